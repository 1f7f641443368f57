"""SEC: nothing in a page may run code in a reader's browser or leak them to an insecure site.

MyST passes raw HTML through to the web edition: an HTML block, inline HTML in a
paragraph, and the body of a ``{raw} html`` directive all reach the reader as
written. These rules read that HTML with the standard library's ``html.parser``
(a real HTML tokenizer: entities are decoded, attributes parsed, ``<script>`` and
``<style>`` bodies kept as text) and the page's links with markdown-it, the parser
MyST uses:

- SEC001 unsafe-raw-html: elements that run or embed active content (script,
  iframe, frame, frameset, object, embed, applet, base), event-handler attributes
  (``onclick=``, ``onerror=`` …), CSS with ``expression(``, ``javascript:``,
  ``behavior:`` or ``-moz-binding`` in a ``style`` attribute or element;
- SEC002 javascript-url: a link or HTML URL attribute whose scheme is
  ``javascript:``, ``vbscript:`` or ``data:text/html`` (markdown-it refuses to
  make such a Markdown link and leaves it empty, so the page's own parser is
  rerun here with every link accepted, to find what the writer meant);
- SEC003 insecure-link (warning): an ``http://`` link or HTML URL.

A URL is judged as a browser reads it: entities decoded, ASCII control characters
and white space removed (``java&#x09;script:`` is ``javascript:``), scheme in any case.
"""

from functools import lru_cache

from ..core.html_safety import (  # noqa: F401 - re-exported: the rules' API and tests use these names
    ANIMATION_ATTRIBUTES,
    DANGEROUS_SCHEMES,
    UNSAFE_CSS,
    UNSAFE_ELEMENTS,
    URL_ATTRIBUTES,
    _Fragment,
    _HtmlProblems,
    dangerous_scheme,
    html_problems,
    insecure,
    normalize_url,
    unsafe_css,
)
from ..findings import WARNING
from ..registry import rule


def _index(fragment, line, offset):
    """Character index of (line 1-based, offset) in a fragment (a str or a _Fragment)."""
    if not isinstance(fragment, _Fragment):
        fragment = _Fragment(fragment)
    return fragment.index(line, offset)


def _page_position(page_lines, first_line, fragment, line, offset):
    """(line, column) in the page of a position in a block fragment that starts at page line first_line.

    Block fragments may have lost indentation (HTML inside a list item): the fragment's
    line is found in the page line to get the column right. ``fragment`` is a str or a
    _Fragment (split once for all the fragment's problems).
    """
    if not isinstance(fragment, _Fragment):
        fragment = _Fragment(fragment)
    fragment_line = fragment.line(line)
    page_line_no = first_line + line - 1
    page_line = page_lines[page_line_no - 1] if 0 < page_line_no <= len(page_lines) else ""
    shift = page_line.find(fragment_line) if fragment_line else 0
    return page_line_no, max(shift, 0) + offset + 1


def _raw_html_directives(page):
    """(first body line, body) of each {raw} directive whose format is html."""
    lines = page.lines
    for directive in page.directives:
        if directive.name != "raw" or "html" not in directive.argument.lower().split():
            continue
        body = directive.body
        first = next((b for b in body.split("\n") if b.strip()), None)
        if first is None:
            continue
        start = directive.line  # 0-based index of the line after the fence
        at = next((i for i in range(start, len(lines)) if first.strip() and first.strip() in lines[i]), start)
        leading = 0
        for b in body.split("\n"):
            if b.strip():
                break
            leading += 1
        yield at + 1 - leading, body


MAX_INCLUDED_BYTES = 2_000_000  # an included file larger than this is not read (and is reported as unchecked)


def _directive_problems(page):
    """HTML the page's raw text does not show: {raw} :file:/:url:, raw in {eval-rst}, included files.

    (The build checks the doctree these produce as well, pvt_sphinx.content_security; here the
    writer hears of it at the directive.)
    """
    for directive in page.directives:
        line = max(directive.line, 1)  # the opening fence
        options = {k.lower() for k in (directive.options or {})}
        if directive.name == "raw" and options & {"file", "url"}:
            yield (
                "SEC001",
                line,
                1,
                "{raw} directive with :file: or :url: copies HTML that is not in the page "
                "into the web edition unchecked",
                "write the HTML (if any) in the page, or use {include}",
            )
        elif directive.name == "eval-rst":
            body = directive.body
            for number, text in enumerate(body.split("\n")):
                words = text.strip().lower()
                if words.startswith(".. raw::") or (words.startswith(".. include::") and ":raw" in body.lower()):
                    yield (
                        "SEC001",
                        line + 1 + number,
                        1,
                        "{eval-rst} with a reStructuredText raw directive: its HTML reaches readers unchecked",
                        "write the content in Markdown",
                    )
                    break
        elif directive.name == "include" and not options & {"literal", "code"}:
            yield from _included_problems(page, directive, line)


