"""Every directive that shows prose is read by the lint, so an uncited claim in it stops the build.

The page below holds one uncited claim in each directive of docutils, Sphinx and MyST that shows prose besides the
ones the article uses (a glossary, a csv-table, an hlist, a pull-quote, a version note, ...). Sphinx builds it with
the lint bridge: each claim must be shown (it is in the doctree Sphinx pickles) and must stop the build with CIT001
at its own line. A directive whose text no rule reads (an object description, rows from a file) is reported
instead of skipped in silence.
"""

import pickle
import re
import subprocess
import sys

import pytest

from lint.parsing.markdown import parse_page

pytestmark = pytest.mark.build  # runs Sphinx

CONF = """
project = "rendered prose"
extensions = ["myst_parser", "pvt_sphinx.lint_bridge"]
myst_enable_extensions = ["colon_fence", "deflist"]
exclude_patterns = ["_build"]
"""

# (directive, Markdown with one uncited claim whose number N割 names it)
SNIPPETS = [
    ("glossary", "```{glossary}\nDOAC\n  服用した人の1割に鼻血がみられます。\n```"),
    ("csv-table", '```{csv-table}\n:header: 薬, 説明\n\nワルファリン, "飲んだ人の2割で効き目が変わります"\n```'),
    ("csv-table delim", "```{csv-table}\n:delim: ;\n\nアピキサバン; 飲んだ人の3割が胃の不快感を訴えます\n```"),
    ("hlist", "```{hlist}\n:columns: 2\n\n* 血栓は4割で自然に消えます。\n* 経過をみます\n```"),
    ("pull-quote", "```{pull-quote}\n血栓は5割で再発します。\n```"),
    ("highlights", "```{highlights}\n手術後の6割で血栓が消えます。\n```"),
    ("compound", "```{compound}\n患者の7割で腹痛がみられます。\n```"),
    ("only", "```{only} html\n患者の8割で脾臓が腫れます。\n```"),
    ("versionadded", "```{versionadded} 2.0 患者の9割で血液検査が異常になります。\n```"),
    ("versionchanged", "```{versionchanged} 2.1\n治療した人の10割近くで血流が戻ります。\n```"),
    ("line-block", "```{line-block}\n出血は11割も増えません。\n```"),
    ("acks", "```{acks}\n* 患者の12割が回復します。\n```"),
    ("figure-md", "```{figure-md}\n![図](pic.png)\n\n患者の13割で肝臓が硬くなります\n```"),
    ("centered", "```{centered} 患者の14割で門脈が細くなります。\n```"),
]


def page():
    return "# 表示される文\n\n" + "\n\n".join(text for _, text in SNIPPETS) + "\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    project = tmp_path_factory.mktemp("rendered")
    (project / "pyproject.toml").write_text('[tool.pvt-lint]\nselect = ["CIT001"]\n', encoding="utf-8")
    docs = project / "docs"
    docs.mkdir()
    (docs / "conf.py").write_text(CONF, encoding="utf-8")
    (docs / "index.md").write_text(page(), encoding="utf-8")
    (docs / "pic.png").write_bytes(
        bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f2d0b60000000049454e44ae426082"
        )
    )
    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "--keep-going", "-q", str(docs), str(project / "_build")]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=project, timeout=300)
    doctree = project / "_build" / ".doctrees" / "index.doctree"
    with doctree.open("rb") as handle:
        shown = pickle.load(handle).astext()
    return docs / "index.md", result.stderr, shown


@pytest.mark.parametrize("number", range(1, len(SNIPPETS) + 1), ids=[name for name, _ in SNIPPETS])
def test_each_claim_is_shown_and_stops_the_build_at_its_line(built, number):
    path, stderr, shown = built
    claim = next(line for line in page().splitlines() if f"の{number}割" in line or f"は{number}割" in line)
    claim_line = page().splitlines().index(claim) + 1
    sentence = re.sub(r"^.*?([^\s,;*\"]*\d+割[^。\"]*).*$", r"\1", claim)
    assert sentence in shown.replace("\n", ""), f"Sphinx does not show {sentence!r}: the snippet is wrong"
    assert f"{path}:{claim_line}: WARNING: CIT001 [uncited-claim] sentence states a number ({number}割)" in stderr, (
        stderr
    )


