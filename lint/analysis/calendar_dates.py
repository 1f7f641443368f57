"""Calendar dates and weekdays of a message, read as (month, day), for TRN005.

Number parity compares the numbers of a message as a bag, so a date whose month and day change places keeps every
number (3月4日 → "April 3", 5/6（月） → "June 5"). Here each side's dates are read whole: in Japanese 3月4日,
2024年12月25日 and a slash date with a year or a weekday (5/6（月）, 2025/5/6); in English the month by name, before or after
its day (March 4, March 4th, 4 March, the 4th of March, Mar. 4) or a US numeric date with its year (5/6/2025). A date of
the source that the translation does not write, while the translation writes a date the source does not, is a date
changed; a date only left out is number parity's to report. Weekdays in brackets after a Japanese date (（月）) are
compared with the English weekday names the same way.
"""

import unicodedata
from collections import Counter
from functools import lru_cache

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)

_JA_DATE = re.compile(r"(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# a slash date is a date, not a fraction, when a year stands before it or a weekday after it
_JA_SLASH_DATE = re.compile(
    r"(?<![\d/.])(?:(\d{4})\s*/\s*)?(\d{1,2})\s*/\s*(\d{1,2})(?![\d/.])(\s*[(（][月火水木金土日][)）])?"
)
_JA_WEEKDAY = re.compile(r"[(（]([月火水木金土日])(?:曜日?)?[)）]")
_JA_WEEKDAYS = {day: number for number, day in enumerate("月火水木金土日")}
_EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_EN_WEEKDAY = re.compile(r"\b(Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)(?:day|nesday|urday)?\b\.?")
_EN_US_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")


@lru_cache(maxsize=1)
def _months() -> tuple[str, ...]:
    """The month names, January first: the number words' table (lint/data/en-number-words.toml) has them."""
    from .numbers import load_number_words

    months = load_number_words().months
    return tuple(sorted(months, key=months.__getitem__))


@lru_cache(maxsize=1)
def _month_patterns() -> tuple:
    """(month before its day, day before its month): names in full or cut to three letters (Sept too), capitalised
    ("may" is a verb)."""
    names = []
    for name in _months():
        names.append(name)
        if len(name) > 3:
            names.append(name[:3] + r"\.?")
    names.append(r"Sept\.?")
    month = "(" + "|".join(sorted(names, key=len, reverse=True)) + r")"
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    return (
        re.compile(
            rf"\b{month}\s+{day}\b(?!\s*[:.]\d)(?!\s*(?:%|percent|days?|weeks?|months?|years?|hours?|minutes?))"
        ),
        re.compile(rf"\b(?:the\s+)?{day}\s+(?:of\s+)?{month}\b"),
    )


def month_number(name: str) -> int:
    """The number of a month named in full or cut short (March, Mar., Sept): its first three letters decide."""
    name = name.rstrip(".")
    return next(number for number, month in enumerate(_months(), start=1) if month.startswith(name[:3]))


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def japanese_dates(text: str) -> Counter:
    """The (month, day) of each date the Japanese writes."""
    text = unicodedata.normalize("NFKC", text)
    found: Counter = Counter()
    for match in _JA_DATE.finditer(text):
        month, day = int(match.group(1)), int(match.group(2))
        if _valid(month, day):
            found[(month, day)] += 1
    for match in _JA_SLASH_DATE.finditer(text):
        if not (match.group(1) or match.group(4)):
            continue  # 1/2 alone is a half as often as a date
        month, day = int(match.group(2)), int(match.group(3))
        if _valid(month, day):
            found[(month, day)] += 1
    return found


def english_dates(text: str) -> Counter:
    """The (month, day) of each date the English writes."""
    found: Counter = Counter()
    taken: list[tuple[int, int]] = []
    month_first, day_first = _month_patterns()
    for match in month_first.finditer(text):
        month, day = month_number(match.group(1)), int(match.group(2))
        if _valid(month, day):
            found[(month, day)] += 1
            taken.append(match.span())
    for match in day_first.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue  # "March 4 5 April" is no case; one reading of a span only
        month, day = month_number(match.group(2)), int(match.group(1))
        if _valid(month, day):
            found[(month, day)] += 1
    for match in _EN_US_NUMERIC_DATE.finditer(text):
        month, day = int(match.group(1)), int(match.group(2))
        if _valid(month, day):
            found[(month, day)] += 1
    return found


def _shown(date: tuple[int, int]) -> str:
    return f"{_months()[date[0] - 1]} {date[1]}"


def changed_dates(source: str, translation: str) -> list[tuple[str, str]]:
    """(what the translation says, what the source's date is) for each date of the source the translation replaced by
    another: 3月4日 → "April 3" gives ("April 3", "March 4")."""
    wanted, written = japanese_dates(source), english_dates(translation)
    missing, extra = wanted - written, written - wanted
    pairs = []
    for date, other in zip(sorted(missing.elements()), sorted(extra.elements()), strict=False):
        pairs.append((_shown(other), _shown(date)))
    return pairs


def changed_weekdays(source: str, translation: str) -> list[tuple[str, str]]:
    """(the translation's weekday, the source's) where the weekdays in brackets of the source ((月), （火曜）) and the
    English weekday names disagree, one for one."""
    wanted = Counter(_JA_WEEKDAYS[m.group(1)] for m in _JA_WEEKDAY.finditer(unicodedata.normalize("NFKC", source)))
    if not wanted:
        return []
    written: Counter = Counter()
    for match in _EN_WEEKDAY.finditer(translation):
        stem = match.group(1).lower()[:3]
        written[next(n for n, day in enumerate(_EN_WEEKDAYS) if day.startswith(stem))] += 1
    missing, extra = wanted - written, written - wanted
    return [
        (_EN_WEEKDAYS[other].capitalize(), _EN_WEEKDAYS[day].capitalize())
        for day, other in zip(sorted(missing.elements()), sorted(extra.elements()), strict=False)
    ]
