"""What several JAS rules share: which units they read, sentences, options, positions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...errors import ConfigError
from ...parsing.text import Sentence, split_sentences

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page, ProseUnit

# textlint's Paragraph nodes: what "paragraph rules" check
PARAGRAPH_KINDS = ("paragraph", "list-item")
# every unit of prose: what "text rules" check
ALL_KINDS = ("paragraph", "list-item", "heading", "table-cell", "term", "caption")

BARE_URL = re.compile(r"https?://[^\s<>「」『』（）、。]+")


def prose_units(
    page: Page, kinds: tuple[str, ...] = ALL_KINDS, *, quotes: bool = True, footnotes: bool = True
) -> Iterator[ProseUnit]:
    """The units of ``page`` of these kinds that hold any prose.

    ``quotes=False`` leaves out block quotes and ``footnotes=False`` footnote definitions, as the
    textlint rule being ported does (``helper.isChildNode(node, [Syntax.BlockQuote, ...])``).
    """
    for unit in page.units:
        if (
            unit.kind in kinds
            and unit.plain.strip()
            and (quotes or not unit.quoted)
            and (footnotes or not unit.footnote)
            and not unit.raw_html  # textlint's Markdown plugin never reads an Html node's text
        ):
            yield unit


def in_link(unit: ProseUnit, index: int) -> bool:
    """Whether ``unit.plain[index]`` is link text, which most of textlint's Japanese rules skip."""
    return any(link.plain_start <= index < link.plain_end for link in unit.links)


def only_a_link(unit: ProseUnit) -> bool:
    """The unit is one link and nothing else (textlint's sentence-length skips such a paragraph)."""
    text = unit.plain
    return any(
        link.plain_start <= len(text) - len(text.lstrip()) and link.plain_end >= len(text.rstrip())
        for link in unit.links
        if link.plain_end > link.plain_start
    )


def sentences_of(unit: ProseUnit) -> list[Sentence]:
    """The unit's sentences, computed once per unit."""
    # cached on the unit itself: a page is checked by all its rules in turn, each asking again
    cached = unit.__dict__.get("_jas_sentences")
    if cached is None:
        cached = unit.__dict__["_jas_sentences"] = split_sentences(unit.plain)
    return cached


def option_regexes(ctx: RuleContext, key: str) -> list[re.Pattern[str]]:
    """A rule option holding a list of regular expressions, compiled; ConfigError names a bad one."""
    compiled = []
    code = ctx.rule.code
    for source in ctx.option(key, []):
        try:
            compiled.append(re.compile(source))
        except re.error as exc:
            raise ConfigError(
                f"[tool.pvt-lint.rules.{code}] {key}: {source!r} is not a regular expression: {exc}"
            ) from None
    return compiled


def report_at(
    ctx: RuleContext, unit: ProseUnit, index: int, message: str, *, context: str = "", suggestion: str = ""
) -> Finding:
    """A finding at the page position of ``unit.plain[index]``."""
    line, column = unit.position(index)
    return ctx.report(line, column, message, context=context, suggestion=suggestion)


def without_urls(text: str) -> str:
    """``text`` with bare URLs (which markdown-it leaves in the prose) removed."""
    return BARE_URL.sub("", text) if "://" in text else text


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters (the finding's context).

    Only the first ``limit`` characters after line breaks are removed are looked at, so a rule
    that reports many times in a long sentence does not copy the whole sentence each time.
    """
    head, newlines = [], 0
    for ch in text:  # stops as soon as limit + 1 characters are kept
        if ch == "\n":
            newlines += 1
            continue
        head.append(ch)
        if len(head) > limit:
            return "".join(head[: limit - 1]) + "…"
    return "".join(head)
