"""Whether an English sentence tells the reader to do what its Japanese source tells them not to do, or the reverse
(TRN011, clause by clause).

Counting negations compares the two texts as wholes, so a negation moved from one clause to another keeps the count
and hides a reversal: 転ばないように、手すりにつかまって歩いてください rendered "To prevent falls, do not hold on to
the handrail" has one negation on each side. Here the instruction itself is compared:

- the Japanese sentence must be a request or a suggestion (grammar.read: 〜てください, 〜ないでください, 〜ましょう,
  〜ほうがよいでしょう); its polarity is the negation of its main predicate (japanese_main_negation), reversed by a
  verb of refraining, stopping or omitting as its head (控える, 避ける, やめる, 忘れる: 入浴を控えてください restrains
  bathing; 飲み忘れないでください asks for the dose); a frame of intent (〜ないように気をつけてください,
  〜ないようにしましょう) passes its clause's polarity through;
- its act is the content words after the last subordinate marker before the head (ように, ため, ずに, まま, 場合,
  たら, 前に, まで, 、 …), minus the verbs of refraining;
- the English main clause is what is left when a fronted clause up to its comma ("To prevent falls,", "If …,") and
  every clause after the first subordinator ("so as to …", "when you walk", "until …", "who …") are cut; its polarity
  is a negation (not, never, no …), reversed by a verb of the same kind (avoid, refrain from, stop, skip, forget,
  hesitate, stay away from); a frame of intent ("be careful", "make sure", "try", "remember") passes through;
- the two are compared only when the English main clause renders the Japanese act: one of its content words is the
  stem of an English gloss of one of the act's words in JMdict (lint.analysis.jmdict), a word the sentence also has
  outside the act aligning nothing; a finding needs every rendering clause to disagree. A paraphrase (濡らさないで →
  "keep it dry", 無理をしないで → "take it easy") renders no act word, and a restriction, a bound, a contrast, a
  prevention or a kept state on either side (だけ, 以外, 減らす, 防ぐ, 外す; only, less, no more than, indoors,
  prevent, "keep … dry", "slowly, not suddenly") leaves the polarity unclear: it is not compared. What follows
  "instead of" / "rather than" is an alternative refused; "keep" with an act in -ing continues it.

The words are data: lint/data/negation.toml (``ja_instruction_flips``, ``ja_instruction_pauses``,
``ja_instruction_unclear``, ``en_instruction_flips``, ``en_instruction_unclear``, ``en_instruction_states``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ..core import lazy_re as re
from .jmdict import gloss_words, is_english_verb

# Japanese tokens that close a subordinate clause before the main predicate: what comes before one of them is not the
# act the sentence asks for (surface forms; ず and ない+で with no ください after it are read in _act_start)
_JA_MARKER_SURFACES = frozenset(
    {
        "ように",
        "ため",
        "ために",
        "まま",
        "場合",
        "とき",
        "時",
        "際",
        "前",
        "後",
        "あと",
        "まで",
        "までは",
        "ので",
        "から",
        "たら",
        "だら",
        "なら",
        "ば",
        "ても",
        "でも",
        "ながら",
        "ずに",
        "、",
        "，",
    }
)
# Japanese verbs of intent whose ように clause holds the act and its polarity (〜ないように気をつけてください)
_JA_INTENT_HEADS = frozenset({"する", "気をつける", "つける", "注意", "心がける", "心掛ける", "努める", "意識"})
# content words that name no act (light verbs, the reader, forms)
_JA_LIGHT = frozenset(
    {"する", "なる", "ある", "いる", "できる", "くださる", "いただく", "もらう", "こと", "もの", "よう", "方", "ほう"}
)
_EN_WORD_RE = re.compile(r"[a-z]+(?:['’][a-z]+)*")
# a clause fronted before the main clause, up to its comma
_EN_FRONTED = frozenset(
    {
        "if",
        "when",
        "whenever",
        "unless",
        "until",
        "till",
        "before",
        "after",
        "while",
        "because",
        "since",
        "as",
        "although",
        "though",
        "once",
        "to",
        "in",
        "so",
        "for",
        "during",
        "even",
        "with",
        "without",
        "by",
        "whether",
        "where",
        "on",
        "at",
    }
)
# the first of these after the main clause's start opens a clause of its own
_EN_TRAILING_RE = re.compile(
    r"(?:,\s*|\s+)(?:whether|so\s+as\s+to|in\s+order\s+to|so\s+that|so\s+(?:you|it|they|that|we|he|she|your)\b"
    r"|to\s+(?:prevent|avoid|keep|help|reduce|lower|protect|stop|ensure|make\s+sure|allow|lessen|ease|relieve)\b"
    r"|by\s+(?=[a-z]+ing\b)|if|when|whenever|unless|until|till|before|after|while|because|since|once|as\s+soon\s+as|as\s+long\s+as"
    r"|even\s+if|even\s+when|even\s+though|although|though|who|which|that|whose|where|lest|or\s+else|otherwise)\b"
)
# a frame of intent before the act: its polarity is the act's ("Be careful not to …", "Make sure you take …")
_EN_INTENT_RE = re.compile(
    r"^(?:(?:always|also|just|then|now|first|please)\s+)*"
    r"(?:be\s+careful|take\s+care|make\s+sure|be\s+sure|try(?:\s+hard)?|remember|ensure|see\s+(?:to\s+it\s+)?that|do\s+your\s+best)"
    r"(?:\s+(?:that|you|to))*\s+"
)
_EN_NEGATORS = frozenset({"not", "never", "no", "cannot", "none", "nothing", "nobody", "neither", "nor"})
_EN_FUNCTION = frozenset(
    "please do does did don't doesn't didn't you your yours yourself it its it's this that these those a an the "
    "to of on in at for with by from into up out off over as and or but be is are was were been being will would "
    "should must can could may might shall have has had any all some more most very too also just always only "
    "then now first there here".split()
)
_EN_LIGHT = frozenset({"put", "get", "got", "make", "made", "let"})  # keys of light verbs: they render no act alone


# ", so" and ", and so" before an imperative (the word after it must be a verb: ", so the medicine does not …" is a
# purpose, see english_clauses)
_EN_RESULT_RE = re.compile(r"[,;]\s*(?:and\s+)?so\s+(?:please\s+)?(?=([a-z]+))")


def _key(word: str) -> str:
    """A word's key for comparing renderings: its inflection and a final e dropped, a doubled consonant undone (drive,
    driving → driv; cutting → cut; studies → study; using → use; dying → die)."""
    word = word.lower()
    for suffix in ("ies", "ing", "ed", "es", "s"):
        if suffix == "ing" and word.endswith("ying") and len(word) == 5:
            word = word[:1] + "ie"  # dying → die, lying → lie
            break
        if suffix == "ing" and word.endswith("ing") and len(word) == 5 and is_english_verb(word[:2] + "e"):
            word = word[:2] + "e"  # using → use, owing → owe (not thing, going, being)
            break
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix == "ies":
                base += "y"
            elif len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                base = base[:-1]
            word = base
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def _negates(token) -> bool:
    """A negating auxiliary (ない, ぬ: 飲まない, 飲まず)."""
    return token.pos == "助動詞" and token.basic_form in ("ない", "ぬ")


@dataclass(frozen=True)
class Instruction:
    negative: bool  # the reader is told not to do the act (or to refrain from it)
    act: frozenset[str]  # Japanese: lemmas of the act's words; English: stems of the main clause's content words
    evidence: str  # what made it negative, or the head
    # Japanese: content words the sentence also has outside the act (飲まず、…飲みましょう: 飲む renders either clause)
    elsewhere: frozenset[str] = frozenset()
    # Japanese: a negated clause stands before the act (たくさんとらず、数口ずつ飲みましょう); English: the clause is an
    # alternative refused ("instead of drinking a lot at once"), which may render that negated clause
    aside: bool = False


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    from .negation import KEYS, load_negation_words

    data = load_negation_words()
    found = {key: frozenset(data[key]) for key in KEYS if "_instruction_" in key}
    # the English lists are compared by key (lint/analysis/instruction_polarity._key), a phrase word by word
    for key in ("en_instruction_flips", "en_instruction_unclear", "en_instruction_states"):
        found[key] = frozenset(" ".join(_key(w) for w in item.split()) for item in found[key])
    return found


_JA_QUOTE_RE = re.compile(r"「[^「」]{0,200}」|『[^『』]{0,200}』")
_HTML_TAG_RE = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def japanese_instructions(sentence: str) -> list[Instruction]:
    """The acts one Japanese sentence asks for, each with its polarity (a chain in て asks for each in turn:
    服用を中止して受診してください stops one and asks for the other); empty when the sentence asks for nothing, or
    when the act's polarity is unclear (a restriction: だけ, 以外, 減らす; an excess: 〜すぎないで)."""
    from ..japanese.tokenizer import tokenize
    from .grammar import read
    from .negation import japanese_main_negation

    # quoted words are mentioned, not asked for (「落ち着いて」と言うのは避けましょう): one word stands for them
    sentence = _JA_QUOTE_RE.sub("言葉", _HTML_TAG_RE.sub("", sentence))
    reading = read(sentence)
    if reading.mood not in ("request", "volitional") or reading.invitation or sentence.rstrip().endswith(("？", "?")):
        return []
    text = sentence[: reading.advice_at] if reading.advice_at else sentence
    tokens = [t for t in tokenize(text) if t.pos != "記号" or t.surface_form in ("、", "，")]
    words = _words()
    lemmas = [t.basic_form if t.basic_form != "*" else t.surface_form for t in tokens]
    negation = japanese_main_negation(text)
    head = _head_index(tokens)
    if head is None:
        return []
    frame = _intent_frame(tokens, head) if lemmas[head] in _JA_INTENT_HEADS or lemmas[head] == "気" else None
    if frame is not None:
        kind, end = frame
        if kind != "ように":
            # 転倒に注意してください ("be careful not to fall") and 症状に注意してください ("watch for symptoms"): care
            # about a thing is keeping it away or looking out for it, either polarity in English
            return []
        # 〜ないように気をつけてください, 〜ないようにしましょう: the ように clause is the act, with its polarity
        negation = "ない" if end and _negates(tokens[end - 1]) else ""
        head = end - 1
        while head >= 0 and tokens[head].pos in ("助動詞", "助詞"):
            head -= 1
        if head < 0:
            return []
    start = _act_start(tokens, head, words["ja_instruction_flips"])
    # a negated clause modifying a noun of the act (うつさない工夫, 皮をむいていない果物) is that noun's, not the act's
    start = max([start] + [k + 1 for k in range(start, head) if _negates(tokens[k]) and tokens[k + 1].pos == "名詞"])
    # the parts of a chain in て (中止して受診して): each its own act; the sentence's negation is the last one's
    cuts = [
        k + 1
        for k in range(start, head)
        if tokens[k].surface_form in ("て", "で")
        and tokens[k].pos_detail_1 == "接続助詞"
        and tokens[k - 1].pos in ("動詞", "助動詞")
        # a verb right after it makes one act of the two (座って休んで, まとめて飲まないで, またがって乗るおもちゃ); an
        # argument of its own opens a second act (帽子をかぶって直射日光を避けて, 中止して受診して)
        and k + 1 < len(tokens)
        and tokens[k + 1].pos != "動詞"
    ]
    # (forty-sixth session) 抜く whose object is a meal is skipping it (朝食は抜かないで): a verb of omission, not the
    # unclear 抜く; only the meal right before it with を, は or も (食事中に胃管を抜かないで pulls a tube: from the review),
    # and, in a negated request, only in its last act (朝食を抜いて来院しないで: the negation covers the manner, not a second
    # act; 朝食を抜いてお越しください asks for both)
    last_cut = max(cuts, default=start) if negation else 0
    skips = frozenset(
        i
        for i in range(max(start, last_cut, 2), len(tokens))
        if lemmas[i] == "抜く"
        and tokens[i - 1].surface_form in ("を", "は", "も")
        and tokens[i - 2].pos == "名詞"
        and (
            lemmas[i - 2] in words["ja_instruction_meals"]
            or tokens[i - 2].surface_form in words["ja_instruction_meals"]
        )
    )
    if any(
        i not in skips
        and (lemmas[i] in words["ja_instruction_unclear"] or tokens[i].surface_form in words["ja_instruction_unclear"])
        for i in range(start, len(tokens))
    ):
        return []
    outside = frozenset(lemmas[i] for i in [*range(start), *range(head + 1, len(tokens))] if _content(tokens[i]))
    negated_before = any(_negates(tokens[i]) for i in range(start))
    found = []
    for a, b in zip([start, *cuts], [*cuts, head + 1], strict=True):
        instruction = _part(tokens, lemmas, a, b, negation if b == head + 1 else "", words, skips)
        if instruction is not None:
            found.append(replace(instruction, elsewhere=outside, aside=negated_before))
    return found


