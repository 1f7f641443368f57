"""CIT001, forty-seventh session (issue 11): a programme of the service as the topic of its calendar.

A vaccination programme, a screening or an application period started, held or open from or until a day of the calendar
(2025年度のインフルエンザ予防接種は、10月1日から開始します; 今年度の定期接種の期間は、2026年4月1日から2027年3月31日までです)
says when the service runs: no source is needed. A month of every year (インフルエンザの流行は、例年12月から始まります), a course
of nature, an age or an interval (生後6か月から, 接種後2週間から) and a recommendation of timing are facts of care.
The sentences were written for these tests; none is taken from a corpus.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "2025年度のインフルエンザ予防接種は、10月1日から開始します。",
        "今年度の定期接種の期間は、2026年4月1日から2027年3月31日までです。",
        "2026年度の受付期間は、6月1日から翌年2月末日までです。",
        "来年度の特定健診は、4月1日から受け付けます。",
    ],
)
def test_the_calendar_of_a_programme(reasons, text):
    assert [status for status, _ in reasons(text + "\n")] == ["exempt"], text


@pytest.mark.parametrize(
    "text",
    [
        "インフルエンザの流行は、例年12月から始まります。",
        "花粉の飛散は、2月上旬から始まります。",
        "インフルエンザ予防接種は、生後6か月から受けられます。",
        "ワクチンの効果は、接種後2週間から5か月までです。",
        "インフルエンザ予防接種は、10月から開始するのが望ましいとされています。",
        # from the review of the first version (reworded): a period of nature or of a rule, timing judged, a claim in the
        # topic, a report in the passive
        "スギ花粉の飛散期間は、2026年2月中旬から4月下旬までです。",
        "新型コロナウイルス感染症の隔離期間は、2023年5月8日までです。",
        "2025年度のインフルエンザ予防接種は、12月15日までが理想です。",
        "妊娠中の方の接種は、2025年10月1日から可能です。",
        "高齢者の肺炎を防ぐ定期接種は、2026年4月1日から開始します。",
        "HPVワクチンの定期接種は、2013年4月1日から開始されました。",
    ],
)
def test_facts_of_care_in_calendar_words(reasons, text):
    assert reasons(text + "\n")[0][0] == "uncited", text
