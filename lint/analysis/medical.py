"""A positive test of medical content: does a Japanese sentence say anything of health?

The claim analysis (lint.analysis.claims) reads every sentence as a claim unless its grammar
exempts it. For a plain statement whose grammar decides nothing (no health number, no
recommendation, no contraindication, no instruction) that default meets an open class of
administrative, service and encouragement sentences. This test is the other side: such a
statement needs a source only when one of its words is of health.

A word is of health by generative classes (lint/data/medical-content.toml), so that words never
seen fall into them:

- kanji classes: a word written with a kanji of the radical 疒 (病, 症, 痛, 疹, 療), of the body
  (肉/月: 肝, 腎, 脳, 膝; 骨, 歯, 血) or of medicine and care (薬, 剤, 医, 診, 治, 術, 炎, 熱);
- morphemes a compound may hold (検査, 接種, 感染, 副作用, ワクチン), and nouns of evidence (研究,
  調査, 報告: a report of what studies found is a claim);
- whole words of health (がん, めまい, 体, 喉, 苦しい, 食べる) and the sign and effect words of
  claim-words.toml (症状, 出血, 予防, 改善, リスク);
- a katakana word the dictionary does not know (アピキサバン, ワーファリン): in a patient
  leaflet most are the names of medicines.

A noun compound whose head names a person, a place, an institution, a document or a fee (医師,
薬局, 糖尿病外来, 診察券, 医療費) is who or where, not health, whatever modifies it.

English has its own test (lint.analysis.medical_en, thirty-first session): the common words of health (pain,
blood, asthma) are in the general dictionary and no installed lexicon sets them apart (benchmarks/README.md,
section 5), so it reads the endings of the combining forms and tables of its own.
"""

from functools import lru_cache
from pathlib import Path

from ..parsing.word_tables import load_word_tables, table
from .grammar import CONDITION_NOUNS

MEDICAL_CONTENT = Path(__file__).resolve().parent.parent / "data" / "medical-content.toml"
CLAIM_WORDS = Path(__file__).resolve().parent.parent / "data" / "claim-words.toml"
_TABLES = load_word_tables(MEDICAL_CONTENT)
_CLAIM_TABLES = load_word_tables(CLAIM_WORDS)


def _kanji(name):
    return frozenset("".join(table(_TABLES, MEDICAL_CONTENT, name)))


MEDICAL_KANJI = _kanji("illness_kanji") | _kanji("body_kanji") | _kanji("care_kanji")
# words of evidence count as words of health: a report of what studies found needs its source
MORPHEMES = tuple(table(_TABLES, MEDICAL_CONTENT, "medical_morphemes")) + tuple(
    table(_TABLES, MEDICAL_CONTENT, "evidence_nouns")
)
HEALTH_WORDS = frozenset(table(_TABLES, MEDICAL_CONTENT, "health_words")).union(
    table(_CLAIM_TABLES, CLAIM_WORDS, "sign_nouns"), table(_CLAIM_TABLES, CLAIM_WORDS, "effect_words")
)
NON_HEALTH_HEADS = tuple(
    set(table(_TABLES, MEDICAL_CONTENT, "non_health_heads")).union(
        table(_CLAIM_TABLES, CLAIM_WORDS, "institution_nouns"),
        table(_CLAIM_TABLES, CLAIM_WORDS, "service_nouns"),
        table(_CLAIM_TABLES, CLAIM_WORDS, "administrative_head_nouns"),
    )
)
SEPARATE_HEADS = frozenset(table(_TABLES, MEDICAL_CONTENT, "separate_heads"))
NON_HEALTH_HEADS = tuple(h for h in NON_HEALTH_HEADS if h not in SEPARATE_HEADS)
_CONTENT = ("名詞", "動詞", "形容詞", "副詞", "接頭詞")


def _lemma(token):
    return token.basic_form if token.basic_form != "*" else token.surface_form


def _katakana(text):
    return bool(text) and all("\u30a0" <= ch <= "\u30ff" for ch in text)


# the potential of a godan verb as its own ichidan verb (歩ける, 飲める): read as the verb (歩く, 飲む)
_E_TO_U = str.maketrans("えけげせてねべめれ", "うくぐすつぬぶむる")


NOT_HEALTH_WORDS = frozenset(table(_TABLES, MEDICAL_CONTENT, "not_health_words"))


