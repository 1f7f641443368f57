"""Numbers and quantities in Japanese and English prose, and what kind each one is.

One parser for every rule that asks "does this text state a number?":
CIT001/CIT004 (a number needs a citation of its own) and, later, the
translation number-parity check (TRN005), which can compare ``values``.

``quantities(text)`` finds, left to right and without overlap:

- digits of any width: ``71%``, ``０.６〜１６％``, ``1,300万人``, ``2万5000``, ``7.0 mg/dL``;
- kanji numerals, read with their value: ``九割``, ``二十人に一人``, ``八百万人``,
  ``一万数千人``, ``千三百万``, ``三か月``; ``数`` makes a vague number
  (``数千人``, ``数日``), whose ``values`` is empty;
- quantity words: ``半数``, ``過半数``, ``半年``, ``半日``, ``半分``, and counts
  such as ``三つ``;
- ratios and ranges as one quantity: ``N人に1人`` (any counter the same on both sides: ``十組に一組``),
  ``3〜6か月``, ``数百万人から一千万人``;
- English: digits as above, number words (``two``, ``twenty-five``, ``two thirds``,
  ``twice``, ``a dozen``) and ``one in N``.

Each quantity has a ``kind``; only ``"quantity"`` is data about health. The
others are how texts write calendars, clocks and addresses:

- ``date``: ``2025年3月``, ``令和八年一月``, ``平成30年``, ``10月1日``, ``12 March 2026``,
  ``Jan. 2026`` (a four-digit year or an era year);
- ``clock``: ``13時``, ``7時30分``, ``9 a.m.``, ``8.30 am``, ``10:00``;
- ``contact``: telephone numbers (``045-000-1234``, ``020 7946 0123``, ``(555) 012-3456``, ``+81-3-1234-5678``, a short dial code ``#7119``), ``内線3021``,
  a floor (``2階``), a place in a building (``Ward 7``, ``Room 12``, ``3番窓口``, ``5号室``), an address and a
  numbered place on the way to it (``1丁目2番3号``, ``15番地``, ``3番出口``, ``2番のりば``);
- ``price``: a price or a patient's share of it (``約6,000円``, ``¥3,000``, ``5,000 yen``, ``3割負担``);
- ``reference``: parts of a document (``第3章``, ``第2節``, ``第1部``, ``図2``, ``表1``,
  ``Fig. 4``, ``Sect. 4``, ``Table 2``);
- ``serial``: the serial number of a text (``第2版``, ``改訂3版``, ``No. 12``, ``Issue 3``,
  ``Version 2.1``);
- ``ordinal``: ``第31回``, other ``第N``;
- ``identifier``: digits that are part of a name: ``2型``, ``SGLT2``, ``G3a``, ``β2``,
  ``HbA1c``, ``COVID-19``.

Kanji numerals that are parts of words (一般, 一部, 一緒, 十分, 統一, 唯一) are
no numbers: when the tokenizer (fugashi + IPADIC) is available a kanji
numeral must be tagged 名詞,数 by it; without it, a kanji numeral counts only
with a counter (人, 年, 割, ...) or a multiplier (十, 百, 千, 万, 億) next to it.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)

KIND_QUANTITY = "quantity"
KINDS = (KIND_QUANTITY, "date", "clock", "contact", "price", "reference", "serial", "ordinal", "identifier")

KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
KANJI_SMALL = {"十": 10, "百": 100, "千": 1000}
KANJI_BIG = {"万": 10**4, "億": 10**8, "兆": 10**12}
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
# (thirty-seventh session, from an audit of issue 12) the eras' initials as forms and tables write them: R4年, H30年度, S.50年
ERA_INITIALS = {"R": "令和", "H": "平成", "S": "昭和", "T": "大正", "M": "明治"}


def era_start(text: str, start: int) -> int | None:
    """The year before the first of the era named just before ``start`` (令和 → 2018, so 令和6年 is 2024), by its name
    or its initial (R6年; not the letter ending a word: HbA1c, PMS3年 name no era); None when no era is named."""
    name = text[max(start - 2, 0) : start]
    if name in ERAS:
        return ERAS[name]
    before = text[:start].rstrip(". ")
    if (
        before
        and before[-1] in ERA_INITIALS
        and not (len(before) > 1 and before[-2].isascii() and before[-2].isalnum())
    ):
        return ERAS[ERA_INITIALS[before[-1]]]
    return None


_K = "〇零一二三四五六七八九十百千万億兆"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# a number: digits (with 万/億/千 multipliers and a rest: 2万5000), kanji numerals (数 may stand in
# for digits: 数千, 一万数千), or both (1千万). 数 before multipliers (数千, 数百万) is matched by the kanji
# branch (数? then numerals, and 十百千万億 are numerals): a branch 数[十百千万億]+ after it only repeated
# its matches, and `re` compiled it into each of _NUM's 26 copies as one more map of 65,536 characters.
_NUM = (
    rf"(?:(?:{_ARABIC})(?:[万億兆千](?:(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,4}})(?![\d.,]))?)*"
    # (thirty-sixth session) a kanji decimal: 〇・五, 一・五, 三十七・五 (two consecutive digits, 三・四, are a range:
    # _kanji_ranges makes them one before this is read)
    rf"|数?[{_K}](?:[{_K}]|数(?=[十百千万億]))*(?:・[〇零一二三四五六七八九]+(?![十百千万億兆]))?"
    r"|数(?=か月|カ月|ヶ月|ヵ月|年|週|日|時間|分|秒|回|人|名|倍|割|種類|錠|個|件|例|歳))"
)
_RANGE = r"\s*(?:〜|～|~|－|-|–|—|から|ないし)\s*"
# the counters of a ratio "one in N" (5人に1人, 十組に一組, 3回に1回)
RATIO_COUNTERS = ("人", "名", "組", "回", "件", "例", "本", "個", "頭", "校", "社", "世帯")
# counters and units after a number (longest first where one is a prefix of another)
_UNIT = (
    r"(?:か月間|カ月間|ヶ月間|ヵ月間|ケ月間|か月|カ月|ヶ月|ヵ月|ケ月|箇月|年間|年|週間|週|日間|日|時間|分間|秒|"
    r"人|名|回|度|錠|個|種類|例|件|倍|割|分|歳|才|代|%|パーセント|"
    # (forty-ninth session, from a review) a Latin unit ends its word: "5 give" is no 5 g
    r"\s?(?:(?:mg/dL|g/dL|ng/mL|mmol/L|mmHg|kcal|mg|kg|mL|ml|μg|g|L|cm|mm)(?![A-Za-z])|℃|単位))"
)
_JA = re.compile(
    # one in N of any counter, the same on both sides: 5人に1人, 十組に一組, 3回に1回, 10本に1本
    rf"(?P<ratio>(?P<r1>{_NUM})(?P<per>{'|'.join(RATIO_COUNTERS)})に(?P<r2>{_NUM})(?P=per))"
    rf"|(?P<frac>(?P<f1>{_NUM})分の(?P<f2>{_NUM}))"
    # (eleventh session) 半月板 is the knee's meniscus, no half month
    rf"|(?P<half>過半数|半数|半年|半日|半月(?!板)|半分|半量)"
    rf"|(?P<tsu>[一二三四五六七八九十]つ)"
    # the minutes of a clock time (9:00〜17:00): never the first end of a range, which would join them to the
    # next time's hour ("00〜17")
    r"|(?<=\d[:：])(?P<minutes>\d{2})(?![\d:])"
    # (seventeenth session) and the minutes of a Japanese clock time (8時30分〜17時): likewise, the "30分〜17" of the
    # two times is no range
    rf"|(?<=時)(?P<clock_minutes>{_NUM})(?P<minute_unit>分)(?!間)"
    # (from the review) and half past after an hour's number (13時半: 1:30 p.m.; not 就寝時半錠, half a tablet)
    rf"|(?<=[0-9{_K}]時)(?P<clock_half>半)(?!錠|量|分|年|日|月)"
    rf"|(?P<num>{_NUM})(?:(?P<unit1>{_UNIT})?(?P<range>{_RANGE}(?P<num2>{_NUM}))(?P<unit2>{_UNIT})?"
    rf"|(?P<unit>{_UNIT})?)"
)
_EN_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "twice": 2,
    "half": Decimal("0.5"),
    "dozen": 12,
    "thirds": Decimal(1) / 3,
    "quarters": Decimal("0.25"),
}
_EN_WORD_RE = re.compile(
    r"\b(?:one\s+in\s+(?:\d+|[a-z]+)|(?:"
    + "|".join(sorted(_EN_WORDS, key=len, reverse=True))
    + r")(?:[- ](?:"
    + "|".join(sorted(_EN_WORDS, key=len, reverse=True))
    + r"))*)\b",
    re.IGNORECASE,
)

# (ninth session) month/day with a slash right after a calendar year (平成26年10/1から, 令和6年度3/31まで), before a
# word of time or a bracket (not に or は: 2023年度1/4に減少 is a fraction, from the review): the notices of real
# pages write dates this way
_MONTH_DAY = r"\s*(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?=\s*(?:から|まで|より|[〜～~\-、（(]|時点|現在|付|$))"
# (ninth session) the number of a line's item or section typed as text at its start: (1)吸入療法について,
# 1.血液透析とは, 1) 食事; not a decimal (1.5mg) and not a count with its unit (3日間). The claim check reads it too:
# a leading item number is no full stop of a label line.
# (eleventh session) or two digits with a leading zero glued to a word in hiragana or kanji (06術後の注意点): no
# quantity is written so; not before a counter, a separator or a unit (05月, 02度目, 07:30, 03-1234-5678, 01kg;
# katakana units too: 05ミリ, from the review)
LEADING_ITEM_NUMBER = (
    r"^\s*(?:[（(]\d{1,2}[)）](?!\d)|\d{1,2}[.．)）](?![\d.．])"
    r"|0\d(?=\s*[\u3040-\u309f\u4e00-\u9fff])(?!\s*[年月日時分秒週歳才回錠個人名か箇ヶカ度杯割倍単本枚包滴]))"
)
# What a number is when it is not health data (checked on the normalized text, in this order).
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)


class _Gated:
    """A pattern read only where a cheap test of the text passes (finditer as a compiled pattern's)."""

    def __init__(self, test, pattern):
        self.test, self.pattern = test, pattern

    def finditer(self, text):
        return self.pattern.finditer(text) if self.test(text) else iter(())


_CALLING_WORDS = ("call", "dial", "phone", "ring", "telephone", "text", "fax")
_BRITISH_NUMBER = r"\b0\d{3,4} \d{6}\b"  # a British number of two groups, a zero first (01234 567890, 01632 960412)
_BRITISH_SHAPE = re.compile(_BRITISH_NUMBER)

_SPECIAL = [
    (
        "contact",
        re.compile(
            # an international number: +81-3-1234-5678, +44 20 7946 0123
            r"\+\d{1,3}(?:[-‐−ー ]\(?0?\d{1,4}\)?){2,3}(?!\d)|"
            r"\(?0\d{1,4}\)?[-‐−ー]\d{1,4}[-‐−ー]\d{3,4}|\b0\d{2,4} \d{3,4} \d{3,4}\b|内線\s*\d+"
            # a North American number: (555) 012-3456, 555-010-2200, 1-800-555-0199
            r"|\(\d{3}\)\s?\d{3}[-‐−.]\d{4}(?!\d)|\b(?:1[-‐ ])?\d{3}[-‐−.]\d{3}[-‐−.]\d{4}\b"
            r"|〒\s*\d{3}-\d{4}|\d+\s*階|#?\d{3,4}番|(?<![\w#])#\d{4,5}(?!\d)|\b(?i:call|dial|phone|ring)\s+(?:NHS\s+)?\d{3,4}\b(?![-‐−ー ]\d)"
            # a place in a building: Ward 7, Room 12, 3番窓口, 5号室, 西4病棟
            r"|\b(?:Ward|Room|Bay|Bed|Clinic|Floor|Desk|Counter|Gate|Building|Suite|Wing)\s+\d+[A-Z]?\b"
            # a floor as an address names it, after a place in a list (Fracture Clinic, Level 2, Main Building);
            # "drops to Level 2, even …", "mild (Level 1)", "Evidence: Level 1" go on
            r"|(?:(?<=Clinic, )|(?<=Building, )|(?<=Wing, )|(?<=Ward, )|(?<=Centre, )|(?<=Center, )|(?<=Unit, )"
            r"|(?<=Department, )|(?<=Reception, )|(?<=Hospital, ))Level\s+\d+[A-Z]?\b"
            # in lower case only the nouns that never take a count of days or times after them (floor 2,
            # ward 7); "in bed 3 days", "clinic 2 weeks after" are durations
            r"|\b(?i:floor|ward|room|building|suite|wing)\s+\d+[A-Z]?\b"
            # a floor, a room or an extension: the 1st floor, ext. 2345, Room No. 3
            r"|\b\d+(?:st|nd|rd|th)\s+(?i:floor)\b|\b(?i:ext\.?|extension)\s*\d+\b"
            # (thirty-sixth session) in kanji digits too: 二番窓口, 三号館
            rf"|(?:\d+|[{_K}]{{1,3}})\s*(?:番の?窓口|番の?診察室|番の?受付|号室|号館|号棟|病棟|診察室)"
            # (thirty-ninth session) with の between: 2番の窓口, 三番の診察室
            # (thirty-fifth session) an address (1丁目2番3号, 15番地の2) and a numbered place on the way to it (3番出口,
            # 2番のりば, 5番線, 国道1号線)
            rf"|(?:\d+|[{_K}]{{1,3}})\s*丁目(?:\s*\d+\s*番地?(?:\s*の?\s*\d+\s*号?)?)?|\d+\s*番地(?:\s*の\s*\d+)?|\d+\s*番\s*\d+\s*号"
            rf"|(?:\d+|[{_K}]{{1,3}})\s*(?:番の?出口|番線|番の?のりば|番の?乗り場|番ホーム|番の?ゲート|号線)"
            # a number given as the value of a noun of numbers: 内線番号は2207です, 受付番号：15
            r"|番号(?:は|：|:)\s*\d+(?![\d\-‐−ー])"
        ),
    ),
    # (fortieth session, issue 11) a telephone number after a verb of calling, and a British number of two groups: read
    # only where a verb of calling or such a number stands (in the contact pattern, every sentence with a number had
    # paid for it: the parser took a quarter longer on the article's sentences)
    (
        "contact",
        _Gated(
            lambda norm: any(word in norm.lower() for word in _CALLING_WORDS)
            or _BRITISH_SHAPE.search(norm) is not None,
            re.compile(
                # a telephone number after a verb of calling that opens a clause and the words of whom to call (Call
                # 555-0142; Telephone the eye clinic on 01234 567890; …, ring the ward on 020 7946 0123): a local number
                # (three digits and four), a number with a zero or a bracket first, and nothing after it but punctuation
                # or a word of when or what next. From the review of a first version that took any groups
                # of digits: a range (3000-4000 mg, 20 000-50 000), a count (Telephone triage handled 3000-4000 calls) and a
                # threshold (Call if you take more than 500-1000 mg) stay quantities
                r"(?:(?<=^)|(?<=[,;:.!?] )|(?<=[,;:.!?])|(?<=(?i:please) ))(?i:call|dial|phone|ring|telephone|text|fax)\b"
                r"(?:\s+(?!(?i:if|than|above|below|over|under|more|less|between|from|about|up|exceeds?|when|unless)\b)"
                r"[A-Za-z'’-]{1,20}){0,6}?\s+"
                r"(?:(?:0\d{1,4}|\(\d{2,5}\))(?P<phone_sep>[-‐− ])\d{2,4}(?:(?P=phone_sep)\d{3,4}){1,2}"
                r"|0\d{2,4}[ \-‐−]\d{5,6}|\d{3}[-‐−]\d{4})"
                r"(?![-‐− ]?\d)(?=\s*(?:$|[^\w\s]|(?i:to|or|and|between|from|for|if|during|at|on|any|anytime|when|before|after|until"
                r"|option|ext|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays)\b))"
                rf"|{_BRITISH_NUMBER}"
            ),
        ),
    ),
    # a price or the share of one a patient pays: 約6,000円, ¥3,000, 5,000 yen, 3割負担
    ("price", re.compile(rf"(?:{_NUM})\s*円|[¥￥]\s*\d[\d,]*|\b\d[\d,]*\s*yen\b|(?:{_NUM})\s*割\s*負担")),
    (
        "date",
        re.compile(
            # (ninth session) a calendar year may take month/day after it, as notices write it (平成26年10/1から,
            # 令和6年度3/31まで; _MONTH_DAY); after a length of years (10年1/2まで) it stays a fraction
            rf"(?:令和|平成|昭和|大正)(?:元|{_NUM})年(?:度?{_MONTH_DAY}|(?:\s*{_NUM}月)?(?:\s*{_NUM}日)?)"
            # (ninth session) an era by its initial, as notices write it: R6年度, H30年4月
            rf"|(?<![A-Za-z0-9])[RHSＲＨＳ](?:元|\d{{1,2}})年(?:度)?(?:{_MONTH_DAY}|(?:\s*{_NUM}月)?(?:\s*{_NUM}日)?)"
            # a year in kanji digits, written digit by digit: 二〇二六年十一月
            r"|(?<![〇零一二三四五六七八九十百千万])[一二][〇零一二三四五六七八九]{3}\s*年"
            r"(?:\s*[一二三四五六七八九十]{1,3}\s*月)?(?:\s*[一二三四五六七八九十]{1,3}\s*日)?"
            rf"|(?<!\d)(?:1[89]|20)\d\d\s*年(?:度?{_MONTH_DAY}|(?:\s*\d{{1,2}}\s*月)?(?:\s*\d{{1,2}}\s*日)?)"
            # month and day in digits or kanji (六月一日から九月三十日まで), a month with a part of it
            # (5月下旬, 三月末) or before a particle of time (4月から, 4月時点), or in a list of months (5月・8月・11月)
            rf"|(?<![\d.{_K}])(?:\d{{1,2}}|[{_K}]{{1,3}})\s*月\s*(?:\d{{1,2}}|[{_K}]{{1,3}})\s*日"
            rf"|(?<![\d.{_K}])(?:\d{{1,2}}|[{_K}]{{1,3}})\s*月\s*(?:上旬|中旬|下旬|初旬|末|初め|はじめ|頃|ごろ)"
            rf"|(?<![\d.])\d{{1,2}}\s*月(?=\s*(?:時点|現在|から|まで|に|の|、|は|も|・|と|や|〜|～|。|$))"
            # a day of every month (毎月1日, 毎月十五日の午前): a date that recurs, not a count of days
            rf"|(?<=毎月)\s*(?:\d{{1,2}}|[{_K}]{{1,3}})\s*日(?!\s*(?:間|分|以内|ほど|程度|くらい|ぐらい))"
            # (ninth session, from the review) and the days listed after it: 毎月5日と20日, 毎月1日・15日
            rf"(?:\s*(?:と|・|、|,|及び|および)\s*(?:\d{{1,2}}|[{_K}]{{1,3}})\s*日(?!\s*(?:間|分|以内|ほど|程度|くらい|ぐらい)))*"
            rf"|\b\d{{4}}[-/]\d{{1,2}}[-/]\d{{1,2}}\b"
            # (ninth session) a date with dots, year first (2025.9.1), or month/day before a day of the week in
            # brackets (10/1（月）): 1/3 alone stays a fraction
            r"|(?<![\d.])(?:19|20)\d\d\.(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])(?![\d.]|\s*[A-Za-zμ%％])"
            r"|(?<![\d/.])(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9])(?=\s*[（(][月火水木金土日](?:曜日?)?[)）])"
            # (fifteenth session) a date with the year last, day or month first as sites abroad write it
            # (05.07.2025, 5/7/2025): either order is a day of a year
            r"|(?<![\d.,/])(?:3[01]|[12]\d|0?[1-9])[./](?:3[01]|[12]\d|0?[1-9])[./](?:19|20)\d\d(?![\d.,/]|\s*[A-Za-zμ%％])"
            rf"|\b\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?|(?:{_MONTHS})\s+(?:\d{{1,2}},\s*)?\d{{4}}\b"
            # the American order, month then day: Nov. 1, Jul. 1 to Sep. 30, June 3rd
            rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
            rf"|(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d|\s*(?:年|人|mg|g\b|例|件))"
        ),
    ),
    (
        "clock",
        re.compile(
            # (the space only after 午前 or 午後: a leading \s* tried every space of a run as a start, so "1" and
            # 20,000 spaces took 17 s, quadratic)
            rf"(?:(?:午前|午後)\s*)?{_NUM}時(?!間)(?:\s*{_NUM}分|半)?"
            r"|24\s*時間(?=\s*(?:受|対応|営業|体制|いつでも|365|連絡|相談|つなが|電話))|365\s*日|週\s*\d+\s*日|年中無休"
            r"|\b24/7\b|\b24 hours a day\b|\b(?:seven|\d) days a week\b"
            # a clock time or a range of them, the meridiem written once at the end (2–4 p.m.,
            # 9:00–17:00): the first end of the range is a time too
            r"|\b\d{1,2}(?:[.:]\d{2})?(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?\s*[-–—~〜～]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
            # (a label's colon may stand before it: 受付時間：9:00〜17:00)
            r"|(?<![\d.])(?<!\d:)\d{1,2}:\d{2}\s*[-–—~〜～]\s*\d{1,2}:\d{2}(?![\d:])"
            r"|\b\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<![\d.])(?<!\d:)\d{1,2}:\d{2}(?![\d:])"
            # 12 named as noon or midnight (Monday to Friday, 9 am to 12 noon)
            r"|\b12(?::00)?\s*(?:noon|midnight)\b"
            # (twenty-ninth session) a British range of hours with dots and no meridiem, after a word of the day or of
            # opening (open on Saturday mornings, 9.00 to 12.30); alone, 2.50 to 3.20 may be a range of measurements
            r"|\b(?:mornings?|afternoons?|evenings?|open|hours|daily|weekdays?|weekends?"
            r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)[,:]?\s+(?:from\s+)?(?:[01]?\d|2[0-3])\.[0-5]\d"
            # (from the review) not a range of a measurement: no unit after it (mornings: 4.00 to 7.00 mmol/L)
            r"\s*(?:[-–—]|to|until|till)\s*(?:[01]?\d|2[0-3])\.[0-5]\d\b(?!\.\d)(?!\s*(?:[%‰µμ]|[a-zA-Z]+/|mmol|mg|g\b|ml|mL|kg|iu|IU|units?\b))"
        ),
    ),
    (
        "reference",
        re.compile(
            rf"第\s*{_NUM}\s*(?:章|節|部|項|条)|(?:図|表)\s*{_NUM}"
            # (forty-ninth session) in either case: running English writes "see table 2", "in section 3"
            r"|\b(?i:fig\.|figs\.|figure|table|sect\.|section|chapter|chap\.|p\.|pp\.|part|pages?)\s*\d+"
            rf"|{_NUM}\s*(?:章|節)(?!約)"
            # (tenth session) pages pointed to: 詳しくは2・3面へ, 5ページをご覧ください, 12頁参照 (at most nine listed:
            # an unbounded list was tried to its end from each of its numbers, quadratic on a run of 10-20, 10-20, …)
            rf"|{_NUM}(?:\s*[・、,～〜\-]\s*{_NUM}){{0,8}}\s*(?:ページ|頁|面)(?=\s*(?:へ|を(?:ご覧|参照|見)|参照|に(?:掲載|記載)))"
        ),
    ),
    # the serial number of a text: 第2版, No. 12, Issue 3, Version 2.1, Vol. 4
    (
        "serial",
        re.compile(
            rf"第\s*{_NUM}\s*版"
            r"|\b(?:No\.|Nos\.|no\.|(?i:issue|version|ver\.|vol\.|volume|edition|leaflet|ref\.?))\s*\d+(?:\.\d+)*\b"
            r"|\b[vV]\d+(?:\.\d+)+\b|(?:改訂)?(?:\d+|[一二三四五六七八九十]+)\s*版"
            # the count of a text's revisions (3回目の改訂, 二回目の更新): the text's own history
            rf"|{_NUM}\s*回目\s*の\s*(?=改訂|改定|改版|更新)"
            # (eleventh session) a page's or a document's identifier: ページ番号1070278, ページID:282201501
            r"|(?:ページ|記事|文書|管理)(?:ID|ＩＤ|番号)\s*[:：]?\s*\d{3,}"
            # the size of a file (PDF, 120 KB): the text's own measure
            r"|\b\d+(?:\.\d+)?\s*(?:[KkMG]B|KiB|MiB|bytes?)\b|\d+(?:\.\d+)?\s*(?:キロバイト|メガバイト)"
            # (fifteenth session) the page of a text split into pages: (1/1ページ), 2/5ページ, page 2 of 5
            r"|\d+\s*/\s*\d+\s*ページ|\b(?i:page)\s+\d+\s+of\s+\d+\b"
        ),
    ),
    (
        "ordinal",
        re.compile(
            rf"第\s*{_NUM}"
            # (ninth session) the number of a line's item or section typed as text at its start (LEADING_ITEM_NUMBER)
            rf"|{LEADING_ITEM_NUMBER}"
            # (fortieth session) and the items after it on the same line: 1. はじめに　2. 肺炎のサイン　3. 家での看病 (a
            # number of one or two digits after white space, with a full stop and white space before Japanese)
            r"|(?<=[\s　])\d{1,2}\.(?=[ 　]+[\u3040-\u30ff\u4e00-\u9fff])"
            # and その1, Part 2 at a title's end: the first of a series of pages
            r"|その\s*\d{1,2}\s*$"
        ),
    ),
    # a number inside a name: 2型, SGLT2, a checkup named by the child's age (4か月児健診, 3歳児検診,
    # 1歳6か月児健康診査: number + 児 + a checkup is the programme's name, not a figure about health)
    (
        "identifier",
        re.compile(
            r"\d+型|(?<=[A-Za-zα-ωΑ-Ω])\d+[A-Za-z]*|\b[A-Z]+-\d+\b"
            # (twenty-fifth session) the kana table's name, an index of a site (50音順, 五十音から探す)
            r"|(?<![0-9０-９])(?:50|５０|五十)(?=音)"
            rf"|(?:{_NUM}\s*(?:歳|才)\s*)?{_NUM}\s*(?:か月|ヶ月|カ月|ケ月|ヵ月|歳|才)\s*児\s*(?=健診|検診|健康診査)"
            # a checkup named by its time after birth or an operation (産後2週間健診, 術後1か月検診, 1か月健診:
            # the number joined to the checkup names it; 6か月ごとの検診 is a schedule)
            rf"|{_NUM}\s*(?:日|週間|か月|ヶ月|カ月)\s*(?=健診|検診|健康診査)"
        ),
    ),
]


