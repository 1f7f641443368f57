"""Join Japanese lines without a space.

Editors write one sentence per line; browsers (Chrome among them) render the
line break between two Japanese characters as a visible space. This drops a
line break next to an East Asian wide character (Japanese text and
punctuation; lint.core.language.is_wide), in every edition and format, and
leaves breaks between Latin words alone.
"""

from __future__ import annotations

import re

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.transforms import SphinxTransform

from lint.core.language import is_wide

BREAK = re.compile(r"(.)\n[ \t]*(.)", re.S)


def join_wide_lines(text: str) -> str:
    """The text with each line break next to a wide character removed."""
    return BREAK.sub(
        lambda m: m.group(1) + m.group(2) if is_wide(m.group(1)) or is_wide(m.group(2)) else m.group(0), text
    )


class JoinWideLines(SphinxTransform):
    default_priority = 900  # after translations are applied

    def apply(self, **kwargs) -> None:
        for text in list(self.document.findall(nodes.Text)):
            if "\n" not in text or isinstance(text.parent, (nodes.literal_block, nodes.raw)):
                continue
            if not str(text).strip():
                # MyST turns a soft line break into a Text node of its own.
                before, after = _neighbour_text(text, -1), _neighbour_text(text, 1)
                if before and after and (is_wide(before[-1]) or is_wide(after[0])):
                    text.parent.replace(text, nodes.Text(""))
                continue
            joined = join_wide_lines(str(text))
            if joined != str(text):
                text.parent.replace(text, nodes.Text(joined))


def _neighbour_text(node: nodes.Node, step: int) -> str:
    """Text of the sibling before (-1) or after (+1) a node, within its paragraph."""
    siblings = node.parent.children
    index = siblings.index(node) + step
    return siblings[index].astext() if 0 <= index < len(siblings) else ""


def setup(app: Sphinx) -> dict:
    app.add_transform(JoinWideLines)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
