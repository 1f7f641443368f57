"""JAS024: the textlint rule ja-no-abusage, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...errors import ConfigError
from ...findings import WARNING
from ...japanese.expressions import load_expressions
from ...japanese.phrases import DATA, load_token_phrases
from ...japanese.tokenizer import match_sequences, tokenize
from ...registry import rule
from ._common import in_link, prose_units, report_at, sentences_of

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page, ProseUnit

# both parts of the rule: [[phrase]] (morpheme patterns) and [[expression]] (prh's dictionary)
ABUSAGE = DATA / "ja-abusage.toml"


def _across_code(unit: ProseUnit, start: int, end: int) -> bool:
    """Whether inline code was removed inside ``unit.plain[start:end]``: textlint's text nodes end at
    inline code, so a match across it is two pieces of text to textlint, not one expression."""
    return any(start < offset < end for offset, length in unit.code_spans if length)


@rule("JAS024", "ja-no-abusage", target="page", severity=WARNING, needs_tokenizer=True, options=("disabled",))
def ja_no_abusage(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """A commonly misused word or expression (textlint: ja-no-abusage).

    What: in all prose (paragraphs, list items, headings, table cells), two dictionaries of
    lint/data/ja-abusage.toml. On MeCab's words: 「〜を適応する」 for 適用 (not when 適応 is a
    noun: 「〜を適応とする」, the medical indication), 「可変する」, 「〜ずらい」 for 〜づらい.
    On the text, textlint's prh dictionary of 73 misused expressions and idioms (値を返却する,
    怒り心頭に達する, 目が止まる, 固定概念, 絶対絶命, 一同に会する, ...); this part skips link
    text and block quotes, as textlint-rule-prh does, but reads emphasis, which it skips.
    Why: a misused word reads as a mistake and can change the meaning (適応 is also the
    medical "indication"); readers who notice it trust the page less.
    Example: 「規則を適応する」「読みずらい」「固定概念」
    Fix: 「規則を適用する」「読みづらい」「固定観念」 (the finding shows what to write).
    Options: disabled = [] (entries not to report: a [[phrase]] by its name, e.g. "可変する", an
    [[expression]] by its regex or text, e.g. "固定概念").
    """
    phrases = load_token_phrases(ABUSAGE)
    expressions = load_expressions(ABUSAGE)
    disabled = set(ctx.option("disabled", []))
    unknown = sorted(disabled - {p.name for p in phrases} - {e.source for e in expressions})
    if unknown:
        raise ConfigError(
            f"[tool.pvt-lint.rules.{ctx.rule.name}] disabled: {unknown[0]!r} is not an entry of {ABUSAGE.name} "
            "(a [[phrase]] name, or an [[expression]]'s regex or text)"
        )
    phrases = tuple(p for p in phrases if p.name not in disabled)
    expressions = tuple(e for e in expressions if e.source not in disabled)
    for unit in prose_units(page):
        text = unit.plain
        if not unit.quoted:
            for expression in expressions:
                for match in expression.pattern.finditer(text):
                    actual, expected = match.group(), expression.replacement(match)
                    if (
                        actual == expected
                        or in_link(unit, match.start())
                        or _across_code(unit, match.start(), match.end())
                    ):
                        continue
                    yield report_at(
                        ctx,
                        unit,
                        match.start(),
                        f"misused expression 「{actual}」: write 「{expected}」"
                        + (f"; {expression.note}" if expression.note else ""),
                        context=actual,
                        suggestion=expected,
                    )
        for sentence in sentences_of(unit):
            # a phrase cannot match a sentence without its fixed words: MeCab is not run for nothing
            candidates = [p for p in phrases if all(any(s in sentence.text for s in allowed) for allowed in p.surfaces)]
            if not candidates:
                continue
            tokens = tokenize(sentence.text)
            for phrase in candidates:
                for first, matched in match_sequences(tokens, phrase.pattern):
                    start, end = sentence.start + matched[0].start, sentence.start + matched[-1].end
                    if not phrase.followed_ok(tokens, first + len(matched)) or _across_code(unit, start, end):
                        continue
                    found = "".join(t.surface_form for t in matched)
                    expected = phrase.expand(phrase.rewrite, matched) if phrase.rewrite else ""
                    reason = phrase.note or phrase.name
                    message = f"misused expression 「{found}」: " + (
                        f"write 「{expected}」; {reason}" if expected else reason
                    )
                    yield report_at(ctx, unit, start, message, context=found, suggestion=expected)
