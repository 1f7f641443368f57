"""MyST pages → prose units with exact source positions.

markdown-it-py (configured as myst-parser configures it) finds the blocks and
inline tokens; this module only maps them back to lines and columns of the
page and strips markup so that rules see prose. Directive bodies that hold
Markdown (admonitions, containers, list-tables, figures) are parsed again
with their line offset, so nested content is checked too.
"""

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

import yaml

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.safe_yaml import safe_load
from ..errors import MarkdownError
from .html_text import shown_text

ADMONITIONS = frozenset(
    {"admonition", "attention", "caution", "danger", "error", "hint", "important", "note", "seealso", "tip", "warning"}
)
# Sphinx's version notes: a version number, then a sentence, then a body
VERSION_DIRECTIVES = ("versionadded", "versionchanged", "versionremoved", "deprecated")
VERSION_DIRECTIVES += ("version-added", "version-changed", "version-removed", "version-deprecated")
# Directives whose body is MyST Markdown (prose that must be checked): the admonitions and these.
PROSE_DIRECTIVES = ADMONITIONS | {
    "container",
    "div",
    "list-table",
    "figure",
    "topic",
    "sidebar",
    "epigraph",
    "rubric",
    "dropdown",
    "margin",
    "table",
    # docutils' and Sphinx's other directives whose body is prose (MyST parses it as Markdown)
    "highlights",
    "pull-quote",
    "compound",
    "line-block",
    "parsed-literal",
    "hlist",
    "only",
    "acks",
    "figure-md",
    "header",
    "footer",
    # a body under {class} (Sphinx's Python class, or docutils' class applied to its content), rst-class, cssclass
    *("class", "rst-class", "cssclass"),
    *VERSION_DIRECTIVES,
}
# Directives whose text is prose in a structure of their own, read by _Builder: a glossary's terms and definitions,
# a csv-table's cells
STRUCTURED_DIRECTIVES = frozenset({"glossary", "csv-table"})
# Directives whose argument, after a version number (versionadded) or alone (centered), is a shown sentence
SENTENCE_ARGUMENT = {"centered": 0, **dict.fromkeys(VERSION_DIRECTIVES, 1)}
# Directives that show no prose of their own: code, maths, raw HTML (SEC001's), files, indexes, settings
NOT_PROSE_DIRECTIVES = frozenset(
    {
        *("code", "code-block", "sourcecode", "literalinclude", "highlight", "math", "raw", "include", "image"),
        *("toctree", "bibliography", "footbibliography", "contents", "sectnum", "index", "tabularcolumns"),
        *("meta", "default-role", "default-domain", "role", "title"),
        *("target-notes", "sectionauthor", "moduleauthor", "codeauthor", "date", "replace", "unicode"),
        *("pvt-sources", "eval-rst", "centered"),  # eval-rst: its own check (CIT001); centered: its argument
        # code and diagrams of other extensions, doctest's set-up, notes hidden from readers (from the review)
        *("graphviz", "digraph", "graph", "mermaid", "plantuml", "code-cell", "jupyter-execute", "ipython"),
        *("testsetup", "testcleanup", "testcode", "testoutput", "doctest", "todo", "todolist"),
    }
)
NONCLAIM_CLASS = "nonclaim"
# A table declares how many of its first columns hold row labels, not statements: the list-table
# option `:stub-columns: N` (docutils renders them as row headers), or the class `label-columns-N`
# on a {list-table} or on a {table} directive around a pipe table. None: not declared.
LABEL_COLUMNS_CLASS = re.compile(r"^label-columns-(\d+)$")
BLOCK_OPENERS = {"paragraph_open", "list_item_open", "th_open", "td_open", "heading_open"}


