"""JAS: Japanese house style of the pages (textlint-rule-preset-ja-technical-writing, in Python).

Every rule reads only the prose of a page (``ProseUnit.plain``: citation roles,
inline code, URLs, markup and front matter are already removed) and reports at
the page's line and column through ``unit.position``. Defaults are those of
textlint-rule-preset-ja-technical-writing 12.0.2; where the house differs it is
said in the rule's text. The logic of each rule follows the textlint rule named
in its text (MIT-licensed; word lists of ja-no-redundant-expression,
ja-no-weak-phrase and no-double-negative-ja © azu and textlint-ja, MIT).

Like textlint, a rule checks the units textlint would: "paragraph rules" check
paragraphs and list items (textlint's Paragraph nodes), "text rules" check every
unit (headings and table cells too). Rules marked ``needs_tokenizer`` use MeCab
with IPADIC (lint/japanese/tokenizer.py), loaded only when one of them runs.

Severity: errors are mistakes a reader sees or a house decision (mixed styles,
a missing 。, broken characters, unmatched brackets, repeated words, ら抜き,
spacing, spelling of terms). Warnings are judgments of readability that an
editor may decide to keep (long sentences, many 読点, long kanji runs, doubled
particles, double negatives, repeated conjunctions, hedges, redundant phrases).
"""

import re
import unicodedata

from ..errors import ConfigError
from ..findings import WARNING
from ..japanese.terms import terms_for
from ..japanese.tokenizer import compile_pattern, match_sequences, tokenize
from ..parsing.text import display_width, split_sentences
from ..registry import rule

PARAGRAPH_KINDS = ("paragraph", "list-item")
ALL_KINDS = ("paragraph", "list-item", "heading", "table-cell", "term", "caption")


# ---------------------------------------------------------------- helpers


def _units(page, kinds=ALL_KINDS):
    for unit in page.units:
        if unit.kind in kinds and unit.plain.strip():
            yield unit


def _sentences(unit):
    """The unit's sentences, computed once per unit."""
    cached = unit.__dict__.get("_jas_sentences")
    if cached is None:
        cached = unit.__dict__["_jas_sentences"] = split_sentences(unit.plain)
    return cached


def _tokens(text):
    return tokenize(text)  # MeCab loads on the first call, not on import


def _regexes(ctx, key):
    """A rule option holding a list of regular expressions, compiled; ConfigError names a bad one."""
    compiled = []
    code = ctx.rule.code
    for source in ctx.option(key, []):
        try:
            compiled.append(re.compile(source))
        except re.error as exc:
            raise ConfigError(f"[tool.pvt-lint.rules.{code}] {key}: {source!r} is not a regular "
                              f"expression: {exc}") from None
    return compiled


def _report(ctx, unit, index, message, *, context="", suggestion=""):
    line, column = unit.position(index)
    return ctx.report(line, column, message, context=context, suggestion=suggestion)


def _contiguous(unit, start, end):
    """Split plain[start:end] where markup was removed between two characters (source gaps)."""
    pieces, first = [], start
    plain_map = unit.plain_map
    for i in range(start + 1, end):
        if plain_map and plain_map[i] != plain_map[i - 1] + 1:
            pieces.append((first, i))
            first = i
    pieces.append((first, end))
    return pieces


BARE_URL = re.compile(r"https?://[^\s<>「」『』（）、。]+")


def _without_urls(text):
    """``text`` with bare URLs (which markdown-it leaves in the prose) removed."""
    return BARE_URL.sub("", text) if "://" in text else text


