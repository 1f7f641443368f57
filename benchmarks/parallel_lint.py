"""A prototype of the process pool the runner needs for many files (benchmarks only).

    python benchmarks/parallel_lint.py --select JAS,MED [--jobs 2] PATH ...

It splits the pages into one chunk per process and runs ``lint.runner.run`` on each
chunk in a ProcessPoolExecutor, then prints the number of findings. Page rules
give the same findings as one sequential run; it stands for what lint/runner.py
should do itself when there are many pages (see benchmarks/README.md).
"""

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def lint_chunk(args):
    select, paths = args
    from lint.runner import make_session, run

    report = run(paths, make_session(root=ROOT, select=select))
    return len(report.findings), report.errors


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--select", default="JAS,MED")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    files = sorted(p for path in args.paths for p in (Path(path).rglob("*.md") if Path(path).is_dir() else [Path(path)]))
    select = args.select.split(",")
    chunks = [files[i::args.jobs] for i in range(args.jobs)]
    with ProcessPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lint_chunk, [(select, chunk) for chunk in chunks if chunk]))
    found, errors = map(sum, zip(*results))
    print(f"{found} findings ({errors} errors) in {len(files)} pages with {args.jobs} processes")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