def _part(tokens, lemmas, start: int, end: int, negation: str, words, skips=frozenset()) -> Instruction | None:
    """One act of a request, tokens[start:end]: its polarity (the negation given, reversed by a verb of refraining that
    is not itself negated: 欠かさずに is "without fail") and its content words."""
    flips = [
        lemmas[i]
        for i in range(start, end)
        if (lemmas[i] in words["ja_instruction_flips"] or i in skips)
        and not _negated_here(tokens, i, end)
        # a noun of refraining refrains as a verb (中止して, 禁煙しましょう); in a compound or before の it names a thing
        # (予防接種, 予防のポイント)
        and (tokens[i].pos != "名詞" or i == end - 1 or i + 1 < len(tokens) and tokens[i + 1].basic_form == "する")
        # 控えておいて (note it down), a verb of refraining with おく after it records, it does not refrain
        and not (
            i + 2 < len(tokens) and tokens[i + 1].surface_form in ("て", "で") and tokens[i + 2].basic_form == "おく"
        )
        # a verb of refraining before a noun modifies it (塩分を控えるコツをご覧ください): the act is elsewhere
        and not (
            tokens[i].pos == "動詞" and i + 1 < len(tokens) and _content(tokens[i + 1]) and tokens[i + 1].pos == "名詞"
        )
    ]
    means = _means(tokens, start, end)
    act = {
        lemmas[i] for i in range(start, end) if _content(tokens[i]) and lemmas[i] not in _JA_LIGHT and i not in means
    }
    act -= words["ja_instruction_flips"] | {lemmas[i] for i in skips}
    # 休む governing a thing (運動はお休みしましょう, 仕事を休んで) pauses it, which English says either way ("skip
    # exercise", "take the day off work"): not compared; alone (疲れたら座って休んで) it is the act
    if any(
        lemmas[i] in words["ja_instruction_pauses"]
        and i >= 2
        and tokens[i - 1].surface_form in ("を", "は")
        or lemmas[i] in words["ja_instruction_pauses"]
        and i >= 3
        and tokens[i - 1].surface_form == "お"
        and tokens[i - 2].surface_form in ("を", "は")
        for i in range(start, end)
    ):
        return None
    if not act:
        return None
    negative = bool(negation) != (len(flips) % 2 == 1)
    return Instruction(negative, frozenset(act), "、".join(filter(None, [negation, *flips])) or lemmas[end - 1])


