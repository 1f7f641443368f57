"""What a sentence does, read from its grammar: states, asks, requests, greets, refers to the page.

``read(text)`` returns a ``Reading`` of one sentence (its citation roles
already removed). Japanese is read on the tokenizer (fugashi + IPADIC): the
final predicate gives the mood, its head verb what a request asks for.
English, which has no tokenizer here, is read from the first and last words
and closed classes of words (auxiliaries, abbreviations of address).

Moods (``Reading.mood``):

- ``question``: the sentence ends in ？ or ?, in the particle か (〜ますか。,
  〜でしょうか。, 〜ありませんか。), or in 〜でしょう / 〜だろう with an
  interrogative word (何, なぜ, どう, いつ, いかが, ...);
- ``request``: the final predicate is an imperative of くださる / なさる
  (〜てください, ご〜ください, 〜ないでください), or a verb + ない + こと at the end
  (〜しないこと。); or a recommendation put as a question (〜てみてはいかがでしょうか,
  〜してはどうですか, Why not try …?, Why don't you …?, Have you thought about / considered / tried
  …ing?), whose head is the verb
  before 〜ては;
- ``volitional``: the final predicate ends in the volitional auxiliary う / よう
  (〜ましょう, 〜てみよう); English "Let's …"; or an invitation, a verb of an act + 〜ませんか
  (休ませてみませんか; 〜はありませんか, 〜ていませんか on a state stay questions);
- ``statement``: anything else.

``head`` is the lemma of the final predicate's head: the last independent verb
(a サ変 noun before する counts: 相談しておきましょう → 相談; ご相談ください →
相談; 参考にしてください → 参考), or the last content word before the final
auxiliaries. ``predicate`` is False when the sentence ends in a noun phrase
(a label such as 治療期間 or 食事療法（塩分・たんぱく質）).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)

# Interrogative words that make 〜でしょう / 〜だろう a question (a closed class).
INTERROGATIVES = frozenset(
    {
        "何",
        "なに",
        "なん",
        "なぜ",
        "どう",
        "どうして",
        "どの",
        "どんな",
        "どれ",
        "どれくらい",
        "どのくらい",
        "どのよう",
        "どちら",
        "いつ",
        "どこ",
        "誰",
        "だれ",
        "いかが",
        "いくつ",
        "いくら",
    }
)
# Sentence-final particles that address the reader (〜くださいね, 〜ですよ): read the mood before them.
# か, かな, かしら are not among them: they ask.
ADDRESS_PARTICLES = frozenset({"ね", "ねえ", "よ", "よね", "わ"})  # not な: 飲むな forbids
# Auxiliaries of politeness and tense after an interjection: おめでとう+ござい+ます, お疲れさま+でし+た.
COURTESY_AUXILIARIES = frozenset({"ござる", "ます", "です", "た", "だ"})
# Nouns that make a conditional clause before は / に (〜場合は, 〜ときは, 〜際には).
CONDITION_NOUNS = frozenset({"場合", "とき", "時", "際", "折"})
# Particles that quote a clause before a noun of condition (〜、といったときは, 〜というときは, 〜などのときは is a noun)
QUOTING_BEFORE_CONDITION = frozenset({"といった", "という", "って"})
# Auxiliary verbs that only extend the head verb (〜てみる, 〜ていく, 〜ておく, 〜てしまう, 〜始める, ...).
NONHEAD_VERBS = frozenset(
    {
        "いく",
        "くる",
        "みる",
        "おく",
        "しまう",
        "いる",
        "ある",
        "もらう",
        "いただく",
        "くださる",
        "なさる",
        "始める",
        "続ける",
        "出す",
        "すぎる",
        "過ぎる",
        # aspect of a compound verb: 読み進める, 飲み終える, 見直す, 読み返す, 読み通す (the first verb is the head)
        "進める",
        "終える",
        "終わる",
        "直す",
        "返す",
        "通す",
    }
)
# Nouns of a plan after a verb (〜する予定です, 〜する見込みです): the head is the verb.
PLAN_NOUNS = frozenset({"予定", "見込み", "つもり"})
# The potential of the benefactive いただく: ご覧いただけます, ご相談いただけます (the reader may do it).
OFFER_AUXILIARIES = frozenset({"いただける", "頂ける"})
ENGLISH_AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "can",
        "cannot",
        "can't",
        "could",
        "may",
        "might",
        "will",
        "won't",
        "would",
        "shall",
        "should",
        "must",
        "do",
        "does",
        "did",
        "don't",
        "doesn't",
        "didn't",
        "has",
        "have",
        "had",
        "hasn't",
        "haven't",
    }
)


@dataclass
class Reading:
    text: str
    lang: str  # ja | en
    mood: str = "statement"  # statement | question | request | volitional
    invitation: bool = False  # volitional as 〜ませんか: the reader is asked to act (the writer does not join)
    predicate: bool = True  # False: the sentence ends in a noun phrase (a label)
    finite: bool = True  # False: it ends in a non-final form (〜たら, 〜て, 〜ので): a subordinate clause
    head: str = ""  # lemma of the final predicate's head
    negative: bool = False  # the final predicate is negated (〜ない, 〜ません, 〜ないでください)
    tokens: tuple = ()
    lemmas: frozenset = field(default_factory=frozenset)  # lemmas (and surfaces) of every word
    first_word: str = ""  # English: the first word, lower case (after "please")
    interjection: bool = False  # a 感動詞 (ようこそ, ありがとう) is a predicate of the sentence
    humble: bool = False  # the head is a humble お〜する / ご〜する (お話しします): the writer speaks
    greets: bool = False  # the final predicate is an interjection (おめでとうございます, お疲れさまでした)
    addressee: bool = False  # a salutation without a predicate: 〜の皆さまへ, ご家族の方へ
    subject: frozenset = field(default_factory=frozenset)  # English: the words before the first auxiliary
    condition: str = ""  # a conditional clause with a predicate (〜があるときは, if you have ...), or ""
    condition_words: frozenset = field(default_factory=frozenset)  # its lemmas (English: its words)
    condition_subjects: frozenset = field(default_factory=frozenset)  # nouns before が/は/も in it (English: its words)
    # Japanese: the sentence stands under a condition or a circumstance: a conditional clause, or a noun of condition
    # (CONDITION_NOUNS) before は / に after any phrase (発作のときは, 〜といった場合には)
    circumstance: bool = False
    offer: bool = False  # the final predicate is 〜いただけます: the reader is offered the action (ご覧いただけます)
    courteous: bool = False  # the predicate is in an institution's humble register: 〜いたします, 〜しております
    wish: bool = False  # the sentence ends in a wish: 〜ますように (元気にお過ごしになれますように)
    shared: bool = False  # the sentence ends in 〜ますよね / 〜ですよね: a feeling shared with the reader
    rhetorical: bool = False  # the sentence ends in 〜のではないでしょうか: an opinion put as a negative question
    # the sentence recommends a verb phrase in the writer's voice (受診することをお勧めします, 相談したほうがよいでしょう):
    # where the frame after the phrase begins in the text (its noun: こと, ほう, の; 0: no frame); the mood is then
    # "request" and the head the phrase's verb
    advice_at: int = 0
    topic: tuple = ()  # Japanese: the tokens of the noun phrase before the first は / が (the topic or subject)
    topic_end: int = 0  # Japanese: the index of the token after the topic's particle (0: no topic)
    topic_text: str = ""  # that phrase as written (English: the words before the first finite auxiliary)

    @property
    def advice(self):
        """The frame of a recommendation in the writer's voice as written (ことをお勧めします), or ""."""
        return self.text[self.advice_at :].rstrip("。．.！!　 \n") if self.advice_at else ""