def _short(text, limit=60):
    text = text.replace("\n", "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---------------------------------------------------------------- JAS001


@rule("JAS001", "sentence-length", target="page", severity=WARNING)
def sentence_length(page, ctx):
    """A sentence longer than 100 characters (textlint: sentence-length).

    What: counts the characters of each sentence of paragraphs and list items
    (citations, code and URLs, bare ones too, are not counted; line breaks are
    not characters).
    Why: long sentences are hard to follow, above all for patients reading about
    their own illness; one idea per sentence.
    Example: a 130-character sentence that lists causes, symptoms and a test.
    Fix: split it at a natural boundary (「〜です。また、〜」).
    Options ([tool.pvt-lint.rules.sentence-length]): max = 100;
    skip_patterns = [] (regular expressions removed before counting).
    Deliberate difference from textlint: textlint counts MyST citation roles
    ({cite:p}`key`) as text; they are not prose and are not counted here.
    """
    limit = ctx.option("max", 100)
    skips = _regexes(ctx, "skip_patterns")
    for unit in _units(page, PARAGRAPH_KINDS):
        for sentence in _sentences(unit):
            text = _without_urls(sentence.text)
            for pattern in skips:
                text = pattern.sub("", text)
            length = display_width(text)
            if length > limit:
                yield _report(ctx, unit, sentence.start,
                              f"sentence is {length} characters long (max {limit}); split or shorten it",
                              context=_short(sentence.text, 120))


# ---------------------------------------------------------------- JAS002


def _is_bracket(token):
    return (token.pos == "記号" and token.pos_detail_1.startswith("括弧")) or token.surface_form in "()"


def _neighbour(tokens, index, step):
    index += step
    while 0 <= index < len(tokens):
        if not _is_bracket(tokens[index]):
            return tokens[index]
        index += step
    return None


@rule("JAS002", "max-ten", target="page", severity=WARNING, needs_tokenizer=True)
def max_ten(page, ctx):
    """More than three 読点 (、) in one sentence (textlint: max-ten).

    What: counts 、 in each sentence of paragraphs and list items; a 、 between
    two nouns (a list of nouns: 肝臓、脾臓、腸) is not counted, as in textlint.
    The finding points at the first 、 over the limit.
    Why: many commas mean many clauses; the reader loses the subject.
    Example: 「血栓は、門脈の中で、ゆっくりと、あるいは急に、できます。」
    Fix: split the sentence or drop commas that do not help.
    Options: max = 3; strict = false (true counts 、 between nouns too);
    touten = "、"; kuten = "。".
    """
    limit = ctx.option("max", 3)
    strict = ctx.option("strict", False)
    touten = ctx.option("touten", "、")
    separators = {"?", "!", "？", "！", ctx.option("kuten", "。")}
    for unit in _units(page, PARAGRAPH_KINDS):
        for sentence in _sentences(unit):
            if sentence.text.count(touten) <= limit:
                continue
            tokens = _tokens(sentence.text)
            count = 0
            for index, token in enumerate(tokens):
                surface = token.surface_form
                if surface == touten:
                    before, after = _neighbour(tokens, index, -1), _neighbour(tokens, index, 1)
                    sandwiched = before is not None and after is not None and \
                        before.pos == "名詞" and after.pos == "名詞"
                    if strict or not sandwiched:
                        count += 1
                if surface in separators:
                    count = 0
                if count > limit:
                    yield _report(ctx, unit, sentence.start + token.start,
                                  f"{limit + 1} or more 「{touten}」 in one sentence; split the sentence",
                                  context=_short(sentence.text, 120))
                    count = 0


# ---------------------------------------------------------------- JAS003

KANJI_RUN = re.compile("[々〇〻\u3400-\u9FFF\uF900-\uFAFF\U00020000-\U0003FFFF]+")


@rule("JAS003", "max-kanji-continuous", target="page", severity=WARNING)
def max_kanji_continuous(page, ctx):
    """More than six kanji in a row (textlint: max-kanji-continuous-len).

    What: finds runs of 7 or more kanji in any prose (headings and tables too).
    Established terms listed in lint/data/ja-terms.toml ([kanji] allow, e.g.
    原発性肝外門脈閉塞症) are allowed, alone or joined with words of up to three
    kanji (原発性肝外門脈閉塞症患者).
    Why: long kanji compounds are hard to read and to parse; patients read them
    as one opaque word.
    Example: 「門脈血栓症治療開始時期」. Fix: 「門脈血栓症の治療を始める時期」.
    Options: max = 6; allow = [] (more allowed terms); joined_max = 3 (longest
    word that may join a listed term); terms = path of another term list.
    Deliberate difference from textlint: textlint allows a listed term only when
    the run is exactly that term.
    """
    limit = ctx.option("max", 6)
    joined = ctx.option("joined_max", 3)
    extra = set(ctx.option("allow", []))
    terms = terms_for(ctx)
    for unit in _units(page):
        for match in KANJI_RUN.finditer(unit.plain):
            if match.end() - match.start() <= limit:
                continue
            for start, end in _contiguous(unit, match.start(), match.end()):
                run = unit.plain[start:end]
                if len(run) <= limit or run in extra or terms.kanji_run_allowed(run, limit, joined):
                    continue
                yield _report(ctx, unit, start,
                              f"{len(run)} kanji in a row 「{run}」 (max {limit}); add kana "
                              f"(の, を, する) or list the term in lint/data/ja-terms.toml",
                              context=run)


# ---------------------------------------------------------------- JAS004


def _is_joshi(token):
    return token.pos.startswith("助詞")


def _concat_joshi(tokens):
    """Merge runs of particles into one token (では, には, とは ...), as textlint does."""
    merged = []
    for token in tokens:
        if merged and _is_joshi(token) and _is_joshi(merged[-1]):
            prev = merged[-1]
            merged[-1] = prev._replace(surface_form=prev.surface_form + token.surface_form,
                                       pos=prev.pos + token.pos,
                                       pos_detail_1=prev.pos_detail_1 + token.surface_form)
        else:
            merged.append(token)
    return merged


def _joshi_exception(group, tokens):
    first = group[0]
    if first.pos_detail_1 == "連体化":  # の
        return True
    if first.pos_detail_1 == "格助詞" and first.surface_form == "を":
        return True
    if first.pos_detail_1 == "接続助詞" and first.surface_form == "て":
        return True
    if len(group) == 2 and all(t.pos_detail_1 == "並立助詞" for t in group):  # 〜たり〜たり
        return True
    if len(group) == 2 and all(t.surface_form == "か" for t in group):  # 〜かどうか
        position = tokens.index(group[1])
        if position > 0 and tokens[position - 1].surface_form == "どう":
            return True
    return False


DOUBLED_JOSHI_SEPARATORS = (".", "．", "。", "?", "!", "？", "！")


@rule("JAS004", "no-doubled-joshi", target="page", severity=WARNING, needs_tokenizer=True)
def no_doubled_joshi(page, ctx):
    """The same particle twice in a row in one sentence (textlint: no-doubled-joshi).

    What: in each sentence of paragraphs and list items, finds the same particle
    (same form and part of speech: は, が, に, で, と ...) used twice with no other
    particle, 、 or bracket between them. Consecutive particles count as one (では,
    には). Not reported, as in textlint: の, を, て, 〜たり〜たり, 〜かどうか.
    Why: 「肝臓は門脈は…」 reads as a stammer and hides which noun is the topic.
    Example: 「門脈血栓症は治療は抗凝固療法が中心です。」
    Fix: 「門脈血栓症の治療は、抗凝固療法が中心です。」
    Options: min_interval = 1; strict = false (true: no exceptions, 、 does not
    separate); allow = [] (particles never reported, e.g. ["も", "や"]).
    """
    interval = ctx.option("min_interval", 1)
    strict = ctx.option("strict", False)
    allow = set(ctx.option("allow", []))
    commas = ("、", "，")
    for unit in _units(page, PARAGRAPH_KINDS):
        for sentence in _sentences(unit):
            tokens = _concat_joshi(_tokens(sentence.text))
            if strict:
                countable = [t for t in tokens if _is_joshi(t)]
            else:
                countable = [t for t in tokens
                             if _is_joshi(t)
                             or (t.pos == "記号" and t.pos_detail_1 in ("括弧開", "括弧閉"))
                             or t.surface_form in DOUBLED_JOSHI_SEPARATORS
                             or (t.surface_form in commas and t.pos in ("名詞", "記号"))]
            position = {id(t): i for i, t in enumerate(countable)}
            groups = {}
            for token in countable:
                if _is_joshi(token):
                    key = (token.surface_form, token.pos, token.pos_detail_1, token.pos_detail_2,
                           token.pos_detail_3)
                    groups.setdefault(key, []).append(token)
            for key, group in groups.items():
                name = key[0]
                if name in allow or len(group) <= 1:
                    continue
                if not strict and _joshi_exception(group, tokens):
                    continue
                for prev, current in zip(group, group[1:]):
                    if position[id(current)] - position[id(prev)] <= interval:
                        yield _report(
                            ctx, unit, sentence.start + current.start,
                            f"particle 「{name}」 twice in one sentence "
                            f"(…{_word_before(tokens, prev)}{name}…{_word_before(tokens, current)}{name}); "
                            "reorder or split the sentence",
                            context=_short(sentence.text, 120))


def _word_before(tokens, token):
    index = next(i for i, t in enumerate(tokens) if t is token)
    return tokens[index - 1].surface_form if index > 0 else ""


# ---------------------------------------------------------------- JAS005

DESU, MASU, DA = "特殊・デス", "特殊・マス", "特殊・ダ"


def _is_last(tokens, index):
    """textlint's isLastToken: is the style word at ``index`` the end of a sentence?"""
    for token in tokens[index + 1:]:
        if "、" in token.surface_form or "。" in token.surface_form \
                or "特殊" in token.conjugated_type or token.pos == "名詞":
            return bool(re.search("[!?！？。]", token.surface_form))
    return True


def _styles(tokens, strict):
    """(kind, plain index, value) for each である / ですます among ``tokens`` (analyze-desumasu-dearu)."""
    found = []
    for index, token in enumerate(tokens):
        ctype = token.conjugated_type
        if ctype == DA:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if token.pos == "助動詞" and token.conjugated_form == "連用形" and following is not None \
                    and following.conjugated_type == "五段・ラ行アル":
                if strict or _is_last(tokens, index):
                    found.append(("である", token.start, token.surface_form + following.surface_form))
        elif ctype in (DESU, MASU):
            if token.basic_form == "やす" or token.conjugated_form != "基本形":
                continue
            if strict or _is_last(tokens, index):
                found.append(("ですます", token.start, token.surface_form))
    return found


@rule("JAS005", "no-mix-dearu-desumasu", target="page", needs_tokenizer=True)
def no_mix_dearu_desumasu(page, ctx):
    """である調 mixed with ですます調 (textlint: no-mix-dearu-desumasu).

    What: the body of a page (paragraphs) must be ですます調: each sentence-final
    「である」 is reported. Headings and list items are checked separately and
    automatically: when both styles occur among them, the less frequent one is
    reported. Only sentence-final forms count (「〜であるが」 is fine).
    Why: a patient page speaks to the reader in one voice; mixing the two styles
    reads as careless copy-and-paste.
    Example: 「門脈血栓症はまれな病気である。治療法があります。」
    Fix: 「門脈血栓症はまれな病気です。」
    Options: prefer_in_body = "ですます"; prefer_in_list = "" (automatic);
    prefer_in_header = "" (automatic); strict = false. Deliberate difference from
    the textlint preset: its preferInList is "である"; the house writes list items
    as full ですます sentences, so lists are automatic here.
    """
    strict = ctx.option("strict", False)
    prefer = {
        "body": ctx.option("prefer_in_body", "ですます"),
        "list": ctx.option("prefer_in_list", ""),
        "header": ctx.option("prefer_in_header", ""),
    }
    for part, value in prefer.items():
        if value not in ("", "ですます", "である"):
            raise ConfigError(f"[tool.pvt-lint.rules.JAS005] prefer_in_{part}: must be \"ですます\", "
                              f"\"である\" or \"\" (automatic), not {value!r}")
    label = {"body": "body", "list": "list items", "header": "headings"}
    part_of = {"paragraph": "body", "list-item": "list", "heading": "header"}
    hits = {part: {"である": [], "ですます": []} for part in prefer}
    # what a sentence must contain to hold a style word the part needs (no analysis otherwise)
    needed = {"ですます": ("であ",), "である": ("です", "ます"), "": ("であ", "です", "ます")}
    for unit in _units(page, tuple(part_of)):
        part = part_of[unit.kind]
        hints = needed.get(prefer[part], needed[""])
        for sentence in _sentences(unit):
            if not any(h in sentence.text for h in hints):
                continue
            for kind, index, value in _styles(_tokens(sentence.text), strict):
                hits[part][kind].append((unit, sentence.start + index, value))
    for part, found in hits.items():
        dearu, desumasu = found["である"], found["ですます"]
        preferred = prefer[part]
        if preferred == "ですます":
            wrong, keep = dearu, "ですます"
        elif preferred == "である":
            wrong, keep = desumasu, "である"
        elif dearu and desumasu:
            keep = "である" if len(dearu) > len(desumasu) else "ですます"
            wrong = desumasu if keep == "である" else dearu
        else:
            continue
        counts = "" if preferred else f" (である: {len(dearu)}, ですます: {len(desumasu)})"
        for unit, index, value in wrong:
            yield _report(ctx, unit, index,
                          f"「{value}」 in {label[part]} written in {keep}調{counts}; use {keep}調",
                          context=_short(unit.plain, 120))


# ---------------------------------------------------------------- JAS006

JAPANESE_CHAR = re.compile("[々〇〻\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\U00020000-\U0003FFFFぁ-んァ-ヶ]")
END_EXCEPTIONS = set("!?！？)）」』")
TRAILING_ROLES = re.compile(r"^(\s*\{[^}\s]+\}`[^`]*`)+\s*$")


@rule("JAS006", "missing-period", target="page")
def missing_period(page, ctx):
    """A paragraph whose last sentence does not end with 。 (textlint: ja-no-mixed-period).

    What: the last character of each Japanese paragraph must be 。 (or ！？ or a
    closing bracket 」』）). A paragraph ending with "." is told to use 。. As in
    textlint, list items, headings, table cells and figure captions are not
    checked (they are often fragments), nor a paragraph that ends with code or a
    link. A paragraph that ends with a citation role and no 。
    (「…運びます{cite:p}`key`」) is reported: textlint skips it, but the house puts
    the citation before the 。, so the 。 is missing.
    Why: the full stop marks where a claim ends, for readers and for the citation
    rule (a citation belongs to the sentence before its 。).
    Example: 「門脈血栓症は治療できる病気です」 Fix: 「…病気です。」
    Options: period_mark = "。"; allow_period_marks = [] (more accepted endings).
    """
    mark = ctx.option("period_mark", "。")
    allowed = set(ctx.option("allow_period_marks", [])) | {mark}
    for unit in _units(page, ("paragraph",)):
        if "figure" in unit.containers:
            continue
        plain = unit.plain.rstrip()
        last = len(plain) - 1
        source = unit.source.rstrip()
        if unit.plain_map and unit.plain_map[last] != len(source) - 1:
            rest = source[unit.plain_map[last] + 1:]
            if not TRAILING_ROLES.match(rest) or plain[last] in "。．.":
                continue  # ends with code, a link or markup (textlint does not check it either)
        if "://" in plain and BARE_URL.search(plain.split()[-1]):
            continue  # ends with a bare URL (a link to textlint)
        sentences = _sentences(unit)
        tail = sentences[-1].text if sentences else plain
        if not JAPANESE_CHAR.search(tail):
            continue
        end = plain[last]
        if end in END_EXCEPTIONS or any(plain.endswith(m) for m in allowed):
            continue
        if end in ".．":
            message, suggestion = f"sentence ends with 「{end}」; Japanese sentences end with 「{mark}」", mark
        else:
            message, suggestion = f"sentence does not end with 「{mark}」", tail[-15:] + mark
        yield _report(ctx, unit, last, message, context=_short(tail, 120),
                      suggestion=suggestion)


# ---------------------------------------------------------------- JAS007

HANKAKU_KANA = re.compile("[\uff61-\uff9f]+")


@rule("JAS007", "no-hankaku-kana", target="page")
def no_hankaku_kana(page, ctx):
    """Half-width katakana (textlint: no-hankaku-kana).

    What: finds ｱｲｳ-style half-width katakana and half-width 。「」、・ in prose.
    Why: half-width kana are a legacy encoding artefact; screen readers and
    search treat them differently, and they look broken in print.
    Example: 「ﾜﾙﾌｧﾘﾝ」 Fix: 「ワルファリン」 (the suggestion is the NFKC form).
    """
    for unit in _units(page):
        for match in HANKAKU_KANA.finditer(unit.plain):
            text = match.group()
            yield _report(ctx, unit, match.start(),
                          f"half-width katakana 「{text}」; write 「{unicodedata.normalize('NFKC', text)}」",
                          context=text, suggestion=unicodedata.normalize("NFKC", text))


# ---------------------------------------------------------------- JAS008

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f\u202a-\u202e\u200b-\u200d\u2060\ufeff]")
CONTROL_NAMES = {"\u200b": "ZERO WIDTH SPACE", "\u200c": "ZERO WIDTH NON-JOINER",
                 "\u200d": "ZERO WIDTH JOINER", "\u2060": "WORD JOINER",
                 "\ufeff": "ZERO WIDTH NO-BREAK SPACE (BOM)"}