@dataclass(frozen=True)
class Quantity:
    start: int  # offset in the text
    end: int
    text: str  # as written
    values: frozenset  # Decimal values (a range: both ends; 2割: 2 and 20; vague 数千: empty)
    unit: str  # the counter or unit (人, か月, %, mg/dL, ...), "" when none
    kind: str  # one of KINDS; "quantity" is data about health

    @property
    def is_health(self):
        return self.kind == KIND_QUANTITY


def kanji_value(text):
    """The value of a kanji numeral (二十 → 20, 八百万 → 8000000, 二〇二六 → 2026); None when vague (数千)."""
    if "数" in text:
        return None
    if "・" in text:  # a kanji decimal: 三十七・五 = 37.5
        whole, _, tenths = text.partition("・")
        fraction = "".join(str(KANJI_DIGITS[ch]) for ch in tenths if ch in KANJI_DIGITS)
        value = kanji_value(whole) if whole else Decimal(0)
        if value is None or not fraction:
            return value
        return value + Decimal("0." + fraction)
    total = section = 0
    digits = None
    for ch in text:
        if ch in KANJI_DIGITS:
            digits = KANJI_DIGITS[ch] if digits is None else digits * 10 + KANJI_DIGITS[ch]
        elif ch in KANJI_SMALL:
            section += (1 if digits is None else digits) * KANJI_SMALL[ch]
            digits = None
        elif ch in KANJI_BIG:
            section += digits or 0
            total += (section or 1) * KANJI_BIG[ch]
            section, digits = 0, None
    return Decimal(total + section + (digits or 0))


