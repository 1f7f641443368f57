"""CIT: every claim carries a citation that resolves to refs.bib.

Which sentences are claims, and which citation belongs to which sentence, is
decided in lint.analysis.claims (shared with the statistics and CIT004).
"""

import difflib

from ..analysis.claims import (  # noqa: F401  (VALID_ROLES, CITE_ROLE_NAMES: the tests check them)
    CITE_ROLE_NAMES,
    FOOTCITE_ROLE_NAMES,
    LOOSE_ROLE_RE,
    VALID_ROLES,
    _context,
    classify,
    is_cite_role,
    settings,
)
from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..parsing.citation_targets import parse_citation_targets
from ..registry import rule


@rule(
    "CIT001",
    "uncited-claim",
    target="page",
    needs_tokenizer=True,
    options=("scope", "label_columns", "recommendation_words", "ignore_numbers"),
)
def uncited_claim(page, ctx):
    """Every factual sentence carries its own citation.

    What it checks: each sentence of the page's prose: paragraphs, list items,
    table cells, headings, admonition and table titles, figure captions,
    admonitions and containers. A sentence that makes a claim needs a citation
    role ({cite:p}, {footcite:p}, ...) in the sentence itself, right after its
    closing 。 or full stop, or in a footnote the sentence references ([^1] with
    `[^1]: {cite:p}`key``). A source in words ((Tanaka et al., 2021), （田中ら、2021）,
    a footnote that is a reference in words) counts too; CIT005 asks for it in refs.bib.
    A citation role in mid-sentence after a clause covers
    that clause: a claim clause after it in the same sentence needs its own
    (…多い病気ですが{cite:p}`a`、大人もかかることがあります。 is reported at 大人;
    a citation after a phrase, 軽い憩室炎の多くは{cite:p}`a`、…治ります。, cites the
    sentence). Whether a sentence is a claim is read from its
    grammar (fugashi + IPADIC for Japanese): the mood of its final predicate,
    its head verb, whether it has a predicate at all, and what its numbers are.
    Prose in an {eval-rst} block, whose sentences no rule reads, is reported at
    the block's opening fence: write it in MyST.

    A claim is reported with what it states:
    - a number about health: digits, kanji numerals and quantity words
      (71%, 3〜6か月, 九割, 二十人に一人, 半数, 数千人, 一年以内, two weeks), but not
      dates, clock times, telephone numbers or cross-references (2025年3月,
      13時, 045-000-1234, 第3章, 図2), nor identifiers (2型, SGLT2), nor the amount a
      measure is given per (食品100gあたりの, per 100 g), nor a number in the title of a
      page the sentence sends the reader to ([1週間の献立](menus.md)をご覧ください);
    - a contraindication: a prohibition (〜てはいけません, 禁忌, 避け, 控え, must not,
      should not, avoid) or a negated use of a medicine (使えません, 使用しません,
      飲まないでください, should not be used), also inside （…。）, where it is reported
      at the first character after the bracket; "Do not …" and "Don't …" open a
      prohibition, not a question;
    - a recommendation: the words of `recommendation_words` (推奨, 勧め, 検討,
      第一選択, 開始, 中止, ...) or the modality of advice (〜ことが大切です,
      〜のが一般的です, 〜ほうがよいでしょう, 〜てもよい, 〜ようにしましょう);
    - an instruction: any other request (〜てください, 〜ないでください, 〜しないこと)
      or volitional (〜ましょう);
    - any other statement.

    Exempt, each with the reason --statistics counts:
    - label: a heading, admonition or table title, figure caption or definition
      term that has no predicate (治療期間, 食事療法（塩分・たんぱく質）, What to do,
      Caring for someone who has dementia) or is a title in the plain form without
      subject, topic or condition (門脈血栓症とともに生きる); with a polite predicate,
      a は/が subject, a condition (〜すると…なりやすい), a topic and a noun comment
      with the copula left out (喫煙は白内障の危険因子), an English verb in -s
      before its object or an adverb of degree (Smoking raises the risk,
      Ibuprofen works best if ...) or, in the plain form, a health
      number (1日2リットル以上の尿量を保つ) it is a sentence; a label that generalises is
      a sentence too: a verb with 〜やすい / 〜にくい as predicate (重症化しやすいので注意,
      運動すると発症しやすい; 床ずれができやすい場所 names a kind), 〜ことがある, or a sign
      worsening under a circumstance before the noun (花粉の季節に悪化する結膜炎), and so
      is a title with a condition and a health number, its verb left out
      (市販薬を2週間使っても良くならなければ皮膚科へ; 困ったときは相談窓口へ stays a
      label); a verb + ないで at the end is a request in the clipped imperative
      (無理に取らないで！, かかないでね), read as 〜ないでください;
      a label line may relate nouns with への before a guide's head (胸焼けへの対処,
      患者さんへのお願い; not 妊婦への投与禁忌) and may name a situation alone
      (下痢・嘔吐があるとき; not 血圧が下がるとき);
      a topic with a tendency nominalised by こと (再発はよくあること), an illness said
      to be curable or preventable (治せる高血圧, 予防できる肺炎) and things acting on
      the body named by an effect on something (唾液を減らす副作用のある主なお薬) are
      sentences too;
    - header-cell / label-column: a header cell, or a cell of the table's label
      columns, without a predicate. A table declares its label columns: the
      list-table option `:stub-columns: N`, or the class `label-columns-N` on a
      {list-table} or on a {table} directive around a pipe table
      (`label-columns-0`: none). An undeclared table's first column is its label
      column. A cell that ends in a predicate is a sentence in any column. A
      label-column cell that recommends or forbids (ワルファリン（第一選択）, 併用禁忌)
      or says something of a health number is the row's claim: a measure in
      brackets of what it names (カタル期（約2週間）), a period measured against an
      event in a clause (発疹が出る1〜2日前から); a bare period as the row's key
      (発症から1週間) stays a label;
      under a bare header of a kind of claim (合併症, 危険因子, 副作用) the first column's
      cells are the row's claim (a header-relation cell) unless another cell of the row
      predicates them (症状 | 特徴 over 嘔吐 | 初期からみられます); a cell under a header
      of what to do (対策, 治療, 検査) predicates nothing of them; a header with a
      relative clause of effect (悪化させる習慣) makes every cell below a claim;
    - list-label: an item of a list that is a bare name (no predicate, no health
      number, no full stop) under a lead that introduces a menu or an
      administrative list: the heading or paragraph right before the list is a
      line of dates only, or a bare name with no word of health whose head is a
      menu noun (関連ページ, 目次, 持ち物：, 当日の服装 over 保険診療, タオル). Under any
      other lead (注意, おすすめの食材, チェックリスト, 主な症状, 起こりやすい方,
      次のような症状があります), and in a list with no lead, each item is a claim;
    - byline: a credit label, a colon and a person's name ending the line, an
      honorific or a bracketed title after it (監修：井上雅彦, 執筆：看護師 佐藤花子);
    - naming: a sentence that only names or renames a thing (これを…といいます,
      ドライマウスは医学用語としては口腔乾燥症と呼びます, 「FD」とも呼ばれます); what is named by a clause
      (…が低下した状態を「フレイル」と言います) is a definition, a claim; also a quoted name in
      use after a time only (2017年からは「…」という病名が広く使われています), a quoted term and
      what it abbreviates (「COPD」は「…」の略です), the term written another way (「片頭痛」は
      「偏頭痛」とも書きます), and 〜と呼ばれることもあります;
    - career: a line of a person's career that opens with its year, or with the school
      or the place of work where it happened, and ends in a career event
      (2010年〇〇大学医学部卒。, 三重大学医学部卒業。, 〜に入局, 〜に従事, 研鑽を重ねる);
    - lead-in: nouns and a closing particle of topic or scene, a colon or comma
      after it, no verb (予防には：, 体内で、): it opens what follows, which is read on
      its own; not one closing on を, へ or に (野菜を: a clipped request); also a
      sentence closing its paragraph whose content is the list or table after it
      (主な症状は次のとおりです, 次の症状などが特徴として見られます), and a request or
      recommendation whose only condition is what that list names (次のような症状に
      気づいたら、早めに医師に相談しましょう; 以下のような場合は受診をお勧めします):
      each item is then read as the claim it makes; with no list or table after it
      (or one with no statement), the sentence is read as what it says (a request
      as an instruction); not negated, not with a threshold of its own
      (次の症状が3日以上続いたら); the closing particle may be として / としては
      (治療としては); a table cell is never a lead-in (it completes its row);
    - question: ？ or ?, the particle か (〜ますか。〜でしょうか。〜ありませんか。), or
      〜でしょう with an interrogative (何が違うのでしょう。; not 何度も); a
      recommendation put as a question (〜てみてはいかがでしょうか, 〜してはどうですか,
      Why not try ...?, Why don't you ...?) is not a question but a request, read as
      any other (試してみてはいかがでしょうか: an instruction; 相談してはどうですか: a
      referral);
      Have you thought about / considered / tried …ing? is a request too; an English
      modal opening a line with no subject and no question mark (May leave a pale
      mark on the skin) is a statement; a question quoted whole (『前日どう過ごせば
      いいの?』) is a question, while a tag after a statement or a request
      (〜ですよね？, 〜てくださいね？) is not, and advice put as a question without か
      (〜方がいいのでは？, 〜てもいいんじゃない？) stays advice;
    - voice: a Japanese sentence that is one quotation and nothing else whose very
      last words are the speaker's inner state, not negated: a worry or a trouble
      (「…ちゃんと診てもらうべきか不安…」), a seeming (「…気がする」, 「…ように思える」)
      or not knowing what to do (「どうすればいいか分からない」), or what the speaker was
      told or heard, in the past (「…と言われた」, 「…だと耳にした」); also such
      quotations one after another. Not with a health
      number, nor a request, a volitional, a polite ending, a clipped request
      (「…早めに相談を」) or advice (「…控えるのがおすすめ」): the page's own voice. A
      quotation with no such ending (「熱中症は室内でも起こる」, 「…肥満のもと…」) stays
      a claim. A heading in the reader's words that worries about one thing, a noun
      phrase in が and an inner state, plain or polite (## 歯ぎしりが気になる, ## 手術の傷
      あとが心配です), is a voice too; a worry about a clause, a cause or a link
      (## 長引く咳は肺がんが心配, ## 〜と病気になる) stays a claim;
    - referral: a request or 〜ましょう whose head only sends the reader to a
      person, a service or a page (相談, 連絡, 聞く, 尋ねる, 話す, 伝える, 確認, 受診,
      参照, 参考, ご覧, 予約, 持参, 〜までどうぞ; English ask, tell, contact, call, see,
      bring), read before a closing ね / よ (聞いてくださいね); 一度 as "once" in it is
      no health number (まずは一度、医師とお話ししてみてください; 年に一度 is a
      schedule and stays one); or a statement in which
      a person or a service offers to take the reader's questions (〜が相談に
      応じています, 〜が相談に乗ります, our nurses are happy to answer your questions,
      your GP can tell you more).
      The instruction line: it stays a claim when it is negated, urgent (すぐ,
      ただちに, 救急車, 119, straight away, 999), a request to be seen (受診, 来院)
      that is insisted on or names emergency care (必ず受診してください, 救急外来を
      受診してください; 必ず主治医に相談してください stays a referral), stands under a condition with a
      predicate that is a state of the reader (〜が出たら, 〜があるときは, 〜が強い場合は,
      if you have ..., when ... swells), is addressed to the people a sign has
      come to (めまいが続いている方は, 息苦しさが強くなった方は; not 持病のある方は
      nor 〜が気になる方は), carries an act withheld whose object is of health
      (昼食はとらずにお越しください), states a health number, or names a
      recommendation word (中止や変更は主治医と相談してください). A condition that is
      only the reader's questions, doubts, wishes, plans, decisions or an appointment,
      or an indefinite "anything" (わからないことがあれば, 違うところがあれば, 〜したい
      場合は, 治療を選ぶときは, if you are unsure, if anything is unclear) keeps the
      referral, unless a sign appears or goes on in it (気になる症状が続くときは), or a
      sign is its subject and the request is to be seen (気になる症状があるときは…
      受診してください; …主治医にお話しください stays a referral); a noun alone
      (入院中の場合は, 診察のときに) is no condition; a link in a sentence that seeks
      care (〜を確認のうえ、すぐに受診してください) does not make it a navigation;
      an offer to the reader in 〜いただけます with a head of consulting, reading or
      getting (相談窓口でご相談いただけます) is a referral, and so is a request to use a
      service or a consultation (栄養相談をご利用ください; 吸入器をご利用ください is an
      instruction); a request to complete a procedure of administration, its topic
      or object ending in a noun of administration (更新手続きは、今月末までにお済ませ
      ください; 申し込みを…お済ませください), is a referral too; a clause quoted as a
      name (次の節「痛みが出たら」へお進みください) is no condition of the sentence; a
      condition whose subject is a document or a booking (診断書が必要な場合は、受付に
      お申し出ください) is no state of the reader; a decision reached by talking
      (担当医とよく話し合って決めていきましょう; also in a statement and with 〜のうえ:
      理学療法士とご相談のうえ決めていきます) and a talk judged useful (前もって相談
      しておくと安心です; 受診しておくと安心です is care advice) are referrals, when
      nothing is their object (薬をやめるかどうかを…決めてください, 中和薬があるかどうか
      を…確かめておくと安心です stay claims: the object says something of health); the noun
      form of a verb counts as the verb (お知らせください, お越しください, ご活用ください
      with a service as object, 〜外来もご活用ください);
      the reader's own deliberation (手術を検討されている方は、まず…ご相談ください)
      recommends nothing; English questions prepared for a visit (write down your
      questions) are a referral whatever the modality. A recommendation in the writer's
      voice is read as the request it is, on the verb it recommends, with the same line
      (受診されることをお勧めします, 主治医と相談したほうがよいでしょう and 薬剤師に聞くのが
      おすすめです are referrals; 発熱が続く場合は受診することをお勧めします is care-seeking;
      a society's 〜を勧めます is reported, and 〜ほうがいい？ stays a question); a request to
      check whether the reader has a condition (〜症がないかどうかを確認してください,
      高血圧の有無を確認してください) is screening advice, not a referral;
    - transition: a sentence opening with ここからは, ここで, それでは, さて, 次に,
      最後に, ... that is volitional or moves the text on (見ていきましょう, 話を移します);
      the opener may follow a leading clause when the head moves the text on
      (前置きが長くなりましたが、それでは…に移りましょう; not 朝起きたら、まず血圧を測りましょう);
      English "Let's look at ...";
    - page-discourse: the page, a part of it or a figure (このページ, 本章, 次の表,
      以下に, 以下、(from here on), 後ほど, 文中, ここに載せた, 図N, 第N章/節/部, this leaflet, these sections,
      this sheet, the table below) with a verb of presenting (説明, 案内, 示す, 紹介,
      並べる, 載せる, まとめる, 作る, 描く; lists, shows, go through); the document
      or its content as subject (この冊子は…, 本資料の内容は…, 掲載内容は…, ここに
      載せた表は…, This leaflet is for ..., The following sections are ...); what the page is
      about as a copula with no topic (〜の話です; not 〜という話です, hearsay); a request about
      the document (この冊子を保管してください); the writer acting, in the humble
      お〜する / ご〜する (今度は検査についてお話しします, 結果は次回お伝えします) or with
      a polite verb of presenting and no は/が subject (〜についても紹介します), or a
      humble verb (受付で承ります); a member of staff as that polite verb's subject, the
      page's presenter (前日の食事などを医師が解説します, 当院の医師が…), unless what is
      said is quoted or nominalised (〜と解説します, 〜ことを説明します), the staff are
      authorities in the world (海外の医師が, 多くの, 〜ています, 〜しました, 〜よう説明
      しています), a reason stands beside them (〜ため、医師が…) or what they present has
      an effect, a sign or safety (がんを消す食事法, 安全に飲める薬). A topic or subject whose head names the text is
      page discourse whatever its predicate: a noun of the text (内容, 説明, 写真,
      章, 表) with a demonstrative or locative of the text right before it (この章,
      以下の内容, 下の写真, 本資料; ここでの説明), a phrase that names the text (本ページの説明) or a
      relative clause placed in the text (ここに書かれている内容); この病気の内容 does
      not name the text. The text as the main clause's place of a verb of reading,
      finding or being (巻末の用語集で確認できます) too. Counts of the text's parts
      (三つの節) are not health numbers. A text or picture noun as the topic's head
      with a verb of making (体操のイラストは…描いています, この手引きは…作りました) is the
      writer's; 写真は…示しています is not. A numbered figure or table as topic
      (図1は, 表2は) with a copula or a verb of showing and no sign or word of effect
      in the comment captions the figure (図1は、リハビリテーション室の見取り図です; a
      state of disease shown, 図1は、血栓が門脈をふさいだ状態です, is read the same way:
      the claim lies in the picture and its credit; 図1は、血栓が再発しやすい状態です
      stays a claim). A quoted term that is a noun phrase with a verb of naming or using
      after 〜と / 〜として (文中の「血糖値」は…として使っています, このページでは…を「PVT」と
      呼びます) is the page defining its words; a quoted clause with a verb is speech
      (「家に帰る」と言い出す);
      the page's own use of a quoted term after a locative of the text with いう
      (この冊子でいう「X」とは…を指します; In this leaflet, "X" means …) and a figure as
      topic with イメージ (図は…をイメージしたものです) are page discourse;
      a request whose only mention of the text is inside a clause modifying another
      noun (この章で説明した症状が出たら救急車を呼んでください) is not;
    - a frame beside a clause of its own: a pointer to the page set off by commas (As
      Figure 2 shows, …; Statins, as the graph below shows, …; …, as noted above) and a
      closing greeting (抗生物質は最後まで飲み切って、お大事に) exempt the sentence only
      when the clause beside them, read once as a sentence of its own, is exempt too or
      is a statement that says nothing of health (寒い日が続きますので、ご自愛ください);
      advice of any kind beside them is reported;
    - greeting: ようこそ, ありがとう, 〜ば幸いです, お大事に, ご自愛ください (as read: おだいじに), thank you,
      welcome; any sentence whose final predicate is an interjection (おめでとうございます, お疲れさまでした);
      a salutation (手術を受けられる皆さまへ);
      encouragement in which the writer joins the reader with no object named
      (一緒にがんばりましょう; not 一緒に薬を続けましょう), or names itself as the reader's
      partner in an ongoing effort (私たちと一緒に、…環境を整えていきましょう) with no word
      of effect, sign or use (私たちと一緒に、薬を減らしていきましょう is advice);
      a feeling shared with the reader in 〜ますよね / 〜ですよね (不安になりますよね)
      with no health number, advice, sign, word of effect or use (高血圧は、自覚症状が
      ないことが多いですよね stays a claim), and not after care taken: a medicine or a
      treatment taken by the one who feels, before a condition, an after or a while
      (抗うつ薬を飲み始めると、不安になりますよね, 術後は、気分が落ち込みますよね: an
      effect of the care, a claim; 手術の前は, 手術と聞くと, 薬を飲み忘れると stay
      greetings);
      the writer addressing the reader, with no word of effect, sign or use: a
      supposition of what the reader felt, in honorific words (さぞ怖い思いをされた
      ことと思います; 多くの方が楽になることと思います stays a claim), the understanding
      of a feeling (そのお気持ちはよくわかります), praise in an honorific auxiliary or
      なさる with ね (よく頑張っていらっしゃいますね; 多くいらっしゃいますね is a count), a
      request with ね and the writer as companion but no object (一緒に、楽しみながら
      続けてみてくださいね), the writer's bare name as a copula with no topic (○○病院
      小児科外来です; 日本一の症例数を誇る眼科です is praise), the writer as topic of a
      verb of support (私たちも全力でサポートします, 私どもスタッフ一同、…応援しています;
      私たちは…分泌しています and 私たちの骨は…支えています are everyone's
      body); English: we wish you, and we know / understand how + a feeling
      (We know how frightening it can be ...; We know how this drug works is a claim);
      a wish for the reader in 〜ますように / 〜ませんように (元気にお過ごしになれますように) or the
      writer's wish (一日も早く…楽になることを願っております: 一日も, 一度も, 一刻も are
      idioms of emphasis, not counts);
      a hedged supposition of the reader's feeling in honorific words with no sign
      (つらい思いをされてきたかもしれません: 〜かもしれません is a hedge, not a
      negation), readers supposed to have heard of a word (〜という症状を耳にしたことが
      ある方も多いと思います; not 〜と聞いたことがある, a claim heard), an effort for a goal in 〜よう (〜を終えられるよう取り組みましょう) and
      the writer joining the reader in aiming at a day the reader can have again
      (また笑顔で戻れる日を一緒に目指しましょう) are encouragement; 手術を控えて (an
      event faced) forbids nothing; a season arriving with no word of health in the
      sentence (今年も寒い季節を迎えました; not インフルエンザが流行する季節になりました) is a
      seasonal greeting;
    - date: a date or a serial number of the text (2025年3月, 二〇二六年十一月, 令和八年,
      as of May 2026, 第3版, Version 2.1, Issue 3) with a word of the text's history
      (時点, 現在, 改訂, 最終更新, last reviewed, updated, version) and no other number;
      a noun label, a colon and only dates or clock times (受付期間：2026年5月1日（金）
      〜2027年2月28日（日）);
    - contact: a telephone number (also international: +81-3-1234-5678), an
      extension, a floor, a place in a building
      (Ward 7, Room 12, 3番窓口, 5号室) or a service number (119番, call NHS 111), a range of clock times with a day (平日9時〜16時), a clock
      time or day with a service word (受付, 窓口, 予約, 問い合わせ, 承ります, hours),
      or a fragment that is only a time or a date (7時30分〜11時); a service as the
      topic (its head a service noun: 専門外来は, ホットラインは, or a noun of its
      administration after one: 外来の予約方法が) with a day, an hour, a date, a
      session's length or count, a cap or a time ahead (2名まで, 2か月先まで), or a verb
      of operating (受け付ける, つながる, 変わる); a schedule kept, a day with a verb of
      operating in the progressive (〜の接種は、火曜日と木曜日の午後に行っています);
      never when the sentence is urgent (すぐ, 救急車, 999);
      a request under a condition whose subjects are services, with no word of
      health (電話がつながりにくいときは…おかけ直しください), and the hours a line or a
      ward is open (open 24 hours) and the writer's service contacting the reader
      (we will call you back within two working days) are contact;
    - administrative: an institution or a programme reports an administrative action
      or change: the final predicate's head is a verb of administration (開設, 開催,
      発送, 配布, 移転, 終了, 実施, 受け付ける; 〜の対象になる) and the sentence has a date,
      a week or a day as its time, the institution's humble register (〜いたします,
      〜しております) or an institution, office or event as topic (〜室は, 講習会は,
      受診券は); a programme's state after 〜になる or as copula (定期接種, 対象, 保険適用)
      or a change of a programme's rule (対象年齢が変わります) with a date; never with a
      health number, advice, negation or a purpose of effect on the body (再発予防の
      ため、…検査を実施しております is a claim). The line: a vaccine
      entering the routine schedule on a date is administrative (令和7年4月1日から、
      〜ワクチンは定期接種の対象になりました); 〜ワクチンは帯状疱疹を予防します (a verb of
      effect) and 当院では…を行っており、9割の方が改善しています (the body, a number)
      are claims. A copula whose topic is the period of an administrative action and
      whose comment is only dates (開設期間は、六月一日から九月三十日までです) is a date;
      a price as the copula's noun (…は3割負担で約6,000円です; a price, 円, ¥, yen or
      N割負担, is no health number) is administrative, as is English "is not covered
      by … insurance" with no word of effect or sign, and so is the time an action
      of administration takes, named as a wait (診断書の発行には、1週間ほどお時間を
      いただきます; 傷が治るまでには2週間ほど時間がかかります stays a claim);
      a cell or item naming a service or department without a predicate (糖尿病内科・
      フットケア外来（午後のみ）) is contact information. Numbers are read by their
      context: dates in kanji (六月一日), parts of a month (5月下旬), the American order
      (Nov. 1), clock ranges (2–4 p.m., 9:00–17:00), ver. 2.1, the 1st floor, ext. 12
      are no health numbers. The class of the topic's head noun, read from the last
      morpheme of its compound so that it holds for compounds not seen (参加+費, 受講+料,
      自己負担+額, 説明+会, 申し込みの締め切り, 更新申請, お受け取り): a topic whose head
      is a noun of administration (a fee, a deadline, an application, a booking, an
      event, a class, a document) or an institution offering a service (当院では、…
      相談も行っています) with a copula, existence, availability (できる; negated only with a date:
      a closure), a change or a verb of operating, and no word of effect or sign in the
      comment, is administrative (an institution: not with an adjective of quality,
      副作用の少ない治療を行っています, nor an ability, 小さながんも見つけることができます); a fee's yen and share (3割負担の方で約5,000円です) and a time
      before a deadline (各回の一週間前です) are not health numbers there. Anywhere, a
      relative time followed by 後 or 前 (三週間後, 10日前) that times a verb of
      administration or access (郵送, 発送, 更新) or an action on a thing of
      administration (予約をお取りします) is not a health number, with no sign or word of
      effect in the sentence (2週間後に効果が出ます, 3日後に軽くなります and 発症から4時間
      以内: a window, stay numbers); a checkup named by the child's age (4か月児健診,
      1歳6か月児健診) is a name; an English class or course starting on a date (The
      walking course begins on 3 March) is a service's date. An event or class held
      (講習会を随時行っています, 年に2回、交流会を開いています) and a fee charged or paid
      (文書料がかかります, 選定療養費をご負担いただきます) are administrative; money and
      counts of documents (3,300円, 1通につき, £20) are never health numbers. The head
      decides: 検診で死亡率が下がります, 説明会は再発予防に役立ちます, 大腸がん検診の
      対象は40歳以上です (an age) and 治療の方法が変わりました stay claims;
      the institution running its services is administrative: the institution, its
      staff, rooms, events or bookings (当院では, 義肢装具士が, 教室は, 採寸日は, 当社の
      …月間は, 次回の…は with a date) acting by a verb of running a service (実施, 対応,
      開催, 予約, 来院), or a service available under the institution's arrangements
      (予約なしでも外来時間内であれば受けられます), with one act, no word of effect or
      sign, no adjective of quality, and a number only as a cap, a count of sessions,
      a session's length or a deadline (当院では年間200件の手術を行っています, a volume
      of procedures, and 発症から4.5時間以内に…実施しています, a window of care, keep
      their citation); working days (5営業日, two working days) and a deadline for
      paperwork after a decision (日程が決まりましたら、一週間前までに…手続きを…) are
      no health numbers;
    - navigation: a trail of links from the site's home (ホーム > … > …, 〜の広場
      トップ > …; not ストップ or 老人ホーム); a line of the site's chrome that opens
      with the page, its body or the site (ページの先頭です, 本文ここから) and has no
      word of health; links with text
      around them that only lead elsewhere
      (次のページ：[…](…), [市のウェブサイト](…)で探せます, more is available on
      the [society's website](…)), items made only of links; a link (or 〜のページ)
      as the place of a verb of reading, getting or moving ([こちら](…)から入手できます,
      [〜](…)のページに移りました; moving needs the page named, since a disease also
      moves to an organ), of a verb of administration (用紙は[〜のページ](…)で配布して
      います), or a `{ref}` / `{doc}` target so placed, also in brackets (動画は{ref}`x`
      にまとめています, 付録（{ref}`x`）にあります); a line of one control of the page
      in the plain form with no word of health (このページの先頭へ戻る, 開く, 印刷する);
      the words of a link or a menu with no link written: a noun phrase with こちら
      as its comment (オンライン予約はこちら) or について alone (大腸がん検診の受け方
      について), no verb in it but one of being (この薬が効く人はこちら stays a claim);
      a line about the page itself with no predicate (このページに関するお問い合わせ)
      is page-discourse; pages pointed to (詳しくは2・3面へ, 5ページをご覧ください)
      are references, no numbers; a landmark written as a sentence (ページの先頭です。,
      本文ここまで。), a trail under a class label when its parts are links or a class and
      its subclass (分類：腎臓と尿路の病気 > 腎臓の病気), a class label with one class as its
      value (カテゴリー：消化器の病気) and a search by the site's index (50音から探す) are
      navigation; a trail whose last part, the page's title, states a fact is no trail;
    - any reason read on the main clause does not cover a bracketed aside at the end
      that is a sentence of its own (polite or with a subject): 〜は次の節にあります
      （…方は、〜を使えません）is read as a claim; nor does a citation: an aside anywhere
      in a cited or exempt sentence (ワルファリン（妊娠中の方は服用できません）を使う
      場合は…{cite:p}`key`。) is checked as a sentence of its own, cited only by a
      citation inside it or right after its closing bracket; a reading in kana
      (門脈（もんみゃく）) is no aside;
    - source-note: a footnote that names its source in words, with no predicate: a
      URL, a DOI, or a title in quotes with an issuer, an editor or a year outside
      the quotes (日本〇〇学会「〇〇診療ガイドライン2022」.; a quoted term with a gloss,
      「HbA1c」：…を表す値, is no source), or a reference in a citation style of
      medicine, authors and then the year (Qaseem A, et al. Ann Intern Med. 2016.);
      the sentence that refers to it (before or after the 。) is cited by it;
    - reference: only a cross-reference (第2章, 図3), or one line that is a source
      label and the source's name: a title quoted whole or a name with no word of
      health and no predicate (出典：「…」, 参考文献：日本高血圧学会; not 引用：, nor a
      statement after the name);
    - no-letters: numbers or symbols only;
    - reading: a line in kana only that reads a term of the page written in kanji
      (敗血症 and, on its own line, はいけつしょう; 読み方【…】);
    - non-medical: a second signal. A Japanese plain statement (no health number,
      recommendation, contraindication or instruction) whose grammar already
      points away from a claim (the writer or the institution as topic or in the
      humble register, 〜できたらと思っています, a final ね, a transition opening
      さて/では, the text or a figure as topic: 下の図は…, 表の見方は…, the
      writer's habit of writing: 〜ようにしています, 〜と表記しています, a
      self-introduction: …を担当している看護師です) and that says nothing of
      health: no word of health (lint/data/medical-content.toml: the radical
      疒, body and medicine kanji, morphemes, unknown words), no tendency
      (〜やすい, 〜ことがある), no action judged (〜とよいでしょう). Neither
      signal exempts alone;
    - practical: a Japanese instruction or statement about the visit itself
      (what to bring, bookings, forms, clothes, fees, waiting, visiting) whose
      words carry no medical content by the same test. A procedure or a visit
      may only name the occasion or the service (検査前に, 入院中は, 検査着,
      〜の接種料金); the time after care (検査後, 手術の翌日) and the time of a
      sign (発作中) are not occasions. An instruction qualifies when it is situated in the visit: a head
      of its logistics (bring, prepare, hand in, pay, wait, change clothes,
      take off, refrain, contact: 〜はお持ちにならないでください, ご準備くださ
      い), an occasion of a procedure (検査前に…), or a thing of administration
      as topic, or (forty-second session) a place, a thing or a paper of the institution as where to, what is
      acted on or the topic (自転車は駐輪場にお止めください, 更衣室のかごにお入れください, 領収書の控えは大切に保管
      してください) with no prohibition, act withheld, circumstance, condition or day of the reader's beside it;
      one with none leaves its purpose unsaid and stays a claim
      (エアコンを使って部屋を涼しく保ってください, 手すりにつかまってください); a statement only from
      the institution's side (the humble register, 〜していただきます, 〜いた
      だけます, an act made unavailable, a topic of administration: 料金は,
      予約は, 面会時間は). A number there must count money, things to bring, a
      deadline or a cap in an instruction (二組, 2日前までに, 3本まで); in a statement anything but a
      proportion or a rate (2人に1人, 3割). Never exempted: a prohibition or
      contraindication (〜は控えてください, さけてください), a recommendation or
      advice (〜ことが大切です, 〜のが良いでしょう), a suggestion (〜てはいかが
      でしょうか, 〜てみませんか), care-seeking (すぐに…, 〜が出たら…), a
      frequency in an instruction (毎日…: a regimen), a tendency
      (〜ことがあります; the institution's arrangement that may apply,
      お待ちいただく場合があります, is its practice, not a tendency). Where preparation stops being medical: an instruction
      that acts on the body, its intake (食べる, 飲む, 朝食, 絶食) or a medicine
      (前日の夜9時以降は何も食べないでください, 〜薬は当日の朝は飲まずにお持ち
      ください) stays a claim, and so does any act before the request on a thing of health
      (吸入薬は当日も使ってからお越しください, 朝食を抜いてお越しください); one about belongings, clothes, the toilet, make-up
      or paperwork before a procedure (検査前に着替えてください, マニキュアは落と
      しておいてください) is practical; bathing and driving are of health
      (手術の当日は入浴できません stays a claim);
      in English (thirty-first session; lint/analysis/medical_en.py,
      lint/data/medical-content-en.toml): a request whose verb is one of the
      visit's logistics (bring, book, arrive, call, pay, arrange), or a
      statement whose subject is the writer, the staff or a thing of the
      service (we, your nurse, results, the stroke unit) or the reader with a
      verb of logistics (you can book), or whose head states the service's
      facts (is open, is free, are posted), with no word of health outside a
      service's name or the line's occasion (your cervical screening
      appointment, before your procedure; not six weeks after the operation),
      no count of people (most people), no tendency of the reader (you can
      usually go home), no rate or measurement, and no condition of the body
      (if it is not better in a week);
    - nonclaim: inside a `nonclaim` container (`:::{container} nonclaim`, the
      disclaimer): the editor's decision, for text whose grammar cannot tell
      (statements about the publisher). It covers plain statements, and
      numbers or requests that say nothing of health (年に2回見直します); a
      health number, a recommendation, a contraindication or an instruction
      of care inside it is checked as anywhere else (added later, it is not
      hidden), and the container must say why in a comment on the line
      right above it (`% nonclaim: reason`), or it is reported (fifty-first
      session). A plain claim added inside it is still not seen.
    Directives that are not prose (toctree, code) are not read.

    Scope: by default (`scope = "sentence"`) every claim needs its own citation.
    `scope = "block"` is a convention an editor may choose explicitly: a plain
    statement may then lean on a citation elsewhere in its paragraph, list item
    or cell; a number, a contraindication, a recommendation or an instruction
    never does.

    Why: the article gives medical information to patients; a reader (and a
    reviewer) must be able to check every claim against its source, and a number or
    a recommendation must never rest on the citation of a neighbouring sentence.

    Options ([tool.pvt-lint.rules.uncited-claim]): scope = "sentence" | "block";
    recommendation_words = [...]; ignore_numbers = [regex, ...].

    Example violation:
        抗凝固療法は通常3〜6か月続けます。
    Fix (cite the source that gives the number, before the closing 。):
        抗凝固療法は通常3〜6か月続けます{cite:p}`source-key`。
    """
    scope = settings(ctx).scope
    for check in classify(page, ctx):
        if check.status != "uncited":
            continue
        line, column = check.position
        if check.after_citation:
            # (forty-eighth session) the editor did cite the sentence, in mid-sentence: say why that does not cover
            # this clause, and the two fixes (writers read such a citation as the whole sentence's)
            message = _message(check, scope, "the clause after a citation in mid-sentence")
            message += " (a citation covers the clause it follows)"
            suggestion = (
                "cite this clause too, before the closing 。; or, if the source supports the whole sentence, move the "
                "citation to the sentence's end"
            )
        else:
            message = _message(check, scope)
            # (fifty-first session) a nonclaim container covers plain statements and what says nothing of health; a
            # suppression covers its whole paragraph, so it is the last resort
            suggestion = (
                "add {cite:p}`key` before the closing 。; text that makes no medical claim (the publisher speaking of "
                "itself) goes in :::{container} nonclaim with % nonclaim: reason on the line above it; as a last "
                "resort, % lint: ignore[CIT001] reason above the paragraph, which silences the whole paragraph"
            )
        yield ctx.report(
            line,
            column,
            message,
            context=_context(check.sentence.text),
            end=check.end_position,
            suggestion=suggestion,
        )
    yield from _unread_prose(page, ctx)
    yield from _nonclaim_without_reason(page, ctx)


