"""MED001–MED009 (advertising-style medical claims): flagged phrases and clinical text that must pass."""

import tomllib
from pathlib import Path

import pytest

from lint.context import Context
from lint.parsing.markdown import parse_page
from lint.parsing.text import split_sentences
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
    ("MED002", 21, 10, "実績を誇る"),  # counts held up as pride (real web text)
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


def test_raw_html_text_is_checked_and_its_attributes_are_not():
    # MyST publishes a raw HTML block as it stands: its text is the page's claim, its attributes are not text
    text = FRONT + '<div class="lp"\n     title="必ず治ります">\n<p>当院なら<b>必ず</b>治ります。</p>\n</div>\n'
    (finding,) = findings(text)
    assert finding.rule == "MED001"
    assert at(text, finding.line, finding.column).startswith("必ず</b>治ります")


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
        # a noun set aside as unthinkable (なんて, など) before its denied existence; a promise denied by できない
        "飲めば必ず治る漢方なんてありません。",
        "一度で確実に消えるシミ取りなどはありません。",
        "完治のお約束はできません。",
        # (review) an approximate ほど after a count, and ほかにも ("none elsewhere either"), still deny
        "1週間ほどで確実に治る薬はありません。",
        "100%安全な薬はほかにもありません。",
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
        ("効かなかった方なんていません。", "MED001"),  # なんて before a denied existence: still a double negative
        ("完治のお約束ができます。", "MED001"),  # the promise made
        # a rival's existence denied is a claim of rank (review, fourth session): no other, hardly any, none as sure
        ("こんなに確実に効く薬なんて、ほかにありません。", "MED001"),
        ("こんなに確実に効く薬って、なかなかありません。", "MED001"),
        ("当院ほど確実に治せるクリニックなんてありません。", "MED001"),
        ("これほど安全な治療法なんてほかにありません。", "MED004"),
        ("確実に効く薬は、ほかにありません。", "MED001"),
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
            '[[pattern]]\nrule = "MED001"\ncategory = "c"\npattern = "必ず"\nreason = "r"\nrewrite = "w"\nunles = "x"\n',
            "unknown key 'unles'",
        ),
        (
            '[[pattern]]\nrule = "MED009"\ncategory = "c"\npattern = "必ず"\nrhetorical = "yes"\nreason = "r"\n'
            'rewrite = "w"\n',
            "#1 (MED009): rhetorical must be true or false",
        ),
        (
            '[[pattern]]\nrule = "MED006"\ncategory = "c"\npattern = "必ず"\nscope = "quote"\nreason = "r"\n'
            'rewrite = "w"\n',
            "scope must be one of claim, testimony, voice",
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


# ---------------------------------------------------------------- issue 18: mechanisms, each on sentences of its kind
# (written for these tests, on topics the corpora do not use; each list has the near-miss clinical text
# the same mechanism must leave alone)

COMPARISON = [
    "従来の矯正装置に比べて、通院の回数が格段に少なくなります。",  # 従来 as the compared object
    "一般的な整体とは比べものにならない施術です。",
    "近所の眼科よりも丁寧な検査をしています。",  # adjectival noun (丁寧) as the evaluative predicate
    "市販の胃薬と比べて、効き目がずっと強力です。",
    "他の美容クリニックの3倍の症例数があります。",  # multiples of a competitor
    "他社のマシンの半分の時間で脱毛できます。",
    "飲み薬よりも副作用が少なく、すぐ効く新しい貼り薬です。",  # less burden than a named treatment
    "ほかの歯医者さんで抜くしかないと言われた歯も、当院では抜かずに治療します。",  # failure elsewhere, then ours
    "大手チェーンの店舗でうまくいかなかった方も、当店なら安心です。",
    "大学病院にも劣らない検査機器をそろえています。",
]
COMPARISON_CLEAN = [
    "市販の解熱剤に比べて、この薬は作用が強いため、決められた量を守ってください。",  # reason for a caution
    "一般的な鎮痛薬と比べると胃が荒れやすいので、食後に飲んでください。",  # a tendency (やすい), not 安い
    "従来の薬と比べて服用の回数が少ない薬もありますが、値段は高めです。",  # some of a kind (〜もあります)
    "カテーテル治療は開胸手術に比べて体への負担が小さい一方、再治療が必要になることがあります。",  # balanced
    "新しい吸入薬は従来の吸入薬と比べて、操作が簡単だとされています。",  # attributed (〜とされています)
    "薬Cは薬Dより低血糖が少ないという研究があります。",  # a study reported
    "他の医療機関でもらった薬の一覧を、受付でお見せください。",
]


@pytest.mark.parametrize("sentence", COMPARISON)
def test_comparison_grammar(sentence):
    assert "MED005" in codes_on(sentence), sentence


@pytest.mark.parametrize("sentence", COMPARISON_CLEAN)
def test_comparison_grammar_leaves_clinical_comparisons(sentence):
    assert codes_on(sentence) == [], sentence


TESTIMONIAL = [
    "私はここのレーザー治療で、長年のニキビ跡が目立たなくなりました。",  # first person, past, outcome
    "うちの子の夜泣きが、漢方を飲み始めてすっかりよくなりました。",
    "娘の花粉症も、今年は薬なしで過ごせるようになりました。",  # the narrator's family
    "Ｄさんは3回の施術で、肩が上がるようになりました。",  # a named patient
    "70代の男性は、治療のあと階段を楽に上れるようになりました。",  # an age and sex as the name
    "体験談：治療を受けたその日から、ぐっすり眠れるようになりました。",  # a label with a colon
    "毎朝の散歩が楽しみになりました😊 ―ご利用者Ｆさん",  # a dash signature
    "「受けてみて本当によかったです」名古屋市・Ｍ.Ｓさん（45歳）",  # a signature after the quote
    "「腰の重さがすっかり消えて、旅行にも行けるようになりました」",  # only a quoted past experience
    "頭痛がすっかり治まったというお便りを、たくさんいただいています。",
    "星4.7のレビューが500件以上！",
]
TESTIMONIAL_CLEAN = [
    "私たちは、患者さん一人ひとりの話をよく聞くことを大切にしてきました。",  # the clinic's own voice
    "私は2012年に医学部を卒業し、内科で研修を受けました。",  # a staff biography: no outcome
    "お母さんが薬を飲ませたあとに吐いてしまった場合は、ご相談ください。",  # お母さん: the reader
    "アンケートでは、駐車場が狭いという声が寄せられました。",  # a survey reported, in the past
    "「胸がどきどきする」と話す方は、心電図を確認します。",  # a quoted symptom
    "よくあるご質問：「薬はいつまで続ければよいですか？」",
]


@pytest.mark.parametrize("sentence", TESTIMONIAL)
def test_testimonial_grammar(sentence):
    assert "MED006" in codes_on(sentence), sentence


@pytest.mark.parametrize("sentence", TESTIMONIAL_CLEAN)
def test_testimonial_grammar_leaves_clinical_text(sentence):
    assert codes_on(sentence) == [], sentence


BEFORE_AFTER = [
    "施術前と施術後で、フェイスラインの違いは明らかです。",  # a before/after pair with a change word
    "治療前：ウエスト90cm、治療後：ウエスト72cm",  # labelled pair
    "体重75kg→61kgに！",  # a number arrow
    "始める前は毎晩かゆくて眠れなかったのに、今ではすっかりきれいな肌です。",  # before…たのに, now
    "黄ばんでいた歯が、わずか2回で真っ白に。",  # an elliptical change headline
    "疲れた目元が、ぱっちりした目元へ！",
    "あんなに気になっていたシミが、この通り。",
    "症例の比較画像を多数掲載しています。",
    "治療前後のデータをご覧いただければ、違いは一目でわかります。",  # ご覧いただければ: an invitation
]
BEFORE_AFTER_CLEAN = [
    "治療前と治療後に、腎機能の検査を行います。",  # timing of a test
    "薬を飲む前と飲んだ後で、脈拍の変化を記録してください。",  # a change measured, not a change claimed
    "服用前後の血糖値の変化を、手帳に書き留めておきましょう。",
    "以前は入院が必要でしたが、現在は日帰りで手術できる場合があります。",
    "手術の前日は、21時以降は食事をとらないでください。",
]


@pytest.mark.parametrize("sentence", BEFORE_AFTER)
def test_before_after_grammar(sentence):
    assert "MED007" in codes_on(sentence), sentence


@pytest.mark.parametrize("sentence", BEFORE_AFTER_CLEAN)
def test_before_after_grammar_leaves_timing_and_measurements(sentence):
    assert codes_on(sentence) == [], sentence


FEAR = [
    "今すぐ予約を！",  # urgency (the pattern was split wrongly before issue 18 and never matched)
    "一刻も早く受診しないと、一生後悔します。",  # urgency phrased as "unless": polarity any
    "そのしみ、皮膚がんかも!?",  # a rhetorical question frightens (rhetorical = true)
    "放っておくと、あっという間に歯がボロボロに！",  # a threat with an exclamation
    "知らないと危険！その頭痛の本当の原因。",
    "胃の不調を甘く見ていると、大変なことになります。",
    "肝臓病の恐ろしい真実をお伝えします。",
    "このままだと5年後、あなたのひざはどうなっているでしょうか。",
    "衝撃！毎晩のスマホが視力を奪っていた。",
]
FEAR_CLEAN = [
    "今すぐ受診が必要な症状を、下の表にまとめました。",  # urgency as a criterion, not pressure
    "息が苦しいときは、ためらわずに救急車を呼んでください。",
    "関節の炎症を放っておくと、関節が変形してくることがあります。",  # a measured consequence
    "高血圧を放置すると血管が傷つき、心筋梗塞の原因になることがあります。",  # coordinated, hedged at the end
    "「放置すると大変！」とあおる広告には注意しましょう。",
    "手術が怖いと感じる方は、遠慮なくお話しください。",
]


@pytest.mark.parametrize("sentence", FEAR)
def test_fear_grammar(sentence):
    assert "MED009" in codes_on(sentence), sentence


@pytest.mark.parametrize("sentence", FEAR_CLEAN)
def test_fear_grammar_leaves_emergency_advice_and_measured_risk(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "このクリームを塗るだけで、ひざの痛みが消えます。"),  # だけで + effect
        ("MED001", "肩こりの悩みから完全に解放されます。"),
        ("MED001", "もう腰痛に悩まされることはありません。"),
        ("MED001", "効き目を感じないということは、まずありえません。"),  # complement through an adverb
        ("MED004", "副作用が出たという報告は一件もありません。"),  # a report denied, in the present
        ("MED004", "施術中の痛みゼロ、腫れもゼロです。"),  # ゼロ、…もゼロ is not a topic
        ("MED004", "何回使っても安全です。"),
        ("MED002", "シミ取りならここが一番！"),
        ("MED003", "人気女優の□□さんも通っている歯科です。"),  # MeCab reads 通っ as 通る
        ("MED003", "大手新聞社お墨付きのマッサージ法です。"),
        ("MED008", "今週中のお申し込みで、カウンセリングが無料になります。"),
        ("MED008", "ご家族での来院で、3千円引きいたします。"),
    ],
)
def test_other_categories_new_wording(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "この治療法は、完治を約束するものではありません。",  # a denied guarantee of a noun
        "テレビや雑誌で話題の健康法も、効果が確かめられていないことがあります。",  # media, checked
        "ネットで紹介された治療を受ける前に、主治医に相談してください。",
        "自己負担はありません（市の助成の対象です）。",
    ],
)
def test_denials_and_warnings_stay_clean(sentence):
    assert codes_on(sentence) == [], sentence


def test_stance_api_issue_18():
    from lint.analysis.stance import stance
    from lint.japanese.tokenizer import tokenize
    from lint.japanese.wordpattern import content_tokens

    def at(sentence, word):
        tokens = content_tokens(tokenize(sentence))
        first = next(i for i, t in enumerate(tokens) if t.surface_form == word)
        return stance(tokens, (first, first + 1))

    signed = at("すっかり元気になりました。（60代・主婦）", "元気")
    assert signed.voice and signed.testimony
    narrated = at("私は半年で体重が減りました。", "減り")
    assert narrated.testimony and not narrated.voice  # a story, not a quoted voice
    assert not at("私たちは丁寧な説明を心がけてきました。", "丁寧").testimony
    assert at("作用が強いため、用量を守ってください。", "強い").cautionary
    assert not at("作用が強いため、人気があります。", "強い").cautionary
    assert at("傷が小さい一方、時間がかかります。", "小さい").hedged
    assert at("効果が高いとされています。", "高い").reported
    assert not at("副作用が出たという報告はありません。", "出").observation  # the past describes 報告


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED002", "数あるクリニックの中でも、仕上がりの美しさは群を抜いています。"),  # idioms of ranking
        ("MED002", "患者満足度ランキングで5年連続第1位を獲得しました。"),
        ("MED003", "薬学博士が考案した睡眠サプリです。"),
        ("MED003", "世界中の研究者が注目する新成分を配合。"),
        ("MED005", "ほかの整形外科の注射は効かなかった方も、当院の治療なら違います。"),  # 〜は…、当院なら
        ("MED006", "60代・主婦：2回目の通院で、朝のこわばりが消えました。"),  # an attribution as the label
        ("MED007", "治療前の写真と比べると、肌のきめが整っています。"),
        ("MED007", "カサカサのかかとが、1週間でつるつるに。"),
        ("MED009", "そのめまい、脳の病気かもしれません。"),  # その〜、〜かもしれません: a symptom tied to a disease
        ("MED009", "この機会を逃すと、もう治療は間に合いません。"),
        ("MED009", "あなたは大丈夫？隠れ高血圧の恐怖。"),
        ("MED009", "何もしないでいると、いずれ失明します。"),
        ("MED009", "飲んだその日から体が軽い！"),  # an effect exclaimed
    ],
)
def test_round_seven_kinds(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "その場合、手術が必要になるかもしれません。",  # その場合: a case, not a hook
        "この研究は、医学博士の学位論文として発表されました。",
        "写真と比べて、実際の色味は少し異なることがあります。",
        "がん検診を受けましょう！",  # an exclamation without an effect
    ],
)
def test_round_seven_kinds_clean(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED002", "よそでは真似のできない縫合技術です。"),  # uniqueness idioms
        ("MED002", "ほかでは受けられない検査をご用意しています。"),
        ("MED002", "県内で唯一の専門外来です。"),
        ("MED005", "総合病院と違って、当日の待ち時間はほとんどゼロです。"),  # a competitor contrasted
        ("MED005", "他のサロンの約4分の1の料金です。"),
        ("MED006", "当院の口コミ評価は4.8点です。"),
        ("MED007", "写真上：治療前、写真下：治療後2か月。"),  # picture labels
        ("MED007", "わずか1回の施術で、二の腕が細く引き締まります。"),
        ("MED007", "目の下のくまが目立たなくなった症例を掲載しています。"),
        ("MED009", "怖いことに、多くの人が気づかずに過ごしています。"),
        ("MED009", "放置された歯石が、心臓病の原因に！"),
    ],
)
def test_round_eight_kinds(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "インフルエンザは風邪と違い、急に高い熱が出ます。",  # a contrast between diseases, no competitor
        "1回の注射で、2週間ほど痛みが和らぐことがあります。",
        "改善した例もありますが、効果には個人差があります。",
        "この病気に対して国内で承認されている唯一の注射薬です。",  # 唯一 of a regulatory status
    ],
)
def test_round_eight_kinds_clean(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "貼るだけで、しつこい肩こりがすっと治りました。"),  # だけで, past too
        ("MED002", "5万人以上が選んだ人気の歯科です。"),  # a count of people as popularity
        ("MED004", "治療後の腫れはゼロに近いレベルです。"),
        ("MED005", "総合病院並みの検査機器をそろえています。"),
        ("MED006", "Ｈさん（38歳）：通い始めて3週間で、階段が苦にならなくなりました。"),
        ("MED009", "飲み始めて10日、朝の目覚めが見違えるようになりました！"),
        ("MED009", "驚くべき効果を、ぜひ体感してください。"),
        ("MED009", "そのめまい、放っておくと大きな病気の原因に。"),
    ],
)
def test_round_nine_kinds(code, sentence):
    assert code in codes_on(sentence), sentence


def test_a_survey_answer_reported_in_the_past_is_not_a_voice():
    assert codes_on("アンケートでは、約7割の方が「受付の対応がよい」と回答しました。") == []
    assert "MED006" in codes_on("受診した方の9割が「痛みが消えた」と回答しています。")


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "最新の機器で、ほくろを跡も残さず取り除きます。"),
        ("MED003", "NHKの番組でも紹介された検査法です。"),
        ("MED007", "使用前と使用後の髪をご覧ください。"),
        ("MED008", "初めての方限定で、特別価格にてご案内します。"),
        ("MED009", "悪玉コレステロールが、今もあなたの血管を蝕んでいます。"),
    ],
)
def test_round_ten_kinds(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "女性の方限定の外来を、毎週水曜日に開いています。",
        "傷あとを残さないよう、細い糸で丁寧に縫います。",  # a purpose, not a promise
    ],
)
def test_round_ten_kinds_clean(sentence):
    assert codes_on(sentence) == [], sentence


# Issue 18, third round: grammatical signals that make a sentence a promise or an ad
# whatever its particular words (sentences written for these tests).
@pytest.mark.parametrize(
    "code, sentence",
    [
        # the clinic's treatment as the means or condition of an effect, unhedged
        ("MED001", "関節の痛みは、この温熱療法で治せます。"),
        ("MED001", "当院の禁煙外来なら、たばこがやめられます。"),
        ("MED001", "この注射を続ければ、髪が元気になります。"),
        ("MED001", "鼻炎の薬を使えば、花粉の季節も楽になります。"),
        # universals and guarantees of any result
        ("MED001", "当院で施術を受けた方は、みなさん若返っています。"),
        ("MED001", "誰でも理想の体型が手に入ります。"),
        ("MED001", "禁煙の成功を100%保証します。"),
        ("MED001", "必ず３kg減ります。"),
        ("MED001", "腰痛とは今日でおさらばです。"),
        ("MED001", "頭痛の悩みが過去のものになります。"),
        # negated harm as a promise
        ("MED004", "手術の傷は決して目立ちません。"),
        ("MED004", "ノーリスクの美容点滴です。"),
        ("MED004", "感染ゼロをお約束します。"),
        # superlative offered, idioms of being unequalled
        ("MED002", "もっとも負担の少ない治療をご提供します。"),
        ("MED002", "比類ない精度を誇る検査機器です。"),
        # a share or a society as the agent of recommending
        ("MED003", "眼科医の7割がすすめる目薬です。"),
        ("MED003", "〇〇協会が認めた施術法です。"),
        # a comparative frame with a method or a product
        ("MED005", "注射よりも手軽で確実な貼り薬です。"),
        ("MED005", "他社比3倍の保湿力です。"),
        ("MED005", "普通の歯科では受けられない治療です。"),
        # voices introduced by a label, a patient as speaker, a survey share
        ("MED006", "手術を受けた方のご感想：視界が明るくなって毎日が楽しいです。"),
        ("MED006", "患者さんから「先生のおかげで歩けるようになった」と言っていただきます。"),
        ("MED006", "「またお願いしたい」93%"),
        ("MED006", "口コミ ⭐⭐⭐⭐"),
        # arrows and labelled pairs
        ("MED007", "施術前の体重68kg→施術後55kg"),
        ("MED007", "ビフォー：くすんだ肌。アフター：つや肌に"),
        ("MED007", "矯正前と矯正後の歯並びを比べてみてください。"),
        # deadlines exclaimed, quantities free
        ("MED008", "今週末まで！"),
        ("MED008", "サプリ２か月分無料でお届けします。"),
        # threats and catastrophe addressed to the reader
        ("MED009", "このままでは、足の血管が詰まってしまいます。"),
        ("MED009", "健診を受けないのは、目隠しで運転するのと同じです。"),
        ("MED009", "あなたの肝臓、脂肪でパンパンです！"),
        ("MED009", "糖尿病の合併症があなたを襲います。"),
        ("MED009", "このまま飲み続けると、子どもが悲しむことになります。"),
        ("MED009", "歯周病を甘く見ると、歯を失います。"),
    ],
)
def test_round_eleven_kinds(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # denials of a guarantee and set phrases
        "根治を保証する薬は、今のところ確立されていません。",
        "治療には最善を尽くしますが、効果には個人差があります。",
        # a record, not a display
        "手術前後の写真は、診療の記録としてカルテに保存します。",
        # hedged effects of a treatment (the hedge later in the clause)
        "この薬で血圧が下がることがあります。",
        "貼り薬は飲み薬より早く効くことがありますが、かぶれに注意が必要です。",
        # a measured comparison, not an invitation to look
        "服用前と服用後で血液検査の値を比べ、量を調整します。",
        # universals that are not outcomes
        "臨床試験に参加した患者さん全員に、軽い頭痛がみられました。",
        # a guideline's recommendation by a society
        "日本糖尿病学会は、この薬を第一選択として推奨しています。",
        # a media tip taken to one's own doctor
        "雑誌で紹介されたサプリを飲む前に、医師に相談しましょう。",
        # a quotation that says 〜と言われる inside it is the patient's, a citation role is not a label
        "国内の患者数は約10万人{cite:p}`key`と推計されています。",
    ],
)
def test_round_eleven_kinds_clean(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "当院の方法を試した方は、例外なく肌が明るくなっています。"),
        ("MED001", "どんなに古いシミでも除去可能です。"),
        ("MED002", "最上の技術でお迎えします。"),
        ("MED003", "世界が認めた最新の植毛技術です。"),
        ("MED003", "歯科医師50人に聞いた、本当に使いたい歯みがき粉。"),
        ("MED004", "当院の点滴は、妊娠中の方にも安心です。"),
        ("MED007", "治療前後の比較はこちらをご覧ください。"),
        ("MED008", "ご来院の方に商品券を進呈します。"),
        ("MED008", "お試し2,500円！"),
        ("MED009", "失明する前に、今すぐ検査を。"),
        ("MED009", "その習慣が、あなたの寿命を縮めています。"),
        ("MED009", "わずか1週間で顔がすっきり！"),
    ],
)
def test_round_twelve_kinds(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "内視鏡手術と開腹手術を比べた研究は、まだ多くありません。",  # a study's comparison, reported
        "骨が完全にくっつくまでには、3か月ほどかかります。",  # a time bound
        "ネットの口コミは、参考程度にとどめましょう。",  # advice about reviews
        "どの薬にも、効果と副作用があります。",  # an effect listed with harm, not promised
        "レーザーの前後で肌の色を比較するため、写真を撮ります。",  # a measurement
    ],
)
def test_round_twelve_kinds_clean(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED004", "お体への負担がまったくない検査です。"),
        ("MED002", "県内で最初にこの治療を導入したのは当院です。"),
        ("MED005", "他の病院で無理と言われた症例も治してきました。"),
        ("MED006", "「来てよかった」とおっしゃる方が後を絶ちません。"),
        ("MED008", "残りあと2名様です。"),
        ("MED009", "迷っている間にも、視力はどんどん衰えていきます。"),
        ("MED009", "高血圧は体の中の時限爆弾です。"),
        ("MED009", "肩こりを根本から取り去る整体です。"),
    ],
)
def test_round_thirteen_kinds(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "公費の対象となるため、自己負担はありません。",  # a fee, not a bodily burden
        "この方法は、日本で最初に報告されました。",  # a history of medicine
    ],
)
def test_round_thirteen_kinds_clean(sentence):
    assert codes_on(sentence) == [], sentence


# ---------------------------------------------------------------- issue 18, fourth round:
# generative word classes (morphology), frames of advertising. The sentences are the
# developer's own, in wording absent from the four corpora.


def _spans(pattern, sentence, classes):
    from lint.japanese.normalize import normalize
    from lint.japanese.tokenizer import tokenize
    from lint.japanese.wordpattern import compile_word_pattern, content_tokens, find_all

    tokens = content_tokens(tokenize(normalize(sentence).text))
    compiled = compile_word_pattern(pattern, classes)
    return ["".join(t.surface_form for t in tokens[a:b]) for a, b in find_all(tokens, compiled)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("眼科医が推薦します", ["眼科医が推薦"]),  # 眼科 + 医: a run of nouns ending in 医
        ("整形外科医が推薦します", ["整形外科医が推薦"]),
        ("医療費が推薦されます", []),  # 医療 ends in 療, not in 医
        ("獣医が推薦します", []),  # a word the class leaves out (!獣医)
    ],
)
def test_a_class_by_suffix_takes_words_never_listed(sentence, expected):
    classes = {"DOC": ["-医", "!獣医"]}
    assert _spans("$DOC が 推薦", sentence, classes) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("地域最安値です", ["最安値"]),  # the prefix 最 + a noun
        ("最強です", ["最強"]),  # one word beginning with 最
        ("最寄り駅です", []),  # an exception covers its compounds
        ("最近です", []),
        ("最優先です", []),  # 最 + 優先, left out as the word 最優先
    ],
)
def test_a_class_by_prefix_leaves_lexicalised_words_out(sentence, expected):
    classes = {"SUP": ["最-", "!最寄り", "!最近", "!最優先"]}
    assert _spans("$SUP", sentence, classes) == expected


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED003", "眼科医が太鼓判を押すコンタクトレンズです。"),
        ("MED003", "整形外科医もおすすめするインソール。"),
        ("MED003", "京大病院の先生も推薦しています。"),
        ("MED003", "歯科衛生士も推薦する電動歯ブラシ。"),
        ("MED003", "プロ野球選手も通うパーソナルジム併設クリニック。"),
        ("MED003", "女優御用達のエステ。"),
        ("MED002", "地域最安値の歯科インプラント！"),
        ("MED002", "最強の育毛メソッド。"),
        ("MED002", "最も人気のある脱毛コースです。"),
        ("MED004", "当院のレーシックは感染症が起こりません。"),
        ("MED004", "当院の施術なら術後トラブルはゼロです。"),
        ("MED004", "このサプリは胃腸へのダメージがありません！"),
        ("MED004", "リバウンドゼロの医療ダイエット。"),
        ("MED006", "満足度９８％のクリニック。"),
        ("MED006", "★★★★★の高評価！"),
        ("MED007", "３ヶ月でマイナス８ｋｇ！"),
        ("MED007", "施術前と施術後で、シワが５０％減少！"),
        ("MED008", "２本まとめ買いでもう１本プレゼント！"),
        ("MED008", "２回目以降はずっと無料！"),
        ("MED009", "このサプリを飲まない人は将来寝たきりになります。"),
        ("MED009", "治療を先延ばしにすると人生が台無しです。"),
        ("MED009", "このまま何もしなければ、あなたも糖尿病になるかもしれません！"),
    ],
)
def test_generative_classes_reach_words_never_listed(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "最寄りのバス停は市役所前です。",  # 最 of place
        "最短のお届け日は３日後です。",  # a superlative of a logistic noun
        "一番近い駐車場は、クリニックの裏です。",
        "最も多い原因は胆石です。",  # epidemiology, no frame of commerce
        "最大の危険因子は喫煙です。",
        "最終的な診断は医師が行います。",
        "小児科医が子どもの発達を確認します。",  # a doctor who works, not one who endorses
        "合併症がない場合は、３日で退院できます。",  # a condition
        "この検査では痛みはほとんどありません。",  # measured
        "副作用の頻度は0.5%でした。",  # a rate, not zero
        "手術の前と後で、血液検査の結果を比べます。",  # a measurement
        "治療前と治療後の検査値は、カルテに記録します。",  # kept as records
        "当院では、治療の効果と副作用についてご説明します。",  # an effect explained
        "治療を受けないと、症状が悪化することがあります。",  # a hedged risk
        "血圧を下げる薬を飲まないと、脳卒中になりやすくなります。",  # a medical fact, no reader, no alarm
        "受診しないと診断書は発行できません。",
        "費用はセットではなく、検査ごとにかかります。",
    ],
)
def test_generative_classes_leave_facts_and_logistics(sentence):
    assert codes_on(sentence) == [], sentence


def test_a_frame_and_an_exemption_are_checked_when_the_pattern_file_is_read(tmp_path):
    bad = tmp_path / "ads.toml"
    bad.write_text(
        '[[pattern]]\nrule = "MED004"\ncategory = "c"\npattern = "必ず"\ncontext = ["~1"]\nreason = "r"\n'
        'rewrite = "w"\n',
        encoding="utf-8",
    )
    from lint.errors import ConfigError

    with pytest.raises(ConfigError, match=r"ads.toml: \[\[pattern\]\] #1 \(MED004\): context '~1'"):
        medical_ads.load_patterns(bad)


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "当院のメソッドなら、誰でも必ず禁煙できます。"),  # certainty + a potential, the clinic's
        ("MED001", "たった１か月で誰でも肌がツルツルに✨"),  # anyone, a visible change, exclaimed
        ("MED004", "「まったく腫れない」二重整形。"),  # a slogan naming the product is the page's own
        ("MED004", "ダウンタイムなしで小顔になりませんか？"),  # an invitation asks nothing
        ("MED005", "一般的なレーザーよりはるかに早く、シミが消えます。"),  # intensified, with an effect
    ],
)
def test_frames_of_certainty_slogans_and_intensified_comparison(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "喫煙者は非喫煙者よりはるかに肺がんになりやすいです。",  # a risk compared, no frame of selling
        "「かかりつけ医」制度について説明します。",  # a quoted term, not a slogan about a product
        "当院の駐車場は誰でも利用できます。",
    ],
)
def test_frames_leave_compared_risks_and_quoted_terms(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    "sentence",
    ["出血のリスクはゼロではありません。", "副作用はゼロではありません。", "副作用なしではありません。"],
)
def test_harm_said_not_to_be_zero_is_honest(sentence):
    # the copula's denial after the noun counts: ゼロではありません is the opposite of a promise
    assert codes_on(sentence) == [], sentence


def test_voice_and_testimony_are_tried_only_where_they_can_be():
    """sentence_findings skips the voice and testimony patterns on a sentence for which
    may_be_voice / may_be_testimony is False: no span of it may then be a voice or testimony."""
    from lint.analysis.stance import may_be_testimony, may_be_voice, stance
    from lint.parsing.text import split_sentences

    texts = [
        *TESTIMONIAL,
        *TESTIMONIAL_CLEAN,
        "「痛みが消えました」（40代女性）",
        "すっかり元気になりました。（60代・主婦）",
        # a long label: its colon stands beyond the tenth word (the two bounds once disagreed)
        "膝の人工関節の手術を受けられた患者さまのご感想：階段が楽になりました",  # colon at word 15
    ]
    for path in [ADS, CLEAN, *sorted((ROOT / "docs").glob("*.md"))]:
        for unit in parse_page(str(path), path.read_text(encoding="utf-8")).units:
            texts.extend(sentence.text for sentence in split_sentences(unit.plain))
    seen = {"voice": 0, "testimony": 0, "skipped": 0}
    for text in texts:
        _, tokens, _, _ = medical_ads.analyse(text)
        spans = [(i, i + 1) for i in range(len(tokens))] + [(0, len(tokens))] * bool(tokens)
        found = [stance(tokens, span) for span in spans]
        voice, testimony = any(s.voice for s in found), any(s.testimony for s in found)
        assert may_be_voice(tokens) or not voice, text
        assert may_be_testimony(tokens) or not testimony, text
        seen["voice"] += voice
        seen["testimony"] += testimony
        seen["skipped"] += not may_be_testimony(tokens)
    assert seen["voice"] and seen["testimony"] > seen["voice"] and seen["skipped"], seen  # each case is met


