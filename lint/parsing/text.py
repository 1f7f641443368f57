"""Splitting Japanese prose into sentences (files are read by lint.core.files)."""

from dataclasses import dataclass
from functools import lru_cache

SENTENCE_ENDS = set("。！？!?")
OPENERS = "（(「『【［[〔“‘《〈"
CLOSERS = "）)」』】］]〕”’》〉"
PAIRS = dict(zip(OPENERS, CLOSERS, strict=False))


@dataclass(frozen=True)
class Sentence:
    start: int  # plain-text index of the first character
    end: int  # index just past the last character (past its 。)
    text: str
    terminated: bool  # ended with a sentence mark, not by the end of the unit


def split_sentences(plain):
    """Split prose at 。！？ (and ASCII ! ? and an English full stop), never inside brackets or quotes.

    A closing bracket or quote right after the mark stays with the sentence.
    Leading and trailing white space is not part of a sentence.
    """
    return list(_split_sentences(plain))  # a list of its own: a caller may change it


@lru_cache(maxsize=4096)
def _split_sentences(plain):
    """split_sentences, remembered: the MED, JAS and CIT rules split the same units, one rule after another."""
    sentences, depth_stack, start, i, opened = [], [], 0, 0, 0
    n = len(plain)
    while i < n:
        ch = plain[i]
        if ch in PAIRS:
            if not depth_stack:
                opened = i
            depth_stack.append(PAIRS[ch])
        elif depth_stack and ch == depth_stack[-1]:
            depth_stack.pop()
            if (
                not depth_stack
                and i > 0
                and plain[i - 1] in SENTENCE_ENDS
                and ch in "）)"
                and not plain[start:opened].strip()
            ):
                # a whole sentence in brackets, （…。）, ends at its closing bracket
                _append(sentences, plain, start, i + 1, True)
                start = i = i + 1
                continue
        elif ch in CLOSERS and not depth_stack:
            pass  # an unmatched closer does not open anything
        boundary = not depth_stack and (ch in SENTENCE_ENDS or (ch == "." and _ends_english(plain, i)))
        if boundary:
            j = i + 1
            while j < n and plain[j] in SENTENCE_ENDS:
                j += 1
            _append(sentences, plain, start, j, True)
            start, i = j, j
            continue
        i += 1
    _append(sentences, plain, start, n, False)
    return tuple(sentences)


# Abbreviations after which a period does not end an English sentence even before a capital or a
# digit: titles before a name, references before a number, Latin and measurement abbreviations.
ABBREVIATIONS = frozenset(
    {
        "dr",
        "drs",  # (forty-eighth session) plural titles: Drs. Sato and Ito, Profs. Kim and Lee
        "mr",
        "messrs",
        "mrs",
        "ms",
        "mmes",
        "prof",
        "profs",
        "st",
        "sr",
        "jr",
        "vs",
        "v",
        "cf",
        "e.g",
        "i.e",
        "eg",
        "ie",
        "al",
        "etc.",
        "approx",
        "ca",
        "fig",
        "figs",
        "sect",
        "sec",
        "no",
        "nos",
        "vol",
        "p",
        "pp",
        "ch",
        "chap",
        "eq",
        "ref",
        "refs",
        "dept",
        "univ",
        "inc",
        "ltd",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "a.m",
        "p.m",
        "b.i.d",
        "t.i.d",
        "q.i.d",
        "o.d",
        "min",
        "max",
        "tab",
        "tabs",
        "inj",
    }
)


def _ends_english(plain, i):
    """Whether the period at ``plain[i]`` ends a sentence.

    It does at the end of the text, or before white space followed by a capital
    letter, a digit, an opening bracket or quote, or Japanese; it does not after
    an abbreviation (Dr., e.g., et al., approx., Fig. 4), after one capital
    (J. Smith), nor before a lower-case word (e.g. after, 9 a.m. to 5 p.m.). A
    digit before the period does not matter (below 130/80. Lower ...), and a
    decimal point is never followed by white space.
    """
    n = len(plain)
    if i + 1 == n:
        return True
    if not plain[i + 1].isspace():
        return False
    j = i + 1
    while j < n and plain[j].isspace():
        j += 1
    if j == n:
        return True
    following = plain[j]
    if following.islower() or following in ",;:)]）":
        return False
    k = i
    while k > 0 and (plain[k - 1].isalpha() or plain[k - 1] == "."):
        k -= 1
    word = plain[k:i].lower()
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha() and plain[k].isupper():
        return False  # an initial: J. Smith
    return True


def _append(sentences, plain, start, end, terminated):
    while start < end and plain[start].isspace():
        start += 1
    stop = end
    while stop > start and plain[stop - 1].isspace():
        stop -= 1
    if stop > start:
        sentences.append(Sentence(start, stop, plain[start:stop], terminated))
