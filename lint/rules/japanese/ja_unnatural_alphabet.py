"""JAS022: the textlint rule ja-unnatural-alphabet, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...errors import ConfigError
from ...findings import WARNING
from ...registry import rule
from ._common import prose_units, report_at, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page

JAPANESE = "[々〇〻\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff\uff00-\uffefぁ-んァ-ヶー。、・−]"
UNNATURAL = re.compile(f"{JAPANESE}([a-zA-Zａ-ｚＡ-Ｚ]){JAPANESE}")
DEFAULT_ALLOW = ["a", "i", "u", "e", "o", "n", "/[A-Z]/"]
COMMON_CASES = ["/[a-zA-Zａ-ｚＡ-Ｚ]言語/", "/[x-zX-Z]座標/", "/[x-zX-Z]軸/", "/Eメール/i"]
SLASHED = re.compile(r"^/(.*)/([gimsuy]*)$", re.S)


def _pattern(entry: str, code: str) -> re.Pattern[str]:
    """textlint's allow entry: "/body/flags" is a regular expression, any other string itself."""
    slashed = SLASHED.match(entry)
    if not slashed:
        return re.compile(re.escape(entry))
    flags = re.IGNORECASE if "i" in slashed.group(2) else 0
    try:
        return re.compile(slashed.group(1), flags)
    except re.error as exc:
        raise ConfigError(f"[tool.pvt-lint.rules.{code}] allow: {entry!r} is not a regular expression: {exc}") from None


@rule("JAS022", "ja-unnatural-alphabet", target="page", severity=WARNING, options=("allow", "allow_common_case"))
def ja_unnatural_alphabet(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A lone Latin letter between Japanese characters, an input-method slip (textlint: ja-unnatural-alphabet).

    What: finds one letter (a–z, A–Z, full width too) with Japanese on both sides
    (「リイr ース」, 「対応didしている」 is not: only single letters), in any prose. Not
    reported: the vowels and n (a, i, u, e, o, n: what an input method leaves behind on purpose
    as often as by mistake), capitals (「Aさん」), and, unless allow_common_case = false, C言語,
    X座標, X軸, Eメール.
    Why: a stray r or k left by the input method reads as a typo, and breaks search.
    Example: 「門脈血栓症のしんだrんは」 Fix: 「門脈血栓症の診断は」.
    Options: allow = ["a", "i", "u", "e", "o", "n", "/[A-Z]/"] (strings, or /regular
    expressions/, as in textlint); allow_common_case = true.
    """
    code = ctx.rule.code
    entries = list(ctx.option("allow", DEFAULT_ALLOW))
    if ctx.option("allow_common_case", True):
        entries += COMMON_CASES
    allowed = [_pattern(entry, code) for entry in entries]
    for unit in prose_units(page):
        text = unit.plain
        spans = None  # the allowed spans of the unit, found once (once per letter was quadratic)
        for match in UNNATURAL.finditer(text):
            if spans is None:
                spans = [(m.start(), m.end()) for pattern in allowed for m in pattern.finditer(text)]
            index = match.start(1)
            if any(start <= index <= end for start, end in spans):
                continue
            yield report_at(
                ctx,
                unit,
                index,
                f"unnatural letter 「{match.group(1)}」 inside Japanese (「{match.group()}」): an input-method slip?",
                context=shorten(match.group()),
            )