# issue 18, fifth round: frames with classes on either side (the developer's own sentences, not
# from any corpus)
@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED003", "人気女優も愛用中のサプリ！"),  # a celebrity and what she did, by the class's head
        ("MED003", "有名ブロガーも絶賛の美容液"),
        ("MED003", "大学教授が認めた新成分を配合"),  # authority + recognition, the product as object
        ("MED003", "雑誌に選ばれた名医が在籍"),  # a medium as agent, passive voice
        ("MED003", "朝日新聞で取り上げられた当院の治療"),  # a newspaper by its head noun
        ("MED001", "このサプリを飲めば、体重は確実に落ちます！"),  # certainty + outcome, conditioned
        ("MED001", "当院の治療なら薄毛の悩みが完全に解消します。"),
        ("MED005", "大手クリニックとは仕上がりのレベルが違います"),  # any institution on the other side
        ("MED005", "市販の目薬より10倍楽になる当院の点眼"),  # N times, in a selling frame
        ("MED007", "シミだらけだった肌が、施術後はピカピカに"),  # a past state and the state after
        ("MED008", "LINE友だち登録で初回施術0円"),  # free on a registration
        ("MED009", "今すぐ矯正しないと、顔がゆがんでダメになります"),  # the cost of not doing it
        ("MED009", "肥満のままだと、人生が台無しです！"),
        ("MED006", "90%の方にご好評をいただいています"),  # patients said to be pleased
        ("MED006", "30代女性「たった1回で肌が明るくなりました」"),  # a speaker's label before the quote
    ],
)
def test_fifth_round_frames(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "この仕組みには、多くの研究者が注目しています。",  # no clinic, product or exclamation
        "ノーベル賞を受賞した研究者が、この現象を初めて報告しました。",
        "新聞で取り上げられた健康法を試す前に、主治医に相談してください。",
        "完全に回復するまでには数か月かかります。",  # completeness in a medical fact
        "喫煙者は吸わない人より2倍脳梗塞になりやすいとされています。",  # a risk ratio
        "一般的な治療とは副作用の種類が異なります。",
        "自治体の助成で、初回の検診は無料です。",  # free under a public scheme
        "治療しないと、血栓が大きくなることがあります。",  # a hedged consequence
        "この薬は、最少量から始めて少しずつ増やします。",  # a superlative of a dose is a measurement
        "症例写真には、主なリスクと副作用を併記しています。",  # the guideline's allowed form
        "「飲むだけで痩せる」とうたう商品には注意しましょう（消費者庁）。",  # a warning, signed by its source
        "患者さんに喜ばれることもありますが、効果には個人差があります。",
        "医師に選ばれた治療法が、必ずしもあなたに合うとは限りません。",
    ],
)
def test_fifth_round_frames_leave_medical_facts_and_warnings(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    "pattern, sentence, expected",
    [
        (
            "$DOC が 推薦",
            "整形外科医が推薦します",
            ["整形外科医が推薦"],
        ),  # a run ending in 医, found by its last character
        ("$SUP", "地域最安値です", ["最安値"]),  # found by the first character of its stem
        ("完治", "必ず完治します", ["完治し"]),  # MeCab's 完 + 治し: the noun before a fused する
        ("はんがく", "今ならはんがくです", ["はんがく"]),  # a word in kana that MeCab cuts in two
    ],
)
def test_an_index_made_for_other_patterns_finds_the_same_spans(pattern, sentence, expected):
    # a sentence's WordIndex lists only the words of the patterns it was made for; a pattern
    # it does not cover is matched on a full index, never on the partial one
    from lint.japanese.normalize import normalize
    from lint.japanese.tokenizer import tokenize
    from lint.japanese.wordpattern import compile_word_pattern, content_tokens, find_all, vocabulary, word_index

    classes = {"DOC": ["-医", "!獣医"], "SUP": ["最-", "!最寄り"]}
    tokens = content_tokens(tokenize(normalize(sentence).text))
    compiled = compile_word_pattern(pattern, classes)

    def spans(index):
        return ["".join(t.surface_form for t in tokens[a:b]) for a, b in find_all(tokens, compiled, index=index)]

    own = word_index(tokens, vocabulary([compiled]))
    other = word_index(tokens, vocabulary([compile_word_pattern("効果", classes)]))
    assert spans(own) == spans(other) == spans(None) == expected


def test_the_sentence_index_lists_every_word_the_file_looks_up():
    # analyse() indexes a sentence for PatternFile.vocabulary only, and the PatternIndexes of
    # patterns, fixed terms and register markers look words up in that index alone: a pattern,
    # frame or marker it did not cover would silently never be a candidate. Every WordPattern the
    # file holds is found by its fields, so a new frame key is checked without changing this test.
    from dataclasses import fields

    from lint.japanese.wordpattern import WordPattern, _covers

    loaded = medical_ads.load_patterns()

    def held(obj):
        for f in fields(obj):
            value = getattr(obj, f.name)
            if isinstance(value, tuple):
                yield from (v for v in value if isinstance(v, WordPattern))

    every = [*held(loaded)] + [p for entries in loaded.entries.values() for e in entries for p in held(e)]
    # the judgement's frames and each verdict's clause, context and exemptions (a clause was once left out)
    every += [p for frames in loaded.frames.values() for p in frames]
    every += [p for _, e in loaded.verdicts for p in held(e)]
    assert any(e.patterns for _, e in loaded.verdicts)
    assert loaded.markers and any(e.unless_paragraph for entries in loaded.entries.values() for e in entries)
    assert {id(p) for p in loaded.markers} <= {id(p) for p in every}
    missed = [p for p in every if not _covers(loaded.vocabulary, p)]
    assert not missed, missed[:3]


# ---------------------------------------------------------------- issue 18, sixth round: the advertising register
# (sentences written for these tests, on topics the corpora do not use)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("施術中も快適に過ごせる当院のリラックスルームです。", True),  # the clinic as topic
        ("本製品は毎朝1粒お飲みください。", True),  # its product
        ("この施術は約30分で終わります。", True),
        ("ご予約・お問い合わせはこちら", True),  # booking
        ("話題の水素吸入、はじめました♪", True),  # a listed character
        ("春の肌ケアはお任せください🌸", True),  # an emoji by code point, not listed
        ("#ニキビ跡 #ピーリング", True),  # hashtags
        ("安心して飲めるサプリ", True),  # a catch copy: a noun phrase with a clause, no full stop
        ("期間限定で受け付けています。", True),  # a campaign
        ("うるおいのある素肌へ。", True),  # a headline without its verb, ending on a case particle
        ("まずは無料相談から始めませんか？", True),  # an invitation
        ("一日も早く、以前のような毎日を取り戻せますように。", False),  # a wish's ように is no headline
        ("この薬は食後に飲んでください。", False),  # この薬: patient information names it all the time
        ("## 治療の流れ。", False),  # a markdown heading's #, not a hashtag
        ("初診料：2,880円", False),  # a label line, not a catch copy
        ("症状が続くときは、かかりつけ医に相談してください。", False),
    ],
)
def test_register_of_a_sentence(sentence, expected):
    assert medical_ads.register_of(sentence) is expected, sentence


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "1回の照射で、ほくろがきれいに消えます"),  # certainty carried by a number
        ("MED001", "明日から朝までぐっすり！話題の睡眠サプリ"),  # by a time
        ("MED001", "当院の水素吸入で、慢性疲労がみるみる回復します！"),
        ("MED001", "#ニキビ跡 #消えた #当院のピーリング"),  # an outcome in a hashtag post
        ("MED004", "赤ちゃんにも安心して使える保湿クリーム"),  # safety praised in a catch copy
        ("MED005", "ふつうの歯医者とは違う、痛みに配慮した当院の治療"),  # a contrast without より
        ("MED003", "日本抗加齢協会推奨のアンチエイジング外来"),  # an organisation's name alone
        ("MED003", "国立大学との共同研究で効果が実証された育毛ローション"),  # joint research as a seal
        ("MED006", "「もっと早く来ればよかった」レーシックを受けた方の声"),  # a trailing label
        ("MED009", "その肩こり、放っておくのは自殺行為です"),  # fear by metaphor
        ("MED009", "歯周病は全身をむしばむ時限爆弾！"),
        ("MED009", "ｶﾝﾀﾝ!ﾗｸﾗｸ!通うだけの骨盤矯正"),  # praise in half-width katakana, exclaimed
        ("MED009", "その口内炎、放っておくと命取りに！"),  # danger in an exclaimed sentence
    ],
)
def test_register_frames(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # the same predicates outside the register: patient information
        "多くの場合、1〜2週間で自然に治ります。",
        "体重を減らすと膝への負担が軽くなります。",
        "この薬は、飲み始めてから効果が出るまでに2週間ほどかかります。",
        "大学病院と共同で、地域の健診データを分析しています。",
        # in the register, but nothing evaluated: an explanation, a condition, a purpose, a fact
        "当院では、治療の効果と限界について丁寧にご説明します。",
        "症状が改善しない場合は、お気軽にご相談ください。",
        "皆さまが安心して受診できるよう、スタッフ一同で感染対策を行っています。",
        "院長は日本形成外科学会認定の形成外科専門医です。",  # a qualification, not an endorsement
        "当院は日本医療機能評価機構の認定を受けています。",
        "当院の診療時間は平日9時から18時までです。",
        "一般的な皮膚科と同じく、当院でも保険診療を行っています。",
        "当院では、土曜日も受診できるようになりました。",  # access gained is a service, not a result
        "自殺行為という言葉で不安をあおる広告には注意しましょう。",  # the word warned about
        "この病気は、治療が遅れると命取りになることがあります。",  # danger with its condition, no sale
    ],
)
def test_register_frames_leave_patient_information(sentence):
    assert codes_on(sentence) == [], sentence


def test_a_heading_is_no_catch_copy():
    # the same noun phrase is a catch copy as a paragraph and a title as a heading
    assert medical_ads.register_of("安心して受けられる検査の流れ")
    assert not medical_ads.register_of("安心して受けられる検査の流れ", paragraph=False)
    assert "MED004" in codes_on("安心して受けられる検査の流れ")
    assert findings("---\neeat: _meta/eeat.yaml\n---\n\n# 安心して受けられる検査の流れ\n\n本文です。\n") == []


def test_register_entries_need_markers(tmp_path):
    from lint.errors import ConfigError

    path = tmp_path / "ads.toml"
    path.write_text(
        '[[pattern]]\nrule = "MED001"\ncategory = "c"\npattern = "治る"\nregister = true\nreason = "r"\nrewrite = "w"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"#1 \(MED001\): register = true, but the file has no \[register\] markers"):
        medical_ads.load_patterns(path)
    path.write_text('[register]\nmarker = ["当院"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[register\]: unknown key 'marker'"):
        medical_ads.load_patterns(path)


# ---------------------------------------------------------------- issue 18, sixth round, after the held-out check
# (each kind on a sentence of another topic, and the near miss the same frame must leave alone)


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "ほうれい線が確実に薄くなります"),  # certainty with becoming
        ("MED001", "この目薬1本で、かすみ目ゼロへ"),  # a counted quantity, a symptom brought to zero
        ("MED001", "朝の目覚めがすっきり！サプリ2粒で翌朝から必ずすっきり"),
        ("MED001", "いつもの頭痛も、起きたら必ずスッキリ"),  # a fragment ending on its adverb
        ("MED001", "安全性100%保証のピーリング"),  # the figure starts the match: 安全性 is a fixed term
        ("MED005", "この漢方は抗菌薬よりも優れた治療法です"),  # superiority to any treatment
        ("MED003", "人気ユーチューバーの〇〇くんもやってる小顔矯正♪"),  # fame doing it, whatever the verb
        ("MED003", "トップアスリートも信頼する整体"),  # a generative head (〜アスリート)
        ("MED006", "実際に手術を受けた方のインタビューを公開中"),
        ("MED007", "治療前は毎晩3回も目が覚めていた子どもの夜泣きが、治療後はほぼゼロに"),
        ("MED007", "矯正治療の前と後、家族も驚いた横顔に"),
        ("MED008", "インプラントとセットで、ホワイトニングが実質無料"),
        ("MED008", "12月25日まで、ヒアルロン酸注射が無料"),  # free until a date
    ],
)
def test_frames_after_the_held_out_check(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "研究では、薬物療法よりも優れた効果が示されました。",  # a study's result, past
        "新しい薬が従来の薬より優れているとは限りません。",
        "個人情報の取り扱いは法律で保証されています。",
        "予防接種は3月31日まで無料で受けられます（市の助成）。",  # a public scheme after the offer
        "子宮頸がん検診のクーポン券（市から送付）をお持ちください。",  # a municipality's coupon
        "口コミだけで病院を決めず、医師の説明を聞いて判断しましょう。",  # advice about reviews
        "治療前には検査を行い、治療後は安静にしてください。",  # instructions before and after
        "服用前と服用後に血圧を測って記録してください。",
        "インフルエンザの症状は、通常1週間ほどで軽くなります。",
        "症状は必ず軽くなるわけではありません。",
    ],
)
def test_frames_after_the_held_out_check_leave_patient_information(sentence):
    assert codes_on(sentence) == [], sentence


# issue 18, seventh round (medical-ads-blind7.yaml read): the kinds of its misses and false alarms,
# tested on sentences of our own wording


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "満足保証プランあり：結果が出るまで何回でも無料で施術します。"),  # a guarantee scheme
        ("MED001", "満足率100％のフェイシャル"),  # a rate at 100 %
        ("MED001", "この矯正で、確実に笑顔を取り戻せます。"),
        ("MED001", "「治せない肩こりはない」が院長の信念です。"),  # a quotation the clinic owns
        ("MED001", "肌のハリを取り戻すクリーム、試してみませんか？"),  # an invitation, not a question
        ("MED004", "ミスすることはありえません。"),  # impossibility of harm
        ("MED004", "新生児にも使えるくらいやさしいジェルです。"),
        ("MED004", "メスを入れないので安心。"),
        ("MED004", "ﾊﾚﾅｼ！"),  # half-width catch copy: NFKC before tokenizing
        ("MED004", "医療事故の事例は一つもない、安心の手術です。"),
        ("MED002", "県内で五本の指に入る形成外科"),
        ("MED005", "前の歯医者では2年かかった矯正が、当院では半年で終わりました。"),
        ("MED005", "全国平均より高い合格率を誇ります。"),
        ("MED003", "「この治療なら家族にもすすめたい」―大学病院教授 〇〇先生"),
        ("MED003", "薬剤師さんもこっそり愛用している保湿ジェル✨"),
        ("MED003", "厚生労働省認定のクリニックです。"),
        ("MED006", "「朝までぐっすり眠れました」―不眠外来に通う方より"),  # a signature ending in より
        ("MED006", "Aさん（40代）「ほかでは治らなかった痛みが消えました」"),  # a bracketed label
        ("MED006", "3か月で数値が下がったと、うれしいご報告をいただきました。"),
        ("MED007", "3か月後の仕上がりをご覧ください。"),
        ("MED007", "B/A画像を多数掲載"),
        ("MED007", "施術から2週間後、くすみがすっかり消えました（画像あり）"),
        ("MED008", "月々1,980円から始められるホワイトニング"),
        ("MED008", "3回目が無料になる回数券"),
        ("MED008", "近隣より1円でも高ければ値下げします。"),
        ("MED009", "膝が悲鳴を上げていませんか！"),
        ("MED009", "口臭は異性から避けられる原因に…"),
        ("MED009", "歯周病を放っておくと、ほぼ確実に歯を失います。"),
    ],
)
def test_frames_of_the_seventh_round(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "この薬は根治を目指すものではなく、発作を減らすことを目的としています。",  # a denied purpose
        "再発しないと約束するような説明は、いたしません。",  # a stance disowned
        "「医師おすすめ」とうたう健康食品でも、効き目が確かめられているわけではありません。",
        "「治った」という口コミがあっても、同じ効果が出るとは限りません。",  # a concession
        "ネットの口コミよりも、主治医の説明を確認しましょう。",
        "症例写真には、施術内容・料金・主な副作用とリスク・施術回数を記載しています。",
        "症例写真だけで手術を決めず、費用や合併症についても確認しましょう。",
        "薬価は、先発医薬品よりも後発医薬品のほうが安く定められています。",  # public prices compared
        "がん検診は、市の国民健康保険の加入者は自己負担なしで受けられます。",
        "副作用の報告がある場合は、すぐに医師に伝えてください。",  # a record, no sale
        "服用前と比べて血圧が下がっているかどうかを記録してください。",
        "多くの子どもは、周りから笑われることを気にして受診をためらいます。",
        "以前の検査とは異なり、現在のCTは被ばくが少なくなっています。",  # eras compared in a fact
        "閉経すると、女性として月経が終わります。",
    ],
)
def test_frames_of_the_seventh_round_leave_patient_information(sentence):
    assert codes_on(sentence) == [], sentence


def test_case_photos_with_their_disclosures_in_the_paragraph():
    # the guideline lifts the ban on case photos shown with the treatment, its cost and its risks
    # (限定解除): the disclosures may stand in the next sentence of the paragraph
    paragraph = (
        "症例写真は同意を得て掲載しています。施術：レーザー照射5回、料金：55,000円、主なリスク：赤み・色素沈着。"
    )
    assert codes_on(paragraph) == []
    assert "MED007" in codes_on("症例写真は同意を得て掲載しています。")


@pytest.mark.parametrize(
    "paragraph",
    [
        "ビフォーアフター写真をご覧ください！料金は8万円、リスクはほとんどありません。",  # risk denied
        "話題のビフォーアフター写真をご覧ください！費用もリスクもご心配なく。",  # no figure, no risk listed
        "施術前と施術後の写真です。費用や副作用が気になる方はご相談ください。",  # words, no disclosure
    ],
)
def test_words_of_cost_and_risk_are_no_disclosure_without_a_figure_and_a_list(paragraph):
    # disclosure is a cost with its figure and the risks listed (a label or 主なリスク); the words
    # alone next to the photos, or a risk said to be absent, lift nothing
    assert "MED007" in codes_on(paragraph), paragraph


# issue 18, eighth round (medical-ads-blind8.yaml read): the kinds of its false alarms, tested on
# sentences of our own wording (each reported before the round), and what the same frames still report


@pytest.mark.parametrize(
    "sentence",
    [
        "日本初のピロリ菌の症例は、1980年代に報告されました。",  # a first told as history (passive)
        "「業界No.1」表示は、調査の方法とともに示す必要があります。",  # a quoted wording named by 表示
        "最重度の患者さんには、集中治療室での管理が必要です。",  # a grade of severity
        "当院のみで判断せず、連携病院と相談して治療方針を決めます。",  # a referral
        "ランキングの1位を求めるより、通いやすさを重視することが大切です。",  # advice against ranks
        "後発医薬品は、先発医薬品と同等の効果を持つと国が認めた薬です。",  # a certified equivalence
        "術前と術後では度数が変わるため、眼鏡は術後1か月以降に合わせます。",  # a change as a reason
        "監修：日本皮膚科学会 皮膚科専門医 〇〇〇〇（患者さま向けパンフレット）",  # a credit line
        "口コミ・症例写真の取り扱いに関する当院の考え方",  # a policy on reviews and photos
        "スタッフの声：働きやすい職場づくりについて",  # the staff's voice
    ],
)
def test_false_alarms_of_the_eighth_round(sentence):
    assert codes_on(sentence) == [], sentence


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED002", "世界初の治療法を当院で導入しました！"),  # a first of the clinic's, not history
        ("MED002", "当院だけの特別な治療です。"),
        ("MED002", "ナンバーワンの実績を誇ります。"),
        ("MED006", "患者様の声：長年の痛みが消えました"),  # a patient's label stays a voice
        ("MED006", "「腰の痛みが消えました」（50代・女性）"),  # a signature stays one
    ],
)
def test_the_eighth_round_exemptions_leave_claims(code, sentence):
    assert code in codes_on(sentence), sentence


# the kinds of its misses, in other words than the corpus's (each missed before the round)


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("MED001", "成功率98%の確かな技術"),
        ("MED001", "奏効率96％！最新の免疫療法"),
        ("MED004", "安全性100%のヒアルロン酸注入。"),
        ("MED001", "減量にコミットするプログラムです。"),
        ("MED001", "ﾎｸﾛ 確実に除去します"),
        ("MED001", "あなたも必ず理想の体型になれる。"),
        ("MED001", "腰の痛みをピタリと止める整体メソッド。"),
        ("MED001", "3回でくびれ確定♪"),
        ("MED004", "副作用なんか一切ありません！"),
        ("MED004", "No Pain! 話題の医療脱毛"),
        ("MED005", "よその歯医者が見逃す虫歯も、しっかり見つけます。"),
        ("MED005", "VS大手クリニック、料金を比べてみてください！"),
        ("MED003", "〇〇大学医学部との共同研究から誕生したサプリです。"),
        ("MED003", "皮膚科医が監修したスキンケアクリーム。"),
        ("MED003", "テレビでおなじみの〇〇先生が診察します。"),
        ("MED003", "看護師さんたちも、こっそり通っているサロン。"),
        ("MED006", "患者さんから「先生は神様です」と言っていただきました。"),
        ("MED006", "お客様のご感想をご紹介します。"),
        ("MED006", "治療を始めた方が続々と回復されています。"),
        ("MED007", "シワだらけだった目元が…今ではこのハリ！"),
        ("MED007", "この二の腕が、こうなりました！"),
        ("MED007", "シミ治療の経過画像はこちら"),
        ("MED008", "ハイフ打ち放題 月額9,800円"),
        ("MED008", "1回分の料金で2回照射できます。"),
        ("MED008", "ゼロ円から始められるAGA治療"),
        ("MED009", "受診が1日遅れるごとに、回復の可能性は下がります。"),
        ("MED009", "睡眠不足は寿命を削ります。"),
        ("MED009", "たった一本のタバコで、肺は確実にボロボロになる…"),
        ("MED009", "歯周病を放っておくと、歯がごっそり抜け落ちます。"),
        ("MED009", "介護難民にならないために、今から当院のリハビリを。"),
    ],
)
def test_frames_of_the_eighth_round(code, sentence):
    assert code in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "この治療の奏効率は約30％と報告されています。",
        "安全性を100%保証できる薬はありません。",
        "当院では、ほくろを炭酸ガスレーザーで除去します。",
        "必ず医師の指示どおりに服用してください。",
        "ほかの医療機関で断られた場合も、ご相談ください。",
        "市販薬より処方薬のほうがよく効くとは限りません。",
        "この薬は、大学病院との共同研究で開発されました。",
        "この記事は、皮膚科医が監修しています。",
        "FDAで承認された薬でも、副作用はあります。",
        "患者さんの声を診療の改善に活かしています。",
        "アンケートの回答率は60％でした。",
        "次々と新しい治療薬が登場しています。",
        "今では、この病気は薬で治療できるようになりました。",
        "経過写真はカルテに保存し、院内でのみ使用します。",
        "食べ放題の外食は控えましょう。",
        "明日の受診でも遅くはありません。",
        "がん細胞を破壊する薬です。",
        "喫煙は寿命を縮めることが知られています。",
        "確実に感染を防ぐため、手洗いをしましょう。",
        "血まみれになるほどの出血があれば、救急車を呼んでください。",
        "1日ごとに服用量を減らしていきます。",
        "術前/術後の検査値を記録します。",
        "薬は毎日同じ時間に飲みますよ。",
        "この薬は必ず食後に飲んでください。",
        "寛解しても、薬を自己判断でやめないでください。",
        "今でも、この薬は多くの患者さんに使われています。",
        "その症状が、こうなったら受診してください。",
        "当院の手術の成功率は97%です（2023年、120例）。",
        "医師が監修したプログラムに沿って運動します。",
        "続々と新しい研究結果が報告されています。",
        "他の医師の意見を聞くことも大切です。",
        "ほかの病院で見落とされやすい病気についてご説明します。",
        "1日ごとに体重を記録しましょう。",
        # a friendly tone is no register (a first version took 〜ますよ for the speaker's assurance)
        "お薬は食後に飲むと、胃への負担が軽くなりますよ。",
        "この薬は、国内の複数の大学の共同研究から生まれました。",  # a drug's history, in the past
        "症例写真は、本人の同意を得て学会で発表しています。",  # scholarly use of case photos
        "放置するとどうなるのか、医師に確認しましょう。",  # a question handed to the doctor
    ],
)
def test_frames_of_the_eighth_round_leave_patient_information(sentence):
    assert codes_on(sentence) == [], sentence


# issue 18, ninth round: the sentence judged as a whole (verdicts). Sentences of our own wording, in
# words no pattern lists: the form of the predicate and the advertiser's frame decide.
VERDICT_FLAGGED = [
    ("当院の育毛治療なら、三か月後には必ず前髪のコシが戻ってきます。", "MED001"),  # certainty over any verb
    ("禁煙外来に通えば、どなたでもお酒が控えられます。", "MED001"),  # a universal over a potential
    ("肌管理コースで、くすみが確実に目立たなくなります。", "MED001"),  # certainty, a change in ない + なる
    ("夜更かしを続けると確実に糖尿病になります。", "MED009"),  # a disease made certain after a condition
    ("レーザー治療の前後で、黒ずみがゼロになりました。", "MED007"),  # a change told as done beside a before/after
    ("この点滴で、むくみが薄くなりました。", "MED001"),  # a change told as done, of the advertiser's treatment
    ("当院の注射療法は安全な方法です。", "MED004"),  # the advertiser evaluated as safe
    ("当院の縫合技術は完璧です。", "MED002"),  # the advertiser evaluated as the best
    ("格安の脱毛サロンは雑。一人ずつ丁寧に照射する当院にお任せください。", "MED005"),  # a rival evaluated, then us
    ("市販の育毛剤は効きが弱いので、当院では医療用のお薬を処方します。", "MED005"),
    ("このインプラント治療を受ければ、もう入れ歯に悩むことはありません。", "MED001"),  # never again, denied
    ("漢方は体にやさしい安全なお薬なので、安心してお試しいただけます。", "MED004"),  # safe, attributive to the drug
    ("二重の幅が確実に広くなり、理想の目元が手に入ります。", "MED001"),  # certainty over a change, no frame
    ("歯ぎしりを放っておくと、歯がボロボロになります。", "MED009"),  # neglect, then ruin, unhedged
    ("よその接骨院とは違う、本物の腰痛ケア", "MED005"),  # a contrast in catch copy
    ("当院の光治療なら、毎日のお手入れがぐっと爽快です。", "MED009"),  # praise by an unlisted adjectival noun
]

VERDICT_CLEAN = [
    "当院では、必ず医師が診察します。",  # certainty over the clinic's own act
    "どなたでも無料でご相談いただけます。",  # a universal granting access
    "受診の前には必ず保険証をご持参ください。",  # a request
    "鼻血が出やすくなる主な原因",  # a tendency, not a change promised
    "治療後に必ず消えるとは限りません。",  # negated as an uncertainty
    "尿酸値を下げ続ければ、発作は起こらなくなります{cite:p}`src-a`。",  # a source given
    "TMS治療は、薬物療法で十分な効果が得られなかった方が対象となる治療です。",  # a definition
    "他院で受けた検査の結果も、当院の医師が確認します。",  # another institution, no evaluation of it
    "ジェネリック医薬品は、先発品と同じ有効成分を含むお薬です。",  # a rival named, no advertiser
    "この治療で血圧が下がることがあります。",  # hedged
    "点眼薬を続ければ、多くの方は生涯にわたって日常生活に困らない視力を保てます。",  # a share, not all
    "動画は、当院のページからご覧になれます。",  # an honorific of 見る, not a change
    "高血圧を放置すると、脳卒中のリスクが高まります。",  # a risk that rises is information
    "寝る前のスマートフォンは控えたほうがよいでしょう。",  # advice, not a comparison
    "手術で完全に治すことは困難です。",  # a difficulty denies
    "当院の皮膚科外来は予約なしでも受診できます。",  # our own department, not a rival
    "この病院は駅から近く、バスでも通えます。",  # access, no evaluation of a rival
    "当院の検査は定期的です。",  # an adjectival noun in 的 describes
    "育児相談もお気軽にどうぞ。",  # an adverbial use, not a predicate
    "おもな症状",  # a word of relation
    "聞こえにくさを放っておくと、認知症になりやすいことがわかってきました。",  # a tendency, not a threat
]


