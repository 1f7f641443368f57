"""The translators' round trip, for real: edit the Japanese, extract, merge, and see what translators get.

A tiny Sphinx project (tests/lint/fixtures/po/project: myst_parser, gettext_compact = False and
gettext_location = False as in docs/conf.py, two pages, both catalogs translated) is copied to
tmp_path; `sphinx-build -b gettext` and the merge run as subprocesses, as `nox -s update-po` runs them.

What these tests pin down:
- sphinx-intl update (and lint.catalog_tools update, which uses the same babel merge) keeps every
  translation, marks the translation of an edited paragraph fuzzy and keeps it as the msgstr, and
  keeps deleted text as obsolete (#~) entries, run after run, until someone removes them;
- sphinx-intl 2.4.0 does not record the previous msgid (#|) and turns an existing #| line into a
  translator comment ("# | msgid ..."); lint.catalog_tools update records and keeps it;
- a renamed page keeps its translations with `python -m lint.catalog_tools rename OLD NEW`, before
  or after the merge has created the new, empty catalog.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.parsing.catalog import FUZZY, OBSOLETE, TRANSLATED, UNTRANSLATED, load_catalog  # noqa: E402

pytestmark = pytest.mark.build  # runs sphinx-build -b gettext and sphinx-intl

PROJECT = ROOT / "tests" / "lint" / "fixtures" / "po" / "project"
ENV = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
EDITED_OLD = "約2万人が3〜6ヶ月の抗凝固療法を受けています。"
EDITED_NEW = "約2万人が3〜6ヶ月の抗凝固療法を受けていると推計されています。"
DELETED = "気になる症状があれば、すぐに受診してください。"


def call(root, *args):
    result = subprocess.run([sys.executable, *args], cwd=root, env=ENV, capture_output=True, text=True)
    assert result.returncode == 0, f"{args}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def gettext(root):
    call(root, "-m", "sphinx", "-b", "gettext", "-E", "-q", "docs", "_build/gettext")


def sphinx_intl(root, *extra):
    return call(
        root, "-m", "sphinx_intl", "update", "-p", "_build/gettext", "-d", "locale", "-l", "en", "-w", "79", *extra
    )


def catalog_tools(root, *args):
    return call(root, "-m", "lint.catalog_tools", *args)


def tools_update(root, *extra):
    return catalog_tools(root, "update", "-p", "_build/gettext", "-d", "locale", "-l", "en", "-w", "79", *extra)


MERGES = {"sphinx-intl": sphinx_intl, "catalog_tools": tools_update}


def po_path(root, page):
    return root / "locale" / "en" / "LC_MESSAGES" / f"{page}.po"


def entries(root, page):
    return {e.msgid: e for e in load_catalog(po_path(root, page)).entries}


def edit(root, page, old, new):
    path = root / "docs" / f"{page}.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def root(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(PROJECT, project)
    return project


def test_fixture_catalogs_match_the_pages(root):
    """The fixture is a finished translation: a merge changes nothing."""
    before = {page: entries(root, page) for page in ("index", "care")}
    gettext(root)
    tools_update(root)
    for page, old in before.items():
        new = entries(root, page)
        assert {k: (e.msgstr, e.state) for k, e in new.items()} == {k: (e.msgstr, TRANSLATED) for k, e in old.items()}


@pytest.mark.parametrize("merge", MERGES)
def test_edit_keeps_other_translations_and_makes_the_edited_one_fuzzy(root, merge):
    before = {page: entries(root, page) for page in ("index", "care")}
    edit(root, "index", EDITED_OLD, EDITED_NEW)
    gettext(root)
    MERGES[merge](root)

    index, care = entries(root, "index"), entries(root, "care")
    for msgid, old in before["index"].items():
        if msgid != EDITED_OLD:
            assert (index[msgid].state, index[msgid].msgstr) == (TRANSLATED, old.msgstr)
    assert {k: (e.state, e.msgstr) for k, e in care.items()} == {
        k: (TRANSLATED, e.msgstr) for k, e in before["care"].items()
    }
    edited = index[EDITED_NEW]
    assert edited.state == FUZZY
    assert edited.msgstr == before["index"][EDITED_OLD].msgstr  # the old translation, to be revised
    assert EDITED_OLD not in index  # matched, not left behind as obsolete
    if merge == "catalog_tools":
        assert edited.previous_msgid == EDITED_OLD  # "#| msgid": what the Japanese said before
        assert "python-brace-format" not in po_path(root, "index").read_text(encoding="utf-8")
    else:
        assert edited.previous_msgid is None  # sphinx-intl 2.4.0 records no #| line

    # the lint tells translators, at the entry
    result = subprocess.run(
        [sys.executable, "-m", "lint", "--select", "TRN", "locale"], cwd=root, env=ENV, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr  # fuzzy is a warning while translating
    assert result.stdout.count("TRN002") == 1 and "index.po:" in result.stdout
    publish = subprocess.run(
        [sys.executable, "-m", "lint", "--select", "TRN", "--profile", "publish", "locale"],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert publish.returncode == 1


@pytest.mark.parametrize("merge", MERGES)
def test_deleted_text_stays_obsolete_until_removed_on_purpose(root, merge):
    translation = entries(root, "care")[DELETED].msgstr
    text = (root / "docs" / "care.md").read_text(encoding="utf-8")
    (root / "docs" / "care.md").write_text(text.split(":::{note}")[0], encoding="utf-8")
    gettext(root)
    MERGES[merge](root)
    care = entries(root, "care")
    assert (care[DELETED].state, care[DELETED].msgstr) == (OBSOLETE, translation)
    assert f'#~ msgid "{DELETED}"' in po_path(root, "care").read_text(encoding="utf-8")

    edit(root, "care", "出血に注意します。", "出血に十分注意します。")  # another merge later
    gettext(root)
    MERGES[merge](root)
    assert entries(root, "care")[DELETED].state == OBSOLETE  # still kept

    # removed on purpose. sphinx-intl rewrites a catalog only when its msgids change, so its
    # --no-obsolete acts on the next run that changes something; catalog_tools acts at once.
    if merge == "sphinx-intl":
        MERGES[merge](root, "--no-obsolete")
        assert DELETED in entries(root, "care")
        edit(root, "care", "出血に十分注意します。", "出血に注意します。")
        gettext(root)
    MERGES[merge](root, "--no-obsolete")
    assert DELETED not in entries(root, "care")


def test_sphinx_intl_turns_previous_msgid_into_a_comment(root):
    """Why update-po should use lint.catalog_tools: sphinx-intl (babel) misreads #| lines."""
    edit(root, "index", EDITED_OLD, EDITED_NEW)
    gettext(root)
    tools_update(root)  # records #| msgid
    assert entries(root, "index")[EDITED_NEW].previous_msgid == EDITED_OLD
    edit(root, "index", "# 門脈血栓症の解説", "# 門脈血栓症の解説ページ")  # any change to the page
    gettext(root)
    sphinx_intl(root)
    text = po_path(root, "index").read_text(encoding="utf-8")
    assert f'# | msgid "{EDITED_OLD}"' in text  # now a translator comment, for good
    assert entries(root, "index")[EDITED_NEW].previous_msgid is None

    tools_update(root)  # catalog_tools repairs it
    text = po_path(root, "index").read_text(encoding="utf-8")
    assert "# | msgid" not in text
    assert entries(root, "index")[EDITED_NEW].previous_msgid == EDITED_OLD


