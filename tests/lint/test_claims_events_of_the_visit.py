"""CIT001, thirty-third session: the events of a visit (a stay, a visit, a consultation, guidance, a class) named in a
practical line, beside its examinations.

In the institution's statement or a request of the visit, or as the topic of their own arrangement, the names of
examinations and visit events (初診, 通院, 栄養指導, 負荷試験) are the service's names, as an occasion is (検査前に); a
number there passes only as a length of the event or a count of visits. What an examination shows, a treatment, a
screening interval or an age, a contraindication and advice stay claims.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "通院は全部で4回です。\n",  # a count of visits, the event as topic with a copula
        "食物負荷試験は、半日の入院で行います。\n",  # the event conducted
        "栄養指導は予約制で、1回あたり45分ほどです。\n",
        "頭痛外来の初診では、お話を詳しくうかがうため、1時間ほどお時間をいただきます。\n",
        "病理検査の結果が出るまで、10日ほどお待ちいただきます。\n",
        "糖尿病教室は、第1・第3水曜日の午後に開いています。\n",
        "当日は、採血をいたします。\n",  # an examination of the visit in the humble register (was a claim until now)
        # the 時 of お時間 is no condition (a result comes out, 出る, with no 〜時は)
        "アレルギー検査の結果が出るまで、1週間ほどお時間をいただきます。\n",
    ],
)
def test_an_event_of_the_visit_names_the_service(reasons, text):
    assert reasons(text)[-1][0] == "exempt"


@pytest.mark.parametrize(
    "text",
    [
        "造影検査では、胃の出口が細く写ります。\n",  # what the examination shows: a finding
        "検査入院は、ふつう数日で済みます。\n",  # a course in general, no arrangement
        "ペースメーカーの方は、機種によってはMRI検査を受けられません。\n",  # a contraindication
        "骨密度の検査は、65歳以上の女性に年1回受けていただくものです。\n",  # an age and a screening interval
        "そのため、ご兄弟にも心臓の検査を受けていただくことがあります。\n",  # the body part says what is examined
        "手術のあとの入院は、7日ほどです。\n",  # a treatment's stay
        "CTでは、気管支が太くなっているのが特徴です。\n",  # a finding; 気管支 is a part of the body
        "血液検査の結果は正常です。\n",  # an evaluation, no arrangement
        "当時の検査は、採血で行いました。\n",  # a report of what was done
        "減量教室は全6回で、3か月かけて行います。\n",  # a course's span: a regimen
        "早めに受診していただけると嬉しいです。\n",  # seeing a doctor is what advice asks for
        "入院は、一般的に3〜5日です。\n",  # a norm of care
        "PET検査では、1cm程度の小さながんまで見つけることができます。\n",  # what the examination can find
        "インフルエンザの検査は、発症から12時間以上たってから受けていただきます。\n",  # a window of care
        "発疹が出た時は、すぐに皮膚科へご連絡ください。\n",  # a sign appears under 〜時は: care-seeking
    ],
)
def test_findings_treatments_intervals_and_contraindications_stay_claims(reasons, text):
    assert reasons(text)[-1][0] == "uncited"
