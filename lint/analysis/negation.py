"""Negation in a Japanese text and in its English translation, for comparing the two (TRN011).

``japanese_negation(text)`` and ``english_negation(text)`` return a ``Polarity``:
``strong`` when a predicate is negated (Japanese ない/ません/ず/なし on a
predicate, or a negating prefix 不/非/無/未 on the final predicate: 不要です,
無効でした; English not, n't, no, never, none, neither, nor, without, cannot, or
a negating prefix on the predicate: "is unnecessary", "are unable"), ``weak``
when the text carries a word that renders a negation without being one
(avoid, refrain, fail to, lack, hardly, rarely, -less; 避ける, 控える, 中止).
The constructions that look negative but are not (なければなりません: must;
かもしれません: may; 少なくない, 欠かせない, しかない: only; 〜ませんか: an
invitation; "not only", a double negative "not uncommon") are removed first.
A negation closing a condition or purpose clause (出なければ, 忘れないように), a
negation under another (〜ないわけではない: ``ja_double_negation``) or a
prefixed noun used as a state (無症状のまま) is ``optional``: it answers an English
negation but does not demand one, since its faithful English is as often positive.
A negation inside a condition clause (歩けない場合は) is optional too.
A negation rendered by a positive word of its kind (珍しくない → "common", ほとんどない →
"little", 下回らない → "or above", and the reverse, "not enough" → 不足) is answered by that
word (``[[answered]]``); a request to refrain (控えてください) answers a negated imperative
("Do not drive"); an English negated comparison ("no more than") renders a source bound (以内).
A litotes of frequency (少なくない, 珍しくない: "often", "common") rendered by a word of rarity
("seldom") with no word of frequency beside it is a reversed polarity (``reversed_litotes``).
The words are data: lint/data/negation.toml. ``sentence_negation_mismatches``
compares aligned sentences when the two texts have as many sentences;
``japanese_predicate_negations`` and ``english_negation_count`` compare how many
negations each side has when the Japanese negates two or more predicates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.files import read_data_toml
from ..errors import ConfigError
from .structure import split_english_sentences, split_japanese_sentences

NEGATION_FILE = Path(__file__).resolve().parent.parent / "data" / "negation.toml"
KEYS = (
    "ja_not_negation",
    "ja_prefixed",
    "ja_weak",
    "en_strong",
    "en_weak",
    "en_not_negation",
    "en_doubt",
    "en_difficulty",
    "en_prefixed",
    "en_copulas",
    "ja_person_heads",
    "ja_double_negation",
    "ja_possibility_kept",
    "ja_refraining",
    "ja_prohibiting",
    "ja_polite_prohibition",
    "ja_telling_heads",
    "ja_ceasing",
    "en_negated_imperative",
    "en_negated_permission",
    "ja_bounds",
    "en_bound_negation",
    "ja_lower_bounds",
    "en_lower_bound_negation",
    "ja_lexical",
    "ja_litotes",
    "en_frequency",
    "en_rarity",
    "en_negated_rarity",
    "ja_continuity",
    "ja_state_verbs",
    "ja_cessation",
    "en_continuity",
    "en_location",
    "en_keeping",
    "ja_reassurance",
    "en_reassurance",
    "ja_prohibition_predicate",
    "en_permission",
    "en_forbidding",
    "ja_permission",
    "en_permission_lifted",
    "en_continuation_lifted",
    "en_restraining",
    "ja_instruction_flips",
    "ja_instruction_pauses",
    "ja_instruction_unclear",
    "ja_instruction_meals",
    "en_instruction_flips",
    "en_instruction_unclear",
    "en_instruction_states",
)
_REGEX_KEYS = (
    "ja_reassurance",
    "en_reassurance",
    "ja_prohibition_predicate",
    "en_permission",
    "en_forbidding",
    "en_negated_rarity",
    "ja_double_negation",
    "ja_possibility_kept",
    "en_negated_imperative",
    "en_negated_permission",
    "en_bound_negation",
    "en_lower_bound_negation",
    "ja_litotes",
    "en_continuity",
    "en_doubt",
    "en_difficulty",
    "en_permission_lifted",
    "en_continuation_lifted",
    "en_restraining",
)


@dataclass(frozen=True)
class Polarity:
    strong: bool  # a negated predicate
    weak: bool  # a word that may render a negation (avoid, 控える)
    evidence: str = ""  # the word that made it negative
    prefixed: bool = False  # a word with a negating prefix (無症状の方, "asymptomatic"), not on the predicate
    # a negation whose English form is free: a condition or purpose clause (出なければ → "if it is
    # tolerated", 忘れないように → "to remember") or a prefixed noun (無症状 → "silently"). It
    # answers an English "not" but does not demand one.
    optional: bool = False


@lru_cache(maxsize=2)
def load_negation_words(path: Path | str = NEGATION_FILE) -> dict[str, list[str]]:
    """The lists of lint/data/negation.toml; ConfigError names the file and the key."""
    path = Path(path)
    data = read_data_toml(path, "negation words")
    for key in data:
        if key not in KEYS and key not in ("answered", "lexical_negation", "kept_state", "privative", "restraint"):
            raise ConfigError(
                f"{path}: unknown key {key!r} (keys: {', '.join(KEYS)}, answered, lexical_negation, kept_state, "
                "privative, restraint)"
            )
    for number, entry in enumerate(data.get("restraint", []), 1):
        where = f"{path}: [[restraint]] #{number}"
        if not isinstance(entry, dict) or set(entry) - {"why", "ja", "en"} or not {"ja", "en"} <= set(entry):
            raise ConfigError(f'{where} must hold ja = ["verb", …] and en = "regex" (and why)')
        _check_words(where, "ja", entry["ja"])
        _check_regex(where, "en", entry["en"])
    for number, entry in enumerate(data.get("privative", []), 1):
        where = f"{path}: [[privative]] #{number}"
        sides = ("ja", "bare", "negated")
        if (
            not isinstance(entry, dict)
            or set(entry) - {"why", *sides}
            or not all(isinstance(entry.get(side), str) and entry[side].strip() for side in sides)
        ):
            raise ConfigError(f"{where} must hold ja, bare and negated strings (and why)")
        for side in ("ja", "bare", "negated"):
            _check_regex(where, side, entry[side])
    for number, entry in enumerate(data.get("kept_state", []), 1):
        where = f"{path}: [[kept_state]] #{number}"
        if not isinstance(entry, dict) or set(entry) - {"why", "ja", "en", "brings"} or not {"ja", "en"} <= set(entry):
            raise ConfigError(f'{where} must hold ja = ["verb", …] and en = ["state", …] (and why, brings)')
        for side in ("ja", "en", "brings"):
            if side in entry:
                _check_words(where, side, entry[side])
    for number, entry in enumerate(data.get("answered", []), 1):
        where = f"{path}: [[answered]] #{number}"
        if (
            not isinstance(entry, dict)
            or set(entry) - {"why", "ja", "en", "negated", "also"}
            or not {"ja", "en"} <= set(entry)
        ):
            raise ConfigError(f'{where} must hold ja = "…" and en = "…" (and why, negated)')
        if entry.get("negated", "ja") not in ("ja", "en"):
            raise ConfigError(f'{where}: negated must be "ja" or "en", not {entry["negated"]!r}')
        for side in ("ja", "en", "also") if "also" in entry else ("ja", "en"):
            _check_regex(where, side, entry[side])
    for key in KEYS:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError(f"{path}: {key} must be a list of non-empty strings")
        if _is_regex_key(key):  # compiled here, so that a broken one names its file and key
            for number, item in enumerate(value, 1):
                try:
                    re.compile(item)
                except re.error as exc:
                    raise ConfigError(f"{path}: {key} #{number} {item!r} is not a regular expression: {exc}") from None
    return data


def _check_words(where: str, side: str, value) -> None:
    """A table entry's list of words: non-empty, of non-empty strings; ConfigError names the file, entry and side."""
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {side} must be a non-empty list of non-empty strings")


def _check_regex(where: str, side: str, value) -> None:
    """A table entry's regular expression; ConfigError names the file, entry and side."""
    try:
        re.compile(value)
    except (re.error, TypeError) as exc:
        raise ConfigError(f"{where}: {side} is not a regular expression: {exc}") from None


def _is_regex_key(key: str) -> bool:
    """Whether the list ``key`` holds regular expressions (the rest hold plain words)."""
    return key.endswith("not_negation") or key in _REGEX_KEYS


# one pattern per list and reading, kept for the run: with room for eight, the thirty-odd lists read entry by entry
# were built again some 18,000 times over the project's catalogs (a third of a whole-project run)
@cache
def _pattern(key: str, words: bool) -> re.Pattern[str]:
    items = load_negation_words()[key]
    if key == "ja_not_negation":
        # "no problem" closing a sentence is a reassurance, no negation; its English is checked by _reassurance_reversed
        items = [*items, *load_negation_words()["ja_reassurance"]]
    if key == "ja_double_negation":
        # a double negation that keeps a possibility is free too; its English is checked by _possibility_denied
        items = [*items, *load_negation_words()["ja_possibility_kept"]]
    items = sorted(items, key=len, reverse=True)
    raw = _is_regex_key(key)
    body = "|".join(items if raw else map(re.escape, items))
    if key.startswith("en"):
        return re.compile(rf"\b(?:{body})" + (r"\b" if words else ""), re.IGNORECASE)
    return re.compile(f"(?:{body})")


def mask_not_negation(text: str) -> str:
    """English with what only looks negative blanked (en_not_negation: "not only", "a few") and doubt said with
    "not" read as the weak "unsure" (en_doubt); difficulty said with "not … easily" is read by _difficulty_read,
    which needs the source."""
    return _pattern("en_not_negation", False).sub(" ", _pattern("en_doubt", False).sub(" unsure ", text))


# (thirty-seventh session) "does not go away" says that something lasts. It used to be blanked as no negation, so that
# 痛みは消えません → "the pain does not go away" was reported as a dropped negation, and 痛みは消えます → "does not go away"
# passed. Now it is a negation where the source has one (消えません, 元に戻らない), and the verb of continuity "persists"
# where the source has none (痛みが続きます: _going_away_read); reversed_going_away reads the reversal.
_NOT_GOING_AWAY_RE = re.compile(
    r"\b(?:(?:do|does|did|will|would|may|might)\s+not|(?:do|does|did|wo)n['’]t|never)\s+(?:\w+\s+)?(?:go|goes)\s+away\b",
    re.IGNORECASE,
)


def _litotes_read(source: str, translation: str) -> str:
    """(tenth session) The English with its negated words of rarity ("by no means rare", "isn't rare", "far from rare")
    read as "common" when the source has a litotes of frequency (珍しくない, 少なくありません): they render it, as a
    word of frequency does. (third review) Only as many as the source has litotes left unrendered by an English word
    of frequency, first first: in 眠気が出ることは少なくありませんが、重い副作用はまれです → "Drowsiness is common, but
    serious side effects are not rare", "common" renders the litotes and "not rare" stays a negation. The words of
    frequency are counted without the negated rarities (en_frequency lists "not rare" itself: from the fourth
    review). Elsewhere (まれです → "is not rare") the negation stays."""
    litotes = len(_pattern("ja_litotes", False).findall(source))
    negated = _pattern("en_negated_rarity", False)
    unrendered = litotes - len(_pattern("en_frequency", True).findall(negated.sub(" ", translation)))
    if unrendered <= 0:
        return translation
    return negated.sub(" common ", translation, count=unrendered)


def _difficulty_read(source: str, translation: str) -> str:
    """The English with "does not … easily" read as "with difficulty" (en_difficulty) when the source has a word of
    difficulty (にくい, づらい, 難しい: the difficulty kind of [[lexical_negation]]); otherwise as written, for "not
    … easily" is an outright negation of a plain verb (簡単に治ります → "does not heal easily" is reversed)."""
    from .negation_account import load_kinds

    words = next((kind.ja for kind in load_kinds() if kind.name == "difficulty"), frozenset())
    count = sum(source.count(word) for word in words)
    if not count:
        return translation
    # (from the review) one reading per word of difficulty, and none of "well" when the source has a "well" of its
    # own (よく効きます: "does not work well" then drops its negation)
    plain_well = bool(_JA_WELL_RE.search(source))
    left = [count]

    def read(match: re.Match[str]) -> str:
        if left[0] <= 0 or plain_well and match.group().lower().endswith("well"):
            return match.group()
        left[0] -= 1
        return _with_difficulty(match)

    return _pattern("en_difficulty", False).sub(read, translation)


_JA_WELL_RE = re.compile("よく|良く|うまく|上手く|上手に")


def _with_difficulty(match: re.Match[str]) -> str:
    """ "does not wipe off easily" read as "wipe off with difficulty": the negated auxiliary and the adverb replaced."""
    words = match.group().split()
    verb = words[2:-1] if words[1].lower() == "not" else words[1:-1]
    return " " + " ".join(verb + ["with", "difficulty"]) + " "


# (thirty-seventh session, from an audit of issue 12) a count of none (0人, 0件, ゼロ, 皆無) says what "no one", "none",
# "no cases" say: a negation of the source, which an English negation or "zero" answers
_JA_ZERO_RE = re.compile(
    r"(?<![0-9０-９.．,，])[0０](?![0-9０-９.．])\s*(?:人|名|件|例|回|個|本|か所|ヶ所|箇所|匹|頭)|ゼロ|皆無"
)


def japanese_negation(text: str) -> Polarity:
    """The polarity of a Japanese text (every sentence, main and subordinate predicates)."""
    from ..japanese.tokenizer import tokenize

    zero = _JA_ZERO_RE.search(text)
    if zero:
        return Polarity(True, True, zero.group())

    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), text)
    # A negation under another (かからないわけではありません: "it is not that you will not catch it")
    # is affirmative in meaning, but its English keeps one negation as often as none ("you are not
    # completely protected", "you can still catch it"): it answers either.
    double, masked = _free_negations(masked)
    tokens = tokenize(masked)
    condition = double.group() if double else ""  # the first negation in a condition or purpose clause
    for i, token in enumerate(tokens):
        if (
            token.pos == "助動詞"
            and token.basic_form in ("ない", "ぬ")
            or token.basic_form == "ん"
            and i
            and tokens[i - 1].basic_form == "ます"
            or token.pos == "形容詞"
            and token.basic_form in ("ない", "無い")
        ):  # メトホルミン ends in ン, not in the auxiliary
            if _condition_clause(tokens, i):
                condition = condition or token.surface_form
                continue
            return Polarity(True, True, token.surface_form)
        if token.surface_form in ("なし", "無し") and token.pos in ("形容詞", "名詞") or _unable(tokens, i):
            return Polarity(True, True, token.surface_form)
        if token.basic_form in ("なくなる", "無くなる") and (_final(tokens, i) or _after_verb(tokens, i)):
            # かゆみがなくなりました: no longer; 広がれなくなり: a verb that stops being possible ("cannot fill")
            return Polarity(True, True, token.surface_form)
        prefixed = load_negation_words()["ja_prefixed"]
        if token.surface_form in prefixed and _japanese_predicate(tokens, i):
            return Polarity(True, True, token.surface_form)
        if (
            i + 1 < len(tokens)
            and token.surface_form + tokens[i + 1].surface_form in prefixed
            and _japanese_predicate(tokens, i + 1)
        ):  # 無 + 症状
            return Polarity(True, True, token.surface_form + tokens[i + 1].surface_form)
    weak = _pattern("ja_weak", False).search(masked)
    prefixed = next((w for w in load_negation_words()["ja_prefixed"] if w in masked), "") or next(
        (
            t.surface_form + tokens[i + 1].surface_form
            for i, t in enumerate(tokens[:-1])
            if t.pos == "接頭詞" and t.surface_form in _JA_NEGATING_PREFIXES and tokens[i + 1].pos == "名詞"
        ),
        "",
    )
    evidence = prefixed or condition or (weak.group() if weak else "")
    # A prefixed noun naming people (非喫煙者, 無症状の方: the complement of a group) has no positive
    # English: "non-smokers", "people without symptoms". Only as a state or manner (無症状のまま →
    # "silently") is its English free.
    optional = bool(condition) or bool(prefixed) and not _names_people(tokens)
    return Polarity(False, bool(weak or prefixed or condition), evidence, bool(prefixed), optional)


def _free_negations(masked: str) -> tuple[re.Match[str] | None, str]:
    """(the first negation whose English is free, the text with all of them masked)."""
    found = [m for m in _pattern("ja_double_negation", False).finditer(masked) if _opens_with_a_negation(masked, m)]
    for m in reversed(found):
        masked = masked[: m.start()] + "〇" * len(m.group()) + masked[m.end() :]
    return (found[0] if found else None), masked


def _opens_with_a_negation(text: str, match: re.Match[str]) -> bool:
    """(fifty-second session, from a review) A double negation that begins with ない begins with a negation, not with
    the end of an adjective (少ないとは言えません, 危ないとは限りません: one negation, "we cannot say it is safe")."""
    if not match.group().startswith("な"):
        return True
    from ..japanese.tokenizer import tokenize

    for token in tokenize(text):
        if token.start <= match.start() < token.end:
            return token.start == match.start() and token.basic_form in ("ない", "ぬ", "ん")
    return True


@lru_cache(maxsize=2)
def _answered_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    return tuple((ja, en, negated) for ja, en, negated, _ in _answered_entries())


@lru_cache(maxsize=1)
def _answered_entries() -> tuple[tuple[re.Pattern[str], re.Pattern[str], str, re.Pattern[str] | None], ...]:
    """[[answered]] as (ja, en, negated, also): ``also``, the English renderings of the Japanese word that negate
    nothing (a going away said "gone"), each of which leaves one Japanese word fewer to answer a negation."""
    return tuple(
        (
            re.compile(entry["ja"]),
            re.compile(entry["en"], re.IGNORECASE),
            entry.get("negated", "ja"),
            re.compile(entry["also"], re.IGNORECASE) if "also" in entry else None,
        )
        for entry in load_negation_words().get("answered", [])
    )


def _answered(source: str, translation: str) -> str:
    """The source with each negation that the English renders by a positive word of its kind masked:
    珍しくない by "common", ほとんどない by "little", 下回らない by "or above" ([[answered]])."""
    for ja, en, negated in _answered_patterns():
        if negated == "ja" and en.search(translation):
            source = ja.sub(lambda m: "〇" * len(m.group()), source)
    source = _restraint_lifted(source, translation)
    return _aspect_answered(_restriction_answered(source, translation), translation)


# English words of a restriction: "only if", "only when", "only after", "only with", "only as your doctor directs"
# (fifty-third session: 指示なしに〜ないで). Not "unless": it is
# "if not", one negation, which renders the condition's; the main predicate still needs its own ("Do not
# take it unless …"; "take it unless your doctor tells you otherwise" reverses the request).
# The word must stand before the English condition it restricts ("only if", "only with a prescription"):
# an "only" of another clause ("only a thin layer is needed") restricts nothing of the source's.
# A verb may stand between ("only happens when", "can only be bought with"), not before a
# preposition of place or time ("only a thin layer in …").
_EN_RESTRICTION_RE = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:(?:[a-z]+\s+){0,2}(?:if|when|whenever|after|once|while|as long as|until|"
    r"unless|with|under)|on|in|by|at|for|through|as\s+(?!(?:much|many|often|long|far)\b)(?:\w+\s+){0,2}(?:direct|instruct|prescribe|advise|tell|told)\w*)\b",
    re.IGNORECASE,
)


