"""Block structure, HTML, format placeholders, whitespace and sentences of a message (TRN012–TRN015).

Sphinx translates a paragraph by parsing the msgstr again as Markdown: when the
English is no longer one paragraph (a list marker, a heading, a directive fence
or a blank line appeared), Sphinx drops the translation without a warning and
the English page shows the Japanese. These helpers say what changed, in words
a translator can act on. ``placeholders`` reads python-format (``%s``,
``%(name)d``) and python-brace-format (``{year}``, ``{0}``) placeholders;
``format_problem`` tries the translation as Python would use it.
"""

from __future__ import annotations

import html
import string
import unicodedata
from collections import Counter
from functools import lru_cache
from html.entities import codepoint2name, html5
from html.parser import HTMLParser
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_data_toml
from ..core.html_safety import URL_ATTRIBUTES
from ..errors import ConfigError

# A line that Markdown reads as the start of another block.
_BLOCK_RE = re.compile(
    r"^[ \t]{0,3}(?:(?P<list>[-*+][ \t]|\d{1,9}[.)][ \t])|(?P<heading>#{1,6}(?:[ \t]|$))|(?P<quote>>)"
    r"|(?P<fence>```|~~~|:::)|(?P<rule>(?:[-*_][ \t]*){3,}$)|(?P<table>\|)|(?P<target>\([\w-]+\)=)"
    r"|(?P<directive>\.\. \w+::))",
    re.MULTILINE,
)
_BLOCK_NAMES = {
    "list": "a list marker",
    "heading": "a heading marker",
    "quote": "a block quote marker",
    "fence": "a code or directive fence",
    "rule": "a horizontal rule",
    "table": "a table row",
    "target": "a label",
    "directive": "a directive",
}
_TAG_NAME_RE = re.compile(r"[a-z][a-z0-9-]*")
# A character or entity reference (&nbsp; &#160; &#xA0; &amp;), with or without its semicolon.
_REFERENCE_RE = re.compile(r"&(?P<name>[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6})(?P<semicolon>;?)")
# The names HTML reads even without a semicolon (&amp, &nbsp, &lt): written so, they are a slip.
_LEGACY = tuple(name for name in html5 if not name.endswith(";"))
_CODE_RE = re.compile(r"`+[^`]*`+")
_ROLE_RE = re.compile(r"\{[\w:.-]+\}`+[^`]*`+")  # a MyST role, {cite:p}`key`
# (not a directive's name after its fence, :::{note} or ```{warning}: an added directive is TRN012's, and was reported as
# a placeholder {note} too: from an independent check of issue 12)
# (fiftieth session) a format spec may hold spaces ({date:%B %d, %Y}); the field's name may not
_BRACE_RE = re.compile(r"(?<!\{)(?<!:::)(?<!```)\{(?P<field>[^{}`\s:]*(?::[^{}`\n]*)?)\}(?!\})(?!`)")
# (thirty-third session) a C format's argument may be numbered (%1$s, %2$d), as gettext allows for reordering
_PERCENT_RE = re.compile(
    r"%(?:\((?P<name>[^)%]*)\)|\d+\$)?[#0 +-]*(?:\*|\d+)?(?:\.(?:\*|\d+))?(?:hh|h|ll|l|L|q|j|z|t)?"
    r"(?P<type>[diouxXeEfFgGcrsap%])?"
)
BRACE_FLAG, PERCENT_FLAG = "python-brace-format", "python-format"
# the flags that declare a printf format: Python's own and C's (gettext marks a C format string c-format; its
# placeholders are read the same way, %d and %s told apart, so a %d turned into %s is a changed placeholder)
PERCENT_FLAGS = frozenset({PERCENT_FLAG, "c-format"})


# (fifty-sixth session) a percent placeholder no prose writes: a named one (%(name)s) or a bare %s, %d, %i, %f with no
# digit or Latin letter before it and no Latin letter after it (not the 50% of "50%d", the space flag of "50% increase");
# ASCII digits only, as Python's % reads them; possessive, so that a run of digits is read once
_WRITTEN_PERCENT_RE = re.compile(
    r"%\(\w+\)[#0+-]*+(?:[1-9][0-9]*+)?(?:\.[0-9]++)?[diouxXeEfFgGcrs]"
    r"|(?<![0-9A-Za-z%０-９])%[#0+-]*+(?:[1-9][0-9]*+)?(?:\.[0-9]++)?[sdif](?![A-Za-z])"
)
# the flags that say what format an entry is, or that it is none
_FORMAT_DECLARED = frozenset({PERCENT_FLAG, "c-format", "no-python-format", "no-c-format", BRACE_FLAG})
# (fifty-sixth session) the lint's own mark of a percent format read from the source's placeholders, never a flag of the
# catalog: only placeholders as _WRITTEN_PERCENT_RE reads them count on both sides (a stray % or the space flag of
# "5% glucose" is prose there), brace fields are read as before, and nothing is formatted unless the caller says so
INFERRED_PERCENT_FLAG = "python-format (read from its placeholders)"


def format_flags(source: str, flags: tuple) -> tuple:
    """The entry's flags, with INFERRED_PERCENT_FLAG added when the source writes a percent placeholder (outside code
    spans, roles and brace fields) and has no brace placeholder, and no flag says what format it is: Babel's extractor
    and xgettext mark such a string python-format when they take it from code, and three fresh corpora wrote %s and
    %(name)s with no flag (a dropped one went unreported)."""
    if _FORMAT_DECLARED & set(flags) or placeholders(source, flags):
        return flags  # a brace placeholder makes the entry brace-format, read as before (from the review)
    return (*flags, INFERRED_PERCENT_FLAG) if _written_percent(source) else flags


def _written_percent(text: str) -> list[str]:
    """The percent placeholders _WRITTEN_PERCENT_RE finds outside code spans, roles, brace fields and a date's format
    written out (%Y-%m-%d, %H:%M: a run of directives with one that no printf has)."""
    text = _BRACE_FIELD_RE.sub(" ", _CODE_RE.sub(" ", text))
    text = _DIRECTIVE_RUN_RE.sub(
        lambda m: " " if any(d[-1] not in "sdifr" for d in STRFTIME_RE.findall(m.group())) else m.group(), text
    )
    return _WRITTEN_PERCENT_RE.findall(text)


# two directives or more in a row, joined by a date's separators (%Y-%m-%d, %Y/%m/%d, %H:%M)
_DIRECTIVE_RUN_RE = re.compile(r"(?:%[-_#0^]?[A-Za-z][-/:. ]?){2,}")


_BRACE_FIELD_RE = re.compile(r"\{[^{}]*\}")


# A pipe that splits a table cell: unescaped (not \|), outside code spans and roles. A message may be
# one cell's text, and a "|" added there makes another column (GFM and MyST tables).
_CELL_SEPARATOR_RE = re.compile(r"(?<!\\)\|")


def _cell_separators(text: str) -> int:
    """The pipes of ``text`` that split table cells: not escaped, not in inline code or a role."""
    return len(_CELL_SEPARATOR_RE.findall(_ROLE_RE.sub(" ", _CODE_RE.sub(" ", text))))


def blocks(text: str) -> Counter:
    """The block markers of a message and its blank lines, as named counts."""
    found: Counter[str] = Counter()
    for match in _BLOCK_RE.finditer(text):
        if match.lastgroup == "heading":
            # (seventeenth session) by level: a heading of another level is another block (### → ##)
            level = match.group("heading").count("#")
            found[f"a heading marker ({'#' * level})"] += 1
            continue
        found[_BLOCK_NAMES[match.lastgroup or "list"]] += 1
    rows = sum(1 for m in _BLOCK_RE.finditer(text) if m.lastgroup == "table")
    separators = _cell_separators(text) - rows
    if separators > 0:
        found["a table cell separator (|)"] += separators
    if re.search(r"\n[ \t]*\n", text.strip("\n")):
        found["a blank line (a second paragraph)"] += text.strip("\n").count("\n\n") or 1
    return found


# What each top-level block of MyST's parse is, in a translator's words (block_sequence)
_PARSED_BLOCKS = {
    "paragraph_open": "a paragraph",
    "heading_open": "a heading",
    "myst_line_comment": "a comment line (%), whose text the page does not show",
    "code_block": "an indented code block (four spaces after a blank line)",
    "myst_block_break": "a block break (+++)",
    "dl_open": "a definition list (a line that starts with ': ')",
    "footnote_reference_open": "a footnote definition ([^1]: …)",
    "html_block": "an HTML block",
    "front_matter": "front matter (---)",
    "bullet_list_open": "a list",
    "ordered_list_open": "a numbered list",
    "blockquote_open": "a block quote",
    "hr": "a horizontal rule",
    "fence": "a fence",
    "colon_fence": "a directive fence",
    "table_open": "a table",
    "myst_target": "a label",
    "math_block": "a math block",
    "math_block_label": "a math block",
}


# a printf placeholder that opens a line (%(name)s様, %d人): MyST would read a comment there, and a format string is
# filled in before anything shows it
_PLACEHOLDER_AT_LINE_START_RE = re.compile(r"^([ \t]*)%(?=[(\d%]|[sdifrxXeEgGcou](?![A-Za-z]))", re.MULTILINE)


def block_sequence(text: str) -> list[str]:
    """The top-level blocks of ``text`` as MyST parses it (the lint's markdown-it, configured as the site's pages),
    in a translator's words: Sphinx parses each msgstr again and keeps it only as the source's kind of block, so
    any difference, whatever its marker, drops or changes the English (a line of = under the text is a heading; a
    line starting with % is a comment; a link definition, [1]: …, is no block at all)."""
    from ..parsing.markdown import markdown_parser

    found = []
    for token in markdown_parser().parse(_PLACEHOLDER_AT_LINE_START_RE.sub(r"\1x", text)):
        if token.level != 0 or token.nesting < 0 or token.type == "inline":
            continue
        if token.type == "heading_open" and token.markup in ("=", "-"):
            found.append("a heading (the line of = or - under the text)")
            continue
        found.append(_PARSED_BLOCKS.get(token.type, token.type.removesuffix("_open").replace("_", " ")))
    return found


# the parts of blocks whose number is content, as MyST parses them, at any depth
_COUNTED_TOKENS = {
    "list_item_open": "list items",
    "tr_open": "table rows",
    "th_open": "table cells",
    "td_open": "table cells",
}


def block_parts(text: str) -> Counter:
    """(forty-first session) How many list items, table rows and table cells ``text`` has as MyST parses it, nested ones
    included: two items merged into one, or a cell lost, keep the kind of block (block_sequence) but not its parts.
    Parsed, not matched: a pipe in prose is no cell, a nested item indented four spaces is an item."""
    from ..parsing.markdown import markdown_parser

    found: Counter[str] = Counter()
    for token in markdown_parser().parse(_PLACEHOLDER_AT_LINE_START_RE.sub(r"\1x", text)):
        part = _COUNTED_TOKENS.get(token.type)
        if part:
            found[part] += 1
    if not found["table rows"]:
        # a row given alone (| 中性脂肪 | 150未満 | mg/dL |): no table to the parser without its header, but a table's row
        # as the page has it; a line that opens and closes with a pipe
        for line in text.splitlines():
            line = line.strip()
            if len(line) > 1 and line.startswith("|") and line.endswith("|") and not line.endswith("\\|"):
                found["table rows"] += 1
                found["table cells"] += _cell_separators(line) - 1
    return found


