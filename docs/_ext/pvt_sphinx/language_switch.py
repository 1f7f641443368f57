"""Web edition only: a link to the same page in the other edition(s), after the page's title."""

from __future__ import annotations

import html

from docutils import nodes
from sphinx.application import Sphinx

from .doctree import title_position
from .editions import is_web_build, other_editions, relative_url

LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}  # each in its own language


def add_language_switch(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Web edition only: a link to the same page in the other edition(s)."""
    if not is_web_build(app) or docname not in app.env.found_docs:
        return
    config = app.config
    language = config.language or "ja"
    links = []
    for other in other_editions(config):
        href = relative_url(config, app.builder, language, other, docname)
        name = LANGUAGE_NAMES.get(other, other)
        links.append(
            f'<a class="pvt-langswitch-link" href="{html.escape(href)}" '
            f'hreflang="{html.escape(other)}" lang="{html.escape(other)}">{html.escape(name)}</a>'
        )
    if not links:
        return
    raw = nodes.raw("", f'<p class="pvt-langswitch">{" ".join(links)}</p>\n', format="html")
    parent, index = title_position(doctree)
    parent.insert(index, raw)


def setup(app: Sphinx) -> dict:
    app.setup_extension("pvt_sphinx.editions")
    app.connect("doctree-resolved", add_language_switch)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
