"""Gettext catalogs (PO files) → entries with the lines of their msgid and msgstr.

polib reads the catalog; this module adds only what rules and reports need:
the lines where each entry's ``msgid`` and ``msgstr`` keywords stand (polib
keeps only the line where an entry starts), the page a catalog translates, the
translator's suppression comments, and the inline MyST markup of a message
(tokenised by markdown-it, configured as myst-parser configures it).

Anything polib cannot read, a charset other than UTF-8 and a msgid defined
twice (msgfmt refuses both) raise ``CatalogError`` (a ``LintInputError``)
naming the file and line.

The project's catalogs come from ``sphinx-build -b gettext`` with
``gettext_compact = False``: one catalog per page, ``locale/<lang>/LC_MESSAGES/<page>.po``,
each msgid the MyST source of one paragraph, list item, table cell or heading.
"""

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePath

import polib

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_text
from ..errors import LintInputError

TRANSLATED, FUZZY, UNTRANSLATED, OBSOLETE = "translated", "fuzzy", "untranslated", "obsolete"
STATES = (TRANSLATED, FUZZY, UNTRANSLATED, OBSOLETE)

SUPPRESSION_RE = re.compile(r"lint:\s*ignore\[([^\]]*)\]\s*(.*)")
_MSGID_RE = re.compile(r"^\s*(?:#~\s*)?msgid\s")
_MSGSTR_RE = re.compile(r"^\s*(?:#~\s*)?msgstr(?:\[0\])?\s")
_POLIB_ERROR_RE = re.compile(r"\(line (\d+)\)(?::\s*(.*))?")
_CHARSET_RE = re.compile(r"charset\s*=\s*([^\s;\"\\]+)", re.IGNORECASE)


class CatalogError(LintInputError):
    """A PO file that cannot be read as a catalog (syntax, charset, duplicate msgid)."""


@dataclass(frozen=True)
class Suppression:
    """A translator comment ``# lint: ignore[TRN002] reason`` on one entry."""

    codes: tuple  # as written: codes (TRN002), prefixes (TRN) or names
    reason: str  # empty when the translator gave none
    line: int  # the comment's line


@dataclass
class CatalogEntry:
    msgid: str
    msgstr: str = ""
    msgid_plural: str = ""
    msgstr_plural: dict = field(default_factory=dict)  # form index -> text
    msgctxt: str | None = None
    flags: tuple = ()
    obsolete: bool = False
    translator_comment: str = ""  # "# ..." lines
    extracted_comment: str = ""  # "#. ..." lines
    occurrences: tuple = ()  # ("../../docs/basics.md", "12"), ...
    previous_msgid: str | None = None  # "#| msgid ..." (msgmerge --previous, catalog_tools update)
    line: int = 1  # first line of the entry (its first comment line)
    msgid_line: int = 1
    msgstr_line: int = 1
    end_line: int = 1  # last line that belongs to the entry
    suppressions: tuple = ()

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    @property
    def plural(self):
        return bool(self.msgid_plural)

    @property
    def translations(self):
        """Every translated string: the msgstr, or each plural form in order."""
        if self.plural:
            return [self.msgstr_plural[k] for k in sorted(self.msgstr_plural)]
        return [self.msgstr]

    @property
    def state(self):
        """translated | fuzzy | untranslated | obsolete (as gettext and polib count them)."""
        if self.obsolete:
            return OBSOLETE
        if self.fuzzy:
            return FUZZY
        strings = self.translations
        return TRANSLATED if strings and all(strings) else UNTRANSLATED

    @property
    def translated(self):
        return self.state == TRANSLATED

    @property
    def pairs(self):
        """(source, translation) pairs: one, or one per plural form."""
        if not self.plural:
            return [(self.msgid, self.msgstr)]
        forms = sorted(self.msgstr_plural)
        return [(self.msgid if k == 0 else self.msgid_plural, self.msgstr_plural[k]) for k in forms]

    def suppresses(self, code, name=""):
        """The suppression of this entry that names ``code`` (or its prefix or name), if any."""
        for suppression in self.suppressions:
            for item in suppression.codes:
                item = item.strip()
                if item and (code.startswith(item.upper()) or item == name):
                    return suppression
        return None


