"""Tasks for editors, translators and CI: `nox -l` lists them.

Every session installs the project itself (editable, so `conf.py` loads the Sphinx extensions
`pvt_sphinx.*` by name and the lint runs from the working tree) with the pins of pyproject.toml
and constraints.txt.
"""

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["build", "lint", "tests"]

LANGUAGES = ("ja", "en")
FORMATS = ("html", "epub")
SPHINX_FLAGS = ("-W", "--keep-going", "-n", "-q")
CONSTRAINTS = ("-c", "constraints.txt")


def install(session, extras=""):
    """The project (editable) with the given extras, pinned by pyproject.toml and constraints.txt."""
    session.install(*CONSTRAINTS, "-e", f".[{extras}]" if extras else ".")


def sphinx(session, builder, language, *extra):
    """Build one edition; doctrees are kept per language so later runs reuse them."""
    session.run(
        "sphinx-build", "-b", builder, *SPHINX_FLAGS,
        "-d", f"_build/doctrees/{language}",
        "-D", f"language={language}",
        *extra, "docs", f"_build/{builder}/{language}",
    )


@nox.session
def build(session):
    """Build every output: HTML and ePub, Japanese and English."""
    install(session)
    for fmt in FORMATS:
        for language in LANGUAGES:
            sphinx(session, fmt, language, *session.posargs)


@nox.session
def html(session):
    """Build the HTML of both editions."""
    install(session)
    for language in LANGUAGES:
        sphinx(session, "html", language, *session.posargs)


@nox.session
def epub(session):
    """Build the ePub of both editions."""
    install(session)
    for language in LANGUAGES:
        sphinx(session, "epub", language, *session.posargs)


@nox.session
def gettext(session):
    """Extract translatable messages from the Japanese pages into _build/gettext."""
    install(session)
    session.run("sphinx-build", "-b", "gettext", *SPHINX_FLAGS, "docs", "_build/gettext")


@nox.session(name="update-po")
def update_po(session):
    """Extract, then merge into locale/en: translations are kept, edited ones turn fuzzy.

    The merge is sphinx-intl's (babel's Catalog.update) through lint.catalog_tools,
    which also records the previous source (#| msgid) for Poedit and Weblate.
    """
    install(session)
    session.run("sphinx-build", "-b", "gettext", *SPHINX_FLAGS, "docs", "_build/gettext")
    session.run(
        "python", "-m", "lint.catalog_tools", "update", "-p", "_build/gettext", "-d", "locale",
        "-l", "en", "-w", "79", *session.posargs,
    )


@nox.session(name="translation-status")
def translation_status(session):
    """Per-page translated / fuzzy / untranslated / obsolete counts (pass --format json)."""
    install(session)
    session.run("python", "-m", "lint.translation_status", *session.posargs)


@nox.session
def preview(session):
    """Live preview for editors: rebuilds on save (pass -D language=en for English)."""
    install(session, "preview")
    session.run(
        "sphinx-autobuild", "-n", "-d", "_build/doctrees/preview", "docs", "_build/preview",
        *session.posargs,
    )


@nox.session
def lint(session):
    """Run the project lint; arguments go to `python -m lint` (try `-- --help`)."""
    install(session)
    session.run("python", "-m", "lint", *session.posargs)


@nox.session
def style(session):
    """ruff (lint and format check) and mypy on the engine and the rule API."""
    install(session, "style")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session
def tests(session):
    """Run every test: style, the lint on the real project, then pytest (which builds all outputs).

    Pass pytest arguments after `--`: `nox -s tests -- -m "not build and not browser"` is the
    quick inner loop.
    """
    install(session, "test,style")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")
    session.run("python", "-m", "lint")
    session.run("pytest", *session.posargs)


BENCHMARKS = ("tokenizers", "agreement", "speed", "scaling", "medical-ads")
TEXTLINT_PARTS = ("agreement", "speed", "scaling")  # the parts that run textlint
# Only for the tokenizer comparison (benchmarks/tokenizers.py); the lint itself uses fugashi + ipadic.
TOKENIZER_CANDIDATES = ("janome==0.5.1", "sudachipy==0.7.0", "sudachidict-core==20261015", "unidic-lite==1.0.8")


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
    install(session)
    if "tokenizers" in parts:
        session.install(*TOKENIZER_CANDIDATES)
    if set(parts) & set(TEXTLINT_PARTS):
        session.run("npm", "ci", "--prefix", "benchmarks", "--no-audit", "--no-fund", external=True)
    for part in BENCHMARKS:
        if part in parts:
            session.run("python", f"benchmarks/{part.replace('-', '_')}.py")