def test_catalog_tools_keeps_the_previous_msgid_across_merges(root):
    edit(root, "index", EDITED_OLD, EDITED_NEW)
    gettext(root)
    tools_update(root)
    assert "Not Changed: locale/en/LC_MESSAGES/index.po" in tools_update(root)  # nothing new: not rewritten
    again = EDITED_NEW.replace("推計されています", "推計されていました")
    edit(root, "index", EDITED_NEW, again)  # edited again before anyone translated
    gettext(root)
    tools_update(root)
    entry = entries(root, "index")[again]
    assert entry.state == FUZZY
    assert entry.previous_msgid == EDITED_OLD  # the source the translation was made from


def test_catalog_tools_revives_a_translation_when_its_text_returns(root):
    original = (root / "docs" / "care.md").read_text(encoding="utf-8")
    (root / "docs" / "care.md").write_text(original.split(":::{note}")[0], encoding="utf-8")
    gettext(root)
    tools_update(root)
    assert entries(root, "care")[DELETED].state == OBSOLETE
    (root / "docs" / "care.md").write_text(original, encoding="utf-8")
    gettext(root)
    tools_update(root)
    care = load_catalog(po_path(root, "care"))
    assert [(e.state, e.msgid) for e in care.entries if e.msgid == DELETED] == [(TRANSLATED, DELETED)]


