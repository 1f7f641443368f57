"""update-po changes only what changed, in the form the translator's tools wrote (issue 12, item 7; thirty-eighth
session, from the second audit of the thirty-seventh): a catalog saved by Poedit (its header fields in Poedit's
order), with CRLF line endings and a byte-order mark, or with a translation wrapped at other points than polib's,
keeps all of it through the merge; and an edited paragraph that is deleted and comes back keeps its ``#|``."""

from pathlib import Path

import pytest

from lint.catalog_tools import update_catalog
from lint.parsing.catalog import load_catalog

FIRST = "一つ目の段落です。"
SECOND = "二つ目の段落です。"
SECOND_EDITED = "二つ目の段落を直しました。"

# the header as Poedit 3 writes it: X-Generator before Language, which polib would put after Plural-Forms
POEDIT = """\
# English translation of the page.
msgid ""
msgstr ""
"Project-Id-Version: pvt\\n"
"Report-Msgid-Bugs-To: \\n"
"POT-Creation-Date: 2026-12-01 10:00+0000\\n"
"PO-Revision-Date: 2026-12-02 10:00+0900\\n"
"Last-Translator: A translator <translator@example.org>\\n"
"Language-Team: English\\n"
"X-Generator: Poedit 3.4\\n"
"Language: en\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#: ../../docs/page.md:1
msgid "一つ目の段落です。"
msgstr ""
"The first paragraph, "
"long enough that the translator's editor wrapped it where it chose to, not where polib would."

#: ../../docs/page.md:3
msgid "二つ目の段落です。"
msgstr "The second paragraph, on one line however long it gets, as this translator's editor leaves it."
"""


def template(*messages, date="2026-12-01 10:00+0000"):
    lines = [
        'msgid ""',
        'msgstr ""',
        '"Project-Id-Version: pvt\\n"',
        '"Report-Msgid-Bugs-To: \\n"',
        f'"POT-Creation-Date: {date}\\n"',
        '"MIME-Version: 1.0\\n"',
        '"Content-Type: text/plain; charset=utf-8\\n"',
        '"Content-Transfer-Encoding: 8bit\\n"',
        "",
    ]
    for line, text in enumerate(messages, start=1):
        lines += [f"#: ../../docs/page.md:{2 * line - 1}", f'msgid "{text}"', 'msgstr ""', ""]
    return "\n".join(lines)


def merge(folder, *messages, date="2026-12-01 10:00+0000"):
    pot = folder / "page.pot"
    pot.write_text(template(*messages, date=date), encoding="utf-8")
    return update_catalog(folder / "page.po", pot, "en")


def changed_lines(before: str, after: str):
    """Lines of ``after`` that ``before`` does not have, and lines of ``before`` that ``after`` lost."""
    return [x for x in after.splitlines() if x not in before.splitlines()], [
        x for x in before.splitlines() if x not in after.splitlines()
    ]


def test_a_poedit_catalog_on_a_clean_checkout_is_not_rewritten(tmp_path: Path):
    (tmp_path / "page.po").write_text(POEDIT, encoding="utf-8")
    assert merge(tmp_path, FIRST, SECOND) == "notchanged"
    assert (tmp_path / "page.po").read_text(encoding="utf-8") == POEDIT


def test_an_edit_changes_the_entry_and_the_date_only(tmp_path: Path):
    (tmp_path / "page.po").write_text(POEDIT, encoding="utf-8")
    assert merge(tmp_path, FIRST, SECOND_EDITED, date="2026-12-03 10:00+0000") == "update"
    added, lost = changed_lines(POEDIT, (tmp_path / "page.po").read_text(encoding="utf-8"))
    assert lost == ['"POT-Creation-Date: 2026-12-01 10:00+0000\\n"', f'msgid "{SECOND}"']
    assert added == [
        '"POT-Creation-Date: 2026-12-03 10:00+0000\\n"',
        "#, fuzzy",
        f'#| msgid "{SECOND}"',
        f'msgid "{SECOND_EDITED}"',
    ]