def is_japanese(text):
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def core_text(text):
    """The sentence without enclosing brackets: （…。） → …。"""
    stripped = text.strip()
    pairs = {"（": "）", "(": ")", "［": "］", "[": "]"}
    while len(stripped) >= 2 and stripped[0] in pairs and stripped[-1] == pairs[stripped[0]]:
        inner = stripped[1:-1].strip()
        if pairs[stripped[0]] in inner and stripped[0] not in inner:
            break  # （a）と（b） is not one bracketed sentence
        stripped = inner
    return stripped


@lru_cache(maxsize=4096)
def read(text):
    """The Reading of one sentence."""
    core = core_text(text)
    if is_japanese(core):
        return _read_japanese(core)
    return _read_english(core)


def _content(tokens):
    """Tokens without punctuation, brackets, spaces and bracketed asides at the end."""
    out = list(tokens)
    while out:
        last = out[-1]
        if last.pos == "記号":
            # (ninth session) IPADIC tags a run of symbols as one token: ")。" closes an aside too
            if last.pos_detail_1 in ("括弧閉",) or last.surface_form in ("）", ")") or last.surface_form[0] in "）)":
                depth, i = 0, len(out) - 1
                while i >= 0:  # drop the bracketed aside at the end: 食事療法（塩分・たんぱく質）
                    surface = out[i].surface_form
                    if out[i].pos == "記号" and surface[0] in "）)":
                        depth += 1
                    elif surface in ("（", "("):
                        depth -= 1
                        if depth == 0:
                            break
                    i -= 1
                out = out[:i] if i > 0 else out[:-1]
                continue
            out.pop()
            continue
        break
    return out


def main_clause_words(tokens):
    """The words of a sentence up to its final predicate: no punctuation and no bracketed aside at the end (the
    aside is a sentence of its own: 〜説明をいたします（〜場合もあります）。)."""
    return [t for t in _content(tokens) if t.pos != "記号"]


def _read_japanese(text):
    from ..japanese.tokenizer import tokenize

    tokens = tokenize(text)
    reading = Reading(
        text,
        "ja",
        tokens=tokens,
        lemmas=frozenset(t.basic_form if t.basic_form != "*" else t.surface_form for t in tokens)
        | frozenset(t.surface_form for t in tokens),
    )
    stripped = text.rstrip("。．.！!　 \n")
    words = _content(tokens)
    if not words:
        reading.predicate = False
        return reading
    addressed = False  # (tenth session) a particle of address before ？ makes it a tag (〜ですよね？), no question
    while len(words) > 1 and words[-1].pos == "助詞" and words[-1].surface_form in ADDRESS_PARTICLES:
        words = words[:-1]  # 〜てくださいね, 〜ましょうね: the particle addresses the reader, the mood is before it
        addressed = True
    last = words[-1]
    reading.interjection = any(t.pos == "感動詞" for t in words)
    reading.greets = _greets(words)
    reading.shared = _shared_feeling(tokens)
    # a clause quoted as a name (次の節「結果が届いたら」へ) is no condition of the sentence
    reading.condition, reading.condition_words, reading.condition_subjects = _japanese_condition(unquoted(words))
    reading.circumstance = bool(reading.condition) or _circumstance_noun(words)
    suggestion = _suggestion(words)
    # 〜ほうがよいのではないでしょうか: a negative question on a proposition (のでは) puts the writer's opinion
    # softly; the mood stays a question (〜方も多いのではないでしょうか is empathy), and claims.py reads advice in it
    reading.rhetorical = bool(_rhetorical_question(words))
    # a question mark keeps the question (病院に行ったほうがいい？: the reader asking, from the review)
    advised = 0 if suggestion or _asks_by_mark(text, stripped) else _advice_frame(words)
    if advised:
        # (twenty-fifth session) 〜ことをお勧めします, 〜ほうがよいでしょう: a recommendation in the writer's voice is
        # a request put politely, as 〜てはいかがでしょうか is; its head is the verb it recommends
        reading.mood = "request"
        reading.advice_at = words[advised].start
        words = words[:advised]
    elif suggestion:
        # 〜てみてはいかがでしょうか, 〜してはどうでしょう: a recommendation put as a question is advice (a
        # request), not a question; its head is the verb before 〜ては
        reading.mood = "request"
        words = words[:suggestion]
    elif _invitation(words):
        # 〜てみませんか, 〜しませんか: a negative question on an act of the reader is an invitation to do it
        # (advice, read as 〜ましょう), not a question; 〜はありませんか, 〜ていませんか ask about a state
        reading.mood = "volitional"
        reading.invitation = True
        words = words[:-3]
    elif _asks_by_mark(text, stripped) and not addressed and not _requested(words):
        reading.mood = "question"
    elif last.surface_form in ("か", "かな", "かしら") and last.pos == "助詞":
        reading.mood = "question"
    elif last.basic_form == "う" and len(words) > 1 and words[-2].basic_form in ("です", "だ") and _asks(words):
        reading.mood = "question"
    elif last.basic_form in ("くださる", "なさる", "下さる") and last.conjugated_form.startswith("命令"):
        reading.mood = "request"
    elif last.surface_form in _REQUEST_WORDS:
        reading.mood = "request"
    elif _clipped_prohibition(words):
        reading.mood = "request"  # 無理に取らないで！: 〜ないでください with ください left out
    elif last.basic_form == "どうぞ" and last.pos == "副詞" and len(words) > 1:
        reading.mood = "request"  # 〜までどうぞ: the request's verb is left out
    elif (
        last.basic_form == "こと"
        and len(words) > 2
        and words[-2].basic_form == "ない"
        and words[-3].pos == "動詞"
        # 〜てはいけないこと, 〜なければならないこと: a modal of duty before こと names the things one must (not)
        # do, a noun phrase (a header, a heading), not the instruction 〜しないこと
        and not (words[-3].basic_form in ("いける", "なる") and len(words) > 3 and words[-4].surface_form in _DUTY)
    ):
        reading.mood = "request"  # 〜しないこと。 (an instruction written as a noun)
    elif (
        last.basic_form in ("う", "よう")
        and last.pos == "助動詞"
        and len(words) > 1
        and words[-2].basic_form not in ("です", "だ", "た", "ない")
    ):
        reading.mood = "volitional"  # 〜ましょう, 〜てみよう; 〜でしょう and 〜だろう are conjecture
    reading.predicate = last.pos in ("動詞", "形容詞", "助動詞", "感動詞") or (
        last.pos == "助詞" and last.pos_detail_1 in ("終助詞", "副助詞／並立助詞／終助詞")
    )
    if reading.mood == "request" and (last.basic_form == "こと" or _clipped_prohibition(words)):
        reading.predicate = True
    reading.finite = reading.mood != "statement" or (
        (last.pos in ("動詞", "形容詞", "助動詞") and last.conjugated_form.startswith(("基本形", "命令")))
        or (last.pos == "助詞" and last.pos_detail_1 in ("終助詞", "副助詞／並立助詞／終助詞"))
    )
    # 〜かもしれません is a hedge of possibility, negative in form only: the predicate is the one before it
    core = _unhedged(words)
    reading.negative = any(t.basic_form in ("ない", "ぬ", "ん") and t.pos == "助動詞" for t in core[-4:])
    reading.head = _head(core)
    if reading.head in ("かける", "掛ける", "かけ", "掛け") and "声" in reading.lemmas:
        reading.head = "声をかける"  # speak to someone (お声をおかけください)
    reading.addressee = last.surface_form == "へ" and last.pos == "助詞" and len(words) > 1 and words[-2].pos == "名詞"
    reading.humble = _humble(words)
    reading.offer = any(t.basic_form in OFFER_AUXILIARIES and t.pos == "動詞" for t in words[-3:]) or stripped.endswith(
        ("いただけます", "頂けます")
    )  # IPADIC splits お申し付けいただけます as 申し付け+い+た+だけ+ます
    reading.courteous = _courteous(words)
    # 〜ますように, 〜ませんように: 〜ように alone is a purpose or a manner
    before_you = words[-4] if len(words) > 3 and words[-3].basic_form == "ん" else words[-3] if len(words) > 2 else None
    reading.wish = (
        before_you is not None
        and words[-1].surface_form == "に"
        and words[-2].basic_form == "よう"
        and before_you.basic_form == "ます"
    )
    reading.topic, reading.topic_end = _topic(words)
    reading.topic_text = "".join(t.surface_form for t in reading.topic)
    planned = _planned(words)
    if reading.head in PLAN_NOUNS and planned:
        reading.head = planned  # 開催を予定しています: a plan of holding is holding, planned
    return reading


