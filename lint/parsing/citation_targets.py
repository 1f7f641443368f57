"""Citation keys in a role's content, read exactly as sphinxcontrib-bibtex 2.7 reads them.

``{cite:p}`{see}key1,key2{p. 3}``` holds the keys key1 and key2. This is the grammar of
sphinxcontrib.bibtex.citation_target (BSD-2-Clause, © Matthias C. M. Troffaes), written out
here so that the lint does not import Sphinx (importing that module imports the whole
extension). tests/lint/test_markdown_parser.py checks both read the same keys.
"""

from __future__ import annotations

from typing import NamedTuple

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)


class CitationTarget(NamedTuple):
    key: str
    pre: str
    post: str


_TARGET = re.compile(
    r"\s*([{](?P<pre>[^{}]+)[}])?"
    r"\s*(?P<key>[^{}\s,]+)"
    r"\s*([{](?P<post>[^{}]+)[}])?\s*"
)


def parse_citation_targets(targets: str) -> list[CitationTarget]:
    """The targets of a citation role's content; ValueError when it is malformed."""
    found, pos = [], 0
    while True:
        match = _TARGET.match(targets, pos=pos)
        if match is None:
            raise ValueError(f"malformed citation target: {targets}")
        found.append(CitationTarget(match.group("key") or "", match.group("pre") or "", match.group("post") or ""))
        pos = match.end()
        if pos >= len(targets):
            return found
        if targets[pos] != ",":
            raise ValueError(f"malformed citation target: {targets}")
        pos += 1
