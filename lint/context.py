"""What a rule may know besides the document it checks.

``Context`` is the run's: the project root, the settings, the profile, the
bibliography, every page and catalog. ``Context.bind(rule, document)`` gives the
``RuleContext`` a rule receives: the same knowledge, plus ``option`` and
``report`` that already know the rule's code, settings section and severity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .findings import DEFAULT_PROFILE, PUBLISH_PROFILE, Finding

if TYPE_CHECKING:
    from .registry import Rule

__all__ = ["DEFAULT_PROFILE", "PUBLISH_PROFILE", "Context", "RuleContext", "check_option"]


@dataclass
class Context:
    root: Path  # the project root (where pyproject.toml is)
    config: dict = field(default_factory=dict)  # [tool.pvt-lint] of pyproject.toml
    profile: str = DEFAULT_PROFILE
    bibliography: Any = None  # lint.parsing.bibtex.Bibliography of refs.bib / --bib
    # every parsed page of this run, for project rules (BIB007): page rules run before it is
    # filled, with many pages in other processes, so they must not read it
    pages: list = field(default_factory=list)
    catalogs: list = field(default_factory=list)  # every parsed catalog of this run
    whole_project: bool = True  # False when only some files were given (rules needing all pages may skip)
    config_label: str | None = None  # the settings file, when option types are to be checked against it

    def bind(self, rule: Rule, document: Any) -> RuleContext:
        return RuleContext(self, rule, document)


class RuleContext:
    """The run's Context as one rule sees it while checking one document."""

    def __init__(self, run: Context, rule: Rule, document: Any) -> None:
        self.run, self.rule, self.document = run, rule, document

    def __getattr__(self, name: str) -> Any:  # root, config, profile, bibliography, pages, ...
        return getattr(self.run, name)

    @property
    def severity(self) -> str:
        return self.rule.severity_for(self.run.profile)

    def option(self, key: str, default: Any) -> Any:
        """A setting of this rule: [tool.pvt-lint.rules.<name, code, family or module>] key, else the default.

        A configured value must have the type of the default (ConfigError names file and key).
        ``key`` must be one of the options the rule declared (lint.registry.rule).
        """
        rule = self.rule
        if key not in rule.options:  # the rule's own bug: its settings would be refused as unknown
            raise LookupError(f"{rule.code} reads the option {key!r}, which its @rule(options=...) does not declare")
        rules = self.run.config.get("rules", {})
        for section in (rule.name, rule.code, rule.family, rule.module):
            if isinstance(rules.get(section), dict) and key in rules[section]:
                value = rules[section][key]
                if self.run.config_label is not None:
                    check_option(self.run.config_label, rule.name, key, value, default)
                return value
        return default

    def sibling(self, code_or_name: str) -> RuleContext:
        """The context another rule would have on this document (to read a shared analysis's settings)."""
        from .registry import lookup

        other = lookup(code_or_name)
        if other is None:
            raise KeyError(code_or_name)
        return RuleContext(self.run, other, self.document)

    def report(
        self,
        line: int,
        column: int,
        message: str,
        *,
        path: object = None,
        context: str = "",
        suggestion: str = "",
        end: tuple[int, int] | None = None,
    ) -> Finding:
        """A finding of this rule at ``line``:``column`` of ``path`` (default: the document's file).

        ``end`` is the (line, column) of the flagged text's last character, when the rule knows it.
        """
        where = path if path is not None else self.document.path
        return Finding(
            path=str(where),
            line=max(int(line), 1),
            column=max(int(column), 1),
            rule=self.rule.code,
            name=self.rule.name,
            severity=self.severity,
            message=message,
            context=context,
            suggestion=suggestion,
            end_line=max(int(end[0]), 1) if end else 0,
            end_column=max(int(end[1]), 1) if end else 0,
        )


_TYPE_NAMES = {
    list: "a list",
    dict: "a table",
    str: "a string",
    bool: "true or false",
    int: "an integer",
    float: "a number",
}


def check_option(label: str, rule: str, key: str, value: Any, default: Any) -> Any:
    """A rule option must have the type of the rule's default (an int may stand for a float)."""
    if default is None or value is None:
        return value
    expected = type(default)
    ok = isinstance(value, expected)
    if expected is int and isinstance(value, bool):
        ok = False
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    name = _TYPE_NAMES.get(expected, expected.__name__)
    # (from a review of hostile inputs) an empty default is a list of strings or a table too: every list option
    # holds strings, every table option strings or lists of strings; a nested list crashed the rule on a page
    if isinstance(default, list) and ok and all(isinstance(d, str) for d in default):
        ok, name = all(isinstance(v, str) for v in value), "a list of strings"
    if isinstance(default, dict) and ok:
        ok = all(
            isinstance(v, str) or (isinstance(v, list) and all(isinstance(x, str) for x in v)) for v in value.values()
        )
        name = "a table of strings or lists of strings"
    if not ok:
        raise ConfigError(f"{label}: [tool.pvt-lint] rules.{rule}.{key}: must be {name}, not {show_value(value)}")
    # every number a rule reads is a count, a length, a limit or a ratio: negative or not a number (nan, inf) it
    # makes every sentence a finding or none (from a review of hostile inputs)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not (0 <= value < float("inf")):
        raise ConfigError(f"{label}: [tool.pvt-lint] rules.{rule}.{key}: must be 0 or more, not {show_value(value)}")
    return value


def show_value(value: Any) -> str:
    kind = {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)
    return f"{kind} ({value!r})" if not isinstance(value, (list, dict)) else kind
