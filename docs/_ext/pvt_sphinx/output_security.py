"""The output check after every build, and each web page's Content-Security-Policy.

Whatever reached the output by a way no other check saw (a template, a theme, an
extension) is caught here. When the build finishes, every written ``.html`` (web) and
``.xhtml`` (ePub) file is parsed with BeautifulSoup (html.parser) and refused, as a
warning at ``file:line`` that fails the build (``-W``, and the exit status even
without it), if it holds:

* a ``<script>`` element other than a JSON-LD data block (``type="application/ld+json"``,
  which does not run), a script file the build wrote (``_static/``, ``searchindex.js``; web only),
  or an inline script whose exact text is in one of the theme's templates (Sphinx's
  searchbox line); an ePub holds no script at all;
* an event-handler attribute (``onclick=``, ``onerror=`` …), ``srcdoc=``, or an element
  that runs or embeds active content (iframe, object, embed, base, …);
* a URL attribute (href, src, action, xlink:href, SVG animation values …) whose scheme
  runs code (javascript:, vbscript:) or is data:;
* ``<style>`` holding markup (inside ``<svg>`` a browser reads it as markup).

Then every web page gets a ``<meta http-equiv="Content-Security-Policy">`` right
after its charset declaration, computed from the page itself: ``script-src 'self'``
plus the SHA-256 hash of each of the theme's inline scripts the page holds (hashlib
over the exact text between the tags), so a script injected by any other way does not
run, and the policy follows the theme when it changes. (The ePub gets no policy: it
holds no script at all, which the check enforces.) ``frame-ancestors`` cannot be set from a
meta element; it belongs in the server's headers.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from sphinx.application import Sphinx
from sphinx.util import logging

from lint.core.html_safety import ANIMATION_ATTRIBUTES, URL_ATTRIBUTES
from lint.core.urls import url_scheme

logger = logging.getLogger(__name__)

WEB_BUILDERS = ("html", "dirhtml", "singlehtml")
DATA_BLOCK_TYPES = ("application/ld+json", "application/json")
ACTIVE_ELEMENTS = ("iframe", "frame", "frameset", "object", "embed", "applet", "base")
CODE_SCHEMES = ("javascript", "vbscript", "data")
CSP_META = "Content-Security-Policy"
POLICY = (
    "default-src 'self'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)
_SCRIPT_RE = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_CHARSET_RE = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)
_HEAD_RE = re.compile(r"<head\b[^>]*>", re.IGNORECASE)


# -- the theme's own inline scripts -------------------------------------------------


def theme_inline_scripts(app: Sphinx) -> set[str]:
    """The inline scripts written verbatim (no Jinja in them) in the theme's and the project's templates."""
    folders = [Path(app.confdir, p) for p in app.config.templates_path]
    theme = getattr(app.builder, "theme", None)
    if theme is not None:
        folders += [Path(d) for d in theme.get_theme_dirs()]
    import sphinx

    folders.append(Path(sphinx.__file__).parent / "themes" / "basic")
    scripts = set()
    for folder in folders:
        for template in folder.rglob("*.html") if folder.is_dir() else ():
            try:
                text = template.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            for body in _SCRIPT_RE.findall(text):
                if body.strip() and "{{" not in body and "{%" not in body:
                    scripts.add(body)
    return scripts


# -- the check ---------------------------------------------------------------------


def _own_script(src: str, page: Path, outdir: Path) -> bool:
    """A .js file the build wrote (relative URL, no scheme, no host): in _static/ or the output's top
    (searchindex.js), never in the folders that hold copies of the authors' files (_downloads, _images)."""
    parts = urlsplit(src)
    if parts.scheme or parts.netloc or not parts.path.endswith(".js"):
        return False
    root = outdir.resolve()
    target = (page.parent / parts.path).resolve()
    if root not in target.parents or not target.is_file():
        return False
    return target.parent == root or (root / "_static") in target.parents