def block_difference(source: str, translation: str) -> str:
    """How the translation's blocks differ from the source's as MyST parses them ("the translation parses as: a
    paragraph; then a comment line (%)…; the source as: a paragraph"), or "" when they are the same: TRN012's reading,
    which the build's check of each edition's catalogs shares (pvt_sphinx.translation_check)."""
    parsed, kinds = block_sequence(translation), block_sequence(source)
    if parsed == kinds:
        return ""
    return (
        f"the translation parses as: {'; then '.join(parsed) or 'nothing (a link definition, [x]: …)'}; "
        f"the source as: {'; then '.join(kinds) or 'nothing'}"
    )


# A tag closed before the next "<", outside quoted attribute values (title="eGFR<30" keeps its tag);
# the alternatives start with different characters and a quoted value is bounded, so every attempt is
# short (linear overall).
_TAG_CANDIDATE_RE = re.compile(r"""</?[A-Za-z](?:[^<>"']|"[^"\n]{0,500}"|'[^'\n]{0,500}')*>""")


def _tag_candidates(text: str) -> list[str]:
    """Whole comments (as ``<!-- -->``) and whole tags; order does not matter, they are counted.
    Comments are found with str.find and a "<!--" left open ends the search (nothing after it can
    close it), so an unclosed one costs one scan, not one per "<"."""
    comments, rest, i = [], [], 0
    while (start := text.find("<!--", i)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        rest.append(text[i:start])
        comments.append("<!-- -->")
        i = end + 3
    rest.append(text[i:])
    return comments + _TAG_CANDIDATE_RE.findall(" ".join(rest))


# A start tag's attributes are compared by name, so that an attribute added (onerror, style) or dropped is
# HTML not in the source; the value only where it is the page's styling or behaviour, which no translation
# changes (class as a set of names, id, style). Text for the reader (alt, title), a localised src or href,
# lang and data-* values may differ in English (from the review of the round).
VALUE_ATTRIBUTES = frozenset(("class", "id", "style"))


_LANGUAGE_LABELS = frozenset(("ja", "jp", "en", "jpn", "eng", "ja-jp", "en-us", "en-gb", "japanese", "english", "jap"))


def _localised_target(url: str) -> str:
    """A URL with its language labels left out (ja.wikipedia.org and en.wikipedia.org, img/ja/ and img/en/ are one
    target, localised), its scheme and everything else kept: (thirty-seventh session, from the second audit of issue 12)
    an <a href> pointed at another site or at javascript: is a target the source does not have."""
    scheme, sep, rest = url.strip().partition(":")
    if not sep:
        scheme, rest = "", url.strip()
    host_and_path = rest.lstrip("/")
    host, slash, path = host_and_path.partition("/") if rest.startswith("//") else ("", "", host_and_path)
    labels = [label for label in host.lower().split(".") if label not in _LANGUAGE_LABELS]
    segments = [seg for seg in path.split("/") if seg.lower() not in _LANGUAGE_LABELS]
    shown = ("//" + ".".join(labels) + "/" if rest.startswith("//") else "") + "/".join(segments)
    return f"{scheme.lower()}:{shown}" if scheme else shown


def _attributes(attrs) -> str:
    """A start tag's attributes in a stable form: sorted by name; values of VALUE_ATTRIBUTES kept, and the target of a
    URL attribute (href, src) up to its language labels."""
    parts = []
    for name, value in sorted(attrs, key=lambda pair: pair[0]):
        if name in URL_ATTRIBUTES and value is not None:
            parts.append(f' {name}="{_localised_target(value)}"')
        elif name in VALUE_ATTRIBUTES and value is not None:
            if name == "class":
                value = " ".join(sorted(value.split()))
            parts.append(f' {name}="{value}"')
        else:
            parts.append(f" {name}")
    return "".join(parts)


class _TagReader(HTMLParser):
    """Collects tag names and comments; character references are read apart (see ``references``)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.found: Counter[str] = Counter()

    def _tag(self, name: str, closing: bool = False, attrs=()) -> None:
        # a Markdown autolink (<https://…>) parses as a tag named "https:": only element names count
        if _TAG_NAME_RE.fullmatch(name):
            self.found[f"</{name}>" if closing else f"<{name}{_attributes(attrs)}>"] += 1

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs=attrs)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs=attrs)

    def handle_endtag(self, tag):
        self._tag(tag, closing=True)

    def handle_comment(self, data):
        self.found["<!-- -->"] += 1


# A link destination or a URL written as text: its & joins query parameters (?a=1&lang=en), no reference.
_URL_RE = re.compile(r"\]\([^()\s]*\)|<?https?://[^\s<>()]+>?")


def _prose(text: str) -> str:
    return _CODE_RE.sub(" ", text)


def references(text: str) -> tuple[Counter, list[str]]:
    """Character references outside inline code, by the character they denote (``&nbsp;`` and
    ``&#160;`` are one), and the broken ones: a known name or a number without its ``;``
    (``&amp`` before a space, ``&nbsp`` before a letter), which a browser may show as written."""
    found: Counter[str] = Counter()
    broken: list[str] = []
    for match in _REFERENCE_RE.finditer(_URL_RE.sub(" ", _prose(text))):
        name, closed = match.group("name"), match.group("semicolon")
        if closed:
            char = html.unescape(match.group())
            if char != match.group():  # an unknown name (&foo;) stays as written: it is text
                found[_show_character(char)] += 1
            continue
        if name.startswith("#") or name + ";" in html5 or any(name.startswith(k) for k in _LEGACY):
            broken.append(match.group())
    return found, broken


def _show_character(char: str) -> str:
    """One name for every spelling of a character reference: &#160; (&nbsp;, no-break space)."""
    named = codepoint2name.get(ord(char))
    words = unicodedata.name(char, f"U+{ord(char):04X}").lower()
    return f"&#{ord(char)}; (&{named};, {words})" if named else f"&#{ord(char)}; ({words})"


def html_tags(text: str) -> Counter:
    """HTML tags by name (<b>, </b>, <br>), comments and character references by the character they
    denote, outside inline code. Read with the standard library's HTML parser."""
    reader = _TagReader()
    try:
        # Only whole tags and comments go to the parser, one after another: html.parser rescans an
        # unclosed "<a " from each "<" (quadratic: 100 kB of "<a " took minutes); a tag without its
        # ">" is text in Markdown and on the page, so nothing is lost.
        reader.feed(" ".join(_tag_candidates(_prose(text))))
        reader.close()
    except Exception:  # noqa: BLE001 - html.parser recovers from nearly anything; never crash the lint
        pass
    return reader.found + references(text)[0]


# a MyST substitution: {{ clinic_name }}, replaced by its value when the page is built
_SUBSTITUTION_RE = re.compile(r"\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}")


def substitutions(text: str, flags: tuple = ()) -> Counter:
    """(forty-first session) The names of the MyST substitutions of a message, outside inline code; none in a brace
    format, where {{ is an escaped brace."""
    if BRACE_FLAG in flags:
        return Counter()
    return Counter(_SUBSTITUTION_RE.findall(_CODE_RE.sub(" ", text)))


def placeholders(text: str, flags: tuple = ()) -> Counter:
    """The format placeholders of a message: {name} for brace format, %(name)s and %s for percent format.

    Brace placeholders are read when the entry has python-brace-format or writes
    ``{name}`` itself (never a MyST role ``{cite:p}`...```); percent placeholders
    with python-format or c-format (%1$s numbered too), and with INFERRED_PERCENT_FLAG
    only those a prose cannot write (%s, %(name)s: _WRITTEN_PERCENT_RE).
    """
    found: Counter[str] = Counter()
    if BRACE_FLAG in flags or not PERCENT_FLAGS & set(flags):
        for match in _BRACE_RE.finditer(_CODE_RE.sub(" ", _ROLE_RE.sub(" ", text))):
            field = match.group("field")
            # (fiftieth session) any Python name, Japanese too ({病院名}: a Japanese template names its fields so), with
            # a conversion or a format spec ({date:%Y-%m-%d}, {病院名!s}: dropped or changed, it was not compared)
            name = field_name(field)
            if BRACE_FLAG in flags or name.isidentifier() or name.isdigit():
                found["{" + field + "}"] += 1
    if INFERRED_PERCENT_FLAG in flags and not PERCENT_FLAGS & set(flags):
        found.update(_written_percent(text))
    if PERCENT_FLAGS & set(flags):
        # (thirty-seventh session, from the issue-12 audit) a conversion Python has not (%p, a C pointer) is no
        # placeholder of a python-format string: "100% probability" has a stray %, not "% p" (whose p then went missing
        # from the words the spell checker read: "robability")
        python_only = "c-format" not in flags
        for match in _PERCENT_RE.finditer(text):
            kind = match.group("type")
            if kind == "%" and match.group() == "%%":
                continue
            if not kind or python_only and kind == "p":
                found["%"] += 1  # a stray %, however it is followed
                continue
            found[match.group()] += 1
    return found


def field_name(field: str) -> str:
    """The name of a brace field, without its conversion or format spec (date of date:%Y-%m-%d, 病院名 of 病院名!s)."""
    return re.split(r"[!:]", field, maxsplit=1)[0]


# a directive of strftime, with a flag of glibc's if any (%Y, %-d): the spec of a date
STRFTIME_RE = re.compile(r"%[-_#0^]?[A-Za-z]")


def _sample_argument(spec: str) -> object:
    """(fortieth session, issue 12) A value the source's own format spec accepts: a number for a numeric spec
    ({amount:,}, {n:d}, {rate:.1%}), a date for a date's spec ({date:%Y-%m-%d}), else a string. A string for every
    field made a valid ¥{amount:,} an error."""
    kind = spec[-1:] if spec else ""
    if STRFTIME_RE.search(spec):
        import datetime

        return datetime.datetime(2000, 1, 31, 12, 0)  # (fiftieth session) a date's strftime spec ({date:%Y-%m-%d})
    if kind in tuple("eEfFgG%"):
        return 1.5
    if kind in tuple("bcdoxXn") or "," in spec or "_" in spec:
        return 1
    return "x"


def format_problem(source: str, translation: str, flags: tuple) -> str:
    """Why Python cannot format the translation with the source's arguments ("" when it can)."""
    if BRACE_FLAG in flags:
        names, positions, specs = {}, 0, {}
        try:
            for _literal, field, spec, _conv in string.Formatter().parse(source):
                if field is not None:
                    specs.setdefault(field, set()).add(spec or "")
                    if field == "" or field.isdigit():
                        positions = max(positions, int(field) + 1 if field.isdigit() else positions + 1)
                    else:
                        name = re.split(r"[.\[]", field)[0]
                        sample = _sample_argument(spec or "")
                        if name not in names or isinstance(sample, (int, float)):
                            names[name] = sample  # a numeric spec anywhere decides the field's kind
        except ValueError:
            return ""  # the source itself is not a format string: nothing to compare
        try:
            fields = [(f, spec or "") for _l, f, spec, _c in string.Formatter().parse(translation) if f is not None]
        except ValueError as exc:
            return f"the translation is not a valid format string: {exc}"
        for field, spec in fields:
            # a date's format is the translator's to localise ({date:%Y年%m月%d日} → {date:%B %d, %Y}, from the review)
            localised = STRFTIME_RE.search(spec) and all(STRFTIME_RE.search(s) for s in specs.get(field, ()) if s)
            if field in specs and spec and spec not in specs[field] and not localised:
                # (fortieth session, from a review) a spec changed by the translation formats the value differently
                # ({n:,} → {n:.1%}), whatever sample value would accept it
                shown = ", ".join(f"{{{field}:{s}}}" if s else f"{{{field}}}" for s in sorted(specs[field]))
                return f"the placeholder {{{field}:{spec}}} has another format than the source's ({shown})"
        try:
            translation.format(*range(positions), **names)
        except KeyError as exc:
            return (
                f"the placeholder {{{exc.args[0]}}} is not one of the source's ({', '.join(sorted(names)) or 'none'})"
            )
        except IndexError:
            return "a positional placeholder of the translation has no argument in the source"
        except (ValueError, AttributeError, TypeError) as exc:
            return f"the translation is not a valid format string: {exc}"
    if PERCENT_FLAG in flags:  # (a C format is not formatted by Python: its placeholders are compared above)
        named = re.findall(r"%\((\w+)\)", source)
        try:
            if named:
                translation % {n: 1 for n in named}  # noqa: B018 - only checking that it formats
            else:
                count = len([m for m in _PERCENT_RE.finditer(source) if m.group() != "%%"])
                translation % tuple(1 for _ in range(count))  # noqa: B018
        except KeyError as exc:
            return f"the placeholder %({exc.args[0]}) is not one of the source's"
        except (ValueError, TypeError) as exc:
            return f"the translation is not a valid format string: {exc}"
    return ""


_DOUBLED_RE = re.compile(r"\b([A-Za-z]+)\s+\1\b", re.IGNORECASE)
# (thirteenth session) a preposition before a hyphenated compound that starts with it: "take part in in-person
# training" has "in" once and "in-person" once ("follow follow-up", "long long-term" stay doubled words)
_BEFORE_A_COMPOUND = frozenset({"in", "on", "at", "by", "for", "of", "to"})


@lru_cache(maxsize=1)
def _count_words() -> dict[str, int]:
    """(forty-seventh session; three reviews) The counts one … ten (from lint/data/en-number-words.toml, read by
    lint.analysis.numbers) that may stand before a measure starting with the same number ("take two two-milligram
    tablets" for 2mgの錠剤を2錠): the source holds that number with the measure's unit (2mg) and again with a counter
    (2錠), and a noun follows the measure in the count's number (two … tablets, one … tablet)."""
    from .numbers import load_number_words

    words = load_number_words()
    return {word: int(value) for word, value in words.values.items() if word in words.units and 1 <= value <= 10}


_MEASURE_AFTER_RE = re.compile(
    r"[-\u2011](?P<unit>milligram|microgram|gram|milliliter|millilitre|minute|hour|day|week|month|night)"
    r"(?![-\u2011\w])\s+(?P<noun>[a-z]+)\b"
)
_SOURCE_UNITS = {
    "milligram": r"(?:mg|ミリグラム)",
    "microgram": r"(?:μg|µg|マイクログラム)",
    "gram": r"(?:g|グラム)",
    "milliliter": r"(?:mL|ml|ミリリットル)",
    "millilitre": r"(?:mL|ml|ミリリットル)",
    "minute": r"分",
    "hour": r"時間",
    "day": r"日間",
    "week": r"週間",
    "month": r"(?:か月|ヶ月|カ月|ヵ月)",
    "night": r"泊",
}
_SOURCE_COUNTERS = r"(?:錠|回|人|名|本|個|粒|包|枚|杯|つ|カプセル|コース|クラス|教室)"
_SINGULAR_NOUNS_IN_S = frozenset({"basis", "class", "glass", "dose", "course"})
_NOT_NOUNS = frozenset(
    {
        "before",
        "after",
        "later",
        "ago",
        "apart",
        "of",
        "in",
        "at",
        "on",
        "for",
        "to",
        "from",
        "with",
        "and",
        "or",
        "per",
    }
)
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:a|an|the|your|our|another|each|every|per|this|that)\s+$", re.IGNORECASE)
DOUBLED_ALLOWED = frozenset({"had", "that", "bye", "ha", "no"})  # "had had", "that that" are English
# (forty-first session) the subject before an auxiliary "do" that a main "do" with its object follows (those who do do
# so); emphasis before another verb ("if you do do have a fever") is a slip
_AUXILIARY_DO_RE = re.compile(r"\b(?:who|that|which|those|they|you|we|i|people)\s+$", re.IGNORECASE)
_OBJECT_OF_DO_RE = re.compile(r"\s+(?:so|it|this|that|them|the\s+same)\b", re.IGNORECASE)
# (fiftieth session) a verb of giving a thing, after which "her" is the person and the next "her" the possessive of the
# thing (give her her medicine, hand her her glasses); two fresh corpora had the pair reported. Active forms only ("She
# was given her her medicine" is a slip: from the review), and not a verb of telling:
# "Tell her her doctor" for 彼女の医師に伝えてください is a slip (test_doubled_words47)
_GIVING_VERB_RE = re.compile(
    r"\b(?:give|gives|gave|giving|hand|hands|handed|handing|bring|brings|brought|bringing|pass|passes|passed|"
    r"passing|send|sends|sending|show|shows|showed|showing|offer|offers|offered|offering|get|gets|"
    r"getting|buy|buys|buying)\s+$",
    re.IGNORECASE,
)
# the possessive's noun after the second "her": not another determiner, pronoun or question word ("Give her her a
# blanket", "Show her her how to…" are slips: from the review)
_NOUN_AFTER_HER_RE = re.compile(
    r"\s+(?!(?:a|an|the|her|his|him|its|their|them|my|your|our|this|that|these|those|some|any|how|what|which|when|"
    r"where|why|who|to|and|or|but|if|as|at|in|on|for|with)\b)[a-z]+",
    re.IGNORECASE,
)
# a verb whose particle "in" a preposition "in" may follow (check in in the lobby, sign in in person)
_CHECK_IN_RE = re.compile(
    r"\b(?:check|checked|checking|checks|sign|signed|signing|log|logged|logging)\s+$", re.IGNORECASE
)
_PLACE_AFTER_RE = re.compile(r"\s+(?:the|a|an|our|your|this|that|person|advance)\b", re.IGNORECASE)
# (forty-seventh session; three reviews narrowed it to what the pair itself shows) a verb's particle, then the preposition of
# the same spelling before a time: the verb in a verb's place (after "please", "to", a modal, a subject pronoun, "and" or
# at the start), and what follows the preposition a day, a date, a clock time or a number: "Please log on on Monday", "You
# can sign up up to two weeks before", "Please come by by 5 pm". A place or a thing after it ("sign on on the dotted
# line", "drop by by 10 mmHg") stays a slip.
_VERB_PLACE = (
    r"(?:^|[.!?;:,\n]\s*|\b(?:please|to|can|could|will|would|must|should|may|might|you|we|i|they|and|then)\s+)"
)
_PARTICLE_BEFORE_TIME_RE = {
    "on": re.compile(rf"{_VERB_PLACE}(?:log|logs|logged|logging)\s+$", re.IGNORECASE),
    "up": re.compile(rf"{_VERB_PLACE}(?:sign|signs|signed|signing)\s+$", re.IGNORECASE),
    "by": re.compile(rf"{_VERB_PLACE}(?:come|comes|came|coming|stop|stops|stopped|stopping)\s+$", re.IGNORECASE),
}
_WEEKDAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_TIME_AFTER_RE = {
    "on": re.compile(rf"\s+(?:{_WEEKDAYS}|{_MONTHS}\s+\d|\d{{1,2}}\s+{_MONTHS}|the\s+day\b)"),
    "up": re.compile(r"\s+to\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b", re.IGNORECASE),
    "by": re.compile(rf"\s+(?:\d{{1,2}}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|o'clock)|noon|midday|{_WEEKDAYS})"),
}
# (forty-seventh session; three reviews) an intensifier doubled where the source doubles the same intensifier: "very very"
# for とてもとても, すごくすごく or 非常に非常に, "really really" for 本当に本当に; one English pair for each doubled source
# word, a rendering with a comma ("very, very") using one up too, and the pair before the word it intensifies (no
# pronoun, conjunction or "as" after it, never a hyphen). Other words ("so so", "much much", "far far") stay slips.
_INTENSIFIER_SOURCES = {
    "very": r"(とても|とっても|すごく|すっごく|非常に|超)",
    "really": r"(本当に|ほんとうに|ほんとに)",
}
_INTENSIFIED_RE = re.compile(
    r"\s+(?!(?:that|as|and|but|so|or|if|i|you|he|she|it|we|they|this|the|a|an|much|many)\b)[A-Za-z]", re.IGNORECASE
)
# a clause of "what" before the copula said twice (what the problem is is that …)
_WHAT_CLAUSE_RE = re.compile(r"\bwhat\b[^.,;:!?]{1,40}$", re.IGNORECASE)
_DO_SO_RE = re.compile(r"\b(?:do|does|did|doing|done)\s+$", re.IGNORECASE)
# (forty-third session) Latin phrases of medicine that open with "in", which a preposition "in" may precede ("seen in in
# vitro studies")
_LATIN_AFTER_IN_RE = re.compile(r"\s+(?:vitro|vivo|situ|utero|silico|toto)\b", re.IGNORECASE)
_SO_THAT_RE = re.compile(r"\s+that\b", re.IGNORECASE)
# the word right after a pair and the word right before it: a third in a row makes the pair a repetition
_NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)\b")
_LAST_WORD_RE = re.compile(r"([A-Za-z]+)\s+$")


