"""A negation carried by a word's form, added or dropped in translation (TRN011).

"Not" is counted elsewhere (lint.analysis.negation). This module compares the negations that live in a word's
form: English un-, in-/im-/il-/ir-, non-, a-, -less and -free (painless, non-invasive, irreversible), Japanese 不,
非, 無 and 未 (不確実, 非侵襲的, 無痛). Such a word is a weaker negation than "not", and a translation often renders a
Japanese ない by one (痛みはほとんどありません = "almost painless"), so the count of negations never decides here.
What decides is the word's meaning, read in JMdict (lint.analysis.jmdict), the same for every word:

- added: the English negates a word by its form (painless: pain), the source has a word JMdict glosses by that
  stem (痛み: pain) or by a form of it (侵襲的: invasive; 規則正しい: regular), and the source has no negation of
  any kind (no ない, ず, なし, no word of lack or avoidance, no 不/非/無/未 word) and no word JMdict glosses by
  the negated English word itself (無痛: painless; 自立: independence for "independent");
- dropped: the source has a word of 不/非/無/未 that JMdict glosses by a negated form (不確実: uncertain; 不規則:
  irregularity; 無痛: painless), the English has the stem of such a gloss as a plain word (certain, regular, pain)
  and no negation of any kind.

Both need a gloss and a word to agree, so a paraphrase (非侵襲的 = "done from outside the body") and a word that
only starts like a negation (非常に = "very", 無事 = "safely", 未来 = "future") say nothing. A word is matched with
its forms (invasive, invasion; regular, regularity; control, controlled): the two share a base once one of the
common English suffixes is taken off.
"""

from __future__ import annotations

from functools import lru_cache

from ..core import lazy_re as re

# Japanese prefixes that negate the word they make (不確実, 非侵襲的, 無痛, 未治療)
_JA_PREFIXES = ("不", "非", "無", "未")
# English words of negation that JMdict uses inside a gloss ("without symptoms", "lack of …")
_GLOSS_NEGATORS = frozenset({"non", "without", "lack", "not", "no"})
# the suffixes taken off to find a word's base (longest first): invasive and invasion share "invas"
_SUFFIXES = (
    "ations", "ation", "ities", "ity", "ness", "ments", "ment", "ions", "ion", "ives", "ive", "ically", "ical",
    "ic", "als", "al", "ous", "ful", "able", "ible", "ing", "ers", "er", "ed", "ly", "es", "s", "ty", "y", "e",
    "ate", "acy", "ance", "ence", "ancy", "ency", "ant", "ent", "atic",
)  # fmt: skip
_A_ADJECTIVES = ("ical", "ptic", "atic")  # a- negates these (atypical, aseptic, asymptomatic), not "amount"
_MIN_BASE = 4  # a shorter base (pain, safe, sure) must be the word itself
_JA_SPAN = 3  # tokens read together as one word (規則 + 正しい, 侵襲 + 的)
_PLACEHOLDER_RE = re.compile(r"\{[^{}\s]*\}|%\([^)]*\)[a-z]|%\d*\$?[sdifr]")
# English idioms whose word renders no word of the source's (as soon as possible: できるだけ早く)
_IDIOM_RE = re.compile(
    r"\b(?:as\s+(?:\w+\s+){0,3}as\s+possible|if\s+possible|where\s+possible|whenever\s+possible)\b", re.I
)
_MAX_WORDS = 50  # negated English words read in one message (each is looked up, not compared with every word)
_NEAR = 3  # words either side of an English word that may say its lack (_deficient)
# English words that say a lack, a deficiency or a not-yet without a negated form
_EN_DEFICIENCY = frozenset(
    "problem problems trouble troubles poor poorly bad badly less little lapse lapses lack lacking loss failure far "
    "absence low lower reduced impaired difficulty difficulties hard".split()
)
_EN_NOT_YET = frozenset("before yet still pending awaiting until".split())
# negating words whose field the English names by the positive word (不妊治療 = fertility treatment, 不眠外来 = sleep
# clinic): the field's word is no dropped negation
_FIELD_WORDS = {"不妊": "fertility", "不妊症": "fertility", "不眠": "sleep", "不眠症": "sleep"}
# Japanese words of lack that English renders by -free or non- (カフェインゼロ, グルテン除去食, 添加物不使用)
_JA_LACK = ("ゼロ", "除去", "抜き", "カット", "オフ", "不使用", "0%", "０％")
# English words of negated form that negate no word of the sentence (unless: a condition)
_NOT_FORMS = frozenset(
    # unless: a condition; the rest mean a word of their own, not the negation of their stem (uneasy = anxious,
    # restless = fidgety, independent = on one's own, incorporate = include)
    {"unless", "uneasy", "unease", "restless", "restlessness", "independent", "independently", "independence",
     "incorporate", "incorporated", "incorporates"}
)  # fmt: skip
# a word with more glosses than this is a light word (する, ある, もの): its glosses say nothing about one sentence
_MAX_GLOSSES = 40
# glosses that make a Japanese word a lack or a refusal (the words of _lacking)
_LACK_GLOSSES = (
    "not", "never", "without", "lack", "shortness", "abstain", "prohibit", "ban", "neglect", "abandon", "losing",
    "loss", "lose", "free", "isn't", "wasn't", "absence", "deficiency", "failure", "quit",
)  # fmt: skip
_GLOSS_STEM_FREQUENCY = 100  # the stem of a negated noun among a 不/非/無/未 word's glosses (regularity: 227)
_CONTENT_POS = ("名詞", "動詞", "形容詞", "形容動詞", "接頭詞")


