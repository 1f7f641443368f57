"""Property-based tests: generated pages, catalogs and bibliographies never break the lint.

Hypothesis writes MyST pages (Japanese prose, 。, brackets, roles, links, tables,
admonitions, containers, code, raw HTML, suppression comments, front matter of
every shape, LF/CRLF/CR line ends), PO catalogs (valid and damaged) and BibTeX
files (valid and damaged) and feeds them to the lint's Python API (``run``) with
every rule selected, and a few of them through the command line. For each:

- no exception escapes (a damaged bibliography is the one input the API answers
  with ``UsageError``, whose message names the file and a line inside it);
- every finding's line lies within 1..number of lines of the file it names, and
  its column is at least 1 and at most one past the end of that line;
- the same input gives the same findings twice.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.core.files import read_text  # noqa: E402
from lint.runner import UsageError, make_session, run  # noqa: E402

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
CLI_SETTINGS = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

pytestmark = pytest.mark.slow  # hypothesis runs the CLI and the rules on many generated inputs

# ---------------------------------------------------------------- the project the lint sees


@pytest.fixture(scope="module")
def project():
    """A throw-away copy of the project's settings, bibliography, record and disclaimer."""
    folder = Path(tempfile.mkdtemp(prefix="pvt-properties-"))
    for name in ("pyproject.toml", "refs.bib", "docs/_meta/eeat.yaml", "docs/_includes/disclaimer.md"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / name, folder / name)
    (folder / "locale/en/LC_MESSAGES").mkdir(parents=True)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def lint(project, path):
    """Findings of one file with every rule (a fresh session each time, as the CLI makes)."""
    session = make_session(root=project, bib=str(project / "refs.bib"))
    return run([str(path)], session).findings


def file_lines(path):
    """The lines as the lint counts them: read_text's text split at \\n (a final \\n ends the last line)."""
    text = read_text(Path(path))
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


def check_positions(findings, project):
    cache = {}
    for f in findings:
        path = Path(f.path)
        if not path.is_absolute():
            path = (Path.cwd() / path) if (Path.cwd() / path).exists() else project / path
        assert path.is_file(), f"finding names a file that does not exist: {f}"
        if path not in cache:
            try:
                cache[path] = file_lines(path)
            except Exception:  # noqa: BLE001 - an unreadable file: its only finding is LNT001
                cache[path] = path.read_bytes().replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
        lines = cache[path]
        assert 1 <= f.line <= max(1, len(lines)), f"line out of range ({len(lines)} lines): {f}"
        assert f.column >= 1, f"column below 1: {f}"
        if lines and f.rule != "LNT001":
            width = len(lines[f.line - 1])
            assert f.column <= width + 1, f"column past the end of line {f.line} ({width} characters): {f}"


def write(path, text, ending="\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.replace("\n", ending).encode("utf-8") if isinstance(text, str) else text
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- pages

KEYS = ["msd-home-pvt", "elkrief-2024", "easl-2016", "loffredo-2017", "video-ac-2022", "no-such-key", ""]
JA = "門脈血栓症肝臓治療抗凝固薬出血再開通患者さんのためにはをがでとすますした検査腹痛"
KANA_PUNCT = "。、！？（）「」『』【】・ー〜％"
ODD = [
    "\x1b[2J",
    "\x07",
    "\t",
    "\u200b",
    "\u3000",
    "ｶﾞ",
    "\u3099",
    "😀",
    "\u2028",
    "\x0c",
    "\u00a0",
    "<",
    ">",
    "&",
    "|",
    "\\",
    "*",
    "_",
    "`",
]
NUMBERS = ["71%", "42％", "3〜6か月", "0.6", "346", "２万", "1,000"]

words = st.one_of(
    st.text(alphabet=JA, min_size=1, max_size=12),
    st.text(alphabet=KANA_PUNCT, min_size=1, max_size=2),
    st.sampled_from(NUMBERS),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=8),
    st.sampled_from(ODD),
)
cite = st.builds(
    lambda role, keys: f"{{{role}}}`{','.join(keys)}`",
    st.sampled_from(["cite:p", "cite:t", "cite", "cite:ps", "sub", "nosuchrole"]),
    st.lists(st.sampled_from(KEYS), min_size=1, max_size=3),
)
link = st.builds(
    lambda text, url: f"[{text}]({url})",
    st.text(alphabet=JA, min_size=1, max_size=6),
    st.sampled_from(
        [
            "https://example.org/a",
            "http://example.org/b",
            "javascript:alert(1)",
            "data:text/html,<b>x</b>",
            "references.md",
            "#anchor",
            "mailto:a@example.org",
        ]
    ),
)
inline_piece = st.one_of(
    words,
    words,
    words,
    cite,
    link,
    st.sampled_from(
        [
            "`code`",
            "**強調**",
            "*斜体*",
            "<b>太字</b>",
            '<span onclick="x()">x</span>',
            "<script>alert(1)</script>",
            "{cite:p}`",
            "{cite:p}``",
            "[壊れた](",
            "」",
            "（",
        ]
    ),
)
sentence = st.builds(
    lambda pieces, end: "".join(pieces) + end,
    st.lists(inline_piece, min_size=1, max_size=6),
    st.sampled_from(["。", "。", "", "！", "？", "."]),
)
inline = st.builds(
    lambda parts, breaks: "\n".join(parts) if breaks else "".join(parts),
    st.lists(sentence, min_size=1, max_size=3),
    st.booleans(),
)