def _particle_before_a_time(text: str, m: re.Match, particle: str, window: int) -> bool:
    """A verb's particle, then the same preposition before a time (see _PARTICLE_BEFORE_TIME_RE)."""
    verb, after = _PARTICLE_BEFORE_TIME_RE.get(particle), _TIME_AFTER_RE.get(particle)
    if verb is None or after is None:
        return False
    return verb.search(text, window, m.start()) is not None and after.match(text, m.end()) is not None


def _source_emphasis(text: str, m: re.Match, word: str, allowance: dict[str, int]) -> bool:
    """An intensifier pair that renders the same intensifier doubled in the source (see _INTENSIFIER_SOURCES); uses up
    one of the word's ``allowance`` (the source's doubled intensifiers less the English renderings with a comma, counted
    once a message by _intensifier_allowance)."""
    if allowance.get(word, 0) <= 0 or text[m.end() : m.end() + 1] in ("-", "\u2011"):
        return False
    if _INTENSIFIED_RE.match(text, m.end()) is None:
        return False
    allowance[word] -= 1
    return True


def _intensifier_allowance(text: str, source: str) -> dict[str, int]:
    """For each intensifier, how many doubled pairs the source accounts for (counted once a message: from the final
    review, counting again for each pair made a long message quadratic)."""
    allowance = {}
    for word, pattern in _INTENSIFIER_SOURCES.items():
        doubled = len(re.findall(rf"{pattern}[、,\s　！!ー〜…‥]*\1", source)) if source else 0
        if doubled:
            doubled -= len(re.findall(rf"\b{word},\s+{word}\b", text, re.IGNORECASE))
        allowance[word] = doubled
    return allowance