# (fifty-third session) the restriction a limit in time makes: 〜までは〜ない ("not until") is "only after", "only once",
# "only when"; never "only until", which reverses it (食べ終わるまでは飲まないで → "drink only until you finish eating")
_EN_RESTRICTION_AFTER_RE = re.compile(
    r"\b(?:only|solely|exclusively)\s+(?:[a-z]+\s+){0,2}?(?:after|once|when|whenever|if)\b", re.IGNORECASE
)


def _restriction_answered(source: str, translation: str) -> str:
    """The source with each restriction masked that the English renders by "only" or "unless".

    A negated condition in the scope of a negated main predicate is a restriction, whatever the verbs:
    〜ない限り〜ない, 〜なければ〜ない (指示がない限り使わないでください = "use it only if your doctor
    tells you to"; 処方がなければ手に入りません = "only with a prescription"): two negations, one
    meaning, which English says by a restrictive focus without any "not". So is a negated adverbial of
    manner, "without" (医師の許可なく運動を始めてはいけません, 相談せずにやめないでください = "only once your doctor
    says it is okay", "stop only after talking to your doctor"; fifty-third session), and a limit in time
    before a negated main predicate, 〜までは〜ない (結果が出るまでは確定できません = "can only be confirmed once
    the results are in"), which only "only after", "only once", "only when" or "only if" renders. The sentence's main
    predicate must be negated (japanese_main_negation) and the condition must close on a negation
    before 限り or ば, or be such an adverbial or limit; each sentence so read is masked from the condition to its end
    when the English has a word of restriction. Without one ("use it after your doctor tells you to") the
    main negation is still demanded: the restriction was dropped; "unless" renders the condition only."""
    if not _EN_RESTRICTION_RE.search(translation):
        return source
    from ..japanese.tokenizer import tokenize

    # sentence by sentence when the two sides align: the restriction must be in the sentence's own rendering
    sentences = split_japanese_sentences(source)
    english = split_english_sentences(translation)
    aligned = len(sentences) == len(english)
    offset = 0
    for n, sentence in enumerate(sentences):
        start = source.find(sentence, offset)
        offset = start + len(sentence)
        if start < 0 or not japanese_main_negation(sentence):
            continue
        if aligned and not _EN_RESTRICTION_RE.search(english[n]):
            continue
        tokens = tokenize(sentence)
        # (fifty-third session, from its review) the new shapes, "without" and "not until", only in a sentence of its
        # own whose English says the restriction with no negation at all: the two negations are rendered by it, not
        # one of them by a "not" beside an "only" of another clause; never beside "only until", and "only once a day"
        # is a frequency
        own = aligned and _restriction_alone(english[n])
        after_only = own and _EN_RESTRICTION_AFTER_RE.search(english[n])
        candidates = 0  # new shapes read per sentence: a sentence has one or two conditions, a hostile one thousands
        for i in range(len(tokens) - 1):
            after = tokens[i + 1]
            shape = own and candidates < _CANDIDATES and (_without(tokens, i) or after_only and _time_limit(tokens, i))
            candidates += bool(shape)
            if (
                _is_negation(tokens, i)
                and (after.surface_form in ("限り", "かぎり") or after.basic_form == "ば")
                or shape
                and _condition_restricted(tokens, i, english[n])
            ):
                begin = start + tokens[i].start
                source = source[:begin] + "〇" * (offset - begin) + source[offset:]
                break
    return source


def _condition_restricted(tokens, i, english: str) -> bool:
    """(fifty-third session, from its review) The English "only" restricts by the source's condition: a word of the
    condition (its clause, from the last comma to the negation or まで at i: 医師の許可なく, 結果が出るまで) is rendered
    in an "only" clause of the English (to its next comma or stop), by the lexicon, a katakana or Latin word, a number
    or a JMdict gloss. "Take it only after meals" for 医師に相談せずにやめないで renders nothing of the condition: the
    "only" restricts something else, and the restriction the source makes is dropped."""
    from .structure import _EN_CONTENT_RE, _anchor_matches, _EnglishWords, sentence_anchors

    # the condition's clause, from the last comma, at most _CONDITION_REACH words back (a hostile text of one clause
    # repeated is read in linear time: from the final review)
    begin = max(
        (k + 1 for k in range(max(0, i - _CONDITION_REACH), i) if tokens[k].surface_form in ("、", ",")), default=0
    )
    begin = max(begin, i - _CONDITION_REACH)
    condition = "".join(t.surface_form for t in tokens[begin : i + 1])
    anchors = {a for a in sentence_anchors(condition) if a[0] != "kind"}
    # the words JMdict is asked for: each noun, each run of nouns as one word (説明 + 書), each verb of its own, and the
    # noun of an adjective the tokenizer made one word with ない (許可ない)
    asked, run = set(), ""
    for t in tokens[begin : i + 1]:
        if t.pos == "名詞":
            run += t.surface_form
            asked.add(t.basic_form if t.basic_form not in ("*", "") else t.surface_form)
            continue
        asked.add(run)
        run = ""
        if t.pos == "動詞" and t.pos_detail_1 == "自立" and t.basic_form not in ("する", "ある", "いる", "なる"):
            asked.add(t.basic_form)
        elif t.pos == "形容詞" and t.basic_form.endswith(("ない", "無い")) and len(t.basic_form) >= 4:
            asked.add(t.basic_form[:-2])
    nouns = {w for w in asked | {run} if len(w) >= 2}
    for match in _EN_RESTRICTION_RE.finditer(english):
        clause = _EN_CLAUSE_END_RE.split(english[match.start() :], maxsplit=1)[0]
        clause_words = _EN_CONTENT_RE.findall(clause)
        if any(_anchor_matches(a, clause, clause_words) for a in anchors):
            return True
        glossed = _EnglishWords(clause)
        if any(glossed.glossed(noun) for noun in nouns):
            return True
    return False


_CONDITION_REACH = 12
# the end of an English clause: a comma, a semicolon, a colon, a stop that is no decimal point ("after 2.5 hours")
_EN_CLAUSE_END_RE = re.compile(r"[,;:!?]|\.(?!\d)")


_CANDIDATES = 4


def _restriction_alone(english: str) -> bool:
    """The English sentence says a restriction with "only" and no negation of its own, and none of the "only"s that
    restrict no condition (_EN_NO_RESTRICTION_RE: "only until", which reverses "not until"; "only once a day", a
    frequency; "only as much as", an amount)."""
    if not _EN_RESTRICTION_RE.search(english) or _EN_NO_RESTRICTION_RE.search(english):
        return False
    return not _EN_NEGATION_WORD_RE.search(english)  # a word that denies ("stop", "avoid" may render the verb)


_EN_NO_RESTRICTION_RE = re.compile(
    r"\bonly\s+(?:[a-z]+\s+){0,2}?until\b|\bonly\s+(?:once|twice)\s+(?:a|an|per|every|each)\b"
    r"|\bonly\s+as\s+(?:much|many|often|long|far)\b",
    re.IGNORECASE,
)
# (fifty-third session, from its review) words after a verb's ないで that make it the request or a favour asked
# (ないでください, ないでもらえますか, ないでおいて), not a manner of the verb after it
_REQUEST_AFTER_NAIDE = frozenset(
    (
        "くださる",
        "下さる",
        "ほしい",
        "欲しい",
        "いただく",
        "頂く",
        "いただける",
        "もらう",
        "もらえる",
        "くれる",
        "おく",
        "置く",
    )
)


def _without(tokens, i) -> bool:
    """A negated adverbial of manner at i, "without", that a verb or its object follows at once: 許可なく運動を (an
    adjective noun + ない, one word to the tokenizer), 相談せずに, 指示なしに, 予約なしで, 確認しないで飲む. Not
    なくても, なく、 (there is none), ずには, an adjective of its own (少なく), nor ないでください and the like (the
    request itself: _REQUEST_AFTER_NAIDE)."""
    token, after = tokens[i], tokens[i + 1]
    following = after.pos in ("名詞", "動詞", "副詞") and after.pos_detail_1 != "非自立"
    if token.pos == "形容詞" and token.surface_form.endswith(("なく", "無く")):
        stem = token.basic_form[:-2]
        # a noun before ない, in the word (許可ない, read as a noun of its own) or before it (了承 + なく); not 少ない,
        # 何気ない, つまらない, and not 痛みがなく, a particle before it (there is none)
        noun = _noun_stem(stem) if stem else i > 0 and tokens[i - 1].pos == "名詞"
        return following and noun and after.basic_form not in ("なる", "する", "ある")
    if token.pos == "助動詞" and token.surface_form == "ず":
        # ずに only: ず、 also joins two clauses, "and not" (お酒を飲まず、タバコも吸わないで; from the final review)
        return after.surface_form == "に" and (i + 2 >= len(tokens) or tokens[i + 2].surface_form not in ("は", "も"))
    if token.surface_form in ("なし", "無し") and _is_negation(tokens, i):
        return after.surface_form in ("に", "で")  # 指示なしに, 予約なしで(は)
    if _is_negation(tokens, i) and token.surface_form == "ない" and after.surface_form == "で":
        rest = tokens[i + 2] if i + 2 < len(tokens) else None
        return rest is not None and rest.pos in ("名詞", "動詞") and rest.basic_form not in _REQUEST_AFTER_NAIDE
    return False


@lru_cache(maxsize=256)
def _noun_stem(stem: str) -> bool:
    """The stem of an adjective in ない is a noun of an act or a thing by itself (許可, 断り, 了承), as the tokenizer reads it."""
    from ..japanese.tokenizer import tokenize

    words = tokenize(stem)
    return (
        len(stem) >= 2 and len(words) == 1 and words[0].pos == "名詞" and words[0].pos_detail_1 in ("サ変接続", "一般")
    )


def _time_limit(tokens, i) -> bool:
    """A limit in time at i: まで after a verb (結果が出るまでは, 傷が乾くまで、), followed by は or a comma. Not after a
    noun: a place, an hour or an amount (病院までは, 午後5時までは, 1日2錠まで) is a limit of another kind (from the
    review)."""
    token, after = tokens[i], tokens[i + 1]
    return (
        token.surface_form == "まで"
        and token.pos == "助詞"
        and i > 0
        and tokens[i - 1].pos in ("動詞", "助動詞")
        and after.surface_form in ("は", "、")
    )


def _negated_head(tokens, i):
    """(index of the word a negation at i denies, whether it denies a need or an existence), or (None, False): the verb
    or noun before it, past auxiliaries, light verbs (する, ある, いる), て of a verb in progress (制限していません), topic
    and subject particles, adverbs and a need or a nominaliser (必要, こと): 控える of 控える必要はありません and 制限
    of 大きな制限はありません deny a need or an existence (True), 中止 of 中止せずに and 外す of 外さないで the act itself
    (False)."""
    need = False
    for j in range(i - 1, -1, -1):
        t = tokens[j]
        if t.basic_form in ("必要", "ある", "要る"):
            need = True
            continue
        if (
            t.pos == "助動詞"
            or t.pos == "動詞"
            and (t.pos_detail_1 in ("接尾", "非自立") or t.basic_form in ("する", "いる", "おる"))
            or t.pos == "助詞"
            and (t.basic_form in ("は", "も", "が") or t.basic_form in ("て", "で") and t.pos_detail_1 == "接続助詞")
            or t.pos == "副詞"
            or t.basic_form == "こと"
        ):
            continue
        return (j, need) if t.pos in ("名詞", "動詞") else (None, False)
    return None, False


@lru_cache(maxsize=1)
def _restraint_acts() -> dict[str, re.Pattern[str]]:
    """Each restraint of [[restraint]] (basic form) with the English words of its own act."""
    acts = {}
    for entry in load_negation_words().get("restraint", []):
        pattern = re.compile(rf"\b(?:{entry['en']})\b", re.IGNORECASE)
        acts.update((word, pattern) for word in entry["ja"])
    return acts


# what follows a negation asked for: 〜ないで(ください), 〜ないように, 〜ないこと, 〜なくて
_ASKED_AFTER = frozenset({"で", "よう", "ように", "こと", "て", "に"})
# but 〜なくて(も)大丈夫, 〜なくてもいい, 〜なくて構わない permit, as a denied need does
_PERMITTED_AFTER = frozenset({"も", "大丈夫", "いい", "よい", "良い", "構う", "かまう"})


def _restraint_lifted(source: str, translation: str) -> str:
    """(nineteenth session) The source with each negated restraint masked that the English renders as the act it
    frees, with no "not" ([[restraint]]: refraining, restricting, stopping, removing, resting). Two readings:

    - a restraint whose need or existence is denied, or stated as not done (控える必要はありません, 制限はありません,
      制限していません, 禁止されていません), is a permission: "you can go to school as usual", "you can visit at any
      time" (en_permission, en_permission_lifted);
    - the restraining act asked not to be done (中止せずに, 中断しないこと, 外さないで) keeps the act going: "keep taking it",
      "keep the patch on", "with the clothes still on" (en_continuation_lifted); a permission does not render it
      ("You can take the bandage off" for 外さないで is its reversal).

    Sentence by sentence when both sides have as many, and never when that English sentence forbids, negates or
    defers anything (en_forbidding), restrains in general (en_restraining: off, away, gently, if needed) or names
    the restraint's own act (the en of its [[restraint]]: "take … off" for 外す, "put up with" for 我慢): there the
    English may permit or continue the restraint itself ("You can take a day off school" for 休む必要はありません,
    "Keep putting up with the pain" for 我慢しないで, from the reviews)."""
    permission = [_pattern("en_permission_lifted", False), _pattern("en_permission", True)]
    continuation = _pattern("en_continuation_lifted", False)
    if not continuation.search(translation) and not any(p.search(translation) for p in permission):
        return source
    from ..japanese.tokenizer import tokenize

    restraint = _restraint_acts()
    barred = [_pattern("en_forbidding", True), _pattern("en_restraining", True)]
    sentences, english = split_japanese_sentences(source), split_english_sentences(translation)
    aligned = len(sentences) == len(english)

    @cache  # each English reading once (unaligned, every sentence reads the whole translation)
    def reading(rendering: str) -> tuple[bool, bool, bool]:
        barred_here = any(p.search(rendering) for p in barred)
        return barred_here, any(p.search(rendering) for p in permission), bool(continuation.search(rendering))

    @cache
    def names_act(act: re.Pattern[str], rendering: str) -> bool:
        return bool(act.search(rendering))

    offset = 0
    for n, sentence in enumerate(sentences):
        start = source.find(sentence, offset)
        if start < 0:
            continue
        offset = start + len(sentence)
        rendering = english[n] if aligned else translation
        barred_here, permits, continues = reading(rendering)
        if barred_here or not permits and not continues:
            continue
        tokens = tokenize(sentence)
        for i in range(len(tokens)):
            head, need = _negated_head(tokens, i) if _is_negation(tokens, i) else (None, False)
            # a restraint stated as not done (制限していません, 禁止されていません) permits as a denied need does; one
            # asked not to be done (外さないで, 中止せずに, 中断しないこと, 外さないように) keeps the act going
            # (and a restraint one cannot do, やめられません: the act must go on, as when asked; not the passive of a
            # verbal noun, さ + れる, which is stated: 禁止されていません = "you are allowed", forty-fifth session)
            asked = (
                tokens[i].surface_form == "ず"
                or i + 1 < len(tokens)
                and tokens[i + 1].surface_form in _ASKED_AFTER
                and not (i + 2 < len(tokens) and tokens[i + 2].basic_form in _PERMITTED_AFTER)
                or head is not None
                and any(
                    t.basic_form in ("れる", "られる") and tokens[k - 1].surface_form != "さ"
                    for k, t in enumerate(tokens[head + 1 : i], start=head + 1)
                )
            )
            act = restraint.get(tokens[head].basic_form) if head is not None else None
            if act is not None and not names_act(act, rendering) and (permits if need or not asked else continues):
                begin, end = start + tokens[head].start, start + tokens[i].end
                source = source[:begin] + "〇" * (end - begin) + source[end:]
    return source


# English words that stand before a noun: "a hospital stay", "your stay", "the remaining tablets" are
# nouns and adjectives, not the verbs of continuity
_DETERMINERS = frozenset(
    {"a", "an", "the", "your", "his", "her", "their", "our", "my", "its", "this", "that", "hospital"}
)
_EN_TOKEN_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*|\d+(?:[.,]\d+)*|[.;:!?,]")


_JA_DURATION_RE = re.compile(r"[0-9０-９一二三四五六七八九十数]+\s*(?:日|週|か月|ヶ月|カ月|年|時間|分)")


def _clause_before(text: str, end: int) -> str:
    """The text of the clause that ends at ``end`` (from the last 、 or 。 before it)."""
    start = max(text.rfind(mark, 0, end) for mark in "、。，")
    return text[start + 1 : end]


_NUMBER_WORDS = frozenset(
    "a an one two three four five six seven eight nine ten eleven twelve several few many about around "
    "up over under less more".split()
)
_CESSATION_VERB_RE = re.compile(r"(?:continu|persist|linger|last)", re.IGNORECASE)


def _continuity_count(translation: str) -> tuple[int, int, int]:
    """How many English verbs of continuity (keep, stay, remain, continue, persist: ``en_continuity``)
    the text uses of a state, of an activity, and of a length, not of a place: (states, activities,
    lengths).

    "keep your airway open", "stays dry" keep a state: the negation of an event that would change
    it. "keep pinching", "the bleeding continues", "the pain persists" keep an activity or a
    process going: the negation of its ending only (やめる, 止まる, 離す: ``ja_cessation``), since
    "keep taking it" is no rendering of 飲まないで. "stay within 2 meters", "keep it in the fridge"
    say where something is (``en_location``), which no negation renders, and "a hospital stay" is
    a noun."""
    data = load_negation_words()
    continuity = re.compile(rf"(?:{'|'.join(data['en_continuity'])})", re.IGNORECASE)
    location = set(data["en_location"])
    words = _EN_TOKEN_RE.findall(mask_not_negation(translation))
    states = activities = lengths = 0
    for i, word in enumerate(words):
        if not continuity.fullmatch(word):
            continue
        if i and words[i - 1].lower() in _DETERMINERS:
            continue
        # the complement: the first word of a place, within the verb's object (three words), ends it
        following = []
        for w in words[i + 1 : i + 5]:
            if w in ".;:!?,":
                break
            following.append(w.lower())
        if any(w in location for w in following):
            continue
        if word.lower().startswith("last") and any(w[0].isdigit() or w in _NUMBER_WORDS for w in following):
            lengths += 1  # "lasts 3 days": the negated ending must have that length (3日以上下がらない)
            continue
        if _CESSATION_VERB_RE.match(word) or following[:1] and following[0].endswith("ing") and len(following[0]) > 4:
            activities += 1  # continue, persist; keep + V-ing
        else:
            states += 1
    return states, activities, lengths


def _negated_verbs(tokens):
    """(index of the content verb, index of the negation) for each negation that closes a verb
    phrase: 塞がら-ない, 知ら-れ-たく-ない, 離さ-ない-で, し-なかっ-た. Auxiliaries, suffixes and
    dependent verbs between the two (れる, たい, せる) belong to the verb."""
    found = []
    for i in range(len(tokens)):
        if not _is_negation(tokens, i) or tokens[i].surface_form in ("なし", "無し") or tokens[i].pos == "形容詞":
            continue
        j = i - 1
        while j >= 0 and (
            tokens[j].pos == "助動詞" or tokens[j].pos == "動詞" and tokens[j].pos_detail_1 in ("接尾", "非自立")
        ):
            j -= 1
        if j >= 0 and tokens[j].pos == "動詞" and tokens[j].pos_detail_1 == "自立":
            found.append((j, i))
    return found


