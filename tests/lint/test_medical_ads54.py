"""MED rules, fifty-fourth session (issue 18): kinds of phrase medical-ads-blind82 showed missing.

- MED009: diseases listed with も…も all kept away (肺炎も脳梗塞も寄せつけない体に); a body or a life that never needs care
  (病気知らず, 医者いらず; not quoted, nor named as another's claim with うたう); aging stopped or time turned back in
  advertising register (老化を止める); the fate of those who did or left something held before the reader (〜た人の末路).
- MED006: an interview or story of someone who took care, with an age between (〜を受けた30代男性の体験談); the writer's
  own looks or body and their change reported (私の髪の変化をレポートします).
- MED007: a treatment's or a look's change compared in photos as catch copy, photos as the way to see a treatment's
  effect, an after photo judged, a before-and-after pair as one word compared with a verdict.
- MED001: an effect said to hold without exception, either way round; an outcome promised on the advertiser's means
  with no word of certainty (当院の施術で妊娠できます, このサプリを飲んでいれば、糖尿病にはなりません); a why question whose
  premise is the advertiser's result (なぜ当院で治療した方は、みんな妊娠できるのでしょうか？), and MED005 the same with
  other clinics compared.
What each must leave alone (from the review of these patterns): things kept away that are no disease, research on
aging, a recording played back, a neutral 結末, an interview of a staff member, a doctor reporting a case, medical
imaging compared, a test's result, 〜も例外ではありません ("X is included too"), a side effect's course in days
(通常は数日で治まります), a hedged outcome, a medical fact with no advertiser or product.

The sentences were written for these tests; none is taken from a corpus or a review's probes.
"""

import pytest

from tests.lint.test_medical_ads import codes_on


@pytest.mark.parametrize(
    "sentence, code",
    [
        ("肺炎も脳梗塞も寄せつけない体をつくる黒酢ドリンク！", "MED009"),
        ("老化を止めるエイジングケア点滴、当院で受けられます！", "MED009"),
        ("運動不足を放っておいた人の末路、知りたくありませんか？", "MED009"),
        ("ボトックス注射を受けた30代男性のインタビューを掲載中です。", "MED006"),
        ("半年続けた私の髪の変化を、包み隠さずレポートします。", "MED006"),
        ("シミ取り3回目の肌の変化を写真で比較！", "MED007"),
        ("写真で見る、二重整形の変化。", "MED007"),
        ("脱毛前後の脚を比べてみれば、違いは歴然です。", "MED007"),
        ("この施術の効果に例外はありません。", "MED001"),
        ("一人の例外もなく効果を実感しています。", "MED001"),
        ("当院の不妊治療で、40代の方も妊娠できます。", "MED001"),
        ("このサプリメントを飲んでいれば、糖尿病にはなりません。", "MED001"),
        ("毎朝この黒酢を一杯。家族みんなが病気知らずです！", "MED009"),
        ("この水素水さえあれば医者いらず。", "MED009"),
        ("なぜ当院で施術を受けた方は、次々と痩せられるのでしょうか？", "MED001"),
        ("どうして当院の矯正は他院より痛みが少ないのか？", "MED005"),
        ("当院のプログラムを続ければ、長年の不眠から解放されます。", "MED001"),
    ],
)
def test_kinds_of_phrase_blind82_showed_are_reported(sentence, code):
    assert code in codes_on(sentence), (sentence, codes_on(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "このカバーはダニもホコリも寄せつけない素材でできています。",
        "細胞の老化を止める仕組みについて、マウスを使った研究が進められています。",
        "記録した映像は、時間を巻き戻して何度でも確認できます。",
        "治療を中断した患者さんの結末は、論文では再入院が多いと報告されています。",
        "看護師として15年勤めた40代女性のインタビューを掲載します。",
        "仕事を続けた30代女性のインタビューを掲載します。",  # a life event, not care taken
        "私の体の変化を主治医に報告しました。",  # reported to a doctor, not shown
        "骨折の治療の変化をレントゲン写真で比較。",  # medical imaging of a treatment's course
        "あなたの風邪は、安静で治ります。",  # the reader addressed is no advertiser
        "私の担当した症例の経過を、学会で報告しました。",
        "骨がつながる変化をレントゲン写真で比較します。",
        "検査の結果が陽性なら、例外なく精密検査をお受けいただきます。",
        "ワクチンの効果は、高齢の方も例外ではありません。",
        "効果には個人差があり、例外もあります。",
        "レーザー治療のあとは赤みが出ることがありますが、通常は数日で治まります。",
        "当院の漢方外来では、冷え性が改善することがあります。",
        "手術で治ることの多い病気です。",
        "禁煙すれば、肺がんになる危険は下がります。",
        "アロエは昔から「医者いらず」と呼ばれてきましたが、効果の根拠は十分ではありません。",
        "病気知らずの体をうたう健康食品には注意しましょう。",
        "なぜ当院は完全予約制なのでしょうか？",  # a why about the service names no outcome
        "なぜ薬を飲むと血圧が下がるのでしょうか？",  # a medical explanation, no advertiser
    ],
)
def test_what_the_new_patterns_leave_alone(sentence):
    assert not codes_on(sentence), (sentence, codes_on(sentence))