# the reason a nonclaim container gives, on the line above its fence: % nonclaim: the publisher's contact details
_NONCLAIM_REASON_RE = re.compile(r"%\s*nonclaim\s*:\s*\S", re.IGNORECASE)


def _nonclaim_without_reason(page, ctx):
    """(fifty-first session, from an audit of issue 11) A ``nonclaim`` container is the editor's decision where grammar
    cannot decide, and says why in a comment on the line right above it (``% nonclaim: the publisher's contact
    details``): a container without one is reported at its opening fence, so that no sentence is taken out of the
    check without a reason a reviewer can read."""
    from ..parsing.markdown import NONCLAIM_CLASS

    lines = page.lines
    for directive in page.directives:
        if NONCLAIM_CLASS not in directive.classes:
            continue
        # a block quote's markers (> ) stand before both the comment and the fence
        above = lines[directive.line - 2].lstrip(" >") if directive.line >= 2 else ""
        if _NONCLAIM_REASON_RE.match(above):
            continue
        fence = lines[directive.line - 1] if directive.line - 1 < len(lines) else ""
        yield ctx.report(
            directive.line,
            len(fence) - len(fence.lstrip(" >")) + 1,
            "this nonclaim container does not say why its text is no medical claim",
            suggestion="write the reason on the line right above it: % nonclaim: <why grammar cannot decide>",
        )


