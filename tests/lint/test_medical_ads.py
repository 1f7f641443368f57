"""MED001–MED009 (advertising-style medical claims): flagged phrases and clinical text that must pass."""

import tomllib
from pathlib import Path

import pytest

from lint.context import Context
from lint.parsing.markdown import parse_page
from lint.registry import RULES
from lint.rules import medical_ads
from lint.runner import check_page, load_rules, make_session

ROOT = Path(__file__).resolve().parents[2]

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "japanese"
ADS = FIXTURES / "ads.md"
CLEAN = FIXTURES / "clean.md"
FRONT = "---\neeat: _meta/eeat.yaml\n---\n\n# 見出し\n\n"  # the page body starts on line 7
MED = tuple(f"MED00{n}" for n in range(1, 10))

load_rules()


def findings(text, ctx=None, path="page.md"):
    page = parse_page(path, text)
    ctx = ctx or Context(root=ROOT)
    found = []
    for code in MED:
        found.extend(RULES[code].check(page, ctx))
    return sorted(found)


def at(text, line, column):
    return text.split("\n")[line - 1][column - 1 :]


EXPECTED = [
    ("MED001", 7, 10, "必ず溶け"),
    ("MED004", 9, 6, "副作用はありません"),  # safety: MED004 since issue 18
    ("MED001", 11, 7, "完治する"),
    ("MED004", 13, 1, "絶対に安全"),
    ("MED002", 15, 29, "最高品質の医学的証拠"),  # the manuscript's own self-ranking phrases
    ("MED002", 17, 19, "最も信頼できる情報源"),
    ("MED002", 19, 23, "権威の頂点"),
    ("MED002", 21, 4, "日本一"),
    ("MED002", 21, 19, "No.1"),
    ("MED003", 23, 1, "専門医も推薦"),
    ("MED003", 25, 1, "〇〇大学教授が認めた"),
    ("MED003", 27, 1, "医師推奨"),
    ("MED002", 29, 3, "権威ある医学雑誌"),
    ("MED002", 31, 4, "最先端"),  # headings are checked too
]


def test_fixture_phrases_are_flagged_at_their_exact_position():
    text = ADS.read_text(encoding="utf-8")
    found = findings(text, path=str(ADS))
    assert [(f.rule, f.line, f.column) for f in found] == sorted(
        [(code, line, column) for code, line, column, _ in EXPECTED], key=lambda x: (x[1], x[2], x[0])
    )
    for code, line, column, snippet in EXPECTED:
        assert at(text, line, column).startswith(snippet), (code, line, column)


def test_findings_name_the_standard_and_suggest_a_rewrite():
    for finding in findings(ADS.read_text(encoding="utf-8")):
        assert "医療広告ガイドライン" in finding.message or "医薬品等適正広告基準" in finding.message
        assert finding.suggestion
        assert finding.severity == "error"
        assert finding.context  # the sentence


def test_the_clean_page_passes():
    assert findings(CLEAN.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "この治療で必ず治ります。"),
        ("MED001", "100%治る治療です。"),
        ("MED001", "確実に改善します。"),
        ("MED001", "門脈血栓症は完治します。"),
        ("MED004", "副作用のない治療です。"),  # safety claims: MED004 since issue 18
        ("MED004", "この薬は副作用が一切ありません。"),
        ("MED004", "絶対安全な手術です。"),
        ("MED001", "効果を保証します。"),
        ("MED001", "治療の成功率は100%です。"),
        ("MED001", "二度と再発しません。"),
        ("MED002", "日本一の病院です。"),
        ("MED002", "世界一の実績です。"),
        ("MED002", "満足度ナンバーワンです。"),
        ("MED002", "人気ランキング1位の治療です。"),
        ("MED002", "最高の医療を提供します。"),
        ("MED002", "最先端の治療を受けられます。"),
        ("MED002", "この分野の第一人者です。"),
        ("MED002", "最も優れた治療法です。"),
        ("MED005", "他院より優れた治療です。"),  # comparisons: MED005 since issue 18
        ("MED002", "最も権威のある情報源です。"),
        ("MED003", "医師も推奨する治療です。"),
        ("MED003", "専門医がおすすめする薬です。"),
        ("MED003", "東京大学教授が推薦しています。"),
        ("MED003", "有名人も愛用しています。"),
        ("MED006", "患者さんの喜びの声を紹介します。"),  # testimonials: MED006 since issue 18
        ("MED003", "厚生労働省認可の治療です。"),
    ],
)
def test_flagged(code, sentence):
    found = findings(FRONT + sentence + "\n")
    assert [f.rule for f in found] == [code], sentence
    assert found[0].line == 7