def _means(tokens, start: int, end: int) -> set[int]:
    """The nouns of means or place before で (衣服や日陰で日光を避けて, 自宅で休んで), with those listed before them by
    や, と or 、: not what is done or refrained from."""
    found: set[int] = set()
    for d in range(start + 1, end):
        if tokens[d].surface_form != "で" or tokens[d].pos_detail_1 != "格助詞":
            continue
        i = d - 1
        while i >= start and (tokens[i].pos == "名詞" or tokens[i].surface_form in ("や", "と", "、", "，", "の")):
            found.add(i)
            i -= 1
    return found


def _negated_here(tokens, i: int, end: int) -> bool:
    """Whether the verb at ``i`` is negated right after it as an adverb of the act that follows (欠かさずに行って,
    忘れずに飲んで, ためらわずに呼んで), not as the request's own negation (薬をやめないでください)."""
    j = i + 1
    negated = j < len(tokens) and _negates(tokens[j])
    return negated and any(_content(tokens[k]) for k in range(j + 1, end))


def _content(token) -> bool:
    if token.pos == "名詞":
        return token.pos_detail_1 not in ("非自立", "代名詞", "数", "接尾", "副詞可能") or token.surface_form in (
            "前",
            "後",
        )
    return token.pos in ("動詞", "形容詞") and token.pos_detail_1 == "自立"