@dataclass
class Catalog:
    path: str
    page: str  # the page the catalog translates: "basics" for .../LC_MESSAGES/basics.po
    language: str  # the Language header, else the locale directory name ("en")
    metadata: dict
    entries: list  # every entry in file order, obsolete ones included
    header_line: int = 0  # line of the header's msgid "" (0: no header)
    text: str = ""

    @property
    def lines(self):
        return self.text.splitlines()

    @property
    def active(self):
        return [e for e in self.entries if not e.obsolete]

    def by_state(self, state):
        return [e for e in self.entries if e.state == state]

    @property
    def counts(self):
        """{state: number of entries} for every state."""
        counted = Counter(e.state for e in self.entries)
        return {state: counted.get(state, 0) for state in STATES}

    @property
    def percent_translated(self):
        counts = self.counts
        total = counts[TRANSLATED] + counts[FUZZY] + counts[UNTRANSLATED]
        return 100.0 if total == 0 else round(100.0 * counts[TRANSLATED] / total, 1)

    def entry_at(self, line):
        """The entry whose lines include ``line`` (for suppressions), or None."""
        return next((e for e in self.entries if e.line <= line <= e.end_line), None)


def load_catalog(path):
    """Read and parse the PO file at ``path``."""
    return parse_catalog(path, read_text(Path(path)))


# (thirty-fifth session) a comment line gettext reads as a translator's comment but polib rejects: "#" right before
# a letter ("#TC2 reviewed", which msgfmt -c and babel accept); polib wants "# " there
_TIGHT_COMMENT_RE = re.compile(r"^#(?=[^\s.:,|~])", re.MULTILINE)


# (from a second check of issue 12) the other tight forms GNU gettext reads and polib does not: #,fuzzy, #|msgid,
# #~msgid, #~|msgid, #.note, #:ref, and a keyword glued to its string (msgstr"…")
_TIGHT_MARK_RE = re.compile(r"^#(~\||~(?!\|)|[,|.:])(?=[^\s])", re.MULTILINE)
_TIGHT_KEYWORD_RE = re.compile(r'^(#~\s*|#\|\s*)?(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)(?=")', re.MULTILINE)


def polib_text(text):
    """The PO text as polib reads it: a translator's comment written "#word" given its space ("# word"), and the
    other tight forms gettext accepts (#,fuzzy, #|msgid, msgstr"…") spaced, every line where it was (line numbers
    hold). Only for reading: the file keeps what the translator wrote."""
    text = _TIGHT_COMMENT_RE.sub("# ", text)
    text = _TIGHT_MARK_RE.sub(lambda m: "#" + m.group(1) + " ", text)
    return _TIGHT_KEYWORD_RE.sub(lambda m: (m.group(1) or "") + m.group(2) + " ", text)


def pofile(text_or_path, **options):
    """polib.pofile on a PO file's text or path, read as gettext reads it (see polib_text)."""
    if isinstance(text_or_path, Path) or ("\n" not in str(text_or_path) and Path(str(text_or_path)).is_file()):
        text_or_path = read_text(Path(text_or_path))
    return polib.pofile(polib_text(text_or_path), **options)


def parse_catalog(path, text):
    """Parse a PO file's text; raises CatalogError naming the file and line."""
    path = str(path)
    normalized = polib_text(text)  # the same line numbers, in the form polib and the checks below read
    try:
        po = polib.pofile(normalized, encoding="utf-8", wrapwidth=0)
    except (OSError, ValueError) as exc:
        raise _polib_error(path, exc) from None
    lines = normalized.splitlines()
    _check_strings(path, lines)
    metadata = dict(po.metadata)
    _check_charset(path, lines, metadata)
    entries = _entries(path, po, lines)
    _check_duplicates(path, entries)
    _check_plurals(path, lines, metadata, entries)
    header_line = 0
    if metadata:
        header_line = next((i + 1 for i, line in enumerate(lines) if re.match(r'^msgid\s+""\s*$', line.strip())), 0)
    return Catalog(path, _page_name(path), _language(path, metadata), metadata, entries, header_line, text)


