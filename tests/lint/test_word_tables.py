"""Word tables as data: the claim analysis reads its closed word classes from lint/data/claim-words.toml."""

import pytest

from lint.analysis import claims
from lint.errors import ConfigError
from lint.parsing.word_tables import load_word_tables, table


def test_the_claim_analysis_reads_its_word_classes_from_the_data_file():
    tables = load_word_tables(claims.CLAIM_WORDS)
    assert set(claims.REFERRAL_HEADS) == set(tables["referral_heads"]) and "相談" in claims.REFERRAL_HEADS
    assert claims.RECOMMENDATION_WORDS == list(tables["recommendation_words"])


@pytest.mark.parametrize(
    "text, message",
    [
        ('[heads]\nwords = ["a", 3]\n', "[heads] word #2 must be a non-empty string"),
        ('[heads]\nwords = ["a", ""]\n', "[heads] word #2 must be a non-empty string"),
        ("[heads]\nwhy = 'x'\n", "[heads] must hold words"),
        ("[heads\n", "not a readable word table"),
    ],
)
def test_a_bad_table_names_the_file_and_the_entry(tmp_path, text, message):
    path = tmp_path / "words.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"words\.toml: .*" + message.replace("[", r"\[").replace("]", r"\]")):
        load_word_tables(path)


def test_a_missing_table_is_named(tmp_path):
    path = tmp_path / "words.toml"
    path.write_text('[other]\nwords = ["a"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"no \[heads\] table"):
        table(load_word_tables(path), path, "heads")
