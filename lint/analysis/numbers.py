"""Numbers of a Japanese text and of its English translation, for comparing the two (TRN005).

``japanese_numbers`` reads the numbers of a Japanese text with the parser the claim
check uses (lint/analysis/quantities.py: digits, kanji numerals, 万/億, 割, 半,
N人に1人, ranges, era years) and adds the other ways English writes them; ``english_numbers`` the values an
English text gives as digits, number words or month names; ``missing_numbers``
pairs them. They are analysis, not a rule: lint/rules/translation.py reports
what they find. The English number words (three, twenty, third, twice, March)
and the words that stand for 1 (a, per, daily) are data:
lint/data/en-number-words.toml, read by ``load_number_words``.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_data_toml
from ..errors import ConfigError
from .calendar_dates import month_number
from .quantities import ERAS, RATIO_COUNTERS, english_fractions_of_units, era_start, number_value
from .quantities import japanese_numbers as quantities_japanese_numbers

__all__ = ["Number", "NumberWords", "english_numbers", "japanese_numbers", "load_number_words", "missing_numbers"]

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_EN_NUMBER_RE = re.compile(rf"(?P<num>{_NUM})(?:\s*(?P<scale>thousand|million|billion|trillion)\b)?", re.IGNORECASE)
_THIN_SPACE_RE = re.compile(r"(?<=\d)[\u2009\u202f\u00a0](?=\d{3}\b)")
_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
SCALES = {"hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
NUMBER_WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "en-number-words.toml"
WORD_KINDS = ("unit", "ten", "ordinal", "multiple", "period", "age", "month")


@dataclass(frozen=True)
class NumberWords:
    """The English number words of lint/data/en-number-words.toml, as english_numbers looks them up."""

    values: dict[str, int | Decimal]  # every word but the months, lower case -> its number
    units: frozenset[str]  # zero … nineteen
    tens: frozenset[str]  # twenty … ninety
    months: dict[str, int]  # January -> 1 (capitalised: "may" is a verb)
    one_words: frozenset[str]  # words that render the number 1 without a digit: a, per, daily …
    ordinals: frozenset[str] = frozenset()  # first … fiftieth, quarter: also the denominators of fractions


@lru_cache(maxsize=4)
def load_number_words(path: Path | str = NUMBER_WORDS_FILE) -> NumberWords:
    """The number words of ``path``; ConfigError names the file and the bad entry."""
    path = Path(path)
    data = read_data_toml(path, "number words")
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
    return NumberWords(
        values,
        frozenset(w for w, k in kinds.items() if k == "unit"),
        frozenset(w for w, k in kinds.items() if k == "ten"),
        months,
        frozenset(one_words),
        frozenset(w for w, k in kinds.items() if k == "ordinal"),
    )


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
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or value < 0
        or kind == "month"
        and not (isinstance(value, int) and 1 <= value <= 12)
    ):
        raise ConfigError(f"{where}: value must be a number (a month's 1 to 12), not {value!r}")
    # a decimal from its TOML text (0.5), not from the binary float
    return word, value if isinstance(value, int) else Decimal(repr(value)), kind


@dataclass(frozen=True)
class Number:
    text: str  # as written in the source
    values: frozenset  # the values an English rendering may have
    era: bool = False  # an era year (令和6年): 6 counts only when the English names the era
    at_least: bool = False  # a count with 以上 (2滴以上): "more than one" renders it
    # the English unit in which the quantity is one when it is not one as written (7日間 = a week):
    # then "a" or "one" renders it only before that unit, not anywhere ("ten days in a row")
    one_unit: str = ""
    # numbers the English may write beside it that are no number of their own: the 1 of a ratio
    # (20人に1人, "1 in 20" besides "5%"); only added_digits reads them
    beside: frozenset = frozenset()
    # the total in the smaller unit of a compound duration this number is the larger or smaller part
    # of (1歳6か月 = "18 months", 2週3日 = "17 days"): both parts are rendered by it together
    joined: frozenset = frozenset()
    # (sixteenth session) the calendar year a fiscal year (令和6年度) ends in, which an English span of it may write
    # ("fiscal year 2024 (April 2024–March 2025)"); only added_digits reads it, and only as the end of such a span
    fiscal_end: frozenset = frozenset()
    # (thirty-fifth session) the N of a ratio "one in N" (百人に一人: 100): the English must give N ("one in a hundred"),
    # the share as a percentage ("1%") or as a fraction ("half" for 2人に1人); a bare "one" is the ratio's 1, no render
    ratio_of: Decimal = Decimal(0)
    # (thirty-fifth session) the counts of tenths a 割 gives (3割: 3; 2〜3割: 2 and 3; 7割5分: 7.5): each must reach the
    # English as a percentage ("30%", "thirty percent"), a share (0.3, "half" for 5割) or "N in 10"; never as a bare N
    # ("three percent" for 3割, "one in five" for 1割: tenfold errors a check of issue 12 found passing)
    tenths: tuple = ()


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "")).normalize()
    except InvalidOperation:
        return None


# Other ways English writes the same quantity: 2週間 = 14 days, 1年 = 12 months, 6か月 = half a year,
# 半年 = six months, 半日 = twelve hours; a frequency per half year (半年に一度) is twice a year.
_TIME_EQUIVALENTS = {"年": (12,), "年間": (12,)}
# Durations in minutes: a duration may reach the English in any of these units when the value there
# is whole or a half (30分 = half an hour, 90分 = 1.5 hours, 48時間 = two days, 2週間 = 14 days).
_DURATION_MINUTES = {
    "分": 1,
    "分間": 1,
    "時間": 60,
    "日": 1440,
    "日間": 1440,
    "週": 10080,
    "週間": 10080,
}
# A duration or an age followed by 半 is its unit and a half (1年半, 2時間半, 1か月半, 1歳半); not 半年,
# 半日 after it.
_HALF_UNITS = ("年", "年間", "時間", "日", "週", "週間", "分", "歳", "才")
_HALF_AFTER_RE = re.compile(r"半(?![年日月])")
_MONTH_UNITS = ("か月", "カ月", "ヶ月", "ヵ月", "ケ月", "箇月", "か月間", "カ月間", "ヶ月間", "ヵ月間", "ケ月間")
_MONTHS_AFTER_RE = re.compile(r"\s*[0-9０-９一二三四五六七八九十]+\s*(?:か月|カ月|ヶ月|ヵ月|ケ月)")
# A period repeated (6か月ごと, 3か月に1回) is a frequency per year, and a count per period (年2回,
# 1日3回) is a period in the smaller unit (every six months, every eight hours).
_EVERY_RE = re.compile(r"\s*(?:ごと|毎|に\s*[1１一]\s*[回度])")
_PER_PERIOD_RE = re.compile(
    r"(?<![0-9０-９〇一二三四五六七八九十])(?:[1１一]\s*)?(年間|年|日)\s*(?:に|あたり|当たり)?\s*\Z"
)
_PERIOD_SMALLER_UNITS = {"年": 12, "年間": 12, "日": 24}  # months in a year, hours in a day
# A compound duration (1歳6か月, 2時間30分) is one length the English may give in its smaller unit:
# (units of the larger part, units of the smaller part, how many of the smaller make one larger).
_COMPOUND_DURATIONS = (
    (("歳", "年"), _MONTH_UNITS, 12),
    (("週", "週間"), ("日", "日間"), 7),
    (("時間",), ("分", "分間"), 60),
)
_HALF_EQUIVALENTS = {"半年": (6,), "半日": (12,), "半月": (2, 15)}
# the opening bracket between a year and the same year in another calendar, and the era's name before the second:
# 令和4年（2022年）, 2023年（令和5年） (fiftieth session: the second order read as a year the English had dropped)
_BRACKETED_YEAR_RE = re.compile(r"\s*[（(]\s*(?:令和|平成|昭和|大正|明治|[RHSTM]\.?)?")


def japanese_numbers(plain: str) -> list[Number]:
    """The numbers of Japanese prose, read by the shared parser (lint.analysis.quantities).

    Digits of any width with 万/億/千 (``約2万人`` → 20000), kanji numerals (``三か月`` → 3,
    ``二万`` → 20000), ``2割`` → 2 or 20 (percent), ``半数`` → 0.5, ``十人に一人`` → 1 and 10,
    ``3〜6ヶ月`` → 3 and 6 (a range is its two ends), era years (``令和6年`` → 6 or 2024; the
    western year in brackets after it, ``令和4年（2022年）``, is the same number, not a second one).
    Units widen the values English may use: ``2週間`` = 14 days, ``半年`` = six months.
    """
    # (a Roman numeral read as its digits before any offset is taken: the readings below share the text's positions)
    plain = roman_numerals_as_digits(plain)
    found: list[Number] = []
    previous = None
    adverbial = _adverbial_ones(plain)
    partitive = _partitive_ones(plain)
    counts_at_least = _counts_at_least(plain)
    tenths_minutes: set[int] = set()  # where the 分 of a 7割5分 starts: a hundredth read with its 割, no minute
    for q in quantities_japanese_numbers(plain):
        if q.start in tenths_minutes:
            continue
        if (
            len(q.text) == 1
            and not q.unit
            and q.text in _KANJI_NUMERALS
            and not (q.text in "一二三四五六七八九十" and plain[q.end : q.end + 1] in _CLASSES)
        ):
            continue  # 三徴 (triad), 二次性, 前兆 (a sign): a kanji numeral inside a word, not a count
        if q.start in adverbial:
            continue  # 一人で (by yourself), 一度に (at once): an adverb, not a count
        if q.start in partitive:
            continue  # 方法の一つ: "one of the ways", "another way": a member of a set, not a count
        if q.kind == "ordinal" and _RELATIVE_PLACE_AFTER.match(plain, q.end):
            continue  # (thirty-seventh session) 一つ前のページ: "the previous page", a place counted from here
        values = set(q.values)
        half = _HALF_AFTER_RE.match(plain, q.end) and (q.unit in _HALF_UNITS or q.unit in _MONTH_UNITS)
        if half:
            # 1年半, 2時間半, 1か月半: the unit and a half (1.5 years = 18 months), not the whole number;
            # in a range (1年から1年半) only its upper end
            ends = _RANGE_RE.split(q.text)
            q = dataclasses.replace(q, text=q.text + "半", end=q.end + 1)
            if len(ends) == 2:
                low, high = (number_value(e) for e in ends)
                if low is not None and high is not None:
                    for end in (Decimal(low), Decimal(high) + Decimal("0.5")):
                        # a young child's age at either end may be given in months (1歳から1歳半 = "12 to 18 months")
                        months = {end * 12} if q.unit in ("歳", "才") and end <= 3 else set()
                        found.append(
                            Number(q.text, frozenset(_normal(v) for v in {end} | _other_units(end, q.unit) | months))
                        )
                    previous = q
                    continue
            elif len(values) == 1:
                values = {next(iter(values)) + Decimal("0.5")}
                if q.unit in ("歳", "才"):  # an age and a half may be given in months (1歳半 = "18 months old")
                    values.add(next(iter(values)) * 12)
        if q.text.endswith("割") and len(values) == 2:  # 5割 = 50% = half: the proportion too
            values.add((min(values) / 10).normalize())
        elif q.unit in ("%", "％", "パーセント") and len(values) == 1:  # 50% = half, 25% = a quarter
            values.add((next(iter(values)) / 100).normalize())
        if q.unit == "分" and plain[q.end : q.end + 1] == "目" and len(values) == 1 and next(iter(values)) < 10:
            # (twentieth session) 分 of 分目 is a tenth, no minute: 腹八分目 = "80% full", 七分目 = 70%
            values = {next(iter(values)) * 10, (next(iter(values)) / 10).normalize()}
        elif q.unit == "年" and plain[q.end : q.end + 1] == "代" and len(values) <= 2:
            values |= _decade(int(max(values)))  # 昭和50年代 = 1975–1984: "the late 1970s", "1980"
        elif len(values) == 1:
            values |= _other_units(next(iter(values)), q.unit)
        if q.kind == "clock" and values == {Decimal(0)} and plain[max(q.start - 1, 0) : q.start] in (":", "："):
            continue  # the 00 of 15:00: no minutes, not a number ("3 p.m.")
        if q.kind == "clock" and len(values) == 1:  # 15時 = 3 p.m., 0時 = 12 midnight
            hour = next(iter(values))
            if 13 <= hour <= 24 or hour == 0:
                values.add(hour - 12 if hour else Decimal(12))
        if q.unit == "歳" and values == {Decimal(0)}:
            values.add(Decimal(1))  # 0歳 (児): babies "under one"
        if (
            q.unit == "歳"
            and len(values) == 1
            and 0 < next(iter(values)) <= 3
            and not _MONTHS_AFTER_RE.match(plain, q.end)  # 2歳3か月 is 27 months as a whole, not 24 and 3
        ):
            values.add((next(iter(values)) * 12).normalize())  # (seventh session) 1歳 = "12 months", a child's age
        if q.unit in _MONTH_UNITS and len(values) == 1:
            value = next(iter(values))
            if value % 6 == 0:
                values.add((value / 12).normalize())
            if value and 12 % value == 0 and _EVERY_RE.match(plain, q.end):
                values.add(Decimal(12) / value)  # 6か月ごと = twice a year, 3か月に1回 = four times a year
        if q.unit == "回" and len(values) == 1 and next(iter(values)):
            # 年2回 = every six months, 1日3回 = every eight hours: the period over the count
            per = _PER_PERIOD_RE.search(plain, 0, q.start)
            smaller, count = Decimal(_PERIOD_SMALLER_UNITS[per.group(1)] if per else 0), next(iter(values))
            if smaller and smaller % count == 0:
                values.add(smaller / count)
        beside = fiscal_end = frozenset()
        ratio_of = Decimal(0)
        if q.unit == "年" and plain[q.end : q.end + 1] == "度":
            # (sixteenth session) a fiscal year runs from April to the next March: 令和6年度 may be written
            # "fiscal year 2024 (April 2024–March 2025)", whose 2025 is the same year's end, no number of its own
            fiscal_end = frozenset(_normal(v + 1) for v in values if v >= 1900)
        if any(f"{c}に" in q.text for c in RATIO_COUNTERS) and len(values) == 2:  # 十人に一人: "one in ten" or 10%
            n, beside = max(values), frozenset({min(values)})  # the 1 of "1 in 20" belongs to the ratio
            ratio_of = n
            values = {n, (Decimal(100) / n).normalize(), (Decimal(1) / n).normalize()} if n else {n}  # or "half"
        if "分の" in q.text and q.text.endswith(("分の1", "分の一", "分の１")):  # 3分の1: "a third"
            values.add(Decimal(int(number_value(q.text.split("分の")[0]) or 0)))
        if q.text == "半年" and re.match(r"に\s*(?:[1１一]\s*(?:回|度))", plain[q.end :]):
            previous = q
            continue  # 半年に一度: "twice a year" or "every six months"; the count carries it
        if q.text in _HALF_EQUIVALENTS:
            values |= {Decimal(v) for v in _HALF_EQUIVALENTS[q.text]}
        if (
            previous is not None
            and previous.text == "半年"
            and plain[previous.end : q.start] == "に"
            and values == {Decimal(1)}
        ):
            values = {Decimal(2), Decimal(6)}  # 半年に一度 = twice a year, every six months ("a" is not enough)
        if (
            previous is not None
            and _BRACKETED_YEAR_RE.fullmatch(plain[previous.end : q.start] or "x")
            and values & set(previous.values)
            and found
        ):
            if era_start(plain, q.start) is not None and found[-1].text == previous.text:
                # 2024年（令和6年）: the bracket gives the era year, which the English may name as well ("2024 (Reiwa 6)")
                found[-1] = dataclasses.replace(found[-1], values=frozenset(_normal(v) for v in values), era=True)
            previous = q
            continue  # 令和4年（2022年）: the bracket repeats the era year
        ends = _RANGE_RE.split(q.text)
        if len(ends) == 2 and len(q.values) == 2:  # 2〜3時間: both ends must reach the English
            for end in sorted(q.values):
                extra = _other_units(end, q.unit)
                found.append(Number(q.text, frozenset(_normal(v) for v in {end} | extra)))
        else:
            era = era_start(plain, q.start) is not None and q.unit == "年"
            at_least = q.start in counts_at_least
            one_unit = _one_unit(q) if Decimal(1) in values and Decimal(1) not in set(q.values) else ""
            tenths: tuple = ()
            text = q.text
            if q.unit == "割":
                tenths = tuple(sorted(v for v in q.values if v * 10 in q.values))
                hundredths = _HUNDREDTHS_RE.match(plain, q.end)
                if hundredths and len(tenths) == 1:
                    tenths = (tenths[0] + Decimal(number_value(hundredths.group(1))) / 10,)
                    tenths_minutes.add(hundredths.start())
                    text = q.text + hundredths.group()
                beside = beside | {Decimal(10)}  # the 10 of "3 in 10"
                values |= {c * 10 for c in tenths} | {c / 10 for c in tenths}  # 7割5分: 75 and 0.75 are its own
            found.append(
                Number(
                    text,
                    frozenset(_normal(v) for v in values),
                    era,
                    at_least,
                    one_unit,
                    beside,
                    fiscal_end=fiscal_end,
                    ratio_of=ratio_of,
                    tenths=tenths,
                )
            )
            total = _compound_total(plain, previous, q) if found[:-1] and found[-2].text == previous.text else None
            if total is not None:
                found[-2:] = [dataclasses.replace(n, joined=frozenset({total})) for n in found[-2:]]
        previous = q
    for match in _GANNEN_RE.finditer(plain):  # 平成元年 = Heisei 1 = 1989
        found.append(Number(match.group(), frozenset({Decimal(1), Decimal(ERAS[match.group(1)] + 1)}), True))
    return found


# The kanji 一 with a counter and a particle that together make an adverb rather than a count:
# 一人で "alone, by yourself", 一度に "at once", 一度も (+ negation) "never", 一日中 "all day".
# Written with a digit (1人で) the same words are a count, so only the kanji numeral is read so.
_ADVERBIAL_ONE = {("人", "で"), ("度", "に"), ("度", "も"), ("日", "中")}


def _adverbial_ones(plain: str) -> set[int]:
    """Offsets of the numeral 一 where the tokenizer reads 一 + counter + particle as an adverb."""
    if "一" not in plain:
        return set()
    from ..japanese.tokenizer import tokenize

    tokens = tokenize(plain)
    found = set()
    for i, token in enumerate(tokens[:-2]):
        counter, after = tokens[i + 1], tokens[i + 2]
        if (
            token.surface_form == "一"
            and token.pos_detail_1 == "数"
            and (i == 0 or tokens[i - 1].pos_detail_1 != "数")  # not the 一 of 十一人
            and counter.pos_detail_1 == "接尾"
            and (counter.surface_form, after.surface_form) in _ADVERBIAL_ONE
            and (after.pos in ("助詞", "名詞"))
        ):
            found.add(token.start)
    return found


def _partitive_ones(plain: str) -> set[int]:
    """Offsets of 一つ that the tokenizer reads after the attributive の (原因の一つ, "one of the causes").

    The English of "one of N" need not say one ("another way", "a common cause"); a count
    (薬を一つ, 一つの方法) is not after の and stays a number.
    """
    if "一つ" not in plain:
        return set()
    from ..japanese.tokenizer import tokenize

    tokens = tokenize(plain)
    return {
        token.start
        for before, token in zip(tokens, tokens[1:], strict=False)
        if token.surface_form == "一つ" and before.surface_form == "の" and before.pos_detail_1 == "連体化"
    }


# Counters of a continuous measure: 10年以上 is "at least ten years", and "more than nine years" is
# not the same; ages and durations are measures, not counts.
_MEASURE_COUNTERS = frozenset({"年", "年間", "歳", "才", "割", "度", "時", "分", "秒"}) | frozenset(_DURATION_MINUTES)


def _counts_at_least(plain: str) -> set[int]:
    """Offsets of the numbers the tokenizer reads as a count (digits + a counter) followed by 以上."""
    if "以上" not in plain:
        return set()
    from ..japanese.tokenizer import tokenize

    tokens = tokenize(plain)
    found = set()
    start = None
    for i, token in enumerate(tokens[:-2]):
        if token.pos_detail_1 != "数":
            start = None
            continue
        start = token.start if start is None else start
        counter, after = tokens[i + 1], tokens[i + 2]
        if (
            counter.pos_detail_2 == "助数詞"
            and counter.surface_form not in _MEASURE_COUNTERS
            and counter.surface_form not in _MONTH_UNITS
            and after.surface_form == "以上"
        ):
            found.add(start)
    return found


_MORE_THAN_RE = re.compile(r"\b(?:more|greater|over) than ([a-z]+|\d+)\b", re.IGNORECASE)


def _more_than(plain: str) -> list[Decimal]:
    """The whole numbers after "more than" in English prose ("more than one drop" → 1)."""
    found = []
    table = load_number_words()
    for match in _MORE_THAN_RE.finditer(plain):
        word = match.group(1).lower()
        value = _decimal(word) if word.isdigit() else table.values.get(word)
        if value is not None and value == int(value):
            found.append(Decimal(int(value)))
    return found


_MINUTE_UNITS = {1: "minute", 60: "hour", 1440: "day", 10080: "week"}


def _compound_total(plain, larger, smaller):
    """The length of 1歳6か月 (the two quantities side by side) in its smaller unit (18), or None."""
    if larger is None or len(larger.values) != 1 or len(smaller.values) != 1:
        return None
    if plain[larger.end : smaller.start].strip() not in ("", "と"):
        return None
    for big_units, small_units, factor in _COMPOUND_DURATIONS:
        if larger.unit in big_units and smaller.unit in small_units:
            return _normal(next(iter(larger.values)) * factor + next(iter(smaller.values)))
    return None


def _one_unit(q) -> str:
    """The English unit in which a duration written otherwise is one (7日間: week, 12か月: year)."""
    if q.unit in _MONTH_UNITS:
        return "year"
    if q.unit in _DURATION_MINUTES and len(q.values) == 1:
        minutes = next(iter(q.values)) * _DURATION_MINUTES[q.unit]
        return _MINUTE_UNITS.get(int(minutes), "") if minutes == int(minutes) else ""
    return "year" if q.unit in ("年", "年間") else ""


def _other_units(value, unit):
    """The same duration in the other units English may use (2週間 = 14 days, 30分 = 0.5 hours)."""
    found = {(value * f).normalize() for f in _TIME_EQUIVALENTS.get(unit, ())}
    if unit in _DURATION_MINUTES:
        minutes = value * _DURATION_MINUTES[unit]
        for size in _DURATION_MINUTES.values():
            converted = minutes / size
            if converted >= Decimal("0.5") and (converted * 2) == (converted * 2).to_integral_value():
                found.add(converted.normalize())
    return found - {value}


def _decade(year):
    """The years of a decade written 〜年代 (1990年代: 1990–1999), and the decades they fall in."""
    years = {Decimal(year + n) for n in range(10)}
    return years | {Decimal(int(y) // 10 * 10) for y in years}


_ERA_NAMES_RE = re.compile(r"\b(?:Reiwa|Heisei|Sh[oō]wa|Taish[oō]|Meiji)\b")


CONVERSIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "unit-conversions.toml"


@dataclass(frozen=True)
class Conversion:
    units: tuple[str, ...]  # the metric units
    to: tuple[str, ...]  # the units of the conversion
    factor: Decimal
    offset: Decimal
    subunits: int = 0  # the smaller unit that may follow (5 ft 3 in: 12 inches a foot), 0 for none


@lru_cache(maxsize=2)
def load_conversions(path: Path | str = CONVERSIONS_FILE) -> tuple[Decimal, tuple[Conversion, ...]]:
    """(tolerance, conversions) of lint/data/unit-conversions.toml; ConfigError names file and entry."""
    path = Path(path)
    data = read_data_toml(path, "unit conversions")
    unknown = sorted(set(data) - {"tolerance", "conversions"})
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (keys: tolerance, conversions)")
    tolerance = data.get("tolerance")
    if not isinstance(tolerance, float) or not 0 < tolerance < 1:
        raise ConfigError(f"{path}: tolerance must be a fraction between 0 and 1, such as 0.06")
    entries = data.get("conversions")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: no conversions")
    found = []
    for index, entry in enumerate(entries, start=1):
        where = f"{path}: conversions #{index}"
        if not isinstance(entry, dict) or set(entry) - {"from", "to", "factor", "offset", "subunits"}:
            raise ConfigError(f"{where}: an entry has from, to, factor and optionally offset and subunits")
        subunits = entry.get("subunits", 0)
        if not isinstance(subunits, int) or subunits < 0:
            raise ConfigError(f"{where}: subunits must be a whole number (12 inches a foot)")
        units, to = entry.get("from"), entry.get("to")
        for key, value in (("from", units), ("to", to)):
            if not isinstance(value, list) or not value or not all(isinstance(u, str) and u.strip() for u in value):
                raise ConfigError(f"{where}: {key} must be a list of unit names")
        factor, offset = entry.get("factor"), entry.get("offset", 0)
        if not isinstance(factor, (int, float)) or factor <= 0 or not isinstance(offset, (int, float)):
            raise ConfigError(f"{where}: factor must be a positive number and offset a number")
        found.append(Conversion(tuple(units), tuple(to), Decimal(str(factor)), Decimal(str(offset)), subunits))
    return Decimal(str(tolerance)), tuple(found)


def _per_unit_slash(number, translation_plain):
    """(eleventh session) A unit's slash reads "per" (15 mg/kg): the one of 1kgあたり, written in the source only.
    Only before a unit of lint/data/measure-units.toml of the number's own dimension (not and/or, nor mg/kg for 1錠)."""
    from .measure_units import english_measures, japanese_measures, load_measure_units  # noqa: PLC0415 (a cycle)

    table = load_measure_units()
    measures = japanese_measures(number.text, table)
    if not measures:
        return False
    own = table.units[measures[0][1]]
    return any(
        text.startswith("/") and table.units[name].dimension == own.dimension
        for text, _, name in english_measures(translation_plain, table)
    )


