"""Which rules run: --select/--ignore and the settings' select/ignore, by code, prefix or name."""

from __future__ import annotations

from collections.abc import Iterable

from ..registry import Rule
from .errors import UsageError
from .loader import load_rules

ALWAYS_ON = "LNT"  # the lint's own rules are reported unless ignored by code or name


def _matches(selector: str, rule_obj) -> bool:
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    if rule_obj.name == s:
        return True
    return s[:1].isalpha() and s.isalnum() and rule_obj.code.startswith(s.upper())


def _check_selectors(selectors: Iterable[str], where: str, rules) -> None:
    for s in selectors:
        if not s.strip():
            continue
        if not any(_matches(s, r) for r in rules.values()):
            raise UsageError(f"{where}: unknown rule or prefix {s!r} (see --list-rules)")


def resolve_selection(
    select: list[str] | None,
    ignore: list[str] | None,
    *,
    select_where: str = "--select",
    ignore_where: str = "--ignore",
    rules=None,
) -> dict[str, Rule]:
    """code -> Rule for every rule selected and not ignored (the lint's own LNT rules unless ignored).

    ``rules``: code -> rule to choose from (lint.engine.loader.listed_rules, before any rule
    module is imported); default every registered rule."""
    if rules is None:
        rules = load_rules()
    if select is not None and not any(s.strip() for s in select):
        # (a review of hostile inputs) an empty select ran every rule: say so instead of guessing
        raise UsageError(
            f"{select_where}: names no rule; name rules (CIT, uncited-claim) or leave it out to run every rule"
        )
    select = [s for s in (select or ["ALL"]) if s.strip()]
    ignore = [s for s in (ignore or []) if s.strip()]
    _check_selectors(select, select_where, rules)
    _check_selectors(ignore, ignore_where, rules)
    chosen = {}
    for code, rule_obj in sorted(rules.items()):
        picked = any(_matches(s, rule_obj) for s in select)
        if rule_obj.family == ALWAYS_ON:
            dropped = any(s.strip().upper() == code or s.strip() == rule_obj.name for s in ignore)
            picked = True
        else:
            dropped = any(_matches(s, rule_obj) for s in ignore)
        if picked and not dropped:
            chosen[code] = rule_obj
    return chosen


def split_list(values: Iterable[str] | None) -> list[str]:
    """--select CIT,EAT --select BIB -> ["CIT", "EAT", "BIB"]."""
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out
