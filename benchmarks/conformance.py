"""Conformance figures: textlint's own test cases (tests/lint/conformance/*.json) through the JAS rules.

    python benchmarks/conformance.py            # from the project root; --json for machine output

Per textlint rule: valid cases without a finding, invalid cases with the expected findings
(count and lines), cases documented as deliberate differences, cases not run (options other
than the defaults, or not Markdown). The test tests/lint/test_conformance.py asserts the same.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "lint" / "conformance"))

import harness  # noqa: E402


def figures():
    rows = []
    for suite in harness.suites():
        row = {
            "rule": suite["rule"],
            "code": suite.get("code"),
            "valid": [0, 0],
            "invalid": [0, 0],
            "documented": len(suite["differences"]),
            "not_run": 0,
            "failing": [],
        }
        for case in suite["cases"]:
            if not harness.runnable(suite, case):
                row["not_run"] += 1
                continue
            kind = "invalid" if "errors" in case else "valid"
            passes, _ = harness.outcome(suite, case)
            row[kind][1] += 1
            row[kind][0] += passes
            if not passes and case["id"] not in suite["differences"]:
                row["failing"].append(case["id"])
        rows.append(row)
    return rows


def main():
    rows = figures()
    if "--json" in sys.argv:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    print("| textlint rule | JAS | valid: no finding | invalid: expected findings | documented | not run |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    total = {"v": [0, 0], "i": [0, 0], "d": 0, "n": 0}
    for r in rows:
        print(
            f"| {r['rule']} | {r['code'] or 'not ported'} | {r['valid'][0]}/{r['valid'][1]} | "
            f"{r['invalid'][0]}/{r['invalid'][1]} | {r['documented']} | {r['not_run']} |"
        )
        for k, key in (("v", "valid"), ("i", "invalid")):
            total[k][0] += r[key][0]
            total[k][1] += r[key][1]
        total["d"] += r["documented"]
        total["n"] += r["not_run"]
    print(
        f"| **all** | | **{total['v'][0]}/{total['v'][1]}** | **{total['i'][0]}/{total['i'][1]}** | "
        f"**{total['d']}** | **{total['n']}** |"
    )
    failing = [f"{r['rule']}:{c}" for r in rows for c in r["failing"]]
    print("\nFailing, undocumented:", ", ".join(failing) or "none")


if __name__ == "__main__":
    main()