def _count_before_a_measure(text: str, m: re.Match, source: str, found: dict) -> bool:
    """(forty-seventh session) "two two-milligram tablets": see _count_words. ``found`` caches the source's searches
    for a (number, unit) within one message."""
    measure = _MEASURE_AFTER_RE.match(text, m.end())
    if measure is None:
        return False
    number = _count_words()[m.group(1).lower()]
    noun = measure.group("noun").lower()
    if noun in _NOT_NOUNS:
        return False  # "one one-hour before meals": no noun for the count
    if number == 1 and _DETERMINER_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
        return False  # "another one one-week course"
    plural = noun.endswith("s") and not noun.endswith("ss") and noun not in _SINGULAR_NOUNS_IN_S
    if plural != (number > 1):
        return False  # "two two-night stay", "one one-milligram tablets", "two two-week basis"
    key = (number, measure.group("unit"))
    if key not in found:
        if "source" not in found:
            found["source"] = unicodedata.normalize("NFKC", source)
        normal = found["source"]
        digit = rf"(?<![\d.,/]){number}(?![\d.,/])"
        with_unit = re.search(rf"{digit}\s*{_SOURCE_UNITS[measure.group('unit')]}", normal)
        with_counter = re.search(rf"{digit}\s*{_SOURCE_COUNTERS}", normal)
        found[key] = with_unit is not None and with_counter is not None
    return found[key]


def _title_after(raw: str, first: str, second: str) -> bool:
    """Whether the raw message sets ``second`` apart after ``first`` as the start of a title: emphasis, a quote or a
    link (journal *Journal of …*, the book "Book of …"); not "the The", "pharmacy Pharmacy" (from the review)."""
    return re.search(rf"\b{re.escape(first)}\s+[*_\"“‘'\[]+{re.escape(second)}\b", raw) is not None


def doubled_words(text: str, source: str = "", raw: str = "") -> list[str]:
    """Words written twice in a row ("the the"), outside inline code; ``raw``: the message with its markup, where a
    title set apart by emphasis or quotes may repeat the word before it. A name doubled as the source writes it
    (Bora Bora for ボラボラ島, Walla Walla) is one name: both words capitalised, and the source holding as many
    names that repeat a word (see _reduplications)."""
    text = _CODE_RE.sub(" ", text)
    from ..japanese.sounds import halves_a_doubled_kana_word

    names = None  # the source's doubled names, counted only when a capitalised pair asks (most entries have none)
    allowance = None  # (forty-seventh session) each intensifier's doubled pairs the source accounts for, counted once
    counted: dict = {}  # the source's counts before a measure, searched once a (number, unit)
    found = []
    for m in _DOUBLED_RE.finditer(text):
        if m.group(1).lower() in DOUBLED_ALLOWED:
            continue
        if m.group(1).lower() in _BEFORE_A_COMPOUND and text[m.end() : m.end() + 1] == "-":
            continue
        if m.group(1).lower() in _count_words() and _count_before_a_measure(text, m, source, counted):
            continue
        first, second = m.group().split()[0], m.group().split()[-1]
        # (forty-first session) two readings that are English, each decided by the words around the pair (a window,
        # so a long text costs no more per pair): "those who do do so" (the auxiliary standing for a verb, then "do"
        # with its object), "check in in the lobby" (a verb's particle, then the preposition of a place)
        window = max(0, m.start() - 24)
        if (
            first.lower() == "do"
            and _AUXILIARY_DO_RE.search(text, window, m.start())
            and _OBJECT_OF_DO_RE.match(text, m.end())
        ):
            continue
        if (
            first.lower() == "in"
            and _CHECK_IN_RE.search(text, window, m.start())
            and _PLACE_AFTER_RE.match(text, m.end())
        ):
            continue
        if (
            first.lower() == "her"
            and _GIVING_VERB_RE.search(text, window, m.start())
            and _NOUN_AFTER_HER_RE.match(text, m.end())
        ):
            continue  # (fiftieth session) "give her her medicine": the indirect object, then the possessive
        if _particle_before_a_time(text, m, first.lower(), window):
            continue  # (forty-seventh session) "Please log on on Monday", "come by by 5 pm"
        if first.lower() == "in" and _LATIN_AFTER_IN_RE.match(text, m.end()):
            continue  # (forty-third session) "in in vitro studies": the preposition, then the Latin phrase
        # (forty-third session) three or more in a row ("ba ba ba") is a sound or emphasis: read where the pair stands,
        # never by copying the rest of the text (a line of a thousand "ba" would copy it once for each pair)
        after, before = _NEXT_WORD_RE.match(text, m.end()), _LAST_WORD_RE.search(text, window, m.start())
        if (after and after.group(1).lower() == second.lower()) or (
            before and before.group(1).lower() == first.lower()
        ):
            continue
        if first.lower() in _INTENSIFIER_SOURCES and source:
            if allowance is None:
                allowance = _intensifier_allowance(text, source)
            if _source_emphasis(text, m, first.lower(), allowance):
                continue  # (forty-seventh session) "very very" for とてもとても: the source's own emphasis
        if first.lower() == "is" and _WHAT_CLAUSE_RE.search(text, window, m.start()):
            continue  # (forty-first session) the copula after a clause of "what" ("what the problem is is that …")
        if source and halves_a_doubled_kana_word(first.lower(), source):
            continue  # (forty-first session) a doubled mimetic word of the source in romaji (ズキズキ → "zuki zuki")
        if "\n" in m.group() and second[:1].isupper():
            continue  # (forty-first session) a line that opens with a capital is a unit of its own: "Map\nMap to …"
        if raw and first[:1].islower() and second[:1].isupper() and _title_after(raw, first, second):
            continue  # (eighteenth session) the second opens a title set apart: the journal *Journal of …*
        if first.lower() == "so" and _DO_SO_RE.search(text, 0, m.start()) and _SO_THAT_RE.match(text, m.end()):
            continue  # (eighteenth session) "do so so that …": the pro-form of "do so", then "so that"
        if first[:1].isupper() and second[:1].isupper():
            if names is None:
                names = _reduplications(source)
            if names:
                names -= 1  # (sixteenth session) a reduplicated name of the source, written as it is
                continue
        found.append(m.group())
    return found


# A name of the source written in Latin letters twice (Walla Walla).
_REDUPLICATED_LATIN_RE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+)\s+\1(?![A-Za-z])")
_KATAKANA_RE = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}")


