"""refs.bib → a Bibliography that knows the line of every entry and field.

pybtex parses the file. Two small subclasses of pybtex's own parser classes
record where things are (pybtex tracks the line number while it scans, but
does not keep it) and collect the problems BibTeX itself only warns about
(a repeated key, a repeated field, a malformed person name), so that rules
can report them as findings instead of the whole run stopping:

- ``_PositionedScanner`` (a pybtex ``LowLevelParser``) notes the line of each
  ``@`` command and of each field name;
- ``_ProjectParser`` (a pybtex ``Parser``) keeps the first of two entries with
  the same key (keys are case-insensitive, as in BibTeX) and records the
  second, instead of raising pybtex's "repeated bibliography entry".

Everything pybtex cannot parse raises ``LintInputError(path, line, message)``
(the run exits 2 naming file and line). That includes:

- syntax errors (unbalanced braces, a missing ``=`` or ``,``, end of file inside
  an entry) at the line where pybtex stopped;
- an entry without a key (``@article{, title = ...}`` or
  ``@article{title = {...}, ...}``): pybtex cannot build an entry without a
  key and sphinxcontrib-bibtex would fail on it too, so it is an input error
  at the entry's line, not a finding;
- an undefined ``@string`` macro used as a field value.

``@string`` macros are expanded by pybtex (with the month names predefined);
``@comment`` and ``@preamble`` are accepted.
"""

from dataclasses import dataclass, field
from pathlib import Path

import pybtex.errors
from pybtex.database import BibliographyDataError
from pybtex.database.input.bibtex import (
    DuplicateField,
    LowLevelParser,
    Parser,
    SkipEntry,
    UndefinedMacro,
)
from pybtex.exceptions import PybtexError
from pybtex.scanner import PrematureEOF, PybtexSyntaxError, TokenRequired
from pybtex.utils import CaseInsensitiveDict

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_text
from ..errors import LintInputError


@dataclass(frozen=True)
class Duplicate:
    """A second entry whose key an earlier entry already has (it is ignored, as BibTeX does)."""

    key: str
    line: int
    first_line: int
    entry_type: str


@dataclass(frozen=True)
class Problem:
    """Something pybtex reported and recovered from: kind is "duplicate-field" or "person-name"."""

    kind: str
    key: str
    line: int
    message: str
    field: str = ""


@dataclass
class Bibliography:
    path: str
    text: str
    data: object  # pybtex.database.BibliographyData
    lines: CaseInsensitiveDict  # key -> line of its "@type{"
    field_lines: CaseInsensitiveDict  # key -> CaseInsensitiveDict(field -> line of the field name)
    duplicates: list = field(default_factory=list)  # [Duplicate]
    problems: list = field(default_factory=list)  # [Problem]
    macros: dict = field(default_factory=dict)  # @string name -> value (month names excluded)
    outside: list = field(default_factory=list)  # per gap between entries: [(line, text)]

    @property
    def entries(self):
        """key -> pybtex Entry, in file order; lookup is case-insensitive."""
        return self.data.entries

    @property
    def keys(self):
        return list(self.data.entries.keys())

    def line(self, key):
        """Line of the entry's ``@type{key,``; 1 when unknown."""
        return self.lines.get(key, 1)

    def field_line(self, key, name):
        """Line of a field of an entry (``author``, ``url``, …); the entry's line if absent."""
        return self.field_lines.get(key, {}).get(name, self.line(key))

    def __contains__(self, key):
        return key in self.data.entries


# an @string longer than any real title or journal name, by far
MAX_MACRO_CHARACTERS = 100_000


