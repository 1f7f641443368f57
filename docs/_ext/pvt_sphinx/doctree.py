"""Small helpers on doctrees and their text, shared by the extensions."""

from __future__ import annotations

import re

from docutils import nodes

from .cjk import join_wide_lines


def title_position(doctree: nodes.Node) -> tuple[nodes.Element, int]:
    """(parent, index) just after the page's H1; the top of the page when it has none."""
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is not None and section.children and isinstance(section[0], nodes.title):
        return section, 1
    return doctree, 0


def tidy(text: str) -> str:
    """One line: Japanese lines join as on the page (pvt_sphinx.cjk); other white space collapses."""
    return re.sub(r"\s+", " ", join_wide_lines(text)).strip()


def mark_untranslatable(node: nodes.Element) -> None:
    """Generated text is no page text: keep it out of the gettext catalogs.

    Inline nodes are left alone: without a "translatable" attribute they are never
    extracted, and with one Sphinx's RemoveTranslatableInline unwraps them.
    """
    for element in node.findall(nodes.TextElement):
        if not isinstance(element, nodes.Inline):
            element["translatable"] = False
