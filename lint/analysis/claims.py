"""Sentences and claims: which sentence of a page states something that needs a citation.

The unit of checking is the sentence: each prose unit of a page (paragraph,
list item, table cell) is split with ``split_sentences`` and each citation role
belongs to the sentence it stands in, or to the sentence before it when it comes
right after the closing 。 (``{cite:p}`key``` before 。 is the house style; after
。 is tolerated). ``classify`` serves the CIT rules and the run's statistics.

The settings are those of the uncited-claim rule (CIT001): ``settings(ctx)``
takes a rule context bound to it.
"""

import re
import unicodedata
from dataclasses import dataclass

from ..errors import ConfigError
from ..parsing.text import split_sentences

# sphinxcontrib-bibtex 2.7 roles (BibtexDomain._role_names and BibtexFootDomain._role_names;
# tests/lint/test_citations.py checks these against the installed package).
CITE_ROLE_NAMES = (
    "p", "ps", "t", "ts", "ct", "cts", "empty", "alp", "alps", "label", "labelpar", "year",
    "yearpar", "author", "authors", "authorpar", "authorpars", "cauthor", "cauthors",
)
FOOTCITE_ROLE_NAMES = ("p", "ps", "t", "ts", "ct", "cts")
VALID_ROLES = frozenset(
    ("cite", "footcite", *(f"cite:{n}" for n in CITE_ROLE_NAMES),
     *(f"footcite:{n}" for n in FOOTCITE_ROLE_NAMES))
)

# Words that make a sentence a treatment recommendation (option `recommendation_words`).
RECOMMENDATION_WORDS = [
    "推奨", "勧め", "勧告", "すすめ", "すべき", "べきです", "検討", "考慮", "避け", "控え",
    "必要です", "必要があります", "第一選択", "開始", "中止", "禁忌", "望ましい",
]
# Digits that are not data: cross-references to the parts of the article (option `ignore_numbers`).
IGNORE_NUMBERS = [r"第[0-9０-９]+部"]
SCOPES = ("block", "sentence")
# A number as the message shows it: digits of any width (str.isdigit / \d is Unicode), with
# decimals, a range and a percent sign: 71%, ０.６〜１６％, 3〜6.
NUMBER_RE = re.compile(r"\d+(?:[.,．，]\d+)*(?:\s*[〜~～\-–]\s*\d+(?:[.,．，]\d+)*)?\s*[%％]?")
QUESTION_MARKS = ("？", "?")
CLOSING = "）)」』】］]〕”’》〉 　"
# Text that looks like a cite role but that MyST did not read as one, e.g. `{cite:p }` or `{cite:p} `.
LOOSE_ROLE_RE = re.compile(r"\{\s*(?:foot)?cite[^{}`\n]*\}")


def is_cite_role(name):
    """A role meant as a citation (valid or not): cite, cite:p, footcite, citep, ..."""
    return name.startswith("cite") or name.startswith("footcite")


@dataclass
class SentenceCheck:
    unit: object
    sentence: object
    status: str  # cited | exempt | uncited
    reason: str  # exemption (heading, question, ...) or need (number, recommendation, claim)
    own: bool  # the sentence carries a citation itself
    trigger: str = ""  # the number or word that made the sentence need its own citation

    @property
    def position(self):
        return self.unit.position(self.sentence.start)


def _option_list(ctx, key, default):
    value = ctx.option(key, default)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{_where(ctx, key)}: must be a list of strings")
    return value


def _where(ctx, key):
    label = (ctx.config_label or "pyproject.toml")
    return f"{label}: [tool.pvt-lint.rules.uncited-claim] {key}"


def settings(ctx):
    """The CIT001 options, checked (ConfigError names the file and key)."""
    scope = ctx.option("scope", "block")
    if scope not in SCOPES:
        raise ConfigError(f"{_where(ctx, 'scope')}: must be \"block\" or \"sentence\", not {scope!r}")
    label_columns = ctx.option("label_columns", 0)
    if not isinstance(label_columns, int) or isinstance(label_columns, bool) or label_columns < 0:
        raise ConfigError(f"{_where(ctx, 'label_columns')}: must be a whole number (0 or more)")
    words = _option_list(ctx, "recommendation_words", RECOMMENDATION_WORDS)
    patterns = []
    for pattern in _option_list(ctx, "ignore_numbers", IGNORE_NUMBERS):
        try:
            patterns.append(re.compile(pattern))
        except re.error as exc:
            raise ConfigError(f"{_where(ctx, 'ignore_numbers')}: bad pattern {pattern!r}: {exc}")
    return scope, label_columns, words, patterns


