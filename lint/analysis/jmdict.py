"""English glosses of a Japanese word from JMdict (the EDRDG's Japanese-English dictionary), for aligning clauses.

JMdict comes as the SQLite database of the package jamdict-data (the EDRDG licence, CC BY-SA 4.0; the lint reads it
in place and ships nothing derived from it). ``gloss_words(word)`` returns the content words, lower case, of every
English gloss of every entry written ``word`` in kanji or in kana: 入浴 → bathing, bathe, take, bath, enter; 歩く →
walk. It answers whether an English clause renders a Japanese clause's words, never what a word means
in its sentence. The database is opened on first use, read-only; a run that never asks never opens it.
"""

from __future__ import annotations

import sqlite3
from functools import cache, lru_cache

from ..core import lazy_re as re
from ..errors import ConfigError

# one query by the written form, through the indexes on Kanji.text and Kana.text (about 0.1 ms a word)
_GLOSSES = """
select g.text from Kanji k join Sense s on s.idseq = k.idseq join SenseGloss g on g.sid = s.ID where k.text = ?1
union all
select g.text from Kana k join Sense s on s.idseq = k.idseq join SenseGloss g on g.sid = s.ID where k.text = ?1
"""
# words of a gloss that say nothing about its sense ("to hold on to", "something", "one's")
_GLOSS_STOPWORDS = frozenset(
    "a an the to of on in at for with by from into onto up out off over as and or be is are being been one one's "
    "oneself someone someone's something somebody etc e g i esp usu lit fig sb sth it its".split()
)
_WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


@cache
def _connection() -> sqlite3.Connection:
    try:
        import jamdict_data
    except ImportError as exc:
        raise ConfigError(
            "TRN011 reads JMdict from the package jamdict-data, which is not installed: "
            'pip install -e ".[test]" (or pip install jamdict-data) and run again'
        ) from exc
    try:
        return sqlite3.connect(f"file:{jamdict_data.JAMDICT_DB_PATH}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:  # pragma: no cover - a broken install
        raise ConfigError(f"cannot open JMdict at {jamdict_data.JAMDICT_DB_PATH}: {exc}") from exc


def _rows(query: str, word: str) -> list[tuple]:
    try:
        return _connection().execute(query, (word,)).fetchall()
    except sqlite3.Error as exc:  # pragma: no cover - a broken install
        raise ConfigError(f"cannot read JMdict: {exc}") from exc


@lru_cache(maxsize=4096)
def gloss_words(word: str) -> frozenset[str]:
    """The content words of the English glosses of ``word``, lower case (empty when JMdict has no such word)."""
    if not word or word == "*":
        return frozenset()
    return frozenset(
        found
        for (gloss,) in _rows(_GLOSSES, word)
        for found in _WORD_RE.findall(gloss.lower())
        if found not in _GLOSS_STOPWORDS
    )


@lru_cache(maxsize=4096)
def is_english_verb(word: str) -> bool:
    """Whether JMdict glosses some Japanese word as "to ``word``" (an English verb in its base form: wear, flush)."""
    if not word.isalpha():
        return False
    return bool(_rows("select 1 from SenseGloss where text = ?1 limit 1", f"to {word.lower()}"))