_KEYWORD_LINE_RE = re.compile(r"^(?:#~\s*)?(?:#\|\s*)?(?:msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(.*)$")
_CONTINUATION_RE = re.compile(r'^(?:#~\s*)?(?:#\|\s*)?(".*)$')
_STRING_RE = re.compile(r'^"(?:[^"\\]|\\.)*"$')


# escapes of a PO string the build can use: those Babel (the build's compiler) decodes (\n, \t, \r, \", \\; it keeps
# msgfmt's others, \b or \x41, as written, so the edition would show the backslash), and a backslash before ASCII
# punctuation, which Babel keeps and Markdown reads (\| in a table cell)
_ESCAPE_RE = re.compile(r"\\(.)")
_KNOWN_ESCAPES = frozenset('ntr"\\') | frozenset("!#$%&'()*+,-./:;<=>?@[]^_`{|}~")


def _check_strings(path, lines):
    """Every string of a keyword or continuation line must be closed (polib accepts "abc). An escape msgfmt does
    not know before punctuation (\\|) is left alone: the build compiles catalogs with Babel, which keeps it as
    written, and Markdown reads it; any other escape Babel does not decode (\\q, \\b, \\x41) the edition would show."""
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        match = _KEYWORD_LINE_RE.match(stripped) or _CONTINUATION_RE.match(stripped)
        if match and not _STRING_RE.match(match.group(1).strip()):
            raise CatalogError(
                path,
                number,
                'not a valid PO file: end of line within a string (a string must be closed with " on the same line)',
            )
        if match and "\\" in match.group(1):
            for escape in _ESCAPE_RE.finditer(match.group(1).strip()[1:-1]):
                if escape.group(1) not in _KNOWN_ESCAPES:
                    raise CatalogError(
                        path,
                        number,
                        f"unknown escape \\{escape.group(1)}: the build (Babel) keeps it as written, so the edition"
                        f" would show the backslash (write \\\\ for a backslash)",
                    )


_PLURAL_FORMS_RE = re.compile(r"^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$")


def _check_plurals(path, lines, metadata, entries):
    """The Plural-Forms header must parse as gettext's C expression, and a plural entry must give a msgstr[i]
    for each form it has and none beyond nplurals (msgfmt refuses both)."""
    header = metadata.get("Plural-Forms")
    nplurals = None
    if header is not None:
        line = next((i + 1 for i, text in enumerate(lines) if "Plural-Forms:" in text), 1)
        match = _PLURAL_FORMS_RE.match(header)
        problem = None if match else "Plural-Forms must read nplurals=N; plural=EXPRESSION;"
        if match:
            import gettext

            try:
                gettext.c2py(match.group(2))
            except (ValueError, RecursionError):
                problem = f"Plural-Forms: plural={match.group(2)} is not a valid expression"
        if problem:
            raise CatalogError(path, line, f"not a valid PO file: {problem} (msgfmt refuses it)")
        nplurals = int(match.group(1))
    for entry in entries:
        if not entry.obsolete and entry.msgstr_plural and not entry.msgid_plural:
            raise CatalogError(
                path, entry.msgstr_line, "msgstr[0]… without msgid_plural: write msgstr, or add msgid_plural"
            )
        if entry.obsolete or not entry.msgid_plural:
            continue
        if not entry.msgstr_plural:
            raise CatalogError(
                path, entry.msgstr_line, "a plural entry (msgid_plural) needs msgstr[0], msgstr[1]…, not msgstr"
            )
        too_many = [int(i) for i in entry.msgstr_plural if nplurals is not None and int(i) >= nplurals]
        if too_many:
            form = f"msgstr[{too_many[0]}]"
            at = next(
                (i + 1 for i in range(entry.msgstr_line - 1, len(lines)) if lines[i].lstrip().startswith(form)), 0
            )
            raise CatalogError(
                path,
                at or entry.msgstr_line,
                f"msgstr[{too_many[0]}] but the header's Plural-Forms has nplurals={nplurals} (msgfmt refuses it)",
            )


def _polib_error(path, exc):
    message = str(exc)
    match = _POLIB_ERROR_RE.search(message)
    if match:
        detail = match.group(2) or "syntax error"
        return CatalogError(path, int(match.group(1)), f"not a valid PO file: {detail}")
    return CatalogError(path, 1, f"not a valid PO file: {message}")


