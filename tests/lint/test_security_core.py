"""The pieces of issue 14 on their own: YAML limits, the URL allowlist, the HTML reading the lint and
the build share, escaped report paths, the process bound, and the output check with its policy."""

import base64
import hashlib

import pytest
import yaml

from lint.core.html_safety import html_problems
from lint.core.safe_yaml import MAX_NODES, LimitedLoader, YamlLimitError, safe_load
from lint.core.urls import disallowed_scheme
from lint.engine.parallel import available_cores, pool_size
from lint.engine.report import escape_path, escape_text


def test_yaml_alias_expansion_is_bounded():
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    with pytest.raises(YamlLimitError) as error:
        safe_load(bomb)
    assert error.value.problem_mark is not None
    assert str(MAX_NODES) in error.value.problem


def test_yaml_recursive_alias_is_refused_and_small_aliases_load():
    with pytest.raises(YamlLimitError):
        yaml.load("a: &a [*a]\n", Loader=LimitedLoader)
    assert safe_load("a: &a [1, 2]\nb: *a\n") == {"a": [1, 2], "b": [1, 2]}


@pytest.mark.parametrize(
    "url, scheme",
    [
        ("javascript:alert(1)", "javascript"),
        ("JaVa\tScRiPt:alert(1)", "javascript"),
        (" data:text/html,x", "data"),
        ("file:///etc/passwd", "file"),
        ("vbscript:x", "vbscript"),
        ("https://example.org/", None),
        ("http://example.org/", None),
        ("mailto:a@example.org", None),
        ("/page.html", None),
        ("#top", None),
        ("faq.html", None),
        ("", None),
    ],
)
def test_url_allowlist(url, scheme):
    assert disallowed_scheme(url) == scheme


@pytest.mark.parametrize(
    "html, code",
    [
        ("<svg><style><img src=x onerror=alert(1)></style></svg>", "SEC001"),
        ("<div>\n<img src=y onerror=alert(1)", "SEC001"),
        ('<svg><animate attributeName="href" values="x;javascript:alert(1)"/></svg>', "SEC002"),
        ('<a href="java&#x09;script:x">a</a>', "SEC002"),
    ],
)
def test_html_problems_finds_the_bypasses(html, code):
    assert code in [p[0] for p in html_problems(html)]


def test_html_problems_leave_plain_style_and_markup_alone():
    assert html_problems("<style>p { color: red }</style><p class='x'>a</p>") == []


def test_report_paths_and_text_are_escaped():
    assert escape_path("docs/b\udcffad\x1b.md") == "docs/b%FFad%1B.md"
    assert escape_text("a\x1b[2Jb\nc\td") == "a\\x1b[2Jb\nc\td"


def test_pool_never_exceeds_the_cores():
    assert pool_size(10_000_000_000, 50) <= available_cores()
    assert pool_size(120, 50) <= available_cores()
    assert pool_size(0, 10) == 1


# ---------------------------------------------------------------- the output check

SEARCHBOX = "document.getElementById('searchbox').style.display = \"block\""


def page(body, head=""):
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8" />{head}</head>\n'
        f"<body>\n<script>{SEARCHBOX}</script>\n{body}\n</body></html>\n"
    )


@pytest.mark.parametrize(
    "body, message",
    [
        ("<script>alert(1)</script>", "inline <script>"),
        ('<img src="x" onerror="alert(1)">', "event-handler attribute onerror="),
        ('<a href="javascript:alert(1)">x</a>', "javascript: URL"),
        ('<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">', "data: URL"),
        ('<script src="https://evil.example/x.js"></script>', "not a file of the build"),
        ('<iframe src="https://example.org"></iframe>', "<iframe> element"),
        ('<script type="application/ld+json">{not json</script>', "not JSON"),
        ('<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>', "javascript: URL"),
    ],
)
def test_output_check_refuses(body, message, tmp_path):
    from pvt_sphinx.output_security import page_problems

    problems = page_problems(page(body), tmp_path / "p.html", tmp_path, {SEARCHBOX}, web=True)
    assert any(message in m for _, m in problems), problems
    assert all(line >= 1 for line, _ in problems)


def test_output_check_allows_the_theme_json_ld_and_own_files(tmp_path):
    from pvt_sphinx.output_security import page_problems

    (tmp_path / "_static").mkdir()
    (tmp_path / "_static" / "doctools.js").write_text("", encoding="utf-8")
    body = (
        '<script type="application/ld+json">{"@type": "Article"}</script>'
        '<script src="_static/doctools.js?v=1"></script><a href="https://example.org/">x</a>'
    )
    assert page_problems(page(body), tmp_path / "p.html", tmp_path, {SEARCHBOX}, web=True) == []
    # an ePub holds no script at all
    assert page_problems(page(""), tmp_path / "p.xhtml", tmp_path, set(), web=False)


def test_policy_hashes_only_the_theme_inline_scripts():
    from pvt_sphinx.output_security import with_policy

    html = with_policy(page("<script>alert(1)</script>"), {SEARCHBOX})
    digest = base64.b64encode(hashlib.sha256(SEARCHBOX.encode()).digest()).decode()
    injected = base64.b64encode(hashlib.sha256(b"alert(1)").digest()).decode()
    assert f"'sha256-{digest}'" in html
    assert injected not in html
    assert html.index("Content-Security-Policy") < html.index("<script")
    assert with_policy(html, {SEARCHBOX}).count("Content-Security-Policy") == 1  # running it again changes nothing