def number_value(text):
    """The value of a number as _NUM matches it (digits, kanji or both); None when vague."""
    text = text.strip()
    if not text or "数" in text:
        return None
    match = re.match(_ARABIC, text)
    if not match:
        return kanji_value(text)
    try:
        value = Decimal(match.group().replace(",", ""))
    except InvalidOperation:
        return None
    rest = text[match.end() :]
    # digits and multipliers read as the kanji are: a small multiplier (千) scales the digits before it within
    # a section, a big one (万, 億, 兆) closes the section (3千万 = 30,000,000; 1兆5千億 = 1.5 trillion;
    # 2億5,000万 = 250,000,000)
    total = section = Decimal(0)
    current: Decimal | None = value
    for mult, tail in re.findall(r"([万億兆千百十])([\d,.]*)", rest):
        if mult in KANJI_BIG:
            total += (section + (current or 0)) * KANJI_BIG[mult]
            section = Decimal(0)
        else:
            section += (current if current is not None else 1) * KANJI_SMALL[mult]
        digits = tail.replace(",", "")
        try:
            current = Decimal(digits) if digits.strip(".") else None
        except InvalidOperation:
            return None
    return (total + section + (current or 0)).normalize()


def normalize(text):
    """NFKC (full-width digits and signs to ASCII) with each character's index in ``text``."""
    if unicodedata.is_normalized("NFKC", text):  # then every character is its own NFKC form
        return text, list(range(len(text) + 1))  # the usual case: no per-character work
    out, origin = [], []
    for index, char in enumerate(text):
        normalized = unicodedata.normalize("NFKC", char)
        out.append(normalized)
        origin.extend([index] * len(normalized))
    origin.append(len(text))
    return "".join(out), origin


