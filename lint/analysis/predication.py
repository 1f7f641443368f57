"""Predicates of a Japanese sentence by their grammar: where a clause's predicate is, and what kind.

The MED rules judge a sentence as a whole (issue 18, ninth round): a promise, a result or an
evaluation is recognised by the form of its predicate, not by a listed word. This module knows
only grammar (IPADIC parts of speech, conjugation, auxiliaries), never words of advertising:

- a predicate head is an independent verb (動詞・自立), an independent adjective (形容詞・自立), an
  adjectival noun (名詞・形容動詞語幹) used as a predicate or attributively (安全な, 完璧に), or a verbal
  noun with する (改善する);
- it is a *change* when it is なる with a complement (薄くなる, ゼロになる, きれいになる), a verb of
  transformation with its result in に (素肌に生まれ変わる), or a verb
  with the auxiliary verbs of movement in time (戻ってくる, 壊れていく, 壊れはじめる);
- it is *potential or passive* when れる/られる follow it (やめられる, 選ばれる: IPADIC does not
  tell the two apart), and *past* when た is in its auxiliaries (消えました);
- ``governed_predicate`` finds the predicate an adverb or a quantifier governs: the first head
  after it in its clause (必ず髪のボリュームが戻ってきます → 戻る).

The words each rule accepts as a frame or a class (the clinic, a certainty adverb, a competitor)
are the rule's data, not this module's.
"""

from functools import lru_cache
from itertools import repeat
from typing import NamedTuple

from ..japanese.tokenizer import tokenize
from ..japanese.wordpattern import lemma as _lemma

__all__ = ["SENTENCE_MARKS", "Predicate", "governed_predicate", "potential", "predicate_at", "predicates"]

# what ends the clause an adverb belongs to: a sentence mark or a conjunctive particle of reason or
# contrast (〜ので、〜が、〜けれど); a comma after a continuative form does not (消え、…: the same clause chain)
SENTENCE_MARKS = {"。", "!", "?", "！", "？", "…", "―", "—"}
CLAUSE_PARTICLES = {
    "ので",
    "から",
    "が",
    "けれど",
    "けれども",
    "けど",
    "のに",
    "ば",
    "たら",
    "なら",
    "ても",
    "でも",
    "し",
}
# auxiliary verbs of a change coming about (戻ってくる, 壊れはじめる); not 〜していく or 〜し続ける, which
# are also the speaker's plans (お答えしていきます) and durations (残り続けます)
TIME_AUX = {"くる", "来る", "はじめる", "始める", "だす", "出す"}
COPULA_FORMS = {"だ", "です", "な", "に", "で", "だっ", "でし", "じゃ"}
# verbs of giving and receiving after a verbal noun: ご相談いただけます is 相談 as the predicate
# (and する, できる, いたす: 利用できます, 除去いたします are 利用, 除去 as the predicate)
BENEFACTIVE = {"いただく", "いただける", "頂く", "頂ける", "くださる", "下さる", "できる", "出来る", "いたす", "致す"}
# なる and its potential; a compound verb ending in なる (なくなる, よくなる) is a change by itself
BECOME = {"なる", "なれる", "成る"}
# verbs of renewal that take their result with に as なる does (素肌に生まれ変わる); not 変わる, which
# also tells a notice (受付時間が9時に変わります)
TRANSFORM = {"生まれ変わる", "変身", "変貌", "若返る"}
# auxiliaries of tendency or possibility: 認知症になりやすい, 起こりうる
TENDENCY = {"やすい", "にくい", "がち", "うる", "得る", "える"}
# deictic adverbs before なる: このお腹が、こうなりました shows a result
DEICTIC = {"こう", "こんなに", "ここまで", "このように", "こんな"}


# nouns that make なる an idiom of feeling or attention rather than a change: 気になる, 癖になる
IDIOM_NOUNS = {"気", "癖", "くせ", "お世話", "世話"}
# (forty-third session) values held: 大切にしてきました is an attitude kept over the years, not a change that came
# about (〜を大切にする, 大事にする)
VALUE_WORDS = {"大切", "大事", "重要", "重視", "重要視"}


