"""Word patterns: sequences of lemmas and parts of speech matched on the tokenizer's words.

A pattern is a string of elements separated by spaces::

    必ず|絶対|確実 ~3 $EFFECT
    @名詞.数 % 引き|オフ
    最高 !血圧|血中

``word``        a word by its dictionary form: it matches every conjugation (治る matches
                治り, 治っ, 治ら), and the same word written in kana (かならず for 必ず,
                なおり for 治り: a word written in kana matches the reading of the word
                in the pattern) or with other okurigana (比べもの for 比べ物: same first
                character, same reading). The word must cover whole tokens: 治る never matches the
                治 of 治療. A word MeCab cuts in several tokens matches those tokens
                together (100% is 100 + %; はんがく is はん + がく).
``a|b|c``       any of these (each a word, $CLASS or @POS, or ``-X`` / ``X-`` as in a class below:
                ``青汁|-茶`` is 青汁 or any noun ending in 茶). An exception (``!X``) needs a class.
``$NAME``       any word of the class NAME (a list in the pattern file's [words] table). A class
                is generative where its entries are morphological: ``-医`` is any noun, or run
                of nouns, ending in 医 (小児科医, 皮膚科 + 医, 専門医); ``最-`` any noun or adjective
                beginning with 最, or the prefix 最 + a noun (最安値, 最 + 安値, 最先端); ``!最近``
                a word those rules leave out (a fixed word, not a member); ``他の*`` the word
                他, の and a run of up to three nouns that ends in one of the class's ``の-X``
                endings (``の-院``, ``の-ステーション``: 他の整骨院, ほかの訪問看護ステーション), with
                ``!の患者`` leaving out such a run that begins with 患者.
``@pos``        a token of this part of speech; ``@pos.detail`` also the first sub-class
                (``@名詞.数`` a number, ``@助詞.格助詞``).
``*``           any one token.
``~N``          a gap: up to N tokens of any kind, never across the end of a sentence.
``x?``          the element may be absent.
``!x``          the next token must not be x (checks without consuming: ``最高 !血圧``).

Texts are compared after NFKC, with katakana folded to hiragana and Latin letters to
lower case (``lint.japanese.normalize``). White space between words is ignored.
Tokens listed as fixed terms (``masked``) are never part of a match.
"""

import sys
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from .normalize import fold_kana, normalize
from .tokenizer import tokenize

__all__ = [
    "PatternError",
    "PatternIndex",
    "Vocabulary",
    "WordIndex",
    "WordPattern",
    "compile_word_pattern",
    "content_tokens",
    "find_all",
    "find_each",
    "vocabulary",
    "word_index",
]

MAX_RUN = 5  # tokens one word of a pattern may cover
SENTENCE_END = {"。", "!", "?", "！", "？"}


class PatternError(ValueError):
    """A pattern that cannot be read (the message says which element)."""


@dataclass(frozen=True)
class Element:
    kind: str  # word | any | gap
    words: frozenset = frozenset()  # folded keys (a word and, when written with kanji, its reading)
    spellings: frozenset = frozenset()  # (first character, reading) of words with kanji: 比べ物 = 比べもの
    prefixes: frozenset = frozenset()  # beginnings of the words: a run of tokens is tried only along them
    pos: tuple = ()  # ((pos, detail or None), ...)
    pos_keys: frozenset = frozenset()  # the same pairs as a set: a token's two pairs are looked up in it
    # morphology (generative classes): folded endings of a noun or run of nouns (-医), folded
    # beginnings of a noun or adjective (最-), and the words those two leave out (!最近)
    suffixes: frozenset = frozenset()
    stems: frozenset = frozenset()
    exceptions: frozenset = frozenset()
    # words that make a member of a noun run they possess (他 of 他の整骨院), and the runs left out (患者)
    possessors: frozenset = frozenset()
    possessed_ends: frozenset = frozenset()
    unpossessed: frozenset = frozenset()
    # first characters of the stems and last characters of the suffixes: the token a member by
    # morphology starts with (最-) or the last token of its run ends with (-医) has one of them
    firsts: frozenset = frozenset()
    lasts: frozenset = frozenset()
    optional: bool = False
    negative: bool = False
    gap: int = 0

    @cached_property
    def keys(self):
        """Every key above (words, spellings, parts of speech, first and last characters) in one set,
        as WordIndex.keys holds a sentence's: a sentence without any of them cannot hold the element.
        Made on first use in a process (an element is checked only where its pattern is tried)."""
        return _all_keys(self.words, self.spellings, self.pos_keys, self.firsts, self.lasts)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("keys", None)  # not stored with a pattern table: it is made again when needed
        return state