@lru_cache(maxsize=1)
def markdown_parser():
    """markdown-it-py configured as myst-parser 5.2 configures it for this project's pages.

    The same plugins in the same order as ``myst_parser.parsers.mdit.create_md_parser`` with
    the extensions of docs/conf.py (colon_fence, deflist), built here from markdown-it-py and
    mdit-py-plugins alone so that the lint needs neither Sphinx nor docutils.
    tests/lint/test_markdown_parser.py checks that both give the same tokens.
    """
    from markdown_it import MarkdownIt
    from markdown_it.renderer import RendererHTML
    from markdown_it.rules_block import make_fence_rule
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin
    from mdit_py_plugins.myst_blocks import myst_block_plugin
    from mdit_py_plugins.myst_role import myst_role_plugin

    md = (
        MarkdownIt("commonmark", renderer_cls=RendererHTML)
        .enable("table")
        .use(front_matter_plugin)
        .use(myst_block_plugin)
        .use(myst_role_plugin)
        .use(footnote_plugin, inline=False, move_to_end=False, always_match_refs=True)
    )
    colon_fence = make_fence_rule(markers=(":",), token_type="colon_fence", exact_match=False)
    md.block.ruler.before(
        "fence", "colon_fence", colon_fence, {"alt": ["paragraph", "reference", "blockquote", "list", "footnote_def"]}
    )
    md.use(deflist_plugin)
    md.options.update({"typographer": False, "linkify": False})
    return md


@dataclass
class Role:
    """An inline role such as {cite:p}`key1,key2`."""

    name: str
    content: str
    offset: int  # offset into the unit's source text
    plain_offset: int  # where it stood in the plain text
    line: int
    column: int

    @property
    def keys(self):
        return [k.strip() for k in self.content.split(",")]


@dataclass
class Link:
    url: str
    line: int
    column: int
    plain_start: int = 0  # the link text's span in the unit's plain text
    plain_end: int = 0


@dataclass
class ProseUnit:
    """A paragraph, list item paragraph, table cell, heading or caption."""

    kind: str  # paragraph | heading | table-cell | caption | term
    source: str  # inline Markdown of the unit
    plain: str  # prose only: roles, code, URLs and markup removed
    plain_map: list  # plain index -> source index
    positions: list  # source index -> (line, column), 1-based
    roles: list = field(default_factory=list)
    links: list = field(default_factory=list)
    containers: tuple = ()  # enclosing directive names, outermost first
    classes: frozenset = frozenset()  # classes of enclosing directives
    block_id: int = 0  # units with the same block_id share a paragraph/list item/cell
    # Table cells (GFM tables and list-table items): (row, column, header), 0-based;
    # header is True for a GFM header row (th) or a list-table row within :header-rows:.
    cell: tuple = ()
    table: int = 0  # which table of the page the cell belongs to (1, 2, …; 0 outside a table)
    # The label columns the cell's table declares (None: not declared; see LABEL_COLUMNS_CLASS).
    label_columns: int | None = None
    # "title": the title of an admonition, topic, sidebar, rubric or table (kind "heading"), or the
    # text after ```{note} (kind "paragraph": MyST renders it as the body's first line);
    # "caption": a paragraph of a figure's caption or legend; "" otherwise.
    part: str = ""
    # Footnote references in the unit: (label, plain offset) of each [^label].
    footnote_refs: list = field(default_factory=list)
    footnote: str = ""  # the label of the footnote definition the unit belongs to ("" outside one)
    # Inline code removed from the plain text: (plain offset, length) of each `code` span.
    code_spans: list = field(default_factory=list)
    quoted: bool = False  # inside a block quote (> ...), which textlint's Japanese rules mostly skip
    # A list item's lead: the plain text of the paragraph or heading right before its list (主な症状：, ## 関連ページ),
    # or of the item a nested list belongs to; None when the list follows no prose block (it opens the page, or a
    # table, code or a directive stands before it)
    list_lead: str | None = None
    raw_html: bool = False  # text a raw HTML block shows, which textlint's Japanese rules never read

    @property
    def line(self):
        return self.positions[0][0] if self.positions else 1

    @property
    def nonclaim(self):
        return NONCLAIM_CLASS in self.classes

    def position(self, plain_index):
        """(line, column) of a plain-text index."""
        if not self.plain_map:
            return self.positions[0] if self.positions else (1, 1)
        i = min(max(plain_index, 0), len(self.plain_map) - 1)
        return self.positions[self.plain_map[i]]

    @property
    def citations(self):
        return [r for r in self.roles if r.name.startswith("cite")]