class Predicate(NamedTuple):
    head: int  # index of the head word (the verbal noun for 改善する, the stem for 安全な)
    end: int  # index past its auxiliaries
    pos: str  # verb | adjective | adjectival
    change: bool  # なる with a complement, or a verb with くる / いく / はじめる
    passive: bool  # れる / られる follow: a potential or a passive
    past: bool  # た among its auxiliaries
    tendency: bool = False  # やすい, にくい, がち, うる among them: a tendency or a possibility, not a promise

    def lemma(self, tokens):
        t = tokens[self.head]
        return t.basic_form if t.basic_form != "*" else t.surface_form


def _head_kind(tokens, i):
    """'verb', 'adjective', 'adjectival' or None for the word at ``i``."""
    t = tokens[i]
    n = len(tokens)
    if t.pos == "動詞" and t.pos_detail_1 == "自立":
        if (
            _lemma(t) in BENEFACTIVE | {"する"}
            and i
            and tokens[i - 1].pos == "名詞"
            and tokens[i - 1].pos_detail_1 == "サ変接続"
        ):
            return None  # the verbal noun before it is the head
        return "verb"
    if t.pos == "形容詞" and t.pos_detail_1 == "自立":
        return "adjective"
    if t.pos == "名詞" and t.pos_detail_1 == "形容動詞語幹":
        following = tokens[i + 1].surface_form if i + 1 < n else ""
        return "adjectival" if following in COPULA_FORMS or not following else None
    if (
        t.pos == "名詞"
        and t.pos_detail_1 == "サ変接続"
        and i + 1 < n
        and _lemma(tokens[i + 1]) in BENEFACTIVE | {"する"}
    ):
        return "verb"
    return None


def predicate_at(tokens, i):
    """The Predicate whose head is at ``i``, or None."""
    kind = _head_kind(tokens, i)
    if kind is None:
        return None
    n = len(tokens)
    t = tokens[i]
    lemma = lemma_of_head = _lemma(t)
    # なくなる, よくなる: an adjective's く fused with なる (not 異なる, 重なる)
    compound = kind == "verb" and len(lemma) > 3 and lemma.endswith("くなる")
    # ご覧になる, お休みになる: an honorific of another verb, not a change
    honorific = i > 1 and (
        tokens[i - 2].surface_form[:1] in ("お", "ご", "御")
        and tokens[i - 2].pos == "名詞"
        or (i > 2 and tokens[i - 3].surface_form in ("お", "ご", "御"))
    )
    # 気になる, 気にかかる: an idiom of concern, not a change of state (気になる方は当院へ)
    idiom = i > 1 and tokens[i - 1].surface_form == "に" and _lemma(tokens[i - 2]) in IDIOM_NOUNS
    change = not idiom and (
        compound
        or (
            # a verb of transformation with its result (〜な肌に生まれ変わる): a change as なる is
            kind == "verb" and lemma in TRANSFORM and i > 0 and tokens[i - 1].surface_form == "に"
        )
        or (
            kind == "verb"
            and lemma in BECOME
            and i > 0
            and not honorific
            and (
                _lemma(tokens[i - 1]) in DEICTIC
                or tokens[i - 1].surface_form == "に"
                # an adjective's own 連用 form (薄く); not a tendency (出やすく, 治りにくく: 非自立 or 接尾)
                or (
                    tokens[i - 1].pos == "形容詞"
                    and tokens[i - 1].pos_detail_1 == "自立"
                    and tokens[i - 1].conjugated_form.startswith("連用")
                )
                or (tokens[i - 1].pos == "助動詞" and _lemma(tokens[i - 1]) in ("ない", "ぬ"))
            )
        )
    )
    k = i + 1
    if t.pos == "名詞" and k < n and _lemma(tokens[k]) in BENEFACTIVE | {"する"}:
        k += 1  # 改善 + する, ご相談 + いただける
    passive = past = tendency = False
    while k < n:
        u = tokens[k]
        lemma = _lemma(u)
        tendency = tendency or lemma in TENDENCY
        if u.pos == "助動詞" or (u.pos in ("動詞", "形容詞") and u.pos_detail_1 in ("非自立", "接尾")):
            passive = passive or lemma in ("れる", "られる")
            # not the conditional たら (1歳になったら: a supposition, not a change told as done)
            past = past or (u.pos == "助動詞" and lemma == "た" and not u.conjugated_form.startswith("仮定"))
            change = change or (u.pos == "動詞" and lemma in TIME_AUX)
            k += 1
            continue
        if u.surface_form in ("て", "で") and u.pos == "助詞" and k + 1 < n and tokens[k + 1].pos_detail_1 == "非自立":
            k += 1
            continue
        # 壊れはじめる: a compound verb of beginning is a change in time
        if u.pos == "動詞" and lemma in TIME_AUX and tokens[k - 1].conjugated_form.startswith("連用"):
            change = True
            k += 1
            continue
        break
    if kind == "adjectival":
        k = i + 1
    if lemma_of_head in ("する", "いたす", "致す") and i > 1 and tokens[i - 1].surface_form == "に":
        change = change and _lemma(tokens[i - 2]) not in VALUE_WORDS
    return Predicate(i, k, kind, change, passive, past, tendency)


