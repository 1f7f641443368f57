"""Negation in a Japanese text and in its English translation, for comparing the two (TRN011).

``japanese_negation(text)`` and ``english_negation(text)`` return a ``Polarity``:
``strong`` when a predicate is negated (Japanese ない/ません/ず/なし on a
predicate, or a negating prefix 不/非/無/未 on the final predicate: 不要です,
無効でした; English not, n't, no, never, none, neither, nor, without, cannot, or
a negating prefix on the predicate: "is unnecessary", "are unable"), ``weak``
when the text carries a word that renders a negation without being one
(avoid, refrain, fail to, lack, hardly, rarely, -less; 避ける, 控える, 中止).
The constructions that look negative but are not (なければなりません: must;
かもしれません: may; 少なくない, 欠かせない, しかない: only; 〜ませんか: an
invitation; "not only", a double negative "not uncommon") are removed first.
The words are data: lint/data/negation.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError

NEGATION_FILE = Path(__file__).resolve().parent.parent / "data" / "negation.toml"
KEYS = (
    "ja_not_negation",
    "ja_prefixed",
    "ja_weak",
    "en_strong",
    "en_weak",
    "en_not_negation",
    "en_prefixed",
    "en_copulas",
)


@dataclass(frozen=True)
class Polarity:
    strong: bool  # a negated predicate
    weak: bool  # a word that may render a negation (avoid, 控える)
    evidence: str = ""  # the word that made it negative
    prefixed: bool = False  # a word with a negating prefix (無症状の方, "asymptomatic"), not on the predicate


@lru_cache(maxsize=2)
def load_negation_words(path: Path | str = NEGATION_FILE) -> dict[str, list[str]]:
    """The lists of lint/data/negation.toml; ConfigError names the file and the key."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the negation words: {exc}") from None
    for key in data:
        if key not in KEYS:
            raise ConfigError(f"{path}: unknown key {key!r} (keys: {', '.join(KEYS)})")
    for key in KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError(f"{path}: {key} must be a list of non-empty strings")
    return data


@lru_cache(maxsize=8)
def _pattern(key: str, words: bool) -> re.Pattern[str]:
    items = sorted(load_negation_words()[key], key=len, reverse=True)
    raw = key.endswith("not_negation")  # regular expressions; the other lists are words
    body = "|".join(items if raw else map(re.escape, items))
    if key.startswith("en"):
        return re.compile(rf"\b(?:{body})" + (r"\b" if words else ""), re.IGNORECASE)
    return re.compile(f"(?:{body})")


def japanese_negation(text: str) -> Polarity:
    """The polarity of a Japanese text (every sentence, main and subordinate predicates)."""
    from ..japanese.tokenizer import tokenize

    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), text)
    tokens = tokenize(masked)
    for i, token in enumerate(tokens):
        if (
            token.pos == "助動詞"
            and token.basic_form in ("ない", "ぬ")
            or token.basic_form == "ん"
            and i
            and tokens[i - 1].basic_form == "ます"
        ):  # メトホルミン ends in ン, not in the auxiliary
            return Polarity(True, True, token.surface_form)
        if token.pos == "形容詞" and token.basic_form in ("ない", "無い"):
            return Polarity(True, True, token.surface_form)
        if token.surface_form in ("なし", "無し") and token.pos in ("形容詞", "名詞"):
            return Polarity(True, True, token.surface_form)
        if token.basic_form in ("なくなる", "無くなる") and _final(tokens, i):  # かゆみがなくなりました: no longer
            return Polarity(True, True, token.surface_form)
        prefixed = load_negation_words()["ja_prefixed"]
        if token.surface_form in prefixed and _japanese_predicate(tokens, i):
            return Polarity(True, True, token.surface_form)
        if (
            i + 1 < len(tokens)
            and token.surface_form + tokens[i + 1].surface_form in prefixed
            and _japanese_predicate(tokens, i + 1)
        ):  # 無 + 症状
            return Polarity(True, True, token.surface_form + tokens[i + 1].surface_form)
    weak = _pattern("ja_weak", False).search(masked)
    prefixed = next((w for w in load_negation_words()["ja_prefixed"] if w in masked), "") or next(
        (
            t.surface_form + tokens[i + 1].surface_form
            for i, t in enumerate(tokens[:-1])
            if t.pos == "接頭詞" and t.surface_form in ("非", "無", "不", "未") and tokens[i + 1].pos == "名詞"
        ),
        "",
    )
    return Polarity(False, bool(weak or prefixed), prefixed or (weak.group() if weak else ""), bool(prefixed))


