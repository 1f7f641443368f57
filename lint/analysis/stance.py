"""Stance: does the page itself assert what a span of a sentence says?

A phrase can be present without being claimed: 「必ず治るとは限りません」 negates it,
「『必ず治る』という広告に注意」 reports it, 「本当に完治するのでしょうか」 asks it,
「副作用が出た場合は」 supposes it, 「完治することもあります」 hedges it. ``stance``
reads this from the grammar of the sentence (IPADIC words of ``lint.japanese.tokenizer``,
white space removed with ``wordpattern.content_tokens``)::

    stance(tokens, (first, end)) -> Stance(negations, negated, reported, question, conditional,
                                           hedged, testimony, observation, prohibition)

``negations`` counts the negations of the predicate that governs the span (the
span's own words are not counted; ``negated`` is an odd count): in the auxiliaries
after it (治ら-ない, あり-ませ-ん), through a complement (〜ことはありません,
〜という保証はありません, 〜ことは難しい), through a noun the clause modifies when that
noun's own predicate is existence or a denied copula (治らない肩こりはありません: two
negations; リスクのない手術はない: two; 必ず治る病気ではありません: one), through the
clause of a topic (完治は難しい), and from an adverb to the predicate it modifies.
A rule decides with the pattern's polarity whether that makes a claim.

``question``, ``conditional``, ``hedged`` (〜こともあります, 〜とされています, and
uncertainty: 〜とは限りません, 〜わけではありません) and ``prohibition`` (〜ないでください)
mean the page does not assert the span; ``observation`` that its predicate reports
what was seen (past tense, 見られる) rather than promises.

``reported``: the span is speech the page reports or warns about, not its own
claim: inside 「」『』“” (a mention), followed by 〜と / 〜という / 〜といった / 〜など with
a verb or noun of saying or advertising (うたう, 宣伝, 広告, 表現), or in a sentence
that warns about advertising (a word such as 広告, 宣伝, 口コミ, 体験談 with a negated
or cautioning main predicate: 〜に注意, 〜は認められていません, 〜で選ばないように).

``testimony``: the span is inside a quotation presented as a patient's or customer's
voice (followed by an attribution such as （40代女性）, by 〜と回答 / 〜とおっしゃる /
〜という声, or introduced by 体験談： / 感謝のお手紙：). A testimony is quoted, but it is
the page's evidence: rules about testimonials check it although ``reported`` is true.

The uncited-claim check (lint.analysis.claims) may use the same analysis.
"""

import unicodedata
from dataclasses import dataclass

from ..japanese.wordpattern import lemma as _lemma

__all__ = [
    "DIFFICULT",
    "RELIEF_WORDS",
    "Stance",
    "is_negation",
    "may_be_testimony",
    "may_be_voice",
    "negations",
    "stance",
]

# (real web text) angle brackets quote too: 〈最先端〉〈理想的〉といった言葉
OPEN_QUOTES = {"「": "」", "『": "』", "“": "”", '"': '"', "〈": "〉", "《": "》"}
QUOTE_CLOSES = frozenset(OPEN_QUOTES.values()) - {'"'}
NEGATIVE_AUX = {"ない", "ん", "ぬ", "ず", "無い"}
# (twenty-first session) 過言 ("saying too much") denies the saying it names, so 〜と言っても過言ではありません is an
# affirmation: two denials (〜は日本一と言っても過言ではありません claims first place)
NEGATIVE_WORDS = {"ない", "無い", "なし", "無し", "ゼロ", "皆無", "無縁", "ナシ", "過言"}
# predicates that report an observation rather than promise: 再発の兆候はみられていない
OBSERVING = {"見る", "みる", "見られる", "みられる", "認める", "認められる", "確認"}
# predicates that deny what they say of a complement or a topic: 完治は難しい, 治すことは困難です
# (fifty-fifth session) and evidence said to be scarce: 〜という根拠は乏しく, 〜という根拠は不十分です
DIFFICULT = {"難しい", "むずかしい", "困難", "不可能", "無理", "まれ", "稀", "乏しい", "不十分"}
# predicates of existence through which a relative clause's negation is counted
EXISTENCE = {
    "ある",
    "いる",
    "いらっしゃる",
    "おる",
    "ござる",
    "ない",
    "無い",
    "存在",
    "ありえる",
    "あり得る",
    "見当たる",
    "確立",  # 〜を保証する治療法は確立されていません: no such treatment exists
    # (thirty-ninth session) being found, known, shown or approved, denied: no such thing is known to exist
    # (必ず治る方法は見つかっていません, 確実に防ぐ食品は知られていません); not 確認, whose affirmed form states a
    # finding (〜ないことが確認されている)
    "見つかる",
    "知る",
    "知られる",
    "発見",
    "証明",
    "実証",
    "開発",
    "承認",
}
COMPLEMENT_NOUNS = {
    # (fiftieth session) the nominaliser の before が, as こと: 完全に治すのが難しく、… denies as 治すことは難しい does
    "の",
    "わけ",
    "訳",
    "もの",
    "こと",
    "はず",
    "保証",
    "心配",
    "必要",
    "恐れ",
    "おそれ",
    "確証",
    "根拠",
    # (twelfth round) evidence nouns deny like 根拠: 〜という証拠はありません
    "証拠",
    "エビデンス",
    "意味",
    "報告",  # 副作用が出たという報告は一件もありません
}
COMPLEMENT_VERBS = {
    "限る",
    "言える",
    "いえる",
    "言い切れる",
    "言いきれる",
    "断言",
    "断定",
    "保証",
    "約束",
    "言う",
    "いう",
    "決まる",
}
GUARANTEEING = {"保証", "約束", "確約", "断言", "意味"}
# particles that set a noun aside as unthinkable before its denied existence: 〜薬なんてありません
DISMISSIVE = ("なんて", "なんか", "など", "って")
# what the page reports a statement from: 〜という研究があります, 〜との報告
FINDINGS = {"研究", "報告", "調査", "論文", "データ", "指摘", "試験", "結果"}
SAYING = {
    "いう",
    "言う",
    # the humble verbs of saying (〜とは申し上げません): the same report in the clinic's polite voice
    "申し上げる",
    "申す",
    "いった",
    "うたう",
    "謳う",
    "宣伝",
    "広告",
    "表現",
    "書く",
    "記載",
    "称する",
    "主張",
    "説明",
    "聞く",
    "宣伝文句",
    "文句",
    "キャッチコピー",
    "うたい文句",
    "呼ぶ",
    "思う",
    "考える",
    "誤解",
    "思い込む",
    "信じる",
    "気持ち",
    "ご相談",
    "相談",
    "質問",
    "訴える",
    "謳い文句",
    "言葉",
    "話",
    "噂",
    "情報",
}
# nouns that name a kind of wording: a quotation before them is mentioned (「No.1」表示, 「最安」表記)
WORDINGS = {
    "表示",
    "表記",
    "表現",
    "文言",
    "広告",
    "宣伝",
    "言葉",
    "標榜",
    "記載",
    "うたい文句",
    "キャッチコピー",
    "ワード",
}
# nouns that name words as words, so that an unquoted word before them is mentioned (キャンペーンの言葉); (twenty-first
# session) and nouns of an idea, which name the word before them as an idea (完治という考え方)
BARE_WORDINGS = {
    "言葉",
    "文言",
    "文字",
    "ワード",
    "うたい文句",
    "謳い文句",
    "キャッチコピー",
    "美辞麗句",
    "考え方",
    "概念",
}
# what a clinic calls words it owns: 「…」が院長のモットーです, 「…」をお約束します
MOTTO = {"モットー", "信念", "理念", "スローガン", "合言葉", "約束", "お約束", "誓い", "ポリシー", "キャッチフレーズ"}
# nouns of a statement that 〜ような names the kind of (〜を約束するような説明, 〜と誤解させるような表現)
STATEMENTS = {
    "説明",
    "広告",
    "宣伝",
    "表現",
    "記載",
    "言葉",
    "文句",
    "宣伝文句",
    "キャッチコピー",
    "うたい文句",
    "主張",
    "勧誘",
    "投稿",  # SNSの「〇kg痩せた」という投稿は…効果を示すものではありません
}
TESTIMONY = {
    "回答",
    "答える",
    "おっしゃる",
    "喜ぶ",
    "声",
    "投稿",
    "感想",
    "評判",
    "好評",
    "大好評",
    "評価",
    "口コミ",
    "クチコミ",
    "レビュー",
    "話す",
    "語る",
    "喜び",
    "実感",
    "報告",
}
TESTIMONY_BEFORE = {
    "クチコミ",
    "声",
    "体験談",
    "体験",
    "体験記",
    "手紙",
    "感想",
    "口コミ",
    "レビュー",
    "メッセージ",
    "コメント",
    "インタビュー",
}
ATTRIBUTION = {"代", "歳", "才", "男性", "女性", "会社員", "主婦", "様", "さま", "さん", "学生", "患者"}
# (thirty-fifth session) what a quoted voice may praise or blame that is the service, the building or a product's make,
# not care: 「受付の対応が丁寧だった」, 「食堂が明るい」, 「箱がコンパクト」. The guideline forbids testimonials on the content
# or the effect of care (治療等の内容又は効果に関する体験談); a voice whose every subject is one of these, with no word of
# health in it, is none (see _voice_of_the_service)
SERVICE_SUBJECTS = frozenset(
    {
        "受付",
        "対応",
        "接遇",
        "説明",
        "案内",
        "応対",
        "電話",
        "予約",
        "会計",
        "支払い",
        "手続き",
        "待ち時間",
        "時間",
        "食堂",
        "居室",
        "部屋",
        "個室",
        "病室",
        "待合室",
        "院内",
        "建物",
        "設備",
        "トイレ",
        "駐車場",
        "売店",
        "ロビー",
        "雰囲気",
        "掃除",
        "スタッフ",
        "職員",
        "配送",
        "発送",
        "梱包",
        "箱",
        "包装",
        "音",
        "組み立て",
        "操作",
        "デザイン",
        "アクセス",
        "場所",
        "立地",
        "送迎",
        "ホームページ",
        "サイト",
        "アプリ",
    }
)
# words that make any sentence a warning: 〜をうのみにしない, 〜に惑わされない
STRONG_CAUTION = {
    "うのみ",
    "鵜呑み",
    "惑わす",
    "惑わされる",
    "急かす",
    "だまされる",
    "騙す",
    "騙される",
    "誇大",
    "虚偽",
}  # 虚偽広告にあたります
RISK_OF = ("おそれがあ", "恐れがあ")
# (sixteenth round) the law of advertising named makes the sentence a discussion of it (〜は景品表示法上の
# 問題になりえます, 〜は優良誤認にあたる可能性があります): read on the text, its words being compounds
AD_LAW = (
    "景品表示法",
    "景表法",
    "優良誤認",
    "有利誤認",
    "不当表示",
    "不当な誘引",
    "薬機法",
    "広告規制",
    "広告ガイドライン",
)
AD_WORDS = {
    "掲載",
    "広告",
    "宣伝",
    "宣伝文句",
    "うたい文句",
    "謳い文句",
    "キャッチコピー",
    "口コミ",
    "クチコミ",
    "体験談",
    "誇大",
    "ステマ",
    "広告文",
    "セールストーク",
    "勧誘",
}
# the ad forms a rule or a warning can be about (症例写真の掲載は…制限されています, ビフォーアフター写真だけで
# 決めるのは避けましょう); an ad shows them too, so only a word of caution or rule makes them a warning,
# not a negation (ビフォーアフター、跡形もなくキレイに)
AD_FORMS = {
    "症例写真",
    "ビフォーアフター",
    "ビフォー・アフター",
    "前後の写真",
    "前後写真",
    "術前術後",
    "施術前後の写真",
}
# what a testimony is, said of it: the voice discounted as one person's view (口コミの評価は、投稿した人の主観に
# もとづくものです): the sentence speaks about testimonials, it gives none. Only as the predicate of the
# testimonial named as topic: the same words in brackets or after ※ are the disclaimer an ad adds to its own
# testimonials (…と好評です（個人の感想です）), which the guideline says changes nothing (from the review)
DISCOUNTING = ("主観", "個人の感想")
# what the reader is asked to find out by looking at an ad's material is the ad's own promise (仕上がりに満足
# できるか, 効果を実感できるか, 治療が合うか): an invitation, not scrutiny
OUTCOME_QUESTIONS = {"満足", "実感", "効果", "合う", "効く", "改善", "変わる", "仕上がり"}
# the speaker presenting the material (掲載しています, ご覧ください, ご紹介します)
PRESENTING = {"掲載", "紹介", "公開", "覧", "ご覧", "見る"}
# verbs of checking: with a question embedded before them and asked of the reader (〜があるか確認しましょう) they
# ask for scrutiny; with a plain object (症例写真をご確認ください) they only show
CHECKING = {"確認", "確かめる", "調べる", "見極める", "チェック"}
CAUTION = {
    "注意",
    "避ける",
    "禁止",
    "控える",
    "気をつける",
    "気を付ける",
    "うのみ",
    "鵜呑み",
    "惑わす",
    "急かす",
    "疑う",
    "だまされる",
    "騙す",
    "違反",
    "認める",
    "選ぶ",
    "信じる",
    "根拠",
    "頼る",
    "規制",
    "制限",  # 〜の掲載は、医療広告ガイドラインにより制限されています: a rule, not the page's claim
    "禁じる",
    "とどめる",  # 口コミは参考程度にとどめましょう
    "留める",
}
# what ends the clause a supposition can belong to: a comma, a full stop, a label's colon, an exclamation
CLAUSE_ENDS = {"、", ",", "。", "：", ":", "!", "！"}
# a contrast that sets a drawback against the span: 傷が小さい一方、手術時間が長くなることがあります
# what patients' quoted words are presented as: 「…」と喜ばれています, 「…」と好評です
VOICING = {
    "喜ぶ",
    "好評",
    "大好評",
    "評判",
    "回答",
    "答える",
    "おっしゃる",
    "声",
    "感想",
    "口コミ",
    "クチコミ",
    "レビュー",
    "感謝",
    # (forty-seventh session) words praised by those who had the care (〜と絶賛されています); not 驚く, which says nothing of
    # an effect (「こんなに待つとは思わなかった」と驚かれる方も: from the review)
    "絶賛",
}
INVITING = {"いただける", "頂ける", "くださる", "見る", "比べる", "見比べる"}
BALANCING = {"一方", "反面", "半面"}
# what a reader is asked to do with care (not a call to book: ご予約ください, ご相談ください)
CAUTIONING = {
    "控える",
    "守る",
    "注意",
    "気をつける",
    "気を付ける",
    "避ける",
    "中止",
    "やめる",
    "止める",
    "減らす",
    "従う",
}
# the first person singular (not 私たち / 私ども, the clinic's own voice)
FIRST_PERSON = {"私", "わたし", "あたし", "僕", "ぼく", "俺", "我が子", "わが子"}
# one's own family, as the narrator calls them (お母さん, ご主人 are the reader's)
FAMILY = {"息子", "娘", "夫", "妻", "主人", "母", "父", "祖母", "祖父", "家内", "嫁"}
# marks of a signature: ―ご利用者Aさん, （40代・主婦）, 東京都・K.Tさん（58歳）
SIGNATURE_DASHES = {"―", "—", "－", "-", "─", "‐"}
PERSON_MARKS = {
    "代",
    "歳",
    "才",
    "男性",
    "女性",
    "会社員",
    "主婦",
    "様",
    "さま",
    "さん",
    "学生",
    "患者",
    "者",
    "氏",
    "ちゃん",
    "くん",
}
MEDIA = {"テレビ", "雑誌", "新聞", "SNS", "ネット", "インターネット", "メディア", "番組", "芸能人", "有名人"}
MEDIA_CAUTION = {"注意", "気をつける", "気を付ける", "確かめる", "控える", "避ける"}
# evidence said to be lacking or uncertain (根拠のない, 根拠が不確かな, 根拠が乏しい, 根拠は示されていません)
MEDIA_UNFOUNDED = (
    "根拠がな",
    "根拠のな",
    "根拠はな",
    "根拠の不確か",
    "根拠が不確か",
    "根拠が乏し",
    "根拠の乏し",
    "根拠が薄",
    "根拠の薄",
    "根拠が示されていな",
    "根拠は示されていな",
    "根拠がはっきりしな",
    "根拠のはっきりしな",
)
# what reports or refutes the lack of evidence instead of saying it (根拠がないと言われてきましたが、実は…; 根拠が
# 示されていないという批判は当たりません: from the final review)
_UNFOUNDED_REPORTED = ("と言わ", "といわ", "とされ", "という", "との", "と思わ", "と批判", "と指摘")
_UNFOUNDED_REFUTED = ("実は", "実際は", "実際には", "証明されて", "当たりません", "あたりません", "誤り", "間違い")


def _said_unfounded(text):
    """The sentence itself says that evidence is lacking (MEDIA_UNFOUNDED), not reporting or refuting it."""
    if any(word in text for word in _UNFOUNDED_REFUTED):
        return False
    for phrase in MEDIA_UNFOUNDED:
        at = text.find(phrase)
        while at >= 0:
            after = text[at + len(phrase) : at + len(phrase) + 12]
            if not any(word in after for word in _UNFOUNDED_REPORTED):
                return True
            at = text.find(phrase, at + 1)
    return False


# advice to stop choosing by what the media present (〜という理由だけで選ぶのはやめましょう): the request form only;
# やめられる, やめませんか and やめることができる are what an ad promises (from the review)
STOP_ADVICE = (
    "のはやめましょう",
    "のはやめてください",
    "のはやめておきましょう",
    "のは止めましょう",
    "のは止めてください",
)
HEDGE_NOUNS = {"こと", "場合", "人", "方", "例", "ケース", "可能性", "恐れ", "おそれ", "患者", "症例"}
HEDGE_PREDICATES = {"ある", "いる", "多い", "少ない", "いらっしゃる", "見る", "報告", "知る"}


def _once_a_sentence(read):
    """``read(tokens)`` kept for the last sentence asked about: the readings of a sentence as a whole do not depend on
    the span, and one sentence's spans are asked about one after another, so a long sentence is read once for them all
    instead of once a span (a list may change between two calls and is read again)."""
    last: list = [None, None]

    def reading(tokens):
        if not isinstance(tokens, tuple):
            return read(tokens)
        if tokens is not last[0]:
            last[:] = [tokens, read(tokens)]
        return last[1]

    reading.__doc__ = read.__doc__
    reading.__name__ = read.__name__
    return reading


@_once_a_sentence
def _lemma_set(tokens):
    """The lemmas of the sentence's words."""
    return frozenset(_lemma(t) for t in tokens)


def _noun_run_end(tokens, k, limit=4):
    """Index past the run of at most ``limit`` nouns from ``k`` (a compound: キャンペーン価格, 治療法)."""
    j = k
    while j < len(tokens) and j - k < limit and tokens[j].pos == "名詞":
        j += 1
    return j


def _past_prefix(tokens, i):
    """The index of the word at ``i``, past an honorific prefix (お約束, ご提供)."""
    return i + (i + 1 < len(tokens) and tokens[i].pos == "接頭詞")


@dataclass(frozen=True)
class Stance:
    negations: int = 0  # negations after the span in the predicates that govern it
    negated: bool = False  # an odd number of them
    reported: bool = False  # quoted, reported or warned about: not the page's own claim
    question: bool = False  # asked, or embedded as a question (〜かどうか, 〜ないか確認)
    conditional: bool = False  # supposed: 〜場合, 〜とき, 〜なら, 〜ば, 〜ても
    hedged: bool = False  # 〜こともあります, 〜場合があります, 〜可能性があります, 〜とされています
    testimony: bool = False  # a patient's voice (see ``voice``) or a first-person or named patient's past experience
    voice: bool = False  # words presented as a patient's: signed, labelled (体験談：), 「…」と喜ばれています
    observation: bool = False  # the governing predicate reports what was seen: past (再発しなかった) or 見られる
    prohibition: bool = False  # the reader is told not to: 〜ないでください, 〜ないようにしましょう
    cautionary: bool = False  # the reason for a caution: 作用が強いため、用量を守ってください
    wished: bool = False  # the writer's wish: 〜ますように, 〜ことを願っております

    @property
    def asserted(self):
        """The page states the span as it reads (before its polarity is considered)."""
        return not (
            self.reported
            or self.question
            or self.conditional
            or self.hedged
            or self.prohibition
            or self.cautionary
            or self.wished
        )


def is_negation(token):
    if token.pos == "助動詞" and _lemma(token) in NEGATIVE_AUX:
        return True
    # (twelfth session) 〜かねます after a verb is a polite "cannot" (保証はいたしかねます); 〜かねない, with a second
    # negation, is a possibility (悪化しかねない), which the count's parity keeps positive
    if token.pos == "動詞" and token.pos_detail_1 == "非自立" and _lemma(token) in ("かねる", "兼ねる"):
        return True
    if token.pos == "形容詞" and _lemma(token) in ("ない", "無い"):
        return True
    return token.pos == "名詞" and _lemma(token) in NEGATIVE_WORDS