_HEDGE = ("か", "も", "しれる")


def _unhedged(words):
    """The words without a final 〜かもしれない / 〜かもしれません (and a copula or です after it)."""
    end = len(words)
    while (
        end > 0 and words[end - 1].basic_form in ("ない", "ん", "ます", "です", "ぬ") and words[end - 1].pos == "助動詞"
    ):
        end -= 1
    forms = tuple(t.basic_form for t in words[:end])
    for hedge in (("かも", "しれる"), _HEDGE):  # IPADIC reads かも as one particle or as か + も
        if len(forms) > len(hedge) and forms[-len(hedge) :] == hedge:
            return words[: end - len(hedge)]
    return words


def _clipped_prohibition(words):
    """The sentence ends in a verb + ないで (取らないで, かかないでね): a prohibition in the clipped imperative."""
    return (
        len(words) > 2
        and words[-1].surface_form == "で"
        and words[-1].pos == "助詞"
        and words[-2].basic_form == "ない"
        and words[-2].pos == "助動詞"
        and words[-3].pos == "動詞"
    )


# Verbs of a state, a change, an ability or a perception: 〜ませんか on them asks (痛みはありませんか,
# 気になりませんか, 眠れていませんか), it does not invite.
STATE_VERBS = frozenset(
    {
        "ある",
        "いる",
        "おる",
        "いらっしゃる",
        "なる",
        "できる",
        "わかる",
        "分かる",
        "困る",
        "思う",
        "感じる",
        "気づく",
        "見える",
        "聞こえる",
        "覚える",
        "忘れる",
        "残る",
        "続く",
        "起こる",
        "起きる",
        "出る",
    }
)


def _invitation(words):
    """True when the sentence ends in a verb + ません + か (休ませてみませんか, 歩きませんか) whose verb is an act,
    not a state (STATE_VERBS)."""
    if len(words) < 4:
        return False
    ka, n, masu, verb = words[-1], words[-2], words[-3], words[-4]
    if not (ka.surface_form == "か" and ka.pos == "助詞" and n.basic_form == "ん" and masu.basic_form == "ます"):
        return False
    if verb.pos != "動詞" or verb.basic_form in STATE_VERBS or verb.pos_detail_1 == "接尾":
        return False
    # (forty-ninth session) a verb that judges a condition is no act offered: 飲み続けなければいけませんか,
    # 飲まないといけませんか, 飲んではいけませんか ask whether something is required or forbidden
    before = words[-5] if len(words) > 4 else None
    # (only いける: 時間があれば歩きませんか is an invitation whose condition is a clause of its own, from the final review)
    if before is not None and before.pos == "助詞" and verb.basic_form == "いける":
        if before.pos_detail_1 == "接続助詞" and before.basic_form in ("ば", "と"):
            return False
        if before.basic_form in ("は", "も") and len(words) > 5 and words[-6].surface_form in ("て", "で"):
            return False
    return True


def _suggestion(words):
    """The index of the て / で of 〜ては / 〜では before いかが or どう at the end of a question (試して
    みてはいかがでしょうか, 相談してはどうですか), or 0. The verb before it is what is recommended."""
    for i in range(len(words) - 2, 0, -1):
        if words[i].basic_form in ("いかが", "どう") and words[i - 1].surface_form == "は":
            before = words[i - 2] if i > 1 else None
            if before is not None and before.surface_form in ("て", "で") and before.pos == "助詞":
                rest = words[i + 1 :]  # only the copula, conjecture and the question may follow
                if all(t.pos in ("助動詞", "助詞") for t in rest):
                    return i - 2
            return 0
    return 0


# what may follow the frame's noun: 〜ことをお勧めします, 〜ことがおすすめです, 〜のがおすすめです; 〜ほうが / 方が / のが
# よいでしょう. The writer's own recommendation is polite: お/ご or いたします (a society's 〜を勧めます, 〜を勧めています
# reports another's recommendation, from the review), and no past or hearsay follows (よいとされています)
_ADVICE_AFTER_KOTO = re.compile(
    r"を(?:お|ご)(?:勧め|すすめ|奨め|薦め)(?:し|いたし|致し)ます|を(?:勧め|すすめ|奨め|薦め)(?:いたし|致し)ます"
    r"|が(?:お|ご)?(?:勧め|すすめ|奨め|薦め)です"
)
_ADVICE_AFTER_SIDE = re.compile(r"が(?:よい|良い|いい|よろしい)(?:です|でしょう)?")


def _advice_frame(words):
    """(twenty-fifth session) The index of the noun that closes the verb phrase an advice frame recommends in the
    writer's voice, or 0: 〜ことを(お)勧めします / おすすめします (受診されることをお勧めします), 〜ことがおすすめです,
    〜ほうが / 方がよい(でしょう) (早めに受診するほうがよいでしょう), 〜のがよいでしょう. The phrase before the noun
    ends in a verb or an auxiliary (した, しない, される)."""
    for i in range(len(words) - 2, 0, -1):
        token = words[i]
        if token.pos != "名詞":
            continue  # the frame's own words after its noun: を, お, 勧め, し, ます
        if words[i - 1].pos not in ("動詞", "助動詞"):
            continue  # 勧め is a noun too: the frame's noun is the last one after a verb phrase
        rest = "".join(t.surface_form for t in words[i + 1 :] if t.pos != "記号")  # 受診することを、お勧めします
        if token.surface_form in ("こと", "の") and _ADVICE_AFTER_KOTO.fullmatch(rest):
            return i
        if token.surface_form in ("ほう", "方", "の") and _ADVICE_AFTER_SIDE.fullmatch(rest):
            return i
        return 0  # the last noun after a verb phrase is the only candidate
    return 0


def _planned(words):
    """The verbal noun planned by 〜を予定する at the end (開催を予定しています → 開催), or ""."""
    for i in range(len(words) - 1, 1, -1):
        if words[i].basic_form in PLAN_NOUNS and words[i - 1].surface_form == "を":
            noun = words[i - 2]
            if noun.pos == "名詞" and noun.pos_detail_1 == "サ変接続":
                return noun.basic_form if noun.basic_form != "*" else noun.surface_form
            return ""
    return ""


