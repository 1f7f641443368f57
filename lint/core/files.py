"""Reading a text file the way every part of the project reads one (the lint, the build)."""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError, LintInputError


def read_text(path: str | Path) -> str:
    """Decode a file as UTF-8 (a BOM is accepted); LintInputError names the line of a bad byte."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:  # permission denied, a folder named like a page, …
        raise LintInputError(str(path), 1, f"cannot read the file: {exc.strerror or exc}") from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise LintInputError(str(path), line, "file contains a NUL byte; is it a binary file?")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LintInputError(str(path), line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_data_toml(path: Path, what: str) -> dict:
    """A data file of the lint (lint/data/*.toml) as a dict; ConfigError names the file and says what
    it should have held ("cannot read the phrase list: …") when it cannot be read or parsed.

    The parsed table is kept like bytecode (lint.core.derived): unpickling it costs a twentieth of
    parsing the TOML again, which every run of the lint did for each data file it reads."""
    from .derived import derived

    return derived(Path(path), lambda: _parse_data_toml(path, what), kind=dict)


def _parse_data_toml(path: Path, what: str) -> dict:
    import tomllib

    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the {what}: {exc}") from None