@pytest.mark.parametrize(
    "sentence",
    [
        # clinical and epidemiological descriptions
        "肝硬変は門脈血栓症の最も一般的な原因です。",
        "日本で最も多い原因は肝硬変です。",
        "これはおそらく最も重要な区別です。",
        "血栓形成後6か月以内に開始された場合に最も効果的です。",
        "ドップラー超音波検査は第一選択の検査です。",
        "約半数で完全再開通がみられました。",
        "最高血圧と最高血中濃度を測ります。",
        "再発率は最高で30%と報告されています。",
        "全国一律の制度です。",
        # instructions and honest hedges
        "具体的な運動計画については、必ず医師に相談してください。",
        "治療を受けても、必ず治るとは限りません。",
        "完全に治るわけではありません。",
        "早く治療を始めると、完治することもあります。",
        "副作用がない薬はありません。",
        "出血などの副作用がないか確認します。",
        "副作用がないわけではありません。",
        # mentions, recommendations of guidelines, clinical decisions
        "「必ず治る」「副作用ゼロ」という広告に注意してください。",
        "『日本一の名医』といった宣伝をうのみにしないでください。",
        "ガイドラインで推奨されている治療です。",
        "医師の推奨に従ってください。",
        "主治医が必要と認めた場合に続けます。",
        "E-E-A-T（経験、専門性、権威性、信頼性）を示します。",
        "国の指定難病（告示番号346）です。",
    ],
)
def test_not_flagged(sentence):
    assert findings(FRONT + sentence + "\n") == [], sentence


def test_nonclaim_blocks_tables_and_list_items_are_checked():
    text = FRONT + (
        ":::{container} nonclaim\nこの記事は最も信頼できる情報源です。\n:::\n\n"
        "- 必ず治ります。\n\n| 治療 |\n| --- |\n| 医師推奨 |\n"
    )
    assert [(f.rule, f.line, f.column) for f in findings(text)] == [
        ("MED002", 8, 6),
        ("MED001", 11, 3),
        ("MED003", 15, 3),
    ]


def test_roles_code_and_urls_are_not_checked():
    text = FRONT + "詳しくは `最高` と [案内](https://example.org/No.1) を見ます{cite:p}`best-2020`。\n"
    assert findings(text) == []


def test_allow_option():
    ctx = Context(root=ROOT, config={"rules": {"superlative-ranking": {"allow": ["最先端"]}}})
    assert findings(FRONT + "最先端の研究です。\n", ctx) == []


def test_suppression_through_the_runner(tmp_path):
    text = FRONT + "% lint: ignore[MED002] 歴史的な表現をそのまま引用するため\n最高の医療と呼ばれました。\n"
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    report = check_page(page, text, make_session(root=tmp_path, select=["MED"]))
    assert report.findings == [] and len(report.suppressed) == 1


def test_pattern_file_is_valid():
    """Every entry names its rule, guideline category, reason and rewrite; every rule has patterns."""
    data = tomllib.loads(medical_ads.PHRASES.read_text(encoding="utf-8"))
    for entry in data["pattern"]:
        assert entry["rule"] in MED
        assert entry["category"] and entry["reason"] and entry["rewrite"]
        assert "医療広告ガイドライン" in entry["reason"] or "医薬品等適正広告基準" in entry["reason"]
    loaded = medical_ads.load_patterns()
    assert set(loaded.entries) == set(MED) and all(loaded.entries[code] for code in MED)