# reStructuredText directives whose content is not prose (raw HTML is SEC001's; code, maths, files)
RST_LITERAL = frozenset({"raw", "code", "code-block", "sourcecode", "math", "literalinclude", "include", "image"})


def _unread_prose(page, ctx):
    """(from a review of hostile inputs) prose in an {eval-rst} block reaches readers, but no rule reads its sentences
    for claims or advertising: each such block is reported at its opening fence (where a suppression before the
    block covers it), so that it is written in MyST. Prose is any line with letters outside a directive's markup and
    a comment, the content of a note, a warning or a table included (from the code review). (Twenty-seventh session)
    A code fence never closed turns the rest of the page into code, which no rule reads either: reported at its line."""
    if page.unclosed_code is not None:
        line, fence = page.unclosed_code
        yield ctx.report(
            line,
            1,
            f"the code block opened here ({fence}) is never closed: the rest of the page is shown as code and its "
            "sentences are not checked",
            suggestion=f"close the code block with a line of {fence}",
        )
    for line, what, suggestion in page.unread:
        yield ctx.report(
            line, 1, f"{what}: readers see it, but no rule checks it for claims and citations", suggestion=suggestion
        )
    for directive in page.directives:
        if directive.name != "eval-rst":
            continue
        prose = None
        literal_indent = None  # the indentation of a literal directive or a comment whose content is being skipped
        for line in directive.body.split("\n"):
            words = line.strip()
            indent = len(line) - len(line.lstrip())
            if not words:
                continue
            if literal_indent is not None and indent > literal_indent:
                continue  # inside a raw, code, comment or literal block
            literal_indent = None
            if words.startswith("..") and not words.startswith(".. ["):  # a footnote or citation (.. [#f1]) is prose
                name, _, rest = words[2:].partition("::")
                if not _ or name.strip() in RST_LITERAL:
                    literal_indent = indent  # a comment (.. text) or a literal directive: its content is skipped
                    continue
                if name.strip().startswith("|"):  # a substitution: .. |x| replace:: text
                    rest = rest.strip()
                if any(ch.isalpha() for ch in rest) and name.strip() not in ("figure",):
                    prose = rest.strip()  # a note's or a warning's text on its own line
                    break
                continue
            if words.endswith("::"):  # a paragraph ending in :: (or a bare ::) opens a literal block (second review)
                literal_indent = indent
                if words == "::":
                    continue
            if words.startswith(":") or not any(ch.isalpha() for ch in words):
                continue  # an option or field line, a table's border
            prose = words
            break
        if prose is not None:
            yield ctx.report(
                max(directive.line, 1),
                1,
                "prose in an {eval-rst} block is not checked for claims and citations",
                context=_context(prose),
                suggestion="write the text in MyST Markdown, where each sentence is checked",
            )


