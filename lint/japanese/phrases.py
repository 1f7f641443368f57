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
    unless_next = [{ pos = "助詞" }]       # optional: no match when the word after it is one of these
    rewrite = "「〜を実行する」→「〜する」"   # how to say it instead (where the rule shows one)
    note = "why"                           # optional: a reason the rule may show

Each word of ``pattern`` is a table of ``lint.japanese.tokenizer.Token`` fields
(``surface_form``, ``pos``, ``pos_detail_1`` … ``reading``, ``pronunciation``),
each one value or a list of allowed values; ``_skippable = true`` makes the word
optional; ``{}`` is any word; ``_capture = "$1"`` names the word so that ``$1`` in
``rewrite`` stands for its text (textlint's morpheme-match-textlint). The loader
checks every entry on first use, so a typo in a data file is a ConfigError that
names the file and the entry (exit 2), never a pattern that silently matches nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_data_toml
from ..errors import ConfigError
from .tokenizer import FIELDS, compile_pattern

DATA = Path(__file__).resolve().parent.parent / "data"
FIELD_NAMES = tuple(name for name in FIELDS if name != "start")  # start is a position, not a feature
KEYS = ("name", "pattern", "unless", "unless_next", "rewrite", "note")
CAPTURE = re.compile(r"^\$[1-9]$")


@dataclass(frozen=True)
class TokenPhrase:
    name: str
    pattern: tuple  # compile_pattern's result, for match_sequences
    unless: tuple[re.Pattern[str], ...] = ()
    rewrite: str = ""
    unless_next: tuple = ()  # compile_pattern's result: words that may not follow a match
    captures: tuple[tuple[int, str], ...] = ()  # (word index, "$1") of each _capture
    note: str = ""

    @property
    def surfaces(self) -> tuple[frozenset[str], ...]:
        """The surface forms a text must contain for the phrase to match in it: one of each set.

        Each non-optional word with a fixed ``surface_form`` contributes its allowed values, so a
        rule can leave a sentence without any of them unanalysed (MeCab is the cost).
        """
        return tuple(
            allowed
            for checks, skippable in self.pattern
            if not skippable
            for index, allowed in checks
            if index == FIELDS["surface_form"]
        )

    def followed_ok(self, tokens: tuple, end: int) -> bool:
        """Whether the word at ``tokens[end]`` (right after a match) is none of ``unless_next``."""
        if not self.unless_next or end >= len(tokens):
            return True
        return not any(all(tokens[end][i] in allowed for i, allowed in checks) for checks, _ in self.unless_next)

    def expand(self, template: str, matched: list) -> str:
        """``template`` with each capture marker ($1, ...) replaced by its matched word's text."""
        for index, marker in self.captures:
            template = template.replace(marker, matched[index].surface_form)
        return template


def load_token_phrases(path: Path | str, *, rewrite: bool = False) -> tuple[TokenPhrase, ...]:
    """The ``[[phrase]]`` entries of ``path`` in file order; ConfigError names the file and the bad entry.

    Every entry needs ``name`` and ``pattern``; with ``rewrite=True`` (a rule that
    shows one) a ``rewrite`` too.
    """
    return _load(Path(path), ("name", "pattern", "rewrite") if rewrite else ("name", "pattern"))


@lru_cache(maxsize=16)
def _load(path: Path, required: tuple[str, ...]) -> tuple[TokenPhrase, ...]:
    data = read_data_toml(path, "phrase list")
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
    for key in ("name", "rewrite", "note"):
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
    pattern = _checked_pattern(where, entry.get("pattern"))
    unless_next = entry.get("unless_next", [])
    if unless_next:
        _checked_pattern(f"{where}: unless_next", unless_next, optional=False)
    captures = _captures(where, pattern, entry.get("rewrite", ""))
    return TokenPhrase(
        entry["name"],
        compile_pattern(pattern),
        tuple(compiled),
        entry.get("rewrite", ""),
        compile_pattern(unless_next) if unless_next else (),
        captures,
        entry.get("note", ""),
    )


def _captures(where: str, pattern: list[dict], rewrite: str) -> tuple[tuple[int, str], ...]:
    """(word index, marker) of each ``_capture`` word; ConfigError on a marker that cannot work."""
    captures = []
    for number, word in enumerate(pattern, start=1):
        marker = word.get("_capture")
        if marker is None:
            continue
        if not isinstance(marker, str) or not CAPTURE.match(marker):
            raise ConfigError(f'{where}: pattern word #{number}: _capture must be "$1" … "$9"')
        if any(w.get("_skippable") for w in pattern):
            # with an optional word absent, the matched words no longer line up with the pattern's
            raise ConfigError(f"{where}: pattern word #{number}: _capture cannot be used with _skippable words")
        if marker not in rewrite:
            raise ConfigError(f"{where}: pattern word #{number}: _capture {marker} is not used in rewrite")
        captures.append((number - 1, marker))
    return tuple(captures)


def _checked_pattern(where: str, pattern: object, *, optional: bool = True) -> list[dict]:
    """``pattern`` when it is a non-empty list of word tables of known fields; ConfigError otherwise.

    ``optional=False`` (a list of alternative words, as ``unless_next``) allows no instruction keys.
    """
    name, label = ("pattern", "pattern word") if optional else ("list", "word")
    if not isinstance(pattern, list) or not pattern or not all(isinstance(w, dict) for w in pattern):
        raise ConfigError(f'{where}: {name} must be a non-empty list of word tables ({{ pos = "名詞" }}, ...)')
    if optional and all(w.get("_skippable") for w in pattern):
        raise ConfigError(f"{where}: pattern has only _skippable words; it would match nothing")
    instructions = ("_skippable", "_capture") if optional else ()
    for number, word in enumerate(pattern, start=1):
        for key, value in word.items():
            if key in instructions:
                if key == "_skippable" and not isinstance(value, bool):
                    raise ConfigError(f"{where}: {label} #{number}: _skippable must be true or false")
                continue
            if key not in FIELD_NAMES:
                raise ConfigError(
                    f"{where}: {label} #{number}: unknown field {key!r} "
                    f"(fields: {', '.join(FIELD_NAMES)}{', _skippable, _capture' if optional else ''})"
                )
            values = value if isinstance(value, list) else [value]
            if not values or not all(isinstance(v, str) for v in values):
                raise ConfigError(f"{where}: {label} #{number}: {key} must be a string or a non-empty list of strings")
    return pattern
