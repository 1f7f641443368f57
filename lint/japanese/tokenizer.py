"""Morphological analysis for the Japanese style rules, loaded lazily.

The tokenizer is MeCab (through fugashi) with IPADIC (the ``ipadic`` package):
it is the dictionary kuromoji.js uses, so part-of-speech names, conjugation
types and word boundaries are those textlint's Japanese rules were written
against ("助詞/係助詞", "特殊・マス", "一段/未然形", ...). benchmarks/README.md
has the measurements behind the choice (start-up, throughput, memory) against
janome, fugashi + unidic-lite and SudachiPy.

``tokenize(text)`` returns ``Token`` tuples whose ``start`` is the offset of the
word in ``text``, so a rule maps a token back to a page position with
``unit.position(sentence.start + token.start)``. White space, which MeCab
skips, is returned as a token of its own (``記号/空白``) as kuromoji does, so
rules ported from textlint see the same token sequence.
"""

import sys
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..errors import ConfigError
from .sounds import is_kanji_char

INSTALL_HINT = "pip install fugashi==1.5.2 ipadic==1.0.0"


class TokenizerUnavailable(ConfigError):
    """The tokenizer's packages are not installed: the lint cannot do its job (exit 2, no traceback)."""


class Token(NamedTuple):
    surface_form: str
    pos: str  # 品詞: 名詞, 助詞, 動詞, 助動詞, 記号, ...
    pos_detail_1: str  # 品詞細分類1: 係助詞, 格助詞, 連体化, 自立, 句点, 空白, ...
    pos_detail_2: str
    pos_detail_3: str
    conjugated_type: str  # 活用型: 一段, 特殊・マス, 特殊・ダ, ...
    conjugated_form: str  # 活用形: 基本形, 連用形, 未然形, ...
    basic_form: str
    reading: str
    pronunciation: str
    start: int  # offset of the word in the analysed text

    @property
    def end(self):
        return self.start + len(self.surface_form)


@lru_cache(maxsize=1)
def _tagger():
    try:
        import fugashi
        import ipadic
    except ImportError as exc:
        raise TokenizerUnavailable(
            f"the Japanese tokenizer is not installed ({exc.name}); the JAS rules that need it "
            f"cannot run: {INSTALL_HINT}, or deselect them with --ignore"
        ) from None
    try:
        return fugashi.GenericTagger(ipadic.MECAB_ARGS)
    except RuntimeError as exc:  # MeCab could not open the dictionary
        raise TokenizerUnavailable(f"the Japanese tokenizer cannot start: {exc}") from None


def dictionary_fingerprint() -> bytes:
    """What MeCab's readings depend on besides the text: the dictionary's files (their sizes and
    modification times), for caches of objects built from readings; empty when not installed."""
    try:
        import ipadic
    except ImportError:
        return b""
    parts = []
    for name in ("sys.dic", "matrix.def", "char.bin", "unk.dic"):
        try:
            stat = (Path(ipadic.DICDIR) / name).stat()
        except OSError:
            continue
        parts.append(f"{name}:{stat.st_size}:{stat.st_mtime_ns}")
    return ";".join(parts).encode()


def available():
    """True when the tokenizer can be loaded (loads it)."""
    try:
        _tagger()
    except TokenizerUnavailable:
        return False
    return True


_PAD = ("*",) * 9


_WORDS = {}  # MeCab output line -> the fields of a Token (all but start)
_new = tuple.__new__  # Token(*fields) without NamedTuple's argument handling


def _space(text, start):
    return Token(text, "記号", "空白", "*", "*", "*", "*", text, text, text, start)


# MeCab is never given more than this many characters at once: its lattice for a
# 2,000,000-character sentence exhausts the C stack (a segmentation fault, not an
# exception). A longer text is analysed in pieces cut at a sentence mark, a comma or
# white space (a hard cut when a piece has none); sentence-length (JAS) reports such a
# sentence, so a word split at a cut costs nothing a reader would miss.
MAX_TOKENIZE_CHARS = 10_000
_CUTS = "。．.!?！？\n、，, \t　"