def _check_charset(path, lines, metadata):
    """The project's catalogs are UTF-8: a header declaring anything else is an error."""
    content_type = metadata.get("Content-Type")
    if content_type is None:
        return  # no header field: gettext tools assume the catalog's bytes are what they are
    match = _CHARSET_RE.search(content_type)
    charset = match.group(1) if match else ""
    if charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        return
    line = next((i + 1 for i, text in enumerate(lines) if "Content-Type:" in text), 1)
    raise CatalogError(
        path,
        line,
        f"the header declares charset={charset or '(none)'}; the project's catalogs are UTF-8 "
        '(write "Content-Type: text/plain; charset=UTF-8\\n")',
    )


def _entries(path, po, lines):
    """Wrap polib entries, locating their keyword lines by scanning forward from polib's linenum."""
    entries, cursor = [], 0  # cursor: 0-based index of the first line not yet claimed
    for raw in po:
        entries.append(_entry(path, raw, lines, cursor))
        cursor = entries[-1].msgstr_line  # continue after the msgstr keyword
    for current, following in zip(entries, entries[1:], strict=False):
        current.end_line = max(current.msgstr_line, following.line - 1)
    if entries:
        entries[-1].end_line = max(entries[-1].msgstr_line, len(lines))
    return entries


def _entry(path, raw, lines, cursor):
    start = max((raw.linenum or 1) - 1, cursor)
    msgid_index = _find(lines, _MSGID_RE, start)
    msgstr_index = _find(lines, _MSGSTR_RE, msgid_index + 1) if msgid_index is not None else None
    if msgid_index is None or msgstr_index is None:
        line = (msgid_index if msgid_index is not None else start) + 1
        raise CatalogError(path, line, "not a valid PO file: a msgid without its msgstr")
    first = start
    while first < msgid_index and not lines[first].strip():
        first += 1
    entry = CatalogEntry(
        msgid=raw.msgid,
        msgstr=raw.msgstr,
        msgid_plural=raw.msgid_plural or "",
        msgstr_plural={int(k): v for k, v in (raw.msgstr_plural or {}).items()},
        msgctxt=raw.msgctxt,
        flags=tuple(f for f in raw.flags if f),
        obsolete=bool(raw.obsolete),
        translator_comment=raw.tcomment or "",
        extracted_comment=raw.comment or "",
        occurrences=tuple(raw.occurrences),
        previous_msgid=raw.previous_msgid,
        line=first + 1,
        msgid_line=msgid_index + 1,
        msgstr_line=msgstr_index + 1,
    )
    entry.suppressions = tuple(_suppressions(lines, first, msgid_index))
    return entry


def _find(lines, pattern, start):
    for index in range(max(start, 0), len(lines)):
        if pattern.match(lines[index]):
            return index
    return None


def _suppressions(lines, first, msgid_index):
    """``# lint: ignore[CODES] reason`` translator comments above the msgid."""
    found = []
    for index in range(first, msgid_index):
        line = lines[index].strip()
        if not line.startswith("#") or line.startswith(("#.", "#:", "#,", "#|", "#~")):
            continue
        match = SUPPRESSION_RE.search(line)
        if match:
            codes = tuple(c.strip() for c in match.group(1).split(",") if c.strip())
            found.append(Suppression(codes, match.group(2).strip(), index + 1))
    return found


def _check_duplicates(path, entries):
    """Two entries of one msgid and msgctxt, obsolete ones included, as msgfmt and msgmerge reject them.

    (fortieth session, issue 12) Obsolete entries had been left out: two obsolete entries of one source, each with its
    own translation, were read as one and update-po dropped the first translation without a word."""
    seen = {}
    for entry in entries:
        key = (entry.msgctxt, entry.msgid)
        if key in seen:
            first_line, first_obsolete = seen[key]
            kinds = {first_obsolete, entry.obsolete}
            which = (
                "an obsolete (#~) entry and an active one"
                if kinds == {True, False}
                else ("two obsolete (#~) entries" if entry.obsolete else "two entries")
            )
            raise CatalogError(
                path,
                entry.msgid_line,
                f"duplicate message definition (msgid first defined at line {first_line}): {which} of one source; "
                "msgfmt rejects the catalog: keep one of them, with the translation you want",
            )
        seen[key] = (entry.msgid_line, entry.obsolete)


