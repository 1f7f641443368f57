"""JAS001–JAS018 (Japanese house style): what is flagged (exact line and column) and what is not."""

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lint.context import Context
from lint.errors import ConfigError
from lint.japanese import terms as terms_module
from lint.japanese import tokenizer
from lint.parsing.markdown import parse_page
from lint.registry import RULES
from lint.runner import UsageError, check_page, load_rules, make_session

ROOT = Path(__file__).resolve().parents[2]

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "japanese"
VIOLATIONS = FIXTURES / "violations.md"
CLEAN = FIXTURES / "clean.md"
FRONT = "---\neeat: _meta/eeat.yaml\n---\n\n# 見出し\n\n"  # the page body starts on line 7

load_rules()
JAS = sorted(code for code in RULES if code.startswith("JAS"))


def context(**rules):
    """A Context with per-rule options: context(**{"sentence-length": {"max": 50}})."""
    return Context(root=ROOT, config={"rules": rules} if rules else {})


def findings(text, codes=JAS, ctx=None, path="page.md"):
    page = parse_page(path, text)
    ctx = ctx or context()
    ctx.pages = [page]
    found = []
    for code in [codes] if isinstance(codes, str) else codes:
        found.extend(RULES[code].check(page, ctx))
    return sorted(found)


def positions(found):
    return [(f.rule, f.line, f.column) for f in found]


def at(text, line, column):
    return text.split("\n")[line - 1][column - 1 :]


# ---------------------------------------------------------------- every rule on the fixture page

EXPECTED = [
    ("JAS001", 7, 1, "門脈血栓症とは胃や腸"),
    ("JAS002", 9, 23, "、できます"),
    ("JAS003", 11, 1, "門脈血栓症治療開始時期"),
    ("JAS004", 13, 9, "は抗凝固療法"),
    ("JAS005", 15, 12, "である。"),
    ("JAS006", 17, 15, "す"),
    ("JAS007", 19, 1, "ﾜﾙﾌｧﾘﾝ"),
    ("JAS008", 21, 3, "\u200b血栓症"),
    ("JAS009", 23, 2, "ハ\u309aリン"),
    ("JAS010", 25, 3, "（もんみゃく"),
    ("JAS011", 27, 6, "血栓が"),
    ("JAS012", 29, 10, "見れます"),
    ("JAS013", 31, 7, "ないとは限らない"),
    ("JAS014", 33, 13, "しかし、治療"),
    ("JAS015", 35, 13, "かもしれません"),
    ("JAS016", 37, 3, "検査を行います"),
    ("JAS016", 37, 13, "することができます"),
    ("JAS017", 39, 3, " CT"),
    ("JAS017", 39, 6, " で"),
    ("JAS018", 41, 2, "ヶ月間"),
    ("JAS018", 41, 6, "抗凝固治療"),
]


def test_each_rule_flags_its_line_of_the_fixture_and_nothing_else():
    text = VIOLATIONS.read_text(encoding="utf-8")
    found = findings(text, path=str(VIOLATIONS))
    assert positions(found) == [(code, line, column) for code, line, column, _ in EXPECTED]
    for code, line, column, snippet in EXPECTED:
        assert at(text, line, column).startswith(snippet), (code, line, column)


def test_the_clean_page_with_clinical_terms_has_no_finding():
    text = CLEAN.read_text(encoding="utf-8")
    assert findings(text, path=str(CLEAN)) == []


def test_bad_options_are_configuration_errors():
    with pytest.raises(ConfigError, match="skip_patterns"):
        findings(FRONT + "文です。\n", "JAS001", context(**{"JAS001": {"skip_patterns": ["("]}}))
    with pytest.raises(ConfigError, match="prefer_in_body"):
        findings(FRONT + "文である。\n", "JAS005", context(**{"JAS005": {"prefer_in_body": "だ"}}))


def test_every_rule_has_an_explanation_with_an_example_and_a_fix():
    for code in JAS:
        rule = RULES[code]
        assert rule.target == "page"
        assert "Example" in rule.explanation and "Fix" in rule.explanation, code


