"""SPL: spelling of the English translations (msgstr of the catalogs).

pyspellchecker's English dictionary, plus a maintained English medical word
list (Debian's hunspell-en-med, OpenMedSpel: /usr/share/hunspell/en_med_glut.dic,
installed by .ci/run; ``medical-dictionaries = [...]`` names others; read with
the suffix and prefix flags of en_US.aff as Hunspell reads them: kinetic/K is also
prokinetic, catheterization/A also recatheterization), plus the
all-capital abbreviations of Debian's hunspell-en-us (SCOWL: UV, DNA, ECG; as written, so "uv" is
still unknown; ``abbreviation-dictionaries = [...]`` names others), plus the
project word list (lint/data/words-en.txt), plus every English word of the
glossary, plus the words of [tool.pvt-lint.rules.misspelled-word] ``words =
[...]``. Units and SI symbols (lint/data/units-en.txt) are accepted as written.
British spellings (anaemia, oedema, centre, tumour, organise) are flagged in
prose with the American form; inside a proper name (British Society for
Haematology) they are left alone. Words the Japanese source itself writes in
Latin letters (a journal's title, a name) are taken as written, and an unknown
capitalised word that spells a katakana name of the source (チラーヂンS as
"Thyradin S") or a word in the romaji of a source word (山田 as "Yamada";
lint/japanese/sounds.py) is that name. The spell checker is built on first use, so
runs that do not select SPL never load it.
"""

from __future__ import annotations

import bisect
import difflib
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..analysis.structure import format_flags, italic_binomials, placeholders, without_abbreviations
from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..errors import ConfigError
from ..findings import ERROR, WARNING
from ..japanese.sounds import (
    abbreviates_katakana,
    halves_a_doubled_kana_word,
    katakana_name_sequences,
    katakana_names,
    katakana_sounds,
    reads_family_name_before,
    romaji_morae,
    romanized_words,
    romanizes_kanji_name,
    sounds_like,
    spells_romanized,
    transliterates,
    transliterates_sequence,
    transliterates_with,
    voicing_agrees,
    vowel_distance,
)
from ..parsing.glossary import GLOSSARY, load_glossary
from ..parsing.word_tables import load_word_tables, table
from ..registry import rule
from .translation import locate, published

if TYPE_CHECKING:
    from ..context import RuleContext
    from ..findings import Finding
    from ..parsing.catalog import Catalog

WORD_LIST = Path(__file__).resolve().parent.parent / "data" / "words-en.txt"
UNITS = Path(__file__).resolve().parent.parent / "data" / "units-en.txt"
WORD_FORMS = Path(__file__).resolve().parent.parent / "data" / "en-word-forms.toml"
MEDICAL_DICTIONARIES = ("/usr/share/hunspell/en_med_glut.dic",)  # Debian hunspell-en-med (OpenMedSpel)
# Debian hunspell-en-us (SCOWL's American word list, a dependency of hunspell): its all-capital entries
# are the common abbreviations English writes in capitals (UV, DNA, MRI, ECG), as written; its
# lower-case entries tell an American word (poet, macabre) from a British variant (fibre, lymphoedema).
ABBREVIATION_DICTIONARIES = ("/usr/share/hunspell/en_US.dic",)
AFFIX_FILE = "/usr/share/hunspell/en_US.aff"  # the affix rules the medical list's flags refer to
_JAPANESE_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# A word with a long vowel mark is romanised Japanese (Tōhoku, Kyūshū, nanbyō): a name, not English.
_MACRON_RE = re.compile("[āīūēōĀĪŪĒŌâîûêô]")
# British → American spelling patterns (the American form must be a known word).
_BRITISH = [
    (re.compile(r"aem"), "em"),
    (re.compile(r"^paed|(?<=o)paed"), "ped"),
    (re.compile(r"aesth"), "esth"),
    (re.compile(r"^oe(?=[sdn])|(?<=^f)oe(?=t)"), "e"),
    (re.compile(r"oea(?=s?$|l)"), "ea"),
    (re.compile(r"(?<=[a-z]{3})our(?=s?$|ite|ites|ed|ing|able|ful)"), "or"),
    (re.compile(r"(?<=[bcdfgklmnpstv])tre(?=s?$)"), "ter"),
    (re.compile(r"(?<=[^aeiou])bre(?=s?$)"), "ber"),
    (re.compile(r"(?<=[a-z]{3})is(?=e$|es$|ed$|ing$|ation$|ations$|er$|ers$)"), "iz"),
    (re.compile(r"(?<=[a-z]{2})ys(?=e$|ed$|ing$)"), "yz"),
    (re.compile(r"^programme"), "program"),
    (re.compile(r"^ageing$"), "aging"),
    (re.compile(r"^mould"), "mold"),
    (re.compile(r"(?<=lic|def|off)ence$"), "ense"),
    (re.compile(r"^manoeuvre"), "maneuver"),
    (re.compile(r"^(travel|label|model|cancel|signal|counsel|level|total|fuel)l(?=ed$|ing$|er$)"), r"\1"),
]
# American lists have both spellings; the house style writes the first. SCOWL's en_US lists a few British
# medical forms beside the American ones (hypoglycaemia beside hypoglycemia): the British roots of medicine
# (-aemia, haem-, oesophag-, oedem-, paed-, foet-, gynaec-) are the house's choice to make, never a word of
# their own (translation-blind25: "Hypoglycaemia" passed).
_HOUSE_STYLE = [
    (re.compile(r"^grey"), "gray"),
    (re.compile(r"(?<=[a-z])aem(?=ia|ic)"), "em"),  # hypoglycaemia, anaemic
    (re.compile(r"(?:^|(?<=[a-z]))haem(?=[a-z])"), "hem"),  # haemorrhage, haemostat
    (re.compile(r"(?:^|(?<=[a-z]))oe(?=soph|dem)"), "e"),  # oesophagus, oedema
    (re.compile(r"(?:^|(?<=[a-z]))pae(?=d)"), "pe"),  # paediatric, orthopaedic
    (re.compile(r"(?:^|(?<=[a-z]))foet(?=[a-z]|$)"), "fet"),  # foetus, foetal
    (re.compile(r"gynaec"), "gynec"),
]
# Patterns that would also rewrite American words (poet, does, macabre, theatre's vowel before -tre):
# tried only when an American word list is loaded, and only on a word that list does not have.
_BRITISH_GUARDED = [
    (re.compile(r"(?<=[a-z])[ao]e(?=[a-z])"), "e"),  # lymphoedema, coeliac, haemorrhage, phaeochromocytoma
    (re.compile(r"(?<=[a-z])tre(?=s?$)"), "ter"),  # litre, metre, theatre
    (re.compile(r"(?<=[a-z])bre(?=s?$)"), "ber"),  # fibre, calibre
    # (thirty-seventh session, from an audit of issue 12: travellers, aluminium, sulphur, enrol, fulfil, practise passed)
    # the verbs whose last syllable is unstressed (travel, counsel, label): British doubles the l before an ending,
    # American does not; (from the review) not a verb stressed at its end, which doubles in American too (rebelled,
    # compelled, controlled), and the American list cannot tell them apart
    (
        re.compile(
            r"^(travel|label|model|cancel|signal|counsel|level|total|fuel|marvel|channel|tunnel|quarrel|jewel|dial"
            r"|equal|funnel|shovel|pedal|panel|rival|spiral|towel|parcel|pencil|stencil|chisel|snorkel|unravel|enamel"
            r"|initial|gruel|duel|refuel|remodel|relabel)l(?=ed$|ing$|er$|ers$|or$|ors$|ery$)"
        ),
        r"\1",
    ),
    (re.compile(r"^aluminium"), "aluminum"),
    (re.compile(r"sulph"), "sulf"),  # sulphur, sulphate, sulphonamide
    (re.compile(r"^(enrol|fulfil|instil|distil|enthral)(?=$|s$|ment$|ments$)"), r"\1l"),  # enrol, fulfilment
    (re.compile(r"^(skil|wil)ful"), r"\1lful"),  # skilful, wilful
    (re.compile(r"^practis(?=e$|es$|ed$|ing$)"), "practic"),  # practise (the verb)
    (re.compile(r"(?<=judg)ement|(?<=owledg)ement"), "ment"),  # judgement, acknowledgement
    (re.compile(r"(?<=[a-z]{3})logue(?=s?$)"), "log"),  # catalogue, analogue (dialogue is American too: kept)
    (
        re.compile(r"^(cheque|plough|tyre|kerb)"),
        lambda m: {"cheque": "check", "plough": "plow", "tyre": "tire", "kerb": "curb"}[m.group(1)],
    ),
]
# Endings an American word list leaves to its affix flags: the base is looked up instead.
_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("'s", ""),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ily", "y"),
    ("ly", ""),  # archaeologically: the list has archaeological/Y
    ("ness", ""),
)
_NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "in", "on", "&", "de", "du", "la", "und"})
# Letters of English words (Latin, with accents: "nanbyō", "café"), apostrophes and hyphens inside.
_TOKEN_RE = re.compile(r"[A-Za-z0-9À-ɏ]+(?:['’][A-Za-z0-9À-ɏ]+)*(?:-[A-Za-z0-9À-ɏ]+(?:['’][A-Za-z0-9À-ɏ]+)*)*")
_ROMAN_RE = re.compile(r"^[IVXLC]{1,5}$")
# A word with letters in brackets stands for two spellings: the word without them, and the word with
# them, either added (dose(s): doses) or in place of as many letters before them (nucleos(t)ide:
# nucleotide, a blend of nucleoside and nucleotide).
_OPTIONAL_LETTERS_RE = re.compile(r"(?<![\w(])([A-Za-zÀ-ɏ]{2,})\(([A-Za-z]{1,4})\)([A-Za-zÀ-ɏ]*)(?![\w(])")
# Domain names and e-mail addresses written as text ("JapaneseHealth.org"): not words.
# Found in linear time: a run of name parts joined by "." or "@" starts only where no
# such part continues (the look-behind), and its parts are disjoint from the joiners,
# so there is one way to match it; the top-level domain is looked at in Python. (The
# former single pattern, [\w.+-]*@?[\w-]+(?:\.[\w-]+)*\.(?:org|...), backtracked for
# minutes on a 3 KB "a.a.a...".)
_DOTTED_RE = re.compile(r"(?<![\w+@.-])[\w+-]+(?:[.@][\w+-]+)+")
_TOP_LEVEL_DOMAINS = {"org", "com", "net", "gov", "edu", "int", "info", "jp", "uk", "us", "eu", "io"}


