"""MED: advertising-style medical claims (医療広告ガイドライン, 医薬品等適正広告基準).

The article is patient education, not an advertisement, but the house holds it
to Japan's standards for medical advertising: the phrases they forbid mislead a
reader of an article exactly as they mislead a reader of an advertisement. One
rule for each category of prohibited advertising the guideline names:

    MED001 outcome-guarantee     治療効果の保証 (虚偽広告)
    MED002 superlative-ranking   最上級・順位・「唯一」「初」(比較優良広告)
    MED003 endorsement-claim     医師・官公庁・著名人・メディアの推薦
    MED004 safety-guarantee      安全性の保証・「副作用なし」「痛みゼロ」
    MED005 comparison-claim      他院・他の治療との比較優良
    MED006 patient-testimonial   体験談・口コミ・評価
    MED007 before-after          術前術後（ビフォーアフター）の写真・変化の訴求
    MED008 price-lure            費用の強調・割引・期間限定・景品
    MED009 exaggeration-fear     誇大な表現・不安をあおる表現

How a sentence is read. Each sentence of prose is normalised (NFKC: １００％ and
100%, ｶﾞﾝ and ガン are the same; positions map back to the original) and cut into
words by the tokenizer (MeCab + IPADIC). The patterns of lint/data/medical-ads.toml
are sequences of lemmas and parts of speech (``lint.japanese.wordpattern``): 治る
matches 治ります, 治った, 治らない and なおります, never the 治 of 治療. Whether the
page itself makes the claim is read from the grammar of the sentence by
``lint.analysis.stance``: a claim that is negated (必ず治るとは限りません; but a
double negative such as 治らない肩こりはありません is a claim), quoted or reported
(「必ず治る」という広告), warned about (〜といった宣伝に注意), asked (完治するのでしょうか),
supposed (副作用が出た場合は) or hedged (完治することもあります) is not reported.
A pattern says whether its claim is the affirmed or the negated predicate
(``polarity``: 副作用 … ある is a claim when negated; ``any``: 一刻も早く治療しないと is as
urgent as 一刻も早く治療を), and whether a question is a claim too (``rhetorical``: 〜になる!?). A quotation presented as a
patient's voice (「…消えました」（40代女性）, 〜と回答しています, …😊 ―ご利用者Aさん,
体験談：…) is a testimonial even in 「」, and so is a first-person or named patient's past
experience (私は…消えました): MED006 checks them (scopes ``voice`` and ``testimony``). Measurement words and fixed terms (最高血圧, 無痛分娩,
第一選択, 医薬品副作用被害救済制度) are never part of a match.

A second signal is the sentence's advertising register (``register_of``, computed once
per sentence and only when needed): the clinic or its product as topic (当院, 本製品, この施術),
an imperative to book or buy, a price or campaign, an exclamation, an emoji or a hashtag, or a
catch-copy noun phrase without a full stop (安心して飲めるサプリ). In that register an entry marked
``register`` reports evaluative and outcome predicates a plain sentence may use (消えます, 快適,
〜とは違う); outside it only the stricter patterns decide.

Every unit of prose is checked, including non-claim blocks: editorial text must
not rank itself either (「最も信頼できる情報源」). benchmarks/medical_ads.py measures
the rules on an independent corpus (benchmarks/README.md).
"""

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..analysis.medical import medical_words
from ..analysis.predication import SENTENCE_MARKS, governed_predicate, potential, predicate_at, predicates
from ..analysis.stance import (
    DIFFICULT,
    RELIEF_WORDS,
    consumed_by_the_reader,
    denied_act,
    in_attribute_quote,
    is_negation,
    may_be_testimony,
    may_be_voice,
    question_end,
    quote_spans,
    readers_question,
    stance,
    under_denied_evidence,
    under_denied_statement,
)
from ..core.derived import derived
from ..core.files import read_data_toml
from ..errors import ConfigError
from ..japanese.normalize import normalize
from ..japanese.tokenizer import dictionary_fingerprint, tokenize
from ..japanese.wordpattern import (
    PatternError,
    PatternIndex,
    Vocabulary,
    compile_word_pattern,
    content_tokens,
    find_all,
    find_each,
    vocabulary,
    word_index,
)
from ..japanese.wordpattern import (
    lemma as _lemma,
)
from ..parsing.text import Sentence, split_sentences
from ..registry import rule

PHRASES = Path(__file__).resolve().parent.parent / "data" / "medical-ads.toml"
CODES = {
    "MED001": "outcome-guarantee",
    "MED002": "superlative-ranking",
    "MED003": "endorsement-claim",
    "MED004": "safety-guarantee",
    "MED005": "comparison-claim",
    "MED006": "patient-testimonial",
    "MED007": "before-after",
    "MED008": "price-lure",
    "MED009": "exaggeration-fear",
}
POLARITIES = ("affirmed", "negated", "double-negated", "any")
SCOPES = ("claim", "testimony", "voice")
ATTRIBUTION_RE = re.compile(r"^[（(][^（()）]{1,20}[）)]$")  # a signature such as （60代・主婦）
# (forty-eighth session) the disclaimer an advertiser closes a sentence with: in brackets (（個人の感想です）, （効果には
# 個人差があります）) or as a note after ※ to the end (※個人の感想であり、効果を保証するものではありません)
# (not 個人の体験: a patients' association closes its members' stories so, from the review)
_DISCLAIMER_WORDS = r"(?:個人の感想|個人差|個人の意見|個人の見解|効果を保証|効果・効能を保証|効果効能を保証)"
DISCLAIMER_RE = re.compile(
    rf"(?:[（(][^（）()\n]{{0,40}}{_DISCLAIMER_WORDS}[^（）()\n]{{0,40}}[）)]"
    rf"|[※＊*][^※＊*（）()\n]{{0,40}}{_DISCLAIMER_WORDS}[^※＊*（）()\n]{{0,40}})[。．.！!]?\s*$"
)
# a note that goes on to name the wording it closes is a warning, not a disclaimer (※個人の感想です、という広告には…)
_NAMED_WORDING_RE = re.compile(r"という|といった|って|のような|広告|表示|注意|注記")
FIELDS = {
    "rule",
    "category",
    "pattern",
    "polarity",
    "scope",
    "tense",
    "rhetorical",
    "context",
    "unless",
    "reason",
    "rewrite",
    "register",
    "unless_paragraph",
}
TENSES = ("any", "non-past")
# degree words that make a denial a measured statement: 副作用はほとんどありません, 大きな副作用なく
DEGREE = {
    "ほとんど",
    "あまり",
    "それほど",
    "さほど",
    "大きな",
    "大きい",
    "重い",
    "重大",
    "深刻",
    "目立つ",
    "特に",
    "ほぼ",
}


# adverbs of degree or frequency that make a denial after them a "hardly" (ほとんど…ない, あまり…ない, めったに…ない)
HARDLY = {"ほとんど", "あまり", "それほど", "さほど", "めったに", "滅多に", "ほぼ"}


@dataclass(frozen=True)
class Entry:
    rule: str
    category: str  # the guideline's category
    patterns: tuple  # WordPatterns
    polarity: str  # affirmed: a claim unless negated | negated: a claim when negated | double-negated | any
    scope: str  # claim: the page's own statements | testimony: a patient's voice or experience | voice: the voice only
    tense: str  # any | non-past: a past or observing predicate reports, not promises (再発は見られなかった)
    rhetorical: bool  # a question is a claim too: advertising asks to frighten (認知症になる!?)
    reason: str
    rewrite: str
    where: str  # file and entry, for messages about the entry
    # WordPatterns of the advertising frame: when given, one of them must match somewhere in the
    # sentence (the clinic, its service or product, the reader addressed), so that the same words
    # in a plain medical fact (この検査に痛みはありません) are not read as a promise
    context: tuple = ()
    # WordPatterns that make the sentence something else: before/after photos kept as records
    # (診療記録として院内でのみ使用します), effects explained with their limits
    unless: tuple = ()
    # True: the entry applies only in a sentence of advertising register (``register_of``): its
    # pattern is an evaluative or outcome predicate that any plain sentence may use, and the
    # register is what makes it a claim about the advertised service
    register: bool = False
    # WordPatterns that make it something else when one is anywhere in the sentence's paragraph: case
    # photos shown with the disclosures the guideline requires (treatment, cost, risks) in the
    # sentences around them
    unless_paragraph: tuple = ()


@dataclass(frozen=True)
class PatternFile:
    entries: dict  # code -> (Entry, ...)
    fixed: tuple  # WordPatterns of fixed terms that are never part of a match
    # (Entry, WordPattern) of every rule, rule by rule in the file's order, and their PatternIndex
    pairs: tuple = ()
    index: PatternIndex | None = None
    numbers: dict = field(default_factory=dict)  # code -> the range of its pairs' numbers
    # [register]: WordPatterns that mark a sentence as advertising (the clinic or product as subject
    # or topic, an imperative to book or buy, a price or campaign) and the characters that do
    # (exclamation, emoji, hashtag); see register_of
    markers: tuple = ()
    marker_characters: frozenset = frozenset()
    marker_index: PatternIndex | None = None  # of ``markers``
    # the words of every pattern, frame (context, unless, unless_paragraph), register marker and
    # fixed term: what a sentence's WordIndex lists (far fewer runs of tokens than all, and enough
    # for each of them: the PatternIndexes of markers and patterns, and find_each's screen of fixed
    # terms and frames, look up only it)
    vocabulary: Vocabulary | None = None
    # [judgement]: name -> WordPatterns of the frames and classes the sentence judgement uses (the
    # advertiser, certainty, access, ...); [[verdict]]: (kind, Entry) in the file's order
    frames: dict = field(default_factory=dict)
    verdicts: tuple = ()

    def __post_init__(self):
        object.__setattr__(self, "marker_index", PatternIndex(self.markers))
        every = [*self.fixed, *self.markers]
        for found in self.frames.values():
            every.extend(found)
        for _, entry in self.verdicts:
            every.extend((*entry.patterns, *entry.context, *entry.unless))
        for entries in self.entries.values():
            for entry in entries:
                every.extend((*entry.patterns, *entry.context, *entry.unless, *entry.unless_paragraph))
        object.__setattr__(self, "vocabulary", vocabulary(every))
        pairs = []
        for code, entries in self.entries.items():
            start = len(pairs)
            pairs.extend((entry, pattern) for entry in entries for pattern in entry.patterns)
            self.numbers[code] = range(start, len(pairs))
        object.__setattr__(self, "pairs", tuple(pairs))
        object.__setattr__(self, "index", PatternIndex([pattern for _, pattern in pairs]))


def _frames(entry, key, classes, where, required=False):
    """The WordPatterns of an entry's ``pattern``, ``context`` or ``unless`` (a pattern or a list of
    them); a ``required`` key must hold at least one."""
    sources = entry.get(key, [])
    if isinstance(sources, str):
        sources = [sources]
    valid = isinstance(sources, list) and all(isinstance(s, str) for s in sources)
    if required and not (sources and valid):
        raise ConfigError(f"{where}: missing {key} (a string or a list of strings)")
    if not valid:
        raise ConfigError(f"{where}: {key} must be a pattern or a list of patterns")
    frames = []
    for source in sources:
        try:
            frames.append(compile_word_pattern(source, classes))
        except PatternError as exc:
            raise ConfigError(f"{where}: {key} {source!r}: {exc}") from None
    return tuple(frames)


def _text(entry, key, where, required=True):
    value = entry.get(key)
    if value is None:
        if required:
            raise ConfigError(f"{where}: missing {key}")
        return ""
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where}: {key} must be a non-empty string")
    return value


@lru_cache(maxsize=4)
def load_patterns(path=PHRASES):
    """The pattern file, checked: ConfigError names the file and the entry that is wrong.

    Built once per version of the file and of the lint, like bytecode (lint.core.derived): the
    build (MeCab's reading of each pattern word, the compiled patterns) costs several times the
    unpickling of its result."""
    path = Path(path)
    return derived(path, lambda: _build_patterns(path), kind=PatternFile, extra_key=dictionary_fingerprint())


def _build_patterns(path):
    data = read_data_toml(path, "pattern file")
    classes = data.get("words", {})
    if not isinstance(classes, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) and w for w in v) for v in classes.values()
    ):
        raise ConfigError(f"{path}: [words]: each class must be a list of words")
    fixed = []
    for term in data.get("fixed", {}).get("terms", []):
        try:
            fixed.append(compile_word_pattern(term, classes))
        except PatternError as exc:
            raise ConfigError(f"{path}: [fixed] term {term!r}: {exc}") from None
    markers, characters = _register(data.get("register", {}), classes, path)
    entries = {code: [] for code in CODES}
    for index, entry in enumerate(data.get("pattern", []), start=1):
        where = f"{path}: [[pattern]] #{index}"
        _check_table(entry, FIELDS, where)
        code = _text(entry, "rule", where)
        where = f"{where} ({code})"
        if code not in CODES:
            raise ConfigError(f"{where}: unknown rule {code!r} (one of {', '.join(CODES)})")
        patterns = _frames(entry, "pattern", classes, where, required=True)
        polarity = entry.get("polarity", "affirmed")
        if polarity not in POLARITIES:
            raise ConfigError(f"{where}: polarity must be one of {', '.join(POLARITIES)}, not {polarity!r}")
        scope = entry.get("scope", "claim")
        if scope not in SCOPES:
            raise ConfigError(f"{where}: scope must be one of {', '.join(SCOPES)}, not {scope!r}")
        tense = entry.get("tense", "any")
        if tense not in TENSES:
            raise ConfigError(f"{where}: tense must be one of {', '.join(TENSES)}, not {tense!r}")
        frames, exempt, disclosed = (
            _frames(entry, key, classes, where) for key in ("context", "unless", "unless_paragraph")
        )
        rhetorical = entry.get("rhetorical", False)
        if not isinstance(rhetorical, bool):
            raise ConfigError(f"{where}: rhetorical must be true or false, not {rhetorical!r}")
        register = entry.get("register", False)
        if not isinstance(register, bool):
            raise ConfigError(f"{where}: register must be true or false, not {register!r}")
        if register and not (markers or characters):
            raise ConfigError(f"{where}: register = true, but the file has no [register] markers")
        entries[code].append(
            Entry(
                code,
                _text(entry, "category", where),
                tuple(patterns),
                polarity,
                scope,
                tense,
                rhetorical,
                _text(entry, "reason", where),
                _text(entry, "rewrite", where),
                where,
                frames,
                exempt,
                register,
                disclosed,
            )
        )
    frames, verdicts = _judgement(data, classes, path)
    return PatternFile(
        {code: tuple(found) for code, found in entries.items()},
        tuple(fixed),
        markers=markers,
        marker_characters=characters,
        frames=frames,
        verdicts=verdicts,
    )


# the frames a sentence judgement reads (the [judgement] table), and the kinds of verdict
JUDGEMENT_FRAMES = (
    "advertiser",
    "certainty",
    "never",
    "threat",
    "partial",
    "access",
    "request",
    "competitor",
    "evaluation",
    "attribute",
    "descriptive",
    "warrant",
    "pointer",
    "reason",
    "condition",
    "exclusive",
    "lifelong",
    "urging",
    "harm",
    "sold",
    "minimal",
    "comparator",
    "other",
    "rivalled",
    "favour",
    "sourced",
    "rise",
    "quality",
    "against",
    "absolute",
    "not_at_all",
    "cost",
    "risks",
    "occurs",
    "risks_named",
    "terms_named",
    "disclosure_given",
    "study",
    "hearsay",
    "humble",
    "material",
    "service",
    "treatment_content",
    "effect_head",
    "rival_poor",
    "threat_put_up",
    "threat_benefit",
    "pair_before",
    "pair_event",
    "pair_after",
    "pair_result",
    "staff",
    "not_showing",
    "material_discussed",
    "change_shown",
    "compared_illness",
    "own_story",
    "care_act",
    "care_carrier",
    "result_named",
    "presenting",
    "about",
    "definition",
    "outcome_harm",
)
VERDICT_KINDS = (
    "minimal",
    "lifelong",
    "urged",
    "certainty",
    "certain-change",
    "never",
    "threat",
    "change",
    "completed",
    "contrast",
    "evaluation",
    "praise",
    "attribute",
    "possibility",
    "multiple",
    "reason",
    "warrant",
    "shown",
    "consequence",
    "question",
    "exclusive",
    "comparative",
    "absolute",
    "absolute-advertised",
    "pair",
)
# kinds whose grammar is a claim wherever it stands: a verdict without a frame needs none (the others
# need the advertiser or the advertising register)
FRAMELESS = (
    "certain-change",
    "threat",
    "contrast",
    "attribute",
    "warrant",
    "lifelong",
    "minimal",
    "comparative",
    "absolute",
    "pair",
)
VERDICT_FIELDS = {"kind", "rule", "category", "frame", "unless", "clause", "reason", "rewrite"}


def _check_table(table, keys, where, hint=""):
    """ConfigError naming ``where`` unless ``table`` is a table whose keys are all among ``keys``."""
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table")
    unknown = sorted(set(table) - set(keys))
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}{hint}")


