"""The files a page includes, found and resolved as Sphinx resolves them: shared by the rules that read an included
file (SEC001, EAT007) and by the caches, whose keys must change when an included file does (a page's results depend
on its includes as much as on its own text). The caches' keys hold the page's E-E-A-T record too (page_inputs)."""

from __future__ import annotations

import re
from pathlib import Path

# an {include} directive of MyST (``` or ~~~ or ::: fences), or ``.. include::`` in an {eval-rst} block
INCLUDE_RE = re.compile(
    r"^[ \t>]*(?:`{3,}|~{3,}|:{3,})[ \t]*\{include\}[ \t]*(?P<myst>[^\n]*?)[ \t]*$"
    r"|^[ \t]*\.\.[ \t]+include::[ \t]*(?P<rst>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)


def resolve_include(page_path, target: str) -> Path | None:
    """The file ``target`` names from the page at ``page_path``: relative to the page's folder, or, with a leading
    /, to the docs root (the folder holding conf.py above the page); None for an empty target or an address."""
    target = target.strip()
    if not target or "://" in target:
        return None
    try:
        base = Path(page_path).resolve().parent
        if target.startswith("/"):
            root = next((d for d in (base, *base.parents) if (d / "conf.py").is_file()), base)
            return (root / target.lstrip("/")).resolve()
        return (base / target).resolve()
    except (OSError, RuntimeError, ValueError):
        return None  # a NUL byte or a loop of links names no file: the page's own reading says what is wrong


def included_paths(page_path, text: str) -> list[Path]:
    """Every file the page's text includes (a missing one too: its appearing changes the page's results)."""
    if "include" not in text:
        return []
    found = []
    for match in INCLUDE_RE.finditer(text):
        path = resolve_include(page_path, match.group("myst") or match.group("rst") or "")
        if path is not None and path not in found:
            found.append(path)
    return found


def record_paths(page_path, text: str) -> list[Path]:
    """Every file the page's E-E-A-T reference (``eeat: _meta/eeat.yaml`` in its front matter) may name: the
    reference under each folder the record is looked up in (lint.core.eeat.search_folders, searched without a root
    so that the list holds the lint's search whatever the project root). The E-E-A-T rules' findings depend on that
    file; one beside a page outside the docs folders is in no other cache key (found by the second code review)."""
    text = text.lstrip("\ufeff")  # a page saved with a byte-order mark (the lint reads it as utf-8-sig)
    if not text.startswith("---"):
        return []
    from .eeat import front_matter_of, search_folders

    _, data = front_matter_of(text)  # cached by its text: the rules parse the same block
    value = data.get("eeat")
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        return []  # an inline record is in the page's own text; a NUL names no file (the rule says so)
    reference = value.strip().lstrip("/")
    try:
        return [folder / reference for folder in search_folders(Path(page_path).resolve())]
    except (OSError, RuntimeError, ValueError):
        return []


def page_inputs(page_path, text: str) -> list[Path]:
    """The files besides the page whose content its results depend on: its includes and its E-E-A-T record."""
    return included_paths(page_path, text) + record_paths(page_path, text)
