"""No rule hangs on hostile text: 100 kB adversarial strings, each rule under a time limit.

Each pattern is a shape that makes naive code quadratic or makes a regex backtrack
(``a.a.a…`` for a domain pattern, ``<a <a <a…`` for an HTML tokenizer, one sentence of
100,000 characters for the Japanese rules, …). The page (or catalog) is parsed once,
then every page (or catalog) rule runs on it alone, each under LIMIT seconds
(``signal.setitimer``: generous, so that CI on two cores does not flake; the slowest rule
on the slowest pattern takes about a second on a laptop). A timeout names the rule and
the pattern.
"""

import signal
import sys
import time
from contextlib import contextmanager

import pytest

from lint.parsing.catalog import parse_catalog
from lint.parsing.markdown import parse_page
from lint.runner import load_rules, make_session

from .test_bad_input import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="needs SIGALRM")]

LIMIT = 10.0  # seconds per rule and pattern
SIZE = 100_000

PATTERNS = {
    "dotted-token": "a." * (SIZE // 2),
    "dotted-domain-tail": "a." * (SIZE // 2 - 2) + "org!",
    "e-mail-ats": "a@" * (SIZE // 2),
    "hyphens": "a-" * (SIZE // 2),
    "apostrophes": "a'" * (SIZE // 2),
    "open-angles": "<" * SIZE,
    "unclosed-tags": "<a " * (SIZE // 3),
    "attributes": "<img " + "a=b " * (SIZE // 4),
    "html-lines": "<div>\n" + "<p>x\n" * (SIZE // 5),
    # inside a raw HTML block: html.parser rescanned to the end from every "<" that no ">" follows
    "html-block-unclosed-tags": "<div>\n" + "<a " * (SIZE // 3),
    "html-block-unclosed-end-tags": "<div>\n" + "</a " * (SIZE // 4),
    "html-block-leading-spaces": "<p>" + " " * SIZE + "x</p>",
    "html-block-one-long-row": "<table><tr>" + "<td>x" * (SIZE // 5),
    "html-block-cells": "<table>\n" + "<tr><td>門脈は肝臓へ血液を運びます。</td>" * (SIZE // 30),
    "backticks": "`" * SIZE,
    "link-brackets": "[" * (SIZE // 2) + "](" * (SIZE // 4),
    "roles": "{cite:p}`" * (SIZE // 9),
    "japanese-sentence": "門脈は肝臓は血液を運び、" * (SIZE // 12),
    "kanji-run": "門" * SIZE,
    "katakana-run": "ア" * SIZE,
    "brackets-ja": "（" * (SIZE // 2) + "）" * (SIZE // 2),
    "digits-and-units": "1.5%、" * (SIZE // 5),
    "spaces-and-tabs": "a \t" * (SIZE // 3),
    "url": "https://" + "a." * (SIZE // 2),
    # (sixth session, from the review) a form's line of long blanks with a signature after it: the blank-date
    # reading backtracked exponentially (six blanks took 4 s, eight minutes)
    "form-blanks": "／".join(["日：" + "＿" * 40 + "年" + "＿" * 40 + "月" + "＿" * 40 + "日"] * 4) + "　署名",
    # (twenty-seventh session, from a review of hostile inputs: each took 8 to over 30 s in one rule) a check asked
    # once per number (CIT001's case heads), a list of pages read from each of its numbers (the page references),
    # a numeral run tried from each numeral (JAS023), a unit's allowed spans found per letter (JAS022)
    "years-run": "1年" * (SIZE // 8) + "を飲むべきです。",
    "ranges-run": "10-20, " * (SIZE // 25) + "を飲むべきです。",
    "tilde-run": "1〜" * (SIZE // 8) + "を飲むべきです。",
    "kanji-numerals": "一十" * (SIZE // 4),
    "digits-then-unit": "1" * SIZE + "mg",
    "full-width-letters": "ａ" * (SIZE // 3),
    # (thirty-fifth session) a pager's items without end: a pattern over the whole line backtracked without end
    "pager-items": "次のページ：a ｜ " * (SIZE // 12),
    "percent-ranges": "1 to " * (SIZE // 5) + "5%",
}


class RuleTimeout(BaseException):
    """Not an Exception: code that guards a parser with ``except Exception`` must not swallow it
    (TRN012's html.parser did, hiding minutes of work behind a passing test)."""


@contextmanager
def time_limit(seconds, what):
    def expired(signum, frame):
        raise RuleTimeout(f"{what} took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    # The alarm's exception can be lost: raised inside a gc callback (hypothesis installs one), it is
    # only printed as unraisable and the rule runs on. The clock after the rule returns is not.
    elapsed = time.monotonic() - started
    if elapsed > seconds:
        raise RuleTimeout(f"{what} took {elapsed:.1f} s, more than {seconds} s")


@pytest.fixture(scope="module")
def session():
    load_rules()
    return make_session(root=ROOT, profile="default", jobs=1)


def _rules(session, target):
    return [r for r in session.selected.values() if r.target == target]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_page_rules_finish_on_adversarial_text(name, session, tmp_path):
    text = "---\neeat: _meta/eeat.yaml\n---\n\n# テスト\n\n" + PATTERNS[name] + "\n"
    path = ROOT / "docs" / "adversarial.md"  # not written: rules read the text given
    with time_limit(LIMIT, f"parsing the page ({name})"):
        page = parse_page(str(path), text)
    ctx = session.context([page], [], whole_project=False)
    for rule_obj in _rules(session, "page"):
        with time_limit(LIMIT, f"{rule_obj.code} ({rule_obj.name}) on {name}"):
            list(rule_obj.check(page, ctx) or ())


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_catalog_rules_finish_on_adversarial_text(name, session, tmp_path):
    escaped = PATTERNS[name].replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    text = (
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        f'msgid "門脈は肝臓へ血液を運びます。"\nmsgstr "{escaped}"\n'
    )
    path = tmp_path / "adversarial.po"
    with time_limit(LIMIT, f"parsing the catalog ({name})"):
        catalog = parse_catalog(str(path), text)
    ctx = session.context([], [catalog], whole_project=False)
    for rule_obj in _rules(session, "catalog"):
        with time_limit(LIMIT, f"{rule_obj.code} ({rule_obj.name}) on {name}"):
            list(rule_obj.check(catalog, ctx) or ())


def test_time_limit_fails_even_when_the_alarm_is_swallowed():
    """A rule (or a gc callback around it) that swallows the alarm still fails the guard when it returns."""
    with pytest.raises(RuleTimeout, match="took"):
        with time_limit(0.05, "a swallowing rule"):
            try:
                time.sleep(0.2)
            except RuleTimeout:
                pass  # what hypothesis's gc callback did to the alarm
            time.sleep(0.05)


def test_a_ratio_source_with_hostile_english_finishes():
    """The ratio-share reading (TRN005) searches the English for "N out of M" only when the source has a ratio; its
    pattern is bounded, so a 100 kB run of "a-a-a-…" is read once (the unbounded one rescanned it from every
    position and ran past the limit in CI)."""
    from lint.analysis.numbers import missing_numbers

    with time_limit(LIMIT, "missing_numbers on a ratio source and hyphens"):
        missing_numbers("患者の男女比は1対9です。", PATTERNS["hyphens"])


# Sources that switch on the negation readings which search the English for a word of their kind ([[answered]],
# the partial negation, the denied conclusion, the ず/続ける pair): each is given hostile English of the words it
# searches for, so that a reading whose pattern rescans the text from every occurrence is caught.
NEGATION_TRIGGERS = {
    "negated-need": ("入院の必要はありません。", "can " * (SIZE // 4)),
    "negated-multitude": ("何回も使わないでください。", "only " * (SIZE // 5)),
    "partial-negation": ("すべての人が必要とするわけではありません。", "no " * (SIZE // 3)),
    "denied-conclusion": ("異常がないというわけではありません。", "“" * SIZE + " means"),
    "continuity-pair": ("やめずに飲み続けてください。", "keep " * (SIZE // 5) + "stop"),
}


@pytest.mark.parametrize("name", sorted(NEGATION_TRIGGERS))
def test_negation_readings_finish_on_hostile_english(name):
    from lint.analysis.negation import negation_mismatch

    source, translation = NEGATION_TRIGGERS[name]
    with time_limit(LIMIT, f"negation_mismatch ({name})"):
        negation_mismatch(source, translation)