def test_the_translation_of_an_edited_paragraph_keeps_its_lines(tmp_path: Path):
    (tmp_path / "page.po").write_text(POEDIT, encoding="utf-8")
    merge(tmp_path, "一つ目の段落を直しました。", SECOND)
    text = (tmp_path / "page.po").read_text(encoding="utf-8")
    assert (
        'msgstr ""\n"The first paragraph, "\n'
        '"long enough that the translator\'s editor wrapped it where it chose to, not where polib would."'
    ) in text
    assert load_catalog(tmp_path / "page.po").entries[0].flags == ("fuzzy",)


def test_a_new_field_goes_after_the_catalogs_own(tmp_path: Path):
    without_language = POEDIT.replace('"Language: en\\n"\n', "")
    (tmp_path / "page.po").write_text(without_language, encoding="utf-8")
    merge(tmp_path, FIRST, SECOND_EDITED)
    header = (tmp_path / "page.po").read_text(encoding="utf-8").split("\n\n")[0]
    fields = [line.split(":")[0].strip('"') for line in header.splitlines() if line.startswith('"')]
    assert fields.index("X-Generator") < fields.index("MIME-Version")  # Poedit's order kept


def test_crlf_line_endings_and_a_byte_order_mark_are_kept(tmp_path: Path):
    original = b"\xef\xbb\xbf" + POEDIT.replace("\n", "\r\n").encode("utf-8")
    (tmp_path / "page.po").write_bytes(original)
    assert merge(tmp_path, FIRST, SECOND) == "notchanged"
    assert merge(tmp_path, FIRST, SECOND_EDITED) == "update"
    written = (tmp_path / "page.po").read_bytes()
    assert written.startswith(b"\xef\xbb\xbf")
    assert written.count(b"\n") == written.count(b"\r\n")  # no line left LF
    added, lost = changed_lines(original.decode("utf-8-sig"), written.decode("utf-8-sig"))
    assert len(lost) == 1 and len(added) == 3  # the edited msgid; fuzzy, #| and the new msgid


def test_an_edited_paragraph_deleted_and_brought_back_keeps_its_previous_source(tmp_path: Path):
    (tmp_path / "page.po").write_text(POEDIT, encoding="utf-8")
    merge(tmp_path, FIRST, SECOND_EDITED)
    merge(tmp_path, FIRST)  # deleted: obsolete, "#~| msgid" the text before the edit
    assert f'#~| msgid "{SECOND}"' in (tmp_path / "page.po").read_text(encoding="utf-8")
    merge(tmp_path, FIRST, SECOND_EDITED)  # back as edited
    entry = next(e for e in load_catalog(tmp_path / "page.po").entries if e.msgid == SECOND_EDITED)
    assert (entry.flags, entry.previous_msgid) == (("fuzzy",), SECOND)


def test_an_edited_paragraph_deleted_and_brought_back_as_before_gets_its_own_translation(tmp_path: Path):
    (tmp_path / "page.po").write_text(POEDIT, encoding="utf-8")
    merge(tmp_path, FIRST, SECOND_EDITED)
    merge(tmp_path, FIRST)
    merge(tmp_path, FIRST, SECOND)  # back as it was before the edit
    entry = next(e for e in load_catalog(tmp_path / "page.po").entries if e.msgid == SECOND and not e.obsolete)
    # its own translation (babel's fuzzy match had given it the first paragraph's), for a translator to confirm
    assert entry.msgstr.startswith("The second paragraph")
    assert (entry.flags, entry.previous_msgid) == (("fuzzy",), SECOND_EDITED)
    assert merge(tmp_path, FIRST, SECOND) == "notchanged"


# ---------------------------------------------------------------- a paragraph moved to another page