def _reduplications(source: str) -> int:
    """The source's names that repeat a word: Latin (Walla Walla), or katakana doubled (ボラボラ) as a proper noun or
    before a suffix of place (ボラボラ島, 〜市); not a mimetic word (イライラ, ゴロゴロ, ジワジワ), which English renders
    by its sense (from the review)."""
    if not source:
        return 0
    count = len(_REDUPLICATED_LATIN_RE.findall(source))
    if not _KATAKANA_RE.search(source):
        return count
    from ..japanese.tokenizer import tokenize

    tokens = [t for t in tokenize(source) if t.pos != "記号" or t.surface_form in ("・",)]
    for i, t in enumerate(tokens):
        word = t.surface_form
        doubled = len(word) >= 4 and len(word) % 2 == 0 and word[: len(word) // 2] * 2 == word
        if doubled:
            end = i + 1
        elif i + 1 < len(tokens) and tokens[i + 1].surface_form == word and _KATAKANA_RE.fullmatch(word):
            end = i + 2
        else:
            continue
        if not _KATAKANA_RE.fullmatch(word[: len(word) // 2] if doubled else word):
            continue
        place = end < len(tokens) and tokens[end].pos_detail_2 == "地域"
        if place or t.pos_detail_1 == "固有名詞":
            count += 1
    return count


# Japanese punctuation at an edge of the source that English writes with a space (、 → ", ", （ → " (").
# A full stop (。) is not among the trailing ones: a message that ends a sentence ends the text it
# belongs to, and a space after its English full stop is a slip, not a join.
_JA_LEADING_EDGE = frozenset("、。，．・：；（「『【〔")
_JA_TRAILING_EDGE = frozenset("、，・：；（「『【〔")


# Text in which spacing is not prose: inline code and roles, link targets, bare URLs. A link target
# stops at "]": otherwise each "](" of "](](](…" scanned to the end of the text (quadratic).
_NOT_PROSE_RE = re.compile(r"\{[\w:.-]+\}`+[^`]*`+|`+[^`]*`+|\]\([^)\s\]]*\)|<[^<>\s]+>|\b(?:https?://|www\.)\S+")
# A space before punctuation that ends a clause: the mark is followed by a space, a closing
# bracket or quote, or the end. ".5", ".md", ":00" and "?q=" are not such marks.
_SPACE_BEFORE_MARK_RE = re.compile(r"(?<=[^\s.…]) +(?P<mark>[.,;:?!])(?=[\s\"'”’)\]]|$)")

# A sentence that ends without the space before the next one (transplant.Call): a lower-case word of two
# letters or more (or a closing bracket or quote), a full stop, a capitalised word. Abbreviations (U.S., e.g.) have one letter before
# each stop, decimals digits, file names and domains a lower-case extension (Node.js, example.org); code,
# roles, link targets and URLs are blanked first (_NOT_PROSE_RE).
_JOINED_SENTENCES_RE = re.compile(r"(?:(?<![\w.@/])[A-Za-z]*[a-z]{2}|[)\]”’\"])\.[A-Z][a-z]+\b(?![.@/]\w)")


_HARD_BREAK_RE = re.compile(r"(?:(?<! ) {2,}|\\)\n(?=.)")  # from a run's first space: linear on long runs


def whitespace_problems(source: str, translation: str) -> list[str]:
    """Whitespace the source does not explain: at the edges, doubled, a tab, a full-width space,
    a space before a punctuation mark, or none after a full stop between sentences."""
    problems = []
    lead_s, lead_t = (
        source[: len(source) - len(source.lstrip())],
        translation[: len(translation) - len(translation.lstrip())],
    )
    trail_s = source[len(source.rstrip()) :]
    trail_t = translation[len(translation.rstrip()) :]
    if lead_s != lead_t and not (lead_t == " " and not lead_s and source[:1] in _JA_LEADING_EDGE):
        problems.append(f"leading whitespace {lead_t!r} differs from the source's {lead_s!r}")
    if trail_s != trail_t and not (trail_t == " " and not trail_s and source[-1:] in _JA_TRAILING_EDGE):
        problems.append(f"trailing whitespace {trail_t!r} differs from the source's {trail_s!r}")
    inner = _CODE_RE.sub("x", translation.strip())
    if re.search(r"(?<=\S) {2,}(?=\S)", inner) and not re.search(r"(?<=\S) {2,}(?=\S)", source.strip()):
        problems.append("two spaces in a row")
    # (thirty-seventh session, from the issue-12 audit) a hard line break (two spaces or a backslash before a line
    # break, Markdown's <br>) the source has not: the English paragraph breaks where the Japanese does not
    breaks = len(_HARD_BREAK_RE.findall(_CODE_RE.sub("x", translation)))
    source_breaks = len(_HARD_BREAK_RE.findall(_CODE_RE.sub("x", source)))
    if breaks > source_breaks:
        problems.append("a hard line break (two spaces or a backslash before a line break) the source does not have")
    elif breaks < source_breaks and "\n" in translation.strip():
        # (forty-first session) and the reverse, where the English keeps its lines: they run together where the source
        # breaks them (an address, a sign's two lines); an English set on one line on purpose is another layout
        problems.append(
            "a hard line break of the source (two spaces or a backslash before a line break) is missing: the English"
            " joins the lines"
        )
    if translation.count("\t") > source.count("\t"):
        problems.append("a tab character (use a space)")
    if "\u3000" in translation:
        problems.append("a full-width space (U+3000) in the English")
    invisible = sorted({c for c in translation if unicodedata.category(c) == "Cf" and c not in source})
    if invisible:
        # (thirty-sixth session) a zero-width space, a soft hyphen, a byte-order mark or a direction mark: invisible
        # on the page, it splits a word for search, spelling and the screen reader
        names = ", ".join(f"U+{ord(c):04X} {unicodedata.name(c, 'FORMAT CHARACTER')}" for c in invisible)
        problems.append(f"an invisible character the source does not have ({names})")
    prose = _NOT_PROSE_RE.sub("x", translation)
    before = _SPACE_BEFORE_MARK_RE.search(prose)
    if before:
        problems.append(f'a space before "{before.group("mark")}"')
    joined = next((m.group() for m in _JOINED_SENTENCES_RE.finditer(prose) if m.group() not in source), "")
    if joined:
        problems.append(f'no space after the full stop in "{joined}"')
    return problems


_JA_SENTENCE_RE = re.compile(r"[^。！？!?]+[。！？!?]+[」』）)]*|[^。！？!?]+$")
_EN_END_RE = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# English abbreviations written with a full stop that ends no sentence; the spelling check (SPL001) accepts the
# one-word ones written so ("approx.": a word of no dictionary)
EN_ABBREVIATIONS = tuple("e.g|i.e|et al|Dr|Mr|Mrs|Ms|vs|approx|Fig|No|St|Jr|Sr|etc".split("|"))
_EN_ABBREVIATIONS = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in EN_ABBREVIATIONS) + r")\.$", re.IGNORECASE)
_ONE_WORD_ABBREVIATIONS = frozenset(a.lower() for a in EN_ABBREVIATIONS if a.isalpha())
_WORD_AND_STOP_RE = re.compile(r"\b([A-Za-z]+)\.")


def without_abbreviations(prose: str) -> str:
    """The text with each one-word abbreviation of EN_ABBREVIATIONS written with its full stop ("approx.") blanked, the
    length kept: only there is it an abbreviation ("approx 300" without its stop is still a misspelling)."""

    def blank(match: re.Match) -> str:
        return " " * len(match.group()) if match.group(1).lower() in _ONE_WORD_ABBREVIATIONS else match.group()

    return _WORD_AND_STOP_RE.sub(blank, prose)


# Where an English sentence joins clauses that may each render a Japanese sentence: a semicolon, a
# dash, a comma before a word, a coordinating or subordinating conjunction, a relative pronoun.
_EN_JOINT_RE = re.compile(
    r";|\s[—–-]\s|—|,\s+\w|\b(?:and|but|so|or|yet|because|since|as|although|though|while|whereas|which|who"
    r"|whose|where|when|if|unless|until|with|without|then|after|before)\b",
    re.IGNORECASE,
)


def english_joints(plain: str) -> int:
    """How many places of an English text may join two sentences into one.

    The part of a sentence after a colon is not searched: it lists or spells out
    what the part before it names ("two kinds: controllers and relievers"), so an
    "and" there joins items, not sentences.
    """
    return sum(len(_EN_JOINT_RE.findall(sentence.split(":", 1)[0])) for sentence in split_english_sentences(plain))


def japanese_joints(plain: str) -> int:
    """How many joints the Japanese sentences have that English renders by a joint of its own: items
    or clauses coordinated by と, や, か before a comma (AとBと、, 薬と、 → "and", すると、 → "if").
    That English joint then joins no sentence the English absorbed. Nouns coordinated by や or と
    without a comma (足の裏や指の間 → "the soles of your feet and between your toes") count too:
    the tokenizer tags that particle as coordinating (並立助詞)."""
    from ..japanese.tokenizer import tokenize

    tokens = tokenize(plain)
    coordinated = sum(
        1
        for i, t in enumerate(tokens)
        if t.pos_detail_1 == "並立助詞"
        and t.surface_form in ("や", "と")
        and not (i + 1 < len(tokens) and tokens[i + 1].surface_form in ("、", "，"))
    )
    return len(re.findall("[とやか][、，]", plain)) + coordinated


# Entries with more Japanese sentences than this are not aligned sentence by sentence (see unmergeable).
MAX_ALIGNED_SENTENCES = 40


def unmergeable(source: str, translation: str, ratio: float, unjoined_ratio: float) -> bool:
    """The English has fewer sentences than three or more Japanese ones, and no way of joining them
    fits: each English sentence is given a run of consecutive Japanese sentences, in order, and a
    run of two or more must be as long in English as joined sentences are (``ratio`` characters per
    Japanese character with a joint for each sentence it absorbs, ``unjoined_ratio`` without).

    A sentence dropped from a long translation leaves the whole long enough, but no sentence of the
    English is long enough for the two Japanese sentences it would have to hold. Two Japanese
    sentences rendered by one English sentence are the whole entry, which the caller measures.
    """
    ja = split_japanese_sentences(source)
    en = split_english_sentences(translation)
    if len(ja) < 3 or not en or len(en) >= len(ja):
        return False
    return not _alignable(ja, en, lambda run, sentence: _long_enough(run, sentence, ratio, unjoined_ratio))


def _long_enough(run: list[str], sentence: str, ratio: float, unjoined_ratio: float) -> bool:
    if len(run) == 1:
        return True
    joined = english_joints(sentence) - japanese_joints("".join(run)) >= len(run) - 1
    return len(sentence) >= (ratio if joined else unjoined_ratio) * len("".join(run))


def _alignable(ja: list[str], en: list[str], fits) -> bool:
    """Whether the English sentences can each render a run of consecutive Japanese sentences, in order,
    every run as ``fits`` says."""
    if len(ja) > MAX_ALIGNED_SENTENCES:
        # A catalog entry is one paragraph; the alignment costs ja² × en tokenizer runs, so a
        # block this long is left to the whole-entry length check rather than stalling the run.
        return True
    # possible[j][i]: Japanese sentences i… can be rendered by English sentences j…; filled from the
    # end in a loop (a recursion one level per English sentence overflowed on long entries).
    possible = [[False] * (len(ja) + 1) for _ in range(len(en) + 1)]
    possible[len(en)][len(ja)] = True
    for j in range(len(en) - 1, -1, -1):
        left = len(en) - j - 1  # each later English sentence needs one Japanese sentence at least
        for i in range(len(ja)):
            possible[j][i] = any(possible[j + 1][k] and fits(ja[i:k], en[j]) for k in range(i + 1, len(ja) - left + 1))
    return possible[0][0]


# The shortest English, per Japanese character, that sentences joined into one may have when their content
# traces each of them (a compact merge: "A {cite} and B {cite} are both known to …", "…, which can …").
MERGED_MIN_RATIO = 1.5


def sentence_without_counterpart(source: str, translation: str, ratio: float, unjoined_ratio: float) -> str | None:
    """None when the English sentences can render the Japanese ones by content: an alignment of runs in
    order in which every run of two or more is long enough for joined sentences (as ``unmergeable``) or
    leaves none of its sentences unaccounted for (``unaccounted``: each is traced by an anchor of its
    own, or the English is too long to be the rest alone), the English as a whole at least
    MERGED_MIN_RATIO characters per Japanese character. Otherwise the Japanese sentence that has no
    counterpart: the first one no English sentence traces, or "" when every one is traced somewhere."""
    ja = split_japanese_sentences(source)
    en = split_english_sentences(translation)
    if not en or len(en) >= len(ja):
        return None

    def fits(run: list[str], sentence: str) -> bool:
        if len(run) == 1 and _renders_another(run[0], sentence):
            return False
        if _long_enough(run, sentence, ratio, unjoined_ratio):
            return True
        return len(sentence) >= MERGED_MIN_RATIO * len("".join(run)) and not unaccounted(run, sentence)

    # (forty-fourth session, from an independent check of issue 12) a sentence paired with one English sentence
    # alone was never read for content: with the first of three sentences dropped, the second's English was taken
    # for the first's, and the third's for the other two joined. An English sentence that holds a rendering of
    # another Japanese sentence of the entry and none of its own renders that one, not this. Each English sentence is
    # read once, and only when the alignment asks (never above its cap: every anchor of every sentence against every
    # English sentence is quadratic).
    own_renderings: dict[str, list[set[str]]] = {}

    def _renders_another(japanese: str, sentence: str) -> bool:
        if sentence not in own_renderings:
            own_renderings[sentence] = traced(ja, sentence, own=True)
        own = own_renderings[sentence]
        i = ja.index(japanese)
        return bool(sentence_anchors(japanese)) and not own[i] and any(own[k] for k in range(len(ja)) if k != i)

    whole = len(translation.strip()) >= MERGED_MIN_RATIO * len(source.strip())
    # Above the alignment cap no alignment is tried (_alignable would call any entry alignable): the
    # entry, short by the caller's count and length, is reported as the count check always did.
    if whole and len(ja) <= MAX_ALIGNED_SENTENCES and _alignable(ja, en, fits):
        return None
    # Name the dropped sentence: the first whose anchors find nothing of their own in the English (a
    # word that another sentence's anchors find as well traces neither: 運動 of two sentences, one
    # dropped). A sentence with no anchor at all (ご協力をお願いします) cannot be judged, so it is named
    # only when every sentence that can be judged is traced.
    if len(ja) > MAX_ALIGNED_SENTENCES:
        # (thirty-seventh session, from a review's hostile input) every anchor of every sentence against every English
        # sentence is quadratic (18,000 characters of ひとつ、ふたつ、みっつ。 took two minutes): above the alignment cap
        # the entry is reported short without a name
        return ""
    anchors = [sentence_anchors(sentence) for sentence in ja]
    found = [
        {match for a in mine for e in en for match in _anchor_matches(a, e, _EN_CONTENT_RE.findall(e))}
        for mine in anchors
    ]
    # (thirteenth session) a closing formula of courtesy (どうぞよろしくお願いいたします, ご了承ください) says nothing a
    # reader of the English misses: a translator may leave it out once every other sentence is traced, whatever
    # anchors it has (ご相談 of お気軽にご相談ください, nineteenth session)
    courtesy = [courtesy_formula(sentence) for sentence in ja]
    for i, sentence in enumerate(ja):
        others = set().union(*(f for k, f in enumerate(found) if k != i))
        if anchors[i] and not found[i] - others and not courtesy[i]:
            return sentence
    unjudged = [n for n in range(len(ja)) if not anchors[n] or courtesy[n]]
    if unjudged and all(courtesy[n] for n in unjudged):
        return None
    return next((ja[n] for n in unjudged if not courtesy[n]), "")


# a closing formula of courtesy, whole: an adverb of politeness, then a request for the reader's goodwill, patience,
# understanding or cooperation in polite form (よろしくお願いいたします, ご了承ください, ご協力をお願い申し上げます)
_COURTESY_RE = re.compile(
    r"^(?:以上、?)?(?:どうぞ|どうか|何卒|なにとぞ|あらかじめ|予め|ぜひ|今後とも|引き続き)*、?"
    r"(?:よろしく|ご(?:了承|理解|協力|容赦|配慮)(?:を|の(?:ほど)?)?)"
    r"(?:お願い(?:いたし|致し|し|申し上げ)ます|ください|下さい|(?:いただけますよう)?お願いいたします)[。！!]?$"
    # (twenty-fourth session, from real translations) or a greeting, whole: こんにちは。, おはようございます。, お大事に。
    # ("Hello", joined to the next sentence, left "こんにちは。" untraced: it has no content word to trace)
    r"|^(?:どうぞ|どうか)?(?:こんにちは|こんばんは|おはよう(?:ございます)?|はじめまして|初めまして|ようこそ|お大事に(?:どうぞ|なさってください)?"
    r"|お待たせ(?:いたし|致し|し)ました)[。！!]?$"
    # or thanks, whole, for the reader's waiting, visit, cooperation or understanding (長い時間お待ちいただき、ありがとう
    # ございます。, ご協力ありがとうございました。); not thanks for an act the page asks for, which is an instruction
    # (朝食を食べずにお越しいただき、ありがとうございます: from the code review); no noun saying what for, which may be
    # the act asked (空腹時にお越しいただき, 敷地内禁煙にご協力: from the second code review)
    r"|^(?:(?:本日は|長い時間|長時間|長らく|いつも|このたびは|先日は|大変)、?)?"
    r"(?:お待ち(?:いただき|くださって|くださり|いただいて)|ご(?:協力|理解|来院|来場|利用|回答|連絡|予約|参加)"
    r"(?:いただき|くださり|くださって)?|お越し(?:いただき|くださり|くださって)|お問い合わせ(?:いただき)?)?、?"
    r"(?:誠に|本当に|どうも)?ありがとう(?:ございます|ございました)?[。！!]?$"
)


# (nineteenth session) or an open invitation to ask, whole: an adverb of ease, then a polite request to ask or tell
# (お気軽にお申し付けください, どうぞお気軽にご相談ください, ご遠慮なくお尋ねください); without the adverb a request to
# consult is an instruction of the page (ご相談ください) and stays (from translation-blind48)
_INVITATION_RE = re.compile(
    # (forty-first session) after the occasion of asking, if any: a question or a point unclear (ご不明な点がございましたら、
    # お気軽に…); not a symptom (症状が悪化したときは、いつでもご連絡ください is an instruction)
    r"^(?:[^。！？、]{0,12}(?:不明|質問|疑問|わからない|分からない|わかりにくい|分かりにくい|お困り)[^。！？、]{0,12}"
    r"(?:たら|れば|あれば|際は|ときは|時は|場合は)、)?"
    r"(?:どうぞ|どうか|ぜひ|何なりと|なんなりと)*、?(?:お?気軽に|ご?遠慮なく|いつでも)、?"
    r"(?:お|ご)(?:申し付け|申しつけ|相談|問い合わせ|問合せ|尋ね|声がけ|声かけ|申し出|連絡)(?:ください|下さい)[。！!]?$"
)


# (nineteenth session) the English formulas of courtesy: thanks for the reader's understanding or patience, an apology
# for inconvenience, an invitation to ask
# the English greetings, whole words: kept as a sentence of their own or before a comma or a name (_EN_COURTESY_RE),
# and what a sentence that is only a greeting holds (_EN_GREETING)
_EN_GREETING_WORDS = (
    r"hello|hi|good\s+(?:morning|afternoon|evening)|welcome|take\s+care|get\s+well\s+soon|nice\s+to\s+meet\s+you"
)
_EN_COURTESY_RE = re.compile(
    r"\b(?:thank\s+you|thanks)\b[^.!?]{0,40}?\b(?:understanding|cooperation|co-operation|patience|help)\b"
    r"|\b(?:appreciate|ask\s+for|request)\s+your\s+(?:understanding|cooperation|patience)\b"
    r"|\b(?:feel\s+free|do\s+not\s+hesitate|don['’]t\s+hesitate)\s+to\s+(?:ask|contact|consult|talk|speak|call|let\s+us\s+know)\b"
    r"|\bapologi[sz]e\s+for\s+(?:any|the)\s+inconvenience\b"
    # (from the second review) a sentence of thanks, of hope for understanding, of looking forward, an invitation
    r"|(?:^|[.!?]\s+)(?:thank\s+you|thanks)\b|\bhope\s+(?:that\s+)?you\s+(?:will\s+)?understand\b|\blook(?:ing)?\s+forward\b"
    r"|\b(?:ask|contact|call|tell)\s+(?:us|the\s+staff|a\s+member\s+of\s+staff|staff)\s+(?:at\s+)?any\s*time\b"
    # (twenty-fourth session) a greeting kept: the source's greeting then counts as a sentence
    # (from the code review) a greeting as a sentence or before a comma or a name, not "Take care when you stand up"
    rf"|(?:^|[.!?;]\s+)(?:{_EN_GREETING_WORDS})(?=\s*(?:[,.!;]|$)|\s+(?:Mr|Ms|Mrs|Dr)\b)",
    re.IGNORECASE,
)


# what may stand before a sentence said again and add nothing to what it asks: a manner of not doing (自己判断で中止せず、)
# or an adverb of insistence (必ず、); a time, a frame or a condition (当日は、, 毎朝と毎晩、, 発疹が出た場合は、) narrows it
_MANNER_LEAD_RE = re.compile(
    r"[^はもにがをの、]{0,12}[でを]?[^は、]{0,8}(?:せず|ず|ずに|ないで|せずに)、?|(?:必ず|絶対に|くれぐれも|どうか)、?"
)


def without_repeated_sentences(japanese: str) -> str:
    """The Japanese without a sentence that another sentence of it says again, whole (必ず医師に相談してください。
    自己判断で中止せず、必ず医師に相談してください。): emphasis a translation renders once."""
    sentences = split_japanese_sentences(japanese)
    if len(sentences) < 2:
        return japanese
    bodies = [sentence.rstrip("。！？!?」』）) ") for sentence in sentences]

    def repeated(i: int) -> bool:
        # the same sentence said before, or said again at the end of another after a phrase of manner (自己判断で中止
        # せず、必ず…): not after a condition, a time or a frame (発疹が出た場合は、…, 服用当日は、…: the general sentence
        # says more)
        if len(bodies[i]) < 8:
            return False
        for k in range(len(sentences)):
            if k == i or not bodies[k].endswith(bodies[i]):
                continue
            lead = bodies[k][: len(bodies[k]) - len(bodies[i])]
            if (not lead and k < i) or (lead and _MANNER_LEAD_RE.fullmatch(lead)):
                return True
        return False

    kept = [sentence for i, sentence in enumerate(sentences) if not repeated(i)]
    return "".join(kept) if len(kept) < len(sentences) else japanese


def without_courtesy(japanese: str, english: str) -> str:
    """The Japanese without its sentences that are only formulas of courtesy (courtesy_formula) when the English
    has no formula of courtesy anywhere (thanks for your understanding, we apologize for any inconvenience, feel
    free to ask): the translator dropped them, so the sentence count and the lengths compare what is left (from
    translation-blind40, -41, -44, where a dropped ご了承ください made the other sentence look missing). An English
    that keeps one, as a sentence or joined into another, is compared with the whole source as before."""
    if _EN_COURTESY_RE.search(english) or any(_en_formula(s) for s in split_english_sentences(english)):
        return japanese  # (a sentence that is only a greeting, "Good morning and welcome.", keeps one too)
    return "".join(sentence for sentence in split_japanese_sentences(japanese) if not courtesy_formula(sentence))


# an English sentence that is only a greeting or thanks ("Good morning.", "Thank you for waiting."): it renders a formula
# of the source, no sentence of content
_EN_GREETING = (
    rf"(?:{_EN_GREETING_WORDS}"
    # (second code review) the words after thanks never "and": one way to split the text (a free [^.]* made it
    # exponential on "Thanks and thanks and …")
    r"|(?:thank\s+you|thanks)(?:\s+(?!and\b)[\w'’-]+)*)"
)
# (from the review cases) several joined: "Good morning and welcome."
_EN_FORMULA_RE = re.compile(rf"^{_EN_GREETING}(?:(?:\s*,\s*|\s+and\s+){_EN_GREETING})*[.!?]?$", re.IGNORECASE)


def _en_formula(sentence: str) -> bool:
    return bool(_EN_FORMULA_RE.match(sentence.strip()))


def courtesy_formula(sentence: str) -> bool:
    """A sentence that is only a formula of courtesy (どうぞよろしくお願いいたします。, あらかじめご了承ください。) or an open
    invitation to ask (お気軽にお申し付けください。)."""
    sentence = sentence.strip()
    return bool(_COURTESY_RE.match(sentence) or _INVITATION_RE.match(sentence))


# A genus and its epithet in italics (*Culex pipiens*, *Escherichia coli*): English sets taxonomic
# names in italics by convention, whatever the source does, and the epithet is Latin, in no dictionary.
_ITALIC_BINOMIAL_RE = re.compile(r"(?<![*\w])\*([A-Z][a-z]{2,})\s+([a-z]{3,})\*(?![*\w])")


RARE_EPITHET = 1000  # uses in pyspellchecker's English list: pylori 50, difficile 55; remember 731,353


def italic_binomials(text: str) -> list[tuple[str, str]]:
    """(genus, epithet) of each emphasis span of a raw text that is exactly a binomial name: a capitalised
    genus and an epithet that is no common English word (fewer than RARE_EPITHET uses in pyspellchecker's
    list; pylori and aureus are in it, rarely): *Please remember* is emphasis, not a name."""
    from .english_words import word_counts  # the list SPL001 reads, loaded once a run

    return [
        (genus, epithet)
        for genus, epithet in _ITALIC_BINOMIAL_RE.findall(text)
        if word_counts().get(epithet.lower(), 0) < RARE_EPITHET
    ]


_ANCHOR_RE = re.compile(r"\{[\w:]+\}`([^`]*)`|\[\^([^\]]+)\]|\]\(([^)\s]+)\)")


def _anchors(text: str) -> set[str]:
    """The citation keys, footnote labels and link targets of a text (raw MyST)."""
    found = set()
    for match in _ANCHOR_RE.finditer(text):
        if match.group(1) is not None:
            found.update(key.strip() for key in match.group(1).split(",") if key.strip())
        else:
            found.add(match.group(2) or match.group(3))
    return found


def every_sentence_anchored(source: str, translation: str) -> bool:
    """Each Japanese sentence of the raw ``source`` carries an anchor of its own (a citation key, a
    footnote, a link target; failing those, its numbers) and the raw ``translation`` keeps every one of them: sentences joined
    in English keep each sentence's citation, a dropped sentence takes its citation with it. (The
    article cites each factual sentence by its own role, so a cited sentence can be traced.)"""
    sentences = split_japanese_sentences(source)
    if len(sentences) < 2:
        return False
    kept = _anchors(translation)
    counted = []
    for sentence in sentences:
        own = _anchors(sentence)
        if own:
            if not own <= kept:
                return False
        else:
            counted.append(sentence)
    return not counted or _numbers_kept(counted, translation)


def _numbers_kept(sentences: list[str], translation: str) -> bool:
    """Each sentence has numbers of its own and the translation has all of them together, each used once (read
    as TRN005 reads them): a sentence that states a quantity (1日20g以上) is traced by it as a cited one is by
    its citation; two sentences that state the same 3か月 need it twice (from the review of the round)."""
    from .numbers import japanese_numbers, missing_numbers  # the number parser only when sentences are joined

    if not all(japanese_numbers(sentence) for sentence in sentences):
        return False
    return not missing_numbers("".join(sentences), translation)[0]


def japanese_sentences(plain: str) -> int:
    return len(split_japanese_sentences(plain))


def english_sentences(plain: str) -> int:
    return len(split_english_sentences(plain))


def split_japanese_sentences(plain: str) -> list[str]:
    """The sentences of a Japanese text, each with its 。！？ and closing brackets. (fifty-third session) A sentence
    quoted and taken up by the quotative particle と or って (「薬は水で飲む。」と覚えておきましょう; since the fifty-sixth
    session という, といった, っていう before a noun) is part of the sentence that quotes it; a sentence that merely
    begins with と (とくに, ところが, ときどき) is its own (from the review: a regular expression of と after 」 joined
    those too, and hid a sentence dropped after them)."""
    spans = [m.span() for m in _JA_SENTENCE_RE.finditer(plain) if re.search(r"[^\s。！？!?」』）)]", m.group())]
    found = [plain[a:b].strip() for a, b in spans]
    if len(found) < 2 or not any(s.startswith(("と", "って")) for s in found[1:]):
        return found
    # the spans of each sentence, its text taken from the source at the end: a sentence joined is a substring of the
    # source, white space between its pieces kept (from the final review), and a hostile text is read in linear time
    groups = [[0, 0]]
    for n in range(1, len(found)):
        before = found[n - 1]
        if before.endswith(_QUOTE_ENDS) and _quotative_opening(before, found[n]):
            groups[-1][1] = n
        else:
            groups.append([n, n])
    return [plain[spans[first][0] : spans[last][1]].strip() for first, last in groups]


_OWN_OPENING_RE = re.compile(r"(?:(?:の|わけ|こと)(?:も|で|は)?|か)[、，]")
_QUOTE_ENDS = tuple(f"{stop}{close}" for stop in "。！？!?" for close in "」』")


def _quotative_opening(before: str, sentence: str) -> bool:
    """The sentence opens with the quotative particle と or って after the quotation that ends ``before``, as the
    tokenizer reads the words around the joint (alone, a sentence's first と may be read as a filler)."""
    if not sentence.startswith(("と", "って")):
        return False
    from ..japanese.tokenizer import tokenize

    tail = before[-8:]
    at = next((t for t in tokenize(tail + sentence[:12]) if t.start == len(tail)), None)
    if at is None or at.pos != "助詞":
        return False
    if at.surface_form in ("と", "って"):
        return True
    # (fifty-sixth session) or the quotative read whole before a noun (「…」という質問, 「…」といった思い込み); not というのも,
    # というわけで, ということで, which open a sentence of their own (from the review)
    if at.surface_form not in ("という", "といった", "っていう"):
        return False
    # ということです and ということではありません say what the quotation means; a comma after の, わけ, こと or か opens a
    # sentence of its own (というのも、, ということで、, というか、: from the reviews)
    return not _OWN_OPENING_RE.match(sentence[len(at.surface_form) :])


def _after_abbreviation(text: str, end: int) -> bool:
    """The full stop before ``end`` closes an abbreviation (e.g., Dr., et al.): read on the few characters
    before it, not on the whole text before (a search anchored at the end scans from every start)."""
    before = text[:end].rstrip("\"'”’)]")
    start = max(0, len(before) - 12)
    found = _EN_ABBREVIATIONS.search(before, start)
    # the window's first character may sit inside a longer word (xDr.): a word boundary there is none
    return bool(found) and not (found.start() == start > 0 and before[start - 1].isalnum())


def split_english_sentences(plain: str) -> list[str]:
    """The sentences of an English text: . ! ? before a capital or a digit, not after an abbreviation."""
    text = plain.strip()
    if not text:
        return []
    sentences, start = [], 0
    for match in _EN_END_RE.finditer(text):
        if not _after_abbreviation(text, match.start()) and not _initialism_in_a_name(text, match):
            sentences.append(text[start : match.start()].strip())
            start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


# an initialism that opens its sentence, after an article at most (The U.S. Centers for Disease Control and Prevention,
# U.K. Biobank): the name goes on after it
_EN_OPENING_INITIALISM_RE = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+)(?:(?:The|A|An)\s+)?(?:[A-Z]\.){2,}$")