def test_rules_need_the_tokenizer_and_explain_themselves():
    # changed with issue 18: the rules read words, so they declare the tokenizer
    for code in MED:
        rule = RULES[code]
        assert rule.needs_tokenizer and rule.target == "page" and rule.severity == "error"
        assert "Example" in rule.explanation and "Fix" in rule.explanation
        assert rule.name == medical_ads.CODES[code]


# ---------------------------------------------------------------- issue 18: words, stance, categories


def rules_on(sentence):
    """[(rule, column)] of the MED findings on one sentence written on line 7."""
    return [(f.rule, f.column) for f in findings(FRONT + sentence + "\n")]


def codes_on(sentence):
    return sorted({rule for rule, _ in rules_on(sentence)})


@pytest.mark.parametrize(
    "sentence, column",
    [
        ("ＸＹＺ療法なら１００％治ります。", 8),  # full-width letters and digits: NFKC, column of the original
        ("ｶﾞﾝが必ず消えます。", 5),  # half-width katakana (ｶﾞ is two characters, ガ one)
        ("この方法なら、かならずなおります。", 8),  # kana spelling of 必ず治ります
        ("ひどい症状も必ず治った。", 7),  # past
        ("あの症状も必ず治せます。", 6),  # potential
        ("どの患者さんも必ず良くなります。", 8),
    ],
)
def test_guarantee_in_any_spelling_and_conjugation_at_its_column(sentence, column):
    assert rules_on(sentence) == [("MED001", column)]


def test_the_finding_quotes_the_original_spelling():
    found = findings(FRONT + "ＸＹＺ療法なら１００％治ります。\n")
    assert found[0].message.startswith("「１００％治り」")


