"""JAS023: arabic-kanji-numbers of textlint-rule-preset-ja-technical-writing (JTF style 2.2.2), in Python."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ...findings import WARNING
from ...registry import rule
from ._common import prose_units, report_at, shorten

if TYPE_CHECKING:
    from ...context import RuleContext
    from ...findings import Finding
    from ...parsing.markdown import Page

K = "[一二三四五六七八九十壱弐参拾百〇]"
# a run of numerals is tried from its first numeral only: tried from each, a long run without its counter was quadratic
RUN = f"(?<!{K})({K}+)"
# counted things are written with digits: (counter name, pattern, patterns that excuse the text)
TO_DIGITS = [
    ("万億兆", re.compile(f"{RUN}[兆億万]"), [re.compile(f"(数|何)({K}+)[兆億万]")]),
    (
        "つ",
        re.compile(f"{RUN}つ"),
        [
            re.compile("[一二三四五六七八九]つ(返事|子|ひとつ|星|編|葉|橋|と[無な]い|に一つ)"),
            re.compile("(ただ|唯|[女男]手|穴|瓜|馬鹿の)[一二]つ"),
        ],
    ),
    ("回", re.compile(f"{RUN}回"), []),
    ("か月", re.compile(f"{RUN}か月"), []),
    ("番目", re.compile(f"{RUN}番目"), []),
    ("進法", re.compile(f"{RUN}進法"), []),
    ("次元", re.compile(f"{RUN}次元"), []),
    ("章", re.compile(f"第({K}+)章"), []),
    ("節", re.compile(f"第({K}+)節"), []),
]
# idioms, rough numbers and names are written with kanji
TO_KANJI = [
    re.compile(p)
    for p in (
        "世界(1)",
        "(1)時的",
        "(1)部分",
        "第(3)者",
        r"[^\d](1)種(?!類)",
        "(1)部の",
        "(1)番に",
        "数(10+)倍",
        "数(10+)[兆億万]",
        "数(10+)年",
        r"(?<![0-9])([0-9]+)次関数",
        "(5)大陸",
    )
]


@rule("JAS023", "arabic-kanji-numbers", target="page", severity=WARNING, options=("allow_counters",))
def arabic_kanji_numbers(page: Page, ctx: RuleContext) -> Iterator[Finding]:
    """Digits for what is counted, kanji for idioms (textlint: arabic-kanji-numbers, JTF 2.2.2).

    What: in any prose, kanji numerals before a counter (三回, 二十か月, 第三章, 一億, 三つ)
    should be digits; digits in idioms and rough numbers (1部分, 第3者, 数10倍, 世界1) should
    be kanji. As in textlint, each pattern is reported once per unit (its first match), and
    数十万, 何百万, ただ一つ, 一つ返事 are not reported.
    Why: digits are read faster for quantities; kanji keep idioms recognisable.
    Example: 「三回に分けて飲みます。」 Fix: 「3回に分けて飲みます。」
    Options: allow_counters = [] (counters after which kanji numerals stay, by the names
    万億兆, つ, 回, か月, 番目, 進法, 次元, 章, 節). The project keeps 一つ, 二つ in running
    text (allow_counters = ["つ"] in pyproject.toml).
    """
    allowed = set(ctx.option("allow_counters", []))
    active = [(pattern, excuses) for name, pattern, excuses in TO_DIGITS if name not in allowed]
    for unit in prose_units(page):
        text = unit.plain
        for pattern, excuses in active:
            match = pattern.search(text)
            if match and not any(excuse.search(text) for excuse in excuses):
                yield report_at(
                    ctx,
                    unit,
                    match.start(),
                    f"「{match.group()}」: counted things take digits (3回, 20か月, 第3章)",
                    context=shorten(match.group()),
                )
        for pattern in TO_KANJI:
            match = pattern.search(text)
            if match:
                yield report_at(
                    ctx,
                    unit,
                    match.start(),
                    f"「{match.group()}」: an idiom or rough number takes kanji (一部分, 第三者, 数十倍)",
                    context=shorten(match.group()),
                )