def _without_domains(prose: str) -> str:
    """The prose with each domain name or e-mail address (up to its last known top-level domain) blanked."""

    def blank(match):
        text = match.group()
        parts = re.split(r"([.@])", text)  # part, joiner, part, ...
        end = None
        length = len(parts[0])
        for i in range(2, len(parts), 2):
            length += len(parts[i - 1]) + len(parts[i])
            if parts[i - 1] == "." and parts[i].lower() in _TOP_LEVEL_DOMAINS:
                end = length
        return text if end is None else " " + text[end:]

    return _DOTTED_RE.sub(blank, prose)


COMPOUND_MIN_FREQUENCY = 1e-6  # pyspellchecker's usage frequency of each half of a closed compound
EDIT2_MAX_LENGTH = 10  # longer words: edit-distance-2 search is slow (~1 s); use the project words instead
EDIT2_BUDGET = 25  # at most this many edit-distance-2 searches a run


PRODUCTIVE_MIN = 5  # words of the medical dictionary sharing a head, or a tail, for it to be a word part
# A word accepted leniently (a transliteration, a compound, an INN stem) is a slip when a dictionary word
# that the same reading also accepts is this close (Damerau–Levenshtein, adjacent swaps one edit):
# one edit, two for words of more than NEAR_LONG letters, where a sound written two ways (ph/f,
# a doubled letter) is two edits (ibuprophen, ibuprofen) and two slips are as likely as one in a short word.
NEAR_LONG = 8
# No dictionary word is longer (pneumonoultramicroscopicsilicovolcanoconiosis has 45 letters). A longer
# token is no word, and the lenient readings (compounds, slips, suggestions) are quadratic or worse in
# its length: a 100 kB token (a'a'a'…) took seconds each.
LONGEST_WORD = 45


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau–Levenshtein distance (optimal string alignment), or limit + 1 once it exceeds limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _prefixed_count(ordered: list[str], prefix: str) -> int:
    """How many words of a sorted list start with the prefix."""
    return bisect.bisect_left(ordered, prefix + "\uffff") - bisect.bisect_left(ordered, prefix)


def read_word_list(path: Path | str) -> set[str]:
    """Words of a word list: one a line, "#" comments, hyphenated entries split into parts."""
    words = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(_parts(line))
    return words


def _parts(text):
    return {p.lower() for p in re.split(r"[\s\-]+", text) if p}


