"""An account of negation on both sides of a translation (TRN011): which negations of the source
an English rendering must keep, and which English negations a source answers.

Each side is read into units (``Ledger``):

- Japanese, grammatical: the auxiliaries ない/ぬ/ません/ず, ない and なし, a negating prefix on the
  predicate (不要です). Each is *demanding* (its English must say it somehow) unless
  its English form is free:

  - it closes a condition or purpose clause (出なければ, 忘れないように);
  - it negates a word that is itself negative (ゼロではない, 避けられない, 否定できない): a double
    negation, affirmative in meaning;
  - it closes a relative clause on a noun (症状がない時期, そうでない人) whose English is not found
    in the translation: the noun phrase was rendered as a whole ("when you feel well", "others").
    The clause's content words are looked up in a small bilingual lexicon
    (lint/data/ja-en-lexicon.toml, built by tools/build_ja_en_lexicon.py from the article's own
    catalogs and glossary); when one of their renderings is in the English, the clause was
    translated word for word and must keep its negation ("people with symptoms" for 症状のない人
    is a dropped negation). A clause of a pro-form (そう, こう) has no content of its own; a clause
    whose words the lexicon does not know stays demanding.

- Japanese, lexical (``[[lexical_negation]]`` in lint/data/negation.toml, by kind): words that
  negate by their meaning: lack (乏しい, 欠如, 不足, ゼロ), cessation (やめる, 中止, 治まる), avoidance
  (避ける, 控える), omission (忘れる, 欠かす), loss (失う), prevention (防ぐ), denial (否定),
  difficulty (にくい, 難しい), rarity (珍しい, まれ); and words with a negating prefix (不/無/非/未) off
  the predicate.

- English, outright: not, n't, no, never, none, nor, cannot, nothing ("without" heads a phrase and
  is counted as lexical).

- English, lexical: the same kinds (miss, skip, stop, avoid, fail, lack, lose, prevent, forget, deny,
  trouble, rare …; verbs in every inflection, made by English morphology and kept when
  pyspellchecker's word list knows them; without, free of, rule out), the documented renderings of a
  negation (``en_weak``: rather than, instead of, hold off), and words negated by their form (un-/in-/non- before a known word,
  -less, -free: ``negation.lexical_negative``).

Lexical words of one kind render each other first (飲み忘れる = "missing doses", やめる = "stopping";
見えにくさ = "trouble seeing"), and either answers an outright negation of the other side (乏しい = "no noticeable symptoms", 否定されて
いる = "does not cause"). What stays a finding:

- a dropped negation: more demanding Japanese negations than English outright negations plus the
  English lexical ones left after pairing with the Japanese lexical ones of their kind
  (見えにくさを訴えない → "have trouble seeing" pairs にくさ with "trouble" and leaves 訴えない unrendered);
- an added negation: more English outright negations than the Japanese has grammatical negations
  (less those the English lexical words left over render, the weaker kind first) plus the Japanese
  lexical words left after pairing with the English ones of their kind.

- a reversed condition: a negated Japanese condition (痛みが出なければ) whose content words the lexicon
  finds rendered in an English conditional clause with no negation ("if deep breathing causes pain";
  ``reversed_condition``): as for a relative clause, a word-for-word rendering keeps the negation.

What the account leaves alone: a lexical word is never demanded by itself (控える may be "cut down
on"), and a negation it cannot place (a relative clause the lexicon does not know) stays demanded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..core.files import read_data_toml
from ..errors import ConfigError

LEXICON_FILE = Path(__file__).resolve().parent.parent / "data" / "ja-en-lexicon.toml"
NEGATION_FILE = Path(__file__).resolve().parent.parent / "data" / "negation.toml"

_EN_WORD_RE = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# outright negations of a quantity, which a Japanese word of lack answers (乏しい = "no noticeable")
_QUANTITY_NEGATIONS = frozenset({"no", "none", "nothing", "nobody", "no one"})
# pro-forms: a clause of そう/こう/ああ/そんな has no content word to find in the English
_PRO_FORMS = frozenset({"そう", "こう", "ああ", "そんな", "こんな", "あんな", "それ", "これ"})
# light words that carry no content of their own in a relative clause (症状がある, 必要がない)
_LIGHT = frozenset({"ある", "いる", "する", "なる", "できる", "おる", "れる", "られる", "こと", "もの", "の"})


@dataclass(frozen=True)
class Ledger:
    demanding: int  # Japanese grammatical negations whose English must say them
    grammatical: int  # all Japanese grammatical negations (free ones too)
    outright: int  # English not, no, never …
    ja_lexical: tuple[tuple[str, str], ...] = ()  # (kind, word): Japanese words that negate by meaning
    en_lexical: tuple[tuple[str, str], ...] = ()  # (kind, word): English ones ("" = a rendering of any kind)
    ja_words: tuple[str, ...] = ()  # the demanding negations
    quantities: int = 0  # English outright negations of a quantity: no, none, nothing
    conjuncts: int = 0  # conjuncts beyond the first that an English negation governs (… or …)
    # acts beyond the first that one Japanese negation governs by 〜たり〜たりしない (each must stay negated), and
    # the English acts a negation governs by or / nor / and that may render them ("do not X or Y")
    listed_acts: int = 0
    joined_acts: int = 0

    def _left(self, side, other) -> int:
        """How many lexical negations of ``side`` no word of the same kind on ``other`` renders."""
        kinds = {kind for kind, _ in side}
        left = sum(1 for kind, _ in side if kind == "")
        for kind in kinds - {""}:
            left += max(0, sum(1 for k, _ in side if k == kind) - sum(1 for k, _ in other if k == kind))
        return left

    def dropped(self) -> int:
        """How many demanding Japanese negations no English negation is left to render."""
        # an English "no" that renders a Japanese word of lack (乏しい = "no obvious symptoms") renders
        # no grammatical negation too
        lack = self._left(tuple(u for u in self.ja_lexical if u[0] in self._answering("quantity")), self.en_lexical)
        outright = self.outright - min(lack, self.quantities)
        return (
            self.demanding
            + self.listed_acts
            - outright
            - self._left(self.en_lexical, self.ja_lexical)
            - self.conjuncts
            - min(self.joined_acts, self.listed_acts)
        )

    @staticmethod
    def _answering(what: str) -> set[str]:
        return {kind.name for kind in load_kinds() if kind.answers == what}

    def added(self) -> int:
        """How many English outright negations no Japanese negation is left to answer."""
        # English lexical words left after their own kind render the Japanese negations first, as the
        # weaker kind ("often painless, and it may not stop" for 痛みを伴わないことが多く、…止まって
        # しまう: "painless" renders 伴わない, and the "not" is added)
        # "without" is a negation of its own here ("without taking it" for 飲んだまま) unless it renders
        # a Japanese word of a kind "without" renders: lack (乏しい), removal (化粧を落として: "come without makeup")
        rendered_by_without = {kind.name for kind in load_kinds() if "without" in kind.en_forms}
        lack = sum(1 for kind, _ in self.ja_lexical if kind in rendered_by_without)
        withouts = sum(1 for _, word in self.en_lexical if word.lower() == "without")
        others = tuple(unit for unit in self.en_lexical if unit[1].lower() != "without")
        free = max(0, self.grammatical + self.listed_acts - self._left(others, self.ja_lexical))
        answers = {kind.name: kind.answers for kind in load_kinds()} | {"form": "any"}
        by_any = self._left(tuple(u for u in self.ja_lexical if answers.get(u[0]) == "any"), self.en_lexical)
        by_quantity = self._left(tuple(u for u in self.ja_lexical if answers.get(u[0]) == "quantity"), self.en_lexical)
        return self.outright + max(0, withouts - lack) - free - by_any - min(by_quantity, self.quantities)

    @property
    def english_words(self) -> tuple[str, ...]:
        """The English negation-like words, less a "stop" for a Japanese verb of ceasing (its rendering)."""
        ceasing = any(kind == "cessation" for kind, _ in self.ja_lexical)
        return tuple(word for kind, word in self.en_lexical if not (ceasing and kind == "cessation"))


def stem(word: str) -> str:
    """A crude English stem, shared with the lexicon's builder: symptoms, symptom → symptom;
    tested, testing → test; studies → study."""
    word = word.lower()
    for suffix in ("ies", "es", "s", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


@lru_cache(maxsize=2)
def load_lexicon(path: Path | str = LEXICON_FILE) -> dict[str, tuple[str, ...]]:
    """Japanese content word (basic form) → English stems; ConfigError names the file and entry."""
    path = Path(path)
    data = read_data_toml(path, "bilingual lexicon")
    words = data.get("words")
    if not isinstance(words, dict):
        raise ConfigError(f"{path}: must hold a [words] table (Japanese word = [English stems])")
    lexicon = {}
    for ja, en in words.items():
        if not isinstance(en, list) or not en or not all(isinstance(e, str) and e for e in en):
            raise ConfigError(f"{path}: [words] {ja!r} must be a list of non-empty English stems")
        lexicon[ja] = tuple(e.lower() for e in en)
    return lexicon


@dataclass(frozen=True)
class Kind:
    name: str
    answers: str  # which outright English negation a Japanese word of the kind answers: any, quantity, none
    ja: frozenset[str]
    en_forms: frozenset[str]  # single English words, every inflection
    en_phrases: tuple[str, ...]  # English phrases of two or more words


@lru_cache(maxsize=2)
def load_kinds(path: Path | str = NEGATION_FILE) -> tuple[Kind, ...]:
    """The ``[[lexical_negation]]`` kinds of lint/data/negation.toml; ConfigError names file and entry."""
    from .english_words import word_counts  # pyspellchecker's list, read once a run (shared with SPL001)

    path = Path(path)
    data = read_data_toml(path, "negation words")
    known = word_counts()
    kinds = []
    for number, entry in enumerate(data.get("lexical_negation", []), 1):
        where = f"{path}: [[lexical_negation]] #{number}"
        if not isinstance(entry, dict) or set(entry) != {"kind", "answers", "ja", "en_verbs", "en"}:
            raise ConfigError(f"{where} must hold exactly kind, answers, ja, en_verbs and en")
        if entry["answers"] not in ("any", "quantity", "none"):
            raise ConfigError(f'{where} ({entry.get("kind")!r}): answers must be "any", "quantity" or "none"')
        for key in ("ja", "en_verbs", "en"):
            if not isinstance(entry[key], list) or not all(isinstance(v, str) and v.strip() for v in entry[key]):
                raise ConfigError(f"{where} ({entry.get('kind')!r}): {key} must be a list of non-empty strings")
        forms = set()
        for item in entry["en_verbs"]:
            lemma, _, irregular = (part.strip().lower() for part in item.partition("="))
            forms.add(lemma)
            forms.update(w.strip() for w in irregular.split(",") if w.strip())
            forms.update(c for c in _regular_forms(lemma) if c in known)
        single = [w.lower() for w in entry["en"] if " " not in w.strip()]
        phrases = tuple(w.lower() for w in entry["en"] if " " in w.strip())
        kinds.append(
            Kind(
                str(entry["kind"]),
                entry["answers"],
                frozenset(entry["ja"]),
                frozenset(forms | set(single)),
                phrases,
            )
        )
    return tuple(kinds)


def _regular_forms(lemma: str) -> set[str]:
    """English's regular inflections of a verb: s/es, ed/d, ing, with a final e dropped or a final
    consonant doubled (stop → stopped, stopping; lose → losing); the caller keeps the real words."""
    base = lemma[:-1] if lemma.endswith("e") else lemma
    doubled = lemma + lemma[-1]
    return {lemma + "s", lemma + "es", base + "ed", lemma + "d", base + "ing", doubled + "ed", doubled + "ing"}


def english_units(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    """(outright negations, (kind, word) lexical negations) of an English text, look-alikes masked.
    A word of no listed kind has the kind "" (a documented rendering, en_weak: "rather than", "hold
    off"); a word negated by its form has the kind "form"."""
    from .negation import (
        _CONTRACTION_RE,
        _KEPT_FROM_RE,
        _TOO_TO_RE,
        _WAITED_FOR_RE,
        _pattern,
        lexical_negative,
        mask_not_negation,
    )

    masked = mask_not_negation(text)
    outright = [w for w in _pattern("en_strong", True).findall(masked) if w.lower() != "without"]
    outright += _CONTRACTION_RE.findall(masked)
    lexical: list[tuple[str, str]] = []
    for kind in load_kinds():
        for phrase in kind.en_phrases:
            pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
            lexical += [(kind.name, m) for m in pattern.findall(masked)]
            masked = pattern.sub(" ", masked)
    words = _EN_WORD_RE.findall(masked)
    for word in words:
        kind_name = next((kind.name for kind in load_kinds() if word.lower() in kind.en_forms), None)
        if kind_name is not None:
            lexical.append((kind_name, word))
    listed = {w.lower() for _, w in lexical}
    weak = _pattern("en_weak", True)
    lexical += [("", m) for m in weak.findall(masked) if m.lower() not in listed]
    masked = weak.sub(" ", masked)
    lexical += [("", m.group()) for m in _TOO_TO_RE.finditer(masked)]  # "too weak to walk"
    # "keeps you from sleeping" is "prevents you from sleeping" (眠れない; prevent is the kind's own verb)
    lexical += [("prevention", m.group()) for m in _KEPT_FROM_RE.finditer(masked)]
    lexical += [("", m.group()) for m in _WAITED_FOR_RE.finditer(masked)]  # "wait … before you fly"
    lexical += [
        ("form", w)
        for w in _EN_WORD_RE.findall(masked)
        if w.lower() not in listed and (lexical_negative(w) or _insufficient(w.lower()))
    ]
    return outright, lexical


_UNDER_RE = re.compile(r"under([a-z]{4,}ed)")


def _insufficient(word: str) -> bool:
    """A participle of insufficiency, under- before a known participle: undercooked (加熱していない),
    undertreated, underdiagnosed; the stem must be a word pyspellchecker knows."""
    from .negation import _word_frequency

    match = _UNDER_RE.fullmatch(word)
    return bool(match) and match.group(1) in _word_frequency()


def _kind_of(token) -> str | None:
    """The kind of a Japanese word of lexical negation, by its basic form or as written; else None."""
    for kind in load_kinds():
        if token.basic_form in kind.ja or token.surface_form in kind.ja:
            return kind.name
    return None


def _content_before(tokens, i) -> int:
    """The index of the content word a negation at i negates (飲ま of 飲まない, ゼロ of ゼロではない),
    skipping auxiliaries, suffixes, dependent verbs and the particles で/は/も of ではない; -1 if none."""
    j = i - 1
    while j >= 0:
        t = tokens[j]
        copula = t.basic_form == "ある" and j and tokens[j - 1].surface_form in ("は", "も", "で")  # ではありません
        if (
            copula
            or t.pos in ("助動詞", "記号")
            or t.pos_detail_1 in ("接尾", "非自立")
            or t.surface_form in ("で", "は", "も", "が")
        ):
            if t.surface_form == "が" and j < i - 1:
                return -1  # a subject particle ends the predicate (症状がない: ない is the predicate)
            j -= 1
            continue
        return j
    return -1


def _predicate_words(tokens, j) -> list[int]:
    """The content word at j and, for a noun, the adjective that qualifies it (珍しい病気, まれな病気)."""
    if j < 0:
        return []
    found = [j]
    if tokens[j].pos == "名詞" and j:
        k = j - 1
        if tokens[k].surface_form == "な" and k:
            k -= 1  # まれ-な
        if tokens[k].pos in ("形容詞", "名詞") and k != j - 1 or tokens[k].pos == "形容詞":
            found.append(k)
    return found


def _negative_word(token, prefixed) -> bool:
    """A noun or an adjective that negates by its meaning (ゼロ, 珍しい, 不要): negated, it is affirmative.
    A verb of absence keeps its negation (やめないで is "do not stop", never "stop")."""
    return token.pos != "動詞" and (_kind_of(token) is not None or token.surface_form in prefixed)


def _relative_clause_words(tokens, i) -> list[str]:
    """The content words of the relative clause a negation at i closes, back to the clause's start
    (a comma, a full stop or a topic は: 強い近視の人は、そうでない人 → そう; 症状がない時期 → 症状)."""
    from .negation import CLAUSE_REACH

    words = []
    j = i - 1
    while j >= max(0, i - CLAUSE_REACH):  # (a text without punctuation is not read back to its start)
        t = tokens[j]
        if t.surface_form in ("、", "，", "。", "！", "？") or t.surface_form == "は" and t.pos == "助詞":
            break
        if t.pos in ("名詞", "動詞", "形容詞", "副詞") and t.pos_detail_1 not in ("非自立", "接尾", "代名詞", "数"):
            form = t.basic_form if t.basic_form not in ("*", "") else t.surface_form
            if form not in _LIGHT:
                words.append(form)
        j -= 1
    return words


def _attributive(tokens, i) -> bool:
    k = i + 1
    while k < len(tokens) and tokens[k].pos == "助動詞" and tokens[k].basic_form == "た":
        k += 1  # in the past too: そうでなかった人
    following = tokens[k] if k < len(tokens) else None
    return (
        following is not None
        and following.pos == "名詞"
        # a noun phrase: そうでない人, 症状がない時期 (a time noun is 副詞可能), not こと, の, ため
        and following.pos_detail_1 in ("一般", "副詞可能")
        and tokens[i].surface_form not in ("なく", "無く", "ず")
    )


def _same_stem(a: str, b: str) -> bool:
    return a == b or min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


def _masked_tokens(source: str):
    """(the free double negations, the tokens) of a Japanese text with its look-alikes of negation masked
    (ja_not_negation) and its double negations read out, as the ledger and the reversed-condition check
    both read it."""
    from ..japanese.tokenizer import tokenize
    from .negation import _free_negations, _pattern

    masked = _pattern("ja_not_negation", False).sub(lambda m: "〇" * len(m.group()), source)
    double, masked = _free_negations(masked)
    return double, tokenize(masked)


def japanese_units(source: str) -> tuple[int, int, list[tuple[str, str]], list[str]]:
    """(demanding, grammatical, (kind, word) lexical words, demanding words) of a Japanese text whose look-alikes
    and answered negations the caller has masked."""
    from .negation import (
        _JA_NEGATING_PREFIXES,
        _JA_ZERO_RE,
        _closes_prohibition,
        _condition_clause,
        _is_negation,
        _japanese_predicate,
        load_negation_words,
    )

    data = load_negation_words()
    prefixed = set(data["ja_prefixed"])
    double, tokens = _masked_tokens(source)
    grammatical = 1 if double else 0
    demanding_words: list[str] = []
    consumed: set[int] = set()
    for i, token in enumerate(tokens):
        if not _is_negation(tokens, i):
            continue
        grammatical += 1
        j = _content_before(tokens, i)
        negative = next((k for k in _predicate_words(tokens, j) if _negative_word(tokens[k], prefixed)), -1)
        if negative >= 0:
            # a negated negative noun or adjective is affirmative: ゼロではない = "possible", 珍しい病気では
            # ない = "not uncommon"; it answers the English either way
            consumed.add(negative)
            continue
        if _condition_clause(tokens, i):
            continue
        # (thirty-ninth session) a prohibition before a noun (一緒に使ってはいけない薬) forbids: always demanded
        if _attributive(tokens, i) and not _closes_prohibition(tokens, i):
            words = _relative_clause_words(tokens, i)
            if not words or all(w in _PRO_FORMS for w in words):
                continue  # そうでない人 = "others"
            # A clause whose words the lexicon knows and the English does not hold was read as rendered as a
            # whole (症状がない時期 = "when you feel well"), but an antonym passes the same way (リスクがない人 as
            # "people at risk"): the negation stays demanded (from the independent review, reader safety first).
        demanding_words.append(token.surface_form)
    # (thirty-seventh session) a count of none (0人, ゼロ) answers an English negation ("no one died") without demanding
    # one ("zero deaths"; a count changed is TRN005's)
    grammatical += len(_JA_ZERO_RE.findall(source))
    lexical = []
    for i, token in enumerate(tokens):
        if i in consumed:
            continue
        word = token.surface_form
        pair = word + tokens[i + 1].surface_form if i + 1 < len(tokens) else ""
        if word in prefixed or pair in prefixed or token.pos == "接頭詞" and word in _JA_NEGATING_PREFIXES:
            on_predicate = _japanese_predicate(tokens, i if word in prefixed else i + 1)
            if on_predicate and i + 1 not in consumed:
                grammatical += 1
                demanding_words.append(word if word in prefixed else pair)
            else:
                lexical.append(("form", word if word in prefixed else pair))
            continue
        if i and tokens[i - 1].surface_form + word in prefixed:
            continue  # the second half of 無 + 症状, read above
        kind = _kind_of(token) if token.pos in ("名詞", "動詞", "形容詞") else None
        if kind is not None and not _compound_modifier(tokens, i):
            lexical.append((kind, word))
    return len(demanding_words), grammatical, lexical, demanding_words


def _compound_modifier(tokens, i) -> bool:
    """(twentieth session) The noun at i modifies the noun after it in one compound (予防接種 "vaccination", 中止基準):
    the compound names a thing, and the kind of its first part negates nothing ("there is no need to wait" for
    予防接種の後は…様子を見てください is an added negation)."""
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].pos == "名詞"
        # (fiftieth session) 絶 before a noun is a prefix that negates it (絶|飲食 = going without food and drink), not a
        # noun that names a kind of thing
        and tokens[i].surface_form != "絶"
        and following is not None
        and following.pos == "名詞"
        and following.pos_detail_1 in ("一般", "サ変接続")
    )


