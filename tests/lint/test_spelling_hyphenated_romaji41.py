"""SPL001, forty-first session (issue 12): a part of a hyphenated name in romaji (新宿区 → "Shinjuku-ku") is the
source's word in romaji, as a whole romaji word already was; a misspelt part is still reported. Written for the tests."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import check, install  # noqa: E402
from test_translation_fences41 import entry  # noqa: E402


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("住所：東京都千代田区", "Address: Chiyoda-ku, Tokyo"),
        ("〒160-0023 東京都新宿区西新宿1-2-3", "1-2-3 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023"),
    ],
)
def test_a_hyphenated_romaji_name_of_the_source_is_known(tmp_path, msgid, msgstr):
    _, findings = check(install(tmp_path, "page.po", entry(msgid, msgstr)), codes=["SPL001"])
    assert findings == []


@pytest.mark.parametrize("msgstr", ["Address: Chiyoda-kx, Tokyo", "Address: Chiyoda-ku-ku, Tokyo"])
def test_a_part_the_source_does_not_spell_is_reported(tmp_path, msgstr):
    _, findings = check(install(tmp_path, "page.po", entry("住所：東京都千代田区", msgstr)), codes=["SPL001"])
    assert [f.rule for f in findings] == ["SPL001"]
