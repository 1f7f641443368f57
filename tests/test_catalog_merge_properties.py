"""update-po over any sequence of edits, deletions, restorations and runs (hypothesis).

The merge (lint.catalog_tools.update_catalog) runs on templates written the way
Sphinx's gettext builder writes them, without Sphinx: each step changes the
page's messages (edit one, delete one, bring a deleted one back, add one) and
runs the merge, sometimes twice. After every run: the catalog reads again
(no exit 2), a second run changes nothing, and nothing a translator wrote is
lost: every translation, translator comment (any form, "| …" too), msgctxt and
plural entry is still in the catalog, as an active or an obsolete (#~) entry.
The second test adds renames: a msgid reworded in place, moved to another page,
or its page renamed (with ``catalog_tools rename``).
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lint.catalog_tools import update_catalog
from lint.parsing.catalog import load_catalog

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow  # hypothesis over sequences of catalog updates

HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: test\\n"\n"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
)
BASE = [
    "門脈血栓症は病気です。",
    "治療は3〜6か月続けます。",
    "気になる症状があれば受診してください。",
    "詳しくは主治医に相談してください。",
]
CATALOG = (
    HEADER
    + '"Language: en\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
    + """\
# | a translator's note that starts with a bar
# a long translator comment, much longer than seventy-nine characters, that must stay on one line
msgid "門脈血栓症は病気です。"
msgstr "Portal vein thrombosis is a disease."

#, python-brace-format
msgid "治療は3〜6か月続けます。"
msgstr "Treatment continues for 3–6 months."

msgctxt "button"
msgid "気になる症状があれば受診してください。"
msgstr "See a doctor if you are worried about a symptom."