def _word_is_medical(token):
    lemma = _lemma(token)
    if lemma in NOT_HEALTH_WORDS:
        return False
    if lemma in HEALTH_WORDS or token.surface_form in HEALTH_WORDS:
        return True
    if (
        token.pos == "動詞"
        and len(lemma) > 2
        and lemma.endswith("る")
        and lemma[:-2] + lemma[-2].translate(_E_TO_U) in HEALTH_WORDS
    ):
        return True
    if any(ch in MEDICAL_KANJI for ch in token.surface_form + lemma):
        return True
    # a noun the dictionary does not know: in a patient leaflet mostly a medicine's name (アピキサバン)
    # or a technical term (側弯 is 側 + an unknown 弯)
    return (
        token.pos == "名詞"
        and token.pos_detail_1 == "一般"
        and token.basic_form == "*"
        and not token.surface_form.isascii()  # a link's target (md, https) is no term
        and not _known_katakana_compound(token.surface_form)
    )


@lru_cache(maxsize=4096)
def _known_katakana_compound(word):
    """(thirty-eighth session, issue 11) A katakana word the dictionary does not know that is written wholly of
    katakana nouns it does know (エントランスホール = エン + トランス + ホール, as the tokenizer splits ウォーキングマシン):
    a compound of everyday loanwords, not a medicine's or a test's name, none of which splits so (アピキサバン,
    フェリチン, マンモグラフィ, クレアチニン). Unknown katakana had counted as health in service lines (an ATM and a shop in
    the entrance hall)."""
    if not _katakana(word) or len(word) < 4:
        return False
    from ..japanese.tokenizer import tokenize

    def known(part):
        tokens = tokenize(part)
        return len(tokens) == 1 and tokens[0].basic_form != "*" and tokens[0].pos == "名詞"

    # fewest[i]: word[:i] as known nouns, with the fewest of two characters (None: no split). Short nouns split a
    # medicine's name too (ワル + ファ + リン): at most one is allowed (エン + トランス + ホール)
    fewest: list[int | None] = [0] + [None] * len(word)
    for start in range(len(word)):
        if fewest[start] is None:
            continue
        for end in range(start + 2, len(word) + 1):
            if known(word[start:end]):
                short = fewest[start] + (end - start == 2)
                if fewest[end] is None or short < fewest[end]:
                    fewest[end] = short
    return fewest[-1] is not None and fewest[-1] <= 1


def _medical_in(group):
    """A word of the compound is of health; a suffix after a number or a counter is an ordinal or a count, whatever
    its kanji (the 目 of 2回目 and 3日目 is no eye; thirty-ninth session)."""
    for k, token in enumerate(group):
        if (
            k
            and token.pos_detail_1 == "接尾"
            and (group[k - 1].pos_detail_1 in ("数", "接尾") or _counted(group[k - 1].surface_form))
            and token.pos_detail_2 != "助数詞"
        ):
            continue
        if k and token.surface_form == "口" and token.pos_detail_1 == "接尾":
            continue  # (forty-second session) an entrance (通用 + 口, 改札 + 口), not the mouth
        if _word_is_medical(token):
            return True
    return False


def _counted(word):
    """A count in native numerals that IPADIC tags a plain noun (一つ, 二つ, 三つ): 二つ目 is the second."""
    return len(word) == 2 and word[1] == "つ" and word[0] in "一二三四五六七八九"


def _has_morpheme(group):
    """(thirty-ninth session) A medical morpheme in the compound, on the tokenizer's word boundaries: inside one word the
    tokenizer did not know (側弯 = 側 + an unknown 弯 is two words, both whole), or over whole words; never the
    first characters of a longer word (再発 is not in 再 + 発行, 再発行 is a reissue)."""
    compound = "".join(t.surface_form for t in group)
    present = [m for m in MORPHEMES if m in compound]
    if not present:
        return False  # the common case, as cheap as the substring test it replaced (read for every compound)
    starts, ends, position = set(), set(), 0
    for token in group:
        starts.add(position)
        position += len(token.surface_form)
        ends.add(position)
    for morpheme in present:
        at = compound.find(morpheme)
        while at >= 0:
            end = at + len(morpheme)
            inside_one = not any(at < b < end for b in ends)
            if inside_one or (at in starts and end in ends):
                return True
            at = compound.find(morpheme, at + 1)
    return False


def noun_groups(tokens):
    """The compounds of nouns (and prefixes) of a sentence, with the index of the token after each."""
    return [(group, after) for group, after in _groups(tokens) if group[0].pos in ("名詞", "接頭詞")]


