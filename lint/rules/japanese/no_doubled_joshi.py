"""JAS004: the textlint rule no-doubled-joshi, in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...findings import WARNING
from ...japanese.tokenizer import tokenize
from ...registry import rule
from ._common import PARAGRAPH_KINDS, prose_units, report_at, sentences_of, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page


def _is_joshi(token):
    return token.pos.startswith("助詞")


def _concat_joshi(tokens):
    """Merge runs of particles into one token (では, には, とは ...), as textlint does."""
    merged = []
    for token in tokens:
        if merged and _is_joshi(token) and _is_joshi(merged[-1]):
            prev = merged[-1]
            merged[-1] = prev._replace(
                surface_form=prev.surface_form + token.surface_form,
                pos=prev.pos + token.pos,
                pos_detail_1=prev.pos_detail_1 + token.surface_form,
            )
        else:
            merged.append(token)
    return merged


def _joshi_exception(group, tokens):
    first = group[0]
    if first.pos_detail_1 == "連体化":  # の
        return True
    if first.pos_detail_1 == "格助詞" and first.surface_form == "を":
        return True
    if first.pos_detail_1 == "接続助詞" and first.surface_form == "て":
        return True
    if len(group) == 2 and all(t.pos_detail_1 == "並立助詞" for t in group):  # 〜たり〜たり
        return True
    if len(group) == 2 and all(t.surface_form == "か" for t in group):  # 〜かどうか
        position = tokens.index(group[1])
        if position > 0 and tokens[position - 1].surface_form == "どう":
            return True
    return False


DOUBLED_JOSHI_SEPARATORS = (".", "．", "。", "?", "!", "？", "！")


@rule(
    "JAS004",
    "no-doubled-joshi",
    target="page",
    severity=WARNING,
    needs_tokenizer=True,
    options=("min_interval", "strict", "allow"),
)
def no_doubled_joshi(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """The same particle twice in a row in one sentence (textlint: no-doubled-joshi).

    What: in each sentence of paragraphs and list items, finds the same particle
    (same form and part of speech: は, が, に, で, と ...) used twice with no other
    particle, 、 or bracket between them. Consecutive particles count as one (では,
    には). Not reported, as in textlint: の, を, て, 〜たり〜たり, 〜かどうか.
    Why: 「肝臓は門脈は…」 reads as a stammer and hides which noun is the topic.
    Example: 「門脈血栓症は治療は抗凝固療法が中心です。」
    Fix: 「門脈血栓症の治療は、抗凝固療法が中心です。」
    Options: min_interval = 1; strict = false (true: no exceptions, 、 does not
    separate); allow = [] (particles never reported, e.g. ["も", "や"]).
    """
    interval = ctx.option("min_interval", 1)
    strict = ctx.option("strict", False)
    allow = set(ctx.option("allow", []))
    commas = ("、", "，")
    for unit in prose_units(page, PARAGRAPH_KINDS, quotes=False):
        for sentence in sentences_of(unit):
            text, to_plain = _code_masked(unit, sentence)
            tokens = _concat_joshi(tokenize(text))
            if strict:
                countable = [t for t in tokens if _is_joshi(t)]
            else:
                countable = [
                    t
                    for t in tokens
                    if _is_joshi(t)
                    or (t.pos == "記号" and t.pos_detail_1 in ("括弧開", "括弧閉"))
                    or t.surface_form in DOUBLED_JOSHI_SEPARATORS
                    or (t.surface_form in commas and t.pos in ("名詞", "記号"))
                ]
            position = {id(t): i for i, t in enumerate(countable)}
            groups: dict[tuple, list] = {}
            for token in countable:
                if _is_joshi(token):
                    key = (token.surface_form, token.pos, token.pos_detail_1, token.pos_detail_2, token.pos_detail_3)
                    groups.setdefault(key, []).append(token)
            index = {id(t): i for i, t in enumerate(tokens)}  # the word before a particle, in O(1)
            for key, group in groups.items():
                name = key[0]
                if name in allow or len(group) <= 1:
                    continue
                if not strict and _joshi_exception(group, tokens):
                    continue
                for prev, current in zip(group, group[1:], strict=False):
                    if position[id(current)] - position[id(prev)] <= interval:
                        yield report_at(
                            ctx,
                            unit,
                            to_plain(current.start),
                            f"particle 「{name}」 twice in one sentence "
                            f"(…{_word_before(tokens, prev, index)}{name}…{_word_before(tokens, current, index)}{name}); "
                            "reorder or split the sentence",
                            context=shorten(sentence.text, 120),
                        )


def _code_masked(unit, sentence):
    """The sentence with each inline code span put back as as many ー (textlint's mask: `obj.method`
    between two は separates nothing), and a function from an index of it to the unit's plain index."""
    spans = [
        (offset, length) for offset, length in unit.code_spans if sentence.start < offset < sentence.end and length
    ]
    if not spans:
        return sentence.text, lambda index: sentence.start + index
    pieces, inserted, last = [], [], sentence.start
    for offset, length in spans:
        pieces += [unit.plain[last:offset], "ー" * length]
        inserted.append((offset - sentence.start + sum(n for _, n in inserted), length))
        last = offset
    pieces.append(unit.plain[last : sentence.end])

    def to_plain(index):
        shift = sum(min(length, max(0, index - at)) for at, length in inserted)
        return sentence.start + index - shift

    return "".join(pieces), to_plain


def _word_before(tokens, token, index):
    at = index[id(token)]
    return tokens[at - 1].surface_form if at > 0 else ""
