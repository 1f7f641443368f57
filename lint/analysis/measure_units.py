"""Unit parity of measures for TRN005: lengths, masses, volumes and temperatures.

Number parity compares values, so a translation that keeps a number and changes its unit passes it:
2500メートル → "2,500 feet", 5 mg → "5 g", 38℃ → "38°F". Here each side's measures become (values,
unit) by lint/data/measure-units.toml, and the English states a changed unit when one of its measures
has a number the Japanese gives in another unit and matches no Japanese measure in size (3 km = 3,000 m
passes). The same check for durations and frequencies is lint.analysis.time_units.
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
from .quantities import _ARABIC, japanese_numbers
from .time_units import add_unit_words

MEASURE_UNITS_FILE = Path(__file__).resolve().parent.parent / "data" / "measure-units.toml"
# Two sizes are the same within this ratio (a rounded conversion: 2.5 cm for an inch)
_TOLERANCE = Decimal("0.03")
_NUM = _ARABIC  # digits with thousands commas and a decimal part: the number parser's own


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str
    size: Decimal | None  # in the dimension's base unit; None for a temperature scale


@dataclass(frozen=True)
class MeasureUnits:
    units: dict[str, Unit]
    japanese: dict[str, str]  # word after a number -> unit name
    english: dict[str, str]


@lru_cache(maxsize=4)
def load_measure_units(path: Path | str = MEASURE_UNITS_FILE) -> MeasureUnits:
    """The measures of ``path``; ConfigError names the file and the bad entry."""
    path = Path(path)
    data = read_data_toml(path, "measure units")
    raw = data.get("units")
    if set(data) - {"units"} or not isinstance(raw, dict) or not raw:
        raise ConfigError(f"{path}: must hold [units.NAME] tables and nothing else")
    units: dict[str, Unit] = {}
    japanese: dict[str, str] = {}
    english: dict[str, str] = {}
    for name, entry in raw.items():
        where = f"{path}: units.{name}"
        if not isinstance(entry, dict) or not {"dimension", "japanese", "english"} <= set(entry) <= {
            "dimension",
            "size",
            "japanese",
            "english",
        }:
            raise ConfigError(f"{where}: must have dimension, japanese, english and (but for a temperature) size")
        size = entry.get("size")
        if size is not None and (isinstance(size, bool) or not isinstance(size, (int, float)) or size <= 0):
            raise ConfigError(f"{where}: size must be a positive number, not {size!r}")
        units[name] = Unit(name, str(entry["dimension"]), Decimal(str(size)) if size is not None else None)
        add_unit_words(where, name, entry, japanese, english)
    return MeasureUnits(units, japanese, english)


def _unit_word_at(text: str, word: str) -> bool:
    """``text`` opens with the unit word ``word`` as a whole word: a Latin unit ends where its letters do (the m of
    100mcg is no meter: from an independent check of issue 12)."""
    following = text[len(word) : len(word) + 1]
    return text.startswith(word) and not (word.isascii() and following.isascii() and following.isalpha())


def japanese_measures(plain: str, table: MeasureUnits | None = None) -> list[tuple[frozenset, str]]:
    """(values, unit name) of each Japanese number with a unit of the table: the quantity parser's unit
    (5kg, 10〜20cm) or a unit word right after the number (2500メートル, 5ミリ, 38℃)."""
    table = table or load_measure_units()
    plain = unicodedata.normalize("NFKC", plain)
    words = sorted(table.japanese, key=len, reverse=True)
    found = []
    for q in japanese_numbers(plain):
        if not q.values:
            continue
        unit = table.japanese.get(q.unit) if q.unit else None
        if unit is None and not q.unit:
            after = plain[q.end :].lstrip()
            unit = next((table.japanese[w] for w in words if _unit_word_at(after, w)), None)
        if unit is not None:
            found.append((q.values, unit))
    return found


@lru_cache(maxsize=4)
def _english_re(path: Path | str = MEASURE_UNITS_FILE) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(load_measure_units(path).english, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,])(?P<nums>(?:{_NUM})(?:\s*(?:-|–|—|to|or)\s*(?:{_NUM}))?)\s*(?P<unit>{words})(?![A-Za-z])"
    )


@lru_cache(maxsize=4)
def _english_per_re(path: Path | str = MEASURE_UNITS_FILE) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(load_measure_units(path).english, key=len, reverse=True))
    return re.compile(rf"(?:\bper\s+|(?<=[A-Za-zµμ])/\s*)(?P<unit>{words})(?![A-Za-z])")


def english_measures(plain: str, table: MeasureUnits | None = None) -> list[tuple[str, frozenset, str]]:
    """(text, values, unit name) of each English number followed by a unit of the table (a range: both ends).
    (eleventh session) A unit after "per" or a unit's slash (per pound, mg/lb) is one of it, as 1kgあたり is:
    the Japanese one is written, the English one is not."""
    table = table or load_measure_units()
    found = [
        (match.group(), frozenset({Decimal(1)}), table.english[match["unit"]])
        for match in _english_per_re().finditer(plain)
    ]
    for match in _english_re().finditer(plain):
        values = frozenset(
            Decimal(part.replace(",", "")).normalize()
            for part in re.split(r"\s*(?:-|–|—|\bto\b|\bor\b)\s*", match["nums"])
            if part
        )
        found.append((match.group(), values, table.english[match["unit"]]))
    return found


def _same_size(value: Decimal, unit: Unit, other_value: Decimal, other: Unit) -> bool:
    if unit.name == other.name:
        return value == other_value
    if unit.dimension != other.dimension or unit.size is None or other.size is None:
        return False
    a, b = value * unit.size, other_value * other.size
    return abs(a - b) <= _TOLERANCE * max(a, b)


def changed_measures(source_plain: str, translation_plain: str) -> list[tuple[str, str]]:
    """(English measure as written, Japanese unit) of each English measure whose number the Japanese gives
    in another unit and whose size no Japanese measure has: 2500メートル → "2,500 feet"; 3 km for 3000m passes."""
    table = load_measure_units()
    ja = [(v.normalize(), table.units[u]) for values, u in japanese_measures(source_plain, table) for v in values]
    if not ja:
        return []
    changed = []
    for text, values, name in english_measures(translation_plain, table):
        unit = table.units[name]
        for value in values:
            if any(_same_size(value, unit, v, u) for v, u in ja):
                continue
            others = sorted({u.name for v, u in ja if v == value and u.name != name})
            if others:
                changed.append((text, "/".join(others)))
                break
    return changed