def _judgement(data, classes, path):
    """The [judgement] frames and the [[verdict]] entries: ({name: WordPatterns}, ((kind, Entry), ...))."""
    table = data.get("judgement", {})
    where = f"{path}: [judgement]"
    _check_table(table, JUDGEMENT_FRAMES, where, hint=f" (one of {', '.join(JUDGEMENT_FRAMES)})")
    frames = {name: _frames(table, name, classes, where) for name in JUDGEMENT_FRAMES}
    verdicts = []
    for index, entry in enumerate(data.get("verdict", []), start=1):
        where = f"{path}: [[verdict]] #{index}"
        _check_table(entry, VERDICT_FIELDS, where)
        kind = entry.get("kind")
        if kind not in VERDICT_KINDS:
            raise ConfigError(f"{where}: kind must be one of {', '.join(VERDICT_KINDS)}, not {kind!r}")
        code = _text(entry, "rule", where)
        if code not in CODES:
            raise ConfigError(f"{where}: unknown rule {code!r} (one of {', '.join(CODES)})")
        where = f"{where} ({code})"
        frame, exempt, clause = (_frames(entry, key, classes, where) for key in ("frame", "unless", "clause"))
        verdicts.append(
            (
                kind,
                Entry(
                    code,
                    _text(entry, "category", where),
                    clause,  # the predicate's clause must hold one of these (none: any)
                    "affirmed",
                    "claim",
                    "any",
                    False,
                    _text(entry, "reason", where),
                    _text(entry, "rewrite", where),
                    where,
                    frame,
                    exempt,
                ),
            )
        )
    return frames, tuple(verdicts)


def _register(table, classes, path):
    """The [register] table: (WordPatterns of ``markers``, frozenset of ``characters``)."""
    where = f"{path}: [register]"
    _check_table(table, {"markers", "characters"}, where, hint=" (markers, characters)")
    markers = _frames(table, "markers", classes, where)
    characters = table.get("characters", "")
    if not isinstance(characters, str):
        raise ConfigError(f"{where}: characters must be a string of characters")
    return markers, frozenset(characters)


@lru_cache(maxsize=4096)
def analyse(text):
    """(normalised text, words without white space, indices of words in fixed terms, word index) of a sentence."""
    norm = normalize(text)
    tokens = _comma_before_quotative_dropped(_grouped_numbers(_adverb_before_iru(content_tokens(tokenize(norm.text)))))
    patterns = load_patterns()
    index = word_index(tokens, patterns.vocabulary)
    masked = set()
    for first, end in find_each(tokens, patterns.fixed, index=index):  # a term the words rule out costs a look-up
        masked.update(range(first, end))
    return norm, tokens, frozenset(masked), index


# particles that quote the clause before them (〜、という, 〜、と書かれた, 〜、って, 〜、なんて)
_QUOTATIVES = frozenset({"という", "といった", "との", "って", "っていう", "なんて", "とか"})


# (from the review) verbs after 〜、と that report a wording in order to warn about it (〜、とうたう商品, 〜、と書かれていても,
# 〜、と誤解される方): only these; 〜、と言い切れます and 〜、と院長が説明しています keep their comma
_WARNED_WORDING_VERBS = frozenset({"うたう", "謳う", "書く", "宣伝", "誤解", "表示", "記載", "広告", "思い込む"})


# a saying named after its comma (必ず治る、という言葉をよく耳にします): the ninth session's reading of a named saying keeps
# the comma
_SAYING_NOUNS = frozenset({"言葉", "お言葉", "フレーズ", "標語", "格言", "ことわざ"})


def _quotes_for_a_warning(tokens, k):
    """The quotative と at ``k`` before は / も (〜、とは言えません) or a verb of a wording warned about (see above)."""
    t = tokens[k]
    if t.surface_form != "と" or t.pos_detail_2 != "引用" or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return after.surface_form in ("は", "も") or (after.basic_form or after.surface_form) in _WARNED_WORDING_VERBS


def _comma_before_quotative_dropped(tokens):
    """(forty-seventh session) A comma that only sets a quoted clause off before its particle is not read: 何錠飲んでも大丈夫、
    ということはありません, 〜安心して飲める、という宣伝文句, 〜肌にやさしい、とうたう商品 read as they do without it, so that the
    stance finds the clause quoted, denied or warned about (from the review: the comma hid each of them)."""
    out = []
    for k, t in enumerate(tokens):
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            t.surface_form in ("、", ",")
            and following is not None
            and following.pos == "助詞"
            and (following.surface_form in _QUOTATIVES or _quotes_for_a_warning(tokens, k + 1))
            and not (k + 2 < len(tokens) and tokens[k + 2].surface_form in _SAYING_NOUNS)
        ):
            continue
        out.append(t)
    return tuple(out)


def _grouped_numbers(tokens):
    """(sixteenth session) A number written with digit groups is one word: MeCab reads 15,000 as 15, a comma and 000,
    so that a pattern's gap counted three words for one number (初回の施術が1,980円). Each group of three digits after
    a comma joins the number before it."""
    out = []
    for t in tokens:
        if (
            len(out) >= 2
            and t.pos_detail_1 == "数"
            and len(t.surface_form) == 3
            and t.surface_form.isascii()
            and t.surface_form.isdigit()
            and out[-1].surface_form == ","
            and out[-1].start == out[-2].start + len(out[-2].surface_form)
            and t.start == out[-1].start + 1
            and out[-2].pos_detail_1 == "数"
            and out[-2].surface_form.replace(",", "").isascii()
            and out[-2].surface_form.replace(",", "").isdigit()
        ):
            out.pop()
            number = out.pop()
            surface = number.surface_form + "," + t.surface_form
            out.append(number._replace(surface_form=surface, basic_form=surface, reading="*", pronunciation="*"))
            continue
        out.append(t)
    return tuple(out)


def _adverb_before_iru(tokens):
    """MeCab's misreading of an adverb before いる as one adjective: まずいません is まず + い(る) + ません,
    not the adjective まずい, since an adjective never takes ます (issue 18, thirteenth round). Such a token
    is split into the adverb and the verb いる, so that the denied existence is seen."""
    out = []
    for n, t in enumerate(tokens):
        after = tokens[n + 1] if n + 1 < len(tokens) else None
        if (
            t.pos == "形容詞"
            and len(t.surface_form) > 2
            and t.surface_form.endswith("い")
            and after is not None
            and after.pos == "助動詞"
            and after.basic_form == "ます"
        ):
            stem = t.surface_form[:-1]
            out.append(t._replace(surface_form=stem, pos="副詞", pos_detail_1="一般", basic_form=stem))
            out.append(
                t._replace(
                    surface_form="い",
                    pos="動詞",
                    pos_detail_1="自立",
                    conjugated_type="一段",
                    conjugated_form="連用形",
                    basic_form="いる",
                    reading="イ",
                    pronunciation="イ",
                    start=t.start + len(stem),
                )
            )
            continue
        out.append(t)
    return tuple(out)


@lru_cache(maxsize=4096)
def _candidates(text):
    """code -> the numbers of the patterns (PatternFile.pairs) that may match the sentence: one
    look-up of the sentence's words for every rule."""
    patterns = load_patterns()
    found = patterns.index.candidates(analyse(text)[3])
    return {code: [n for n in found if n in numbers] for code, numbers in patterns.numbers.items()}


# emoji are advertising's punctuation: any character of the pictographic planes (U+1F000 on),
# so that an emoji never seen is a marker too; older symbols (✨, ♪, ★) are listed in the data
EMOJI_FROM = 0x1F000


@lru_cache(maxsize=4096)
def register_of(text, paragraph=True):
    """Whether the sentence ``text`` is in the advertising register: one of the [register] markers
    of lint/data/medical-ads.toml (the clinic or its product as subject or topic, first-person clinic
    voice, an imperative to book or buy, a price or campaign) or one of its characters
    (exclamation, hashtag, ✨) or an emoji is in it. Computed once per sentence, and only when an
    entry with ``register = true`` has matched (most sentences never need it).

    ``paragraph``: False for a heading, a table cell, a caption or a term, whose form is a noun
    phrase without a full stop anyway (治療の流れ): only a paragraph's can be a catch copy."""
    patterns = load_patterns()
    norm, tokens, masked, index = analyse(text)
    if any(c in patterns.marker_characters or ord(c) >= EMOJI_FROM for c in norm.text):
        return True
    if HASHTAG_RE.search(norm.text):
        return True
    if paragraph and catch_copy(norm.text, tokens):
        return True
    return any(
        find_all(tokens, patterns.markers[number], masked, index) for number in patterns.marker_index.candidates(index)
    )


# a hashtag: # before a word (#ED治療, #医療脱毛), not a markdown heading's ## or a lone #
HASHTAG_RE = re.compile(r"(?<![#\w])#[^\s#\d]")
# a word of Japanese (a catch copy's head noun; an English word in a Japanese sentence is not one)
JAPANESE_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# what ends a sentence of prose; a catch copy ends without it, on its noun
FULL_STOPS = ("。", ".", "?", "？", "」", "）", ")")
# case particles a headline ends on when it leaves its verb out (〜へ。, 〜に。, 〜を。)
ELLIPTIC = ("へ", "に", "を")
# nouns that cannot head a catch copy: a number, a dependent noun (とき, こと), a pronoun
NOT_HEADS = ("数", "非自立", "代名詞", "接尾")


def catch_copy(text, tokens):
    """Whether the sentence is a catch-copy fragment: a noun phrase with its modifier and no full
    stop (安心して飲めるサプリ, 究極のホワイトニング, 大手美容外科より仕上がりがナチュラル), or a clause
    whose verb is left out, ending on a case particle (理想の笑顔へ。, すべての患者さまに。). Prose ends
    on a predicate and a full stop; a label line (初診料：2,880円) has a colon and is a list, not copy."""
    text = text.rstrip()
    if len(tokens) < 3 or ":" in text or "：" in text:
        return False
    words = [t for t in tokens if t.pos != "記号"]
    if len(words) >= 3 and words[-1].pos_detail_1 == "格助詞" and words[-1].surface_form in ELLIPTIC:
        # on a noun of content (笑顔へ), not a wish's よう (取り戻せますように。)
        return words[-2].pos == "名詞" and words[-2].pos_detail_1 not in ("非自立", "代名詞")
    stopped = False
    if text.endswith("。") and CITATION_RE.search(text):
        return False  # a description that gives its source (a figure's caption) is no copy
    if text.endswith("。") and not text.endswith(("。。", ")。", "）。")) and tokens[-1].surface_form == "。":
        # (thirteenth round) a noun phrase closed by a full stop is copy too when a clause modifies its head
        # (妊娠中でも安心して飲める、やさしい頭痛薬。): prose ends on a predicate, never on a bare noun
        tokens, stopped = tokens[:-1], True
    elif text.endswith(FULL_STOPS):
        return False
    if len(tokens) < 3:
        return False
    head = tokens[-1]
    if head.pos_detail_1 == "接尾" and tokens[-2].pos == "名詞" and tokens[-2].pos_detail_1 != "数":
        head = tokens[-2]  # a compound's head (歯医者さん, 〇〇クリニック院), not a price (2,880円)
    if head.pos == "副詞" and JAPANESE_RE.search(head.surface_form):
        return True  # a predicate left out after its adverb (明日から必ずぐっすり)
    if head.pos != "名詞" or head.pos_detail_1 in NOT_HEADS or not JAPANESE_RE.search(head.surface_form):
        return False
    if stopped:
        # a clause before the head (a verb or an adjective), not a label of nouns joined by の (治療の流れ。),
        # and no topic: 〜は流れ作業。 is a sentence whose copula is left out, a statement about its topic
        # ; its head must be a thing sold (a product, a treatment, an institution: 〜頭痛薬。, 〜専門院。), since
        # a caption describes with the same form (紙やすりのようにザラザラした細かい発疹。)
        return (
            not any(
                t.surface_form == "は" and t.pos_detail_1 == "係助詞" and n and tokens[n - 1].pos == "名詞"
                for n, t in enumerate(tokens)
            )
            and any(t.pos in ("動詞", "形容詞") and t.pos_detail_1 == "自立" for t in tokens[:-1])
            and any(
                end == len(tokens) for frame in load_patterns().frames["sold"] for _, end in find_all(tokens, frame)
            )
        )
    # a modifier or a clause before the head noun: a verb, an adjective, a particle (の, より, が)
    return any(t.pos in ("動詞", "形容詞", "助詞") or t.pos_detail_1 == "形容動詞語幹" for t in tokens[:-1])


DENIED_COPULA = ("ではな", "ではあり", "じゃな", "でもな", "でもあり")


def _denied_copula(tokens, end):
    """1 when the words right after ``end`` deny a copula (ゼロではありません), else 0."""
    after = "".join(t.surface_form for t in tokens[end : end + 4])
    return int(after.startswith(DENIED_COPULA))


# (forty-seventh session, from the review) the last word of a match that names a harm or a problem: its denial is a safety
# claim, not a doubt about one
HARM_DENIED_WHOLE = frozenset({"悪い", "害", "問題", "負担", "心配", "リスク", "危険", "副作用"})


# (forty-seventh session) outcomes a patient's voice tells well only when it denies them (痛くない, 再発しない)
TESTIMONY_HARMS = frozenset({"痛い", "再発", "痛む", "悪化", "副作用"})


def is_claim(entry, tokens, span, hearsay=False, text=None):
    """Whether the page makes the claim the entry's pattern found at ``span``; ``hearsay``: the sentence
    reports the page's own reputation (see _hearsay), which the page asserts by reporting it; ``text``: the
    sentence as written, for its register (scare quotes are the page's own words only in advertising)."""
    # a claim that a denial makes (副作用はありません) is read on the span's own predicate only: a noun that
    # is another verb's object (再発を防ぐ方法はありません) is not what is denied
    found = stance(tokens, span, through_arguments=entry.polarity in ("affirmed", "any"))
    if hearsay:
        found = replace(found, reported=False, hedged=False)
    # (fifty-fifth session) scare quotes in an advertising sentence (「最強」の腸活サプリを今すぐお試しください！): the
    # quoted attribute is the page's own word, not a mention, unless the sentence discusses it. Outside that register
    # a patient page quotes such words to set them apart (「世界初」の治療法ほど慎重に, 「最強」の寒波が来る日は). The
    # register is read without the catch-copy shape, which a news headline has too (「最強」の寒波、週末に到来)
    if found.reported and text is not None and in_attribute_quote(tokens, span) and register_of(text, paragraph=False):
        found = replace(found, reported=False)
    if entry.scope == "testimony":
        # (forty-seventh session, from the review) an outcome the voice denies (「血圧が下がらない」, 「安定するものではありません」)
        # tells no effect; a harm denied (「痛くない」「再発しない」) is an effect, and a harm told (「他の歯医者では痛くて…」)
        # may be the story's before, as a past failure is (「他の病院では治らなかったのに」)
        if (
            found.negated
            and not found.observation
            and _lemma(tokens[span[1] - 1]) not in TESTIMONY_HARMS
            and not found.voice
        ):
            return False
        return found.testimony and not found.question
    if entry.scope == "voice":
        return found.voice and not found.question
    asserted = found.asserted or (
        entry.rhetorical
        and found.question
        and not (found.reported or found.conditional or found.hedged or found.prohibition)
        and not readers_question(tokens)
    )
    if not asserted or (entry.tense == "non-past" and found.observation):
        return False
    if entry.polarity == "any":  # urgency is pressure whether phrased as do or as do not (治療しないと)
        # ... but not a statement the page says has no evidence (〜という科学的根拠はありません) or denies as a whole
        # (何錠飲んでも大丈夫、ということはありません; 〜とは言えません); a harm so denied (どれだけ飲んでも体に悪いということは
        # ありません) is the promise of safety itself (from the review)
        # (from the final review) unless the harm is already denied inside the statement (何錠飲んでも問題ない、ということは
        # ありません denies "no problem": a doubt about safety, as 大丈夫、ということはありません is)
        harm_denied_inside = span[1] < len(tokens) and (
            is_negation(tokens[span[1]]) or _lemma(tokens[span[1]]) in ("ない", "無い")
        )
        if _lemma(tokens[span[1] - 1]) in HARM_DENIED_WHOLE and not harm_denied_inside:
            return not under_denied_evidence(tokens, span)
        return not under_denied_statement(tokens, span)
    if entry.polarity in ("affirmed", "any") and any(
        _lemma(t) in RARELY for t in tokens[span[1] : _own_clause_end(tokens, span[1])]
    ):
        return False  # (sixteenth round) 手遅れになることはまれですが、…: a frequency, neither a promise nor a threat
    if entry.polarity == "affirmed":  # 必ず治ります (not 必ず治るとは限りません)
        # (fifteenth round) a noun the page denies acting on (体験談を広告に使うことはしません) is mentioned
        return (
            not found.negated
            and not (entry.scope == "claim" and denied_act(tokens, span))
            and not _topic_denied(tokens, span)
            and not _denied_with_nado(tokens, span)
        )
    if entry.polarity == "negated":  # 副作用はありません, 副作用ゼロ (not 副作用がない薬はありません)
        own = sum(is_negation(t) for t in tokens[span[0] : span[1]])
        # a degree word before the harm or modifying it (目立った副作用は), not the denied verb (傷は目立ちません)
        particle = next((i for i in range(span[0], span[1]) if tokens[i].pos == "助詞"), span[1])
        # (sixteenth round) within the harm's own clause: ほとんど無痛、リスクはありません denies the risk outright
        # (a comma after a topic only sets it off: 鼻血のほとんどは、心配のいらないものです)
        before = max(0, span[0] - 3)
        before = max(
            [before]
            + [
                i + 1
                for i in range(before, span[0])
                if tokens[i].surface_form in ("、", ",") and not (i and tokens[i - 1].surface_form in ("は", "も"))
            ]
        )
        if any(t.basic_form in DEGREE for t in tokens[before:particle]):
            return False
        if _share_of_cases(tokens, span[0]):
            return False  # ほとんどの場合、後遺症は残りません: a proportion, not a guarantee
        # 〜が起こることは、まれです, and (real text) 痛みを感じることはほとんどありません ("hardly ever"): a frequency,
        # not a denial (not 〜がなく、…もまれです)
        if any(_lemma(t) in RARELY or _lemma(t) in HARDLY for t in tokens[span[1] : _own_clause_end(tokens, span[1])]):
            return False
        # a noun denied by its copula, which the predicate's negations do not count: リスクはゼロではありません
        denied = _denied_copula(tokens, span[1]) if not found.negations else 0
        return (own + found.negations + denied) % 2 == 1
    # double-negated: 治らない肩こりはありません, 効果を感じなかった方はいません (a universal denial),
    # not 治らない病気ではありません (a denied copula: "curable", a fact about a disease)
    after = "".join(t.surface_form for t in tokens[span[1] :])
    if any(copula in after for copula in ("ではな", "ではあり", "じゃな", "でもな", "でもあり")):
        return False
    return found.negations >= 2 and not found.negated