def _shared_feeling(tokens):
    """The sentence ends in a state and よね (つらいですよね, 大変ですよね, 不安になりますよね): the writer
    shares a feeling with the reader. The predicate must be a state (an adjective, an adjectival or a
    verbal noun before です, 〜になる after an adjectival noun); a verb of action or effect (この薬は
    よく効きますよね) states a fact, and words of importance (大切ですよね) give advice."""
    words = [t for t in tokens if t.pos != "記号"]
    if not (len(words) > 3 and [t.surface_form for t in words[-2:]] == ["よ", "ね"]):
        return False
    rest = words[:-2]
    if rest[-1].basic_form not in ("ます", "です"):
        return False
    rest = rest[:-1]
    last = rest[-1]
    if last.basic_form in ("こと", "もの") and last.pos_detail_1 == "非自立" and len(rest) > 2:
        # a state made a noun (苦しいことですよね, 大変なことですよね): the state before こと is the predicate
        rest = rest[:-2] if rest[-2].surface_form == "な" else rest[:-1]
        last = rest[-1]
        if last.pos not in ("形容詞", "名詞") or last.pos_detail_1 not in ("自立", "形容動詞語幹"):
            return False  # a tendency (長引きやすいものですよね: やすい is no feeling) or a thing stays a statement
    if last.basic_form == "なる" and len(rest) > 2 and rest[-2].surface_form == "に":
        last = rest[-3]  # 不安になります
        if last.pos_detail_1 != "形容動詞語幹":
            return False
    elif last.pos == "名詞" and last.pos_detail_1 not in ("形容動詞語幹", "サ変接続"):
        return False
    elif last.pos not in ("形容詞", "名詞"):
        return False
    return (last.basic_form if last.basic_form != "*" else last.surface_form) not in IMPORTANCE


# Words of importance: a shared feeling with one of them (運動は大切ですよね) gives advice.
IMPORTANCE = frozenset({"大切", "重要", "大事", "必要", "肝心", "欠かせる", "欠かせない", "不可欠"})


def unquoted(words):
    """The words outside 「」 and 『』: a quoted title or term is a name inside the sentence."""
    out, depth = [], 0
    for token in words:
        if token.surface_form in ("「", "『"):
            depth += 1
        elif token.surface_form in ("」", "』") and depth:
            depth -= 1
        elif not depth:
            out.append(token)
    return out


def _topic(words):
    """The noun phrase before the first は or が: the topic or the subject (以下の内容は, 外来の予約方法が).

    It runs back from the particle to a comma, a conjunction or the start of the sentence, so a
    relative clause belongs to it (ここに書かれている内容は); 〜については and 〜では mark it too (the
    particle before は is left out). A は that follows a verb or a conjunctive particle (〜ときは,
    〜ては) ends a clause, not a noun phrase, and is skipped.
    """
    for i, token in enumerate(words):
        if token.pos != "助詞" or token.surface_form not in ("は", "が") or i == 0:
            continue
        if token.pos_detail_1 not in ("係助詞", "格助詞"):
            continue
        end = i
        while end > 0 and words[end - 1].pos == "助詞" and words[end - 1].pos_detail_1 == "格助詞":
            end -= 1  # 〜では, 〜には, 〜については: the noun phrase is before the case particle
        quoted = end > 1 and words[end - 1].surface_form in ("」", "』") and words[end - 2].pos == "名詞"
        if end == 0 or (words[end - 1].pos != "名詞" and not quoted):
            continue
        start = end
        while start > 0 and not (
            words[start - 1].pos in ("接続詞", "感動詞") or words[start - 1].surface_form in ("、", "，", ",", "。")
        ):
            start -= 1
        # a title in quotation marks is a noun like any other (次回の「赤ちゃんのスキンケア教室」は): its marks are
        # left out, so the phrase's head is the title's last noun
        if quoted:
            return tuple(t for t in words[start:end] if t.surface_form not in ("「", "」", "『", "』")), i + 1
        return tuple(words[start:end]), i + 1
    return (), 0


def _greets(words):
    """The final predicate is an interjection with only polite or past auxiliaries after it.

    おめでとうございます, お疲れさまでした, こんにちは: the sentence greets; a 感動詞 earlier in a
    sentence (はい、薬は朝に飲みます) does not make the sentence a greeting.
    """
    i = len(words) - 1
    while i > 0 and words[i].pos == "助動詞" and words[i].basic_form in COURTESY_AUXILIARIES:
        i -= 1
    return words[i].pos == "感動詞"


def _circumstance_noun(words):
    """A noun of condition before は / に after any phrase (発作のときは, 外出の際には): a circumstance, whether or
    not a clause with a predicate fills it (the condition proper needs one: see _japanese_condition)."""
    return any(
        t.basic_form in CONDITION_NOUNS
        and t.pos == "名詞"
        and i + 1 < len(words)
        and words[i + 1].surface_form in ("は", "に")
        for i, t in enumerate(words)
    )


def _japanese_condition(words):
    """The conditional clause (〜たら, 〜ば, 〜なら, 〜場合は, 〜ときは), its lemmas and its subjects, when
    it has a predicate (血尿があるときは, 熱が高い場合は); ("", ∅, ∅) for none or a noun only (入院中の場合は)."""
    end = -1
    for i, token in enumerate(words[:-1]):
        if token.pos == "助詞" and token.pos_detail_1 == "接続助詞" and token.basic_form in ("ば", "たら", "だら"):
            end = i
        elif token.pos == "助動詞" and token.surface_form in ("たら", "だら", "なら"):
            end = i
        elif token.basic_form in CONDITION_NOUNS and token.pos == "名詞" and i > 0:
            following = words[i + 1].surface_form
            # a clause ends in a predicate before the noun (熱が高いとき), or is quoted before it (目を開けない、と
            # いったときは: IPADIC reads といった as one particle); 診察のとき is a time, not a condition
            predicate = (
                words[i - 1].pos in ("動詞", "形容詞", "助動詞")
                or words[i - 1].surface_form == "な"
                or (words[i - 1].pos == "助詞" and words[i - 1].surface_form in QUOTING_BEFORE_CONDITION)
            )
            if following in ("は", "に", "には", "、", "も") and predicate:
                end = i
    clause = words[:end] if end > 0 else []  # every clause up to the last condition: 〜ときや、〜ときは
    if not any(t.pos in ("動詞", "形容詞") or t.pos_detail_1 == "形容動詞語幹" for t in clause):
        return "", frozenset(), frozenset()
    lemmas = {t.basic_form if t.basic_form != "*" else t.surface_form for t in clause}
    surface = "".join(t.surface_form for t in clause)
    lemmas |= {phrase for phrase in ("気になる", "気がかり") if phrase in surface}
    # the subjects of the condition: nouns before が / は / も / や (気になる症状があるときは → 症状)
    subjects = {
        clause[i - 1].basic_form if clause[i - 1].basic_form != "*" else clause[i - 1].surface_form  # サプリメント
        for i in range(1, len(clause))
        if clause[i].pos == "助詞"
        and clause[i].surface_form in ("が", "は", "も", "や")
        and clause[i - 1].pos == "名詞"
        and (clause[i].surface_form != "や" or _listed_subject(clause, i))
    }
    return surface, frozenset(lemmas), frozenset(subjects)


# 〜のではないでしょうか / 〜んじゃないか; without the nominaliser (group 1) the form needs a na-adjective before it
_RHETORICAL = re.compile(
    r"(?P<nominal>の|ん)?(?:では|じゃ)(?:ない|ありません)(?:でしょう|だろう|です)?か？?$"
    # (tenth session) the same without か, its ？ closing it: 〜方がいいのでは？, 〜てもいいんじゃない？
    r"|(?P<short>の|ん)(?:では|じゃ)(?:ない)?$"
)