def _head_index(tokens) -> int | None:
    """The last content word of the sentence (the head of its final predicate)."""
    for i in range(len(tokens) - 1, -1, -1):
        t = tokens[i]
        if t.basic_form in ("くださる", "ください", "いただく", "いる", "みる", "おく", "しまう"):
            continue
        if t.basic_form == "する" and i and tokens[i - 1].pos == "名詞":
            return i - 1  # 食事をする is 食事; 入浴する is 入浴
        if _content(t):
            return i
    return None


# between a frame's head and its ように or its object: particles, an honorific prefix, an adverb of degree
_FRAME_FILLERS = frozenset(
    {"に", "を", "は", "も", "ご", "お", "十分", "充分", "よく", "しっかり", "くれぐれも", "特に"}
)


def _intent_frame(tokens, head: int) -> tuple[str, int] | None:
    """("ように", index of よう) for 〜ように (十分) 気をつける / 〜ようにする / 〜よう注意する; ("に", index of に) for a noun +
    に before 注意 / 気をつける (転倒に注意); None when the head frames nothing."""
    j = head - 1
    while j >= 0 and (tokens[j].surface_form in _FRAME_FILLERS or tokens[j].surface_form == "気"):
        if tokens[j].surface_form == "に" and j >= 1 and tokens[j - 1].surface_form == "よう":
            return ("ように", j - 1)
        if (
            tokens[j].surface_form == "に"
            and j >= 1
            and tokens[j - 1].pos == "名詞"
            and tokens[head].basic_form != "する"
        ):
            return ("に", j)
        j -= 1
    if j >= 0 and tokens[j].surface_form == "よう":
        return ("ように", j)  # 近づけないよう気をつけましょう: よう without に
    return None