def _chain(tokens, k):
    """Past the auxiliaries of a predicate ending before ``k``: (new k, negations counted)."""
    count, n = 0, len(tokens)
    while k < n:
        t = tokens[k]
        lemma = _lemma(t)
        if (
            t.pos == "助動詞"
            or (t.pos == "形容詞" and lemma in ("ない", "無い"))
            or (t.pos == "動詞" and t.pos_detail_1 in ("非自立", "接尾"))
            or (t.pos == "形容詞" and t.pos_detail_1 in ("非自立", "接尾"))
            or (t.pos == "動詞" and lemma in ("する", "できる", "なる", "出来る", "られる", "れる"))
            or (t.pos == "動詞" and lemma == "ある" and k and tokens[k - 1].pos == "形容詞")  # 痛く-ありません
            # (ninth session) the copula negated, で-は-ありません / ございません after a noun: 無料ではありません
            or (
                t.pos == "動詞"
                and lemma in ("ある", "ござる")
                and k > 1
                and tokens[k - 1].surface_form == "は"
                and tokens[k - 2].surface_form == "で"
                # 〜ではありませんか！ asks to agree: an affirmation, not a denial
                and not any(x.surface_form in ("か", "かな") and x.pos == "助詞" for x in tokens[k + 1 : k + 5])
            )
            or (
                t.pos == "助詞"
                and t.surface_form in ("て", "で")
                and k + 1 < n
                and (
                    tokens[k + 1].pos_detail_1 == "非自立"
                    or _lemma(tokens[k + 1]) in ("ない", "いる", "おる")
                    or tokens[k + 1].surface_form == "は"
                    and k + 2 < n
                    and _lemma(tokens[k + 2]) in ("ない", "ある", "いる", "いける", "ござる")
                )
            )
            or (
                t.pos == "助詞"
                and t.surface_form == "は"
                and k > 0
                and tokens[k - 1].surface_form in ("て", "で")
                and k + 1 < n
                and (_lemma(tokens[k + 1]) in ("ない", "ある", "いる", "ござる"))
            )
            or (t.pos == "名詞" and t.pos_detail_1 == "接尾" and lemma in ("さ", "げ", "そう"))
            or _contrast_denied(tokens, k)
        ):
            count += is_negation(t)
            k += 1
            continue
        break
    return k, count


def _past_coordination(tokens, end):
    """(fifty-third session) Past the nouns coordinated with the span's (効果の保証や返金のお約束は…いたしかねます: the
    predicate of the whole phrase governs each of its members; medical-ads-blind81): after a coordinating particle
    (や, と, とか), each noun phrase (nouns, prefixes, の between them) up to the particle or predicate after it."""
    n = len(tokens)
    if not (end and end < n and tokens[end - 1].pos == "名詞"):
        return end
    k = end
    while k < n and tokens[k].pos == "助詞" and tokens[k].pos_detail_1 == "並立助詞":
        j = k + 1
        while j < n and (
            tokens[j].pos in ("名詞", "接頭詞")
            or tokens[j].surface_form == "の"
            and j + 1 < n
            and tokens[j + 1].pos in ("名詞", "接頭詞")
        ):
            j += 1
        if j == k + 1 or tokens[j - 1].pos != "名詞":
            break  # no noun phrase after it: not a coordination of nouns
        k = j
    return k


def _contrast_denied(tokens, k) -> bool:
    """(fifty-third session) The predicate before ``k`` denied as a whole by の + ではない: 参考にするのではなく
    (medical-ads-blind81). Not 〜のではないか / 〜のではないでしょうか, which suggests what it seems to deny."""
    t = tokens[k]
    # (from the final review) not から + ではなく: 芸能人が愛用しているからではなく、成分で選んでいます denies the reason
    # and still says that celebrities use it
    if not (t.surface_form in ("の", "ん") and t.pos == "名詞" and t.pos_detail_1 == "非自立"):
        return False
    if k + 3 >= len(tokens) or tokens[k + 1].surface_form != "で" or tokens[k + 2].surface_form != "は":
        return False
    if _lemma(tokens[k + 3]) not in ("ない", "ある", "ござる"):
        return False
    return not any(x.surface_form in ("か", "かな", "かしら") and x.pos == "助詞" for x in tokens[k + 4 : k + 9])


def _skip_adverbials(tokens, k, limit=4):
    """Past adverbs and quantifiers before a predicate: まったく, 一切, 一人も, 誰も, 一度も."""
    n, steps = len(tokens), 0
    while k < n and steps < limit:
        t = tokens[k]
        if (
            t.pos in ("副詞", "連体詞")
            or (t.pos == "名詞" and t.pos_detail_1 in ("数", "副詞可能", "接尾", "代名詞"))
            or (t.pos == "助詞" and t.surface_form in ("も", "は", "が", "に", "として"))
            or (t.pos == "接頭詞")
            or t.surface_form in ("、", ",")  # 〜は、今のところ…: a comma among adverbials
            # (twelfth round) a time up to now: これまで, 今まで (a pronoun or a time noun + まで)
            or (t.surface_form == "まで" and k and tokens[k - 1].pos_detail_1 in ("代名詞", "副詞可能"))
            # 現在のところ, 今のところ: an adverbial of time before the predicate
            or (t.surface_form == "の" and k + 1 < n and _lemma(tokens[k + 1]) in ("ところ", "所"))
            or (_lemma(t) in ("ところ", "所") and k and tokens[k - 1].surface_form == "の")
        ):
            k += 1
            steps += 1
            continue
        break
    return k


def _qualifier(token):
    """A word that qualifies a complement noun: 科学 + 的 + な, 十分 + な, 明確 + な."""
    return token.surface_form in ("的", "な") or (
        token.pos == "名詞" and token.pos_detail_1 in ("形容動詞語幹", "一般", "接尾")
    )


# (twelfth round) nouns of evidence: a statement quoted before one that is denied is what the page
# says has no support (〜より優れているという科学的根拠はありません), whatever the statement's own form
EVIDENCE_NOUNS = {"根拠", "証拠", "エビデンス", "確証"}


def under_denied_evidence(tokens, span):
    """Whether the statement at ``span`` is quoted (という, との) before a denied noun of evidence."""
    n = len(tokens)
    for k in range(span[1], min(n, span[1] + 6)):
        if tokens[k].surface_form in ("という", "といった", "との"):
            j = k + 1
            while j < n and j - k <= 3 and _lemma(tokens[j]) not in EVIDENCE_NOUNS and _qualifier(tokens[j]):
                j += 1
            if j < n and _lemma(tokens[j]) in EVIDENCE_NOUNS:
                found = _complement(tokens, j)
                return found is not None and found[1] % 2 == 1
            return False
        if tokens[k].surface_form in ("。", "、"):
            return False
    return False


def under_denied_statement(tokens, span):
    """(forty-seventh session) Whether the statement at ``span`` is set out as a whole and then denied or doubted:
    before a denied noun of evidence (〜という根拠はありません), a denied complement noun (〜ということはありません,
    〜というわけではありません, 〜という保証はない) or a verb of asserting under a negation (〜とは言えません, 〜とは限りません,
    〜と断言できません), a comma before という or とは allowed (何錠飲んでも大丈夫、ということはありません). A claim whose
    polarity does not matter (safety for any amount, urgency) is then not the page's: it is what the page denies."""
    if under_denied_evidence(tokens, span):
        return True
    n = len(tokens)
    k = span[1]
    while (
        k < min(n, span[1] + 4) and tokens[k].pos in ("助動詞", "記号") and tokens[k].surface_form not in ("。", "、")
    ):
        k += 1  # the statement's own copula or auxiliary (安全だ, 大丈夫です): 安全だということは
    if (
        k < n
        and tokens[k].surface_form in ("、", ",")
        and k + 1 < n
        and tokens[k + 1].surface_form
        in (
            "という",
            "といった",
            "との",
            "と",
            "って",
        )
    ):
        k += 1
    if k >= n:
        return False
    # the predicates that govern a quoted statement, as the stance reads them: the complement nouns (〜ということは
    # ありません), the verbs of asserting and their potentials (〜とは言えません, 〜とお約束はできません, 〜と保証はいたしかねます)
    extended = _extend(tokens, k, True)
    if extended is not None and extended[1] % 2 == 1 and tokens[k].surface_form not in ("、", ","):
        return True
    # what _extend does not read: a verb of guaranteeing outside COMPLEMENT_VERBS (〜と確約はできません)
    t = tokens[k]
    if t.pos == "助詞" and t.surface_form in ("と", "って"):
        j = k + 1
        while j < n and tokens[j].surface_form in ("は", "も"):
            j += 1
        j = _past_prefix(tokens, j) if j < n else j
        if j < n and _lemma(tokens[j]) in GUARANTEEING - COMPLEMENT_VERBS:
            m = j + 1
            while m < n and tokens[m].surface_form in ("は", "も", "が"):
                m += 1
            if m + 1 < n and _lemma(tokens[m]) in ("いたす", "致す") and _lemma(tokens[m + 1]) == "かねる":
                return True  # 〜と確約はいたしかねます: IPADIC reads いたし + かね
            if m < n and _lemma(tokens[m]) in ("できる", "出来る"):
                return _chain(tokens, m + 1)[1] % 2 == 1
    return False


def _extend(tokens, k, ended_in_predicate):
    """The next predicate whose negation also governs the span: (new k, negations) or None."""
    n = len(tokens)
    if k >= n:
        return None
    t = tokens[k]
    # (sixteenth round) a comma may set the clause off before という: 必ず治る、というわけではありません; (forty-seventh
    # session) and before とは: 何杯飲んでも安全、とは言えません
    if (
        t.surface_form in ("、", ",")
        and k + 1 < n
        and tokens[k + 1].surface_form in ("という", "といった", "と", "って")
    ):
        k, t = k + 1, tokens[k + 1]
    # (twenty-first session) a quotation that describes the noun after it (「飲むだけで痩せる」サプリはありません), directly
    # or (fifty-fifth session) through の (「完全無痛」の治療はありません): the quoted words modify that noun as a relative
    # clause would, so the noun's denied existence governs them
    if t.surface_form in QUOTE_CLOSES:
        head = _past_attributive_no(tokens, k + 1)
        if head < n and tokens[head].pos in ("名詞", "接頭詞"):
            k, t, ended_in_predicate = head, tokens[head], True
    # 〜という保証はありません, 〜といったことはない (という is one word in IPADIC)
    if t.surface_form in ("という", "といった", "との", "って", "っていう", "なんて") and k + 1 < n:
        # (twelfth round) the noun may carry a qualifier of its own: 〜という科学的根拠はありません,
        # 〜という十分な証拠はない (a noun stem + 的/な, at most two words)
        j = k + 1
        while j < n and j - k <= 3 and _lemma(tokens[j]) not in COMPLEMENT_NOUNS and _qualifier(tokens[j]):
            j += 1
        if j < n and _lemma(tokens[j]) in COMPLEMENT_NOUNS:
            return _complement(tokens, j)
        # (twenty-first session) any noun that the statement is said of, whose existence is then denied: 〜を認めたと
        # いう事実はありません, 〜というデータは存在しません (only existence: 〜という声が多い says nothing of the statement)
        found = _denied_noun_after_statement(tokens, k + 1)
        if found is not None:
            return found
    # 〜とは限らない, 〜とはいえません, 〜とも言い切れない, 〜と断言できない
    if t.pos == "助詞" and t.surface_form in ("と", "って") and k + 1 < n:
        j = k + 1
        while j < n and tokens[j].surface_form in ("は", "も"):
            j += 1
        j = _past_prefix(tokens, j) if j < n else j  # (twenty-eighth session) 〜とはお約束できません
        if j < n and _lemma(tokens[j]) in COMPLEMENT_VERBS - {"言う", "いう"}:
            # (forty-seventh session) the verb noun set off by a particle before its potential: 〜とお約束はできません, or
            # before いたしかねる (〜と保証はいたしかねます: IPADIC reads いたし + かね)
            m = j + 1
            if (
                m + 1 < n
                and tokens[m].surface_form in ("は", "も", "が")
                and _lemma(tokens[m + 1]) in ("できる", "出来る")
            ):
                return _chain(tokens, m + 1)
            if (
                m + 2 < n
                and tokens[m].surface_form in ("は", "も", "が")
                and _lemma(tokens[m + 1]) in ("いたす", "致す")
                and _lemma(tokens[m + 2]) == "かねる"
            ):
                end, more = _chain(tokens, m + 3)
                return end, 1 + more
            return _chain(tokens, j + 1)
        # 〜という保証はありません
        if j < n and _lemma(tokens[j]) in ("いう", "言う") and j + 1 < n and _lemma(tokens[j + 1]) in COMPLEMENT_NOUNS:
            return _complement(tokens, j + 1)
        return None
    # (twenty-first session) a clause made a noun by こと or の is a noun to the verb it is the object or topic of:
    # 完全に消えることをお約束するものではありません reads as 完治をお約束するものではありません does
    if (
        ended_in_predicate
        and t.pos == "名詞"
        and t.pos_detail_1 == "非自立"
        and _lemma(t) in ("こと", "の")
        and k + 1 < n
        and tokens[k + 1].surface_form in ("を", "は")
    ):
        found = _extend(tokens, k + 1, False)
        if found is not None:
            return found
    # the verb after a particle, past an honorific prefix (完治をお約束する, ご提供する)
    verb = _past_prefix(tokens, k + 1)
    # a noun as the object of a verb of guaranteeing: 完治を保証するものではありません, 完治をお約束するものでは…
    if (
        t.surface_form in ("を", "は")
        and k
        and tokens[k - 1].pos == "名詞"
        and verb < n
        and _lemma(tokens[verb]) in GUARANTEEING
    ):
        return _chain(tokens, verb + 1)
    # (twenty-first session) a clause's head noun as the object of a verb of guaranteeing: 痛みのない治療をお約束する
    # ことはできません (the clause describes what is, or is not, promised)
    if ended_in_predicate and t.pos == "名詞":
        j = _noun_run_end(tokens, k)
        v = _past_prefix(tokens, j + 1)
        if j < n and tokens[j].surface_form in ("を", "は") and v < n and _lemma(tokens[v]) in GUARANTEEING:
            return _chain(tokens, v + 1)
    # a noun as the object of any verb that a denied もの or わけ characterises: 完治を目指すものではなく
    if (
        t.surface_form == "を"
        and k
        and tokens[k - 1].pos == "名詞"
        and verb < n
        and (
            tokens[verb].pos == "動詞"
            or tokens[verb].pos_detail_1 == "サ変接続"
            and verb + 1 < n
            and _lemma(tokens[verb + 1]) == "する"
        )
    ):
        j, _ = _chain(tokens, verb + 1)
        if j < n and _lemma(tokens[j]) in ("もの", "わけ", "訳"):
            found = _complement(tokens, j)
            if found is not None and found[1]:
                return found
    # (eleventh round) the span qualifies that object: 劇的な変化をもたらすものではなく (劇的 + な, its noun)
    if t.surface_form == "的" and k + 2 < n and tokens[k + 1].surface_form == "な":  # 奇跡 + 的な回復を…
        k, t = k + 2, tokens[k + 2]
    # (twelfth round) a likeness qualifying a noun whose existence is denied: 奇跡のような治療法はありません,
    # 魔法みたいな薬は存在しません (the span may end before の よう or みたい)
    if t.surface_form == "の" and k + 2 < n and _lemma(tokens[k + 1]) == "よう" and tokens[k + 2].surface_form == "な":
        k, t = k + 2, tokens[k + 2]
    elif _lemma(t) in ("よう", "みたい") and k + 1 < n and tokens[k + 1].surface_form == "な":
        k, t = k + 1, tokens[k + 1]
    if (
        t.surface_form == "な"
        and k
        and _lemma(tokens[k - 1]) in ("よう", "みたい")
        and k + 1 < n
        and tokens[k + 1].pos == "名詞"
    ):
        j = _noun_run_end(tokens, k + 1)
        if j < n and tokens[j].surface_form in ("は", "が", "も"):
            e = _skip_adverbials(tokens, j + 1)
            if e < n and _lemma(tokens[e]) in EXISTENCE:
                end, more = _chain(tokens, e + 1)
                return end, is_negation(tokens[e]) + more
    if t.pos == "名詞" and k and tokens[k - 1].surface_form in ("な", "の") and _lemma(t) not in COMPLEMENT_NOUNS:
        j = _noun_run_end(tokens, k)
        if (
            j + 1 < n
            and tokens[j].surface_form == "を"
            and (
                tokens[j + 1].pos == "動詞" or tokens[j + 1].pos_detail_1 == "サ変接続"  # 約束 + する
            )
        ):
            e, _ = _chain(tokens, j + 2)
            if e < n and _lemma(tokens[e]) in ("もの", "わけ", "訳"):
                found = _complement(tokens, e)
                if found is not None and found[1]:
                    return found
    if t.pos == "名詞" and _lemma(t) in COMPLEMENT_NOUNS and t.pos_detail_1 in ("非自立", "一般", "サ変接続"):
        found = _complement(tokens, k)
        if found is not None:
            return found
    # (twenty-first session) a span ending inside a compound noun that a denied copula follows: キャンペーン価格では
    # なく (the compound's own copula governs each of its words, as 無料ではありません governs 無料)
    if t.pos == "名詞" and k and tokens[k - 1].pos == "名詞" and not ended_in_predicate:
        j = _noun_run_end(tokens, k)
        if j + 2 < n and tokens[j].surface_form == "で" and tokens[j + 1].surface_form in ("は", "も"):
            end, count = _chain(tokens, j)
            # not a rhetorical 〜ではないか (〜最安値水準ではないかと自負しております: an affirmation)
            if count and not (end < n and tokens[end].surface_form in ("か", "かな", "かと")):
                return end, count
    # a span ending in a noun, then は/が/も and a predicate of existence: 保証はありません
    if t.surface_form in ("は", "が", "も") and k and tokens[k - 1].pos == "名詞":
        j = _skip_adverbials(tokens, k + 1)
        if j < n and _lemma(tokens[j]) in EXISTENCE | {"できる", "出来る"} and not _unrivalled(tokens, k, j):
            count = is_negation(tokens[j])
            end, more = _chain(tokens, j + 1)
            return end, count + more
        if j < n and _lemma(tokens[j]) in DIFFICULT:  # 完治が難しい
            end, more = _chain(tokens, j + 1)
            return end, 1 + more
        return None
    # (fifteenth round) a clause set up with なんて / なんか before the noun that denies it (〜ないなんてことは、
    # ありえません): the particle names the clause as unthinkable; the noun still takes the clause
    if ended_in_predicate and t.surface_form in ("なんて", "なんか") and k + 1 < n and tokens[k + 1].pos == "名詞":
        k, t = k + 1, tokens[k + 1]
    # (sixteenth round) the modified noun may begin with a prefix: 治らない薄毛 (薄 + 毛), 効かない新薬
    if ended_in_predicate and t.pos == "接頭詞" and k + 1 < n and tokens[k + 1].pos == "名詞":
        k, t = k + 1, tokens[k + 1]
    # a noun modified by the clause, then は/が/も and a predicate of existence
    if (
        ended_in_predicate
        and t.pos == "名詞"
        or (t.surface_form == "の" and k + 1 < n and tokens[k + 1].pos in ("名詞", "接頭詞"))
    ):
        j = k + (1 if t.surface_form == "の" else 0)
        while (
            j < n
            and j - k < 8
            and (
                tokens[j].pos in ("名詞", "接頭詞")  # お約束: a noun with its honorific prefix
                # (thirty-ninth session) nouns coordinated by や or ・ are one phrase: 必ず治る薬や方法はありません
                or tokens[j].surface_form in ("の", "という", "といった", "や", "・", "および", "または")
                and j + 1 < n
                and tokens[j + 1].pos == "名詞"
            )
        ):
            j += 1
            # 〜といえる治療法: a noun described by 〜と言える
            if (
                j + 2 < n
                and tokens[j].surface_form == "と"
                and _lemma(tokens[j + 1]) in ("いえる", "言える")
                and tokens[j + 2].pos == "名詞"
            ):
                j += 2
        if j + 1 < n and tokens[j].surface_form in ("で", "じゃ") and tokens[j + 1].surface_form in ("は", "も"):
            j += 1  # 〜病気ではありません: a copula, denied
        # a particle that names the noun as unthinkable may stand before the topic or instead of it: 必ず効く薬
        # なんてありません, 〜薬などはありません
        noun = tokens[j - 1] if j else t
        if j < n and tokens[j].surface_form in DISMISSIVE:
            j += 1 if j + 1 < n and tokens[j + 1].surface_form in ("は", "が", "も") else 0
        if j < n and tokens[j].surface_form in ("は", "が", "も", *DISMISSIVE):
            # (twelfth round) room for a time and a count: 〜方は、これまで一人もいません
            j = _skip_adverbials(tokens, j + 1, limit=6)
            # a promise that cannot be made is denied too: 完治のお約束はできません
            if (
                j < n
                and (
                    _lemma(tokens[j]) in EXISTENCE
                    or (_lemma(tokens[j]) in ("できる", "出来る") and _lemma(noun) in GUARANTEEING)
                )
                and not _unrivalled(tokens, k, j)
            ):
                count = is_negation(tokens[j])
                end, more = _chain(tokens, j + 1)
                return end, count + more
            # (twenty-first session) the noun as a topic whose clause ends on a predicate of existence, past
            # adverbials of any length (〜と断言できる治療法は、残念ながら現時点では存在しません)
            found = _topic_exists(tokens, j)
            if found is not None and not _unrivalled(tokens, k, found[2]):
                return found[:2]
    return None


# a rival denied: "no other", "hardly any other", "none as sure as this" rank the page's own offer (ほかに
# ありません, なかなかありません, これほど…ありません, 当院ほど…ありません); they deny no claim of it
# (twenty-first session, from the code review) しか and 以外 make the denial an exclusion too: 必ず治る治療法は、当院に
# しかありません, 当院以外にはありません say the page alone has it
_RIVAL_BETWEEN = frozenset({"ほか", "他", "なかなか", "めったに", "滅多", "そうそう", "しか", "以外"})
_RIVAL_BEFORE = frozenset({"こんなに", "こんな", "これほど", "ここまで", "それほど", "あれほど"})


def _unrivalled(tokens, k, j):
    """The existence denied between ``k`` and its predicate at ``j`` is a rival's: a claim of rank, not a denial.
    Not ほかにも ("none elsewhere either" denies), nor ほど after a number (1週間ほどで: about a week)."""
    for i in range(k, j):
        if tokens[i].surface_form in _RIVAL_BETWEEN and not (
            i + 2 < len(tokens) and tokens[i + 2].surface_form == "も"
        ):
            return True  # ほか + に + も is "elsewhere either"
    return any(t.surface_form in _RIVAL_BEFORE or _compared_degree(tokens, i) for i, t in enumerate(tokens[:k]))


