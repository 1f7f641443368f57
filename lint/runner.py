"""The lint's API for its entry points (the command line, the Sphinx bridge, tests, benchmarks).

``make_session`` resolves the settings, the rule selection and the bibliography once;
``run(paths, session)`` lints files and folders; ``check_page(path, text, session)``
lints one page's text. Both return a ``Report``. Usage problems raise ``UsageError``
(exit 2). The work itself is done by the parts of lint.engine.
"""

from .engine.engine import check_page, explain, run
from .engine.errors import RuleCrash, UsageError
from .engine.loader import load_rules
from .engine.parallel import POOL_MIN_PAGES, available_cores, pool_size
from .engine.report import Report
from .engine.selection import resolve_selection, split_list
from .engine.session import Session, make_session
from .findings import display

__all__ = [
    "POOL_MIN_PAGES",
    "Report",
    "RuleCrash",
    "Session",
    "UsageError",
    "available_cores",
    "check_page",
    "display",
    "explain",
    "load_rules",
    "make_session",
    "pool_size",
    "resolve_selection",
    "run",
    "split_list",
]