def _initialism_in_a_name(text: str, match: re.Match) -> bool:
    """(fifty-second session, from translation-dropped-blind1) The full stop closes an initialism that opens its sentence
    (The U.S. Centers for Disease Control and Prevention recommends…): a name goes on after it. One after other words
    (We moved to the U.S. Then…, approved in the U.S. Japan has…) may end its sentence: the words that open a sentence
    are an open class, so the text is split there as before (from the review: a list of openers merged 23 of 93)."""
    # read on the few characters before the full stop (a search from the text's start is quadratic in its sentences)
    return bool(_EN_OPENING_INITIALISM_RE.search(text, max(0, match.start() - 30), match.start()))


# ---------------------------------------------------------------------------
# TRN015: which source sentence has a counterpart in which English sentence, by content

_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]|[A-Za-z]")
_KATAKANA_WORD_RE = re.compile("[ァ-ヺー]{2,}")
_EN_CONTENT_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# English endings a loanword takes that its katakana does not write (vaccinated for ワクチン, infections)
_EN_ENDINGS = ("ations", "ation", "ated", "ates", "ate", "ing", "ed", "es", "s", "ic", "al")


def _katakana_matches(run: str, words: list[str]) -> set[str]:
    """The English words that, as written or without an ending English adds, spell the katakana word."""
    from ..japanese.sounds import MIN_CONSONANTS, katakana_skeletons, katakana_sounds, sounds_like, transliterates

    skeletons = {s for s in katakana_skeletons(run) if len(s) >= MIN_CONSONANTS}
    # (twentieth session) a word of fewer consonants by its vowels too (サウナ sauna), as SPL001 reads a short name
    sounds = katakana_sounds(run)
    found = set()
    for word in words if skeletons or sounds else ():
        forms = {word} | {word[: -len(e)] for e in _EN_ENDINGS if word.lower().endswith(e) and len(word) - len(e) >= 4}
        if any(transliterates(form, skeletons) or sounds_like(form, sounds) for form in forms):
            found.add(word.lower())
    return found