@dataclass(frozen=True)
class WordPattern:
    source: str
    elements: tuple
    # the word elements every match needs (not optional, not negative): a sentence that has none
    # of the words, spellings, parts of speech or morphological keys of one of them cannot match,
    # which find_all checks first
    required: tuple = ()


def _is_kana(text):
    return bool(text) and all("\u3041" <= ch <= "\u30ff" or ch == "ー" for ch in text)


@lru_cache(maxsize=4096)
def _reading(text):
    return "".join(
        t.reading if t.reading != "*" else t.surface_form
        for t in tokenize(text)
        if t.pos != "記号" or t.pos_detail_1 != "空白"
    )


@lru_cache(maxsize=4096)
def word_spelling(word):
    """(first character, folded reading) of a word with kanji, or None: another okurigana spelling matches."""
    text = normalize(word).text
    if _is_kana(text) or not text:
        return None
    reading = _reading(text)
    return (text[0], fold_kana(reading)) if _is_kana(reading) and len(reading) > 1 else None


@lru_cache(maxsize=4096)
def word_keys(word):
    """The folded spellings a pattern word matches: itself and, for a word with kanji, its reading."""
    text = normalize(word).text
    keys = {fold_kana(text)}
    if not _is_kana(text):
        reading = _reading(text)
        if _is_kana(reading) and len(reading) > 1:  # 死 (し) must not match every し
            keys.add(fold_kana(reading))
    return frozenset(keys)


def lemma(token):
    return token.basic_form if token.basic_form != "*" else token.surface_form


def content_tokens(tokens):
    """The tokens without white space (MeCab's own tokenization ignores it too).

    A run of symbols MeCab reads as one word (``!」(``) is split into one token per
    character, so that quotes and brackets are seen one by one.
    """
    out = []
    for t in tokens:
        if t.pos == "記号" and t.pos_detail_1 == "空白":
            continue
        if t.pos == "記号" and len(t.surface_form) > 1 and not t.surface_form.isalnum():
            out.extend(
                t._replace(surface_form=ch, basic_form=ch, start=t.start + i) for i, ch in enumerate(t.surface_form)
            )
            continue
        out.append(t)
    return tuple(out)


class _ClassKeys(NamedTuple):
    words: frozenset  # folded keys of the listed words
    spellings: frozenset  # their okurigana spellings (None among them)
    suffixes: frozenset  # -X: any noun or run of nouns ending in X
    stems: frozenset  # X-: any noun or adjective beginning with X
    exceptions: frozenset  # !X: a word (and its compounds) the two above leave out
    possessors: frozenset  # X の*: X, の and a run of nouns
    possessed_ends: frozenset  # の-X: the endings such a run must have
    unpossessed: frozenset  # !のX: runs beginning with X that X の* leaves out


@lru_cache(maxsize=1024)
def _class_keys(class_words):
    """The keys of a word class, computed once: many patterns use one class."""
    words, spellings, suffixes, stems, exceptions = set(), set(), set(), set(), set()
    possessors, possessed_ends, unpossessed = set(), set(), set()
    for word in class_words:
        if word.startswith("の-") and len(word) > 2:
            possessed_ends.add(fold_kana(normalize(word[2:]).text))
        elif word.startswith("!の") and len(word) > 2:
            unpossessed.add(fold_kana(normalize(word[2:]).text))
        elif word.endswith("の*") and len(word) > 2:
            possessors.add(fold_kana(normalize(word[:-2]).text))
        elif word.startswith("!") and len(word) > 1:
            exceptions.add(fold_kana(normalize(word[1:]).text))
        elif word.startswith("-") and len(word) > 1:
            suffixes.add(fold_kana(normalize(word[1:]).text))
        elif word.endswith("-") and len(word) > 1:
            stems.add(fold_kana(normalize(word[:-1]).text))
        else:
            words |= word_keys(word)
            spellings.add(word_spelling(word))
    return _ClassKeys(
        *map(frozenset, (words, spellings, suffixes, stems, exceptions, possessors, possessed_ends, unpossessed))
    )