def _has_letters(text):
    return any(unicodedata.category(ch).startswith("L") for ch in text)


def _unit_exemption(unit, label_columns):
    if unit.kind == "heading":
        return "heading"
    if unit.kind == "term":
        return "term"
    if unit.nonclaim:
        return "nonclaim"
    if unit.cell and unit.cell[2]:
        return "header-cell"
    if unit.cell and unit.cell[1] < label_columns:
        return "label-column"
    if not _has_letters(unit.plain):
        return "no-letters"
    if unit.links and _only_link_text(unit):
        return "navigation-link"
    return None


def _only_link_text(unit):
    """Every letter of the unit is link text: a navigation item such as [よくある質問](faq.md)."""
    inside = set()
    for link in unit.links:
        inside.update(range(link.plain_start, link.plain_end))
    return all(i in inside for i, ch in enumerate(unit.plain) if _has_letters(ch))


def _sentence_exemption(sentence):
    if sentence.text.rstrip(CLOSING).endswith(QUESTION_MARKS):
        return "question"
    if not _has_letters(sentence.text):
        return "no-letters"
    return None


def _is_caption_title(unit, sentences):
    """A figure caption that is a title (one phrase, no 。), not a statement."""
    return (bool(unit.containers) and unit.containers[-1] == "figure" and len(sentences) == 1
            and not sentences[0].terminated)


def _owner(sentences, offset):
    """Index of the sentence a citation at plain ``offset`` belongs to."""
    owner = 0
    for i, sentence in enumerate(sentences):
        if sentence.start < offset:
            owner = i
    return owner


def _need(text, words, patterns):
    """("number", digit) | ("recommendation", word) | ("claim", "")."""
    for pattern in patterns:
        text = pattern.sub(lambda m: "_" * len(m.group()), text)
    number = NUMBER_RE.search(text)
    if number is not None:
        return "number", number.group()
    found = [(text.index(w), -len(w), w) for w in words if w and w in text]
    if found:
        return "recommendation", min(found)[2]  # the word that comes first in the sentence
    return "claim", ""


def classify(page, ctx):
    """Every sentence of a page with its status: cited, exempt or uncited."""
    scope, label_columns, words, patterns = settings(ctx)
    cited_blocks = {u.block_id for u in page.units if any(is_cite_role(r.name) for r in u.roles)}
    checks = []
    for unit in page.units:
        sentences = split_sentences(unit.plain)
        owned = set()
        for role in unit.roles:
            if is_cite_role(role.name) and sentences:
                owned.add(_owner(sentences, role.plain_offset))
        unit_reason = _unit_exemption(unit, label_columns)
        for i, sentence in enumerate(sentences):
            own = i in owned
            reason = unit_reason or _sentence_exemption(sentence)
            if reason:
                checks.append(SentenceCheck(unit, sentence, "exempt", reason, own))
                continue
            need, trigger = _need(sentence.text, words, patterns)
            if _is_caption_title(unit, sentences) and need == "claim" and not own:
                checks.append(SentenceCheck(unit, sentence, "exempt", "caption-title", own))
                continue
            if own or (need == "claim" and scope == "block" and unit.block_id in cited_blocks):
                checks.append(SentenceCheck(unit, sentence, "cited", need, own, trigger))
            else:
                checks.append(SentenceCheck(unit, sentence, "uncited", need, own, trigger))
    return checks


def _context(text):
    """The sentence on one line (a line break inside Japanese prose joins without a space)."""
    parts = [p.strip() for p in text.split("\n")]
    out = parts[0]
    for part in parts[1:]:
        joiner = " " if out and part and out[-1].isascii() and part[0].isascii() else ""
        out += joiner + part
    return out
