"""Clock times read whole, for the translation's number check (TRN005).

A clock time is one value, the minute of the day it names: 8時30分 is 8:30, not an 8 and a 30 that the English
may place anywhere. Number parity counts the numbers of a sentence one by one, so "8:30 a.m. to 5:30 p.m." for
8時30分〜17時 kept every number it needed (8, 30, 17 as 5) and the wrong closing time passed. Here each side's clock
times are read with their hour, minutes and meridiem, and a time of the source that no time of the translation
renders is reported when the translation gives another time in the same hour of the clock (17時 → "5:30 p.m.",
午後2時 → "2 a.m.", 8時30分 → "8 a.m."). A source time whose hour the English does not give at all is the number
check's to report; an English time this module cannot read (words: "half past eight") is left to it too.

Readings, as minutes after midnight (a set: a time without a meridiem may be either half of the day):

- Japanese: digits before 時 (not 時間, 時期, 時点 …), then N分 or 半 (half past); 午前 or 朝 before it makes a
  morning hour, 午後, 夕方 or 夜 an afternoon or evening one; H:MM in digits. Kanji numerals are not read (一時的
  is "temporarily").
- English: H, H:MM or H.MM with a.m./p.m. (any spelling: am, A.M., pm), the meridiem of a range's second end
  also read for its first ("2–4 p.m.", "8:30 to 11:00 a.m."); H:MM alone (24-hour or either half of the day);
  noon, midday, midnight.
"""

import re
import unicodedata
from collections import deque
from dataclasses import dataclass

