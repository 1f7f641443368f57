"""Spelling-insensitive text for matching: NFKC with a map back to the original, and kana folding.

``normalize(text)`` returns the NFKC form of ``text`` (full-width digits and
letters, half-width katakana, compatibility characters unified: １００％ → 100%,
ｶﾞﾝ → ガン, ＷＨＯ → WHO) together with ``offsets``: for each character of the
normalised text, the index of the original character it comes from, plus one
entry for the end. A rule tokenizes the normalised text and reports a word at
``offsets[token.start]`` of the original, so positions stay exact however the
text was spelled.

``fold_kana`` maps katakana to hiragana and lowercases Latin letters. It is for
comparing words only (ガン and がん, ナオル and なおる), never for display.
"""

import unicodedata
from typing import NamedTuple

__all__ = ["Normalized", "fold_kana", "normalize"]


class Normalized(NamedTuple):
    text: str
    offsets: tuple  # normalised index -> original index; len(text) + 1 entries

    def original(self, index):
        """The original index of normalised index ``index`` (the end maps to the end)."""
        return self.offsets[min(max(index, 0), len(self.offsets) - 1)]


def _clusters(text):
    """(start, characters) of each base character with the combining marks that follow it.

    Half-width voiced sound marks (ﾞ ﾟ) count as combining here: NFKC joins ｶﾞ into ガ.
    """
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or text[j] in "ﾞﾟ"):
            j += 1
        yield i, text[i:j]
        i = j


def normalize(text):
    """``Normalized(nfkc_text, offsets)`` of ``text``."""
    if text.isascii() or (unicodedata.is_normalized("NFKC", text) and not any(map(unicodedata.combining, text))):
        # already NFKC, no combining marks (most prose): each character is its own cluster and stays
        return Normalized(text, tuple(range(len(text) + 1)))
    out, offsets = [], []
    for start, cluster in _clusters(text):
        piece = unicodedata.normalize("NFKC", cluster)
        out.append(piece)
        offsets.extend([start] * len(piece))
    offsets.append(len(text))
    return Normalized("".join(out), tuple(offsets))


_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}  # ァ..ヶ -> ぁ..ゖ


def fold_kana(text):
    """Katakana as hiragana, Latin letters in lower case: the key two spellings of a word share."""
    return text.translate(_KATAKANA).casefold()


_HIRAGANA = {code: code + 0x60 for code in range(0x3041, 0x3097)}  # ぁ..ゖ -> ァ..ヶ (the reverse of _KATAKANA)


def as_katakana(text):
    """Hiragana as katakana, the rest as written (ちくちく → チクチク): the reading romanize() takes."""
    return text.translate(_HIRAGANA)