def table(rows):
    header, *body = rows
    width = len(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(lines)


cell = st.lists(inline_piece, min_size=1, max_size=3).map(lambda p: "".join(p).replace("|", "/").replace("\n", " "))
tables = st.lists(st.lists(cell, min_size=1, max_size=4), min_size=1, max_size=4).map(table)
list_table = st.lists(st.lists(cell, min_size=1, max_size=3), min_size=1, max_size=3).map(
    lambda rows: ":::{list-table}\n:header-rows: 1\n\n" + "\n".join("* - " + "\n  - ".join(r) for r in rows) + "\n:::"
)
leaf_block = st.one_of(
    inline,
    inline,
    inline,
    st.builds(lambda level, text: "#" * level + " " + text.replace("\n", " "), st.integers(1, 4), sentence),
    st.lists(inline, min_size=1, max_size=4).map(
        lambda items: "\n".join("- " + i.replace("\n", "\n  ") for i in items)
    ),
    st.lists(inline, min_size=1, max_size=3).map(
        lambda items: "\n".join(f"{n}. {i.replace(chr(10), ' ')}" for n, i in enumerate(items, 1))
    ),
    tables,
    list_table,
    st.builds(lambda lang, body: f"```{lang}\n{body}\n```", st.sampled_from(["", "python", "text"]), inline),
    st.builds(
        lambda body: f"```{{raw}} html\n{body}\n```",
        st.sampled_from(["<script>alert(1)</script>", "<p>ok</p>", "<iframe src=x></iframe>"]),
    ),
    st.sampled_from(
        [
            '<div onclick="go()">\n\nx\n\n</div>',
            "<!-- comment -->",
            '<iframe src="x"></iframe>',
            "```{include} _includes/disclaimer.md\n```",
            "% lint: ignore[CIT001] 理由があります",
            "% lint: ignore[CIT001]",
            "% lint: ignore[NOPE01] x",
            "---",
            "```",
            ":::",
            "> 引用です。",
            "用語\n: 定義です。",
            "```{figure} x.png\n:alt: 図\n\n説明です。\n```",
        ]
    ),
)


def wrap(kind, body):
    if kind == "container":
        return f":::{{container}} nonclaim\n{body}\n:::"
    if kind == "admonition":
        return f":::{{admonition}} 注意\n:class: warning\n\n{body}\n:::"
    if kind == "backtick-note":
        return f"````{{note}}\n{body}\n````"
    return f":::{{{kind}}}\n{body}\n:::"


blocks = st.recursive(
    leaf_block,
    lambda children: st.builds(
        wrap,
        st.sampled_from(["note", "warning", "container", "admonition", "backtick-note", "nosuchdirective"]),
        st.lists(children, min_size=1, max_size=3).map("\n\n".join),
    ),
    max_leaves=4,
)
front_matter = st.sampled_from(
    [
        "---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\neeat: _meta/eeat.yaml\n---\n\n",
        "---\na: &a [*a]\n---\n\n",
        "---\neeat: ../../../../../../etc/passwd\n---\n\n",
        '---\neeat: {"author": {"name": "x", "url": "javascript:alert(1)"}}\n---\n\n',
        "",
        "---\neeat: _meta/eeat.yaml\n---\n\n",
        "---\neeat: _meta/nosuch.yaml\n---\n\n",
        '---\neeat: {"author": "x"}\n---\n\n',
        "---\n- a\n- b\n---\n\n",
        "---\neeat: [broken\n---\n\n",
        "---\n---\n\n",
        "---\neeat: _meta/eeat.yaml\n",
        "---\ntitle: 門脈\neeat: 3\n---\n\n",
    ]
)
pages = st.builds(
    lambda fm, body, disclaimer: fm + "\n\n".join(body) + disclaimer,
    front_matter,
    st.lists(blocks, min_size=0, max_size=4),
    st.sampled_from(["\n", "\n\n```{include} _includes/disclaimer.md\n```\n", ""]),
)
endings = st.sampled_from(["\n", "\n", "\r\n", "\r"])
prefixes = st.sampled_from([b"", b"", b"\xef\xbb\xbf"])


@SETTINGS
@given(text=pages, ending=endings, prefix=prefixes)
def test_generated_pages(project, text, ending, prefix):
    path = write(project / "docs/generated.md", prefix + text.replace("\n", ending).encode("utf-8"))
    first = lint(project, path)
    check_positions(first, project)
    assert lint(project, path) == first


# ---------------------------------------------------------------- long and pathological text
#
# One atom repeated thousands of times: the shapes that make naive code quadratic or a regex
# backtrack (a.a.a…, <a <a…, one 60,000-character sentence, nested brackets, unclosed
# comments and tags). The lint must finish each page within LONG_LIMIT seconds (generous:
# CI has two cores) with every finding at a real position.

ATOMS = [
    "a.",
    "a@",
    "a-",
    "<a ",
    "<",
    "`",
    "[",
    "](",
    "{cite:p}`",
    "（",
    "「",
    "門脈は",
    "は、",
    "71%",
    "<!--",
    "<svg><style>",
    "<img onerror=x ",
    "&#x6a;",
    "\x1b[",
    "java\tscript:",
    "|",
    "> ",
    "* ",
    "1. ",
    ":::",
]
LONG_LIMIT = 60


def _alarm(seconds):
    import signal

    def expired(signum, frame):
        raise TimeoutError(f"the lint took more than {seconds} s")

    signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)


