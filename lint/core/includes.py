"""The files a page includes, found and resolved as Sphinx resolves them: shared by the rules that read an included
file (SEC001, EAT007) and by the caches, whose keys must change when an included file does (a page's results depend
on its includes as much as on its own text)."""

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
