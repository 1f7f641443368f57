"""Speed and memory: the lint against textlint on the article's pages, cold and with their caches.

    python benchmarks/speed.py [--runs N]       # from the project root

Commands: the lint with every rule family (ALL) and with JAS,MED, both without their cache
(--no-cache: a cold run); textlint with the preset (no cache); then the warm runs: the lint with
its cache (--cache-dir in a temporary folder, filled by the warm-up run, the files unchanged) and
textlint --cache (--cache-location likewise). Each command runs as a whole process (start-up
included), alternating between the tools, N times each (default 7); the table gives medians of
wall time, CPU time (user + sys) and peak resident memory (os.wait4 of the child), and the
ratios. Writes benchmarks/results/speed.json.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def commands(files, config, tmp):
    tmp = Path(tmp)
    return {
        "lint (all rules)": (common.lint_command(files, "ALL"), common.ROOT),
        "lint --select JAS,MED": (common.lint_command(files, "JAS,MED"), common.ROOT),
        "textlint": (common.textlint_command(files, config), common.HERE),
        "lint (all rules), warm cache": (common.lint_command(files, "ALL", tmp / "lint-cache"), common.ROOT),
        "textlint --cache, warm": (
            common.textlint_command(files, config) + ["--cache", "--cache-location", str(tmp / "textlint-cache")],
            common.HERE,
        ),
    }


def run(files, runs, config, tmp, names=None):
    cmds = commands(files, config, tmp)
    names = names or list(cmds)
    samples = {name: [] for name in names}
    # warm the file cache and the interpreters once, writing bytecode: an installed lint has its
    # .pyc files (pip compiles them) and its stored MED table (lint.core.derived), while a shell
    # with PYTHONDONTWRITEBYTECODE set (the development shells) writes neither, so that every
    # module edited since the last write was compiled from source in every measured run (+17 %
    # CPU with none of the lint's .pyc files; the MED table rebuilt, +0.05 s)
    dont_write = os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    try:
        for name in names:
            common.measure(*cmds[name])
    finally:
        if dont_write is not None:
            os.environ["PYTHONDONTWRITEBYTECODE"] = dont_write
    for _ in range(runs):
        for name in names:  # alternate so that machine noise hits every tool alike
            wall, cpu, rss, code = common.measure(*cmds[name])
            if code not in (0, 1):
                sys.exit(f"{name} failed with exit status {code}")
            samples[name].append((wall, cpu, rss))
    return {
        name: {
            "wall_s": statistics.median(s[0] for s in v),
            "cpu_s": statistics.median(s[1] for s in v),
            "peak_rss_mb": statistics.median(s[2] for s in v),
            "runs": len(v),
            "wall_min_s": min(s[0] for s in v),
            "wall_max_s": max(s[0] for s in v),
        }
        for name, v in samples.items()
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    common.require_textlint()
    common.RESULTS.mkdir(exist_ok=True)
    files = common.pages()
    with tempfile.TemporaryDirectory() as tmp:
        config = common.textlint_config(tmp)
        load_before = os.getloadavg()
        results = run(files, args.runs, config, tmp)
        load_after = os.getloadavg()
    base = results["textlint"]
    load = f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after"
    print(
        f"{len(files)} pages, {sum(len(p.read_text(encoding='utf-8')) for p in files)} characters; "
        f"median of {args.runs} alternating runs; {common.machine()}; {load}\n"
    )
    print(
        "| command | wall time (min–max) | CPU time | peak memory | textlint ÷ this (wall) "
        "| textlint ÷ this (CPU) | this ÷ textlint (memory) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        print(
            f"| {name} | {r['wall_s']:.2f} s ({r['wall_min_s']:.2f}–{r['wall_max_s']:.2f}) | {r['cpu_s']:.2f} s | "
            f"{r['peak_rss_mb']:.0f} MB | {base['wall_s'] / r['wall_s']:.1f}× | "
            f"{base['cpu_s'] / r['cpu_s']:.1f}× | {r['peak_rss_mb'] / base['peak_rss_mb']:.2f} |"
        )
    cold, warm = results["lint (all rules)"], results["lint (all rules), warm cache"]
    print(
        f"\nlint warm ÷ cold (wall): {100 * warm['wall_s'] / cold['wall_s']:.0f}%; textlint --cache warm ÷ "
        f"textlint cold: {100 * results['textlint --cache, warm']['wall_s'] / base['wall_s']:.0f}%"
    )
    (common.RESULTS / "speed.json").write_text(
        json.dumps({"machine": common.machine(), "load": load, "pages": len(files), "results": results}, indent=2),
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
