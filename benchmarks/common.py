"""Shared helpers of the benchmark scripts: corpora, the textlint configuration, commands.

The benchmarks compare the project lint's JAS rules with textlint +
textlint-rule-preset-ja-technical-writing (installed from benchmarks/package.json
into benchmarks/node_modules: ``npm ci --prefix benchmarks``). Nothing here is
used by the lint or its tests.
"""

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
TEXTLINT = HERE / "node_modules" / ".bin" / "textlint"
MANUSCRIPT = ROOT.parent / "shared" / "manuscript" / "portal-vein-thrombosis-ja.txt"
MANUSCRIPT_FALLBACK = Path("/work/shared/manuscript/portal-vein-thrombosis-ja.txt")


def pages():
    """The article's Japanese pages (docs/*.md)."""
    return sorted((ROOT / "docs").glob("*.md"))


def require_textlint():
    if not TEXTLINT.exists():
        sys.exit("textlint is not installed: run `npm ci --prefix benchmarks` (or `npm install --prefix benchmarks`)")


def textlint_config(folder):
    """benchmarks/.textlintrc.json with the house term list injected (max-kanji-continuous-len allow)."""
    config = json.loads((HERE / ".textlintrc.json").read_text(encoding="utf-8"))
    terms = tomllib.loads((ROOT / "lint" / "data" / "ja-terms.toml").read_text(encoding="utf-8"))
    preset = config["rules"]["preset-ja-technical-writing"]
    preset["max-kanji-continuous-len"]["allow"] = terms["kanji"]["allow"]
    path = Path(folder) / "textlintrc.json"
    path.write_text(json.dumps(config, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def textlint_command(files, config):
    return [str(TEXTLINT), "--config", str(config), "--format", "json", *map(str, files)]


def lint_command(files, select="JAS", cache_dir=None, config=None):
    """python -m lint on ``files``: without its cache (a cold run) unless ``cache_dir`` is given.

    ``config``: a settings file to read instead of the project's pyproject.toml.
    """
    cache = ["--cache-dir", str(cache_dir)] if cache_dir else ["--no-cache"]
    settings = ["--config", str(config)] if config else []
    return [sys.executable, "-m", "lint", "--select", select, "--format", "json", *cache, *settings, *map(str, files)]


def run_json(command, cwd):
    out = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
    if out.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return json.loads(out.stdout or "null")


def manuscript_page(folder):
    """The Japanese manuscript as a Markdown page (one paragraph per line, bullets as list items)."""
    source = MANUSCRIPT if MANUSCRIPT.exists() else MANUSCRIPT_FALLBACK
    if not source.exists():
        return None
    lines = []
    for line in source.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if not text:
            continue
        if text.startswith("•"):
            text = "- " + text.lstrip("• ").strip()
        elif re.match(r"^(#|\d+\.\s|[-+*]\s|>)", text):
            text = "\\" + text
        lines.append(text)
    page = Path(folder) / "manuscript.md"
    page.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return page


def copy_pages(folder, copies=1):
    """``copies`` copies of docs/*.md in ``folder`` (folder/copy-N/page.md); returns the files.

    Copy N > 0 has N written before each 。, so that no sentence repeats across copies
    and no tool gains from caching the analysis of a sentence it has already seen.
    """
    files = []
    for n in range(copies):
        target = Path(folder) / f"copy-{n:03d}"
        target.mkdir(parents=True, exist_ok=True)
        for page in pages():
            text = page.read_text(encoding="utf-8")
            if n:
                text = text.replace("。", f"{n}。")
            (target / page.name).write_text(text, encoding="utf-8")
            files.append(target / page.name)
    return files


def measure(command, cwd):
    """Run ``command``; (wall seconds, CPU seconds user+sys, peak RSS in MB, exit status) of that child.

    os.wait4 gives the resource use of exactly this child process (node, or python)
    and of the children it waited for.
    """
    import os
    import time

    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, process.returncode


def machine():
    """A one-line description of this machine for the results."""
    import os
    import platform

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    return (
        f"{os.cpu_count()} cores ({cpu or platform.processor()}){memory}; {platform.system()} "
        f"{platform.release()}; Python {platform.python_version()}; Node {node}"
    )
