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


def _tree(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def fake_lint(tmp_path, monkeypatch):
    """A small lint package: rules/med.py builds from japanese/words.py; rules/other.py is unrelated."""
    root = tmp_path / "lint"
    _tree(
        root,
        {
            "__init__.py": "",
            "rules/__init__.py": "",
            "rules/med.py": "from ..japanese.words import WORDS\n\ndef build():\n    from .. import helpers\n",
            "rules/other.py": "X = 1\n",
            "japanese/__init__.py": "",
            "japanese/words.py": "from lint.core.files import read\nWORDS = 1\n",
            "core/__init__.py": "",
            "core/files.py": "",
            "helpers.py": "",
        },
    )
    monkeypatch.setattr(derived_module, "LINT_DIR", root)
    caches = (
        derived_module.source_files,
        derived_module.source_digest,
        derived_module._module_file,
        derived_module._imports,
    )
    for cached in caches:
        cached.cache_clear()
    yield root
    for cached in caches:
        cached.cache_clear()


def _digest(module):
    derived_module.source_digest.cache_clear()
    derived_module.source_files.cache_clear()
    derived_module._imports.cache_clear()
    return derived_module.source_digest(module)


def test_the_key_is_the_code_that_builds_the_object(fake_lint):
    """A stored object is keyed by its builder's module and the lint modules it imports (relative,
    absolute, inside a function, the packages on the way): an edit of another module keeps it."""
    files = {p.relative_to(fake_lint).as_posix() for p in derived_module.source_files("lint.rules.med")}
    assert files == {
        "__init__.py",
        "rules/__init__.py",
        "rules/med.py",
        "japanese/__init__.py",
        "japanese/words.py",
        "core/__init__.py",
        "core/files.py",
        "helpers.py",
    }
    before = _digest("lint.rules.med")
    (fake_lint / "rules/other.py").write_text("X = 2\n", encoding="utf-8")
    assert _digest("lint.rules.med") == before  # another family's edit: the stored table stays valid
    (fake_lint / "core/files.py").write_text("def read(): pass\n", encoding="utf-8")
    changed = _digest("lint.rules.med")
    assert changed != before  # an edit of code two imports away: built again
    (fake_lint / "helpers.py").write_text("Y = 1\n", encoding="utf-8")
    assert _digest("lint.rules.med") != changed  # imported inside a function


def test_a_builder_outside_the_lint_or_importing_by_name_is_keyed_by_the_whole_lint(fake_lint):
    whole = len(list(fake_lint.rglob("*.py")))
    assert len(derived_module.source_files("tests.lint.test_derived")) == whole
    assert len(derived_module.source_files(None)) == whole
    (fake_lint / "japanese/words.py").write_text("import importlib\nWORDS = 1\n", encoding="utf-8")
    derived_module.source_files.cache_clear()
    derived_module._imports.cache_clear()
    assert len(derived_module.source_files("lint.rules.med")) == whole
    before = _digest("lint.rules.med")
    (fake_lint / "rules/other.py").write_text("X = 3\n", encoding="utf-8")
    assert _digest("lint.rules.med") != before


def test_the_med_table_is_keyed_by_its_own_code():
    """The MED pattern table depends on the matcher, the tokenizer and the MED module, not on the
    other families' modules, which other rounds edit (each edit used to rebuild the table)."""
    files = {
        p.relative_to(derived_module.LINT_DIR).as_posix() for p in derived_module.source_files(medical_ads.__name__)
    }
    assert {"rules/medical_ads.py", "japanese/wordpattern.py", "japanese/tokenizer.py", "core/files.py"} <= files
    assert not files & {"rules/translation.py", "rules/spelling.py", "analysis/claims.py", "engine/loader.py"}


def test_an_edited_med_data_file_is_read_again(tmp_path, writable):
    """The stored MED table is a miss as soon as its data file changes: the edit is what the rules see."""
    copy = tmp_path / "medical-ads.toml"
    text = medical_ads.PHRASES.read_text(encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    medical_ads.load_patterns.cache_clear()
    try:
        first = medical_ads.load_patterns(copy)
        medical_ads.load_patterns.cache_clear()
        reason = first.entries["MED001"][0].reason
        copy.write_text(text.replace(reason, "an edited reason", 1), encoding="utf-8")
        second = medical_ads.load_patterns(copy)
    finally:
        medical_ads.load_patterns.cache_clear()
    assert second.entries["MED001"][0].reason == "an edited reason"
    assert len(list((tmp_path / "__pycache__").glob("medical-ads.*.pickle"))) == 1


def test_data_files_and_word_tables_are_kept_and_read_again_when_edited(tmp_path, writable):
    # (sixth session) lint/data/*.toml read through read_data_toml and load_word_tables are kept like
    # bytecode: a stored copy is read, an edit is seen, a broken file is still named and never stored
    from lint.core.files import read_data_toml
    from lint.errors import ConfigError
    from lint.parsing.word_tables import load_word_tables

    data = tmp_path / "phrases.toml"
    data.write_text('[a]\nwords = ["一"]\n', encoding="utf-8")
    assert read_data_toml(data, "phrase list") == {"a": {"words": ["一"]}}
    assert len(list((tmp_path / "__pycache__").glob("phrases.*.pickle"))) == 1
    data.write_text('[a]\nwords = ["二"]\n', encoding="utf-8")
    assert read_data_toml(data, "phrase list") == {"a": {"words": ["二"]}}
    assert load_word_tables(data) == {"a": ("二",)}
    data.write_text("[a\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"phrases\.toml: cannot read the phrase list"):
        read_data_toml(data, "phrase list")
    load_word_tables.cache_clear()
    with pytest.raises(ConfigError, match=r"phrases\.toml: not a readable word table"):
        load_word_tables(data)
