"""Scaling: 1, 10 and 100 copies of the article's pages, the lint against textlint.

    python benchmarks/scaling.py [--sizes 1,10,100] [--runs N]    # from the project root

Each corpus is COPIES × docs/*.md in a temporary folder (copy-000/…, copy-001/…).
The lint runs as it is (a process pool from 50 pages on) and with --jobs 1 (one
process). For each size the tools run as whole processes (alternating, N runs,
default 3; one run for textlint at the largest size, which takes minutes) and the
table gives the median wall time, the CPU time (user + sys, all processes), the
cores in use (CPU ÷ wall: above 1 only when work runs in parallel), the time per
page and the peak memory (of the largest process: os.wait4's ru_maxrss). Writes
benchmarks/results/scaling.json.
"""

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-textlint", action="store_true", help="measure the lint only")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if not args.no_textlint:
        common.require_textlint()
    common.RESULTS.mkdir(exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        config = common.textlint_config(tmp)
        for size in sizes:
            folder = Path(tmp) / f"corpus-{size}"
            files = common.copy_pages(folder, size)
            tools = {
                "lint --select JAS,MED": (common.lint_command([folder], "JAS,MED"), common.ROOT),
                "same, --jobs 1 (one process)": (
                    common.lint_command([folder], "JAS,MED") + ["--jobs", "1"],
                    common.ROOT,
                ),
            }
            if not args.no_textlint:
                tools["textlint"] = (common.textlint_command([folder], config), common.HERE)
            samples = {name: [] for name in tools}
            for run in range(args.runs):
                for name, (command, cwd) in tools.items():
                    if name == "textlint" and size == max(sizes) and size >= 100 and run > 0:
                        continue
                    wall, cpu, rss, code = common.measure(command, cwd)
                    if code not in (0, 1):
                        sys.exit(f"{name} failed on {size} copies (exit {code})")
                    samples[name].append((wall, cpu, rss))
            for name, values in samples.items():
                wall = statistics.median(v[0] for v in values)
                cpu = statistics.median(v[1] for v in values)
                rows.append(
                    {
                        "copies": size,
                        "pages": len(files),
                        "tool": name,
                        "wall_s": wall,
                        "cpu_s": cpu,
                        "cores": cpu / wall,
                        "ms_per_page": 1000 * wall / len(files),
                        "peak_rss_mb": statistics.median(v[2] for v in values),
                        "runs": len(values),
                    }
                )
                print(json.dumps(rows[-1]), flush=True)
    print(f"\n{common.machine()}\n")
    print("| copies | pages | tool | wall time | CPU time | cores used | per page | peak memory |")
    print("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['copies']} | {r['pages']} | {r['tool']} | {r['wall_s']:.2f} s | {r['cpu_s']:.2f} s | "
            f"{r['cores']:.2f} | {r['ms_per_page']:.1f} ms | {r['peak_rss_mb']:.0f} MB |"
        )
    (common.RESULTS / "scaling.json").write_text(
        json.dumps({"machine": common.machine(), "rows": rows}, indent=2), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
