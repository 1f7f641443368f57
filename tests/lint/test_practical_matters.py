"""CIT001's practical exemption (issue 11, first round on real pages): an instruction or a statement about the
visit itself (belongings, bookings, forms, clothes, fees, waiting, visiting) whose words carry no medical content
(lint/analysis/medical.py with occasions and service arrangements) needs no source; what must stay decisive
stays a claim: a preparation that acts on the body, its intake or a medicine, a prohibition, advice, care-seeking,
a regimen, a proportion. The sentences were written for these tests (none is taken from a corpus or a web page).
"""

import re
from pathlib import Path

import pytest

from lint.analysis import claims
from lint.analysis.grammar import read
from lint.analysis.medical import medical_words
from lint.registry import lookup

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize(
    "text",
    [
        # belongings, clothes, make-up, the toilet before a procedure: instructions of no medical content
        "現金やアクセサリーなどの貴重品は、病室に持ち込まないでください。\n",
        "タオルと着替えを二組ほどご準備ください。\n",
        "検査前に、ネックレスや時計は外しておいてください。\n",
        "MRIの撮影が始まる前に、お手洗いを済ませておいてください。\n",
        "マニキュアは、来院前に落としてきてください。\n",
        # a cap is the service's number
        "面会の際は、お花は3本までにしてください。\n",
        # the institution's side: the humble register, 〜していただきます, a topic of administration, a rule
        "手術の当日は、病衣に着替えていただきます。\n",
        "お見舞いの方の付き添いは2名までとさせていただきます。\n",
        "ペットを連れてのご来院はできません。\n",
        # the institution's arrangement that may apply is its practice, not a tendency
        "混み合う時間帯は、受付でしばらくお待ちいただく場合があります。\n",
    ],
)
def test_practical_matters_need_no_source(reasons, text):
    assert reasons(text) == [("exempt", "practical")]


@pytest.mark.parametrize(
    "text",
    [
        # practical matters another reason already exempts: the new test leaves them as they were
        "予約を取り消すときは、3日前までに窓口へお電話ください。\n",  # referral
        "駐車料金は最初の1時間が200円です。\n",  # administrative: a fee
        "レンタル品のお申し込みは、入院の3日前までにお済ませください。\n",  # referral: a procedure
        "検査着は、更衣室のロッカーにご用意しております。\n",  # page-discourse (用意 as the writer's act)
    ],
)
def test_practical_matters_already_exempt_stay_exempt(reasons, text):
    checks = reasons(text)
    assert checks and all(status == "exempt" for status, _ in checks), checks


@pytest.mark.parametrize(
    "text",
    [
        # a preparation that acts on the intake or a medicine stays a claim: where preparation stops being practical
        "検査の前日は、夜8時以降は何も食べないでください。\n",
        "内視鏡の当日は、朝食をとらずにお越しください。\n",
        "血圧の薬は、手術の朝もいつもどおり飲んでください。\n",
        # after care the reader's acts are care, not an occasion's arrangement; bathing and driving are what the
        # body's state may forbid, on the day of a procedure too
        "検査後は、車や自転車を運転しないでください。\n",
        "手術の当日は、入浴できません。\n",
        # a prohibition, advice, a suggestion, a regimen: decisive whatever the words
        "治療の間は、長風呂をさけてください。\n",
        "寝室は静かで暗くしておくことが大切です。\n",
        "寝る前に照明を少し落としてみてはいかがでしょうか。\n",
        "まくらカバーは毎日取り替えてください。\n",
        "暑い日は、風通しのよい部屋でお過ごしください。\n",
        # a request with no head of the visit's logistics and no occasion leaves its purpose unsaid: maybe care
        "暑い日は、エアコンを使って部屋を涼しく保ってください。\n",
        "階段では、手すりにつかまってゆっくり降りてください。\n",
        "コーヒーは2杯までにしてください。\n",
        # hygiene and the room's climate are kept for health, even with the purpose left unsaid
        "人の多い場所では、マスクを着けてください。\n",
        "ストーブを使うときは、1時間に1回は換気してください。\n",
        # a volitional is the voice of health education, its purpose left unsaid
        "まずは、靴の中敷きを替えてみましょう。\n",
        # a proportion, and a regimen of a service whose name holds a word of health
        "この地域では、三人に一人が週末に外来を利用しています。\n",
        "減量教室は全6回で、3か月かけて行います。\n",
        # a tendency of the world stays a claim, whatever its words
        "雨の日は、待合室が混み合うことがあります。\n",
    ],
)
def test_what_must_stay_decisive_stays_a_claim(reasons, text):
    checks = reasons(text)
    assert checks and all(status == "uncited" for status, _ in checks), checks