@rule("JAS008", "no-invalid-control-character", target="page")
def no_invalid_control_character(page, ctx):
    """Invisible control characters and zero-width spaces in prose.

    What: finds C0/C1 control characters (other than tab and line feed), bidi
    embedding/override characters (U+202A–U+202E) and zero-width characters
    (U+200B–U+200D, U+2060, U+FEFF) (textlint: no-invalid-control-character and
    no-zero-width-spaces, merged into one rule).
    Why: they are invisible in the editor, break search and word counts, and are
    how copy-and-paste from PDFs and web pages smuggles garbage into the text.
    Example: 「門脈\u200b血栓症」 (a zero-width space inside the word). Fix: delete it.
    Options: allow = [] (characters to accept, e.g. ["\\u200d"] for emoji sequences).
    """
    allow = set(ctx.option("allow", []))
    for unit in _units(page):
        for match in CONTROL.finditer(unit.plain):
            char = match.group()
            if char in allow:
                continue
            name = CONTROL_NAMES.get(char) or unicodedata.name(char, "control character")
            yield _report(ctx, unit, match.start(),
                          f"invisible character U+{ord(char):04X} ({name}); delete it",
                          context=_short(unit.plain[max(0, match.start() - 10): match.end() + 10]))


# ---------------------------------------------------------------- JAS009

