"""TRN011, the instruction compared clause by clause (lint/analysis/instruction_polarity.py, twenty-sixth session).

A negation moved from a subordinate clause to the main clause keeps the count of negations, so counting cannot see it;
the instruction's own polarity, on the act the English main clause renders (JMdict glosses), can. The sentences here
were written for these tests.
"""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from lint.analysis.instruction_polarity import (  # noqa: E402
    english_clauses,
    japanese_instructions,
    reversed_instruction,
    reversed_instructions,
)
from lint.analysis.jmdict import gloss_words, is_english_verb  # noqa: E402
from lint.context import Context  # noqa: E402
from lint.parsing.catalog import load_catalog  # noqa: E402
from lint.registry import RULES  # noqa: E402
from lint.runner import load_rules  # noqa: E402

load_rules()

HEADER = (
    'msgid ""\nmsgstr ""\n"Language: en\\n"\n"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n\n'
)


def trn011(tmp_path, source, translation):
    folder = tmp_path / "locale" / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "page.po"
    path.write_text(HEADER + f'msgid "{source}"\nmsgstr "{translation}"\n', encoding="utf-8")
    ctx = Context(root=tmp_path, config={}, profile="default")
    return list(RULES["TRN011"].check(load_catalog(path), ctx) or ())


# the instruction reversed while the count of negations stays the same, or no negation at all on either side
REVERSED = [
    # a negated purpose kept, the main instruction negated
    (
        "滑らないように、階段では手すりを持ってください。",
        "So that you do not slip, do not hold the handrail on the stairs.",
    ),
    # the negation moved from the purpose to the main clause
    ("むせないように、ゆっくり飲み込んでください。", "Do not swallow slowly, so that you avoid choking."),
    # a verb of refraining dropped beside a purpose of prevention
    (
        "感染を防ぐため、傷が治るまでプールは控えてください。",
        "To prevent infection, swim in pools until the wound heals.",
    ),
    ("日焼けを防ぐため、日中の外出は避けましょう。", "To prevent sunburn, go out in the middle of the day."),
    # what follows "instead of" / "rather than" is refused; "keep" + an act in -ing continues it
    ("痛みが強いときは、鎮痛薬を使ってください。", "When the pain is bad, wait it out instead of using a painkiller."),
    ("傷が治るまで、激しいスポーツは控えてください。", "Until the wound heals, keep playing hard sports."),
    # a verb of refraining added
    ("体を冷やさないよう、温かい飲み物を飲みましょう。", "So as not to get chilled, avoid warm drinks."),
    ("回復を早めるため、毎日少しずつ散歩をしてください。", "To speed your recovery, stay away from walks every day."),
    # a chain in て: stop one thing and do another; the English does both
    (
        "息苦しさが出たら、運動を中止して休んでください。",
        "If you feel short of breath, continue the exercise and rest.",
    ),
    # a request in the writer's voice
    ("熱が高いときは、入浴を控えたほうがよいでしょう。", "When you have a high fever, take a bath."),
    # a negated verb of refraining is "without fail"
    ("毎日の体重測定は欠かさずに行ってください。", "You can skip your daily weight checks."),
    # the English says "do not stop" where the Japanese says stop
    ("発熱したら、この薬の服用を中止してください。", "If you get a fever, do not stop taking this medicine."),
]

