"""CIT: every claim carries a citation that resolves to refs.bib.

The unit of checking is the sentence: each prose unit of a page (paragraph,
list item, table cell) is split with ``split_sentences`` and each citation role
belongs to the sentence it stands in, or to the sentence before it when it comes
right after the closing 。 (``{cite:p}`key``` before 。 is the house style; after
。 is tolerated). ``classify`` is shared with the runner's statistics.
"""

import difflib
import re
import unicodedata
from dataclasses import dataclass

from ..config import ConfigError
from ..parsing.text import split_sentences
from ..registry import rule

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
    value = ctx.option("CIT001", key, default)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{_where(ctx, key)}: must be a list of strings")
    return value


def _where(ctx, key):
    label = getattr(ctx, "config_label", "pyproject.toml")
    return f"{label}: [tool.pvt-lint.rules.uncited-claim] {key}"


def settings(ctx):
    """The CIT001 options, checked (ConfigError names the file and key)."""
    scope = ctx.option("CIT001", "scope", "block")
    if scope not in SCOPES:
        raise ConfigError(f"{_where(ctx, 'scope')}: must be \"block\" or \"sentence\", not {scope!r}")
    label_columns = ctx.option("CIT001", "label_columns", 0)
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


@rule("CIT001", "uncited-claim", target="page")
def uncited_claim(page, ctx):
    """Every factual sentence carries a citation; numbers and recommendations carry their own.

    What it checks: each sentence of the page's prose (paragraphs, list items,
    table cells, admonitions, containers). A sentence that states a number (a digit
    of any width: percentages, counts, durations, ranges such as 3〜6か月) or a
    treatment recommendation (推奨, 勧め, すべき, 検討, 考慮, 避け, 控え, 必要です,
    第一選択, 開始, 中止, 禁忌, 望ましい, ...) needs a {cite:p} role of its own. Any
    other sentence needs a citation in the same sentence or, with
    `scope = "block"` (the project's setting), anywhere in the same block (the same
    paragraph, list item or table cell).

    Exempt: headings and admonition titles, definition terms, questions (ending in
    ？ or ?), anything inside a `nonclaim` block (`:::{container} nonclaim`, the
    disclaimer), header cells of tables (GFM header rows, list-table
    `:header-rows:`), the first `label_columns` columns of tables, text without
    letters, items made only of links (navigation), a figure caption that is a
    title (one phrase without 。 and without a number), and directives that are not
    prose (toctree, code). Cross-references such as 第3部 are not numbers.

    Why: the article gives medical information to patients; a reader (and a
    reviewer) must be able to check every claim against its source, and a number or
    a recommendation must never rest on the citation of a neighbouring sentence.

    Options ([tool.pvt-lint.rules.uncited-claim]): scope = "block" | "sentence";
    label_columns = 0; recommendation_words = [...]; ignore_numbers = [regex, ...].

    Example violation:
        抗凝固療法は通常3〜6か月続けます。
    Fix (cite the source that gives the number, before the closing 。):
        抗凝固療法は通常3〜6か月続けます{cite:p}`source-key`。
    Text that makes no medical claim ("このページでは…を説明します。") goes in
    `:::{container} nonclaim`.
    """
    scope = settings(ctx)[0]
    for check in classify(page, ctx):
        if check.status != "uncited":
            continue
        line, column = check.position
        if check.reason == "number":
            message = f"sentence states a number ({check.trigger}) but has no citation of its own"
        elif check.reason == "recommendation":
            message = f"sentence recommends a treatment (「{check.trigger}」) but has no citation of its own"
        elif scope == "block":
            message = "sentence has no citation, and neither has its paragraph, list item or table cell"
        else:
            message = "sentence has no citation"
        yield ctx.finding(
            "CIT001", page.path, line, column, message, context=_context(check.sentence.text),
            suggestion="add {cite:p}`key` before the closing 。; text that makes no medical claim "
                       "goes in :::{container} nonclaim",
        )


def _bib_keys(ctx):
    bibliography = getattr(ctx, "bibliography", None)
    if bibliography is None:
        return None, ""
    keys = bibliography.keys
    keys = set(keys() if callable(keys) else keys)
    path = getattr(bibliography, "path", None)
    return keys, (str(path).rsplit("/", 1)[-1] if path else "the bibliography")


def _targets(content):
    """Citation keys as sphinxcontrib-bibtex reads them (``{pre}key{post}`` allowed); ValueError if malformed."""
    from sphinxcontrib.bibtex.citation_target import parse_citation_targets

    return [target.key for target in parse_citation_targets(content)]


