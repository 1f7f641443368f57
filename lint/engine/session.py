"""Everything a run needs that does not depend on the files: settings, rules, profile, bibliography."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Config, find_root, load_config
from ..context import Context
from ..errors import ConfigError, LintInputError
from ..findings import display
from ..registry import RULES, Rule
from .errors import UsageError
from .loader import listed_rules, load_rules
from .selection import ALWAYS_ON, resolve_selection

DEFAULT_BIB = "refs.bib"
DEFAULT_CACHE = ".pvt-lint-cache"


@dataclass
class Session:
    root: Path
    config: Config
    profile: str
    selected: dict[str, Rule]  # code -> Rule: the rules whose findings are reported
    bib_path: Path
    bib_explicit: bool = False
    jobs: int = 0  # processes for the page rules: 0 one a core (for many pages), 1 no pool
    cache_dir: Path | None = None  # the page cache's folder (lint.engine.cache); None: no cache
    _bibliography: object = None
    _bib_loaded: bool = False

    @property
    def bibliography(self) -> object:
        """The bibliography citation keys resolve against (None when there is none)."""
        if not self._bib_loaded:
            self._bib_loaded = True
            if self.bib_path is not None and (self.bib_path.is_file() or self.bib_explicit):
                try:
                    self._bibliography = load_bibliography(self.bib_path)
                except LintInputError as exc:
                    raise UsageError(f"{display(exc.path)}:{exc.line}: {exc.message}") from None
        return self._bibliography

    def needs_bibliography(self) -> bool:
        """Citation and bibliography rules read it; the others run without it (and never fail on it)."""
        return any(
            r.family in ("CIT", "BIB") or (r.target in ("bib", "project") and r.family != ALWAYS_ON)
            for r in self.selected.values()
        )

    def context(self, pages=(), catalogs=(), whole_project: bool = True) -> Context:
        bibliography = self.bibliography if self.needs_bibliography() else None
        if self.needs_bibliography() and bibliography is None and "CIT002" in self.selected:
            where = display(self.bib_path)
            raise UsageError(
                f"{where}: bibliography not found; citation keys cannot be checked "
                "(give --bib FILE, or --ignore CIT002)"
            )
        return Context(
            self.root,
            self.config.data,
            self.profile,
            bibliography,
            list(pages),
            list(catalogs),
            whole_project=whole_project,
            config_label=self.config.label,
        )


def load_bibliography(path: Path):
    """The bibliography of a .bib file (lint.parsing.bibtex); LintInputError when unparsable."""
    from ..parsing.bibtex import load_bibliography as load

    return load(path)


def check_rule_sections(config: Config) -> None:
    """A [tool.pvt-lint.rules.X] section must name a rule (code or name), a family (CIT) or a rule module (eeat)."""
    listed: list[Any] = [*listed_rules().values(), *RULES.values()]  # every rule, its module imported or not
    for section, options in config.rules.items():
        if not any(covers(section, r) for r in listed):
            raise ConfigError(f"{config.key('rules.' + section)}: no rule, family or rule module has this name")
        if not isinstance(options, dict):
            raise ConfigError(f"{config.key('rules.' + section)}: must be a table of options")


def covers(section: str, rule: Any) -> bool:
    """Whether a [tool.pvt-lint.rules.<section>] section is for ``rule``: by its code (in any case),
    name, family or module."""
    key = section.strip()
    return key.upper() == rule.code or key in (rule.code, rule.name) or section in (rule.family, rule.module)


def check_rule_options(config: Config, rules) -> None:
    """Each key of a [tool.pvt-lint.rules.X] section must be an option of a rule the section covers
    (lint.registry.rule's ``options``), so that a misspelt option is refused, not silently ignored.

    Only the rules imported for this run are asked: a section that covers none of them is for rules
    that do not run (a run of every rule checks every section)."""
    for section, options in config.rules.items():
        covered = [r for r in rules.values() if covers(section, r)]
        if not covered:
            continue
        declared = sorted({option for r in covered for option in r.options})
        for option in options:
            if option not in declared:
                known = f"its options: {', '.join(declared)}" if declared else "it has no options"
                if len(covered) == 1:
                    known += f"; see python -m lint --explain {covered[0].code}"
                raise ConfigError(f"{config.key(f'rules.{section}.{option}')}: not an option of {section} ({known})")


def make_session(
    *,
    root=None,
    config_path=None,
    select=None,
    ignore=None,
    profile=None,
    bib=None,
    jobs=None,
    cache=False,
    cache_dir=None,
) -> Session:
    """Everything a run needs that does not depend on the files: raises UsageError.

    ``cache=True`` keeps the page rules' results in ``cache_dir`` (default: .pvt-lint-cache/ of
    the project root) and reuses them for unchanged pages (lint.engine.cache).
    """
    root = Path(root).resolve() if root else find_root()
    try:
        config = load_config(config_path, root=root, required=config_path is not None)
        check_rule_sections(config)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    if select is None and config.select is not None:
        choose = functools.partial(
            resolve_selection,
            config.select,
            config.ignore + list(ignore or []),
            select_where=config.key("select"),
            ignore_where=config.key("ignore"),
        )
    else:
        choose = functools.partial(
            resolve_selection,
            select,
            config.ignore + list(ignore or []),
            ignore_where=f"{config.key('ignore')} or --ignore",
        )
    # resolved on the rules as their source lists them, then only the chosen rules' modules are
    # imported (the others' imports and data are a third of a run that selects a few families)
    listed = listed_rules()
    try:
        chosen = choose(rules={**listed, **RULES})  # rules registered otherwise (a test's own) too
    except UsageError:
        # a selector the source listing does not know may name a rule written in a way the listing
        # misses (@rule(code=…)): import every rule and let the registry decide before refusing it
        load_rules()
        chosen = choose()
    load_rules(sorted({listed[code].module_name for code in chosen if code not in RULES}))
    if all(code in RULES for code in chosen):
        selected = {code: RULES[code] for code in chosen}
    else:  # a rule the source listing names wrongly: the registry decides
        selected = choose()
    try:
        check_rule_options(config, RULES)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    bib_explicit = bib is not None
    # (from a review of hostile inputs) an empty value was ignored for the default, a page read as a bibliography
    if bib_explicit and not str(bib).strip():
        raise UsageError("--bib names no file (give the bibliography, e.g. --bib refs.bib)")
    bib_path = Path(bib) if bib else (root / config.bib if config.bib else root / DEFAULT_BIB)
    if bib_explicit and not bib_path.is_file():
        raise UsageError(f"{bib}: no such bibliography file")
    if bib_explicit and bib_path.suffix.lower() != ".bib":
        raise UsageError(f"{bib}: not a BibTeX file (the bibliography is a .bib file)")
    if cache_dir is not None and (
        not str(cache_dir).strip() or (Path(cache_dir).exists() and not Path(cache_dir).is_dir())
    ):
        raise UsageError(f"--cache-dir {str(cache_dir)!r}: not a folder the cache can be kept in")
    if cache and cache_dir is not None:
        from .replay import is_cache_folder

        if not is_cache_folder(cache_dir):
            raise UsageError(
                f"--cache-dir {str(cache_dir)!r}: the folder holds other files, which the cache's .gitignore would "
                "hide from git; give a new or empty folder"
            )
    folder = (Path(cache_dir) if cache_dir else root / DEFAULT_CACHE) if cache else None
    return Session(
        root,
        config,
        profile or config.profile,
        selected,
        bib_path,
        bib_explicit,
        config.jobs if jobs is None else jobs,
        folder,
    )