# faithful: the polarity said with other words, or the negation in another clause, or a restriction
FAITHFUL = [
    ("滑らないように、階段では手すりを持ってください。", "Hold the handrail on the stairs so that you do not slip."),
    ("滑らないように、階段では手すりを持ってください。", "To avoid slipping, hold the handrail on the stairs."),
    (
        "感染を防ぐため、傷が治るまでプールは控えてください。",
        "To prevent infection, avoid swimming pools until the wound heals.",
    ),
    ("感染を防ぐため、傷が治るまでプールは控えてください。", "Do not go into a swimming pool until the wound heals."),
    ("薬を自己判断でやめないでください。", "Do not stop taking your medicine on your own."),
    ("薬を自己判断でやめないでください。", "Keep taking your medicine unless your doctor says otherwise."),
    ("薬を飲み忘れないようにしましょう。", "Remember to take your medicine."),
    ("薬を飲み忘れないようにしましょう。", "Try not to forget to take your medicine."),
    (
        "不安なことがあれば、遠慮なく看護師に相談してください。",
        "If anything worries you, do not hesitate to ask a nurse.",
    ),
    ("傷口を濡らさないでください。", "Keep the wound dry."),
    ("痛むときだけ、この薬を飲んでください。", "Take this medicine only when it hurts."),
    ("お酒は控えめにしましょう。", "Drink less alcohol."),
    ("激しい運動、飲酒、長時間の入浴は避けてください。", "Avoid hard exercise, alcohol and long baths."),
    ("生の魚や、よく焼いていない肉は食べないでください。", "Do not eat raw fish or meat that is not well cooked."),
    ("運動の前後には、水分をしっかりとりましょう。", "Drink plenty of fluids before and after exercise."),
    ("痛みがあるときは、練習をお休みしましょう。", "Take a break from practice when you are in pain."),
    ("転倒に注意してください。", "Be careful not to fall."),
    ("発疹に注意してください。", "Watch for a rash."),
    ("子どもが薬に手を伸ばさないよう、十分ご注意ください。", "Make sure children cannot reach the medicine."),
    ("人混みを避けて、外出時はマスクを着けましょう。", "Avoid crowds, and wear a mask when you go out."),
    ("寝る前はスマートフォンを使わないようにしましょう。", "Put your smartphone away before bed."),
    ("月経中を避けて検査を予約してください。", "Please avoid booking the test during your period."),
    # prevention on both sides; a noun of refraining that names a thing (予防接種, 予防のこつ) refrains from nothing
    ("水ぼうそうを予防しましょう。", "Prevent chickenpox."),
    ("毎年秋に予防接種を受けましょう。", "Get vaccinated every autumn."),
    # a word the sentence also has outside the act does not align it (飲まず、…飲みましょう)
    (
        "薬は一度にまとめて飲まず、時間を空けて飲みましょう。",
        "Leave time between doses, and do not take them all at once.",
    ),
    # a contrast of place or kind renders the negation ("indoors" for 外に…ない); "keep … from …ing" prevents
    (
        "就寝中は、湯たんぽを直接肌に当てないでください。",
        "While you sleep, keep the hot-water bottle from touching your skin.",
    ),
    ("朝から晩まで記録をつけてください。", "Keep a diary from morning until bedtime."),
    ("自己判断で牛乳を避け続けず、医師に相談しましょう。", "Rather than avoiding milk on your own, talk to a doctor."),
    # from the code review (twenty-sixth session): chains, other senses of refraining verbs, means, phrases with "no",
    # contrasts, purposes after ", so", quoted words, removal kept on
    ("めまいがしたら、座って休んでください。", "If you feel dizzy, sit down and rest."),
    ("今日は仕事を休んでください。", "Take the day off work today."),
    ("帽子をかぶって直射日光を避けましょう。", "Wear a hat and stay in the shade."),
    ("息を止めてください。", "Hold your breath."),
    ("受付番号を控えておいてください。", "Write down your reception number."),
    ("感染を防ぎましょう。", "Protect yourself against infection."),
    ("手を洗いましょう。", "Stop germs by washing your hands."),
    ("砂糖の入っていない飲み物を選んでください。", "Choose drinks with no sugar."),
    ("急に立ち上がらないでください。", "Stand up slowly, not suddenly."),
    (
        "胃を荒らさないよう、薬は食後に飲んでください。",
        "Take the medicine after meals, so the medicine does not upset your stomach.",
    ),
    ("マスクを外さないでください。", "Keep wearing your mask."),
    ("傷の痛みは我慢しないでください。", "There is no need to put up with the pain."),
    ("「早くして」と言うのは避けましょう。", "Avoid telling your child to hurry up."),
    ("水分は一度にたくさんとらず、少量ずつ飲みましょう。", "Instead of drinking a lot at once, take small sips."),
    ("転倒予防のこつを家族と一緒に確認しましょう。", "Go over the tips for preventing falls with your family."),
    # a verb of refraining that modifies a noun is not the request's (塩分を控えるコツを読む); before よう it is
    ("塩分を控えるコツを読んでください。", "Read the tips on cutting down on salt."),
    # a verb of refraining after an adverb or a subject and a modal still governs its clause
    ("薬を急にやめないでください。", "Do not suddenly stop the medicine."),
    (
        "手術の後しばらくは、お子さんは自転車を避けましょう。",
        "For a while after surgery, your child should avoid bikes.",
    ),
]


