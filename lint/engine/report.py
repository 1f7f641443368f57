"""The Report of a run: findings shown by display path and in order, suppressions applied,
the lint's own suppression findings (LNT002, LNT003) and the sentence statistics."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..findings import ERROR, WARNING, Finding, display
from ..registry import RULES, Rule
from . import suppressions as suppression_comments


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)  # reported, sorted
    suppressed: list = field(default_factory=list)  # (Finding, Suppression)
    suppressions: list = field(default_factory=list)  # every suppression comment read
    files: dict[str, list[str]] = field(default_factory=dict)  # kind -> [display path]
    # checked, cited, own, exempt, uncited, suppressed; exempt:<reason> for each exemption reason
    sentences: Counter = field(default_factory=Counter)
    rules: list[Rule] = field(default_factory=list)  # the rules that ran
    processes: int = 1  # processes that checked the pages (more than 1: a process pool)
    sources: dict = field(default_factory=dict, repr=False)  # kind -> [Path] as found (lint.engine.replay)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == WARNING)

    @property
    def shown_findings(self) -> list[Finding]:
        """The findings as reports show them: paths relative to the current folder, in order.

        Every format is valid UTF-8 and safe on a terminal: a file name that is not
        UTF-8 (undecodable bytes arrive as surrogates) shows them percent-encoded
        (``b%FFad.md``, as SARIF's URIs need), as it does control characters; control
        characters in a message, context or suggestion (an ESC sequence copied from a
        page) show as ``\\x1b``; line breaks and tabs stay there.
        """
        shown = (_escaped(f if display(f.path) == f.path else replace(f, path=display(f.path))) for f in self.findings)
        return sorted(shown, key=lambda f: (f.path, f.line, f.column, f.rule, f.message))

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


# C0 controls but tab and line feed, DEL, C1 controls, lone surrogates (undecodable file-name bytes)
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def escape_text(text: str, keep_lines: bool = True) -> str:
    """Text with control characters and undecodable bytes written as escapes (``\\x1b``, ``\\xff``)."""

    def one(match):
        ch = match.group()
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape: the original byte
            return f"\\x{code - 0xDC00:02x}"
        return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"

    text = _UNSAFE_TEXT.sub(one, text)
    return text if keep_lines else text.replace("\n", "\\n").replace("\t", "\\t")


_UNSAFE_PATH = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def escape_path(path: str) -> str:
    """A file name with undecodable bytes and control characters percent-encoded (``b%FFad.md``):
    the form a URI (SARIF's artifactLocation) takes, with no backslash a formatter could turn into ``/``."""

    def one(match):
        code = ord(match.group())
        if 0xDC80 <= code <= 0xDCFF:
            return f"%{code - 0xDC00:02X}"
        return "".join(f"%{b:02X}" for b in match.group().encode("utf-8", "surrogatepass"))

    return _UNSAFE_PATH.sub(one, path)


def _escaped(f: Finding) -> Finding:
    changes: dict[str, Any] = {}
    if _UNSAFE_PATH.search(f.path):
        changes["path"] = escape_path(f.path)
    for name in ("message", "context", "suggestion"):
        value = getattr(f, name)
        if value and _UNSAFE_TEXT.search(value):
            changes[name] = escape_text(value)
    return replace(f, **changes) if changes else f


def lint_finding(
    code: str, path: object, line: int, message: str, severity: str = ERROR, *, context: str = "", suggestion: str = ""
) -> Finding:
    """A finding of one of the lint's own LNT rules."""
    return Finding(
        str(path),
        max(int(line or 1), 1),
        1,
        code,
        RULES[code].name,
        severity,
        message,
        context=context,
        suggestion=suggestion,
    )


def finish(report: Report, findings: list[Finding], texts: dict, results: list, selected: dict) -> None:
    """Selection, suppressions, sentence statistics, display paths, order.

    ``texts`` maps each file's path (as its findings carry it) to (text, suffix).
    """
    findings = [f for f in findings if f.rule in selected]
    comments = []
    for path, (text, suffix) in texts.items():
        comments.extend(suppression_comments.parse_suppressions(path, text, suffix))
    kept, suppressed = suppression_comments.apply(findings, comments)
    ran = {r.code for r in report.rules}
    # (thirty-seventh session, from the issue-12 audit) a file the lint could not read (LNT001) was not checked: its
    # suppressions suppressed nothing because nothing ran there, and must not be called stale
    unread = {f.path for f in findings if f.rule == "LNT001"}
    for comment in comments:
        for problem in comment.problems:
            kept.append(
                lint_finding(
                    "LNT002", comment.path, comment.line, problem, context=_line(texts, comment.path, comment.line)
                )
            )
        if (
            not comment.problems
            and not comment.used
            and comment.codes
            and comment.codes <= ran
            and str(comment.path) not in unread
        ):
            kept.append(
                lint_finding(
                    "LNT003",
                    comment.path,
                    comment.line,
                    f"suppression of {', '.join(comment.rules)} suppressed nothing",
                    WARNING,
                    context=_line(texts, comment.path, comment.line),
                    suggestion="delete the comment",
                )
            )
    kept = [f for f in kept if f.rule in selected]
    report.findings = sorted(set(kept), key=lambda f: (f.path, f.line, f.column, f.rule, f.message))
    report.suppressed = suppressed
    report.suppressions = comments
    report.sentences = _sentence_counts(results, suppressed)


def _line(texts: dict, path: str, line: int) -> str:
    text = texts.get(path, ("", ""))[0].split("\n")
    return text[line - 1].strip() if 0 < line <= len(text) else ""


def _sentence_counts(results: list, suppressed: list) -> Counter:
    hidden = {(f.path, f.line, f.column) for f, _ in suppressed if f.rule == "CIT001"}
    counts = Counter(checked=0, cited=0, own=0, cited_own=0, exempt=0, uncited=0, suppressed=0)
    for result in results:
        for status, own, line, column, reason in result.checks:
            counts["checked"] += 1
            counts["own"] += own
            if status == "uncited" and (result.path, line, column) in hidden:
                counts["suppressed"] += 1
            else:
                counts[status] += 1
                counts["cited_own"] += status == "cited" and own
                if status == "exempt":
                    counts[f"exempt:{reason}"] += 1
    return counts