def _aspect_answered(source: str, translation: str) -> str:
    """The source with each negated verb masked that the English renders by its aspect rather than by
    "not" (derived from what a negated event means, not from a list of verbs):

    - the negation of an event is the continuity of the state before it: 気道が塞がらないように =
      "keep your airway open", おねしょをしなかった朝 = "mornings when your child stays dry"; the
      negation of an ending is the continuity of the activity: 指を離さないで = "keep pinching",
      血が止まらない = "the bleeding continues" (``_continuity_count``). An English verb of
      continuity answers one negated verb of an event, not of a state (ある, いる, できる:
      ``ja_state_verbs``), and only when the source has no word of continuity of its own (続ける,
      保つ, まま: ``ja_continuity``), which that verb would render instead (飲み続けないで →
      "keep taking" stays a dropped negation);
    - a negation becoming (〜なくなる: 目立たなくなる) is a change of degree, which an English
      comparative of less renders ("become less noticeable");
    - a negation closing an adverbial clause (〜ずに, 〜ないで + verb, 〜ないうちに: 間に合わずに漏れる)
      says the act came first, which English "before" renders ("leaking before you can get to the
      bathroom"); the main predicate keeps its own negation. So does an absence closing one (症状がなく、
      見つかる = "found before any symptoms appear").
    """
    from ..japanese.tokenizer import tokenize

    data = load_negation_words()
    # the look-alikes (〜ないと〜ない: must) are no negations, and masking a part of one would break it
    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), source)
    tokens = tokenize(_free_negations(masked)[1])
    spans = _negated_verbs(tokens)
    # (nineteenth session) an absence closing an adverbial clause (症状がなく、…見つかる: found with no symptoms) says
    # it came first, as 〜ずに does: "found … before any symptoms appear" (translation-blind37, -49)
    absences = [
        (i, i)
        for i in range(len(tokens) - 1)
        if tokens[i].pos == "形容詞"
        and tokens[i].basic_form in ("ない", "無い")
        and tokens[i].surface_form == "なく"
        and tokens[i + 1].surface_form == "、"
    ]
    if not spans and not absences:
        return source
    before = len(_BEFORE_RE.findall(translation))
    if not spans:
        return _masked(source, tokens, absences[:before])
    masks = _kept_states(tokens, spans, translation)
    states, activities, lengths = _continuity_count(translation)
    cessation = _pattern("ja_cessation", False)
    continuity_ja = _pattern("ja_continuity", False)

    # the verb, or the noun a light verb する makes one of (中止しない)
    def head(j):
        light = tokens[j].basic_form == "する" and j and tokens[j - 1].pos == "名詞"
        return tokens[j - 1].start if light else tokens[j].start

    # (eighth session) a negated ending in an adverbial clause before a verb of continuity says one thing twice
    # (やめずに塗り続けて, 中断せず飲み続ける = "keep applying"): the English continuity renders both. Only when the
    # clause's next verb is a compound with 続ける (塗り続ける), not 続ける of another object (やめずに、運動を続けて:
    # two acts), and never beside an English "stop" left affirmative (from the review)
    if (states or activities) and not _EN_PLAIN_STOP_RE.search(translation):
        paired = [(j, i) for j, i in spans if _adverbial(tokens, i) and cessation.match(source[head(j) :])]
        paired = [(j, i) for j, i in paired if _next_verb_continues(tokens, i)]
        masks += paired[: states + activities]
    if (states or activities or lengths) and not continuity_ja.search(source):
        state_verbs = set(data["ja_state_verbs"])
        # a predicate or a relative clause; an adverbial 〜ずに is a manner ("without"), not a state
        events = [(j, i) for j, i in spans if tokens[j].basic_form not in state_verbs and not _adverbial(tokens, i)]

        endings = [(j, i) for j, i in events if cessation.match(source[head(j) :])]
        masks += endings[:activities]
        # "the fever lasts three days or more" renders 3日以上下がらない: a length on the negated ending
        timed = [(j, i) for j, i in endings if _JA_DURATION_RE.search(_clause_before(source, tokens[i].start))]
        masks += [span for span in timed if span not in masks][:lengths]
        # A kept state ("keep X open", "stay dry") is taken as rendering a negated event only through
        # [[kept_state]] (masked above), which tells the state before the event from its reverse
        # ("keep your feet cold" for 冷やさないで stays reported: a false alarm is safer than a reversal).
    lesser = len(_LESSER_RE.findall(translation))
    becoming = [(j, i) for j, i in spans if i + 1 < len(tokens) and tokens[i + 1].basic_form == "なる"]
    masks += becoming[:lesser]
    # (seventh session) a verb of fading away renders a verb of being noticed that becomes negated ("the scar fades"
    # for 目立たなくなる); never a verb that already means fading (引かなくなる, 消えなくなる: a reversal, from the review)
    noticed = [(j, i) for j, i in becoming if tokens[j].basic_form in _NOTICED and (j, i) not in masks]
    masks += noticed[: len(_FADING_RE.findall(translation))]
    adverbial = [(j, i) for j, i in spans if _adverbial(tokens, i)] + absences
    masks += adverbial[:before]
    return _masked(source, tokens, set(masks))


def _masked(source: str, tokens, spans) -> str:
    """The source with each span of tokens (first, last index) blanked with 〇, its length kept."""
    for j, i in spans:
        start, end = tokens[j].start, tokens[i].end
        source = source[:start] + "〇" * (end - start) + source[end:]
    return source


# an English verb of stopping not negated ("Stop the medicine", but not "do not stop", "never stop")
_EN_PLAIN_STOP_RE = re.compile(
    r"(?<!not )(?<!n't )(?<!n’t )(?<!never )\b(?:stop|stops|stopping|quit|quits|discontinue|discontinues)\b",
    re.IGNORECASE,
)


def _next_verb_continues(tokens, i):
    """Whether the sentence goes on, after the negation at i, to a compound with 続ける (塗り続けて, 飲み続ける) before
    any 続ける of its own object (運動を続けて, 保湿も続けて: another act)."""
    for k in range(i + 1, len(tokens)):
        t = tokens[k]
        if t.surface_form == "。":
            return False
        if t.basic_form == "続ける" and t.pos == "動詞":
            before = tokens[k - 1]
            return before.pos == "動詞" and before.conjugated_form.startswith("連用")
    return False


def _verb_keys(tokens, j) -> set[str]:
    """The names a negated verb at j goes by in [[kept_state]]: its basic form (出す), a noun with
    する (共有する), and its phrase with the two words before it (横 + に + なる)."""
    keys = {tokens[j].basic_form}
    if j and tokens[j].basic_form == "する" and tokens[j - 1].pos == "名詞":
        keys.add(tokens[j - 1].surface_form + "する")
    if j >= 2 and tokens[j - 1].pos == "助詞":
        keys.add(tokens[j - 2].surface_form + tokens[j - 1].surface_form + tokens[j].basic_form)
    return keys