pathological = st.builds(
    lambda atom, count, tail: atom * count + tail,
    st.sampled_from(ATOMS),
    st.integers(1_000, 30_000),
    st.sampled_from(["", "。", "\n", ">"]),
)


@pytest.mark.slow
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(body=pathological, front=front_matter)
def test_generated_long_pathological_pages(project, body, front):
    import signal

    path = write(project / "docs/generated.md", (front + "# 長い\n\n" + body + "\n").encode("utf-8"))
    _alarm(LONG_LIMIT)
    try:
        findings = lint(project, path)
    finally:
        signal.alarm(0)
    check_positions(findings, project)


# ---------------------------------------------------------------- catalogs


def po_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\n", "\\n")
    return f'"{escaped}"'


english = st.lists(
    st.one_of(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.", min_size=1, max_size=15),
        st.sampled_from(NUMBERS),
        cite,
        link,
        st.sampled_from(["Portal vein thrombosis", "anticoagulation", "門脈", "`code`", "**bold**", "{cite:p}`"]),
    ),
    min_size=0,
    max_size=6,
).map("".join)


@st.composite
def catalogs(draw):
    lines = []
    if draw(st.booleans()):
        charset = draw(st.sampled_from(["UTF-8", "UTF-8", "utf-8", "ISO-8859-1"]))
        lines += [
            'msgid ""',
            'msgstr ""',
            '"Language: en\\n"',
            f'"Content-Type: text/plain; charset={charset}\\n"',
            '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
            "",
        ]
    seen = set()
    for _ in range(draw(st.integers(0, 6))):
        msgid = draw(inline).strip() or "x"
        if msgid in seen and draw(st.booleans()):
            continue
        seen.add(msgid)
        if draw(st.booleans()):
            lines.append("# lint: ignore[TRN002] " + draw(st.sampled_from(["訳注", "", "reason"])))
        if draw(st.integers(0, 3)) == 0:
            lines.append("#, fuzzy")
        prefix = "#~ " if draw(st.integers(0, 5)) == 0 else ""
        if draw(st.integers(0, 5)) == 0:
            lines += [
                f"{prefix}msgid {po_string(msgid)}",
                f"{prefix}msgid_plural {po_string(msgid + 's')}",
                f"{prefix}msgstr[0] {po_string(draw(english))}",
                f"{prefix}msgstr[1] {po_string(draw(english))}",
            ]
        else:
            lines += [f"{prefix}msgid {po_string(msgid)}", f"{prefix}msgstr {po_string(draw(english))}"]
        lines.append("")
    text = "\n".join(lines) + "\n"
    if text.strip() and draw(st.integers(0, 4)) == 0:  # damage it: drop or insert one character
        at = draw(st.integers(0, len(text) - 1))
        text = text[:at] + draw(st.sampled_from(["", '"', "\\", "msgid ", "\n"])) + text[at + 1 :]
    return text


