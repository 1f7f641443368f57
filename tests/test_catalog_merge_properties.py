"""update-po over any sequence of edits, deletions, restorations and runs (hypothesis).

The merge (lint.catalog_tools.update_catalog) runs on templates written the way
Sphinx's gettext builder writes them, without Sphinx: each step changes the
page's messages (edit one, delete one, bring a deleted one back, add one) and
runs the merge, sometimes twice. After every run: the catalog reads again
(no exit 2), a second run changes nothing, and nothing a translator wrote is
lost: every translation, translator comment (any form, "| …" too), msgctxt and
plural entry is still in the catalog, as an active or an obsolete (#~) entry.
"""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
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


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(STEP, min_size=1, max_size=6))
def test_any_sequence_of_edits_keeps_the_translators_work(tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("merge")
    po, pot = folder / "page.po", folder / "page.pot"
    po.write_text(CATALOG, encoding="utf-8")
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