def _denied_with_nado(tokens, span):
    """(fifteenth session, from the review) The match names a thing that the sentence says does not exist, with など
    or なんて after it (万能薬などありません, 医師が隠す真実など、ありません, 万能の健康茶など存在しません): the thing is
    denied, not offered, as with は."""
    end = span[1]
    if end >= len(tokens) or tokens[end].surface_form not in ("など", "なんて", "なんか"):
        return False
    rest = [t for t in tokens[end + 1 : _sentence_end_at(tokens, end)] if t.surface_form not in ("、", ",", "は", "も")]
    exists = next((k for k, t in enumerate(rest) if _lemma(t) in ("ある", "存在", "いる", "有る")), None)
    if exists is None or exists > 1:
        return False  # the existence denied right after (など存在しません; not など…が効きます)
    return any(is_negation(t) for t in rest[exists + 1 :])


def _topic_denied(tokens, span):
    """Whether the match runs past a topic of its own (〜は) whose predicate, the sentence's last, is denied while the
    match holds no negation (利用者アンケートの結果は、治療効果の評価には使用していません): what the match says of the
    topic is what the sentence denies (seventh session)."""
    first, end = span
    if any(is_negation(t) for t in tokens[first:end]):
        return False
    for i in range(first + 1, end - 1):
        if tokens[i].surface_form == "は" and tokens[i].pos_detail_1 == "係助詞" and tokens[i - 1].pos == "名詞":
            # the match says nothing of its own after the topic (no verb, adjective or clause of reason before the
            # last predicate: 〜は内服薬で髪が生えるため、手術を必要としません keeps its own 生える)
            after = tokens[i + 1 : _sentence_end_at(tokens, i)]
            if any(t.pos in ("動詞", "形容詞") and t.pos_detail_1 == "自立" for t in tokens[i + 1 : end]) or any(
                t.surface_form in ("ため", "ので", "から") for t in after
            ):
                return False
            return stance(tokens, (first, i)).negated
    return False


# (thirteenth round) words of rarity: a harm said to be rare is measured (〜ことは、まれです)
RARELY = {"まれ", "稀", "めったに", "滅多"}


def _sentence_end_at(tokens, k):
    """Index of the sentence mark that ends the sentence holding ``k`` (or the end)."""
    return next((j for j in range(k, len(tokens)) if tokens[j].surface_form in SENTENCE_MARKS), len(tokens))


# (thirteenth round) words of a share: ほとんどの場合, 多くの方, 大半のケース
SHARE_WORDS = {"ほとんど", "大半", "大部分", "大抵", "たいてい", "多く", "大多数"}
SHARE_NOUNS = {"場合", "ケース", "方", "人", "患者", "例"}


def _share_of_cases(tokens, first):
    """A share of the cases or the people before ``first`` in its sentence (ほとんどの場合、後遺症は残りません):
    the denial that follows is a proportion, not a guarantee."""
    start = max((i + 1 for i in range(first) if tokens[i].surface_form in SENTENCE_MARKS), default=0)
    return any(
        _lemma(tokens[i]) in SHARE_WORDS
        and tokens[i + 1].surface_form == "の"
        and _lemma(tokens[i + 2]) in SHARE_NOUNS
        and _own_clause_end(tokens, i) >= first  # the share is in the denial's clause (not 大半の方が満足している、…)
        for i in range(start, first - 2)
    )


def _own_clause_end(tokens, k):
    """Index of the mark that ends the clause holding ``k``: a sentence mark, or a comma after a
    predicate or a conjunctive particle (副作用がなく、 満足している、 〜ので、); a comma after a topic or a
    noun (〜ことは、 ほとんどの場合、) continues the clause."""
    for j in range(k, len(tokens)):
        t = tokens[j]
        if t.surface_form in SENTENCE_MARKS:
            return j
        if (
            t.surface_form in ("、", ",")
            and j
            and (
                tokens[j - 1].pos in ("動詞", "形容詞", "助動詞")
                or (tokens[j - 1].pos == "助詞" and tokens[j - 1].pos_detail_1 == "接続助詞")
            )
        ):
            return j
    return len(tokens)


# what may follow a report at the sentence's end: its auxiliaries (言われて/います, 知られて/おります)
REPORT_TAIL = {"て", "い", "いる", "おり", "おる", "ます", "です", "ね", "よ"}
# (fourteenth round) rules whose claims stand when the page reports them as its reputation
PRAISED = ("MED002", "MED005")


@lru_cache(maxsize=4096)
def _hearsay(text, paragraph=True):
    """Whether the sentence reports, on no one's authority, what is said of the page's own offer: it ends
    on a passive of saying or knowing or on a reputation (〜と言われています, 〜って言われます, 〜として知られて
    います), names no source (研究, 調査, 〜によると), and its topic is the advertiser or left unsaid in the
    advertiser's presence or register, or its complement is an institution (〜病院として知られています). A page
    that repeats its own praise makes the claim; 肺がんは〜と言われています hedges a fact about its topic."""
    patterns = load_patterns()
    norm, tokens, masked, index = analyse(text)
    frames = patterns.frames
    spans = _found(tokens, frames["hearsay"], masked, index)
    if not spans or _found(tokens, frames["sourced"], masked, index):
        return False
    first, end = spans[-1]
    if not all(t.pos in ("助動詞", "記号") or t.surface_form in REPORT_TAIL for t in tokens[end:]):
        return False  # the report must end the sentence (〜と言われています。), not qualify a noun
    ours = _found(tokens, frames["advertiser"], masked, index)
    topic = _topic_before(tokens, first)
    if ours:
        return True
    if topic:
        return False
    institution = first and _found(tokens, frames["other"], masked, index, (max(0, first - 3), first))
    return bool(institution) or register_of(text, paragraph)


# (fourteenth round) rules whose claims a group's statistics answer: a change before and after told as a mean
# with its spread or its sample size is a study's result, not one case shown
STUDY_REPORTED = ("MED007",)

# scope -> a test of the whole sentence: False when is_claim refuses every span of it
SCOPE_TESTS = {"voice": may_be_voice, "testimony": may_be_testimony}


def sentence_findings(code, text, paragraph=True, around=(), disclaimed=True):
    """(start, end, Entry) in ``text`` (original offsets) for each claim of rule ``code``: those of the
    sentence as written, and, for catch copy that leaves out its verb of becoming (必ず妊娠へ, 症状は
    ゼロに🌸), those of the sentence with that verb put back (see _becoming_restored) that overlap none
    of the first. Both readings count: some forms are read as the fragment they are (〜が、2週間でこんな
    にツルツルに: an exclaimed change), others only once the predicate is there (確実に正常値へ).
    (Forty-eighth session) For MED006, a voice that tells a relief is read without the advertiser's disclaimer
    that closes it as well (``disclaimed``: whether to try that reading), so that the disclaimer hides nothing
    (「3日で腰痛が消えました」（個人の感想です） had passed); a memoir or a relief awaited is not. Only for MED006: for
    the other rules a caveat in brackets stays the caveat of an honest statement (約7割で症状が改善しました（効果には
    個人差があります）; both from the review)."""
    found = _findings_as_read(code, text, paragraph, around)
    restored = _becoming_restored(text)
    if restored is not None:
        full, at, noun = restored
        for start, stop, entry in _findings_as_read(code, full, paragraph, around):
            start, stop = _before_added(start, at), _before_added(stop, at)
            if stop <= start:  # only the verb put back: the result it names is the noun and its particle
                start, stop = noun, at
            if not any(a < stop and start < b for a, b, _ in found):
                found.append((start, stop, entry))
    read = without_disclaimer(text) if disclaimed and code == "MED006" else text  # a prefix: its offsets hold
    if read != text and _relief_told(read):
        for start, stop, entry in sentence_findings(code, read, paragraph, around, disclaimed=False):
            if not any(a < stop and start < b for a, b, _ in found):
                found.append((start, stop, entry))
    return sorted(found, key=lambda f: f[0])


_BECOMING = "なります"


def _becoming_restored(text):
    """(the text with 〜になります put back, where the added verb begins, where the noun before it
    begins) when the sentence ends in a noun and へ, or a number and に, with no predicate (symbols after
    it aside: 確実に正常値へ！, ゼロに🌸); None otherwise. へ is read as に, one character for another. A
    salutation or direction (腰痛に悩む方へ, かかりつけ医へ) and an instruction (お薬は必ず食後に) are
    left alone."""
    norm, tokens, masked, index = analyse(text)
    last = next((k for k in range(len(tokens) - 1, -1, -1) if tokens[k].pos != "記号"), None)
    if last is None or last == 0:
        return None
    particle, noun = tokens[last], tokens[last - 1]
    if not (
        particle.pos == "助詞"
        and particle.pos_detail_1 == "格助詞"
        and particle.surface_form in ("に", "へ")
        and noun.pos == "名詞"
        and noun.pos_detail_1 != "非自立"
    ):
        return None
    if particle.surface_form == "へ" and _a_place(noun):
        return None  # the verb left out is of going: まず物忘れ外来へ, 詳しくはこちらへ (a direction, not a result)
    if (
        particle.surface_form == "に"
        and noun.pos_detail_1 != "数"
        and not (last >= 2 and tokens[last - 2].pos_detail_1 == "数")
        and not _harm_noun(tokens, last, masked, index)
    ):
        # に ends instructions as often (お薬は必ず食後に, 迷ったら必ず主治医に: a time, a person, a place):
        # only a number reached (症状はゼロに, -10kgに) or (seventh session) a disease or a ruin reached (放っておくと
        # 肝硬変に) is a result without its verb
        return None
    start = norm.original(particle.start)
    end = norm.original(particle.start + len(particle.surface_form))
    return text[:start] + "に" + _BECOMING + text[end:], end, norm.original(noun.start)


def _harm_noun(tokens, particle, masked, index):
    """Whether the noun phrase before ``particle`` ends in a disease, a ruin or a consequence ([judgement] outcome_harm:
    肝硬変, 寝たきり, 三重苦)."""
    return any(end == particle for _, end in _found(tokens, load_patterns().frames["outcome_harm"], masked, index))


CLAIM_WORDS = Path(__file__).resolve().parent.parent / "data" / "claim-words.toml"


def _a_place(noun):
    """A pronoun of place (こちら), a service (外来, 窓口), an institution (当院, 内科, センター) or a person of
    care (主治医, 薬剤師): where a reader is sent (the claim check's word tables, lint/data/claim-words.toml)."""
    from ..parsing.word_tables import load_word_tables

    if noun.pos_detail_1 == "代名詞":
        return True
    tables = load_word_tables(CLAIM_WORDS)
    lemma = noun.basic_form if noun.basic_form != "*" else noun.surface_form
    # a person one is sent to (かかりつけ医へ, 主治医へ, 薬剤師へ) is a place of care too
    return (
        lemma in tables["service_nouns"]
        or lemma in _SENT_TO
        or lemma.endswith(tuple(tables["institution_nouns"]))
        or lemma.endswith(("医", "師", "医師", "先生", "スタッフ"))
    )


# services a reader is sent to (必ず歯科検診へ, 年に一度は人間ドックへ): the verb left out is of going
_SENT_TO = {"検診", "健診", "受診", "人間ドック", "ドック", "検査", "診察", "来院", "予約"}


def _before_added(position, at):
    """A position in the text with the verb put back, in the text as written."""
    return position if position <= at else max(at, position - len(_BECOMING))


def _findings_as_read(code, text, paragraph=True, around=()):
    """(start, end, Entry) in ``text`` (original offsets) for each claim of rule ``code``;
    ``paragraph``: whether the sentence is a paragraph's (see register_of); ``around``: the texts
    of the paragraph's other sentences (a contrast may set a competitor in one and the advertiser
    in the next: 〜は流れ作業。…当院を選んでください)."""
    entries = load_patterns().entries.get(code, ())
    if not entries:
        return []
    norm, tokens, masked, index = analyse(text)
    if (
        code in STUDY_REPORTED
        and _found(tokens, load_patterns().frames["study"], masked, index)
        and not _single_case(norm)
    ):
        return []  # a group's statistics with their spread or sample (平均…標準偏差, n=48): a study's finding
    if code in MATERIAL_RULES and _defines_material(tokens, masked, index):
        return []  # a glossary's definition of testimonials or before/after photos shows none
    service_voice = code == "MED006" and _service_only(tokens, masked, index)
    pairs = load_patterns().pairs
    found, taken = [], []
    hearsay = code in PRAISED and _hearsay(text, paragraph)
    possible = {}  # scope -> whether any span of the sentence can be in it (voice, testimony)
    for number in _candidates(text)[code]:  # in the file's order; the others cannot match
        entry, pattern = pairs[number]
        if entry.scope in SCOPE_TESTS:
            if entry.scope not in possible:
                possible[entry.scope] = SCOPE_TESTS[entry.scope](tokens)
            if not possible[entry.scope]:
                continue  # is_claim would refuse every match: a voice pattern matches any verb
        matches = list(find_all(tokens, pattern, masked, index))
        if not matches:
            continue  # the frames below are sentence-wide and dearer than the pattern: tried after it
        # the register is one more frame, computed once per sentence: with ``register = true`` an
        # entry applies in an advertising sentence or where one of its context frames is
        if (entry.context or entry.register) and not (
            hearsay  # the page's reputation reported: the page presents itself, which frames the claim
            or (entry.register and register_of(text, paragraph))
            or any(find_all(tokens, frame, masked, index) for frame in entry.context)
        ):
            continue
        if any(find_all(tokens, frame, masked, index) for frame in entry.unless):
            continue
        for first, end in matches:
            if any(a < end and first < b for a, b in taken):
                continue
            if not is_claim(entry, tokens, (first, end), hearsay, text):
                continue
            if _named_only(tokens, first, end, masked, index):
                continue
            if code in CARE_RULES and _care_step(tokens, first, masked, index):
                continue
            if code in CARE_RULES and _discussed_as_a_kind(tokens, first, end, masked, index):
                continue
            if code in CARE_RULES and _change_not_shown(tokens, first, end, masked, index):
                continue
            if service_voice and not any(t.pos_detail_1 == "数" or t.surface_form in STARS for t in tokens[first:end]):
                continue  # a voice about the service, not the treatment (a rating or a share still counts)
            taken.append((first, end))
            start = norm.original(tokens[first].start)
            stop = norm.original(tokens[end - 1].start + len(tokens[end - 1].surface_form))
            found.append((start, stop, entry))
    for start, stop, entry in verdicts(text, paragraph, around):
        if entry.rule == code and not any(a < stop and start < b for a, b, _ in found):
            found.append((start, stop, entry))
    return sorted(found, key=lambda f: f[0])


def _defines_material(tokens, masked, index):
    """Whether the sentence is a definition of testimonial or before/after material that closes it (〜とは、…の
    ことです。): a definition that goes on (…のことで、当院には「…」との声が続々と届いています) gives material."""
    last = max((k for k in range(len(tokens)) if tokens[k].pos != "記号"), default=-1)
    for _, stop in _found(tokens, load_patterns().frames["definition"], masked, index):
        if all(t.pos == "助動詞" or t.surface_form in ("。", "です", "だ") for t in tokens[stop : last + 1]):
            return True
    return False


# the rules whose material (testimonials, before/after photos) a glossary may define
MATERIAL_RULES = ("MED006", "MED007")
# words that join a material noun phrase (術前・術後の写真, Before/After, 患者様の声)
MATERIAL_JOINERS = frozenset({"・", "/", "／", "の"})
# particles after which the sentence's last predicate says what is done with the phrase (体験談のページでは、…掲載して
# います); after another particle it is the next predicate (写真を撮影します)
TOPIC_PARTICLES = frozenset({"は", "も", "が"})


