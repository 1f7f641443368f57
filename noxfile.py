"""Tasks for editors, translators and CI: `nox -l` lists them.

Every session installs the project itself (editable, so `conf.py` loads the Sphinx extensions
`pvt_sphinx.*` by name and the lint runs from the working tree) with the pins of pyproject.toml
and constraints.txt.
"""

import hashlib
import os
import shutil
import sys
from pathlib import Path

import nox

# Sessions do not get an environment each: those that need the same packages share one
# (see `install`), so every session runs once without building its own copy of Sphinx.
nox.options.default_venv_backend = "none"
nox.options.sessions = ["tests"]  # what CI runs: the lint, the builds and every test, each once

LANGUAGES = ("ja", "en")
FORMATS = ("html", "epub")
SPHINX_FLAGS = ("-W", "--keep-going", "-n", "-q")
CONSTRAINTS = ("-c", "constraints.txt")


SHARED = Path(".nox") / "shared"  # one environment per set of extras


def find_uv():
    """uv (installed with nox[uv], as README's commands do), or None: then venv and pip make the environments."""
    try:
        from uv import find_uv_bin

        return find_uv_bin()
    except (ImportError, FileNotFoundError):
        return shutil.which("uv")


def install(session, extras="", packages=()):
    """Use the shared environment with the project (editable) and ``extras``, making it when needed.

    The environments are .nox/shared/<extras>; one is made again when pyproject.toml,
    constraints.txt or the Python version changes (a stamp file records what it was made from).
    """
    name = "-".join([extras.replace(",", "-")] + [p.split("==")[0] for p in packages]).strip("-") or "base"
    env = (SHARED / name).resolve()
    bin_dir = env / ("Scripts" if os.name == "nt" else "bin")
    recipe = "\n".join(
        [
            sys.version,
            extras,
            *packages,
            Path("pyproject.toml").read_text(encoding="utf-8"),
            Path("constraints.txt").read_text(encoding="utf-8"),
        ]
    )
    stamp = hashlib.sha256(recipe.encode()).hexdigest()
    stamp_file = env / "pvt-stamp"
    if not stamp_file.is_file() or stamp_file.read_text() != stamp:
        session.log(f"making the shared environment {env} ({extras or 'no extras'})")
        target = [*CONSTRAINTS, "-e", f".[{extras}]" if extras else ".", *packages]
        uv = find_uv()
        if uv:  # measured here: 9 s instead of pip's 38 s for the test environment, same pins
            session.run(uv, "venv", "-q", "--clear", "--python", sys.executable, str(env), external=True)
            session.run(uv, "pip", "install", "-q", "--python", str(bin_dir / "python"), *target, external=True)
        else:
            session.run(sys.executable, "-m", "venv", "--clear", str(env), external=True)
            pip = [str(bin_dir / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
            session.run(*pip, *target, external=True)
        stamp_file.write_text(stamp)
    session.env["VIRTUAL_ENV"] = str(env)
    session.env["PATH"] = os.pathsep.join([str(bin_dir), os.environ.get("PATH", "")])

    def run(program, *args, **kwargs):
        """session.run with ``program`` taken from the shared environment."""
        return session.run(str(bin_dir / program), *args, external=True, **kwargs)

    return run


def sphinx(run, builder, language, *extra):
    """Build one edition; doctrees are kept per language so later runs reuse them."""
    run(
        "sphinx-build",
        "-b",
        builder,
        *SPHINX_FLAGS,
        "-d",
        f"_build/doctrees/{language}",
        "-D",
        f"language={language}",
        *extra,
        "docs",
        f"_build/{builder}/{language}",
    )


@nox.session
def build(session):
    """Build every output: HTML and ePub, Japanese and English."""
    run = install(session, "build")
    for fmt in FORMATS:
        for language in LANGUAGES:
            sphinx(run, fmt, language, *session.posargs)


@nox.session
def html(session):
    """Build the HTML of both editions."""
    run = install(session, "build")
    for language in LANGUAGES:
        sphinx(run, "html", language, *session.posargs)


@nox.session
def epub(session):
    """Build the ePub of both editions."""
    run = install(session, "build")
    for language in LANGUAGES:
        sphinx(run, "epub", language, *session.posargs)


@nox.session
def gettext(session):
    """Extract translatable messages from the Japanese pages into _build/gettext."""
    run = install(session, "build")
    run("sphinx-build", "-b", "gettext", *SPHINX_FLAGS, "docs", "_build/gettext")


@nox.session(name="update-po")
def update_po(session):
    """Extract, then merge into locale/en: translations are kept, edited ones turn fuzzy.

    The merge is sphinx-intl's (babel's Catalog.update) through lint.catalog_tools,
    which also records the previous source (#| msgid) for Poedit and Weblate.
    """
    run = install(session, "build")
    # a template left from a deleted or renamed page would bring its catalog back, empty: extract afresh
    shutil.rmtree("_build/gettext", ignore_errors=True)
    run("sphinx-build", "-b", "gettext", *SPHINX_FLAGS, "docs", "_build/gettext")
    run(
        "python",
        "-m",
        "lint.catalog_tools",
        "update",
        "-p",
        "_build/gettext",
        "-d",
        "locale",
        "-l",
        "en",
        "-w",
        "79",
        *session.posargs,
    )


@nox.session(name="translation-status")
def translation_status(session):
    """Per-page translated / fuzzy / untranslated / obsolete counts (pass --format json)."""
    run = install(session)
    run("python", "-m", "lint.translation_status", *session.posargs)


PREVIEW_HOST, PREVIEW_PORT = "127.0.0.1", 8000


@nox.session
def preview(session):
    """Live preview for editors: rebuilds on save (pass -D language=en for English)."""
    run = install(session, "build,preview")
    session.log(f"Preview at http://{PREVIEW_HOST}:{PREVIEW_PORT}/ (rebuilds when you save; Ctrl-C stops)")
    run(
        "sphinx-autobuild",
        "-n",
        "--host",
        PREVIEW_HOST,
        "--port",
        str(PREVIEW_PORT),
        "-d",
        "_build/doctrees/preview",
        "docs",
        "_build/preview",
        *session.posargs,
    )


def network_reachable(host="doi.org", port=443, timeout=5.0):
    """Whether this machine can open a connection to the internet (linkcheck needs it)."""
    import socket

    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


@nox.session
def linkcheck(session):
    """Check every external link and DOI of both editions (needs internet access)."""
    run = install(session, "build")
    if not network_reachable():
        session.error(
            "linkcheck needs internet access and this machine has none (could not reach doi.org:443); "
            "run it where the network is open"
        )
    for language in LANGUAGES:
        sphinx(run, "linkcheck", language, *session.posargs)


@nox.session
def lint(session):
    """Run the project lint; arguments go to `python -m lint` (try `-- --help`)."""
    run = install(session)
    run("python", "-m", "lint", *session.posargs)


@nox.session(name="review-packet")
def review_packet(session):
    """The physician's review packet: every claim with its sources and English (HTML, and PDF via Chromium)."""
    run = install(session)
    html_file = "_build/review-packet/review-packet.html"
    run("python", "-m", "lint.review_packet", "-o", html_file, *session.posargs)
    chromium = next((c for c in ("chromium", "chromium-browser", "google-chrome") if shutil.which(c)), None)
    if chromium is None:
        session.log("no Chromium found: the HTML is written; print it to PDF from any browser")
        return
    session.run(
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-pdf-header-footer",
        f"--print-to-pdf={Path('_build/review-packet/review-packet.pdf').resolve()}",
        Path(html_file).resolve().as_uri(),
        external=True,
    )


@nox.session
def style(session):
    """ruff (lint and format check) and mypy on the engine and the rule API."""
    run = install(session, "build,test,style")
    run("ruff", "check", ".")
    run("ruff", "format", "--check", ".")
    run("mypy")


@nox.session
def tests(session):
    """Run every test: style, the lint on the real project, then pytest (which builds all outputs).

    Pass pytest arguments after `--`: `nox -s tests -- -m "not build and not browser and not slow"` is the
    quick inner loop.
    """
    run = install(session, "build,test,style")
    run("ruff", "check", ".")
    run("ruff", "format", "--check", ".")
    run("mypy")
    run("python", "-m", "lint")
    run("pytest", *session.posargs)


LIGHTHOUSE_PAGES = ("ja/index.html", "ja/treatment.html", "en/index.html", "en/treatment.html")
LIGHTHOUSE_GOAL = ("accessibility", "best-practices", "seo")  # each must score 1.0 (100)


@nox.session
def lighthouse(session):
    """Lighthouse (tests/lighthouse, pinned) on the landing and treatment pages of both editions.

    Builds the HTML, serves _build/html on 127.0.0.1 (nothing else is reached), runs Lighthouse
    with Debian's Chromium (mobile and desktop) and fails unless accessibility, best practices
    and SEO are 100 on every page. Reports: _build/lighthouse/*.json and scores.json.
    """
    import json
    import subprocess
    import time

    run = install(session, "build")
    for language in LANGUAGES:
        sphinx(run, "html", language)
    session.run("npm", "ci", "--prefix", "tests/lighthouse", "--no-audit", "--no-fund", external=True)
    out = Path("_build/lighthouse")
    out.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen(
        [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", "_build/html"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port N (...)"
        port = int(line.split(" port ")[1].split()[0])
        time.sleep(0.5)
        result = session.run(
            "node",
            "tests/lighthouse/run.mjs",
            f"http://127.0.0.1:{port}/",
            str(out),
            *LIGHTHOUSE_PAGES,
            external=True,
            silent=True,
        )
    finally:
        server.terminate()
        server.wait(10)
    rows = [json.loads(line) for line in result.splitlines() if line.startswith("{")]
    (out / "scores.json").write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    failed = []
    for row in rows:
        scores = " ".join(f"{k} {round(v * 100) if v is not None else '-'}" for k, v in row["scores"].items())
        session.log(f"{row['page']} ({row['formFactor']}): {scores}")
        for category in LIGHTHOUSE_GOAL:
            if row["scores"].get(category) != 1:
                failed.append(
                    f"{row['page']} {row['formFactor']} {category} {row['scores'].get(category)} "
                    f"(failing audits: {', '.join(row['failing'])})"
                )
    if failed:
        session.error("Lighthouse below 100:\n" + "\n".join(failed))


BENCHMARKS = (
    "tokenizers",
    "agreement",
    "speed",
    "scaling",
    "claims",
    "medical-ads",
    "translation",
    "negation-deletions",
    "med-classifier",
)
TEXTLINT_PARTS = ("agreement", "speed", "scaling")  # the parts that run textlint
# Only for the tokenizer comparison (benchmarks/tokenizers.py); the lint itself uses fugashi + ipadic.
TOKENIZER_CANDIDATES = ("janome==0.5.1", "sudachipy==0.7.0", "sudachidict-core==20261015", "unidic-lite==1.0.8")
# Only for the classifier experiment (benchmarks/med_classifier.py); the lint uses no learned model.
CLASSIFIER_PACKAGES = ("scikit-learn==1.9.1",)


@nox.session
def benchmark(session):
    """Compare the Japanese rules with textlint (agreement, speed, scaling); see benchmarks/README.md.

    `nox -s benchmark` runs every part; `nox -s benchmark -- speed agreement` only those.
    textlint is installed from benchmarks/package-lock.json into benchmarks/node_modules.
    """
    parts = session.posargs or BENCHMARKS
    unknown = sorted(set(parts) - set(BENCHMARKS))
    if unknown:
        session.error(f"unknown part {unknown[0]!r}; choose from {', '.join(BENCHMARKS)}")
    if "tokenizers" in parts:
        # The four candidate tokenizers and their dictionaries (about 600 MB) serve only this one
        # comparison: their environment is removed afterwards, so .nox stays small.
        compare = install(session, packages=TOKENIZER_CANDIDATES)
        compare("python", "benchmarks/tokenizers.py")
        shutil.rmtree(session.env["VIRTUAL_ENV"], ignore_errors=True)
    if "med-classifier" in parts:
        experiment = install(session, packages=CLASSIFIER_PACKAGES)
        experiment("python", "benchmarks/med_classifier.py")
    run = install(session)
    if set(parts) & set(TEXTLINT_PARTS):
        session.run("npm", "ci", "--prefix", "benchmarks", "--no-audit", "--no-fund", external=True)
    for part in BENCHMARKS:
        if part in parts and part not in ("tokenizers", "med-classifier"):
            run("python", f"benchmarks/{part.replace('-', '_')}.py")