@pytest.mark.parametrize(
    "text, words",
    [
        # a procedure before an occasion noun or an arrangement only names the occasion
        ("検査前に着替えてください", []),
        ("手術の前日は入浴してください", ["入浴"]),  # bathing is itself of health
        ("手術の前日は着替えをご用意ください", []),
        ("接種料金は窓口でお支払いください", []),
        # after care, a sign's time, a bodily process: of health
        ("手術後は安静にしてください", ["手術後"]),  # 安静 is read as a way of living (lifestyle_verbs)
        ("発作中は近くにいてください", ["発作中"]),
        ("睡眠の時間を記録してください", ["睡眠"]),
    ],
)
def test_occasions_of_a_procedure_are_not_words_of_health(words, text):
    from lint.analysis.claims import SERVICE_ARRANGEMENTS

    assert medical_words(read(text).tokens, service_heads=SERVICE_ARRANGEMENTS) == words


def test_explain_describes_the_practical_reason():
    explanation = lookup("CIT001").explanation
    assert "- practical:" in explanation
    assert "where preparation stops being medical" in explanation.lower().replace("\n      ", " ")


@pytest.mark.parametrize(
    "text, exempt",
    [
        # the institution starting a service at a date: the procedure is the service offered
        ("肺炎球菌ワクチンの接種を、11月5日から開始します。\n", True),
        ("乳がん検診の受付は、4月1日から開始します。\n", True),
        # starting the reader's care stays a claim (no date of the institution's calendar, or an effect)
        ("診断がついたら、できるだけ早く抗凝固療法を開始します。\n", False),
        ("再発を防ぐため、4月1日から予防の点滴を開始します。\n", False),
    ],
)
def test_a_service_started_at_a_date(reasons, text, exempt):
    checks = reasons(text)
    assert checks and all(status == "exempt" for status, _ in checks) is exempt, checks


def test_statistics_count_the_practical_reason(tmp_path, monkeypatch):
    from tests.lint.test_cli import BIB, CONFIG, lint

    page = tmp_path / "visit.md"
    page.write_text(
        "# 入院のご案内\n\n現金やアクセサリーなどの貴重品は、病室に持ち込まないでください。\n\n"
        "タオルと着替えを二組ほどご準備ください。\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    code, out, _ = lint("--config", CONFIG, "--bib", BIB, "--statistics", str(page))
    assert re.search(r"^\s+2\s+practical$", out, re.M), out


@pytest.mark.parametrize(
    "text, seeks_care",
    [
        # a request addressed to the people a sign has come to is care-seeking, as 〜が出たら is
        ("帰宅してから息苦しさが強くなった方は、夜間でも当院へご連絡ください。\n", True),
        ("激しい頭痛や吐き気などの症状がみられる方は、早めにご来院ください。\n", True),
        # the object of a withheld act put as a topic, itself of health (昼食は取らずに)
        ("昼食は取らずにお越しください。\n", True),
        # people described, not a sign appearing; a worry is a question for the care team
        ("持病のある方は、受付でお申し出ください。\n", False),
        ("飲み合わせが気になる方は、薬剤師にご相談ください。\n", False),
        ("傘は取らずにお進みください。\n", False),
    ],
)
def test_a_sign_in_whom_a_request_addresses_seeks_care(text, seeks_care):
    reading = read(text.strip())
    assert claims._care_seeking(text.strip(), reading) is seeks_care


def test_only_a_verb_of_starting_may_be_the_institutions_own_act():
    """A recommendation word as the head of a statement is the institution's act only for starting or stopping a
    service (ネット予約の受付は2027年1月15日から開始します); 〜を推奨しています recommends, whoever says it."""
    for text, practical in (
        ("ネット予約の受付は2027年1月15日から開始します", True),
        ("日本循環器学会は、この方法を推奨しています", False),
    ):
        reading = read(text)
        need, trigger = claims._need(
            text, claims.table(claims.WORDS, claims.CLAIM_WORDS, "recommendation_words"), [], reading
        )
        assert need == "recommendation"
        assert claims._practical(reading, text, need, trigger, []) is practical


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # (sixth session, claims-blind26) a period to the end of a month (末, 末日, 初旬) is only dates
        ("大腸がん検診の申込期間は、令和8年5月1日から同年7月末日までです。\n", "date"),
        # a form's line of several fields, and a short note on filling it in
        ("初診日：　　年　　月　　日　／　次回受診日：　　年　　月　　日\n", "date"),
        ("前回の検査日：　　年　　月　　日（ご自分でご記入ください）\n", "date"),
        # the page made or revised as the object of the verb
        ("心臓リハビリ外来の開設にあわせ、このページを新たに設けました。\n", "page-discourse"),
        # the days on which a test can be had
        ("肺機能検査は、毎週木曜日の午前に受けられます。\n", "contact"),
        # (claims-blind27) the text's own history (初出), a rule of the service that changed (予約制になりました)
        ("2026年10月から、睡眠外来の初診は予約制になりました。\n", "administrative"),
        # (a second review) a reason of no health, an audience; a time with も is the schedule's
        ("手術を受ける方のために、このページを改訂しました。\n", "page-discourse"),
        ("ガイドラインが改訂されたため、このページを更新しました。\n", "page-discourse"),
        ("この検診は、毎週火曜日の午後にも受けられます。\n", "contact"),
    ],
)
def test_forms_periods_pages_and_days_need_no_source(reasons, text, reason):
    assert reasons(text) == [("exempt", reason)]


