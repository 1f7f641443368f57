"""MED, forty-third session (issue 18): sentences of patient information that the first version of this session's
mechanisms flagged, from the independent review of that version (written by the reviewer, not by the mechanisms'
author, and not taken from a corpus).

The review found the causes, not only the sentences: four alternatives written as phrases again (the grouping slip of
66bc2c2), slots that took any noun (a survey's report, a disease famous among doctors), proximity with no agent (an
athlete's injury, an official's campaign), goods that were prescribed devices, deadlines and toxins of public health,
purposes read as dares (採血されてもいいように), a reader's rejection read into signs of illness, safety said of a visit
or a room, stepped care read as a rival's failure, a partner institution's size, and a doctor's advice or a patient's
complaint signed after a dash. Each sentence below is one of those kinds; none is flagged now.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence",
    [
        "アスリートに多い疲労骨折は、早めに通院して治療することが大切です。",
        "厚生労働大臣も、ワクチン接種を受けるよう国民に呼びかけました。",
        "新型コロナワクチンは、総理大臣も接種を受けました。",
        "小児科医の9割が、子どもの事故予防に関心があると回答した報告があります。",
        "看護師の7割が「人手が足りない」と答えた病院もあります。",
        "医師の間で有名な格言に、「病気を診ずして病人を診よ」という言葉があります。",
        "日本の医師が開発し、世界中で推奨されている検査法です。",
        "当院、県知事賞受賞のお知らせ。",
        "がんの告知を受ける覚悟ができていない方も、ご家族と一緒に説明を聞くことができます。",
        "検査で採血されてもいいように、袖のゆるい服でお越しください。",
        "子どもの訴えが相手にされないまま、受診が遅れることがあります。",
        "認知症の方に誰も話しかけないと、症状が進むことがあります。",
        "今年度は、公費でHPVワクチンを受けられる最後の機会です。",
        "大雪が刻一刻と迫っていますので、透析の予定は早めにご確認ください。",
        "喫煙を続けると、肺に有害物質がたまり、COPDの原因になります。",
        "いわゆる「宿便」がたまるという考えは、医学的には根拠がありません。",
        "まだ症状が軽いので様子を見るつもりです、という方も、一度ご相談ください。",
        "このまま経過を見るつもりですが、よろしいでしょうか、というご相談も多くいただきます。",
        "この体圧分散マットは、床ずれの痛みを和らげます。",
        "赤ちゃん連れでも安心してご来院ください。授乳室があります。",
        "高齢の方も、安心して住み慣れた地域で暮らせるよう、訪問診療を行っています。",
        "お年寄りでも安全に歩けるよう、院内の段差をなくしています。",
        "保湿剤で良くならない湿疹には、当院ではステロイドの塗り薬を使うことがあります。",
        "吸入薬で改善しないぜんそくには、当院では注射の薬を検討します。",
        "当院は、県内で最大の災害拠点病院と連携しています。",
        "「薬を飲んでも眠れない」――不眠に悩む60代の患者さん。",
        "「薬が効かなくて困っている」というお手紙を頂戴しました。次回の診察で詳しくお話を伺います。",
        "「熱は下がった」と保護者の方が言っても、ぐったりしている場合は受診が必要です。",
    ],
)
def test_patient_information_the_first_version_flagged(sentence):
    assert codes_on(sentence) == [], sentence