def _two_pages(tmp_path: Path, page_a, page_b):
    from lint.catalog_tools import update

    pots, catalogs = tmp_path / "gettext", tmp_path / "locale" / "en" / "LC_MESSAGES"
    pots.mkdir(exist_ok=True)
    catalogs.mkdir(parents=True, exist_ok=True)
    for name, messages in (("a", page_a), ("b", page_b)):
        (pots / f"{name}.pot").write_text(template(*messages), encoding="utf-8")
    update(pots, tmp_path / "locale", ["en"], out=lambda _line: None)
    return {name: load_catalog(catalogs / f"{name}.po").entries for name in ("a", "b")}


def test_a_paragraph_moved_to_another_page_brings_its_translation_as_a_suggestion(tmp_path: Path):
    catalogs = tmp_path / "locale" / "en" / "LC_MESSAGES"
    catalogs.mkdir(parents=True)
    (catalogs / "a.po").write_text(POEDIT, encoding="utf-8")
    entries = _two_pages(tmp_path, [FIRST], [SECOND, "三つ目の段落です。"])
    moved = next(e for e in entries["b"] if e.msgid == SECOND)
    # the translation comes with it, fuzzy: a translator confirms it reads right on its new page
    assert moved.msgstr.startswith("The second paragraph") and moved.fuzzy
    assert next(e for e in entries["a"] if e.msgid == SECOND).obsolete  # and stays in the old catalog
    assert next(e for e in entries["b"] if e.msgid == "三つ目の段落です。").msgstr == ""  # nothing invented
    assert next(e for e in entries["a"] if e.msgid == FIRST).translated  # nothing else touched


def test_only_a_finished_translation_is_suggested(tmp_path: Path):
    catalogs = tmp_path / "locale" / "en" / "LC_MESSAGES"
    catalogs.mkdir(parents=True)
    (catalogs / "a.po").write_text(
        POEDIT.replace('#: ../../docs/page.md:3\nmsgid "二つ目', '#: ../../docs/page.md:3\n#, fuzzy\nmsgid "二つ目'),
        encoding="utf-8",
    )
    entries = _two_pages(tmp_path, [FIRST], [SECOND])
    assert next(e for e in entries["b"] if e.msgid == SECOND).msgstr == ""


# ---------------------------------------------------------------- from the review of these changes (thirty-eighth session)

HEAD = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'


@pytest.mark.parametrize(
    "catalog",
    [
        # a previous context and plural (#| msgctxt, #| msgid_plural), which babel does not read
        HEAD + '\n#, fuzzy\n#| msgctxt "btn"\n#| msgid "戻る"\nmsgctxt "button"\nmsgid "戻る"\nmsgstr "Back"\n'
        '\n#, fuzzy\n#| msgid "{n}件"\n#| msgid_plural "{n}件"\nmsgid "{n}件の結果"\nmsgid_plural "{n}件の結果"\n'
        'msgstr[0] "{n} result"\nmsgstr[1] "{n} results"\n',
        # an obsolete fuzzy entry wrapped by msgmerge
        HEAD + '\nmsgid "一"\nmsgstr "One"\n\n#, fuzzy\n#~| msgid ""\n#~| "長い文の例として、この文章は"\n'
        '#~| "書かれています。"\n#~ msgid "二"\n#~ msgstr "Two"\n',
        # the header in other forms: no space after #, a field continued on a second line, no final newline
        "#Jane Doe <jane@example.org>, 2026.\n"
        + HEAD.replace('"Language: en\\n"', '"Language-Team: English "\n"<en@example.org>\\n"\n"Language: en\\n"')
        + '\nmsgid "一"\nmsgstr "One"',
        # flags in another order, spaces on a blank line
        HEAD + '\n#, no-wrap, fuzzy\nmsgid "一"\nmsgstr "One"\n  \nmsgid "二"\nmsgstr "Two"\n',
    ],
)
def test_a_clean_run_leaves_any_form_alone(tmp_path: Path, catalog):
    from lint.catalog_tools import update_catalog

    po, pot = tmp_path / "page.po", tmp_path / "page.pot"
    po.write_text(catalog, encoding="utf-8")
    messages = [e for e in load_catalog(po).entries if not e.obsolete]
    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=utf-8\\n"', ""]
    for entry in messages:
        lines += [f'msgctxt "{entry.msgctxt}"'] if entry.msgctxt else []
        lines += [f'msgid "{entry.msgid}"']
        lines += (
            [f'msgid_plural "{entry.msgid_plural}"', 'msgstr[0] ""', 'msgstr[1] ""']
            if entry.msgid_plural
            else ['msgstr ""']
        )
        lines += [""]
    pot.write_text("\n".join(lines), encoding="utf-8")
    assert update_catalog(po, pot, "en") == "notchanged"
    assert po.read_text(encoding="utf-8") == catalog


