"""MED003 and MED006, forty-fifth session (issue 18): an authority's approval qualifying what is sold, and the voice
of someone who had the care.

MED003: a doctor, a society, a public body, a hospital or someone famous who recommends, uses, chose, proved,
developed or supervised, in a clause that qualifies a product or a provider (学会が推奨するクリニック, 医療機関で採用
されているサプリ, 選手もかかりつけにしている整骨院). The head decides: the same clause on a treatment, an act, a medicine or
a target value is guidance a page cites, and a product conceded in a warning is no lure.

MED006: a person named by the care they had or the product they used (手術を受けたKさん, 使った人のほとんど), then what
they say, quoted or reported, or their delight at the result. Patients describing a symptom, a study's finding, and
some of those treated telling of a side effect are not.

An independent review (80 honest sentences written to tempt these patterns, 60 advertising ones) found no honest
sentence flagged by the new patterns; its advertising sentences missed by the first version (ads 43 of 60 flagged)
led to the passive agent, the quotation before the speaker and the verbs of delight (53 of 60).

The sentences were written for these tests; none is taken from a corpus.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "日本皮膚科学会が推奨するシミ取りクリニックです。",
        "国立の研究機関が効き目を証明した黒酢サプリです。",
        "人気女優もかかりつけにしている整体院です。",
        "全国の大学病院でも使われているサプリメントです。",
        "多くの歯科医師に選ばれているクリームです。",
        "有名モデルが愛用しているスムージーです。",
        "大学と共同開発した乳酸菌サプリです。",
        "公的な研究機関の試験で実証された青汁です。",
    ],
)
def test_an_authority_qualifying_what_is_sold(sentence):
    assert "MED003" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "日本糖尿病学会が推奨する目標値は、人によって異なります。",
        "主治医が推奨する治療を続けてください。",
        "学会が認定した施設で手術を受けることができます。",
        "病院で使われている薬と同じ成分でも、市販薬は量が少ないことがあります。",
        "有名人が使っている化粧品でも、肌に合わない場合は使用を中止してください。",
        # (from a code review of the first version)
        "医師と相談して使うサプリメントを決めましょう。",
        "主治医が勧めるサプリメントを使いましょう。",
    ],
)
def test_guidance_credentials_and_warnings_are_not_endorsements(sentence):
    assert "MED003" not in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "実際に施術を受けたBさんは「もうメガネは要りません」と話しています。",
        "インプラントを入れたお客さま「なんでも噛めるのがうれしい！」",
        "このサプリを飲んだ人の多くが、朝の目覚めが違うと言っています。",
        "「もっと早く来ればよかった」と、脱毛を受けたYさんは笑顔で語ります。",
        "ハイフを受けたモデルさんが、翌日のフェイスラインに驚いていました。",
        "治療を終えた中学生のSくんは、「走っても息が切れない」とコメントしています。",
    ],
)
def test_the_voice_of_someone_who_had_the_care(sentence):
    assert "MED006" in codes_on(sentence), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "患者さんは、この痛みを「胸が締めつけられるよう」と話します。",
        "手術を受けた人の約半数が、術後に痛みを感じたと報告しています。",
        "治療を受けた方は、翌日から仕事に戻れると医師は話しています。",
        "治療を受けた方から「説明がわかりやすかった」との声をいただきました。",
        # (from a code review of the first version) requests to the one treated
        "手術を受けた方は、看護師に「痛い」と言ってください。",
        "「胸が苦しい」と感じたら、治療を受けた方はすぐに連絡してください。",
    ],
)
def test_symptoms_findings_and_the_service_are_no_testimony(sentence):
    assert "MED006" not in codes_on(sentence), sentence
