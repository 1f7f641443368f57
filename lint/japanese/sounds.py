"""Does an English word spell a name that the Japanese writes in katakana? (SPL001)

A name (a brand of medicine, a person, a place) reaches the English as its own
spelling: チラーヂンS is "Thyradin S", アレグラ is "Allegra". Neither side is in a
dictionary, so the spelling check would report the English name. Loanwords keep
the consonants and change the vowels, so both sides are reduced to their
consonant classes (lint/data/kana-sounds.toml: t, d, th and ch are one class; r
and l are one) and compared: チ・ラ・ヂ・ン and th・r・d・n are both T R T N.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..parsing.word_tables import load_word_tables

SOUNDS = Path(__file__).resolve().parent.parent / "data" / "kana-sounds.toml"
_KATAKANA_RUN_RE = re.compile("[ァ-ヺー]{2,}")
MIN_CONSONANTS = 3  # shorter skeletons (two consonants) match too many words to mean anything


@lru_cache(maxsize=2)
def _classes(path: Path = SOUNDS) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """({kana: class}, ((English letter group, class), ...) longest group first)."""
    kana, latin = {}, []
    for name, words in load_word_tables(path).items():
        for word in words:
            if word.isascii():
                latin.append((word.lower(), name))
            else:
                kana[word] = name
    return kana, tuple(sorted(latin, key=lambda pair: -len(pair[0])))


def katakana_skeleton(run: str) -> str:
    kana, _ = _classes()
    return _collapse("".join(kana.get(ch, "") for ch in run))


def english_skeleton(word: str) -> str:
    _, latin = _classes()
    low = re.sub(r"(.)\1", r"\1", word.lower())  # doubled letters are one sound (Allegra)
    out, i = [], 0
    while i < len(low):
        for group, name in latin:
            if low.startswith(group, i):
                out.append(name)
                i += len(group)
                break
        else:
            i += 1  # a vowel, h, w or y: silent here
    return _collapse("".join(out))


def _collapse(skeleton: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton)


def katakana_names(source: str) -> set[str]:
    """The consonant skeletons of the katakana words of a Japanese text."""
    return {s for s in (katakana_skeleton(run) for run in _KATAKANA_RUN_RE.findall(source)) if len(s) >= MIN_CONSONANTS}


def transliterates(word: str, skeletons: set[str]) -> bool:
    """The English word sounds like one of the katakana words (by their skeletons)."""
    skeleton = english_skeleton(word)
    return len(skeleton) >= MIN_CONSONANTS and skeleton in skeletons