def _numeral_positions(text):
    """Offsets the tokenizer tags as numerals (名詞,数 or the prefix 数); None without a tokenizer."""
    try:
        from ..japanese.tokenizer import available, tokenize

        if not available():
            return None
    except Exception:  # noqa: BLE001 - the parser works without the tokenizer
        return None
    positions = set()
    tokens = list(tokenize(text))
    for index, token in enumerate(tokens):
        if token.pos_detail_1 == "数" or (token.pos == "接頭詞" and token.pos_detail_1 == "数接続"):
            if not _in_mixed_spelling(tokens, index):
                positions.update(range(token.start, token.end))
    return positions


def _in_mixed_spelling(tokens, index):
    """Whether the kanji numeral at ``index`` starts a word written half in kana (百日せき, 三日はしか).

    A dictionary noun that holds a numeral (百日咳, 一般, 十分) is one token and never a numeral; the
    same word with its rare kanji in kana is split into numeral, counter and a common noun in
    hiragana glued to them. A count is followed by a particle, a suffix or a noun in kanji
    (三か月健診), never by a common noun in hiragana with nothing between.
    """
    if not all(_is_kanji(ch) for ch in tokens[index].surface_form):
        return False  # 3日: digits are a count however the word after them is written
    after = index + 1
    while after < len(tokens) and tokens[after].pos_detail_1 == "数":
        after += 1  # the rest of the numeral (三十日)
    if after >= len(tokens) or tokens[after].pos_detail_1 not in ("接尾", "助数詞"):
        return False
    word = tokens[after + 1] if after + 1 < len(tokens) else None
    return (
        word is not None
        and word.start == tokens[after].end
        and word.pos == "名詞"
        and word.pos_detail_1 == "一般"
        and all("\u3041" <= ch <= "\u309f" for ch in word.surface_form)
    )