@pytest.mark.parametrize(
    "sentence",
    [
        "必ず治療を続けてください。",  # 治 of 治療 is not 治る
        "必ず治療計画を確認しましょう。",
        "検査の前に必ず食事を控えてください。",
    ],
)
def test_word_boundaries(sentence):
    assert findings(FRONT + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "この治療で必ず治るとは限りません。",
        "必ず治るという保証はありません。",
        "効果の保証はできません。",
        "絶対に安全とはいえません。",
        "副作用がまったく起こらないわけではありません。",
        "痛みのない注射はありません。",
        "リスクがゼロの手術はありません。",
        "必ず治る病気ではありませんが、薬で抑えられます。",  # a denied copula
        "完治は難しいものの、症状は和らぎます。",  # a topic whose predicate denies it
        "手術で完全に治すことは困難です。",
        "再発の可能性はゼロではありません。",  # two denials in the topic's clause
        "持病があっても、必ずしも合併症が起こるとは限りません。",  # uncertainty, not a denial
        "この薬の副作用はほとんどありません。",  # a degree word: a measured statement
        "多くの人は、大きな副作用なく治療を終えています。",
        "手術から2年、再発の兆候は見られていません。",  # an observation, not a promise
        "C型肝炎は、今では治らない病気ではありません。",  # a denied copula: "curable", not "we cure all"
        "このまま様子を見て、しばらくしてから受診しても大丈夫です。",  # 死 (し) does not match every し
    ],
)
def test_negated_claims_are_not_claims(sentence):
    assert findings(FRONT + sentence + "\n") == [], sentence


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("治らない腰痛はありません。", "MED001"),  # double negative = a guarantee
        ("効果が出なかった人はいません。", "MED001"),
        ("手術の傷あとが残ることはありません。", "MED004"),
        ("副作用がまったく出ない点が特長です。", "MED004"),
    ],
)
def test_negated_predicates_that_are_claims(sentence, code):
    assert codes_on(sentence) == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        "「必ず治る」とうたう広告に注意しましょう。",  # quoted and warned about
        "必ず治ると宣伝するクリニックもあります。",  # reported speech
        "「副作用ゼロ」といった表現は誇大広告です。",
        "有名人が通うといった宣伝を根拠にしてはいけません。",  # a warning about advertising
        "この薬で必ず治りますか？",  # a question
        "副作用がないか、毎月確認します。",  # an embedded question
        "副作用が出た場合は、すぐに連絡してください。",  # a supposition
        "早く始めると、完治することもあります。",  # a hedge
        "再発しないよう、薬を毎日飲みましょう。",  # a purpose
        "痛みがないのに、骨が折れていることもあります。",  # a concession
        "痛くないからといって、治ったとは限りません。",  # a premise rejected
        "二度とこの薬を使わないでください。",  # a prohibition addressed to the reader
        "テレビで紹介された健康法をうのみにしないでください。",  # a strong caution makes a warning
    ],
)
def test_reported_asked_supposed_and_hedged_claims_are_not_claims(sentence):
    assert findings(FRONT + sentence + "\n") == [], sentence


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "一度よくなれば、腰痛が再発することは二度とありません。"),
        ("MED002", "この手術を受けられるのは、県内で当院だけです。"),
        ("MED002", "世界初の方法で治療します。"),
        ("MED002", "地域ナンバーワンの内科です。"),
        ("MED003", "元プロサッカー選手も愛用しているサプリです。"),
        ("MED003", "テレビで紹介された話題の治療法です。"),
        ("MED003", "国も認めた新しい健康法です。"),
        ("MED004", "痛みゼロの注射を導入しました。"),
        ("MED004", "ダウンタイムは一切ありません。"),
        ("MED004", "注射の痛みを感じることは一切ありません。"),
        ("MED005", "当院の技術は他院と比べて格段に優れています。"),
        ("MED005", "どのクリニックよりも丁寧な説明を心がけています。"),
        ("MED006", "当院の口コミをご覧ください。"),
        ("MED006", "「飲み始めて1週間で痛みが消えました」（60代男性）"),
        ("MED006", "受診した方の多くが「体が軽くなった」と回答しています。"),
        ("MED007", "施術前後の写真をご覧ください。"),
        ("MED007", "たった1か月でこんなに変わりました。"),
        ("MED008", "今月末までのご予約で施術料が20%オフ。"),
        ("MED008", "初回限定で検査料を割引します。"),
        ("MED001", "当院で治療を受けて後悔した方はいません。"),
        ("MED008", "効果がなかった場合は全額お返しします。"),
        ("MED008", "ご好評につき、残り3枠となりました。"),
        ("MED006", "95%の方が満足と回答しています。"),
        ("MED006", "腰の痛みが消えたという声が続々と届いています。"),
        ("MED009", "奇跡のような若返りを体験してください。"),
        ("MED009", "このまま放っておくと失明します！"),
    ],
)
def test_each_category(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "最低血圧が90以上の場合は、医師に相談してください。",  # measurements
        "最高血中濃度に達するまで約2時間かかります。",
        "1回の最大投与量を超えないでください。",
        "無痛分娩を希望する場合は、早めにお知らせください。",  # fixed terms
        "この薬の安全性は臨床試験で確かめられています。",
        "医薬品副作用被害救済制度を利用できます。",
        "採血の前後は安静にしてください。",  # before/after as timing
        "費用は保険適用で3割負担です。",  # plain fee information
        "予約は先着順で受け付けます。",
        "医師にすすめられた薬は自己判断でやめないでください。",  # passive: the reader's doctor
        "「朝起きると手がこわばる」と話す方もいます。",  # a quoted symptom, not a testimonial
        "出血が止まらない場合は、すぐに受診してください。",  # emergency advice
        "腎臓の働きは、年齢とともにゆっくり低下します。",
        "冬は夏よりも脳卒中が起こりやすいとされています。",
        "査読付きの医学雑誌に掲載された研究です。",  # a journal is a source, not media
        "系統的レビューの結果を紹介します。",  # a literature review is not a customer review
        "約30%の患者さんで効果がみられました。",  # a study result, not a satisfaction survey
        "副作用の報告が相次いでいます。",  # a safety warning
        "残りの薬は薬局に返してください。",
    ],
)
def test_clinical_text_is_not_advertising(sentence):
    assert findings(FRONT + sentence + "\n") == [], sentence


def test_a_signature_in_the_next_sentence_makes_a_testimonial():
    text = FRONT + "私も1か月で肩の痛みが消えました。（50代・会社員）\n"
    assert [(f.rule, f.line) for f in findings(text)] == [("MED006", 7)]