def test_an_edit_undone_gets_its_translation_back_for_a_translator_to_confirm(root):
    """(thirty-seventh session, from an audit of issue 12) Edit a paragraph, merge, undo the edit, merge: the returning
    text gets its translation back, with its translator comment and a format flag set by hand, fuzzy and with the edited
    text as its #| (the translator may have revised it for the edit), where it used to get an empty msgstr and its
    translation stayed stranded in a #~ entry. Every other entry is as before, and a second merge changes nothing."""
    path = po_path(root, "index")
    text = path.read_text(encoding="utf-8")
    marker = f'msgid "{EDITED_OLD}"'
    assert marker in text
    path.write_text(
        text.replace(marker, f"# checked against the guideline\n#, python-format\n{marker}"), encoding="utf-8"
    )
    gettext(root)
    tools_update(root)
    before = path.read_text(encoding="utf-8")
    edit(root, "index", EDITED_OLD, EDITED_NEW)
    gettext(root)
    tools_update(root)
    fuzzy = entries(root, "index")[EDITED_NEW]
    assert fuzzy.state == FUZZY and "python-format" in fuzzy.flags  # the hand-set flag kept when it turned fuzzy
    edit(root, "index", EDITED_NEW, EDITED_OLD)
    gettext(root)
    tools_update(root)
    after = path.read_text(encoding="utf-8")
    returned = entries(root, "index")[EDITED_OLD]
    original = {e.msgid: e for e in load_catalog(po_path(root, "index")).entries}
    assert returned.state == FUZZY and returned.previous_msgid == EDITED_NEW
    assert returned.msgstr == fuzzy.msgstr and "python-format" in returned.flags
    assert "checked against the guideline" in returned.translator_comment
    assert EDITED_NEW not in {e.msgid for e in original.values() if not e.obsolete}
    # nothing else moved: the file is the one before the edit but for this entry's fuzzy flag and #| line
    assert (
        after.replace("#, fuzzy, python-format\n", "#, python-format\n").replace(f'#| msgid "{EDITED_NEW}"\n', "")
        == before
    )
    tools_update(root)
    assert path.read_text(encoding="utf-8") == after


def _rename_page(root, old, new):
    (root / "docs" / f"{old}.md").rename(root / "docs" / f"{new}.md")
    edit(root, "index", f"\n{old}\n```", f"\n{new}\n```")


def test_rename_the_catalog_with_the_page(root):
    translations = {k: e.msgstr for k, e in entries(root, "care").items()}
    _rename_page(root, "care", "daily-life")
    assert "Renamed:" in catalog_tools(root, "rename", "care", "daily-life")
    gettext(root)
    tools_update(root)
    assert not po_path(root, "care").exists()
    daily = entries(root, "daily-life")
    assert {k: (e.state, e.msgstr) for k, e in daily.items()} == {k: (TRANSLATED, v) for k, v in translations.items()}