def test_one_module_per_rule_named_after_the_textlint_rule():
    """lint/rules/japanese/<module>.py holds one rule; the module is the textlint rule's name."""
    modules = {code: RULES[code].function.__module__ for code in JAS}
    assert all(m.startswith("lint.rules.japanese.") for m in modules.values()), modules
    assert len(set(modules.values())) == len(JAS)
    for code in JAS:
        textlint = RULES[code].module.replace("_", "-")
        if code != "JAS018":  # the house term list has no textlint counterpart
            assert f"textlint: {textlint}" in RULES[code].explanation, code


def test_severities():
    warnings = {
        "JAS001",
        "JAS002",
        "JAS003",
        "JAS004",
        "JAS013",
        "JAS014",
        "JAS015",
        "JAS016",
        "JAS019",
        "JAS020",
        "JAS021",
        "JAS022",
        "JAS023",
        "JAS024",
    }
    for code in JAS:
        assert RULES[code].severity == ("warning" if code in warnings else "error"), code


# ---------------------------------------------------------------- only prose is checked


def test_code_roles_urls_and_front_matter_are_not_checked():
    text = (
        "---\neeat: _meta/eeat.yaml\nnote: ﾃｽﾄ 造影 CT\n---\n\n# 見出し\n\n"
        "薬は `ﾜﾙﾌｧﾘﾝ` と書きます{cite:p}`ﾃｽﾄ`。\n"
        "詳しくは [案内](https://example.org/ﾃｽﾄ) を見てください。\n\n"
        "```text\n造影 CT で見れます\n```\n"
    )
    assert findings(text) == []


# ---------------------------------------------------------------- JAS001 sentence-length


def test_sentence_length_does_not_count_citations_or_urls():
    prose = "あ" * 95 + "です"
    text = FRONT + prose + "{cite:p}`statpearls-pvt,msd-home-pvt,elkrief-2024`。\n"
    assert findings(text, "JAS001") == []
    text = FRONT + "あ" * 90 + "、https://example.org/a/very/long/address/that/is/not/prose を見ます。\n"
    assert findings(text, "JAS001") == []
    text = FRONT + prose + "ああああ。\n"
    found = findings(text, "JAS001")
    assert positions(found) == [("JAS001", 7, 1)]
    assert "102 characters" in found[0].message


def test_sentence_length_max_option():
    text = FRONT + "門脈は肝臓へ血液を運ぶ太い血管です。\n"
    assert findings(text, "JAS001", context(**{"sentence-length": {"max": 10}}))[0].line == 7
    assert findings(text, "JAS001", context(**{"JAS001": {"max": 30}})) == []


# ---------------------------------------------------------------- JAS002 max-ten


def test_max_ten_does_not_count_commas_between_nouns():
    text = FRONT + "肝臓、脾臓、腸、胃、膵臓からの血液が門脈に集まります。\n"
    assert findings(text, "JAS002") == []
    strict = findings(text, "JAS002", context(**{"max-ten": {"strict": True}}))
    assert positions(strict) == [("JAS002", 7, 10)]


def test_max_ten_reports_each_comma_over_the_limit_and_resets():
    text = FRONT + "血栓は、急に、ゆっくりと、あるいは、静かに、できて、広がり、詰まり、ます。\n"
    assert positions(findings(text, "JAS002")) == [("JAS002", 7, 18), ("JAS002", 7, 34)]


# ---------------------------------------------------------------- JAS003 max-kanji-continuous


@pytest.mark.parametrize(
    "sentence",
    [
        "原発性肝外門脈閉塞症は指定難病です。",
        "原発性肝外門脈閉塞症患者の多くは若い人です。",  # a listed term + a short word
        "日本門脈圧亢進症学会総会で発表されました。",
        "経頸静脈的肝内門脈大循環短絡術を行うことがあります。",
    ],
)
def test_listed_medical_terms_are_allowed(sentence):
    assert findings(FRONT + sentence + "\n", "JAS003") == []


