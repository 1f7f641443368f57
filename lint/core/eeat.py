"""The E-E-A-T record of a page: who wrote it, who reviewed it, when, and disclosures.

A page's front matter has ``eeat:`` either

- a string, the path of a shared record file (the house convention is
  ``eeat: _meta/eeat.yaml``, i.e. docs/_meta/eeat.yaml). The path is looked up
  from the page's folder upward to the docs root (the folder holding Sphinx's
  conf.py, or the project root; in the build, Sphinx's source folder), so a
  page in a sub-folder may use the same reference. A leading ``/`` means the
  docs root, as in Sphinx's own paths (``eeat: /_meta/eeat.yaml``); or
- an inline mapping with the same structure as the record file.

The lint (lint/rules/eeat.py) and the build (docs/_ext/pvt_sphinx/) both find
and load the record here. PyYAML reads it; its node tree (``yaml.compose``)
gives the line of every key, so findings can name the line to change: in the
record file for a shared record, in the page's front matter for an inline one.

What the record must hold is here too: the required fields, the review
statuses, what a completed review must name, the dates.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import LintInputError
from ..findings import display
from .dates import as_date
from .files import read_text
from .safe_yaml import LimitedLoader, check_length

MISSING = object()

# Fields every record must fill.
REQUIRED_FIELDS = (
    "author.name",
    "reviewer.status",
    "dates.published",
    "dates.last_updated",
    "dates.last_reviewed",
    "dates.next_review",
    "disclosure.conflicts_of_interest",
    "disclosure.funding",
)
REVIEW_STATUSES = ("pending", "complete")
# What names the reviewer of a completed review (the build shows these; it
# refuses to name a reviewer without them).
REVIEWER_IDENTITY = ("name", "credentials", "position", "affiliation")
# Fields a completed medical review must fill (the lint requires the bio too).
REVIEWER_FIELDS = tuple(f"reviewer.{name}" for name in (*REVIEWER_IDENTITY, "bio"))
DATES = ("published", "last_updated", "last_reviewed", "next_review")
DATE_FIELDS = tuple(f"dates.{name}" for name in DATES)
# Dates that cannot lie in the future.
PAST_DATE_FIELDS = ("dates.published", "dates.last_updated", "dates.last_reviewed")


class RecordLoader(LimitedLoader):
    """PyYAML's safe loader, keeping dates as the strings written, aliases bounded (lint.core.safe_yaml).

    The safe loader turns ``2026-11-25`` into a date, and raises a bare
    ValueError for an impossible one (``2026-02-30``); kept as text, a bad
    date becomes a finding (EAT004) with its line instead. Dates are read with
    lint.core.dates.as_date.
    """


RecordLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class EeatRecordError(Exception):
    """The E-E-A-T record cannot be used: not found, not readable, or claiming more than it holds."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class EeatReferenceError(EeatRecordError):
    """``eeat:`` names nothing usable: a missing file, bad YAML, not a mapping."""


@dataclass
class EeatRecord:
    path: str  # the file that holds the values (the record file, or the page when inline)
    data: dict
    lines: dict[str, int]  # dotted key ("reviewer.status") -> 1-based line of the key in ``path``
    shared: bool  # True for a record file, False for an inline mapping
    base_line: int = 1  # line for keys that do not exist at all (the page's eeat: key when inline)

    def get(self, dotted: str, default: object = MISSING) -> object:
        value = self.data
        for part in dotted.split("."):
            if not isinstance(value, dict) or part not in value:
                return default
            value = value[part]
        return value

    def line(self, dotted: str) -> int:
        """Line of the key, or of its nearest existing parent, or ``base_line``."""
        parts = dotted.split(".")
        for n in range(len(parts), 0, -1):
            key = ".".join(parts[:n])
            if key in self.lines:
                return self.lines[key]
        return self.base_line


@dataclass
class Resolution:
    """What a page's ``eeat:`` key gives: a record, or why there is none."""

    record: EeatRecord | None = None
    error: str = ""  # set when the reference cannot be used (EAT002)
    present: bool = True  # False when the page has no eeat key (EAT001)
    key_line: int = 1  # line of the page's eeat: key
    record_path: Path | None = None  # resolved record file, when shared


# -- finding and loading ------------------------------------------------------


def key_lines(node: yaml.Node | None, offset: int = 0, prefix: str = "") -> dict[str, int]:
    """dotted key -> 1-based line of each key of a composed YAML mapping node."""
    lines: dict[str, int] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        dotted = f"{prefix}{key_node.value}"
        lines[dotted] = key_node.start_mark.line + 1 + offset
        lines.update(key_lines(value_node, offset, dotted + "."))
    return lines