class _PositionedScanner(LowLevelParser):
    """pybtex's BibTeX scanner, noting the line of each command and field name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.command_line = 1
        self.current_field_lines = []
        self.spans = []  # (start, end) of each command; end None for @comment

    def parse_command(self):
        self.command_line = self.lineno  # skip_to("@") has counted the lines before it
        self.current_field_lines = []
        start = self.pos - 1
        try:
            result = super().parse_command()
        except SkipEntry:  # @comment: pybtex skips to the next "@", so does the gap check
            self.spans.append((start, None))
            raise
        self.spans.append((start, self.pos))
        return result

    def parse_string_body(self, body_end):
        # each @string may concatenate earlier ones (s2 = s1 # s1): bounded, so that thirty lines cannot ask
        # for gigabytes (pybtex expands every level as it reads)
        super().parse_string_body(body_end)
        size = len(self.macros[self.current_field_name])
        if size > MAX_MACRO_CHARACTERS:
            raise LintInputError(
                self.filename,
                self.command_line,
                f"@string {self.current_field_name} expands to {size:,} characters (at most "
                f"{MAX_MACRO_CHARACTERS:,}): is it built by concatenating itself?",
            )

    def parse_entry_body(self, body_end):
        if not self.keyless_entries:
            self.eat_whitespace()
            if _KEYLESS.match(self.text, self.pos):  # "{," "{}" or "{title = ..."
                raise _NoKey(self)
        super().parse_entry_body(body_end)

    def parse_field(self):
        # pybtex's LowLevelParser.parse_field, plus the line of the field name.
        name = self.optional([self.NAME])
        if not name:
            return
        self.current_field_name = name.value
        self.current_field_lines.append((name.value, self.lineno))
        self.required([self.EQUALS])
        self.parse_value()
        # a field may concatenate a long @string many times (s0 # s0 # …): bounded before pybtex joins the parts
        size = sum(len(part) for part in self.current_value)
        if size > MAX_MACRO_CHARACTERS:
            raise LintInputError(
                self.filename,
                self.current_field_lines[-1][1],
                f"field {name.value} expands to {size:,} characters (at most {MAX_MACRO_CHARACTERS:,})",
            )


class _NoKey(PybtexSyntaxError):
    error_type = "syntax error"

    def __init__(self, parser):
        super().__init__("entry has no key (write @type{key, field = {...}, ...})", parser)


class _ProjectParser(Parser):
    """pybtex's Parser, keeping positions and turning recoverable errors into Problems."""

    def __init__(self, path, **kwargs):
        super().__init__(**kwargs)
        self.path = path
        self.lines = CaseInsensitiveDict()
        self.field_lines = CaseInsensitiveDict()
        self.duplicates = []
        self.problems = []
        self.scanner = None
        self._entry_key = None
        self._entry_line = 1

    def handle_error(self, error):
        if isinstance(error, DuplicateField):
            line = self._field_line(error)
            self.problems.append(Problem("duplicate-field", self._entry_key, line, str(error), _field_name(error)))
            return
        if isinstance(error, PybtexSyntaxError):
            raise _input_error(self.path, error, self.scanner)
        raise LintInputError(self.path, self._entry_line, _message(error))

    def _field_line(self, error):
        name = _field_name(error).lower()
        seen = [ln for n, ln in self.scanner.current_field_lines if n.lower() == name]
        return seen[1] if len(seen) > 1 else self._entry_line

    def parse_string(self, text):
        # pybtex's Parser.parse_string, with the line of each entry kept.
        self.unnamed_entry_counter = 1
        self.command_start = 0
        self.scanner = _PositionedScanner(
            text,
            keyless_entries=self.keyless_entries,
            handle_error=self.handle_error,
            want_entry=self.data.want_entry,
            filename=self.filename,
            macros=self.macros,
        )
        for command, body in self.scanner:
            kind = command.lower()
            if kind == "string":
                continue
            if kind == "preamble":
                self.process_preamble(*body)
                continue
            self.process_entry(command, *body)
        return self.data

    def process_entry(self, entry_type, key, fields):
        line = self.scanner.command_line
        self._entry_key, self._entry_line = key, line
        if key in self.data.entries:  # pybtex would raise "repeated bibliography entry"
            self.duplicates.append(Duplicate(key, line, self.lines[key], entry_type.lower()))
            return
        self.lines[key] = line
        self.field_lines[key] = CaseInsensitiveDict()
        for name, field_line in self.scanner.current_field_lines:
            self.field_lines[key].setdefault(name, field_line)
        with pybtex.errors.capture() as captured:  # person-name problems go through report_error
            super().process_entry(entry_type, key, fields)
        for error in captured:
            if isinstance(error, BibliographyDataError) and "repeated" in str(error):
                continue
            field_name = _person_field(fields, error)
            where = self.field_lines[key].get(field_name, line) if field_name else line
            self.problems.append(Problem("person-name", key, where, _message(error), field_name or ""))