def test_rename_after_the_merge_created_an_empty_catalog(root):
    translations = {k: e.msgstr for k, e in entries(root, "care").items()}
    _rename_page(root, "care", "daily-life")
    gettext(root)
    sphinx_intl(root)  # the usual workflow, run before anyone noticed the rename
    assert {e.state for e in entries(root, "daily-life").values()} == {UNTRANSLATED}
    lint = subprocess.run(
        [sys.executable, "-m", "lint", "--select", "TRN010", "locale"],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert "care.po:" in lint.stdout and "TRN010" in lint.stdout and "daily-life.po:" not in lint.stdout
    # (thirty-seventh session, from the issue-12 audit) an error that names the rename to run: the English edition
    # would show the page in Japanese, and the lint used to pass with warnings only
    assert lint.returncode == 1, lint.stdout
    assert "python -m lint.catalog_tools rename care daily-life" in lint.stdout, lint.stdout

    out = catalog_tools(root, "rename", "care", "daily-life")
    assert f"({len(translations)} translations kept)" in out
    assert not po_path(root, "care").exists()
    daily = entries(root, "daily-life")
    assert {k: (e.state, e.msgstr) for k, e in daily.items()} == {k: (TRANSLATED, v) for k, v in translations.items()}


def test_catalog_tools_reports_bad_input_without_a_traceback(root):
    result = subprocess.run(
        [sys.executable, "-m", "lint.catalog_tools", "rename", "nothing", "else"],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "no catalog nothing.po" in result.stderr and "Traceback" not in result.stderr
    shutil.copyfile(ROOT / "tests" / "lint" / "fixtures" / "po" / "broken" / "syntax.po", po_path(root, "care"))
    gettext(root)
    result = subprocess.run(
        [sys.executable, "-m", "lint.catalog_tools", "update", "-l", "en"],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "care.po:10:" in result.stderr and "Traceback" not in result.stderr


def files(root):
    return {p.name: p.read_text(encoding="utf-8") for p in (root / "locale" / "en" / "LC_MESSAGES").glob("*.po")}


def test_update_on_a_clean_checkout_changes_no_file(root):
    before = files(root)
    gettext(root)
    assert "0 updated" in tools_update(root)
    assert files(root) == before


def test_edit_delete_and_repeat_never_breaks_the_catalog(root):
    """Edit a paragraph → update → delete it → update → update: every run reads what the last wrote."""
    edit(root, "index", EDITED_OLD, EDITED_NEW)
    gettext(root)
    tools_update(root)
    edit(root, "index", EDITED_NEW, "")
    gettext(root)
    tools_update(root)
    after_delete = files(root)
    gettext(root)
    assert "0 updated" in tools_update(root)  # the third run reads #~| and changes nothing
    assert files(root) == after_delete
    obsolete = [e for e in load_catalog(po_path(root, "index")).entries if e.state == OBSOLETE]
    assert any(e.msgid == EDITED_NEW for e in obsolete)
    assert f'#~| msgid "{EDITED_OLD}"' in after_delete["index.po"]  # the previous source is kept


def test_translator_comments_flags_and_long_lines_survive(root):
    path = po_path(root, "index")
    text = path.read_text(encoding="utf-8")
    first = text.index("\nmsgid", text.index("msgstr")) + 1  # the first entry after the header
    comment = (
        "# | a translator's note that starts with a bar\n"
        "# a long translator comment that is much longer than seventy-nine characters and stays on one line\n"
        "#, python-brace-format\n"
    )
    path.write_text(text[:first] + comment + text[first:], encoding="utf-8")
    before = files(root)
    gettext(root)
    tools_update(root)
    assert files(root) == before
    edit(root, "index", EDITED_OLD, EDITED_NEW)
    gettext(root)
    tools_update(root)
    after = path.read_text(encoding="utf-8")
    assert comment in after


def test_update_po_on_the_real_catalogs_changes_nothing(tmp_path):
    """nox -s update-po on a clean checkout: the article's catalogs come out byte for byte the same."""
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "locale", locale, ignore=shutil.ignore_patterns("*.mo"))
    before = {p.relative_to(locale): p.read_bytes() for p in locale.rglob("*.po")}
    call(ROOT, "-m", "sphinx", "-b", "gettext", "-q", "docs", str(tmp_path / "gettext"))
    out = call(
        ROOT,
        "-m",
        "lint.catalog_tools",
        "update",
        "-p",
        str(tmp_path / "gettext"),
        "-d",
        str(locale),
        "-l",
        "en",
        "-w",
        "79",
    )
    assert "0 created, 0 updated" in out
    assert {p.relative_to(locale): p.read_bytes() for p in locale.rglob("*.po")} == before


def test_comments_in_every_form_gettext_reads_survive_the_merge_unchanged(root):
    """(thirty-fifth session, from a check of issue 12) "#TC2" (no space), "#  two spaces" and a bare "#" are translator
    comments to msgfmt and babel; polib rejected the first, and the merge rewrote the others. The merge now leaves the
    file as the translator wrote it, and the lint reads it."""
    path = po_path(root, "index")
    text = path.read_text(encoding="utf-8")
    first = text.index("\nmsgid", text.index("msgstr")) + 1
    comment = "#TC2 checked by the second translator\n#  indented note\n#\n"
    path.write_text(text[:first] + comment + text[first:], encoding="utf-8")
    before = files(root)
    gettext(root)
    tools_update(root)
    assert files(root) == before
    gettext(root)
    tools_update(root)
    assert files(root) == before
    # the entry rewritten (its Japanese edited, so fuzzy): the comments keep their own form
    page = root / "docs" / "index.md"
    first_msgid = load_catalog(path).entries[0].msgid
    page.write_text(
        page.read_text(encoding="utf-8").replace(first_msgid, first_msgid + "（改訂）", 1), encoding="utf-8"
    )
    gettext(root)
    tools_update(root)
    rewritten = path.read_text(encoding="utf-8")
    assert "\n#  indented note\n#\n#, fuzzy\n" in rewritten, rewritten[:800]
    result = subprocess.run(
        [sys.executable, "-m", "lint", "--no-cache", "--select", "LNT", str(path)],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert "LNT001" not in result.stdout, result.stdout


def test_tight_forms_gettext_accepts_are_read_and_kept(root):
    """(thirty-fifth session, from a second check of issue 12) #,fuzzy and msgstr"…" (no space) are valid to GNU
    msgfmt; update-po stopped on them and the English build crashed. Now they are read, kept as written, and the
    entry is fuzzy."""
    path = po_path(root, "index")
    text = path.read_text(encoding="utf-8")
    first = text.index("\nmsgid", text.index("msgstr")) + 1
    glued = text.index('msgstr "', first)
    text = text[:first] + "#,fuzzy\n" + text[first:glued] + 'msgstr"' + text[glued + len('msgstr "') :]
    path.write_text(text, encoding="utf-8")
    before = files(root)
    gettext(root)
    tools_update(root)
    assert files(root) == before
    fuzzy = [e for e in load_catalog(path).entries if e.state == FUZZY]
    assert len(fuzzy) == 1