# (twenty-fourth session) an English word of prevention or avoidance in an adjunct of purpose at the head of a sentence
# ("To prevent infection, …") or after "in order" or "so as" says why, as 〜ないように or 〜ないために does: it renders
# such a clause of the source, a negated clause of manner (無理をせず) or a Japanese word of its kind (防ぐ, 避ける), never
# the negation of the main predicate ("To prevent infection, take the medicine" for 薬を飲まないでください passed as a
# rendering of 飲まないで). A purpose infinitive elsewhere ("Take the medicine to prevent infection") is not read: it
# cannot be told from a complement ("It is important to avoid alcohol") by words alone.
_EN_PURPOSE_LEXICAL_RE = re.compile(
    r"((?:^|[.!?]\s+)to\s+(?:help\s+)?|\b(?:in\s+order|so\s+as)\s+to\s+(?:help\s+)?)(?:prevent|avoid)\w*"
    # (twenty-fourth session, second round) "prevent" with an event as its object and no "from" anywhere in its
    # clause names what is prevented ("to prevent infection", "admitted to prevent complications"): like the adjunct,
    # it renders a negated purpose or a word of its kind, not a negated main predicate ("keep/prevent … from" does)
    r"|()\bprevent(?:s|ed|ing)?\b(?![^.;:!?]*\bfrom\b)",
    re.IGNORECASE,
)
# a negated purpose (〜ないように, 〜ないために); not a cause, ため in a sentence told in the past (薬が効かないために、入院しました)
_JA_NEGATED_PURPOSE_RE = re.compile(
    r"(?:ない|ぬ|ず)(?:よう|様)|(?:ない|ぬ|ず)(?:ため|為)(?![^。]*?(?:た|でした|ました)(?:。|$))"
)