@pytest.mark.parametrize(("sentence", "code"), VERDICT_FLAGGED)
def test_the_sentence_judgement_flags_claims_whatever_their_words(sentence, code):
    found = findings(FRONT + sentence + "\n")
    assert code in {f.rule for f in found}, (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize("sentence", VERDICT_CLEAN)
def test_the_sentence_judgement_leaves_close_honest_sentences_alone(sentence):
    assert not medical_ads.verdicts(sentence, True, ()), sentence


def test_a_contrast_across_two_sentences_needs_the_advertiser_in_the_other():
    rival = "大手チェーンの整体は流れ作業。"
    assert medical_ads.verdicts(rival, True, ("一人ひとりを丁寧に診る当院を選んでください。",))
    assert not medical_ads.verdicts(rival, True, ("整体の選び方を説明します。",))


def test_bad_judgement_entries_name_the_file_and_entry(tmp_path):
    from lint.errors import ConfigError

    path = tmp_path / "ads.toml"
    verdict = '[[verdict]]\nkind = "{kind}"\nrule = "{rule}"\ncategory = "c"\nreason = "r"\nrewrite = "w"\n'
    for body, message in [
        (verdict.format(kind="hunch", rule="MED001"), "[[verdict]] #1: kind must be one of"),
        (verdict.format(kind="certainty", rule="MED010"), "[[verdict]] #1: unknown rule 'MED010'"),
        (verdict.format(kind="change", rule="MED001") + 'frame = "~2"\n', "[[verdict]] #1 (MED001): frame '~2'"),
        ('[judgement]\nadvertizer = ["当院"]\n', "[judgement]: unknown key 'advertizer'"),
        ('[judgement]\ncertainty = ["$NOPE"]\n', "[judgement]: certainty '$NOPE': unknown word class"),
    ]:
        path.write_text(body, encoding="utf-8")
        medical_ads.load_patterns.cache_clear()
        with pytest.raises(ConfigError) as caught:
            medical_ads.load_patterns(path)
        assert str(path) in str(caught.value) and message in str(caught.value), caught.value


# issue 18, tenth round: claims carried by a form of the sentence (possibility, multiple, reason,
# warrant, shown). Sentences of our own wording; each form's honest neighbour is in the list below.
FORM_FLAGGED = [
    (
        "肩の痛みを軽視していると、二度と腕が上がらなくなるかもしれません。",
        "MED009",
    ),  # neglect, then ruin, as a possibility
    ("この動悸、もしかして心筋梗塞かも！？", "MED009"),  # a disease as a possibility in the register
    ("他社のマウスピースと比べ、着け心地が3倍なめらか。", "MED005"),  # a multiple against a named rival
    ("市販の目薬より何倍もしっかり潤う処方目薬。", "MED005"),  # a multiple in a noun-phrase copy
    ("首のイボ取り治療は安全なので、敏感肌の方にもおすすめです。", "MED004"),  # safety as the reason
    ("長期に使っても安心なことが実証されたハンドクリームです。", "MED004"),  # a guarantee of safety as a property
    ("臨床試験で効き目が立証された、新しい育毛ローション。", "MED001"),  # a proof of effect as a property
    ("照射5回目で、このなめらかさ。", "MED007"),  # a result pointed at with the count of a treatment
    ("上が初診時、下が矯正終了後の歯並びです。", "MED007"),  # a pair of positions as a caption
    ("当院のハイフで、たるみのない輪郭に生まれ変わります。", "MED001"),  # renewal with its result in に
    ("寝不足のまま運転すると、命を落とします！", "MED009"),  # the reader's act, then a ruin, in the register
    ("たるんだまぶたのまま、一生を終えるつもりですか？", "MED009"),  # a question about living on as one is
    ("一般の内科ではじっくり診てくれない、更年期専門の外来。", "MED005"),  # a service denied by a rival, in copy
    ("2か月前はウエスト85cm、今は72cm！", "MED007"),  # two measures at two times
    ("駅前でいちばん丁寧な歯医者さんと評判です。", "MED002"),  # the page ending on its reputation
    ("この矯正ができるのは、県内で当クリニックの医師だけです。", "MED002"),  # the advertiser as the focus of exclusion
]

FORM_CLEAN = [
    "胸の痛みが続くときは、狭心症かもしれません。",  # a possibility in symptom advice
    "「がんかもしれない」と不安なときは、まずご相談ください。",  # a possibility quoted as the reader's worry
    "がんではないかもしれませんが、念のため検査をおすすめします。",  # denied and conceded
    "喫煙する人は、吸わない人に比べて肺がんのリスクが約4倍です。",  # a multiple in a medical fact
    "この薬は妊娠中も使われることがあるので、医師にご相談ください。",  # no evaluation as the reason
    "効果が証明された治療法は、まだありません。",  # the proof denied
    "臨床試験で有効性が確認された治療を選びましょう。",  # advice, the noun is not the copy's head
    "このような症状があれば、早めに受診してください。",  # a demonstrative in advice, not a result
    "左が正常な関節、右が炎症を起こした関節の模式図です。",  # a pair of positions without a treatment
    "タバコを吸うと、肺がんになるリスクが高まります。",  # a risk that rises: information
    "このまま様子を見てもいいですか？",  # an FAQ's question: no disease or ruin
    "糖尿病の薬は一生飲み続けるのですか？",  # an FAQ's question about the treatment: no state going on
    "一般の病院では、予約が必要な場合があります。",  # another institution, no evaluation of it
    "この薬を処方できるのは、専門の医師だけです。",  # an exclusion of a rule, no advertiser in it
    "効果が高いと評判の治療でも、合わない方がいます。",  # a reputation not told as the page's own
    "お子さんが1歳になったら、2回目の予防接種を受けてください。",  # たら supposes, it tells nothing done
    "症例写真：左が治療前、右が治療後。治療期間6か月、費用30万円、リスク：腫れ・内出血。",  # with disclosures
]


@pytest.mark.parametrize(("sentence", "code"), FORM_FLAGGED)
def test_forms_of_the_sentence_flag_claims_in_words_not_seen(sentence, code):
    found = findings(FRONT + sentence + "\n")
    assert code in {f.rule for f in found}, (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize("sentence", FORM_CLEAN)
def test_forms_of_the_sentence_leave_close_honest_sentences_alone(sentence):
    found = findings(FRONT + sentence + "\n")
    assert not found, (sentence, [(f.rule, f.message) for f in found])


def test_a_possibility_takes_the_register_of_the_next_sentence():
    worry = "その腹痛、大腸がんかも。"
    assert medical_ads.verdicts(worry, True, ("今すぐ当院で検査を！",))
    assert not medical_ads.verdicts(worry, True, ("便に血が混じるときは受診してください。",))


def test_a_notice_of_change_is_no_renewal():
    # 変わる tells a notice as often as a result; only verbs of renewal (生まれ変わる) are changes by form
    # (the word patterns' register outcome still reports this one: see benchmarks/README.md section 6)
    assert not medical_ads.verdicts("当院の診察券は、来月から新しいカードに変わります。", True, ())
    assert medical_ads.verdicts("当院の施術で、十歳若い目元に生まれ変わります。", True, ())


def test_a_promise_with_the_advertiser_is_no_threat_of_the_readers_act():
    # 〜を受ければ is the advertiser's treatment as condition: what follows is its promise, not a threat
    assert not medical_ads.verdicts("当院の検診を受ければ、がんが早く見つかります！", True, ())


def test_the_advertiser_as_the_place_of_an_exclusion_is_no_ranking():
    # (the word pattern 院長だけ still reports it as uniqueness: a decision of the pattern, not of the form)
    assert not medical_ads.verdicts("この手術ができるのは、当院では院長だけです。", True, ())
    assert medical_ads.verdicts("この手術ができるのは、国内で当院の院長だけです。", True, ())


def test_a_statistic_over_the_years_is_no_before_and_after():
    # (an older word pattern, 前は…今, still reports it: see benchmarks/README.md section 6)
    assert not medical_ads.verdicts("20年前は約3割でしたが、今は約5割の方が治療を受けています。", True, ())


def test_a_rival_limited_to_one_act_with_the_advertiser_in_the_next_sentence():
    rival = "格安の整体サロンではスタッフがもみほぐすだけ。"
    assert medical_ads.verdicts(rival, True, ("当院では医師が原因を調べます。",))
    assert not medical_ads.verdicts(rival, True, ("整体の選び方を説明します。",))


def test_a_result_told_beside_its_caption_in_the_paragraph():
    found = findings(FRONT + "ほうれい線へのヒアルロン酸注入、2回目の写真です。口元の影が目立たなくなりました。\n")
    assert "MED007" in {f.rule for f in found}, [(f.rule, f.message) for f in found]
    # a day of a stay in hospital is no caption of a treatment's course
    assert not medical_ads.verdicts("熱が下がりました。", True, ("入院して3日目の朝です。",))


# Issue 18, eleventh round: close honest sentences of our own wording, one or more per mechanism of
# false alarm (none from a corpus), and advertising sentences the same mechanisms must not reach.
ELEVENTH_CLEAN = [
    "体験談や症例写真を載せることは、規則で制限されています。",  # a rule about the ad form
    "症例写真の見た目だけで、クリニックを選ぶのは避けてください。",  # a warning about the ad form
    "患者団体の紹介：同じ難病の方が、月に一度集まって交流しています。",  # a group, not a voice
    "閉経前後は、ホルモンの変化で眠りが浅くなることがあります。",  # a period around a life event
    "腫れが一番目立つのは手術の翌朝で、当院では冷やし方をお伝えします。",  # a cleft ranking moments
    "地域ナンバーワンを誇るより、一人ひとりの話を聞くことを心がけています。",  # a rank refused
    "この治療は奇跡的な回復を約束するものではありません。",  # an exaggeration as a denied もの's object
    "この施術は劇的な変化をもたらすものではなく、少しずつ整えていくものです。",  # the same, continued
    "自治体の広報番組でも、減塩の工夫が取り上げられています。",  # a public body's medium
    "院長コラム：僕も40代になってから、夕方になると目がかすんできます。",  # the writer's own body
    "正しい量を守って塗れば、かぶれを抑えながら効果が期待できます。",  # an effect expected, a hedge
    "当院の受付は、来月から2階の新しいカウンターに変わります。",  # a notice from a date
    "当院の小児外来は、10月から予約制になります。",  # the same with なる
    "検診を受ける人は、30年前は2割ほどでしたが、今は半数を超えています。",  # a statistic over years
    "この検査を担当するのは、当院では放射線科の医師だけです。",  # staffing inside the clinic
    "家族会「ひだまりの会」では、毎月お茶会を開いています。",  # a group named in quotes
    "この病気は、初めのうちはつらくありません。",  # discomfort denied in a symptom's description
    "卵を食べてもアレルギーが起こらない子もいます。",  # a harm denied for some, a fact
    "他の病院の薬が効かなかった方も、まずはご相談ください。",  # a rival's failure, no claim on it
    "他院での治療経過を教えてください。",  # another clinic named in a request
    "2回目以降の診察料は、保険の自己負担分のみです。",  # a count of visits with a fee, no lure
    "「痛くない」で選ぶと後悔することがあります。",  # a quoted criterion mentioned
    "修整したビフォーアフター写真を載せると、虚偽広告になります。",  # a rule about false advertising
    "医師が「薬をやめないで」とすすめる理由を説明します。",  # a doctor's advice quoted
]
ELEVENTH_FLAGGED = [
    ("ビフォーアフター、シミが跡形もなく消えました！", "MED007"),  # a negation is no warning
    ("患者様の声：おかげで腰の痛みがすっかり消えました。", "MED006"),  # a patient's voice by label
    ("痛みが一番少ないのは当院の施術です！", "MED002"),  # the cleft's focus is the advertiser
    ("当院は地域ナンバーワンの実績を誇ります。", "MED002"),  # a rank claimed
    ("手術前後の変化をご覧ください！", "MED007"),  # 前後 of a treatment
    ("奇跡的な回復をお約束します！", "MED009"),  # the exaggeration stated
    ("人気テレビ番組で紹介された当院の治療です！", "MED003"),  # a commercial medium
    ("当院の施術なら、毛穴が目立たなくなります。", "MED001"),  # a change with the advertiser
    ("この治療を受けられるのは当院だけです。", "MED002"),  # the advertiser as the exclusion's focus
    ("3か月前は78kg、今は62kg！", "MED007"),  # months of a treatment, not years
    ("当院の麻酔なら、抜歯は決して怖くありません！", "MED004"),  # discomfort denied under certainty
    ("植物由来のクリームなので、かぶれることは一切ありません。", "MED004"),  # a harm denied outright
    ("従来のブリッジより長持ちする、当院の新しい入れ歯です。", "MED005"),  # lasting longer than a rival
    ("市販薬より安全で効果の高い漢方をご提案します。", "MED005"),  # effect with の after a comparison
    ("よその整体で良くならなかった人にこそ、来てほしい。", "MED005"),  # the rival's failure as a reason
    ("他のサロンでの失敗も、当店がきれいに修正します。", "MED005"),  # mending the rival's work
    ("抽選で3名様に、ホワイトニングが当たります！", "MED008"),  # a treatment by lottery
    ("「実質タダ」で矯正が始められるプランです。", "MED008"),  # a quoted price as the means
    ("開院記念、2回目のカットも無料です！", "MED008"),  # a session by its count, free
    ("皮膚科医も「これなら安心」と絶賛するクリームです。", "MED003"),  # a doctor's quoted verdict
]


@pytest.mark.parametrize("sentence", ELEVENTH_CLEAN)
def test_eleventh_round_leaves_talk_about_advertising_and_limits_alone(sentence):
    found = findings(FRONT + sentence + "\n")
    assert not found, (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize(("sentence", "code"), ELEVENTH_FLAGGED)
def test_eleventh_round_keeps_the_claims_next_to_them(sentence, code):
    found = findings(FRONT + sentence + "\n")
    assert code in {f.rule for f in found}, (sentence, [(f.rule, f.message) for f in found])


# issue 18, twelfth round: open-ended forms (our own sentences, none from a corpus)
TWELFTH_CLEAN = [
    "鍼治療が薬より効くという確かな証拠はありません。",  # a comparison under a denied noun of evidence
    "この療法が手術より安全だというエビデンスはありません。",
    "ご来店の方は駐車場をご利用いただけます。",  # a customer condition without a benefit
    "65歳以上の方は、接種費用の一部を市が助成します。",  # an eligibility, not a customer
    "移植後の拒絶反応を防ぐため、免疫抑制薬を飲み続けます。",  # a harm named, not denied
    "このワクチンの安全性は証明されていません。",  # proof denied
    "電子カルテの導入後、会計の待ち時間が半分になりました。",  # a system's after, not a treatment's
    "移転前・移転後の外観の写真を載せています。",  # the premises' history
    "食事の後、こんなに眠くなるのはなぜでしょうか。",  # a period of the day, a question of cause
    "術後の写真はカルテとして残します。",  # a record
    "ネットの「一晩で治った」という口コミに惑わされないでください。",  # a voice quoted to be distrusted
    "魔法みたいな薬は存在しません。",  # a likeness whose noun is denied
    "病院では処方されない成分を含む市販薬もあります。",  # a relative clause, not a rival's failure
    "服薬前と服薬後の血圧の変化を記録してください。",  # an instruction to measure
]
TWELFTH_FLAGGED = [
    ("当社のマットレスは、他社の寝具よりも朝までぐっすり眠れます。", "MED005"),  # rival + any predicate
    ("他院の矯正よりもずっと目立たず、きれいに仕上がると評判です！", "MED005"),
    ("よその整体より、うちの施術のほうが楽になるよ。", "MED005"),
    ("他のサプリより吸収されやすいのはこのサプリだけ！", "MED005"),
    ("初回ご来院の方に、美容液ミニボトルをプレゼント！", "MED008"),  # a customer condition + a gift
    ("ご契約の方には、1万円を割引いたします。", "MED008"),
    ("レーザー治療なので拒絶反応はゼロ、火傷もなしです。", "MED004"),
    ("肌への負担は一切ありません。", "MED004"),
    ("天然由来で無害な成分だけを配合したクリームです。", "MED004"),
    ("治療前／治療3か月後：シミが薄くなりました。", "MED007"),
    ("施術直後、目元がこんなにパッチリ！", "MED007"),  # a treatment's after + こんなに
    ("このサプリの安全性は完璧です！", "MED004"),  # safety complete
    ("当院の点滴は安全性が実証済みです。", "MED004"),
    ("「肩のこりがうそのように取れました」会員さまのご感想から", "MED006"),  # a carrier of voices as source
    ("当院なら一味違います！", "MED005"),  # the advertiser as the condition of a difference
    ("県内でいちばん多くの方に選ばれている整骨院です。", "MED002"),  # chosen the most
    ("治らなかった患者さんは今まで一人もいません。", "MED001"),  # a time up to now before the count
    ("奇跡のような治療法があります！", "MED009"),  # the likeness affirmed
    ("一般の病院では扱っていない、最新の治療法があります。", "MED005"),  # a rival's failure, ours offered
    ("マウスピース装着前と装着後の口元の変化をご紹介します。", "MED007"),  # the verbal noun said twice
]


@pytest.mark.parametrize("sentence", TWELFTH_CLEAN)
def test_twelfth_round_leaves_denied_evidence_and_eligibility_alone(sentence):
    found = findings(FRONT + sentence + "\n")
    assert not found, (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize(("sentence", "code"), TWELFTH_FLAGGED)
def test_twelfth_round_flags_open_ended_forms(sentence, code):
    found = findings(FRONT + sentence + "\n")
    assert code in {f.rule for f in found}, (sentence, [(f.rule, f.message) for f in found])


# Found by an independent review: an evaluation of a treatment, with no advertiser, was a safety
# guarantee even when patient information concedes it before a precaution or makes it the object of
# a choice. Without the advertiser it is a claim only where the sentence offers it.
ATTRIBUTE_IN_PATIENT_INFORMATION = [
    "ワルファリンは、長く使われてきた安全な薬ですが、定期的な血液検査が必要です。",
    "妊娠中でも使える安全な薬を選びます。",
    "抗凝固療法は安全な治療ですが、出血に注意が必要です。",
    "比較的安全な方法ではあるものの、まれに強いアレルギー反応が起こります。",
]
ATTRIBUTE_OFFERED = [
    "当院の脂肪溶解注射は安全な治療なので、どなたでも受けられます。",
    "このサプリは安全なお薬なので、飲み合わせの心配はいりません。",
]


@pytest.mark.parametrize("sentence", ATTRIBUTE_IN_PATIENT_INFORMATION)
def test_a_conceded_or_chosen_evaluation_of_a_treatment_is_information(sentence):
    found = findings(FRONT + sentence + "\n")
    assert "MED004" not in {f.rule for f in found}, (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize("sentence", ATTRIBUTE_OFFERED)
def test_an_evaluation_of_a_treatment_given_as_a_reason_is_a_guarantee(sentence):
    found = findings(FRONT + sentence + "\n")
    assert "MED004" in {f.rule for f in found}, (sentence, [(f.rule, f.message) for f in found])


def test_sentences_far_apart_in_a_paragraph_do_not_frame_each_other():
    # a caption's frame reaches the neighbouring sentences only (lint.rules.medical_ads.AROUND), so a
    # long paragraph costs each sentence a bounded look-up
    from lint.rules.medical_ads import AROUND

    filler = "通院の日は受付で保険証をご提示ください。" * (AROUND + 1)
    near = findings(FRONT + "AGA治療6か月目の写真。前頭部がフサフサになりました。\n")
    far = findings(FRONT + "AGA治療6か月目の写真。" + filler + "前頭部がフサフサになりました。\n")
    assert "MED007" in {f.rule for f in near}
    assert "MED007" not in {f.rule for f in far}


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # 虚偽/誇大 make a sentence a warning about advertising, unless the writer denies them of itself
        ("当院は虚偽・誇大のない誠実な医療で、必ず治します。", True),
        ("誇大表現なし！当院の治療で必ず治します。", True),
        ("加工した症例写真を掲載することは、虚偽広告にあたります。", False),
        ("誇大な広告に惑わされないでください。", False),
    ],
)
def test_a_word_of_caution_denied_of_oneself_is_a_boast_not_a_warning(sentence, flagged):
    found = findings(FRONT + sentence + "\n")
    assert bool(found) == flagged, (sentence, [(f.rule, f.message) for f in found])


# (issue 18, thirteenth round) forms any verb or noun can fill, each with its close negative; our own
# sentences, none from a corpus
THIRTEENTH_FLAGGED = [
    # a universal by double negation: any verb denied in a clause on people whose existence is denied
    ("このマッサージで肩が軽くならなかったお客様は一人もいらっしゃいません。", "MED001"),
    ("当院の矯正で歯並びに満足しなかった方はまずいません。", "MED001"),  # まずい + ません is まず + いません
    ("このサプリを試して眠りが深くならなかった人はいません。", "MED001"),
    # an event of harm or discomfort denied with an absolute adverb
    ("当院のレーザーで肌がただれることは決してありません。", "MED004"),
    ("このピーリングで痛い思いをすることは一切ございません。", "MED004"),
    # safety for anyone, a worry declared needless
    ("このサプリは誰でも問題なくお飲みいただけます。", "MED004"),
    ("医療脱毛の副作用の心配はご無用です！", "MED004"),
    # a superlative relative clause on an institution; a ranked list
    ("市内でいちばん待ち時間が短い歯科医院です。", "MED002"),
    ("県内で最も症例数が多いクリニックです。", "MED002"),
    ("人気ランキングTOP3の美容皮膚科をご紹介！", "MED002"),
    # a rival's measure exceeded, those a rival failed choosing the advertiser, a comparison as copy
    ("他院の平均的な成功率をはるかに上回る当院の技術。", "MED005"),
    ("ほかの病院で治らなかった方にこそ選ばれている当院の鍼治療です。", "MED005"),
    ("市販の湿布より早く効く、鍼灸院の温熱療法。", "MED005"),
    # patronage, doctors who send their patients, a doctor's own family
    ("有名スポーツ選手御用達のパーソナルジム。", "MED003"),
    ("近くの整形外科の先生も患者さんに勧めてくださる整体院です。", "MED003"),
    ("皮膚科医の院長が自分の家族にも勧めた日焼け止め。", "MED003"),
    # all you can take, a customer's cost borne in full
    ("飲み放題プランで毎月お得！", "MED008"),
    ("初診の方は検査代を全額当院がキャッシュバックします。", "MED008"),
    # a hidden truth, a ruin left unsaid, a fate to be avoided with the product
    ("歯科医が決して言わない、歯磨き粉の怖い正体。", "MED009"),
    ("毎日ケアしないと大変なことに！", "MED009"),
    ("このままだと5年後には…", "MED009"),
    ("肌の老化は止まらない。手遅れになる前に、この美容液を！", "MED009"),
]

THIRTEENTH_CLEAN = [
    "薬が効かない人もいます。",  # people said to exist
    "花粉症の症状がまったくない人はいません。",  # no verb in the clause: an adjective
    "治療を途中でやめてしまう人は少なくありません。",
    "個人情報が外部に漏れることは一切ありません。",  # an event of no harm
    "追加料金が発生することは一切ありません。",
    "この検査で痛みが出ることがあります。",
    "治療中に痛みを感じることはありますか？",
    "持病のある方は、問題なく受けられるかどうか医師にご確認ください。",
    "この予防接種はどなたにも受けていただけます。",
    "日本で最も多いがんは大腸がんです。",  # a superlative of a disease
    "最も大切なのは、薬を毎日飲み続けることです。",
    "市内で最も近い救急病院を調べておきましょう。",
    "死因の第1位はがんです。",  # a rank with no ranking
    "検査値が基準値を上回る場合は、当院にご相談ください。",  # a threshold, not a rival
    "他の薬で効果がなかった場合には、別の治療を選ぶことがあります。",
    "市販の湿布より早く効くという根拠はありません。",
    "飲み薬より塗り薬のほうが副作用は少ないとされています。",
    "紹介状をお持ちの方は受付にお出しください。",
    "かかりつけの先生から紹介された方は、紹介状をお持ちください。",
    "伸び放題の爪は、巻き爪の原因になります。",  # 放題 of a state
    "高額療養費制度で、自己負担の一部が払い戻されます。",
    "全額自己負担となる治療もあります。",
    "治療を受けないと、症状が悪化することがあります。",
    "重症化すると命に関わる病気です。",
    "医師が説明しない場合は、遠慮なく質問してください。",
    "このままの状態で3日後にもう一度受診してください。",
    "唯一の欠点は、効果が出るまでに時間がかかることです。",  # 唯一 of a drawback
    "完治を目標に、少なくとも6か月は治療を続けます。",  # a cure aimed at
    # a voice the clinic acted on; advertising described to the reader; labels that are no voice
    "「待ち時間が長い」とのご意見を受けて、予約制を導入しました。",
    "ネットの口コミには、事実と異なるものもあります。",
    "健康食品の広告には、効果を大げさに書いたものもあります。",
    "初診患者数（2024年）：月平均300人",
    "家族会のお知らせ：介護をしているご家族が集まる会です（運営：家族会事務局）。",
    "他の病院で受けた検査の結果について、当院の医師がご説明します。",  # a second opinion
]


@pytest.mark.parametrize(("sentence", "code"), THIRTEENTH_FLAGGED)
def test_thirteenth_round_flags_forms_any_word_can_fill(sentence, code):
    found = findings(FRONT + sentence + "\n")
    assert code in {f.rule for f in found}, (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize("sentence", THIRTEENTH_CLEAN)
def test_thirteenth_round_leaves_the_close_negatives_alone(sentence):
    found = findings(FRONT + sentence + "\n")
    assert not found, (sentence, [(f.rule, f.message) for f in found])


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("「腰の痛みが消えた」とのお声をたくさんいただいています。", True),  # a voice presented
        ("「注射が痛い」とのお声をいただいたため、麻酔の方法を見直しました。", False),  # a voice acted on
        ("体験談：3か月で腰の痛みが消えました。", True),  # a label whose head is a voice
        ("Aさん（40代・女性）：飲み始めて1週間でぐっすり眠れるようになりました。", True),
    ],
)
def test_a_voice_presented_and_a_voice_acted_on(sentence, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert ("MED006" in found) == flagged, (sentence, found)


def test_an_adverb_misread_as_an_adjective_before_masu_is_split():
    _, tokens, _, _ = medical_ads.analyse("効かなかった人はまずいません。")
    assert [t.surface_form for t in tokens][-5:] == ["まず", "い", "ませ", "ん", "。"]
    assert tokens[-4].basic_form == "いる"
    _, tokens, _, _ = medical_ads.analyse("この薬はまずいです。")  # an adjective before です stays one
    assert "まずい" in [t.surface_form for t in tokens]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a lifetime over an ability (a lexical potential, られる, できる) or over a change
        ("インプラントは一度入れれば一生噛めます。", True),
        ("この手術を受ければ、一生メガネなしで過ごせます。", True),
        ("医療脱毛は5回で完了。一生ムダ毛が生えてこなくなります。", True),
        ("この薬は一生飲み続ける必要があります。", False),  # a duty
        ("糖尿病とは一生付き合っていく病気です。", False),
        ("一生自分の歯で食べられるように、毎日の歯みがきを大切にしましょう。", False),  # a purpose
        ("人工関節は一生使えるわけではありません。", False),
        ("日本人が生涯でがんと診断される確率は、約2人に1人とされています。", False),  # a lifetime as a span
    ],
)
def test_a_lifetime_over_an_ability_or_a_change_is_a_promise(sentence, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert ("MED001" in found) == flagged, (sentence, found)


def test_lexical_potential_verbs_are_told_from_ichidan_verbs():
    from lint.analysis.predication import potential, predicates

    def heads(sentence):
        _, tokens, _, _ = medical_ads.analyse(sentence)
        return {tokens[p.head].basic_form: potential(tokens, p) for p in predicates(tokens)}

    assert heads("よく噛めます。")["噛める"]
    assert heads("また歩けます。")["歩ける"]
    assert heads("すぐに食べられます。")["食べる"]  # られる
    assert not heads("毎日食べます。")["食べる"]  # 食ぶ is no godan verb
    assert not heads("よく考えます。")["考える"]


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # a favour done to the advertiser by someone of fame; a profession choosing a ranking
        ("人気女優の〇〇さんも、テレビで当院の美肌治療を紹介してくださいました。", "MED003", True),
        ("あの有名な皮膚科の教授が、当院の施術を高く評価してくれています。", "MED003", True),
        ("現役看護師が選んだ「本当に使える保湿クリーム」ランキング", "MED003", True),
        ("管理栄養士が選ぶ「やせるスープ」第1位！", "MED003", True),
        ("当院の医師が、治療の内容を丁寧に説明してくれます。", "MED003", False),  # no one of fame
        ("薬剤師が選ぶときのポイントを解説します。", "MED003", False),  # no ranking
        # no reason not to
        ("こんなに手軽なのに、始めない理由はありません！", "MED009", True),
        ("治療を受けない理由は人それぞれです。", "MED009", False),
        ("受診しない理由はありますか？", "MED009", False),
        # a harm in one sentence, a treatment or product exclaimed in the next
        ("歯周病を放っておくと歯を失う危険があります。今すぐ当院の歯周病ケアを！", "MED009", True),
        ("歯周病を放っておくと歯を失うことがあります。早めの受診を！", "MED009", False),  # a referral
        ("肌の乾燥が気になる季節です。保湿美容液で対策を！", "MED009", False),  # no harm told
    ],
)
def test_benefactive_endorsement_chosen_rankings_and_urging(sentence, code, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert (code in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a noun phrase closed by a full stop whose head a clause modifies is catch copy: the register
        ("小さなお子さまでも安心して使える、やさしい虫よけクリーム。", True),
        ("塗るだけでシミが消える、話題の美白クリーム。", True),
        ("治療の流れ。", False),  # nouns joined by の: a label
        ("手術を受ける前に知っておきたいこと。", False),
        ("妊娠中でも使える薬の一覧。", False),
        ("赤く盛り上がった、かゆみの強い細かい発疹。", False),  # a caption: its head is not a thing sold
    ],
)
def test_a_noun_phrase_with_a_full_stop_is_catch_copy(sentence, flagged):
    assert bool(findings(FRONT + sentence + "\n")) == flagged, sentence
    assert medical_ads.register_of(sentence) == flagged


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        ("このトレーニングを続けた受講生は、例外なく体重が落ちています。", "MED001", True),  # every one
        ("この薬は、例外なく医師の処方が必要です。", "MED001", False),
        ("うちの鍼なら、長年の腰痛とも今日でお別れです。", "MED001", True),  # 〜とも…お別れ
        ("天然成分100%なので、体への悪影響は一切ありません。", "MED004", True),  # 悪影響 is a harm
        ("喫煙は体に悪影響を及ぼします。", "MED004", False),
        ("どんな体質の方でも安全に受けていただけます。", "MED004", True),  # whatever the constitution
        ("どんな体質の方でも、まずは少量から試します。", "MED004", False),
        ("ほかのジムでは続かなかった方も、当ジムなら続けられます。", "MED005", True),  # 当 + any noun
        ("ほかの薬で効かなかった方には、注射薬を使うことがあります。", "MED005", False),
        ("他の病院で診断がつかなかった場合は、当院の総合診療科にご相談ください。", "MED005", False),  # a referral
        ("通常価格から7割引でご提供します。", "MED008", True),  # a discount in tenths
        ("3割負担の方は、窓口で費用の3割をお支払いいただきます。", "MED008", False),
        ("歯周病は全身をむしばむ沈黙の殺人者です。", "MED009", True),  # a disease as a killer
        ("高血圧は「サイレントキラー」と呼ばれ、自覚症状がないまま進みます。", "MED009", False),
    ],
)
def test_universals_rivals_discounts_and_killers(sentence, code, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert (code in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # a disease named as the cause of neglect is information; exclaimed, it is fear
        ("糖尿病を放置すると、失明や腎不全の原因になります。", "MED009", False),
        ("高血圧を放っておくと、脳卒中の原因になります！", "MED009", True),
        # an elliptical request in the honorific is no change of the body
        ("予防接種はお早めに！", "MED007", False),
        ("ご相談はお気軽に！", "MED007", False),
        ("くすんでいたお肌が、ツルツルに！", "MED007", True),
        # a lifetime over a clause made a noun (an aim) states nothing; a measure of any kind urged is no sale
        ("一生自分の歯で噛めることを目指して、定期検診をおすすめしています。", "MED001", False),
        ("転倒すると骨折の危険があります。手すりの設置などの対策を！", "MED009", False),
    ],
)
def test_information_requests_and_aims_are_not_claims(sentence, code, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert (code in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # a minimal means (a count after たった / わずか, or 一発で) over a change or an ability
        ("たった1回の注射で、長年の膝の痛みから解き放たれます。", "MED001", True),
        ("わずか3日で、目の下のクマが薄くなります。", "MED001", True),
        ("わずか5分で終わる検査です。", "MED001", False),  # no change, no ability
        ("わずか数日で症状が軽くなることもあります。", "MED001", False),  # hedged
        ("炎症のために気道が敏感になり、わずかな刺激でも狭くなります。", "MED001", False),  # a slight cause
        # first in a region, nothing better
        ("全国の眼科で初めて導入した最新の機器で治療します。", "MED002", True),
        ("これに勝る育毛法はありません。", "MED002", True),
        ("現時点では、これ以上の治療法はありません。", "MED002", False),  # no further treatment left
        # a contrast written in one element per word list
        ("薬に頼る治療とは一線を画す、根本治療。", "MED005", True),
        ("漢方薬は、西洋薬とは考え方が異なります。", "MED005", False),
        # a quotation said by patients to the clinic
        ("「ここに来て人生が変わりました」と多くの患者様に言っていただいています。", "MED006", True),
        ("「薬が飲みにくい」と患者さんに言われることがあります。", "MED006", False),
        # a ruin said to be there already
        ("あなたの血管はもうボロボロかもしれません。", "MED009", True),
        ("高熱が3日以上続く場合は、すでに肺炎になっているかもしれません。", "MED009", False),
    ],
)
def test_minimal_means_firsts_contrasts_voices_and_ruin(sentence, code, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert (code in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # a share of the cases before a denial is a proportion
        ("適切な治療を受ければ、ほとんどの場合、後遺症は残りません。", "MED004", False),
        ("当院の治療なら、後遺症は残りません。", "MED004", True),
        # the manner of the reader's own care is no praise
        ("熱中症は命に関わることがあります。こまめな水分補給を！", "MED009", False),
    ],
)
def test_shares_and_the_manner_of_care(sentence, code, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert (code in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        ("施術を受けた9割以上の方が、1回目で効果を実感しています。", "MED006", True),  # a share in tenths
        ("他のクリニックで満足できなかった方、ぜひ一度ご相談ください。", "MED005", True),  # failed, then invited
        ("他の病院で手術が難しいと言われた方は、セカンドオピニオンを受けることもできます。", "MED005", False),
        ("3回コースのお申し込みで、1回分をサービス。", "MED008", True),  # a share of the course given
        ("1か月分のお薬をお出しします。", "MED008", False),
        ("安全性の高さは折り紙つきです。", "MED001", True),  # an idiom of certified quality
    ],
)
def test_shares_in_tenths_invitations_after_a_rival_and_shares_given(sentence, code, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert (code in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        ("体にやさしく副作用のない、新しい育毛治療をご存じですか？", "MED004", True),  # asked, still presented
        ("副作用のない薬はありますか？", "MED004", False),
        ("何年使い続けても、肌に負担はかかりません。", "MED004", True),  # however long
        ("何年飲み続けても副作用が出ないとは限りません。", "MED004", False),
        ("何回使っても、肌に負担がかかることがあります。", "MED004", False),
        ("総合病院と同じレベルの検査が、当院で受けられます。", "MED005", True),
        ("当院で矯正したお子さんのママのクチコミ：「歯並びが本当にきれいになりました！」", "MED006", True),
        ("「他の歯医者では痛くて通えなかったのに」と感謝されました。", "MED006", True),
        ("【症例】ヒアルロン酸注入　施術前／施術後2週間", "MED007", True),
        ("甘いものが、あなたの全身をむしばんでいます。", "MED009", True),
        ("朝起きられないのは、体がボロボロになっているサインです。", "MED009", True),
        ("朝起きられないのは、睡眠不足のサインかもしれません。", "MED009", False),
        ("その物忘れ、あなたは大丈夫ですか？", "MED009", True),
        ("糖尿病は、全身の血管に影響する病気です。", "MED009", False),
    ],
)
def test_asked_safety_concessive_universals_levels_voices_captions_and_ruin(sentence, code, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert (code in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # a harm said to be rare is a frequency
        ("治療中に命に関わる合併症が起こることは、まれです。", "MED004", False),
        ("当院の治療で合併症が起こることは決してありません。", "MED004", True),
        # 気になる is an idiom of concern; a call to come is no before/after
        ("放置すると悪化することがあります。気になる方は当院へ！", "MED007", False),
        ("放置すると悪化することがあります。気になる方は当院へ！", "MED001", False),
        # advice not to do what the media present is a warning
        ("テレビの健康番組で紹介された食品を、過剰にとらないようにしましょう。", "MED003", False),
        ("テレビの健康番組で紹介された話題のサプリです！", "MED003", True),
        # the premises' age is no rank; 放題 of a buffet is no plan
        ("市内で最も古い診療所の一つです。", "MED002", False),
        ("取り放題のバイキングでは、食べ過ぎに注意しましょう。", "MED008", False),
    ],
)
def test_rarity_idioms_of_concern_media_warnings_and_premises(sentence, code, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert (code in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a certainty over a verb that becomes (〜ようになる) is a certainty over a change
        ("手術の翌日から、どなたでも裸眼で新聞の文字が見えるようになります。", True),
        ("予約システムの導入で、誰でもスマートフォンから受診を予約できるようになりました。", False),  # access
        ("誰でも受診できるようになりました。", False),
        ("一生噛めるようになります。", True),  # a lifetime over the same form
    ],
)
def test_a_certainty_over_a_verb_that_becomes(sentence, flagged):
    found = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert ("MED001" in found) == flagged, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a rarity word or a share of cases answers only the denial of its own clause (from the review
        # of the thirteenth round): after 〜がなく、 or 〜している、 a new clause starts
        ("当院の治療は副作用がなく、重い合併症もまれです。", True),
        ("当院の治療では痛みが全くなく、腫れることもまれです。", True),
        ("大半の方が満足している、後遺症の残らない手術です。", True),
        ("治療後に感染が起こることは、まれです。", False),
        ("ほとんどの場合、後遺症は残りません。", False),
    ],
)
def test_a_rarity_or_a_share_answers_only_the_denial_of_its_clause(sentence, flagged):
    assert bool(codes_on(sentence)) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # a voice the clinic acted on by changing its service is no evidence; a treatment introduced
        # because of a quoted cure uses the voice as evidence (from the review of the thirteenth round)
        ("「一回で完治した」というお声をいただいたため、この治療を始めました。", True),
        ("「注射が全く痛くなかった、すぐ治った」というお声をいただいたので、この治療を導入しました。", True),
        ("「待ち時間が長い」というお声をいただいたため、予約の方法を見直しました。", False),
    ],
)
def test_a_voice_acted_on_is_no_evidence_but_a_treatment_introduced_for_it_is(sentence, flagged):
    assert bool(codes_on(sentence)) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fourteenth round) a comparison by its structure: another party marked by the grammar (ほかの,
        # よその, 普通の, 従来の) or named by a placeholder (C院, D社), a comparative marker, a predicate in
        # the comparative's favour; no advertiser needs to be named
        ("よその整骨院に比べて、施術の時間がずっと短いのが特長です。", True),
        ("普通の美容院とは違い、わずか2回で仕上がる縮毛矯正です。", True),
        ("C院の3倍の速さで傷が治ります。", True),
        ("従来の方法よりも体への負担がぐっと少なくなりました。", True),
        ("D社の目薬と使い比べてみてください。", True),
        # a treatment compared is the page's offer when the better side is the sentence's head with no topic
        ("飲み薬よりも胃にやさしく、効き目も早い貼り薬です。", True),
        ("入れ歯の2倍長持ちするインプラント。", True),
        # the legitimate twins: a source or a hedge, a denial, a topic described, a tendency, a burden that grows
        ("貼り薬は飲み薬よりも胃への負担が少ないとする研究があります。", False),
        ("従来の方法より回復が早いかどうかは、まだわかっていません。", False),
        ("ほかの医療機関と比べて優れているとは申し上げられません。", False),
        ("腹腔鏡の手術は、開腹手術より傷が小さい手術です。", False),
        ("ワルファリンは、ほかの薬より食べ物の影響を受けやすい薬です。", False),
        ("喫煙する人は、ほかの人より血栓ができるリスクが高くなります。", False),
    ],
)
def test_a_comparison_by_its_structure(sentence, flagged):
    assert ("MED005" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fourteenth round) two topics or two places set against each other across a concession: the
        # other's first, the page's own after, whatever the predicates (and 何年〜ても is a universal,
        # not a supposition)
        ("ほかのインプラントは10年でぐらつきますが、当院のインプラントは何年使ってもぐらつきません。", True),
        ("よその教室では半年かかった方も、うちでは1か月で泳げるようになっています。", True),
        ("ほかの病院では検査の結果が出るまで1週間かかりますが、結果の説明は主治医が行います。", False),
    ],
)
def test_two_sides_set_against_each_other(sentence, flagged):
    assert ("MED005" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # (fourteenth round) an absolute adverb over a denied event: a universal denial whoever says it
        ("施術後、シミが再び濃くなることは決してありません。", "MED001"),
        ("この麻酔なら、痛むことは絶対にありません。", "MED004"),
        # the worry about a harm declared needless, and denials of suffering set in parallel
        ("肝臓への負担を心配する必要はありません。", "MED004"),
        ("副作用を気にせず続けられるサプリです。", "MED004"),
        ("しみない、痛くない、怖くない。", "MED004"),
        # the close negatives: a request, a hedge, a denied copula, a worry measured by its excess
        ("決して自己判断で薬をやめないでください。", None),
        ("この検査で合併症が起こる可能性が絶対にないとは言えません。", None),
        ("血栓が再発することは決してまれではありません。", None),
        ("副作用を心配しすぎる必要はありませんが、気になる症状は医師に伝えてください。", None),
    ],
)
def test_universal_denials_of_a_harm_or_a_relapse(sentence, code):
    found = codes_on(sentence)
    assert (code in found) if code else not found, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fourteenth round) fear by the grammar of time and of the reader: too late once it has come, a regret
        # foretold, the danger made the reader's own, a state left as it is before a social ruin
        # (from the review) too late, with no disease, ruin or advertising register, is advice to act early
        ("腰が痛くなってからでは遅いのです。", False),
        ("骨粗しょう症で寝たきりになってからでは遅いのです。", True),
        ("今すぐ始めないと、きっと一生後悔することになります。", True),
        ("高血圧は、あなたも他人事ではありません。", True),
        ("猫背が悪いままだと、将来は仕事でも不利になります。", True),
        # the close negatives: a hedge, advice, the reader asked to check, a hedged consequence
        ("出血してからでは遅い場合もあるので、気になる症状があれば受診してください。", False),
        ("後悔しないように、納得するまで質問してください。", False),
        ("あなたも検診の対象かどうか、下の表で確かめてください。", False),
        ("このままだと、血栓が大きくなることがあります。", False),
    ],
)
def test_fear_by_time_and_by_the_reader(sentence, flagged):
    assert ("MED009" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("text", "rule", "flagged"),
    [
        # (fourteenth round) a voice the clinic acted on by any act on its service told as done is its
        # service's history; a voice that made it introduce or recommend a treatment, or that it rejoices
        # over, is presented as evidence
        ("待合室が寒いとのご意見を多くいただいたため、ひざ掛けを用意しました。", "MED006", False),
        ("「受付の電話がつながりにくい」とのお声をいただいたので、電話回線を増設しました。", "MED006", False),
        ("「一度で痛みが消えた」というお声をいただいたので、この施術をご紹介しました。", "MED006", True),
        ("「肩こりが治った」とのお声を多数いただき、大変嬉しく思いました。", "MED006", True),
        # a case's disclosures each in a sentence of its own answer the case as one sentence giving them does
        (
            "症例写真（施術前・施術後3か月）。施術内容：ヒアルロン酸注入。費用：88,000円（税込）。リスク：内出血、しこり。",
            "MED007",
            False,
        ),
        ("症例写真（施術前・施術後3か月）。施術内容：ヒアルロン酸注入。", "MED007", True),
        # a change before and after told as a group's mean with its spread or sample is a study's result
        ("治療前後の血圧の変化は、平均で−8mmHg（標準偏差6mmHg、n=120）でした。", "MED007", False),
        ("治療前後の血圧の変化は、平均で−8mmHgでした。", "MED007", True),  # no spread, no sample: one figure shown
    ],
)
def test_voices_acted_on_disclosed_cases_and_study_results(text, rule, flagged):
    assert (rule in codes_on(text)) is flagged, (text, codes_on(text))


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # (fourteenth round) the page's reputation reported on no one's authority is its own claim: the
        # advertiser as topic, an institution as the complement, or the register
        ("当院の矯正は、県内で一番早く終わると言われています。", "MED002"),
        ("市内で最も評判の良い眼科として知られています。", "MED002"),
        ("よその整骨院に比べて、ずっと早く終わるって言われます！", "MED005"),
        # the same report of a fact about a topic, or with neither the advertiser nor an institution, hedges
        ("肺がんは、日本で最も亡くなる人が多いがんと言われています。", None),
        ("禁煙が最も効果的な予防法だと言われています。", None),
        ("ワルファリンは、最も古くから使われている飲み薬として知られています。", None),
    ],
)
def test_the_pages_reputation_reported_is_its_claim(sentence, code):
    found = codes_on(sentence)
    assert (code in found) if code else not found, (sentence, found)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fourteenth round) a cleft ranking what the writer values or minds first ranks its own concerns
        ("私たちが一番気をつけているのは、院内の感染対策です。", False),
        ("当院で最も大切にしているのは、患者さんのプライバシーです。", False),
        # a ranking against others, or the clinic ranked by others, stays a superlative
        ("地域で最も大切にされているクリニックです。", True),
    ],
)
def test_a_ranking_of_the_writers_own_concerns(sentence, flagged):
    assert ("MED002" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fourteenth round) a guarantee told as the product's property reads through an attributive adjective
        ("視力の低下を止めることが保証された新しい点眼治療です。", True),
        ("国の承認を受けた新しい点眼薬です。", False),
    ],
)
def test_a_warrant_before_an_adjective_and_its_noun(sentence, flagged):
    assert ("MED001" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# From the independent review of the fourteenth round. Sentences written for this test.
@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # an absolute denial guarantees only over a relapse or a failure; the clinic's conduct is no treatment
        ("ご提出いただいた書類が、ほかの目的に使われることは決してありません。", "MED001", False),
        ("診察の順番が、こちらの都合で入れ替わることは絶対にありません。", "MED001", False),
        ("当院の脱毛なら、毛がまた濃くなって戻ることは絶対にありません。", "MED001", True),
        # fear by time needs a disease or a ruin, or the advertising register
        ("熱が上がってからでは受付に間に合わないので、早めにお越しください。", "MED009", False),
        ("脳梗塞になってからでは遅いのです。今すぐ当院の検査を！", "MED009", True),
    ],
)
def test_review_of_the_fourteenth_round_denials_and_fear(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifteenth round) a practice the page denies doing is mentioned, not used: the testimonial noun is
        # the argument of a denied verb, or of its nominalisation denied
        ("利用者さまの体験を院内の掲示に使うことはありません。", "MED006", False),
        ("スタッフから受診者に、レビューサイトでの評価を頼むことはしていません。", "MED006", False),
        ("利用者さまの体験を院内の掲示に使っています。", "MED006", True),
        # a quoted word named as a wording is mentioned (the span runs into the quotation)
        ("当院では「根治」という表現は用いません。", "MED001", False),
        ("当院なら「根治」を目指せます。", "MED001", True),
        # an age suffix marks a signer only after a number: a fee line's 〜代 is a charge
        ("料金の目安：12万円（薬剤代・診察料込み）", "MED006", False),
        ("「腰の痛みが消えました」（60代・男性）", "MED006", True),
    ],
)
def test_a_practice_mentioned_is_not_used(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    "text",
    [
        # a sample of one is a case, not a group's statistics
        "治療前と治療後の写真です（n=1）。\n",
        # risks denied are no disclosure of risks
        "ビフォーアフター写真です。費用は1回8万円です。主な副作用：なし。\n",
        "ビフォーアフター写真です。費用は1回8万円です。主なリスクはありません。\n",
        # (review) denied by the stance's negation or by a negation word as a label's value, not by a regex
        "ビフォーアフター写真です。費用は1回8万円です。合併症：特になし。\n",
        "ビフォーアフター写真です。費用は1回8万円です。主な副作用は特にありません。\n",
    ],
)
def test_a_single_case_or_risks_denied_do_not_excuse_before_after(text):
    assert "MED007" in codes_on(text.strip()), text


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifteenth round) what some members of a class do (〜の中には…もあります) is not the page's offer
        ("体験記を集めた本の中には、企業が費用を出したものもあります。", "MED006", False),
        ("体験記を集めた本をお配りしています。", "MED006", True),
        # a quoted voice named as the topic and set apart from evidence is discussed, not given
        ("「よく効いた」というクチコミは一人の感想にすぎず、医学的な根拠とは別のものです。", "MED006", False),
        ("「よく効いた」というクチコミは当院の誇りです。", "MED006", True),
        # a question in a paragraph that says it answers common questions is a heading, not a threat
        ("このまま放置するとどうなるの？　よくいただくご質問に、看護師がお答えします。", "MED009", False),
        ("このまま放置するとどうなるの？　手遅れになる前に今すぐご予約を。", "MED009", True),
        # a case photo's caption with its figure in yen and its risks listed discloses them
        ("症例写真：鼻中隔矯正術（自費・約28万円）。主な合併症：出血、鼻づまり。", "MED007", False),
        ("症例写真：鼻中隔矯正術。主な合併症：出血、鼻づまり。", "MED007", True),
        ("症例写真：鼻中隔矯正術（自費・約28万円）。", "MED007", True),
    ],
)
def test_testimonials_and_captions_discussed_or_disclosed(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fifteenth round) universal outcomes by their grammar: cases counted and found none (a case noun as
        # the topic of a denied count), not supposed
        ("これまで改善しなかったケースは、一例もありません。", True),
        ("治らなかった場合は、一度ご相談ください。", False),
        # a failure set up with なんて and denied as unthinkable
        ("この軟膏で湿疹が治らないなんてことは、ありえません。", True),
        ("薬を飲んでも治らないなんてことがあるのでしょうか。", False),
        # the reader keeping up a treatment, or taking it as the only means, is the advertiser's condition
        ("レーザー脱毛なら4回通うだけで、一生ワキ毛が生えてきません。", True),
        # a need denied for good under もう is a cure promised; after a test's result it is information
        ("この薬を飲み続けていれば、もう痛み止めはいらなくなります。", True),
        ("検査の結果に問題がなければ、もう通院はいりません。", False),
        # all of a group as the subject of an outcome (not an address, a recipient or a place's routine)
        ("当院の不育症外来に通われたご夫婦は、皆さま元気なお子さんを授かっています。", True),
        ("当院では皆さまに安心していただけるよう努めています。", False),
        ("当院の患者さんは皆さま、待合室でお茶を飲んでいます。", False),
    ],
)
def test_universal_outcomes_by_their_grammar(sentence, flagged):
    assert ("MED001" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifteenth round) safety by total absence: a suffering adjective made a noun and denied absolutely, an
        # onomatopoeia of a prick with ～ともしない, a failure denied as the sentence's predicate
        ("当院の大腸カメラは、つらさが全くありません。", "MED004", True),
        ("この病気は、初期には苦しさがありません。", "MED004", False),
        ("予防接種なのに、チクッともしません。", "MED004", True),
        ("採血の針を刺すとき、チクリとすることがあります。", "MED004", False),
        ("切らない治療だからミスしない。", "MED004", True),
        ("失敗しないための病院選びのコツをまとめました。", "MED004", False),
        # comparisons with a rival class: a rival withholding a service, then the page's own offer in the
        # humble form; a multiple without its number; a verb of surpassing
        ("大手チェーンの歯科が教えてくれない、本当のケア方法をご紹介します。", "MED005", True),
        ("他院の医師が紹介状を書いてくれない場合は、ご相談ください。", "MED005", False),
        ("ほかの病院では説明してくれなかったという方にも、丁寧にご説明します。", "MED005", False),
        ("普通の整骨院の倍以上の施術実績があるから安心です。", "MED005", True),
        ("市販の目薬を上回る濃度なので、より早くスッキリできます。", "MED005", True),
        ("70歳を超える方は、毎年の検診をおすすめします。", "MED005", False),
    ],
)
def test_total_absence_and_rival_classes(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifteenth round) authority: a doctor introduced by a credential as the one who supervised or made
        # what is sold; a page's credit line names who checked the text
        ("大学病院出身のドクターが開発したスキンケアで、肌が生まれ変わります。", "MED003", True),
        ("この記事は、東大卒の医師が監修しています。", "MED003", False),
        # a medium in plain words (載る, 載せる), not a warning about it
        ("地元の新聞に載せてもらいました！", "MED003", True),
        ("新聞に載っている健康情報をうのみにしないでください。", "MED003", False),
        # price lures: a prize named at length, a service made free on the reader's act, a difference refunded,
        # first come first served with a hurry; a public scheme, a notice of order, a fee explained are not
        ("抽選で3名様に、人気のホワイトニング3回コースが当たります！", "MED008", True),
        ("抽選の結果は、後日お知らせします。", "MED008", False),
        ("人間ドックを予約すると、アロマ足湯が無料になります。", "MED008", True),
        ("自治体の助成を受けると、検診が無料になります。", "MED008", False),
        ("他店より1円でも安くなければ、差額をお返しします。", "MED008", True),
        ("差額ベッド代については、窓口でご説明します。", "MED008", False),
        ("先着順ですので、お早めにお申し込みを！", "MED008", True),
        ("インフルエンザの予防接種は、先着順で受け付けます。", "MED008", False),
    ],
)
def test_credentials_media_and_price_lures(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifteenth round) the reader's ordinary sign declared the omen of a grave illness left unnamed; a named
        # disease's warning sign informs
        ("その目の疲れは重大な病気の前兆です。", "MED009", True),
        ("突然の激しい頭痛は、くも膜下出血のサインです。", "MED009", False),
        # a bad future made certain after a condition of not doing; a finding told as a verb is not
        ("今ケアしなければ、5年後はシミだらけ確定です！", "MED009", True),
        ("検査で異常がなければ、治療は不要と確定します。", "MED009", False),
        # a named treatment as the means and a disease that disappears, stated outright; hedged or past is not
        ("漢方点滴で、糖尿病が治ります。", "MED001", True),
        ("抗がん剤治療で、がんが消えることもあります。", "MED001", False),
        ("ワクチン接種で、はしかがなくなりました。", "MED001", False),
    ],
)
def test_grave_omens_certain_futures_and_cures_by_a_named_treatment(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fifteenth round) a speaker's label with a relative clause describing the patient; the staff's is not
        ("矯正を終えたBさん（30代）「人前で笑えるようになりました」", True),
        ("「薬はいつまで続けるの？」と聞かれた看護師（40代）「医師と相談しましょう」", False),
        # a quotation, a dash, and the words named as received from patients; a question received is not a voice
        ("「もっと早く相談すればよかった」——受診された患者さんから、よくいただくお言葉です。", True),
        ("「予約はどうすればいいですか」——お電話でよくいただくご質問です。", False),
    ],
)
def test_voices_labelled_by_a_described_speaker_or_a_dash(sentence, flagged):
    assert ("MED006" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fifteenth round) a before and an after as a pair of noun phrases each with its state; measurements
        # before and after a dose are not
        ("塗り始める前のカサカサの手と、2週間後のしっとりした手。", True),
        ("服用前の血圧と、服用1時間後の血圧を比べます。", False),
        # another person after a comparison with the before
        ("術前の横顔と比べれば、すっかり別人！", True),
    ],
)
def test_before_and_after_as_a_pair_of_states(sentence, flagged):
    assert ("MED007" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # (fifteenth round) advice not to choose by ratings alone, put as a request to stop, is no rating
        ("口コミの評価だけで医療機関を決めるのはやめましょう。", False),
        ("口コミで評判の医院です。", True),
    ],
)
def test_advice_to_stop_choosing_by_ratings(sentence, flagged):
    assert ("MED006" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixteenth round) the most frequent of the enquiries an institution receives is no rank over others
        ("当クリニックでいちばん多いご質問は、費用の支払い方法についてです。", "MED002", False),
        ("当クリニックはいちばん多くの患者さんに選ばれています！", "MED002", True),
        # the best as what the reader looks for, before advice on what to do first
        ("最高の病院を探す前に、まずはかかりつけ医に相談することが大切です。", "MED002", False),
        ("最高の病院で、あなたの膝を治します。", "MED002", True),
        # a notice correcting what a medium printed is no fame
        ("先日の新聞記事に誤りがあったため、お詫びして訂正いたします。", "MED003", False),
        ("先日の新聞記事で、当院の手術が紹介されました！", "MED003", True),
        # reviews read elsewhere, named as the reader's consultation
        ("口コミサイトを読んで怖くなった、というご質問をよくいただきます。", "MED006", False),
        ("口コミサイトで高評価をいただいています。", "MED006", True),
        # before/after material talked about, not shown: offered on request, said to vary, kept unpublished
        ("術前術後の画像をご覧になりたい方には、診察室で個別にお見せしています。", "MED007", False),
        ("術前術後の画像をご覧ください！", "MED007", True),
        ("治療前後の肌の変化は、人によって違います。", "MED007", False),
        ("施術後はこんなにツルツル！（効果には個人差があります）", "MED007", True),
        ("治療前後の写真は、患者さまの許可なく外部に掲載することはありません。", "MED007", False),
    ],
)
def test_material_talked_about_is_not_shown(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixteenth round) kinds, each with a close legitimate sentence: an effect or a safety attribute said of a
        # product by a relative clause or a reason; universals over people or cases; a double negation over a
        # prefixed noun; a result in a short time of starting what is sold (not a disease's natural course);
        # idioms of unrivalled rank; many professionals approving; reported satisfaction; a rival or ordinary care
        # as the foil; a change narrated between two times of one patient; a common sign made a disease's reserve,
        # a countdown, a rejection before which to act now
        ("肩こりが治る枕、いよいよ新発売！", "MED001", True),
        ("肩こりが治る仕組みについて、整形外科医が解説します。", "MED001", False),
        ("飲み始めて5日で肌荒れがすっきり解消します。", "MED001", True),
        ("かぜの多くは1週間ほどで自然に治ります。", "MED001", False),
        ("3日で熱が下がらないときは、もう一度受診してください。", "MED001", False),
        ("このサプリを続ければ、もう胃薬はいらなくなります。", "MED001", True),
        ("施術後に再発した症例はゼロです。", "MED001", True),
        ("施術後に再発した症例はゼロでした（当院の2023年の記録、42例）。", "MED001", False),
        ("効かない育毛剤はありません。", "MED001", True),
        ("何歳でも、どなたでも安全に受けられる治療です。", "MED004", True),
        ("持病のある方でも受けられますが、事前に主治医にご相談ください。", "MED004", False),
        ("妊娠中でも安全に使える薬がありますので、医師に相談してください。", "MED004", False),
        ("クセにもならないので、毎晩安心して使えるサプリです。", "MED004", True),
        ("お腹の赤ちゃんにまったく影響のないサプリです。", "MED004", True),
        ("食事の時間は、薬の効き目にまったく影響しません。", "MED004", False),
        ("完全無痛のため、怖がりの方でも安心です。", "MED004", True),
        ("痛みが強いため、鎮痛薬も使います。", "MED004", False),
        ("矯正歯科なら、この県で右に出る者はいません。", "MED002", True),
        ("右に出る車線に移ってから、病院の駐車場に入ってください。", "MED002", False),
        ("花粉症を根本から治すには、当院のレーザーしかありません！", "MED002", True),
        ("多くの皮膚科医が支持しているスキンケアです。", "MED003", True),
        ("多くの医療関係者が支持しているのは、診療ガイドラインに沿った治療です。", "MED003", False),
        ("薬剤師からも高い評価を受けている目薬です。", "MED003", True),
        ("医学博士が監修・推薦した青汁です。", "MED003", True),
        ("満足と答えた方が96%でした。", "MED006", True),
        ("満足度調査には、毎年約300人の方にご協力いただいています。", "MED006", False),
        ("よく眠れるようになったと、皆さまとても喜ばれています。", "MED006", True),
        ("一般的な歯科の治療では物足りない方へ、当院のプランをご用意しました！", "MED005", True),
        ("標準治療で効果が不十分な場合は、次の治療を相談します。", "MED005", False),
        ("当院の技術は、ほかの矯正歯科の一歩先を行きます。", "MED005", True),
        ("B社との比較表：費用◎ 期間◎（当院）", "MED005", True),
        ("当院のやり方なら違います！", "MED005", True),
        ("よその歯科のような流れ作業の診療は、当院では決していたしません。", "MED005", True),
        ("ほかの病院のように、一切の食事制限をしないでください。", "MED005", False),
        ("受ける前と後では、見た目がまるで変わりました。", "MED007", True),
        ("食事の前と後では、血糖値が変わります。", "MED007", False),
        ("手術前の視力0.1が、半年後には1.2まで上がりました！", "MED007", True),
        ("以前の私は人前に出られなかったのに、今の私は毎日が楽しい！", "MED007", True),
        ("モニター様の6か月の変化をご覧ください！", "MED007", True),
        ("その肩こり、実は脳梗塞の予備軍です！", "MED009", True),
        ("糖尿病予備軍と呼ばれる方は、生活習慣を見直しましょう。", "MED009", False),
        ("その体脂肪は、寿命へのカウントダウンです。", "MED009", True),
        ("悪化する前に、今すぐご予約を！", "MED009", True),
        ("手術の前に、すぐに食事を止める必要はありません。", "MED009", False),
        ("その体臭、周りはみんな気づいています…", "MED009", True),
        ("恋人に嫌われる前に、当院で治療しませんか？", "MED009", True),
    ],
)
def test_sixteenth_round_kinds(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixteenth round) the law of advertising named, or a risk the advertising runs, makes the sentence a
        # discussion of advertising, not an advertisement
        ("口コミを書いてくれた方へ特典を渡すことは、景品表示法上の問題になります。", "MED008", False),
        ("口コミを書いてくれた方へ特典を差し上げます！", "MED008", True),
        ("割引キャンペーンをうたう医療広告は、不当な誘引にあたるおそれがあります。", "MED008", False),
        ("症例写真を並べたチラシは、効果の保証と受け取られるおそれがあります。", "MED007", False),
        ("ビフォーアフター画像の加工は、優良誤認にあたります。", "MED007", False),
        # advice not to judge by the photos alone, in the form 判断せず
        ("ビフォーアフター画像だけで病院を判断せず、説明をよく聞きましょう。", "MED007", False),
        # a before and an after whose change is the topic of its spread; a disclaimer beside a change shown is not
        ("減量前と減量後の血圧の変化には個人差があります。", "MED007", False),
        ("施術後はこんなにツルツル！（効果には個人差があります）", "MED007", True),
    ],
)
def test_advertising_discussed_not_made(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixteenth round) a claim inside a clause ending in 〜かどうか is asked; a comma before というわけではない
        # still denies; a first approval by the regulator is a drug's regulatory history
        ("この薬で完治が望めるかどうかは、検査のあとでお話しします。", "MED001", False),
        ("この薬で完治が望めます！", "MED001", True),
        ("当院が市内でいちばん丁寧な歯科かどうかは、通ってみてご判断ください。", "MED002", False),
        ("当院は市内でいちばん丁寧な歯科です。", "MED002", True),
        ("有名な病院に行けば必ず治る、というわけではありません。", "MED001", False),
        ("当院なら必ず治る、と自信を持って言えます。", "MED001", True),
        ("この目薬は国内で初めて承認された緑内障の配合剤です。", "MED002", False),
        ("当院は国内で初めてこの機器を導入しました。", "MED002", True),
    ],
)
def test_asked_denied_or_regulatory_claims(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixteenth round, kinds from blind16/17) an authority's award, seal or support as the reason for certainty; a
        # share of a profession counted; a celebrity quoted or in vogue; an effect warranted, from the first day or the
        # first dose; safety for a group of people or for anyone; damage denied as a possibility; a degree word in
        # another clause measures nothing (a comma after a topic only sets it off); any rank of the clinic's figures;
        # an adverb of overwhelming degree; a fraction of the rival's burden; switching over from elsewhere; patients'
        # words presented or received; a before and a now as labels, an arrow to a state, swiping to see the change;
        # death at any moment, a forerunner called very likely, no way back, regret made certain, looking older,
        # everyone noticing; gifts, a price made small, a fee waived
        ("市長からも表彰された、地域で評判の歯科医院です。", "MED003", True),
        ("市長から表彰状が届いたことを、職員一同で喜んでいます。", "MED003", False),
        ("大学教授が開発に関わり、効果にお墨付きを与えた育毛剤です。", "MED003", True),
        ("皮膚科医50人中45人が「使いたい」と答えたクリームです。", "MED003", True),
        ("人気女優が「ここでしか受けない」と断言するサロン。", "MED003", True),
        ("海外セレブの間で大ブームの美容点滴です！", "MED003", True),
        ("学会も推奨している方法なので、間違いありません。", "MED003", True),
        ("学会のガイドラインでは、まず飲み薬から始めることが推奨されています。", "MED003", False),
        ("この成分の効果は折り紙付きです！", "MED001", True),
        ("塗ったその日から、かゆみがぴたりと治まります。", "MED001", True),
        ("薬を飲み始めたその日から効くこともあります。", "MED001", False),
        ("この1粒で、つらい便秘が解消します。", "MED001", True),
        ("頭痛が治まる漢方、好評発売中。", "MED001", True),
        ("授乳中でも、まったく問題なく飲めるサプリです。", "MED004", True),
        ("副作用がほとんどなく、誰でも安心して始められます！", "MED004", True),
        ("切らない施術なので、血管を傷つけることはありえません。", "MED004", True),
        ("切開なしでほとんど無痛、合併症はありません。", "MED004", True),
        ("子どもの鼻血のほとんどは、心配のいらないものです。", "MED004", False),
        ("関西で最も腕のいい眼科医が手術します。", "MED002", True),
        ("年間の白内障手術件数、県内第2位！", "MED002", True),
        ("本県の人口あたりの医師数は、全国で第40位です。", "MED002", False),
        ("普通のマウスピースより断然つけ心地がいいんです。", "MED005", True),
        ("従来の方法に比べて、出血は1/5です！", "MED005", True),
        ("他院で断られた方の乗り換えが続々と増えています！", "MED005", True),
        ("当院で手術を受けた患者さんの感想を、動画でご紹介しています。", "MED006", True),
        ("患者さんの感想を掲載する際は、ご本人の同意をいただいています。", "MED006", False),
        ("「もっと早く来ればよかった」、治療を終えた多くの方がそうおっしゃいます。", "MED006", True),
        ("「夜ぐっすり眠れるようになった」とのお手紙をいただきました。", "MED006", True),
        ("以前の私：毎朝むくんだ顔。", "MED007", True),
        ("奥二重→くっきり二重に！", "MED007", True),
        ("受付→診察→会計の順にお進みください。", "MED007", False),
        ("スワイプして変化をチェック！", "MED007", True),
        ("その動悸、いつ心臓が止まってもおかしくありません。", "MED009", True),
        ("その頭痛、くも膜下出血の前兆の可能性大です！", "MED009", True),
        ("歯並びを治さないと、あごの骨は元に戻らなくなります。", "MED009", True),
        ("早めに治療しないと、元に戻らなくなることがあります。", "MED009", False),
        ("今日何もしない人は、1年後に必ず後悔します。", "MED009", True),
        ("目の下のクマで、実年齢より10歳老けて見えます。", "MED009", True),
        ("その口臭、周囲はみんな気づいています。", "MED009", True),
        ("健診を受けた方に、お食事券を差し上げます。", "MED008", True),
        ("健診の結果は、後日郵送でお渡しします。", "MED008", False),
        ("他院からの乗り換えで、初回の施術が無料！", "MED008", True),
        ("月々たったの2,000円で始められます。", "MED008", True),
        ("3人目からの施術料はいただきません！", "MED008", True),
    ],
)
def test_sixteenth_round_kinds_of_blind16_and_17(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixteenth round) a harm or a ruin said to be rare is a frequency, neither a threat nor a promise
        ("手遅れになることはまれですが、気になる症状は早めにご相談ください。", "MED009", False),
        ("放っておくと寝たきりになります！", "MED009", True),
        # a voice that there was, continued by a comma, as the reason the clinic changed its service
        ("患者さまから「治療が痛かった」という声があり、痛みの少ない針に変えました。", "MED006", False),
        ("「腰の痛みが消えた」という声があり、とても嬉しいです。", "MED006", True),
        # a logistic matter of the clinic that changed is no change of the body
        ("当院の予約システムで、待ち時間が短くなりました。", "MED001", False),
        ("当院の治療で、シミが薄くなりました！", "MED001", True),
    ],
)
def test_rare_harms_acted_on_voices_and_logistic_changes(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixteenth round) damage to a part of the body denied as a possibility; rare or measured is not denied
        ("骨を削る手術でも、神経を傷つけることはありえません。", "MED004", True),
        ("この手術で神経を傷つけることはまれです。", "MED004", False),
        ("血管の手術で、傷あとはほとんど残りません。", "MED004", False),
        # an adverb of overwhelming degree compares in either polarity; a denied comparison does not
        ("ほかの医院に比べて、当院の縫合は圧倒的に腫れが出ません！", "MED005", True),
        ("ほかの薬に比べて、圧倒的に安いわけではありません。", "MED005", False),
        # an authority's support, several words before the reason, then certainty
        ("自治体も推進している検診なので、間違いありません。", "MED003", True),
    ],
)
def test_damage_denied_overwhelming_degree_and_authority_as_reason(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # (sixteenth round) case photos with their cost and their risks disclosed: the risks stated as a sentence, a
        # figure in yen after a longer note in its brackets; risks denied disclose nothing
        (
            "症例写真：目の下のたるみ取り（自費、片側の施術で約15万円）の一例です。腫れや内出血、まれに左右差のリスクがあります。",
            False,
        ),
        ("症例写真：ほくろ除去（保険適用、3割負担で約6,000円）。リスク：赤み、傷あと。", False),
        ("症例写真：目の下のたるみ取り（自費、片側の施術で約15万円）の一例です。リスクはほとんどありません。", True),
    ],
)
def test_case_photos_with_cost_and_risks_disclosed(text, flagged):
    assert ("MED007" in codes_on(text)) is flagged, (text, codes_on(text))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (real web text) safety concluded from a reason; conditioned or measured safety is not a conclusion
        ("この豊胸術はご自身の組織だけを使う手術なので安全です。", "MED004", True),
        ("検査で確認してから使うので、安全に治療できます。", "MED004", False),
        ("超音波検査は放射線を使わないので安全です。", "MED004", False),
        # certainty as an attribute of a treatment; a certainty denied is information
        ("短期間で体重を落とす確実な方法として選ばれているのがこの施術です。", "MED001", True),
        ("抗凝固療法は血栓を溶かす確実な方法です。", "MED001", True),
        ("血栓を確実に溶かす方法は、まだありません。", "MED001", False),
        # a share in the nineties of the people treated; the same share from a study is information
        ("施術を受けた方の9割以上が効果を実感しています。", "MED001", True),
        ("治療を受けた方の97%が改善に成功しています。", "MED001", True),
        ("研究では、治療を受けた人の95%で血栓が消えました。", "MED001", False),
        ("抗凝固療法を受けた人の約7割で血栓が消えたと報告されています。", "MED001", False),
        # a why-question that presupposes the treatment's effect; a question of a disease's cause does not
        ("なぜ整体で不妊が改善できるのか?", "MED001", True),
        ("なぜ当院の鍼で頭痛が治せるのか。", "MED001", True),
        ("なぜ肝硬変で血栓ができるのか?", "MED001", False),
        # one remedy for unrelated complaints; denied, it is information
        ("この漢方は、頭痛にも、肩こりにも効く。", "MED001", True),
        ("この薬は頭痛にも肩こりにも効きません。", "MED001", False),
        # efficacy as the predicate of an exclamation; a cure at the root offered with an invitation
        ("この注射は関節の痛みに有効です!", "MED001", True),
        ("ぜんそくを根本的に治療することができるので、ぜひ一度ご相談ください。", "MED001", True),
        ("気になる症状があれば、主治医に相談してください。", "MED001", False),
        # counts held up as pride; a count refused for a value is not
        ("症例数3000件以上を誇る当院にお任せください。", "MED002", True),
        ("当院は開院以来の手術件数を誇ります。", "MED002", True),
        ("件数を誇るより、一人ひとりへの丁寧な説明を大切にしています。", "MED002", False),
        # used the most in the world, of a device; the same superlative in epidemiology ranks no offer
        ("世界中で最も使われている医療脱毛機を導入しました。", "MED002", True),
        ("日本で最も多いがんは大腸がんです。", "MED002", False),
        # the latest equipment as a selling point; the latest research dates a source
        ("院長診察×最新ピコレーザー×アフターケア。", "MED002", True),
        ("当院では最新の医療機器を導入しています。", "MED002", True),
        ("最新の研究では、早く治療を始めるほど再開通しやすいと報告されています。", "MED002", False),
        # a free service, points paid back and points saved
        ("写真を送っていただければ無料オンライン診断をいたします!", "MED008", True),
        ("お支払いの3%をポイントとして還元します。", "MED008", True),
        ("貯まったポイントは次回のお会計から使えます。", "MED008", True),
        ("検査の結果は、次回の受診のときにご説明します。", "MED008", False),
    ],
)
def test_kinds_of_real_web_advertising(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (real web text, false alarms) words named as words, in angle brackets or unquoted before 〜の言葉
        ("チラシには〈最高峰〉〈日本一〉といった言葉が並んでいた。", "MED002", False),
        ("比較サイトを見ていると、割引や特典の言葉ばかりが目につきます。", "MED008", False),
        ("〈期間限定〉当院の最高峰の技術をご体験ください!", "MED002", True),
        # a slogan quoted and reported as someone else's, the span running into it
        ("駅前には「一回で肩こり解消!」とうたう店が並んでいます。", "MED001", False),
        # a notice that an offer may change or end; an end announced with its date still presses
        ("キャンペーンの内容は予告なく変更・終了する可能性があります。", "MED008", False),
        ("キャンペーンは今月末で終了します!", "MED008", True),
        # a loss that has happened cannot be undone; a removal said never to come back is a promise
        ("一度すり減ってしまった軟骨は、二度と元に戻りません。", "MED001", False),
        ("当院で取り除いた脂肪細胞は、二度と戻りません。", "MED001", True),
        # the most frequent occurrence of a disease is epidemiology; the most chosen clinic is a rank
        ("肝硬変の患者さんに最も多く見られる合併症が腹水です!", "MED002", False),
        ("当クリニックは地域で最も多く選ばれている脱毛クリニックです。", "MED002", True),
    ],
)
def test_false_alarms_of_real_web_text(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (real web text) coverage by a medium received; a celebrity as the focus of a cleft
        ("先月、地元のテレビ局の取材を受けました。", "MED003", True),
        ("今回この施術を体験していただいたのは、30代の女性タレントさんです。", "MED003", True),
        # the treated person's words passed on, their satisfaction reported; a hedged outcome is not
        ("ご本人いわく、腰の痛みが半分くらいになったそうです。", "MED006", True),
        ("施術を受けたご本人はとても満足しています。", "MED006", True),
        ("手術を受けた方は満足していない場合もあります。", "MED006", False),
        # the reader invited to feel the effect; how long it takes to be felt is information
        ("ぜひ一度飲んでいただき、その効果を実感していただきたいです。", "MED001", True),
        ("効果を実感するまでには、数週間かかることがあります。", "MED001", False),
        # a decisive difference from other clinics; a difference between hospitals stated as a fact
        ("当院の鍼治療は、国家資格を持つ鍼灸師が行う点で他院と決定的に違うのです。", "MED005", True),
        ("病院によって治療方針が違うこともあります。", "MED005", False),
        # a ranking as the form of a page
        ("人気のサプリをランキング形式でご紹介します。", "MED002", True),
        # the reader who had given up, and a treatment at last found; advice to such a reader is not
        ("あきらめかけていたあなたに、やっと出会える治療があります。", "MED009", True),
        ("治療を諦めていた方も、まずは主治医に相談してください。", "MED009", False),
    ],
)
def test_more_kinds_of_real_web_advertising(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (real web text) those who cannot take other treatments made able; hedged, it is information
        ("持病で痛み止めが飲めない方でもこの漢方なら治療可能です。", "MED004", True),
        ("薬が飲めない方でも、注射であれば治療できる場合があります。", "MED004", False),
        # the effect as a treatment's greatest charm; a feature that is no effect
        ("この注射の最大の魅力は、たるんだ頬を引き上げて若い輪郭を取り戻せることです。", "MED001", True),
        ("この薬の最大の特長は、食事の影響を受けにくいことです。", "MED001", False),
        # an improvement put down to a product begun
        ("青汁を飲み始めて一年になりますが、これのおかげです。", "MED006", True),
        # a face changed at a stroke; a life changed by a disease is no appearance
        ("施術の直後、彼女の表情は一変しました。", "MED007", True),
        ("病気をきっかけに生活が一変しました。", "MED007", False),
    ],
)
def test_narrow_kinds_of_real_web_advertising(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (real web text, kinds the labellers disagreed on) a world standard as a selling point
        ("世界水準の医療機器をそろえています。", "MED002", True),
        # many cases as a catch copy; advice to choose a hospital with many cases is not
        ("肝臓がん・胆石の臨床例多数", "MED002", True),
        ("症例が豊富な病院を選びましょう。", "MED002", False),
        # the clinic's own share of successes, whatever the share; a study's is information
        ("当院では約200名の方が禁煙外来を受診され、約7割の方が禁煙に成功されています。", "MED001", True),
        ("研究では、約7割の方が禁煙に成功しました。", "MED001", False),
        # a high effect stated as a fact; reported or expected it is not
        ("この療法は、ひざの痛みに高い効果を発揮します。", "MED001", True),
        ("この薬は、再発の予防に高い効果があるとされています。", "MED001", False),
        ("高い効果が期待できます。", "MED001", False),
        # youth or beauty restored as an ability; a goal named, or a loss denied, is not promised
        ("しみが薄くなり、若々しいお肌が取り戻せます。", "MED001", True),
        ("自信を取り戻すために、まずはご相談ください。", "MED001", False),
        ("失った髪は取り戻せません。", "MED001", False),
    ],
)
def test_kinds_the_real_web_labellers_disagreed_on(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (real web text, generalised) a treatment called certain whatever the topic; a method of prevention, or a
        # certainty denied, is not
        ("インプラントは天然の歯と同じように噛める確実な治療法です。", "MED001", True),
        ("禁煙は肺がんを防ぐ確実な方法です。", "MED001", False),
        ("確実な治療法は、まだ確立されていません。", "MED001", False),
        # the latest equipment introduced; the latest research taken in is no equipment
        ("最新の医療用ハイフを導入しました。", "MED002", True),
        ("最新の研究結果を取り入れて、ガイドラインが改訂されました。", "MED002", False),
        # an elective service or a product as the condition of an effect; a drug's precaution is not
        ("医療脱毛なら、自己処理から解放されます。", "MED001", True),
        ("漢方なら体質から改善できます。", "MED001", True),
        ("薬なら、飲み忘れに注意が必要です。", "MED001", False),
    ],
)
def test_generalised_kinds_of_real_web_advertising(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# Review r2 (L1): death or a disease "at any moment" is a scare only in the advertising register or said to the reader
# (その動悸、…; あなたは…); said of a group of patients it is patient information.
@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("心房細動の方は、いつ脳梗塞を起こしてもおかしくありません。", False),
        ("動脈硬化が進んだ人は、いつ心筋梗塞を起こしても不思議ではありません。", False),
        ("あなたの心臓は、いつ止まってもおかしくありません。", True),
        ("その頭痛、いつ脳出血を起こしてもおかしくない状態です。", True),
        ("放置した高血圧は、いつ脳卒中を起こしてもおかしくない！今すぐご予約ください。", True),
    ],
)
def test_any_moment_is_a_scare_only_in_register_or_to_the_reader(sentence, flagged):
    assert ("MED009" in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# Review r2 (L2): after a case's cost, its risks disclosed in a sentence of any form: denied twice (ないわけではありません),
# or a harm said to occur at times (〜が続くことがあります), even after another risk denied in the same sentence. Risks
# denied outright stay no disclosure.
@pytest.mark.parametrize(
    ("risks", "flagged"),
    [
        ("腫れや内出血などのリスクがないわけではありません。", False),
        ("リスクは少ないものの、腫れや内出血、まれに感染が起こることがあります。", False),
        ("重い合併症はありませんが、腫れや内出血が1〜2週間続くことがあります。", False),
        ("施術後に赤みが出ることがあります。", False),
        ("腫れや内出血が起こることはありません。", True),
        ("重い合併症はありませんが、仕上がりには満足いただけます。", True),
        ("主なリスクはありません。", True),
    ],
)
def test_a_cases_risks_disclosed_in_any_sentence_form(risks, flagged):
    paragraph = "症例写真は同意を得て掲載しています。費用は1回33,000円です。" + risks
    assert ("MED007" in codes_on(paragraph)) is flagged, (paragraph, codes_on(paragraph))


# Hostile inputs (fourth session): each quotation of a sentence read every token before it (46 s for 8,000 「);
# the readings it fed are unchanged: a bare quotation of a past experience and a speaker's label are voices.
def test_a_quoted_voice_is_read_among_many_quotations():
    assert codes_on("「飲み始めて1週間で、むくみが消えました」") == ["MED006"]
    assert codes_on("40代女性「この治療で、ひざの痛みが消えました」") == ["MED006"]


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifth session, medical-ads-blind23) speaking about testimonials and before/after photos: the reader
        # asked to check whether something holds, a voice discounted as one person's view, a caution about the
        # photos in any of their written forms
        ("体験談ふうの記事広告には、「PR」の表示があるか確認しましょう。", "MED006", False),
        ("口コミサイトの評価は、投稿した人の主観にもとづくものです。", "MED006", False),
        ("治療前後の写真だけを載せて、リスクの説明がないサイトには注意しましょう。", "MED007", False),
        # ... while showing them is still advertising them: checking with a plain object shows, it scrutinises
        # nothing
        ("症例写真をぜひご確認ください。", "MED007", True),
        ("当院の口コミをぜひご確認ください。", "MED006", True),
        ("治療前後の写真をご覧ください。", "MED007", True),
        # (review) the disclaimer an ad adds to its testimonials marks an ad, and checking one's own outcome with
        # the clinic's material is an invitation
        ("口コミでも、1回で効果を実感できたと好評です（効果には個人差があります）。", "MED006", True),
        ("体験談では、9割の方が満足と回答しています（個人の感想です）。", "MED006", True),
        ("治療前後の写真を掲載していますので、仕上がりに満足できるか確認しましょう。", "MED007", True),
        ("患者様の体験談で、当院の治療が合うかどうかを確かめてください。", "MED006", True),
    ],
)
def test_speaking_about_testimonials_and_photos_is_no_testimonial(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifth session, medical-ads-blind23) a rival named relative to the speaker (他社, 近隣の眼科) makes the
        # speaker a provider, so the comparison is the advertiser's, in plain register too
        ("他社の補聴器より、言葉がずっと聞き取りやすくなります。", "MED005", True),
        ("近隣の眼科より、設備も技術も充実しています。", "MED005", True),
        # ... but より may be "from": a referral or a request received is no comparison
        ("他院より紹介された方は、紹介状をお持ちください。", "MED005", False),
        ("近隣の医療機関より、検査の依頼を受けています。", "MED005", False),
        ("他院より引き継いだ治療も続けられます。", "MED005", False),  # (review) より as "from", by its verb class
        ("他院よりお越しの方は、紹介状をお持ちください。", "MED005", False),
        ("近隣の病院より救急搬送された患者さんを受け入れています。", "MED005", False),
    ],
)
def test_a_rival_named_relative_to_the_speaker_frames_a_comparison(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifth session) magazines by kind are media
        ("週刊誌で「名医」として紹介された院長が執刀します。", "MED003", True),
        # a scholarly journal is no medium of fame, and the reader's own regular doctor is no endorsement
        ("本症例は、日本皮膚科学会誌に掲載されました。", "MED003", False),
        ("かかりつけの先生に相談してください。", "MED003", False),
    ],
)
def test_magazines_are_media(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifth session, medical-ads-blind24) the reader told to stop choosing by fame; a quoted post set apart
        # from proof (効果を示すものではありません)
        ("有名人が愛用しているという理由だけで、サプリを選ぶのはやめましょう。", "MED003", False),
        ("SNSの「〇kg痩せた」という投稿は個人の感想であり、効果を示すものではありません。", "MED006", False),
        # ... while fame used, and a quoted voice presented, stay claims
        ("有名人も愛用しているサプリです。", "MED003", True),
        ("テレビでも話題の当院の施術なら、ほかの治療はやめられます。", "MED003", True),  # (review) a promise
        ("「1回で痩せた」という口コミが多数寄せられています。", "MED006", True),
    ],
)
def test_fame_and_posts_set_aside_by_the_page(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (fifth session, medical-ads-blind24) an adverb of absoluteness between the harm and its denial
        ("ﾎﾜｲﾄﾆﾝｸﾞで歯や歯ぐきを傷めることは、絶対にありません。", "MED004", True),
        ("当院の手術で合併症が起こることは、決してありません。", "MED004", True),
        # ... while a frequency is measured, not denied
        ("ホワイトニングで歯ぐきを傷めることは、ほとんどありません。", "MED004", False),
        ("手術で合併症が起こることは、まれにあります。", "MED004", False),
    ],
)
def test_harm_denied_with_an_adverb_of_absoluteness(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixth session, medical-ads-blind25) catch copy leaves out the verb of becoming after に/へ
        ("当院の不妊治療プログラムなら、次の周期で必ず妊娠へ", "MED001", True),
        ("運動指導で、半年後には確実に理想の体重へ！", "MED001", True),
        ("この漢方で、つらい冷えはゼロに✨", "MED001", True),
        # ... while a salutation, a direction or an instruction names no result (from the review)
        ("腰痛に悩む方へ", "MED001", False),
        ("初診の方は、まず受付へ", "MED001", False),
        ("お薬は必ず食後に", "MED001", False),
        ("症状が出たら、必ずかかりつけ医へ", "MED001", False),
        ("年に一度は、必ず歯科検診へ", "MED001", False),
        ("受診の際は、必ずお薬手帳を手元に", "MED001", False),
        ("治療の効果には個人差があり、必ずしも理想の体重にはなりません", "MED001", False),
    ],
)
def test_a_result_with_its_verb_left_out(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


def test_a_left_out_verb_is_never_part_of_the_span():
    [finding] = [f for f in findings("この漢方で、つらい冷えはゼロに✨\n") if f.rule == "MED001"]
    assert finding.message.startswith("「ゼロに」")


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixth session, medical-ads-blind25) whoever does it, no problem: a universal of safety
        ("当院のダイエット薬は、誰が飲んでも問題ありません。", "MED004", True),
        ("この施術は、どなたが受けても心配はございません。", "MED004", True),
        # ... while a limit, a hedge or a stated problem is no promise
        ("誰が飲んでも問題がないとは限りません。", "MED004", False),
        ("誰が飲んでも問題ないというわけではありません。", "MED004", False),
        ("誰が飲んでも、まれに副作用が出ることがあります。", "MED004", False),
        # access is no safety (from the review)
        ("紹介状がなくても、どなたが受診されても問題ありません。", "MED004", False),
    ],
)
def test_whoever_does_it_no_problem(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (sixth session, medical-ads-blind25) a noun phrase takes the stance of the verb it is the object or
        # the means of: a denied showing or judging is no before/after display
        ("治療前後の写真だけで効果を判断することはできません。", "MED007", False),
        ("施術前後の写真を院外に公開することはありません。", "MED007", False),
        ("施術前後の写真をご覧ください。", "MED007", True),
        # what another advertises (the object of うたう in a clause modifying a noun) is spoken of, not claimed
        ("効果保証・返金保証をうたうクリニックには、慎重になりましょう。", "MED001", False),
        ("効果保証・返金保証をうたうクリニックには、慎重になりましょう。", "MED008", False),
        ("当院は返金保証をうたっています。", "MED008", True),
        # whether (の有無) asks, it does not state, of its own noun phrase only
        ("有名人の来院の有無については、お答えしておりません。", "MED003", False),
        ("有名人も来院しています。", "MED003", True),
        ("有名人も来院する当院ではアレルギーの有無を必ず確認しています。", "MED003", True),
        # (from the review) a pitch's own negation is no denial of its object; an advertiser without a
        # caution may be the page itself; a photo taken and then published is displayed
        ("初回無料で、費用はかかりません。", "MED008", True),
        ("返金保証を、ためらわずにご利用ください。", "MED008", True),
        ("返金保証をうたう私たちのクリニックなら安心です。", "MED008", True),
        ("施術前後の写真を撮影し、ホームページで公開しています。", "MED007", True),
        # (a second review) routine imaging is a step of care; a caution must govern the advertiser; the
        # phrase of 〜の有無 may be longer; honorific taking; a comparison with a kind of clinic; a referral
        ("手術の前後にレントゲン写真を撮影します。", "MED007", False),
        ("返金保証を掲げる私たちのクリニックでは、副作用に十分注意して治療を行います。", "MED008", True),
        ("返金保証をうたう業者にだまされないでください。", "MED008", False),
        ("芸能人の来院歴の有無については、お答えできません。", "MED003", False),
        ("どなたが召し上がっても問題ありません。", "MED004", True),
        ("一般の美容クリニックにはない丁寧なカウンセリングが自慢です。", "MED005", True),
        ("他の医療機関にはない情報もありますので、紹介状をお持ちください。", "MED005", False),
        ("アスリートが服用するサプリメントにも、禁止物質が含まれていることがあります。", "MED003", False),
        ("〇〇病院の院長も自ら飲んでいるサプリです。", "MED003", True),
        ("歴代の横綱も通った接骨院です。", "MED003", True),
        ("術前後の写真は、ご本人の同意を得たうえで診察室でのみご覧いただけます。", "MED007", False),
    ],
)
def test_a_noun_phrase_takes_the_stance_of_its_verb(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (seventh session) testimonial and before/after material named is not given: it is an advertisement
        # where the page presents it (heading, catch copy, label, means, a verb of presenting)
        ("口コミに関するご質問はメールで受け付けています。", "MED006", False),
        ("症例写真の撮影にあたっては、同意書をいただきます。", "MED007", False),
        ("体験談の公開は終了しました。", "MED006", False),
        ("口コミを書き込む方法", "MED006", False),
        ("ビフォーアフター写真一覧", "MED007", True),
        ("お客様の声", "MED006", True),
        ("施術前後の写真、シワがすっきり", "MED007", True),
        ("経過写真で、赤みが引いていく様子がわかります。", "MED007", True),
        ("症例写真を毎週更新しています！", "MED007", True),
        ("体験談のコーナーでは、改善された方のお話を掲載しています。", "MED006", True),
        # ... nor is it in a glossary's definition, or when it is the staff's own story
        ("症例写真とは、治療の経過を記録した写真のことをいいます。", "MED007", False),
        ("看護師の体験記：夜勤のある一日", "MED006", False),
        ("患者さまの体験記：3回の施術で痛みが消えました", "MED006", True),
    ],
)
def test_material_named_is_not_material_given(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (seventh session) what the reader is told not to decide by is warned about, quoted or named
        ("「一晩で治った」という書き込みだけで薬を選ぶのはやめましょう。", "MED006", False),
        ("レビューを見て通院先を決めるのではなく、診察で相談してください。", "MED006", False),
        ("「一晩で治った」と喜ばれています。", "MED006", True),
        # a goal (〜よう心がけています) is not a fact, even with a quoted voice in it
        ("「来てよかった」と思っていただけるよう努めています。", "MED006", False),
        ("「来てよかった」と多くの方に言っていただいています。", "MED006", True),
        # a bracket that restricts who may act is no signature
        ("感想を投稿する（会員限定）", "MED006", False),
        ("膝の痛みがすっかり消えました（60代男性）", "MED006", True),
        # a match that runs past its topic is denied with the topic's predicate
        ("患者アンケートの回答は、治療効果の宣伝には使っていません。", "MED006", False),
        ("患者アンケートでは、8割の方が効果を実感しています。", "MED006", True),
    ],
)
def test_voices_warned_about_aimed_at_or_denied(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (seventh session) a threat read to the end of its chain of clauses, and with its verb left out after a
        # disease or a ruin
        ("冷えを放置すると、血流が滞ってあらゆる病気を招きます", "MED009", True),
        ("むくみをほうっておくと、いずれ腎不全に", "MED009", True),
        ("冷えを放置すると、手足がしびれることがあります。", "MED009", False),
        ("糖尿病の方は、まず内科に", "MED009", False),
        # a threat quoted as what the reader was told is reported speech
        ("「放っておくと失明する」と言われて心配になったら、別の眼科で相談することもできます。", "MED009", False),
        # the reader addressed by a description, then a disease or a ruin foretold; a trait addressed with その and
        # a ruin left as a possibility
        ("座りっぱなしのあなた、5年後は寝たきり確定です", "MED009", True),
        ("その物忘れ、取り返しのつかないことになるかも", "MED009", True),
        ("あなたが高血圧と診断されたら、まず塩分を控えましょう。", "MED009", False),
        ("あなた、最近よく眠れていますか？", "MED009", False),
    ],
)
def test_fear_by_a_chain_of_clauses_and_by_the_reader_addressed(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (review, seventh session) material is given unless the page says it is not shown: any verb of showing
        ("当院の症例写真はインスタグラムで発信中です。", "MED007", True),
        ("患者さまからのお礼のお手紙を受付に飾っています。", "MED006", True),
        ("患者様の口コミを、当院サイト内の特設ページで随時掲載しております。", "MED006", True),
        # a review or case photo of a doctor is the patients'
        ("副院長の口コミを多数掲載中です。", "MED006", True),
        # a goal after a voice given and a comma is still a voice given
        ("「一度で楽になった」との声多数、これからも皆さまに喜んでいただけるよう努めます。", "MED006", True),
        # a choice made on a condition is a pitch
        ("「全然痛くなかった」という口コミで選ぶなら、当院がおすすめです。", "MED006", True),
        # a match with its own verb before a clause of reason is not the denied topic
        ("当院のAGA治療は内服薬で髪が生えるため、手術を必要としません。", "MED001", True),
        # a definition that goes on gives material
        (
            "口コミとは利用した方の感想のことで、当院には「1回で肩こりが治った」との声が続々と届いています。",
            "MED006",
            True,
        ),
        # a bracket with a person is a signature whatever it restricts
        ("ニキビ跡が目立たなくなって毎日楽しいです（20代女性・学割対象）", "MED006", True),
    ],
)
def test_seventh_session_review_keeps_ads(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (seventh session, from the fact-check: 95cb83d's presenting words had no test) receiving many letters, a
        # caption's disclaimer and the means (によって) present the material; a compound particle's clause does not
        # reach past its comma
        ("患者さまから感謝のお便りをたくさんいただいています。", "MED006", True),
        ("※症例写真はイメージです。", "MED007", True),
        ("比較写真によって、しわの改善がよくわかります。", "MED007", True),
        ("症例写真の撮影にあたっては、同意書をいただきます。", "MED007", False),
    ],
)
def test_presented_by_receipt_caption_and_means(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (seventh session, three corpus writers agreeing) a voice about the service, not the treatment, is no
        # testimonial of its content or effect; a rating stays a rating and an effect in the voice stays a testimonial
        ("ご利用者の声：受付のスタッフの応対がとても親切でした", "MED006", False),
        ("よく寄せられる感想：「待合室が清潔で落ち着けた」", "MED006", False),
        ("ご利用者の声：受付の方が親切で、肩こりもすっかり治りました", "MED006", True),
        ("口コミ ★★★★★「予約の電話がつながりやすい」", "MED006", True),
    ],
)
def test_a_voice_about_the_service_is_no_testimonial_of_treatment(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (seventh session) every disease claimed at once: a cause, a cure or a protection against all disease;
        # denied, or reported as a saying, it is no claim
        ("腸内の老廃物こそ、あらゆる病気の原因です", "MED009", True),
        ("肩のこりは万病のもと。早めの施術を！", "MED009", True),
        ("この温泉は、あらゆる不調に効くと評判です", "MED009", True),
        ("あらゆる病気に効くサプリメントはありません。", "MED009", False),
        ("人間ドックでも、すべての病気を見つけられるわけではありません。", "MED009", False),
        ("昔から「風邪は万病のもと」と言われます。", "MED009", False),
    ],
)
def test_every_disease_claimed_at_once(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session) a before-and-after pair over a noun phrase whose change is shown (as catch copy, to the
        # reader, in photos), however many nouns stand between
        ("ホワイトニング前後の歯の色の違いをご覧ください", "MED007", True),
        ("サポーター装着前と装着2週間後の歩き方を比較！", "MED007", True),
        ("美容液を塗る前と塗った後の肌のキメを比べた画像を公開中", "MED007", True),
        # a change recorded or compared as a step of care is no display
        ("治療開始前と3か月後の検査値を比較し、薬の量を決めます。", "MED007", False),
        ("服用の前と後の体調の変化を、日記に書いておきましょう。", "MED007", False),
        # a period around an event of life, and a length of time (前後 = about), are no before and after
        ("出産前後の体調の変化について、助産師がご説明します。", "MED007", False),
        ("治療期間は3か月前後です。", "MED007", False),
        ("手術の前後の注意点をご覧ください。", "MED007", False),
    ],
)
def test_a_before_and_after_pair_over_a_noun_phrase(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session) a voice whose subject is named before it with について is about that subject; logistics and
        # paperwork are service
        ("待合室の居心地について「ほっとする」との声をいただいています", "MED006", False),
        ("治療の効果について「最高」との声をいただいています", "MED006", True),
        ("利用者の声：「申請の手続きを丁寧に教えてもらえた」", "MED006", False),
        # material granted in a concession (〜ても) is not shown
        ("口コミの評価がついていても、ご自身に合う治療かは診察で判断します", "MED006", False),
        ("口コミで高評価を多数いただいています", "MED006", True),
    ],
)
def test_a_voice_about_a_named_subject_and_material_granted_in_a_concession(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session) a voice label closed by a pictograph instead of a colon; the staff's voice stays no patient's
        ("ご利用者さまの声✨「腰の痛みがすっかり消えました」", "MED006", True),
        ("スタッフの声✨「毎朝の朝礼が楽しみです」", "MED006", False),
        ("新メニュー✨「季節の野菜スープ」", "MED006", False),
        # a capacity named by its noun of power, compared with a rival
        ("ほかの歯みがき粉とは洗浄力が違います", "MED005", True),
        ("ほかの歯みがき粉とは成分が違います。", "MED005", False),
        # acclaim by professionals outside medicine; their advice is ordinary care
        ("美容のプロが絶賛する保湿クリーム", "MED003", True),
        ("ケアマネジャーがすすめるサービスを利用しましょう。", "MED003", False),
        # an offer's end announced as certain and unannounced; the disclaimer that it may end is no lure
        ("モニター価格は予告なく終了します！", "MED008", True),
        ("キャンペーンは予告なく終了することがあります。", "MED008", False),
    ],
)
def test_eighth_session_labels_abilities_experts_and_unannounced_ends(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session) a FAQ's question is the reader's, whatever its form; the answer is the page's
        ("Q. 実際に受けた方の口コミを教えてください。", "MED006", False),
        ("A. はい、必ず治ります。", "MED001", True),
        # a public body signing a notice is no patient
        ("根拠のない健康広告にはご注意ください（消費者庁）", "MED006", False),
        ("腰の痛みが消えました（50代・自営業）", "MED006", True),
        # case photos shown together with their risks: the disclosure the guideline requires
        ("症例写真は、費用や副作用と一緒に紹介しています", "MED007", False),
        # 唯一 of a worry ranks nothing
        ("唯一の不安は費用でしたが、分割払いができました", "MED002", False),
    ],
)
def test_eighth_session_faq_questions_public_bodies_disclosures_and_worries(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session) a supervised text is the page's credit; a supervised product still endorses
        ("専門医監修コラム：花粉症の目のかゆみ対策", "MED003", False),
        ("専門医監修のサプリで目のかゆみ対策", "MED003", True),
        # a caption's bracket that only says a model posed discloses
        ("画像はイメージです（モデル使用）", "MED003", False),
        ("人気モデルも愛用の美容液", "MED003", True),
        # a possibility (可能性) is no ability: any drug may have side effects
        ("どんな治療にも合併症の可能性があります。", "MED001", False),
        ("どんな薄毛でも改善が可能です", "MED001", True),
    ],
)
def test_eighth_session_credits_models_and_possibilities(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session, from the review) 前後 after a number and its counter is "about"
        ("50歳前後の女性の体の変化をご紹介します。", "MED007", False),
        ("気温30度前後の日の体調の変化をご覧ください。", "MED007", False),
        # a comparison a doctor explains is no display; catch copy and a pointer are
        ("治療前後の検査値の比較は、主治医からご説明します。", "MED007", False),
        ("シミ取りレーザー前後の肌の比較はこちら！", "MED007", True),
        # a voice that tells a change of its own is a testimonial whatever its named subject
        ("受付の対応について「通ってよかった、すっかり元気になりました」との声", "MED006", True),
        # a topic belongs to the sentence's own predicate, past a concession
        ("症例写真は何枚になっても全て掲載します。", "MED007", True),
        # a capacity that differs (異なる) is a fact; a quantity of the body is no selling capacity
        ("他の治療法とは、必要な体力が異なります。", "MED005", False),
        # attention or surprise of a professional is no endorsement; a tip is no product
        ("料理のプロも驚く、減塩でもおいしい味噌汁の作り方", "MED003", False),
        ("介護のプロが注目する、転倒を防ぐ3つのポイント", "MED003", False),
        # the polite ござる in the disclaimer that an offer may end
        ("本サービスは予告なく終了することもございますので、ご了承ください。", "MED008", False),
        # a Q line that is a heading of the page's own, and a voice quoted in a Q line, keep their claims
        ("Q. 当院が地域No.1の実績を誇る理由", "MED002", True),
        ("Q：実際の患者様の声「3回で10キロ痩せました」", "MED006", True),
        # 唯一 of a compound that begins with a worry's word ranks
        ("日本で唯一の不安症専門クリニックです。", "MED002", True),
    ],
)
def test_eighth_session_review_keeps_ads_and_legitimate_text(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session, second round) the reader's choice of the treatment as the condition of a certainty
        ("日帰り手術を選べば、仕事への復帰も確実に早まります。", "MED001", True),
        # risks stated together with case photos (を あわせて), photo-taking as the topic, a record with its source
        ("症例写真には、治療内容・費用・主な副作用をあわせて掲載しています。", "MED007", False),
        ("施術前後の写真撮影は、ご希望の方にのみ行います", "MED007", False),
        ("血圧の推移：初診時 158 → 3か月後 132（ご本人の血圧手帳の記録より）", "MED007", False),
        ("ウエスト 82cm → 68cm！", "MED007", True),
        ("施術前後の写真撮影を行い、ホームページで公開しています", "MED007", True),
    ],
)
def test_eighth_session_choice_conditions_disclosures_and_records(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session, second round) fame by a VIP or a prize's class; a room for VIPs is no endorsement
        ("海外のVIPも通う人間ドック", "MED003", True),
        ("VIP専用の個室をご用意しています。", "MED003", False),
        ("ノーベル賞級の技術から生まれた美容液", "MED003", True),
        # a doctor's certification is a qualification, not an endorsement
        ("日本医師会認定の産業医が在籍しています。", "MED003", False),
        # everyone who does not buy is ill; a study of those not vaccinated is reported
        ("サプリを飲まない人は、ほぼ確実に栄養失調です！", "MED009", True),
        ("ワクチンを受けていない人は、重症化しやすいと報告されています。", "MED009", False),
        # suffering as a hyperbole of death, unless reported
        ("親知らずの抜歯は死ぬほど痛い。だから当院の静脈麻酔を", "MED009", True),
        ("尿管結石は、死ぬほど痛いと言われることがあります。", "MED009", False),
    ],
)
def test_eighth_session_fame_universal_threats_and_hyperbole(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session, from the second review) "zero side effects" is no disclosure; photos shown after the taking
        ("症例写真を副作用ゼロとあわせて掲載しています", "MED007", True),
        ("写真撮影にご協力いただいた患者様のビフォーアフター写真をご覧ください", "MED007", True),
        # the clinic's own records still show; the patient's own record is kept
        ("3か月で体重85kg→68kg（当院モニター記録より）", "MED007", True),
        # VIP as a room or a treatment is no endorsement
        ("VIPルームで、ゆったりと施術を受けられます", "MED003", False),
        # a fact about those who do not smoke, and a disease denied, are no threat
        ("喫煙しない人の肺がんは、ほぼ腺がんです", "MED009", False),
        ("たばこを吸わない人は、ほぼ肺がんになりません", "MED009", False),
        # choosing a family doctor is public-health advice
        ("かかりつけ医を選べば、いざという時も安心です", "MED004", False),
    ],
)
def test_eighth_session_second_review_keeps_ads_and_legitimate_text(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session, third round) a voice about a product's handling or senses is no testimonial of an effect;
        # one that tells an effect too still is
        ("青汁の香りについて：「抹茶みたいで爽やか」との声があります", "MED006", False),
        ("お客様の声：「香りもよくて、肌荒れがすっかり治りました」", "MED006", True),
        # reviews read or answered are not shown
        ("いただいた口コミには、すべてスタッフが返信しています", "MED006", False),
    ],
)
def test_eighth_session_product_senses_and_reviews_answered(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (eighth session, from the third review) credits and model disclosures excuse their own match only
        ("人気女優も愛用（モデル使用）", "MED003", True),
        ("薬剤師監修の動画でも紹介、薬剤師も毎日飲んでいるサプリです。", "MED003", True),
        ("医師も飲む前に必ず確認してください。", "MED003", False),
        # 味 and デザイン may speak of an effect in a voice
        ("「二重のデザインが理想通りで、目が大きくなりました」", "MED006", True),
        ("「食事の味がわかるようになりました」", "MED006", True),
    ],
)
def test_eighth_session_third_review_keeps_ads(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    ("sentence", "code", "flagged"),
    [
        # (ninth session) the copula negated after the claim's noun denies it (無料ではありません), also as a label's
        # value in brackets; 〜ではありませんか！ asks the reader to agree and still claims
        ("初回の相談（無料ではありません。相談料は3,300円です）", "MED008", False),
        ("カウンセリング：無料ではありません", "MED008", False),
        ("今なら初回カウンセリング無料ではありませんか！", "MED008", True),
        # a practice denied by a verb of doing (〜ことは行っておりません) is not done, as with する and いたす
        ("レビューを書いた方に特典を出すことは行っておりません。", "MED008", False),
        ("レビューを書いた方に特典を出すことを行っています。", "MED008", True),
        # a saying of a few words named with a comma before という is mentioned, not claimed
        ("ナンバーワンよりオンリーワン、という言葉があります。", "MED002", False),
        ("業界ナンバーワン、という実績があります。", "MED002", True),
        # (from the review) a saying applied to the page's own care or endorsed is the page's claim; ございません
        # denies as ありません does
        ("安心・安全、という言葉がぴったりの治療です", "MED004", True),
        ("必ず治る、という言葉を信じてください", "MED001", True),
        ("初回の相談は無料ではございません", "MED008", False),
        # (third review) a saying heard may be the patients' voice or the clinic's fame: only one said to exist is
        # mentioned
        ("患者さんから、必ず治る、という言葉をよく耳にします。", "MED001", True),
        ("日本一、という言葉がよく聞かれるクリニックです", "MED002", True),
        # (fourth and fifth reviews) a saying heard and then debunked or warned about is mentioned; heard and nothing
        # more, or heard then endorsed, it is claimed
        ("必ず治る、という言葉をよく耳にします。", "MED001", True),
        ("必ず治る、という言葉をよく耳にしますが、当院の治療はその言葉どおりです。", "MED001", True),
        ("通院されている方から、必ず治る、という言葉をよく耳にします。", "MED001", True),
        ("副作用ゼロ、という言葉を耳にしますが、それは誤りです。", "MED004", False),
        ("絶対に安全、という言葉を聞いたら注意しましょう。", "MED004", False),
        ("ナンバーワンよりオンリーワン、という言葉もよくあります。", "MED002", False),
    ],
)
def test_ninth_session_negated_copula_denied_practice_and_named_sayings(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# Twelfth session (medical-ads-blind35, read after its blind run): 〜かねます after a verb is a polite "cannot", a
# negation of the predicate (保証はいたしかねます); 〜かねない keeps two negations, a possibility, and stays a claim.
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("治療結果の保証はいたしかねますが、ご不明な点はご相談ください。", "MED001", False),
        ("効果を保証いたしかねます。", "MED001", False),
        ("治療結果は保証します。", "MED001", True),
        ("放置すると命に関わる病気になりかねない！今すぐ治療を。", "MED009", True),
    ],
)
def test_twelfth_session_kaneru_is_a_polite_cannot(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# Thirteenth session (medical-ads-blind37, read after its blind run): a disease or a worsening foretold as certain
# after the reader's inaction or habit; a profession's pick, its own use told in the first person, a seal given, an
# authority approving with the object between, adoption by institutions of standing; a first place in a category and
# the upper places of a ranking; others run down (だらけ, もう古い, 〜では…ないところまで, 〜のような…ではありません);
# a discount after the yen sign; まず before a denied harm; fat burned as an effect. Said as a possibility, a raised
# risk, honest limits of ordinary care, a referral elsewhere, a plain price and a step of care stay unflagged.
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("まだ間に合う！今やらないと薄毛は確実に進行します", "MED009", True),
        ("コンビニ弁当を食べ続けると、がんになります。", "MED009", True),
        ("お子さまの歯並び、今のままでは一生ガタガタです", "MED009", True),
        ("薬を飲まないと、症状が悪化するおそれがあります。", "MED009", False),
        ("治療を受けないと、病気が進行することがあります。", "MED009", False),
        ("喫煙を続けると、肺がんになるリスクが高まります。", "MED009", False),
        ("老眼を放っておくと、失明につながるおそれがあります。", "MED009", True),
        ("管理栄養士イチオシの青汁", "MED003", True),
        ("国の研究機関がお墨付きを与えた酵素", "MED003", True),
        ("WHOが効果を認めた鍼灸治療", "MED003", True),
        ("大学病院でも採用されている、信頼の治療機器", "MED003", True),
        ("当院でも導入しています。", "MED003", False),
        ("医師が「薬をやめないで」とすすめています。", "MED003", False),
        ("アプリストア健康カテゴリー第1位の食事管理アプリ", "MED002", True),
        ("有名誌の病院ランキングで、上位の常連です。", "MED002", True),
        ("日本人の死因の第1位はがんです。", "MED002", False),
        ("他社製品は添加物だらけ。うちのは無添加です。", "MED005", True),
        ("従来のワイヤー矯正はもう古い。これからはマウスピースの時代です。", "MED005", True),
        ("大手美容クリニックのような流れ作業ではありません。", "MED005", True),
        ("一般的な治療では改善しない場合もあります。", "MED005", False),
        ("ほかの病院では治療できない場合、大学病院を紹介します。", "MED005", False),
        ("通常価格から¥20,000引き！", "MED008", True),
        ("診察料は¥3,000です。", "MED008", False),
        ("飲むだけで脂肪が燃える！運動不要のダイエットティー", "MED001", True),
        # (from the review) a likelihood, a tendency, a plain medical course, a public recommendation, a disinfectant's
        # use, a statistic's ranking, advice about shop-bought drinks, a referral elsewhere and まず as "first"
        ("今のままなら、がんになる可能性は低いです。", "MED009", False),
        ("運動をしないと、糖尿病になりやすくなります。", "MED009", False),
        ("下痢が続くと、脱水症になります。", "MED009", False),
        ("厚生労働省が接種を推奨しています。", "MED003", False),
        ("この消毒液は医療機関でも使用されています。", "MED003", False),
        ("死因ランキングでは、がんが上位に入ります。", "MED002", False),
        ("市販のジュースは糖分だらけなので、飲みすぎに注意しましょう。", "MED005", False),
        ("夜間は他の医療機関では対応できない場合がありますので、受診までに電話で確認してください。", "MED005", False),
        ("歯科医師の私も、毎晩フロスを使っています。", "MED003", False),
        ("かゆみはまずかかないことが大切です。", "MED004", False),
        # (second review) fewer people falling ill, a statistic's ranking, a small share
        ("禁煙を続けると、肺がんになる人が減ります。", "MED009", False),
        ("肺炎は死因ランキングで上位入りしています。", "MED002", False),
        ("今のままなら、認知症に進む方は一部です。", "MED009", False),
    ],
)
def test_thirteenth_session_fear_endorsement_ranking_rivals_and_prices(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fourteenth session, from medical-ads-blind37 as read) a quoted verdict of praise by a doctor with any
# verb of saying; worry about interactions declared needless; a rate of any success at 100 %; a before state, a
# time and the state reached, and a before and an after compared with a change as the result. A quoted request, a
# quotation that denies, a rate of harm or a goal, and a comparison done as a step of care stay unflagged.
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("現役医師が「これは効く」と断言した漢方", "MED003", True),
        ("看護師さんたちが「これいいよ」と口をそろえる着圧ソックス", "MED003", True),
        # (from the review) 安心 is a verdict only about a thing pointed at: a doctor's reassurance reads the same
        ("専門医が「安心して受けられる治療です」と説明しました。", "MED003", False),
        # (fifty-second session) but a quotation made the attribute of the product is an endorsement whatever its words
        # (test_medical_ads_quoted_endorsement52): the headline lends the specialist's standing to the implant
        ("専門医が「安心して受けられる治療です」と語るインプラント", "MED003", True),
        ("専門医が「この治療なら安心」と語るインプラント", "MED003", True),
        ("医師が「薬をやめないで」と話しています。", "MED003", False),
        ("医師が「これは効かない」と断言した民間療法", "MED003", False),
        ("薬剤師が「これは効果がない」と言い切るサプリ", "MED003", False),
        ("食品なので、飲み合わせを気にする必要はありません。", "MED004", True),
        ("飲み合わせの心配はいりません。", "MED004", True),
        ("ワルファリンは飲み合わせに注意が必要です。", "MED004", False),
        ("発毛率100%のプログラム", "MED001", True),
        ("当院の合格率100%", "MED001", True),
        ("狂犬病の致死率はほぼ100%です。", "MED001", False),
        ("接種率100%を目指します。", "MED001", False),
        ("着用前のO脚が、１ヶ月でまっすぐに", "MED007", True),
        ("矯正前と矯正後の口元を比べると、Eラインがすっきり整いました。", "MED007", True),
        ("使う前と後で比べると、シミがなくなりました", "MED007", True),
        ("手術前と手術後で、飲む薬を比べて確認します。", "MED007", False),
        ("治療前の検査値が、3か月で基準値に戻ることもあります。", "MED007", False),
    ],
)
def test_fourteenth_session_quoted_praise_interactions_rates_and_before_after(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fourteenth session, second batch, from medical-ads-blind38 as read after its blind runs) a quotation
# first and the doctor after it; an age taken off; a difference from before felt; a value before the care reaching
# another after it; a change shown in published photos; a body remade by a tiny dose; a rival's work judged poor.
# Temperatures, targets, honest ranges, referrals and documents stay unflagged.
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("「痛みはゼロです」と院長も断言する脱毛です。", "MED003", True),
        ("「副作用はゼロではない」と院長も話しています。", "MED003", False),
        ("飲み始めてから、肌年齢がマイナス8歳。", "MED007", True),
        ("気温がマイナス5度になる日は注意しましょう。", "MED007", False),
        ("施術前とは違う肌のハリを実感。", "MED007", True),
        ("治療前の体脂肪率32%が、当院のプログラムで2か月後24%に！", "MED007", True),
        ("治療前の血圧が140の方は、治療後に120を目標にします。", "MED007", False),
        ("飲み始めて2週間後、シミが消えた写真を公開中。", "MED007", True),
        ("撮影した写真は診療記録として保管します。", "MED007", False),
        ("わずか1杯で、体が生まれ変わる。", "MED007", True),
        ("他院のずさんな治療で悩む方が増えています。", "MED005", True),
        ("他院で治療を受けている方は、お薬手帳をお持ちください。", "MED005", False),
        ("他院の紹介状は不要です。", "MED005", False),
    ],
)
def test_fourteenth_session_second_batch(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (fourteenth session, from the review) advice or a patient's progress quoted from a doctor is no praise of a product
# (いい, 一番 count only about a thing pointed at); statistics' rates are facts; a course of care told in a patient
# page is no before-after; a quotation first, topic は and 『』 are endorsements as well; food-combination myths are
# no safety claim
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("医師が「早めに受診したほうがいい」と話しています。", "MED003", False),
        ("看護師が「水分をとるといいですよ」と教えてくれました。", "MED003", False),
        ("医師が「経過はとてもいい」と言ってくれました。", "MED003", False),
        ("看護師さんが「よくがんばったね、すごいよ」と言ってくれました。", "MED003", False),
        ("医師が「これは一番いい」と断言したサプリ", "MED003", True),
        ("「これは効く」と現役医師が断言", "MED003", True),
        ("医師は『これは効く』と断言", "MED003", True),
        ("狂犬病の致命率はほぼ100%です。", "MED001", False),
        ("ワクチン2回接種後の抗体獲得率はほぼ100%です。", "MED001", False),
        ("アンケートの回収率は100%でした。", "MED001", False),
        ("成功率：100%", "MED001", True),
        ("改善率は、なんと100%", "MED001", True),
        ("服用前の痛みが、30分で楽になります。", "MED007", False),
        ("治療前の血圧が、1か月で正常になります。", "MED007", False),
        ("手術前の不安が、1日で楽になりました。", "MED007", False),
        ("うなぎと梅干しの食べ合わせは、気にする必要はありません。", "MED004", False),
    ],
)
def test_fourteenth_session_from_the_review(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (fourteenth session, from the second review) findings and advice of patient pages stay unflagged: an age measured,
# a change from before to report to a doctor, a rival's medicine a child cannot take, a doctor explaining that early
# treatment works, a negated 100 % rate, a folk food combination dismissed; a supplement sold as free of combination
# worries is flagged
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("骨年齢は暦年齢のマイナス2歳でした。", "MED007", False),
        ("服用前とは違う体調の変化を実感したら、すぐに医師に相談してください。", "MED007", False),
        ("他院の処方薬が苦くて飲めないお子さんは、ご相談ください。", "MED005", False),
        ("医師は「インフルエンザには早めの治療が効く」と話しています。", "MED003", False),
        ("医師は『これは効く』と断言", "MED003", True),
        ("妊娠率が100%になることはありません。", "MED001", False),
        ("うなぎと梅干しの食べ合わせは、気にする必要はありません。", "MED004", False),
        ("食べ合わせを気にせず飲めるサプリです。", "MED004", True),
    ],
)
def test_fourteenth_session_from_the_second_review(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fifteenth session, from medical-ads-blind39 as read after its blind runs) a quotation in apposition to a
# noun of testimony (感想「…」, 口コミ★5「…」) or to its source in より (お客様アンケートより「…」, ご家族より：「…」);
# a before set against now, or a before's state become an after's with the verb left out; a labelled pair whose right
# is a time into the care; a reference price, a rival's quotation cut and a price with its deadline. Staff voices,
# survey figures, a quotation named after it, comparisons of measurements and plain price notices stay unflagged.
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("受診された方の感想「子どもの夜泣きがピタッと止まりました」", "MED006", True),
        ("ご家族より：「母の認知症の症状が落ち着き、表情が明るくなりました」", "MED006", True),
        ("お客様アンケートより「肩こりが嘘みたいに軽くなった」", "MED006", True),
        ("口コミ★5「先生が神。もう他の病院には行けません」", "MED006", True),
        ("愛用者の声「飲み始めてから便秘が治りました」", "MED006", True),
        ("スタッフ募集｜先輩看護師の声「残業が少なく、子育てと両立できています」", "MED006", False),
        ("利用者アンケート（n=120）：オンライン予約が「簡単」と答えた方 78%", "MED006", False),
        ("アンケートより「待ち時間が長い」という意見をいただき、改善しました。", "MED006", False),
        ("使用前のくすみ肌が、使用後には透明感あふれる肌に。", "MED007", True),
        ("矯正前の出っ歯が、矯正後は横顔美人に。", "MED007", True),
        ("治療を始める前と今の肌を比べると、赤みがほとんどありません。", "MED007", True),
        ("服のサイズ：開始前 XL → 現在 M", "MED007", True),
        ("左：飲む前／右：飲み始めて30日。お腹まわりの違い、わかりますか？", "MED007", True),
        ("治療を始める前と今の検査値を比べると、ほとんど差はありません。", "MED007", False),
        ("手術前の絶食が、手術後は不要になります。", "MED007", False),
        ("通常価格12,800円のところ、WEB限定で1,980円（税込）", "MED008", True),
        ("他院のお見積もりから、さらに1万円お引きします。", "MED008", True),
        ("この価格は今月末まで。来月から値上がりします。", "MED008", True),
        ("初診料は通常2,000円です。", "MED008", False),
        ("お見積もりは無料ではありません。", "MED008", False),
    ],
)
def test_fifteenth_session_testimony_by_apposition_before_after_and_prices(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fifteenth session, second batch) a supplement or health food sold as preventing or improving a disease,
# however hedged: the product heads the clause of effect; patient education on foods, a product beside a disease's
# treatment and denials stay unflagged
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("認知症を予防・改善できるサプリメントです。", "MED001", True),
        ("認知症の予防が期待できるサプリです。", "MED001", True),
        ("糖尿病を改善する青汁", "MED001", True),
        ("糖尿病の予防に役立つ食品の選び方", "MED001", False),
        ("がんの治療中に健康食品を使う人が増えています。", "MED001", False),
        ("ウコンは健康食品であり、病気を予防・治療するものではありません。", "MED001", False),
        ("認知症を予防できるサプリメントはありません。", "MED001", False),
        ("高血圧の治療を受けている方は、サプリの併用に注意が必要です。", "MED001", False),
    ],
)
def test_fifteenth_session_supplements_sold_for_a_disease(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fifteenth session, third batch) rivals' ways said not to be done here (〜のように…ことはありません, 〜の
# ような流れ作業はしません), another class (格が違います), rivals' service of no use; a disease compared with another
# and a rival's limit stated plainly stay unflagged
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("ほかの病院のように、薬を山ほど出すことはありません。", "MED005", True),
        ("大手チェーンのような流れ作業はしません。", "MED005", True),
        ("技術の格が違います。", "MED005", True),
        ("普通の整体に行っても意味がありません。", "MED005", True),
        ("インフルエンザは、普通の風邪のように自然に治ることはありません。", "MED005", False),
        ("普通の病院に行っても診断がつかないこともあります。", "MED005", False),
        ("症状がないのに病院に行っても意味がないと思う方もいます。", "MED005", False),
    ],
)
def test_fifteenth_session_rivals_ways_not_done_here(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fifteenth session, fourth batch) every disease kept away, said in the negative (あらゆる病気を寄せつけない
# 体に), a cure-all (万能の健康茶), a truth hidden by doctors, a poison hidden in food; denials and facts of toxicology
# stay unflagged
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("スーパーフードの力で、あらゆる病気を寄せつけない体に", "MED009", True),
        ("万能の健康茶。", "MED009", True),
        ("万能薬はありません。", "MED009", False),
        ("すべての病気を防げるわけではありません。", "MED009", False),
        ("見ないと損する、医者が隠したがる真実", "MED009", True),
        ("医師が病名を隠すことはありません。", "MED009", False),
        ("毎日の食事に潜む猛毒", "MED009", True),
        ("フグの肝臓には猛毒が潜んでいます。", "MED009", False),
    ],
)
def test_fifteenth_session_cure_alls_and_hidden_truths(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fifteenth session, from the first review) staff and addressees named before a quotation, a quotation
# that goes on as an argument, a disease named with 家族; the before of any change, directions and requests; a price's
# まで after an age, an amount or a grade, and a reference price with no offer after it are no advertising
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("主治医からのメッセージ「治療を続ければ、よくなります」", "MED006", False),
        ("ドクターコメント「痛みは2週間ほどで消えます」", "MED006", False),
        ("ご家族へのメッセージ「一人で抱え込まないでください」", "MED006", False),
        ("家族性高コレステロール血症「遺伝する高コレステロール」", "MED006", False),
        ("体の声「疲れた」に耳を傾けましょう。", "MED006", False),
        ("変更前 18:30 → 現在 18:00", "MED007", False),
        ("妊娠前 52kg → 現在 60kg", "MED007", False),
        ("手術前のご相談は外来へ、手術後は病棟へ。", "MED007", False),
        ("検査前の食事は、検査後は通常どおりに。", "MED007", False),
        ("半年前と今を比べて、体重が5kg以上減っていたら受診しましょう。", "MED007", False),
        ("治療前 → 現在までの経過を医師に伝えてください", "MED007", False),
        ("この料金は中学生まで適用されます", "MED008", False),
        ("この料金は上限1万円まで", "MED008", False),
        ("この価格は9月30日まで！", "MED008", True),
        ("通常料金：平日3,000円 → 休日は4,000円", "MED008", False),
        ("通常料金の3割のところ、保険で1割負担の方もいます", "MED008", False),
    ],
)
def test_fifteenth_session_from_the_first_review(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fifteenth session, from the second review) a thing denied with など (万能薬などありません); a poison hidden
# in everyday food, not in a plant or a fish; a clinic's own limits beside a rival (〜のように…は行っていません); a
# product whose effect is reported or advertised by others; diseases without a listed suffix (高血圧)
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("万能薬などありません。", "MED009", False),
        ("医師が隠す真実など、ありません。", "MED009", False),
        ("万能の健康茶などが人気です。", "MED009", True),
        ("ジャガイモの芽に潜む毒に注意しましょう。", "MED009", False),
        ("万病を寄せつけない体に", "MED009", True),
        ("他の病院のように、夜間の救急外来は行っていません。", "MED005", False),
        ("他のクリニックのように高いカウンセリング料はいただきません", "MED005", True),
        ("大手クリニックのような高額請求なし、技術もこちらが上です", "MED005", True),
        ("高血圧を改善するといわれるサプリメントには、科学的な根拠が乏しいものが多いです。", "MED001", False),
        ("がんが治るとうたう健康食品に注意しましょう。", "MED001", False),
        ("がんを防ぐ働きをする酵素", "MED001", False),
        ("高血圧の改善が期待できる健康食品", "MED001", True),
    ],
)
def test_fifteenth_session_from_the_second_review(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, fifteenth session, fifth batch) what others' care does not reach or give (他店のマッサージでは届かない,
# 他の整体院では得られない), and a failure elsewhere turned into success here, whoever failed (病院の薬では治らなかった
# アトピーに、この石けん。); a demonstrative of a disease or a time, a referral and a plain fact stay unflagged
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("他店のマッサージでは届かない深層筋までほぐします。", "MED005", True),
        ("他の整体院では得られない可動域の広がりを体感してください", "MED005", True),
        ("病院の薬では治らなかったアトピーに、この石けん。", "MED005", True),
        ("整形外科に通っても良くならなかった腰痛が、うちのカイロなら一発で。", "MED005", True),
        ("薬を飲んでも良くならない場合が、この病気の特徴です。", "MED005", False),
        ("抗菌薬では治らない風邪が、この時期に増えます。", "MED005", False),
        ("市販薬で治らない場合は、当院にご相談ください。", "MED005", False),
        ("薬では治らない病気もあります。この場合は手術を検討します。", "MED005", False),
    ],
)
def test_fifteenth_session_failure_elsewhere_success_here(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, sixteenth session) the rival named as the means with で alone, then the failure and the product pointed
# at with なら
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("ほかの睡眠アプリで眠れなかった人も、これなら一晩で。", "MED005", True),
        ("他社のサプリで変わらなかった方も、当社なら。", "MED005", True),
        ("薬で良くならない場合は、この治療を検討します。", "MED005", False),
        # (from the review) the gap before 方が stays four words: 方 may be people (当院で予約をされた方が)
        ("施設に入るより、当社の訪問介護を選んだ方が長生きできます。", "MED005", False),
        ("4月より、当院で予約をされた方が優先となります。", "MED005", False),
        ("痛みを我慢するより、当院に早めにご相談いただいた方が安心です。", "MED005", False),
        ("通常量で効かない場合も、この量なら増やせます。", "MED005", False),
        ("自宅で過ごすより、入院した方が安心です。", "MED005", False),
    ],
)
def test_sixteenth_session_failure_by_a_rival_and_clauses_of_comparison(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, sixteenth session) a number with digit groups is one word (初回に限り1,980円); a price for a restricted time
# or first visit, and a reference price before the item's が; first place by any measure in advertising; a profession's
# unanimity; a value taken from before the care to another; what the reader is asked whether they know is stated
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        # (the に限り pattern was dropped after the second review: a fee for a time, 当日に限り2,000円のキャンセル料, is no lure;
        # the fifty-third session read に限り after a period of an offer only, 今月, 今週, 本日, then a price)
        ("まつエクつけ放題、今月に限り2,980円", "MED008", True),
        ("当日に限り2,000円のキャンセル料がかかります。", "MED008", False),
        ("通常1回15,000円の整体が、初回に限り1,980円", "MED008", True),
        ("定価298,000円の医療用マッサージチェアが、展示品処分で驚きの29,800円", "MED008", True),
        ("市内在住の方に限り2,000円で受けられます。", "MED008", False),
        ("初回カウンセリング料：3,300円", "MED008", False),
        ("初回体験料 5,500円（税込・60分）", "MED008", False),
        ("通常の診察料は3,000円、再診は1,500円です。", "MED008", False),
        ("初回限定1,980円", "MED008", True),
        ("いちばん眠れる睡眠アプリ、ダウンロード数第1位！", "MED002", True),
        ("乗り換えたいマッサージチェアランキング　堂々の第1位！", "MED002", True),
        ("がんは日本人の死因の第1位です！", "MED002", False),
        ("第1位：肩こり　第2位：腰痛（当院の来院理由の集計、2025年）", "MED002", False),
        ("医師・管理栄養士が全員一致で推奨！", "MED003", True),
        ("医師が口をそろえて推薦する美容液", "MED003", True),
        ("ガイドラインでは、専門家が全員一致で推奨する治療は少ないのが現状です。", "MED003", False),
        ("施術前後のペインスケールは8から2へ。", "MED007", True),
        ("健診前の3か月だけ飲んで、γ-GTPが120から45に。", "MED007", True),
        ("手術前は、血圧を130から140に保ちます。", "MED007", False),
        ("このサプリで血糖値が必ず下がるって知っていましたか？", "MED001", True),
        ("このサプリで血糖値が必ず下がることをご存じですか？", "MED001", True),
        ("本当に必ず治るのでしょうか？", "MED001", False),
    ],
)
def test_sixteenth_session_grouped_numbers_ranks_unanimity_values_and_presupposition(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, sixteenth session, from the second review) a fee or a surcharge for a time is no lure (the に限り pattern
# was dropped), nor a usual price set beside a subsidised one; a rank as a topic, a tally or an epidemiological ranking
# is no boast; a panel's unanimity is no endorsement; a scale, hours or a protocol change is no before-after; an
# embedded question is asked, not presupposed; the first-visit price keeps its gap, without a fee named before it
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("当日に限り2,000円のキャンセル料がかかります。", "MED008", False),
        ("通常3,000円の予防接種が、市の助成で1,000円になります。", "MED008", False),
        ("初回の施術が980円！", "MED008", True),
        ("特別ご優待価格980円！", "MED008", True),
        ("初回相談料3,300円", "MED008", False),
        ("当院の来院理由の第1位は腰痛です。", "MED002", False),
        ("子どもの事故の第1位は窒息です！", "MED002", False),
        ("当院の検査値は、小数点第1位を四捨五入して表示しています。", "MED002", False),
        ("WHOの専門家グループが全員一致で推奨した予防接種です。", "MED003", False),
        ("当院では施術前に、痛みの強さを0から10までの数字でお聞きします。", "MED007", False),
        ("当院では、手術前の絶食時間を8時間から6時間へ短縮しました。", "MED007", False),
        ("その治療で本当に必ず治るのか知っていますか？", "MED001", False),
        ("必ず治るかのような広告があることを知っていますか？", "MED001", False),
    ],
)
def test_sixteenth_session_from_the_second_review(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, seventeenth session) care that failed, marked by で or ても however its clause ends before the comma, then
# the advertiser with なら; not care elsewhere without the advertiser's なら, nor a rival's product merely mentioned (a
# pattern for a rival judged poor as a topic was withdrawn after two reviews: よその子は背が低い, 他施設の報告は…低い)
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("整形外科に何年通っても治らなかった腰痛、当院の骨盤矯正なら一発です。", "MED005", True),
        ("市販のシャンプーでダメだったフケも、うちの専用ローションなら一度で。", "MED005", True),
        ("他院の検査結果は、精度が低い場合があります。", "MED005", False),
        ("他院で処方された薬は、効かないことがあります。", "MED005", False),
        ("他院の薬は効かないのでしょうか？", "MED005", False),
        ("他院の紹介状は必要ありません。", "MED005", False),
        ("薬で良くならない場合も、当院にご相談ください。", "MED005", False),
        ("市販薬で治らなかった湿疹は、皮膚科で相談しましょう。", "MED005", False),
    ],
)
def test_seventeenth_session_failure_elsewhere_then_the_advertiser(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, seventeenth session, from the review) failure then なら, but not the next step of care under a condition
# (場合, 時); honest sentences about other clinics' patients and medicines stay unflagged
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("マッサージで効果がなかった肩こり、当院なら一回でほぐれます。", "MED005", True),
        ("他院で出された薬は、子どもには苦くて飲みにくいものがあります。", "MED005", False),
        ("他院の健診では、視力が低い方に再検査をすすめています。", "MED005", False),
        ("他院で治療中の方は、症状が悪い日には無理をしないでください。", "MED005", False),
        ("お薬で治らない場合、当院なら日帰り手術にも対応しています。", "MED005", False),
        ("1週間たっても咳が止まらない時、当院なら当日に胸部レントゲン検査ができます。", "MED005", False),
    ],
)
def test_seventeenth_session_failure_elsewhere_from_the_review(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, twenty-first session) embedded claims under a denied matrix, read by grammar: a clause made a noun by こと
# is a noun to the verb of promising that a denied もの characterises; a noun described by 〜という whose existence is
# denied (事実, データ: any noun); a quotation that describes the noun after it; a compound noun before a denied copula;
# a clause's head noun promised and denied; a saying denied (〜とは申しません); a topic whose clause ends on a denied
# existence past adverbials; a voice named as the matter discussed or conceded as seen elsewhere; a word named as an
# idea (〜という考え方); the writer's wish (〜ますように, 〜ことを願っております). The affirmed forms stay claims.
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("シミが完全に消えることをお約束するものではありません。", "MED001", False),
        ("シミが完全に消えることをお約束します。", "MED001", True),
        ("腫れがまったく出ないことを保証するものではありません。", "MED004", False),
        ("このお茶について、厚生労働省が効果を認めたという事実はございません。", "MED003", False),
        ("このお茶について、厚生労働省が効果を認めたという記録は存在しません。", "MED003", False),
        ("「塗るだけで若返る」クリームはありません。", "MED001", False),
        ("「塗るだけで若返る」クリームが新登場！", "MED001", True),
        ("割引キャンペーン価格ではなく、通常の料金でのご案内です。", "MED008", False),
        ("腫れのない手術をお約束することはできません。", "MED004", False),
        ("腫れのない手術をお約束します。", "MED004", True),
        ("当院の技術がどこよりも上だ、とは申しません。", "MED005", False),
        ("当院の技術はどこよりも上です。", "MED005", True),
        ("必ず伸びると断言できる育毛剤は、残念ながら今のところ存在しません。", "MED001", False),
        ("必ず効くサプリは、当店にございます。", "MED001", True),
        ("有名人も通うサロンは、駐車場がありません。", "MED003", True),
        ("「一晩で治った」という口コミについて：本品は医薬品ではありません。", "MED006", False),
        ("「一晩で治った」という口コミをネットで目にしますが、効果には個人差があります。", "MED006", False),
        ("「一晩で治った」という口コミが続々と届いています！", "MED006", True),
        ("アトピーは根治という考え方より、症状と上手につきあうことを目指す病気です。", "MED001", False),
        ("患者さまが元の生活を取り戻されることを、スタッフ一同願っております。", "MED001", False),
        ("皆さまが健やかに新年を迎えられますように。", "MED001", False),
        ("当院の治療なら、皆さまが元の生活を取り戻せます。", "MED001", True),
    ],
)
def test_twenty_first_session_claims_under_a_denied_or_wishing_matrix(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, twenty-first session) a certainty adverb over a predicate that is itself an effect or a change ([judgement]
# effect_head: 整う, 伸びる, 変わる) promises the result whoever says it; a duty, a request, a denial or a procedure of
# the institution is no promise
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("このマウスピースで、歯並びが確実に整う。", "MED001", True),
        ("育毛ローション　使った翌週から髪が確実に伸びる", "MED001", True),
        ("このサプリで、疲れにくい体に必ず変わります。", "MED001", True),
        ("手術の前には、必ず血液検査を行います。", "MED001", False),
        ("薬は必ず決められた量を飲んでください。", "MED001", False),
        ("歯並びが必ず整うとは限りません。", "MED001", False),
        ("治療を受けても、髪が確実に伸びるわけではありません。", "MED001", False),
    ],
)
def test_twenty_first_session_certainty_over_an_effect(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, twenty-first session, second batch) 〜と言っても過言ではありません asserts the clause before it; a noun wished
# for (ご回復をお祈りしています) is no claim; a rival's product named by a compound of several nouns or set aside with
# なんて, evaluated, with the advertiser in the next sentence, is a comparison
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("当院の技術は県内で一番だと言っても過言ではありません。", "MED002", True),
        ("手術件数は日本一と言っても過言ではありません。", "MED002", True),
        ("手術件数は日本一とは言えません。", "MED002", False),
        ("一日も早いご回復を心よりお祈りしております。", "MED009", False),
        ("他社の家庭用脱毛器は出力が弱い。当社なら一回で違いがわかります。", "MED005", True),
        ("ドラッグストアの湿布なんて気休め。本気で治すならこの治療。", "MED005", True),
        ("市販の湿布は皮膚がかぶれやすいので、長く貼りすぎないようにしましょう。", "MED005", False),
    ],
)
def test_twenty_first_session_overstatement_wishes_and_rival_compounds(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, twenty-first session, third batch) a before and an after of an act of care with a result stated after the
# after ([[verdict]] pair, MED007): a verb or a noun of an act before 前, 後 / あと / 後で / 今 / 現在 later, then a
# change of the body, an effect, another person, a multiple or a value reached; not an event of life or of the
# premises, not a change that is measured, checked or explained, not a word of effect inside a compound
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("このお茶を飲み始める前と後で、体重が5キロ減りました。", "MED007", True),
        ("マッサージを受ける前と受けたあとで、肩がふわっと軽く！", "MED007", True),
        ("通う前は体脂肪率28%、今は19%に。", "MED007", True),
        ("入浴剤を使う前と後で、肌年齢が10歳も若返りました。", "MED007", True),
        ("手術の前と後で、入院する病棟が変わります。", "MED007", False),
        ("薬を飲む前と飲んだ後に、脈拍を測ってください。", "MED007", False),
        ("食事の前と後で、血糖値が大きく変化します。", "MED007", False),
        ("治療の前後で検査を行い、肝臓の数値の変化を確認します。", "MED007", False),
        ("治療を始める前と後の症状の変化を、日記に書いておきましょう。", "MED007", False),
        ("手術前後の数日間は、回復食をご用意します。", "MED007", False),
        ("改装前と改装後で、待合室が広く明るくなりました。", "MED007", False),
    ],
)
def test_twenty_first_session_before_and_after_of_an_act(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, twenty-first session, fourth batch) a habit kept up (〜を続けると, 〜し続けていたら) or a remedy not taken
# (〜ずにいると) as the condition of a threat stated without a hedge; a gain, a complete difference or an elliptical state
# as the result of a before and an after
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("甘いものを食べ続けていたら、歯が全部ボロボロになりますよ。", "MED009", True),
        ("このサプリを飲まずにいると、一気に老け込みます。", "MED009", True),
        ("喫煙を続けると、がんのリスクが高まります。", "MED009", False),
        ("お酒を飲み続けると、肝臓を傷めることがあります。", "MED009", False),
        ("エアコンをがまんすると、室内でも熱中症になります。", "MED009", False),
        ("施術の前と後で、肌のハリがまるで違います。", "MED007", True),
        ("青汁を飲む前と比べ、3か月後には便通が毎日に。", "MED007", True),
        ("入院の前と後で、面会のルールが違います。", "MED007", False),
    ],
)
def test_twenty_first_session_kept_habits_and_results_of_a_pair(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, twenty-first session, fifth batch) a rival firm (他社, 他院, 他店) whose product or service is judged poor in
# its own clause, stated by the page, is disparagement without the advertiser beside it ([judgement] rival_poor); not
# a hedged, asked or denied judgement, not a rival's patients or documents, not よその or 他施設 (their children, their
# reports), not praise
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("他社の酵素ドリンクは酵素が少なすぎて意味がありません。", "MED005", True),
        ("他店の整体は力任せで雑です。", "MED005", True),
        ("他院の検査は、精度が低い場合があります。", "MED005", False),
        ("他院の薬は効かないのでしょうか？", "MED005", False),
        ("他院で出された薬が効かないときは、ご相談ください。", "MED005", False),
        ("他施設の報告では、再発率が低いとされています。", "MED005", False),
        ("よその子は背が低いと気にする親御さんもいます。", "MED005", False),
        ("他院の先生方も、とても丁寧です。", "MED005", False),
    ],
)
def test_twenty_first_session_rival_firm_run_down(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, twenty-first session, from the third review) a rival firm as the topic holds to the sentence's end (〜が
# 大きすぎて吸収されず、無駄です); 役に立たない is a poor judgement; anything of health put up with (肩こりを我慢して
# いると) is a threat's condition, a comfort (エアコンを我慢すると) is not
@pytest.mark.parametrize(
    "sentence, code, flagged",
    [
        ("他社のプロテインは粒子が粗すぎて溶けず、まったく効きません。", "MED005", True),
        ("他店の磁気ネックレスは磁力が弱く、役に立ちません。", "MED005", True),
        ("腰の痛みを我慢していると、寝たきりになります。", "MED009", True),
        ("頭痛を我慢していると、脳梗塞を起こします。", "MED009", True),
        ("暑さを我慢していると、熱中症になることがあります。", "MED009", False),
        ("エアコンを我慢すると、室内でも熱中症になります。", "MED009", False),
    ],
)
def test_twenty_first_session_rival_sentences_and_ailments_put_up_with(sentence, code, flagged):
    assert (code in codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


# (issue 18, twenty-first session, from the code review) cases an independent reviewer of the code found wrong on
# the session's first version: an exclusion (しか, 以外) is no denial; a voice discussed leaves the page's own word
# after it a claim; 〜ように、 is a purpose, not a wish; 〜ではないかと is rhetorical; 〜と言うのは過言です denies; an
# instruction's 前に is no before/after; a rival's papers or patients are no offer; a benefit after a kept habit is advice
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("必ず治る治療法は、当院にしかありません。", True),
        ("必ず痩せるプログラムは、当院以外にはありません。", True),
        ("「痩せた」という口コミをSNSで見かけますが、当院なら確実に痩せます。", True),
        ("「本当に痩せるの？」という声について：当院のプログラムなら必ず痩せます。", True),
        ("20歳若返ったように、お肌がツルツルになります。", True),
        ("必ず結果が出るように、全力でサポートします。", True),
        ("当院の料金は業界最安値水準ではないかと自負しております。", True),
        ("絶対に痩せると言うのは過言です。", False),
        ("必ず治ると言えば過言ですが、多くの方が改善しています。", False),
        ("手術前に禁煙すると、手術後の合併症が減ります。", False),
        ("抜歯前に抗生物質を飲むと、抜歯後の腫れが軽くなります。", False),
        ("他院の診断書は不要です。", False),
        ("他院の治療では効果がなかった方も、ご相談ください。", False),
        ("運動を続けると、糖尿病の予防になります。", False),
        ("服薬を続けたら、糖尿病が治りました。", False),
        (
            "「グルコサミンで膝が治った」という声について：本品は医薬品ではなく、膝の病気を治すものではありません。",
            False,
        ),
    ],
)
def test_twenty_first_session_from_the_code_review(sentence, flagged):
    assert bool(codes_on(sentence)) is flagged, (sentence, codes_on(sentence))


