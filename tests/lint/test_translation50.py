"""Translation checks, fiftieth session (issue 12): correct translations that fresh corpora had reported, by mechanism.

Each mechanism is tested both ways, the defects including those two independent reviews wrote against the first
versions: the correct rendering passes, and the defect it could hide is still reported.
- TRN008: a glossary term ending a Japanese compound (肝|脾腫) rendered as one English word that ends with the term's
  rendering after a combining form of the compound's other part (hepato|splenomegaly); four fresh corpora had it
  reported.
- TRN014: "give her her medicine": the person, then the possessive and its noun, after an active verb of giving.
- TRN011: "No, no," renders the source's interjection of denial (いえいえ); fasting (絶飲食, 絶食) is a kind of lexical
  negation ("go without food and drink", "Fast"); "unavoidable" and "inevitable" are negations (避けられない, from an
  audit). (A negated verb whose JMdict sense is a prefixed negative, 焦る = "impatient", read as rendered by its base
  word, "Be patient", was withdrawn after the final review: 出ません → "is covered" passed, "covered" being the base of
  a gloss "discovered".)
- TRN013: a date's strftime spec ({date:%Y-%m-%d}) is a valid spec for a date, which the translator may localise
  ({date:%B %d, %Y}); a placeholder with a spec or a conversion is compared like any other, and so is one named in
  Japanese ({病院名}).
- TRN009: the name of a placeholder the English keeps ({病院名}) is no Japanese left; Japanese in its format spec is.
- TRN005: 2023年（令和5年）, the era year in brackets after the western year, is one year; the era's own number (the 2
  of 令和2年) is the English's only where the English names the era.
- TRN015: "please" renders the request of every sentence, no sentence's content.
Entries written for these tests.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_translation import codes_of_entry as _codes  # noqa: E402

CORRECT = [
    (["TRN008"], "", "超音波検査で肝脾腫が見つかりました。", "The ultrasound found hepatosplenomegaly."),
    (
        ["TRN014"],
        "",
        "お子さんが自分で飲めないときは、飲ませてあげてください。",
        "If she cannot take it alone, give her her medicine.",
    ),
    (["TRN014"], "", "看護師が眼鏡を手渡します。", "The nurse hands her her glasses."),
    (
        ["TRN011"],
        "",
        "高齢の方は「いえいえ、大丈夫です」と言いがちです。",
        'Older people tend to say \\"No, no, I\'m fine.\\"',
    ),
    (["TRN011"], "", "手術前は絶飲食です。", "Before surgery, go without food and drink."),
    (["TRN011"], "", "手術後の痛みはある程度避けられません。", "Some pain after surgery is unavoidable."),
    (["TRN013"], "python-brace-format", "最終受診日：{date:%Y-%m-%d}", "Last visit: {date:%Y-%m-%d}"),
    (["TRN013"], "python-brace-format", "受診日：{date:%Y年%m月%d日}", "Visit: {date:%B %d, %Y}"),
    (["TRN009", "TRN013"], "", "{病院名}からのお知らせ", "News from {病院名}"),
    (["TRN005"], "", "2023年（令和5年）4月から料金が変わります。", "The fee changes in April 2023."),
    (["TRN005"], "", "2024年(令和6年)の実績です。", "These are our 2024 (Reiwa 6) figures."),
]

DEFECTIVE = [
    # the glossary rendering inside a word that does not end with it, or no compound in the source
    (["TRN008"], "", "超音波検査で脾腫が見つかりました。", "The ultrasound found hepatomegaly."),
    (["TRN014"], "", "お子さんの薬を確認してください。", "Check her her medicine."),
    (["TRN014"], "", "毛布を渡してください。", "Give her her a blanket."),
    (["TRN014"], "", "薬を渡されました。", "She was given her her medicine."),
    (["TRN008"], "", "超音波検査で巨大脾腫が見つかりました。", "The ultrasound found hepatosplenomegaly."),
    (["TRN011"], "", "運動はおすすめです。", "Exercise is a no-no."),
    (["TRN011"], "", "この方法なら副作用は避けられます。", "With this method, side effects are unavoidable."),
    (["TRN011"], "", "この検査には保険が出ません。", "This test is covered by insurance."),
    (["TRN008"], "", "超音波検査で肝疾患性脾腫が見つかりました。", "The ultrasound found hepatosplenomegaly."),
    (["TRN013"], "", "{病院名}からのお知らせ", "News from the hospital"),
    (["TRN013"], "python-brace-format", "{x!r}を確認します。", "We check {x!s}."),
    (["TRN009"], "", "受診日：{date:%Y年%m月%d日}", "Visit: {date:%Y年%m月%d日}"),
    (["TRN013"], "", "次回は{n}日後です。", "Your next visit is in {n:d} days."),
    (["TRN005"], "", "2020年（令和2年）から服用しています。", "I have been taking 2 tablets since 2020."),
    (["TRN005"], "", "令和2年から服用しています。", "I have been taking 2 tablets since 2020."),
    (["TRN013"], "", "最終受診日：{date:%Y-%m-%d}", "Last visit:"),
    # a "No," the source has no interjection for: an added negation
    (["TRN011"], "", "はい、この薬は安全に使えます。", "No, this medicine can be used safely."),
    (["TRN011"], "", "飲酒は禁止です。", "Drinking is not prohibited."),
    (["TRN011"], "", "この薬は妊娠中の方には禁忌です。", "This medicine is not contraindicated during pregnancy."),
    (["TRN011"], "", "焦らないでください。", "Be impatient."),
    (["TRN013"], "python-brace-format", "最終受診日：{date:%Y-%m-%d}", "Last visit: {day:%Y-%m-%d}"),
    (["TRN013"], "", "{病院名}からのお知らせ", "News from {hospital}"),
    (["TRN005"], "", "2023年（令和5年）4月から料金が変わります。", "The fee changes in April 2024."),
    (["TRN005"], "", "2024年(令和6年)の実績です。", "These are our 2024 (Reiwa 7) figures."),
    (
        ["TRN015"],
        "",
        "お薬の変更は診察のときにご相談ください。処方のキャンセルはお電話でお願いします。",
        "If you would like to change your medicine, please be sure to talk it over with the doctor during your "
        "consultation rather than afterwards.",
    ),
]


@pytest.mark.parametrize(("codes", "flags", "msgid", "msgstr"), CORRECT)
def test_correct_translation_passes(tmp_path, codes, flags, msgid, msgstr):
    assert _codes(tmp_path, msgid, msgstr, codes, flags) == []


@pytest.mark.parametrize(("codes", "flags", "msgid", "msgstr"), DEFECTIVE)
def test_defect_is_still_reported(tmp_path, codes, flags, msgid, msgstr):
    assert _codes(tmp_path, msgid, msgstr, codes, flags) == codes
