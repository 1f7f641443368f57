"""Renaming a page's catalog after update-po keeps the translator's own translation of a source other pages share.

Found by an audit of issue 12 (fiftieth session): every page includes the disclaimer, so its sources are in every
catalog. With update-po run before `python -m lint.catalog_tools rename OLD NEW`, NEW got another page's translation
of such a source as a fuzzy suggestion, and the rename kept the suggestion: OLD's own translation and its translator
comment were lost, not even kept obsolete. Now a suggestion (another page's text) gives way to OLD's entry, and a
draft of NEW's own keeps its place with OLD's translation written into its comments. Catalogs written for these tests.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lint.catalog_tools import rename  # noqa: E402
from lint.parsing.catalog import load_catalog  # noqa: E402

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n'


def _catalogs(tmp_path, **texts):
    (tmp_path / "docs").mkdir()
    folder = tmp_path / "locale" / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    for page, text in texts.items():
        (folder / f"{page}.po").write_text(HEADER + text, encoding="utf-8")
    return folder


def _entry(path, msgid):
    return next(e for e in load_catalog(path).entries if e.msgid == msgid)


OLD = '# translator: the committee asked for this wording\nmsgid "免責事項"\nmsgstr "Medical disclaimer"\n'
ELSEWHERE = 'msgid "免責事項"\nmsgstr "Disclaimer"\n'


def test_a_suggestion_from_another_page_gives_way_to_the_renamed_pages_own_translation(tmp_path):
    folder = _catalogs(
        tmp_path, summary=OLD, index=ELSEWHERE, wrapup='#, fuzzy\nmsgid "免責事項"\nmsgstr "Disclaimer"\n'
    )
    rename("summary", "wrapup", tmp_path / "locale", out=lambda line: None)
    entry = _entry(folder / "wrapup.po", "免責事項")
    assert entry.msgstr == "Medical disclaimer" and not entry.fuzzy
    assert "the committee asked for this wording" in (folder / "wrapup.po").read_text(encoding="utf-8")


def test_a_draft_of_the_new_catalog_stays_and_the_old_translation_is_kept_beside_it(tmp_path):
    draft = '#, fuzzy\nmsgid "免責事項"\nmsgstr "Disclaimer, a draft"\n'
    folder = _catalogs(tmp_path, summary=OLD, index=ELSEWHERE, wrapup=draft)
    rename("summary", "wrapup", tmp_path / "locale", out=lambda line: None)
    text = (folder / "wrapup.po").read_text(encoding="utf-8")
    assert _entry(folder / "wrapup.po", "免責事項").msgstr == "Disclaimer, a draft"
    assert "summary.po translated this as: Medical disclaimer" in text
    assert "the committee asked for this wording" in text