class Speller:
    """pyspellchecker with the project's words; results are cached per word."""

    def __init__(
        self,
        extra_words,
        medical_words=(),
        units=(),
        drug_stems=(),
        combining_forms=(),
        abbreviations=(),
        derivations=(),
        american_words=(),
    ):
        from spellchecker import SpellChecker  # loaded only when SPL runs

        from ..analysis.english_words import word_counts

        self.checker = SpellChecker(language=None)  # pyspellchecker's English list, read once a run:
        self.checker.word_frequency.load_json(word_counts())  # a copy, since the project's words are added
        self.project_words = set(extra_words)
        self.medical_words = frozenset(medical_words)
        self.units = frozenset(units)
        self.abbreviations = frozenset(abbreviations)  # case-sensitive: "UV" is one, "uv" is not
        self.american_words = frozenset(american_words)  # lower case, as the American list writes them
        self.drug_stems = tuple(sorted(drug_stems, key=len, reverse=True))
        self.combining_forms = tuple(sorted(combining_forms, key=len, reverse=True))
        # "osis|otic": (base suffix, derived suffix); a bad entry is refused where the table is read
        self.derivations = tuple(tuple(d.split("|", 1)) for d in derivations)
        self.checker.word_frequency.load_words(sorted(set(extra_words)))
        self._sorted: list[str] | None = None
        self._reversed: list[str] = []
        self._dictionary: list[str] | None = None
        self._medical_sorted: list[str] = []
        self.known_cache = {}
        self.suggest_cache = {}
        self.edit2_budget = EDIT2_BUDGET

    def known(self, word):
        if word in self.units or word in self.abbreviations or _MACRON_RE.search(word):
            return True
        # a typographic apostrophe (don’t) is the same letter as the typewriter one the dictionaries use
        low = word.lower().replace("’", "'")
        if len(low) > LONGEST_WORD:
            # the word lists as written only: the readings below are slow on a long token (from the review: a
            # project word over 45 letters is still a word)
            return low in self.project_words or low in self.medical_words
        if low not in self.known_cache:
            self.known_cache[low] = (
                low in self.project_words
                or low in self.medical_words
                or self._project_plural(low)
                or bool(self.checker.known([low]))
                or self._prefixed(low)
                or self._compound(low)
                or self._lenient_compound(low)
                or self._derived(low)
                # (ninth session) an eponym written with its accents (Behçet, Ménière, Sjögren) where the medical list
                # has it without them or only as a possessive
                or self._accented_eponym(low)
            )
        return self.known_cache[low]

    def _accented_eponym(self, low):
        """An accented word whose possessive the medical list has (Behçet's), as written or without its accents
        (meniere's, sjogren's): the list gives eponyms their possessive, common words it does not, so an accent on
        a slip or on a common word (pàtient, médicine) leaves it unknown (from the review)."""
        if low.isascii():
            return False
        folded = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
        return low + "'s" in self.medical_words or (folded.isascii() and folded + "'s" in self.medical_words)

    def _strict(self, low):
        """In a dictionary as written (no compound, no reading): the words a slip is measured against."""
        return low in self.project_words or low in self.medical_words or bool(self.checker.known([low]))

    def neighbours(self, word, longest=2, medical_only=False):
        """Dictionary words within one edit of the word, ``longest`` (two) when it is longer than NEAR_LONG letters.

        Candidates share the first letter (a slip rarely starts a word) and are within the limit in
        length; the dictionaries are searched by that prefix, so this is fast on any word. With
        ``medical_only``, only the medical dictionary and the project's words are searched.
        """
        low = word.lower()
        if self._dictionary is None:
            self._medical_sorted = sorted(self.project_words | self.medical_words)
            self._dictionary = sorted(set(self._medical_sorted) | set(self.checker.word_frequency.dictionary))
        pool = self._medical_sorted if medical_only else self._dictionary
        limit = longest if len(low) > NEAR_LONG else 1
        start = bisect.bisect_left(pool, low[:1])
        end = bisect.bisect_left(pool, low[:1] + "\uffff")
        return [
            w
            for w in pool[start:end]
            if w != low and abs(len(w) - len(low)) <= limit and edit_distance(low, w, limit) <= limit
        ]

    def slip_of(self, word, accepts: Callable[[str], bool], longest=2, medical_only=False) -> str:
        """A dictionary word near the word (see neighbours) that the same lenient reading accepts, or "".

        "ibuprophen" transliterates イブプロフェン, but so does "ibuprofen", two edits away: the
        reading does not make the slip a word. Checked only after a lenient reading accepted the word.
        A name read from katakana is measured against the medical words only (``medical_only``): a
        medical word the katakana also spells is the word meant, while an English word that happens
        to (Zion for ジオン, the injection Zione) is a coincidence.
        """
        return next((w for w in self.neighbours(word, longest, medical_only) if accepts(w)), "")

    def _lenient_compound(self, low):
        """A combining form before a known word, or a head and a tail that each build medical words;
        not when a dictionary word is one edit away (pneumococal, pneumococcal; hemotology, hematology).

        One edit at any length: words of one head differ by two edits as a rule (sarcopenia, sarcogenic),
        while a sound spelled two ways (ph, f) is a slip of a name read from katakana, not of a compound.
        """
        form = next((f for f in self.combining_forms if self._combined_with(low, f)), "")
        head = "" if form else self._productive(low)
        if not (form or head):
            return False
        # (thirty-fifth session, from a check of issue 12) a dictionary word of another form one edit away is a slip
        # too: hemotology is hematology misspelled, not hemo- + -tology; a British root is read in its American
        # spelling (haemotology as hemotology)
        variants = {low} | {pattern.sub(replacement, low) for pattern, replacement in _BRITISH}
        return not any(self.slip_of(variant, lambda w: True, longest=1) for variant in variants)

    def _derived(self, low):
        """A regular derivation of a known word (steatosis -> steatotic, assist -> assistive,
        lint/data/en-word-forms.toml [derivations]), not one edit from a dictionary word of that ending."""
        for base, derived in self.derivations:
            stem = low[: -len(derived)]
            if low.endswith(derived) and len(stem) >= 5 and self._strict(stem + base):
                # a slip is of a word made the same way (stenotic), not of any neighbour (steatitic)
                return not self.slip_of(low, lambda w, derived=derived: w.endswith(derived), longest=1)
        return False

    def _combined_with(self, low, form):
        rest = low[len(form) :]
        return (
            low.startswith(form)
            and len(rest) >= 5
            and (rest in self.medical_words or rest in self.project_words or self.checker.known([rest]))
        )

    def _combined(self, low):
        """A medical combining form before a known word of five letters or more (uretero|lithotripsy)."""
        return any(self._combined_with(low, form) for form in self.combining_forms)

    def _productive(self, low) -> str:
        """The head of a medical word built of a head and a tail that each build other words of the medical
        dictionary (sarco|penia: sarcoma, sarcoidosis…; osteopenia, cytopenia…).

        The head ends in the combining vowel o and starts PRODUCTIVE_MIN words; the tail, of five
        letters or more, ends PRODUCTIVE_MIN words after that same o: a slip (osteopnia, -pnia
        being only in hypocapnia and the like) does not split into two productive parts.
        """
        if not self.medical_words or len(low) < 9 or not low.isalpha():
            return ""
        if self._sorted is None:
            self._sorted = sorted(self.medical_words)
            self._reversed = sorted(w[::-1] for w in self.medical_words)
        for cut in range(4, len(low) - 4):
            head, tail = low[:cut], low[cut:]
            if head.endswith("o") and (
                _prefixed_count(self._sorted, head) >= PRODUCTIVE_MIN
                and _prefixed_count(self._reversed, ("o" + tail)[::-1]) >= PRODUCTIVE_MIN
            ):
                return head
        return ""

    def drug_name(self, word):
        """A generic drug name by its WHO INN stem (sofosbuvir: -buvir), not one edit from a known word.

        Lower case or capitalised (not MIXED or ALL CAPS), with three letters or more before
        the stem: the stem says which class the drug is in, the letters before it which drug.
        """
        if not word.isalpha() or not word[1:].islower():
            return False  # lower case, or capitalised at the start of a sentence
        word = word.lower()
        stem = next((s for s in self.drug_stems if word.endswith(s) and len(word) - len(s) >= 3), "")
        return (
            bool(stem)
            and not self.near_word(word)
            and not self.slip_of(word, lambda w: w.endswith(stem), medical_only=True)
        )

    def _compound(self, low):
        """Two common words written as one (handwashing, smartphone, heatstroke), each of four letters or more.

        "Common" is a usage frequency of at least one in a million words: the dictionary also holds
        rare fragments (hama, colo) that would otherwise pass a slip as a compound.
        """
        checker = self.checker
        for cut in range(4, len(low) - 3):
            left, right = low[:cut], low[cut:]
            if all(
                (w in self.project_words or checker.word_usage_frequency(w) >= COMPOUND_MIN_FREQUENCY)
                for w in (left, right)
            ):
                return True
        return False

    def _prefixed(self, low):
        """un-, non-, re-, pre- before a known word of five letters or more (unvaccinated, nonsmoker); de-,
        over-, under- too (deprescribing, overtreatment, underdosing), unless a dictionary word is one
        edit away: those prefixes begin many words, so a slip of one (detoriate) is a slip, not a coinage."""
        for prefix in ("un", "non", "re", "pre", "de", "over", "under"):
            rest = low[len(prefix) :]
            if low.startswith(prefix) and len(rest) >= 5 and (rest in self.project_words or self.checker.known([rest])):
                return prefix in ("un", "non", "re", "pre") or not self.slip_of(low, lambda w: True, longest=1)
        return False

    def _project_plural(self, low):
        """The regular plural of a project or medical word (heparins, cavernomas, DOACs, biopsies, abscesses)
        is known too, as English forms it: -ies after a consonant and y, -es after s, x, z, ch, sh
        (so "colonoscopys" is no plural of colonoscopy)."""
        if not low.endswith("s"):
            return False
        candidates = [low[:-1]]
        if low.endswith("ies"):
            candidates.append(low[:-3] + "y")
        if low.endswith("es"):
            candidates.append(low[:-2])
        return any(
            word in pool and _regular_plural(word) == low
            for word in candidates
            for pool in (self.project_words, self.medical_words)
        )

    def suggestions(self, word, limit=3):
        """Known words near ``word``, each in the house's American spelling (haemorage: hemorrhage, not the British
        haemorrhage); a word with a British root is also read in its American spelling (haemotology: hematology)."""
        low = word.lower()
        if low not in self.suggest_cache:
            found = self._suggest(low, limit)
            for pattern, replacement in _BRITISH:
                variant = pattern.sub(replacement, low)
                if variant != low:
                    found = found + self._suggest(variant, limit)
            american = [self.american(w).lower() or w for w in found]
            self.suggest_cache[low] = list(dict.fromkeys(american))[:limit]
        return [_like(word, s) for s in self.suggest_cache[low]]

    def _suggest(self, low, limit):
        if len(low) > LONGEST_WORD:
            return []
        checker = self.checker
        edits = checker.edit_distance_1(low)
        found = checker.known(edits)
        if not found:
            # (thirty-seventh session, from the issue-12 audit) a slip of a word of the medical list (thrombocytopnia:
            # thrombocytopenia), which the general list does not hold
            found = set(edits) & self.medical_words
        if not found and len(low) <= EDIT2_MAX_LENGTH and self.edit2_budget > 0:
            self.edit2_budget -= 1
            found = checker.known(checker.edit_distance_2(low))
        if not found:
            found = difflib.get_close_matches(low, self.project_words, n=limit, cutoff=0.8)
        ranked = sorted(found, key=lambda w: (-checker.word_usage_frequency(w), w))
        return ranked[:limit]

    def near_word(self, word):
        """A known word one edit away (recieve → receive): the word is then a slip, not a name."""
        low = word.lower()
        candidates = self.checker.edit_distance_1(low)
        return bool(self.checker.known(candidates)) or not self.medical_words.isdisjoint(candidates)

    def american(self, word):
        """The American spelling of a British form (anaemia → anemia), or ""."""
        low = word.lower()
        # A word the American list has (poet, timbre, Michael) is no British form, except where the
        # house style chooses between two American spellings (grey: gray).
        if self.is_american(low):
            patterns = _HOUSE_STYLE
        elif self.american_words:
            patterns = _HOUSE_STYLE + _BRITISH + _BRITISH_GUARDED
        else:
            patterns = _HOUSE_STYLE + _BRITISH
        for pattern, replacement in patterns:
            candidate = pattern.sub(replacement, low)
            if candidate != low and candidate not in _BRITISH_FALSE_FRIENDS and self._known_american(candidate):
                if (pattern, replacement) in _BRITISH_GUARDED and len(candidate) < 5:
                    continue  # (thirty-fifth session) yaer is no British yer: a slip one edit from a short word
                return _like(word, candidate)
        return ""

    def is_american(self, low):
        """Whether the American word list has this word (lower case), as written or by its base form."""
        if not self.american_words:
            return False
        if low in self.american_words:
            return True
        for ending, added in _INFLECTIONS:
            if len(low) <= len(ending) + 2 or not low.endswith(ending):
                continue
            stem = low[: -len(ending)]
            # English drops a final e before -ing (age: aging), so ageing is not age + ing
            if ending == "ing" and not added and stem.endswith("e") and not stem.endswith(("ee", "oe", "ye")):
                continue
            if added == "e" and stem.endswith("e"):  # ageing is not agee + ing either (agee is a word)
                continue
            if stem + added in self.american_words:
                return True
        return False

    def _known_american(self, candidate):
        """A candidate American form is a word: pyspellchecker's, or the American or medical word list's."""
        if self.checker.known([candidate]):
            return True
        return bool(self.american_words) and (self.is_american(candidate) or candidate in self.medical_words)


