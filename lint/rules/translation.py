"""TRN: the English edition's catalogs (locale/<lang>/LC_MESSAGES/<page>.po).

Each rule gets one ``Catalog`` (lint.parsing.catalog) and reports at the line
of an entry's ``msgstr``. Parity rules (TRN004–TRN009, TRN011–TRN015) look only at entries
that are published: translated, not fuzzy, not obsolete (Sphinx ignores fuzzy
translations, so the English page shows the Japanese text for them; TRN001
and TRN002 report those). msgid and msgstr are tokenised by markdown-it with
myst-parser's plugins (``inline_markup``), so roles, links and inline code are
compared as tokens, never by searching the raw text. TRN005 reads numbers with
lint/analysis/numbers.py (on the shared parser lint/analysis/quantities.py);
TRN011 negation with lint/analysis/negation.py; TRN012–TRN015 structure,
placeholders, whitespace and sentences with lint/analysis/structure.py; the
glossary of TRN008 is read by lint/parsing/glossary.py. TRN016 compares a
page's messages, extracted as Sphinx does, with its catalog.

A translator silences one entry with a translator comment above it::

    # lint: ignore[TRN009] the Japanese name of the disease is given on purpose
    msgid "..."
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_text
from ..errors import ConfigError, LintInputError
from ..findings import ERROR, WARNING
from ..japanese.sounds import english_skeleton, katakana_skeletons
from ..japanese.tokenizer import tokenize

# The analyses of catalog entries (lint.analysis.negation, numbers, structure) and the catalog
# parser are imported inside the rules that use them: a run with no catalog (the pages alone,
# every rule selected) never needs them, and their patterns are a tenth of its start.
from ..parsing.glossary import GLOSSARY, glossary_occurrences, glossary_terms_in, load_glossary
from ..parsing.word_tables import load_word_tables, table
from ..registry import rule

if TYPE_CHECKING:
    from ..context import RuleContext
    from ..findings import Finding
    from ..parsing.catalog import Catalog, CatalogEntry

PAGE_SUFFIXES = (".md", ".rst", ".ipynb", ".txt")


def _short(text, limit=160):
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def published(catalog: Catalog) -> Iterator[tuple[CatalogEntry, str, str]]:
    """(entry, source, translation) for every translated entry and plural form."""
    for entry in catalog.entries:
        if entry.translated:
            for source, translation in entry.pairs:
                yield entry, source, translation


def locate(catalog: Catalog, entry: CatalogEntry, needle: str, word: bool = False) -> tuple[int, int]:
    """(line, column) of ``needle`` (a whole word if ``word``) in the entry's msgstr lines.

    Falls back to the msgstr line when the text is not found as written (it may
    be split across wrapped lines or escaped).
    """
    lines = catalog.lines
    if needle:
        pattern = re.compile((r"(?<![\w])" + re.escape(needle) + r"(?![\w])") if word else re.escape(needle))
        for number in range(entry.msgstr_line, min(entry.end_line, len(lines)) + 1):
            match = pattern.search(lines[number - 1])
            if match:
                return number, match.start() + 1
    return entry.msgstr_line, 1


def _differences(source, translation, show=str):
    """'missing …; not in the source …' for two Counters."""
    missing = source - translation
    extra = translation - source
    parts = []
    if missing:
        parts.append("missing in the translation: " + ", ".join(_counted(missing, show)))
    if extra:
        parts.append("not in the source: " + ", ".join(_counted(extra, show)))
    return "; ".join(parts)


def _counted(counter, show):
    return [show(k) + (f" (×{n})" if n > 1 else "") for k, n in sorted(counter.items(), key=lambda kv: str(kv[0]))]


# ---------------------------------------------------------------------------
# TRN001–TRN003: the state of each entry


@rule("TRN001", "untranslated-entry", target="catalog", severity=WARNING, publish=ERROR)
def untranslated_entry(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """An entry of the English catalog has no translation.

    Sphinx falls back to the source, so the English page shows this paragraph
    in Japanese. A warning while the translation is in progress; an error with
    ``--profile publish`` (the English edition must be complete to be published).
    ``python -m lint.translation_status`` shows how much of each page is left.

    Violation::

        msgid "門脈血栓症は門脈に血栓ができる病気です{cite:p}`msd-home-pvt`。"
        msgstr ""

    Fix: write the translation in msgstr (Poedit, Weblate or a text editor).
    """
    from ..parsing.catalog import UNTRANSLATED

    for entry in catalog.entries:
        if entry.state == UNTRANSLATED:
            yield ctx.report(
                entry.msgstr_line,
                1,
                "untranslated entry: the English page shows the Japanese text here",
                context=_short(entry.msgid),
            )


@rule("TRN002", "fuzzy-entry", target="catalog", severity=WARNING, publish=ERROR)
def fuzzy_entry(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """An entry is marked fuzzy: the Japanese changed after it was translated.

    ``nox -s update-po`` keeps the old translation of an edited paragraph and
    marks it ``#, fuzzy`` (``#| msgid`` records the previous Japanese). Sphinx
    does not use fuzzy translations, so the English page shows Japanese until
    a translator reviews the entry. A warning; an error with ``--profile publish``.

    Violation::

        #, fuzzy
        #| msgid "約2万人が治療を受けています。"
        msgid "約2万人が治療を受けています{cite:p}`pmda-2017`。"
        msgstr "About 20,000 people are treated."

    Fix: compare the Japanese with the previous msgid (Poedit shows the
    difference), update the msgstr, and remove the fuzzy flag ("Needs work" off).
    """
    from ..parsing.catalog import FUZZY

    for entry in catalog.entries:
        if entry.state == FUZZY:
            previous = f" (previous source: {_short(entry.previous_msgid, 80)})" if entry.previous_msgid else ""
            yield ctx.report(
                entry.msgstr_line,
                1,
                "fuzzy entry: the Japanese changed since this was translated; "
                "review the translation and remove the fuzzy flag" + previous,
                context=_short(entry.msgid),
            )


@rule("TRN003", "obsolete-entry", target="catalog", severity="warning")
def obsolete_entry(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """An obsolete entry (``#~``): its Japanese is no longer on the page.

    The merge keeps the translations of deleted or heavily rewritten text as
    ``#~`` entries so that nothing is lost by accident (they come back if the
    text returns). They are never published. Delete them on purpose when they
    are no longer useful.

    Violation::

        #~ msgid "指定難病82に指定されています。"
        #~ msgstr "It is designated intractable disease 82."

    Fix: delete the entry (Poedit: Catalog → Purge deleted translations;
    or ``python -m lint.catalog_tools update --no-obsolete``).
    """
    from ..parsing.catalog import OBSOLETE

    for entry in catalog.entries:
        if entry.state == OBSOLETE:
            yield ctx.report(
                entry.msgstr_line,
                1,
                "obsolete entry (#~): its source is no longer on the page; delete it "
                "when its translation is no longer needed",
                context=_short(entry.msgid),
            )


# ---------------------------------------------------------------------------
# TRN004: citations


@rule("TRN004", "citation-parity", target="catalog", severity="error")
def citation_parity(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """The translation must cite the same keys, as many times, as the source.

    Every factual sentence of the Japanese carries its citation; a citation
    dropped or changed in the English leaves a claim without its source (or
    with a wrong one). Roles are compared as parsed tokens: the keys of all
    ``{cite:p}``/``{cite:t}`` roles of msgid and msgstr, counted. The role's
    place in the sentence may change, its name may not: ``{cite:p}`` renders a
    parenthetical "(Cox et al., 1987)", ``{cite:t}`` a textual "Cox et al. (1987)"
    that the sentence must read as a noun. An English sentence that truly needs
    the other form is a decision the translator confirms with
    ``# lint: ignore[TRN004] reason``; unconfirmed, the switch is reported. When msgid
    and msgstr have as many sentences (two or more), each English sentence must
    cite the keys of its Japanese sentence: two keys swapped between sentences
    attach each claim to the other's source. Within an aligned sentence with as many roles on
    both sides (two or more), each role's keys are compared as a group (a key moved from one role
    to another), and two roles on the members of one coordination (AとB, "A and B") must cite in
    the members' order, unless a member's katakana or Latin word shows the English reordered them.

    Violation::

        msgid "再開通率は71%でした{cite:p}`loffredo-2017`。"
        msgstr "The recanalization rate was 71%."

    Fix: ``msgstr "The recanalization rate was 71% {cite:p}`loffredo-2017`."``
    """
    from ..parsing.catalog import inline_markup

    for entry, source, translation in published(catalog):
        src, dst = inline_markup(source), inline_markup(translation)
        difference = _differences(src.citation_keys, dst.citation_keys)
        # by name, not count: two roles of one name may become one with both keys ({cite:p}`a,b`)
        wanted = Counter({r.name for r in src.roles if r.is_citation})
        got = Counter({r.name for r in dst.roles if r.is_citation})
        if wanted and got != wanted:
            role_change = "citation roles " + _differences(wanted, got, show=lambda name: f"{{{name}}}")
            difference = f"{difference}; {role_change}" if difference else role_change
        if difference:
            yield ctx.report(
                *locate(catalog, entry, "{cite"),
                f"citations differ from the source: {difference}",
                context=_short(translation),
            )
            continue
        misplaced = _misplaced_citations(source, translation)
        for number, count, wanted, found in misplaced:
            yield ctx.report(
                *locate(catalog, entry, "{cite"),
                f"sentence {number} of {count} cites {found or 'nothing'} where its source sentence cites"
                f" {wanted or 'nothing'}: citations moved between sentences",
                context=_short(translation),
            )
        if not misplaced:
            for number, count, problem in _regrouped_in_sentences(source, translation):
                where = f"sentence {number} of {count}" if count > 1 else "the sentence"
                yield ctx.report(*locate(catalog, entry, "{cite"), f"{where}: {problem}", context=_short(translation))


# A citation role and the text right after it, in a raw sentence: {cite:p}`a, b` and what follows.
_CITATION_ROLE_RE = re.compile(r"\{(?:foot)?cite(?::\w+)?\}`([^`]*)`")
# A role on the first member of a coordination: the Japanese joins the members with と, や, 、, および,
# または…; the English with "and", "or", "as well as", a comma (A {cite} and B {cite}). English keeps
# the members' order (AとB is "A and B"), so the roles on them keep theirs.
_JA_COORDINATOR_RE = re.compile(r"\s*(?:と|や|、|，|および|及び|並びに|ならびに|または|又は|もしくは)")
_EN_COORDINATOR_RE = re.compile(r"\s*(?:,\s*)?(?:and|or|as well as|versus|vs\.?)\b|\s*,", re.IGNORECASE)


def _role_groups(sentence: str, coordinator: re.Pattern) -> list[tuple[frozenset, bool]]:
    """The keys of each citation role of a sentence, in order, and whether a coordinator follows it."""
    return [
        (
            frozenset(k.strip() for k in match.group(1).split(",") if k.strip()),
            bool(coordinator.match(sentence, match.end())),
        )
        for match in _CITATION_ROLE_RE.finditer(sentence)
    ]


def _regrouped_citations(ja_sentence: str, en_sentence: str) -> str:
    """How the roles of one sentence cite differently though the sentence cites the same keys, or "".

    With as many roles on both sides (two or more), each role's keys are a group: a key moved from
    one role to the other (a claim of the sentence losing its source) changes the groups. Two roles on
    the members of one coordination on both sides (AとB, "A and B") cite in the members' order: their
    groups swapped attach each member to the other's source.
    """
    ja, en = _role_groups(ja_sentence, _JA_COORDINATOR_RE), _role_groups(en_sentence, _EN_COORDINATOR_RE)
    if not len(ja) == len(en) > 1:
        return ""
    if Counter(keys for keys, _ in ja) != Counter(keys for keys, _ in en):
        return "its citation roles group the keys differently from the source's"
    for i in range(len(ja) - 1):
        (first, ja_joined), (second, _) = ja[i], ja[i + 1]
        (en_first, en_joined), (en_second, _) = en[i], en[i + 1]
        if (
            ja_joined
            and en_joined
            and first != second
            and (en_first, en_second) == (second, first)
            and not _members_reordered(ja_sentence, en_sentence, i)
        ):
            return (
                f"the coordinated claims cite {', '.join(sorted(en_first))} and {', '.join(sorted(en_second))}"
                f" where the source cites {', '.join(sorted(first))} and {', '.join(sorted(second))}:"
                " citations swapped between them"
            )
    return ""


def _segments(sentence: str) -> list[str]:
    """The text before each citation role of a sentence (from the previous role or the start)."""
    out, start = [], 0
    for match in _CITATION_ROLE_RE.finditer(sentence):
        out.append(sentence[start : match.start()])
        start = match.end()
    return out


def _anchors_in(ja: str, en: str) -> bool:
    """The English text names a word of the Japanese: a katakana word by its first consonants
    (サリチル酸, "salicylic"), or a word in Latin letters or digits that both write. Loose on purpose:
    it only keeps a swap of coordinated citations from being reported."""
    english = re.findall(r"[A-Za-z]+|\d+", en)
    latin = {w.lower() for w in re.findall(r"[A-Za-z]+|\d+", ja)}
    if latin & {w.lower() for w in english}:
        return True
    # the first two consonants: a loanword's later syllables drift (サリチル, salicylic: S R T R, S R S R K)
    heads = {k[:2] for run in re.findall("[ァ-ヺー]{3,}", ja) for k in katakana_skeletons(run) if len(k) >= 3}
    return any(english_skeleton(word)[:2] in heads for word in english if word.isalpha() and len(word) >= 4)


def _members_reordered(ja_sentence: str, en_sentence: str, i: int) -> bool:
    """The English put the coordinated members i and i + 1 in the other order, with their roles: the
    member of the Japanese names a word of the other English member, not of its own (サリチル酸{cite}と
    凍結療法{cite} as "cryotherapy {cite} and salicylic acid {cite}")."""
    ja, en = _segments(ja_sentence), _segments(en_sentence)
    for mine, other in ((i, i + 1), (i + 1, i)):
        if _anchors_in(ja[mine], en[other]) and not _anchors_in(ja[mine], en[mine]):
            return True
    return False


def _misplaced_citations(source, translation):
    """(sentence number, count, source keys, translation keys) for aligned sentences citing differently.

    Only when both texts have as many sentences (two or more), so that the n-th
    Japanese sentence is the n-th English one: each claim keeps its own source, and
    two keys swapped between sentences leave the entry's set of keys unchanged.
    """
    from ..analysis.structure import split_english_sentences, split_japanese_sentences
    from ..parsing.catalog import inline_markup

    ja, en = split_japanese_sentences(source), split_english_sentences(translation)
    if not len(ja) == len(en) > 1:
        return []
    found = []
    for number, (ja_sentence, en_sentence) in enumerate(zip(ja, en, strict=True), 1):
        wanted = Counter(inline_markup(ja_sentence).citation_keys)
        got = Counter(inline_markup(en_sentence).citation_keys)
        if wanted != got:
            found.append((number, len(ja), ", ".join(sorted(wanted)), ", ".join(sorted(got))))
    return found


def _regrouped_in_sentences(source, translation):
    """(sentence number, count, problem) for each aligned sentence whose roles cite differently
    (_regrouped_citations); a text of one sentence on each side is one aligned pair."""
    from ..analysis.structure import split_english_sentences, split_japanese_sentences

    ja, en = split_japanese_sentences(source), split_english_sentences(translation)
    if len(ja) != len(en):
        return []
    found = []
    for number, (ja_sentence, en_sentence) in enumerate(zip(ja, en, strict=True), 1):
        problem = _regrouped_citations(ja_sentence, en_sentence)
        if problem:
            found.append((number, len(ja), problem))
    return found


# ---------------------------------------------------------------------------
# TRN005: numbers


@rule("TRN005", "number-parity", target="catalog", severity="error")
def number_parity(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """Every number of the Japanese must reach the English unchanged.

    A wrong number in a health article is misinformation, so each number of the
    Japanese (digits of any width, or kanji numerals with a counter: 三か月,
    二万人, 一割, 十人に一人, 半数, 半年) must appear in the translation, as
    digits or as English number words (one in ten, twice, a third, half, a
    dozen). The Japanese is read by lint/analysis/quantities.py, the parser the
    claim check uses. Notations are
    normalised: ``３〜６ヶ月`` = ``3–6 months`` (a range is its two ends;
    〜, ～, ~, – and "to" all work), ``約2万人`` = ``about 20,000`` or
    ``20 thousand`` (万/億/千 are applied; 約 = about carries no number),
    ``2割`` = ``2`` or ``20%`` (never ``2%``), ``0.6`` = ``0.6``, ``71%`` = ``71 percent``,
    ``第1部`` = ``Part 1``, ``第3位`` = ``third``, ``2倍`` = ``twice`` or
    ``2-fold``, ``2025年4月1日`` = ``April 1, 2025``, ``令和6年`` = ``2024``
    or ``Reiwa 6`` (the era number only when the English names the era; a
    western year in brackets after it, ``令和4年（2022年）``, is the same number),
    ``平成元年`` = ``1989``, ``2週間`` = ``two weeks`` or ``14 days``,
    ``半年に一度`` = ``twice a year`` or ``every six months``. The number 1 is also satisfied by "a", "an", "once",
    "per", "daily" … (``1日1回`` = ``once a day``), except the count of a frequency of once when the
    English counts more times (``週1回`` is not "twice a week", whose "a" renders 週). A scale word
    after "a" or after a range belongs to the number (``1000人に1人`` = "one in a thousand",
    ``100万〜200万`` = "one to two million"), and a proportion may be a percentage (``半数`` = "50%"). Numbers inside roles
    (citation keys), URLs and inline code are ignored. A lone kanji digit inside
    a word (二次性, 三徴) is not a number: English renders it freely (三徴 =
    triad), nor is 一 in an adverb the tokenizer reads (一人で = alone, 一度に =
    at once, 一度も = ever, 一つでも = any, 一日中 = all day); a lone kanji numeral the tokenizer finds
    inside a word (前兆, a sign) is no count either, nor is a kanji numeral that the tokenizer
    reads as part of a dictionary noun (百日咳, 一般, 十分) or that starts a word written half in
    kana (百日せき, 三日はしか: numeral, counter and a common noun in hiragana glued to them; a
    count in digits, or before a noun in kanji, 三か月健診, stays a count). A compound duration
    may be given in its smaller unit (1歳6か月 = "18 months", 2時間30分 = "150 minutes"). Proportions compare as proportions
    (5割 = 50% = half = 0.5), one-word spans count (a decade = 10年, a fortnight =
    2週間, every other year = 2年に1回), a count with 以上 may be "more than" one less
    (2滴以上 = more than one drop; not a duration or age), and a unit conversion in
    brackets after a number (5 kg (about 11 lb), 38°C (100.4°F); factors in
    lint/data/unit-conversions.toml) adds no number, nor does the converted value written first
    with the source's in brackets (100.4°F (38.0°C)). The 1 of a ratio (20人に1人, "1 in 20")
    and the zero minutes of an hour (15時 or 15:00 as "3:00 p.m.") are no added numbers; a
    percentage may be a fraction ("a quarter" for 25%, "about a third" for 約33%) and a proportion
    "N in M" (2割 = "one in five"); neighbouring small numbers given approximately (2、3日) may be a
    small vague quantity ("a couple of days", "a few days"); a ratio
    against one (1:4) may be a multiple ("four times as many"), and a duration of one unit (1年間)
    the singular unit with a determiner ("the year before school"). The step of a
    range (40歳から70歳までの5歳刻み) may be written out as the range's values ("40, 45, …, 70"): all of
    them must be there, and none other. A duration or frequency must keep its unit (二週間 is not "two
    months", 月に1回 is not "once a week", 一日おき is not "every day"), a vague quantity its size and unit (数千人
    is not "several hundred people", 数日 is not "a few weeks"; "half an hour" is no 一時間), and so must a length, a
    mass, a volume or a temperature
    (2500メートル is not "2,500 feet", 5 mg is not "5 g"; lint/data/measure-units.toml). A clock time is one value,
    its hour, minutes and half of the day together (lint/analysis/clock_times.py): 17時 is not "5:30 p.m." and
    午後2時 is not "2 a.m.", though each of their numbers is there. Digits the English adds ("within 3
    months" for nothing in the source) are reported.

    Violation::

        msgid "治療は3〜6ヶ月続けます{cite:p}`easl-2016`。"
        msgstr "Treatment continues for 3–5 months {cite:p}`easl-2016`."

    Fix: ``msgstr "Treatment continues for 3–6 months {cite:p}`easl-2016`."``
    """
    from ..analysis.calendar_dates import changed_dates, changed_weekdays
    from ..analysis.clock_times import clock_parity
    from ..analysis.measure_units import changed_measures
    from ..analysis.numbers import (
        added_count_words,
        added_digits,
        changed_alternation,
        changed_periods,
        changed_time_units,
        changed_vague_quantities,
        missing_numbers,
    )
    from ..analysis.quantities import without_long_runs
    from ..analysis.structure import placeholders
    from ..analysis.time_units import changed_doses, changed_frequencies, changed_units, fractions_given_a_unit
    from ..parsing.catalog import inline_markup

    for entry, source, translation in published(catalog):
        src_plain, dst_plain = inline_markup(source).plain, inline_markup(translation).plain
        # a run of over thirty digits is no number anyone renders; the English readers try such a run from each digit
        src_plain, dst_plain = without_long_runs(src_plain), without_long_runs(dst_plain)
        # a numbered placeholder ({0}, %1$s) is no number: TRN013 compares placeholders (from a check of issue 12,
        # where {0} → {1} also read as the number 0 dropped)
        for placeholder in placeholders(source, tuple(entry.flags)) + placeholders(translation, tuple(entry.flags)):
            if any(ch.isdigit() for ch in placeholder):
                src_plain, dst_plain = src_plain.replace(placeholder, " "), dst_plain.replace(placeholder, " ")
        if _HOUR_PLACEHOLDER_JA.search(src_plain):
            # (thirty-third session) an hour the build fills in (%(hour)d時) written with its minutes ("%(hour)d:00"):
            # the :00 is the clock's form, no number of its own
            dst_plain = _MINUTES_AFTER_PLACEHOLDER.sub(r"\1", dst_plain)
        missing, extra = missing_numbers(src_plain, dst_plain)
        clocks = clock_parity(src_plain, dst_plain)
        # 正午（12時） as "noon": the 12 is rendered
        missing = [number for number in missing if number.text not in clocks.said_in_words]
        units = changed_time_units(src_plain, dst_plain)
        for wanted, used in units:
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"a duration of the source is in {wanted}s; the translation uses {used}s",
                context=_short(translation),
            )
        # (forty-second session) 数千人 → "several hundred", 数日 → "a few weeks": a vague quantity of another size
        for vague, used in changed_vague_quantities(src_plain, dst_plain):
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"the source's {vague} is rendered as {used!r}: another size or unit",
                context=_short(translation),
            )
        if changed_alternation(src_plain, dst_plain):
            yield ctx.report(
                entry.msgstr_line,
                1,
                "the source says every other day (一日おき, 隔日); the translation says every day",
                context=_short(translation),
            )
        periods = changed_periods(src_plain, dst_plain)
        for wanted, used in periods:
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"a frequency of the source is per {wanted}; the translation says per {used}",
                context=_short(translation),
            )
        # the same number in another unit: 3日 → "3 weeks", 月に1回 → "once a week"
        if not units:
            for stated, japanese in changed_units(src_plain, dst_plain):
                yield ctx.report(
                    entry.msgstr_line,
                    1,
                    f"the translation says {stated}; the source gives that number in {japanese}s",
                    context=_short(translation),
                )
        # the same number in another unit of measure: 2500メートル → "2,500 feet", 5 mg → "5 g"
        for stated, japanese in changed_measures(src_plain, dst_plain):
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"the translation says {stated}; the source gives that number in "
                + " or ".join(_UNIT_PLURALS.get(unit, unit + "s") for unit in japanese.split("/")),
                context=_short(translation),
            )
        for stated, japanese in clocks.changed:
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"the translation says {stated.text!r} ({stated.shown}); the source's clock time {japanese.text} is "
                + japanese.shown,
                context=_short(translation),
            )
        for stated, japanese in fractions_given_a_unit(src_plain, dst_plain):
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"the translation says {stated!r}, a length of time; the source's {japanese} is a share of no unit of time",
                context=_short(translation),
            )
        for stated, japanese in changed_doses(src_plain, dst_plain):
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"the translation says {stated!r}; the source gives {japanese}: is the dose changed?",
                context=_short(translation),
            )
        if not periods:
            for stated, japanese in changed_frequencies(src_plain, dst_plain):
                yield ctx.report(
                    entry.msgstr_line,
                    1,
                    f"the translation says {stated!r}; the source says {japanese}",
                    context=_short(translation),
                )
        # (forty-first session) a date whose month and day changed places keeps every number: 3月4日 → "April 3"
        for stated, japanese in changed_dates(src_plain, dst_plain):
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"the translation gives the date {stated}; the source's is {japanese}",
                context=_short(translation),
            )
        for stated, japanese in changed_weekdays(src_plain, dst_plain):
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"the translation says {stated}; the source's weekday is {japanese}",
                context=_short(translation),
            )
        if not missing:
            added = added_digits(src_plain, dst_plain) or added_count_words(src_plain, dst_plain)
            if added:
                yield ctx.report(
                    *locate(catalog, entry, added[0], word=True),
                    "numbers of the translation not in the source: " + ", ".join(added),
                    context=_short(translation),
                )
            continue
        shown = ", ".join(_show_number(n, src_plain) for n in missing)
        message = f"numbers of the source missing from the translation: {shown}"
        if extra:
            message += "; the translation has " + ", ".join(_counted(extra, _format_number)) + " instead"
        yield ctx.report(entry.msgstr_line, 1, message, context=_short(translation))


# a placeholder the build fills with a whole number (%(hour)d, %d, %1$d, {hour})
_WHOLE_NUMBER_FIELD = r"%\(\w+\)d|%\d*\$?d|\{\w*\}"
_HOUR_PLACEHOLDER_JA = re.compile(rf"(?:{_WHOLE_NUMBER_FIELD})\s*時")
_MINUTES_AFTER_PLACEHOLDER = re.compile(rf"({_WHOLE_NUMBER_FIELD}):00\b")


# the measures whose plural is not the name and an s (lint/data/measure-units.toml)
_UNIT_PLURALS = {"celsius": "degrees Celsius", "fahrenheit": "degrees Fahrenheit", "foot": "feet", "inch": "inches"}


def _show_number(number, source=""):
    """2万 (= 20000); 346 as written; a number read more than one way by the words around it (半年に一度: twice a year
    or every six months) with those words instead of its readings (一度 in 「半年に一度を目安に」), which said "(= 2 or
    6)" (from an independent check of issue 12)."""
    shown = {v for v in number.values if not (0 < v < 1 and ({v * 10, v * 100} & number.values))}  # not 0.2 of 2割
    values = sorted(_format_number(v) for v in shown)
    if values == [number.text.replace(",", "")]:
        return number.text
    if len(values) > 1 and number.text in source:
        return f"{number.text} in 「{_words_around(source, number.text)}」"
    return f"{number.text} (= {' or '.join(values)})"