@lru_cache(maxsize=1024)
def _prefixes(words):
    """Every proper beginning of the words, interned: the MED table's elements hold 39,000 of them, 4,800
    distinct, and its stored copy (lint.core.derived) then writes and reads each string once."""
    return frozenset(sys.intern(word[:i]) for word in words for i in range(1, len(word)))


def compile_word_pattern(source, classes=None):
    """A WordPattern from its text; ``classes`` maps NAME to a list of words for $NAME."""
    classes = classes or {}
    elements = []
    for raw in source.split():
        item = raw
        if item.startswith("~"):
            try:
                gap = int(item[1:])
            except ValueError:
                raise PatternError(f"bad gap {raw!r} (write ~N with a number)") from None
            if gap < 1:
                raise PatternError(f"bad gap {raw!r}")
            elements.append(Element("gap", gap=gap))
            continue
        negative = item.startswith("!")
        optional = item.endswith("?") and len(item) > 1
        item = item.lstrip("!") if negative else item
        item = item[:-1] if optional else item
        if not item:
            raise PatternError(f"empty element {raw!r}")
        if item == "*":
            elements.append(Element("any", optional=optional, negative=negative))
            continue
        names = [a[1:] for a in item.split("|") if a.startswith("$")]
        for name in names:
            if name not in classes:
                raise PatternError(f"unknown word class ${name}")
        # one element is met in many patterns (は|が, $EFFECT): it is built once
        elements.append(_word_element(raw, item, optional, negative, tuple((n, tuple(classes[n])) for n in names)))
    if not elements or all(e.kind == "gap" or e.optional or e.negative for e in elements):
        raise PatternError("a pattern needs at least one word that must be present")
    if elements[0].kind == "gap" or elements[-1].kind == "gap":
        raise PatternError("a pattern cannot start or end with a gap")
    required = tuple(e for e in elements if _required_word(e))
    return WordPattern(source, tuple(elements), required)


@lru_cache(maxsize=4096)
def _word_element(raw, item, optional, negative, class_words):
    """The Element of a word, class or part of speech ``item`` (``raw`` as written, for messages);
    ``class_words``: ((NAME, words), ...) of the classes it names."""
    classes = dict(class_words)
    words, pos, spellings = set(), [], set()
    suffixes, stems, exceptions, possessors, possessed_ends, unpossessed = set(), set(), set(), set(), set(), set()
    for alternative in item.split("|"):
        if not alternative:
            raise PatternError(f"empty alternative in {raw!r}")
        if alternative.startswith("$"):
            keys = _class_keys(classes[alternative[1:]])
            words |= keys.words
            spellings |= keys.spellings
            suffixes |= keys.suffixes
            stems |= keys.stems
            exceptions |= keys.exceptions
            possessors |= keys.possessors
            possessed_ends |= keys.possessed_ends
            unpossessed |= keys.unpossessed
        elif alternative.startswith("@"):
            main, _, detail = alternative[1:].partition(".")
            pos.append((main, detail or None))
        elif len(alternative) > 1 and (alternative.startswith("-") or alternative.endswith("-")):
            # -X and X- mean in a pattern what they mean in a class (a literal word before: -茶 never matched)
            keys = _class_keys((alternative,))
            suffixes |= keys.suffixes
            stems |= keys.stems
        else:
            words |= word_keys(alternative)
            spellings.add(word_spelling(alternative))
    spellings.discard(None)
    words = frozenset(words)
    # an empty stem or suffix (after normalising) would admit every word: no key for it
    anywhere = "" in stems or "" in suffixes
    firsts = frozenset(stem[0] for stem in stems if not anywhere) | frozenset(word[0] for word in possessors if word)
    lasts = frozenset(suffix[-1] for suffix in suffixes if not anywhere)
    return Element(
        "word",
        words=words,
        spellings=frozenset(spellings),
        prefixes=_prefixes(words),
        pos=tuple(pos),
        pos_keys=frozenset(pos),
        suffixes=frozenset(suffixes),
        stems=frozenset(stems),
        exceptions=frozenset(exceptions),
        possessors=frozenset(possessors),
        possessed_ends=frozenset(possessed_ends),
        unpossessed=frozenset(unpossessed),
        firsts=firsts,
        lasts=lasts,
        optional=optional,
        negative=negative,
    )


def _all_keys(words, spellings, parts, firsts, lasts):
    """The keys of the five tables of a WordIndex (or of an Element) in one set. A character is
    tagged by its table (a first or a last character, not the one-character word): a word, a
    spelling (character, reading) and a part of speech (pos, sub-class) cannot be mistaken for
    one another's."""
    keys = set(words)
    keys.update(spellings)
    keys.update(parts)
    if firsts:
        keys.update([(FIRST, c) for c in firsts])
    if lasts:
        keys.update([(LAST, c) for c in lasts])
    return keys


