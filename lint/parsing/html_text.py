"""The text a raw HTML block shows the reader, split where the browser breaks it.

MyST copies a raw HTML block (``<div>…</div>``) into the page unchanged, so a
sentence inside it is published like any paragraph and needs its citation like
any paragraph. The standard library's HTML parser reads the whole block: tags
and their attributes are never text, comments, scripts, styles and templates
are never shown, character references become the characters they denote, and
each block-level element (a paragraph, a cell, a list item, a heading) is its
own run of text, as the browser lays it out. Each run keeps the position of
every character in the block, so findings name the page line and column.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from ..core.html_safety import UNCLOSED_LT, without_unclosed_tags

# elements whose content is never shown
HIDDEN = frozenset({"script", "style", "template"})
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
# what a run is, by its innermost block element (as the Markdown units are named)
# elements closed by the start of a sibling (HTML's implied end tags)
IMPLIED_END = {
    "p": ("p",),
    "li": ("li", "p"),
    "dt": ("dt", "dd", "p"),
    "dd": ("dt", "dd", "p"),
    "td": ("td", "th"),
    "th": ("td", "th"),
    "tr": ("tr", "td", "th"),
}
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


@dataclass
class HtmlRun:
    """One block of shown text: its kind, its characters and where each stands in the block."""

    kind: str  # paragraph | heading | list-item | table-cell | term
    text: str
    positions: list  # (line, column) in the block for each character, 1-based line, 0-based column
    cell: tuple = ()  # (row, column, header) of a table cell, 0-based
    part: str = ""  # "caption" for a figure's caption, "title" for a table caption or summary
    chars: list = field(default_factory=list, repr=False)


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)  # references handled one by one to keep positions exact
        self.runs: list[HtmlRun] = []
        self.open: list[str] = []  # open block and hidden elements, outermost first
        self.count: Counter[str] = Counter()  # how many of each are open (a stray end tag is found in O(1))
        self.named: list[str] = []  # the open elements that name a run's kind (KINDS, figcaption), in order
        self.hidden = 0
        self.tables: list[list[int]] = []  # [row, column] of each open table
        self.current: HtmlRun | None = None

    # the current run
    def _close_run(self):
        run, self.current = self.current, None
        if run is None:
            return
        chars = run.chars
        while chars and chars[0][0].isspace():
            chars.pop(0)
        while chars and chars[-1][0].isspace():
            chars.pop()
        if chars:
            run.text = "".join(c for c, _ in chars)
            run.positions = [p for _, p in chars]
            run.chars = []
            self.runs.append(run)

    def _run(self):
        if self.current is None:
            block = self.named[-1] if self.named else ""
            kind = KINDS.get(block, "paragraph")
            cell = ()
            if kind == "table-cell" and self.tables:
                row, column = self.tables[-1]
                cell = (max(row, 0), max(column, 0), block == "th")
            part = "caption" if block == "figcaption" else ("title" if block in ("caption", "summary") else "")
            self.current = HtmlRun(kind, "", [], cell, part)
        return self.current

    def _add(self, text, line, column):
        if self.hidden:
            return
        run = self._run()
        for char in text.replace(UNCLOSED_LT, "<"):
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

    # HTMLParser's events
    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
            self._push(tag)
            return
        if tag == "br":
            self._add("\n", *self.getpos())
            return
        if tag in BLOCKS:
            self._close_run()
            # an element the same kind of element closes when it starts (<p>…<p>, <li>…<li>, <td>…<td>)
            while self.open and self.open[-1] in IMPLIED_END.get(tag, ()):
                self._pop()
            if tag == "table":
                self.tables.append([-1, -1])
            elif tag == "tr" and self.tables:
                self.tables[-1] = [self.tables[-1][0] + 1, -1]
            elif tag in ("td", "th") and self.tables:
                self.tables[-1][1] += 1
            if tag not in VOID:
                self._push(tag)

    def _push(self, tag):
        self.open.append(tag)
        self.count[tag] += 1
        if tag in KINDS or tag == "figcaption":
            self.named.append(tag)

    def _pop(self):
        closed = self.open.pop()
        self.count[closed] -= 1
        if self.named and self.named[-1] == closed:
            self.named.pop()
        if closed in HIDDEN:
            self.hidden -= 1
        if closed == "table" and self.tables:
            self.tables.pop()
        return closed

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self._add("\n", *self.getpos())
        elif tag in BLOCKS:
            self._close_run()

    def handle_endtag(self, tag):
        if not self.count[tag]:
            return  # a stray end tag changes nothing the reader sees
        if tag in BLOCKS:
            self._close_run()
        while self.open and self._pop() != tag:
            pass

    def handle_data(self, data):
        self._add(data, *self.getpos())

    def handle_entityref(self, name):
        self._add(unescape(f"&{name};"), *self.getpos())

    def handle_charref(self, name):
        self._add(unescape(f"&#{name};"), *self.getpos())


def shown_text(html: str) -> list[HtmlRun]:
    """The runs of text a raw HTML block shows, in order, each with its block positions."""
    reader = _Reader()
    reader.feed(without_unclosed_tags(html))
    reader.close()
    reader._close_run()
    return reader.runs
