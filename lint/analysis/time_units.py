"""Unit parity of durations and frequencies for TRN005.

Number parity compares values (with their equivalents in other units: 2週間 = 14 days), so a
translation that keeps a number and changes its unit passes it: 3日以内 → "within 3 weeks",
月に1回 → "once a week". Here each side's durations become (value, unit) and each side's
frequencies a rate; the English states a changed unit when one of its durations (frequencies)
has a number the Japanese gives in another unit (period) and matches no Japanese duration
(frequency) in length (rate): 3 days = 72 hours, 7日間 = 7 days, 半年に1回 = twice a year.
The units and the English adverbs of frequency are data (lint/data/time-units.toml).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_data_toml
from ..errors import ConfigError
from .numbers import load_number_words
from .quantities import japanese_numbers, number_value

TIME_UNITS_FILE = Path(__file__).resolve().parent.parent / "data" / "time-units.toml"
# Two lengths (rates) are the same within this ratio: a month of 30 days, 4 weeks and a month are not.
_TOLERANCE = Decimal("0.03")


@dataclass(frozen=True)
class TimeUnits:
    minutes: dict[str, Decimal]  # unit -> its length in minutes
    japanese: dict[str, str]  # counter (日, か月) -> unit
    english: dict[str, str]  # word after a number (days, weeks) -> unit
    adverbs: dict[str, tuple[str, int]]  # daily -> (day, 1), fortnightly -> (week, 2)


@lru_cache(maxsize=4)
def load_time_units(path: Path | str = TIME_UNITS_FILE) -> TimeUnits:
    """The time units of ``path``; ConfigError names the file and the bad entry."""
    path = Path(path)
    data = read_data_toml(path, "time units")
    unknown = sorted(set(data) - {"units", "adverbs"})
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (keys: units, adverbs)")
    units = data.get("units")
    if not isinstance(units, dict) or not units:
        raise ConfigError(f"{path}: no [units.NAME] tables")
    minutes: dict[str, Decimal] = {}
    japanese: dict[str, str] = {}
    english: dict[str, str] = {}
    for name, entry in units.items():
        where = f"{path}: units.{name}"
        if not isinstance(entry, dict) or set(entry) != {"minutes", "japanese", "english"}:
            raise ConfigError(f"{where}: must have exactly minutes, japanese and english")
        length = entry["minutes"]
        if isinstance(length, bool) or not isinstance(length, int) or length <= 0:
            raise ConfigError(f"{where}: minutes must be a positive whole number, not {length!r}")
        minutes[name] = Decimal(length)
        add_unit_words(where, name, entry, japanese, english)
    adverbs: dict[str, tuple[str, int]] = {}
    raw = data.get("adverbs", {})
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: adverbs must be a table of word = {{ unit = …, every = … }}")
    for word, entry in raw.items():
        where = f"{path}: adverbs.{word}"
        if not isinstance(entry, dict) or set(entry) != {"unit", "every"}:
            raise ConfigError(f"{where}: must be {{ unit = …, every = … }}")
        if entry["unit"] not in minutes:
            raise ConfigError(f"{where}: unit {entry['unit']!r} is none of {', '.join(minutes)}")
        every = entry["every"]
        if isinstance(every, bool) or not isinstance(every, int) or every <= 0:
            raise ConfigError(f"{where}: every must be a positive whole number, not {every!r}")
        adverbs[word.lower()] = (entry["unit"], every)
    return TimeUnits(minutes, japanese, english, adverbs)


def add_unit_words(where: str, name: str, entry: dict, japanese: dict[str, str], english: dict[str, str]) -> None:
    """Record the unit ``name``'s Japanese and English words (a data file's units.NAME); ConfigError names the
    entry for a list that is no list of words, or a word another unit already has. Shared with measure units."""
    for key, table in (("japanese", japanese), ("english", english)):
        words = entry[key]
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w for w in words):
            raise ConfigError(f"{where}: {key} must be a list of words")
        for word in words:
            if word in table:
                raise ConfigError(f"{where}: {key} word {word!r} is already a word of {table[word]}")
            table[word] = name


@dataclass(frozen=True)
class Duration:
    values: frozenset[Decimal]
    unit: str


@dataclass(frozen=True)
class Frequency:
    counts: frozenset[Decimal]  # how many times (2〜3回: 2 and 3)
    rates: frozenset[Decimal]  # times per minute, one per count
    period: str  # the unit of the period, for the message
    text: str


def _distance(a: Decimal, b: Decimal) -> Decimal:
    return max(a, b) / min(a, b)


def _same(a: Decimal, b: Decimal) -> bool:
    return abs(a - b) <= _TOLERANCE * max(a, b)


# ---------------------------------------------------------------- Japanese
_JA_NUM = r"[0-9０-９.．〇一二三四五六七八九十百]+"
_JA_RANGE = rf"{_JA_NUM}(?:\s*[〜~～\-－ー]\s*{_JA_NUM})?"
# 月に1回, 週2〜3回, 1日3回, 2日に1回, 3か月に1回, 年1回, 半年に一度: a period word of its own, never the
# end of a longer word (水曜日に, 翌日に) or a date (5日に)
_JA_FREQUENCY_RE = re.compile(
    rf"(?<![0-9０-９\u3005-\u3007\u4e00-\u9fff])(?P<n>{_JA_NUM})?\s*(?P<unit>半年|か月|カ月|ヶ月|ヵ月|ケ月|[日週月年])"
    rf"\s*(?:に|あたり|当たり)?\s*(?P<count>{_JA_RANGE})\s*[回度](?!目)"
)
_JA_EVERY_RE = re.compile(rf"毎(?P<unit>[日週月年]|朝|晩|夜)(?:\s*(?P<count>{_JA_RANGE})\s*[回度](?!目))?")
_JA_INTERVAL_UNIT = r"半年|分|時間|日|週間|週|か月|カ月|ヶ月|ヵ月|ケ月|年"
# 3か月ごと, 1日おき, 半年ごと, 3〜6か月ごと; a range of intervals whose first end has a unit of its own
# (半年から1年ごと: n0, unit0) gives a frequency for each end
_JA_INTERVAL_RE = re.compile(
    rf"(?:(?P<n0>{_JA_NUM})?\s*(?P<unit0>{_JA_INTERVAL_UNIT})\s*(?:から|[〜~～])\s*)?"
    rf"(?P<n>{_JA_RANGE})?\s*(?P<unit>{_JA_INTERVAL_UNIT})\s*(?P<how>ごと|おき|毎)"
)


# (seventh session) the first of two intervals joined before one ごと (1〜2か月または4〜6か月ごと): the ごと is both's
_JA_COORDINATED_INTERVAL_RE = re.compile(
    rf"(?P<n>{_JA_RANGE})\s*(?P<unit>{_JA_INTERVAL_UNIT})\s*(?:または|もしくは|あるいは|か|や|、)\s*"
    rf"(?={_JA_RANGE}\s*(?:{_JA_INTERVAL_UNIT})\s*(?P<how>ごと|おき|毎))"
)


def _ja_values(text: str) -> list[Decimal]:
    found = []
    for part in re.split(r"\s*[〜~～\-－ー]\s*", unicodedata.normalize("NFKC", text)):
        value = number_value(part)
        if value is not None and value > 0:
            found.append(value)
    return found


def _frequency(units, counts, n_values, unit, text) -> Frequency | None:
    counts = [c for c in counts if c > 0]
    if not counts or not n_values or unit not in units.minutes:
        return None
    rates = frozenset(c / (n * units.minutes[unit]) for c in counts for n in n_values)
    return Frequency(frozenset(counts), rates, unit, text)


def japanese_frequencies(plain: str, units: TimeUnits | None = None) -> list[Frequency]:
    units = units or load_time_units()
    found = []
    for match in _JA_FREQUENCY_RE.finditer(plain):
        unit = match["unit"]
        n_values = _ja_values(match["n"]) if match["n"] else [Decimal(1)]
        if unit == "半年":
            unit, n_values = "month", [n * 6 for n in n_values]
        else:
            unit = units.japanese.get(unit, "")
        freq = _frequency(units, _ja_values(match["count"]), n_values, unit, match.group())
        if freq:
            found.append(freq)
    for match in _JA_EVERY_RE.finditer(plain):
        unit = units.japanese.get(match["unit"], "day")  # 毎朝, 毎晩: once a day
        counts = _ja_values(match["count"]) if match["count"] else [Decimal(1)]
        freq = _frequency(units, counts, [Decimal(1)], unit, match.group())
        if freq:
            found.append(freq)
    for match in _JA_INTERVAL_RE.finditer(plain):
        ends = [(match["n"], match["unit"])]
        if match["unit0"]:
            ends.append((match["n0"], match["unit0"]))  # 半年から1年ごと: every 6 months to every year
        for number, counter in ends:
            if not number and counter != "半年":
                continue  # 年ごと is a word of its own (yearly), not read here
            found += _interval_frequency(number, counter, match["how"], match.group(), units)
    for match in _JA_COORDINATED_INTERVAL_RE.finditer(plain):
        found += _interval_frequency(match["n"], match["unit"], match["how"], match.group(), units)
    return found


def _interval_frequency(number, counter, how, text, units) -> list[Frequency]:
    """The frequency of one Japanese interval (3か月ごと, 1日おき), as a list of none or one."""
    unit, n_values = _interval(number, counter, units)
    if how == "おき" and unit in ("day", "week", "month", "year"):
        n_values += [n + 1 for n in n_values]  # 1日おき: every other day (or, loosely, every day)
    freq = _frequency(units, [Decimal(1)], n_values, unit, text)
    return [freq] if freq else []


def _interval(number: str | None, counter: str, units: TimeUnits) -> tuple[str, list[Decimal]]:
    """(unit, lengths) of one end of a Japanese interval: 3か月 → month, [3]; 半年 → month, [6]."""
    if counter == "半年":
        return "month", [n * 6 for n in (_ja_values(number) if number else [Decimal(1)])]
    return units.japanese.get(counter, ""), _ja_values(number) if number else []


def japanese_durations(plain: str, units: TimeUnits | None = None) -> list[Duration]:
    """Durations and ages of the Japanese as (values, unit); a compound (1歳6か月) also as its total."""
    units = units or load_time_units()
    found: list[Duration] = []
    previous = None
    for q in japanese_numbers(plain):
        unit = units.japanese.get(q.unit)
        if not q.is_health or not unit or not q.values:
            previous = None
            continue
        found += _range_ends(q.text, q.values, unit, units)
        if previous and previous[0].end == q.start and len(previous[0].values) == 1 and len(q.values) == 1:
            big, small = previous[1], unit  # 1歳6か月 = 18 months, 2時間30分 = 150 minutes
            total = next(iter(previous[0].values)) * units.minutes[big] / units.minutes[small] + next(iter(q.values))
            found.append(Duration(frozenset({total.normalize()}), small))
        previous = (q, unit)
    return found


_JA_RANGE_SPLIT_RE = re.compile(r"\s*(?:[〜~～\-－]|から)\s*")


def _range_ends(text: str, values: frozenset, unit: str, units: TimeUnits) -> list[Duration]:
    """A range whose first end has a unit of its own (6か月から1年, 30分〜1時間) as a duration per end."""
    parts = _JA_RANGE_SPLIT_RE.split(text)
    if len(values) < 2 or len(parts) < 2:
        return [Duration(frozenset(values), unit)]
    found = []
    for part in parts:
        counter = max((c for c in units.japanese if part.endswith(c)), key=len, default="")
        part_values = _ja_values(part[: len(part) - len(counter)])
        if part_values:
            found.append(Duration(frozenset(part_values), units.japanese[counter] if counter else unit))
    return found or [Duration(frozenset(values), unit)]


# ---------------------------------------------------------------- English
def _en_patterns(units: TimeUnits) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = load_number_words()
    number_words = sorted((w for w in words.values if w in words.units or w in words.tens), key=len, reverse=True)
    num = rf"(?:\d+(?:\.\d+)?|(?:{'|'.join(number_words)})(?:-(?:{'|'.join(sorted(words.units, key=len, reverse=True))}))?)"
    unit_words = "|".join(sorted(map(re.escape, units.english), key=len, reverse=True))
    adverbs = "|".join(sorted(units.adverbs, key=len, reverse=True))
    # 3 days, 3-day, 2 to 3 weeks, 5-year-old: a number followed by its unit (a range: each end)
    duration = re.compile(
        rf"\b(?P<nums>{num}(?:\s*(?:-|–|—|to|or|and)\s*{num})?)(?:\s+|-)(?P<unit>{unit_words})\b", re.IGNORECASE
    )
    count = r"(?P<count>once|twice|thrice|(?P<times>" + num + r"(?:\s*(?:-|–|to|or)\s*" + num + r")?)\s+times)"
    # once a week, 3 times per day, twice every 2 months, twice daily
    per = re.compile(
        rf"\b{count}\s+(?:(?:a|an|per|each|every)\s+(?:(?P<n>{num})\s+)?(?P<unit>{unit_words})|(?P<adverb>{adverbs}))\b",
        re.IGNORECASE,
    )
    # every day, every other week, every 8 hours
    # a range of periods: "every 3 to 6 months"; "every six months to a year" (each end a unit of its own)
    every = re.compile(
        rf"\bevery\s+(?:(?P<n>{num}(?:\s*(?:-|–|to|or)\s*{num})?|other|second|third)\s+)?(?P<unit>{unit_words})\b"
        rf"(?:\s*(?:-|–|to|or)\s*(?:every\s+)?(?:(?P<n2>{num})|an?)\s+(?P<unit2>{unit_words})\b)?",
        re.IGNORECASE,
    )
    # daily, weekly … on their own, as an adverb (a clause end or before a preposition), not "daily life"
    adverb = re.compile(
        rf"(?<!\btimes\s)(?<!\bonce\s)(?<!\btwice\s)\b(?P<adverb>{adverbs})\b"
        r"(?=\s*(?:[.,;:!?)\]]|$|(?:for|until|from|at|in|on|or|and|to|with|as|if|when|after|before|during)\b))",
        re.IGNORECASE,
    )
    return duration, per, every, adverb


@lru_cache(maxsize=4)
def _compiled(path: Path | str = TIME_UNITS_FILE):
    return _en_patterns(load_time_units(path))


def _en_value(text: str) -> Decimal | None:
    words = load_number_words()
    text = text.lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return Decimal(text).normalize()
    total = Decimal(0)
    for part in text.split("-"):
        if part not in words.values:
            return None
        total += Decimal(words.values[part])
    return total


def _en_values(text: str) -> list[Decimal]:
    found = []
    for part in re.split(r"\s*(?:–|—|\bto\b|\bor\b|\band\b)\s*|(?<=\d)-(?=\d)|(?<=\w)-(?=\d)", text):
        value = _en_value(part.strip()) if part and part.strip() else None
        if value is None and part and "-" in part:  # twenty-one is one number; 2-3 is a range
            found += [v for v in map(_en_value, part.split("-")) if v is not None]
        elif value is not None:
            found.append(value)
    return found


_ORDINAL_EVERY = {"other": 2, "second": 2, "third": 3}


def english_durations(plain: str, units: TimeUnits | None = None) -> list[Duration]:
    units = units or load_time_units()
    duration, per, every, _ = _compiled()
    # the period of a frequency (3 times a day, every 8 hours) is compared as a frequency
    taken = [m.span() for pattern in (per, every) for m in pattern.finditer(plain)]
    found = []
    for match in duration.finditer(plain):
        if any(start <= match.start() < end for start, end in taken):
            continue
        values = _en_values(match["nums"])
        if values:
            found.append(Duration(frozenset(values), units.english[match["unit"].lower()]))
    return found


def english_frequencies(plain: str, units: TimeUnits | None = None) -> list[Frequency]:
    units = units or load_time_units()
    _, per, every, adverb = _compiled()
    found = []
    once = {"once": 1, "twice": 2, "thrice": 3}
    for match in per.finditer(plain):
        counts = (
            [Decimal(once[match["count"].lower()])] if match["count"].lower() in once else _en_values(match["times"])
        )
        if match["adverb"]:
            unit, n = units.adverbs[match["adverb"].lower()]
            n_values = [Decimal(n)]
        else:
            unit = units.english[match["unit"].lower()]
            n_values = _en_values(match["n"]) if match["n"] else [Decimal(1)]
        freq = _frequency(units, counts, n_values, unit, match.group())
        if freq:
            found.append(freq)
    for match in every.finditer(plain):
        n = match["n"]
        n_values = (
            [Decimal(_ORDINAL_EVERY[n.lower()])]
            if n and n.lower() in _ORDINAL_EVERY
            else (_en_values(n) if n else [Decimal(1)])
        )
        freq = _frequency(units, [Decimal(1)], n_values, units.english[match["unit"].lower()], match.group())
        if freq:
            found.append(freq)
        if match["unit2"]:  # the second end of a range: "every six months to a year"
            n2 = _en_values(match["n2"]) if match["n2"] else [Decimal(1)]
            freq = _frequency(units, [Decimal(1)], n2, units.english[match["unit2"].lower()], match.group())
            if freq:
                found.append(freq)
    for match in adverb.finditer(plain):
        unit, n = units.adverbs[match["adverb"].lower()]
        freq = _frequency(units, [Decimal(1)], [Decimal(n)], unit, match.group())
        if freq:
            found.append(freq)
    return found


# ---------------------------------------------------------------- parity
def changed_units(source_plain: str, translation_plain: str) -> list[tuple[str, str]]:
    """(English duration, Japanese unit) of each English duration whose number the Japanese gives in
    another unit and whose length no Japanese duration has (3日 → "3 weeks"); 3日 = 72 hours passes."""
    units = load_time_units()
    ja = japanese_durations(source_plain, units)
    if not ja:
        return []
    lengths = [v * units.minutes[d.unit] for d in ja for v in d.values]
    changed = []
    for en in english_durations(translation_plain, units):
        for value in en.values:
            length = value * units.minutes[en.unit]
            if any(_same(length, other) for other in lengths):
                continue
            others = sorted({d.unit for d in ja if value in d.values and d.unit != en.unit})
            if others:
                changed.append((f"{value:f} {en.unit}s", "/".join(others)))
    return changed


def changed_frequencies(source_plain: str, translation_plain: str) -> list[tuple[str, str]]:
    """(English frequency, Japanese frequency) of each English frequency whose count the Japanese gives
    over another period and whose rate no Japanese frequency has (月に1回 → "once a week")."""
    units = load_time_units()
    ja = japanese_frequencies(source_plain, units)
    if not ja:
        return []
    rates = [r for f in ja for r in f.rates]
    changed = []
    values: set[Decimal] | None = None  # the source's numbers, read once and only if a count changed
    for en in english_frequencies(translation_plain, units):
        if any(_same(rate, other) for rate in en.rates for other in rates):
            continue
        kept = [f for f in ja if f.counts & en.counts]
        if kept:  # name the Japanese frequency nearest in rate (12時間ごと for "every 8 hours", not 毎日)
            nearest = min(kept, key=lambda f: min(_distance(r, o) for r in en.rates for o in f.rates))
            changed.append((en.text, nearest.text))
            continue
        # (thirty-seventh session, from an audit of issue 12) the count changed over the same period (1日1回 → "twice a
        # day"): TRN005 took the 1 for the "one" of "one tablet", so a doubled dose passed
        same_period = [f for f in ja if f.period == en.period]
        if not same_period or len(ja) != len(same_period):
            continue
        if values is None:
            values = _source_values(source_plain)
        if not en.counts & values:
            changed.append((en.text, same_period[0].text))
    return changed


# (thirty-seventh session, from an audit of issue 12) how many of a dose's units: 1錠 → "two tablets" passed, the 1
# taken for the "a" of "a day"
_JA_DOSE_RE = re.compile(
    r"([0-9０-９.．]+|[一二三四五六七八九十半]+)\s*(錠|カプセル|包|滴|粒|枚|吸入|噴霧|プッシュ)(?!\s*(?:以上|以下|未満|まで|超))"
)
_DOSE_UNITS = {
    "錠": "tablet",
    "粒": "tablet",
    "カプセル": "capsule",
    "包": "packet",
    "滴": "drop",
    "枚": "patch",
    "吸入": "puff",
    "噴霧": "puff",
    "プッシュ": "puff",
}
_EN_DOSE_WORDS = {
    "tablet": "tablet",
    "pill": "tablet",
    "capsule": "capsule",
    "packet": "packet",
    "sachet": "packet",
    "drop": "drop",
    "patch": "patch",
    "puff": "puff",
    "spray": "puff",
    "inhalation": "puff",
}
_EN_DOSE_RE = re.compile(
    r"\b(half\s+an?|an?|\d+(?:\.\d+)?|[a-z]+)\s+(?:(?:more|extra|whole|single|separate|small|large)\s+)?"
    r"(tablet|pill|capsule|packet|sachet|drop|patch|puff|spray|inhalation)(?:e?s)?\b",
    re.IGNORECASE,
)


def _source_values(source_plain: str) -> set[Decimal]:
    from .numbers import japanese_numbers

    return {value for number in japanese_numbers(source_plain) for value in number.values}


_EN_BOUND_BEFORE_RE = re.compile(
    r"(?:more|fewer|less|no\s+more|no\s+fewer)\s+than\s+$|(?:over|under|up\s+to|at\s+least|at\s+most)\s+$",
    re.IGNORECASE,
)


def changed_doses(source_plain: str, translation_plain: str) -> list[tuple[str, str]]:
    """(English count of a dose's unit, the source's) when the English counts a unit of a dose (tablets, capsules,
    drops, puffs) the source counts too, and none of its counts is one of the source's (1錠 → "two tablets")."""
    from .quantities import number_value

    ja: dict[str, set[Decimal]] = {}
    for match in _JA_DOSE_RE.finditer(unicodedata.normalize("NFKC", source_plain)):
        value = Decimal("0.5") if match.group(1) == "半" else number_value(match.group(1))
        if value is not None:
            ja.setdefault(_DOSE_UNITS[match.group(2)], set()).add(Decimal(value))
    if not ja:
        return []
    table = load_number_words()
    words = table.values
    changed = []
    for match in _EN_DOSE_RE.finditer(translation_plain):
        if match.group(1).lower() in table.ordinals:
            continue  # "a second drop": which one, no count
        unit = _EN_DOSE_WORDS[match.group(2).lower()]
        said = match.group(1).lower()
        if said.startswith("half"):
            value = Decimal("0.5")
        elif said in ("a", "an"):
            value = Decimal(1)
        elif said[0].isdigit():
            value = Decimal(said)
        elif said in words:
            value = Decimal(words[said])
        else:
            continue
        if _EN_BOUND_BEFORE_RE.search(translation_plain[max(0, match.start() - 20) : match.start()]):
            continue  # "more than one drop" for 2滴以上: a bound, no count
        if unit in ja and value not in ja[unit]:
            shown = "/".join(f"{v.normalize():f}" for v in sorted(ja[unit]))
            changed.append((match.group(), f"{shown} {match.group(2).lower()}(s)"))
    return changed