FIRST, LAST = "^", "$"  # tags of the first and last characters in _all_keys


def _required_word(element):
    """Whether every match needs a token (or run) that the element's keys find in a WordIndex."""
    return (
        element.kind == "word"
        and not (element.optional or element.negative)
        and not ("" in element.stems or "" in element.suffixes)
    )


_KEYS: dict = {}  # (surface, dictionary form) -> their folded keys: shared by every token of a word


def _token_keys(token):
    """(folded surface, folded lemma) of a token; cached by the two texts, not by the token
    (a token's hash covers all eleven fields, its offset too, so it would miss for each new place)."""
    pair = token.surface_form, token.basic_form
    keys = _KEYS.get(pair)
    if keys is None:
        if len(_KEYS) > 200_000:
            _KEYS.clear()
        keys = _KEYS[pair] = fold_kana(token.surface_form), fold_kana(lemma(token))
    return keys


def _word_lengths(tokens, i, element, masked):
    """How many tokens from ``i`` the word element can cover (each possible length)."""
    token = tokens[i]
    if i in masked:
        return ()
    lengths = []
    pos = element.pos_keys
    if pos and ((token.pos, None) in pos or (token.pos, token.pos_detail_1) in pos):
        lengths.append(1)  # the part of speech, or it with this sub-class
    if element.suffixes or element.stems:
        lengths.extend(_morph_lengths(tokens, i, element, masked))
    if element.possessors:
        lengths.extend(_possessed_lengths(tokens, i, element, masked))
    if element.words:
        surface, base = _token_keys(token)
        if surface in element.words or base in element.words:
            lengths.append(1)
        elif element.spellings and _shape(token)[2] in element.spellings:
            lengths.append(1)  # the same word with other okurigana: 比べもの for 比べ物
        joined = surface
        for m in range(2, MAX_RUN + 1):
            if joined not in element.prefixes:
                break
            k = i + m - 1
            if k >= len(tokens) or k in masked or tokens[k].pos_detail_1 == "句点":
                break
            last_surface, last_base = _token_keys(tokens[k])
            if joined + last_surface in element.words or joined + last_base in element.words:
                lengths.append(m)
            elif tokens[k].pos == "動詞" and _fused_suru(joined + last_surface, element.words):
                lengths.append(m)
            joined += last_surface
    return lengths


NOUNISH = ("名詞", "接頭詞")


@lru_cache(maxsize=4096)
def _ordered(words):
    """A frozenset of strings as a tuple, for str.startswith / str.endswith (one C call, not a loop)."""
    return tuple(sorted(words))


def _morph_lengths(tokens, i, element, masked):
    """Lengths of a run from ``i`` that is a member of a generative class by its morphology:
    nouns ending in one of ``suffixes`` (小児科 + 医), a noun or adjective beginning with one of
    ``stems`` (最安値, 最 + 安値); never a word of ``exceptions`` (最近, 最寄り)."""
    found = []
    token = tokens[i]
    if element.stems:
        surface = _token_keys(token)[0]
        # an exception covers its compounds too: 最寄り covers 最寄り駅, 最優先 covers 最 + 優先
        word = surface + (_token_keys(tokens[i + 1])[0] if token.pos == "接頭詞" and i + 1 < len(tokens) else "")
        if not word.startswith(_ordered(element.exceptions)):
            for stem in element.stems:
                if token.pos in ("名詞", "形容詞", "副詞") and surface.startswith(stem) and len(surface) > len(stem):
                    found.append(1)
                elif (
                    surface == stem
                    and token.pos == "接頭詞"
                    and i + 1 < len(tokens)
                    and i + 1 not in masked
                    and tokens[i + 1].pos in ("名詞", "形容詞")
                ):
                    found.append(2)
    if element.suffixes and token.pos in NOUNISH:
        joined = ""
        for m in range(1, MAX_RUN + 1):
            k = i + m - 1
            if k >= len(tokens) or k in masked or tokens[k].pos not in NOUNISH:
                break
            joined += _token_keys(tokens[k])[0]
            if joined in element.exceptions:
                continue
            if joined.endswith(_ordered(element.suffixes)) and not _inside_act(tokens[k], joined, element.suffixes):
                found.append(m)
    return found


