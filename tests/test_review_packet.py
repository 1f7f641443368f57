"""The physician's review packet: every claim of the real article, its sources, its English, a verdict."""

import shutil
from pathlib import Path

from bs4 import BeautifulSoup

from lint.review_packet import claims, main

ROOT = Path(__file__).resolve().parent.parent


def packet(tmp_path, root=ROOT):
    out = tmp_path / "packet.html"
    assert main(["--root", str(root), "-o", str(out)]) == 0
    return BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser")


def test_every_claim_of_the_article_is_in_the_packet_with_sources_english_and_a_verdict(tmp_path):
    found = claims(ROOT)
    soup = packet(tmp_path)
    sections = soup.select("section.claim")
    assert len(sections) == len(found) > 200
    for claim, section in zip(found, sections, strict=True):
        assert section.select_one(".ja").get_text() == claim.japanese
        assert section.select_one(".en").get_text().strip() not in ("", "(not translated)")
        assert len(section.select(".refs li")) == len(claim.keys) >= 1
        assert [i["value"] for i in section.select("input[type=radio]")] == ["agreed", "change", "remove"]
        assert section.select_one("textarea") is not None
    # a DOI is a link to doi.org; figures are highlighted
    assert soup.select('a[href^="https://doi.org/10.1016/S2468-1253(24)00155-9"]')
    assert any(m.get_text() == "119" for m in soup.select("mark"))


def test_page_text_and_references_are_escaped_and_uncited_sentences_shown(tmp_path):
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    (project / "refs.bib").write_text(
        "@misc{k,\n  title = {<img src=x onerror=alert(1)>},\n  url = {javascript:alert(1)},\n"
        "  howpublished = {x},\n  year = {2024},\n}\n",
        encoding="utf-8",
    )
    (project / "docs" / "index.md").write_text(
        "# 見出し\n\n門脈は<script>alert(1)</script>血管です{cite:p}`k`。血栓は3割の人にできます。\n", encoding="utf-8"
    )
    soup = packet(tmp_path, project)
    assert soup.find("script") is None and soup.find("img") is None
    assert not soup.select('a[href^="javascript:"]')
    uncited = soup.select("section.claim.uncited")
    assert len(uncited) == 1 and "NO CITATION" in uncited[0].get_text()
    assert [m.get_text() for m in uncited[0].select("mark")] == ["3割"]


def test_a_claim_the_editors_left_uncited_shows_their_reason_not_hidden(tmp_path):
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    (project / "refs.bib").write_text("@misc{k,\n  title = {T},\n  howpublished = {x},\n  year = {2024},\n}\n")
    (project / "docs" / "index.md").write_text(
        "# 見出し\n\n門脈は血管です{cite:p}`k`。\n\n"
        "% lint: ignore[CIT001] 出典は次の段落の表に<b>まとめて</b>示す\n"
        "血栓は3割の人にできます。\n\n"
        "脾臓が腫れることがあります。\n",
        encoding="utf-8",
    )
    soup = packet(tmp_path, project)
    uncited = soup.select("section.claim.uncited")
    assert [s.select_one(".ja").get_text() for s in uncited] == [
        "血栓は3割の人にできます。",
        "脾臓が腫れることがあります。",
    ]
    reason = uncited[0].select_one(".suppressed")
    assert reason is not None and reason.get_text().endswith("出典は次の段落の表に<b>まとめて</b>示す")
    assert uncited[1].select_one(".suppressed") is None
    assert "(1 of them left uncited by the editors)" in soup.select_one("p.meta").get_text()