MORPHEMES_FILE = Path(__file__).resolve().parent.parent / "data" / "ja-en-morphemes.toml"


@lru_cache(maxsize=2)
def load_morphemes(path: Path | str = MORPHEMES_FILE) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """({morpheme: English roots}, {whole word: English words}) of lint/data/ja-en-morphemes.toml;
    ConfigError names the file and the entry."""
    path = Path(path)
    data = read_data_toml(path, "medical morphemes")
    tables = []
    for table in ("morphemes", "whole"):
        entries = data.get(table, {})
        if not isinstance(entries, dict):
            raise ConfigError(f"{path}: [{table}] must be a table of Japanese = [English roots]")
        for ja, roots in entries.items():
            if (
                not isinstance(roots, list)
                or not roots
                or not all(isinstance(r, str) and r.strip() and r == r.lower() for r in roots)
            ):
                raise ConfigError(f"{path}: [{table}] {ja!r} must be a non-empty list of lower-case English roots")
        tables.append({ja: tuple(roots) for ja, roots in entries.items()})
    return tables[0], tables[1]


def _renders_root(word: str, root: str, whole: bool) -> bool:
    """An English word renders a root: it ends in a suffix root ("-itis"), is a short or whole root as a word
    (inflected: "ears", "eating"), or begins with a longer one (pneum- of "pneumonia")."""
    from .negation_account import stem

    low = word.lower()
    if root.startswith("-"):
        return low.endswith(root[1:]) and len(low) > len(root)
    if whole or len(root) <= 3:
        return low == root or stem(low) == root
    if low.startswith(root):
        return _morpheme_boundary(root, low[len(root) :])
    # a root inside a compound after a combining form (pyelo-nephritis, tachy-cardia): never after a
    # consonant ("renal" of "adrenal") or a short prefix ("co-operation", "pro-vision", "di-vision"), only
    # after the combining vowel o or y, and only a root long enough to mean one thing
    return len(root) >= 5 and any(
        k >= 4 and low[k - 1] in "oy" and _morpheme_boundary(root, low[k + len(root) :]) for k in _positions(low, root)
    )


# English endings that begin with a consonant and may follow a root: "exams", "headed"; the others a
# root takes begin with a vowel (hepat-itis, pneum-onia, exam-ination), double its last letter
# (inflam-mation) or follow a root cut after a vowel (prescri-ption, transmi-ssion). A root closed by a
# consonant and followed by another is the start of an unrelated word: "exam" of "example", "hear" of
# "heart"; "ly" makes an adverb of another sense ("relatively").
_CONSONANT_ENDINGS = ("s", "d", "ness", "ment", "ful", "less", "hood", "ship", "'s", "’s")


def _morpheme_boundary(root: str, rest: str) -> bool:
    """The rest of a word after a root is an ending of that root, not the rest of another word."""
    if rest.startswith("ly"):
        return False
    return not rest or rest[0] in "aeiouy" or rest[0] == root[-1] or root[-1] in "aeiou" or rest in _CONSONANT_ENDINGS


def _positions(text: str, part: str) -> list[int]:
    return [k for k in range(len(text) - len(part) + 1) if text.startswith(part, k)]


def sentence_anchors(sentence: str) -> set[tuple[str, str]]:
    """What can trace a Japanese sentence in an English one: its Latin words ("lat"), its katakana words
    ("kana", by transliteration), its content words the ja-en lexicon knows ("lex"), its words of a kind
    of lexical negation ("kind": 避ける ↔ avoid) and, as one anchor, its numbers ("num")."""
    from ..japanese.tokenizer import tokenize
    from .negation_account import _kind_of, load_lexicon

    anchors = {("lat", w.lower()) for w in _LATIN_RE.findall(sentence) if len(w) >= 2}
    anchors |= {("kana", run) for run in _KATAKANA_WORD_RE.findall(sentence)}
    lexicon = load_lexicon()
    for token in tokenize(sentence):
        form = token.basic_form if token.basic_form not in ("*", "") else token.surface_form
        # nouns only: a common verb (呼ぶ, 使う) recurs in the sentences around a dropped one ("call out",
        # "call 119") and would trace it by chance; a noun names what the sentence is about
        if token.pos == "名詞" and form in lexicon:
            anchors.add(("lex", form))
        if token.pos == "名詞" and token.pos_detail_1 in ("一般", "サ変接続", "固有名詞", "接尾"):
            parts, wholes = load_morphemes()
            anchors |= {("morph", key) for key in parts if key in token.surface_form}
            if token.surface_form in wholes:
                anchors.add(("whole", token.surface_form))
        kind = _kind_of(token) if token.pos in ("名詞", "動詞", "形容詞") else None
        if kind:
            anchors.add(("kind", kind))
    from .numbers import japanese_numbers

    # each number other than one, by its text: a number two sentences share traces neither ("2週間" twice
    # needs it twice), and "one", "a", "each one" are everywhere in English
    anchors |= {("num", n.text) for n in japanese_numbers(sentence) if n.values and min(n.values) > 1}
    return anchors