_BRITISH_FALSE_FRIENDS = frozenset({"prize", "size", "seize"})


def _regular_plural(word: str) -> str:
    """English's regular plural of a noun: -ies after a consonant and y, -es after a sibilant, else -s."""
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def read_suffix_rules(path: Path | str) -> dict[str, list[tuple[str, str, re.Pattern]]]:
    """The suffix rules (SFX) of a Hunspell .aff file: flag -> (letters stripped, letters added, the
    condition on the word's end). Hunspell's conditions are character classes and letters, which read
    the same as a regular expression anchored at the end."""
    rules: dict[str, list[tuple[str, str, re.Pattern]]] = {}
    for fields in _aff_rows(str(path)):
        if len(fields) < 5 or fields[0] != "SFX":
            continue  # the header of a rule group (SFX S Y 4) has four fields
        rule = _affix_rule(fields, at_start=False)
        if rule:
            rules.setdefault(fields[1], []).append(rule)
    return rules


@lru_cache(maxsize=4)
def _aff_rows(path: str) -> tuple[tuple[str, ...], ...]:
    """The fields of each line of a Hunspell .aff file, read once: its suffix rules, its prefix rules and
    the suffix groups that combine with prefixes are all read from them."""
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return tuple(tuple(line.split()) for line in text.splitlines())


def _affix_rule(fields, at_start: bool) -> tuple[str, str, re.Pattern] | None:
    """(letters stripped, letters added, the condition) of a rule line (SFX/PFX flag strip add condition).
    Hunspell's conditions are character classes and letters, which read the same as a regular expression
    anchored at the word's end (suffixes) or start (prefixes). None for a condition this reading does not
    understand: the rule is left out, not guessed."""
    strip, add, condition = fields[2], fields[3].split("/", 1)[0], fields[4]
    condition = "" if condition == "." else condition
    try:
        pattern = re.compile("^" + condition if at_start else condition + "$")
    except re.error:
        return None
    return ("" if strip == "0" else strip, "" if add == "0" else add, pattern)


