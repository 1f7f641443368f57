"""SEC004: URLs that come from data (the E-E-A-T record, front matter) use an allowed scheme.

The build turns the record's ``author.url`` (and every other URL it holds) into a
link on every page, so ``url: javascript:alert(1)`` in docs/_meta/eeat.yaml, or in
a page's inline record, would run in every reader's browser. The allowlist is
lint.core.urls (https, http, mailto; relative URLs); the build's doctree check
(pvt_sphinx.content_security) applies the same list to what is rendered.
"""

from __future__ import annotations

from ..core import eeat as core_eeat
from ..core.urls import ALLOWED_SCHEMES, disallowed_scheme
from ..registry import rule

# keys whose values are URLs (the last part of the dotted key, lower case)
URL_KEYS = ("url", "href", "link", "website", "homepage", "sameas", "same_as", "image", "logo", "orcid")
# schemes that are never right anywhere in data, whatever the key
ACTIVE_SCHEMES = ("javascript", "vbscript", "data", "file")


def _strings(value, dotted=""):
    """(dotted key, string) for every string in a YAML value."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _strings(inner, f"{dotted}.{key}" if dotted else str(key))
    elif isinstance(value, list):
        for inner in value:
            yield from _strings(inner, dotted)
    elif isinstance(value, str):
        yield dotted, value


def _is_url_key(dotted):
    last = dotted.rsplit(".", 1)[-1].lower()
    return any(last.endswith(key) for key in URL_KEYS)


def bad_urls(data):
    """(dotted key, scheme) of each URL in data whose scheme is not allowed."""
    for dotted, text in _strings(data):
        scheme = disallowed_scheme(text)
        if scheme and (scheme in ACTIVE_SCHEMES or _is_url_key(dotted)):
            yield dotted, scheme


def _resolution(page, ctx):
    cache = vars(ctx.run).setdefault("_sec004", {})
    if page.path not in cache:
        cache[page.path] = core_eeat.resolve(page, ctx.root)
    return cache[page.path]


@rule("SEC004", "unsafe-data-url", target="page")
def unsafe_data_url(page, ctx):
    """A URL in the E-E-A-T record or the front matter whose scheme is not allowed.

    What: every string under a URL key (url, href, link, website, image, …) of the
    page's front matter and of its E-E-A-T record (shared file or inline), and any
    string anywhere in them, that starts with javascript:, vbscript:, data: or file:.
    Allowed: https, http, mailto and relative URLs.
    Why: the build renders the record's URLs as links on every page; a javascript:
    URL runs in every reader's browser, a file: URL points at the reader's disk.
    Example violation: `author: {name: 編集委員会, url: "javascript:alert(1)"}`.
    Fix: `url: https://japanesehealth.org/about/`.
    """
    allowed = ", ".join(ALLOWED_SCHEMES)
    node, offset, _front = core_eeat.front_matter_node(page)
    lines = core_eeat.key_lines(node, offset) if node is not None else {}
    for dotted, scheme in bad_urls(page.front_matter):
        line = lines.get(dotted, page.front_matter_line or 1)
        yield ctx.report(
            line,
            1,
            f"front matter {dotted} is a {scheme}: URL; only {allowed} or a relative URL may be rendered",
            suggestion="use an https:// address",
        )
    record = _resolution(page, ctx).record
    if record is None or not record.shared:
        return  # an inline record is the front matter, checked above
    seen = vars(ctx.run).setdefault("_sec004_records", set())
    for dotted, scheme in bad_urls(record.data):
        key = (record.path, dotted)
        if key in seen:
            continue  # a shared record is reported once a run
        seen.add(key)
        yield ctx.report(
            record.line(dotted),
            1,
            f"E-E-A-T record {dotted} is a {scheme}: URL; only {allowed} or a relative URL may be rendered",
            path=record.path,
            suggestion="use an https:// address",
        )
