"""Which URLs the article may carry: the scheme allowlist shared by the lint and the build.

A URL is judged as a browser reads it: ASCII control characters and white space
removed (``java\\tscript:`` is ``javascript:``), the scheme in any case. A URL with
no scheme (a relative link, ``#anchor``, ``/page``) is the site's own and allowed.
"""

from __future__ import annotations

from . import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)

ALLOWED_SCHEMES = ("https", "http", "mailto")
_SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.-]*):")


def normalize_url(url: str | None) -> str:
    """The URL as a browser resolves its scheme: no control characters or white space, lower case."""
    return "".join(ch for ch in (url or "") if ord(ch) > 0x20 and ord(ch) != 0x7F).lower()


def url_scheme(url: str | None) -> str:
    """The URL's scheme ('https', 'javascript'), or '' for a relative URL."""
    match = _SCHEME_RE.match(normalize_url(url))
    return match.group(1) if match else ""


def disallowed_scheme(url: str | None, allowed: tuple[str, ...] = ALLOWED_SCHEMES) -> str | None:
    """The scheme when it is not allowed (``javascript``, ``data``, ``file``…); None when the URL may be used."""
    scheme = url_scheme(url)
    return scheme if scheme and scheme not in allowed else None
