"""The ``re`` module with the patterns a module compiles at import compiled on first use.

A module imports it in place of ``re`` (``from ..core import lazy_re as re``) and writes its
patterns as before. ``re.compile(...)`` run by the module's own top level while it is imported
(``NAME = re.compile(...)``, a list or dict of patterns built there) returns a ``LazyPattern``,
which compiles the expression the first time one of its methods or attributes is asked for, then
keeps the compiled pattern's own bound methods on itself (later calls cost what calls on a
compiled pattern cost). Anywhere else (in a function: a pattern read from the settings, checked
with ``except re.error``) ``re.compile`` is ``re``'s own, and so is everything else the module
offers (``re.search``, ``re.escape``, the flags, ``re.Pattern``).

Why: the lint compiled about 400 regular expressions at import, and a run that selects every rule
imports the modules of rules that find nothing to read (the catalog and bibliography rules on a
run of pages) and the branches of the claims analysis a page never reaches: on the project's
nine pages about 85 patterns were compiled and never used. Such a pattern is now never compiled.
An invalid pattern of a module's own raises ``re.error`` at its first use instead of at import;
the tests use every module's patterns.

``pattern`` and ``flags`` are known without compiling (modules build patterns from other
patterns' ``.pattern``). A LazyPattern is not an ``re.Pattern``: call its own methods (``.compiled``
is the compiled object, for code that needs one).
"""

from __future__ import annotations

import re as _re
import sys
from re import *  # noqa: F403 - this module is ``re`` with a lazy ``compile``
from re import Match, Pattern, error, escape  # noqa: F401 - named for type checkers and readers
from typing import Any, cast

__all__ = [*_re.__all__, "LazyPattern"]

_compile = _re.compile


class LazyPattern:
    """A regular expression compiled on first use (see the module's docstring)."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    @property
    def compiled(self) -> Pattern:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = _compile(self.pattern, self.flags)
        return compiled

    def __getattr__(self, name: str) -> Any:
        # called only for what the instance does not hold yet: search, sub, groups, ...
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value  # the next look-up finds it on the instance
        return value

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}{', ' + str(self.flags) if self.flags else ''})"

    def __reduce__(self):
        return (compile, (self.pattern, self.flags))


# the frames of a comprehension or generator run by a module's top level (3.11 gives them their own)
_NESTED = frozenset({"<listcomp>", "<dictcomp>", "<setcomp>", "<genexpr>"})


def compile(pattern: str | bytes, flags: int = 0) -> Pattern:  # noqa: A001 - re.compile's name, on purpose
    """``re.compile(pattern, flags)``: compiled on first use when called by a module's top level
    (as it is imported), at once anywhere else. A compiled or lazy pattern is returned as is."""
    if isinstance(pattern, (Pattern, LazyPattern)):
        return cast(Pattern, pattern)
    caller = sys._getframe(1)
    while caller.f_code.co_name in _NESTED and caller.f_back is not None:
        caller = caller.f_back
    if caller.f_code.co_name != "<module>":
        return _compile(pattern, flags)
    return cast(Pattern, LazyPattern(pattern, flags))