def _is_kanji(ch):
    return ch in _K or ch == "数"


def quantities(text, *, use_tokenizer=True):
    """Every number or quantity of ``text`` (Japanese or English), in order, with its kind."""
    return list(_remembered_quantities(text, use_tokenizer))


@functools.lru_cache(maxsize=4096)
def _remembered_quantities(text, use_tokenizer):
    # the citation rules ask about each sentence several times (rule, then statistics); Quantity is frozen
    return tuple(_quantities(text, use_tokenizer=use_tokenizer))


# A run of more digits or kanji numerals than any number is long (a serial, an ID, noise) is masked before the
# patterns read it: each pattern that starts with a number would otherwise retry it at every digit (quadratic).
_LONG_RUN = re.compile(rf"[0-9{_K}][0-9{_K},.]{{30,}}")
_MASK = "〓"


def without_long_runs(text):
    """The text with every run of over thirty digits (and their separators) masked, its length kept: no number a
    page states is that long, and several readers of numbers try such a run from each of its digits (quadratic)."""
    if len(text) <= 30:
        return text
    return _LONG_RUN.sub(lambda m: _MASK * len(m.group()), text)


_CONSECUTIVE_KANJI = re.compile(
    "|".join(f"(?<![{_K}・]){a}・{b}(?![{_K}・])" for a, b in zip("一二三四五六七八", "二三四五六七八九", strict=True))
)