def _named_only(tokens, first, end, masked, index):
    """Whether the match tokens[first:end] is testimonial or before/after material (a noun phrase of [words]
    MATERIAL alone) that the sentence names without giving it (seventh session; see [judgement] material)."""
    frames = load_patterns().frames
    if not _found(tokens, frames["material"], masked, index, (first, end)):
        return False
    if not all(t.pos in ("名詞", "接頭詞") or t.surface_form in MATERIAL_JOINERS for t in tokens[first:end]):
        return False  # a label's colon, an arrow or a predicate in the match lays the material out
    owner = first - 1 - (first > 1 and tokens[first - 1].surface_form == "の")
    if (
        owner >= 0
        and any(stop == owner + 1 for _, stop in _found(tokens, frames["staff"], masked, index))
        and _found(tokens, frames["own_story"], masked, index, (first, end))
    ):
        return True  # the staff's own story (スタッフ体験記, 看護師の声): no patient's testimonial; not 院長の口コミ
    if consumed_by_the_reader(tokens, end):
        return True  # what the reader reads before deciding, or is worried by (体験談を読んで不安になった方へ)
    return not _presented(tokens, end, masked, index)


STARS = frozenset({"★", "☆", "⭐", "🌟"})
# words with which 助かる tells a person saved or a complaint relieved, not a convenience
SAVED_WORDS = frozenset(
    {
        "命",
        "いのち",
        "一命",
        "主人",
        "夫",
        "妻",
        "子",
        "子ども",
        "子供",
        "息子",
        "娘",
        "母",
        "父",
        "家族",
        "私",
        "便秘",
        "症状",
        "嘘",
    }
)


# (thirty-first session) the rules whose matches a step of care answers (see _care_step)
CARE_RULES = ("MED007",)
# after an act of care, the reader's act rather than the clinic's: asked (〜ください, 〜ましょう, 〜てみる) or made
# possible for the reader (ご確認いただけます, 比べられます, 確認できます: see potential)
READER_FORMS = frozenset({"くださる", "下さる", "う", "よう", "みる", "いただける", "頂ける", "べし"})
# after an act of care, a state that goes on (確認しています): a result the clinic keeps finding, not a step ahead
ONGOING = frozenset({"いる", "おる", "いく", "行く"})
# words that point at what the page shows (以下で, 下記の, 次の症例, ここからは) and cases of others (他の患者様の, 症例の)
POINTING = frozenset({"以下", "下記", "ここ", "こちら", "上記"})
# counters of a time (3か月後, 2週間): a figure with one says when, not what resulted
TIME_COUNTERS = frozenset(
    {"か月", "ヶ月", "カ月", "ケ月", "月", "日", "週", "週間", "年", "回", "時間", "分", "日間", "年間", "か", "ヵ月"}
)
OTHERS_CASES = frozenset({"症例", "他", "ほか", "方々", "モニター", "患者"})
COMPARING = frozenset({"比較", "比べる"})


def _care_step(tokens, first, masked, index):
    """Whether the before/after or the change from ``first`` is what the clinic examines, compares, records or
    explains as a step of the care (thirty-first session): the sentence ends on an act of care ([words] CARE_ACTS:
    確認します, ご説明します, 撮影させていただきます; or one named as the object of 行う / 実施: 検査を行います), the
    clinic's own (not asked of the reader: ご確認ください, ご確認いただきます, 確認してもらいます; not the reader's
    potential), not past and not denied; every predicate between is an act of care too, not past, or a question the
    act answers (結石が砕けたかどうかを確認します). What the act is about must be no result: no effect or change of the
    body named (効果を確認します, 改善を確認, どれだけ若返ったかを…), no figure (-5kg, 70%), nobody else's case (他の
    患者様の, 症例の), nothing the page points at (以下で, 下記の); and a comparison must be a step ahead, not one that
    goes on (〜を動画で比較しています, 比較していきます show one). From the review of the first version, which let
    results named as the object of a check, publishing (共有, 管理) and the page's own display through."""
    frames = load_patterns().frames
    found = [p for p in predicates(tokens) if p.head >= first]
    if not found:
        return False
    last = found[-1]
    if not all(t.pos == "記号" for t in tokens[last.end :]):
        return False
    if not (_care_word(tokens, last.head, frames, masked, index) or _carried_care(tokens, last, frames, masked, index)):
        return False
    auxiliaries = tokens[last.head + 1 : last.end]
    if last.past or potential(tokens, last) or _asked_of_the_reader(auxiliaries):
        return False
    if stance(tokens, (last.head, last.head + 1)).negated:
        return False
    for p in found[:-1]:
        asked = p.end < len(tokens) and tokens[p.end].surface_form in ("か", "かどうか")
        if p.past and not asked:
            return False  # a comparison already done (比較した施術前後の写真で…)
        if not (asked or _care_word(tokens, p.head, frames, masked, index)):
            return False
    if (
        _found(tokens, frames["result_named"], masked, index, (0, last.head))
        or any(
            tokens[j].pos_detail_1 == "数" and not (j + 1 < last.head and tokens[j + 1].surface_form in TIME_COUNTERS)
            for j in range(first, last.head)
        )
        or any(t.surface_form in POINTING or _lemma(t) in OTHERS_CASES for t in tokens[: last.head])
    ):
        return False
    if not any(_lemma(t) in ONGOING for t in auxiliaries):
        return True
    # a comparison that goes on (〜と〜の歩行を動画で比較しています, 比較していきます) is one the page keeps showing
    return _lemma(tokens[last.head]) not in COMPARING


def _discussed_as_a_kind(tokens, first, end, masked, index):
    """(forty-third session) Whether the match is a noun phrase (治療前後の写真) that the sentence takes as its topic
    or subject and then discusses as a kind of material ([judgement] material_discussed: kept for training, altered,
    its look changing with the light) rather than showing it; the bare material nouns are read so in _presenting_predicate,
    this reads any noun phrase of before and after."""
    if not all(t.pos in ("名詞", "接頭詞") or t.surface_form in MATERIAL_JOINERS for t in tokens[first:end]):
        return False
    k = _noun_run_end(tokens, end)
    if k >= len(tokens) or tokens[k].surface_form not in ("は", "も", "が", "には", "に"):
        return False
    if tokens[k].surface_form == "に" and not (k + 1 < len(tokens) and tokens[k + 1].surface_form == "は"):
        return False
    return bool(
        _found(tokens, load_patterns().frames["material_discussed"], masked, index, (k, _sentence_end_at(tokens, k)))
    )


# the head nouns of a change that a before/after may name (前後の変化, その違い, 術後の差)
CHANGE_NOUNS = frozenset({"変化", "違い", "差"})


def _change_not_shown(tokens, first, end, masked, index):
    """(forty-third session) Whether the match is a noun phrase headed by a change (前後の変化, 術後の見た目の変化, その変化)
    that the sentence does not show: it is an argument of a predicate that neither presents it nor wonders at it
    ([judgement] change_shown). Catch copy that ends on the phrase, or a mark after it, still shows it (施術前後の変化！)."""
    span = tokens[first:end]
    if not span or _lemma(span[-1]) not in CHANGE_NOUNS:
        return False
    if not all(t.pos in ("名詞", "接頭詞", "連体詞") or t.surface_form in MATERIAL_JOINERS for t in span):
        return False
    k = _noun_run_end(tokens, end)
    if k >= len(tokens) or tokens[k].pos != "助詞":
        return False
    stop = _sentence_end_at(tokens, k)
    return not _found(tokens, load_patterns().frames["change_shown"], masked, index, (k, stop))


def _asked_of_the_reader(auxiliaries):
    """Whether the act is asked of the reader (ご確認ください, 確認しましょう, 確認してみる, ご確認いただきます, 確認して
    もらいます, 確かめるべし): いただく after a causative (撮影させていただきます) is the clinic's humble act."""
    lemmas = [_lemma(t) for t in auxiliaries]
    if any(lemma in READER_FORMS for lemma in lemmas):
        return True
    for i, lemma in enumerate(lemmas):
        if lemma in ("いただく", "頂く", "もらう") and not any(x in ("せる", "させる") for x in lemmas[:i]):
            return True
    return False


def _care_word(tokens, k, frames, masked, index):
    return bool(_found(tokens, frames["care_act"], masked, index, (k, k + 1)))


def _carried_care(tokens, p, frames, masked, index):
    """Whether the Predicate ``p`` is a verb that carries an act of care named as its object (検査を行います)."""
    k = p.head
    return (
        k >= 2
        and tokens[k - 1].surface_form == "を"
        and bool(_found(tokens, frames["care_carrier"], masked, index, (k, k + 1)))
        and _care_word(tokens, k - 2, frames, masked, index)
    )


def _service_only(tokens, masked, index):
    """Whether the voice the sentence gives (its quotations, or what follows a label's colon) speaks of the service
    only ([words] SERVICE: 受付の方の対応が丁寧でした, 「説明がわかりやすかった」) and of nothing of the treatment, the body or
    a harm ([judgement] treatment_content). A sentence with no such voice is not judged here (seventh session)."""
    frames = load_patterns().frames
    spans = [(a + 1, b) for a, b in quote_spans(tokens)]
    if not spans:
        colon = next((i for i, t in enumerate(tokens) if t.surface_form in (":", "：")), None)
        # (forty-seventh session) a voice reported without quotation marks: the clause before its quotative particle
        # (受付の方の対応が丁寧で助かりました、とのお声をいただきました)
        # (from the final review) every voice of the sentence, each to its particle: 〜助かりました、とのお声や、腰痛が治った
        # とのお声を… gives two, and the second names a treatment
        quoted = [
            i
            for i, t in enumerate(tokens)
            if i and t.pos == "助詞" and (t.surface_form in _QUOTATIVES or t.pos_detail_2 == "引用")
        ]
        if colon is not None:
            spans = [(colon + 1, len(tokens))]
        elif quoted:
            spans = list(zip([0] + [q + 1 for q in quoted[:-1]], quoted, strict=True))
        else:
            return False
    # (eighth session) what the voice is about, named before it (雰囲気について「落ち着く」との声): part of the voice,
    # unless the voice tells a change of its own (〜について「すっかり元気になりました」: from the review), which the
    # topic never outweighs
    topic = next((j for j, _ in _found(tokens, frames["about"], masked, index, (0, spans[0][0]))), None)
    if topic is not None and not any(t.basic_form in ("なる", "成る") for a, b in spans for t in tokens[a:b]):
        spans.append((0, topic))
    serves = any(_found(tokens, frames["service"], masked, index, span) for span in spans)
    # (thirty-first session) 助かる beside a service is its convenience (送迎の時間が正確で助かっています, 駐車場が広いと
    # 助かります); a life saved (命が助かりました) is an outcome
    # (from the review) not when someone was saved (主人が助かりました, 一命をとりとめ) or a complaint relieved
    voice_words = {_lemma(t) for a, b in spans for t in tokens[a:b]} | {
        t.surface_form for a, b in spans for t in tokens[a:b]
    }
    saved = bool(voice_words & SAVED_WORDS)
    treats = any(
        _lemma(tokens[a]) != "助かる" or saved
        for span in spans
        for a, _ in _found(tokens, frames["treatment_content"], masked, index, span)
    )
    return serves and not treats


def _spaced(tokens, k):
    """Whether white space stands before token ``k`` (a label set apart: Before/After　3回で…)."""
    return 0 < k < len(tokens) and tokens[k].start > tokens[k - 1].start + len(tokens[k - 1].surface_form)


def _noun_run_end(tokens, k):
    while k < len(tokens) and tokens[k].pos == "名詞" and not _spaced(tokens, k):
        k += 1
    return k


def _presented(tokens, k, masked, index):
    """Whether the material noun phrase ending before ``k`` is given by the sentence: followed, through its
    compound, its の and the nouns listed with it, by the sentence's end, a mark (a label's colon, a quotation, an
    exclamation), white space, a copula, or a particle whose predicate presents it (see _presenting_predicate)."""
    frames = load_patterns().frames
    n = len(tokens)
    k = _noun_run_end(tokens, k)
    for _ in range(6):
        if k < n and tokens[k].surface_form in ("（", "("):  # a gloss: ビフォーアフター（Before After）とは
            while k < n and tokens[k].surface_form not in ("）", ")"):
                k += 1
            k += 1
        if all(t.pos == "記号" for t in tokens[k:]) or _spaced(tokens, k):
            return True  # a heading, catch copy or label ends on it
        t = tokens[k]
        if t.surface_form in ("、", ",", "や"):
            listed = _noun_run_end(tokens, k + 1)
            if listed > k + 1 and _found(tokens, frames["material"], masked, index, (k + 1, listed)):
                k = listed  # more material listed with it (体験談や口コミの投稿を…)
                continue
            return True  # catch copy going on to what it shows (前後写真、目元がパッチリ)
        if t.pos == "記号":
            return True
        if _found(tokens, frames["about"], masked, index, (k, k + 1)):
            return False  # the subject of something else (口コミについてのお問い合わせ窓口)
        if t.surface_form == "の" and t.pos == "助詞":
            if k + 1 < n and tokens[k + 1].pos == "名詞":
                k = _noun_run_end(tokens, k + 1)  # the head it modifies decides (症例写真の掲載をやめました)
                continue
            return True
        if t.pos == "助詞":
            return _presenting_predicate(tokens, k, masked, index)
        return True  # a copula or a predicate of its own (これがビフォーアフターです)
    return True


def _presenting_predicate(tokens, k, masked, index):
    """Whether the particles at ``k`` lead to a predicate that presents the phrase before them: the sentence's own
    predicates after a topic or subject (は, も, が), the rest of the clause after another case. An act that does
    not show it ([words] NOT_SHOWING: 撮影, 協力, 書く, やめる, 必要), a showing denied (掲載していません) or the material
    discussed as a kind ([judgement] material_discussed: 加工されている, 研修用に) names the material; a verb of
    presenting, or any other predicate, gives it (掲載中, ご覧ください, インスタで発信中, 待合室に飾っています): what is
    not shown must be said so (from the review, which found verbs of showing no list holds)."""
    n = len(tokens)
    m = k
    while m < n and tokens[m].pos == "助詞":
        m += 1
    particles = [t.surface_form for t in tokens[k:m]]
    # a topic of the sentence (体験談は, 体験談のページでは), not a compound particle's clause (撮影にあたっては,
    # 写真によって), which reaches no further than its comma
    # (by means of, によって and により, reaches its clause's predicate as で does)
    compound = tokens[k].pos_detail_2 == "連語" and tokens[k].surface_form not in ("によって", "により")
    frames = load_patterns().frames
    # a case of the conceded verb (評価が, 口コミを); a topic (症例写真は何枚になっても全て掲載します) belongs to the
    # sentence's own predicate, past the concession (from the review)
    concession = None if particles[-1] in ("は", "も") else _concession_end(tokens, m)
    if concession is not None and not _found(tokens, frames["presenting"], masked, index, (m, concession)):
        return False  # (eighth session) a supposition: 星5つの評価がついていても、…は別です grants it, shows nothing
    topic = particles[-1] in TOPIC_PARTICLES and not compound
    stop = _sentence_end_at(tokens, m) if topic else _clause_end_at(tokens, m)
    if compound:
        stop = next((j for j in range(m, stop) if tokens[j].surface_form in ("、", ",")), stop)
    if _found(tokens, frames["material_discussed"], masked, index, (m, stop)):
        return False  # (forty-third session) the material's kind discussed: altered, its look, kept for explaining
    presenting = [j for j, _ in _found(tokens, frames["presenting"], masked, index, (m, stop))]
    withheld = [j for j, _ in _found(tokens, frames["not_showing"], masked, index, (m, stop))]
    # any presenting word not denied (掲載はしていませんが、診察室でご覧いただけます; 撮影し、ホームページで公開しています)
    if any(not stance(tokens, (j, j + 1)).negated for j in presenting):
        return True
    if withheld or presenting:
        return False  # 写真撮影にご協力を, レビューを書く, 掲載をやめました, 記載が必要です; a showing denied
    last = stop - 1
    while last > m and tokens[last].pos in ("記号", "助動詞", "助詞"):
        last -= 1
    return last >= m and not stance(tokens, (last, last + 1)).negated


def _concession_end(tokens, k):
    """Where the clause holding ``k`` ends in a concession (〜ても、〜でも、: 評価がついていても, 口コミが良くても), or None."""
    end = _sentence_end_at(tokens, k)
    for j in range(k, end):
        t = tokens[j]
        if t.surface_form in ("、", ","):
            return None
        if (
            t.pos == "助詞"
            and t.pos_detail_1 == "接続助詞"
            and (
                t.surface_form in ("ても", "でも")
                or t.surface_form in ("て", "で")
                and j + 1 < end
                and tokens[j + 1].surface_form == "も"
            )
        ):
            return j
    return None


def _clause_end_at(tokens, k):
    """Where the clause holding ``k`` ends: the sentence's end, or a comma after a conjunctive particle of reason,
    contrast or condition (〜ので、〜が、〜ても、〜たら、)."""
    end = _sentence_end_at(tokens, k)
    for j in range(k, end):
        t = tokens[j]
        if (
            t.pos == "助詞"
            and t.pos_detail_1 == "接続助詞"
            and t.surface_form in ("ので", "が", "けれど", "ても", "でも", "たら", "ば", "と")
        ):
            return j
    return end