def _included_problems(page, directive, line):
    from ..core.includes import resolve_include

    target = directive.argument.strip()
    path = resolve_include(page.path, target)
    if path is None:
        return
    try:
        if not path.is_file():
            return  # a missing file: the build stops on it (and EAT007 names a missing disclaimer)
        if path.stat().st_size > MAX_INCLUDED_BYTES:
            yield (
                "SEC001",
                line,
                1,
                f"the included file {target} is larger than {MAX_INCLUDED_BYTES:,} bytes: its HTML was not checked",
                "split the file, or move what it holds into the page",
            )
            return
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    if "<" not in text:
        return
    for code, inner_line, _offset, message, suggestion in html_problems(text):
        if code in ("SEC001", "SEC002"):
            yield (code, line, 1, f"{message} (in the included file {target}, line {inner_line})", suggestion)


# ---------------------------------------------------------------- Markdown links and inline HTML


@lru_cache(maxsize=1)
def _permissive_parser():
    """The lint's MyST-configured markdown-it, accepting every link (to see the ones MyST drops)."""
    import copy

    from ..parsing.markdown import markdown_parser

    parser = copy.copy(markdown_parser())
    parser.validateLink = lambda url: True
    return parser


def _references(page):
    """The parse environment of the page as the permissive parser reads it: its link reference
    definitions (``references``, ``duplicate_refs``) are what the SEC rules read from it."""
    env = {}
    if "]:" not in page.text:
        # no definition (a label's "]" is followed by ":"): a second parse of the whole page would
        # find no reference, and what else it records (footnotes, matched whatever their
        # definitions) changes no link, image or inline HTML token of the units
        return env
    try:
        _permissive_parser().parse(page.text, env)
    except Exception:  # noqa: BLE001
        return {}
    return env


def _inline_tokens(unit, env):
    try:
        tokens = _permissive_parser().parseInline(unit.source, dict(env))
    except Exception:  # noqa: BLE001
        return []
    return tokens[0].children or [] if tokens else []


def _unit_position(unit, at):
    if not unit.positions:
        return (1, 1)
    return unit.positions[min(max(at, 0), len(unit.positions) - 1)]


def _find_url(source, url, cursor):
    """Where a link destination stands in the inline source, None when it is not there.

    markdown-it has percent-encoded the destination and decoded its entities, so
    it is looked for as written, unquoted, by its scheme, and at last as the
    text after "](". A reference link (``[text][label]``) has its destination in
    the definition, which ``_reference_problems`` reports.
    """
    from urllib.parse import unquote

    for candidate in (url, unquote(url)):
        at = source.find(candidate, cursor) if candidate else -1
        if at >= 0:
            return at
    scheme = dangerous_scheme(unquote(url))
    if scheme:
        at = source.lower().find(scheme.split(":")[0], cursor)
        if at >= 0:
            return at
    at = source.find("](", cursor)
    if at < 0:
        return None
    at += 2
    while at < len(source) and source[at] in " \t\n<":
        at += 1
    return at


def _unit_problems(unit, env):
    """(code, line, column, message, suggestion) for the links and inline HTML of one prose unit."""
    cursor = 0
    for token in _inline_tokens(unit, env):
        if token.type in ("link_open", "image"):
            attr = "href" if token.type == "link_open" else "src"
            url = token.attrs.get(attr, "") or ""
            scheme = dangerous_scheme(url)
            if scheme:
                at = _find_url(unit.source, url, cursor)
                if at is None:
                    continue
                cursor = at + 1
                what = "link" if token.type == "link_open" else "image"
                yield (
                    "SEC002",
                    *_unit_position(unit, at),
                    f"{what} to a {scheme} URL: it runs code when followed",
                    "link to an https:// page instead",
                )
        elif token.type == "html_inline":
            at = unit.source.find(token.content, cursor)
            at = cursor if at < 0 else at
            cursor = at + len(token.content)
            fragment = _Fragment(token.content)
            for code, line, offset, message, suggestion in html_problems(token.content):
                yield (code, *_unit_position(unit, at + fragment.index(line, offset)), message, suggestion)
    for link in unit.links:
        if insecure(link.url):
            yield (
                "SEC003",
                link.line,
                link.column,
                f"link uses http://: {link.url}",
                "use https:// (most sites serve it; check the address)",
            )