def _asks_by_mark(text, stripped):
    """The sentence ends in ？ or ?, or (tenth session) is quoted whole and its quotation ends in one: 『前日どう過ごせば
    いいの?』, the reader's own voice put as the page's hook (not 医師は「…くださいね？」, quoted after its subject)."""
    if stripped.endswith(("？", "?")):
        return True
    return text.lstrip()[:1] in "「『“" and stripped.rstrip("」』”").endswith(("？", "?"))


_QUOTES = {"「": "」", "『": "』", "“": "”"}
# what may follow a quotation that makes the whole sentence: its closing marks (「…」。, 「…不安…」…)
AFTER_QUOTE = "。．.！!？?…‥ 　"


def quoted_whole(text):
    """(eleventh session) The sentence is one quotation and nothing else: 「最近もの忘れが激しい…」, 『マンガで学ぶ…』。
    Not two quotations (「…」「…」), nor a quotation with its speaker or verb (「…」と話す, 医師は「…」)."""
    stripped = text.strip().rstrip(AFTER_QUOTE)
    if len(stripped) < 2 or stripped[0] not in _QUOTES:
        return False
    opener, closer, depth = stripped[0], _QUOTES[stripped[0]], 0
    for i, ch in enumerate(stripped):
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return i == len(stripped) - 1
    return False


# the last word of a request (〜てください, 〜しなさい)
_REQUEST_WORDS = ("ください", "下さい", "なさい")


def _requested(words):
    """(tenth session) The sentence's last words are a request or a volitional before its ？ (飲んでくださいね？,
    しましょうね？): a tag on the request, not a question."""
    last = words[-1]
    if last.surface_form in _REQUEST_WORDS:
        return True
    return last.basic_form == "う" and len(words) > 1 and words[-2].surface_form == "ましょ"


def _rhetorical_question(words):
    """The index of the の / ん of 〜のではないでしょうか, 〜んじゃないか at the end, or of the na-adjective of
    〜しておくと安心ではないでしょうか (an evaluation put the same way), or 0."""
    surfaces = [t.surface_form for t in words]
    tail = "".join(surfaces)
    match = _RHETORICAL.search(tail)
    if not match or len(words) < 3:
        return 0
    nominal = match.group("nominal") or match.group("short")
    length = 0
    for i in range(len(words) - 1, 0 if nominal is None else -1, -1):
        length += len(surfaces[i])
        if nominal is not None and length >= len(tail) - match.start():
            return i
        if nominal is None and length == len(tail) - match.start():
            return i - 1 if words[i - 1].pos_detail_1 == "形容動詞語幹" else 0
    return 0


def _listed_subject(clause, i):
    """The noun before や at i is listed with a subject: the phrase after it ends in が / は / も (頭痛や吐き気が
    あるときは), not in another case (学校や職場に提出する書類: a place in a relative clause)."""
    for token in clause[i + 1 :]:
        if token.pos == "助詞" and token.surface_form != "や":
            return token.surface_form in ("が", "は", "も")
        if token.pos != "名詞":
            return False
    return False


def _humble(words):
    """The final predicate is a humble form お〜する / ご〜する / お〜いたす (お話しします, ご説明します)."""
    for i in range(len(words) - 1, 0, -1):
        token = words[i]
        if token.pos == "動詞" and token.basic_form in ("する", "いたす", "致す", "できる"):  # お渡しできます
            before = words[i - 1]
            if before.surface_form.startswith(("お", "ご", "御")) and before.pos == "名詞":
                return True
            prefixed = i > 1 and words[i - 2].pos == "接頭詞" and words[i - 2].surface_form in ("お", "ご", "御")
            if prefixed or token.basic_form != "できる":
                return prefixed
            # 〜することはできません: できる after a clause; the humble form may be the する before it
    return False


# The humble verbs of their own (謙譲語 I), in kanji and in kana: the writer or its staff acting toward the
# reader (お話をうかがいます, ご予約を承ります, 担当者が伺います, 資料を差し上げます)
HUMBLE_VERBS = frozenset(
    {
        "伺う", "うかがう", "承る", "うけたまわる", "参る", "まいる", "申す", "もうす", "申し上げる",
        "申しあげる", "差し上げる", "さしあげる", "拝見", "拝借", "お目にかかる",
    }
)  # fmt: skip


def _courteous(words):
    """The final predicate is humble without お/ご: 移転いたします, 実施しております (〜て + おる), 努めてまいります,
    承ります, お話をうかがいます (HUMBLE_VERBS).

    This is the voice of an institution or the writer reporting what it does; a sentence about a
    disease or a medicine does not take it (発作が起こっております is not written)."""
    for i in range(len(words) - 1, -1, -1):
        token = words[i]
        if token.pos == "動詞" and token.basic_form in ("いたす", "致す"):
            return True
        after_te = i > 0 and words[i - 1].surface_form in ("て", "で")
        if token.pos == "動詞" and token.basic_form in ("おる", "まいる", "参る") and after_te:
            return True
        if token.pos == "動詞" and token.pos_detail_1 == "自立" and token.basic_form in HUMBLE_VERBS:
            return True
        if token.pos == "動詞" and token.pos_detail_1 == "自立":
            return False  # only the final predicate counts
    return False


def _asks(words):
    """An interrogative word that asks (何が), not one made indefinite by も (何度も, 誰でも)."""
    for i, token in enumerate(words):
        if token.basic_form in INTERROGATIVES or token.surface_form in INTERROGATIVES:
            following = [t.surface_form for t in words[i + 1 : i + 3]]
            if "も" not in following and "でも" not in following:
                return True
    return False


def _plain_head(word):
    """A head without its honorific prefix: お話し → 話, ご覧 → 覧, お尋ね → 尋ね."""
    word = word.lstrip("おご御") if len(word) > 1 else word
    return word[:-1] if word.endswith("し") and len(word) > 1 else word


def clipped_te_request(words):
    """The text ends on the て-form of a main verb (気をつけて, 受診して, 休んで): in a heading, 〜てください with ください
    left out (claims.py reads it in labels only: in body text 〜て。 is as often a spoken statement, 夜中に目が覚めて。).
    A compound particle (について, によって) is one word, no て-form; a subsidiary verb before it (〜ていて) is not."""
    if len(words) < 2:
        return False
    last, verb = words[-1], words[-2]
    return (
        last.surface_form in ("て", "で")
        and last.pos == "助詞"
        and last.pos_detail_1 == "接続助詞"
        and verb.pos == "動詞"
        and verb.pos_detail_1 == "自立"
        and verb.basic_form not in ("いる", "ある", "おる")
    )


_KATAKANA_WORD = re.compile(r"[ァ-ヺー]{2,}")


