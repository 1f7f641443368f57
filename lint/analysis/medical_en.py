"""A positive test of medical content for English: does an English sentence say anything of health?

The counterpart of lint.analysis.medical for the English pages, read only by CIT001's practical exemption
(lint.analysis.claims._practical_english): a practical line (Please bring your insurance card, The pharmacy is open
until 9 pm) needs no source when none of its words is of health. The classes (lint/data/medical-content-en.toml):

- the endings of the Greek and Latin combining forms English medicine builds its words with (-itis, -osis, -emia,
  -ectomy, -scopy, -pathy; drug stems -olol, -statin, -xaban), so that words never seen fall into them;
- whole words of the body, signs, medicines, conditions, acts of care, bodily acts care governs (eat, drink,
  swallow) and evidence (study, research), and names of medicines and devices no ending marks.

A health word that modifies the head of a noun compound naming a service, a person, a place, a document or a fee
(your cervical screening appointment, the stroke unit, blood test results) is part of a name, not health, as the
Japanese test reads 糖尿病外来; a procedure named as the occasion of the line (before your procedure, on the day of
your scan) is when, not what. A specialty or a person of care (the urology team, your neurologist) is who.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..parsing.word_tables import load_word_tables, table

MEDICAL_CONTENT_EN = Path(__file__).resolve().parent.parent / "data" / "medical-content-en.toml"

# words, and the marks that end a noun compound (a comma, a bracket, a full stop)
_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\s\w]")
# words that end a noun compound: its head comes before them (the stroke unit | is on ...)
_FUNCTION = frozenset(
    "a an the this that these those your our my his her their its you we they he she it i me us them to of in on "
    "at for from by with without and or but if when while before after until as is are was were be been being "
    "will would can could may might must should shall do does did not no please than then there here who which "
    "what where how why every each per all any more less once twice daily weekly about around only just also very so "
    "too".split()
)
# endings an English word takes over its table form (keeps: keep, safest: safe, allergies: allergy, scarring: scar)
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "est", "ness", "ful")
_Y_ENDINGS = (("ies", "y"), ("ied", "y"), ("ier", "y"), ("iest", "y"))
# determiners a procedure's occasion may stand behind (before your procedure, after the operation)
_DETERMINERS = frozenset({"your", "the", "a", "an", "this", "my", "their", "our", "his", "her", "next"})
# participles of booking a procedure in the passive (can be booked, are arranged)
_BOOKED = frozenset({"booked", "arranged", "cancelled", "canceled", "rearranged", "rescheduled", "rebooked"})
# units of time that, before "after", make a time after a procedure
_TIME_AFTER = frozenset(
    "day days week weeks month months hour hours year years night nights morning afternoon evening".split()
)


@lru_cache(maxsize=1)
def _tables():
    tables = load_word_tables(MEDICAL_CONTENT_EN)
    return {name: frozenset(table(tables, MEDICAL_CONTENT_EN, name)) for name in tables}


def words(text):
    """The sentence's words and marks, in lower case."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def content_words(text):
    """The sentence's words without its marks, in lower case."""
    return [w for w in words(text) if w[0].isalnum()]


def in_table(word, name):
    """Whether ``word`` or the base it is an inflection of is in the table ``name``."""
    entries = _tables()[name]
    if word in entries:
        return True
    for e in _INFLECTIONS:
        if len(word) > len(e) + 2 and word.endswith(e):
            base = word[: -len(e)]
            # a doubled consonant before the ending (scarring, hottest) and a dropped e (safest: safe)
            if (
                base in entries
                or base + "e" in entries
                or (len(base) > 3 and base[-1] == base[-2] and base[:-1] in entries)
            ):
                return True
    if any(word.endswith(e) and word[: -len(e)] + y in entries for e, y in _Y_ENDINGS):
        return True
    # a table word in its own inflection (keeps) and the word in its base form (keep)
    return len(word) > 3 and word + "s" in entries


def specialty(word):
    """Whether ``word`` names a specialty or a person of care by its ending (urology, neurologist, paediatrician)."""
    return any(word.endswith(e) and len(word) > len(e) + 2 for e in _tables()["specialty_endings"])


def _medical_by_ending(word):
    t = _tables()
    if word in t["common_words"] or specialty(word):
        return False
    stem = word[:-1] if word.endswith("s") and not word.endswith(("ss", "sis", "us")) else word
    return any(w.endswith(e) and len(w) >= len(e) + 3 for w in {word, stem} for e in t["medical_endings"])


