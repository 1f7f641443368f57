"""TRN007, thirty-eighth session: a single asterisk left as text where the source has no note mark of its own is an
emphasis begun and not closed (the English page shows it raw); where the source has a note mark (※, ＊), "*" renders
it. The sentences were written for these tests."""

from pathlib import Path

import pytest

from lint.context import Context
from lint.parsing.catalog import load_catalog
from lint.registry import RULES
from lint.runner import load_rules

load_rules()
HEADER = 'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def _trn007(tmp_path: Path, msgid: str, msgstr: str) -> list[str]:
    path = tmp_path / "page.po"
    path.write_text(HEADER + f'msgid "{msgid}"\nmsgstr "{msgstr}"\n', encoding="utf-8")
    ctx = Context(root=tmp_path, config={}, profile="default")
    return [f.message for f in RULES["TRN007"].check(load_catalog(path), ctx) or ()]


def test_a_stray_asterisk_is_reported(tmp_path):
    assert any("left as text: *" in m for m in _trn007(tmp_path, "1日2錠飲みます。", "Take *two tablets a day."))


@pytest.mark.parametrize(
    "msgid, msgstr",
    [
        ("※1日2錠まで飲めます。", "*You may take up to two tablets a day."),
        ("＊印の項目は必須です。", "Items marked * are required."),
        ("**1日2錠**飲みます。", "Take **two tablets** a day."),
    ],
)
def test_a_note_mark_or_a_closed_span_is_not(tmp_path, msgid, msgstr):
    assert _trn007(tmp_path, msgid, msgstr) == []