NFD_MARKS = re.compile("[\u3099\u309a\u309b\u309c]")


@rule("JAS009", "no-nfd", target="page")
def no_nfd(page, ctx):
    """Decomposed (NFD, "UTF8-MAC") voiced marks (textlint: no-nfd).

    What: finds a kana followed by a separate dakuten/handakuten (U+3099, U+309A,
    or the spacing ゛゜ U+309B, U+309C), as macOS file names and some PDFs produce.
    Why: 「ハ\u309a」 looks like 「パ」 but is two characters: search, sorting and
    the tokenizer treat it as a different word.
    Example: 「ヘ\u309aリン」 Fix: 「ペリン」 (the suggestion is the composed form).
    """
    for unit in _units(page):
        plain = unit.plain
        for match in NFD_MARKS.finditer(plain):
            index = match.start()
            if index == 0:
                continue
            pair = plain[index - 1: index + 1]
            composed = unicodedata.normalize(
                "NFC", pair.replace("\u309b", "\u3099").replace("\u309c", "\u309a"))
            yield _report(ctx, unit, index - 1,
                          f"decomposed voiced mark: 「{pair[0]}」 + U+{ord(pair[1]):04X}; "
                          f"write the composed 「{composed}」",
                          context=pair, suggestion=composed)


# ---------------------------------------------------------------- JAS010

