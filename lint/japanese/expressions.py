"""Expression dictionaries in the manner of prh (the proofreading helper textlint-rule-prh runs).

A dictionary is an array of ``[[expression]]`` tables in a lint/data/ja-*.toml file; each says
what to write instead of a text or a regular expression, as one ``rules:`` entry of a prh.yml::

    [[expression]]
    expected = "$1の返り値"                  # what to write; $1 … $99 are the groups of regex
    regex = "(メソッド|関数)の返却値"          # a regular expression (prh's /…/), or
    # text = "値を返却する"                   # the exact text (one of regex and text)
    note = "See http://…"                    # optional: the entry's reason or source (prh's `prh:`)
    specs = [{ from = "関数の返却値", to = "関数の返り値" }]   # optional: checked on loading

The replacement follows textlint-rule-prh: ``$N`` is group N, an empty string when the group did
not take part, and left as written when there is no group N; a match whose replacement equals it
is not a finding. Every entry is checked on first use (keys, types, the regular expression, each
spec applied to its ``from`` as prh applies the entry to a whole text), so a slip in a data file
is a ConfigError that names the file and the entry (exit 2), never an entry that silently does
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_data_toml
from ..errors import ConfigError

KEYS = ("expected", "regex", "text", "note", "specs")
GROUP = re.compile(r"\$([0-9]{1,2})")


@dataclass(frozen=True)
class Expression:
    expected: str  # what to write, with $N for the pattern's groups
    pattern: re.Pattern[str]
    source: str  # the regex or text as written in the file: what the rule's options name it by
    note: str = ""

    def replacement(self, match: re.Match[str]) -> str:
        """``expected`` for this match (textlint-rule-prh's $N substitution)."""

        def group(found: re.Match[str]) -> str:
            index = int(found.group(1))
            if index == 0 or index > self.pattern.groups:
                return found.group()
            return match.group(index) or ""

        return GROUP.sub(group, self.expected)

    def apply(self, text: str) -> str:
        """``text`` with every match replaced, as prh does to check an entry's specs."""
        return self.pattern.sub(self.replacement, text)


@lru_cache(maxsize=8)
def load_expressions(path: Path | str) -> tuple[Expression, ...]:
    """The ``[[expression]]`` entries of ``path`` in file order; ConfigError names the file and the bad entry."""
    path = Path(path)
    data = read_data_toml(path, "expression list")
    entries = data.get("expression")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: no [[expression]] entries")
    return tuple(_expression(path, index, entry) for index, entry in enumerate(entries, start=1))


def _expression(path: Path, index: int, entry: object) -> Expression:
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: [[expression]] #{index}: must be a table (expected = …, text = … or regex = …)")
    expected = entry.get("expected")
    where = f"{path}: [[expression]] #{index}" + (f" ({expected})" if isinstance(expected, str) and expected else "")
    unknown = sorted(set(entry) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (keys: {', '.join(KEYS)})")
    for key in ("expected", "regex", "text", "note"):
        if key in entry and (not isinstance(entry[key], str) or not entry[key]):
            raise ConfigError(f"{where}: {key} must be a non-empty string")
    if "expected" not in entry:
        raise ConfigError(f"{where}: missing expected")
    if ("regex" in entry) == ("text" in entry):
        raise ConfigError(f"{where}: give exactly one of regex (a regular expression) and text (the exact text)")
    source: str = entry["regex"] if "regex" in entry else entry["text"]
    try:
        pattern = re.compile(source if "regex" in entry else re.escape(source))
    except re.error as exc:
        raise ConfigError(f"{where}: regex {source!r} is not a regular expression: {exc}") from None
    found = Expression(entry["expected"], pattern, source, entry.get("note", ""))
    specs = entry.get("specs", [])
    if not isinstance(specs, list):
        raise ConfigError(f"{where}: specs must be a list of {{ from = …, to = … }} tables")
    for number, spec in enumerate(specs, start=1):
        if not (
            isinstance(spec, dict) and set(spec) == {"from", "to"} and all(isinstance(v, str) for v in spec.values())
        ):
            raise ConfigError(f'{where}: spec #{number} must be a table {{ from = "…", to = "…" }}')
        result = found.apply(spec["from"])
        if result != spec["to"]:
            raise ConfigError(
                f"{where}: spec #{number} fails: 「{spec['from']}」 becomes 「{result}」, not 「{spec['to']}」"
            )
    return found