POSSESSED_RUN = 3  # nouns a run possessed by 他の may hold: ほかの + 訪問 + 看護 + ステーション


def _possessed_lengths(tokens, i, element, masked):
    """Lengths of a run from ``i`` that is a possessor (他, ほか), の and one to POSSESSED_RUN nouns ending in one of
    ``possessed_ends`` (when the class has any): 他の整骨院, ほかの訪問看護ステーション, not 他の食品 or 他の検査; never a
    run whose nouns begin with one of ``unpossessed``."""
    if i + 2 >= len(tokens) or i in masked or _token_keys(tokens[i])[0] not in element.possessors:
        return []
    particle = tokens[i + 1]
    if particle.surface_form != "の" or particle.pos != "助詞" or i + 1 in masked:
        return []
    found, joined = [], ""
    for m in range(1, POSSESSED_RUN + 1):
        k = i + 1 + m
        if k >= len(tokens) or k in masked or tokens[k].pos not in NOUNISH:
            break
        joined += _token_keys(tokens[k])[0]
        if element.unpossessed and joined.startswith(_ordered(element.unpossessed)):
            break
        if not element.possessed_ends or joined.endswith(_ordered(element.possessed_ends)):
            found.append(m + 2)
    return found


def _inside_act(last, joined, suffixes):
    """Whether every suffix that ``joined`` ends with lies inside its last word, a verbal noun (サ変接続): 入院
    and 通院 are acts, not a 院; 発症 is not a 症, 服薬 not a 薬. A suffix that is the whole verbal noun stays
    (入院 + 治療 ends in -治療)."""
    if last.pos_detail_1 != "サ変接続":
        return False
    size = len(_token_keys(last)[0])
    return not any(len(suffix) >= size and joined.endswith(suffix) for suffix in suffixes)


SURU = ("し", "する", "さ", "せ", "すれ", "しよ", "しろ")


def _fused_suru(joined, words):
    """MeCab sometimes reads a noun + する as other words (完治します: 完 + 治し): the noun is there."""
    return any(joined.endswith(tail) and joined[: -len(tail)] in words for tail in SURU if len(joined) > len(tail))


def _match(tokens, elements, e, i, masked):
    """The end index of a match of elements[e:] starting at token i, or None."""
    if e == len(elements):
        return i
    element = elements[e]
    if element.kind == "gap":
        for skip in range(element.gap + 1):
            if skip and (i + skip - 1 >= len(tokens) or tokens[i + skip - 1].surface_form in SENTENCE_END):
                break
            end = _match(tokens, elements, e + 1, i + skip, masked)
            if end is not None:
                return end
        return None
    if element.negative:
        if i < len(tokens) and _element_lengths(tokens, i, element, masked):
            return None
        return _match(tokens, elements, e + 1, i, masked)
    if i < len(tokens):
        for length in _element_lengths(tokens, i, element, masked):
            end = _match(tokens, elements, e + 1, i + length, masked)
            if end is not None:
                return end
    if element.optional:
        return _match(tokens, elements, e + 1, i, masked)
    return None


def _element_lengths(tokens, i, element, masked):
    if element.kind == "any":
        return (1,) if i not in masked and tokens[i].surface_form not in SENTENCE_END else ()
    return _word_lengths(tokens, i, element, masked)


class Vocabulary(NamedTuple):
    """What a set of patterns can look up in a sentence: a WordIndex made for it lists only these."""

    words: frozenset  # the folded words of every element
    beginnings: frozenset  # their proper beginnings: the runs of tokens worth extending
    firsts: frozenset  # first characters of the generative classes' stems
    lasts: frozenset  # last characters of their suffixes


def vocabulary(patterns):
    """The Vocabulary of ``patterns`` (WordPatterns): what word_index must list for find_all."""
    elements = [e for pattern in patterns for e in pattern.elements if e.kind == "word"]
    return Vocabulary(
        *(frozenset().union(*(getattr(e, name) for e in elements)) for name in ("words", "prefixes", "firsts", "lasts"))
    )


_COVERED: dict = {}  # (id of a vocabulary, id of a pattern) -> (the two, whether it covers it)


def _covered(vocabulary, pattern):
    """_covers, remembered by identity (hashing a pattern hashes all its word sets)."""
    key = id(vocabulary), id(pattern)
    known = _COVERED.get(key)
    if known is None or known[0] is not vocabulary or known[1] is not pattern:
        if len(_COVERED) > 10_000:
            _COVERED.clear()
        known = _COVERED[key] = vocabulary, pattern, _covers(vocabulary, pattern)
    return known[2]