def read_prefix_rules(path: Path | str) -> dict[str, tuple[bool, list[tuple[str, str, re.Pattern]]]]:
    """The prefix rules (PFX) of a Hunspell .aff file: flag -> (whether the group combines with
    suffixes, its header's cross product Y; [(letters stripped, letters added, the condition on the
    word's start)]). SCOWL's en_US has re-, in-, un-, de-, dis-, con- and pro- (kinetic/K: prokinetic)."""
    rules: dict[str, tuple[bool, list[tuple[str, str, re.Pattern]]]] = {}
    for fields in _aff_rows(str(path)):
        if len(fields) == 4 and fields[0] == "PFX":  # the group's header: PFX K Y 1
            rules.setdefault(fields[1], (fields[2] == "Y", []))
            continue
        if len(fields) < 5 or fields[0] != "PFX" or fields[1] not in rules:
            continue
        rule = _affix_rule(fields, at_start=True)
        if rule:
            rules[fields[1]][1].append(rule)
    return rules


def _suffix_crosses(path: Path | str) -> set[str]:
    """The suffix flags of a Hunspell .aff file whose group combines with prefixes (SFX S Y 4)."""
    return {
        fields[1] for fields in _aff_rows(str(path)) if len(fields) == 4 and fields[0] == "SFX" and fields[2] == "Y"
    }


def read_medical_dictionary(path: Path | str, suffixes=None, prefixes=None, crossing=frozenset()) -> set[str]:
    """The words of a Hunspell .dic file (its first line is the count), in lower case, with the forms
    its suffix flags allow when ``suffixes`` (read_suffix_rules of the .aff it is written for) is given:
    colonoscopy/S is also colonoscopies, as Hunspell itself would accept; and with the forms its prefix
    flags allow when ``prefixes`` (read_prefix_rules) is given: kinetic/K is also prokinetic. A prefix
    goes on a suffixed form when both groups allow it (the prefix's cross product, and the suffix flag
    in ``crossing``), as Hunspell combines them."""
    words = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8", errors="replace").splitlines()):
        if number == 0 or not line or line[0].isspace() or line.startswith("#"):
            continue
        word, _, flags = line.strip().partition("/")
        word = word.strip().lower()
        if not word:
            continue
        words.add(word)
        crossed = [word]  # the forms a cross-product prefix may go on
        for flag in flags if suffixes else ():
            for strip, add, condition in suffixes.get(flag, ()):
                if condition.search(word) and word.endswith(strip):
                    form = word[: len(word) - len(strip)] + add
                    words.add(form)
                    if flag in crossing:
                        crossed.append(form)
        for flag in flags if prefixes else ():
            cross, rules = prefixes.get(flag, (False, []))
            for strip, add, condition in rules:
                for form in crossed if cross else crossed[:1]:
                    if condition.search(word) and form.startswith(strip):
                        words.add(add + form[len(strip) :])
    return words


def read_american_words(path: Path | str) -> set[str]:
    """The words of an American Hunspell .dic file (SCOWL's en_US, which leaves out British variants:
    fiber but not fibre), in lower case; affix flags are not expanded (is_american strips endings)."""
    words = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8", errors="replace").splitlines()):
        word = line.split("/", 1)[0].strip()
        if number and word:
            words.add(word.lower())
    return words


def read_abbreviations(path: Path | str) -> set[str]:
    """The all-capital entries of a Hunspell .dic file (UV, DNA/M), as written, with their plural when
    the entry's flags allow one (S: DVDs)."""
    found = set()
    for number, line in enumerate(Path(path).read_text(encoding="utf-8", errors="replace").splitlines()):
        word, _, flags = line.strip().partition("/")
        if number and _ABBREVIATION_RE.fullmatch(word):
            found.add(word)
            if "S" in flags:
                found.add(word + "s")
    return found


_ABBREVIATION_RE = re.compile(r"[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*")  # two capitals or more, digits allowed


def _like(original, suggestion):
    """Give a suggestion the original's capitalisation."""
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


@lru_cache(maxsize=4)
def _speller(
    word_list, glossary, extra, dictionaries=MEDICAL_DICTIONARIES, abbreviation_lists=ABBREVIATION_DICTIONARIES
):
    words = read_word_list(word_list)
    for term in load_glossary(glossary):
        for rendering in term.en + term.in_compounds:
            words.update(_parts(rendering))
    words.update(w.lower() for w in extra)
    medical = set()
    # the medical list is written for the American list's affix file (its flags are en_US's)
    affixes = Path(AFFIX_FILE).is_file()
    suffixes = read_suffix_rules(AFFIX_FILE) if affixes else None
    prefixes = read_prefix_rules(AFFIX_FILE) if affixes else None
    crossing = _suffix_crosses(AFFIX_FILE) if affixes else frozenset()
    for path in dictionaries:
        if Path(path).is_file():
            medical |= read_medical_dictionary(path, suffixes, prefixes, crossing)
    abbreviations = set()
    american = set()
    for path in abbreviation_lists:
        if Path(path).is_file():
            abbreviations |= read_abbreviations(path)
            american |= read_american_words(path)
    units = {line.split("#", 1)[0].strip() for line in UNITS.read_text(encoding="utf-8").splitlines()}
    forms = load_word_tables(WORD_FORMS)
    return Speller(
        words,
        medical,
        units - {""},
        table(forms, WORD_FORMS, "inn_stems"),
        table(forms, WORD_FORMS, "combining_forms"),
        abbreviations,
        _derivations(table(forms, WORD_FORMS, "derivations")),
        american,
    )


def _derivations(entries: tuple[str, ...]) -> tuple[str, ...]:
    """The [derivations] of en-word-forms.toml, each "BASE|DERIVED" with a derived suffix."""
    for number, entry in enumerate(entries, 1):
        if entry.count("|") != 1 or not entry.split("|")[1].isalpha():
            raise ConfigError(f'{WORD_FORMS}: [derivations] word #{number} {entry!r} must be "SUFFIX|DERIVED"')
    return entries