def _keeping_pattern(states: list[str]) -> re.Pattern[str]:
    """An English verb of keeping (en_keeping) with one of ``states`` within six words of it, in its clause:
    "keep your skin covered", "keep the area under the bandage dry"."""
    keeping = "|".join(map(re.escape, load_negation_words()["en_keeping"]))
    body = "|".join(map(re.escape, sorted(states, key=len, reverse=True)))
    return re.compile(rf"\b(?:{keeping})\b(?:\s+[^\s.;:!?,]+){{0,6}}?\s+(?:{body})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _kept_state_patterns() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """([[kept_state]] verbs, the English "keep … <state>" that renders their negation)."""
    return tuple(
        (frozenset(entry["ja"]), _keeping_pattern(entry["en"])) for entry in load_negation_words().get("kept_state", [])
    )


@lru_cache(maxsize=1)
def _brought_state_patterns() -> tuple[tuple[frozenset[str], re.Pattern[str]], ...]:
    """([[kept_state]] verbs, the English "keep … <the state the verb's event brings>"): the opposite state."""
    return tuple(
        (frozenset(entry["ja"]), _keeping_pattern(entry["brings"]))
        for entry in load_negation_words().get("kept_state", [])
        if entry.get("brings")
    )


def reversed_state(source: str, translation: str) -> str:
    """A sentence naming a negated verb of [[kept_state]] that the English renders by keeping the state
    the verb's event brings (乾燥させないよう → "to keep the wound dry", 冷やさないで → "keep it cold"); else "".

    The state kept is the antonym of the one the event brings, so "keep … dry" for 乾燥させない says the
    opposite of the source. Reported even where the negation is free (a purpose clause), since no
    count of negations tells a reversed state: both sides have none."""
    from ..japanese.tokenizer import tokenize

    patterns = _brought_state_patterns()
    if not patterns or not any(pattern.search(translation) for _, pattern in patterns):
        return ""
    # sentence by sentence when the two sides align: a state kept in another sentence renders another verb
    ja, en = split_japanese_sentences(source), split_english_sentences(translation)
    if len(ja) == len(en) > 1:
        return next((found for found in map(reversed_state, ja, en) if found), "")
    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), source)
    tokens = tokenize(_free_negations(masked)[1])
    negated = _negated_verbs(tokens)
    negated_at = {j for j, _ in negated}
    # English spans that render something else of the source: the kept state of another negated verb
    # (濡らさず → "keep the wound dry" beside 乾燥させない) is that verb's rendering
    kept = {
        m.span()
        for verbs, pattern in _kept_state_patterns()
        if any(_verb_keys(tokens, j) & verbs for j, _ in negated)
        for m in pattern.finditer(translation)
    }
    for j, i in negated:
        keys = _verb_keys(tokens, j)
        for verbs, pattern in patterns:
            if not keys & verbs:
                continue
            # each affirmative use of a verb of the entry (冷やします, 閉じたまま) is rendered by one "keep … cold"
            affirmative = sum(
                1
                for k, t in enumerate(tokens)
                if k not in negated_at
                and t.pos == "動詞"
                and t.pos_detail_1 == "自立"
                and _verb_keys(tokens, k) & verbs
            )
            left = [m for m in pattern.finditer(translation) if m.span() not in kept][affirmative:]
            match = left[0] if left else None
            if match:
                word = source[tokens[j - 1 if tokens[j].basic_form == "する" and j else j].start : tokens[i].end]
                return (
                    f"the source negates {word}, whose negation keeps the opposite state, but the translation "
                    f"says {match.group()!r}: is the state reversed?"
                )
    return ""


def _kept_states(tokens, spans, translation: str) -> list[tuple[int, int]]:
    """The negated verbs the English renders by the state their event would end ([[kept_state]]:
    出さない = "keep … covered", 横にならず = "stay upright"); each English phrase renders one."""
    masks = []
    for verbs, pattern in _kept_state_patterns():
        mine = [(j, i) for j, i in spans if _verb_keys(tokens, j) & verbs]
        masks += mine[: len(pattern.findall(translation))]
    return masks


_LESSER_RE = re.compile(r"\b(?:less|fewer)\s+(?!than\b)[a-z]{3,}", re.IGNORECASE)
_WITHOUT_ACT_RE = re.compile(r"\bwithout\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)
# verbs of being noticed or of appearing, whose negation becoming (目立たなくなる, 見えなくなる) a verb of fading renders
_NOTICED = frozenset(("目立つ", "見える", "感じる", "出る", "分かる", "わかる", "気づく", "聞こえる", "におう", "匂う"))
# verbs of fading away, which render a negation becoming as the comparative of less does
_FADING_RE = re.compile(
    r"\b(?:fad(?:e|es|ed|ing)|disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?|subsid(?:e|es|ed|ing)"
    r"|(?:go|goes|went|gone|going|wear|wears|wore|worn|wearing)\s+(?:away|off))\b",
    re.IGNORECASE,
)
# "before" opening a clause or a gerund: "before you can get there", "before taking it", not "before meals"
_BEFORE_RE = re.compile(
    r"\bbefore\s+(?:(?:you|they|he|she|it|we|i|your\s+\w+|the\s+\w+)\s+(?:can|could|are|is|were|was|have|has|get|reach|\w+s|\w+ed)\b|\w+ing\b"
    # (nineteenth session) a subject with "any" and a verb of appearing: "before any symptoms appear"
    r"|any\s+\w+\s+(?:appear|appears|develop|develops|start|starts|begin|begins|show|shows|occur|occurs)\b)",
    re.IGNORECASE,
)


def _adverbial(tokens, i):
    """The negation at i closes an adverbial clause: 〜ずに, 〜ず、, 〜ないで + a verb (not 〜ないでください,
    a request), 〜ないうちに."""
    after = [t.surface_form for t in tokens[i + 1 : i + 3]]
    if tokens[i].surface_form == "ず":
        return bool(after) and after[0] in ("に", "、")
    if after[:1] == ["で"] and tokens[i].surface_form == "ない":
        return len(after) > 1 and after[1] not in ("ください", "下さい", "ほしい", "欲しい", "いただ", "くれ", "もらえ")
    return after[:2] == ["うち", "に"]


def _answered_english(source: str, translation: str, counted_only: bool = False) -> str:
    """The English with each negation that renders a Japanese word of its kind masked: "not enough"
    for 不足 ([[answered]] with negated = "en"). ``counted_only``: only the entries whose renderings are counted
    (``also``: one English negation for each Japanese word not rendered otherwise), the only ones exact enough to
    say that an English negation renders that word and nothing else."""
    for ja, en, negated, also in _answered_entries():
        if negated != "en" or not ja.search(source) or (counted_only and also is None):
            continue
        if also is None:
            translation = en.sub(" ", translation)
        else:
            left = len(ja.findall(source)) - len(also.findall(translation))
            translation = en.sub(" ", translation, count=left) if left > 0 else translation
    return translation


# もう with a negation is the Japanese "no longer" (もう塗らなくてよい = "you no longer need to apply it"): an English "no
# longer" may render it, whatever going away the source has besides (from the second code review)
_JA_NO_LONGER_RE = re.compile(r"もう[^。]{0,20}?(?:ない|なく|ません|ず)")


def _counted_sources_masked(source: str) -> str:
    """The source with the words of the counted [[answered]] entries (``also``) masked: their English renderings
    have been taken away, and with them what the words say (問わず, 関係なく hold a negation of their own)."""
    for ja, _, negated, also in _answered_entries():
        if negated == "en" and also is not None:
            source = ja.sub(lambda m: "〇" * len(m.group()), source)
    return source


def _refrains(source: str, translation: str) -> bool:
    """A request to refrain (控えてください) or a prohibition (自己判断は禁物です) rendered as an English
    negated imperative ("Do not drive", "so do not assume …").

    The refraining word must be a verb of the source: 発作止め (a rescue medicine) is a noun. A word
    that forbids (禁物, 厳禁) is a noun that states the prohibition itself, which a permission denied renders too
    ("Eating is not allowed" for 飲食は禁止されています)."""
    if _prohibition_rendered(source, translation):
        return True
    if not _pattern("en_negated_imperative", False).search(translation):
        return False
    if not _pattern("ja_refraining", False).search(source):
        return False
    from ..japanese.tokenizer import tokenize

    refraining = _pattern("ja_refraining", False)
    if not any(t.pos == "動詞" and refraining.match(t.surface_form) for t in tokenize(source)):
        return False
    from .negation_account import acts_rendered_by_their_verbs

    # the English says the act itself (avoid, stop): its "not" negates that verb ("Do not avoid
    # smoking" for 喫煙は避けてください), a reversal, not the request's rendering
    return not acts_rendered_by_their_verbs(source, translation)


_EN_OUTRIGHT_NEGATION_RE = re.compile(r"\b(?:not|never|no|none|nor|neither|cannot)\b|n['’]t\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _prohibition_predicate_re() -> re.Pattern[str]:
    """A word of ja_prohibiting as the predicate (禁止です, 禁止されています, 禁煙となっております, 飲食厳禁。), or a
    polite request to refrain (ご遠慮ください)."""
    words = "|".join(map(re.escape, sorted(load_negation_words()["ja_prohibiting"], key=len, reverse=True)))
    polite = "|".join(map(re.escape, load_negation_words()["ja_polite_prohibition"]))
    # (from the second review) and in the verb forms of notices (禁止しています, 禁止いたします, 禁煙になっています, 禁止させて
    # いただいております, and 絶食となります: thirty-ninth session), or naming the rule in a title (面会禁止のお知らせ, 院内での
    # 禁止事項); not as a topic (面会の禁止は、…解除されました)
    return re.compile(
        rf"(?:{words})(?=です|でした|とな[っりる]|にな[っりる]|とさせ|させ|とし|とされ|し|いたし|致し|され|の|事項|中|。|！|!|$)|{polite}"
    )


def _prohibition_rendered(source: str, translation: str) -> bool:
    """(sixteenth session) Each English negation renders a prohibition of the source: the source has a prohibition as
    a predicate or a rule's name (面会はご遠慮ください, 飲食は禁止されています, 面会禁止のお知らせ) and the English negates only
    in negated imperatives ("Please do not visit") or denied permissions ("is not allowed"), no more of them than the
    source has prohibitions. A prohibition word elsewhere (禁煙外来, 面会の禁止は解除されました) or another English
    negation leaves the entry to the count of negations."""
    rules = len(_prohibition_predicate_re().findall(source))
    if not rules:
        return False
    rendered = [
        m.span()
        for key in ("en_negated_imperative", "en_negated_permission")
        for m in _pattern(key, False).finditer(translation)
    ]
    # one rendering for each prohibition at most: a second one may negate another clause (院内は禁煙ですが、面会は自由に
    # できます → "…, and visits are not permitted either": from the first review); a prohibition rendered twice (飲食・
    # 喫煙は禁止です → "Eating is not allowed, and smoking is not permitted") stays a finding the translator confirms
    if not rendered or len(rendered) > rules:
        return False
    return all(any(a <= m.start() < b for a, b in rendered) for m in _EN_OUTRIGHT_NEGATION_RE.finditer(translation))


def _without_bounds(source: str, translation: str) -> str:
    """The English with its negated comparisons ("no more than") masked when the source has a bound (以内)."""
    for bounds, negations in (("ja_bounds", "en_bound_negation"), ("ja_lower_bounds", "en_lower_bound_negation")):
        if _pattern(bounds, False).search(source):
            translation = _pattern(negations, False).sub(" ", translation)
    return translation


def _names_people(tokens):
    """A noun with a negating prefix heads a phrase naming people: 非喫煙者, 無症状の方, 未接種の人."""
    heads = set(load_negation_words()["ja_person_heads"])
    for i, token in enumerate(tokens[:-1]):
        if not (token.pos == "接頭詞" and token.surface_form in _JA_NEGATING_PREFIXES or _listed_prefixed(tokens, i)):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].pos == "名詞" and tokens[j].pos_detail_1 != "接尾":
            j += 1
        rest = tokens[j : j + 2]
        if rest and rest[0].pos_detail_1 == "接尾" and rest[0].surface_form in heads:
            return True  # 非喫煙者
        if len(rest) == 2 and rest[0].surface_form == "の" and rest[1].surface_form in heads:
            return True  # 無症状の方
    return False


def _listed_prefixed(tokens, i):
    return tokens[i].surface_form in load_negation_words()["ja_prefixed"]


_JA_NEGATING_PREFIXES = ("非", "無", "不", "未")


def _condition_clause(tokens, i):
    """The negation at i closes a condition or purpose clause, whose English need not say "not".

    出なければ / 飲まないと、/ 飲まなかったら / ないなら ("if", "unless", or a positive
    condition: "if your child tolerates it"), 忘れないように ("to remember"), 暗くならない
    うちに ("while it is still light"), 隠れていないか調べる (a question embedded as an object:
    "check whether"). 〜ないようにする/しましょう/してください is the main
    predicate's ("take care not to …") and stays checkable.
    """
    after = tokens[i + 1 : i + 4]
    if not after:
        return False
    if _inside_condition(tokens, i):
        return True
    first = after[0]
    if first.basic_form == "ば" or first.surface_form in ("たら", "なら", "ならば"):
        return True
    if first.surface_form == "と" and first.pos_detail_1 == "接続助詞":
        return True
    if first.surface_form == "か" and len(after) > 1 and after[1].surface_form not in ("。", "！", "？", "」"):
        return True  # an embedded question, "whether": 隠れていないか調べます = check whether … is causing it
    if first.surface_form == "うち" and len(after) > 1 and after[1].surface_form == "に":
        return True
    if first.surface_form == "よう" and len(after) > 1 and after[1].surface_form == "に":
        return not (len(after) > 2 and after[2].basic_form == "する") and not (
            _volitional(tokens, i) and _asked_for(tokens, i + 3)
        )
    if first.surface_form in ("限り", "かぎり"):
        return True  # 指示がない限り ("unless there is an instruction"): a condition, see _restriction_answered
    return False


def _volitional(tokens, i):
    """The verb the negation at i denies is an act one can be told not to do: not a happening
    (不安にならない, 誤解が生じない), a passive or a potential (取り残されない)."""
    verb = next((tokens[j] for j in range(i - 1, -1, -1) if tokens[j].pos == "動詞"), None)
    if verb is None:
        return False
    if verb.basic_form in ("れる", "られる", "できる"):
        return False  # 取り残されない, 食べられない (a causative, 食べさせない, is the most willed of acts)
    return verb.basic_form not in ("なる", "生じる", "起こる", "起きる", "出る", "ある", "いる", "転ぶ")


def _asked_for(tokens, start):
    """The ように clause ending before ``start`` is the content of a request: the verb governing it
    (after a comma and an object at most) is one of ja_telling_heads (声をかける, 伝える, 注意する)."""
    data = load_negation_words()
    j = start
    while j < len(tokens) and tokens[j].surface_form in ("、", ","):
        j += 1
    for _ in range(4):  # the head comes within a few words: 〜ないように、お子さんに声をかけましょう
        if j >= len(tokens) or tokens[j].surface_form in ("。", "、", "！", "？"):
            return False
        token = tokens[j]
        if token.pos == "名詞" and j + 2 < len(tokens) and tokens[j + 1].surface_form == "を":
            if f"{token.basic_form}を{tokens[j + 2].basic_form}" in data["ja_telling_heads"]:
                return True
        if token.basic_form in data["ja_telling_heads"]:
            return True
        if token.pos == "動詞" or (token.pos == "名詞" and token.pos_detail_1 == "サ変接続"):
            return False  # another verb governs the clause: a purpose (保湿します, 工夫します)
        j += 1
    return False


def _negated_conditions(source: str) -> int:
    """How many negations of the source close a condition (出なければ, 飲まないと、, ない場合は): not a
    purpose (ように), a time (うちに) or an embedded question (か), which English renders otherwise."""
    from ..japanese.tokenizer import tokenize

    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), source)
    tokens = tokenize(_free_negations(masked)[1])
    count = 0
    for i in range(len(tokens) - 1):
        if not _is_negation(tokens, i):
            continue
        first = tokens[i + 1]
        if (
            first.basic_form == "ば"
            or first.surface_form in ("たら", "なら", "ならば", "限り", "かぎり")
            or first.surface_form == "と"
            and first.pos_detail_1 == "接続助詞"
            or _inside_condition(tokens, i)
        ):
            count += 1
    return count


_UNLESS_RE = re.compile(r"\bunless\b", re.IGNORECASE)
# (thirty-third session) a requirement in English: a need, a must, an "only" before a condition or a time, a "before"
# that a condition must precede
_REQUIREMENT_RE = re.compile(
    r"\b(?:needs?|needed|requires?|required|must|has\s+to|have\s+to|only\s+(?:if|when|after|once|with|by|for)|"
    r"before\s+(?:we|you|they|it)\s+can)\b",
    re.IGNORECASE,
)


def _requirement_rendered(source: str, translation: str) -> bool:
    """(thirty-third session) A double negative of requirement, a negated condition before a negated main predicate
    (署名がなければ、手術を行うことはできません; 本人確認ができない場合、結果はお伝えできません: "not without", i.e. only
    with), rendered as the requirement it states with no negation ("We need your signed consent form before we can
    perform the surgery", "We can give test results only after confirming your identity"). One sentence, exactly one
    negated condition and a negated main predicate: the two negations cancel, and the English says the same positively."""
    # the main predicate denies a possibility (できません, お渡しできません, 行えません, いたしかねます): "not possible
    # without" is the requirement; 必要ありません under a negated condition ("no booster is needed unless") is not one.
    # The two patterns first: the counts below each tokenize the source
    if not (_UNABLE_END_RE.search(source) and _REQUIREMENT_RE.search(translation)):
        return False
    if len(split_japanese_sentences(source)) != 1 or _negated_conditions(source) != 1:
        return False
    return bool(japanese_main_negation(source)) and _japanese_negation_count(source) == 2


_UNABLE_END_RE = re.compile(
    r"(?:(?:でき|られ|[えけげせてねべめれ])(?:ません|ない)|かね(?:ます|る))(?:でしょう|です)?[。．！!]?\s*$"
)


def _unless_rendered(source: str, translation: str) -> str:
    """The English without the "unless"es that render the source's negated conditions.

    "unless" is "if not": one negation, the condition's (指示がない限り, 出なければ → "unless your doctor
    tells you to"). It answers no other negation of the source, so the main predicate's must be said on
    its own ("Do not take it unless …"); "take it unless your doctor tells you otherwise" for
    指示がない限り服用しないでください has dropped it."""
    count = _negated_conditions(source) if _UNLESS_RE.search(translation) else 0
    return _UNLESS_RE.sub(" ", translation, count=count) if count else translation


# an English conditional clause, to the next comma or the end of its sentence: "if you have no symptoms"
_EN_CONDITION_RE = re.compile(r"\b(?:if|as long as|provided(?:\s+that)?)\b[^.;:!?,]*", re.IGNORECASE)


def _without_negated_conditions(translation: str, count: int) -> str:
    """The English without its first ``count`` conditional clauses that hold an outright negation."""
    for match in list(_EN_CONDITION_RE.finditer(translation)):
        if count <= 0:
            break
        if english_negation(match.group()).strong:
            translation = translation.replace(match.group(), " ", 1)
            count -= 1
    return translation


# How far, in tokens, a clause or a list of clauses is read after a negation: a sentence is rarely a tenth of this, and
# a text with no punctuation (a hostile or broken entry) would otherwise be read to its end from every negation.
CLAUSE_REACH = 150


def _inside_condition(tokens, i):
    """The clause of the negation at i (up to the next 、 or 。) ends as a condition: 〜場合は, 〜ば, 〜たら.

    飲めない場合は ("if you cannot drink", "if you have trouble drinking") and a relative clause
    inside the condition (力が入らない症状がある場合は: "if you have weakness") are as free as
    出なければ. A concessive 〜場合でも ("even if") and a time clause 〜ときは are not conditions.
    """
    listed = _listed_before_nado(tokens, i)
    for j in range(i + 1, min(len(tokens), i + 1 + CLAUSE_REACH)):
        token = tokens[j]
        if token.surface_form in ("、", "，") and listed and j < listed:
            continue  # a member of a list closed by など: the list is the condition's
        if token.surface_form in ("、", "，", "。", "！", "？"):
            return False
        following = tokens[j + 1].surface_form if j + 1 < len(tokens) else ""
        if token.surface_form == "場合":
            # not 場合でも, 場合も; 場合や coordinates it with the next condition (治らない場合や、…場合は)
            return following in ("は", "に", "、", "や")
        if j > i + 1 and (token.basic_form == "ば" or token.surface_form in ("たら", "なら", "ならば")):
            return following in ("、", "，")
    return False


def _listed_before_nado(tokens, i):
    """The index of the など that closes a list of clauses the negation at i is a member of, or 0.

    話せない、唇が紫色になっている、などの場合は; ろれつが回らない、手足がしびれるなどの症状があれば:
    the members are joined by 、 up to など, and the list as a whole is what the condition is about.
    """
    comma = False
    for j in range(i + 1, min(len(tokens), i + 1 + CLAUSE_REACH)):
        if tokens[j].surface_form in ("。", "！", "？"):
            return 0
        if tokens[j].surface_form == "など" and comma:
            return j
        comma = comma or tokens[j].surface_form in ("、", "，")
    return 0


def _final(tokens, i):
    """Only auxiliaries (ます, た, です) and punctuation follow the word at i up to the sentence end."""
    for t in tokens[i + 1 :]:
        if t.surface_form in ("。", "！", "？"):
            return True
        if not (t.pos == "助動詞" or t.pos == "記号"):
            return False
    return True


def _japanese_predicate(tokens, i):
    """The word at i is the predicate: followed by です/だ/でした/となる/である and the end of a clause."""
    rest = [t for t in tokens[i + 1 :] if t.pos != "記号" or t.surface_form in ("。", "、")]
    if len(rest) > 1 and rest[0].surface_form == "の" and rest[1].surface_form in ("こと", "事"):
        return True  # 無症状のことが多い, 無症状のこともある: the state is what the clause says of its subject
    for n, t in enumerate(rest):
        if t.surface_form == "な" and t.basic_form == "だ":
            # the attributive form before a noun of its own: 無理なダイエット, 不要な検査 qualify the noun; before a
            # formal noun (不要なので, 不要なこともある, 無効なのです) it is still the predicate (from the review)
            following = rest[n + 1] if n + 1 < len(rest) else None
            if (
                following is not None
                and following.pos == "名詞"
                and following.pos_detail_1 not in ("非自立", "接尾")
                and following.surface_form not in _FORMAL_NOUNS
            ):
                return False
            return True
        if t.surface_form in ("。", "、") or t.pos == "助動詞" and t.basic_form in ("です", "だ", "た", "ます"):
            return True
        if t.pos == "助詞" and t.basic_form in ("で", "と", "に", "か", "ね", "よ") or t.basic_form in ("なる", "ある"):
            continue
        return False
    return True


# nouns after which the attributive な keeps the predicate: 不要なので, 不要なこともある, 無理なはず
_FORMAL_NOUNS = frozenset({"の", "ん", "こと", "事", "もの", "物", "はず", "わけ", "訳", "ため", "よう", "ところ"})

_DOUBLE_NEGATIVE_RE = re.compile(r"\bnot (?:un|in|im)[a-z]+", re.IGNORECASE)  # "not uncommon": renders 珍しくない
# "too short of breath to talk" (話せないほど): a degree that excludes the act, English's implicit negation
_TOO_TO_RE = re.compile(r"\btoo\s+(?:[a-z]+\s+){1,4}?to\s+[a-z]+", re.IGNORECASE)
_EN_WORD_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# an English contraction (don't, isn't): anchored at a word start and Latin letters only, so a long
# run of other word characters (a CJK run counts as one \w+ word) is scanned once, not once per start
_CONTRACTION_RE = re.compile(r"\b[A-Za-z]+n['’]t\b", re.IGNORECASE)
# Words in non- that are not a negated word.
_NON_WORDS = frozenset({"nonetheless", "nonsense", "nonsensical"})
_EN_PREFIXES = ("un", "non", "asympt", "dis", "in", "im", "ir", "il")
# English negatives by their form, beyond the listed words (en_prefixed): un- before a known word
# (unsure, unwell), in-/im-/il-/ir- before a known adjective (invisible, immobile, irregular). The stem
# must be a common word (pyspellchecker's frequency), so "immediate" (mediate) and "intense" (not an
# adjective ending) are no negatives; dis- is left out (disease, discharge, display).
_UN_RE = re.compile(r"un([a-z]{4,})")
_IN_RE = re.compile(
    r"(?:in|im|il|ir)([a-z]{3,}(?:ible|able|ibly|ably|ent|ently|ant|antly|ive|ively|al|ally|ar|ate|ately|ete"
    r"|etely|ure|ic|ous|ile|ful))"
)
_STEM_MIN_FREQUENCY = 1000


def _word_frequency():
    from .english_words import word_counts  # the dictionary SPL001 reads; loaded only when asked

    return word_counts()


@lru_cache(maxsize=4096)
def lexical_negative(word: str) -> bool:
    """An English word that negates by its form (invisible, unsure, painless, smoke-free, nonsmoker):
    a weaker negation than "not", which may render a Japanese negation (ほとんど見えません → "almost
    invisible") but is never alone the evidence of an added one ("unlikely to spread" for うつりにくい)."""
    word = word.lower()
    data = load_negation_words()
    if word in data["en_prefixed"] or word.startswith(("non-", "asympt")) or word.endswith("-free"):
        return True
    # "not affected by" as a word: drug-resistant (薬が効かない), waterproof (水を通さない), resistant to
    if word == "resistant" or len(word) > 7 and word.endswith(("-resistant", "resistant", "proof")):
        return True
    if word.startswith("non") and len(word) > 7 and word not in _NON_WORDS:
        return True
    if (
        word.endswith(("less", "lessly", "lessness"))
        and len(word) > 6
        and word not in ("unless", "nevertheless", "regardless")
    ):
        return True
    match = _UN_RE.fullmatch(word) or _IN_RE.fullmatch(word)
    if not match:
        return False
    frequency = _word_frequency()
    stem = word[2:]
    return stem in frequency and frequency[stem] >= _STEM_MIN_FREQUENCY


def english_lexical_negatives(text: str) -> list[str]:
    """The words of an English text that negate by their form (``lexical_negative``), look-alikes masked."""
    masked = mask_not_negation(text)
    return [w for w in _EN_WORD_RE.findall(masked) if lexical_negative(w)]


def outright(polarity: Polarity) -> bool:
    """The English negation is an outright one (not, never, no, n't), not a word negated by its form."""
    return polarity.strong and not lexical_negative(polarity.evidence)


def english_negation(text: str) -> Polarity:
    """The polarity of an English text."""
    data = load_negation_words()
    masked = mask_not_negation(text)
    strong = _pattern("en_strong", True).search(masked) or _CONTRACTION_RE.search(masked)
    if strong:
        return Polarity(True, True, strong.group())
    words = [w.lower() for w in _EN_WORD_RE.findall(masked)]
    prefixed = set(data["en_prefixed"])
    copulas = set(data["en_copulas"])
    for index, word in enumerate(words):
        if word in prefixed or word.startswith("non") and word[3:] and len(word) > 7:
            before = [
                w
                for w in words[max(index - 3, 0) : index]
                if w not in ("very", "quite", "so", "too", "often", "usually", "also", "still", "generally")
            ]
            clause = words[max(index - 4, 0) : index]
            if before and before[-1] in copulas and not {"who", "that", "which"} & set(clause):
                return Polarity(True, True, word)
    weak = _pattern("en_weak", True).search(masked) or _DOUBLE_NEGATIVE_RE.search(text) or _TOO_TO_RE.search(masked)
    less = next(
        (
            w
            for w in words
            if w.endswith(("less", "lessly", "lessness"))
            and len(w) > 6
            and w not in ("unless", "nevertheless", "regardless")
        ),
        None,
    )
    negated_word = next(
        (
            w
            for w in words
            if w in prefixed
            or w.startswith(("non-", "asympt"))
            or w.endswith("-free")
            or w.startswith("non")
            and len(w) > 7
            and w not in _NON_WORDS  # nonsteroidal, noninvasive
        ),
        "",
    )
    negated_word = negated_word or next((w for w in words if lexical_negative(w)), "")
    found = weak.group() if weak else less or negated_word
    return Polarity(False, bool(found), found, bool(negated_word or less))


_STOP_RE = re.compile(r"\b(?:stop|stops|stopped|cease|ceases|ceased)\b", re.IGNORECASE)


def _renders_ceasing(source: str) -> bool:
    """The source has a verb of ceasing (やめる, 中止, 止まる, 治まる: ja_ceasing), which an English
    "stop" renders: that "stop" is no negation's rendering (やめないで is "do not stop", never "stop";
    治まり、…残しません is "stop … and leave no …")."""
    return bool(_pattern("ja_ceasing", False).search(source))


def _is_negation(tokens, i):
    token = tokens[i]
    return (
        token.pos == "助動詞"
        and token.basic_form in ("ない", "ぬ")
        or token.basic_form == "ん"
        and i > 0
        and tokens[i - 1].basic_form == "ます"
        or token.pos == "形容詞"
        and token.basic_form in ("ない", "無い")
        or token.surface_form in ("なし", "無し")
        and token.pos in ("形容詞", "名詞")
        or _unable(tokens, i)
        or token.basic_form in ("なくなる", "無くなる")
        and token.pos == "動詞"
        and _after_verb(tokens, i)
    )


def _after_verb(tokens, i) -> bool:
    """The token at i follows a verb at once (広がれ-なくなり: the verb's negation, not a thing that goes away)."""
    return i > 0 and tokens[i - 1].pos == "動詞"


def _unable(tokens, i) -> bool:
    """かねる after a verb is a polite "cannot" (責任を負いかねます = cannot accept responsibility, 応じかねます);
    its negation かねない, かねません ("may well") is masked before the tokens are read."""
    token = tokens[i]
    return (
        token.pos == "動詞"
        and (token.basic_form == "かねる" and token.pos_detail_1 == "非自立" or token.basic_form == "兼ねる")
        and i > 0
        and tokens[i - 1].pos == "動詞"
    )


def japanese_predicate_negations(text: str) -> list[str]:
    """The negations of a Japanese text that an English rendering must each keep.

    Affirmative look-alikes and double negations are masked; a negation in a
    condition or purpose clause is left out (its English is free), and so is one
    in a relative clause before a content noun (眠れない悩み → "sleep problems":
    the noun phrase is often rendered as one word). A negation before a formal
    noun (しないこと, 寝つけないとき) is a predicate's and counts.
    """
    from ..japanese.tokenizer import tokenize

    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), text)
    _, masked = _free_negations(masked)
    tokens = tokenize(masked)
    found = []
    for i, token in enumerate(tokens):
        if not _is_negation(tokens, i) or _condition_clause(tokens, i):
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].pos == "助動詞" and tokens[k].basic_form == "た":
            k += 1  # a past relative clause, しなかった朝 ("dry mornings"), as the present one
        following = tokens[k] if k < len(tokens) else None
        # a relative clause is the attributive ない (眠れない悩み); the adverbial なく, ず before a noun
        # (指示なく服用を中止しないで: "without instructions") modifies the verb after it, not the noun
        if (
            following is not None
            and following.pos == "名詞"
            and following.pos_detail_1 not in ("非自立", "接尾")
            and token.surface_form not in ("なく", "無く", "ず")
            and not _closes_prohibition(tokens, i)
        ):
            continue
        found.append(_negated_predicate(tokens, i))
    return found