@lru_cache(maxsize=8192)
def bases(word: str) -> frozenset[str]:
    """The word and the bases it may be a form of (invasive → invas; controlled → control; regularity → regular)."""
    word = word.lower()
    found = {word}
    if word.endswith("bility"):
        found.add(word[:-6] + "ble")  # stability → stable
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_BASE:
            base = word[: -len(suffix)]
            found.add(base)
            if len(base) > _MIN_BASE and base[-1] == base[-2] and base[-1] not in "aeios":
                found.add(base[:-1])  # stopped → stop
            if base.endswith("i"):
                found.add(base[:-1] + "y")  # bodies → body
    return frozenset(found)


def same_word(a: str, b: str) -> bool:
    """``a`` and ``b`` are forms of one word (invasive, invasion; pain, pains; certain, certainty)."""
    if a == b:
        return True
    shared = bases(a) & bases(b)
    return any(len(base) >= _MIN_BASE for base in shared) and min(len(a), len(b)) >= _MIN_BASE


def english_stems(word: str) -> list[str]:
    """The word an English word of negated form negates: painless → pain, non-invasive → invasive,
    irreversible → reversible, asymptomatic → symptomatic, sugar-free → sugar; [] when its form is not a prefix or a
    suffix of negation (absent, resistant)."""
    word = word.lower()
    stems = []
    if word.startswith("non-"):
        stems.append(word[4:])
    elif word.startswith("non") and len(word) > 7:
        stems.append(word[3:])
    if word.endswith("-free"):
        stems.append(word[:-5])
    for suffix in ("lessness", "lessly", "less"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stems.append(word[: -len(suffix)])
            break
    if word.startswith(("un", "in", "im", "il", "ir")) and len(word) >= 6:
        stems.append(word[2:])
    if word.startswith("dis") and len(word) >= 7:
        stems.append(word[3:])  # discomfort (a gloss of 不快感)
    if word.startswith("asympt") or word.startswith("a") and word.endswith(_A_ADJECTIVES) and len(word) >= 7:
        stems.append(word[1:])  # atypical, aseptic, asymptomatic
    return [s for s in stems if len(s) >= 3]


def _glosses(word: str) -> frozenset[str]:
    from .jmdict import gloss_words  # cached there

    return gloss_words(word)


def _negative_gloss_stems(word: str) -> list[str]:
    """The stems of the negated English glosses of a Japanese word (不確実 → certain, reliable, …), [] when JMdict
    glosses it by no negated word (非常 = emergency, extraordinary; 未来 = future)."""
    return [stem for gloss in _glosses(word) if _negated_gloss(gloss) for stem in english_stems(gloss)]


def _negated_gloss(gloss: str) -> bool:
    """A gloss negated by its form: an English negative (lint.analysis.negation.lexical_negative), or a noun of un-,
    in-, im-, il-, ir- before a common word (instability, irregularity, inaccuracy), which that test leaves to
    adjectives; asked only of the glosses of a word of 不/非/無/未."""
    from .negation import _word_frequency, lexical_negative

    if lexical_negative(gloss):
        return True
    if gloss.startswith("dis") and _word_frequency().get(gloss[3:], 0) >= _GLOSS_STEM_FREQUENCY:
        return True  # discomfort (不快感), disorder
    return gloss[:2] in ("un", "in", "im", "il", "ir") and _word_frequency().get(gloss[2:], 0) >= _GLOSS_STEM_FREQUENCY


def _spans(tokens) -> list[tuple[int, int, str]]:
    """(first token, end, written form) of every run of one to three content tokens that JMdict knows as a word."""
    found = []
    for i, token in enumerate(tokens):
        if token.pos not in _CONTENT_POS:
            continue
        text = ""
        for j in range(i, min(i + _JA_SPAN, len(tokens))):
            if j > i and tokens[j].pos not in _CONTENT_POS and tokens[j].surface_form != "的":
                break
            text += tokens[j].surface_form
            if len(text) >= 2 and _glosses(text):
                found.append((i, j + 1, text))
        lemma = token.basic_form
        if lemma and lemma != "*" and lemma != token.surface_form and len(lemma) >= 2 and _glosses(lemma):
            found.append((i, i + 1, lemma))
    return found


def _negating_words(spans, tokens, terms: bool = False) -> list[tuple[str, list[str]]]:
    """The source's words of 不/非/無/未 whose glosses are negated (不確実: uncertain; 意識不明: unconscious), with the
    glosses' stems; a prefix 不/非/無/未 before a noun JMdict does not know with it (未治療) negates the noun's glosses.
    Not a word inside a compound noun (形成不全, 心不全, 不妊治療, 無痛分娩): a term, which English renders by a term
    (dysplasia, heart failure, fertility treatment); with ``terms``, those too."""
    words = []
    for first, end, text in spans:
        if not any(tokens[i].surface_form.startswith(_JA_PREFIXES) for i in range(first, end)):
            continue
        if not terms and _in_compound(tokens, first, end):
            continue
        if not terms and end < len(tokens) and tokens[end].surface_form == "に" and tokens[end].pos == "助詞":
            if tokens[end].pos_detail_1 == "副詞化" or tokens[end - 1].pos_detail_1 in ("形容動詞語幹", "副詞可能"):
                continue  # an adverb (非常に = "very", 無理に = "by force") negates no word the English renders
        stems = _negative_gloss_stems(text)
        if stems or _glosses(text) & _GLOSS_NEGATORS:
            words.append((text, stems))
    for i, token in enumerate(tokens[:-1]):
        following = tokens[i + 1]
        if token.pos == "接頭詞" and token.surface_form in _JA_PREFIXES and following.pos == "名詞":
            text = token.surface_form + following.surface_form
            if _glosses(text) or not terms and _in_compound(tokens, i, i + 2):
                continue  # JMdict knows the word (read above)
            glosses = _glosses(following.surface_form)
            if 0 < len(glosses) <= _MAX_GLOSSES:
                words.append((text, sorted(glosses)))
    return words


def _in_compound(tokens, first: int, end: int) -> bool:
    """The run of tokens is part of a longer compound noun: a noun right before it or right after it (not a suffix:
    不眠症, 不快感 are words of their own)."""
    if tokens[first].pos != "名詞" and tokens[first].pos != "接頭詞":
        return False
    before = first > 0 and tokens[first - 1].pos == "名詞" and tokens[first - 1].pos_detail_1 != "接尾"
    after = end < len(tokens) and tokens[end].pos == "名詞" and tokens[end].pos_detail_1 not in ("接尾", "非自立")
    return before or after


def _english_words(text: str) -> list[str]:
    from .negation import _EN_WORD_RE, mask_not_negation

    # an acronym (UNAIDS) is a name, not a word of negated form; a placeholder ({painless_days}, %(treated)s) no word
    text = _IDIOM_RE.sub(" ", _PLACEHOLDER_RE.sub(" ", text))
    return [w.lower() for w in _EN_WORD_RE.findall(mask_not_negation(text)) if not (w.isupper() and len(w) > 1)]


def form_negation_mismatch(source: str, translation: str) -> str:
    """A sentence for a finding when a negation carried by a word's form was added or dropped; "" otherwise."""
    if not source or not translation:
        return ""
    from ..japanese.tokenizer import tokenize
    from .negation import english_negation, japanese_negation, lexical_negative, load_negation_words

    english = _english_words(translation)
    negated = list(dict.fromkeys(w for w in english if _negated_form(w, lexical_negative)))[:_MAX_WORDS]
    if not negated and not any(prefix in source for prefix in _JA_PREFIXES):
        return ""  # neither side has a word negated by its form (most entries): no dictionary is read
    japanese = japanese_negation(source)
    tokens = tokenize(source)
    spans = _spans(tokens)
    negating = _negating_words(spans, tokens)
    data = load_negation_words()
    # words of lack, avoidance, difficulty or rarity at a word's start (予防 holds no 防, 含まれる no まれ)
    weak_ja = _at_word_start(source, tokens, (*data["ja_lexical"], *data["ja_weak"], *_JA_LACK))
    if negated and not (
        any(t.pos == "接頭詞" and t.surface_form in _JA_PREFIXES for t in tokens)
        or _negating_words(spans, tokens, terms=True)
        or japanese.strong
        or weak_ja
        or _negates(tokens)
        or _lacking(spans)
    ):
        added = _added(negated, english, spans, tokens)
        if added:
            word, stem, text = added
            return (
                f'the translation negates a word by its form ("{word}": not {stem}) but the source says {text} with '
                "no negation: is a negation added?"
            )
    if negating and not any(_renders(word, text, stems) for word in negated for text, stems in negating):
        outright = english_negation(translation)
        avoiding = outright.weak and not lexical_negative(outright.evidence.lower())
        if outright.strong or avoiding and not weak_ja or "unless" in english:
            return ""  # a weak English negation (avoid) answers the source's own (避け), or renders the prefix
        dropped = _dropped(negating, english, spans)
        if dropped:
            text, stem, word = dropped
            return (
                f'the source\'s {text} is a negation ("{_negative_form(text, stem)}") but the translation says '
                f'"{word}" with no negation: is the negation dropped?'
            )
    return ""


def _index(words) -> dict[str, set[str]]:
    """Each base of each word (of at least _MIN_BASE letters) → the words it is a base of: same_word by lookup."""
    index: dict[str, set[str]] = {}
    for word in words:
        if len(word) < _MIN_BASE:
            continue
        for base in bases(word):
            if len(base) >= _MIN_BASE:
                index.setdefault(base, set()).add(word)
    return index


def _matches(word: str, index: dict[str, set[str]]) -> set[str]:
    """The indexed words that are forms of ``word``."""
    if len(word) < _MIN_BASE:
        return set()
    found: set[str] = set()
    for base in bases(word):
        if len(base) >= _MIN_BASE:
            found |= index.get(base, set())
    return found


def _added(negated, english, spans, tokens):
    """(English word, its stem, the source's word) of a negation the translation added by a word's form, or None."""
    english_index = _index(set(english))
    # each base of each gloss → the source's words ("first:end:text") it glosses
    gloss_index: dict[str, set[str]] = {}
    for first, end, text in spans:
        glosses = _glosses(text)
        if len(glosses) <= _MAX_GLOSSES:
            for base in _index(glosses):
                gloss_index.setdefault(base, set()).add(f"{first}:{end}:{text}")
    every_gloss = _index({g for _, _, text in spans for g in _glosses(text)})
    for word in negated:
        if _matches(word, every_gloss):
            continue  # a Japanese word means the negated word itself (自立: independence, for "independent")
        if word.endswith("-free") and any("free" in _glosses(text) for _, _, text in spans):
            continue  # グルテンフリー: the source says "free" too
        for stem in english_stems(word):
            if _matches(stem, english_index) - {word}:
                continue  # the stem is written as a word of its own too ("unsafe … for their safety"): it renders
                # the source's word, and the negated one something else (危険)
            for key in sorted(_matches(stem, gloss_index)):
                first, end, text = key.split(":", 2)
                if not _agrees(word, stem, tokens, int(first), int(end), text):
                    continue  # an adjective negated (impatient) renders no plain noun (患者: patient)
                own = _index({g for g in _glosses(text) if len(g) >= _MIN_BASE})
                if any(_matches(w, own) for w in set(english) - {word}):
                    continue  # the source's word is rendered as itself ("surgery" for 手術): the negated word
                    # renders another (保存的治療 = "nonoperative management")
                return word, stem, text
    return None


def _agrees(word: str, stem: str, tokens, first: int, end: int, text: str) -> bool:
    """The English word and the source's word are of one kind. A word of -less, -free or non- negates a noun too
    (痛み: painless; 喫煙者: nonsmokers). One of un-, in-, im-, il-, ir-, dis-, a- negates an adjective: a 形容詞, a
    形容動詞 stem, a noun of 的 or 性, a verbal noun made a participle (治療済み, 完了しています), or a noun whose gloss the
    stem derives from (症状: symptom, for "asymptomatic"; 意識: consciousness, for "unconscious"); never a noun glossed
    by the stem itself (患者: patient, for "impatient"; 普段: usual, for "unusual")."""
    if word.endswith(("-free", "less", "lessly", "lessness")) or word.startswith("non"):
        return True
    run = tokens[first:end]
    after = tokens[end] if end < len(tokens) else None
    if text.endswith(("的", "性")) or any(t.pos == "形容詞" or t.pos_detail_1 == "形容動詞語幹" for t in run):
        return True
    if after is not None and after.surface_form in ("的", "性", "な"):
        return True
    if (
        run[-1].pos_detail_1 == "サ変接続"
        and after is not None
        and (after.basic_form in ("する", "できる", "れる", "られる") or after.surface_form.startswith("済"))
    ):
        return True
    if run[-1].pos != "名詞":
        return False  # a verb (座る: "steady"?) is no adjective's word
    return stem not in _glosses(text)


def _dropped(negating, english, spans):
    """(the source's word of 不/非/無/未, the stem, the English word) of a negation the translation dropped, or None."""
    english_index = _index(set(english))
    for text, stems in negating:
        own = {
            g
            for g in _glosses(text)
            if g not in _GLOSS_NEGATORS and not _negated_gloss(g) and not any(same_word(g, stem) for stem in stems)
        }
        if any(_matches(g, english_index) for g in own):
            continue  # the word is rendered by a gloss of its own (不眠症: insomnia), not by its negated stem
        others = {
            g
            for _, _, t in spans
            if t != text and not text.startswith(t) and t not in text and len(_glosses(t)) <= _MAX_GLOSSES
            for g in _glosses(t)
        }
        others_index = _index(others)
        for stem in stems:
            for word in sorted(_matches(stem, english_index)):
                if _FIELD_WORDS.get(text) == word:
                    continue  # "fertility testing" for 不妊症の検査: the field's name
                if _matches(word, others_index):
                    continue  # the English word renders another word of the source (適度: moderate, beside 無理)
                if _deficient(word, english, not_yet=text.startswith("未")):
                    continue  # a lack said in other words: "fertility problems", "sleeping badly", "before opening"
                return text, stem, word
    return None


def _deficient(word: str, english: list[str], not_yet: bool) -> bool:
    """A word of deficiency or lack within a few words of ``word`` (poorly controlled, fertility problems, less stable),
    or of not-yet for a word of 未 (before opening, still needs treatment): the English says the source's negation
    without a negated form."""
    words = _EN_DEFICIENCY | (_EN_NOT_YET if not_yet else frozenset())
    positions = [i for i, w in enumerate(english) if w == word]
    return any(w in words for i in positions for w in english[max(0, i - _NEAR) : i + _NEAR + 1])


def _negated_form(word: str, lexical_negative) -> bool:
    """An English word negated by its form: lint.analysis.negation's test, or a word of un-, in-, im-, il-, ir-,
    non- or a- that the dictionary does not know (unresectable) or an adjective of a- (atypical, aseptic), whose stem
    the source must then gloss before it counts (``_added``)."""
    if word in _NOT_FORMS:
        return False
    if lexical_negative(word):
        return True
    from .negation import _word_frequency

    stems = english_stems(word)
    if not stems:
        return False
    if word.startswith("a") and not word.startswith(("un", "in", "im", "il", "ir", "non")):
        return True  # a- before an adjective (english_stems reads it only there)
    return _word_frequency().get(word, 0) < _GLOSS_STEM_FREQUENCY


def _renders(word: str, text: str, stems: list[str]) -> bool:
    """The English negated word renders the source's word of 不/非/無/未 (painless for 無痛, unsanitary for 不衛生)."""
    glosses = _glosses(text)
    return any(same_word(word, g) for g in glosses) or any(
        same_word(stem, other) for stem in english_stems(word) for other in stems
    )


def _negates(tokens) -> bool:
    """A negation anywhere in the source, a condition's too (効かない場合は: "if it is ineffective")."""
    return any(
        t.pos == "助動詞"
        and t.basic_form in ("ない", "ぬ", "ん")
        or t.pos == "形容詞"
        and t.basic_form in ("ない", "無い")
        or t.surface_form in ("なし", "無し", "ず")
        for t in tokens
    )


def _at_word_start(source: str, tokens, words) -> bool:
    """One of ``words`` begins where a token begins (予防 holds no 防)."""
    return any(source.startswith(w, t.start) for t in tokens for w in words if w)


def _lacking(spans) -> bool:
    """The source has a word whose meaning is a lack, by JMdict's glosses (息切れ: shortness of breath; 禁煙:
    abstaining from smoking; 放置: neglecting; 違う: not; いらいら: lose patience) or is negated by its form (乱れる:
    irregular): a negation of its own, which an English form may render."""
    from .negation import lexical_negative

    for _, _, text in spans:
        glosses = _glosses(text)
        if len(glosses) > _MAX_GLOSSES:
            continue  # a light word (する: "lose" in one of its ninety senses) says nothing of this sentence
        for gloss in glosses:
            if any(same_word(gloss, lack) for lack in _LACK_GLOSSES) or lexical_negative(gloss):
                return True
    return False


def _negative_form(text: str, stem: str) -> str:
    return next(
        (g for g in sorted(_glosses(text)) if _negated_gloss(g) and stem in english_stems(g)),
        stem,
    )