def _act_start(tokens, head: int, flips: frozenset[str] = frozenset()) -> int:
    """Where the act begins: after the last marker of a subordinate clause before the head (a negated verb of
    refraining is an adverb, no clause: 欠かさずに, 忘れずに, 休まずに)."""
    for i in range(head - 1, -1, -1):
        t = tokens[i]
        if _negates(t) and i and tokens[i - 1].basic_form in flips:
            continue
        if t.surface_form in ("、", "，") and i and tokens[i - 1].pos == "名詞" and _content(tokens[i - 1]):
            continue  # a list of nouns (激しい運動、飲酒、長時間の入浴を避けて): one act
        if t.surface_form in _JA_MARKER_SURFACES or t.basic_form in ("ば",) and t.pos == "助詞":
            return i + 1
        # ず closing a clause (飲まずに, 無理をせず、); ない + で with no ください after it (飲まないで来てください)
        if t.pos == "助動詞" and t.surface_form == "ず":
            return i + 1
        if (
            t.basic_form == "ない"
            and i + 2 < len(tokens)
            and tokens[i + 1].surface_form == "で"
            and tokens[i + 2].basic_form not in ("くださる", "ください", "ほしい", "いただく")
        ):
            return i + 2
        if t.surface_form == "よう" and i + 1 < len(tokens) and tokens[i + 1].surface_form == "に":
            return i + 2
    return 0