def _head(words):
    """The lemma of the final predicate's head (see the module docstring)."""
    for i in range(len(words) - 1, -1, -1):
        token = words[i]
        auxiliary = token.basic_form in ("くださる", "下さる", "なさる", "いただく", "頂く", *OFFER_AUXILIARIES) or (
            token.basic_form in NONHEAD_VERBS
            and i > 0
            and (words[i - 1].surface_form in ("て", "で") or words[i - 1].pos == "動詞")
        )  # 〜てみる, 飲み始める
        if (
            token.basic_form in ("ある", "できる", "なる")
            and i > 1
            and words[i - 1].surface_form in ("が", "も", "は")
            and words[i - 2].basic_form == "こと"
            and i > 2
            and words[i - 3].pos in ("動詞", "助動詞")
        ):
            continue  # 〜ことがある, 〜ことができる: a modal; the head is the verb before こと (移ることがあります)
        if token.basic_form in PLAN_NOUNS and token.pos == "名詞" and i > 0 and words[i - 1].pos in ("動詞", "助動詞"):
            continue  # 発送される予定です: a plan; the head is the verb before it
        humble_do = token.basic_form in ("いたす", "致す") and i > 0 and words[i - 1].pos_detail_1 == "サ変接続"
        if token.pos == "動詞" and (token.pos_detail_1 == "自立" or humble_do) and not auxiliary:  # 移転+いたす
            if token.basic_form in ("する", "できる", "いたす", "致す") and i > 0:
                before = words[i - 1]
                if before.pos == "名詞" and (
                    before.pos_detail_1 == "サ変接続"
                    or (i > 1 and words[i - 2].pos == "接頭詞")
                    # (ninth session) a loanword IPADIC tags as a common noun is a verbal noun before する too
                    # (クリックする, タップする)
                    or (before.pos_detail_1 == "一般" and _KATAKANA_WORD.fullmatch(before.surface_form))
                ):  # お届けする
                    return _plain_head(before.basic_form if before.basic_form != "*" else before.surface_form)
                if before.surface_form in ("に", "と") and i > 1 and words[i - 2].pos == "名詞":
                    return words[i - 2].basic_form  # 参考にする
                # (fourteenth session) a verbal noun as the object of a light する (解説をしています, 説明をいたします):
                # the noun is the head, as in 解説しています
                if (
                    before.surface_form == "を"
                    and i > 1
                    and words[i - 2].pos == "名詞"
                    and words[i - 2].pos_detail_1 == "サ変接続"
                ):
                    return _plain_head(
                        words[i - 2].basic_form if words[i - 2].basic_form != "*" else words[i - 2].surface_form
                    )
            if (  # ご覧になる, お使いになれる: the honorific (尊敬語) お/ご〜になる; the noun is the head
                token.basic_form in ("なる", "なれる")
                and i > 1
                and words[i - 1].surface_form == "に"
                and words[i - 2].pos == "名詞"
                and (
                    words[i - 2].surface_form.startswith(("ご", "お", "御")) or (i > 2 and words[i - 3].pos == "接頭詞")
                )
            ):
                return _plain_head(words[i - 2].surface_form)
            return token.basic_form
        if (
            token.pos == "名詞"
            and token.pos_detail_1 != "非自立"
            and i < len(words) - 1
            and (
                words[i + 1].surface_form in ("ください", "下さい")
                or (words[i + 1].basic_form == "なさる" and token.pos_detail_1 == "サ変接続")  # ご相談なさってください
                or (words[i + 1].pos == "助動詞" and words[i + 1].basic_form in ("です", "だ"))
                or (  # ご覧いただけます, ご相談いただけます: the honorific noun is the head
                    words[i + 1].basic_form in ("いただく", "頂く", *OFFER_AUXILIARIES)
                    and (token.surface_form.startswith(("ご", "お", "御")) or (i > 0 and words[i - 1].pos == "接頭詞"))
                )
            )
        ):
            j = i  # the nouns before it: ご相談ください → 相談, お声がけください → 声がけ, お尋ねください → 尋ね
            # (eighth session) an honorific noun (お伝え, ご連絡) opens the head: a noun before it is its object
            # (その旨お伝えください: 旨 is what is told, the head is 伝え)
            while j > 0 and words[j - 1].pos == "名詞" and not words[j].surface_form.startswith(("ご", "お", "御")):
                j -= 1
            return _plain_head("".join(t.surface_form for t in words[j : i + 1]))
        if token.pos == "形容詞" and token.pos_detail_1 == "自立":
            return token.basic_form
        if token.basic_form == "どうぞ" and i == len(words) - 1:
            return "どうぞ"  # 窓口までどうぞ: come or ask, said without the verb
    return ""


_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


# frames that invite the reader to do what follows them: the verb after one is what is asked (feel free to ask)
_INVITATIONS = (["feel", "free", "to"], ["do", "not", "hesitate", "to"], ["don't", "hesitate", "to"])


def _invited(words):
    """The words from the verb an invitation asks for (feel free to ask our nurses: ask our nurses), else ``words``."""
    for frame in _INVITATIONS:
        if words[: len(frame)] == frame:
            return words[len(frame) :]
    return words


