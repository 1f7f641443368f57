"""CIT001, thirty-fifth session: the institution's calendar, self-introductions, addresses and journey times.

A statement placed on a day of the calendar (a year or a day named) that holds no word of health says when the
institution closes, changes or holds something; a copula on a person's name or a group of people, with no topic, is the
writer introducing itself; the numbers of an address and the minutes from a station say where the institution is; a word
of starting or stopping inside a compound headed by a time names a moment, not advice to start or stop. Each reading
keeps its claims: a word of health, a dated study or approval, exercise counted in minutes, a request of care.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "年末は、12月28日の午後から休診となります。\n",
        "2027年4月から、土曜日の受付は午前のみに変わります。\n",
        "院長の交代は、令和9年1月1日付けで行います。\n",
        "皮膚科の外来看護チームです。\n",
        "こんにちは。当クリニック院長の佐藤です。\n",
        "〒100-0001　東京都千代田区丸の内三丁目4番5号\n",
        "当院は、北口から徒歩3分のところにあります。\n",
        "市民病院へは、駅前の2番乗り場から出るバスをご利用ください。\n",
        "送迎バスは、駅前ロータリーの3番のりばから出ています。\n",  # のりば: the tokenizer's ば is no condition
        "予約の受付開始時刻が、来月から午前8時に早まります。\n",
    ],
)
def test_the_institution_calendar_and_whereabouts_need_no_source(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "2024年から、帯状疱疹ワクチンの定期接種が始まりました。\n",  # a word of health
        "2019年に承認された飲み薬です。\n",  # a dated approval is a fact of the world
        "2020年の研究では、毎日歩く人ほど長生きでした。\n",  # a dated study
        "毎日、徒歩30分以上を目安に体を動かしましょう。\n",  # minutes of exercise, not a distance
        "治療開始が遅れると、後遺症が残りやすくなります。\n",  # 開始 heads its own phrase
        "5月から、花粉による症状が出やすくなります。\n",  # a span of months: a season of health
        # (from the review) a date before a rise or an outbreak; a journey time beside health
        "2026年2月以降、県内でおたふくかぜが流行しています。\n",
        "2025年の夏は、熱中症で運ばれた人が過去最多となりました。\n",
        "駅から徒歩15分の距離を毎日歩く人は、足腰が衰えにくいとされています。\n",
        "車で1時間を超える移動では、途中で休憩を取って足を動かしましょう。\n",
    ],
)
def test_claims_beside_those_shapes_keep_their_citation(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))