def test_a_verb_of_refraining_before_yo_is_the_request():
    # 残す (leave) refrains from finishing: "try not to drink all" renders it. (The count of negations reports this entry
    # on its own, an English "not" for a source without one: a false alarm of that check, left for its own work.)
    assert (
        reversed_instruction(
            "外食では、麺類のつゆは残すようにしましょう。", "When you eat out, try not to drink all the broth."
        )
        == ""
    )


@pytest.mark.parametrize("source, translation", REVERSED)
def test_a_reversed_instruction_is_reported(tmp_path, source, translation):
    assert "is the instruction reversed?" in reversed_instruction(source, translation)
    # the rule reports the entry once (the count of negations may find it first, in its own words)
    assert [f.rule for f in trn011(tmp_path, source, translation)] == ["TRN011"]


@pytest.mark.parametrize("source, translation", FAITHFUL)
def test_a_faithful_instruction_is_not_reported(tmp_path, source, translation):
    assert reversed_instruction(source, translation) == ""
    assert trn011(tmp_path, source, translation) == []


def test_the_japanese_act_and_polarity():
    (stop,) = japanese_instructions("入浴は控えてください。")
    assert stop.negative and stop.act == {"入浴"}
    (walk,) = japanese_instructions("転ばないように、手すりにつかまって歩いてください。")
    assert not walk.negative and {"つかまる", "歩く", "手すり"} <= walk.act and "転ぶ" not in walk.act
    (care,) = japanese_instructions("傷口をぶつけないよう気をつけてください。")
    assert care.negative and "ぶつける" in care.act
    stop, see = japanese_instructions("発疹が出たら、服用を中止して受診してください。")
    assert stop.negative and stop.act == {"服用"} and not see.negative and see.act == {"受診"}
    # statements, questions and restrictions ask for nothing this check can compare
    assert japanese_instructions("この薬は眠くなることがあります。") == []
    assert japanese_instructions("この薬はいつ飲めばよいですか。") == []
    assert japanese_instructions("1日2錠までにしてください。") == []


def test_the_english_main_clauses():
    (main,) = english_clauses("To prevent falls, do not hold on to the handrail when you walk.")
    assert main.negative and "handrail" in main.act and "fall" not in main.act and "walk" not in main.act
    avoid, wear = english_clauses("Avoid crowds and wear a mask.")
    assert avoid.negative and not wear.negative and "mask" in wear.act
    (listed,) = english_clauses("Avoid untreated water, ice, and fruit you have not peeled.")
    assert listed.negative and "fruit" in listed.act  # the "not" is the fruit's, the clause still refrains
    (kept,) = english_clauses("Do not stop taking it.")
    assert not kept.negative
    # a clause of restriction or a kept state is left out; a colon leaves the sentence unread
    assert english_clauses("Keep the wound dry.") == []
    assert english_clauses("Note: take it with food.") is None


def test_jmdict_is_read_for_glosses_and_verbs():
    assert "walk" in gloss_words("歩く")
    assert {"bath", "bathe"} & gloss_words("入浴")
    assert gloss_words("存在しない語ですよ") == frozenset()
    assert is_english_verb("wear") and not is_english_verb("shellfish")


def test_sentences_are_compared_in_order_when_both_sides_have_as_many():
    source = "食後に飲んでください。車の運転は控えてください。"
    assert reversed_instructions(source, "Take it after meals. Do not drive a car.") == []
    assert [n for n, _ in reversed_instructions(source, "Take it after meals. Drive a car.")] == [2]
    # no alignment, no comparison
    assert reversed_instructions(source, "Take it after meals, and drive a car.") == []