def _page_name(path):
    parts = PurePath(path).with_suffix("").parts
    if "LC_MESSAGES" in parts:
        index = len(parts) - 1 - parts[::-1].index("LC_MESSAGES")
        tail = parts[index + 1 :]
        if tail:
            return "/".join(tail)
    return PurePath(path).stem


def _language(path, metadata):
    language = (metadata.get("Language") or "").strip()
    if language:
        return language
    parts = PurePath(path).parts
    if "LC_MESSAGES" in parts:
        index = parts.index("LC_MESSAGES")
        if index > 0:
            return parts[index - 1]
    return ""


# ---------------------------------------------------------------------------
# Inline markup of a message (msgid or msgstr), tokenised by markdown-it.

# Roles whose content names a target (display text may be translated: ``text <target>``).
TARGET_ROLES = {"ref", "doc", "numref", "download", "any", "eq", "external", "keyword", "option", "envvar"}
# Roles whose content is code, a formula or a name, never prose.
LITERAL_ROLES = {
    "math",
    "code",
    "kbd",
    "samp",
    "file",
    "command",
    "program",
    "envvar",
    "option",
    "py:func",
    "func",
    "mod",
    "class",
    "meth",
    "attr",
    "raw-html",
    "raw-latex",
    "dfn-id",
}
_BARE_URL_RE = re.compile(
    r"(?:https?|ftp)://[^\s<>()\[\]（）「」『』、。，]+|www\.[A-Za-z0-9-]+\.[^\s<>()（）「」、。]+"
)
_TARGET_RE = re.compile(r"<([^<>]+)>\s*$")


@dataclass(frozen=True)
class MessageRole:
    name: str
    content: str

    @property
    def keys(self):
        return [k.strip() for k in self.content.split(",") if k.strip()]

    @property
    def target(self):
        match = _TARGET_RE.search(self.content)
        return (match.group(1) if match else self.content).strip()

    @property
    def has_explicit_target(self):
        """Written as ``text <target>`` ({term}`PEM <post-exertional-malaise>`), not as the target alone."""
        return _TARGET_RE.search(self.content) is not None

    @property
    def is_citation(self):
        return self.name.startswith("cite")

    @property
    def display(self):
        """The text a reader sees: the title of a target role, the content of a text role."""
        if self.is_citation or self.name in LITERAL_ROLES:
            return ""
        match = _TARGET_RE.search(self.content)
        if match:
            return self.content[: match.start()].strip()
        return "" if self.name in TARGET_ROLES else self.content


@dataclass(frozen=True)
class Fence:
    """A code or directive fence written inside a message (```{warning} …```, :::{tip}, ```python): what of it is
    markup, kept as written, apart from its body, which is prose (a directive's) or code (a code block's)."""

    name: str  # the directive's name, or "code" + the language for a code block ("code python", "code")
    argument: str  # the directive's argument (a title, a path), as written
    options: tuple  # (key, value) of its option lines, in order
    closed: bool = True  # whether a closing fence ends it (an unclosed fence swallows the rest of the page)
    marker: str = "```"  # its opening marker (```, ~~~, :::, or longer)
    has_body: bool = True  # whether anything is written inside it after its options


# where a fence may open: three or more backticks, tildes or colons at the start of a line, after any block-quote or list
# markers (the block parser decides whether it is one)
_FENCE_OPENER_RE = re.compile(r"^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:`{3,}|~{3,}|:{3,})", re.MULTILINE)
_DIRECTIVE_INFO_RE = re.compile(r"\{([^{}\s]+)\}[ \t]*(.*)$")
_JAPANESE_TEXT_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]")
_OPTION_LINE_RE = re.compile(r"^[ \t]*:([\w.-]+):[ \t]*(.*)$")
# directives whose argument is a path, a language or a condition, not a title the reader sees
ARGUMENT_NOT_SHOWN = frozenset(
    {
        "figure",
        "image",
        "include",
        "literalinclude",
        "code-block",
        "code",
        "sourcecode",
        "code-cell",
        "raw",
        "only",
        "highlight",
        "bibliography",
        "math",
        "toctree",
        "mermaid",
        "graphviz",
    }
)
# directives whose body is code, data or a list of pages, kept as written: not prose
BODY_NOT_PROSE = ARGUMENT_NOT_SHOWN - {"figure", "only"}
# options whose value is text the reader sees (read as prose, translated); the others are kept as written
TEXT_OPTIONS = frozenset({"alt", "caption"})