@dataclass
class Directive:
    name: str
    argument: str
    options: dict
    body: str
    line: int  # line of the opening fence

    @property
    def classes(self) -> list[str]:
        """The classes given to the directive's content: its :class: option, and for a container or div its argument
        (`:::{container} nonclaim`: the argument is the class list)."""
        found = str(self.options.get("class", "")).split()
        return found + self.argument.split() if self.name in ("container", "div") else found


@dataclass
class Page:
    path: str
    text: str
    front_matter: dict
    front_matter_line: int  # first line of front matter (1) or 0 when absent
    units: list
    directives: list
    html_blocks: list  # (line, raw html) for raw HTML in the page
    unclosed_code: tuple | None = None  # (line, fence) of a code fence never closed (see _unclosed_fence)
    # Shown text no rule reads: (line, what is unread, how to make it read), e.g. an unknown directive's body or a
    # csv-table whose rows come from a file (see _Builder._unread)
    unread: list = field(default_factory=list)

    @property
    def lines(self):
        return split_lines(self.text)


def split_lines(text):
    """Lines as markdown-it counts them: split at \n only.

    str.splitlines() also splits at U+2028, form feed and other separators that
    markdown-it keeps inside a line, which would shift every later position.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _unclosed_fence(tokens, lines):
    """(line, fence) of the first code fence (```, ~~~; not a directive's, whose content is read as the directive's)
    that runs to the end of the page without its closing line: Markdown, and MyST in the build, show the rest of the
    page as code, with no warning (twenty-seventh session, from a review of hostile inputs)."""
    for token in tokens:
        if token.type != "fence" or not token.map or token.map[1] < len(lines):
            continue
        if token.info.strip().startswith("{"):
            continue  # a directive (```{note}): its content is read as the directive's
        markup = token.markup or "```"
        closing = [line.strip() for line in lines[token.map[0] + 1 : token.map[1]] if line.strip()]
        last = closing[-1] if closing else ""
        if not (last and set(last) == {markup[0]} and len(last) >= len(markup)):
            return token.map[0] + 1, markup
    return None


def parse_page(path, text):
    """Parse a MyST page; raises MarkdownError for broken front matter."""
    parser = markdown_parser()
    lines = split_lines(text)
    builder = _Builder(path, lines)
    tokens = parser.parse(text)
    # markdown-it (and MyST in the build) stops reading blocks nested deeper than maxNesting and drops the rest
    # of the page in silence: a page that reaches the limit is refused, naming where
    limit = parser.options.get("maxNesting", 20)
    # a container opened at the last level has its content dropped (a paragraph there keeps its text)
    deepest = next(
        (
            t
            for t in tokens
            if t.level >= limit - 1 and t.type.endswith("_open") and t.type not in ("paragraph_open", "heading_open")
        ),
        None,
    )
    if deepest is not None:
        line = (deepest.map[0] + 1) if deepest.map else 1
        raise MarkdownError(
            path,
            line,
            f"blocks nested {limit} deep (lists, quotes, directives): Markdown stops reading here and the rest of "
            "the page is not published; nest less deeply",
        )
    front, front_line = {}, 0
    if tokens and tokens[0].type == "front_matter":
        front_line = 1
        try:
            front = safe_load(tokens[0].content) or {}  # aliases and length bounded
        except ValueError as exc:  # e.g. an impossible date such as 2026-02-30
            raise MarkdownError(path, 2, f"front matter has an invalid value: {exc}") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = (mark.line + 2) if mark else 2
            raise MarkdownError(path, line, f"front matter is not valid YAML: {_first_line(exc)}") from None
        if not isinstance(front, dict):
            raise MarkdownError(path, 2, "front matter must be a mapping of keys to values")
    builder.walk(tokens, line_offset=0, containers=(), classes=frozenset())
    unclosed = _unclosed_fence(tokens, lines)
    return Page(
        path, text, front, front_line, builder.units, builder.directives, builder.html, unclosed, builder.unread
    )


def declared_label_columns(options, classes):
    """The label columns a table directive declares (:stub-columns: or a label-columns-N class), else None."""
    for name in classes:
        match = LABEL_COLUMNS_CLASS.match(name)
        if match:
            return int(match.group(1))
    stub = str(options.get("stub-columns", "")).strip()
    return int(stub) if stub.isdigit() else None