def _chain_end(tokens, p, start):
    """The last predicate of the chain of clauses that ``p`` opens: through a connective て or で (下がって、) and a
    continuative form before a comma (下がり、), within the sentence (seventh session). None stays None. A chain
    that leaves a quotation after ``start`` (「このままでは手遅れに」と言われて、…) is reported speech: ``p`` is kept."""
    n = len(tokens)
    if p is not None and any(start <= close < p.head for _, close in quote_spans(tokens)):
        return p
    for _ in range(4):
        if p is None:
            return None
        j = p.end
        connective = j < n and tokens[j].surface_form in ("て", "で") and tokens[j].pos_detail_1 == "接続助詞"
        continuative = (
            j < n
            and tokens[j].surface_form == "、"
            and tokens[j - 1].conjugated_form.startswith("連用")
            and tokens[j - 1].pos in ("動詞", "形容詞")
        )
        if not (connective or continuative):
            return p
        following = governed_predicate(
            tokens, j + 1 + (connective and j + 1 < n and tokens[j + 1].surface_form == "、")
        )
        # an attributive (さまざまな病気を) modifies a noun: the clause's predicate comes after it
        while following is not None and _attributive(tokens, following):
            following = governed_predicate(tokens, following.end + 1)
        if following is None:
            return p
        p = following
    return p


def _attributive(tokens, p):
    """Whether the predicate ``p`` modifies the noun after it (さまざまな病気, 大きな変化, 壊れた歯)."""
    k = p.end
    if k < len(tokens) and tokens[k].surface_form == "な" and p.pos == "adjectival":
        k += 1
    return k < len(tokens) and tokens[k].pos == "名詞" and tokens[k].pos_detail_1 not in ("非自立", "接尾")


def _found(tokens, frames, masked, index, within=None):
    """The spans of ``frames`` in the sentence; ``within`` (first, end): only those that start there."""
    spans = find_each(tokens, frames, masked, index)  # a pattern the sentence lacks a word of is not tried
    if within is not None:
        spans = [span for span in spans if within[0] <= span[0] < within[1]]
    return spans


def _clause_end(tokens, k):
    """Index of the mark that ends the clause from ``k``: a sentence mark or a comma after a
    conjunctive particle or an adjective's stem (〜ので、 〜と違い、 〜高い、)."""
    n = len(tokens)
    for j in range(k, n):
        t = tokens[j]
        if t.surface_form in ("。", "!", "?", "！", "？", "…"):
            return j
        if t.surface_form in ("、", ",") and j and tokens[j - 1].pos in ("助詞", "動詞", "形容詞", "助動詞"):
            return j
    return n


# verbs of need: under もう or 二度と, their denial (もう薬はいりません) says the complaint is gone
NEEDING = {"要る", "いる", "必要"}


# a citation role or a numbered reference: the sentence gives its source
CITATION_RE = re.compile(r"\{cite(:\w+)?\}|\[\d+(,\s*\d+)*\]")


# after a noun phrase: what makes it an object or a place rather than what the sentence offers
_OBJECT_CASES = {"を", "に", "へ", "で", "と", "から", "より", "の"}
# a conjunction that concedes: what comes before it is weighed against what follows
_CONCESSIVE = {"が", "けれど", "けれども", "けど", "ものの", "のに"}


def _offered(tokens, end):
    """Whether the noun phrase ending before ``end`` is what its sentence offers: followed by a
    reason, a topic or subject particle or the sentence's copula, with no concession after it."""
    if end < len(tokens) and tokens[end].pos_detail_1 == "格助詞" and tokens[end].surface_form in _OBJECT_CASES:
        return False
    return not any(t.pos_detail_1 == "接続助詞" and t.surface_form in _CONCESSIVE for t in tokens[end : end + 4])


@lru_cache(maxsize=4096)
def verdicts(text, paragraph=True, around=()):
    """(start, end, Entry) of the claims the sentence makes by the form of its predicates, whatever
    their words (issue 18, ninth round; [judgement] and [[verdict]] in lint/data/medical-ads.toml):

    - certainty: an adverb of certainty or a universal (必ず, 確実に, 誰でも) over the predicate it
      governs (必ず髪のボリュームが戻ってきます), unless that predicate grants access (誰でも利用できます)
      or asks the reader (必ず医師に相談してください);
    - change: a change of state promised (〜が薄くなります, 〜が戻ってきます), and completed: one
      told as done (〜がゼロになりました), of the advertiser's treatment;
    - never: もう, 二度と or 一生 over a denied predicate (もう歯を失うことはありません);
    - attribute: an evaluation attributive to a treatment or product (安全なお薬なので);
    - evaluation: the sentence's last predicate is an adjective or an adjectival noun (安全な方法です,
      完璧な仕上がりの専門院), in a sentence with the advertiser; its class gives the rule;
    - contrast: another institution, product or method as a topic with an evaluative predicate in
      its clause (〜は効きが悪い, 〜は流れ作業), and the advertiser in another clause of the sentence or
      in another sentence of the paragraph (``around``: their texts);
    - consequence: the reader's own act as a condition, then a disease or a ruin, without the
      advertiser (〜を自分で取ると、がんが転移します！); exclusive: the advertiser as the focus of an
      exclusion (〜できるのは…当院の院長ただ一人です); and the forms of the sentence read by ``_forms``
      (possibility, multiple, reason, warrant, shown, question: issue 18, tenth round).

    The predicate must be stated by the page (``stance``: not negated, hedged, asked, supposed,
    quoted or reported); a verdict's ``frame`` must be in the sentence (none given: the advertiser
    or the advertising register), its ``clause`` in the span, none of its ``unless``. The first
    verdict of a kind that fits gives the rule: its data orders them from the narrowest."""
    patterns = load_patterns()
    if not patterns.verdicts or CITATION_RE.search(text):
        return ()  # a sentence that gives its source reports, it does not judge by itself
    norm, tokens, masked, index = analyse(text)
    frames = patterns.frames
    known = {}

    def advertised():
        if "advertiser" not in known:
            known["advertiser"] = bool(_found(tokens, frames["advertiser"], masked, index)) or register_of(
                text, paragraph
            )
        return known["advertiser"]

    said = {}  # (head, past_allowed) -> stated: several kinds may ask of one word

    def stated(head, past_allowed):
        if (head, past_allowed) not in said:
            found = stance(tokens, (head, head + 1))
            said[head, past_allowed] = found.asserted and not found.negated and (past_allowed or not found.observation)
        return said[head, past_allowed]

    def granted(p):
        """The predicate grants access or asks the reader (誰でも利用できます, 必ずご相談ください), or
        states a tendency (認知症になりやすい), which is information, not a promise or a threat."""
        if p.tendency:
            return True
        within = (max(0, p.head - 4), p.end + 1)  # 受診できるようになりました: the verb before ようになる
        # (fifteenth round) not the predicate's own auxiliary (授かって-います: いる is an aspect, not existence)
        access = [
            a for a, _ in _found(tokens, frames["access"], masked, index, within) if tokens[a].pos_detail_1 != "非自立"
        ]
        return bool(access or _found(tokens, frames["request"], masked, index, (p.head, p.end + 4)))

    # a share of the patients (多くの方は, ほとんどの人が) makes a promise a proportion, not a guarantee
    partial = bool(_found(tokens, frames["partial"], masked, index))
    claims = []  # (kind, first, end, head)
    for first, end in _found(tokens, frames["certainty"], masked, index):
        p = governed_predicate(tokens, end)
        if p is not None and not partial and not granted(p) and stated(p.head, True):
            # a certainty over a change of state (確実に高くなり, 必ずママになれる) is a promise whoever says it;
            # (thirteenth round) so is one over a verb that becomes (どなたでも…見えるようになります)
            # (twenty-first session) so is one over a word of effect or change as the predicate (確実に整う, 確実に伸びる,
            # 100%発毛): [judgement] effect_head
            change = (
                p.change
                or _becoming(tokens, p)
                or bool(_found(tokens, frames["effect_head"], masked, index, (p.head, p.end + 1)))
            )
            claims.append(("certain-change" if change else "certainty", first, p.end, p.head))
    put_up = [(a, b) for a, b in _found(tokens, frames["threat_put_up"], masked, index) if _of_health_before(tokens, a)]
    for first, end in _found(tokens, frames["threat"], masked, index) + put_up:
        # a condition of not doing or of neglect, then what happens (補聴器をつけないと認知症になります), to the end
        # of its chain of clauses (内臓が下がって、さまざまな病気を引き起こします)
        p = _chain_end(tokens, governed_predicate(tokens, end), end)
        if p is not None and not granted(p) and (stated(p.head, True) or _faculty_lost(tokens, p)):
            # (twenty-first session, from the code review) an outcome that is a benefit is no threat: 運動を続けると、
            # 糖尿病の予防になります, 服薬を続けたら、…が治りました
            if any(stated(a, True) for a, _ in _found(tokens, frames["threat_benefit"], masked, index, (end, p.end))):
                continue
            claims.append(("threat", first, p.end, p.head))
    if not _found(tokens, frames["advertiser"], masked, index):
        for first, end in _found(tokens, frames["condition"], masked, index):
            # an act of the reader's own, then a disease or a ruin stated (ほくろを自分で取ると、がんが全身に
            # 転移します！): in the register, a threat; with the advertiser's treatment it is a promise, left
            # to the other kinds
            p = _chain_end(tokens, governed_predicate(tokens, end), end)
            if p is not None and not p.passive and not granted(p) and stated(p.head, True):
                claims.append(("consequence", first, p.end, p.head))
    for first, end in _found(tokens, frames["never"], masked, index):
        # もう…ことはありません, 一生…悩まない: an adverb of "never again" over a denied predicate
        p = governed_predicate(tokens, end)
        # (fifteenth round) a need denied for good (もう薬はいらなくなります) is a cure promised, not access
        if p is not None and not partial and (p.lemma(tokens) in NEEDING or not granted(p)):
            found = stance(tokens, (p.head, p.head + 1))
            if found.asserted and found.negated:
                claims.append(("never", first, p.end, p.head))
    # (thirtieth session) the adverbs of "not at all" as well: a claim of the kind only with the advertiser or the register
    absolutes = [(first, end, True) for first, end in _found(tokens, frames["absolute"], masked, index)]
    absolutes += [(first, end, False) for first, end in _found(tokens, frames["not_at_all"], masked, index)]
    for first, end, frameless in sorted(absolutes):
        # (fourteenth round) an absolute adverb (絶対に, 決して) over a denied event (〜が戻ることは絶対にありません,
        # 副作用は決して起こりません): a universal denial, a guarantee whoever says it; not asked of the reader
        # (決して自己判断でやめないでください) nor hedged (絶対に安全とは言えません)
        p = governed_predicate(tokens, end)
        # (the existence verb is the denial's vehicle here, 〜ことはありません: only a request is excluded)
        if (
            p is not None
            # an event denied; a denied copula (決してまれではありません) says "often"
            and p.pos == "verb"
            # (thirtieth session, from the review) the adverb may stand between では and the verb (怠けでは決してありません)
            and not _denied_copula_before(tokens, (first, end), p.head)
            and not partial
            and not p.tendency
            # the adverb in a clause quoted before the verb (絶対に安全とはいえません): the verb hedges, denies nothing
            and not any(t.surface_form in ("と", "とは") and t.pos == "助詞" for t in tokens[end : p.head])
            and not _found(tokens, frames["request"], masked, index, (p.head, p.end + 4))
        ):
            found = stance(tokens, (p.head, p.head + 1))
            if found.asserted and found.negated and not found.prohibition:
                if frameless:
                    claims.append(("absolute", _sentence_start(tokens, first), p.end, p.head))
                claims.append(("absolute-advertised", _sentence_start(tokens, first), p.end, p.head))
    for first, end in _found(tokens, frames["lifelong"], masked, index):
        # (thirteenth round) a lifetime over an ability or a change (一生噛めます, 一生ムダ毛が生えてこなく
        # なります): a result promised for good, whatever the verb; not a duty (一生飲み続ける必要があります)
        # nor a tendency, and not asked of the reader
        p = _result_predicate(tokens, end)
        if (
            p is not None
            and (potential(tokens, p) or p.change)
            and not p.tendency
            and not partial
            and not _found(tokens, frames["request"], masked, index, (p.head, p.end + 4))
            and stated(p.head, False)
        ):
            claims.append(("lifelong", first, p.end, p.head))
    for first, end in _found(tokens, frames["minimal"], masked, index):
        # (thirteenth round) a minimal means over a change or an ability (たった1回の注射で…から解き放たれます,
        # わずか3日で…薄くなります): the ease of a result promised, whatever the verb
        p = _result_predicate(tokens, end)
        if (
            p is not None
            and (p.change or potential(tokens, p))
            and not p.tendency
            and not granted(p)
            and stated(p.head, False)
        ):
            claims.append(("minimal", first, p.end, p.head))
    for first, end in _found(tokens, frames["urging"], masked, index):
        # (thirteenth round) an elliptic call to take a treatment or a product (早めのレーザー治療を！, この
        # サプリを！) after a harm told in the sentence or a neighbouring one (〜は放っておくと皮膚がんに変わる
        # 危険があります。): the harm is there to sell, whatever its words
        if _found(tokens, frames["harm"], masked, index, (0, first)) or any(
            _frame_in(other, frames["harm"]) for other in around
        ):
            claims.append(("urged", first, end, first))
    for first, end in _found(tokens, frames["attribute"], masked, index):
        # an evaluation attributive to what is sold: 安全なお薬なので, 安全な方法です; without the
        # advertiser only where the evaluation is what the sentence offers (a reason, the topic, the
        # predicate), not conceded before a precaution or the object of a choice: patient information
        # writes 安全な薬ですが、定期的な検査が必要です and 妊娠中でも使える安全な薬を選びます
        if stated(first, True) and (advertised() or _offered(tokens, end)):
            claims.append(("attribute", first, end, first))
    for p in predicates(tokens):
        if p.change and not partial and not granted(p) and stated(p.head, True):
            claims.append(("completed" if p.past else "change", p.head, p.end, p.head))
    heads = predicates(tokens)
    if (
        heads
        and heads[-1].pos in ("adjective", "adjectival")
        and heads[-1].lemma(tokens) not in DIFFICULT  # 〜ことは困難です denies, it does not praise
        and stated(heads[-1].head, False)
    ):
        # the sentence's last predicate is an evaluation (安全な方法です, 完璧な仕上がりの…院, 効果が高い)
        last = heads[-1]
        claims.append(("evaluation", last.head, last.end, last.head))
        # praise of any word: not an adverbial use (お気軽にどうぞ), not a word of relation, quantity or
        # necessity (主な症状, 様々な, 必要です), which describe
        if not (last.end < len(tokens) and tokens[last.end].surface_form == "に") and not _found(
            tokens, frames["descriptive"], masked, index, (last.head, last.head + 1)
        ):
            claims.append(("praise", last.head, last.end, last.head))
    ours = _found(tokens, frames["advertiser"], masked, index)
    poor = None  # the spans of rival_poor, read once a sentence when a competitor is named
    for first, end in _found(tokens, frames["competitor"], masked, index):
        if any(a < end and first < b or b in (first, first - 1) for a, b in ours):
            continue  # 当院は, 当院の皮膚科は: the advertiser or its own department, not a rival
        stop = _clause_end(tokens, end)
        # (twenty-first session) a rival firm named as a rival (他社, 他院, 他店), its product or service judged poor by
        # the page: disparagement needs no advertiser beside it (他社の水素吸入器は濃度が低すぎて意味がありません); not
        # 他の, よそ, 市販 or 普通, which patient information uses of anyone's
        if poor is None:
            poor = sorted(_found(tokens, frames["rival_poor"], masked, index))
        if _rival_run_down(tokens, first, poor, stated):
            claims.append(("contrast", first, stop, end))
            continue
        if not _found(tokens, frames["evaluation"], masked, index, (first, stop)):
            continue
        # the advertiser in another clause of the sentence, or in another sentence of the paragraph, or
        # the register (普通の皮膚科とは違う、本物のシミ治療: the copy's head is the advertised thing)
        others = [span for span in ours if not first <= span[0] < stop]
        if (
            others
            or any(_advertiser_in(sentence) for sentence in around)
            or register_of(text, paragraph)
            # a slogan whose head follows the rival's clause (〜では教えてくれない、本当に効く〜治療。);
            # not the rival's own sentence (大手チェーンの整体は流れ作業。)
            or (stop < len(tokens) - 1 and _nominal_copy(tokens))
            # (fifteenth round) or the page's own act in the humble form after the rival's clause (〜が教えてくれ
            # ない、本当の治療法をお伝えします): the writer offers what the rival withholds
            # (not a rival quoted in another's words, 〜してくれなかったという方にも: a report, not the page's)
            or (
                _found(tokens, frames["humble"], masked, index, (stop, len(tokens)))
                and not any(t.surface_form in ("という", "との", "といった") for t in tokens[first:stop])
            )
        ):
            claims.append(("contrast", first, stop, end))
    claims.extend(_comparatives(tokens, frames, masked, index, advertised, _hearsay(text, paragraph)))
    for first, end in _found(tokens, frames["exclusive"], masked, index):
        # the advertiser inside the focus, not as its place (当院では): 〜のは、日本で当院の院長ただ一人です
        inside = [b for a, b in ours if first < a < end]
        if inside and not any(b < len(tokens) and tokens[b].surface_form == "で" for b in inside):
            claims.append(("exclusive", first, end, first))
    claims.extend(_forms(tokens, frames, masked, index, stated))
    # a before-and-after reads the whole sentence, first: a word of its result may be another kind's too (軽く！)
    claims[:0] = _before_after_pairs(tokens, frames, masked, index, stated)
    found, taken = [], []
    for kind, first, end, _head in claims:
        if any(a < end and first < b for a, b in taken):
            continue
        for verdict_kind, entry in patterns.verdicts:
            if verdict_kind != kind:
                continue
            within = (0, len(tokens)) if kind in WHOLE_SENTENCE else (first, end)
            if entry.patterns and not _found(tokens, entry.patterns, masked, index, within):
                continue
            if entry.context:
                if not _found(tokens, entry.context, masked, index) and not (
                    # a result told beside its caption (〜治療6か月目の写真。前頭部がフサフサになりました。)
                    kind in CAPTIONED and any(_frame_in(other, entry.context) for other in around)
                ):
                    continue
            elif kind not in FRAMELESS and not advertised():
                # a possibility of disease cut off from its call to act (〜がんかも…？ 今すぐチェック！):
                # the register of the paragraph's other sentences frames it
                if kind not in PARAGRAPH_FRAMED or not any(register_of(other, paragraph) for other in around):
                    continue
            if _found(tokens, entry.unless, masked, index):
                continue
            taken.append((first, end))
            start = norm.original(tokens[first].start)
            stop = norm.original(tokens[end - 1].start + len(tokens[end - 1].surface_form))
            found.append((start, stop, entry))
            break
    return tuple(found)


