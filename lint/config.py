"""The lint's settings: ``[tool.pvt-lint]`` in pyproject.toml (or ``--config FILE``).

    [tool.pvt-lint]
    select = ["ALL"]            # codes (CIT001), prefixes (CIT) or names (uncited-claim)
    ignore = []
    profile = "default"         # or "publish"
    bib = "refs.bib"            # where citation keys resolve
    exclude = ["docs/_build"]   # glob patterns (relative to the project root) never linted
    jobs = 0                    # processes for many pages: 0 one a core, 1 no pool (--jobs)

    [tool.pvt-lint.rules.uncited-claim]   # per-rule options, by rule name or code
    scope = "block"

A setting of the wrong type stops the lint with exit 2 and names the file and key;
so does a rule option whose type differs from the rule's default (checked when the
rule asks for it, see ``CheckedContext`` in lint.runner).
"""

import datetime
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .context import DEFAULT_PROFILE, PUBLISH_PROFILE

PROFILES = (DEFAULT_PROFILE, PUBLISH_PROFILE)
SECTION = ("tool", "pvt-lint")


class ConfigError(Exception):
    """A configuration the lint cannot use (exit 2); the message names file and key."""


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
    "today": (lambda v: isinstance(v, (str, datetime.date)), "a date (YYYY-MM-DD)"),
}


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
        raise ConfigError(f"{file}: not valid UTF-8")
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}")
    data = document.get("tool", {}).get("pvt-lint") if isinstance(document.get("tool"), dict) else None
    if data is None and file.name != "pyproject.toml":
        data = document
    config = Config(file, data or {})
    check_config(config)
    return config


def check_config(config):
    """Raise ConfigError for an unknown key, a wrong type or an unknown rule section."""
    from .registry import RULES, load_rules, lookup

    load_rules()
    # a section may name a rule (code or name), a family (CIT) or a rule module (eeat)
    families = {r.family for r in RULES.values()}
    modules = {r.check.__module__.rsplit(".", 1)[-1] for r in RULES.values()}
    if not isinstance(config.data, dict):
        raise ConfigError(f"{config.label}: [tool.pvt-lint] must be a table")
    for key, value in config.data.items():
        if key not in TOP_LEVEL:
            known = ", ".join(TOP_LEVEL)
            raise ConfigError(f"{config.key(key)}: unknown setting (known: {known})")
        check, expected = TOP_LEVEL[key]
        if not check(value):
            raise ConfigError(f"{config.key(key)}: must be {expected}, not {_show(value)}")
    for section, options in config.rules.items():
        if lookup(section) is None and section not in families and section not in modules:
            raise ConfigError(f"{config.key('rules.' + section)}: no rule, family or rule module has this name")
        if not isinstance(options, dict):
            raise ConfigError(f"{config.key('rules.' + section)}: must be a table of options")


def check_option(config, rule, key, value, default):
    """A rule option must have the type of the rule's default (an int may stand for a float)."""
    if default is None or value is None:
        return value
    expected = type(default)
    ok = isinstance(value, expected)
    if expected is int and isinstance(value, bool):
        ok = False
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if isinstance(default, list) and ok and default and all(isinstance(d, str) for d in default):
        ok = all(isinstance(v, str) for v in value)
    if not ok:
        name = {list: "a list", dict: "a table", str: "a string", bool: "true or false",
                int: "an integer", float: "a number"}.get(expected, expected.__name__)
        raise ConfigError(f"{config.key(f'rules.{rule}.{key}')}: must be {name}, not {_show(value)}")
    return value


def _show(value):
    kind = {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "a list", dict: "a table"}.get(type(value), type(value).__name__)
    return f"{kind} ({value!r})" if not isinstance(value, (list, dict)) else kind