# a negated clause of manner or sequence (無理をせず、, 食べ過ぎないで、ゆっくり, 飲まずに): not a request (ないでください)
_JA_NEGATED_MANNER_RE = re.compile(
    r"(?:せず|ずに|ず[、,]|ないで(?!\s*(?:ください|下さい|くださ|ほしい|欲しい|くれ|いただ|ね|。|$)))"
)


def _without_purpose_lexical(source: str, translation: str) -> str:
    """The translation with its words of prevention or avoidance in an adjunct of purpose (or "prevent" naming an
    event) put out of the count, when the source has no negated purpose, no negated clause of manner and no word of
    their kind for them to render: its negations are a main predicate's or a cause's ("She was admitted to prevent
    complications" for 薬が効かないために、入院しました). A negated manner is theirs (無理をせず、休んでください = "To avoid
    overexertion, rest": from the code review)."""
    if _JA_NEGATED_PURPOSE_RE.search(source) or not _EN_PURPOSE_LEXICAL_RE.search(translation):
        return translation
    # (second code review) a Japanese word of prevention or avoidance is theirs to render (感染を避けるため = "To avoid
    # infection")
    if any(word in source for kind in load_kinds() if kind.name in ("prevention", "avoidance") for word in kind.ja):
        return translation
    if _JA_NEGATED_MANNER_RE.search(source):
        return translation
    return _EN_PURPOSE_LEXICAL_RE.sub(lambda m: (m.group(1) or "") + "reduce", translation)


