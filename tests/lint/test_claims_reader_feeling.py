"""CIT001, thirty-second session: the writer's empathy read once for all its forms (_reader_feeling).

A stance of empathy (よね, 〜と思います, 〜かもしれません, 〜のは当然です, 〜必要はありません, 〜方もいらっしゃいます)
over a feeling of the reader's (an emotion of any kind, a thing hard to tell, courage needed) is no claim, whatever sign or
procedure the feeling answers. The claims that wear the same shape stay claims: a feeling that is itself a sign, a sign
the feeling bears on, care before it, a disease or a time of the body as its setting, a cause, a reason, a clause set
against it, a tendency, a number.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        # a reaction to a sign, a diagnosis or a procedure: the circumstance of the feeling
        "急に胸がどきどきして、びっくりされた方も多いと思います。\n",
        "結果を聞いたあと、頭の中が混乱してしまうのは当然のことです。\n",
        "MRIの検査と聞くと、少し身構えてしまう方もいらっしゃるかもしれません。\n",
        # hard to tell, courage needed, a thing disliked
        "おしっこの悩みは、家族にもなかなか打ち明けにくいものですよね。\n",
        "初めて婦人科を受診するのは、勇気がいることだと思います。\n",
        "注射が苦手で、毎回緊張してしまう方もいらっしゃいますよね。\n",
        # a feeling that comes at times, a feeling said to be needless, an attitude felt
        "子育てと仕事の両立に、焦りを感じることもあるでしょう。\n",
        "通院が続けられなかったことを、後ろめたく思う必要はありません。\n",
        "車いすを使うことに抵抗を感じるのは、無理もないことです。\n",
        # the potential of a verb of telling, denied (IPADIC gives it as a verb of its own)
        "待合室が混んでいると、聞きたいことも言い出せないことがありますよね。\n",
    ],
)
def test_the_readers_feeling_under_empathy_is_no_claim(reasons, text):
    assert reasons(text)[-1] == ("exempt", "greeting")


@pytest.mark.parametrize(
    "text",
    [
        # what is felt is a sign; care taken before the feeling; a sign the feeling bears on
        "この薬を飲み始めると、眠気を感じる方も多いと思います。\n",
        "痛み止めを飲むと、気持ちまで楽になりますよね。\n",
        "めまいで困っている方も多いでしょう。\n",
        # a disease or a time of the body as the setting: the feelings are its signs
        "双極性障害では、気分の落ち込みを感じることが多いと思います。\n",
        "産後は、理由もなく悲しくなる方も多いと思います。\n",
        # a cause, a reason, a clause set against the feeling, a tendency, a number, a disease in the worry quoted
        "ホルモンの変化が原因となる悩みですよね。\n",
        "薬の効き目は数日で出ますので、心配しなくて大丈夫ですよ。\n",
        "閉経後に増える病気ですが、受診をためらう方も少なくありません。\n",
        "認知症が進むと、不安を感じやすくなりますよね。\n",
        "十人に一人がかかるといわれ、不安に感じる方も多いと思います。\n",
        "わきの下にしこりがあり、「乳がんかも」と怖くなる方もいらっしゃいます。\n",
    ],
)
def test_a_claim_in_the_shape_of_empathy_stays_a_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited"


@pytest.mark.parametrize(
    "text",
    [
        # (from the review) the classes of claims a reviewer wrote in empathy's shape, in other words than the review's:
        # a symptom told as the backdrop of a feeling; a safety claim as a needless worry; a side effect told as what the
        # reader reacts to; a condition's prevalence as normalcy; a prognosis as a reason not to worry; a cause named
        "閉経のころになると、急に顔がほてって戸惑いますよね。\n",
        "赤ちゃんの便が緑色になっても、慌てる必要はありませんよ。\n",
        "ステロイドの塗り薬は、心配する必要のないお薬ですよ。\n",
        "抗生物質を飲み始めて、お腹がゆるくなって困る方もいらっしゃいます。\n",
        "口内炎は誰にでもできるもので、恥ずかしいことではありませんよ。\n",
        "寝違えは数日で自然に治まっていくもので、焦る必要はありませんよ。\n",
        "肩こりがつらいのは、姿勢のせいかもしれませんね。\n",
        "甲状腺の病気のあと、気分が沈むのは自然なことです。\n",
    ],
)
def test_claims_in_empathys_shape_from_the_review_stay_claims(reasons, text):
    assert reasons(text)[-1][0] == "uncited"


@pytest.mark.parametrize(
    "text",
    [
        # the circumstances the same reading still leaves to empathy: a sign the reader meets as a condition, a sign that
        # is the cause of a feeling, a word only named, a medicine as the reader's task, a body word in an idiom
        "お子さんが夜中に吐いてしまうと、慌ててしまいますよね。\n",
        "腰の痛みでつらい毎日を送っていらっしゃることと思います。\n",
        "「認知症」という言葉を耳にすると、不安になる方もいらっしゃるでしょう。\n",
        "毎日の目薬の管理は、大変ですよね。\n",
    ],
)
def test_circumstances_of_empathy_stay_empathy(reasons, text):
    assert reasons(text)[-1] == ("exempt", "greeting")