def test_long_kanji_runs_are_reported_at_their_start():
    text = FRONT + "これは厚生労働省指定難病情報です。\n"  # a term + 6 more kanji is too long
    found = findings(text, "JAS003")
    assert positions(found) == [("JAS003", 7, 4)]
    assert "11 kanji" in found[0].message
    assert findings(text, "JAS003", context(**{"JAS003": {"allow": ["厚生労働省指定難病情報"]}})) == []


def test_kanji_runs_split_by_markup_are_separate():
    text = FRONT + "門脈血栓症の**治療開始時期**です。\n"
    assert findings(text, "JAS003") == []


# ---------------------------------------------------------------- JAS004 no-doubled-joshi


@pytest.mark.parametrize(
    "sentence",
    [
        "門脈の血栓の広がりの程度を調べます。",  # の is an exception
        "治療を続けるかどうかを医師と決めます。",  # 〜かどうか
        "歩いたり走ったりできます。",  # 並立助詞 たり
        "肝臓は、脾臓は大きさが違います。",  # 、 separates
        "血栓を溶かす薬を使います。",  # を is an exception
    ],
)
def test_doubled_joshi_exceptions(sentence):
    assert findings(FRONT + sentence + "\n", "JAS004") == []


def test_doubled_joshi_reported_at_the_second_particle():
    text = FRONT + "門脈血栓症は治療は抗凝固療法が中心です。\n"
    found = findings(text, "JAS004")
    assert positions(found) == [("JAS004", 7, 9)]
    assert "は" in found[0].message
    assert findings(text, "JAS004", context(**{"no-doubled-joshi": {"allow": ["は"]}})) == []


# ---------------------------------------------------------------- JAS005 no-mix-dearu-desumasu


def test_body_must_be_desumasu():
    text = FRONT + "門脈は血管です。\n\n門脈はまれな病気であるが、治療できます。\n\n門脈は血管である。\n"
    assert positions(findings(text, "JAS005")) == [("JAS005", 11, 6)]
    dearu = context(**{"JAS005": {"prefer_in_body": "である"}})
    assert [f.line for f in findings(text, "JAS005", dearu)] == [7, 9]


def test_lists_and_headings_report_the_minority_style():
    text = (
        "# 門脈血栓症である\n\n## 治療があります\n\n## 予後があります\n\n"
        "- 検査をします。\n- 治療をします。\n- 予後は良好である。\n"
    )
    assert positions(findings(text, "JAS005")) == [("JAS005", 1, 8), ("JAS005", 9, 8)]


# ---------------------------------------------------------------- JAS006 missing-period


def test_missing_period_only_for_paragraphs():
    text = FRONT + (
        "- 箇条書きは句点なしでよい\n\n| 表 |\n| --- |\n| 句点なし |\n\n"
        "```{figure} figures/portal-venous-system.svg\n:alt: 図\n\n門脈系の模式図\n```\n\n"
        "門脈は血液を運びます。\n\n門脈は血液を運びます？\n\n「門脈は血液を運ぶ」\n"
    )
    assert findings(text, "JAS006") == []


def test_missing_period_with_a_trailing_citation_and_a_latin_period():
    text = FRONT + "門脈は血液を運びます{cite:p}`msd-home-pvt`\n\n門脈は血液を運びます.\n"
    found = findings(text, "JAS006")
    assert positions(found) == [("JAS006", 7, 10), ("JAS006", 9, 11)]
    assert "「.」" in found[1].message and found[1].suggestion == "。"


# ---------------------------------------------------------------- JAS007–JAS009 characters


def test_hankaku_kana_suggests_the_full_width_form():
    found = findings(FRONT + "検査はｴｺｰで行います。\n", "JAS007")
    assert positions(found) == [("JAS007", 7, 4)]
    assert found[0].suggestion == "エコー"


@pytest.mark.parametrize("char", ["\u200b", "\u200d", "\ufeff", "\x07", "\u202e"])
def test_invisible_characters(char):
    found = findings(FRONT + f"門脈{char}血栓症です。\n", "JAS008")
    assert positions(found) == [("JAS008", 7, 3)]
    assert f"U+{ord(char):04X}" in found[0].message