def _csv_rows(text, dialect):
    """((0-based line offset where the row starts, cells) of each non-empty row of CSV text, the offset of the first
    line the csv module cannot read or None). Each line is given with its line break, as docutils gives it, so a
    quoted cell keeps its own line breaks."""
    import csv

    lines = [line + "\n" for line in split_lines(text)]
    try:
        reader = csv.reader(lines, **dialect)
    except (TypeError, ValueError):  # a character in two roles (:delim: "), which newer Pythons refuse
        return [], 0
    rows, before = [], 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error:
            return rows, before
        if cells:
            rows.append((before, cells))
        before = reader.line_num
    return rows, None


def _single_char(value):
    """A character option as docutils reads one (directives.single_char_or_unicode): the character itself, tab,
    space, or a code (U+003B, 0x3b, x3b, \\x3b, &#x3b;, 59)."""
    value = value.strip()
    named = {"tab": "\t", "space": " "}.get(value.lower())
    if named:
        return named
    code = re.match(r"^(?:0x|x|\\x|U\+?|u|\\u|&#x)([0-9a-f]+);?$", value, re.IGNORECASE)
    number = int(code.group(1), 16) if code else int(value) if value.isdigit() and len(value) > 1 else None
    if number is not None:
        return chr(number) if number <= 0x10FFFF else ""  # a code no character has: docutils refuses the option
    return value


def _first_line(exc):
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def split_directive(token):
    """(name, argument, options, body, body_line_offset) of a fence token, or None."""
    info = token.info.strip()
    if not (info.startswith("{") and "}" in info):
        return None
    name = info[1 : info.index("}")].strip().lower()  # docutils looks directives up by the lower-case name
    argument = info[info.index("}") + 1 :].strip()
    body_lines = split_lines(token.content)
    options, skip = {}, 0
    if body_lines and body_lines[0].strip() == "---":
        end = next((i for i in range(1, len(body_lines)) if body_lines[i].strip() == "---"), None)
        if end is not None:
            try:
                loaded = safe_load("\n".join(body_lines[1:end])) or {}
                options = loaded if isinstance(loaded, dict) else {}
            except yaml.YAMLError:
                options = {}
            skip = end + 1
    else:
        while skip < len(body_lines) and body_lines[skip].startswith(":"):
            key, _, value = body_lines[skip][1:].partition(":")
            options[key.strip()] = value.strip()
            skip += 1
    body = "\n".join(body_lines[skip:])
    return name, argument, options, body, skip