def _read_english(text):
    words = [w.lower().replace("’", "'") for w in _EN_WORD.findall(text)]
    reading = Reading(text, "en", lemmas=frozenset(words))
    stripped = text.rstrip(". \n")
    if stripped.endswith("?") or (
        len(words) > 1
        and (
            (words[0] in ENGLISH_AUXILIARIES and not _negative_imperative(words))
            or (words[0] in WH_WORDS and words[1] in ENGLISH_AUXILIARIES)
        )
    ):
        reading.mood = "question"  # subject-auxiliary inversion: Is it safe to exercise
    if reading.mood == "question" and _modal_fragment(words, text):
        reading.mood = "statement"  # May leave a mark on the skin: a modal with its subject left out, no question
    suggests = 3 if words[:3] in (["why", "don't", "you"], ["why", "don't", "we"]) else 2
    considered = _considered(words)
    if reading.mood == "question" and considered:
        # Have you thought about swapping ...? / Have you tried ...?: a recommendation put as a question, as Why
        # not try ...?; its head is the verb of the gerund (Have you thought about asking your nurse: a referral)
        reading.mood = "request"
        reading.head = reading.first_word = considered
        return reading
    if reading.mood == "question" and words[:2] in (["why", "not"], ["how", "about"], ["why", "don't"]):
        # Why not try ...? / Why don't you ask ...? / How about ...?: a recommendation put as a question
        # is a request; its head is the verb that follows (Why not ask your nurse: a referral)
        reading.mood = "request"
        reading.head = reading.first_word = words[suggests] if len(words) > suggests else ""
        return reading
    if words and words[0] in ("now", "so", "then") and len(words) > 1 and words[1] in ("let's", "lets"):
        words = words[1:]
    rest = words[1:] if words and words[0] == "please" else words
    while rest and rest[0] in ("now", "so", "then", "next", "also", "finally", "first"):
        rest = rest[1:]
    asked = bool(words) and words[0] == "please"
    if rest and rest[0] in SUBORDINATORS and "," in text:  # For more information, visit ...
        after = [w.lower() for w in _EN_WORD.findall(text.split(",", 1)[1])]
        rest = after[1:] if after and after[0] == "please" else after
        # (twenty-ninth session) please after the clause asks whatever its verb (If you'd like to talk, please book …)
        asked = asked or bool(after) and after[0] == "please"
    rest = _invited(rest)
    reading.first_word = rest[0] if rest else ""
    # (thirty-first session) "let us know" asks the reader to tell the writer: a request, not the writer's volition
    told = words[:3] == ["let", "us", "know"] or rest[:3] == ["let", "us", "know"]
    if told and reading.mood != "question":
        reading.mood = "request"
        reading.head = reading.first_word = "let"
    elif words and words[0] in ("let's", "lets") or words[:2] == ["let", "us"]:
        reading.mood = "volitional"
        reading.head = next((w for w in words[1:] if w not in ("us", "now", "then", "first", "next")), "")
    elif (
        words
        and (asked or text[:1].islower() and reading.first_word in IMPERATIVE_HINTS)
        and reading.mood != "question"
    ):
        reading.mood = "request"
        reading.head = reading.first_word
    elif reading.first_word in IMPERATIVE_HINTS and reading.mood != "question":
        reading.mood = "request"
        reading.head = reading.first_word
    # an auxiliary after "to" is an infinitive (What to do, How to be prepared), one after who / that /
    # which belongs to a relative clause (Caring for someone who has dementia): neither is the predicate
    finite = [
        w for i, w in enumerate(words) if w in ENGLISH_AUXILIARIES and (i == 0 or words[i - 1] not in NOT_FINITE_BEFORE)
    ]
    if words and words[0].endswith("ing") and len(words[0]) > 4:
        # a title that opens with a gerund: an auxiliary after a subordinator belongs to its clause
        # (Cleaning up after someone has been sick); Smoking is harmful keeps its predicate
        cut = next((i for i, w in enumerate(words) if i and w in CLAUSE_SUBORDINATORS), len(words))
        finite = [
            w for i, w in enumerate(words[:cut]) if w in ENGLISH_AUXILIARIES and words[i - 1] not in NOT_FINITE_BEFORE
        ]
        # the clause's own auxiliaries are its first run (has been); a later run, or a word in -s after
        # it, is the main predicate's (Smoking when you are pregnant can harm your baby; Eating well after
        # you have had surgery helps healing): recall first, a plural noun there reads as a verb too
        runs, previous = 0, False
        for w in words[cut:]:
            auxiliary = w in ENGLISH_AUXILIARIES
            if auxiliary and not previous:
                runs += 1
                if runs > 1:
                    finite.append(w)
            elif runs and not auxiliary and len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
                finite.append(w)
            previous = auxiliary
    if reading.mood == "request" and reading.head in ("do", "don't", "never"):
        # Do not use / Don't take / Never stop: the head is the verb that is forbidden
        verbs = [w for w in rest if w not in ("do", "not", "don't", "never", "ever")]
        reading.head = verbs[0] if verbs else reading.head
    reading.predicate = bool(finite) or reading.mood != "statement" or _present_verb(words)
    reading.condition = _english_condition(text)
    # the main clause is negated, not a condition (If you are not sure, ask ...)
    main = set(_EN_WORD.findall(text.lower().replace(reading.condition, " "))) if reading.condition else set(words)
    reading.negative = bool({"not", "never", "don't", "cannot", "can't", "mustn't"} & main)
    if reading.mood == "statement":
        # a clause that opens the sentence (If you would like to talk, our worker is happy to help) is not the
        # main one: the head and the subject are read after its comma
        clause = words and words[0] in CLAUSE_SUBORDINATORS and "," in text
        main_words = [w.lower().replace("’", "'") for w in _EN_WORD.findall(text.split(",", 1)[1])] if clause else []
        main_words = main_words if _english_subject_words(main_words) else words
        reading.head = _english_head(main_words)
        reading.subject = _english_subject(main_words)
        reading.topic_text = " ".join(_english_subject_words(main_words))
    reading.condition_words = frozenset(_EN_WORD.findall(reading.condition))
    reading.condition_subjects = reading.condition_words  # no parser: any word of the clause
    return reading


ENGLISH_MODALS = frozenset({"may", "might", "can", "could", "will", "would", "should", "must"})
ENGLISH_PRONOUNS = frozenset({"i", "you", "we", "he", "she", "it", "they", "there", "this", "that", "these", "those"})


def _modal_fragment(words, text):
    """A modal that opens a line without a question mark and with no subject after it (May leave a pale mark, Can
    cause dizziness): a statement whose subject is left out (a table cell, a list item). A pronoun, a determiner, a
    name or a plural after the modal is its subject (Can you ..., Can children swim, May Sam ...): a question."""
    if text.rstrip(". \n").endswith("?") or len(words) < 2 or words[0] not in ENGLISH_MODALS:
        return False
    second = words[1]
    if second in ENGLISH_PRONOUNS | ENGLISH_DETERMINERS | PEOPLE_PLURALS or second in ("not", "i"):
        return False
    if second.endswith("s") and not second.endswith("ss"):
        return False  # a plural subject (Can dogs catch it)
    written = _EN_WORD.findall(text)
    return not (len(written) > 1 and written[1][:1].isupper())


_CONSIDERING = (["have", "you", "thought", "about"], ["have", "you", "considered"], ["have", "you", "tried"])


def _considered(words):
    """The verb of the gerund after Have you thought about / considered / tried, or ""."""
    for opening in _CONSIDERING:
        if words[: len(opening)] == opening and len(words) > len(opening):
            gerund = words[len(opening)]
            if gerund.endswith("ing") and len(gerund) > 4:
                base = gerund[:-3]
                if len(base) > 2 and base[-1] == base[-2] and base[-1] in "bdgmnpt":
                    base = base[:-1]  # swapping -> swap
                return base
    return ""


def _present_verb(words):
    """A present-tense verb in -s between its subject and its object (Smoking raises the risk of ...) or
    before an adverb of degree (Ibuprofen works best if ...).

    English has no tagger here: a word in -s after a content word and before a determiner is read
    as a verb (raises the, reaches your); titles that open with a question word (What it measures,
    How inhalers work) are left to the question and label readings.
    """
    if not words or words[0] in WH_WORDS:
        return False
    if _plural_frequency(words):
        return True
    for i in range(1, len(words) - 1):
        word, before, after = words[i], words[i - 1], words[i + 1]
        if (
            len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is", "ous"))
            and before not in ENGLISH_FUNCTION_WORDS
            and (
                # before its object, or before an adverb of degree (Ibuprofen works best if ..., Pain gets worse when)
                after in ENGLISH_DETERMINERS
                or after in ENGLISH_DEGREE
                # or before a clause, after a singular noun that an article opens (A cold sore appears when ...):
                # the article and the singular noun make the word in -s its verb, not a plural head of a
                # noun phrase (Your rights when ..., A child's needs when ... stay titles)
                or (
                    after in CLAUSE_SUBORDINATORS and not before.endswith(("s", "'s")) and _article_opens_noun(words, i)
                )
            )
        ):
            return True
    return False


def _plural_frequency(words):
    """A plural subject with a bare verb, told by an adverb of frequency (no tagger here): the adverb right
    after a plural noun before a word (Fungal nail infections rarely clear up ...), or a people noun that
    opens the sentence, one word, then a comparison of frequency (People blink far less often when ...).
    Titles that name a topic (Tips for people who ..., Nail infections in children) have no such adverb."""
    for i in range(1, len(words) - 1):
        before = words[i - 1]
        plural = before in PEOPLE_PLURALS or (
            len(before) > 3 and before.endswith("s") and not before.endswith(("ss", "us", "is", "ous", "'s"))
        )
        following = words[i + 1]
        # a participle after the adverb modifies the noun (Treatments often used for ...): a title
        if words[i] in FREQUENCY_ADVERBS and plural and following not in ENGLISH_FUNCTION_WORDS:
            if not following.endswith("ed"):
                return True
    if _proportion_opens(words):
        return True
    if len(words) > 3 and words[0] in PEOPLE_PLURALS and words[1] not in ENGLISH_FUNCTION_WORDS:
        rest = words[2:5]
        return any(w in ("less", "more") for w in rest) and "often" in rest
    return False