_PREDICATES: dict = {}  # id of a sentence's tokens -> (the tokens, their predicates)


def predicates(tokens):
    """Every Predicate of the sentence, in order (a tuple).

    A sentence's predicates are read by several checks of it (MED's verdicts read them three
    times): they are kept for a tuple of tokens, by identity (hashing the tokens would cost as much
    as reading them), with the tuple itself, so that its id is not taken by another's."""
    key = id(tokens)
    known = _PREDICATES.get(key)
    if known is not None and known[0] is tokens:
        return known[1]
    found = tuple(p for p in map(predicate_at, repeat(tokens), range(len(tokens))) if p is not None)
    if isinstance(tokens, tuple):
        if len(_PREDICATES) > 4096:
            _PREDICATES.clear()
        _PREDICATES[key] = tokens, found
    return found


def governed_predicate(tokens, k, limit=14):
    """The first predicate head from ``k`` within the clause (the predicate an adverb or a
    quantifier at ``k - 1`` modifies), or None at the end of the clause."""
    for j in range(k, min(len(tokens), k + limit)):
        t = tokens[j]
        if t.surface_form in SENTENCE_MARKS:
            return None
        p = predicate_at(tokens, j)
        if (
            p is not None
            and p.pos == "adjectival"
            and j + 1 < len(tokens)
            and tokens[j + 1].surface_form in ("に", "で")
        ):
            continue  # an adverbial use (無料で, きれいに): the verb after it is the predicate
        if p is not None:
            # a predicate inside a relative clause modifies a noun: 確実に効果の出る治療 is still governed
            return p
        if t.pos == "助詞" and t.pos_detail_1 == "接続助詞" and t.surface_form in CLAUSE_PARTICLES:
            return None
    return None


# the e-row kana of a potential verb's stem and the u-row kana of the godan verb it comes from (噛め-る → 噛む)
E_TO_U = dict(zip("えけげせてねべめれ", "うくぐすつぬぶむる", strict=True))


@lru_cache(maxsize=1024)
def _godan(form):
    """Whether ``form`` is one godan verb to the tokenizer (噛む, 歩く), so that the ichidan verb with the
    e-row stem is its lexical potential (噛める, 歩ける) rather than a verb of its own (食べる: 食ぶ is none)."""
    words = [t for t in tokenize(form) if t.pos != "記号"]
    return len(words) == 1 and words[0].pos == "動詞" and words[0].conjugated_type.startswith("五段")


def potential(tokens, p):
    """Whether the Predicate ``p`` says what one can do: れる / られる after it (食べられる; IPADIC does not
    tell them from a passive), できる, or a lexical potential verb (噛める, 歩ける: an ichidan verb whose
    stem ends on the e-row kana of a godan verb's ending)."""
    if p.pos != "verb":
        return False
    if (
        p.passive
        or _lemma(tokens[p.head]) in ("できる", "出来る")
        or any(_lemma(t) in ("できる", "出来る") for t in tokens[p.head + 1 : p.end])
    ):
        return True
    lemma = _lemma(tokens[p.head])
    if not (tokens[p.head].conjugated_type.startswith("一段") and len(lemma) >= 2 and lemma.endswith("る")):
        return False
    row = E_TO_U.get(lemma[-2])
    return row is not None and _godan(lemma[:-2] + row)