@rule("CIT002", "unknown-citation-key", target="page")
def unknown_citation_key(page, ctx):
    """A citation key that refs.bib (or the --bib file) does not define.

    What it checks: each key of each citation role ({cite:p}`key1,key2`) against
    the keys of the project's bibliography. Keys are compared exactly (BibTeX
    tools compare them ignoring case, but the house style writes each key one way).

    Why: an unknown key builds as an unresolved "[?]" reference with only a
    build warning, and the sentence is left without the source it claims to have.

    Example violation:
        門脈は腸からの血液を肝臓へ運びます{cite:p}`msd-home-pv`。
    Fix (use the key defined in refs.bib):
        門脈は腸からの血液を肝臓へ運びます{cite:p}`msd-home-pvt`。
    """
    keys, bib_name = _bib_keys(ctx)
    if keys is None:
        return
    lowered = {k.lower(): k for k in keys}
    for unit in page.units:
        for role in unit.roles:
            if role.name not in VALID_ROLES:
                continue
            try:
                cited = _targets(role.content)
            except ValueError:
                continue  # CIT003 reports it
            for key in cited:
                if key in keys:
                    continue
                if key.lower() in lowered:
                    message = f"citation key {key!r} differs in case from {lowered[key.lower()]!r} in {bib_name}"
                    suggestion = f"write {lowered[key.lower()]!r}"
                else:
                    message = f"citation key {key!r} is not in {bib_name}"
                    close = difflib.get_close_matches(key, sorted(keys), n=1, cutoff=0.6)
                    suggestion = f"did you mean {close[0]!r}?" if close else ""
                yield ctx.finding("CIT002", page.path, role.line, role.column, message,
                                  context=f"{{{role.name}}}`{role.content}`", suggestion=suggestion)


@rule("CIT003", "malformed-citation-role", target="page")
def malformed_citation_role(page, ctx):
    """A citation role that sphinxcontrib-bibtex cannot read as intended.

    What it checks: roles whose name starts with "cite" or "footcite" must be one
    of sphinxcontrib-bibtex's roles ({cite}, {cite:p}, {cite:t}, {cite:ps},
    {cite:ts}, {cite:ct}, {cite:cts}, {cite:year}, ... and the {footcite:...}
    forms); the key list must not be empty, blank or hold an empty key (`a,,b`);
    and text such as `{cite:p }` or `{cite:p} `key`` (a space inside the braces or
    between the braces and the backtick), which MyST does not read as a role at
    all, is reported too.

    Why: a misspelt role or an empty key either fails the build with an unclear
    message or, worse, prints the raw markup in the article and leaves the
    sentence without its citation.

    Example violations:
        肝臓へ運びます{citep}`msd-home-pvt`。
        肝臓へ運びます{cite:p}`msd-home-pvt,,easl-2016`。
        肝臓へ運びます{cite:p }`msd-home-pvt`。
    Fix:
        肝臓へ運びます{cite:p}`msd-home-pvt,easl-2016`。
    """
    for unit in page.units:
        for role in unit.roles:
            if not is_cite_role(role.name):
                continue
            context = f"{{{role.name}}}`{role.content}`"
            if role.name not in VALID_ROLES:
                close = difflib.get_close_matches(role.name, sorted(VALID_ROLES), n=1, cutoff=0.5)
                yield ctx.finding(
                    "CIT003", page.path, role.line, role.column,
                    f"unknown citation role {{{role.name}}}", context=context,
                    suggestion=f"write {{{close[0]}}}" if close else "write {cite:p}",
                )
                continue
            if not role.content.strip():
                yield ctx.finding("CIT003", page.path, role.line, role.column,
                                  "citation role has no key", context=context,
                                  suggestion="write the key from refs.bib between the backticks")
                continue
            if any(not part.strip() for part in role.content.split(",")):
                yield ctx.finding("CIT003", page.path, role.line, role.column,
                                  f"citation role has an empty key in {role.content!r}", context=context,
                                  suggestion="separate keys with single commas: {cite:p}`key1,key2`")
                continue
            try:
                _targets(role.content)
            except ValueError:
                yield ctx.finding("CIT003", page.path, role.line, role.column,
                                  f"citation keys {role.content!r} cannot be read", context=context,
                                  suggestion="separate keys with commas, without spaces inside a key")
        for match in LOOSE_ROLE_RE.finditer(unit.plain):
            line, column = unit.position(match.start())
            yield ctx.finding(
                "CIT003", page.path, line, column,
                f"{match.group()} is not read as a citation role",
                context=match.group(),
                suggestion="write {cite:p}`key`: no space inside the braces or before the backtick, "
                           "and the key between the backticks",
            )