def _kanji_ranges(text):
    """Two consecutive kanji digits joined by ・ (三・四日: three or four days) as a range, its length kept: 〜 for ・."""
    return _CONSECUTIVE_KANJI.sub(lambda m: m.group().replace("・", "〜"), text) if "・" in text else text


# (thirty-seventh session, from an audit of issue 12) the native numerals written in kana (ふたつ, みっつ, ふたり), read as
# their kanji forms (二つ, 三つ, 二人); いつつ is left out, as いつ + つくる is likelier than 五つ, and so is ひとつ
_KANA_NUMERALS = {
    "ふたつ": "二つ",
    "みっつ": "三つ",
    "よっつ": "四つ",
    "むっつ": "六つ",
    "ななつ": "七つ",
    "やっつ": "八つ",
    "ここのつ": "九つ",
    "ふたり": "二人",
}
# (from the review) not ひとつ, mostly an idiom in kana (もうひとつ: "another", ひとつずつ: "one by one"); not a word going on
# in kana (やっつける: "beat")
_KANA_NUMERAL_RE = re.compile("(?:" + "|".join(_KANA_NUMERALS) + ")(?![けくかこきさしすせそ])")


def _kana_numerals(norm, origin):
    """``norm`` with its kana numerals in kanji, its ``origin`` kept in step, and the offsets in the text they cover."""
    if not _KANA_NUMERAL_RE.search(norm):
        return norm, origin, set()
    out, new_origin, covered, at = [], [], set(), 0
    for match in _KANA_NUMERAL_RE.finditer(norm):
        out.append(norm[at : match.start()])
        new_origin.extend(origin[at : match.start()])
        kanji = _KANA_NUMERALS[match.group()]
        out.append(kanji)
        new_origin.extend([origin[match.start()]] * (len(kanji) - 1) + [origin[match.end() - 1]])
        covered.update(origin[match.start() : match.end()])
        at = match.end()
    out.append(norm[at:])
    new_origin.extend(origin[at:])
    return "".join(out), new_origin, covered


_RELATIVE_PLACE = re.compile(r"つ?(?:前|後|先|手前|上|下)の")