def _compared_degree(tokens, i):
    """ほど after a thing compared (当院ほど, これほど), not after a count (1週間ほど, 2割ほど)."""
    if tokens[i].surface_form != "ほど" or tokens[i].pos != "助詞" or not i:
        return False
    before = tokens[i - 1]
    return before.pos == "名詞" and before.pos_detail_1 not in ("数", "接尾")


def _denied_noun_after_statement(tokens, k):
    """After 〜という at ``k - 1``: (end, negations) when a noun (with its qualifiers and compound) follows, then
    は/が/も and a denied predicate of existence (〜という事実はありません, 〜というデータは見当たりません), else None."""
    n = len(tokens)
    j = k
    while j < n and j - k < 5 and (tokens[j].pos in ("名詞", "接頭詞") or tokens[j].surface_form in ("的", "な")):
        j += 1
    if j == k or tokens[j - 1].pos != "名詞" or j >= n or tokens[j].surface_form not in ("は", "が", "も"):
        return None
    e = _skip_adverbials(tokens, j + 1, limit=3)
    if e >= n or _lemma(tokens[e]) not in EXISTENCE:
        return None
    end, more = _chain(tokens, e + 1)
    count = is_negation(tokens[e]) + more
    return (end, count) if count % 2 else None


def _complement(tokens, k):
    """A complement noun at ``k`` (わけ, こと, 保証...) then は/が/も/では and its predicate."""
    n = len(tokens)
    # の is read before が and は only: 〜のも無理はありません is "no wonder", an idiom of understanding
    if _lemma(tokens[k]) == "の" and (k + 1 >= n or tokens[k + 1].surface_form not in ("が", "は")):
        return None
    j = k + 1
    while j < n and tokens[j].surface_form in ("は", "が", "も", "で", "に", "など", "、"):
        j += 1
    j = _skip_adverbials(tokens, j, limit=3)  # 〜ということは、まずありえません; 〜という報告は一件もありません
    if j < n and _lemma(tokens[j]) in DIFFICULT:  # 〜ことは難しい: as good as denied
        end, more = _chain(tokens, j + 1)
        return end, 1 + more
    if j < n and (
        _lemma(tokens[j]) in EXISTENCE | {"できる", "出来る", "言える", "いえる", "だ", "ない"}
        or tokens[j].pos == "助動詞"
    ):
        count = is_negation(tokens[j])
        end, more = _chain(tokens, j + 1)
        return end, count + more
    return None


def negations(tokens, first, end):
    """(negations after the span tokens[first:end] that govern it, index past the governing predicate).

    The span's own words are not counted: a pattern knows whether it holds a negation
    (副作用がない) or not (必ず治る).
    """
    count, _, k, _ = _governing(tokens, end, through_arguments=False)
    return count, k


def _sentence_end(tokens, k):
    n = len(tokens)
    while k < n and tokens[k].surface_form not in ("。", "!", "?", "！", "？"):
        k += 1
    return k


def _next_predicate(tokens, k, limit=5):
    """The first verb or adjective from ``k`` within the clause (an adverb's predicate), or None."""
    for j in range(k, min(len(tokens), k + limit)):
        t = tokens[j]
        if t.surface_form == "。" or (t.pos == "助詞" and t.pos_detail_1 == "接続助詞"):
            return None
        if (
            t.pos in ("動詞", "形容詞")
            and t.pos_detail_1 == "自立"
            or (
                t.pos == "名詞"
                and t.pos_detail_1 == "サ変接続"
                and j + 1 < len(tokens)
                and _lemma(tokens[j + 1]) == "する"
            )
        ):
            return j
    return None


def _final_predicate(tokens, k):
    """(negations of the predicate that ends the topic's clause, its end) for a topic (〜は) span."""
    e = _sentence_end(tokens, k)
    for i in range(k, e):  # 〜は難しいものの、…: the clause ends at a conjunctive particle
        t = tokens[i]
        if t.pos == "助詞" and t.pos_detail_1 == "接続助詞" and t.surface_form not in ("て", "で", "ば", "と"):
            # (twenty-eighth session) ながら after a noun is a sentence adverb (残念ながら, 当然ながら), no clause's end
            if t.surface_form == "ながら" and i > k and tokens[i - 1].pos == "名詞":
                continue
            e = i
            break
    p = e - 1
    while p > k and (
        tokens[p].pos in ("助動詞", "記号") or tokens[p].pos_detail_1 in ("非自立", "接尾") or tokens[p].pos == "助詞"
    ):
        p -= 1
    if p < k:
        return 0, e
    # every denial in the topic's clause: 可能性はゼロではありません (two), 完治は難しい (one)
    count = sum(is_negation(t) for t in tokens[k:e]) + (_lemma(tokens[p]) in DIFFICULT)
    return count, e


def _topic_exists(tokens, k):
    """(end, negations, head) when the clause from ``k`` (after a topic's は) ends on a predicate of existence
    (存在しません, ありません, いません), else None."""
    e = _sentence_end(tokens, k)
    for i in range(k, e):  # the clause ends at a conjunctive particle (not 残念ながら, an adverbial)
        t = tokens[i]
        if (
            t.pos == "助詞"
            and t.pos_detail_1 == "接続助詞"
            and t.surface_form not in ("て", "で", "ば", "と", "ながら")
        ):
            e = i
            break
    p = e - 1
    while p > k and (tokens[p].pos in ("助動詞", "記号") or tokens[p].pos_detail_1 in ("非自立", "接尾")):
        p -= 1
    if p <= k:
        return None
    head = p - 1 if _lemma(tokens[p]) == "する" and tokens[p - 1].pos == "名詞" else p  # 存在 + し
    if _lemma(tokens[head]) not in EXISTENCE:
        return None
    # the topic must be what exists: not another subject in が (当院は、駐車場がありません) or a noun right before the
    # predicate (当院とは関係ありません), and ある not an adjective's own negation (少なくありません, 珍しくありません)
    if any(t.surface_form == "が" and t.pos_detail_1 == "格助詞" for t in tokens[k:head]) or (
        head > k
        and (
            tokens[head - 1].pos == "名詞"
            and tokens[head - 1].pos_detail_1 in ("一般", "サ変接続", "固有名詞", "代名詞")
            or tokens[head - 1].pos == "形容詞"
        )
    ):
        return None
    if any(t.surface_form in _RIVAL_BETWEEN for t in tokens[k:head]):
        return None  # 当院にしかありません: an exclusion, not a denial
    end, more = _chain(tokens, head + 1)
    return end, is_negation(tokens[head]) + more, head


# nouns that end a clause of reason (〜のため、 〜のおかげで): what follows is another clause
REASON_NOUNS = frozenset({"ため", "為", "ゆえ", "故", "おかげ", "せい"})


def _topic_particle(tokens, k):
    """Index of the は/も that makes the noun ending before ``k`` (part of) a topic, or None.

    The noun may be part of a coordinated phrase: キャッシュバックや割引などの特典は….
    """
    n = len(tokens)
    if not 0 < k <= n or tokens[k - 1].pos != "名詞" or is_negation(tokens[k - 1]):
        return None
    j = k
    while (
        j < n
        and j - k < 8
        and (tokens[j].pos == "名詞" or tokens[j].surface_form in ("や", "と", "など", "の", "等", "、", "・"))
        # (sixteenth round) a noun of reason ends a clause, it coordinates nothing: 完全無痛のため、お子様も…
        and _lemma(tokens[j]) not in REASON_NOUNS
    ):
        j += 1
    if (
        j < n
        and tokens[j].surface_form in ("は", "も")
        and tokens[j].pos_detail_1 == "係助詞"
        and tokens[j - 1].pos == "名詞"
    ):
        return j
    return None


def _is_topic(tokens, k):
    """The span is (part of) the topic of its sentence: a noun phrase followed by は or も (not では)."""
    return _topic_particle(tokens, k) is not None


def _case_after(tokens, end):
    """The index of を or で marking the noun phrase that ends before ``end`` (other nouns listed after it
    or a restricting particle may come between: 効果保証・返金保証を, 写真だけで, 写真のみを), or None."""
    i = end
    # the first of nouns listed with ・ or や (効果保証・返金保証を) is an object as the last one is
    while i + 1 < len(tokens) and tokens[i].surface_form in ("・", "や") and tokens[i + 1].pos == "名詞":
        i += 2
        while i < len(tokens) and tokens[i].pos == "名詞":
            i += 1
    if i < len(tokens) and tokens[i].pos_detail_1 == "副助詞" and tokens[i].surface_form in ("だけ", "のみ", "など"):
        i += 1
    if i < len(tokens) - 1 and tokens[i].pos_detail_1 == "格助詞" and tokens[i].surface_form in ("を", "で"):
        return i
    return None


# verbs whose object or means takes their stance: what is shown, published, used or judged by
SHOWING_OR_USING = {
    "公開",
    "掲載",
    "見せる",
    "紹介",
    "表示",
    "掲示",
    "載せる",
    "使用",
    "使う",
    "用いる",
    "利用",
    "判断",
    "評価",
}
# verbs of advertising a claim as one's selling point (返金保証をうたう, No.1を掲げる)
ADVERTISING = {"うたう", "謳う", "宣伝", "広告", "掲げる", "標榜", "強調", "称する", "アピール"}


def _advertised_by_another(tokens, end):
    """The noun phrase ending before ``end`` is what someone else advertises: the object of a verb of
    advertising in a clause that modifies a noun, the reader cautioned about that noun right after it
    (効果保証・返金保証をうたうクリニックには、慎重になりましょう; 〜をうたう業者には要注意です; 〜を掲げる広告に
    だまされないで): the sentence speaks of that advertiser, it does not make the claim. Without a caution
    on it (返金保証をうたう私たちのクリニック) the advertiser may be the page itself."""
    case = _case_after(tokens, end)
    if case is None or tokens[case].surface_form != "を":
        return False
    j = _next_predicate(tokens, case + 1)
    if j is None or _lemma(tokens[j]) not in ADVERTISING:
        return False
    k, _ = _chain(tokens, j + 1)
    if k >= len(tokens) or tokens[k].pos != "名詞":
        return False
    # the noun, its particle, then the caution within a few words of it and not denied
    after = tokens[k + 1 : k + 8]
    text = "".join(t.surface_form for t in after)
    cautioned = any(_lemma(t) in WARNING_ABOUT_ADVERTISER for t in after) or "要注意" in text
    return cautioned and not any(_lemma(t) == "必要" for t in after)


WARNING_ABOUT_ADVERTISER = {
    "慎重",
    "注意",
    "気をつける",
    "気を付ける",
    "惑わす",
    "惑わされる",
    "疑う",
    "鵜呑み",
    "うのみ",
    "見極める",
    "だます",
    "騙す",
    "だまされる",
    "警戒",
}


def _governed_by(tokens, j):
    """(index past the predicate at ``j`` and its auxiliaries, its negations): the stance a word it
    governs (an adverb, an object) takes from it."""
    k, count = _chain(tokens, j + 1)
    return k, count + is_negation(tokens[j])


def _governing(tokens, end, through_arguments=True):
    """(negations, index past the span's own predicate, index past the governing predicate, start of its chain).

    ``through_arguments``: a noun phrase marked by を or で is governed by the verb it is an argument of
    (写真を公開しません); False keeps only its own predicate, for a claim that a denial makes (再発を防ぐ方法は
    ありません denies a method, not the recurrence)."""
    k, count = _chain(tokens, end)
    # an adverb (劇的に, みるみる) is governed by the predicate it modifies
    if end and (
        tokens[end - 1].pos == "副詞"
        or (k < len(tokens) and tokens[k].surface_form == "に" and tokens[k].pos_detail_1 == "副詞化")
    ):
        j = _next_predicate(tokens, k + (tokens[k].surface_form == "に" if k < len(tokens) else 0))
        if j is not None:
            k, count = _governed_by(tokens, j)
    elif (
        through_arguments
        and k == end
        and 0 < end
        and tokens[end - 1].pos == "名詞"
        and (case := _case_after(tokens, end)) is not None
    ):
        # a noun phrase as the object or the means of a verb (写真を公開しません, 写真だけで判断することは
        # できません) is governed by that verb: its negation, hedge or report is the phrase's
        j = _next_predicate(tokens, case + 1)
        # only a verb of showing, using or judging passes its stance to its object (写真を公開しません):
        # an exhortation's negation (ためらわずにご利用ください, 費用はかかりません) is the pitch, no denial
        if j is not None and _lemma(tokens[j]) in SHOWING_OR_USING:
            k, count = _governed_by(tokens, j)
    elif through_arguments and k == end and 0 < end < len(tokens) - 1 and tokens[end - 1].pos == "名詞":
        # (twenty-eighth session) the subject of a clause that a complement denies (同じ効果が得られるとはお約束
        # できません, 効果が出るとは限りません): the clause is what is denied, its subject with it
        if tokens[end].surface_form == "が" and tokens[end].pos_detail_1 == "格助詞":
            j = _next_predicate(tokens, end + 1)
            if j is not None:
                after, own = _governed_by(tokens, j)
                found = _extend(tokens, after, True)
                # only a denial (限りません, お約束できません) is taken over: a hedge after the clause is read as before
                if found is not None and found[1] % 2 and tokens[after - 1].pos in ("動詞", "形容詞", "助動詞"):
                    k, count = found[0], own + found[1]
    own_end = k
    governing = end  # where the governing predicate's own words start (for its tense)
    # (twenty-eighth session) a noun that modifies the head of a topic (キャンペーンや期間限定の割引による料金設定は,
    # 奇跡のような治療法は) is denied with it when the topic's predicate denies that the thing exists or is done
    # (行っておりません, 存在しません); the head's other predicates (詳細はお答えしていません) say nothing of the noun
    # (not a frame of comparison: これ以上の方法はありません says nothing is better)
    if (
        k == end
        and end
        and (tokens[end - 1].pos == "名詞" or tokens[end - 1].surface_form in ("だけ", "のみ"))  # 今だけの割引
        and _lemma(tokens[end - 1]) not in COMPARISON_FRAMES
    ):
        head = _phrase_head_end(tokens, end)
        if head is not None and head < len(tokens) and tokens[head].surface_form == "は" and _is_topic(tokens, head):
            topic = _topic_particle(tokens, head)
            more, e = _final_predicate(tokens, topic + 1)
            comment = tokens[topic + 1 : e]
            # (from the review) しか…ません and 以外では…ません say "only here", no denial (当院でしか行っておりません)
            only = any(t.surface_form == "しか" or _lemma(t) in COMPARISON_FRAMES for t in comment)
            # (second review) the topic itself is what is denied, not a subject of the comment's own (〜による施術は、
            # ダウンタイムがほとんどありません denies the downtime, and says the treatment is 日本一)
            own_subject = any(
                t.pos == "助詞" and t.surface_form in ("が", "は", "も") and i and comment[i - 1].pos == "名詞"
                for i, t in enumerate(comment)
            )
            if more % 2 and not only and not own_subject and any(_lemma(t) in EXISTING_OR_DONE for t in comment):
                return count + more, own_end, e, topic + 1
    if _is_topic(tokens, k):  # 〜は: the sentence's last predicate says what is said of it
        topic = _topic_particle(tokens, k)
        more, e = _final_predicate(tokens, topic + 1)
        return count + more, own_end, e, topic + 1
    for _ in range(3):
        last = tokens[k - 1] if k else None
        ended = last is not None and (
            last.pos in ("動詞", "形容詞", "助動詞") or (last.pos == "名詞" and _lemma(last) in NEGATIVE_WORDS)
        )
        found = _extend(tokens, k, ended)
        if found is None:
            break
        governing = k
        k, more = found
        count += more
    return count, own_end, k, governing


# nouns that frame a comparison (これ以上の, それ以外の, ほかの): a denied existence after them is a superlative
COMPARISON_FRAMES = {"以上", "以外", "上", "他", "ほか", "外"}
# predicates that say a thing exists or is done (denied: 〜は存在しません, 〜は行っておりません)
EXISTING_OR_DONE = {
    "ある",
    "存在",
    "いる",
    "ござる",
    "行う",
    "実施",
    "提供",
    "用意",
    "設ける",
    "採用",
    "販売",
    "扱う",
    "取り扱う",
}
# what joins a noun to the head of the phrase it modifies: coordination (や, と), の, による, のような, といった, などの
_PHRASE_LINKS = ("や", "と", "の", "による", "といった", "など")


def _phrase_head_end(tokens, k):
    """Index past the head noun of the noun phrase that the noun ending before ``k`` is part of (キャンペーン | や期間
    限定の割引による料金設定), or None when the noun is its own phrase's head."""
    n, moved = len(tokens), False
    while k < n and tokens[k].pos == "助詞" and tokens[k].surface_form in _PHRASE_LINKS:
        j = k + 1
        if tokens[k].surface_form == "など" and j < n and tokens[j].surface_form == "の":
            j += 1
        # のような: の + よう + な
        if (
            tokens[k].surface_form == "の"
            and j + 1 < n
            and _lemma(tokens[j]) == "よう"
            and tokens[j + 1].surface_form == "な"
        ):
            j += 2
        start = j
        while j < n and tokens[j].pos in ("名詞", "接頭詞") and tokens[j].pos_detail_1 != "非自立":
            if _lemma(tokens[j]) in COMPARISON_FRAMES:
                return None  # 日本一の技術以上の施術はありません: nothing beyond it, a superlative
            j += 1
        if j == start:
            break
        k, moved = j, True
    return k if moved else None


@_once_a_sentence
def _quote_spans(tokens):
    """(open index, close index) of each quotation in the sentence (the tests of one match ask
    for them several times, and the matches of a sentence come one after another)."""
    return tuple(_find_quote_spans(tokens))


def quote_spans(tokens):
    """(open index, close index) of each quotation in the sentence (for the MED rules' reading of a voice)."""
    return _quote_spans(tokens)


def _find_quote_spans(tokens):
    spans, stack = [], []
    for i, t in enumerate(tokens):
        s = t.surface_form
        if stack and s == stack[-1][1]:
            spans.append((stack.pop()[0], i))
        elif s in OPEN_QUOTES:
            stack.append((i, OPEN_QUOTES[s]))
    for i, _ in stack:  # unclosed: to the end
        spans.append((i, len(tokens)))
    return spans


# (fifty-fifth session) nouns that name what a word means or whether it holds (「完治」の定義, 「名医」の条件): the quoted word
# before them is discussed as a word
WORD_MEANINGS = {"定義", "意味", "条件", "基準", "根拠", "真偽", "正体", "実態", "違い", "見分け方", "選び方"}


def in_attribute_quote(tokens, span):
    """(fifty-fifth session) The span lies inside a quotation that holds a bare noun phrase (at most five words, none a
    predicate or a particle) qualifying the noun after it, directly or through の (「最強」の乳酸菌サプリ, 話題の「No.1」
    美容液), and the sentence does not discuss the wording: for the MED rules, which read such scare quotes as the page's
    own words where the sentence is in the advertising register (a headline alone is not: 「最強」の寒波、週末に到来,
    「世界初」の治療法、国内でも承認へ are news)."""
    first, end = span
    return not _lemma_set(tokens) & QUOTE_DISCUSSED and any(
        open_ <= first and end <= close and _attribute_quote(tokens, open_, close)
        for open_, close in _quote_spans(tokens)
    )


# (fifty-fifth session) words of a sentence that discusses a quoted wording rather than using it: a caution, a trouble, a
# meaning asked or a wording named (「初回980円」の定期購入でトラブルが増えています, 「魔法」の薬の正体)
QUOTE_DISCUSSED = (
    CAUTIONING
    | STRONG_CAUTION
    | WORDINGS
    | BARE_WORDINGS
    | WORD_MEANINGS
    | {"問題", "トラブル", "苦情", "被害", "誤解", "違反", "規制", "表示"}
    # a wording reported or named (「奇跡」の回復と報じられた, 「世界一」の長寿国といわれる, 〜と呼ばれる)
    | {"報じる", "呼ぶ", "言う", "いう", "称する"}
    # a subscription's terms, the trap of a price lure (「初回1円」の定期購入には解約条件が付いています)
    | {"解約"}
)


def _past_attributive_no(tokens, j):
    """``j``, or past an attributive の at ``j`` (「最強」の|サプリ): where the noun a quotation qualifies stands."""
    return j + 1 if j < len(tokens) and tokens[j].surface_form == "の" and tokens[j].pos == "助詞" else j


def _attribute_quote(tokens, open_, close):
    """The quotation from ``open_`` to ``close`` holds a bare noun phrase that qualifies the noun after it."""
    if not 0 < close - open_ - 1 <= 5:
        return False
    if any(t.pos in ("動詞", "形容詞", "助動詞", "助詞") for t in tokens[open_ + 1 : close]):
        return False
    j = _past_attributive_no(tokens, close + 1)
    return (
        j < len(tokens) and tokens[j].pos == "名詞" and tokens[j].pos_detail_1 not in ("数", "非自立", "代名詞", "接尾")
    )


