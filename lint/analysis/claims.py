"""Sentences and claims: which sentence of a page states something that needs a citation.

The unit of checking is the sentence: each prose unit of a page (paragraph,
list item, table cell, heading, admonition or table title, figure caption) is
split with ``split_sentences`` and each citation role belongs to the sentence it
stands in, or to the sentence before it when it comes right after the closing 。
or full stop (``{cite:p}`key``` before 。 is the house style; after 。 is tolerated).

Whether a sentence is a claim is decided by its grammar (lint.analysis.grammar:
the mood of its final predicate, its head verb, whether it has a predicate at
all) and by what its numbers are (lint.analysis.quantities: health data, or a
date, a clock time, a telephone number, a cross-reference). Each sentence that
is not a claim gets a reason (EXEMPTIONS), which --statistics counts and CIT001's
--explain describes. ``classify`` serves the CIT rules and the run's statistics.

The settings are those of the uncited-claim rule (CIT001): ``settings(ctx)``
takes a rule context bound to it.
"""

import bisect
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..errors import ConfigError
from ..japanese.normalize import fold_kana
from ..japanese.sounds import is_kanji_char
from ..parsing.text import SENTENCE_ENDS, split_sentences
from ..parsing.word_tables import load_word_tables, table
from . import grammar, medical, medical_en, predication
from .quantities import LEADING_ITEM_NUMBER, quantities, without_non_health
from .sources_in_words import sources_in_words

# sphinxcontrib-bibtex 2.7 roles (BibtexDomain._role_names and BibtexFootDomain._role_names;
# tests/lint/test_citations.py checks these against the installed package).
# The closed word classes of the analysis are data (why each exists is written there).
CLAIM_WORDS = Path(__file__).resolve().parent.parent / "data" / "claim-words.toml"
WORDS = load_word_tables(CLAIM_WORDS)

CITE_ROLE_NAMES = (
    "p",
    "ps",
    "t",
    "ts",
    "ct",
    "cts",
    "empty",
    "alp",
    "alps",
    "label",
    "labelpar",
    "year",
    "yearpar",
    "author",
    "authors",
    "authorpar",
    "authorpars",
    "cauthor",
    "cauthors",
)
FOOTCITE_ROLE_NAMES = ("p", "ps", "t", "ts", "ct", "cts")
VALID_ROLES = frozenset(
    ("cite", "footcite", *(f"cite:{n}" for n in CITE_ROLE_NAMES), *(f"footcite:{n}" for n in FOOTCITE_ROLE_NAMES))
)

RECOMMENDATION_WORDS = list(table(WORDS, CLAIM_WORDS, "recommendation_words"))  # lint/data/claim-words.toml
# Digits that are not data besides what the quantity parser already knows as dates, clock
# times, telephone numbers and cross-references (option `ignore_numbers`).
IGNORE_NUMBERS = [r"第[0-9０-９]+部"]
SCOPES = ("sentence", "block")
DEFAULT_SCOPE = "sentence"
QUESTION_MARKS = ("？", "?")
CLOSING = "）)」』】］]〕”’》〉 　"
OPENING = "（(「『【［[〔“‘《〈 　"
# Text that looks like a cite role but that MyST did not read as one, e.g. `{cite:p }` or `{cite:p} `.
LOOSE_ROLE_RE = re.compile(r"\{\s*(?:foot)?cite[^{}`\n]*\}")

# Why a sentence needs no citation: reason -> what --explain and --statistics say.
EXEMPTIONS = {
    "label": "a heading, title, caption, term, table label or label line (a paragraph of one line with no full "
    "stop and no health number, when no other reason applies: 検査前日, 乳がん検診について) without a predicate (a "
    "noun phrase); not one that "
    "generalises (重症化しやすいので注意, 運動すると発症しやすい, 花粉の季節に悪化する結膜炎), nor a topic with a tendency "
    "nominalised by こと (再発はよくあること), nor an illness said to be curable or preventable (治せる高血圧, 防げる病気), nor "
    "things acting on the body named by an effect on something (唾液を減らす副作用のある主なお薬), "
    "nor one with a condition "
    "and a health number (2週間使っても良くならなければ皮膚科へ), nor a clipped prohibition (無理に取らないで！)",
    "list-label": "an item of a list without a predicate, with no health number and no full stop, under a lead (the "
    "heading or paragraph right before the list) that introduces a menu or an administrative list: a line of dates "
    "only, or a bare name with no word of health whose head is a menu_heads noun (関連ページ, 目次, 持ち物: its items are "
    "names on a menu: 保険診療, 自由診療); or a lead that presents the page's outline: the writer presenting the "
    "text's content (この記事では、以下の内容を解説します) or a heading that names the text and ends in こと, 内容, "
    "ポイント or the like (この記事でわかること), whose items are nouns joined by の, や, と, による (なりやすい人の特徴, "
    "年齢による影響) and pass the heading tests. Under any other lead (注意, おすすめの食材, チェックリスト, 主な症状, "
    "起こりやすい方, 次のような症状があります), and in a list with no lead, each item is a claim",
    "byline": "a line that credits a person, with no predicate: a label, a colon and a person's name at the end, "
    "with a title or a place of work before it and an honorific after it (監修：井上雅彦, 執筆：看護師 佐藤花子, "
    "監修医師：山田太郎先生): who wrote or checked the page states nothing of health",
    "lead-in": "a fragment that leads into what follows: nouns (joined by の) and a closing particle of topic or "
    "scene (は, で, も, には, では), a colon or a comma after it, and no verb, adjective or auxiliary (予防には：, 体内で、, "
    "子どもの場合は): it states nothing, and the list or sentence it opens is read on its own. Not one with a word of "
    "advice or prohibition, nor one closing on を, へ or に (野菜を, 皮膚科へ: a clipped request). Also a statement that "
    "closes its paragraph and whose content is the text that follows: a pointer at it (次のような, 以下, 下記) before "
    "とおり (主な症状は次のとおりです) or as the subject in が of ある, みられる, 挙げられる or 現れる with at most a topic in "
    "は before it (以下のような症状がみられます, 原因には次のようなものがあります); the list or table after it states the "
    "claims, each item on its own, and must hold at least one item read as a statement. Not negated (次の方は飲めません), "
    "not with a health number, advice, prohibition, a word of effect or a tendency (次のような方は重症化しやすい), not "
    "with the pointer in another case or beside another argument (以下の薬で低血糖が起こります), not a request or a "
    "question. (fifteenth session) Also a request or a recommendation whose only condition is what the list names (次の"
    "ような症状に気づいたら、早めに医師に相談しましょう, 以下のような場合は…受診することをお勧めします): the items say "
    "when, each read as the claim it makes; with no list or table after it, it is read as what it says (an "
    "instruction). Not negated (次のような方は服用しないでください), not with a threshold of its own (次の症状が3日以上"
    "続いたら). The closing particle may also be として / としては (治療としては); a table cell is never a lead-in (it "
    "completes its row)",
    "naming": "a sentence that only names or renames a thing: a verb of naming after と (or とも: 「FD」とも呼ばれます) "
    "with no other verb or "
    "adjective but an adverbial one, and no word of effect (これを深部静脈血栓症といいます, ドライマウスは医学用語としては"
    "口腔乾燥症と呼びます, 尋常性疣贅は一般的にいぼと呼ばれているものです). What is named by a clause (…が低下した状態を"
    "「フレイル」と言います) is a definition and a claim. Also a quoted name said to be in use after a time only (2017年からは"
    "「…」という病名が広く使われています), a quoted term and what it abbreviates (「COPD」は「…」の略です), a quoted term "
    "written another way (「片頭痛」は「偏頭痛」とも書きます), and 〜と呼ばれることもあります",
    "career": "a line of a person's career (略歴) that opens with its year, or with the school or the place of work "
    "where it happened (三重大学医学部卒業。), and ends in a career event (卒, 入局, "
    "勤務, 従事, 院長: career_events) or in going on with one (研鑽を重ねる): 2010年〇〇大学医学部卒。 It says who the "
    "writer or the doctor is; the field it names is the person's. Not a question, a request or a negated line",
    "header-cell": "a table header cell without a predicate",
    "label-column": "a cell of a table's label columns without a predicate, under a header that predicates nothing "
    "(under 起こりやすい方 or 使えない方 each cell is a claim: 高齢の方; so under a header that names a kind of claim with "
    "its modifier: 再発のきっかけ, 発作に伴う症状, 日常生活のポイント; under a relative clause of effect: 悪化させる習慣; "
    "under a bare kind of claim, 合併症, 危険因子, 副作用, when no other cell of the row predicates the cell: a "
    "header-relation cell); never a cell that recommends or forbids "
    "(ワルファリン（第一選択）, 併用禁忌) or says something of a health number: a measure in brackets of what it "
    "names (カタル期（約2週間）) or a period measured against an event in a clause (発疹が出る1〜2日前から); a bare "
    "period as the row's key (発症から1週間) stays a label",
    "question": "a question (？, 〜か。, 〜でしょうか。, an interrogative with 〜でしょう); not a recommendation put as a "
    "question (〜てみてはいかがでしょうか, Why not try ...?, Have you thought about swapping ...?), which is read as a request, nor an invitation on an act "
    "(〜てみませんか, 〜しませんか; 〜はありませんか, 〜ていませんか ask), which is read as 〜ましょう; an English modal that "
    "opens a line with no subject and no question mark (May leave a mark on the skin) is a statement",
    "voice": "a Japanese sentence that is one quotation and nothing else whose very last words are the speaker's inner "
    "state, not negated: a worry or a trouble (「…ちゃんと診てもらうべきか不安…」), a seeming (「…気がする」, 「…ように"
    "思える」), not knowing what to do (「どうすればいいか分からない」) or what the speaker was told or heard, in the past "
    "(「…気になると言われた」, 「…原因だと耳にした」); also such quotations one after another. Not with a health number, "
    "nor in the page's own voice: a request, a volitional, a polite ending, a clipped request (「…早めに相談を」) or a "
    "recommendation its final predicate makes. Also a heading in the reader's words that worries about one thing, a "
    "noun phrase in が and an inner state, plain or polite (## 歯ぎしりが気になる, ## 手術の傷あとが心配です; not a worry "
    "about a clause, a cause or a link: ## 長引く咳は肺がんが心配)",
    "referral": "a request that only sends the reader to a person, a service or a page (相談, 連絡, 参照, ...; "
    '一度 as "once" counts no schedule: まずは一度、医師とお話ししてみてください; 年に一度 does), '
    "with no condition or only the reader's questions as its condition (わからないことがあれば…聞いてください; "
    "not 〜が出たら受診してください, not 気になる症状があるときは…受診してください, not a request to be seen that is insisted on or "
    "names emergency care: 必ず受診してください, 救急外来を受診してください), a person or service offering to take "
    "the reader's questions (〜が相談に応じています, our nurses are happy to talk to you), or an offer to the reader "
    "in 〜いただけます with such a head (相談窓口でご相談いただけます); a request to use a service or a consultation "
    "(栄養相談をご利用ください, 〜外来もご活用ください; not 吸入器をご利用ください); a request to complete a procedure of "
    "administration (its topic or object ends in 手続き, 申し込み, 予約, 登録: 更新手続きは今月末までにお済ませください); "
    "a decision reached by talking or a talk judged useful, with no object (担当医と話し合って決めましょう, 前もって相談して"
    "おくと安心です), or with the reader's wish as its only object (手術を希望されるかどうかは、…話し合ってお決めください); a condition that is a document's need (診断書が必要な場合は…お申し出ください) or something the reader "
    "has, to be told (ほかで処方されているお薬があれば…お伝えください; not 息苦しさがあれば…); a request to hand in, fill in "
    "or sign a document (様式第5号を窓口へご提出ください, 問診票にご記入ください); a time to arrive by is no health number "
    "(予定時刻の1時間前までにお越しください); the reader's own deliberation describes whom the request addresses "
    "(手術を検討されている方は、まず…ご相談ください: 検討 recommends nothing there); English: the reader's questions "
    "prepared for a visit, whatever the modality (You may find it helpful to write down your questions). A "
    "recommendation in the writer's voice is read as the request it is (受診されることをお勧めします, 主治医と相談したほうが"
    "よいでしょう, 薬剤師に聞くのがおすすめです), with the same line; a request to check whether the reader has a "
    "condition (〜症がないかどうかを確認してください, 高血圧の有無を確認してください) is screening advice, not a referral",
    "transition": "a transition of the text (ここからは…見ていきましょう, 次に…話を移します)",
    "page-discourse": "the page or its writer speaking about itself (このページでは…説明します, 図2は…示しています, "
    "以上が…のご案内でした, 本資料の内容は…, この冊子は…, 〜についてお話しします, 受付で承ります); a topic that names "
    "the text, whatever its predicate (以下の内容は…, 本ページの説明は…, 下の写真は…, ここに書かれている内容は…); "
    "the text as the place of reading or finding (巻末の用語集で確認できます); a text or picture noun as topic with a "
    "verb of making (体操のイラストは…描いています); a numbered figure or table as topic with a copula or a verb of "
    "showing and no sign or word of effect in the comment (図1は、リハビリテーション室の見取り図です); the page's own "
    "use of a quoted term (文中の「X」は…として使っています, 本書では…を「X」と呼びます; after a locative of the text "
    "with いう: この冊子でいう「X」とは…を指します; In this leaflet, 'X' means …); the writer on how the page is "
    "written, a verb of writing with its means and no subject of its own (やさしい言葉で書きました, 読み方をつけています; a は after "
    "に or について and a が inside a 〜ように clause are no subject); a document sent to its addressees, whose age is then "
    "no health number (このお知らせは…六十五歳になる方にお送りしています); the rest of the text from here (ここから先は…); "
    "the sheets of the document it is about (このチラシは…A4判1枚にまとめたものです); a part of the document named by "
    "it (記事の内容は…); a request to acknowledge a notice (あらかじめご了承ください); the page named a notice as "
    "its predicate (小児科外来からのお知らせです)",
    "greeting": "a greeting, courtesy or encouragement (also the writer's hedged supposition of the reader's feeling "
    "in honorific words, with no sign: つらい思いをされてきたかもしれません; readers supposed to have heard of a word: "
    "〜という症状を耳にしたことがある方も多いと思います): the final predicate is an interjection "
    "(おめでとうございます, お疲れさまでした), a salutation (〜の皆さまへ), a courtesy (ようこそ, 〜ば幸いです), or the writer joins the reader "
    "without naming an action on anything (一緒にがんばりましょう) or as a named partner in an ongoing effort with no word of "
    "effect, sign or use (私たちと一緒に、…環境を整えていきましょう), the writer's wish (〜ことを願っております), or a feeling "
    "shared with the reader in 〜ますよね / 〜ですよね with no health number, advice, sign or word of effect "
    "(不安になりますよね); the writer addressing the reader with no word of effect, sign or use: a supposition of the "
    "reader's feeling in honorific words (さぞ怖い思いをされたことと思います), understanding a feeling (お気持ちはよく"
    "わかります), praise with an honorific and ね (よく頑張っていらっしゃいますね), a request with ね and the writer as "
    "companion (一緒に、続けてみてくださいね), the writer's bare name (○○病院 小児科外来です), the writer as topic of a verb of "
    "support (私たちも全力でサポートします), a wish in 〜ませんように; encouragement: an effort released (ひとりで頑張らなくても"
    "大丈夫, 抱え込まず, ご自分を責めないでください; not 無理をしないでください), a request whose only object is the reader's "
    "self (ご自分をいたわってください), an effort praised with ね and no subject (本当によく頑張りましたね), a supposition in "
    "honorific words with 〜ことでしょう (さぞ驚かれたことでしょう), the staff as a body with a verb of support (スタッフ一同"
    "応援しています), the institution's commitment in the humble 〜てまいります; a greeting formula as predicate "
    "(おつかれさまです); English empathy with a feeling (We know how frightening it can be, We know this is a worrying "
    "time for you); a feeling as the final predicate with ね / よね, whatever sign its circumstance names (熱を出すと、"
    "心配になりますよね; not 眠くなりますね, a sensation); a nominalised feeling normalised or the reader reassured "
    "(慌ててしまうのは当たり前のことです, 悩んでいるのは、あなただけではありません; not 熱が出るのは自然な反応です); English "
    "feelings after a modal (Living with hair loss can be upsetting, and it is normal to feel this way; not Gallstones "
    "are hard); a seasonal greeting, one clause with a season as its only subject (寒さが厳しくなってまいりました); a "
    "wish in the imperative (どうぞお体を大切にお過ごしください; not 安静にお過ごしください); support with no subject whose "
    "object is the reader's (市民の皆さまの健やかな毎日を応援しています); a season become with no subject (梅雨の季節に"
    "なりました) and a seasonal greeting in two clauses, the season's change and a wish (〜季節になりましたが、皆さまどうぞ楽しい"
    "夏をお過ごしください); empathy as an opinion, a feeling quoted before 〜と思います (…のは、本当につらいことだと思います; "
    "not 〜が原因だと思います); an attitude performed (心から敬意を表します, 深く感謝申し上げます); an effort for the reader's "
    "goal with only a companion in the main clause (〜を守るために、一緒にがんばりましょう, 〜を終えられるよう取り組み"
    "ましょう; not 〜ために、毎日歩きましょう); the writer joining the reader in aiming at a day the reader can have again "
    "(また笑顔で戻れる日を一緒に目指しましょう; not 血圧130未満を一緒に目指しましょう); a season arriving with no word of "
    "health in the sentence (今年も寒い季節を迎えました; not インフルエンザが流行する季節になりました)",
    "date": "a date or version of the text itself (2025年3月時点, 令和7年に改訂, 二〇二六年十一月現在, "
    "last reviewed, as of May 2026, Version 2.1); a noun label, a colon and only dates (受付期間：2026年5月1日（金）〜"
    "2027年2月28日（日）)",
    "contact": "a telephone number, an extension, a floor or opening hours of a service; a service as the topic "
    "with its days, hours, a date or a verb of operating (専門外来は月・水・金曜日の午前に行っています, "
    "ホットラインは二十四時間つながります, 外来の予約方法が変わりました, The walking course begins on 3 March), with a cap "
    "or a time ahead (面会は2名まで, 予約は2か月先まで埋まっております); a schedule kept: a day with a verb of operating in "
    "the progressive (〜の接種は、火曜日の午後に行っています); a service's place (駐車場は病院の北側にございます); a "
    "deadline before an appointment (予約の変更は、受診日の3日前までに…); where a service is given, an institution as its "
    "place with availability or the progressive (市内の協力医療機関で受けることができます, 当薬局で受け付けています), or "
    "the unnamed institution offering a service (オンライン診療にも対応しています), each with one verb, no adjective of "
    "quality, no comparison and no clause of reason (not 他院より安全な方法で手術を行っています); a request under a "
    "condition whose subjects are services, with no word of health (電話がつながらないときは、時間をおいておかけ直しください; "
    "not 熱が下がらないときは…); English: the writer's service contacting the reader (we will call you back)",
    "administrative": "an institution's or a programme's administrative action or change: the head is a verb of "
    "administration (開設, 開催, 発送, 配布, 移転, 終了, 実施, 受け付ける; 対象になる) with a date or a day as its time, "
    "the institution's humble register (〜いたします, 〜しております) or an institution, office or event as topic "
    "(〜室は, 講習会は, 受診券は); no health number, no advice, no negation, no purpose of effect on the body (令和7年4月1日から、〜ワクチンは定期接種の対象に"
    "なりました; not 〜ワクチンは帯状疱疹を予防します); or the topic's head noun is one of administration (a fee 〜費, 〜料, 〜額; a "
    "deadline, an application, a booking, an event 〜会, a class) or an institution offers a service (当院では…も"
    "行っています), with a copula, existence, availability (できる; negated only with a date: a closure), a change or a verb of "
    "operating, and no word of effect or sign in the comment, for an institution no adjective of quality and no mere ability "
    "(参加費は無料です, 締め切りは各回の一週間前です; not 検診で死亡率が"
    "下がります, not 説明会は再発予防に役立ちます); a relative time of such an action (三週間後に郵送いたします, 2週間後に予約を"
    "お取りします) is no health number (not 2週間後に効果が出ます); an event or class held (講習会を随時行っています) or a "
    "fee charged or paid (1通につき3,300円の文書料がかかります): money and counts of documents are no health numbers; "
    "a need whose subject is a thing of administration (同意書へのご署名が必要です; not 入院が必要です), a copula on such a "
    "noun or on a state a programme gives (完全予約制です, 3時間まで無料です), a fee a programme does not cover "
    "(購入費は…助成の対象にはなりません), a fee waived (自己負担が免除されます), starting a procedure (申請受付を始めました), "
    "a bare list of documents (保険証、お薬手帳、入院申込書); a price as the copula's noun with no word of effect or sign "
    "(頭部MRI検査は3割負担で約6,000円です: prices and shares paid, 円, ¥, yen, N割負担, are no health numbers); the time "
    "an action of administration takes, named as a wait (診断書の発行には、1週間ほどお時間をいただきます); "
    "an amount of money paid (選定療養費として7,700円をご負担いただきます); working days (5営業日以内, within two "
    "working days) count an office's time and are no health number; a programme's scope as the predicate "
    "(高額療養費制度の対象となる場合があります; not 治療の対象となります, nor 〜助成の対象は…の方です); the main clause's "
    "topic after a clause of reason (保険適用外のため、費用は全額自己負担となります); a date of its own decided by the "
    "institution in the humble register (手術日は…決定いたします, 日程は…決めさせていただきます); the institution acting on a thing "
    "of administration at a date in its humble register (〜の予約受付をWeb予約に一本化いたします); an event placed at a date "
    "by 予定 with no verb of its own (講習会は、12月5日の午後に予定しています; not 〜が承認される予定です); "
    "the institution running its services: the institution, its staff, its rooms, its events or its bookings act "
    "by a verb of running a service (実施, 対応, 開催, 予約, 来院: 当院では月に2件まで実施しています, 技師が第1水曜日に来院して"
    "対応します, 面談日は別の日にご予約いただきます), or a service is available under the institution's arrangements "
    "(予約なしでも診療時間内であれば受けられます), with one act, no word of effect or sign, no adjective of quality and a "
    "number only as a cap, a count of sessions or a deadline (not 当院では年間200件の手術を行っています: a volume of "
    "procedures keeps its citation); a deadline for paperwork after a decision (日程が決まりましたら、一週間前までに"
    "手続きをお済ませください); "
    'English "is free (of charge)" (The vaccination is free for '
    'residents who turn 65; not free of pain) and "is not covered by … insurance" (Wire-brace correction is not covered '
    "by national health insurance), with no word of effect or sign",
    "navigation": "a link with text around it that only leads elsewhere: the link (or 〜のページ) is the place "
    "of a verb of reading, getting or moving ([こちら](…)から入手できます, [〜](…)のページに移りました, 付録（{ref}`x`）に"
    "あります, The exercise sheet is in {ref}`x`); or, with no link written, a noun phrase with こちら as its comment "
    "(オンライン予約はこちら) or について alone (大腸がん検診の受け方について), no verb in it but one of being; a landmark of "
    "the site written as a sentence (ページの先頭です。, 本文ここまで。); a trail under a class label when its parts are "
    "links or a class and its subclass (分類：腎臓と尿路の病気 > 腎臓の病気), or a class label with one class as its value "
    "(カテゴリー：消化器の病気); never a trail whose last part, the page's title, states a fact; a pager line of the "
    "previous and next pages under their labels (前のページ：〜　｜　次のページ：〜, → 次のページ「〜」へ進む), whose titles "
    "name and state nothing (a title with a word of health holds no predicate but one of when or how: 子どもが熱を出した"
    "とき); an operation of the screen that governs the sentence (下の「よくある質問」をクリックして開いてください, ページを"
    "再読み込みしてください), with no other act and no word of health outside quotations",
    "reference": "only a cross-reference (第2章, 図3, Sect. 4)",
    "source-note": "a footnote that names its source in words, with no predicate: a URL, a DOI, or a title in quotes "
    "with an issuer, an editor or a year (日本〇〇学会「〇〇診療ガイドライン2022」.), or an issuer with a noun of evidence "
    "(〇〇学会による全国調査); a verb of sourcing may be its predicate (厚生労働省「…」による。); or a reference in a citation "
    "style of medicine, authors and then the year (Qaseem A, et al. Ann Intern Med. 2016;165:125-33.; Smith, J. A. (2019).); "
    "the sentence that refers to it ([^1], before or after the 。) is cited by it",
    "no-letters": "no letters (numbers or symbols only)",
    "reading": "a line in kana only that is the reading of a term on the page (乳糖不耐症 and, on its own line, "
    "にゅうとうふたいしょう; also after a label, 読み方【…】): how the term is read, not a statement",
    "non-medical": "a second signal: a plain statement (no health number, no recommendation, no "
    "contraindication, no instruction) whose grammar already points away from a claim, and which says nothing of "
    "health (no word of health by lint/data/medical-content.toml, no tendency, no action judged). The grammar: the "
    "writer or the institution as topic or in the humble register (当院では…しております), the writer's thought or wish "
    "(〜できたらと思っています), a final ね / よね, a transition opening (さて, では), the page's text or figures as "
    "topic (図は…表示されます, 表の見方は…), the writer's habit of writing (〜ようにしています, 〜と表記しています), a "
    "self-introduction (…を担当している管理栄養士です, 院長の山本です, 外来の看護チームです), a day of the calendar "
    "(8月13日から15日までは休診となります, 担当医の交代は令和8年4月1日付けで行います). Not 当院では…が再発しにくいと考えています "
    "(a tendency), not さて、この病気は…です (a word of health), not a dated study, guideline or approval",
    "practical": "an instruction or a statement about practical matters whose words carry no medical content "
    "(no disease, symptom, body part, drug, treatment, effect, risk or health behaviour: lint/data/medical-content.toml "
    "and claim-words.toml's signs and effects): what to bring, bookings, forms, clothes, fees, waiting, visiting "
    "(貴重品はお持ちにならないでください, 受付で番号札をお取りください, 駐車料金は1時間200円です); a number there counts "
    "money, minutes, sheets, people or days of the institution's calendar, no health quantity. Not a prohibition or "
    "contraindication (〜は控えてください), not a recommendation or advice (〜ことが大切です), not care-seeking "
    "(すぐに…, 〜が出たら…), not a tendency (〜ことがあります; the institution's arrangement that may apply, "
    "お待ちいただく場合があります, is its practice) or an action judged (〜と安心です), not a proportion or "
    "rate (2人に1人, 3割); a preparation instruction is medical when it acts on the body, its intake or a medicine "
    "(前日の夜9時以降は何も食べないでください, 〜薬は当日の朝は飲まずにお持ちください, 吸入薬は…使ってからお越しください); "
    "a request that names a place, a thing or a paper of the institution as where to, what is acted on or the topic is "
    "a step of the visit whatever its verb (自転車は駐輪場にお止めください), unless something of the reader's stands "
    "beside it (a circumstance, a condition, an act withheld, a day of the reader's course); in English the same by "
    "lint/data/medical-content-en.toml (Please bring your insurance card, The pharmacy is open until 9 pm, You can "
    "book online; not Do not eat for six hours before your procedure, You can usually go home the same day)",
    "nonclaim": "inside a nonclaim container: the editor's decision where grammar cannot decide (plain statements and "
    "what says nothing of health: a health number, a recommendation, a contraindication or an instruction of care "
    "inside it is checked)",
}
# Why a sentence needs a citation: reason -> the message's words.
NEEDS = ("number", "contraindication", "recommendation", "instruction", "claim")

REFERRAL_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "referral_heads"))  # lint/data/claim-words.toml
URGENCY = tuple(table(WORDS, CLAIM_WORDS, "urgency"))  # lint/data/claim-words.toml
CARE_URGENCY = tuple(table(WORDS, CLAIM_WORDS, "care_urgency"))  # lint/data/claim-words.toml


def _word_finder(words):
    """A pattern finding ``words`` in lower-cased text: a number only where no digit is next to it (999 is an
    emergency number, not the end of 06-0000-9999), a word in Latin letters where a word starts (urgent, urgently; not
    insurgent), a Japanese word anywhere (Japanese writes no spaces)."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word.lower())
        if word.isdigit():
            escaped = rf"(?<![0-9-]){escaped}(?![0-9-])"  # not inside a longer number or a telephone number
        elif re.fullmatch(r"[0-9a-z&' ]+", word.lower()):
            escaped = rf"(?<![0-9a-z]){escaped}"  # a word's start (urgent, urgently; not insurgent)
        parts.append(escaped)
    return re.compile("|".join(parts))


_URGENT = _word_finder(URGENCY)
# an ASCII address, its parts bounded and begun where a run of such characters begins: a run of 100,000 letters or dots
# with no @ is tried once, not from each of its characters (from the hostile-input tests: \w+ before @ was quadratic)
_EMAIL_ADDRESS = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?![A-Za-z0-9-])"
)
_CARE_URGENT = _word_finder(CARE_URGENCY)
_CARE_HESITATION = _word_finder(tuple(table(WORDS, CLAIM_WORDS, "care_hesitation")))  # lint/data/claim-words.toml
_CARE_PLACES = tuple(table(WORDS, CLAIM_WORDS, "care_places"))  # lint/data/claim-words.toml
ONSET = frozenset(table(WORDS, CLAIM_WORDS, "onset"))  # lint/data/claim-words.toml
CONDITION = tuple(table(WORDS, CLAIM_WORDS, "condition"))  # lint/data/claim-words.toml
# The page, a part of it or a figure: what page-discourse is about.
DOCUMENT_NOUNS = table(WORDS, CLAIM_WORDS, "document_nouns")  # lint/data/claim-words.toml
DOCUMENT_PARTS = table(WORDS, CLAIM_WORDS, "document_parts")  # lint/data/claim-words.toml


def _alternation(words, ascii_only):
    """The words of one script as a regex alternation, longest first (情報シート before シート)."""
    chosen = sorted((w for w in words if w.isascii() == ascii_only), key=len, reverse=True)
    return "|".join(re.escape(w) for w in chosen)


_JA_DOCUMENTS = _alternation(DOCUMENT_NOUNS, ascii_only=False)
_EN_DOCUMENTS = _alternation(DOCUMENT_NOUNS, ascii_only=True)
_JA_DOCUMENTS_AND_PARTS = _alternation(DOCUMENT_NOUNS + DOCUMENT_PARTS, ascii_only=False)
_EN_DOCUMENTS_AND_PARTS = _alternation(DOCUMENT_NOUNS + DOCUMENT_PARTS, ascii_only=True)
# where in the text a part stands (次の表, 後半の節); 本 and 各 only before a part's noun, ページの only before a title
_TEXT_PLACES = "この|次の|下の|上の|以下の|前の|後の|前半の|後半の|冒頭の|最後の|前回の|次回の|今回の"
SELF_REFERENCE = re.compile(
    rf"(?:{_TEXT_PLACES}|本|各)(?:{_JA_DOCUMENTS_AND_PARTS})"
    # a part of the text named by its title (「食事のポイント」の節), not another document's (添付文書の「…」の項)
    rf"|(?:^|[^の\w]|{_TEXT_PLACES}|ページの)[「『][^」』]{{1,40}}[」』]の(?:節|章|項|コラム)"
    r"|以下に|以下では|以下の|^以下、|後ほど|のちほど|ここでは|下記|次に示|^以上(?=が|で|、)|文中|本文"
    r"|ここ(?:に|で)(?:載せ|示し|挙げ|紹介し|まとめ|記し)"
    rf"|\b(?:this|these|the following|the next|the previous) (?:{_EN_DOCUMENTS_AND_PARTS})s?\b"
    # "below" alone points into the page; before its object it is a preposition: a determiner (below the level of
    # …), a number or an approximation of one (below 6.0 mg/dL, below about 100), or a level (below normal)
    r"|\b(?:table|figure|list) below\b|\bbelow\b(?![\s-]+(?:(?:the|a|an|your|my|our|their|its|his|her|this|that"
    r"|about|around|approximately|approx|roughly|nearly|just|normal|average|target|freezing|zero|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b|[$£€¥]?\d))",
    re.IGNORECASE,
)
PRESENTATION_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "presentation_heads"))  # lint/data/claim-words.toml
# The document as the subject of the sentence: it speaks about itself (この冊子は…, This leaflet is for ...).
# The document's content as the subject too (本資料の内容は, 掲載内容は, The following sections are ...).
DOCUMENT_SUBJECT = re.compile(
    rf"^(?:この|本)(?:{_JA_DOCUMENTS})"
    r"(?:の(?:内容|情報|記載|記述|目的))?(?:は|では|が)"
    r"|^(?:掲載|記載)(?:内容|情報|事項)は"
    r"|^(?:ここ|本文|上|下|以下|前|後)(?:に|で)(?:載せ|示し|挙げ|紹介し|まとめ|記し)た[^、。]*?は"
    rf"|^(?:this|these|the present|the following) (?:{_EN_DOCUMENTS})s?\b",
    re.IGNORECASE,
)
# (tenth session) a label about the page itself: この/本/当 + a document noun + a relation (このページに関するお問い合わせ,
# 本サイトについてのご意見, このページの先頭)
DOCUMENT_LABEL = re.compile(rf"^(?:この|本|当)(?:{_JA_DOCUMENTS})(?:に関する|についての|への|の)")
TRANSITION_OPENERS = tuple(table(WORDS, CLAIM_WORDS, "transition_openers"))  # lint/data/claim-words.toml
DISCOURSE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "discourse_heads"))  # lint/data/claim-words.toml
THINKING_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "thinking_heads"))  # lint/data/claim-words.toml
TEXT_FORM_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "text_form_nouns"))  # lint/data/claim-words.toml
VIEWPOINT_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "viewpoint_nouns"))  # lint/data/claim-words.toml
GREETINGS = tuple(table(WORDS, CLAIM_WORDS, "greetings"))  # lint/data/claim-words.toml
LIFECYCLE = tuple(table(WORDS, CLAIM_WORDS, "lifecycle"))  # lint/data/claim-words.toml
SERVICE = tuple(table(WORDS, CLAIM_WORDS, "service"))  # lint/data/claim-words.toml
DAYS = re.compile(
    # (forty-second session) a weekday's name or its capitalised abbreviation, not any word that begins like one
    # (Sunlight, month, Satisfied matched before)
    r"平日|休日|祝日|土日|年末年始|[月火水木金土日]曜|午前|午後|夜間"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b"
    r"|\b(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"
    r"|\b(?:weekdays?|weekends?|bank holidays?|public holidays?)\b",
    re.IGNORECASE,
)
USE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "use_heads"))  # lint/data/claim-words.toml
PROHIBITION = re.compile(
    r"て(?:は|も)(?:いけ|なら|だめ)|では(?:いけ|なら)|禁忌|避け|さけ(?:て|る|ま)|控え|原則として使|使用不可|服用不可|併用不可|"
    r"(?:使用|服用|併用|投与|接種)禁止|contraindicated|"
    r"must not|should not|do not take|don't take|avoid"
)
FACING_EVENTS = tuple(table(WORDS, CLAIM_WORDS, "facing_events"))  # lint/data/claim-words.toml
# an event coming (手術を控えて、…; 出産を控えた方): 控える means facing it, not refraining (手術を控えてください)
_FACING = re.compile(
    r"(?:" + "|".join(map(re.escape, FACING_EVENTS)) + r")を(?:目前に)?控え(?=て[、，]|てい|てお|た(?!め|ほう|方が))"
)


# the reader's own deliberation (〜を検討されている方は, 〜を検討中の方): 検討 and 考慮 describe whom the sentence
# addresses, in the honorific or as a state, and recommend nothing
_DELIBERATING = re.compile(
    r"(?:検討|考慮)(?=(?:されている|中の|している|しておられる|していらっしゃる|なさっている)(?:方|人|皆さま|皆様))"
)


def _clause_start(tokens, end):
    """The index where the clause that ends before ``end`` begins: after the last comma before it, or 0."""
    for k in range(end - 1, -1, -1):
        if tokens[k].surface_form in ("、", "，"):
            return k + 1
    return 0


def _unfaced(text):
    """The text with 〜を控え of an event faced written as 〜を迎え and the reader's deliberation (検討されている方)
    as 思案 (same lengths), so that no prohibition or recommendation is read in them; and 控え that the tokenizer
    reads as a noun (予診票の控え, 領収書の控え: a copy kept) as 写し, the verb of refraining being none."""
    return _DELIBERATING.sub("思案", _FACING.sub(lambda m: m.group()[:-2] + "迎え", _copies_written(text)))


_DOCUMENT_ENDINGS = ("書", "票", "証", "用紙", "状", "券", "箋", "明細", "伝票", "レシート", "届")


def _copies_written(text):
    """(thirty-ninth session) Each 控え read as a noun written as 写し (same length)."""
    if "控え" not in text:
        return text
    for token in grammar.read(text).tokens:
        # only a document's copy (領収書の控え, 予診票の控え): after お酒の or 運動の, 控え is refraining (after a review)
        if (
            token.surface_form == "控え"
            and token.pos == "名詞"
            and text[token.start : token.start + 2] == "控え"
            and text[: token.start].removesuffix("の").endswith(_DOCUMENT_ENDINGS)
        ):
            text = text[: token.start] + "写し" + text[token.start + 2 :]
    return text


# Modality of advice: 〜ことが大切です, 〜のが一般的です, 〜ほうがよい, 〜てもよい, 〜ようにする.
# 〜ようにしています tells a habit (the writer's, or anyone's), not advice: 〜ようにしましょう, 〜ようにしてください and
# 〜ようにしていきましょう advise; (seventh session) 〜ようにしました at the sentence's end reports what one did (専門用語には
# 説明を添えるようにしました)
ADVICE = re.compile(
    # (thirty-third session) 一般的 and 基本 as the predicate, not before a noun (書かれているのは一般的な説明です: what the
    # text is, no norm of care)
    r"(?:こと|の)(?:が|は|も)(?:大切|重要|大事|必要|欠かせ|一般的(?!な)|基本(?!的な)|望ましい|肝心|勧め|すすめ|推奨)"
    # (tenth session) 方 in kanji after a verb or ない (した方がいい, 休んだ方が, 飲まない方がよい), not after の (高齢の方が)
    r"|(?:ほう|(?<=[ただるい])方)が(?:よい|いい|良い)|ても(?:よい|いい|良い|かまいません|構いません)"
    r"|ようにし(?!ています|ている|ております|ました[。．.!！]?$)|べき"
    r"|\b(?:should|recommended|advised|is best|it is important)\b"
)


def is_cite_role(name):
    """A role meant as a citation (valid or not): cite, cite:p, footcite, citep, ..."""
    return name.startswith("cite") or name.startswith("footcite")


def _role_offsets(unit):
    """(sorted offsets of the unit's citation roles, sorted offsets of its other roles), computed once per unit:
    each sentence asks for the roles in its range, and a paragraph of thousands of cited sentences made that a
    scan of every role for every sentence (quadratic). Kept on the unit, as its JAS sentences are."""
    found = unit.__dict__.get("_role_offsets")
    if found is None:
        cites = sorted(r.plain_offset for r in unit.roles if is_cite_role(r.name))
        others = sorted(r.plain_offset for r in unit.roles if not is_cite_role(r.name))
        found = unit.__dict__["_role_offsets"] = (cites, others)
    return found


def unit_sources(unit):
    """The sources cited in words in the unit's text (see lint.analysis.sources_in_words), read once per unit and kept on
    it as _role_offsets are: CIT001 and CIT005 both ask."""
    found = unit.__dict__.get("_sources_in_words")
    if found is None:
        found = unit.__dict__["_sources_in_words"] = sources_in_words(unit.plain)
    return found


def _offsets_in(offsets, start, end, *, inclusive=False):
    """The offsets (sorted) in [start, end), or [start, end] when ``inclusive``."""
    stop = bisect.bisect_right(offsets, end) if inclusive else bisect.bisect_left(offsets, end)
    return offsets[bisect.bisect_left(offsets, start) : stop]


@dataclass
class SentenceCheck:
    unit: object
    sentence: object
    status: str  # cited | exempt | uncited
    reason: str  # exemption (EXEMPTIONS) or need (NEEDS)
    own: bool  # the sentence carries a citation itself
    trigger: str = ""  # the number or word that made the sentence need its own citation
    after_citation: bool = False  # the clause after a citation in mid-sentence (which covers only the clause before it)

    @property
    def position(self):
        # a bracketed sentence（…。）is reported where its words begin, after the bracket
        text = self.sentence.text
        skip = len(text) - len(text.lstrip(OPENING))
        return self.unit.position(self.sentence.start + (skip if skip < len(text) else 0))

    @property
    def end_position(self):
        """(line, column) of the sentence's last character: a finding covers the whole sentence."""
        return self.unit.position(max(self.sentence.end - 1, self.sentence.start))


@dataclass(frozen=True)
class Settings:
    scope: str
    words: list
    patterns: list

    def __getitem__(self, index):  # (scope, None, words, patterns) as the tuple it once was
        return (self.scope, None, self.words, self.patterns)[index]


def _option_list(ctx, key, default):
    value = ctx.option(key, default)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{_where(ctx, key)}: must be a list of strings")
    return value


def _where(ctx, key):
    label = ctx.config_label or "pyproject.toml"
    return f"{label}: [tool.pvt-lint.rules.uncited-claim] {key}"


def settings(ctx):
    """The CIT001 options, checked (ConfigError names the file and key)."""
    scope = ctx.option("scope", DEFAULT_SCOPE)
    if scope not in SCOPES:
        raise ConfigError(f'{_where(ctx, "scope")}: must be "sentence" or "block", not {scope!r}')
    if ctx.option("label_columns", None) is not None:
        raise ConfigError(
            f"{_where(ctx, 'label_columns')}: label columns are declared per table now: "
            "`:stub-columns: N` on a list-table, or the class label-columns-N on a {list-table} "
            "or on a {table} around a pipe table; delete this option"
        )
    words = _option_list(ctx, "recommendation_words", RECOMMENDATION_WORDS)
    patterns = []
    for pattern in _option_list(ctx, "ignore_numbers", IGNORE_NUMBERS):
        try:
            patterns.append(re.compile(pattern))
        except re.error as exc:
            raise ConfigError(f"{_where(ctx, 'ignore_numbers')}: bad pattern {pattern!r}: {exc}") from None
    return Settings(scope, words, patterns)


def _has_letters(text):
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def _label_like(unit):
    """Headings, titles, captions, terms, header cells and label-column cells: labels unless they predicate."""
    if unit.kind in ("heading", "term") or unit.part in ("caption", "title"):
        return "label"
    if unit.cell and unit.cell[2]:
        return "header-cell"
    if unit.cell:
        labels = 1 if unit.label_columns is None else unit.label_columns  # undeclared: the first column
        if unit.cell[1] < labels:
            return "label-column"
    return None


# what ends a sentence: a line without any of them is no sentence but a label, whatever its markup
_SENTENCE_ENDS = frozenset(SENTENCE_ENDS | {"．", "."})


_LEADING_ITEM_NUMBER = re.compile(LEADING_ITEM_NUMBER + r"\s*")


def _label_line(plain):
    """One line with no full stop: a label in the page's design though not in its markup (検査前日). Not a line
    with a colon: a label and its value (検査日：術後　日目に再検査), where the value says what the label names."""
    # (ninth session) a leading item number (1., (1), 1)) is no full stop
    text = _LEADING_ITEM_NUMBER.sub("", plain.strip())
    return (
        bool(text)
        and "\n" not in text
        and not _SENTENCE_ENDS.intersection(text)
        # (tenth session) a colon that ends the line leads into what follows (持ち物：, 主な症状：), no value after it
        and not {"：", ":"} & set(text.rstrip("：: 　"))
        and not text.startswith(_BULLETS)  # ○ こまめな水分補給: an item of a list typed as text, not a label
    )


# particles a Japanese label may hold: it names (の, と, や, について, とは, から, まで); one that marks an argument
# (を, に, で, は, が, も) makes a clipped clause (…超音波検査を, …には使わずヘパリンで, 再発予防に…療法), which states
_LABEL_PARTICLES = frozenset({"の", "と", "や", "について", "とは", "など", "から", "まで", "及び", "および", "または"})


def _noun_phrase(reading, advises=False):
    """A Japanese line with no predicate whose particles only name (乳がん検診について, 手術決定から退院までの流れ):
    a label. English lines are never label lines here (no tagger tells a title from a clipped statement).
    ``advises``: the caller's reading of the sentence as a recommendation or a prohibition (the configured
    recommendation words, ADVICE, PROHIBITION)."""
    if reading.lang != "ja" or reading.predicate:
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    if len(words) > 1 and words[-2].surface_form == "と" and words[-1].surface_form == "は":
        words = words[:-2]  # 〜とは, split by IPADIC: the heading of a definition (高尿酸血症・痛風とは)
    if not words or words[-1].pos == "助詞" and words[-1].surface_form not in ("について", "とは"):
        return False
    # (eleventh session) へ before の relates two nouns as に関する does (胸焼けへの対処, 受診への備え), when the line
    # ends in a part of a guide and neither advises nor states an effect (from the review: 妊婦への投与禁忌,
    # 専門医への受診推奨, 腎臓への負担増 are clipped statements)
    toward = [
        i
        for i, t in enumerate(words)
        if t.surface_form == "へ" and i + 1 < len(words) and words[i + 1].surface_form == "の"
    ]
    if all(t.surface_form in _LABEL_PARTICLES or i in toward for i, t in enumerate(words) if t.pos == "助詞"):
        if not toward:
            return True
        head = "".join(t.surface_form for t in _compound_before(words, len(words)))
        return (
            head in GUIDE_HEAD_NOUNS
            and not advises
            and not (EFFECT_WORDS | _CHANGE_WORDS | SIGN_NOUNS) & reading.lemmas
        )
    # (ninth session) a particle that marks an argument inside a relative clause closed before the head noun
    # (食事に関する注意点, 特定健診の対象になる方, 脳梗塞を早く見つけるためのポイント): the line still names; a clipped
    # clause ends on its particle or its object (…超音波検査を, 再発予防にワルファリン療法: no predicate closes it)
    last_argument = max(
        i for i, t in enumerate(words) if t.pos == "助詞" and t.surface_form not in _LABEL_PARTICLES and i not in toward
    )
    closing = next(
        (
            i
            for i in range(len(words) - 1, last_argument - 1, -1)
            if (words[i].pos in ("動詞", "形容詞", "助動詞") and words[i].conjugated_form in ("基本形", "体言接続"))
            or words[i].surface_form in _RELATIONAL_PARTICLES
        ),
        None,
    )
    if closing is None:
        return False
    # the noun the clause modifies must itself name a part of a guide, as a whole compound (注意 + 点; ため + の is
    # the clause's purpose): a clause before a thing (授乳中でも飲める薬の一覧, 血圧を下げる食べ物, がんに効く漢方)
    # states what the thing does, as a heading's may (from the second review)
    runs, current = [], ""
    tail = words[closing + 1 :]
    for n, t in enumerate(tail):
        # a verb's stem before 方 makes one noun with it (過ごし + 方, 飲み + 方: the way of doing)
        if t.pos == "名詞" or (
            t.pos == "動詞" and t.conjugated_form == "連用形" and n + 1 < len(tail) and tail[n + 1].surface_form == "方"
        ):
            current += t.surface_form
        elif t.surface_form == "の" and current:
            runs.append(current)
            current = ""
        else:
            return False
    runs.append(current)
    # the clause modifies the part of a guide itself or the people, the time or the purpose it picks out (透析を受けて
    # いる方の注意点, 飲み忘れたときの対処法, 手術を受ける方の入院の流れ), never a thing (授乳中でも飲める薬の一覧)
    # (eleventh session) or the situation alone, as a heading names it (下痢・嘔吐があるとき, 薬を飲み忘れた場合)
    alone = len(runs) == 1 and runs[0] in _SITUATIONS
    if not alone and (runs[-1] not in GUIDE_HEAD_NOUNS or (len(runs) > 1 and runs[0] not in _PICKED_OUT)):
        return False
    situation = len(runs) > 1 or alone  # 熱が出たときの対処法: a symptom in the situation picked out is no claim
    # nor one that recommends or forbids (``advises``, the caller's reading of the sentence: お酒を控えるべき方,
    # 服用してはいけない薬) or needs (毎日打つ必要がある方), states an effect, a sign or a risk (リスクが高まる方,
    # 血圧が下がる方法, 確実に予防できる方法), or a condition (飲むと)
    advises = advises or "必要" in reading.text
    # (予防 before 接種 is the vaccination's name: 予防接種を受けるときの持ち物の一覧; 予防するとき still states one)
    vaccination = (
        all(words[i + 1].surface_form == "接種" for i in range(len(words) - 1) if words[i].surface_form == "予防")
        and words[-1].surface_form != "予防"
    )
    effect = (
        (EFFECT_WORDS | _CHANGE_WORDS) - ({"予防"} if vaccination else set())
        if situation
        else EFFECT_WORDS | _CHANGE_WORDS | SIGN_NOUNS
    ) & reading.lemmas
    conditional = any(
        t.surface_form in ("と", "ば", "たら", "なら") and t.pos_detail_1 == "接続助詞" for t in words
    ) or any(words[i].surface_form == "と" and words[i - 1].pos == "動詞" for i in range(1, len(words)))
    # (a condition is what a situation picks out: 頭痛があるときの過ごし方)
    return not (advises or effect or (not situation and (conditional or reading.condition)))


# the situations a label line may name alone, picked out by its relative clause (〜があるとき)
_SITUATIONS = frozenset({"とき", "時", "場合", "際"})
# what a relative clause in a label line may pick out before the part of a guide it names
_PICKED_OUT = frozenset({"方", "かた", "人", "とき", "時", "場合", "際", "ため", "前", "後"})
# words of an effect, a risk or a change of the body in such a clause (血圧が下がる方法, リスクが高まる方): a claim
_CHANGE_WORDS = frozenset(
    {"リスク", "危険", "効果", "効く", "予防", "改善", "下がる", "下げる", "上がる", "上げる", "高まる", "減る", "増える",
     "治る", "防ぐ", "防げる", "痩せる", "良くなる", "よくなる"}
)  # fmt: skip
# compound particles that relate a noun to the head noun, as an attributive clause does (食事に関する注意点)
_RELATIONAL_PARTICLES = frozenset({"に関する", "に対する", "における", "による", "についての", "に向けた", "をめぐる"})
GUIDE_HEAD_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "guide_head_nouns"))  # lint/data/claim-words.toml


_BULLETS = tuple("○●◎◇◆□■•・▶►▸➤✓✔☆★-*+")


def _english_label_word(reading, plain):
    """(eighth session) An English line that is the name of a section of a document (Contents, Overview, Summary:
    [section_names]); an adjective alone ("Contagious", "Incurable") is a clipped statement (from the review)."""
    return reading.lang == "en" and plain.strip().lower() in SECTION_NAMES


# units of one period or one age, and counters of the page's own items: alone in a label they name a stage or count
# what follows (術後1週間, 生後2か月から, 40歳以上の方, 大事なポイント3つ)
_STAGE_UNITS = frozenset(
    {
        "年",
        "か月",
        "ヶ月",
        "カ月",
        "ヵ月",
        "ケ月",
        "箇月",
        "月",
        "週",
        "週間",
        "日",
        "日間",
        "時間",
        "分",
        "秒",
        "歳",
        "才",
    }
    | {"つ", "項目", "点", "ステップ"}
)


def _kind_and_value(text):
    """(twelfth session) A heading that names a kind of claim ([header_kinds]: 症状, 原因, 副作用, 合併症; with its modifier)
    before a colon and a value after it (膀胱がんの初期症状：血尿): the pair states that the value is of that kind, as a
    header-relation cell does. A colon after an administrative label (受付時間：, 監修：, 対象：) is no such pair."""
    for colon in ("：", ":"):
        label, found, value = text.partition(colon)
        if found:
            break
    else:
        return False
    label, value = label.strip(" 　【】［］[]■●◆・"), value.strip()
    # a value that points at the text (次の3つ, 以下のとおり) leads into it
    pointing = value.startswith(("次の", "つぎの", "以下", "下記", "こちら", "下の"))
    # (second review) a kind of fact, not of advice (ポイント, コツ, ケア), and a value of health (症状：チェックリスト,
    # 副作用：Q&A name parts of the page)
    return (
        bool(label)
        and label.endswith(_FACT_KINDS)
        and _has_letters(value)
        and not pointing
        and bool(medical.medical_words(grammar.read(value).tokens))
    )


_FACT_KINDS = (
    "きっかけ",
    "原因",
    "誘因",
    "要因",
    "危険因子",
    "リスク",
    "症状",
    "サイン",
    "兆候",
    "徴候",
    "合併症",
    "副作用",
    "特徴",
    "前兆",
)


def _states_a_figure(health, text, reading):
    """(twelfth session, narrowed by the second review) The health numbers of a label state a figure: a statistic (45%,
    3割, 3倍, 5人に1人; not a threshold or a discount after it: HbA1c 6.5%以上の方へ, 50%引き), or an amount per one
    period beside a word of effect (1日2時間の外遊びが効果あり). A stage, an ordinal, a strength, a grade or a count
    (術後1週間, 3回目の接種, 10mg錠, 3度熱傷, 三原則) names a section."""
    statistics = [
        q
        for q in health
        if (q.unit in ("%", "％", "割", "倍", "人") or "人に" in q.text or "人中" in q.text)
        and not text[q.end :].lstrip().startswith(_THRESHOLD_AFTER)
    ]
    per_period = any(q.unit in _STAGE_UNITS and q.text[:1] in "1１一" and len(q.text) > 1 for q in health[:-1])
    return bool(statistics) or (per_period and len(health) > 1 and _names_effect_or_sign(reading))


def _criterion_question(text):
    """(twelfth session) A plain question closed by か and a full stop, no question mark and no polite form before
    か (まず尿中に1日で3.5g以上の蛋白質が失われているか。): a criterion of a checklist, stated as a question."""
    core = text.strip().rstrip("。．. 　")
    return (
        text.strip().endswith(("。", "．"))
        and core.endswith("か")
        and not core.endswith(("ですか", "ますか", "でしょうか", "ませんか", "のか", "んか"))
        and not any(mark in text for mark in ("？", "?"))
    )


# a threshold or a discount after a figure: 6.5%以上の方, 50%引き
_THRESHOLD_AFTER = ("以上", "以下", "未満", "超", "を超え", "を上回", "を下回", "引き", "オフ", "OFF", "割引", "増し")


# bare numbers, a range or a list of them (三原則, 1-5) as a reference mark: no unit, so no figure in a label
_BARE_COUNT_RE = re.compile(r"[0-9０-９〇一二三四五六七八九十百千万]+(?:[-‐−–〜～~,、][0-9０-９]+)*")


def _label_states_a_number(reading, text, health):
    """A label-column cell that says something of its health number is the row's claim, not its key.

    It does when the number is measured against an event in a clause (発疹が出る1〜2日前から: a verb in
    the cell) or given in brackets as the measure of what the cell names (カタル期（約2週間）). A bare
    period as the row's key (発症から1週間, 術後2週間以降) stays a label: its row's claim is in the
    other cells, which need their citations.
    """
    if not health:
        return False
    if any(t.pos == "動詞" and t.pos_detail_1 == "自立" for t in reading.tokens):
        return True
    return any(_bracketed_after_a_word(text, q.start) for q in health)


def _bracketed_after_a_word(text, start):
    """The quantity at ``start`` stands inside brackets that follow a word: 名詞（約2週間）."""
    opened = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    if opened <= 0 or any(ch in text[opened:start] for ch in "）)"):
        return False
    return _has_letters(text[opened - 1])


def _only_link_text(unit, sentence=None):
    """Every letter (of the sentence) is link text: a navigation item such as [よくある質問](faq.md)."""
    inside = set()
    for link in unit.links:
        inside.update(range(link.plain_start, link.plain_end))
    start, end = (sentence.start, sentence.end) if sentence else (0, len(unit.plain))
    return all(i in inside for i in range(start, end) if _has_letters(unit.plain[i]))


def _links_in(unit, sentence):
    """Links or cross-reference roles ({doc}, {ref}) in the sentence."""
    if any(link.plain_start < sentence.end and link.plain_end >= sentence.start for link in unit.links):
        return True
    return bool(_offsets_in(_role_offsets(unit)[1], sentence.start, sentence.end, inclusive=True))


SESSION_UNITS = tuple(table(WORDS, CLAIM_WORDS, "session_units"))  # lint/data/claim-words.toml
LOCATION_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "location_heads"))  # lint/data/claim-words.toml


def _link_is_place(unit, sentence):
    """A link or cross-reference role directly followed by に / で / から / へ (the place of the predicate)."""
    ends = [link.plain_end for link in unit.links if sentence.start <= link.plain_end <= sentence.end]
    ends += [
        role.plain_offset
        for role in unit.roles
        if not is_cite_role(role.name) and sentence.start <= role.plain_offset <= sentence.end
    ]
    # a role is written with a space ({ref}`x` にまとめています) or inside brackets (付録（{ref}`x`）にあります)
    after = [unit.plain[end:].lstrip(" ）)") for end in ends]
    if any(rest[:1] in ("に", "で", "へ", "の") or rest[:2] == "から" for rest in after):
        return True
    # English puts the place before the link: available on the [charity's website](...)
    starts = [link.plain_start for link in unit.links if sentence.start <= link.plain_start <= sentence.end]
    starts += [  # a role: available in {ref}`exercise-videos`
        role.plain_offset
        for role in unit.roles
        if not is_cite_role(role.name) and sentence.start <= role.plain_offset <= sentence.end
    ]
    return any(ENGLISH_PLACE.search(unit.plain[sentence.start : start]) for start in starts)


def _link_is_object(unit, sentence, reading):
    """A link to a document (its text names one: リスト, 一覧, 資料, シート, PDF; or it leads to a file) directly
    followed by を or も and, within a few characters, the request's own verb (…リスト（PDF）](…)もあわせてご利用ください):
    the document is what the reader is asked to use. A link naming a thing to use ([経口補水液](…)をご利用ください) or
    the object of another clause's verb is not."""
    head = reading.head or ""
    for link in unit.links:
        if not sentence.start <= link.plain_end <= sentence.end:
            continue
        after = unit.plain[link.plain_end : sentence.end].lstrip(" ）)」』")
        if after[:1] not in ("を", "も") or not head or head not in after[:12]:
            continue
        title = unit.plain[link.plain_start : link.plain_end]
        if link.url.lower().split("?")[0].endswith(_DOCUMENT_FILES) or any(noun in title for noun in _DOCUMENT_TITLES):
            return True
    return False


_DOCUMENT_FILES = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".csv", ".txt")
_DOCUMENT_TITLES = (
    "リスト",
    "一覧",
    "資料",
    "シート",
    "用紙",
    "パンフレット",
    "リーフレット",
    "冊子",
    "PDF",
    "ページ",
    "表",
)


def _link_predicated(unit, sentence):
    """A topic, then a link or cross-reference with only the predicate after it: the sentence says where the
    topic is (〜の一覧は、[こちら](…)です; 〜は、{ref}`…`に一覧にしてあります; 〜は、{doc}`…`で調べられます).

    After the link may come one particle of place or none, then at most one noun and a verb or copula (no
    object, no clause): 〜は、{ref}`…`に示したように、血栓が… goes on after a comma and stays a claim."""
    spans = [(link.plain_start, link.plain_end) for link in unit.links]
    spans += [(role.plain_offset, role.plain_offset) for role in unit.roles if not is_cite_role(role.name)]
    for start, end in spans:
        if not (sentence.start <= start and end <= sentence.end):
            continue
        before = unit.plain[sentence.start : start].rstrip(" 、，,（(")
        rest = unit.plain[end : sentence.end].lstrip(" ）)")
        # (seventh session) the same in English, the link the copula's complement and nothing after it:
        # The English version is [here](…).
        if ENGLISH_LOCATED.search(before) and not rest.strip(" .。") and ENGLISH_TEXT_SUBJECT.search(before):
            return True
        if not before.endswith(("は", "も")):
            continue
        words = [t for t in grammar.read(rest).tokens if t.pos != "記号"] if rest.strip() else []
        if words and words[0].pos == "助詞" and words[0].surface_form in ("に", "で", "から", "へ"):
            words = words[1:]
        nouns = [t for t in words if t.pos == "名詞" and t.pos_detail_1 not in ("非自立", "接尾")]
        if (
            words
            and len(nouns) <= 1
            and "、" not in rest
            and not any(t.surface_form == "を" for t in words)
            and words[-1].pos in ("助動詞", "動詞")
        ):
            return True
    return False


# an English copula of place before a link at the end of a sentence: "… is [here](…)", "… can be found [on this page]"
ENGLISH_LOCATED = re.compile(
    r"\b(?:is|are|can be found|is available|are available)(?: (?:here|on|at|in))?\s*$", re.IGNORECASE
)
# the subject of such a sentence must be a text or a page (the version, the leaflet, the form): "The first-line treatment
# is [amlodipine](…)" and "Help … is available [here](…)" are no navigation (from the review)
ENGLISH_TEXT_SUBJECT = re.compile(
    r"\b(?:version|versions|page|pages|leaflet|leaflets|booklet|brochure|guide|list|document|documents|website|site|"
    r"video|videos|glossary|index|timetable|map|menu|translation)\b",
    re.IGNORECASE,
)
ENGLISH_PLACE = re.compile(r"\b(?:on|at|from|in|via)(?: (?:the|our|their|your|its))?\s*$", re.IGNORECASE)


def _owner(sentences, offset, starts=None):
    """Index of the sentence a citation at plain ``offset`` belongs to (the last one starting before it);
    ``starts``: the sentences' starts, when the caller asks for many offsets."""
    starts = starts if starts is not None else [sentence.start for sentence in sentences]
    return max(0, bisect.bisect_left(starts, offset) - 1)


def _masked(text, patterns):
    for pattern in patterns:
        text = pattern.sub(lambda m: "_" * len(m.group()), text)
    return text


def _need(text, words, patterns, reading=None, titles=()):
    """(need, trigger): ("number", "3か月") | ("contraindication", ...) | ("recommendation", word)
    | ("instruction", head) | ("claim", ""). ``titles``: spans of link titles in ``text`` (_link_titles)."""
    text = _unfaced(text)
    masked = _masked(text, patterns)
    reading = reading or grammar.read(text)
    health = _health_figures(masked, quantities(masked), titles, reading)
    if health:
        return "number", text[health[0].start : health[0].end]
    lower = text.lower()
    prohibited = PROHIBITION.search(lower)
    if prohibited or (reading.negative and reading.head in USE_HEADS):
        return "contraindication", prohibited.group() if prohibited else reading.head
    if reading.lang == "ja" and reading.negative and _PEOPLE_CASE.search(text) and _ability(reading):
        # what cannot be done for a group of people (アレルギーのある方には、この検査は行えません) withholds a
        # treatment from them: a contraindication, whatever the verb
        return "contraindication", reading.head
    found = [(text.index(w), -len(w), w) for w in _recommending(words, text)]
    if found:
        return "recommendation", min(found)[2]  # the word that comes first in the sentence
    advice = ADVICE.search(lower)
    if advice:
        return "recommendation", advice.group()
    if reading.mood in ("request", "volitional"):
        return "instruction", reading.head
    return "claim", ""


# (twenty-ninth session) a word of starting or stopping that ends a compound noun and names a moment a time is counted
# from (手術開始の1時間前までに, 透析開始の30分前): a point of the schedule, no recommendation to start or stop
_MOMENT_AFTER = re.compile(r"の[0-9０-９一二三四五六七八九十]+[^\s、。]{0,4}?(?:前|後)")
# (thirty-fifth session) or the same word inside a compound whose head is a time of the schedule (受付開始時刻,
# 掲載開始日, 診療終了時間): the compound names a moment; only one of its times ends it (治療開始が大切です goes on)
_MOMENT_HEAD = re.compile(r"(?:時刻|時間|日時|時期|予定日|予定|日|時)(?![間刻期])")


def _recommending(words, text, within=None):
    """The recommendation ``words`` found in ``within`` (the text by default), each but one that names a moment in
    ``text`` (_names_a_moment)."""
    within = text if within is None else within
    return [w for w in words if w and w in within and not _names_a_moment(text, w)]


def _names_a_moment(text, word):
    """Every use of the word names a moment (see _MOMENT_AFTER, _MOMENT_HEAD): one use of its own (服薬中止日までに…
    中止してください) recommends (from the review of the thirty-fifth session)."""
    if word not in ("開始", "終了", "中止"):
        return False
    uses = [m.start() for m in re.finditer(re.escape(word), text)]
    return bool(uses) and all(
        at > 0
        and grammar.is_japanese(text[at - 1])
        and text[at - 1] not in "のをはがにでともへ"
        and bool(_MOMENT_AFTER.match(text, at + len(word)) or _MOMENT_HEAD.match(text, at + len(word)))
        for at in uses
    )


# a group of people as a topic or a case (〜の方は, 〜の人には, 患者さんでは): who a rule of care is about
_PEOPLE_CASE = re.compile(r"(?:方|人|患者|さん)(?:に|で)?(?:は|も)")


def _ability(reading):
    """The final predicate says what can be done: できる, a verb + られる / れる, or a potential verb whose
    u-row form the tokenizer reads as a verb of its own (行える → 行う, 飲める → 飲む; 増える has no 増う)."""
    words = _words(reading)
    if _predicate_class(reading) == "availability":
        return True
    if any(t.pos == "動詞" and t.pos_detail_1 == "接尾" and _lemma(t) in ("られる", "れる") for t in words[-4:]):
        return True
    verbs = [_lemma(t) for t in words if t.pos == "動詞" and t.pos_detail_1 == "自立"]
    if not verbs or len(verbs[-1]) < 3 or verbs[-1][-1] != "る" or verbs[-1][-2] not in _E_ROW:
        return False
    base = verbs[-1][:-2] + verbs[-1][-2].translate(_E_TO_U)
    tokens = [t for t in grammar.read(base).tokens if t.pos != "記号"]
    return len(tokens) == 1 and tokens[0].pos == "動詞" and tokens[0].basic_form == base


def _advises(text, words):
    """The sentence holds a recommendation word or a form of advice (〜ほうがよい, 〜ことが大切)."""
    return any(w and w in text for w in words) or bool(ADVICE.search(text.lower()))


# (twenty-eighth session) the heads of a form a condition may need (生活管理指導表が必要な場合は); only there: as a topic,
# 早見表は…変わります states
_FORMS = frozenset({"表", "用紙", "届"})


def _care_seeking(text, reading, logistics=False):
    """A referral that tells the reader to seek care urgently or when a sign appears.

    The line (CIT001's --explain): a request to see or call someone is care-seeking advice,
    which needs a source, when it is urgent (すぐ, immediately) or when it stands under a
    condition that is a state of the reader (〜が出たら, 〜があるときは, 〜が強い場合は,
    if you have ...). It stays a referral when the condition is only the reader's questions,
    doubts, wishes, plans or decisions, an appointment or an indefinite "anything"
    (わからないことがあれば, 〜したい場合は, 違うところがあれば, if you are unsure), a change of a booking that names no
    word of health (面会の日時を変更される場合は; not 治療を延期した場合は), and, for a request only to
    tell or ask (not to be seen), when the condition is about supplies running down (在庫が少なくなったら).
    """
    lower = text.lower()
    if _URGENT.search(lower):
        return True
    if reading.head in CARE_HEADS and _CARE_URGENT.search(lower):
        return True  # 必ず受診してください, 救急外来を受診してください: to be seen, insisted on
    if reading.head in CARE_HEADS and _CARE_HESITATION.search(lower) and any(p in text for p in _CARE_PLACES):
        return True  # (forty-second session) ためらわずに休日診療センターへ向かってください: not to hold back from care
    if reading.condition_words & ONSET:
        return True  # a sign appears or worsens, even a worrying one: 気になる症状が続くときは
    if _manner_withheld(reading):
        return True  # the request carries an act withheld: 食事をとらずにお越しください
    if _people_with_a_sign(reading):
        return True  # whom the request addresses is a sign appearing: 息苦しさが強くなった方は、…お越しください
    if _reason_states(reading):
        return True  # the reason states an effect or a sign: 〜が効きにくいことがあるため、必ず申し出てください
    if reading.condition_subjects & SIGN_NOUNS and not reading.condition_words & WORRIES:
        # the reader has a sign (血尿があるときは; not 副作用が心配なときは); one that only worries
        # (気になる症状があるときは) makes care-seeking advice when the request is to be seen (受診)
        if reading.head in CARE_HEADS or not reading.condition_words & QUESTION_CONDITIONS:
            return True
    if _core_condition_words(reading) & QUESTION_CONDITIONS:  # questions, wishes, plans, decisions, "anything"
        return False
    if (
        reading.condition_subjects
        and reading.condition_subjects <= ADMINISTRATIVE_HEAD_NOUNS | ADMINISTRATIVE_HEADS | _FORMS
        and not (reading.lang == "ja" and _change_in_the_reader(_condition_tokens(reading)))
    ):
        return False  # a need of a document, a booking or an issue (診断書が必要な場合は): no state of the reader
    if (
        reading.lang == "en"
        and reading.condition_words & {"need", "needs", "require", "requires"}
        and reading.condition_words & ADMINISTRATIVE_HEAD_NOUNS
        and not reading.condition_words & (SIGN_NOUNS | ONSET | EFFECT_WORDS)
    ):
        return False  # the same in English, where the clause has no parse: if you need an interpreter (seventh session)
    if (
        reading.lang == "en"
        and reading.condition_words & _EN_SENT_THINGS
        and reading.condition_words & _EN_THING_TROUBLE
        and not reading.condition_words & (SIGN_NOUNS | ONSET | EFFECT_WORDS)
    ):
        return False  # (twenty-ninth session) a thing sent to the reader gone wrong: if your kit is damaged or missing
    if (
        reading.head not in CARE_HEADS
        and reading.condition_words & STOCK_NOUNS
        and not reading.condition_words & (SIGN_NOUNS | ONSET | EFFECT_WORDS)
    ):
        return False  # supplies running down, to be told (在庫が少なくなってきたら、看護師へお知らせください)
    if reading.head not in CARE_HEADS and reading.condition_subjects and reading.condition_subjects <= READER_HOLDINGS:
        return False  # what the reader has, to be told (処方されているお薬があれば、医師へお伝えください)
    if _booking_changed(reading):
        return False  # (thirtieth session) the reader's plan: 面会の日時を変更される場合は、ご連絡ください
    if _moment_of_the_visit(reading):
        return False  # (thirty-sixth session) 検査が終わりましたら, お薬を受け取る際は: a moment of the visit
    if _thing_had_to_bring(reading, text):
        # (thirty-third session) a thing had, to be brought (ほかの医療機関で受けた検査の結果があれば、受診の際にお持ち
        # ください): the condition names a thing to bring, no state of the reader (動悸があれば stays care-seeking)
        return False
    if reading.condition:
        return (
            not logistics or reading.lang != "ja" or not _condition_of_the_visit(reading) or _restricts_an_act(reading)
        )
    # a clause quoted as a name (次の節「痛みが出たら」へ) is no condition of the sentence
    outside = grammar.unquoted(reading.tokens) if reading.lang == "ja" else ()
    lemmas = {_lemma(t) for t in outside} if reading.lang == "ja" else reading.lemmas
    lower = re.sub(r"「[^」]*」|『[^』]*』", "", lower)
    # (thirty-third session) in Japanese a marker of condition as a word, not a character inside one (the 時 of お時間)
    if reading.lang == "ja":
        # (thirty-fifth session) a conditional ending is a particle or an auxiliary: the ば of のりば (乗り場), which the
        # tokenizer cuts off as a noun, is none
        marked = any(
            (t.surface_form in CONDITION or _lemma(t) in CONDITION)
            and not (t.pos == "名詞" and t.surface_form in _KANA_ENDINGS)
            for t in outside
        )
    else:
        marked = any(c in lower for c in CONDITION)
    return marked and bool(ONSET & lemmas)


_BRING_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "bring_heads"))  # lint/data/claim-words.toml
_KANA_ENDINGS = frozenset(("たら", "だら", "ば", "なら"))  # the conditional endings of [condition], never nouns
_BROUGHT_THINGS = tuple(table(WORDS, CLAIM_WORDS, "brought_things"))  # lint/data/claim-words.toml
# what may stand between a thing had and the request to bring it: the occasion and nothing else (当日, 受診の際に,
# 診察の日に, すべて, ご一緒に)
_BRING_OCCASION = re.compile(
    r"(?:[、，\s]|当日|受診|診察|来院|初診|検査|外来|次回|の|際|とき|時|日|に|は|も|で|ご|お|一緒|すべて|全て|必ず|忘れず)*"
    r"(?:ご?持参|お?持ち|持って(?:きて|来て)|ご?提出|ご?提示|お?預け)(?:ください|下さい|いただけますか|ましょう)[。．！!]?$"
)


def _thing_had_to_bring(reading, text):
    """(thirty-third session) The whole request is a thing had and the request to bring it, with at most the occasion
    between (普段お使いの保湿剤があれば、当日お持ちください; 検査の結果があれば、受診の際にお持ちください): the condition
    names what to bring. The thing's name ends as a brought thing does (brought_things: 薬, 剤, 結果, 写真, 手帳, 書), and
    nothing else is said: a reason, a manner or a purpose between (〜と飲み合わせが悪いため, 保冷バッグに入れて, 素手で触れ
    ないよう) is read as care (from the review of the first version, which let seven such claims through)."""
    if reading.lang != "ja" or reading.mood != "request" or not _heads(reading) & _BRING_HEADS:
        return False
    had = re.search(r"(\w+)(?:が|も)(?:あれ|ある|ございまし|おあり)$", reading.condition)
    if not had or not had.group(1).endswith(_BROUGHT_THINGS):
        return False
    at = text.find(reading.condition)
    if at < 0:
        return False
    rest = re.sub(r"^(?:ば|る場合は|たら|ば、)", "", text[at + len(reading.condition) :])
    return bool(_BRING_OCCASION.match(rest))


_PURPOSE_RE = re.compile(r"に備え|のために|のため、|を防ぐため|を防ぐように|ないように|ないよう、")


def _purpose_of_health(text):
    """(thirty-third session) A purpose of the request that names a state of health (発作に備えて, 低血糖に備えて, 脱水を防ぐ
    ために, 感染しないように): the request serves care, whatever it asks (吸入薬をお持ちください). A purpose that is an event
    or a treatment of the visit (入院に備えて, 採血のために, 手術の説明のために: the occasion) is none; a first version that
    counted them raised eleven false alarms in a review."""
    for match in _PURPOSE_RE.finditer(text):
        clause = re.split(r"[、。，]", text[: match.start()])[-1]
        if not clause or clause.endswith(_ACTS_OF_THE_VISIT):
            continue  # お薬の受け取りのために: an act of the visit is the occasion, whatever it concerns
        words = medical.medical_words(grammar.read(clause).tokens)
        if any(not _visit_occasion(w) for w in words):
            return True
    return False


_ACTS_OF_THE_VISIT = (
    "受け取り",
    "受取",
    "お渡し",
    "手続き",
    "手続",
    "説明",
    "予約",
    "確認",
    "受付",
    "会計",
    "精算",
    "提出",
    "予診",
)


def _visit_occasion(word):
    """The compound names an examination, an event or a treatment of the visit: as a purpose (入院に備えて, 手術の説明の
    ために) it is the occasion, not a state of health."""
    return (
        _event_of_the_visit(word)
        or any(t in word for t in _TREATMENTS_IN_TOPIC)
        or any(p in word for p in medical.PROCEDURES)
    )


BOOKING_CHANGES = frozenset(table(WORDS, CLAIM_WORDS, "booking_changes"))  # lint/data/claim-words.toml
BOOKED_THINGS = frozenset(table(WORDS, CLAIM_WORDS, "booked_things"))  # lint/data/claim-words.toml
_EN_BOOKING_FRAME = frozenset(table(WORDS, CLAIM_WORDS, "en_booking_frame"))  # lint/data/claim-words.toml


def _booking_changed(reading):
    """(thirtieth session) The condition changes or cancels a booking (面会の日時を変更される場合は, 入院日を延期される
    ときは, if you need to cancel or reschedule your appointment) and names no word of health: the reader's plan. A
    treatment, a medicine or a session of care changed (治療を延期した場合は, If you cancel your dialysis) is not
    (from the review of the first version, which read any word of changing as a plan)."""
    words = reading.condition_words
    if not (words & BOOKING_CHANGES and words & BOOKED_THINGS):
        return False
    if reading.lang == "en":
        return {w.lower() for w in words} <= BOOKING_CHANGES | BOOKED_THINGS | _EN_BOOKING_FRAME
    return not medical.mentions_health(grammar.read(reading.condition).tokens, SERVICE_ARRANGEMENTS)


def _change_in_the_reader(tokens):
    """(thirty-ninth session, from a second review) The clause says something becomes so: なる after an adjective or a
    negation (しんどくなったら, つらくなったら, 言えなくなったら, 忘れるようになったら), or 〜てくる after a verb (ぼーっと
    してきたら): a change in the reader, whatever moment of the visit stands beside it."""
    for i, token in enumerate(tokens[1:], 1):
        before = tokens[i - 1]
        if _lemma(token) == "なる" and (
            before.pos == "形容詞"
            or before.surface_form in ("なく", "ように", "よう")
            or _lemma(before) == "ない"
            or before.surface_form == "に"
            and i >= 2
            and tokens[i - 2].surface_form == "よう"  # 忘れるようになったら: よう + に + なる
        ):
            return True
        if _lemma(token) == "くる" and token.pos_detail_1 == "非自立" and before.surface_form in ("て", "で"):
            return True
    return False


def _condition_tokens(reading):
    """The sentence's own tokens of the condition (the condition's text alone tokenizes otherwise: してき for してきたら)."""
    return [t for t in reading.tokens if t.start <= len(reading.condition)]


def _core_condition_words(reading):
    """(thirty-ninth session, from a second review) The condition's lemmas without a time it is bounded by (次の予約までに,
    受診の前に: 予約 there says when, not what the condition is), and none at all when the condition is a change in the
    reader (名前がわからなくなったら: an ability lost, not a question)."""
    if reading.lang != "ja" or not reading.condition:
        return reading.condition_words
    if _change_in_the_reader(_condition_tokens(reading)):
        return frozenset()
    tokens = grammar.read(reading.condition).tokens
    start = 0
    for i, token in enumerate(tokens[:-1]):
        if token.surface_form == "まで" or token.surface_form == "前" and tokens[i + 1].surface_form == "に":
            start = i + 1
    bound = {_lemma(t) for t in tokens[:start]} - {_lemma(t) for t in tokens[start:]}
    return reading.condition_words - bound


def _condition_of_the_visit(reading):
    """(thirty-ninth session, after a review) The condition is positively a matter of the visit: its nouns name the visit's
    things, a turn, a number, a document, a booking, a fee, a place or a service (順番が来ましたら, 保険証の内容が変わった
    ときは, 紹介状があれば, 予約の時間を過ぎた場合は), at least one of them, with persons, times, formal nouns and (forty-
    second session) other things beside (画面に番号が表示されたら, 呼び出しベルが鳴りましたら) but no noun of the reader's
    state (様子, 調子, 気分); and it has no word of health, no sign, onset, effect or worry, no number or measure but a
    time reached (予約時間の5分前になりましたら), no adverb (ぼんやり, ふらふら) and no concession (呼んでも). Anything
    else may be a state of the reader in everyday words (お子さんがぐったりしていたら, 様子がいつもと違うときは, 字が急に
    下手になったら), and a request under it stays care. A first version read "no word of health" as logistics; a review
    found 37 claims of that kind let through."""
    words = reading.condition_words
    if reading.condition_subjects & SIGN_NOUNS or words & (ONSET | EFFECT_WORDS | SIGN_NOUNS | WORRIES | _MEASURES):
        return False
    return _clause_of_the_visit(grammar.read(reading.condition).tokens)


def _clause_of_the_visit(tokens):
    """The clause's nouns name the visit's things and nothing of health or of a change in the reader (see
    _condition_of_the_visit)."""
    if {_lemma(t) for t in tokens} & (ONSET | EFFECT_WORDS | SIGN_NOUNS | WORRIES | _MEASURES):
        return False
    reached = any(_time_reached(tokens, k) for k in range(len(tokens)))
    if any(t.pos_detail_1 == "数" for t in tokens) and not reached or medical.medical_words(tokens):
        return False  # (a count of minutes before a time reached is that time: 予約時間の5分前になりましたら)
    # (from a second review) a change in the reader, whatever its nouns: an ability lost or a habit come (住所が言えなく
    # なったら, 診察券をよくなくすようになったら, 名前がわからないときは): a negation or なる in the condition
    if any(
        (_lemma(t) in ("なる", "ない", "ぬ", "ず") or t.surface_form in ("ない", "なく", "ず"))
        and not _time_reached(tokens, k)
        for k, t in enumerate(tokens)
    ):
        return False
    # an adverb of manner or a concession (ぼんやり, ふらふら; 呼んでも) describes the reader
    if any(t.pos == "副詞" for t in tokens) or any(
        t.surface_form == "も" and k and tokens[k - 1].surface_form in ("て", "で") for k, t in enumerate(tokens)
    ):
        return False
    visit = False
    for group, _ in medical.noun_groups(tokens):
        head = group[-1]
        compound = "".join(t.surface_form for t in group)
        if len(group) == 1 and (
            head.pos_detail_1 in ("非自立", "代名詞", "副詞可能", "接尾") or _lemma(head) in grammar.CONDITION_NOUNS
        ):
            continue  # a formal noun, a pronoun, a time (時間, 前): neither the visit nor the reader
        if medical.names_a_person(head) or compound in _PERSONS:
            continue  # who (ご家族が, お子さんが): the rest decides (not 様子, 調子, 話し方: whole words only)
        if (
            compound.endswith(_INSTITUTION_PLACES + _FACILITY_THINGS)
            # the head word itself, not a character of it (機会 is no 会, 職場 no 場), or the whole compound (連絡先)
            or _lemma(head) in ADMINISTRATIVE_HEAD_NOUNS | SERVICE_NOUNS | _FORMS | LOGISTICS_HEADS | _VISIT_THINGS
            or compound in _VISIT_THINGS
            or _lemma(head) in _DOCUMENT_ENDINGS
        ):
            visit = True
            continue
        # (forty-second session) another thing, beside a thing of the visit (画面に番号が表示されたら, 呼び出しベルが鳴り
        # ましたら): no state of the reader's (様子, 調子, 気分, 字) and no mimetic word (ふらふら)
        if _lemma(head) in _STATE_NOUNS:
            return False
    return visit


def _time_reached(tokens, k):
    """(forty-second session) なる at k after a time and に: a time of the visit reached (授乳の時間になりましたら, 予約
    時間の5分前になりましたら), no change in the reader."""
    if _lemma(tokens[k]) != "なる" or k < 2 or tokens[k - 1].surface_form != "に":
        return False
    before = tokens[k - 2]
    return (
        _lemma(before) in ("時間", "時刻", "時", "前", "頃", "ころ", "日", "番", "順番")
        or before.pos_detail_1 == "副詞可能"
    )


# nouns of the reader's state or manner: a clause about one is a state of the reader, whatever else it names
_STATE_NOUNS = frozenset(
    (
        "様子",
        "調子",
        "具合",
        "気分",
        "気持ち",
        "体調",
        "顔色",
        "機嫌",
        "元気",
        "食欲",
        "字",
        "話し方",
        "歩き方",
        "動き",
        "反応",
        "表情",
        "声",
        "色",
        "におい",
        "匂い",
        "感じ",
        "感覚",
        "状態",
        "変化",
        "異変",
        "いつも",
        "普段",
        "ふだん",
    )
)


_PERSONS = frozenset(
    (
        "お子さん",
        "お子様",
        "お子さま",
        "子ども",
        "子供",
        "ご家族",
        "家族",
        "ご本人",
        "本人",
        "方",
        "人",
        "皆さん",
        "皆様",
    )
)
# things of the visit no table above names: a turn, a number, a name called, a card, a time booked
_VISIT_THINGS = frozenset(
    (
        "順番",
        "番号",
        "札",
        "名前",
        "お名前",
        "呼び出し",
        "予約時間",
        "時間",
        "時刻",
        "日時",
        "住所",
        "連絡先",
        "氏名",
        "内容",
        "表示",
        # (forty-second session) coming, going and using: the visit's own moves (お帰りの際は, ご利用の際は)
        "帰り",
        "来院",
        "来館",
        "入館",
        "退館",
        "面会",
        "見舞い",
        "利用",
    )
)


_MEASURES = frozenset(("以上", "以下", "未満", "超える", "超す", "下回る", "上回る", "値", "数値"))


def _moment_of_the_visit(reading):
    """(thirty-sixth session) The condition is a moment of the visit, no state of the reader: an examination or a
    consultation ends (検査が終わりましたら, 診察が済んだら) or the reader does a thing of the visit's logistics
    (お薬を受け取る際は, 会計を済ませたら): its predicate is a verb of finishing or of logistics, and its words of
    health are the visit's events or a thing the service hands over (薬, 処方箋), never a sign, an onset or an
    effect. Whether the request itself is care is decided after (_practical reads its words: 検査が終わったら、水分を
    多めにとってください stays a claim)."""
    if reading.lang != "ja" or not reading.condition:
        return False
    if _PURPOSE_OR_REASON.search("".join(t.surface_form for t in reading.tokens)):
        return False  # a purpose or a reason beside it is care (飲み忘れがないよう, 〜ため), as for a thing handed in
    tokens = grammar.read(reading.condition).tokens
    activity = _finished_activity(tokens)
    # (forty-second session) the name of the act that ends is a name (予防接種が終わりましたら: 予防 is no effect here)
    words = (
        reading.condition_words - {_lemma(t) for t in grammar.read(activity).tokens}
        if activity
        else reading.condition_words
    )
    if reading.condition_subjects & SIGN_NOUNS or words & (ONSET | EFFECT_WORDS | SIGN_NOUNS):
        return False
    if _change_in_the_reader(_condition_tokens(reading)):
        return False  # (thirty-ninth session, from a second review) 受付を済ませたあとで、しんどくなったら: a state
    # (forty-sixth session) not the honorific or passive ending (お薬を受け取られましたら: 受け取る, not れる)
    verbs = [
        _lemma(t)
        for t in tokens
        if t.pos == "動詞" and t.pos_detail_1 != "接尾" and _lemma(t) not in ("いただく", "なる", "する", "いる")
    ]
    if not verbs or verbs[-1] not in LOGISTICS_HEADS | _FINISHING:
        return False
    if _restricts_an_act(reading):
        return False
    events = _event_phrases(tokens)
    if activity:
        events.append(activity)  # 採尿が済みましたら, 補聴器の調整が終わりましたら: what ends is an act of the visit
    handled = verbs[-1] in LOGISTICS_HEADS
    health = medical.medical_words(tokens, service_heads=SERVICE_ARRANGEMENTS)
    if not all(any(word in event for event in events) or handled and word.endswith(_BROUGHT_THINGS) for word in health):
        return False
    # (from the review) the moment must be the visit's: it names an event of the visit, a noun of the service
    # (会計を済ませたら) or a thing of a verb of its logistics (処方箋を受け取る際は); 散歩が終わったら is the reader's day
    nouns = {_lemma(t) for t in tokens if t.pos == "名詞"}
    return bool(events or health or nouns & (ADMINISTRATIVE_HEAD_NOUNS | SERVICE_NOUNS) or handled and nouns)


def _finished_activity(tokens):
    """(thirty-seventh session) The act whose end the condition names, when a verb of finishing has it as its subject
    (採尿が済みましたら, 補聴器の調整が終わりましたら): the noun phrase before が/は/も, its modifiers joined by の, if its
    head is an act made a noun (IPADIC's サ変接続: 採尿, 調整, 透析; not 生理 or 発作, which end on their own) and none of
    its words is a sign or an illness. What ends is then an act of the visit, as a listed examination is."""
    for f in range(len(tokens) - 1, 1, -1):
        if tokens[f].pos == "動詞" and _lemma(tokens[f]) in _FINISHING:
            break
    else:
        return ""
    while f > 1 and (tokens[f - 1].pos == "副詞" or tokens[f - 1].pos_detail_1 == "副詞可能"):
        f -= 1  # 健康診断がすべて終わりましたら (IPADIC: すべて a noun that may be an adverb)
    if tokens[f - 1].surface_form not in ("が", "は", "も") or tokens[f - 1].pos != "助詞":
        return ""
    start = k = f - 1
    while k > 0 and tokens[k - 1].pos in ("名詞", "接頭詞"):
        k -= 1
        if k > 1 and tokens[k - 1].surface_form == "の" and tokens[k - 2].pos == "名詞":
            k -= 1  # the の joining a modifier; the loop takes its noun next
        start = k
    phrase = tokens[start : f - 1]
    nouns = [t for t in phrase if t.pos in ("名詞", "接頭詞")]
    # (the head may be written with 疒 as care is: 治療)
    signs = [t for t in nouns if _lemma(t) in SIGN_NOUNS] + [
        t for t in nouns[:-1] if any(ch in medical.ILLNESS_KANJI for ch in t.surface_form)
    ]
    # (forty-second session) or a loanword, which IPADIC tags a plain noun (リハビリ, レントゲン)
    # (from the review: not the reader's own ウォーキング or ピラティス)
    loanword = (
        bool(nouns)
        and re.fullmatch(r"[\u30a0-\u30ffー]+", nouns[-1].surface_form) is not None
        and _visit_occasion(nouns[-1].surface_form)
    )
    if not nouns or not (nouns[-1].pos_detail_1 == "サ変接続" or loanword) or signs:
        return ""
    return "".join(t.surface_form for t in phrase)


def _restricts_an_act(reading):
    """(from the review) After the condition, the request bounds an act by a time or withholds an act of the day: a verb
    before まで (まぶしさが落ち着くまでお待ちください) or an act made a noun (自転車に乗るのはご遠慮ください, 運転することは
    お控えください): a restriction of care after the moment, not a step of the visit."""
    tokens = [t for t in reading.tokens if t.start >= len(reading.condition)]
    for i, token in enumerate(tokens[1:], 1):
        before = tokens[i - 1]
        if token.surface_form == "まで" and before.pos in ("動詞", "助動詞"):
            return True
        if token.surface_form in ("の", "こと") and token.pos == "名詞" and before.pos == "動詞":
            return True
    return False


def _single_request_act(reading):
    """The request asks one act: outside its condition, no verb of an act but its head (the auxiliaries of courtesy and
    of being do not count)."""
    condition = len(reading.condition)
    acts = [
        t
        for t in reading.tokens
        if t.pos == "動詞"
        and t.pos_detail_1 == "自立"
        and _lemma(t) not in ("いただく", "頂く", "くださる", "下さる", "なる", "する", "いる", "ある", "おる")
        and t.start >= condition
    ]
    return len(acts) <= 1


def _moment_removed(text, reading):
    """The sentence without its condition when the condition is a moment of the visit (and its marker, たら, 際は)."""
    if not _moment_of_the_visit(reading):
        return text
    at = text.find(reading.condition)
    if at < 0:
        return text
    rest = text[at + len(reading.condition) :]
    return text[:at] + re.sub(r"^[^、，]{0,6}[、，]", "", rest)


_FINISHING = frozenset(("終わる", "終える", "済む", "済ませる", "済ます", "終了", "完了"))


# things the service sends or gives the reader, and what goes wrong with them in the post (English conditions have no
# parse: the words of the clause decide)
_EN_SENT_THINGS = frozenset(table(WORDS, CLAIM_WORDS, "en_sent_things"))  # lint/data/claim-words.toml
_EN_THING_TROUBLE = frozenset(table(WORDS, CLAIM_WORDS, "en_thing_trouble"))  # lint/data/claim-words.toml
_PEOPLE_HEADS = ("方", "人", "かた")
_SIGN_APPEARS = ("みられ", "見られ", "現れ", "あらわれ", "出た", "出る", "出て")


def _people_with_a_sign(reading):
    """A request addressed to the people a sign has come to (激しい頭痛などが出てきた方は, 息苦しさが強くなった方は):
    the clause before 方は / 人は holds a word of illness or a sign and a verb of its appearing or of becoming, so
    the request is care-seeking under a sign, as 〜が出たら is (持病のある方は, 妊娠中の方は describe, not a change)."""
    if reading.lang != "ja" or reading.mood != "request":
        return False
    tokens = reading.tokens
    for i in range(1, len(tokens) - 1):
        if _lemma(tokens[i]) not in _PEOPLE_HEADS or tokens[i + 1].surface_form not in ("は", "も"):
            continue
        start = max((j + 1 for j in range(i) if tokens[j].surface_form in ("、", "，", "。")), default=0)
        clause = tokens[start:i]
        text = "".join(t.surface_form for t in clause)
        lemmas = {_lemma(t) for t in clause}
        sign = bool(lemmas & SIGN_NOUNS) or any(medical._is_sign(t) for t in clause)
        sign = sign or bool(medical.medical_words(clause))
        change = bool(lemmas & (ONSET | {"なる"})) or any(w in text for w in _SIGN_APPEARS)
        if lemmas & WORRIES or "気にな" in text:
            continue  # a worry (〜が気になる方は) is a question for the care team, not a sign appearing
        if sign and change and (lemmas & SIGN_NOUNS or any(medical._is_sign(t) for t in clause) or "なる" in lemmas):
            return True
        # (twenty-fifth session, from the review) a request to be seen addressed to people with a word of health that
        # appears (血便が出た方は) or a symptom that is there or goes on (胸の痛みがある方は, 動悸がある方は): care-seeking
        # too. A request only to tell the staff (症状がある方は、受付でお申し出ください) is the front desk's notice, and
        # a condition held (持病のある方は, 妊娠中の方は) still describes whom the request addresses
        if reading.head not in CARE_HEADS or lemmas & _HELD_CONDITIONS:
            continue
        if sign and (any(w in text for w in _SIGN_APPEARS) or lemmas & {"ある", "続く"}):
            return True
    return False


# what a reader has or is rather than what appears: whom a request addresses (持病のある方は、…ご相談ください)
_HELD_CONDITIONS = frozenset(
    {"持病", "既往", "既往歴", "妊娠", "授乳", "アレルギー", "障害", "病気", "疾患", "ペースメーカー"}
)


def _manner_withheld(reading):
    """A clause of manner that withholds an act with an object before the request (〜をとらずに, 〜を飲まないで):
    the request prescribes not doing it (食事をとらずにお越しください); 迷わずにご相談ください has no object."""
    if reading.lang != "ja" or reading.mood != "request":
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    for i in range(2, len(words) - 1):
        # 〜をとらずに, and 〜を使わず、 (from the review: the comma is no symbol in ``words``)
        negated = words[i].basic_form == "ぬ" and (words[i + 1].surface_form == "に" or words[i].surface_form == "ず")
        negated = negated or (words[i].basic_form == "ない" and words[i + 1].surface_form == "で")
        if (
            negated
            and words[i - 1].pos == "動詞"
            and words[i - 2].surface_form == "を"
            and words[i - 1].basic_form not in REMINDER_VERBS
        ):
            return True
        # the object put as a topic (昼食はとらずに): withheld when the object is itself of health
        if (
            negated
            and words[i - 1].pos == "動詞"
            and words[i - 2].surface_form in ("は", "も")
            and i >= 3
            and medical.medical_words(words[i - 3 : i - 2])
        ):
            return True
    return False


def _label_holds(label, text, lower, reading, health, words):
    """A heading, title, caption, label cell or label line that states nothing (see "label")."""
    return (
        not (label == "label-column" and _label_states_a_number(reading, text, health))
        # (twelfth session) a heading or a label line with a figure of health other than one period or age: a rate,
        # a proportion, a dose (5年生存率約45%まで向上, 1日2時間の外遊びが効果あり); 術後1週間, 生後2か月から stay labels
        and not (label == "label" and _states_a_figure(health, text, reading))
        # (twelfth session) a heading that pairs a kind of claim with its value (膀胱がんの初期症状：血尿, 原因：ウイルス感染)
        and not (label == "label" and _kind_and_value(text))
        # nor one that recommends or forbids (ワルファリンが第一選択, 妊娠中は使用不可); a recommendation word
        # before の names the kind the row is about (第一選択の抗凝固薬) and stays a label
        and not (
            label == "label-column"
            and (
                any(w and w in text and f"{w}の" not in text for w in words)
                or PROHIBITION.search(lower)
                or ADVICE.search(lower)
            )
        )
        and (not reading.predicate or not reading.finite or (_title_phrase(reading) and not health))
        # a title with a condition and a health number states a rule of care, its verb left out
        # (市販薬を2週間使っても良くならなければ皮膚科へ)
        and not (reading.condition and health)
        # a request left out (a place in へ, a verbal noun in を) under a condition that seeks care (息が苦しそうなら
        # 迷わず救急外来へ, 〜が太くなってきたら早めに受診を): a clipped instruction; under a doubt (迷ったらまずは受付へ)
        # it stays a title
        and not (_clipped_request(reading) and reading.condition and _care_seeking(text, reading))
        and not _topic_comment(reading)
        and not _generalises(reading)
        and not _clipped_claim(reading)
        and not _clipped_report(reading)
        and not _clipped_caution(reading)
        and not _clipped_te_heading(reading)
        and not _judged_condition(reading)
        and not _curable_illness(reading)
        and not _illness_described(reading)
        and not _named_by_effect(reading)
        and not _clipped_object_request(reading)
        # (twelfth session) quotation marks in a heading often only stress a word (ハチに刺されたら「冷やす」が正解): the
        # label must hold read without them too
        and not (label == "label" and _stressed_words_state(label, text, lower, health, words))
    )


def _stressed_words_state(label, text, lower, health, words):
    """(twelfth session) The label, read with its quotation marks 「」『』 taken away, is no label."""
    if not any(mark in text for mark in "「」『』"):
        return False
    plain = re.sub(r"[「」『』]", "", text)
    return not _label_holds(label, plain, plain.lower(), grammar.read(plain), health, words)


def _clipped_object_request(reading):
    """(twelfth session) A label with a topic in は that ends on its object in を, its verb left out: a clipped
    recommendation (酔い止め薬は成分が少ないものを, 寝る前はスマホより読書を) that says something of health."""
    words = _clipped_label_words(reading, 3)
    if not words or words[-1].surface_form != "を" or words[-1].pos != "助詞":
        return False
    return any(t.surface_form == "は" and t.pos == "助詞" and t.pos_detail_1 == "係助詞" for t in words[:-1])


def exemption(unit, sentence, kinds, reading, health, words=(), found=()):
    """The reason a sentence needs no citation (a key of EXEMPTIONS), or None.

    A sentence about the page that also states a finding or a fact of health before naming the page
    (〜ことが分かり、このページを更新しました) is a claim, whichever reading found it page discourse."""
    reason = _exemption(unit, sentence, kinds, reading, health, words, found)
    if reason == "page-discourse" and _finding_beside_the_text(reading):
        return None
    # (twenty-ninth session) a frame of the service or of the page around a statement of health: the statement told
    # (教室では、〜とお産が長引きやすいことなどもお話しします) or given as the reason (受動喫煙は〜の原因になるため、〜)
    if reason in _FRAMES_OF_THE_SERVICE and (_tells_a_finding(reading) or _health_given_as_reason(reading)):
        return None
    # (fifty-fourth session) an announcement whose object says what a method or a medicine does (では、傷を早く治す方法
    # を紹介します) or a clause of health told after a transition (さて、…発作は防げることを説明しました)
    if reason in ("page-discourse", "transition", "referral") and (
        _presents_a_claim(reading, unit, sentence)
        or (reason == "transition" and _tells_a_finding(reading, strict=True))
    ):
        return None
    # (forty-second session) an English line of the service with a second clause of health joined to it (The MRI is
    # available at weekends and involves no radiation; Hearing aids are free, and wearing them keeps the mind sharp):
    # the frame covers its own clause only
    if reason in ("contact", "administrative") and reading.lang == "en" and _en_joined_clause_of_health(sentence.text):
        return None
    return reason


# a second clause joined by "and", "but" or "so" after a comma, or "and" before a verb of the clause (and involves, and
# gives, and leaves, and keeps, and means)
_EN_JOINED_CLAUSE = re.compile(
    r"(?:,|;)\s*(?:and|but|so|which)\s+|\band\s+(?=(?:involves|gives|leaves|keeps|means|helps|reduces|lowers|"
    r"prevents|protects|improves|causes|stops|works|lasts|makes|has\s+no|carries|cuts)\b)",
    re.IGNORECASE,
)


def _en_joined_clause_of_health(text):
    """(forty-second session) The part of an English line after a joined clause holds a word of health or a claim's
    form (a comparative, an outcome, a tendency): the line states it beside its frame."""
    match = _EN_JOINED_CLAUSE.search(text)
    if not match:
        return False
    rest = text[match.end() :]
    words = medical_en.content_words(rest)
    return (
        bool(medical_en.health_words(rest))
        or bool(words and medical_en.claim_form(words))
        or bool(_EN_EFFECT_IN_CLAUSE.search(rest))
    )


# what a joined clause may claim in everyday words (keeps the mind sharp, leaves no hangover, gives long-lasting cover)
_EN_EFFECT_IN_CLAUSE = re.compile(
    r"\b(?:keeps?|leaves?\s+no|gives?\s+(?:long|lasting|good|better|full)|involves?\s+no|means?\s+you\s+(?:are|can)|"
    r"helps?|reduces?|lowers?|prevents?|protects?|improves?|cures?|relieves?)\b",
    re.IGNORECASE,
)


_FRAMES_OF_THE_SERVICE = frozenset({"page-discourse", "contact", "referral", "administrative"})
_TELLING = frozenset(table(WORDS, CLAIM_WORDS, "telling_verbs"))  # lint/data/claim-words.toml


def _tells_a_finding(reading, strict=False):
    """A clause of health made a noun by こと as what is told (〜とお産が長引きやすいことなどもお話しします, 保湿剤は…塗ると
    効果的であることをお伝えします): the service's frame carries a statement the page makes. Not a question (〜かどうか,
    〜か), nor a clause with no word of health."""
    # the page or the service telling (a statement); a request that the reader tell (抗凝固薬を使っていることを医師に
    # 伝えてください) tells the reader's own situation, no finding
    # (fifty-fourth session) after a transition, a verb of going through (〜ことを見ていきます, 〜ことをまとめました) takes a
    # proposition only: a clause with its own subject (ワクチンが…予防にもなること), not a thing to do (〜に気をつけること)
    telling = bool(_heads(reading) & _TELLING or _TELLING & reading.lemmas)
    if (
        reading.lang != "ja"
        or reading.mood != "statement"
        or not (telling or (strict and _heads(reading) & _WALKING_THROUGH))
    ):
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号" or t.surface_form in ("、", "，")]
    for k in range(1, len(tokens) - 1):
        if not (_lemma(tokens[k]) == "こと" and tokens[k].pos_detail_1 == "非自立"):
            continue
        before = tokens[k - 1]
        if before.pos not in ("動詞", "形容詞", "助動詞") and before.surface_form != "な":
            continue
        if before.surface_form == "か" or (k > 1 and tokens[k - 2].surface_form == "か"):
            continue
        # things to do or to know (ご家族ができること, 気をつけたいこと, 知っておいていただきたいこと): a relative
        # clause naming the section's topic, no proposition
        if (
            _lemma(before) in ("できる", "たい", "ほしい", "べし")
            or before.pos_detail_1 == "接尾"
            and _lemma(before) == "れる"
        ):
            continue
        # the clause is what is told (〜ことを, 〜ことについて, 〜ことなども), not a case or a tendency (〜ことがあれば)
        following = tokens[k + 1].surface_form
        if following not in ("を", "について", "など", "も", "は") or (
            following in ("も", "は") and k + 2 < len(tokens) and _lemma(tokens[k + 2]) == "ある"
        ):
            continue
        start = max((j + 1 for j in range(k) if tokens[j].surface_form in ("、", "，") and j < k - 1), default=0)
        clause = tokens[start:k]
        # the clause may reach back past a comma to its subject (保湿剤は、…塗ると効果的であること)
        wide = tokens[:k]
        if strict and (not _health_beyond_care(clause) or "必要" in {_lemma(t) for t in clause}):
            continue  # (after a transition) a word of health, not of the visit (入院の手続きが複雑であること)
        if not telling and not (
            {t.surface_form for t in clause if t.pos == "助詞"} & {"が", "は"}
            and not "".join(t.surface_form for t in clause).endswith(_THINGS_TO_DO)
        ):
            continue
        if medical.medical_words(clause) or (EFFECT_WORDS | SIGN_NOUNS) & {_lemma(t) for t in wide}:
            # a predicate, or a copula ending the clause (治療は…改善が基本であること: fifty-fourth session)
            if any(t.pos in ("動詞", "形容詞") or t.pos_detail_1 == "形容動詞語幹" for t in clause) or (
                before.pos == "助動詞" and _lemma(before) in ("だ", "ある") and len(clause) > 2
            ):
                return True
    return False


# verbs of a thing the reader is to do or keep in mind, closing a relative clause on こと (〜に気をつけること)
_THINGS_TO_DO = (
    "気をつける",
    "気を付ける",
    "注意する",
    "心がける",
    "心掛ける",
    "知っておく",
    "覚えておく",
    "守る",
    "確認する",
)
_CAUSES = frozenset(table(WORDS, CLAIM_WORDS, "cause_words"))  # lint/data/claim-words.toml


def _health_given_as_reason(reading):
    """A clause of reason before the main clause that states something of health: a word of effect or sign with a
    finite predicate (_reason_states), or a word of health with a cause or a tendency (受動喫煙はお子さんのぜんそくや
    中耳炎の原因になるため, 花粉症のお薬には眠くなるものがあるため)."""
    if _reason_states(reading):
        return True
    if reading.lang != "ja":
        return False
    for _, clause in _comma_reasons(reading.tokens):
        if medical.medical_words(clause) and _CAUSES & {_lemma(t) for t in clause}:
            return True
    return False


def _exemption(unit, sentence, kinds, reading, health, words=(), found=()):
    # (same length as the sentence: offsets of quantities hold)
    text = _unfaced(sentence.text)
    lower = text.lower()
    label = _label_like(unit)
    # a relative time of an action of administration (三週間後に郵送いたします) is no health number
    health = [q for q in health if not _administrative_time(q, text, reading)]
    # "once" in a referral (まずは一度、…医師とお話ししてみてください) counts no dose or schedule
    health = [q for q in health if not _once_in_a_referral(q, text, reading, health)]
    # the hours a line or a ward is open (Helpline: … (open 24 hours)) are no health number
    open_hours = _en_open_hours(health, text, kinds)
    health = [q for q in health if id(q) not in open_hours]
    # (ninth session) an age that says who a programme of payment or support covers (65歳以上の方は公費助成の対象と
    # なります) is a criterion of eligibility, not a figure about health
    # (from the review) not beside a reason or a tendency (重症化しやすいため、…対象となります: a claim of health that
    # the age goes with)
    if any(q.unit in ("歳", "才") for q in health) and _programme_scope(reading) and not _reason_of_health(reading):
        health = [q for q in health if q.unit not in ("歳", "才")]
    if not _has_letters(text):
        return "no-letters"
    if _blank_date(text):
        return "date"  # 手術日：　　年　　月　　日: a line of a form to fill in, no date stated
    if _has_letters(_masked_references(text)) is False:
        return "reference"
    if label and _label_holds(label, text, lower, reading, health, words):
        return label
    if not reading.predicate and not health and kinds and _only_dates(text):
        return "date" if kinds == {"date"} else "contact"  # only a time, a date or a number: 7時30分〜11時
    if not health and kinds & {"date", "clock"} and _labelled_dates(text):
        return "date" if "date" in kinds else "contact"  # 受付期間：2026年5月1日（金）〜2027年2月28日（日）
    if not reading.predicate and not health and reading.lang == "ja" and _lists_documents(text):
        return "administrative"  # マイナ保険証または資格確認書、お薬手帳、入院申込書 (what to bring)
    if not reading.predicate and not health and reading.lang == "ja" and _credits_a_person(reading):
        return "byline"  # 監修：井上雅彦 (tenth session)
    if not health and reading.lang == "ja" and _career_line(reading, text):
        return "career"  # 2010年〇〇大学医学部卒。 (twelfth session)
    if (
        unit.kind != "list-item"  # (from the review) an item may complete its lead: 次の方は飲めません： - 妊娠中の方は
        and not unit.cell  # (twenty-fifth review) a cell completes its row: | メトホルミン | 初期治療として |
        and not reading.predicate
        and not health
        and reading.lang == "ja"
        and _lead_in(reading, words, lower)
    ):
        return "lead-in"  # 予防には：, 体内で、 (twelfth session)
    if not reading.predicate and not health and reading.lang == "ja" and _names_a_service(text):
        return (
            "contact"  # the name of a service or department as a cell or item: 糖尿病内科・フットケア外来（午後のみ）
        )
    if not health and "date" in kinds and _date_comment(reading, text, found):
        return "date"  # (thirty-third session) 患者会の次回の集まりは、2027年2月20日（土）です: when, and nothing else
    if not health and kinds & {"date", "clock"} and _administrative_period(reading, text):
        return "date" if "date" in kinds else "contact"  # 〜の開設期間は、六月一日から九月三十日までです
    # (tenth session, from the fact check) a question quoted whole that holds a health number (「塩分は1日6g未満が目標
    # なの、知ってた？」) states the number as the hook's answer: it keeps its citation, as it did before quoted
    # questions were read as questions
    quoted_with_number = bool(health) and text.lstrip()[:1] in "「『“"
    # (twelfth session) so does a question that states a figure of health (a rate, a proportion, a dose: 尿中に1日で3.5g以上の
    # 蛋白質が失われているか。, a criterion put as a question); one period or age asks about a stage (生後2か月から受けられますか？)
    # (second review) only a criterion put as a plain question (…失われているか。), not a reader's question (1日2回飲んでも
    # 大丈夫ですか？, 1日30分の運動で効果はありますか？)
    quoted_with_number = quoted_with_number or (bool(health) and _criterion_question(text))
    if (
        reading.mood == "question"
        and not (reading.rhetorical and _advice_asked(text, reading, words))
        and not quoted_with_number
    ):
        # advice put as a negative question (〜続けたほうがよいのではないでしょうか, 〜しておくと安心ではないでしょうか)
        # is still advice
        return "question"
    # (eleventh session) a sentence that is one quotation and nothing else, ending in the speaker's inner state
    # (「…診てもらうべきか不安…」, 「…気がする」), gives the words of a reader or a patient, not the page's own statement; with a health number it keeps its citation, as a question
    # quoted whole does. A quotation without such a mark may be the page's slogan or fact in quotation marks
    # (「熱中症は室内でも起こる」, 「早めの受診が大切」: from the review), and a request, a volitional, a polite ending or
    # a recommendation that ends the sentence is the page's own voice (「手洗いを習慣にしましょう」)
    if (
        not health
        and reading.lang == "ja"
        and grammar.quoted_whole(text)
        and _voiced(text, reading)
        and not _quoted_advice(text, reading, words)
    ):
        return "voice"
    if not health and reading.lang == "ja" and _voices_in_series(text, words):
        return "voice"  # (fourteenth session) 「…と耳にした」「…が心配」: voices one after another
    if (
        not health
        and unit.kind == "heading"
        and reading.lang == "ja"
        and reading.mood == "statement"
        and _worry_about_one_thing(reading)
    ):
        return "voice"  # (twenty-fifth session) a heading in the reader's words: ## 歯ぎしりが気になる, ## 再発が心配
    # (from a review of hostile inputs) a link whose text is a whole sentence, closed by its full stop
    # ([門脈血栓症には抗凝固療法が必要です。](…)), says what it says: only a name of a page (よくある質問) is navigation
    if unit.links and _only_link_text(unit, sentence) and not text.rstrip().endswith(("。", "．", "！", "!")):
        return "navigation"
    stripped = grammar.core_text(text)
    bare = re.sub(
        r"(?:です|でした|でございます)?[。．.！!]*$", "", stripped
    )  # おつかれさまです: the greeting is the predicate
    # the greeting as read, from the sentence's own tokens (no second reading on every sentence), without the copula
    spoken = _SPOKEN_COPULA_RE.sub("", _spoken_tokens(reading.tokens)) if reading.lang == "ja" else ""
    if (
        (any(g in lower for g in GREETINGS) or any(g in spoken for g in _greeting_readings()))
        and not health
        and (
            reading.interjection
            or reading.head in ("幸い", "")
            or reading.lang == "en"
            or bare.endswith(GREETINGS)
            or spoken.endswith(_greeting_readings())
        )
    ):
        return "greeting"
    if reading.wish and not health:
        return "greeting"  # a wish for the reader: 皆さまが元気にお過ごしになれますように
    if reading.lang == "en" and _EN_WISH.search(lower) and not health:
        return "greeting"  # (twenty-seventh session) the care team wish your child a speedy recovery; Get well soon!
    if (
        reading.lang == "en"
        and (_EN_COURTESY.match(lower.strip()) or _en_not_alone(lower.strip()) or _EN_PRAISE.match(lower.strip()))
        and not health
    ):
        return "greeting"  # (twenty-eighth session) Take care and stay well; …is hard work, and you are not alone
    if _empathic_conjecture(reading) and not health and not _claim_in_empathy(reading):
        # (thirty-second session) not with a health number (十人に一人が経験するといわれ、不安に感じる方も…) nor a claim in
        # empathy's shape (_claim_in_empathy: one guard for every reading of empathy)
        return "greeting"  # the writer supposes how some readers feel: 〜と感じる方もいらっしゃると思います
    if _wished_days(reading) and not health:
        return "greeting"  # the same as a courtesy: どうぞご無理のないようお過ごしください (seventh session)
    if reading.lang == "ja" and reading.mood == "statement" and reading.head in WISH_HEADS and not health:
        return "greeting"  # the writer's wish: 一日も早く…楽になることを願っております
    if reading.lang == "ja" and reading.head in WISH_FEELINGS and _wished_relation(reading) and not health:
        return "greeting"  # the writer's wish as a feeling: 〜見守っていけたらうれしいです (eighth session)
    if reading.greets and not health:
        return "greeting"  # the final predicate is an interjection: おめでとうございます, お疲れさまでした
    # a salutation names whom the page addresses, with no condition and no topic: 初めての方は総合受付へ and
    # 〜が続くなら皮膚科へ send the reader somewhere
    if reading.addressee and not health and not reading.condition and not reading.topic:
        return "greeting"  # a salutation: 手術を受けられる皆さまへ
    if (
        _clipped_request(reading) == "へ"
        and not health
        and not _care_seeking(text, reading)
        # the verb left out of a direction is to go and be seen, so emergency care under a circumstance insists as
        # in a request to be seen (care_urgency): 〜といったときは救急外来へ is care-seeking advice, while
        # 夜間の受診は救急外来へ only says where the service is
        and not (_CARE_URGENT.search(lower) and reading.circumstance)
    ):
        return "referral"  # the reader sent to a place, the verb left out: 初めての方は総合受付へ
    # (a word of the text's history may belong to a study: 2020年に公開された研究で、運動で認知症が…)
    if kinds & {"date", "serial"} and not health and _about_the_text(lower) and not _reports_research(reading):
        return "date"  # 2026年4月時点, 令和8年に改訂, Version 2.1, Issue 3
    # the document sent (このお知らせは…六十五歳になる方にお送りしています): the number names its addressees
    if DOCUMENT_SUBJECT.search(stripped) and (
        not health or _heads(reading) & ADMINISTRATIVE_HEADS or all(q.unit in TEXT_UNITS for q in health)
    ):  # このチラシは…A4判1枚にまとめたものです: the sheets of the text
        return "page-discourse"
    advises = bool(_recommending(words, text)) or ADVICE.search(lower) or PROHIBITION.search(lower)
    if (
        (_shares_feeling(reading) or _feeling_shared_by_its_subject(reading))
        and not (health or advises)
        and not _claim_in_empathy(reading)
    ):
        return "greeting"  # empathy: 不安になりますよね, 気持ちまでふさぎこんでしまいますよね
    if _en_empathy(lower) and not health and not advises and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas:
        return "greeting"  # We know how frightening it can be to watch your child have a seizure
    if reading.lang == "en" and _EN_WRITER_SUPPORT.match(lower) and not health and not advises:
        return "referral"  # Your local pharmacist will be happy to help; We're here to help.
    if _addresses_reader(reading) and not health and not advises and not _claim_in_empathy(reading):
        return "greeting"  # さぞ不安だったことと思います, 頑張っていらっしゃいますね, 私たちもサポートします
    # encouragement that sends the reader to care urgently (一人で抱え込まず、すぐに…ご相談ください) is care-seeking
    sends_to_care = bool(_heads(reading) & (REFERRAL_HEADS | CARE_HEADS)) and _care_seeking(text, reading)
    if _encourages(reading) and not health and not advises and not sends_to_care:
        return "greeting"  # ひとりで頑張らなくても大丈夫, さぞ驚かれたことでしょう, スタッフ一同応援しています
    empathic = (
        _feeling_addressed(reading)
        or _feeling_holders(reading)
        or _normalises_feeling(reading)
        or _thought_feeling(reading)
    ) and not _claim_in_empathy(reading)
    if (
        empathic
        or _reader_feeling(reading)
        or _seasonal(reading)
        or _season_arrives(reading)
        or _courtesy_wish(reading)
        or _seasonal_wish(reading)
        or _supports_reader(reading)
        or _writer_attitude(reading)
        or _effort_for_a_goal(reading)
    ) and not (health or advises):
        return (
            "greeting"  # 〜と、心配になりますよね, 慌ててしまうのは当たり前のことです, 寒さが厳しくなってまいりました
        )
    if (
        reading.lang == "en"
        and _en_feeling(lower)
        and not (health or advises)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    ):
        return "greeting"  # Living with hair loss can be upsetting, and it is normal to feel this way
    if reading.mood == "request" and reading.head in ACKNOWLEDGEMENT_HEADS and not (health or reading.negative):
        return "page-discourse"  # あらかじめご了承ください: the page's notice acknowledged
    if (
        reading.lang == "ja"
        and reading.mood == "request"
        and reading.head == "協力"
        # in the institution's place (院内では, 病棟では) or for a thing of administration (アンケートにご協力
        # ください); 手術前後の禁煙にご協力ください asks for a medical act and stays advice
        and (_in_institution(reading) or _cooperation_object(reading) in ADMINISTRATIVE_HEAD_NOUNS)
        and not (health or advises or reading.negative)
        and not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas
        and not _care_seeking(text, reading)
    ):
        return "administrative"  # 院内では、マスクの着用にご協力ください: the institution's rule, cooperation asked
    if (
        reading.lang == "en"
        and reading.mood == "statement"
        and reading.head in SUPPORT_HEADS
        and ("you" in reading.lemmas or _en_offer_alone(lower, reading.head))
        and (reading.subject == {"we"} or ("our" in reading.subject and CARE_ROLES & reading.subject))
        and (_en_supports_only_you(lower, reading.head) or _en_offer_alone(lower, reading.head))
        and not (health or advises or reading.negative)
        and not _en_effect_or_sign(reading)
    ):
        return "greeting"  # We are here to support you and your family (私たちもサポートします)
    if (
        (
            _names_the_text(reading)
            or _predicates_the_text(reading)
            or _made_text(reading)
            or _page_as_means(reading)
            or _story_of_the_page(reading)
        )
        and not health
        and not advises
    ):
        return "page-discourse"  # whatever it says of itself: 以下の内容は…書かれています, この章のまとめです
    if (
        not health
        and not advises
        and (_TEXT_SUMMARISED.match(core := grammar.core_text(text)) or _TEXT_GENERAL.match(core))
    ):
        # (thirty-third session) 以上が、骨粗しょう症検診の概要です: the text summed up; この冊子に書かれているのは一般的な
        # 内容です: the text called general (a disclaimer)
        return "page-discourse"
    if _this_time_about(text) and not health and not advises and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas:
        return "page-discourse"  # 今回は、腎臓がんについてです (twelfth session)
    if not health and _names_a_term(reading):
        return (
            "naming"  # これを深部静脈血栓症といいます, ドライマウスは医学用語では口腔乾燥症と呼びます (twelfth session)
        )
    if (
        (_figure_topic(reading, found) or _defines_term(reading) or _page_usage(reading) or _en_figure_subject(reading))
        and not health
        and not advises
        and not _shows_a_finding(reading, grammar.core_text(text))
    ):
        return "page-discourse"  # 図1は…見取り図です, 文中の「血糖値」は…として使っています, Figure 1 is a copy of …
    if (
        reading.mood == "statement"
        and not health
        and not advises
        and (
            reading.humble
            or reading.head in HUMBLE_HEADS
            or ((reading.head in WRITER_HEADS or _intended_head(reading) in WRITER_HEADS) and _writer_speaks(reading))
            # (twelfth session) a headline that clips the verb of presenting: 〜の原因・治療法を専門医が解説
            or (_clipped_presenting(reading) and _writer_speaks(reading, clipped=True))
            # the writer on how the page is written: やさしい言葉で書きました, 読み方をつけています
            or (reading.head in WRITING_HEADS and _written_with(reading, text) and _writer_speaks(reading))
        )
        and not (reading.negative and reading.head in USE_HEADS)  # ご使用できません is a contraindication
    ):
        if reading.humble and _topic_act(reading) & (ACCESS_HEADS | ADMINISTRATIVE_HEADS):
            return "administrative"  # an act of administration asked for humbly: 書類の提出は…までにお願いします
        return "page-discourse"  # the writer: 今度は検査についてお話しします, 結果は次回お伝えします, 〜も紹介します
    if not health and not advises and _points_ahead(unit, sentence, reading):
        return "lead-in"  # 主な症状は次のとおりです, 以下のような症状がみられます (thirteenth session)
    if not health and _request_points_ahead(unit, sentence, reading):
        return "lead-in"  # 次のような症状に気づいたら、早めに受診しましょう: the list says when (fifteenth session)
    if (
        reading.mood == "volitional"
        and not health
        and not advises
        and COMPANIONS & reading.lemmas
        # (ninth session) or a verb of thinking or facing together, whatever its object (これからのことを、一緒に
        # 考えていきましょう)
        and (
            not _has_object(reading)
            or _writer_partners(reading)
            or (_heads(reading) & DELIBERATION_HEADS and not _other_companion(reading))
        )
    ):
        return "greeting"  # encouragement with the writer as companion: 一緒にがんばりましょう
    if SELF_REFERENCE.search(stripped) or "reference" in kinds or _mentions_the_text(reading):
        if (
            (
                reading.head in PRESENTATION_HEADS
                or (reading.lang == "en" and PRESENTATION_HEADS & reading.lemmas)
                or (reading.lang == "en" and reading.head in DISCOURSE_HEADS)
            )
            and not _shows_a_finding(reading, stripped)
            and not _en_claim_beside_a_pointer(reading, stripped, health)
            and not (reading.mood == "request" and _text_only_in_modifying_clauses(reading))
        ):
            return "page-discourse"  # Your nurse will go through this sheet with you
        # the text must be what the request is about (この冊子を保管してください), not a modifier of it: 下の表の
        # 薬を飲んでください asks the reader to take the medicines the table lists
        about_the_text = _text_argument(reading) if reading.lang == "ja" else SELF_REFERENCE.search(stripped)
        if (
            reading.mood == "request"
            and about_the_text
            and not health
            and not advises  # 下の表にある食品は、妊娠中は避けてください forbids: a rule of care
            and not _care_seeking(text, reading)
        ):
            return "page-discourse"  # この冊子を保管してください, Keep this leaflet
        if (
            _heads(reading) & (ACCESS_HEADS | LOCATION_HEADS | MOVE_HEADS)
            and _text_is_place(reading)
            and not health
            and not advises
            and not reading.negative
        ):
            # the text as the place: 巻末の用語集で確認できます; with a link, [一覧](…)のページにあります
            return "navigation" if _links_in(unit, sentence) else "page-discourse"
    if _opens_transition(stripped) and not health:
        if (
            # 〜ましょう takes the writer along (ここで視点を変えてみましょう); an invitation (〜てみませんか) asks the
            # reader alone to act, which no transition of the text does
            (reading.mood == "volitional" and not reading.invitation and _thinks_along(reading))
            or reading.head in DISCOURSE_HEADS
            or reading.head in PRESENTATION_HEADS
            or (reading.lang == "en" and DISCOURSE_HEADS & reading.lemmas)
        ):
            return "transition"
    if reading.mood == "volitional" and reading.lang == "en" and reading.head in DISCOURSE_HEADS:
        return "transition"
    if reading.lang == "ja" and reading.mood in ("volitional", "statement") and not advises and _text_as_goal(reading):
        # 前置きが長くなりましたが、本題に入りましょう (seventh session, claims-blind29); the writer's own move in the
        # plain statement too: ここから本題に入ります (forty-second session)
        return "transition"
    if (
        reading.lang == "ja"
        and not health
        and reading.head in DISCOURSE_HEADS
        and _opens_transition(stripped, clause=True)
    ):
        # an opener after a leading clause: 前置きが長くなりましたが、それでは…に移りましょう (the head must
        # move the text on: 朝起きたら、まず血圧を測りましょう stays advice)
        return "transition"
    if (
        reading.lang == "ja"
        and reading.mood == "statement"
        and reading.head in REACHABLE_HEADS
        and not reading.negative
        and all(q.unit in SESSION_UNITS for q in health)
        and (kinds & {"clock", "contact"} or health)
        and not (advises or medical.medical_words(reading.tokens))
    ):
        return "contact"  # a line reachable for a length of hours: 24時間つながります
    if (
        reading.lang == "en"
        and _EN_WE_CONTACT.search(lower)
        and not (health or advises or reading.negative or _en_effect_or_sign(reading) or _care_seeking(text, reading))
    ):
        return "contact"  # Leave a message and we will call you back: the service contacting the reader
    if (
        reading.lang == "en"
        and _EN_QUESTIONS_PREPARED.search(lower)
        and not (health or reading.negative or _en_effect_or_sign(reading) or _care_seeking(text, reading))
    ):
        return "referral"  # You may find it helpful to write down your questions: preparing to ask the care team
    if (
        reading.lang == "en"
        and reading.mood == "statement"
        and _en_service_offers(lower)
        and not (health or advises or reading.negative or _en_effect_or_sign(reading))
    ):
        return "contact"  # a service as subject offering a service: The clinic also offers phone appointments
    if _records_a_date(reading) and not (health or PROHIBITION.search(lower)):
        return "administrative"  # 健診の日付は、手帳にも書いておいてください: record keeping
    if _permits_presence(reading) and not health:  # (a word of permission, 〜てもかまいません, is what it reads)
        return "administrative"  # ご家族も診察に同席していただいてかまいません: the institution's arrangement
    service = any(w in lower for w in SERVICE)
    if health and "clock" in kinds and service and all(q.unit in SESSION_UNITS for q in health):
        return "contact"  # 毎月第2木曜日の午後2時から1時間ほど開いています: the length of a session
    if not health:
        hours = DAYS.search(text) and sum(q.kind == "clock" for q in found) >= 2  # 平日9時〜16時
        # someone present from one hour to another: 薬剤師は、毎日10時から19時まで店舗に常駐しています
        hours = hours or (
            sum(q.kind == "clock" for q in found) >= 2
            and reading.topic_text.endswith(STAFF_SUFFIXES)
            and _predicate_class(reading) == "existence"
            and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
        )
        # a place staffed or open from one hour to another: The first-aid post is staffed from 8 am to 5 pm
        hours = hours or (
            reading.lang == "en"
            and reading.head in PRESENCE_HEADS
            and sum(q.kind == "clock" for q in found) >= 2
            and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
        )
        # English: someone runs or holds a service on days or at hours (Our physiotherapists run a walk-in clinic on
        # weekday afternoons): the verb of operating with a service as its object
        hours = hours or (
            reading.lang == "en"
            and ("clock" in kinds or bool(DAYS.search(text)))
            and _en_operates_service(lower)
            and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
        )
        # (forty-second session) a floor of the reader's home (2階の寝室から1階の和室へ) is no address of a service
        # (from a review) only words of a home alone (部屋, 浴室, 和室 are the hospital's too), and no place of the
        # institution beside them (家からお持ちの寝間着は、病棟2階のランドリーで)
        at_home = any(_lemma(t) in _ONLY_AT_HOME for t in reading.tokens) and not any(
            "".join(x.surface_form for x in g).endswith(_INSTITUTION_PLACES)
            for g, _ in medical.noun_groups(reading.tokens)
        )
        # (forty-second session) an e-mail address is a contact as a telephone number is (You can e-mail the support desk
        # at support@example.jp)
        email = _EMAIL_ADDRESS.search(text) is not None
        if (
            "contact" in kinds
            and not at_home
            or email
            or hours
            or (("clock" in kinds or DAYS.search(text)) and service)
        ) and not _care_seeking(text, reading):
            return "contact"
        # a link in a sentence that seeks care (〜を確認のうえ、すぐに受診してください) is not its place
        seeks_care = reading.predicate and reading.head not in ACCESS_HEADS and _care_seeking(text, reading)
        if (
            _links_in(unit, sentence)
            and not seeks_care
            and (
                not reading.predicate
                or (  # 〜の一覧は、[こちら](…)です; not an effect shown by evidence (効果は、[試験](…)で確かめられています)
                    _link_predicated(unit, sentence)
                    and not (advises or reading.negative or EFFECT_WORDS & reading.lemmas)
                    and not any(noun in text for noun in EVIDENCE_NOUNS)
                )
                # a verb of moving with a subject of its own is not the reader moving: 歩く力が戻る
                or (reading.head in REFERRAL_HEADS and not (reading.head in MOVE_HEADS and reading.topic))
                # (twenty-seventh session) the linked page or file as what the reader is asked to use or read
                # ([鉄を多く含む食品リスト（PDF）](…)もあわせてご利用ください)
                or (
                    reading.mood == "request"
                    and reading.head in ACCESS_HEADS
                    and _link_is_object(unit, sentence, reading)
                )
                or reading.first_word in REFERRAL_HEADS
                or (
                    _heads(reading)
                    & (LOCATION_HEADS | PRESENTATION_HEADS | ACCESS_HEADS | (ADMINISTRATIVE_HEADS - MOVE_HEADS))
                    and _link_is_place(unit, sentence)  # 用紙は[〜のページ](…)で配布しています
                )
                or (  # a procedure carried out at the link: お申込みは、[フォーム](…)から行えます (not 手術は[腹腔鏡](…)で)
                    _heads(reading) & OFFER_SERVICE_HEADS
                    and _topic_compound(reading).endswith(tuple(ADMINISTRATIVE_HEAD_NOUNS - FEE_NOUNS))
                    and _link_is_place(unit, sentence)
                )
                or (  # moving needs the page as its place: [耳鳴りの治療](…)のページに移りました
                    _heads(reading) & MOVE_HEADS and _text_is_place(reading)
                )
            )
        ):
            return "navigation"  # [こちら](…)から入手できます, [〜](…)のページに移りました
        if (
            reading.mood == "statement"
            and (reading.offer or _offered_in_the_potential(reading))
            and _heads(reading) & (REFERRAL_HEADS | ACCESS_HEADS)
            and not reading.negative
            and not advises
            and not seeks_care
            # (twenty-eighth session) a reason of health for the offer states it: 乾癬は人にうつる病気ではないため、
            # プールも…利用していただけます
            and not _stated_health_reason(reading.tokens)
        ):
            return "referral"  # the reader is offered a consultation or a page: 相談窓口でご相談いただけます
        if (
            reading.mood == "statement"
            and (
                (reading.head in OFFER_HEADS and (QUESTION_WORDS & reading.lemmas or "you" in reading.lemmas))
                or (
                    reading.head in ROLE_OFFER_HEADS
                    and CARE_ROLES & reading.subject
                    and "you" in reading.lemmas
                    # seeing or meeting is an offer only of the reader as its object (Your doctor can see you; not
                    # can see from a blood test whether you have …)
                    and (reading.head not in ("see", "meet") or _SEES_YOU.search(lower))
                )
            )
            and not advises
            and not _care_seeking(text, reading)
            # an offer that states an effect (…help you stop smoking, which halves your risk) is a claim
            and not (reading.lang == "en" and _en_effect_or_sign(reading))
        ):
            return (
                "referral"  # a service takes the reader's questions: 〜が相談に応じています, Your GP can tell you more
            )
        if (
            reading.mood in ("request", "volitional")
            and (
                (
                    _heads(reading) & REFERRAL_HEADS
                    and not _screen_step_after_an_act(reading)
                    and not _checks_for_a_condition(reading)
                )
                or _chained_referral(reading)  # 担当医と話し合って決めていきましょう
                or (_heads(reading) & SERVICE_USE_HEADS and _service_object(reading))
                or _told_by_someone(reading)  # 担当医から説明を受けてください
            )
            and not reading.negative
            and not _care_seeking(text, reading)
            # the frame of a polite recommendation (受診することをお勧めします) is the request's form, not its word
            and not _recommending(words, text, within=_without_advice_frame(text, reading))
            # (twelfth session) a reason of health beside the request states it: 除菌の薬が影響を及ぼす可能性があるので、
            # 必ず主治医に知らせましょう
            and not _effect_reason_clause(reading.tokens)
            # (thirty-third session) so does a purpose of health: 発作に備えて、吸入薬をお持ちください
            and not (reading.lang == "ja" and _purpose_of_health(text))
            # (thirty-first session) an English request that carries care beside its referral: Call us before you stop
            # taking clozapine, Please arrive having had nothing to eat since midnight
            and not (reading.lang == "en" and _en_request_carries_care(text))
            # (thirty-fourth session) and a Japanese one: 降圧薬は朝いつもどおり飲んでから来院してください
            and not (reading.lang == "ja" and _ja_request_carries_care(reading))
            # (thirty-sixth session, from the review) a moment of the visit is read by _practical, which reads the
            # request's words: here 透析が終わりましたら、シャントの音を毎日聞いてください went through
            and not _moment_of_the_visit(reading)
            # (forty-fifth session) visitors selected by a symptom and sent on by haste, refusal or a room of care
            and not _triage(reading)
        ):
            return "referral"  # 中止や変更は主治医と相談してください (a recommendation word) is advice
        if (
            reading.mood == "statement"
            and (_evaluated_referral(reading) or _chained_referral(reading))
            and not reading.negative
            and not _care_seeking(text, reading)
            and not any(w and w in text for w in words)
        ):
            return "referral"  # a referral judged useful: 前もって主治医と相談しておくと安心です
        if (
            reading.mood == "request"
            and _procedure_requested(reading)
            and not reading.negative
            and not _care_seeking(text, reading)
            and not advises
        ):
            return "referral"  # a procedure of administration: 診察券の更新手続きは、今月末までにお済ませください
    if (
        _service_topic(reading)
        # 二十四時間つながります, 年4回開催; a cap or a time ahead: 2名まで, 2か月先まで埋まっております
        and all(
            q.unit in SESSION_UNITS
            or (reading.lang == "en" and _EN_SESSION_UNIT.match(text[q.end :]))  # Appointments last about 30 minutes
            or q.unit == "回"
            or text[q.end :].lstrip().startswith(("まで", "先", "前まで"))  # 受診日の3日前までに: a deadline
            # the period of a count (1日2名まで), read on its own; with an object it is a regimen (1日3回…運動を行います)
            or (any(p.start == q.end for p in health) and "を" not in {t.surface_form for t in reading.tokens})
            for q in health
        )
        and (
            DAYS.search(text)
            or kinds & {"clock", "date"}
            or health
            or _heads(reading)
            & (SERVICE_HEADS | ACCESS_HEADS | REFERRAL_HEADS | MOVE_HEADS)  # 予約はオンラインでできます
        )
        and not advises
        and not _care_seeking(text, reading)
    ):
        return "contact"  # a service's days, hours or procedure: 専門外来は月・水・金曜日の午前に行っています
    if _administrative_predicate(reading, text, health) and not _care_seeking(text, reading):
        return "administrative"  # 同意書へのご署名が必要です, 更年期外来は完全予約制です, 3時間まで無料です
    # a recommendation word as the head of the institution's own scheduled act (〜の接種を10月1日から開始します)
    # reports the act; anywhere else in the sentence it still advises
    advises_besides_head = (
        any(w and w in text and w != reading.head for w in words) or ADVICE.search(lower) or PROHIBITION.search(lower)
    )
    if (
        _administrative(reading, text, kinds)
        and not health
        and not advises_besides_head
        and not _care_seeking(text, reading)
    ):
        return "administrative"  # 講習会は7月20日に開催しました, 〜室は令和八年三月に移転いたします
    if _administrative_topic(reading, text, kinds, health) and not advises and not _care_seeking(text, reading):
        return "administrative"  # 参加費は無料です, 締め切りは各回の一週間前です, 当院では〜相談も行っています
    if (
        _service_topic(reading)
        and not health
        and not advises
        and not reading.negative
        and _predicate_class(reading) == "existence"
    ):
        return "contact"  # a service's place: 駐車場は病院の北側にございます
    if (
        _holds_event(reading, health)
        or ((_fee_statement(reading) or _had_free(reading) or _scheme_pays(reading)) and not health)
    ) and not advises:
        return "administrative"  # 講習会を随時行っています, 1通につき3,300円の文書料がかかります
    if reading.mood == "statement" and _waits_for_administration(reading, text) and not health and not advises:
        return "administrative"  # 診断書の発行には、1週間ほどお時間をいただきます
    if (
        (_states_a_price(reading, text, kinds) or _en_states_a_price(reading, text, kinds))
        and not health
        and not advises
    ):
        return "administrative"  # 頭部MRI検査は3割負担で約6,000円です: a price as the copula's noun
    if (
        reading.mood == "statement"
        and not health
        # (ninth session) or a day of every month (毎月15日と月末に): a recurring date is a schedule as a weekday is
        and (DAYS.search(text) or "毎月" in text and "date" in kinds)
        and (
            ((_heads(reading) & SERVICE_HEADS or reading.head == "行く") and _ongoing(reading))  # IPADIC: 行く too
            # or the days on which it can be had: 〜検診は、毎週火曜日の午後に受けられます; not whom it suits
            # (妊娠中の方でも, ペースメーカーのある方も) nor why (負担が少ないので): eligibility and safety
            or (reading.head in OFFER_SERVICE_HEADS and _potential(reading) and not _whom_or_why(reading))
        )
        and not advises
        and not reading.negative
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    ):
        return "contact"  # a schedule kept: 〜の接種は、火曜日と木曜日の午後に行っています, 〜は火曜日に受けられます
    if (
        reading.mood == "statement"
        and not health
        and "date" in kinds
        and reading.head in SERVICE_HEADS
        and _service_object(reading)
        and not advises
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    ):
        return "contact"  # a service closed or opened at dates, the service as object: 年末年始は、〜外来を休診します
    if (_service_at_institution(reading) or _offers_service(reading)) and not (health or advises):
        return "contact"  # 市内の協力医療機関で受けることができます, オンライン診療にも対応しています
    if _programme_scope(reading) and not (health or advises):
        return "administrative"  # 高額療養費制度の対象となる場合があります
    if _schedule_decided(reading) and not (health or advises):
        return "administrative"  # 手術日は、次回の外来受診の際に決定いたします
    if _courteous_act(reading) and not (health or advises) and not _care_seeking(text, reading):
        return "administrative"  # 麻酔科医が病室に伺い、麻酔の説明をいたします: the institution reports its own act
    if (
        reading.mood == "request"
        and reading.condition_subjects
        and reading.condition_subjects <= SERVICE_NOUNS | ADMINISTRATIVE_HEAD_NOUNS
        and not (health or advises or reading.negative)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
        and not medical.medical_words(reading.tokens)
    ):
        return "contact"  # a request under a condition of a service, no word of health: 電話がつながらないときは…
    if _institution_acts(reading, text, health) and not advises and not _care_seeking(text, reading):
        return "administrative"  # 当院では月に2件まで実施しています, 教室は第2土曜日に行います: a service run
    main = _main_clause(reading) if reading.lang == "ja" and not (health or advises) else None
    if (
        main is not None
        and not _care_seeking(text, reading)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
        and (_administrative_predicate(main, main.text, []) or _administrative_topic(main, main.text, kinds, []))
    ):
        return "administrative"  # 〜は保険適用外のため、費用は全額自己負担となります: the main clause's topic
    # (eleventh session) a trail of links to the page (ホーム > 診療科を探す > 不整脈), or a line that names where the
    # page's facts come from (出典：「…」, 参考文献：…): navigation and a reference, whatever their words
    if not health and _breadcrumbs(unit.plain, linked=bool(unit.links)):
        return "navigation"
    if not health and _pager(text):
        return "navigation"  # 前のページ：〜　｜　次のページ：〜, → 次のページ「〜」へ進む, Next: … → (thirty-fifth session)
    if not health and _operates_the_screen(reading):
        return "navigation"  # 下の「よくある質問」をクリックして開いてください (thirty-fifth session)
    if not health and _names_its_source(text):
        return "reference"
    if not health and not advises and unit.kind == "paragraph" and not unit.part and _landmark(reading):
        return "navigation"  # ページの先頭です。 (twenty-fifth session)
    # a line with no full stop and no health number, as a paragraph of its own or a list item; with a health number it
    # stays a claim (服用：…1日2回)
    if unit.footnote or health or not _label_line(unit.plain):
        return None
    if unit.kind == "paragraph" and not unit.part:
        # (tenth session) the page's own chrome: a noun phrase about the page (このページに関するお問い合わせ), a
        # control in the plain form (このページの先頭へ戻る, 開く)
        if reading.lang == "ja" and not advises:
            if not reading.predicate and DOCUMENT_LABEL.search(grammar.core_text(text)):
                return "page-discourse"
            if _page_control(reading):
                return "navigation"
            if _skip_link(reading):
                return "navigation"
        # a label line (検査前日, 乳がん検診について) is read as a heading when nothing above has named what it is
        if (_noun_phrase(reading, bool(advises)) or _english_label_word(reading, unit.plain)) and _label_holds(
            "label", text, lower, reading, health, words
        ):
            return "label"
    # (tenth session) a bare list item under a lead that introduces a menu (see "list-label")
    if (
        unit.kind == "list-item"
        and _noun_phrase(reading, bool(advises))
        and _label_holds("label", text, lower, reading, health, words)
        and _names_only(unit.list_lead)
    ):
        return "list-label"
    # (fourteenth session) the words of a link or a menu with no link written: read last, so that a label line
    # (乳がん検診について) keeps its reason
    if not health and _points_to_here(reading):
        return "navigation"  # オンライン予約はこちら, 副作用の一覧はこちら
    return None


# what a comment that only gives a date may hold besides the date: an era, a weekday, a part of the day, a span, the copula
_DATE_COMMENT_WORDS = re.compile(
    r"令和|平成|昭和|元年|[〇一二三四五六七八九十]+(?=年|月|日)|[（(][月火水木金土日祝・]+[）)]|年度|年|月|日|午前|午後|夕方|夜|朝|ごろ|頃|"
    r"から|まで|までに|"
    r"の|です|でした|となります|となっております|となっています|予定|を予定しています|、|，|。|\s"
)


# the events of the world beside the nouns of evidence (EVIDENCE_NOUNS: ガイドライン, 研究, 報告, 統計) that a date may mark
_WORLD_EVENTS = re.compile(r"勧告|承認|認可|発売|発表|公表|発見|論文")


def _date_comment(reading, text, found):
    """(thirty-third session) The comment of a statement is a calendar date and nothing else (患者会の次回の集まりは、
    2027年2月20日（土）です; 本記事の初出は2023年12月です; 助成の対象期間は、令和8年4月1日から令和9年3月31日までです):
    it says when. The date must name a year or a day (a span of months, 流行のピークは1月から2月です, is a fact of health),
    and the topic holds no word of health (ワクチンの効果は、2027年3月までです is a claim)."""
    if reading.lang != "ja" or reading.mood != "statement" or not reading.topic or reading.topic_end == 0:
        return False
    topic = reading.topic_text
    at = text.find(topic)
    if at < 0 or medical.medical_words(reading.tokens[: reading.topic_end]):
        return False
    if any(noun in topic for noun in EVIDENCE_NOUNS) or _WORLD_EVENTS.search(topic):
        return False  # the date of a guideline, a study or an approval is a fact of the world (ガイドラインの公表は…)
    start = at + len(topic)
    dates = [q for q in found if q.kind == "date" and q.start >= start]
    if not any(text[q.start : q.end].endswith(("年", "日")) for q in dates):
        return False
    comment = list(text[start:])
    for q in dates:
        for k in range(q.start - start, q.end - start):
            comment[k] = " "
    rest = _DATE_COMMENT_WORDS.sub("", "".join(comment).lstrip("は"))
    return not _has_letters(rest) and not re.search(r"[0-9０-９]", rest)


# (thirty-third session) the text so far summed up as the summary of a topic: the text as subject (以上が, ここまでが),
# a noun of the text's form as the copula's complement (概要, まとめ, 要点), and no predicate between
_TEXT_SUMMARISED = re.compile(
    r"^(?:以上|ここまで|これまで|今回)(?:が|は|で)[、，]?[^、，。．]*?の?(?:概要|まとめ|要点|ポイント|あらまし|ご案内|お話"
    # (forty-second session) the text's account of a procedure, and its end: 以上が、検査の大まかな流れです, 以上で、
    # 手術前のご説明はおしまいです
    r"|ご説明|説明|流れ|おしまい|終わり)"
    r"(?:です|でした|になります|となります)[。．]?$"
)


_TEXT_GENERAL = re.compile(
    r"^(?:ここ|こちら|この(?:冊子|ページ|記事|パンフレット|資料|説明書|リーフレット|文書)|本(?:ページ|冊子|記事|資料))"
    r"(?:に|で)(?:書かれ|記載され|掲載され|紹介し|説明し|まとめ)て(?:いる|います|おります)(?:の|内容|情報|こと)は[、，]?"
    r"(?:あくまで(?:も)?)?(?:一般的|基本的|標準的)な(?:説明|内容|情報|お話|こと)(?:です|になります|となります)[。．]?$"
)


def _points_to_here(reading):
    """(fourteenth session) A noun phrase as topic and こちら as the whole comment (オンライン予約はこちら, 専門医がいる
    施設はこちら, 副作用の一覧はこちら), or a noun phrase and について alone, with no stop (便潜血法での大腸がん検診について):
    a pointer to a link or to what stands next, the words of a button or a menu; with its link written it is
    navigation already. The noun phrase must say nothing: no verb or adjective in it but one of being
    (いる, ある, できる): この薬が効く人はこちら stays a claim."""
    words = _words(reading)
    while words and (words[-1].basic_form in ("です", "だ", "ございます") or words[-1].pos == "助動詞"):
        words = words[:-1]
    if len(words) >= 3 and words[-1].surface_form == "こちら" and words[-2].surface_form in ("は", "も"):
        phrase = words[:-2]
    elif len(words) >= 2 and words[-1].surface_form == "について" and reading.tokens[-1].pos != "記号":
        phrase = words[:-1]  # a topic alone, the words of a link or a menu: 便潜血法での大腸がん検診について
    else:
        return False
    return all(t.pos not in ("動詞", "形容詞") or _lemma(t) in ("いる", "ある", "できる", "おる") for t in phrase)


def _voiced(text, reading):
    """(eleventh session) A quotation marked as someone's words rather than the page's: its very last words are the
    speaker's inner state, not negated: a worry or a trouble (〜か不安…, 困っている), a seeming (〜気がする, 〜ように思える)
    or not knowing what to do (どうすればいいか分からない). Narrowed by two reviews: a trailing …, 〜たい, a title in 『』
    and feeling words elsewhere in the line also end the page's own warnings and slogans (「朝食抜きは肥満のもと…」,
    「定期的に歯科健診を受けたい」, 『減塩で脳卒中予防』, 「脱水は高齢者にとって大変危険」)."""
    words = [t for t in reading.tokens if t.pos != "記号"]
    while words and words[-1].pos == "助詞" and words[-1].pos_detail_1 == "終助詞":
        words = words[:-1]  # 〜不安だなあ: the final particle only colours it
    if len(words) < 2:
        return False
    surfaces = "".join(t.surface_form for t in words[-4:])
    last = words[-1]
    if _lemma(last) in _INNER_STATES and last.pos in ("名詞", "動詞"):
        return True  # 〜べきか不安, 〜で困る (not 心配ない, 心配いらない: the last word is then the negation)
    if surfaces.endswith(("気がする", "ように思える", "ように思う", "気がします")):
        # (third review) not a change seen and done after a cause, a testimonial: 「このストレッチのおかげで、腰が軽く
        # なったように思える」, 「…飲んで、痛みが和らいだ気がする」; a worry under a condition stays a voice (「雨が
        # 降ると、膝が痛む気がする」, 「薬をやめたら、また悪くなる気がする」)
        return not _caused_change(reading.tokens)
    # (fourteenth session) what the speaker was told or heard, in the past (「…気になると言われた」, 「…原因だと耳にした」):
    # the words reported are another's, brought by the reader; a told thing in the present (「…と言われています」) is
    # hearsay the page repeats and stays a claim
    told = "".join(t.surface_form for t in words[-6:])
    if told.endswith(_TOLD_PAST):
        return True
    # not knowing what to do: an embedded question before 分からない (どうすればいいか分からない)
    return surfaces.endswith(("か分からない", "かわからない", "か分からなかった", "かわからなかった"))


_WORRY_ENDINGS = frozenset({"です", "だ", "ます", "いる", "て", "で"})


def _worry_about_one_thing(reading):
    """(twenty-fifth session, narrowed by the review) A heading in the reader's words that worries about one thing: a
    noun phrase (nouns joined by の), が, an adverb at most (ずっと), then an inner state (心配, 不安, 気になる, ゆううつ),
    plain or polite, in the progressive or not (## 歯ぎしりが気になる, ## 子どものいびきが心配です, ## 胃のむかむかが
    ずっと気になっています). Not a worry about a clause, a cause or a link (## 長引く咳は肺がんが心配, ## 薬を塗ると
    皮膚が薄くなるのが心配, ## 花粉症の薬は眠くなるので困る): what is worried about is then a statement."""
    words = _words(reading)
    while words and (words[-1].pos in ("助動詞", "助詞") or _lemma(words[-1]) in _WORRY_ENDINGS):
        if words[-1].pos == "助詞" and words[-1].surface_form not in ("て", "で"):
            break
        words = words[:-1]  # です, ます, ています: the register and the aspect
    if len(words) >= 3 and [_lemma(t) for t in words[-3:]] == ["気", "に", "なる"] and words[-3].surface_form == "気":
        words = words[:-2]  # 気になる as one inner state
    elif not (words and _lemma(words[-1]) in _WORRIES):
        return False
    body = words[:-1]
    while body and body[-1].pos == "副詞":
        body = body[:-1]  # ずっと, とても
    if len(body) < 2 or body[-1].surface_form != "が" or body[-1].pos != "助詞":
        return False
    phrase = body[:-1]
    return (
        bool(phrase)
        and phrase[-1].pos == "名詞"
        and all(t.pos in ("名詞", "接頭詞") or (t.pos == "助詞" and t.surface_form == "の") for t in phrase)
    )


_SERIES_RE = re.compile(r"\s*(「[^「」]+」)[、,]?")


def _voices_in_series(text, words):
    """(fourteenth session) Two or more quotations one after another and nothing else (「…と耳にした」「身近な人が…を
    患った」), each a voice by _voiced: the readers' words listed, as one quotation is."""
    stripped = text.strip().rstrip("。．.")
    quotes = _SERIES_RE.findall(stripped)
    if len(quotes) < 2 or _SERIES_RE.sub("", stripped).strip():
        return False
    readings = [(q, grammar.read(q)) for q in quotes]
    return all(_voiced(q, read) and not _quoted_advice(q, read, words) for q, read in readings)


_TOLD_PAST = (
    "と言われた",
    "と言われました",
    "といわれた",
    "といわれました",
    "と指摘された",
    "と指摘されました",
    "と耳にした",
    "と耳にしました",
    "と聞いた",
    "と聞きました",
    "と診断された",
    "と診断されました",
)


def _caused_change(words):
    """(third review) The seeming follows a change in the past (〜なった, 〜した, 〜和らいだ) after a cause (〜て, 〜たら,
    〜と, 〜ば, 〜てから, おかげで): a testimonial of what something did."""
    words = [t for t in words if t.surface_form not in ("」", "』", "”", "…", "。")]
    seeming = max(i for i, t in enumerate(words) if t.surface_form in ("気", "よう"))
    done = any(t.pos == "助動詞" and t.basic_form in ("た", "だ") for t in words[max(0, seeming - 2) : seeming])
    # a cause closes a clause before a comma (〜飲んで、 〜続けたら、 〜変えてから、), or is おかげ; not the て of
    # 〜てくる (ひどくなってきた)
    cause = any(
        t.surface_form == "おかげ"
        or (
            t.surface_form in ("て", "で", "たら", "だら", "と", "ば", "から")
            and t.pos in ("助詞", "助動詞")
            and i + 1 < len(words)
            and words[i + 1].surface_form in ("、", "，", ",")
        )
        for i, t in enumerate(words[: max(0, seeming - 2)])
    )
    return done and cause


# a worry or a trouble as the very last word of a quotation
_INNER_STATES = frozenset({"不安", "心配", "困る", "悩む", "迷う"})
# the inner states a heading may voice, as lemmas; 気になる is read as its three words (気 + に + なる: not 病気になる)
_WORRIES = _INNER_STATES | {"憂鬱", "ゆううつ"}


# the polite endings of the page's own register (です・ます): a quotation in them reads as the page's statement
_POLITE_ENDS = ("です", "ます", "ました", "でした", "ません", "ましょう", "でしょう", "ください")


def _quoted_advice(text, reading, words):
    """(eleventh session) A quotation in the page's own voice: a request or a volitional (「毎日歩こう」), a polite
    ending (「早期発見・早期治療が大切です」: a slogan in the page's register, not a reader's words), or a
    recommendation, contraindication or instruction that its final predicate makes; not one inside a worry with no
    predicate of its own (「…診てもらうべきか不安…」)."""
    if reading.mood in ("request", "volitional"):
        return True
    said = [t for t in reading.tokens if t.pos != "記号"]
    if said and said[-1].pos == "助詞" and said[-1].surface_form in ("を", "へ", "に"):
        return True  # a request with its verb left out: 「…早めに相談を」, 「…すぐ病院へ」
    inner = text.strip().rstrip(grammar.AFTER_QUOTE).rstrip("」』”").rstrip(grammar.AFTER_QUOTE)
    if inner.endswith(_POLITE_ENDS):
        return True
    return reading.predicate and _need(text, words, (), reading)[0] in (
        "recommendation",
        "contraindication",
        "instruction",
    )


# the nouns a site's own chrome opens with (ページの先頭です, 本文ここから, サイトメニューここまで)
_SITE_NOUNS = ("ページ", "本文", "サイト", "ナビゲーション")  # not メニュー, a meal's too (from the review)


def _skip_link(reading):
    """(eleventh session) A line of the site's chrome: it opens with the page, its body or the site's menu as a noun
    (ページの先頭です, ページ内を移動するためのリンク, 本文ここから) and has no word of health."""
    words = [t for t in reading.tokens if t.pos != "記号"]
    return bool(words) and words[0].pos == "名詞" and _opens_with_the_site(words, reading)


def _opens_with_the_site(words, reading):
    """The nouns that open ``words`` begin with the page, its body or the site, and the sentence has no word of
    health (_skip_link, _landmark)."""
    opening = "".join(t.surface_form for t in takewhile(lambda t: t.pos == "名詞", words))
    return opening.startswith(_SITE_NOUNS) and not medical.medical_words(reading.tokens)


def _landmark(reading):
    """(twenty-fifth session) A landmark of the site's chrome written as a sentence, with its full stop (ページの先頭
    です。, このページの本文です。, 本文ここまで。): a noun phrase that opens with the page or its body (as _skip_link reads a
    line without a stop), ここから or ここまで after it at most, and the copula at most: no topic, no verb, no word of
    health."""
    words = _words(reading)
    if reading.lang != "ja" or reading.mood != "statement" or not words:
        return False
    if words[-1].basic_form in ("です", "だ") and words[-1].pos == "助動詞":
        words = words[:-1]
    if words and words[0].surface_form == "この" and words[0].pos == "連体詞":
        words = words[1:]
    if len(words) > 2 and words[-2].surface_form == "ここ" and words[-1].surface_form in ("から", "まで"):
        words = words[:-2]  # 本文ここまで
    if not words or words[-1].pos != "名詞":
        return False
    if any(not (t.pos == "名詞" or (t.pos == "助詞" and t.surface_form == "の")) for t in words):
        return False
    return _opens_with_the_site(words, reading)


_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|＞|›|»|≫)\s*")
# the site's home as the trail's first part: the whole part, or トップ / TOP closing a site's name after a kanji or a
# space (介護の広場トップ; not ストップ, STOP, 老人ホーム: from the review)
_CRUMB_HOME = re.compile(r"(?:ホーム|トップページ|トップ|TOP|Top|HOME|Home)|.*[\u4e00-\u9fff\s](?:トップ|TOP)")
# a label that names the sentence's source: 出典：, 参考文献： (a bullet may open it); not 引用：, which heads a quotation
_SOURCE_LABEL = re.compile(r"\s*[*＊・●■]?\s*(?:出典|参考文献|参考資料|文献|資料提供)\s*[:：]\s*")


def _names_its_source(text):
    """(eleventh session) One line that is a source label and the source's name: a title quoted whole (出典：「国立がん
    研究センターがん情報サービス」) or a name with no word of health (出典：日本高血圧学会). Not a statement after the
    name (出典：日本医師会　かぜに抗菌薬は不要: from the review)."""
    label = _SOURCE_LABEL.match(text)
    if not label or "\n" in text.strip():
        return False
    rest = text[label.end() :].strip().rstrip("。．.")
    if not rest:
        return False
    if grammar.quoted_whole(rest):
        return True
    reading = grammar.read(rest)
    return not reading.predicate and not medical.medical_words(grammar.unquoted(reading.tokens))


# (fifteenth session, prototyped by the second review) the labels a trail carries before its home: a closed list, not
# any short label (優先順位：トップ > …)
_CRUMB_LABEL = re.compile(
    r"^(?:現在(?:の)?(?:ページ|位置|地|場所)(?:の位置)?|ここは|あなたはここ(?:にいます)?|パンくず(?:リスト)?"
    r"|(?i:you are here|location|breadcrumbs?))\s*(?:[:：]\s*|\s+(?=\S))"
)
# (twenty-fifth session) a trail that starts at a class of pages, not at the home, carries the class's label before a
# colon (分類：腎臓と尿路の病気 > 腎臓の病気, カテゴリー：…): a ranking (喫煙 > 肥満 > 運動不足) has no such label
_CRUMB_CLASS_LABEL = re.compile(r"^(?:分類|カテゴリー?|ジャンル|(?i:categor(?:y|ies)))\s*[:：]\s*\S")


# (thirty-fifth session) one item of a pager: the previous or next page under its label, its title after a colon or in
# 「」 (前のページ：帯状疱疹の症状, 次の記事「卒乳のすすめ方」へ進む, Next: Recovering at home →). A title holds no arrow,
# separator or full stop: whatever follows an arrow is no title (from the review: 次のページ：〜 → 水分をとりましょう)
_PAGER_ARROWS = "→←⇒⇐▶◀►◄＞＜>《》»«‹›"
_PAGER_ITEM = (
    rf"(?:[{_PAGER_ARROWS}]\s*)?"
    r"(?:(?:前|次|次回|前回|ひとつ前|一つ前)の(?:ページ|記事|章|節|回|項目|トピック|お話)"
    rf"(?:\s*[：:]\s*[^｜|／/。．{_PAGER_ARROWS}「」]+|\s*「[^」{_PAGER_ARROWS}]+」(?:\s*へ(?:進む|戻る)?)?)"
    rf"|(?i:next|previous|prev|back)(?:\s+(?i:page|article|section|chapter|topic))?\s*:\s*[^|/.{_PAGER_ARROWS}]+)"
    rf"(?:\s*[{_PAGER_ARROWS}])?"
)
# one item, the whole of a part of the line between separators (read part by part: a pattern over the whole line
# backtracked without end on a long run of items, from a timing of hostile input)
_PAGER_PART = re.compile(_PAGER_ITEM)
_PAGER_SEPARATOR = re.compile(r"[｜|／/]")
_PAGER_TITLE = re.compile(rf"[：:]\s*([^｜|／/「」{_PAGER_ARROWS}]+)|「([^」]+)」")


def _pager(text):
    """(thirty-fifth session) A line of the previous and the next page, each under its label with its title (前のページ：
    帯状疱疹の症状　｜　次のページ：帯状疱疹の治療, → 次のページ「退院後の食事」へ進む): the titles are names of pages. A
    title is read as a label is, and strictly (from the review of a first version that let 23 of 27 claims through as
    titles): a Japanese title with a word of health holds no predicate at all (痛み止めは食後に飲みましょう, 高まる脳卒中の
    リスク, 放っておくと怖い歯周病 make the line no pager), and an English title holds no word of health (English is read
    without a parser here: Statins lower your risk of stroke). A line that ends in a full stop is a sentence."""
    if text.rstrip().endswith(("。", "．", ".")):
        return False
    if not all(_PAGER_PART.fullmatch(part.strip()) for part in _PAGER_SEPARATOR.split(text)):
        return False
    return all(_title_names(after_colon or quoted) for after_colon, quoted in _PAGER_TITLE.findall(text))


def _title_names(title):
    """A page's or a section's title in a line of navigation (a pager, numbered contents) names its page and states
    nothing (see _pager): an English title with no word of health; a Japanese one with no word of health, or one that
    only names (入院の準備, 花粉症の目薬) or names a situation (子どもが熱を出したとき)."""
    title = title.strip()
    reading = grammar.read(title)
    if reading.lang != "ja":
        return not medical_en.health_words(title)
    lower = title.lower()
    if PROHIBITION.search(lower) or ADVICE.search(lower):
        return False
    tokens = reading.tokens
    words = [t for t in tokens if t.pos != "記号"]
    # (fortieth session, from a review) a topic and what is said of it (乳児へのはちみつは禁止, 喫煙はがんの原因) states,
    # whatever its words; とは at the end asks what a thing is (胃がんとは)
    if any(t.surface_form == "は" and _relates(words, k) for k, t in enumerate(words)):
        return False
    if not medical.medical_words(tokens) and not medical.generalises(tokens, conditions=False):
        return True
    if medical.generalises(tokens, conditions=False) or any(
        _lemma(t) in _TITLE_JUDGEMENTS or _lemma(t) in medical.EVALUATIVES for t in tokens
    ):
        return False
    # a title of when or how (子どもが熱を出したとき, 血糖値が高めと言われたら, 薬が飲みにくいときの工夫) names a
    # situation the page answers; any other predicate states (高まる脳卒中のリスク, 放っておくと怖い歯周病)
    predicate = any(t.pos in ("動詞", "形容詞", "助動詞") for t in words)
    while words and words[-1].pos == "助詞" and words[-1].surface_form not in ("たら", "だら", "ば", "なら"):
        words = words[:-1]  # 手術を受ける前に: the particle after the last word
    if predicate and not (
        words and (_lemma(words[-1]) in _SITUATION_ENDS or words[-1].surface_form in ("たら", "だら", "ば", "なら"))
    ):
        return False
    # a relation put without a verb (ビタミンDで骨折予防, 喫煙でがんのリスクが上昇, 喫煙はがんの原因): a case or binding
    # particle joins its words; a title that only names (入院の準備, 花粉症の目薬) joins them with の, after で too where a
    # place of the home comes before it (家での看病: where; 喫煙での肺がん is a cause, from a review), and とは at its end
    # asks what a thing is (胃がんとは)
    return predicate or not any(_relates(words, k) for k in range(len(words)))


def _relates(words, k):
    """(fortieth session) The particle at ``words[k]`` relates the title's words as a statement would (see _title_names)."""
    t = words[k]
    if t.pos != "助詞":
        return False
    if t.surface_form == "は":
        return not (k > 0 and words[k - 1].surface_form == "と" and k == len(words) - 1)
    if t.surface_form not in ("で", "が", "を", "に", "と", "より"):
        return False
    if t.surface_form == "で" and k + 1 < len(words) and words[k + 1].surface_form == "の":
        return not (k > 0 and _lemma(words[k - 1]) in _HOME_WORDS)
    return True


# (fortieth session) a line of numbered contents: two or more items, each a number with a full stop and a title
# (1. はじめに　2. 肺炎のサイン　3. 家での看病)
_NUMBERED_ITEM = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.．]\s*(.+?)(?=\s+\d{1,2}[.．]\s|\s*$)")
_NUMBERED_LINE = re.compile(r"\d{1,2}[.．]\s*\S.*?(?:\s+\d{1,2}[.．]\s*\S.*?)+")


def _numbered_contents(text, listed=False):
    """(fortieth session) The line is a list of a text's parts on one line, numbered in order from 1 (1. はじめに　2.
    肺炎のサイン　3. 家での看病), and each part's title names it as a pager's titles do (_title_names): navigation.
    ``listed``: the line is an item of a list, whose marker (1.) Markdown took as the list's: its text begins with the
    first title."""
    line = text.strip()
    if listed and not line[:1].isdigit():
        line = "1. " + line
    if not _NUMBERED_LINE.fullmatch(line):
        return False
    items = _NUMBERED_ITEM.findall(line)
    if [int(n) for n, _ in items] != list(range(1, len(items) + 1)):
        return False
    return all(_title_names(title) for _, title in items)


# the last word of a title of when or how: a time or a case, a way or a tip
_SITUATION_ENDS = frozenset(
    ("とき", "時", "場合", "前", "際", "工夫", "方法", "コツ", "仕方", "対処", "対処法", "ポイント")
)


# words of a judgement or advice that make a title of health a claim without a verb (大丈夫, おすすめ, べき)
_TITLE_JUDGEMENTS = frozenset(
    ("大丈夫", "おすすめ", "お勧め", "お薦め", "べき", "必要", "安心", "危険", "禁物", "効果的")
)


SCREEN_OPERATIONS = frozenset(table(WORDS, CLAIM_WORDS, "screen_operations"))  # lint/data/claim-words.toml
# verbs that may stand beside an operation of the screen in the same sentence (開いてください, 表示されます, 確認できます)
_SCREEN_COMPANIONS = frozenset(
    (
        "する",
        "できる",
        "くださる",
        "いる",
        "おる",
        "ある",
        "なる",
        "開く",
        "閉じる",
        "表示",
        "見る",
        "ご覧",
        "確認",
        "選ぶ",
        "進む",
        "戻る",
        "出る",
        "使う",
        "利用",
        "押す",
        "いただく",
        "開ける",
        "拡大",
        "縮小",
        "保存",
        "印刷",
        "読み込む",
    )
)


def _operates_the_screen(reading):
    """(thirty-fifth session) The reader told how to work the page or the file (〜をクリックして開いてください, ページを
    再読み込みしてください, こちらからダウンロードできます): the main predicate is an operation of the screen (a verbal noun
    before する or できる counts), no other act stands in the sentence but the few a screen takes (開く, 表示, 選ぶ), and no
    word of health outside what is quoted (the quoted title of a button is a name). From the review of a first version
    that let an act of care beside a tap through (ペンの先を太ももに押し当てて、…): the operation must govern the sentence."""
    if reading.lang != "ja" or reading.mood not in ("statement", "request"):
        return False
    tokens = grammar.unquoted(reading.tokens)
    words = [t for t in tokens if t.pos != "記号"]
    verbs = [k for k, t in enumerate(words) if t.pos == "動詞" and t.pos_detail_1 == "自立"]
    if not verbs:
        return False
    operations = {_verb_of(words, k) for k in verbs}
    # the operation governs: the last act is one (再読み込み + する), or the last is a companion after one
    last = _verb_of(words, verbs[-1])
    surface = "".join(t.surface_form for t in words[: verbs[-1]])
    governs = (
        last in SCREEN_OPERATIONS
        or surface.endswith(tuple(SCREEN_OPERATIONS))
        or (last in _SCREEN_COMPANIONS and any(w in "".join(t.surface_form for t in words) for w in SCREEN_OPERATIONS))
    )
    if not governs:
        return False
    # every other act is one a screen takes (クリックして開いてください); an act on the body or a thing is not
    # (an act in the condition, 動画が止まるときは, says when; it is no act asked)
    others = {
        op
        for op in operations
        if op not in SCREEN_OPERATIONS and op not in _SCREEN_COMPANIONS and op not in reading.condition_words
    }
    if any(not any(w in op or op in w for w in SCREEN_OPERATIONS) for op in others):
        return False
    # the operation's own word is no word of health (スワイプ, リロード are nouns the dictionary does not know)
    rest = [t for t in tokens if t.surface_form not in SCREEN_OPERATIONS]
    return not (medical.medical_words(rest) or medical.generalises(rest, conditions=False))


def _breadcrumbs(plain, linked=False):
    """(eleventh session) One line of links separated by >, from the site's home (ホーム > 診療科を探す > 突発性難聴,
    〜トップ > 介護クイズ【Q32】…). No part is a sentence; a ranking (喫煙 > 肥満 > 運動不足) starts at no home.
    (twenty-fifth session) A trail may start at a class of pages under its label (分類：腎臓と尿路の病気 > 腎臓の病気)
    when its parts are links or its first two parts are kinds of one thing (…の病気 > …の病気), and a class label may
    stand with one class as its value, a noun phrase (カテゴリー：消化器の病気). The last part, the page's own title, is
    read as a heading is: a statement there (> 放っておくと失明につながります) makes the line no trail (from the review)."""
    text = plain.strip()
    if "\n" in text or _SENTENCE_ENDS.intersection(text):
        return False
    parts = _CRUMB_SEPARATOR.split(text)
    if any(len(part) > 60 for part in parts):
        return False
    first = parts[0].strip()
    if len(parts) == 1:
        label = _CRUMB_CLASS_LABEL.match(first)
        return bool(label) and _class_name(grammar.read(first[label.end() - 1 :]))
    last = grammar.read(parts[-1].strip())
    if last.lang == "ja" and last.predicate and last.finite and last.mood == "statement":
        return False
    label = _CRUMB_CLASS_LABEL.match(first)
    if label:
        return linked or _same_kind(first[label.end() - 1 :], parts[1])
    # (fifteenth session) the trail may carry its label before the home (現在のページ：トップページ > …, 現在地: ホーム > …)
    home = _CRUMB_LABEL.sub("", first)
    return bool(_CRUMB_HOME.fullmatch(first) or _CRUMB_HOME.fullmatch(home))


def _class_name(reading):
    """A class of pages as a noun phrase: nouns joined by の, と, や or ・ (消化器の病気, 皮膚・爪の病気)."""
    return (
        reading.lang == "ja"
        and not reading.predicate
        and all(
            t.pos in ("名詞", "接頭詞", "記号") or (t.pos == "助詞" and t.surface_form in ("の", "と", "や"))
            for t in reading.tokens
        )
    )


def _same_kind(one, other):
    """Two class names that end in the same noun (腎臓と尿路の病気, 腎臓の病気): a class and its subclass."""
    ends = []
    for text in (one, other):
        reading = grammar.read(text.strip())
        words = [t for t in reading.tokens if t.pos != "記号"]
        if not words or words[-1].pos != "名詞" or not _class_name(reading):
            return False
        ends.append(_lemma(words[-1]))
    return ends[0] == ends[1]


def _page_control(reading):
    """(tenth session) A line that is a control of the page: a verb of [control_verbs] in the plain form (基本形) ends it
    with nothing after it, with no topic, subject marked by が, condition or word of health (このページの先頭へ戻る,
    開く, もっと見る)."""
    if not reading.predicate or reading.mood != "statement" or reading.topic or reading.condition:
        return False
    words = grammar.main_clause_words(reading.tokens)
    if not words:
        return False
    last = words[-1]
    if last.pos != "動詞" or last.conjugated_form != "基本形":
        return False
    verb = words[-2] if _lemma(last) == "する" and len(words) > 1 else last  # 印刷する: the verbal noun says what
    if _lemma(verb) not in CONTROL_VERBS:
        return False
    # (from the review) what the control acts on is the page or a part of it (このページの先頭へ, 一覧に), or nothing but
    # an adverb of more (もっと見る): a verb with any other place or object is an instruction (涼しい場所へ移動する,
    # ときどき遠くの景色を見る, こまめに窓を開く)
    run = ""  # (third review) a noun phrase must end in a part of the page (トップページ, 関連記事, お知らせ一覧)
    for t in [*words[: words.index(verb)], None]:
        if t is not None and (t.pos == "名詞" or (t.pos == "接頭詞" and t.surface_form in ("本", "当"))):
            run += t.surface_form
            continue
        if run and not run.endswith(tuple(PAGE_PARTS)):
            return False
        run = ""
        if t is None or (t.pos == "助詞" and t.surface_form in ("の", "へ", "に", "を", "から")):
            continue
        if t.pos == "副詞" and _lemma(t) in ("もっと", "詳しく", "さらに"):
            continue
        if t.pos == "連体詞" and t.surface_form == "この":
            continue
        return False
    return not medical.medical_words(reading.tokens)


_YEAR_IN_DATE = re.compile(r"[0-9０-９]{4}\s*(?:年|[/.\-／])|(?:令和|平成|昭和|R)\s*(?:[0-9０-９]{1,2}|元)\s*年?")


def _names_only(lead):
    """Whether a list's lead (ProseUnit.list_lead) introduces a menu or an administrative list: a line of dates with
    their year, labelled or not (最終更新日：2025/05/22, 2025年10月1日〜), or a bare name (no predicate, no verb,
    adjective or auxiliary, no word of health) whose head is a [menu_heads] noun (関連ページ, 目次, 持ち物：). A
    colon closing the lead is only its punctuation. No lead (None) is no menu."""
    if lead is None:
        return False
    text = lead.strip().rstrip("：: 　")
    if not text or "\n" in text or not grammar.is_japanese(text) or _SENTENCE_ENDS.intersection(text):
        return False
    kinds = {q.kind for q in quantities(text)}
    if (
        kinds
        and kinds <= {"date", "clock"}
        # (third review) a date with its year: a notice's or a schedule's day; months alone (12月〜2月, 8月) are a
        # season, and the items under a season are what it brings (インフルエンザ, スギ花粉), a claim
        and _YEAR_IN_DATE.search(text)
        and (_labelled_dates(lead.strip()) or _only_dates(text))
    ):
        return True  # 最終更新日：2025/05/22, 2025年10月1日〜: a schedule or a notice's date
    reading = grammar.read(text)
    if reading.predicate:
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    if not words or any(t.pos in ("動詞", "形容詞", "助動詞") for t in words):
        return False
    if not text.rstrip("）)】］] 　").endswith(tuple(MENU_HEADS)):
        return False
    return not medical.medical_words(words)


def _no_effect(reading):
    """No word of effect, sign or use of a medicine in the sentence."""
    return not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas


def _imagines_readers(tokens, lemmas):
    """The writer imagines people reading: 方 as the subject of the honorific いらっしゃる / おられる under a
    conjecture (〜かもしれません, 〜でしょう), described by a feeling or by reaching the page (不安な気持ちを抱えて
    このページにたどり着いた方もいらっしゃるかもしれません). A sign in the sentence (副作用が出る方も…) is a claim."""
    conjecture = "かも" in lemmas or (lemmas and lemmas[-1] == "う" and "でしょ" in {t.surface_form for t in tokens})
    if not conjecture:
        return False
    for i in range(len(tokens) - 2):
        # the honorific on 方's own verb (方もいらっしゃる) or on the clause that describes them (抱えていらっしゃる方
        # もいる): either way the writer speaks of readers with respect
        honoured = lemmas[i + 2] in ("いらっしゃる", "おる") or (
            lemmas[i + 2] == "いる" and "いらっしゃる" in lemmas[max(0, i - 3) : i]
        )
        if lemmas[i] == "方" and lemmas[i + 1] in ("も", "が", "は") and honoured:
            before = set(lemmas[:i])
            return bool(before & (FEELING_PREDICATES | FEELING_NOUNS | TEXT_NOUNS | ARRIVAL_HEADS | {"ページ"}))
    return False


IMAGINED_PEOPLE = frozenset(table(WORDS, CLAIM_WORDS, "imagined_people"))  # lint/data/claim-words.toml


def _imagines_many_feeling(reading, lemmas):
    """The writer imagines that many readers feel so, under a conjecture (〜方も多いことでしょう, 〜ご家族も多い
    でしょう): people (imagined_people) + も + 多い, with a feeling and no sign in the clause that describes them
    (after the last comma before them; a circumstance before the comma, 初めての入院に、, is the feeling's cause).
    副作用が出る方も多いでしょう names a sign: a claim of frequency."""
    if not (lemmas and lemmas[-1] == "う" and "でしょ" in {t.surface_form for t in reading.tokens}):
        return False
    tokens = reading.tokens
    for i in range(len(tokens) - 2):
        if _lemma(tokens[i]) not in IMAGINED_PEOPLE or tokens[i].pos != "名詞":
            continue
        j = i + 2 if tokens[i + 1].pos_detail_1 == "接尾" else i + 1  # 親御 + さん
        if not (j + 1 < len(tokens) and tokens[j].surface_form == "も" and _lemma(tokens[j + 1]) == "多い"):
            continue
        start = _clause_start(tokens, i)
        clause = {_lemma(t) for t in tokens[start:i]} | {t.surface_form for t in tokens[start:i]}
        felt = [k for k in range(start, i) if _lemma(tokens[k]) in FEELING_PREDICATES]
        if felt and all(_verbal_state_of_a_thing(tokens[start:i], k - start) for k in felt):
            return False  # 筋肉が緊張している方も多いでしょう: a state of the body, not a feeling
        return bool(clause & (FEELING_PREDICATES | FEELING_NOUNS)) and not clause & (SIGN_NOUNS | EFFECT_WORDS)
    return False


def _final_particle(reading, particle):
    words = [t for t in reading.tokens if t.pos != "記号"]
    return bool(words) and words[-1].pos_detail_1 == "終助詞" and words[-1].surface_form == particle


def _addresses_reader(reading):
    """The writer addresses the reader, not the world (see EXEMPTIONS["greeting"]).

    The line, each with no word of effect, sign or use in the sentence: the writer's supposition
    of what the reader felt (さぞ怖い思いをされたことと思います: 〜ことと思います); the writer's
    understanding of a feeling (そのお気持ちはよくわかります: わかる with a feeling as topic); praise of the
    reader in an honorific verb with ね (よく頑張っていらっしゃいますね); a request with ね and the writer as
    companion but no object (お子さんと一緒に、楽しみながら続けてみてくださいね); the writer's name with a
    copula and no topic (○○病院 小児科外来です); the writer as the topic (私たちも全力でサポートします).
    A sentence that ends in ね but names a sign or an effect (副作用が出やすいですね) stays a claim.
    """
    if reading.lang != "ja" or (EFFECT_WORDS | USE_HEADS) & reading.lemmas:
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    lemmas = [_lemma(t) for t in tokens]
    # a sign inside quotes is what someone told the reader (「しこりがある」と言われ、…方もいらっしゃるでしょう),
    # not what the writer states
    said = {_lemma(t) for t in grammar.unquoted(reading.tokens)}
    if _imagines_readers(tokens, lemmas) and not SIGN_NOUNS & said:
        return True  # 〜かもしれません is negative in form only
    if _imagines_many_feeling(reading, lemmas):
        return True  # 不安な気持ちでいっぱいのご家族も多いことでしょう
    # the writer's supposition of what the reader felt, hedged (つらい思いをされてきたかもしれません), as with
    # 〜ことと思います below: honorific words about the reader and a feeling, no sign
    hedged = "しれる" in lemmas[-4:] and bool({"かも", "か"} & set(lemmas[-6:]))
    feeling = (FEELING_NOUNS | FEELING_PREDICATES | EMOTION_ADJECTIVES) & set(lemmas)
    if reading.mood == "statement" and hedged and feeling and _honours_reader(tokens) and not SIGN_NOUNS & said:
        return True
    if reading.negative:
        return False
    if reading.mood == "statement" and reading.head in ("思う", "存じる"):
        for i in range(len(tokens) - 1, 1, -1):
            if lemmas[i] == reading.head:
                # 〜ことと思います about the reader, in honorific words (さぞ…された, おつらい); a sign may be
                # the feeling's cause (様子の変化に、さぞ驚かれたことと思います); 多くの方が楽になることと思います
                # is the writer's claim
                return lemmas[i - 1] == "と" and lemmas[i - 2] == "こと" and _honours_reader(tokens[: i - 2])
    if not _no_effect(reading):
        return False
    if reading.mood == "statement" and reading.head in ("わかる", "分かる", "理解", "察する"):
        return bool(FEELING_NOUNS & reading.lemmas)  # (その)お気持ちはよくわかります, 不安なお気持ち、よくわかります
    if _final_particle(reading, "ね"):
        # 頑張っていらっしゃいますね: the reader's effort praised, the honorific as an auxiliary or なさる
        # and no subject of its own (多くの方がいらっしゃいますね, いらっしゃる as existence, is a count of
        # people; 多くの患者さんが…頑張っていらっしゃいますね speaks of others)
        if (
            reading.mood == "statement"
            and not reading.topic
            and any(
                _lemma(t) in READER_HONORIFICS and (t.pos_detail_1 == "非自立" or _lemma(t) == "なさる") for t in tokens
            )
        ):
            return True
        if reading.mood == "request" and COMPANIONS & reading.lemmas and not _has_object(reading):
            return True  # 一緒に、楽しみながら続けてみてくださいね
    if (
        reading.mood == "statement"
        and not reading.topic
        and reading.head in EFFORT_VERBS
        and any(_lemma(t) in READER_HONORIFICS and t.pos_detail_1 == "非自立" for t in tokens)
    ):
        return True  # 毎日のケア、本当によく頑張っていらっしゃいます: the reader's effort, in the honorific, without ね
    supports = _heads(reading) & SUPPORT_HEADS or (
        reading.head == "する" and _object_head(reading).lstrip("おご") in SUPPORT_HEADS  # お手伝いをしています
    )
    if reading.mood == "statement" and supports and _opening_subject(reading).endswith(STAFF_SUFFIXES):
        return True  # 当院の栄養士も、献立づくりのお手伝いをしています: the staff's support offered
    if reading.mood == "statement" and not reading.topic and _predicate_class(reading) == "copula":
        # a bare name (nouns only): 日本一の症例数を誇る眼科です, 県内で唯一の〜クリニックです praise the writer
        name = [t for t in tokens if t.basic_form not in ("です", "だ", "ます")]
        # an office within an organisation, joined by の (保健所の感染症対策係です), is a name too when each
        # part before の is an organisation; WHO認定のクリニックです praises the writer
        organisation = tuple(SERVICE_NOUNS | INSTITUTION_NOUNS)
        return reading.head.endswith(organisation) and all(
            t.pos in ("名詞", "接頭詞")
            or (t.pos_detail_1 == "連体化" and 0 < k < len(name) - 1 and _lemma(name[k - 1]).endswith(organisation))
            for k, t in enumerate(name)
        )  # ○○市立病院 小児科外来です
    if _writer_accompanies(reading):
        return True  # 〜慣れていけるよう、私たちスタッフも一緒に考えていきます
    # the writer opens the sentence as its topic, with a verb of support: 私たちも全力でサポートします, 私ども
    # スタッフ一同、心から応援しています; 私たちは…分泌しています (everyone's body) and 私たちの骨は…支えています
    # (の: the pronoun modifies the topic) stay claims
    if not (
        reading.mood == "statement"
        and tokens
        and tokens[0].pos_detail_1 == "代名詞"
        and lemmas[0] in WRITER_PRONOUNS
        and _heads(reading) & SUPPORT_HEADS
    ):
        return False
    words, i = reading.tokens, 1  # with punctuation: 私どもスタッフ一同、
    while i < len(words) and words[i].pos == "名詞":
        i += 1  # 私ども + スタッフ + 一同, 私 + たち
    return i < len(words) and words[i].surface_form in ("は", "も", "が", "、", "，")


def _in_institution(reading):
    """The sentence opens with a place of the institution before で(は) (院内では, 病棟内では, 待合室で)."""
    tokens = reading.tokens
    for i, t in enumerate(tokens):
        if t.surface_form == "で" and t.pos == "助詞":
            compound = "".join(x.surface_form for x in tokens[:i])
            return bool(compound) and compound.removesuffix("内").endswith(tuple(INSTITUTION_NOUNS))
        if t.pos not in ("名詞", "接頭詞"):
            return False
    return False


def _cooperation_object(reading):
    """The noun before the に of ご協力ください (アンケートに → アンケート), or ""."""
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].surface_form == "に" and tokens[i].pos == "助詞":
            return _compound_head(tokens[:i])
    return ""


def _en_offer_alone(lower, head):
    """An offer of help that ends the sentence: Our dietitians are happy to help."""
    return bool(re.search(rf"\b(?:happy|glad|pleased|here|available|ready) to {re.escape(head)}[.!]?$", lower.strip()))


def _en_supports_only_you(lower, head):
    """The English verb of support takes only the reader (and the reader's people) and ends the clause: We are
    here to support you and your family; We will help you lose weight goes on to an act, which is advice."""
    words = re.findall(r"[a-z][a-z'-]*", lower)
    if head not in words:
        return False
    rest = words[words.index(head) + 1 :]
    if not rest or rest[0] != "you":
        return False
    return all(w in ("and", "your", "family", "families", "child", "children", "carer", "carers") for w in rest[1:])


def _clipped_request(reading):
    """The particle that ends a Japanese title whose request is left out, or "": a noun and へ, the verb of
    going left out (…救急外来へ), or a verbal noun and を, its する left out (…早めに受診を, まずは相談を)."""
    words = _words(reading)
    if reading.lang != "ja" or len(words) < 2 or words[-1].pos != "助詞" or words[-2].pos != "名詞":
        return ""
    if words[-1].surface_form == "へ" or (words[-1].surface_form == "を" and words[-2].pos_detail_1 == "サ変接続"):
        return words[-1].surface_form
    return ""


def _opening_subject(reading):
    """The compound noun before the first は / が / も of the sentence (当院の栄養士も → 栄養士), or ""."""
    tokens = reading.tokens
    for i, t in enumerate(tokens):
        if t.pos == "助詞" and t.surface_form in ("は", "が", "も"):
            compound, j = "", i
            while j > 0 and tokens[j - 1].pos in ("名詞", "接頭詞"):
                j -= 1
                compound = tokens[j].surface_form + compound
            return compound
    return ""


def _writer_accompanies(reading):
    """The writer opens the main clause (the sentence, or the clause after a comma: 〜よう、私たちも…) and
    joins the reader (一緒に, ともに) in the non-past: a promise to go along with the reader (私たちスタッフも
    一緒に考えていきます). The companion is what tells the writer from "we" as people in general (私たちの体は…,
    私たちは…分泌しています); a word of effect, sign or use (一緒に薬を減らしていきます) keeps it advice."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    if not COMPANIONS & reading.lemmas or (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas:
        return False
    words = reading.tokens
    content = [t for t in words if t.pos != "記号"]
    if not content or content[-1].basic_form != "ます":
        return False  # the non-past polite ending: a promise (考えていきます), not a report (考えました)
    text = "".join(t.surface_form for t in words)
    staff = "|".join(STAFF_SUFFIXES)
    if any(re.search(rf"(?:^|、)[^、]*?(?:{staff}){c}、", text) for c in WRITER_COLLECTIVES):
        # the staff as a body opens the clause (看護師一同、退院まで一緒に歩んでいきます): the writer named so
        return not any(t.pos_detail_1 == "接続助詞" and t.surface_form not in ("て", "で") for t in words)
    for i, token in enumerate(words):
        opens = i == 0 or words[i - 1].surface_form in ("、", "，")
        if opens and token.pos_detail_1 == "代名詞" and _lemma(token) in WRITER_PRONOUNS:
            j = i + 1
            while j < len(words) and words[j].pos == "名詞":
                j += 1  # 私たち + スタッフ, 私ども + 職員
            # the writer's clause is the main one: 私たちは一緒に歩くと、血圧が下がります has a clause after it
            rest = words[j + 1 :]
            clause = any(t.pos_detail_1 == "接続助詞" and t.surface_form not in ("て", "で") for t in rest)
            return j < len(words) and words[j].surface_form in ("は", "も", "が", "、", "，") and not clause
    return False


def _encourages(reading):
    """Encouragement of the reader, with no word of effect, sign or use (see EXEMPTIONS["greeting"]): an
    effort released (ひとりで頑張らなくても大丈夫, 気持ちを抱え込まず, ご自分を責めないでください) or a request
    whose only objects are the reader's self or feelings (ご自分をいたわってください); an effort praised with ね
    (本当によく頑張りましたね; the vocative before the last 、 may name the reader's treatment); the
    supposition of a feeling in honorific words with 〜ことでしょう (さぞ驚かれたことでしょう; 多くの方が楽に
    なることでしょう stays a claim); the staff as a body with a verb of support (スタッフ一同応援しています);
    the institution's commitment in the humble 〜てまいります (地域の医療機関と力を合わせてまいります)."""
    if reading.lang != "ja":
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    lemmas = [_lemma(t) for t in tokens]
    if not tokens:
        return False
    text = "".join(t.surface_form for t in reading.tokens)
    if _final_particle(reading, "ね") and reading.mood == "statement" and not reading.negative:
        cut = max((i for i, t in enumerate(reading.tokens) if t.surface_form == "、"), default=-1)
        main = reading.tokens[cut + 1 :]
        if (
            reading.head in EFFORT_VERBS
            and not any(t.surface_form in ("は", "が") and t.pos == "助詞" for t in reading.tokens)  # 多くの方が
            and not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & {_lemma(t) for t in main}
        ):
            return True  # 毎日の注射を続けてこられた皆さん、本当によく頑張りましたね
    if not _no_effect(reading):
        return False
    released = any(
        lemmas[i] in EFFORT_VERBS and lemmas[i + 1] in ("ない", "ぬ") and tokens[i + 1].pos == "助動詞"
        for i in range(len(tokens) - 1)
    )
    objects = _objects(reading)
    content = [t for t in tokens if t.pos not in ("助動詞", "助詞")]
    # released into reassurance or a request (〜なくても大丈夫, 〜ず、…ください), not into a statement of the
    # world (頑張らなくても血圧は下がります)
    reassured = reading.mood in ("request", "volitional") or (content and _lemma(content[-1]) in _REASSURANCE)
    if released and reassured and all(o & (READER_SELF | FEELING_NOUNS) for o in objects):
        return True  # ひとりで頑張らなくても大丈夫, 気持ちを抱え込まず…, ご自分やお子さんを責めないでください
    if reading.mood == "request" and objects and all(o & READER_SELF for o in objects):
        return True  # ご自分をいたわってあげてください
    if reading.mood == "statement" and len(tokens) > 3 and lemmas[-3:] == ["こと", "です", "う"]:
        return _honours_reader(tokens[:-3])  # さぞ驚かれたことでしょう
    if reading.mood == "statement" and any(c in text for c in WRITER_COLLECTIVES) and _heads(reading) & SUPPORT_HEADS:
        return True  # スタッフ一同応援しています
    return (
        reading.mood == "statement"
        and not reading.negative
        and len(tokens) > 2
        and lemmas[-1] == "ます"
        and lemmas[-2] == "まいる"
        and tokens[-2].pos_detail_1 == "非自立"
        and tokens[-3].surface_form in ("て", "で")
    )  # これからも…力を合わせてまいります


# ---- eleventh round: discourse kinds read from the form of the final predicate (see EXEMPTIONS)


def _words(reading):
    # asked for about ten times a sentence: kept on the reading for its tokens (a copy is returned)
    kept = reading.__dict__.get("_words")
    if kept is None or kept[0] is not reading.tokens:
        kept = reading.__dict__["_words"] = (reading.tokens, [t for t in reading.tokens if t.pos != "記号"])
    return list(kept[1])


def _predicate_word(words):
    """(lemma, index) of the content word of the final predicate: the word before the final auxiliaries,
    particles and auxiliary verbs (〜てしまう, 〜ている), with 〜になる / 〜くなる read as the word before it
    (心配になります → 心配, つらくなります → つらい); ("", -1) when there is none."""
    i = len(words) - 1
    while i > 0 and (
        words[i].pos in ("助動詞", "助詞") or (words[i].pos == "動詞" and words[i].pos_detail_1 == "非自立")
    ):
        i -= 1
    if i < 0 or not words:
        return "", -1
    if words[i].basic_form == "なる" and i > 0:
        if words[i - 1].surface_form == "に" and i > 1:
            return _lemma(words[i - 2]), i - 2
        if words[i - 1].pos == "形容詞":
            return _lemma(words[i - 1]), i - 1
    return _lemma(words[i]), i


def _through_frequency(words, word, i):
    """(thirteenth session) The predicate word read through a frequency that wraps it (心配になることがあります, つらく
    なることも多い → 心配, つらい): how often a feeling comes is the feeling's, as with _thought_feeling."""
    if (
        word in ("ある", "多い")
        and i > 1
        and words[i - 1].surface_form in ("が", "も")
        and _lemma(words[i - 2]) == "こと"
    ):
        return _predicate_word(words[: i - 2])
    return word, i


_HOLDERS = frozenset(("方", "人", "かた", "ひと", "親", "保護者", "ママ", "パパ"))
_HOLDERS_EXIST = frozenset(("いる", "いらっしゃる", "おる", "多い", "少ない", "大勢"))
_HEDGES = frozenset(("かも", "しれる", "思う", "でしょう", "存じる"))  # after the count: 〜方もいるかもしれません


def _health_outside_quotes(tokens):
    """Words of health in the tokens outside quotations (「…」: the reader's own words) and other than the feelings
    (不安 is a word of health too): a drug, a disease, a sign or a treatment that the feeling goes with (この薬を飲み始め
    ると、不安になる方もいます: a side effect)."""
    outside, depth = [], 0
    for t in tokens:
        depth += t.surface_form.count("「") + t.surface_form.count("『")
        if depth <= 0 and _lemma(t) not in FEELING_PREDICATES:
            outside.append(t)
        depth -= t.surface_form.count("」") + t.surface_form.count("』")
        depth = max(depth, 0)
    return bool(medical.medical_words(outside))


def _feeling_holders(reading):
    """(thirteenth session) The writer supposes that some readers have a feeling: people (方, 人) whose clause ends in
    a feeling (不安な方, 心配になる方, 苦手という方) exist or are many, hedged (〜方もいるかもしれません, 〜方は多いかと
    思います) or not (心配になる方も少なくありません). With a word of health outside quotations (頭痛に悩む方は多い, この
    薬を飲み始めると、不安になる方もいます: a side effect) the count is of people with a health problem, a claim. No
    word of effect."""
    words = _words(reading)
    if reading.lang != "ja" or reading.mood != "statement" or len(words) < 4:
        return False
    for k in range(1, len(words) - 2):
        if not (
            words[k].pos == "名詞"
            and _lemma(words[k]) in _HOLDERS
            and words[k + 1].surface_form in ("も", "は", "が")
            and _lemma(words[k + 2]) in _HOLDERS_EXIST
        ):
            continue
        rest = words[k + 3 :]
        # after the predicate of existence only auxiliaries, particles and hedges (かもしれません, かと思います);
        # 少なくありません is the one negation allowed, of 少ない
        if any(t.pos not in ("助動詞", "助詞") and _lemma(t) not in _HEDGES | {"ある"} for t in rest):
            return False
        if reading.negative and _lemma(words[k + 2]) != "少ない":
            return False
        clause = words[:k]
        if clause and clause[-1].surface_form in ("という", "といった", "って"):
            clause = clause[:-1]  # 苦手という方 (one particle to IPADIC)
        elif len(clause) > 1 and clause[-1].basic_form in ("いう", "言う") and clause[-2].surface_form == "と":
            clause = clause[:-2]
        if _heard_of(clause):
            # (sixteenth session) readers who have heard of a word (〜という症状を耳にしたことがある方も多いと思います):
            # the word heard is named, not stated, whatever its field
            return True
        word, _ = _predicate_word(clause) if clause else ("", -1)
        head = _clause_head(clause, len(clause)) if clause else None
        if word not in FEELING_PREDICATES and (head is None or _lemma(clause[head]) not in FEELING_PREDICATES):
            # the feeling may head its clause under the honorific, the passive and 〜ている (緊張されている方)
            return False
        if head is not None and _verbal_state_of_a_thing(clause, head):
            return False
        # the feeling's own phrase, after the last comma or quotation: a word of health there is what is felt (脱毛に
        # 悩む方), a count of people with a health problem; before it, the feeling's circumstance (首にしこりがあり、)
        tokens = reading.tokens[: reading.tokens.index(words[k])]
        return not EFFECT_WORDS & reading.lemmas and not _health_outside_quotes(tokens)
    return False


# nouns of naming, heard of as words (言葉を聞いたことがある); kinds of thing that 〜という names (〜という症状, 〜という病気)
_NAMING_NOUNS = frozenset(("言葉", "名前", "名", "病名", "用語", "単語", "呼び名", "言い方", "略語"))
_NAMED_KINDS = frozenset(("症状", "病気", "病", "治療", "治療法", "検査", "薬", "制度", "考え方", "概念"))
_CALLED = frozenset(("という", "って", "といった", "との"))
# verbs of having heard or seen a word (耳にする, 目にする: a noun, に and する)
_HEARING_VERBS = frozenset(("聞く", "見聞き", "見聞きする"))
_HEARING_ORGANS = frozenset(("耳", "目"))


def _heard_of(clause):
    """(sixteenth session) The clause, all of it, says that one has heard of a word: a verb of hearing (聞く, 耳にする,
    目にする) in the experience form (〜たことがある) whose object in を is a noun of naming (言葉, 名前, 病名, 用語;
    症状 and the like only after 〜という), and before that only the word named (「フレイル」という, ロコモという) or a
    demonstrative (この名前). From the third review: a claim turned into a noun (〜になりやすいことを, 〜が原因になるという
    話を), a sign seen or heard (血便を目にした, いびきが止まるのを聞いた) and a clause before the word (〜病気で、その名前を)
    are what the sentence says, not a word it names."""
    words = [t for t in clause if t.pos != "記号"]
    if len(words) < 6 or _lemma(words[-1]) != "ある" or words[-2].surface_form not in ("が", "の", "は", "も"):
        return False
    if _lemma(words[-3]) != "こと" or words[-4].surface_form != "た":
        return False
    verb = words[-5]
    if _lemma(verb) in _HEARING_VERBS:
        at = len(words) - 6
    elif (
        _lemma(verb) == "する"
        and len(words) >= 8
        and words[-6].surface_form == "に"
        and _lemma(words[-7]) in _HEARING_ORGANS
    ):
        at = len(words) - 8
    else:
        return False
    if at < 1 or words[at].surface_form != "を":
        return False
    noun = words[at - 1]
    named = words[: at - 1]
    if named and named[-1].surface_form in _CALLED:
        # the word named before 〜という: nouns only (ホットフラッシュ, 「介護予防」), no predicate, nothing before it
        return _lemma(noun) in _NAMING_NOUNS | _NAMED_KINDS and all(t.pos in ("名詞", "接頭詞") for t in named[:-1])
    if _lemma(noun) not in _NAMING_NOUNS:
        return False
    return not named or (len(named) == 1 and named[0].surface_form in _DEMONSTRATIVES)


def _feeling_addressed(reading):
    """A feeling as the final predicate, addressed to the reader with ね / よね (お子さんが熱を出すと、…心配に
    なりますよね): the writer shares the feeling; a sign in the clause before it is the feeling's circumstance,
    not something the sentence states. A sensation (眠くなりますね) or an effect (楽になりますね) is no feeling."""
    words = _words(reading)
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or not words:
        return False
    if not (words[-1].pos == "助詞" and words[-1].surface_form == "ね"):
        return False
    plain = _predicate_word(words)
    word, i = _through_frequency(words, *plain)
    if (word, i) != plain and _health_outside_quotes(reading.tokens):
        return (
            False  # (from the review) 抗うつ薬を飲み始めると、不安になることがありますよね: a side effect's frequency
        )
    if word in ("れる", "られる") and i > 0:  # 苦しい思いをされましたね: the honorific of the verb before it
        word, i = _lemma(words[i - 1]), i - 1
    if word == "する" and i > 1 and words[i - 1].surface_form == "を":
        # 〜思いをされましたね: the feeling is the object, of what the reader went through (past); a non-past
        # つらい思いをされますね predicts what will come, a claim (from the review)
        if not any(t.surface_form == "た" and t.pos == "助動詞" for t in words[i + 1 :]):
            return False
        word = _lemma(words[i - 2])
    # (thirty-second session) not with a cause named: 男性ホルモンが主な原因となる悩みですね
    return (
        word in FEELING_PREDICATES
        and not (EFFECT_WORDS | _CAUSE_NOUNS) & reading.lemmas
        and not _feeling_follows_care(reading)
    )


def _thought_feeling(reading):
    """The writer's empathy as an opinion: a feeling as the predicate of the clause quoted before 〜と思います
    (…夜が続くのは、本当につらいことだと思います; …のはご不安なことと存じます). The clause before it is the
    feeling's circumstance, as with ね; 〜が原因だと思います quotes no feeling and stays a claim."""
    words = _words(reading)
    if (
        reading.lang != "ja"
        or reading.mood != "statement"
        or reading.negative
        or reading.head not in ("思う", "存じる")
    ):
        return False
    quote = max((i for i, t in enumerate(words) if t.surface_form == "と" and t.pos == "助詞"), default=-1)
    if quote < 1 or any(
        t.pos == "動詞" and t.pos_detail_1 == "自立" and _lemma(t) != reading.head for t in words[quote + 1 :]
    ):
        return False
    clause = words[:quote]
    # a feeling that comes often (戸惑うことも多い, 不安になることがある): the frequency is the feeling's
    if len(clause) > 3 and _lemma(clause[-3]) == "こと" and clause[-2].surface_form in ("も", "が"):
        if _lemma(clause[-1]) in ("多い", "ある"):
            clause = clause[:-3]
    while clause and (_lemma(clause[-1]) in ("こと", "もの", "の") or clause[-1].pos == "助動詞"):
        clause = clause[:-1]  # つらいことだ → つらい, ご不安なこと → 不安
    word, _ = _predicate_word(clause) if clause else ("", -1)
    if EFFECT_WORDS & reading.lemmas:
        return False
    return word in FEELING_PREDICATES or _honorific_state(clause)


def _honorific_state(clause):
    """The clause ends in the reader's state as an honorific noun, お/ご + one of READER_STATES (お疲れのことと,
    お困りのことと, ご多忙のことと存じます): the honorific makes the reader its subject, so the writer supposes how
    the reader is, and a clause before it is the state's circumstance, as with a feeling (夜中に何度も起きるのは、
    お疲れのことと思います). A proposition set before it with こと (〜原因になることは、お聞きのことと思います) is a
    claim whatever the honorific: hearing, knowing or wishing takes a proposition (from the review)."""
    if len(clause) < 2 or clause[-2].pos != "接頭詞" or clause[-2].surface_form not in ("お", "ご", "御"):
        return False
    if _lemma(clause[-1]) not in READER_STATES:
        return False
    for i in range(len(clause) - 3):
        if _lemma(clause[i]) == "こと" and clause[i + 1].surface_form in ("は", "を", "に", "も"):
            return False
    return True


# the reader's states the writer supposes with an honorific (お疲れ, お困り, ご多忙, ご心配, ご不安, ご苦労)
READER_STATES = frozenset(
    (
        "疲れ",
        "困り",
        "困る",
        "多忙",
        "忙しい",
        "心配",
        "不安",
        "苦労",
        "心労",
        "悩み",
        "悩む",
        "辛い",
        "つらい",
        "戸惑い",
    )
)


def _writer_attitude(reading):
    """The writer expresses an attitude to the reader in a performative: an attitude (敬意, 感謝, お礼) as the
    object of a verb of expressing (表す, 申し上げる) in the polite present (心から敬意を表します, 深く感謝
    申し上げます). Nothing is stated about the world; 〜は感染を表します has no attitude as object."""
    words = _words(reading)
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or not reading.finite:
        return False
    if not (_heads(reading) & ATTITUDE_HEADS or reading.head in ATTITUDE_NOUNS):
        return False
    objects = [
        _lemma(words[i - 1])
        for i in range(1, len(words))
        if words[i].surface_form == "を" and words[i].pos == "助詞" and words[i - 1].pos == "名詞"
    ]
    tail = [t for t in words if t.pos in ("助動詞", "動詞")][-2:]
    if any(t.basic_form in ("た", "れる", "られる") for t in tail) or words[-1].basic_form != "ます":
        return False  # performed now, by the writer: not 感謝されました (a report of others' thanks)
    if reading.head in ATTITUDE_NOUNS:
        return not objects  # 深く感謝申し上げます: the attitude is the verb
    # the object of the final verb (an earlier one belongs to a clause on the addressee: 介護を続ける皆さまに)
    return bool(objects) and objects[-1] in ATTITUDE_NOUNS


def _effort_for_a_goal(reading):
    """Encouragement to an effort for the reader's own goal: 〜ために、(一緒に)頑張りましょう. The main clause
    after the purpose clause holds only a verb of effort and a companion (no object, no manner of care),
    so no action is prescribed; the goal is the reader's (〜を守るために). 毎日30分歩いて頑張りましょう
    names an action and a number and stays a claim."""
    if reading.lang != "ja" or reading.mood != "volitional" or reading.negative:
        return False
    words = _words(reading)
    if _aims_at_a_day(reading):
        return True
    tokens = reading.tokens
    # the purpose clause ends in 〜ために / 〜ように / 〜よう, with or without a comma after it (〜を終えられるよう
    # 取り組みましょう)
    ends = [
        i
        for i, t in enumerate(tokens[:-1])
        if _lemma(t) in ("ため", "よう")
        and t.pos in ("名詞", "助動詞")
        and i > 0
        and tokens[i - 1].pos in ("動詞", "助動詞")
    ]
    if not ends:
        return False
    cut = ends[-1]
    while cut + 1 < len(tokens) and tokens[cut + 1].surface_form in ("に", "、", "，"):
        cut += 1
    if _lemma(tokens[ends[-1]]) == "ため" and tokens[ends[-1] + 1].surface_form != "に":
        return False  # 〜ため、 is a reason, not a purpose
    main = [t for t in tokens[cut + 1 :] if t.pos != "記号"]
    for token in main:
        lemma = _lemma(token)
        if lemma in EFFORT_VERBS or lemma in COMPANIONS or token.pos == "助動詞":
            continue
        if token.pos == "助詞" and token.surface_form in ("に", "で", "も"):
            continue
        return False
    return bool(main) and words and _lemma(words[-1]) in ("う", "よう")


def _aims_at_a_day(reading):
    """The writer joins the reader in aiming at a day or a life the reader can have again (また笑顔で戻れる日を一緒に
    目指しましょう): 目指す with a companion, its object a day or a life modified by a potential (戻れる, 過ごせる);
    the goal is the reader's wish, and no act of care is named."""
    if reading.head != "目指す" or not COMPANIONS & reading.lemmas:
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    for i, t in enumerate(tokens):
        if t.surface_form == "を" and t.pos == "助詞" and i >= 2 and _lemma(tokens[i - 1]) in GOAL_DAYS:
            verb = tokens[i - 2]
            return (
                verb.pos == "動詞"
                and _potential_form(verb, tokens[i - 1])
                and not _cares_for_health(tokens[: i - 2], verb)
            )
    return False


def _cares_for_health(clause, verb):
    """The day aimed at is one of an act of care or its effect, not of the reader's life: the potential verb is a word of
    effect (治せる: 治す) or its object is of health (薬をやめられる, 糖尿病を治せる): a promise of a cure needs its source."""
    lemma = _lemma(verb)
    base = lemma[:-2] + lemma[-2].translate(_E_TO_U) if len(lemma) > 2 and lemma[-2] in _E_ROW else lemma
    if {lemma, base} & EFFECT_WORDS:
        return True
    objects = [k for k, t in enumerate(clause) if t.surface_form in ("を", "が") and t.pos == "助詞"]
    return bool(objects) and bool(medical.medical_words(_compound_before(clause, objects[-1])))


GOAL_DAYS = frozenset(("日", "毎日", "日々", "生活", "暮らし", "未来", "日常"))


def _potential_form(verb, following):
    """The verb is a potential: a verb in -eru made of a godan verb (戻れる, 過ごせる), or 〜られる / できる."""
    lemma = _lemma(verb)
    return lemma in ("できる", "られる", "れる") or (len(lemma) > 2 and lemma[-1] == "る" and lemma[-2] in _E_ROW)


# words of the abnormal, denied of a feeling (おかしなことではありません, 変ではありません): the feeling is normal
ABNORMALCY_WORDS = frozenset({"おかしな", "おかしい", "変", "異常", "恥ずかしい", "弱い", "わがまま", "甘え"})


def _normalises_feeling(reading):
    """The comment tells the reader a feeling is normal or shared: a nominalised clause whose verb or noun is a
    feeling as topic (慌ててしまうのは, 悩んでいるのは, つらい気持ちになるのは) and a comment that is a word of
    normalcy (当たり前のことです) or the reader's pronoun in a negated copula (あなただけではありません, あなたの
    せいではありません). 発熱するのは自然な反応です has no feeling as its topic and stays a claim."""
    words = _words(reading) if reading.lang == "ja" else []
    for k in range(1, len(words) - 1):
        nominal = words[k].pos == "名詞" and words[k].pos_detail_1 == "非自立" and _lemma(words[k]) in ("の", "こと")
        # (twenty-ninth session) or a feeling noun as the topic: 変化に戸惑う気持ちは、決しておかしなことではありません
        if not ((nominal or _lemma(words[k]) in FEELING_NOUNS) and words[k + 1].surface_form == "は"):
            continue
        # the clause before the topic's の, back to the last comma (the condition before it is its circumstance)
        start = _clause_start(words, k)
        clause = {_lemma(t) for t in words[start:k]} | {t.surface_form for t in words[start:k]}
        if not clause & (FEELING_PREDICATES | FEELING_NOUNS):
            return False
        comment = {_lemma(t) for t in words[k + 2 :]}
        if comment & ABNORMALCY_WORDS and (medical.medical_words(words[k + 2 :]) or "による" in reading.text):
            return False  # (from the review) …はホルモンの変化によるもので、異常ではありません: a cause stated
        return bool(
            comment & NORMALCY_WORDS or ((comment & READER_PRONOUNS or comment & ABNORMALCY_WORDS) and reading.negative)
        ) and not (EFFECT_WORDS & reading.lemmas)
    return False


# a modal before be (can be upsetting: the reader's experience), or feel; a plain copula (Gallstones are hard)
# describes a thing
_EN_EMOTION = re.compile(
    r"\b(?:(?:can|may|might|could|will) (?:often |sometimes |also )?(?:be|feel)|feels?) "
    r"(?:very |really |so |quite |a little |a bit )?([a-z]+)\b"
)
_EN_NORMAL_FEELING = re.compile(
    r"\bit(?:'s| is) (?:completely |perfectly |quite |very )?(?:normal|natural|understandable|okay|ok) to "
    r"(?:feel|be (?:upset|worried|anxious|scared|sad|frightened))\b"
)


def _en_feeling(lower):
    """Every clause names the reader's feeling (Living with hair loss can be upsetting, and it is normal to feel
    this way): an emotion adjective after can / may / is (not painful or tiring: a sign), or "it is normal to
    feel". A clause that states anything else (…, but most patients recover) keeps the sentence a claim."""
    clauses = [c for c in re.split(r",? (?:and|but|so|yet) |[;:]", lower) if c.strip()]
    return bool(clauses) and all(
        any(m.group(1) in EMOTION_ADJECTIVES for m in _EN_EMOTION.finditer(c)) or _EN_NORMAL_FEELING.search(c)
        for c in clauses
    )


def _courtesy_wish(reading):
    """A wish in the imperative: a request whose head is a verb of spending one's days (お過ごしください) with
    only the reader's body as object and only a courtesy as manner (どうぞお体を大切にお過ごしください, 元気にお
    過ごしください). Any other word (安静に, 涼しい部屋で, 水分をとって) is a manner or a place of care."""
    if reading.lang != "ja" or reading.mood != "request" or reading.negative:
        return False
    if not _heads(reading) & LIVING_HEADS:
        return False
    words = _words(reading)
    comma = next((i for i, t in enumerate(reading.tokens) if t.surface_form in ("、", "，")), None)
    if comma is not None and all(t.pos in ("名詞", "接頭詞") for t in reading.tokens[:comma]):
        words = [t for t in reading.tokens[comma + 1 :] if t.pos != "記号"]  # 皆さま、: the vocative is no manner
    for k, token in enumerate(words):
        lemma, previous = _lemma(token), _lemma(words[k - 1]) if k else ""
        if lemma in READER_BODY | COURTESY_MANNERS | LIVING_HEADS or lemma in ("くださる", "どうぞ", "ぜひ"):
            continue
        if lemma in READER_PRONOUNS or (lemma in SEASON_NOUNS and token.pos == "名詞"):
            continue  # 皆さま (addressed), 楽しい夏を (the time spent, as お正月を過ごす)
        if token.pos == "接頭詞" or (token.pos == "助詞" and token.surface_form in ("を", "に", "も")):
            continue
        if token.surface_form == "で" and previous in COURTESY_MANNERS:
            continue  # お元気で: the courtesy's own particle
        if _plain_lemma(lemma) in LIVING_HEADS:
            continue
        return False
    return True


def _seasonal_wish(reading):
    """A seasonal greeting in two clauses: a season's change (〜季節になりましたが、, 寒くなってきましたので、)
    and a wish in the imperative after it (皆さまどうぞ楽しい夏をお過ごしください). Each clause is read on its
    own by the line for it; a second clause of care (…、水分をこまめにとってください) keeps the sentence a claim."""
    if reading.lang != "ja" or reading.mood != "request":
        return False
    tokens = reading.tokens
    for i in range(1, len(tokens) - 1):
        if tokens[i].surface_form in ("、", "，") and tokens[i - 1].pos_detail_1 == "接続助詞":
            first = "".join(t.surface_form for t in tokens[: i - 1])
            rest = "".join(t.surface_form for t in tokens[i + 1 :])
            return _seasonal(grammar.read(first)) and _courtesy_wish(grammar.read(rest))
    return False


def _plain_lemma(word):
    word = word.lstrip("おご御") if len(word) > 1 else word
    return word[:-1] if word.endswith("し") and len(word) > 1 else word


def _seasonal(reading):
    """A seasonal greeting: one clause whose only subject is a season or the weather and whose only verb is the
    change of it (寒さが厳しくなってまいりました, 梅雨の季節になりました). 冬は空気が乾燥します has a second
    subject; 寒さが厳しくなると、血圧が上がります a second clause."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    words = _words(reading)
    subjects = [i for i, t in enumerate(words) if t.pos == "助詞" and t.surface_form in ("は", "が", "も")]
    # the weather remarked on to the reader with ね, whatever the predicate (残暑が厳しい毎日ですね)
    remarked = _final_particle(reading, "ね")
    # the season before its particle (寒さが, 秋も): the first noun phrase of the sentence
    season = "".join(t.surface_form for t in words[: subjects[0]]) if subjects else ""
    main = 0  # where the main clause's verbs begin
    become = next(
        (i for i in range(1, len(words) - 1) if words[i].surface_form == "に" and _lemma(words[i + 1]) == "なる"),
        None,
    )
    if become is not None and all(i < become for i in subjects):
        # or the season the time has become (梅雨の季節になりました, 日差しの強い季節に…), its clause only of
        # the weather: a subject there is a season too (朝晩が冷え込む季節に; not 花粉が飛ぶ季節に)
        weather = all(
            "".join(t.surface_form for t in words[:i]).endswith(tuple(SEASON_NOUNS)) for i in subjects
        ) and all(t.pos != "助詞" or t.surface_form in ("の", "が", "は", "も") for t in words[:become])
        if weather:
            subjects, season, main = [become], "".join(t.surface_form for t in words[:become]), become
    if len(subjects) != 1 or not season.endswith(tuple(SEASON_NOUNS)):
        return False
    if any(t.pos == "助詞" and t.pos_detail_1 == "接続助詞" and t.surface_form not in ("て", "で") for t in words):
        return False
    verbs = [t for t in words[main:] if t.pos == "動詞" and t.pos_detail_1 == "自立"]
    return (
        (len(verbs) == 1 or (remarked and not verbs))
        and not _generalises(reading)
        and not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas
    )


_ARRIVAL_VERBS = frozenset({"なる", "迎える", "来る", "やってくる", "訪れる"})


def _season_arrives(reading):
    """(twenty-fifth session) A season arriving, in one or more clauses (今年も寒い季節を迎えました, 子どもたちが外で遊ぶ
    季節になりました): each verb is the arrival of a season (a season noun and になる, を迎える, が来る) or closes a relative
    clause right before one (遊ぶ季節), each adjective modifies one (寒い季節); no word of health, effect or sign
    (インフルエンザが流行する季節になりました stays a claim). A seasonal greeting, as _seasonal's."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    if not SEASON_NOUNS & reading.lemmas or not _ARRIVAL_VERBS & reading.lemmas:
        return False
    if medical.medical_words(reading.tokens) or (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas:
        return False
    # (from the review) a season itself, not any time (離乳食を始める時期になりました is advice of a child's age)
    words = _words(reading)
    arrivals = 0
    for i, t in enumerate(words):
        if t.pos not in ("動詞", "形容詞") or t.pos_detail_1 in ("接尾", "非自立"):
            continue
        after = i + 1
        while after < len(words) and words[after].pos == "助動詞":
            after += 1
        before_a_season = after < len(words) and _lemma(words[after]) in SEASON_NOUNS
        if t.pos == "形容詞":
            if before_a_season and t.conjugated_form.startswith("基本"):
                continue  # 寒い季節
            return False
        if (
            _lemma(t) in _ARRIVAL_VERBS
            and i >= 2
            and words[i - 1].surface_form in ("に", "を", "が", "も")
            and _lemma(words[i - 2]) in SEASON_NOUNS
        ):
            arrivals += 1
            continue
        if before_a_season and t.conjugated_form.startswith("基本"):
            continue  # 外で遊ぶ季節
        return False
    return arrivals > 0


def _topic_compound(reading):
    """The compound noun that ends the topic, as written without an honorific prefix (お申込み → 申込み)."""
    compound = ""
    for token in reversed(reading.topic):
        if token.pos not in ("名詞", "接頭詞"):
            break
        compound = token.surface_form + compound
    return compound.lstrip("おご御")


def _institution_before(words, i):
    """The compound noun that ends at words[i - 1] ends in an institution (当薬局, 協力医療機関)."""
    compound = ""
    j = i - 1
    while j >= 0 and words[j].pos in ("名詞", "接頭詞"):
        compound = words[j].surface_form + compound
        j -= 1
    return bool(compound) and compound.endswith(tuple(INSTITUTION_NOUNS))


def _potential(reading):
    """The final predicate is an availability: できる (受けることができます), or a verb + られる / れる, or a
    potential verb (受けられます, 行えます)."""
    words = _words(reading)
    if _predicate_class(reading) == "availability":
        return True
    if any(t.pos == "動詞" and t.pos_detail_1 == "接尾" and _lemma(t) in ("られる", "れる") for t in words[-4:]):
        return True
    # a potential verb (行える, 読める): its dictionary form in the u-row is the verb made possible
    verbs = [_lemma(t) for t in words if t.pos == "動詞" and t.pos_detail_1 == "自立"]
    return bool(verbs) and len(verbs[-1]) > 2 and verbs[-1][-1] == "る" and verbs[-1][-2] in _E_ROW


def _service_at_institution(reading):
    """Where a service is given: an institution as the place (当薬局で, 市内の協力医療機関で) or the condition
    (協力医療機関であれば) of a verb of offering or receiving a service (offer_service_heads) that is available
    (〜できます, 受けられます) or kept in the progressive (受け付けています). No word of effect or sign."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    if not _heads(reading) & OFFER_SERVICE_HEADS:
        return False
    words = _words(reading)
    if any(t.basic_form == "た" and t.pos == "助動詞" for t in words[-3:]):
        return False  # a past event (当院で最初の腎移植が行われました) is history, not an offer
    placed = any(
        t.surface_form in ("で", "では") and t.pos in ("助詞", "助動詞") and _institution_before(words, i)
        for i, t in enumerate(words)
    )
    return (
        placed
        and (_potential(reading) or _ongoing(reading))
        and _plain_offer(reading)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    )


def _plain_offer(reading):
    """The offer says only that the service is given: one verb (its head), no adjective of quality (安全な,
    早く, 難しい), no comparison (〜より) and no clause of reason or means (〜ので, 〜ため, 〜ことで, 〜に沿って).
    A.病院よりはるかに安全な方法で手術を行っています and ジェネリックは効きが悪いので、…処方しています say more,
    and stay claims."""
    words = _words(reading)
    verbs = [
        t
        for k, t in enumerate(words)
        if t.pos == "動詞"
        and t.pos_detail_1 == "自立"
        and t.basic_form not in ("する", "できる", "いる", "おる", "ある")
        and not (t.basic_form == "つく" and k and words[k - 1].surface_form == "に")  # 〜につきましては, a frame
    ]
    return (
        len(verbs) <= 1
        and not any(t.pos == "形容詞" or t.pos_detail_1 == "形容動詞語幹" for t in words)
        and not any(t.surface_form == "より" and t.pos == "助詞" for t in words)
        and not any(_lemma(t) in ("ので", "ため", "から") and t.pos_detail_1 in ("接続助詞", "非自立") for t in words)
        and not _qualified_service(words)
    )


def _offers_service(reading):
    """The institution, unnamed, offers a service: a verb of offering a service (対応, 行う, 受け付ける) in the
    progressive or the humble 〜ております, with no subject or topic marked by は or が (オンライン診療にも対応
    しています, 土曜日の診療も行っております). 免疫が…行っています has a subject of its own."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    words = _words(reading)
    if any(
        t.pos == "助詞" and t.surface_form in ("は", "が") and not _frame_topic(words, i) for i, t in enumerate(words)
    ):
        return False
    return (
        bool(_heads(reading) & (OFFER_SERVICE_HEADS - {"受ける", "受けられる"}))
        and _ongoing(reading)
        and _plain_offer(reading)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    )


# superlatives of a service's quality: 最も有効な検診, 唯一の根治治療, 最新の治療 (from the review)
_SERVICE_SUPERLATIVES = frozenset({"最も", "もっとも", "唯一", "一番", "最高", "最良", "最善"})
# (from the final review) a clause that only places the service in its scheme (市が行う特定健診, 定期接種に該当する予防接種,
# 会社で必要な健康診断) qualifies nothing a source must back
_SCHEME_PREDICATES = frozenset({"行う", "実施", "該当", "必要", "定める", "指定", "提供", "対象"})
_GROUP_HEADS = frozenset({"方", "人", "者", "さん", "様", "患者", "妊婦", "子ども", "子供", "こども", "小児", "高齢"})


def _qualified_service(words):
    """(fiftieth session) The service named is qualified by what a source must back: a clause before its noun (妊婦さん
    でも飲める頭痛薬, 母乳に移行しない薬, 標準治療であるメトホルミン, 最も有効な検診, 安全性の確立された注射), a superlative
    (唯一の, 最新の) or a group of patients it is for (妊婦さんには…接種を行っております: who should get what). An
    independent review wrote 130 claims in the shape of a clinic's service: 47 passed as services before this. A name
    in quotes is the service's (「うんち相談会」を開いています)."""
    words = grammar.unquoted(words)
    for k, t in enumerate(words):
        if t.surface_form in _SERVICE_SUPERLATIVES:
            return True
        following = words[k + 1] if k + 1 < len(words) else None
        if following is None:
            continue
        # a predicate in its attributive form before a noun; not before a time (来院する水曜日: a schedule)
        predicate = (t.pos == "動詞" or t.pos == "助動詞" and t.basic_form in ("ない", "ぬ", "た", "ある", "だ")) and (
            t.conjugated_form.startswith(("基本形", "体言接続"))
        )
        if predicate and following.pos == "名詞" and following.pos_detail_1 not in ("接尾", "非自立", "副詞可能"):
            # the verb, or the noun before する, な or である
            if not {_lemma(w) for w in words[max(0, k - 2) : k + 1]} & _SCHEME_PREDICATES:
                return True
        if (
            t.pos == "名詞"
            and (_lemma(t) in _GROUP_HEADS or t.pos_detail_2 == "人名" and t.pos_detail_1 == "接尾")
            and following.surface_form == "に"
            and k + 2 < len(words)
            and words[k + 2].surface_form in ("は", "も")
        ):
            return True
    return False


def _frame_topic(words, i):
    """(fiftieth session) The は at i closes a frame, not a subject: the matter (難聴については, 鼻炎に関しては, 小児に対して
    は) or the department (当科では, 外来では) of the service; real clinic pages describe their services so (補聴器の斡旋を
    行っております; a real sample had four such lines reported)."""
    if words[i].surface_form != "は" or i < 2:
        return False
    before = words[i - 1]
    if before.surface_form in ("について", "に関して", "に対して", "に関しまして", "に対しまして"):
        return True
    if (
        before.surface_form == "て"
        and i >= 4
        and [t.surface_form for t in words[i - 4 : i - 1]] == ["に", "つき", "まし"]
    ):
        return True  # につきましては, cut into its parts
    return (
        before.surface_form == "で"
        and before.pos == "助詞"
        and _lemma(words[i - 2]) in INSTITUTION_NOUNS | SERVICE_NOUNS
    )


def _supports_reader(reading):
    """A verb of support with no subject of its own whose object belongs to the reader addressed (市民の皆さまの
    健やかな毎日を応援しています, あなたの挑戦を応援します): the writer's encouragement. 免疫が体を支えています has
    a subject; 骨を支えています has no reader in its object."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    words = _words(reading)
    if any(t.pos == "助詞" and t.surface_form in ("は", "が") for t in words) or not _heads(reading) & SUPPORT_HEADS:
        return False
    return any(o & READER_PRONOUNS for o in _objects(reading)) or any(
        _lemma(words[i]) in READER_PRONOUNS and words[i + 1].surface_form == "の" for i in range(len(words) - 1)
    )


def _schedule_decided(reading):
    """The institution decides a date of its own in the humble register (手術日は、次回の外来受診の際に決定いたします,
    抜歯の日程は…決めさせていただきます): the topic's head is a date or a schedule (日, 日程, 日時) and the verb
    one of deciding. 治療の方法は…決定いたします has no date as its topic and stays a claim."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    words = _words(reading)
    humble = reading.courteous or any(
        _lemma(words[i]) in ("いただく", "頂く")
        and any(t.surface_form in ("せ", "させ") for t in words[max(0, i - 2) : i])
        for i in range(1, len(words))  # 決めさせていただきます
    )
    return (
        humble
        and bool(_heads(reading) & DECISION_HEADS)
        and _compound_head(reading.topic) in ("日", "日程", "日時", "日取り")
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    )


def _courteous_act(reading):
    """(ninth session) The institution or its staff reporting an act of its own in the humble register: the final
    predicate is いたす (致す) after a verbal noun, directly or by を (説明をいたします, お薬を確認いたします), or a
    humble verb of its own (伺います, 承ります: HUMBLE_VERBS); the verbal noun one of service to the reader or of
    running the service (service_act_nouns: 説明, 案内, 確認, 休診). 〜たりいたします and 〜ようにいたします keep the
    verb before them as the predicate (便秘がちになったりいたします is a symptom), so they are not this. Not an act
    of care (処方いたします, 採血をいたします: from five reviews, whatever the patients), nor with a word of effect
    or sign, a superlative of quality (最も負担の少ない), a clause quoted before the verbal noun (〜と判断いたします),
    a decision of care (決定いたします, 診断いたします) or a past (当院で初めて実施いたしました is history)."""
    if reading.lang != "ja" or reading.mood != "statement" or not reading.courteous or reading.negative:
        return False
    if (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas:
        return False
    words = grammar.main_clause_words(reading.tokens)
    if any(t.basic_form == "た" and t.pos == "助動詞" for t in words[-3:]):
        return False
    # the final verb: いたす after a verbal noun is tagged dependent (非自立), a humble verb of its own independent
    last = next((i for i in range(len(words) - 1, -1, -1) if words[i].pos == "動詞"), None)
    if last is None:
        return False
    if words[last].basic_form in grammar.HUMBLE_VERBS:
        noun = last
    elif words[last].basic_form in ("いたす", "致す") and last >= 1:
        noun = last - 1 if words[last - 1].surface_form != "を" else last - 2
        if noun < 0 or words[noun].pos != "名詞":
            return False
        # (five reviews in turn) only a service to the reader (説明, 案内, 確認, 訪問: service_act_nouns). Acts of care
        # in this register were read as notices, then as practices for patients picked out, and each reading let
        # treatment claims through that the next review found (心臓病の方にも、手術をいたします, 早期の胃がんは、
        # 内視鏡で切除いたします): a miss costs more than a false alarm, so a notice of care (当日は、採血をいたします)
        # keeps its citation
        if _lemma(words[noun]).lstrip("ごお") not in SERVICE_ACT_NOUNS:
            return False
    else:
        return False
    # a superlative of quality (最も負担の少ない麻酔を提案いたします) is a claim about the care, whatever the register
    if any(t.surface_form in ("最も", "一番", "いちばん", "最適", "最善", "最良") for t in words):
        return False
    if _heads(reading) & (DECISION_HEADS | {"診断", "選択"}):
        # a decision of care (治療の方法は、検査の結果をみて決定いたします) says how care is chosen: a claim; a date
        # decided is _schedule_decided's
        return False
    return not any(t.surface_form == "と" and t.pos_detail_2 == "引用" for t in words[max(0, noun - 2) : noun])


def _reason_of_health(reading):
    """A tendency (〜しやすい, 〜しにくい) or a reason clause (〜ため, 〜ので) with a word of health in it (重症化しやすい
    ため): the age that goes with it is a figure about health. 4月から (a start) and 市が負担するため (a reason of
    administration) are not (from the second review)."""
    tokens = reading.tokens
    if any(_lemma(t) in ("やすい", "にくい") and t.pos in ("形容詞", "名詞") for t in tokens):
        return True
    return _health_reason_clause(tokens)


def _effect_reason_clause(tokens):
    """(twelfth session, narrowed by the second review) A reason clause (〜ため, 〜ので, 〜から) that states an effect or a
    risk (除菌の薬が影響を及ぼす可能性があるので): a word of effect or sign, 影響 or 可能性 in it; not a clause that says
    only that things vary (手術の内容によって入院期間が異なるため, 体質によって合わない薬もあるので)."""
    for clause in _reason_clauses(tokens):
        text = "".join(x.surface_form for x in clause)
        if "によって" in text or "により" in text or "によっては" in text:
            continue
        lemmas = {_lemma(x) for x in clause}
        if _EFFECT_OR_SIGN & lemmas or {"影響", "可能性", "副作用", "危険"} & lemmas:
            return True
    return False


def _health_reason_clause(tokens):
    """A reason clause (〜ため, 〜ので, 〜から) with a word of health in it (除菌の薬が影響を及ぼす可能性があるので)."""
    return any(medical.medical_words(clause) for clause in _reason_clauses(tokens))


def _stated_health_reason(tokens):
    """(twenty-eighth session, narrowed by two reviews) A reason clause that states a fact of health: ので or the
    conjunctive から after any predicate, or ため after one that cannot be a purpose (a negation, a past, an adjective,
    the copula: 〜病気ではないため; not a verb in its plain form, 血圧を測るため, nor a noun, 感染予防のため), with a word
    of health in the clause."""
    for clause in _reason_clauses(tokens):
        reason = _lemma(tokens[len(clause)]) != "ため"  # ので or the conjunctive から
        before = [x for x in clause if x.pos != "記号"]
        if not before or before[-1].pos not in ("動詞", "形容詞", "助動詞"):
            continue
        if not reason and before[-1].pos == "動詞" and _lemma(before[-1]) not in ("ある", "いる", "なる", "おる"):
            # an act with its object (〜を測るため, 〜を防ぐため) is a purpose; a happening (うつることがあるため,
            # 出血するため) is a reason
            clause = before[max((k + 1 for k, x in enumerate(before) if x.surface_form in ("、", ",")), default=0) :]
            if any(x.surface_form == "を" and x.pos == "助詞" for x in clause):
                continue
        if medical.medical_words(clause):
            return True
    return False


def _reason_clauses(tokens):
    """The tokens before each mark of a reason (〜ため, 〜ので, the conjunctive 〜から), in order."""
    for i, t in enumerate(tokens):
        if _lemma(t) in ("ため", "ので") or (t.surface_form == "から" and t.pos_detail_1 == "接続助詞"):
            yield tokens[:i]


def _use_of_its_own(reading):
    """A use of a medicine or a treatment stated: a verb of use (飲む, 使う), or a verbal noun of use as a predicate (服用
    する, 注射を…, 接種して). Inside a compound name (接種+日) or as the topic or subject (定期接種は, 予防接種の) it
    names the service."""
    tokens = reading.tokens
    for k, t in enumerate(tokens):
        if _lemma(t) not in USE_HEADS:
            continue
        if t.pos == "動詞":
            return True
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if following is not None and (
            following.pos == "動詞" and _lemma(following) == "する" or following.surface_form == "を"
        ):
            return True
    return False


def _effect_or_sign_of_its_own(reading):
    """A word of effect or sign that is not inside a compound name: 予防+接種の費用, 便+潜血+検査 name a service; 再発を
    防ぐ効果がある薬の費用 states the effect."""
    tokens = reading.tokens
    return any(
        _lemma(t) in EFFECT_WORDS | SIGN_NOUNS and not (k + 1 < len(tokens) and tokens[k + 1].pos == "名詞")
        for k, t in enumerate(tokens)
    )


_NOTICE_NOUNS = tuple(table(WORDS, CLAIM_WORDS, "notice_nouns"))  # lint/data/claim-words.toml
_SENDING_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "notice_sending_verbs"))  # lint/data/claim-words.toml
_AGE_AND_TIME_UNITS = frozenset(table(WORDS, CLAIM_WORDS, "age_and_time_units"))  # lint/data/claim-words.toml


def _notice_sent(reading):
    """A notice of the service as the topic and a verb of sending as the predicate (1歳6か月児健診のご案内は、…お送り
    します, 問診票は受診日の2週間前に郵送します): the ages and times in it say when the notice goes out."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or not reading.topic:
        return False
    head = _compound_head(list(reading.topic))
    return head.endswith(_NOTICE_NOUNS) and bool(_heads(reading) & _SENDING_VERBS)


_UNIT_PRICE = re.compile(
    r"(?:につき|あたり|当たり)?[ 　]?(?:約|税込|税別)?[ 　]?[¥￥]?[0-9０-９][0-9０-９,，]*(?:万|千)?[ 　]?円"
)
# (from the review: 最大 and 限定 count anything, 家族内で最大4人に感染します)
_QUOTA = re.compile(r"(?:定員|先着|募集人数|募集)(?:は|数は)?[ 　]?[:：]?[ 　]?(?:各回|各会場)?[ 　]?(?:約)?$")
_FREE_OF_CHARGE = re.compile(
    r"(?:以上|以下|未満|まで|から)?(?:の)?[^。（）()]{0,30}?(?:は|も)(?:無料|無償|半額|割引|免除|公費負担|自己負担なし)"
)
_PEOPLE_COUNTERS = tuple(table(WORDS, CLAIM_WORDS, "people_counters"))  # lint/data/claim-words.toml


def _term_of_service(quantity, text):
    """A number that is a term of the service, not of health: the count a price is for (1回1,500円, 1通につき3,300円),
    a capacity or quota of people (定員20名, 先着30名), an age that qualifies for no or a lower charge (70歳以上の方、
    生活保護を受けている方は無料). The caller has made sure no word of effect or sign is in the sentence."""
    after = text[quantity.end :]
    if _UNIT_PRICE.match(after):
        return True
    if quantity.unit in _PEOPLE_COUNTERS and _QUOTA.search(text[: quantity.start]):
        return True
    return quantity.unit in ("歳", "才") and bool(_FREE_OF_CHARGE.match(after))


def _programme_scope(reading):
    """A programme's scope as the predicate: 〜の対象となる / 〜の対象です after a programme of payment or support
    (高額療養費制度の対象となる場合があります, 医療費控除の対象です); 治療の対象となる is an indication."""
    words = _words(reading)
    if reading.lang != "ja" or reading.mood != "statement":
        return False  # 〜対象となる場合がありますので、領収書は保管してください: the request decides
    for i in range(2, len(words)):
        if _lemma(words[i]) != "対象" or words[i - 1].surface_form != "の":
            continue
        # the scope as the predicate (対象となる, 対象です); as the topic (医療費助成の対象は、重症度III以上の人です)
        # the comment states who qualifies, which is the claim
        following = words[i + 1].surface_form if i + 1 < len(words) else ""
        if following not in ("と", "に", "です", "だ", "でしょ", "では", "には", "とは"):
            continue
        compound = ""
        j = i - 2
        while j >= 0 and words[j].pos in ("名詞", "接頭詞"):
            compound = words[j].surface_form + compound
            j -= 1
        if compound.endswith(tuple(PROGRAMME_NOUNS)):
            return not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    return False


_CLAUSE_ENDS = ("ため", "ので", "から", "が", "けれど", "けど", "ば", "と", "ても", "たら")


def _main_clause(reading):
    """The reading of the main clause, after the last comma that ends a subordinate clause (保険適用外のため、
    費用は全額自己負担となります → 費用は全額自己負担となります), or None. The topic of a subordinate clause is
    its own; the main clause's topic decides what the sentence is about."""
    tokens = reading.tokens
    cut = None
    for i in range(1, len(tokens)):
        if tokens[i].surface_form in ("、", "，") and tokens[i - 1].surface_form in _CLAUSE_ENDS:
            if tokens[i - 1].pos == "助詞" or _lemma(tokens[i - 1]) == "ため":
                cut = i
    if cut is None or cut + 1 >= len(tokens):
        return None
    return grammar.read("".join(t.surface_form for t in tokens[cut + 1 :]))


_REASON_ENDS = ("ため", "ので", "から")


def _comma_reasons(tokens):
    """(index of the comma, the tokens before it) for each clause of reason a comma closes (〜ため、, 〜ので、, the
    conjunctive 〜から、; 病院から、 is a place)."""
    for i in range(2, len(tokens) - 1):
        if tokens[i].surface_form not in ("、", "，") or _lemma(tokens[i - 1]) not in _REASON_ENDS:
            continue
        if tokens[i - 1].pos == "助詞" and tokens[i - 1].pos_detail_1 != "接続助詞":
            continue
        yield i, tokens[:i]


def _reason_states(reading):
    """A clause of reason before the main clause (〜ため、, 〜ので、, 〜から、) that ends in a finite predicate
    of its own and names an effect on the body or a sign: the request rests on a medical statement,
    which needs its source (…効きにくいことがあるため、処方の際に申し出てください). A reason of
    administration (駐車場が混み合うため、…ご利用ください) names neither and leaves a referral as it is."""
    if reading.lang != "ja":
        return False
    tokens = reading.tokens
    for i, clause in _comma_reasons(tokens):
        predicate = tokens[i - 2]
        finite = predicate.conjugated_form.startswith("基本形") and (
            predicate.pos in ("動詞", "形容詞")
            # the auxiliaries of a finite clause; not the classical つ of a word split wrongly (いつから → い+つ)
            or (
                predicate.pos == "助動詞" and predicate.basic_form in ("ない", "た", "だ", "ます", "です", "ぬ", "たい")
            )
        )
        surface = "".join(t.surface_form for t in clause)
        # by lemma, or as written for a word the tokenizer splits (おそれ → お + それ)
        named = (EFFECT_WORDS | SIGN_NOUNS) & {_lemma(t) for t in clause} or any(
            len(w) > 2 and w in surface for w in EFFECT_WORDS
        )
        if finite and named:
            return True
    return False


def _wish_decided(tokens):
    """Every object (〜を) stands in a clause of the reader's wish before かどうか (手術を希望されるかどうかは):
    the decision is about what the reader wants, not a medical action."""
    for i in range(len(tokens) - 1):
        if tokens[i].surface_form == "か" and tokens[i + 1].surface_form == "どう":
            before = tokens[:i]
            wished = any(_lemma(t) in ("希望", "たい", "望む") for t in before)
            later = any(t.surface_form == "を" and t.pos == "助詞" for t in tokens[i:])
            return wished and not later
    return False


# (thirty-third session) what makes a choice a claim about care: a need, a possibility, an evaluation, a case
_CHOICE_WEIGHED = frozenset(
    {
        "必要",
        "べき",
        "べし",
        "可能",
        "可能性",
        "大丈夫",
        "いい",
        "よい",
        "良い",
        "いけない",
        "ほう",
        "方がよい",
        "場合",
        "危険",
        "安全",
    }
)
# the words of talking a choice over with the care team and deciding it (担当医とよく話し合ってお決めください, ご家族も交えて
# 主治医と相談して決めていきましょう)
_DECISION_FRAME = frozenset(
    {
        "家族",
        "ご家族",
        "本人",
        "ご本人",
        "お子さん",
        "お子様",
        "患者",
        "皆さん",
        "ご",
        "お",
        "も",
        "と",
        "に",
        "よく",
        "十分",
        "じっくり",
        "しっかり",
        "一緒",
        "交える",
        "話し合う",
        "話し合い",
        "相談",
        "ご相談",
        "する",
        "て",
        "で",
        "の",
        "うえ",
        "上",
        "決める",
        "決め",
        "お決め",
        "くださる",
        "ください",
        "ます",
        "ましょう",
        "う",
        "いく",
        "いただく",
        "いただける",
        "納得",
        "まで",
    }
)
_CARE_CHANGES = frozenset(
    {"やめる", "止める", "減らす", "増やす", "中止", "中断", "変える", "変更", "休む", "控える", "減量", "増量"}
)
# the nouns of the reader's choice as a topic: when, which way (運動を再開する時期は, 治療を始めるタイミングは)
_CHOICE_NOUNS = frozenset({"時期", "タイミング", "方法", "やり方", "進め方", "時", "とき", "日", "日程"})


def _choice_decided(tokens):
    """(thirty-third session) Every object (〜を) stands in the topic, a choice of the reader's put as a question or as
    when or how (手術を受けるかどうかは, どの方法を選ぶかは, 運動を再開する時期は), and the topic weighs nothing (no need,
    possibility, evaluation or case: 薬をやめたり量を変えたりする必要があるかどうかは stays medical advice, as does a list of
    acts with 〜たり and a change to care under way, 薬をやめるかどうかは): the choice is left to the reader and the care
    team, and the sentence advises nothing of care."""
    topic_end = None
    for i in range(1, len(tokens)):
        if tokens[i].surface_form == "は" and tokens[i].pos == "助詞":
            before = tokens[i - 1]
            if before.surface_form == "か" or _lemma(before) in _CHOICE_NOUNS:
                topic_end = i
            break
    if topic_end is None:
        return False
    # after the topic, the frame of talking and deciding and nothing else (、担当医とよく話し合ってお決めください;
    # 、お子さんご本人も交えて、主治医と相談して決めましょう): a reason, a fact handed to the decision or a condition
    # of care beside it (〜ため, 〜ことも踏まえて, 〜てからにして) is read as what it says (from the review of the first
    # version, which let twelve such claims through)
    for t in tokens[topic_end + 1 :]:
        if t.pos == "記号" or _lemma(t) in _DECISION_FRAME or medical.names_a_person(t):
            continue
        return False
    topic = tokens[:topic_end]
    # the topic names the choice only: no quality of an option (効果の高い治療を), no effect or sign (がんが消える)
    if any(t.pos == "形容詞" or t.pos_detail_1 == "形容動詞語幹" for t in topic):
        return False
    if {_lemma(t) for t in topic} & (EFFECT_WORDS | SIGN_NOUNS) or medical.generalises(topic, conditions=False):
        return False
    # a word of health only in the option chosen (the noun compound before を): がんが消えることもある免疫療法を is a claim
    # about the option
    objects = [i for i, t in enumerate(topic) if t.surface_form == "を" and t.pos == "助詞"]
    start = objects[0] if objects else 0
    while start > 0 and topic[start - 1].pos in ("名詞", "接頭詞"):
        start -= 1
    if objects and medical.medical_words(topic[:start]):
        return False
    if any(t.surface_form in ("たり", "だり") for t in topic):
        return False
    # a change to care under way (薬をやめるかどうかは, 量を減らすかどうかは): "do not change it on your own", an
    # instruction of care (issue 11), not a choice between options
    if any(_lemma(t) in _CARE_CHANGES for t in topic):
        return False
    return not any(_lemma(t) in _CHOICE_WEIGHED for t in topic)


_REASSURANCE = frozenset({"大丈夫", "いい", "よい", "良い", "構う", "かまう", "平気", "問題"})


def _objects(reading):
    """The head noun before each を with the nouns joined to it by や / と (ご自分やお子さん), as sets of
    lemmas; a noun before の only modifies the head (ご自身の睡眠 is the sleep)."""
    tokens = reading.tokens
    out = []
    for i, token in enumerate(tokens):
        if token.surface_form != "を" or token.pos != "助詞":
            continue
        chain, j = set(), i - 1
        while j >= 0 and (tokens[j].pos in ("名詞", "接頭詞") or tokens[j].surface_form in ("や", "と")):
            if tokens[j].pos == "名詞":
                chain.add(_lemma(tokens[j]))
                chain.add(tokens[j].surface_form)
            j -= 1
        out.append(frozenset(chain) | frozenset("ご" + w for w in chain))
    return out


def _honours_reader(tokens):
    """Honorific words about the reader: an honorific prefix on an adjective or adjectival noun (おつらい,
    ご不安), an honorific れる / られる after a verb (された, 驚かれた), or さぞ (the writer imagining)."""
    for i, token in enumerate(tokens):
        if _lemma(token) == "さぞ":
            return True
        if token.pos == "接頭詞" and token.surface_form in ("お", "ご", "御") and i + 1 < len(tokens):
            following = tokens[i + 1]
            if following.pos == "形容詞" or following.pos_detail_1 == "形容動詞語幹":
                return True
            # a verb's noun form honoured as the reader's (つらい日々をお過ごしのことと思います, お困りのことでしょう)
            if (
                following.pos == "動詞"
                and following.conjugated_form.startswith("連用")
                and i + 2 < len(tokens)
                and tokens[i + 2].surface_form == "の"
                # right before のこと (お過ごしのことと思います: the caller may pass the words up to の); お持ちの方
                # names a group of patients
                and (i + 3 == len(tokens) or _lemma(tokens[i + 3]) == "こと")
                # knowing or having heard takes what precedes as fact (〜ことは、お聞きのことと思います)
                and _lemma(following) not in ("聞く", "読む", "知る", "存じる")
            ):
                return True
        if token.pos == "動詞" and token.pos_detail_1 == "接尾" and _lemma(token) in ("れる", "られる"):
            return True
        # the same read as one noun by the dictionary (お過ごし, お困り), not a thing of health (お薬のこと)
        if (
            token.pos == "名詞"
            and token.surface_form[:1] in ("お", "ご")
            and len(token.surface_form) >= 3
            and i + 1 < len(tokens)
            and tokens[i + 1].surface_form == "の"
            and (i + 2 == len(tokens) or _lemma(tokens[i + 2]) == "こと")
            and not medical.medical_words([token])
            # knowing or having heard takes what precedes as fact (〜が肺がんの原因になることは、ご存じのことと思います)
            and token.surface_form not in ("ご存じ", "ご存知", "御存じ", "お聞き", "お読み")
        ):
            return True
    return False


def _chained_referral(reading):
    """A decision reached by talking: a verb of talking in the て-form before a verb of deciding
    (治療の進め方については、担当医とよく話し合って決めていきましょう, 相談して選んでください), or with a person
    of the care team as companion (〜は、担当医と一緒に決めましょう). A decision
    whose object names the actions (薬をやめたり量を変えたりする必要があるかどうかは、…相談して決めて
    ください: 〜を) is medical advice on them and stays a claim."""
    decision = _heads(reading) & DECISION_HEADS  # お決めください: the honorific noun form of 決める
    if reading.lang != "ja" or not decision:
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    # 手術を希望されるかどうかは…: the object names the reader's wish, not a medical action; an offer
    # (〜かどうかは、…ご相談のうえでお決めいただけます) leaves the choice to the reader and advises nothing
    if (
        any(t.surface_form == "を" and t.pos == "助詞" for t in tokens)
        and not _wish_decided(tokens)
        and not _choice_decided(tokens)
        and not reading.offer
    ):
        return False
    # deciding with a person of the care team (担当医と一緒に考えていきましょう): the talk is the companion
    if any(
        t.surface_form == "と" and t.pos == "助詞" and i and medical.names_a_person(tokens[i - 1])
        for i, t in enumerate(tokens)
    ):
        return True
    named = {reading.head} | decision
    for i in range(1, len(tokens) - 1):
        following = tokens[i + 2] if tokens[i + 1].pos == "接頭詞" and i + 2 < len(tokens) else tokens[i + 1]
        after = _lemma(following)  # 話し合ってお決めください: the honorific prefix before the verb
        if (
            tokens[i].surface_form in ("て", "で")
            and tokens[i].pos == "助詞"
            and (after in named or _plain_lemma(after) in named)
        ):
            verb = _lemma(tokens[i - 1])
            if verb == "する" and i > 1:
                verb = _lemma(tokens[i - 2])  # 相談 + し + て
            return verb in REFERRAL_HEADS - CARE_HEADS
        # 〜のうえ (ご相談のうえ決めていきます): the talk comes first, then the decision
        if tokens[i].surface_form == "の" and tokens[i + 1].surface_form in ("うえ", "上") and i + 2 < len(tokens):
            j = i + 2
            while j < len(tokens) - 1 and (tokens[j].surface_form == "で" or tokens[j].pos == "接頭詞"):
                j += 1  # ご相談のうえでお決め…: で and the honorific prefix before the verb
            if _lemma(tokens[j]) == reading.head:
                return _lemma(tokens[i - 1]).lstrip("おご御") in REFERRAL_HEADS - CARE_HEADS
    return False


def _wished_days(reading):
    """A request to spend one's days (お過ごしください) with no act of its own: only a manner of courtesy or wish
    (お大事に, 穏やかな毎日を, ご無理のないよう), no verb before it (安静にしてお過ごしください stays an instruction)."""
    if reading.lang != "ja" or reading.mood != "request":
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    # MeCab reads the honorific お過ごし as one noun, the grammar's head as its stem (過ご)
    head = next(
        (
            i
            for i in range(len(tokens) - 1, 0, -1)
            if tokens[i].surface_form in ("ください", "下さい") and tokens[i - 1].surface_form in ("お過ごし", "過ごし")
        ),
        None,
    )
    if head is None:
        return False
    before = tokens[: head - 1]
    words = [
        t
        for i, t in enumerate(before)
        if t.pos in ("名詞", "動詞", "形容詞", "副詞")
        and t.pos_detail_1 not in NON_CONTENT
        # 無理のない: within one's limits, the idiom of courtesy
        and not (_lemma(t) == "ない" and i >= 2 and _lemma(before[i - 2]) == "無理")
    ]
    return bool(words) and all(_lemma(t) in WISH_MANNERS for t in words)


# parts of speech that carry no content of their own (よう, こと, さま)
NON_CONTENT = frozenset(("非自立", "接尾", "代名詞"))


def _text_as_goal(reading):
    """The head is a verb of entering or moving (入る, 移る) whose goal, the noun before its に or へ, is a part of the
    text or what the text will say (本題に入りましょう, 治療の話に移りましょう; not 湯船に入りましょう)."""
    if reading.head not in _MOVING_HEADS:
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    for i in range(len(tokens) - 1, 1, -1):
        if _lemma(tokens[i]) == reading.head and tokens[i].pos == "動詞":
            particle, noun = tokens[i - 1], tokens[i - 2]
            # only a word of what the text says (本題, 話題): a text noun may be a meal's (通常の内容に戻りましょう)
            return (
                particle.surface_form in ("に", "へ")
                and particle.pos == "助詞"
                and _lemma(noun) in DISCOURSE_GOALS
                and not reading.condition
            )
    return False


def _without_advice_frame(text, reading):
    """The text before the frame of a recommendation in the writer's voice (受診することをお勧めします → 受診する), so
    that the frame's own words (勧め, ほうがよい) do not count as a word of advice in what it recommends."""
    return reading.text[: reading.advice_at] if reading.advice_at else text


def _evaluated_referral(reading):
    """A referral judged useful: a verb of talking before 〜と (with 〜ておく) and a word of evaluation as the
    predicate (前もって主治医と相談しておくと安心です, 薬剤師に聞いておくとよいでしょう). To be seen (受診して
    おくと安心です) is care advice and stays a claim; so does a talk with an object (〜に中和薬があるかどうかを
    確かめておくと安心です): the judgement then bears on what the object says."""
    if reading.lang != "ja":
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    if any(t.surface_form == "を" and t.pos == "助詞" for t in tokens):
        return False
    # (seventh session) 〜に相談してみるのも一つです: talking judged one good option, as 〜とよいでしょう
    text = "".join(t.surface_form for t in tokens)
    if re.search(r"のも(?:一つ|ひとつ)(?:です|でしょう)?$", text):
        i = next((k for k in range(len(tokens) - 1, 0, -1) if tokens[k].surface_form == "も"), 0)
        return _verb_ending_at(tokens, i - 2, ("みる", "て", "で", "おく")) in REFERRAL_HEADS - CARE_HEADS  # before の
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].surface_form == "と" and tokens[i].pos == "助詞":
            # (seventh session) the grammar may read 〜とよいでしょう as the verb's recommendation and give the verb as
            # the head (薬剤師に聞いてみるとよいでしょう): the evaluation is then the word after と
            if reading.head not in EVALUATION_HEADS and not any(
                _lemma(t) in EVALUATION_HEADS for t in tokens[i + 1 : i + 3]
            ):
                return False
            return _verb_ending_at(tokens, i - 1, ("おく", "て", "で")) in REFERRAL_HEADS - CARE_HEADS
    return False


def _verb_ending_at(tokens, j, auxiliaries):
    """The lemma of the verb whose phrase ends at ``j``, past its auxiliaries (〜ておく, 〜てみる) and the light verb
    する of a verbal noun (相談し → 相談)."""
    while j > 0 and (_lemma(tokens[j]) in auxiliaries or tokens[j].pos_detail_1 == "非自立"):
        j -= 1
    verb = _lemma(tokens[j])
    return _lemma(tokens[j - 1]) if verb == "する" and j > 0 else verb


def _ongoing(reading):
    """The predicate is in the progressive (行っています, 行っております): a schedule kept."""
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    return any(
        tokens[i].surface_form in ("て", "で") and _lemma(tokens[i + 1]) in ("いる", "おる")
        for i in range(len(tokens) - 1)
    )


def _case_heads(reading, particle, whole=False):
    """The compound heads of the nouns marked by ``particle`` (が, を), a bracketed aside before it left out
    (選定療養費（7,700円）を → 費); ``whole``: the compound's nouns joined too (自己 + 負担 → 自己負担). Kept on the
    reading: a check asked once for each number of a sentence made a sentence of thousands of numbers quadratic."""
    kept_heads = reading.__dict__.setdefault("_case_heads", {})
    key = (particle, whole)
    if key not in kept_heads:
        kept_heads[key] = _read_case_heads(reading, particle, whole)
    return set(kept_heads[key])


def _read_case_heads(reading, particle, whole):
    tokens, out, depth, kept = reading.tokens, set(), 0, []
    for token in tokens:
        if token.surface_form in ("（", "("):
            depth += 1
        elif token.surface_form in ("）", ")"):
            depth = max(0, depth - 1)
        elif depth == 0:
            if token.surface_form == particle and token.pos == "助詞" and kept:
                out.add(_compound_head(kept[-4:]))
                if whole:
                    j = len(kept)
                    while j > 0 and kept[j - 1].pos == "名詞":
                        j -= 1
                    out.add("".join(_lemma(t) for t in kept[j:]))
            kept.append(token)
    return out - {""}


def _holds_event(reading, health):
    """An institution holds an event or a class: its object is one (講習会を随時行っています, 年に2回、交流会を
    開いています) and the verb one of operating; a count of sessions is its schedule. 勉強会で血圧が下がります
    has no such object."""
    return (
        reading.lang == "ja"
        and reading.mood == "statement"
        and not reading.negative
        and bool(_case_heads(reading, "を") & (ADMINISTRATIVE_HEAD_NOUNS - FEE_NOUNS))
        and bool(_heads(reading) & (SERVICE_HEADS | ADMINISTRATIVE_HEADS))
        and all(q.unit == "回" for q in health)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    )


# (twelfth session) the terms on which a service is had: free, anonymous, at public expense
_TERMS_OF_SERVICE = ("無料", "無償", "公費", "匿名", "予約不要", "予約なし")


def _had_free(reading):
    """(twelfth session) A service had on its terms (HIV検査は保健所にて匿名・無料で受けられます, がん検診は無料で受けられます):
    a term of the service (無料, 匿名, 公費) and a verb of receiving or using as its head, in one clause with no word of
    effect or sign and no concession (see _one_clause_statement)."""
    return (
        any(term in reading.text for term in _TERMS_OF_SERVICE)
        and bool(_heads(reading) & {"受ける", "受けられる", "利用", "利用できる", "できる"})
        and _one_clause_statement(reading)  # not whom it suits (持病がある場合でも、予約なしで受けていただけます)
    )


# (twelfth session, narrowed by the second review) what a scheme pays: 医療費の助成が受けられます, 給付金がもらえます
# (not 補助, which is also a care's support: 酸素投与の補助)
_SCHEME_PAYMENTS = ("助成", "助成金", "給付", "給付金", "補助金", "支給", "公費負担")


def _scheme_pays(reading):
    """(twelfth session) A payment of a scheme received (_SCHEME_PAYMENTS as the subject or object of 受ける, もらう,
    出る): 医療費の助成が受けられます; in one clause (see _one_clause_statement)."""
    return (
        bool(_heads(reading) & {"受ける", "受けられる", "もらう", "もらえる", "出る", "支給"})
        and any(
            h.endswith(_SCHEME_PAYMENTS)
            for h in _case_heads(reading, "が", whole=True) | _case_heads(reading, "を", whole=True)
        )
        and _one_clause_statement(reading)
    )


def _one_clause_statement(reading):
    """(second review) A Japanese statement, not negated, with one predicate: no verb, adjective or negation before the
    final one (一度受ければ生涯追加は不要で、公費で受けられます and 無料で使えるアプリで…管理ができます hold a claim in
    another clause), no word of effect or sign, no concession (妊娠中でも無料で受けられます: whom it suits)."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or _names_effect_or_sign(reading):
        return False
    words = _words(reading)
    final = max(
        (i for i, t in enumerate(words) if t.pos in ("動詞", "形容詞") and t.pos_detail_1 == "自立"), default=-1
    )
    if final < 0:
        return False
    earlier = words[:final]
    if any(t.pos in ("動詞", "形容詞") and t.pos_detail_1 == "自立" and _lemma(t) != "する" for t in earlier):
        return False
    if any(t.surface_form in ("不要", "必要", "ない", "なく") for t in earlier):
        return False
    return not any(_conceding(words, i) for i in range(len(words)))


def _fee_statement(reading):
    """A fee is charged or paid: a fee as subject or object (文書料がかかります, 選定療養費をご負担いただきます)
    with a verb of charging or paying (fee_heads)."""
    return (
        reading.lang == "ja"
        and reading.mood == "statement"
        and not reading.negative
        # the compound's last morpheme, or a word that ends in one (送料, 手数料)
        and any(
            head.endswith(tuple(FEE_NOUNS)) or head in ADMINISTRATIVE_UNITS  # 7,700円をご負担いただきます
            for head in _case_heads(reading, "が", whole=True) | _case_heads(reading, "を", whole=True)
        )
        and bool(_heads(reading) & FEE_HEADS)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    )


_RELATIVE_TIME = ("前", "後", "以内", "まで", "から", "より")

_PRICE_COPULA = re.compile(
    # an aside may close the sentence (〜円です（3割負担の場合）。): a sentence of its own; one may gloss the amount
    # before the copula too (1,500円（税込）です)
    r"円(?:[（(][^（）()。]*[）)])?(?:程度|前後|ほど|くらい|ぐらい)?(?:です|でございます|となります|になります)"
    r"(?:[（(][^（）()。]*[）)])?[。．.！!]*$"
)
# a label given no charge (参加費：無料（要予約）, 健診費用：無償): the colon stands for は…です, as with a price
_FREE_LABEL = re.compile(r"^[^：:。]{1,40}[：:][ \t　]{0,3}(?:無料|無償)(?:（[^（）]*）|\([^()]*\))?$")


def _states_a_price(reading, text, kinds):
    """A statement whose predicate is a price with the copula (…は約6,000円です), or a label given a price (初診料：
    2,000円, 費用の目安（3割負担の場合）：片目 約45,000円: the colon stands for は…です), and no word of effect or
    sign: what something costs, not what it does."""
    core = grammar.core_text(text)
    if reading.lang != "ja" or reading.mood != "statement":
        return False
    free = _FREE_LABEL.search(core.strip())
    if "price" not in kinds and not free:
        return False
    if free or _PRICE_LABEL.search(core.strip()):
        return not _effect_or_sign_of_its_own(reading)
    return bool(_PRICE_COPULA.search(core)) and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas


# (forty-second session) an English price as the predicate: a noun of charging before a copula or a verb of costing
# and the price (The fee for a medical certificate is ¥3,300; The consultation fee is approx. 3,000 yen with insurance;
# A scale and polish costs £26.80; a first-visit surcharge of 7,700 yen applies)
_EN_CHARGE = r"(?:fee|fees|charge|charges|cost|costs|price|prices|surcharge|co-?pay(?:ment)?|deposit)"
_EN_AMOUNT = r"(?:[$£€¥￥]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:yen|dollars|pounds|euros|円))"
_EN_PRICE_STATEMENT = re.compile(
    rf"\b{_EN_CHARGE}\b[^.;:!?]{{0,60}}?\b(?:is|are|will be|comes to|come to)\s+(?:(?:approx\.?|approximately|about|around|"
    rf"only|just|from|up to|a flat|roughly)\s+)?{_EN_AMOUNT}"
    rf"|\b(?:costs?|cost)\s+(?:(?:approx\.?|approximately|about|around|only|just|from|up to|roughly)\s+)?{_EN_AMOUNT}"
    rf"|\b{_EN_CHARGE}\s+of\s+(?:(?:approx\.?|about|around)\s+)?{_EN_AMOUNT}[^.;:!?]{{0,30}}\bappl(?:y|ies)\b",
    re.IGNORECASE,
)


def _en_states_a_price(reading, text, kinds):
    """(forty-second session) An English statement whose predicate is what something costs (the counterpart of
    _states_a_price), with no word of effect or sign: a fee, a charge or a price before a copula and the amount, a verb
    of costing and the amount, or a charge of an amount that applies."""
    if reading.lang != "en" or reading.mood != "statement" or "price" not in kinds:
        return False
    return bool(_EN_PRICE_STATEMENT.search(text)) and not (EFFECT_WORDS | SIGN_NOUNS) & {
        w.lower() for w in reading.lemmas
    }


# (twenty-eighth session) a label and its price: 初診料：2,000円, 手術費用の目安：片目 約45,000円
# (no two parts may match the same spaces: the review found \s* beside [^…]{1,8} quadratic on a line of spaces)
_PRICE_LABEL = re.compile(
    r"^[^：:。]{1,40}[：:][ \t　]{0,3}(?:[^：:。\s]{1,8}[ \t　]{1,3})?(?:約|およそ|税込|税別)?[¥￥]?[\d,，]+(?:万|千)?"
    r"[ \t　]?円?(?:程度|前後|ほど|くらい|から|～|〜)?(?:（[^（）]*）|\([^()]*\))?$"
)


def _compound_head(tokens):
    """The last morpheme of the compound noun that ends ``tokens`` (参加+費 → 費, 申し込みの締め切り →
    締め切り, お受け取り → 受け取り): the head noun whose class the phrase takes; "" when it ends otherwise."""
    tokens = _before_aside(tokens)
    if not tokens or tokens[-1].pos != "名詞":
        return ""
    return _lemma(tokens[-1]).lstrip("おご御") if len(tokens[-1].surface_form) > 1 else _lemma(tokens[-1])


def _before_aside(tokens):
    """``tokens`` without a bracketed aside that ends them: 栄養相談（予約制） is 栄養相談 to the particle after it
    (twenty-eighth session): the aside glosses the noun and leaves its role in the clause as it was."""
    if not tokens or tokens[-1].surface_form not in ("）", ")"):
        return tokens
    for i in range(len(tokens) - 2, -1, -1):
        surface = tokens[i].surface_form
        if surface in ("（", "("):
            return tokens[:i]
        if surface in ("）", ")", "。"):
            break  # a nested or a sentence-long aside: left as it is
    return tokens


def _formal_copula(tokens, i):
    """The index of the noun before 〜となる (〜となります, 〜となっております) ending at ``tokens[i]``, or None."""
    j = i - 2 if i > 1 and tokens[i].basic_form in ("おる", "いる") and tokens[i - 1].surface_form == "て" else i
    if j > 1 and tokens[j].basic_form == "なる" and tokens[j - 1].surface_form == "と" and tokens[j - 2].pos == "名詞":
        return j - 2
    return None


def _predicate_class(reading):
    """copula (〜です after a noun), existence (ある, いる: 受付は…にあります), availability (できる, also
    after a verb's noun: 参加できます), change (変わる), operating (行う, 受け付ける, 開催; a programme's
    state: 保険が適用されます), or "" (any other verb: 下がる, 防ぐ)."""
    # the main clause's words: a bracketed aside at the end (〜円です（3割負担の場合）。) is a sentence of its own
    tokens = grammar.main_clause_words(reading.tokens) or [t for t in reading.tokens if t.pos != "記号"]
    if not tokens:
        return ""  # symbols only (an emoji line)
    i = len(tokens) - 1
    while i > 0 and tokens[i].pos in ("助動詞", "助詞"):
        i -= 1
    if i < len(tokens) - 1 and tokens[i].pos == "名詞" and any(t.basic_form in ("です", "だ") for t in tokens[i + 1 :]):
        return "copula"
    if _formal_copula(tokens, i) is not None:
        return "copula"  # 〜となります, 〜となっております: the copula in a formal register (全額自己負担となります)
    heads = _heads(reading)
    if tokens[i].pos == "動詞" and tokens[i].basic_form == "できる":
        return "availability"
    if (
        tokens[i].pos == "動詞"
        and tokens[i].pos_detail_1 == "自立"
        and tokens[i].basic_form in ("ある", "いる", "ござる")
    ):
        return "existence"  # not the aspect of 行っています (いる 非自立)
    if reading.head in PRESENCE_HEADS:
        return "existence"  # 常駐しています: being present, as いる
    if heads & CHANGE_HEADS:
        return "change"
    if heads & (SERVICE_HEADS | ADMINISTRATIVE_HEADS | ACCESS_HEADS | ADMINISTRATIVE_STATES):
        return "operating"
    # IPADIC reads 行っています as 行く as often as 行う; a thing of administration does not go anywhere
    if reading.head == "行く" and any(t.surface_form == "行っ" for t in tokens):
        return "operating"
    return ""


def _administrative_topic(reading, text, kinds, health):
    """An administrative or service statement decided by the class of the topic's head noun.

    The line: the topic's compound ends in a noun of administration (a fee 〜費/〜料/〜額, a deadline
    締め切り, an application 申請, a booking, an event 〜会, a class 教室, a document 〜券), or in the
    noun form of a verb of administration (お受け取り, 申し込み), or is a rule of a programme (申し込み
    方法); or an institution is the topic (当院では) of a verb of operating. The predicate is a copula,
    availability (できる; negated only with a date or a day: a closure), a change or a verb of operating;
    the comment has no word of effect on the body and no health number, except a fee's amounts in yen
    and shares with a copula (自己負担額は3割負担の方で5,000円です) and a time before or after a
    deadline (有効期限の3か月前から受け付けています). The head decides, not the modifier: 大腸がん検診
    の申し込み方法 is a procedure, 検診で死亡率が下がります (率, a verb of the body) stays a claim, and
    大腸がん検診の対象は40歳以上です (an age as a health number) stays one too.
    """
    if reading.lang != "ja" or reading.mood != "statement" or not reading.finite or not reading.topic:
        return False
    predicate = _predicate_class(reading)
    comment = reading.tokens[reading.topic_end :]
    # a fee that a programme does not cover (購入費は…助成の対象にはなりません) is still a fee's terms
    uncovered = _compound_head(reading.topic) in FEE_NOUNS and ADMINISTRATIVE_STATES & {_lemma(t) for t in comment}
    if uncovered and reading.negative and not predicate:
        predicate = "change"  # 対象にはなりません: IPADIC leaves the negated なる without a head
    if not predicate:
        return False
    timed = bool(kinds & {"date", "clock", "ordinal"}) or bool(DAYS.search(text))
    if reading.negative and not (predicate == "availability" and timed) and not uncovered:
        return False
    if (EFFECT_WORDS | SIGN_NOUNS) & {_lemma(t) for t in comment}:
        return False  # the topic's name may hold one (腰痛予防教室); the comment may not (痛みが強い方を優先)
    head = _compound_head(reading.topic)
    # the noun form of a verb (お受け取り → 受け取る, 受け付け → 受け付ける)
    verb_noun = {head, head[:-1] + head[-1].translate(_I_TO_U), head + "る"} if head else set()
    institution = _institution_topic(reading) and not _service_topic(reading)
    administrative = (
        head in ADMINISTRATIVE_HEAD_NOUNS
        or bool(verb_noun & (ACCESS_HEADS | ADMINISTRATIVE_HEADS) and len(head) > 1)
        or _rule_topic(reading)
    )
    if institution and not administrative:
        # an institution offers a service (当院では、〜相談も行っています, 当薬局では…お渡しできます); not a
        # quality of its care (副作用の少ない治療を行っています: an adjective) nor an ability (小さながんも
        # 見つけることができます: できる after a verb that is no service's)
        if (
            any(t.pos == "形容詞" for t in comment)
            or not _one_act(comment, _heads(reading))
            or _qualified_service(comment)
        ):
            return False
        service_verbs = SERVICE_HEADS | ADMINISTRATIVE_HEADS | ACCESS_HEADS | REFERRAL_HEADS
        if predicate == "availability" and not (reading.humble or _heads(reading) & service_verbs):
            return False
        # a count of sessions is its schedule (年に2回交流会を開いています); 年間500件の手術 is a figure
        return predicate in ("operating", "availability") and all(q.unit == "回" for q in health)
    if not administrative:
        return False
    for q in health:
        after = text[q.end :].lstrip()
        if head in FEE_NOUNS and predicate == "copula" and (q.unit in ("円", "割") or after.startswith("円")):
            continue  # the fee and the share paid
        if predicate == "operating" and q.unit == "回":
            continue  # a schedule: 年に2回開いています
        if q.unit in SESSION_UNITS or after.startswith(_RELATIVE_TIME) or after.startswith(("の前", "前")):
            continue  # a time of the deadline: 各回の一週間前です, 有効期限の3か月前から
        return False
    return True


_TIME_UNITS = frozenset(
    ("日", "日間", "週", "週間", "か月", "ヶ月", "カ月", "ケ月", "ヵ月", "か月間", "年", "年間", "時間", "分", "分間")
)
_ABOUT = re.compile(r"^(?:ほど|くらい|ぐらい|程度|ごろ|頃)?")


# English "is free (of charge)" as the predicate, not "free of" a sign (is free of symptoms)
# what an insurance does not pay for: Wire-brace correction is not covered by national health insurance
_EN_NOT_COVERED = re.compile(r"\b(?:is|are|will not be) (?:not )?covered by (?:[a-z-]+ ){0,4}insurance\b")
# what a service offers and where: Medical interpreters are available in English, Leaflets are available at the desk
_EN_AVAILABLE = re.compile(
    r"\b(?:is|are) (?:also |now )?available (?:in|at|from|on|throughout|across|inside|near|next to|via)\b"
)
_EN_FREE = re.compile(
    r"\b(?:is|are|will be) (?:completely |totally )?free(?: of charge)?(?= for\b| to\b| if\b|[.,;]|$)"
)


def _en_effect_or_sign(reading):
    """An English word of effect or sign in any inflection (prevents, reduces, symptoms): no tagger here, so
    the word's beginning decides."""
    stems = tuple(w for w in EFFECT_WORDS | SIGN_NOUNS if w.isascii())
    return any(word.startswith(stems) for word in reading.lemmas)


# the reader receives a document of administration: a letter, a card, a reminder (You will receive a letter …);
# receiving a treatment (You will receive antibiotics) names no such document
_EN_RECEIVE = re.compile(
    r"\byou (?:will|should|may|can) (?:also )?(?:receive|get|be sent|be given) (?:a|an|your|the)"
    r"(?: [a-z-]+)? (?:letter|card|text|text message|email|e-mail|reminder|invitation|form|voucher|appointment|"
    r"booking|confirmation|certificate|leaflet|booklet|copy)\b"
)
# what the document tells the reader to do is the sentence's content, not administration: "a reminder
# to stop warfarin five days before the operation", "a letter telling you to stop eating"
_EN_DOCUMENT_CONTENT = re.compile(r"\b(?:to|telling|asking|reminding|advising|instructing|about|on how)\b")


def _receives_document(lower, until=None):
    """The reader receives a document of administration, and nothing before ``until`` (the number's
    offset) says what it tells them to do."""
    found = _EN_RECEIVE.search(lower)
    return bool(found) and not _EN_DOCUMENT_CONTENT.search(lower, found.end(), until or len(lower))


# (thirty-first session) English words after which a request's clause says how or when to act on the body (before you
# stop taking clozapine, having had nothing to eat, with a full bladder, so the numbing cream can work)
_EN_CARE_CLAUSE = frozenset(
    {"before", "after", "having", "with", "so", "until", "since", "once", "without", "while", "as"}
)


def _link_texts(unit, sentence):
    """(start, end) in the sentence's text of the text of each link in it (a page's title, however the line uses it)."""
    spans = []
    for link in unit.links:
        start, end = link.plain_start - sentence.start, link.plain_end - sentence.start
        if 0 <= start < end <= len(sentence.text):
            spans.append((start, end))
    return spans


# the exemptions of an English line as the service's (its hours, a referral, its terms, a link to follow)
_EN_SERVICE_FRAMES = frozenset({"contact", "referral", "administrative", "navigation"})
# words after which a word of health is only what the reader talks or asks about (ask your pharmacist about your
# medicines, questions about your treatment)
_EN_TOPIC_OPENERS = frozenset({"about", "regarding", "concerning", "on", "re", "through"})
# heads that point the reader to a page or a figure, and heads of things the reader brings or collects
_EN_POINTERS = frozenset({"see", "read", "visit", "check", "look", "find", "go", "refer", "view", "download"})
_EN_CARRYING = frozenset({"bring", "collect", "pick", "return", "pack", "take"})
# documents whose contents a line may name (a list of your medicines, a copy of your results)
_EN_RECORD_NOUNS = frozenset({"list", "copy", "copies", "record", "records", "details", "names", "summary", "diary"})
# what ends a named thing: a clause of its own
_EN_CLAUSE_BREAKS = frozenset({",", ";", ":", "and", "but", "which", "that", "so", "because", "if", "when", "unless"})
_EN_TIME_BREAKS = frozenset({"as", "before", "after", "until", "since", "while", "having"})
# words of a question or a doubt in a condition (if you have any questions about your treatment, if you are unsure)
_EN_QUESTION_WORDS = frozenset(
    {
        "question",
        "questions",
        "query",
        "queries",
        "unsure",
        "sure",
        "worried",
        "concerns",
        "concern",
        "doubt",
        "wonder",
        "wondering",
        "know",
        "information",
        "advice",
        "help",
    }
)


def _en_line_states_care(reading, text, titles=()):
    """(thirty-first session) Whether an English line exempted as the service's (contact, referral, administrative,
    navigation) also states care, which the older readings did not ask (a second review wrote 517 English claims: 141
    went through them at the session's start): a claim's form (best, than, most, because: medical_en.claim_form), or a
    word of health (medical_en.health_words: not a service's name, not the line's occasion) that is not only what the
    reader talks or asks about (ask your pharmacist about your medicines; if you have questions about your treatment)
    nor the subject whose terms or hours the line states (the flu jab is free for over-65s)."""
    # the title of a page the line points to names it (see [Living with asthma](living.md))
    for start, end in sorted(titles, reverse=True):
        text = text[:start] + " " * (end - start) + text[end:]
    words = medical_en.content_words(text)
    if medical_en.claim_form(words) or _en_effect_offered(text):
        return True  # (an effect offered: your physiotherapist can help you walk again)
    found = set(medical_en.health_words(text))
    if not found:
        return False
    head = reading.head or (words[0] if words else "")
    # what a pointer points at (see Fig. 2 for a diagram of the leg), what a list or a copy holds (bring a list of your
    # medicines), and the things the reader brings or collects (bring your child's inhaler and spacer to every
    # appointment), up to a clause of its own, are named, not stated
    openers = _EN_TOPIC_OPENERS | ({"for", "of"} if head in _EN_POINTERS else set())
    carried = head in _EN_CARRYING
    subject = set(medical_en.words(reading.topic_text)) if reading.mood == "statement" else set()
    condition = set(medical_en.words(reading.condition)) if reading.condition else set()
    asked = bool(condition & _EN_QUESTION_WORDS)
    topic_of_talk = False
    previous = ""
    for w in medical_en.words(text):
        if w in openers or (w == "of" and previous in _EN_RECORD_NOUNS):
            topic_of_talk = True
        elif w in _EN_CLAUSE_BREAKS:
            topic_of_talk = carried = False
        elif w in _EN_TIME_BREAKS:
            carried = False  # bring your card before …: what follows is no thing brought
        previous = w
        if w not in found:
            continue
        if topic_of_talk or carried or (asked and w in condition):
            continue
        if w in subject and not (subject & {"which", "that", "who"}):
            continue
        return True
    return False


INTAKE_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "intake_verbs"))  # lint/data/claim-words.toml
INTAKE_OBJECTS = frozenset(table(WORDS, CLAIM_WORDS, "intake_objects"))  # lint/data/claim-words.toml
# what may follow an act that is a clause of the request, not a description (飲んでから, 飲まずに, 飲んで, ためた状態で,
# 服用してよいか); an act before a noun describes it (普段飲んでいるお薬をお持ちください) or the reader (〜を飲んでいる方は)
_ACT_CLAUSE_ENDS = ("てから", "でから", "ずに", "ないで", "て", "で", "た状態", "だ状態", "てよいか", "でよいか")
# (from the second review) a preparation for a procedure of the visit: an act on the body then is care (検査当日は食事を
# とってからお越しください), elsewhere only where it is done (お食事は、デイルームで召し上がってから病室へお戻りください)
_PREPARATION = re.compile("|".join(map(re.escape, table(WORDS, CLAIM_WORDS, "preparation_words"))))  # claim-words.toml


def _ja_request_carries_care(reading):
    """(thirty-fourth session) Whether a Japanese request that sends the reader somewhere (来院, 持参, 伝える, 確認) has
    a clause that takes something into the body or holds it back ([intake_verbs]): 降圧薬は朝いつもどおり飲んでから来院して
    ください, 朝の分は飲まずにお持ちください, 服用してよいか医師にご確認ください. The counterpart of the English care clause
    (_en_request_carries_care). The act must be the request's own clause, not a description (普段飲んでいるお薬, 〜を
    飲んでいる方は), a wish (塗ってほしい場所) or a permission (食べてもよい物); and of a medicine or a thing of health
    (降圧薬, 尿), or of food and drink before a procedure (検査当日は食事をとってから); not 番号札をとって (from the second
    review, which found the first version flagged ten of 46 honest requests)."""
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    text = "".join(t.surface_form for t in tokens)
    topic_of_health = _topic_of_health(reading, tokens)
    for i, token in enumerate(tokens[:-1]):
        lemma, first = _lemma(token), i
        if (
            lemma in ("する", "入れる")
            and i >= 2
            and tokens[i - 1].surface_form == "に"
            and tokens[i - 2].surface_form == "口"
        ):
            lemma, first = "口にする", i - 2  # (forty-second session) 口にする, 口に入れる: to eat or drink
        elif (
            lemma == "する"
            and i >= 2
            and tokens[i - 1].surface_form == "を"
            and tokens[i - 2].pos_detail_1 == "サ変接続"
        ):
            lemma, first = _lemma(tokens[i - 2]), i - 2  # (from a review) 浣腸をして: the act is the noun's
        elif lemma == "する" and i and tokens[i - 1].pos == "名詞":
            lemma, first = _lemma(tokens[i - 1]), i - 1  # 服用 + する
        elif token.pos != "動詞":
            continue
        # (forty-second session) any other verb acts on the body when what it acts on is of health (吸入薬は…使ってから,
        # 目薬は…さしてから, 麻酔のテープは…貼ってから, 朝食を抜いて); the verbs of the visit's logistics do not
        # (お薬を受け取ってから, 処方箋を出して)
        generic = lemma not in INTAKE_VERBS
        if generic and (
            lemma in LOGISTICS_HEADS | _HANDING_HEADS | _PASSING | _PLAIN_VERBS | REMINDER_VERBS
            or lemma in _WEARING | _FINISHING | _SCREEN_ACTS
            or (token.pos_detail_1 != "自立" and token.pos == "動詞")
        ):
            continue  # (from a review) wearing (マスクは…着けてから), an event ending (点滴は、終わってから), a screen
        after = tokens[i + 1 : i + 5]
        if after and after[0].pos == "動詞" and _lemma(after[0]) in _COMPLETING:
            # (forty-second session) a verb completed: 飲み + 終えてから, 使い + 切ってから
            after = tokens[i + 2 : i + 6]
        # another verb's clause must be an act done before the request's own (〜てから, 〜ずに, 〜て + お越しください),
        # not the request itself (ダウンロードしてください), a description (迷っておられる方) or an aside (含めて、)
        if generic and not _act_before_the_request(after):
            continue
        if after and after[0].surface_form in ("て", "で") and len(after) > 1:
            if _lemma(after[1]) in ("いる", "おる"):
                # 〜ている before a noun describes it (普段飲んでいるお薬, 〜を飲んでいる方は)
                k = 2 + (len(after) > 2 and after[2].surface_form in ("ます", "まし"))
                if k >= len(after) or after[k].pos in ("名詞", "接頭詞"):
                    continue
            if _lemma(after[1]) in ("ほしい", "欲しい", "もらう", "いただく", "頂く"):
                continue  # 塗ってほしい場所: the reader's wish, not the act asked
        rest = "".join(t.surface_form for t in after)
        if rest.startswith(("ます", "まし")):
            rest = rest[2:]
        if not rest.startswith(_ACT_CLAUSE_ENDS):
            continue
        # what is taken: the object before を (or は) within the clause, or the verb itself of a medicine (服用, 内服)
        window = tokens[max(0, first - 6) : first]
        # the nouns marked as what is taken (を, は, も); デイルームで is where
        objects = [
            t
            for n, t in enumerate(window)
            if t.pos in ("名詞", "接頭詞")
            and any(w.surface_form in ("を", "は", "も") for w in window[n + 1 : n + 2] if w.pos == "助詞")
        ]
        food = [t for t in objects if _lemma(t) in INTAKE_OBJECTS]
        # (forty-second session, from a review) the object's whole phrase: 痛み + 止め, 麻酔の + クリーム, 血糖 + 値
        phrases = _object_phrases(window)
        # 尿をためた状態で; but とる takes food only (処方せんをとってから is a slip collected)
        of_health = lemma not in ("とる", "取る", "摂る") and bool(
            medical.medical_words([t for t in objects if t not in food])
            # a phrase's word of health that only names a name or a holder (薬の名前, 尿検査のコップ) is no object
            or any(
                medical.medical_words(
                    [t for t in phrase if _lemma(t) not in INTAKE_OBJECTS], service_heads=SERVICE_ARRANGEMENTS
                )
                for phrase in phrases
            )
        )
        # a medicine anywhere in the request is what the act takes (糖尿病の薬を服用中の方は、…朝の分は飲まずに)
        # (an unknown katakana word is no medicine here: デイルームで召し上がってから is where to eat)
        of_medicine = lemma in ("服用", "内服", "休薬", "注射", "吸入") or any(
            _care_word(tokens, k, medicine_only=True) and tokens[k].basic_form != "*" for k in range(len(tokens))
        )
        # (forty-second session) the topic is what the act takes when the clause marks no object of its own (吸入薬は、
        # 当日も…使ってから; 麻酔のクリームは、注射の1時間前に塗ってから)
        if topic_of_health and not any(w.surface_form == "を" for w in window) and _act_before_the_request(after):
            of_health = True
        if generic:
            # the act itself named by a noun of health (浣腸をしてから, 吸入をしてから)
            of_health = of_health or (first < i and bool(medical.medical_words([tokens[first]])))
            if of_health or (food and lemma in _WITHHOLDING and _PREPARATION.search(text)):
                return True
            continue
        if of_medicine or of_health or (food and _PREPARATION.search(text)):
            return True
    return False


def _topic_marked_by(reading, tokens, particles):
    """The reading's topic, by its last noun, is followed in ``tokens`` by one of ``particles`` (は, not a subject with
    が; は or も for a request's topic)."""
    topic = [t for t in reading.topic if t.pos == "名詞"]
    return bool(topic) and any(
        t is topic[-1] and k + 1 < len(tokens) and tokens[k + 1].surface_form in particles for k, t in enumerate(tokens)
    )


def _topic_of_health(reading, tokens):
    """(forty-second session) The request's topic, marked は or も, is a thing of health an act before the request may
    take (吸入薬は, 麻酔のクリームは); food as topic is read as food is, a person (不安が大きい方も), a formal noun
    (不安なことは) or a paper (検査結果の用紙は, from a review) is no such thing."""
    if not _topic_marked_by(reading, tokens, ("は", "も")):
        return False
    topic = [t for t in reading.topic if t.pos == "名詞"]
    head = topic[-1]
    if (
        head.pos_detail_1 in ("非自立", "代名詞")
        or medical.names_a_person(head)
        or _lemma(head) in _PERSONS
        or medical.document_or_building(topic[-1:])
        or _lemma(head).endswith(("用紙", "紙", "票", "ファイル"))
    ):
        return False
    return bool(medical.medical_words([t for t in topic if _lemma(t) not in INTAKE_OBJECTS]))


def _act_before_the_request(after):
    """The tokens after a verb make it an act done before the request's own: 〜てから, 〜ずに, 〜ないで, or 〜て right
    before the honorific head (抜いてお越しください, 使ってご来院ください)."""
    rest = "".join(t.surface_form for t in after)
    if rest.startswith(("てから", "でから", "ずに", "ないで")):
        return True
    return (
        len(after) > 1
        and after[0].surface_form in ("て", "で")
        and after[1].pos == "接頭詞"
        and after[1].surface_form in ("お", "ご", "御")
    )


def _object_phrases(window):
    """The whole noun phrases marked を, は or も in ``window``, each a list of tokens: the marked noun with the nouns,
    prefixes and の-joined modifiers before it (痛み + 止め, 麻酔 + の + クリーム)."""
    out = []
    for n, t in enumerate(window):
        if not (
            n + 1 < len(window) and window[n + 1].pos == "助詞" and window[n + 1].surface_form in ("を", "は", "も")
        ):
            continue
        if t.pos not in ("名詞", "接頭詞"):
            continue
        k = n
        while k > 0 and (window[k - 1].pos in ("名詞", "接頭詞") or window[k - 1].surface_form == "の" and k > 1):
            k -= 1
        out.append(window[k : n + 1])
    return out


# verbs of wearing (マスクを着けて, 検査着を着て) and of a screen (アプリをダウンロードして): the visit's, not the body's
_WEARING = frozenset(("着る", "着ける", "付ける", "つける", "はめる", "かぶる", "羽織る", "履く", "はく"))
_SCREEN_ACTS = frozenset(("ダウンロード", "インストール", "起動", "登録", "入力", "ログイン", "操作", "タップ", "送信"))
# verbs that complete another (飲み終える, 使い切る): the clause is the first verb's
_COMPLETING = frozenset(("終える", "終わる", "切る", "きる", "始める", "続ける"))
# verbs that act on nothing of their own (being, becoming, coming, going, doing): never the care of a clause
_PLAIN_VERBS = frozenset(("いる", "ある", "なる", "する", "くる", "来る", "いく", "行く", "おる", "できる", "いただく"))
# verbs that hold food back before a procedure (朝食を抜いて, 食事を控えて)
_WITHHOLDING = frozenset(("抜く", "控える", "やめる", "止める", "絶つ"))


def _en_request_carries_care(text):
    """(thirty-first session) Whether an English request sends the reader somewhere (arrive, bring, call, ask) while a
    clause of it acts on the body: a word of health (lint.analysis.medical_en) after a word that opens such a clause,
    or an interval of care (book your booster a year after your first shot). Found by a review of the English
    practical lines, whose sentences the older referral reading let through."""
    words = medical_en.content_words(text)
    if medical_en.interval(words):
        return True
    found = set(medical_en.health_words(text))
    opened = False
    for w in words:
        if w in _EN_CARE_CLAUSE:
            opened = True
        elif opened and w in found:
            return True
    return False


def _en_states_health(reading, text):
    """(thirty-first session) Whether an English statement of a service's terms (free, available) also states health:
    "free to" is permission (you are free to go home the same day), and a word of health outside the subject whose
    terms are stated (the flu jab is free; not the scan is available and is completely harmless), or a claim's form
    (best, curable), says more than the terms."""
    lower = text.lower()
    if re.search(r"\bfree to\b", lower):
        return True
    words = medical_en.content_words(text)
    subject = set(medical_en.words(reading.topic_text))
    found = [w for w in medical_en.health_words(text) if w not in subject]
    return bool(found) or medical_en.claim_form(words)


def _administrative_predicate(reading, text, health):
    """A statement whose predicate is a thing of administration, with no word of effect or sign in it: a
    need (〜が必要です) whose subject is one (同意書へのご署名が必要です; 入院が必要です stays advice), or a
    copula on a noun that is one (更年期外来は完全予約制です: 予約 + 制) or on a state a programme gives
    (受診された方は3時間まで無料です). A length of time capped by まで and an amount in yen are its terms,
    not health numbers; any other number keeps the sentence a claim (65歳以上の方は無料です is left to the
    reader of ages). English: "is free (of charge)" with no word of effect or sign, whatever its numbers (the
    ages a programme covers: free for residents who turn 65), and "is not covered by … insurance"."""
    if reading.lang == "en":
        # The vaccination is free for residents who turn 65: what a programme charges, and whom it covers
        lower = text.lower()
        return (
            reading.mood == "statement"
            and bool(
                ((_EN_FREE.search(lower) or _EN_AVAILABLE.search(lower)) and not reading.negative)
                or _EN_NOT_COVERED.search(lower)
                # the reader is sent a document of administration (You will receive a letter with your date)
                or (_receives_document(lower) and not health)
            )
            and not _en_effect_or_sign(reading)
            and not _en_states_health(reading, text)
        )
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or not reading.finite:
        return False
    if (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas:
        return False
    for q in health:
        after = text[q.end :].lstrip()
        if not ((q.unit in SESSION_UNITS and after.startswith("まで")) or q.unit == "円"):
            return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    if reading.head == "必要":
        return bool(_case_heads(reading, "が") & ADMINISTRATIVE_HEAD_NOUNS)
    i = len(tokens) - 1
    while i > 0 and tokens[i].pos in ("助動詞", "助詞"):
        i -= 1
    formal = _formal_copula(tokens, i)
    if formal is None and i > 1 and tokens[i].basic_form == "なる" and tokens[i - 1].surface_form == "に":
        # a change of rule, the copula of becoming: 初診は予約制になりました (as 〜となりました)
        formal = i - 2 if tokens[i - 2].pos == "名詞" else None
    if _predicate_class(reading) != "copula" and formal is None:
        return False
    noun = _compound_head(tokens[: (i if formal is None else formal) + 1])
    dated = any(q.kind == "date" for q in quantities(text))  # 2023年10月から…の規制対象となりました: a change of rule
    if noun == "対象" and not (_programme_scope(reading) or dated):
        return False  # この薬は…治療の対象となります: an indication; 〜制度の対象となります is a programme's scope
    return noun in ADMINISTRATIVE_STATES or (noun in ADMINISTRATIVE_HEAD_NOUNS and noun not in FEE_NOUNS)


def _object_head(reading):
    """The head noun of the last object before the final predicate (予約をお取りします → 予約), or ""."""
    tokens = reading.tokens
    for i in range(len(tokens) - 1, 0, -1):
        if tokens[i].surface_form == "を" and tokens[i].pos == "助詞":
            return _compound_head(tokens[max(0, i - 4) : i])
    return ""


_WEEKDAY_MARK = re.compile(r"[（(](?:[月火水木金土日](?:曜日?)?|祝|休日?|祝日)[）)]")


def _only_dates(text):
    """Nothing but dates, times and numbers of no health (7時30分〜11時, 2025年10月1日〜)."""
    return not _has_letters(re.sub(r"[時分秒月日年〜～から・]", "", without_non_health(text)))


def _labelled_dates(text):
    """A noun label, a colon and only dates or clock times (受付期間：2026年5月1日（金）〜2027年2月28日（日）)."""
    label, colon, value = _split_label(text)
    if not colon or not label.strip() or not value.strip():
        return False
    if grammar.read(label).predicate:
        return False
    rest = _DATE_QUALIFIERS.sub("", _WEEKDAY_MARK.sub("", without_non_health(value)))
    return not _has_letters(re.sub(r"[時分秒月日年〜～から・まで]", "", rest))


# what an administrative date may carry after it (2026年12月18日（金）必着, 当日消印有効, 時間厳守)
_DATE_QUALIFIERS = re.compile(r"必着|(?:当日)?消印有効|厳守|以降|迄|ごろ|頃|予定")


def _split_label(text):
    parts = re.split(r"([：:])", text, maxsplit=1)
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 else (text, "", "")


_ONCE = ("一度", "1度", "一回", "1回")
# a period before a count (年に一度, 2年に1回, 3か月で計6回, 3時間おき): the count is a frequency, a schedule of care
_PERIOD_BEFORE = re.compile(
    r"(?:年|月|週|週間|日|か月|ヶ月|カ月|時間|半年|毎年|毎月|毎週|毎日)(?:に|で|で計|おき|ごと)?\s*$"
)


def _once_in_a_referral(quantity, text, reading, health):
    """一度 as the adverb "once" in a request to talk or be seen (まずは一度、主治医とお話ししてみてください):
    no other health number, no period before it (年に一度、検診を受けてください is a schedule)."""
    return (
        quantity.text in _ONCE
        and len(health) == 1
        and reading.mood in ("request", "volitional")
        and bool(_heads(reading) & REFERRAL_HEADS)
        and not _PERIOD_BEFORE.search(text[: quantity.start])
    )


_WAIT = re.compile(
    r"お?時間を(?:いただ|頂)|(?:時間|日数)が(?:かか|必要)"
    # a length of time that something takes (1時間半ほどかかる場合があります, 30分程度を要します)
    # (the lookbehind: a run of digits was tried from each of its digits, quadratic)
    r"|(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]+(?:時間|分)半?(?:ほど|程度|くらい|ぐらい|前後)?"
    r"(?:が|は)?(?:かか|要)"
)


def _waits_for_administration(reading, text):
    """The time an action of administration takes (発行には…お時間をいただきます, 交付までに…日数がかかります):
    the action marked by に or まで is a verb of administration or a thing of it, and the predicate is a wait."""
    actions = _case_heads(reading, "に") | _case_heads(reading, "まで")
    return (
        bool(actions & (ADMINISTRATIVE_HEADS | (ADMINISTRATIVE_HEAD_NOUNS - FEE_NOUNS)))
        and bool(_WAIT.search(text))  # a wait named as time (お時間を, 日数が): 前髪が額にかかる is none
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    )


# an English length of a session or of a time to arrive by (30 minutes, an hour), read after the number
# the reader's questions prepared for a visit (write down your questions, bring a list of your questions): as 聞きたい
# ことをメモしておく, a referral to the care team, whatever the modality around it
_EN_QUESTIONS_PREPARED = re.compile(
    r"\b(?:write|writing|note|noting|jot|jotting|list|listing|bring|bringing|keep|keeping|make|making)\b"
    r"(?: down)?(?: a list of)?(?: any| all| some)?(?: of)? (?:your|the) questions\b"
)
# the writer's service contacting the reader (we will call you back, we'll get back to you), as 折り返しお電話します
_EN_WE_CONTACT = re.compile(
    r"\b(?:we|(?:a|an|your|our) (?:[a-z]+ ){0,2}(?:nurse|coordinator|team|midwife|pharmacist|receptionist|staff|"
    r"administrator|member of (?:staff|the team)))"
    # (twenty-ninth session) or a member of the service's staff (A care coordinator will phone you to arrange …)
    r"(?:'ll| will| can| aim to| try to)? (?:call|ring|phone|text|email|e-mail|contact|get back to|reply to|write to)"
    r" you(?: back)?\b"
)
_OFFICE_DAYS = re.compile(r"\s*(?:営業日|開庁日|診療日|(?:working|business) days?\b)", re.IGNORECASE)
_EN_SESSION_UNIT = re.compile(r"\s*(?:minutes?|mins?|hours?|hrs?)\b", re.IGNORECASE)


_EN_DAY_UNIT = re.compile(r"\s*(?:days?|weeks?)\b", re.IGNORECASE)


def _en_operates_service(lower):
    """A verb of operating (run, hold) before a service noun as its object, a few words on (run a walk-in clinic)."""
    words = re.findall(r"[a-z][a-z'-]*", lower)
    return any(
        w in ("run", "runs", "hold", "holds", "offer", "offers")
        and any(x in SERVICE_NOUNS for x in words[i + 1 : i + 5])
        for i, w in enumerate(words)
    )


def _en_service_offers(lower):
    """A service as the subject of a verb of operating with a service as its object (The allergy clinic also offers
    video appointments): the subject's head is the word before the verb, adverbs aside. The clinic offers laser
    treatment has no service as its object."""
    words = re.findall(r"[a-z][a-z'-]*", lower)
    verb = next((i for i, w in enumerate(words) if w in ("run", "runs", "hold", "holds", "offer", "offers")), -1)
    subject = [
        w for w in words[:verb] if w not in grammar.ENGLISH_ADVERBS | grammar.FREQUENCY_ADVERBS | {"also", "now"}
    ]
    return verb > 0 and bool(subject) and subject[-1] in SERVICE_NOUNS and _en_operates_service(lower)


def _administrative_time(quantity, text, reading):
    """A relative time (N週間後, N日前) that times an action of administration, not a health course.

    The line: the quantity is a length of time followed by 後 or 前 (not 以内: a window such as
    発症から4.5時間以内 is medical), and the predicate it times is a verb of administration or access
    (郵送, 発送, 受け付ける, 更新) or acts on a thing of administration (予約をお取りします, 申し込みを
    受け付けます) or is the institution telling the reader in the humble お〜する (お伝えします), with no sign or word of effect in the sentence. 2週間で治ります, 2週間続きます and
    手術から3か月後に効果が出ます keep the number.
    """
    if _OFFICE_DAYS.match(text[quantity.end :]):
        return True  # working days (2営業日以内, within two working days) count an office's time, never a body's
    if reading.lang == "en":
        # a time to arrive by (Please arrive 15 minutes before your appointment), as お越しください with 前;
        # a time after something (come back 2 weeks after the operation) is a follow-up, care advice
        unit = _EN_SESSION_UNIT.match(text[quantity.end :]) or _EN_DAY_UNIT.match(text[quantity.end :])
        if (
            unit
            and _receives_document(text.lower(), quantity.start)
            and re.match(r"\s*(?:before|after|later)\b", text[quantity.end + unit.end() :], re.IGNORECASE)
        ):
            return True  # a reminder sent two days before: the time of an action of administration (三週間後に郵送)
        unit = _EN_SESSION_UNIT.match(text[quantity.end :])
        return bool(
            unit
            and reading.mood == "request"
            and reading.head in ARRIVAL_HEADS
            and re.match(r"\s*(?:before|early)\b", text[quantity.end + unit.end() :], re.IGNORECASE)
        )
    if reading.lang != "ja" or quantity.unit not in _TIME_UNITS:
        return False
    after = _ABOUT.sub("", text[quantity.end :].lstrip())
    if _waits_for_administration(reading, text) and not after.startswith(("後", "前")):
        return True  # 診断書の発行には、1週間ほどお時間をいただきます: how long a document takes
    if (
        after.startswith(("以内", "まで"))
        and _topic_act(reading) & (ACCESS_HEADS | ADMINISTRATIVE_HEADS)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    ):
        return True  # a deadline for an act of administration as topic: 書類の提出は、退院から2週間以内にお願いします
    if not after.startswith(("後", "前")):
        return False
    if (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas:
        return False
    heads = _heads(reading) | {head + "る" for head in _heads(reading)}  # お届け → 届ける (an ichidan verb's noun)
    if reading.mood == "request" and _procedure_requested(reading) and after.startswith("前"):
        return True  # a deadline for paperwork: 入院日の一週間前までに入院手続きをお済ませください
    if reading.mood == "request" and heads & ARRIVAL_HEADS:
        # a time to arrive by (予定時刻の1時間前までに…お越しください); a time after something is a follow-up
        # schedule (術後1週間後に来院してください), which is care advice
        return after.startswith("前")
    if reading.humble and heads & REFERRAL_HEADS:
        return True  # the institution telling the reader, in the humble お〜する: 結果は1週間後の外来でお伝えします
    return bool(heads & (ADMINISTRATIVE_HEADS | ACCESS_HEADS)) or (_object_head(reading) in ADMINISTRATIVE_HEAD_NOUNS)


REACHABLE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "reachable_heads"))  # lint/data/claim-words.toml
PRESENCE_ACTS = frozenset(table(WORDS, CLAIM_WORDS, "presence_acts"))  # lint/data/claim-words.toml
_PERMISSION_STEPS = frozenset(("て", "で", "も", "する", "いただく", "頂く", "もらう", "くださる", "よい"))


def _permits_presence(reading):
    """Permission given to the reader (〜て(も)かまいません) for an act of being present (同席, 付き添う): a courtesy
    of the institution. The act is the word before the chain of て, いただく, する leading to かまう; a medical act
    permitted (入浴していただいてかまいません) is advice."""
    if reading.lang != "ja" or reading.mood != "statement":
        return False
    words = _words(reading)
    at = next((i for i, t in enumerate(words) if _lemma(t) in ("かまう", "構う")), -1)
    if at < 1 or not reading.negative:
        return False
    i = at - 1
    while i > 0 and _lemma(words[i]) in _PERMISSION_STEPS:
        i -= 1
    return _lemma(words[i]) in PRESENCE_ACTS


RECORD_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "record_heads"))  # lint/data/claim-words.toml
RECORD_OBJECTS = tuple(table(WORDS, CLAIM_WORDS, "record_objects"))  # lint/data/claim-words.toml


def _records_a_date(reading):
    """A request to write down a date or a schedule (健診の日付は手帳に書いておいてください, 次の予約日をメモしておき
    ましょう): the topic's or object's compound ends in a record object and the request's verb is one of writing
    down. 血圧の値を手帳に書いておいてください records health and stays a claim."""
    if reading.lang != "ja" or reading.mood not in ("request", "volitional") or reading.negative:
        return False
    if not _heads(reading) & RECORD_HEADS or (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas:
        return False
    heads = (_topic_compound(reading), _object_head_compound(reading))
    return any(h and h.endswith(RECORD_OBJECTS) for h in heads)


# a line of a form: a label, a colon, then only blanks to fill in between the counters of a date or a time
# a field: a label and its colon, then blanks between the counters of a date or a time
# (possessive and atomic: a line of long blanks must not backtrack, a form has them)
# a blank: white space (\s holds the ideographic space 　) or an underscore, half or full width; written
# without 　, which made each of the class's 12 copies a map of 65,536 characters (`re` builds one in 0.3 ms)
_BLANK = r"[\s_＿]"
_BLANK_FIELD = (
    r"[^：:／/|｜（()]{1,20}[：:]"
    rf"(?>{_BLANK}*+[年月日時分曜]|{_BLANK}*+[（(]{_BLANK}*+[）)]|{_BLANK}{{2,}}+)++{_BLANK}*+"
)
# a form's line: fields side by side (受傷日：…／手術日：…), and a short note on filling it in at the end
# (ご自分でご記入ください, 西暦で; a note of anything else is read as a sentence)
_FILL_IN_NOTE = r"[（(][^（）()]{0,20}?(?:記入|記載|任意|西暦|和暦|範囲|お書き|書いて)[^（）()]{0,20}[）)]"
_BLANK_DATE = re.compile(rf"{_BLANK_FIELD}(?:[／/|｜][\s　]*{_BLANK_FIELD})*(?:{_FILL_IN_NOTE})?")


def _blank_date(text):
    """A form's line to fill in (手術日：　　年　　月　　日（　　）): a label, then blanks between the counters of a
    date, with no numeral; 手術日：2026年5月12日 states a date."""
    core = text.strip()
    return (
        bool(_BLANK_DATE.fullmatch(core))
        and re.search(rf"{_BLANK}{{2,}}", core) is not None
        and not re.search(r"[0-9０-９一二三四五六七八九十]", re.split(r"[：:]", core, maxsplit=1)[-1])
    )


def _topic_act(reading):
    """The topic's head noun with, for a verb's noun form, its dictionary form (受け取り → 受け取る, 提出): the act
    the topic names. 服用 (an act of care) is no act of administration or access."""
    topic = _topic_compound(reading)
    if not topic or reading.lang != "ja":
        return set()
    words = [t for t in reading.topic if t.pos == "名詞"]
    head = _lemma(words[-1]) if words else topic
    return _heads(_HeadOnly(reading.lang, head))


@dataclass(frozen=True)
class _HeadOnly:
    """A reading reduced to its head, to read a noun's verb forms through _heads."""

    lang: str
    head: str


def _wished_relation(reading):
    """(eighth session, narrowed by the third review) The feeling word (うれしい, 幸い) comes right after a condition on a
    verb of the writer's relation with the reader ([wish_relations]: 〜ていけたら, 〜ていただけたら, お役に立てれば,
    力になれたら), with no clause of reason in the sentence (〜が治るのでうれしいです states an effect)."""
    words = [t for t in reading.tokens if t.pos != "記号"]
    if any(t.surface_form in ("ので", "から") and t.pos == "助詞" for t in words):
        return False
    k = next((i for i in range(len(words) - 1, -1, -1) if _lemma(words[i]) in WISH_FEELINGS), None)
    if k is None or k < 2:
        return False
    condition = words[k - 1]
    if not (condition.surface_form in ("たら", "ば", "れば") or condition.basic_form == "ば"):
        return False
    return _lemma(words[k - 2]) in WISH_RELATIONS


def _verbal_state_of_a_thing(clause, head):
    """The word at ``head`` is used as a verb (緊張する, 緊張されている) with a noun marked が before it: its subject
    (筋肉が緊張している方: the muscle's tension, a state of the body). An adjective's が marks what is felt (手術が不安
    な方), which keeps it a feeling."""
    verbal = clause[head].pos == "動詞" or (head + 1 < len(clause) and clause[head + 1].basic_form == "する")
    return verbal and any(t.surface_form == "が" and t.pos == "助詞" for t in clause[:head])


def _clause_head(words, k):
    """The index of the content word that heads the clause ending right before words[k] (緊張されている方: 緊張, looked
    through the honorific, the passive and 〜ている), or None."""
    f = k - 1
    while f >= 0 and (
        words[f].pos == "助動詞"
        or (words[f].pos == "動詞" and words[f].pos_detail_1 in ("非自立", "接尾"))
        or (words[f].pos == "助詞" and words[f].surface_form == "て")
        or (
            words[f].pos == "動詞"
            and words[f].basic_form == "する"
            and f > 0
            and words[f - 1].pos_detail_1 == "サ変接続"
        )
    ):
        f -= 1
    if f >= 2 and words[f].basic_form == "する" and words[f - 1].surface_form == "を" and words[f - 2].pos == "名詞":
        f -= 2  # a light する with its noun (もどかしい思いをしている方: 思い)
    return f if f >= 0 and f < k - 1 else None


def _empathic_conjecture(reading):
    """(eighth session) The writer supposes that some readers feel a way (人と会うのがつらいと感じる方もいらっしゃると思い
    ます, 〜と悩んでいる方も多いでしょう): people (方, 人) picked out by a verb of feeling, who exist or are many, under
    the writer's supposition. A verb of a symptom (〜が出る方もいます) states a fact of health and stays a claim."""
    if reading.lang != "ja":
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    supposed = (
        any(t.basic_form == "思う" for t in words[-4:])
        or any(t.basic_form in ("でしょう", "だろう") for t in words[-3:])
        or any(t.surface_form in ("でしょ", "だろ") for t in words[-3:])
    )
    if not supposed:
        return False
    for k, t in enumerate(words[:-2]):
        # (ninth session) a feeling of the reader's said to be many or large: 〜毎日は、不安も多いことと思います
        if (
            _lemma(t) in FEELING_NOUNS
            and words[k + 1].surface_form in ("も", "が", "は")
            and words[k + 2].basic_form in ("多い", "大きい", "ある", "尽きる", "つきもの")
        ):
            return True
        if (
            t.basic_form in ("方", "人", "かた")
            and t.pos == "名詞"
            and k
            and words[k + 1].surface_form in ("も", "が", "は")
        ):
            after = words[k + 2] if k + 2 < len(words) else None
            if after is None or after.basic_form not in ("いる", "いらっしゃる", "多い", "少ない", "おる"):
                continue
            for f in range(max(0, k - 4), k):
                if _lemma(words[f]) not in FEELING_VERBS:
                    continue
                # what is felt, marked を or に before the verb, must be no word of health (痛みを感じる, 脱毛に悩む
                # state a symptom: from the review); a feeling quoted with と (つらいと感じる) or a matter of no health
                # (結果を心配する) is the writer's empathy
                felt = []
                if f > 1 and words[f - 1].surface_form in ("を", "に", "が"):
                    m = f - 2
                    while m >= 0 and words[m].pos in ("名詞", "形容詞", "接頭詞"):
                        felt.insert(0, words[m])  # the noun run before the particle (だる + さ; 検査の結果: 結果)
                        m -= 1
                if not medical.medical_words(felt):
                    return True
    return False


# (thirty-second session) the writer's empathy read once for all its forms (see _reader_feeling)
HARD_TO_TELL = frozenset(table(WORDS, CLAIM_WORDS, "hard_to_tell_verbs"))  # lint/data/claim-words.toml
_HARD_TO = frozenset(("にくい", "づらい", "辛い"))
_SUPPOSING = frozenset(("思う", "存じる", "でしょう", "だろう"))


def _empathic_stance(words):
    """The writer's stance towards what the sentence says is one of empathy with the reader: it ends in ね or よ (shared:
    〜ですよね, 〜大丈夫ですよ), in a supposition (〜と思います, 〜かもしれません, 〜でしょう), its predicate calls what
    it says natural (当然です, 自然なことです, 無理もありません, 当たり前です) or needless (〜必要はありません), or it says
    that some readers, in the honorific, are so (〜方もいらっしゃいます, 〜方も少なくありません)."""
    tail = words[-5:]
    if words and words[-1].pos == "助詞" and words[-1].surface_form in ("ね", "よ", "よね"):
        return True
    if any(_lemma(t) in _SUPPOSING or t.surface_form in ("でしょ", "だろ") for t in tail):
        return True
    if any(_lemma(t) == "しれる" for t in tail) and any(t.surface_form == "かも" for t in tail):
        return True
    core = list(words)
    while core and (core[-1].pos in ("助動詞", "助詞", "記号") or _lemma(core[-1]) in ("こと", "もの")):
        core = core[:-1]  # 無理もないことです, 当然のことです: the judgement before the nominaliser
    word, i = _predicate_word(core)
    if word in NORMALCY_WORDS:
        return True
    if any(_lemma(t) == "必要" and _denied_after(words, k) for k, t in enumerate(words[-6:], len(words) - 6)):
        return True  # 〜必要はありません: a feeling needless
    if word == "ない" and i >= 2 and _lemma(core[i - 2]) == "無理" and core[i - 1].surface_form in ("も", "は"):
        return True  # 無理もありません, 無理はありません
    if word == "ない" and i >= 1 and _lemma(core[i - 1]) in ("無理", "仕方", "しかた"):
        return True  # 無理のないことです, 仕方ないことです
    # some readers, in the honorific (〜方もいらっしゃいます) or as not few (〜方も少なくありません)
    for k in range(1, len(words) - 1):
        if _lemma(words[k]) in _HOLDERS and words[k + 1].surface_form == "も" and k + 2 < len(words):
            if _lemma(words[k + 2]) in ("いらっしゃる", "おられる") or (
                _lemma(words[k + 2]) == "少ない" and _denied_after(words, k + 2)
            ):
                return True
    return False


def _denied_after(words, i):
    """A negation follows the word at ``i`` (必要はありません, 少なくありません)."""
    return any(_lemma(t) in ("ない", "ぬ", "ん") or t.surface_form in ("ません", "ない") for t in words[i + 1 : i + 5])


def _feelings_at(words):
    """The indices of the words that name a feeling of the reader's: a word of [feeling_predicates], [feeling_nouns] or
    [feeling_verbs] (not 思う or 感じる, the stance and the vehicle); a verb of telling made hard (相談しにくい,
    言いづらい, 理解されにくい: what is hard to tell is a feeling about telling it); 勇気 needed (勇気がいる,
    勇気のいること); 気 with なる, 張る or 遣う (気になる, 気を張る)."""
    out = []
    feelings = FEELING_PREDICATES | FEELING_NOUNS | FEELING_VERBS
    for k, t in enumerate(words):
        lemma = _lemma(t)
        joined = t.surface_form + (words[k + 1].surface_form if k + 1 < len(words) else "")
        if lemma in ("思う", "感じる", "気"):
            pass
        elif lemma in feelings or _unpotential(lemma) in feelings or joined in feelings:
            out.append(k)  # (喜べない: IPADIC gives the potential as a verb of its own; どき + っと)
            continue
        after = [_lemma(w) for w in words[k + 1 : k + 4]]
        if (lemma in HARD_TO_TELL or _unpotential(lemma) in HARD_TO_TELL) and (
            any(a in _HARD_TO for a in after) or _potential_denied(words, k)
        ):
            out.append(k)  # 相談しにくい, 言い出せない: hard to tell
        elif (
            lemma in FELT_ATTITUDES and after[:1] in (["を"], ["が"]) and set(after[1:2]) & {"感じる", "覚える", "ある"}
        ):
            out.append(k)  # 抵抗を感じる, 引け目がある
        elif lemma == "勇気" and after[:1] in (["が"], ["の"]) and "いる" in after[1:2]:
            out.append(k)
        elif lemma == "気" and after[:1] in (["に"], ["を"]) and set(after[1:2]) & {"なる", "張る", "遣う", "使う"}:
            out.append(k)
    return out


def _reader_feeling(reading):
    """(thirty-second session) The writer's empathy, read once for all its forms rather than one function a form: a
    statement whose stance is empathy (_empathic_stance: よね, 〜と思います, 〜かもしれません, 〜のは当然です) and
    which names a feeling of the reader's (_feelings_at: 驚き, 戸惑う, 恥ずかしい, 相談しにくい, 勇気がいる,
    気を張る). The sign, the diagnosis or the procedure that the feeling answers is its circumstance (突然の動悸に、
    驚かれた方も多いと思います; 検査を受けるのは、勇気がいることですよね; 胃カメラにはつらいイメージをお持ちの方も…),
    unless the sentence carries a claim in empathy's shape (_claim_in_empathy), follows care taken
    (_feeling_follows_care), states a tendency of anything but the feeling (〜を感じやすくなりますよね), or gives a
    reason or a clause set against the feeling (副作用はほとんどないので、…; 年齢とともに増えますが、…)."""
    if reading.lang != "ja" or reading.mood != "statement":
        return False
    words = _words(reading)
    if len(words) < 3 or not _empathic_stance(words) or not _feelings_at(words):
        return False
    word, i = _predicate_word(words)
    if word in medical.EVALUATIVES or (i >= 0 and words[i].surface_form in medical.EVALUATIVES):
        return False  # an action judged (〜てみるのもよいでしょう) is advice whatever feeling it answers
    if _feeling_follows_care(reading) or _tendency_beyond_feeling(words) or _care_then_feeling(reading.tokens):
        return False
    for t in reading.tokens:
        if t.pos == "助詞" and t.pos_detail_1 == "接続助詞" and t.surface_form in _REASONS_AND_CONTRASTS:
            return False
        if _lemma(t) == "ため" and t.pos == "名詞":
            return False
    return not _claim_in_empathy(reading)


_CONCESSIVES = ("ても", "でも", "なら", "ならば", "程度", "くらい", "ぐらい")
_CAUSAL_MARKS = ("せい", "によって", "により", "ため")


def _health_out_of_place(reading):
    """(thirty-second session, from the review of the empathy reading) Where a word of health stands in a sentence of
    empathy: the sentence is cut at its last comma into the circumstance and the main clause. The main clause may name
    no health but procedures and feelings (検査を受けるのは、勇気がいることですよね; not 産後は抜け毛が増えて驚かれる
    方も…, 寝不足が続くと、血圧が上がって心配ですよね). The circumstance may name a sign, a diagnosis or an event of
    health the feeling answers (突然の動悸に、; 診断を受けたばかりで、; お子さんの体に赤い斑点が出ると、), but not as a
    concession (白目が青っぽく見えても、心配する必要は…: a safety claim), a cause (ホルモンの変化で、, ストレスのせいで),
    a reason, care taken (鉄剤を飲み始めて、; 抗がん剤の治療中に、), a state of health as the condition (更年期になると、,
    貧血があると、, うつ病だと、), or a topic that states it (胃が痛くなるのは、). A word only named or heard (「がん」
    という言葉を聞いただけで) is no word of health used."""
    tokens = list(reading.tokens)
    named = _named_or_heard(tokens)
    cut = max(
        (
            k
            for k, t in enumerate(tokens)
            if t.surface_form in ("、", "，")
            and k < len(tokens) - 1
            and tokens[k + 1].surface_form not in _NAMING_JOINS
        ),
        default=-1,
    )
    before, main = tokens[: cut + 1], tokens[cut + 1 :]

    idioms = _body_idioms(tokens)

    def health(part):
        # not a procedure, a feeling, a medicine (the reader's task: 薬の管理, お薬を飲ませる; care taken is read below),
        # a body word in an idiom (目にする, 手に取る, 頭の中) or a sign that is the cause of a feeling (関節の痛みで
        # つらい毎日)
        kept = [t for t in part if id(t) not in named and id(t) not in idioms]
        return [
            w
            for w in medical.medical_words(kept)
            if not any(p in w for p in medical.PROCEDURES)
            and not _only_feeling(w)
            and not any(c in w for c in CARE_ACT_KANJI)
        ]

    if health(main):
        return True
    cared = [i for i in range(len(tokens)) if _care_word(tokens, i)]
    if _reassures(tokens) and ((cut >= 0 and _states_before(before)) or cared):
        # EDは…誰にでも起こりうるもので、恥ずかしいことではありませんよ; CTの造影剤は、心配する必要のないお薬ですよ: a fact
        # or a medicine's safety given as the reassurance's ground
        return True
    core = [t for t in before if t.pos != "記号"]
    if cut >= 0 and core and _care_under_way(before, [i for i in cared if i <= cut]):
        return True
    if cut < 0 or not health(before):
        return False
    if _reassures(tokens):
        return True  # 〜必要はありません, 〜大丈夫ですよ, 心配いりません over something of health: a safety claim
    if not core:
        return False
    surfaces = [t.surface_form for t in core]
    lemmas = [_lemma(t) for t in core]
    if any(c in surfaces or c in lemmas for c in _CONCESSIVES) or any(
        c in lemmas or c in surfaces for c in _CAUSAL_MARKS
    ):
        return True  # 〜ても、, 〜程度なら、, 〜のせいで, 〜によって
    last, prev = core[-1], core[-2].surface_form if len(core) > 1 else ""
    for k, t in enumerate(before):
        # a time of a sign or a disease as the setting, with a pause (低血糖のときに、, 発作の際は、): its course
        if t.surface_form in ("に", "は") and k + 1 < len(before) and before[k + 1].surface_form in ("、", "，"):
            run = _noun_run_before(before, k)
            start = k - len(run)
            if (
                run
                and _lemma(run[-1]) in ("とき", "時", "際")
                and start >= 2
                and before[start - 1].surface_form == "の"
            ):
                if _health_beyond_procedures(_noun_run_before(before, start - 1)):
                    return True
    if _conditional_join(last) or (last.surface_form == "は" and prev in ("の", "こと")):
        # an event the reader meets, as a condition (赤い斑点が出ると、, けいれんしたら、) or a topic made of a clause
        # (眠れない夜が続くのは、): its circumstance, unless a state of health is the condition (更年期になると、, 貧血が
        # あると、, うつ病だと、)
        for k in range(1, len(core)):
            if _conditional_join(core[k]) and _lemma(core[k - 1]) in ("なる", "ある", "だ"):
                noun = _noun_run_before(core, k - 2 if core[k - 2].surface_form in ("に", "が") else k - 1)
                if medical.medical_words(noun) or (noun and _lemma(noun[-1]).endswith(_BODY_TIMES)):
                    return True
        return False
    if last.surface_form == "に" and last.pos == "助詞":
        return False  # a stimulus (突然の動悸に、)
    if last.surface_form == "で" and prev == "こと":
        return False  # about it (もの忘れのことで、)
    if last.surface_form == "は":
        # a topic: a feeling (お尻の悩みは、), a procedure or a task of care (毎日の薬の管理は、); a sign or a disease
        # (その胸の痛みは、) is what the sentence speaks of
        return not _only_feeling(_lemma(core[-2]) if len(core) > 1 else "") and any(medical._is_sign(t) for t in core)
    if last.surface_form in ("で", "し") and _lemma(core[-2] if len(core) > 1 else last) in (
        "もの",
        "こと",
        "ます",
        "です",
        "だ",
    ):
        return True  # 〜もので、, 〜ますし、: a statement of its own before the feeling
    if _lemma(last) in ("あと", "後", "以来", "以降") and health(core):
        return True  # 心筋梗塞のあと、: the course after a disease
    if last.surface_form == "で" and last.pos == "助詞" and health(_noun_run_before(core, len(core) - 1) or core):
        return True  # ホルモンの変化で、: a cause
    # a course told in a clause of its own (抜け毛が増えて、, 体調を崩し、): a cause in it (飲みすぎで動悸がして, ホルモンの
    # 変化で、) or a setting (産後は…て) makes it a claim; an event alone (流産を経験されて、) is the circumstance
    for k, t in enumerate(core):
        if t.surface_form == "で" and t.pos == "助詞":
            noun = "".join(w.surface_form for w in _noun_run_before(core, k))
            if noun and not any(p in noun for p in medical.PROCEDURES) and health(core[k + 1 :]):
                return True
    return any(t.surface_form == "は" and t.pos == "助詞" for t in core[:-1])


_UNDER_WAY = frozenset(("中", "途中", "間", "あいだ", "最中", "飲み始め", "使い始め", "始め"))


def _care_under_way(before, cared):
    """Care taken or under way in the clause before the feeling, as a course it sets off (鉄剤を飲み始めて、, 抗がん剤の治療
    中に、, 睡眠薬をやめてしばらくは、, 抗アレルギー薬を飲んでいるときは、): a word of care with, after it, a verb of taking
    care or a noun of its while, and the clause ending as a course (て, で, に, は after a time) rather than as a
    condition (〜と, 〜たら: _feeling_follows_care reads those), a worry quoted (〜のではと、, 〜のか、) or a dislike (注射が
    苦手で、). Care still ahead (手術の前は、) is not under way."""
    core = [t for t in before if t.pos != "記号"]
    if not cared or not core or _conditional_join(core[-1]) or core[-1].surface_form in ("と", "か", "のか", "は"):
        return False  # (a topic, 治療中は、: the feeling's time, as _feeling_follows_care reads it)
    if any(t.surface_form in ("前", "まえ") for t in core):
        return False
    if len(core) >= 2 and core[-1].surface_form == "で" and _lemma(core[-2]) in FEELING_PREDICATES:
        return False  # 注射が苦手で、
    return any(_takes_care(t) or _lemma(t) in _UNDER_WAY for t in before[cared[0] + 1 :])


def _states_before(before):
    """The part before the comma is a statement of its own, joined by a copula's or a polite form's て or し (〜もので、,
    〜ことで、, 〜ますし、, 〜ですし、)."""
    core = [t for t in before if t.pos != "記号"]
    return (
        len(core) >= 2
        and core[-1].surface_form in ("で", "し")
        and _lemma(core[-2]) in ("もの", "こと", "ます", "です", "だ")
    )


def _reassures(tokens):
    """The sentence tells the reader a worry or a feeling is needless (〜必要はありません, 〜なくて大丈夫です, 心配
    いりません, 〜ことはありませんよ): about something of health, a claim of its safety or its course."""
    words = [t for t in tokens if t.pos != "記号"]
    tail = [_lemma(t) for t in words[-7:]]
    denied = any(t in ("ない", "ん", "ぬ") for t in tail)
    if "大丈夫" in tail:
        return True
    if denied and any(w in tail for w in ("必要", "いる", "要る")):
        return True
    # 〜ことはありませんよ (a feeling needless), not 〜ことではありません (a judgement denied)
    return (
        any(
            _lemma(words[k]) == "こと" and words[k + 1].surface_form in ("は", "も") and _lemma(words[k + 2]) == "ある"
            for k in range(max(0, len(words) - 7), len(words) - 2)
        )
        and denied
    )


_NAMING_JOINS = ("という", "といった", "って", "との")
_PERCEIVING = frozenset(("する", "取る", "入る", "留める", "とめる", "付く", "つく"))


def _body_idioms(tokens):
    """The ids of body words in idioms of perceiving, handling or the mind (目にする, 耳にする, 手に取る, 頭の中,
    頭が真っ白), and of a sign that is the cause of a feeling (関節の痛みでつらい毎日: the feeling's circumstance)."""
    out = set()
    for k, t in enumerate(tokens[:-2]):
        nxt, third = tokens[k + 1], tokens[k + 2]
        if _lemma(t) in ("目", "耳", "手", "口") and nxt.surface_form == "に" and _lemma(third) in _PERCEIVING:
            out.add(id(t))
        if _lemma(t) == "頭" and (
            (nxt.surface_form == "の" and _lemma(third) == "中")
            or (nxt.surface_form == "が" and "真っ白" in third.surface_form)
        ):
            out.add(id(t))
        if nxt.surface_form == "で" and nxt.pos == "助詞" and _lemma(third) in FEELING_PREDICATES:
            run = _noun_run_before(tokens, k + 1)
            start = k + 1 - len(run)
            if start >= 2 and tokens[start - 1].surface_form == "の":
                run = _noun_run_before(tokens, start - 1) + run  # 関節の痛みで
            out.update(id(w) for w in run)
    # a medicine the reader gives or takes as a task (お薬を飲ませるのは大変): the verb of intake with a medicine as its
    # object (care taken before a feeling is read apart, _care_then_feeling and _feeling_follows_care)
    for k, t in enumerate(tokens):
        if t.pos == "動詞" and _lemma(t) in _INTAKE_VERBS and k >= 2 and tokens[k - 1].surface_form == "を":
            if any(c in tokens[k - 2].surface_form for c in CARE_ACT_KANJI):
                out.add(id(t))
    return out


def _only_feeling(word):
    """A compound of health words that is a feeling or names one (不安, 気持ち, お悩み): 不安 is a word of health too."""
    return word in FEELING_NOUNS or word in FEELING_PREDICATES or word.endswith(("悩み", "不安", "心配", "お疲れ"))


def _named_or_heard(tokens):
    """The ids of the tokens a sentence only names or hears: inside 「」, right before という / と聞く / って, and the kind
    named right after という (という症状, という病気)."""
    out = {id(t) for t in _quoted_tokens(tokens)}
    for k, t in enumerate(tokens):
        if t.surface_form in _NAMING_JOINS and k + 1 < len(tokens):
            j = k + 1
            while j < len(tokens) and tokens[j].pos in ("名詞", "接頭詞"):
                out.add(id(tokens[j]))
                j += 1
        after = tokens[k + 1 : k + 3]
        if (
            t.pos == "名詞"
            and after
            and (
                after[0].surface_form in ("という", "って", "との")
                or (after[0].surface_form == "と" and len(after) > 1 and _lemma(after[1]) == "聞く")
            )
        ):
            j = k
            while j >= 0 and tokens[j].pos in ("名詞", "接頭詞"):
                out.add(id(tokens[j]))
                j -= 1
    return out


def _claim_in_empathy(reading):
    """(thirty-second session) What keeps a sentence in empathy's shape a claim, asked of every reading of empathy:
    a word of effect, a proportion or a cause named (男性ホルモンが主な原因となる悩みですね); a disease, a sign or a time
    of the body as the setting (うつ病では、, 産後は、); something of health as the cause of a state that is no feeling
    (熱で眠れないお子さん) or of a feeling some readers are counted by (めまいで困っている方も多いでしょう: how many have
    it); a sign the feeling bears on with no pause (頭痛に悩む方, 眠気を感じる方); a disease in the worry quoted
    (「悪性リンパ腫かも?」と不安な方). A procedure in any of these places (採血が苦手, 突然の入院で, 治療中は) is the
    feeling's circumstance."""
    if reading.lang != "ja":
        return False
    if _health_out_of_place(reading):
        return True
    words = _words(reading)
    tokens = list(reading.tokens)  # with the commas: a pause parts a feeling from its circumstance
    quoted = _quoted_tokens(tokens)
    inside = {id(q) for q in quoted}
    lemmas = {_lemma(t) for t in tokens if id(t) not in inside}  # a term quoted is named (「介護予防」という言葉)
    if EFFECT_WORDS & lemmas or medical.PROPORTIONS & lemmas or _names_a_cause(tokens):
        return True
    if any(_names_a_disease(w) for w in medical.medical_words(quoted)) and not _quote_names_a_word(tokens):
        return True  # a disease in the worry quoted (「悪性リンパ腫かも?」): it links the disease with what went before
    counted = _counts_holders(words)
    if _patients_as_topic(tokens):
        return True  # 骨粗しょう症の人は、…: what is said of people with a disease is said of the disease
    for k, t in enumerate(tokens):
        # a disease, a sign or a time of the body as the setting (うつ病では、, 発作のときには, 更年期には、, 産後は、):
        # the sentence states its course, and the feelings in it are its signs
        if _setting_of_health(tokens, k):
            return True
        # something of health as a cause (熱で眠れない, めまいで困っている方も多い): the cause is a claim of its own
        if t.surface_form == "で" and t.pos == "助詞" and _health_beyond_procedures(_noun_run_before(tokens, k)):
            if counted:
                return True
    for k in _feelings_at_tokens(tokens, words):
        # a feeling whose subject is of the body is a sensation (肩の筋肉が緊張している, 胸がどきどきする): a sign
        if k >= 2 and tokens[k - 1].surface_form == "が" and _health_beyond_procedures(_noun_run_before(tokens, k - 1)):
            return True
    for k in [k for k, t in enumerate(tokens) if _lemma(t) in _BEARING]:
        # what is borne or sensed, right before it with no pause (X を感じる, X に悩む, X が苦しい): no word of health but a
        # feeling (不安 is a word of health too) or a procedure (採血がつらい); what a reaction answers (変化に戸惑う, 診断に
        # 驚く) is its circumstance
        if k >= 2 and tokens[k - 1].pos == "助詞" and tokens[k - 1].surface_form in ("を", "に", "が"):
            felt = [w for w in _noun_run_before(tokens, k - 1) if _lemma(w) not in FEELING_NOUNS | FEELING_PREDICATES]
            if _health_beyond_procedures(felt) or any(_lemma(w) in SIGN_NOUNS for w in felt):
                return True
    return False


_BEARING = frozenset(("悩む", "苦しむ", "困る", "感じる", "覚える", "つらい", "辛い", "苦しい"))
_DISEASE_ENDS = ("症", "病", "炎", "がん", "癌", "腫", "梗塞", "障害", "不全")


_PATIENTS = frozenset(("人", "方", "患者", "かた", "ひと", "子", "子ども", "お子さん"))


def _patients_as_topic(tokens):
    """People named by a disease or a sign are the topic or subject (骨粗しょう症の人は, 過敏性腸症候群の方は, 喘息の
    お子さんが): whatever the sentence says of them it says of the disease."""
    for k in range(2, len(tokens) - 1):
        if (
            _lemma(tokens[k]) in _PATIENTS
            and tokens[k + 1].surface_form in ("は", "が", "も")
            and tokens[k - 1].surface_form == "の"
        ):
            run = _noun_run_before(tokens, k - 1)
            if any(medical._is_sign(w) for w in run) or any(_names_a_disease(w.surface_form) for w in run):
                return True
    return False


def _feelings_at_tokens(tokens, words):
    """_feelings_at, as indices into the tokens with their punctuation."""
    return [tokens.index(words[k]) for k in _feelings_at(words)]


def _names_a_disease(word):
    """The word names a disease (悪性リンパ腫, 乳がん, 心筋梗塞), not a part of the body or a sign (心臓, しこり)."""
    return word.endswith(_DISEASE_ENDS)


def _names_a_cause(tokens):
    """Something is named as a cause (男性ホルモンが主な原因となる, ストレスが原因で, 〜がきっかけです); 原因がわからない
    names none."""
    for k, t in enumerate(tokens):
        if (
            _lemma(t) in _CAUSE_NOUNS
            and k + 1 < len(tokens)
            and tokens[k + 1].surface_form in ("と", "に", "で", "だ", "です")
        ):
            return True
        # 年齢のせいだと思います names a cause; あなたのせいではありません reassures
        if (
            _lemma(t) == "せい"
            and k + 1 < len(tokens)
            and tokens[k + 1].surface_form in ("だ", "です", "と", "なの", "か")
        ):
            return True
    return False


def _health_beyond_procedures(tokens):
    """A word of health among the tokens that names no procedure (検査, 入院, 注射 name the occasion of a feeling)."""
    return any(not any(p in w for p in medical.PROCEDURES) for w in medical.medical_words(tokens))


def _counts_holders(words):
    """Some readers are counted as having it: 方 / 人 with も, は or が and a verb of existence or number (〜方も多い,
    〜人もいる, 〜方もいらっしゃいます, 〜方も少なくありません)."""
    return any(
        _lemma(words[k]) in _HOLDERS
        and words[k + 1].surface_form in ("も", "は", "が")
        and _lemma(words[k + 2]) in _HOLDERS_EXIST | {"おられる"}
        for k in range(len(words) - 2)
    )


_REASONS_AND_CONTRASTS = ("ので", "から", "が", "けど", "けれど", "けれども")
_AFTERS = frozenset(("後", "あと", "以降", "直後"))


def _care_then_feeling(tokens):
    """Care taken before the feeling (薬を飲むと、気持ちが楽に…; 抗うつ薬を飲み始めると、…ことがありますよね; 手術の後は、
    しばらくつらい思いを…): a word of care (_care_word) with, within six words after it, a verb of taking care
    ([care_taking_verbs]) and then a condition, or an after (後, あと, 以降) before any comma. Care still ahead, heard of,
    or taken by someone else's refusal are read by _feeling_follows_care for the older readings; this reading asks only
    for the feeling it names."""
    for i, t in enumerate(tokens):
        # a medicine taken by mouth, skin or breath, whatever it is called (痛み止めを飲むと, 湿布を貼ったら)
        if t.pos == "動詞" and _lemma(t) in _INTAKE_VERBS:
            if any(_conditional_join(u) for u in tokens[i + 1 : i + 4]):
                return True
    for i in range(len(tokens)):
        if not _care_word(tokens, i):
            continue
        taken = False
        for j in range(i + 1, min(len(tokens), i + 7)):
            t = tokens[j]
            if t.surface_form in ("、", "，", "。") or _lemma(t) in ("前", "まえ"):
                break
            if _takes_care(t):
                taken = True
            if (_lemma(t) in _AFTERS and t.pos == "名詞") or (taken and _conditional_join(t)):
                return True
    return False


_TAKING_STEMS = ("飲み", "受け", "使い", "塗り", "打ち")


def _takes_care(token):
    """A verb of taking care ([care_taking_verbs]), or one made of such a verb's stem (飲み始める, 使い続ける)."""
    return token.pos == "動詞" and (_lemma(token) in CARE_TAKING_VERBS or _lemma(token).startswith(_TAKING_STEMS))


_INTAKE_VERBS = frozenset(("飲む", "服用", "塗る", "貼る", "吸う", "吸入", "注射", "点眼", "さす"))


_CAUSE_NOUNS = frozenset(("原因", "要因", "きっかけ", "引き金"))  # (not せい: あなたのせいではありません reassures)
FELT_ATTITUDES = frozenset(table(WORDS, CLAIM_WORDS, "felt_attitudes"))  # lint/data/claim-words.toml


def _unpotential(lemma):
    """The verb a potential stands for (言い出せる → 言い出す, 喜べる → 喜ぶ), or the lemma itself."""
    if len(lemma) > 2 and lemma.endswith("る") and lemma[-2] in _E_ROW:
        return lemma[:-2] + lemma[-2].translate(_E_TO_U)
    return lemma


def _potential_denied(words, k):
    """The verb at ``k`` in the potential, denied (言い出せない, 話せません; 言えない, 聞けない as their own verbs)."""
    nxt = words[k + 1 : k + 4]
    lemmas = [_lemma(t) for t in nxt]
    potential = lemmas[:1] in (["れる"], ["られる"], ["できる"]) or (
        _lemma(words[k]).endswith(("える", "せる", "ける", "てる", "める", "れる")) and words[k].pos == "動詞"
    )
    return potential and any(t.surface_form in ("ない", "ませ", "ず") or _lemma(t) == "ない" for t in nxt)


def _quote_names_a_word(tokens):
    """Every quotation is a word named (「認知症」という言葉, 「がん」と聞くと), not a worry in the reader's words."""
    closes = [k for k, t in enumerate(tokens) if "」" in t.surface_form or "』" in t.surface_form]
    for k in closes:
        after = [t.surface_form for t in tokens[k + 1 : k + 3]]
        named = after[:1] in (["という"], ["って"], ["との"]) or (
            after[:1] == ["と"] and _lemma(tokens[k + 2]) == "聞く" if len(after) > 1 else False
        )
        if not named:
            return False
    return bool(closes)


def _quoted_tokens(tokens):
    """The tokens inside 「」 or 『』."""
    out, depth = [], 0
    for t in tokens:
        depth -= t.surface_form.count("」") + t.surface_form.count("』")
        if depth > 0:
            out.append(t)
        depth += t.surface_form.count("「") + t.surface_form.count("『")
        depth = max(depth, 0)
    return out


def _tendency_beyond_feeling(words):
    """A tendency stated (〜やすい, 〜がち, 〜にくい, 〜ことがある, 〜ことが多い) of anything but a feeling or of telling
    (戸惑うことがあって当然, 相談しにくい悩み are the feeling's own)."""
    for k in range(1, len(words)):
        lemma, before = _lemma(words[k]), words[k - 1]
        if lemma in ("やすい", "がち") and (before.pos == "動詞" or lemma == "がち"):
            return True  # (控え + がち: IPADIC may give the stem as a noun)
        if lemma in ("にくい", "づらい") and before.pos in ("動詞", "助動詞"):
            m = k - 1
            while m > 0 and _lemma(words[m]) in ("する", "れる", "られる", "せる", "させる"):
                m -= 1  # 理解されにくい: the verb under the passive and する
            verbs = {_lemma(words[m]), _unpotential(_lemma(words[m]))}
            if not verbs & (HARD_TO_TELL | {"わかる", "分かる"}):
                return True
        if (
            _lemma(words[k]) in ("こと", "日", "とき")
            and k + 2 < len(words)
            and words[k + 1].surface_form in ("が", "も")
        ):
            if _lemma(words[k + 2]) in ("ある", "多い") and not _clause_feels(words, k):
                return True
    return False


def _clause_feels(words, k):
    """The clause that ends before ``k`` (back to its comma) holds a feeling (_feelings_at): a feeling that comes at
    times (焦りを感じることもある, 気持ちが沈んでしまうこともある, 言い出せないこともある) is the feeling's own."""
    start = _clause_start(words, k)
    clause = words[start:k]
    return bool(_feelings_at(clause)) or any(_lemma(t) == "感じる" for t in clause)


_BODY_TIMES = ("期", "後", "中")


def _setting_of_health(tokens, k):
    """The particle at ``k`` closes a setting of health: a disease or a sign before では / には (うつ病では, 発作の
    ときには), or anything of health or a time of the body before a setting with a pause (更年期には、, 産後は、,
    手術の後は、, 治療中は、). A procedure or an image the feeling answers, with no pause (胃カメラには…イメージ), and
    care still ahead (手術の前は) are no setting."""
    t = tokens[k]
    nxt = tokens[k + 1].surface_form if k + 1 < len(tokens) else ""
    paused = nxt in ("、", "，") or (nxt == "は" and k + 2 < len(tokens) and tokens[k + 2].surface_form in ("、", "，"))
    if t.surface_form in ("で", "に") and nxt == "は":
        pass
    elif not (t.surface_form == "は" and paused):
        return False
    run = _noun_run_before(tokens, k)
    if run and k - len(run) >= 2 and tokens[k - len(run) - 1].surface_form == "の":
        run = _noun_run_before(tokens, k - len(run) - 1) + [tokens[k - len(run) - 1]] + run  # 手術の後, 発作のとき
    if not run or _lemma(run[-1]) in ("前", "まえ"):
        return False  # care still ahead (手術の前は、) is the feeling's circumstance
    if any(p in "".join(w.surface_form for w in run) for p in medical.PROCEDURES):
        return False  # care under way (治療中は、, 手術の後は、) is the feeling's circumstance (_feeling_follows_care reads it)
    if t.surface_form != "は" and any(medical._is_sign(w) for w in run):
        return True  # うつ病では, 発作のときには
    # with a pause, the setting's head is a time of the body (更年期には、, 産後は、); a thing of health as topic (毎日の薬の
    # 管理は、, 原因がはっきりしない不調は、) is what the feeling is about
    return paused and _lemma(run[-1]).endswith(_BODY_TIMES)


def _noun_run_before(words, k):
    """The run of nouns and prefixes right before index ``k`` (the phrase a particle at ``k`` marks)."""
    run: list = []
    m = k - 1
    while m >= 0 and words[m].pos in ("名詞", "接頭詞"):
        run.insert(0, words[m])
        m -= 1
    return run


def _shares_feeling(reading):
    """A feeling shared with the reader (不安になりますよね): 〜よね at the end of a statement with no sign,
    no word of effect and no use of a medicine in it (副作用が出やすいですよね stays a claim), and no care in the
    condition it follows (see _feeling_follows_care). A state made a noun (〜ことですよね, 〜ものですよね) shares a
    feeling only when it is one (苦しいことですよね; 危険なことですよね, 自然なことですよね judge the matter)."""
    return (
        reading.lang == "ja"
        and reading.shared
        and reading.mood == "statement"
        and not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas
        and not _feeling_follows_care(reading)
        and (not (state := _nominalised_state(reading)) or state in FEELING_PREDICATES)
        and not _body_state(reading)
    )


def _feeling_shared_by_its_subject(reading):
    """(twenty-ninth session) 〜ますよね whose main clause has a feeling as its subject (痛みが長引くと、気持ちまで
    ふさぎこんでしまいますよね): the feeling is what is shared, whatever verb it takes; a circumstance before it (the
    pain) is the writer's picture of the reader's situation. No sign, effect or use in the main clause."""
    words = [t for t in reading.tokens if t.pos != "記号"]
    if reading.lang != "ja" or reading.mood != "statement" or len(words) < 4:
        return False
    if [t.surface_form for t in words[-2:]] != ["よ", "ね"] or words[-3].basic_form not in ("ます", "です"):
        return False
    if _feeling_follows_care(reading) or USE_HEADS & reading.lemmas:
        return False  # 薬を飲むと、気持ちが楽になりますよね: an effect of care
    # (from the review) a disease as the setting (うつ病では、気持ちが沈みがちになりますよね) states its course; a sign the
    # reader lives with (痛みが長引くと) is the circumstance of the feeling
    if any(w not in SIGN_NOUNS for w in medical.medical_words(reading.tokens)) or _HOW_LIKELY & reading.lemmas:
        return False
    main = _main_clause(reading) or reading
    clause = [t for t in main.tokens if t.pos != "記号"]
    if (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & {_lemma(t) for t in clause}:
        return False
    return any(
        _lemma(clause[k]) in FEELING_NOUNS
        and clause[k + 1].pos == "助詞"
        and clause[k + 1].surface_form in ("が", "も", "まで", "は")
        for k in range(len(clause) - 1)
    )


def _body_state(reading):
    """(twenty-seventh session) The shared state's subject, marked が right before it, is a part of the body or a
    word of health (胸が痛いですよね, お腹がとても痛いですよね): a sensation stated, a sign, not the reader's feeling."""
    words = _words(reading)
    _, at = _predicate_word(words)
    if at < 2:
        return False
    for k in range(at - 1, 0, -1):
        if words[k].surface_form == "が" and words[k].pos == "助詞":
            return bool(medical.medical_words(words[max(0, k - 2) : k]))
        if words[k].pos not in ("副詞", "名詞") or words[k].pos_detail_1 in ("形容動詞語幹",):
            break
    return False


def _nominalised_state(reading):
    """The state before こと / もの at a sentence's end (苦しいことですよね: 苦しい), or ""."""
    words = _words(reading)
    for i in range(len(words) - 1, 0, -1):
        if _lemma(words[i]) in ("こと", "もの") and words[i].pos_detail_1 == "非自立":
            before = words[i - 1] if words[i - 1].surface_form != "な" or i < 2 else words[i - 2]
            return _lemma(before)
        if words[i].pos not in ("助動詞", "助詞"):
            return ""
    return ""


CARE_ACTS = frozenset(table(WORDS, CLAIM_WORDS, "care_acts"))  # lint/data/claim-words.toml
CARE_TAKING_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "care_taking_verbs"))  # lint/data/claim-words.toml
CARE_MEDICINES = frozenset(table(WORDS, CLAIM_WORDS, "care_medicines"))  # lint/data/claim-words.toml
CARE_ACT_KANJI = "".join(table(WORDS, CLAIM_WORDS, "care_act_kanji"))


def _feeling_follows_care(reading):
    """(fourteenth session, narrowed by two reviews) The feeling is told as what follows a medicine or a treatment
    taken: a word of care (_care_word: 抗うつ薬, 手術, ピル) as the argument of a verb of taking ([care_taking_verbs]:
    飲む, 受ける, やめる; looked through 〜ようになる, 〜てしばらくする; 始まる, 切れる with the care as subject)
    before a condition (〜と, 〜ば, 〜たら), an after (〜後, 〜てから), or a medicine with its while (服用中は, 抗うつ薬を
    飲んでいる間は), or the care named with its after (術後は, 手術の後は) (抗うつ薬を飲み始めると、不安になりますよね).
    Then the feeling is an effect of the care, which needs a source like any effect. A sign, a diagnosis or a visit
    (熱を出すと, 診断されると, 入院すると), care ahead, heard of or supposed (手術の前は, 手術を受けるとなると, 手術と聞
    くと, 手術をするとしたら), tried, refused, forgotten or read about, care taken by another (お子さんが, 主人が, 子ども
    に注射をすると), a verb of taking with no care (頭を打つと), and a worry about a thing or a question (いろいろなことが
    心配, どうなるのか不安) are the feeling's circumstance."""
    tokens = reading.tokens
    words = _words(reading)
    feeling, at = _predicate_word(words)
    if feeling in ("やすい", "がち", "にくい") and at > 0:
        feeling, at = _lemma(words[at - 1]), at - 1  # 落ち込みやすい: the mood is the verb's
    # a change stated before the feeling in the main clause (食欲が増えて困る, 吐き気が続いてつらい) is an effect told,
    # whatever the feeling
    stated = _change_before(words, at)
    if feeling not in _CARE_MOODS and not stated:
        return False  # a reaction (戸惑う, 焦る, 嬉しい, 安心, 困る): the reader's, whatever came before it
    last = max((i for i, t in enumerate(tokens) if _conditional_join(t)), default=-1)
    for i, t in enumerate(tokens):
        if _care_word(tokens, i) and _lemma(t).endswith(_CARE_AFTER):
            return not _worry_about(tokens[i + 1 :])  # 術後は (one word)
        joins = _conditional_join(t)
        if joins and i + 1 < len(tokens) and _lemma(tokens[i + 1]) in _QUOTING_AFTER:
            continue  # 受けるとなると, 受けると聞いて, するとしたら: と quotes, no condition
        if t.pos == "名詞" and _lemma(t) in _CARE_AFTER + _CARE_WHILE:
            joins = True
        if t.surface_form == "から" and i > 0 and tokens[i - 1].surface_form in ("て", "で"):
            joins = True
        if joins and last > i:
            continue  # a later condition is what the feeling follows (服用中に妊娠がわかると: the news)
        if joins and _care_taken_before(tokens, i):
            return stated or not _worry_about(tokens[i + 1 :])
    return False


def _conditional_join(token):
    """A particle that closes a condition: 〜と, 〜ば (conjunctive), 〜たら, 〜なら."""
    return (token.pos == "助詞" and token.pos_detail_1 == "接続助詞" and token.surface_form in ("と", "ば")) or (
        token.pos in ("助詞", "助動詞") and token.surface_form in ("たら", "だら", "なら")
    )


def _change_before(words, at):
    """A verb of its own in the main clause before the feeling, joined by て (食欲が増えて困る, 不安が強まって心配になる):
    the sentence tells a change, not only a feeling."""
    start = max(
        (k for k in range(at) if words[k].surface_form in ("と", "ば", "たら", "から") and words[k].pos != "名詞"),
        default=-1,
    )
    return any(
        words[k].pos == "動詞"
        and words[k].pos_detail_1 == "自立"
        and k + 1 < at
        and words[k + 1].surface_form in ("て", "で")
        for k in range(start + 1, at)
    )


# (from the second review) moods a medicine or a treatment may bring: with these the feeling after care taken is an
# effect; other feelings (戸惑う, 焦る, 安心, 嬉しい, 困る, 退屈, 怖い) are the reader's reaction
_CARE_MOODS = frozenset(
    (
        "不安",
        "心配",
        "不安定",
        "落ち込む",
        "沈む",
        "ふさぐ",
        "塞ぐ",
        "憂うつ",
        "憂鬱",
        "気分",
        "気持ち",
        "イライラ",
        "いらいら",
        "つらい",
        "辛い",
        "高ぶる",
    )
)


_CARE_AFTER = ("後", "あと", "以降")
_CARE_WHILE = ("中", "間", "頃", "ころ")
# words after a と that make it quoting (〜となると, 〜と聞いて, 〜としたら, 〜と思うと)
_QUOTING_AFTER = frozenset(("なる", "聞く", "言う", "いう", "する", "思う", "考える", "知る", "言われる"))
_MOODS = frozenset(("気分", "気持ち", "心", "気", "心身", "精神"))


def _worry_about(tokens):
    """The main clause's feeling is about a thing or a question: a noun with が / も right before the feeling
    (いろいろなことが心配, 傷の痛みが気になる) or a question before it (どうなるのか、不安): a worry, the reader's,
    not a state the care brings (吐き気が続いてつらい, 気分が落ち込む, 不安になる)."""
    words = [t for t in tokens if t.pos != "記号"]
    feeling, k = _predicate_word(words)
    if k < 0:
        return False
    if any(t.surface_form == "か" and t.pos == "助詞" for t in words[:k]):
        return True  # どうなるのか、不安になります
    if any(
        (t.surface_form in ("では", "で") and j > 0 and words[j - 1].surface_form == "の" and t.pos != "動詞")
        or _lemma(t) in ("考える", "思う")
        for j, t in enumerate(words[:k])
    ):
        return True  # 悪くなるのではと心配, 〜と考えると不安: a supposition worried about
    # the noun that completes the feeling: X が / も, then the feeling word itself (心配になる: 心配)
    return (
        k >= 2
        and words[k - 1].surface_form in ("が", "も")
        and words[k - 2].pos == "名詞"
        and _lemma(words[k - 2]) not in _MOODS
        and feeling in FEELING_PREDICATES | {"気になる"}
    ) or (
        k >= 3
        and _lemma(words[k]) == "なる"
        and words[k - 1].surface_form == "に"
        and words[k - 2].surface_form == "気"
    )


# people other than the reader who take the care (お子さんが, 主人が, 子どもに注射をすると): a person's role, an honorific
# suffix, a word of family or a pet
_OTHERS_WHO_TAKE = frozenset(
    (
        "子",
        "子ども",
        "子供",
        "赤ちゃん",
        "家族",
        "親",
        "夫",
        "妻",
        "主人",
        "旦那",
        "息子",
        "娘",
        "母",
        "父",
        "祖父",
        "祖母",
        "孫",
        "兄",
        "姉",
        "弟",
        "妹",
        "愛犬",
        "愛猫",
        "パートナー",
        "恋人",
        "ペット",
        "犬",
        "猫",
    )
)


def _another_person(token):
    lemma = _lemma(token)
    return (
        medical.names_a_person(token)
        or lemma in _OTHERS_WHO_TAKE
        or lemma.endswith(("さん", "様", "さま", "ちゃん", "くん"))
    )


def _care_word(tokens, k, medicine_only=False):
    """A word of care that heads its noun phrase: of [care_acts], written with 薬 / 剤, opening with 抗 (抗生物質),
    or a katakana word the dictionary does not know (a medicine's name: タミフル, ロキソニン); not a person or a place
    named with one (薬剤師, 薬局), nor a noun before another (治療費, 薬の説明書 is 説明書's). ``medicine_only``: a
    medicine, not any treatment (服用中 and 抗うつ薬を飲んでいる間 are taken; 治療中, 点滴の間 are only times)."""
    token = tokens[k]
    if token.pos != "名詞":
        return False
    lemma = _lemma(token)
    if lemma.endswith(medical.NON_HEALTH_HEADS) or token.surface_form.endswith(medical.NON_HEALTH_HEADS):
        return False
    compound = (tokens[k - 1].surface_form if k > 0 and tokens[k - 1].pos == "名詞" else "") + token.surface_form
    if token.surface_form.endswith(_HOUSEHOLD_AGENTS) or compound.endswith(_HOUSEHOLD_AGENTS):
        return False  # 乾燥剤, 入浴剤: 剤 of the household
    medicine = (
        any(c in token.surface_form for c in CARE_ACT_KANJI)
        or lemma in CARE_MEDICINES
        or token.surface_form.startswith("抗")
        or (lemma == "物質" and k > 0 and tokens[k - 1].surface_form.startswith("抗"))  # 抗生 + 物質
        or (_KATAKANA_ONLY.fullmatch(token.surface_form) is not None and token.basic_form == "*")
    )
    if not (medicine or (lemma in CARE_ACTS and not medicine_only)):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return not (
        following is not None and following.pos == "名詞" and following.pos_detail_1 not in ("接尾", "サ変接続")
    )


_HOUSEHOLD_AGENTS = (
    "洗剤",
    "乾燥剤",
    "入浴剤",
    "芳香剤",
    "消臭剤",
    "漂白剤",
    "保冷剤",
    "防虫剤",
    "接着剤",
    "殺虫剤",
    "柔軟剤",
)
_KATAKANA_ONLY = re.compile(r"[ァ-ヴー]{4,}")  # not スマホ


def _care_taken_before(tokens, end):
    """Whether the clause before tokens[end] (a condition, an after, a while) takes care: the care word right before
    an after with の or as one compound (手術の後は, 接種後), a medicine right before a while (服用中), or the clause's
    predicate a verb of taking, affirmative, with a care word as its argument and no other person as its agent."""
    k = end - 1
    if k >= 0 and tokens[k].surface_form == "の":
        k -= 1
    joined = _lemma(tokens[end])
    if k >= 0 and joined in _CARE_AFTER and _care_word(tokens, k):
        return True
    if (
        k >= 0
        and joined in _CARE_WHILE
        and (_care_word(tokens, k, medicine_only=True) or _lemma(tokens[k]) in ("服用", "投与", "内服"))
    ):
        return True
    medicine_only = joined in _CARE_WHILE
    # the clause's predicate: back over particles, auxiliaries and dependent verbs (飲んでいる間, 飲み始める)
    j = end - 1
    while j >= 0 and (
        tokens[j].pos in ("助詞", "助動詞") or (tokens[j].pos == "動詞" and tokens[j].pos_detail_1 == "非自立")
    ):
        if tokens[j].pos == "助動詞" and tokens[j].basic_form in ("ない", "ぬ", "ん"):
            return False  # 飲んでくれないと: care refused, not taken
        j -= 1
    if j < 0:
        return False
    # look through 〜ようになる (飲むようになると) and 〜てしばらくする (飲み始めてしばらくすると) to the verb of taking
    if (
        _lemma(tokens[j]) == "なる"
        and j >= 2
        and tokens[j - 1].surface_form == "に"
        and tokens[j - 2].surface_form == "よう"
    ):
        j -= 3
    elif _lemma(tokens[j]) == "する" and j >= 1 and _lemma(tokens[j - 1]) in ("しばらく", "少し", "数日", "何日"):
        j -= 2
        while j >= 0 and tokens[j].pos in ("助詞", "助動詞"):
            j -= 1
    if j < 0:
        return False
    verb = tokens[j]
    lemma = _lemma(verb)
    start = max((m for m in range(j) if tokens[m].surface_form in ("、", ",", "。")), default=-1) + 1
    # another person as the one who takes it or is given it (お子さんが…飲んでしまうと, 子どもに注射をすると)
    if any(
        _another_person(tokens[m]) and m + 1 < j and tokens[m + 1].surface_form in ("が", "は", "に")
        for m in range(start, j)
    ):
        return False
    if lemma in ("始まる", "切れる", "効く", "変わる", "覚める", "醒める", "さめる"):
        # the care as the subject of its own course (抗がん剤治療が始まると, 薬が切れてくると), or what one wakes from
        # (麻酔から覚めると)
        return any(
            _care_word(tokens, m, medicine_only)
            and m + 1 < j
            and tokens[m + 1].surface_form in ("が", "は", "も", "から")
            for m in range(start, j)
        )
    if lemma not in CARE_TAKING_VERBS:
        return False  # 聞く, 忘れる, 読む, なる (受けることになると)
    if lemma in ("する", "いたす"):
        b = j - 1
        if b > 0 and tokens[b].surface_form == "と" and tokens[b - 1].surface_form == "よう":
            return False  # 飲ませようとすると: tried
        if b >= 0 and tokens[b].surface_form == "を":
            b -= 1
        return b >= 0 and _care_word(tokens, b, medicine_only)  # 注射をした
    # a care word as an argument of the verb, in its clause: with a case particle, or with の before the noun the
    # verb takes (抗うつ薬の量を増やすと)
    return any(
        _care_word(tokens, m, medicine_only)
        and m + 1 < len(tokens)
        and (
            tokens[m + 1].surface_form in ("を", "が", "は", "も", "で")
            or (tokens[m + 1].surface_form == "の" and m + 2 < len(tokens) and _lemma(tokens[m + 2]) in _DOSE_NOUNS)
        )
        for m in range(start, j)
    )


# the nouns of a medicine's amount, which a verb of taking changes (抗うつ薬の量を増やすと); not 手術の説明を受けると
_DOSE_NOUNS = frozenset(("量", "用量", "服用量", "投与量", "回数", "種類", "数"))


def _writer_partners(reading):
    """The writer is named as the reader's partner (私たちと一緒に) in an ongoing effort (〜ていきましょう)
    with no word of effect, sign or use: encouragement, even with an object (環境を整えていきましょう);
    私たちと一緒に、薬を減らしていきましょう (減らす, a word of effect) stays advice."""
    tokens = reading.tokens
    partner = any(
        tokens[i].pos_detail_1 in ("代名詞", "接尾")
        and tokens[i + 1].surface_form == "と"
        and _lemma(tokens[i + 2]) in COMPANIONS
        for i in range(len(tokens) - 2)
    ) and any(t.pos_detail_1 == "代名詞" for t in tokens)
    ongoing = any(
        _lemma(tokens[i]) == "いく" and tokens[i - 1].surface_form in ("て", "で") for i in range(1, len(tokens))
    )
    return partner and ongoing and not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas


# (forty-ninth session) an English aside that points at a part of the page: as shown in Figure 1, as table 1 shows,
# (see table 2); _EN_AS_SHOWN, the asides that assert what they stand beside
_EN_PART = r"(?:figure|fig\.|table|section|chapter|part|box|appendix|chart)"
_EN_PRESENTING_ASIDE = re.compile(
    r"\bas\s+(?:shown|listed|described|explained|set\s+out|summari[sz]ed|illustrated|given|noted)\s+(?:in|on|below|above)\b"
    rf"|\bas\s+(?:the\s+)?{_EN_PART}\s*\d*[a-z]?\s+(?:shows|lists|explains|describes|sets\s+out|summari[sz]es|illustrates)\b"
    rf"|\(?\bsee\s+(?:{_EN_PART}|page|p\.)\s*\d",
    re.IGNORECASE,
)
_EN_AS_SHOWN = re.compile(
    r"\bas\s+(?:shown|described|explained|illustrated|demonstrated)\s+(?:in|on|below|above)\b"
    rf"|\bas\s+(?:the\s+)?{_EN_PART}\s*\d*[a-z]?\s+(?:shows|explains|describes|illustrates|demonstrates)\b",
    re.IGNORECASE,
)


def _spoken(text):
    """The reading of a Japanese text in hiragana (お大事に and おだいじに read alike), words MeCab cannot read as written."""
    return _spoken_tokens(grammar.read(text).tokens)


def _spoken_tokens(tokens):
    return "".join(
        fold_kana(t.reading if t.reading not in ("*", "") else t.surface_form) for t in tokens if t.pos != "記号"
    )


_SPOKEN_COPULA_RE = re.compile("(?:です|でした|でございます)$")  # おつかれさまです: the greeting is the predicate


@lru_cache(maxsize=1)
def _greeting_readings():
    """(fifty-second session, from an audit of issue 11) the Japanese greetings as read, not as written: a greeting in
    kana (おだいじに) or with other kanji is the same greeting."""
    return tuple(_spoken(g) for g in GREETINGS if not g.isascii())


def _en_claim_beside_a_pointer(reading, stripped, health):
    """(forty-ninth session, from the reviews) An English verb of presenting may stand in an aside beside the claim
    (as shown in Figure 1, as listed in table 3): a number of health beside such an aside, after a semicolon (table 2
    lists doses; children aged 6 to 12 take 250 mg twice a day) or in a finding shown (Figure 1 shows that 40% of
    patients relapse) keeps the claim, and so does a word of effect or sign beside an aside that asserts ("as shown":
    Statins lower the risk of heart attack, as shown in figure 2); a pointer alone does not (The risks are explained
    below (see section 4) names where a topic is covered)."""
    if reading.lang != "en":
        return False
    if health and (_EN_PRESENTING_ASIDE.search(stripped) or ";" in stripped or _SHOWS_A_FINDING.search(stripped)):
        return True
    return bool(_EN_AS_SHOWN.search(stripped)) and _en_effect_or_sign(reading)


_FIGURE_TOPIC = re.compile(
    r"^(?:図|表|写真|イラスト)\s*[0-9０-９]+(?:[-‐.][0-9]+)?$|^(?:figure|fig\.|table)\s*\d+$", re.IGNORECASE
)


def _figure_topic(reading, found):
    """A numbered figure or table is the topic (図1は, 表2は, Figure 3 is): the page names its picture.

    The line: with a copula (図1は…見取り図です) or a verb of showing the sentence captions the figure; a
    sign or a word of effect in the comment (図2は…出血のリスクが高いことを示しています) keeps it a claim. A
    figure that shows a state of disease (図1は、血栓が門脈をふさいだ状態です) is read as a caption too:
    the claim lies in the picture, whose source is the figure's own credit.
    """
    if not any(q.kind == "reference" for q in found) or not _FIGURE_TOPIC.match(reading.topic_text.strip()):
        return False
    comment = reading.tokens[reading.topic_end :]
    if (EFFECT_WORDS | SIGN_NOUNS) & {_lemma(t) for t in comment}:
        return False
    return _predicate_class(reading) == "copula" or reading.head in PRESENTATION_HEADS


# (forty-fifth session) a figure or a text that shows a proposition (図2は…リスクが高まることを示しています, Figure 2 shows
# that the risk rises): the finding is the claim, whatever shows it
_SHOWS_A_FINDING = re.compile(
    r"(?:こと|の)(?:を|が)(?:示|表し|あらわ)"
    r"|\b(?:shows?|showed|shown|illustrates?|demonstrates?|indicates?|suggests?)\s+(?:that|how)\b"
    # (forty-ninth session, from a review) the writer explaining a proposition: In section 3 we explain that …
    r"|\b(?:explains?|explained|describes?|described)\s+that\b",
    re.IGNORECASE,
)


def _shows_a_finding(reading, text):
    """A proposition of health shown (図2は…出血のリスクが高まることを示しています, Figure 2 shows that the risk of
    bleeding rises): not the page's notation explained (「※」印は、ページ下の注に補足があることを示しています)."""
    if not _SHOWS_A_FINDING.search(text):
        return False
    if reading.lang == "en":
        return bool(medical_en.health_words(text)) or _en_effect_or_sign(reading)
    return bool(medical.medical_words(reading.tokens))


# (forty-fifth session) an English numbered figure, table or box as the subject, then a verb of presenting
_EN_FIGURE_SUBJECT = re.compile(
    # (forty-sixth session) and the numbered sections, chapters and parts, one or several (Sections 3 and 4 cover …)
    r"^(?:figures?|figs?\.|tables?|charts?|diagrams?|box(?:es)?|appendix|sections?|chapters?|parts?)\s*\d+[a-z]?"
    r"(?:\s*(?:,|and|to|-|–)\s*\d+[a-z]?)*\s+(?:is|are|shows?|lists?|compares?|gives?|covers?|"
    r"summari[sz]es?|illustrates?|sets\s+out|contains?|explains?|describes?)\b",
    re.IGNORECASE,
)


def _en_figure_subject(reading):
    """(forty-fifth session) An English line whose subject is a numbered figure, table or box of the page and whose verb
    presents it (Figure 1 is a copy of the diary you will fill in; Table 2 compares the fees), with no word of effect or
    sign in it: the page names its picture, as 図1は…です does (the English reading carries no topic to read it by)."""
    if reading.lang != "en" or reading.mood != "statement":
        return False
    line = grammar.core_text(reading.text).strip()
    found = _EN_FIGURE_SUBJECT.match(line)
    if not found:
        return False
    # a finding reported through the figure (Figure 2 shows that the risk rises; shows how …) is the claim
    if re.match(r"\s*(?:that|how|whether|why)\b", line[found.end() :], re.IGNORECASE):
        return False
    return not ((EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas or _en_effect_or_sign(reading))


def _defines_term(reading):
    """The page defines its own use of a quoted term: 文中の「血糖値」は…として使っています, 本書では…を
    「PVT」と呼びます. A quoted term and a verb of naming or using (term_heads) after 〜と / 〜として, in the
    active voice: 五十肩は、正式には「肩関節周囲炎」と呼ばれます states how the world names it."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.head not in TERM_HEADS:
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号" or t.surface_form in ("「", "」", "『", "』")]
    quoted, inside = [], None
    for token in tokens:
        if token.surface_form in ("「", "『"):
            inside = []
        elif token.surface_form in ("」", "』") and inside is not None:
            quoted.append(inside)
            inside = None
        elif inside is not None:
            inside.append(token)
    # a term is a noun phrase; a quoted clause with a verb is speech (「家に帰る」と言い出される)
    if not quoted or any(t.pos in ("動詞", "形容詞", "助動詞") for words in quoted for t in words):
        return False
    if any(t.pos_detail_1 == "接尾" and _lemma(t) in ("れる", "られる") for t in tokens):
        return False  # the passive names the world's usage, not the page's: 〜は正式には「X」と呼ばれます
    # (twelfth session) what is named described by a clause or by its signs (心身の活力が低下した状態を「フレイル」と言います,
    # 痛みやしびれといった症状のことを「坐骨神経痛」と呼びます) is a definition of the world's, unless the text is the
    # place of the naming (本書では…を「PVT」と呼びます)
    described = bool((EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas) or any(
        t.pos == "動詞" and t.pos_detail_1 == "自立" and _lemma(t) != reading.head for t in tokens
    )
    if described and not (
        SELF_REFERENCE.search(reading.text) or any(_is_text_noun(t) or _lemma(t) in PAGE_LOCATIVES for t in tokens)
    ):
        return False
    for i in range(len(tokens) - 1, 0, -1):
        if _lemma(tokens[i]) == reading.head or _lemma(tokens[i]).startswith(reading.head):
            return tokens[i - 1].surface_form in ("と", "として", "」と") or (
                i > 1 and tokens[i - 2].surface_form in ("と", "として")
            )
    return False


def _page_usage(reading):
    """The page says how it uses a quoted term: the term after a locative of the text with いう (この冊子でいう
    「除圧」とは, 本書でいう「X」は, ここでいう「X」): what follows defines the page's word, whatever its verb
    (〜を指します, 〜のことです). English: "On this page, 'X' and 'Y' mean the same thing", "In this leaflet,
    'X' refers to ..."."""
    if reading.lang == "en":
        return bool(_EN_PAGE_USAGE.search(reading.text))
    if reading.mood != "statement":
        return False
    tokens = reading.tokens
    for i in range(2, len(tokens) - 1):
        if (
            _lemma(tokens[i]) in ("いう", "言う")
            and tokens[i - 1].surface_form == "で"
            and tokens[i + 1].surface_form
            in (
                "「",
                "『",
            )
        ):
            place = tokens[i - 2]
            return (_is_text_noun(place) or _lemma(place) in PAGE_LOCATIVES) and not _states_an_effect(tokens[i + 1 :])
    return False


def _states_an_effect(definition):
    """A definition that states an effect, a sign or a degree of one (「寛解」とは、がんが完全に治ったことを指します):
    a word of effect or sign, or an adjectival noun as an adverb (完全に, 安全に) — what it says of the world needs a
    source, whatever the page calls it. A definition by who or what (あなたの治療を担当する医師) states none."""
    closing = next((k for k, t in enumerate(definition) if t.surface_form in ("」", "』")), -1)
    words = [t for t in definition[closing + 1 :] if t.pos != "記号"]  # the quoted term is named, not stated
    for i, t in enumerate(words):
        lemma = _lemma(t)
        base = lemma[:-2] + lemma[-2].translate(_E_TO_U) if len(lemma) > 2 and lemma[-2] in _E_ROW else lemma
        if {lemma, base} & (EFFECT_WORDS | SIGN_NOUNS):
            return True
        if t.pos_detail_1 == "形容動詞語幹" and i + 1 < len(words) and words[i + 1].surface_form == "に":
            return True
    return False


_EN_PAGE_USAGE = re.compile(
    r"^\s*(?:on|in|throughout) this (?:page|leaflet|booklet|section|guide|sheet|factsheet|information)\b,?"
    r".*[\"“‘'][^\"”’']+[\"”’'].*\b(?:means?|mean the same|refers? to|is used|are used|we use|we call)\b",
    re.IGNORECASE,
)


def _procedure_requested(reading):
    """The request's topic or object ends in a procedure of administration (更新手続きは…お済ませください,
    申し込みをお済ませください): the reader is sent to do paperwork, not given medical advice."""
    heads = {_compound_head(reading.topic), _object_head(reading)} - {""}
    # or the request's verb is one, read as its noun (お申し込みください: 申し込む → 申し込み; ご登録ください: 登録)
    head = reading.head or ""
    heads |= {head, head[:-1] + head[-1:].translate(_U_TO_I)} - {""}
    if (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas:
        return False  # 〜症状が残る場合があることをご理解のうえ、お申し込みください states a course of the illness
    return bool(heads & (ADMINISTRATIVE_HEAD_NOUNS - FEE_NOUNS))


def _lists_documents(text):
    """A noun phrase that only lists documents of administration (保険証、お薬手帳、入院申込書): each item,
    split at 、・ or または / および / や, is nouns only and ends in a document noun (証, 書, 票, 手帳, 券)."""
    core = text.strip(" 　。．.")
    items = [i for i in re.split(r"[、，,・]|または|および|及び|もしくは", core) if i.strip()]
    if not items:
        return False
    for item in items:
        tokens = [t for t in grammar.read(item.strip()).tokens if t.pos != "記号"]
        if not tokens or not all(t.pos in ("名詞", "接頭詞") for t in tokens):
            return False
        if _compound_head(tokens) not in ADMINISTRATIVE_HEAD_NOUNS - FEE_NOUNS:
            return False
    return True


# honorifics and titles that may follow a person's name (山田太郎先生, 佐藤花子氏)
_AFTER_A_NAME = frozenset({"先生", "医師", "氏", "さん", "様", "教授", "院長", "医学博士", "博士"})


def _credits_a_person(reading):
    """(tenth session) A line with no predicate whose label before a colon is a credit ([credit_labels]: 監修, 執筆)
    and that ends in a person's name (the tagger's 人名; an honorific, or a bracketed title or affiliation after it,
    aside): a credit (監修：井上雅彦, 執筆：看護師 佐藤花子, 監修：山田太郎（〇〇大学教授）). See "byline"."""
    words = [t for t in reading.tokens if t.pos_detail_1 != "空白" and t.surface_form not in ("。", ".", "．")]
    # IPADIC may join a bracket and the colon in one symbol (監修(執筆など): → など + "):")
    colon = next(
        (i for i, t in enumerate(words) if t.pos == "記号" and t.surface_form.rstrip().endswith(("：", ":"))), None
    )
    if colon is None or colon == 0:
        return False
    label = "".join(t.surface_form for t in words[: colon + 1]).rstrip(" 　：:").strip("【】［］[]■●◆・ 　")
    # (twenty-fifth session) the label may gloss itself in brackets: 監修（執筆・文責）：
    label = re.sub(r"\s*[（(][^（()）]*[）)]$", "", label)
    if not label.endswith(tuple(CREDIT_LABELS)):
        return False
    if words[-1].surface_form in ("）", ")"):  # a bracketed title after the name: （〇〇大学医学部教授）
        opening = max((i for i, t in enumerate(words) if t.surface_form in ("（", "(")), default=None)
        if opening is None or opening <= colon:
            return False
        words = words[:opening]
    while words and words[-1].surface_form in _AFTER_A_NAME:
        words.pop()
    return len(words) > colon + 1 and words[-1].pos_detail_2 == "人名"


# the particles that leave a lead-in open: a topic or a scene of what follows (予防には：, 体内で、, 子どもでは); not を,
# へ or に, which clip a request or a statement (野菜を, 皮膚科へ, 再発予防に)
_LEAD_IN_PARTICLES = frozenset({"は", "で", "も", "では", "には", "でも", "として", "としては", "としても"})


def _lead_in(reading, words, lower):
    """(twelfth session) A fragment that leads into what follows: nouns (joined by の) and a closing particle of topic
    or scene, a colon or a comma after it, no verb, adjective or auxiliary (予防には：, 体内で、, 子どもの場合は). It
    states nothing; the list or the sentence it opens is read on its own. Not one with a word of advice or
    prohibition. See "lead-in"."""
    if any(w and w in reading.text for w in words) or ADVICE.search(lower) or PROHIBITION.search(lower):
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号" and t.pos_detail_1 != "空白"]
    # (thirteenth session) an adjectival noun before な modifies the noun after it (典型的な症状は、, 主な原因には：)
    tokens = [
        t
        for i, t in enumerate(tokens)
        if not (
            t.surface_form == "な"
            and t.pos == "助動詞"
            and i
            and (tokens[i - 1].pos_detail_1 == "形容動詞語幹" or tokens[i - 1].surface_form == "的")
        )
    ]
    if len(tokens) < 2 or any(t.pos in ("動詞", "形容詞", "助動詞", "副詞") for t in tokens):
        return False
    closing = tokens[-1].surface_form
    body = tokens[:-1]
    if len(tokens) >= 3 and tokens[-2].pos == "助詞" and tokens[-2].surface_form + closing in _LEAD_IN_PARTICLES:
        closing, body = tokens[-2].surface_form + closing, tokens[:-2]
    if closing not in _LEAD_IN_PARTICLES or tokens[-1].pos != "助詞":
        return False
    return (
        bool(body)
        and body[0].pos in ("名詞", "接頭詞")
        and all(t.pos in ("名詞", "接頭詞") or (t.pos == "助詞" and t.surface_form == "の") for t in body)
    )


_NEEDS = frozenset(("必要", "不要", "大切", "重要", "大事", "注意", "禁忌"))
# the locatives that point ahead into the text; 上記 and 前述 point back, at what was read already
# (下 names places of the body too: 皮膚の下の組織)
_AHEAD_POINTERS = frozenset(("次", "つぎ", "以下", "下記"))


def _points_ahead(unit, sentence, reading):
    """(thirteenth session) A statement that closes its paragraph and whose content is the text after it: a pointer
    ahead (次, 以下, 下記) before の and the predicate noun とおり / 通り (主な症状は次のとおりです, 定義は下記の通りです), or
    before の (ような) and a noun phrase that is the subject in が of a verb of being or being seen (以下のような症状が
    みられます, 原因には次のようなものがあります; 次 only with ような, as 次の妊娠 is the next one). What it says is said by
    the list or the table that follows, each item on its own (_lead_without_list checks that one follows); the sentence
    itself states nothing. See "lead-in"."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    if unit.plain[sentence.end :].strip("。．.：:！!　 \n"):
        return False  # it must close its paragraph: the list or table it points at comes next
    if (EFFECT_WORDS | _HOW_LIKELY | _NEEDS) & reading.lemmas or any(w in reading.text for w in _EFFECT_COMPOUNDS):
        return False  # 次のような方は重症化しやすいです, 以下の場合は検査が必要です: a tendency or a rule of care
    words = _words(reading)
    # one clause: no clause joined before it (良性ですが、以下の場合には…)
    if any(t.pos == "助詞" and t.pos_detail_1 == "接続助詞" for t in words):
        return False
    for i, t in enumerate(words[:-2]):
        if _lemma(t) not in _AHEAD_POINTERS or t.pos != "名詞" or words[i + 1].surface_form != "の":
            continue
        if i and (words[i - 1].pos == "名詞" or words[i - 1].surface_form == "の"):
            continue  # a limit (38度以下の熱, 基準値以下の値) or a next step (治療の次の段階), no pointer
        if sum(w.pos in ("動詞", "形容詞") and w.pos_detail_1 == "自立" for w in words[i:]) > 1:
            return False  # a predicate between the pointer and the last: 以下の症状が…あらわれている場合に、…疑われます
        after = words[i + 2 :]
        if _lemma(after[0]) in ("とおり", "通り"):
            return all(w.pos in ("助動詞", "助詞") for w in after[1:])  # 次のとおりです, 下記の通りです
        if _lemma(after[0]) == "よう" and len(after) > 2 and after[1].surface_form == "な":
            after = after[2:]  # 以下のような症状
        # (fifteenth session) 次の + a noun is as often the next one in time (次の妊娠で, 次の受診まで) as the one
        # below (次の症状などが見られます); what is read here is the frame of a list, and _lead_without_list reads the
        # sentence as a claim unless a list or table follows it, which a next time never has
        # (from both reviews) the pointer's noun phrase is the subject in が of a verb that only says that what follows
        # exists or is seen, with nothing between them (以下のような症状がみられます, 原因には次のようなものがあります);
        # before it at most a topic in は. Any other case, argument or predicate says something of what is listed here
        # (以下の薬は妊娠中でも使えます, 以下の薬で低血糖が起こります, 以下のような病気が喫煙によって起こります)
        before = words[:i]
        if before and not (before[-1].surface_form == "は" and before[-1].pos == "助詞"):
            return False
        k = 0
        while k < len(after) and (after[k].pos == "名詞" or after[k].surface_form in ("の", "など")):
            k += 1
        if k == 0 or k + 1 >= len(after) or after[k].surface_form != "が":
            return False
        rest = after[k + 1 :]
        if len(rest) > 2 and rest[0].pos == "名詞" and rest[1].surface_form == "として":
            rest = rest[2:]  # (fifteenth session) seen as what: 次の症状などが特徴として見られます
        verb, rest = rest[0], rest[1:]
        return (
            verb.pos == "動詞"
            and _lemma(verb) in _LISTING_VERBS
            and all(w.pos in ("助動詞", "助詞") or w.pos_detail_1 in ("接尾", "非自立") for w in rest)
        )
    return False


# verbs by which the reader meets what a list names: has it, notices it, finds it applies (次の症状に気づいたら)
_MEETING_VERBS = frozenset(("ある", "気づく", "気付く", "当てはまる", "あてはまる", "みる", "見る", "現れる", "出る"))


def _request_points_ahead(unit, sentence, reading):
    """(fifteenth session) A request or a recommendation whose only condition is what the text that follows lists:
    a pointer ahead (次の, 以下の, 下記の; ような or not) and the noun it points with, marked as the topic (以下のような
    場合は…受診することをお勧めします) or met by the reader in a clause of condition (次のような症状に気づいたら、早めに
    医師に相談しましょう, 次の症状があるときは…). When is said by the items, each read on its own as the claim it
    makes; the sentence, like any lead-in, must close its paragraph, and _lead_without_list reads it as what it says
    (an instruction) when no list or table with a statement follows. (From the first review) Only care sought (受診,
    相談, 連絡) with a case as the topic (場合は, ときは) and no reason of its own. Not negated, and nothing else in the
    condition: 次の症状が3日以上続いたら states a threshold of its own."""
    if reading.lang != "ja" or reading.negative:
        return False
    last = _words(reading)[-1:]
    recommends = (
        reading.mood == "statement"
        and bool(last)
        and _lemma(last[0]) in ("勧める", "すすめる", "ます")
        and any(_lemma(t) in ("勧める", "すすめる", "推奨") for t in reading.tokens)
    )
    if reading.mood not in ("request", "volitional") and not recommends:
        return False
    if unit.plain[sentence.end :].strip("。．.：:！!　 \n"):
        return False  # it must close its paragraph: the list or table it points at comes next
    # (from the review) only care sought when the listed signs appear (受診, 相談, 連絡): a request of any other act on
    # what is listed (以下の食品は…控えてください, 以下の薬は食後に服用してください) says it of every item, a claim
    heads = _heads(reading) | {reading.head}
    if recommends:  # 受診することをお勧めします: the act recommended, before the verb of recommending
        heads = heads | {_lemma(t) for t in reading.tokens}
    if not heads & (CARE_HEADS | REFERRAL_HEADS | {"相談", "連絡", "ご相談", "ご連絡"}):
        return False
    # nor with a reason of its own (…がんの可能性があるので、すぐに受診してください)
    if any(t.surface_form in ("ので", "ため", "から") and t.pos in ("助詞", "名詞") for t in reading.tokens):
        return False
    # every token but spaces: a quotation (次の節「痛みが出たら」を読んで) breaks the noun phrase
    words = [t for t in reading.tokens if t.pos_detail_1 != "空白"]
    if len(words) < 6 or _lemma(words[0]) not in _AHEAD_POINTERS or words[1].surface_form != "の":
        return False
    k = 4 if _lemma(words[2]) == "よう" and words[3].surface_form == "な" else 2
    start = k
    while k < len(words) and words[k].pos == "名詞" and words[k].pos_detail_1 != "数":
        k += 1
    if k == start or k >= len(words):
        return False
    if words[k].surface_form == "は":
        # (from the review) a case or a time as the topic (以下のような場合は, 次のようなときは); 次の日は is the next day,
        # 以下の方は names those a rule of care applies to
        return _lemma(words[k - 1]) in ("場合", "とき", "時", "際", "症状", "サイン")
    if words[k].surface_form not in ("に", "が") or k + 1 >= len(words):
        return False
    verb = words[k + 1]
    if _lemma(verb) == "該当" and k + 2 < len(words) and _lemma(words[k + 2]) == "する":
        return _conditional_after(words, k + 3)  # 以下に該当する場合は
    if verb.pos != "動詞" or _lemma(verb) not in _MEETING_VERBS:
        return False
    return _conditional_after(words, k + 2)


def _conditional_after(words, i):
    """words[i:] open with the end of a clause of condition: たら, ば, ときは, 場合は (with an auxiliary before)."""
    while i < len(words) and words[i].pos == "助動詞" and words[i].basic_form != "た":
        i += 1
    if i < len(words) and words[i].surface_form in ("たら", "だら", "ば"):
        return True
    if i < len(words) and words[i].pos == "助動詞" and words[i].basic_form == "た":
        i += 1  # 気づいた場合は
    return i < len(words) and _lemma(words[i]) in ("とき", "時", "場合", "際")


# verbs that only say that what is listed exists, is seen or is named: the frame of a list, nothing of its items
_LISTING_VERBS = frozenset(("ある", "みる", "見る", "挙げる", "あげる", "現れる", "あらわれる"))


# a line of a career opens with its year: 2010年, 2010年4月, 平成22年, 令和元年
_CAREER_YEAR_RE = re.compile(r"^[\s　・■●◆-]*(?:(?:19|20)\d{2}|(?:昭和|平成|令和)(?:元|\d{1,2}))年")
# a career's event may close on a verb of going on with it (研鑽を重ねる, 経験を積む)
_CAREER_VERBS = ("重ねる", "積む", "務める", "つとめる", "経る", "携わる", "就く", "学ぶ")


def _after_a_year(tokens, i):
    """から or より right after a year or a month (2015年から, 2018年4月より): when the career event began."""
    return i > 0 and tokens[i].surface_form in ("から", "より") and tokens[i - 1].surface_form in ("年", "月")


# (sixteenth session) where a career line without its year begins: a school or a place of work named first
# (三重大学医学部卒業。, 〇〇病院や〇〇病院などで経験を積み、…を開設。)
_SCHOOLS_AND_POSTS = ("大学", "大学院", "学部", "研究科", "専門学校", "病院", "医院", "クリニック", "研究所", "医局")
# time nouns that may be a career line's topic (現在は〇〇クリニック院長)
# (from the review: not その後 or 後, which open a patient's course as often: 手術後は痛みもなく…)
_CAREER_TIMES = frozenset(("現在", "今", "現"))


def _opens_with_a_school_or_post(reading):
    """The line's first phrase, nouns only up to its first particle, is a school or a place of work
    (三重大学医学部, 済生会中津病院): a career line that gives no year opens on where it happened."""
    words = [t for t in reading.tokens if t.pos != "記号" and t.pos_detail_1 != "空白"]
    k = 0
    while k < len(words) and words[k].pos in ("名詞", "接頭詞"):
        k += 1
    if k == len(words):
        k -= 1  # nouns only (三重大学医学部卒業): the career event is the last of them
    elif words[k].pos != "助詞":
        return False
    return k > 0 and "".join(t.surface_form for t in words[:k]).endswith(_SCHOOLS_AND_POSTS)


def _time_topic(tokens, i):
    """は after a time noun (現在は) or after a career event's 後 (卒業後は, 入局後は): when the career event came, no
    statement's topic."""
    if i == 0 or tokens[i].surface_form != "は":
        return False
    before = tokens[i - 1].surface_form
    if before in _CAREER_TIMES:
        return True
    return before == "後" and i > 1 and _lemma(tokens[i - 2]) in _EVENTS_BEFORE_AFTER


# the verbs a career line may hold besides the career's own (勤務し, 従事している)
_CAREER_LINE_VERBS = frozenset((*_CAREER_VERBS, "する", "いる", "おる", "ある"))


def _acts_beside_career(reading):
    """A verb or an adjective in the line besides the career's own (勤務し, 研鑽を積む, 従事している), or a verbal noun
    of effect or sign with する / させる (完治させる): the line tells something happening, not only the career."""
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    for k, t in enumerate(tokens):
        lemma = _lemma(t)
        if t.pos == "動詞" and t.pos_detail_1 == "自立" and lemma not in _CAREER_LINE_VERBS:
            return True
        if t.pos == "形容詞" or (t.pos == "助動詞" and lemma in ("ない", "ぬ")):
            return True  # 痛みもなく, 再発なく
        if lemma in ("する", "させる") and k and _lemma(tokens[k - 1]) in _EFFECT_OR_SIGN:
            return True
    return False


def _career_line(reading, text):
    """(twelfth session) A line of a person's career (略歴): it opens with a year (or, sixteenth session, with the
    school or the place of work where it happened: 三重大学医学部卒業。) and its last word, after the
    auxiliaries (です, た), is a career event ([career_events]: 卒, 入局, 勤務, 従事, 院長), or a verb of going on
    (重ねる, 積む, 務める) whose object is one (研鑽を重ねる). The field it names (産婦人科, 不妊症) is the person's,
    no statement of health; a question, a request or a negated line is no career. See "career"."""
    if reading.mood != "statement" or reading.negative:
        return False
    if not (_CAREER_YEAR_RE.match(text) or _opens_with_a_school_or_post(reading)):
        return False
    dated = bool(_CAREER_YEAR_RE.match(text))
    if _acts_beside_career(reading) and (_names_effect_or_sign(reading) or not dated):
        # (from the review) a course of care told as a career (手術を受け、…痛みもなく勤務; …を治す外来を開設); a field's
        # name holds such words as nouns (予防医学専攻修了, 重症化予防の研究に従事: from the second review); without a year,
        # any act besides the career's own (〇〇病院で手術を受け、今は元気に勤務しています) tells a patient's course
        return False
    # (from the review) no statement inside it: a subject or topic (は, が), a quotation, a clause of reason or of what
    # was learnt (〜ため, 〜ことを知り, 〜との信念から)
    if any(mark in text for mark in "「『“") or any(
        (
            t.pos == "助詞"
            and t.surface_form in ("は", "が", "と", "ので", "から", "ば", "たら")
            and not _after_a_year(reading.tokens, i)
            and not _time_topic(reading.tokens, i)
        )
        or t.surface_form in ("ため", "こと")
        for i, t in enumerate(reading.tokens)
    ):
        return False
    words = [t for t in reading.tokens if t.pos != "記号" and t.pos_detail_1 != "空白"]
    while words and (words[-1].pos == "助動詞" or (words[-1].pos == "動詞" and words[-1].pos_detail_1 == "非自立")):
        words.pop()  # 〜に従事しています: the auxiliaries and the いる after て
    if words and words[-1].surface_form == "て":
        words.pop()
    if len(words) > 1 and _lemma(words[-1]) == "する":
        words.pop()  # 勤務し(ています): the verbal noun is the event
    if not words:
        return False
    last = words[-1]
    if _lemma(last) in CAREER_EVENTS or last.surface_form in CAREER_EVENTS:
        return True
    if _lemma(last) in _CAREER_VERBS and len(words) >= 3 and words[-2].surface_form == "を":
        return words[-3].surface_form in CAREER_EVENTS or words[-3].surface_form in ("経験", "キャリア")
    return False


def _names_a_service(text):
    """A noun phrase (no predicate) that ends in a service, an institution or a department, a bracketed
    aside aside: 糖尿病内科・フットケア外来（午後のみ）, 保育課."""
    core = re.sub(r"[（(][^（）()]*[）)]\s*$", "", text).strip(" 　。．.")
    if not core.endswith(tuple(SERVICE_NOUNS | INSTITUTION_NOUNS)):
        return False
    # a bare name: nouns and ・ only; a modifier with a particle or a verb may carry a claim
    # (日本一の症例数を誇る〜クリニック, 東北で唯一の〜専門クリニック)
    return all(t.pos in ("名詞", "接頭詞", "記号") for t in grammar.read(core).tokens)


_TIME_ONLY = re.compile(
    r"[時分秒月日年〜～・、，。（）()\s]|から|まで|です|でした|となります|曜日?|祝|上旬|中旬|下旬|初旬|末|同(?=[年月日])|頃|ごろ"
)


def _administrative_period(reading, text):
    """A copula whose topic is a period or time of an administrative action (開設期間, 受付時間, 申込期間)
    and whose comment is only dates or clock times (六月一日から九月三十日までです). 流行期は12月から3月
    までです is a claim: 流行 is no verb of administration."""
    if reading.lang != "ja" or not reading.topic or reading.mood != "statement":
        return False
    nouns = [_lemma(t) for t in reading.topic if t.pos == "名詞"]
    if len(nouns) < 2 or nouns[-1] not in ADMINISTRATIVE_NOUNS | {"期間", "期日", "時期", "月間", "週間"}:
        return False
    # a period of an administrative action, or the institution's own (当社の…強化月間)
    rules = ADMINISTRATIVE_HEADS | ACCESS_HEADS | SERVICE_NOUNS | INSTITUTION_NOUNS
    if not (set(nouns[:-1]) & rules or _owned_by_institution([t for t in reading.topic if t.pos != "記号"])):
        return False
    rest = text[text.find(reading.topic_text) + len(reading.topic_text) :].lstrip("はが、， ")
    return not _has_letters(_TIME_ONLY.sub("", without_non_health(rest)))


def _advice_asked(text, reading, words):
    """A negative question (〜のではないでしょうか) asks advice only from its last clause: 〜ても、〜ほうがよいの
    ではないでしょうか and 〜ておくと安心ではないでしょうか are advice, while advice quoted or conceded before it
    (「〜したほうがいい」と言われても、なかなか続かないのではないでしょうか) is not (from the review)."""
    # a dash sets off a thought voiced before it (〜してもいいのかな――そう感じている方も…) as a comma does
    # (tenth session) the quotation marks that close a sentence quoted whole (「〜ほうがよいのではないでしょうか？」)
    # close the question itself, not a clause quoted before it
    body = re.sub(r"[」』”’]+[。．.！!]*$", "", text)
    cut = max(body.rfind(mark) for mark in ("、", "，", "」", "』", "―", "—", "─"))
    scope = body[cut + 1 :] if cut >= 0 else body
    tokens = [t for t in reading.tokens if t.start > cut]
    return _advises(scope, words) or medical.evaluates_an_action(tokens)


def _thinks_along(reading):
    """A volitional after a transition opener takes the writer along only in thinking about the subject: a
    head of thinking or of the text (おさらいしましょう, 見ていきましょう), or a viewpoint as the object (視点を
    変えてみましょう). 〜ことから始めましょう is read by the act it starts: 知るところから (thinking) against
    靴に替えることから (advice). Any other act (まず、手を洗いましょう) is advice to the reader."""
    words = [t for t in reading.tokens if t.pos != "記号"]
    head = reading.head
    if head == "始める":
        for i in range(len(words) - 3, 0, -1):
            if words[i].surface_form in ("こと", "ところ") and words[i + 1].surface_form == "から":
                if words[i - 1].pos == "動詞":
                    head = _lemma(words[i - 1])
                break
    if head in THINKING_HEADS or head in DISCOURSE_HEADS or head in PRESENTATION_HEADS:
        return True
    return any(
        _lemma(t) in VIEWPOINT_NOUNS and i + 1 < len(words) and words[i + 1].surface_form == "を"
        for i, t in enumerate(words)
    )


def _opens_transition(stripped, clause=False):
    """The sentence (or, with ``clause``, its main clause after a leading 〜が、) opens with a transition word."""
    lower = stripped.lower()
    if lower.startswith(TRANSITION_OPENERS):
        return True
    if not clause:
        return False
    after = re.split(r"[、，,]", lower, maxsplit=1)
    return len(after) == 2 and after[1].lstrip().startswith(TRANSITION_OPENERS)


def _become(reading):
    """The compound noun before 〜になる or its formal 〜となる at the end of the sentence (定期接種の対象になりました
    → 対象, 定期接種になりました → 定期接種, 交代となります → 交代), or ""."""
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    for i in range(len(tokens) - 1, 1, -1):
        if tokens[i].basic_form == "なる" and tokens[i].pos == "動詞":
            j = i - 1
            if tokens[j].surface_form not in ("に", "と") or tokens[j].pos != "助詞":
                return ""
            compound = ""
            while j > 0 and tokens[j - 1].pos == "名詞":
                j -= 1
                compound = tokens[j].surface_form + compound
            return compound
    return ""


def _rule_topic(reading):
    """The topic is a rule of a programme: a noun of administration after a word of administration
    (対象年齢, 受付時間, 申込方法, 予約の方法)."""
    # a verb's stem used as a noun counts (申込み is tagged a verb: 申込む)
    nouns = [
        _lemma(t)
        for t in reading.topic
        if t.pos == "名詞" or (t.pos == "動詞" and t.conjugated_form.startswith("連用") and t.surface_form[-1:] != "て")
    ]
    rules = ADMINISTRATIVE_STATES | ADMINISTRATIVE_HEADS | ACCESS_HEADS | SERVICE_NOUNS
    # a verb's noun form counts as the verb: 申し込み方法 (申し込む), 受け取り場所 (受け取る)
    modifiers = {n for noun in nouns[:-1] for n in (noun, noun[:-1] + noun[-1:].translate(_I_TO_U))}
    return len(nouns) > 1 and nouns[-1] in ADMINISTRATIVE_NOUNS and bool(modifiers & rules)


def _institution_actor(reading):
    """The one acting is the institution's: its name, a service, an event or a booking as topic (当院は, 教室は,
    採寸日は: a サ変 noun + 日 is the day of an appointment), a member of staff before が or は (義肢装具士が), or the
    institution as the place before で(は) (当院では)."""
    topic = [t for t in reading.topic if t.pos != "記号"]
    compound = _topic_compound(reading)
    if _institution_topic(reading) or _service_topic(reading) or _owned_by_institution(topic):
        return True
    # the next or this occurrence of an event placed at a date (次回の回診は、12月9日に行われる予定です)
    if topic and _lemma(topic[0]) in OCCURRENCE_DEICTICS and _DATE_OR_DAY.search(reading.text):
        return True
    if compound and (
        _compound_head(topic) in ADMINISTRATIVE_HEAD_NOUNS - FEE_NOUNS
        or compound.endswith(SCHEDULE_NOUNS)
        or (len(topic) >= 2 and _lemma(topic[-1]) == "日" and topic[-2].pos_detail_1 == "サ変接続")
    ):
        return True
    words = _words(reading)
    for i, t in enumerate(words):
        if t.pos != "助詞" or i == 0:
            continue
        if t.surface_form in ("が", "は") and words[i - 1].pos == "名詞":
            noun = "".join(w.surface_form for w in _compound_before(words, i))
            if noun.endswith(STAFF_SUFFIXES) and not noun.endswith(("患者", "家族")):
                return True
        if t.surface_form == "で" and _institution_before(words, i):
            return True
    return False


OCCURRENCE_DEICTICS = frozenset(("次回", "今回", "前回"))
_DATE_OR_DAY = re.compile(r"[0-9０-９一二三四五六七八九十]+\s*(?:月|日)|[月火水木金土日]曜|[（(][月火水木金土日][）)]")


def _owned_by_institution(topic):
    """The topic is the writer's institution's own: it opens with 当 + a noun of an institution before の (当社の…月間,
    当院の…外来, 当センターの…). 当 before any other noun is no institution: 当日, 当初, 当面, 当時 name a time."""
    if len(topic) < 3:
        return False
    first, second = topic[0], topic[1]
    if first.pos == "接頭詞" and first.surface_form == "当":
        owner, following = second.surface_form, topic[2]
    elif first.pos == "名詞" and first.surface_form.startswith("当") and len(first.surface_form) > 1:
        owner, following = first.surface_form[1:], second
    else:
        return False
    return following.surface_form == "の" and owner in INSTITUTION_NOUNS | SERVICE_NOUNS | OWN_INSTITUTION_NOUNS


def _compound_before(words, i):
    """The nouns (and prefixes) that end at words[i - 1]."""
    j = i
    while j > 0 and words[j - 1].pos in ("名詞", "接頭詞"):
        j -= 1
    return words[j:i]


def _one_act(comment, heads):
    """The comment has one act, the institution's: any other verb qualifies how it is done (傷あとの目立たない方法で
    行っています: a quality of its care, a claim)."""
    # (seventh session) the potential of the honorific too: 受けていただけます
    acts = (
        INSTITUTION_ACTS
        | heads
        | {"する", "いる", "おる", "いただく", "いただける", "頂ける", "られる", "れる", "ござる"}
    )
    words = grammar.unquoted(comment)
    # a condition of the arrangements (空きがあれば, 予約があれば) is no act; 穴がある方は names whom (a contraindication)
    conditional = {
        i
        for i, t in enumerate(words)
        if _lemma(t) == "ある"
        and i + 1 < len(words)
        and words[i + 1].surface_form == "ば"
        and i >= 2
        and _lemma(words[i - 2]) in BOOKING_NOUNS
    }
    # a name in quotes (「うんち相談会」を開いています) is the service's, not a verb of the comment
    return not any(t.pos == "動詞" and _lemma(t) not in acts and i not in conditional for i, t in enumerate(words))


def _institution_acts(reading, text, health):
    """The institution running its services: the institution, its staff, its rooms, its events or its bookings act
    (_institution_actor) by a verb of running a service (institution_acts: 実施, 対応, 開催, 予約, 来院), or a
    service is made available under the institution's arrangements (予約なしでも外来時間内であれば受けられます).

    The line: a number is the service's own only as a cap (月に4件まで), a count of sessions (年3回), the length
    of a session or a time before a deadline (一週間前まで); any other count keeps its citation (当院では年間
    200件の手術を行っています: a volume of procedures is a figure a reader weighs the institution by, and its source
    can be named). No word of effect or sign, no adjective of quality, no comparison or purpose in the comment, and
    no past event (当院で最初の腎移植が行われました is history)."""
    if reading.lang != "ja" or reading.mood != "statement" or not reading.finite:
        return False
    heads = _heads(reading)
    if not heads & INSTITUTION_ACTS:
        return False
    words = _words(reading)
    comment = reading.tokens[reading.topic_end :]
    comment_lemmas = {_lemma(t) for t in comment}
    if (EFFECT_WORDS | SIGN_NOUNS) & comment_lemmas or not _named_plainly(comment):
        return False
    if comment_lemmas & {"より", "ため", "ほど"} or any(t.basic_form == "た" and t.pos == "助動詞" for t in words[-3:]):
        return False
    if not _one_act(comment, heads):
        return False
    for q in health:
        after = _ABOUT.sub("", text[q.end :].lstrip())
        # a time measured from an event (発症から4.5時間以内に) is a window of care, not a session's length
        measured = text[: q.start].rstrip().endswith("から") or after.startswith(("以内", "以上", "後", "経過"))
        session = (q.unit == "回" or q.unit in SESSION_UNITS) and not measured
        if not (session or after.startswith(("まで", "前まで", "前に", "先まで"))):
            return False
    if _whom_or_why(reading) and _potential(reading):
        return False  # availability that says whom it suits (空きがあれば、妊娠中の方でも受けていただけます; review)
    if _institution_actor(reading):
        return True
    # availability under the institution's arrangements: 予約なしでも外来時間内であれば受けられます
    # (whom it suits or in spite of what, 持病がある方も, 副作用がある場合でも, was refused above)
    return _potential(reading) and any(noun in "".join(t.surface_form for t in comment) for noun in BOOKING_NOUNS)


def _qualifies_care(comment):
    """The comment says how well the care is done, not only that it is run: an adjectival noun as adverb or
    modifier (確実に実施します, 安全に担当します), a word of health in a phrase of manner or absence (無痛で, 苦痛なく
    受けられます), or a superlative noun (最小限の負担で, 最先端の方法で) — a quality a reader weighs the care by."""
    words = [t for t in comment if t.pos != "記号"]
    for i, t in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        after = following.surface_form if following else ""
        if t.pos_detail_1 == "形容動詞語幹" and after in ("に", "な"):
            return True
        if t.pos == "名詞" and t.surface_form.startswith("最") and t.surface_form not in ORDER_SUPERLATIVES:
            return True
        manner = (after == "で" and following.pos == "助詞") or (following and _lemma(following) in ("ない", "なし"))
        if t.pos == "名詞" and manner and medical.medical_words([t]):
            return True
    return False


def _institution_topic(reading):
    """The topic's compound noun ends in an institution, an office, a service or an event (リハビリ室, 講習会,
    受診券, 保育課, 当院)."""
    compound = ""
    for token in reversed(reading.topic):
        if token.pos not in ("名詞", "接頭詞"):
            break
        compound = token.surface_form + compound
    return bool(compound) and compound.endswith((*_endings(INSTITUTION_NOUNS), *_endings(SERVICE_NOUNS)))


# a month as the time of an English clause without a day: in late May, from October, by mid-June
_EN_MONTH_TIME = re.compile(
    r"\b(?:in|from|until|till|by|since|during)\s+(?:early\s+|late\s+|mid-?)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


_PURPOSE = re.compile(r"ため|目的で|\bto (?:prevent|reduce|improve|lower)\b|\bin order to\b")


def _administrative(reading, text, kinds):
    """An administrative statement (see EXEMPTIONS["administrative"]).

    The line: the head is a verb of administration (開設, 開催, 発送, 移転, 終了, 実施, 対象になる),
    and the sentence reads as an institution reporting on itself: a date or a day as the time, the
    humble register of an institution (〜いたします, 〜しております) or an institution as topic. A
    vaccine entering the routine schedule on a date is administrative; 〜は帯状疱疹を予防します
    (a verb of effect) or 9割の方が改善しています (a verb of the body, a number) are claims.
    """
    if reading.mood != "statement" or reading.negative or not reading.finite:
        return False
    if _PURPOSE.search(text) and EFFECT_WORDS & reading.lemmas:
        return False  # an action for an effect on the body: 再発予防のため、術後定期的にCT検査を実施しております
    timed = bool(kinds & {"date", "clock", "ordinal"}) or bool(DAYS.search(text))
    if reading.lang == "en":  # the same line: The workshop was held on July 20; vouchers will be sent in late May
        return reading.head in ADMINISTRATIVE_HEADS and (timed or bool(_EN_MONTH_TIME.search(text)))
    if timed and (_become(reading) in ADMINISTRATIVE_STATES or reading.head in ADMINISTRATIVE_STATES):
        return True  # 令和7年4月1日から、〜は定期接種の対象になりました
    if timed and _heads(reading) & CHANGE_HEADS and (_rule_topic(reading) or reading.courteous):
        # 令和9年度から、〜検診の対象年齢が変わります; in the institution's humble register its own
        # arrangements (11月は一部の時間帯を変更いたします)
        return True
    if _changes_arrangement(reading) and (timed or not _joins_clauses(reading)):
        return True
    if (
        _institution_topic(reading)
        and _object_head(reading) in ADMINISTRATIVE_HEAD_NOUNS | SERVICE_NOUNS
        and _object_of_final_verb(reading)
        and not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas
    ):
        # the institution keeps a thing of administration or a service (〜ステーションでは、…連絡がとれる体制を整えて
        # います; 当院では、相談窓口を設けています): how it is organised, not what care does
        return True  # 年末年始は、透析の曜日が一部変更になります; 11月から、外来の担当看護師が交代しました
    if timed and reading.head in grammar.PLAN_NOUNS and not _verbs_besides_plan(reading):
        # the schedule itself is the predicate, an event placed at a date: 講習会は、12月5日の午後に予定して
        # います. A planned act with a verb of its own (〜が承認される予定です) is not read here
        return True
    # starting or ending a thing of administration (申請受付を始めました) acts as a verb of administration
    started = _heads(reading) & START_HEADS and _object_head(reading) in ADMINISTRATIVE_HEAD_NOUNS
    # a service of the institution started at a date (〜の接種を10月1日から開始します): the procedure is the service
    # offered, as a booking is; 服用を始めます (an act of the reader's care) is not a procedure of a service
    started = started or (
        timed
        and _heads(reading) & START_HEADS
        and any(p in _object_head(reading) for p in medical.PROCEDURES)
        and not (EFFECT_WORDS | SIGN_NOUNS) & reading.lemmas
    )
    # the institution acts on a thing of administration in its humble register at a date: 〜の予約受付をWeb予約に
    # 一本化いたします (whatever the verb)
    started = started or (reading.courteous and timed and _object_head(reading) in ADMINISTRATIVE_HEAD_NOUNS)
    if not (_heads(reading) & ADMINISTRATIVE_HEADS or started):
        return False
    # (fiftieth session) the service named plainly, as _institution_acts asks: 当院では、最も確実な検査であるPET検査を
    # 実施しています vouches for the service (a review: 36 such claims passed here)
    if not _named_plainly(reading.tokens[reading.topic_end :]):
        return False
    return timed or reading.courteous or _institution_topic(reading)


def _named_plainly(comment):
    """The service is named with no adjective of quality (ない aside), no quality of care (_qualifies_care) and no
    qualifier a source must back (_qualified_service)."""
    return not (
        any(t.pos == "形容詞" and _lemma(t) != "ない" for t in comment)
        or _qualifies_care(comment)
        or _qualified_service(comment)
    )


def _changes_arrangement(reading):
    """A change (変わる, 変更になる, 交代) whose topic or subject is when or by whom a service is given: a schedule
    noun (透析の曜日, 手術の日程) or a member of staff (担当看護師). 薬の量が変わります (a dose) is neither."""
    changed = bool(_heads(reading) & CHANGE_HEADS) or _become(reading).endswith(tuple(CHANGE_HEADS))
    # or becomes a day or an hour (診察日が火曜日と金曜日になります), or is acted on by the institution in its humble
    # register (営業時間を短縮いたします)
    changed = changed or (reading.head == "なる" and bool(DAYS.search(reading.text)))
    if reading.courteous and _object_head_compound(reading).endswith(tuple(SCHEDULE_NOUNS)):
        return not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas
    topic = _topic_compound(reading)
    # the change is the sentence's only clause after its subject (担当医が交代し、治療方針も変わります goes on)
    # (a comma right after the topic's は only sets it off: 担当医は、4月から交代となります)
    after_topic = reading.tokens[reading.topic_end :]
    if after_topic and after_topic[0].surface_form in ("、", "，"):
        after_topic = after_topic[1:]
    if any(t.surface_form in ("、", "，") for t in after_topic):
        return False
    return (
        changed
        and bool(topic)
        and topic.endswith(tuple(SCHEDULE_NOUNS) + STAFF_SUFFIXES)
        and not (EFFECT_WORDS | SIGN_NOUNS | USE_HEADS) & reading.lemmas
    )


def _object_head_compound(reading):
    """The compound noun before the last を (薬局の営業時間を → 営業時間), or ""."""
    tokens = reading.tokens
    marks = [i for i, t in enumerate(tokens) if t.surface_form == "を" and t.pos == "助詞"]
    if not marks:
        return ""
    compound, j = "", marks[-1]
    while j > 0 and tokens[j - 1].pos in ("名詞", "接頭詞"):
        j -= 1
        compound = tokens[j].surface_form + compound
    return compound


def _object_of_final_verb(reading):
    """The last を is the final verb's: one content verb after it (体制を整えています), not a relative clause
    (費用を負担して書かせた口コミは…)."""
    tokens = reading.tokens
    marks = [i for i, t in enumerate(tokens) if t.surface_form == "を" and t.pos == "助詞"]
    if not marks:
        return False
    verbs = [t for t in tokens[marks[-1] + 1 :] if t.pos == "動詞" and t.pos_detail_1 == "自立"]
    return len(verbs) == 1 and not any(t.surface_form in ("は", "が") and t.pos == "助詞" for t in tokens[marks[-1] :])


def _joins_clauses(reading):
    """A conjunctive particle other than て / で joins a clause to the main one (担当医が変わると、…)."""
    return any(t.pos_detail_1 == "接続助詞" and t.surface_form not in ("て", "で") for t in reading.tokens)


def _verbs_besides_plan(reading):
    """Verbs of the sentence other than the plan's する / いる / おる (予定しています has none)."""
    return [
        t
        for t in reading.tokens
        if t.pos == "動詞" and t.pos_detail_1 == "自立" and _lemma(t) not in ("する", "いる", "おる", "ござる")
    ]


WRITER_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "writer_heads"))  # lint/data/claim-words.toml
SELF_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "self_nouns"))  # lint/data/claim-words.toml
TEXT_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "text_nouns"))  # lint/data/claim-words.toml
DISCOURSE_GOALS = frozenset(table(WORDS, CLAIM_WORDS, "discourse_goals"))  # lint/data/claim-words.toml
WISH_MANNERS = frozenset(table(WORDS, CLAIM_WORDS, "wish_manners"))  # lint/data/claim-words.toml
# verbs of entering or moving whose goal may be a part of the text (本題に入りましょう)
_MOVING_HEADS = frozenset(("入る", "移る", "進む", "戻る"))
TEXT_DEICTICS = frozenset(table(WORDS, CLAIM_WORDS, "text_deictics"))  # lint/data/claim-words.toml
SERVICE_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "service_nouns"))  # lint/data/claim-words.toml
ADMINISTRATIVE_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "administrative_nouns"))  # lint/data/claim-words.toml
SERVICE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "service_heads"))  # lint/data/claim-words.toml
ACCESS_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "access_heads"))  # lint/data/claim-words.toml
MENU_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "menu_heads"))  # lint/data/claim-words.toml
CREDIT_LABELS = frozenset(table(WORDS, CLAIM_WORDS, "credit_labels"))  # lint/data/claim-words.toml
CAREER_EVENTS = frozenset(table(WORDS, CLAIM_WORDS, "career_events"))  # lint/data/claim-words.toml
# a career event's 後, or a training's (卒業後は, 研修後は): when the career line's next event came (_time_topic)
_EVENTS_BEFORE_AFTER = CAREER_EVENTS | {"研修"}
PAGE_PARTS = frozenset(table(WORDS, CLAIM_WORDS, "page_parts"))  # lint/data/claim-words.toml
CONTROL_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "control_verbs"))  # lint/data/claim-words.toml
SIGN_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "sign_nouns"))  # lint/data/claim-words.toml
WORRIES = frozenset(table(WORDS, CLAIM_WORDS, "worries"))  # lint/data/claim-words.toml
CARE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "care_heads"))  # lint/data/claim-words.toml
STAFF_SUFFIXES = tuple(table(WORDS, CLAIM_WORDS, "staff_suffixes"))  # lint/data/claim-words.toml
SCHEDULE_NOUNS = tuple(table(WORDS, CLAIM_WORDS, "schedule_nouns"))  # lint/data/claim-words.toml
PRESENCE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "presence_heads"))  # lint/data/claim-words.toml
STOCK_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "stock_nouns"))  # lint/data/claim-words.toml
REMINDER_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "reminder_verbs"))  # lint/data/claim-words.toml
HUMBLE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "humble_heads"))  # lint/data/claim-words.toml
MOVE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "move_heads"))  # lint/data/claim-words.toml
TEXT_POINTERS = frozenset(table(WORDS, CLAIM_WORDS, "text_pointers"))  # lint/data/claim-words.toml
OFFER_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "offer_heads"))  # lint/data/claim-words.toml
ROLE_OFFER_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "role_offer_heads"))  # lint/data/claim-words.toml
CARE_ROLES = frozenset(table(WORDS, CLAIM_WORDS, "care_roles"))  # lint/data/claim-words.toml
QUESTION_WORDS = frozenset(table(WORDS, CLAIM_WORDS, "question_words"))  # lint/data/claim-words.toml
QUESTION_CONDITIONS = frozenset(table(WORDS, CLAIM_WORDS, "question_conditions"))  # lint/data/claim-words.toml
COMPANIONS = frozenset(table(WORDS, CLAIM_WORDS, "companions"))  # lint/data/claim-words.toml
DELIBERATION_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "deliberation_heads"))  # lint/data/claim-words.toml
EXPLANATION_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "explanation_nouns"))  # lint/data/claim-words.toml
SERVICE_ACT_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "service_act_nouns"))  # lint/data/claim-words.toml
ADMINISTRATIVE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "administrative_heads"))  # lint/data/claim-words.toml
START_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "start_heads"))  # lint/data/claim-words.toml
WRITING_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "writing_heads"))  # lint/data/claim-words.toml
WRITING_MEANS = frozenset(table(WORDS, CLAIM_WORDS, "writing_means"))  # lint/data/claim-words.toml
ARRIVAL_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "arrival_heads"))  # lint/data/claim-words.toml
INSTITUTION_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "institution_nouns"))  # lint/data/claim-words.toml
OWN_INSTITUTION_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "own_institution_nouns"))  # lint/data/claim-words.toml
ORDER_SUPERLATIVES = frozenset(table(WORDS, CLAIM_WORDS, "order_superlatives"))  # lint/data/claim-words.toml
ADMINISTRATIVE_STATES = frozenset(table(WORDS, CLAIM_WORDS, "administrative_states"))  # lint/data/claim-words.toml
CHANGE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "change_heads"))  # lint/data/claim-words.toml
EFFECT_WORDS = frozenset(table(WORDS, CLAIM_WORDS, "effect_words"))  # lint/data/claim-words.toml
_EFFECT_OR_SIGN = EFFECT_WORDS | SIGN_NOUNS
# the words of two letters or more, found in the text too where the tagger splits a compound (早期発見, 重症化)
_EFFECT_OR_SIGN_COMPOUNDS = tuple(w for w in _EFFECT_OR_SIGN if len(w) > 1)
_EFFECT_COMPOUNDS = tuple(w for w in EFFECT_WORDS if len(w) > 1)
ADMINISTRATIVE_HEAD_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "administrative_head_nouns"))  # claim-words.toml
FEE_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "fee_nouns"))  # lint/data/claim-words.toml
MAKING_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "making_heads"))  # lint/data/claim-words.toml
WISH_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "wish_heads"))  # lint/data/claim-words.toml
WISH_FEELINGS = frozenset(table(WORDS, CLAIM_WORDS, "wish_feelings"))  # lint/data/claim-words.toml
WISH_RELATIONS = frozenset(table(WORDS, CLAIM_WORDS, "wish_relations"))  # lint/data/claim-words.toml
CAUTION_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "caution_nouns"))  # lint/data/claim-words.toml
FEELING_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "feeling_verbs"))  # lint/data/claim-words.toml
SECTION_NAMES = frozenset(table(WORDS, CLAIM_WORDS, "section_names"))  # lint/data/claim-words.toml
REFLECTIVE_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "reflective_verbs"))  # lint/data/claim-words.toml
SERVICE_USE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "service_use_heads"))  # lint/data/claim-words.toml
TERM_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "term_heads"))  # lint/data/claim-words.toml
ADMINISTRATIVE_UNITS = tuple(table(WORDS, CLAIM_WORDS, "administrative_units"))  # lint/data/claim-words.toml
PROPORTION_UNITS = tuple(table(WORDS, CLAIM_WORDS, "proportion_units"))  # lint/data/claim-words.toml
# the topic of a statement about the visit: a noun of administration or of a service (時間, 料金, 予約, 面会)
# the arrangements of a service a medical noun may only name (検査着, 検査時間, 接種料金, 入院手続き)
SERVICE_ARRANGEMENTS = tuple(table(WORDS, CLAIM_WORDS, "service_arrangements"))  # lint/data/claim-words.toml
OBJECT_COUNTERS = tuple(table(WORDS, CLAIM_WORDS, "object_counters"))  # lint/data/claim-words.toml
KANA_MORPHEMES = tuple(m for m in medical.MORPHEMES if re.fullmatch(r"[\u3041-\u309f\u30a0-\u30ffー]+", m))
LOGISTICS_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "logistics_heads"))  # lint/data/claim-words.toml
LIFESTYLE_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "lifestyle_verbs"))  # lint/data/claim-words.toml
REGIMEN_WORDS = tuple(table(WORDS, CLAIM_WORDS, "regimen_words"))  # lint/data/claim-words.toml
PRACTICAL_TOPICS = (
    frozenset(ADMINISTRATIVE_NOUNS)
    | frozenset(ADMINISTRATIVE_HEAD_NOUNS)
    | frozenset(SERVICE_NOUNS)
    | frozenset(SERVICE_ARRANGEMENTS)
)
FEE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "fee_heads"))  # lint/data/claim-words.toml
DECISION_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "decision_heads"))  # lint/data/claim-words.toml
EVALUATION_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "evaluation_heads"))  # lint/data/claim-words.toml
FEELING_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "feeling_nouns"))  # lint/data/claim-words.toml
WRITER_PRONOUNS = frozenset(table(WORDS, CLAIM_WORDS, "writer_pronouns"))  # lint/data/claim-words.toml
READER_HONORIFICS = frozenset(table(WORDS, CLAIM_WORDS, "reader_honorifics"))  # lint/data/claim-words.toml
SUPPORT_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "support_heads"))  # lint/data/claim-words.toml
EFFORT_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "effort_verbs"))  # lint/data/claim-words.toml
READER_SELF = frozenset(table(WORDS, CLAIM_WORDS, "self_nouns_reader"))  # lint/data/claim-words.toml
READER_HOLDINGS = frozenset(table(WORDS, CLAIM_WORDS, "reader_holdings"))  # lint/data/claim-words.toml
WRITER_COLLECTIVES = tuple(table(WORDS, CLAIM_WORDS, "writer_collectives"))  # lint/data/claim-words.toml
EMPATHY_FEELINGS = frozenset(table(WORDS, CLAIM_WORDS, "empathy_feelings"))  # lint/data/claim-words.toml
FEELING_PREDICATES = frozenset(table(WORDS, CLAIM_WORDS, "feeling_predicates"))  # lint/data/claim-words.toml
NORMALCY_WORDS = frozenset(table(WORDS, CLAIM_WORDS, "normalcy_words"))  # lint/data/claim-words.toml
READER_PRONOUNS = frozenset(table(WORDS, CLAIM_WORDS, "reader_pronouns"))  # lint/data/claim-words.toml
ATTITUDE_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "attitude_nouns"))  # lint/data/claim-words.toml
ATTITUDE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "attitude_heads"))  # lint/data/claim-words.toml
EMOTION_ADJECTIVES = frozenset(table(WORDS, CLAIM_WORDS, "emotion_adjectives"))  # lint/data/claim-words.toml
LIVING_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "living_heads"))  # lint/data/claim-words.toml
COURTESY_MANNERS = frozenset(table(WORDS, CLAIM_WORDS, "courtesy_manners"))  # lint/data/claim-words.toml
READER_BODY = frozenset(table(WORDS, CLAIM_WORDS, "reader_body"))  # lint/data/claim-words.toml
SEASON_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "season_nouns"))  # lint/data/claim-words.toml
PROGRAMME_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "programme_nouns"))  # lint/data/claim-words.toml
ACKNOWLEDGEMENT_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "acknowledgement_heads"))  # lint/data/claim-words.toml
HEADER_KINDS = frozenset(table(WORDS, CLAIM_WORDS, "header_kinds"))  # lint/data/claim-words.toml
TEXT_UNITS = tuple(table(WORDS, CLAIM_WORDS, "text_units"))  # lint/data/claim-words.toml
OFFER_SERVICE_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "offer_service_heads"))  # lint/data/claim-words.toml
CURABILITY_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "curability_verbs"))  # lint/data/claim-words.toml
TENDENCY_WORDS = frozenset(table(WORDS, CLAIM_WORDS, "tendency_words"))  # lint/data/claim-words.toml
# how often or how easily (多い, まれ, 〜やすい): a tendency; the verbs of happening (ある) are the lead's frame
_HOW_LIKELY = (TENDENCY_WORDS - {"ある", "起こる", "起きる", "起こり得る"}) | {"やすい", "にくい", "がち"}
INSTITUTION_ACTS = frozenset(table(WORDS, CLAIM_WORDS, "institution_acts"))  # lint/data/claim-words.toml
BOOKING_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "booking_nouns"))  # lint/data/claim-words.toml
_EN_EMPATHY = re.compile(
    r"\bwe (?:know|understand|realise|realize|appreciate) (?:just )?how (\w+)"
    # We know this is a worrying time for you: the writer recognises the reader's time as a feeling
    r"|\bwe (?:know|understand|realise|realize|appreciate) (?:that )?(?:this|it|these|now"
    # (ninth session) or an act of the reader's as the subject: We know that reading about trauma can be hard
    # (twenty-eighth session: up to seven words, "waiting for a stone to pass can be exhausting")
    r"|[a-z]+ing(?: [a-z]+){0,7}?) (?:is|are|can be|may be|must be) "
    r"(?:a |an )?(?:very |really |so )?(\w+)"
)


def _en_empathy(lower):
    """We know how frightening ... / We understand how hard ...: the writer recognises a feeling."""
    match = _EN_EMPATHY.search(lower)
    # a second clause may state something (..., but most patients recover fully)
    turn = match and re.search(r"\b(?:but|however|although|though|yet)\b|;|, (?:and|so)\b", lower[match.end() :])
    # a second clause in which the writer offers support (…, and we are here to help) states nothing either
    if turn and (
        _EN_WRITER_SUPPORT.match(lower[match.end() + turn.end() :])
        or _EN_REASSURANCE.match(lower[match.end() + turn.end() :])
    ):
        turn = None
    return bool(match) and (match.group(1) or match.group(2)) in EMPATHY_FEELINGS and not turn


# (ninth session) a second clause that only lets the reader take their time (…, so take your time; feel free to
# stop and come back later): no act of care is asked for
_EN_REASSURANCE = re.compile(
    r"\s*(?:please )?(?:take your time|go at your own pace|read (?:it )?at your own pace|feel free to (?:stop|pause|take a break"
    # (from the second review) the clause ends there, or with a few words of reading: "and never stop them
    # suddenly", "don't rush back to driving" are instructions
    r"|come back)|(?:do not|don't) rush)(?: (?:reading|with it|over it|with this page|and come back later))?\s*[.!]?\s*$"
)
_EN_WRITER_SUPPORT = re.compile(
    r"\s*(?:we|our (?:team|staff|nurses)"
    # (twenty-ninth session) or the reader's own care role offering help (Your local pharmacist will be happy to help)
    r"|your (?:local |own )?(?:pharmacist|gp|doctor|nurse|practice nurse|midwife|health visitor|dentist|care team))"
    r"(?:'re| are| is| will be| would be) (?:always )?(?:here|happy|glad|pleased|ready) to "
    # (from the review) the offer's own words to the end, no clause after it (…happy to help because most ear
    # infections clear up…, …happy to talk about how statins lower cholesterol)
    r"(?:help|support you|listen|talk|answer (?:any|your) questions)"
    r"(?:(?!\b(?:because|as|since|how|that|so|which|but|while|when|if)\b)[^,;])*[.!]?\s*$"
)
# a service open or staffed for hours (Helpline: … (open 24 hours), staffed 24 hours a day): the length of hours a
# line or a ward is reachable, as 24時間つながります, is no health number
_EN_OPEN_HOURS = re.compile(
    r"\b(?:open|available|staffed|answered)\s+(?:\d{1,2}|twenty-four)\s*(?:hours?|hrs?)(?:\s+a\s+day)?\b"
    r"|\b(?:\d{1,2}|twenty-four)\s*(?:hours?|hrs?)\s+a\s+day,?\s+(?:\d|seven)\s+days\s+a\s+week\b",
    re.IGNORECASE,
)


def _en_open_hours(health, text, kinds):
    """The quantities that are the hours a service is open, in a sentence with a telephone number or a service noun.

    The sentence is read once for all its quantities (a sentence of thousands of numbers stays linear)."""
    if not health or grammar.is_japanese(text):
        return set()
    spans = [(m.start(), m.end()) for m in _EN_OPEN_HOURS.finditer(text)]
    if not spans:
        return set()
    lower = text.lower()
    if not ("contact" in kinds or any(re.search(rf"\b{noun}\b", lower) for noun in SERVICE_NOUNS)):
        return set()
    return {id(q) for q in health if any(start <= q.start < end for start, end in spans)}


# Lifecycle words in English are whole words (issue is not tissue); Japanese ones are parts of words.
_LIFECYCLE_RE = re.compile(
    "|".join(rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in LIFECYCLE), re.IGNORECASE
)


def _about_the_text(lower):
    """A word of the text's own history (時点, 改訂, updated, version) is in the sentence."""
    return bool(_LIFECYCLE_RE.search(lower))


def _lemma(token):
    return token.basic_form if token.basic_form != "*" else token.surface_form


def _points_into_text(tokens, i):
    """Token i is a demonstrative or locative of the text: この, 本(ページ), 以下(の), 下(の), ここ(に).

    A locative noun counts only on its own (下の写真), not as the end of a compound (手術前の説明:
    a time, not a place in the text).
    """
    token = tokens[i]
    if _lemma(token) not in TEXT_DEICTICS:
        return False
    if token.pos in ("連体詞", "接頭詞"):
        return True
    return token.pos == "名詞" and token.pos_detail_1 != "接尾" and (i == 0 or tokens[i - 1].pos != "名詞")


def _text_noun_at(tokens, i):
    """Token i is a noun that names the page or a part of it: a self noun (用語集, ページの最後), or a text
    noun (章, 内容, 写真) whose own modifier points into the text: a demonstrative or locative right
    before it (この章, 以下の内容, 下の写真, 本資料), a phrase that names the text (本ページの説明, この章の
    内容), or a relative clause placed in the text (ここに書かれている内容, 上で述べた説明). この病気の
    内容 is the disease's, not the page's: この points at 病気."""
    token = tokens[i]
    if token.pos != "名詞":
        return False
    word, first = _lemma(token), i
    if token.pos_detail_1 == "接尾" and i > 0 and tokens[i - 1].pos == "名詞":
        if word in ("中", "内") and _lemma(tokens[i - 1]) in TEXT_NOUNS | SELF_NOUNS:
            return True  # 図中, 表中, 本文中: inside a figure or table shown here
        word, first = _lemma(tokens[i - 1]) + word, i - 1  # 用語+集, 結果+表 (a results sheet: no text noun)
    if word in SELF_NOUNS:
        return True
    if word not in TEXT_NOUNS and _lemma(token) in TEXT_NOUNS and first > 1 and token.pos_detail_1 == "接尾":
        word = _lemma(token)  # 記録+表, 症状+一覧: the suffix is the text noun; its modifier still has to point in
    if word not in TEXT_NOUNS or first == 0:
        return False
    # a compound whose head is the text noun (体調チェック+リスト, 服薬+一覧): its modifier stands before the
    # whole compound (下の体調チェックリスト), not before its last noun
    while (
        first > 0
        and tokens[first - 1].pos == "名詞"
        and tokens[first - 1].pos_detail_1 not in ("数", "接尾")
        and not _points_into_text(tokens, first - 1)  # 上記一覧: the pointer itself
    ):
        first -= 1
    if first == 0:
        return False
    j = first - 1
    if tokens[j].surface_form == "の" and tokens[j].pos == "助詞" and j > 0:
        j -= 1
        if _lemma(tokens[j]) in DOCUMENT_NOUNS and tokens[j].pos == "名詞" and (j == 0 or tokens[j - 1].pos != "名詞"):
            return True  # 記事の内容, ページの説明: a part of the document, named by the document
        if tokens[j].surface_form in ("で", "から") and tokens[j].pos == "助詞" and j > 0:
            return _points_into_text(tokens, j - 1)  # ここでの説明, 本書での呼び方: the text as the place
    if _points_into_text(tokens, j) or _text_noun_at(tokens, j):
        return True
    if tokens[j].pos not in ("動詞", "助動詞"):
        return False
    if _published_here(tokens, j):
        return True
    while j > 0 and not (
        tokens[j].surface_form in ("、", "，", ",", "。")
        or (tokens[j].pos == "助詞" and tokens[j].surface_form in ("は", "が", "を"))
    ):
        j -= 1  # back through the relative clause to its place: ここに書かれている, 本ページに掲載している
        if tokens[j + 1].surface_form in ("に", "で") and (
            _points_into_text(tokens, j) or (tokens[j].pos == "名詞" and _text_noun_at(tokens, j))
        ):
            return True
    return False


def _published_here(tokens, j):
    """The relative clause ending at token j is a verb of presenting with no subject or object of its
    own (掲載している写真, 載せた表): the writer's, so the noun after it is the page's. 医師が説明した
    内容 has its own subject; この章で紹介する薬 has no text noun after it."""
    k = j
    while (
        k > 0 and tokens[k].pos in ("動詞", "助動詞", "助詞") and tokens[k].surface_form not in ("は", "が", "を", "、")
    ):
        if tokens[k].pos == "助詞" and tokens[k].surface_form not in ("て", "で"):
            break
        k -= 1
    verb = tokens[k]
    if verb.pos == "名詞" and verb.pos_detail_1 == "サ変接続":
        head = _lemma(verb)
    elif verb.pos == "動詞":
        head = _lemma(verb)
    else:
        return False
    return head in PRESENTATION_HEADS and (k == 0 or tokens[k - 1].surface_form in ("、", "，", ","))


# (fifteenth session) words for this article, read only as the place of a text noun heading the topic (本稿における
# 記述は…): as self nouns they would carry the page-discourse reading to whatever a sentence says in them (from the
# review: 本稿では、がんは食事で治ります)
_ARTICLE_NOUNS = frozenset(("本稿", "本書", "本誌", "本項", "本欄"))
_SELF_OR_ARTICLE_NOUNS = SELF_NOUNS | _ARTICLE_NOUNS


def _names_the_text(reading):
    """The topic or subject is the page or a part of it (以下の内容は, この章は, 下の写真は,
    ここに書かれている内容は, The information in this leaflet ...): its head names the text."""
    if reading.lang == "en":
        return bool(reading.topic_text and SELF_REFERENCE.search(reading.topic_text))
    topic = reading.topic
    if len(topic) == 1 and _lemma(topic[0]) in TEXT_POINTERS:
        return True  # 以下は…, 上記は…: a locative that names a part of the text by itself
    if len(topic) > 1 and _lemma(topic[0]) in TEXT_DEICTICS and topic[0].pos_detail_1 == "代名詞":
        if topic[1].surface_form in ("から", "より"):
            return True  # ここから先は…, ここからは…: the rest of the text from here
    # (fifteenth session) after a label and its colon (出典: 本稿における…), the topic is what follows
    colons = [k for k, t in enumerate(topic) if t.surface_form in (":", "：")]
    rest = [t for t in topic[colons[-1] + 1 :] if t.pos_detail_1 != "空白"] if colons else topic
    if (
        len(rest) > 2
        and _lemma(rest[0]) in _SELF_OR_ARTICLE_NOUNS
        and rest[1].surface_form in ("における", "での", "の")
        and _compound_head(rest) in TEXT_NOUNS
    ):
        # (fifteenth session) a text noun placed in the page by its first words (本稿における…記述は); (from the review)
        # not when it goes on to state a proposition of its own (本稿の記述は、がんが食事で治ることを示しています)
        return not _embeds_proposition(reading.tokens)
    return bool(topic) and _text_noun_at(topic, len(topic) - 1)


# what the reader comes to by reading: knowing, understanding, a first step (理解し、…第一歩を踏み出せる)
_LEARNING_HEADS = frozenset(
    ("わかる", "分かる", "理解", "知る", "学ぶ", "つく", "深まる", "踏み出す", "踏み出せる", "役立つ", "役に立つ")
)
_READING_VERBS = frozenset(("読む", "見る", "読み進める", "参考", "活用", "利用", "ご覧", "確認"))


# heads of a story that judge the sentence before it (本当の話, ウソの話) or date it (昔の話, 一昔前の話)
_TRUTH_AND_TIME = frozenset(
    (
        "本当",
        "ほんとう",
        "ホント",
        "嘘",
        "うそ",
        "ウソ",
        "事実",
        "実話",
        "昔",
        "過去",
        "以前",
        "前",
        "時代",
        "頃",
        "ころ",
    )
)


def _story_of_the_page(reading):
    """(sixteenth session) 〜の話です with no topic: the page says what it is about (あまり知られていない子供の〇〇の話
    です), its left-out topic the text itself. Not hearsay (〜という話です, 〜との話です: a claim reported), not
    negated, not with a topic of its own (この病気は遺伝の話ではありません)."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or reading.topic:
        return False
    words = [t for t in reading.tokens if t.pos != "記号" and t.pos_detail_1 != "空白"]
    while words and words[-1].pos == "助動詞":
        words.pop()  # です, でした
    if len(words) < 4 or _lemma(words[-1]) not in ("話", "お話") or words[-2].surface_form != "の":
        return False
    # (from the review) what the story is about is a thing named (子供の〇〇の話), not a time or a judgement that says the
    # sentence before it is true or old (ウソのような本当の話です, それも一昔前の話です)
    head = words[-3]
    if head.pos != "名詞" or head.pos_detail_1 in ("副詞可能", "形容動詞語幹", "非自立", "代名詞", "接尾", "数"):
        return False
    if _lemma(head) in _TRUTH_AND_TIME:
        return False
    if any(t.pos_detail_1 == "代名詞" or t.surface_form in _DEMONSTRATIVES for t in words):
        return False
    return not any(t.surface_form in ("という", "との", "って", "と") for t in words[:-1])


def _page_as_means(reading):
    """(fifteenth session) The page as the reader's means of learning: the text read in a clause of means or
    condition (この記事を読むことで, このページを読めば, 下の表を見ると) and a main predicate of knowing or of a first
    step (わかります, 理解できます, 知識が身につきます, 第一歩を踏み出せるでしょう): what the page lets one learn is said
    of the page; what is learned is the page's content, each sentence of it read on its own. Not negated, and only
    when the caller finds no health number and no advice."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or not reading.tokens:
        return False
    # asked of every sentence that reaches the page-discourse test: no word of learning, no reading of the main clause
    if not any(_lemma(t) in _LEARNING_HEADS for t in reading.tokens):
        return False
    if reading.head not in _LEARNING_HEADS and _lemma(reading.tokens[-1]) not in _LEARNING_HEADS:
        head = [t for t in grammar.main_clause_words(reading.tokens) if t.pos == "動詞"]
        if not head or _lemma(head[-1]) not in _LEARNING_HEADS:
            return False
    tokens = [t for t in reading.tokens if t.pos_detail_1 != "空白"]
    for i in range(len(tokens) - 3):
        if not (_text_noun_at(tokens, i) and tokens[i + 1].surface_form == "を"):
            continue
        if _lemma(tokens[i + 2]) not in _READING_VERBS:
            return False
        after = "".join(t.surface_form for t in tokens[i + 3 : i + 8])
        # the reading is a means or a condition of what follows, not an act asked of the reader
        if not after.startswith(
            ("ことで", "ことにより", "ことによって", "と", "ば", "たら", "ていただくと", "することで")
        ):
            return False
        return _learned_is_named(tokens[i + 4 :])
    return False


_LEARNING_TAIL = frozenset(
    ("できる", "する", "ます", "です", "でしょう", "だろう", "ん", "れる", "られる", "せる", "はず")
)


def _learned_is_named(content):
    """(fifteenth session, prototyped by the second review) What is learned is a thing named, not a clause stated: the
    learning word must be the main predicate (not わかるように, 見るとわかるとおり before a claim), and no clause with an argument of its own may
    modify what is learned (薬をやめても大丈夫な理由, コーヒーががんを防ぐ仕組み, 年齢とともに増える患者数), nor a
    degree be asserted of it (リスクの高さ), except an indirect question (…かがわかります) and a method (打ち方)."""
    heads = [k for k, t in enumerate(content) if _lemma(t) in _LEARNING_HEADS]
    if not heads:
        return False
    h = heads[-1]
    if any(
        t.pos not in ("助動詞", "記号")
        and _lemma(t) not in _LEARNING_TAIL
        and t.pos_detail_1 != "終助詞"
        and not (_lemma(t) == "こと" and t.pos_detail_1 == "非自立")
        and not (t.surface_form == "が" and k + 1 < len(content) and _lemma(content[k + 1]) == "できる")
        for k, t in enumerate(content[h + 1 :], start=h + 1)
    ):
        return False  # the learning word is not the end: 読むとわかるように、…です
    start = 0
    for k, t in enumerate(content[:h]):
        if t.surface_form in ("、", ","):
            start = k + 1  # a clause of its own before a comma (…を理解し、第一歩を踏み出せる)
        nxt = content[k + 1] if k + 1 < len(content) else None
        if _lemma(t) in _LEARNING_HEADS or (
            _lemma(t) in ("する", "できる") and k and _lemma(content[k - 1]) in _LEARNING_HEADS
        ):
            start = k + 1
            continue
        if nxt is not None and nxt.surface_form == "さ" and nxt.pos_detail_1 == "接尾" and t.pos == "形容詞":
            return False  # 高さ, 多さ: a degree asserted of its noun
        predicate = (t.pos in ("動詞", "形容詞") and t.pos_detail_1 == "自立") or (
            t.pos == "助動詞" and t.surface_form in ("な", "だ", "である")
        )
        if not predicate:
            continue
        if nxt is not None and _lemma(nxt) == "方":
            continue  # 打ち方, 飲み方: a method
        rest = content[k + 1 : k + 5]
        if any(x.surface_form == "か" and x.pos == "助詞" for x in rest) and all(
            x.pos in ("助動詞", "助詞") or x.pos_detail_1 in ("接尾", "非自立")
            for x in rest[: next(j for j, x in enumerate(rest) if x.surface_form == "か")]
        ):
            if not any(_lemma(x) in ("なぜ", "どうして", "何故") for x in content[start:k]):
                continue  # an indirect question: どんな人がなりやすいかがわかります (not なぜ…のか: why presupposes it)
            return False
        # a clause with an argument of its own (a case particle after a noun) states what it says
        if any(x.pos == "助詞" and x.pos_detail_1 == "格助詞" for x in content[start:k]):
            return False
    return True


def _predicates_the_text(reading):
    """The predicate is a noun that names the text, with a copula: (以上が) この章のまとめです."""
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    if reading.lang != "ja" or len(tokens) < 2 or reading.topic:
        return False
    i = len(tokens) - 1
    while i > 0 and tokens[i].pos == "助動詞":
        i -= 1
    if i < len(tokens) - 1 and tokens[i].pos == "名詞" and _lemma(tokens[i]).lstrip("おご御") in ("知らせ", "通知"):
        return True  # 小児科外来からのお知らせです: the page names itself a notice
    return i < len(tokens) - 1 and _text_noun_at(tokens, i)


def _mentions_the_text(reading):
    """A phrase anywhere in the sentence names the page or a part of it (ページの最後にある用語集に)."""
    tokens = reading.tokens
    return reading.lang == "ja" and any(_text_noun_at(tokens, i) for i in range(len(tokens)))


def _text_argument(reading):
    """A noun that names the page or a part of it heads a phrase of the sentence (下のチェックリストを, この冊子は,
    表で), rather than modifying another noun with の (下の表の薬: the medicines, not the table)."""
    tokens = reading.tokens
    return any(
        _text_noun_at(tokens, i) and tokens[i + 1].surface_form != "の" and not _in_a_relative_clause(tokens, i)
        for i in range(len(tokens) - 1)
    )


def _text_only_in_modifying_clauses(reading):
    """(fifty-second session, from an audit of issue 11) Every noun naming the page or a part of it stands in a clause
    that modifies another noun (この章で説明した症状が出たら救急車を呼んでください: the chapter is where the symptoms
    were described; the sentence asks the reader to call an ambulance): the main predicate presents nothing of the text."""
    tokens = reading.tokens
    places = [i for i in range(len(tokens) - 1) if _text_noun_at(tokens, i) or _numbered_figure_at(tokens, i)]
    return reading.lang == "ja" and bool(places) and all(_clause_modifies_an_argument(tokens, i) for i in places)


def _numbered_figure_at(tokens, i):
    """Token i is the number of a numbered figure or table (図1, 表2): a part of the text named with no demonstrative
    (from the final review: 図1で示した症状が出たら救急車を呼んでください stayed page talk)."""
    return (
        i > 0
        and tokens[i].pos_detail_1 == "数"
        and _lemma(tokens[i - 1]) in ("図", "表")
        and tokens[i - 1].pos == "名詞"
    )


def _clause_modifies_an_argument(tokens, i):
    """The clause of the noun at ``i`` modifies a noun that is no predicate: 別のページで説明する予定です has the page in
    the predicate (予定です, the writer's plan), この章で説明した症状が出たら in a phrase about the symptoms."""
    k = _modified_noun(tokens, i)
    return k is not None and not all(t.pos in ("助動詞", "記号", "助詞") for t in tokens[k + 1 :])


def _in_a_relative_clause(tokens, i):
    """The phrase of the noun at ``i`` belongs to a clause that modifies a noun (_modified_noun)."""
    return _modified_noun(tokens, i) is not None


def _modified_noun(tokens, i):
    """(fifty-first session) The index of the noun that the clause holding the noun at ``i`` modifies, or None: the first
    verb after it, with its auxiliaries, its て and the verbs that follow a verb (紹介している, 挙げられている, 載せて
    ある), ends right before a noun (このページで紹介した薬は: the page is where the medicines were introduced; the
    request is about the medicines). From an audit of issue 11: このページで紹介した薬は、妊娠中の方は飲まないでください
    was exempt as the page speaking about itself."""
    j = i + 1
    while j < len(tokens) and tokens[j].pos != "動詞":
        if tokens[j].surface_form in ("、", "，", ",", "。"):
            return None
        j += 1
    j += 1

    def dependent(k):  # a verb that follows a verb's て: 紹介している, 載せてある, 書いておく
        return k < len(tokens) and tokens[k].pos == "動詞" and tokens[k].pos_detail_1 in ("非自立", "接尾")

    while j < len(tokens) and (
        tokens[j].pos == "助動詞"
        or dependent(j)
        or (tokens[j].pos == "助詞" and tokens[j].surface_form in ("て", "で") and dependent(j + 1))
    ):
        j += 1
    # (from the final review) この冊子を持って病院に行ってください: a て that joins two acts ends no modifying clause
    return j if j < len(tokens) and tokens[j].pos == "名詞" else None


def _text_is_place(reading):
    """A noun that names the page or a part of it is the place of the main predicate: 用語集で, ページに.

    Only the main clause counts: in 次の表で説明しますが、…進んでいきます the table is the place of
    the clause before が、, not of the claim after it.
    """
    tokens = reading.tokens
    start = reading.topic_end  # a place inside the topic (この章で紹介する薬は) is a relative clause's
    for i in range(len(tokens) - 1):
        if tokens[i].pos_detail_1 == "接続助詞" and tokens[i + 1].surface_form in ("、", "，", ","):
            start = max(start, i + 2)
    places = ("で", "に", "から", "へ")

    def place_after(i):  # 用語集で; 各ページの下に (a locative of the text's noun)
        if tokens[i + 1].surface_form in places:
            return True
        return (
            i + 3 < len(tokens)
            and tokens[i + 1].surface_form == "の"
            and _lemma(tokens[i + 2]) in TEXT_DEICTICS
            and tokens[i + 3].surface_form in places
        )

    return reading.lang == "ja" and any(
        _text_noun_at(tokens, i) and place_after(i) for i in range(start, len(tokens) - 1)
    )


# A bracketed aside at the end of a sentence: 〜は次の節にあります（…方は、〜を使えません）。
_ASIDE_RE = re.compile(r"[（(]([^（）()]+)[）)]\s*[。．.]?\s*$")


# (fifty-second session, from an audit of issue 11 and its review) an English pointer to the page set off by commas,
# before, inside or after a clause of its own: As Figure 2 shows, …; Statins, as the graph below shows, …; …, as noted above
_EN_PAGE_POINTER = (
    r"as\s+(?:is\s+|was\s+)?(?:shown|seen|listed|described|explained|summari[sz]ed|illustrated|noted|discussed|mentioned"
    r"|outlined|set\s+out|given)\b[^,]{0,50}"
    # the parts of the text _EN_PRESENTING_ASIDE names (_EN_PART), in the plural too, and more of them
    rf"|as\s+(?:the\s+|this\s+|our\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_EN_PART}s?|graphs?|diagrams?|pages?|leaflet|booklet|list"
    r"|illustrations?|pictures?)\s*\d*[a-z]?(?:\s+(?:below|above))?"
    r"(?:\s+\w+ly)?\s+(?:shows?|showed|lists?|explains?|describes?|illustrates?|summari[sz]es?|notes?|sets\s+out)\b[^,]{0,30}"
)
_EN_PAGE_POINTER_FRAME = re.compile(
    rf"^(?:{_EN_PAGE_POINTER}),\s*(?P<after>.+)$|^(?P<before>.+?),\s*(?:{_EN_PAGE_POINTER})(?:,\s*(?P<rest>.+)|[.!]?)$",
    re.IGNORECASE | re.DOTALL,  # a sentence wrapped over lines (from the final review)
)
# what may stand between a clause and the greeting after it: words of courtesy (どうぞ, くれぐれも, 皆さま) and a noun the
# greeting is said of (お体を, 肝臓を, 体も), with no verb
_GREETING_LEAD_RE = re.compile(
    r"(?:(?:どうぞ|どうか|くれぐれも|皆さま|皆様|みなさま|みなさん|皆さん)、?"
    r"|(?:お|ご|御)?[一-龥ァ-ヶー]{1,5}(?:を|も)、?)*$"
)


def _beside_a_frame(sentence, reason, reading):
    """(fifty-second session) The clause a frame of the page or of courtesy stands beside, as a sentence of its own, or
    None: the clause a pointer to the page is set off from by commas (As Figure 2 shows, statins lower LDL cholesterol by a
    third), or the clause before a closing greeting and its words of courtesy, with or without a comma (抗生物質は最後
    まで飲み切ってお大事に; 睡眠不足は免疫を下げるので、ご自愛ください). The clause is then read as any sentence is (from
    the reviews: the frame hid the advice it stood beside, and a regular expression of pointers alone flagged page talk)."""
    text = sentence.text
    if reason == "page-discourse":
        if reading.lang != "en":
            return None
        match = _EN_PAGE_POINTER_FRAME.match(text.strip())
        if not match:
            return None
        parts = [p for p in (match.group("after"), match.group("before"), match.group("rest")) if p]
        clause = " ".join(parts).strip()
        if len(clause.split()) < 2:
            return None
        offset = text.find(parts[0])
        return type(sentence)(sentence.start + offset, sentence.start + offset + len(clause), clause, True)
    if reading.lang != "ja":
        return None
    body = re.sub(r"[。．！!\s]+$", "", text)
    start = _greeting_start(body)
    if start is None:
        return None
    # the greeting's own words of courtesy before it (どうぞ, くれぐれも, a noun it is said of: お体を, 肝臓を), then the
    # clause, with or without a comma (from the review: 抗生物質は、最後まで飲み切ってお大事に had none)
    # the words of courtesy are read on the last characters before the greeting (a (…)*$ pattern tried from every position
    # of a long sentence is quadratic: from the final review)
    before = body[:start]
    cut = max(0, len(before) - _LONGEST_GREETING_LEAD)
    clause = (before[:cut] + _GREETING_LEAD_RE.sub("", before[cut:])).rstrip("、，, ")
    if not clause or clause.endswith(("ば", "たら", "だら", "なら")):
        return None  # the condition of a wish (お役に立てれば幸いです) is the greeting's own clause
    return type(sentence)(sentence.start, sentence.start + len(clause), clause, True)


def _greeting_start(body):
    """Where the greeting that ends ``body`` starts, as written or as read (おだいじに), or None."""
    for greeting in GREETINGS:
        if not greeting.isascii() and body.endswith(greeting):
            return len(body) - len(greeting)
    readings = _greeting_readings()
    tail = max(0, len(body) - _LONGEST_GREETING)
    if not _spoken(body[tail:]).endswith(readings):
        return None
    return next((k for k in range(tail, len(body)) if _spoken(body[k:]) in readings), None)


_LONGEST_GREETING = 16  # characters read for a greeting in kana at the end of a sentence (each suffix is tokenized)
_LONGEST_GREETING_LEAD = 24  # characters before a greeting read for its words of courtesy (どうぞ、くれぐれも、お体を)


def _presents(reading):
    """The clause's predicate is a verb of presenting the text (we will explain, the drugs are listed): its head, or
    for English (no tagger) any of its words, as the page-discourse test reads them. Read beside a pointer only: beside
    a greeting, 付ける or 見る of マスクを付けて、お大事に present nothing (from the final review)."""
    return reading.head in PRESENTATION_HEADS or (reading.lang == "en" and bool(PRESENTATION_HEADS & reading.lemmas))


def _aside(sentence):
    """The bracketed aside that ends a sentence, as a sentence of its own, when it has a finite predicate."""
    match = _ASIDE_RE.search(sentence.text)
    if not match or not _has_letters(sentence.text[: match.start()]):
        return None
    if _KANA_ONLY.match(match.group(1)):
        return None  # the reading of the word before it: 門脈血栓症（もんみゃくけっせんしょう）
    reading = grammar.read(match.group(1))
    if not (reading.predicate and reading.finite) or _title_phrase(reading):
        return None  # a noun aside (医療ソーシャルワーカー) or a plain phrase with no subject (祝日を除く)
    start = sentence.start + match.start(1)
    return type(sentence)(start, start + len(match.group(1)), match.group(1), True)


_E_ROW = "えけげせてねべめれ"
# The 連用形 of a godan verb used as a noun (お申し込み, お受け取り) and its dictionary form.
_I_TO_U = str.maketrans("いきぎしちにびみり", "うくぐすつぬぶむる")
_U_TO_I = str.maketrans("うくぐすつぬぶむる", "いきぎしちにびみり")
_E_TO_U = str.maketrans("えけげせてねべめれ", "うくぐすつぬぶむる")


# steps on a screen or a form (referral heads): 問診票に入力してください sends the reader to a form
_SCREEN_STEPS = frozenset({"入力", "クリック", "タップ", "スクロール", "ログイン"})


def _screen_step_after_an_act(reading):
    """(from the second review) A step on a screen after an act of another kind (体重を測ってアプリに入力してください,
    血糖値を測定し、記録アプリに入力してください): the request is that act, self-monitoring, not a step of a form."""
    if not _heads(reading) & _SCREEN_STEPS:
        return False
    tokens = reading.tokens
    for i, t in enumerate(tokens):
        if t.pos != "動詞" or t.pos_detail_1 != "自立":
            continue
        act = _lemma(t)
        if act in ("する", "いたす") and i and tokens[i - 1].pos == "名詞":
            act = _lemma(tokens[i - 1])
        # (third review) a measurement: other steps of a form (手元に置いて, 希望日を選び, 読み取って) are the form's;
        # (fourth review) any other act on something of health (血糖値をチェックして, 症状を観察し, 尿の回数を数えて)
        if act in _MEASURING or (act not in REFERRAL_HEADS and medical.medical_words(tokens[:i])):
            return True
    return False


_MEASURING = frozenset({"測る", "計る", "量る", "はかる", "測定", "計測", "検温", "記録"})


_CHECKING_HEADS = frozenset({"確認", "確かめる", "調べる", "チェック"})


def _checks_for_a_condition(reading):
    """(twenty-fifth session) A request to check whether the reader has a condition (一度は〜症がないことを確かめて
    おいた方がよいでしょう, 甲状腺の病気がないか確認してください, 高血圧の有無を確認してください): the clause checked,
    after the last comma or topic before it, says whether something of health is there (its noun phrase before が, に
    or で holds a word of health; the clause ends in ある, ない or いる, or the noun phrase is before の有無). That is to
    be tested, screening advice, not a question put to someone (飲み合わせに問題がないかを薬剤師に確認してください:
    問題 is no word of health; はじめに、緑内障がどんな病気なのかを確認しましょう asks what it is)."""
    if reading.lang != "ja" or not _heads(reading) & _CHECKING_HEADS:
        return False
    words = _words(reading)
    for i, t in enumerate(words):
        closes = _lemma(t) in ("か", "どうか", "こと") or (t.surface_form == "の" and t.pos == "名詞")
        if _lemma(t) == "有無" and i > 1 and words[i - 1].surface_form == "の":
            if _names_a_condition(_noun_phrase_before(words, i - 1)):
                return True
            continue
        if not closes or not i:
            continue
        clause = words[:i]
        start = max((k + 1 for k, w in enumerate(clause) if w.surface_form == "は" and w.pos == "助詞"), default=0)
        clause = [w for w in clause[start:] if w.pos != "記号"]
        while clause and _lemma(clause[-1]) in ("か", "どう", "です", "だ", "ます"):
            clause = clause[:-1]
        if not clause or _lemma(clause[-1]) not in ("ある", "ない", "いる"):
            continue  # only whether it is there: 〜がどのような病気なのかを確認しましょう asks what it is
        for k, w in enumerate(clause):
            # が, に (になっていない), or で as a particle or the copula (緑内障でないか)
            if w.pos in ("助詞", "助動詞") and w.surface_form in ("が", "に", "で") and k:
                if _names_a_condition(_noun_phrase_before(clause, k)):
                    return True
    return False


# what the reader has at hand, not a condition: 薬が手元にないかを確認してください is a practical check
_SUPPLY_ENDINGS = ("薬", "剤", "錠", "ワクチン", "処方箋", "手帳", "カード")


def _names_a_condition(phrase):
    """A noun phrase of health that is not a supply (腎臓の機能, 骨粗しょう症; not 薬, 吸入薬)."""
    text = "".join(t.surface_form for t in phrase)
    return bool(phrase) and not text.endswith(_SUPPLY_ENDINGS) and bool(medical.medical_words(tuple(phrase)))


def _noun_phrase_before(words, k):
    """The nouns joined by の right before words[k] (腎臓の機能 before が)."""
    phrase: list = []
    for w in reversed(words[:k]):
        if not (w.pos in ("名詞", "接頭詞") or (w.surface_form == "の" and w.pos == "助詞")):
            break
        phrase.insert(0, w)
    while phrase and phrase[0].surface_form == "の":
        phrase = phrase[1:]
    return phrase


def _other_companion(reading):
    """(from the second review) The reader's own people named as the companion (ご家族と一緒に, 家族みんなで): the
    reader is advised to do it with them, not offered company."""
    tokens = reading.tokens
    for i, t in enumerate(tokens):
        named = None
        if (
            t.surface_form in ("と", "で")
            and i
            and i + 1 < len(tokens)
            and _lemma(tokens[i + 1]) in COMPANIONS
            and _lemma(tokens[i - 1]) not in ("みんな", "皆")
        ):
            named = i - 1  # ご家族と一緒に, ご夫婦で一緒に
        elif _lemma(t) in ("みんな", "皆") and i + 1 < len(tokens) and tokens[i + 1].surface_form == "で":
            named = i - 2 if i > 1 and tokens[i - 1].surface_form == "の" else i - 1  # 家族みんなで, 地域のみんなで
        if named is not None and named >= 0 and tokens[named].pos == "名詞":
            # the noun may be a suffix (保護者の方, お孫さん): read the compound it closes
            compound = "".join(x.surface_form for x in tokens[max(0, named - 2) : named + 1])
            compound = _HONORIFIC_TAIL.sub("", compound)  # 看護師さん, 地域の皆さん
            if not compound.endswith(_CARE_SIDE):
                return True
    return False


_HONORIFIC_TAIL = re.compile(r"(?:さん|さま|様|の皆さん|の皆様|の方々)$")
# (third and fourth reviews) the writer's side, the care team and the community as companions (私たちと, かかりつけ医
# と, 管理栄養士と一緒に, 地域のみんなで) offer company; anyone else named (ご家族, お孫さん, ご主人, 保護者の方) is the
# reader's own people, with whom the reader is advised to do it
_CARE_SIDE = (
    "私", "私たち", "わたしたち", "我々", "当院", "スタッフ", "医", "医師", "医者", "お医者さん", "看護師", "薬剤師",
    "栄養士", "ケアマネジャー", "ケアマネージャー", "療法士", "保健師", "聴覚士", "ワーカー", "相談員", "職員", "チーム",
    "専門家", "医療者", "地域", "一同", "先生", "助産師", "衛生士", "ケアマネ", "クリニック", "病院", "センター", "薬局",
    "市", "町", "村", "区", "保健所",
)  # fmt: skip


def _told_by_someone(reading):
    """(ninth session) Receiving an explanation, a talk or an answer (explanation_nouns) as the object of 受ける or
    聞く (担当医から説明を受けてください, 薬剤師から話を聞きましょう): being told by a person, as 相談する is. 検査を
    受けてください keeps its object, an act of care, and stays an instruction."""
    return (
        reading.lang == "ja"
        and bool(_heads(reading) & {"受ける", "聞く"})
        and _object_head(reading) in EXPLANATION_NOUNS
    )


def _heads(reading):
    """The head and, for a verb's noun form (申し込み, 受け取り), its dictionary form (申し込む)."""
    head = reading.head
    if reading.lang == "ja" and len(head) > 1 and head[-1] in "いきぎしちにびみり" and not head[-2].isascii():
        return {head, head[:-1] + head[-1].translate(_I_TO_U)}
    if reading.lang == "ja" and len(head) > 1 and head[-1] in "えけげせぜてでねべぺめれ" and not head[-2].isascii():
        return {head, head + "る"}  # an ichidan verb's noun form: お知らせ → 知らせる
    if reading.lang == "ja" and len(head) > 2 and head[-1] == "る" and head[-2] in _E_ROW:
        # a potential verb (行える → 行う, 読める → 読む); for an ichidan verb (受ける) the extra form is no word
        return {head, _unpotential(head)}
    return {head}


def _health_figures(text, found, titles=(), reading=None):
    """The quantities of ``found`` (read in ``text``) that state something of health: not a count of the text or an
    amount of money (_counts_text), not 一人で (_alone), not the unit a measure is given per (_per_unit), not part of
    the title of another page that ``titles`` spans (see _link_titles), not a number of the service itself
    (_of_the_service)."""
    health = _counted_figures(text, found, titles)
    service = _service_figures(text, health, reading)
    return [q for q in health if q not in service]


def _counted_figures(text, found, titles=()):
    """The quantities of ``found`` that count something other than the text, money per unit or a title (see
    _health_figures): the numbers a sentence states."""
    return [
        q
        for q in found
        if q.is_health
        and not _counts_text(text, q)
        and not _alone(text, q)
        and not _per_unit(text, q)
        and not _in_title(text, q, titles)
    ]


def _service_figures(text, health, reading=None):
    """The quantities of ``health`` that are numbers of the service itself (_of_the_service) or lead to its price
    (_before_its_price), or every one but a rate under a label of the service's own (_fee_label) or a thing of
    administration as the topic (_administration_as_topic). ``reading``: the sentence's (of the text before masking,
    the same length), read here when not given."""
    if not health:
        return []
    reading = reading or grammar.read(text)
    if not grammar.is_japanese(text):
        if reading.lang != "en" or _en_effect_or_sign(reading):
            return []
        return [q for q in health if _en_service_number(q, text, reading)]
    if _effect_or_sign_of_its_own(reading) or _use_of_its_own(reading):
        return []
    # (from the review) only money, counts of people or things, ages and lengths of time can be the service's; a
    # measure of the body (140/90mmHg, 45kg, BMIが25) never is, whatever frames it
    health = [q for q in health if _service_kind(q, text)]
    if _fee_label(text) or _administration_as_topic(reading):
        # a share or a rate stays a claim about how many, whatever it sits beside (…約3万円かかり、9割の方が続けられます)
        return [q for q in health if not _rate(text, q)]
    return [q for q in health if _of_the_service(q, text, reading) or _before_its_price(q, text)]


_SERVICE_UNITS = tuple(table(WORDS, CLAIM_WORDS, "service_units"))  # lint/data/claim-words.toml


# the rest of a list of ages after its first bare number (40・45・50歳)
_LISTED_AGE = re.compile(r"(?:[・、,，][0-9０-９]+)*[・、,，][0-9０-９]+(?:歳|才)")


def _service_kind(quantity, text):
    """A quantity a service may count: money, people, things, ages, visits, lengths of time; a bare number only as one of
    a list of ages (40・45・50歳) or before a counter read apart (4台分)."""
    unit = quantity.unit or ""
    if unit:
        return unit.endswith(_SERVICE_UNITS)
    after = text[quantity.end :]
    return bool(_LISTED_AGE.match(after)) or after.startswith((*_FACILITY_COUNTERS, "点", "種類", "枚", "本", "組"))


def _before_its_price(quantity, text):
    """(from the review) A number in the phrase that leads to a price, with no comma between (30分の訪問1回あたり約470円):
    what the price is for. A number after the price or in another clause (…3,500円で、13歳未満は2回接種です) is not."""
    if "円" not in text:
        return False
    price = _PRICED.search(text, quantity.end)
    return bool(price) and not re.search(r"[、，,。]", text[quantity.end : price.start()])


# (from the review: the lookbehind, for a run of digits with no 円 after it was tried from each of its digits)
_PRICED = re.compile(r"(?<![0-9０-９,，])[0-9０-９][0-9０-９,，]*\s*(?:万|千)?\s*円|[¥￥][0-9０-９]")
_SERVICE_LABEL = re.compile(r"^\s*(?:[*＊・●■◆◇○]\s*)?([^：:。\n]{1,24})[：:]")
_SERVICE_LABEL_HEADS = tuple(table(WORDS, CLAIM_WORDS, "service_label_heads"))  # lint/data/claim-words.toml
_SERVICE_TIME_HEADS = tuple(table(WORDS, CLAIM_WORDS, "service_time_heads"))  # lint/data/claim-words.toml
_SERVICE_EVENTS = tuple(table(WORDS, CLAIM_WORDS, "service_events"))  # lint/data/claim-words.toml


# (twenty-ninth session) English numbers of the service: the time an appointment takes (allow up to two hours for your
# appointment), a time counted from a letter or a booking (within six weeks of your invitation letter)
_EN_VISIT_LENGTH = re.compile(
    r"\s*(?:(?:minutes?|mins?|hours?|hrs?)\b)?[^.;]{0,40}?\b(?:for|at|of) (?:your|the|each) (?:[a-z-]+ ){0,3}"
    r"(?:appointment|visit|check-?up|session|consultation)\b",
    re.IGNORECASE,
)
_EN_FROM_A_LETTER = re.compile(
    r"\s*(?:days?|weeks?|months?)\s+(?:of|after|from)\s+(?:your|the)\s+(?:[a-z-]+ ){0,2}"
    r"(?:letter|invitation|appointment|booking|referral|request|application)\b",
    re.IGNORECASE,
)


def _en_service_number(quantity, text, reading):
    """An English number of the service (see _EN_VISIT_LENGTH, _EN_FROM_A_LETTER) or the time of an act of
    administration (within two working days: _administrative_time)."""
    after = text[quantity.end :]
    timed = re.match(r"\s*(?:minutes?|mins?|hours?|hrs?)\b", after) or (quantity.unit or "").lower().startswith(
        ("min", "hour", "hr")
    )
    return bool(
        (timed and _EN_VISIT_LENGTH.match(after))
        or _EN_FROM_A_LETTER.match(after)
        or _administrative_time(quantity, text, reading)
    )


def _administration_as_topic(reading):
    """(twenty-ninth session) A thing of administration as the topic (処方せんの有効期限は、…4日間です, 予診票は、…1枚必要です,
    禁煙外来の初診枠は、1日2名までです, 出生届は、…14日以内に提出してください): its comment's numbers are its terms."""
    if reading.lang != "ja" or not reading.topic or reading.topic_end == 0:
        return False
    head = _compound_head(list(reading.topic))
    # not an event of the service (教室, 講座, 会): its sessions and months are a programme's course (減量教室は全6回で、
    # 3か月かけて行います), which stays a claim
    if not head or head in _SERVICE_EVENT_HEADS or head in ("登録", "制"):
        return False
    if head.endswith("期限"):
        # a document's validity (処方せんの有効期限); a medicine's (目薬の使用期限は、開封後1か月) is a fact of the medicine
        return any(_lemma(t).endswith(_DOCUMENT_HEADS) for t in reading.topic)
    return head in ADMINISTRATIVE_HEAD_NOUNS or head.endswith(("届", "票", "枠")) or head in _FORMS


_SERVICE_EVENT_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "service_event_heads"))  # lint/data/claim-words.toml
_DOCUMENT_HEADS = tuple(table(WORDS, CLAIM_WORDS, "document_heads"))  # lint/data/claim-words.toml


def _fee_label(text):
    """(twenty-ninth session) A label of the service's own, whose numbers are all its terms (対象：…, 定員：各会場20名,
    面会時間：…（1回15分、2名まで）, 助成額：1回につき10,000円（2回まで）). A label of time counts only with a word of the
    service in it (受診期間, 検診日; 潜伏期間, 服用時間 and 接種後の待機時間 are no service's). A price alone in a sentence
    covers only the numbers that lead to it (_before_its_price)."""
    label = _SERVICE_LABEL.match(text)
    if not label:
        return False
    name = label.group(1).strip()
    if name.endswith(_SERVICE_LABEL_HEADS):
        return True
    return name.endswith(_SERVICE_TIME_HEADS) and any(word in name for word in _SERVICE_EVENTS)


def _states_service_numbers(text, found, titles, health, reading):
    """(twenty-ninth session) A statement whose numbers are all numbers of the service (its length, terms, addressees,
    the time a notice goes out) and that advises nothing: 各回の定員は40名です, 検診の所要時間は30分ほどです."""
    if health or reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    # (health, the counted figures less the service's, is empty: whatever was counted is the service's)
    raw = _counted_figures(text, found, titles)
    if not raw and not (
        found and _fee_label(text) and not _effect_or_sign_of_its_own(reading) and not _use_of_its_own(reading)
    ):
        return False  # only dates or times: the service's own label of them (特定健診の受診期間：6月1日〜…)
    lower = _unfaced(text).lower()
    return not (ADVICE.search(lower) or PROHIBITION.search(lower) or _care_seeking(text, reading))


def _of_the_service(quantity, text, reading):
    """(twenty-ninth session) A number of the service, not of health, in a sentence with no word of effect or sign of
    its own: a term of the service (_term_of_service: 1回1,500円, 定員20名, 70歳以上の方は無料); how long the visit or
    a step of it takes (_visit_length: 受付から会計まで20分ほどで終わります); an age that names whom the service is
    for (_age_addressed: 40歳以上の女性が対象です); the time a notice is sent (_notice_sent)."""
    if _term_of_service(quantity, text) or _visit_length(quantity, text, reading):
        return True
    if (quantity.unit or "").endswith(_FACILITY_COUNTERS) or text[quantity.end :].startswith(_FACILITY_COUNTERS):
        return True  # 駐車場は4台分, 病床数は48床, 32か所, 4階: things and places of the service
    if _administrative_time(quantity, text, reading):
        return True  # 結果は約3週間後にご自宅へ郵送します: the time of an act of administration
    if _journey_time(quantity, text, reading):
        return True  # 駅から徒歩5分, 車で約15分: how far the institution is
    if quantity.unit in _AGE_AND_TIME_UNITS and _notice_sent(reading):
        return True  # 健診のご案内は、お子さんが1歳5か月になった月の中旬にお送りします: when it is sent
    return _age_addressed(quantity, text, reading)


_SERVICE_WORD_HEADS = tuple(table(WORDS, CLAIM_WORDS, "service_word_heads"))  # lint/data/claim-words.toml

# (thirty-fifth session) a means of travel or a place set out from, right before a length of time (徒歩5分, 車で約15分,
# バスなら20分ほど, 駅から10分, 3番出口から徒歩5分)
_JOURNEY_BEFORE = re.compile(
    r"(?:徒歩|歩いて|歩くと|車|自動車|バス|電車|地下鉄|タクシー|自転車|新幹線|モノレール|路面電車"
    r"|駅|出口|改札|インター|バス停|停留所|空港|港)(?:で|なら|だと|にて|から|より)?(?:徒歩)?(?:約|およそ|おおよそ)?\s*$"
)


def _journey_time(quantity, text, reading):
    """(thirty-fifth session) A length of minutes or hours after a means of travel or a place set out from (駅から徒歩
    十分, 車で約15分): how far the institution is, no figure of health. Not after a verb (歩いて20分以上の運動 is
    exercise: only 歩いて before a number of minutes that ends the phrase counts, and 歩く alone is not a means here)."""
    if not (quantity.unit or "").endswith(("分", "時間")):
        return False
    before = text[max(0, quantity.start - 12) : quantity.start]
    means = _JOURNEY_BEFORE.search(before)
    if not means:
        return False
    # (from the review) only in a line of access: the time ends a phrase of where the institution is or how long the way
    # takes (徒歩5分です, 車で15分ほどのところにあります, 10分で着きます), and nothing of health stands in the sentence (駅
    # から徒歩20分の道のりを毎日歩く方は、糖尿病に…; バスで20分の距離なら、歩いて通うほうが…元気で)
    if not _JOURNEY_AFTER.match(text, quantity.end):
        return False
    # the means itself (歩いて3分) is no walking for health
    means_start = quantity.start - (len(before) - means.start())
    tokens = [t for t in reading.tokens if not means_start <= t.start < quantity.start]
    return not (
        medical.medical_words(tokens)
        or medical.generalises(tokens, conditions=False)
        or medical.evaluates_an_action(tokens)
        or {_lemma(t) for t in tokens} & _WALKING
    )


# what may follow a journey time in a line of access: a hedge, then the copula, the place or the arrival
_JOURNEY_AFTER = re.compile(
    r"(?:ほど|程度|くらい|ぐらい|弱|強|前後)?(?:です|でございます|の(?:ところ|場所|位置|距離です)|で(?:着|到着|行け|お越し)"
    r"|かかり|[、，]|[。．]|$)"
)
_WALKING = frozenset(("通う", "通勤", "運動", "散歩"))  # habits of walking; 歩いて3分 is a means of travel


def _eligibility(reading, health):
    """(twenty-ninth session) Whom the service is for, as 対象 with a copula and people as its other side (接種日に市内に
    住民登録のある方が対象です, 対象は、市内在住の40歳以上の方です): eligibility, no fact of health. Not with a health number
    left, a word of sign, effect or use of its own, or a negation."""
    if health or reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    if _effect_or_sign_of_its_own(reading) or _use_of_its_own(reading) or _HOW_LIKELY & reading.lemmas:
        return False
    if _treatment_topic(reading):
        return False  # この手術は、75歳未満の方が対象となります: an indication
    words = [t for t in _words(reading) if t.pos != "記号"]
    surfaces = [t.surface_form for t in words]
    for k, word in enumerate(surfaces):
        if word != "対象":
            continue
        after = surfaces[k + 1 : k + 3]
        # a criterion of health among them (重症度が中等度以上の方) makes who qualifies a claim; a word of health that
        # names a day or a thing of the service (接種日, 健診票) does not
        criterion = medical.medical_words(words[k + 1 :] if after[:1] == ["は"] else words[:k])
        if any(not w.endswith(_SERVICE_WORD_HEADS) for w in criterion):
            return False
        # 〜方が対象です / 〜方が対象となります: the people before が
        if after[:1] in (["です"], ["と"], ["だ"], ["でし"]) and k >= 2 and surfaces[k - 1] in ("が", "も"):
            return surfaces[k - 2].endswith(_ADDRESSEES)
        # 対象は、〜方です: the people as the comment
        if (
            after[:1] == ["は"]
            and len(surfaces) > 2
            and surfaces[-1] in ("です", "だ")
            and surfaces[-2].endswith(_ADDRESSEES)
        ):
            return True
    return False


# counters of the service's things and places (a palm's 二枚分 of ointment and the ureter's 3か所 are no such things)
_FACILITY_COUNTERS = tuple(table(WORDS, CLAIM_WORDS, "facility_counters"))  # lint/data/claim-words.toml
_LENGTH_OF_TIME = re.compile(
    r"[ 　]?(?:ほど|程度|くらい|ぐらい|前後|弱|強)?(?:が|は|で|を)?[ 　]?(?:かか|終わ|終了|済|要し|要す|みて|見て|です|となり)"
)
# what makes a length of time the visit's: its steps at the desk, the first visit's day, the time required
# (from the review: 全体で and 当日は say nothing of the visit: 結核の治療は全体で6か月ほどかかります)
_VISIT_MARKERS = tuple(table(WORDS, CLAIM_WORDS, "visit_markers"))  # lint/data/claim-words.toml


def _visit_length(quantity, text, reading):
    """How long the visit takes, a step at the desk named (測定は、受付からお会計まで20分ほどで終わります, 所要時間は30分
    ほどです, 初診の日は…1時間ほどかかります): a length of time followed by
    its taking (かかる, 終わる, 済む, 要する, みておく, です). How long a procedure, a course of illness or getting used
    to something takes (手術そのものは15〜20分ほどで終わります, 慣れるまで3か月ほどかかります, 潜伏期間は3〜5日ほどです)
    names no step of the visit and stays a health number."""
    if reading.lang != "ja" or quantity.unit not in _TIME_UNITS or USE_HEADS & reading.lemmas:
        return False
    if not _LENGTH_OF_TIME.match(text[quantity.end :]):
        return False
    return any(marker in text for marker in _VISIT_MARKERS) or _examination_takes(quantity, text, reading)


EXAMINATIONS = tuple(table(WORDS, CLAIM_WORDS, "examinations"))  # lint/data/claim-words.toml


def _examination_takes(quantity, text, reading):
    """(thirty-second session) How long an examination takes, the examination as the topic of the length (採血は5分ほど
    です, MRI検査は…20〜40分ほどかかります, 胃カメラの検査そのものは10分ほどで終わります): a step of the visit, which
    the reader plans the day by. A treatment's length (手術は15〜20分で終わります) is a fact of the treatment and stays a
    number of health; so does anything after the examination (検査後、麻酔が切れるまで1時間ほど), and a topic that holds
    a disease or a sign (発作の検査は)."""
    if not reading.topic or reading.topic_end == 0:
        return False
    topic = "".join(t.surface_form for t in reading.topic)
    head = re.sub(r"(?:そのもの|自体)$", "", topic)  # 検査そのものは: the examination itself
    if not head.endswith(EXAMINATIONS) or any(word in topic for word in _TREATMENTS_IN_TOPIC):
        return False
    if any(medical._is_sign(t) and not any(w in t.surface_form for w in EXAMINATIONS) for t in reading.topic):
        return False
    # the length belongs to the topic's own comment: no clause of its own between (検査後、麻酔が切れるまで)
    between = text[text.find(topic) + len(topic) : quantity.start] if topic in text else ""
    return not re.search(r"が|まで|後|あと", between)


VISIT_EVENTS = tuple(table(WORDS, CLAIM_WORDS, "visit_events"))  # lint/data/claim-words.toml
NORM_WORDS = tuple(table(WORDS, CLAIM_WORDS, "norm_words"))  # lint/data/claim-words.toml
FINDING_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "finding_verbs"))  # lint/data/claim-words.toml
# what the event's name may carry after it: the examination itself, its result, its day, its time (検査そのもの, 検査結果,
# 検査の日, 初診時); never a time after it (検査後: what the reader is told then is care)
_OF_THE_EVENT = re.compile(r"(?:そのもの|自体|の?結果|の日|当日|の際|時|前|中)$")


# (forty-seventh session) a date of the calendar: 2026年4月1日, 10月1日, 翌年1月31日, 2月末日, 6月1日(土)
_CALENDAR_DATE = re.compile(
    r"(?:(?:\d{4}|翌|本|今|来)年(?:度)?)?(?<!生後)(?<!月齢)\d{1,2}月(?:\d{1,2}日|末日|末|上旬|中旬|下旬)?(?:[（(][月火水木金土日][）)])?"
    r"|(?:\d{4}|翌|本|今|来)年(?:度)?"
)
_CALENDAR_DAY = re.compile(r"(?<!生後)(?<!月齢)\d{1,2}月(?:\d{1,2}日|末日)|\d{4}年(?:度)?")
# what a copula's complement may be besides its dates: から / より / まで and the copula (〜から〜までです)
_DATES_ALONE = re.compile(
    r"(?:から|より)?(?:まで)?(?:の予定|の期間)?(?:です|でございます|となります|となっております)?。*"
)
_EVERY_YEAR = re.compile(r"例年|毎年|通常|一般に|一般的に|たいてい")
# the heads of a programme of the service (予防接種, 定期接種, 健診, 受付期間, 健康講座)
_PROGRAMME_HEADS = (
    "接種",
    "健診",
    "検診",
    "期間",
    "受付",
    "講座",
    "教室",
    "相談会",
    "説明会",
    "ドック",
    "予約",
    "診療",
)
# what a period may be of: a programme or a procedure of the service (接種期間, 受付期間, 申請期間, 助成期間)
_PERIOD_OWNERS = (
    "接種",
    "健診",
    "検診",
    "受付",
    "講座",
    "教室",
    "予約",
    "診療",
    "実施",
    "申請",
    "対象",
    "助成",
    "利用",
)
# what a programme's calendar says of it: it starts, is held or taken, closes
_CALENDAR_HEADS = frozenset(
    ("開始", "実施", "受付", "受け付ける", "行う", "終了", "開催", "始まる", "始める", "締め切る")
)


def _calendar_of_a_programme(reading):
    """(forty-seventh session) A programme of the service as the topic of its calendar: started, held or taken from or
    until a date (2025年度のインフルエンザ予防接種は、10月1日から開始します), or its period as the complement of a copula
    (今年度の定期接種の期間は、2026年4月1日から2027年3月31日までです). The topic may name a treatment (予防接種): the
    date says when the service runs, not what the treatment does. Every number after the topic is a date, and から or
    まで marks the calendar (an age, a dose or an interval after the topic, 生後6か月から, is a fact of care)."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or reading.condition:
        return False
    if not reading.topic or reading.topic_end <= 0:
        return False
    rest = "".join(t.surface_form for t in reading.tokens[reading.topic_end :])
    kind = _predicate_class(reading)
    if kind == "operating":
        if not _heads(reading) or not _heads(reading) <= _CALENDAR_HEADS:
            return False
    elif kind != "copula":
        return False
    # a day of this calendar, not a month of every year (インフルエンザの流行は、例年12月から始まります)
    if not _CALENDAR_DAY.search(rest) or not re.search(r"から|より|まで", rest) or _EVERY_YEAR.search(reading.text):
        return False
    undated = _CALENDAR_DATE.sub("", rest)
    if re.search(r"[0-9０-９〇一二三四五六七八九十百千]", undated):
        return False
    # (from the review) a copula's complement is the dates alone (not 12月15日までが理想です, 〜からでは手遅れです, 〜から
    # 可能です); the topic names the programme with no clause of its own (not 高齢者の肺炎を防ぐ定期接種, 重症化予防のための
    # 接種); the service's own act, not a report of the world in the passive (〜は、2013年4月1日から開始されました)
    # (from the final review) the commas and spaces are taken out first: runs of them made the match backtrack
    if kind == "copula" and not _DATES_ALONE.fullmatch(re.sub(r"[、,\s　]+", "", undated)):
        return False
    if any(t.pos in ("動詞", "形容詞", "助動詞") for t in reading.topic) or "ため" in "".join(
        t.surface_form for t in reading.topic
    ):
        return False
    if any(t.pos == "動詞" and t.basic_form in ("れる", "られる") for t in reading.tokens[reading.topic_end :]):
        return False
    # the topic is a programme or a service of the institution (予防接種, 健診, 受付期間, 講座), not a course of nature
    # (花粉の飛散, 流行); a period only of a programme (接種期間, 受付期間, 定期接種の期間; not 飛散期間, 隔離期間)
    nouns = [_lemma(t) for t in reading.topic if t.pos == "名詞"]
    head = nouns[-1] if nouns else ""
    if head.endswith("期間"):
        before = head[: -len("期間")] or (nouns[-2] if len(nouns) > 1 else "")
        return before.endswith(_PERIOD_OWNERS) or before in ADMINISTRATIVE_HEAD_NOUNS | SERVICE_NOUNS
    return head.endswith(_PROGRAMME_HEADS) or head in ADMINISTRATIVE_HEAD_NOUNS | SERVICE_NOUNS


def _event_of_the_visit(compound):
    """(thirty-third session) The noun compound names an examination (examinations) or another event of the visit
    (visit_events: 入院, 通院, 初診, 栄養指導, 母親学級), or what belongs to one (検査結果, 検査そのもの); never a
    treatment (手術, 治療, 接種, リハビリ: what the reader is told of one is a fact of care)."""
    head = _OF_THE_EVENT.sub("", compound)
    return head.endswith(EXAMINATIONS + VISIT_EVENTS) and not any(t in compound for t in _TREATMENTS_IN_TOPIC)


def _event_phrases(tokens):
    """The noun compounds of the sentence that name an event of the visit, each with a department joined to it by の
    (産科の健診, 睡眠外来の初診: which service). Anything else before の (心臓の検査, インフルエンザの検査) says what
    is examined, and stays a word of its own."""
    groups = [group for group, _after in medical._groups(tokens) if group[0].pos in ("名詞", "接頭詞")]
    position = {id(t): i for i, t in enumerate(tokens)}
    phrases = []
    for k, group in enumerate(groups):
        compound = "".join(t.surface_form for t in group)
        if not _event_of_the_visit(compound):
            continue
        start = position[id(group[0])]
        if k and start >= 2 and tokens[start - 1].surface_form == "の" and position[id(groups[k - 1][-1])] == start - 2:
            modifier = "".join(t.surface_form for t in groups[k - 1])
            if modifier.endswith(("科", "外来")):
                compound = modifier + "の" + compound
        phrases.append(compound)
    return phrases


_FORMAL_NOUNS = frozenset(("ところ", "もの", "こと", "はず", "わけ", "の", "よう"))
# the ends of a complement that names an arrangement of the service: a system (予約制), an event (日帰り入院), a day
# or a time (火曜日, 午後), a place (3階, 会場)
_ARRANGEMENT_ENDS = ("制", "日", "曜", "午前", "午後", "階", "室", "会場", "窓口", "受付") + VISIT_EVENTS + EXAMINATIONS


def _event_topic(reading):
    """(thirty-third session) An event of the visit as the topic of its own arrangement: conducted or offered
    (負荷試験は日帰り入院で行います, 〜は保健所で受けられます; operating, availability) or stated with a copula
    (通院は計5回です, 吸入指導は予約制で、1回あたり30分ほどです). Not what it shows or can find (造影検査では…細く写ります,
    PET検査では…見つけることができます: finding_verbs), not a negation (MRI検査は対応機種でなければ受けられません: a
    contraindication), not a copula of a formal noun (健診は…受けておきたいところです: advice), and not a norm of care
    (入院は、一般的に3〜5日です, 次の検査は、1年後で十分です: norm_words)."""
    topic = "".join(t.surface_form for t in reading.topic if t.pos in ("名詞", "接頭詞"))
    if not topic or not _event_of_the_visit(topic) or reading.negative:
        return False
    if any(word in reading.text for word in NORM_WORDS) or (_heads(reading) | reading.lemmas) & FINDING_VERBS:
        return False
    main = grammar.main_clause_words(reading.tokens) or reading.tokens
    if any(t.pos == "助動詞" and _lemma(t) == "た" for t in main[-4:]):
        return False  # a report of what was done (当時の検査は、採血で行いました), not the service's arrangement
    kind = _predicate_class(reading)
    if kind == "copula":
        # the complement is an arrangement: a length or a count (通院は計5回です), or a noun of the service (予約制,
        # 日帰り入院, 外来); an evaluation (血液検査の結果は正常です) is a finding
        words = [t for t in main if t.pos not in ("記号", "助動詞", "助詞")]
        if not words or _lemma(words[-1]) in _FORMAL_NOUNS:
            return False
        complement = "".join(t.surface_form for t in words[reading.topic_end :] if t.pos in ("名詞", "接頭詞"))
        return any(t.pos_detail_1 == "数" for t in main) or complement.endswith(_ARRANGEMENT_ENDS)
    return kind in ("operating", "availability")


def _plain_operation(reading, tokens):
    """(fifty-seventh session, from the final review) The statement says only that something is operated: every verb
    is one of the service's operation or an auxiliary verb (院内のカフェでは、集中力が高まるコーヒーを販売しています has
    高まる, an effect, in a clause), no adjective or evaluative noun (日本一快適な空間として, 全国トップクラスの体制),
    nothing of a rank (最初に, 一番), of how often or how likely (よく, 多く, 危険, 原因), and no report of the past
    (地域で最初にバリアフリー化を行いました)."""
    for t in tokens:
        word = _lemma(t)
        if t.pos == "動詞" and t.pos_detail_1 == "自立" and word not in _SERVICE_OPERATIONS | _CARRYING_VERBS:
            return False
        if t.pos == "形容詞" or t.pos_detail_1 == "形容動詞語幹" or word.startswith("最") or word in _RANK_WORDS:
            return False
        if word in _NOT_A_THING | _HOW_MANY:
            return False
    main = grammar.main_clause_words(tokens) or tokens
    return not any(t.pos == "助動詞" and _lemma(t) == "た" for t in main[-4:])


# verbs that carry an operation without saying anything of their own (なっております, 設けています, ご利用になれます)
_CARRYING_VERBS = frozenset(
    (
        "なる",
        "おる",
        "いる",
        "する",
        "いたす",
        "致す",
        "設ける",
        "くださる",
        "いただく",
        "いただける",
        "ござる",
        "行く",
        "れる",
        "られる",
    )
)
# words of a rank (日本一, 全国トップクラス, 一流, 随一) and the superlatives of a service's quality: a comparison, not the
# premises
_RANK_WORDS = _SERVICE_SUPERLATIVES | frozenset(
    ("日本一", "世界一", "トップ", "トップクラス", "一流", "随一", "有数", "No.1", "ナンバーワン", "初")
)


def _treatment_arranged(reading):
    """(fifty-seventh session) A treatment named as the topic (予防接種は, 禁煙治療は, リハビリは: _TREATMENTS_IN_TOPIC,
    which _event_of_the_visit keeps out because what a page says of a treatment is mostly care: 手術は全身麻酔で行います)
    whose comment says only the institution's arrangement: it names a day of the week, a place of the institution or a
    system of booking (予約制, Web, 電話), and every other content word is a time of day or a slot (午後, 時間帯, 専用, 枠),
    the institution itself, or a verb of the service's operation (行う, 設ける, 受け付ける, なる). A frequency counts only as
    the weekday's (毎週火曜日の午後); alone, or with a time of day only, it is the regimen (抗がん剤の点滴は、毎週行います;
    インスリンの注射は、夜間に行います: the final review wrote 25 such claims and 18 went through a first version). A
    number, a word of health or anything else leaves the sentence to the readings of care. Not negated, no condition.
    The words of health in the topic are excused with it (インフルエンザの予防接種 names the service)."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative or reading.condition:
        return False
    topic = [t for t in reading.topic if t.pos in ("名詞", "接頭詞")]
    if not topic:
        return False
    head = _OF_THE_EVENT.sub("", "".join(t.surface_form for t in topic))
    if not head.endswith(_TREATMENTS_IN_TOPIC):
        return False
    last = reading.topic[-1]
    position = next((k for k, t in enumerate(reading.tokens) if t is last), None)
    if position is None:
        return False
    comment = [t for t in reading.tokens[position + 1 :] if t.pos not in ("助詞", "助動詞", "記号")]
    if not comment:
        return False
    named = _institution_named(reading.text)
    groups = medical.noun_groups(comment)
    in_a_place = {id(t) for g, _ in groups if _place_of_the_institution(g, named) for t in g}
    lemmas = [_lemma(t) for t in comment]
    weekday = any(w.endswith(("曜", "曜日")) for w in lemmas)
    # (from the final review) the comment must name the institution's own arrangement: a day of the week, a place or a
    # booking system; how often alone (点滴は毎週行います, 予防接種は毎月行います) or when in the day (インスリンの注射は
    # 夜間に行います) is the regimen, and a frequency counts only as the weekday's (毎週火曜日の午後)
    if not (weekday or in_a_place or set(lemmas) & _BOOKING_SYSTEMS):
        return False
    for k, t in enumerate(comment):
        word = lemmas[k]
        if t.pos_detail_1 == "数":
            return False  # how much or how often is a regimen (リハビリは週3回行います)
        if word in _FREQUENCY_WORDS and not weekday:
            return False  # (even inside a place's compound: 毎月受付で)
        if id(t) in in_a_place or t.pos_detail_1 == "非自立" or (t.pos == "名詞" and t.pos_detail_1 == "接尾"):
            continue
        if word == "完全" and k + 1 < len(comment) and lemmas[k + 1] == "予約":
            continue  # 完全予約制
        if word in _ARRANGEMENT_WORDS or word.endswith(("曜", "曜日", "制")) or word in _THE_INSTITUTION:
            continue
        # (IPADIC reads 行って as 行く as often as 行う)
        if word in _SERVICE_OPERATIONS or word in (
            "設ける",
            "なる",
            "おる",
            "いたす",
            "する",
            "致す",
            "お願い",
            "行く",
        ):
            continue
        return False
    return True


# how often: the weekday's only (毎週火曜日), else a regimen
_FREQUENCY_WORDS = frozenset(("毎週", "隔週", "毎月", "週末", "平日", "土日", "祝日", "休日"))
# the systems of booking a comment may name (予約制, Web, 電話)
_BOOKING_SYSTEMS = frozenset(
    ("予約", "予約制", "Web", "WEB", "ウェブ", "ネット", "インターネット", "電話", "ホームページ", "サイト")
)
# (fifty-seventh session) the words of an arrangement of the institution's: the days and frequencies above, the booking
# systems, times of day and slots, and the parts MeCab cuts such words into (時間 + 帯, 当 + 院, 予約 + 制)
_ARRANGEMENT_WORDS = (
    _FREQUENCY_WORDS
    | _BOOKING_SYSTEMS
    | frozenset(("午前", "午後", "時間帯", "枠", "専用", "窓口", "受付", "時間", "帯", "制", "当", "院"))
)


# (thirty-third session) the units of a length of an event or of its result (20分, 3泊4日, 2週間ほど), of a count of
# visits (計5回), of people and money and places (2名, 3,000円, 3階, 12台): anything else (グラム, 歩, 度) is an amount
# of care told at the event
_EVENT_UNITS = frozenset(
    ("分", "時間", "秒", "泊", "日", "週", "週間", "か月", "ヶ月", "カ月", "回", "名", "人", "円", "階", "台", "件")
)
_FREQUENCY_AFTER = re.compile(r"\s*(?:に|おき|毎|ごと)")
_EVENT_THRESHOLD = re.compile(r"\s*(?:以上|以下|未満|以内|を超え|たって|経って|過ぎて|かけて|にわたって|にわたり)")


def _length_or_count_of_the_event(text, quantity):
    """(thirty-third session) A number that an event of the visit lets pass: how long it lasts or how long its result
    takes (20分, 3泊4日, 2週間ほど), or how many visits (計5回). A frequency over a period is a schedule of care (年1回,
    2年に1回, 3か月で計6回, 3時間おき: a screening interval or a regimen), an age says whom it is for (40歳以上, 生後1か月,
    40代), and an amount of anything else (350グラム, 8000歩) is care told at the event: all stay numbers of health."""
    after = text[quantity.end :]
    # 2泊3日, 半日: the parser leaves 泊 unread and gives 半日 no unit
    written = text[quantity.start : quantity.end]
    unit = quantity.unit or (
        "泊" if after.startswith("泊") else next((u for u in _EVENT_UNITS if written.endswith(u)), "")
    )
    if unit not in _EVENT_UNITS or after.startswith("代"):
        return False
    # a threshold (3か月以上たってから: a window of care) or a course's span (2か月かけて), not a length
    if _EVENT_THRESHOLD.match(after):
        return False
    before = text[: quantity.start]
    if before.endswith("生後"):
        return False
    if unit == "回" and _PERIOD_BEFORE.search(before):
        return False
    return not (unit != "回" and _FREQUENCY_AFTER.match(after) and "回" in after[:8])


# a clause of reason, of a condition or of a time reached that a practical line may carry (〜ないため, 〜必要があるため,
# 陰性であれば, 〜ようになるまで): its rationale is care, whatever its words
_RATIONALE = re.compile(
    r"(?:ない|ある|いる|なる|た|だ|です|ます)(?:ため|ので|から)|(?:れば|たら|なら|場合)[、，は]|ようになるまで"
)


_TREATMENTS_IN_TOPIC = ("手術", "治療", "施術", "処置", "療法", "投与", "点滴", "注射", "接種", "リハビリ", "透析")


_ADDRESSEES = tuple(table(WORDS, CLAIM_WORDS, "addressees"))  # lint/data/claim-words.toml
_AGE_QUALIFIER = re.compile(
    r"(?:[・、,～〜\-][0-9０-９]+(?:歳|才)?)*(?:以上|以下|未満|まで|から|になる|を迎える|に達する)?(?:の|で)?"
)


# a treatment's scope is its indication (この手術の対象となります), not a service's eligibility
_TREATMENT_SCOPE = re.compile(r"(?:手術|治療|投与|処方|薬|療法|施術)の(?:適応|対象)")


_TREATMENT_HEADS = tuple(table(WORDS, CLAIM_WORDS, "treatment_heads"))  # lint/data/claim-words.toml


def _treatment_topic(reading):
    """The topic is a treatment (このお薬は, この手術は, 咳止めは): whom it is for is its indication, a claim."""
    if not reading.topic:
        return False
    return _compound_head(list(reading.topic)).endswith(_TREATMENT_HEADS)


def _age_addressed(quantity, text, reading):
    """An age that names whom the service is for, with a word of eligibility or access in the sentence (対象：40歳以上の
    女性, 今年度中に65歳になる方が対象です, 20歳以上の女性で…方は、1,000円で受けられます, 生後4か月までの赤ちゃんのいる
    ご家庭に、保健師が伺います). 70歳以上の方は骨密度が低下しやすい has a word of sign or effect (ruled out by the
    caller) and no eligibility."""
    after = text[quantity.end :]
    listed = not quantity.unit and _LISTED_AGE.match(after)
    if reading.lang != "ja" or (quantity.unit not in ("歳", "才", "か月", "ヶ月", "カ月") and not listed):
        return False
    qualified = _AGE_QUALIFIER.match(after)
    rest = after[qualified.end() :] if qualified else after
    if not rest.lstrip(" 　").startswith(_ADDRESSEES) and not re.match(r"[^。、]{0,20}?(?:方|人|女性|男性|家庭)", rest):
        return False
    if _HOW_LIKELY & reading.lemmas or _reason_of_health(reading) or _TREATMENT_SCOPE.search(text):
        return False  # 重症化しやすいため、…対象となります; この手術の対象となります (an indication)
    if reading.negative or _treatment_topic(reading):
        return False  # 15歳未満のお子さんにはお出しできません, このお薬は12歳以上の方が対象です: an indication
    return bool(
        "対象" in reading.lemmas
        or reading.offer
        or re.search(
            r"[0-9０-９,，]+円|無料|無償|助成|公費|受けられ|受診でき|受診いただけ|利用でき|申し込|参加でき|お送り|郵送",
            text,
        )
    )


def _link_titles(unit, sentence):
    """(start, end) in the sentence's text of each link the sentence points the reader to, to read or look at (具体的
    な献立例は、[1週間の献立](menus.md)を参考にしてください, see [Diet in the first month](diet.md)): the title of that
    page, whose numbers name it. A link the sentence only wears (治療は[3か月以上](…)続けます, Relapse occurs in [about
    30%](…), …[1日400μgの葉酸](folate.md)について相談してください) keeps its numbers stated, as does a link around the
    whole sentence."""
    spans = []
    text = sentence.text
    for start, end in _link_texts(unit, sentence):
        after = text[end:].lstrip(" 　」』）)")
        before = text[:start].rstrip(" 「『（(").lower()
        if after.startswith(_READ_AFTER) or _READ_AFTER_RE.match(after) or _READ_BEFORE_RE.search(before):
            spans.append((start, end))
    return spans


# seeing or meeting the reader (see you, meet with you, see and assess you): a visit offered
_SEES_YOU = re.compile(r"\b(?:see|meet)(?: with| and \w+)? you\b")
# (twenty-seventh session) a wish for the reader's recovery (the team wish your child a speedy recovery), or the
# greeting alone (Get well soon!); "if you wish your child to be protected" and "most children get well soon" are no wish
_EN_WISH = re.compile(
    r"\bwish(?:es)?\s+(?:you|your\s+\w+)\s+(?:a\s+)?(?:speedy|quick|swift|full|good|all the best|the best|well)\b"
    r"|^\s*get well soon\b"
)


# (twenty-eighth session) a courtesy in the imperative, the whole sentence (Take care and stay well. Stay safe and
# enjoy the summer!): "Stay safe in the heat by drinking water" gives a manner of care and stays an instruction
_EN_COURTESY_PART = (
    r"(?:please\s+)?(?:take care(?: of yourself| of each other)?|stay (?:safe|well|healthy)|keep (?:safe|well)"
    r"|enjoy (?:the|your) (?:summer|winter|spring|autumn|fall|holidays?|season|day|weekend|break|trip)"
    r"|have a (?:good|great|safe|happy|nice|healthy|wonderful|lovely) "
    r"(?:day|summer|winter|holiday|holidays|weekend|season|new year|trip|break))"
)
# (twenty-ninth session) praise or thanks for the reader, the whole sentence (Well done for bringing your child to see
# the dentist! Thank you for taking part in screening.): nothing is stated of health
_EN_PRAISE = re.compile(
    # (from the review: no comma, so no second clause: "Congratulations for quitting, your sense of taste will improve")
    r"^(?:well done|thank you|thanks|congratulations|great job|good job|good for you)(?: for [^.!?;:,]*)?[.!]*$"
)
_EN_COURTESY = re.compile(rf"^{_EN_COURTESY_PART}(?:,? (?:and )?{_EN_COURTESY_PART})*[.!]*$")  # on the stripped text
# empathy: the reader told they are not alone, alone or after a time called hard (Caring for someone at home is hard
# work, and you are not alone); "Kidney stones can be very painful, and you are not alone" states a sign first
_EN_NOT_ALONE = re.compile(
    r"^(?:[^.;:]{0,100}?\b(?:is|are|can be|may be|feels?) (?:very |really |so |quite )?"
    r"(?P<feeling>hard work|[a-z]+),? (?:and|but) )?you(?:'re| are) not alone[.!]*$"  # on the stripped text
)


def _en_not_alone(lower):
    match = _EN_NOT_ALONE.match(lower)
    # a feeling, not a sensation (painful is a sign): emotion_adjectives, and the work of caring called hard
    return bool(match) and (
        match.group("feeling") in (None, "hard work") or match.group("feeling") in EMOTION_ADJECTIVES
    )


# what a sentence does with a page it points to: read it, look at it, find more in it. The verbs after を, with a word
# or two between (をご覧, をぜひご覧ください, をよくお読みください), and a page presented as explaining (について詳しく説明
# しています) are _READ_AFTER_RE's; these are the rest
_READ_AFTER = ("を見", "のページ", "ページを", "で詳しく", "に詳しく", "参照")
_READ_AFTER_RE = re.compile(
    r"を[^。、]{0,6}?(?:ご覧|ご参照|参照|参考|お読み|読|見て|ご確認|確認|チェック)|(?:について|に)[^。]{0,6}?(?:説明|解説|紹介|まとめ)"
)
# a verb of reading or looking before the link, or a label that lists it (関連ページ：, 次のページもご覧ください：, See also:)
_READ_BEFORE_RE = re.compile(
    r"(?:\b(?:see|read|visit|refer to|go to|check|look at|find out more(?: about| in)?|more about|learn about|see also)"
    r"|[:：])\s*$"
)


def _in_title(text, quantity, titles):
    """The quantity stands in a link's title beside words of its own (not a link on the number alone: [3割](…)
    points at where the figure comes from, and the figure is stated)."""
    return any(
        start <= quantity.start
        and quantity.end <= end
        and _has_letters(text[start : quantity.start] + text[quantity.end : end])
        for start, end in titles
    )


_PER = ("あたり", "当たり", "当り")


def _per_unit(text, quantity):
    """The quantity is the amount a measure is given per (食品100gあたりのカリウムの量, 体重1kg当たり, per 100 g): a
    basis, which states nothing itself; the measure given per it is a figure of its own (1日あたり2回: 2回 is read;
    3 cases per 1,000 people: 3 is)."""
    after = text[quantity.end : quantity.end + 8].lstrip()
    if after.startswith(_PER):
        # a basis is followed by what is measured per it (100gあたりの, 1日あたり2回); あたり alone is "around"
        # (退院後2週間あたりで, 12週あたりまでに)
        rest = after[len(next(p for p in _PER if after.startswith(p))) :].lstrip("、, ")
        return rest[:1] == "の" or bool(rest[:1]) and (rest[0].isdigit() or rest[0] in "一二三四五六七八九十")
    return text[max(0, quantity.start - 4) : quantity.start].lower().endswith("per ")


def _alone(text, quantity):
    """一人で / 1人で: "by oneself", a manner (一人で抱え込まないでください), not a count of people; 10人に1人 is read
    as one ratio and 二人で is two people."""
    after = text[quantity.end : quantity.end + 2]
    return quantity.text in ("一人", "1人", "１人") and after[:1] == "で" and after not in ("です", "でし")


def _counts_text(text, quantity):
    """The number counts parts of the text (三つの節, 5つの項目) or is an amount of money or a count of
    documents (3,300円, 1通につき, £20), not anything of health. Only the text near the number is read (_NEAR characters
    each side): a sentence of thousands of numbers made every copy of the rest of it quadratic."""
    after = text[quantity.end : quantity.end + _NEAR].lstrip()
    # the unit right after the digits (1通, 3,300円); after a unit of its own it is another word (3回通って)
    if quantity.unit in ADMINISTRATIVE_UNITS or (not quantity.unit and after.startswith(ADMINISTRATIVE_UNITS)):
        return True
    near_before = text[max(0, quantity.start - _NEAR) : quantity.start].rstrip()
    if near_before.endswith(ADMINISTRATIVE_UNITS):
        return True  # a currency sign before the amount: £20, $15
    # (forty-ninth session, from a review) a number with a unit is no part's number: As shown in figure 1, 40% of …
    if not quantity.unit and _EN_NUMBERED_PART.search(near_before):
        return True  # (forty-sixth session) a numbered part of the text: Table 2, Sections 3 and 4, Fig. 1, page 12
    after = after[1:] if after.startswith("つ") and not quantity.unit else after  # 3つの: the counter, read apart
    after = after[1:] if after.startswith("の") else after
    if any(after.startswith(noun) for noun in _COUNTED_AFTER):
        return True  # 三つの節, 5つの項目, 3つのポイント
    # (fifteenth session) or the parts counted before the number, as Japanese floats a count: ポイントを3つご紹介します,
    # 大事なポイント3つ, コツは5つあります
    before = re.sub(r"[をがは]\s*$", "", near_before)
    if text[quantity.end : quantity.end + 2] in ("目", "つ目") or text[quantity.end : quantity.end + 1] == "目":
        before = re.sub(
            r"の\s*$", "", before
        )  # (thirty-fifth session) the Nth of a series: シリーズの2回目, パートの3つ目
    return any(before.endswith(noun) for noun in _COUNTED_BEFORE)


# an English part of the text numbered by the figure that follows (Table 2, Sections 3 and 4, Figs. 1-3, Appendix 2)
_EN_NUMBERED_PART = re.compile(
    r"\b(?:tables?|figures?|figs?\.|sections?|chapters?|parts?|appendix|appendices|box(?:es)?|pages?|pp?\.)"
    r"\s*(?:\d+[a-z]?\s*(?:,|and|or|to|-|–)\s*)*$",
    re.IGNORECASE,
)
_NEAR = 256  # characters read on each side of a number by _counts_text: far more than any unit or noun it compares


# (fifteenth session) what a text lists and counts of itself: its points and tips, whose items are read one by one
# (not 方法 or 原因: 3つの方法で治療します counts treatments)
# (thirty-third session) and the parts of a series of texts (3回シリーズの2回目, 4つのパート)
_COUNTED_PARTS = frozenset(("ポイント", "コツ", "テーマ", "トピック", "チェックポイント", "シリーズ", "パート"))
# the nouns a count of the text stands before (三つの節) or after (ポイントを3つ); built once, read per number
_COUNTED_AFTER = tuple(SELF_NOUNS | TEXT_NOUNS | _COUNTED_PARTS)
_COUNTED_BEFORE = tuple(TEXT_NOUNS | _COUNTED_PARTS)


def _service_topic(reading):
    """The topic or subject is a service of an institution: its head is a service noun (専門外来は,
    ホットラインは) or a noun of a service's administration with a service before it (外来の予約方法が,
    窓口の受付時間は). English: the subject's last word (The clinic, Our helpline)."""
    if reading.lang == "en":
        words = reading.topic_text.split()
        if not words:  # no auxiliary: the words before a verb of operating (The clinic runs every Tuesday)
            lemmas = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", reading.text)]
            verb = next((i for i, w in enumerate(lemmas) if i and w in SERVICE_HEADS | MOVE_HEADS), 0)
            # an adverb before the verb is not the subject's head (Appointments usually last about 30 minutes)
            words = [w for w in lemmas[:verb] if w not in grammar.ENGLISH_ADVERBS | grammar.FREQUENCY_ADVERBS]
        # the subject's head is the noun before its first preposition (appointments for the flu season)
        cut = next((i for i, w in enumerate(words) if i and w.lower() in _EN_PREPOSITIONS), len(words))
        words = words[:cut]
        if not words:
            return False
        return words[-1] in SERVICE_NOUNS or (words[-1] in ADMINISTRATIVE_NOUNS and bool(SERVICE_NOUNS & set(words)))
    topic = reading.topic
    compound = ""
    for token in reversed(topic):  # the compound noun that ends the phrase: 専門外来, 予約方法, 駐車+場
        if token.pos not in ("名詞", "接頭詞"):
            break
        compound = token.surface_form + compound
    if not compound:
        return False
    phrase = "".join(t.surface_form for t in topic)
    if compound.endswith(_endings(SERVICE_NOUNS)):
        return True
    return compound.endswith(_endings(ADMINISTRATIVE_NOUNS)) and any(n in phrase for n in SERVICE_NOUNS)


@lru_cache(maxsize=64)
def _endings(words):
    """A frozenset of words as a tuple, for one ``str.endswith`` (a loop over the set cost every sentence)."""
    return tuple(words)


def _service_object(reading):
    """The object (〜を, 〜も) of the final predicate is a service or a consultation (栄養相談をご利用ください)."""
    tokens = reading.tokens
    # 〜を, or 〜も in its place (セカンドオピニオン外来もご活用ください)
    objects = [i for i, t in enumerate(tokens) if i and t.surface_form in ("を", "も") and t.pos == "助詞"]
    if not objects:
        return False
    head = _compound_head(tokens[: objects[-1]])
    return head in SERVICE_NOUNS | QUESTION_WORDS | INSTITUTION_NOUNS


# predicates of a finding (〜ことが分かった, 〜が示された): the clause states what research found
_FINDING_HEADS = {"分かる", "わかる", "判明", "示す", "明らか", "報告", "証明", "確認", "発表"}


_RESEARCH_NOUNS = {"研究", "調査", "論文", "報告", "報告書", "試験", "データ", "統計"}


def _reports_research(reading):
    """The sentence speaks of research (研究, 調査, 論文) or states a finding (分かる, 示す): a date there is the
    study's, not the text's own history (2020年に公開された研究で…)."""
    return bool(reading.lemmas & (_RESEARCH_NOUNS | _FINDING_HEADS))


_PERSON_HEADS = ("方", "人", "者", "かた", "中")


def _whom_or_why(reading):
    """A sentence of when a service can be had also says whom it suits (妊娠中の方でも, ペースメーカーを入れて
    いる方は, 〜の方なら, 〜を含め) or why (負担が少ないので, 放射線を使わないため): eligibility or safety, a claim.
    も or でも on a time (火曜日の午後にも, 土曜日でも) is the schedule's."""
    tokens = reading.tokens
    for i, t in enumerate(tokens):
        if t.pos == "助詞" and t.surface_form in ("も", "でも", "なら", "は") and i:
            k = i - 2 if t.surface_form == "も" and i > 1 and tokens[i - 1].surface_form == "で" else i - 1  # 方で|も
            if _lemma(tokens[k]) in _PERSON_HEADS or tokens[k].surface_form.endswith("中"):
                return True
            # in spite of a state: 副作用がある場合でも (seventh session)
            if _lemma(tokens[k]) == "場合" and t.surface_form in ("も", "でも"):
                return True
        if (
            t.surface_form in ("ので", "ため", "含め", "ずに", "から")
            and t.pos != "名詞"
            or _lemma(t) in ("ため", "含める")
        ):
            return True
        if t.surface_form == "ず" and i + 1 < len(tokens) and tokens[i + 1].surface_form == "に":
            return True  # 麻酔を使わずに: a manner withheld says whom it suits
    return False


def _finding_beside_the_text(reading):
    """The words before the page named in the sentence state a finding or speak of health (〜ことが分かり、
    このページを更新しました; ワクチンで子宮頸がんはほぼ防げるので、このチラシを作りました): the sentence is
    about more than the page, whatever connects the clauses. 読者のご要望が多かったため、このページを設けました
    gives a reason of no health."""
    if reading.lang != "ja":
        return False
    tokens = reading.tokens
    first = next((i for i in range(len(tokens) - 1) if _text_noun_at(tokens, i)), None)
    if not first:
        return False
    before = tokens[:first]

    # a finding stated, done (〜ことが分かり、, 示された), not a reader who does not know (わからない用語は,
    # 分かりにくい点)
    def found(i, t):
        following = before[i + 1] if i + 1 < len(before) else None
        return (
            _lemma(t) in _FINDING_HEADS
            and following is not None
            and (following.surface_form in ("、", "て", "た") or _lemma(following) in ("た", "れる", "られる"))
        )

    if any(found(i, t) for i, t in enumerate(before)):
        return True

    # a reason that speaks of health (〜が防げるので、〜を踏まえ、): not an audience (手術を受ける方のために)
    def connects_a_reason(i, t):
        following = before[i + 1].surface_form if i + 1 < len(before) else ""
        if t.pos_detail_1 == "接続助詞" and t.surface_form in ("ので", "から"):
            return True
        if t.surface_form == "ため":
            return following not in ("に", "の")  # 〜方のために, 予防のための薬: an audience or a purpose
        return _lemma(t) in ("受ける", "踏まえる", "伴う") and following in ("、", "て")

    return any(connects_a_reason(i, t) for i, t in enumerate(before)) and bool(medical.medical_words(before))


def _made_text(reading):
    """A text noun as the topic's head with a verb of making (体操のイラストは…描いています): the writer
    made the picture or the text, whatever modifies it."""
    if reading.lang != "ja" or reading.head not in MAKING_HEADS:
        return False
    if _compound_head(reading.topic) in TEXT_NOUNS | SELF_NOUNS:
        return True
    # or as the object of the making (このページを新たに設けました, 本ページを改訂しました), or what the object's
    # phrase is of (ページの構成を変更しました, 本文の表記を修正しました)
    tokens = reading.tokens
    for i in range(len(tokens) - 1):
        if tokens[i + 1].surface_form != "を" or tokens[i].pos != "名詞":
            continue
        j = i
        while j >= 0 and (tokens[j].pos == "名詞" or tokens[j].surface_form == "の"):
            if tokens[j].pos == "名詞" and (_text_noun_at(tokens, j) or _lemma(tokens[j]) in SELF_NOUNS):
                return True
            j -= 1
    return False


_EN_PREPOSITIONS = frozenset(("for", "of", "at", "in", "on", "with", "from", "to", "during", "about"))


def _has_object(reading):
    """An object or a goal (一緒に薬を続けましょう, 一緒に禁煙に取り組みましょう): an action on something.

    に after a companion (一緒に), a manner (上手に), a purpose (ために) or a time is no goal.
    """
    tokens = reading.tokens
    for i, token in enumerate(tokens):
        if token.pos != "助詞" or i == 0:
            continue
        before = tokens[i - 1]
        if token.surface_form == "を":
            return True
        if (
            token.surface_form == "に"
            and before.pos == "名詞"
            and before.pos_detail_1 not in ("非自立", "副詞可能", "形容動詞語幹", "代名詞")
            and before.basic_form not in COMPANIONS
        ):
            return True
    return False


# (twelfth session) heads of talking and of booking, whose potential offers the act to the reader (相談できます,
# 予約できます); not 確認, 見る or 分かる, whose potential says what a test or a sign shows (MRIで…を確認できます)
_OFFERED_POTENTIALS = frozenset(
    {"相談", "問い合わせる", "問い合わせ", "問合せ", "質問", "連絡", "予約", "申込", "申し込み"}
)
# verbs of talking or booking in their potential form, as IPADIC gives it (聞けます → 聞ける)
_POTENTIAL_VERBS = frozenset({"聞ける", "話せる", "申し込める", "申込める"})


def _offered_in_the_potential(reading):
    """(twelfth session) The final predicate is the potential of a verb of talking or booking, polite and not negated
    (窓口で相談できます, ウェブで予約できます, 薬剤師に聞けます): the reader is offered the act, as by 〜いただけます.
    Not under a concession or an inclusion (卵アレルギーがあっても予約できます, 妊娠中の方も相談できます: from the review,
    whom it suits is a claim)."""
    if reading.lang != "ja" or reading.negative:
        return False
    words = [t for t in reading.tokens if t.pos != "記号" and t.pos_detail_1 != "空白"]
    tail = "".join(t.surface_form for t in words[-3:])
    offered = (reading.head in _OFFERED_POTENTIALS and tail.endswith("できます")) or (
        any(_lemma(t) in _POTENTIAL_VERBS for t in words[-2:]) and tail.endswith("ます")
    )
    return offered and not any(_conceding(words, i) for i in range(len(words)))


def _conceding(words, i):
    """も at words[i] concedes or includes whom the act suits (あっても, 治療中でも, 妊娠中の方も), not a place as well
    (保健センターにも, 窓口でも)."""
    t = words[i]
    if t.pos != "助詞" or t.surface_form not in ("も", "でも", "ても"):
        return False
    before = words[i - 1] if i else None
    if (
        t.surface_form == "も"
        and before is not None
        and before.pos == "助詞"
        and before.surface_form in ("に", "で", "から")
    ):
        return before.surface_form == "で" and i >= 2 and words[i - 2].surface_form == "中"  # 治療中でも
    return True


_NAMING_VERBS = frozenset(
    {"いう", "言う", "呼ぶ", "称する", "略す"}
)  # 略す: 「SAS」と略されます (twenty-fifth session)


def _names_a_term(reading):
    """(twelfth session) A sentence that only names or renames: a verb of naming after と as its main predicate
    (これを…といいます, 〜と呼ばれています, 医学用語としては…と呼びます), with no other verb or adjective but an adverbial one
    (正しくは) and no word of effect, sign or rank. Not hearsay (〜と言われています, 〜と言っています: a claim reported),
    not the copula before と (安全だと言っています), not a description in を (腎臓の働きの低下を腎不全といいます: only a
    pro-form, これを, is named so), not a naming in a relative clause (〜といわれる肥満は…). What is named by a clause
    (…が低下した状態を「フレイル」と言います) is a definition, a claim. See "naming"."""
    if reading.lang != "ja" or reading.mood != "statement" or reading.negative:
        return False
    if _names_effect_or_sign(reading) or any(w in reading.text for w in _RANKING_WORDS):
        return False  # 痛みやしびれといった症状のことを「坐骨神経痛」と呼びます, 胃がんの最大の原因と呼ばれています
    if (
        _gloss_alone(reading)
        or _names_by_name_nouns(reading)
        or _name_in_use(reading)
        or _abbreviation(reading)
        or _spelling(reading)
    ):
        return True  # いわゆる「盲腸炎」のことです, 正式名称は「急性虫垂炎」 (thirteenth session)
    words = _words(reading)
    naming = [
        i for i, t in enumerate(words) if t.pos == "動詞" and t.pos_detail_1 == "自立" and t.basic_form in _NAMING_VERBS
    ]
    quoted = [(i, q) for i in naming if (q := _quoting_to(words, i)) is not None]
    if len(quoted) != 1:
        return False
    at, quote = quoted[0]
    named = [t for t in reading.tokens[: reading.tokens.index(words[quote])] if t.pos_detail_1 != "空白"]
    named = _without_bracketed_name(named)
    if not named or not (named[-1].pos == "名詞" or named[-1].surface_form in ("」", "』")):
        return False  # (second review) the name is a noun, not a clause or the copula: 安全だと言っています
    after = words[at + 1 :]
    if words[at].basic_form in ("いう", "言う") and any(
        _lemma(t) in ("れる", "られる", "いる") or t.surface_form == "て" for t in after
    ):
        return False  # hearsay: 〜と言われています, 〜と言っています
    # (twenty-fifth session) 〜と呼ばれることもあります: sometimes named so, a modal after the naming
    main = all(
        t.pos in ("助動詞", "助詞") or _lemma(t) in ("れる", "られる", "いる", "もの", "こと", "ある") for t in after
    )
    if not (main or _gloss_after(after)):
        return False  # a naming in a relative clause: 〜といわれる肥満は…
    for i, t in enumerate(words):
        if (
            t.pos == "動詞"
            and i != at
            and t.pos_detail_1 not in ("接尾", "非自立")
            and not _in_compound(reading.tokens, t)
        ):
            if i > at and _lemma(t) == "ある" and _lemma(words[i - 2]) == "こと":
                continue  # 〜と呼ばれることもあります: the modal of the naming
            return False  # 低下した, できる: the named thing is described
        if t.pos == "形容詞" and not t.conjugated_form.startswith("連用"):
            return False
        if t.surface_form == "を" and t.pos == "助詞" and not _pro_form_before(words, i):
            return False  # (second review) a definition by a noun phrase in を
    return True


def _in_compound(tokens, verb):
    """(twenty-fifth session) The verb in the 連用形 with a noun written right after it, no comma or space between, is
    part of a compound noun, not a predicate: 飲み薬, and names IPADIC does not know that it splits so (誤嚥 as 誤る +
    嚥). Not a clause that ends and another that follows (心筋が壊死し、これを…; 下がり手足が: from the review): the
    noun after it is then a pronoun or the next clause's own word, which a compound's second half is not."""
    at = next((k for k, t in enumerate(tokens) if t is verb), None)
    if at is None or at + 1 >= len(tokens) or not verb.conjugated_form.startswith(("連用", "体言接続")):
        return False
    after = tokens[at + 1]
    return (
        after.pos == "名詞"
        and after.pos_detail_1 not in ("非自立", "接尾", "副詞可能", "代名詞")
        and after.start == verb.start + len(verb.surface_form)
        and len(verb.surface_form) == 1  # one kanji (誤), not a verb written out (下がり, 飲み)
    )


def _without_bracketed_name(named):
    """(sixteenth session) The tokens before a naming と without a bracket that closes them with the name in Latin
    letters (これを深部静脈血栓症（DVT）と呼びます): an abbreviation or the English name glosses the name before it. A
    bracket of Japanese nouns may judge what is named as well as rename it (これを脂肪肝（肝硬変予備軍）と呼びます,
    糖尿病（国民病）: from the review), so it stays part of what the sentence says."""
    if not named or named[-1].surface_form not in (")", "）"):
        return named
    opening = max((k for k, t in enumerate(named) if t.surface_form in ("(", "（")), default=None)
    inside = "".join(t.surface_form for t in named[opening + 1 : -1]) if opening is not None else ""
    if not inside or not _LATIN_NAME_RE.fullmatch(inside):
        return named
    return named[:opening]


# (from the second review) the Latin name may go on with its spelled-out form or its katakana reading, after a colon,
# a semicolon, a comma or a slash (SAS: Sleep Apnea Syndrome, GERD、ガード, PCOS／ピーシーオーエス); no kanji, no hiragana
_LATIN_NAME_RE = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９・/／\- :：;；、,\u30a1-\u30fa\u30fc]*")


def _quoting_to(words, i):
    """The index of the と that quotes the name before the verb words[i]: right before it, or before an additive も
    (「…」とも呼ばれます, fifteenth session) when the name is given as another name of the thing: with a frame of naming
    (正式には, 英語では, 略して, 別名) or as letters (「FD」とも呼ばれます). (From the review) A nickname that judges
    (「サイレントキラー」とも呼ばれます, 国民病とも呼ばれています) is a claim. None when there is none."""
    if i and words[i - 1].surface_form == "と":
        return i - 1
    if i > 1 and words[i - 1].surface_form == "も" and words[i - 2].surface_form == "と":
        framed = any(_lemma(t) in _NAMING_FRAMES for t in words[: i - 2])
        name = [t for t in words[: i - 2] if t.pos != "記号"][-1:]
        lettered = bool(name) and bool(re.fullmatch(r"[A-Za-zＡ-Ｚａ-ｚ0-9・\-]+", name[0].surface_form))
        return i - 2 if framed or lettered else None
    return None


# words that frame a name as another name of the same thing: 正式には, 英語では, 略して, 別名, 医学用語では
_NAMING_FRAMES = frozenset(
    ("正式", "英語", "英名", "略す", "略称", "別名", "医学用語", "専門用語", "学名", "通称", "旧称", "和名")
)


# nouns that only point back at what the text described (このこと, この状態)
_POINTED_NOUNS = frozenset(("こと", "状態", "現象", "病態", "状況", "もの"))
_DEMONSTRATIVES = frozenset(("この", "その", "こうした", "そうした", "こういった", "そういった", "こんな", "そんな"))


def _pro_form_before(words, i):
    """The phrase before words[i] points back at what the text described: a pro-form (これ, それ) or a demonstrative
    and one noun (このこと, この状態, このような状態: thirteenth session), named so in the sentence."""
    if i == 0:
        return False
    if words[i - 1].surface_form in _PRO_FORMS:
        return True
    if words[i - 1].pos != "名詞" or i < 2:
        return False
    if _lemma(words[i - 1]) not in _POINTED_NOUNS:
        return False  # (from the second review) この薬を特効薬と呼びます names a thing by a judgement of it
    k = i - 2
    if k >= 2 and words[k].surface_form == "な" and _lemma(words[k - 1]) == "よう":
        k -= 2  # このような状態
    return words[k].pos == "連体詞" and words[k].surface_form in _DEMONSTRATIVES


_PRO_FORMS = frozenset({"これ", "それ", "あれ", "こちら", "そちら"})
# a rank names a claim, whatever the verb: 最大の原因, 第1位, 一番の
_RANKING_WORDS = ("最大", "最も", "第1位", "第一位", "一番", "No.1", "トップ", "最多")


def _names_effect_or_sign(reading):
    """A word of effect or sign in the sentence, as a lemma or within a compound the tagger splits (早期発見, 重症化)."""
    return bool(_EFFECT_OR_SIGN & reading.lemmas) or any(w in reading.text for w in _EFFECT_OR_SIGN_COMPOUNDS)


def _gloss_alone(reading):
    """(thirteenth session) A sentence that is only another name for what the text just described: one quoted term
    after いわゆる or alone, then のこと and the copula (いわゆる「盲腸炎」のことです)."""
    tokens = [t for t in reading.tokens if t.pos_detail_1 != "空白" and t.pos_detail_1 != "句点"]
    if tokens and tokens[0].surface_form == "いわゆる":
        tokens = tokens[1:]
    if len(tokens) < 5 or tokens[0].surface_form not in ("「", "『"):
        return False
    close = next((i for i, t in enumerate(tokens) if t.surface_form in ("」", "』")), None)
    if close is None or close < 2:
        return False
    if any(t.pos not in ("名詞", "記号") for t in tokens[1:close]) or any(
        w in "".join(t.surface_form for t in tokens[1:close]) for w in _JUDGING_WORDS
    ):
        return False  # (from both reviews) いわゆる「飲んではいけない風邪薬」, 「妊娠中禁忌の薬」: the quotation states
    rest = tokens[close + 1 :]
    return (
        len(rest) >= 3
        and rest[0].surface_form == "の"
        and _lemma(rest[1]) == "こと"
        and all(t.pos == "助動詞" for t in rest[2:])
    )


# words that judge what a term names (a term made of them states a rule: 「妊娠中禁忌の薬」, 「授乳中OKの薬」)
_JUDGING_WORDS = ("禁忌", "禁止", "安全", "危険", "OK", "NG", "可", "不可", "必要", "不要", "推奨", "効く", "特効")


def _names_by_name_nouns(reading):
    """(thirteenth session) Each clause pairs a noun of naming (正式名称, 別名, 病名, 一般名) as its topic, or in を, with
    a name: a noun or a quoted term, and the copula at most (正式名称は「急性虫垂炎」, 別名を居眠り病)."""
    clauses, current = [], []
    for t in reading.tokens:
        if t.surface_form in ("、", "，", "。"):
            clauses.append(current)
            current = []
        elif t.pos_detail_1 != "空白":
            current.append(t)
    clauses.append(current)
    clauses = [c for c in clauses if c]
    if not clauses:
        return False
    for clause in clauses:
        marker = next((i for i, t in enumerate(clause) if t.surface_form in ("は", "を") and t.pos == "助詞"), None)
        if marker is None or marker == 0:
            return False
        head = "".join(t.surface_form for t in clause[:marker])
        if not head.endswith(_NAME_NOUNS):
            return False
        # (from both reviews) the name noun alone, or after a demonstrative and one noun (この病気の正式名称は): what is
        # named is not described here (赤ちゃんに使える解熱剤の一般名は…, 胃がんの原因菌の正式名称は… state a fact)
        named = head[: len(head) - max(len(n) for n in _NAME_NOUNS if head.endswith(n))]
        named = named[:-2] if named.endswith(("正式", "一般")) else named  # 正式名, 一般名 read whole
        # (twenty-fifth session) or as an adjective before the name noun: 正式な病名は, 医学的な名称は
        named = re.sub(r"(?:正式|一般的|医学的|専門的)な$", "", named)
        if named and not re.fullmatch(r"(?:この|その)[^のはがをにで]{1,8}の", named):
            return False
        value = clause[marker + 1 :]
        while value and value[-1].pos == "助動詞":
            value = value[:-1]
        if not value or any(t.pos not in ("名詞", "記号") for t in value):
            return False
    return True


_USE_VERBS = frozenset({"使う", "用いる", "使用", "定着", "広まる", "浸透"})


_ABBREVIATION_NOUNS = frozenset({"頭文字", "略", "略称", "略語"})


def _term_as_topic(words, bare):
    """The index of the last word of a term put as the topic before は: a quotation (「COPD」は), or with ``bare``
    nouns alone (骨粗しょう症は); None if the sentence does not open so."""
    if words and words[0].surface_form in ("「", "『"):
        close = next((i for i, t in enumerate(words) if t.surface_form in ("」", "』")), None)
    elif bare:
        close = next((i - 1 for i, t in enumerate(words) if t.surface_form == "は" and t.pos == "助詞"), None)
        if close is not None and (close < 0 or any(t.pos != "名詞" for t in words[: close + 1])):
            return None
    else:
        return None
    if close is None or close + 1 >= len(words) or words[close + 1].surface_form != "は":
        return None
    return close


def _abbreviation(reading):
    """(twenty-fifth session) A quoted term as the topic and, as the whole comment, the words it abbreviates, quoted or
    in Latin letters, before の and a noun of abbreviation and the copula (「RS」は、英語の「Respiratory Syncytial」の
    頭文字です, 「COPD」は…の略です): how a name is made, nothing of health."""
    words = [t for t in reading.tokens if t.pos_detail_1 not in ("空白", "句点", "読点")]
    close = _term_as_topic(words, bare=False) if len(words) >= 6 else None
    if close is None:
        return False
    rest = words[close + 2 :]
    while rest and rest[-1].pos == "助動詞":
        rest = rest[:-1]
    if len(rest) < 3 or _lemma(rest[-1]) not in _ABBREVIATION_NOUNS or rest[-2].surface_form != "の":
        return False
    quoted = "".join(t.surface_form for t in rest[:-2])
    # what it abbreviates: a quotation or Latin letters, after a language at most (英語の)
    expanded = re.sub(r"^(?:英語|ラテン語|ドイツ語|フランス語)の", "", quoted)
    return bool(re.fullmatch(r"「[^「」]+」|『[^『』]+』|[A-Za-z][A-Za-z .\-]*", expanded))


def _spelled_alike(term, other):
    """Another spelling or a reading of the term: hiragana or Latin letters only (つうふう, HFMD), or two characters of
    the term kept (骨粗鬆症 for 骨粗しょう症, 帯状ヘルペス for 帯状疱疹)."""
    if not other:
        return False
    if re.fullmatch(r"[\u3041-\u309fー]+|[A-Za-z0-9 .\-]+", other):
        return True  # a reading in hiragana or letters (つうふう, HFMD); katakana may be a nickname (サイレントキラー)
    return sum(1 for ch in set(other) if ch in term) >= 2


def _spelling(reading):
    """(twenty-fifth session) A term as the topic, quoted or a bare noun phrase, written or read another way, in a
    quotation before と (「片頭痛」は、「偏頭痛」と書かれることもあります, 骨粗しょう症は「骨粗鬆症」と漢字で書かれます,
    「痛風」は「つうふう」と読みます, 〜と表記されます). The quotation is the word itself, so 書く gives its spelling;
    with a statement quoted (この薬は「効く」と書かれています: a topic with の) it reports what a text says, a claim."""
    words = [t for t in reading.tokens if t.pos_detail_1 not in ("空白", "句点", "読点")]
    close = _term_as_topic(words, bare=True) if len(words) >= 6 else None
    if close is None or close + 2 >= len(words):
        return False
    rest = words[close + 2 :]
    if rest[0].surface_form not in ("「", "『"):
        return False
    end = next((i for i, t in enumerate(rest) if t.surface_form in ("」", "』")), None)
    if end is None or end + 2 >= len(rest) or rest[end + 1].surface_form != "と":
        return False
    term = "".join(t.surface_form for t in words[: close + 1]).strip("「」『』")
    other = "".join(t.surface_form for t in rest[1:end])
    if not _spelled_alike(term, other):
        return False  # (「万病のもと」と書かれる: a judgement quoted, not another spelling)
    tail = rest[end + 2 :]
    if tail and tail[0].surface_form == "も":
        tail = tail[1:]
    while tail and tail[0].pos == "名詞" and len(tail) > 1 and tail[1].surface_form == "で":
        tail = tail[2:]  # 漢字で, ひらがなで: the script it is written in
    if tail and tail[0].pos == "名詞" and _lemma(tail[0]) == "表記":
        tail = tail[1:]  # 表記される: the light する follows
        if not tail or _lemma(tail[0]) != "する":
            return False
    elif not (tail and _lemma(tail[0]) in ("書く", "読む")):
        return False
    return bool(tail) and all(
        t.pos in ("助動詞", "助詞") or t.pos_detail_1 in ("接尾", "非自立") or _lemma(t) in ("こと", "ある")
        for t in tail[1:]
    )


def _name_in_use(reading):
    """(twenty-fifth session) A name said to be in use: a quoted term, という and a noun of naming as the subject (in が,
    は or も) of a verb of using or spreading, an adverb or an adverbial adjective at most between (「〜」という病名が広く
    使われています), and before the term only a time (2017年からは). What the name names is not described."""
    if "という" not in reading.text:
        return False
    words = [t for t in reading.tokens if t.pos_detail_1 != "空白" and t.pos_detail_1 != "句点"]
    at = next((i for i, t in enumerate(words) if t.surface_form == "という" or t.basic_form == "という"), None)
    if at is None or at < 3 or words[at - 1].surface_form not in ("」", "』"):
        return False
    opening = max((i for i in range(at) if words[i].surface_form in ("「", "『")), default=None)
    if opening is None or opening + 1 >= at - 1:
        return False  # no quotation, or an empty one
    # (from the review) before the name only a time: 2017年からは, 最近は, 近年では; not a circumstance that makes the
    # sentence a criterion (重症の場合は「敗血症性ショック」という病名が使われます, 子どもでは…)
    time = words[:opening]
    if time and not (
        any(t.pos_detail_1 in ("数", "副詞可能") or _lemma(t) in ("年", "年代", "ごろ", "頃") for t in time)
        and all(
            t.pos == "助詞" or t.pos_detail_1 in ("数", "副詞可能", "接尾") or _lemma(t) in ("年", "年代") for t in time
        )
    ):
        return False
    rest = words[at + 1 :]
    k = 0
    while k < len(rest) and rest[k].pos == "名詞":
        k += 1
    if not k or not "".join(t.surface_form for t in rest[:k]).endswith(_NAME_NOUNS):
        return False
    if k >= len(rest) or rest[k].surface_form not in ("が", "は", "も"):
        return False
    tail = rest[k + 1 :]
    while tail and (tail[0].pos == "副詞" or (tail[0].pos == "形容詞" and tail[0].conjugated_form.startswith("連用"))):
        tail = tail[1:]
    if not tail:
        return False
    return _lemma(tail[0]) in _USE_VERBS and all(
        t.pos in ("助動詞", "助詞") or t.pos_detail_1 in ("接尾", "非自立") or _lemma(t) == "する" for t in tail[1:]
    )


# nouns of naming: what a thing is called (正式名称は…, 別名を…)
_NAME_NOUNS = (
    "名称",
    "別名",
    "病名",
    "一般名",
    "通称",
    "俗称",
    "略称",
    "英語名",
    "英名",
    "和名",
    "学名",
    "正式名",
    "呼び名",
)


def _gloss_after(after):
    """After a naming in the 連用形 (〜と呼ばれ、), a gloss of the same thing: いわゆる「X」のことです."""
    return bool(after) and after[-1].pos == "助動詞" and any(_lemma(t) == "こと" for t in after)


# (twelfth session) the page or this instalment as topic, and what it is about with the copula: 今回は、腎臓がんについて
# です, 本日のテーマは睡眠についてです, この記事は、ピロリ菌の除菌についてです
_THIS_TIME_ABOUT_RE = re.compile(
    r"^(?:今回|本日|今日|今月|今週|今号|このページ|この記事|本記事|本稿|このコラム|本日のテーマ|今回のテーマ|テーマ)"
    r"(?:は|では|のテーマは)、?[^。]{1,40}?について(?:です|でした|だ|となります|になります)[。！!]?$"
)


def _this_time_about(text):
    """(twelfth session) The page says what it, or this instalment, is about: 今回は、腎臓がんについてです. What it is
    about is a noun phrase, not a clause (今回は、糖尿病の人が歯周病になりやすいことについてです: second review)."""
    if not _THIS_TIME_ABOUT_RE.match(text.strip()):
        return False
    about = text.strip()[: text.strip().rfind("について")]
    return not any(t.pos in ("動詞", "形容詞", "助動詞") for t in grammar.read(about).tokens)


def _intended_head(reading):
    """(twelfth session) The verb the writer means to do in 〜たいと思います (解説したいと思います: 解説), or ""."""
    words = _words(reading)
    for i in range(len(words) - 1, 1, -1):
        if words[i].basic_form == "思う" and words[i - 1].surface_form == "と" and words[i - 2].basic_form == "たい":
            before = words[: i - 2]
            while before and before[-1].pos == "動詞" and before[-1].basic_form in ("する", "いる", "いく", "みる"):
                before = before[:-1]  # 解説し(たい), ご紹介していき(たい)
            return _lemma(before[-1]) if before else ""
    return ""


def _clipped_presenting(reading):
    """(twelfth session) A Japanese line with no predicate that ends in a noun of presenting ([writer_heads]: 解説, 紹介,
    説明) after its object in を: a headline with the verb clipped (〜の原因と治療法を専門医が解説)."""
    if reading.lang != "ja" or reading.predicate:
        return False
    words = [t for t in reading.tokens if t.pos != "記号" and t.pos_detail_1 != "空白"]
    if len(words) >= 4 and words[-2].pos == "形容詞" and words[-2].conjugated_form.startswith("連用"):
        # (fifteenth session) how it is presented, right before the noun: 〜まで詳しく解説, 〜をわかりやすく説明
        # (わかり + やすく is one adverb: a verb's stem and the adjective of ease)
        cut = 3 if words[-2].pos_detail_1 == "非自立" and words[-3].pos == "動詞" else 2
        words = words[:-cut] + words[-1:]
    return (
        len(words) >= 3
        and words[-1].pos == "名詞"
        and words[-1].surface_form in WRITER_HEADS
        # what is presented, in を or (fifteenth session) as a range of topics from から to まで (基本知識から治療法まで;
        # まで alone is a limit: がん完治まで)
        and (
            any(t.pos == "助詞" and t.surface_form == "を" for t in words[:-1])
            or (
                any(t.surface_form == "まで" and t.pos == "助詞" for t in words[:-1])
                and any(t.surface_form == "から" and t.pos == "助詞" for t in words[:-1])
            )
        )
        # (from the review) no clause in what is presented: 後遺症を防げる理由を…解説 presents a claim
        and not any(t.pos in ("動詞", "形容詞", "助動詞") for t in words[:-1])
    )


def _writer_speaks(reading, clipped=False):
    """A polite verb of presenting (紹介します, まとめました), or a headline that clips it (``clipped``: 〜を医師が解説),
    with no subject or topic marked by は or が, other than a time (今回は, 本日は): the writer presents. (eleventh session) Or a member of staff as its subject,
    the page's presenter (医師が…を解説します, 監修医が…をご紹介します), when no clause is quoted or nominalised as what is said
    (医師は、早めの治療で治ると解説します: a claim in the doctor's mouth)."""
    tokens = reading.tokens
    if reading.lang != "ja" or not tokens:
        return False
    # a headline that clips the verb (〜を専門医が解説) presents as the polite verb does
    polite = clipped or any(t.basic_form == "ます" and t.pos == "助動詞" for t in tokens[-4:])
    subordinate = _subordinate_spans(tokens)
    subjects = [
        i
        for i, t in enumerate(tokens)
        if t.pos == "助詞"
        and t.surface_form in ("は", "が")
        and not (i and tokens[i - 1].pos_detail_1 == "副詞可能")
        and not (i and tokens[i - 1].pos == "助詞")  # には, では, については: a circumstance or a theme, no subject
        and i not in subordinate  # 読みやすいように: the clause's own subject
    ]
    if not subjects:
        return polite
    # (from the second review) what staff present with an effect, a sign or a quality of safety (がんを消す食事法,
    # 最も効果的な治療, 安全に飲める薬) is their endorsement: a claim
    endorsed = (EFFECT_WORDS | SIGN_NOUNS | _ENDORSING_WORDS) & reading.lemmas
    staff = all(_presenting_staff(tokens, i) for i in subjects) and not endorsed
    quoting = any(t.pos == "助詞" and t.pos_detail_2 == "引用" for t in tokens)  # 〜と解説します
    return polite and staff and not quoting and not _embeds_proposition(tokens) and not _staff_reported(tokens)


_ENDORSING_WORDS = frozenset({"安全", "安全性", "有効", "有効性", "消す", "最も", "一番", "効き目", "効能"})
# the staff who present a page (医師, 看護師, 管理栄養士, 監修医, スタッフ); not 員 or 係 (研究員, 関係)
_PRESENTER_SUFFIXES = ("医", "師", "士", "スタッフ")


def _presenting_staff(tokens, i):
    """(from the second review) The subject before tokens[i] is a member of staff with no modifier but the page's own
    institution (医師が, 当院の医師が): 海外の医師, ほとんどの医師, テレビでおなじみの医師 are authorities in the world."""
    compound = _compound_before(tokens, i)
    if not "".join(t.surface_form for t in compound).endswith(_PRESENTER_SUFFIXES):
        return False
    start = i - len(compound)
    if start == 0 or tokens[start - 1].pos == "記号" or tokens[start - 1].surface_form in ("を", "は", "まで"):
        return True  # 医師が, 〜を医師が, 〜、医師が, 〜まで医師が
    if tokens[start - 1].surface_form != "の":
        return False
    owner = _compound_before(tokens, start - 1)
    opens = start - 1 - len(owner)
    return (
        bool(owner)
        and "".join(t.surface_form for t in owner).startswith(("当", "本"))
        and (opens == 0 or tokens[opens - 1].pos == "記号")
    )


def _staff_reported(tokens):
    """(from the review) Staff as authorities in the world, not the page's presenter: what they do or have done
    (多くの医師が…効果を紹介しています: 〜ている), many of them (多くの専門医が), what they are said to ask (〜ないよう
    説明しています), or a reason that states a claim beside them (…につながるため、医師が…説明します)."""
    surfaces = [t.surface_form for t in tokens]
    lemmas = [_lemma(t) for t in tokens]
    ongoing = any(
        surfaces[i] in ("て", "で") and lemmas[i + 1] in ("いる", "おる") for i in range(len(tokens) - 1)
    ) or any(t.pos == "助動詞" and t.basic_form == "た" for t in tokens[-3:])  # 紹介しました: done, not presented here
    many = "多く" in surfaces or "多数" in surfaces
    # a reason: ため, ので, or から joining a clause (not から of a starting point: 原因から治療まで, fifteenth session)
    reason = any(
        t.surface_form in ("ため", "ので") or (t.surface_form == "から" and t.pos_detail_1 != "格助詞") for t in tokens
    )
    return ongoing or many or "よう" in surfaces or reason


def _written_with(reading, text):
    """A means of writing in the sentence (writing_means): a word of its own (言葉, 図), or a longer one in the
    text, which IPADIC may split (読み + 方)."""
    return bool(WRITING_MEANS & reading.lemmas) or any(m in text for m in WRITING_MEANS if len(m) > 2)


def _subordinate_spans(tokens):
    """Indices of the tokens in clauses that end before a 、 in a subordinating ending (〜ように, 〜ために,
    〜ので, 〜から, 〜ば, 〜たら, 〜と): their は / が mark the clause's subject, not the sentence's."""
    out, start = set(), 0
    for i, token in enumerate(tokens):
        if token.surface_form != "、":
            continue
        before = "".join(t.surface_form for t in tokens[max(start, i - 3) : i])
        ending = tokens[i - 1] if i else None
        if ending is not None and (
            before.endswith(("ように", "ために", "ので", "から", "けれど", "けど"))
            or (ending.pos_detail_1 == "接続助詞" and ending.surface_form in ("ば", "たら", "と", "ても", "が"))
        ):
            out.update(range(start, i))
        start = i + 1
    return out


# verbs that join two nouns as a particle does (年齢による変化, 妊娠に伴う貧血, 治療に関する説明)
_RELATIONAL_VERBS = {"よる", "因る", "おける", "於ける", "対する", "関する", "伴う", "基づく", "わたる"}


def _comma_after(tokens, token):
    """A comma follows ``token`` in the sentence (記号 included): 〜ことが、 sets off its comment."""
    index = next((i for i, t in enumerate(tokens) if t is token), None)
    return index is not None and index + 1 < len(tokens) and tokens[index + 1].surface_form in ("、", "，", ",")


def _within_noun_phrase(words, k):
    """Word k of a comment belongs to its noun phrase rather than predicating: the attributive な of an
    adjectival noun (主な経路, 生理的な変化) or a relational verb after に before a noun (年齢による変化)."""
    word = words[k]
    if word.pos == "助動詞" and word.surface_form == "な":
        return True
    return (
        word.pos == "動詞"
        and _lemma(word) in _RELATIONAL_VERBS
        and k > 0
        and words[k - 1].surface_form == "に"
        and k + 1 < len(words)
        and words[k + 1].pos == "名詞"
    )


def _topic_comment(reading):
    """A label that says something of a topic with the copula left out: 喫煙は白内障の危険因子.

    A topic or subject (〜は, 〜が) followed by a noun phrase is a sentence (体言止め); a label
    that ends in the topic (COPDとは, 妊娠中は) or has none (治療の流れ) names a subject only.
    """
    if reading.lang != "ja" or reading.predicate:
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    for i, token in enumerate(words[:-1]):
        if token.pos == "助詞" and token.surface_form in ("は", "が") and token.pos_detail_1 in ("係助詞", "格助詞"):
            before = words[i - 1] if i else None
            after = words[i + 1 :]  # the comment: a noun phrase with no verb (発作が起きたときの対応 is one phrase)
            if (
                before is not None
                and before.pos == "名詞"
                # (twelfth session) or 同じ, the one 連体詞 that ends a comment (原因は同じ)
                and any(t.pos == "名詞" or (t.surface_form == "同じ" and t is after[-1]) for t in after)
                and not any(
                    t.pos in ("動詞", "助動詞", "形容詞")
                    # (only in a comment set off by a comma and about health: 持ち物は、必要な書類一式 names what
                    # to bring; 受診が必要な出血のサイン is one noun phrase, its が in a relative clause)
                    and not (
                        _within_noun_phrase(after, k)
                        and _comma_after(reading.tokens, token)
                        and medical.medical_words(after)
                    )
                    for k, t in enumerate(after)
                )
            ):
                return True
            # the topic (は) may take a comment whose noun a clause with its own subject modifies (爪は、白癬菌が
            # 増えているサイン; かかとの少し上は…炎症が起こりやすい部分): a noun head, not a formal one (こと, もの);
            # 妊娠中は飲めない薬 (no subject in the clause) names a section
            if (
                before is not None
                and before.pos == "名詞"
                and token.surface_form == "は"
                and words[-1].pos == "名詞"
                and words[-1].pos_detail_1 not in _NOT_A_HEAD
                and any(t.pos in ("動詞", "形容詞") for t in after)
                and any(t.surface_form == "が" and t.pos_detail_1 == "格助詞" for t in after)
            ):
                return True
            # a topic set off by a comma whose comment is an act nominalised by こと (高山病の治療の基本は、高度を
            # 下げること): "X is doing Y" with the copula left out; a time or a case as the topic (入院中は気を
            # つけること, no comma) names what the section lists
            # both readings below need a noun topic (not a time) before は and a comment nominalised by こと
            noun_topic_of_koto = (
                before is not None
                and before.pos == "名詞"
                and before.pos_detail_1 not in _NOT_A_HEAD
                and _lemma(before) not in _TIME_HEADS
                and token.surface_form == "は"
                and words[-1].basic_form == "こと"
            )
            if (
                noun_topic_of_koto
                and reading.tokens[reading.tokens.index(token) + 1].surface_form in ("、", "，")
                and len(words) - i > 2
                and words[-2].pos in ("動詞", "助動詞")
            ):
                return True
            # with no comma, a comment of how often something happens (再発はよくあること): a tendency, not the acts
            # a section lists (入院中は気をつけること)
            if noun_topic_of_koto and (
                # the tendency is the comment's predicate (よくある, 多い), or its noun before な (まれなこと)
                (words[-2].pos in ("動詞", "形容詞") and _lemma(words[-2]) in TENDENCY_WORDS)
                or (len(words) - i > 3 and words[-2].basic_form == "だ" and _lemma(words[-3]) in TENDENCY_WORDS)
            ):
                return True
    return False


AGENT_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "agent_nouns"))  # lint/data/claim-words.toml


def _named_by_effect(reading):
    """A label that ends in a noun of something acting on the body (agent_nouns: 薬, 食品, 習慣) after a clause with
    an object, its verb and a word of effect or sign (唾液を減らす副作用のある主なお薬: its effect is stated);
    症状を和らげる工夫 ends in a noun of advice and stays a title."""
    if reading.lang != "ja" or reading.predicate:
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    if (
        len(words) < 3
        or words[-1].pos != "名詞"
        or _lemma(words[-1]).lstrip("お") not in {n.lstrip("お") for n in AGENT_NOUNS}
    ):
        return False
    clause = {_lemma(t) for t in words[:-1]}
    # the agent acts on something: an object and its verb (唾液を減らす); 症状が出やすい食べ物 and 痛みのあるときに
    # 使う薬 name a list by when or how easily, a heading over it
    acts = any(
        t.surface_form == "を" and t.pos == "助詞" and k + 1 < len(words) - 1 and words[k + 1].pos == "動詞"
        for k, t in enumerate(words[:-1])
    )
    return acts and bool(clause & (EFFECT_WORDS | SIGN_NOUNS))


def _curable_illness(reading):
    """A verb of an illness curable or preventable (治せる, 防げる: curability_verbs) before a noun of health: 治せる
    高血圧, 防げる病気 state that it can be cured or prevented, a claim with the copula left out."""
    if reading.lang != "ja":
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    for i, t in enumerate(words[:-1]):
        lemma = _lemma(t)
        if lemma == "できる" and i and words[i - 1].pos == "名詞":
            lemma = _lemma(words[i - 1]) + "できる"  # 予防+できる
        if t.pos == "動詞" and lemma in CURABILITY_VERBS and words[i + 1].pos == "名詞":
            run = []
            for w in words[i + 1 :]:
                if w.pos != "名詞":
                    break
                run.append(w)
            if medical.medical_words(run):
                return True
    return False


# (forty-second session) what a relative clause says of an illness that makes a label a claim with its copula left
# out: a consequence (命にかかわる, 失明につながる, 突然死を招く), a trend (増えている), a tendency or ease (うつりやすい,
# 治りにくい, 再発の多い); a closed class of predicates, as the relative clauses of most labels only pick a kind out
# (胃カメラで見つかる病気, 治療に使う薬: a first version that read every clause flagged 126 honest labels)
_DESCRIBING_PREDICATES = frozenset(
    ("招く", "引き起こす", "増える", "増加", "減る", "減少", "やすい", "にくい", "多い", "少ない", "急増", "広がる")
)
# かかわる and つながる relate as often as they foretell (心臓にかかわる病気 is a kind): a consequence only with an outcome
# as their complement (命にかかわる, 失明につながる; from a review of the first version)
_CONSEQUENCE_PREDICATES = frozenset(("かかわる", "関わる", "つながる", "繋がる"))
_OUTCOMES = frozenset(
    ("命", "生命", "失明", "死", "死亡", "突然死", "寝たきり", "重症", "重症化", "後遺症", "不妊", "骨折", "認知症")
)
# what the site or the clinic counts (ご質問の多い病気, 受診の多い疾患, 当医院で多い病気): its own questions and caseload
_OF_THE_SITE = re.compile(
    r"質問|問い合わせ|問合せ|相談|受診|予約|検索|掲載|待ち時間|利用|来院|紹介|外来|院内|[当本][^、。\s]{0,5}?(?:院|科|クリニック|センター|施設|診療所)"
)


def _illness_described(reading):
    """(forty-second session) A label that is a noun phrase whose head is an illness (medical.ends_in_illness: 病気, 認知症,
    大腸がん, 不整脈) and whose relative clause, right before it, ends in a predicate of consequence, trend or tendency
    (命にかかわる不整脈, 家族の間でうつりやすい水ぼうそう, 近年増えている大腸がん). A clause of relation (心臓にかかわる
    病気), of the site's or the clinic's own count (ご質問の多い病気, 当医院で多い病気) and a stage (進行した大腸がん) name a
    kind (from a review of the first version, which flagged about forty honest labels of those shapes)."""
    if reading.lang != "ja" or (reading.predicate and reading.finite):
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    # (forty-fifth session) a topic's ending after the head (〜梅毒について, 〜帯状疱疹とは) leaves it the head, for the
    # course of an illness only: a trend or a tendency before とは introduces a kind (年齢とともに増える不整脈とは, a
    # decision of an earlier review)
    ending = next((e for e in _TOPIC_ENDINGS if "".join(t.surface_form for t in words).endswith(e)), "")
    topic = bool(ending)
    while ending and words and ending.endswith(words[-1].surface_form):
        ending = ending[: -len(words[-1].surface_form)]
        words = words[:-1]
    if len(words) < 3 or words[-1].pos != "名詞":
        return False
    k = len(words)
    while k > 0 and words[k - 1].pos in ("名詞", "接頭詞"):
        k -= 1
    head = words[k:]
    if not head or k == 0 or not medical.ends_in_illness(head):
        return False
    if words[k - 1].pos not in ("動詞", "形容詞", "助動詞"):
        return False
    # the clause's last predicate: the verb or adjective (with its auxiliaries and ている) before the head
    j = k - 1
    while j > 0 and (
        words[j].pos == "助動詞"
        or (words[j].pos == "動詞" and words[j].pos_detail_1 == "非自立")
        or words[j].surface_form in ("て", "で")
    ):
        j -= 1
    lemmas = {_lemma(words[j])} | ({_lemma(words[j - 1])} if j else set())
    clause = "".join(t.surface_form for t in words[:k])
    # (forty-fifth session) 汗や乾燥で悪くなるアトピー性皮膚炎, ペットから人へうつる水虫, 室内でも起こる熱中症
    course = bool(lemmas & _COURSE_PREDICATES) and _cause_or_condition(words[:j]) and not _OF_THE_SITE.search(clause)
    if topic:
        return course
    if lemmas & _CONSEQUENCE_PREDICATES:
        # the outcome the relation points to, right before に (命にかかわる, 失明につながる)
        m = j - 1
        while m > 0 and words[m].surface_form in ("に", "へ"):
            m -= 1
        return _lemma(words[m]) in _OUTCOMES and not _OF_THE_SITE.search(clause)
    if course:
        return True
    return bool(lemmas & _DESCRIBING_PREDICATES) and not _OF_THE_SITE.search(clause)


_TOPIC_ENDINGS = ("について", "とは", "って")
# (forty-fifth session) the course of an illness as a relative clause's predicate: it worsens, occurs, spreads, comes back
_COURSE_PREDICATES = frozenset(
    ("悪くなる", "悪化", "起こる", "起きる", "うつる", "移る", "感染", "進む", "進行", "重症化", "再発", "なる", "出る")
)


def _cause_or_condition(clause):
    """The relative clause names what brings the course on, or where it reaches: a cause or a means (ストレスで, 汗や乾燥で),
    a source or a way (ペットから人へ), a place conceded (室内でも), or a condition (無理をすると, 冷えると). A subject or a
    time alone (子どもがかかる, 冬に流行する) names a kind."""
    for k, token in enumerate(clause):
        before = clause[k - 1] if k else None
        if (
            token.surface_form in ("で", "から", "でも")
            and token.pos == "助詞"
            and before is not None
            and before.pos == "名詞"
        ):
            return True
        if (
            token.surface_form in ("と", "ば", "たら")
            and before is not None
            and before.pos in ("動詞", "助動詞", "形容詞")
        ):
            return True
    return _concession(clause)  # 一度治っても再発する


_NOT_A_HEAD = ("非自立", "接尾", "副詞可能", "代名詞")
# nouns of a time or a case as the head of a topic (手術のあとは, 発作の際は): the topic sets when, the heading
# names what to do then
_TIME_HEADS = frozenset({"あと", "後", "前", "とき", "時", "際", "場合", "間", "うち", "日", "朝", "夜"})


def _generalises(reading):
    """A label that says how things go, whatever its form: a verb with 〜やすい / 〜にくい as a predicate
    (重症化しやすいので注意, 運動すると発症しやすい; before a noun it names a kind: 床ずれができやすい場所),
    〜ことがある / 〜ことが多い (also with ある left out: 〜なくなることも), or a relative clause whose verb is a sign appearing or worsening under a
    circumstance (〜に / 〜で) in the plain present before the noun it describes (花粉の季節に悪化する結膜炎:
    the disease worsens then). A time or a case (悪化したとき, 症状が出る場合) is no such noun.

    (thirty-fourth session) Before a condition of health (_condition_head: a disease, a symptom, a risk; not a
    medicine, a document or a step), a relative clause of the illness's course says how it goes whatever its
    circumstance (年齢とともに増える不整脈, 放っておくと進む緑内障, 若い女性に増えている子宮頸がん), and so does a
    frequency (アレルギー体質の方に多い食道の病気) and 〜やすい over an event of illness (この病気で起こりやすい不整脈; not
    飲みやすい薬の形, an act of the reader's). A phrase offered as the section's topic (〜とは, 〜について) asks."""
    if reading.lang != "ja":
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    # a noun phrase ends at a comma (再発しやすいうつ病、薬をやめるのが…: うつ病 is the head)
    ends = {
        id(t) for t, n in zip(reading.tokens, reading.tokens[1:], strict=False) if n.surface_form in ("、", "，", ",")
    }
    for i in range(1, len(tokens)):
        token, before = tokens[i], tokens[i - 1]
        if token.pos == "形容詞" and _lemma(token) in ("やすい", "にくい") and before.pos == "動詞":
            if i + 1 == len(tokens) or tokens[i + 1].pos != "名詞":
                return True
            if _verb_of(tokens, i - 1) in _ILLNESS_EVENTS and _described_condition(tokens, i + 1, ends):
                return True
        if (
            _lemma(before) == "こと"
            and token.surface_form in ("が", "も")
            and i + 1 < len(tokens)
            and _lemma(tokens[i + 1]) in ("ある", "多い")
        ):
            return True
        if (
            _lemma(before) == "こと"
            and token.surface_form == "も"
            and i + 1 == len(tokens)
            and i > 1
            and tokens[i - 2].pos in ("動詞", "助動詞")
        ):
            return True  # 〜なくなることも: 〜ことがある with its verb left out, as titles put it
        if token.pos in ("名詞", "接頭詞") and token.pos_detail_1 not in _NOT_A_HEAD and _lemma(token) not in CONDITION:
            verb, first = _lemma(before), i - 1
            if before.pos == "動詞" and verb == "する" and i > 1:
                verb, first = _lemma(tokens[i - 2]), i - 2  # 悪化 + する
            circumstance = first > 0 and tokens[first - 1].surface_form in ("に", "で")
            plain = before.surface_form == before.basic_form
            if token.pos == "名詞" and before.pos == "動詞" and plain and verb in ONSET and circumstance:
                # (thirty-fourth session, from the reviews) only before a condition (入院中に出る食事 is a meal served),
                # not offered as a topic (手術後に起こる合併症について), nor under a circumstance of care (胃カメラで
                # 見つかる病気 names what the examination is for)
                if _described_condition(tokens, i, ends) and not _circumstance_of_care(tokens, first - 1):
                    return True
            if _course_before(tokens, i) and _described_condition(tokens, i, ends):
                return True
    return False


# (thirty-fourth session) the events of an illness: over 〜やすい they state a tendency (起こりやすい, 再発しやすい); the
# verbs of its course and spread, before a condition of health, say how it goes (_course_before)
_COURSE_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "course_verbs"))  # lint/data/claim-words.toml
_ILLNESS_EVENTS = _COURSE_VERBS | {"かかる", "なる"}
_FREQUENCY_ADJECTIVES = frozenset({"多い", "少ない"})
# what ends a relative clause's circumstance before its verb: a place, time or course (に, で, から, へ, とともに, につれて),
# a degree (ほど), a condition or a concession (と, ても, でも), a manner (て, まま, うちに)
_CLAUSE_CIRCUMSTANCES = (
    "に",
    "で",
    "から",
    "へ",
    "とともに",
    "と共に",
    "につれて",
    "につれ",
    "にしたがって",
    "に従って",
    "ほど",
    "と",
    "て",
    "ても",
    "でも",
    "まま",
    "にかけて",
    "うち",
)
# the last noun of a phrase that names a document, a step, a way or an item, not a condition (症状のチェック表, 治療の流れ)
_KIND_HEADS = tuple(table(WORDS, CLAIM_WORDS, "kind_heads"))  # lint/data/claim-words.toml
# a condition named by its general word, and the figures of one (寒い時期に増える脳卒中の月別件数: the clause states the finding)
_FIGURE_SUFFIXES = frozenset({"数", "率", "件数", "割合"})
_CONDITION_WORDS = frozenset(table(WORDS, CLAIM_WORDS, "condition_words"))  # lint/data/claim-words.toml


def _verb_of(tokens, k):
    """The lemma of the verb at ``k``, a verbal noun before する read as the verb (再発 + し → 再発)."""
    if _lemma(tokens[k]) == "する" and k > 0 and tokens[k - 1].pos == "名詞":
        return _lemma(tokens[k - 1])
    return _lemma(tokens[k])


def _course_before(tokens, i):
    """The words before ``tokens[i]`` end a relative clause of an illness's course in the plain present: a verb of
    course or spread (増える, 進む, うつる; 〜ている, 〜始める read through) or a frequency (多い, 多くなる), after a
    circumstance (年齢とともに, 放っておくと, 大人になってから) or an adverb (ゆっくり進行する)."""
    k = i - 1
    if _lemma(tokens[k]) in ("いる", "始める", "出す") and k > 0:
        k -= 1  # 増えて-いる, 増え-始める
        if tokens[k].surface_form in ("て", "で") and k > 0:
            k -= 1
    elif _lemma(tokens[k]) == "なる" and k > 0 and _lemma(tokens[k - 1]) in _FREQUENCY_ADJECTIVES:
        k -= 1  # 多く-なる
    word = tokens[k]
    if word.pos == "形容詞" and _lemma(word) in _FREQUENCY_ADJECTIVES:
        pass
    elif word.pos == "動詞" and _verb_of(tokens, k) in _COURSE_VERBS:
        if _lemma(word) == "する":
            k -= 1
    else:
        return False
    if k == 0:
        return False
    mark = tokens[k - 1]
    if _circumstance_of_care(tokens, k - 1):
        return False  # 胃カメラで見つかる病気, 当院で治療できる病気: the scope of a service, not an illness's course
    return mark.surface_form in _CLAUSE_CIRCUMSTANCES or mark.pos == "副詞" or _lemma(mark) == "うち"


# (thirty-fourth session, from the second review) a circumstance that is an examination, a treatment or the service
# (胃カメラで, 検査で, 治療中に, 当院で): a clause after it names what the service is for
_CARE_CIRCUMSTANCES = tuple(table(WORDS, CLAIM_WORDS, "care_circumstances"))  # lint/data/claim-words.toml


def _circumstance_of_care(tokens, mark):
    """The particle at ``mark`` (で, に) follows a word of care or of the service (検査で, 胃カメラで, 治療中に, 当院で)."""
    if mark <= 0 or tokens[mark].surface_form not in ("で", "に"):
        return False
    k = mark - 1
    if _lemma(tokens[k]) in ("中", "後", "前") and k > 0:
        k -= 1  # 治療中に, 手術後に
    word = _lemma(tokens[k])
    return tokens[k].pos == "名詞" and (word.endswith(_CARE_CIRCUMSTANCES) or _care_word(tokens, k))


def _described_condition(tokens, i, ends):
    """The noun phrase from ``tokens[i]``, which a relative clause describes, is a condition of health
    (_condition_head) stated about, not offered as the section's topic (_offered_as_topic): the one test of the
    three readings of a label's clause in _generalises."""
    return _condition_head(tokens, i, ends) and not _offered_as_topic(tokens, i)


def _offered_as_topic(tokens, i):
    """The noun phrase from ``tokens[i]`` is offered as the topic of what follows, a question left open (重症化しやすい
    赤ちゃんとは, 〜病気について): the heading names what the section answers."""
    k = i
    while k < len(tokens) and (tokens[k].pos in ("名詞", "接頭詞") or tokens[k].surface_form == "の"):
        k += 1
    rest = "".join(t.surface_form for t in tokens[k:])
    return rest.startswith(("とは", "って", "について", "に関して"))


def _condition_head(tokens, i, ends=frozenset()):
    """The noun phrase from ``tokens[i]`` (nouns joined by の, a prefix お/ご skipped) ends in a condition of health:
    a disease, a symptom or a risk (不整脈, 食道の病気, 食道がんのリスク); not a medicine, a treatment, a food, a
    document or a step (病院から出る薬, 入院中に出る食事, 症状のチェック表), nor a person (重症化しやすい赤ちゃん)."""
    k, last = i, None
    while k < len(tokens) and (
        tokens[k].pos in ("名詞", "接頭詞") or tokens[k].surface_form in ("の", "と", "や", "・")
    ):
        if tokens[k].pos == "名詞":
            last = k
        if id(tokens[k]) in ends:
            break
        k += 1
    if last is None:
        return False
    head = tokens[last]
    lemma = _lemma(head)
    if lemma in _CONDITION_WORDS:
        return True
    if lemma in _FIGURE_SUFFIXES and last > i:
        # a figure of a condition cut by the tokenizer (患者 + 数, 外来受診 + 数): what is counted decides
        return any(medical.medical_words([t]) for t in tokens[i:last])
    if lemma.endswith(_KIND_HEADS) or _care_word(tokens, last) or medical._names_who_or_where([head]):
        return False
    if lemma in IMAGINED_PEOPLE or head.surface_form in ("赤ちゃん", "妊婦", "子ども", "子供", "高齢者"):
        return False
    return bool(medical.medical_words([head]))


_SUBJECT_MARKS = ("が", "も", "は")
_ARGUMENT_MARKS = ("を", "に", "と", "が", "で")


JUDGEMENT_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "judgement_nouns"))  # lint/data/claim-words.toml


def _judged_condition(reading):
    """A label with a conditional clause that ends in a noun of judgement, its copula left out: 〜たら危険のサイン,
    〜なくなったら治療の目安, 〜塗れば十分 (a rule of care). 受診の目安 has no condition and names a section."""
    if reading.lang != "ja" or reading.predicate or not reading.condition:
        return False
    words = [t for t in reading.tokens if t.pos != "記号"]
    return bool(words) and words[-1].pos == "名詞" and _lemma(words[-1]) in JUDGEMENT_NOUNS


def _clipped_label_words(reading, least):
    """The words (no symbols) of a Japanese label with no predicate, at least ``least`` of them, that says something
    of health (a word of health by lint.analysis.medical); None otherwise. What _clipped_caution and _clipped_claim
    read."""
    if reading.lang != "ja" or reading.predicate:
        return None
    words = [t for t in reading.tokens if t.pos != "記号"]
    if len(words) < least or not medical.medical_words(reading.tokens):
        return None
    return words


def _clipped_te_heading(reading):
    """(eighth session, narrowed by the third review) A label that is a request with ください left out (〜に気をつけて,
    手洗いを徹底して) and says something of health. Not a verb of becoming, nor a verb of passing through or looking
    back ([reflective_verbs]: 治療を終えて, 10周年を迎えて, 乳がんと向き合って), with which a title tells a story."""
    words = _clipped_label_words(reading, 2)
    if words is None or not grammar.clipped_te_request(words):
        return False
    verb = _lemma(words[-2])
    return verb not in REFLECTIVE_VERBS and verb not in ("なる", "成る")


def _clipped_caution(reading):
    """(eighth session) A label that is a caution with its verb left out: 〜こそ要注意, 〜に注意, 要チェック (〜に注意
    してください, 〜は注意が必要です): a noun of caution after a particle of its object or focus, or with 要. A
    noun of caution after の names a section (服薬時の注意, 使用上の注意) and stays a label."""
    words = _clipped_label_words(reading, 2)
    if words is None:
        return False
    last, before = words[-1], words[-2]
    if _lemma(last) in CAUTION_NOUNS and last.surface_form.startswith("要"):
        return True  # 要注意, 要警戒 (one word to MeCab)
    if before.surface_form == "要" and before.pos == "接頭詞":
        return True  # 要 + チェック, 要 + 受診
    if _lemma(last) == "禁物":
        return True  # 油断禁物 (油断 + 禁物), 夜ふかしは禁物: forbidden, a caution whatever stands before it
    # after a particle of its object or focus; に + は is two words to MeCab (飲酒には注意)
    return _lemma(last) in CAUTION_NOUNS and before.pos == "助詞" and before.surface_form in ("に", "は", "こそ", "も")


def _clipped_report(reading):
    """(thirteenth session) A label that reports a statement with its verb of saying left as a noun: a clause
    quoted by と, then at most its speaker, then a noun of saying at the end (医師は早めの治療で治ると解説, 〜と専門家が
    指摘): the clause is the line's claim, as in 〜と解説しています."""
    words = _words(reading)
    if reading.lang != "ja" or len(words) < 4 or reading.predicate:
        return False
    last = words[-1]
    if last.pos != "名詞" or last.pos_detail_1 != "サ変接続":
        return False
    for i in range(len(words) - 2, 0, -1):
        t = words[i]
        if t.surface_form == "と" and t.pos == "助詞":
            between = words[i + 1 : -1]  # only the speaker: 専門家が
            return words[i - 1].pos in ("動詞", "形容詞", "助動詞") and all(
                w.pos == "名詞" or (w.pos == "助詞" and w.surface_form in ("が", "も")) for w in between
            )
    return False


_SHARE_ENDS = frozenset({"ほとんど", "大半", "大部分", "多く", "大多数", "一般", "普通", "通常"})


def _clipped_claim(reading):
    """A label that is a statement with its predicate left out, by its structure, and that says something of
    health (the second signal: a word of health by lint.analysis.medical):

    - a noun + に at the end, a subject or topic before it: 〜になる left out (…ストレスも発作の引き金に);
    - a noun + も at the end after a clause with a verb: 〜もいる left out (…してしまう人も);
    - a head that is itself a word of health, modified by a verb with 〜やすい / 〜にくい: a tendency of the
      head, not a kind picked out (…と見分けにくい皮膚炎; 床ずれができやすい場所 names a place);
    - a topic (〜は, not a time or a case) whose comment is a noun modified by a clause with its own
      argument (水分補給は脱水を防ぐ一番の手段): 〜です left out (妊娠中は飲めない薬 names a section).
    A relative clause alone before a head of health (がんに伴う門脈血栓症, 家庭でできる感染対策) names a
    kind and stays a label."""
    words = _clipped_label_words(reading, 3)
    if words is None:
        return False
    last, before = words[-1], words[-2]
    # (eighth session) a topic and its comment as "the case too" (においの異常は認知症のサインの場合も): 〜の場合もある left
    # out, a claim; without a topic (薬を飲み忘れた場合も) a case sets when
    # (a topic after a noun, or after a verb's 連用形 that MeCab leaves a verb: 手のふるえは, 声のかすれは)
    topic_marked = any(
        t.surface_form == "は"
        and t.pos == "助詞"
        and k
        and (
            words[k - 1].pos == "名詞" or words[k - 1].pos == "動詞" and words[k - 1].conjugated_form.startswith("連用")
        )
        for k, t in enumerate(words[:-2])
    )
    if (
        last.surface_form == "も"
        and _lemma(before) == "場合"
        and words[-3].surface_form == "の"
        and topic_marked
        # a time before の場合 sets when (飲み忘れは、翌日の場合も: from the review)
        and not (len(words) > 3 and (_lemma(words[-4]) in _TIME_HEADS or words[-4].pos_detail_1 == "副詞可能"))
    ):
        return True
    # (twenty-eighth session) a clause made a noun and its share (閉経後は症状が軽くなることがほとんど, 〜のが大半):
    # 〜です left out, a statement of how often
    if (
        _lemma(last) in _SHARE_ENDS
        and before.surface_form in ("が", "は")
        and len(words) > 2
        and _lemma(words[-3]) in ("こと", "の")
        and words[-3].pos == "名詞"
        and any(t.pos in ("動詞", "形容詞") for t in words[:-3])
    ):
        return True
    if _nominal_topic_of_health(words) or _presupposed_reason(words):
        return True
    if _lemma(before) in CONDITION or _lemma(before) in _TIME_HEADS:
        return False  # 子どもが熱を出したときに, 薬を飲み忘れた場合も: a time or a case sets when, it states nothing
    if (
        last.pos == "名詞"
        and last.pos_detail_1 == "形容動詞語幹"
        and topic_marked
        and any(t.pos == "動詞" and t.pos_detail_1 == "自立" for t in words[:-1])
    ):
        # (eighth session) a topic, a clause and an adjectival noun, だ left out: ほとんどの子は手術をしなくて大丈夫
        # (手術の日程は柔軟, with no clause, names a feature of the service)
        return True
    if last.pos == "助詞" and before.pos == "名詞" and last.surface_form == "に":
        if _lemma(before) == "ため":
            return False  # (twenty-ninth session) 介護する人が休むために: a purpose, what the section is for
        return any(t.surface_form in _SUBJECT_MARKS and t.pos == "助詞" for t in words[:-2])
    if last.pos == "助詞" and before.pos == "名詞" and last.surface_form == "も":
        return any(t.pos == "動詞" and t.pos_detail_1 == "自立" for t in words[:-2])
    if last.pos != "名詞":
        return False
    head = len(words) - 1
    while head > 0 and words[head - 1].pos in ("名詞", "接頭詞"):
        head -= 1
    if _lemma(words[head]) in CONDITION:
        return False  # …ときの: a time or a case
    of_health = bool(medical.medical_words(words[head:]))  # not 床ずれができやすい場所: a place
    # back over the head's other modifiers (全身の, 一番の) to the clause, not past a time or a case (…ときの)
    i = head - 1
    while i >= 0 and (words[i].pos in ("名詞", "接頭詞") or words[i].surface_form in ("の", "な")):
        if _lemma(words[i]) in CONDITION or _lemma(words[i]) in _TIME_HEADS:
            return False
        i -= 1
    if i >= 0 and words[i].pos == "形容詞" and _lemma(words[i]) in ("やすい", "にくい"):
        return of_health and ((i > 0 and words[i - 1].pos == "動詞") or (i > 1 and words[i - 2].pos == "動詞"))
    if head == len(words) - 1 and _lemma(words[head]) in DEPICTION_HEADS:
        return _depicts_health(words[:head])
    while i >= 0 and (words[i].pos == "助動詞" or words[i].pos_detail_1 in ("接尾", "非自立")):
        i -= 1
    if i < 1 or words[i].pos != "動詞" or words[i].pos_detail_1 != "自立":
        return False
    argued = words[i - 1].pos == "助詞" and words[i - 1].surface_form in _ARGUMENT_MARKS
    topic = [
        k
        for k, t in enumerate(words[: i - 1])
        if t.surface_form == "は" and t.pos == "助詞" and k > 0 and words[k - 1].pos == "名詞"
    ]
    return (
        argued
        and bool(topic)
        and words[topic[0] - 1].pos_detail_1 not in _NOT_A_HEAD
        and _lemma(words[topic[0] - 1]) not in _TIME_HEADS
    )


_REASON_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "reason_heads"))  # lint/data/claim-words.toml


def _nominal_topic_of_health(words):
    """(twenty-ninth session) A clause made a noun as the topic (〜のも, 〜のは) and a noun phrase of health as its
    comment, です left out: 怒りっぽくなるのも病気の症状のひとつ. (薬を飲むのは食後 has no word of health after it.)"""
    for k in range(1, len(words) - 2):
        if (
            words[k].pos == "名詞"
            and words[k].pos_detail_1 == "非自立"
            and _lemma(words[k]) in ("の", "こと")
            and words[k + 1].pos == "助詞"
            and words[k + 1].surface_form in ("も", "は")
            and words[k - 1].pos in ("動詞", "助動詞", "形容詞")
        ):
            comment = words[k + 2 :]
            return (
                comment[-1].pos == "名詞"
                and not any(t.pos == "動詞" for t in comment)
                and bool(medical.medical_words(comment))
            )
    return False


def _presupposed_reason(words):
    """(twenty-ninth session) A reason or a mechanism named by the clause it explains, a subject acting on an object
    (座りっぱなしが痛みを悪化させる理由): the heading takes the clause as fact. 痛みが出る理由 (no object) names a question."""
    if _lemma(words[-1]) not in _REASON_HEADS:
        return False
    clause = words[:-1]
    marked = {t.surface_form for t in clause if t.pos == "助詞" and t.pos_detail_1 == "格助詞"}
    return (
        {"が", "を"} <= marked
        and bool(clause)
        and clause[-1].pos in ("動詞", "助動詞")
        and bool(medical.medical_words(clause))
    )


DEPICTION_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "depiction_heads"))  # lint/data/claim-words.toml


def _depicts_health(clause):
    """The clause before a caption's head of depiction (…様子) has a subject marked が that is itself of health and a
    verb after it: 厚くなった筋肉が出口をふさいでいる (how the disease is). 子どもが薬を飲んでいる names the picture."""
    marks = [k for k, t in enumerate(clause) if t.surface_form == "が" and t.pos == "助詞" and k > 0]
    if not marks or not any(t.pos == "動詞" for t in clause[marks[-1] :]):
        return False
    k = marks[-1] - 1
    start = k
    while start > 0 and clause[start - 1].pos in ("名詞", "接頭詞"):
        start -= 1
    return clause[k].pos == "名詞" and bool(medical.medical_words(clause[start : k + 1]))


def _header_predicates(header):
    """A column header that predicates something of each cell below it: a prohibition or advice
    (してはいけないこと, 避けたい食品), a verb with 〜やすい / 〜にくい before
    the noun it describes (起こりやすい方, なりやすい年齢, 治りにくい例), or a use negated before it
    (使えない方, 服用できない人). Its cells (高齢の方, 妊娠中の方) name who or what the claim is about."""
    if not header or not _has_letters(header):
        return False
    reading = grammar.read(header)
    if reading.lang != "ja":
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    if not tokens or tokens[-1].pos != "名詞":
        return False
    if PROHIBITION.search(header) or ADVICE.search(header):
        # the header forbids or advises (してはいけないこと, 避けたい食べ物, してもよい運動): each cell below is
        # what is forbidden or advised, a rule of care
        return True
    before = tokens[:-1]
    for i in range(1, len(before)):
        if before[i].pos == "形容詞" and _lemma(before[i]) in ("やすい", "にくい") and before[i - 1].pos == "動詞":
            return True
    # a relative clause of effect before the head noun (悪化させる習慣, 症状を和らげる食品): each cell is what has
    # that effect
    if before and before[-1].pos == "動詞" and {_lemma(t) for t in before} & (EFFECT_WORDS | SIGN_NOUNS):
        return True
    # a kind of claim with its modifier (再発のきっかけ, 発作に伴う症状, 日常生活のポイント): each cell is one
    if _lemma(tokens[-1]) in HEADER_KINDS and len(before) > 1:
        if before[-1].surface_form == "の" or (
            before[-1].pos == "動詞" and before[-1].surface_form == before[-1].basic_form
        ):
            return True
    negated = any(t.basic_form in ("ない", "ぬ", "ん") and t.pos == "助動詞" for t in before[-3:])
    return negated and any(_lemma(t) in USE_HEADS for t in before)


REMEDY_HEADERS = frozenset(table(WORDS, CLAIM_WORDS, "remedy_headers"))  # lint/data/claim-words.toml


def _header_relation(header, row, headers=None, label=""):
    """A header-relation cell: a bare kind of claim as the column's header (合併症, 原因, 危険因子, 副作用) is the
    relation each cell below completes (合併症 over 白内障 says "cataract is a complication"), as a neutral header
    (項目, 内容, 名前) is not. It is the row's predicate only when no other cell of the row predicates the cell
    (症状 | 特徴 over 嘔吐 | 初期からみられます{cite}: the row's claim, and its citation, are in the second cell); a
    cell under a header of what to do about the row (remedy_headers: 対策, 治療) predicates nothing of it unless it is
    cited (its source then covers the label the row is about)."""
    if not header or not grammar.is_japanese(header):
        return False
    tokens = [t for t in grammar.read(header).tokens if t.pos != "記号"]
    # one compound noun (危険+因子 is one header word)
    if (
        not tokens
        or any(t.pos != "名詞" for t in tokens)
        or "".join(t.surface_form for t in tokens) not in HEADER_KINDS
    ):
        return False
    for cell in row:
        if cell.cell[2]:
            continue
        if (headers or {}).get(cell.cell[1], "").strip() in REMEDY_HEADERS:
            # what to do about the row (対策, 治療) predicates nothing of its first cell; but a cited remedy that
            # names what the label names (発熱 | 解熱剤を使います{cite}: 熱) is the row's claim, its source about the
            # label; a remedy of something else (原因 | 対策 over しびれ | 休憩をとる{cite}) leaves the relation a claim
            if not (any(is_cite_role(role.name) for role in cell.roles) and _names_the_label(label, cell.plain)):
                continue
        for sentence in split_sentences(cell.plain):
            reading = grammar.read(sentence.text)
            if reading.predicate and reading.finite:
                return False
    return True


def _names_the_label(label, text):
    """The text names what the label names: the label whole (吐き気 in 吐き気止め) or a kanji of health of it (熱 of
    発熱 in 解熱剤)."""
    label = label.strip()
    if not label:
        return False
    return label in text or any(ch in medical.MEDICAL_KANJI and ch in text for ch in label)


def _table_rows(units):
    """id(unit) -> the cells of its table row (itself included: see _row_others). One list a row, shared by its
    cells: a row of k cells costs k, not k² (a hostile row of 20,000 cells)."""
    rows, current, key = {}, [], None
    for unit in list(units) + [None]:
        cell_key = (unit.table, unit.cell[0]) if unit is not None and unit.cell else None
        if cell_key != key:
            for member in current:
                rows[id(member)] = current
            current = []
        key = cell_key
        if unit is not None and unit.cell:
            current.append(unit)
    return rows


def _row_others(rows, unit):
    """The other cells of the unit's table row."""
    return [other for other in rows.get(id(unit), ()) if other is not unit]


def _title_phrase(reading):
    """A title in the plain form without a subject or topic: 門脈血栓症とともに生きる, 薬を正しく使う.

    A heading, title, caption or label states something when its predicate is polite
    (〜です, 〜ます) or has a subject or topic (〜は, 〜が): 運動すると血糖値は下がる.
    """
    if reading.lang != "ja" or reading.mood != "statement":
        return False
    if any(t.basic_form in ("です", "ます") and t.pos == "助動詞" for t in reading.tokens):
        return False
    if any(t.pos_detail_1 == "接続助詞" and t.basic_form in ("と", "ば", "たら") for t in reading.tokens[:-2]):
        return False  # a condition makes a generalisation: 我慢すると炎症になりやすい
    if reading.condition and not (reading.head in REFERRAL_HEADS and not _care_seeking(reading.text, reading)):
        # or a rule of care, its request left out: 熱が出たら、まず冷やす (〜たら as 助動詞 too); a referral
        # under a question or a doubt stays a title (迷ったら、かかりつけ医に相談する)
        return False
    if _plain_prohibition(reading.tokens):
        return False  # a prohibition in the plain form: 傷口をこすらない, 自己判断で薬をやめない
    if _gives_a_reason(reading.tokens):
        return False  # a title gives no reason: 腫瘍だけを切り取るため、腎臓の働きを残せる states one
    # a subject or a topic (は, が; も after a noun with a verb of occurring or being: 大人になってから始まる
    # 吃音もある; not 薬の飲み方も確認する, an instruction's object) makes a statement
    occurs = reading.head in _OCCURRING_HEADS or (
        # (eighth session) many or few of a kind a clause picks out: 保湿だけで目立たなくなる人も多い (not 待ち時間も少ない)
        reading.head in ("多い", "少ない")
        and any(t.pos == "動詞" and t.pos_detail_1 == "自立" for t in reading.tokens[:-1])
        # of health or of a change (初めて来院する人も多い names the readers: from the review; 目立たなくなる is a change)
        and bool(medical.medical_words(reading.tokens) or any(t.basic_form == "なる" for t in reading.tokens))
    )
    return not any(
        t.pos == "助詞"
        and (
            (t.surface_form in ("は", "が") and t.pos_detail_1 in ("係助詞", "格助詞"))
            or (
                occurs
                and t.surface_form == "も"
                and t.pos_detail_1 == "係助詞"
                and i
                and reading.tokens[i - 1].pos == "名詞"
            )
        )
        for i, t in enumerate(reading.tokens)
    )


_OCCURRING_HEADS = {
    "ある",
    "いる",
    "起こる",
    "起きる",
    "なる",
    "出る",
    "現れる",
    "始まる",
    "発症",
    "みられる",
    "見られる",
}


def _gives_a_reason(tokens):
    """A clause of reason before a comma: 〜ため、, 〜ので、, 〜から、 (a cause or a purpose stated)."""
    for i in range(1, len(tokens) - 1):
        if tokens[i + 1].surface_form not in ("、", "，", ","):
            continue
        token = tokens[i]
        if token.surface_form == "ため" and token.pos == "名詞":
            return True
        if token.pos_detail_1 == "接続助詞" and token.surface_form in ("ので", "から"):
            return True
    return False


def _plain_prohibition(tokens):
    """The predicate is an action verb in the plain negative (やめない, 吸い出さない): in a title, a list of
    dos and don'ts or a first-column cell it forbids, when it acts on an object (〜を). Verbs of a state, an
    ability or a perception (わからない, 眠れない, 見えない) and the passive (〜られない) describe a state."""
    words = [t for t in tokens if t.pos != "記号"]
    if len(words) < 2:
        return False
    verb, last = words[-2], words[-1]
    return (
        last.pos == "助動詞"
        and last.basic_form == "ない"
        and last.conjugated_form.startswith("基本形")
        and verb.pos == "動詞"  # 冷やしすぎない: an auxiliary verb of degree is the action's; 〜ていない (いる) a state
        and verb.basic_form not in grammar.STATE_VERBS
        # an action on an object (〜を): a potential verb takes no を (眠れない, 歩けない stay labels of a state)
        and any(t.surface_form == "を" and t.pos == "助詞" for t in words[:-2])
    )


_REFERENCE_RE = re.compile(
    r"第\s*[0-9０-９一二三四五六七八九十]+\s*(?:章|節|部|項)|(?:図|表)\s*[0-9０-９]+"
    r"|\b(?:Fig\.|Figs\.|Figure|Table|Sect\.|Section|Chapter|p\.|pp\.|Part)\s*\d+"
)


def _masked_references(text):
    return _REFERENCE_RE.sub("", text)


# a label before a term's reading (読み方【…】, よみ：…) and the brackets around it
_READING_LABEL_RE = re.compile(r"^\s*(?:読み方|読みかた|よみかた|読み|よみ|ふりがな|フリガナ)\s*[:：]?\s*")
_READING_MARKS_RE = re.compile(r"[\s【】\[\]（）()「」〔〕・]")
_KANA_LINE_RE = re.compile(r"^[\u3041-\u3096\u30a1-\u30faー]{3,}$")
_UNREAD = "[\u3041-\u3096ー]"


# single digits and letters as Japanese read them out (1型 いちがた, B型 びーがた)
_SPELLED = {
    **dict(
        zip(
            "0123456789",
            (
                "ぜろ|れい",
                "いち|いっ|わん",
                "に|つー",
                "さん",
                "よん|し",
                "ご",
                "ろく",
                "なな|しち",
                "はち|はっ",
                "きゅう|く",
            ),
            strict=True,
        )
    ),
    **dict(
        zip(
            "abcdefghijklmnopqrstuvwxyz",
            (
                "えー|えい",
                "びー",
                "しー",
                "でぃー|でー",
                "いー",
                "えふ",
                "じー",
                "えいち|えっち",
                "あい",
                "じぇー|じぇい",
                "けー|けい",
                "える",
                "えむ",
                "えぬ",
                "おー",
                "ぴー",
                "きゅー",
                "あーる",
                "えす",
                "てぃー|てー",
                "ゆー",
                "ぶい|ぶいー",
                "だぶりゅー|だぶる",
                "えっくす",
                "わい",
                "ぜっと|ずぃー",
            ),
            strict=True,
        )
    ),
}


def _reads_a_term(unit, units):
    """(sixteenth session) The unit is a line in kana only (after a label such as 読み方 and its brackets) that reads a
    term written in kanji in another unit of the page (敗血症 / はいけつしょう): a reading, no statement. The term is
    a unit's first words, read by MeCab; a word MeCab cannot read may be any one to three kana a character."""
    core = _READING_MARKS_RE.sub("", _READING_LABEL_RE.sub("", unit.plain))
    if not _KANA_LINE_RE.match(core) or "\n" in unit.plain.strip():
        return False
    key = fold_kana(core)
    return any(other is not unit and _term_read_as(other.plain, key) for other in units)


def _term_read_as(text, key):
    """Whether the first words of ``text`` (up to 30 characters: a term, a heading) read as ``key`` (hiragana)."""
    text = text.strip()[:30]
    if not text or _KANA_LINE_RE.match(_READING_MARKS_RE.sub("", text)):
        return False  # another kana line reads nothing
    pattern, kanji = "", False
    for token in grammar.read(text).tokens:
        if token.pos not in ("名詞", "接頭詞"):
            break  # the term is the first run of nouns (多発性嚢胞腎 of 多発性嚢胞腎とは??)
        surface = token.surface_form
        kanji = kanji or any(map(is_kanji_char, surface))
        if token.reading not in ("*", ""):
            pattern += re.escape(fold_kana(token.reading))
        elif _KANA_LINE_RE.match(surface + "ーー"):
            pattern += re.escape(fold_kana(surface))
        elif all(map(is_kanji_char, surface)):
            pattern += f"{_UNREAD}{{{len(surface)},{3 * len(surface)}}}"  # kanji MeCab cannot read (耐症)
        elif len(surface) == 1 and surface.lower() in _SPELLED:
            pattern += (
                f"(?:{_SPELLED[surface.lower()]})"  # (from the second review) 1型, B型: a digit or a letter read out
            )
        else:
            return False  # a word of letters or digits (MRI, 12) has no fixed reading in kana
    # a reading glosses the whole term, and a term with kanji (ジョギング is no reading of ジョギングと坂道ダッシュ; from the
    # review: がんのけんさ is no reading of MRI検査, nor てあらいでかぜを… of 手洗い)
    return kanji and bool(pattern) and bool(re.fullmatch(pattern, key))


def classify(page, ctx):
    """Every sentence of a page with its status: cited, exempt or uncited.

    The answer is kept on the page for its settings: CIT001, EVD rules and the run's sentence
    statistics each ask for the same page (the analysis of every sentence is most of a run's time).
    """
    config = settings(ctx)
    key = (config.scope, tuple(config.words), tuple((p.pattern, p.flags) for p in config.patterns))
    kept = page.__dict__.get("_claims_classified")
    if kept is not None and kept[0] == key:
        return list(kept[1])
    checks = _classify(page, config)
    page.__dict__["_claims_classified"] = (key, checks)
    return list(checks)


def _classify(page, config):
    cited_blocks = {u.block_id for u in page.units if any(is_cite_role(r.name) for r in u.roles)}
    # footnotes whose definition carries a citation: a sentence referencing one is cited
    cited_notes = {u.footnote for u in page.units if u.footnote and any(is_cite_role(r.name) for r in u.roles)}
    # footnotes that are a reference themselves (日本〇〇学会「〜ガイドライン」.): they cite too
    source_notes = {u.footnote for u in page.units if u.footnote and source_note(u)}
    cited_notes |= source_notes
    checks = []
    lead_reasons = {}  # the text of each block outside lists -> the reason its last sentence got (see _outline_item)
    headers = {}  # column -> header text of the table being read
    rows = _table_rows(page.units)
    table = 0
    for unit in page.units:
        if not unit.cell or unit.table != table:
            headers = {}  # a new table (two tables in a row share no headers)
        table = unit.table if unit.cell else 0
        if unit.cell and unit.cell[2]:
            headers[unit.cell[1]] = unit.plain
        sentences = split_sentences(unit.plain)
        if _reads_a_term(unit, page.units):
            checks += [SentenceCheck(unit, sentence, "exempt", "reading", False) for sentence in sentences]
            continue
        if unit.footnote in source_notes:
            checks += [SentenceCheck(unit, sentence, "exempt", "source-note", False) for sentence in sentences]
            continue
        if not unit.roles and _numbered_contents(unit.plain, listed=unit.kind == "list-item"):
            # (fortieth session) a line of numbered contents, read whole (its items' full stops are no sentences' ends)
            checks += [SentenceCheck(unit, sentence, "exempt", "navigation", False) for sentence in sentences]
            continue
        owned = set()
        starts = [sentence.start for sentence in sentences]
        for offset in _role_offsets(unit)[0] if sentences else ():
            owned.add(_owner(sentences, offset, starts))
        for label, offset in unit.footnote_refs:
            if label in cited_notes and sentences:
                owned.add(_owner(sentences, offset, starts))
        # a source in words ((Tanaka et al., 2021), （田中ら、2021）) cites its sentence; CIT005 asks for refs.bib
        # (from the review) the sentence the source stands in, not the one before it: a source in words often opens
        # its sentence (田中ら（2021）は…), where a role right after 。 closes the sentence before
        for offset, _ in unit_sources(unit) if sentences else ():
            owned.add(max(0, bisect.bisect_right(starts, offset) - 1))
        for i, sentence in enumerate(sentences):
            own = i in owned
            check = _check(unit, sentence, own, config, cited_blocks, sentences[i - 1].text if i else "")
            header = headers.get(unit.cell[1], "") if unit.cell else ""
            if check.reason == "label-column" and (
                _header_predicates(header) or _header_relation(header, _row_others(rows, unit), headers, unit.plain)
            ):
                # 起こりやすい方 over 高齢の方: the header's predicate makes each cell of its column a claim
                check = SentenceCheck(unit, sentence, "cited" if own else "uncited", "claim", own)
            if (
                check.status == "uncited"
                and check.reason == "claim"
                and _outline_item(unit, sentence, lead_reasons, config.words)
            ):
                check = SentenceCheck(unit, sentence, "exempt", "list-label", own)
            if unit.kind != "list-item" and not unit.cell:
                lead_reasons[unit.plain] = check.reason
            checks.append(check)
            if check.reason in _LABELS:
                continue  # a label's aside is part of the label
            for aside, close in _inner_asides(sentence):
                # an uncited sentence is reported at its start; an aside that says something of its own
                # (痛み止めも使えます（胃潰瘍のある方は服用できません）。) is a second claim, reported where it stands
                # a citation inside the aside or right after its closing bracket is the aside's own
                aside_own = any(
                    is_cite_role(role.name) and aside.start <= role.plain_offset <= close + 1 for role in unit.roles
                )
                aside_check = _check(unit, aside, aside_own, config, cited_blocks)
                # a citation right before an aside that closes the sentence (…難聴です{cite}（…戻りません）。) stands
                # at the sentence's end and covers a plain statement there, as the explicit block scope would; like
                # that scope it never covers a number, a contraindication, a recommendation or an instruction
                # (…使えます{cite}（妊娠中の方は使用禁止）。 needs its own). An aside in the middle is read on its own
                closes = not unit.plain[close + 1 : sentence.end].strip("。．.！!？? 　\n")
                if (
                    aside_check.status == "uncited"
                    and aside_check.reason == "claim"
                    and closes
                    and any(is_cite_role(role.name) and role.plain_offset == aside.start - 1 for role in unit.roles)
                ):
                    continue
                if aside_check.status == "uncited":
                    checks.append(aside_check)
            if own:
                tail = _clause_after_citation(unit, sentence)
                if tail is not None:
                    # a citation covers the clause it follows: a claim after it in the same sentence
                    # (…多い病気ですが{cite}、大人もかかることがあり…といわれます。) needs its own
                    tail_check = _check(unit, tail, False, config, cited_blocks)
                    if tail_check.status == "uncited":
                        # its finding says why the citation before it does not cover it
                        tail_check.after_citation = True
                        checks.append(tail_check)
    return _lead_without_list(page, checks, config)


def _outline_item(unit, sentence, lead_reasons, words=()):
    """(thirteenth session) A bare item of a list that the page presents as its own outline: the lead right before
    the list is the writer presenting what follows and naming the text (この記事では、以下の内容を解説します) or a
    heading that names the text (この記事でわかること), and the item is a title that ends in a noun with no predicate
    (なりやすい人の特徴, 年齢による影響, 診断と治療): a topic the page covers, not a statement. Under any other lead the
    item stays a claim (see "list-label"), and so does an item that is a clipped statement by the heading tests
    (抗生物質はかぜに無効, 乳児へのはちみつは禁止: from the review)."""
    if unit.kind != "list-item" or unit.list_lead is None:
        return False
    reason = lead_reasons.get(unit.list_lead)
    if reason not in ("page-discourse", "label"):
        return False
    lead_text = split_sentences(unit.list_lead)[-1].text
    lead = grammar.read(lead_text)
    if not _mentions_the_text(lead):
        return False  # (from the review) 主な副作用を以下にまとめました presents a list of side effects, not the page
    # (from the second review) what is presented is the page's content, not a kind of health (この記事では、飲んでは
    # いけない方を以下にまとめました; ## 本記事で取り上げる、乳児に与えてはいけない食品)
    if reason == "page-discourse" and not _OUTLINE_POINTER_RE.search(lead_text):
        return False
    if reason == "label" and not lead_text.rstrip("：:　 ").endswith(_OUTLINE_NOUNS):
        return False
    text = _unfaced(sentence.text)
    lower = text.lower()
    item = grammar.read(text)
    item_words = _words(item)
    return (
        item.lang == "ja"
        and not item.predicate
        and bool(item_words)
        and item_words[-1].pos == "名詞"
        # (from the second review) only particles that join nouns: 乳児にはちみつ厳禁, 授乳中も…可, 高血圧放置で…危険
        # are clipped statements
        and all(t.surface_form in _OUTLINE_PARTICLES for t in item_words if t.pos == "助詞")
        and not (PROHIBITION.search(lower) or ADVICE.search(lower) or any(w and w in text for w in words))
        and not _names_effect_or_sign(item)
        and _label_holds("label", text, lower, item, [], words)
    )


# what an outline presents: the page's content, its points, its questions
_OUTLINE_NOUNS = ("内容", "こと", "点", "ポイント", "項目", "テーマ", "トピック", "話題", "目次", "質問")
_OUTLINE_POINTER_RE = re.compile(r"(?:以下|次|下記)の(?:" + "|".join(_OUTLINE_NOUNS) + ")")
_OUTLINE_PARTICLES = frozenset(("の", "や", "と", "による", "について", "とは", "など", "および", "及び"))


def _lead_without_list(page, checks, config):
    """(from the reviews) A pointing lead-in (主な症状は次のとおりです) states nothing only if what follows it states
    something: a list or a table right after its paragraph with at least one item or cell read as a statement. Before
    a heading or a paragraph, or before a list of links only (all navigation), it is read as what it says (a request
    as an instruction: 次のような場合はすぐに受診してください)."""
    units = page.units
    position = {id(u): k for k, u in enumerate(units)}
    statuses = {}
    for check in checks:
        statuses.setdefault(id(check.unit), []).append(check.status)
    for k, check in enumerate(checks):
        if check.reason != "lead-in" or check.unit.kind == "list-item" or not _POINTER_RE.search(check.sentence.text):
            continue
        start = position.get(id(check.unit), len(units)) + 1
        following = []
        for unit in units[start:]:
            if not (unit.kind == "list-item" or unit.cell):
                break
            following.append(unit)
        if not any(status != "exempt" for unit in following for status in statuses.get(id(unit), ())):
            status = "cited" if check.own else "uncited"
            need, trigger = _need(check.sentence.text, config.words, config.patterns)
            checks[k] = SentenceCheck(check.unit, check.sentence, status, need, check.own, trigger)
    return checks


_POINTER_RE = re.compile("(?:" + "|".join(sorted(_AHEAD_POINTERS)) + ")の")


_CLAUSE_JOINS = "、，,；; 　"


def _ends_a_clause(text):
    """The text ends in a predicate, bare or with a conjunctive particle (多い病気ですが, 増えており, is common,)."""
    if not grammar.is_japanese(text):
        return bool(set(re.findall(r"[a-z']+", text.lower())) & grammar.ENGLISH_AUXILIARIES)  # X is common{cite},
    words = [t for t in grammar.read(text).tokens if t.pos != "記号"]
    while words and words[-1].pos == "助詞" and words[-1].pos_detail_1 == "接続助詞":
        words = words[:-1]
    return bool(words) and words[-1].pos in ("動詞", "形容詞", "助動詞")


def _ends_in_a_condition(text):
    """(fortieth session) The text ends in the condition of an act: a verb with と, ば or たら after it (加えると, 続ければ,
    飲んだら). From a review: not a premise about the evidence or a state (高血圧だとすると, この研究が正しければ), not a
    list of cases (〜もあれば), and never an adjective's or the copula's condition."""
    if not grammar.is_japanese(text):
        return False
    words = [t for t in grammar.read(text).tokens if t.pos != "記号"]
    if len(words) < 3:
        return False
    last, before = words[-1], words[-2]
    if last.pos == "助動詞" and last.surface_form in ("たら", "だら"):
        verb_at = len(words) - 2
    elif last.pos == "助詞" and last.pos_detail_1 == "接続助詞" and last.surface_form in ("と", "ば"):
        verb_at = len(words) - 2
    else:
        return False
    while verb_at > 0 and words[verb_at].pos == "助動詞":
        verb_at -= 1  # 飲んだら, 続けられれば: the verb before the auxiliaries
    verb = words[verb_at]
    if verb.pos != "動詞" or verb.pos_detail_1 != "自立" or before.pos == "形容詞":
        return False
    if _lemma(verb) == "する" and verb_at > 0 and words[verb_at - 1].surface_form == "と":
        return False  # 〜だとすると, 〜とすれば: a premise
    if any(w.surface_form == "も" for w in words[max(0, verb_at - 2) : verb_at]):
        return False  # 〜もあれば…も, 〜にもなれば…にも: one case of a list
    return True


# the words of a frame of report or knowledge after a clause (〜ことが知られています, 〜とされています, 〜という報告があり
# ます, 〜と考えられています): a claim's source said in words, nothing of its own
_FRAME_WORDS = frozenset(
    (
        "こと",
        "の",
        "もの",
        "よう",
        "と",
        "という",
        "とされる",
        "報告",
        "指摘",
        "見方",
        "考え",
        "説",
        "知る",
        "する",
        "言う",
        "いう",
        "考える",
        "示す",
        "示唆",
        "わかる",
        "分かる",
        "明らか",
        "確認",
        "認める",
        "推定",
        "推測",
        "見る",
        "思う",
        "ある",
        "いる",
        "れる",
        "られる",
        "なる",
        "です",
        "だ",
        "ます",
        "た",
        "ない",
        "ん",
    )
)


def _continues_the_clause(tail, between):
    """(fortieth session) The citation stands inside a clause whose frame follows it: no comma between, and the tail is
    only a frame of report or knowledge (ことが知られています, とされています, という報告があります), no clause boundary
    and no word of its own. From a review: a tail that opens with こと or の and goes on (ことから、…3倍; のに対し、…;
    とされる一方、…) holds a claim of its own and is read."""
    if any(mark in between for mark in "、，,；;") or any(mark in tail for mark in "、，,；;"):
        return False
    if not grammar.is_japanese(tail):
        return False
    tokens = [t for t in grammar.read(tail).tokens if t.pos != "記号"]
    if not tokens or not (
        (tokens[0].pos == "名詞" and tokens[0].pos_detail_1 == "非自立")
        or (tokens[0].pos == "助詞" and tokens[0].pos_detail_1 in ("格助詞", "係助詞"))
    ):
        return False
    return all(t.pos == "助詞" or _lemma(t) in _FRAME_WORDS or t.surface_form in _FRAME_WORDS for t in tokens)


_SAYING_VERBS = frozenset(("言う", "いう", "する", "考える", "思う", "呼ぶ", "報告", "示す"))


def _saying_opens(tail):
    """The tail opens with a verb of saying or thinking: the と before the citation quotes (…多いと{cite}、言われて…)."""
    tokens = [t for t in grammar.read(tail).tokens if t.pos != "記号"]
    return bool(tokens) and _lemma(tokens[0]) in _SAYING_VERBS


# nouns that join a clause to the next as a conjunction does (骨折しやすいうえ、; 増える一方、; 減るため、)
_JOINING_NOUNS = ("うえ", "上", "一方", "ほか", "他", "ため", "反面", "半面", "結果", "ばかりか", "だけでなく")


def _after_the_first_clause(tail):
    """The text after the tail's first clause when another follows it (…減り、副作用も少なくなります: 副作用も…), else
    None: a comma after a predicate or a conjunctive particle ends a clause."""
    for at, mark in enumerate(tail):
        if mark in "、，," and (_ends_a_clause(tail[:at]) or tail[:at].endswith(_JOINING_NOUNS)):
            rest = tail[at + 1 :].lstrip()
            return rest if _has_letters(rest) else None
    return None


def _clause_after_citation(unit, sentence):
    """The clause after the sentence's last citation, when the citation stands mid-sentence and a clause with a
    finite predicate follows it (…ですが{cite}、大人もかかることがあります。), as a sentence; else None."""
    offsets = _offsets_in(_role_offsets(unit)[0], sentence.start, sentence.end)
    if not offsets:
        return None
    start = max(offsets)
    while start < sentence.end and unit.plain[start] in _CLAUSE_JOINS:
        start += 1
    if start == max(offsets):
        return None  # no comma after the citation: it closes the sentence (…です{cite}。) or sits in a word
    before = unit.plain[sentence.start : max(offsets)]
    if not _ends_a_clause(before):
        return None  # the citation follows a phrase, not a clause (軽い憩室炎の多くは{cite}、…治ります): it cites the sentence
    text = unit.plain[start : sentence.end]
    if not _has_letters(text):
        return None
    if _continues_the_clause(text, unit.plain[max(offsets) : start]):
        # (fortieth session) the citation stands inside a clause that goes on (女性に多い{cite} ことが知られています): what
        # follows is the frame of the cited clause, not a clause of its own
        return None
    if _ends_in_a_condition(before) and not _saying_opens(text):
        # (fortieth session) a condition states nothing alone (コルヒチンを加えると{cite}、再発が減ることが示されています):
        # the citation supports the conditional proposition, its consequence's clause; a clause after that is read on
        # its own (…減り、副作用も少なくなります)
        rest = _after_the_first_clause(text)
        if rest is None:
            return None
        start += len(text) - len(rest)
        text = rest
    reading = grammar.read(text)
    if not (reading.predicate and reading.finite):
        return None
    return type(sentence)(start, sentence.end, text, sentence.terminated)


# A reference in words: a URL or a DOI, or a title in quotes with an issuer, an editor or a year beside it
# (日本〇〇学会「〜ガイドライン」, 〇〇 編『〜』, "Title" 2021, Smith et al.); a quoted term alone
# (「HbA1c」：過去1〜2か月の血糖の平均) is a gloss, not a source.
_SOURCE_LINK = re.compile(r"https?://|\bdoi\b", re.IGNORECASE)
_SOURCE_TITLE = re.compile(r"「[^」]+」|『[^』]+』|“[^”]+”|\"[^\"]+\"")
_SOURCE_ISSUER = re.compile(
    r"学会|協会|医会|省|庁|機構|研究所|センター|出版|編|著|監修|\b(?:19|20)\d{2}\b|\bet al\b|\b(?:eds?|press)\b",
    re.IGNORECASE,
)


SOURCE_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "source_verbs"))  # lint/data/claim-words.toml
EVIDENCE_NOUNS = tuple(table(WORDS, CLAIM_WORDS, "evidence_nouns"))  # lint/data/claim-words.toml


def source_note(unit):
    """A footnote definition that gives its source in words: a reference (_names_a_source) or, with no citation role, a
    source in the author–year form ([^1]: Tanaka et al. (2021).). It cites the sentence that references it; CIT005 asks
    for refs.bib."""
    if _names_a_source(unit):
        return True
    return not any(is_cite_role(role.name) for role in unit.roles) and bool(unit_sources(unit))


def _names_a_source(unit):
    """A footnote definition that is a reference in words: no cite role, no sentence with a finite predicate
    (a reference is a noun phrase: 日本〇〇学会「〜ガイドライン」.), and a URL, a DOI or a title in quotes
    with an issuer, an editor or a year outside the quotes, or an issuer with a noun of evidence (〜学会による
    全国調査). Its only predicate may be a verb of sourcing (〜による, 〜をもとに作成: source_verbs). A footnote
    that states something (〜とされています。) is read as prose."""
    if any(is_cite_role(role.name) for role in unit.roles):
        return False
    text = unit.plain
    if _bibliographic_reference(text):
        return True  # (fortieth session) a reference in a citation style of medicine, read whole
    issued = _SOURCE_ISSUER.search(_SOURCE_TITLE.sub("", text))
    titled = _SOURCE_TITLE.search(text) and issued
    # an issuer with a body of evidence and no title (日本〇〇学会による全国調査)
    evidence = issued and any(noun in text.lower() for noun in EVIDENCE_NOUNS)
    if not (_SOURCE_LINK.search(text) or titled or evidence):
        return False
    sentences = split_sentences(unit.plain)
    for sentence in sentences:
        reading = grammar.read(sentence.text)
        if reading.predicate and reading.finite and reading.mood != "question" and reading.head not in SOURCE_VERBS:
            return False  # a statement; 〜による, 〜をもとに作成 only say where the sentence comes from
    return bool(sentences)


# (fortieth session, issue 11) a reference in a citation style of medicine, read whole: its authors, a title and a
# journal, and the year at the end, alone or with a volume and pages (Vancouver and AMA: Qaseem A, et al. Ann Intern Med.
# 2016;165(2):125-33.; PubMed's 2016 Jul 19;165(2):125-33; 山田太郎，他．日本内科学会雑誌．2020;109:123-130．), or the
# year in brackets after the authors with the volume and pages at the end (APA: Smith, J. A., & Lee, K. (2019). Title.
# Journal, 12(3), 45–67.)
_LETTER = r"A-Za-zÀ-ÖØ-öø-ÿ'’\-"
_EN_AUTHOR = (
    rf"(?:(?:de|De|van|Van|von|der|den|la|La|le|di|da|du|del|Del) )*[A-ZÀ-ÖØ-Þ][{_LETTER}]+"
    rf"(?: [A-ZÀ-ÖØ-Þ][{_LETTER}]+)?,? (?:[A-Z]\.?(?:-[A-Z]\.?)? ?){{1,3}}(?:,? Jr\.?)?"
)
_EN_AUTHORS = rf"{_EN_AUTHOR}(?:(?:,? (?:&|and) |, ){_EN_AUTHOR})*(?P<en_etal>,? (?:et al\.?|他))?"
_JA_AUTHOR = r"[\u4e00-\u9fff\u3041-\u30ff々]{2,8}(?:[ 　][\u4e00-\u9fff\u3041-\u30ff々]{1,6})?"
_JA_AUTHORS = rf"{_JA_AUTHOR}(?:[、，,・]\s*{_JA_AUTHOR})*(?P<ja_etal>[、，,]?\s*(?:他|ほか|et al\.?))?"
_REFERENCE_YEAR = r"(?:19|20)\d{2}[a-z]?年?(?: (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?: \d{1,2})?)?"
_PAGES = r"[A-Za-z]?\d+(?:\s*[-–‐]\s*[A-Za-z]?\d+)?"
_VOLUME_PAGES = rf"\s*[;；]\s*\d+(?:\s*\(\d+\))?(?:\s*[:：]\s*{_PAGES})?"
# what may close a reference: brackets ([cited 2020 Mar 1]) and identifiers (PMID: 30000000, doi:10.1/x)
_REFERENCE_END = r"(?:\s*\[[^\]]{1,40}\])*(?:[.．]?\s*(?:PubMed )?(?:PMID|PMCID|doi|DOI)\s*:?\s*\S+?)*\s*[.．。]?"
# a book's publisher before the year (London: Academic Press; 2019)
_PUBLISHER = r"(?P<publisher>[:：]\s*[^;；:：]{2,60}[;；]\s*)"
_VANCOUVER = re.compile(
    rf"(?P<authors>{_EN_AUTHORS}|{_JA_AUTHORS})\s*[.．:：]\s*(?P<middle>\S.*?)(?:{_PUBLISHER}|[.．]\s*|\s+)"
    rf"{_REFERENCE_YEAR}(?P<volume>{_VOLUME_PAGES})?{_REFERENCE_END}"
)
# APA, and the Harvard and Springer form with the year in brackets after the authors (Smith J (2019) Title. J Sleep
# 12:45–67.): the volume and pages close it
_APA = re.compile(
    rf"(?P<authors>{_EN_AUTHORS})\s*\((?:19|20)\d{{2}}[a-z]?\)\.?\s+(?P<middle>\S.*?)(?:[.,]\s*|\s+)\d+"
    rf"(?:\s*\(\d+\))?(?:,\s*|\s*:\s*){_PAGES}{_REFERENCE_END}"
)
# the Japanese journals' own form: authors, a colon, the title, the journal, then volume: pages, year
# (山田太郎，鈴木花子：片頭痛の疫学．日内会誌，109：123-130，2020．)
_JA_JOURNAL = re.compile(
    rf"(?P<authors>{_JA_AUTHORS})\s*[:：]\s*(?P<middle>\S.*?)[，,、]\s*\d+\s*(?:\(\d+\))?\s*[:：]\s*{_PAGES}\s*[，,、]\s*"
    rf"(?:19|20)\d{{2}}年?{_REFERENCE_END}"
)
_AUTHOR_SEPARATORS = re.compile(r"[、，,・&]| and ")
# what no title or journal holds: a percentage, or a year of its own before a stop (Smith A. In 2019: 30% …)
_STATED_IN_A_TITLE = re.compile(r"[%％]|(?:19|20)\d{2}\s*[.;:．；：]")
_TITLE_PARTS = re.compile(r"[.．。]")


def _bibliographic_reference(text):
    """(fortieth session, issue 11) The footnote is, whole, a reference in a citation style of medicine (Vancouver,
    AMA, APA): authors, a title and a journal, and the year (Qaseem A, et al. Ann Intern Med. 2016.; Sakai F, Igarashi
    H. Cephalalgia. 1997;17:15-22.). Such a footnote had been read as prose: it did not cite the sentence that refers
    to it, and its own parts were flagged as claims.

    From the review of a first version that read only the beginning (41 footnotes that state claims passed as
    references): the whole footnote must be the reference, so nothing may follow it; a reference with the year alone at
    its end needs several authors (et al., 他, or two names), as a name of one word and one capital is also a term
    (Vitamin D, Group B, Type A); and no part between the authors and the year may state something (no percentage, no
    year of its own, and in Japanese no finite predicate: 高血圧．日本人の約3割が高血圧である．2019． is prose). A
    footnote shaped exactly like a reference whose title states a claim is read as the reference it looks like."""
    text = text.strip()
    match = _APA.fullmatch(text) or _JA_JOURNAL.fullmatch(text)
    if match is None:
        match = _VANCOUVER.fullmatch(text)
        if match is None:
            return False
        several = bool(match.group("en_etal") or match.group("ja_etal"))
        several = several or len(_AUTHOR_SEPARATORS.findall(match.group("authors"))) >= 1
        if not (match.group("volume") or match.group("publisher") or several):
            return False
    return _middle_states_nothing(match.group("middle"))


def _middle_states_nothing(middle):
    """The title and journal of a reference state nothing: no percentage, no year of their own, and no Japanese part
    with a finite predicate."""
    if _STATED_IN_A_TITLE.search(middle):
        return False
    for part in _TITLE_PARTS.split(middle):
        if grammar.is_japanese(part) and part.strip():
            reading = grammar.read(part.strip())
            if reading.predicate and reading.finite:
                return False
    return True


_INNER_ASIDE_RE = re.compile(r"[（(]([^（）()]+)[）)]")
_LABELS = ("label", "header-cell", "label-column")
_KANA_ONLY = re.compile(r"^[\u3041-\u309f\u30a0-\u30ff・ー\s]+$")


def _inner_asides(sentence):
    """Bracketed asides anywhere in a sentence that are sentences of their own (a finite predicate that is
    no plain title phrase): ワルファリン（妊娠中の方は服用できません）を使う場合は…{cite}。 The citation of the
    sentence covers its main clause, not a contraindication or an instruction put inside brackets, so the
    aside is checked as a sentence (with the closing bracket's index, where a citation of its own may stand)."""
    out = []
    for match in _INNER_ASIDE_RE.finditer(sentence.text):
        if match.start() == 0 and match.end() >= len(sentence.text.rstrip("。．. ")):
            continue  # the whole sentence in brackets: read as the sentence already
        if _KANA_ONLY.match(match.group(1)):
            continue  # the reading of the word before it: 門脈（もんみゃく）
        reading = grammar.read(match.group(1))
        # a prohibition in a noun with whom or when it holds (傷があるときは使用不可) is a contraindication with
        # no finite verb; the bare word (併用禁忌) glosses the sentence's own term
        banned = PROHIBITION.search(match.group(1).lower()) and any(t.pos == "助詞" for t in reading.tokens)
        if not banned and (not (reading.predicate and reading.finite) or _title_phrase(reading)):
            continue  # a noun aside (医療ソーシャルワーカー) or a plain phrase with no subject (祝日を除く)
        start = sentence.start + match.start(1)
        aside = type(sentence)(start, start + len(match.group(1)), match.group(1), True)
        out.append((aside, sentence.start + match.end() - 1))
    return out


def _check(unit, sentence, own, config, cited_blocks, before="", framed=False):
    """The status of one sentence of ``unit``. ``before``: the paragraph's sentence right before it ("" for the first, an
    aside or the clause after a citation), which a request of the visit may lean on (_place_said_before)."""
    text = sentence.text
    masked = _masked(text, config.patterns)
    found = quantities(masked)
    kinds = {q.kind for q in found}
    titles = _link_titles(unit, sentence) if unit.links else ()
    reading = grammar.read(text)
    health = _health_figures(text, found, titles, reading)
    reason = exemption(unit, sentence, kinds, reading, health, config.words, found)
    if (
        reason in _EN_SERVICE_FRAMES
        and reading.lang == "en"
        and _en_line_states_care(reading, text, _link_texts(unit, sentence))
        and not _pager(text)  # the title of the next page is a name (Next: Recovering at home →)
    ):
        reason = None  # (thirty-first session) an English service line that also states care is a claim
    if not reason and (_states_service_numbers(text, found, titles, health, reading) or _eligibility(reading, health)):
        reason = "administrative"
    # a reason read on the main clause of a sentence does not cover an aside that states something of its
    # own (〜は次の節にあります（…方は、〜を使えません）); a label's aside (治療期間（…）) is part of the label
    unread = (None, "no-letters", "reference", "header-cell", "label-column")
    aside = _aside(sentence) if reason not in unread else None
    if aside is not None:
        found_a = quantities(_masked(aside.text, config.patterns))
        reading_a = grammar.read(aside.text)
        health_a = _health_figures(aside.text, found_a, (), reading_a)
        kinds_a = {q.kind for q in found_a}
        if not exemption(unit, aside, kinds_a, reading_a, health_a, config.words, found_a):
            reason = None
    # (``framed``: the clause is itself read once, not split again: a chain of frames, お大事に、 a thousand times, is read
    # in linear time and depth; from a review's hostile input)
    rest = (
        _beside_a_frame(sentence, reason, reading) if reason in ("greeting", "page-discourse") and not framed else None
    )
    if rest is not None and _frame_beside_a_claim(
        rest, reason, _check(unit, rest, own, config, cited_blocks, before, True)
    ):
        reason = None
    if reason:
        return SentenceCheck(unit, sentence, "exempt", reason, own)
    need, trigger = _need(text, config.words, config.patterns, reading, titles)
    if unit.nonclaim and (need == "claim" or not _says_health(reading, text) or _describes_a_noun(text, need, trigger)):
        # (fifty-first session, from an audit of issue 11) the editor's container covers what grammar reads as a plain
        # statement (the publisher speaking of itself), and a number or a request that says nothing of health (年に2回
        # 見直します, お問い合わせフォームからお知らせください); a health number, a recommendation, a contraindication or an
        # instruction of care added inside it later is checked as anywhere else, as a paragraph's citation never covers
        # them (a reviewer's probes: 10 of 15 such additions reported, 0 of 15 of a publisher's own statements)
        return SentenceCheck(unit, sentence, "exempt", "nonclaim", own)
    if not own and _second_signal(reading, text, need, found):
        return SentenceCheck(unit, sentence, "exempt", "non-medical", own)
    if not own and _practical(reading, text, need, trigger, health, before):
        return SentenceCheck(unit, sentence, "exempt", "practical", own)
    if own or (need == "claim" and config.scope == "block" and unit.block_id in cited_blocks):
        return SentenceCheck(unit, sentence, "cited", need, own, trigger)
    return SentenceCheck(unit, sentence, "uncited", need, own, trigger)


def _frame_beside_a_claim(rest, reason, check):
    """The clause beside a frame of the page or of courtesy (_beside_a_frame), read as a sentence of its own (``check``),
    needs a source: advice of any kind (a request, a recommendation, a contraindication, a number), or a statement that
    says something of health (喫煙は肺がんのリスクを高めますので、ご自愛ください). A statement of the season (寒い日が
    続きますので) or of the text (the chapters can be read in any order) does not: the frame says what it is (from two
    reviews; the season said with a word of health, 朝晩は冷え込みますので、お大事に, is reported)."""
    if check.status == "exempt":
        return False
    reading = grammar.read(rest.text)
    if reason == "page-discourse" and _presents(reading):
        return False  # the pointer's clause presents the text too (we will explain the test)
    return check.reason != "claim" or _says_health(reading, rest.text)


def _says_health(reading, text):
    """Whether a sentence says something of health: lint.analysis.medical's test for Japanese, for English a word of
    health or a count of people (lint.analysis.medical_en; "We review this article twice a year." says none)."""
    if reading.lang == "en":
        return bool(medical_en.health_words(text)) or medical_en.generalises(text)
    return medical.is_medical(reading)


def _describes_a_noun(text, need, trigger):
    """(fifty-first session) The word of recommendation ends a clause that describes the noun after it (開示すべき
    利益相反はない: the conflicts of interest there would be to disclose, the formula of a declaration of interests):
    the sentence recommends nothing of its own. Read only inside a nonclaim container, the editor's declaration; 〜す
    べきこと (what to do) still recommends."""
    from ..japanese.tokenizer import tokenize

    at = text.find(trigger) if need == "recommendation" and trigger else -1
    if at < 0:
        return False
    after = [t for t in tokenize(text[at + len(trigger) :]) if t.surface_form.strip()]
    return bool(after) and after[0].pos == "名詞" and after[0].pos_detail_1 not in ("非自立", "接尾", "代名詞")


# ---- the second signal (issue 11, fifteenth round)
#
# Each exemption above is grammar over a closed class of words, and fresh writers bring other words. The
# positive test of medical content (lint.analysis.medical) is a second signal of another kind, but applied to
# every plain statement it cost recall (seventh round). Here it is asked only where the grammar already
# points away from a claim: both must agree before a plain statement goes uncited.

# the locatives of the page among the text deictics: この, 本, 当 point at anything, not only at the page
PAGE_LOCATIVES = frozenset(("ここ", "こちら", "以下", "下記", "上記", "下", "上", "右", "左", "次", "後述", "前述"))
_HABIT = ("よう", "に", "し", "て", "い")  # 〜ようにしています: what the writer does, not advice to the reader
_WISH_ENDS = ("たら", "だら", "たい", "ば", "れば")  # the clause quoted before と思う is a wish: 〜できたらと思います


def _embeds_proposition(words):
    """A clause with its own predicate quoted (〜と考える, 〜と思う) or nominalised as the object of a verb
    (〜ことを目指す, 〜ことを示す), except the writer's wish (〜たらと思います: see _writer_thought)."""
    for i in range(1, len(words)):
        t, before = words[i], words[i - 1]
        predicate_before = before.pos in ("動詞", "形容詞", "助動詞")
        if t.pos == "助詞" and t.pos_detail_2 == "引用" and predicate_before and _quoted_by(words, i):
            if before.surface_form in _WISH_ENDS:
                continue
            if any(_lemma(w) == "限る" for w in words[i + 1 : i + 3]):
                continue  # 〜とは限りません hedges what comes before it; it states nothing
            return True
        if (
            _lemma(t) in ("こと", "の")
            and t.pos == "名詞"
            and predicate_before
            and i + 1 < len(words)
            # the object of a verb (〜ことを目指す, 〜ことを示す); 〜ことがある is a tendency, read elsewhere
            and words[i + 1].surface_form == "を"
        ):
            return True
    return False


QUOTING_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "quoting_verbs"))  # lint/data/claim-words.toml


def _quoted_by(words, i):
    """The と at words[i] quotes: a verb of saying or thinking follows it (〜と考えております, 〜とは限りません is read
    by the caller); IPADIC tags the conditional と as quoting too (クリックすると拡大して表示されます)."""
    for t in words[i + 1 : i + 5]:
        if t.pos == "助詞" or t.pos == "記号" or t.pos == "副詞":
            continue  # とは, とも, と、, と強く
        return _lemma(t) in QUOTING_VERBS or _lemma(t) == "限る"
    return False


def _writer_thought(words):
    """The writer's wish as an opinion: 〜たらと思っています, 〜たいと思います, 〜ればと思います."""
    quote = max((i for i, t in enumerate(words) if t.surface_form == "と" and t.pos == "助詞"), default=-1)
    if quote < 1 or not any(_lemma(t) in ("思う", "存じる") for t in words[quote + 1 :]):
        return False
    return words[quote - 1].surface_form in _WISH_ENDS


def _habit(words):
    surfaces = tuple(t.surface_form for t in words)
    return any(surfaces[i : i + len(_HABIT)] == _HABIT for i in range(len(surfaces)))


def _text_topic(reading):
    """The topic is the page, a part of it or a figure (図は, 表の見方は), or placed in the text (ここで紹介する…は)."""
    topic = reading.topic
    if not topic:
        return False
    # The topic's HEAD must be the text or a form of it (図は, 表の見方は, 以下の内容は, 図や表の数値は): a page word
    # or a locative before another head only places it (表の食品は, 以下の方法は, こちらの青汁は, 上のストレッチは
    # are things the page speaks of, and what it says of them may be a claim; from the review of the round).
    if _lemma(topic[0]) in PAGE_LOCATIVES and len(topic) == 1:
        return True  # ここは, 以下は
    opening = _noun_phrase_opening(topic)
    nouns = [t for t in opening if t.pos == "名詞"]
    if not nouns:
        return False
    head = nouns[-1]
    if head.pos_detail_1 == "数" and len(nouns) >= 2 and _is_text_noun(nouns[-2]):
        head = nouns[-2]  # a number after a part of the text labels it: 表2は, 図3では (the head is 表, 図)
    if head.pos_detail_1 == "接尾" and len(nouns) >= 2:
        # a suffix names a part of the text only after a number (第3部, 2章): 開口部, 患部 are of the body
        if nouns[-2].pos_detail_1 != "数":
            return False
    if _is_text_noun(head):
        return True
    # a form of the text only as the text's own: 表の見方, 図や表の数値 (not あざの色, 血液検査の数値)
    return _lemma(head) in TEXT_FORM_NOUNS and any(_is_text_noun(t) for t in nouns[:-1])


def _is_text_noun(token):
    lemma = _lemma(token)
    # (twenty-seventh session) the nouns that name the text itself count too (文中の数値は, 本文の数値は: IPADIC cuts
    # 本文中 into 本 + 文中)
    return lemma in TEXT_NOUNS or lemma in DOCUMENT_PARTS or lemma in DOCUMENT_NOUNS or lemma in SELF_NOUNS


def _noun_phrase_opening(topic):
    """The topic's tokens up to the first clause inside it: nouns joined by の, や, と, with a demonstrative or
    prefix before them (この表の数値は, 図や表の数値は). A text noun after a clause is the clause's, not the
    topic's own: in 中央に黒い点のような開口部が, 点 is compared with, and the topic is an opening of the skin."""
    opening = []
    for t in topic:
        if t.pos in ("名詞", "連体詞", "接頭詞") or (t.pos == "助詞" and t.surface_form in ("の", "や", "と")):
            opening.append(t)
            continue
        break
    return opening


def _self_introduction(reading, words):
    """A copula with no topic on a noun that names a person or a role (…を担当している管理栄養士です), a person's name
    (院長の山本です) or a group of people (外来の看護チームです, スタッフ一同です): the writer introducing itself."""
    if reading.topic or not words or words[-1].basic_form not in ("です", "だ", "でござる"):
        return False
    nouns = [t for t in words[:-1] if t.pos == "名詞"]
    if not nouns or nouns[-1] is not words[-2]:
        return False
    last = words[-2]
    return (
        medical.names_a_person(last)
        or (last.pos_detail_1 == "固有名詞" and last.pos_detail_2 == "人名")
        or _lemma(last) in _GROUPS_OF_PEOPLE
    )


# (thirty-fifth session) nouns of a group of people who may sign a page (看護チーム, スタッフ一同)
_GROUPS_OF_PEOPLE = frozenset(("チーム", "一同"))


def _calendar_dated(reading, text, found):
    """(thirty-fifth session) A statement placed on a day of the calendar: a date that names a year or a day
    (2027年1月から, 8月13日から15日までは, 令和8年4月1日付けで), not a span of months alone (流行は1月から2月です). With no
    word of health in it (see _second_signal) it states the institution's calendar: closures, changes, events. A
    date of a study, a guideline or an approval (2019年に承認された) is a fact of the world, so not those."""
    if reading.lang != "ja" or reading.mood != "statement":
        return False
    dates = [text[q.start : q.end] for q in found if q.kind == "date"]  # the sentence's quantities, read once
    if not any(re.search(r"[年日/]|\d{4}", d) for d in dates):
        return False
    if any(noun in text for noun in EVIDENCE_NOUNS) or _WORLD_EVENTS.search(text) or _reports_research(reading):
        return False
    # (from the review) the institution's act must be said: a verb of its service (行う, 変わる, 開催) or a word of its
    # calendar (休診, 移転, 着任); a date before a rise, a record or an outbreak (2026年1月以降、麻しんが流行しています,
    # 過去最多となりました) is epidemiology in words the lexicon of health may not know
    lemmas = {_lemma(t) for t in reading.tokens}
    return bool((_heads(reading) & _CALENDAR_ACTS) or (lemmas & _CALENDAR_WORDS))


_CALENDAR_WORDS = frozenset(table(WORDS, CLAIM_WORDS, "calendar_words"))  # lint/data/claim-words.toml
_CALENDAR_ACTS = SERVICE_HEADS - {"できる", "利用", "対応", "つながる", "繋がる"}


def away_from_claim(reading, text):
    """Why the grammar points away from a claim (a short name), or "": the writer or the institution as topic or
    in the humble register, the writer's thought or wish, a final ね / よね, a transition opening, the text or a
    figure as topic, the writer's habit of writing, a self-introduction."""
    if reading.lang != "ja" or reading.mood not in ("statement",):
        return ""
    if reading.negative and not _disclaims_the_text(reading):  # 〜とは限りません qualifies the page, negates nothing
        return ""
    words = _words(reading)
    if not words:
        return ""
    # The writer who states a proposition under a verb of thinking, aiming or showing (〜と考えております,
    # 〜ことを目指しております, 表は…ことを示しています) makes a claim of it, whatever the register (from the review).
    if _embeds_proposition(words):
        return ""
    topic = {_lemma(t) for t in reading.topic}
    if topic & WRITER_PRONOUNS or any(t.endswith(("当院", "当科", "当センター", "当クリニック")) for t in topic):
        return "writer"
    if reading.humble or reading.courteous:
        return "writer"
    if _writer_thought(words):
        return "thought"
    if words[-1].pos == "助詞" and words[-1].surface_form == "ね":
        return "address"
    if _opens_transition(text.strip()):
        return "transition"
    if _text_topic(reading) or _disclaims_the_text(reading):
        return "text"
    if _habit(words) or (reading.head in WRITING_HEADS and "て" in {t.surface_form for t in words[-4:]}):
        return "writing"
    if _self_introduction(reading, words):
        return "introduction"
    return ""


APPLICABILITY_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "applicability_heads"))  # lint/data/claim-words.toml


def _disclaims_the_text(reading):
    """The page or a part of it as topic and a verb of difference or applicability in the main clause (after its
    last comma): 以下の説明は…状態によって異なる場合があります, ここに書かれたことが…当てはまるとは限りません. The
    tendency (〜場合があります) is the page's, how far it holds for the reader, not one of health."""
    words = _words(reading)
    last_comma = max((i for i, t in enumerate(words) if t.surface_form in ("、", "，")), default=-1)
    main = words[last_comma + 1 :] if reading.lang == "ja" else []
    # the topic is the text, or placed in it by a locative of the page (ここで紹介した工夫が): the verbs of
    # applicability narrow what is said of it to how far it holds
    placed = bool(reading.topic) and _lemma(reading.topic[0]) in PAGE_LOCATIVES
    return bool(main) and (placed or _text_topic(reading)) and bool({_lemma(t) for t in main} & APPLICABILITY_HEADS)


def _announces_topic(tokens):
    """The sentence ends in 〜について + a copula (次は予防についてです): a topic named, not predicated."""
    words = [t for t in tokens if t.pos != "記号"]
    while words and words[-1].pos == "助動詞":
        words = words[:-1]
    # IPADIC reads について as one particle, に関して as three words
    return any("".join(t.surface_form for t in words[-n:]) in ("について", "に関して") for n in (1, 2, 3))


# (fifty-third session) the page going through a topic with the reader after a transition: verbs of reviewing,
# explaining or summing up (では、実際の吸入の手順を確認していきます; さて、ここまでで検査の準備について一通り確認しました:
# claims-blind68 and claims-blind69)
_WALKING_THROUGH = frozenset(
    ("確認", "説明", "紹介", "整理", "まとめる", "振り返る", "見る")
)  # 見ていく is 見る + て + いく
# what is gone through: a topic's name, not a finding (〜ことを確認しました is one)
_WALKED_TOPICS = (
    "手順",
    "準備",
    "流れ",
    "方法",
    "やり方",
    "ポイント",
    "内容",
    "全体像",
    "基本",
    "概要",
    "種類",
    "仕組み",
    "しくみ",
)


def _walks_through(reading, tokens):
    """After a transition (the caller's signal), the statement's predicate is a verb of going through (確認していきます,
    確認しました) whose object is a topic's name: plain nouns joined by の (実際の吸入の手順を, 検査の準備について), no
    verb or adjective describing them (発作を防ぐ方法, 副作用の出にくい服薬のポイント say what the method does: from the
    review, twelve such claims went through a first version), and nothing but adverbs between the object and the verb
    (手順を守れば…と確認しました is a finding)."""
    if reading.mood != "statement" or not _heads(reading) & _WALKING_THROUGH:
        return False
    for k in range(1, len(tokens) - 1):
        if tokens[k + 1].surface_form not in ("を", "について") or not _lemma(tokens[k]).endswith(_WALKED_TOPICS):
            continue
        start = k
        while start > 0 and (tokens[start - 1].pos in ("名詞", "接頭詞") or tokens[start - 1].surface_form == "の"):
            start -= 1
        if start > 0 and tokens[start - 1].pos in ("動詞", "形容詞", "助動詞"):
            return False  # a clause describes the topic
        for t in tokens[k + 2 :]:
            if _lemma(t) in _WALKING_THROUGH:
                return True
            if not (t.pos == "副詞" or t.pos == "名詞" and t.pos_detail_1 in ("数", "接尾", "副詞可能")):
                return False
        return False
    return False


# (fifty-fourth session) an announcement of the page (紹介します, 説明します, まとめました, 見ていきます) presents its
# object as existing: a clause describing a means of care (a method, a way of doing, a medicine, a treatment, a food,
# an exercise) that says what the means does for health is a claim the page makes by announcing it (傷を早く治す方法,
# 副作用の少ない薬, 手術よりも安全な治療, 医師がすすめる禁煙の方法, 妊娠中でも飲める薬). Only the clause's last part is
# read, after its last conjunctive joint (〜ても, 〜と, 〜たら, 〜ときに, 〜ために), so that an occasion or an aim before it
# (熱を出したときに受診できる, 発作を予防するために吸う) does not speak for the means. A clause of aim (床ずれを防ぐための
# 基本), of an occasion (手術を受ける日の過ごし方) or of use (診断に使う検査), and a clause on a topic that is no means
# (骨が作りかえられるしくみ, 結石ができやすい場所, よくいただく質問) present a topic, not a claim. From the review of the
# fifty-third session: 24 such claims went through as page discourse or a transition. (Second review of this session)
# what an effect acts on must be a person's body or illness (not パソコンの熱, 部屋の湿度, 研究の質), an evaluation's
# argument must be of health (not 費用の安い検査), and an announcement in the volitional (見ていきましょう) or as a wish
# (紹介したいと思います) announces as the statement does.
_ANNOUNCING = frozenset(w for w in PRESENTATION_HEADS | _TELLING | _WALKING_THROUGH if not w.isascii()) - {"示す"}
# what the noun a clause modifies may be besides a means: an occasion or an aim (the joints below, and 日, 当日, 前日, まで,
# 頃: 手術を受ける日の過ごし方)
_JOINT_NOUNS = frozenset(("とき", "時", "際", "ため", "場合", "前", "後", "間", "うち"))
_OCCASION_NOUNS = _JOINT_NOUNS | {"日", "当日", "前日", "まで", "頃"}
_RECOMMENDING = frozenset(("勧める", "すすめる", "薦める", "推奨", "べし"))
MEANS_NOUNS = frozenset(table(WORDS, CLAIM_WORDS, "means_nouns"))  # lint/data/claim-words.toml
EFFECT_VERBS = frozenset(table(WORDS, CLAIM_WORDS, "effect_verbs"))  # lint/data/claim-words.toml
# adjectives that pick a topic's members or name its proper form, not evaluate them (主な治療法, 様々な検査, 正しいさし方)
_DETERMINING = frozenset(("主", "様々", "さまざま", "いろいろ", "色々", "主要", "正しい", "適切"))
# who a means is said to be safe for, in a concession (子どもにも使える, 妊娠中でも飲める, 高齢の方でも受けられる)
_VULNERABLE = (
    "子ども",
    "子供",
    "こども",
    "小児",
    "乳児",
    "幼児",
    "赤ちゃん",
    "高齢",
    "お年寄り",
    "妊娠",
    "妊婦",
    "授乳",
    "持病",
)
# manners that promise safety or effect (安全に断薬できる, 確実に痩せられる; not 簡単に作れる, すぐに使える)
_PROMISING_MANNERS = frozenset(("安全", "確実", "無痛", "楽"))
# what ends a part of a clause: conjunctive particles, and nouns of an occasion or an aim with their particle
_CLAUSE_JOINTS = frozenset(("と", "ば", "でも", "ので", "から", "ながら", "のに"))  # 〜ても, 〜たら: _last_part


def _presents_a_claim(reading, unit, sentence):
    """A statement whose head announces (紹介します) a means described by a clause of health (see above), a reason
    presupposed (インスリンが血糖を下げる仕組み) or a study reported (〜が症状を和らげるという研究, 〜との報告); not a
    pointer to another page or another part of the text (次のページでは、骨を強くする運動を紹介しています → link; 〜お薬
    については、第3章で詳しく説明します): a cross-reference."""
    if reading.lang != "ja" or reading.mood not in ("statement", "volitional"):
        return False
    if not (_heads(reading) & _ANNOUNCING or (reading.head in ("思う", "考える") and _ANNOUNCING & reading.lemmas)):
        return False  # 紹介します, 見ていきましょう, 紹介したいと思います
    if _points_elsewhere(unit, sentence):
        return False
    tokens = [t for t in reading.tokens if t.pos != "記号" or t.surface_form in ("、", "，")]
    head = max((i for i, t in enumerate(tokens) if _lemma(t) in _ANNOUNCING), default=-1)
    # the object: the last を, について or topic は before the head, with no predicate between (方法を詳しく紹介します,
    # 〜の飲み方については、次の章で詳しく説明します, 〜方法は、次の章で説明します, 〜を3つ紹介します)
    marker = head - 1
    while marker > 0 and tokens[marker].surface_form not in ("を", "について", "は"):
        counter = tokens[marker - 1].pos_detail_1 == "数"  # 3つ紹介します: MeCab reads つ as an auxiliary
        manner = tokens[marker].pos_detail_1 == "形容動詞語幹" and tokens[marker + 1].surface_form == "に"  # 簡単に
        if _predicative(tokens[marker]) and not (counter or manner):
            return False
        marker -= 1
    if marker >= 1 and tokens[marker].surface_form == "は" and tokens[marker - 1].surface_form == "について":
        marker -= 1  # 〜については
    if marker < 1:
        return False
    start, reported = marker, False
    while start > 0:
        before = tokens[start - 1]
        if (
            before.surface_form == "の"
            and start >= 3
            and tokens[start - 2].surface_form == "と"
            and tokens[start - 3].pos in ("動詞", "助動詞", "形容詞")
        ):
            reported = True  # 〜を和らげるとの報告 (not 患者さんとの研究)
            start -= 1
            break
        if before.pos in ("名詞", "接頭詞") or before.surface_form in ("の", "と", "や", "など"):
            start -= 1
        elif before.pos == "動詞" and before.conjugated_form == "連用形" and tokens[start].pos == "名詞":
            start -= 1  # a verb's stem in a compound noun (飲み方, 過ごし方, 飲み薬, 塗り薬)
        elif (
            before.pos == "形容詞"
            and before.pos_detail_1 == "自立"
            and start >= 2
            and tokens[start - 2].pos in ("動詞", "助動詞")
            and tokens[start - 2].conjugated_form != "連用形"
        ):
            start -= 1  # an adjective that only describes, after the clause (血糖値を下げる新しい薬)
        elif (
            before.surface_form == "な"
            and start >= 3
            and tokens[start - 2].pos_detail_1 == "形容動詞語幹"
            and tokens[start - 3].pos in ("動詞", "助動詞")
        ):
            start -= 2  # the same in an adjectival noun (便秘を和らげる身近な食べ物)
        else:
            break
    reported = reported or (start not in (0, marker) and tokens[start - 1].surface_form in ("という", "との"))
    if reported and tokens[start].surface_form == "の":
        start += 1
    if start in (0, marker) or not (reported or tokens[start - 1].pos in ("動詞", "形容詞", "助動詞")):
        return False  # no clause describes the object: a topic named (治療の流れを説明します)
    phrase = tokens[start:marker]
    clause_start = max((j + 1 for j in range(start) if tokens[j].surface_form in ("、", "，")), default=0)
    clause = tuple(tokens[clause_start:start])
    if not phrase:
        return False
    if reported:
        # a study reported (乳酸菌が花粉症の症状を和らげるという研究を紹介します): what it found is the claim
        return any(_lemma(t) in EVIDENCE_NOUNS for t in phrase) and _health_beyond_care(clause)
    if len(phrase) == 1 and _lemma(phrase[0]) in _REASON_HEADS:
        return _presupposed_reason([*clause, phrase[0]])
    if _lemma(phrase[0]) in _OCCASION_NOUNS or not _means_of_care(phrase):
        return False
    if _lemma(phrase[0]) in ("人", "方", "方々", "患者", "子ども", "子供") or medical.names_a_person(phrase[0]):
        return False  # the clause describes a person (風邪を引きやすい人の食事): who the means is for
    return _clause_of_health(_last_part(clause), phrase, whole=clause)


# another part of the text or another page pointed to (第3章で, 次の章では, 次のページでは, 「目薬の使い方」の項で, 後ほど):
# the announcement is a cross-reference, and the claim is made, with its source, where it points (claims-blind40,
# claims-blind45, claims-blind60 and claims-blind63 wrote such pointers as page discourse)
_ELSEWHERE_RE = re.compile(
    r"(?:第\s*[0-9０-９一二三四五六七八九十]+|[0-9０-９]+)\s*(?:章|節)(?![一-龥])"
    r"|(?<![一-龥ぁ-んァ-ヶ])(?:次|前|後|別|ほか|他|こちら|関連)の(?:章|節|ページ|項|回|記事)(?![一-龥])"
    r"|(?<![一-龥])(?:次回|前回|関連記事|関連ページ|別ページ|別記事)(?![一-龥])"
    r"|[「『][^」』]{1,40}[」』]の(?:節|章|項|ページ|コラム)|後述|後ほど|のちほど|このあと|この後で"
)


def _points_elsewhere(unit, sentence):
    """The sentence points to another part of the text or another page: in words (_ELSEWHERE_RE), or by a link that is
    a place, the announced object, or right after the sentence."""
    return (
        bool(_ELSEWHERE_RE.search(sentence.text))
        or _link_is_place(unit, sentence)
        or _link_follows(unit, sentence)
        or _link_names_the_object(unit, sentence)
    )


def _link_names_the_object(unit, sentence):
    """A link whose text is the announced object ([膝の痛みをやわらげる体操](knee.md)を紹介しています): the page it
    leads to presents it. A link inside the object ([血糖値](glossary.md)を下げる食事) is a term's gloss."""
    for link in unit.links:
        if not (sentence.start <= link.plain_start < sentence.end):
            continue
        after = unit.plain[link.plain_end : sentence.end]
        if after.startswith(("を", "について")) and "を" not in after[1:]:
            return True
    return False


def _link_follows(unit, sentence):
    """A link or a cross-reference role right after the sentence, past spaces and an arrow (〜を紹介しています →
    {doc}`exercise`): the sentence points to where the text is."""
    gap = unit.plain[sentence.end : sentence.end + 4]
    reach = sentence.end + len(gap) - len(gap.lstrip(" →⇒➡:："))
    closed = sentence.text.rstrip().endswith(("。", "．", "！", "？", "!", "?"))
    if closed and not set(unit.plain[sentence.end : reach]) & set("→⇒➡:："):
        return False  # a link opening the next sentence points from that one
    if any(sentence.end <= link.plain_start <= reach for link in unit.links):
        return True
    return bool(_offsets_in(_role_offsets(unit)[1], sentence.end, reach, inclusive=True))


def _predicative(token):
    """A verb, an auxiliary or an adjective in a finite or attributive form (not 詳しく, 早く before a verb)."""
    if token.pos == "形容詞":
        return not token.conjugated_form.startswith("連用")
    return token.pos in ("動詞", "助動詞") or token.pos_detail_1 == "形容動詞語幹"


def _last_part(clause):
    """The clause after its last joint: a conjunctive particle after a predicate (薬をやめても|再発しない, 食後に飲むと|
    胃を守れる, 熱が出たら|使える; MeCab cuts 〜ても in two and reads 〜たら as an auxiliary) or a noun of an occasion or
    an aim with its particle (熱を出したときに|受診できる, 予防するために|吸う)."""
    cut = 0
    for k in range(1, len(clause) - 1):
        token, before, after = clause[k], clause[k - 1], clause[k + 1]
        if not _predicative_or_stem(before):
            continue
        if token.pos == "助詞" and token.surface_form in _CLAUSE_JOINTS and _lemma(after) not in ("いう", "言う"):
            cut = k + 1  # (not a quotation, 〜といわれる, which is read whole)
        elif token.surface_form in ("て", "で") and after.surface_form == "も":
            cut = k + 2
        elif token.surface_form in ("たら", "だら") and token.pos == "助動詞":
            cut = k + 1
        elif _lemma(token) in _JOINT_NOUNS and after.surface_form in ("に", "は", "も", "で", "、"):
            cut = k + 2
    return clause[cut:] if cut < len(clause) else clause


def _predicative_or_stem(token):
    """A verb, an adjective or an auxiliary: what a conjunctive particle follows."""
    return token.pos in ("動詞", "形容詞", "助動詞")


def _means_of_care(tokens):
    """The words name a means of care: a word of MEANS_NOUNS, a way of doing (飲み方, とり方, 使い方: a noun ending in 方
    after kana), a method (解消法), a procedure, a care act or a medicine (経鼻内視鏡, 目薬, 痛み止め; read on the joined
    phrase, which IPADIC may cut: 内/視/鏡)."""
    joined = "".join(t.surface_form for t in tokens)
    return (
        any(_lemma(t).endswith("法") for t in tokens)
        or any(means in joined for means in MEANS_NOUNS)  # お/やつ, 脳/トレ
        or any(
            (t.surface_form == "方" and t.pos_detail_1 == "接尾")
            or (len(t.surface_form) >= 2 and t.surface_form[-1] == "方" and "ぁ" <= t.surface_form[-2] <= "ゖ")
            for t in tokens
        )
        or any(p in joined for p in (*medical.PROCEDURES, *CARE_ACTS, *CARE_MEDICINES))
        or bool(set(joined) & set(CARE_ACT_KANJI))
    )


def _clause_of_health(clause, phrase, whole=()):
    # said to do it (発症を遅らせるといわれる, however many times over): what is said is read
    while True:
        found = predication.predicates(clause)
        if not (found and _lemma(clause[found[-1].head]) in ("いう", "言う") and found[-1].head >= 2):
            break
        if clause[found[-1].head - 1].surface_form != "と":
            break
        clause = tuple(clause[: found[-1].head - 1])
    return _clause_says_it(clause, found, phrase, whole)


def _clause_says_it(clause, found, phrase, whole):
    """What the clause's last part says its means does for health: a word of effect acting on health or a
    recommendation (再発を防ぐ, 医師がすすめる); a verb of health other than intake (痩せられる, 眠れるようになる); a
    verb of effect acting on a noun phrase of health (血糖値を下げる, 痛みを取り除く); a state of health made (骨を強く
    する, 跡を残りにくくする); a potential with a concession of health or a promising manner (妊娠中でも飲める, 子どもに
    も使える, 安全に受けられる); a tendency of health (胃もたれを起こしにくい); an evaluation with its argument (痛みの
    少ない, 胃にやさしい, 手術よりも安全な). Not what the reader wants or needs (入院するときに必要な)."""
    lemmas = {_lemma(t) for t in clause}
    if not clause or lemmas & {"たい", "ほしい", "必要"}:
        return False
    # health beside the verbs of effect themselves, which the medical-content test counts (防ぐ, 減らす)
    body = _health_beyond_care(
        [t for t in clause if not (t.pos == "動詞" and _verb_lemmas(t) & (EFFECT_WORDS | EFFECT_VERBS))]
    )
    if lemmas & _RECOMMENDING:
        return True
    if not found:
        return False
    final = found[-1]
    if _lemma(clause[final.head]) in ("使う", "用いる", "使用") and clause[final.head - 1].surface_form == "に":
        return False  # a use (再発予防に使う薬, 骨折の予防に使われる薬): what it is for, not what it does
    # a word of effect other than the final verb, which is read with its object below (再発しない, 不眠に効果的な; not
    # 予防接種, a compound)
    if body and any(
        _lemma(t) in EFFECT_WORDS
        and not (k == final.head and t.pos == "動詞")
        and not (k + 1 < len(clause) and clause[k + 1].pos == "名詞" and clause[k + 1].pos_detail_1 != "接尾")
        for k, t in enumerate(clause)
    ):
        return True
    word = clause[final.head]
    before = clause[final.head - 1] if final.head >= 1 else None
    if _lemma(word) == "させる" and before is not None and before.pos_detail_1 == "サ変接続":
        word = before  # a verbal noun made to happen (血圧を安定させる)
    if (
        _lemma(word) in ("する", "なる", "させる")
        and before is not None
        and (before.pos == "形容詞" or (before.surface_form == "に" and final.head >= 2))
        and body
    ):
        return True  # a state of health made or become (骨を強くする, 跡を残りにくくする, 血液をさらさらにする)
    if (
        word.pos == "動詞"
        and _lemma(word) not in CARE_TAKING_VERBS
        and not _verb_lemmas(word) & (EFFECT_WORDS | EFFECT_VERBS)  # these need an object of health (below)
        and not _lemma(word).startswith(("飲", "食", "のめ", "たべ"))  # intake is no effect (入院中に食べられる食事)
        and medical.medical_words([word])
    ):
        return True  # 痩せられる, 眠れる, 和らげる
    if _verb_lemmas(word) & (EFFECT_VERBS | EFFECT_WORDS):
        marks = [k for k in range(final.head) if clause[k].surface_form in ("を", "が", "は")]
        if marks and marks[-1] >= 1 and not any(marks[-1] < p.head < final.head and p.pos == "verb" for p in found):
            if _health_of_a_person(clause, marks[-1]):
                return True  # 血糖値を（無理なく）下げる, 痛みを取り除く, 血圧が下がる (not シャントを作る, 部屋の湿度)
    if predication.potential(clause, final) and (
        # the concession may stand before the last joint (腎臓の病気があっても飲める): read on the whole clause
        (
            _conceded(whole or clause)
            and (
                _health_beyond_care(whole or clause)
                or any(v in t.surface_form for t in whole or clause for v in _VULNERABLE)
            )
            # an act of care or of health (飲める, 使える, 受けられる; not 子どもでも作れる料理)
            and bool(_verb_lemmas(word) & CARE_TAKING_VERBS or medical.medical_words([word]) or _means_of_care([word]))
        )
        or (
            before is not None
            and before.surface_form == "に"
            and final.head >= 2
            and _lemma(clause[final.head - 2]) in _PROMISING_MANNERS
            and (_lemma(word) in CARE_TAKING_VERBS or _means_of_care([word]))  # not 安全に保管できる
        )
    ):
        return True  # 妊娠中でも飲める, 子どもにも使える, 安全に受けられる
    if final.tendency and body:
        return True  # 胃もたれを起こしにくい, 傷あとが目立ちにくい
    if final.pos in ("adjective", "adjectival") and final.head >= 1 and _lemma(word) not in _DETERMINING:
        k = final.head - 1
        while k > 0 and clause[k].pos == "副詞":
            k -= 1  # 負担がとても少ない, 副作用がほとんどない
        # the argument itself of health (痛みの少ない, 胃にやさしい), or the means compared (手術よりも安全な治療); not 費用の
        # 安い検査, 待ち時間の短い検査
        if clause[k].surface_form not in ("が", "の", "より", "も", "は", "に"):
            return False
        # the noun phrase before the particle; before both for より + も (手術よりも)
        mark = k - 1 if clause[k].surface_form == "も" and k >= 1 and clause[k - 1].pos == "助詞" else k
        argument = _noun_run_before(clause, mark)
        compared = "より" in {t.surface_form for t in clause[: k + 1]}
        return _health_beyond_care(argument) or (compared and bool(medical.medical_words([*clause, *phrase])))
    return False


def _health_of_a_person(clause, mark):
    """The noun phrase before the particle at ``mark`` is of health, and whatever owns it with の is a person or of
    health too (子どもの熱, 血液中の糖; not 部屋の湿度, パソコンの熱, 魚の血合い)."""
    run = _noun_run_before(clause, mark)
    if run and any(_lemma(t) in SIGN_NOUNS - {"熱"} or medical.ends_in_illness([t]) for t in run):
        return True  # a sign or an illness is a person's whoever is named with it (夜の咳, 頭部の痛み)
    first = mark - len(run)
    owner = _noun_run_before(clause, first - 1) if first >= 2 and clause[first - 1].surface_form == "の" else []
    if owner and _lemma(owner[-1]).endswith(("後", "前", "中", "時")):
        owner = []  # a time, not an owner (術後の痛み, 食後の血糖値)
    if owner and _health_beyond_care(owner):
        return True  # 関節の変形, 認知症の進行
    if not run or not _health_beyond_care(run):
        return False
    return (
        not owner
        or any(v in t.surface_form for t in owner for v in _VULNERABLE)
        or any(medical.names_a_person(t) for t in owner)
    )


def _conceded(clause):
    """でも, ても or にも in the clause (妊娠中でも, 子どもにも): who or when the means is said to suit."""
    surfaces = [t.surface_form for t in clause]
    return bool(
        ({a + b for a, b in zip(surfaces, surfaces[1:], strict=False)} | set(surfaces)) & {"でも", "ても", "にも"}
    )


# what one eats or drinks, which the medical-content test counts as health (its medical morphemes)
_INTAKE = frozenset(
    (
        "ご飯",
        "ごはん",
        "朝食",
        "昼食",
        "夕食",
        "間食",
        "飲食",
        "飲み物",
        "食事",
        "食べ物",
        "食品",
        "水分",
        "カロリー",
        "肉",
    )
)


def _health_beyond_care(tokens):
    """A word of health that names no procedure, care act or medicine, nor food or drink (傷, 発作, 妊娠; not 手術, 処方,
    薬, ご飯, 朝食, 飲み物: the medical-content test counts intake as health)."""
    return any(
        not any(p in w for p in (*medical.PROCEDURES, *CARE_ACTS, *CARE_MEDICINES))
        and not set(w) & set(CARE_ACT_KANJI)
        and w not in _INTAKE
        and w not in EVIDENCE_NOUNS  # 研究, 調査, データ: counted as medical content, no state of a body
        for w in medical.medical_words(tokens)
    )


def _verb_lemmas(token):
    """A word's dictionary form, and for a potential verb the verb it is made from (守れる → 守る, 治せる → 治す)."""
    word = _lemma(token)
    return {word, _unpotential(word)} if token.pos == "動詞" else {word}


def _second_signal(reading, text, need, found):
    """A plain statement the grammar points away from and that says nothing of health (see "non-medical")."""
    if need != "claim":
        return False
    signal = away_from_claim(reading, text) or ("calendar" if _calendar_dated(reading, text, found) else "")
    if not signal:
        return False
    words = _words(reading)
    word, i = _predicate_word(words)
    # IPADIC reads the いい of 〜といいですね as the verb いう: the surface counts too
    if word in medical.EVALUATIVES or (i >= 0 and words[i].surface_form in medical.EVALUATIVES):
        return False  # an action judged (〜のがよいでしょう, 〜といいですね) is advice whatever its words
    tokens = reading.tokens
    if signal == "transition" and (_announces_topic(tokens) or _walks_through(reading, tokens)):
        return True  # さて、次は予防についてです: the next topic named, nothing said of it
    if signal in ("text", "writing"):
        tokens = grammar.unquoted(tokens)  # a term quoted in a note on writing is mentioned, not used
    if signal == "calendar" and _topic_marked_by(reading, reading.tokens, ("は",)):
        # (forty-third session) the topic names the service whose day is given (2025年度のインフルエンザ予防接種は、10月1日
        # から開始します): its words of health name what is scheduled; the rest of the sentence must say nothing of health.
        # A subject with が is what happened (〜から、ケサンラの保険適用が始まりました: news of the world), not a topic
        topic = {id(t) for t in reading.topic}
        tokens = [t for t in tokens if id(t) not in topic]
    return not (
        medical.medical_words(tokens)
        or (medical.generalises(tokens, conditions=False) and not (signal == "text" and _disclaims_the_text(reading)))
        or medical.evaluates_an_action(tokens)
    )


# ---- practical matters (issue 11, real pages)
#
# Real patient-information pages are full of instructions and statements about the visit itself: what to
# bring, bookings, forms, clothes, fees, waiting, parking, visiting hours. Their grammar is that of advice or
# of a statement (〜してください, 〜します, 〜になります, 15分ほどです), and no closed class of grammar lists their
# words. Here the medical-content test (lint.analysis.medical) decides: a sentence whose words carry no
# medical content cannot recommend a treatment, state a risk or instruct on care, so it needs no source.
# What stays decisive whatever the words: a prohibition or a contraindication, a recommendation or a form of
# advice (〜ことが大切, 〜ほうがよい), care-seeking (urgency, a sign in a condition), a tendency (〜ことがあります),
# an action judged (〜すると安心です), and a number of a proportion or a rate (2人に1人, 3割, 2倍).


def _rate(text, quantity):
    """The quantity is a proportion or a rate (3割, 20%, 2倍, 2人に1人): a claim about how many, whatever its words."""
    unit = quantity.unit or ""
    after = text[quantity.end :]
    if unit.endswith(("人", "名")) and after.startswith("に") and not after.startswith("につき"):
        return True  # 二十人に一人 (1人につき is a unit of a count, no share)
    return unit.endswith(PROPORTION_UNITS) or after.startswith(PROPORTION_UNITS)


def _practical_number(text, quantity):
    """In an instruction, a number that counts money or things to bring (二組, 3枚) or sets a deadline or a cap
    (2日前までに, 3名まで): a duration
    or a frequency there is a regimen (30秒以上洗いましょう, 1日2回塗ってください) and stays a health number."""
    # an aside between the number and its deadline is read past (3日前（土日祝を除く）までに)
    after = _ASIDE.sub("", text[quantity.end : quantity.end + 80]).lstrip()
    unit = quantity.unit or ""
    return (
        unit.endswith(ADMINISTRATIVE_UNITS)
        or unit.endswith(OBJECT_COUNTERS)
        # (forty-second session) an ordinal that names a place or a line (2番目の窓口, 1番の処置室, 5番のバス)
        or unit.endswith(("番", "番目", "号", "号室", "番線"))
        or after.startswith(("番", "号"))
        or after.startswith(OBJECT_COUNTERS)  # 二組: the counter read apart from the numeral
        or bool(_DEADLINE.match(after))
        # a cap of people or things (付き添いは2名まで, お花は3本まで) is the service's; a cap of an amount taken in (水は
        # 500mlまで, コップ1杯まで) or of a time (入浴は10分まで) is a regimen (from the review of the thirtieth session)
        or bool(_CAP.match(after))
        and (unit.endswith(_CAPPED_COUNTERS) or after.startswith(_CAPPED_COUNTERS))
    )


# 前まで after a number or its counter (2日前までに); 先 (2か月先): a deadline
_DEADLINE = re.compile(r"(?:[^\d\s、。，,]{1,2}?)?前まで|先")
# counters of people and things a service caps (3名まで, 2本まで); not 杯, a volume or a time (the object counters are
# read before the cap)
_CAPPED_COUNTERS = _PEOPLE_COUNTERS + tuple(table(WORDS, CLAIM_WORDS, "capped_things"))  # lint/data/claim-words.toml
# まで after a number or its counter (3名まで, read apart from the numeral): a cap
_CAP = re.compile(r"(?:[^\d\s、。，,]{1,2}?)?まで")
# (thirtieth session) a bracketed aside, not nested (（土日祝を除く）, (平日のみ))
_ASIDE = re.compile(r"[（(][^（）()]{0,40}[）)]")


def _arranged(tokens):
    """The institution's arrangement that may apply (着替えていただく場合があります, お待ちいただくことがあります): the
    reader's act asked in the humble register before the generalising noun; its practice, not a tendency of the world."""
    asked = [i for i, t in enumerate(tokens) if _lemma(t) in ("いただく", "頂く") and t.pos == "動詞"]
    return bool(asked) and any(_lemma(t) in medical.GENERALISING for t in tokens[asked[-1] + 1 : asked[-1] + 3])


def _institution_side(reading):
    """A statement from the institution's side of the visit: the writer or the institution in the humble register
    (ご案内いたします, 実施しております), the reader offered or asked an act (ご利用いただけます, 着替えていただきます,
    〜させていただきます), a topic whose head is a noun of administration or of a service (挿入時間は, 予約は, 料金は), or
    an act made unavailable (持ち込みはできません): the institution's rule."""
    if reading.humble or reading.courteous or reading.offer:
        return True
    words = _words(reading)
    if any(_lemma(t) in ("いただく", "頂く", "いただける", "頂ける") and t.pos == "動詞" for t in words[-4:]):
        return True
    # (thirty-eighth session, issue 11) the courteous existence or copula of a reception desk, ございます (売店は一階に
    # ございます, 受付は二階でございます): the voice of the institution showing its premises (_practical asks, first, that no
    # word of health be there; grammar's courteous register keeps to いたす and おる, which claims read elsewhere)
    if any(_lemma(t) in ("ござる", "御座る") and t.pos in ("動詞", "助動詞") for t in words[-3:]):
        return True
    if reading.negative and _predicate_class(reading) == "availability":
        return True
    if _arranged(reading.tokens):
        return True
    topic = [t for t in reading.topic if t.pos == "名詞"]
    # (twenty-eighth session) the subject of one act of a list (〜に時間がかかったり、歩幅が小さくなったりします) is no
    # topic of the statement: what the listed acts say is a course, not a rule
    # (second review) only a subject that a clause modifies (動き出すまでに時間が…): 面会の時間が短くなったり… is the
    # schedule's own change
    if (
        topic
        and _listed_acts(reading.tokens)
        and _subject_with_ga(reading.tokens, topic[-1])
        and any(t.pos == "動詞" for t in reading.topic)
    ):
        return False
    return bool(topic) and _lemma(topic[-1]) in PRACTICAL_TOPICS


def _service_part(word):
    """A word of health that names a room or a counter of the institution (処置室, 検査受付) or a paper (接種済証, 母子手帳,
    診断書): its last word says so (_INSTITUTION_PLACES; medical.PAPERS)."""
    return word.endswith(_INSTITUTION_PLACES + medical.PAPERS)


# who waits or hands in for the patient, as the request's topic (付き添いの方は, ご家族は): a companion's step of the visit is
# no care of the companion's body; not one who stays with the patient (ご家族と一緒に, お子さまと一緒に: from the review)
_COMPANION_TOPIC = re.compile(
    r"^[^、。]{0,12}?(?:付き添い|付添|ご家族|家族の方|お連れ|保護者|ご同伴)(?:の方|の皆様|の皆さま)?(?:は|が)"
)
# a procedure's name before one of these names a service of the institution (予防接種の受付, 検査の予約)
_SERVICE_OF_A_PROCEDURE = re.compile(r"^の?(?:受付|予約|会計|窓口|申し?込み?|問診票|予診票|案内|順番)")


def _procedure_named(word, text, companion):
    """A procedure in a step of the visit is the service's name when a companion acts (付き添いの方は、処置が終わるまで…)
    or when it names a service of the institution (予防接種の受付時に); otherwise it is the time of care (手術の翌日に、
    注射の後は)."""
    if not word.endswith(medical.PROCEDURES):
        return False
    if companion:
        return True
    # every mention of it names a service (予防接種の予約をされた方は、予防接種の後、… is the time of care again)
    ats = [m.end() for m in re.finditer(re.escape(word), text)]
    return bool(ats) and all(_SERVICE_OF_A_PROCEDURE.match(text[at:]) for at in ats)


def _subject_with_ga(tokens, last):
    """The noun ``last`` is marked by が (the subject of a clause), not by は or では (a topic)."""
    at = next((i for i, t in enumerate(tokens) if t is last), None)
    return at is not None and at + 1 < len(tokens) and tokens[at + 1].surface_form == "が"


def _listed_acts(tokens):
    """The sentence lists acts or states with 〜たり (…たり、…たりします)."""
    return sum(1 for t in tokens if t.surface_form in ("たり", "だり") and t.pos == "助詞") >= 2


_STEM_ENDS = {"し": "す", "み": "む", "り": "る", "い": "う", "き": "く", "ち": "つ"}


def _dictionary_forms(surface):
    """The verbs a stem read as a noun after お/ご may be (お過ごし → 過ごす, お休み → 休む, 心がけ → 心がける)."""
    surface = surface[1:] if surface[:1] in ("お", "ご") and len(surface) > 2 else surface  # お過ごし as one noun
    forms = {surface, surface + "る"}
    if surface and surface[-1] in _STEM_ENDS:
        forms.add(surface[:-1] + _STEM_ENDS[surface[-1]])
    return forms


def _practical(reading, text, need, trigger, health, before=""):
    """An instruction or a statement about practical matters with no medical content (see "practical").
    ``before``: the paragraph's sentence before it (a place of the institution named there)."""
    if reading.lang == "en":
        return _practical_english(reading, text, need, health)
    # a volitional (〜しましょう) is the voice of health education, which leaves its object's purpose unsaid
    # (まず、枕の高さを見直しましょう); practical matters are asked for (〜してください) or stated
    if reading.lang != "ja" or not reading.predicate or reading.mood not in ("statement", "request"):
        return False
    if need == "contraindication":
        return False
    # a recommendation word as the head of the writer's own statement (ネット予約の受付は2027年1月15日から開始します) reports an act;
    # anywhere else (〜の開始をおすすめします, 〜を検討してください) it recommends
    # (only a verb of starting or stopping: 〜を推奨しています as the head recommends, whoever says it)
    if need == "recommendation" and not (
        reading.mood == "statement" and trigger == reading.head and trigger in START_HEADS | {"中止"}
    ):
        return False
    lower = _unfaced(text).lower()
    if ADVICE.search(lower) or PROHIBITION.search(lower) or _care_seeking(text, reading, logistics=True):
        return False
    if _triage(reading):
        return False  # visitors selected by a symptom and sent on by an acute onset, a refusal or a room of care
    routed = _routes_the_selected(reading)
    if routed:
        # a number of a place says where (3階の窓口へ); of the selector, an ordinal or an age says whom (2回目の方は, 65歳
        # 以上の方は), while a time since an event is a window of care (手術から1か月以内の方は)
        shift = max(0, text.find(grammar.core_text(text)))  # the tokens count from the text without its brackets
        selector, *places = [(a + shift, b + shift) for a, b in routed]

        def whom_or_where(q):
            if any(a <= q.start and q.end <= b for a, b in places):
                return True
            ordinal_or_age = text[q.end : q.end + 1] in ("目", "歳", "才") or text[q.start : q.end].endswith(
                ("歳", "才")
            )
            return selector[0] <= q.start and q.end <= selector[1] and ordinal_or_age

        return all(_practical_number(text, q) or whom_or_where(q) for q in health)
    if reading.invitation or "いかが" in text:
        return False  # a suggestion to try something (〜してみませんか, 〜てはいかがでしょうか) recommends it
    if reading.mood == "request" and any(w in text for w in REGIMEN_WORDS):
        return False  # a frequency in an instruction is a regimen (毎日取り替えてください)
    if reading.mood == "request" and (
        (_heads(reading) & INTAKE_VERBS and _PREPARATION.search(text)) or _ja_request_carries_care(reading)
    ):
        return False  # (thirty-fourth session) taking in or holding back before a procedure: 検査前日の夜9時以降は、何も召し上がらないでください
    if any(_lemma(t) in LIFESTYLE_VERBS or _dictionary_forms(t.surface_form) & LIFESTYLE_VERBS for t in reading.tokens):
        return False  # how the reader spends the days is a way of living (涼しい部屋でお過ごしください)
    words = _words(reading)
    if _embeds_proposition(words):
        return False  # the writer states a proposition under a verb of thinking (〜と考えております)
    word, i = _predicate_word(words)
    evaluated = word in medical.EVALUATIVES or (i >= 0 and words[i].surface_form in medical.EVALUATIVES)
    if evaluated and reading.mood == "statement":
        return False  # an action judged (〜するのが良いでしょう) is advice whatever its words; ご安心ください is not
    tokens = reading.tokens
    # the institution's arrangement that may apply (着替えていただく場合があります) is its practice, not a tendency of
    # the world: the clause before the generalising noun asks the reader's act
    arranged = _arranged(tokens)
    found = medical.medical_words(tokens, service_heads=SERVICE_ARRANGEMENTS)
    passed = _passed_between(tokens) if _heads(reading) & _PASSING else set()
    found = [w for w in found if w not in passed]
    # (forty-second session) a rule of the premises (当院は敷地内全面禁煙です), not advice to quit: its smoking words are no
    # words of health
    premises = bool(found) and all(w.endswith(("禁煙", "喫煙")) for w in found) and _premises_rule(reading, tokens)
    if premises:
        found = []
    # (forty-sixth session, from the review) the rule carries the statement only when it is stated outright: no passive
    # smoking, no condition, and the smoking word the predicate (〜は全面禁煙です, 〜禁煙となっております); 喫煙をやめると…
    # 少なくなります and 〜受動喫煙となります have なる for another reason
    premises = premises and _smoking_rule_stated(reading, tokens)
    thing = _handed_thing(reading)
    if thing:
        # (thirty-fourth session) the words of health that name what is handed in, put or taken at the service
        # (使い終わった吸入器は、薬局の回収箱にお入れください): only the thing's own words; the rest of the request is read
        named = "".join(t.surface_form for t in thing)
        found = [w for w in found if w not in named]
    # examinations and other events of the visit named in the institution's statement or a request of the visit
    # (マンモグラフィ検査は、女性の技師が担当いたします; 睡眠外来の初診では…お時間をいただきます; 通院は計5回です) are the
    # service's names, as an occasion is (検査前に), wherever they stand (thirty-second and thirty-third sessions)
    institution_side = _institution_side(reading)
    event_topic = _event_topic(reading)
    institution = reading.mood == "request" or institution_side or event_topic
    # only a plain line: a reason, a condition or an end reached beside it is the rationale of care (インフルエンザの検査は、
    # 早すぎると正しい結果が出ないため…; 通院は、良い状態が保てるようになるまで…), and an event's name lets nothing through there
    # (thirty-sixth session) a condition that is a moment of the visit (検査が終わりましたら, お薬を受け取る際は) is no
    # rationale, and its words were read as the visit's (_moment_of_the_visit)
    rationale = _RATIONALE.search(_moment_removed(text, reading))
    if _moment_of_the_visit(reading):
        # each word once, as the condition says it: the request's own お薬 (お薬を受け取ったら、お薬は冷蔵庫に…) stays
        for word in medical.medical_words(grammar.read(reading.condition).tokens, service_heads=SERVICE_ARRANGEMENTS):
            if word in found:
                found.remove(word)
    events = _event_phrases(tokens) if institution and not rationale else []
    examinations = [w for w in found if any(w in e for e in events)]
    calendar = not rationale and _calendar_of_a_programme(reading)
    # (fifty-seventh session) a treatment offered on the institution's arrangements only (小児の予防接種には、火曜と木曜の
    # 午後に専用の時間帯を設けています)
    arranged_treatment = not rationale and not health and _treatment_arranged(reading)
    if calendar or arranged_treatment:
        # (forty-seventh session) the programme whose calendar is stated (インフルエンザ予防接種は、10月1日から開始します)
        named_topic = "".join(t.surface_form for t in reading.topic)
        examinations = examinations + [w for w in found if w in named_topic]
    outside = medical.outside_occasions(tokens, SERVICE_ARRANGEMENTS)
    for word in examinations:
        outside = outside.replace(word, "")  # 乳がん検診 names the examination; its がん is no word of its own
    if reading.mood == "request" and not rationale and _heads(reading) & _STEP_HEADS and "まま" not in text:
        # (forty-sixth session) a step of the visit (wait, hand in, receive, go, use) names the service's rooms and papers
        # (処置室の前で, 接種済証を), and a procedure where a companion acts or it names a service (予防接種の受付時に):
        # names, not care. A procedure that times the request is care (手術の翌日に、処置室でガーゼを外して), and so
        # are a medicine, a food, a sign or a device (食事を済ませて, 補聴器を外して, 眠気が来るまで) and what is kept on
        # (包帯を巻いたまま)
        companion = bool(_COMPANION_TOPIC.match(text)) and "一緒" not in text
        examinations = examinations + [w for w in found if _service_part(w) or _procedure_named(w, text, companion)]
    if (
        [w for w in found if w not in examinations]
        # a word of health in kana that the tokenizer may split (う + がい)
        or any(m in outside for m in KANA_MORPHEMES)
        or (medical.generalises(tokens, conditions=False) and not arranged)
        or medical.evaluates_an_action(tokens)
    ):
        return False
    # a number needs the strict test: a word of health inside a compound of a service counts too (禁煙プログラムは
    # 全5回で、12週間かけて行います: a regimen)
    if health and medical.mentions_health(tokens, SERVICE_ARRANGEMENTS):
        # only the events' names may hold it, and then only a length or a count of the event passes
        named = examinations + events
        rest = [t for t in tokens if not any(t.surface_form in w for w in named)]
        if medical.mentions_health(rest, SERVICE_ARRANGEMENTS):
            return False
        if not all(_length_or_count_of_the_event(text, q) for q in health) or any(w in text for w in REGIMEN_WORDS):
            return False
    if reading.mood == "request":
        return (_of_the_visit(reading, tokens, before) or bool(thing)) and all(
            _practical_number(text, q) for q in health
        )
    # (forty-sixth session) a rule of the premises (当院は敷地内全面禁煙です) and a thing said to be at a place of the
    # institution (自動精算機は、一階の会計窓口の隣にあります) are statements of the premises too
    premises = premises or _located_at_the_institution(reading, tokens)
    premises = premises or _by_a_page_control(reading, tokens)
    premises = premises or (not health and _of_the_premises_or_bookings(reading, tokens, text))
    return (institution_side or event_topic or premises or calendar or arranged_treatment) and not any(
        _rate(text, q) for q in health
    )


def _of_the_premises_or_bookings(reading, tokens, text):
    """A plain statement that _practical found free of any word of health and of any health number, in which the
    institution operates, offers or takes something at one of its places or under its bookings: the predicate is a verb
    of the service's operation (開く, 閉まる, 営業, 行う, 受け付ける, 承る, 利用できる, 取れる: _SERVICE_OPERATIONS), and a place
    of the institution heads the topic (病院の正面玄関は、朝7時30分に開きます; 売店は、土曜日も営業しています) or is where
    or through what the predicate acts (車いすの貸し出しは、正面玄関の総合案内で行っています), or the topic names a booking
    (再診の予約は、会計窓口でも取れます). Places are the institution's own (_OWN_PLACES: 窓口, 待合室, 病棟, 各階, 総合案内,
    売店, 正面玄関); an entrance, a lift or stairs count only where the institution is named.
    Neither _institution_side nor _located_at_the_institution reads these: no humble register, no topic of
    administration, no verb of placing. Not negated and no condition (病院の階段を上ると…なったら stays with the course).
    The review of the first version, which took any place named anywhere, wrote 144 claims that name a place and no word
    of health; 9 went through (待合室のおもちゃは、子どもから子どもへ汚れを移します: the place only modifies the subject, and
    the predicate is an effect): hence the place's position and the closed set of predicates."""
    if reading.mood != "statement" or reading.negative or reading.condition:
        return False
    heads = _heads(reading)
    if not heads & _SERVICE_OPERATIONS:
        return False
    if any(medical.names_a_person(t) or _lemma(t) in _PEOPLE_HEADS for t in reading.topic if t.pos == "名詞"):
        return False  # what people do there (待合室で待つお子さんは、…) is a course, not the premises
    if not _plain_operation(reading, tokens):
        return False
    named = _institution_named(text)

    def a_place(group):
        return _place_of_the_institution(group, named)

    topic = [t for t in reading.topic if t.pos in ("名詞", "接頭詞")]
    if topic and (a_place(topic) or any(_lemma(t) in BOOKING_NOUNS for t in topic)):
        return True
    # a place marked as where or through what the predicate acts (総合案内で, 窓口から), with no verb between it and the
    # predicate: not one inside a modifier (待合室で長く待つお子さんは, 売店の黒酢ドリンクは)
    predicate = max((k for k, t in enumerate(tokens) if _lemma(t) in heads or t.surface_form in heads), default=-1)
    # the last independent verb before the predicate: a place after it has no verb between it and the predicate
    last_verb = max(
        (k for k, t in enumerate(tokens[: max(predicate, 0)]) if t.pos == "動詞" and t.pos_detail_1 == "自立"),
        default=-1,
    )
    for group, after in medical.noun_groups(tokens):
        k = after
        if k + 1 < len(tokens) and tokens[k].surface_form == "の" and _lemma(tokens[k + 1]) in _BESIDE:
            k += 2
        if a_place(group) and last_verb < k < predicate and tokens[k].surface_form in ("で", "から", "にて"):
            return True
    return False


# (fifty-seventh session) the verbs of a service's operation (open, run, take, lend, sell, use, book)
_SERVICE_OPERATIONS = frozenset(table(WORDS, CLAIM_WORDS, "service_operations"))  # lint/data/claim-words.toml


# (fifty-third session) a control of the web page, the instrument (で) or the object (を) of changing how the page shows,
# in a statement (文字の大きさは、画面右上のボタンで変えられます; claims-blind68 and claims-blind69 both reported it); a
# request to press a button is read by the visit's logistics (起き上がる前に、ナースコールのボタンを押してください is care)
_PAGE_CONTROLS = frozenset(("ボタン", "メニュー", "アイコン", "タブ", "リンク", "スライダー", "検索窓", "検索ボックス"))
_PAGE_ACTS = frozenset(
    (
        "変える",
        "変更",
        "切り替える",
        "切り替え",
        "切替",
        "選ぶ",
        "選択",
        "押す",
        "クリック",
        "タップ",
        "拡大",
        "縮小",
        "表示",
        "印刷",
    )
)


def _by_a_page_control(reading, tokens):
    """A control of the page (ボタン, メニュー, タブ: a word of its own, not ボタン電池) with で, を or から after it, and a
    verb of changing, choosing, pressing or showing as the first verb after it and the sentence's own predicate, with no
    condition: what _practical already found free of health is the page's chrome. (From the review: a verb anywhere after
    the control let effects through, ボタンを押して枕の高さを変えると、朝まで一度も起きずに過ごせます.)"""
    if reading.condition or not _heads(reading) & (_PAGE_ACTS | {"できる", "られる", "れる"}):
        return False
    for k, t in enumerate(tokens[:-1]):
        if _lemma(t) in _PAGE_CONTROLS and tokens[k + 1].surface_form in ("で", "を", "から"):
            verb = next(
                (u for u in tokens[k + 2 :] if u.pos == "動詞" and u.pos_detail_1 == "自立" or _lemma(u) in _PAGE_ACTS),
                None,
            )
            rest = tokens[k + 2 :]
            return (
                verb is not None
                and _lemma(verb) in _PAGE_ACTS
                # no other verb but できる, and no condition the grammar may not mark (変えると、…ぐっすりです)
                and not any(
                    u.pos == "動詞" and u.pos_detail_1 == "自立" and _lemma(u) not in _PAGE_ACTS | {"できる", "出来る"}
                    for u in rest
                )
                and not any(u.pos == "助詞" and u.surface_form in ("と", "ば", "たら", "なら") for u in rest)
            )
    return False


# (forty-sixth session) a place of the institution after a preposition of place: a single word with a determiner before it
# (at the main entrance, in the lobby, outside the hospital shop), a two-word place (car park, waiting room), or a
# numbered floor or room (on Level 1, on the second floor, in Room 204); matched on the line's own words, never across
# a comma, and never inflected (from stopping, by building up are no places: from the review of the first version)
_EN_INSTITUTION_PLACE = re.compile(
    r"\b(?:at|in|on|from|outside|inside|beside|opposite|near|next\s+to)\s+"
    r"(?:(?:the|our|each|every|this)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:entrances?|reception|lobby|foyer|cashiers?|outpatients|café|cafe|kiosks?|lifts?|corridor|pharmacy|ward|clinic|"
    r"hospital|car\s+park|waiting\s+(?:room|area)|pay\s+stations?|main\s+gate|bus\s+stop|reception\s+desk)"
    r"|level\s+\d+|room\s+\d+|(?:the\s+)?(?:ground|first|second|third|fourth|fifth|top)\s+floor)\b"
)
# what a statement of the premises says of its thing: it is kept, sold, lent, held, shown, open there, or people sign
# in, wait, pay or are accompanied there (a claim's verb, is common, can spread, can make you…, is none)
_EN_PREMISES_VERBS = frozenset(
    (
        "located",
        "kept",
        "sold",
        "available",
        "borrowed",
        "lent",
        "hired",
        "served",
        "displayed",
        "provided",
        "held",
        "open",
        "opens",
        "closed",
        "issued",
        "signposted",
        "placed",
        "collected",
        "accepted",
        "sign",
        "signed",
        "accompanied",
        "supervised",
        "stop",
        "stops",
        "meet",
        "meets",
        "wait",
        "stay",
        "handed",
        "returned",
        "welcome",
        "allowed",
        "permitted",
        "stored",
        "posted",
        "shown",
        "booked",
    )
)
_EN_REQUEST_STEPS = frozenset(
    (
        "check",
        "sign",
        "wait",
        "report",
        "go",
        "come",
        "queue",
        "pay",
        "collect",
        "silence",
        "switch",
        "park",
        "hand",
        "follow",
        "ask",
        "register",
        "book",
    )
)


def _en_at_the_institution(reading, text):
    """(forty-sixth session) An English line with no word of health that puts a thing of the service or a step of the
    visit at a place of the institution: a statement whose predicate says where a thing is kept, sold, lent or open, or
    where people sign in, wait or pay (Wheelchairs can be borrowed at the main entrance; The cash machine is outside the
    hospital shop), or a request of such a step (Please check in at the reception desk on the second floor). A review of
    the first version (any predicate, any inflection of a place word) wrote 310 claims and 47 went through (Falls are
    common on the ward at night; Withdrawal ends within a month from stopping)."""
    lower = text.lower()
    if not any(_EN_INSTITUTION_PLACE.search(part) for part in re.split(r"[,;:()]", lower)):
        return False
    if reading.mood == "request":
        return reading.head in _EN_REQUEST_STEPS
    head = reading.head
    if head:
        return head in _EN_PREMISES_VERBS or medical_en.location_head(head) or head == "outside"
    # no auxiliary read (Bus routes 12 and 45 stop directly outside the hospital): a verb of the premises in the line
    return any(w in _EN_PREMISES_VERBS for w in medical_en.content_words(text)[1:8])


# (thirty-third session) how long an examination or a visit takes, the examination or the visit as the subject and the
# length the whole comment: "The DEXA scan takes 10 to 15 minutes.", "A hearing test takes about an hour."
_EN_EXAMINATION_TAKES = re.compile(
    r"^(?:the|your|a|an|each|this)\s+(?P<subject>[a-z][a-z\s-]{0,40}?)\s+(?:itself\s+)?"
    r"(?:usually\s+|normally\s+|generally\s+|only\s+|should\s+|will\s+|may\s+|can\s+)?(?:takes?|lasts?)\s+"
    r"(?:about|around|approximately|roughly|up\s+to|between|less\s+than|under|no\s+more\s+than)?\s*"
    r"(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|half\s+an|[0-9]+"
    r"(?:\s*(?:to|-|–|and)\s*[0-9]+)?)\s+(?:minutes?|mins?|hours?)"
    r"(?:\s+(?:in\s+total|altogether|from\s+start\s+to\s+finish|or\s+so))?\s*[.!]?$"
)


def _en_examination_takes(lower):
    """(thirty-third session) How long an examination or a visit takes (The colonoscopy itself takes about 30 minutes; A
    hearing test takes about an hour): a step of the visit the reader plans by, as 採血は5分ほどです is in Japanese. The
    subject's head must be an examination or a visit (en_examinations in lint/data/medical-content-en.toml); a
    treatment's length (The operation takes about an hour) is a fact of the treatment and stays a claim, and so does
    anything more in the sentence (The scan takes 10 minutes and shows the blood flow)."""
    match = _EN_EXAMINATION_TAKES.match(lower.strip())
    if not match:
        return False
    subject = match.group("subject").split()
    return bool(subject) and medical_en.in_table(subject[-1], "en_examinations")


# an effect offered to the reader or to people (can help people regain their independence, helps you stop smoking,
# help slow the decline): help with a verb after it, unless the verb is one of logistics (help you book, help you find)
_EN_HELPED_RE = re.compile(
    r"\bhelps?(?:ed|ing)?\s+(?:(?:you|people|patients|them|him|her|your\s+\w+|the\s+\w+)\s+)?(?:to\s+)?([a-z]+)",
    re.IGNORECASE,
)
# what help may do for the reader in the visit: find the ward, note questions, fill in a form (not an effect)
_EN_HELP_IN_THE_VISIT = frozenset(
    {
        "note",
        "write",
        "jot",
        "prepare",
        "plan",
        "remember",
        "find",
        "finding",
        "with",
        "you",
        "get",
        "getting",
        "fill",
        "filling",
        "book",
        "booking",
        "arrange",
        "ask",
        "understand",
        "choose",
        "decide",
        "talk",
        "keep",
        "make",
        "sort",
        "move",
        "carry",
    }
)


def _en_effect_offered(text):
    """An effect offered (can help people regain their independence, helps you stop smoking, help slow the decline): help
    with a verb after it that is no act of the visit (help you book, help finding the ward, it helps to note your
    questions)."""
    for match in _EN_HELPED_RE.finditer(text):
        verb = match.group(1).lower()
        if not (verb in _EN_HELP_IN_THE_VISIT or medical_en.in_table(verb, "logistics_heads")):
            return True
    return False


# a relative clause on a thing the line names (kits that spot chlamydia reliably, a service that can reverse …)
_EN_RELATIVE_CLAIM = re.compile(
    r"\b(?:that|which|who)\s+(?:can|will|may|might|could|helps?|works?|stops?|spots?|\w+s)\b"
)
# verbs of the visit that govern care as often as logistics: they qualify only over a thing of the service, the
# reader's belongings or a time (wear loose clothing, leave valuables at home, remove nail varnish; not wear sunscreen,
# leave the dressing on, remove the plaster)
_EN_GOVERNING = frozenset(
    {"allow", "wait", "complete", "return", "send", "attend", "wear", "leave", "remove", "switch", "turn", "let"}
)


def _en_numbers_of_the_line(text, health, reading):
    """The health numbers of an English line that its main clause states: not an age or a count in its condition (if you
    are 16 or over, …) and not a phone number the quantity reader took for one (on 01234 567890)."""
    condition = text.find(reading.condition) if reading.condition else -1
    out = []
    for q in health:
        digits = text[q.start : q.end]
        if condition >= 0 and condition <= q.start < condition + len(reading.condition):
            continue
        if digits.startswith("0") and sum(c.isdigit() for c in digits) >= 4:
            continue
        out.append(q)
    return out


def _en_numbers_of_the_visit(text, numbers):
    """Whether every number is a deadline before the visit or a count of people and things of it (at least 48 hours
    before your appointment, 12 items), not how long or how often to do something (for six hours, twice a day)."""
    return all(medical_en.deadline(text[q.end :]) or medical_en.counts_things(text[q.end :]) for q in numbers)


def _en_governs_a_service_thing(words, head):
    """Whether the verb ``head`` has a thing of the service (a form, a kit, an appointment, a room) or, for allow, a time
    for the visit within four words after it."""
    i = words.index(head) if head in words else -1
    after = words[i + 1 : i + 5] if i >= 0 else []
    if head == "allow" and any(w.isdigit() or w in ("most", "up", "about", "around", "extra", "plenty") for w in after):
        return True
    if head == "let":
        return after[:2] == ["us", "know"]  # let us know (tell us); not let your child rest
    return any(medical_en.in_table(w, "service_heads") for w in after)


# after a number, a share or a rate (20%, 1 in 10, one out of five, twice as, 3 times)
_EN_RATE = re.compile(
    r"\s*(?:%|percent\b|per ?cent\b|out\s+of\b|times\b|-?fold\b"
    r"|in\s+(?:\d|every\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|a\s+(?:hundred|thousand)\b))",
    re.IGNORECASE,
)


# (forty-seventh session) when a person or a group of the service sees patients or meets: a doctor or a member of staff
# named by a title, or the writer's or a named group, class or clinic, then see / meet / hold / run, then a day of the
# week or a time of day, and nothing else after it but a place (Dr. Rivera sees patients on Tuesdays and Thursdays; Our
# support group meets on the first Tuesday of every month at the community centre; The Healthy Bones class meets in Room
# 204 on Tuesday evenings). "Doctors see more flu in winter" names no one and no day.
_EN_SCHEDULE = re.compile(
    r"^(?:(?:Dr|Drs|Prof|Professor|Nurse|Sister)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:(?:\s*,\s*|\s+(?:and|&)\s+)(?:(?:Dr|Prof|Professor|Nurse)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,4}"
    # an appositive of the person's role only (Dr. Yamada, head of the rheumatology team, …): from the final review, not
    # a praise (Dr. Rivera, famous for miracle results, …)
    r"(?:,\s*(?:the\s+|our\s+)?(?:head|lead|director|consultant|chair|leader|manager|member|clinical\s+lead)\b[^,.]{0,50},)?"
    r"|(?:Our|The)\s+(?:[A-Z][\w'’-]*\s+|[a-z'’-]+\s+){0,3}(?:group|class|classes|clinic|clinics|team|session|sessions|"
    r"café|cafe|meeting|meetings|circle|club))"
    r"\s+(?:sees?|meets?|holds?\s+(?:a\s+)?(?:clinics?|sessions?)|runs?\s+(?:a\s+)?(?:clinics?|sessions?))"
    r"(?:\s+(?:new\s+|follow-up\s+|all\s+)?patients)?"
    r"(?:\s+(?:on|in|at|every|from|between|each)\s+(?:[^.;:!?]|(?<=\b[ap])\.(?=m\b)|(?<=\b[ap]\.m)\.|(?<=\bSt)\.){1,80})$"
)
# the names of the days of the week (Monday, Tuesdays), for the schedule's tests below
_EN_WEEKDAY_NAMES = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
_EN_SCHEDULE_WHEN = re.compile(
    rf"\b(?:{_EN_WEEKDAY_NAMES}|weekends?|weekdays?|\d{{1,2}}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)"
    r"|mornings?|afternoons?|evenings?)\b"
)


# (from the review) what may follow the verb: times and places only, joined by and, or, a comma or "but not" before
# another; a clause (which, who, so, because, to, and halves …) or a duration of care (in under 20 minutes, within two
# hours) makes the line a claim, and so does a relative clause in the appositive (Dr. Morgan, who never loses a patient, …)
_EN_SCHEDULE_VERB = re.compile(r"\s(?:sees?|meets?|holds?|runs?)\s")
_EN_DAY_OR_TIME = (
    rf"(?:{_EN_WEEKDAY_NAMES}|weekdays?|weekends?|\d|noon|midday|mornings?|afternoons?|"
    r"evenings?|alternate|every|each)\b"
)
_EN_SCHEDULE_CLAUSE = re.compile(
    r"\b(?:which|who|whose|that|when|where|while|because|as|since|so|to|after|before|until\s+(?!\d|noon))\b"
    r"|(?:,|\band\b|\bor\b)\s+(?!(?:but\s+)?(?:not\s+)?(?:on|at|in|from|every|each)?\s*(?:the\s+)?"
    + _EN_DAY_OR_TIME
    + r"|(?:on|at|in|from)\s)"
    r"|\b(?:in|within)\s+(?:under|less than|about|around)?\s*\S+\s+(?:minutes?|hours?|days?|weeks?)\b",
    re.IGNORECASE,
)
_EN_SCHEDULE_APPOSITIVE = re.compile(r"^[^,]*,\s*(?:who|whose|which)\s", re.IGNORECASE)


# (from the final review) the words a time or a place after the verb may hold: every other word ("with guaranteed
# results", "every three years") leaves the line a claim
_EN_SCHEDULE_TAIL_WORDS = frozenset(
    "on in at every from between each and or but not the a of to until till first second third fourth last other "
    "alternate month week weekday weekdays weekend weekends morning mornings afternoon afternoons evening evenings noon "
    "midday a.m p.m am pm o'clock room hall centre center clinic hospital library church office building floor level "
    "wing ward unit surgery practice park school community village town st house suite lobby main east west north south "
    "person online".split()
)
_EN_SCHEDULE_TAIL_WORD = re.compile(r"[A-Za-z][\w'’.-]*|\d[\d:.]*")


# (forty-seventh session) how the reader pays: a fee of the service stated as an amount of money (The copay for a standard
# office visit is $25.00; The fee for a copy of your records is £10), and the means of payment taken (Payment can be made by
# cash or credit card; We accept cash, debit and credit cards). Not a cost in general (The cost of treating a stroke is
# …): only a fee, a charge, a copay, a deposit or a price named as such, and an amount of money after it and nothing else
_EN_FEE_BEFORE = (
    r"consultation|registration|copy|copying|parking|cancellation|booking|late|no-show|admin|administration|office|"
    r"specialist|visit|appointment|standard|first|follow-up|initial|annual|monthly|weekly|daily|hourly|certificate|"
    r"letter|report|records|form|card|replacement|room|private|interpreter|translation"
)
_EN_FEE_FOR = (
    r"visit|visits|appointment|appointments|copy|copies|records|certificate|certificates|letter|letters|report|reports|"
    r"form|forms|room|rooms|parking|permit|permits|page|pages|cancellation|loan|card|cards|consultation|consultations|"
    r"registration|booking|session|sessions|interpreter|scan|test|x-ray|mri|ecg"
)
# (from the review) the words before the fee and the head of "for …" are the service's own (a consultation fee; the fee
# for a copy of your records), so that a claim cannot ride in them (the risk-free surgery fee; the price for a plan that
# guarantees results)
_EN_FEE = re.compile(
    rf"^(?:The|Our|A|An|Each|Your)\s+(?:(?:{_EN_FEE_BEFORE})\s+){{0,3}}(?:fee|fees|copay|copays|co-pay|co-pays|charge|"
    rf"charges|deposit|price|prices)(?:\s+for\s+(?:an?\s+|the\s+|each\s+|your\s+)?(?:(?:{_EN_FEE_BEFORE})\s+){{0,3}}"
    rf"(?:{_EN_FEE_FOR})(?:\s+of\s+(?:your\s+|the\s+)?[a-z-]+)?)?\s+(?:is|are|will\s+be)\s+"
    r"(?:about\s+|around\s+|approximately\s+)?(?:[$£€¥]\s?\d[\d,]*(?:\.\d\d)?|\d[\d,]*\s+(?:yen|dollars|pounds|euros))"
    r"(?:\s+(?:per|a|each)\s+(?:visit|copy|page|hour|day|night|month|session|appointment))?$",
    re.IGNORECASE,
)
_EN_PAYMENT = re.compile(
    r"^(?:(?:Payment|Payments|Fees)\s+(?:can|may)\s+be\s+(?:made|paid)\s+(?:by|with|in|using)|We\s+(?:accept|take))\s+(.{1,100})$"
)
_EN_PAYMENT_WORDS = frozenset(
    "cash card cards credit debit mobile wallet wallets or and the at a an our cashier cashiers reception desk counter "
    "ground first second floor bank transfer transfers cheque cheques apple pay google paypal contactless e-money ic qr "
    "code codes most all major electronic money payment payments machine machines main entrance on in by with check "
    "checks visa mastercard amex american express jcb office offices window windows kiosk kiosks terminal terminals".split()
)


def _en_payment(text):
    """(forty-seventh session) See _EN_FEE and _EN_PAYMENT: a fee stated as money, or the means of payment taken."""
    line = text.strip().rstrip(".")
    if _EN_FEE.match(line):
        return True
    means = _EN_PAYMENT.match(line)
    if means is None:
        return False
    # (fifty-third session) a possessive is its noun's (the cashier's office; claims-blind69)
    words = re.findall(r"([A-Za-z][\w-]*)(?:['’]s\b)?", means.group(1))
    return bool(words) and all(w.lower() in _EN_PAYMENT_WORDS for w in words)


def _en_schedule(text):
    """(forty-seventh session) See _EN_SCHEDULE: who of the service, then when, and nothing but times and places."""
    line = text.strip().rstrip(".")
    if not (_EN_SCHEDULE.match(line) and _EN_SCHEDULE_WHEN.search(line)):
        return False
    verb = _EN_SCHEDULE_VERB.search(line)
    if verb is None or _EN_SCHEDULE_CLAUSE.search(line[verb.end() :]) or _EN_SCHEDULE_APPOSITIVE.search(line):
        return False
    tail = re.sub(r"^\s*(?:new\s+|follow-up\s+|all\s+)?patients\b", "", line[verb.end() :])
    for word in _EN_SCHEDULE_TAIL_WORD.findall(tail):
        lower = word.lower().rstrip(".")
        if word[0].isdigit() or word[0].isupper() or lower in _EN_SCHEDULE_TAIL_WORDS:
            continue
        if _EN_SCHEDULE_WHEN.fullmatch(word) or re.fullmatch(_EN_WEEKDAY_NAMES, lower, re.IGNORECASE):
            continue
        return False
    return True


def _practical_english(reading, text, need, health):
    """(thirty-first session) An English request or statement about practical matters with no medical content: the
    counterpart of the Japanese test, on the English reading (mood, head, subject; no parse) and the English
    medical-content test (lint.analysis.medical_en, lint/data/medical-content-en.toml). English gets no parse, so the
    line must be recognisably the service's, and anything of a claim blocks it:

    - a request qualifies when its verb is one of the visit's logistics (bring, book, arrive, call, pay, arrange);
    - a statement when its subject's head is a thing, a place or a person of the service (results, the stroke unit,
      your nurse) with a verb of the service's facts or acts (is open, are posted, will call), the writer (we) with a
      verb of its acts (we will text you), the reader with a verb of logistics (you can book), or a facility there
      is (there is a café);
    - whatever the words: no word of health outside a service's name or the line's occasion, no word of a claim's
      form (comparatives and superlatives, outcomes, rates, counts and tendencies: best, lowest, than, success,
      most, usually over the reader, because), no condition but one of the visit (if you cannot attend, if you need
      an interpreter, if you are 75 or older), and no number but a deadline before the visit, a price, a time of day
      or a contact in a request, and none of an interval or a time after care anywhere (every three years, two
      weeks after).

    The first version judged by the absence of health words alone; a review wrote 318 English claims against it and
    119 went through (classes in tests/lint/test_claims_english_practical.py)."""
    if reading.mood not in ("statement", "request") or need in ("contraindication", "recommendation"):
        return False
    lower = _unfaced(text).lower()
    if ADVICE.search(lower) or PROHIBITION.search(lower) or _URGENT.search(lower):
        return False
    if _en_examination_takes(lower):
        return True  # (thirty-third session) The colonoscopy itself takes about 30 minutes: a step of the visit
    words = medical_en.content_words(text)
    if not words or medical_en.claim_form(words):
        return False
    found = medical_en.health_words(text)
    if found and medical_en.in_table(reading.head, "admin_heads"):
        # a procedure that is the subject of the service's facts (testing is free and anonymous); not one elsewhere
        # (our team can usually close the hole without open surgery)
        subject = set(medical_en.words(reading.topic_text))
        found = tuple(w for w in found if not (medical_en.in_table(w, "procedure_words") and w in subject))
    if found:
        return False
    if reading.condition and not medical_en.practical_condition(reading.condition):
        return False
    if _en_effect_offered(lower) or _EN_RELATIVE_CLAIM.search(lower):
        return False  # an effect offered (can help people regain …), or a claim in a relative clause (kits that spot …)
    if _en_payment(text):
        return True  # (forty-seventh session) The copay for a standard office visit is $25.00; We accept cash and cards
    if any(_EN_RATE.match(text[q.end :]) or q.unit for q in health):
        return False
    if _en_schedule(text):
        return True  # (forty-seventh session) Dr. Rivera sees patients on Tuesdays and Thursdays
    if medical_en.interval(words):
        return False
    head = reading.head or words[0]
    if reading.mood == "request" or (not reading.subject and medical_en.in_table(words[0], "logistics_heads")):
        head = reading.head if reading.mood == "request" else words[0]
        # a verb that governs care as often as logistics qualifies only over a thing of the service or a time for the
        # visit (complete the form, return the kit, allow two hours for your appointment; not allow your child to rest,
        # complete your treatment, wait until the next day before you wash the area)
        # (forty-sixth session) a request of a step of the visit made at a place of the institution (check in at the
        # reception desk on the second floor): the line has no word of health
        if head in _EN_GOVERNING and not _en_governs_a_service_thing(words, head):
            return False
        at_the_institution = _en_at_the_institution(reading, text)
        # a number in a request is a deadline before the visit (at least 48 hours before your appointment, 15 minutes
        # early), not how long or how often to do something (for six hours, twice a day)
        return (medical_en.in_table(head, "logistics_heads") or at_the_institution) and _en_numbers_of_the_visit(
            text, health
        )
    topic = medical_en.content_words(reading.topic_text)
    # a verb of the service before the reading's first auxiliary ends the subject there (each prescription item costs
    # £9.90 unless you are exempt: the reading cuts at "are"); so does one where the reading found no auxiliary
    verb = next(
        (
            k
            for k, w in enumerate(words)
            if k and (medical_en.in_table(w, "service_verbs") or medical_en.in_table(w, "admin_heads"))
        ),
        None,
    )
    if verb is not None and (not topic or verb < len(topic)):
        topic, head = words[:verb], words[verb]
    if not topic:
        return False
    if topic == ["there"]:
        # a facility there is (there is a café on the ground floor)
        return any(medical_en.in_table(w, "service_heads") for w in words[2:5])
    tendency = any(medical_en.in_table(w, "tendencies") for w in words)
    if topic[0] in ("we", "we'll", "we're"):
        # how often the writer does something to the body (we can usually take out …) is a tendency of care
        return medical_en.in_table(head, "writer_acts") and not tendency
    if topic in (["you"], ["you'll"]):
        # the reader with a verb of logistics, as a request is read (you will wear the boot for six weeks: a regimen)
        return (
            medical_en.in_table(head, "logistics_heads")
            and not tendency
            and not (head in _EN_GOVERNING and not _en_governs_a_service_thing(words, head))
            and _en_numbers_of_the_visit(text, _en_numbers_of_the_line(text, health, reading))
        )
    if not tendency and _en_at_the_institution(reading, text):
        return True  # (forty-sixth session) wheelchairs can be borrowed at the main entrance: the premises
    noun = topic[-1]
    staff = medical_en.in_table(noun, "staff_words") or medical_en.specialty(noun)
    if not (staff or medical_en.in_table(noun, "service_heads")):
        return False
    if tendency and staff:
        return False  # our surgeons can usually …: a tendency of care; results are usually posted: the practice
    return (
        medical_en.in_table(head, "admin_heads")
        or medical_en.in_table(head, "service_verbs")
        or medical_en.in_table(head, "writer_acts")
        or medical_en.location_head(head)
    )


SERVICE_PLACES = tuple(table(WORDS, CLAIM_WORDS, "service_places"))  # lint/data/claim-words.toml
_HANDING_HEADS = frozenset(
    {"置く", "入れる", "捨てる", "渡す", "出す", "返す", "返", "返却", "提出", "預ける", "受け取る"}
)
# a purpose or a reason beside the request (〜ないよう, 〜ため, 〜ので): the rationale of care
_PURPOSE_OR_REASON = re.compile(r"よう|ため|ので")


# verbs (and their nouns) of a thing passed between the service and the reader: received, handed, sent, returned, kept
_PASSING = frozenset(
    (
        "受け取る",
        "受取",
        "受け取り",
        "渡す",
        "渡し",
        "届ける",
        "届け",
        "送る",
        "郵送",
        "返送",
        "送付",
        "配送",
        "宅配",
        "返す",
        "返却",
        "預かる",
        "預ける",
        "提出",
        "持参",
        "持つ",
        "発行",
        "交付",
        "お渡し",
        "お届け",
        "お預かり",
    )
)


# the grounds and buildings of an institution, where a rule of smoking is the institution's (敷地内, 院内, 駐車場)
_PREMISES = ("敷地", "院内", "館内", "建物", "駐車場", "構内", "病院", "当院", "施設", "屋外", "屋内", "車内", "車の中")


# the predicates that put a thing at a place: it is there, set there, provided there, boarded there
_LOCATING_HEADS = frozenset(("ある", "ござる", "置く", "設置", "用意", "設ける", "備える", "乗車", "停車", "発着"))
# places only an institution has (its counters, rooms of the visit, wards and floors); places any building has (an
# entrance, a lobby, stairs, a toilet) count only where the sentence names the institution (from the review: 学校の入口,
# 玄関の段差, 体育館の階段 are anywhere)
# (_VISIT_ROOMS below, and the wards' own words)
_WARD_PLACES = ("ナースステーション", "各階", "院内")
_ANY_BUILDING_PLACES = (
    "入口",
    "入り口",
    "出入口",
    "出入り口",
    "玄関",
    "ロビー",
    "カウンター",
    "コーナー",
    "ロータリー",
    "掲示板",
    "トイレ",
    "エレベーター",
    "ホール",
    "廊下",
    "階段",
    "駐車場",
    "敷地",
    "売店",
)
# (fifty-third session) rooms and fittings of a building a visitor looks for, besides the places above
_BUILDING_FITTINGS = (
    "駐輪場",
    "自動販売機",
    "自販機",
    "公衆電話",
    "ATM",
    "授乳室",
    "ロッカー",
    "休憩室",
    "談話室",
    "食堂",
    "喫茶",
    "カフェ",
    "コンビニ",
    "案内所",
    "総合案内",
    "精算機",
    "両替機",
    "傘立て",
)
_THE_INSTITUTION = (
    # (fifty-seventh session) the front entrance is a building's that receives the public (a home has a 玄関)
    "正面玄関",
    "当院",
    "クリニック",
    "院内",
    "本館",
    "別館",
    "新館",
    "東館",
    "西館",
    "南館",
    "北館",
    "外来棟",
    "病棟",
    "各階",
)
# how much or how often: a statement of quantity, not of where a thing is kept (多くあります, たくさんいます)
_HOW_MANY = frozenset(
    ("多い", "多く", "たくさん", "沢山", "いっぱい", "大量", "よく", "しばしば", "少ない", "まれ", "無数")
)
# what a statement may say exists without being a thing put somewhere: a risk, an accident, a place, a person
_NOT_A_THING = frozenset(
    (
        "危険",
        "危険性",
        "おそれ",
        "恐れ",
        "事故",
        "可能性",
        "効果",
        "原因",
        "場所",
        "ところ",
        "心配",
        "リスク",
        "問題",
        "例",
        "こと",
        "人",
        "方",
        "者",
        "人たち",
    )
)


def _located_at_the_institution(reading, tokens):
    """(forty-sixth session) A statement that a thing is at, set at or boarded from a place of the institution (自動精算機
    は、一階の会計窓口の隣にあります; リーフレットは各階の掲示板横に置いてあります; タクシーは当院正面玄関のロータリーから乗車
    できます: a place any building has counts only with the institution named).
    _practical asks first that no word of health be in it; a negated one (置いてありません) says what is missing, not
    where. The thing is the subject (marked は or が, not には), a concrete noun (not 危険, 事故, 人); the place is the
    locative of the predicate (a noun phrase before に, で or から with no other verb between it and the predicate);
    places any building has count only where the institution is named, never at home. A review of the first version
    wrote 104 claims to tempt it (玄関の段差には…危険があります, 病棟に移ったばかりの高齢者には…) and 12 went through."""
    if reading.mood != "statement" or reading.negative or reading.condition or not (_heads(reading) & _LOCATING_HEADS):
        return False
    lemmas = {_lemma(t) for t in tokens}
    if lemmas & (_ONLY_AT_HOME | _HOME_WORDS | _HOW_MANY):
        return False  # at home, or how much of it there is (汚れは、…便座に多くあります: from the review)
    subject = next(
        (
            k
            for k, t in enumerate(tokens)
            if t.surface_form in ("は", "が") and t.pos == "助詞" and k and tokens[k - 1].pos == "名詞"
        ),
        None,
    )
    if subject is None or _lemma(tokens[subject - 1]) in _NOT_A_THING or medical.names_a_person(tokens[subject - 1]):
        return False
    text = "".join(t.surface_form for t in tokens)
    places = _VISIT_ROOMS + _WARD_PLACES + (_ANY_BUILDING_PLACES if any(w in text for w in _THE_INSTITUTION) else ())
    # (fifty-third session) a room or a fitting of a building as the thing located (エレベーターは、東側と西側の2か所に
    # あります; 駐輪場は、病院正面の右側にあります): where it stands in the building is the statement, wherever the
    # place; at home it is excluded above
    # the thing is the subject marked が when a topic stands before it (トイレは、ドアノブに汚れがあります: the dirt is
    # located, not the toilet; from the review)
    # (from the final review) only a が of the main clause: not one in a relative clause (カビは、エレベーターがある廊下の
    # 壁にもあります), which an independent verb after it, before the predicate, shows
    last_verb = max(
        (k for k, t in enumerate(tokens) if t.pos == "動詞" and t.pos_detail_1 == "自立"), default=len(tokens)
    )
    marked = [
        k
        for k in range(subject + 1, last_verb)
        if tokens[k].surface_form == "が"
        and tokens[k].pos == "助詞"
        and tokens[k - 1].pos == "名詞"
        and not any(t.pos == "動詞" and t.pos_detail_1 == "自立" for t in tokens[k + 1 : last_verb])
    ]
    located = marked[-1] if marked else subject
    thing = "".join(t.surface_form for t in _compound_before(tokens, located))
    if thing.endswith(_VISIT_ROOMS + _WARD_PLACES + _ANY_BUILDING_PLACES + _SHARED_PLACES + _BUILDING_FITTINGS):
        return True
    groups = medical.noun_groups(tokens)
    for n, (_group, after) in enumerate(groups):
        particle = tokens[after] if after < len(tokens) else None
        if (
            after <= subject
            or particle is None
            or particle.pos != "助詞"
            or particle.surface_form not in ("に", "で", "から")
        ):
            continue
        if any(t.pos == "動詞" and t.pos_detail_1 == "自立" for t in tokens[after + 1 : last_verb]):
            continue  # another verb between: the place is of a relative clause (病棟に移ったばかりの…)
        # the place's name, run back over の (売店の出入口の横に)
        name = "".join(t.surface_form for g in _place_name(tokens, groups, n) for t in g)
        if any(p in name for p in places):
            return True
    return False


def _smoking_rule_stated(reading, tokens):
    """The rule of smoking stated outright (当院は敷地内全面禁煙です, 敷地内は禁煙となっております): no condition, no passive
    smoking, and the predicate the smoking word itself or the smoking word before と/に なる."""
    text = "".join(t.surface_form for t in tokens)
    if reading.condition or "受動喫煙" in text:
        return False
    if reading.head.endswith(("禁煙", "喫煙")):
        return True
    return bool(re.search(r"(?:禁煙|喫煙)(?:と|に)な", text))


def _premises_rule(reading, tokens):
    """(forty-second session) The sentence names the institution's grounds or buildings and states or asks its rule of
    smoking: the predicate is the smoking word itself, 遠慮, 禁止 or なる (敷地内は全面禁煙となっております, 喫煙はご遠慮
    ください); not a report of what quitting does (禁煙すると…減ることがわかっております: from the review)."""
    text = "".join(t.surface_form for t in tokens)
    return any(p in text for p in _PREMISES) and (
        reading.head.endswith(("禁煙", "喫煙")) or bool(_heads(reading) & {"遠慮", "禁止", "なる"})
    )


def _passed_between(tokens):
    """(forty-second session) The words of health that name a thing passed between the service and the reader: the
    noun phrase marked を, は, も or の whose next predicate is a verb of receiving, handing, sending or returning
    (お薬の郵送はいたしかねますので、窓口でお受け取りください, 入院中のお食事は…お部屋までお届けします). Only nouns,
    particles, prefixes and adverbs may stand between; another verb or adjective first (お薬を飲んでから受け取りに) ends
    the phrase's reach, and what is done to the body stays read. The caller asks it only when the sentence's own head
    is such a verb: in a relative clause (お渡しした分を…使い切っていただきます) the passing is no act of the line
    (from the review of the first version)."""
    out = set()
    for group, after in medical.noun_groups(tokens):
        if (
            after >= len(tokens)
            or tokens[after].surface_form not in ("を", "は", "も", "の")
            or tokens[after].pos != "助詞"
        ):
            continue
        for token in tokens[after + 1 :]:
            lemma = _lemma(token)
            if lemma in _PASSING or token.surface_form in _PASSING or _dictionary_forms(token.surface_form) & _PASSING:
                out.add("".join(t.surface_form for t in group))
                break
            if token.pos in ("動詞", "形容詞") and token.pos_detail_1 == "自立" or token.surface_form == "。":
                break
    return out


def _handed_thing(reading):
    """(thirty-fourth session) The tokens that name the thing of a request to hand it in, put it or take it at a place or
    a person of the service ([service_places] marked に, へ or で in the head's own clause: 回収箱にお入れください, 窓口で
    お受け取りください, 看護師へお渡しください), or None. The thing is the noun phrase marked は or を before the place,
    with the relative clause that describes it (使い終わった吸入器は). None when the request also gives a purpose or a
    reason (〜ないよう, 〜ため), or another act between the thing and the head (外して、容器に入れてから), which are care;
    from the review of a first version that cleared every word of health in such a request and let 11 of 60 medical
    instructions through."""
    if reading.lang != "ja" or reading.mood != "request" or not (_heads(reading) & _HANDING_HEADS):
        return None
    if _PURPOSE_OR_REASON.search("".join(t.surface_form for t in reading.tokens)):
        return None
    tokens = [t for t in reading.tokens if t.pos != "記号"]
    heads = [
        k
        for k, t in enumerate(tokens)
        if _lemma(t) in _HANDING_HEADS or _dictionary_forms(t.surface_form) & _HANDING_HEADS  # お受け取り, お返し
    ]
    if not heads:
        return None
    head, place = heads[-1], None
    for k in range(head - 1, 0, -1):
        if tokens[k].surface_form in ("に", "へ", "で") and tokens[k - 1].pos == "名詞":
            first = k - 1
            while first > 0 and tokens[first - 1].pos in ("名詞", "接頭詞"):
                first -= 1  # the whole compound, as the tokenizer cuts it (小 + 窓, 看護 + 師)
            if "".join(t.surface_form for t in tokens[first:k]).endswith(SERVICE_PLACES):
                place = first
            elif first >= 2 and tokens[first - 1].surface_form == "の" and tokens[first - 2].pos == "名詞":
                # (forty-fourth session) a place of the service's: 更衣室の棚, 受付横のかご, 処置室のベッド
                owner = _compound_before(tokens, first - 1)
                if "".join(t.surface_form for t in owner).endswith(SERVICE_PLACES):
                    place = first - 1 - len(owner)
            break
        if tokens[k].pos == "動詞" and _lemma(tokens[k]) not in ("いただく", "なる"):
            return None  # another act between the place and the head
    if place is None:
        return None
    marks = [k for k in range(place) if tokens[k].surface_form in ("は", "を") and tokens[k].pos == "助詞"]
    if not marks:
        return None
    end = marks[-1]
    if any(t.pos == "動詞" and _lemma(t) not in ("いただく", "なる", "する") for t in tokens[end + 1 : place]):
        return None  # another act between the thing and the place (外して、硬い容器に入れてから)
    start = end
    while start > 0 and not (tokens[start - 1].pos == "助詞" and tokens[start - 1].surface_form not in ("の", "た")):
        start -= 1  # the thing with the relative clause that describes it (使い終わった吸入器, ご持参いただいたお薬)
    return tokens[start:end]


def _of_the_visit(reading, tokens, before=""):
    """A request situated in the visit: its head is a verb of the visit's logistics (bring, prepare, hand in, pay,
    wait, change clothes, take off, refrain, contact: logistics_heads), it names the occasion or an arrangement of a
    procedure or a visit (検査前に, 面会の際は, 予約の時間に), or its topic is a thing of administration or a service
    (料金は, 予約は).
    A request with none of them leaves its purpose unsaid and may be care (エアコンを使って部屋を涼しく保ってください,
    手すりにつかまってください, 柵は上げておいてください): it stays a claim."""
    if _heads(reading) & LOGISTICS_HEADS:
        return True
    if _heads(reading) & _HANDING_HEADS and _single_request_act(reading) and _handed_thing(reading) is not None:
        # (thirty-sixth session) handing over too (鍵を係へお渡しください), when it is the request's only act: 出始めの尿を
        # 捨てて中間の尿を採り… is a procedure of care
        return True
    if medical.outside_occasions(tokens, SERVICE_ARRANGEMENTS) != "".join(t.surface_form for t in tokens):
        return True  # an occasion or an arrangement of a procedure was read
    if _heads(reading) & _MOTION_HEADS and _bound_for_a_place(reading):
        return True  # (thirty-ninth session) going to a place of the institution: 二番の窓口へお進みください
    if _heads(reading) & FACILITY_HEADS and _uses_a_facility(reading, before):
        return True  # (thirty-ninth session) using a facility, queueing, pressing a button: 駐輪場をご利用ください
    if _names_the_institution(reading, tokens):
        return True
    # (a topic of time or place alone, 暑い日は, is no thing of administration)
    topic = [t for t in reading.topic if t.pos == "名詞"]
    return bool(topic) and _lemma(topic[-1]) in ADMINISTRATIVE_HEAD_NOUNS | SERVICE_NOUNS


def _names_the_institution(reading, tokens):
    """(forty-second session) The request names a place, a thing or a document of the institution or the visit (受付機,
    駐輪場, 更衣室のロッカー, 領収書の控え) and no word of health at all, with no time of the reader's, no home and no
    purpose or reason beside it: whatever its verb (保管してください, 止めてください, お並びください), it is a step of
    the visit. A request with no such noun (手すりにつかまってください) leaves its purpose unsaid and may be care."""
    moment = _moment_of_the_visit(reading)
    # the words of a moment of the visit are its events' names (予防接種が終わりましたら): the rest is read
    rest = [t for t in tokens if t.start >= len(reading.condition)] if moment else tokens
    if medical.mentions_health(rest) or _time_bounded(tokens) or any(_lemma(t) in _HOME_WORDS for t in tokens):
        return False
    if _PURPOSE_OR_REASON.search(_without_reason_of_presence(tokens)):
        return False
    if any(
        t.surface_form == "から"
        and k
        and (tokens[k - 1].pos_detail_1 == "副詞可能" or _lemma(tokens[k - 1]) in ("日", "目", "後"))
        for k, t in enumerate(tokens)
    ):
        return False  # from a day on (翌日からは, 3日目から): the reader's course, as _bound_for_a_place reads it
    if reading.negative or _restricts_an_act(reading):
        return False  # an act forbidden or bounded (いきまないでください, 〜までお待ちください) is the reader's care
    if any(
        t.surface_form in ("ず", "ずに")
        or (_lemma(t) == "ない" and k + 1 < len(tokens) and tokens[k + 1].surface_form == "で")
        for k, t in enumerate(tokens)
    ):
        return False  # so is an act withheld beside it (我慢せずに, 〜しないで): IPADIC cuts ないで into ない + で
    visit_condition = bool(reading.condition) and (moment or _condition_of_the_visit(reading))
    if reading.circumstance and not visit_condition and not _visit_circumstance(tokens):
        return False  # a circumstance of the reader's (暑い日は, 外出時は) makes it the reader's care
    if reading.condition and (_change_in_the_reader(_condition_tokens(reading)) or not visit_condition):
        return False  # so does a condition that is no step of the visit (ふらふらしていたら, ぐったりしてきたら)
    for group, after in medical.noun_groups(tokens):
        compound = "".join(t.surface_form for t in group)
        # the noun must be where the reader goes, what is handed or used, or the topic (駐輪場に, 窓口へ, 領収書は), not
        # the scene of another act (病棟では、…立ち上がってください) nor a modifier (売店のカップ麺は, 病棟の階段を); a
        # paper may say whose copy or number is meant (領収書の控えは, 診察券の番号を)
        paper = medical.document_or_building(group) and not compound.endswith(("病院", "医院", "病棟", "棟", "局"))
        if not (_argument_of_the_request(tokens, after) or paper and _modifies_an_argument(tokens, after)):
            continue
        # (a thing any home has too, ボタン or エレベーター, counts only with a place of the institution: _uses_a_facility)
        if compound.endswith(_OWN_PLACES + _INSTITUTION_THINGS + SERVICE_PLACES):
            return True
        if _lemma(group[-1]) in ADMINISTRATIVE_HEAD_NOUNS | SERVICE_NOUNS:
            return True
    return False


# what may follow a place of the institution before its particle: a word of relative position (受付の横に, 玄関の前へ)
_BESIDE = frozenset(("横", "前", "隣", "奥", "脇", "そば", "近く", "手前", "向かい", "左手", "右手", "側"))


def _argument_of_the_request(tokens, after):
    """(forty-second session, from the review of the first version) The noun ending at ``after`` is marked as where to,
    from where, what is acted on or the topic (に, へ, まで, から, を, は, も), directly or through a word of relative
    position (受付の横に)."""
    k = after
    if k + 1 < len(tokens) and tokens[k].surface_form == "の" and _lemma(tokens[k + 1]) in _BESIDE:
        k += 2
    if k < len(tokens) and tokens[k].pos == "助詞" and tokens[k].surface_form in _REQUEST_ARGUMENT_MARKS:
        return True
    # or it says which thing is where to (更衣室のかごに, 受付の箱へ): a destination of the institution's
    if k < len(tokens) and tokens[k].surface_form == "の":
        k += 1
        while k < len(tokens) and tokens[k].pos in ("名詞", "接頭詞"):
            k += 1
        return k < len(tokens) and tokens[k].surface_form in ("に", "へ", "まで") and tokens[k].pos == "助詞"
    return False


def _modifies_an_argument(tokens, after):
    """The noun ending at ``after`` modifies through の a noun marked as an argument (領収書の控えは)."""
    if after >= len(tokens) or tokens[after].surface_form != "の":
        return False
    k = after + 1
    while k < len(tokens) and tokens[k].pos in ("名詞", "接頭詞"):
        k += 1
    return (
        k > after + 1
        and k < len(tokens)
        and tokens[k].surface_form in _REQUEST_ARGUMENT_MARKS
        and tokens[k].pos == "助詞"
    )


# where to, from where, what is acted on or handed with, the topic (named apart from the caption rule's _ARGUMENT_MARKS,
# which this set silently replaced at import until the fifty-fourth session)
_REQUEST_ARGUMENT_MARKS = frozenset(("に", "へ", "まで", "から", "を", "は", "も", "と"))


def _visit_circumstance(tokens):
    """(forty-second session) Each circumstance (a noun of condition before は or に: お帰りの際は, ご利用の際は) is a step
    of the visit: the phrase before it, back to the sentence's start or a comma, is a clause of the visit
    (_clause_of_the_visit)."""
    found = False
    for i, token in enumerate(tokens[:-1]):
        if not (
            token.pos == "名詞"
            and _lemma(token) in grammar.CONDITION_NOUNS
            and tokens[i + 1].surface_form in ("は", "に")
        ):
            continue
        start = _clause_start(tokens, i)
        phrase = [t for t in tokens[start:i] if not (t.surface_form == "の" and t.pos == "助詞")]
        if not phrase or not _clause_of_the_visit(phrase):
            return False
        found = True
    return found


def _without_reason_of_presence(tokens):
    """The text with a reason that only says a thing is there (ロッカーがございますので, 給水機がありますので) left out: the
    institution showing what it has, no rationale of care."""
    words = [t.surface_form for t in tokens]
    for i, token in enumerate(tokens):
        if (
            token.surface_form == "ので"
            and i >= 2
            and any(_lemma(t) in ("ある", "ござる") for t in tokens[max(0, i - 3) : i])
        ):
            return "".join(words[i + 1 :])
    return "".join(words)


# verbs of directed motion: with a place of the institution as where to, a step of the visit
_MOTION_HEADS = frozenset(
    ("進む", "行く", "向かう", "戻る", "入る", "回る", "移る", "移動", "上がる", "降りる", "通る")
)


def _bound_for_a_place(reading):
    """(thirty-ninth session) Outside the condition, the request's destination (a noun before へ, に or まで) is a place of
    the institution: a numbered one (二番の窓口へ, 3番診察室に), or one of _INSTITUTION_PLACES when the request follows a
    moment or a condition of the visit (順番が来ましたら、窓口へ; 検査が終わりましたら、待合室へ). Going to the lobby or
    the shop from a day on (翌日からは、売店まで行ってください) or to the night clinic at any hour is care (from a second
    review)."""
    tokens = [t for t in reading.tokens if t.start >= len(reading.condition)]
    institution_place = False
    for i, token in enumerate(tokens):
        if token.pos != "助詞" or token.surface_form not in ("へ", "に", "まで", "から") or i == 0:
            continue
        j = i
        while j > 0 and tokens[j - 1].pos in ("名詞", "接頭詞"):
            j -= 1
        group = tokens[j:i]
        compound = "".join(t.surface_form for t in group)
        if not group or group[-1].pos != "名詞":
            continue
        if any(t.pos_detail_1 == "数" for t in group) and "番" in compound:
            return True  # numbered: 2番の診察室, 三番窓口
        institution_place = institution_place or compound.endswith(_INSTITUTION_PLACES)
    # the condition is read only when an unnumbered place of the institution was named
    return (
        institution_place
        and bool(reading.condition)
        and (_condition_of_the_visit(reading) or _moment_of_the_visit(reading))
    )


def _routes_the_selected(reading):
    """(forty-fifth session) A request that selects visitors by who they are (発熱のある方は, 杖をお使いの方は, マスクをお持ちでない
    方は) and sends them to a door, a counter, a waiting room or a corner of the institution, has them wait there, or use
    its lift or machines (_ROUTING_PLACES, facility_things): the selector's words of health say whom the line is for, and
    so does the place's name when it repeats them (発熱のある方は…発熱外来入口から) or names a landmark beside it (救急外来
    横の通用口), so the request is a step of the visit. Not when it names care, a call or haste (受診, ご連絡, 早めに), goes
    round the queue or refuses a means (_refuses_or_jumps), is negative, chooses a place for a property (ベッドのある採血
    ブース), names a room of care (CT室の受付), or holds a word of health elsewhere (咳が出る方は、マスクを着けて待合室へ).
    The caller has ruled out care-seeking and triage. Returns the character spans of the selector and of each place
    (empty when the request is no such line)."""
    selected = _selected(reading) if not reading.negative else None
    if selected is None:
        return []
    tokens = reading.tokens
    selector, chosen, rest = selected
    heads = _heads(reading)
    groups = medical.noun_groups(rest)
    places = []
    for n, (group, after) in enumerate(groups):
        compound = "".join(t.surface_form for t in group)
        following = rest[after].surface_form if after < len(rest) else ""
        sent = (
            following in ("へ", "に", "まで", "から")
            and _goes(_next_verb(rest, after), heads)
            and compound.endswith(_ROUTING_PLACES + _FACILITY_THINGS)
        )
        used = (
            heads & FACILITY_HEADS
            and (following == "を" or following == "に" and "並ぶ" in heads)
            and compound.endswith(_ROUTING_PLACES + _FACILITY_THINGS + _INSTITUTION_THINGS)
        )
        # waiting at a place of the institution (付き添いの方は、待合室でお待ちください), not for a while (しばらく)
        waits = "待つ" in heads and following == "で" and compound.endswith(_ROUTING_PLACES) and not _time_bounded(rest)
        if not (sent or used or waits):
            continue
        place = _place_name(rest, groups, n)
        start = rest.index(place[0][0])
        before = rest[start - 1] if start > 0 else None
        if (
            before is not None
            and before.pos in ("動詞", "形容詞", "助動詞")
            and (before.conjugated_form.startswith(("基本形", "連体")) or before.surface_form in ("た", "だ"))
        ):
            return []  # (from the review) a place chosen for a property (ベッドのある採血ブース, 座面の高いいすの席): care
        if _names_care(place, chosen):
            return []  # (from the review) a room of care (処置室の入口, CT室の受付)
        places.append([t for g in place for t in g])
    if not places:
        return []
    named = {id(t) for place in places for t in place}
    remainder = [t for t in rest if id(t) not in named]
    said = "".join(t.surface_form for t in remainder)
    if any(word in said for word in _HURRY_OR_CARE) or _refuses_or_jumps(rest, named):
        return []
    if medical.mentions_health(remainder):
        return []
    # the spans in the tokens' characters (the sentence without enclosing brackets: grammar.core_text)
    spans = [(0, tokens[selector].start)]
    for place in places:
        spans.append((place[0].start, place[-1].start + len(place[-1].surface_form)))
    return spans


def _place_name(tokens, groups, n):
    """The noun groups that name the place ending with ``groups[n]``: its name runs back over の (2階の受付, 感染症外来の
    待合室), the nouns before it locating it."""
    place = [groups[n][0]]
    start = groups[n][1] - len(groups[n][0])
    while n > 0 and start > 0 and tokens[start - 1].surface_form == "の" and groups[n - 1][1] == start - 1:
        n -= 1
        place.insert(0, groups[n][0])
        start = groups[n][1] - len(groups[n][0])
    return place


def _names_care(place, chosen):
    """The place's name (its noun groups, _place_name) holds a word of health that is neither the selector's own
    (発熱のある方は…発熱外来入口から) nor a landmark's beside the place (救急外来横の通用口): it names a room of care
    (処置室の入口, CT室の受付)."""
    own = [t for group in place if group[-1].surface_form not in _BESIDE for t in group]
    return medical.mentions_health([t for t in own if t.surface_form not in chosen])


def _selected(reading):
    """(the index of 方 that selects the visitors, the selector's text, the tokens after 方は) of a Japanese request that
    first says whom it is for (発熱のある方は…), else None."""
    if reading.lang != "ja" or reading.mood != "request":
        return None
    selector = _selector(reading.tokens)
    if selector is None:
        return None
    tokens = reading.tokens
    return selector, "".join(t.surface_form for t in tokens[:selector]), tokens[selector + 2 :]


def _selector(tokens):
    """The index of 方 (or 人, 皆様, お客様) in 〜方は / 〜方も that selects the visitors a request is for, or None."""
    return next(
        (
            i
            for i in range(1, len(tokens) - 1)
            if tokens[i].surface_form in _SELECTED_PEOPLE and tokens[i + 1].surface_form in ("は", "も")
        ),
        None,
    )


def _acute_onset(tokens):
    """An onset told as sudden or severe (急に, 突然, いきなり, 激しい, ひどい, 頭を打った), read by words: 救急, お急ぎ and
    急性 are none."""
    for k, token in enumerate(tokens):
        following = tokens[k + 1].surface_form if k + 1 < len(tokens) else ""
        if token.surface_form == "急" and following == "に":
            return True
        if _lemma(token) in ("突然", "いきなり", "激しい", "ひどい"):
            return True
        if _lemma(token) == "打つ" and k >= 2 and tokens[k - 1].surface_form == "を" and _lemma(tokens[k - 2]) == "頭":
            return True
    return False


def _concession(tokens):
    """〜ても after a verb or an adjective (症状が治まっても, 痛みがなくても): MeCab cuts it into て + も (いつでも is none)."""
    return any(
        tokens[k].surface_form in ("て", "で")
        and tokens[k + 1].surface_form == "も"
        and tokens[k - 1].pos in ("動詞", "形容詞", "助動詞")
        for k in range(1, len(tokens) - 1)
    )


def _triage(reading):
    """(forty-fifth session, from the review of the routing) A request that selects visitors by a condition of health and
    sends them on in a way that decides their care: an acute onset (急に視界の一部が欠けた方は), a department refused for
    another (皮膚科ではなく眼科の窓口へ), a concession (症状が治まっても), or a place gone to that names care the selector does
    not (アナフィラキシーで…使った方は、…処置室へ). Such a line is advice on where a symptom must be seen, whatever verb sends
    the reader (お越しください, お進みください). Haste and a sign appearing are _care_seeking's, which both callers read."""
    selected = _selected(reading)
    if selected is None:
        return False
    tokens = reading.tokens
    selector, chosen, rest = selected
    if _acute_onset(tokens[:selector]):
        return True
    # the visitors selected by a sign or an illness they have now, not by a care received (強い薬を処方された方は,
    # 救急外来を受診された方は: the counter they are sent to is the next step of the visit)
    if any(_lemma(t) in _CARE_RECEIVED for t in tokens[:selector]) or not medical.medical_words(tokens[:selector]):
        return False
    # going round the queue alone (列に並ばずに) is how an institution keeps fever apart, which corpus writers call service
    if _refused_department(rest) or _concession(rest):
        return True
    heads = _heads(reading)
    groups = medical.noun_groups(rest)
    for n, (_group, after) in enumerate(groups):
        if (rest[after].surface_form if after < len(rest) else "") not in ("へ", "に", "まで"):
            continue
        # a place gone to (not a person told: 医師にお伝えください) whose name names care the selector does not
        if _goes(_next_verb(rest, after), heads) and _names_care(_place_name(rest, groups, n), chosen):
            return True
    return False


# verbs and verbal nouns of care received, which select visitors by their visit, not by a sign (処方された方, 受診された方)
_CARE_RECEIVED = frozenset({"処方", "受診", "受ける", "予約", "接種", "打つ", "検査", "来院", "入院", "手術"})


def _refused_department(rest):
    """〜ではなく after a noun of health (皮膚科ではなく, 外来ではなく): one place of care refused for another."""
    for k in range(1, len(rest)):
        if "".join(t.surface_form for t in rest[k : k + 3]).startswith(("ではなく", "でなく")):
            j = k
            while j > 0 and rest[j - 1].pos == "名詞":
                j -= 1
            if j < k and medical.mentions_health(rest[j:k]):
                return True
    return False


def _goes(verb, heads):
    """The verb after a place is one of going there, or the request's own auxiliary after a verbal noun of going
    (お移りください: MeCab reads お移り as a noun, the request's heads hold 移る)."""
    return verb in _ROUTING_MOTION or verb in ("くださる", "いただく") and bool(heads & _ROUTING_MOTION)


def _next_verb(tokens, i):
    """The dictionary form of the first verb at or after ``i`` (越す for お越し), or ""."""
    for token in tokens[i:]:
        if token.pos == "動詞":
            return _lemma(token)
        if token.surface_form in ("越し", "お越し"):
            return "越す"
    return ""


def _refuses_or_jumps(rest, named=frozenset()):
    """The request goes round the queue or refuses a means (順番を待たずに, 順番を飛ばして, お車ではなく), except one place
    of the institution for another (正面玄関ではなく東口から); the words of a place ``named`` (id of its tokens) are its name
    (優先レーン)."""
    for k in range(len(rest)):
        if id(rest[k]) in named:
            continue
        text = "".join(t.surface_form for t in rest[k : k + 3])
        if not text.startswith(_PRIORITY_OR_REFUSAL):
            continue
        if text.startswith(("ではなく", "でなく")):
            before = "".join(t.surface_form for t in rest[max(0, k - 3) : k])
            if before.endswith(_ROUTING_PLACES):
                continue
        return True
    return False


FACILITY_HEADS = frozenset(table(WORDS, CLAIM_WORDS, "facility_heads"))  # lint/data/claim-words.toml
_FACILITY_THINGS = tuple(table(WORDS, CLAIM_WORDS, "facility_things"))  # lint/data/claim-words.toml
# the heads of a step of the visit: waiting, handing in, receiving, going to a place, using a facility (not taking off,
# finishing or refraining: 外す, 済ませる, 遠慮 are after-care as often, from the review)
_STEP_HEADS = FACILITY_HEADS | _HANDING_HEADS | _MOTION_HEADS | {"待つ", "受け取る", "提出", "提示", "持参"}


def _uses_a_facility(reading, before=""):
    """(thirty-ninth session, after a review) The request uses, queues at or presses a thing of the institution (its
    facility_things or a place of the institution, named in the request or, forty-sixth session, in the sentence
    before it: 泌尿器科の外来は本館3階です。エレベーターをご利用ください), and no condition or circumstance of the
    reader stands over it: one of the visit only (満車の際は is none of the reader's; 気持ちが沈むときは is)."""
    if reading.circumstance and not (reading.condition and _condition_of_the_visit(reading)):
        return False
    if _time_bounded(reading.tokens) or any(_lemma(t) in _HOME_WORDS for t in reading.tokens):
        return False  # (from a second review) until, before, for a while, at home: the reader's care
    tokens = [t for t in reading.tokens if t.start >= len(reading.condition)]
    groups = medical.noun_groups(tokens)
    place_named = None  # read when a thing any home has too is used (ボタン, 車いす): the sentence before is read then

    def places():
        nonlocal place_named
        if place_named is None:
            place_named = _names_a_place_of_the_institution(groups) or _place_said_before(before)
        return place_named

    # what is used or pressed is the object, where there is one (ブレーキのレバーを押して: the lever, not the wheelchair)
    objects = [g for g, after in groups if after < len(tokens) and tokens[after].surface_form == "を"]
    for group in objects or [g for g, _ in groups]:
        compound = "".join(t.surface_form for t in group)
        # a thing only an institution has (精算機, 駐輪場), or a thing any home has too (ボタン, 車いす, 機) at a place
        # of the institution named in the request (受付機の画面のボタン, 正面玄関の車いす)
        if compound.endswith(_INSTITUTION_THINGS) or compound.endswith(_FACILITY_THINGS) and places():
            return True
    return False


def _names_a_place_of_the_institution(groups):
    return any(_place_of_the_institution(g) for g, _ in groups)


def _institution_named(text):
    """(fifty-seventh session) The sentence names the institution (当院, 病棟, 正面玄関, 病院): then a place any building has
    is the institution's too."""
    return any(w in text for w in _THE_INSTITUTION + ("病院",))


def _place_of_the_institution(group, named=False):
    """(fifty-seventh session) The noun compound names a place only the institution has (_OWN_PLACES), or, where the
    sentence names the institution (``named``), a place any building has; a word of relative position may close the
    compound (正面玄関横, 受付前: MeCab keeps 横 and 前 in the run of nouns)."""
    if len(group) > 1 and _lemma(group[-1]) in _BESIDE:
        group = group[:-1]
    return "".join(t.surface_form for t in group).endswith(_OWN_PLACES + (_ANY_BUILDING_PLACES if named else ()))


def _place_said_before(before):
    """The sentence before, in the same paragraph, is a statement that names a place of the institution and no word of
    health but the names of its places and departments (泌尿器科の外来は本館3階です): a request to use a thing that
    follows it is made there (エレベーターをご利用ください). A request of care before it (階段を避けてください) is none."""
    if not before.strip():
        return False
    previous = grammar.read(before)
    if previous.mood != "statement" or previous.circumstance or previous.condition:
        return False
    words = medical.medical_words(previous.tokens, service_heads=SERVICE_ARRANGEMENTS)
    if any(not w.endswith(_INSTITUTION_PLACES + ("科",)) for w in words):
        return False
    return _names_a_place_of_the_institution(medical.noun_groups(previous.tokens))


# things only an institution provides for a visit; the other facility_things need a place of the institution beside
_INSTITUTION_THINGS = (
    "精算機",
    "受付機",
    "券売機",
    "発券機",
    "駐車場",
    "駐輪場",
    "乗り場",
    "のりば",
    "番号札",
    "整理券",
    "パーキング",
    "タクシー",
)
_HOME_WORDS = frozenset(("自宅", "家庭", "家", "寝室", "部屋", "居間", "浴室", "脱衣所", "台所"))
# words of the reader's home that no hospital uses for its own rooms
_ONLY_AT_HOME = frozenset(
    ("自宅", "ご自宅", "家庭", "寝室", "居間", "リビング", "実家", "自室", "子ども部屋", "二階建て")
)


def _time_bounded(tokens):
    """(from a second review) The request is bounded by a time of the reader's: 〜まで(は) or 〜前に after a verb, しばらく,
    〜の間は, 〜うちは (歩行器に慣れるまでは, 起き上がる前に, しばらくの間は)."""
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else None
        if token.surface_form in ("まで", "前") and before is not None and before.pos in ("動詞", "助動詞"):
            # a moment of the visit bounds it (会計の順番が来るまで, 精算が終わるまで): the visit's time, not the reader's
            start = _clause_start(tokens, i)
            if not _clause_of_the_visit(tokens[start:i]):
                return True
        if _lemma(token) in ("しばらく", "当分", "うち", "間") and token.pos in ("副詞", "名詞"):
            return True
    return False


# (after a review) the places of an institution, not of a home (浴室, 寝室, 居室, 洗面所, 2階 are the reader's too)
_VISIT_ROOMS = (
    "窓口",
    "受付",
    "診察室",
    "待合室",
    "待合",
    "検査室",
    "処置室",
    "採血室",
    "相談室",
    "更衣室",
    "会計",
    "外来",
    "病棟",
)
# places of the institution that other buildings have too (a counter, a lobby, a shop)
_SHARED_PLACES = (
    "ステーション",
    "カウンター",
    "ロビー",
    "通用口",
    "出入口",
    "受付機",
    "会場",
    "薬局",
    "売店",
    "センター",
)
_INSTITUTION_PLACES = _VISIT_ROOMS + _SHARED_PLACES
# (fifty-seventh session) the places of the institution a visitor looks for: its rooms and counters, its floors and wards
# (各階, 院内), the shops, fittings and machines in it (売店, 総合案内, 精算機, 授乳室, ATM: shops and machines are found
# elsewhere too, but the sentences that reach this reading have no word of health and a verb of the service) and its
# front entrance (正面玄関); one set for the statements of the premises and the requests that use or name them
# (_located_at_the_institution and four readings of requests keep their own older sets)
_OWN_PLACES = _INSTITUTION_PLACES + _WARD_PLACES + _BUILDING_FITTINGS + ("正面玄関",)

# (forty-fifth session) the visitors a request selects by who they are (発熱のある方は, 杖をお使いの方は), and the places of the
# institution it may send them to: its own places that are no rooms of care, and its doors, corners and booths
_SELECTED_PEOPLE = frozenset(_PEOPLE_HEADS) | {"皆様", "皆さま", "みなさま", "皆さん", "お客様"}
_CARE_ROOMS = ("診察室", "検査室", "処置室", "採血室", "相談室", "外来", "病棟", "ステーション", "薬局", "センター")
_ROUTING_PLACES = tuple(p for p in _INSTITUTION_PLACES if p not in _CARE_ROOMS) + (
    "入口",
    "入り口",
    "出入り口",
    "玄関",
    "コーナー",
    "ブース",
    "東口",
    "西口",
    "南口",
    "北口",
    "裏口",
)
_ROUTING_MOTION = _MOTION_HEADS | {"越す", "越", "お越し"}
# beside the urgency that _care_seeking reads: haste, care or a call named in the request
_HURRY_OR_CARE = ("早め", "速やか", "受診", "診察", "連絡", "相談", "電話")
# (from the review) the way round the queue or the reader's own means (順番を待たずに, 待合室を通らずに, 順番を飛ばして, お車では
# なく): priority is triage and a means refused is safety, both care
_PRIORITY_OR_REFUSAL = ("ずに", "ないで", "飛ばし", "優先", "ではなく", "でなく")


def _context(text):
    """The sentence on one line (a line break inside Japanese prose joins without a space)."""
    parts = [p.strip() for p in text.split("\n")]
    out = parts[0]
    for part in parts[1:]:
        joiner = " " if out and part and out[-1].isascii() and part[0].isascii() else ""
        out += joiner + part
    return out