def _quantities(text, *, use_tokenizer=True):
    norm, origin = normalize(text)
    norm, origin, kana_numerals = _kana_numerals(norm, origin)
    norm = _kanji_ranges(without_long_runs(norm))
    numbers = list(_JA.finditer(norm))
    if not numbers and _EN_WORD_RE.search(norm) is None:
        # no number at all (most sentences): the special spans below only classify numbers, and
        # scanning for them was most of this function's time
        return []
    taken = [None] * len(norm)  # kind of the special span covering each character
    for kind, pattern in _SPECIAL:
        for match in pattern.finditer(norm):
            if any(taken[i] for i in range(match.start(), match.end())):
                continue
            for i in range(match.start(), match.end()):
                taken[i] = kind
    numerals = _numeral_positions(text) if use_tokenizer and any(_is_kanji(c) for c in text) else None
    if numerals is not None:
        numerals |= kana_numerals
    found = []
    for match in numbers:
        start, end = match.start(), match.end()
        while end > start and norm[end - 1].isspace():
            end -= 1
        core = (
            match.group("num")
            or match.group("minutes")
            or match.group("clock_minutes")
            or match.group("r1")
            or match.group("f1")
            or ""
        )
        unit = (
            match.group("unit") or match.group("unit2") or match.group("unit1") or match.group("minute_unit") or ""
        ).strip()
        if match.group("tsu") == "一つ" and norm.startswith(("も", "でも"), end):
            continue  # 一つでも, 一つも: "any", "none", the same idiom of emphasis as 一度も
        if (
            match.group("tsu") == "一つ"
            and norm[max(start - 1, 0) : start] == "も"
            and norm.startswith(_ONE_OPTION, end)
        ):
            continue  # (seventh session) 〜のも一つです, 〜も一つの方法です: "one option", an idiom, not a count
        if (
            (match.group("tsu") == "一つ" or (core == "1" and not unit and norm.startswith("つ", end)))
            and norm[max(start - 1, 0) : start] == "の"
            and norm.startswith(_ONE_OF_AFTER, end + (0 if match.group("tsu") else 1))
        ):
            continue  # (fifteenth session) 原因の一つです, 選択肢の1つとして: "one of" them, membership, not a count
        if core and set(core) <= {"〇"} and len(core) > 1 and not unit:
            continue  # 〇〇クリニック, 〇〇様: a placeholder for a name, not a number
        if core and all(_is_kanji(c) for c in core):
            if numerals is not None:
                if origin[start] not in numerals and not match.group("ratio"):
                    continue
            elif not unit and not any(c in "十百千万億" for c in core) and not match.group("ratio"):
                continue
            if core == "一" and not unit and not match.group("ratio"):
                continue  # 一 alone: 一時, 一方 are words
            if core == "一" and unit and norm.startswith(("も", "でも"), end) and not match.group("range"):
                continue  # 一日も早く, 一度も, 一つでも: "even one" ("any", "ever"), an idiom of emphasis, not a count
            if core == "一" and unit == "例" and not match.group("range"):
                continue  # 一例 is "an example" (one case of a series is written 1例)
            if core == "一" and _distributive(norm, start, end, unit):
                continue  # 一人一人, お一人おひとり, 一つ一つ: "each one", a distributive, not a count
        first = next((i for i in range(start, end) if norm[i].isdigit() or _is_kanji(norm[i])), start)
        kind = taken[first] or KIND_QUANTITY
        if not unit and _ENCLOSED_NUMBER.fullmatch(text[origin[start] : origin[end - 1] + 1]):
            kind = "ordinal"  # (ninth session) ①, ⑵, ❸ without a unit number an item of a list (①本態性高血圧)
        if not unit and core in ("一", "二", "三") and norm.startswith("次", end):
            kind = "ordinal"  # (ninth session) 一次, 二次, 三次: an order in a term (二次性高血圧, 一次予防, 二次検診)
        if (match.group("tsu") or not unit) and _RELATIVE_PLACE.match(norm, end):
            kind = "ordinal"  # (thirty-seventh session) 一つ前のページ, 2つ先の駅: a place counted from here, no count
        values = _values(match)
        era = era_start(norm, start)
        if era is not None and unit == "年" and len(values) == 1:
            values |= {Decimal(era) + next(iter(values))}  # 令和6年 → 6 and 2024
        found.append(
            Quantity(
                origin[start],
                origin[end - 1] + 1,
                text[origin[start] : origin[end - 1] + 1],
                frozenset(_plain(v) for v in values),
                unit,
                kind,
            )
        )
    found.extend(_english_words(text, norm, origin, found, taken))
    found.sort(key=lambda q: q.start)
    return found


# digits in a circle or in brackets as one character (①, ⑴, ❶, ➀), which NFKC makes plain digits
_ENCLOSED_NUMBER = re.compile(r"[\u2460-\u2473\u2474-\u2487\u2776-\u277f\u2780-\u2793\u24eb-\u24f4]")
# what follows 〜も一つ in the idiom of an option (相談してみるのも一つです, 減塩も一つの方法です)
# what follows 〜の一つ when it means "one of" (原因の一つです, 選択肢の一つとして, 合併症の一つに): a particle or the copula
_ONE_OF_AFTER = ("です", "で", "だ", "は", "が", "に", "と", "を", "も", "、", "。", "とされ", "として", "でもあ")
_ONE_OPTION = ("です", "でしょう", "の方法", "の手", "の選択肢", "の考え", "の案", "。")
# the kana spelling of one of a counter, for a distributive written half in kana (一人ひとり, 一つひとつ)
_ONE_IN_KANA = {"人": "ひとり", "つ": "ひとつ"}


def _distributive(norm, start, end, unit):
    """One of a counter said twice (一人一人, お一人おひとり, 一つ一つ): "each one", not a count of one."""
    if not unit:
        return False
    twice = ("一" + unit, _ONE_IN_KANA.get(unit, "一" + unit))
    after = norm[end:]
    after = after[1:] if after.startswith("お") else after
    before = norm[:start]
    before = before[:-1] if before.endswith("お") else before
    return after.startswith(twice) or before.endswith(twice)