def _message(check, scope, subject="sentence"):
    """What the uncited ``subject`` (the sentence, or the clause after a citation in mid-sentence) states."""
    if check.reason == "number":
        return f"{subject} states a number ({check.trigger}) but has no citation of its own"
    if check.reason == "recommendation":
        return f"{subject} recommends a treatment (「{check.trigger}」) but has no citation of its own"
    if check.reason == "contraindication":
        return f"{subject} states a contraindication (「{check.trigger}」) but has no citation of its own"
    if check.reason == "instruction":
        head = f" (「{check.trigger}」)" if check.trigger else ""
        return f"{subject} instructs the reader{head} but has no citation of its own"
    if scope == "block" and subject == "sentence":
        return "sentence has no citation, and neither has its paragraph, list item or table cell"
    return f"{subject} has no citation"


def _bib_keys(ctx):
    bibliography = ctx.bibliography
    if bibliography is None:
        return None, ""
    keys = bibliography.keys
    keys = set(keys() if callable(keys) else keys)
    path = getattr(bibliography, "path", None)
    return keys, (str(path).rsplit("/", 1)[-1] if path else "the bibliography")


def _targets(content):
    """Citation keys as sphinxcontrib-bibtex reads them (``{pre}key{post}`` allowed); ValueError if malformed."""
    return [target.key for target in parse_citation_targets(content)]