def _reference_problems(page, env):
    """SEC002 for link reference definitions (``[label]: javascript:...``) of the page."""
    lines = page.lines
    definitions = list((env.get("references") or {}).values()) + list(env.get("duplicate_refs") or [])
    for definition in definitions:
        url = definition.get("href", "")
        scheme = dangerous_scheme(url)
        where = definition.get("map")
        if not scheme or not where:
            continue
        first, last = where[0], max(where[1], where[0] + 1)
        line, column = first + 1, 1  # the definition's start when the scheme is written with entities
        for index in range(first, min(last, len(lines))):
            at = lines[index].lower().find(scheme.split(":")[0])
            if at >= 0:
                line, column = index + 1, at + 1
                break
        yield (
            "SEC002",
            line,
            column,
            f"link reference definition to a {scheme} URL: it runs code when followed",
            "link to an https:// page instead",
        )


# ---------------------------------------------------------------- the rules


def _problems(page):
    """Every SEC problem of a page, computed once per page."""
    cached = getattr(page, "_sec_problems", None)
    if cached is not None:
        return cached
    lines = page.lines
    problems = []
    for first_line, html in page.html_blocks:
        fragment = _Fragment(html)
        for code, line, offset, message, suggestion in html_problems(html):
            problems.append((code, *_page_position(lines, first_line, fragment, line, offset), message, suggestion))
    for first_line, body in _raw_html_directives(page):
        fragment = _Fragment(body)
        for code, line, offset, message, suggestion in html_problems(body):
            where = _page_position(lines, first_line, fragment, line, offset)
            problems.append((code, *where, message + " ({raw} html directive)", suggestion))
    problems.extend(_directive_problems(page))
    env = _references(page)
    problems.extend(_reference_problems(page, env))
    for unit in page.units:
        if not unit.raw_html:  # its HTML is read above; its text is text (&lt;script&gt; shows "<script>")
            problems.extend(_unit_problems(unit, env))
    unique = {}
    for problem in problems:  # one problem per rule and position (a definition is also a paragraph)
        unique.setdefault(problem[:3] + (problem[3] if problem[0] == "SEC001" else "",), problem)
    problems = sorted(unique.values())
    try:
        page._sec_problems = problems
    except AttributeError:
        pass
    return problems


def _report(page, ctx):
    lines = page.lines
    for problem_code, line, column, message, suggestion in _problems(page):
        if problem_code == ctx.rule.code:
            context = lines[line - 1].strip() if 0 < line <= len(lines) else ""
            yield ctx.report(line, column, message, context=context, suggestion=suggestion)


@rule("SEC001", "unsafe-raw-html", target="page")
def unsafe_raw_html(page, ctx):
    """Raw HTML that runs or embeds active content.

    What: in HTML blocks, inline HTML and ``{raw} html`` directives, the elements
    script, iframe, frame, frameset, object, embed, applet and base; event-handler
    attributes (``onclick=``, ``onload=``, ``onerror=`` …); ``srcdoc=``; and CSS with
    ``expression(``, ``javascript:``, ``behavior:`` or ``-moz-binding`` in a ``style``
    attribute or ``<style>`` element. The HTML is read with Python's html.parser.
    Why: MyST copies raw HTML into the web edition unchanged. A health article
    must never run code in its readers' browsers, and an ePub reader may refuse
    the book because of it.
    Example violation: `<span onclick="track()">抗凝固薬</span>`.
    Fix: delete the attribute, or write the text in Markdown: `抗凝固薬`.
    """
    return _report(page, ctx)


@rule("SEC002", "javascript-url", target="page")
def javascript_url(page, ctx):
    """A link whose URL runs code: javascript:, vbscript: or data:text/html.

    What: Markdown links and images, and URL attributes in raw HTML (href, src,
    action, formaction, …), after decoding entities and removing the control
    characters and spaces a browser ignores (``java&#x09;script:``).
    Why: following such a link runs code with the page's rights. markdown-it
    silently drops the destination, so the writer's link is also broken.
    Example violation: `[詳しく](javascript:openHelp())`.
    Fix: link to a page: `[詳しく](faq.md)` or an https:// address.
    """
    return _report(page, ctx)


@rule("SEC003", "insecure-link", target="page", severity=WARNING)
def insecure_link(page, ctx):
    """A link over plain http://.

    What: Markdown links and images, and URL attributes in raw HTML, that start
    with http://.
    Why: on http:// anyone on the reader's network can read or change the page
    the reader is sent to; a patient following a link from a health article
    should reach the real source.
    Example violation: `[難病情報センター](http://www.nanbyou.or.jp/)`.
    Fix: `[難病情報センター](https://www.nanbyou.or.jp/)` (check that the https
    address works).
    """
    return _report(page, ctx)
