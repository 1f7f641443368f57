"""A benchmark corpus that cannot be used stops the benchmark with a plain message (file and line), exit 2."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("benchmark", ["claims.py", "translation.py", "medical_ads.py"])
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "cannot read the corpus"),
        (b"- id: a\n  text: [\n", ":3:1: the corpus is not valid YAML"),
        (b"\xff\xfe- id: a\n", "not UTF-8"),
        (b"id: a\ntext: b\n", "a YAML list of entries"),
    ],
)
def test_an_unusable_corpus_is_named_not_a_traceback(tmp_path, benchmark, content, expected):
    corpus = tmp_path / "corpus.yaml"
    if content is not None:
        corpus.write_bytes(content)
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / benchmark), "--corpus", str(corpus)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 2
    assert str(corpus) in result.stderr and expected in result.stderr
    assert "Traceback" not in result.stderr
