"""Agreement of the lint's JAS rules with textlint-rule-preset-ja-technical-writing.

    python benchmarks/agreement.py            # from the project root

Runs textlint (benchmarks/node_modules, configuration benchmarks/.textlintrc.json
plus the house term list) and ``python -m lint --select JAS`` on the same files:

- ``pages``: the article's pages, docs/*.md;
- ``manuscript``: the Japanese source manuscript as one Markdown page (it has far
  more style problems than the edited pages);
- ``fixtures``: the test pages of tests/lint/fixtures/japanese, written to break
  each rule once (so every shared rule is exercised).

For each textlint rule that has a JAS counterpart it counts textlint's findings
and how many of them the lint also reports (same file, same line, mapped rule).
Each finding the lint does not report is put in a class of deliberate difference
when one explains it, else counted as unexplained; "agreement" is the share of
textlint's findings the lint also reports once deliberate differences are set
aside. "JAS only" counts the lint's findings on lines where textlint reports nothing
for that rule. Writes benchmarks/results/agreement.json and prints Markdown tables.
"""

import datetime
import json
import re
import sys
import tempfile
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

sys.path.insert(0, str(common.ROOT))
from lint.config import load_config  # noqa: E402
from lint.engine.loader import load_rules  # noqa: E402
from lint.japanese.terms import load_terms  # noqa: E402
from lint.registry import lookup  # noqa: E402

TERMS = load_terms()

MAPPING = {
    "sentence-length": "JAS001",
    "max-ten": "JAS002",
    "max-kanji-continuous-len": "JAS003",
    "no-doubled-joshi": "JAS004",
    "no-mix-dearu-desumasu": "JAS005",
    "ja-no-mixed-period": "JAS006",
    "no-hankaku-kana": "JAS007",
    "no-invalid-control-character": "JAS008",
    "no-zero-width-spaces": "JAS008",
    "no-nfd": "JAS009",
    "no-unmatched-pair": "JAS010",
    "ja-no-successive-word": "JAS011",
    "no-dropping-the-ra": "JAS012",
    "no-double-negative-ja": "JAS013",
    "no-doubled-conjunction": "JAS014",
    "ja-no-weak-phrase": "JAS015",
    "ja-no-redundant-expression": "JAS016",
    "ja-space-between-half-and-full-width": "JAS017",
    "max-comma": "JAS019",
    "no-doubled-conjunctive-particle-ga": "JAS020",
    "no-exclamation-question-mark": "JAS021",
    "ja-unnatural-alphabet": "JAS022",
    "arabic-kanji-numbers": "JAS023",
    "ja-no-abusage": "JAS024",
}
NOT_IMPLEMENTED: dict[str, str] = {}  # textlint rule -> why the lint has no counterpart
ROLE = re.compile(r"\{[a-z:]+\}`[^`]*`")
DIRECTIVE_LINE = re.compile(r"^\s*(:::|```|:[a-z-]+:)")
COMMENT_LINE = re.compile(r"^\s*%")  # a MyST comment: not rendered, not prose to the lint


def rule_name(rule_id):
    return rule_id.split("/")[-1]


def explain_miss(name, message, lines, line):
    """The deliberate difference that explains a textlint finding the lint does not report, or None.

    ``lines``: the page's lines; ``line``: the finding's line (1-based).
    """
    line_text = lines[line - 1] if line <= len(lines) else ""
    block_text = _block(lines, line)
    if name == "sentence-length" and _syntax_line(line_text):
        # textlint's sentence starts on a comment or directive line and runs into the prose below:
        # it is a deliberate difference only if the prose alone is within the limit
        length = re.search(r"sentence length\((\d+)", message)
        limit = re.search(r"maximum sentence length of (\d+)", message)
        syntax = 0
        for text in lines[line - 1 :]:
            if not _syntax_line(text):
                break
            syntax += len(text) + 1  # textlint counts the line break too
        if length and limit and int(length.group(1)) - syntax <= int(limit.group(1)):
            return (
                "MyST comment (%) and directive lines are text to textlint; "
                "without them the sentence is within the limit"
            )
        return None
    if COMMENT_LINE.match(line_text):
        return "MyST comment lines (% …) are text to textlint's Markdown parser"
    if DIRECTIVE_LINE.match(line_text):
        return "MyST directive syntax (::: fences, :option: lines) is plain text to textlint's Markdown parser"
    if name == "sentence-length":
        length = re.search(r"sentence length\((\d+)", message)
        limit = re.search(r"maximum sentence length of (\d+)", message)
        roles = sum(len(m) for m in ROLE.findall(block_text))
        if length and limit and roles and int(length.group(1)) - roles <= int(limit.group(1)):
            return "textlint counts citation roles ({cite:p}`key`) as sentence text; the lint counts prose only"
    if name == "max-kanji-continuous-len":
        run = message.rsplit(":", 1)[-1].strip()
        if TERMS.kanji_run_allowed(run, 6) and run not in TERMS.allow_kanji:
            return (
                "a listed term joined with short words (原発性肝外門脈閉塞症患者) is allowed; "
                "textlint allows a listed term only alone"
            )
    if "{" in block_text and name in ("no-unmatched-pair", "max-kanji-continuous-len"):
        if ROLE.search(block_text):
            return "MyST role syntax seen as text by textlint"
    return None


