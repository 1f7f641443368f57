"""Reading files safely and splitting Japanese prose into sentences."""

from dataclasses import dataclass

from ..core.language import display_width  # noqa: F401 - the Japanese style rules import it from here
from ..errors import LintInputError


def read_text(path):
    """Decode a file as UTF-8 (a BOM is accepted); name the line of a bad byte."""
    try:
        data = path.read_bytes() if hasattr(path, "read_bytes") else open(path, "rb").read()
    except OSError as exc:  # permission denied, a folder named like a page, …
        raise LintInputError(str(path), 1, f"cannot read the file: {exc.strerror or exc}")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise LintInputError(str(path), line, "file contains a NUL byte; is it a binary file?")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LintInputError(str(path), line, f"not valid UTF-8 (byte 0x{data[exc.start]:02x})")
    return text.replace("\r\n", "\n").replace("\r", "\n")


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