def test_renderings_the_count_reports_on_its_own_are_not_reversals_here():
    # The count of negations reports these entries by itself (an English "not" or a Japanese negation more on one
    # side): false alarms of that check, left for its own work; the instruction comparison must not add to them.
    # A contrast of place renders a negation ("indoors" for 外に…ない).
    assert (
        reversed_instruction(
            "花粉の季節は、布団を外に干さないでください。", "In pollen season, air your futon indoors."
        )
        == ""
    )
    # An English word rendering a word outside the act renders that clause ("treatment" for 治療, not 医療).
    source = "治療について自分だけで判断せず、医療の専門家に相談してください。"
    assert reversed_instruction(source, "Do not make treatment decisions alone; talk to a health professional.") == ""


@pytest.mark.parametrize(
    "source, translation, reported",
    [
        # (twenty-seventh session) no symptoms said as feeling well renders the negation
        ("症状がないときでも、薬を続けてください。", "Keep taking the medicine even when you feel well.", False),
        (
            "症状がなくても、年に一度は検診を受けましょう。",
            "Even if you feel perfectly fine, have a check-up once a year.",
            False,
        ),
        # feeling sick for no symptoms, or the negation dropped with no such rendering, is still reported
        ("症状がないときでも、薬を続けてください。", "Keep taking the medicine even when you feel sick.", True),
        (
            "症状がなくても、年に一度は検診を受けましょう。",
            "Even if you have symptoms, have a check-up once a year.",
            True,
        ),
    ],
)
def test_no_symptoms_rendered_as_feeling_well(tmp_path, source, translation, reported):
    assert bool(trn011(tmp_path, source, translation)) is reported


@pytest.mark.parametrize(
    "source, translation",
    [
        # from the second code review: "feel well" renders another phrase while the English names the symptoms
        (
            "自覚症状がなくても進行するので、気分がよいときも定期的に検査を受けてください。",
            "It progresses when you have symptoms, so have regular tests even when you feel well.",
        ),
        (
            "症状がなくても感染を広げることがあるので、体調がよい日もマスクをしてください。",
            "You can spread the infection when you have symptoms, so wear a mask even on days you feel fine.",
        ),
    ],
)
def test_feeling_well_does_not_hide_symptoms_reversed(tmp_path, source, translation):
    assert trn011(tmp_path, source, translation)


# (forty-sixth session) 抜く after a meal is skipping it: a verb of omission that reverses the request (朝食は抜かないで =
# eat breakfast), while 抜く of anything else (肩の力を抜いて = relax) stays unclear and is not compared
@pytest.mark.parametrize(
    "source, translation",
    [
        ("健診の前日も、夕食は抜かないでください。", "Do not eat dinner on the day before the checkup either."),
        ("食事を抜かないようにしましょう。", "Try not to eat your meals."),
        ("手術の当日は朝食を抜いて来院してください。", "Please have breakfast before you come on the day of surgery."),
    ],
)
def test_a_meal_skipped_or_not_is_compared(tmp_path, source, translation):
    assert "is the instruction reversed?" in reversed_instruction(source, translation)


@pytest.mark.parametrize(
    "source, translation",
    [
        ("健診の前日も、夕食は抜かないでください。", "Do not skip dinner on the day before the checkup either."),
        ("手術の当日は朝食を抜いて来院してください。", "Please skip breakfast on the day of surgery."),
        ("肩の力を抜いてください。", "Relax your shoulders."),
        (
            "昼食は抜かずに、少しでも食べるようにしましょう。",
            "Try to eat at least a little lunch rather than skipping it.",
        ),
        # from a review (reworded): 抜く of a tube or a needle beside a meal, and a negation over a manner clause
        ("食事の間は胃管を抜かないでください。", "Do not pull out the feeding tube while you eat."),
        (
            "夕食のときも点滴の針を抜かないように気をつけてください。",
            "Be careful not to pull out the drip needle at dinner too.",
        ),
        ("昼食を抜いて受診しないでください。", "Do not skip lunch before your appointment."),
    ],
)
def test_a_meal_skipped_or_kept_faithfully_is_not_reported(source, translation):
    assert reversed_instruction(source, translation) == ""