@rule("CIT002", "unknown-citation-key", target="page")
def unknown_citation_key(page, ctx):
    """A citation key that refs.bib (or the --bib file) does not define.

    What it checks: each key of each citation role ({cite:p}`key1,key2`) against
    the keys of the project's bibliography. Keys are compared exactly (BibTeX
    tools compare them ignoring case, but the house style writes each key one way).

    Why: an unknown key builds as an unresolved "[?]" reference with only a
    build warning, and the sentence is left without the source it claims to have.

    Example violation:
        門脈は腸からの血液を肝臓へ運びます{cite:p}`msd-home-pv`。
    Fix (use the key defined in refs.bib):
        門脈は腸からの血液を肝臓へ運びます{cite:p}`msd-home-pvt`。
    """
    keys, bib_name = _bib_keys(ctx)
    if keys is None:
        return
    lowered = {k.lower(): k for k in keys}
    for unit in page.units:
        for role in unit.roles:
            if role.name not in VALID_ROLES:
                continue
            try:
                cited = _targets(role.content)
            except ValueError:
                continue  # CIT003 reports it
            for key in cited:
                if key in keys:
                    continue
                if key.lower() in lowered:
                    message = f"citation key {key!r} differs in case from {lowered[key.lower()]!r} in {bib_name}"
                    suggestion = f"write {lowered[key.lower()]!r}"
                else:
                    message = f"citation key {key!r} is not in {bib_name}"
                    close = difflib.get_close_matches(key, sorted(keys), n=1, cutoff=0.6)
                    suggestion = f"did you mean {close[0]!r}?" if close else ""
                yield ctx.report(
                    role.line, role.column, message, context=f"{{{role.name}}}`{role.content}`", suggestion=suggestion
                )


