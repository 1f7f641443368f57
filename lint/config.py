"""The lint's settings: ``[tool.pvt-lint]`` in pyproject.toml (or ``--config FILE``).

    [tool.pvt-lint]
    select = ["ALL"]            # codes (CIT001), prefixes (CIT) or names (uncited-claim)
    ignore = []
    profile = "default"         # or "publish"
    bib = "refs.bib"            # where citation keys resolve
    exclude = ["docs/_build"]   # glob patterns (relative to the project root) never linted
    jobs = 0                    # processes for the pages: 0 one a core (two for a few pages), 1 no pool (--jobs)

    [tool.pvt-lint.rules.uncited-claim]   # per-rule options, by rule name or code
    scope = "block"

A setting of the wrong type stops the lint with exit 2 and names the file and key;
so does a rule option whose type differs from the rule's default (checked when the
rule asks for it, see ``RuleContext.option``).
"""

import datetime
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .context import show_value
from .errors import ConfigError
from .findings import DEFAULT_PROFILE, PROFILES

SECTION = ("tool", "pvt-lint")


@dataclass
class Config:
    path: Path | None  # the file read, None when there is none
    data: dict = field(default_factory=dict)  # the [tool.pvt-lint] table

    @property
    def label(self):
        return str(self.path) if self.path else "(no configuration file)"

    def key(self, key):
        """How a key is named in messages: ``pyproject.toml: [tool.pvt-lint] select``."""
        return f"{self.label}: [tool.pvt-lint] {key}"

    @property
    def select(self):
        return self.data.get("select")

    @property
    def ignore(self):
        return self.data.get("ignore", [])

    @property
    def profile(self):
        return self.data.get("profile", DEFAULT_PROFILE)

    @property
    def bib(self):
        return self.data.get("bib")

    @property
    def exclude(self):
        return self.data.get("exclude", [])

    @property
    def jobs(self):
        return self.data.get("jobs", 0)

    @property
    def rules(self):
        return self.data.get("rules", {})


def _list_of_strings(value):
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def is_jobs(value):
    """A process count: a whole number, 0 or more (not a boolean)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


# key -> (check, what it must be)
TOP_LEVEL = {
    "select": (_list_of_strings, "a list of strings"),
    "ignore": (_list_of_strings, "a list of strings"),
    "profile": (lambda v: v in PROFILES, f"one of {', '.join(repr(p) for p in PROFILES)}"),
    "bib": (lambda v: isinstance(v, str) and v.strip() != "", "a file name"),
    "exclude": (_list_of_strings, "a list of glob patterns"),
    "jobs": (is_jobs, "a number of processes (0: one a core, 1: no process pool)"),
    "rules": (lambda v: isinstance(v, dict), "a table of rule settings"),
    # the day the EAT rules take as today (tests); a TOML date or "YYYY-MM-DD"
    "today": (lambda v: _is_date(v), "a date (YYYY-MM-DD)"),
}


def _is_date(value):
    """A TOML date, or a string that is one ("2026-12-01"); "not-a-date" would silently mean the real today."""
    if isinstance(value, datetime.datetime):
        return False
    if isinstance(value, datetime.date):
        return True
    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return isinstance(value, str)


def find_root(start=None):
    """The project root: the nearest folder upward that holds pyproject.toml (else ``start``)."""
    start = Path(start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file():
            return folder
    return start


def load_config(path=None, *, root=None, required=False):
    """Read and check the settings; ``path`` defaults to ``root/pyproject.toml``.

    A file given with ``--config`` (``required``) must exist. In a file named
    pyproject.toml the settings are the ``[tool.pvt-lint]`` table; any other
    file may hold that table or the settings at its top level.
    """
    root = Path(root) if root else find_root()
    file = Path(path) if path else root / "pyproject.toml"
    if not file.is_file():
        if required:
            raise ConfigError(f"{file}: no such configuration file")
        return Config(None, {})
    try:
        document = tomllib.loads(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{file}: not valid UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    data = document.get("tool", {}).get("pvt-lint") if isinstance(document.get("tool"), dict) else None
    if data is None and file.name != "pyproject.toml":
        data = document
    config = Config(file, data or {})
    check_config(config)
    return config


def check_config(config):
    """Raise ConfigError for an unknown key or a wrong type (rule sections: lint.engine.selection)."""
    if not isinstance(config.data, dict):
        raise ConfigError(f"{config.label}: [tool.pvt-lint] must be a table")
    for key, value in config.data.items():
        if key not in TOP_LEVEL:
            known = ", ".join(TOP_LEVEL)
            raise ConfigError(f"{config.key(key)}: unknown setting (known: {known})")
        check, expected = TOP_LEVEL[key]
        if not check(value):
            raise ConfigError(f"{config.key(key)}: must be {expected}, not {show_value(value)}")
