"""Conformance with textlint's own test suites: every case of tests/lint/conformance/*.json passes,
or is listed among the file's deliberate differences with its reason (and then really differs)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "conformance"))

import harness

ROOT = Path(__file__).resolve().parents[2]

SUITES = harness.suites()
CASES = [
    pytest.param(suite, case, id=f"{suite['rule']}:{case['id']}")
    for suite in SUITES
    for case in suite["cases"]
    if harness.runnable(suite, case)
]


@pytest.mark.parametrize(("suite", "case"), CASES)
def test_textlint_case(suite, case):
    passes, found = harness.outcome(suite, case)
    reason = suite["differences"].get(case["id"])
    if reason is None:
        assert passes, f"{suite['rule']} {case['id']}: {case['text']!r}: the lint found {found}"
    else:
        assert not passes, f"{case['id']} is listed as a difference ({reason}) but now conforms: remove it"


def test_every_suite_names_its_origin():
    for suite in SUITES:
        origin = suite["origin"]
        assert origin["repository"] and origin["path"] and len(origin["commit"]) == 40, suite["rule"]
        ids = {case["id"] for case in suite["cases"]}
        assert set(suite["differences"]) <= ids, suite["rule"]


def test_documented_differences_are_at_most_three_percent():
    run = [(s, c) for s in SUITES for c in s["cases"] if harness.runnable(s, c)]
    documented = sum(1 for s, c in run if c["id"] in s["differences"])
    assert documented <= 0.03 * len(run), (documented, len(run))