def _after_quote(tokens, close):
    """What follows a closing quote: 'signed' (an attribution), 'voiced' (〜と喜ばれています),
    'testimony' (〜と話す方, 〜と実感), 'slogan' (the page's own words naming what follows), or
    'reported'."""
    n = len(tokens)
    # (twenty-eighth session) quotations in a run share what follows the last (「他院より安い」「他院より効果的」とうたう)
    opens = dict(_quote_spans(tokens))
    while True:
        j = close + 1 + (close + 2 < n and tokens[close + 1].surface_form in ("、", "・", "や", "，"))
        if j in opens and opens[j] > close:
            close = opens[j]
            continue
        break
    j = close + 1
    if j < n and tokens[j].surface_form in ("(", "（"):
        inner = {_lemma(t) for t in tokens[j + 1 : j + 8]}
        if inner & ATTRIBUTION:
            return "signed"
    # an attribution right after the quote: 」50代男性
    if (
        j < n
        and tokens[j].pos == "名詞"
        and {_lemma(t) for t in tokens[j : j + 4]} & ATTRIBUTION - {"様", "さま", "さん"}
    ):
        return "signed"
    # a signature after the quote, to the end of the sentence: 」東京都・K.Tさん（58歳）, 」―Aさん
    tail = tokens[j:]
    # a survey's share after the quote: 「痛くなかった」92%
    if 0 < len(tail) <= 4 and tail[0].pos_detail_1 == "数" and any(t.surface_form in ("%", "％") for t in tail):
        return "signed"
    if 0 < len(tail) <= 14 and not _has_verb(tail) and {_lemma(t) for t in tail} & PERSON_MARKS:
        return "signed"
    # a letter's signature after a dash, which may describe the person: 」—睡眠外来に通院中の方より,
    # 」―不眠外来に通う方より
    if (
        2 < len(tail) <= 14
        and tail[0].surface_form in SIGNATURE_DASHES
        and tail[-1].surface_form in ("より", "から")
        and _lemma(tail[-2]) in PERSON_MARKS | {"方"}
    ):
        return "signed"
    # (twelfth round) the quote's source named as a carrier of voices, whoever the speakers are:
    # 」ユーザーの声より, 」会員さまのご感想から (a noun phrase and より / から, no verb)
    if (
        1 < len(tail) <= 8
        and not _has_verb(tail)
        and tail[-1].surface_form in ("より", "から")
        and _lemma(tail[-2]) in TESTIMONY_BEFORE | {"お声", "ご感想"}
    ):
        return "signed"
    # a quotation the clinic owns as its motto or promise: 「…」が院長のモットーです, 「…」をお約束します
    if (
        j < n
        and tokens[j].surface_form in ("が", "は", "こそ", "を", "も")
        and {_lemma(t) for t in tokens[j + 1 : j + 5]} & MOTTO
    ):
        return "slogan"
    # a quotation that opens the sentence and names what follows it is the page's own slogan:
    # 「一度の施術でずっと続く」埋没法です, 「全く痛くない」矯正治療 (not a mention: no と, という)
    # (a noun that names a kind of wording mentions the quotation: 「No.1」表示には根拠が必要です)
    if (
        tokens[0].surface_form in OPEN_QUOTES
        and close < n
        and j < n
        and tokens[j].pos in ("名詞", "接頭詞")
        and _lemma(tokens[j]) not in WORDINGS
    ):
        # (forty-seventh session) unless the noun phrase is the voice's carrier, received or presented: 「…」受講者の皆さま
        # の感想をご紹介します
        return "testimony" if _voice_carried(tokens, j) else "slogan"
    # (eleventh round) nor a quoted noun phrase that opens the sentence as the means or condition of its
    # own clause: 「実質0円」でレーシックが受けられる (scare quotes, the page's own words); a quoted
    # predicate so used is a criterion mentioned (「痛くない」で選ぶと後悔することがあります)
    if (
        tokens[0].surface_form in OPEN_QUOTES
        and j < n
        and tokens[j].surface_form in ("で", "なら")
        # (thirty-first session) not conceded: 「初回0円」でも…を確認しましょう mentions the wording to answer it (a check
        # asked of the reader after it; not でもある, a copula, nor a boast: 「初回0円」でも仕上がりは一流です)
        and not (
            tokens[j].surface_form == "で"
            and j + 1 < n
            and tokens[j + 1].surface_form == "も"
            and not (j + 2 < n and _lemma(tokens[j + 2]) in ("ある", "有る"))
            and _asks_a_check(tokens[j + 2 :])
        )
        and not any(t.pos in ("動詞", "形容詞", "助動詞") for t in tokens[1:close])
    ):
        return "slogan"
    if j < n and tokens[j].surface_form in (
        "と",
        "って",
        "という",
        "といった",
        "など",
        "などの",
        "等",
        "の",
        "は",
        "を",
        "も",
        "が",
    ):
        window = [_lemma(t) for t in tokens[j : j + 10] if t.surface_form != "。"]
        if _conceded(tokens, j):
            return "reported"  # 「よくなった」という声があっても、…わけではありません: conceded, then answered
        # (thirteenth round) said to the clinic by its patients, after the quotation: 「…」と多くの患者様に
        # 言っていただいています (the speakers and a benefactive verb of saying)
        said_by_patients = (
            set(window) & (PATIENTS | {"方", "皆様", "皆さん"})
            and set(window) & {"言う", "いう"}
            and set(window) & {"いただく", "頂く", "もらう", "くださる", "下さる"}
        )
        if (
            set(window) & VOICING - ({"声"} if _voice_given(tokens, j) else set())
            or said_by_patients
            or "お言葉" in "".join(t.surface_form for t in tokens[j : j + 6])
            or _received_as_voice(tokens, j)
        ):
            # 「…」と回答しました: a survey reported in the past (its words need an outcome to be a testimonial)
            if _past(tokens[j : _sentence_end(tokens, j)]):
                return "testimony"
            return "voiced"
        # (forty-seventh session) or a voice presented (〜という感想をご紹介します): testimony with an outcome
        if set(window) & TESTIMONY or _voice_carried(tokens, j):
            return "testimony"
        return "reported"
    if _dash_names_the_speaker(tokens[j : _sentence_end(tokens, j)]):
        return "signed"
    if j < n and tokens[j].surface_form[:1] in SIGNATURE_DASHES and _voice_carried(tokens, j):
        # (forty-seventh session) 」――そんな声が毎日のように届きます, 」――多くの方がそう口にされます: a patient's voice, a
        # testimonial when it tells an outcome (from the review: 「血圧が下がらない」――そんな声が… is a worry)
        return "testimony"
    # (fifteenth round) a quotation, a dash, then the words named as received from patients (「…」——ご来院の方から、
    # いちばん多くいただく言葉です): the page presents the quotation as its patients' voice
    if j < n and tokens[j].surface_form in SIGNATURE_DASHES:
        tail_lemmas = {_lemma(t) for t in tokens[j : _sentence_end(tokens, j)]}
        if (
            tail_lemmas & (PATIENTS | {"方", "皆さん", "皆様"})
            and tail_lemmas & {"から", "より"}
            and tail_lemmas & RECEIVING
            and tail_lemmas & {"言葉", "お言葉", "声", "お声", "感想", "ご感想"}
        ):
            return "voiced"
    return "reported"


# (forty-third session) nouns that carry a voice to the page: what a patient sends or says to the clinic
VOICE_CARRIERS = frozenset(
    {
        "声",
        "お声",
        "言葉",
        "お言葉",
        "便り",
        "お便り",
        "手紙",
        "お手紙",
        "感想",
        "ご感想",
        "メール",
        "メッセージ",
        "コメント",
        "はがき",
    }
)
# verbs by which the writer receives a voice (RECEIVING, and the humble 頂戴する, 賜る)
VOICE_RECEIVED = frozenset({"いただく", "頂く", "頂戴", "賜る", "寄せる", "もらう", "届く"})
# (forty-third session, from the review) nouns of an enquiry or a complaint before a carrier: what is received asks
ENQUIRY_NOUNS = frozenset(
    {"問い合わせ", "お問い合わせ", "相談", "ご相談", "質問", "ご質問", "要望", "ご要望", "苦情", "意見", "ご意見"}
)
# people of the institution: words after a dash that sign a doctor's or a nurse's advice, not a patient's voice
STAFF_SIGNS = ("医", "医師", "先生", "看護師", "薬剤師", "院長", "スタッフ", "技師", "栄養士", "保健師", "助産師")
# (from the review) the speaker described by a suffering or a complaint: the words quoted are a symptom's voice
SUFFERING_SIGNS = frozenset({"悩む", "苦しむ", "困る", "訴える", "口にする", "患う"})
# a complaint ending a quotation received (「薬が効かなくて困っている」というお手紙): a worry, not a result
COMPLAINT_ENDS = frozenset({"困る", "悩む", "不安", "つらい", "辛い", "心配", "怖い"})
# what may close a dash's noun phrase after its head: a copula, a source particle, the full stop
SPEAKER_TAIL = frozenset({"です", "だ", "より", "から", "。", "！", "!"})


def _voice_given(tokens, j):
    """(forty-third session) From ``j``: the clause gives a voice rather than receiving one (「大丈夫だよ」と声をかけて
    あげましょう): 声 as the object of かける."""
    end = _sentence_end(tokens, j)
    return any(
        _lemma(tokens[k]) == "声"
        and tokens[k + 1].surface_form == "を"
        and _lemma(tokens[k + 2]) in ("かける", "掛ける")
        for k in range(j, end - 2)
    )


def _received_as_voice(tokens, j):
    """From ``j``, the と / という / との after a quotation: the clause names what is quoted as a carrier of voices
    the writer received (「…」と、うれしいお便りをいただいています; 「…」というメールが届きました; 「…」とご家族から
    嬉しいお言葉を頂戴しました). However many words stand between, the page presents the quotation as its patients'
    voice. A voice given (声をかける) or asked for is no receipt: the carrier must be the object or the subject of a
    verb of receiving."""
    end = _sentence_end(tokens, j)
    if {_lemma(t) for t in tokens[max(0, j - 5) : j]} & COMPLAINT_ENDS:
        return False  # (from the review) 「薬が効かなくて困っている」というお手紙: a worry received
    for k in range(j + 1, end - 2):
        if tokens[k].pos != "名詞" or not ({tokens[k].surface_form, _lemma(tokens[k])} & VOICE_CARRIERS):
            continue
        # (from the review) an enquiry received (〜というお問い合わせのメール, ご相談のメール) asks, it testifies to nothing
        if {_lemma(t) for t in tokens[max(j, k - 3) : k]} & ENQUIRY_NOUNS:
            continue
        if tokens[k + 1].surface_form in ("を", "が", "も") and any(
            _lemma(t) in VOICE_RECEIVED for t in tokens[k + 2 : min(end, k + 4)]
        ):
            return True
    return _voice_carried(tokens, j) == "received"


# (forty-seventh session, from the review) where a presented voice comes from someone other than the advertiser's patients
THIRD_PARTY_FORUMS = (
    "患者会",
    "家族会",
    "会報",
    "冊子",
    "講座",
    "教室",
    "会員",
    "参加者",
    "受講者",
)  # outside the quotation
# (forty-seventh session) verbs by which the page puts a voice before its reader (〜という声をご紹介します, 〜の感想を掲載中):
# a voice so presented is testimony only with an outcome in it (a patient association's experiences, 「頭が真っ白になった」, are
# presented too: from the review)
VOICE_PRESENTED = frozenset({"紹介", "掲載", "公開", "集める", "まとめる"})
# carriers of a voice that the page receives or presents: VOICE_CARRIERS, posts and reviews, reports from patients
PRESENTED_CARRIERS = VOICE_CARRIERS | {
    "感想",
    "体験",
    "投稿",
    "報告",
    "ご報告",
    "レビュー",
    "口コミ",
    "クチコミ",
    "体験談",
    "体験記",
}
# people who say the quotation (多くの方がそう口にされます): the verb of saying after そう
VOICE_SAYING = frozenset({"口にする", "言う", "いう", "おっしゃる", "話す", "語る"})


def _voice_carried(tokens, j):
    """(forty-seventh session) "received", "presented" or "said", or None. From ``j`` (after a quotation, its dash or its という) to the end of the sentence: a carrier
    of voices (お手紙, 声, 感想, コメント, ご報告) that is the subject or object of a verb of receiving or presenting, however
    far along the clause (〜というご報告を、毎月のようにいただいています; ――患者様から届いたお手紙をご紹介します; ――そんな声が
    毎日のように届きます), or people said to say so (――多くの方がそう口にされます). A complaint quoted, an enquiry and a voice
    given (声をかける) are no such voice."""
    end = _sentence_end(tokens, j)
    if {_lemma(t) for t in tokens[max(0, j - 5) : j]} & COMPLAINT_ENDS:
        return None
    if _voice_given(tokens, j):
        return None
    forum = None
    for k in range(j, end - 1):
        word = {tokens[k].surface_form, _lemma(tokens[k])}
        if tokens[k].pos == "名詞" and word & PRESENTED_CARRIERS:
            if {_lemma(t) for t in tokens[max(j, k - 3) : k]} & ENQUIRY_NOUNS:
                continue
            lemmas = [_lemma(t) for t in tokens[k + 1 : min(end, k + 9)]]
            if any(is_negation(t) for t in tokens[k + 1 : min(end, k + 9)]):
                continue  # (from the review) a voice not published or not received: 〜体験談は、当院では掲載しておりません
            # 届いたお手紙: the carrier after a verb of receiving that describes it
            received_before = any(_lemma(t) in VOICE_RECEIVED for t in tokens[max(j, k - 3) : k])
            # (from the review) a voice from a patients' association or its booklet is not the advertiser's patients'
            # (from the final review: read outside the quotations only, joined, since IPADIC cuts 患者会 into 患者 + 会)
            if forum is None:
                inside = {i for a, b in _quote_spans(tokens) for i in range(a, b + 1)}
                outside = "".join(t.surface_form for i, t in enumerate(tokens) if i not in inside)
                forum = any(word in outside for word in THIRD_PARTY_FORUMS)
            if tokens[k + 1].surface_form in ("を", "が", "も", "は") and set(lemmas) & (
                VOICE_RECEIVED | VOICE_PRESENTED
            ):
                if set(lemmas) & VOICE_RECEIVED:
                    return "received"
                return None if forum else "presented"
            if received_before and set(lemmas) & VOICE_PRESENTED and not forum:
                return "presented"
        said = tokens[k + 1 : min(end, k + 3)]
        if tokens[k].surface_form == "そう" and (
            {_lemma(t) for t in said} & VOICE_SAYING or "".join(t.surface_form for t in said).startswith("口に")
        ):
            if {_lemma(t) for t in tokens[j:k]} & (PATIENTS | {"方", "皆さん", "皆様", "みなさん"}):
                return "said"
            return None
    return None


def _dash_names_the_speaker(tail):
    """A quotation, a dash, then a noun phrase whose head is a person or a voice: 」――当院で治療された方の声です,
    」――睡眠外来を受診したAさん, 」――当薬局でご相談いただいたお客様より. The page says whose words the quotation is,
    whatever its relative clause tells of them (a motto named after a dash, 」――これが当院の考え方です, has no
    such head: 考え方 is one noun)."""
    if len(tail) < 2 or tail[0].surface_form not in SIGNATURE_DASHES:
        return False
    k = len(tail)
    while k > 1 and tail[k - 1].surface_form in SPEAKER_TAIL:
        k -= 1
    head = tail[k - 1]
    if head.pos != "名詞" or k < 2:
        return False
    if any(t.pos == "名詞" and t.surface_form.endswith(STAFF_SIGNS) for t in tail[1:k]):
        return False  # (from the review) 」――がん専門医の言葉です, 」――糖尿病専門医からのメッセージ: the staff's advice
    # (from the review) 」――不眠に悩む60代の患者さん, 〜がよく口にする言葉です: a complaint, not a result
    if {_lemma(t) for t in tail[1:k]} & SUFFERING_SIGNS:
        return False
    lemma = _lemma(head)
    if lemma == "方":
        return head.pos_detail_1 == "非自立"  # the person (治療された方), not a way (使い方 is one noun anyway)
    return lemma in PERSON_MARKS | PATIENTS or head.surface_form in VOICE_CARRIERS or lemma in VOICE_CARRIERS


# cases that make a noun phrase an argument of the verb that follows it (〜を載せる, 〜に使う, 〜への投稿をお願いする)
ARGUMENT_CASES = {"を", "に", "へ", "で", "として"}
# a nominalised act denied: 〜することはありません, 〜に使うことはしません, 〜ことは一切ございません
DENIED_ACT_TAIL = {
    "ある",
    "する",
    "ござる",
    "ない",
    "無い",
    "いたす",
    "致す",
    "行う",
    "おこなう",
    "実施",
}  # 行う: 〜ことは行っておりません (ninth session)


def denied_act(tokens, span):
    """Whether the noun phrase ending the span is an argument of a verb the sentence denies doing:
    レビューサイトへの投稿をお願いすることはありません, 患者さんの体験を広告に使うことはしません (issue 18,
    fifteenth round). The page states that it does not do the practice the noun names; the noun is
    mentioned, not used. Nouns joined by の, や, と and a case particle may come between the span and the
    verb; the verb's denial may be its own (使いません) or that of its nominalisation (〜ことはありません)."""
    first, end = span
    n = len(tokens)
    if not end or tokens[end - 1].pos != "名詞":
        return False
    k, case = end, False
    while k < n and k - end < 8:
        t = tokens[k]
        if t.pos == "名詞" or t.surface_form in ("の", "や", "と", "・") or t.pos == "接頭詞":
            k += 1
        elif t.pos == "助詞" and t.surface_form in ARGUMENT_CASES:
            case = True
            k += 1
        else:
            break
    if not case or k >= n:
        return False
    if tokens[k].pos == "動詞" and tokens[k].pos_detail_1 == "自立":
        k += 1
    elif not (tokens[k - 1].pos_detail_1 == "サ変接続" and _lemma(tokens[k]) == "する"):
        return False
    k, count = _chain(tokens, k)
    # the act nominalised, then denied: 〜こと は/も ありません, 〜こと は しません
    if (
        k + 2 < n
        and _lemma(tokens[k]) == "こと"
        and tokens[k + 1].surface_form in ("は", "も")
        and _lemma(tokens[k + 2]) in DENIED_ACT_TAIL
    ):
        more = _chain(tokens, k + 3)[1] + is_negation(tokens[k + 2])
        count += more
    return count % 2 == 1


# what sets a thing apart from evidence: 〜とは異なる, 〜とは違う, 〜とは別, 〜ではない
APART = {"異なる", "違う", "別", "別物", "ない", "無い", "ならない"}
# (fifth session) what names a quoted voice besides TESTIMONY_BEFORE: a post, a review, a rating, an impression
VOICE_POSTS = {"感想", "体験", "投稿", "口コミ", "クチコミ", "レビュー", "評価", "書き込み"}
# verbs of proving, denied as nouns of evidence are (効果を示すものではありません, 効果を証明するものではない)
PROVING = {"示す", "証明", "裏付ける", "保証"}


def _past_holding_quotation(tokens, end):
    """``end``, or past the quotation that holds the span ending there: what is said of a quoted voice follows it."""
    for open_, close in _quote_spans(tokens):
        if open_ < end <= close:
            return close + 1
    return end


# (seventh session) verbs of choosing or judging: advice not to decide by something alone (〜という声だけで治療法を
# 選ばないようにしましょう, 〜だけを見て決めるのは危険です) warns about what it names
DECIDING = {"決める", "選ぶ", "判断", "信じる", "頼る", "決定", "選択"}
# what follows the verb when the advice is put as a danger or a thing to avoid (決めるのは危険です, 選ぶのはやめましょう)
DECIDING_ADVISED_AGAINST = {"ない", "危険", "禁物", "やめる", "避ける", "控える", "注意"}
# a condition on the choice (〜で選ぶなら、当院がおすすめです) makes it the advertiser's pitch, not a warning
DECIDING_CONDITIONS = {"なら", "ならば", "たら", "ば", "と"}


def _warned_not_to_decide_by(tokens, end):
    """Whether the span ending before ``end`` is what the sentence advises not to decide by (alone): a verb of
    choosing or judging soon after it, in its clause, that is denied (選ばない, 決めるのではなく, 判断せず) or advised
    against (決めるのは危険です)."""
    n = len(tokens)
    end = _past_holding_quotation(tokens, end)
    for j in range(end, min(n, end + 10)):
        if tokens[j].surface_form in ("。", "！", "!"):
            return False
        if _lemma(tokens[j]) in DECIDING:
            k, count = _chain(tokens, j + 1)
            if count % 2 == 1:
                return True  # 選ばない, 判断せず, 決めるのではなく
            # advice against the choice itself, right after it and before any condition or clause break
            # (決めるのは危険です, 選ぶのはやめましょう; not 選ぶなら、当院がおすすめです)
            for t in tokens[k : k + 5]:
                if t.surface_form in DECIDING_CONDITIONS or t.surface_form in ("、", ",", "。"):
                    return False
                if _lemma(t) in DECIDING_ADVISED_AGAINST:
                    return True
            return False
    return False


# (thirty-first session) verbs of the reader taking in testimonials or material (口コミを見る, 体験談を読む, 〜を参考にする)
CONSUMING = frozenset({"見る", "読む", "見かける", "目にする", "参考", "聞く", "閲覧", "調べる"})
# reactions that make the reader's taking in a worry the page answers (〜を読んで不安になった方へ)
WORRIED = frozenset({"不安", "心配", "迷う", "焦る", "悩む", "戸惑う", "怖い", "恐い", "混乱"})
# what the page puts above testimonials (〜という口コミより、医師の説明を重視してください)
PREFERRED = frozenset({"重視", "優先", "大切", "大事", "信頼", "参考"})


