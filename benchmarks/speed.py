"""Speed and memory: the lint's JAS+MED rules against textlint on the article's pages.

    python benchmarks/speed.py [--runs N]       # from the project root

Each command runs as a whole process (start-up included), alternating between the
tools, N times each (default 7); the table gives medians of wall time, CPU time
(user + sys) and peak resident memory (os.wait4 of the child), and the ratios.
Writes benchmarks/results/speed.json.
"""

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def commands(files, config):
    return {
        "lint --select JAS,MED": (common.lint_command(files, "JAS,MED"), common.ROOT),
        "lint (all rules)": (common.lint_command(files, "ALL"), common.ROOT),
        "textlint": (common.textlint_command(files, config), common.HERE),
        "npx textlint": (["npx", "--offline", "textlint", *common.textlint_command(files, config)[1:]], common.HERE),
    }


def run(files, runs, config, names=None):
    cmds = commands(files, config)
    names = names or list(cmds)
    samples = {name: [] for name in names}
    for name in names:  # warm the file cache and the interpreters once
        common.measure(*cmds[name])
    for _ in range(runs):
        for name in names:  # alternate so that machine noise hits every tool alike
            wall, cpu, rss, code = common.measure(*cmds[name])
            if code not in (0, 1):
                sys.exit(f"{name} failed with exit status {code}")
            samples[name].append((wall, cpu, rss))
    return {name: {"wall_s": statistics.median(s[0] for s in v), "cpu_s": statistics.median(s[1] for s in v),
                   "peak_rss_mb": statistics.median(s[2] for s in v), "runs": len(v),
                   "wall_min_s": min(s[0] for s in v), "wall_max_s": max(s[0] for s in v)}
            for name, v in samples.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    common.require_textlint()
    common.RESULTS.mkdir(exist_ok=True)
    files = common.pages()
    with tempfile.TemporaryDirectory() as tmp:
        config = common.textlint_config(tmp)
        results = run(files, args.runs, config)
    results["npx textlint"]["note"] = "npx start-up included"
    base = results["textlint"]
    print(f"{len(files)} pages, {sum(len(p.read_text(encoding='utf-8')) for p in files)} characters; "
          f"median of {args.runs} alternating runs; {common.machine()}\n")
    npx = results["npx textlint"]
    print("| command | wall time | CPU time | peak memory | textlint ÷ this (wall) | npx textlint ÷ this (wall) "
          "| textlint ÷ this (CPU) | this ÷ textlint (memory) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        print(f"| {name} | {r['wall_s']:.2f} s | {r['cpu_s']:.2f} s | {r['peak_rss_mb']:.0f} MB | "
              f"{base['wall_s'] / r['wall_s']:.1f}× | {npx['wall_s'] / r['wall_s']:.1f}× | "
              f"{base['cpu_s'] / r['cpu_s']:.1f}× | {r['peak_rss_mb'] / base['peak_rss_mb']:.2f} |")
    (common.RESULTS / "speed.json").write_text(json.dumps(
        {"machine": common.machine(), "pages": len(files), "results": results}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
