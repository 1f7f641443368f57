"""Fences written inside a message (forty-first session, issue 12).

A message may hold a whole directive or code block (```{warning} …```, :::{tip} …:::, ```python …```). Read as inline
Markdown, its backticks paired into one code span of the whole block, so a faithful translation of the body was
"changed code" (TRN007), and a colon fence's marker lines were counted as sentences (TRN015). The block parser now
finds the fences: the directive's name, its options and every argument or option value that is not Japanese text are
compared as markup, an unclosed fence is reported, and the body is prose (a directive's) or code (a code block's).

Also: a line break opens a clause for an English negated imperative, so a request to refrain after a title line
("ご注意\n…控えてください" → "Please note\nDo not …") is rendered, not an added negation.

The entries were written for these tests.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import CATALOG_CODES, check, install, po  # noqa: E402


def _escaped(text):
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def entry(msgid, msgstr):
    return po((_escaped(msgid), _escaped(msgstr)))


FAITHFUL = [
    (
        "```{warning}\n出血が止まらない場合は、すぐに連絡してください。\n```",
        "```{warning}\nIf the bleeding does not stop, contact us right away.\n```",
    ),
    (":::{tip}\n水分をこまめにとりましょう。\n:::", ":::{tip}\nDrink fluids often.\n:::"),
    (
        "```{note}\n:class: dropdown\n詳しい説明はこちらです。\n```",
        "```{note}\n:class: dropdown\nHere is a detailed explanation.\n```",
    ),
    (
        "```{figure} images/map.png\n:alt: 病院の地図\n\n病院までの地図\n```",
        "```{figure} images/map.png\n:alt: Map of the hospital\n\nMap to the hospital\n```",
    ),
    (
        "````{tab-set}\n```{tab-item} 成人\n1日2回\n```\n````",
        "````{tab-set}\n```{tab-item} Adults\nTwice a day\n```\n````",
    ),
    (
        "```{admonition} 持ち物\n- 保険証\n- お薬手帳\n```",
        "```{admonition} What to bring\n- Insurance card\n- Medication notebook\n```",
    ),
    ("ご注意\n\n検査の前日は飲酒を控えてください。", "Please note\n\nDo not drink alcohol on the day before the test."),
]


@pytest.mark.parametrize(("msgid", "msgstr"), FAITHFUL)
def test_a_fenced_block_translated_faithfully_passes(tmp_path, msgid, msgstr):
    _, findings = check(
        install(tmp_path, "page.po", entry(msgid, msgstr)), codes=[c for c in CATALOG_CODES if c.startswith("TRN")]
    )
    assert findings == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "code", "says"),
    [
        (
            "```{warning}\n出血が止まらない場合は、すぐに連絡してください。\n```",
            "```{caution}\nIf the bleeding does not stop, contact us right away.\n```",
            "TRN007",
            "```{caution}",
        ),
        (
            "```{figure} images/map.png\n:alt: 病院の地図\n\n病院までの地図\n```",
            "```{figure} images/map-en.png\n:alt: Map of the hospital\n\nMap to the hospital\n```",
            "TRN007",
            "images/map-en.png",
        ),
        (
            "```{note}\n:class: dropdown\n詳しい説明はこちらです。\n```",
            "```{note}\nHere is a detailed explanation.\n```",
            "TRN007",
            ":class:",
        ),
        (
            "```{note}\n:class: dropdown\n詳しい説明はこちらです。\n```",
            "```{note}\n:class: tip\nHere is a detailed explanation.\n```",
            "TRN007",
            "'dropdown' → 'tip'",
        ),
        (
            ":::{note}\n検査の前日は飲酒を控えてください。\n:::",
            ":::{note}\nAvoid alcohol on the day before your test.\n::",
            "TRN007",
            "not closed",
        ),
        ("```python\nprint('hello')\n```", "```python\nprint('hi')\n```", "TRN007", "print('hi')"),
        (
            "```{warning}\n出血が続くときは{doc}`contact`に連絡してください。\n```",
            "```{warning}\nCall us if bleeding continues.\n```",
            "TRN007",
            "{doc}",
        ),
        (
            "```{note}\n**重要**：薬を飲み忘れないでください。\n```",
            "```{note}\nImportant: do not forget to take your medicine.\n```",
            "TRN007",
            "**strong**",
        ),
        (
            "```{warning}\n3日以上続く場合は受診してください。\n```",
            "```{warning}\nSee a doctor if it lasts more than 5 days.\n```",
            "TRN005",
            "3日",
        ),
    ],
)
def test_a_changed_fence_or_a_defect_in_its_body_is_reported(tmp_path, msgid, msgstr, code, says):
    _, findings = check(
        install(tmp_path, "page.po", entry(msgid, msgstr)), codes=[c for c in CATALOG_CODES if c.startswith("TRN")]
    )
    assert code in {f.rule for f in findings}
    assert any(says in f.message for f in findings if f.rule == code)


def test_an_added_negation_after_a_title_line_is_still_reported(tmp_path):
    # the line break lets "Do not" render a request to refrain; it does not make every "not" a rendering
    _, findings = check(
        install(
            tmp_path,
            "page.po",
            entry("ご注意\n\n検査の前日はお酒を飲んでください。", "Please note\n\nDo not drink alcohol."),
        ),
        codes=["TRN011"],
    )
    assert [f.rule for f in findings] == ["TRN011"]