def test_other_okurigana_of_a_pattern_word():
    assert codes_on("他院とは比べものにならない仕上がりです。") == ["MED005"]  # 比べ物 in the pattern


def test_a_testimonial_in_quotes_is_not_a_mention():
    """Quoted first-person experience with an attribution is evidence the page offers."""
    flagged = "「2週間で体重が3キロ減りました」（50代・主婦）\n"
    mention = "「2週間で痩せました」という広告を見かけたら注意しましょう。\n"
    assert [f.rule for f in findings(FRONT + flagged)] == ["MED006"]
    assert findings(FRONT + mention) == []


def test_stance_api():
    from lint.analysis.stance import stance
    from lint.japanese.tokenizer import tokenize
    from lint.japanese.wordpattern import content_tokens

    def at(sentence, word):
        tokens = content_tokens(tokenize(sentence))
        first = next(i for i, t in enumerate(tokens) if t.surface_form == word)
        return stance(tokens, (first, first + 1))

    assert at("必ず治ります。", "治り").asserted and not at("必ず治ります。", "治り").negated
    assert at("必ず治るとは限りません。", "治る").negated
    assert at("治らない病気はありません。", "治ら").negations == 2
    assert at("「必ず治る」と書かれた広告です。", "治る").reported
    assert at("本当に治るのでしょうか。", "治る").question
    assert at("よくなった場合も、薬は続けます。", "なっ").conditional
    assert at("再発することがあります。", "する").hedged
    quoted = at("「痛みが消えました」（40代女性）", "消え")
    assert quoted.reported and quoted.testimony


def test_normalize_keeps_positions():
    from lint.japanese.normalize import fold_kana, normalize

    norm = normalize("ｶﾞﾝに１００％")
    assert norm.text == "ガンに100%"
    assert [norm.original(i) for i in range(len(norm.text) + 1)] == [0, 2, 3, 4, 5, 6, 7, 8]
    assert fold_kana("ガンＡＢＣ") == "がんａｂｃ" and fold_kana(norm.text) == "がんに100%"
    plain = normalize("薬を飲みます。")  # already NFKC: the quick path, every offset its own
    assert plain.text == "薬を飲みます。" and plain.offsets == tuple(range(8))
    # NFKC already, with a combining mark: the mark still maps to the start of its character
    marked = normalize("薬\u064bを")
    assert marked.text == "薬\u064bを" and marked.offsets == (0, 0, 2, 3)


@pytest.mark.parametrize(
    "body, message",
    [
        (
            '[[pattern]]\nrule = "MED001"\ncategory = "c"\npattern = "必ず"\nreason = "r"\n',
            "#1 (MED001): missing rewrite",
        ),
        (
            '[[pattern]]\nrule = "MED010"\ncategory = "c"\npattern = "必ず"\nreason = "r"\nrewrite = "w"\n',
            "#1 (MED010): unknown rule",
        ),
        (
            '[[pattern]]\nrule = "MED001"\ncategory = "c"\npattern = "必ず $NOPE"\nreason = "r"\nrewrite = "w"\n',
            "unknown word class $NOPE",
        ),
        ('[[pattern]]\nrule = "MED001"\ncategory = "c"\npattern = "必ず ~x"\nreason = "r"\nrewrite = "w"\n', "bad gap"),
        (
            '[[pattern]]\nrule = "MED001"\ncategory = "c"\npattern = "必ず"\npolarity = "maybe"\nreason = "r"\n'
            'rewrite = "w"\n',
            "polarity must be one of",
        ),
        (
            '[[pattern]]\nrule = "MED001"\ncategory = "c"\npattern = "必ず"\nreason = "r"\nrewrite = "w"\nunless = "x"\n',
            "unknown key 'unless'",
        ),
        ("[[pattern]\n", "cannot read the pattern file"),
    ],
)
def test_pattern_file_errors_name_the_file_and_entry(tmp_path, body, message):
    from lint.errors import ConfigError

    path = tmp_path / "ads.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        medical_ads.load_patterns(path)
    assert str(path) in str(caught.value) and message in str(caught.value)