def test_a_glossary_term_and_a_csv_header_are_labels_not_claims():
    units = parse_page("p.md", page()).units
    term = next(u for u in units if u.plain == "DOAC")
    header = next(u for u in units if u.plain == "薬")
    assert term.kind == "term"
    assert header.kind == "table-cell" and header.cell == (0, 0, True)
    cells = [u for u in units if u.table == header.table]
    assert [u.cell for u in cells] == [(0, 0, True), (0, 1, True), (1, 0, False), (1, 1, False)]


@pytest.mark.parametrize(
    "text, what",
    [
        ("```{csv-table}\n:file: rows.csv\n```", "the rows of a {csv-table} read from :file: or :url:"),
        ("```{csv-table}\n:url: https://example.org/rows.csv\n```", "the rows of a {csv-table} read from :file:"),
        ("```{py:function} take()\n血栓は3割で再発します。\n```", "the text of the {py:function} directive"),
    ],
)
def test_text_no_rule_reads_is_reported_where_it_stands(text, what):
    unread = parse_page("p.md", "# 題\n\n" + text + "\n").unread
    assert [(line, message.startswith(what)) for line, message, _ in unread] == [(3, True)]


@pytest.mark.parametrize(
    "text", ["```{math}\nx = 1\n```", "```{code-block} python\nprint(1)\n```", "```{toctree}\npage\n```"]
)
def test_code_maths_and_lists_of_pages_are_not_reported(text):
    assert parse_page("p.md", "# 題\n\n" + text + "\n").unread == []


def test_a_quoted_csv_cell_keeps_its_lines_and_the_next_cell_its_position():
    text = '# 題\n\n```{csv-table}\n\n"first line\nsecond line", 患者の6割が再発します\n```\n'
    units = parse_page("p.md", text).units
    quoted = next(u for u in units if u.plain.startswith("first line"))
    after = next(u for u in units if "6割" in u.plain)
    assert quoted.plain == "first line\nsecond line"
    assert after.position(0) == (6, 15)


@pytest.mark.parametrize(
    "options, cells",
    [
        (":delim: U+003B", ["患者の2割", "患者の3割"]),
        (":delim: 0x3b", ["患者の2割", "患者の3割"]),
        (":delim: ;", ["患者の2割", "患者の3割"]),
        (":delim: tab", ["患者の2割;患者の3割"]),
    ],
)
def test_csv_options_are_read_as_docutils_reads_them(options, cells):
    text = f"# 題\n\n```{{csv-table}}\n{options}\n\n患者の2割;患者の3割\n```\n"
    assert [u.plain for u in parse_page("p.md", text).units if u.cell] == cells


def test_a_csv_tables_caption_a_class_body_and_a_glossary_term_without_a_space_are_read():
    text = (
        "# 題\n\n```{csv-table} 服用者の2割で出血します\n\n薬, 説明\n```\n\n"
        "```{rst-class} special\n血栓は5割で再発します。\n```\n\n"
        "```{glossary}\n..DOAC\n  服用した人の3割に鼻血がみられます。\n```\n"
    )
    plain = [u.plain for u in parse_page("p.md", text).units]
    assert "服用者の2割で出血します" in plain
    assert "血栓は5割で再発します。" in plain
    assert "..DOAC" in plain and "服用した人の3割に鼻血がみられます。" in plain


@pytest.mark.parametrize("name", ["graphviz", "mermaid", "testsetup", "todo"])
def test_code_diagrams_and_hidden_notes_of_other_extensions_are_not_reported(name):
    assert parse_page("p.md", f"# 題\n\n```{{{name}}}\ndigraph {{ a -> b }}\n```\n").unread == []


@pytest.mark.parametrize("options", [":delim: 9999999", ":quote: 0x110000"])
def test_a_character_code_no_character_has_leaves_the_option_unset(options):
    text = f"# 題\n\n```{{csv-table}}\n{options}\n\n薬, 患者の3割が再発します\n```\n"
    assert [u.plain for u in parse_page("p.md", text).units if u.cell] == ["薬", "患者の3割が再発します"]


def test_a_bare_double_dot_in_a_glossary_is_a_term():
    text = "# 題\n\n```{glossary}\n..\n  服用した人の3割に鼻血がみられます。\n```\n"
    assert "服用した人の3割に鼻血がみられます。" in [u.plain for u in parse_page("p.md", text).units]