def page_problems(text: str, page: Path, outdir: Path, allowed_inline: set[str], web: bool) -> list[tuple]:
    """(line, message) for each thing in a built page that could run code."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    problems = []
    for element in soup.find_all(True):
        name = element.name.lower()
        line = element.sourceline or 1
        if name == "script":
            kind = (element.get("type") or "").strip().lower()
            body = element.string or ""
            if kind in DATA_BLOCK_TYPES and not element.get("src"):
                try:
                    json.loads(body)
                except ValueError:
                    problems.append((line, "JSON-LD data block that is not JSON"))
            elif not web:
                problems.append((line, "<script> in an ePub page"))
            elif element.get("src"):
                if not _own_script(element["src"], page, outdir):
                    problems.append((line, f"<script src> not a file of the build: {element['src'][:80]}"))
            elif body not in allowed_inline:
                problems.append((line, "inline <script> that is not one of the theme's"))
        elif name in ACTIVE_ELEMENTS:
            problems.append((line, f"<{name}> element"))
        elif name == "style" and "<" in (element.string or ""):
            problems.append((line, "<style> holding markup"))
        for attribute, value in element.attrs.items():
            attribute = attribute.lower()
            values = value if isinstance(value, list) else [value or ""]
            if attribute.startswith("on"):
                problems.append((line, f"event-handler attribute {attribute}= on <{name}>"))
            elif attribute == "srcdoc":
                problems.append((line, f"srcdoc= on <{name}>"))
            elif attribute in URL_ATTRIBUTES or attribute in ANIMATION_ATTRIBUTES:
                urls = [u for v in values for u in (v.split(";") if attribute in ANIMATION_ATTRIBUTES else [v])]
                for url in urls:
                    scheme = url_scheme(url)
                    if scheme in CODE_SCHEMES:
                        problems.append((line, f"{attribute}= on <{name}> is a {scheme}: URL"))
    return problems


def output_files(outdir: Path, web: bool) -> list[Path]:
    pattern = "*.html" if web else "*.xhtml"
    return sorted(
        p
        for p in outdir.rglob(pattern)
        if not {"_sources", "_static", "_downloads", "_images"} & set(p.relative_to(outdir).parts)
    )


# -- the policy ----------------------------------------------------------------------


def content_security_policy(text: str, allowed_inline: set[str]) -> str:
    """The policy for a page: script-src 'self' and the hash of each of the theme's inline scripts it holds.

    Only scripts whose text is the theme's (``allowed_inline``) are hashed: an inline
    script that came from anywhere else stays blocked by the browser even if the page
    were published in spite of the failed check.
    """
    hashes = []
    for match in _SCRIPT_RE.finditer(text):
        tag = match.group(0)[: match.start(1) - match.start(0)]
        if "src=" in tag.lower() or any(t in tag.lower() for t in DATA_BLOCK_TYPES):
            continue
        if match.group(1) not in allowed_inline:
            continue
        digest = base64.b64encode(hashlib.sha256(match.group(1).encode("utf-8")).digest()).decode("ascii")
        if f"'sha256-{digest}'" not in hashes:
            hashes.append(f"'sha256-{digest}'")
    return POLICY.format(hashes="".join(" " + h for h in hashes))


def with_policy(text: str, allowed_inline: set[str]) -> str:
    """The page with its policy meta element after the charset declaration (replacing an older one)."""
    text = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", text)
    meta = f'<meta http-equiv="{CSP_META}" content="{content_security_policy(text, allowed_inline)}" />'
    anchor = _CHARSET_RE.search(text) or _HEAD_RE.search(text)
    if anchor is None:
        return text
    return text[: anchor.end()] + "\n    " + meta + text[anchor.end() :]


# -- the event ---------------------------------------------------------------------


def check_output(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None:
        return
    name = getattr(app.builder, "name", "")
    web = name in WEB_BUILDERS
    if not web and name != "epub":
        return
    outdir = Path(app.outdir)
    allowed = theme_inline_scripts(app) if web else set()
    refused = 0
    for page in output_files(outdir, web):
        text = page.read_text(encoding="utf-8")
        problems = page_problems(text, page, outdir, allowed, web)
        for line, message in problems:
            logger.warning(
                f"SEC006 built page refused: {message}",
                location=f"{page}:{line}",
                type="pvt-security",
                subtype="output",
            )
        refused += bool(problems)
        if web:
            new = with_policy(text, allowed)
            if new != text:
                page.write_text(new, encoding="utf-8")
    if refused:
        app.statuscode = 1  # refused even without -W


def setup(app: Sphinx) -> dict:
    app.setup_extension("pvt_sphinx.safety")  # rewrites the pages first (priority 900)
    app.connect("build-finished", check_output, priority=950)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
