"""Finding the rules: every module under ``lint.rules`` (at any depth) is imported once,
so its ``@rule`` decorators register it; the registry itself imports no rule module.

A run that selects some rules imports only their modules: ``listed_rules`` reads every rule's
code and name from the ``@rule(...)`` lines of the modules' source, without importing them, so
the selection is resolved first (lint.engine.session). Anything that needs a rule not imported
(``lookup`` of another name, every code of a family in a suppression) imports them all then.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from pathlib import Path

from .. import registry
from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..registry import RULES, Rule

RULES_PACKAGE = "lint.rules"
RULES_FOLDER = Path(__file__).resolve().parent.parent / "rules"
_loaded = False
# the head of a rule's registration: @rule("CODE", "name", ...) (tests check every rule is found)
RULE_LINE_RE = re.compile(r'@rule\(\s*"([A-Z]{3}\d{3})",\s*"([^"]+)"')


def load_rules(modules=None) -> dict[str, Rule]:
    """Import every rule module (once), or only ``modules`` (full names), and return the registry."""
    global _loaded
    if modules is not None and not _loaded:
        for module in modules:
            importlib.import_module(module)
        registry.complete_with(load_rules)  # a rule asked for later imports the others
        return RULES
    if not _loaded:
        package = importlib.import_module(RULES_PACKAGE)
        for module in pkgutil.walk_packages(package.__path__, prefix=f"{RULES_PACKAGE}."):
            importlib.import_module(module.name)
        _loaded = True
    return RULES


class ListedRule:
    """A rule as its module's source names it: enough to select it (code, name, family, module)."""

    def __init__(self, code: str, name: str, module: str):
        self.code, self.name, self.module_name = code, name, module

    @property
    def family(self) -> str:
        return self.code[:3]

    @property
    def module(self) -> str:
        return self.module_name.rsplit(".", 1)[-1]


@lru_cache(maxsize=1)
def listed_rules() -> dict[str, ListedRule]:
    """code -> ListedRule of every rule of lint/rules, read from the source (nothing imported)."""
    found = {}
    for path in sorted(RULES_FOLDER.rglob("*.py")):
        parts = path.relative_to(RULES_FOLDER).with_suffix("").parts
        module = ".".join((RULES_PACKAGE, *(parts[:-1] if parts[-1] == "__init__" else parts)))
        for code, name in RULE_LINE_RE.findall(path.read_text(encoding="utf-8")):
            found[code] = ListedRule(code, name, module)
    return found