def ledger(source: str, translation: str) -> Ledger:
    """The negation units of both sides (see the module's docstring)."""
    demanding, grammatical, ja_lexical, ja_words = japanese_units(source)
    outright, en_lexical = english_units(_without_purpose_lexical(source, translation))
    quantities = sum(1 for word in outright if word.lower() in _QUANTITY_NEGATIONS)
    negators = {w.lower() for w in outright} | {w.lower() for _, w in en_lexical}
    listed = listed_acts(source) if demanding else 0
    return Ledger(
        demanding,
        grammatical,
        len(outright),
        tuple(ja_lexical),
        tuple(en_lexical),
        tuple(ja_words),
        quantities,
        coordinated_conjuncts(translation, negators),
        listed,
        joined_acts(translation, negators) if listed else 0,
    )


def listed_acts(source: str) -> int:
    """Acts beyond the first listed by 〜たり before a negated する (測ったり、持ったりしないでください): one
    negation governs them all, and each must stay negated in the English (from translation-blind26: the first
    act became an instruction, "Have your blood pressure taken on that arm, and do not carry …")."""
    _, tokens = _masked_tokens(source)
    extra, listed = 0, 0
    for i, token in enumerate(tokens):
        if token.surface_form in ("。", "！", "？", "!", "?"):
            listed = 0
        elif token.basic_form in ("たり", "だり") and token.pos == "助詞":
            listed += 1
            following = tokens[i + 1 : i + 5]
            if following and following[0].surface_form in ("は", "も"):  # 走ったり跳んだりはしないでください
                following = following[1:]
            if (
                listed > 1
                and following
                and following[0].basic_form == "する"
                and any(t.basic_form in ("ない", "ぬ", "ん") and t.pos == "助動詞" for t in following[1:])
            ):
                extra += listed - 1
                listed = 0
    return extra


