"""The bytecode-like cache of data built from a data file (lint.core.derived): the MED pattern table."""

import pytest

from lint.core import derived as derived_module
from lint.rules import medical_ads


@pytest.fixture
def writable(monkeypatch):
    monkeypatch.delenv("PVT_LINT_NO_DERIVED", raising=False)
    monkeypatch.setattr("sys.dont_write_bytecode", False)


def test_derived_is_built_once_per_version_of_the_file(tmp_path, writable):
    data = tmp_path / "words.toml"
    data.write_text("a = 1\n", encoding="utf-8")
    builds = []

    def build():
        builds.append(data.read_text(encoding="utf-8"))
        return {"built": len(builds)}

    assert derived_module.derived(data, build) == {"built": 1}
    assert derived_module.derived(data, build) == {"built": 1}  # the stored copy
    assert len(builds) == 1
    data.write_text("a = 2\n", encoding="utf-8")
    assert derived_module.derived(data, build) == {"built": 2}  # a new version of the file
    assert len(list((tmp_path / "__pycache__").glob("words.*.pickle"))) == 1  # the old copy removed


def test_derived_off_and_damaged(tmp_path, writable, monkeypatch):
    data = tmp_path / "words.toml"
    data.write_text("a = 1\n", encoding="utf-8")
    assert derived_module.derived(data, lambda: 1) == 1
    for stored in (tmp_path / "__pycache__").glob("*.pickle"):
        stored.write_bytes(b"not a pickle")
    assert derived_module.derived(data, lambda: 2) == 2  # a damaged copy is a miss
    monkeypatch.setenv("PVT_LINT_NO_DERIVED", "1")
    assert derived_module.derived(data, lambda: 3) == 3


def test_a_stored_object_of_another_kind_or_key_is_a_miss(tmp_path, writable):
    # found by an independent review: a pickle that loads but holds another object stopped the run
    import pickle

    data = tmp_path / "words.toml"
    data.write_text("a = 1\n", encoding="utf-8")
    assert derived_module.derived(data, lambda: [1], kind=list) == [1]
    (stored,) = (tmp_path / "__pycache__").glob("words.*.pickle")
    stored.write_bytes(pickle.dumps({"x": 1}))
    assert derived_module.derived(data, lambda: [2], kind=list) == [2]
    # the tokenizer's dictionary is part of the key: another one builds again
    assert derived_module.derived(data, lambda: [3], kind=list, extra_key=b"sys.dic:1:2") == [3]
    # a temporary file left by a run killed while writing is removed by the next write
    (tmp_path / "__pycache__" / ".words.abc.tmp").write_bytes(b"half")
    derived_module.derived(data, lambda: [4], kind=list, extra_key=b"other")
    assert not list((tmp_path / "__pycache__").glob(".words.*.tmp"))


def test_the_stored_med_patterns_find_what_the_built_ones_find(tmp_path, writable):
    """The pattern table read back from its pickle reports the same findings as a fresh build."""
    copy = tmp_path / "medical-ads.toml"
    copy.write_bytes(medical_ads.PHRASES.read_bytes())
    built = medical_ads._build_patterns(copy)
    medical_ads.load_patterns.cache_clear()
    try:
        medical_ads.load_patterns(copy)  # builds and stores
        medical_ads.load_patterns.cache_clear()
        stored = medical_ads.load_patterns(copy)  # reads the stored copy
    finally:
        medical_ads.load_patterns.cache_clear()
    assert list((tmp_path / "__pycache__").glob("medical-ads.*.pickle"))
    assert stored is not built
    assert len(stored.pairs) > 400
    assert stored.entries == built.entries  # every entry, pattern and element
    assert (stored.fixed, stored.markers, stored.vocabulary) == (built.fixed, built.markers, built.vocabulary)