# quantifiers of a proportion that open a generic statement (Most fissures heal within ..., Many babies outgrow ...)
PROPORTION_QUANTIFIERS = frozenset({"most", "many", "few"})
# prepositions and verb particles a bare verb takes that are no function word of a title (heal within, clear up)
_AFTER_A_VERB = frozenset({"within", "without", "through", "up", "away", "out", "off", "down", "on", "by", "after"})
_VERB_PARTICLES = frozenset({"up", "away", "down", "off", "out", "within", "without"})


def _proportion_opens(words):
    """A quantifier of proportion, a plural noun, then a bare word before a preposition, a determiner or an adverb
    of degree or frequency: the bare word is the plural subject's verb (Most fissures heal within a few weeks,
    Many children outgrow the allergy). Titles keep a function word or a participle there (Many ways to help,
    Most children with asthma, Few tests needed at home) or an adjective after the quantifier (Most common signs)."""
    if len(words) < 4 or words[0] not in PROPORTION_QUANTIFIERS:
        return False
    noun, verb, after = words[1], words[2], words[3]
    plural = noun in PEOPLE_PLURALS or (
        len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is", "ous"))
    )
    if plural and verb == "of":
        # (twenty-ninth session) the plural noun's of-phrase between (Most cases of pink eye clear up on their own):
        # a bare word after one to three words of it, before a particle of the verb, a determiner or an adverb of
        # degree or frequency (not "in" or "on": Most cases of asthma in children is a title)
        for j in range(4, min(len(words) - 1, 9)):
            candidate, following = words[j], words[j + 1]
            if (
                candidate not in ENGLISH_FUNCTION_WORDS
                and candidate not in ENGLISH_ADVERBS
                and not candidate.endswith(("ed", "ing", "s", "'s"))
                and (
                    following in _VERB_PARTICLES
                    or following in ENGLISH_DETERMINERS
                    or following in ENGLISH_DEGREE
                    or following in FREQUENCY_ADVERBS
                )
                and all(w not in ENGLISH_FUNCTION_WORDS or w in ("and", "or") for w in words[3:j])
            ):
                return True
        return False
    return (
        plural
        and verb not in ENGLISH_FUNCTION_WORDS
        and verb not in ENGLISH_ADVERBS
        and not verb.endswith(("ed", "ing", "s", "'s"))
        and (
            after in ENGLISH_FUNCTION_WORDS
            or after in ENGLISH_DETERMINERS
            or after in ENGLISH_DEGREE
            or after in FREQUENCY_ADVERBS
            or after in _AFTER_A_VERB
        )
    )


def _article_opens_noun(words, i):
    """An article opens the noun phrase that ends just before word i, with one or two content words
    between (A stye forms, A cold sore appears): the phrase is a subject, not a title's modifier."""
    for k in (i - 2, i - 3):
        if k >= 0 and words[k] in ENGLISH_ARTICLES:
            return all(w not in ENGLISH_FUNCTION_WORDS for w in words[k + 1 : i])
    return False


def _negative_imperative(words):
    """Do not / Don't / Never + verb opens a prohibition, not a question (Do not use the drops ...)."""
    return words[0] in ("don't", "never") or (words[0] == "do" and words[1] in ("not", "never"))


def _english_head(words):
    """The verb after the first finite auxiliary of a statement (will talk, can help, are written),
    or after a word of willingness and "to" (are happy to answer): what the subject does."""
    for i, word in enumerate(words[:-1]):
        if word in ENGLISH_AUXILIARIES and (i == 0 or words[i - 1] != "to"):
            rest = [w for w in words[i + 1 :] if w not in ENGLISH_ADVERBS]
            if len(rest) > 2 and rest[0] in WILLINGNESS and rest[1] == "to":
                return rest[2]
            return rest[0] if rest else ""
    return ""


def _english_subject(words):
    """The words before the first finite auxiliary (Your GP can ... → your, gp)."""
    return frozenset(_english_subject_words(words))


def _english_subject_words(words):
    for i, word in enumerate(words):
        if word in ENGLISH_AUXILIARIES:
            return words[:i]
    return []


def _english_condition(text):
    """The clause after if / when / whenever / once up to the next comma or the end, lower case."""
    match = re.search(r"\b(?:if|when|whenever|once|should you)\b([^,;]*)", text, re.IGNORECASE)
    return match.group(1).strip().lower() if match else ""


NOT_FINITE_BEFORE = frozenset({"to", "who", "that", "which"})
ENGLISH_DETERMINERS = frozenset(
    {"the", "a", "an", "your", "their", "its", "his", "her", "our", "my", "more", "less", "most", "many", "some", "any"}
    # a negative or distributive determiner opens an object too (causes no symptoms, affects every joint)
    | {"no", "every", "each", "these", "this"}
)
ENGLISH_ARTICLES = frozenset({"a", "an", "the"})
ENGLISH_FUNCTION_WORDS = frozenset(
    {"of", "for", "and", "or", "with", "to", "in", "on", "at", "by", "from", "about", "after", "before", "during"}
    | {"the", "a", "an", "your", "their", "its", "his", "her", "our", "my", "this", "these", "those", "that"}
    | {"what", "how", "why", "when", "where", "who", "which", "than", "as", "into", "over", "under", "between"}
)
# Words between an auxiliary and its verb that are not the verb (will also talk, can usually be).
# Adverbs of degree that follow a verb and no noun: a word in -s before one is a verb (works best).
ENGLISH_DEGREE = frozenset({"best", "better", "worse", "worst", "well", "least"})
# adverbs of frequency stand between a subject and its verb (infections rarely clear up)
FREQUENCY_ADVERBS = frozenset(
    {"rarely", "seldom", "often", "usually", "always", "never", "sometimes", "generally", "typically", "commonly"}
)
# plural nouns of people that open a generic statement (People blink less often ...)
PEOPLE_PLURALS = frozenset({"people", "children", "adults", "women", "men", "babies", "patients", "teenagers"})
ENGLISH_ADVERBS = frozenset(
    {"not", "also", "always", "usually", "often", "sometimes", "never", "still", "then", "be", "been", "only", "just"}
)
_DUTY = ("は", "ば", "も")  # 〜ては / 〜なければ / 〜ても before いけない / ならない
# Adjectives of willingness or availability before "to": the verb after "to" is what is offered.
WILLINGNESS = frozenset({"happy", "glad", "pleased", "available", "able", "here", "there", "willing", "ready"})


WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "which"})
SUBORDINATORS = frozenset({"for", "to", "if", "when", "before", "after", "once", "until", "while", "during", "in"})
# Conjunctions that open a clause with a verb of its own (for, to, in open phrases: Taking painkillers
# for a long time can harm the kidneys keeps its auxiliary).
CLAUSE_SUBORDINATORS = frozenset({"if", "when", "before", "after", "once", "until", "while", "since", "because"})

# English verbs that begin an imperative sentence in patient leaflets (a sentence starting with
# one of them is read as a request; its meaning is judged like a Japanese request's head).
IMPERATIVE_HINTS = frozenset(
    {
        "ask",
        "tell",
        "talk",
        "speak",
        "contact",
        "call",
        "phone",
        "ring",
        "see",
        "read",
        "visit",
        "bring",
        "check",
        "take",
        "avoid",
        "stop",
        "keep",
        "use",
        "do",
        "don't",
        "never",
        "make",
        "try",
        "eat",
        "drink",
        "get",
        "go",
        "seek",
        "let",
        "follow",
        "remember",
        "continue",
        "start",
        "wash",
        "give",
        "find",
        "click",
        "download",
        "look",
        "write",
        "note",
        "fill",
    }
)
