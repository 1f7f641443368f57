"""TRN014, forty-seventh session (issue 12): doubles that the pair itself accounts for, and only those.

Three reviews of the first versions showed that loose signals (any doubled word somewhere in the source, any verb before
a particle, any number in the source) let real slips through, so each exemption now rests on what stands at the pair:
"very very" / "really really" where the source doubles the same intensifier (とてもとても, 本当に本当に), one pair for each
and before the word it intensifies; a count before a unit's measure ("two two-milligram tablets") when the source holds
that number with the unit (2mg) and with a counter (2錠) and a noun of the count's number follows; a verb's particle then
the same preposition before a time ("Please log on on Monday", "sign up up to two weeks", "come by by 5 pm").
Other doubles a careful editor would accept ("hand in in person", "fill it in in pen") are still reported: the rule cannot
tell them from slips without a parse, and a false report costs the translator one look.
The pairs were written for these tests; none is taken from a corpus.
"""

import pytest

from lint.analysis.structure import doubled_words


@pytest.mark.parametrize(
    "source, text",
    [
        ("とてもとても痛かったそうです。", "It was very very painful, she said."),
        ("本当に、本当に大切なことです。", "This is really really important."),
        ("2mgの錠剤を2錠飲みます。", "Take two two-milligram tablets."),
        ("1時間の散歩を1回しましょう。", "Take one one-hour walk."),
        ("月曜日にログインしてください。", "Please log on on Monday."),
        ("2週間前まで申し込めます。", "You can sign up up to two weeks before."),
        ("午後5時までにお立ち寄りください。", "Please come by by 5 pm."),
        ("ロビーで受付をしてください。", "Please check in in the lobby."),
        # (from the final review) each intensifier has its own allowance
        ("本当に本当に親切で、とてもとても辛抱強かった。", "She was really really kind and very very patient."),
        ("月曜日にログインしてください。", "Read this first.\nLog on on Monday."),
    ],
)
def test_doubles_the_pair_accounts_for(source, text):
    assert doubled_words(text, source, text) == [], text


@pytest.mark.parametrize(
    "source, text",
    [
        ("とても痛かったそうです。", "It was very very painful, she said."),  # no doubled intensifier in the source
        ("本当に本当に痛かった。", "It was very very painful."),  # the source doubles another intensifier
        ("すごくすごく痛かった。", "It hurt very, very much. It was very very bad."),  # the one doubling already used
        ("いわゆるとてもとても軽い症状", "a very very-mild symptom"),  # before a hyphen
        ("とてもとても", "Thank you so so much."),  # so so is no exemption
        ("2週間の治療を行います。", "a two two-week course"),  # the source says 2 once, without a counter
        ("2mg錠を2錠", "Take two two-milligram tablet."),  # a singular noun after a count of two
        ("1時間の散歩を1回", "Take another one one-hour walk."),  # a determiner before "one"
        ("1日1回、食前1時間", "Take it one one-hour before meals."),  # no noun for the count
        ("申込書を窓口にお出しください。", "Hand in in your form."),
        ("点線の上に署名してください。", "Please sign on on the dotted line."),  # a place, not a time
        ("血圧が10下がることがあります。", "Blood pressure may drop by by 10 mmHg."),  # drop by is no visit
        ("ニュースレターにご登録ください。", "Sign up up to our newsletter."),  # up to no number
        ("彼女の医師に伝えてください。", "Tell her her doctor."),
    ],
)
def test_slips_stay_slips(source, text):
    assert doubled_words(text, source, text) != [], text
