"""Running textlint's own test cases (tests/lint/conformance/*.json) through the JAS rules.

Each JSON file holds the valid and invalid cases of one textlint rule's test file, with its
origin (repository, path, commit), the JAS code that ports it (``code``; null when the rule is
not ported) and ``differences``: case id -> reason, for each case where the lint deliberately
differs from textlint. A case passes when the rule reports nothing on a valid text, and on an
invalid text as many findings as textlint expects, on the lines textlint expects. Cases with
options other than the defaults are kept as data but not run (the issue measures defaults);
``lint_options`` gives the lint the textlint rule's own defaults where the lint's defaults are
the preset's settings (with the reason), and ``not_applicable`` lists cases that are not
Markdown (a Re:VIEW plugin's), with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def suites() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.json"))]


def runnable(suite: dict, case: dict) -> bool:
    """A case is run when the rule is ported, with default options, on Markdown."""
    return bool(suite.get("code")) and not case.get("options") and case["id"] not in suite.get("not_applicable", {})


def outcome(suite: dict, case: dict) -> tuple[bool, str]:
    """(passes, what the lint found) for one case under the rule's defaults."""
    from lint.context import Context
    from lint.parsing.markdown import parse_page
    from lint.registry import RULES
    from lint.runner import load_rules

    load_rules()
    codes = suite["code"] if isinstance(suite["code"], list) else [suite["code"]]
    page = parse_page("case.md", case["text"])
    # the textlint rule's own defaults, where the lint's (the preset's settings) differ
    options = suite.get("lint_options", {}).get("options", {})
    ctx = Context(root=HERE, config={"rules": {code: options for code in codes}} if options else {})
    ctx.pages = [page]
    found = sorted(f for code in codes for f in RULES[code].check(page, ctx))
    got = [(f.line, f.column) for f in found]
    shown = "; ".join(f"{f.rule} {f.line}:{f.column} {f.message}" for f in found) or "nothing"
    if "errors" not in case:
        return not found, shown
    expected = case["errors"]
    if len(found) != len(expected):
        return False, shown
    lines = [e["line"] for e in expected]
    if all(line is not None for line in lines) and sorted(lines) != sorted(line for line, _ in got):
        return False, shown
    return True, shown
