"""Running textlint's own test cases (tests/lint/conformance/*.json) through the JAS rules.

Each JSON file holds the valid and invalid cases of one textlint rule's test file, with its
origin (repository, path, commit), the JAS code that ports it (``code``; null when the rule is
not ported) and ``differences``: case id -> reason, for each case where the lint deliberately
differs from textlint. A case passes when the rule reports nothing on a valid text, and on an
invalid text as many findings as textlint expects, on the lines textlint expects. Cases with
options the lint rule does not have are kept as data but not run;
``lint_options`` gives the lint the textlint rule's own defaults where the lint's defaults are
the preset's settings (with the reason), and ``not_applicable`` lists cases that are not
Markdown (a Re:VIEW plugin's), with the reason.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SLASHED = re.compile(r"^/(.*)/[gimsuy]*$", re.S)


def suites() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.json"))]


def runnable(suite: dict, case: dict) -> bool:
    """A case is run when the rule is ported, on Markdown, with default options or with options that
    all have a counterpart among the lint rule's (``option_map``: textlint name -> lint name)."""
    if not suite.get("code") or case["id"] in suite.get("not_applicable", {}):
        return False
    return all(key in suite.get("option_map", {}) for key in case_options(suite, case))


def case_options(suite: dict, case: dict) -> dict:
    """The case's options less those that change nothing reported: a value equal to the textlint
    rule's default (``textlint_defaults``), or an option of the fix only (``fix_options``)."""
    defaults, fix_only = suite.get("textlint_defaults", {}), suite.get("fix_options", {})
    return {
        key: value
        for key, value in (case.get("options") or {}).items()
        if key not in fix_only and not (key in defaults and defaults[key] == value)
    }


def lint_options(suite: dict, case: dict) -> dict:
    """The lint rule's settings for a case: the textlint rule's defaults, then the case's options."""
    options = dict(suite.get("lint_options", {}).get("options", {}))
    for key, value in case_options(suite, case).items():
        if key in suite.get("slashed_options", ()):  # textlint's "/body/flags"; the lint option takes the body
            value = [SLASHED.sub(r"\1", v) if isinstance(v, str) else v for v in value]
        options[suite["option_map"][key]] = value
    return options


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
    options = lint_options(suite, case)
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