@lru_cache(maxsize=64)
def _composed(text: str) -> tuple[yaml.Node | None, object]:
    loader = RecordLoader(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def compose_and_load(text: str) -> tuple[yaml.Node | None, object]:
    """(node, data) of a YAML text, as yaml.compose and yaml.load give them, parsed once per text:
    the E-E-A-T, SEO and SEC rules read the same front matter and record on every page. The data
    is a copy, so that no reader can change another's."""
    node, data = _composed(text)
    return node, copy.deepcopy(data)


def front_matter_node(page) -> tuple[yaml.Node | None, int, dict]:
    """(composed node of the front matter, line offset, its data) or (None, 0, {}).

    *page* is the lint's parsed page (lint.parsing.markdown): its ``text`` and
    ``front_matter_line``. The block is the text between the page's opening
    ``---`` (line 1) and the next ``---`` line, as markdown-it's front-matter
    plugin takes it.
    """
    if not page.front_matter_line:
        return None, 0, {}
    node, data = front_matter_of(page.text)
    return (node, 1, data) if node is not None else (None, 0, {})


_FENCE_RE = re.compile(r"-{3,}")


def front_matter_of(text: str) -> tuple[yaml.Node | None, dict]:
    """(composed node, data) of the front matter block of a page's text (between its opening ``---`` line and the
    next ``---`` or ``...`` line), or (None, {}) when it has none or it is not YAML. Shared with the caches, which key
    a page by the record its front matter names (lint.core.includes.record_paths)."""
    lines = text.split("\n")
    # (second code review) fences of three dashes or more, as markdown-it's front-matter plugin reads them (---- too)
    if not lines or not _FENCE_RE.fullmatch(lines[0].rstrip()):
        return None, {}
    end = next(
        (i for i in range(1, len(lines)) if _FENCE_RE.fullmatch(lines[i].rstrip()) or lines[i].rstrip() == "..."), None
    )
    if end is None:
        return None, {}
    block = "\n".join(lines[1:end])
    try:
        check_length(block)
        node, data = compose_and_load(block)
    except yaml.YAMLError:
        return None, {}
    return (node, data if isinstance(data, dict) else {}) if node is not None else (None, {})


def page_path(page, root: str | Path | None) -> Path:
    """The page's absolute path: its path as given (relative to the current folder), else under root."""
    path = Path(page.path)
    if path.is_absolute():
        return path
    if (Path.cwd() / path).exists() or not root:
        return (Path.cwd() / path).resolve()
    return (Path(root) / path).resolve()


def search_folders(
    page_file: Path, root: str | Path | None = None, *, docs_root: str | Path | None = None
) -> list[Path]:
    """The folders a relative reference is looked up in, nearest first; the last is the docs root.

    The lint passes the project *root*: the search stops at the first folder
    holding conf.py, or at the project root (outside the project, only the
    page's own folder is searched). The build passes *docs_root*, Sphinx's
    source folder, and the search stops there.

    The page's own folder comes first twice (``page_file.parent`` is also the
    first of ``page_file.parents``): harmless for the search, and kept because
    the lint's "looked in" message has always listed it so.
    """
    folders = []
    root = Path(root).resolve() if root else None
    docs_root = Path(docs_root) if docs_root else None
    for folder in [page_file.parent, *page_file.parents]:
        folders.append(folder)
        if docs_root is not None:
            if folder == docs_root or docs_root not in folder.parents:
                break
            continue
        if (folder / "conf.py").is_file() or folder == root:
            break
        if root is not None and root not in folder.parents:
            break  # outside the project: only the page's own folder
    return folders


def find_record(
    reference: str, page_file: Path, root: str | Path | None = None, *, docs_root: str | Path | None = None
) -> Path:
    """The record file a string reference names, or raise EeatReferenceError.

    '/' at the start means the docs root; otherwise the reference is looked up
    from the page's folder upward (see search_folders).
    """
    if "\0" in reference:  # (from the code review) a NUL names no file: os.stat raised ValueError in the rule
        raise EeatReferenceError(f"eeat record {reference!r} contains a NUL character; write the record file's path")
    folders = search_folders(page_file, root, docs_root=docs_root)
    if reference.startswith("/"):  # the docs root, as Sphinx reads "/path"
        candidates = [folders[-1] / reference.lstrip("/")]
    else:
        candidates = [folder / reference for folder in folders]
    inside = folders[-1].resolve()
    for candidate in candidates:
        # The record stays inside the docs root (symbolic links followed): a record's values
        # are rendered on every page, so eeat: ../../../proc/self/environ must never be read.
        try:
            real = candidate.resolve()
            is_file = candidate.is_file()
        except (OSError, RuntimeError, UnicodeError) as exc:
            # a name too long for the system, a lone surrogate, a loop of symbolic links: no file to read
            why = (
                "it holds a character no file name can"
                if isinstance(exc, UnicodeError)
                else str(getattr(exc, "strerror", None) or exc)
            )
            raise EeatReferenceError(
                f"eeat record {reference[:80]!r} cannot name a file ({why}); write the record file's path"
            ) from None
        if real != inside and inside not in real.parents:
            raise EeatReferenceError(
                f"eeat record {reference!r} is outside the docs folder "
                f"({display(inside)}); the record must be a file inside it"
            )
        if is_file:
            return real
    looked = ", ".join(str(c.parent) for c in candidates)
    raise EeatReferenceError(f"eeat record {reference!r} not found (looked in {looked})")


def load_record(path: str | Path, shown_path: str | None = None) -> EeatRecord:
    """Read a record file with the line of every key; raise EeatReferenceError when it is not a YAML mapping.

    *shown_path* is how messages name the file (default: relative to the current folder).
    """
    shown_path = display(path) if shown_path is None else shown_path
    try:
        text = read_text(Path(path))
    except LintInputError as exc:
        raise EeatReferenceError(f"eeat record {shown_path}:{exc.line}: {exc.message}") from None
    except OSError as exc:
        raise EeatReferenceError(f"eeat record {shown_path} cannot be read: {exc.strerror}") from None
    try:
        check_length(text)
        node, data = compose_and_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and context_mark and mark and context_mark.line != mark.line:
            problem += f" ({context} at line {context_mark.line + 1})"
        raise EeatReferenceError(f"eeat record {shown_path}:{line} is not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise EeatReferenceError(
            f"eeat record {shown_path} must be a mapping of keys "
            f"(author, reviewer, dates, disclosure), not {type(data).__name__}"
        )
    return EeatRecord(str(path), data, key_lines(node), shared=True)


def resolve(page, root: str | Path | None, load: Callable[[Path, str], EeatRecord] = load_record) -> Resolution:
    """The record of a lint page (see the module docstring); never raises for bad input.

    *load* reads a found record file (the lint passes one that caches per run).
    """
    node, offset, front = front_matter_node(page)
    lines = key_lines(node, offset) if node is not None else {}
    key_line = lines.get("eeat", page.front_matter_line or 1)
    if "eeat" not in page.front_matter:
        return Resolution(present=False, key_line=page.front_matter_line or 1)
    value = page.front_matter["eeat"]
    if isinstance(value, dict):
        value = front.get("eeat", value) if isinstance(front.get("eeat"), dict) else value
        inline_lines = {k[len("eeat.") :]: v for k, v in lines.items() if k.startswith("eeat.")}
        return Resolution(
            EeatRecord(page.path, value, inline_lines, shared=False, base_line=key_line), key_line=key_line
        )
    if not isinstance(value, str) or not value.strip():
        kind = "empty" if value in (None, "") else f"a {type(value).__name__}"
        return Resolution(
            error=f"eeat: is {kind}; write the path of the record file (eeat: _meta/eeat.yaml) or an inline mapping",
            key_line=key_line,
        )
    page_file = page_path(page, root)
    try:
        found = find_record(value.strip(), page_file, root)
        record = load(found, display(found))
    except EeatReferenceError as exc:
        return Resolution(error=exc.message, key_line=key_line)
    return Resolution(record, key_line=key_line, record_path=found)


# -- reading the values -----------------------------------------------------------


def pick(value: object, language: str) -> str:
    """A record value in the edition's language: a plain value, or a {ja:, en:} mapping.

    A mapping without the language falls back to Japanese (the source), then English.
    """
    if isinstance(value, dict):
        for key in (language, "ja", "en"):
            if value.get(key) not in (None, ""):
                return str(value[key])
        return ""
    return "" if value is None else str(value)


def record_dates(data: dict) -> dict[str, datetime.date | None]:
    """The record's four dates (published, last_updated, last_reviewed, next_review); None when unusable."""
    dates = data.get("dates") or {}
    return {key: as_date(dates.get(key)) for key in DATES}


def review_status(data: dict) -> str:
    """'pending' or 'complete'; raises EeatRecordError for a record that claims more than it holds.

    A missing status is pending: a review is never assumed. A completed
    review must name its reviewer (REVIEWER_IDENTITY), or no reviewer is shown.
    """
    reviewer = data.get("reviewer") or {}
    status = str(reviewer.get("status", "pending")).strip().lower()
    if status not in REVIEW_STATUSES:
        raise EeatRecordError(f"reviewer.status must be one of {', '.join(REVIEW_STATUSES)}, not {status!r}")
    if status == "complete":
        missing = [f for f in REVIEWER_IDENTITY if not pick(reviewer.get(f), "ja").strip()]
        if missing:
            raise EeatRecordError("reviewer.status is complete but reviewer " + ", ".join(missing) + " is empty")
    return status