# a further act joined to the negated one, to the sentence's end: "do not X or Y", "avoid X-ing and Y-ing"
_JOINED_ACT_RE = re.compile(
    r"(?:,\s*(?:(?:or|nor|and)\s+)?|\s+(?:or|nor|and)\s+)(?:do\s+not\s+|don['’]t\s+|never\s+)?[A-Za-z]+",
    re.IGNORECASE,
)


def joined_acts(text: str, negators: set[str]) -> int:
    """Acts joined by or / nor / and after the first negation-like word of a sentence, read only where the
    source lists acts with 〜たり under one negation (listed_acts): there one English negation may govern them
    all ("Do not X or Y", "Avoid X-ing and Y-ing")."""
    for word in _EN_WORD_RE.finditer(text):
        if word.group().lower() in negators or word.group().lower() in ("don't", "don’t"):
            rest = re.split(r"[.;!?]", text[word.end() :], maxsplit=1)[0]
            return len(_JOINED_ACT_RE.findall(rest))
    return 0


# the act a negation-like verb governs, then the rest of its phrase (to a comma, a stop, "and" or "but")
_GOVERNED_ACT_RE = re.compile(r"\s+[A-Za-z]+ing\b(?P<phrase>(?:(?![,.;:!?]|\band\b|\bbut\b).)*)", re.IGNORECASE)
# a further act of the same form joined to it by or / nor: "avoid rubbing your eyes or washing your face"
_FURTHER_ACT_RE = re.compile(r"\b(?:or|nor)\s+[A-Za-z]+ing\b", re.IGNORECASE)


