"""MED006 and MED009, forty-eighth session (issue 18): testimonials marked by a disclaimer or a sender, and threats
after the reader's neglect.

A quotation of someone's experience (past, or in the first person, or with thanks) that tells a relief or a result,
not denied and not asked, and ends its sentence with the disclaimer an advertiser puts under testimonials
(（個人の感想です）, ※効果には個人差があります) or with its sender in brackets (（ご来院のお母さまより）, （アンケートより）)
is a testimonial: the guideline says a disclaimer changes nothing. Non-past guidance with 個人差, a label that makes the
quotation an example, an ad or a clinical note, staff, a question sent in, a memoir and a sentence of caution are none.
A grave outcome of the reader's own (becoming bedridden or blind, losing one's life, a shortened life, a faculty lost)
after the reader's neglect, doing nothing or staying as one is, is a fear appeal unless said as a possibility, a
tendency or a cause, or said of others, a device, a mere topic.
The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "「3日で腰痛が消えました」（個人の感想です）",
        "「半年で体重が8kg落ちました」※個人の感想であり、効果を保証するものではありません",
        "愛用者の声「孫と同じものが食べられるようになりました」※個人の感想です",
        "「子どもの夜尿症がすぐに治りました」（ご来院のお母さまより）",
        "「肩のこりが楽になりました」（アンケートより）",
    ],
)
def test_a_testimonial_marked_by_its_disclaimer_sender_or_count(sentence):
    assert "MED006" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "回復の目安：「腫れは1週間ほどで引きます」（個人差があります）。",  # the clinic's own guidance
        "ダウンタイムの目安「腫れは1週間ほどで引きます」※個人差があります。",
        "「痛みが消えた」（個人の感想です）といった広告には注意しましょう。",  # a wording warned about
        "「痛みが消えた」※個人の感想です、という広告には注意しましょう。",
        "広告で見かける「3日で腰痛が消えました」※個人の感想です、のような注記は効果を保証するものではありません。",
        "「抗凝固薬は原則として3〜6か月続けます」（ガイドラインより）",  # a document, no sender of a voice
        "「痛みが取れました」（院長・田中より）",  # a member of staff
        "主訴：「飲み込みにくくなった」（本人より）",  # a clinical note
        "「診断を告げられたとき、私は頭が真っ白になりました」（個人の体験です）",  # a memoir: no relief told
        "「全然良くなりませんでした」（個人の感想です）",  # a result denied
        "「夜中に熱が出たらすぐ受診すべきでしょうか？」（お母さまより）",  # a question sent in
        "「同じ病気の方と話せて、気持ちが楽になりました」（会員より）",  # a patients' association
        "「術後の腫れが引きました」（理学療法士の佐藤より）",  # staff
        "「薬で治った」という方もいますが、自然に治ることも多い病気です。",  # a concession
    ],
)
def test_no_testimonial_where_the_quotation_is_guidance_a_note_or_warned_about(sentence):
    assert "MED006" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "いびきを放っておくと、寝ている間に突然死してしまいます。",
        "このまま何もしなければ、10年後には歩けなくなります。",
        "猫背のまま過ごすと、寿命が縮みます。",
        "目のかすみを「年のせい」にしていると、気づいたときには見えなくなっています。",
        "ピロリ菌がいるなら、胃がんになるのはもう時間の問題です。",
    ],
)
def test_a_grave_outcome_after_the_readers_neglect_is_a_fear_appeal(sentence):
    assert "MED009" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "糖尿病を放置すると、失明や腎不全などの合併症が起こることがあります。",  # a possibility
        "いびきを放っておくと、睡眠時無呼吸症候群による突然死のリスクが高まります。",  # a raised risk
        "何もしなければ、10年後に歩けなくなる人もいます。",  # some people
        "白内障は、何もしなければゆっくり進み、見えにくくなります。",
        "何もしなくても、多くは自然に治ります。",
        "新生児黄疸は、何もしなくても数週間で目立たなくなります。",  # a sign that fades
        "床の荷物を片付けると、つまずかなくなります。",  # tidying, not dismissing
        "肺炎が良くなるのは時間の問題です。",  # a recovery
        "アトピー性皮膚炎の治療を後回しにすると、かゆみで眠れなくなることがあります。",
        "補聴器の掃除を怠ると、聞こえなくなります。",  # a device's upkeep
        "介護休業の申請を先延ばしにすると、介護と仕事の両立が難しくなります。",  # a grave noun as a topic
        "冬場の入浴で寒さを我慢すると、ヒートショックで命を落とす方が毎年います。",  # others, not the reader
        "治療を後回しにすると働けなくなるのでは、と悩む方のために相談窓口を設けています。",  # a worry quoted
    ],
)
def test_a_calm_warning_after_neglect_is_no_fear_appeal(sentence):
    assert "MED009" not in codes_on(sentence), sentence
