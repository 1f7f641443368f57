"""Numbers of a Japanese text and of its English translation, for comparing the two (TRN005).

``japanese_numbers`` reads the numbers a Japanese text writes with digits
(万/億/千, 割, era years, full-width digits); ``english_numbers`` the values an
English text gives as digits, number words or month names; ``missing_numbers``
pairs them. They are analysis, not a rule: lint/rules/translation.py reports
what they find.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Number", "english_numbers", "japanese_numbers", "missing_numbers"]

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
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth"]
ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
MULTIPLES = {"once": 1, "twice": 2, "thrice": 3, "double": 2, "doubled": 2, "doubles": 2, "doubling": 2,
             "triple": 3, "tripled": 3, "triples": 3, "quadruple": 4, "quadrupled": 4, "half": Decimal("0.5")}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NUMBER_WORDS = {w: i for i, w in enumerate(UNITS)} | TENS | {w: i for i, w in enumerate(ORDINALS)} | ORDINAL_TENS
NUMBER_WORDS |= MULTIPLES
# English often renders the number 1 without a digit: "a day", "once daily", "per patient".
ONE_WORDS = {"a", "an", "one", "once", "single", "per", "each", "every", "daily", "yearly", "annually",
             "monthly", "weekly", "first", "alone", "sole", "only"}


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
    text = unicodedata.normalize("NFKC", plain)
    text = _THIN_SPACE_RE.sub("", text)
    values = Counter()
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
        if word in MONTHS:
            values[Decimal(MONTHS.index(word) + 1)] += 1
            pending = None
            continue
        if low in SCALES and pending is not None:
            values[pending] -= 1
            pending = (pending * SCALES[low]).normalize()
            values[pending] += 1
            continue
        parts = []  # the leading number words: "twenty-five-year-old" → twenty, five; "fourfold" → four
        for part in low.split("-"):
            part = part[:-4] if part.endswith("fold") and part[:-4] in NUMBER_WORDS else part
            if part not in NUMBER_WORDS:
                break
            parts.append(part)
        numbers = [NUMBER_WORDS[p] for p in parts]
        if not numbers:
            pending = None
            continue
        if len(numbers) == 2 and parts[0] in TENS and 0 < numbers[1] < 10 and parts[1] in UNITS:
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
        elif Decimal(1) in number.values and words & ONE_WORDS:
            continue
        else:
            missing.append(number)
    return missing, +available
