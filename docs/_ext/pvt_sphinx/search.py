"""Japanese search: the index also holds each run of kanji or katakana whole.

Sphinx's Japanese index splits text with TinySegmenter (抗凝固療法 may become 抗 + 凝固療法),
while the search box sends a Japanese query as one word (抗凝固). The search page matches a
query of three characters or more inside any indexed word, so indexing each kanji or katakana
run whole as well (抗凝固療法, ワルファリン) lets 抗凝固 find the treatment page. Set in
conf.py: ``html_search_options = {"type": "pvt_sphinx.search.CompoundSplitter"}``.
"""

from __future__ import annotations

import re

from sphinx.search.ja import DefaultSplitter

RUN = re.compile(r"[\u4e00-\u9fff\u3005\u30a0-\u30ff]{2,}")  # kanji (and 々), katakana (and ー)


class CompoundSplitter(DefaultSplitter):
    def split(self, input: str) -> list[str]:
        words = super().split(input)
        return words + [run for run in RUN.findall(input) if run not in words]