def _faculty_lost(tokens, p):
    """(thirty-second session) The predicate is a verb denied and then become (歩けなくなります, 妊娠できなくなります): a
    faculty lost, which the page asserts; the negation is the loss, not a denial of the claim."""
    after = tokens[p.head + 1 : p.end + 2]
    lemmas = [t.basic_form for t in after]
    denied = "ない" in lemmas or "ん" in lemmas or "ぬ" in lemmas
    # for good: もう or 二度と over a verb denied (もう髪は生えてきません)
    if denied and any(t.surface_form in ("もう", "二度と") for t in tokens[max(0, p.head - 6) : p.head]):
        found = stance(tokens, (p.head, p.head + 1))
        return found.asserted and not found.observation and not p.tendency
    if "ない" not in lemmas or "なる" not in lemmas or lemmas.index("なる") < lemmas.index("ない"):
        return False
    at = p.head + 1 + lemmas.index("なる")
    found = stance(tokens, (at, at + 1))
    return found.asserted and not found.negated and not found.observation


def _of_health_before(tokens, k):
    """Whether the noun phrase before the particle at ``k`` names something of health (肩こり, 膝の痛み, 便秘), by the
    test of medical content of lint/analysis/medical.py."""
    return bool(medical_words(tokens[_phrase_start(tokens, k, limit=6) : k]))


PAIR_REACH = 40  # words from a before (or a rival) within which its after and its result (or its judgement) are read


def _reach_end(tokens, k):
    """The end of what is read from ``k``: the sentence's end or PAIR_REACH words on, whichever comes first."""
    stop = min(len(tokens), k + PAIR_REACH)
    return next((j for j in range(k, stop) if tokens[j].surface_form in SENTENCE_MARKS), stop)


def _span_head(tokens, a, b):
    """The last word of the span a..b that is neither a mark nor a particle (軽く of が…軽く！): the word whose stance
    says whether the page states the span."""
    return next((k for k in range(b - 1, a - 1, -1) if tokens[k].pos not in ("記号", "助詞")), a)


def _before_after_pairs(tokens, frames, masked, index, stated):
    """(kind, first, end, head) of a before and an after of an act of care with a result stated after the after
    ([judgement] pair_before, pair_event, pair_after, pair_result; [[verdict]] pair)."""
    befores = _found(tokens, frames["pair_before"], masked, index)
    if not befores:
        return []
    # each frame read once a sentence and then filtered by place, so that a long run-on sentence costs no more
    # than its words (the frames' general words cannot use the word index)
    events = {a for a, _ in _found(tokens, frames["pair_event"], masked, index)}
    afters = sorted(_found(tokens, frames["pair_after"], masked, index))
    results = sorted(_found(tokens, frames["pair_result"], masked, index))
    for first, before in befores:
        if first in events or (first and tokens[first - 1].pos_detail_1 in ("数", "助数詞")):
            continue  # 食事前, 改装前; a count before the act is no act of care (3日前)
        # the after and the result are read within a reach of the before, so that a long run-on sentence costs a
        # bounded number of stance readings for each before (PAIR_REACH words)
        stop = _reach_end(tokens, before)
        if tokens[before - 1].surface_form == "前後":
            after = before  # 断食前後の…: the before and the after in one word
        else:
            after = next((b for a, b in afters[bisect_left(afters, (before,)) :] if a < stop), None)
        if after is None:
            continue
        for a, b in results[bisect_left(results, (after,)) : bisect_left(results, (stop,))]:
            # a word of effect inside a compound names a thing (回復食, 改善策), and one as an object or a modifier
            # is what is measured or judged (治療の効果を評価します): neither states a result
            if b < len(tokens) and (
                tokens[b].pos == "名詞" and tokens[b].pos_detail_1 != "数" or tokens[b].surface_form in ("を", "の")
            ):
                continue
            head = _span_head(tokens, a, b)
            if stated(head, True):
                return [("pair", first, b, head)]  # one before-and-after a sentence is its finding
    return []


# words a compared noun phrase is made of: nouns, prefixes, the attributive の and an adjectival noun's な
_PHRASE_POS = ("名詞", "接頭詞")


def _phrase_start(tokens, end, limit=8):
    """Index of the first word of the noun phrase ending before ``end`` (ほかの歯医者さん, 普通の脱毛サロン,
    A院, 抗がん剤): nouns and prefixes joined by の or an adjectival noun's な, at most ``limit`` words."""
    k = end
    while k > 0 and end - k < limit:
        t = tokens[k - 1]
        if t.pos in _PHRASE_POS and t.surface_form not in ("、", ","):
            k -= 1
        elif t.surface_form in ("の", "な") and k - 1 > 0 and tokens[k - 2].pos in _PHRASE_POS and k < end:
            k -= 1
        else:
            break
    return k


def _denied_copula_before(tokens, adverb, head):
    """A copula denied (では, でも + the verb): 決してまれではありません, and with the absolute adverb between the particles
    and the verb, 怠けでは決してありません (from the review of the thirtieth session)."""
    first, end = adverb
    low = max(0, head - 6)
    words = [t.surface_form for k, t in enumerate(tokens[low:head], start=low) if not first <= k < end]
    return len(words) >= 2 and words[-2] == "で" and words[-1] in ("は", "も")


def _act_compared(tokens, end):
    """(thirtieth session) Index of the first word of an act compared before ``end`` (サプリを飲むより, 手術するより,
    痛み止めに頼るより): a verb in its dictionary form, with the noun phrase it takes by を, に or で, or the noun of a
    する verb; the noun phrase is what is compared, as in 抗がん剤より. ``end`` when no act stands there."""
    k = end - 1
    if k < 1 or tokens[k].pos != "動詞" or tokens[k].conjugated_form != "基本形":
        return end
    if tokens[k].basic_form == "する" and tokens[k - 1].pos == "名詞":
        start = _phrase_start(tokens, k)  # 手術するより
        return start if start < k else end
    if tokens[k - 1].surface_form in ("を", "に", "で") and tokens[k - 1].pos == "助詞" and k >= 2:
        start = _phrase_start(tokens, k - 1)  # サプリを飲むより
        return start if start < k - 1 else end
    return end


RIVAL_FIRMS = frozenset({"他社", "他院", "他店", "他医", "他サロン", "他クリニック"})
# nouns a judgement may describe instead of the rival's offer: 効果がなかった方, 効かない場合
JUDGED_NOT_OFFERS = frozenset({"方", "人", "場合", "こと", "ケース", "患者", "とき", "時"})
# what a rival holds that is no offer of its own: papers, results, records, its patients and staff (他院の紹介状は不要です)
RIVAL_NOT_OFFERS = frozenset(
    {
        "紹介状",
        "診療情報提供書",
        "結果",
        "検査結果",
        "データ",
        "報告",
        "資料",
        "カルテ",
        "記録",
        "予約",
        "患者",
        "方",
        "先生",
        "医師",
        "スタッフ",
        "お薬手帳",
        "画像",
        "写真",
        "診断書",
        "受診",
        "通院",
    }
)


def _rival_run_down(tokens, first, poor, stated):
    """Whether the competitor phrase at ``first`` opens with a rival firm (他社, 他院, 他店) and the sentence, within a
    reach, holds a judgement of its product or service that the page states: a poor quality (``poor``: the spans of
    [judgement] rival_poor in the sentence)."""
    # (MeCab may cut the word: 他 + 店, 他 + 院)
    opening = "".join(t.surface_form for t in tokens[first : first + 2])
    if tokens[first].surface_form not in RIVAL_FIRMS and not any(opening.startswith(w) for w in RIVAL_FIRMS):
        return False
    # the rival as the topic holds to the sentence's end, past a clause of reason or manner (〜が大きすぎて吸収されず、
    # 無駄です), within a reach
    stop = _reach_end(tokens, first)
    topic = next(
        (k for k in range(first, stop) if tokens[k].surface_form in ("は", "って", "なんて", "なんか", "も")), stop
    )
    # (紹介 + 状: a word may be cut, so longer words are looked for in the phrase's text; 方 only as a word, not 漢方)
    phrase = "".join(t.surface_form for t in tokens[first:topic])
    if any(
        word in phrase if len(word) > 1 else any(_lemma(t) == word for t in tokens[first:topic])
        for word in RIVAL_NOT_OFFERS
    ):
        return False
    for a, b in poor[bisect_left(poor, (first,)) : bisect_left(poor, (stop,))]:  # (spans sorted by start)
        # not a judgement that describes a person or a case (他院の治療では効果がなかった方も、ご相談ください)
        k = b
        while k < len(tokens) and tokens[k].pos == "助動詞":
            k += 1
        if k < len(tokens) and _lemma(tokens[k]) in JUDGED_NOT_OFFERS:
            continue
        if stated(_span_head(tokens, a, b), True):
            return True
    return False


def _named_other(tokens, first, end):
    """Whether the noun phrase tokens[first:end] names another party by a placeholder letter or mark and a
    suffix of institution or firm (A院, B社, ○○クリニック): the way a page names a rival it will not name."""
    for k in range(first, end - 1):
        mark = tokens[k].surface_form
        if (len(mark) == 1 and mark.isascii() and mark.isupper()) or set(mark) <= set("○〇●◯×＊*某"):
            if tokens[k + 1].pos_detail_1 == "接尾" or tokens[k + 1].pos == "名詞":
                return True
    return False


def _topic_before(tokens, start):
    """Whether a topic (〜は, not では/とは/には) stands before the compared phrase at ``start`` (腹腔鏡の手術は、
    開腹手術より…): the sentence describes the side it names, where a comparison that leaves the better side
    unsaid, or names it only in the predicate (〜より、〜のほうがよく効きます), presents it."""
    return any(
        tokens[k].surface_form == "は" and tokens[k].pos == "助詞" and tokens[k - 1].pos != "助詞"
        for k in range(1, start)
    )


def _last_word(tokens, stop):
    """Index of the sentence's last word before ``stop`` and its copula or marks (〜治療です。: 治療)."""
    j = stop
    while j > 0 and (tokens[j - 1].pos == "記号" or tokens[j - 1].surface_form in ("です", "だ", "でした")):
        j -= 1
    return max(j - 1, 0)


MAX_COMPARATORS = 8


def _comparatives(tokens, frames, masked, index, advertised, hearsay=False):
    """Comparisons by their structure (issue 18, fourteenth round): a noun phrase compared (より, に比べて,
    とは違い, 以上に, の2倍), then a predicate in the comparative's favour (ease, speed, safety, less burden
    or pain, more effect) in the same sentence, stated by the page. The compared is another party when
    a word of the grammar marks it so (ほかの, よその, 普通の, 従来の) or a placeholder names it (A院, B社):
    that is a comparison with a rival whatever follows. A treatment or product compared (抗がん剤より,
    ワイヤー矯正の3倍) makes one only when the better side is the page's offer: the advertiser in the
    sentence, or a better side left unsaid (〜より体にやさしい免疫療法です, 〜よりも体にやさしく、効果は同等
    以上です), which is how a page presents what it sells; 〜は〜より…です and 〜より〜のほうが… describe
    the side they name. A source named (研究, 報告, 〜によると) makes it a finding reported, not the page's boast."""
    found = []
    if _found(tokens, frames["sourced"], masked, index):
        return found
    # each comparator's frames scan the rest of the sentence: the first MAX_COMPARATORS of them keep that linear
    # on a hostile line of a thousand より (15 s before; from the review), far above any sentence of prose
    for first, end in _found(tokens, frames["comparator"], masked, index)[:MAX_COMPARATORS]:
        start = _phrase_start(tokens, first)
        if start == first and advertised():
            # (thirtieth session) an act compared (サプリを飲むより) is read only with the advertiser or the register:
            # without them it is lifestyle advice as often (薬を飲むより、ゆっくり休むほうが早く治ります; from the review)
            start = _act_compared(tokens, first)
        if start == first:
            continue
        named = _named_other(tokens, start, first)
        if not named and _found(tokens, frames["compared_illness"], masked, index, (max(start, first - 1), first)):
            continue  # (forty-third session) an illness compared with an illness: 普通の風邪とは違って
        marked = named or bool(_found(tokens, frames["other"], masked, index, (start, first)))
        stop = _sentence_end_at(tokens, end)
        if not marked and not (
            _found(tokens, frames["rivalled"], masked, index, (start, first))
            # any noun compared, when the sentence's head is a treatment or a product (ステロイドより安全で効果の
            # 高いアトピー治療です): the page presents what it sells
            or any(
                b == _last_word(tokens, stop) + 1 for _, b in _found(tokens, frames["sold"], masked, index, (end, stop))
            )
            # or the sentence is a noun phrase closed by a full stop, catch copy whose head is the offer
            # (入れ歯の2倍長持ちするインプラント。)
            or _nominal_copy(tokens)
        ):
            continue
        # a rise, and against another party any quality: in favour unless what it qualifies, the words
        # before it in the comparison, is a burden or harm (リスクが高い is against, 質が高い for)
        rising = _found(tokens, frames["rise"], masked, index, (end, stop))
        if marked:
            rising += _found(tokens, frames["quality"], masked, index, (end, stop))
        favour = _found(tokens, frames["favour"], masked, index, (end, stop)) + [
            (a, b) for a, b in rising if not _found(tokens, frames["against"], masked, index, (max(end, a - 4), a))
        ]
        favour.sort()
        if not favour:
            # an invitation to compare with a rival named by a placeholder (B社の〜と飲み比べてください)
            if named and _found(tokens, frames["request"], masked, index, (end, stop + 1)):
                found.append(("comparative", start, stop, end))
            continue
        a, b = favour[0][0], favour[-1][1]
        # the whole span, to the last favour (回復が早い): its own denial is part of the favour (痛くない), a
        # denial or a question after it is not (〜とは言えません, 〜早いかどうかは)
        said = stance(tokens, (a, b))
        if hearsay:  # the page's reputation reported is its own claim (〜に比べて痛くないって言われます！)
            said = replace(said, reported=False, hedged=False)
        if not said.asserted or said.negated or under_denied_evidence(tokens, (a, b)):
            continue  # (〜より早く効くという根拠はありません: a comparison the page says has no evidence)
        if not marked and not (advertised() or not _topic_before(tokens, start)):
            continue
        found.append(("comparative", start, b, a))
    return found


# kinds whose verdict ``clause`` may stand anywhere in the sentence (the comparison of a multiple,
# 〜と比べて…2倍, is often in another clause than the number)
WHOLE_SENTENCE = ("evaluation", "multiple")
# how many sentences before and after a sentence may frame it (a caption, the advertiser, the register)
AROUND = 3
# kinds whose register may be that of another sentence of the paragraph
PARAGRAPH_FRAMED = ("possibility",)
# kinds whose frame may be in another sentence of the paragraph: a caption of the case
CAPTIONED = ("completed",)
# what may follow a possibility and leave it the sentence's end: its auxiliaries and final particles
POSSIBILITY_TAIL = {"しれる", "知れる", "ない", "ぬ", "ん", "ます", "です", "ね", "よ", "な", "わ"}


def _becoming(tokens, p):
    """Whether the predicate ``p`` is followed by ようになる (見えるようになります, 歩けるようになった): an
    ability or a state that comes about, a change as なる with a complement is."""
    k = p.end
    return (
        k + 2 < len(tokens)
        and tokens[k].surface_form == "よう"
        and tokens[k + 1].surface_form == "に"
        and _lemma(tokens[k + 2]) in ("なる", "成る")
    )