# where an English sentence divides into clauses: commas, semicolons, dashes, and / but / then between clauses
_EN_PART_SPLIT_RE = re.compile(r"(\s*[,;—–]\s*|\s+-\s+)")
_EN_CONJUNCTION_SPLIT_RE = re.compile(r"\s+(?:and|but|then|and\s+then)\s+")
_EN_SO_PURPOSE_RE = re.compile(
    r"^(?:and\s+)?so\s+(?:that\s+)?(?:you|it|they|we|he|she|your|the|this|these|there|a|an|no|nothing)\b"
)
_EN_LEADING_CONJUNCTION_RE = re.compile(r"^(?:(?:and|but|then|or|so|also|please)\s+)+")
# words before a clause's first content word: address, negation, modals and frames of permission or intent
_EN_LEAD = frozenset(
    "please always also just then do does did not never no you we i should must can could may might will would to try "
    "need needs have has it it's is are be sure careful fine ok okay all right better best there".split()
)
_EN_MODALS = frozenset("should must can could may might will would need needs".split())
# words that open a subordinate clause or an example after a comma ("who do not eat eggs", "such as not sharing mats")
_EN_SUBORDINATE_OPENERS = frozenset({"who", "which", "whose", "whom", "that", "such", "including", "like", "e", "eg"})
# words that open a clause of their own after a comma or a conjunction (besides verbs and negators)
_EN_CLAUSE_OPENERS = frozenset(
    "do does did always also then you it they we he she this that there i your its their please".split()
)
_EN_CONTRASTIVE_NOT_RE = re.compile(r",\s*(?:but\s+)?not\s+(?!only\b)")
_EN_CONTRAST_RE = re.compile(r"\s*\b(?:instead\s+of|rather\s+than)\b\s*")
_EN_OR_NOT_RE = re.compile(r"\bor\s+not\b")


def english_clauses(sentence: str) -> list[Instruction] | None:
    """Each main clause of one English sentence (the clauses that open with no subordinator: "To prevent falls," and
    "when you walk" are not), with its polarity and content words. A clause whose polarity is unclear (only, less,
    "keep … dry", no more than) is left out; none when a negation contrasts a manner ("slowly, not suddenly"); None
    when the sentence has a colon."""
    text = _HTML_TAG_RE.sub("", sentence).strip().lower().replace("’", "'")
    text = _EN_OR_NOT_RE.sub(" ", text)
    if ":" in text:
        return None
    result = _EN_RESULT_RE.search(text)
    if result and (result.group(1) in ("do", "don't", "never", "avoid", "always") or is_english_verb(result.group(1))):
        text = text[result.end() :]
    elif result:
        text = text[: result.start()]  # ", so the medicine does not upset your stomach": a purpose, cut
    # ", not on an empty stomach", "slowly, not suddenly": the negation contrasts a manner or a time, not the act
    if _EN_CONTRASTIVE_NOT_RE.search(text):
        return []

    # (text, how it is joined to what comes before: "" at the start, "," after a comma, "and" after a conjunction,
    # ";" after a semicolon or a dash)
    pieces = []
    separator = ""
    parts = _EN_PART_SPLIT_RE.split(text)
    for i, part in enumerate(parts):
        if i % 2:
            separator = ";" if part.strip() in (";", "—", "–", "-") else ","
            continue
        part = part.strip()
        if _EN_SO_PURPOSE_RE.match(part):
            continue  # ", so it doesn't get wet": a purpose
        stripped = _EN_LEADING_CONJUNCTION_RE.sub("", part)
        conjunction = stripped != part and part.split(" ", 1)[0] in ("and", "but", "then", "or")
        joined = "and" if conjunction and separator != ";" else separator
        first = stripped.split(" ", 1)[0]
        if first in _EN_FRONTED or first in _EN_SUBORDINATE_OPENERS or stripped.startswith("no matter"):
            continue  # a subordinate clause up to its comma ("If your vision narrows and you cannot read, …")
        if i == 0 and first.endswith("ing") and len(parts) > 1:
            continue  # a participle fronted up to its comma ("Starting three days before the test, …")
        for j, piece in enumerate(_EN_CONJUNCTION_SPLIT_RE.split(stripped)):
            pieces.append((piece, "and" if j else joined))
    # (the opening piece's words, the list's words after it, whether it is an alternative refused)
    clauses: list[tuple[list[str], list[str], bool]] = []
    for piece, joined in pieces:
        words = _EN_WORD_RE.findall(piece)
        if words and words[0] == "please":
            piece = piece.split("please", 1)[1]
            words = words[1:]
        if not words or words[0] in _EN_FRONTED:
            continue
        piece = _EN_INTENT_RE.sub("", piece.strip(), count=1)
        # "walk in the shade instead of the sun": what follows "instead of" / "rather than" is an alternative refused
        contrast = _EN_CONTRAST_RE.search(piece)
        piece, refused = (piece[: contrast.start()], piece[contrast.end() :]) if contrast else (piece, "")
        cut = _EN_TRAILING_RE.search(piece)
        words = _EN_WORD_RE.findall(piece[: cut.start()] if cut else piece)
        cut = _EN_TRAILING_RE.search(refused)
        alternative = _EN_WORD_RE.findall(refused[: cut.start()] if cut else refused)
        if not words:
            if alternative:
                clauses.append((alternative, [], True))  # "Rather than climbing the stairs, take the elevator"
            continue
        first = words[0]
        # after a comma a list goes on unless a negation, a pronoun or "do" opens a clause ("do not drive a car, ride a
        # motorcycle, or ride a bicycle"); after "and" or "but" a verb opens one too ("avoid crowds and wear a mask")
        opens = (
            joined in ("", ";")
            or first in _EN_NEGATORS
            or first in _EN_CLAUSE_OPENERS
            or first.endswith("n't")
            or _key(first) in _flip_openers()
            or (joined == "and" and is_english_verb(first))
        )
        if clauses and not opens and not clauses[-1][2]:  # nothing goes on in a refused alternative
            # a list goes on (avoid raw foods and undercooked shellfish): the same clause, whose polarity is its
            # opening's ("avoid water, ice, and fruit you have not peeled": the "not" is the fruit's)
            clauses[-1][1].extend(words)
        else:
            clauses.append((words, [], False))
        if alternative:
            clauses.append((alternative, [], True))
    # a clause whose polarity is unclear (only, less, keep … dry) is left out: the others are still compared
    return [clause for opening, listed, refused in clauses if (clause := _clause(opening, listed, refused)) is not None]


