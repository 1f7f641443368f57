"""CIT001, fifty-first session (from an audit of issue 11): a request about a thing the page introduced is about the
thing, not the page. The page named inside a clause that modifies a noun (このページで紹介した薬は) says where the
medicines were introduced; the request forbids or asks for a medical act on them and needs a source. A request whose
argument is the text itself (この冊子を保管してください) stays the page speaking about itself.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "このページで紹介した薬は、妊娠中の方は飲まないでください。\n",
        "この記事で取り上げたサプリメントは、ワルファリンと一緒に飲まないでください。\n",
        "この章で説明した体操を、毎日続けてください。\n",
        "下の表で挙げた食品は、授乳中は控えてください。\n",
        "このページで紹介している薬は、お酒と一緒に飲まないでください。\n",
        "この記事で取り上げられている漢方薬は、妊娠中の方は飲まないでください。\n",
        "この表に載せてある食品は、ワルファリンを飲んでいる方は控えてください。\n",
    ],
)
def test_a_request_about_what_the_page_introduced_is_a_claim(reasons, text):
    assert reasons(text)[-1][0] == "uncited"


@pytest.mark.parametrize(
    "text",
    [
        "この冊子は、次の受診まで大切に保管してください。\n",
        "下のチェックリストを記入して、受付にお出しください。\n",
        "このページを印刷して、ご家族にもお渡しください。\n",
        "この冊子を持って病院に行ってください。\n",  # a て joining two acts ends no modifying clause
        "下の表に新しい薬の名前を書き込んでください。\n",  # an adjective starts no modifying clause of the table
    ],
)
def test_a_request_about_the_text_itself_stays_exempt(reasons, text):
    assert reasons(text)[-1] == ("exempt", "page-discourse")