def consumed_by_the_reader(tokens, end):
    """(thirty-first session) Whether the span ending before ``end`` (a testimonial, a quotation named as one, case
    material) is what the reader takes in before a decision or with a worry, or what the page ranks below its advice:
    〜を見る前に / 読む前に / 参考にする前に, 〜を読んで不安になった方へ, 〜という口コミより…を重視してください. The page
    answers it; it gives none (from the corpora's false alarms: twelve sentences of this form were read as testimonials
    or as case photos shown)."""
    n = len(tokens)
    end = _past_holding_quotation(tokens, end)
    j = end
    # the material's own noun phrase may go on past the span (という口コミ, 体験談や口コミ)
    while j < n and (
        tokens[j].pos in ("名詞", "接頭詞") or tokens[j].surface_form in ("という", "と", "いう", "の", "や", "・")
    ):
        j += 1
        if j - end > 6:
            return False
    if j >= n:
        return False
    # (from the review of the first version, which read boasts the same way) the page must answer with its own advice
    # to the reader: a request to consult, to hear the explanation, or a word that a course varies by person; and what
    # the reader takes in must be testimonials or case material (not 日本一の症例数より…, not 当院の治療を見る前に)
    if not _advises_care_instead(tokens):
        return False
    if not any(
        _lemma(t) in TESTIMONY_NOUNS or t.surface_form in TESTIMONY_NOUNS for t in tokens[max(0, end - 6) : j + 1]
    ):
        return False
    if tokens[j].surface_form == "より":
        return (
            j + 1 < n
            and tokens[j + 1].surface_form in ("、", ",", "も")
            or any(_lemma(t) in PREFERRED for t in tokens[j + 1 : j + 8])
        )
    if tokens[j].surface_form not in ("を", "に", "で"):
        return False
    for k in range(j + 1, min(n, j + 5)):
        if _lemma(tokens[k]) in CONSUMING or (tokens[k].surface_form == "参考" and k + 1 < n):
            after = tokens[k + 1 : k + 6]
            # a 前に after a verb of the reader's (見る前に, 参考にする前に, 見て受診を決める前に), not a 前 of a noun
            # (来院前から: from the review)
            for m in range(k + 1, min(n - 1, k + 7)):
                if (
                    tokens[m].surface_form == "前"
                    and tokens[m + 1].surface_form == "に"
                    and tokens[m - 1].pos in ("動詞", "助動詞")
                ):
                    return True
            if any(t.surface_form in ("て", "で") for t in after[:3]) and any(_lemma(t) in WORRIED for t in after):
                return True  # 〜を読んで不安になった
            return False
    return False


# testimonials and case material a reader may take in (口コミ, 体験談, 感想, 投稿, 症例写真)
TESTIMONY_NOUNS = frozenset(
    {
        "口コミ",
        "クチコミ",
        "声",
        "お声",
        "体験談",
        "体験記",
        "感想",
        "ご感想",
        "投稿",
        "レビュー",
        "評価",
        "評判",
        "写真",
        "画像",
        "動画",
        "ビフォーアフター",
        "症例写真",
        "談",
        "コメント",
    }
)
# what the page advises instead of testimonials: consulting, hearing the explanation, the doctor's judgement, and that a
# course varies by person
CARE_INSTEAD = frozenset(
    {
        "相談",
        "説明",
        "医師",
        "主治医",
        "専門医",
        "かかりつけ医",
        "診察",
        "受診",
        "根拠",
        "個人差",
        "異なる",
        "違う",
    }
)
# what an advertiser asks instead (お試しください, ご予約を, ご来院ください)
OFFER_ASKED = frozenset(
    {"試す", "お試し", "予約", "ご予約", "来院", "ご来院", "申し込む", "申込", "購入", "即決", "体験会"}
)


@_once_a_sentence
def _advises_care_instead(tokens):
    """Whether the sentence answers with the page's advice (a request to consult or to hear the explanation, the doctor,
    the evidence, a course that varies by person) and asks for no offer (お試しください, ご予約を)."""
    lemmas = {_lemma(t) for t in tokens} | {t.surface_form for t in tokens}
    text = "".join(t.surface_form for t in tokens)
    return bool(lemmas & CARE_INSTEAD or "人それぞれ" in text) and not lemmas & OFFER_ASKED


# (seventh session) verbs of aiming: what stands before 〜よう(に) and one of them is a goal, not a fact (「説明が
# わかりやすかった」と言っていただけるよう心がけています, 安心して通えるように努めています)
AIMING = {
    "心がける",
    "心掛ける",
    "努める",
    "努力",
    "目指す",
    "願う",
    "祈る",
    "工夫",
    "取り組む",
    "配慮",
    "意識",
    "務める",
}


def _aimed_at(tokens, end):
    """Whether the span ending before ``end`` (or the quotation holding it) lies in a goal: 〜よう(に) then a verb
    of aiming, in the same sentence."""
    n = len(tokens)
    end = _past_holding_quotation(tokens, end)
    # the span is the complement of the verb よう attaches to: no clause break between (「…」との声多数、これからも
    # 喜んでいただけるよう努めます is a voice given, then a goal)
    for j in range(end, min(n, end + 8)):
        if tokens[j].surface_form in ("。", "！", "!", "？", "?", "、", ","):
            return False
        if tokens[j].surface_form == "よう" and tokens[j].pos == "名詞":
            k = j + 1 + (j + 1 < n and tokens[j + 1].surface_form == "に")
            # the one who aims may come between (〜よう、スタッフ一同心がけています)
            return any(_lemma(t) in AIMING for t in tokens[k : k + 5])
    return False


@_once_a_sentence
def _set_apart_from_evidence(tokens):
    """A quotation named by a noun of voices as the topic (「…」という体験談は, 「…」との声は), and a noun of
    evidence in the rest of the sentence set apart from it (根拠とは異なります, 証拠ではありません): the sentence
    is about testimonials as evidence, a reader's caution, not one of them."""
    for _, close in _quote_spans(tokens):
        j = close + 1
        if j >= len(tokens) or tokens[j].surface_form not in ("という", "といった", "との"):
            continue
        topic = _topic_particle(tokens, j + 2) if j + 2 <= len(tokens) else None
        head = {_lemma(t) for t in tokens[j + 1 : (topic or j + 1)]}
        if topic is None or not head & (TESTIMONY_BEFORE | TESTIMONY | VOICE_POSTS):
            continue
        end = _sentence_end(tokens, topic)
        for i in range(topic + 1, end):
            lemma = _lemma(tokens[i])
            if lemma in (EVIDENCE_NOUNS | PROVING) and any(
                # (ものではありません: the negation is the seventh word after the verb of proving)
                _lemma(t) in APART or is_negation(t)
                for t in tokens[i + 1 : min(end, i + 8)]
            ):
                return True
            # (fifty-fifth session) a mere impression, or no promise for anyone else, denied as proof is: 〜という書き込みは
            # 個人の感想にすぎません, 〜といった感想は、同じ結果を約束するものではありません, 〜すべての人に当てはまるものでは
            # ありません
            if lemma in MERE_OR_BINDING and any(is_negation(t) for t in tokens[i + 1 : min(end, i + 8)]):
                return True
    return False


# (fifty-fifth session) a voice called a mere impression (にすぎない) or denied to bind anyone else (約束する, 当てはまる):
# what a page says of testimonials to set them apart (not 個人差があります, which advertisers add to their own)
MERE_OR_BINDING = {"すぎる", "約束", "当てはまる"}


SAYING_VERBS = {"言う", "いう", "申す", "申し上げる", "断言", "主張", "言い切る", "言いきる"}


def _denied_saying(tokens, k):
    """The clause ending at or after ``k`` is what the page says it does not say: 〜、とは申しません, 〜とは言いません
    (the saying is denied, so nothing in the clause is the page's claim, whichever way its own predicate turns)."""
    n = len(tokens)
    for i in range(k, min(n - 2, k + 8)):  # the clause's own predicate may stand between (どこよりも | 上だ、とは…)
        t = tokens[i]
        if t.surface_form in ("。", "！", "!", "？", "?") or (
            t.pos == "助詞" and t.pos_detail_1 == "接続助詞" and t.surface_form not in ("て", "で")
        ):
            return False
        if t.surface_form in ("と", "って") and t.pos == "助詞" and tokens[i + 1].surface_form in ("は", "も"):
            if _lemma(tokens[i + 2]) not in SAYING_VERBS:
                return False
            return _chain(tokens, i + 3)[1] % 2 == 1
    return False


WISHING = {"願う", "祈る", "望む", "お祈り", "祈念"}


def _wished(tokens, k):
    """The predicate ending before ``k`` is the writer's wish: 〜ますように (at the sentence's end), or the object of a
    verb of wishing (〜ことを願っております, 〜ことをお祈りしています): hoped for, not said to happen."""
    n = len(tokens)
    if (
        k
        and k < n
        and tokens[k - 1].surface_form == "ます"
        and (
            tokens[k].surface_form == "ように"
            or (k + 1 < n and _lemma(tokens[k]) == "よう" and tokens[k + 1].surface_form == "に")
        )
    ):
        # 〜ますように at the sentence's end (not 〜ように、…, a purpose or a likeness: 必ず結果が出るように、…)
        j = k + (1 if tokens[k].surface_form == "ように" else 2)
        if j >= n or tokens[j].surface_form in ("。", "！", "!", "♪", "…"):
            return True
    # a span that ends on its object's を, the verb of wishing next (一日も早いご回復を | お祈りしています)
    if k and tokens[k - 1].surface_form == "を" and any(_lemma(t) in WISHING for t in tokens[k : k + 3]):
        return True
    # a clause made a noun, or a noun itself (ご回復をお祈りしています), wished for
    if (
        k + 1 < n
        and (_lemma(tokens[k]) in ("こと", "の") or k and tokens[k - 1].pos == "名詞")
        and tokens[k + 1].surface_form in ("を", "が")
    ):
        # the next verb, past a comma, a subject or an adverbial (〜ことを、スタッフ一同願っております, 〜ことを心より願って)
        for j in range(k + 2, min(n, k + 8)):
            if _lemma(tokens[j]) in WISHING:
                return True
            if tokens[j].pos in ("動詞", "形容詞") or tokens[j].surface_form in ("。", "！", "？"):
                break
    return False


DISCUSSING = ("について", "に関して", "に関する", "に対して", "に対する", "への")
PERCEIVING = {"見る", "見かける", "目にする", "読む", "聞く", "耳にする"}


@_once_a_sentence
def _voice_discussed(tokens):
    """Where a voice named (「…」という声, 〜という体験談) as the matter the sentence discusses (〜という声について：…) or
    as what the reader may see elsewhere, conceded before the page's own word (〜という体験談をSNSで見かけますが、…)
    ends, or None: the page talks about such voices, it does not give one; what follows is the page's own word
    (〜という口コミを見かけますが、当院なら確実に痩せます is a claim)."""
    n = len(tokens)
    for k, t in enumerate(tokens):
        if t.surface_form not in ("という", "といった", "との"):
            continue
        j = k + 1
        while j < n and j - k <= 3 and tokens[j].pos == "名詞":
            j += 1
        if j == k + 1 or not {_lemma(x) for x in tokens[k + 1 : j]} & (TESTIMONY_BEFORE | VOICE_POSTS):
            continue
        after = "".join(x.surface_form for x in tokens[j : j + 3])
        if after.startswith(DISCUSSING):
            return j
        if j < n and tokens[j].surface_form == "を":
            for v in range(j + 1, min(n, j + 6)):
                # 目にする, 耳にする: the verb is する, two words on
                idiom = tokens[v].surface_form in ("目", "耳") and v + 2 < n and tokens[v + 1].surface_form == "に"
                if _lemma(tokens[v]) in PERCEIVING or (idiom and _lemma(tokens[v + 2]) == "する"):
                    e = _chain(tokens, v + 3 if idiom else v + 1)[0]
                    if (
                        e < n
                        and tokens[e].surface_form in ("が", "けど", "けれど", "けれども")
                        and tokens[e].pos_detail_1 == "接続助詞"
                    ):
                        return j
                    break
    return None


def _saying_exists(tokens, noun):
    """The noun of wording at ``noun`` is said to exist (言葉が/もあります), or is heard and then denied or warned
    about (〜という言葉をよく聞きますが、医療に絶対はありません; 〜という言葉を聞いたら注意しましょう). A saying heard
    and nothing more may be the patients' voice or the clinic's fame, and heard then endorsed (〜が、当院の治療はその
    言葉どおりです) it is the page's claim (fourth and fifth reviews): a miss costs more than a false alarm."""
    after = [t for t in tokens[noun + 1 : noun + 7] if t.pos not in ("記号", "副詞")]
    if len(after) < 2 or after[0].surface_form not in ("が", "も", "を"):
        return False
    verb = _lemma(after[1])
    if after[0].surface_form != "を" and verb in ("ある", "ござる"):
        return True
    heard = verb in ("聞く", "聞かれる", "耳にする") or (
        verb == "耳" and len(after) > 2 and after[2].surface_form == "に"
    )
    if not heard or any(_lemma(t) in VOICE_SOURCES for t in tokens[:noun]):
        return False
    rest = tokens[noun + 1 :]
    lemmas = [_lemma(t) for t in rest]
    cautioned = bool({"注意", "気をつける", "気を付ける", "惑わす", "うのみ", "鵜呑み"} & set(lemmas))
    turn = next(
        (
            i
            for i, t in enumerate(rest)
            if t.surface_form in ("が", "けど", "けれど", "けれども") and t.pos_detail_1 == "接続助詞"
        ),
        None,
    )
    denied = turn is not None and (
        any(is_negation(t) for t in rest[turn + 1 :]) or {"誤り", "間違い", "嘘", "うそ"} & set(lemmas[turn + 1 :])
    )
    return cautioned or denied


def _named_wording(tokens, close, bare=False):
    """The quotation closing at ``close`` is named as a wording: 」という言葉, 」との表現, 」の表記. ``bare``: the
    word at ``close`` unquoted, named by a noun of words alone (キャンペーンの言葉, 最安という文字; not 広告 or
    表示, which name the advertisement itself: キャンペーンの広告)."""
    j = close + 1
    if bare:
        # (ninth session) a saying of a few words named as a whole, a comma before という: ナンバーワンより
        # オンリーワン、という言葉 (no verb in it: a clause would be a statement, not a phrase)
        k = j
        while (
            k < min(len(tokens), j + 6)
            and tokens[k].pos not in ("動詞", "助動詞", "記号")
            and tokens[k].surface_form not in ("という", "といった", "との")
        ):
            k += 1
        if (
            k < len(tokens)
            and tokens[k].surface_form in ("、", ",")
            and k + 2 < len(tokens)
            and tokens[k + 1].surface_form in ("という", "といった")
            # (from the review) only a saying said to exist (〜、という言葉があります): one applied to the page's own
            # care (〜、という言葉がぴったりの治療です) or endorsed (〜、という言葉を信じてください) is the page's claim
            and _saying_exists(tokens, k + 2)
        ):
            j = k + 1
    else:
        comma = j < len(tokens) and tokens[j].surface_form in ("、", ",")
        if comma and j + 1 < len(tokens) and tokens[j + 1].surface_form in ("という", "といった"):
            j += 1  # 「…」、という言葉: the comma of a named wording (quoted: the quotes mention it already)
    if j < len(tokens) and tokens[j].surface_form in ("という", "といった", "との", "の", "と"):
        j += 1 + (tokens[j].surface_form == "と" and j + 1 < len(tokens) and _lemma(tokens[j + 1]) == "いう")
    return j < len(tokens) and _lemma(tokens[j]) in (BARE_WORDINGS if bare else WORDINGS)


def _conceded(tokens, j):
    """The clause from ``j`` (after a quotation) is a concession, 〜があっても / 〜でも, answered by the
    rest of the sentence: the quoted words are granted in order to be qualified, not presented."""
    end = _sentence_end(tokens, j)
    some = False  # (forty-third session) 〜と話す方もいますが、: some are granted to say it, then the page answers
    for i in range(j, end - 1):
        if tokens[i].surface_form in ("、", ","):
            return False
        if (
            tokens[i].surface_form in ("て", "で")
            and tokens[i].pos_detail_1 == "接続助詞"
            and tokens[i + 1].surface_form == "も"
        ):
            return True
        if tokens[i].surface_form == "も" and _lemma(tokens[i + 1]) in ("いる", "ある", "おる", "いらっしゃる"):
            some = True
        if (
            some
            and tokens[i].surface_form in ("が", "けど", "けれど", "けれども")
            and tokens[i].pos_detail_1 == "接続助詞"
        ):
            return True
    return False


@_once_a_sentence
def _warning_sentence(tokens):
    """The sentence warns about advertising (a word of advertising and a cautioning or denying predicate)."""
    lemmas = _lemma_set(tokens)
    text = "".join(t.surface_form for t in tokens)
    if lemmas & STRONG_CAUTION and not _denied_of_oneself(tokens):
        return True
    if _conceded_and_cautioned(tokens, text):
        return True
    if any(word in text for word in AD_LAW):
        return True
    # what the media present, checked with one's own doctor: テレビで紹介された健康法を試す前に、かかりつけ医に相談
    if lemmas & MEDIA and (
        lemmas & MEDIA_CAUTION
        or any(advice in text for advice in STOP_ADVICE)
        # (thirteenth round) advice not to do what the media present: 〜で紹介された食品を、過剰にとらないように
        # しましょう
        or (
            any(w in text for w in ("ないように", "ないよう", "ないで"))
            and any(w in text for w in ("ましょう", "ください"))
        )
        or any(w in text for w in ("かかりつけ医", "主治医"))
        or ("相談" in lemmas and any(w in text for w in ("ください", "下さい", "ましょう")))
        or any(e in text for e in EPISTEMIC)
        # (fifty-third session) what the media present said to lack evidence: SNSで紹介されている治療情報には、根拠の
        # 不確かなものも含まれます (medical-ads-blind81)
        or _said_unfounded(text)
    ):
        return True
    # (sixteenth round) a risk the advertising runs (〜と受け取られるおそれがあります; MeCab cuts おそれ in two)
    ad_form = any(word in text for word in AD_FORMS)
    ad_word = any(word in text for word in AD_WORDS)
    if not (ad_form or ad_word):
        return False
    cautioned = (
        bool(lemmas & CAUTION) or any(word in text for word in RISK_OF) or _asks_to_check_whether(tokens, lemmas)
    )
    if ad_form and cautioned:
        return True
    if not ad_word:
        return False
    if cautioned or _discounted_topic(tokens):
        return True
    # the main predicate (the last one of the sentence) is negated
    last = len(tokens)
    while last and tokens[last - 1].pos == "記号":
        last -= 1
    tail = tokens[max(0, last - 6) : last]
    return any(is_negation(t) for t in tail) or _partial_existence(tokens, last)


def _asks_to_check_whether(tokens, lemmas):
    """The reader is asked to check whether something holds: a question embedded before a verb of checking, in a
    request or a proposal (「PR」の表示があるか確認しましょう, 根拠があるかどうか確かめてください). Not when the
    question is the ad's own promise (満足できるか, 効果を実感できるか) or the speaker presents the material
    (掲載していますので…確認しましょう, ご覧になり…): that invites, it scrutinises nothing (from the review)."""
    words = [t for t in tokens if t.pos != "記号"]
    text = "".join(t.surface_form for t in words[-4:])
    if not any(end in text for end in ("ましょう", "ください", "下さい")):
        return False
    if lemmas & OUTCOME_QUESTIONS or lemmas & PRESENTING:
        return False
    for i in range(1, len(words)):
        if _lemma(words[i]) in CHECKING:
            before = "".join(t.surface_form for t in words[max(0, i - 3) : i])
            if before.endswith(("か", "かどうか", "かを", "かどうかを", "かどうかも", "かも")):
                return True
    return False


@_once_a_sentence
def _discounted_topic(tokens):
    """A testimonial named in the topic (before the first は) and discounted in the predicate after it, outside
    brackets (口コミサイトの評価は、投稿した人の主観にもとづくものです)."""
    topic_end = next((i for i, t in enumerate(tokens) if t.surface_form == "は" and t.pos == "助詞"), None)
    if topic_end is None:
        return False
    topic = "".join(t.surface_form for t in tokens[:topic_end])
    if not any(word in topic for word in AD_WORDS):
        return False
    rest, depth = [], 0
    for t in tokens[topic_end + 1 :]:
        if t.surface_form in ("（", "(", "※", "＊", "*"):
            depth += 1
        elif t.surface_form in ("）", ")"):
            depth = max(depth - 1, 0)
        elif not depth:
            rest.append(t.surface_form)
    return any(word in "".join(rest) for word in DISCOUNTING)


# (thirteenth round) what some of a kind are: 〜場合があります, 〜ものもあります
PARTIAL_NOUNS = {"場合", "もの", "物", "こと", "ケース", "例"}


def _partial_existence(tokens, last):
    """The sentence ends on what some of a kind are or do (広告が含まれている場合があります, 実在しない人物の
    ものもあります): said of advertising, it describes advertising to the reader, as a warning does; an
    advertisement does not speak of itself as 広告 (issue 18, thirteenth round)."""
    words = [t for t in tokens[:last] if t.pos != "記号"]
    while words and words[-1].pos == "助動詞":  # ます, ん
        words.pop()
    return (
        len(words) >= 3
        and _lemma(words[-1]) in ("ある", "あり得る", "ありえる")
        and words[-2].surface_form in ("が", "も")
        and _lemma(words[-3]) in PARTIAL_NOUNS
    )


# receiving a voice, and what the receiver then changed in its service
RECEIVING = {"いただく", "頂く", "寄せる", "もらう", "受ける", "届く"}
AMENDING = {
    "見直す",
    "改める",
    "改善",
    "変更",
    "工夫",
    "変える",  # (sixteenth round) 〜という声があり、…に変えました: the service changed
    "検討",
    # not 導入 / 取り入れる / 始める: a treatment introduced because patients said it cured them uses the
    # voices as evidence (「一回で完治した」というお声をいただいたため、この治療を始めました)
    "設ける",
    "増やす",
    "改良",
    "改修",
}
# (fourteenth round) acts that bring a treatment in: a voice given as their reason is evidence for it; any other
# act the writer reports as done for a voice (確保しました, 用意しました, 延長しました) changes its service
INTRODUCING = {
    "導入",
    "取り入れる",
    "取りいれる",
    "始める",
    "開始",
    "採用",
    "加える",
    "提供",
    "開設",
    "実施",
    "行う",
    "紹介",
    "勧める",
    "すすめる",
}


