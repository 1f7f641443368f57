"""CIT001, thirty-fifth session: a pager line, operations of the screen, the Nth text of a series.

A line of the previous and the next page under their labels names pages, whatever the titles say, unless a title is a
statement or holds a clause of health with its own subject; a sentence whose verb works the screen or the file
(クリック, 再読み込み, ダウンロード) tells the reader how to use the page when it holds no word of health outside its
quotations; the Nth text of a series (シリーズの2回目) counts texts.

The sentences were written for these tests; none is taken from a corpus or a real sample.
"""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "前のページ：いびきの原因　｜　次のページ：いびきの治療\n",
        "← 前の記事「離乳食の始め方」\n",
        "次の章：手術を受ける前に\n",
        "Previous: Getting ready for the scan\n",
        "目次を開くには、右上のボタンをタップしてください。\n",
        "動画が再生されないときは、ページを再読み込みしてください。\n",
        "説明書のPDFは、こちらからダウンロードできます。\n",
        "このコラムは4回シリーズの3回目です。\n",
    ],
)
def test_pages_screens_and_series_need_no_source(reasons, text):
    assert all(status == "exempt" for status, *_ in reasons(text)), (text, reasons(text))


@pytest.mark.parametrize(
    "text",
    [
        "次のページ：喫煙が肺がんを増やす仕組み\n",  # a clause of health with its own subject in a title
        "次の記事：放っておくと視力が落ちます\n",  # a statement as a title
        "次のページ：痛み止めは食後に飲みます。\n",  # a full stop: a sentence, no pager
        "血糖の記録表は、こちらからダウンロードできます。\n",  # a word of health beside the operation
        "アプリをダウンロードして、毎日の血圧を記録しましょう。\n",
        # (from the review) text after an arrow, a request or a relation as a title, an act of care beside a tap
        "次のページ：目の乾き → 画面を見る時間を減らしましょう\n",
        "次の記事：目薬は一滴で十分\n",
        "次のページ：カルシウムで骨を丈夫に\n",
        "次の章：放っておくと悪化する水虫\n",
        "画面の「次へ」をタップしたら、注射器の針を腕に刺してください。\n",
    ],
)
def test_health_beside_those_shapes_keeps_its_citation(reasons, text):
    assert any(status == "uncited" for status, *_ in reasons(text)), (text, reasons(text))