def test_twenty_first_session_a_run_on_sentence_is_read_in_pieces_cut_at_commas():
    # a paragraph without a full stop is read by MED in pieces of at most MED_SENTENCE_CHARS, cut at a comma, so that
    # each candidate's reading scans a piece, not the whole run; a claim deep inside it is still found at its column
    filler = "受付は月曜から金曜まで、"
    run = filler * 200 + "このサプリで必ず治ります、" + filler * 200
    pieces = medical_ads._bounded(split_sentences(run))
    assert "".join(p.text for p in pieces) == run
    assert all(len(p.text) <= medical_ads.MED_SENTENCE_CHARS for p in pieces)
    assert all(p.text.endswith("、") for p in pieces[:-1])
    assert [(p.start, p.end) for p in pieces] == [(run.index(p.text, p.start), p.start + len(p.text)) for p in pieces]
    found = rules_on(run)
    assert found == [("MED001", len(filler) * 200 + run[len(filler) * 200 :].index("必ず") + 1)]


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # a certainty adverb after the result's topic, as before it (効果は必ず現れます, 必ず効果が現れます)
        ("矯正の成果は確実に表れます。", {"MED001"}),
        ("効果は必ずしも現れるわけではありません。", set()),
        # one shot or one dose as the whole means of an effect, or of care no longer needed
        ("頑固な便秘も一発で解消します。", {"MED001"}),
        ("錠剤一粒で、もう薬はいらなくなります。", {"MED001"}),
        # a profession's recommendation as a noun with its mark (推奨！), not only as a verb
        # (fifty-fifth session) 飲むだけで腸が整う promises an effect by the little act too (MED001, as 飲むだけで治る)
        ("栄養士が推奨！毎朝飲むだけで腸が整う青汁です。", {"MED001", "MED003"}),
        # a grave outcome named by its gravity as a threat's consequence; a hedged one is information
        ("体のゆがみを直さないでいると、やがて重篤な病気を招きます。", {"MED009"}),
        ("放置すると重大な合併症を起こすことがあります。", set()),
        # an intensified comparison whose other side is a better result gained; reported, it is a finding
        ("手術を受けるより、この注射のほうがはるかに良い結果が出ます。", {"MED005"}),
        # (from the review cases) other doses, verbs of a felt result and intensifiers
        ("1包で胃もたれがすっきり治ります。", {"MED001"}),
        ("1錠で効くこともありますが、効かないこともあります。", set()),
        ("効果は必ず実感できます。", {"MED001"}),
        ("薬を飲み続けるより、この施術のほうがよっぽど良い結果が得られます。", {"MED005"}),
        ("早めに治療を始めたほうが、ずっと良い結果が得られると報告されています。", set()),
    ],
)
def test_twenty_second_session_word_order_one_dose_professions_gravity_and_results(sentence, codes):
    assert set(codes_on(sentence)) == codes, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # (real text) an effect named as what a text explains (解説, 紹介) is not promised
        ("このページでは、レーザー治療の効果と副作用について詳しく解説します。", set()),
        # ほとんど / めったに after the harm, before the denial: "hardly", a frequency, not a guarantee of safety
        ("局所麻酔を使うので、処置中に痛みを感じることはほとんどありません。", set()),
        ("当院の施術なら痛みは一切ありません。", {"MED004"}),
        # the reader's own doctor advising care is care, not a doctor's name lent to a product
        ("主治医が推奨する治療を続けてください。", set()),
        ("かかりつけ医がすすめる予防接種を受けましょう。", set()),
        ("多くの医師が推奨するサプリです。", {"MED003"}),
    ],
)
def test_twenty_second_session_explained_effects_hardly_and_the_readers_own_doctor(sentence, codes):
    assert set(codes_on(sentence)) == codes, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # (real text) a food or supplement as the topic, a complaint's relief its comment: a medicine's effect claimed
        ("食物繊維たっぷりの青汁は、便秘解消にもってこいです。", {"MED001"}),
        ("このサプリは肩こりに効きます。", {"MED001"}),
        ("この健康食品は高血圧に効果があります。", {"MED001"}),
        ("サプリメントは便秘に効果があるとは言えません。", set()),
        # denied, or denied as evidence, it is information
        ("健康食品は病気を治すものではありません。", set()),
        ("サプリメントが便秘の改善に役立つという根拠はありません。", set()),
        ("青汁は野菜不足を補う飲み物です。", set()),
    ],
)
def test_twenty_second_session_a_food_as_the_topic_of_a_relief(sentence, codes):
    assert set(codes_on(sentence)) == codes, (sentence, codes_on(sentence))


