"""Output formats: text (for people), json, github (workflow annotations), sarif (code scanning).

Each formatter returns the text for stdout. The summary line and --statistics
go to stdout after text output and to stderr for the machine formats, so that
stdout stays one valid JSON/SARIF document.
"""

import json
from collections import Counter

from .findings import ERROR, display

FORMATS = ("text", "json", "github", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_NAME = "pvt-lint"


def format_text(report):
    lines = []
    for f in report.shown_findings:
        severity = "" if f.severity == ERROR else f"({f.severity}) "
        lines.append(f"{f.path}:{f.line}:{f.column}: {f.rule} [{f.name}] {severity}{f.message}")
        for context_line in (f.context or "").splitlines():
            lines.append(f"    {context_line}")
        if f.suggestion:
            lines.append(f"    help: {f.suggestion}")
    return "\n".join(lines) + ("\n" if lines else "")


def format_json(report):
    return json.dumps([f.as_dict() for f in report.shown_findings], ensure_ascii=False, indent=2) + "\n"


def _escape_data(text):
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text):
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report):
    lines = []
    for f in report.shown_findings:
        kind = "error" if f.severity == ERROR else "warning"
        message = f.message + (f"\n{f.context}" if f.context else "") + (f"\n{f.suggestion}" if f.suggestion else "")
        lines.append(
            f"::{kind} file={_escape_property(f.path)},line={f.line},col={f.column},"
            f"title={_escape_property(f'{f.rule} {f.name}')}::{_escape_data(message)}"
        )
    return "\n".join(lines) + ("\n" if lines else "")


def _paragraphs(text):
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def sarif_rule(rule_obj):
    text = rule_obj.explanation or rule_obj.name
    paragraphs = _paragraphs(text)
    short = text.splitlines()[0].strip() if text else rule_obj.name
    return {
        "id": rule_obj.code,
        "name": rule_obj.name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": " ".join(paragraphs[:2]) if paragraphs else short},
        "help": {"text": text},
        "defaultConfiguration": {"level": "error" if rule_obj.severity == ERROR else "warning"},
        "properties": {"target": rule_obj.target},
    }


def format_sarif(report):
    from .registry import RULES

    codes = {r.code for r in report.rules} | {f.rule for f in report.findings}
    rules = [RULES[c] for c in sorted(codes) if c in RULES]
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for f in report.shown_findings:
        region = {"startLine": f.line, "startColumn": f.column}
        if f.end_line:
            # SARIF's endColumn is the column after the region (exclusive); ours is the last character.
            region.update(endLine=f.end_line, endColumn=f.end_column + 1)
        if f.context:
            region["snippet"] = {"text": f.context}
        result = {
            "ruleId": f.rule,
            "level": "error" if f.severity == ERROR else "warning",
            "message": {"text": f.message + (f" ({f.suggestion})" if f.suggestion else "")},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path.replace("\\", "/"), "uriBaseId": "%SRCROOT%"},
                        "region": region,
                    }
                }
            ],
        }
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": TOOL_NAME,
                        "informationUri": "https://japanesehealth.org/",
                        "rules": [sarif_rule(r) for r in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


FORMATTERS = {"text": format_text, "json": format_json, "github": format_github, "sarif": format_sarif}


def _plural(n, word):
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report):
    """`checked 412 sentences in 9 pages: 398 cited, 14 exempt, 0 uncited, 2 suppressed; 0 errors, 1 warning`."""
    s = report.sentences
    files = report.files
    where = _plural(len(files.get("page", [])), "page")
    extra = []
    if files.get("catalog"):
        extra.append(_plural(len(files["catalog"]), "catalog"))
    if files.get("bib"):
        extra.append(f"{len(files['bib'])} {'bibliography' if len(files['bib']) == 1 else 'bibliographies'}")
    if extra:
        where += (", " if len(extra) > 1 else " and ") + " and ".join(extra)
    return (
        f"checked {_plural(s['checked'], 'sentence')} in {where}: {s['cited']} cited, "
        f"{s['exempt']} exempt, {s['uncited']} uncited, {s['suppressed']} suppressed; "
        f"{_plural(report.errors, 'error')}, {_plural(report.warnings, 'warning')}"
    )


def statistics(report):
    """Counts per rule, sentences, and every suppression with its reason."""
    lines = ["findings by rule:"]
    counts = Counter((f.rule, f.name, f.severity) for f in report.findings)
    if counts:
        for (code, name, severity), n in sorted(counts.items()):
            lines.append(f"  {n:5d}  {code} [{name}] ({severity})")
    else:
        lines.append("      0")
    s = report.sentences
    lines += [
        f"sentences checked: {s['checked']}",
        f"sentences carrying citations: {s['own']}",
        f"sentences cited in their block: {s['cited'] - s['cited_own']}",
        f"sentences exempt: {s['exempt']}",
        *(
            f"  {s[key]:5d}  {key.split(':', 1)[1]}"
            for key in sorted(s, key=lambda k: (-s[k], k))
            if key.startswith("exempt:") and s[key]
        ),
        f"sentences uncited: {s['uncited']}",
        f"suppressions: {len(report.suppressions)} ({len(report.suppressed)} findings suppressed)",
    ]
    for comment in report.suppressions:
        rules = ", ".join(comment.rules) or "?"
        used = f"{comment.used} suppressed" if not comment.problems else "invalid"
        lines.append(
            f"  {display(comment.path)}:{comment.line}: ignore[{rules}] ({used}): {comment.reason or '(no reason)'}"
        )
    return "\n".join(lines) + "\n"
