"""The rule registry: each check is a small function registered with a code and a name.

A rule receives one parsed document (a page, a catalog, a bibliography, or the
whole project, as its ``target`` says) and a ``RuleContext`` bound to the rule
and the document: ``ctx.option("max", 100)`` reads the rule's own settings and
``ctx.report(line, column, message)`` makes a finding with the rule's code and
the severity it declared for the run's profile. Its docstring is what
``--explain CODE`` prints.

The registry knows no rule module: ``lint.engine.loader`` imports them.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from .findings import ERROR, PUBLISH_PROFILE, SEVERITIES, WARNING, Finding

if TYPE_CHECKING:
    from .context import Context

TARGETS = ("page", "catalog", "bib", "project")
CODE_RE = re.compile(r"^[A-Z]{3}\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

Check = Callable[..., Iterable[Finding] | None]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    target: str
    severity: str  # under the default profile
    function: Check
    needs_tokenizer: bool = False
    publish_severity: str | None = None  # under the publish profile, when it differs
    options: tuple[str, ...] = ()  # the settings keys it reads (ctx.option); any other key is refused

    @property
    def family(self) -> str:
        return self.code[:3]

    @property
    def module(self) -> str:
        """The rule's module name (``eeat``), by which a settings section may name a group of rules."""
        return self.function.__module__.rsplit(".", 1)[-1]

    @property
    def explanation(self) -> str:
        return inspect.cleandoc(self.function.__doc__ or "")

    def severity_for(self, profile: str) -> str:
        if profile == PUBLISH_PROFILE and self.publish_severity:
            return self.publish_severity
        return self.severity

    def check(self, document: Any, ctx: Context) -> list[Finding]:
        """Run the rule on one document with the run's context; the findings it reports."""
        return list(self.function(document, ctx.bind(self, document)) or ())


RULES: dict[str, Rule] = {}


def rule(
    code: str,
    name: str,
    *,
    target: str,
    severity: str = ERROR,
    publish: str | None = None,
    needs_tokenizer: bool = False,
    options: Iterable[str] = (),
) -> Callable[[Check], Check]:
    """Register ``check(document, ctx)`` as rule ``code`` / ``name``.

    ``severity`` is the rule's severity; ``publish`` the one it has under the
    publish profile when that differs (a warning that blocks publication).
    ``options``: every key the rule reads with ``ctx.option`` (a settings section naming the rule
    with any other key is refused, so that a misspelt option is not silently ignored).
    """
    if not CODE_RE.match(code) or not NAME_RE.match(name):
        raise ValueError(f"bad rule code or name: {code} {name}")
    if target not in TARGETS or severity not in SEVERITIES or publish not in (None, *SEVERITIES):
        raise ValueError(f"bad target or severity for {code}")

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, name, target, severity, check, needs_tokenizer, publish, tuple(sorted(options)))
        return check

    return register


_complete: list = []  # when only some rule modules are imported: the function that imports the rest


def complete_with(load_all: Callable[[], object]) -> None:
    """Only some rule modules are imported: ``load_all`` imports the others when one is asked for."""
    _complete[:] = [load_all]


def every_rule() -> dict[str, Rule]:
    """RULES with every rule module imported."""
    if _complete:
        _complete.pop()()
    return RULES


def lookup(code_or_name: str) -> Rule | None:
    """A rule by code (CIT001) or name (uncited-claim); None when unknown."""
    key = code_or_name.strip()
    found = _find(key)
    if found is None and _complete:
        every_rule()
        found = _find(key)
    return found


def _find(key: str) -> Rule | None:
    if key.upper() in RULES:
        return RULES[key.upper()]
    return next((r for r in RULES.values() if r.name == key), None)


__all__ = ["ERROR", "WARNING", "RULES", "Rule", "complete_with", "every_rule", "lookup", "rule"]