def _negated_predicate(tokens, i):
    """The negation at ``i`` with the predicate it negates, as written (示されませんでした → 示されません, 使わない): the
    finding listed the negations alone, "(ん, ん, ない)", which told the editor nothing (from an independent check of
    issue 12)."""
    j = i
    while j > 0 and (tokens[j - 1].pos == "助動詞" or tokens[j - 1].pos_detail_1 in ("非自立", "接尾")):
        j -= 1
    if j > 0 and tokens[j - 1].pos in ("動詞", "形容詞", "名詞", "副詞"):
        j -= 1
        if j > 0 and tokens[j].pos == "動詞" and tokens[j].basic_form == "する" and tokens[j - 1].pos == "名詞":
            j -= 1  # a verbal noun with する: 増加しない
    return "".join(t.surface_form for t in tokens[j : i + 1])


def _closes_prohibition(tokens, i):
    """(thirty-ninth session) The negation at i closes a prohibition, 〜てはいけない / 〜てはならない / 〜てはだめ (一緒に
    使ってはいけない薬): before a noun too it forbids, which no positive noun phrase renders ("medicines that must not be
    taken", "contraindicated medicines", "medicines to avoid"), unlike a state (眠れない悩み → "sleep problems")."""
    return (
        i >= 3
        and tokens[i - 1].basic_form in ("いける", "なる", "だめ", "駄目")
        and tokens[i - 2].surface_form in ("は", "も")
        and tokens[i - 3].surface_form in ("て", "で")
    )


_EVEN_WITHOUT_RE = re.compile(r"\beven\s+without\b", re.IGNORECASE)


def _or_joined_acts(text: str) -> int:
    """(fourteenth session) Acts beyond the first that one negated verb governs through "or" / "nor" in its clause:
    "cannot raise their arms or turn over in bed" renders 腕が上がらない、寝返りが打てない, two negations ("or" under
    a negation distributes it; "and" does not). A list with commas before its "or" counts each item ("cannot sleep,
    eat, or work"); an "or" that opens a new clause ("or if you …", "or you …") governs nothing (from the second
    review)."""
    count = 0
    for match in re.finditer(
        r"\b(?:cannot|can['’]t|can\s+not|(?:do|does|did|will|would|could|should|must)\s+not|(?:do|does|did|wo|would|"
        r"could|should|must)n['’]t|never|unable\s+to|not\s+be\s+able\s+to)\b(?P<phrase>[^.;:!?]*)",
        text,
        re.IGNORECASE,
    ):
        phrase = re.split(r",\s*(?:and|but|so|if|when|because|although|while)\b", match["phrase"], maxsplit=1)[0]
        phrase = re.split(
            r"\b(?:or|nor)\s+(?:if|when|unless|because|you|they|it|we|he|she|i|there)\b", phrase, flags=re.IGNORECASE
        )[0]
        ors = list(re.finditer(r"\b(?:or|nor)\b", phrase, re.IGNORECASE))
        if ors:
            count += len(ors) + phrase[: ors[-1].start()].count(",")
    return count


# an act kept from happening, "keeps you from sleeping", "prevents it from spreading": the English of a negated act
# (眠れない, 広がらないよう), as 〜ないよう is answered by it ([[answered]]); "stop" is a negation word already
_KEPT_FROM_RE = re.compile(
    r"\b(?:keep|keeps|kept|keeping)\s+(?:[\w'’-]+\s+){1,3}?from\s+(?!(?:morning|evening|nothing|something|anything|spring|during)\b)\w+ing\b"
    # (twentieth session) and a thing kept out of a place: "keep pillows and toys out of the crib" for ベッドに入れないで
    r"|\b(?:keep|keeps|kept|keeping)\s+(?:[\w'’,-]+\s+){1,6}?out\s+of\b",
    re.IGNORECASE,
)
# an act put off until after something, "wait two weeks before you fly": the English of an act not to be done until
# then (乗らないでください)
# (asking or checking first answers only an act without consent: [[answered]] in negation.toml, from the review)
_WAITED_FOR_RE = re.compile(r"\bwait(?:s|ed|ing)?\b[^.;:!?]{0,60}?\b(?:before|until|till)\b", re.IGNORECASE)
_PREVENTED_FROM_RE = re.compile(
    r"\b(?:prevent|prevents|prevented|preventing)\s+(?:[\w'’-]+\s+){1,3}?from\s+\w+ing\b", re.IGNORECASE
)


def english_negation_count(text: str) -> int:
    """How many negations and negation-rendering words an English text has (not, n't, avoid, -less, un-…)."""
    data = load_negation_words()
    masked = text  # generous: a look-alike ("does not go away") is a negation's form here
    count = len(_pattern("en_strong", True).findall(masked)) + len(_CONTRACTION_RE.findall(masked))
    # the en_weak phrases counted and taken out at once: what follows reads the text without them
    unweak, weak = _pattern("en_weak", True).subn(" ", masked)
    count += weak + len(_DOUBLE_NEGATIVE_RE.findall(text))
    count += len(_TOO_TO_RE.findall(masked))  # "too sore to swallow" renders 飲み込めない
    # "the pain keeps you from sleeping" renders 眠れない, "wait two weeks before you fly" 乗らないで (read without the
    # en_weak phrases counted above: "keep away from" is one)
    count += len(_KEPT_FROM_RE.findall(unweak)) + len(_PREVENTED_FROM_RE.findall(unweak))
    count += len(_WAITED_FOR_RE.findall(unweak))
    prefixed = set(data["en_prefixed"])
    for word in (w.lower() for w in _EN_WORD_RE.findall(masked)):
        if word in prefixed and word not in data["en_weak"]:
            count += 1
        elif (
            word.endswith(("less", "lessly")) and len(word) > 6 and word not in ("unless", "nevertheless", "regardless")
        ):
            count += 1
        elif (
            word.startswith(("non-", "asympt"))
            or word.endswith("-free")
            or word.startswith("non")
            and len(word) > 7
            and word not in _NON_WORDS  # nonsteroidal, as english_negation reads it
        ):
            count += 1
        elif word not in data["en_weak"] and lexical_negative(word):
            count += 1  # a word negated by its form (unlike, invisible), as english_negation reads it
    return count


def reversed_litotes(source: str, translation: str) -> str:
    """A sentence naming the litotes of frequency of the source (少なくありません: "often") when the
    English has a word of rarity (seldom, rare) and no word of frequency (often, many, "not
    uncommon"); else "".

    The litotes is affirmative and masked as no negation (ja_not_negation), so its reversal is no
    dropped or added negation: "it is seldom advanced" beside a "rarely" that renders another
    negation of the sentence (ほとんど出ない) has as many negations as the source."""
    litotes = _pattern("ja_litotes", False).search(source)
    if not litotes or _pattern("en_frequency", True).search(translation):
        return ""
    masked = mask_not_negation(_litotes_read(source, translation))  # "a few", "not uncommon", "by no means rare"
    rarity = _pattern("en_rarity", True).search(masked)
    return (
        f"the source says it is frequent by a double negative ({litotes.group()}) but the translation has a word of rarity ({rarity.group()}) and none of frequency"
        if rarity
        else ""
    )


# (twentieth session) frequency said plainly, 多い, しばしば ("often", "most"), and rarity, まれ, めったに ("rarely"): a
# translation that says the other and not the same reverses it ("Bed-wetting seldom goes away" for 治ることが多い,
# "usually leaves lasting damage" for 残すことはまれです; from translation-blind50 and -21). A litotes of either
# (少なくありません, 珍しくない) is masked before and read by reversed_litotes.
_JA_FREQUENT_RE = re.compile(
    r"(?:こと|場合|人|方|ケース)(?:が|も|は)多(?:い|く(?:見られ|みられ|あり|起こ))|しばしば|たびたび|頻繁|頻回|大半|大部分"
)
_JA_RARE_WORDS = frozenset({"まれ", "稀", "めったに", "滅多に"})  # as words: not the まれ of 含まれない, 生まれ
_EN_NEGATED_FREQUENCY_RE = re.compile(
    r"(?:\bnot|n['’]t|\bnever)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:often|common|commonly|usual|usually|frequent|frequently|many|much|most|typical|typically|generally)\b",
    re.IGNORECASE,
)


def reversed_frequency(source: str, translation: str) -> str:
    """A sentence naming the source's word of frequency or rarity when the English says only the other; else ""."""
    from ..japanese.tokenizer import tokenize

    masked_source = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), source)
    # a frequency inside a negated act (頻繁に使用しないでください: "do not use it frequently") is no statement of one
    frequent = _JA_FREQUENT_RE.search(masked_source) if not japanese_negation(source).strong else None
    # めったに is a rarity with its negation (めったにありません), which ja_not_negation masks: read as written
    rare = next((t.surface_form for t in tokenize(masked_source) if t.surface_form in _JA_RARE_WORDS), "") or (
        next((word for word in ("めったに", "滅多に") if word in source), "")
    )
    if bool(frequent) == bool(rare):
        return ""
    english = mask_not_negation(translation)
    negated = _EN_NEGATED_FREQUENCY_RE.search(english)
    english = _EN_NEGATED_FREQUENCY_RE.sub(" ", english)
    says_frequent = _pattern("en_frequency", True).search(english)
    says_rare = _pattern("en_rarity", True).search(english) or negated
    if frequent and says_rare and not says_frequent:
        return f"the source says it is frequent ({frequent.group()}) but the translation says it is rare ({says_rare.group()})"
    if rare and says_frequent and not says_rare:
        return f"the source says it is rare ({rare}) but the translation says it is frequent ({says_frequent.group()})"
    return ""


# (thirty-seventh session) verbs of going away, ending, healing or improving in the source (消えます, 消失しました, 治まる,
# 腫れが引きます, なくなる, 改善した場合は), and the English that denies such an ending ("did not disappear", "has not
# resolved", "was not gone", "fail to improve"): from an audit of issue 12, where six such reversals of 血栓は消失しました
# passed (消失's 失 reads as a weak negation that answers the English "not")
_JA_GOING_AWAY_RE = re.compile(
    r"消え|消失|消退|治ま|収ま|おさま|治り|治る|治っ|引き(?:ます|まし)|引く|引いて|なくな|改善|解消|軽快|回復|良くな|よくな"
)
_EN_ENDING_DENIED_RE = re.compile(
    r"\b(?:(?:do|does|did|will|would|may|might|can|could|has|have|had|is|are|was|were|be)\s+not"
    r"|(?:do|does|did|wo|has|have|had|is|are|was|were|ca)n['’]t|never|fail(?:s|ed|ing)?\s+to)\s+"
    r"(?:\w+ly\s+|been\s+|be\s+)?"
    r"(?:go(?:es)?\s+away|gone|disappear\w*|resolve\w*|vanish\w*|clear(?:s|ed)?(?:\s+up)?|subside\w*|heal\w*"
    r"|improve\w*|get\s+better|got\s+better|recover\w*|cured|settle\w*\s+down)\b",
    re.IGNORECASE,
)


# the verb's own negation or difficulty after a verb of ending: 改善しない, 治まらず, 消えることはありません, 治りにくい
# (fifty-second session) and its negative condition: 改善しなければ受診してください ("if it does not get better"); not an
# obligation, なければなりません (from the final review)
_JA_OWN_NEGATION_RE = re.compile(
    r"[^。、，．!?！？]{0,8}?(?:ない|なく|なかっ|なけれ(?!ばな[らり]|ばいけ|ばだめ)|なきゃ|ねば(?!な[らり])|ません|ず|ぬ|にく|づら|難し|がた)"
)
_NOT_YET_RE = re.compile(
    r"\s*(?:completely\s+|entirely\s+|fully\s+)?(?:for|until|till|before|overnight)\b", re.IGNORECASE
)
# how fast or how well: "does not heal as easily", "does not go away right away" (a difficulty or a speed, which the
# source must not contradict: すぐに引きます → "doesn't go away quickly" is reversed)
_NOT_SO_RE = re.compile(
    r"\s*(?:as\s+|so\s+|very\s+)?(?:easily|readily|well|completely|fully|right\s+away|immediately|at\s+once"
    r"|straight\s+away|quickly|soon|fast)\b",
    re.IGNORECASE,
)
_JA_QUICKLY_RE = re.compile(r"すぐ|直ちに|ただちに|速やか|即|早く|はやく|簡単に|完全に|きれいに")


def _going_away_read(source: str, translation: str) -> str:
    """The English with "does not go away" read as "persists" when the source has no negation (see _NOT_GOING_AWAY_RE)."""
    negated_ending = any(_JA_OWN_NEGATION_RE.match(source, m.end()) for m in _JA_GOING_AWAY_RE.finditer(source))
    if japanese_negation(source).strong or negated_ending:
        return translation  # (an ending negated in a condition too: 痛みがなくならない場合は → "if … does not go away")
    return _NOT_GOING_AWAY_RE.sub(" persists ", translation)


def reversed_going_away(source: str, translation: str) -> str:
    """A sentence when the source says something goes away, ends or improves (nothing negated, no word of lasting) and
    the English denies that ending; else "". Neither a "does not go away" read as "persists" (_going_away_read) nor
    the weak negation of 消失 would show the reversal."""
    endings = list(_JA_GOING_AWAY_RE.finditer(source))
    negated = [m for m in endings if _JA_OWN_NEGATION_RE.match(source, m.end())]
    plain = [m for m in endings if not _JA_OWN_NEGATION_RE.match(source, m.end())]
    if negated and (not plain or len(_EN_ENDING_DENIED_RE.findall(translation)) <= len(negated)):
        # a verb of ending negated or made difficult in the source (改善しない場合は, 高齢では治りにくい) renders an English
        # denial (from the review: 治りますが…治りにくい); (fifty-second session, from a review) one denial for each, so that
        # 通常は改善しますが、改善しなければ… rendered "It usually fails to improve, but if it does not…" is still found
        return ""
    going = plain[0] if plain else None
    said = _EN_ENDING_DENIED_RE.search(translation)
    if not going or not said:
        return ""
    after = translation[said.end() :]
    if _NOT_YET_RE.match(after):
        return ""  # "does not go away for a few days", "until": the time it takes, which 数日で引きます says too
    if _NOT_SO_RE.match(after) and not _JA_QUICKLY_RE.search(source):
        return ""  # "does not heal as easily": a degree the source does not contradict
    # (from the second audit) the ない of なくなる is a thing going away, no negation of the sentence: 痛みはなくなります
    if japanese_negation(source.replace("なくな", "消え")).strong or _pattern("ja_continuity", False).search(source):
        return ""
    return (
        f"the source says it ends or improves ({going.group()}) but the translation says it does not ({said.group()})"
    )


# (thirty-seventh session, from an audit of issue 12) a test result said on a scale of two: 正常/異常 (normal/abnormal),
# 陰性/陽性 (negative/positive), each side read with the negation that governs it (正常ではありません is abnormal, 異常は
# ありません is normal, "not negative" is positive). "normal" renders 異常はありません, so the counted negations agree
# whichever way the result was turned; the result itself is compared here. Which words are results: the source's
# decide (a "positive attitude" is no result where the source names none).
_JA_RESULT_RE = re.compile(
    r"(?<![一-龥])(?P<word>正常|異常|陰性|陽性)(?:値|範囲内|範囲|所見)?(?![一-龥])"
    # the negation of the result's own predicate: after a particle, one verb (a kanji stem and its kana: 戻っていません,
    # 働いていない, 認められません) or none (ではありません, がなければ); (from the review) not a clause beyond it
    r"(?P<denied>(?:では|じゃ|で|に|と|は|が|も|を)?(?:は|も)?(?:特に|とくに|何も)?[一-龥]{0,2}[ぁ-ゖ]{0,8}?"
    r"(?:ない|なく|なかっ|ません|ず|なし|無し|なければ))?"
    r"(?P<asked>か)?"
)
_JA_RESULT_GOOD = {"正常": True, "異常": False, "陰性": True, "陽性": False}
_EN_RESULT_RE = re.compile(
    r"(?P<denied>\b(?:none|nothing|no)\s+(?:\w+\s+){0,6}?|\b(?:not|never|without|free\s+of)\s+(?:\w+\s+){0,2}?"
    r"|\bn['’]t\s+(?:\w+\s+){0,2}?)?"
    r"\b(?P<word>abnormal(?:ity|ities)?|normal(?:ly)?|negative|positive|outside\s+the\s+normal|within\s+(?:the\s+)?normal)\b",
    re.IGNORECASE,
)


def _ja_results(source: str) -> set[bool]:
    found = set()
    for match in _JA_RESULT_RE.finditer(source):
        if match.group("denied") and match.group("asked"):
            continue  # 異常がないかを確認します: a question about the result, no result ("check for any abnormality")
        good = _JA_RESULT_GOOD[match.group("word")]
        found.add(good != bool(match.group("denied")))
    return found


def _en_results(translation: str, kinds: set[str]) -> set[bool]:
    found = set()
    for match in _EN_RESULT_RE.finditer(translation):
        word = match.group("word").lower()
        if word.startswith("outside"):
            good = False
        elif word.startswith("within"):
            good = True
        elif word.startswith(("normal", "abnormal")):
            if "scale" not in kinds:
                continue
            good = word.startswith("normal")
        else:
            if "sign" not in kinds:
                continue
            good = word == "negative"
        found.add(good != bool(match.group("denied")))
    return found


def _negative_result_read(source: str, translation: str) -> str:
    """The English with a test result "negative" read as the weak "free of" when the source names 陰性 (ja_prefixed
    counts it a negation, so "The test was negative" answered nothing and was reported as a dropped negation); a result
    turned the other way is read by reversed_result."""
    if "陰性" not in source:
        return translation
    return re.sub(r"\bnegative\b", "free of", translation, flags=re.IGNORECASE)


def _result_kinds(source: str) -> set[str]:
    """Which English result words are results here: the source's decide (normal/abnormal for 正常/異常, negative/positive
    for 陰性/陽性)."""
    return {kind for kind, pattern in (("scale", "正常|異常"), ("sign", "陰性|陽性")) if re.search(pattern, source)}


def _results_read(source: str, translation: str) -> tuple[str, str]:
    """Both sides with a test result that agrees read as its plain word (正常でなくても → 異常, "None of the results were
    abnormal" → "normal"): a result said by its antonym and a negation renders the other side's plain word, and its
    negation is no negation to count (from the review: 数値が正常でなくても → "An abnormal result …" and すべて正常
    でした → "None … were abnormal" were reported as a dropped or an added negation). A result turned over is
    reversed_result's."""
    ja = _ja_results(source)
    if len(ja) != 1 or _en_results(translation, _result_kinds(source)) != ja:
        return source, translation
    antonym = {"正常": "異常", "異常": "正常", "陰性": "陽性", "陽性": "陰性"}

    def plain_ja(match: re.Match[str]) -> str:
        if not match.group("denied") or match.group("asked"):
            return match.group()
        return antonym[match.group("word")]

    def plain_en(match: re.Match[str]) -> str:
        return " normal " if match.group("denied") else match.group()

    return _JA_RESULT_RE.sub(plain_ja, source), _EN_RESULT_RE.sub(plain_en, translation)


def reversed_result(source: str, translation: str) -> str:
    """A sentence when the source gives one test result (normal or not: 正常, 異常はありません, 陰性ではない) and the
    English gives only the other; else ""."""
    ja = _ja_results(source)
    if len(ja) != 1:
        return ""
    en = _en_results(translation, _result_kinds(source))
    if len(en) != 1 or en == ja:
        return ""
    said = "normal (no abnormality, negative)" if ja == {True} else "not normal (abnormal, positive)"
    return f"the source says the result is {said} but the translation says the opposite"