def _gerund(word: str) -> bool:
    """Whether ``word`` is a verb in -ing (touching, getting, taking; not morning, nothing): its stem is a verb."""
    if not word.endswith("ing") or len(word) < 5:
        return False
    stem = word[:-3]
    candidates = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return any(is_english_verb(c) for c in candidates)


@lru_cache(maxsize=1)
def _flip_openers() -> frozenset[str]:
    return frozenset(f.split()[0] for f in _words()["en_instruction_flips"])


def _clause(opening: list[str], listed: list[str], refused: bool = False) -> Instruction | None:
    lexicon = _words()
    words = opening + listed
    keys = [_key(w) for w in words]
    # a kept state may render either polarity ("keep the wound dry", "stay in bed"); keeping on with an act is its
    # continuation ("keep taking it", "keep up your exercise")
    kept_from = False
    for k, key in enumerate(keys):
        if key in lexicon["en_instruction_states"] and " ".join(keys[k : k + 2]) not in lexicon["en_instruction_flips"]:
            rest = words[k + 1 :]
            if any(w == "from" and _gerund(n) for w, n in zip(rest, rest[1:], strict=False)):
                kept_from = True  # "keep heating pads from touching your skin": prevention, a verb of refraining
                continue
            after = words[k + 1] if k + 1 < len(words) else ""
            if not (_gerund(after) or after in ("up", "on")):
                return None
    # "no" negates the clause at its start or right after its verb ("No smoking", "eat no solid food"); inside a
    # phrase it is the phrase's ("drinks with no sugar")
    before = [sum(1 for v in opening[:k] if v not in _EN_LEAD) for k in range(len(opening))]
    negators = [
        w for k, w in enumerate(opening) if (w in _EN_NEGATORS and (w != "no" or before[k] <= 1)) or w.endswith("n't")
    ]
    # a verb of refraining governs the clause only as its first content word ("avoid …", "do not stop …", "you can
    # skip …"); later it is inside a phrase ("the tips for preventing falls")
    modal = next((k + 1 for k, w in enumerate(opening[:5]) if w in _EN_MODALS), 0)  # "your child should avoid …"
    first = next(
        (
            k
            for k, w in enumerate(opening)
            if k >= modal and w not in _EN_LEAD and not w.endswith("n't") and not w.endswith("ly")
        ),
        len(opening),
    )
    opening_phrase = f" {' '.join(_key(w) for w in opening[first:])} "
    flips = [f for f in lexicon["en_instruction_flips"] if opening_phrase.startswith(f" {f} ")]
    if kept_from:
        flips.append("keep from")
    # a verb of refraining is read before the words of restriction inside it ("go without", "stay away")
    phrase = f" {' '.join(keys)} "
    for flip in flips:
        phrase = phrase.replace(f" {flip} ", " ")
    if any(f" {u} " in phrase for u in lexicon["en_instruction_unclear"]):
        return None
    flip_parts = {part for f in flips for part in f.split()}
    act = frozenset(
        k
        for w, k in zip(words, keys, strict=True)
        if w not in _EN_FUNCTION
        and k not in _EN_LIGHT
        and w not in _EN_NEGATORS
        and not w.endswith("n't")
        and k not in flip_parts
        and k not in lexicon["en_instruction_states"]
    )
    if not act:
        return None
    negative = (bool(negators) != bool(flips)) != refused  # "do not stop taking it" asks for the act
    return Instruction(negative, act, ", ".join([*negators, *flips]) or words[0], aside=refused)