def test_twenty_second_session_a_paragraphs_disclosures_are_read_once_for_all_its_findings(monkeypatch):
    # (from the code review) each finding of an entry with unless_paragraph read the whole paragraph again: a paragraph
    # of N findings cost N readings of N sentences (a 100,000-character paragraph of marks took minutes)
    calls = []
    real = medical_ads._in_paragraph
    monkeypatch.setattr(medical_ads, "_in_paragraph", lambda plain, frames: calls.append(1) or real(plain, frames))
    medical_ads._disclosed.cache_clear()
    paragraph = "！？★♪※〜ー・…" * 300
    assert len(rules_on(paragraph)) >= 300
    assert 0 < len(calls) <= 3


# ---------------------------------------------------------------- twenty-third session: -X and X- inside a pattern
# mean what they mean in a class (before, -茶 in a pattern was the literal word "-茶" and never matched), and a suffix
# inside a verbal noun does not make it a member (入院 is an act, not a 院). The sentences are the developer's own.


@pytest.mark.parametrize(
    "pattern, sentence, expected",
    [
        ("青汁|-茶 は", "杜仲茶は香りが良い", ["杜仲茶は"]),  # a noun ending in 茶
        ("青汁|-茶 は", "ルイボス茶は香りが良い", ["ルイボス茶は"]),
        ("青汁|-茶 は", "お茶会は楽しい", []),  # ends in 会
        ("最- の", "最新の機器", ["最新の"]),  # a stem inside a pattern too
        ("効く ！|!", "よく効く！", ["効く!"]),  # (NFKC)  # a lone ! is still the mark itself, not an exception
    ],
)
def test_twenty_third_session_suffix_and_stem_notation_inside_a_pattern(pattern, sentence, expected):
    assert _spans(pattern, sentence, {}) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("整骨院より", ["整骨院より"]),  # 整骨 + the suffix 院
        ("A院より", ["A院より"]),
        ("入院より", []),  # 入院, a verbal noun: an act, not an institution
        ("通院より", []),
        ("入院治療より", ["入院治療より"]),  # the suffix is the whole verbal noun 治療: a treatment
    ],
)
def test_twenty_third_session_a_suffix_inside_a_verbal_noun_is_not_a_member(sentence, expected):
    classes = {"PLACE": ["-院", "-治療"]}
    assert _spans("$PLACE より", sentence, classes) == expected