# (thirty-eighth session, issue 12) a change turned the other way: 増えます → "decreases", 悪化します → "improves". Two
# axes, amount and course; a side that names both ends of an axis, or negates anything, is not compared (a count of
# negations is TRN011's other half), and English level adjectives (higher, lower) are not verbs of change
_JA_DIRECTION = {
    "up": ("増える", "増す", "増加", "増大", "上がる", "上げる", "上昇", "高まる", "高める", "急増"),
    "down": ("減る", "減らす", "減少", "下がる", "下げる", "低下", "縮小", "急減"),
    "worse": ("悪化", "悪くなる", "重くなる", "ひどくなる", "重症化", "重篤化"),
    "better": ("改善", "良くなる", "よくなる", "軽くなる", "軽快", "和らぐ", "回復"),
}
_EN_DIRECTION = {
    "up": r"increas\w*|rise|rises|rising|rose|risen|go(?:es)?\s+up|going\s+up|went\s+up|gone\s+up|rais(?:e|es|ed|ing)"
    r"|grow|grows|growing|grew|grown|climbs?|climbed|climbing|surges?|surged|surging|gain|gains|gained|gaining",
    # (a fall is as often a tumble, 転倒, and drops a medicine, 点眼: only a level falling or dropping counts)
    "down": r"decreas\w*|(?:falls?|fell|fallen|falling)(?=\s+(?:to|below|by|under|back|sharply|quickly|slowly))"
    r"|(?<!eye )(?<!ear )(?<!nasal )(?<!nose )(?:drops?|dropped|dropping)(?=\s+(?:to|below|by|too|sharply|quickly|suddenly))"
    r"|declin\w*|go(?:es)?\s+down"
    r"|going\s+down|went\s+down|gone\s+down|reduc\w*|lowers|lowered|lowering|shrink\w*|shrank|shrunk"
    # "lower" as a verb before its object ("medicines that lower blood pressure"), not the adjective ("a lower dose")
    r"|lower(?=\s+(?:your|the|his|her|their|its|blood|a|an|this|that|it|them)\b)"
    # losing an amount ("lose about 10% of your weight"), not one's way ("getting lost")
    r"|(?:lose|loses|losing|lost)(?=\s+(?:about\s+|around\s+|up\s+to\s+|some\s+|more\s+)?(?:\d|weight|muscle|fat))",
    "worse": r"worsen\w*|(?:get|gets|got|getting|become|becomes|became|grow|grows)\s+worse|deteriorat\w*|aggravat\w*",
    "better": r"improv\w*|(?:get|gets|got|getting|become|becomes|became)\s+better|recover\w*|eases|eased|easing"
    r"|subsid\w*",
}
_EN_DIRECTION_RE = {kind: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for kind, words in _EN_DIRECTION.items()}
_AXES = (("up", "down"), ("worse", "better"))
_CHANGE_NAMES = {"up": "an increase", "down": "a decrease", "worse": "a worsening", "better": "an improvement"}


def _ja_directions(source: str) -> set[str]:
    from ..japanese.tokenizer import tokenize

    tokens = tokenize(source)
    found = set()
    for i, token in enumerate(tokens):
        lemma = token.basic_form if token.basic_form != "*" else token.surface_form
        # an adjective becoming (悪く + なる) is one word of change
        becoming = (
            lemma + "なる"
            if token.pos == "形容詞" and i + 1 < len(tokens) and tokens[i + 1].basic_form in ("なる", "成る")
            else ""
        )
        for kind, words in _JA_DIRECTION.items():
            if lemma in words or becoming in words or (token.pos == "名詞" and token.surface_form in words):
                found.add(kind)
    return found


# (thirty-eighth session, from an audit of issue 12) a bound turned the other way: 少なくとも6か月 → "at most 6 months",
# 65歳以上 → "65 or younger". Bounds are words, not negations: compared whatever either side negates
_JA_BOUND = {"lower": ("以上", "少なくとも", "最低"), "upper": ("以下", "以内", "未満", "最大", "最長")}
_EN_BOUND_RE = {
    "lower": re.compile(
        r"\b(?:at\s+least|or\s+(?:more|longer|older|higher|above|over|greater|beyond)|(?<!no\s)(?<!not\s)more\s+than"
        r"|(?<!no\s)(?<!not\s)longer\s+than|no[t]?\s+(?:less|fewer|shorter)\s+than"
        r"|older\s+than|(?:a\s+)?minimum\s+of)\b",
        re.IGNORECASE,
    ),
    "upper": re.compile(
        r"\b(?:at\s+most|or\s+(?:less|fewer|shorter|younger|lower|below|under)|up\s+to|within|no\s+more\s+than"
        r"|no\s+longer\s+than|(?<!no\s)(?<!not\s)(?:less|fewer)\s+than|younger\s+than|(?:a\s+)?maximum\s+of)\b",
        re.IGNORECASE,
    ),
}


def reversed_bound(source: str, translation: str) -> str:
    """A sentence when the source bounds a quantity one way (以上: at least; 以内: at most) and the English only the
    other way; else ""."""
    ja = {kind for kind, words in _JA_BOUND.items() if any(word in source for word in words)}
    if len(ja) != 1:
        return ""
    en = {kind for kind, pattern in _EN_BOUND_RE.items() if pattern.search(translation)}
    if len(en) != 1 or en == ja:
        return ""
    if japanese_negation(source).strong or english_negation(translation).strong:
        return ""  # a bound under a negation is the other bound ("do not stay more than 15 minutes" for 15分以内)
    said = "a lower bound (at least)" if ja == {"lower"} else "an upper bound (at most, within)"
    return f"the source gives {said} but the translation gives the other bound"


def reversed_direction(source: str, translation: str) -> str:
    """A sentence when the source's change goes one way on an axis (more or less; worse or better) and the English
    names only the other way, or its bound the other bound (reversed_bound); else ""."""
    bound = reversed_bound(source, translation)
    if bound:
        return bound
    if not any(word in source for words in _JA_DIRECTION.values() for word in (w[:2] for w in words)):
        return ""
    ja = _ja_directions(source)
    if not ja or japanese_negation(source).strong or english_negation(translation).strong:
        return ""
    en = {kind for kind, pattern in _EN_DIRECTION_RE.items() if pattern.search(translation)}
    for first, second in _AXES:
        for said, other in ((first, second), (second, first)):
            if ja & {first, second} == {said} and en & {first, second} == {other}:
                return f"the source says {_CHANGE_NAMES[said]} but the translation says {_CHANGE_NAMES[other]}"
    return ""


# (thirty-ninth session) and a likeness under a negated predicate (ワルファリンのような検査は必要ありません: "unlike warfarin,
# they do not need tests"): "unlike X" renders the comparison, the predicate's negation stays to be rendered
_JA_DIFFERENCE_RE = re.compile(r"と(?:は)?(?:違|ちが|異な)|の(?:よう|様)(?:に|な)")
# (from the review) not "unlike any" / "unlike anything": "a headache unlike any you have had" renders a negation
_UNLIKE_RE = re.compile(r"\bunlike\b(?!\s+(?:any|anything|anyone)\b)", re.IGNORECASE)
_SMALL_OR_NONE_RE = re.compile(
    # (from the review) not when the "no" goes on to govern another noun: "little or no pain or bleeding"
    r"\b(little|few|hardly\s+any|almost\s+no|rarely|seldom|hardly\s+ever)\s+(?:or|to)\s+(?:no|none|never|nothing)\b"
    r"(?!\s+[\w-]+\s+(?:or|and|nor)\b)",
    re.IGNORECASE,
)


def negation_mismatch(source: str, translation: str) -> str:
    """A sentence for a finding when one side negates and the other does not; "" when they agree."""
    from .form_negation import form_negation_mismatch

    # (thirty-sixth session) then a negation in a word's form: painless for 痛みを伴う, certain for 不確実
    return (
        _outright_mismatch(source, translation)
        or _possibility_denied(source, translation)
        or form_negation_mismatch(source, translation)
    )


# (forty-fifth session) 〜ないとは限りません, 〜ないわけではありません say that something may happen or be so
# (lint/data/negation.toml ja_possibility_kept); an English that renders them keeps that possibility (may, might, not
# necessarily, still, not completely)
# what keeps the possibility in English: a modal, a hedge, or a negated certainty (not always, not completely)
_EN_POSSIBILITY = re.compile(
    r"\b(?:may|might|could|possible|possibly|necessarily|still|some|sometimes)\b|\ba\s+chance\b"
    # "can", but not of a denial ("tuberculosis can be ruled out" for 否定できません says the opposite)
    r"|\bcan\b(?!['’]t)(?!\s+(?:\w+\s+)?be\s+(?:rul\w*\s+out|exclud\w*|denied))"
    r"|(?:\bnot|n['’]t)\s+(?:\w+\s+){0,2}?(?:always|completely|entirely|fully|totally|guarantee\w*|certain|sure|100|all|"
    r"every\w*)\b",
    re.IGNORECASE,
)
# a certainty said outright ("is always safe", "rules out infection"): the possibility turned into its opposite
_EN_CERTAINTY = re.compile(
    r"\b(?:always|rul(?:e|es|ed)\s+out|guarantee[sd]?|certainly|definitely|completely|totally)\b|\b100\s*%",
    re.IGNORECASE,
)
# the contracted not (won't, doesn't), beside the negation words of en_strong
_EN_CONTRACTED_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)
# a verb that denies (prevent, rule out, lack): with a "not", two negations, as a word negated by its form is
# (english_lexical_negatives: painless, unwell, non-smoker)
_EN_DENYING_VERB = re.compile(
    r"\b(?:prevent\w*|rul(?:e|es|ed|ing)\s+out|exclud\w+|lack\w*|fail\w*|stop\w*|avoid\w*|absen\w+|free\s+of)\b",
    re.IGNORECASE,
)


def _possibility_denied(source: str, translation: str) -> str:
    """A possibility of the source (リスクがないとは限りません, 感染しないわけではありません: it may happen) rendered as a
    plain denial or a certainty ("There is no risk", "You will not get infected", "It is always safe"): the English
    keeps no word of possibility (may, still, not always) and has one negation, or none and a word of certainty. A
    negation under another answers an English negation without demanding one (ja_double_negation), which let this
    reversal through; one sentence on each side only."""
    kept = _pattern("ja_possibility_kept", False)
    found = next((m for m in kept.finditer(source) if _opens_with_a_negation(source, m)), None)
    if found is None or _EN_POSSIBILITY.search(translation):
        return ""
    if len(split_japanese_sentences(source)) != 1 or len(split_english_sentences(translation)) != 1:
        return ""
    negations = sum(
        len(pattern.findall(translation))
        for pattern in (_pattern("en_strong", True), _EN_CONTRACTED_NOT, _EN_DENYING_VERB)
    ) + len(english_lexical_negatives(translation))
    if negations >= 2:
        return ""  # two negations keep the double negation: "It is not painless", "does not prevent you from"
    if negations == 0 and not _EN_CERTAINTY.search(translation):
        return ""
    return (
        f"the source says it may be so (「{found.group()}」) but the translation "
        f"{'denies it outright' if negations else 'states a certainty'}: is the meaning reversed?"
    )


# (thirty-ninth session) a negation word alone in quotation marks: answer "Yes" or "No."
_QUOTED_NEGATION_WORD_RE = re.compile(r"(?<=[\"“‘'])(?:no|none|never|not)[.!?]?(?=[\"”’'])", re.IGNORECASE)
_JA_QUOTED_RE = re.compile(r"「[^「」]*」|『[^『』]*』")
# "No," or "No, no," opening a quotation or a sentence: the interjection of a reply
_INTERJECTED_NO_RE = re.compile(r"(?:(?<=[\"“‘'])|(?<![\w\s,;:-])|^)\s*no(?:,\s*no)*(?=\s*[,!])", re.IGNORECASE)


def _has_denial_interjection(source: str) -> bool:
    """The source has an interjection of denial (いいえ, いえ, いえいえ, いや as an interjection)."""
    from ..japanese.tokenizer import tokenize

    denials = ("いいえ", "いえ", "いや")
    return any(word in source for word in denials) and any(
        t.pos == "感動詞" and t.surface_form.startswith(denials) for t in tokenize(source)
    )


def _mentioned_negation_words_masked(source: str, translation: str) -> str:
    """A negation word alone in quotation marks is mentioned, not said (answer with "Yes" or "No." for 「はい」か「いいえ」),
    unless a quotation of the source holds a negation it renders (「熱はない」と答えた方 → answered "no"). A "No," that
    opens a reply renders the source's interjection of denial (いいえ, いえいえ: 「いえいえ、大丈夫です」 → "No, no, I'm
    fine"), which negates no predicate (fiftieth session: a fresh corpus had it reported as an added negation)."""
    if _INTERJECTED_NO_RE.search(translation) and _has_denial_interjection(source):
        translation = _INTERJECTED_NO_RE.sub(lambda m: " " * len(m.group()), translation)
    if not _QUOTED_NEGATION_WORD_RE.search(translation):
        return translation
    if any(japanese_negation(quoted).strong for quoted in _JA_QUOTED_RE.findall(source)):
        return translation
    return _QUOTED_NEGATION_WORD_RE.sub(lambda m: " " * len(m.group()), translation)


def _outright_mismatch(source: str, translation: str) -> str:
    """negation_mismatch's reading of the negations that are counted: not, no, never, ない, ません, ず, なし, …"""
    from .negation_account import ledger

    translation = _mentioned_negation_words_masked(source, translation)
    aligned = len(split_japanese_sentences(source)) == len(split_english_sentences(translation)) > 1
    reversed_ = reversed_state(source, translation)
    if reversed_:
        return reversed_
    reversed_ = (
        ""
        if aligned
        else reversed_litotes(source, translation)
        or reversed_frequency(source, translation)
        or reversed_going_away(source, translation)
        or reversed_result(source, translation)
        or reversed_direction(source, translation)
    )
    if reversed_:  # else sentence by sentence
        return f"{reversed_}: is the polarity reversed?"
    if _denied_conclusion_affirmed(source, translation):
        return (
            "the source denies a conclusion (〜というわけではありません: it does not mean that) but the translation "
            'affirms it ("means …"): is the negation dropped?'
        )
    if _partial_made_total(source, translation):
        return (
            "the source denies that all do (〜わけではない, 〜とは限らない: not all, not always) but the translation "
            "says none do: is the scope of the negation changed?"
        )
    if _reassurance_reversed(source, translation):
        return (
            "the source says there is no problem (問題ありません: fine, you may) but the translation says neither that "
            "nor a permission: is the reassurance reversed?"
        )
    forbidden = _prohibition_made_permission(source, translation)
    if forbidden:
        return (
            f"the source forbids ({forbidden[0]}) but the translation permits ({forbidden[1]}) and forbids nothing: "
            "is the prohibition reversed?"
        )
    dropped = _dropped_non_prefix(source, translation)
    if dropped:
        return (
            f"the source's term {dropped} negates with 非 but the translation has no non- word: is the prefix dropped?"
        )
    translation = _litotes_read(source, _difficulty_read(source, _without_bounds(source, translation)))
    translation = _going_away_read(source, _negative_result_read(source, translation))
    source, translation = _results_read(source, translation)
    translation = _without_reassurance(source, translation)
    original, source = source, _answered(source, translation)
    if _JA_DIFFERENCE_RE.search(original):
        # (fifteenth session) "unlike X" renders the comparison (片頭痛と違って, フケと異なり), not a negation of the
        # source (it may render one where nothing compares: 経験したことのないような頭痛 = "a headache unlike any")
        translation = _UNLIKE_RE.sub(" ", translation)
    if source != original:
        # (fifteenth session) "little or no", "rarely or never": one negated quantity, which the answered word
        # renders (ほとんど出なくなる); its "no" answers no other negation of the source
        translation = _SMALL_OR_NONE_RE.sub(r"\1", translation)
    ja, en = japanese_negation(source), english_negation(translation)
    if en.weak and not en.strong and _STOP_RE.fullmatch(en.evidence.lower()) and _renders_ceasing(source):
        en = english_negation(_STOP_RE.sub(" ", translation))
    if ja.strong and en.strong and not _JA_NO_LONGER_RE.search(source):
        # (twenty-fourth session, from the review) an English negation that renders a positive Japanese word of its kind
        # (消える = "no longer there") renders no negation of the source: "Warm the area until the swelling is no longer
        # there" for 腫れが消えるまで温めないでください drops 温めないで. Only the counted renderings (`also`): applied to
        # every [[answered]] entry, it raised nine false alarms in the corpora ("not enough" for 不足 beside a negation)
        answered = _answered_english(source, translation, counted_only=True)
        if answered != translation and not english_negation(answered).strong:
            # the Japanese words those negations render go with them (問わず holds its own ず: "with or without"
            # renders the whole, from the second review cases)
            source = _counted_sources_masked(source)
            translation, en, ja = answered, english_negation(answered), japanese_negation(source)
    # Without an outright English negation, the account of both sides decides (negation_account):
    # lexical negations render each other first, and a demanding negation left over is dropped.
    if ja.strong and not en.strong and _requirement_rendered(original, translation):
        return ""  # 署名がなければ、手術はできません → "We need your signature before we can operate"
    account = ledger(source, _unless_rendered(source, translation)) if ja.strong and not en.strong else None
    if account is not None and account.dropped() > 0:
        if not account.english_words:
            return f"the source is negated ({ja.evidence}) but the translation has no negation"
        return (
            f"the source is negated ({ja.evidence}) but the translation's negation-like words "
            f"({', '.join(account.english_words)}) render other words of the source: is the negation dropped?"
        )
    # acts listed with 〜たり under one negation (測ったり、持ったりしないでください): the English must negate each,
    # or govern them all with one negation ("do not X or Y"); an English "not" on the last act only leaves the
    # others as instructions (from translation-blind26)
    if ja.strong and en.strong and ("たり" in source or "だり" in source):
        listed = ledger(source, _unless_rendered(source, translation))
        if listed.listed_acts and listed.dropped() > 0:
            return (
                f"the source forbids {listed.listed_acts + 1} acts listed with 〜たり, the translation negates fewer: "
                "is one of them now an instruction?"
            )
    # (fourteenth session) a second negation dropped beside a kept one: one sentence whose main predicate is
    # negated, the English negating something else only (症状のない胆石は…治療の必要はありません → "Gallstones
    # that cause no symptoms usually need treatment"): the account counts the negations each side must say
    if (
        ja.strong
        and en.strong
        and len(split_japanese_sentences(original)) == 1
        and japanese_main_negation(original)
        and _english_negations_subordinate(translation)
        and _main_predicate_stated(original, translation)
    ):
        account = ledger(source, _unless_rendered(source, translation))
        if account.dropped() > 0:
            return (
                f"the source has {account.demanding} negations to render ({', '.join(account.ja_words)}), the "
                "translation fewer: is the main negation dropped?"
            )
        # (fifteenth session) the account leaves a negated condition to the English (症状がなければ: "unless",
        # "without"); here the English renders it ("even when there are no symptoms") and has no negation left
        # for the main predicate, which it states: count both sides' negations of every kind
        negations = _japanese_negation_count(original)
        if negations > english_negation_count(translation):
            return (
                f"the source has {negations} negations ({ja.evidence} in its main "
                "predicate), the translation negates only a subordinate clause: is the main negation dropped?"
            )
    if ja.prefixed and not ja.optional and not (en.strong or en.weak):
        return f"the source names people by a negated word ({ja.evidence}) that the translation does not render"
    # an answered negation (ほとんどありません) still answers an English one ("almost no risk")
    if en.strong and not (ja.strong or ja.optional or ja.prefixed or _refrains(source, translation)):
        ja = japanese_negation(original) if original != source else ja
    if en.strong and not (ja.strong or ja.optional or ja.prefixed or _refrains(source, translation)):
        # an English negation rendering a Japanese word of its kind ("not enough" for 不足) is no added one
        en = english_negation(_answered_english(source, translation))
    if en.strong and _japanese_negation_count(original) == 0 and _cancelling(translation):
        # "Never have X without first Y" is "always Y before X": two negations of one requirement cancel,
        # and an affirmative source (必ず伝えてから) is what they say (with a negation in the source the pair
        # counts as two: "do not get better without surgery" for 手術をしなくても is an added one)
        en = english_negation(_without_double_negations(translation))
    # (thirty-eighth session) a concessive "even without …" qualifies the whole statement (もともと高くなりやすい → "tends
    # to be high even without the medicine"): it is no negation added to the predicate
    added = english_negation(_EVEN_WITHOUT_RE.sub(" ", translation)) if _EVEN_WITHOUT_RE.search(translation) else en
    # a word negated by its form ("is unlikely", "are unsure") may render an affirmative source
    # (うつりにくい, 迷う): it is never alone the evidence of an added negation
    if (
        en.strong
        and added.strong
        and (outright(en) or not _pattern("ja_lexical", False).search(source))
        and not (ja.strong or ja.optional or ja.prefixed or _refrains(source, translation))
        # a Japanese word of lack or denial answers an outright negation (乏しい = "no noticeable"), a word of
        # lack or removal a "without" (化粧を落として = "come without makeup"): the account decides both
        and (
            not outright(en)
            and en.evidence.lower() != "without"
            # "without" + a gerund ("without eating") is an act withheld, which no verb of removal answers
            or _WITHOUT_ACT_RE.search(translation)
            or ledger(source, translation).added() > 0
        )
    ):
        return f"the translation is negated ({en.evidence}) but the source is not"
    # One sentence whose Japanese main predicate is affirmative, rendered by an English double negation
    # ("do not get better without surgery" for 手術をしなくてもよくなります): the "without" renders the
    # source's one negation, and the "not" is added (the aligned check does this for longer entries).
    if len(split_japanese_sentences(original)) == 1 and _added_double_negation(original, translation):
        return "the translation has a negation more than its source (a double negation, not … without): is one added?"
    # One sentence on each side, the Japanese main predicate affirmative with a negation in a clause:
    # an English "not" beyond the source's negations of any kind is added (症状がなく…見つかります →
    # "cause no symptoms and are not found"), as the aligned check finds in longer entries.
    if (
        len(split_japanese_sentences(original)) == 1 == len(split_english_sentences(translation))
        and not japanese_main_negation(original)
        and not _refrains(original, translation)
    ):
        extra = _extra_negations(original, translation)
        if extra > 0:
            return f"the translation has {extra} negation(s) more than its source: is one added?"
    # A negated condition of the source (症状がなければ) is free, but an English negation inside a
    # conditional clause ("if you have no symptoms") renders that condition, not the main predicate,
    # whose negation then needs one of its own (治療は不要です → "you need treatment if you have no
    # symptoms" dropped it). The account is taken again without those clauses, when a main predicate
    # is negated (a negation coordinated into the condition, 反応せず、…なければ, is the condition's).
    if ja.strong and en.strong and any(japanese_main_negation(part) for part in split_japanese_sentences(source)):
        conditions = _negated_conditions(source)
        rest = _without_negated_conditions(translation, conditions)
        if rest != translation and not english_negation(rest).strong:
            account = ledger(source, rest)
            if account.demanding > 0 and account.dropped() > 0:
                return (
                    f"the source is negated ({ja.evidence}) but the translation's negation is in its condition "
                    "(if …), which renders the source's condition: is the main negation dropped?"
                )
    # A negated condition rendered word for word without its negation ("if deep breathing causes pain"
    # for 痛みが出なければ): its negation is free only when the English renders the clause as a whole.
    # Read on the answered source: a negation the English renders by a word of its kind (引かない場合 →
    # "if the pain persists": a negated ending is a continuing state) is no reversed condition.
    # Read whatever the main clause says: "Do not use it if your doctor tells you to" for
    # 指示がない限り使わないで keeps the main negation and reverses the condition.
    from .negation_account import reversed_condition

    found = reversed_condition(source, translation)
    if found:
        return f"{found}: is the condition reversed?"
    # Two negated predicates and one English negation: one was dropped while the other kept the
    # entry negative (寝つけないときは…眠ろうとしないこと → "when you cannot sleep … try hard to sleep").
    negations = japanese_predicate_negations(source) if ja.strong else []
    # "stop" renders a verb of ceasing of the source (中止しないで: "do not stop"), no negation of it
    counted = _STOP_RE.sub(" ", translation) if _renders_ceasing(source) else translation
    rendered = english_negation_count(counted) + _or_joined_acts(counted) if len(negations) >= 2 else 0
    if len(negations) >= 2 and rendered < len(negations):
        return (
            f"the source negates {len(negations)} predicates ({', '.join(negations)}) but the translation "
            f"has {rendered} negation{'s' if rendered != 1 else ''}: is one dropped?"
        )
    # (nineteenth session) a term of absence (無症状) whose thing the English writes bare, with negations enough for
    # the rest of the source only (read last: the counts above report the plainer cases in their own words)
    privative = _dropped_privative(original, translation)
    if privative:
        return (
            f"the source's term {privative[0]} says there is none, but the translation writes {privative[1]!r} with "
            "nothing that negates it: is the negation dropped?"
        )
    return ""


