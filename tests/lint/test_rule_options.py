"""Rule settings are declared: each rule names the options it reads (``@rule(options=...)``), a
settings section with any other key is refused (exit 2, the file and key named), and a rule that
reads an option it did not declare is an internal error, never a silently ignored setting."""

import ast
from pathlib import Path

import pytest

from lint.config import Config
from lint.context import Context
from lint.engine.loader import load_rules
from lint.engine.session import check_rule_options
from lint.errors import ConfigError
from lint.registry import Rule

LINT = Path(__file__).resolve().parents[2] / "lint"


def _literal_option_reads():
    """(file, line, key) of every ``x.option("key", ...)`` call in the lint's source."""
    for path in sorted(LINT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "option"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                yield path.relative_to(LINT.parent), node.lineno, node.args[0].value


def test_every_option_read_by_name_is_declared_by_a_rule():
    declared = {option for r in load_rules().values() for option in r.options}
    undeclared = [(str(f), line, key) for f, line, key in _literal_option_reads() if key not in declared]
    assert undeclared == []


def _strings_outside_declarations():
    """Every string constant of the lint's source except those of ``options=(...)`` declarations."""
    found = set()
    for path in LINT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        declared = {
            id(element)
            for node in ast.walk(tree)
            if isinstance(node, ast.keyword) and node.arg == "options"
            for element in ast.walk(node.value)
        }
        found |= {
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in declared
        }
    return found


def test_every_declared_option_is_read_somewhere():
    # a declared option nobody reads would be accepted and do nothing: the trap this guards against
    strings = _strings_outside_declarations()
    unread = [(code, o) for code, r in load_rules().items() for o in r.options if o not in strings]
    assert unread == []


def _config(rules):
    return Config(Path("pyproject.toml"), {"rules": rules})


def test_known_options_pass_by_name_code_family_and_module():
    rules = load_rules()
    check_rule_options(
        _config(
            {
                "max-ten": {"max": 4},
                "JAS002": {"strict": True},
                "JAS": {"max": 5},  # some JAS rule reads max
                "medical_ads": {"allow": []},
            }
        ),
        rules,
    )


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ({"max-ten": {"maxx": 4}}, r"rules\.max-ten\.maxx: not an option of max-ten \(its options: kuten, max, strict"),
        ({"jas002": {"maxx": 4}}, r"rules\.jas002\.maxx: not an option of jas002"),
        ({"MED": {"alow": ["x"]}}, r"rules\.MED\.alow: not an option of MED \(its options: allow\)"),
        ({"SEC": {"strict": True}}, r"rules\.SEC\.strict: not an option of SEC \(it has no options\)"),
    ],
)
def test_an_unknown_option_is_refused_naming_file_and_key(rules, message):
    with pytest.raises(ConfigError, match=r"pyproject\.toml: \[tool\.pvt-lint\] " + message):
        check_rule_options(_config(rules), load_rules())


def test_a_section_for_rules_that_did_not_load_is_left_for_a_run_that_loads_them():
    medical = {c: r for c, r in load_rules().items() if c.startswith("MED")}
    check_rule_options(_config({"max-ten": {"maxx": 4}}), medical)


def test_a_rule_reading_an_undeclared_option_is_an_internal_error():
    max_ten = load_rules()["JAS002"]
    run = Context(root=Path("."), config={"rules": {"max-ten": {"colour": "red"}}})
    undeclared = Rule(max_ten.code, max_ten.name, "page", max_ten.severity, max_ten.function, options=("max",))
    with pytest.raises(LookupError, match=r"JAS002 reads the option 'strict', which its @rule\(options=\.\.\.\)"):
        run.bind(undeclared, None).option("strict", False)


@pytest.mark.parametrize(
    ("value", "default", "message"),
    [
        ([["が"]], [], "must be a list of strings, not a list"),  # an empty default is a list of strings too
        ([1, 2], ["つ"], "must be a list of strings, not a list"),
        ({"article": 5}, {}, "must be a table of strings or lists of strings, not a table"),
        ({"article": [5]}, {}, "must be a table of strings or lists of strings, not a table"),
    ],
)
def test_the_elements_of_a_list_or_table_option_are_checked_too(value, default, message):
    # (from a review of hostile inputs) a nested list crashed the rule on a page, naming the page, not the setting
    from lint.context import check_option

    with pytest.raises(ConfigError, match=r"pyproject\.toml: \[tool\.pvt-lint\] rules\.r\.k: " + message):
        check_option("pyproject.toml", "r", "k", value, default)
    assert check_option("pyproject.toml", "r", "k", {"article": ["title", "year"], "x": "y"}, {}) is not None


