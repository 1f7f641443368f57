"""CIT001, fortieth session: a footnote that is a reference in a citation style of medicine cites the sentence that
refers to it, as a footnote with a {cite} role or a URL does.

A Vancouver, AMA or APA reference (authors, then a title or a journal with its year) had been read as prose: the
sentence that referred to it was flagged as uncited, and the reference's own parts (Qaseem A, et al. Ann Intern Med.)
were flagged as claims. Only a footnote that is a reference whole counts: one that names an author and then states
something, or that goes on after the reference, stays prose, and the sentence referring to it stays uncited. (A
review of the first version, which read only the footnote's beginning, wrote 111 footnotes: 41 that state claims
passed; the prose cases below are some of them.)

The references and sentences were written for these tests; the journal names are real journals, the entries are
shaped like references and cite nothing.
"""

import pytest


@pytest.mark.parametrize(
    "note",
    [
        "Qaseem A, et al. Ann Intern Med. 2016.",
        "Sakai F, Igarashi H. Cephalalgia. 1997;17:15-22.",
        "Tanaka K, Sato Y. Long-term outcomes after treatment. Hepatology 2019;70:1-10.",
        "Smith, J. A., & Lee, K. (2019). Sleep and health. Journal of Sleep, 12(3), 45–67.",
        "de Franchis R. Expanding consensus. J Hepatol. 2015;63:743-52.",
        "山田太郎，鈴木花子，他．日本内科学会雑誌．2020;109:123-130．",
        # (from the review) PubMed's dates, a book's publisher, an identifier at the end, the Japanese journals' form
        "Qaseem A, et al. Ann Intern Med. 2016 Jul 19;165(2):125-33.",
        "Smith J. Sleep medicine. 2nd ed. London: Academic Press; 2019.",
        "Smith J. Statin therapy. Lancet. 2019;393(10170):1-10. PMID: 30000000.",
        "Smith J (2019) Sleep and health. J Sleep 12:45–67.",
        "山田太郎，鈴木花子：片頭痛の疫学．日内会誌，109：123-130，2020．",
        "García-López M, Müller K. Sleep in older adults. Sleep Med. 2018;45:1-9.",
    ],
)
@pytest.mark.parametrize(
    "sentence",
    ["片頭痛は成人の約8%にみられます[^1]。", "CBT-I improves sleep in most adults with chronic insomnia[^1]."],
)
def test_a_reference_in_a_footnote_cites_the_sentence(reasons, note, sentence):
    found = reasons(f"{sentence}\n\n[^1]: {note}\n")
    assert found[0][0] == "cited", found
    assert all(status != "uncited" for status, _ in found), found  # nor is the reference read as a claim


@pytest.mark.parametrize(
    "note",
    [
        "Tanaka K found that 30% of patients improved in 2019.",
        "Smith A. Statins reduce deaths by 30% since 2019.",
        "山田先生によると、2020年に改訂されました。",
        # (from the review of the first version, which read only the beginning of the footnote)
        "Smith A. Statins reduce deaths by 30%. 2019.",  # a percentage is no title's
        "Tanaka K (2019) found that 30% of patients improved.",
        "Vitamin D (2019): supplements prevent half of all hip fractures in older adults.",
        "Vitamin D. Low levels double the risk of falls in older people. 2020.",  # one "author", the year alone
        "Smith A. In 2019: 30% of patients relapsed within a year.",
        "高血圧．日本人の成人の約3割が高血圧である．2019．",  # a Japanese statement between
        "山田太郎．この治療で患者の8割が改善した．2020．",
        "Qaseem A, et al. Ann Intern Med. 2016;165:125-33. CBT-I works in 80% of patients.",  # a claim after it
        "山田太郎，鈴木花子，他．日本内科学会雑誌．2020;109:123-130．なお、この薬は妊婦で胎児奇形を3割増やします。",
    ],
)
def test_a_footnote_that_states_something_is_prose(reasons, note):
    found = reasons(f"片頭痛は成人の約8%にみられます[^1]。\n\n[^1]: {note}\n")
    assert found[0][0] == "uncited", found