# A partial negation: a universal (すべて, 誰もが, いつも) under 〜わけではない, 〜とは限らない, 必ずしも〜ない denies
# that all do, so some do. English says it with "not all", "not everyone", "not always", "not necessarily".
_JA_UNIVERSAL_RE = re.compile(
    r"すべて|全て|全員|みんな|皆さん|誰もが|誰でも|だれもが|だれでも|いつも|常に|必ず|どの[^。、]{1,8}も"
)
_JA_PARTIAL_RE = re.compile(
    r"(?:わけ|訳)では(?:ありません|ない|なく|ございません)|とは限(?:ら(?:ない|ず)|りません)|必ずしも"
)
_EN_PARTIAL_RE = re.compile(
    r"\b(?:not|n['’]t)\s+(?:(?:[a-z]+\s+){0,3}?)(?:all|every|everyone|everybody|each|always|necessarily|automatically)\b"
    r"|n['’]t\s+(?:(?:[a-z]+\s+){0,3}?)(?:all|every|everyone|everybody|each|always)\b"
    r"|\b(?:some|many|most|guaranteed|necessarily)\b|\bonly\s+(?:some|a\s+few|certain)\b",
    re.IGNORECASE,
)
# a total negation of the universal: "no one needs", "none of them", "never"
_EN_TOTAL_RE = re.compile(
    r"\b(?:no\s+one|nobody|none|never|no\s+(?:[a-z]+\s+){0,2}?(?:needs?|requires?|has|have|is|are|will|can))\b",
    re.IGNORECASE,
)


# (eighth session) 〜というわけではない denies that something follows ("it does not mean that …"); an English "means" with no
# negation of its own affirms what the source denies ("this means you definitely do not have cancer")
_JA_DENIED_CONCLUSION_RE = re.compile(r"(?:という|って|とは)(?:わけ|訳)では(?:ありません|ない|なく|ございません)")
# "means" as a verb; "by means of" is a manner and "by no means" a negation
_EN_MEANS_RE = re.compile(r"(?<!by )\b(?:means?|meaning)\b(?! of\b)", re.IGNORECASE)
# (from the review) any negation before "means" in its sentence answers the denial: not, no, none, neither, nothing,
# hardly ("None of this means", "Neither result means", "not needed; this means …")
_EN_NEGATION_WORD_RE = re.compile(
    r"\b(?:not|no|none|neither|nor|nothing|never|hardly|without|nobody|cannot)\b|n['’]t\b", re.IGNORECASE
)
_EN_QUOTED_RE = re.compile(r"“[^”“]*”|\"[^\"]*\"")  # (an unclosed “ stops at the next “: linear on hostile text)


_EN_NEGATORS = frozenset({"not", "no", "never", "none", "nor", "cannot", "nothing", "neither", "nobody"})
_EN_RELATIVES = frozenset({"that", "who", "which", "whose", "whom"})
_EN_SUBORDINATORS = frozenset(
    {"if", "when", "unless", "although", "though", "because", "while", "before", "after", "until", "once", "whether"}
)


def _english_negations_subordinate(translation: str) -> bool:
    """(fourteenth session) Whether every outright negation of the English stands in a clause that is not the main
    one: after a relative pronoun in its stretch between commas ("Gallstones that cause no symptoms usually need
    treatment"), or in a stretch that opens with a subordinator ("If you have no symptoms, …"). Then the main
    predicate is affirmative, and a negated Japanese main predicate is not rendered ("Don't keep …", "you do not
    need …" negate the main clause)."""
    found = False
    for stretch in re.split(r"[,;:]", translation):
        words = [w.lower() for w in re.findall(r"[A-Za-z]+(?:['’][A-Za-z]+)?", stretch)]
        # a stretch that opens with a subordinator is subordinate; (fifteenth session) so is the rest of one after
        # "even if" / "even when" / "even though", which closes a main clause ("treatment is needed even when there are
        # no symptoms")
        opens = next(
            (k for k in range(1, len(words)) if words[k - 1] == "even" and words[k] in _EN_SUBORDINATORS),
            len(words),
        )
        for i, word in enumerate(words):
            if not (word in _EN_NEGATORS or word.endswith(("n't", "n’t"))):
                continue
            found = True
            if (words and words[0] in _EN_SUBORDINATORS) or i > opens:
                continue
            relative = max((k for k in range(i) if words[k] in _EN_RELATIVES), default=None)
            if relative is None:
                return False
            # (from the review) a negated verb well after the relative pronoun is the main clause's ("People who
            # have no pain do not need …"); right after it, the relative clause's own ("who do not have pain"), or
            # coordinated into it ("who have had surgery and do not smoke"); a negated quantity (no, none) stays in
            # the clause it opens
            coordinated = i >= 1 and words[i - 1] in ("and", "or") or i >= 2 and words[i - 2] in ("and", "or")
            if word not in _EN_QUANTITY_NEGATORS and i - relative > 3 and not coordinated:
                return False
    return found


_EN_QUANTITY_NEGATORS = frozenset({"no", "none", "nothing", "nobody", "neither", "nor"})
# (from the second review) a need said as an obligation: "must stay home", "should", "have to", "require"
_OBLIGATION_RE = re.compile(r"\b(?:must|should|ha(?:ve|s) to|requires?|required|necessary)\b", re.IGNORECASE)
_OBLIGATIONS = {"必要": _OBLIGATION_RE, "要る": _OBLIGATION_RE}
# Japanese words of existence after the noun they predicate (必要はありません: the content word is 必要)
_EXISTENCE = frozenset({"ある", "いる", "ござる", "おる", "ない", "無い"})


def _main_predicate_stated(original: str, translation: str) -> bool:
    """(from the review) Whether the English states the content word of the Japanese main predicate (必要 in 治療の
    必要はありません, 使う in 使わないでください) by one of its renderings in the bilingual lexicon: then the English main
    clause says the negated thing positively ("… usually need treatment"). A paraphrase ("can usually just be
    monitored") or a word the lexicon does not know is left alone."""
    from ..japanese.tokenizer import tokenize
    from .negation_account import load_lexicon, stem

    tokens = [t for t in tokenize(original) if t.pos != "記号"]
    i = len(tokens) - 1
    while i >= 0 and (tokens[i].pos in ("助動詞", "助詞") or tokens[i].basic_form in ("ください", "くださる")):
        i -= 1
    if i < 0:
        return False
    k = i
    if tokens[i].basic_form in _EXISTENCE and i >= 2 and tokens[i - 1].surface_form in ("は", "が", "も"):
        k = i - 2
    elif tokens[i].basic_form in _EXISTENCE and i >= 1 and tokens[i - 1].pos == "名詞":
        k = i - 1  # (fifteenth session) with no particle between: 治療は必要ありません
    word = tokens[k].basic_form if tokens[k].basic_form != "*" else tokens[k].surface_form
    if word in _OBLIGATIONS and _OBLIGATIONS[word].search(translation):
        return True
    renderings = load_lexicon().get(word, ())
    if not renderings:
        return False
    stems = {stem(w) for w in re.findall(r"[A-Za-z]+", translation)}
    return any(stem(r) in stems for r in renderings)


def _denied_conclusion_affirmed(source: str, translation: str) -> bool:
    """〜というわけではない denies that something follows; an English sentence whose "means" has no negation before it
    (quoted words aside: “no abnormalities”) affirms what the source denies."""
    if not _JA_DENIED_CONCLUSION_RE.search(source):
        return False
    for sentence in split_english_sentences(_EN_QUOTED_RE.sub(" ", translation)):
        means = _EN_MEANS_RE.search(sentence)
        if (
            means
            and not _EN_NEGATION_WORD_RE.search(sentence[: means.start()])
            and "by no means" not in sentence.lower()
        ):
            return True
    return False


def _partial_made_total(source: str, translation: str) -> bool:
    """A partial negation of the source (すべての人が…わけではありません: not everyone) rendered as a total one
    ("No one … needs"): the English negates every case the source leaves open. Read sentence by sentence when the two
    sides align (else as a whole); a sentence-initial imperative ("Never stop it") is an instruction, no total."""
    if not _JA_PARTIAL_RE.search(source):
        return False  # most entries: no sentence splitting on negation_mismatch's every call
    ja = split_japanese_sentences(source)
    en = split_english_sentences(translation)
    pairs = list(zip(ja, en, strict=True)) if len(ja) == len(en) else [(source, translation)]
    for japanese, english in pairs:
        if not (_JA_PARTIAL_RE.search(japanese) and _JA_UNIVERSAL_RE.search(japanese)):
            continue
        english = _EN_IMPERATIVE_NEVER_RE.sub(" ", english)
        if _EN_TOTAL_RE.search(english) and not _EN_PARTIAL_RE.search(english):
            return True
        # (eleventh session) a universal of manner (必ず…わけではない: not always, not certainly) denied with a plain
        # "not" on the predicate ("does not make children taller"): the English denies every case
        if (
            _JA_MANNER_UNIVERSAL_RE.search(japanese)
            and _EN_PLAIN_NOT_RE.search(english)
            and not _EN_PARTIAL_RE.search(english)
            and not _EN_HEDGED_RE.search(english)
        ):
            return True
    return False


_JA_MANNER_UNIVERSAL_RE = re.compile(r"必ず(?!しも)|いつも|常に")
_EN_PLAIN_NOT_RE = re.compile(r"\b(?:not|never)\b|n['’]t\b", re.IGNORECASE)
# a partial or uncertain rendering of the universal denied: may not, not guaranteed, no guarantee, not certain
_EN_HEDGED_RE = re.compile(
    r"\b(?:may|might|could|guarantee[sd]?|certain(?:ly)?|sure|mean|means|promise[sd]?|always|every)\b",
    re.IGNORECASE,
)


_EN_IMPERATIVE_NEVER_RE = re.compile(r"(?:^|(?<=[.;:!?]))\s*(?:never|do\s+not|don['’]t)\b", re.IGNORECASE)


def _words_render_words(source: str, translation: str) -> str:
    """A negated predicate of the source left without a rendering, when the English has no outright
    negation and its negation-like words render Japanese words of their kind first: a lack (不足 →
    "lack": [[answered]] with negated = "en") or a negating prefix (非感染性 → "noninfectious").
    努力不足が原因ではありません → "is caused by … lack of effort" and 非感染性なので…うつりません →
    "noninfectious, so it can be passed on" each keep the word and drop the predicate's negation.
    Returns the first negation so left, or ""."""
    negations = japanese_predicate_negations(source)
    if not negations:
        return ""
    words = sum(len(ja.findall(source)) for ja, _, negated in _answered_patterns() if negated == "en")
    words += min(_japanese_prefixed_count(source), _english_prefixed_count(translation))
    if words and english_negation_count(translation) < len(negations) + words:
        return negations[0]
    return ""


def _japanese_prefixed_count(text: str, listed_too: bool = True) -> int:
    """How many words with a negating prefix a Japanese text has (不要, 無症状, 非感染性, 未接種);
    without ``listed_too`` only those the list ja_prefixed does not name (非特異的, 非アルコール性)."""
    from ..japanese.tokenizer import tokenize

    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), text)
    listed = load_negation_words()["ja_prefixed"]
    spans = {(m.start(), m.end()) for word in set(listed) for m in re.finditer(re.escape(word), masked)}
    listed_count = len(spans)
    tokens = tokenize(masked)
    for i, token in enumerate(tokens[:-1]):
        if token.pos == "接頭詞" and token.surface_form in _JA_NEGATING_PREFIXES and tokens[i + 1].pos == "名詞":
            if not any(a <= token.start < b for a, b in spans):
                spans.add((token.start, tokens[i + 1].end))
        elif token.pos == "名詞" and token.surface_form[:1] == "非" and len(token.surface_form) > 2:
            # 非特異, 非定型: the dictionary's words of the prefix 非 (not 非常, "very")
            if not token.surface_form.startswith("非常") and not any(a <= token.start < b for a, b in spans):
                spans.add((token.start, token.end))
    return len(spans) if listed_too else len(spans) - listed_count


# English renderings of a term negated with 非: non- (nonsteroidal, non-small cell), a- (atypical,
# asymptomatic), anti- and in- words the medical vocabulary uses for it (noninvasive, invasive-free)
_EN_NON_TERM_RE = re.compile(
    r"\bnon[- ]?(?!e\b|etheless\b|sense)[a-z]{3,}|\ba(?:typical|symptomatic|pyrexial|symmetr\w*)\b|\bdecompensat(?:ed|ion)\b"
    # the abbreviations of such terms (NSAIDs, NASH, NAFLD, NTM) carry the N of non-
    r"|\bN(?:SAID|ASH|AFLD|TM|SCLC)s?\b",
    re.IGNORECASE,
)


# the stems of the common terms of 非, written bare: the prefix dropped whatever abbreviation follows
_EN_BARE_STEMS = r"steroidal|alcoholic|tuberculous|specific|invasive|small[- ]cell"
_EN_BARE_STEM_RE = re.compile(rf"(?<![\w-])(?<!non )(?:{_EN_BARE_STEMS})\b", re.IGNORECASE)
# (ninth session) the stems a 非 term beside another negation is read by: the adjectives above, and (from the second
# review) the noun and synonym forms a translator writes for the same stem
_EN_STEM_FORMS_RE = re.compile(
    rf"(?<![\w-])(?<!non )(?:{_EN_BARE_STEMS}|infectious|contagious"
    r"|hereditary|surgical|steroids?|tuberculosis|inherited|genetic|infective|hodgkin(?:'s)?)\b",
    re.IGNORECASE,
)