# a Japanese fraction of no unit of time: 3分の1の患者, 3分の2に (not 3分の1日, not 半日)
_JA_BARE_FRACTION_RE = re.compile(
    r"[0-9０-９一二三四五六七八九十]+分の[0-9０-９一二三四五六七八九十]+(?!\s*(?:時間|日|週|か月|ヶ月|カ月|ケ月|年|分|秒))"
)


def fractions_given_a_unit(source_plain: str, translation_plain: str) -> list[tuple[str, str]]:
    """(English fraction of a unit of time, Japanese fraction) when the source's fraction is of no unit of
    time and the source has no duration at all: 3分の1の患者 rendered "a third of a year" turns a share
    of patients into a length of time, which the fraction's value alone does not show (a third is a
    third). A source with a duration may convert it (4か月 = "a third of a year") and is left alone."""
    from .quantities import english_fraction_share, english_fractions_of_units

    bare = _JA_BARE_FRACTION_RE.search(source_plain)
    if not bare or japanese_durations(source_plain) or _JA_VAGUE_DURATION_RE.search(source_plain):
        return []
    # only an English fraction of the share's own value is the share given a unit: "half a year" for
    # 3分の1 and 半年 renders another word of the source
    share = _ja_fraction_value(bare.group())
    return [
        (translation_plain[start:end], bare.group())
        for start, end, _ in english_fractions_of_units(translation_plain)
        if share is None or _same_share(english_fraction_share(translation_plain[start:end]), share)
    ]


def _same_share(english, share) -> bool:
    return english is None or _same(english, share)


# half or several of a unit of time (半日, 半年, 数時間, 数日): durations japanese_durations has no number for
_JA_VAGUE_DURATION_RE = re.compile(r"[半数](?:時間|日|週間?|か月|ヶ月|カ月|ケ月|年)")
_JA_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九十")}


def _ja_fraction_value(text: str):
    """The value of a Japanese fraction (3分の1 → 1/3), or None when a part is no plain number."""
    import unicodedata
    from decimal import Decimal

    parts = unicodedata.normalize("NFKC", text).split("分の")
    values = [int(p) if p.isdigit() else _JA_DIGITS.get(p) for p in parts]
    if len(values) != 2 or None in values or not values[0]:
        return None
    return Decimal(values[1]) / Decimal(values[0])
