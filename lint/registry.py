"""The rule registry: each check is a small function registered with a code and a name.

A rule receives one parsed document (a page, a catalog or a bibliography, as its
``target`` says) and a ``Context`` (configuration, the project's bibliography,
all pages), and yields ``Finding`` objects through ``ctx.report``-style helpers
or directly. Its docstring is what ``--explain CODE`` prints.
"""

import inspect
import re
from dataclasses import dataclass
from typing import Callable

from .findings import SEVERITIES

TARGETS = ("page", "catalog", "bib", "project")
CODE_RE = re.compile(r"^[A-Z]{3}\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    target: str
    severity: str
    check: Callable
    needs_tokenizer: bool = False

    @property
    def family(self):
        return self.code[:3]

    @property
    def explanation(self):
        return inspect.cleandoc(self.check.__doc__ or "")


RULES: dict[str, Rule] = {}


def rule(code, name, *, target, severity="error", needs_tokenizer=False):
    """Register ``check(document, ctx)`` as rule ``code`` / ``name``."""
    if not CODE_RE.match(code) or not NAME_RE.match(name):
        raise ValueError(f"bad rule code or name: {code} {name}")
    if target not in TARGETS or severity not in SEVERITIES:
        raise ValueError(f"bad target or severity for {code}")

    def register(check):
        if code in RULES:
            raise ValueError(f"rule {code} registered twice")
        RULES[code] = Rule(code, name, target, severity, check, needs_tokenizer)
        return check

    return register


def lookup(code_or_name):
    """A rule by code (CIT001) or name (uncited-claim); None when unknown."""
    key = code_or_name.strip()
    if key.upper() in RULES:
        return RULES[key.upper()]
    return next((r for r in RULES.values() if r.name == key), None)


def load_rules():
    """Import every rule module so their decorators run."""
    from . import rules  # noqa: F401  (imports its modules)

    return RULES
