"""What a rule may know besides the document it checks."""

from dataclasses import dataclass, field
from pathlib import Path

from .findings import Finding
from .registry import RULES

DEFAULT_PROFILE = "default"
PUBLISH_PROFILE = "publish"


@dataclass
class Context:
    root: Path  # the project root (where pyproject.toml is)
    config: dict = field(default_factory=dict)  # [tool.pvt-lint] of pyproject.toml
    profile: str = DEFAULT_PROFILE
    bibliography: object = None  # lint.parsing.bibtex.Bibliography of refs.bib / --bib
    # every parsed page of this run, for project rules (BIB007): page rules run before it is
    # filled, with many pages in other processes, so they must not read it
    pages: list = field(default_factory=list)
    catalogs: list = field(default_factory=list)  # every parsed catalog of this run

    def option(self, rule, key, default):
        """A rule setting: [tool.pvt-lint.rules.<name-or-code>] key, else the default."""
        rules = self.config.get("rules", {})
        for section in (RULES[rule].name, rule) if rule in RULES else (rule,):
            if isinstance(rules.get(section), dict) and key in rules[section]:
                return rules[section][key]
        return default

    def finding(self, code, path, line, column, message, *, severity=None, context="", suggestion=""):
        rule = RULES[code]
        return Finding(
            path=str(path), line=max(int(line), 1), column=max(int(column), 1), rule=code,
            name=rule.name, severity=severity or rule.severity, message=message,
            context=context, suggestion=suggestion,
        )