def coordinated_conjuncts(text: str, negators: set[str]) -> int:
    """Acts beyond the first that one negation-like verb governs: "avoid rubbing your eyes or washing your
    face" renders こすらないでください and 洗顔も控えてください, so one English word may render as many Japanese
    negations. Only acts of the verb's own form (-ing after avoid, stop, skip, without) joined by or / nor
    within its phrase count: "Avoid baths, and rub the wound with soap or a cloth" governs nothing after its
    comma. Read for a dropped negation only: an "or" never makes an added one."""
    extra = 0
    for word in _EN_WORD_RE.finditer(text):
        if word.group().lower() in negators:
            act = _GOVERNED_ACT_RE.match(text, word.end())
            if act:
                extra += len(_FURTHER_ACT_RE.findall(act["phrase"]))
    return extra


_ACTS = ("avoidance", "cessation")


def acts_rendered_by_their_verbs(source: str, translation: str) -> bool:
    """Every Japanese word of avoidance or cessation (避ける, 控える, やめる) has an English word of its
    kind (avoid, stop): the English renders the act by its verb, so a "not" beside it is no rendering
    of the request to refrain."""
    account = ledger(source, translation)
    acts = [kind for kind, _ in account.ja_lexical if kind in _ACTS]
    return bool(acts) and all(
        sum(1 for k, _ in account.en_lexical if k == kind) >= acts.count(kind) for kind in set(acts)
    )


