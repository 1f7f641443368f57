"""CIT001, twenty-eighth session: a bracketed aside leaves the grammar as it was, "below" before a number is a
preposition, North American telephone numbers, courtesies and empathy in English, the text's sections named by
title, fees of care services, and reasons of health that a statement of a list or an offer rests on.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bracketed aside leaves the clause as it was:
        # an aside after the noun (予約制) or closing the sentence (3割負担の場合) is a sentence of its own
        ("糖尿病の方は、管理栄養士による食事相談（予約制）をご利用ください。\n", ("exempt", "referral")),
        ("白内障手術の費用は、片目で約45,000円です（3割負担の場合）。\n", ("exempt", "administrative")),
        # the aside is still read as a sentence: a claim in it is flagged
        ("食事相談をご利用ください（食事療法でHbA1cが1%下がります）。\n", ("uncited", "number")),
        # below before a number is a preposition not the page:
        ("Most people aim to keep their blood pressure below 130/80 mmHg.\n", ("uncited", "number")),
        ("Try to keep your LDL cholesterol below about 100 so that plaques stop growing.\n", ("uncited", "number")),
        ("The main warning signs are listed below.\n", ("exempt", "page-discourse")),
        ("Below are the questions people ask most often.\n", ("exempt", "page-discourse")),
        # a north american telephone number is a contact:
        ("For appointments, call the Sleep Clinic at (555) 014-2299.\n", ("exempt", "contact")),
        ("To reschedule, phone 555-018-4410 on weekdays.\n", ("exempt", "contact")),
        ("Our nurse line is 1-800-555-0142.\n", ("exempt", "contact")),
        # english courtesies and empathy are greetings:
        ("Take care and stay well.\n", "exempt"),
        ("Have a safe holiday, and take care!\n", "exempt"),
        ("We know that waiting for a kidney stone to pass can be exhausting.\n", "exempt"),  # seven words between
        ("Looking after a parent at home is hard work, and you are not alone.\n", "exempt"),
        ("Learning about a new diagnosis can be overwhelming, but you are not alone.\n", "exempt"),
        ("We know that waiting weeks for the results of a biopsy can be worrying.\n", "exempt"),
        # a manner of care, a sign or an effect keeps the sentence a claim
        ("Stay safe in hot weather by drinking water every hour.\n", "uncited"),
        ("Migraine attacks can be very painful, and you are not alone.\n", "uncited"),
        # a wish for a season is a courtesy:
        ("今年の冬も、どうぞお元気にお過ごしください。\n", "exempt"),
        ("よい年末年始をお過ごしください。\n", "exempt"),
        ("冬は暖かい部屋でお過ごしください。\n", "uncited"),  # a place of care
        # sections named by title and notes added are the page:
        ("薬の飲み合わせについては、後半の「お薬の注意点」の節にまとめました。\n", ("exempt", "page-discourse")),
        ("運動の注意点は、後半の「毎日の過ごし方」の節にまとめました。\n", ("exempt", "page-discourse")),
        ("薬の選び方は、「治療の流れ」の節にまとめました。\n", ("exempt", "page-discourse")),
        ("前の章で取り上げた検査について、ここで少し補足します。\n", ("exempt", "page-discourse")),
        # fees insurance and forms are administration:
        ("訪問リハビリの利用料金は、介護保険の負担割合によって異なります。\n", "exempt"),
        ("学校に出す学校生活管理指導表が必要な方は、受付でお申し出ください。\n", "exempt"),
        ("学校に出す管理指導表が必要な場合は、診察の際にお申し出ください。\n", "exempt"),  # a form a condition needs
        ("血糖値の目標値の早見表は、年齢によって変わります。\n", "uncited"),  # 表 as a topic names no fee
        ("看護の質は、夜間の人員配置によって異なります。\n", "uncited"),  # a word of care as the topic itself
        # claims behind an offer or a list of acts stay claims:
        # a reason of health before an offer states it
        ("水虫は家族にうつることがあるため、バスマットは別々にご利用いただけます。\n", "uncited"),
        # the subjects of acts listed with 〜たり are what the statement says happens, not a topic of a rule
        ("このため、話し始めるまでに時間がかかったり、声が小さくなったりします。\n", "uncited"),
        # offers for whom and schedules listed stay practical:
        # (from the review) a purpose or a beneficiary (〜のため) and the staff's own procedure state no fact
        ("発熱のある方は感染予防のため、別の入口をご利用いただけます。\n", "exempt"),
        ("足の不自由な方のため、車いすをご利用いただけます。\n", "exempt"),
        ("検査で鎮静剤を使うため、当日は送迎サービスをご利用いただけます。\n", "exempt"),
        # a topic with は (or では) before a たり list is the practical matter the list describes
        ("面会時間は、曜日によって早まったり、遅くなったりします。\n", "exempt"),
        ("受付では、保険証を確認したり、問診票をお渡ししたりします。\n", "exempt"),
        # a label given a price is a fee:
        # a label and its price: the colon stands for は…です
        ("再診料：1,500円\n", ("exempt", "administrative")),
        ("インフルエンザ予防接種の費用（自己負担）：約3千円\n", ("exempt", "administrative")),
        # a health figure after a label stays one
        ("再発率：約2割\n", ("uncited", "number")),
        # a heading that says how often states it:
        # a clause made a noun and its share in a heading: 〜です left out
        ("## 出産後は腰の痛みが軽くなることがほとんど\n", "uncited"),  # a label at the start of the session
        ("## 軽い捻挫なら数日で腫れが引くことがほとんど\n", "uncited"),
        ("## 子どものいびきは成長とともに消えるのが大半\n", "uncited"),
        # a noun phrase naming what people ask stays a label
        ("## 初めて受診する方がよくたずねること\n", "exempt"),
        # from the second review: a purpose is no reason; a price label holding an effect of its own states it; another
        # document's titled section is not the page; a schedule's own changes listed with たり stay practical
        ("血圧を測るため、受付横の自動血圧計をご利用いただけます。\n", "exempt"),
        ("インフルエンザは人にうつりやすいので、別の待合室をご利用いただけます。\n", "uncited"),
        ("再発を防ぐ効果が確かめられた薬の費用：約3,000円\n", "uncited"),
        ("添付文書の「重大な副作用」の項に、まれに肝障害が起こると書かれています。\n", "uncited"),
        ("季節によって、面会の時間が短くなったり、面会できる人数が減ったりします。\n", "exempt"),
        ("Keep your blood sugar below eleven on most days.\n", ("uncited", "number")),
    ],
)
def test_twenty_eighth_session_sentences(reasons, text, expected):
    """``expected`` is the status (exempt, uncited), or the status and its reason."""
    status = reasons(text)[-1]
    assert (status if isinstance(expected, tuple) else status[0]) == expected