msgid "詳しくは主治医に相談してください。"
msgid_plural "詳しくは主治医たちに相談してください。"
msgstr[0] "Ask your doctor for details."
msgstr[1] "Ask your doctors for details."
"""
)


def template(messages):
    parts = [HEADER + '"POT-Creation-Date: 2026-11-30 10:00+0000\\n"\n']
    for text in messages:
        if text == BASE[2]:
            parts.append(f'msgctxt "button"\nmsgid "{text}"\nmsgstr ""\n')
        elif text == BASE[3]:
            parts.append(
                f'msgid "{text}"\nmsgid_plural "詳しくは主治医たちに相談してください。"\nmsgstr[0] ""\nmsgstr[1] ""\n'
            )
        else:
            parts.append(f'msgid "{text}"\nmsgstr ""\n')
    return "\n".join(parts)


STEP = st.tuples(st.sampled_from(["edit", "delete", "restore", "add", "rerun"]), st.integers(0, 7))
TRANSLATOR_WORK = [
    "Portal vein thrombosis is a disease.",
    "Treatment continues for 3–6 months.",
    "See a doctor if you are worried about a symptom.",
    "Ask your doctors for details.",
    "# | a translator's note that starts with a bar",
    "# a long translator comment, much longer than seventy-nine characters, that must stay on one line",
    'msgctxt "button"',
    "msgid_plural",
]


def _header_fields(raw: bytes):
    header = raw.decode("utf-8-sig").replace("\r\n", "\n").split("\n\n")[0]
    return [line.split(":")[0] for line in header.splitlines() if line.startswith('"')]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(STEP, min_size=1, max_size=6), st.booleans())
def test_any_sequence_of_edits_keeps_the_translators_work(tmp_path_factory, steps, as_poedit_saved_it):
    folder = tmp_path_factory.mktemp("merge")
    po, pot = folder / "page.po", folder / "page.pot"
    if as_poedit_saved_it:  # (thirty-eighth session) CRLF, a byte-order mark, a field where polib would not put it
        text = CATALOG.replace('"Language: en\\n"\n', '"Language: en\\n"\n"X-Generator: Poedit 3.4\\n"\n', 1)
        text = text.replace('"Project-Id-Version: test\\n"\n', "", 1) + '\n#~ msgid "x"\n#~ msgstr "y"\n'
        text = text.replace('"Plural-Forms', '"Project-Id-Version: test\\n"\n"Plural-Forms', 1)
        po.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    else:
        po.write_text(CATALOG, encoding="utf-8")
    fields = _header_fields(po.read_bytes())
    messages, deleted = list(BASE), []
    for action, n in steps:
        if action == "edit" and messages:
            i = n % len(messages)
            if messages[i] not in (BASE[2], BASE[3]):
                messages[i] = messages[i].rstrip("。") + "と考えられます。"
        elif action == "delete" and messages:
            deleted.append(messages.pop(n % len(messages)))
        elif action == "restore" and deleted:
            messages.insert(n % (len(messages) + 1), deleted.pop())
        elif action == "add":
            messages.append(f"新しい段落{n}です。")
        pot.write_text(template(messages), encoding="utf-8")
        update_catalog(po, pot, "en")
        written = po.read_text(encoding="utf-8")
        load_catalog(po)  # reads (a LintInputError would be exit 2)
        assert update_catalog(po, pot, "en") == "notchanged"  # idempotent
        assert po.read_text(encoding="utf-8") == written
        for work in TRANSLATOR_WORK:
            assert work in written, (work, steps)
        # a fuzzy translation always shows the translator what changed (#|)
        assert all(e.previous_msgid for e in load_catalog(po).entries if "fuzzy" in e.flags and not e.obsolete), steps
        raw = po.read_bytes()
        assert _header_fields(raw)[: len(fields)] == fields, steps  # the header's own order
        if as_poedit_saved_it:
            assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\n") == raw.count(b"\r\n"), steps


# ---------------------------------------------------------------- renames, across pages
#
# Two pages, each with its template and catalog. Besides the steps above, a message is
# reworded in place (one word changed: the merge's fuzzy match keeps the translation as
# fuzzy), moved to the other page (the old page keeps its translation as obsolete), or
# its page is renamed (the template changes name; `rename` merges the old catalog into
# the new one, before or after update-po created it). After every step: each catalog
# reads, every translation a translator wrote is still in some catalog, a new or changed
# source is untranslated or fuzzy (never published with an old translation), an entry whose
# source did not change is exactly as it was (translation, flags, comments, #|), and a
# second update-po changes nothing.

PAGE_B = ["合併症について説明します。", "食事の制限はありません。"]
CATALOG_B = (
    HEADER
    + '"Language: en\\n"\n\n'
    + """\
# translator: keep "complications" plural
msgid "合併症について説明します。"
msgstr "This section explains the complications."