PAIR_MARKS = (('"', '"'), ("[", "]"), ("(", ")"), ("{", "}"), ("「", "」"), ("（", "）"),
              ("『", "』"), ("｛", "｝"), ("［", "］"), ("〚", "〛"), ("【", "】"), ("«", "»"), ("‹", "›"))
PAIR_BY_CHAR = {}
for _open, _close in PAIR_MARKS:
    PAIR_BY_CHAR.setdefault(_open, (_open, _close))
    PAIR_BY_CHAR.setdefault(_close, (_open, _close))


@rule("JAS010", "no-unmatched-pair", target="page")
def no_unmatched_pair(page, ctx):
    """An opening bracket or quote that is never closed in its sentence (textlint: no-unmatched-pair).

    What: 「」『』（）()【】［］[]｛｝{}"" and guillemets: an opening mark without
    its closing mark in the same sentence is reported at the opening mark. Checks
    every unit (textlint checks paragraphs only; the house checks headings and
    tables too). Brackets inside bare URLs are not counted.
    Why: an unclosed 「 or （ makes the rest of the sentence read as a quotation
    or an aside, and it breaks sentence splitting (the citation rules rely on it).
    Example: 「門脈（もんみゃく は肝臓へ血液を運びます。」 Fix: 「門脈（もんみゃく）は…」
    """
    for unit in _units(page):
        for sentence in _sentences(unit):
            text = sentence.text
            if not any(ch in PAIR_BY_CHAR for ch in text):
                continue
            if "://" in text:  # brackets inside a bare URL are not prose
                text = BARE_URL.sub(lambda m: " " * len(m.group()), text)
            open_marks = []  # [(index, (open, close))]
            for index, ch in enumerate(text):
                pair = PAIR_BY_CHAR.get(ch)
                if pair is None:
                    continue
                inside = next((k for k, (_, p) in enumerate(open_marks) if p == pair), None)
                if inside is not None:
                    if ch == pair[1]:
                        del open_marks[inside]
                elif ch == pair[0]:
                    open_marks.append((index, pair))
            for index, (opening, closing) in open_marks:
                yield _report(ctx, unit, sentence.start + index,
                              f"「{opening}」 is not closed with 「{closing}」 in this sentence",
                              context=_short(text, 120))


# ---------------------------------------------------------------- JAS011

ONOMATOPOEIA = re.compile("^[ァ-ロワヲンー]*$")
REPEAT = re.compile(r"(\S{1,12}?)\1")


@rule("JAS011", "ja-no-successive-word", target="page", needs_tokenizer=True)
def ja_no_successive_word(page, ctx):
    """The same word twice in a row (textlint: ja-no-successive-word).

    What: finds a word immediately repeated (「のの」「血栓血栓」). Not reported, as in
    textlint: numerals (九九) and repeated katakana words (onomatopoeia: ドキドキ).
    Why: almost always a typing or editing slip.
    Example: 「門脈の血栓血栓が」 Fix: 「門脈の血栓が」
    Options: allow_onomatopoeia = true; allow = [] (regular expressions of words
    that may repeat).
    """
    allow_onomatopoeia = ctx.option("allow_onomatopoeia", True)
    allow = _regexes(ctx, "allow")
    for unit in _units(page):
        for sentence in _sentences(unit):
            if not REPEAT.search(sentence.text):
                continue  # no text repeats itself: no word can
            tokens = _tokens(sentence.text)
            for prev, current in zip(tokens, tokens[1:]):
                word = current.surface_form
                if prev.surface_form != word or not word.strip():
                    continue
                if any(p.search(word) for p in allow):
                    continue
                if prev.pos == current.pos == "名詞" and prev.pos_detail_1 == current.pos_detail_1 == "数":
                    continue
                if allow_onomatopoeia and ONOMATOPOEIA.match(word):
                    continue
                yield _report(ctx, unit, sentence.start + current.start,
                              f"「{word}」 twice in a row; delete one", context=_short(sentence.text, 120),
                              suggestion=word)


# ---------------------------------------------------------------- JAS012


RA_HINT = re.compile("(?<![らさ])れ")  # ら抜き has れ right after the verb stem (見れる), never られ/される


@rule("JAS012", "no-dropping-the-ra", target="page", needs_tokenizer=True)
def no_dropping_the_ra(page, ctx):
    """ら抜き言葉 (textlint: no-dropping-the-ra).

    What: finds the potential form of 一段 verbs without ら (見れる, 来れる,
    食べれる, 寝れる).
    Why: ら抜き is colloquial; in written and medical text it reads as careless.
    Example: 「超音波検査で血流が見れます。」 Fix: 「…見られます。」
    """
    for unit in _units(page):
        for sentence in _sentences(unit):
            if not RA_HINT.search(sentence.text):
                continue
            tokens = _tokens(sentence.text)
            for index, token in enumerate(tokens):
                found = None
                if token.pos == "動詞" and token.basic_form in ("来れる", "見れる"):
                    found = token.surface_form
                elif index and token.pos == "動詞" and token.pos_detail_1 == "接尾" \
                        and token.basic_form == "れる":
                    prev = tokens[index - 1]
                    if prev.pos == "動詞" and prev.pos_detail_1 == "自立" \
                            and prev.conjugated_type == "一段" and prev.conjugated_form == "未然形":
                        found = prev.surface_form + token.surface_form
                        token = prev
                if found:
                    yield _report(ctx, unit, sentence.start + token.start,
                                  f"ら抜き言葉 「{found}」; write the potential form with ら (見られる, 来られる)",
                                  context=_short(sentence.text, 120))


# ---------------------------------------------------------------- JAS013

