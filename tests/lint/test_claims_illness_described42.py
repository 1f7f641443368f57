"""CIT001, forty-second session: a label whose relative clause says a consequence, a trend or a tendency of an illness.

命にかかわる不整脈, 近年増えている大腸がん and 家族の間でうつりやすい水ぼうそう state what the illness does, how often
or how it goes, with the copula left out: claims, as _curable_illness reads 治せる高血圧. Most labels' relative clauses
only pick a kind out (胃カメラで見つかる病気, 治療に使う薬, 手術を受ける方へ) and stay labels: the predicates are a closed
class (consequence, trend, tendency), and the head must be an illness, not a place, a medicine or a test (床ずれが
できやすい場所). A first version that read every relative clause before a word of health flagged 126 honest labels.

A review of the first version (126 lines written for it) found about forty honest labels flagged: a clause of relation
(心臓にかかわる病気), the site's or the clinic's own count (ご質問の多い病気, 当医院で多い病気), heads that only contain a
kanji of illness (病名, 病室, 病院) and stages (進行した大腸がん). かかわる and つながる now need an outcome (命, 失明) as
their complement, the site's count and the clinic's caseload name a kind, and the head must be an illness.

The sentences were written for these tests or by that review; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "## 放置すると命にかかわる大動脈瘤\n",
        "## この10年で増えている甲状腺がん\n",
        "## 保育園でうつりやすい手足口病\n",
        "```{figure} img.png\n\n冬に多い心筋梗塞\n```\n",
        "## 失明につながる緑内障\n",
        "## 高齢者に多い結核\n",
    ],
)
def test_an_illness_described_by_its_clause_is_a_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited", (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "## 大腸カメラで見つかる病気\n",
        "## 治療に使う薬\n",
        "## 床ずれができやすい場所\n",
        "## 手術を受ける方へ\n",
        "## 心臓の病気\n",
        # from the review of the first version
        "## 心臓にかかわる病気\n",
        "## ご質問の多い病気\n",
        "## 当医院で多い病気\n",
        "## 読み間違えやすい病名\n",
        "## 過ごしやすい病室\n",
        "## 進行した大腸がん\n",
    ],
)
def test_a_label_that_picks_a_kind_out_stays_a_label(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))
