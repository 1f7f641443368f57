"""A negation carried by a word's form (painless, non-invasive; 不確実, 無痛), added or dropped (TRN011, issue 12).

The sentences are this file's own; the measured figures are benchmarks/README.md's (corpus negation-prefix-blind)."""

import pytest

from lint.analysis.form_negation import bases, english_stems, form_negation_mismatch, same_word
from lint.analysis.negation import negation_mismatch

ADDED = [
    ("救急隊が着いたとき、意識ははっきりしていました。", "When the ambulance came, she was unconscious."),
    ("喫煙者の方は、年に一度の検査をおすすめします。", "We recommend a yearly test for nonsmokers."),
    ("この検査は侵襲的な方法で行います。", "This test uses a non-invasive method."),
    ("注射は痛みを伴います。", "The injection is painless."),
    ("結果は確実です。", "The result is uncertain."),
    ("規則正しい生活を心がけましょう。", "Try to keep an irregular lifestyle."),
    ("手術は可逆的な変化をもたらします。", "Surgery causes irreversible changes."),
]
DROPPED = [
    ("結果は不確実です。", "The result is certain."),
    ("この方法は不正確です。", "This method is accurate."),
    ("この状態は不安定です。", "This condition is stable."),
    ("不規則な生活は避けましょう。", "Avoid a regular lifestyle."),
]
FAITHFUL = [
    ("非侵襲的な検査です。", "This is a non-invasive test."),
    ("痛みはほとんどありません。", "It is almost painless."),
    ("無症状の人も多くいます。", "Many people are asymptomatic."),
    ("不安を感じる方もいます。", "Some people feel anxious."),
    ("非常に痛いことがあります。", "It can be very painful."),  # 非常 only starts like a negation
    ("検査は無料です。", "The test is free of charge."),
    ("手術は無事に終わりました。", "The operation went safely."),
    ("自立した生活を送れます。", "You can live an independent life."),  # 自立 means "independence" itself
    ("意識を失うことがあります。", "You may become unconscious."),  # 失う: a word of loss renders the prefix
    ("集中治療室に入ります。", "You will stay in the intensive care unit."),  # intensive is no negation
    ("この検査は痛みを伴いません。", "This test is painless."),  # ません rendered by -less
    ("不整脈の治療をします。", "We treat arrhythmia."),
    ("未来のために禁煙しましょう。", "Quit smoking for the future."),
    ("不要です。", "It is unnecessary."),
    # (from the review of the first version) a placeholder's name, an adverb of 非/無, a field named by its positive
    # word, a word whose meaning is its own, a plain noun glossed by the stem, a lack said in other words
    ("{days}日間、痛みのない日が続きました。", "You have had {painless_days} days."),
    ("非常に混み合うことがあります。", "It can be much busier than usual."),
    ("不眠外来を予約できます。", "You can book the sleep clinic."),
    ("手術の前は緊張する方が多いです。", "Many people feel uneasy before surgery."),
    ("患者さんの中には、待つ間に落ち着かなくなる方もいます。", "Some people grow impatient while they wait."),
    ("血圧のコントロールが不十分です。", "Your blood pressure control is poor and not sufficient yet."),
    ("無理のない範囲で、できるだけ歩きましょう。", "Walk as much as possible, within your limits."),
]


@pytest.mark.parametrize(("source", "translation"), ADDED)
def test_a_negation_added_by_a_words_form_is_found(source, translation):
    assert "is a negation added?" in form_negation_mismatch(source, translation)
    assert negation_mismatch(source, translation)  # and TRN011 reports it


@pytest.mark.parametrize(("source", "translation"), DROPPED)
def test_a_negating_prefix_dropped_is_found(source, translation):
    assert "is the negation dropped?" in form_negation_mismatch(source, translation)
    assert negation_mismatch(source, translation)


@pytest.mark.parametrize(("source", "translation"), FAITHFUL)
def test_a_faithful_form_negation_is_left_alone(source, translation):
    assert form_negation_mismatch(source, translation) == ""


def test_the_message_names_both_words():
    message = form_negation_mismatch("注射は痛みを伴います。", "The injection is painless.")
    assert '"painless": not pain' in message and "痛み" in message
    message = form_negation_mismatch("結果は不確実です。", "The result is certain.")
    assert "不確実" in message and '"uncertain"' in message and '"certain"' in message


def test_word_forms_share_a_base():
    assert same_word("invasive", "invasion") and same_word("regular", "regularity")
    assert same_word("stable", "stability") and same_word("accurate", "accuracy") and same_word("safe", "safety")
    assert same_word("controlled", "control")
    assert not same_word("pain", "paint") and not same_word("medication", "medicine")
    assert "stable" in bases("stability")


def test_the_stem_of_a_negated_form():
    assert english_stems("painless") == ["pain"]
    assert english_stems("non-invasive") == ["invasive"]
    assert english_stems("irreversible") == ["reversible"]
    assert english_stems("sugar-free") == ["sugar"]
    assert english_stems("asymptomatic") == ["symptomatic"]
    assert english_stems("absent") == []
