"""Fixtures shared by the claim tests (CIT001 on fixture pages)."""

from pathlib import Path

import pytest

from lint.analysis import claims
from lint.parsing.markdown import parse_page
from lint.registry import lookup
from lint.runner import make_session

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def cit001_session(tmp_path):
    """A lint session over the fixture bibliography with only CIT001 selected."""
    config = tmp_path / "lint.toml"
    config.write_text('[tool.pvt-lint]\nselect = ["CIT001"]\n', encoding="utf-8")
    return make_session(root=FIXTURES, config_path=config, bib=FIXTURES / "refs.bib")


@pytest.fixture
def reasons(cit001_session):
    """``reasons(text)``: (status, reason) of each sentence of a page, as CIT001 classifies them."""

    def classify(text):
        page = parse_page("page.md", text)
        ctx = cit001_session.context([page]).bind(lookup("CIT001"), page)
        return [(c.status, c.reason) for c in claims.classify(page, ctx)]

    return classify