msgid "食事の制限はありません。"
msgstr "There are no dietary restrictions."
"""
)
TRANSLATOR_WORK_B = ['# translator: keep "complications" plural', "There are no dietary restrictions."]
RENAME_STEP = st.tuples(
    st.sampled_from(["edit", "reword", "delete", "restore", "add", "move", "rename-page", "rerun"]),
    st.integers(0, 7),
)


def _entries(po):
    """{(msgctxt, msgid): everything a translator wrote or the merge decided} of the active entries."""
    return {
        (e.msgctxt, e.msgid): (
            e.msgstr,
            tuple(sorted(e.msgstr_plural.items())),
            tuple(e.flags),
            e.previous_msgid,
            e.translator_comment,
        )
        for e in load_catalog(po).entries
        if not e.obsolete
    }


def _update_all(pot_dir, locale_dir):
    from lint.catalog_tools import update

    return update(pot_dir, locale_dir, ["en"], out=lambda _line: None)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(RENAME_STEP, min_size=1, max_size=6))
@example(steps=[("rename-page", 0)])  # found by this test: the merge dropped a renamed entry's format flag
def test_renames_and_moves_keep_the_translators_work(tmp_path_factory, steps):
    from lint.catalog_tools import rename

    folder = tmp_path_factory.mktemp("rename")
    pot_dir, locale_dir = folder / "gettext", folder / "locale"
    catalogs = locale_dir / "en" / "LC_MESSAGES"
    pot_dir.mkdir()
    catalogs.mkdir(parents=True)
    (catalogs / "a.po").write_text(CATALOG, encoding="utf-8")
    (catalogs / "b.po").write_text(CATALOG_B, encoding="utf-8")
    pages = {"a": list(BASE), "b": list(PAGE_B)}
    deleted: list[tuple[str, str]] = []
    renames = 0
    for action, n in steps:
        names = sorted(pages)
        page = names[n % len(names)]
        other = names[(n + 1) % len(names)]
        messages = pages[page]
        touched = set()  # msgids whose source changed in this step
        old_name = None
        if action in ("edit", "reword") and messages:
            i = n % len(messages)
            if messages[i] not in (BASE[2], BASE[3]):
                touched.add(messages[i])
                if action == "edit":
                    messages[i] = messages[i].rstrip("。") + "と考えられます。"
                else:  # one word changed in place
                    messages[i] = (
                        messages[i].replace("です", "でした", 1) if "です" in messages[i] else "注：" + messages[i]
                    )
        elif action == "delete" and messages:
            removed = messages.pop(n % len(messages))
            deleted.append((page, removed))
            touched.add(removed)
        elif action == "restore" and deleted:
            home, text = deleted.pop()
            home = home if home in pages else page
            if text not in pages[home]:
                pages[home].insert(n % (len(pages[home]) + 1), text)
        elif action == "add":
            pages[page].append(f"新しい段落{n}です。")
        elif action == "move" and messages and page != other:
            moved = messages.pop(n % len(messages))
            if moved not in pages[other]:
                pages[other].append(moved)
            touched.add(moved)
        elif action == "rename-page":
            renames += 1
            old_name, new_name = page, f"{page.split('-')[0]}-{renames}"
            pages[new_name] = pages.pop(page)
        before = {name: _entries(catalogs / f"{name}.po") for name in names if (catalogs / f"{name}.po").exists()}
        known = {e.msgid for po in catalogs.glob("*.po") for e in load_catalog(po).entries}
        for pot in pot_dir.glob("*.pot"):
            pot.unlink()  # the gettext builder writes a template for each page there is
        for name, texts in pages.items():
            (pot_dir / f"{name}.pot").write_text(template(texts), encoding="utf-8")
        if old_name and n % 2:  # the translator renames the catalog first, then runs update-po
            rename(old_name, new_name, locale_dir, ["en"], out=lambda _line: None)
            _update_all(pot_dir, locale_dir)
        else:
            _update_all(pot_dir, locale_dir)
            if old_name:  # update-po created new-name.po untranslated; rename merges the old one in
                rename(old_name, new_name, locale_dir, ["en"], out=lambda _line: None)
        texts = {}
        for po in sorted(catalogs.glob("*.po")):
            texts[po.name] = po.read_text(encoding="utf-8")
            load_catalog(po)  # reads (a LintInputError would be exit 2)
        counts = _update_all(pot_dir, locale_dir)
        assert counts["update"] == counts["create"] == 0, steps  # idempotent
        assert {po.name: po.read_text(encoding="utf-8") for po in sorted(catalogs.glob("*.po"))} == texts
        everything = "\n".join(texts.values())
        for work in TRANSLATOR_WORK + TRANSLATOR_WORK_B:
            assert work in everything, (work, steps)
        for po in catalogs.glob("*.po"):  # a new source never carries an old translation as if it were its own
            for entry in load_catalog(po).entries:
                if entry.msgid not in known and not entry.obsolete:
                    assert not entry.translated, (entry.msgid, steps)
        for name, entries in before.items():
            now_name = new_name if name == old_name else name
            now = _entries(catalogs / f"{now_name}.po")
            for key, value in entries.items():
                if key[1] in pages[now_name] and key[1] not in touched:
                    assert now.get(key) == value, (key, steps)