def _covers(vocabulary, pattern):
    """Whether an index made for ``vocabulary`` lists everything ``pattern`` looks up."""
    return all(
        e.words <= vocabulary.words
        and e.prefixes <= vocabulary.beginnings
        and e.firsts <= vocabulary.firsts
        and e.lasts <= vocabulary.lasts
        for e in pattern.elements
        if e.kind == "word"
    )


class WordIndex(NamedTuple):
    """Where each word, spelling, part of speech and character is in a sentence (see word_index)."""

    words: dict  # folded word -> positions where a run of tokens spelling it starts
    spellings: dict  # (first character, folded reading) -> positions
    parts: dict  # (part of speech, sub-class or None) -> positions
    firsts: dict  # first character of a token's folded surface -> positions
    lasts: dict  # last character of a token's folded surface -> positions
    vocabulary: Vocabulary | None  # what it lists (None: every word, run and character)
    # the keys of the five tables in one set (_all_keys): a pattern one of whose needed elements
    # (Element.keys) has none of them cannot match (find_all, find_each, PatternIndex)
    keys: set


_SHAPES: dict = {}  # a token's fields but its offset -> _shape


def _shape(token):
    """What word_index files a token under: (folded surface, folded dictionary form, okurigana
    spelling or None, (part of speech, None), (part of speech, sub-class), first and last
    character of the folded surface or None), cached by the token's fields (not its offset)."""
    fields = token[:-1]
    shape = _SHAPES.get(fields)
    if shape is None:
        if len(_SHAPES) > 200_000:
            _SHAPES.clear()
        surface, base = _token_keys(token)
        spelling = None
        if token.reading != "*" and token.surface_form == token.basic_form:
            spelling = (token.surface_form[:1], fold_kana(token.reading))
        shape = _SHAPES[fields] = (
            surface,
            base,
            spelling,
            (token.pos, None),
            (token.pos, token.pos_detail_1),
            surface[0] if surface else None,
            surface[-1] if surface else None,
        )
    return shape


def word_index(tokens, vocabulary=None):
    """Where each word and part of speech is in the sentence (a WordIndex).

    ``words`` holds every key _word_lengths can match from a position: the token's folded surface
    and dictionary form, and each run of up to MAX_RUN tokens (the surfaces, the last one's
    surface or dictionary form, a fused する left out), so a pattern word is found by one look-up.
    ``vocabulary``: list only the words and characters of these patterns, and extend only runs
    that begin one of their words (find_all checks that a pattern is covered); None lists all.

    A caller that tries many patterns on one sentence makes this once and gives it to find_all
    (looking it up by the tokens would hash the whole sentence on every call)."""
    words, spellings, parts, firsts, lasts = {}, {}, {}, {}, {}
    if vocabulary is None:
        known = beginnings = first_chars = last_chars = None
    else:
        known, beginnings, first_chars, last_chars = vocabulary

    def add(key, i):
        if known is None or key in known:
            positions = words.setdefault(key, [])
            if not positions or positions[-1] != i:
                positions.append(i)

    n = len(tokens)
    shapes = [_shape(token) for token in tokens]
    for i, (surface, base, spelling, part, detail, first, last) in enumerate(shapes):
        add(surface, i)
        if base != surface:
            add(base, i)
        if spelling is not None:
            spellings.setdefault(spelling, []).append(i)
        parts.setdefault(part, []).append(i)
        parts.setdefault(detail, []).append(i)
        if first is not None and (first_chars is None or first in first_chars):
            firsts.setdefault(first, []).append(i)
        if last is not None and (last_chars is None or last in last_chars):
            lasts.setdefault(last, []).append(i)
        joined = surface  # the runs _word_lengths tries from i (sentence end included, masks ignored)
        for k in range(i + 1, min(n, i + MAX_RUN)):
            if beginnings is not None and joined not in beginnings:
                break
            last_surface, last_base, _, (pos, _), (_, pos_detail), _, _ = shapes[k]
            if pos_detail == "句点":
                break
            whole = joined + last_surface
            add(whole, i)
            if last_base != last_surface:
                add(joined + last_base, i)
            if pos == "動詞":  # 完 + 治し: the noun before a fused する (_fused_suru)
                for tail in SURU:
                    if len(whole) > len(tail) and whole.endswith(tail):
                        add(whole[: -len(tail)], i)
            joined = whole
    return WordIndex(
        words, spellings, parts, firsts, lasts, vocabulary, _all_keys(words, spellings, parts, firsts, lasts)
    )


