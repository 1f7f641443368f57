"""Measure Japanese tokenizers for the lint: start-up, throughput, memory.

Each candidate runs in a fresh interpreter (so import and dictionary loading
are counted as a lint run would pay them):

    python benchmarks/tokenizers.py [TEXT ...]

TEXT defaults to docs/*.md plus the Japanese manuscript (shared/manuscript) when it
is there. Throughput is the best of three passes over the text, line by line;
start-up is import + dictionary loading + the first call. Prints one JSON line
per tokenizer and a Markdown table; a candidate that is not installed is skipped.
"""

import json
import statistics
import subprocess
import sys
from pathlib import Path

CANDIDATES = {
    "janome": (
        "from janome.tokenizer import Tokenizer; t = Tokenizer()",
        "list(t.tokenize(s))",
    ),
    "fugashi+ipadic": (
        "import fugashi, ipadic; t = fugashi.GenericTagger(ipadic.MECAB_ARGS)",
        "t(s)",
    ),
    "fugashi+unidic-lite": (
        "import fugashi; t = fugashi.Tagger()",
        "t(s)",
    ),
    "sudachipy+core (mode C)": (
        "from sudachipy import dictionary; t = dictionary.Dictionary().create()",
        "t.tokenize(s)",
    ),
}

CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
{setup}
s = "門脈血栓症は肝臓へ血液を運ぶ門脈に血栓ができる病気です。"
{call}
startup = time.perf_counter() - t0
lines = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if l.strip()]
chars = sum(len(l) for l in lines)
elapsed = float("inf")
for _ in range(3):  # best of three passes over the corpus
    t1 = time.perf_counter()
    for s in lines:
        {call}
    elapsed = min(elapsed, time.perf_counter() - t1)
print(json.dumps(dict(startup=startup, chars=chars, elapsed=elapsed,
                      rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)))
"""


def measure(name, corpus, runs):
    setup, call = CANDIDATES[name]
    code = CHILD.format(setup=setup, call=call)
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, str(corpus)], capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout))
    return {
        "tokenizer": name,
        "startup_s": statistics.median(r["startup"] for r in results),
        "chars_per_s": statistics.median(r["chars"] / r["elapsed"] for r in results),
        "peak_rss_mb": statistics.median(r["rss_mb"] for r in results),
        "chars": results[0]["chars"],
    }


def main(argv):
    root = Path(__file__).resolve().parent.parent
    texts = [Path(a) for a in argv] or sorted((root / "docs").glob("*.md"))
    manuscript = root.parent / "shared" / "manuscript" / "portal-vein-thrombosis-ja.txt"
    if not argv and manuscript.exists():
        texts.append(manuscript)
    corpus = Path("/tmp/pvt-tokenizer-corpus.txt")
    corpus.write_text("\n".join(p.read_text(encoding="utf-8") for p in texts), encoding="utf-8")
    rows = []
    for name in CANDIDATES:
        try:
            row = measure(name, corpus, runs=5)
        except (subprocess.CalledProcessError, json.JSONDecodeError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            print(f"{name}: not measured ({detail.strip().splitlines()[-1]})", file=sys.stderr)
            continue
        print(json.dumps(row, ensure_ascii=False))
        rows.append(row)
    print(
        f"\ncorpus: {len(texts)} file(s), {rows[0]['chars'] if rows else 0} characters; median of 5 fresh processes\n"
    )
    print("| tokenizer | start-up (import + load + first call) | throughput | peak RSS |")
    print("| --- | ---: | ---: | ---: |")
    for r in rows:
        print(
            f"| {r['tokenizer']} | {r['startup_s'] * 1000:.0f} ms | "
            f"{r['chars_per_s'] / 1000:.0f} k chars/s | {r['peak_rss_mb']:.0f} MB |"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