def _groups(tokens):
    """The content words of a sentence: each run of nouns (and prefixes) as one compound, each
    verb, adjective or adverb on its own; with the index of the token after each."""
    run = []
    for i, token in enumerate(tokens):
        if token.pos in ("名詞", "接頭詞"):
            run.append(token)
            continue
        if run:
            yield run, i
            run = []
        if token.pos in _CONTENT:
            yield [token], i + 1
    if run:
        yield run, len(tokens)


OCCASION_NOUNS = frozenset(table(_TABLES, MEDICAL_CONTENT, "occasion_nouns"))
PROCEDURES = tuple(table(_TABLES, MEDICAL_CONTENT, "procedures"))


def _occasion(group, tokens, after, service_heads):
    """The compound only names the occasion or the service a practical matter belongs to: it ends in a noun of
    the time before or during it (検査前に, 入院中は, 検査の前日は: occasion_nouns), in a head of a service's
    arrangements (検査着, 検査時間, 接種料金: service_heads), or it modifies one through の (ワクチンの接種料金)."""
    # only a procedure or a visit names an occasion (検査前, 入院中); a bodily process does not (睡眠の時間 is of
    # health), and the time of a sign is a condition of care (発作中は, 出血の際は)
    compound = "".join(t.surface_form for t in group)
    procedure = any(p in compound for p in PROCEDURES)
    if not procedure and any(_is_sign(t) for t in group):
        return False  # (a procedure's name may hold a disease: がん検診, 喘息の治療中)
    # the day of a procedure (手術日) is the occasion itself, unless a time after it follows (手術日の翌日: care)
    day_of_it = _lemma(group[-1]) == "日" and after < len(tokens) and tokens[after].surface_form == "の"
    if procedure and len(group) > 1 and _lemma(group[-1]) in OCCASION_NOUNS and not day_of_it:
        return True
    if procedure and len(group) > 1 and compound.endswith(service_heads):
        return True
    if after + 1 < len(tokens) and tokens[after].surface_form == "の":
        following = []
        for token in tokens[after + 1 :]:
            if token.pos not in ("名詞", "接頭詞"):
                break
            following.append(token)
        if not following:
            return False
        head = "".join(t.surface_form for t in following)
        # 検査の前日, 手術の際; ワクチンの接種料金: the noun before の says which procedure's arrangement
        if procedure and _lemma(following[0]) in OCCASION_NOUNS:
            return True
        # (thirtieth session) a count of days before it (検査の3日前, 手術日の2週間前): the time before the procedure
        counted = following[:-1]
        if (
            procedure
            and counted
            and _lemma(following[-1]) in OCCASION_NOUNS
            and counted[0].pos_detail_1 == "数"
            and all(t.pos_detail_1 in ("数", "接尾") for t in counted)
        ):
            return True
        return (procedure or any(p in head for p in PROCEDURES)) and head.endswith(service_heads)
    return False


SIGN_WORDS = frozenset(table(_CLAIM_TABLES, CLAIM_WORDS, "sign_nouns")).union(
    table(_CLAIM_TABLES, CLAIM_WORDS, "effect_words")
)
ILLNESS_KANJI = _kanji("illness_kanji")


def _is_sign(token):
    """A word of illness, a sign or an effect (発作, 出血, 痛み): the time of one is a condition of care."""
    return _lemma(token) in SIGN_WORDS or any(ch in ILLNESS_KANJI for ch in token.surface_form)


def medical_words(tokens, service_heads=None):
    """The words that make a sentence medical (empty: it says nothing of health). With ``service_heads``
    (the practical exemption of CIT001) a compound that only names the occasion or the service of a practical
    matter (検査前に, 検査着, ワクチンの接種料金) does not count: an occasion AFTER care (検査後, 手術の翌日) is
    not among occasion_nouns, as what the reader is told to do then is care."""
    found = []
    named = _named(tokens)
    for group, after in _groups(tokens):
        compound = "".join(t.surface_form for t in group)
        if any(id(t) in named for t in group):
            continue  # 薬の名前, 病気の呼び方: the word is mentioned as a name, not used
        if service_heads is not None and _occasion(group, tokens, after, service_heads):
            continue
        if service_heads is not None and _only_says_which(group, tokens, after):
            continue
        if compound in NOT_HEALTH_WORDS:
            continue  # お手洗い is a room, not hand-washing
        if group[0].pos == "名詞" and _names_who_or_where(group) and not _ends_in_health(group):
            continue  # a person, place, institution, document or fee: 医師, 薬局, 糖尿病外来, 診察券
        if _medical_in(group) or _has_morpheme(group):
            found.append(compound)
    return found