def test_a_catalog_saved_with_lone_carriage_returns_keeps_its_translations(tmp_path: Path):
    (tmp_path / "page.po").write_bytes(POEDIT.replace("\n", "\r").encode("utf-8"))
    assert merge(tmp_path, FIRST, SECOND) == "notchanged"
    assert merge(tmp_path, FIRST, SECOND_EDITED) == "update"
    raw = (tmp_path / "page.po").read_bytes()
    assert b"\n" not in raw and b"The second paragraph" in raw


def test_an_edited_entry_keeps_its_plural_lines_and_comment_forms(tmp_path: Path):
    catalog = HEAD + (
        '\n#TC2 reviewed\n#\tchecked\nmsgid "{n}本"\nmsgid_plural "{n}本"\n'
        'msgstr[0] "{n} vessel, a line far longer than seventy-nine characters that nobody wrapped here"\n'
        'msgstr[1] "{n} vessels, a line far longer than seventy-nine characters that nobody wrapped here"\n'
    )
    po, pot = tmp_path / "page.po", tmp_path / "page.pot"
    po.write_text(catalog, encoding="utf-8")
    pot.write_text(
        'msgid ""\nmsgstr ""\n\nmsgid "{n}本の血管"\nmsgid_plural "{n}本の血管"\nmsgstr[0] ""\nmsgstr[1] ""\n'
    )
    from lint.catalog_tools import update_catalog

    assert update_catalog(po, pot, "en") == "update"
    text = po.read_text(encoding="utf-8")
    assert "#TC2 reviewed\n#\tchecked\n" in text
    assert 'msgstr[0] "{n} vessel, a line far longer than seventy-nine characters that nobody wrapped here"' in text


def test_an_edited_plural_deleted_and_brought_back_as_before_gets_its_translation(tmp_path: Path):
    from lint.catalog_tools import update_catalog

    po, pot = tmp_path / "page.po", tmp_path / "page.pot"
    po.write_text(
        HEAD + '\nmsgid "{n}本の血管"\nmsgid_plural "{n}本の血管"\nmsgstr[0] "{n} vessel"\nmsgstr[1] "{n} vessels"\n'
    )

    def run(*ids):
        body = "".join(f'\nmsgid "{i}"\nmsgid_plural "{i}"\nmsgstr[0] ""\nmsgstr[1] ""\n' for i in ids)
        pot.write_text('msgid ""\nmsgstr ""\n\nmsgid "その他"\nmsgstr ""\n' + body, encoding="utf-8")
        update_catalog(po, pot, "en")

    run("{n}本の太い血管")
    run()
    run("{n}本の血管")
    entry = next(e for e in load_catalog(po).entries if e.msgid == "{n}本の血管" and not e.obsolete)
    assert entry.msgstr_plural == {0: "{n} vessel", 1: "{n} vessels"} and entry.fuzzy
    assert entry.previous_msgid == "{n}本の太い血管"