def test_invisible_character_allow_option():
    ctx = context(**{"JAS008": {"allow": ["\u200d"]}})
    assert findings(FRONT + "門脈\u200d血栓症です。\n", "JAS008", ctx) == []


def test_nfd_voiced_marks_suggest_the_composed_form():
    found = findings(FRONT + "ヘハ\u309aリンとカ\u3099ンです。\n", "JAS009")
    assert positions(found) == [("JAS009", 7, 2), ("JAS009", 7, 7)]
    assert [f.suggestion for f in found] == ["パ", "ガ"]


# ---------------------------------------------------------------- JAS010 no-unmatched-pair


def test_unmatched_pairs_in_paragraphs_headings_and_tables():
    text = (
        "# 門脈（もんみゃく\n\n| 列 |\n| --- |\n| 『本 |\n\n門脈（もんみゃく）は「血管」です。\n\n「門脈は血管です。\n"
    )
    assert positions(findings(text, "JAS010")) == [("JAS010", 1, 5), ("JAS010", 5, 3), ("JAS010", 9, 1)]


def test_brackets_inside_urls_are_not_pairs():
    assert findings(FRONT + "出典は https://example.org/a_(b を見てください。\n", "JAS010") == []


# ---------------------------------------------------------------- JAS011–JAS016 (tokenizer)


@pytest.mark.parametrize("sentence", ["九九を覚えます。", "胸がドキドキします。", "人々が集まります。"])
def test_successive_word_exceptions(sentence):
    assert findings(FRONT + sentence + "\n", "JAS011") == []


@pytest.mark.parametrize("sentence, column", [("夜に寝れますか。", 3), ("すぐに来れます。", 4), ("薬を食べれる。", 3)])
def test_ra_nuki(sentence, column):
    assert positions(findings(FRONT + sentence + "\n", "JAS012")) == [("JAS012", 7, column)]


@pytest.mark.parametrize("sentence", ["見られます。", "来られます。", "食べられます。", "入れます。"])
def test_ra_nuki_correct_forms(sentence):
    assert findings(FRONT + sentence + "\n", "JAS012") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "出血がないわけではない。",
        "発端だったといえなくもない。",
        "治らないこともない。",
        "出血が起こらないとは限らない。",
    ],
)
def test_double_negatives(sentence):
    assert [f.rule for f in findings(FRONT + sentence + "\n", "JAS013")] == ["JAS013"]


def test_doubled_conjunction_carries_over_sentences_without_one():
    text = FRONT + "また、検査をします。結果を待ちます。また、治療をします。\n"
    assert positions(findings(text, "JAS014")) == [("JAS014", 7, 19)]
    assert findings(FRONT + "また、検査をします。さらに、治療をします。\n", "JAS014") == []


@pytest.mark.parametrize(
    "sentence", ["治るかも。", "治ると思います。", "効果があると思う。", "結果は有効性の可能性を示唆している。"]
)
def test_weak_phrases(sentence):
    assert [f.rule for f in findings(FRONT + sentence + "\n", "JAS015")] == ["JAS015"]


def test_redundant_expressions_and_their_allow_lists():
    assert findings(FRONT + "データの処理を行います。\n", "JAS016") == []  # dict5 allows 処理を行う
    assert findings(FRONT + "検査を行います。\n", "JAS016", context(**{"JAS016": {"disabled": ["〜を行う"]}})) == []
    found = findings(FRONT + "省略することが可能です。\n", "JAS016")
    assert positions(found) == [("JAS016", 7, 3)]


# ---------------------------------------------------------------- JAS017 spacing


def test_spaces_next_to_punctuation_are_left_alone():
    assert findings(FRONT + "検査です。 CTは有用です、 MRIも使います。\n", "JAS017") == []


def test_spacing_full_width_space_and_allows_option():
    text = FRONT + "約\u30007割です。第 1 部を読みます。\n"
    assert positions(findings(text, "JAS017")) == [("JAS017", 7, 2), ("JAS017", 7, 9), ("JAS017", 7, 11)]
    ctx = context(**{"JAS017": {"allows": ["第 1 部"]}})
    assert positions(findings(text, "JAS017", ctx)) == [("JAS017", 7, 2)]


