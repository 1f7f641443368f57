"""lint.core.lazy_re: the patterns a module compiles at import are compiled on first use."""

import importlib
import pkgutil
import re as std_re

import pytest

import lint
from lint.core import lazy_re


def test_a_pattern_of_a_module_top_level_waits_for_its_first_use():
    namespace = {"re": lazy_re}
    exec("WORD = re.compile(r'(\\w+)-(\\d+)', re.I)\nLISTED = [re.compile(p) for p in ('a', 'b')]", namespace)
    word = namespace["WORD"]
    assert isinstance(word, lazy_re.LazyPattern) and "_compiled" not in word.__dict__
    assert (word.pattern, word.flags) == (r"(\w+)-(\d+)", std_re.I)  # known without compiling
    assert "_compiled" not in word.__dict__
    assert word.search("see ABC-12").groups() == ("ABC", "12")
    assert word.groups == 2 and word.sub("x", "a-1 b-2") == "x x"
    assert word.compiled is std_re.compile(r"(\w+)-(\d+)", std_re.I)
    assert all(isinstance(p, lazy_re.LazyPattern) for p in namespace["LISTED"])


def test_a_pattern_compiled_in_a_function_is_compiled_at_once():
    """A function compiles patterns read from settings and reports a bad one with ``except re.error``."""

    def settings_pattern(source):
        try:
            return lazy_re.compile(source)
        except lazy_re.error as exc:
            return f"bad pattern: {exc}"

    assert isinstance(settings_pattern("a+"), std_re.Pattern)
    assert settings_pattern("(").startswith("bad pattern: missing )")


def test_a_bad_pattern_of_a_module_fails_at_its_first_use():
    namespace = {"re": lazy_re}
    exec("BAD = re.compile('(')", namespace)
    with pytest.raises(std_re.error):
        namespace["BAD"].search("x")


def _lazy_patterns(value, depth=0):
    if isinstance(value, lazy_re.LazyPattern):
        yield value
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _lazy_patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _lazy_patterns(item, depth + 1)


def test_every_deferred_pattern_of_the_lint_compiles():
    """A module's own patterns are compiled by no import any more: each one is compiled here, so a
    mistake in one fails this test instead of a run that reaches it."""
    found = 0
    for info in pkgutil.walk_packages(lint.__path__, prefix="lint."):
        if info.name == "lint.__main__":
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            for pattern in _lazy_patterns(value):
                try:
                    assert pattern.compiled.pattern == pattern.pattern
                except std_re.error as exc:
                    pytest.fail(f"{info.name}.{name}: {pattern.pattern!r}: {exc}")
                found += 1
    assert found > 200  # about 280 patterns of the lint's own modules wait for their first use
