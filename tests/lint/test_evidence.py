"""CIT004 weak-evidence-only: numbers and treatment effects need more than weak sources.

Pages and the bibliography are written to tmp_path; the entries are made up for
the test (their keys say so) and cite nothing real.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from lint.context import Context
from lint.errors import ConfigError
from lint.parsing.bibtex import load_bibliography
from lint.parsing.markdown import parse_page
from lint.registry import RULES
from lint.runner import load_rules

ROOT = Path(__file__).resolve().parents[2]

load_rules()

BIB = """
@misc{test-leaflet, title = {Test leaflet}, evidence = {patient-information}, url = {https://example.org/a}}
@misc{test-video, title = {Test video}, evidence = {video}, url = {https://example.org/v}}
@misc{test-blog, title = {Test blog}, evidence = {other}, url = {https://example.org/b}}
@article{test-guideline, author = {Test, A.}, title = {Test guideline}, journal = {J Test}, year = {2020},
  evidence = {clinical-guideline}}
@article{test-meta, author = {Test, B.}, title = {Test meta-analysis}, journal = {J Test}, year = {2021},
  evidence = {meta-analysis}}
"""


def findings(tmp_path, body, **options):
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    page_path = tmp_path / "page.md"
    text = "---\neeat: _meta/eeat.yaml\n---\n\n# 見出し\n\n" + body + "\n"
    page_path.write_text(text, encoding="utf-8")
    page = parse_page(str(page_path), text)
    config = {"rules": {"weak-evidence-only": options}} if options else {}
    ctx = Context(root=tmp_path, config=config, bibliography=load_bibliography(tmp_path / "refs.bib"), pages=[page])
    return list(RULES["CIT004"].check(page, ctx))


def test_registered_as_a_page_warning():
    rule = RULES["CIT004"]
    assert (rule.name, rule.target, rule.severity) == ("weak-evidence-only", "page", "warning")
    assert "Example violation" in rule.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        "抗凝固療法を受けた人の71%で門脈が再開通しました{cite:p}`test-video`。",  # number
        "治療は3〜6か月続けます{cite:p}`test-leaflet`。",  # number (range)
        "抗凝固療法を受けた人は、再開通が多くなりました{cite:p}`test-blog`。",  # treatment effect
        "抗凝固療法の開始を勧めます{cite:p}`test-leaflet,test-video`。",  # recommendation, two weak keys
    ],
)
def test_weak_only_sentence_is_flagged(tmp_path, sentence):
    (finding,) = findings(tmp_path, sentence)
    assert finding.rule == "CIT004" and finding.severity == "warning"
    assert finding.line == 7 and finding.column == 1
    assert "weak sources" in finding.message
    assert finding.context.startswith(sentence[:5])


def test_message_names_keys_and_levels(tmp_path):
    (finding,) = findings(tmp_path, "再開通率は71%でした{cite:p}`test-video,test-leaflet`。")
    assert "states a number (71%)" in finding.message
    assert "test-video (video)" in finding.message and "test-leaflet (patient-information)" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        # a strong source beside the weak one
        "抗凝固療法を受けた人の71%で門脈が再開通しました{cite:p}`test-meta,test-video`。",
        "抗凝固療法を受けた人の71%で門脈が再開通しました{cite:p}`test-guideline`。",
        # a weak source for a plain statement (no number, no treatment effect) is allowed
        "門脈は腸や脾臓からの血液を肝臓へ運びます{cite:p}`test-leaflet`。",
        # a question is exempt
        "治療はどのくらい続けますか{cite:p}`test-leaflet`？",
        # no citation of its own: CIT001's business, not CIT004's
        "治療は3〜6か月続けます。",
        # an unknown key: CIT002's business
        "治療は3〜6か月続けます{cite:p}`no-such-key`。",
        # calendar years and ordinals of events are no data
        "学会は2024年の第31回総会で門脈圧亢進症について討論しました{cite:p}`test-blog`。",
    ],
)
def test_clean_sentence_is_not_flagged(tmp_path, sentence):
    assert findings(tmp_path, sentence) == []


def test_nonclaim_block_covers_plain_statements_only(tmp_path):
    # (fifty-first session) a number inside a nonclaim container is checked as anywhere else, its sources too
    plain = "% nonclaim: the publisher\n:::{container} nonclaim\n当サイトは編集委員会が運営しています{cite:p}`test-leaflet`。\n:::"
    assert findings(tmp_path, plain) == []
    number = "% nonclaim: the publisher\n:::{container} nonclaim\n治療は3〜6か月続けます{cite:p}`test-leaflet`。\n:::"
    assert [f.rule for f in findings(tmp_path, number)] == ["CIT004"]


def test_each_sentence_has_its_own_citations(tmp_path):
    body = "抗凝固療法で71%が再開通しました{cite:p}`test-meta`。治療は3〜6か月続けます{cite:p}`test-video`。"
    (finding,) = findings(tmp_path, body)
    assert "3" in finding.message and "test-video" in finding.message


def test_options_change_the_weak_levels(tmp_path):
    sentence = "抗凝固療法で71%が再開通しました{cite:p}`test-meta`。"
    assert findings(tmp_path, sentence) == []
    assert len(findings(tmp_path, sentence, weak_levels=["meta-analysis"])) == 1


def test_a_number_beside_a_year_still_counts(tmp_path):
    (finding,) = findings(tmp_path, "2024年の調査では、患者さんの40%が抗凝固療法を受けていました{cite:p}`test-blog`。")
    assert "number (40%)" in finding.message


def test_bad_pattern_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="ignore_numbers"):
        findings(tmp_path, "治療は3〜6か月続けます{cite:p}`test-video`。", ignore_numbers=["("])


def test_bad_option_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="weak_levels"):
        findings(tmp_path, "治療は3〜6か月続けます{cite:p}`test-video`。", weak_levels="video")


def test_no_bibliography_no_findings(tmp_path):
    text = "# 見出し\n\n治療は3〜6か月続けます{cite:p}`test-video`。\n"
    page = parse_page(str(tmp_path / "page.md"), text)
    assert list(RULES["CIT004"].check(page, Context(root=tmp_path, pages=[page]))) == []


def test_cli_reports_it_as_a_warning(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "docs" / "page.md").write_text(
        "# 見出し\n\n抗凝固療法で71%が再開通しました{cite:p}`test-video`。\n", encoding="utf-8"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "lint",
            "--select",
            "CIT",
            "--bib",
            str(tmp_path / "refs.bib"),
            "--format",
            "json",
            str(tmp_path / "docs" / "page.md"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr  # a warning is not an error
    assert "CIT004" in result.stdout and "weak-evidence-only" in result.stdout
    assert '"severity": "warning"' in result.stdout


def test_a_paragraphs_citations_are_assigned_once_for_all_its_sentences(tmp_path, monkeypatch):
    # (from a review of hostile inputs) each sentence split its paragraph again and placed every citation again:
    # a paragraph of n cited sentences cost n³ (1,000 of them took 17 s)
    from lint.rules import evidence as evidence_rule

    calls = []
    real = evidence_rule._keys_by_sentence
    monkeypatch.setattr(evidence_rule, "_keys_by_sentence", lambda unit: calls.append(1) or real(unit))
    body = "".join(f"治療は{n}か月続けます{{cite:p}}`test-video`。" for n in range(1, 301))
    found = findings(tmp_path, body)
    assert len(found) == 300 and all("test-video" in f.message for f in found)
    assert len(calls) == 1
