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


@pytest.mark.parametrize("tail", ["<a " * 50, "</a " * 50, '<a title="x <b'])
def test_a_tag_that_never_closes_is_text_not_lost(tail):
    (run,) = shown_text("<p>本文です。" + tail)
    assert run.text.startswith("本文です。<")


# ---- from the review of the first version (each case failed on it)


def test_a_bare_ampersand_hash_leaves_the_markup_read_as_markup():
    # html.parser stopped reading tags at "&#" with no number after it and handed the rest over as text
    html = '<p>参考：https://example.jp/faq?id=3&#top</p>\n<!-- 当院なら必ず治ります。 -->\n<img alt="治癒率100%">'
    assert [r.text for r in shown_text(html)] == ["参考：https://example.jp/faq?id=3&#top"]


def test_a_named_reference_without_its_semicolon_is_written_as_it_stands():
    (run,) = shown_text("<p>AT&T社とR&D、&copy;2024、&hellip;</p>")
    assert run.text == "AT&T社とR&D、©2024、…"


def test_code_keyboard_and_ruby_readings_are_no_prose_and_split_nothing():
    html = "<pre><code>必ず治ります。</code></pre><p>検索欄に<code>完治</code>と入力し<kbd>Enter</kbd>を押します。</p>"
    html += "<p><ruby>完<rt>かん</rt>治<rp>(</rp></ruby>します。</p>"
    assert [r.text for r in shown_text(html)] == ["検索欄にと入力しを押します。", "完治します。"]


def test_links_keep_their_target_and_the_span_of_their_text():
    (run,) = shown_text('<p>一覧は、 <a href="drugs.html">こちら</a>です。</p>')
    (link,) = run.links
    assert (link.url, run.text[link.start : link.end]) == ("drugs.html", "こちら")


def test_rowspan_colspan_and_row_headers_place_cells_as_the_browser_does():
    html = (
        "<table><tr><th>区分</th><th>項目</th><th>原因</th></tr>"
        '<tr><td rowspan="2">生活</td><td colspan="2">喫煙</td></tr>'
        '<tr><th scope="row">受付</th><td/><td>窓口</td></tr></table>'
    )
    assert [(r.text, r.cell) for r in shown_text(html)] == [
        ("区分", (0, 0, True)),
        ("項目", (0, 1, True)),
        ("原因", (0, 2, True)),
        ("生活", (1, 0, False)),
        ("喫煙", (1, 1, False)),
        ("受付", (2, 1, False)),  # column 0 is the rowspan's; a row header heads no column
        ("窓口", (2, 3, False)),  # <td/> takes column 2
    ]


def test_an_end_tag_inside_a_table_closes_nothing_outside_it_and_each_table_is_numbered():
    html = "<div><table><tr><td>a</div><td>b</table></div><table><tr><td>c</table>"
    assert [(r.text, r.cell, r.table) for r in shown_text(html)] == [
        ("a", (0, 0, False), 1),
        ("b", (0, 1, False), 1),
        ("c", (0, 0, False), 2),
    ]


def test_a_comment_left_open_at_the_end_is_never_text():
    assert [r.text for r in shown_text("<div>\n<p>本文です。</p>\n<!-- 編集メモ：必ず治ります")] == ["本文です。"]