def test_a_suggestion_never_replaces_work_begun_or_comes_back_once_cleared(tmp_path: Path):
    catalogs = tmp_path / "locale" / "en" / "LC_MESSAGES"
    catalogs.mkdir(parents=True)
    (catalogs / "a.po").write_text(POEDIT, encoding="utf-8")
    entries = _two_pages(tmp_path, [FIRST, SECOND], [SECOND])
    assert next(e for e in entries["b"] if e.msgid == SECOND).fuzzy  # suggested when the paragraph arrived
    import polib

    catalog = polib.pofile(str(catalogs / "b.po"))
    for entry in catalog:
        entry.msgstr, entry.flags = "", []  # the translator clears the suggestion
    catalog.save()
    entries = _two_pages(tmp_path, [FIRST, SECOND], [SECOND])
    assert next(e for e in entries["b"] if e.msgid == SECOND).msgstr == ""  # the translator's choice stands


def test_rename_after_update_po_gives_the_old_catalog_as_it_was(tmp_path: Path):
    from lint.catalog_tools import rename, update

    pots, catalogs = tmp_path / "gettext", tmp_path / "locale" / "en" / "LC_MESSAGES"
    pots.mkdir()
    catalogs.mkdir(parents=True)
    original = b"\xef\xbb\xbf" + POEDIT.replace("\n", "\r\n").encode("utf-8")
    (catalogs / "old.po").write_bytes(original)
    (pots / "new.pot").write_text(template(FIRST, SECOND), encoding="utf-8")  # the page renamed (git mv)
    update(pots, tmp_path / "locale", ["en"], out=lambda _line: None)
    rename("old", "new", tmp_path / "locale", ["en"], out=lambda _line: None)
    assert (catalogs / "new.po").read_bytes() == original


def test_a_page_renamed_and_edited_keeps_the_edited_paragraphs_translation_either_way(tmp_path: Path):
    from lint.catalog_tools import rename, update

    pots, catalogs = tmp_path / "gettext", tmp_path / "locale" / "en" / "LC_MESSAGES"
    pots.mkdir()
    catalogs.mkdir(parents=True)
    (catalogs / "old.po").write_text(POEDIT, encoding="utf-8")
    (pots / "new.pot").write_text(template(FIRST, SECOND_EDITED), encoding="utf-8")
    update(pots, tmp_path / "locale", ["en"], out=lambda _line: None)  # update-po first, then rename
    rename("old", "new", tmp_path / "locale", ["en"], out=lambda _line: None)
    update(pots, tmp_path / "locale", ["en"], out=lambda _line: None)
    entry = next(e for e in load_catalog(catalogs / "new.po").entries if e.msgid == SECOND_EDITED)
    assert entry.msgstr.startswith("The second paragraph") and entry.fuzzy and entry.previous_msgid == SECOND


def test_a_moved_paragraph_gets_its_own_translation_not_a_similar_ones(tmp_path: Path):
    # (from the audit) babel's close match gave the moved paragraph the translation of a similar one on its new page
    moved, similar = (
        "自己判断で薬をやめず、主治医と相談して決めてください。",
        "自己判断で薬をやめず、歯科医と相談して決めてください。",
    )
    catalogs = tmp_path / "locale" / "en" / "LC_MESSAGES"
    catalogs.mkdir(parents=True)
    (catalogs / "a.po").write_text(
        HEAD + f'\nmsgid "{moved}"\nmsgstr "Talk it over with your doctor."\n', encoding="utf-8"
    )
    (catalogs / "b.po").write_text(
        HEAD + f'\nmsgid "{similar}"\nmsgstr "Talk it over with your dentist."\n', encoding="utf-8"
    )
    entries = _two_pages(tmp_path, [], [similar, moved])
    arrived = next(e for e in entries["b"] if e.msgid == moved and not e.obsolete)
    assert (arrived.msgstr, arrived.fuzzy, arrived.previous_msgid) == ("Talk it over with your doctor.", True, None)
    assert next(e for e in entries["b"] if e.msgid == similar).translated  # the similar paragraph keeps its own