def _anchor_matches(anchor: tuple[str, str], english: str, words: list[str]) -> set[str]:
    """What in the English renders the anchor: its words (lower case), or the anchor itself for a kind of
    lexical negation or a number the English keeps."""
    from .negation_account import _same_stem, english_units, load_lexicon, stem

    kind, value = anchor
    if kind == "lat":
        return {w.lower() for w in words if w.lower() == value}
    if kind == "kana":
        return _katakana_matches(value, words)
    if kind == "lex":
        renderings = load_lexicon()[value]
        return {w.lower() for w in words if any(_same_stem(stem(w), r) for r in renderings)}
    if kind in ("morph", "whole"):
        parts, wholes = load_morphemes()
        roots = parts[value] if kind == "morph" else wholes[value]
        return {w.lower() for w in words if any(_renders_root(w, r, kind == "whole") for r in roots)}
    if kind == "kind":
        return {f"kind:{value}"} if any(k == value for k, _ in english_units(english)[1]) else set()
    from .numbers import missing_numbers

    return set() if missing_numbers(value, english)[0] else {f"num:{value}"}


def _anchor_found(anchor: tuple[str, str], english: str, words: list[str]) -> bool:
    return bool(_anchor_matches(anchor, english, words))


def traced(run: list[str], english: str, own: bool = False) -> list:
    """For each Japanese sentence of ``run``, whether the English sentence holds a rendering of its own: a
    word (or a kept number, a word of a negation's kind) that its anchors find and no other sentence's
    anchors of the run find. A sentence joined into the English leaves its content there; a dropped one
    takes it away, and a rendering it shares with a neighbour (運動 and 食事 both lead the lexicon to
    "diet") traces neither. With ``own``, the renderings of its own instead (a set for each sentence)."""
    words = _EN_CONTENT_RE.findall(english)
    found = [set().union(*(_anchor_matches(a, english, words) for a in sentence_anchors(s))) for s in run]
    mine = [f - set().union(*(g for k, g in enumerate(found) if k != i)) for i, f in enumerate(found)]
    return mine if own else [bool(m) for m in mine]


def unaccounted(run: list[str], english: str) -> list[int]:
    """The sentences of a run joined into one English sentence that no anchor of their own traces in it.
    (Length does not account for one: an English sentence padded beyond a short rest, "Your doctor will
    choose one to suit your symptoms" for 医師が選びます, is no evidence that a dropped sentence is in it.)"""
    if len(run) < 2:
        return []
    return [i for i, found in enumerate(traced(run, english)) if not found]


_CONTENT_READ_MAX_RATIO = 6  # English characters a Japanese character, beyond any wordy translation (2-4)
_CONTENT_READ_MAX_WORDS = 1500  # distinct English words: a 40-sentence entry's translation holds far fewer
_LONGEST_WORD = 40  # letters of an English word indexed for glosses
# words of JMdict's glosses that render nothing of their entry (自分 → you, 早め → than, 当日 → that, 以上 → more): a
# dropped sentence's word must not find them in any English (from the final review); "please" of お願い renders the
# request of every sentence, ください as much (fiftieth session: 当日のキャンセルはお電話でお願いします, dropped, was traced by it)
_FUNCTION_WORDS = frozenset(
    "you your yours yourself he she they them their we us our it this that these those there here than then very more "
    "most less least much many some any all each every both either neither not no nor only just also too often "
    "always never ever still yet even again well so such same other another own one ones thing things way time "
    "times person people man woman make made do does did have has had get got can could will would may might "
    "must shall should about above below before after please".split()
)


def untraced_sentence(source: str, translation: str, min_anchors: int = 2) -> str | None:
    """(forty-ninth session) A Japanese sentence of an entry (translated with fewer sentences or, since the fifty-first
    session, with as many or more) that has at least
    ``min_anchors`` anchors of its own (sentence_anchors) and nothing the English renders: no anchor traced as
    sentence_without_counterpart traces one, and no JMdict gloss of an anchor or of a noun of the sentence in the
    English (_glossed). Read whatever the English's length: a sentence dropped from a wordy translation of the rest
    leaves the whole long enough for the length test (a fresh corpus: 5 of 10 such drops passed), and whatever the
    English's count of sentences (one split in two hides one dropped). A join, however
    compact, renders each sentence in some word; a sentence with one anchor or none is not judged here (a short
    request, 鍵はご自身でお持ちください, renders in words no dictionary pairs)."""
    # (from the final review) every anchor is looked for among the English's words: an English many times the
    # source's length (140,000 characters for 40 sentences, two minutes) is no wordy translation but another text,
    # left to the other checks; at six English characters a Japanese one the reading takes at most about 0.4 s
    if len(translation) > _CONTENT_READ_MAX_RATIO * len(source):
        return None
    ja = split_japanese_sentences(source)
    en = split_english_sentences(translation)
    if not en or len(ja) < 2 or len(ja) > MAX_ALIGNED_SENTENCES:
        return None
    english = _EnglishWords(translation)
    if len(english.distinct) > _CONTENT_READ_MAX_WORDS:
        return None  # (from the final review) katakana anchors read every distinct word: 55 s on a constructed entry
    anchors = [sentence_anchors(sentence) for sentence in ja]
    words = [found | _content_nouns(sentence) for found, sentence in zip(anchors, ja, strict=True)]
    for i, sentence in enumerate(ja):
        if courtesy_formula(sentence) or len(_distinct_words(anchors[i])) < min_anchors:
            continue
        if not any(_renders(anchor, words, english) for anchor in words[i]):
            return sentence
    return None


def _renders(anchor: tuple[str, str], words: list[set[tuple[str, str]]], english: _EnglishWords) -> bool:
    """Whether the English renders the anchor (or noun) as often as the entry's sentences hold it: a word two
    sentences share (検査 of 胃カメラは…検査です。検査の前日は…) is rendered for both only when the English says it twice."""
    from .negation_account import load_lexicon

    kind, value = anchor
    if kind == "kind":
        return value in english.kinds()
    if kind == "num":
        return bool(_anchor_matches(anchor, english.text, english.distinct))
    holders = sum(1 for found in words if any(w == value for _, w in found))
    # a noun read for its glosses may be one the lexicon does not know (_anchor_matches looks a "lex" anchor up in it)
    known = kind != "lex" or value in load_lexicon()
    matched = _anchor_matches(anchor, english.text, english.distinct) if known else set()
    if kind in ("lex", "morph", "kana"):
        matched = matched | english.glossed(value)
    return sum(english.counts[w] for w in matched) >= holders


class _EnglishWords:
    """The English's content words (lower case) with their counts, and indexes by which a JMdict gloss finds the words
    it renders (``glossed``) without reading every word for every gloss: a hostile entry of 40 sentences and
    140,000 characters took two minutes word by word (from the final review)."""

    def __init__(self, text: str):
        self.text = text
        words = []
        for word in (w.lower() for w in _EN_CONTENT_RE.findall(text)):
            # a hyphenated word is read as its parts (life of life-threatening, injector of auto-injector), each
            # counted once: the whole beside them made "blood-thinning" two renderings of 血液 (from the final review)
            parts = [part for part in word.split("-") if len(part) >= 3] if "-" in word else []
            words += parts or [word]
        self.counts = Counter(words)
        self.distinct = list(self.counts)
        self._prefixes: dict[str, set[str]] = {}  # every prefix of three letters or more → the words it begins
        self._infixes: dict[str, set[str]] = {}  # every inner run of six to twelve letters → the words holding it
        self._fives: dict[str, set[str]] = {}  # first five letters of a word of six or more → the words
        for word in self.distinct:
            if len(word) > _LONGEST_WORD:
                continue  # (from the final review) an 80,000-letter "word" took 3 GB of prefixes: no gloss is one
            for end in range(3, len(word) + 1):
                self._prefixes.setdefault(word[:end], set()).add(word)
            for size in range(6, min(len(word), 12) + 1):
                for start in range(1, len(word) - size + 1):
                    self._infixes.setdefault(word[start : start + size], set()).add(word)
            if len(word) >= 6:
                self._fives.setdefault(word[:5], set()).add(word)
        self._kinds: set[str] | None = None

    def kinds(self) -> set[str]:
        if self._kinds is None:
            from .negation_account import english_units

            self._kinds = {k for k, _ in english_units(self.text)[1]}
        return self._kinds

    def glossed(self, value: str) -> set[str]:
        """The words a JMdict gloss of ``value`` renders: words it begins (家族 → family; リンパ → lymph, lymphatic), for
        a gloss of six letters or more words that hold it (steroid, corticosteroids) or share its first five (吸入 →
        inhalation, inhaler), and a three-letter gloss itself or its plural (ベッド → bed). A word that begins the gloss
        is none of them: again is no rendering of against."""
        from .jmdict import gloss_words

        found: set[str] = set()
        for gloss in gloss_words(value) - _FUNCTION_WORDS:
            if len(gloss) == 3:
                found |= {w for w in (gloss, gloss + "s") if w in self.counts}
            elif len(gloss) >= 4:
                found |= self._prefixes.get(gloss, set())
                if len(gloss) >= 6:
                    found |= self._infixes.get(gloss, set()) | self._fives.get(gloss[:5], set())
        return found


def _distinct_words(anchors: set[tuple[str, str]]) -> set[str]:
    """The anchors' words, a morpheme inside another anchor's word counted with it (痛 of 痛み, 薬 of 抗ヒスタミン薬); a
    kind of lexical negation (cessation of 治まる) is no word of the sentence's own (from the review: 多くは数日で治まります
    has the vague 数 and 治まる's kind, rendered as "settles down within a few days")."""
    values = {value for kind, value in anchors if kind != "kind"}
    return {v for v in values if not any(v != other and v in other for other in values)}


def _content_nouns(sentence: str) -> set[tuple[str, str]]:
    """("lex", noun) for each noun of two characters or more of the sentence (一般, サ変接続, 固有名詞): the lexicon
    knows the article's words only, JMdict the others (喘息, 発作, 吸入 of 喘息の発作が起きたら…吸入薬を使ってください)."""
    from ..japanese.tokenizer import tokenize

    return {
        ("lex", t.surface_form)
        for t in tokenize(sentence)
        if t.pos == "名詞" and t.pos_detail_1 in ("一般", "サ変接続", "固有名詞") and len(t.surface_form) >= 2
    }