# fences nested deeper than this are read as the body of the one around them (a page nests two or three)
_MAX_FENCE_DEPTH = 16


def _unfenced(text, depth=0):
    """(the message with each fence replaced by its body, its fences, the bodies of its code blocks).

    A message holds a fence when a translator's tool or a page keeps a whole directive in one entry. Read inline, its
    backticks would pair into one code span of the whole block, and a translated body would read as changed code; a
    colon fence would read as prose. The block parser finds the fences; a directive's argument (when it is a title)
    and body stay in the text as prose, its name and options are compared apart, a code block's body is code."""
    from .markdown import markdown_parser

    # the parser reads \r\n and \r as line ends: the lines its map counts are these
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    kept, fences, code = [], [], []
    position = 0
    for token in markdown_parser().parse(text):
        # a fence at any depth (in a list item or a block quote too); fences never nest as tokens (a fence's content
        # is raw), so the ones found do not overlap
        if token.type not in ("fence", "colon_fence") or not token.map or token.map[0] < position:
            continue
        start, end = token.map
        closing = lines[end - 1].strip() if start < end - 1 < len(lines) else ""
        closed = bool(closing) and set(closing) == {token.markup[0]} and len(closing) >= len(token.markup)
        kept.extend(lines[position:start])
        position = end
        directive = _DIRECTIVE_INFO_RE.match(token.info.strip())
        if not directive:
            # a code block; a language written in Japanese is a label (::: 注意 :::), not compared as written
            language = token.info.split()[:1]
            shown = [] if any(_JAPANESE_TEXT_RE.search(word) for word in language) else language
            fences.append(Fence(" ".join(["code", *shown]), "", (), closed, token.markup))
            code.append(token.content.rstrip("\n"))
            continue
        name, argument = directive.group(1), directive.group(2).strip()
        body = token.content.split("\n")
        options = []
        if body and body[0].strip() == "---" and "---" in (line.strip() for line in body[1:]):
            # options as a YAML block between --- lines, read as key: value lines
            end_of_block = next(i for i, line in enumerate(body[1:], start=1) if line.strip() == "---")
            for line in body[1:end_of_block]:
                key, _, value = line.partition(":")
                options.append((key.strip(), value.strip()))
            body = body[end_of_block + 1 :]
        while body and (option := _OPTION_LINE_RE.match(body[0])):
            options.append((option.group(1), option.group(2).strip()))
            body.pop(0)
        fences.append(Fence(name, argument, tuple(options), closed, token.markup, any(line.strip() for line in body)))
        # text the reader sees in options (alt text, a caption) is prose: numbers and negations are checked in it
        kept.extend(value for key, value in options if key in TEXT_OPTIONS and value)
        if name in BODY_NOT_PROSE:
            code.append("\n".join(body).strip("\n"))
            continue
        inner_text = "\n".join(body).strip("\n")
        if depth >= _MAX_FENCE_DEPTH:
            inner, inner_fences, inner_code = inner_text, (), ()
        else:
            inner, inner_fences, inner_code = _unfenced(inner_text, depth + 1)
        fences.extend(inner_fences)
        code.extend(inner_code)
        if argument and name not in ARGUMENT_NOT_SHOWN:
            kept.append(argument)
        kept.append(inner)
    kept.extend(lines[position:])
    return "\n".join(kept), tuple(fences), tuple(code)