def defined_abbreviations(prose: str) -> set[str]:
    """Abbreviations defined in the text by their expansion, in either order.

    "Centers for Disease Control (CDC)", "tinnitus retraining therapy (TRT)", "CBT (cognitive
    behavioral therapy)". The expansion is found as Schwartz and Hearst's algorithm does
    (Pac Symp Biocomput 2003): reading both from the end, each letter of the abbreviation is a
    letter of the words before it, in order, and its first letter starts a word
    ("transurethral ureterolithotripsy (TUL)": T-ransurethral U-retero-L-ithotripsy).
    """
    found = set()
    for match in re.finditer(r"\(([A-Z][A-Za-z]{1,7}?)s?\)", prose):
        short = match.group(1)
        if sum(ch.isupper() for ch in short) < 2:
            continue
        words = re.findall(r"[\w'’-]+", prose[: match.start()])[-(len(short) + 5) :]
        if _expands(short, " ".join(words)):
            found.add(short)
    # a partial expansion: the bracket repeats some words of the name and abbreviates the rest,
    # "knee osteoarthritis (knee OA)", "type 2 diabetes (type 2 DM)"
    for match in re.finditer(r"\(((?:[\w'’-]+\s+){1,3})([A-Z][A-Za-z]{1,7}?)s?\)", prose):
        kept, short = match.group(1).split(), match.group(2)
        if sum(ch.isupper() for ch in short) < 2:
            continue
        before = re.findall(r"[\w'’-]+", prose[: match.start()])[-(len(short) + len(kept) + 5) :]
        lowered = [w.lower() for w in before]
        if not all(w.lower() in lowered for w in kept):
            continue
        rest = [w for w in before if w.lower() not in {k.lower() for k in kept}]
        if rest and _expands(short, " ".join(rest)):
            found.add(short)
    for match in re.finditer(r"\b([A-Z][A-Za-z]{1,7}?)s?\s*\(([^()]+)\)", prose):
        short = match.group(1)
        if sum(ch.isupper() for ch in short) >= 2 and _expands(short, match.group(2)):
            found.add(short)
    return found


def _expands(short: str, long: str) -> bool:
    """Schwartz–Hearst: the letters of ``short``, from the end, are found in ``long`` from its end,
    the first one at the start of a word."""
    s_index, l_index = len(short) - 1, len(long) - 1
    while s_index >= 0:
        ch = short[s_index].lower()
        while l_index >= 0 and (
            long[l_index].lower() != ch or s_index == 0 and l_index > 0 and long[l_index - 1].isalnum()
        ):
            l_index -= 1
        if l_index < 0:
            return False
        s_index -= 1
        l_index -= 1
    return True


_KATAKANA_RE = re.compile("[ァ-ヺ]")
# Two or three capitalised names joined by "and", "&", a hyphen, an en dash or a slash (Hoehn and Yahr).
_NAME_RUN_RE = re.compile(
    r"\b([A-Z][A-Za-zÀ-ɏ]+)(?:\s+(?:and|&)\s+|\s*[-–/]\s*)([A-Z][A-Za-zÀ-ɏ]+)"
    r"(?:(?:,\s+|\s+and\s+|\s*[-–/]\s*)([A-Z][A-Za-zÀ-ɏ]+))?"
)


def _sequence_names(prose: str, source: str) -> set[str]:
    """The English names that, in order, sound like one run of ・-joined katakana names of the source."""
    runs = katakana_name_sequences(source)
    found: set[str] = set()
    if not runs:
        return found
    for match in _NAME_RUN_RE.finditer(prose):
        names = [g for g in match.groups() if g]
        if transliterates_sequence(names, runs):
            found.update(names)
    return found


# (thirty-fifth session, from a second check of issue 12) the heads that make a run of capitalised words the name of
# an organisation, a journal or a place of care, where a British spelling is the name's own (British Society for
# Haematology, Royal College of Paediatrics, The Haemophilia Society); a heading in title case (About Anaemia, Living
# with Oedema) is no such name, and the house style applies there
@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    return frozenset(table(load_word_tables(WORD_FORMS), WORD_FORMS, "institution_heads"))


# a title quoted in the prose ("…management of anaemia"): the work's own words
_QUOTED_TITLE_RE = re.compile(r"[“\"«]([^”\"»]{3,200})[”\"»]")


def institution_name_words(prose: str) -> set[str]:
    """Words of the names of organisations, journals and places of care (a run of capitalised words with one of
    en-word-forms.toml's institution_heads), and the words of titles quoted in the prose: their British spellings are their own."""
    words = set()
    for match in _QUOTED_TITLE_RE.finditer(prose):
        found = re.findall(r"[A-Za-zÀ-ɏ]+", match.group(1))
        if (
            len(found) >= 2
        ):  # (thirty-seventh session, from a review) a word quoted alone is a term: call this "haemorrhage"
            words.update(found)
    tokens = re.findall(r"[A-Za-zÀ-ɏ'’]+|[^\sA-Za-zÀ-ɏ'’]", prose)
    run, pending = [], []
    for token in tokens + ["."]:
        if token[:1].isupper() and token[:1].isalpha():
            run.extend(pending if run else [])
            pending = []
            run.append(token)
        elif (token.lower() in _NAME_CONNECTORS or token == ",") and run:
            pending.append(token)  # Ministry of Health, Labour and Welfare: a comma inside the name
        else:
            capitalised = [w for w in run if w[:1].isupper()]
            if len(capitalised) >= 2 and any(w.lower() in _institution_heads() for w in capitalised):
                words.update(re.sub(r"['’]s?$", "", w) for w in run)
            run, pending = [], []
    return words


def proper_name_words(prose: str) -> set[str]:
    """Words inside a proper name: a run of two or more capitalised words (connectors allowed between)."""
    tokens = re.findall(r"[A-Za-zÀ-ɏ'’]+|[^\sA-Za-zÀ-ɏ'’]", prose)
    inside, run, pending = set(), [], []
    for token in tokens + ["."]:
        if token[:1].isupper() and token[:1].isalpha():
            run.extend(pending if run else [])
            pending = []
            run.append(token)
        elif token.lower() in _NAME_CONNECTORS and run:
            pending.append(token)
        else:
            if len([w for w in run if w[:1].isupper()]) >= 2:
                inside.update(re.sub(r"['’]s?$", "", w) for w in run)
            run, pending = [], []
    return inside


# A genus and its species epithet (Haemophilus influenzae, Escherichia coli): a capitalised word before
# a lower-case word with a Latin ending. Taxonomic names keep their spelling in American English.
_BINOMIAL_RE = re.compile(r"\b([A-Z][a-z]{2,})\s+([a-z]{3,}(?:ae|ii|i|us|um|is|ans|ens|es|a|e))\b")


def binomial_words(prose: str, is_english: Callable[[str], bool]) -> set[str]:
    """Genus names in the prose: before an epithet that is no English word (influenzae, coli, aureus)."""
    return {genus for genus, epithet in _BINOMIAL_RE.findall(prose) if not is_english(epithet)}


def _two_spellings(match: re.Match, known: Callable[[str], bool] | None) -> str:
    before, letters, after = match[1], match[2], match[3]
    added, replaced = before + letters + after, before[: -len(letters)] + letters + after
    second = replaced if known is not None and not known(added) and known(replaced) else added
    return f" {before}{after} {second} "


def _beside_a_romanized_name(prose: str, word: str, romanized, source: str) -> bool:
    """A capitalised word right before or after ``word`` spells a given name of the source (Fumihiko for 文彦), and
    ``word`` reads as the family name written before it (reads_family_name_before)."""
    for match in re.finditer(rf"(?:\b([A-Z][a-z]+)\s+)?\b{re.escape(word)}\b(?:\s+([A-Z][a-z]+)\b)?", prose):
        for given in match.groups():
            if given and spells_romanized(given, romanized) and reads_family_name_before(word, given, source):
                return True
    return False


def _following_word(prose: str, word: str) -> str:
    """The word after the first occurrence of ``word`` in the prose ("" at the end)."""
    match = re.search(rf"\b{re.escape(word)}\s+([A-Za-z]+)", prose)
    return match.group(1) if match else ""