# nouns that take a word of health before の as what they measure or describe (薬の量, 服薬の時間, 使い方, 検査の結果):
# the phrase is still about health; a closed class of aspects, with the nouns of time (後, 間, 翌日)
_ASPECT_NOUNS = frozenset(
    (
        "量",
        "数",
        "回数",
        "頻度",
        "間隔",
        "時間",
        "時刻",
        "時期",
        "期間",
        "日数",
        "タイミング",
        "方",
        "方法",
        "仕方",
        "種類",
        "程度",
        "効果",
        "効き目",
        "影響",
        "結果",
        "内容",
        "必要",
        "目安",
        "注意",
        "注意点",
        "ポイント",
        "理由",
        "原因",
        "可能性",
        "リスク",
        "具合",
        "様子",
        "状態",
        "経過",
        "まま",
        "ため",
        "よう",
        "こと",
        "もの",
    )
)


# things that hold or tell something at a service: containers and printed matter (検尿のコップ, お薬の空き箱, 予防接種の
# 案内)
_HOLDERS = ("コップ", "カップ", "容器", "袋", "箱", "かご", "ボトル", "ケース", "用紙", "紙", "説明書", "リーフレット",
            "パンフレット", "ポスター", "案内", "掲示", "お知らせ", "チラシ")  # fmt: skip


def _only_says_which(group, tokens, after):
    """(forty-second session) The compound of health only says which thing, place, person or step of the service is
    meant: it modifies through の a noun phrase with no word of health whose head is no aspect of it (検尿のコップ, お薬の
    空き箱, 予防接種の受付, 尿検査用のコップ; not 薬の量, 検査の結果, 手術の後)."""
    if after + 1 >= len(tokens) or tokens[after].surface_form != "の" or tokens[after].pos != "助詞":
        return False
    following = []
    for token in tokens[after + 1 :]:
        if token.pos not in ("名詞", "接頭詞"):
            break
        following.append(token)
    if not following or following[-1].pos != "名詞":
        return False
    last = following[-1]
    if (
        _lemma(last) in _ASPECT_NOUNS
        or last.pos_detail_1 in ("副詞可能", "非自立", "数", "代名詞")
        or last.pos_detail_2 == "副詞可能"
    ):
        return False
    if _medical_in(following) or _has_morpheme(following):
        return False
    # (from the review) the head must name a person, a place, a paper or a thing that holds or tells (たばこの本数 and
    # 禁煙の成功率 are measures of health, which no closed list of aspects can hold)
    return _names_who_or_where(following) or _lemma(last).endswith(_HOLDERS)


def outside_occasions(tokens, service_heads):
    """The sentence's text without the compounds that only name an occasion or a service (see _occasion)."""
    skipped = set()
    for group, after in _groups(tokens):
        if group[0].pos == "名詞" and _occasion(group, tokens, after, service_heads):
            skipped.update(id(t) for t in group)
    return "".join(t.surface_form for t in tokens if id(t) not in skipped)


def mentions_health(tokens, service_heads=()):
    """Any word of health in the sentence, inside a compound of a person, place or service too (禁煙プログラム,
    糖尿病外来): the strict test a number of a practical matter must pass. Only a procedure that names the
    occasion or the arrangement of a service (検査時間, 接種料金) is left out, as in medical_words."""
    for group, after in _groups(tokens):
        if group[0].pos == "名詞" and _occasion(group, tokens, after, service_heads):
            continue
        compound = "".join(t.surface_form for t in group)
        if compound in NOT_HEALTH_WORDS:
            continue
        if group[0].pos == "名詞" and document_or_building(group):
            continue  # (forty-second session) 処方箋の有効期間は4日間, 市民病院前のバス停: a paper or a building
        if _medical_in(group) or _has_morpheme(group):
            return True
    return False


# heads of a paper or a building: what a number beside one counts is the paper's or the building's (処方箋の有効期間は
# 4日間, 診断書の作成には1週間), never a regimen, as a programme or a department may (禁煙プログラムは全5回, 糖尿病外来)
# the ends of the name of a paper of care or administration (診断書, 処方箋, 接種済証, 母子手帳)
PAPERS = ("書", "箋", "処方せん", "証", "券", "票", "手帳")
_PAPERS_AND_BUILDINGS = PAPERS + ("局", "病院", "医院", "病棟", "棟")