def _result_predicate(tokens, end):
    """The predicate an adverb of a lifetime or of a minimal means ending at ``end`` governs, read through an
    adverbial without (メガネなしで過ごせる: なし is an adjective), a negation inside a change (生えてこなく
    なる) and an adjective before なる (薄くなる): the change なる is the predicate; None when it is a purpose,
    a wish or a clause made a noun (一生食べられるように, 〜ことを目指して), which states nothing."""
    p = governed_predicate(tokens, end)
    while p is not None and p.pos == "adjective" and "で" in (t.surface_form for t in tokens[p.head + 1 : p.end + 1]):
        p = governed_predicate(tokens, p.end if tokens[p.end - 1].surface_form == "で" else p.end + 1)
    if p is not None and p.end < len(tokens):
        after = predicate_at(tokens, p.end)
        if after is not None and after.change and _lemma(tokens[p.end]) in ("なる", "成る"):
            p = after
    if p is not None and _becoming(tokens, p):
        return predicate_at(tokens, p.end + 2)  # 一生噛めるようになります: the なる that follows is the change
    if p is None or (p.end < len(tokens) and tokens[p.end].surface_form in ("よう", "こと", "の", "ため")):
        return None  # a purpose, a wish or a clause made a noun (一生噛めることを目指して): nothing stated
    return p


def _sentence_start(tokens, k):
    """Index of the first word of the sentence (within the text: after a 。 or ！) that holds ``k``."""
    for j in range(k - 1, -1, -1):
        if tokens[j].surface_form in SENTENCE_MARKS:
            return j + 1
    return 0


def _nominal_to_end(tokens, k):
    """Whether only nouns, marks and a bracketed note follow ``k`` to the sentence's end: the copy is
    a noun phrase (この仕上がり。, このトーンアップ（写真）, 〜が保証されたサプリです。)."""
    depth = 0
    for j in range(k, len(tokens)):
        t = tokens[j]
        # an attributive adjective inside the noun phrase (新しい育毛ローション, 安全なサプリ)
        if t.pos in ("形容詞", "連体詞") or (t.surface_form == "な" and tokens[j - 1].pos_detail_1 == "形容動詞語幹"):
            continue
        if t.surface_form in ("(", "（", "【", "["):
            depth += 1
        elif t.surface_form in (")", "）", "】", "]"):
            depth -= 1
        elif depth > 0 or t.pos in ("名詞", "記号", "接頭詞") or t.surface_form in ("です", "だ", "でし", "た"):
            continue
        else:
            return False
    return True


def _forms(tokens, frames, masked, index, stated):
    """Claims (kind, first, end, head) carried by the form of the sentence rather than by an
    adverb (issue 18, tenth round): each is a grammatical form the advertising register uses for a
    claim it could not state outright; the data's ``[[verdict]]`` entries add their frames and
    clauses.

    - possibility: the sentence ends on a possibility (〜かも, 〜かもしれません), not quoted, supposed
      or conceded (〜かもしれないと思ったら, 〜かもしれない場合, 〜かもしれませんが) nor denied
      (〜ではないかもしれません); with a disease or ruin and a condition of neglect or the register,
      it is a threat made deniable;
    - multiple: a multiple (2倍, 何倍も), stated, in a sentence that compares;
    - reason: an evaluation that is the reason of the clause after it (〜は安全なので、…);
    - warrant: a passive of guarantee or proof, past, attributive to the sentence's head noun
      (〜が保証されたサプリです, 効果が証明された、〜点滴): a guarantee told as the product's property;
    - shown: a demonstrative that points at a result the page shows (この仕上がり。, こんな変化), or a
      pair of positions (左が…、右が…), the way a before/after photograph is captioned;
    - question: the sentence is a question the page asks (its verdict needs a frame: a state that
      continues, 〜のまま一生を過ごしますか？)."""
    n = len(tokens)
    found = []
    for k, t in enumerate(tokens):
        if t.surface_form == "かも" and t.pos == "助詞" and k:
            j = k + 1
            while j < n and (
                (tokens[j].basic_form in POSSIBILITY_TAIL or tokens[j].surface_form in POSSIBILITY_TAIL)
                and tokens[j].pos in ("動詞", "助動詞", "助詞")
            ):
                j += 1
            final = j == n or tokens[j].pos == "記号"
            denied = tokens[k - 1].pos == "助動詞" and tokens[k - 1].basic_form in ("ない", "ぬ")
            if final and not denied:
                found.append(("possibility", _sentence_start(tokens, k), j, k))
        elif t.surface_form == "倍" and k and tokens[k - 1].pos_detail_1 == "数":
            if stated(k - 1, True):
                found.append(("multiple", k - 1, k + 1, k))
    for p in predicates(tokens):
        end = p.end + (1 if p.pos == "adjectival" and p.end < n and tokens[p.end].surface_form in ("な", "だ") else 0)
        if p.pos in ("adjective", "adjectival") and end < n and tokens[end].surface_form in ("ので", "から"):
            if stated(p.head, True):
                found.append(("reason", _sentence_start(tokens, p.head), end + 1, p.head))
        if (
            p.pos == "verb"
            and p.passive
            and p.past
            and _found(tokens, frames["warrant"], masked, index, (p.head, p.head + 1))
            and p.end < n
            and tokens[p.end].pos in ("名詞", "記号", "形容詞", "連体詞")  # 保証された新しい治療法
            and _nominal_to_end(tokens, p.end)
            and stated(p.head, True)
        ):
            found.append(("warrant", _sentence_start(tokens, p.head), p.end, p.head))
    last = question_end(tokens)
    if last is not None:
        # a question the page asks (not one it quotes: 「〜ますか？」というご質問): its verdicts need a frame
        if not stance(tokens, (last, last + 1)).reported and not readers_question(tokens):
            found.append(("question", 0, n, last))
    for first, end in _found(tokens, frames["pointer"], masked, index):
        # a pair of positions is a caption by itself; a demonstrative must head the copy's last noun phrase
        if end - first > 1 or (end < n and tokens[end].pos == "名詞" and _nominal_to_end(tokens, end)):
            found.append(("shown", first, end, first))
    return found


def _nominal_copy(tokens):
    """Whether the sentence is a noun phrase with its modifiers ending on a full stop, as a slogan is
    (〜では教えてくれない、本当に効くニキビ治療。): its head is the advertised thing."""
    words = [t for t in tokens if t.pos != "記号"]
    return (
        len(words) >= 3
        and tokens[-1].surface_form in ("。", "!", "！")
        and tokens[-2] is words[-1]
        and words[-1].pos == "名詞"
        and words[-1].pos_detail_1 not in NOT_HEADS
        and bool(JAPANESE_RE.search(words[-1].surface_form))
        and any(t.pos in ("動詞", "形容詞") for t in words[:-1])
    )


def _frame_in(sentence, frames):
    """Whether one of ``frames`` matches in another sentence of the paragraph."""
    _, tokens, masked, index = analyse(sentence)
    return bool(_found(tokens, frames, masked, index))


@lru_cache(maxsize=4096)
def _advertiser_in(sentence):
    """Whether the advertiser (the [judgement] frame) is in another sentence of the paragraph."""
    _, tokens, masked, index = analyse(sentence)
    return bool(_found(tokens, load_patterns().frames["advertiser"], masked, index))


def _in_paragraph(plain, frames):
    """Whether one of ``frames`` matches in a sentence of the paragraph ``plain`` (an entry's
    ``unless_paragraph``: tried only after the entry has matched, so rarely)."""
    for sentence in split_sentences(plain):
        _, tokens, masked, index = analyse(sentence.text)
        if any(find_all(tokens, frame, masked, index) for frame in frames):
            return True
    return False


# rules whose every finding a case's disclosures answer (see _case_disclosed), whatever its entry's unless_paragraph
CAPTION_DISCLOSED = ("MED007",)


@lru_cache(maxsize=64)
def _disclosed(plain, frames):
    """Whether the paragraph ``plain`` gives the disclosures an entry's ``unless_paragraph`` names: one of its
    frames in a sentence (a case's captions, the cost and the risks each in a sentence of their own, are read for every
    before/after entry by _case_disclosed). Risks denied (主な副作用：なし, リスクはありません) are no disclosure of risks
    (from the review). Kept per paragraph: it reads the whole paragraph, and a paragraph of many findings asked it once
    each (a 9,000-character paragraph of marks took 4 of its 5 seconds here)."""
    return _in_paragraph(_without_denied_risks(plain), frames)


@lru_cache(maxsize=64)
def _case_disclosed(plain):
    """(forty-third session) Whether the paragraph ``plain`` gives the disclosures that let a page show case material
    (限定解除), for every before/after entry, not only those with an ``unless_paragraph``: (fourteenth round) the cost
    and the risks each in a sentence of their own, as a case's captions list them (費用：198,000円。リスク：腫れ、内出血。),
    which no pattern of one sentence spans, or one sentence that puts the risks, with the cost, the content or the course
    of the treatment, beside the material (see _disclosures_given). Sentences that deny their risks name none."""
    plain = _without_denied_risks(plain)
    judgement = load_patterns().frames
    if _in_paragraph(plain, judgement["cost"]) and _in_paragraph(plain, judgement["risks"] + judgement["occurs"]):
        return True
    return any(_disclosures_given(sentence.text) for sentence in split_sentences(plain))


def _disclosures_given(sentence):
    """Whether the sentence names the risks and the cost, content or course of the treatment, and puts them on the page
    beside the material with a verb of giving ([judgement] disclosure_given: 記載, 添える, 併せて), affirmed and not asked
    of the reader: 治療前後の写真と併せて、治療期間・費用・再発のリスクを説明しています."""
    _, tokens, masked, index = analyse(sentence)
    frames = load_patterns().frames
    if not (
        _found(tokens, frames["risks_named"], masked, index) and _found(tokens, frames["terms_named"], masked, index)
    ):
        return False
    if {_lemma(t) for t in tokens} & READER_FORMS:
        return False  # 費用やリスクの記載があるかを確認しましょう: a check asked of the reader
    return any(
        not stance(tokens, (first, end)).negated and not stance(tokens, (first, end)).conditional
        for first, end in _found(tokens, frames["disclosure_given"], masked, index)
    )


# the nouns under which a case lists its risks (主な副作用：…, リスク：…)
RISK_NOUNS = frozenset({"リスク", "副作用", "合併症", "副反応"})
# words that wave risks away as a label's value (リスク：安心です, 副作用：不要)
RISKS_WAVED = frozenset({"安心", "安全", "不要", "無用", "ゼロ", "なし", "無し"})
_SINGLE_CASE_RE = re.compile(r"[nN]\s*=\s*1(?![0-9])")


def _without_denied_risks(plain):
    """The paragraph with each sentence that denies its risks left out."""
    return "".join(s.text for s in split_sentences(plain) if not _denies_risks(s.text))


@lru_cache(maxsize=1024)
def _denies_risks(sentence):
    """Whether the sentence denies a risk noun by the stance's negation (リスクはありません, 副作用も特になし,
    合併症はゼロです; not 副作用がない薬はありません, denied twice) or by a negation word as a label's value
    (主な副作用：なし, which the stance reads as a label, not a predicate)."""
    _, tokens, masked, index = analyse(sentence)
    if any(find_all(tokens, frame, masked, index) for frame in load_patterns().frames["occurs"]):
        return False  # one risk denied, another disclosed (重い合併症はありませんが、腫れが続くことがあります)
    for i, token in enumerate(tokens):
        if token.surface_form not in RISK_NOUNS:
            continue
        if stance(tokens, (i, i + 1)).negated:
            return True
        j = i + 1
        if j < len(tokens) and tokens[j].surface_form in (":", "："):
            j += 1
            while j < len(tokens) and tokens[j].pos == "副詞":  # 特に
                j += 1
            # a label's value that denies its risks (なし) or, (thirty-first session, from the review) within a few words,
            # denies or waves them away: 特にございません, 心配いりません, 当院なら安心です
            value = tokens[j : j + 5]
            if any(is_negation(t) or _lemma(t) in RISKS_WAVED for t in value):
                return True
    return False


def _single_case(norm):
    """A sample of one (n=1) is a case, not a group's statistics."""
    return bool(_SINGLE_CASE_RE.search(norm.text))


# (twenty-first session) a sentence longer than this is read in pieces cut at its commas: a paragraph without a full stop,
# or an unclosed quotation, would otherwise make every candidate's reading scan the whole run (quadratic: minutes at
# 30,000 characters); no sentence of the corpora or of the article comes near it
MED_SENTENCE_CHARS = 400