# an English conditional clause, to the next comma or the end of its sentence
# (thirty-eighth session) also the forms a 場合 condition takes in English: "when there is …", "in people with …"
_EN_CONDITION_RE = re.compile(
    r"\b(?:if|as long as|provided(?:\s+that)?|when|whenever|(?:in|for)\s+(?:people|patients|those|cases|children|adults|"
    r"women|men)\s+(?:with|without|who|where)|in\s+(?:the\s+)?cases?\s+of)\b[^.;:!?,]*",
    re.IGNORECASE,
)


# the joints of coordinated English conditions: "or" / "and" (after a comma too)
_EN_CONJUNCT_RE = re.compile(r",?\s+\b(?:or|and)\b\s+", re.IGNORECASE)


def reversed_condition(source: str, translation: str) -> str:
    """The English condition that renders a negated Japanese condition word for word without its
    negation (痛みが出なければ → "if deep breathing causes pain"), or "".

    A negation closing a condition is free (出なければ may be "if your child tolerates it"), as a
    relative clause's is; and as for a relative clause, the bilingual lexicon tells a rendering of
    the clause as a whole from one word for word: when a content word of the negated condition has
    its rendering in an English conditional clause that holds no negation of any kind, the clause was
    translated word for word and its negation was dropped. Only a negation right before the
    conditional ending (ば, たら, なら, 場合, 限り, と) is read: one inside the condition (力が入らない症状が出た
    場合) qualifies a noun."""
    from .negation import _is_negation

    tokens = _masked_tokens(source)[1]
    clauses = [(m.group(), english_units(m.group())) for m in _EN_CONDITION_RE.finditer(translation)]
    if not clauses:
        return ""
    lexicon = load_lexicon()
    negated = [
        i
        for i in range(len(tokens) - 1)
        if _is_negation(tokens, i)
        and (
            tokens[i + 1].basic_form == "ば"
            or tokens[i + 1].surface_form in ("たら", "なら", "ならば", "場合", "限り", "かぎり")
            # (twentieth session) and the conditional と (飲まないと、発作が起こります: "if you do not take it")
            or tokens[i + 1].surface_form == "と"
            and tokens[i + 1].pos_detail_1 == "接続助詞"
        )
    ]
    # (thirty-eighth session) as many negated English conditions as negated Japanese ones: each is rendered, and a
    # clause without negation renders another condition (なれば → "when your stool looks like clear water")
    # (a word negative by its sense that renders a word of a condition, 止まる → "stops", negates nothing of it)
    if len(negated) > 1:
        # (thirty-ninth session) coordinated conditions (効かない場合や使えない場合 → "when it does not work or cannot be
        # used"): one English clause renders several, each conjunct one of them
        clauses = [(part, english_units(part)) for clause, _ in clauses for part in _EN_CONJUNCT_RE.split(clause)]
    condition_renderings = [r for i in negated for w in _relative_clause_words(tokens, i) for r in lexicon.get(w, ())]
    negated_clauses = sum(
        1
        for clause, (outright_, lexical_) in clauses
        if outright_
        or re.search(r"\bwithout\b", clause, re.IGNORECASE)
        or any(not any(_same_stem(stem(w), r) for r in condition_renderings) for _, w in lexical_)
    )
    if negated and negated_clauses >= len(negated):
        return ""
    for i in negated:
        after = tokens[i + 1]
        words = [w for w in _relative_clause_words(tokens, i) if w in lexicon]
        renderings = [r for w in words for r in lexicon[w]]
        for clause, (outright_, lexical) in clauses:
            # no outright and no lexical negation in the clause, but a word negative by its sense that
            # renders a word of the condition itself (止まる → "stops") says nothing of its negation
            if outright_ or any(not any(_same_stem(stem(w), r) for r in renderings) for _, w in lexical):
                continue
            stems = {stem(w) for w in _EN_WORD_RE.findall(clause)}
            if any(_same_stem(s, r) for w in words for r in lexicon[w] for s in stems):
                word = tokens[i - 1].surface_form + tokens[i].surface_form + after.surface_form
                return (
                    f"the source's condition is negated ({word}) but its English condition ({clause.strip()!r}) is not"
                )
    return ""