# ---------------------------------------------------------------- JAS018 inconsistent-term


def test_term_variants_are_reported_with_the_preferred_form():
    text = FRONT + "数ヶ月から何カ月も、低分子ヘパリンや骨髄増殖性疾患の再疎通を調べます。\n"
    found = findings(text, "JAS018")
    assert [(f.column, f.suggestion) for f in found] == [
        (2, "か月"),
        (7, "か月"),
        (11, "低分子量ヘパリン"),
        (19, "骨髄増殖性腫瘍"),
        (27, "再開通"),
    ]
    assert "「ヶ月」: the house spelling is 「か月」" in found[0].message


def test_term_constraints():
    # a counter only after a number; a variant inside a kept word is fine
    text = FRONT + "ヶ月という字。肝硬変症例の検討。こども家庭庁の資料。直接作用型経口抗凝固薬。\n"
    assert findings(text, "JAS018") == []


def test_term_list_option_and_errors(tmp_path):
    custom = tmp_path / "terms.toml"
    custom.write_text(
        '[kanji]\nallow = []\n\n[[term]]\npreferred = "エコー"\nvariants = ["超音波"]\n', encoding="utf-8"
    )
    ctx = Context(root=tmp_path, config={"rules": {"inconsistent-term": {"terms": "terms.toml"}}})
    found = findings(FRONT + "超音波で調べます。\n", "JAS018", ctx)
    assert [f.suggestion for f in found] == ["エコー"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[term]]\npreferred = "か月"\nvariants = "ヶ月"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="variants"):
        terms_module.load_terms(bad)
    with pytest.raises(ConfigError, match="not found"):
        terms_module.load_terms(tmp_path / "missing.toml")


def test_the_shipped_term_list_loads():
    terms = terms_module.load_terms()
    assert "原発性肝外門脈閉塞症" in terms.allow_kanji
    assert all(term.variants and term.preferred not in term.variants for term in terms.terms)


# ---------------------------------------------------------------- the tokenizer


def test_tokenizer_offsets_cover_the_text():
    text = "門脈 血栓症は\n見られる。 "
    tokens = tokenizer.tokenize(text)
    assert "".join(t.surface_form for t in tokens) == text
    assert all(text[t.start : t.end] == t.surface_form for t in tokens)
    assert tokens[2].pos_detail_1 == "空白"  # white space is a token, as in kuromoji
    assert next(t for t in tokens if t.surface_form == "は").pos_detail_1 == "係助詞"  # IPADIC names


def test_tokenizer_is_loaded_only_for_rules_that_need_it():
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from lint.context import Context
        from lint.parsing.markdown import parse_page
        from lint.registry import RULES
        from lint.runner import load_rules
        load_rules()
        page = parse_page("p.md", "門脈は血管です。門脈は血管です。\\n")
        ctx = Context(root={str(ROOT)!r})
        for code in sorted(RULES):
            if code[:3] in ("JAS", "MED") and not RULES[code].needs_tokenizer:
                list(RULES[code].check(page, ctx))
        print("fugashi" in sys.modules)
        list(RULES["JAS004"].check(page, ctx))
        print("fugashi" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_a_missing_tokenizer_stops_the_lint_with_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "fugashi", None)  # import fugashi raises ImportError
    tokenizer._tagger.cache_clear()
    tokenizer.tokenize.cache_clear()
    try:
        session = make_session(root=tmp_path, select=["JAS004"])
        page = tmp_path / "page.md"
        text = "門脈は肝臓は大きい。\n"
        with pytest.raises(UsageError, match="fugashi==1.5.2 ipadic==1.0.0"):
            check_page(page, text, session)
        # rules that need no tokenizer still run
        session = make_session(root=tmp_path, select=["JAS001", "JAS007"])
        assert check_page(page, "ｱ。\n", session).findings[0].rule == "JAS007"
    finally:
        monkeypatch.undo()
        tokenizer._tagger.cache_clear()
        tokenizer.tokenize.cache_clear()


# ---------------------------------------------------------------- through the runner