_HYPHENATED_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


def words_to_check(prose: str, known: Callable[[str], bool] | None = None) -> Iterator[str]:
    """(word, as written) pairs of English prose that the checker should see.

    Hyphenated compounds are split and each part checked; a possessive 's and a
    trailing apostrophe are dropped; tokens with digits (JAK2, V617F, 3rd) and
    single letters are skipped; a word with letters in brackets is both its
    spellings (nucleos(t)ide: nucleoside, nucleotide); Roman numerals (II, IV) and domain names
    (JapaneseHealth.org) are skipped; an
    all-capital abbreviation is checked like any word (so each one the article
    uses must be in words-en.txt), its plural "DOACs" as "DOAC".
    """
    prose = _OPTIONAL_LETTERS_RE.sub(lambda m: _two_spellings(m, known), prose)
    for token in _TOKEN_RE.findall(_without_domains(prose)):
        for part in token.split("-"):
            word = re.sub(r"['’]s$|['’]$", "", part)
            if len(word) < 2 or any(ch.isdigit() for ch in word) or _ROMAN_RE.match(word):
                continue
            if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
                word = word[:-1]
            yield word


def source_letter_runs(source: str) -> set[str]:
    """The Latin words of a Japanese source that touch a number or another word: Japanese writes no space
    around them (75gOGTTで, HbA1c値), so the word reader sees "75gOGTT" as one token with digits and skips it.
    Each run of letters, and each capital run inside it (gOGTT: OGTT), is the source's own spelling."""
    runs = set()
    # full-width letters are the same letters (７５ｇＱＺＸ); a run a digit follows is part of a longer name
    # (HbA1c: "HbA" alone is no word of the source)
    for run in _LETTER_RUN_RE.findall(unicodedata.normalize("NFKC", source)):
        runs.add(run)
        runs.update(_CAPITAL_RUN_RE.findall(run))
    return runs


_LETTER_RUN_RE = re.compile(r"[A-Za-z]{2,}(?![A-Za-z0-9])")
_CAPITAL_RUN_RE = re.compile(r"[A-Z]{2,}")