# A unit named without a number is one of it: "a kilogram (2.2 pounds)", "every extra kilogram (2.2
# pounds)" for 1kg: the bracket converts that one.
_ONE_BEFORE_UNIT = "a|an|one|each|every|per|extra|additional"


def _unit_alternations() -> tuple[str, str]:
    """(the source units, the converted units) of lint/data/unit-conversions.toml as regex alternations,
    longest first."""
    _, conversions = load_conversions()

    def names(items):
        return "|".join(re.escape(u) for u in sorted(set(items), key=len, reverse=True))

    return names(u for c in conversions for u in c.units), names(u for c in conversions for u in c.to)


_ABOUT = (
    r"(?:(?:about|approximately|approx\.|around|roughly|nearly|almost|just over|just under|over|under)\s+|[~≈約]\s*)?"
)


# a range: 30 to 40 cm (12 to 16 inches); (fifty-third session) "between 36.0 and 37.0°C (96.8 and 98.6°F)"
_RANGE_TO = r"\s*(?:to|and|–|—|-|~|〜)\s*"
# the conversion in brackets, or given as an alternative: "3,776 m, or 12,388 ft", "5 kg / 11 lb"
_ALTERNATIVE = r"(?:\s*[(（]\s*|,?\s+or\s+|\s*[/／]\s*)"