def _pieces(text, limit=MAX_TOKENIZE_CHARS):
    """(offset, piece) of text, each piece at most ``limit`` characters."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = max(text.rfind(ch, start + limit // 2, end) for ch in _CUTS)
        end = cut + 1 if cut > start else end
        yield start, text[start:end]
        start = end
    yield start, text[start:]


# The cache holds sentences (about 4 KB each). The runner checks a page with all its rules
# before the next page, so it needs to hold the sentences of one page (a few hundred).
@lru_cache(maxsize=4096)
def tokenize(text):
    """The words of ``text`` as a tuple of Tokens (cached: several rules ask for one sentence).

    MeCab's text output (one "surface TAB features" line a word) is parsed in
    Python: one call into MeCab per text, about twice as fast as reading its nodes.
    A text longer than MAX_TOKENIZE_CHARS is analysed in pieces (offsets stay those of ``text``).
    """
    if len(text) <= MAX_TOKENIZE_CHARS:
        return _compound_stems(_known_words(_tokenize_text(text)))
    tokens = []
    for base, piece in _pieces(text):
        tokens.extend(t._replace(start=t.start + base) for t in _tokenize_text(piece))
    return _compound_stems(_known_words(tuple(tokens)))


_HIRAGANA = re.compile(r"[\u3041-\u309f]+")
_LONG_UNKNOWN = 5  # an unknown word of hiragana this long has swallowed known ones


def _known_words(tokens):
    """``tokens`` with each long unknown run of hiragana analysed again after its first characters.

    (twenty-ninth session) IPADIC groups unknown hiragana into one word: after a word it does not know (とびひ),
    the rest of the sentence may become one unknown noun (と + びひになることもある), and the sentence loses its
    predicate. The run is read again from its second, third or fourth character, its head kept as an unknown noun,
    so the known words after it (に なる こと も ある) come back."""
    if not any(t.reading == "*" and len(t.surface_form) >= _LONG_UNKNOWN for t in tokens):
        return tokens
    out = []
    for token in tokens:
        surface = token.surface_form
        if token.reading != "*" or len(surface) < _LONG_UNKNOWN or not _HIRAGANA.fullmatch(surface):
            out.append(token)
            continue
        for k in (1, 2, 3):
            rest = tokenize(surface[k:])  # cached: a reading (ruby) repeated on a page is analysed once
            if not any(t.reading == "*" and len(t.surface_form) >= _LONG_UNKNOWN for t in rest):
                out.append(token._replace(surface_form=surface[:k]))
                out.extend(t._replace(start=t.start + token.start + k) for t in rest)
                break
        else:
            out.append(token)
    return tuple(out)


# what may follow a continuative read as part of a compound noun (健診の, 細胞診と, 健診で, 二度寝が): の and the case or
# topic particles a noun takes, never に (見に行く), も, だけ, たり or a comma (見たり, 寝もしない, 夜寝、: verbs after all)
_AFTER_A_STEM = frozenset({"の", "と", "を", "が", "は", "で"})


def _compound_stems(tokens):
    """``tokens`` with each one-kanji verb that IPADIC split out of a compound noun read as a noun.

    (thirtieth session) IPADIC knows 健診, 保湿, 頻尿, 白内障 and 振戦 only in pieces and tags the second kanji as a verb
    (健 + 診る, 保 + 湿る, 頻る + 尿): a compound noun then looks like a clause with a predicate. A kanji tagged as a verb
    right after a noun that ends in kanji, with no kana of its own, is part of the noun when it is in the form IPADIC
    gives a stem before a noun (体言接続特殊２: 湿 + 剤, 頻 + 尿) or in the continuative form before a noun or one of
    の, と, を, が, は, で (健診の, 細胞診と). Before て, に, も, たり, a comma, an auxiliary or another verb it stays a verb
    (長時間見続ける, 十分寝ている, 映画見に行く, 夜寝、朝起きる). A kanji at the start of a sentence or after kana is not
    read (頻尿 alone stays 頻る + 尿: IPADIC gives no noun before it to join)."""
    if not any(t.pos == "動詞" and len(t.surface_form) == 1 for t in tokens):
        return tokens
    out = list(tokens)
    for i in range(1, len(out)):
        token, before = out[i], out[i - 1]
        if token.pos != "動詞" or len(token.surface_form) != 1 or not is_kanji_char(token.surface_form):
            continue
        if before.pos != "名詞" or not is_kanji_char(before.surface_form[-1:]):
            continue
        after = out[i + 1] if i + 1 < len(out) else None
        particle = after is not None and after.pos == "助詞" and after.surface_form in _AFTER_A_STEM
        noun = after is not None and after.pos == "名詞" and after.pos_detail_1 != "非自立"
        if token.conjugated_form == "体言接続特殊２":  # the form IPADIC gives a stem before a noun (湿 + 剤, 頻 + 尿)
            joined = noun or particle or after is not None and after.pos == "接頭詞"
        else:
            joined = token.conjugated_form == "連用形" and (noun or particle)
        if joined:
            out[i] = token._replace(
                pos="名詞",
                pos_detail_1="一般",
                pos_detail_2="*",
                pos_detail_3="*",
                conjugated_type="*",
                conjugated_form="*",
                basic_form=token.surface_form,
            )
    return tuple(out)


def _tokenize_text(text):
    tokens, offset = [], 0
    words = _WORDS
    for line in _tagger().parse(text).split("\n"):
        word = words.get(line)
        if word is None:
            surface, tab, feature = line.partition("\t")
            if not tab:
                continue  # EOS
            fields = feature.split(",")
            if len(fields) > 9:  # a comma inside a feature: read the node
                return _tokenize_nodes(text)
            if len(words) > 200_000:
                words.clear()
            # one shared tuple of (interned) fields per distinct word and reading
            word = words[line] = (surface, *map(sys.intern, fields), *_PAD[len(fields) :])
        surface = word[0]
        at = text.find(surface, offset)
        if at < 0:  # cannot happen: surfaces are substrings; read MeCab's nodes instead
            return _tokenize_nodes(text)
        if at > offset:
            tokens.append(_space(text[offset:at], offset))
        tokens.append(_new(Token, (*word, at)))
        offset = at + len(surface)
    if offset < len(text):  # trailing white space
        tokens.append(_space(text[offset:], offset))
    return tuple(tokens)


def _tokenize_nodes(text):
    tokens, offset = [], 0
    for node in _tagger()(text):
        space = node.white_space
        if space:
            tokens.append(_space(space, offset))
            offset += len(space)
        feature = tuple(node.feature)[:9]
        tokens.append(Token(node.surface, *feature, *_PAD[len(feature) :], offset))
        offset += len(node.surface)
    if offset < len(text):
        tokens.append(_space(text[offset:], offset))
    return tuple(tokens)


FIELDS = {name: index for index, name in enumerate(Token._fields)}


def compile_pattern(pattern):
    """A pattern (list of expected-token dicts) as tuples the matcher checks quickly.

    Each expected token becomes ``(checks, skippable)`` where ``checks`` is a tuple of
    ``(field index, allowed values)``; a dict value may be one value or a list of values.
    Keys starting with "_" are instructions (``_skippable``), not fields.
    """
    compiled = []
    for expected in pattern:
        checks = tuple(
            (FIELDS[key], frozenset(value) if isinstance(value, (list, tuple)) else frozenset([value]))
            for key, value in expected.items()
            if not key.startswith("_")
        )
        compiled.append((checks, bool(expected.get("_skippable"))))
    return tuple(compiled)


def _matches(token, checks):
    for index, allowed in checks:
        if token[index] not in allowed:
            return False
    return True


def match_token(token, expected):
    """Whether ``token`` has every field of ``expected`` (a value or a list of allowed values)."""
    return _matches(token, compile_pattern([expected])[0][0])


def match_sequences(tokens, pattern):
    """Every place where ``pattern`` matches ``tokens`` (a list of dicts, or compile_pattern's result).

    An expected token with ``"_skippable": True`` may be absent. Yields
    ``(first_index, matched_tokens)``; matches do not overlap. This is the
    matching of textlint's morpheme-match, tried at every word instead of only
    after a reset, so it finds each match that one finds and never fewer.
    """
    compiled = pattern if isinstance(pattern, tuple) else compile_pattern(pattern)
    first_checks, first_skippable = compiled[0]
    i, n = 0, len(tokens)
    while i < n:
        if first_skippable or _matches(tokens[i], first_checks):
            matched = _match_at(tokens, i, compiled)
            if matched:
                yield i, matched
                i += len(matched)
                continue
        i += 1


def _match_at(tokens, i, compiled):
    matched, j, n = [], i, len(tokens)
    for checks, skippable in compiled:
        if j < n and _matches(tokens[j], checks):
            matched.append(tokens[j])
            j += 1
        elif skippable:
            continue
        else:
            return None
    return matched