def _bounded(sentences):
    """``sentences`` with each one longer than MED_SENTENCE_CHARS cut into pieces at a comma (、) in the second half of
    each stretch, or at the stretch's end when it has none."""
    out = []
    for sentence in sentences:
        text = sentence.text
        if len(text) <= MED_SENTENCE_CHARS:
            out.append(sentence)
            continue
        start = 0
        while start < len(text):
            stop = min(len(text), start + MED_SENTENCE_CHARS)
            if stop < len(text):
                comma = text.rfind("、", start + MED_SENTENCE_CHARS // 2, stop)
                stop = comma + 1 if comma != -1 else stop
            last = stop == len(text)
            out.append(
                Sentence(sentence.start + start, sentence.start + stop, text[start:stop], last and sentence.terminated)
            )
            start = stop
    return out


def without_disclaimer(text):
    """``text`` without the advertiser's disclaimer that closes it ((個人の感想です), ※効果には個人差があります), or
    ``text`` as it is. The guideline says such a disclaimer changes nothing, so MED006 reads a voice without it too: a
    testimonial it closes stays one (it had made 「3日で腰痛が消えました」 pass, which is reported without it). A note
    that names the wording it closes (※個人の感想です、という広告には…) is no disclaimer, and a sentence that is only the
    disclaimer is kept."""
    match = DISCLAIMER_RE.search(text)
    if match is None or _NAMED_WORDING_RE.search(match.group()) or not text[: match.start()].strip():
        return text
    return text[: match.start()]


# (forty-eighth session) what a disclaimed voice must tell to be read as a testimonial: a relief or a result of care, not
# denied (a review of a first version found memoirs, worsening and services read as testimonials: 落ちる, 減る, 生える
# and 〜ようになった say as much of a symptom's onset)
RELIEF_TOLD = RELIEF_WORDS | {"痩せる", "やせる"}


def _relief_told(text):
    """Whether ``text`` tells a relief of RELIEF_TOLD with no negation anywhere in it."""
    tokens = tokenize(text)
    lemmas = {_lemma(t) for t in tokens}
    joined = "".join(t.surface_form for t in tokens)
    # IPADIC cuts 良くなる into 良い + なる
    better = any(w in joined for w in ("良くな", "よくな", "楽にな", "らくにな"))
    # a relief awaited (咳が治まるまで1か月かかった) tells how long it took, not a result
    awaited = any(
        t.surface_form == "まで" and k and tokens[k - 1].pos in ("動詞", "助動詞") for k, t in enumerate(tokens)
    )
    return bool(lemmas & RELIEF_TOLD or better) and not awaited and not any(is_negation(t) for t in tokens)


def _check(page, ctx):
    code = ctx.rule.code
    allow = set(ctx.option("allow", []))
    if not load_patterns().entries.get(code):
        return
    for unit in page.units:
        plain = unit.plain
        if not plain.strip():
            continue
        sentences = _bounded(split_sentences(plain))
        for index, sentence in enumerate(sentences):
            text = sentence.text
            following = sentences[index + 1] if index + 1 < len(sentences) else None
            if following is not None and ATTRIBUTION_RE.match(following.text):
                # 「…」。（60代・主婦）: the signature belongs to the sentence before it
                text = plain[sentence.start : following.end]
            # the neighbouring sentences (a claim split over two or three of them); not the whole
            # paragraph, whose every sentence would make each sentence's look-up grow with its length
            near = sentences[max(index - AROUND, 0) : index + AROUND + 1]
            around = tuple(other.text for other in near if other is not sentence)
            for start, stop, entry in sentence_findings(code, text, unit.kind == "paragraph", around):
                if start >= len(sentence.text):
                    continue
                matched = text[start:stop].replace("\n", "")
                if (
                    matched in allow
                    or (entry.unless_paragraph and _disclosed(plain, entry.unless_paragraph))
                    or (code in CAPTION_DISCLOSED and _case_disclosed(plain))
                ):
                    continue
                line, column = unit.position(sentence.start + start)
                yield ctx.report(
                    line,
                    column,
                    f"「{matched}」: {entry.reason}",
                    context=text.replace("\n", ""),
                    suggestion=entry.rewrite,
                )


@rule("MED001", "outcome-guarantee", target="page", needs_tokenizer=True, options=("allow",))
def outcome_guarantee(page, ctx):
    """A promise of a result: 必ず治る, 完治します, 全員が改善しました, 治らない肩こりはありません …

    What: sentences that guarantee a cure or an effect (lint/data/medical-ads.toml,
    rule MED001): a word of certainty with a word of effect (必ず・確実に・100%・全員が・
    例外なく … 治る・改善する・消える), 完治・根治, promises (効果をお約束します), lifelong or
    no-recurrence claims (一生もちます, 二度と再発しません, 再発した人はいません) and double
    negatives that amount to a guarantee. In a sentence of advertising register (the clinic
    or product as topic, an exclamation, an emoji, a catch copy: see the module's help) an
    outcome stated outright is reported too, and so is certainty carried by a number or a
    time (1回の照射でほくろが消えます, 明日からぐっすり); a guarantee scheme (効果保証制度, 効果が出るまで
    何度でも再施術), a rate at 100 % (効果実感率100％) and a slogan the clinic owns (「…」が院長のモットー
    です); a cure or success rate in the nineties boasted without its cases or source (治癒率99.8％！),
    loanwords of guarantee (結果にコミット, ギャランティーします), an effect stopped at once
    (ピタッと止める), removal made certain (確実に除去), 〜になれる after a certainty, a count and
    確定 (1回で小顔確定). Negated, hedged, quoted or asked uses are
    fine: 「必ず治るとは限りません」「完治することもあります」「本当に完治するのでしょうか」,
    and so is 「必ず医師に相談してください」.
    Why: no treatment guarantees its result. 医療広告ガイドライン treats such
    phrases as 虚偽広告, and 医薬品等適正広告基準 第4の3(5) forbids guaranteeing
    efficacy. A patient who reads 「必ず治る」 may stop a needed treatment or blame
    themselves when it fails.
    Example: 「抗凝固療法で血栓は必ず溶けます。」
    Fix: 「抗凝固療法を受けた人の約7割で血栓が消えた（再開通した）と報告されています{cite:p}`loffredo-2017`。」
    Each finding's suggestion gives a rewrite. Options: allow = [] (exact matched
    texts to accept).
    """
    return _check(page, ctx)


@rule("MED002", "superlative-ranking", target="page", needs_tokenizer=True, options=("allow",))
def superlative_ranking(page, ctx):
    """Superlatives, rankings, "only" and "first": 最高の医療, 日本一, No.1, 唯一の, 世界初, 当院だけ …

    What: phrases that rank the article, its sources, a treatment or a person
    above all others (lint/data/medical-ads.toml, rule MED002): 最高品質の医学的証拠,
    最も信頼できる情報源, 最も効果の高い治療, 権威ある医学雑誌, 日本一, 県内トップクラス,
    満足度No.1, 最先端・最新鋭・最高級・究極, 唯一の治療法, 世界初, 当院だけ, 名医, 名手,
    3本の指に入る.
    A first told as history in the passive (〜は1928年に発見されました), a quoted wording named
    by 表示 (「No.1」表示には根拠が必要です), grades of severity (最重症), a referral (当院だけで判断せず)
    and advice against choosing by rank (ナンバーワンを探すより…が大切です) are not rankings.
    Descriptive clinical superlatives are fine: 「最も多い原因」「最も一般的な背景」
    「第一選択の検査」「最高血圧」「1日の最大服用量」.
    Why: 医療広告ガイドライン forbids 比較優良広告 (its examples: 「日本一」「No.1」
    「最高の医療」「最先端の医療」), and 医薬品等適正広告基準 第4の3(6) forbids the
    superlative. Ranking words replace evidence: the reader should learn what the
    information rests on, not that it is "the best".
    Example: 「この記事は最高品質の医学的証拠にのみ基づいています。」
    Fix: 「この記事は、診療ガイドラインと系統的レビューを主な根拠にしています。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)


@rule("MED003", "endorsement-claim", target="page", needs_tokenizer=True, options=("allow",))
def endorsement_claim(page, ctx):
    """An endorsement instead of evidence: 医師推奨, 厚生労働省も認めた, 有名人も通う, TV出演多数 …

    What: phrases that rest a claim on who approves of it (lint/data/medical-ads.toml,
    rule MED003): doctors, professors, universities, the government, WHO, medical
    associations recommending, approving or 公認; celebrities, athletes and
    influencers using a treatment or a clinic; media appearances; an organisation's name
    alone (〇〇協会推奨, 国が安全性を保証した) and, in an advertising sentence, joint research
    as a seal (大学との共同研究で実証された); a government certifying a clinic (WHO認定のクリニック), a
    quotation signed by a doctor (「…」——〇〇科医 〇〇先生), staff using it too (看護師さんも愛用);
    an endorsement by origin (〜との共同研究から生まれた, ノーベル賞受賞の研究から), a doctor supervising
    a product sold (医師が監修したサプリ; a page's 監修 line is a credit), a medium's familiar face
    (ドラマ監修でおなじみの〇〇先生), an approval given as the ground of safety (FDA承認の機器だから安心).
    An equivalence the state certifies (後発医薬品は…同等であると国が認めた薬) and a drug's history told in
    the past (〜の共同研究から生まれました) are facts.
    Clinical
    descriptions stay fine: 「ガイドラインで推奨されています」「医師の推奨に従ってください」
    「日本小児科学会が推奨するスケジュールに沿って」「皮膚科専門医です」.
    (Patients' testimonials moved to MED006.)
    Why: 医薬品等適正広告基準 第4の10 forbids advertising that medical professionals
    or authorities recommend a product, and 医療広告ガイドライン forbids stressing
    ties with famous people. An endorsement is not evidence; and the house never
    names a reviewer who has not reviewed the article.
    Example: 「専門医も推薦する治療法です。」
    Fix: 「診療ガイドラインで推奨されている治療法です{cite:p}`aasld-2021`。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)


@rule("MED004", "safety-guarantee", target="page", needs_tokenizer=True, options=("allow",))
def safety_guarantee(page, ctx):
    """A promise of safety: 副作用はありません, 絶対に安全, 痛みゼロ, 後遺症が残ることはありえません …

    What: sentences that deny any harm (lint/data/medical-ads.toml, rule MED004):
    side effects, risk, pain, swelling, sequelae or downtime said to be absent
    (副作用が一切ありません, 副作用のない薬, ダウンタイムなし, 腫れも起こりません), and
    absolute safety (絶対に安全, 完全に安全, 100%安心, 無痛治療), and in an advertising
    sentence safety or comfort praised (安心して使えるクリーム, 体にやさしい); failure said to be
    impossible (失敗することはありえません), safety by absent reports (副作用の報告は一件もない、安全な…),
    by babies (赤ちゃんにも使えるほど安全), by not cutting (切らないから安全), katakana copy
    (ｲﾀﾐﾅｼ！, read after NFKC), safety at 100 (安全性100％), loanwords and English (ノーダウンタイム,
    No Risk!), 副作用なんてない, safety as the ground for anyone's use (安全なお薬なので、どなたでも), and with the advertiser
    in the sentence a harm or a burden on the body denied by 一切, まったく or 何ひとつ (当院の施術なら、傷跡は何一つ残りません;
    an honest page's 受診に全く問題はありません is no such claim). Honest denials of
    such claims are fine: 「100%安全な治療法はありません」「リスクのない手術はないため」
    「副作用がないか確認します」「痛みがまったくない場合でも骨折していることがあります」;
    so are 「安全性」「無痛分娩」「医薬品副作用被害救済制度」.
    Why: no medicine or procedure is free of risk. 医薬品等適正広告基準 第4の3(5)
    forbids guaranteeing safety, and 医療広告ガイドライン gives 「絶対安全な手術です」 as
    its example of 虚偽広告. A reader told there is no risk does not watch for it.
    Example: 「この薬には副作用はありません。」
    Fix: 「主な副作用は出血です。大出血は増えなかったと報告されていますが、注意が必要です{cite:p}`loffredo-2017`。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)


@rule("MED005", "comparison-claim", target="page", needs_tokenizer=True, options=("allow",))
def comparison_claim(page, ctx):
    """Comparison with others to one's own advantage: 他院よりも早く治る, どこよりも, 従来薬をしのぐ …

    What: sentences that put a clinic, a doctor or a treatment above others
    (lint/data/medical-ads.toml, rule MED005): a competitor (他院, 従来の治療, 一般的な
    クリニック, 市販薬, 近隣の歯科, any institution) compared with より / 比べて and an
    evaluative predicate (an adjective or adjectival noun by part of speech, or a gain such as
    半分・倍), in either polarity; どの〜よりも, しのぐ, 引けをとらない, 〜と違って当院は,
    failure elsewhere then ours (他院で断られた…当院なら); in an advertising sentence a
    contrast without より (ふつうの歯医者とは違う), より with any noun, and a multiple of another's
    (市販薬の3倍の効き目); superiority to any treatment stated as a present fact
    (〜は薬物療法よりも優れた治療法です); a former clinic or an older method set against ours
    (前の病院では…当院では, 昔の胃カメラと違って), an average boasted (全国平均を上回る…を誇ります);
    other doctors disparaged by what they miss (ほかの先生が見落とすところまで; not a passive tendency,
    見落とされやすい病気), a match announced or the reader asked to compare (🆚他院, 他院と比べてみて！),
    Xより…よく効く within eight words; an act compared is its noun's comparison (サプリを飲むより、点滴のほうが
    10倍効きます, 手術するより…のほうが).
    Public prices compared (薬価は、先発品よりも…) are facts. Neutral comparisons are fine: a
    patient's own results over time, physiology (冬は夏よりも血圧が高くなりやすい), study
    results stated with their limits (〜と比べて重症化しにくいという報告があります,
    〜とされています), balanced ones (〜一方、…) and the reason for a caution
    (市販薬に比べて作用が強いため、用量を守ってください).
    Why: 医療広告ガイドライン forbids 比較優良広告, and 医薬品等適正広告基準 第4の9
    restricts disparaging others. The reader cannot check a comparison without the
    study behind it.
    Example: 「他院よりもずっと早く、確実に治ります。」
    Fix: 「この治療で症状が改善するまでの期間は、研究では平均○週間でした{cite:p}`key`。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)


@rule("MED006", "patient-testimonial", target="page", needs_tokenizer=True, options=("allow",))
def patient_testimonial(page, ctx):
    """Patients' experiences as evidence: 口コミで評判, 患者さまの声, 「肩こりが消えました」（40代女性）…

    What: testimonials, reviews and ratings used to show an effect
    (lint/data/medical-ads.toml, rule MED006): 口コミ, レビュー, 体験談, 喜びの声, 感謝の
    手紙, 高評価, star ratings, satisfaction surveys, and words presented as a patient's
    voice: quoted with an attribution (（40代女性）, 」東京都・K.Tさん（58歳）), signed
    (…😊 ―ご利用者Aさん), labelled (体験談：…), a sentence that is only a quoted past
    experience, or followed by 〜と回答しています, 〜とおっしゃる方, 〜という投稿; and
    a quotation followed by a label naming it a patient's voice (「…」〜を受けた方の声) or
    introduced by a pointer (👉「…」), signed after a dash (」—…の方より) or after a bracketed label
    (〇〇さん（30代）「…」); an outcome reported as received news (〜と、喜びのご報告をいただきました);
    patients' voices published or counted (〇〇様のお声を掲載, お客様アンケートで「…」が97％), outcomes
    reported one after another (次々と職場復帰されています), a trial told as a report (【体験レポ】),
    a judgement as a noun in a patient's quoted words (「先生は命の恩人です」と言っていただきました); first-person, family or named patients' past experiences of an effect (私は…消えました,
    うちの子の…, Aさんは…歩けるようになった). Such a quotation is checked although it
    stands in 「」: it is the page's evidence, not a mention. Quoted symptoms and questions
    are fine (「耳が痛い」と訴えるときは, よくあるご質問：「…ですか」), and so is a quoted past worry whose last
    predicate affirms a complaint or denies a relief, with no relief told in it (「…で困っていた」, 「…良くならなかった」:
    a list of the reader's worries), and so are warnings
    about reviews (口コミサイトの評価だけで医療機関を選ばないようにしましょう), the clinic's
    own voice (私たちは…) and surveys reported in the past (〜という声が寄せられました), a policy on
    publishing reviews (体験談の掲載に関する方針), a page's credit line (監修：…（患者さん向け…）) and the
    staff's voice in a recruitment page (看護師の声：…). A bare noun of testimony (口コミ, 体験談, お客様の声) is
    reported only where the page presents it: a heading or catch copy ending on it, a label before the
    content, or a verb of presenting (掲載, ご覧, 続々と届く); named as the subject of an enquiry, the object of
    another act (レビューを書く), in a definition, as the staff's own story, or with the showing denied, it is fine.
    Why: 医療広告ガイドライン forbids 患者の主観又は伝聞に基づく体験談 about the content
    or effect of treatment (医療法施行規則 第1条の9): one person's experience is not
    evidence of what the reader can expect.
    Example: 「『たった1回で痛みが消えました』（50代男性）」
    Fix: 「研究では、この治療を受けた人の約○割で痛みが軽くなりました{cite:p}`key`。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)


@rule("MED007", "before-after", target="page", needs_tokenizer=True, options=("allow",))
def before_after(page, ctx):
    """Before/after pictures and change claims: 施術前と施術後の写真, ビフォーアフター, この変化 …

    What: before/after photographs, videos and comparisons of a treatment's result
    (lint/data/medical-ads.toml, rule MED007): ビフォー・アフター, 施術前後の写真,
    症例写真, 左が照射前、右が照射後, こんなに変化しました, この違い, 見比べてください,
    施術前と施術後で…違う, 治療前：…治療後：, 82kg→64kg, 〜前は…たのに今では,
    治療前は…、治療後は…ゼロに, 〜の前と後、, and
    elliptical change headlines (〜がきれいに。, 〜肌へ！), 1か月後の姿をご覧ください, BA写真, 〜後…（写真あり）,
    before/after by deixis (今ではこの笑顔！, このお腹が、こうなりました) and a progress series (経過写真).
    A bare noun of such material (症例写真, ビフォーアフター) is reported only where the page presents it (as for
    MED006): 症例写真の撮影にご協力ください and a glossary's definition are fine.
    A change given as the reason of a clinical step (術前と術後では見え方が変わるため、…) and case photos
    presented at a scientific meeting or in a paper (学会で発表しています) are fine.
    Case photos shown with the treatment's cost and risks in the same sentence or paragraph are the
    form the guideline allows (限定解除), and advice not to decide by them is fine. Instructions about timing and
    measured changes are fine: 手術前日の夕食, 服用前後の血圧の変化を記録, 治療前と治療後に
    検査を行います, 治療後3か月の検査, 食前・食後.
    Why: 医療広告ガイドライン forbids 治療等の前又は後の写真等 that can mislead patients
    about the content or effect of a treatment (医療法施行規則 第1条の9): a selected
    case says nothing of the usual result, risks or costs.
    Example: 「3か月後には、こんなに変化しました。」
    Fix: describe the usual course and its variation, with the source.
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)


@rule("MED008", "price-lure", target="page", needs_tokenizer=True, options=("allow",))
def price_lure(page, ctx):
    """Price lures: 今なら半額, 初回限定, 先着10名様, キャンペーン, 全額返金保証, プレゼント …

    What: discounts, free offers, time-limited or first-come offers, points and
    giveaways used to draw patients, 実質無料, free until a date, 月額〇円で始める, 最大〇円還元,
    1円でも高ければ値下げ, 2か月目が0円, 〜1本サービス, 通い放題, 1本分の料金で2本, 0円ではじめる (lint/data/medical-ads.toml,
    rule MED008). Plain fee information is fine: 全額自己負担, 料金表, 窓口負担が無料
    (public subsidies, in either order; a municipality's coupon),
    市の無料相談窓口, 予約は先着順, 選定療養費.
    Why: 医療広告ガイドライン treats advertising that stresses low prices, discounts
    and campaigns as 品位を損ねる内容の広告, and 医薬品等適正広告基準 restricts prizes
    and giveaways (懸賞、賞品等による広告の制限): a lure pushes a medical decision by price and deadline.
    Example: 「今なら初回カウンセリング無料、施術も半額です。」
    Fix: 「費用は料金表のとおりです（自由診療：全額自己負担）。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)


@rule("MED009", "exaggeration-fear", target="page", needs_tokenizer=True, options=("allow",))
def exaggeration_fear(page, ctx):
    """Wonder words and fear: 奇跡の回復, 劇的に, 画期的, 放置すると命に関わります！, 手遅れに …

    What: exaggerated words of effect (奇跡, 劇的, 画期的, 革命的, 驚異的, みるみる) and
    fear or urgency that pushes the reader to act (放置すると命に関わります, 手遅れ,
    取り返しのつかない, もう遅い, 今すぐ受診を, 一刻も早く治療しないと, threats that end in
    an exclamation, 恐ろしい真実, 知らないと怖い, rhetorical 〜になる!?, 気づかないうちに),
    fear by slang or metaphor (ヤバい, 自殺行為, 時限爆弾, 悲鳴を上げている, もう限界), social threat
    (周りから嫌われる原因に, 女性として終わりたくない), a threat made certain (放置すると、ほぼ確実に
    胃がんになります), fear by time (明日では遅すぎる, 1日遅れるごとに…, 放置＝老化加速), by the reader's
    body attacked (あなたの細胞を破壊しています, 命を削る), by certain ruin (確実に壊れていく), by slang
    (〜まみれ, がん難民), and in an advertising sentence
    praise of the service (快適, 話題の, カンタン, 効果抜群)
    (lint/data/medical-ads.toml, rule MED009). Measured risk information and real
    emergency advice are fine: 「重症化すると命に関わることがあります」
    「胸の強い痛みが15分以上続く場合は、すぐに救急車を呼んでください」.
    Why: 医療広告ガイドライン forbids 誇大広告 and advertising that stirs up anxiety
    (品位を損ねる内容の広告); 医薬品等適正広告基準 forbids exaggerating efficacy and
    restricts advertising that causes fear (不安又は恐怖を与えるおそれのある広告の制限). Fear
    and wonder replace the information a reader needs to decide.
    Example: 「今すぐ治療しないと取り返しのつかないことになります！」
    Fix: 「治療しないと〜が起こることがあります。〜の場合は早めに受診してください。」
    Options: allow = [] (exact matched texts to accept).
    """
    return _check(page, ctx)
