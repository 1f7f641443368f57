"""The text a raw HTML block shows the reader, split where the browser breaks it.

MyST copies a raw HTML block (``<div>…</div>``) into the page unchanged, so a
sentence inside it is published like any paragraph and needs its citation like
any paragraph. The standard library's HTML parser reads the whole block: tags
and their attributes are never text; comments, scripts, styles, templates, code
(``<code>``, ``<pre>``, ``<kbd>``, as Markdown's code is never prose) and ruby
readings are never read; character references become the characters they
denote; each block-level element (a paragraph, a cell, a list item, a heading)
is its own run of text, as the browser lays it out; a link keeps its target, so
navigation reads as navigation. Table cells know their row and column (with
``rowspan`` and ``colspan``, as the HTML table algorithm places them) and
whether they head a column. Each run keeps the position of every character in
the block, so findings name the page line and column.

A page's HTML blocks separated only by blank lines (rows of one table written
apart) are one fragment to the browser, and the page reader passes them as one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.html_safety import UNCLOSED_LT, without_unclosed_tags

# elements whose content is never read: never shown (script, style, template), code (as Markdown's code is
# never prose), and ruby readings (完<rt>かん</rt>治 is the word 完治)
HIDDEN = frozenset({"script", "style", "template", "code", "pre", "kbd", "samp", "var", "rt", "rp"})
# elements that start a new block of text (HTML's block-level and table elements)
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "body", "html", "center", "menu", "option", "optgroup",
        "select", "textarea", "button", "label",
    }
)  # fmt: skip
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
# elements closed by the start of a sibling (HTML's implied end tags)
IMPLIED_END = {
    "p": ("p",),
    "li": ("li", "p"),
    "dt": ("dt", "dd", "p"),
    "dd": ("dt", "dd", "p"),
    "td": ("td", "th", "p"),
    "th": ("td", "th", "p"),
    "tr": ("tr", "td", "th", "p"),
}
# what a run is, by its innermost block element (as the Markdown units are named)
KINDS = {
    **{f"h{n}": "heading" for n in range(1, 7)},
    "summary": "heading",
    "caption": "heading",
    "legend": "heading",
    "dt": "term",
    "li": "list-item",
    "td": "table-cell",
    "th": "table-cell",
}
MAX_SPAN = 50  # rowspan and colspan read up to this (a hostile rowspan=65534 must not fill memory)
MAX_OCCUPIED = 100_000  # cells a table's rowspans may reserve ahead, in all
# Stands for a "&" that starts no character reference ("?id=3&#top"): html.parser, asked to keep references
# apart, stops reading markup at such a "&#" and hands the rest of the block over as text.
BARE_AMPERSAND = "\ufffb"
_BAD_CHARREF = re.compile(r"&(?=#(?![0-9]|[xX][0-9a-fA-F]))")
_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass
class HtmlLink:
    url: str
    start: int  # the link text's span in the run's text
    end: int
    position: tuple  # (line, column) of the href in the block


@dataclass
class HtmlRun:
    """One block of shown text: its kind, its characters and where each stands in the block."""

    kind: str  # paragraph | heading | list-item | table-cell | term
    text: str
    positions: list  # (line, column) in the block for each character, 1-based line, 0-based column
    cell: tuple = ()  # (row, column, header) of a table cell, 0-based
    part: str = ""  # "caption" for a figure's caption, "title" for a table caption or summary
    table: int = 0  # which table of the fragment the cell belongs to (1, 2, …; 0 outside a table)
    links: list = field(default_factory=list)
    chars: list = field(default_factory=list, repr=False)


class _Table:
    def __init__(self, number):
        self.number = number
        self.row = -1
        self.next_column = 0
        self.reserved: set[tuple[int, int]] = set()  # (row, column) taken by a rowspan from above
        self.head = False  # inside <thead>


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)  # references handled one by one to keep positions exact
        self.runs: list[HtmlRun] = []
        self.open: list[str] = []  # open block and hidden elements, outermost first
        self.where: dict[str, list[int]] = {}  # tag -> its depths in ``open``, innermost last
        self.named: list[str] = []  # the open elements that name a run's kind (KINDS, figcaption), in order
        self.hidden = 0
        self.tables: list[_Table] = []
        self.table_count = 0
        self.current: HtmlRun | None = None
        self._cell: tuple | None = None  # (row, column, header) of the innermost open cell
        self.link: tuple | None = None  # (url, start in the current run, position) of the open <a href>

    # the current run
    def _close_run(self):
        run, self.current = self.current, None
        if run is None:
            return
        chars = run.chars
        first = next((i for i, (c, _) in enumerate(chars) if not c.isspace()), len(chars))
        last = next((i for i in range(len(chars) - 1, -1, -1) if not chars[i][0].isspace()), -1)
        kept = chars[first : last + 1]
        if kept:
            run.text = "".join(c for c, _ in kept)
            run.positions = [p for _, p in kept]
            run.links = [
                HtmlLink(link.url, max(link.start - first, 0), min(link.end - first, len(kept)), link.position)
                for link in run.links
                if min(link.end - first, len(kept)) > max(link.start - first, 0)
            ]
            run.chars = []
            self.runs.append(run)

    def _run(self):
        if self.current is None:
            block = self.named[-1] if self.named else ""
            kind = KINDS.get(block, "paragraph")
            cell, table = (), 0
            if kind == "table-cell" and self.tables and self._cell is not None:
                cell, table = self._cell, self.tables[-1].number
            part = "caption" if block == "figcaption" else ("title" if block in ("caption", "summary") else "")
            self.current = HtmlRun(kind, "", [], cell, part, table)
        return self.current

    def _add(self, text, line, column):
        if self.hidden:
            return
        run = self._run()
        for char in text.replace(UNCLOSED_LT, "<").replace(BARE_AMPERSAND, "&"):
            if char == "\n":
                run.chars.append(("\n", (line, column)))
                line, column = line + 1, 0
                continue
            # the indentation after a line break is no text (Markdown's soft break keeps only the break)
            if char in " \t" and run.chars and run.chars[-1][0] == "\n":
                column += 1
                continue
            run.chars.append((char, (line, column)))
            column += 1

    # the open elements
    def _push(self, tag):
        self.where.setdefault(tag, []).append(len(self.open))
        self.open.append(tag)
        if tag in KINDS or tag == "figcaption":
            self.named.append(tag)
        if tag in HIDDEN:
            self.hidden += 1

    def _pop(self):
        closed = self.open.pop()
        self.where[closed].pop()
        if self.named and self.named[-1] == closed:
            self.named.pop()
        if closed in HIDDEN:
            self.hidden -= 1
        if closed == "table" and self.tables:
            self.tables.pop()
        elif closed == "thead" and self.tables:
            self.tables[-1].head = False
        elif closed == "a":
            self._end_link()
        if closed in ("td", "th"):
            self._cell = None
        return closed

    # tables
    def _start_table(self):
        self.table_count += 1
        self.tables.append(_Table(self.table_count))

    def _start_cell(self, tag, attrs):
        table = self.tables[-1]
        if table.row < 0:  # a cell before any <tr>: the first row
            table.row, table.next_column = 0, 0
        column = table.next_column
        while (table.row, column) in table.reserved:
            column += 1
        values = dict(attrs)
        rows, columns = _span(values.get("rowspan")), _span(values.get("colspan"))
        if rows > 1 and len(table.reserved) < MAX_OCCUPIED:
            table.reserved.update((table.row + r, column + c) for r in range(1, rows) for c in range(columns))
        table.next_column = column + columns
        scope = (values.get("scope") or "").lower()
        heads = tag == "th" and scope != "row" and (table.head or table.row == 0 or scope == "col")
        self._cell = (table.row, column, heads)

    # links
    def _end_link(self):
        if self.link is not None and self.current is not None:
            url, start, position = self.link
            self.current.links.append(HtmlLink(url, start, len(self.current.chars), position))
        self.link = None

    # HTMLParser's events
    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self._add("\n", *self.getpos())
            return
        if tag == "a" and not self.hidden:
            self._end_link()
            href = dict(attrs).get("href")
            if href:
                self.link = (href, len(self._run().chars), self.getpos())
            self._push(tag)
            return
        if tag in HIDDEN and tag not in BLOCKS:
            self._push(tag)
            return
        if tag in BLOCKS:
            self._close_run()
            while self.open and self.open[-1] in IMPLIED_END.get(tag, ()):
                self._pop()
            if tag == "table":
                self._start_table()
            elif tag == "thead" and self.tables:
                self.tables[-1].head = True
            elif tag == "tr" and self.tables:
                table = self.tables[-1]
                table.row, table.next_column = table.row + 1, 0
            elif tag in ("td", "th") and self.tables:
                self._start_cell(tag, attrs)
            if tag not in VOID:
                self._push(tag)

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._add("\n", *self.getpos())
        elif tag in ("td", "th") and self.tables:  # <td/>: an empty cell still takes its column
            self._close_run()
            self._start_cell(tag, attrs)
            self._cell = None
        elif tag in BLOCKS:
            self._close_run()

    def handle_endtag(self, tag):
        depths = self.where.get(tag)
        if not depths:
            return  # a stray end tag changes nothing the reader sees
        # an end tag inside a table closes nothing outside it (<td>a</div> leaves the table open)
        tables = self.where.get("table")
        if tag != "table" and tables and depths[-1] < tables[-1]:
            return
        if tag in BLOCKS:
            self._close_run()
        while self.open and self._pop() != tag:
            pass

    def handle_data(self, data):
        self._add(data, *self.getpos())

    def handle_entityref(self, name):
        # html.parser took the ";" if there was one; a name only valid with it is decoded so (&hellip;), and
        # one that is no reference stays as written (AT&T, R&D)
        decoded = unescape(f"&{name};")
        self._add(decoded if decoded != f"&{name};" else unescape(f"&{name}"), *self.getpos())

    def handle_charref(self, name):
        self._add(unescape(f"&#{name};"), *self.getpos())

    def finish(self) -> list[HtmlRun]:
        self.close()
        self._end_link()
        self._close_run()
        return self.runs


def _span(value) -> int:
    try:
        return min(max(int(str(value).strip()), 1), MAX_SPAN)
    except (TypeError, ValueError):
        return 1


def shown_text(html: str) -> list[HtmlRun]:
    """The runs of text an HTML fragment shows, in order, each with its positions in the fragment."""
    # a comment left open at the end is a comment to the end (the HTML tokenizer emits it at the end of the
    # input); html.parser would hand it over as text
    opened = html.rfind("<!--")
    if opened >= 0 and html.find("-->", opened + 4) < 0:
        html = html[:opened] + _NOT_NEWLINE.sub(" ", html[opened:])
    reader = _Reader()
    reader.feed(_BAD_CHARREF.sub(BARE_AMPERSAND, without_unclosed_tags(html)))
    return reader.finish()
