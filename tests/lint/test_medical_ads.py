"""MED001–MED003 (advertising-style medical claims): flagged phrases and clinical text that must pass."""

import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.context import Context  # noqa: E402
from lint.parsing.markdown import parse_page  # noqa: E402
from lint.registry import RULES
from lint.runner import load_rules  # noqa: E402
from lint.rules import medical_ads  # noqa: E402
from lint.runner import check_page, make_session  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "japanese"
ADS = FIXTURES / "ads.md"
CLEAN = FIXTURES / "clean.md"
FRONT = "---\neeat: _meta/eeat.yaml\n---\n\n# 見出し\n\n"  # the page body starts on line 7
MED = ("MED001", "MED002", "MED003")

load_rules()


def findings(text, ctx=None, path="page.md"):
    page = parse_page(path, text)
    ctx = ctx or Context(root=ROOT)
    found = []
    for code in MED:
        found.extend(RULES[code].check(page, ctx))
    return sorted(found)


def at(text, line, column):
    return text.split("\n")[line - 1][column - 1:]


EXPECTED = [
    ("MED001", 7, 10, "必ず溶け"),
    ("MED001", 9, 6, "副作用はありません"),
    ("MED001", 11, 7, "完治する"),
    ("MED001", 13, 1, "絶対に安全"),
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
        [(code, line, column) for code, line, column, _ in EXPECTED], key=lambda x: (x[1], x[2], x[0]))
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


@pytest.mark.parametrize("code, sentence", [
    ("MED001", "この治療で必ず治ります。"),
    ("MED001", "100%治る治療です。"),
    ("MED001", "確実に改善します。"),
    ("MED001", "門脈血栓症は完治します。"),
    ("MED001", "副作用のない治療です。"),
    ("MED001", "この薬は副作用が一切ありません。"),
    ("MED001", "絶対安全な手術です。"),
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
    ("MED002", "他院より優れた治療です。"),
    ("MED002", "最も権威のある情報源です。"),
    ("MED003", "医師も推奨する治療です。"),
    ("MED003", "専門医がおすすめする薬です。"),
    ("MED003", "東京大学教授が推薦しています。"),
    ("MED003", "有名人も愛用しています。"),
    ("MED003", "患者さんの喜びの声を紹介します。"),
    ("MED003", "厚生労働省認可の治療です。"),
])
def test_flagged(code, sentence):
    found = findings(FRONT + sentence + "\n")
    assert [f.rule for f in found] == [code], sentence
    assert found[0].line == 7


@pytest.mark.parametrize("sentence", [
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
])
def test_not_flagged(sentence):
    assert findings(FRONT + sentence + "\n") == [], sentence


def test_nonclaim_blocks_tables_and_list_items_are_checked():
    text = FRONT + (":::{container} nonclaim\nこの記事は最も信頼できる情報源です。\n:::\n\n"
                    "- 必ず治ります。\n\n| 治療 |\n| --- |\n| 医師推奨 |\n")
    assert [(f.rule, f.line, f.column) for f in findings(text)] == [
        ("MED002", 8, 6), ("MED001", 11, 3), ("MED003", 15, 3)]


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


def test_phrase_file_is_valid():
    data = tomllib.loads(medical_ads.PHRASES.read_text(encoding="utf-8"))
    for entry in data["phrase"]:
        assert entry["rule"] in MED
        assert entry["reason"] and entry["rewrite"]
        for key in ("pattern", "unless_after", "unless_before"):
            if key in entry:
                assert not entry[key].startswith("^"), key  # unless_after is matched where the phrase ends
                re.compile(entry[key])
    assert set(medical_ads.load_phrases()) == set(MED)


def test_rules_need_no_tokenizer_and_explain_themselves():
    for code in MED:
        rule = RULES[code]
        assert not rule.needs_tokenizer and rule.target == "page" and rule.severity == "error"
        assert "Example" in rule.explanation and "Fix" in rule.explanation
