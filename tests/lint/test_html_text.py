"""lint.parsing.html_text: the text a raw HTML block shows, block by block, with exact positions."""

import pytest

from lint.parsing.html_text import shown_text


def runs(html):
    return [(r.kind, r.text, r.cell, r.part) for r in shown_text(html)]


def test_attributes_comments_scripts_and_styles_are_never_text():
    html = '<div title="必ず治ります"\n     data-x="半数">\n<!-- 3割 --><script>x="3割"</script><style>p{}</style>本文です。</div>'
    assert runs(html) == [("paragraph", "本文です。", (), "")]


def test_each_block_element_is_its_own_run_and_inline_elements_are_not():
    html = "<p>一つ目の<b>段落</b>です。<p>二つ目<br>の段落です。</p><ul><li>項目A<li>項目B</ul>"
    assert runs(html) == [
        ("paragraph", "一つ目の段落です。", (), ""),
        ("paragraph", "二つ目\nの段落です。", (), ""),
        ("list-item", "項目A", (), ""),
        ("list-item", "項目B", (), ""),
    ]


def test_table_cells_know_their_row_column_and_header():
    html = "<table><caption>薬</caption><tr><th>名前<th>量\n<tr><td>A<td>1錠\n</table>"
    assert runs(html) == [
        ("heading", "薬", (), "title"),
        ("table-cell", "名前", (0, 0, True), ""),
        ("table-cell", "量", (0, 1, True), ""),
        ("table-cell", "A", (1, 0, False), ""),
        ("table-cell", "1錠", (1, 1, False), ""),
    ]


def test_headings_summaries_and_captions_are_titles():
    html = "<h3>症状</h3><details><summary>詳しく</summary></details><figure><figcaption>門脈の図</figcaption></figure>"
    assert runs(html) == [
        ("heading", "症状", (), ""),
        ("heading", "詳しく", (), "title"),
        ("paragraph", "門脈の図", (), "caption"),
    ]


def test_character_references_are_read_and_keep_positions():
    (run,) = shown_text("<p>\n  A&amp;B &#x534A;数</p>")
    assert run.text == "A&B 半数"
    # line 2 (1-based), columns 0-based in the block: the reference stands where it is written
    assert run.positions[:3] == [(2, 2), (2, 3), (2, 8)]
    assert run.positions[4] == (2, 10)


@pytest.mark.parametrize("tail", ["<a " * 50, "</a " * 50, "<!-- <a <a", '<a title="x <b'])
def test_a_tag_that_never_closes_is_text_not_lost(tail):
    (run,) = shown_text("<p>本文です。" + tail)
    assert run.text.startswith("本文です。<")