class _Builder:
    def __init__(self, path, lines):
        self.path = path
        self.lines = lines
        self.units = []
        self.directives = []
        self.html = []
        self.unread = []  # see Page.unread
        self.csv_cell = False  # walking one cell of a csv-table
        self.cursor = {}  # line -> column already consumed (table rows)
        self.cell = ()  # (row, column, header) of the table cell being walked
        self.block_counter = 0
        self.label_columns = None  # declared by the table directive being walked
        self.footnote = ""  # label of the footnote definition being walked
        self.table_counter = 0  # tables of the page so far (each cell knows its table)
        self.last_prose = None  # the unit of the last block walked when it was prose (see ProseUnit.list_lead)
        self.list_leads = []  # the lead of each list being walked, innermost last

    def walk(self, tokens, line_offset, containers, classes, header_rows=None, cell=()):
        """Walk block tokens; ``header_rows`` is set when the tokens are a list-table body, ``cell`` when they are
        one cell of a csv-table."""
        kind_stack = []
        row = col = -1
        list_depth = 0
        self.cell = cell
        pending_html = []  # consecutive HTML blocks, read as one fragment
        if header_rows is not None:
            self.table_counter += 1  # a list-table's cells
        for token in tokens:
            if pending_html and token.type != "html_block":  # the fragment's units come before the next block's
                self._html_blocks(pending_html, line_offset, containers, classes)
                pending_html = []
            if token.type == "footnote_reference_open":
                self.footnote = str(token.meta.get("label", ""))
            elif token.type == "footnote_reference_close":
                self.footnote = ""
            if token.type == "table_open":
                row = -1
                self.table_counter += 1
            elif token.type == "tr_open":
                row, col = row + 1, -1
            elif token.type in ("th_open", "td_open"):
                col += 1
                self.cell = (row, col, token.type == "th_open")
            elif token.type in ("th_close", "td_close"):
                self.cell = ()
            elif header_rows is None and token.type in ("bullet_list_open", "ordered_list_open"):
                lead = self.last_prose
                self.list_leads.append(lead.plain if lead is not None and not lead.cell else None)
            elif header_rows is None and token.type in ("bullet_list_close", "ordered_list_close"):
                if self.list_leads:
                    self.list_leads.pop()
                self.last_prose = None  # a block after a list follows no paragraph
            elif header_rows is not None and token.type in ("bullet_list_open", "ordered_list_open"):
                list_depth += 1
            elif header_rows is not None and token.type in ("bullet_list_close", "ordered_list_close"):
                list_depth -= 1
            elif header_rows is not None and token.type == "list_item_open":
                if list_depth == 1:
                    row, col = row + 1, -1
                elif list_depth == 2:
                    col += 1
                    self.cell = (row, col, row < header_rows)
            if token.type.endswith("_open"):
                kind_stack.append(token.type[: -len("_open")])
                in_item = token.type == "paragraph_open" and kind_stack[-2:-1] == ["list_item"]
                if token.type in BLOCK_OPENERS and not in_item:
                    self.block_counter += 1  # paragraphs of one list item share its block
            elif token.type.endswith("_close"):
                if kind_stack:
                    kind_stack.pop()
            elif token.type == "inline":
                self._inline(token, kind_stack, line_offset, containers, classes)
            elif token.type in ("fence", "colon_fence"):
                self._fence(token, line_offset, containers, classes)
                self.last_prose = None
            elif token.type == "html_block":
                self.html.append((token.map[0] + line_offset + 1, token.content))
                pending_html.append(token)
            if token.type in ("table_open", "html_block", "hr", "code_block", "math_block", "blockquote_close"):
                self.last_prose = None  # what follows these follows no paragraph
        if pending_html:
            self._html_blocks(pending_html, line_offset, containers, classes)

    def _html_blocks(self, tokens, line_offset, containers, classes):
        """HTML blocks with only blank lines between them (rows of a table written apart) are one fragment
        to the browser: their text is read as one, the blank lines kept so that positions hold."""
        parts, end = [], tokens[0].map[0]
        for token in tokens:
            parts.append("\n" * (token.map[0] - end) + token.content)
            end = token.map[0] + len(split_lines(token.content))
        self._html_units("".join(parts), tokens[0].map[0] + line_offset, containers, classes)

    def _html_units(self, html, first_line, containers, classes):
        """The text a raw HTML block shows is published as it stands (<div>門脈血栓症は…</div>), so each of
        its blocks is a unit like a paragraph, a cell or a heading (lint.parsing.html_text). A role inside
        is no role (MyST leaves raw HTML alone), so it cites nothing; a link is a link."""
        block_lines = split_lines(html)
        shifts = []  # where each block line stands in its page line (indentation a list or quote removed)
        for i, block_line in enumerate(block_lines):
            page_line = self.lines[first_line + i] if first_line + i < len(self.lines) else ""
            shifts.append(max(page_line.find(block_line), 0) if block_line else 0)

        def page_position(line, column):
            return first_line + line, (shifts[line - 1] if line - 1 < len(shifts) else 0) + column + 1

        tables = {}  # the fragment's table numbers -> the page's
        for run in shown_text(html):
            positions = [page_position(line, column) for line, column in run.positions]
            if run.table and run.table not in tables:
                self.table_counter += 1
                tables[run.table] = self.table_counter
            self.block_counter += 1
            unit = ProseUnit(
                run.kind,
                run.text,
                run.text,
                list(range(len(run.text))),
                positions,
                containers=containers,
                classes=classes,
                block_id=self.block_counter,
                cell=run.cell,
                table=tables.get(run.table, 0),
                part=run.part,
                raw_html=True,
            )
            unit.links = [Link(link.url, *page_position(*link.position), link.start, link.end) for link in run.links]
            self.units.append(unit)

    def _fence(self, token, line_offset, containers, classes):
        start = token.map[0] + line_offset if token.map else line_offset
        parts = split_directive(token)
        if parts is None:
            return  # a code block: never prose
        name, argument, options, body, skip = parts
        self.last_prose = None  # a list that opens the body follows the directive's title, if any
        directive = Directive(name, argument, options, body, start + 1)
        self.directives.append(directive)
        if name == "raw" and "html" in argument.lower().split():
            self._html_units(body, start + 1 + skip, containers, classes)
        extra = directive.classes
        if name in SENTENCE_ARGUMENT:
            sentence = argument.split(None, SENTENCE_ARGUMENT[name])[SENTENCE_ARGUMENT[name] :]
            if sentence:
                self._title_unit(sentence[0], start, containers + (name,), classes, kind="paragraph", part="")
        if argument and name in ("csv-table", "contents"):  # the table's caption, the contents' title
            self._title_unit(argument, start, containers + (name,), classes | frozenset(extra))
        if name in STRUCTURED_DIRECTIVES:
            reader = self._glossary if name == "glossary" else self._csv_table
            reader(body, options, start, start + 1 + skip, containers + (name,), classes | frozenset(extra))
            return
        if name not in PROSE_DIRECTIVES:
            if name not in NOT_PROSE_DIRECTIVES and any(ch.isalpha() for ch in body):
                self.unread.append(
                    (start + 1, f"the text of the {{{name}}} directive", "write it as Markdown prose or in a note")
                )
            return
        inner_classes = classes | frozenset(extra) | ({name} if name in ADMONITIONS else set())
        inner = containers + (name,)
        if argument and name in ("admonition", "topic", "sidebar", "rubric", "dropdown", "list-table", "table"):
            self._title_unit(argument, start, inner, inner_classes)
        elif argument and name in ADMONITIONS:  # ```{note} text: MyST makes the text the body's first line,
            # but it stands where a title stands, and is read as one (a label unless it predicates)
            self._title_unit(argument, start, inner, inner_classes, kind="paragraph", part="title")
        if name == "rubric":
            return
        body_offset = start + 1 + skip
        header_rows = None
        if name == "list-table":
            try:
                header_rows = int(str(options.get("header-rows", 0)).strip() or 0)
            except ValueError:
                header_rows = 0
        saved, saved_labels = self.cell, self.label_columns
        if name in ("list-table", "table"):
            self.label_columns = declared_label_columns(options, extra)
        self.walk(markdown_parser().parse(body), body_offset, inner, inner_classes, header_rows)
        self.cell, self.label_columns = saved, saved_labels

    def _glossary(self, body, options, start, body_offset, containers, classes):
        """A Sphinx glossary: lines at the body's left edge are terms (a term of the kind "term", as a definition
        list's), the indented lines under them their definition, which MyST parses as Markdown."""
        lines = split_lines(body)
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                continue
            if not line[0].isspace():
                i += 1
                if line.startswith(".. "):  # a comment, with its indented lines (a bare ".." is a term)
                    while i < len(lines) and (not lines[i].strip() or lines[i][0].isspace()):
                        i += 1
                    continue
                term = line.split(" : ")[0].strip()  # "term : index key"
                self._title_unit(term, body_offset + i - 1, containers, classes, kind="term", part="")
                continue
            end = i
            while end < len(lines) and (not lines[end].strip() or lines[end][0].isspace()):
                end += 1
            block = lines[i:end]
            indent = min(len(b) - len(b.lstrip()) for b in block if b.strip())
            definition = "\n".join(b[indent:] for b in block)
            self.walk(markdown_parser().parse(definition), body_offset + i, containers, classes)
            self.last_prose = None
            i = end

    def _csv_table(self, body, options, start, body_offset, containers, classes):
        """A csv-table: the rows of :header: and of the body, read as docutils reads them (its CSV dialect,
        :delim:, :quote:, :escape:, :keepspace:), each cell a table cell whose text MyST parses as Markdown.
        Rows from :file: or :url: are not in the page, so no rule reads them: reported (Page.unread)."""
        keys = {str(k).lower() for k in options}
        if keys & {"file", "url"}:
            self.unread.append(
                (
                    start + 1,
                    "the rows of a {csv-table} read from :file: or :url:",
                    "write the rows in the directive's body (or use a {list-table}), where each cell is checked",
                )
            )
        dialect = {"delimiter": ",", "quotechar": '"', "doublequote": True, "skipinitialspace": True, "strict": False}
        for option, key in (("delim", "delimiter"), ("quote", "quotechar"), ("escape", "escapechar")):
            value = _single_char(str(options.get(option, "")))
            if len(value) == 1:
                dialect[key] = value
                if key == "escapechar":
                    dialect["doublequote"] = False
        if "keepspace" in keys:
            dialect["skipinitialspace"] = False
        try:
            header_rows = int(str(options.get("header-rows", 0)).strip() or 0)
        except ValueError:
            header_rows = 0
        rows = []  # (0-based page line of the row's first line, cells, header)
        header = str(options.get("header", "") or "")
        if header:
            option_line = next(
                (
                    n
                    for n in range(start, min(body_offset, len(self.lines)))
                    if self.lines[n].lstrip().startswith((":header:", "header:"))
                ),
                start,
            )
            rows += [(option_line, cells, True) for _, cells in _csv_rows(header, dialect)[0]]
        found, unread_at = _csv_rows(body, dialect)
        for offset, cells in found:
            rows.append((body_offset + offset, cells, len(rows) - (1 if header else 0) < header_rows))
        if unread_at is not None:
            self.unread.append(
                (
                    body_offset + unread_at + 1,
                    "the rows of a {csv-table} from here on, which its CSV options cannot read",
                    "close the quotation or give :delim:, :quote: and :escape: different characters",
                )
            )
        saved_labels = self.label_columns
        self.label_columns = declared_label_columns(options, classes)
        self.table_counter += 1
        for row, (line, cells, is_header) in enumerate(rows):
            at = 0  # the column where the previous cell of the row ended, on ``line``
            for column, text in enumerate(cells):
                if text.strip():
                    # a cell is found after the previous one: on its line, or on the next few when a quoted cell ran
                    # over lines; written with doubled quotes ("") in the source when it holds a quote
                    first = text.strip().split("\n")[0]
                    for n in range(line, min(line + 4, len(self.lines))):
                        source = self.lines[n]
                        hits = [
                            c for c in (source.find(first, at), source.find(first.replace('"', '""'), at)) if c >= 0
                        ]
                        col = min(hits) if hits else -1
                        if col >= 0:
                            line, at = n, col
                            break
                        at = 0
                    else:
                        at = 0
                    self.cursor[line] = max(self.cursor.get(line, 0), at)
                    tokens = markdown_parser().parse(text.strip())
                    self.csv_cell = True
                    self.walk(tokens, line, containers, classes, cell=(row, column, is_header))
                    self.csv_cell = False
                    line += text.strip().count("\n")  # the next cell starts where this one ended
                    at = self.cursor.get(line, at)
        self.cell, self.label_columns, self.last_prose = (), saved_labels, None

    def _title_unit(self, title, line0, containers, classes, kind="heading", part="title"):
        source_line = self.lines[line0] if line0 < len(self.lines) else ""
        col = source_line.find(title)
        positions = [(line0 + 1, max(col, 0) + i + 1) for i in range(len(title))]
        self.block_counter += 1
        self.units.append(
            ProseUnit(
                kind,
                title,
                title,
                list(range(len(title))),
                positions,
                containers=containers,
                classes=classes,
                block_id=self.block_counter,
                part=part,
            )
        )
        self.last_prose = self.units[-1]

    def _inline(self, token, kind_stack, line_offset, containers, classes):
        parent = kind_stack[-1] if kind_stack else "paragraph"
        kind = {"heading": "heading", "th": "table-cell", "td": "table-cell", "dt": "term"}.get(parent, "paragraph")
        if "list_item" in kind_stack and kind == "paragraph":
            kind = "list-item"
        elif self.csv_cell and kind == "paragraph":
            kind = "table-cell"  # a csv-table's cell holds a paragraph, as a pipe table's does
        first_line = (token.map[0] if token.map else 0) + line_offset
        source = token.content
        positions = self._positions(source, first_line)
        unit = ProseUnit(
            kind,
            source,
            "",
            [],
            positions,
            containers=containers,
            classes=classes,
            block_id=self.block_counter,
            cell=self.cell,
            table=self.table_counter if self.cell else 0,
            label_columns=self.label_columns if self.cell else None,
            footnote=self.footnote,
            quoted="blockquote" in kind_stack,
            part="caption" if containers and containers[-1] == "figure" and kind == "paragraph" else "",
            list_lead=self.list_leads[-1] if kind == "list-item" and self.list_leads else None,
        )
        self._plain(unit, token.children or [])
        self.units.append(unit)
        self.last_prose = unit

    def _positions(self, source, first_line):
        """Map each character of the inline source to its (line, column) in the page."""
        positions = []
        for i, content_line in enumerate(source.split("\n")):
            line_index = first_line + i
            page_line = self.lines[line_index] if line_index < len(self.lines) else ""
            start = self.cursor.get(line_index, 0)
            col = page_line.find(content_line, start) if content_line else -1
            if col < 0:
                col = len(page_line) - len(page_line.lstrip())
            else:
                self.cursor[line_index] = col + len(content_line)
            positions.extend(zip(repeat(line_index + 1), range(col + 1, col + 1 + len(content_line))))
            positions.append((line_index + 1, col + len(content_line) + 1))  # the newline
        return positions

    def _plain(self, unit, children):
        """Fill the plain text, roles and links by locating each token in the source."""
        source, cursor = unit.source, 0
        plain, plain_map = [], []
        link_depth = 0

        def add_text(text):
            nonlocal cursor
            at = source.find(text, cursor) if text else -1
            if at < 0:
                at = cursor
            plain.extend(text)
            # character j comes from source index at + j, never past the source's last character
            last = len(source) - 1 if source else 0
            inside = max(0, min(at + len(text), last + 1) - at)
            plain_map.extend(range(at, at + inside))
            plain_map.extend([last] * (len(text) - inside))
            cursor = at + len(text)

        for child in children:
            if child.type == "text":
                add_text(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                at = source.find("\n", cursor)
                if at >= 0:
                    plain.append("\n")
                    plain_map.append(at)
                    cursor = at + 1
            elif child.type == "myst_role":
                name = child.meta.get("name", "")
                marker = "{" + name + "}"
                at = source.find(marker, cursor)
                at = cursor if at < 0 else at
                line, col = unit.positions[min(at, len(unit.positions) - 1)] if unit.positions else (1, 1)
                unit.roles.append(Role(name, child.content, at, len(plain), line, col))
                end = source.find("`", at + len(marker) + 1 + len(child.content))
                cursor = end + 1 if end >= 0 else at + len(marker)
            elif child.type == "footnote_ref":
                unit.footnote_refs.append((str(child.meta.get("label", "")), len(plain)))
                at = source.find("[^", cursor)
                if at >= 0:
                    cursor = source.find("]", at) + 1 or cursor
            elif child.type == "code_inline":
                unit.code_spans.append((len(plain), len(child.content)))
                at = source.find(child.content, cursor)
                if at >= 0:
                    cursor = at + len(child.content)
            elif child.type == "link_open":
                link_depth += 1
                href = child.attrs.get("href", "")
                at = source.find(href, cursor) if href else -1
                line, col = unit.positions[at] if 0 <= at < len(unit.positions) else unit.position(0)
                unit.links.append(Link(href, line, col, len(plain), len(plain)))
            elif child.type == "link_close":
                link_depth -= 1
                if unit.links:
                    unit.links[-1].plain_end = len(plain)
                href = unit.links[-1].url if unit.links else ""
                at = source.find(href, cursor) if href else -1
                if at >= 0:
                    cursor = at + len(href)
            elif child.type == "image":
                unit.links.append(Link(child.attrs.get("src", ""), *unit.position(len(plain)), len(plain), len(plain)))
            elif child.type in ("html_inline",):
                at = source.find(child.content, cursor)
                if at >= 0:
                    cursor = at + len(child.content)
        unit.plain = "".join(plain)
        unit.plain_map = plain_map
