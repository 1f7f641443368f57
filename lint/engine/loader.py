"""Finding the rules: every module under ``lint.rules`` (at any depth) is imported once,
so its ``@rule`` decorators register it; the registry itself imports no rule module."""

from __future__ import annotations

import importlib
import pkgutil

from ..registry import RULES, Rule

RULES_PACKAGE = "lint.rules"
_loaded = False


def load_rules() -> dict[str, Rule]:
    """Import every rule module (once) and return the registry."""
    global _loaded
    if not _loaded:
        package = importlib.import_module(RULES_PACKAGE)
        for module in pkgutil.walk_packages(package.__path__, prefix=f"{RULES_PACKAGE}."):
            importlib.import_module(module.name)
        _loaded = True
    return RULES