@rule("CIT003", "malformed-citation-role", target="page")
def malformed_citation_role(page, ctx):
    """A citation role that sphinxcontrib-bibtex cannot read as intended.

    What it checks: roles whose name starts with "cite" or "footcite" must be one
    of sphinxcontrib-bibtex's roles ({cite}, {cite:p}, {cite:t}, {cite:ps},
    {cite:ts}, {cite:ct}, {cite:cts}, {cite:year}, ... and the {footcite:...}
    forms); the key list must not be empty, blank or hold an empty key (`a,,b`);
    and text such as `{cite:p }` or `{cite:p} `key`` (a space inside the braces or
    between the braces and the backtick), which MyST does not read as a role at
    all, is reported too.

    Why: a misspelt role or an empty key either fails the build with an unclear
    message or, worse, prints the raw markup in the article and leaves the
    sentence without its citation.

    Example violations:
        肝臓へ運びます{citep}`msd-home-pvt`。
        肝臓へ運びます{cite:p}`msd-home-pvt,,easl-2016`。
        肝臓へ運びます{cite:p }`msd-home-pvt`。
    Fix:
        肝臓へ運びます{cite:p}`msd-home-pvt,easl-2016`。
    """
    for unit in page.units:
        for role in unit.roles:
            if not is_cite_role(role.name):
                continue
            context = f"{{{role.name}}}`{role.content}`"
            if role.name not in VALID_ROLES:
                close = difflib.get_close_matches(role.name, sorted(VALID_ROLES), n=1, cutoff=0.5)
                yield ctx.report(
                    role.line,
                    role.column,
                    f"unknown citation role {{{role.name}}}",
                    context=context,
                    suggestion=f"write {{{close[0]}}}" if close else "write {cite:p}",
                )
                continue
            if not role.content.strip():
                yield ctx.report(
                    role.line,
                    role.column,
                    "citation role has no key",
                    context=context,
                    suggestion="write the key from refs.bib between the backticks",
                )
                continue
            if any(not part.strip() for part in role.content.split(",")):
                yield ctx.report(
                    role.line,
                    role.column,
                    f"citation role has an empty key in {role.content!r}",
                    context=context,
                    suggestion="separate keys with single commas: {cite:p}`key1,key2`",
                )
                continue
            try:
                _targets(role.content)
            except ValueError:
                yield ctx.report(
                    role.line,
                    role.column,
                    f"citation keys {role.content!r} cannot be read",
                    context=context,
                    suggestion="separate keys with commas, without spaces inside a key",
                )
        for match in LOOSE_ROLE_RE.finditer(unit.plain):
            line, column = unit.position(match.start())
            if unit.raw_html:  # MyST reads no Markdown inside raw HTML, a well-formed role included
                yield ctx.report(
                    line,
                    column,
                    f"{match.group()} inside raw HTML is not read as a citation role: MyST leaves raw HTML as it is",
                    context=match.group(),
                    suggestion="write the sentence and its citation in Markdown, outside the HTML block",
                )
                continue
            yield ctx.report(
                line,
                column,
                f"{match.group()} is not read as a citation role",
                context=match.group(),
                suggestion="write {cite:p}`key`: no space inside the braces or before the backtick, "
                "and the key between the backticks",
            )


