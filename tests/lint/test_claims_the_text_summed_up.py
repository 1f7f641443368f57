"""CIT001, thirty-third session: the text summed up, called general, or counted in parts.

- 以上が、〜の概要です sums the text up; 以上が、〜が治る理由です states a reason and stays a claim.
- この冊子に書かれているのは一般的な内容です calls the text general (a disclaimer): 一般的 before a noun is no norm of care,
  while 〜を続けるのが一般的です stays a recommendation.
- この記事は、全部で4つのパートに分かれています counts the text's parts; 前回のブログでは、〜について書きました names
  another text of the series.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "以上が、関節リウマチの治療の概要です。\n",
        "ここまでが、胃カメラ検査のまとめです。\n",
        "このページに書かれているのは一般的な情報です。\n",
        "この記事は、全部で3つのパートに分かれています。\n",
        "前回のコラムでは、痛風の食事について書きました。\n",  # another text of the series: 前回の, コラム
    ],
)
def test_the_text_summed_up_or_counted_is_page_discourse(reasons, text):
    assert reasons(text)[-1][0] == "exempt"


@pytest.mark.parametrize(
    "text, need",
    [
        ("以上が、がんが治る理由です。\n", "claim"),  # a reason stated, not the text's form
        ("血圧の薬は、毎日続けるのが一般的です。\n", "recommendation"),  # 一般的 as the predicate: a norm of care
        ("この薬は、高血圧の治療で最も一般的な薬です。\n", "claim"),  # 一般的 before a noun, about a medicine
        ("前回の検査では、腫瘍が小さくなっていました。\n", "claim"),  # 前回の before no text: a finding
    ],
)
def test_reasons_norms_and_facts_stay_claims(reasons, text, need):
    assert reasons(text)[-1] == ("uncited", need)