@_once_a_sentence
def _acted_on(tokens):
    """A voice received, then as its reason (ため, ので, から, 〜を受けて) a change the writer made to its
    service: 〜というお声をいただいたため、麻酔の方法を見直しました. The voice is the cause of the act the
    sentence reports, not the evidence of an effect."""
    for i, t in enumerate(tokens):
        # (sixteenth round) or a voice that there was, the clause continued by a comma: 〜という声があり、…見直しました
        there_was = _lemma(t) == "ある" and i + 1 < len(tokens) and tokens[i + 1].surface_form == "、"
        if (
            (_lemma(t) not in RECEIVING and not there_was)
            or t.pos != "動詞"
            or not {_lemma(u) for u in tokens[max(0, i - 4) : i]}
            & (TESTIMONY_BEFORE | {"お声", "ご意見", "意見", "ご要望", "要望", "ご指摘", "指摘"})
        ):
            continue
        tail = [u.surface_form for u in tokens[i + 1 : i + 4]]
        if (
            not there_was
            and not any(w in ("ため", "ので", "から") for w in tail)
            and not ("を" in tail and any(_lemma(u) == "受ける" for u in tokens[i + 1 : i + 5]))
        ):
            continue
        end = _sentence_end(tokens, i)
        if any(_lemma(u) in AMENDING for u in tokens[i + 1 : end]):
            return True
        # the main clause after the reason: a past act on an object (〜を確保しました), not a feeling (嬉しく思いました)
        reason = next((j for j in range(i + 1, end) if tokens[j].surface_form in ("ため", "ので", "から", "て")), end)
        main = tokens[reason + 1 : end]
        if (
            _past(main)
            and any(u.surface_form == "を" for u in main)
            and not any(_lemma(u) in INTRODUCING for u in tokens[i + 1 : end])
        ):
            return True
    return False


@_once_a_sentence
def _denied_of_oneself(tokens):
    """A word of caution that the writer denies of itself (虚偽・誇大のない誠実な医療, 誇大な表現は一切
    使いません): a boast, not a warning. A negation follows within four words."""
    return any(
        _lemma(t) in ("誇大", "虚偽")
        and any(is_negation(u) or u.surface_form in ("なし", "無し") for u in tokens[i + 1 : i + 5])
        for i, t in enumerate(tokens)
    )


def _reported_after(tokens, k):
    """〜と(いう|うたう|宣伝する|書かれた) or 〜といった/〜などの + word of saying right after the predicate,
    or a kind of statement named by 〜ような (効果を約束するような説明は行っておりません)."""
    n = len(tokens)
    if k + 2 < n and tokens[k].surface_form == "よう" and tokens[k + 1].surface_form == "な":
        return _lemma(tokens[k + 2]) in STATEMENTS
    if k < n and tokens[k].surface_form in ("と", "って", "など", "なんて", "という", "といった", "との"):
        if k + 1 < n and tokens[k + 1].surface_form == "しか":  # 〜としか言いようがない: emphasis, not a report
            return False
        window = [_lemma(t) for t in tokens[k + 1 : k + 5]]
        if set(window) & SAYING:
            return True
        # 〜という研究があります reports a finding; 〜という報告はありません denies one
        return bool(set(window) & FINDINGS) and not any(is_negation(t) for t in tokens[k + 1 : k + 9])
    return False


def _whether_of(tokens, end):
    """The span heads the noun phrase of 〜の有無 ("whether"): 有名人の来院の有無については、お答えしておりません
    (also 来院歴の有無, 来院の事実の有無, 来院有無: nouns and の between, no other word)."""
    for j in range(end, min(len(tokens), end + 6)):
        if tokens[j].surface_form == "有無":
            return True
        if not (tokens[j].pos == "名詞" or tokens[j].surface_form in ("の", "等", "など")):
            return False
    return False


