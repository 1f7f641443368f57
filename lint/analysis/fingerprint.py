"""Hashes of what a reviewer reads: each sentence of a page (with the citations it carries) and each
translated entry of its English catalog. lint.core.review holds the file format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..core.review import HASH_LENGTH
from ..parsing.citation_targets import parse_citation_targets
from ..parsing.text import split_sentences
from .claims import _owner, is_cite_role


def digest(*parts: str) -> str:
    import hashlib  # here: most runs never hash a sentence, and loading OpenSSL costs every run 4 ms

    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:HASH_LENGTH]


def page_sentences(page) -> Iterator[tuple[str, int, str]]:
    """(hash, line, sentence) for every sentence of a parsed page, citations included in the hash."""
    for unit in page.units:
        sentences = split_sentences(unit.plain)
        keys: dict[int, list[str]] = {}
        for role in unit.roles:
            if is_cite_role(role.name) and sentences:
                try:
                    found = [t.key for t in parse_citation_targets(role.content)]
                except ValueError:
                    found = [role.content]
                keys.setdefault(_owner(sentences, role.plain_offset), []).extend(found)
        for index, sentence in enumerate(sentences):
            text = " ".join(sentence.text.split())
            if text:
                yield digest(unit.kind, text, ",".join(keys.get(index, []))), unit.position(sentence.start)[0], text


def catalog_entries(path: Path) -> Iterator[tuple[str, int, str]]:
    """(hash, line, msgid) for every translated entry of a catalog (none when there is no catalog)."""
    from ..parsing.catalog import load_catalog

    if not Path(path).is_file():
        return
    for entry in load_catalog(path).active:
        if entry.translated:
            yield digest(entry.msgid, *entry.translations), entry.msgstr_line, entry.msgid