def reversed_instruction(source: str, translation: str) -> str:
    """A finding's text when one Japanese sentence asks the reader for an act with one polarity and every English main
    clause that renders that act asks for the other; "" otherwise (or when either side is unclear)."""
    acts = japanese_instructions(source)
    clauses = english_clauses(translation) if acts else None
    if not clauses:
        return ""
    # only the act's own words align it: a word the sentence also has outside the act may render that clause instead,
    # and an English word that renders a word outside the act ("treatment" for 治療 in 治療について判断せず) renders
    # that clause, whatever else it glosses (医療)
    outside = {_key(g) for w in acts[0].elsewhere for g in gloss_words(w)}
    if acts[0].aside:
        # 〜せず、〜して: an English alternative refused renders the negated clause ("Instead of drinking a lot at once,
        # take a few sips"), not the act
        clauses = [c for c in clauses if not c.aside]
    acts = [replace(ja, act=ja.act - ja.elsewhere) for ja in acts]
    clauses = [replace(c, act=c.act - outside) for c in clauses]
    glosses = {w: {_key(g) for g in gloss_words(w)} for ja in acts for w in ja.act}
    if len(acts) > 1:
        # an English clause rendering words of two acts of a chain has joined them ("avoid booking during your period"
        # for 月経中を避けて予約して): it renders neither alone
        clauses = [c for c in clauses if sum(1 for ja in acts if any(glosses[w] & c.act for w in ja.act)) < 2]
    for ja in acts:
        rendering = [(c, sorted(w for w in ja.act if glosses[w] & c.act)) for c in clauses]
        rendering = [(c, words) for c, words in rendering if words]
        if rendering and all(c.negative != ja.negative for c, _ in rendering):
            return _reversal(ja, *rendering[0])
    return ""


def _reversal(ja: Instruction, en: Instruction, words: list[str]) -> str:
    if ja.negative:
        return (
            f"the source tells the reader not to do it ({ja.evidence}: {'・'.join(words)}), but the translation's "
            "main clause tells them to: is the instruction reversed?"
        )
    return (
        f"the source tells the reader to do it ({'・'.join(words)}), but the translation's main clause tells them "
        f"not to ({en.evidence}): is the instruction reversed?"
    )


def reversed_instructions(source: str, translation: str) -> list[tuple[int, str]]:
    """(sentence number, problem) for each aligned pair of sentences whose instruction is reversed; the sentences are
    aligned only when both sides have as many."""
    from .structure import split_english_sentences, split_japanese_sentences

    ja, en = split_japanese_sentences(source), split_english_sentences(translation)
    if len(ja) != len(en):
        return []
    found = []
    for number, (ja_sentence, en_sentence) in enumerate(zip(ja, en, strict=True), 1):
        problem = reversed_instruction(ja_sentence, en_sentence)
        if problem:
            found.append((number, problem))
    return found