def _in_a_name(tokens, i):
    """Whether the word at ``i`` modifies the head of a compound that names a service, a person, a place, a
    document or a fee (cervical screening appointment, stroke unit, headache diary): a run of words with no mark or
    function word between them, ending on such a head."""
    for j in range(i + 1, min(len(tokens), i + 5)):
        word = tokens[j]
        if not word[0].isalnum() or word in _FUNCTION:
            return False
        if in_table(word, "service_heads"):
            return True
    return False


def _an_occasion(tokens, i):
    """Whether the procedure at ``i`` is named as the line's occasion (before your procedure, on the day of your
    scan), as what the reader books or attends (book your test), or as a place of a person of care (your GP
    surgery)."""
    if not in_table(tokens[i], "procedure_words"):
        return False
    # booked, arranged or cancelled in the passive (your child's vaccinations can be booked with the practice nurse)
    ahead = [t for t in tokens[i + 1 : i + 4] if t not in ("can", "will", "may", "should", "must", "be", "is", "are")]
    if ahead and ahead[0] in _BOOKED:
        return True
    k = i - 1
    while k >= 0 and tokens[k] in _DETERMINERS:
        k -= 1
    # the modifiers of a compound (book a hearing test, book a heart monitor test): the word before them decides
    m = k
    while m > k - 3 and m >= 0 and tokens[m][0].isalpha() and tokens[m] not in _FUNCTION:
        m -= 1
    while m >= 0 and tokens[m] in _DETERMINERS:
        m -= 1
    if m >= 0 and m != k and in_table(tokens[m], "logistics_heads"):
        return True
    if k >= 0 and tokens[k] in ("after", "following") and any(t in _TIME_AFTER for t in tokens[max(0, k - 3) : k]):
        return False  # a time after a procedure (six weeks after the operation) is care, as 手術日の翌日 is
    # the procedure booked or attended (book your test, cancel the scan), or the place a person of care keeps (your GP
    # surgery, the dental practice) is the service
    return k >= 0 and (
        in_table(tokens[k], "occasion_words")
        or in_table(tokens[k], "logistics_heads")
        or in_table(tokens[k], "staff_words")
    )


def _in_an_occasion(tokens, i):
    """Whether the word at ``i`` modifies a procedure that is the line's occasion (to book a hearing test, before your
    heart monitor test): a run of words with no mark or function word between, ending on that procedure."""
    for j in range(i + 1, min(len(tokens), i + 4)):
        word = tokens[j]
        if not word[0].isalnum() or word in _FUNCTION:
            return False
        if in_table(word, "procedure_words"):
            return _an_occasion(tokens, j)
    return False


def _medical_word(word):
    """Whether ``word`` is of health by the tables or by its ending, whatever its place in the sentence."""
    return in_table(word, "health_words") or in_table(word, "care_words") or _medical_by_ending(word)


def health_words(text):
    """The words of health in ``text`` (lower case), outside names of services and occasions; () when none."""
    tokens = words(text)
    lower = " ".join(tokens)
    found = [p for p in _tables()["health_words"] if " " in p and f" {p} " in f" {lower} "]
    for i, word in enumerate(tokens):
        if not word[0].isalpha():
            continue
        if "-" in word and any(_medical_word(part) for part in word.split("-") if part):
            if not _in_a_name(tokens, i):
                found.append(word)  # pain-free, blood-thinning, skin-to-skin; not the stop-smoking clinic
            continue
        medical = _medical_word(word) or (in_table(word, "procedure_words") and not _an_occasion(tokens, i))
        if medical and not _in_a_name(tokens, i) and not _an_occasion(tokens, i) and not _in_an_occasion(tokens, i):
            found.append(word)
    return tuple(found)


def generalises(text):
    """Whether a quantifier counts people or cases (most people, many patients, the majority of adults)."""
    tokens = content_words(text)
    lower = " ".join(tokens)
    t = _tables()
    for i, word in enumerate(tokens):
        if word in t["generalising"] or any(
            f" {p} " in f" {lower} " and p.split()[-1] == word for p in t["generalising"]
        ):
            if any(in_table(w, "people_nouns") for w in tokens[i + 1 : i + 4]):
                return True
    return False


def claim_form(words):
    """Whether a word of a claim's form is among ``words`` (best, lowest, than, most, success, because: the table
    claim_form)."""
    entries = _tables()["claim_form"]
    for i, word in enumerate(words):
        if word == "than" and i and words[i - 1] in _PLAIN_THAN:
            continue  # more than 10 minutes late, rather than arrival time: an amount or a choice, no comparison
        if (
            word == "most"
            and words[i + 1 : i + 3] == ["of", "the"]
            and i + 3 < len(words)
            and words[i + 3] in _TIME_WORDS
        ):
            continue  # most of the morning: how long the visit takes
        if (word in entries or (word.endswith("s") and word[:-1] in entries)) and (
            word in _NEVER_A_NAME or not _in_a_name(words, i)
        ):
            return True  # (a word of a claim in a service's name is part of it: the travel risk questionnaire)
    return False