def _syntax_line(text):
    return bool(COMMENT_LINE.match(text) or DIRECTIVE_LINE.match(text))


def toml_value(value):
    """A value of the lint's settings in TOML (JSON spells strings, numbers and booleans as TOML does)."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(value, ensure_ascii=False)


def toml_table(data, header):
    """``data`` (a table of settings) as the lines of TOML table ``[header]`` and its subtables."""
    out = [f"[{header}]"]
    out += [
        f"{json.dumps(k, ensure_ascii=False)} = {toml_value(v)}" for k, v in data.items() if not isinstance(v, dict)
    ]
    for key, value in data.items():
        if isinstance(value, dict):
            out += ["", *toml_table(value, f"{header}.{json.dumps(key, ensure_ascii=False)}")]
    return out


def project_settings():
    """The options the project sets for the mapped JAS rules: {(section, key): (value, codes)}.

    A section is whatever the lint reads a rule's options from ([tool.pvt-lint.rules.<name, code,
    family or module>], RuleContext.option), so a family-wide setting is found too.
    """
    load_rules()
    config = load_config(root=common.ROOT)
    found = {}
    for code in sorted(set(MAPPING.values())):
        rule = lookup(code)
        for section in (rule.name, rule.code, rule.family, rule.module):
            options = config.rules.get(section)
            for key, value in options.items() if isinstance(options, dict) else ():
                found.setdefault((section, key), (value, set()))[1].add(code)
    return config, found


def setting_effects(files, workdir):
    """What the lint would also report without each of the project's JAS settings.

    For every option the project sets for a mapped rule, the lint runs again with a copy of the
    project's settings that lacks only that option (so the rule takes its default, which is
    textlint's): {(resolved path, code, line): description of the setting}. A textlint finding
    the lint misses only because of such a setting is a deliberate difference of the project,
    found from the configuration, not from the text.
    """
    config, settings = project_settings()
    effects = {}
    for (section, key), (value, codes) in settings.items():
        data = json.loads(json.dumps(config.data, default=str))  # a deep copy (dates as text)
        del data["rules"][section][key]
        if not data["rules"][section]:
            del data["rules"][section]
        text = "\n".join(toml_table(data, "tool.pvt-lint")) + "\n"
        if tomllib.loads(text)["tool"]["pvt-lint"] != data:
            sys.exit(f"{config.label}: could not copy the settings without [tool.pvt-lint.rules.{section}] {key}")
        path = Path(workdir) / f"settings-without-{len(effects)}-{key}.toml"
        path.write_text(text, encoding="utf-8")
        without = common.run_json(common.lint_command(files, ",".join(sorted(codes)), config=path), common.ROOT)
        without = without["findings"] if isinstance(without, dict) else without
        where = config.path.name if config.path else config.label
        why = (
            f"the project's setting [tool.pvt-lint.rules.{section}] {key} = {toml_value(value)} ({where}); "
            "with the rule's default the lint reports it too"
        )
        for f in without:
            effects.setdefault((str((common.ROOT / f["path"]).resolve()), f["rule"], f["line"]), why)
    return effects


def compare(files, workdir):
    config = common.textlint_config(workdir)
    textlint = common.run_json(common.textlint_command(files, config), common.HERE)
    ours = common.run_json(common.lint_command(files), common.ROOT)
    settings = setting_effects(files, workdir)
    ours_findings = ours["findings"] if isinstance(ours, dict) else ours
    reported = defaultdict(set)  # (resolved path, code) -> lines
    ours_count = Counter()
    for f in ours_findings:
        path = str((common.ROOT / f["path"]).resolve())
        reported[(path, f["rule"])].add(f["line"])
        ours_count[f["rule"]] += 1
    theirs = set()  # (resolved path, code, line) of textlint findings, by JAS code
    for result in textlint:
        for message in result["messages"]:
            code = MAPPING.get(rule_name(message["ruleId"]))
            if code:
                theirs.add((str(Path(result["filePath"]).resolve()), code, message["line"]))
    for f in ours_findings:
        if (str((common.ROOT / f["path"]).resolve()), f["rule"], f["line"]) not in theirs:
            ours_count[f["rule"] + ":only"] += 1
    rows = defaultdict(lambda: {"textlint": 0, "also": 0, "deliberate": Counter(), "unexplained": []})
    for result in textlint:
        path = str(Path(result["filePath"]).resolve())
        lines = Path(path).read_text(encoding="utf-8").split("\n")
        for message in result["messages"]:
            name = rule_name(message["ruleId"])
            row = rows[name]
            row["textlint"] += 1
            code = MAPPING.get(name)
            if code is None:
                continue
            line = message["line"]
            if line in reported[(path, code)]:
                row["also"] += 1
                continue
            why = settings.get((path, code, line)) or explain_miss(name, message["message"], lines, line)
            if why:
                row["deliberate"][why] += 1
            else:
                row["unexplained"].append(f"{Path(path).name}:{line}: {message['message'][:80]}")
    return rows, ours_count


def _block(lines, line):
    """The paragraph (lines up to blank lines) around a line."""
    start = end = line - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return "\n".join(lines[start : end + 1])


def table(rows, ours_count, title):
    out = [
        f"### {title}",
        "",
        "| textlint rule | JAS | textlint findings | also reported | deliberate differences | unexplained | "
        "agreement | JAS findings | JAS only |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    total = {"t": 0, "a": 0, "d": 0, "u": 0}
    for name in list(MAPPING) + sorted(set(rows) - set(MAPPING)):
        row = rows.get(name)
        code = MAPPING.get(name, "—")
        if code == "—":
            if row:
                out.append(f"| {name} | — | {row['textlint']} | — | — | — | not ported | — | — |")
            continue
        row = row or {"textlint": 0, "also": 0, "deliberate": Counter(), "unexplained": []}
        deliberate = sum(row["deliberate"].values())
        comparable = row["textlint"] - deliberate
        agreement = f"{100 * row['also'] / comparable:.0f}%" if comparable else "n/a"
        out.append(
            f"| {name} | {code} | {row['textlint']} | {row['also']} | {deliberate} | "
            f"{len(row['unexplained'])} | {agreement} | {ours_count.get(code, 0)} | "
            f"{ours_count.get(code + ':only', 0)} |"
        )
        total["t"] += row["textlint"]
        total["a"] += row["also"]
        total["d"] += deliberate
        total["u"] += len(row["unexplained"])
    comparable = total["t"] - total["d"]
    overall = f"{100 * total['a'] / comparable:.1f}%" if comparable else "n/a"
    out.append(
        f"| **shared rules** | | **{total['t']}** | **{total['a']}** | **{total['d']}** | "
        f"**{total['u']}** | **{overall}** | | |"
    )
    notes = Counter()
    unexplained = []
    for name, row in rows.items():
        for why, n in row["deliberate"].items():
            notes[f"{name}: {why}"] += n
        unexplained.extend(f"{name}: {u}" for u in row["unexplained"])
    if notes:
        out += ["", "Deliberate differences:"] + [f"- {k} ({v})" for k, v in sorted(notes.items())]
    if unexplained:
        out += ["", "Unexplained (textlint reports, the lint does not):"] + [f"- {u}" for u in unexplained]
    return "\n".join(out), {
        "textlint": total["t"],
        "also": total["a"],
        "deliberate": total["d"],
        "unexplained": total["u"],
        "agreement": overall,
    }


def main():
    common.require_textlint()
    common.RESULTS.mkdir(exist_ok=True)
    report, summary = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {"pages (docs/*.md)": common.pages()}
        manuscript = common.manuscript_page(tmp)
        if manuscript:
            corpora["manuscript (source draft as one page)"] = [manuscript]
        corpora["test fixtures (tests/lint/fixtures/japanese: examples of every rule)"] = sorted(
            (common.ROOT / "tests" / "lint" / "fixtures" / "japanese").glob("*.md")
        )
        for title, files in corpora.items():
            rows, ours_count = compare(files, tmp)
            text, totals = table(rows, ours_count, title)
            report.append(text)
            summary[title] = {
                "totals": totals,
                "rules": {
                    k: {
                        "textlint": v["textlint"],
                        "also": v["also"],
                        "deliberate": dict(v["deliberate"]),
                        "unexplained": v["unexplained"],
                    }
                    for k, v in rows.items()
                },
            }
    (common.RESULTS / "agreement.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    print("\n\n".join(report))
    if NOT_IMPLEMENTED:
        print("\nNot ported:\n" + "\n".join(f"- {k}: {v}" for k, v in NOT_IMPLEMENTED.items()))


if __name__ == "__main__":
    main()