def test_a_word_list_that_names_no_file_is_a_settings_error(tmp_path):
    from lint.runner import make_session, run

    (tmp_path / "pyproject.toml").write_text(
        '[tool.pvt-lint.rules.SPL001]\n"word-list" = "nope.txt"\n', encoding="utf-8"
    )
    catalog = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES" / "faq.po"
    from lint.engine.errors import UsageError  # a settings error met while checking: exit 2 with the message

    with pytest.raises(UsageError, match=r"rules\.misspelled-word\.word-list: 'nope\.txt' names no file"):
        run([catalog], make_session(root=tmp_path, select=["SPL001"], config_path=tmp_path / "pyproject.toml"))


@pytest.mark.parametrize("value", [-5, -1.0, float("nan"), float("inf")])
def test_a_number_option_must_be_zero_or_more(value):
    # (from a review of hostile inputs) max = -5 made every sentence a finding; min-ratio = nan made none
    from lint.context import check_option

    with pytest.raises(ConfigError, match=r"rules\.r\.k: must be 0 or more"):
        check_option("pyproject.toml", "r", "k", value, 3.0 if isinstance(value, float) else 3)


def test_a_docs_folder_that_does_not_exist_is_a_settings_error(tmp_path):
    # (from a review of hostile inputs) docs = "nope" switched the stale-catalog check off in silence
    import shutil

    from lint.engine.errors import UsageError
    from lint.runner import make_session, run

    shutil.copytree(Path(__file__).resolve().parents[2] / "locale", tmp_path / "locale")
    (tmp_path / "docs").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.pvt-lint.rules.TRN016]\ndocs = "nope"\n', encoding="utf-8")
    catalog = tmp_path / "locale" / "en" / "LC_MESSAGES" / "faq.po"
    session = make_session(root=tmp_path, select=["TRN016"], config_path=tmp_path / "pyproject.toml")
    with pytest.raises(UsageError, match=r"rules\.stale-catalog\.docs: 'nope' is no folder"):
        run([catalog], session)


def test_a_required_field_list_given_as_a_string_is_a_settings_error():
    # (from the code review) required = {article = "title"} was read letter by letter: 72 errors "has no t"
    from lint.engine.errors import UsageError
    from lint.runner import make_session, run

    root = Path(__file__).resolve().parents[2]
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        settings = Path(folder) / "pyproject.toml"
        settings.write_text('[tool.pvt-lint.rules.BIB003]\nrequired = {article = "title"}\n', encoding="utf-8")
        session = make_session(root=Path(folder), select=["BIB003"], config_path=settings)
        with pytest.raises(UsageError, match=r"rules\.missing-required-field\.required\.article: must be a list"):
            run([root / "refs.bib"], session)


def test_a_docs_folder_must_lie_inside_the_project_and_equivalents_must_be_strings(tmp_path):
    # (from the second code review) docs = "." made every cached catalog run walk the project; a list of equivalents
    # crashed TRN006
    import shutil

    from lint.engine.errors import UsageError
    from lint.runner import make_session, run

    shutil.copytree(Path(__file__).resolve().parents[2] / "locale", tmp_path / "locale")
    (tmp_path / "docs").mkdir()
    catalog = tmp_path / "locale" / "en" / "LC_MESSAGES" / "faq.po"
    settings = tmp_path / "pyproject.toml"
    settings.write_text('[tool.pvt-lint.rules.TRN016]\ndocs = "."\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"docs: '\.' must be a folder inside the project"):
        run([catalog], make_session(root=tmp_path, select=["TRN016"], config_path=settings))
    settings.write_text(
        '[tool.pvt-lint.rules.TRN006]\nequivalents = {"https://a.example/" = ["x"]}\n', encoding="utf-8"
    )
    with pytest.raises(UsageError, match=r"equivalents\.https://a\.example/: must be a string"):
        run([catalog], make_session(root=tmp_path, select=["TRN006"], config_path=settings))