def document_or_building(group):
    """(forty-second session) The compound names a paper or a building (診断書, 院外処方箋, 乳幼児医療証, 保険薬局,
    市民病院前), its last word not itself of health."""
    while len(group) > 1 and _lemma(group[-1]).endswith(_RELATIVE_POSITIONS):
        group = group[:-1]
    compound = "".join(t.surface_form for t in group)
    if not compound.endswith(_PAPERS_AND_BUILDINGS) or _ends_in_health(group):
        return False
    # (from the review) an illness, a sign or a department inside it names a programme of health (糖尿病連携手帳,
    # 精神科病棟), whose numbers stay read: only an act (診断書, 処方箋) or a name (市民病院) may modify the paper
    return not any(_is_sign(t) or _lemma(t).endswith("科") for t in group[:-1])


NAME_NOUNS = frozenset(table(_TABLES, MEDICAL_CONTENT, "name_nouns"))


def _named(tokens):
    """The ids of the nouns right before の + a noun of naming (薬の名前, 病気の呼び方): mentioned, not used."""
    out = set()
    for i, token in enumerate(tokens):
        if token.surface_form != "の" or i == 0 or i + 1 >= len(tokens) or _lemma(tokens[i + 1]) not in NAME_NOUNS:
            continue
        j = i - 1
        while j >= 0 and tokens[j].pos in ("名詞", "接頭詞"):
            out.add(id(tokens[j]))
            j -= 1
    return out


def _names_who_or_where(group):
    """The compound's head names a person, place, institution, document or fee (看護 + 師, 薬剤師,
    患者, 診察 + 券). A head of separate_heads counts only as a word of its own: この + 方 is a
    person, 処方 and 漢方 do not end in one."""
    # (thirty-ninth session) a place beside one is a place too (病院東側, 市民病院前, 正面玄関横): the compound is read
    # without its closing words of relative position, a closed class
    while len(group) > 1 and _lemma(group[-1]).endswith(_RELATIVE_POSITIONS):
        group = group[:-1]
    compound = "".join(t.surface_form for t in group)
    if _lemma(group[-1]) in SEPARATE_HEADS:
        return True
    return compound.endswith(NON_HEALTH_HEADS)


# words of relative position after a place (東側, 前, 横, 裏, 奥, 隣, 向かい, 付近, 周辺, 近く, 内, 外, 正面)
_RELATIVE_POSITIONS = (
    "側",
    "前",
    "横",
    "裏",
    "奥",
    "隣",
    "向かい",
    "付近",
    "周辺",
    "近く",
    "手前",
    "内",
    "外",
    "脇",
    "正面",
)


PERSON_HEADS = tuple(table(_TABLES, MEDICAL_CONTENT, "person_heads"))


def names_a_person(token):
    """The noun names a person or a role (管理栄養士, 看護師, 担当医, スタッフ)."""
    word = _lemma(token)
    return word.endswith(PERSON_HEADS)


def ends_in_illness(group):
    """(forty-second session) The compound's last word names an illness or a sign (糖尿病, 認知症, 大腸がん, 不整脈,
    水ぼうそう): a word of the illness kanji (疒 and its class) or a health word that is no body part, behaviour or
    care."""
    last = _lemma(group[-1])
    if last in ILLNESS_WORDS or "".join(t.surface_form for t in group).endswith(("がん", "ガン")):
        return True
    # (from a review) a name, a room, a building, a meal or an act of care written with such a kanji (病名, 病室, 病院,
    # 病院食, 診療, 治療) is no illness
    if _names_who_or_where(group) or last.endswith(("名", "室", "院", "棟", "療", "食", "歴")):
        return False
    return any(ch in ILLNESS_KANJI for ch in last)


# the whole words that name an illness or a sign without a kanji of the illness class
ILLNESS_WORDS = frozenset(("がん", "ガン", "癌", "不整脈", "水ぼうそう", "はしか", "水虫", "熱中症", "ぜんそく", "喘息", "にきび",
                           "いぼ", "しこり", "めまい", "COPD", "うつ", "ヒートショック", "動脈硬化", "骨粗しょう症", "緑内障",
                           "白内障", "脳卒中", "心筋梗塞", "結核", "近視", "難聴", "骨折", "梅毒", "風しん", "肺炎", "誤嚥"))  # fmt: skip


def _ends_in_health(group):
    """The compound's last word is itself of health (病, 症: 糖尿病, 認知症), not a head that names
    a person or place (外来, 医): IPADIC's suffix tokens make 病 and 症 a compound's end."""
    last = _lemma(group[-1])
    return last in HEALTH_WORDS or (len(last) == 1 and last in MEDICAL_KANJI and last not in NON_HEALTH_HEADS)