def _words_around(source, text, reach=6):
    """``text`` in ``source`` with the whole words within ``reach`` characters either side, inside its clause."""
    from ..japanese.tokenizer import tokenize

    at = source.index(text)
    start, end = at, at + len(text)
    for token in tokenize(source):  # each token's offset in the text is its start
        if at - reach <= token.start < at and not (start == at and token.pos == "助詞"):
            start = min(start, token.start)  # (not from a particle: は半年に → 半年に)
        if end < token.end <= at + len(text) + reach:
            end = max(end, token.end)
    before = re.split(r"[。！？、\s]", source[start:at])[-1]
    after = re.split(r"[。！？、\s]", source[at + len(text) : end])[0]
    return before + text + after


def _format_number(value):
    if isinstance(value, Decimal) and 0 < value < 1 and len(format(value, "f")) > 6:
        # three significant digits: a third is 0.333, not 28 digits; 1 in 100,000 is 0.00001, not 0
        return format(Decimal(f"{value:.3g}").normalize(), "f")
    return format(value, "f") if isinstance(value, Decimal) else str(value)


# ---------------------------------------------------------------------------
# TRN006: links


@rule("TRN006", "link-parity", target="catalog", severity="error", options=("equivalents", "glossary"))
def link_parity(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """The translation must keep the source's URLs and internal targets.

    Links are sources and navigation: a dropped or altered URL, or a
    ``{ref}``/``{doc}`` target that changed, silently removes them from the
    English page. Compared: link and image targets, URLs written as text, and
    the targets of ``{ref}``, ``{doc}``, ``{numref}`` (their titles may be
    translated). When the English page should link an English version of a
    Japanese resource, declare it once in pyproject.toml::

        [tool.pvt-lint.rules.link-parity]
        equivalents = {"https://www.msdmanuals.com/ja-jp/" = "https://www.msdmanuals.com/"}

    (a key ending in "/" maps every URL under it).

    The pairing of texts and targets is checked too, though a translation may
    reorder links: a link text kept verbatim (a name, a label) must keep its
    target; a glossary term carried by one link of each side pairs those two
    (``glossary = "path.toml"`` in the same table names another glossary); and
    two links are swapped when one's text names the other's target (by the words
    of its address, or a name's initials) and neither names its own
    (``[Gout](pseudogout.md) and [pseudogout](gout.md)``).

    Violation::

        msgid "詳しくは[難病情報センター](https://www.nanbyou.or.jp/entry/5535)を参照。"
        msgstr "See the [Japan Intractable Diseases Information Center](https://www.nanbyou.or.jp/)."

    Fix: link the same page, ``https://www.nanbyou.or.jp/entry/5535``.
    """
    from ..parsing.catalog import inline_markup

    equivalents = ctx.option("equivalents", {}) or {}
    for address, replacement in equivalents.items():
        if not isinstance(replacement, str):  # a list crashed the rule (from the second code review)
            label = ctx.config_label or "pyproject.toml"
            raise ConfigError(f"{label}: [tool.pvt-lint] rules.{ctx.rule.name}.equivalents.{address}: must be a string")
    for entry, source, translation in published(catalog):
        expected: Counter[str] = Counter()
        for target, count in inline_markup(source).targets.items():
            expected[_equivalent(target, equivalents)] += count
        found = inline_markup(translation).targets
        accepted: Counter[str] = Counter()
        for target, count in found.items():
            accepted[target if target in expected else _equivalent(target, equivalents)] += count
        difference = _differences(expected, accepted)
        if difference:
            yield ctx.report(
                entry.msgstr_line, 1, f"links differ from the source: {difference}", context=_short(translation)
            )
            continue
        # The targets match, but a link of the source may have reached the English as text: Markdown
        # read no link where "[text] (url)" has a space or "[text](url" lacks its bracket.
        made = len(inline_markup(source).links), len(inline_markup(translation).links)
        if made[1] < made[0]:
            yield ctx.report(
                entry.msgstr_line,
                1,
                f"the source has {made[0]} link(s), the translation {made[1]}: a link written as text? "
                "Markdown reads [text](url) with no space between ] and ( and with both brackets closed",
                context=_short(translation),
            )
            continue
        source_links = [(text, _equivalent(t, equivalents)) for text, t in inline_markup(source).labelled]
        translated_links = [
            (text, t if t in expected else _equivalent(t, equivalents))
            for text, t in inline_markup(translation).labelled
        ]
        gaps = (inline_markup(source).gaps, inline_markup(translation).gaps)
        problems = list(dict.fromkeys(_pairing_problems(source_links, translated_links, ctx, gaps)))
        if problems:
            yield ctx.report(entry.msgstr_line, 1, "; ".join(problems), context=_short(translation))


LINK_WORDS = Path(__file__).resolve().parent.parent / "data" / "link-words.toml"


def _pairing_problems(source_links, translated_links, ctx, gaps=((), ())):
    """Links of the translation whose text points at another link's target (the targets being the same).

    A translation may reorder its links, so order is not compared. What is:
    a link text kept verbatim (a name, a label) must keep its target; a glossary
    term that one source link and one translated link carry pairs them; and two
    translated links are swapped when a text names the other's target and
    neither names its own, by the words that tell the two addresses apart or a
    name's initials ([Gout](pseudogout.md) and [pseudogout](gout.md)).
    """
    if len(translated_links) < 2:
        return
    verbatim = {_norm(text) for text, _ in source_links} & {_norm(text) for text, _ in translated_links}
    for text in sorted(verbatim):
        before = Counter(t for x, t in source_links if _norm(x) == text)
        after = Counter(t for x, t in translated_links if _norm(x) == text)
        if before != after:
            yield (
                f'the link "{text}" points at {", ".join(sorted(after))} in the translation, '
                f"at {', '.join(sorted(before))} in the source"
            )
    configured = ctx.option("glossary", "")
    terms = load_glossary(Path(ctx.root) / configured if configured else GLOSSARY)
    for term in {t for text, _ in source_links for t in glossary_terms_in(text, terms)}:
        sources = [(x, t) for x, t in source_links if term in glossary_terms_in(x, terms)]
        renderings = [(x, t) for x, t in translated_links if any(p.search(x) for p in term.patterns)]
        if len(sources) == 1 == len(renderings) and sources[0][1] != renderings[0][1]:
            yield (
                f'the link "{renderings[0][0]}" points at {renderings[0][1]}; in the source its text '
                f'"{sources[0][0]}" points at {sources[0][1]}'
            )
    tables = load_word_tables(LINK_WORDS)
    noise = set(table(tables, LINK_WORDS, "target_noise"))
    words = [(_text_words(text, noise), _words(_target_path(t), noise)) for text, t in translated_links]
    # A text that tells which page it opens: kept verbatim, a glossary term, or naming a target's words.
    all_targets = set().union(*(target for _, target in words))
    told = [
        _norm(text) in verbatim
        or any(p.search(text) for term in terms for p in term.patterns)
        or bool(text_words & all_targets)
        for (text, _), (text_words, _) in zip(translated_links, words, strict=True)
    ]
    # Two links coordinated on both sides (AとB → A and B) keep the order of the list; when their
    # targets come in the other order and neither text tells its page, the texts were swapped.
    source_pairs = set(_coordinated(source_links, gaps[0], set(table(tables, LINK_WORDS, "ja_coordination"))))
    english = set(table(tables, LINK_WORDS, "en_coordination"))
    for i, (first, second) in _coordinated_at(translated_links, gaps[1], english):
        if (second[1], first[1]) in source_pairs and (first[1], second[1]) not in source_pairs:
            if not (told[i] or told[i + 1]):
                yield (
                    f'the links "{first[0]}" and "{second[0]}" come in the other order than in the source\'s list: '
                    f'check that "{first[0]}" should open {first[1]} and "{second[0]}" {second[1]}'
                )
    for i, j in combinations(range(len(translated_links)), 2):
        (text_i, target_i), (text_j, target_j) = words[i], words[j]
        if translated_links[i][1] == translated_links[j][1]:
            continue
        # only the words that tell the two targets apart (kidney-tests, liver-tests: kidney, liver)
        target_i, target_j = target_i - target_j, target_j - target_i
        crossed = (text_i & target_j) or (text_j & target_i)
        if crossed and not (text_i & target_i or text_j & target_j):
            (a, ta), (b, tb) = translated_links[i], translated_links[j]
            yield (
                f'the links "{a}" and "{b}" seem to point at each other\'s targets: "{a}" opens {ta}, "{b}" opens {tb}'
            )


def _coordinated_at(links, gaps, coordinators):
    """Consecutive links joined only by a coordinator ("と", "and", ","), with the first one's index."""
    for i, gap in enumerate(gaps[: len(links) - 1]):
        words = [w for w in re.findall(r"[\w/&]+|[,、，・]", gap.casefold()) if w not in ("the", "a", "an")]
        joined = "".join(words) if not re.search(r"[A-Za-z]", gap) else " ".join(words).replace(" ,", ",")
        if joined in coordinators and links[i][1] != links[i + 1][1]:
            yield i, (links[i], links[i + 1])


def _coordinated(links, gaps, coordinators):
    """The (target, target) pairs of consecutive coordinated links, in their order."""
    return [(a[1], b[1]) for _, (a, b) in _coordinated_at(links, gaps, coordinators)]


def _norm(text):
    return " ".join(text.casefold().split())


def _target_path(target):
    """The words of a target that name the page: host, path and anchor, without the scheme."""
    return re.sub(r"^[a-z][a-z0-9+.-]*://", "", target, flags=re.IGNORECASE)


def _text_words(text, noise):
    """The words of a link text, and the initials of its capitalised words (Japan Diabetes Society: jds)."""
    words = _words(text, noise)
    capitals = [w for w in re.findall(r"[A-Za-z]+", text) if w[:1].isupper()]
    if len(capitals) >= 2:
        words.add("".join(w[0] for w in capitals).lower())
    return words


def _words(text, noise):
    """The Latin words of a text or a path, singular, without noise ("kidney-tests.md#egfr" → kidney, test, egfr)."""
    found = set()
    for word in re.findall(r"[a-z0-9]+", text.casefold()):
        word = word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word
        if len(word) >= 3 and word not in noise:
            found.add(word)
    return found


def _equivalent(url, equivalents):
    if url in equivalents:
        return equivalents[url]
    for prefix, replacement in equivalents.items():
        if prefix.endswith("/") and url.startswith(prefix):
            return replacement + url[len(prefix) :]
    return url


# ---------------------------------------------------------------------------
# TRN007: markup


# Inline code whose content is Japanese words (a screen label, `通知`) is text, not code: its
# English is a code span of words (`Notifications`), one for one. Code proper (a command, a file
# name, a value) has no Japanese and is kept verbatim.
_CODE_JAPANESE_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_CODE_WORDS_RE = re.compile(r"[A-Za-z][A-Za-z '’&-]*")


# roles written with an explicit target (text <target>) whose target TRN006 does not compare: a glossary term
_TERM_ROLES = frozenset({"term"})


def _target_role(role):
    """A role whose target TRN007 compares: {term} (TRN006 compares the ref-like roles; {abbr}`eGFR (<60)` and
    {math} take no target, from the second review)."""
    return role.name in _TERM_ROLES


def _role_key(role):
    # Sphinx finds a glossary term whatever its case ({term}`Diabetes` is {term}`diabetes`)
    return f"{{{role.name}}}`<{role.target.lower()}>`"


def _unclosed_target(role):
    """A role whose content opens a target with < and never closes it ({term}`PEM <post-exertional-malaise`)."""
    from ..parsing.catalog import TARGET_ROLES

    content = role.content.rstrip()
    return (
        (role.name in TARGET_ROLES or role.name in _TERM_ROLES)  # not {math}`a < b`, {abbr}`eGFR (<60)`
        and "<" in content
        and not content.endswith(">")
        and content.rfind("<") > content.rfind(">")
    )


def _translated_labels(source: Counter, translation: Counter) -> tuple[Counter, Counter]:
    """The two Counters of code spans without the Japanese labels of the source and as many English
    spans of words of the translation that are not in the source (their translations)."""
    labels = [c for c in (source - translation).elements() if _CODE_JAPANESE_RE.search(c)]
    renderings = [c for c in (translation - source).elements() if _CODE_WORDS_RE.fullmatch(c)]
    paired = min(len(labels), len(renderings))
    return source - Counter(labels[:paired]), translation - Counter(renderings[:paired])


def _fence_shown(fence):
    if fence.name.startswith("code"):
        return (fence.marker + fence.name[len("code") :].strip()).strip()
    return f"{fence.marker}{{{fence.name}}}"


def _fence_problems(source_fences, translated_fences) -> list[str]:
    """How the fences written in a message differ: their directives or code languages, then, fence by fence, the option
    names and the values kept as written: a path argument (figure, include) and every option that is no text the reader
    sees (a class, a name, a width; not alt text or a caption, which are translated and read as prose)."""
    from ..parsing.catalog import ARGUMENT_NOT_SHOWN, TEXT_OPTIONS

    names = _differences(
        Counter(_fence_shown(f) for f in source_fences),
        Counter(_fence_shown(f) for f in translated_fences),
    )
    if names:
        return [f"fences: {names}"]
    problems = []
    for source, translated in zip(source_fences, translated_fences, strict=True):
        if source.closed and not translated.closed:
            problems.append(f"{_fence_shown(source)} is not closed: the rest of the page would fall inside it")
            continue
        if source.has_body and not translated.has_body:
            problems.append(f"{_fence_shown(source)} has lost its body")
        keys = _differences(
            Counter(key for key, _ in source.options), Counter(key for key, _ in translated.options), show=":{}:".format
        )
        if keys:
            problems.append(f"options of {_fence_shown(source)}: {keys}")
            continue
        if source.name in ARGUMENT_NOT_SHOWN and source.argument != translated.argument:
            problems.append(
                f"argument of {_fence_shown(source)} changed: {source.argument!r} → {translated.argument!r}"
            )
        kept = _differences(
            Counter((k, v) for k, v in source.options if k not in TEXT_OPTIONS),
            Counter((k, v) for k, v in translated.options if k not in TEXT_OPTIONS),
            show=lambda kv: f":{kv[0]}: {kv[1]}",
        )
        if kept:
            problems.append(f"option values of {_fence_shown(source)}: {kept}")
    return problems


@rule("TRN007", "markup-parity", target="catalog", severity="error")
def markup_parity(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """The translation must keep the source's inline markup.

    Compared as markdown-it tokens: roles other than citations (by name:
    ``{ref}``, ``{doc}``, ``{abbr}``, ``{sub}`` …), inline code (by content:
    code is not translated; a span of Japanese words, a screen label such as `通知`, is text and
    may be rendered by a span of English words, `Notifications`), ``**strong**`` and ``*emphasis*`` spans, and
    footnote references. A ``**`` or a backtick left as text means a span or a
    role was not closed: the English page would show the raw markup. An emphasis span that is
    exactly a binomial name (``*Culex pipiens*``) whose genus the source does not write is
    English's convention for taxonomic names and is not counted.

    Violation::

        msgid "**抗凝固療法**は{doc}`treatment`で説明します。"
        msgstr "**Anticoagulation is explained in the treatment page."

    Fix: ``msgstr "**Anticoagulation** is explained in {doc}`treatment`."``
    """
    from ..analysis.structure import italic_binomials, placeholders, substitutions
    from ..parsing.catalog import inline_markup

    for entry, source, translation in published(catalog):
        # (thirty-seventh session, from the issue-12 audit) a placeholder is no markup: {year.__class__} read as
        # "**strong** spans"; TRN013 reports the placeholder itself
        if entry.flags:
            for placeholder in set(placeholders(source, tuple(entry.flags))) | set(
                placeholders(translation, tuple(entry.flags))
            ):
                source, translation = source.replace(placeholder, "{}"), translation.replace(placeholder, "{}")
        src, dst = inline_markup(source), inline_markup(translation)
        problems = []
        roles = _differences(
            Counter(f"{{{r.name}}}" for r in src.roles if not r.is_citation),
            Counter(f"{{{r.name}}}" for r in dst.roles if not r.is_citation),
        )
        if roles:
            problems.append(f"roles: {roles}")
        else:
            # (fourteenth session) the explicit target of a role the links do not compare ({term}`PEM <pem>`,
            # TRN006 reads ref-like roles): it must stay as the source writes it, and closed
            # a role written with its target on one side and as the target alone on the other ({term}`diabetes` for
            # {term}`糖尿病 <diabetes>`, {term}`valproate <バルプロ酸>` for {term}`バルプロ酸`) names the same entry
            src_roles = [r for r in src.roles if _target_role(r)]
            dst_roles = [r for r in dst.roles if _target_role(r)]
            src_explicit = {_role_key(r) for r in src_roles if r.has_explicit_target}
            dst_explicit = {_role_key(r) for r in dst_roles if r.has_explicit_target}
            targets = _differences(
                Counter(_role_key(r) for r in src_roles if r.has_explicit_target or _role_key(r) in dst_explicit),
                Counter(_role_key(r) for r in dst_roles if r.has_explicit_target or _role_key(r) in src_explicit),
            )
            if targets:
                problems.append(f"role targets: {targets}")
            open_in_source = {f"{{{r.name}}}" for r in src.roles if _unclosed_target(r)}
            unclosed = [f"{{{r.name}}}" for r in dst.roles if _unclosed_target(r)]
            unclosed = [name for name in unclosed if name not in open_in_source]
            if unclosed:
                problems.append("a role's target left open (< without >): " + " ".join(unclosed))
        problems += _fence_problems(src.fences, dst.fences)
        # (forty-first session) a MyST substitution ({{ clinic_name }}) is replaced by its value when the page is built:
        # its name is kept as written
        flags = tuple(entry.flags)
        renamed = _differences(
            substitutions(source, flags), substitutions(translation, flags), show="{{{{ {} }}}}".format
        )
        if renamed:
            problems.append(f"substitutions: {renamed}")
        code = _differences(*_translated_labels(Counter(src.code), Counter(dst.code)), show=lambda c: f"`{c}`")
        if code:
            problems.append(f"inline code: {code}")
        # a taxonomic name the English sets in italics by convention (*Culex pipiens*) when the source
        # does not write it in Latin letters has no span of the source to answer: it is not counted
        conventional = sum(1 for genus, _ in italic_binomials(translation) if genus not in source)
        for label, a, b, unparsed, left in (
            ("**strong** spans", src.strong, dst.strong, src.plain.count("**") // 2, dst.plain.count("**")),
            (
                "*emphasis* spans",
                src.emphasis,
                dst.emphasis - conventional,
                src.plain.replace("**", "").count("*") // 2,
                dst.plain.replace("**", "").count("*"),
            ),
        ):
            # CommonMark does not close ** beside Japanese punctuation (**注意：**薬 stays as text):
            # a translation that makes the span the source meant keeps its markup, and one that drops
            # it loses the source's emphasis as surely as one that drops a parsed span
            if a != b and not a < b <= a + unparsed:
                problems.append(f"{label}: {a} in the source, {b} in the translation")
            elif a == b and unparsed and not left and label.startswith("**"):  # * is a note mark as often
                problems.append(
                    f"{label}: {a + unparsed} in the source ({unparsed} left as text beside Japanese punctuation), "
                    f"{b} in the translation"
                )
        notes = _differences(Counter(src.footnotes), Counter(dst.footnotes), show=lambda f: f"[^{f}]")
        if notes:
            problems.append(f"footnotes: {notes}")
        stray = sorted(set(dst.stray) - set(src.stray))
        # A marker the parser left as text in both is still a slip when the source's pair up and the
        # translation's do not (**注意:**薬 is a pair CommonMark did not close; "**Note: take" is open).
        stray += [m for m in ("**", "`") if m not in stray and dst.plain.count(m) % 2 and not src.plain.count(m) % 2]
        # (thirty-eighth session, issue 12) a single * left as text is a note mark as often (※ → "*"), but not where the
        # source has no mark of its own: then it is an emphasis begun and not closed, shown raw on the English page
        lone = dst.plain.replace("**", "").count("*")
        if lone and not any(mark in source for mark in ("*", "※", "＊", "✱")) and "*" not in stray:
            stray.append("*")
        if stray:
            problems.append("unclosed markup left as text: " + " ".join(stray))
        if problems:
            yield ctx.report(
                entry.msgstr_line,
                1,
                "markup differs from the source: " + "; ".join(problems),
                context=_short(translation),
            )


# ---------------------------------------------------------------------------
# TRN008: glossary


@rule("TRN008", "glossary-term", target="catalog", severity="warning", options=("glossary",))
def glossary_term(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """A key term of the source is not rendered with its glossary translation.

    lint/data/glossary-ja-en.toml lists the article's key terms and their
    accepted English renderings (門脈血栓症 → portal vein thrombosis or PVT,
    再開通 → recanalization, 抗凝固療法 → anticoagulation / anticoagulant
    therapy …). Consistent terms let readers (and search engines) follow one
    concept through the English edition. Matching is case-insensitive, treats
    hyphens and spaces alike, and accepts plural and possessive endings; a
    longer term hides the shorter ones inside it (直接経口抗凝固薬 is not also
    checked as 抗凝固薬). Where every occurrence of a term heads a longer
    compound the glossary does not list (a noun morpheme right before it:
    下肢静脈瘤, leg varices), the term's ``in-compounds`` renderings are
    accepted too ("varicose veins"): English names some kinds of a thing with
    another word, while the term alone, and the listed compounds (食道静脈瘤),
    keep their own renderings. So does the term alone on a page whose first
    mention of it is such a compound (the page shortens 下肢静脈瘤 to 静脈瘤). A term that modifies a
    longer compound (a noun or a noun suffix right after it: ヘパリン類似物質, ヘパリン様物質) may be
    the stem of one English derived word ("heparinoid"). A different glossary: ``glossary = "path.toml"``
    under [tool.pvt-lint.rules.glossary-term].

    Violation::

        msgid "再開通率は71%でした{cite:p}`loffredo-2017`。"
        msgstr "The vein reopened in 71% {cite:p}`loffredo-2017`."

    Fix: "The recanalization rate was 71% …", or add the rendering to the
    glossary if it is a good one, or suppress with a reason.
    """
    from ..parsing.catalog import inline_markup

    configured = ctx.option("glossary", "")
    terms = load_glossary(Path(ctx.root) / configured if configured else GLOSSARY)
    shortened = _terms_introduced_in_compounds(catalog, terms)
    for entry, source, translation in published(catalog):
        prose = inline_markup(translation).prose
        source_prose = inline_markup(source).prose
        for term, spans in glossary_occurrences(source_prose, terms):
            patterns, renderings = term.patterns, term.en
            if term.compound_patterns and (
                term in shortened or all(_heads_compound(source_prose, span) for span in spans)
            ):
                patterns, renderings = patterns + term.compound_patterns, renderings + term.in_compounds
            if (
                not any(p.search(prose) for p in patterns)
                and not _named_instance(term, source_prose, prose)
                and not _derived_word(term, source_prose, spans, prose)
                and not _combined_word(term, source_prose, spans, prose)
            ):
                yield ctx.report(
                    entry.msgstr_line,
                    1,
                    f"glossary term {term.ja[0]} is not translated as " + " / ".join(f'"{e}"' for e in renderings),
                    context=_short(translation),
                    suggestion=term.en[0],
                )


def _derived_word(term, source, spans, prose):
    """The term modifies a longer compound in the source (ヘパリン|類似物質, a noun right after it) and
    the English writes that compound as one word derived from the term's rendering (heparin|oid
    cream): the rendering starts an English word that goes on (heparinoid, not heparin alone)."""
    if not all(_modifies_compound(source, span) for span in spans):
        return False
    return any(
        re.search(rf"(?<![A-Za-z]){re.escape(rendering)}[a-z]", prose, re.IGNORECASE)
        for rendering in term.en
        if " " not in rendering and len(rendering) >= 4
    )


def _combined_word(term, source, spans, prose):
    """(fiftieth session) The term ends a longer compound in the source (肝|脾腫, a noun right before it) and the
    English writes that compound as one word whose combining form renders the rest (hepato|splenomegaly, 肝 → hepat-
    in lint/data/ja-en-morphemes.toml): the rendering ends an English word after a combining vowel. Four fresh corpora
    each had 肝脾腫 → hepatosplenomegaly flagged as a missing "splenomegaly"."""
    from ..analysis.structure import load_morphemes

    # the English's words that end with a rendering after a combining form, read once (hepato- of hepatosplenomegaly)
    forms = [
        match.group(1).lower()
        for rendering in term.en
        if " " not in rendering and len(rendering) >= 5
        for match in re.finditer(
            rf"(?<![A-Za-z])([A-Za-z]{{3,}}?[aeiouy]){re.escape(rendering)}(?:e?s)?(?![A-Za-z])", prose, re.IGNORECASE
        )
    ]
    if not forms:
        return False
    parts, _ = load_morphemes()
    for span in spans:
        # the morpheme right before the term, rendered by the combining form's root (肝 → hepat-): a compound with
        # another part (巨大脾腫, 肝疾患性脾腫, 胃肝脾腫 → "hepatosplenomegaly" or "gastrosplenomegaly", from two
        # reviews) renders no compound of the source
        before = source[max(0, span[0] - 8) : span[0]]
        roots = [root for key, rs in parts.items() if before.endswith(key) for root in rs if len(root) > 3]
        if not any(form.startswith(root) for form in forms for root in roots):
            return False
    return _all_head_compounds(source, spans)


def _all_head_compounds(source, spans):
    """_heads_compound for every span, the source tokenized once (a long source of many occurrences tokenized a
    prefix for each: 20 s for 10,000 characters, from the final review)."""
    tokens = tokenize(source)
    starts = [t.start for t in tokens]
    for start, _end in spans:
        k = bisect.bisect_left(starts, start) - 1  # the token that ends where the term starts
        if start == 0 or k < 0 or not _compound_part(tokens[k]):
            return False
    return True


def _modifies_compound(source, span):
    """The term at ``span`` is the first part of a longer compound noun: the morpheme right after it is
    a noun or a noun suffix (ヘパリン|類似物質, ヘパリン|様物質: -oid, -like), not a particle or the end."""
    end = span[1]
    for token in tokenize(source):
        if token.start == end:
            return token.pos == "名詞" and token.pos_detail_1 not in ("非自立", "数", "代名詞")
    return False


def _terms_introduced_in_compounds(catalog, terms):
    """The terms (with ``in-compounds`` renderings) whose first occurrence in the catalog heads an
    unlisted compound: a page that opens on 下肢静脈瘤 then shortens it to 静脈瘤, and the
    short form names the same thing."""
    from ..parsing.catalog import inline_markup

    first: dict = {}
    for entry in catalog.entries:
        if entry.obsolete or not entry.msgid:
            continue
        source = inline_markup(entry.msgid).prose
        for term, spans in glossary_occurrences(source, terms):
            if term.compound_patterns and term not in first:
                first[term] = _heads_compound(source, spans[0])
    return {term for term, heads in first.items() if heads}


def _heads_compound(source, span):
    """The term at ``span`` is the last part of a longer compound noun: the morpheme right before
    it is a noun or a prefix (下肢|静脈瘤, 左下|肢|静脈瘤), not a number, pronoun or particle."""
    start = span[0]
    if start == 0:
        return False
    for token in tokenize(source[: span[1]]):
        if token.start < start <= token.end:
            return _compound_part(token)
    return False


def _compound_part(token):
    """The morpheme may go before another in one compound noun: a prefix, or a noun that is no number, pronoun or
    dependent noun (下肢 of 下肢静脈瘤, 肝 of 肝脾腫)."""
    return token.pos == "接頭詞" or token.pos == "名詞" and token.pos_detail_1 not in ("数", "代名詞", "非自立")


_NAME_BEFORE_RE = re.compile("[ァ-ヺー]+(?:[・＝][ァ-ヺー]+)*$")
_CAPITALISED_RE = re.compile(r"\b[A-Z][a-zà-ɏ]+")


def _named_instance(term, source, translation):
    """Every occurrence of the term follows a katakana name that the translation writes in Latin
    letters: ホーエン・ヤール重症度分類 may be "the Hoehn and Yahr scale" or "Hoehn and Yahr stage 3",
    the name standing for the generic term."""
    names = [english_skeleton(w) for w in _CAPITALISED_RE.findall(translation)]
    found = False
    for ja in term.ja:
        for match in re.finditer(re.escape(ja), source):
            before = _NAME_BEFORE_RE.search(source[: match.start()])
            if not before:
                return False
            for part in re.split("[・＝]", before.group()):
                options = katakana_skeletons(part) - {""}
                if not options & set(names):
                    return False
            found = True
    return found


# ---------------------------------------------------------------------------
# TRN009: Japanese left in the English

_JAPANESE_RE = re.compile(
    "[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff01-\uff60\uff61-\uff9f]+"
)


# an element with nothing nested in it (its tag, its attributes, its text); each part read once, so that a hostile
# msgid costs linear time (from the review: a lazy scan of attributes took a minute on 10 kB)
_ELEMENT_RE = re.compile(r"<(?P<tag>[A-Za-z]+)(?P<attributes>\s[^<>]*)?>[^<]*</(?P=tag)\s*>")
# the lang attribute itself (not data-lang, xml:lang, nor a value that mentions lang=ja), its value ja or ja-JP
_LANG_JA_RE = re.compile(r"""(?:^|\s)lang\s*=\s*(?:"ja(?:-jp)?"|'ja(?:-jp)?'|ja(?:-jp)?(?![^\s>]))""", re.IGNORECASE)


def _japanese_elements(source: str) -> list[str]:
    """The elements of the source marked lang="ja" with only text in them, as the source writes them."""
    if "lang" not in source:
        return []
    return [m.group() for m in _ELEMENT_RE.finditer(source) if _LANG_JA_RE.search(m.group("attributes") or "")]


@rule("TRN009", "japanese-left-in-translation", target="catalog", severity="error", options=("allow",))
def japanese_left(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """Kana, kanji or Japanese punctuation in an English translation.

    Usually a sentence left untranslated inside a translated paragraph, or
    Japanese punctuation (、。「」（）：) typed in the English. Checked: the
    prose of the msgstr and the titles of its roles (citation keys, URLs and
    code are not prose; nor is an HTML element marked ``lang="ja"`` that the
    translation keeps exactly as the source writes it). When the English deliberately gives a Japanese name
    (the official name of a programme, for instance), list it under
    [tool.pvt-lint.rules.japanese-left-in-translation] ``allow = ["指定難病"]``
    or suppress the entry: ``# lint: ignore[TRN009] reason``.

    Violation::

        msgstr "It is a designated intractable disease（指定難病）。"

    Fix: ``msgstr "It is a designated intractable disease (shitei nanbyō)."``
    """
    from ..analysis.structure import field_name, placeholders
    from ..parsing.catalog import inline_markup

    if catalog.language.lower().startswith("ja"):
        return
    allowed = sorted((a for a in ctx.option("allow", []) or [] if isinstance(a, str) and a), key=len, reverse=True)
    for entry, source, translation in published(catalog):
        # (fifty-third session) an element the source marks as Japanese (<span lang="ja">漢方薬</span>), kept exactly as
        # the source writes it, is Japanese on purpose, for screen readers and fonts; any other Japanese is read (from the
        # review: Japanese put inside the element, a lang="en" turned "ja", data-lang="ja" were let through)
        kept = translation
        for element in _japanese_elements(source):
            kept = kept.replace(element, " ")
        prose = inline_markup(kept).prose
        for text in allowed:
            prose = prose.replace(text, " ")
        # (fiftieth session) a placeholder of the source keeps its name, Japanese or not ("News from {病院名}"); Japanese
        # in its format spec is shown to the English reader ({date:%Y年%m月%d日}, from the review) and stays a finding
        for placeholder in placeholders(source, tuple(entry.flags)):
            name = field_name(placeholder[1:-1]) if placeholder.startswith("{") else ""
            prose = prose.replace(placeholder, "{" + " " * len(name) + placeholder[1 + len(name) :])
        runs = _JAPANESE_RE.findall(prose)
        if runs:
            line, column = locate(catalog, entry, runs[0])
            shown = ", ".join(f'"{r}"' for r in runs[:5]) + (" …" if len(runs) > 5 else "")
            yield ctx.report(
                line, column, f"Japanese text left in the translation: {shown}", context=_short(translation)
            )


# ---------------------------------------------------------------------------
# TRN010: catalogs without a page


@rule("TRN010", "orphan-catalog", target="catalog", severity="warning", options=("docs", "extension-catalogs"))
def orphan_catalog(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """A catalog whose page no longer exists in docs/.

    ``sphinx-build -b gettext`` + the merge create ``<page>.po`` for each page
    but never delete catalogs: after a page is renamed, its translations stay
    in the old catalog and the new page starts untranslated. Rename the catalog
    with the page, before or after ``nox -s update-po``::

        python -m lint.catalog_tools rename basics-old basics

    (it moves, or merges into an already created new catalog, keeping every
    translation). Delete the catalog if the page was deleted. An extension's
    own catalog is not a page's: pvt_site.po (there is a docs/_ext/pvt_site.py)
    and the names listed in [tool.pvt-lint.rules.orphan-catalog]
    ``extension-catalogs`` (default ``["sphinx"]``). The pages are looked for
    in ``docs/`` beside the catalog's ``locale/`` directory (``docs = "..."`` in
    that table names another directory).
    """
    project = _catalog_project(catalog)
    if project is None:
        return
    docs_name = _docs_folder(ctx, project)
    docs = project / docs_name
    if not docs.is_dir() or _is_extension_catalog(catalog, docs, ctx):
        return
    if any((docs / (catalog.page + suffix)).is_file() for suffix in PAGE_SUFFIXES):
        return
    renamed = _renamed_to(catalog, docs)
    if renamed:
        # (thirty-seventh session, from the issue-12 audit) the page was renamed and update-po gave the new name an
        # empty catalog: the English edition shows the page in Japanese (the build stops on it), so this is an error
        new, count = renamed
        finding = ctx.report(
            catalog.header_line or 1,
            1,
            f"no page {docs_name}/{catalog.page}.md for this catalog, and {count} untranslated message(s) of "
            f"{new}.po are translated here: the page was renamed. Move the translations: python -m "
            f"lint.catalog_tools rename {catalog.page} {new} (until then the English edition shows {new} in Japanese)",
        )
        yield dataclasses.replace(finding, severity=ERROR)
        return
    yield ctx.report(
        catalog.header_line or 1,
        1,
        f"no page {docs_name}/{catalog.page}.md for this catalog: rename the catalog with the page "
        "(python -m lint.catalog_tools rename OLD NEW) or delete it",
    )


def _renamed_to(catalog: Catalog, docs: Path) -> tuple[str, int] | None:
    """(page, count): the catalog beside this one, of an existing page, whose untranslated messages this orphan
    translates (at least half of them), with their count; None when there is none."""
    from ..parsing.catalog import load_catalog

    translated = {(e.msgctxt, e.msgid) for e in catalog.entries if e.translated}
    if not translated:
        return None
    best = None
    # (from the review) a deleted page's catalog shares a few headings (概要, 参考文献) with a new page: a rename is when
    # the new catalog's messages are mostly the orphan's, at least half of all of them and three at least
    for path in sorted(Path(catalog.path).parent.glob("*.po")):
        if path.stem == catalog.page or not any((docs / (path.stem + s)).is_file() for s in PAGE_SUFFIXES):
            continue
        try:
            other = load_catalog(path)
        except (LintInputError, OSError, ValueError):
            continue  # its own run reports it
        current = {(e.msgctxt, e.msgid) for e in other.entries if e.msgid and not e.obsolete}
        waiting = {(e.msgctxt, e.msgid) for e in other.entries if e.msgid and not e.translated and not e.obsolete}
        found = len(waiting & translated)
        shared = len(current & translated)
        if (
            found
            and shared * 2 >= len(current)
            and shared >= min(3, len(current))
            and (best is None or found > best[1])
        ):
            best = (path.stem, found)
    return best


def _catalog_project(catalog: Catalog) -> Path | None:
    """The project a catalog belongs to (<project>/locale/<lang>/LC_MESSAGES/<page>.po), or None for a catalog
    elsewhere. Shown paths are relative to the current folder."""
    path = Path(catalog.path)
    parts = (path if path.is_absolute() else Path.cwd() / path).parts
    if "LC_MESSAGES" not in parts or parts.index("LC_MESSAGES") < 3:
        return None
    return Path(*parts[: parts.index("LC_MESSAGES") - 2])


def _is_extension_catalog(catalog, docs, ctx):
    """An extension's own catalog (pvt_site.po for docs/_ext/pvt_site.py; Sphinx's sphinx.po), not a page's."""
    names = ctx.option("extension-catalogs", ["sphinx"]) or []
    if catalog.page in names:
        return True
    if any(Path(name).suffix in PAGE_SUFFIXES for entry in catalog.entries for name, _ in entry.occurrences):
        return False  # the gettext builder's locations point at pages
    module = catalog.page.rsplit("/", 1)[-1] + ".py"
    return any(docs.rglob(module))


# ---------------------------------------------------------------------------
# TRN011: negation


# the markers of a list item: ASCII ones need a space after them (3.5mg, -5℃ open no item), Japanese ones do not
_ASCII_LIST_MARKER = r"(?:[-*+]|\d+[.)])"
_JAPANESE_LIST_MARKER = r"(?:[・•]|\d+[．）]|[①-⑳])"
# a list or quote marker opening a line
_LIST_ITEM_RE = re.compile(rf"^\s*(?:(?:{_ASCII_LIST_MARKER}|>)(?:\s+|$)|{_JAPANESE_LIST_MARKER}\s*)")
_UNIT_END_RE = re.compile(r"[。！？!?：:」』）)]\s*$")


def _aligned_lines(source: str, translation: str) -> list[tuple[str, str]]:
    """The lines of a message of several lines, paired with the translation's, when each Japanese line is a unit of
    its own (a list item, a line that ends a sentence, a title before a blank line) and both sides have as many lines;
    else nothing (a paragraph wrapped across lines is compared whole)."""
    raw = source.split("\n")
    units = []
    for index, line in enumerate(raw):
        if not line.strip():
            continue
        last = index + 1 >= len(raw) or not raw[index + 1].strip()
        if not (_LIST_ITEM_RE.match(line) or _UNIT_END_RE.search(line) or last or _ends_in_a_noun(line)):
            return []
        units.append(_LIST_ITEM_RE.sub("", line.strip(), count=1))
    english = [_LIST_ITEM_RE.sub("", line.strip(), count=1) for line in translation.split("\n") if line.strip()]
    if len(units) < 2 or len(units) != len(english):
        return []
    return list(zip(units, english, strict=True))


def _ends_in_a_noun(line: str) -> bool:
    """A line that ends in a noun is a title or a label (ご注意, お願い), not a sentence wrapped after a particle (肝臓に)."""
    from ..japanese.tokenizer import tokenize

    tokens = [t for t in tokenize(line.strip()) if t.pos != "記号"]
    return bool(tokens) and tokens[-1].pos == "名詞"


@rule("TRN011", "negation-parity", target="catalog", severity="error")
def negation_parity(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """A negation of the source must be a negation in the translation, and the reverse.

    A dropped "not" turns a warning into advice ("大出血の有意な増加は示されません
    でした" → "showed a significant increase in major bleeding"). The Japanese is
    read on the tokenizer: ない, ません, ず, なし, or a negating prefix 不/非/無/未 on
    the final predicate (不要です, 無効でした). The English: not, n't, no, never,
    none, neither, nor, without, cannot, or a negating prefix on the predicate
    ("is unnecessary", "were unable"). Look-alikes that are affirmative
    (なければなりません, かもしれません, 少なくない, しかない, 非常に, 無料, "not
    only") are not negations; faithful renderings of a negation without "not"
    (avoid, refrain, fail to, lack, hardly, rarely, -less; 避ける, 控える) satisfy
    either side. A negation that closes a condition or purpose clause (出なければ,
    飲まないと、, 忘れないように, ならないうちに) or stands inside a condition
    (歩けない場合は, 力が入らない症状がある場合は; also as a member of a list closed by
    など: 話せない、唇が紫色になっている、などの場合は), a negation under another
    (かからないわけではない, ないとは限らない: "not necessarily"), and a noun with a negating prefix
    used as a state or manner (無症状のまま) are not checked as polarity: their faithful
    English is as often positive ("if it is tolerated", "to remember", "silently") as
    negated, so they answer an English "not" without demanding one. A prefixed noun
    naming people (非喫煙者, 無症状の方) is checked: a group's complement has no positive
    English ("non-smokers", "people without symptoms"). A negation rendered by a positive
    word of its kind is answered by that word and by nothing else (珍しくない by "common",
    ほとんどない by "little", 下回らない by "or above", 飲みすぎない by "in moderation", 不十分 by
    "poorly", 慌てずに by "stay calm"; "not enough" for 不足, "without stopping" for 継続:
    ``[[answered]]``); English "too … to" ("too short of breath to talk") renders a negation,
    "a few" does not ("within a few minutes"), and "stop" renders none where the source has a
    verb of ceasing (やめる, 治まる: "stop within minutes"); a request to refrain by a verb
    (控えてください, not the noun 痛み止め) or a word that forbids (禁物, 厳禁) answers an English
    negated imperative, also after a fronted phrase or a conjunction ("For a week, do not drive",
    ", so do not assume …"), and an English negated comparison ("no more than") renders a bound
    of the source (以内). When the English has no outright negation, its negation-like words
    render Japanese words of their kind first (不足 → "lack", 非感染性 → "noninfectious"): a
    negated predicate left over is a dropped negation (非感染性なので…うつりません →
    "noninfectious, so it can be passed on"). An English word negated by its form (un- or in-
    before a common word, -less, -free, non-: "almost invisible", "unsure", "painless") is a weaker
    negation: it answers a Japanese one (ほとんど見えません → "almost invisible"), but it is alone the
    evidence of an added negation only when the source has no word of difficulty or doubt
    (うつりにくい → "unlikely to spread", 迷うとき → "if you are unsure"); a word of lack (painless)
    renders a negation of the source before an outright "not" does (痛みを伴わないことが多く、…止まって
    しまうこともあります → "often painless, and it may not stop" adds a negation). A negated motion is
    answered by the state it keeps (動かさない → "keep … still"), and so is a negated verb paired in
    ``[[kept_state]]`` with the state its event ends (肌を出さない → "keep … covered", 共有しない →
    "keep … to yourself", 横にならず → "stay upright"; the reverse state stays a finding), a negated strain by "take it easy",
    and "out of" renders a place outside (手の届かないところ → "out of the reach of children"), not a
    proportion ("one out of ten"). A prefixed noun as what a clause says (無症状のことが多い) is a
    predicate and must keep its negation. An exclusion negated (〜以外は使わない) is a restrictive
    focus like 〜しか〜ない ("use only …"), a negated purpose (乾燥しないよう) is answered by "keep/prevent
    … from", and "without delay" renders an adverb of promptness (ためらわずに), which is no negation
    on either side. A litotes of frequency (少なくありません, 珍しくない: "often") rendered by a word of
    rarity (seldom, rare) with no word of frequency is reported as a reversed polarity.
    A negated event may be rendered by its aspect: by a verb of continuity for the state before it
    (塞がらないように → "keep your airway open", 止まらない → "continues"; not of a place, "stay
    within", and not when the source has its own word of continuity, 続ける), by a comparative of
    less for a negation becoming (目立たなくなる → "less noticeable"), by "before" for an adverbial
    〜ずに (間に合わずに → "before you can get there"). An English negation may render a Japanese
    word of its kind: a difficulty a negated ability (完治は難しい → "cannot be cured"), a decline a negated
    manner of working (働きが低下した → "not working well"), a remainder a partial negation (残便感 → "have not completely emptied"), an exclusion a negated word of
    inclusion (食事以外で → "not counting food"); a word of not being affected (drug-resistant,
    waterproof) renders a negation as un- words do. Conditions coordinated by 場合や are conditions. An English negation inside a conditional clause
    ("if you have no symptoms") renders the source's negated condition (症状がなければ), not a negated main
    predicate: 治療は不要です → "you need treatment if you have no symptoms" is a dropped negation.
    The words are data: lint/data/negation.toml. The whole entry is
    compared first; then, when msgid and msgstr have as many sentences (two or
    more), each Japanese sentence with the English sentence in its place: a
    negated main predicate must keep a negation, and an English negated
    predicate needs some negation in its Japanese sentence. So a negation that
    moved from one sentence to another is found although each side has one.
    When the Japanese negates two or more predicates (outside conditions and
    relative clauses before a content noun; an adverbial なく or ず before a noun, 指示なく服用を, is no
    relative clause), the English needs as many negations or negation-rendering words, a "stop" that
    renders a verb of ceasing not counted: one "not" for two is a dropped negation. An English
    double negation ("do not get better without surgery") for a sentence whose Japanese main
    predicate is affirmative (手術をしなくてもよくなります) has a negation more than the source: the
    "without" renders しなくても, the "not" is added. So has, in a one-sentence entry whose main
    predicate is affirmative, an English with more outright negations than the Japanese has
    negations of any kind (症状がなく…見つかります → "cause no symptoms and are not found").
    Whether a negation was dropped or added is decided by an account of both sides
    (lint/analysis/negation_account.py): words that negate by their meaning are counted by kind
    (lack, cessation, avoidance, omission, loss, prevention, denial, difficulty, rarity:
    ``[[lexical_negation]]``), a word of one kind renders one of the same kind on the other side
    (飲み忘れる → "missing doses"; 見えにくさ → "trouble seeing", leaving 訴えない unrendered), a word of
    lack or denial answers an outright "no"/"not" (乏しい, 否定されている), a negated negative noun is
    affirmative (ゼロではない → "possible"), and a negated relative clause on a noun is free when it
    is a pro-form (そうでない人 → "others") or when a bilingual lexicon built from the project's own
    catalogs (lint/data/ja-en-lexicon.toml) knows its words and finds none of them in the English
    (症状がない時期 → "when you feel well"); word for word ("people with symptoms") it must keep
    its negation.
    Three constructions carry a negation in another form, read from their structure: a negated
    condition (〜ない限り, 〜なければ) under a negated main predicate is a restriction, which "only" renders
    with no "not" (指示がない限り使わないでください → "use it only if your doctor tells you to"); "unless"
    is "if not" and renders the condition only, so "take it unless your doctor says otherwise" is still
    reported. A negated causative of a state keeps the antonym state (乾燥させない → "keep … moist",
    冷やさない → "keep … warm": ``[[kept_state]]``), and "keep … <the state the event brings>" ("keep the
    wound dry" for 乾燥させない) is reported as a reversed state, even inside a purpose clause whose
    negation is otherwise free. A negated purpose 〜ないよう(に) is rendered by a verb of avoidance or
    prevention ("to avoid falls", "keep … from"), or by the state it keeps; a purpose left out
    altogether stays a finding. An English double negation ("never … without first telling") for a
    source with no negation says an affirmative requirement (必ず伝えてください) and adds nothing.
    When the counts agree, the instruction itself is compared clause by clause
    (lint/analysis/instruction_polarity.py): a negation moved from a purpose to the main clause keeps the
    count (転ばないように、手すりにつかまって歩いてください → "To prevent falls, do not hold on to the
    handrail"), and a verb of refraining dropped beside a purpose of prevention has no negation to count
    (暑い日の外出は控えましょう → "To prevent heatstroke, go out on hot days"). A Japanese request or
    suggestion asks for an act (the content words after its last subordinate marker: ように, ため, ずに,
    まま, 場合, たら, 、 …) with a polarity: the main predicate's negation, reversed by a verb of refraining,
    stopping or omitting as its head (控える, 避ける, やめる, 中止, 忘れる, 抜く; 欠かさずに is "without
    fail"); a chain in て after such a verb asks for two acts (服用を中止して受診して). Each English main
    clause (a fronted clause up to its comma and every clause after a subordinator cut; a list after a
    comma goes on in the clause it opened) has a polarity: a negation, reversed by a verb of refraining
    (avoid, stop, skip, forget, hesitate, limit, stay away from). They are compared only when the clause
    renders the act, one of its words being a gloss of one of the act's words in JMdict (the package
    jamdict-data), and reported only when every clause that renders the act says the other polarity.
    Paraphrases that render no act word (濡らさないで → "keep it dry"), and restrictions, bounds and kept
    states on either side (だけ, 以外, 減らす, 防ぐ, 超えて; only, less, no more than, "keep … dry", "slowly, not
    suddenly"), are not compared; what follows "instead of" or "rather than" is an alternative refused.

    Violation::

        msgid "大出血の有意な増加は示されませんでした。"
        msgstr "The trial showed a significant increase in major bleeding."

    Fix: ``msgstr "The trial showed no significant increase in major bleeding."``
    """
    from ..analysis.instruction_polarity import reversed_instructions
    from ..analysis.negation import negation_mismatch, sentence_negation_mismatches
    from ..analysis.structure import split_english_sentences
    from ..parsing.catalog import inline_markup

    if catalog.language.lower().startswith("ja"):
        return
    for entry, source, translation in published(catalog):
        src, dst = inline_markup(source), inline_markup(translation)
        if not _JAPANESE_RE.search(src.prose):
            continue
        lines = _aligned_lines(src.prose, dst.prose)
        if lines:
            # (forty-first session) list items and title lines are units of their own: each is compared with its line
            for number, (japanese, english) in enumerate(lines, start=1):
                if not _JAPANESE_RE.search(japanese):
                    continue
                problem = negation_mismatch(japanese, english)
                problems = [problem] if problem else [p for _, p in reversed_instructions(japanese, english)][:1]
                for problem in problems:
                    yield ctx.report(
                        entry.msgstr_line, 1, f"line {number} of {len(lines)}: {problem}", context=_short(english)
                    )
            continue
        problem = negation_mismatch(src.prose, dst.prose)
        if problem:
            yield ctx.report(entry.msgstr_line, 1, problem, context=_short(translation))
            continue
        sentences = split_english_sentences(dst.plain)
        # the counts of negations agree: the instruction is compared clause by clause (a negation moved from the
        # purpose to the main clause keeps the count: instruction_polarity)
        counted = sentence_negation_mismatches(src.plain, dst.plain)
        reported = {number for number, _ in counted}
        found = counted + [(n, p) for n, p in reversed_instructions(src.plain, dst.plain) if n not in reported]
        for number, problem in sorted(found):
            where = f"sentence {number} of {len(sentences)}: " if len(sentences) > 1 else ""
            yield ctx.report(entry.msgstr_line, 1, f"{where}{problem}", context=_short(sentences[number - 1]))


# ---------------------------------------------------------------------------
# TRN012–TRN015: structure, placeholders, whitespace, sentences


@rule("TRN012", "structure-parity", target="catalog", severity="error")
def structure_parity(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """The translation must keep the source's block structure and its HTML, adding none.

    Sphinx parses each msgstr again as Markdown and uses it only when it is the
    same kind of block as the source. A list marker (``- ``, ``1. ``), a heading
    marker (``# ``), a fence or a blank line that the msgid does not have makes
    the translation a different block: Sphinx drops it without a warning and the
    English page shows the Japanese. Whatever the marker, the msgstr and the msgid
    are parsed as MyST parses a page and their blocks compared: a line of ``=``
    under the text makes a heading, a line that starts with ``%`` a comment
    whose text the page drops, ``[1]: https://…`` a link definition (no block). HTML in a msgstr that the msgid does not
    have is an error too: it is raw HTML on the page (markup belongs in the
    Japanese source, and a translator's ``<img onerror=…>`` is an injection); HTML
    of the msgid that the msgstr drops (``<br>``, ``<sup>``, ``&nbsp;``) is lost from
    the English page, except ruby (``<ruby>``, ``<rt>``, ``<rp>``), a reading over kanji that English drops with them. Tags are compared through ``html.parser`` by name and attributes
    (an attribute added or dropped, such as a handler, is HTML not in the source; values
    are compared for class, id and style only: alt and title are translated, a src, href or
    lang may be localised), character
    references by the character they denote (``&nbsp;`` may be written ``&#160;``);
    a reference without its semicolon (``&amp`` before a space) is an error. An
    unescaped ``|`` outside code added to a message is a table cell separator: the
    message may be a cell's text, and the pipe makes another column.

    Violation::

        msgid "水分をこまめにとりましょう。"
        msgstr "- Drink fluids often."

    Fix: ``msgstr "Drink fluids often."``
    """
    from ..analysis.structure import block_difference, block_parts, blocks, html_tags, references

    for entry, source, translation in published(catalog):
        problems = []
        added = blocks(translation) - blocks(source)
        if added:
            problems.append(
                "the translation adds "
                + ", ".join(_counted(added, str))
                + ": it is no longer the same block, and Sphinx would show the Japanese"
            )
        elif difference := block_difference(source, translation):
            # (thirty-sixth session) whatever the marker: MyST's own parse, as Sphinx's of the msgstr
            problems.append(f"{difference}. Sphinx would show the Japanese or drop part of the English")
        else:
            # (forty-first session) the same kind of block with fewer items or cells: two list items merged into one,
            # a table row with a cell less
            fewer = block_parts(source) - block_parts(translation)
            if fewer:
                problems.append(
                    "the translation has "
                    + ", ".join(f"{n} fewer {part}" for part, n in sorted(fewer.items()))
                    + " than the source: are items or cells merged or dropped?"
                )
        html = _differences(_ruby_dropped(html_tags(source), html_tags(translation)), html_tags(translation))
        if html:
            problems.append(f"HTML differs from the source: {html}")
        broken = Counter(references(translation)[1]) - Counter(references(source)[1])
        if broken:
            problems.append(
                "a character reference without its semicolon: "
                + " ".join(sorted(broken))
                + " (the page may show it as written; write it with ';', as &amp;)"
            )
        if problems:
            yield ctx.report(entry.msgstr_line, 1, "; ".join(problems), context=_short(translation))


@rule("TRN013", "placeholder-parity", target="catalog", severity="error")
def placeholder_parity(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """The translation must keep the source's format placeholders, and format.

    The extensions' catalog (pvt_site.po) fills ``{year}``, ``{0}`` or ``%s``
    at build time: a placeholder translated ("(year)"), dropped or misspelled
    (``{yaer}`` raises KeyError in the build) breaks the page. Compared as
    multisets for entries flagged ``python-brace-format``, ``python-format`` or
    ``c-format`` (``%1$s`` too; and ``{name}`` written in any msgid, and a percent
    placeholder written in a msgid no format flag describes, %s or %(name)s, as Babel's
    extractor and xgettext mark it: ``format_flags``), so that a
    ``%d`` turned into ``%s`` is a changed placeholder; a named or numbered field
    (``{drug}``, ``{0}``, ``%(name)s``) may be used fewer times (once at least), since
    the translation may say a name once where the source says it twice; then the translation is
    formatted with the source's names, as the build will (a format read from the placeholders
    alone, only for an entry no page gave: Sphinx formats no page's text).

    Violation::

        #, python-brace-format
        msgid "© {year} 著者"
        msgstr "© (year) The authors"

    Fix: ``msgstr "© {year} The authors"``
    """
    from ..analysis.structure import (
        BRACE_FLAG,
        INFERRED_PERCENT_FLAG,
        PERCENT_FLAG,
        format_flags,
        format_problem,
        placeholders,
    )

    for entry, source, translation in published(catalog):
        flags = format_flags(source, tuple(entry.flags))
        wanted = placeholders(source, flags)
        on_a_page = any(Path(name).suffix in PAGE_SUFFIXES for name, _ in entry.occurrences)
        # (thirty-eighth session, from an audit of issue 12) the build formats the furniture's strings (pvt_site.po)
        # whatever their flags: an entry no page's text gave (no location in a page) that writes a {field} is a
        # python-brace-format string, validated as the build will use it (" ({year})}" passed the lint, failed the build)
        if BRACE_FLAG not in flags and any(p.startswith("{") for p in wanted) and not on_a_page:
            flags = (*flags, BRACE_FLAG)
        # (fifty-sixth session) a percent format read from the source's placeholders (format_flags) is compared by its
        # placeholders; the translation is formatted as python-format only where the build formats it, off the pages
        # (Sphinx formats no page's text: 日付は%Y-%m-%dの形式で, from the review)
        formatted = flags if on_a_page else tuple(PERCENT_FLAG if f == INFERRED_PERCENT_FLAG else f for f in flags)
        if entry.plural and translation == entry.msgstr_plural.get(0) and len(entry.msgstr_plural) > 1:
            # (thirty-seventh session, from the issue-12 audit) the singular form may leave out a named count ("one
            # result" for {n}件), as msgfmt allows: the other forms must keep it
            others = [t for k, t in entry.msgstr_plural.items() if k]
            wanted -= Counter(
                {
                    p: n
                    for p, n in wanted.items()
                    if _count_placeholder(p) and p not in translation and all(p in t for t in others)
                }
            )
        given = _dates_alike(placeholders(translation, flags))
        difference = _differences(_named_fewer(_dates_alike(wanted), given, source), given)
        problem = format_problem(source, translation, formatted)
        message = "; ".join(
            p for p in (f"placeholders differ from the source: {difference}" if difference else "", problem) if p
        )
        if message:
            yield ctx.report(entry.msgstr_line, 1, message, context=_short(translation))


# ruby's tags, with their attributes (<ruby class="r">) and its inner elements (<rb>, <rtc>; from the final review)
_RUBY_TAG_RE = re.compile(r"</?(?:ruby|rb|rt|rtc|rp)(?=[\s>/])", re.IGNORECASE)


def _ruby_dropped(source: Counter, translation: Counter) -> Counter:
    """(fifty-third session) The source's tags without its ruby when the translation has none: a reading given over
    kanji (<ruby>咳嗽<rt>がいそう</rt></ruby>) helps a Japanese reader only, and English drops it with the kanji
    (translation-blind84). Ruby the translation adds, or keeps in part, is still compared."""
    if any(_RUBY_TAG_RE.match(tag) for tag in translation):
        return source
    return Counter({tag: n for tag, n in source.items() if not _RUBY_TAG_RE.match(tag)})


def _dates_alike(found: Counter) -> Counter:
    """The placeholders with a date's format written alike: the format of a date is the translator's to localise
    ({date:%Y年%m月%d日} → {date:%B %d, %Y}); format_problem still reads it (from the final review)."""
    from ..analysis.structure import STRFTIME_RE

    alike: Counter[str] = Counter()
    for placeholder, count in found.items():
        name, colon, spec = placeholder[1:-1].partition(":")
        dated = placeholder.startswith("{") and colon and STRFTIME_RE.search(spec)
        alike["{" + name + ":<date>}" if dated else placeholder] += count
    return alike


def _named_fewer(source: Counter, translation: Counter, text: str = "") -> Counter:
    """(fifty-third session) The source's fields, a named or numbered one ({drug}, {0}, %(name)s) wanted only as often
    as the translation uses it, once at least: the translator may say a name once where the source says it twice
    ({drug}を服用中の方は、{drug}の名前を → "If you are taking {drug}, tell your doctor its name"; translation-blind84),
    and the build fills every use alike. More uses than the source's ("at {time} {time}") are still reported, and a
    field taken in turn (%s, %d, {}) keeps its count: each takes the next argument; so does a field written inside an
    HTML tag of the source (data-drug="{drug}"), whose values TRN012 does not compare (from the review). ``text``: the
    source."""
    in_tags = {p for p in source if "<" in text and re.search(r"<[^<>]*" + re.escape(p), text)}
    return Counter(
        {
            p: (min(n, translation[p]) if translation[p] and _NAMED_FIELD_RE.fullmatch(p) and p not in in_tags else n)
            for p, n in source.items()
        }
    )


# a named or numbered field ({drug}, {0}, {病院名}, %(name)s, %1$s); not {} nor %s, taken in turn
_NAMED_FIELD_RE = re.compile(r"\{[^{}\s:!.\[][^{}]*\}|%\([^)]+\).+|%\d+\$.+")


def _count_placeholder(placeholder: str) -> bool:
    """The count of a plural entry by its name ({n}, {count}, %(num)d, %(total)i), which the singular form may leave
    unused; (from the review) not any named field: "one result" for {name}の{n}件 drops the name."""
    match = re.fullmatch(r"\{(?P<brace>[A-Za-z_]\w*)\}|%\((?P<percent>[^)]+)\)(?P<kind>\w)", placeholder)
    if not match:
        return False
    name = match.group("brace") or match.group("percent")
    return name.lower() in _COUNT_NAMES or (match.group("kind") or "") in ("d", "i") and not match.group("brace")


_COUNT_NAMES = frozenset({"n", "num", "number", "count", "cnt", "total", "amount", "qty", "quantity", "counts"})


@rule("TRN014", "whitespace-and-doubled-words", target="catalog", severity="error")
def whitespace_and_doubled_words(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """No word twice in a row ("the the"), and the source's leading and trailing whitespace.

    A doubled word is a typing slip the reader sees. Leading or trailing
    whitespace that the msgid does not have (or a missing one that it has)
    changes how the text joins its neighbours in labels and lists (a fragment
    ending in 、 may end in a space before a link; a sentence ending in 。 may
    not); two spaces in a row are a slip too, and so is an invisible character the msgid does not have (a
    zero-width space, a soft hyphen: it splits a word for search, spelling and screen readers), and so is no space
    after a full stop between sentences
    (transplant.Call; not an abbreviation such as U.S., a decimal, a domain, a file name or code).
    "had had" and "that that" are English and allowed, and so is a word before a hyphenated compound that
    starts with it ("take part in in-person training"), and so is a name the source doubles too (Bora Bora for
    ボラボラ島, a proper noun or before a suffix of place, or a name doubled in Latin letters; both words
    capitalised). A mimetic word (イライラ) names nothing: "With With" for イライラへの対処法 stays a finding.

    Violation::

        msgstr "Your doctor decides the the dose."

    Fix: ``msgstr "Your doctor decides the dose."``
    """
    from ..analysis.structure import doubled_words, whitespace_problems
    from ..parsing.catalog import inline_markup

    for entry, source, translation in published(catalog):
        doubled = doubled_words(inline_markup(translation).prose, inline_markup(source).prose, translation)
        if doubled:
            yield ctx.report(
                *locate(catalog, entry, doubled[0]), f'doubled word: "{doubled[0]}"', context=_short(translation)
            )
        for problem in whitespace_problems(source, translation):
            yield ctx.report(entry.msgstr_line, 1, problem, context=repr(translation[:80]))


# The shortest English, per Japanese character, that two cited sentences joined into one may have
# (a compact merge: "A {cite} and B {cite} are both known to …").
_MERGED_MIN_RATIO = 1.5


_LIST_ITEM_LINE_RE = re.compile(
    rf"^[ \t]*(?:{_ASCII_LIST_MARKER}[ \t]+|{_JAPANESE_LIST_MARKER}[ \t]*)\S.*$", re.MULTILINE
)


def _without_matching_list_items(source: str, translation: str) -> tuple[str, str]:
    """(forty-first session) Both sides without their list items when they have as many: an item is a unit of the list
    (TRN012 keeps the list's structure), not a sentence to count ("次の方は接種できません。\n- 発熱がある方" → "The vaccine
    cannot be given to:\n- People with a fever": one sentence and one item on each side)."""
    from ..analysis.structure import english_sentences, japanese_sentences

    items = _LIST_ITEM_LINE_RE.findall(source), _LIST_ITEM_LINE_RE.findall(translation)
    if not items[0] or len(items[0]) != len(items[1]):
        return source, translation
    # only items of one sentence each (a sentence dropped inside an item is still counted), and never all the prose of
    # one side (the sentence before a list left out)
    if any(japanese_sentences(item) > 1 for item in items[0]) or any(english_sentences(item) > 1 for item in items[1]):
        return source, translation
    rest = _LIST_ITEM_LINE_RE.sub("", source), _LIST_ITEM_LINE_RE.sub("", translation)
    if bool(rest[0].strip()) != bool(rest[1].strip()):
        return source, translation
    return rest


@rule("TRN015", "sentence-count", target="catalog", severity="error", options=("min-ratio", "min-ratio-unjoined"))
def sentence_count(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """The translation has fewer sentences than the source and is short for it: a dropped sentence?

    Japanese sentences end in 。！？; English ones at . ! ? before a capital
    (abbreviations such as e.g., Dr., No. do not end one). A translator may join
    sentences, so fewer sentences are reported only when the English is also
    short (under ``min-ratio`` = 2.0 characters of English per character of
    Japanese, the usual ratio being 2–3): a dropped sentence takes its share
    of the length with it, two or three sentences joined into one do not.
    Joined sentences leave a joint (a semicolon, a comma before a word, a
    conjunction, a relative pronoun) for each sentence they absorb; when the
    English has fewer joints than missing sentences, the bar is
    ``min-ratio-unjoined`` (2.5). An "and" in a list after a colon joins items,
    not sentences ("two kinds: controllers and relievers"), and an English joint that renders a
    coordination inside a Japanese sentence (薬と、薬 → "drugs … and drugs") joins no missing one.
    From three Japanese sentences, each English sentence is also aligned with a run of consecutive
    Japanese sentences, and a run of two or more must be as long in its English sentence as joined
    sentences are: a sentence dropped from a long translation leaves the whole long enough, but no
    English sentence long enough for the two it would have to hold. When every Japanese sentence
    carries a citation, footnote or link of its own and the English keeps them all, the sentences
    were joined, not dropped: the bar is then 1.5 English characters a Japanese character.
    A translation short by these bars is reported only when a sentence has no counterpart by content
    (``sentence_without_counterpart`` in lint/analysis/structure.py): the English sentences are aligned
    with runs of Japanese sentences again, and a run joined into one English sentence fits, however
    compact (at least 1.5 characters a Japanese character, the whole too), when each of its sentences
    is traced there by a rendering of its own: a Latin word it writes, a katakana word the English
    spells (drug names: アセトアミノフェン → "acetaminophen"), a noun the ja-en lexicon
    (tools/build_ja_en_lexicon.py) renders, a medical morpheme of a noun rendered by its English root
    (lint/data/ja-en-morphemes.toml: 肺炎 → "pneumonia", 結膜炎 → "conjunctivitis", 腎盂腎炎 →
    "pyelonephritis"), a word of a kind of lexical negation (避ける → "avoid"), a number other than one. A
    rendering two sentences of the run share (a number both state, a lexicon word both lead to) traces
    neither. The finding names the first Japanese sentence nothing in the English renders.
    A formula of courtesy (どうぞよろしくお願いいたします, あらかじめご了承ください, an open invitation to ask: お気軽に
    ご相談ください) may be left out: it says nothing the English reader misses, so when the English has fewer
    sentences and no formula of courtesy (thanks for your understanding, we apologize for any inconvenience, feel
    free to ask), the source is counted and measured without its formulas.
    A translation long enough for the sentences it joins is read for content too (forty-ninth session): a Japanese
    sentence with two anchors or more of which the English renders nothing (no anchor traced, no JMdict gloss of an
    anchor or of one of its nouns, a word two sentences share rendered as often as they hold it) was dropped from a
    wordy translation of the rest, which the length test alone let through. So is a translation with as many
    sentences as the source or more (fifty-first session): a translator who splits one sentence in two while dropping
    another leaves the count whole.
    What stays a finding: a compact join whose sentences the anchors cannot trace (a sentence of common
    words the lexicon, built from the article's own catalogs, does not know): length alone cannot tell
    it from a dropped sentence, and the translator confirms the join with a comment on the entry
    (``# lint: ignore[TRN015] joined: the two sentences are one here``). An error since the forty-fourth
    session: a dropped sentence reported only as a warning let CI publish the English without it (an
    independent check of issue 12 dropped each sentence of the catalogs in turn; 13 of 332 were warnings only).

    Violation::

        msgid "B型肝炎はワクチンで予防できます。日本では、平成28年から乳児の定期接種になりました。"
        msgstr "Hepatitis B can be prevented with a vaccine."

    Fix: translate the second sentence.
    """
    from ..analysis.structure import (
        english_sentences,
        japanese_sentences,
        sentence_without_counterpart,
        unmergeable,
        untraced_sentence,
        without_courtesy,
        without_repeated_sentences,
    )
    from ..parsing.catalog import inline_markup

    ratio = ctx.option("min-ratio", 2.0)
    unjoined_ratio = ctx.option("min-ratio-unjoined", 2.5)
    for entry, source, translation in published(catalog):
        src, dst = inline_markup(source).plain, inline_markup(translation).plain
        if not _JAPANESE_RE.search(src):
            continue
        src, dst = _without_matching_list_items(src, dst)
        ja, en = japanese_sentences(src), english_sentences(dst)
        counted = ja  # the source's own count, for the message (courtesy formulas may be left out below)
        if ja > en:
            # formulas of courtesy (ご了承ください, お気軽にご相談ください) may be dropped or kept: compare the rest
            src = without_repeated_sentences(without_courtesy(src, dst))
            ja = japanese_sentences(src)
        if en >= ja:
            # (fifty-first session) as many English sentences or more: one Japanese sentence split in two can hide a
            # dropped one (a fresh corpus of such drops: 12 of 17 missed had as many English sentences or more); the
            # length of joined sentences is no question here
            missing = untraced_sentence(src.strip(), dst.strip())
        elif _short_for_its_joins(src, dst, ja, en, source, translation, ratio, unjoined_ratio) or unmergeable(
            src.strip(), dst.strip(), ratio, unjoined_ratio
        ):
            # Short by length; a sentence is dropped only when its content has no counterpart: an alignment
            # in which each sentence joined into an English one is traced there clears the entry.
            missing = sentence_without_counterpart(src.strip(), dst.strip(), ratio, unjoined_ratio)
        else:
            # (forty-ninth session) long enough for the sentences it joins: a sentence dropped from a wordy translation
            # is told by content alone, a sentence with two anchors or more of which nothing is rendered
            missing = untraced_sentence(src.strip(), dst.strip())
        if missing is None:
            continue
        if en >= ja:
            message = (
                f'nothing in the translation renders "{_short(missing, 60)}" (the source has {counted} sentences, the'
                f" translation {en}): is a sentence missing?"
            )
        else:
            which = f': nothing in it renders "{_short(missing, 60)}"' if missing else ""
            message = f"the source has {ja} sentences, the translation {en}{which}: is a sentence missing?"
        yield ctx.report(entry.msgstr_line, 1, message, context=_short(translation))


def _short_for_its_joins(src, dst, ja, en, source, translation, ratio, unjoined_ratio):
    """Whether the English (fewer sentences than the Japanese) is too short to hold the sentences it would join."""
    from ..analysis.structure import english_joints, every_sentence_anchored, japanese_joints

    # Sentences joined leave a joint (a comma, a semicolon, a conjunction) for each; without one,
    # the English must be long enough to hold the missing sentences at the usual ratio.
    # A joint that renders a clause joint the Japanese already has (、) joins no missing sentence.
    joined = english_joints(dst) - japanese_joints(src) >= ja - en
    short = len(dst.strip()) < (ratio if joined else unjoined_ratio) * len(src.strip())
    # In a longer entry, the English may be long enough as a whole while no English sentence is
    # long enough to hold the two Japanese sentences it would have to join.
    # Sentences joined in English keep each one's citation: when every Japanese sentence has an
    # anchor of its own and the English keeps them all, only a translation shorter than the
    # source at the lowest ratio of a compact merge (1.5 characters a Japanese character) is short.
    if short and every_sentence_anchored(source, translation):
        short = len(dst.strip()) < _MERGED_MIN_RATIO * len(src.strip())
    return short


# ---------------------------------------------------------------------------
def _docs_folder(ctx, project):
    """The folder of the pages (option ``docs``); a configured one that is no folder is a settings error, not a check
    switched off in silence (from a review of hostile inputs: docs = "nope" turned TRN016 off)."""
    name = ctx.option("docs", "docs")
    if name != "docs":
        label = ctx.config_label or "pyproject.toml"
        folder = (project / name).resolve()
        if not folder.is_dir():
            raise ConfigError(
                f"{label}: [tool.pvt-lint] rules.{ctx.rule.name}.docs: {name!r} is no folder of {project}"
            )
        if folder == project.resolve() or project.resolve() not in folder.parents:
            # the caches walk the pages of a docs folder: the project's root or a folder outside it would be all of it
            raise ConfigError(
                f"{label}: [tool.pvt-lint] rules.{ctx.rule.name}.docs: {name!r} must be a folder inside the project"
            )
    return name


# TRN016: catalogs behind their pages


@rule("TRN016", "stale-catalog", target="project", severity="error", options=("docs",))
def stale_catalog(project: object, ctx: RuleContext) -> Iterator[Finding]:
    """A page has paragraphs that its catalog does not have, or no catalog at all: run ``nox -s update-po``.

    The lint extracts the page's messages in memory as Sphinx's gettext builder
    does (each paragraph, heading, list item, table cell, admonition title and
    image alt text of the MyST page, line breaks made spaces, and those of every
    file the page includes, which Sphinx writes into the including page's
    catalog; ``page_message_lines``, with the lint's own markdown-it parser: the
    lint imports no Sphinx or docutils) and looks each one up among the entries
    of the page's catalog in every language under ``locale/``. A message that
    is missing means the page (or a file it includes) was edited and the
    catalogs were not updated; a page with no catalog is a new page. Either way
    the English edition shows that text in Japanese, and the other rules cannot
    tell. The pages of the run are compared with their catalogs (read from disk
    when the run did not name them: ``python -m lint docs/faq.md`` checks the
    page's catalogs too), and the catalogs of the run with their pages. The
    finding stands on the page's line (on the ``{include}`` line for an
    included file's text); for a catalog linted without its page, on the
    catalog's header. Pages in folders whose name starts with ``_`` are
    included, not built (docs/conf.py's exclude_patterns), and have no catalog
    of their own. Option ([tool.pvt-lint.rules.stale-catalog]): ``docs``
    (default ``"docs"``), the folder of the pages.

    Violation: docs/basics.md has a new paragraph; locale/en/LC_MESSAGES/basics.po does not.

    Fix: ``nox -s update-po``, then translate the new entries.
    """
    from ..parsing.catalog import load_catalog

    root = Path(ctx.root)
    docs_name = _docs_folder(ctx, root)
    docs = (root / docs_name).resolve()
    parsed = {Path(c.path).resolve(): c for c in ctx.catalogs}
    seen = set()
    for page in ctx.pages:
        page_path = Path(page.path).resolve()
        try:
            relative = page_path.relative_to(docs)
        except ValueError:
            continue  # a page outside the docs folder is no page of the site
        if page_path.suffix != ".md" or any(part.startswith("_") for part in relative.parts[:-1]):
            continue
        messages = page_message_lines(page.text, page_path)
        if not messages:
            continue
        for catalog_path in _page_catalogs(root, relative.with_suffix(".po")):
            seen.add(catalog_path)
            shown = _shown(catalog_path, root)
            if not catalog_path.is_file():
                yield ctx.report(
                    1,
                    1,
                    f"no catalog {shown} for this page: run nox -s update-po and translate it; until then "
                    "the English edition shows the whole page in Japanese",
                    path=page.path,
                )
                continue
            catalog = parsed.get(catalog_path)
            if catalog is None:
                try:
                    catalog = load_catalog(str(catalog_path))
                except LintInputError as exc:
                    yield ctx.report(
                        1,
                        1,
                        f"cannot tell whether {shown} is up to date: it cannot be read ({exc})",
                        path=page.path,
                    )
                    continue
            missing = _missing_messages(messages, catalog)
            if missing:
                line, message, source = missing[0]
                where = (
                    f" (the first, from the included file {source}: {_short(message, 70)})"
                    if source
                    else (f" (the first: {_short(message, 70)})")
                )
                yield ctx.report(
                    line,
                    1,
                    f"{len(missing)} paragraph(s) of this page are not in {shown}{where}: run nox -s update-po "
                    "and translate them; until then the English edition shows them in Japanese",
                    path=page.path,
                )
    for catalog in ctx.catalogs:
        if Path(catalog.path).resolve() not in seen:
            yield from _catalog_behind_its_page(catalog, ctx)


def _page_catalogs(root: Path, name: Path) -> list[Path]:
    """The catalog of the page ``name`` (relative to docs, suffix .po) in each translated language under locale/."""
    locale = root / "locale"
    try:
        languages = sorted(d for d in locale.iterdir() if (d / "LC_MESSAGES").is_dir())
    except OSError:
        return []
    return [
        (language / "LC_MESSAGES" / name).resolve()
        for language in languages
        if not language.name.lower().startswith("ja")  # the source language has no catalog
    ]


def _shown(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _missing_messages(messages, catalog):
    known = {e.msgid for e in catalog.entries if not e.obsolete}
    missing, reported = [], set()
    for line, message, source in messages:
        if message not in known and message not in reported:
            reported.add(message)
            missing.append((line, message, source))
    return missing


def _catalog_behind_its_page(catalog: Catalog, ctx: RuleContext) -> Iterator[Finding]:
    """A catalog of the run whose page the run did not lint: compared with the page on disk, reported on the catalog."""
    if catalog.language.lower().startswith("ja"):
        return
    project = _catalog_project(catalog)
    if project is None:
        return
    docs_name = _docs_folder(ctx, project)
    page = project / docs_name / (catalog.page + ".md")
    if not page.is_file():
        return  # TRN010 names a catalog without a page
    try:
        text = read_text(page)  # as the page itself is read: a BOM accepted, a bad byte reported
    except LintInputError as exc:
        yield ctx.report(
            catalog.header_line or 1,
            1,
            f"cannot tell whether this catalog is up to date: {docs_name}/{page.name}:{exc.line}: {exc.message}",
            path=catalog.path,
        )
        return
    missing = _missing_messages(page_message_lines(text, page), catalog)
    if missing:
        line, message, source = missing[0]
        origin = f"{docs_name}/{page.name}:{line}" + (f", from the included file {source}" if source else "")
        yield ctx.report(
            catalog.header_line or 1,
            1,
            f"{docs_name}/{page.name} has {len(missing)} paragraph(s) that this catalog does not have "
            f"(first: {origin}: {_short(message, 70)}): run nox -s update-po and translate them; until then "
            "the English edition shows them in Japanese",
            path=catalog.path,
        )


# Directives whose argument is a path or a name, and whose body is not prose.
_NO_ARGUMENT = frozenset(
    {
        "include",
        "figure",
        "image",
        "literalinclude",
        "toctree",
        "bibliography",
        "raw",
        "code-block",
        "code",
        "code-cell",
        "math",
        "eval-rst",
        "glossary",
        "pvt-sources",
        "container",
        "div",
        "rubric-class",
    }
)
_NO_BODY = frozenset(
    {
        "include",
        "literalinclude",
        "toctree",
        "bibliography",
        "raw",
        "code-block",
        "code",
        "code-cell",
        "math",
        "eval-rst",
        "mermaid",
        "graphviz",
    }
)
_FRONT_MATTER_RE = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_OPTION_RE = re.compile(r"^:[\w-]+:")


def page_messages(text: str, path: object = None) -> list[str]:
    """The translatable messages of a MyST page, as Sphinx's gettext builder extracts them (``page_message_lines``
    without the lines)."""
    return [message for _, message, _ in page_message_lines(text, path)]


_INCLUDE_DEPTH = 8  # docutils refuses deeper nesting (and a file that includes itself)
_INCLUDES_READ = 200  # included files read for one page, at most


def page_message_lines(text: str, path: object = None) -> list[tuple[int, str, str | None]]:
    """(line, message, included file or None) for each translatable message of a MyST page, as Sphinx's gettext
    builder extracts them.

    Every inline run of a paragraph, heading, list item or table cell, its line
    breaks made spaces (as sphinx.util.nodes.extract_messages does); directive
    bodies are read the same way, and a directive's argument is a message when
    it is a title (an admonition's), not a path or a class. With the page's
    ``path``, an ``{include}`` directive's file is read as MyST reads it (relative
    to the including file, ``/`` for the docs root; ``:start-line:``,
    ``:end-line:``, ``:start-after:``, ``:end-before:``; nothing of a ``:literal:``
    or ``:code:`` include, which Sphinx does not translate): its messages are the
    including page's, at the ``{include}`` line. A file that cannot be found or
    read is left to the build, which stops on it. On the article's pages it
    finds no message that ``sphinx-build -b gettext`` did not write to the
    catalogs (``python -m lint`` checks that on every run).
    """
    from ..parsing.markdown import markdown_parser

    found: list[tuple[int, str, str | None]] = []
    reads: list[Path] = []

    def walk(source, offset, origin, here, chain):
        # offset: the page line of the source's first line (0-based); origin: the included file shown, or None
        for token in markdown_parser().parse(source):
            line = offset + (token.map[0] if token.map else 0) + 1
            if token.type == "inline":
                message = token.content.replace("\n", " ").strip()
                if message:
                    found.append((line if origin is None else offset + 1, message, origin))
            elif token.type in ("fence", "colon_fence") and token.info.strip().startswith("{"):
                name, _, argument = token.info.strip()[1:].partition("}")
                name, argument = name.strip(), argument.strip()
                if argument and name not in _NO_ARGUMENT:
                    found.append((line if origin is None else offset + 1, argument, origin))
                lines = token.content.split("\n")
                options = {}
                while lines and _OPTION_RE.match(lines[0]):
                    option = lines.pop(0).strip()
                    key, _, value = option[1:].partition(":")
                    options[key.strip()] = value.strip()
                    # (thirty-fifth session, from a second check of issue 12) an image's alt text is a message too:
                    # edited in Japanese alone, the English <img alt> turned Japanese with no finding
                    # (thirty-seventh session, from the issue-12 audit) a toctree's caption too, shown in every page's
                    # navigation; a table's title is its argument (list-table, csv-table, table)
                    if key.strip() in ("alt", "caption") and value.strip():
                        found.append((line if origin is None else offset + 1, value.strip(), origin))
                if name == "include" and here is not None:
                    included(argument, options, line if origin is None else offset + 1, here, chain)
                elif name not in _NO_BODY:
                    body_offset = (
                        offset + (token.map[0] + 1 if token.map else 0) + (len(token.content.split("\n")) - len(lines))
                    )
                    walk("\n".join(lines), body_offset if origin is None else offset, origin, here, chain)

    def included(argument, options, at_line, here, chain):
        from ..core.includes import resolve_include

        target = resolve_include(here, argument)
        if target is None or target in chain or len(chain) >= _INCLUDE_DEPTH or {"literal", "code"} & set(options):
            return
        reads.append(target)
        if len(reads) > _INCLUDES_READ:
            return  # a fan of includes under includes would grow without bound (the build's own problem)
        try:
            body = read_text(target)
        except (LintInputError, OSError):
            return  # missing or unreadable: the build stops on it (EAT007, SEC001 and LNT001 say more)
        body = _include_slice(body, options)
        walk(body, at_line - 1, _include_label(target, chain[0]), target, (*chain, target))

    page = Path(path).resolve() if path is not None else None
    source = _FRONT_MATTER_RE.sub(lambda m: "\n" * m.group(0).count("\n"), text)  # blank lines keep the numbering
    walk(source, 0, None, page, (page,) if page is not None else ())
    return found


def _include_slice(text: str, options: dict) -> str:
    """The part of an included file that docutils' include options keep."""
    lines = text.split("\n")
    try:
        start = int(options.get("start-line") or 0)
        end = int(options["end-line"]) if options.get("end-line") else None
    except ValueError:
        return ""  # the build refuses a bad number
    text = "\n".join(lines[start:end])
    after, before = options.get("start-after"), options.get("end-before")
    if after:
        where = text.find(after)
        text = text[where + len(after) :] if where >= 0 else ""
    if before:
        where = text.find(before)
        text = text[:where] if where >= 0 else text
    return text


def _include_label(target: Path, page: Path) -> str:
    """The included file as the editor names it: relative to the including page's folder when inside it."""
    try:
        return target.relative_to(page.parent).as_posix()
    except ValueError:
        return target.as_posix()


def __getattr__(name):
    """``japanese_numbers`` is part of this module's API (lint.analysis.quantities documents it)."""
    if name == "japanese_numbers":
        from ..analysis.numbers import japanese_numbers

        return japanese_numbers
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
