"""Bring the test cases of the textlint rules JAS ports into tests/lint/conformance/ as data.

    python benchmarks/conformance_import.py MIRRORS    # MIRRORS: folder of bare git copies (owner+name/repo)

For each line of benchmarks/conformance_sources.txt (textlint rule, mirror folder, test file),
benchmarks/conformance_extract.js runs the rule's own test file with textlint-tester replaced
by a recorder, and the valid and invalid cases are written to tests/lint/conformance/<rule>.json
with their origin (repository, path, commit). Only the cases are kept, never the rule's code.
What was written in a file by hand (deliberate differences, option maps, ...) is kept.
"""

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "tests" / "lint" / "conformance"


def error_position(text, error):
    """(line, column) of a textlint error: given, or from its index / range (columns 1-based)."""
    if "line" in error:
        return error["line"], error.get("column")
    index = error.get("index", (error.get("range") or [None])[0])
    if index is None:
        return None, None
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1) + 1


def case(kind, number, raw):
    item = {"text": raw} if isinstance(raw, str) else dict(raw)
    out = {"id": f"{kind}-{number}", "text": item["text"]}
    if item.get("options"):
        out["options"] = item["options"]
    if item.get("ext"):
        out["ext"] = item["ext"]
    if kind.endswith("invalid"):
        errors = []
        flat = []
        for error in item.get("errors", []):  # a few test files nest the list once more
            flat.extend(error if isinstance(error, list) else [error])
        for error in flat:
            line, column = error_position(item["text"], error)
            errors.append({"line": line, "column": column, "message": error.get("message", "")})
        out["errors"] = errors
    return out


def main():
    mirrors = Path(sys.argv[1])
    for line in (HERE / "conformance_sources.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rule, folder, test_file = line.split()
        git_dir = mirrors / folder / "repo"
        data = json.loads(
            subprocess.run(
                ["node", str(HERE / "conformance_extract.js"), str(git_dir), test_file, folder.replace("+", "/")],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        target = OUT / f"{rule}.json"
        old = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
        cases = []
        for run in data["runs"]:
            prefix = "" if len(data["runs"]) == 1 else run["name"].split()[0].strip(":+") + "-"
            cases += [case(prefix + "valid", i, c) for i, c in enumerate(run["valid"], 1) if c is not None]
            cases += [case(prefix + "invalid", i, c) for i, c in enumerate(run["invalid"], 1) if c is not None]
        result = {
            "rule": rule,
            "code": old.get("code"),
            "origin": {
                "repository": data["repository"],
                "path": data["path"],
                "commit": data["commit"],
                "license": "MIT",
            },
            "differences": old.get("differences", {}),
        }
        # what was written by hand (option maps, defaults, not applicable cases) is kept
        result |= {key: value for key, value in old.items() if key not in result and key != "cases"}
        result["cases"] = cases
        target.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(rule, len(cases))


if __name__ == "__main__":
    main()
