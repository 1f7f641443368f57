"""Numbers of a Japanese text and of its English translation, for comparing the two (TRN005).

``japanese_numbers`` reads the numbers a Japanese text writes with digits
(万/億/千, 割, era years, full-width digits); ``english_numbers`` the values an
English text gives as digits, number words or month names; ``missing_numbers``
pairs them. They are analysis, not a rule: lint/rules/translation.py reports
what they find. The English number words (three, twenty, third, twice, March)
and the words that stand for 1 (a, per, daily) are data:
lint/data/en-number-words.toml, read by ``load_number_words``.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError

__all__ = ["Number", "NumberWords", "english_numbers", "japanese_numbers", "load_number_words", "missing_numbers"]

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_JA_NUMBER_RE = re.compile(
    rf"(?P<era>令和|平成|昭和|大正)?(?P<num>{_NUM})(?:(?P<mult>[万億千])(?P<rest>\d{{1,4}}(?![\d.,]))?|(?P<wari>割))?"
)
_EN_NUMBER_RE = re.compile(rf"(?P<num>{_NUM})(?:\s*(?P<scale>thousand|million|billion)\b)?", re.IGNORECASE)
_THIN_SPACE_RE = re.compile(r"(?<=\d)[\u2009\u202f\u00a0](?=\d{3}\b)")
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911}
MULTIPLIERS = {"万": 10**4, "億": 10**8, "千": 10**3}
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
NUMBER_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "en-number-words.toml"
WORD_KINDS = ("unit", "ten", "ordinal", "multiple", "month")


@dataclass(frozen=True)
class NumberWords:
    """The English number words of lint/data/en-number-words.toml, as english_numbers looks them up."""

    values: dict[str, int | Decimal]  # every word but the months, lower case -> its number
    units: frozenset[str]  # zero … nineteen
    tens: frozenset[str]  # twenty … ninety
    months: dict[str, int]  # January -> 1 (capitalised: "may" is a verb)
    one_words: frozenset[str]  # words that render the number 1 without a digit: a, per, daily …


@lru_cache(maxsize=4)
def load_number_words(path: Path | str = NUMBER_WORDS_FILE) -> NumberWords:
    """The number words of ``path``; ConfigError names the file and the bad entry."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the number words: {exc}") from None
    unknown = sorted(set(data) - {"words", "one_words"})
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (keys: words, one_words)")
    one_words = data.get("one_words", [])
    if not isinstance(one_words, list):
        raise ConfigError(f"{path}: one_words must be a list of lower-case words")
    for index, word in enumerate(one_words, start=1):
        if not isinstance(word, str) or not word or word != word.lower():
            raise ConfigError(f"{path}: one_words #{index}: {word!r} is not a lower-case word")
    words = data.get("words")
    if not isinstance(words, list) or not words:
        raise ConfigError(f"{path}: no words")
    values: dict[str, int | Decimal] = {}
    kinds: dict[str, str] = {}
    months: dict[str, int] = {}
    for index, entry in enumerate(words, start=1):
        word, value, kind = _number_word(path, index, entry)
        if word in values or word in months:
            raise ConfigError(f"{path}: words #{index} ({word}): listed twice")
        if kind == "month":
            months[word] = int(value)  # checked: an integer from 1 to 12
        else:
            values[word] = value
            kinds[word] = kind
    return NumberWords(values, frozenset(w for w, k in kinds.items() if k == "unit"),
                       frozenset(w for w, k in kinds.items() if k == "ten"), months, frozenset(one_words))


def _number_word(path: Path, index: int, entry: object) -> tuple[str, int | Decimal, str]:
    """(word, value, kind) of one entry; ConfigError names the entry."""
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: words #{index}: must be a table {{ word = …, value = …, kind = … }}")
    word = entry.get("word")
    where = f"{path}: words #{index}" + (f" ({word})" if isinstance(word, str) and word else "")
    unknown = sorted(set(entry) - {"word", "value", "kind"})
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (keys: word, value, kind)")
    for key in ("word", "value", "kind"):
        if key not in entry:
            raise ConfigError(f"{where}: missing {key}")
    kind, value = entry["kind"], entry["value"]
    if kind not in WORD_KINDS:
        raise ConfigError(f"{where}: kind must be one of {', '.join(WORD_KINDS)}, not {kind!r}")
    if not isinstance(word, str) or not word.isalpha():
        raise ConfigError(f"{where}: word must be one word of letters")
    # english_numbers looks number words up in lower case and months as written
    if kind == "month" and word != word.capitalize() or kind != "month" and word != word.lower():
        raise ConfigError(f"{where}: write a month capitalised, any other word in lower case")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 \
            or kind == "month" and not (isinstance(value, int) and 1 <= value <= 12):
        raise ConfigError(f"{where}: value must be a number (a month's 1 to 12), not {value!r}")
    # a decimal from its TOML text (0.5), not from the binary float
    return word, value if isinstance(value, int) else Decimal(repr(value)), kind


