"""Is this HTML safe to show a reader? The analysis the lint (SEC rules) and the build share.

``html_problems(fragment)`` reads HTML with the standard library's ``html.parser`` (a
real tokenizer: entities decoded, attributes parsed, ``<script>`` and ``<style>``
bodies kept as text, and read again as markup, because inside ``<svg>`` a browser
parses ``<style>`` as markup) and returns what would run code: elements that run or
embed active content, event-handler attributes, code in CSS, and URLs whose scheme
runs code. A tag left open at the end of a fragment is read as if closed there.

Used by lint/rules/security.py (SEC001, SEC002, SEC003) and by the build
(pvt_sphinx.content_security) on the doctree's raw nodes.
"""

from html.parser import HTMLParser

from .urls import normalize_url

UNSAFE_ELEMENTS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "base"}
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "cite",
    "codebase",
    "longdesc",
    "manifest",
    "ping",
    "srcset",
    "lowsrc",
    "dynsrc",
}
# SVG animation attributes set another attribute's value (``<animate attributeName="href"
# values="javascript:…">``): each of their values is a URL as far as a browser is concerned.
ANIMATION_ATTRIBUTES = {"values", "to", "from", "by"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
UNSAFE_CSS = ("expression(", "javascript:", "vbscript:", "behavior:", "-moz-binding")


def dangerous_scheme(url):
    """'javascript:' (etc.) when the URL runs code; None otherwise."""
    normal = normalize_url(url)
    return next((s for s in DANGEROUS_SCHEMES if normal.startswith(s)), None)


def insecure(url):
    return normalize_url(url).startswith("http://")


def unsafe_css(css):
    normal = "".join((css or "").split()).lower()
    normal = normal.replace("\\", "")  # CSS escapes: e\xpression( is expression(
    return next((p for p in UNSAFE_CSS if p in normal), None)


# ---------------------------------------------------------------- HTML


class _HtmlProblems(HTMLParser):
    """Problems in an HTML fragment: (code, line, offset, message, suggestion); line 1-based, offset 0-based."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.open_style = None  # position of an open <style> tag

    def _add(self, code, message, suggestion="", position=None):
        line, offset = position or self.getpos()
        self.problems.append((code, line, offset, message, suggestion))

    def handle_starttag(self, tag, attrs):
        if tag in UNSAFE_ELEMENTS:
            self._add(
                "SEC001",
                f"<{tag}> element in raw HTML: it runs or embeds active content",
                "remove it; link to the page instead, or use a Sphinx directive (figure, image)",
            )
        self.open_style = self.getpos() if tag == "style" else None
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on"):
                self._add(
                    "SEC001", f"event-handler attribute {name}= on <{tag}>: it runs JavaScript", f"delete {name}="
                )
            elif name == "style" and unsafe_css(value):
                self._add(
                    "SEC001",
                    f"style attribute with {unsafe_css(value)} on <{tag}>: it runs code",
                    "use a class and the site's stylesheet",
                )
            elif name == "srcdoc":
                self._add("SEC001", f"srcdoc= on <{tag}> embeds a whole HTML document", "delete srcdoc=")
            if name in ANIMATION_ATTRIBUTES and value is not None:
                scheme = next(filter(None, (dangerous_scheme(v) for v in value.split(";"))), None)
                if scheme:
                    self._add(
                        "SEC002",
                        f"{name}= on <{tag}> sets a {scheme} URL: it runs code when followed",
                        "delete the animation",
                    )
            if name in URL_ATTRIBUTES and value is not None:
                scheme = dangerous_scheme(value)
                if scheme:
                    self._add(
                        "SEC002",
                        f"{name}= on <{tag}> is a {scheme} URL: it runs code when followed",
                        "link to an https:// page instead",
                    )
                elif insecure(value):
                    self._add("SEC003", f"{name}= on <{tag}> uses http://: {value}", "use https://")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.open_style = None

    def handle_endtag(self, tag):
        if tag == "style":
            self.open_style = None

    def handle_data(self, data):
        if self.open_style and unsafe_css(data):
            self._add(
                "SEC001",
                f"<style> element with {unsafe_css(data)}: it runs code",
                "use the site's stylesheet",
                position=self.open_style,
            )
        if self.cdata_elem and "<" in data and self.depth < 4:
            # html.parser keeps a <style> or <script> body as text, but inside <svg> or <math>
            # a browser parses <style> as markup: <svg><style><img onerror=…> runs. Read it as HTML too.
            line, offset = self.getpos()
            for code, inner_line, inner_offset, message, suggestion in html_problems(data, self.depth + 1):
                position = (line + inner_line - 1, (offset if inner_line == 1 else 0) + inner_offset)
                self._add(code, message + f" (inside <{self.cdata_elem}>)", suggestion, position=position)


# Stands for a "<" that no ">" follows: one character, so every position in the fragment is kept.
UNCLOSED_LT = "\ufffc"


def without_unclosed_tags(fragment):
    """``fragment`` with each "<" after its last ">" replaced by UNCLOSED_LT (same length).

    A browser ends a tag at the next ">", so a "<" with none after it opens no tag (the HTML tokenizer
    drops it at the end of the input). html.parser instead scans to the end of the input again from every
    such "<": 20,000 copies of "<a " took a minute. Replaced, they are text to it, read once.
    """
    last = fragment.rfind(">")
    tail = fragment[last + 1 :]
    if "<" not in tail:
        return fragment
    return fragment[: last + 1] + tail.replace("<", UNCLOSED_LT)


def html_problems(fragment, depth=0):
    parser = _HtmlProblems()
    parser.depth = depth
    try:
        parser.feed(without_unclosed_tags(fragment))
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser recovers from nearly anything; never crash the lint
        pass
    # A tag left open at the end of the fragment (``<img src=x onerror=alert(1)`` ending an HTML
    # block) is dropped by html.parser, but the page goes on and a browser closes the tag with
    # the next ">": read it as if it were closed here.
    last = fragment.rfind("<")
    if depth < 4 and last >= 0 and ">" not in fragment[last:] and fragment[last + 1 : last + 2].isalpha():
        prefix = fragment[:last]
        line, offset = prefix.count("\n") + 1, last - (prefix.rfind("\n") + 1)
        for code, inner_line, inner_offset, message, suggestion in html_problems(fragment[last:] + ">", depth + 1):
            parser.problems.append((code, line + inner_line - 1, offset + inner_offset, message, suggestion))
    return parser.problems


class _Fragment:
    """An HTML fragment's lines and line starts, split once: positions map in O(1), not O(length) each."""

    def __init__(self, text):
        self.lines = text.split("\n")
        self.starts = [0]
        for line in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def index(self, line, offset):
        """Character index of (line 1-based, offset)."""
        return self.starts[min(max(line, 1), len(self.starts)) - 1] + offset

    def line(self, line):
        return self.lines[line - 1] if 0 < line <= len(self.lines) else ""