def _plain(value):
    """A Decimal without exponent notation: 9E+1 → 90."""
    value = Decimal(value)
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()


def _values(match):
    if match.group("ratio"):
        a, b = number_value(match.group("r1")), number_value(match.group("r2"))
        return {v for v in (a, b) if v is not None}
    if match.group("frac"):
        a, b = number_value(match.group("f1")), number_value(match.group("f2"))
        return {_plain(b / a)} if a and b is not None else set()
    if match.group("half"):
        return {Decimal("0.5")}
    if match.group("tsu"):
        return {kanji_value(match.group("tsu")[0])}
    if match.group("minutes"):
        return {Decimal(match.group("minutes"))}
    if match.group("clock_half"):
        return {Decimal(30), Decimal("0.5")}  # 30 minutes, or "half past"
    if match.group("clock_minutes"):
        value = number_value(match.group("clock_minutes"))
        return {value} if value is not None else set()
    values = {number_value(match.group("num")), number_value(match.group("num2") or "")}
    values.discard(None)
    if (match.group("unit") or match.group("unit2") or "") == "割":
        values |= {(v * 10).normalize() for v in values}
    return values


def _english_words(text, norm, origin, found, taken):
    covered = set()
    for q in found:
        covered.update(range(q.start, q.end))
    for match in _EN_WORD_RE.finditer(norm):
        if origin[match.start()] in covered:
            continue
        words = re.split(r"[- ]+", match.group().lower())
        if words[0] == "one":  # one in ten
            tail = words[-1]
            value = Decimal(tail) if tail.isdigit() else _EN_WORDS.get(tail)
            values = {Decimal(1), value} - {None}
        else:
            total = Decimal(0)
            for word in words:
                value = _EN_WORDS[word]
                if word in ("hundred", "thousand", "million", "billion", "trillion") and total:
                    total *= value
                elif word in ("thirds", "quarters") and total:
                    total *= value
                else:
                    total += value
            values = {total.normalize()}
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        kind = taken[match.start()] or KIND_QUANTITY  # seven days a week: opening hours
        yield Quantity(start, end, text[start:end], frozenset(_plain(v) for v in values), "", kind)


# A fraction of a larger unit of time is a quantity in each smaller unit it fills whole: "a quarter of
# an hour" = 15 minutes, "half a day" = 12 hours, "three quarters of an hour" = 45 minutes, "a third of
# a year" = 4 months. (Japanese writes such lengths in the smaller unit: 15分, 12時間.)
_FRACTION_WORDS = {"half": Decimal(1) / 2, "quarter": Decimal(1) / 4, "third": Decimal(1) / 3}
_FRACTION_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_SMALLER_UNITS = {
    "hour": (60,),  # minutes
    "day": (24, 1440),  # hours, minutes
    "week": (7, 168),  # days, hours
    "year": (12, 52, 365),  # months, weeks, days
}
_FRACTION_OF_UNIT_RE = re.compile(
    # (fifty-third session) not "one" without "of": "cut in half one year after", "by a third one year after"
    # (translation-blind84 and the final review)
    r"\b(?:(?P<numerator>an?|one|two|three)[\s-]+)?(?P<fraction>half|quarters?|thirds?)\s+"
    r"(?:of\s+(?:an?|one|the)|an?|the)\s+(?P<unit>hour|day|week|year)\b",
    re.IGNORECASE,
)


def english_fractions_of_units(text):
    """(start, end, values) of each fraction of a unit of time in English prose, its values the
    length in every smaller unit that it fills a whole number of times ("a quarter of an hour" → 15;
    "half a day" → 12 and 720; "half a year" → 6 and 26)."""
    found = []
    for match in _FRACTION_OF_UNIT_RE.finditer(text):
        numerator = _FRACTION_NUMERATORS.get((match["numerator"] or "a").lower(), 1)
        fraction = match["fraction"].lower().rstrip("s")
        if fraction == "half" and numerator != 1:
            continue
        share = numerator * _FRACTION_WORDS[fraction]
        values = set()
        for size in _SMALLER_UNITS[match["unit"].lower()]:
            length = share * size
            rounded = length.to_integral_value()
            if abs(length - rounded) < Decimal("1e-9"):
                values.add(_plain(rounded))
        if values:
            found.append((match.start(), match.end(), frozenset(values)))
    return found


def english_fraction_share(text):
    """The share a fraction of a unit of time says ("a third of a year" → 1/3, "half a day" → 1/2), or None."""
    match = _FRACTION_OF_UNIT_RE.search(text)
    if not match:
        return None
    numerator = _FRACTION_NUMERATORS.get((match["numerator"] or "a").lower(), 1)
    return numerator * _FRACTION_WORDS[match["fraction"].lower().rstrip("s")]


def without_non_health(text):
    """``text`` with its dates, clock times, telephone numbers and cross-references blanked out."""
    norm, origin = normalize(text)
    out = list(text)
    for _kind, pattern in _SPECIAL:
        for match in pattern.finditer(norm):
            for i in range(origin[match.start()], origin[match.end() - 1] + 1):
                out[i] = " "
    return "".join(out)


def japanese_numbers(plain):
    """Every number of Japanese prose with its values, for the translation number-parity check (TRN005).

    The same contract as ``lint.rules.translation.japanese_numbers`` (each item has
    ``text`` and ``values``; ``2割`` → 2 and 20, ``令和6年`` → 6 and 2024, a range is
    its two ends), extended to kanji numerals and quantity words (九割, 二十人に一人,
    半数). Vague numbers (数千) have no value and are left out.
    """
    return [q for q in quantities(plain) if q.values]


def health_quantities(text, **kwargs):
    """The quantities of ``text`` that are data about health (kind "quantity")."""
    return [q for q in quantities(text, **kwargs) if q.is_health]


__all__ = [
    "KINDS",
    "KIND_QUANTITY",
    "Quantity",
    "english_fractions_of_units",
    "health_quantities",
    "japanese_numbers",
    "kanji_value",
    "normalize",
    "number_value",
    "quantities",
    "without_non_health",
]
