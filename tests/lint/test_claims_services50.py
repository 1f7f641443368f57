"""CIT001, fiftieth session (issue 11): a clinic's own services, and claims dressed as services.

Real patient-information pages describe what a clinic does in the humble or ongoing form, after a frame of the matter
or the department (難聴については、補聴器の斡旋を行っております; 当科では…診察しております): a service, not a medical
claim, as a sentence with no topic (土曜日の診療も行っております) already was. An independent review then wrote 130
claims in the shape of a service (当院では、最も有効な検診を実施しています; 妊婦さんでも飲める頭痛薬を処方しています): 47
passed as services before this session, through routes older than the frame. A service is now exempt only when it is
named plainly: no clause before its noun, no superlative, no group of patients it is for. Sentences written for these
tests.
"""

import pytest

SERVICES = [
    "難聴については、補聴器の調整も行っております。",
    "当科では、皮膚疾患全般を診察しております。",
    "物忘れに関しては、専門の外来で診療しています。",
    "禁煙につきましては、専門外来で相談を行っております。",
]

CLAIMS = [
    "当院では、最も正確な検査である胃カメラを実施しています。",
    "当院では、授乳中でも飲める鎮痛薬を処方しています。",
    "当科では、再発しない手術を行っております。",
    "当院では、高齢の方には肺炎球菌ワクチンの接種を行っております。",
    "花粉症については、唯一の根本治療を行っております。",
    "当院では、安全性の確立された麻酔で手術を実施しています。",
]


@pytest.mark.parametrize("sentence", SERVICES)
def test_a_service_described_needs_no_citation(reasons, sentence):
    assert reasons(sentence + "\n")[0][0] != "uncited", reasons(sentence + "\n")


@pytest.mark.parametrize("sentence", CLAIMS)
def test_a_claim_dressed_as_a_service_needs_one(reasons, sentence):
    assert reasons(sentence + "\n")[0][0] == "uncited", reasons(sentence + "\n")
