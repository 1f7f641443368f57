"""Language and character helpers shared by the lint and the build.

* Japanese-language refs.bib entries (``langid = {japanese}``): the reference
  style formats them with Japanese punctuation, the English edition shows their
  ``englishtitle``, the lint wants that title.
* Wide characters (East Asian width W or F: kana, kanji, full-width
  punctuation): a line break next to one is dropped when pages are rendered.
* Display width: how a Japanese editor counts a sentence's characters.
* The kanji character class of the term list.
"""

from __future__ import annotations

import unicodedata

JAPANESE_LANGID = "japanese"
# Kanji as the house term list counts them: the iteration marks 々〻, 〇, the
# CJK unified ideographs (with extension A) and the compatibility ideographs.
KANJI = "々〇〻\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def is_japanese_entry(langid: object) -> bool:
    """True for a refs.bib ``langid`` naming Japanese (any case)."""
    return str(langid or "").strip().lower() == JAPANESE_LANGID


def is_wide(char: str) -> bool:
    """True for an East Asian wide or full-width character (Japanese text and punctuation)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def display_width(text: str) -> int:
    """Characters as a Japanese editor counts them (NFC, no line breaks)."""
    return len(unicodedata.normalize("NFC", text.replace("\n", "")))
