"""JAS005: the textlint rule no-mix-dearu-desumasu, in Python."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...errors import ConfigError
from ...japanese.tokenizer import tokenize
from ...registry import rule
from ._common import in_link, prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


DESU, MASU, DA = "特殊・デス", "特殊・マス", "特殊・ダ"


def _is_last(tokens, index):
    """textlint's isLastToken: is the style word at ``index`` the end of a sentence?"""
    for token in tokens[index + 1 :]:
        if (
            "、" in token.surface_form
            or "。" in token.surface_form
            or "特殊" in token.conjugated_type
            or token.pos == "名詞"
        ):
            return bool(re.search("[!?！？。]", token.surface_form))
    return True


def _styles(tokens, strict):
    """(kind, plain index, value) for each である / ですます among ``tokens`` (analyze-desumasu-dearu)."""
    found = []
    for index, token in enumerate(tokens):
        ctype = token.conjugated_type
        if ctype == DA:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if (
                token.pos == "助動詞"
                and token.conjugated_form == "連用形"
                and following is not None
                and following.conjugated_type == "五段・ラ行アル"
            ):
                if strict or _is_last(tokens, index):
                    found.append(("である", token.start, token.surface_form + following.surface_form))
        elif ctype in (DESU, MASU):
            if token.basic_form == "やす" or token.conjugated_form != "基本形":
                continue
            if strict or _is_last(tokens, index):
                found.append(("ですます", token.start, token.surface_form))
    return found


@rule(
    "JAS005",
    "no-mix-dearu-desumasu",
    target="page",
    needs_tokenizer=True,
    options=("strict", "prefer_in_body", "prefer_in_list", "prefer_in_header"),
)
def no_mix_dearu_desumasu(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """である調 mixed with ですます調 (textlint: no-mix-dearu-desumasu).

    What: the body of a page (paragraphs) must be ですます調: each sentence-final
    「である」 is reported. Headings and list items are checked separately and
    automatically: when both styles occur among them, the less frequent one is
    reported. Only sentence-final forms count (「〜であるが」 is fine).
    Why: a patient page speaks to the reader in one voice; mixing the two styles
    reads as careless copy-and-paste.
    Example: 「門脈血栓症はまれな病気である。治療法があります。」
    Fix: 「門脈血栓症はまれな病気です。」
    Options: prefer_in_body = "ですます"; prefer_in_list = "" (automatic);
    prefer_in_header = "" (automatic); strict = false. Deliberate difference from
    the textlint preset: its preferInList is "である"; the house writes list items
    as full ですます sentences, so lists are automatic here.
    """
    strict = ctx.option("strict", False)
    prefer = {
        "body": ctx.option("prefer_in_body", "ですます"),
        "list": ctx.option("prefer_in_list", ""),
        "header": ctx.option("prefer_in_header", ""),
    }
    for part, value in prefer.items():
        if value not in ("", "ですます", "である"):
            raise ConfigError(
                f'[tool.pvt-lint.rules.JAS005] prefer_in_{part}: must be "ですます", '
                f'"である" or "" (automatic), not {value!r}'
            )
    label = {"body": "body", "list": "list items", "header": "headings"}
    part_of = {"paragraph": "body", "list-item": "list", "heading": "header"}
    hits: dict[str, dict[str, list]] = {part: {"である": [], "ですます": []} for part in prefer}
    # what a sentence must contain to hold a style word the part needs (no analysis otherwise)
    needed = {"ですます": ("であ",), "である": ("です", "ます"), "": ("であ", "です", "ます")}
    for unit in prose_units(page, tuple(part_of), quotes=False):
        part = part_of[unit.kind]
        hints = needed.get(prefer[part], needed[""])
        for sentence in sentences_of(unit):
            if not any(h in sentence.text for h in hints):
                continue
            for kind, index, value in _styles(tokenize(sentence.text), strict):
                if in_link(unit, sentence.start + index):
                    continue  # link text: textlint skips it
                hits[part][kind].append((unit, sentence.start + index, value))
    for part, found in hits.items():
        dearu, desumasu = found["である"], found["ですます"]
        preferred = prefer[part]
        if preferred == "ですます":
            wrong, keep = dearu, "ですます"
        elif preferred == "である":
            wrong, keep = desumasu, "である"
        elif dearu and desumasu:
            keep = "である" if len(dearu) > len(desumasu) else "ですます"
            wrong = desumasu if keep == "である" else dearu
        else:
            continue
        counts = "" if preferred else f" (である: {len(dearu)}, ですます: {len(desumasu)})"
        for unit, index, value in wrong:
            yield report_at(
                ctx,
                unit,
                index,
                f"「{value}」 in {label[part]} written in {keep}調{counts}; use {keep}調",
                context=shorten(unit.plain, 120),
            )