def _q_mark(tokens):
    """The position of the mark after a FAQ's Q that opens the sentence (Q. , Q：, Q1.), or None."""
    if not tokens or tokens[0].surface_form not in ("Q", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9"):
        return None
    m = 2 if len(tokens) > 1 and tokens[1].pos_detail_1 == "数" else 1
    return m if m < len(tokens) and tokens[m].surface_form in (".", "．", ":", "：", ")", "）") else None


def _faq_question(tokens, k):
    """(eighth session) The sentence is a FAQ's question, opened by Q and a mark (Q. , Q：, Q1.) and closed as a
    request to be told (Q. 治療を受けた人の感想を教えてください。): the reader asks it, and the page answers after A.
    A Q line closed otherwise is a heading of the page's own (Q. 当院が地域No.1の実績を誇る理由), and words quoted
    inside one keep their own stance (from the review)."""
    if _q_mark(tokens) is None:
        return False
    if any(open_ < k <= close for open_, close in _quote_spans(tokens)):
        return False
    words = [t for t in tokens if t.pos != "記号"]
    return (
        bool(words)
        and words[-1].surface_form in ("ください", "下さい")
        and any(t.basic_form in ("教える", "知る", "聞く", "伺う") for t in words[-4:])
    )


def readers_question(tokens):
    """(forty-fourth session) The sentence is a reader's question set out by an FAQ: opened by Q and a mark (Q. , Q：,
    Q1.) and closed as a question (〜でしょうか？, 〜ですか。): the reader asks it and the page answers after A, so it is
    none of the page's rhetoric, whatever it fears (Q. 一生このままでいいのでしょうか？, Q. 放置しても本当に大丈夫ですか？:
    from an independent review). A Q line closed otherwise is a heading of the page's own."""
    m = _q_mark(tokens)
    if m is None:
        return False
    if any(t.surface_form in ("あなた", "貴方", "アナタ") for t in tokens):
        return False  # the page speaking in a Q's form addresses the reader (Q. あなたの歯ぐき、腐っていませんか？)
    last = question_end(tokens)
    return last is not None and last > m


def question_end(tokens):
    """The position of the sentence's last word when the sentence closes as a question (〜か, 〜かな, or a question mark
    after its last word), else None."""
    last = max((i for i, t in enumerate(tokens) if t.pos != "記号"), default=-1)
    marks = "".join(t.surface_form for t in tokens[last + 1 :])
    if last >= 0 and (tokens[last].surface_form in ("か", "かな") or "?" in marks or "？" in marks):
        return last
    return None


def _question(tokens, k):
    n = len(tokens)
    if _embedded_question(tokens, k) or _faq_question(tokens, k):
        return True
    j = k
    # 〜のでしょうか, 〜ではないか, 〜ないか確認します, 〜かどうか
    while j < n and (tokens[j].surface_form in ("の", "ん", "で", "は", "ない") or tokens[j].pos == "助動詞"):
        j += 1
    if j < n and tokens[j].surface_form in ("か", "かどうか", "かしら"):
        return True
    last = n
    while last and tokens[last - 1].surface_form in ("」", "』", ")", "）"):
        last -= 1
    if _invitation(tokens, k, last):
        return False
    return (
        last > 0
        and tokens[last - 1].surface_form in ("?", "？")
        and not any(tokens[i].surface_form in ("。", "!", "！") for i in range(k, last - 1))
    )


# (sixteenth session) verbs of knowing whose complement is presupposed true (factive): asked whether the reader knows
# it (〜って知っていましたか？, 〜ことをご存じですか？), the sentence states the complement all the same
KNOWING = {"知る", "ご存じ", "ご存知", "存じる"}
COMPLEMENTIZERS = {"って", "こと", "の"}


def _headline_teaser(tokens, k):
    """(twenty-eighth session) The span's clause modifies the noun a headline asks about (医師の9割がすすめる花粉症対策
    とは？, 〜で話題の成分の正体とは): "what is it?" takes what the clause says of the noun as given."""
    n = len(tokens)
    j = k
    while j < n and (tokens[j].pos == "助動詞" or (tokens[j].pos == "動詞" and tokens[j].pos_detail_1 == "非自立")):
        j += 1
    start = j
    while j < n and (tokens[j].pos in ("名詞", "接頭詞") or (tokens[j].surface_form == "の" and j > start)):
        j += 1
    if j == start or j + 1 >= n or tokens[j].surface_form != "と" or tokens[j + 1].surface_form != "は":
        return False
    rest = [t.surface_form for t in tokens[j + 2 :] if t.surface_form not in ("？", "?", "!", "！", "。")]
    # only the bare headline (〜とは？), not a reader's question (〜とは何ですか？), and a clause that affirms: a
    # denial (副作用がない薬とは？) is what an FAQ asks about (from the review)
    return not rest and not any(is_negation(t) for t in tokens[:k])


def _presupposed(tokens, k):
    """The span ending before ``k`` is in the complement of a verb of knowing that the sentence asks about (寿命が10年
    縮むって知っていましたか？, 〜ことをご存じですか？): what the reader is asked whether they know is presented as fact."""
    n = len(tokens)
    for j in range(k, n):
        s = tokens[j].surface_form
        if s in COMPLEMENTIZERS and (s == "って" or tokens[j].pos == "名詞"):
            m = j + 1
            while m < n and tokens[m].pos == "助詞":
                if tokens[m].surface_form in ("か", "かどうか"):
                    return False  # (from the review) a question embedded (必ず治るのか知っていますか？) asks it
                m += 1
            return m < n and (_lemma(tokens[m]) in KNOWING or tokens[m].surface_form in KNOWING)
        # only the predicate's own auxiliaries before the complementizer: an as-if (治るかのような広告) or a noun
        # (治る薬があることを) makes the span part of something else the reader is asked to know of
        if not (tokens[j].pos == "助動詞" or (tokens[j].pos == "動詞" and tokens[j].pos_detail_1 == "非自立")):
            return False
    return False


def _embedded_question(tokens, k):
    """(sixteenth round) The span's clause ends in 〜かどうか before its comma (完治が期待できるかどうかは、…ご説明します;
    〜が一番良い病院かどうかは、ご自身でご判断ください): the claim is what is asked, not stated."""
    n = len(tokens)
    for j in range(k, n):
        s = tokens[j].surface_form
        if s in CLAUSE_ENDS or s in ("?", "？"):
            return False
        if s == "かどうか" or (
            s == "か" and j + 2 < n and tokens[j + 1].surface_form == "どう" and tokens[j + 2].surface_form == "か"
        ):
            return True
    return False


# an invitation to start or try, asked in the negative: 始めてみませんか, 試しませんか
INVITING_VERBS = {"始める", "試す", "みる", "受ける", "体験"}


def _invitation(tokens, k, last):
    """The question that ends the sentence is an invitation (〜、始めてみませんか？) in a clause after
    the span's: the span's own predicate is stated, not asked."""
    tail = [t.surface_form for t in tokens[max(0, last - 4) : last]]
    if tail[-1:] not in (["?"], ["？"]) or "".join(tail[:-1])[-4:] != "ませんか":
        return False
    comma = next((i for i in range(last - 1, k - 1, -1) if tokens[i].surface_form in ("、", ",")), None)
    if comma is None:
        return False
    return any(_lemma(t) in INVITING_VERBS for t in tokens[comma + 1 : last])


# (fourteenth round) an interrogative before 〜ても makes a universal, not a supposition: 何年経っても, いくら
# 飲んでも, どんなに忙しくても ("whatever", "however much") say the predicate after holds in every case
WHATEVER = {"何", "いくら", "どんなに", "どれだけ", "どれほど", "いつ", "どこ", "誰", "だれ"}


def _whatever(tokens, k, i):
    """An interrogative between ``k`` and the 〜ても at ``i`` (何年経っても): a universal concession."""
    return any(tokens[j].surface_form in WHATEVER for j in range(k, i))


def _conditional(tokens, end, k):
    """The span's clause is a supposition: 〜場合, 〜とき, 〜するなら, 〜すれば, 〜しても (up to the next 、 or 。).

    なら and でも after a noun are not suppositions: 当院なら (as for us), 妊娠中でも (even).
    """
    n = len(tokens)
    predicate = ("動詞", "形容詞", "助動詞")
    for i in range(k, min(n, k + 6)):
        t = tokens[i]
        # (a quotation after the span is a clause of its own: 掲載しました♪「…来ればよかった」)
        if t.surface_form in CLAUSE_ENDS or t.surface_form in OPEN_QUOTES or t.surface_form == "♪":
            break
        previous = tokens[i - 1].pos if i else ""
        if _lemma(t) in ("場合", "とき", "時", "際", "限り", "ケース"):
            if _counted_cases(tokens, i):
                break  # 治らなかったケースは一度もありません: the cases are counted, none; not supposed
            return True
        # 完全に治るまでには数か月かかります: a time bound, not a promise
        if i == k and t.surface_form == "まで" and previous in predicate:
            return True
        if t.surface_form in ("なら", "ならば", "たら", "ば", "ても", "でも", "のに") and previous in predicate:
            # ご覧いただければ, 見れば一目瞭然: an invitation to look, not a supposition
            if not (t.surface_form == "ば" and _lemma(tokens[i - 1]) in INVITING):
                return True
        if _lemma(t) == "よう" and i and is_negation(tokens[i - 1]):  # 再発しないよう: a purpose
            return True
        # (fifteenth round) 〜できるよう(に)、: a purpose too (安心して受診できるよう、…を行っています)
        if (
            _lemma(t) == "よう"
            and i
            and _lemma(tokens[i - 1]) in ("できる", "出来る", "られる", "れる")
            and i + 1 < n
            and tokens[i + 1].surface_form in ("に", "、", ",")
        ):
            return True
        if (  # 後悔しない選択のために: a purpose of avoiding, not a promise
            _lemma(t) == "ため"
            and i > k
            and i + 1 < n
            and tokens[i + 1].surface_form == "に"
            and is_negation(tokens[k - 1])
        ):
            return True
        if i == k and "".join(x.surface_form for x in tokens[i : i + 4]).startswith(("からといって", "からって")):
            return True  # 痛くないからといって: a premise the sentence rejects
        if (
            t.surface_form in ("て", "で")
            and i + 1 < n
            and tokens[i + 1].surface_form == "も"
            and previous in predicate
            and not _whatever(tokens, k, i)
        ):
            return True
    return any(
        t.pos == "助詞" and t.pos_detail_1 == "接続助詞" and t.surface_form in ("ば", "ても", "でも", "たら")
        for t in tokens[end:k]
    )  # in the predicate after the span, not in the span itself


def _counted_cases(tokens, i):
    """The case noun at ``i`` is the topic of a denied count (〜ケースは一度もありません, 〜場合は一件もない):
    cases counted and found to be none, a universal denial, not a supposition (issue 18, fifteenth round)."""
    n = len(tokens)
    if i + 1 >= n or tokens[i + 1].surface_form not in ("は", "が", "も"):
        return False
    end = _sentence_end(tokens, i)
    for j in range(i + 2, end - 2):
        if tokens[j].pos_detail_1 == "数":  # 一度も, 一件も, 1例も: a count, its counter, then も
            m = j + 1
            while m < end and tokens[m].pos_detail_1 in ("接尾", "数", "助数詞"):
                m += 1
            if (
                m > j + 1
                and m + 1 < end
                and tokens[m].surface_form == "も"
                and _lemma(tokens[m + 1]) in ("ある", "いる", "ない", "無い")
            ):
                return _lemma(tokens[m + 1]) in ("ない", "無い") or _chain(tokens, m + 2)[1] % 2 == 1
    return False


EPISTEMIC = (
    "とは限",
    "とも限",
    "とはかぎ",
    "とは言え",
    "とはいえ",
    "とは言い切れ",
    "とはいいきれ",
    "とは断言",
    "わけではな",
    "わけではあり",
    "わけでもな",
    "わけでもあり",
)


def _hedged(tokens, k):
    n = len(tokens)
    # 〜とは限りません, 〜わけではありません: an uncertainty, not a denial of the opposite
    if "".join(t.surface_form for t in tokens[k : k + 6]).startswith(EPISTEMIC):
        return True
    j = k
    if j < n and tokens[j].surface_form == "の":
        j += 1
    # 〜少ない薬もあります: some of a kind, not all
    if (
        j + 2 < n
        and tokens[j].pos == "名詞"
        and tokens[j + 1].surface_form == "も"
        and _lemma(tokens[j + 2]) in ("ある", "いる", "いらっしゃる")
    ):
        return _chain(tokens, j + 3)[1] % 2 == 0
    if j < n and _lemma(tokens[j]) in HEDGE_NOUNS:
        m = j + 1
        while m < n and tokens[m].surface_form in ("が", "も", "は", "に"):
            m += 1
        if m < n and _lemma(tokens[m]) in HEDGE_PREDICATES:
            return _chain(tokens, m + 1)[1] % 2 == 0  # 〜ことがあります, not 〜ことはありません
    # 〜とされています, 〜と報告されています, 〜と言われています, 〜かもしれません (as a hedge, not a threat)
    if (
        j < n
        and tokens[j].surface_form == "と"
        and j + 1 < n
        and _lemma(tokens[j + 1]) in ("する", "報告", "言う", "いう", "考える")
    ):
        return _lemma(tokens[j + 1]) != "いう" or (j + 2 < n and tokens[j + 2].surface_form == "れ")
    return False


def _some_among(tokens, k):
    """The span is in the noun phrase of a class whose members the sentence says some are or do:
    〜を載せたサイトの中には、…ものもあります, 〜の中には…方もいます (issue 18, fifteenth round). What the span
    names is said of some of a kind, not of the page's offer."""
    end = _sentence_end(tokens, k)
    for i in range(k, min(end, k + 8) - 3):
        if (
            tokens[i].surface_form == "の"
            and _lemma(tokens[i + 1]) in ("中", "うち")
            and tokens[i + 2].surface_form == "に"
            and tokens[i + 3].surface_form == "は"
        ):
            words = [j for j in range(i + 4, end) if tokens[j].pos not in ("記号", "助動詞")]
            return (
                len(words) >= 2
                and _lemma(tokens[words[-1]]) in ("ある", "いる", "いらっしゃる")
                and tokens[words[-2]].surface_form == "も"
                and not any(is_negation(t) for t in tokens[words[-1] + 1 : end])  # 〜もありません denies
            )
    return False


@_once_a_sentence
def _has_verb(tokens):
    return any(t.pos == "動詞" and t.pos_detail_1 == "自立" for t in tokens)


@_once_a_sentence
def _past(tokens):
    return any(t.pos == "助動詞" and _lemma(t) == "た" for t in tokens)


@_once_a_sentence
def _signed(tokens):
    """The sentence ends in a signature: （60代・主婦）, ―ご利用者Aさん (a bracket or dash, then a person, no verb)."""
    n = len(tokens)
    for i in range(n - 1, max(-1, n - 12), -1):
        if tokens[i].surface_form in SIGNATURE_DASHES or tokens[i].surface_form in ("(", "（"):
            tail = tokens[i + 1 :]
            lemmas = {_lemma(t) for t in tail}
            # an audience is no signer: （患者さん向け解説ページ） names who the page is for
            # (seventh session) nor is a restriction: レビューを書く（購入者のみ） says who may write, not who wrote
            restricted = lemmas & RESTRICTING and not lemmas & PERSON_DESCRIPTORS  # not （30代女性・モニター価格対象）
            if lemmas & AUDIENCE or restricted or _credit_line(tokens):
                return False
            # a person's word compounded with an organisation's names a group (（運営：患者会事務局）)
            return bool(tail) and not _has_verb(tail) and bool(_persons(tail) & PERSON_MARKS)
    return False


# what a bracket names when it gives a page's readers, not its signer: （患者さん向け）
AUDIENCE = {"向け", "向き"}
# what a bracket says when it restricts who may act, not who signs: （購入者のみ）, （会員限定）, （初診の方対象）
RESTRICTING = {"のみ", "限定", "以外", "専用", "対象", "不可"}
# an age, a sex or a patient named in the bracket signs it whatever it restricts (（30代女性・モニター価格対象）)
PERSON_DESCRIPTORS = {"代", "歳", "才", "女性", "男性", "患者", "主婦", "会社員", "様", "さん"}
# labels of a page's credits: 監修：〇〇学会 専門医 … is who checked the page, not a voice
CREDITS = {"監修", "執筆", "文責", "著者", "編集", "監修者", "執筆者", "作成", "作成者"}


@_once_a_sentence
def _credit_line(tokens):
    """The sentence opens on a credit label (監修：…, 執筆：…): it names the page's authors."""
    for i, t in enumerate(tokens[:4]):
        if t.surface_form in (":", "："):
            return bool({_lemma(u) for u in tokens[:i]} & CREDITS)
    return False


_RATING_MARKS = ("★", "⭐", "🌟", "☆")


def _named_as_testimony(tokens, open_, close):
    """(fifteenth session) The quotation stands in apposition to a noun of testimony right before it, with no colon
    or with one (受診された方の感想「…」, 口コミ★5「…」), or to its source in より (お客様アンケートより「…」, ご家族より：
    「…」): the noun names what is quoted. (From the review) The quotation closes the sentence (a quotation that goes on
    as an argument, 体の声「疲れた」に耳を傾けましょう, is what a body says); the label names no member of the staff by
    the end of a compound (主治医からのメッセージ, ドクターコメント) and no one it is addressed to (ご家族へのメッセージ,
    ご家族向け). A quotation named after it (「効いた」という感想) is read by _after_quote."""
    if open_ > 40 or any(t.pos not in ("記号",) and t.pos_detail_1 != "空白" for t in tokens[close + 1 :]):
        return False
    label = tokens[:open_]
    surfaces = [t.surface_form for t in label]
    if "へ" in surfaces or "向け" in surfaces or any(_staff_word(t) for t in label):
        return False
    k = open_ - 1
    if k >= 0 and tokens[k].surface_form in (":", "："):
        k -= 1
    while k >= 0 and (
        tokens[k].surface_form in _RATING_MARKS or (tokens[k].pos == "名詞" and tokens[k].pos_detail_1 == "数")
    ):
        k -= 1  # ★5, ★★★★★
    heads = TESTIMONY_BEFORE
    if k > 0 and tokens[k].surface_form == "より":
        k -= 1  # the source of the words: お客様アンケートより「…」, ご家族より「…」
        heads = TESTIMONY_BEFORE | _SURVEYS | _SOURCES | PERSON_MARKS - {"者"}
    return k >= 0 and tokens[k].pos == "名詞" and _lemma(tokens[k]) in heads


def _staff_word(token):
    """A word of the staff by how it ends (医師, 主治医, 専門医, 先生, ドクター, 看護師, 栄養士; STAFF): the clinic's
    people, not its patients."""
    word = token.surface_form
    return word in STAFF or word.endswith(("医", "先生", "ドクター", "師", "士")) or word in ("Dr", "Ｄｒ")


# who a voice comes from, named before より (ご家族より): a patient's family speaks of the patient
_SOURCES = {"家族", "ご家族"}
_SURVEYS = {"アンケート"}


def _speaker_label(tokens, open_):
    """The quotation opens after a speaker's label: 40代男性「…」, 患者さん「…」 (a person, no verb)."""
    if open_ > 40:
        return False  # a label is at most 16 words with their brackets: read no further (each quote read them all)
    label = tokens[:open_]
    if label and label[-1].surface_form in (")", "）"):  # 〇〇さん（30代）「…」: the bracket is part of the label
        label = [t for t in label if t.pos != "記号"]
    # (fifteenth round) a relative clause may describe the speaker (手術を受けたAさん（52歳）「…」): the label is its
    # head, the nouns after the clause's last verb or auxiliary, which must modify them directly
    verbs = [i for i, t in enumerate(label) if t.pos in ("動詞", "助動詞")]
    if verbs and len(label) <= 16 and verbs[-1] + 1 < len(label) and label[verbs[-1] + 1].pos == "名詞":
        label = label[verbs[-1] + 1 :]
    # the clinic's own people (看護師（40代）「…」) are no patients
    if _staff_in(label):
        return False
    return (
        0 < len(label) <= 8
        and label[-1].pos == "名詞"
        and not _has_verb(label)
        and bool(_persons(label) & PERSON_MARKS - {"者"})
    )


def _persons(label):
    """The lemmas of a label, less a person's word compounded with an organisation's (患者会, 患者団体):
    such a compound names a group, not a voice."""
    return {
        _lemma(t)
        for n, t in enumerate(label)
        if not (n + 1 < len(label) and label[n + 1].surface_form in ORGANISATION_SUFFIXES)
        # (fifteenth round) an age is a number's suffix (50代, 42歳): 装置代 in a fee line is a charge
        and not (_lemma(t) in AGE_SUFFIXES and not (n and label[n - 1].pos_detail_1 == "数"))
    }


# suffixes of an age, which mark a person only after a number (50代, 42歳; not 装置代, 技術料込み)
AGE_SUFFIXES = {"代", "歳", "才"}


@_once_a_sentence
def _quoted_warning(tokens):
    """A warning that reports a slogan: 「…治る」とうたう商品にはご注意ください（消費者庁）. Its signature
    names the source of the warning, not a patient."""
    lemmas = _lemma_set(tokens)
    return bool(lemmas & CAUTIONING) and any(
        _reported_after(tokens, close + 1) for _, close in _quote_spans(tokens) if close < len(tokens)
    )


@_once_a_sentence
def _first_person(tokens):
    """A person of the story: 私 / 僕 / うちの子 / 息子 (not 私たち, the clinic; not お母さん, the reader's),
    or a patient named Aさん, ○○様."""
    n = len(tokens)
    for i, t in enumerate(tokens):
        following = tokens[i + 1].surface_form if i + 1 < n else ""
        if t.pos == "名詞" and _lemma(t) in FIRST_PERSON and following not in ("たち", "達", "ども", "共"):
            return True
        if (
            _lemma(t) in FAMILY
            and not (i and tokens[i - 1].surface_form in ("お", "ご"))
            and following not in ("さん", "様", "さま")
        ):
            return True
        if t.surface_form == "うち" and following == "の" and i + 2 < n and tokens[i + 2].surface_form == "子":
            return True
        # 80代の女性, 40歳の男性: one patient's case described
        if t.surface_form in ("代", "歳", "才") and i and tokens[i - 1].pos == "名詞":
            j = i + 1 + (following == "の")
            if j < n and _lemma(tokens[j]) in ("女性", "男性", "方", "患者", "主婦", "会社員"):
                return True
        if t.surface_form in ("さん", "様", "さま") and i:  # Aさん, K.T様, ○○さん: one patient's case
            name = tokens[i - 1].surface_form
            if name in "○〇△□●◯×" or (name.isascii() and name.isalpha() and len(name) <= 3):
                return True
    return False


# How far into a sentence a label's colon may stand (当院でインプラントをした方の感想：…): one bound
# for _labelled_testimony and for may_be_voice, which must never rule out what the other accepts.
LABEL_WORDS = 20


def _labelled_testimony(tokens, first):
    """The span follows a label such as 体験談： or 患者様の声： at the start of the sentence.

    A long label is a label too (当院で治療を受けた方の感想：…, 〜方の声をご紹介します：…): the
    words before the colon name a voice or a person.
    """
    for i in range(min(first, LABEL_WORDS)):
        if tokens[i].surface_form in (":", "：") and _label_colon(tokens, i):  # 体験談：…, 40代・会社員：…
            return _names_a_patients_voice(tokens[:i])
    return False


def _names_a_patients_voice(label):
    """The label's words name a voice or a person (体験談, 患者様の声, 40代・会社員) and no member of the staff: the
    staff's voice (看護師の声：… in a recruitment page) is no patient's."""
    text = "".join(t.surface_form for t in label)
    if _staff_in(label):
        return False
    # (thirty-first session) a label that addresses readers (体験談を読んで不安になった方へ：…) names whom the page speaks
    # to, not who speaks
    if text.endswith(("へ", "へ。", "の方に", "の皆さま", "の皆様")) and not any(w in text for w in ("から", "より")):
        return False  # (a speaker named before it, 患者様から、…方へ：, still speaks: from the review)
    return bool(_persons(label) & (TESTIMONY_BEFORE | PERSON_MARKS - {"者"})) and _voice_head(label)


def _pictograph_label(tokens, open_):
    """(eighth session) A label closed by a pictograph instead of a colon (患者さんのリアルな声📝「…」, お客様の声▶「…」):
    the words before it name a voice or a person, as a colon's label must."""
    if not 0 < open_ <= LABEL_WORDS:
        return False
    mark = tokens[open_ - 1].surface_form
    if not mark or not all(unicodedata.category(ch) in ("So", "Sk") or 0xFE00 <= ord(ch) <= 0xFE0F for ch in mark):
        return False
    return _names_a_patients_voice(tokens[: open_ - 1])


def _voice_head(label):
    """The label's head names a voice or a person (体験談, 患者様の声, Aさん（40代）), not a field of
    another kind whose modifier names patients (外来患者数（2025年度）, 患者会のご案内): a noun phrase is
    what its last noun is (issue 18, thirteenth round). A label that ends on a verb or a particle
    (〜方の声をご紹介します, お客様より) is left to the words it holds."""
    words, depth = [], 0
    for t in label:
        if t.surface_form in ("(", "（", "【", "["):
            depth += 1
        elif t.surface_form in (")", "）", "】", "]"):
            depth = max(0, depth - 1)
        elif depth == 0 and t.pos != "記号":
            words.append(t)
    if not words or words[-1].pos != "名詞" or words[-1].pos_detail_1 == "固有名詞":
        return True
    return _lemma(words[-1]) in TESTIMONY_BEFORE | PERSON_MARKS | ATTRIBUTION | PATIENTS | VOICE_HEADS


# heads of a voice's label besides the words of TESTIMONY_BEFORE: the person, or a voice in honorific form
VOICE_HEADS = {
    "方",
    "人",
    "お声",
    "ご感想",
    "お客様",
    "お客さま",
    "利用者",
    "ご利用者",
    "アンケート",
    "談",
    "ママ",
    "パパ",
}


def _label_colon(tokens, i):
    """A colon that ends a label, not one inside markup or an address ({cite:p}, https://)."""
    if tokens[i].surface_form == "：":
        return True
    before = tokens[i - 1].surface_form if i else ""
    after = tokens[i + 1].surface_form if i + 1 < len(tokens) else ""
    return not (
        before[-1:].isascii()
        and before[-1:].isalnum()
        and (after[:1].isascii() and after[:1].isalnum() or after.startswith("/"))
    )


# the clinic's own people: their voice in a label is the employer's page, not a patient's testimony
STAFF = {
    "看護師",
    "スタッフ",
    "職員",
    "社員",
    "医師",
    "歯科医師",
    "薬剤師",
    "歯科衛生士",
    "先輩",
    "従業員",
    "院長",
    "採用",
}


def _staff_in(label):
    """(fifty-fifth session) A word of STAFF beginning at a word of the label (看護師 is 看護 + 師 to MeCab, 看護師長 看護 +
    師長): not a substring from inside a word, since 会社員 holds 社員 and a patient signed 52歳・会社員 is no member of the
    staff. A word of employment (社員, 職員, 従業員) is the clinic's only alone or after a word of the clinic (当院職員,
    事務職員, 病棟職員); after any other noun it is an occupation (派遣社員, 市役所職員, 団体職員)."""
    text, offsets = "", []
    for t in label:
        offsets.append(len(text))
        text += t.surface_form
    for i, offset in enumerate(offsets):
        for word in STAFF:
            if not text.startswith(word, offset):
                continue
            before = label[i - 1] if i else None
            if (
                word in EMPLOYMENT
                and before is not None
                and before.pos == "名詞"
                and before.surface_form not in CLINIC_WORDS
            ):
                continue
            return True
    return False


# words of employment in any trade, and the words of the clinic that make them its staff
EMPLOYMENT = frozenset({"社員", "職員", "従業員"})
CLINIC_WORDS = frozenset(
    {"院", "病院", "医院", "クリニック", "病棟", "事務", "受付", "薬局", "歯科", "外来", "本院", "弊社"}
)


# what turns a person's word into a group's name: 患者会, 患者団体, 家族会
# (eighth session) public bodies too: 消費者庁 is 消費 + 者 + 庁 to MeCab, an authority signing a notice, no person
ORGANISATION_SUFFIXES = {
    "会",
    "団体",
    "協会",
    "連合会",
    "ネットワーク",
    "庁",
    "省",
    "局",
    "機構",
    "組合",
    "連盟",
    "センター",
}

PATIENTS = {"患者", "患者様", "患者さま", "利用者", "お客様", "お客さま", "受診者", "体験者"}
# (ninth session) who a saying may be heard from, making it their voice (患者さんから、〜という言葉をよく耳にします)
VOICE_SOURCES = PATIENTS | {"ご利用者", "受講者", "来院者"}


def _patient_speaker(tokens, open_, close):
    """The quotation is said by patients: 患者さんから「…」とよく言われます, 〜方に「…」と言っていただく."""
    before = tokens[max(0, open_ - 4) : open_]
    if not before or before[-1].surface_form not in ("から", "より", "に"):
        return False
    if not {_lemma(t) for t in before} & (PATIENTS | {"方", "皆さん", "皆様"}):
        return False
    after = [_lemma(t) for t in tokens[close + 1 : close + 6]]
    return (
        bool(after)
        and after[0] in ("と", "って")
        and bool(set(after) & {"言う", "いう", "おっしゃる", "喜ぶ", "いただく", "頂く"})
    )


def _bare_quote(tokens, open_, close, words):
    """The sentence is only a quotation of a past experience: 「むくみが消えて…はけるようになりました」.
    ``words``: the indexes of the sentence's first and last tokens that are not symbols. A complaint told with no
    relief in it is the reader's worry, not a testimonial (「膝の痛みが続き、手術が必要と言われた」 in a list of
    worries; 「保存療法を試したが効果が感じられない」)."""
    first_word, last_word = words
    quote = tokens[open_ + 1 : close]
    return first_word >= open_ and last_word <= close and _past(quote) and not _worry_told(quote)


# (forty-ninth session) what a quoted complaint affirms: a suffering, a worry (those that end a quotation received, and
# more)
COMPLAINTS = COMPLAINT_ENDS | {
    "痛い",
    "痛み",
    "痛む",
    "悪い",
    "悪化",
    "苦しい",
    "苦しむ",
    "悩み",
    "悩ます",
    "苦手",
    "不調",
    "だるい",
}
# words of a relief told (治った, 消えた, 楽になった): shared with MED006's reading of a disclaimed voice (RELIEF_TOLD)
RELIEF_WORDS = frozenset({"治る", "治す", "消える", "改善", "回復", "楽", "治まる", "効く", "和らぐ", "解消"})
# what a relief or a result is, denied in a worry (良くならなかった, 痛みが消えなかった, 効果が感じられない)
RELIEFS = RELIEF_WORDS | {"良い", "よい", "いい", "満足", "取れる"}
# verbs by which a result is perceived: denied with a result as their object, the result is denied (効果が感じられない)
_PERCEIVED = frozenset({"感じる", "実感", "出る", "得る", "見える", "現れる"})
_RESULTS = frozenset({"効果", "変化", "結果", "効き目", "改善"})
# words that turn a story from its before to its after (「不眠に悩んでいたけれど、今では朝までぐっすり眠れています」)
_CONTRASTS = frozenset({"けれど", "けれども", "けど", "のに", "ものの", "が"})
_NOW = frozenset({"今", "今では", "現在", "いま"})


def _last_said(clause):
    """(the word the clause's last predicate says, whether it is denied): the last verb, adjective, adjectival noun or
    noun before its auxiliaries, endings and non-independent verbs (眠れています: 眠れる); a verbal noun before する (改善
    しました: 改善); the word before a change (良くなる: 良い; 目立たなくなる: a denial changed, returned as None)."""
    negated = False
    for k in range(len(clause) - 1, -1, -1):
        t = clause[k]
        if is_negation(t):
            negated = True
            continue
        if t.pos in ("記号", "助詞", "助動詞") or t.pos_detail_1 in ("非自立", "接尾"):
            continue
        word = _lemma(t)
        if word == "する" and k and clause[k - 1].pos == "名詞":
            word = _lemma(clause[k - 1])
        elif word == "なる" and k:
            before = clause[k - 1] if clause[k - 1].surface_form != "に" or k < 2 else clause[k - 2]
            if is_negation(before) or _lemma(before) == "よう":
                return None, negated  # 目立たなくなりました, 上がるようになりました: a change reached
            word = _lemma(before)
        return word, negated
    return None, negated


# a complaint as the measure of a praise: 効きすぎて怖いくらいでした, 楽しみすぎて困るほどでした
_DEGREE_OF_PRAISE = frozenset({"くらい", "ぐらい", "ほど"})
# what concedes a relief before it is undone: 良くなったと思っても (て + も), 治ったものの
_CONCEDING = frozenset({"ものの"})
# (from the final review) a complaint placed before a turn (ここに来るまでは, 施術を受ける前は, 以前は, 昔は) is the story's
# before, the relief implied: 「このクリニックに出会うまで、何年も腰痛に悩んでいました」
_BEFORE_A_TURN = frozenset({"以前", "昔", "かつて"})


def _told_as_before(quote):
    """The quotation places its complaint before a turn: まで after a verb, 前 (は), 以前, 昔, かつて."""
    for k, t in enumerate(quote):
        word = _lemma(t)
        if word == "まで" and k and quote[k - 1].pos in ("動詞", "助動詞"):
            return True
        if word in _BEFORE_A_TURN:
            return True
        if word == "前" and k + 1 < len(quote) and quote[k + 1].surface_form in ("は", "まで"):
            return True
    return False


def _relief_affirmed(quote):
    """A relief of RELIEFS, or a change reached (目立たなくなりました, 上がるようになりました), told in the quotation and neither
    denied (消えなかった) nor conceded (良くなったと思っても)."""
    n = len(quote)
    for k, t in enumerate(quote):
        word = _lemma(t)
        reached = word == "なる" and k and (is_negation(quote[k - 1]) or (k > 1 and _lemma(quote[k - 2]) == "よう"))
        if word not in RELIEFS and not reached:
            continue
        after = quote[k + 1 : min(n, k + 6)]
        if word != "なる" and any(is_negation(u) for u in after[:3]):
            continue  # 消えなかった, 良くならない (良い + なる + ない)
        if (
            word in ("良い", "よい", "いい")
            and after
            and _lemma(after[0]) == "なる"
            and any(is_negation(u) for u in after[1:4])
        ):
            continue
        later = quote[k + 1 : min(n, k + 9)]
        conceded = any(
            u.surface_form in ("て", "で") and v.surface_form == "も" for u, v in zip(later, later[1:], strict=False)
        )
        if conceded or any(u.surface_form in _CONCEDING for u in after):
            continue
        if (
            word in ("良い", "よい", "いい")
            and k
            and (
                quote[k - 1].surface_form in ("ば", "たら", "ら", "と")
                or (k > 1 and quote[k - 1].surface_form == "が" and _lemma(quote[k - 2]) in ("ほう", "方"))
            )
        ):
            continue  # advice or a choice, not a relief: どこに相談すればいいのか, 手術したほうがいいと言われ
        return True
    return False


def _worry_told(quote):
    """The quotation's last clause (after a contrast or 今) affirms a complaint (痛くてつらい, 困っていた, 不安でした) or
    denies a relief or a result (良くならなかった, 効果が感じられない): the reader's worry, not a testimonial. Unless a relief
    is told elsewhere in it (「シミはきれいに消えたけど、施術中は少し痛かったです」: the result, then a side remark; not a
    relief conceded, 良くなったと思っても…) or the complaint is a measure of praise (怖いくらい, 困るほど)."""
    if (
        _relief_affirmed(quote)
        or _told_as_before(quote)
        or any(
            _lemma(t) in COMPLAINTS and any(u.surface_form in _DEGREE_OF_PRAISE for u in quote[k + 1 : k + 4])
            for k, t in enumerate(quote)
        )
    ):
        return False
    for i in range(len(quote) - 1, 0, -1):
        word = quote[i]
        if (_lemma(word) in _CONTRASTS and word.pos_detail_1 == "接続助詞") or _lemma(word) in _NOW:
            quote = quote[i + 1 :]
            break
    said, negated = _last_said(quote)
    if said is None:
        return False
    if negated:
        return said in RELIEFS or (said in _PERCEIVED and bool({_lemma(t) for t in quote} & _RESULTS))
    return said in COMPLAINTS


@_once_a_sentence
def _word_bounds(tokens):
    """The indexes of the first and the last token that is not a symbol (len, -1 when there is none)."""
    words = [i for i, t in enumerate(tokens) if t.pos != "記号"]
    return (words[0], words[-1]) if words else (len(tokens), -1)


# (forty-third session) verbs by which people report or praise what they felt (〜と話しています, 〜と喜ばれています,
# 〜と多くの方に実感いただいています); 思う and 感じる are left out: 〜と感じる方は, 〜と思ってやめる人が多い tell of a belief
SAYING_OF_PATIENTS = frozenset(
    {
        "言う",
        "話す",
        "語る",
        "おっしゃる",
        "答える",
        "回答",
        "喜ぶ",
        "絶賛",
        "満足",
        "大満足",
        "実感",
        "感謝",
        "評判",
        "好評",
    }
)
# who may say it as someone who had the care: patients and customers, all of them, users of a product, a friend
SPEAKERS = frozenset(
    VOICE_SOURCES
    | {
        "皆さん",
        "皆様",
        "みなさん",
        "みなさま",
        "みんな",
        "皆",
        "友人",
        "友達",
        "モニター",
        "会員",
        "愛用者",
        "愛飲者",
        "ユーザー",
        "お客さん",
    }
)
# a request or an invitation in the sentence: the people named are the readers addressed (〜とおっしゃる方はご相談ください)
ADDRESSING = frozenset({"ください", "下さい", "ましょう", "くださる"})


def _speaker(tokens, i):
    """Whether ``tokens[i]`` names people who may speak as patients: SPEAKERS, a patient named Aさん / ○○様, or 方 after
    a clause or a quantity (治療を受けた方, 多くの方; not 使い方, one noun)."""
    t = tokens[i]
    if t.pos != "名詞":
        return False
    lemma = _lemma(t)
    if lemma in SPEAKERS:
        return True
    if lemma == "方":
        return t.pos_detail_1 == "非自立"
    if t.surface_form in ("さん", "様", "さま") and i:
        name = tokens[i - 1].surface_form
        return name in "○〇△□●◯×" or (name.isascii() and name.isalpha() and len(name) <= 3)
    return False


def _patients_said(tokens, end):
    """The words ending at ``end`` are what patients say: the clause closes with a quotative と / って (after a closing
    quote or not) whose verb of saying or praising has patients as its speaker, named before the words or after the
    と: 実際に治療を受けたAさんは「…」と話しています; 〜が戻った、と多くの患者さまから感謝されています; 〜と皆さん喜んで
    いらっしゃいます. A concession (〜と話す方もいますが), a request to the people named (〜とおっしゃる方はご相談ください)
    and a question are not their testimony."""
    n = len(tokens)
    stop = _sentence_end(tokens, end)
    k = end
    # past the span's own endings (治った, 治りました」, 消えたんです、) to its quotative particle
    while k < stop and (
        tokens[k].surface_form in QUOTE_CLOSES | {"、", ",", "ん", "の"}
        or tokens[k].pos == "助動詞"
        or (tokens[k].pos == "動詞" and tokens[k].pos_detail_1 in ("非自立", "接尾"))
    ):
        k += 1
    if k >= stop or tokens[k].surface_form not in ("と", "って") or tokens[k].pos != "助詞":
        return False
    # a saying told inside a quotation (「友人が効いたと言っていた薬」が…) is the quotation's: what follows it decides
    if any(open_ < end and k < close for open_, close in _quote_spans(tokens)):
        return False
    window = range(k + 1, min(stop, k + 12))
    verb = next((i for i in window if _lemma(tokens[i]) in SAYING_OF_PATIENTS), None)
    if verb is None:
        return False
    tail = tokens[verb + 1 : stop]
    if any(t.surface_form in ("が", "けど", "けれど", "けれども") and t.pos_detail_1 == "接続助詞" for t in tail):
        return False
    if any(
        tail[i].surface_form in ("て", "で") and tail[i + 1].surface_form == "も" for i in range(min(len(tail) - 1, 4))
    ):
        return False  # (from the review) conceded: 〜と患者さんが話していても, 〜と保護者の方がおっしゃっても
    if _lemma_set(tokens[k:stop]) & ADDRESSING or (stop < n and tokens[stop].surface_form in ("?", "？")):
        return False
    before = next((i for i in range(end - 1, -1, -1) if tokens[i].surface_form in ("。", "！", "!")), -1)
    return any(_speaker(tokens, i) for i in range(k + 1, verb)) or any(
        _speaker(tokens, i) and i + 1 < n and tokens[i + 1].surface_form in ("は", "が", "も", "、")
        for i in range(before + 1, end)
    )


@_once_a_sentence
def _narrated(tokens):
    """A first-person or named patient's past experience: 私は…消えました, Aさんは…歩けるようになった."""
    return _past(tokens) and _first_person(tokens)


def _prohibition(tokens, end):
    """The predicate is a negative request: 使わないでください, 飲まないようにしましょう."""
    text = "".join(t.surface_form for t in tokens[end : end + 8])
    for marker in ("ないでください", "ないで下さい", "ないように", "ないようにし", "ずに", "ないこと。"):
        at = text.find(marker)
        if at >= 0 and "。" not in text[:at] and "、" not in text[:at]:
            return marker != "ずに" or "ください" in text or "ましょう" in text
    return False


def _cautionary(tokens, k):
    """The span's clause is the reason for a caution to the reader: 〜作用が強いため、用量を守ってください."""
    n = len(tokens)
    if k >= n or tokens[k].surface_form not in ("ため", "ので", "から"):
        return False
    tail = tokens[k + 1 : _sentence_end(tokens, k)]
    request = any(t.surface_form in ("ください", "下さい", "ましょう") for t in tail)
    return request and any(_lemma(t) in CAUTIONING for t in tail)


def _balanced(tokens, k):
    """A drawback is set against the span: 〜は傷が小さい一方、手術時間が長くなることがあります. Not 一方 as the
    predicate's aspect (毒素がたまる一方です, "keeps building up"; forty-third session): a copula or the end follows it."""
    n = len(tokens)
    return any(
        _lemma(tokens[j]) in BALANCING
        and not (j + 1 >= n or tokens[j + 1].surface_form in ("です", "だ", "。", "でしょ", "だろ", "！", "!"))
        for j in range(k, min(n, k + 2))
    )


@_once_a_sentence
def _attributed(tokens):
    """The sentence ends by attributing what it says: 〜とされています, 〜と報告されています."""
    e = _sentence_end(tokens, 0)
    quoted = [(a, b) for a, b in _quote_spans(tokens)]
    for j in range(max(0, e - 8), e):
        if any(a < j < b for a, b in quoted):  # 「…と言われます」: the quotation's own words, not the page's
            continue
        if tokens[j].surface_form == "と" and j + 1 < e and _lemma(tokens[j + 1]) in ("する", "報告", "言う", "考える"):
            passive = j + 2 < e and tokens[j + 2].surface_form in ("れ", "られ", "さ")
            if passive or _lemma(tokens[j + 1]) == "報告":
                return True
    return False


def _continued(tokens, k):
    """The span's predicate is continued by a comma (傷つき、…): the sentence's last predicate governs it too."""
    return (
        0 < k < len(tokens)
        and tokens[k].surface_form in ("、", ",")
        and tokens[k - 1].pos in ("動詞", "形容詞", "助動詞")
        and tokens[k - 1].conjugated_form.startswith("連用")
    )


def _clause_hedged(tokens, k):
    """A hedge later in the span's own clause: 〜より早く効くことがあります (to the next comma or end)."""
    n = len(tokens)
    j = k
    stops = CLAUSE_ENDS | set(OPEN_QUOTES) | set(OPEN_QUOTES.values())
    while j < n and tokens[j].surface_form not in stops:
        if _hedged(tokens, j):
            return True
        j += 1
    return False


def _tail_hedged(tokens, k):
    """The sentence ends in a hedge: 〜ことがあります, 〜場合もあります."""
    e = _sentence_end(tokens, k)
    return any(_hedged(tokens, j) for j in range(max(k, e - 7), e))


def _observation(tokens, first, k):
    """The governing predicate tokens[first:k] reports what was seen: past (再発しなかった) or 見られる.

    A past tense inside a clause that describes a noun is not the predicate's: 副作用が出た
    という報告はありません is a present denial.
    """
    for i in range(first, k):
        t = tokens[i]
        if _lemma(t) in OBSERVING:
            return True
        if t.pos == "助動詞" and _lemma(t) == "た":
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is not None and (
                following.surface_form in ("という", "との", "といった") or following.pos == "名詞"
            ):
                continue
            return True
    return False


def may_be_voice(tokens):
    """False when no span of the sentence can be a patient's voice (``stance(...).voice``): there is
    no quotation, no label such as 体験談： within its first LABEL_WORDS words and no signature. A
    caller can then skip trying voice patterns on it (most sentences)."""
    return (
        bool(_quote_spans(tokens))
        or any(t.surface_form in (":", "：") for t in tokens[:LABEL_WORDS])
        or _signed(tokens)
    )


def may_be_testimony(tokens):
    """False when no span of the sentence can be testimony (``stance(...).testimony``): not a
    possible voice, no first-person or named patient's past experience and nothing patients are said to say."""
    return (
        may_be_voice(tokens)
        or _narrated(tokens)
        or any(_patients_said(tokens, i) for i, t in enumerate(tokens) if t.surface_form in ("と", "って"))
    )


OVERSTATEMENT_IDIOMS = tuple(
    f"{say}ても{ex}{neg}"
    for say in ("言っ", "いっ")
    for ex in ("過言", "言い過ぎ", "いいすぎ")
    for neg in ("ではない", "ではありません", "ではございません", "じゃない")
)


def _overstatement_tail(tokens, end):
    """The index of と in 〜と言っても過言ではありません after ``end`` (within the span's clause), else None: the
    idiom asserts the clause before it, so its stance is read as if the sentence ended there."""
    for i in range(end, min(len(tokens), end + 6)):
        t = tokens[i]
        if t.surface_form in ("。", "、") or t.pos_detail_1 == "接続助詞":
            return None
        if t.surface_form == "と":
            # only the idiom itself, 〜と言っても過言ではない / ありません (not 〜と言うのは過言です, 〜と言えば過言ですが)
            tail = "".join(x.surface_form for x in tokens[i + 1 : i + 12])
            if tail.startswith(OVERSTATEMENT_IDIOMS):
                return i
            return None
    return None


# (thirty-first session) verbs of being lured by an offer (〜につられる, 〜に惑わされる, 〜に飛びつく)
LURED = frozenset({"つられる", "釣られる", "惑わす", "惑わされる", "飛びつく", "飛び付く", "踊らされる"})
# what the reader is told to avoid or beware of, or the harm it brings (避けましょう, ご注意, 後悔, トラブル)
AVOIDED = WARNING_ABOUT_ADVERTISER | {"避ける", "控える", "後悔", "トラブル", "失敗", "被害"}
# the advertiser named in the sentence (当院, 当クリニック, 弊社, 私たち)
_ADVERTISERS = ("当院", "当クリニック", "当店", "当社", "弊社", "私たち", "わたしたち", "当サロン", "当薬局")
# third parties a page warns its reader about (業者, 店, 広告, 勧誘)
WARNED_PARTIES = frozenset(
    {"業者", "店", "店舗", "会社", "広告", "勧誘", "販売", "サイト", "商法", "セールス", "事業者", "相手", "人"}
)


@_once_a_sentence
def _names_the_advertiser(tokens):
    """Whether the sentence names the advertiser (当院, 当クリニック, 弊社, 私たち)."""
    text = "".join(t.surface_form for t in tokens)
    return any(word in text for word in _ADVERTISERS)


def _luring(tokens, end):
    """The span, with what follows it up to に, is what lures someone: 期間限定の割引につられて (the noun phrase may go on
    past the span: 割引 of 期間限定の割引)."""
    n = len(tokens)
    j = end
    while j < n and (tokens[j].pos == "名詞" or tokens[j].surface_form == "の") and j - end < 6:
        j += 1
    if not (j + 1 < n and tokens[j].surface_form == "に" and _lemma(tokens[j + 1]) in LURED):
        return False
    # the sentence ends asking to avoid or beware (避けましょう, ご注意ください, つられないように…しましょう); a boast
    # may use the same words elsewhere (後悔のない仕上がり, 無理に契約させずに: from the review)
    text = "".join(t.surface_form for t in tokens[j + 1 :])
    asked = any(w in text for w in ("ましょう", "ください", "下さい"))
    last = [t for t in tokens if t.pos in ("動詞", "名詞") and t.pos_detail_1 not in ("非自立", "接尾")]
    avoided = bool(last) and _lemma(last[-1]) in AVOIDED
    return asked and (avoided or "ないよう" in text or "られないで" in text)


def _of_a_party_warned_about(tokens, end):
    """The span is in a clause that describes a third party the reader is warned about (期間限定の割引で契約を急がせる
    業者には、ご注意ください; 〜を勧める勧誘に気をつけましょう): a noun of WARNED_PARTIES after the span in the same clause,
    then に / には / を and a word of caution (WARNING_ABOUT_ADVERTISER) within a few words."""
    n = len(tokens)
    if _names_the_advertiser(tokens):
        return False  # 当院は初回半額、…業者にはご注意を: the advertiser's offer beside its warning (from the review)
    for j in range(end, min(n, end + 14)):
        t = tokens[j]
        if t.surface_form in ("。", "！", "？", "!", "?", "、", ","):
            return False  # the party must be what the span's clause describes, not a clause after a comma
        if _lemma(t) in WARNED_PARTIES and t.pos == "名詞" and j + 1 < n and tokens[j + 1].surface_form in ("に", "を"):
            after = tokens[j + 1 : j + 7]
            return any(_lemma(u) in WARNING_ABOUT_ADVERTISER for u in after)
    return False


# (thirty-first session) nouns of a scheme's scope: the span that modifies one is what the scheme covers (ポイント付与の
# 対象, 割引の適用, 保証の範囲)
SCOPE_NOUNS = frozenset({"対象", "適用", "範囲", "対象者"})


_CAVEAT_NOUNS = frozenset(("条件", "手数料", "追加", "費用", "料金", "トラブル", "違約", "解約", "代金"))
_TERMS = frozenset(
    ("条件", "規約", "契約", "契約書", "内容", "費用", "料金", "総額", "解約", "説明", "見積もり", "リスク")
)
_HURRY = (
    "！",
    "!",
    "今すぐ",
    "お急ぎ",
    "急いで",
    "早め",
    "お早めに",
    "先着",
    "限定",
    "早い者勝ち",
    "♪",
    "当院",
    "当クリニック",
    "当社",
    "弊社",
    "当店",
    "当サロン",
)


def _conceded_and_cautioned(tokens, text):
    """(thirty-second session, narrowed by its review) What an offer or a claim seems to give is conceded (〜でも、,
    〜ても、, with the comma) and the main clause, one clause with no comma, is only a warning against it: a cost or a
    trouble that may follow (2回目以降に高額な費用がかかる場合があります), conditions (条件があります), no need to hurry or
    leave to refuse (契約を急ぐ必要はありません, 断って構いません), a check of the terms asked (契約内容を確認しましょう).
    The page answers what it names. With the advertiser, an exclamation or a call to hurry anywhere in the sentence it
    sells instead; a 〜でも that concedes nothing (誰でも, テレビでも紹介) has no comma after it. The review of the first
    version passed 50 of 80 advertisements through it: the ad's own claim before a stock caveat, でも without a comma,
    checks of testimonials, hurry words it lacked."""
    if any(mark in text for mark in _HURRY):
        return False
    cut = None
    for i in range(len(tokens) - 2):
        conceding = tokens[i].surface_form == "でも" or (
            tokens[i].surface_form in ("て", "で") and tokens[i + 1].surface_form == "も"
        )
        if conceding:
            k = i + (1 if tokens[i].surface_form == "でも" else 2)
            if k < len(tokens) and tokens[k].surface_form in ("、", "，", ","):
                cut = k + 1
            break
    if cut is None:
        return False
    main = tokens[cut:]
    if any(t.surface_form in ("、", "，", ",") for t in main):
        return False  # the warning must be the whole main clause: 確実に治りますが、追加費用が…場合があります sells
    lemmas = [_lemma(t) for t in main]
    surfaces = [t.surface_form for t in main]
    joined = "".join(surfaces)
    denied = any(is_negation(t) for t in main)
    possible = any(
        lemmas[k] in ("場合", "こと") and surfaces[k + 1] in ("が", "も") and lemmas[k + 2] == "ある"
        for k in range(len(main) - 2)
    )
    # a cost that may follow, not a price that may fall (料金が無料になる場合があります)
    lure = any(w in joined for w in ("無料", "半額", "0円", "０円", "割引", "安く", "お得"))
    if possible and not denied and not lure and any(c in joined for c in _CAVEAT_NOUNS):
        return True  # 高額な費用がかかる場合があります
    if "条件" in lemmas and "ある" in lemmas and not denied and not lure:
        return True  # 解約の条件があります
    if ({"急ぐ", "焦る"} & set(lemmas) and "必要" in lemmas and denied) or (
        "断る" in lemmas and {"構う", "いい", "よい", "大丈夫"} & set(lemmas)
    ):
        return True  # 契約を急ぐ必要はありません, 断って構いません
    # a check of the terms (契約内容を確認しましょう); a check of testimonials or photos presents them
    return _asks_a_check(main) and "相談" not in lemmas and bool(set(lemmas) & _TERMS)


def _asks_a_check(tokens):
    """Whether the words ask the reader to check, confirm or beware (確認しましょう, ご注意ください, 気をつけましょう)."""
    lemmas = {_lemma(t) for t in tokens}
    text = "".join(t.surface_form for t in tokens)
    return bool(lemmas & ({"確認", "注意", "気をつける", "気を付ける", "見極める", "相談"})) and any(
        w in text for w in ("ましょう", "ください", "下さい")
    )


def _out_of_scope(tokens, end):
    """1 when the span ending at ``end`` modifies a noun of scope that is denied (ポイント付与の対象外です, 割引の対象では
    ありません, 返金の対象にはなりません): the page says the offer does not apply; else 0. The negation of the scope
    noun's own predicate passes to what it covers (from the corpora: 〜は、ポイント付与の対象外です read as a lure)."""
    n = len(tokens)
    if not (end + 1 < n and tokens[end].surface_form == "の" and _lemma(tokens[end + 1]) in SCOPE_NOUNS):
        return 0
    j = end + 2
    if j < n and tokens[j].surface_form == "外" and tokens[j].pos_detail_1 == "接尾":
        j += 1
        # the sentence's own predicate (〜の対象外です, 〜の対象外となります), not a clause on a noun (対象外となる方は…)
        rest = [t for t in tokens[j:] if t.pos != "記号"]
        return 1 if all(t.pos in ("助動詞", "助詞") or _lemma(t) in ("なる", "成る") for t in rest) else 0
    rest = tokens[j : j + 6]
    if any(t.surface_form in ("、", "，", ",") for t in rest):
        return 0
    negated = any(is_negation(t) for t in rest)
    after = [t for t in tokens[j:] if t.pos != "記号"]
    final = all(t.pos in ("助動詞", "助詞") or _lemma(t) in ("ある", "有る", "なる", "成る") for t in after)
    return 1 if negated and final else 0


def _voice_of_the_service(quote):
    """(thirty-fifth session) The quoted words praise or blame only the service, the building or a product's make: each
    subject or topic (the noun before が, は or も) is one of SERVICE_SUBJECTS, and no word of health stands in the
    quotation (「受付の対応が丁寧だった」, 「食堂が明るい」; not 「先生のおかげで楽になった」, 「人生が変わった」,
    「チョコ味が飲みやすい」, whose 飲む is of health)."""
    from .medical import medical_words

    subjects = [
        _lemma(quote[i - 1])
        for i in range(1, len(quote))
        if quote[i].surface_form in ("が", "は", "も") and quote[i].pos == "助詞" and quote[i - 1].pos == "名詞"
    ]
    return bool(subjects) and all(s in SERVICE_SUBJECTS for s in subjects) and not medical_words(quote)


def stance(tokens, span, through_arguments=True):
    """The Stance of ``tokens[span[0]:span[1]]`` in the sentence ``tokens`` (white space removed);
    ``through_arguments``: see _governing."""
    first, end = span
    cut = _overstatement_tail(tokens, end)
    if cut is not None:
        tokens = tuple(tokens[:cut])
    count, own_end, k, governing = _governing(tokens, _past_coordination(tokens, end), through_arguments)
    count += _out_of_scope(tokens, end)
    reported = voice = testimony = False
    bounds = None  # the sentence's first and last words, read once and only for a span inside a quotation
    for open_, close in _quote_spans(tokens):
        # (a span may begin on the opening quote itself: 「医師がすすめる」 is inside the quotation)
        if open_ <= first and end <= close and first < close:
            kind = _after_quote(tokens, close)
            before = {_lemma(t) for t in tokens[max(0, open_ - 4) : open_]}
            if (
                kind in ("signed", "voiced")
                or (before & TESTIMONY_BEFORE and open_ and tokens[open_ - 1].surface_form in (":", "：", "、"))
                or _named_as_testimony(tokens, open_, close)
                or _bare_quote(tokens, open_, close, bounds := bounds or _word_bounds(tokens))
                or _patient_speaker(tokens, open_, close)
                or _speaker_label(tokens, open_)
                or (open_ and tokens[open_ - 1].surface_form in (":", "：") and _labelled_testimony(tokens, open_))
                or _pictograph_label(tokens, open_)
            ) and not _voice_of_the_service(tokens[open_ + 1 : close]):
                voice = True
            testimony = testimony or kind == "testimony"  # 「…よくなった」と話す方: of an effect only
            reported = reported or kind != "slogan"
        # (fifteenth round) a span that runs into a quotation named as a wording (当院では「完治」という言葉は
        # 使いません): the quoted word is mentioned, so the claim the span would make is not the page's
        # (real web text) or into a quotation reported as someone's slogan (巷には「〜で改善!」とうたう院が多い)
        elif first < open_ < end - 1 < close and (_named_wording(tokens, close) or _reported_after(tokens, close + 1)):
            reported = True
    # (real web text) a word named as a wording without quotes (割引やキャンペーンの言葉が目に入ります): mentioned
    if not reported and end > first and _named_wording(tokens, end - 1, bare=True):
        reported = True
    if not reported:
        voice = voice or _labelled_testimony(tokens, first) or (_signed(tokens) and not _quoted_warning(tokens))
    testimony = testimony or voice or (not reported and _narrated(tokens)) or _patients_said(tokens, end)
    # (twelfth round) a voice quoted to be distrusted is no testimony the page gives:
    # 「効いた」という感想をうのみにせず, 「…」という声に惑わされないで
    if (voice or testimony) and _lemma_set(tokens) & STRONG_CAUTION:
        voice = testimony = False
    # (twenty-first session) a voice discussed (〜という声について：) is mentioned; the words after it are the page's own,
    # no voice either (本品は医薬品ではなく…), whose claims the other rules read
    discussed = _voice_discussed(tokens)
    if discussed is not None and (voice or testimony or not reported):
        voice = testimony = False
        reported = reported or end <= discussed
    # (fifteenth round) a voice named as the sentence's topic and set apart from evidence is discussed, not
    # given: 「…」という口コミは一人の感想にすぎず、医学的な根拠とは別のものです
    if (voice or testimony) and _set_apart_from_evidence(tokens):
        voice = testimony = False
        reported = True
    # (seventh session) what the reader is told not to decide by alone is warned about, whether a voice, a quotation
    # or material named (「ぐっすり眠れた」という声だけで治療法を選ばないようにしましょう)
    if _warned_not_to_decide_by(tokens, end) or _aimed_at(tokens, end) or consumed_by_the_reader(tokens, end):
        voice = testimony = False
        reported = True
    # (thirty-first session) what lures someone (〜の割引につられて契約する) or what a third party the reader is warned about
    # does (〜で契約を急がせる業者にはご注意ください) is described, not offered
    if _luring(tokens, end) or _of_a_party_warned_about(tokens, end):
        reported = True
    # (thirteenth round) a voice the clinic acted on is its service's history, not evidence it gives:
    # 「注射が痛かった」というお声をいただいたため、麻酔の方法を見直しました
    if _acted_on(tokens):
        voice = testimony = False
        reported = True
    if not reported:
        reported = (
            _denied_saying(tokens, own_end)
            or _advertised_by_another(tokens, end)
            or _reported_after(tokens, own_end)
            or _reported_after(tokens, k)
            or _warning_sentence(tokens)
            or _attributed(tokens)
        )
    return Stance(
        negations=count,
        negated=count % 2 == 1,
        reported=reported,
        # (sixth session) the span's own noun phrase asked as "whether" (有名人の来院の有無については…)
        # (sixteenth session) not what the reader is asked whether they know: that is presupposed (〜って知っていましたか？)
        question=(_question(tokens, k) or _whether_of(tokens, end))
        and not _presupposed(tokens, end)
        and not _headline_teaser(tokens, end),
        conditional=_conditional(tokens, end, own_end),
        hedged=_hedged(tokens, own_end)
        or ((_is_topic(tokens, own_end) or _continued(tokens, own_end)) and _tail_hedged(tokens, own_end))
        or _clause_hedged(tokens, own_end)
        or _balanced(tokens, own_end)
        or _some_among(tokens, own_end),
        testimony=testimony,
        voice=voice,
        prohibition=_prohibition(tokens, end),
        cautionary=_cautionary(tokens, own_end),
        wished=_wished(tokens, own_end) or _wished(tokens, k),
        observation=_observation(tokens, governing, k),
    )
