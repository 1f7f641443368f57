"""Join Japanese lines without a space.

Editors write one sentence per line; browsers (Chrome among them) render the
line break between two Japanese characters as a visible space. This drops a
line break next to an East Asian wide character (Japanese text and
punctuation), in every edition and format, and leaves breaks between Latin
words alone.
"""

import re
import unicodedata

from docutils import nodes
from sphinx.transforms import SphinxTransform


def _wide(ch):
    return unicodedata.east_asian_width(ch) in ("W", "F")


BREAK = re.compile(r"(.)\n[ \t]*(.)", re.S)


def join_wide_lines(text):
    return BREAK.sub(lambda m: m.group(1) + m.group(2) if _wide(m.group(1)) or _wide(m.group(2))
                     else m.group(0), text)


class JoinWideLines(SphinxTransform):
    default_priority = 900  # after translations are applied

    def apply(self, **kwargs):
        for text in list(self.document.findall(nodes.Text)):
            if "\n" not in text or isinstance(text.parent, (nodes.literal_block, nodes.raw)):
                continue
            if not str(text).strip():
                # MyST turns a soft line break into a Text node of its own.
                before, after = _neighbour_text(text, -1), _neighbour_text(text, 1)
                if before and after and (_wide(before[-1]) or _wide(after[0])):
                    text.parent.replace(text, nodes.Text(""))
                continue
            joined = join_wide_lines(str(text))
            if joined != str(text):
                text.parent.replace(text, nodes.Text(joined))


def _neighbour_text(node, step):
    """Text of the sibling before (-1) or after (+1) a node, within its paragraph."""
    siblings = node.parent.children
    index = siblings.index(node) + step
    return siblings[index].astext() if 0 <= index < len(siblings) else ""


def setup(app):
    app.add_transform(JoinWideLines)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
