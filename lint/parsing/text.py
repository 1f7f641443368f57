"""Splitting Japanese prose into sentences (files are read by lint.core.files)."""

from dataclasses import dataclass



SENTENCE_ENDS = set("。！？!?")
OPENERS = "（(「『【［[〔“‘《〈"
CLOSERS = "）)」』】］]〕”’》〉"
PAIRS = dict(zip(OPENERS, CLOSERS))


@dataclass(frozen=True)
class Sentence:
    start: int  # plain-text index of the first character
    end: int  # index just past the last character (past its 。)
    text: str
    terminated: bool  # ended with a sentence mark, not by the end of the unit


def split_sentences(plain):
    """Split prose at 。！？ (and ASCII ! ? and '. '), never inside brackets or quotes.

    A closing bracket or quote right after the mark stays with the sentence.
    Leading and trailing white space is not part of a sentence.
    """
    sentences, depth_stack, start, i = [], [], 0, 0
    n = len(plain)
    while i < n:
        ch = plain[i]
        if ch in PAIRS:
            depth_stack.append(PAIRS[ch])
        elif depth_stack and ch == depth_stack[-1]:
            depth_stack.pop()
        elif ch in CLOSERS and not depth_stack:
            pass  # an unmatched closer does not open anything
        boundary = not depth_stack and (
            ch in SENTENCE_ENDS or (ch == "." and (i + 1 == n or plain[i + 1].isspace())
                                    and i > 0 and not plain[i - 1].isdigit())
        )
        if boundary:
            j = i + 1
            while j < n and plain[j] in SENTENCE_ENDS:
                j += 1
            _append(sentences, plain, start, j, True)
            start, i = j, j
            continue
        i += 1
    _append(sentences, plain, start, n, False)
    return sentences


def _append(sentences, plain, start, end, terminated):
    while start < end and plain[start].isspace():
        start += 1
    stop = end
    while stop > start and plain[stop - 1].isspace():
        stop -= 1
    if stop > start:
        sentences.append(Sentence(start, stop, plain[start:stop], terminated))