def test_suppression_comment_and_selection(tmp_path):
    text = FRONT + "% lint: ignore[JAS007] 商品名の表記をそのまま引用するため\nｴｺｰで調べます。\n\nｴｺｰで調べます。\n"
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    session = make_session(root=tmp_path, select=["JAS"])
    report = check_page(page, text, session)
    assert [(f.rule, f.line) for f in report.findings] == [("JAS007", 10)]
    assert len(report.suppressed) == 1


def test_samples_each_paragraph_is_reported_by_the_rule_its_comment_names():
    """tests/lint/fixtures/japanese/samples.md: `% expect: JASnnn` before each example paragraph."""
    path = FIXTURES / "samples.md"
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    expected = {(i + 2, line.split(":", 1)[1].strip()) for i, line in enumerate(lines) if line.startswith("% expect:")}
    found = {(f.line, f.rule) for f in findings(text, path=str(path))}
    assert found == expected


# ---------------------------------------------------------------- the preset rules added in JAS019–JAS021


def test_max_comma_reports_the_last_comma_of_a_sentence():
    text = "検査はCT, MRI, 超音波, 血液検査, 内視鏡で行います。検査はCT, MRIです。\n"
    found = findings(text, "JAS019")
    assert positions(found) == [("JAS019", 1, 22)] and at(text, 1, 22).startswith(", 内視鏡")
    assert findings(text, "JAS019", context(**{"max-comma": {"max": 4}})) == []
    assert findings("検査は`f(a,b,c,d,e)`で行います。\n", "JAS019") == []  # code is not prose


def test_doubled_conjunctive_ga_is_reported_at_the_first():
    text = "薬は有効ですが、副作用もありますが、医師と相談します。\n"
    assert positions(findings(text, "JAS020")) == [("JAS020", 1, 7)] and at(text, 1, 7).startswith("が、副作用")
    assert findings("薬は有効ですが、副作用もあります。医師と相談しますが、心配はいりません。\n", "JAS020") == []
    assert findings("> 薬は有効ですが、副作用もありますが、相談します。\n", "JAS020") == []  # block quotes are not read


def test_exclamation_and_question_marks():
    text = "# 治りますか？\n\n早めの受診が大切です！Yahoo!で調べます。\n"
    assert positions(findings(text, "JAS021")) == [("JAS021", 1, 8), ("JAS021", 3, 11)]
    house = context(**{"no-exclamation-question-mark": {"allow_full_width_question": True}})
    assert positions(findings(text, "JAS021", house)) == [("JAS021", 3, 11)]


def test_marks_inside_a_bare_url_are_not_prose():
    """A bare URL is a link to textlint (GFM autolink), so its query string's ? is not reported."""
    text = "資料は https://example.org/find?id=39&lang=ja にあります。本当ですか?\n"
    assert positions(findings(text, "JAS021")) == [("JAS021", 1, 55)] and at(text, 1, 55) == "?"


def test_the_project_allows_question_marks_in_its_faq_headings():
    import tomllib

    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    rules = settings["tool"]["pvt-lint"]["rules"]
    assert rules["no-exclamation-question-mark"] == {"allow_full_width_question": True}


def test_unnatural_alphabet():
    text = "# 見出し\n\n門脈血栓症のしんだrんはCTで行います。C言語、Aさん、しnぶん。\n"
    assert positions(findings(text, "JAS022")) == [("JAS022", 3, 10)] and at(text, 3, 10).startswith("rん")
    # allow replaces the default list, as in textlint: n and capitals are reported again
    assert findings(text, "JAS022", context(**{"ja-unnatural-alphabet": {"allow": ["n", "/[A-Z]/", "/だr/"]}})) == []
    with pytest.raises(ConfigError, match="allow"):
        findings(text, "JAS022", context(**{"ja-unnatural-alphabet": {"allow": ["/(/"]}}))


