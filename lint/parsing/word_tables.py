"""Word tables kept as data (lint/data/*.toml): named lists of words a rule or an analysis reads.

    [referral_heads]
    why = "Heads of requests that only send the reader to a person, a service or a page."
    words = ["相談", "聞く", ...]

``load_word_tables(path)`` returns {name: tuple of words}; a table that is not a list of
non-empty strings is a ConfigError naming the file and the table (and the entry's number).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError


@lru_cache(maxsize=8)
def load_word_tables(path: Path) -> dict[str, tuple[str, ...]]:
    """The tables of ``path``, kept like bytecode once checked (lint.core.derived): a run reads the
    stored copy instead of parsing the TOML again."""
    from ..core.derived import derived

    return derived(Path(path), lambda: _parse_word_tables(path), kind=dict)


def _parse_word_tables(path: Path) -> dict[str, tuple[str, ...]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not a readable word table: {exc}") from None
    tables: dict[str, tuple[str, ...]] = {}
    for name, table in data.items():
        if not isinstance(table, dict) or not isinstance(table.get("words"), list):
            raise ConfigError(f"{path}: [{name}] must hold words = [...]")
        for index, word in enumerate(table["words"], 1):
            if not isinstance(word, str) or not word:
                raise ConfigError(f"{path}: [{name}] word #{index} must be a non-empty string, not {word!r}")
        tables[name] = tuple(table["words"])
    return tables


def table(tables: dict[str, tuple[str, ...]], path: Path, name: str) -> tuple[str, ...]:
    """One table by name; ConfigError naming the file when it is missing."""
    if name not in tables:
        raise ConfigError(f"{path}: no [{name}] table (the lint reads it)")
    return tables[name]