@lru_cache(maxsize=2)
def _conversion_re() -> re.Pattern[str]:
    metric, other = _unit_alternations()
    to = _RANGE_TO
    return re.compile(
        rf"(?:(?:(?P<a0>{_NUM}){to})?(?P<a>{_NUM})|(?P<one>\b(?:{_ONE_BEFORE_UNIT})))\s*(?P<u1>{metric})(?![A-Za-z])"
        rf"{_ALTERNATIVE}{_ABOUT}"
        rf"(?:(?P<b0>{_NUM}){to})?(?P<b>{_NUM})\s*(?P<u2>{other})(?![A-Za-z])"
        rf"(?:\s*(?P<c>{_NUM})\s*(?:in|inches|oz|ounces)(?![A-Za-z]))?"  # 5 ft 3 in, 7 lb 1 oz
    )


@lru_cache(maxsize=2)
def _reverse_conversion_re() -> re.Pattern[str]:
    """The other order: the converted value first, the source's in brackets, "100.4°F (38.0°C)", a range
    too: "4 to 8 inches (10 to 20 cm)"."""
    metric, other = _unit_alternations()
    to = _RANGE_TO
    return re.compile(
        rf"(?<![\d.,])(?:(?P<b0>{_NUM}){to})?(?P<b>{_NUM})\s*(?P<u2>{other})(?![A-Za-z]){_ALTERNATIVE}{_ABOUT}"
        rf"(?:(?P<a0>{_NUM}){to})?(?P<a>{_NUM})\s*(?P<u1>{metric})(?![A-Za-z])"
    )


def _converts(conversion, value, converted, tolerance) -> bool:
    """``converted`` is ``value`` in the conversion's other unit, within the file's tolerance (a zero
    expected value never agrees: nothing to scale the tolerance by)."""
    expected = value * conversion.factor + conversion.offset
    return bool(expected) and abs(converted - expected) <= abs(expected) * tolerance


def _blank_reversed(match: re.Match) -> str:
    tolerance, conversions = load_conversions()
    a, b = _decimal(match.group("a")), _decimal(match.group("b"))
    for c in conversions:
        if match.group("u1") in c.units and match.group("u2") in c.to and a is not None and b is not None:
            if _converts(c, a, b, tolerance) and _lower_ends_convert(c, match, tolerance):
                end = match.end("b") - match.start()
                return re.sub(r"\d", " ", match.group()[:end]) + match.group()[end:]
            if _converts(c, a, b, tolerance) and match.group("b0") and not match.group("a0"):
                # a range for one number ("4 to 8 inches (20 cm)"): the upper end converts, the lower is added
                start, end = match.start("b") - match.start(), match.end("b") - match.start()
                text = match.group()
                return text[:start] + re.sub(r"\d", " ", text[start:end]) + text[end:]
    return match.group()


def _lower_ends_convert(conversion, match: re.Match, tolerance) -> bool:
    """Both ends of a converted range agree, or only one side is a range ("10 to 20 cm (about 6 in)" is
    checked on its upper ends only, as before)."""
    if not (match.group("a0") and match.group("b0")):
        return not match.group("b0") or bool(match.group("a0"))
    a0, b0 = _decimal(match.group("a0")), _decimal(match.group("b0"))
    return a0 is not None and b0 is not None and _converts(conversion, a0, b0, tolerance)


def without_conversions(translation_plain: str) -> str:
    """The English with the converted value of a bracketed unit conversion blanked: "5 kg (about 11 lb)",
    or "11 lb (5 kg)" with the source's value in the bracket.

    The conversion must be right (within the tolerance of lint/data/unit-conversions.toml): a
    bracket with a wrong value keeps its number, which is then reported as added.
    """
    tolerance, conversions = load_conversions()

    def blank(match):
        a = Decimal(1) if match.group("one") else _decimal(match.group("a"))  # "a kilogram (2.2 pounds)"
        b = _decimal(match.group("b"))
        for c in conversions:
            if match.group("u1") in c.units and match.group("u2") in c.to and a is not None and b is not None:
                small = _decimal(match.group("c")) if match.group("c") else None
                if small is not None and not c.subunits:
                    continue
                value = b + small / c.subunits if small is not None else b
                if not _converts(c, a, value, tolerance):
                    continue
                if not _lower_ends_convert(c, match, tolerance):  # a converted range: its lower ends agree too
                    continue
                start = match.start("b0" if match.group("b0") else "b") - match.start()
                return match.group()[:start] + re.sub(r"\d", " ", match.group()[start:])
        return match.group()

    # either order: "38.0°C (100.4°F)" blanks the bracket, "100.4°F (38.0°C)" the value before it
    return _reverse_conversion_re().sub(_blank_reversed, _conversion_re().sub(blank, translation_plain))


def _era_read(number: Number, romanized: bool) -> frozenset[Decimal]:
    """The values of a number the English may write: an era year (令和4年: 4 and 2022) is its western year only unless the
    English names the era (``romanized``)."""
    if number.era and not romanized and len(number.values) == 2:
        return frozenset({max(number.values)})
    return number.values


def added_digits(source_plain: str, translation_plain: str) -> list[str]:
    """Numbers the English writes in digits that no number of the source accounts for ("within 3 months")."""
    translation_plain = without_conversions(translation_plain)
    values = set()
    restatements: Counter = Counter()
    romanized = _ERA_NAMES_RE.search(translation_plain) is not None
    for number in japanese_numbers(source_plain):
        # an era year's own number (the 2 of 令和2年) is the English's only where it names the era: "2 tablets since 2020"
        # is a number added (from the review)
        values |= set(_era_read(number, romanized)) | set(number.beside) | set(number.joined)
        for end in number.fiscal_end:
            translation_plain = _fiscal_span_re(int(end)).sub(
                lambda m: m.group()[: m.start("end") - m.start()], translation_plain
            )
        values |= {(v * 100).normalize() for v in number.values if v < 1}  # 半数 = 50%
        restated = _metric_restated(number, translation_plain)
        if restated is not None:
            restatements[restated] += 1  # (fortieth session) 4,000mg written "4 g": that one number, once
    for listed in step_enumerations(source_plain).values():
        values |= listed  # the values of a stepped range, written out (40, 45, …, 70 for 5歳刻み)
    text = _THIN_SPACE_RE.sub("", _english_normalized(translation_plain))
    # (fourteenth session) a telephone number in international form (+81-3-1234-5678 for 03-1234-5678): the country
    # code replaces the trunk 0 for readers abroad, no number of the source; "24/7" is the idiom of 24時間, no 7
    text = _CALLING_CODE_RE.sub("0", text)
    if _ROUND_THE_CLOCK_JA_RE.search(source_plain):
        text = _ALL_WEEK_RE.sub("24", text)
    text = _DIGIT_FRACTION_RE.sub(  # 2/3 for 3分の2 is one number, not a 2 and a 3
        lambda m: " " if (Decimal(int(m.group(1))) / Decimal(int(m.group(2)))).normalize() in values else m.group(),
        text,
    )
    added = []
    for match in _EN_NUMBER_RE.finditer(text):
        if re.match(r"[A-Za-z]", text[match.start() - 1 : match.start()] or " "):
            continue  # HbA1c, SGLT2: part of a name
        if _NAMED_NUMBER_RE.search(text, max(0, match.start() - _NAME_WINDOW), match.start()):
            continue  # COVID-19, IL-6: the number of a name written in capitals, joined by a hyphen
        if _ZERO_MINUTES_RE.match(text, match.start() - 2 if match.start() >= 2 else 0) and match.start() >= 2:
            continue  # the 00 of 3:00 p.m.: an hour without minutes
        value = _decimal(match.group("num"))
        if value is None:
            continue
        if match.group("scale"):
            value = (value * SCALES[match.group("scale").lower()]).normalize()
        if _normal(value) not in values and value not in values:
            if restatements[_normal(value)] > 0:
                restatements[_normal(value)] -= 1
                continue
            added.append(match.group())
    return added


def _fiscal_span_re(end: int) -> re.Pattern[str]:
    """The end of a fiscal year's span in English, as the group ``end``: "March 2025", "2024–2025", "2024 to 2025",
    "FY2024/25". Elsewhere in the English the next year is a number of its own (from the review)."""
    return re.compile(
        rf"(?:\b(?:March|Mar\.?)\s+|(?<!\d){end - 1}\s*(?:[–—\-/]|to)\s*)(?P<end>{end}|{end % 100:02d})\b"
    )


