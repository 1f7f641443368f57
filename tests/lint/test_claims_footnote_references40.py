"""CIT001, fortieth session: a footnote that is a reference in a citation style of medicine cites the sentence that
refers to it, as a footnote with a {cite} role or a URL does.

A Vancouver, AMA or APA reference (authors, then a title or a journal with its year) had been read as prose: the
sentence that referred to it was flagged as uncited, and the reference's own parts (Qaseem A, et al. Ann Intern Med.)
were flagged as claims. Only the shape of a reference counts: a footnote that names an author and then states
something stays prose, and the sentence referring to it stays uncited.

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
    ],
)
def test_a_footnote_that_states_something_is_prose(reasons, note):
    found = reasons(f"片頭痛は成人の約8%にみられます[^1]。\n\n[^1]: {note}\n")
    assert found[0][0] == "uncited", found
