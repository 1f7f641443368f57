"""Work counts of a cold lint run: the regression guard of benchmarks/speed.py that noise cannot hide.

    python benchmarks/speed_work.py [--select ALL]      # from the project root

Times on a shared machine move by a third from run to run; the counts below do not. Each
selection runs in a fresh interpreter (``python -m lint``'s own code path, without its cache, on
docs/*.md, the command of benchmarks/speed.py) with counters on the functions whose calls made
the earlier regressions: word-pattern matching tried at every word (find_all, the word tests),
MeCab given a text twice (texts tokenized against distinct texts), rule modules imported that the
selection does not need. Writes benchmarks/results/speed_work.json.

The counts when this script was written (2026-11-30, issue 16), --select ALL / JAS,MED: find_all
1,059 / 1,059 calls (57,551 / 57,551 at the start of that day), word tests 13,137 / 13,137
(133,153), 1,691 / 1,678 texts tokenized, all distinct, rule modules 36 / 26 (36 / 36).
"""

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

PROBE = r"""
import collections, json, os, sys
counts = collections.Counter()

import lint.cli as cli
from lint.japanese import tokenizer, wordpattern

def counted(module, name, key):
    original = getattr(module, name)
    def wrapper(*args, **kwargs):
        counts[key] += 1
        return original(*args, **kwargs)
    setattr(module, name, wrapper)

texts = set()
original_tokenize = tokenizer._tokenize_text
def tokenize_text(text):
    counts["texts tokenized"] += 1
    texts.add(text)
    return original_tokenize(text)
tokenizer._tokenize_text = tokenize_text
counted(wordpattern, "find_all", "find_all calls")
counted(wordpattern, "_word_lengths", "word tests")

import lint.rules.medical_ads  # noqa: F401  (binds find_all by name: count its calls there too)
lint.rules.medical_ads.find_all = wordpattern.find_all

out = open(os.devnull, "w")
cli.main(sys.argv[1:], out, out)
counts["distinct texts tokenized"] = len(texts)
from lint.registry import RULES
counts["rule modules imported"] = len({r.function.__module__ for r in RULES.values()})
print(json.dumps({"counts": counts}))
"""


def measure(select, files):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(common.ROOT), str(common.ROOT / "docs" / "_ext")])}
    command = [sys.executable, "-c", PROBE, "--no-cache", "--select", select, "--format", "json", *map(str, files)]
    out = subprocess.run(command, capture_output=True, text=True, cwd=common.ROOT, env=env)
    if out.returncode != 0:
        sys.exit(f"the probe failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--select", action="append", help="selections to count (default: ALL and JAS,MED)")
    args = parser.parse_args()
    files = common.pages()
    results = {select: measure(select, files) for select in args.select or ["ALL", "JAS,MED"]}
    keys = sorted({key for r in results.values() for key in r["counts"]})
    print(f"{len(files)} pages; cold runs (--no-cache) of python -m lint's code in a fresh interpreter\n")
    print("| count | " + " | ".join(f"--select {s}" for s in results) + " |")
    print("| --- |" + " ---: |" * len(results))
    for key in keys:
        print(f"| {key} | " + " | ".join(f"{r['counts'].get(key, 0):,}" for r in results.values()) + " |")
    common.RESULTS.mkdir(exist_ok=True)
    (common.RESULTS / "speed_work.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