# A country calling code before a telephone number (+81-3-…, +44 20 …): the whole number must follow it.
# (from the second review) Japan's code only: the source's numbers are Japanese ones (+82, +1 are other countries)
_CALLING_CODE_RE = re.compile(r"(?<![\w+])\+81[-‐−ー ]\(?0?\)?(?=\d{1,4}\)?[-‐−ー ]\d)")
# 24時間 (with 365日 or 年中無休 or alone) is what "24/7" renders
_ROUND_THE_CLOCK_JA_RE = re.compile(r"24\s*時間|二十四時間")
_ALL_YEAR_JA_RE = re.compile(r"365\s*日|三百六十五日")
# "24/7", round the clock: the hours of 24時間, and no count of 7.
_ALL_WEEK_RE = re.compile(r"\b24/7\b(?!\s*(?:hours?|days?|weeks?)\b)")  # not "within 24/7 hours"
# The minutes of an hour on the clock that has none: "3:00" (checked from the digit before the colon).
_ZERO_MINUTES_RE = re.compile(r"\d:0+(?!\d)")
# A number glued by a hyphen to a word in capitals (two letters or more) is part of that name (COVID-19,
# IL-6, CA-125): the name of a disease or a marker, not a count; "day-3" or "Stage-2" stay numbers.
_NAMED_NUMBER_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[a-z]?-$")
# Searched only in the characters just before the number: from the start of the text it made
# the check quadratic (100 kB of "1.5%、" took over 30 s).
_NAME_WINDOW = 64
_KANJI_DIGITS = frozenset("〇一二三四五六七八九")
# A kanji numeral alone, with no counter and no other numeral beside it, is part of a word: the
# tokenizer joins 一般, 一緒, 万一 into one word, but splits 三徴, 二次性 and 前兆 (前 + 兆 + 期).
_KANJI_NUMERALS = _KANJI_DIGITS | frozenset("十百千万億兆")
_RANGE_RE = re.compile(r"〜|～|~|－|–|—|から|ないし|(?<=\d)-(?=\d)")
_NO_COUNT_RE = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:deaths|cases|patients|people|persons|reports|events|infections|complications|recurrences"
    r"|side\s+effects|adverse\s+events|one)\b",
    re.IGNORECASE,
)
_AND_A_HALF_SCALE_RE = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+half\s+(thousand|million|billion)\b",
    re.IGNORECASE,
)
_RELATIVE_PLACE_AFTER = re.compile(r"つ?(?:前|後|先|手前|上|下)の")
_GANNEN_RE = re.compile(r"(令和|平成|昭和|大正|明治)元年")


def _normal(value):
    value = Decimal(value).normalize()
    return Decimal(int(value)) if value == value.to_integral_value() else value


# (nineteenth session) a vulgar fraction, in words: NFKC writes 7½ as "71⁄2", a number and a fraction glued
_VULGAR_FRACTIONS = {
    "½": "a half",
    "⅓": "a third",
    "⅔": "two thirds",
    "¼": "a quarter",
    "¾": "three quarters",
    "⅕": "a fifth",
    "⅛": "an eighth",
}
_VULGAR_FRACTION_RE = re.compile(r"(?:(\d)\s*)?([½⅓⅔¼¾⅕⅛])")  # (the space only after a digit: linear on long runs)


# a combination of N in one ("5-in-1 vaccine", "two-in-one"): its one is the combination, no count of its own
_IN_ONE_RE = re.compile(r"(?<=[\w])-in-(?:1|one)\b(?![.,]?\d)", re.IGNORECASE)  # not 1-in-1,000


# (thirty-eighth session, from an audit of issue 12) Roman numerals of a grade, class, stage or a guideline's edition
# (重症度III, Child-Pugh class B is no numeral, Baveno VII, grades I–V, ステージⅡ): read as the numbers they are on
# both sides, so "grade II" for 重症度III is a changed number and "grade 3" the same one. Numerals of two letters or
# more stand alone; a single I, V or X only after a word of grading or beside a range's dash (the pronoun I is no 1).
_ROMAN_VALUES = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_UNICODE_ROMAN = dict(zip("ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ", range(1, 11), strict=True))
_GRADING = (
    r"(?:grades?|class(?:es)?|stages?|types?|phases?|levels?|categor(?:y|ies)|groups?|Baveno|度|型|期|級|群|相|段階"
    r"|ステージ|グレード|クラス|タイプ)"
)
# a kanji numeral before the noun of a class is the class's number (三類感染症 = "Category III", 二型 = "type 2")
_CLASSES = frozenset("類型期度級群相")
_LONG_ROMAN_RE = re.compile(r"(?<![A-Za-z])(?:VIII|VII|III|II|VI|IX)(?![A-Za-z])")  # (IV is intravenous: only graded)
_GRADED_ROMAN_RE = re.compile(rf"(?<![A-Za-z])(?P<lead>(?i:{_GRADING})\s?)(?P<num>IV|[IVX])(?![A-Za-z])")
_RANGED_ROMAN_RE = re.compile(r"(?P<lead>\d\s?[–\-〜~]\s?)(?P<num>[IVX])(?![A-Za-z])")


def roman_numerals_as_digits(text: str) -> str:
    """``text`` with the Roman numerals of a grade or an edition written as digits (see _ROMAN_VALUES)."""
    if not any(ch in "IVX" or ch in _UNICODE_ROMAN for ch in text):
        return text
    text = "".join(str(_UNICODE_ROMAN[ch]) if ch in _UNICODE_ROMAN else ch for ch in text)
    text = _LONG_ROMAN_RE.sub(lambda m: str(_ROMAN_VALUES[m.group()]), text)
    text = _GRADED_ROMAN_RE.sub(lambda m: m.group("lead") + str(_ROMAN_VALUES[m.group("num")]), text)
    return _RANGED_ROMAN_RE.sub(lambda m: m.group("lead") + str(_ROMAN_VALUES[m.group("num")]), text)


def _english_normalized(plain: str) -> str:
    """English prose in NFKC with each vulgar fraction in words (7½ = "7 and a half", ½ = "a half") and the one of an
    N-in-1 combination left out ("5-in-1" counts 5)."""
    text = _VULGAR_FRACTION_RE.sub(
        lambda m: (m.group(1) + " and " if m.group(1) else " ") + _VULGAR_FRACTIONS[m.group(2)], plain
    )
    return roman_numerals_as_digits(unicodedata.normalize("NFKC", _IN_ONE_RE.sub(" combined", text)))


# a month's name cut to three letters (or Sept), capitalised, with its full stop or not, before a day of the month
_EN_MONTH_CUT_RE = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?(?=\s*(?:[1-9]|[12][0-9]|3[01])\b)"
)


def english_numbers(plain: str) -> tuple[Counter, set[str]]:
    """(Counter of numeric values, set of lower-case words) of English prose.

    Digits (``20,000``, ``0.6``, ``3–6``), digits with a scale (``20 thousand``),
    number words (``six``, ``twenty-five``, ``third``, ``twice``, ``fourfold``),
    idioms of a number (``every other`` 2, ``around the clock`` 24) and month names (``March`` → 3, for dates).
    """
    table = load_number_words()
    text = _english_normalized(plain)
    text = _THIN_SPACE_RE.sub("", text)
    values: Counter[Decimal] = Counter()
    for match in _EN_NUMBER_RE.finditer(text):
        value = _decimal(match.group("num"))
        if value is None:
            continue
        if match.group("scale"):
            value = (value * SCALES[match.group("scale").lower()]).normalize()
        values[value] += 1
    for _ in _MIDNIGHT_RE.finditer(text):  # 午前0時 or 24時 as "midnight" (never 12: noon is 12 too)
        values[Decimal(0)] += 1
        values[Decimal(24)] += 1
    for match in _DIGIT_FRACTION_RE.finditer(text):  # 2/3 of patients
        numerator, denominator = int(match.group(1)), int(match.group(2))
        values[(Decimal(numerator) / Decimal(denominator)).normalize()] += 1
    for match in _EN_MONTH_CUT_RE.finditer(text):
        # (fifty-sixth session) a month's name cut to three letters before a day (Dec. 29, Sept. 3): the month, as its
        # full name is (translation-dropped-blind1: "Dec. 29 through Jan. 3" left 12 and 1 of 12月29日から1月3日 missing)
        values[Decimal(month_number(match.group(1)))] += 1
    words = _WORD_RE.findall(text)
    lowered = set()
    pending = None  # the value of a number word that a following word may extend
    previous = before = ""
    for word in words:
        low = word.lower()
        earlier, before, previous = before, previous, low
        if low in SCALES and before == "a" and earlier == "half":
            # (thirty-seventh session) "half a million" is 500,000, not a half and a million
            if values[Decimal("0.5")] > 0:
                values[Decimal("0.5")] -= 1
            pending = (Decimal(SCALES[low]) / 2).normalize()
            values[pending] += 1
            continue
        if low in SCALES and pending is None and before == "a":
            values[Decimal(SCALES[low])] += 1  # "one in a thousand", "a million people"
            pending = Decimal(SCALES[low])
            continue
        if low in ("both", "pair", "couple", "twins", "twin"):
            values[Decimal(2)] += 1  # (thirty-seventh session) ふたりとも → "both", おふたり → "as a couple"
        if low in ("nobody", "none") or low == "one" and before == "no":
            values[Decimal(0)] += 1  # (thirty-seventh session) "no one", "nobody", "none" for 0人, not the 1 of "one"
            pending = None
            continue
        lowered.update(low.split("-"))
        pieces = low.split("-")
        denominator = _denominator(pieces[-1], table)
        if denominator and (pending is not None and len(pieces) == 1 or len(pieces) == 2 and pieces[0] in table.values):
            # "two thirds", "two-thirds", "three quarters": the fraction, besides its two words
            numerator = Decimal(table.values[pieces[0]]) if len(pieces) == 2 else pending
            values[(Decimal(numerator) / Decimal(denominator)).normalize()] += 1
        elif denominator and before in ("into", "in"):
            values[Decimal(denominator)] += 1  # (tenth session) "cut into quarters" (4つに切る): the number of parts
        elif before in ("a", "an", "one") and low in table.ordinals and low not in ("first", "second"):
            values[(Decimal(1) / Decimal(table.values[low])).normalize()] += 1  # "a quarter", "a third": 1/4, 1/3
        month = next((p for p in word.split("-") if p in table.months), None)  # mid-December, early-May
        if month is not None:
            values[Decimal(table.months[month])] += 1
            pending = None
            continue
        decade = next((p for p in pieces if p.endswith("ies") and p[:-3] + "y" in table.tens), None)
        if decade is not None:  # "in their forties" (40代), "mid-sixties": the plural of a tens word
            values[Decimal(table.values[decade[:-3] + "y"])] += 1
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
    for match in _SHARED_SCALE_RE.finditer(text):
        # "one to two million", "2 or 3 thousand": the scale belongs to both ends of the range
        first = match.group(1).lower()
        value = _decimal(first) if first[0].isdigit() else table.values.get(first)
        if value is not None and first in table.units | table.tens or first[0].isdigit():
            value = Decimal(value).normalize()
            if values[value] > 0:
                values[value] -= 1
            values[(value * SCALES[match.group(2).lower()]).normalize()] += 1
    for _ in _NO_COUNT_RE.finditer(text):  # (thirty-seventh session) "no deaths", "no cases" for 0件, 0人
        values[Decimal(0)] += 1
    for match in _AND_A_HALF_SCALE_RE.finditer(text):
        # "one and a half million" is 1,500,000, not one, a half and a million
        whole = _decimal(match.group(1)) if match.group(1)[0].isdigit() else table.values.get(match.group(1).lower())
        if whole is not None:
            values[((Decimal(whole) + Decimal("0.5")) * SCALES[match.group(2).lower()]).normalize()] += 1
    for _ in _EVERY_OTHER_RE.finditer(text):  # "every other year" = once in 2 years (2年に1回)
        values[Decimal(2)] += 1
    for _ in _ROUND_THE_CLOCK_RE.finditer(text):
        values[Decimal(24)] += 1
    for match in _IN_RATIO_RE.finditer(text):  # "one in five", "3 out of 4": also the proportion 0.2, 0.75
        first, second = (match.group(i).lower() for i in (1, 2))
        numerator = 1 if first in ("a", "an") else _decimal(first) if first[0].isdigit() else table.values.get(first)
        denominator = _decimal(second.replace(",", "")) if second[0].isdigit() else table.values.get(second)
        if numerator and denominator and 0 < numerator < denominator:
            values[(Decimal(numerator) / Decimal(denominator)).normalize()] += 1
    for match in _AND_A_HALF_RE.finditer(text):  # "one and a half times" = 1.5
        whole = match.group(1).lower()
        value = _decimal(whole) if whole[0].isdigit() else table.values.get(whole)
        if value is not None:
            values[(Decimal(value) + Decimal("0.5")).normalize()] += 1
    for _start, _end, lengths in english_fractions_of_units(text):  # "a quarter of an hour" = 15 minutes
        for length in lengths:
            values[Decimal(length).normalize()] += 1
    for match in _UNIT_AND_A_HALF_RE.finditer(text):  # "a year and a half", "two hours and a half"
        whole = match.group(1).lower()
        value = 1 if whole in ("a", "an") else _decimal(whole) if whole[0].isdigit() else table.values.get(whole)
        if value is not None:
            values[(Decimal(value) + Decimal("0.5")).normalize()] += 1
    for match in _COUNTED_PERIOD_RE.finditer(text):  # (thirty-sixth session) "three decades" = 30 years
        whole = " ".join(match.group(1).lower().split())
        value = 1 if whole in ("a", "an") else _decimal(whole) if whole[0].isdigit() else table.values.get(whole)
        if whole.startswith("half "):
            value = Decimal("0.5")
        if value is not None:
            years = 100 if match.group(2).lower().startswith("centur") else 10
            values[(Decimal(value) * years).normalize()] += 1
    return values, lowered


