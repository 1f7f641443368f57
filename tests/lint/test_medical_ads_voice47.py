"""MED006 and the stance, forty-seventh session (issue 18): a patient's voice received or presented, and a quoted clause
set off by a comma.

A quotation the page says it receives (〜というご報告を、毎月のようにいただいています; 」――そんな声が毎日のように届きます), presents
(」受講者の皆さまの感想をご紹介します) or hears from its patients (」――多くの方がそう口にされます) is a testimonial when it tells an
outcome; a worry (「血圧が下がらない」), a service comment, a voice from a patients' association or a course, and a voice the
page says it does not publish are none. A comma before 〜という, 〜って, 〜なんて or 〜とうたう / 〜と書かれた is read as if absent, so
that a claim quoted to be denied or warned about is not the page's (何錠飲んでも大丈夫、なんてことはありません); a saying named after
its comma (必ず治る、という言葉) and 〜、と言い切れます keep their reading.
The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "「薬をやめられるほど楽になりました」というご報告を、毎月のようにいただいています。",
        "「あきらめていた頭頂部に、髪が戻ってきた」――そんな声が毎日のように届きます。",
        "「尿もれが気にならなくなった」受講者ではなく患者の皆さまの感想をご紹介します。",
        "「腰の痛みが消えました」――多くの方がそう口にされます。",
        "「痛みから完全に解放されました」と、ご家族から感謝のお言葉をいただきました。",
        "院長ブログ：「他の病院では治らなかったのに」と涙ながらに感謝されました。",
        # (from the final review) two voices, the second of a treatment; a course named inside the quotation only
        "受付の対応が丁寧で助かりました、とのお声や、腰痛が治ったとのお声をいただきました。",
        "「教室に通い始めて膝の痛みが消えました」当院の患者さまの感想をご紹介します。",
    ],
)
def test_a_voice_received_or_presented_with_an_outcome(sentence):
    assert "MED006" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "「血圧が下がらない」――そんな声が毎日のように届きます。",  # a worry
        "受付の方の対応が丁寧で助かりました、とのお声をいただきました。",  # the service, without quotation marks
        "患者会の冊子では「診断を受けたときは頭が真っ白になりました」という体験が紹介されています。",
        "「がんと言われて頭が真っ白になった」――患者会の会報に寄せられた体験をご紹介します。",  # a patients' association
        "「こんなに待つとは思わなかった」と驚かれる方もいます。",  # surprise says nothing of an effect
    ],
)
def test_voices_that_are_no_testimonial(sentence):
    assert "MED006" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("何錠飲んでも大丈夫、なんてことはありません。", "MED004"),
        ("何杯飲んでも体にやさしい、とうたう商品には注意が必要です。", "MED004"),
        ("子どもから大人まで安心して飲める、という宣伝文句をよく見かけます。", "MED004"),
        ("何錠飲んでも大丈夫、とお約束はできません。", "MED004"),
        ("何錠飲んでも問題ない、ということはありません。", "MED004"),  # the harm already denied inside
        ("何錠飲んでも安全だと保証はいたしかねます。", "MED004"),
    ],
)
def test_a_claim_quoted_after_a_comma_to_be_denied_or_warned_about(sentence, code):
    assert code not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("この治療なら必ず治る、と言い切れます。", "MED001"),
        ("どれだけ飲んでも体に悪いということはありません。", "MED004"),
        ("無農薬の青汁だから、お薬と一緒に飲んでも全く問題ありません。", "MED004"),
    ],
)
def test_claims_the_comma_rule_leaves_alone(sentence, code):
    assert code in codes_on(sentence), sentence