@SETTINGS
@given(text=catalogs(), ending=endings)
def test_generated_catalogs(project, text, ending):
    # docs/generated.md is the page this catalog translates (when a page test left one).
    path = write(project / "locale/en/LC_MESSAGES/generated.po", text, ending)
    first = lint(project, path)
    check_positions(first, project)
    assert lint(project, path) == first


# ---------------------------------------------------------------- bibliographies

FIELD_VALUES = {
    "author": [
        "{Example, Anne and Beispiel, Bernd}",
        "{{World Health Organization}}",
        "{門脈 太郎}",
        "{, }",
        "{Anne Example and others}",
        "{Example, Jr, Anne}",
    ],
    "title": ["{Portal vein thrombosis}", "{門脈血栓症の{診断}}", '"Quoted " # pvt', "pvt", "{{Nested {braces}}}"],
    "year": ["{2020}", "2017", "{20x0}", "{}"],
    "doi": ["{10.1016/j.jhep.2015.07.040}", "{https://doi.org/10.1/x}", "{not-a-doi}"],
    "url": ["{https://example.org/}", "{http://example.org/}", "{javascript:alert(1)}"],
    "urldate": ["{2026-11-25}", "{2026-13-40}", "{yesterday}"],
    "evidence": ["{clinical-guideline}", "{meta-analysis}", "{video}", "{bogus}"],
    "langid": ["{japanese}", "{english}"],
    "englishtitle": ["{Portal vein thrombosis}"],
    "journal": ["{Hepatology}", "gastro", "jan"],
    "pmid": ["{12345678}", "{PMC123}"],
    "note": ["{checked}", "{% lint: ignore[BIB004] reason}"],
}


@st.composite
def bibliographies(draw):
    parts = []
    if draw(st.booleans()):
        parts.append('@string{pvt = "Portal Vein Thrombosis"}\n@string{gastro = "Gastroenterology"}\n')
    if draw(st.booleans()):
        parts.append("% a comment line\n@comment{anything {goes} here}\n")
    keys = ["entry-a", "entry-b", "Entry-A", "msd-home-pvt", "entry-c"]
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["article", "book", "misc", "online", "incollection", "ARTICLE"]))
        key = draw(st.sampled_from(keys))
        names = draw(st.lists(st.sampled_from(sorted(FIELD_VALUES)), max_size=7))
        fields = [f"  {n} = {draw(st.sampled_from(FIELD_VALUES[n]))}," for n in names]
        parts.append(f"@{kind}{{{key},\n" + "\n".join(fields) + "\n}\n")
    text = "\n".join(parts)
    if text.strip() and draw(st.integers(0, 4)) == 0:  # damage it
        at = draw(st.integers(0, len(text) - 1))
        text = text[:at] + draw(st.sampled_from(["", "{", "}", ",", "@", '"'])) + text[at + 1 :]
    return text


@SETTINGS
@given(text=bibliographies(), ending=endings)
def test_generated_bibliographies(project, text, ending):
    path = write(project / "generated.bib", text, ending)

    def attempt():
        try:
            return lint(project, path), None
        except UsageError as exc:  # an unparsable bibliography: exit 2 naming file and line
            return None, str(exc)

    first, error = attempt()
    if error is not None:
        name, line, _ = error.split(":", 2)
        assert name.endswith("generated.bib"), error
        assert 1 <= int(line) <= max(1, len(file_lines(path))), error
    else:
        check_positions(first, project)
    assert attempt() == (first, error)


# ---------------------------------------------------------------- through the command line


@CLI_SETTINGS
@given(text=pages, ending=endings)
def test_generated_pages_through_the_cli(project, text, ending):
    write(project / "docs/cli-generated.md", text, ending)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PVT_LINT_DEBUG", None)
    results = [
        subprocess.run(
            [sys.executable, "-m", "lint", "--format", "json", "docs/cli-generated.md"],
            cwd=project,
            capture_output=True,
            env=env,
            timeout=120,
        )
        for _ in range(2)
    ]
    first = results[0]
    assert b"Traceback" not in first.stdout + first.stderr, first.stderr.decode()
    assert first.returncode in (0, 1), first.stderr.decode()
    findings = json.loads(first.stdout)
    for f in findings:
        lines = file_lines(project / f["path"])
        assert 1 <= f["line"] <= max(1, len(lines)) and f["column"] >= 1, f
    assert results[1].stdout == first.stdout and results[1].returncode == first.returncode