def _final(tokens, i):
    """Only auxiliaries (ます, た, です) and punctuation follow the word at i up to the sentence end."""
    for t in tokens[i + 1 :]:
        if t.surface_form in ("。", "！", "？"):
            return True
        if not (t.pos == "助動詞" or t.pos == "記号"):
            return False
    return True


def _japanese_predicate(tokens, i):
    """The word at i is the predicate: followed by です/だ/でした/となる/である and the end of a clause."""
    rest = [t for t in tokens[i + 1 :] if t.pos != "記号" or t.surface_form in ("。", "、")]
    for t in rest:
        if t.surface_form in ("。", "、") or t.pos == "助動詞" and t.basic_form in ("です", "だ", "た", "ます"):
            return True
        if t.pos == "助詞" and t.basic_form in ("で", "と", "に", "か", "ね", "よ") or t.basic_form in ("なる", "ある"):
            continue
        return False
    return True


_DOUBLE_NEGATIVE_RE = re.compile(r"\bnot (?:un|in|im)[a-z]+", re.IGNORECASE)  # "not uncommon": renders 珍しくない
_EN_WORD_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# an English contraction (don't, isn't): anchored at a word start and Latin letters only, so a long
# run of other word characters (a CJK run counts as one \w+ word) is scanned once, not once per start
_CONTRACTION_RE = re.compile(r"\b[A-Za-z]+n['’]t\b", re.IGNORECASE)
_EN_PREFIXES = ("un", "non", "asympt", "dis", "in", "im", "ir", "il")


def english_negation(text: str) -> Polarity:
    """The polarity of an English text."""
    data = load_negation_words()
    masked = _pattern("en_not_negation", False).sub(" ", text)
    strong = _pattern("en_strong", True).search(masked) or _CONTRACTION_RE.search(masked)
    if strong:
        return Polarity(True, True, strong.group())
    words = [w.lower() for w in _EN_WORD_RE.findall(masked)]
    prefixed = set(data["en_prefixed"])
    copulas = set(data["en_copulas"])
    for index, word in enumerate(words):
        if word in prefixed or word.startswith("non") and word[3:] and len(word) > 7:
            before = [
                w
                for w in words[max(index - 3, 0) : index]
                if w not in ("very", "quite", "so", "too", "often", "usually", "also", "still", "generally")
            ]
            clause = words[max(index - 4, 0) : index]
            if before and before[-1] in copulas and not {"who", "that", "which"} & set(clause):
                return Polarity(True, True, word)
    weak = _pattern("en_weak", True).search(masked) or _DOUBLE_NEGATIVE_RE.search(text)
    less = next(
        (w for w in words if w.endswith("less") and len(w) > 6 and w not in ("unless", "nevertheless", "regardless")),
        None,
    )
    negated_word = next(
        (w for w in words if w in prefixed or w.startswith(("non-", "asympt")) or w.endswith("-free")), ""
    )
    found = weak.group() if weak else less or negated_word
    return Polarity(False, bool(found), found, bool(negated_word or less))


_STOP_RE = re.compile(r"\b(?:stop|stops|stopped|cease|ceases|ceased)\b", re.IGNORECASE)
_JA_STOP_RE = re.compile("やめ|止め|中止|中断")


def negation_mismatch(source: str, translation: str) -> str:
    """A sentence for a finding when one side negates and the other does not; "" when they agree."""
    ja, en = japanese_negation(source), english_negation(translation)
    if en.weak and not en.strong and _STOP_RE.fullmatch(en.evidence.lower()) and _JA_STOP_RE.search(source):
        en = english_negation(_STOP_RE.sub(" ", translation))  # やめないで is "do not stop", never "stop"
    if ja.strong and not (en.strong or en.weak):
        return f"the source is negated ({ja.evidence}) but the translation has no negation"
    if ja.prefixed and not (en.strong or en.weak):
        return f"the source has a negated word ({ja.evidence}) that the translation does not render"
    if en.strong and not ja.strong:
        return f"the translation is negated ({en.evidence}) but the source is not"
    return ""