@pytest.mark.parametrize(
    "sentence, codes",
    [
        ("杜仲茶は便秘に効果があります。", {"MED001"}),  # a food as the topic of a relief, by its ending
        ("A院より痛みが少ない治療です。", {"MED005"}),  # another provider by the ending of its name
        ("X社の製品より効果が高いサプリです。", {"MED005"}),
        # the page's own earlier product, and hospital stay against day surgery, are not another party
        ("当社の前のモデルと比べて、本体を軽くしました。", set()),
        ("日帰り手術は入院に比べて費用を抑えられますが、術後は自宅での安静が必要です。", set()),
    ],
)
def test_twenty_third_session_providers_and_foods_by_their_ending(sentence, codes):
    assert set(codes_on(sentence)) == codes, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # (real text) how usual a treatment is ranks its use, as the frequency of a disease does: no claim of quality
        ("美容外科で最も一般的な痩身の施術は脂肪吸引です。", set()),
        ("歯周病の治療で最も標準的な方法は歯石の除去です。", set()),
        # a superlative of quality or popularity in the same frame still is one
        ("当院で最も人気の高い施術です！", {"MED002", "MED009"}),
        ("当院で一番効果的な施術です！", {"MED001", "MED002", "MED009"}),
    ],
)
def test_twenty_third_session_how_usual_a_treatment_is_is_no_rank_of_quality(sentence, codes):
    assert set(codes_on(sentence)) == codes, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # a food, drink, supplement or wearable sold for health, by its kind's ending, as the topic or the means of a relief
        ("マカエキス粒で冷え性がすっきり改善します。", {"MED001"}),
        ("このローズヒップ茶は生理痛を和らげます。", {"MED001"}),
        ("ハトムギ茶が肌荒れを抑えます。", {"MED001"}),
        # the copula's で, a denial, a claim reported, or no ailment: no claim of the page
        ("ハトムギ茶は健康茶であり、肌荒れを治すものではありません。", set()),
        ("このサプリで便秘が治るという根拠はありません。", set()),
        ("しょうが茶で体を温めましょう。", set()),
        ("緑茶は空腹時に飲むと胃に負担をかけることがあります。", set()),
        # (from the code review) the relief modifying a noun is no claim of the food's: a medicine named, an effect denied
        ("健康食品は、血圧を下げる薬の代わりにはなりません。", set()),
        ("サプリメントは、血圧を下げる薬と飲み合わせに注意が必要です。", set()),
        ("サプリメントには、痛みを和らげる効果は確認されていません。", set()),
        ("青汁には、便秘を改善する効果は認められていません。", set()),
        ("サプリメントで血圧を下げることはできません。", set()),
        # (second review) the relief named by an effect, a function or an ability stated to exist is the food's claim
        ("青汁には便秘を改善する効果があります。", {"MED001"}),
        ("サプリメントは血圧を下げる働きがあります。", {"MED001"}),
        ("サプリメントで血圧を下げることができます。", {"MED001"}),
        ("サプリメントは血圧を下げるのに役立ちます。", {"MED001"}),
    ],
)
def test_twenty_third_session_a_health_food_as_the_means_of_a_relief(sentence, codes):
    assert set(codes_on(sentence)) == codes, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # a burden's existence denied politely is in the comparative's favour as ない is
        ("一般的なレーシックと比べ、当院の手術は痛みがほとんどありません。", {"MED005"}),
        ("従来の方法と比べても、痛みに大きな差はありません。", set()),
    ],
)
def test_twenty_third_session_a_burden_denied_politely_favours_the_comparative(sentence, codes):
    assert set(codes_on(sentence)) == codes, (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    "sentence, codes",
    [
        # the advertiser's own treatment or product said to have an effect as a noun
        ("当院のレーザー治療には、ニキビ跡を改善する効果があります。", {"MED001"}),
        ("弊社の入浴剤は腰痛の緩和に効果を発揮します。", {"MED001"}),
        ("当社の黒ごま食品には、血圧を下げる働きがあります。", {"MED001"}),
        # without the advertiser, or denied, it is information
        ("一般に、ビタミンDには骨を強くする働きがあります。", set()),
        ("当院の点滴に疲労回復の効果があるとは限りません。", set()),
    ],
)
def test_twenty_third_session_the_advertisers_offer_said_to_have_an_effect(sentence, codes):
    assert set(codes_on(sentence)) == codes, (sentence, codes_on(sentence))


