"""pyspellchecker's English word list with its usage counts, read once a run.

Two parts of the lint read it: SPL001's dictionary (lint.rules.spelling, which adds the project's
words to a copy) and the common-word test of the English negation analysis (lint.analysis.negation:
"un" + a common word is a negative). Each used to load pyspellchecker's dictionary itself: on the
whole project the list was read, decompressed and decoded twice (about a tenth of a second of CPU and
some 40 MB each). ``word_counts`` reads it once; a caller that changes counts makes its own copy
(``SpellChecker.word_frequency.load_json`` copies what it is given).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

__all__ = ["LANGUAGE", "word_counts"]

LANGUAGE = "en"


@lru_cache(maxsize=1)
def word_counts() -> Mapping[str, int]:
    """word (lower case) -> usage count, as ``SpellChecker(language="en").word_frequency`` holds
    them (words that differ only in case summed, as pyspellchecker's load_json does). Read-only:
    the dict is shared."""
    from spellchecker import SpellChecker  # loaded only when SPL001 or the negation analysis asks

    return SpellChecker(language=LANGUAGE).word_frequency.dictionary