NAI = ["ない", "無い"]
DOUBLE_NEGATIVES = (
    ("〜なくもない", [{"basic_form": NAI}, {"surface_form": "も", "pos": "助詞"},
                      {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜なくはない", [{"basic_form": NAI}, {"surface_form": "は", "pos": "助詞"},
                      {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないでもない", [{"basic_form": NAI}, {"surface_form": "で", "conjugated_form": "連用形"},
                        {"surface_form": "は", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないではない", [{"basic_form": NAI}, {"surface_form": "で", "pos": "助詞"},
                        {"surface_form": "も", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないものでもない", [{"basic_form": NAI}, {"reading": "モノ", "pos": "名詞"},
                            {"conjugated_form": "連用形", "basic_form": "だ"},
                            {"surface_form": "も", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないものではない", [{"basic_form": NAI}, {"reading": "モノ", "pos": "名詞"},
                            {"conjugated_form": "連用形", "basic_form": "だ"},
                            {"surface_form": "は", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないことはない", [{"basic_form": NAI}, {"reading": "コト", "pos": "名詞"},
                          {"surface_form": "は", "pos": "助詞"}, {"basic_form": NAI}]),
    ("〜ないこともない", [{"basic_form": NAI}, {"reading": "コト", "pos": "名詞"},
                          {"surface_form": "も", "pos": "助詞"},
                          {"basic_form": NAI, "conjugated_type": "特殊・ナイ"}]),
    ("〜ないこともない", [{"basic_form": NAI}, {"reading": "コト", "pos": "名詞"},
                          {"surface_form": "も", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないわけでもない", [{"basic_form": NAI}, {"reading": "ワケ", "pos": "名詞"},
                            {"conjugated_form": "連用形", "basic_form": "だ"},
                            {"surface_form": "も", "pos": "助詞"}, {"basic_form": NAI, "pos": "形容詞"}]),
    ("〜ないわけではない", [{"basic_form": NAI}, {"reading": "ワケ", "pos": "名詞"},
                            {"conjugated_form": "連用形", "basic_form": "だ"},
                            {"surface_form": "は", "pos": "助詞"}, {"basic_form": NAI}]),
    ("〜ないといいきれない", [{"basic_form": NAI}, {"surface_form": "と", "pos": "助詞"},
                              {"reading": "イイ"}, {"reading": "キレ", "pos": "動詞"}, {"basic_form": NAI}]),
    ("〜ないとはいいきれない", [{"basic_form": NAI}, {"surface_form": "と", "pos": "助詞"},
                                {"surface_form": "は", "pos": "助詞"}, {"reading": "イイ"},
                                {"reading": "キレ", "pos": "動詞"}, {"basic_form": NAI}]),
    ("〜ないとはかぎらない", [{"basic_form": NAI}, {"surface_form": "と", "pos": "助詞"},
                              {"surface_form": "は", "pos": "助詞"}, {"reading": "カギラ", "pos": "動詞"},
                              {"basic_form": NAI}]),
    ("〜ないともかぎらない", [{"basic_form": NAI}, {"surface_form": "と", "pos": "助詞"},
                              {"surface_form": "も", "pos": "助詞"}, {"reading": "カギラ", "pos": "動詞"},
                              {"basic_form": NAI}]),
)


DOUBLE_NEGATIVES = tuple((label, compile_pattern(pattern)) for label, pattern in DOUBLE_NEGATIVES)


@rule("JAS013", "no-double-negative", target="page", severity=WARNING, needs_tokenizer=True)
def no_double_negative(page, ctx):
    """A double negative (textlint: no-double-negative-ja).

    What: finds 〜なくはない, 〜ないでもない, 〜ないものではない, 〜ないことはない,
    〜ないわけではない, 〜ないとはいいきれない, 〜ないとはかぎらない and their も forms.
    Why: a patient should not have to untangle two negations to learn whether
    something can happen.
    Example: 「出血が起こらないとは限らない。」 Fix: 「出血が起こることがあります。」
    """
    for unit in _units(page):
        for sentence in _sentences(unit):
            text = sentence.text
            if text.count("な") + text.count("無") < 2:
                continue  # a double negative has two ない
            tokens = _tokens(text)
            if sum(t.basic_form in NAI for t in tokens) < 2:
                continue
            reported = set()
            for label, pattern in DOUBLE_NEGATIVES:
                for _, matched in match_sequences(tokens, pattern):
                    if matched[0].start in reported:
                        continue
                    reported.add(matched[0].start)
                    text = "".join(t.surface_form for t in matched)
                    yield _report(ctx, unit, sentence.start + matched[0].start,
                                  f"double negative 「{text}」 ({label}); say it positively",
                                  context=_short(sentence.text, 120))


# ---------------------------------------------------------------- JAS014


@rule("JAS014", "no-doubled-conjunction", target="page", severity=WARNING, needs_tokenizer=True)
def no_doubled_conjunction(page, ctx):
    """The same conjunction opening consecutive sentences (textlint: no-doubled-conjunction).

    What: in a paragraph or list item, a sentence whose first conjunction (しかし,
    また, そして, さらに ...) is the same as that of the previous sentence that had
    one.
    Why: 「また、…。また、…。」 is monotonous and hides how the ideas relate.
    Example: 「しかし、出血が心配です。しかし、治療の利益が上回ります。」
    Fix: 「出血が心配です。それでも、治療の利益が上回ります。」
    """
    for unit in _units(page, PARAGRAPH_KINDS):
        sentences = _sentences(unit)
        if len(sentences) < 2:
            continue
        previous = None
        for sentence in sentences:
            tokens = _tokens(sentence.text)
            conjunctions = [t for i, t in enumerate(tokens) if t.pos == "接続詞"
                            and not (i and tokens[i - 1].pos_detail_1 == "空白")]
            if conjunctions:
                first = conjunctions[0]
                if previous is not None and first.surface_form == previous.surface_form:
                    yield _report(ctx, unit, sentence.start + first.start,
                                  f"conjunction 「{first.surface_form}」 repeats the previous sentence's; "
                                  "vary or drop it", context=_short(sentence.text, 120))
                previous = first


# ---------------------------------------------------------------- JAS015

WEAK_PHRASES = (
    ("「かも」", [{"surface_form": "かも", "pos": "助詞", "pos_detail_1": "副助詞"},
                 {"surface_form": "。", "pos": "記号", "pos_detail_1": "句点"}]),
    ("「かもしれない」", [{"surface_form": "かも", "pos": "助詞", "pos_detail_1": "副助詞"},
                       {"surface_form": "しれ", "pos": "動詞", "pos_detail_1": "自立", "conjugated_type": "一段",
                        "conjugated_form": ["連用形", "未然形"], "basic_form": "しれる"}]),
    ("「思う」", [{"surface_form": "思う", "pos": "動詞", "pos_detail_1": "自立",
                 "conjugated_type": "五段・ワ行促音便", "conjugated_form": "基本形", "basic_form": "思う"}]),
    ("「思います」", [{"surface_form": "思い", "pos": "動詞", "pos_detail_1": "自立",
                    "conjugated_type": "五段・ワ行促音便", "conjugated_form": "連用形", "basic_form": "思う"},
                   {"surface_form": "ます", "pos": "助動詞", "conjugated_type": "特殊・マス",
                    "conjugated_form": "基本形"}]),
    ("「可能性を示唆している」", [{"surface_form": "可能", "pos": "名詞"}, {"surface_form": "性", "pos": "名詞"},
                             {"surface_form": "を", "pos": "助詞"}, {"surface_form": "示唆", "pos": "名詞"},
                             {"surface_form": "し", "pos": "動詞", "basic_form": "する"},
                             {"surface_form": "て", "pos": "助詞"},
                             {"surface_form": "いる", "pos": "動詞", "pos_detail_1": "非自立"}]),
)


WEAK_PHRASES = tuple((label, compile_pattern(pattern)) for label, pattern in WEAK_PHRASES)


@rule("JAS015", "ja-no-weak-phrase", target="page", severity=WARNING, needs_tokenizer=True)
def ja_no_weak_phrase(page, ctx):
    """A weak phrase: かも, かもしれない, 思う, 思います, 可能性を示唆している (textlint: ja-no-weak-phrase).

    What: finds phrases that hedge without saying how sure the evidence is.
    Why: in medical text a hedge must carry information: how often, how likely,
    according to what. 「〜かもしれません」 tells the reader nothing.
    Example: 「抗凝固療法で血栓が消えるかもしれません。」
    Fix: 「抗凝固療法を受けた人の約7割で血栓が消えたと報告されています{cite:p}`loffredo-2017`。」
    A warning: real uncertainty may stay hedged; say 「〜可能性があります」 with a source.
    """
    for unit in _units(page):
        for sentence in _sentences(unit):
            text = sentence.text
            if "かも" not in text and "思" not in text and "示唆" not in text:
                continue
            tokens = _tokens(text)
            for label, pattern in WEAK_PHRASES:
                for _, matched in match_sequences(tokens, pattern):
                    yield _report(ctx, unit, sentence.start + matched[0].start,
                                  f"weak phrase {label}; say how likely, and cite the source",
                                  context=_short(text, 120))


# ---------------------------------------------------------------- JAS016

PUNCTUATION = ["、", "､", "，", ","]
SURU = {"surface_form": "する", "pos": "動詞", "pos_detail_1": "自立", "conjugated_type": "サ変・スル",
        "conjugated_form": "基本形", "basic_form": "する"}
DE_ARU = [{"surface_form": "で", "pos": "助動詞", "conjugated_type": "特殊・ダ", "conjugated_form": "連用形",
           "basic_form": "だ"}, {"reading": "アル"}]
SAHEN_WO = [{"pos": "名詞", "pos_detail_1": "サ変接続"},
            {"surface_form": "を", "pos": "助詞", "pos_detail_1": "格助詞", "pos_detail_2": "一般"},
            {"surface_form": PUNCTUATION, "_skippable": True}]
REDUNDANT = (
    ("することが可能", "「〜することが可能」→「〜できる」「〜可能」",
     [SURU, {"pos": "名詞", "reading": "コト"}, {"pos": "助詞"}, {"surface_form": PUNCTUATION, "_skippable": True},
      {"basic_form": ["可", "可能", "不可能", "不能", "不可"]}, {"pos": "助動詞"}], ()),
    ("することができる", "「〜することができます」→「〜できます」",
     [SURU, {"pos": "名詞", "reading": "コト"}, {"pos": "助詞"}, {"surface_form": PUNCTUATION, "_skippable": True},
      {"pos": "動詞", "pos_detail_1": "自立", "basic_form": "できる"}, {}], ()),
    ("であると言えます", "「〜であると言えます」→「〜です」",
     DE_ARU + [{"surface_form": PUNCTUATION, "_skippable": True}, {"surface_form": "と", "pos": "助詞"},
               {"surface_form": PUNCTUATION, "_skippable": True},
               {"pos": "動詞", "pos_detail_1": "自立", "conjugated_type": "一段", "conjugated_form": "連用形",
                "reading": "イエ"},
               {"surface_form": "ます", "pos": "助動詞", "conjugated_type": "特殊・マス",
                "conjugated_form": "基本形"}], ()),
    ("であると考えている", "「〜であると考えています」→「〜と考えています」",
     DE_ARU + [{"surface_form": PUNCTUATION, "_skippable": True}, {"surface_form": "と", "pos": "助詞"},
               {"surface_form": PUNCTUATION, "_skippable": True},
               {"surface_form": "考え", "pos": "動詞", "pos_detail_1": "自立", "conjugated_form": "連用形",
                "basic_form": "考える"},
               {"surface_form": "て", "pos": "助詞", "pos_detail_1": "接続助詞"},
               {"surface_form": PUNCTUATION, "_skippable": True},
               {"pos": "動詞", "pos_detail_1": "非自立", "basic_form": "いる"},
               {"surface_form": "ます", "pos": "助動詞", "conjugated_type": "特殊・マス", "_skippable": True}], ()),
    ("〜を行う", "「〜を行う」→「〜する」（例: 検査を行います → 検査します）",
     SAHEN_WO + [{"pos": "動詞", "pos_detail_1": "自立", "conjugated_type": "五段・ワ行促音便",
                  "basic_form": "行う"}],
     (re.compile("^処理を行[ぁ-ん]"), re.compile("^[ァ-ヶ]+を.?行[ぁ-ん]"), re.compile("^[a-zA-Z]+を.?行[ぁ-ん]"))),
    ("〜を実行", "「〜を実行する」→「〜する」",
     SAHEN_WO + [{"surface_form": "実行", "pos": "名詞", "pos_detail_1": "サ変接続"}],
     (re.compile("^処理を実行"), re.compile("^[ァ-ヶ]+を.?実行"), re.compile("^[a-zA-Z]+を.?実行"))),
)


REDUNDANT = tuple((name, advice, compile_pattern(pattern), allows) for name, advice, pattern, allows in REDUNDANT)
REDUNDANT_HINT = re.compile("こと|事|ある|有る|行|実行")  # a sentence without these cannot match


@rule("JAS016", "ja-no-redundant-expression", target="page", severity=WARNING, needs_tokenizer=True)
def ja_no_redundant_expression(page, ctx):
    """A redundant expression (textlint: ja-no-redundant-expression).

    What: in paragraphs and list items, finds 「することが可能」「することができる」
    「であると言えます」「であると考えている」「〜を行う」「〜を実行」.
    Why: shorter sentences are easier to read; these add words, not meaning.
    Example: 「血液検査を行います。」「治療することができます。」
    Fix: 「血液検査をします。」「治療できます。」
    Options: disabled = [] (phrases not to report, by their name above, e.g.
    ["〜を行う"]).
    """
    disabled = set(ctx.option("disabled", []))
    active = [entry for entry in REDUNDANT if entry[0] not in disabled]
    for unit in _units(page, PARAGRAPH_KINDS):
        for sentence in _sentences(unit):
            if not REDUNDANT_HINT.search(sentence.text):
                continue
            tokens = _tokens(sentence.text)
            for name, advice, pattern, allows in active:
                for _, matched in match_sequences(tokens, pattern):
                    text = "".join(t.surface_form for t in matched)
                    if any(a.search(text) for a in allows):
                        continue
                    yield _report(ctx, unit, sentence.start + matched[0].start,
                                  f"redundant expression 「{text}」: {advice}", context=text)


# ---------------------------------------------------------------- JAS017

ZEN = "(?:[、。]|[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\U00020000-\U0003FFFF]|[ぁ-んァ-ヶ])"
HAN_SPACE_ZEN = re.compile(f"[A-Za-z0-9]([ \u3000]){ZEN}")
ZEN_SPACE_HAN = re.compile(f"{ZEN}([ \u3000])[A-Za-z0-9]")


@rule("JAS017", "space-between-full-and-half-width", target="page")
def space_between_full_and_half_width(page, ctx):
    """A space between full-width and half-width characters (textlint: ja-space-between-half-and-full-width, "never").

    What: finds a space between Japanese (kanji, kana, 、。) and ASCII letters or
    digits: 「造影 CT 検査」, 「約 7 割」. A space next to 、 or 。 is left to
    other rules, as in textlint.
    Why: house setting: Japanese text sets Latin letters and digits without
    spaces (the typesetting adds the spacing), so the pages look the same
    everywhere and search finds 「造影CT」.
    Example: 「造影 CT で確認します。」 Fix: 「造影CTで確認します。」
    Options: allows = [] (regular expressions of text where a space is fine).
    """
    allows = _regexes(ctx, "allows")
    for unit in _units(page):
        plain = unit.plain
        if " " not in plain and "\u3000" not in plain:
            continue
        allowed = [m.span() for p in allows for m in p.finditer(plain)]
        spaces = set()
        for pattern, zen_offset in ((HAN_SPACE_ZEN, 2), (ZEN_SPACE_HAN, 0)):
            for match in pattern.finditer(plain):
                space = match.start(1)
                if plain[match.start() + zen_offset] in "、。":
                    continue
                if any(a <= space < b for a, b in allowed):
                    continue
                spaces.add(space)
        for space in sorted(spaces):
            yield _report(ctx, unit, space,
                          "space between full-width and half-width characters; delete it",
                          context=_short(plain[max(0, space - 8): space + 8]), suggestion="")


# ---------------------------------------------------------------- JAS018


@rule("JAS018", "inconsistent-term", target="page")
def inconsistent_term(page, ctx):
    """A term spelt differently from the house spelling (one spelling across all pages).

    What: lint/data/ja-terms.toml maps each preferred spelling to its variants
    (か月: ヶ月/カ月/ヵ月; 抗凝固療法: 抗凝固治療; 再開通: 再疎通; 骨髄増殖性腫瘍:
    骨髄増殖性疾患 ...); each use of a variant on any page is reported with the
    preferred form, so every page of the project ends up with one spelling.
    Why: one concept, one word: a reader who meets 抗凝固療法 and 抗凝固治療 on
    two pages wonders whether they are two treatments; search and the glossary
    find one spelling only.
    Example: 「6ヶ月間の抗凝固治療」 Fix: 「6か月間の抗凝固療法」
    Options: terms = path of another term list (relative to the project root).
    """
    terms = terms_for(ctx)
    for unit in _units(page):
        for start, _end, variant, term in terms.variants_in(unit.plain):
            note = f" {term.note}" if term.note else ""
            yield _report(ctx, unit, start,
                          f"「{variant}」: the house spelling is 「{term.preferred}」.{note}",
                          context=_short(unit.plain[max(0, start - 10): start + len(variant) + 10]),
                          suggestion=term.preferred)