_DIGIT_FRACTION_RE = re.compile(r"(?<![\d/.])([1-9])/([2-9]|10)(?![\d/])")


def _denominator(word, table):
    """The denominator a plural ordinal names ("thirds" 3, "quarters" 4, "halves" 2), else 0."""
    if word == "halves":
        return 2
    if word.endswith("s") and word[:-1] in table.ordinals and word[:-1] not in ("first", "second"):
        return int(table.values[word[:-1]])
    return 0


_PERCENT_RE = re.compile(rf"(?P<num>{_NUM})\s*(?:%|％|percent\b|per cent\b)", re.IGNORECASE)
# (thirty-fifth session) the first end of a range of percentages (20–30%, 20 to 30 percent) is one too
_PERCENT_RANGE_RE = re.compile(
    rf"(?P<num>{_NUM})\s*(?:[-–—~〜～]|to|and)\s*(?:{_NUM})\s*(?:%|％|percent\b|per cent\b)", re.IGNORECASE
)
# a percentage in words: thirty percent, thirty-five per cent, three percent
_WORD_PERCENT_RE = re.compile(r"\b(?P<words>[a-z]+(?:[- ][a-z]+)?)\s+(?:percent|per cent)\b", re.IGNORECASE)
# the hundredths after a 割 (7割5分 = 75%)
_HUNDREDTHS_RE = re.compile(r"([0-9一二三四五六七八九])分(?![間後前])")


def english_percents(plain: str) -> Counter:
    """How often each value of English prose is a percentage ("7%", "7 percent")."""
    text = _THIN_SPACE_RE.sub("", unicodedata.normalize("NFKC", plain))
    found: Counter[Decimal] = Counter()
    for pattern in (_PERCENT_RE, _PERCENT_RANGE_RE):
        for match in pattern.finditer(text):
            value = _decimal(match.group("num"))
            if value is not None:
                found[value] += 1
    words = load_number_words()
    for match in _WORD_PERCENT_RE.finditer(text):
        parts = re.split(r"[- ]", match.group("words").lower())
        for start in range(len(parts)):  # "about thirty": the number words at the end
            tail = parts[start:]
            if tail and all(p in words.units or p in words.tens for p in tail):
                found[_normal(Decimal(sum(int(words.values[p]) for p in tail)))] += 1
                break
    return found


_EVERY_OTHER_RE = re.compile(r"\bevery other\b", re.IGNORECASE)
# (a lookahead: "works in one in five" holds two overlapping candidates)
_IN_RATIO_RE = re.compile(
    r"(?=\b([a-z]+|\d+)\s+(?:in|out\s+of)\s+(?:every\s+)?([a-z]+|\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d))",
    re.IGNORECASE,
)
# A Japanese approximate pair of neighbouring small numbers (2、3日, 2〜3回: "two or three") rendered by
# an English word of a small vague quantity ("a couple of days", "a few times").
_JA_NEIGHBOURS_RE = re.compile(
    r"(?<![0-9.])([1-9])\s*[、,〜~～‐-]\s*([2-9])(?![0-9.])\s*(日|週間|週|か月|カ月|ヶ月|ヵ月|年|回|度|時間|分|人)?"
)
_EN_VAGUE_RE = re.compile(r"\b(?:a\s+couple\s+of|a\s+few|several)\s+([a-z]+)", re.IGNORECASE)
# the unit of an approximate pair and the English noun that must follow the vague word: 2、3日 is "a few
# days", never "a few weeks"; a pair without a unit (手順1、2) is no vague quantity
_VAGUE_UNITS = {
    "日": "day",
    "週間": "week",
    "週": "week",
    "か月": "month",
    "カ月": "month",
    "ヶ月": "month",
    "ヵ月": "month",
    "年": "year",
    "回": "time",
    "度": "time",
    "時間": "hour",
    "分": "minute",
    "秒": "second",
    "人": "pe",
}
# An hour named by a word: 0時 or 24時 as "midnight", unless it is the digits' own ("12 midnight"). Noon is left
# out: 0時's other reading is 12 ("12 a.m."), so "noon" for 午前0時 would pass (from the review)
_MIDNIGHT_RE = re.compile(r"(?<!\d\s)(?<!\d:00\s)\bmidnight\b", re.IGNORECASE)
# A span named by an idiom, as "fortnight" is by a word: "around the clock" is 24 hours (24時間体制).
_ROUND_THE_CLOCK_RE = re.compile(r"\b(?:a)?round[- ]the[- ]clock\b", re.IGNORECASE)
_SHARED_SCALE_RE = re.compile(
    r"\b(\d+(?:\.\d+)?|[a-z]+)\s*(?:to|or|-|–|—)\s*(?:\d+(?:\.\d+)?|[a-z]+)\s+(hundred|thousand|million|billion|trillion)\b",
    re.IGNORECASE,
)
_AND_A_HALF_RE = re.compile(r"\b(\d+|[a-z]+) and a half\b", re.IGNORECASE)
# a count of decades or centuries, in years: three decades (30年), a century (100年), half a century (50年)
_COUNTED_PERIOD_RE = re.compile(
    r"\b(half\s+an?|an?|\d+(?:\.\d+)?|[a-z]+)\s+(decades?|century|centuries)\b", re.IGNORECASE
)
_UNIT_AND_A_HALF_RE = re.compile(
    r"\b(an?|\d+|[a-z]+)\s+(?:minute|hour|day|week|month|year)s?\s+and\s+a\s+half\b", re.IGNORECASE
)


# A step of a range: 5歳刻み, 2時間おき, 10年ごと (the number and its counter before the step word).
_STEP_RE = re.compile(r"([0-9０-９]+(?:\.[0-9]+)?)\s*([^\s0-9０-９、。]{0,3}?)(?:刻み|きざみ|おき|ごと)")
_STEP_LIMIT = 50  # a range of more steps than this is not written out as a list


def step_enumerations(source_plain: str) -> dict[str, frozenset[Decimal]]:
    """{step text: the values of the range it steps through}: 40歳から70歳までの5歳刻み is
    {"5歳": 40, 45, …, 70}, which a translation may write out ("40, 45, 50, 55, 60, 65, or 70")
    instead of naming the step. Only when the source has one range (two numbers joined by から, 〜)."""
    numbers = japanese_numbers(source_plain)
    ranges = [n for n in numbers if _RANGE_RE.search(n.text)]
    bounds = sorted({v for n in ranges for v in n.values if len(n.values) == 1})  # 3時間 is also 180 minutes
    found: dict[str, frozenset[Decimal]] = {}
    if len(bounds) != 2:
        return found
    low, high = bounds
    for match in _STEP_RE.finditer(unicodedata.normalize("NFKC", source_plain)):
        step = _decimal(match.group(1))
        if not step or step <= 0 or (high - low) / step > _STEP_LIMIT or (high - low) % step:
            continue
        count = int((high - low) / step)
        found[match.group(1) + match.group(2)] = frozenset(low + k * step for k in range(count + 1))
    return found


# A frequency of one time in a period (週1回, 1日1度; not 1回あたり, "each time"), and an English count of
# more times: "twice", "three times".
_ONE_COUNT_RE = re.compile(r"[1１一]\s*(?:回|度)$")
_ONE_FREQUENCY_RE = re.compile(
    r"[日週月年](?:に|あたり|当たり)?\s*[1１一]\s*(?:回|度)(?!\s*(?:あたり|当たり|に|の|で))"
)
_OTHER_COUNT_RE = re.compile(
    r"\b(?:twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times)\b", re.IGNORECASE
)


_JA_PERCENT_RE = re.compile(r"(?:%|パーセント)$")
# A duration of one unit (1年間, 1か月, 1週間): the English singular of the unit with a determiner
# renders it as "a year" does ("the year before school", "that week", "the first month").
# a 1 of a unit of time as the source writes it (1日, 1週間, 1か月, 一年間): the group is the unit
_ONE_UNIT = r"[1１一]\s*(年間?|か月間?|ヶ月間?|カ月間?|ヵ月間?|週間?|日間?|時間)"
_ONE_DURATION_RE = re.compile(rf"^{_ONE_UNIT}$")
_ONE_DURATION_UNITS = {"年": "year", "月": "month", "週": "week", "日": "day", "時": "hour"}
# A ratio (1:4, 1対4): a multiple ("four times as many", "a fourfold risk", "twice as likely") states
# it against one, so the 1 of the ratio is the multiple's base.
_JA_RATIO_RE = re.compile(r"(?<![0-9.])(\d+(?:\.\d+)?)\s*(?:[:：]|対)\s*(\d+(?:\.\d+)?)(?![0-9.])")
_EN_MULTIPLE_RE = re.compile(
    r"\btimes\s+(?:as|more|less|higher|lower|greater|larger|smaller|likelier)\b|\b[a-z]+-?fold\b"
    r"|\b(?:twice|thrice)\s+as\b",
    re.IGNORECASE,
)


def _one_of_a_duration(number: Number, translation_plain: str) -> bool:
    """The source's 1 of a duration of one unit (1年間) rendered by the singular unit with a determiner."""
    match = _ONE_DURATION_RE.match(unicodedata.normalize("NFKC", number.text))
    if not match:
        return False
    unit = next(en for ja, en in _ONE_DURATION_UNITS.items() if ja in match.group(1))
    translation_plain = _HALF_OF_ONE_RE.sub("half-", translation_plain)  # "half an hour" is no one hour
    return bool(re.search(rf"\b{_one_of_unit(unit)}\b(?![-'’])", translation_plain, re.IGNORECASE))


def _one_of_unit(unit: str) -> str:
    """The pattern of one ``unit`` said with a word of one or a determiner: a week, the next year, per day."""
    return rf"(?:the|this|that|a|an|one|per|each|every)\s+(?:(?:full|whole|single|entire|first|last|past|next|same)\s+)?{unit}"


# the adverb of a unit, which says "one a unit" whole: 1日1回 = "once daily"
_ONE_UNIT_ADVERBS = {
    "year": "yearly|annually|annual",
    "month": "monthly",
    "week": "weekly",
    "day": "daily",
    "hour": "hourly",
}
_UNIT_ABBREVIATIONS = {"year": "yrs?|y", "month": "mos?", "week": "wks?|w", "day": "d", "hour": "hrs?|h"}
# a one of a unit that is no count: an idiom (1日中 all day, 1日も早く as soon as possible, 1日おき every other day,
# 1日のうちで in a day), or a school year (中学1年, seventh grade) (from the review)
_ONE_UNIT_IDIOM_AFTER_RE = re.compile(r"\s*(?:の\s*(?:うち|中|なか)|中|じゅう|も早|おき|置き|ごと|毎|生|目)")
_SCHOOL_YEAR_BEFORE_RE = re.compile(r"(?:小学|中学|高校|大学|学年|小|中|高|月)\s*$")  # and a date (4月1日)
_WEEKDAY_AFTER_RE = re.compile(r"\s*[（(]\s*[月火水木金土日]\s*(?:曜日?)?\s*[）)]")  # a date: 1日（月）


def _one_unit_reading(number: Number, source_plain: str, translation_plain: str) -> str:
    """(nineteenth session) How the English renders the source's 1 of a duration of one unit (1週間後, 1か月, 1日, 1年):
    "said" when it says that unit after a word of one (a week, per day, every month, the next year, 1 week:
    _one_of_a_duration), the unit's adverb (daily, weekly), "next year" or "the following week", or for a day an
    interval of hours (1日4回 = "every six hours") or each morning or night; "unsaid" otherwise, when only another
    value of the duration (7 days, 24 hours) may render it: a "one", "once" or "a" elsewhere in the sentence is no
    rendering of it ("is taken a second time later on" for 1週間後にもう一度, from translation-blind48; "once a day" for
    1週間に1回, from the review); "" when the number is no such duration, or is an idiom (1日中, 1日おき, 1日のうちで,
    1日1日), an ordinal (1年生, 1時間目), a school year (中学1年) or a date (4月1日), read as before."""
    match = _ONE_DURATION_RE.match(unicodedata.normalize("NFKC", number.text))
    if not match or number.text in _idiomatic_one_units(source_plain):
        return ""
    unit = next(en for ja, en in _ONE_DURATION_UNITS.items() if ja in match.group(1))
    return "said" if _unit_said(unit, translation_plain) else "unsaid"


