"""Token-pattern phrase lists of the JAS rules (lint/data/ja-*.toml), read and checked once.

A phrase list is an array of ``[[phrase]]`` tables, as lint/data/medical-ads.toml
is, but a phrase is matched on MeCab's words instead of characters::

    [[phrase]]
    name = "〜を実行"                      # shown in the finding; what an option names it by
    pattern = [                            # the words, in order (textlint's morpheme-match)
      { pos = "名詞", pos_detail_1 = "サ変接続" },
      { surface_form = ["、", "，"], _skippable = true },
      { surface_form = "実行", pos = "名詞" },
    ]
    unless = ["^処理を実行"]               # optional: the matched text is fine when one of these matches it
    rewrite = "「〜を実行する」→「〜する」"   # how to say it instead (where the rule shows one)

Each word of ``pattern`` is a table of ``lint.japanese.tokenizer.Token`` fields
(``surface_form``, ``pos``, ``pos_detail_1`` … ``reading``, ``pronunciation``),
each one value or a list of allowed values; ``_skippable = true`` makes the word
optional; ``{}`` is any word. The loader checks every entry on first use, so a
typo in a data file is a ConfigError that names the file and the entry (exit 2),
never a pattern that silently matches nothing.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from .tokenizer import FIELDS, compile_pattern

DATA = Path(__file__).resolve().parent.parent / "data"
FIELD_NAMES = tuple(name for name in FIELDS if name != "start")  # start is a position, not a feature
KEYS = ("name", "pattern", "unless", "rewrite")


@dataclass(frozen=True)
class TokenPhrase:
    name: str
    pattern: tuple  # compile_pattern's result, for match_sequences
    unless: tuple[re.Pattern[str], ...] = ()
    rewrite: str = ""


def load_token_phrases(path: Path | str, *, rewrite: bool = False) -> tuple[TokenPhrase, ...]:
    """The ``[[phrase]]`` entries of ``path`` in file order; ConfigError names the file and the bad entry.

    Every entry needs ``name`` and ``pattern``; with ``rewrite=True`` (a rule that
    shows one) a ``rewrite`` too.
    """
    return _load(Path(path), ("name", "pattern", "rewrite") if rewrite else ("name", "pattern"))


@lru_cache(maxsize=16)
def _load(path: Path, required: tuple[str, ...]) -> tuple[TokenPhrase, ...]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the phrase list: {exc}") from None
    entries = data.get("phrase")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{path}: no [[phrase]] entries")
    return tuple(_phrase(path, index, entry, required) for index, entry in enumerate(entries, start=1))


def _phrase(path: Path, index: int, entry: object, required: tuple[str, ...]) -> TokenPhrase:
    if not isinstance(entry, dict):
        raise ConfigError(f"{path}: [[phrase]] #{index}: must be a table (name = …, pattern = […])")
    name = entry.get("name")
    where = f"{path}: [[phrase]] #{index}" + (f" ({name})" if isinstance(name, str) and name else "")
    unknown = sorted(set(entry) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (keys: {', '.join(KEYS)})")
    for key in required:
        if key not in entry:
            raise ConfigError(f"{where}: missing {key}")
    for key in ("name", "rewrite"):
        if key in entry and (not isinstance(entry[key], str) or not entry[key]):
            raise ConfigError(f"{where}: {key} must be a non-empty string")
    unless = entry.get("unless", [])
    if not isinstance(unless, list) or not all(isinstance(u, str) for u in unless):
        raise ConfigError(f"{where}: unless must be a list of regular expressions")
    compiled = []
    for source in unless:
        try:
            compiled.append(re.compile(source))
        except re.error as exc:
            raise ConfigError(f"{where}: unless {source!r} is not a regular expression: {exc}") from None
    return TokenPhrase(
        entry["name"],
        compile_pattern(_checked_pattern(where, entry.get("pattern"))),
        tuple(compiled),
        entry.get("rewrite", ""),
    )


def _checked_pattern(where: str, pattern: object) -> list[dict]:
    """``pattern`` when it is a non-empty list of word tables of known fields; ConfigError otherwise."""
    if not isinstance(pattern, list) or not pattern or not all(isinstance(w, dict) for w in pattern):
        raise ConfigError(f'{where}: pattern must be a non-empty list of word tables ({{ pos = "名詞" }}, ...)')
    if all(w.get("_skippable") for w in pattern):
        raise ConfigError(f"{where}: pattern has only _skippable words; it would match nothing")
    for number, word in enumerate(pattern, start=1):
        for key, value in word.items():
            if key == "_skippable":
                if not isinstance(value, bool):
                    raise ConfigError(f"{where}: pattern word #{number}: _skippable must be true or false")
                continue
            if key not in FIELD_NAMES:
                raise ConfigError(
                    f"{where}: pattern word #{number}: unknown field {key!r} "
                    f"(fields: {', '.join(FIELD_NAMES)}, _skippable)"
                )
            values = value if isinstance(value, list) else [value]
            if not values or not all(isinstance(v, str) for v in values):
                raise ConfigError(
                    f"{where}: pattern word #{number}: {key} must be a string or a non-empty list of strings"
                )
    return pattern