@dataclass(frozen=True)
class Markup:
    """What a message contains besides prose."""

    text: str
    plain: str  # prose: roles, inline code, URLs and markup removed
    roles: tuple  # MessageRole, in order
    links: tuple  # link and image targets (URLs and internal targets), in order
    bare_urls: tuple  # URLs written as plain text
    code: tuple  # inline code spans
    strong: int  # **strong** spans
    emphasis: int  # *emphasis* spans
    footnotes: tuple  # footnote reference labels
    stray: tuple  # markup characters left as text: an unclosed ** or `
    labelled: tuple = ()  # (text, target) of each link, image and titled target role, in order
    gaps: tuple = ()  # the prose between labelled[i] and labelled[i + 1], for each i
    fences: tuple = ()  # Fence: code and directive fences written in the message, in order

    @property
    def citations(self):
        return [r for r in self.roles if r.is_citation]

    @property
    def prose(self):
        """The plain text plus the text roles display (``{ref}`text <target>```, ``{abbr}`...```)."""
        shown = [r.display for r in self.roles if r.display]
        return " ".join([self.plain, *shown]) if shown else self.plain

    @property
    def citation_keys(self):
        return Counter(k for r in self.citations for k in r.keys)

    @property
    def targets(self):
        """URLs and internal targets: links, bare URLs and the targets of ref/doc-like roles."""
        found = list(self.links) + list(self.bare_urls)
        found += [r.target for r in self.roles if r.name in TARGET_ROLES]
        return Counter(t for t in found if t)


@lru_cache(maxsize=4096)
def inline_markup(text):
    """Tokenise a message as MyST inline Markdown (markdown-it with myst-parser's plugins)."""
    from .markdown import markdown_parser

    original, fences, fenced_code = text, (), ()
    if text and _FENCE_OPENER_RE.search(text):
        text, fences, fenced_code = _unfenced(text)
    tokens = markdown_parser().parseInline(text or "")
    children = tokens[0].children if tokens and tokens[0].children else []
    plain, roles, links, bare_urls, code, footnotes, stray = [], [], [], [], [], [], []
    labelled: list[tuple[str, str, str]] = []  # text, target, the prose since the previous one
    link_text: list[str] | None = None  # the text of the link being read
    gap: list[str] = []  # prose since the last labelled link
    strong = emphasis = 0
    in_autolink = False
    for token in children:
        kind = token.type
        if link_text is not None and kind in ("text", "code_inline"):
            link_text.append(token.content)
        if link_text is None and kind in ("text", "softbreak", "hardbreak", "code_inline"):
            gap.append(token.content if kind == "text" else " ")
        if kind == "text":
            if in_autolink:
                continue  # the link text of <https://...> is the URL itself
            bare_urls.extend(u.rstrip(".,;:!?") for u in _BARE_URL_RE.findall(token.content))
            prose = _BARE_URL_RE.sub(" ", token.content)
            stray.extend(marker for marker in ("**", "__", "`") if marker in prose)
            plain.append(prose)
        elif kind in ("softbreak", "hardbreak"):
            plain.append("\n")
        elif kind == "myst_role":
            role = MessageRole(token.meta.get("name", ""), token.content)
            roles.append(role)
            if role.name in TARGET_ROLES and role.display:
                labelled.append((role.display, role.target, "".join(gap)))
                gap = []
            plain.append(" ")
        elif kind == "code_inline":
            code.append(token.content)
            plain.append(" ")
        elif kind == "link_open":
            links.append(token.attrs.get("href", ""))
            in_autolink = token.markup == "autolink"
            link_text = None if in_autolink else []
        elif kind == "link_close":
            if link_text is not None:
                labelled.append((" ".join("".join(link_text).split()), links[-1], "".join(gap)))
                gap = []
            in_autolink, link_text = False, None
        elif kind == "image":
            links.append(token.attrs.get("src", ""))
            if token.content:
                labelled.append((token.content, links[-1], "".join(gap)))
                gap = []
            plain.append(token.content or "")
        elif kind == "strong_open":
            strong += 1
        elif kind == "em_open":
            emphasis += 1
        elif kind == "footnote_ref":
            footnotes.append(str(token.meta.get("label", "")))
        elif kind == "html_inline":
            plain.append(" ")
    kept = [(text, target, before) for text, target, before in labelled if text and target]
    return Markup(
        original,
        "".join(plain),
        tuple(roles),
        tuple(links),
        tuple(bare_urls),
        tuple(code) + fenced_code,
        strong,
        emphasis,
        tuple(footnotes),
        tuple(stray),
        tuple((text, str(target)) for text, target, _ in kept),
        tuple(before for _, _, before in kept[1:]),
        fences,
    )