GENERALISING = frozenset(table(_TABLES, MEDICAL_CONTENT, "generalising_nouns"))
EVALUATIVES = frozenset(table(_TABLES, MEDICAL_CONTENT, "evaluatives"))
PROPORTIONS = frozenset(table(_TABLES, MEDICAL_CONTENT, "proportions"))
TREND_WORDS = frozenset(table(_TABLES, MEDICAL_CONTENT, "trend_words"))
_CHANGES = frozenset(("増える", "減る", "増加", "減少"))


def _conditional(tokens, i):
    """Token i ends a condition: 〜と or 〜ば after a predicate (IPADIC tags the と of すると and
    すぎると as a case particle), or 〜たら."""
    token = tokens[i]
    if token.pos == "助動詞" and token.surface_form in ("たら", "だら"):
        return True
    if _lemma(token) not in ("と", "ば") or token.pos != "助詞" or i == 0:
        return False
    return token.pos_detail_1 == "接続助詞" or tokens[i - 1].pos in ("動詞", "助動詞", "形容詞")


def generalises(tokens, conditions=True):
    """The predicate states a tendency, a frequency or a likelihood: 〜やすい / 〜にくい after a verb
    (進みやすくなります, 見えにくくなります), 〜ことがある / ことが多い (言い出されることがあります), a noun
    of tendency or possibility with ある (傾向があります, 可能性があります, 場合があります), or a received
    view (〜とされています). Such a sentence speaks of how things go in general: a claim about the
    world, whatever its words (an office's 混雑することがあります stays a claim too). With ``conditions``
    a consequence under a condition counts too (停電すると酸素が出なくなります); the second signal of
    CIT001 (lint.analysis.claims) leaves it out, as its sentences are already the writer's or the page's
    (図はクリックすると拡大されます, 〜できたらと思っています)."""
    for i, token in enumerate(tokens):
        lemma = _lemma(token)
        before = tokens[i - 1] if i else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        nominalised = after is not None and after.surface_form in ("さ", "み")  # 読みやすさ names a quality
        if (
            lemma in ("やすい", "にくい")
            and token.pos_detail_1 == "非自立"
            and before
            and before.pos == "動詞"
            and not nominalised
        ):
            return True
        if lemma in GENERALISING and any(_lemma(t) in ("ある", "多い", "少ない") for t in tokens[i + 1 : i + 4]):
            return True  # こと(が|も|は)ある, 傾向がある, 可能性があります
        if lemma == "れる" and before and _lemma(before) == "する" and i > 1 and tokens[i - 2].surface_form == "と":
            return True  # 〜とされています
    if conditions and any(_conditional(tokens, i) for i in range(len(tokens) - 2)):
        return True  # a condition makes a generalisation (as for titles): 停電すると酸素が出なくなります
    lemmas = {_lemma(t) for t in tokens}
    return bool(lemmas & PROPORTIONS) or bool(lemmas & TREND_WORDS and lemmas & _CHANGES)


def evaluates_an_action(tokens):
    """A condition (〜と, 〜ば, 〜たら, 〜ときは) followed by a judgement of benefit or danger (よい, 安心,
    楽, 役に立つ, 危険): 〜するとよいでしょう, 〜と安心です, 外出するときは…工夫が役に立ちます. Advice
    put as an evaluation of an action, which needs a source as a recommendation does."""
    conditional = any(
        (t.pos_detail_1 == "接続助詞" and _lemma(t) in ("と", "ば"))
        or (t.pos == "助動詞" and t.surface_form in ("たら", "だら"))
        or _lemma(t) in CONDITION_NOUNS
        for t in tokens
    )
    if conditional and any(_lemma(t) in EVALUATIVES for t in tokens):
        return True
    # suitability: 〜の方には…が向いています
    return any(_lemma(t) == "向く" and t.pos == "動詞" for t in tokens) and any(
        t.surface_form == "に" and i + 1 < len(tokens) and tokens[i + 1].surface_form == "は"
        for i, t in enumerate(tokens)
    )


def is_medical(reading):
    """Whether a Japanese plain statement says something of health: a word of health, or a form that
    states a tendency or judges an action (always True for English: no test there)."""
    if reading.lang != "ja":
        return True
    tokens = reading.tokens
    return bool(medical_words(tokens)) or generalises(tokens) or evaluates_an_action(tokens)