@dataclass(frozen=True)
class Number:
    text: str  # as written in the source
    values: frozenset  # the values an English rendering may have


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "")).normalize()
    except InvalidOperation:
        return None


def japanese_numbers(plain: str) -> list[Number]:
    """The numbers written with digits in Japanese prose (full-width digits included).

    ``約2万人`` → 20000, ``2万5000`` → 25000, ``2割`` → 2 or 20 (percent),
    ``令和6年`` → 6 or 2024; ``3〜6ヶ月`` → 3 and 6 (a range is its two ends).
    Kanji numerals (一つ, 二次性, 三徴) are not numbers here: they are mostly parts
    of words (一般, 一部, 十分, 三徴 = triad) and English renders them freely.
    """
    text, origin = _normalize(plain)
    found = []
    for match in _JA_NUMBER_RE.finditer(text):
        value = _decimal(match.group("num"))
        if value is None:
            continue
        values = {value}
        if match.group("mult"):
            scaled = value * MULTIPLIERS[match.group("mult")]
            if match.group("rest"):
                scaled += Decimal(match.group("rest"))
            values = {scaled.normalize()}
        elif match.group("wari"):
            values = {value, (value * 10).normalize()}
        if match.group("era") and text[match.end():match.end() + 1] == "年":
            values.add(Decimal(ERAS[match.group("era")]) + value)
        written = plain[origin[match.start()]:origin[match.end() - 1] + 1]  # as the source writes it
        found.append(Number(written, frozenset(values)))
    return found


def _normalize(text: str) -> tuple[str, list[int]]:
    """NFKC (full-width digits and signs to ASCII), with each character's index in ``text``."""
    out, origin = [], []
    for index, char in enumerate(text):
        normalized = unicodedata.normalize("NFKC", char)
        out.append(normalized)
        origin.extend([index] * len(normalized))
    return "".join(out), origin


def english_numbers(plain: str) -> tuple[Counter, set[str]]:
    """(Counter of numeric values, set of lower-case words) of English prose.

    Digits (``20,000``, ``0.6``, ``3–6``), digits with a scale (``20 thousand``),
    number words (``six``, ``twenty-five``, ``third``, ``twice``, ``fourfold``),
    and month names (``March`` → 3, for dates).
    """
    table = load_number_words()
    text = unicodedata.normalize("NFKC", plain)
    text = _THIN_SPACE_RE.sub("", text)
    values: Counter[Decimal] = Counter()
    for match in _EN_NUMBER_RE.finditer(text):
        value = _decimal(match.group("num"))
        if value is None:
            continue
        if match.group("scale"):
            value = (value * SCALES[match.group("scale").lower()]).normalize()
        values[value] += 1
    words = _WORD_RE.findall(text)
    lowered = set()
    pending = None  # the value of a number word that a following word may extend
    for word in words:
        low = word.lower()
        lowered.update(low.split("-"))
        if word in table.months:
            values[Decimal(table.months[word])] += 1
            pending = None
            continue
        if low in SCALES and pending is not None:
            values[pending] -= 1
            pending = (pending * SCALES[low]).normalize()
            values[pending] += 1
            continue
        parts = []  # the leading number words: "twenty-five-year-old" → twenty, five; "fourfold" → four
        for part in low.split("-"):
            part = part[:-4] if part.endswith("fold") and part[:-4] in table.values else part
            if part not in table.values:
                break
            parts.append(part)
        numbers = [table.values[p] for p in parts]
        if not numbers:
            pending = None
            continue
        if len(numbers) == 2 and parts[0] in table.tens and 0 < numbers[1] < 10 and parts[1] in table.units:
            numbers = [numbers[0] + numbers[1]]  # twenty-five
        for number in numbers:
            values[Decimal(number).normalize()] += 1
        pending = Decimal(numbers[-1]).normalize()
    return values, lowered


def missing_numbers(source_plain: str, translation_plain: str) -> tuple[list[Number], Counter]:
    """(numbers of the source the translation lacks, unmatched numbers of the translation)."""
    available, words = english_numbers(translation_plain)
    missing = []
    for number in japanese_numbers(source_plain):
        hit = next((v for v in sorted(number.values) if available[v] > 0), None)
        if hit is not None:
            available[hit] -= 1
        elif Decimal(1) in number.values and words & load_number_words().one_words:
            continue
        else:
            missing.append(number)
    return missing, +available