DAY = 24 * 60
_MORNING = ("午前", "朝")
_EVENING = ("午後", "夕方", "夜")
_JA_CLOCK_RE = re.compile(
    # 夜 alone is the evening (夜9時); in 深夜, 今夜, 昨夜 it is no half of the day (深夜2時 is 2 a.m., 今夜0時 midnight)
    # (the space only after a word of the half of the day: a leading \s* made a long run of spaces quadratic)
    r"(?:(?P<meridiem>午前|午後|朝|夕方|(?<![深今昨明毎前])夜)\s*)?"
    r"(?:(?<!\d)(?P<hour>\d{1,2})\s*時(?!間|期|点|代|限|刻|差|給|速|計|効)(?:\s*(?P<minutes>\d{1,2})\s*分(?!間)|(?P<half>半))?"
    r"|(?<![\d:])(?P<colon_hour>\d{1,2})[:：](?P<colon_minutes>\d{2})(?![\d:]))"
)
_MERIDIEM = r"(?P<{name}>[ap])\.?\s?m\b\.?"
_EN_TIME = r"(?P<{h}>\d{{1,2}})(?:[:.](?P<{m}>\d{{2}}))?"
_EN_RANGE_RE = re.compile(
    _EN_TIME.format(h="h1", m="m1")
    + r"\s*(?:–|—|-|to|until|till)\s*"
    + _EN_TIME.format(h="h2", m="m2")
    + r"\s*"
    + _MERIDIEM.format(name="mer"),
    re.IGNORECASE,
)
_EN_CLOCK_RE = re.compile(
    r"(?<![\d.,:])(?:"
    + _EN_TIME.format(h="hour", m="minutes")
    + r"\s*"
    + _MERIDIEM.format(name="meridiem")
    + r"|(?P<colon_hour>\d{1,2}):(?P<colon_minutes>\d{2})(?![\d:])"
    + r"|(?P<word>noon|midday|midnight)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClockTime:
    text: str  # as written
    start: int
    minutes: frozenset[int]  # minutes after midnight it may name (0 ≤ m < 1440)
    hour_written: str = ""  # the source's hour in digits as written (NFKC): the number parity's text of it

    @property
    def shown(self) -> str:
        """The times it may name, on a 12-hour clock: 5:30 p.m.; 8:30 a.m. or 8:30 p.m."""
        return " or ".join(_twelve_hour(m) for m in sorted(self.minutes))

    @property
    def hours(self) -> frozenset[int]:
        """The hours of the clock face (0–11) it may name."""
        return frozenset(m // 60 % 12 for m in self.minutes)


def _twelve_hour(minutes):
    if minutes == 0:
        return "midnight"
    if minutes == 12 * 60:
        return "noon"
    hour, minute = divmod(minutes, 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'p.m.' if hour >= 12 else 'a.m.'}"


def _either_half(hour, minutes):
    """A time without a meridiem: as written, and in the other half of the day when it can be (1 to 11 o'clock).
    12 is noon and 0 or 24 midnight, never the other (from the review: 12時 is no "midnight", 0時 no "noon")."""
    values = {hour * 60 + minutes}
    if 1 <= hour <= 11:
        values.add((hour + 12) * 60 + minutes)
    return frozenset(v % DAY for v in values)


def _meridiem_time(hour, minutes, meridiem):
    """H:MM a.m. or p.m. (12 a.m. is midnight, 12 p.m. noon); None for an hour no clock face has."""
    if not 1 <= hour <= 12 or minutes >= 60:
        return None
    hour = hour % 12 + (12 if meridiem.lower() == "p" else 0)
    return frozenset({hour * 60 + minutes})


def japanese_clock_times(plain: str) -> list[ClockTime]:
    text = unicodedata.normalize("NFKC", plain)
    found = []
    for match in _JA_CLOCK_RE.finditer(text):
        if match.group("hour") is not None:
            written = match.group("hour")
            minutes = 30 if match.group("half") else int(match.group("minutes") or 0)
        else:
            written, minutes = match.group("colon_hour"), int(match.group("colon_minutes"))
        hour = int(written)
        if hour > 24 or minutes >= 60:
            continue
        meridiem = match.group("meridiem")
        if meridiem in _EVENING and hour < 12:
            values = frozenset({(hour + 12) * 60 + minutes})
        elif meridiem == "夜" and hour == 12:
            values = frozenset({minutes})  # 夜12時: midnight (from the review)
        elif meridiem in _MORNING and hour <= 12:
            values = frozenset({hour % 12 * 60 + minutes})
        else:
            values = _either_half(hour, minutes)
        found.append(ClockTime(match.group().strip(), match.start(), values, written))
    return found


def english_clock_times(plain: str) -> list[ClockTime]:
    text = unicodedata.normalize("NFKC", plain)
    found = []
    ranged = {}  # the first end of "2–4 p.m.": start → (its hour as written, the meridiem of the range)
    for match in _EN_RANGE_RE.finditer(text):
        ranged[match.start("h1")] = (match.group("h1"), match.group("mer"))
    for match in _EN_CLOCK_RE.finditer(text):
        if match.group("word"):
            word = match.group("word").lower()
            values = frozenset({0}) if word == "midnight" else frozenset({12 * 60})
        elif match.group("hour") is not None:
            values = _meridiem_time(int(match.group("hour")), int(match.group("minutes") or 0), match.group("meridiem"))
        else:
            hour, minutes = int(match.group("colon_hour")), int(match.group("colon_minutes"))
            meridiem = ranged.get(match.start("colon_hour"), ("", ""))[1]
            if meridiem:
                values = _meridiem_time(hour, minutes, meridiem)
            elif hour <= 24 and minutes < 60:
                values = _either_half(hour % 24, minutes)
            else:
                values = None
        if values:
            found.append(ClockTime(match.group(), match.start(), values))
    taken = {t.start for t in found}
    for start, (hour, meridiem) in ranged.items():  # "2–4 p.m.": the bare 2 is a time of the afternoon too
        if start not in taken:
            values = _meridiem_time(int(hour), 0, meridiem)
            if values:
                found.append(ClockTime(hour, start, values))
    return sorted(found, key=lambda t: t.start)


def _take(index, keys, used):
    """The first unused time filed under any of ``keys`` (in order of the text), marked used; None if none."""
    best = None
    for key in keys:
        times = index.get(key, ())
        while times and id(times[0]) in used:
            times.popleft()
        if times and (best is None or times[0].start < best.start):
            best = times[0]
    if best is not None:
        used.add(id(best))
    return best


def _filed(times, keys_of):
    index = {}
    for time in times:
        for key in keys_of(time):
            index.setdefault(key, deque()).append(time)
    return index


@dataclass(frozen=True)
class ClockParity:
    """What the number check learns from the clock times of a source and its translation."""

    # (the translation's time, the source's time) for each time of the source that no time of the translation names,
    # where the translation gives another time on the same hour of the clock face
    changed: list[tuple[ClockTime, ClockTime]]
    # the hours, as the source writes them, of its times that the English says as a word naming them (12時 or
    # 正午（12時） as "noon"): their number is rendered, though no digit is (午前0時 as "noon" is not)
    said_in_words: frozenset[str]


def clock_parity(source_plain: str, translation_plain: str) -> ClockParity:
    """Each side's clock times read once, then matched. The times are filed by minute and by hour, so that a text of
    many times takes linear time (a scan per time was quadratic)."""
    sources = japanese_clock_times(source_plain)
    if not sources:
        return ClockParity([], frozenset())
    rendered = english_clock_times(translation_plain)
    used = set()
    by_minute = _filed(rendered, lambda t: t.minutes)
    unmatched = [time for time in sources if _take(by_minute, time.minutes, used) is None]
    by_hour = _filed([t for t in rendered if id(t) not in used], lambda t: t.hours)
    changed = []
    for time in unmatched:
        other = _take(by_hour, time.hours, used)
        if other is not None:
            changed.append((other, time))
    words = [t for t in rendered if not any(c.isdigit() for c in t.text)]
    by_word, named = _filed(words, lambda t: t.minutes), set()
    said = frozenset(time.hour_written for time in sources if _take(by_word, time.minutes, named) is not None)
    return ClockParity(changed, said)