_JA_ONE_UNIT_RE = re.compile(_ONE_UNIT)


@lru_cache(maxsize=64)
def _idiomatic_one_units(source_plain: str) -> frozenset[str]:
    """The 1s of a unit the source writes, as written, that stand somewhere in an idiom, an ordinal, a school year or
    a date (1日中, 1年生, 中学1年, 4月1日, 1日（月）): read in one pass, each with a few characters around it."""
    found = set()
    for match in _JA_ONE_UNIT_RE.finditer(source_plain):
        end = match.end()
        if (
            _ONE_UNIT_IDIOM_AFTER_RE.match(source_plain, end)
            or _SCHOOL_YEAR_BEFORE_RE.search(source_plain[max(0, match.start() - 4) : match.start()])
            or source_plain.startswith(match.group(), end)  # 1日1日, day by day
            or _WEEKDAY_AFTER_RE.match(source_plain, end)
        ):
            found.add(match.group())
    return frozenset(found)


@lru_cache(maxsize=256)
def _unit_said(unit: str, translation_plain: str) -> bool:
    """Whether the English says one ``unit`` (see _one_unit_reading); once a unit and translation."""
    # (forty-second session) "half an hour" says half of one: its "an" is no one of the unit (一時間 → half an hour)
    translation_plain = _HALF_OF_ONE_RE.sub("half-", translation_plain)
    forms = [
        # _one_of_a_duration's: a word of one or a determiner before the unit (a week, the next year, per day)
        rf"{_one_of_unit(unit)}(?![-'’])",
        _ONE_UNIT_ADVERBS[unit],
        rf"(?:next|following)\s+{unit}",
        # the unit's abbreviations after a 1 (1 hr, 1 wk, 1 mo., 1 yr) say it as well
        rf"1\s*(?:{unit}|{_UNIT_ABBREVIATIONS[unit]})",
        # a week's supply, a one-month checkup, a 1-month prescription
        rf"(?:a|an|one|1)[\s-]{unit}['’]s",
        rf"(?:one|1)-{unit}",
        # a word between that is no preposition or article ("a rest day"; not "one at night")
        rf"(?:a|an|one|per|each|every)\s+(?!(?:at|in|on|for|of|to|by|with|from|the|a|an)\b)[\w-]+\s+{unit}",
    ]
    if unit == "day":
        forms += [r"every\s+(?:[\w-]+\s+)?hours?", r"(?:a|an|one|per|each|every)\s+(?:morning|evening|night)"]
    return re.search(rf"\b(?:{'|'.join(forms)})\b", translation_plain, re.IGNORECASE) is not None


# (fifty-third session) "half one year" is no half of a year: "cut in half one year after quitting" says a halving and
# one year (translation-blind84); "half of one year" is
_HALF_OF_ONE_RE = re.compile(r"\bhalf\s+(?:of\s+)?an?\s+|\bhalf\s+of\s+one\s+", re.IGNORECASE)