def test_arabic_kanji_numbers():
    text = "薬は三回、一つずつ飲みます。第3者の意見も聞きます。\n"
    assert positions(findings(text, "JAS023")) == [("JAS023", 1, 3), ("JAS023", 1, 6), ("JAS023", 1, 15)]
    house = context(**{"arabic-kanji-numbers": {"allow_counters": ["つ"]}})
    assert positions(findings(text, "JAS023", house)) == [("JAS023", 1, 3), ("JAS023", 1, 15)]
    assert findings("数十万人、ただ一つの方法です。\n", "JAS023") == []


def test_misused_expressions():
    """JAS024: the morpheme patterns and the prh dictionary, each at the first character of the misuse."""
    text = (
        "# 固定概念を捨てる\n\n"
        "規則を適応すると、説明が読みずらい。本剤は門脈血栓症を適応としていません。\n\n"
        "| 表 |\n| - |\n| 一同に会する |\n\n"
        "[固定概念](https://example.org)、固定`x`概念、`y`を適応。\n\n"
        "> 怒り心頭に達する\n"
    )
    found = findings(text, "JAS024")
    assert positions(found) == [
        ("JAS024", 1, 3),  # headings are read
        ("JAS024", 3, 3),  # を適応 (a verb: 適応する), reported at を
        ("JAS024", 3, 13),  # 読みずらい, at the verb
        ("JAS024", 7, 3),  # table cells are read
        ("JAS024", 9, 40),  # after inline code, as textlint's next text node
    ]
    assert [f.suggestion for f in found] == ["固定観念", "を適用", "読みづらい", "一堂に会する", "を適用"]
    assert at(text, 3, 13).startswith("読みずらい") and at(text, 9, 40).startswith("を適応")
    # not reported: 適応 as a noun (を適応とする), link text, an expression broken by inline code, a block quote
    for clean in (
        "体が環境に適応する。",
        "長さは可変だ。",
        "読みづらい。",
        "固定観念を捨てる。",
        "肝硬変を適応外とする。",
    ):
        assert findings(clean + "\n", "JAS024") == [], clean
    # prh's groups: $1 is what the group matched, an absent group is empty
    replaced = findings("目が止まる。精魂尽きる。頭を傾げる。\n", "JAS024")
    assert [f.suggestion for f in replaced] == ["目が留まる", "精根尽き", "首を傾げる"]


def test_misused_expressions_disabled_option():
    text = "固定概念を捨てると、ウインドウ幅が可変する。\n"
    assert positions(findings(text, "JAS024")) == [("JAS024", 1, 1), ("JAS024", 1, 18)]
    off = context(**{"ja-no-abusage": {"disabled": ["固定概念", "可変する"]}})
    assert findings(text, "JAS024", off) == []
    with pytest.raises(ConfigError, match=r"disabled: '固定' is not an entry of ja-abusage.toml"):
        findings(text, "JAS024", context(**{"ja-no-abusage": {"disabled": ["固定"]}}))
    with pytest.raises(ConfigError, match="disabled"):
        findings(text, "JAS024", context(**{"ja-no-abusage": {"disabled": "固定概念"}}))


def test_misused_expressions_agree_with_textlint_on_every_entry():
    """fixtures/abusage/abusage.md holds an instance of every entry of lint/data/ja-abusage.toml; beside it,
    what textlint's ja-no-abusage reported on it. JAS024 reports the same (line, column, replacement),
    but on the lines of the recorded differences, where exactly one of the two reports."""
    from lint.japanese.expressions import load_expressions
    from lint.rules.japanese.ja_no_abusage import ABUSAGE

    folder = Path(__file__).resolve().parent / "fixtures" / "abusage"
    text = (folder / "abusage.md").read_text(encoding="utf-8")
    record = json.loads((folder / "textlint-ja-no-abusage.json").read_text(encoding="utf-8"))
    assert all(entry.pattern.search(text) for entry in load_expressions(ABUSAGE))
    lines = text.split("\n")
    theirs = {tuple(finding) for finding in record["findings"]}
    ours = {(f.line, f.column, f.suggestion or None) for f in findings(text, "JAS024")}
    assert len(theirs) > 100
    differing = sorted(lines[line - 1] for line, _, _ in ours ^ theirs)
    assert differing == sorted(record["differences"])
