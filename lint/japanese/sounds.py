"""Does an English word spell a name of the Japanese source? (SPL001)

A name (a brand of medicine, a person, a place) reaches the English as its own
spelling: チラーヂンS is "Thyradin S", アレグラ is "Allegra". Neither side is in a
dictionary, so the spelling check would report the English name. Loanwords keep
the consonants and change the vowels, so both sides are reduced to their
consonant classes (lint/data/kana-sounds.toml: t, d, th and ch are one class; r
and l are one) and compared: チ・ラ・ヂ・ン and th・r・d・n are both T R T N.

A Japanese name or term written in kanji reaches the English in romaji (山田 is
"Yamada", 東北 "Tohoku", 漢方 "kampo"): ``romanized_words`` reads the source's
words with the tokenizer, romanises their readings (lint/data/kana-romaji.toml)
and folds long vowels, so "Tohoku", "Tōhoku" and "Touhoku" are one spelling.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_data_toml
from ..errors import ConfigError
from ..parsing.word_tables import load_word_tables
from .normalize import as_katakana

SOUNDS = Path(__file__).resolve().parent.parent / "data" / "kana-sounds.toml"
ROMAJI = Path(__file__).resolve().parent.parent / "data" / "kana-romaji.toml"
_KATAKANA_RUN_RE = re.compile("[ァ-ヺー]{2,}")
MIN_CONSONANTS = 3  # shorter skeletons (two consonants) match too many words to mean anything


@lru_cache(maxsize=2)
def _classes(path: Path = SOUNDS) -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, str], ...]]:
    """({kana: its classes, the first table's first}, ((English letter group, class), ...) longest group first)."""
    kana: dict[str, tuple[str, ...]] = {}
    latin = []
    for name, words in load_word_tables(path).items():
        for word in words:
            if word.isascii():
                latin.append((word.lower(), name))
            else:
                kana[word] = kana.get(word, ()) + (name,)
    return kana, tuple(sorted(latin, key=lambda pair: -len(pair[0])))


# ハ行 is an h (silent in the skeletons) in most loanwords, but it also writes an f or ph that
# Japanese has no other kana for: ソホスブビル is sofosbuvir, ホスホマイシン fosfomycin.
_H_ROW = frozenset("ハヒヘホ")


def katakana_skeleton(run: str, h_as_f: bool = False) -> str:
    """The skeleton with each kana's first class (ハ行 as f when asked)."""
    kana, _ = _classes()
    return _collapse("".join("F" if h_as_f and ch in _H_ROW else kana.get(ch, ("",))[0] for ch in run))


MAX_SKELETONS = 64  # a word with many two-sound kana: the combinations are cut off here


def katakana_skeletons(run: str) -> set[str]:
    """Every skeleton of a katakana word: each kana by each of its classes, ハ行 as h (silent) and as f,
    the first kana of a listed pair (ウイ) also by the pair's class."""
    kana, _ = _classes()
    partial = {""}
    for index, ch in enumerate(run):
        options = kana.get(ch, ("",)) + (("F",) if ch in _H_ROW else ())
        if ch == "ン" and index + 1 < len(run) and kana.get(run[index + 1], ("",))[0] in ("P", "M"):
            options += ("M",)  # ン before a p, b or m is an m (ジャンプ jump, ポンプ pump, シャンプー shampoo)
        options += kana.get(run[index : index + 2], ()) if index + 1 < len(run) else ()  # ウイ: w, or v
        partial = {p + o for p in partial for o in options}
        if len(partial) > MAX_SKELETONS:
            partial = set(sorted(partial)[:MAX_SKELETONS])
    return {_collapse(p) for p in partial}


def english_skeleton(word: str) -> str:
    low = re.sub(r"(.)\1", r"\1", word.lower())  # doubled letters are one sound (Allegra)
    return _letter_classes(low, keep_vowels=False)


def _letter_classes(low: str, keep_vowels: bool) -> str:
    """Latin letters as consonant classes; vowels kept or dropped (h, w and y are always silent)."""
    _, latin = _classes()
    out, i = [], 0
    while i < len(low):
        for group, name in latin:
            if low.startswith(group, i):
                out.append(name)
                i += len(group)
                break
        else:
            if keep_vowels and low[i] in _VOWELS:
                out.append(low[i])
            i += 1
    return _collapse("".join(out))


def _collapse(skeleton: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton)


def katakana_names(source: str) -> set[str]:
    """The consonant skeletons of the katakana words of a Japanese text (ハ行 read as h, and as f)."""
    return {s for run in _KATAKANA_RUN_RE.findall(source) for s in katakana_skeletons(run) if len(s) >= MIN_CONSONANTS}


_NAME_SEQUENCE_RE = re.compile("[ァ-ヺー]+(?:[・＝=][ァ-ヺー]+)+")


def katakana_name_sequences(source: str) -> list[tuple[set[str], ...]]:
    """Names joined by ・ in the source (ホーエン・ヤール, a scale named after two people): for each
    run of joined names, the skeletons of each name in order (ハ行 as h and as f)."""
    return [
        tuple(katakana_skeletons(part) for part in re.split("[・＝=]", match))
        for match in _NAME_SEQUENCE_RE.findall(source)
    ]


def transliterates_sequence(words: list[str], sequences: list[tuple[set[str], ...]]) -> bool:
    """The English names, in order, sound like the names of one ・-joined run of the source.

    Two or more names matching in order are evidence enough that a short skeleton (Hoehn is N,
    Yahr is R) is not matched by chance, so no minimum length applies here.
    """
    skeletons = [english_skeleton(w) for w in words]
    if not all(skeletons):
        return False
    return any(
        len(run) == len(skeletons) and all(sk in options for sk, options in zip(skeletons, run, strict=True))
        for run in sequences
    )


# An English r after a vowel and before a consonant or the end is no consonant in a loanword: the
# katakana writes a long vowel (カード card, ガード guard, シルガード Silgard).
_SILENT_R_RE = re.compile(r"(?<=[aeiou])r+(?=[^aeiouy]|$)")


# Japanese has no th: a loanword writes it with サ行 as often as with タ行 (スミス Smith, スリー three,
# フェノトリン phenothrin), so an English th is also read as an s.
_TH_RE = re.compile("th")


# An English gh after a vowel, before t or at the end, is silent (through, night, weigh): the katakana
# writes no consonant for it (スルー through, ナイト night).
_SILENT_GH_RE = re.compile(r"(?<=[aeiou])gh(?=t|$)")


def _readings(word: str) -> set[str]:
    """The spellings whose skeletons a word may have: as written, an r after a vowel silent, th as s, a
    gh before t or at the end silent."""
    low = word.lower()
    forms = {low, _SILENT_R_RE.sub("", low)}
    forms |= {_SILENT_GH_RE.sub("", form) for form in forms}
    return forms | {_TH_RE.sub("s", form) for form in forms}


def transliterates(word: str, skeletons: set[str]) -> bool:
    """The English word sounds like one of the katakana words (by their skeletons), an r after a vowel
    heard or not, a th as t or as s."""
    for skeleton in {english_skeleton(form) for form in _readings(word)}:
        if len(skeleton) >= MIN_CONSONANTS and skeleton in skeletons:
            return True
    return False


def vowel_distance(word: str, source: str) -> int | None:
    """How many edits the word's vowels are from those of the closest katakana word of the source
    whose consonants it spells (ノロウイルス, n-o-r-o-i-r-u-s-u: "norovirus" is one edit, the final u
    Japanese adds; "nairovirus" three); None when it spells none. Between two words of one
    skeleton, the vowels tell which the katakana writes."""
    skeleton = english_skeleton(word)
    mine = "".join(ch for ch in word.lower() if ch in _VOWELS)
    best = None
    for run in _KATAKANA_RUN_RE.findall(source):
        if skeleton not in katakana_skeletons(run):
            continue
        theirs = "".join(ch for ch in romanize(run) if ch in _VOWELS)
        distance = _edits(mine, theirs)
        best = distance if best is None else min(best, distance)
    return best


def _edits(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


_VOWELS = frozenset("aeiou")
MIN_SOUNDS = 4  # a short name matched with its vowels: at least this many sounds (ジオン, Zione: S i o N)


@lru_cache(maxsize=4096)
def _sounds(letters: str) -> str:
    """Consonant classes with the vowels kept: a short word's skeleton matches too much by chance,
    its vowels make the match mean something. A final silent e (Zione) and doubled letters are dropped."""
    low = re.sub(r"(.)\1", r"\1", letters.lower())
    low = re.sub(r"(?<=[^aeiou])e$", "", low)
    return _letter_classes(low, keep_vowels=True)


# Japanese adds a vowel after a consonant that ends a syllable in English, u (ル, ス, ク) or, after t
# and d, o (ト, ド): ホルター is ho-ru-taa for Holter. Without it the katakana has the English syllables.
_EPENTHETIC_RE = re.compile(r"(?<=[A-SU-Z])u(?=[A-Z]|$)|(?<=T)o(?=[A-Z]|$)")
# An English -er, -or, -ar at the end is the long vowel アー of the katakana (Holter, ホルター).
_FINAL_R_RE = re.compile(r"[aeo]r$")


# Voicing, which katakana writes (タ/ダ, カ/ガ, パ/バ) and the consonant classes merge: the stops of a
# word in order, "-" voiceless and "+" voiced. th, ch, ph, sh, gh and a soft c or g are no stops.
_EN_NO_STOP_RE = re.compile(r"th|ch|ph|sh|gh|c(?=[eiy])|g(?=[eiy])")
_EN_STOPS = {"t": "-", "k": "-", "c": "-", "q": "-", "p": "-", "d": "+", "g": "+", "b": "+", "v": "+"}
_KANA_STOPS = dict.fromkeys("タテトカキクケコパピプペポ", "-") | dict.fromkeys("ダデドガギグゲゴバビブベボヴ", "+")


def voicing_agrees(word: str, source: str) -> bool:
    """The word's stops (t or d, k or g, p or b) are voiced as in a katakana word of the source:
    Holter for ホルター, not holder, whose consonant classes are the same."""
    low = _EN_NO_STOP_RE.sub(" ", re.sub(r"(.)\1", r"\1", word.lower()).replace("ck", "k"))
    voicing = "".join(_EN_STOPS.get(ch, "") for ch in low)
    return any(voicing == "".join(_KANA_STOPS.get(ch, "") for ch in run) for run in _KATAKANA_RUN_RE.findall(source))


@lru_cache(maxsize=1024)
def katakana_sounds(source: str) -> frozenset[str]:
    """The sounds (consonant classes and vowels) of the katakana words of a text, read in romaji, also
    without the vowels Japanese adds after a consonant (ホルター: oRuTa and oRTa)."""
    found = set()
    for run in _KATAKANA_RUN_RE.findall(source):
        sounds = _sounds(romanize(run))
        found |= {s for s in (sounds, _EPENTHETIC_RE.sub("", sounds)) if len(s) >= MIN_SOUNDS}
    return frozenset(found)


def sounds_like(word: str, sounds: set[str]) -> bool:
    """The English word, vowels included, sounds like a katakana word of the source (ジオン → Zione), a
    final -er read as the long vowel the katakana writes for it (ホルター → Holter)."""
    return word.isalpha() and bool({_sounds(word), _sounds(_FINAL_R_RE.sub("a", word.lower()))} & sounds)


def abbreviates_katakana(word: str, source: str) -> bool:
    """An abbreviation in capitals whose letters are consonants of a katakana word of the source, in
    order, from its first (TV for テレビ, "television": T…V in T R V): a loanword abbreviated in English.

    Two to four letters, each a consonant with a class; the katakana word has at least as many.
    """
    if not (2 <= len(word) <= 4 and word.isupper() and word.isalpha()):
        return False
    classes = [english_skeleton(letter) for letter in word]
    if not all(classes):
        return False
    for run in _KATAKANA_RUN_RE.findall(source):
        for skeleton in katakana_skeletons(run):
            if len(skeleton) >= len(word) and skeleton[0] == classes[0] and _in_order(classes, skeleton):
                return True
    return False


def _in_order(letters: list[str], skeleton: str) -> bool:
    rest = iter(skeleton)
    return all(letter in rest for letter in letters)


@lru_cache(maxsize=2)
def load_romaji(path: Path = ROMAJI) -> dict[str, str]:
    """{katakana: romaji} of lint/data/kana-romaji.toml; ConfigError names the file and the key."""
    data = read_data_toml(path, "romanisation table")
    table = data.get("romaji")
    if set(data) != {"romaji"} or not isinstance(table, dict):
        raise ConfigError(f"{path}: must hold one table, [romaji]")
    for kana, letters in table.items():
        if not _KATAKANA_RUN_RE.fullmatch(kana + "ー") or len(kana) > 2:
            raise ConfigError(f"{path}: [romaji] key {kana!r} must be one katakana (with a small kana)")
        if not isinstance(letters, str) or not re.fullmatch("[a-z]+", letters):
            raise ConfigError(f"{path}: [romaji] {kana} must be lower-case letters, not {letters!r}")
    return table


def romanize(reading: str) -> str:
    """Hepburn romaji of a katakana reading, long vowels folded (トウホク → tohoku)."""
    table = load_romaji()
    out: list[str] = []
    double = False
    i = 0
    while i < len(reading):
        pair, one = reading[i : i + 2], reading[i]
        if one == "ッ":
            double, i = True, i + 1
            continue
        if one == "ー":
            i += 1
            continue  # a long vowel: folded anyway
        letters = table.get(pair) or table.get(one, "")
        i += 2 if pair in table else 1
        if double and letters:
            letters = ("t" if letters.startswith("ch") else letters[0]) + letters
        double = False
        out.append(letters)
    return fold_romaji("".join(out))


def fold_romaji(text: str) -> str:
    """One spelling for the ways romaji is written: Tōhoku, Touhoku, Tohoku → tohoku; Shimbashi → shinbashi."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))
    text = re.sub(r"oh(?![aiueo])", "o", text)
    text = re.sub(r"ou|oo", "o", text)
    text = re.sub(r"uu", "u", text)
    text = re.sub(r"aa", "a", text)
    text = re.sub(r"ii", "i", text)
    text = re.sub(r"ee", "e", text)
    return re.sub(r"m(?=[bpm])", "n", text)


def romanized_words(source: str) -> tuple[str, ...]:
    """The folded romaji of the source read word by word, one string per word start (a word and what follows).

    An English word spells a Japanese word of the source when its folded form starts one of these
    strings at a word boundary: "Osaka" in 大阪大学 (oosakadaigaku), "Yamada" in 山田先生.
    """
    from .tokenizer import tokenize

    readings = [romanize(t.reading) if t.reading and t.reading != "*" else "" for t in tokenize(source)]
    return tuple("".join(readings[i:]) for i in range(len(readings)) if readings[i])


def reads_family_name_before(word: str, given: str, source: str) -> bool:
    """(ninth session) ``word`` may be the romaji of the family name written in kanji right before the given name
    that ``given`` spells (馬原文彦 → "Fumihiko Mahara"): the tokenizer split that name into two words or more (馬 +
    原, so its reading, umahara, is no evidence), and the word has as many morae as the kanji may read (one or two
    each). A family name the tokenizer knows as one word (高橋) is read by it: another spelling is a slip; a source
    with no kanji before the given name (文彦医師) has no family name to render."""
    from .tokenizer import tokenize

    tokens = tokenize(source)
    folded = fold_romaji(given)
    for i, token in enumerate(tokens):
        reading = romanize(token.reading) if token.reading and token.reading != "*" else ""
        if not reading or fold_romaji(reading) != folded:
            continue  # not the given name's word
        run = []
        j = i - 1
        while j >= 0 and tokens[j].surface_form and all(is_kanji_char(c) for c in tokens[j].surface_form):
            run.insert(0, tokens[j])
            j -= 1
        kanji = sum(len(t.surface_form) for t in run)
        if len(run) >= 2 and kanji <= 4 and kanji <= romaji_morae(word) <= 2 * kanji + 1:
            return True
    return False


def is_kanji_char(char: str) -> bool:
    """A kanji (the CJK block, 々 and 〆): what a name or a term written in kanji is made of."""
    return "\u4e00" <= char <= "\u9fff" or char in "々〆"


def spells_romanized(word: str, romanized: tuple[str, ...]) -> bool:
    """The word (four letters or more) is the romaji of a word of the source, or of several in a row."""
    folded = fold_romaji(word)
    return len(folded) >= 4 and folded.isalpha() and any(r.startswith(folded) for r in romanized)


def transliterates_with(word: str, following: str, skeletons: set[str]) -> bool:
    """The English word and the next one sound like one katakana word together: a name written
    in katakana with the loanword after it (フェノトリンローション → "phenothrin lotion"). The next
    word is a dictionary word: the caller checks only the name."""
    second = english_skeleton(following)
    for first in {english_skeleton(form) for form in _readings(word)}:
        if len(first) < MIN_CONSONANTS or not second:
            continue
        # the loanword's own spelling may hide its sound (lotion: t for シ), so only its first consonant
        # must start the rest of the katakana word
        if any(sk.startswith(first) and len(sk) > len(first) and sk[len(first)] == second[0] for sk in skeletons):
            return True
    return False


# One mora of Hepburn romaji (folded): a consonant (with y), sh, ch, ts, j, f, w before a vowel; the moraic n;
# the first of a doubled consonant (ッ).
_MORA_RE = re.compile(r"(?:sh|ch|ts|[kgsztdnhbpmr]y?|[jfyw])?[aiueo]|n(?![aiueoy])|([kstpc])(?=\1|h)")
_KANJI_RUN_RE = re.compile(r"[\u4e00-\u9fff々]{3,}")


def romaji_morae(word: str) -> int:
    """How many morae a word has when the whole of it is Hepburn romaji (kamishoyosan: 6), else 0."""
    folded = fold_romaji(word)
    count, i = 0, 0
    while i < len(folded):
        match = _MORA_RE.match(folded, i)
        if not match:
            return 0
        count, i = count + 1, match.end()
    return count


def romanizes_kanji_name(word: str, source: str) -> bool:
    """The word is romaji as long as a run of three kanji or more of the source reads: each kanji
    one or two morae (加味逍遙散, five kanji, → kamishoyosan, six). The tokenizer does not know
    such names (Kampo formulas, old place names) or reads them by another word (散 as 散る), so the
    length of the reading is the evidence, with the whole word in romaji."""
    morae = romaji_morae(word)
    if len(word) < 6 or not morae:
        return False
    return any(len(run) <= morae <= 2 * len(run) + 1 for run in _KANJI_RUN_RE.findall(source))


_DOUBLED_KANA_RE = re.compile(r"([ぁ-ゖァ-ヺー]{2,4})\1")


def halves_a_doubled_kana_word(word: str, source: str) -> bool:
    """(forty-first session) Whether ``word`` is the romaji of the half of a doubled kana word of the source (ズキズキ,
    ちくちく, ムカムカ: "zuki", "chiku", "muka"): a translator who keeps the mimetic word writes its half twice, as
    Japanese does ("a throbbing (zuki zuki) pain")."""
    if len(word) < 2:
        return False
    folded = fold_romaji(word)
    for match in _DOUBLED_KANA_RE.finditer(source):
        if fold_romaji(romanize(as_katakana(match.group(1)))) == folded:
            return True
    return False