@rule("CIT005", "source-outside-bibliography", target="page", needs_tokenizer=True)
def source_outside_bibliography(page, ctx):
    """A source cited in words instead of through refs.bib.

    What it checks: a source written into the text in the unmistakable author–year form: a
    family name with et al. or ら and the year, in brackets ((Tanaka et al., 2021), （田中ら、2021）)
    or after the authors (Smith et al. (2019), 田中ら（2021）; a Japanese name must be read as a
    person's name by the tokenizer), and a footnote that is a reference in words with no
    citation role ([^1]: 日本〇〇学会「〜ガイドライン」2023年.). CIT001 counts either as the
    citation of the sentence it stands in; this rule asks for the bibliography. Everything else
    stays CIT001's, since a false source would hide an uncited claim: a year alone in brackets
    (令和3年（2021年）), two names (Smith and Jones (2020), England and Wales (2021)), a single
    name, an acronym, an organisation, a company or a place with a year ((WHO, 2023),
    （厚生労働省、2023年）, (Tokyo 2020)), ほか and 他 (said of any noun), more words after the year
    (（山本ら、2024年4月現在）) and a name with no year (Smith et al. found …).

    Why: refs.bib is where a source is checked (BIB: a DOI or PMID seen in a public source,
    an evidence level, an access date for a web page) and where the built page's reference list
    comes from. A source in words skips every one of those checks, and the reader gets no
    reference to follow.

    Example violation:
        麻疹の感染力はきわめて強いとされています（田中ら、2021）。
    Fix (the source as a refs.bib entry, cited by its key):
        麻疹の感染力はきわめて強いとされています{cite:p}`tanaka-2021`。
    """
    from ..analysis.claims import source_note, unit_sources  # the readings CIT001 uses, kept on each unit

    checks = "so that the bibliography checks (DOI, evidence level, access date) cover it"
    in_footnote = f"add the source to refs.bib and cite it in the footnote with {{cite:p}}`key`, {checks}"
    in_sentence = (
        "add the source to refs.bib and cite it with {cite:p}`key` before the sentence's closing 。 (a citation in "
        f"mid-sentence covers only the clause before it; for 田中ら（2021）は… write {{cite:t}}`key`は…), {checks}"
    )
    reported_notes = set()
    for unit in page.units:
        found = []  # (offset in the unit, message, suggestion)
        if unit.footnote and unit.footnote not in reported_notes and source_note(unit):
            reported_notes.add(unit.footnote)
            found.append((0, f"footnote [^{unit.footnote}] gives its source in words, outside refs.bib", in_footnote))
        else:
            for start, end in unit_sources(unit):
                found.append((start, f"source cited in words, outside refs.bib: {unit.plain[start:end]}", in_sentence))
        for offset, message, suggestion in found:
            line, column = unit.position(offset)
            yield ctx.report(line, column, message, context=_context(unit.plain), suggestion=suggestion)