def _reassurance_reversed(source: str, translation: str) -> bool:
    """(twelfth session) The source closes a sentence with "no problem" (問題ありません, 特に問題はありませんでした:
    ja_reassurance), masked as no negation, and the English has no word of reassurance or permission and no "no
    problem" said as a negation (en_reassurance): "The test found a problem", "Do not drink alcohol"."""
    if not _pattern("ja_reassurance", False).search(source):
        return False
    return not any(re.search(p, translation, re.IGNORECASE) for p in load_negation_words()["en_reassurance"])


def _without_reassurance(source: str, translation: str) -> str:
    """The English with its renderings of a "no problem" masked when the source closes on one (ja_reassurance, masked
    there): "nothing to worry about" for 問題ありません says the source's own negation, no added one."""
    if not _pattern("ja_reassurance", False).search(source):
        return translation
    for pattern in load_negation_words()["en_reassurance"]:
        translation = re.sub(pattern, " ", translation, flags=re.IGNORECASE)
    return translation


def _prohibition_made_permission(source: str, translation: str) -> tuple[str, str] | None:
    """(eighteenth session) (the source's prohibition, the English permission) when a sentence of the source ends on a
    prohibition (ja_prohibition_predicate: 喫煙は禁止です, 運転は控えてください, 面会はご遠慮ください) and the English gives a
    permission (en_permission: allowed, may, can, free to) with no word that forbids or negates anything
    (en_forbidding): "Smoking is allowed" for 禁止です. A prohibition is a weak negation of the source (a word, not a
    negated predicate), so the negation count alone let its reversal into a permission pass."""
    if len(split_japanese_sentences(source)) != 1 or len(split_english_sentences(translation)) != 1:
        return None  # (from the review) in an entry of several sentences the permission is as often another's
    prohibition = _pattern("ja_prohibition_predicate", False).search(source)
    if prohibition is None or _pattern("ja_permission", False).search(source):
        return None  # (a permission of the source's own, 〜しても構いませんが…避けましょう, may be what the English permits)
    permission = _pattern("en_permission", True).search(translation)
    if permission is None or _pattern("en_forbidding", True).search(translation):
        return None
    return prohibition.group(), permission.group()


def _dropped_non_prefix(source: str, translation: str) -> str:
    """A term the source negates with the prefix 非 (非ステロイド性, 非結核性, 非定型) when the English has
    fewer words of non- (or a-: atypical) than the source has such terms, and no negation at all, or the term's stem
    written bare and fewer negations than the source's negated predicates and those terms together: the first
    term, else "". Only
    非: 不, 無 and 未 make words English renders without a prefix as often (不整脈 = arrhythmia, 不眠 =
    insomnia, 無呼吸 = apnea)."""
    if "非" not in source:
        return ""
    from ..japanese.tokenizer import tokenize

    terms = []
    tokens = tokenize(source)
    for i, token in enumerate(tokens):
        if token.pos == "接頭詞" and token.surface_form == "非" and i + 1 < len(tokens) and tokens[i + 1].pos == "名詞":
            terms.append("非" + tokens[i + 1].surface_form)
        elif token.pos == "名詞" and token.surface_form.startswith("非") and len(token.surface_form) > 2:
            if not token.surface_form.startswith(("非常", "非難", "非公開", "非番")):
                terms.append(token.surface_form)
    terms = [t for t in terms if t not in load_negation_words()["ja_prefixed"]]
    words = _EN_NON_TERM_RE.findall(translation)
    if terms and _EN_BARE_STEM_RE.search(translation):
        # the stem written without its non- ("steroidal anti-inflammatory drugs (NSAIDs)"): an abbreviation
        # does not answer it, a non- word does ("nonspecific, meaning no specific cause")
        words = [w for w in words if not re.fullmatch(r"N[A-Z]{2,}s?", w)]
    if not terms or len(words) >= len(terms):
        return ""
    # a paraphrase may render it by a negation of its own ("painkillers other than steroids"): only a
    # translation with no negation at all has surely dropped the prefix
    english = english_negation(translation)
    if not (english.strong or english.weak):
        return terms[0]
    # (ninth session) with the term's stem written bare ("infectious" for 非感染性), the English negations must cover
    # the source's negated predicates as well as the 非 terms left without a non- word: 非感染性の病気で、…うつること
    # はありません → "is an infectious disease, and it does not spread" has one negation for two. A paraphrase
    # without the stem ("done from outside the body" for 非侵襲的) is no evidence (from the review).
    bare = len(_EN_STEM_FORMS_RE.findall(translation))
    if not bare:
        return ""
    # (third and fourth reviews) a bare stem may render the source's own word outside the term ("NSAIDs with
    # steroids" for 非ステロイド性抗炎症薬とステロイド): only stems beyond those words are evidence
    rest = source
    for term in terms:
        rest = rest.replace(term, "")
    # (as a noun or an adjective: 感染しません is a verb, which "does not spread" renders, not "infectious")
    own = sum(
        len(re.findall(re.escape(stem) + r"(?![しすさせ])", rest))
        for stem in (term[1:].rstrip("性的") for term in terms)
        if len(stem) >= 2
    )
    if bare <= own:
        return ""
    unanswered = len(terms) - len(words)
    return (
        terms[0] if english_negation_count(translation) < len(japanese_predicate_negations(source)) + unanswered else ""
    )


@lru_cache(maxsize=1)
def _privative_terms() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    """Each term of [[privative]] with its thing written bare and its own negated forms, compiled once."""
    return tuple(
        (
            entry["ja"],
            re.compile(rf"\b(?:{entry['bare']})\b", re.IGNORECASE),
            re.compile(rf"\b(?:{entry['negated']})\b", re.IGNORECASE),
        )
        for entry in load_negation_words().get("privative", [])
    )


def _dropped_privative(source: str, translation: str) -> tuple[str, str] | None:
    """(nineteenth session) (the source's term, the English word) when the source has a term that says a thing is
    absent ([[privative]]: 無症状, 無痛) and the English writes the thing bare ("symptoms", "pain") without the term's
    own negated forms (asymptomatic, symptom-free, painless), and either has no negation at all, or fewer negations
    than the source's negated predicates and those terms together: "found in people who have symptoms" for
    無症状のまま見つかる (four missed reversals of the corpora). A paraphrase that does not write the thing ("a silent
    disease") is no evidence."""
    entries = [(term, bare, negated) for term, bare, negated in _privative_terms() if term in source]
    if not entries:
        return None
    unanswered, first = 0, None
    for term, bare_re, negated_re in entries:
        if negated_re.search(translation):
            continue
        bare = bare_re.search(translation)
        if bare:
            unanswered += source.count(term)
            first = first or (term, bare.group())
    if first is None:
        return None
    english = english_negation(translation)
    if not (english.strong or english.weak):
        return first
    # the source's negated conditions are not counted on its side, so their English (unless, if … not) is not either
    conditions = _negated_conditions(source)
    rest = _without_negated_conditions(_unless_rendered(source, translation), conditions)
    if english_negation_count(rest) < len(japanese_predicate_negations(source)) + unanswered:
        return first
    return None


def _english_prefixed_count(text: str) -> int:
    """How many English words negate by their form (noninfectious, unnecessary, painless, smoke-free)
    rather than render a predicate's negation (not, avoid, unable)."""
    data = load_negation_words()
    masked = mask_not_negation(text)
    prefixed, weak = set(data["en_prefixed"]), set(data["en_weak"])
    count = 0
    for word in (w.lower() for w in _EN_WORD_RE.findall(masked)):
        if word in weak:
            continue
        if (
            word in prefixed
            or word.startswith(("non-", "asympt"))
            or word.endswith("-free")
            or word.startswith("non")
            and len(word) > 7
            and word not in _NON_WORDS
            or word.endswith(("less", "lessly"))
            and len(word) > 6
            and word not in ("unless", "nevertheless", "regardless")
        ):
            count += 1
    return count


# Words that extend a predicate without being its content: auxiliaries (ます, た, ない), particles
# inside the predicate (で of 飲まないで, は of ではない), dependent verbs and suffixes (ください,
# いる, られる), dependent nouns (わけ, こと, の of わけではない).
_PREDICATE_TAIL_POS = ("助動詞", "記号")
_PREDICATE_TAIL_DETAIL = ("非自立", "接尾", "係助詞", "接続助詞", "終助詞", "副助詞／並立助詞／終助詞")


def japanese_main_negation(sentence: str) -> str:
    """The negation on the main (final) predicate of one Japanese sentence ("" when it is affirmative).

    The predicate is read from the end: punctuation, auxiliaries, particles and
    dependent words back to the first content word (示され-ませ-ん-でし-た,
    飲ま-ない-で-ください, 不要-です). A negation before it, in a subordinate
    clause (通らずに流れ, 無理のない範囲, これまでにない頭痛), is not the main predicate's.
    """
    from ..japanese.tokenizer import tokenize

    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), sentence)
    _, masked = _free_negations(masked)
    tokens = tokenize(masked)
    prefixed = load_negation_words()["ja_prefixed"]
    i = len(tokens) - 1
    while i >= 0:
        token = tokens[i]
        if (
            token.pos == "助動詞"
            and token.basic_form in ("ない", "ぬ")
            or (token.basic_form == "ん" and i and tokens[i - 1].basic_form == "ます")
        ):
            return token.surface_form
        if token.pos == "形容詞" and token.basic_form in ("ない", "無い") or token.surface_form in ("なし", "無し"):
            return token.surface_form
        if token.pos in _PREDICATE_TAIL_POS or token.pos_detail_1 in _PREDICATE_TAIL_DETAIL:
            i -= 1
            continue
        # the content word of the predicate
        if token.basic_form in ("なくなる", "無くなる"):
            return token.surface_form
        if token.basic_form == "する" and i >= 3 and [t.surface_form for t in tokens[i - 2 : i]] == ["よう", "に"]:
            negation = tokens[i - 3]  # かかないようにしましょう: "take care not to scratch", the predicate's
            if negation.pos == "助動詞" and negation.basic_form in ("ない", "ぬ"):
                return negation.surface_form
        word = token.surface_form
        if word in prefixed:
            return word
        if i and tokens[i - 1].surface_form + word in prefixed:
            return tokens[i - 1].surface_form + word
        return ""
    return ""


# English negators of a predicate; "without" heads a phrase ("even without the medicine") instead.
_EN_PHRASE_NEGATORS = frozenset({"without"})


def sentence_negation_mismatches(source: str, translation: str) -> list[tuple[int, str]]:
    """(sentence number, problem) for each aligned pair of sentences whose polarity differs.

    Used when the source and the translation have as many sentences (two or
    more): the n-th Japanese sentence is the n-th English one. A sentence whose
    main predicate is negated must have a negation (or a word that renders one)
    in its English; an English sentence negating a predicate must have a
    Japanese sentence with some negation (or a word that renders one: 禁忌, 控え).
    So an entry where one sentence loses its negation and another gains one is
    caught, although the entry as a whole has a negation on each side. Only the
    main predicate counts on the Japanese side: a subordinate negation
    (通らずに, 無理のない範囲) is often rendered without one ("bypasses",
    "within your limits"). Empty when the counts differ: there is no alignment.
    """
    from .negation_account import ledger

    ja, en = split_japanese_sentences(source), split_english_sentences(translation)
    if not len(ja) == len(en) > 1:
        return []
    found = []
    for number, (ja_sentence, en_sentence) in enumerate(zip(ja, en, strict=True), 1):
        # (thirty-eighth session, issue 12) each aligned pair is first read as an entry of one sentence is: the
        # reading below is a lighter one, and one "not" deleted from a real five-sentence entry passed it while the
        # same sentence alone was caught (43 of 55 such deletions in the article's catalogs)
        # (it reads the reversals too: litotes, frequency, going away, result, direction)
        whole = negation_mismatch(ja_sentence, en_sentence)
        if whole:
            found.append((number, whole))
            continue
        # (thirty-eighth session, from review38) read as the whole check reads it: a litotes (珍しくありません → "not
        # uncommon"), a difficulty
        en_sentence = _litotes_read(ja_sentence, _difficulty_read(ja_sentence, en_sentence))
        en_sentence = _negative_result_read(ja_sentence, _without_bounds(ja_sentence, en_sentence))
        en_sentence = _going_away_read(ja_sentence, en_sentence)
        ja_sentence, en_sentence = _results_read(ja_sentence, en_sentence)
        original, ja_sentence = ja_sentence, _answered(ja_sentence, en_sentence)
        english = english_negation(en_sentence)
        if (
            english.weak
            and not english.strong
            and _STOP_RE.fullmatch(english.evidence.lower())
            and _renders_ceasing(ja_sentence)
        ):
            english = english_negation(_STOP_RE.sub(" ", en_sentence))
        main = japanese_main_negation(ja_sentence)
        # the main predicate's negation, unless the account of the sentence finds it rendered
        # (negation_account: lexical words by kind, relative clauses aligned)
        account = (
            ledger(ja_sentence, _unless_rendered(ja_sentence, en_sentence)) if main and not english.strong else None
        )
        if account is not None and account.dropped() > 0:
            if not account.english_words:
                found.append((number, f"the source is negated ({main}) but its translation has no negation"))
            else:
                found.append(
                    (
                        number,
                        f"the source is negated ({main}) but its translation's negation-like words "
                        f"({', '.join(account.english_words)}) render other words of the source: is the negation dropped?",
                    )
                )
            continue
        if english.strong:
            english = english_negation(_answered_english(original, en_sentence))  # "not enough" for 不足
        if english.strong and english.evidence.lower() not in _EN_PHRASE_NEGATORS:
            japanese = japanese_negation(original)
            if (
                not (japanese.strong or japanese.weak or _refrains(ja_sentence, en_sentence))
                and ledger(original, en_sentence).added() > 0
            ):
                found.append((number, f"the translation is negated ({english.evidence}) but its source is not"))
                continue
        # A sentence whose Japanese main predicate is affirmative may still hold a negation in a clause
        # (お酒を飲まない人にも起こります); an English sentence with more "not"s than the Japanese has
        # negations of any kind negated something else too ("It cannot occur in people who do not drink").
        if not main and english.strong and not _refrains(ja_sentence, en_sentence):
            extra = _extra_negations(original, en_sentence, _double(en_sentence))
            if extra > 0:
                found.append((number, f"the translation has {extra} negation(s) more than its source: is one added?"))
    return found


# A negated predicate with a "without" phrase after it: "do not get better without surgery", "cannot
# heal without rest". The two negations make one requirement, and each must render one of the source's.
_EN_DOUBLE_NEGATION_RE = re.compile(r"\b(?:not|never|cannot|[a-z]+n['’]t)\b[^.;:!?]{0,60}?\bwithout\b", re.IGNORECASE)


_LACK_WORD_RE = re.compile(r"(?:less|lessly|-free)$", re.IGNORECASE)
# (thirty-eighth session, from review38) -less words that lack nothing the source names: "listless" renders ぐったり
_NOT_PRIVATIVE_LESS = frozenset({"listless", "reckless", "ruthless", "feckless", "hapless", "relentless", "countless"})


def _extra_negations(source: str, translation: str, with_phrases: bool = False) -> int:
    """How many outright English negations (not, never, no) no negation of the source answers.

    The English words negated by their form (painless, invisible) render Japanese negations first,
    as they are the weaker kind: 痛みを伴わないことが多く、…止まってしまうこともあります →
    "is often painless, and it may not stop" has two negations for the source's one, and the added
    one is the "not". They never count as an added negation themselves."""
    if _japanese_negation_count(source) == 0 and _cancelling(translation):
        return 0  # "never … without" for an affirmative requirement: the pair cancels (negation_mismatch)
    strong = _english_strong_count(_answered_english(source, translation), with_phrases)
    # only words of lack (-less, -free: painless, smoke-free), which name the thing the source negates;
    # an adjective in un-/in- renders an affirmative word as often ("unwell" for 様子がおかしい)
    lexical = sum(
        1
        for w in english_lexical_negatives(translation)
        if _LACK_WORD_RE.search(w) and w.lower() not in _NOT_PRIVATIVE_LESS
    )
    japanese = _japanese_negation_count(source) + _japanese_prefixed_count(source, listed_too=False)
    from .negation_account import ledger

    # the account of both sides: a Japanese word of absence or denial answers an outright English
    # negation (乏しい = "causes no noticeable symptoms", 否定されている = "does not cause")
    return min(strong, strong + lexical - japanese, ledger(source, translation).added())


def _without_double_negations(text: str) -> str:
    """The English with each double negation (not/never … without) masked."""
    masked = mask_not_negation(text)
    return _EN_DOUBLE_NEGATION_RE.sub(" ", masked)


def _cancelling(text: str) -> bool:
    """Every outright English negation (and "without") is one half of a double negation (not … without):
    the sentence says an affirmative requirement."""
    masked = mask_not_negation(text)
    pairs = len(_EN_DOUBLE_NEGATION_RE.findall(masked))
    return pairs > 0 and _english_strong_count(text, with_phrases=True) == 2 * pairs


def _double(sentence: str) -> bool:
    masked = mask_not_negation(sentence)
    return bool(_EN_DOUBLE_NEGATION_RE.search(masked))


def _added_double_negation(source: str, translation: str) -> bool:
    """An English double negation (not … without) for a Japanese sentence whose main predicate is
    affirmative and which has fewer negations of any kind than the English has."""
    if japanese_main_negation(source) or not _double(translation) or _refrains(source, translation):
        return False
    if _japanese_negation_count(source) == 0 and _cancelling(translation):
        return False  # "never … without" for an affirmative requirement (必ず〜てから): the pair cancels
    english = _english_strong_count(_answered_english(source, translation), with_phrases=True)
    return english > _japanese_negation_count(source)


def _japanese_word_negations(text: str) -> int:
    """How many words of a Japanese text render a negation without being one: negating prefixes
    (不足, 無効), negation-like words (ja_weak) and verbs of refraining (控える)."""
    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), text)
    data = load_negation_words()
    count = len(_pattern("ja_weak", False).findall(masked))
    count += sum(masked.count(word) for word in data["ja_prefixed"])
    return count + sum(masked.count(word) for word in data["ja_refraining"])


def _english_strong_count(text: str, with_phrases: bool = False) -> int:
    """How many outright negations of a predicate (not, n't, never, no …) an English text has,
    look-alikes masked; "without" heads a phrase ("even without the medicine") and is left out,
    unless ``with_phrases`` (a double negation, where it renders a negation of its own)."""
    masked = mask_not_negation(text)
    words = [
        w for w in _pattern("en_strong", True).findall(masked) if with_phrases or w.lower() not in _EN_PHRASE_NEGATORS
    ]
    return len(words) + len(_CONTRACTION_RE.findall(masked))


_FORMS_RE = re.compile("ない|なく|なかっ|ません|ず")


def _japanese_negation_count(text: str) -> int:
    """How many negations of any kind a Japanese text has: auxiliaries and ない in every clause,
    conditions included, negating prefixes, and words that render one (控える, 避ける)."""
    from ..japanese.tokenizer import tokenize

    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), text)
    # a negation under another has two in form (かからないわけではありません: "does not guarantee that
    # you will not catch it" may keep both), one under a permission (なくても大丈夫) one
    free = sum(len(_FORMS_RE.findall(m)) for m in _pattern("ja_double_negation", False).findall(masked))
    masked = _pattern("ja_double_negation", False).sub(lambda m: "〇" * len(m.group()), masked)
    tokens = tokenize(masked)
    return free + sum(1 for i in range(len(tokens)) if _is_negation(tokens, i)) + _japanese_word_negations(masked)