# (fifty-seventh session) degrees and praise name no service: the best results, the safest surgeons, excellent care are
# claims before any head (the travel risk questionnaire names one); "better" is left out, as services are named with it
# (the Better Health service: from the final review)
_NEVER_A_NAME = frozenset(
    {
        "best",
        "worst",
        "lowest",
        "highest",
        "safest",
        "safer",
        "fastest",
        "faster",
        "worse",
        "excellent",
        "outstanding",
        "leading",
        "proven",
        "guaranteed",
        "successful",
        "pioneering",
        "unique",
    }
)


# words before "than" that make no claim (more than 10 minutes, less than a week, rather than, other than)
_PLAIN_THAN = frozenset({"more", "less", "later", "earlier", "rather", "other", "longer"})


_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty "
    "fifty sixty hundred a an few several".split()
)
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_TIME_WORDS = _TIME_AFTER | frozenset(
    {
        "fortnight",
        "fortnights",
        "minute",
        "minutes",
        "decade",
        "decades",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    }
)


def practical_condition(condition):
    """Whether every content word of the condition is of the visit (practical_conditions, logistics_heads,
    service_heads, staff_words) or a number: if you cannot attend, if you are 75 or older, when you book."""
    for word in (part for w in words(condition) for part in w.split("-")):
        if not word or not word[0].isalnum() or word.isdigit() or word in _NUMBER_WORDS:
            continue
        if not any(
            in_table(word, name) for name in ("practical_conditions", "logistics_heads", "service_heads", "staff_words")
        ):
            return False
    return True


def _timed(word):
    return word.isdigit() or word in _NUMBER_WORDS or word in _TIME_WORDS


def interval(tokens):
    """Whether the words give an interval or a time after care: every three years, every 3 weeks, two weeks after, a
    fortnight after, 10 days later, at 12 months."""
    for i, word in enumerate(tokens):
        after = tokens[i + 1 : i + 3]
        if word == "every" and any(_timed(w) for w in after):
            return True
        if word in ("after", "later", "following") and any(w in _TIME_WORDS for w in tokens[max(0, i - 3) : i]):
            return True
        if word in ("fortnight", "fortnights"):
            return True
        if (
            word in ("after", "again")
            and len(after) == 2
            and (after[0] in _NUMBER_WORDS or after[0] == "in")
            and (after[1] in _TIME_WORDS or after[1].isdigit())
        ):
            return True  # after a month, again in 6 weeks: a time of care
        if word == "again" and after[:1] == ["in"]:
            return True
        if word in ("after", "from") and any(w in _TIME_WORDS for w in tokens[i + 1 : i + 4]):
            return True  # after the first week, from the second week: a time of care
        if word in ("each", "next", "this") and after[:1] and (after[0] in _TIME_WORDS or after[0] in _MONTHS):
            return True  # each autumn, each year, next year, each September
        if word == "at" and len(after) == 2 and after[0].isdigit() and after[1] in ("months", "weeks", "years"):
            return True  # at 12 months: an age of a schedule
    return False


_DEADLINE_EN = re.compile(
    r"\s*(?:working\s+|clear\s+)?(?:minutes?|hours?|days?|weeks?)?\s*(?:'s\s+|s\s+)?"
    r"(?:early|in\s+advance|beforehand|notice"
    r"|(?:before|ahead\s+of|prior\s+to)\s+(?:your|the|this|each)\s+(?:\w+\s+)?"
    r"(?:appointment|visit|admission|clinic|session|booking|test|scan|procedure|operation|examination|check-up|arrival))\b",
    re.IGNORECASE,
)


_FOR_THE_VISIT = re.compile(
    r"\s*(?:minutes?|hours?)\s+for\s+(?:your|the|this)\s+(?:\w+\s+)?(?:appointment|visit|check-in|consultation)\b",
    re.IGNORECASE,
)


def deadline(after):
    """Whether the text after a number makes it a deadline before the visit (48 hours before your appointment, 15
    minutes early, 24 hours' notice) or the time to allow for the visit (two hours for your appointment)."""
    after = after.replace("'", "").replace("’", "")
    return bool(_DEADLINE_EN.match(after) or _FOR_THE_VISIT.match(after))


def counts_things(after):
    """Whether the text after a number makes it a count of people or things of the visit (12 items, two visitors)."""
    following = [w for w in words(after)[:2] if w[0].isalnum()]
    return bool(following) and in_table(following[0], "counted_things")


def location_head(word):
    """Whether ``word`` heads a statement of where a thing of the service is (on the second floor, behind the
    building)."""
    return word in _tables()["location_heads"]
