"""Shared fixtures: one real build of all four outputs per test run.

The builds load the extensions by name (docs/conf.py): the project must be
installed in the test environment (``pip install -e .``, as nox does), so that
``pvt_sphinx`` and ``lint`` import; the report header says where they come from.
"""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGUAGES = ("ja", "en")
FORMATS = ("html", "epub")
# Pages of the article (docs/*.md); _includes are fragments, not pages.
PAGES = sorted(p.stem for p in DOCS.glob("*.md"))


def run_sphinx(builder, language, out, doctrees, *extra):
    """Build one edition exactly as nox does (warnings are errors)."""
    cmd = [
        sys.executable, "-m", "sphinx", "-b", builder, "-W", "--keep-going", "-n", "-q",
        "-d", str(doctrees), "-D", f"language={language}", *extra, str(DOCS), str(out),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)


@pytest.fixture(scope="session")
def build_root(tmp_path_factory):
    """Build HTML and ePub in Japanese and English into a temporary folder."""
    root = tmp_path_factory.mktemp("build")
    results = {}
    for language in LANGUAGES:
        for fmt in FORMATS:
            out = root / fmt / language
            results[(fmt, language)] = run_sphinx(fmt, language, out, root / "doctrees" / language)
    return root, results


@pytest.fixture(scope="session")
def built(build_root):
    """The build folder, after checking that every build succeeded without a warning."""
    root, results = build_root
    for (fmt, language), result in results.items():
        assert result.returncode == 0, f"{fmt}/{language} failed:\n{result.stderr}"
        assert "WARNING" not in result.stderr, f"{fmt}/{language} warned:\n{result.stderr}"
    return root


def pytest_report_header(config):
    spec = importlib.util.find_spec("pvt_sphinx")
    where = spec.origin if spec else "NOT importable: install the project (pip install -e .)"
    return f"pvt_sphinx: {where}"
