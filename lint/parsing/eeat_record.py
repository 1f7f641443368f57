"""The E-E-A-T record of a page: who wrote it, who reviewed it, when, and disclosures.

A page's front matter has ``eeat:`` either

- a string, the path of a shared record file (the house convention is
  ``eeat: _meta/eeat.yaml``, i.e. docs/_meta/eeat.yaml). The path is looked up
  from the page's folder upward to the docs root (the folder holding Sphinx's
  conf.py, or the project root), so a page in a sub-folder may use the same
  reference. A leading ``/`` means the docs root, as in Sphinx's own paths
  (``eeat: /_meta/eeat.yaml``); the build (docs/_ext/pvt_site.py) resolves
  references the same way; or
- an inline mapping with the same structure as the record file.

PyYAML reads both; its node tree (``yaml.compose``) gives the line of every
key, so findings can name the line to change: in the record file for a shared
record, in the page's front matter for an inline one.
"""

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import LintInputError
from ..findings import display
from .text import read_text

MISSING = object()


class RecordLoader(yaml.SafeLoader):
    """PyYAML's safe loader, keeping dates as the strings written.

    The safe loader turns ``2026-11-25`` into a date, and raises a bare
    ValueError for an impossible one (``2026-02-30``); kept as text, a bad
    date becomes a finding (EAT004) with its line instead.
    """


RecordLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class EeatReferenceError(Exception):
    """``eeat:`` names nothing usable: a missing file, bad YAML, not a mapping."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass
class EeatRecord:
    path: str  # the file that holds the values (the record file, or the page when inline)
    data: dict
    lines: dict  # dotted key ("reviewer.status") -> 1-based line of the key in ``path``
    shared: bool  # True for a record file, False for an inline mapping
    base_line: int = 1  # line for keys that do not exist at all (the page's eeat: key when inline)

    def get(self, dotted, default=MISSING):
        value = self.data
        for part in dotted.split("."):
            if not isinstance(value, dict) or part not in value:
                return default
            value = value[part]
        return value

    def line(self, dotted):
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

    record: EeatRecord = None
    error: str = ""  # set when the reference cannot be used (EAT002)
    present: bool = True  # False when the page has no eeat key (EAT001)
    key_line: int = 1  # line of the page's eeat: key
    record_path: Path = None  # resolved record file, when shared


def key_lines(node, offset=0, prefix=""):
    """dotted key -> 1-based line of each key of a composed YAML mapping node."""
    lines = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        dotted = f"{prefix}{key_node.value}"
        lines[dotted] = key_node.start_mark.line + 1 + offset
        lines.update(key_lines(value_node, offset, dotted + "."))
    return lines


def front_matter_node(page):
    """(composed node of the front matter, line offset, its data) or (None, 0, {}).

    The block is the text between the page's opening ``---`` (line 1) and the
    next ``---`` line, as markdown-it's front-matter plugin takes it.
    """
    if not page.front_matter_line:
        return None, 0, {}
    lines = page.text.split("\n")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        return None, 0, {}
    block = "\n".join(lines[1:end])
    try:
        data = yaml.load(block, Loader=RecordLoader)
        return yaml.compose(block, Loader=RecordLoader), 1, data if isinstance(data, dict) else {}
    except yaml.YAMLError:
        return None, 0, {}


def page_path(page, root):
    """The page's absolute path: its path as given (relative to the current folder), else under root."""
    path = Path(page.path)
    if path.is_absolute():
        return path
    if (Path.cwd() / path).exists() or not root:
        return (Path.cwd() / path).resolve()
    return (Path(root) / path).resolve()


def search_folders(page_file, root):
    """The page's folder and its parents, up to the docs root (conf.py) or the project root."""
    folders = []
    root = Path(root).resolve() if root else None
    for folder in [page_file.parent, *page_file.parents]:
        folders.append(folder)
        if (folder / "conf.py").is_file() or folder == root:
            break
        if root is not None and root not in folder.parents:
            break  # outside the project: only the page's own folder
    return folders


def find_record(reference, page_file, root):
    """The record file a string reference names, or raise EeatReferenceError."""
    folders = search_folders(page_file, root)
    if reference.startswith("/"):  # the docs root, as Sphinx reads "/path"
        candidates = [folders[-1] / reference.lstrip("/")]
    else:
        candidates = [folder / reference for folder in folders]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    looked = ", ".join(str(c.parent) for c in candidates)
    raise EeatReferenceError(f"eeat record {reference!r} not found (looked in {looked})")


def load_record(path, shown_path):
    """Read a record file; raise EeatReferenceError when it is not a YAML mapping."""
    try:
        text = read_text(Path(path))
    except LintInputError as exc:
        raise EeatReferenceError(f"eeat record {shown_path}:{exc.line}: {exc.message}") from None
    except OSError as exc:
        raise EeatReferenceError(f"eeat record {shown_path} cannot be read: {exc.strerror}") from None
    try:
        node = yaml.compose(text, Loader=RecordLoader)
        data = yaml.load(text, Loader=RecordLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        if context and context_mark and mark and context_mark.line != mark.line:
            problem += f" ({context} at line {context_mark.line + 1})"
        raise EeatReferenceError(f"eeat record {shown_path}:{line} is not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise EeatReferenceError(f"eeat record {shown_path} must be a mapping of keys "
                                 f"(author, reviewer, dates, disclosure), not {type(data).__name__}")
    return EeatRecord(str(path), data, key_lines(node), shared=True)


def resolve(page, root, load=load_record):
    """The record of a page (see the module docstring); never raises for bad input."""
    node, offset, front = front_matter_node(page)
    lines = key_lines(node, offset) if node is not None else {}
    key_line = lines.get("eeat", page.front_matter_line or 1)
    if "eeat" not in page.front_matter:
        return Resolution(present=False, key_line=page.front_matter_line or 1)
    value = page.front_matter["eeat"]
    if isinstance(value, dict):
        value = front.get("eeat", value) if isinstance(front.get("eeat"), dict) else value
        inline_lines = {k[len("eeat."):]: v for k, v in lines.items() if k.startswith("eeat.")}
        return Resolution(EeatRecord(page.path, value, inline_lines, shared=False, base_line=key_line),
                          key_line=key_line)
    if not isinstance(value, str) or not value.strip():
        kind = "empty" if value in (None, "") else f"a {type(value).__name__}"
        return Resolution(error=f"eeat: is {kind}; write the path of the record file "
                                "(eeat: _meta/eeat.yaml) or an inline mapping", key_line=key_line)
    page_file = page_path(page, root)
    try:
        found = find_record(value.strip(), page_file, root)
        record = load(found, display(found))
    except EeatReferenceError as exc:
        return Resolution(error=exc.message, key_line=key_line)
    return Resolution(record, key_line=key_line, record_path=found)