@lru_cache(maxsize=64)
def _index(tokens):
    return word_index(tokens)


def _starts(element, index):
    """The positions where a word element that must be there can start: where one of its words
    (or another okurigana) or parts of speech is, where a token starts with a stem's first
    character, or up to MAX_RUN - 1 tokens before one that ends with a suffix's last character;
    None: any position may (``*``, an optional or a negative element)."""
    if not _required_word(element):
        return None
    found = set()
    for key in element.words & index.words.keys():
        found.update(index.words[key])
    if element.spellings:
        for key in element.spellings & index.spellings.keys():
            found.update(index.spellings[key])
    for part in element.pos:  # (part of speech, sub-class or None), as _word_lengths compares them
        found.update(index.parts.get(part, ()))
    for char in element.firsts & index.firsts.keys():
        found.update(index.firsts[char])
    for char in element.lasts & index.lasts.keys():
        for k in index.lasts[char]:
            found.update(range(max(0, k - MAX_RUN + 1), k + 1))
    return sorted(found)


# how much one key of each kind lets through, to file a pattern under its most selective element
_WEIGHT_WORD, _WEIGHT_CHARACTER, _WEIGHT_PART = 1, 20, 200


_TABLES = ("words", "spellings", "parts", "firsts", "lasts")  # the WordIndex tables a pattern is found by


def _element_keys(element):
    """The key sets of a required element, one for each table of _TABLES."""
    return (element.words, element.spellings, element.pos_keys, element.firsts, element.lasts)


class PatternIndex:
    """Which of many patterns can match a sentence, without trying each one.

    Every needed element of a pattern (see WordPattern.required) is a group of keys: words,
    okurigana spellings, parts of speech, first or last characters of a generative class. A
    sentence has a group when its WordIndex has one of the group's keys (Element.keys); a pattern
    can match only a sentence that has all its groups, so the others are never tried (find_all
    would return nothing for them: skipping them changes no result). Each pattern is filed under
    the keys of its most selective group, and the candidates filed there are kept when the
    sentence has their other groups too; a pattern with no needed element is always tried.
    """

    def __init__(self, patterns):
        self.always: set[int] = set()
        # for each table of _TABLES: key -> the patterns filed under it, key -> the groups that have it
        self.filed: tuple[dict, ...] = tuple({} for _ in _TABLES)
        self.groups: tuple[dict, ...] = tuple({} for _ in _TABLES)
        self.needs: list[frozenset] = []  # pattern number -> the groups it needs
        numbers: dict[tuple, int] = {}  # a group's key sets -> its number
        for number, pattern in enumerate(patterns):
            needs = set()
            for element in pattern.required:
                keys = _element_keys(element)
                if keys not in numbers:
                    numbers[keys] = len(numbers)
                    for table, found in zip(self.groups, keys, strict=True):
                        for key in found:
                            table.setdefault(key, set()).add(numbers[keys])
                needs.add(numbers[keys])
            self.needs.append(frozenset(needs))
            if not pattern.required:
                self.always.add(number)
                continue
            element = min(
                pattern.required,
                key=lambda e: _WEIGHT_WORD * (len(e.words) + len(e.spellings))
                + _WEIGHT_CHARACTER * (len(e.firsts) + len(e.lasts))
                + _WEIGHT_PART * len(e.pos_keys),
            )
            for table, found in zip(self.filed, _element_keys(element), strict=True):
                for key in found:
                    table.setdefault(key, set()).add(number)

    def candidates(self, index):
        """The numbers (in the order given) of the patterns that may match the sentence of ``index``."""
        present, found = set(), set(self.always)
        for table, (groups, filed) in enumerate(zip(self.groups, self.filed, strict=True)):
            for key in index[table]:  # the sentence's keys are far fewer than the index's
                have = groups.get(key)
                if have is not None:
                    present |= have
                    if key in filed:
                        found |= filed[key]
        needs = self.needs
        return [number for number in sorted(found) if needs[number] <= present]


_PLANS: dict = {}  # (id of a tuple of patterns, id of a vocabulary) -> (the two, their plan)