def _field_name(error):
    # DuplicateField's message: "entry with key K has a duplicate F field"
    words = str(error).split()
    return words[-2] if len(words) >= 2 else ""


def _person_field(fields, error):
    """The field whose value holds the name pybtex complained about."""
    text = str(error)
    for name, parts in fields:
        value = " ".join("".join(parts).split())
        if any(piece.strip() and piece.strip() in text for piece in value.split(" and ")):
            return name
    return None


def _message(error):
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _input_error(path, error, scanner):
    line = error.lineno or 1
    if isinstance(error, _NoKey):
        line = scanner.command_line if scanner else line
        return LintInputError(path, line, error.args[0])
    if isinstance(error, UndefinedMacro):
        return LintInputError(path, line, f"undefined @string macro {error.args[0]!r}")
    if isinstance(error, PrematureEOF):
        start = scanner.command_line if scanner else line
        return LintInputError(
            path,
            start,
            f"this entry is not closed: the file ends (line {line}) inside it (an unclosed brace or quote?)",
        )
    if isinstance(error, TokenRequired) and error.args[0] in ("'}' expected", "')' expected"):
        return LintInputError(
            path, line, f"BibTeX syntax error: {error.args[0]} (a missing comma after the previous field?)"
        )
    return LintInputError(path, line, f"BibTeX syntax error: {error.args[0]}")


def parse_bibliography(path, text):
    """Parse BibTeX text; raises LintInputError for anything pybtex cannot parse."""
    parser = _ProjectParser(str(path))
    parser.filename = str(path)
    try:
        data = parser.parse_string(text)
    except LintInputError:
        raise
    except PybtexSyntaxError as error:
        raise _input_error(str(path), error, parser.scanner) from None
    except PybtexError as error:
        raise LintInputError(str(path), parser._entry_line, _message(error)) from None
    macros = {k: v for k, v in parser.macros.items() if k.lower() not in _MONTHS}
    return Bibliography(
        str(path),
        text,
        data,
        parser.lines,
        parser.field_lines,
        parser.duplicates,
        parser.problems,
        macros,
        _outside(text, parser.scanner.spans),
    )


def _outside(text, spans):
    """Text outside every command, comments excluded: one list of (line, text) per gap.

    BibTeX ignores such text; a line there that looks like a field or a brace is
    usually what is left of an entry closed too early by an extra ``}``.
    """
    gaps, cursor = [], 0
    for start, end in [*spans, (len(text), len(text))]:
        gap = text[cursor:start]
        offset = text.count("\n", 0, cursor)
        lines = []
        for i, content in enumerate(gap.split("\n")):
            stripped = content.strip()
            if stripped and not stripped.startswith("%"):
                lines.append((offset + i + 1, stripped))
        if lines:
            gaps.append(lines)
        if end is None:  # @comment{...}: its body is skipped, up to the next command
            cursor = len(text) if start == len(text) else _next_command(text, start + 1)
        else:
            cursor = end
    return gaps


def _next_command(text, pos):
    at = text.find("@", pos)
    return len(text) if at < 0 else at


def load_bibliography(path):
    """Read and parse a .bib file (UTF-8); raises LintInputError naming file and line.

    The Bibliography carries the path as given; reports show it (lint.findings.display).
    """
    path = Path(path)
    if not path.is_file():
        raise LintInputError(str(path), 1, "bibliography file not found")
    text = read_text(path)
    return parse_bibliography(str(path), text)


_KEYLESS = re.compile(r"(?:[,})]|[^\s,}=]+\s*=)")
_MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