def test_twenty_third_session_a_food_claim_reported_with_to_iu_is_not_the_pages():
    # という is one word of the tokenizer: the exemption written "と ~1 いう" never met it
    assert codes_on("水素水が病気を予防するという科学的根拠は、十分に確認されていません。") == []
    assert set(codes_on("水素水は生活習慣病を予防します。")) == {"MED001"}


# ---------------------------------------------------------------- twenty-seventh session: "the other X"
# (the developer's own sentences, in wording absent from the corpora)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("ほかの整骨院とは違います", ["ほかの整骨院とは違い"]),  # ほか, の and a run of nouns
        ("他の訪問看護ステーションとは違います", ["他の訪問看護ステーションとは違い"]),
        ("よそのプロテインとは違います", ["よそのプロテインとは違い"]),
        ("他の患者さんとは違います", []),  # a run the class leaves out (!の患者)
        ("他はとは違います", []),  # no の and no noun: not a member
    ],
)
def test_a_class_of_runs_called_the_other(sentence, expected):
    classes = {"OTHER": ["他の*", "ほかの*", "よその*", "!の患者"]}
    assert _spans("$OTHER と は 違う", sentence, classes) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a case shown with its cost in yen and its risks under a label, in one line
        "症例写真（巻き爪）：ワイヤー矯正／料金 片足8,800円（税込）／注意点：赤み、再発の可能性／2か月後の写真です。",
        # photos taken for the record, or shown as part of the explanation of care
        "治療の経過の記録のため、治療前と治療後に患部の写真を撮影しています。",
        "ご希望の方には、症例写真を治療説明の一環としてお見せしています。",
    ],
)
def test_case_photos_disclosed_recorded_or_explained(sentence):
    assert "MED007" not in {f.rule for f in findings(FRONT + sentence + "\n")}, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # from the code review of the session's first version: patient information, not rivals or threats
        "他の診療科の医師とも連携しながら、当院で治療を進めます。",
        "他の検査で異常が見つかった場合も、当院で詳しい検査を行います。",
        "他の食品にもカリウムは含まれているので、当院の管理栄養士にご相談ください。",
        "他の治療法も、ここで紹介します。",
        "大豆には、他の豆類にはない成分が含まれています。",
        "あなたは糖尿病があるので、足の小さな傷にも気をつけてください。",
        "あなたが妊娠中の場合、この薬で赤ちゃんに障害が出るおそれがあります。",
        "1日のうち、朝の方が血圧が高くなりやすいです。",
        "錠剤が苦手な方には、こちらの粉薬の方が簡単です。",
        "糖尿病確定後は、管理栄養士による食事指導を受けられます。",
        "「運動中は水を飲むな」なんて古い常識です。",
    ],
)
def test_patient_information_the_first_version_flagged(sentence):
    rules = {f.rule for f in findings(FRONT + sentence + "\n")}
    assert not rules & {"MED005", "MED009"}, (sentence, rules)