@rule(
    "SPL001",
    "misspelled-word",
    target="catalog",
    severity=WARNING,
    publish=ERROR,
    options=("word-list", "glossary", "words", "medical-dictionaries", "abbreviation-dictionaries"),
)
def misspelled_word(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """A word of an English translation that is not in the dictionary.

    Checked: the prose of each published msgstr (translated, not fuzzy), split
    into words by hyphen too; roles (citation keys), URLs, inline code, numbers
    and words with digits are skipped. The dictionary is pyspellchecker's
    English (American spelling, the house style) plus lint/data/words-en.txt
    (drug names, eponyms, abbreviations, organisations) plus the glossary's
    English; the regular plural of a project word (heparins) is accepted, and
    so is a closed compound of two common words (handwashing, smartphone).
    Words that the msgid itself writes in Latin letters (abbreviations too: IBS copied from the
    msgid is the source's spelling, not a slip) are taken as written,
    and a capitalised word whose consonants are those of a katakana word of the msgid is a
    name (チラーヂンS → "Thyradin S", アレグラ → "Allegra"; ウ before a vowel kana may be a v:
    ウイルス → virus) unless a dictionary word a slip away is what the katakana writes, its
    vowels as close to the katakana's (one edit: any word; two: a medical word): "Warfrin" is
    warfarin, while "Calonal" (カロナール) is the name although "clonal" is one edit away, and
    "norovirus" (ノロウイルス) although "torovirus" is; a word that is the romaji of
    a word of the msgid, read by the tokenizer, is that word (山田 → "Yamada",
    東北 → "Tohoku", 漢方 → "kampo"), and a whole word of Hepburn romaji is a kanji name the
    tokenizer cannot read when the msgid has a run of kanji one or two morae each would read
    (加味逍遙散 → "kamishoyosan"); a katakana name run together with the loanword after it is the
    name before that English word (フェノトリンローション → "phenothrin lotion"); a lower-case word that transliterates a katakana word
    is accepted the same way (ソホスブビル → "sofosbuvir"), and so are names joined by ・ in the
    msgid and written in that order ("X and Y"), a generic drug name by its WHO INN stem
    (-buvir, -sartan: the suffix stems of the WHO stem book, lint/data/en-word-forms.toml),
    a combining form before a known word (uretero|lithotripsy) and an abbreviation the
    entry spells out ("tinnitus retraining therapy (TRT)"), also when the bracket keeps
    some words of the name ("knee osteoarthritis (knee OA)"). A short katakana name matches with its
    vowels too (ジオン → "Zione", even one letter from "Zone"; without the vowel Japanese adds after a
    consonant and with a final -er as its long vowel: ホルター → "Holter"); an English th may be the s
    a katakana name writes (スミスリン → "Sumithrin"); the katakana's voicing (タ, not ダ) tells a name
    from a dictionary word of the same consonants (Holter, not holder); de-, over-, under- before a
    known word (deprescribing) and the participles of a verb in -osis (sclerosing) are known; a medical word whose head and tail
    each build other words of the medical dictionary is known (sarco|penia). An all-capital
    abbreviation of hunspell-en-us's list (SCOWL: UV, DNA, ECG), written in capitals, is known; other
    abbreviations are checked against words-en.txt like any word, except a loanword of the msgid
    abbreviated by its consonants in order (テレビ → "TV"). None of these lenient readings (a
    katakana word, a combining form or productive head, an INN stem) accepts a word when a dictionary
    word that the same reading accepts is a slip away (one edit, two over eight letters; one for
    compounds): "ibuprophen" is ibuprofen, "pneumococal" pneumococcal. Each finding suggests up to three corrections. A warning;
    an error with ``--profile publish``. Extra words for one project:
    [tool.pvt-lint.rules.misspelled-word] ``words = ["Sugiura"]``.

    Violation::

        msgstr "Anticoagulation improves recanalisaton {cite:p}`loffredo-2017`."

    Fix: "recanalization" (or add a correct word to lint/data/words-en.txt).
    """
    from ..parsing.catalog import inline_markup

    if not catalog.language:
        # a catalog whose language is unknown would otherwise pass unread: say so instead
        if any(True for _ in published(catalog)):
            yield ctx.report(
                catalog.header_line or 1,
                1,
                "the catalog names no language (no Language header, and not under locale/<language>/"
                "LC_MESSAGES/): its spelling was not checked",
                suggestion='add "Language: en\\n" to the header if it is English',
            )
        return
    if not catalog.language.lower().startswith("en"):
        return
    entries = [(e, s, t) for e, s, t in published(catalog)]
    if not entries:
        return
    configured = ctx.option("word-list", "")
    glossary = ctx.option("glossary", "")
    for key, value in (("word-list", configured), ("glossary", glossary)):
        if value and not (Path(ctx.root) / value).is_file():
            # (from a review of hostile inputs) a missing file crashed the rule on a catalog, naming the catalog
            label = ctx.config_label or "pyproject.toml"
            raise ConfigError(f"{label}: [tool.pvt-lint] rules.misspelled-word.{key}: {value!r} names no file")
    speller = _speller(
        Path(ctx.root) / configured if configured else WORD_LIST,
        Path(ctx.root) / glossary if glossary else GLOSSARY,
        tuple(ctx.option("words", []) or []),
        tuple(ctx.option("medical-dictionaries", list(MEDICAL_DICTIONARIES)) or ()),
        tuple(ctx.option("abbreviation-dictionaries", list(ABBREVIATION_DICTIONARIES)) or ()),
    )
    for entry, source, translation in entries:
        reported = set()
        prose = inline_markup(translation).prose
        # a placeholder's name is code, not a word ({yaer} is TRN013's to report, not a British spelling)
        for placeholder in placeholders(translation, format_flags(source, tuple(entry.flags))):
            prose = prose.replace(placeholder, " ")
        # an abbreviation the sentence splitter knows, written with its full stop, is no misspelling ("approx.")
        prose = without_abbreviations(prose)
        source_prose = inline_markup(source).prose
        genera = binomial_words(prose, lambda w: bool(speller.checker.known([w])))
        names = proper_name_words(prose) | genera
        # a British spelling is kept only inside the name of an organisation or a quoted title (and a genus)
        institutions = institution_name_words(prose) | genera
        # an epithet in an italic binomial whose genus is a known word (*Culex tritaeniorhynchus*): the
        # italics mark a taxonomic name; a slip of a known word is still reported
        epithets = {
            epithet
            for genus, epithet in italic_binomials(translation)
            if speller.known(genus) and not speller.near_word(epithet)
        }
        defined = defined_abbreviations(prose)
        # The source's own Latin spelling (a journal called Anaesthesia, a name, an abbreviation such
        # as IBS): the translation keeps it, and a copy is no translator's slip.
        written_in_source = set(words_to_check(source_prose)) | source_letter_runs(source_prose)
        katakana = None
        sounds: set[str] | None = None
        romanized = None
        sequence_names: set[str] = set()
        for word in words_to_check(prose, speller.known):
            if word.lower() in reported or word in written_in_source:
                continue
            if len(word) > LONGEST_WORD and not speller.known(word):
                reported.add(word.lower())
                line, column = locate(catalog, entry, word, word=True)
                yield ctx.report(
                    line,
                    column,
                    f'"{word[:20]}…" is no word: {len(word)} letters, more than any dictionary word '
                    f"({LONGEST_WORD}); a space or hyphen may be missing",
                    context=translation[:160],
                )
                continue
            american = "" if word in institutions else speller.american(word)
            if american:
                reported.add(word.lower())
                line, column = locate(catalog, entry, word, word=True)
                yield ctx.report(
                    line,
                    column,
                    f'British spelling "{word}": the house style is American, "{american}"',
                    context=translation[:160],
                    suggestion=american,
                )
                continue
            if (
                speller.known(word)
                or word in defined
                or (word in names or word in institutions)
                and speller.american(word)
            ):
                continue  # (a British spelling in a name or a quoted title is the name's own: "A randomised trial")
            if word in epithets:
                continue
            if _KATAKANA_RE.search(source_prose):
                if katakana is None:
                    katakana = katakana_names(source_prose)
                    sequence_names = _sequence_names(prose, source_prose)
                if word in sequence_names:
                    # names joined as in the source (ホーエン・ヤール → Hoehn and Yahr): two names matching
                    # in order are a name even when one is an edit from a word (Hoehn, Foehn)
                    continue
            if _KATAKANA_RE.search(source_prose):
                if sounds is None:
                    sounds = katakana_sounds(source_prose)
                # the katakana writes voicing (タ, ダ) that the classes merge: a word voiced as it writes
                # (ホルター → Holter) is no slip of one that is not (holder)
                voiced = voicing_agrees(word, source_prose)
                if sounds_like(word, sounds) and not speller.slip_of(
                    word,
                    lambda w, heard=sounds, voiced=voiced, source=source_prose: (
                        sounds_like(w, heard) and not (voiced and not voicing_agrees(w, source))
                    ),
                    medical_only=True,
                ):
                    continue
                if abbreviates_katakana(word, source_prose):
                    continue  # a loanword abbreviated in English (テレビ → TV)  # a name whose vowels too are the katakana's (ジオン → Zione), even near a word (Zone)
            if katakana and transliterates(word, katakana):
                # a word the source writes in katakana (チラーヂン → Thyradin, ソホスブビル → sofosbuvir),
                # unless a dictionary word a slip away is what the katakana writes, its consonants and
                # its vowels as close (warfarin for "Warfrin"): one edit away, any known word; two, a
                # medical one. A word one edit away that the katakana does not write (torovirus for
                # ノロウイルス, "norovirus") is no evidence of a slip.
                heard = vowel_distance(word, source_prose)

                def meant(w, names=katakana, heard=heard, source=source_prose):
                    if not transliterates(w, names):
                        return False
                    distance = vowel_distance(w, source)
                    return heard is None or distance is None or distance <= heard

                if not speller.slip_of(word, meant, longest=1) and not speller.slip_of(word, meant, medical_only=True):
                    continue
            following = _following_word(prose, word)
            if katakana and following and speller.known(following) and transliterates_with(word, following, katakana):
                # a name run together in katakana with the loanword after it (フェノトリンローション →
                # "phenothrin lotion"), unless a word one edit away is what the katakana writes
                def with_next(w, names=katakana, after=following):
                    return transliterates_with(w, after, names)

                if not speller.slip_of(word, with_next, longest=1):
                    continue
            if not speller.near_word(word) and _KATAKANA_RE.search(source_prose):
                if speller.drug_name(word):
                    continue  # a generic drug name by its INN stem (-buvir, -sartan)
            if _JAPANESE_RE.search(source_prose):
                if romanized is None:
                    romanized = romanized_words(source_prose)
                if spells_romanized(word, romanized) or halves_a_doubled_kana_word(word, source_prose):
                    continue  # a Japanese word of the source in romaji (山田 → Yamada, 漢方 → kampo, ムカムカ → muka muka)
                if any(
                    word.lower() in token.lower().split("-") and spells_romanized(token.replace("-", ""), romanized)
                    for token in _HYPHENATED_RE.findall(prose)
                ):
                    continue  # (forty-first session) a part of a hyphenated name in romaji (新宿区 → "Shinjuku-ku")
                if (
                    word[:1].isupper()
                    and romaji_morae(word)
                    and _beside_a_romanized_name(prose, word, romanized, source_prose)
                ):
                    # (ninth session) a family name in romaji beside its given name read from the source (馬原文彦
                    # → "Fumihiko Mahara"): the tokenizer reads 馬原 as two words, the person's own reading is theirs
                    continue
                if not speller.near_word(word) and romanizes_kanji_name(word, source_prose):
                    continue  # a kanji name the tokenizer cannot read, in romaji (加味逍遙散 → kamishoyosan)
            reported.add(word.lower())
            suggestions = speller.suggestions(word)
            hint = f" (did you mean {', '.join(suggestions)}?)" if suggestions else ""
            line, column = locate(catalog, entry, word, word=True)
            yield ctx.report(
                line,
                column,
                f'unknown word "{word}"{hint}; if it is correct, add it to lint/data/words-en.txt',
                context=translation[:160],
                suggestion=", ".join(suggestions),
            )