# ---- vague quantities (forty-second session, issue 12): 数千人 is "several thousand", 数日 "a few days"
# A Japanese vague number: 数 before a multiplier (数十, 数百, 数千, 数万) gives its order of magnitude; 数 before a
# unit of time or a counter (数日, 数週間, 数回) gives "a few" of that unit.
_JA_VAGUE_MAGNITUDE_RE = re.compile(r"(?<![一二三四五六七八九十百千万\d])数(十万|百万|千万|十|百|千|万|億)")
_JA_VAGUE_UNIT_RE = re.compile(r"(?<![一二三四五六七八九十百千万\d])数(日|週間|週|か月|カ月|ヶ月|ヵ月|年|時間|分|秒)")
_MAGNITUDES = {"十": 1, "百": 2, "千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7, "億": 8}
# English vague orders of magnitude: "several hundred", "a few thousand", "hundreds of", "tens of thousands", "dozens"
_EN_VAGUE_MAGNITUDE_RE = re.compile(
    r"\b(?:(?:several|a\s+few|a\s+couple\s+of|some|few)\s+(ten\s+thousand|hundred\s+thousand|hundred|thousand|million)"
    r"|(tens\s+of\s+thousands|hundreds\s+of\s+thousands|hundreds|thousands|millions|dozens|tens)\s+of"
    r"|(dozens|hundreds|thousands))\b",
    re.IGNORECASE,
)
_EN_MAGNITUDE_WORDS = {
    "ten thousand": 4, "hundred thousand": 5, "hundred": 2, "thousand": 3, "million": 6,
    "tens of thousands": 4, "hundreds of thousands": 5, "hundreds": 2, "thousands": 3, "millions": 6,
    "dozens": 1, "tens": 1,
}  # fmt: skip
_EN_VAGUE_UNIT_RE = re.compile(
    r"\b(?:a\s+few|several|a\s+couple\s+of|some|a\s+number\s+of)\s+(days?|weeks?|months?|years?|hours?|minutes?|seconds?)\b",
    re.IGNORECASE,
)


def changed_vague_quantities(source_plain: str, translation_plain: str) -> list[tuple[str, str]]:
    """(source's vague quantity, the English that renders it otherwise): an order of magnitude changed (数千人 →
    "several hundred people", 数十人 → "hundreds") or the unit of "a few" changed (数日 → "a few weeks"). Reported only
    when the English gives a vague quantity of another size or unit and none of the source's: a number given in digits
    instead ("about 3,000") or one left out is the other checks' to read."""
    out = []
    en_magnitudes = {}
    for match in _EN_VAGUE_MAGNITUDE_RE.finditer(translation_plain):
        word = re.sub(r"\s+", " ", next(g for g in match.groups() if g).lower())
        en_magnitudes[_EN_MAGNITUDE_WORDS[word]] = match.group(0)
    if en_magnitudes:
        for match in _JA_VAGUE_MAGNITUDE_RE.finditer(source_plain):
            wanted = _MAGNITUDES[match.group(1)]
            if wanted not in en_magnitudes:
                out.append((match.group(0), ", ".join(sorted(set(en_magnitudes.values())))))
    en_units = {}
    for match in _EN_VAGUE_UNIT_RE.finditer(translation_plain):
        en_units[match.group(1).lower().rstrip("s")] = match.group(0)
    if en_units:
        for match in _JA_VAGUE_UNIT_RE.finditer(source_plain):
            unit = _VAGUE_UNITS[match.group(1)]  # the units of the approximate pairs (2、3日)
            # the unit said anywhere renders it ("can require months" for 数か月 beside "a few days" for 数日)
            if unit not in en_units and not re.search(rf"\b{unit}s?\b", translation_plain, re.IGNORECASE):
                out.append((match.group(0), ", ".join(sorted(set(en_units.values())))))
    return out


def _vague_pairs(source_plain: str, translation_plain: str) -> set[Decimal]:
    """The values of the source's approximate pairs (2、3日: 2 and 3) that an English word of a small
    vague quantity renders, one pair for each such word ("a couple of days", "a few times")."""
    nouns = [noun.lower() for noun in _EN_VAGUE_RE.findall(translation_plain)]
    found: set[Decimal] = set()
    for match in _JA_NEIGHBOURS_RE.finditer(unicodedata.normalize("NFKC", source_plain)):
        low, high = int(match.group(1)), int(match.group(2))
        unit = _VAGUE_UNITS.get(match.group(3) or "")
        noun = next((n for n in nouns if unit and n.startswith(unit)), None)
        if high == low + 1 and noun is not None:
            nouns.remove(noun)  # one English vague word renders one pair
            found |= {Decimal(low), Decimal(high)}
    return found


# a share of a whole: "nine out of ten", "9 in 10", "one of every five" (from the third review: a whole written
# anywhere, "7:10" or "10 mL", is no share)
# (a number word is short: the bound keeps the search linear on a 100 kB run of "a-a-a-…", which the unbounded
# pattern rescanned from every position: the adversarial test's guard caught it)
_EN_SHARE_RE = re.compile(
    r"(?<![\w-])([\w-]{1,24})\s+(?:out\s+of(?:\s+every)?|in(?:\s+every)?|of\s+every)\s+([\w-]{1,24})(?![\w-])",
    re.IGNORECASE,
)


def _ratio_shares(source_plain: str, translation_plain: str) -> dict[Decimal, Decimal]:
    """{part: whole} for each ratio of the source (男女比は1対9) that the English gives as a share of its whole, the
    other part out of the sum ("nine out of ten patients are women"): the share renders the part it leaves unsaid."""
    ratios = _JA_RATIO_RE.findall(unicodedata.normalize("NFKC", source_plain))
    if not ratios:
        return {}
    said = set()
    for match in _EN_SHARE_RE.finditer(unicodedata.normalize("NFKC", translation_plain)):
        part, whole = (english_numbers(group)[0] for group in match.groups())
        if len(part) == 1 and len(whole) == 1:
            said.add((next(iter(part)), next(iter(whole))))
    shares: dict[Decimal, Decimal] = {}
    for a, b in ratios:
        first, second = _normal(a), _normal(b)
        whole = _normal(first + second)
        if (second, whole) in said:
            shares[first] = whole
        if (first, whole) in said:
            shares[second] = whole
    return shares


def _ratio_bases(source_plain: str, translation_plain: str) -> int:
    """How many 1s of the source are the base of a ratio (1:4) the English states as a multiple."""
    if not _EN_MULTIPLE_RE.search(translation_plain):
        return 0
    ratios = _JA_RATIO_RE.findall(unicodedata.normalize("NFKC", source_plain))
    return sum(1 for a, b in ratios if "1" in (a, b) and a != b)


def missing_numbers(source_plain: str, translation_plain: str) -> tuple[list[Number], Counter]:
    """(numbers of the source the translation lacks, unmatched numbers of the translation).

    A bracketed unit conversion of the English adds no number, unless the source gives that number itself
    (約6m（20フィート）: "about 6 meters (20 feet)" keeps the source's 20): the reading that leaves fewer
    source numbers missing is the translation's."""
    blanked = without_conversions(translation_plain)
    if _ALL_WEEK_RE.search(blanked) and _ROUND_THE_CLOCK_JA_RE.search(source_plain):
        # (from the second review) "24/7" renders 24時間365日 (or 年中無休) whole: the 365 days are the "7"
        source_plain = _ALL_YEAR_JA_RE.sub(" ", source_plain)
        blanked = _ALL_WEEK_RE.sub("24", blanked)
    source_plain, blanked, stays = _stays_read(source_plain, blanked)
    blanked = _said_in_words(source_plain, blanked)
    source_plain = _DEFINING_ONE_RE.sub("を\u3000", source_plain)
    missing, extra = _missing_numbers(source_plain, blanked)
    # only a source that converts in brackets itself gives the English bracket a number of its own: otherwise a
    # conversion could stand in for a dropped number ("5 kg (11 lb)" for 11日間, from the review)
    if missing and blanked != translation_plain and _SOURCE_CONVERSION_RE.search(source_plain):
        kept = _missing_numbers(source_plain, translation_plain)
        if len(kept[0]) < len(missing):
            missing, extra = kept
    kept_missing = []
    for number in missing:
        restated = _metric_restated(number, blanked)
        if restated is not None and extra[restated] > 0:
            extra[restated] -= 1  # the converted value is the source's number, used up once (from a review)
        else:
            kept_missing.append(number)
    return kept_missing + stays, extra


def _said_in_words(source_plain: str, translation_plain: str) -> str:
    """(fifty-seventh session) Numbers the English says in words only where the source has their form: the square of
    a 2乗 (BMI's formula: "the square of your height", "height squared"), the base of a rate per 100万人 or 10万人 ("per
    million", "per hundred thousand"), and a rise to a fractional multiple (1.5倍に増えます) said as the rise ("by half",
    "by 50%"). Each is written back as the source's digits in the text TRN005 reads; anywhere else the words count
    nothing (a gauze square, Market Square, a million visits a year)."""
    text = translation_plain
    if _SQUARE_JA_RE.search(source_plain):
        text = _SQUARE_EN_RE.sub(" 2 ", text)
    for base, words, digits in (("100", "million", "1000000"), ("10", "hundred thousand", "100000")):
        if re.search(rf"(?<![0-9０-９.．]){base}万人?(?:あたり|当たり|につき|に)", source_plain):
            text = re.sub(rf"\b(per|every|in a|in one)\s+{words}\b", rf"\1 {digits}", text, flags=re.I)
    for match in _RISE_JA_RE.finditer(source_plain):
        times = _decimal(unicodedata.normalize("NFKC", match.group(1)))  # １．５倍 as 1.5倍
        if times is None or times <= 1 or times % 1 == 0:
            continue
        rise = ((times - 1) * 100).normalize()
        # a rise said by what it adds, after a verb of rising (increases by half, rose by about 50%; not drops by half)
        said = _RISEN_BY + r"(?:about\s+|around\s+|roughly\s+|nearly\s+|approximately\s+|approx\.\s+)?"
        words_of_it = rf"(?:{rise:f}\s*(?:%|percent)" + (r"|half)" if times == Decimal("1.5") else ")")
        text = re.sub(said + words_of_it, rf"\1 by {times:f} times", text, count=1, flags=re.I)
    return text


# a verb of rising and up to two words before "by" (increased by, rose sharply by, goes up by)
_RISEN_BY = r"\b((?:increase[sd]?|increasing|rise[sn]?|rising|rose|grow[sn]?|grew|growing|go(?:es)?\s+up|went\s+up|climb(?:s|ed)?|jump(?:s|ed)?)(?:\s+\w+){0,2}?)\s+by\s+"
# a power of two: 2乗 (not 12乗)
_SQUARE_JA_RE = re.compile(r"(?<![0-9０-９])[2２二]乗")
_SQUARE_EN_RE = re.compile(r"\b(?:square(?=\s+of\b)|squared)\b", re.I)
# a rise to a multiple: 1.5倍に増えます, 1.5倍程度に上昇, 1.5倍ほど高まる, 1.5倍になります
_RISE_JA_RE = re.compile(
    r"([0-9０-９]+[.．][0-9０-９]+)倍(?:近く|ほど|程度|くらい|ぐらい)?に?(?:増え|増加|ふえ|上が|上昇|高ま|伸び|な[りるっ])"
)


# (fortieth session, issue 12) the metric units of one measure, in their size against the first: a dose of 4,000mg is
# "4 g", 500 mL is "0.5 L", 15 mm is "1.5 cm"
_METRIC_SCALES = (
    {
        "μg": Decimal("0.000001"),
        "µg": Decimal("0.000001"),
        "mcg": Decimal("0.000001"),
        "mg": Decimal("0.001"),
        "g": Decimal(1),
        "kg": Decimal(1000),
    },
    {"mL": Decimal("0.001"), "ml": Decimal("0.001"), "dL": Decimal("0.1"), "dl": Decimal("0.1"), "L": Decimal(1)},
    {"mm": Decimal("0.001"), "cm": Decimal("0.01"), "m": Decimal(1), "km": Decimal(1000)},
)
# a number and its metric unit, nothing after (not 100mg/dL, a concentration: from a review)
_METRIC_QUANTITY = re.compile(r"[\d,.]*\d\s*(μg|µg|mcg|mg|kg|g|mL|ml|dL|dl|L|mm|cm|km|m)\s*")


def _metric_restated(number: Number, translation_plain: str) -> Decimal | None:
    """(fortieth session, issue 12) The source's metric quantity is in the English in another unit of the same measure,
    its value converted exactly (4,000mg → "4 g", 1.5L → "1,500 mL"): the converted value, or None. Only with the unit
    written: a bare 4 for 4,000mg stays a missing number (a dose a thousand times off)."""
    unit_match = _METRIC_QUANTITY.fullmatch(unicodedata.normalize("NFKC", number.text).strip())
    if unit_match is None or len(number.values) != 1:
        return None
    unit = unit_match.group(1)
    value = next(iter(number.values))
    for scale in _METRIC_SCALES:
        if unit not in scale:
            continue
        for other, size in scale.items():
            if other == unit:
                continue
            converted = _normal(value * scale[unit] / size)  # an integer, or a decimal with no trailing zero
            digits = format(converted, "f")
            # the unit alone: not a unit per another (500 µg/L, 0.015 g per lb), nor an area or a volume (4 m²)
            pattern = rf"(?<![\d.,]){_grouped(digits)}\s*{re.escape(other)}(?![A-Za-z²³/])(?!\s*per\b)"
            if re.search(pattern, translation_plain):
                return converted
    return None


def _grouped(digits: str) -> str:
    """A number's digits as English may write them, with or without thousands commas (1500, 1,500)."""
    whole, _, fraction = digits.partition(".")
    with_commas = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
    options = {re.escape(digits), re.escape(with_commas)}
    return "(?:" + "|".join(sorted(options)) + ")"


def _stays_read(source_plain: str, translation_plain: str) -> tuple[str, str, list[Number]]:
    """(the source without its stays of N nights and N+1 days, the English without the number that renders each,
    the stays the English does not render). A stay is one length, said by its nights or by its days (2泊3日: "two
    nights", "a three-day stay"; 1泊2日 also "overnight"); the nights are no counter of the parser shared with the
    claim check (a stay in a claim is no figure of health), so the stay is read here as a whole."""
    unrendered = []
    for match in reversed(list(_STAY_RE.finditer(source_plain))):
        nights, days = (int(number_value(c)) for c in match.group(1, 2))
        if days != nights + 1:
            continue
        said = next(
            (
                m
                for v, other in ((nights, "day"), (days, "night"))
                for m in [_said_number_re(v, other).search(translation_plain)]
                if m
            ),
            None,
        )
        if said is not None:
            translation_plain = (
                translation_plain[: said.start()] + " " * len(said.group()) + translation_plain[said.end() :]
            )
        elif not (nights == 1 and _ONE_NIGHT_RE.search(translation_plain)):
            unrendered.append(Number(match.group(), frozenset({Decimal(nights), Decimal(days)})))
        source_plain = source_plain[: match.start()] + "\u3000" * len(match.group()) + source_plain[match.end() :]
    return source_plain, translation_plain, unrendered


_ONE_NIGHT_RE = re.compile(r"\b(?:overnight|(?:a|one|single)[\s-]night)\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _said_number_re(value: int, other_unit: str) -> re.Pattern[str]:
    """A number as the English writes it, its digits or its word (three, three-night), unless the other unit of a
    stay follows it (the nights' 3 is no "3 days")."""
    words = [w for w, v in load_number_words().values.items() if v == value and w.isalpha()]
    alternatives = [rf"(?<![\d.,]){value}(?![\d.,])"] + [rf"\b{re.escape(w)}\b" for w in words]
    return re.compile(rf"(?:{'|'.join(alternatives)})(?![\s-]*{other_unit}s?\b)", re.IGNORECASE)


# a stay counted in nights and days, 1泊2日 ("an overnight stay", "one night in hospital"): one length (from
# translation-blind50 and the reviews)
_STAY_RE = re.compile(
    r"([0-9０-９]{1,2}|[一二三四五六七八九])\s*泊\s*([0-9０-９]{1,2}|[一二三四五六七八九十])\s*日(間)?"
)


# a span taken as one unit of a cycle, 28日を1周期として, 3週間を1クールとし ("in 28-day cycles", "a three-week course"):
# the one is the unit the English names, no count of it
_DEFINING_ONE_RE = re.compile(
    r"を\s*[1１一](?=\s*(?:周期|サイクル|クール|単位|セット|区切り|コース|ターム)と(?:して|し|する))"
)


# a number with a unit in brackets after another number: the source converts itself (約6m（20フィート）)
_SOURCE_CONVERSION_RE = re.compile(
    r"\d\s*[^\d\s（(]{1,6}\s*[（(]\s*(?:約|およそ)?\s*\d[\d.,]*\s*[^\d\s）)]{1,6}\s*[）)]"
)


# (twenty-fourth session, from real translations) 1回 before a dose (1回2錠, 1回10mL, 1回1〜2包): "each time", the amount
# of one dose, which English says by the dose alone ("take 2 or 3 tablets after meals"); not the 1回 of a frequency
# (週1回2錠, 1日1回2錠: "once a week" must be said)
_PER_DOSE_RE = re.compile(
    r"(?<![0-9週日月年間毎に])1\s*(?:回|度)\s*(?:に|あたり|につき)?\s*([0-9]+(?:\.[0-9]+)?)\s*(?:[〜~～-]\s*[0-9]+(?:\.[0-9]+)?\s*)?"
    r"(?:錠|包|カプセル|mL|ml|ミリリットル|cc|滴|粒|g|mg|μg|本|枚|個|杯|吸入|噴霧|プッシュ|単位|回分)"
)


def _per_dose_ones(source_plain: str, available: Counter) -> int:
    """How many 1回 of the source stand before a dose whose count the English keeps: as many 1回 numbers are read as
    "each time" (no more: 週1回、1回2錠 → "Take 2 tablets" still drops the week's one, from the code review)."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", source_plain))  # 週 1回 is 週1回 (second code review)
    return sum(1 for match in _PER_DOSE_RE.finditer(text) if available[Decimal(match.group(1))] > 0)


def _is_one_time(number: Number) -> bool:
    return unicodedata.normalize("NFKC", number.text).replace(" ", "") in ("1回", "1度")


def _tenths_rendered(count: Decimal, available: Counter, percents: Counter, translation_plain: str) -> bool:
    """(thirty-fifth session) The count of tenths of a 割 in the English: its percentage ("30%", "thirty percent"), its
    share (0.3; "half" for 5割) or "N in 10" / "N out of ten"; each is used up once it renders."""
    percent, share = _normal(count * 10), _normal(count / 10)
    if percents[percent] > 0 and available[percent] > 0:
        available[percent] -= 1
        percents[percent] -= 1
        return True
    if available[share] > 0:
        available[share] -= 1
        return True
    words = [w for w, v in load_number_words().values.items() if v == count]
    number = "|".join([re.escape(str(_normal(count)))] + [re.escape(w) for w in words])
    # (the lower end of a range may share the "in ten" of the upper: two to three in ten)
    tail = r"(?:\s+(?:to|or|and)\s+[\w.]+|\s*[-–—]\s*[\w.]+)?"
    if re.search(rf"\b(?:{number}){tail}\s+(?:in|out\s+of)\s+(?:10|ten)\b", translation_plain, re.IGNORECASE):
        if available[_normal(count)] > 0:
            available[_normal(count)] -= 1
        return True
    return False


def _missing_numbers(source_plain: str, translation_plain: str) -> tuple[list[Number], Counter]:
    available, words = english_numbers(translation_plain)
    missing = []
    romanized = _ERA_NAMES_RE.search(translation_plain) is not None
    percents = english_percents(translation_plain)
    steps = step_enumerations(source_plain)
    written = Counter(available)  # before the range's ends are taken by their own numbers
    numbers = japanese_numbers(source_plain)
    ratio_bases = _ratio_bases(source_plain, translation_plain)
    shares = _ratio_shares(source_plain, translation_plain)
    vague = _vague_pairs(source_plain, translation_plain)
    per_dose = _per_dose_ones(source_plain, available)
    for first, second in zip(numbers, numbers[1:], strict=False):
        total = next(iter(first.joined), None)
        if (
            total is not None
            and first.joined == second.joined
            and available[total] > 0
            and not any(available[v] for v in first.values | second.values)
        ):
            available[total] -= 1  # 1歳6か月 as "18 months": the total renders both parts
            numbers = [n for n in numbers if n is not first and n is not second]
    for number in numbers:
        listed = steps.get(number.text)
        if listed and all(written[v] > 0 for v in listed) and not any(available[v] > 0 for v in number.values):
            for value in listed:  # the step written out as the list of its values (5歳刻み → 40, 45, …, 70)
                available[value] = max(available[value] - 1, 0)
            continue
        if per_dose and _is_one_time(number):
            per_dose -= 1
            continue  # 1回2錠 = "2 tablets": the dose's count says that it is taken each time
        reading = _one_unit_reading(number, source_plain, translation_plain)
        if reading == "said":
            if available[Decimal(1)] > 0 and re.search(r"\b1(?:\s+|-)[a-z]", translation_plain):
                available[Decimal(1)] -= 1  # "after 1 week": its digit is the number's
            continue
        if reading == "unsaid":
            number = Number(number.text, number.values - {Decimal(1)}, joined=number.joined)
        if _era_read(number, romanized) != number.values:  # 令和4年 is 2022 unless the English says Reiwa
            number = Number(number.text, _era_read(number, romanized))
        if number.tenths:
            if all(_tenths_rendered(count, available, percents, translation_plain) for count in number.tenths):
                continue
            missing.append(number)
            continue
        if number.ratio_of:
            # (thirty-fifth session, from a check of issue 12) 百人に一人 has the values 100, 1 (percent) and 0.01; the
            # percent read as a bare number let "one in ten" through, its "one" taken for the 1%: a tenfold error
            n = number.ratio_of
            percent, share = _normal(Decimal(100) / n), _normal(Decimal(1) / n)
            if available[n] > 0:
                available[n] -= 1
            elif percents[percent] > 0 and available[percent] > 0:
                available[percent] -= 1
            elif share < 1 and available[share] > 0:
                available[share] -= 1
            else:
                missing.append(number)
            continue
        if number.text.endswith("割") and len(number.values) == 3:
            # 7割 is "7 in 10", "70%" or 0.7, never "7%": a bare 7 counts only where no % follows it
            proportion, tenths, percent = sorted(number.values)
            if available[tenths] <= percents[tenths]:
                number = Number(number.text, frozenset({proportion, percent}))
        hit = next((v for v in sorted(number.values) if available[v] > 0), None)
        if hit is None:
            # a proportion (半数, 3割) written as a percentage: 半数 = "50%"
            hit = next((v * 100 for v in sorted(number.values) if 0 < v < 1 and percents[_normal(v * 100)] > 0), None)
            hit = _normal(hit) if hit is not None and available[_normal(hit)] > 0 else None
        if hit is None and _JA_PERCENT_RE.search(unicodedata.normalize("NFKC", number.text)):
            # a percentage written as a fraction: 25% = "a quarter", 約33% = "about a third" (to a
            # rounding of the percentage's last digit)
            # the percentage as written is the largest value (its proportion, v / 100, is also there);
            # the tolerance is half a unit of its last digit, so 0.1% is never "1 in 100,000"
            percent = max(number.values)
            tolerance = Decimal(5).scaleb(percent.as_tuple().exponent - 1) / 100
            hit = next(
                (a for a in available if available[a] > 0 and 0 < a < 1 and abs(percent / 100 - a) < tolerance),
                None,
            )
        if hit is None:
            # (eighth session) a part of a ratio (1対9) given as a share of the whole: "nine out of ten"
            total = next((shares[v] for v in sorted(number.values) if v in shares and available[shares[v]] > 0), None)
            if total is not None:
                available[total] -= 1
                continue
        if hit is None and number.at_least:
            # 2滴以上 (two or more drops) = "more than one drop": for a count, ≥ N is > N − 1
            hit = next((v for v in _more_than(translation_plain) if v + 1 in number.values), None)
        if hit is not None:
            if available[hit] > 0:
                available[hit] -= 1
        elif (
            Decimal(1) in number.values
            and (words & load_number_words().one_words or _per_unit_slash(number, translation_plain))
            and not number.one_unit
            and not (
                _ONE_COUNT_RE.search(number.text)
                and _ONE_FREQUENCY_RE.search(unicodedata.normalize("NFKC", source_plain))
                and _OTHER_COUNT_RE.search(translation_plain)
            )
        ):
            continue  # 1日 = "a day"; but 週1回 is not "twice a week", whose "a" renders the 週
        elif number.one_unit and re.search(
            rf"\b(?:a|an|one|per|each|every)\s+(?:full\s+|whole\s+|single\s+)?{number.one_unit}\b",
            translation_plain,
            re.IGNORECASE,
        ):
            continue  # 7日間 = "a week", 12か月 = "a year"
        elif _one_of_a_duration(number, translation_plain):
            continue  # 1年間 = "the year before school"
        elif ratio_bases and unicodedata.normalize("NFKC", number.text) == "1":
            ratio_bases -= 1  # 1:4 = "four times as many"
        elif number.values & vague:
            vague -= number.values  # 2、3日 = "a couple of days", "a few days"
        else:
            missing.append(number)
    return missing, +available


# How often: 月に1回, 週2回, 毎日, 1日3回 in Japanese; a day, weekly, every month in English.
# The period is a word of its own: after another kanji it ends a longer word, a weekday or a
# day named (第2水曜日に, 翌日に, 先月に), which is no period of a frequency.
_JA_PERIOD_RE = re.compile(
    r"(?<![0-9０-９\u3005-\u3007\u4e00-\u9fff])[1１一]?(半年|[日週月年])(?:に|あたり|当たり)|毎(日|週|月|年)"
    r"|(?<![0-9０-９\u3005-\u3007\u4e00-\u9fff])[1１一]?(日|週|月|年)\s*[0-9０-９一二三四五六七八九十]+\s*回"
)
_PERIODS = {"日": "day", "週": "week", "月": "month", "年": "year", "半年": "half year"}
_EN_PERIODS = {
    "day": re.compile(r"\b(?:days?|daily|nightly)\b", re.IGNORECASE),
    "week": re.compile(r"\b(?:week(?:s|ly)?|fortnights?|fortnightly)\b", re.IGNORECASE),
    "month": re.compile(r"\bmonth(?:s|ly)?\b", re.IGNORECASE),
    "year": re.compile(r"\b(?:years?|yearly|annual(?:ly)?|decades?)\b", re.IGNORECASE),
}


# The time units of a duration and the English words that may render it (2週間 = two weeks or 14 days).
_JA_TIME_UNITS = {
    "week": ("週", "週間"),
    "month": _MONTH_UNITS,
    "year": ("年", "年間"),
    "day": ("日", "日間"),
    "hour": ("時間",),
}
_TIME_ALTERNATIVES = {
    "week": ("week", "day"),
    "month": ("month", "year"),  # not weeks: 2か月 is not "2 weeks", and "8 weeks" loses the 2 anyway
    "year": ("year", "month"),
    "day": ("day", "week", "hour"),
    "hour": ("hour", "minute", "day"),
}
_EN_UNITS = dict(
    _EN_PERIODS,
    # (ninth session) "around the clock", "day and night" render 24時間 as "24 hours" does
    hour=re.compile(
        r"\bhours?\b|\b(?:a)?round the clock\b|\bday and night\b|\bnight and day\b|\b24/7\b", re.IGNORECASE
    ),
    minute=re.compile(r"\bminutes?\b", re.IGNORECASE),
)


def changed_time_units(source_plain: str, translation_plain: str) -> list[tuple[str, str]]:
    """(Japanese time unit, English units used instead) of a duration whose unit the English changed.

    ``二週間ほどで`` rendered "in about two months": the number survives, the unit
    does not. Only durations (kind "quantity"), never dates; reported when the
    English names other time units and none that can render the source's.
    """
    present = {name for name, pattern in _EN_UNITS.items() if pattern.search(translation_plain)}
    if not present:
        return []
    changed = []
    for q in quantities_japanese_numbers(source_plain):
        if not q.is_health:
            continue
        unit = next((name for name, units in _JA_TIME_UNITS.items() if q.unit in units), None)
        if unit and not present & set(_TIME_ALTERNATIVES[unit]):
            changed.append((unit, "/".join(sorted(present))))
    return changed


_JA_EVERY_OTHER_RE = re.compile(r"(?:[1１一]日|一日)(?:おき|置き)|隔日|[1１一]日(?:ごと|毎)に?交互")
_EN_EVERY_OTHER_RE = re.compile(
    r"\b(?:every\s+(?:other|second|2nd|two|48\s+hours)|alternate\s+days?|on\s+alternate|(?:48|forty-eight)-hour)",
    re.IGNORECASE,
)
_EN_EVERY_DAY_RE = re.compile(r"\b(?:every\s+day|each\s+day|daily|once\s+a\s+day|a\s+day\b)", re.IGNORECASE)


# three to twelve of a thing; not two (a pair the source names one by one: "two kinds", "two different medicines") and
# not a count of kinds, ways or steps, which an English sentence adds before a list the source gives
_LISTED_KINDS = r"kinds|types|ways|steps|parts|things|forms|groups|categories|stages|points|reasons|options"
_EN_ADDED_COUNT_RE = re.compile(
    r"\b(three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    rf"(?!(?:main|different|other|basic|key|simple|{_LISTED_KINDS})\b)(?:[a-z]+\s+)?(?!(?:{_LISTED_KINDS})\b)[a-z]+s\b",
    re.IGNORECASE,
)
# a source word that says two or each (両手 "two hands", 双方, 各…): a count the English may spell out
_JA_IMPLIED_COUNT_RE = re.compile(r"[両双各]|ふた[つり]|みっつ|よっつ|いくつ|何[人回個本枚日]")


def added_count_words(source_plain: str, translation_plain: str) -> list[str]:
    """(forty-second session) A count spelled out in the English ("three towels") where the source states no number at
    all: a number the translator added. Only three to twelve before a plural noun that is no kind, way or step (an
    English sentence may count the items of a list the source gives: "two kinds", "three steps"); a source with any
    number, or a word
    that implies a count (両, 双, 各, いくつ), is left to the number parity."""
    if (
        japanese_numbers(source_plain)
        or _JA_VAGUE_MAGNITUDE_RE.search(source_plain)
        or _JA_VAGUE_UNIT_RE.search(source_plain)
    ):
        return []
    if _JA_IMPLIED_COUNT_RE.search(source_plain) or re.search(r"[0-9０-９一二三四五六七八九十百千万]", source_plain):
        return []
    return [m.group(0) for m in _EN_ADDED_COUNT_RE.finditer(translation_plain)]


def changed_alternation(source_plain: str, translation_plain: str) -> bool:
    """(forty-second session) Every other day (一日おき, 隔日) rendered as every day: the English says daily and
    nothing of every other day."""
    return bool(
        _JA_EVERY_OTHER_RE.search(source_plain)
        and _EN_EVERY_DAY_RE.search(translation_plain)
        and not _EN_EVERY_OTHER_RE.search(translation_plain)
    )


def changed_periods(source_plain: str, translation_plain: str) -> list[tuple[str, str]]:
    """(Japanese period, English period used instead) of a frequency whose period the English changed.

    ``月に1回`` (once a month) rendered "once a week": the number survives but the
    period does not. Reported only when the English names another period and not
    the source's (半年に一度 may be "twice a year" or "every six months").
    """
    wanted = []
    for match in _JA_PERIOD_RE.finditer(source_plain):
        unit = next(g for g in match.groups() if g)
        wanted.append(("month", "year") if unit == "半年" else (_PERIODS[unit],))
    if not wanted:
        return []
    present = {name for name, pattern in _EN_PERIODS.items() if pattern.search(translation_plain)}
    # the message names the periods of the English's frequencies (twice a month) when it has any: a period word
    # elsewhere (the day before the test) made "per day/month" of "twice a month" (from an independent check, issue 12)
    frequencies = {m.group(1).lower() for m in _EN_FREQUENCY_PERIOD_RE.finditer(translation_plain)}
    frequencies |= {name for name, adverb in _EN_PERIOD_ADVERBS.items() if adverb.search(translation_plain)}
    shown = (frequencies & present) or present
    changed = []
    for options in wanted:
        if not present & set(options) and present:
            changed.append(("/".join(options), "/".join(sorted(shown))))
    return changed


# a period after a count of times or a frequency word: twice a month, 3 times per week, once every day
_EN_FREQUENCY_PERIOD_RE = re.compile(
    r"\b(?:(?:once|twice|thrice|times)\s+(?:a|an|per|every|each)|per|every|each)\s+(?:other\s+|two\s+|few\s+)?"
    r"(day|week|month|year)s?\b",
    re.IGNORECASE,
)
_EN_PERIOD_ADVERBS = {
    "day": re.compile(r"\b(?:daily|nightly)\b", re.IGNORECASE),
    "week": re.compile(r"\b(?:weekly|fortnightly)\b", re.IGNORECASE),
    "month": re.compile(r"\bmonthly\b", re.IGNORECASE),
    "year": re.compile(r"\b(?:yearly|annually)\b", re.IGNORECASE),
}