@pytest.mark.parametrize(
    "sentence",
    [
        # a label with nothing under it discloses nothing; a photo shown in an explanation published is a display
        "症例写真（施術前・施術後）　料金 片側49,800円／リスク ほとんどなし",
        "症例写真を治療説明の一環としてインスタグラムで公開しています。",
    ],
)
def test_case_photos_still_displayed(sentence):
    assert "MED007" in {f.rule for f in findings(FRONT + sentence + "\n")}, sentence


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("他の整骨院とは違います", ["他の整骨院とは違い"]),
        ("他の食品とは違います", []),  # no ending the class names
    ],
)
def test_a_run_called_the_other_needs_one_of_the_class_endings(sentence, expected):
    classes = {"OTHER": ["他の*", "の-院"]}
    assert _spans("$OTHER と は 違う", sentence, classes) == expected


@pytest.mark.parametrize(
    "sentence, rule, flagged",
    [
        # twenty-seventh session: a rival called "the other" whatever it is
        ("ほかの整骨院のように、電気を当てるだけの手抜き施術はいたしません。", "MED005", True),
        ("他の美容皮膚科のように、流れ作業の雑な施術はいたしません。", "MED005", True),
        ("他の患者さんのように早く治らなくても、焦る必要はありません。", "MED005", False),
        ("他の薬を飲んでいる方は、当院の薬剤師にお知らせください。", "MED005", False),
        # a consequence said to be settled or headed for
        ("運動しないでいると、寝たきり確定です！", "MED009", True),
        ("甘いものを食べ続けたら、糖尿病まっしぐら。", "MED009", True),
        # the reader as topic or subject of a threat, not only called with a comma
        ("あなたも明日には寝たきりになるかもしれません。", "MED009", True),
        # a diagnosis confirmed and the reader's own risk stated with its measure are not threats
        ("検査の結果、がんと確定した場合は、治療の方針を一緒に考えます。", "MED009", False),
        ("あなたも糖尿病のリスクが高いかどうか、健診の数値で確かめましょう。", "MED009", False),
        # the rival left unnamed, the page's own said to differ or to be the better side, a treatment run down as outdated
        ("某大手サロンのように、高いコースを押し売りすることはありません。", "MED005", True),
        ("よその整体は揉むだけ、うちは違います。", "MED005", True),
        ("薬に頼るより、当院の方法のほうが安全です。", "MED005", True),
        ("ワイヤー矯正なんて時代遅れです。", "MED005", True),
        # a treatment compared in patient information, hedged and sourced, is left alone
        ("内視鏡手術のほうが傷が小さいとされています。", "MED005", False),
        # medical-ads-blind50 read: regret promised, a disease promised with certainty, a screening's misses denied
        ("検診を受けない人は、将来ぜったいに後悔します。", "MED009", True),
        ("絶対に後悔しないよう、十分に説明を受けてから決めましょう。", "MED009", False),
        ("放っておくと、100%寝たきりになります！", "MED009", True),
        ("治療をしなくても、必ず失明に至るわけではありません。", "MED009", False),
        ("当院の人間ドックなら、がんの見逃しはゼロです。", "MED004", True),
        # from the second code review
        ("他の薬局でもらっている薬があれば、ここでお薬手帳を見せてください。", "MED005", False),
        ("他の患者サポートプログラムと比べてください！", "MED005", False),
        ("手術を受けたことを一生後悔する人はほとんどいません。", "MED009", False),
        ("狂犬病は、発症するとほぼ100%死に至ります。", "MED009", False),
        ("症例写真（施術前・施術後）　料金 片側49,800円／リスク ほとんどの方に軽い赤みが数日出ます", "MED007", False),
        # twenty-eighth session (medical-ads-blind52 read): a clause denied by a complement under an honorific
        ("当院では、どなたにも同じ仕上がりが得られるとはお約束できません。", "MED001", False),
        ("当院なら、どなたにも同じ仕上がりが得られるとお約束します。", "MED001", True),
        # a noun in a topic's phrase is denied with the topic when the thing is said not to exist or not to be done
        ("当院では、今だけの割引やモニター価格による料金設定は行っておりません。", "MED008", False),
        ("魔法のような若返り法は、残念ながら存在しません。", "MED009", False),
        ("魔法のような若返り法があります。", "MED009", True),
        # the worry about an adverse effect declared needless in the polite form
        ("この施術なら、肌への悪影響を心配する必要はございません。", "MED004", True),
        ("軽い赤みであれば、心配する必要はございません。", "MED004", False),
        # a headline asking what the noun is takes what its clause says as given
        ("専門医の8割が選ぶ腰痛ベルトとは？", "MED003", True),
        ("腰痛ベルトは本当に効くのでしょうか？", "MED003", False),
        # (from the review) the polite "if there is" is no denial; "only here" (しか, 以外では) is no denial either
        ("副作用を心配することがございましたら、お気軽にご相談ください。", "MED004", False),
        ("日本一の技術による施術は、当院でしか行っておりません。", "MED002", True),
        ("今だけの割引やモニター価格による料金設定は、当院以外では行っておりません。", "MED008", True),
        # a reader's question, and a headline on a denial, ask
        ("絶対に安全な手術とは何ですか？", "MED004", False),
        ("副作用がない薬とは？", "MED004", False),
        # (second review) a subject of the comment's own is what is denied, not the topic
        ("日本一の技術による施術は、ダウンタイムがほとんどありません。", "MED002", True),
        # quotations in a run are voices alike
        ("「肩の痛みが消えた」、「毎朝が楽になった」と話す患者さんが多くいます。", "MED006", True),
    ],
)
def test_twenty_seventh_and_twenty_eighth_session_forms(sentence, rule, flagged):
    assert (rule in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirtieth session) adverbs of "not at all" (一切, まったく, 全く, 全然, 少しも, 何ひとつ, 何一つ) deny absolutely as 絶対に
# and 決して do. With the advertiser or the register, over a harm, a burden, a problem or an injury the sentence
# guarantees safety (MED004), over a disease prevention (MED001); 絶対に and 決して over a harm do so wherever they stand,
# as before. Our own sentences; the near misses are honest pages, most from the review of the first version, which
# read the new adverbs without a frame
@pytest.mark.parametrize(
    "sentence, rule, flagged",
    [
        ("当院のコンタクトレンズは、つけたまま眠っても目にまったく負担がかかりません。", "MED004", True),
        ("当院の整体はやさしい施術なので、絶対にケガをしません。", "MED004", True),
        ("当院の施術なら、傷跡は何一つ残りません。", "MED004", True),
        ("このサプリを続ければ、がんには決してなりません。", "MED001", True),
        ("当院のレーザーで肌がただれることは決してありません。", "MED004", True),  # (thirteenth round, frameless)
        # honest pages: a myth dispelled, a practical "no problem", a cost, a copula denied, a clause on a noun
        ("がんが人にうつることは一切ありません。", "MED001", False),
        ("不活化ワクチンなので、ワクチンで病気になることは一切ありません。", "MED001", False),
        ("保険証がなくても、受診に全く問題はありません。", "MED004", False),
        ("当院では、保険証がなくても受診に全く問題はありません。", "MED004", False),
        ("ワクチンを打った腕を動かしても、全く問題はありません。", "MED004", False),
        ("高額療養費制度を使えば、窓口での負担は一切増えません。", "MED004", False),
        ("うつ病は、怠けや甘えでは決してありません。", "MED001", False),
        ("発達障害は、育て方が原因では決してありません。", "MED004", False),
        ("副作用がまったくない薬はありません。", "MED004", False),
        ("まったく痛みがないわけではありません。", "MED004", False),
        ("医療に絶対はありません。", "MED001", False),
        ("当院では、紹介料の請求は一切行っておりません。", "MED004", False),
        ("糖尿病は、自覚症状がまったくないまま進むことがあります。", "MED001", False),
    ],
)
def test_thirtieth_session_absolute_denials(sentence, rule, flagged):
    assert (rule in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirtieth session) an act compared (サプリを飲むより, 手術するより, 薬に頼るより) is read as the noun phrase it takes,
# as 抗がん剤より is, when the advertiser or the register is in the sentence; without them it is lifestyle advice as often
# (from the review of the first version). Our own sentences, with their near misses
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("サプリを飲むより、当院の高濃度ビタミン点滴のほうが10倍効きます。", True),
        ("手術するより、当院のマウスピースのほうがいびきはしっかり止まります。", True),
        ("病院の薬に頼るより、当店の漢方のほうが体にずっといい。", True),
        ("薬を飲むより、ゆっくり休むほうが早く治ります。", False),
        ("サプリメントを飲むより、食事から栄養をとるほうが効果的です。", False),
        ("点滴をするより、口から水分をとるほうが体にやさしいです。", False),
        ("テレビを見るより、外を歩くほうが気分転換になります。", False),
        ("ビタミンCの血中濃度は、口から飲むより点滴のほうが高くなることが知られています。", False),
        ("痛み止めを飲むより、まず冷やしてみましょう。", False),
    ],
)
def test_thirtieth_session_acts_compared(sentence, flagged):
    assert ("MED005" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-first session) a before/after or a change that the clinic examines, compares, records or explains as a step of
# the care, said as its own act ahead, shows the reader no result; a request to look, the reader's potential, a past
# check that tells a result, an improvement checked as a practice, and a comparison the page keeps showing still do
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("術前と術後3ヶ月で眼圧を比較し、経過を確認します。", False),
        ("術後の経過写真は、診察時に医師と一緒に確認します。", False),
        ("術前と術後で骨密度を比較するため、検査を行います。", False),
        ("ESWL前後のX線写真で、結石が砕けたかどうかを確認します。", False),
        ("術前と術後のレントゲン写真を比べながら、骨の位置について医師が説明します。", False),
        ("治療前後の数値の変化は、次回の診察時に医師からご説明します。", False),
        ("治療の経過を記録するため、初診時と治療後に患部の写真を撮影させていただきます。", False),
        ("歩行の様子をリハビリ開始時と3か月後に動画で撮影し、ご本人とご家族に経過をご説明しています。", False),
        ("施術前後の写真で効果をご確認ください。", True),
        ("ビフォーアフター写真で仕上がりを確認できます。", True),
        ("術前と術後を比較すると、シワが大幅に減少しました。", True),
        ("矯正前後の写真を比較し、歯並びの改善を確認しています。", True),
        ("施術前と施術後の写真を見比べてみましょう。", True),
        ("3か月後の写真で、シミが消えたことを確認しました。", True),
        ("症例写真はこちらで確認できます。", True),
        ("治療前の歩行と、リハビリ3か月後の歩行を動画で比較しています。", True),
    ],
)
def test_thirty_first_session_steps_of_care(sentence, flagged):
    assert ("MED007" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-first session) a case's cost given as a cost noun and an amount in yen with no colon (費用1回22,000円,
# 総額880,000円（税込）) is disclosed as with one; with no risks beside it, nothing is disclosed
@pytest.mark.parametrize(
    "paragraph, flagged",
    [
        ("症例写真：ピコレーザー10回。費用1回22,000円（税込）。主なリスク：赤み、色素沈着。", False),
        ("症例写真（自由診療）：ワイヤー矯正、総額880,000円（税込）。リスク：歯根吸収、後戻りの可能性。", False),
        ("【症例写真】ヒゲ脱毛８回（総額１２０,０００円・税込）、赤みや毛嚢炎が生じることがあります。", False),
        ("【症例写真】ヒゲ脱毛８回（総額１２０,０００円・税込）、効果には個人差があります。", True),
        ("症例写真：ピコレーザー10回。費用1回22,000円（税込）。", True),
        ("症例写真：ピコレーザー10回。費用もリスクもご心配なく。", True),
    ],
)
def test_thirty_first_session_cost_without_a_colon(paragraph, flagged):
    assert ("MED007" in {f.rule for f in findings(FRONT + paragraph + "\n")}) is flagged, paragraph


# (thirty-first session) price lures the page does not offer: an offer said not to apply (ポイント付与の対象外です), a lure
# conceded in quotes (「初回0円」でも), one the reader is told to avoid being caught by (〜につられて…避けましょう), one a
# third party the reader is warned about makes (〜で契約を急がせる業者にはご注意ください), and a consultation's fee stated
# in prose; the same words offered, boasted or stressed in the advertising register still are lures
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("保険調剤の一部負担金は、ポイント付与の対象外です。", False),
        ("自費診療は割引の対象ではありません。", False),
        ("今なら全メニューが割引の対象です！", True),
        ("ポイント付与の対象は、自費の施術のみです。", True),
        ("「初回0円」でも定期購入が条件になっていないか、総額を確認しましょう。", False),
        ("「実質0円」でレーシックが受けられます。", True),
        ("期間限定の割引につられて、十分な説明を受けないまま契約するのは避けましょう。", False),
        ("半額キャンペーンにつられないよう、総額を確認しましょう。", False),
        ("期間限定の割引につられて、多くの方がご来院されています！", True),
        ("期間限定の割引で契約を急がせる業者には、ご注意ください。", False),
        ("今なら半額！他店の高額な施術にはご注意ください。", True),
        ("カウンセリングは無料です。", False),
        ("ご相談は無料です。お気軽にどうぞ。", False),
        ("無料カウンセリング実施中！", True),
        ("今ならカウンセリング無料です。", True),
        ("初回カウンセリングは無料です。", True),
    ],
)
def test_thirty_first_session_lures_not_offered(sentence, flagged):
    assert ("MED008" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-first session) from the review of the step-of-care reading and of the cost without a colon: a result named as
# what is checked, publishing, the page's own display, others' cases, a comparison done, a result asked, the reader's act;
# a saving, a refund or a cap is no cost disclosed, and a label that waves the risks away discloses none
@pytest.mark.parametrize(
    "text, flagged",
    [
        ("施術前後の写真を比較し、効果を確認します。", True),
        ("治療前後の写真で、-5kgの減量効果を確認します。", True),
        ("施術前後の写真を比べ、改善を確認します。", True),
        ("治療前後の写真をホームページで共有します。", True),
        ("以下で、実際の症例のビフォーアフターをご説明します。", True),
        ("それでは、当院の症例のビフォーアフターを比較していきます。", True),
        ("カウンセリングでは、他の患者様の施術前後の写真を比較しながら、効果をご説明します。", True),
        ("比較した施術前後の写真で、効果をご説明します。", True),
        ("どれだけ若返ったかを、ビフォーアフター写真でご説明します。", True),
        ("施術前後の写真で効果をご確認いただきます。", True),
        ("ビフォーアフター写真で、効果を確認していただきます。", True),
        ("術前と術後3ヶ月で眼圧を比較し、経過を確認していきます。", False),
        ("治療の経過を記録するため、初診時と治療後に患部の写真を撮影させていただきます。", False),
        (
            "【症例写真】ビフォーアフター。ローン利用で支払い総額が20万円も安くなります。主なリスク：腫れ、内出血。",
            True,
        ),
        ("【症例写真】ビフォーアフター。医療費控除で合計10万円戻ってきます。主なリスク：腫れ、内出血。", True),
        ("【症例写真】ビフォーアフター。料金が1万円を超えることはありません。主なリスク：腫れ、内出血。", True),
        (
            "症例写真：ピコレーザー10回。費用1回22,000円（税込）。主なリスクについては、カウンセリングでご説明します。",
            True,
        ),
        ("症例写真：ピコレーザー10回。費用：22,000円（税込）。副作用：特にございません。", True),
        ("症例写真：ピコレーザー10回。費用：22,000円（税込）。リスク：当院なら安心です。", True),
        ("症例写真：ピコレーザー10回。費用1回22,000円（税込）。主なリスク：赤み、色素沈着。", False),
    ],
)
def test_thirty_first_session_review_of_steps_and_costs(text, flagged):
    assert ("MED007" in {f.rule for f in findings(FRONT + text + "\n")}) is flagged, text


# (thirty-first session) testimonials the reader takes in before a decision or with a worry, or that the page ranks
# below its advice, are answered, not given; a label that addresses readers (〜方へ：) names no speaker. Boasts of the
# same acts still give them
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("「絶対効く」という口コミより、医師の説明と根拠を重視してください。", False),
        ("「治った」という口コミを見て受診を決める前に、医師の説明をよく聞きましょう。", False),
        ("腰痛ベルトの体験談を参考にする前に、腰痛の原因を医師に診てもらいましょう。", False),
        ("体験談を読んで不安になったときは、一人で悩まず主治医に相談してください。", False),
        ("体験談を読んで不安になった方へ：同じ治療でも経過は人によって異なります。", False),
        ("口コミを見て来院される方が増えています！", True),
        ("「本当に治った！」という口コミを見て、ぜひご来院ください。", True),
        ("体験談を読んで、あなたも一歩を踏み出しましょう！", True),
        ("初めての方へ：当院で治療を受けて、本当に痛みが消えました（50代女性）", True),
    ],
)
def test_thirty_first_session_testimonials_answered(sentence, flagged):
    assert ("MED006" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-first session) 助かる in a voice about the service is its convenience; a life saved is an outcome
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("ご利用者の声：送迎の時間がいつも正確で助かっています", False),
        ("患者さんの声「駐車場がもう少し広いと助かります」→4月から提携駐車場を増やしました。", False),
        ("患者様の声：「先生のおかげで命が助かりました」", True),
        ("患者様の声：「受付の方が親切で、痛みもすっかり消えました」", True),
    ],
)
def test_thirty_first_session_service_voices_that_help(sentence, flagged):
    assert ("MED006" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-first session) from the review of the three readings above, which let 65 of 138 advertising sentences through:
# the page's answer must be advice (consult, the doctor, a course that varies) about testimonials or case material; a
# warned-about party must be what the span's clause describes, with no advertiser in the sentence; a conceded quote must
# be followed by a check asked of the reader; a denied scope must end the sentence; a label with a speaker still speaks;
# a lure avoided must be the sentence's request; 助かる with someone saved is an outcome
@pytest.mark.parametrize(
    "sentence, rule",
    [
        ("「3か月で10kg痩せた」というお客様の声より、信頼の証はありません。", "MED006"),
        ("日本一の症例数より大切にしているのは、一人ひとりへの丁寧な説明です。", "MED002"),
        ("「1回で二重になった」という口コミを見る前に、当院の二重整形をぜひお試しください！", "MED006"),
        ("「塗って3日でニキビが消えた」という口コミを見て来院前から期待する方が続出！", "MED006"),
        ("当院は初回半額、高額なローンを組ませる業者にはご注意を。", "MED008"),
        ("日本一の症例数、類似サイトにご注意ください。", "MED002"),
        ("「地域No.1」でもあり、「口コミ評価最高」でもある当院です。", "MED002"),
        ("「初回0円」でも仕上がりは一流です！", "MED008"),
        ("初回半額の対象外となる方はほとんどいません！", "MED008"),
        ("治療を終えた患者様から、同じ病気で悩む方へ：「手術で完治しました」", "MED006"),
        ("初回半額につられて来院された方も、後悔しない仕上がりです！", "MED008"),
        ("初回お試し500円に乗せて、今ならトラブル時の無料保証も付きます。", "MED008"),
        ("患者様の声：「受付の方の対応が迅速で、主人が助かりました」", "MED006"),
        ("カウンセリング料は0円、何度でもご利用いただけます。", "MED008"),
        ("カウンセリング無料、まずは一度お話を聞かせてください。", "MED008"),
    ],
)
def test_thirty_first_session_review_of_answered_readings(sentence, rule):
    assert rule in {f.rule for f in findings(FRONT + sentence + "\n")}, sentence


# (thirty-second session) a threat's outcome may be the body decaying or a faculty lost, stated (the verbs of decay by kind,
# a verb denied and then become, もう over a denied verb), and care put off is a threat's condition too, with an
# advertising frame in the sentence (the review found physiology in the same words); a hedge or a benefit keeps the
# sentence information. The sentences were written for these tests.
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("このジェルを使わないと、歯ぐきがどんどん溶けていきます！", True),
        ("当院のリハビリを続けないと、もう自分の足では歩けなくなります。", True),
        ("受診を先延ばしにすると、もう二度と視力は戻りません。", True),
        ("今すぐケアをしないと、毛根が死滅してしまいます。", True),
        # (from the review) physiology in the same words, with no advertising frame, is information
        ("筋肉は、使わないと少しずつ衰えます。", False),
        ("脳に血液が届かないと、神経細胞は死滅していきます。", False),
        # information: hedged, a benefit, or a faculty that returns
        ("治療をしないと、歩けなくなることがあります。", False),
        ("受診が遅れると、視力が戻らない場合があります。", False),
        ("リハビリを続けると、また歩けるようになります。", False),
        ("薬を飲まないと、効果は出ません。", False),
    ],
)
def test_thirty_second_session_threats_of_decay_and_loss(sentence, flagged):
    assert ("MED009" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-second session) fear stated as a present fact: the reader's body decaying now, poisons said to build up in the
# body, others said to shun the reader; a toxin named by its maker, a treatment with a toxin and the body's own clearing
# stay information. The sentences were written for these tests.
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("30代を過ぎると、あなたの肌は老け込む一方です。", True),
        ("腸にこびりついた宿便が、あなたの不調のもとです。", True),
        ("あなたの体内には毒素がたまり続けています。", True),
        # (from the review) real toxins in the body: dialysis, food poisoning
        ("腎臓の働きが落ちると、血液にたまった毒素を透析で取り除きます。", False),
        ("その体臭、周りはあなたを避けています。", True),
        ("カビが作る毒素は、加熱しても分解されにくいものがあります。", False),
        ("ボツリヌス毒素の注射で、わきの汗を抑える治療があります。", False),
        ("肝臓は、体にたまった不要なものを分解しています。", False),
    ],
)
def test_thirty_second_session_fear_as_present_fact(sentence, flagged):
    assert ("MED009" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-second session) a policy on case material is no display of it: shown in the consultation, in person; used only
# to explain; a caveat on how such material misleads. Material shown
# with a result and a consent note, or a consultation offered to show a result, stays a display. Written for these tests.
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("施術前後の写真は、カウンセリングの際に個別にお見せしています。", False),
        ("症例写真は、外来の診察時にご覧いただけます。", False),
        ("治療前後の写真は、ご本人への説明のためにのみ使用します。", False),
        # published with consent alone stays a display (test_case_photos_with_their_disclosures_in_the_paragraph)
        ("経過写真は、患者さまの同意をいただいて掲載しています。", True),
        ("治療前後の写真は、撮影の角度によって見え方が変わります。", False),
        ("ビフォーアフター写真は、加工されている可能性があります。", False),
        ("脂肪吸引3か月：ウエスト82cm→66cm（ご本人の同意を得て写真を掲載しています）", True),
        ("驚きのビフォーアフター写真を多数掲載中！", True),
    ],
)
def test_thirty_second_session_policy_on_case_material(sentence, flagged):
    assert ("MED007" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-second session) what an offer seems to give, conceded (〜でも、) and answered by a warning in the main clause (a
# cost or a trouble that may follow, conditions, no need to hurry, leave to refuse, a check), is the page's answer; with
# an exclamation, a call to hurry or an invitation to consult it sells. Written for these tests.
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("お試し価格でも、継続すると追加の費用がかかる場合があります。", False),
        ("「初月0円」でも、解約の条件があるので事前に読んでおきましょう。", False),
        ("モニター割引でも、その場で契約を急ぐ必要はありません。", False),
        ("無料相談でも、勧誘されたら断って構いません。", False),
        ("お試し価格でも、効果は通常価格と同じです！", True),
        ("初回無料でも、仕上がりには自信があります。お気軽にご相談ください。", True),
        # (from the review) the ad's own claim before a stock caveat; でも that concedes nothing; a check of testimonials;
        # the advertiser in the sentence
        ("初回無料でも、必ず効果が出ますが、追加費用がかかる場合があります。", True),
        ("雑誌でも紹介された初回無料の施術は、条件がある場合があります。", True),
        ("初回半額でも、満足された患者さまの声をぜひご確認ください。", True),
        ("他院で断られた方でも、当院なら初回無料で、解約の条件もありません。", True),
    ],
)
def test_thirty_second_session_lures_conceded_and_answered(sentence, flagged):
    # the reading makes a sentence a warning for every MED rule: any finding counts
    assert bool({f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-third session) harm beyond the named diseases and ruins (an illness by its name's ending, danger, worsening) after
# neglect, with the advertising intensity in the same sentence (!, …, あなた, どんどん); the same outcome without it, or
# hedged, is information. A first version that read any outcome with the advertiser named anywhere in the paragraph
# was dropped after a review (63 of 94 honest clinic texts flagged). The sentences were written for these tests.
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("薬を飲まずにいると、あなたの将来の妊娠が危険にさらされます。", True),
        ("放置すると確実に悪化する水虫、最悪の場合は爪が変形することも", True),
        ("このサプリを飲まないと、あなたの関節炎はどんどん悪化します！", True),
        # without the intensity, or hedged: information
        ("血圧の薬をやめると、血圧が上がって危険です。", False),
        ("治療をしないと、関節炎が悪化することがあります！", False),
        ("歯周病を放置すると、悪化するリスクが高まります。", False),
    ],
)
def test_thirty_third_session_threats_with_the_advertising_intensity(sentence, flagged):
    assert ("MED009" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-third session) ちっとも is 少しも: the adverbs of "not at all" are one class in every pattern that lists them
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("麻酔を使うので、この治療はちっとも痛くありません。", True),
        ("副作用はちっともありません。", True),
        ("「ちっとも痛くなかった」と言われる方もいますが、感じ方には個人差があります。", False),
    ],
)
def test_thirty_third_session_not_at_all_adverbs_are_one_class(sentence, flagged):
    assert ("MED004" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-fourth session) the reader's body in ruin whatever the predicate's form, only in the words no clinical text uses
# or with a clinical verb driven (どんどん, 確実に, 〜続ける, 〜つつ); the review's honest sentences addressed to the reader
# (the first version flagged 31 of 79) stay information. The sentences were written for these tests.
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("あなたの血管はボロボロかもしれません。", True),
        ("あなたの肺は真っ黒。", True),
        ("今の食生活を続けたら、あなたの血管はボロボロ。", True),
        ("あなたの脳はどんどん縮んでいきます。", True),
        ("あなたの髪は、確実に失われつつあります。", True),
        ("あなたの骨、実は80歳並みにスカスカかもしれません。", True),
        ("あなたの体は水分と塩分を失っています。", False),
        ("あなたの骨はボロボロではありませんので、安心して運動を続けてください。", False),
        ("あなたの筋肉は、力を入れると縮み、力を抜くと伸びる仕組みになっています。", False),
        ("あなたの歯は一生使う大切なものですから、毎日の歯みがきを丁寧に行いましょう。", False),
        ("あなたの鼻が詰まるのは、鼻の粘膜が腫れているためです。", False),
        ("あなたの髪の毛が抜け落ちたのは抗がん剤の副作用によるもので、治療が終われば再び生えてきます。", False),
        ("あなたも、60代を過ぎると筋力が衰えやすくなるので、週2回の筋トレをおすすめします。", False),
    ],
)
def test_thirty_fourth_session_the_readers_body_in_ruin(sentence, flagged):
    assert ("MED009" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-fourth session) a social threat by its voice: the reader the target of the onlookers' derision (passive, or the
# onlookers acting on あなた), the reader's trait making them suffer said to the reader or in an advert, love and marriage
# denied; the review's honest sentences (the first version flagged 26 of 70) stay information.
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("薄毛を隠している男性は、周りから笑われています。", True),
        ("女性ホルモンが減ると、夫にも見放されます。", True),
        ("あなた、陰で笑われていますよ。", True),
        ("その加齢臭、家族にも確実に嫌がられています。", True),
        ("その口臭、周りの人はみんな気づいています。", True),
        ("放置したワキガは、周りの人を確実に不快にさせています！", True),
        ("太っている人は、恋愛も仕事もうまくいきません。", True),
        ("ご家族が笑って過ごせるよう、介護サービスを上手に使いましょう。", False),
        ("同僚からの受動喫煙を避けるため、職場の禁煙を相談しましょう。", False),
        ("注射はみんなが嫌がるものです。", False),
        ("職場に迷惑をかけるからと、無理に出勤するのはやめましょう。", False),
        ("かつてハンセン病の患者さんは周囲から避けられ、厳しい差別を受けてきました。", False),
        ("乾癬は、周りから笑われるような病気ではありません。", False),
        ("周りの人に笑われるのが怖くて、受診をためらう方もいます。", False),
        ("うつ病になると、仕事も家事もうまくいかなくなります。", False),
        ("HIV陽性でも、就職も結婚もできないということはありません。", False),
        ("てんかんがあるから結婚もできない、というのは誤解です。", False),
    ],
)
def test_thirty_fourth_session_social_threats(sentence, flagged):
    assert ("MED009" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


# (thirty-fourth session) fear put as a question: a figurative ruin under way, the onlookers' derision under way, the
# reader's neglect offered to be kept; the review's honest questions (31 of 80 flagged by the first version) stay
# information: a patient's FAQ, a symptom check, a doctor's question, a readiness questionnaire, an embedded question.
@pytest.mark.parametrize(
    "sentence, flagged",
    [
        ("あなたの体、内側からサビついていませんか？", True),
        ("あなたの歯茎、腐ってませんか？", True),
        ("眠れない夜をこのまま放っておきますか？", True),
        ("このまま「汗くさい人」と思われ続けますか？", True),
        ("ホワイトニングで歯がボロボロになりませんか？", False),
        ("便が真っ黒ではありませんか？", False),
        ("痛み止めは、このまま続けますか？", False),
        ("あなたは今後1か月以内に禁煙するつもりですか？", False),
        ("お子さんに歯みがきを嫌がられていませんか？", False),
        ("歯の根が腐っていないか、レントゲンで確認します。", False),
        ("その入れ歯のバネ、折れていませんか？", False),
    ],
)
def test_thirty_fourth_session_fear_put_as_a_question(sentence, flagged):
    assert ("MED009" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence


@pytest.mark.parametrize(
    "sentence, flagged",
    [
        # a quoted voice on the service, the building or a product's make is no testimonial of care
        ("見学に来られた方から「食堂が明るい」といった感想をいただくことがあります。", False),
        ("「待合室が明るくて広い」（30代女性）", False),
        # a voice that reaches the body or the care stays one
        ("「病棟が明るく、腰の痛みもなくなりました」（50代男性）", True),
        ("「先生のおかげで毎日が楽になりました」と喜ばれています。", True),
        ("「人生が変わりました」（40代女性）", True),
    ],
)
def test_thirty_fifth_session_a_voice_on_the_service(sentence, flagged):
    assert ("MED006" in {f.rule for f in findings(FRONT + sentence + "\n")}) is flagged, sentence
