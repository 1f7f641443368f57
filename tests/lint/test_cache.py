"""The content-hash cache (lint.engine.cache): an unchanged tree is not linted again; a change to a
file, the settings, the data files, the lint's version or the selection is a miss. And the
whole-run replay (lint.engine.replay): the same command on an unchanged tree prints the same
bytes without running, and each of those changes makes it run."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint import cli
from lint.engine import cache as cache_module
from lint.engine import engine as engine_module
from lint.engine import replay
from lint.runner import make_session, run

ROOT = Path(__file__).resolve().parents[2]

PAGE = "# 見出し\n\n門脈血栓症治療開始時期を説明します。\n"
OTHER = "# 別の見出し\n\nこれは問題のない文です。\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[tool.pvt-lint]\n", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(PAGE, encoding="utf-8")
    (docs / "b.md").write_text(OTHER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def checked(monkeypatch):
    """The paths of the pages the page rules really checked, run by run."""
    seen = []
    real = engine_module._lint_page

    def spy(index, path, *args):
        seen.append(Path(path).name)
        return real(index, path, *args)

    monkeypatch.setattr(engine_module, "_lint_page", spy)
    return seen


def lint(project, select="JAS", **kwargs):
    session = make_session(root=project, select=[select], cache=True, jobs=1, **kwargs)
    return run([], session)


def shown(report):
    return [(f.path, f.line, f.column, f.rule) for f in report.shown_findings]


def test_an_unchanged_tree_is_not_linted_again(project, checked):
    cold = lint(project)
    assert sorted(checked) == ["a.md", "b.md"] and cold.processes == 1
    assert ("docs/a.md", 3, 1, "JAS003") in shown(cold)
    checked.clear()
    warm = lint(project)
    assert checked == [] and warm.processes == 0  # the whole run came from the cache
    assert shown(warm) == shown(cold) and warm.sentences == cold.sentences
    assert (project / ".pvt-lint-cache" / ".gitignore").is_file()


def test_a_changed_file_is_linted_again_and_only_it(project, checked):
    lint(project)
    checked.clear()
    (project / "docs" / "a.md").write_text(
        PAGE.replace("門脈血栓症治療開始時期", "門脈血栓症の治療を始める時期"), encoding="utf-8"
    )
    report = lint(project)
    assert checked == ["a.md"]  # b.md's results come from the page cache
    assert not any(f.rule == "JAS003" for f in report.findings)
    checked.clear()
    (project / "docs" / "a.md").write_text(PAGE, encoding="utf-8")  # back: a hit again, with its finding
    assert any(f.rule == "JAS003" for f in lint(project).findings) and checked == ["a.md"]


def test_the_settings_invalidate(project, checked):
    lint(project)
    checked.clear()
    (project / "pyproject.toml").write_text("[tool.pvt-lint.rules.max-kanji-continuous]\nmax = 12\n", encoding="utf-8")
    report = lint(project)
    assert sorted(checked) == ["a.md", "b.md"]
    assert not any(f.rule == "JAS003" for f in report.findings)


def test_the_data_files_invalidate(project, checked, monkeypatch):
    lint(project)
    checked.clear()
    monkeypatch.setattr(cache_module, "data_digest", lambda: "another term list")
    lint(project)
    assert sorted(checked) == ["a.md", "b.md"]


def test_the_data_digest_reads_every_file(tmp_path):
    (tmp_path / "terms.toml").write_text("a = 1\n", encoding="utf-8")
    before = cache_module._tree_digest(tmp_path, "*")
    (tmp_path / "terms.toml").write_text("a = 2\n", encoding="utf-8")
    assert cache_module._tree_digest(tmp_path, "*") != before


def test_the_lint_version_invalidates(project, checked, monkeypatch):
    lint(project)
    checked.clear()
    monkeypatch.setattr(cache_module, "lint_version", lambda: "a newer lint")
    lint(project)
    assert sorted(checked) == ["a.md", "b.md"]


def test_the_selection_and_profile_invalidate(project, checked):
    lint(project)
    checked.clear()
    lint(project, select="JAS003")
    assert sorted(checked) == ["a.md", "b.md"]
    checked.clear()
    lint(project, profile="publish")
    assert sorted(checked) == ["a.md", "b.md"]


def test_a_broken_cache_file_is_a_miss(project, checked):
    lint(project)
    for file in (project / ".pvt-lint-cache").glob("pages-*.json"):
        file.write_text("{not json", encoding="utf-8")
    checked.clear()
    assert any(f.rule == "JAS003" for f in lint(project).findings)
    assert sorted(checked) == ["a.md", "b.md"]


def test_command_line_no_cache_and_cache_dir(project, capsys):
    assert cli.main(["--select", "JAS", "--no-cache", "--format", "json"]) == 0
    assert not (project / ".pvt-lint-cache").exists()
    cold = capsys.readouterr().out
    where = project / "elsewhere"
    cli.main(["--select", "JAS", "--cache-dir", str(where), "--format", "json"])
    assert list(where.glob("pages-*.json")) and not (project / ".pvt-lint-cache").exists()
    warm = capsys.readouterr().out
    cli.main(["--select", "JAS", "--cache-dir", str(where), "--format", "json"])
    assert json.loads(capsys.readouterr().out) == json.loads(warm) == json.loads(cold)


def test_the_api_does_not_cache_unless_asked(project):
    run([], make_session(root=project, select=["JAS"], jobs=1))
    assert not (project / ".pvt-lint-cache").exists()


def test_the_eeat_record_and_the_date_invalidate(project, checked, monkeypatch):
    meta = project / "docs" / "_meta"
    meta.mkdir()
    (meta / "eeat.yaml").write_text("reviewed: 2026-01-01\n", encoding="utf-8")
    lint(project)
    checked.clear()
    (meta / "eeat.yaml").write_text("reviewed: 2026-02-01\n", encoding="utf-8")
    lint(project)
    assert sorted(checked) == ["a.md", "b.md"]
    checked.clear()

    class Tomorrow(cache_module.datetime.date):
        @classmethod
        def today(cls):
            return cache_module.datetime.date(2099, 1, 1)

    monkeypatch.setattr(cache_module.datetime, "date", Tomorrow)
    lint(project)
    assert sorted(checked) == ["a.md", "b.md"]


def test_a_file_a_setting_names_invalidates(project, checked):
    (project / "terms.toml").write_text("# a term list\n", encoding="utf-8")
    (project / "pyproject.toml").write_text('[tool.pvt-lint.rules.JAS]\nterms = "terms.toml"\n', encoding="utf-8")
    lint(project)
    checked.clear()
    (project / "terms.toml").write_text("# another term list\n", encoding="utf-8")
    lint(project)
    assert sorted(checked) == ["a.md", "b.md"]


# The whole-run replay (lint.engine.replay): `python -m lint` run again on an unchanged tree.


def record_run(monkeypatch, capsys, *argv):
    """Run the command line as `python -m lint` does (its own argv): the run is recorded."""
    monkeypatch.setattr(sys, "argv", ["lint", *argv])
    code = cli.main()
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def replayed(project, *argv):
    """(exit status, stdout, stderr) of the replay, or None when the command must really run."""
    out, err = io.StringIO(), io.StringIO()
    code = replay.answer(list(argv), out, err, cwd=str(project))
    return None if code is None else (code, out.getvalue(), err.getvalue())


@pytest.mark.parametrize("output_format", ["text", "json", "github", "sarif"])
def test_an_unchanged_command_is_answered_with_its_output(project, monkeypatch, capsys, output_format):
    argv = ("--select", "JAS", "--format", output_format, "--statistics")
    assert replayed(project, *argv) is None  # nothing recorded yet
    cold = record_run(monkeypatch, capsys, *argv)
    assert cold[0] == 0 and "JAS003" in cold[1]
    assert replayed(project, *argv) == cold
    assert replayed(project, "--select", "JAS", "--format", output_format) is None  # another command
    assert replayed(project, *argv, "--no-cache") is None  # never answered, never recorded


def test_a_replay_is_byte_identical_and_imports_no_rule(project):
    # buffered output, as in a pipe: python -m lint leaves without Python's teardown (lint/__main__.py),
    # so this also shows that everything is flushed first
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}, "PYTHONPATH": str(ROOT)}

    def python_m_lint(*args):
        result = subprocess.run(
            [sys.executable, *args], cwd=project, capture_output=True, env=env, timeout=120, check=False
        )
        return result.returncode, result.stdout, result.stderr

    for output_format in ("text", "json", "github", "sarif"):
        command = ("-m", "lint", "--select", "JAS,MED", "--statistics", "--format", output_format)
        plain = python_m_lint(*command, "--no-cache")
        cold = python_m_lint(*command)
        warm = python_m_lint(*command)
        assert plain == cold == warm and b"JAS003" in cold[1]
        assert (
            cold[2].endswith(b"0 errors, 1 warning\n") if output_format != "text" else cold[1].endswith(b"1 warning\n")
        )
    assert json.loads(cold[1])["runs"][0]["results"][0]["ruleId"] == "JAS003"  # the last (sarif) whole
    code, _, imports = python_m_lint("-X", "importtime", *command)
    assert code == 0 and b"lint.engine.replay" in imports and b"lint.cli" not in imports


def test_what_a_replay_depends_on_invalidates_it(project, monkeypatch, capsys):
    meta = project / "docs" / "_meta"
    meta.mkdir()
    (meta / "eeat.yaml").write_text("reviewed: 2026-01-01\n", encoding="utf-8")
    (project / "terms.toml").write_text("# a term list\n", encoding="utf-8")
    settings = '[tool.pvt-lint.rules.JAS]\nterms = "terms.toml"\n'
    (project / "pyproject.toml").write_text(settings, encoding="utf-8")
    (project / "refs.bib").write_text("@book{a, title={A}, year={2020}}\n", encoding="utf-8")
    argv = ("--select", "JAS", "--format", "json")
    changes = [
        lambda: (project / "docs" / "a.md").write_text(PAGE + "\n追加の文です。\n", encoding="utf-8"),
        lambda: (project / "docs" / "c.md").write_text(OTHER, encoding="utf-8"),  # a new page
        lambda: (project / "docs" / "b.md").unlink(),  # a removed page
        lambda: (project / "pyproject.toml").write_text(settings + "# edited\n", encoding="utf-8"),
        lambda: (project / "terms.toml").write_text("# another term list\n", encoding="utf-8"),
        lambda: (meta / "eeat.yaml").write_text("reviewed: 2026-02-01\n", encoding="utf-8"),
        lambda: (project / "refs.bib").write_text("@book{b, title={B}, year={2021}}\n", encoding="utf-8"),
        lambda: (project / "docs" / "pyproject.toml").write_text("", encoding="utf-8"),  # a nearer root
    ]
    for change in changes:
        record_run(monkeypatch, capsys, *argv)
        assert replayed(project, *argv) is not None
        change()
        assert replayed(project, *argv) is None, change
        (project / "docs" / "pyproject.toml").unlink(missing_ok=True)
    record_run(monkeypatch, capsys, *argv)
    monkeypatch.setattr(replay, "lint_state", lambda: "a newer lint")
    assert replayed(project, *argv) is None
    monkeypatch.undo()
    record_run(monkeypatch, capsys, *argv)
    assert replayed(project, *argv) is not None
    monkeypatch.setattr(replay, "today", lambda: "2099-01-01")  # the E-E-A-T rules' dates
    assert replayed(project, *argv) is None


def test_the_lint_version_is_its_source_and_data(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    (tmp_path / "rules.py").write_text("X = 1\n", encoding="utf-8")
    (tmp_path / "data" / "terms.toml").write_text("a = 1\n", encoding="utf-8")
    monkeypatch.setattr(replay, "LINT_DIR", str(tmp_path))
    states = [replay.lint_state()]
    (tmp_path / "data" / "terms.toml").write_text("a = 2\n", encoding="utf-8")  # a data file
    states.append(replay.lint_state())
    (tmp_path / "rules.py").write_text("X = 2\n", encoding="utf-8")  # the code
    states.append(replay.lint_state())
    (tmp_path / "data" / "more.txt").write_text("word\n", encoding="utf-8")  # a new data file
    states.append(replay.lint_state())
    (tmp_path / "notes.md").write_text("not the lint\n", encoding="utf-8")  # neither code nor data
    states.append(replay.lint_state())
    assert len(set(states)) == 4 and states[-1] == states[-2]


def test_a_broken_manifest_is_a_miss(project, monkeypatch, capsys):
    argv = ("--select", "JAS")
    record_run(monkeypatch, capsys, *argv)
    for file in (project / ".pvt-lint-cache").glob("run-*.bin"):
        file.write_bytes(b"\x00not a manifest")
    assert replayed(project, *argv) is None
    assert record_run(monkeypatch, capsys, *argv)[0] == 0 and replayed(project, *argv) is not None


def test_only_command_lines_it_understands_are_replayed(project):
    assert replay.cache_folder(["--select", "JAS", "docs"], str(project)) == str(project / ".pvt-lint-cache")
    assert replay.cache_folder(["--cache-dir=elsewhere"], str(project)) == str(project / "elsewhere")
    for argv in (["--no-cache"], ["-o", "out.sarif"], ["--sel", "JAS"], ["-j2"], ["--explain", "JAS001"], ["--"]):
        assert replay.cache_folder(argv, str(project)) is None, argv


# (from a review of hostile inputs) what a page's results depend on besides its own text: the files it includes
# (SEC001 reads their HTML), and for a catalog, the page it translates (TRN016)

INCLUDING = "# 見出し\n\n本文です。\n\n```{include} _includes/note.html\n```\n"


def test_an_included_file_that_changes_invalidates_the_page(project):
    (project / "docs" / "_includes").mkdir()
    note = project / "docs" / "_includes" / "note.html"
    note.write_text("<p>注意</p>\n", encoding="utf-8")
    (project / "docs" / "a.md").write_text(INCLUDING, encoding="utf-8")
    assert "SEC001" not in {f.rule for f in lint(project, select="SEC").shown_findings}
    note.write_text("<p>注意</p>\n<script>alert(1)</script>\n", encoding="utf-8")
    assert "SEC001" in {f.rule for f in lint(project, select="SEC").shown_findings}


def test_an_include_outside_the_watched_folders_invalidates_the_replay(project, monkeypatch, capsys):
    snippet = project / "snippet.html"
    snippet.write_text("<p>注意</p>\n", encoding="utf-8")
    (project / "docs" / "a.md").write_text(
        INCLUDING.replace("_includes/note.html", "../snippet.html"), encoding="utf-8"
    )
    argv = ("--select", "SEC", "--format", "json")
    record_run(monkeypatch, capsys, *argv)
    assert replayed(project, *argv) is not None
    snippet.write_text("<script>alert(1)</script>\n", encoding="utf-8")
    assert replayed(project, *argv) is None
    code, out, _ = record_run(monkeypatch, capsys, *argv)
    assert code == 1 and "SEC001" in out


@pytest.mark.parametrize("docs", ["docs", "source"])  # (from the code review) a docs folder a setting names too
def test_a_catalog_linted_alone_is_checked_again_when_its_page_changes(tmp_path, monkeypatch, docs):
    import shutil

    for name in ("pyproject.toml", "refs.bib"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "docs", tmp_path / docs, ignore=shutil.ignore_patterns("_build", "__pycache__"))
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    if docs != "docs":
        with (tmp_path / "pyproject.toml").open("a", encoding="utf-8") as settings:
            settings.write(f'\n[tool.pvt-lint.rules.stale-catalog]\ndocs = "{docs}"\n')
    monkeypatch.chdir(tmp_path)
    catalog = [tmp_path / "locale" / "en" / "LC_MESSAGES" / "faq.po"]

    def stale():
        session = make_session(root=tmp_path, select=["TRN016"], cache=True, jobs=1)
        return [f for f in run(catalog, session).shown_findings if f.rule == "TRN016"]

    assert stale() == []
    with (tmp_path / docs / "faq.md").open("a", encoding="utf-8") as page:
        page.write("\n新しい段落を追加しました。\n")
    assert len(stale()) == 1


def test_a_page_linted_alone_is_checked_again_when_its_catalog_changes(tmp_path, monkeypatch):
    # (thirty-sixth session) TRN016 reads a page's catalogs from disk when the run names the page alone: the run's
    # cache key must hold them, or update-po would leave the editor with the stale finding
    import shutil

    for name in ("pyproject.toml", "refs.bib"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("_build", "__pycache__"))
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    monkeypatch.chdir(tmp_path)
    page = tmp_path / "docs" / "faq.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n新しい段落を追加しました。\n", encoding="utf-8")

    def stale():
        session = make_session(root=tmp_path, select=["TRN016"], cache=True, jobs=1)
        return [f for f in run([page], session).shown_findings if f.rule == "TRN016"]

    assert len(stale()) == 1
    with (tmp_path / "locale" / "en" / "LC_MESSAGES" / "faq.po").open("a", encoding="utf-8") as catalog:
        catalog.write('\nmsgid "新しい段落を追加しました。"\nmsgstr "We added a new paragraph."\n')
    assert stale() == []


# (found on the machine after a review of hostile inputs) --cache-dir docs wrote a .gitignore holding "*" into the
# editor's pages folder: every new page was then invisible to git status and left out of commits


def test_a_cache_folder_that_holds_other_files_is_refused(project, monkeypatch, capsys):
    before = sorted(p.name for p in (project / "docs").iterdir())
    code, out, err = record_run(monkeypatch, capsys, "--select", "JAS", "--cache-dir", "docs")
    assert code == 2 and "--cache-dir 'docs'" in err and "new or empty folder" in err and out == ""
    assert sorted(p.name for p in (project / "docs").iterdir()) == before  # nothing written there
    assert replayed(project, "--select", "JAS", "--cache-dir", "docs") is None
    code, out, err = record_run(monkeypatch, capsys, "--select", "JAS", "--cache-dir", "docs", "--no-cache")
    assert code == 0  # no cache, no folder used


@pytest.mark.parametrize("state", ["new", "empty", "the lint's", "the lint's without its .gitignore", "with .DS_Store"])
def test_a_new_an_empty_or_the_lints_own_cache_folder_is_used(project, monkeypatch, capsys, state):
    folder = project / "elsewhere"
    if state != "new":
        folder.mkdir()
    if state.startswith("the lint's"):
        (folder / "pages-0.json").write_text("{}", encoding="utf-8")
        if "without" not in state:
            (folder / ".gitignore").write_text(replay.GITIGNORE, encoding="utf-8")
    if state == "with .DS_Store":  # (from the second code review) hidden files are no one's work
        (folder / ".DS_Store").write_bytes(b"\0")
    cold = record_run(monkeypatch, capsys, "--select", "JAS", "--cache-dir", "elsewhere")
    assert cold[0] == 0 and (folder / ".gitignore").read_text(encoding="utf-8") == replay.GITIGNORE
    assert any(folder.glob("pages-*.json")) and any(folder.glob("run-*.bin"))
    assert replayed(project, "--select", "JAS", "--cache-dir", "elsewhere") == cold


# (from the second code review) the E-E-A-T record beside a page outside the docs folders was in no key


@pytest.mark.parametrize(
    "reference, fence", [("record.yaml", "---"), ("/record.yaml", "---"), ("record.yaml", "----")]
)  # (second code review) fences of four dashes are front matter to markdown-it too
def test_the_record_a_page_outside_the_docs_folders_names_invalidates(project, monkeypatch, capsys, reference, fence):
    pages = project / "pages"
    pages.mkdir()
    (pages / "a.md").write_text(f"{fence}\neeat: {reference}\n{fence}\n\n# 見出し\n\n本文です。\n", encoding="utf-8")
    record = (project if reference.startswith("/") else pages) / "record.yaml"  # "/": the search's last folder
    record.write_text("author: [\n", encoding="utf-8")  # not YAML: the record cannot be read

    def eeat_messages():
        session = make_session(root=project, select=["EAT"], cache=True, jobs=1)
        return sorted(f.message for f in run([pages / "a.md"], session).shown_findings)

    broken = eeat_messages()
    assert any("not valid YAML" in m for m in broken)
    record.write_text("author:\n  name: 編集部\n", encoding="utf-8")
    assert not any("not valid YAML" in m for m in eeat_messages())
    argv = ("--select", "EAT", "--format", "json", "pages/a.md")
    record_run(monkeypatch, capsys, *argv)
    assert replayed(project, *argv) is not None
    record.write_text("author: [\n", encoding="utf-8")
    assert replayed(project, *argv) is None


# (from the code review of the twenty-fourth session)


def test_a_repository_is_no_cache_folder(project, monkeypatch, capsys):
    (project / "repo" / ".git").mkdir(parents=True)
    code, _, err = record_run(monkeypatch, capsys, "--select", "JAS", "--cache-dir", "repo")
    assert code == 2 and "new or empty folder" in err


def test_a_folder_holding_pages_beside_the_lints_gitignore_is_refused(project, monkeypatch, capsys):
    (project / "docs" / ".gitignore").write_text(replay.GITIGNORE, encoding="utf-8")  # what the old cache left
    code, _, err = record_run(monkeypatch, capsys, "--select", "JAS", "--cache-dir", "docs")
    assert code == 2 and "new or empty folder" in err
    assert not list((project / "docs").glob("pages-*.json")) and not list((project / "docs").glob("run-*.bin"))


def test_the_record_of_a_page_saved_with_a_byte_order_mark_invalidates_the_replay(project, monkeypatch, capsys):
    pages = project / "pages"
    pages.mkdir()
    (pages / "a.md").write_bytes("\ufeff---\neeat: record.yaml\n---\n\n# 見出し\n\n本文です。\n".encode())
    record = pages / "record.yaml"
    record.write_text("author: [\n", encoding="utf-8")
    argv = ("--select", "EAT", "--format", "json", "pages/a.md")
    _, out, _ = record_run(monkeypatch, capsys, *argv)
    assert "not valid YAML" in out
    record.write_text("author:\n  name: 編集部\n", encoding="utf-8")
    assert replayed(project, *argv) is None
    _, out, _ = record_run(monkeypatch, capsys, *argv)
    assert "not valid YAML" not in out


def test_a_record_reference_with_a_nul_is_reported_not_a_crash(project, monkeypatch, capsys):
    pages = project / "pages"
    pages.mkdir()
    (pages / "a.md").write_text('---\neeat: "rec\\0ord.yaml"\n---\n\n# 見出し\n\n本文です。\n', encoding="utf-8")
    code, out, err = record_run(monkeypatch, capsys, "--select", "EAT", "pages/a.md")
    assert code == 1 and "contains a NUL character" in out and "internal error" not in err
    code, out, err = record_run(monkeypatch, capsys, "--select", "JAS", "pages/a.md")
    assert code == 0 and "Traceback" not in err
