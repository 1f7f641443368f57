"""Fences written inside a message (forty-first session, issue 12).

A message may hold a whole directive or code block (```{warning} …```, :::{tip} …:::, ```python …```). Read as inline
Markdown, its backticks paired into one code span of the whole block, so a faithful translation of the body was
"changed code" (TRN007), and a colon fence's marker lines were counted as sentences (TRN015). The block parser now
finds the fences: the directive's name, its options and every argument or option value that is not Japanese text are
compared as markup, an unclosed fence is reported, and the body is prose (a directive's) or code (a code block's).

Also (TRN011): a message whose lines are units of their own (list items, lines that end a sentence, a title line that
ends in a noun) is compared line by line, so a request to refrain after a title ("ご注意\n…控えてください" → "Please
note\nDo not …") is rendered, and a negation moved to another item is found. A first version let a line-opening "Do
not" render any refraining request of the message; its review found reversed list items passing (cases below).

And (TRN005): a date whose month and day changed places keeps every number (3月4日 → "April 3"); dates and bracketed
weekdays are now read whole (lint/analysis/calendar_dates.py).

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
            ":class: tip",
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


@pytest.mark.parametrize(
    ("msgid", "msgstr", "says"),
    [
        # from the review of the first version: a line-opening "Do not" must render its own line's request only
        (
            "* 激しい運動は避けてください\n* 十分に休んでください",
            "* Do not exercise hard\n* Do not rest",
            "line 2 of 2",
        ),
        ("- 入浴は控えてください\n- 食事はとってください", "- Take a bath\n- Do not eat", "line 1 of 2"),
        ("ご注意\n飲酒は控えてください。", "Please note\nDrink alcohol.", "line 2 of 2"),
        (
            "次の点に注意してください。\n\n```{warning}\n入浴は控えてください。\n```",
            "Please note the following.\n\n```{warning}\nTake a bath.\n```",
            "line 2 of 2",
        ),
    ],
)
def test_lines_that_are_units_are_compared_line_by_line(tmp_path, msgid, msgstr, says):
    _, findings = check(install(tmp_path, "page.po", entry(msgid, msgstr)), codes=["TRN011"])
    assert any(says in f.message for f in findings), [f.message for f in findings]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("ご注意\n飲酒は控えてください。", "Please note\nDo not drink alcohol."),
        ("- 飲酒は控えてください\n- 毎日歩いてください", "- Do not drink alcohol\n- Walk every day"),
        (
            "ご注意\n- 飲酒は控えてください\n- 喫煙は控えてください",
            "Please note\n- Do not drink alcohol\n- Do not smoke",
        ),
    ],
)
def test_a_request_to_refrain_on_its_own_line_is_rendered_by_do_not(tmp_path, msgid, msgstr):
    _, findings = check(install(tmp_path, "page.po", entry(msgid, msgstr)), codes=["TRN011"])
    assert findings == []


@pytest.mark.parametrize(
    ("msgid", "msgstr", "code"),
    [
        ("```{code-block} python\nDEBUG = False\n```", "```{code-block} python\nDEBUG = True\n```", "TRN007"),
        ("```{toctree}\nvisit\n```", "```{toctree}\nvisits\n```", "TRN007"),
        (
            "```{image} images/floor.png\n:alt: 3階の案内図\n```",
            "```{image} images/floor.png\n:alt: Map of the 4th floor\n```",
            "TRN005",
        ),
        ("```{note}\n受付でお待ちください。\n```", "```{note}\n```", "TRN007"),
        (
            "```{note}\n---\nclass: dropdown\n---\n詳しい説明です。\n```",
            "```{note}\n---\nclass: tip\n---\nA detailed explanation.\n```",
            "TRN007",
        ),
    ],
)
def test_code_bodies_options_and_lost_bodies_are_compared(tmp_path, msgid, msgstr, code):
    _, findings = check(install(tmp_path, "page.po", entry(msgid, msgstr)), codes=["TRN005", "TRN007"])
    assert code in {f.rule for f in findings}


@pytest.mark.parametrize(
    ("msgid", "msgstr", "says"),
    [
        ("次回の講座は3月4日です。", "The next class is on April 3.", "the source's is March 4"),
        ("令和6年10月1日から料金が変わります。", "Fees change from January 10, 2024.", "the source's is October 1"),
        ("5/6（月）は休診します。", "We are closed on Monday, June 5.", "the source's is May 6"),
        ("3月4日（火）は休診です。", "We are closed on Wednesday, March 4.", "weekday is Tuesday"),
    ],
)
def test_a_date_with_its_month_and_day_swapped_is_reported(tmp_path, msgid, msgstr, says):
    _, findings = check(install(tmp_path, "page.po", entry(msgid, msgstr)), codes=["TRN005"])
    assert any(says in f.message for f in findings), [f.message for f in findings]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("次回の講座は3月4日（火）です。", "The next class is on Tue., March 4th."),
        ("令和6年10月1日から料金が変わります。", "Fees change from 1 October 2024."),
        ("12月29日から1月3日まで休診です。", "We are closed from December 29 to January 3."),
        ("2025/5/6に更新しました。", "Updated on 5/6/2025."),
        ("1/2錠を飲みます。", "Take one half of a tablet (1/2)."),
        ("年末年始（12/29〜1/3）は休診です。", "We are closed over the New Year holidays (December 29 to January 3)."),
    ],
)
def test_dates_rendered_in_english_forms_pass(tmp_path, msgid, msgstr):
    _, findings = check(install(tmp_path, "page.po", entry(msgid, msgstr)), codes=["TRN005"])
    assert not [f for f in findings if "date" in f.message or "weekday" in f.message]


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (
            "- 受付\n\n  ```{note}\n  受付は1階です。\n  ```",
            "- Reception\n\n  ```{note}\n  Reception is on the 1st floor.\n  ```",
        ),
        ("> ```{warning}\n> 運転は控えてください。\n> ```", "> ```{warning}\n> Do not drive.\n> ```"),
    ],
)
def test_a_fence_in_a_list_item_or_a_block_quote_is_read_as_a_fence(tmp_path, msgid, msgstr):
    _, findings = check(install(tmp_path, "page.po", entry(msgid, msgstr)), codes=["TRN007"])
    assert findings == []


@pytest.mark.parametrize(
    "msgid",
    [
        "```{note}\n" * 1500 + "本文",  # nested past any page's depth: read, not a recursion error
        "受付\r\n```{note}\r\n受付は1階です。\r\n```",  # carriage returns: the parser's lines are the reader's
        "(-（(/・Y+、\n```:|c日a２)\r水:~n*t(Y水1２/・}`\r\n 3!てY控さ（+.Y)a~だ?。く(",  # from a fuzz run: an IndexError
    ],
)
def test_hostile_fences_are_read_without_a_crash(msgid):
    from lint.parsing.catalog import inline_markup

    assert inline_markup(msgid).text == msgid