@pytest.mark.parametrize(
    "text",
    [
        # ... while a season of a disease, a stated day with a field blank, an eligibility stay claims
        "インフルエンザの流行期は、12月から2月末までです。\n",
        "初診日：　　年　　月　　日　／　手術日：2026年5月12日、術後3日で退院します。\n",
        "この検査は、妊娠中でも受けられます。\n",
        "このページの治療法で、九割の方が改善します。\n",
        # (from the review) a reason for revising the page states a finding; a weekday does not make whom a
        # test suits a schedule
        "認知症は早期に治療すれば進行を止められることが分かったため、このページを更新しました。\n",
        "最新の研究で、この薬が進行を遅らせることが示されたことを受け、本ページを改訂しました。\n",
        "この検査は、妊娠中の方でも毎週火曜日に受けられます。\n",
        "この治療は体への負担が少ないので、毎週月曜日の外来で受けられます。\n",
        "この検査は、妊娠中の方は毎週火曜日に受けられます。\n",
        "この検査は放射線を使わないため毎週火曜日に受けられます。\n",
        # (a fact-check of the session) a manner withheld says whom it suits; 初出 is no word of the text's
        # history beside a claim
        "胃カメラは麻酔を使わずに、毎週火曜日の午前に受けられます。\n",
        "2024年5月初出の記事で紹介したとおり、この薬は進行を遅らせます。\n",
        "ワクチンで子宮頸がんはほぼ防げるので、このチラシを作りました。\n",
        "認知症は早期に治療すれば進行を止められることが分かり、このページを更新しました。\n",
        "2019年に執筆者が行った調査で、睡眠不足の人はうつ病になりやすいと分かりました。\n",
        "2020年に公開された研究で、運動で認知症の発症が減ることが分かりました。\n",
        "The pain usually drops to Level 2, even without medicine.\n",
    ],
)
def test_what_only_looks_like_a_form_or_a_schedule_stays_a_claim(reasons, text):
    assert any(status != "exempt" for status, _ in reasons(text)), reasons(text)


@pytest.mark.parametrize(
    "markdown",
    [
        # (sixth session, claims-blind27) a caption, cell or title that states something is a sentence: a reason
        # clause (〜ため、), a subject with も, a topic or subject with the copula left out
        "```{figure} a.png\n\n炎症の部分だけを取り除くため、関節の動きを保てる\n```\n",
        "| 知っておきたいこと | 関連 |\n|---|---|\n| 子どもでも起こる痛風もある | {ref}`x` |\n",
        "```{figure} a.png\n\n生の貝を食べることが、主な感染の原因\n```\n",
        "| 説明 | 詳しく |\n|---|---|\n| 耳鳴りの多くは、加齢による聴力の変化 | {ref}`x` |\n",
    ],
)
def test_a_label_that_states_something_is_a_claim(reasons, markdown):
    assert ("uncited", "claim") in [(status, reason or "claim") for status, reason in reasons(markdown)], reasons(
        markdown
    )


@pytest.mark.parametrize(
    "markdown",
    [
        # ... while titles in the plain form, with a noun at the end or an action alone, stay labels
        "## 薬を正しく使う\n",
        "## 子どもも大人も楽しめる体操\n",
        "## 治療に関する説明\n",
        "## 妊娠中も使える薬\n",
        # (a second review) も on an instruction's object; a topic of what to bring
        "## 薬の飲み方も確認する\n",
        "## 家族も一緒に確認する\n",
    ],
)
def test_titles_that_name_a_subject_stay_labels(reasons, markdown):
    assert all(status == "exempt" for status, _ in reasons(markdown)), reasons(markdown)