def _plan(patterns, vocabulary):
    """For each of ``patterns`` (a tuple), (the pattern, the key sets of its needed elements), the
    key sets None when an index made for ``vocabulary`` may not list what it needs (find_all indexes
    the sentence again for it). Cached by identity, with the objects kept, so that an id is never
    taken for another object's."""
    key = id(patterns), id(vocabulary)
    known = _PLANS.get(key)
    if known is None or known[0] is not patterns or known[1] is not vocabulary:
        if len(_PLANS) > 10_000:
            _PLANS.clear()
        plan = tuple(
            (p, tuple(e.keys for e in p.required) if vocabulary is None or _covered(vocabulary, p) else None)
            for p in patterns
        )
        known = _PLANS[key] = patterns, vocabulary, plan
    return known[2]


def find_each(tokens, patterns, masked=frozenset(), index=None):
    """The spans of each of ``patterns`` (a tuple) in turn: those of find_all for the first, then for
    the second, and so on. A frame of a pattern file is such a tuple, tried on every sentence, and
    most sentences lack a word each of its patterns needs: with ``index`` (from word_index), such a
    pattern costs one set comparison a needed element, not a call of find_all."""
    if index is None or not isinstance(patterns, tuple):
        return [span for pattern in patterns for span in find_all(tokens, pattern, masked, index)]
    keys = index.keys
    spans = []
    for pattern, needed in _plan(patterns, index.vocabulary):
        if needed is not None:
            for element_keys in needed:
                if element_keys.isdisjoint(keys):
                    break
            else:
                spans.extend(find_all(tokens, pattern, masked, index))
        else:
            spans.extend(find_all(tokens, pattern, masked, index))
    return spans


_REACH: dict = {}  # id of a pattern -> (the pattern, _reach of it)


def _reach(pattern):
    """(k, lo, hi): the first needed word element after the first element, elements[k], starts from
    lo to hi tokens after the match's start (the lengths the elements before it may cover: a word
    1 to MAX_RUN tokens, ``*`` one, a gap 0 to N, an optional element from 0, a negative none);
    None when the pattern has no such element."""
    known = _REACH.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    reach, lo, hi = None, 0, 0
    for k, element in enumerate(pattern.elements):
        if k and _required_word(element):
            reach = (k, lo, hi)
            break
        if element.kind == "gap":
            hi += element.gap
        elif not element.negative:
            longest = 1 if element.kind == "any" else MAX_RUN
            lo += 0 if element.optional else 1
            hi += longest
    if len(_REACH) > 10_000:
        _REACH.clear()
    _REACH[id(pattern)] = pattern, reach
    return reach


def _reaching(pattern, starts, index):
    """The ``starts`` from which the pattern's next needed element (_reach) is within reach: where it
    is not, no match can start (a common first word, は or が, is tried only where the rest can
    follow it)."""
    reach = _reach(pattern)
    if reach is None:
        return starts
    k, lo, hi = reach
    nexts = _starts(pattern.elements[k], index)
    if nexts is None:
        return starts
    kept = []
    for i in starts:
        at = bisect_left(nexts, i + lo)
        if at < len(nexts) and nexts[at] <= i + hi:
            kept.append(i)
    return kept


def find_all(tokens, pattern, masked=frozenset(), index=None):
    """Every (first, end) token span where ``pattern`` matches ``tokens``; spans do not overlap.

    ``index``: word_index(tokens, vocabulary), when the caller has it (a vocabulary that does not
    cover the pattern is refused: the sentence is indexed again here)."""
    spans, n = [], len(tokens)
    elements = pattern.elements
    if index is None or (index.vocabulary is not None and not _covered(index.vocabulary, pattern)):
        index = _index(tokens)
    keys = index.keys
    for element in pattern.required:  # a word the pattern needs is missing: no match anywhere
        if element.keys.isdisjoint(keys):
            return spans
    starts = _starts(elements[0], index)
    if starts is not None:
        if len(starts) > 2:
            starts = _reaching(pattern, starts, index)
        end = 0
        for i in starts:
            if i < end:
                continue
            stop = _match(tokens, elements, 0, i, masked)
            if stop is not None and stop > i:
                spans.append((i, stop))
                end = stop
        return spans
    i = 0
    while i < n:
        if elements[0].optional or elements[0].negative or _element_lengths(tokens, i, elements[0], masked):
            end = _match(tokens, elements, 0, i, masked)
            if end is not None and end > i:
                spans.append((i, end))
                i = end
                continue
        i += 1
    return spans
