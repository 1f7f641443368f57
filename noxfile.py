"""Tasks for editors, translators and CI: `nox -l` lists them."""

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["build", "lint", "tests"]

LANGUAGES = ("ja", "en")
FORMATS = ("html", "epub")
SPHINX_FLAGS = ("-W", "--keep-going", "-n", "-q")
REQUIREMENTS = ("-r", "requirements.txt")


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
    session.install(*REQUIREMENTS)
    for fmt in FORMATS:
        for language in LANGUAGES:
            sphinx(session, fmt, language, *session.posargs)


@nox.session
def html(session):
    """Build the HTML of both editions."""
    session.install(*REQUIREMENTS)
    for language in LANGUAGES:
        sphinx(session, "html", language, *session.posargs)


@nox.session
def epub(session):
    """Build the ePub of both editions."""
    session.install(*REQUIREMENTS)
    for language in LANGUAGES:
        sphinx(session, "epub", language, *session.posargs)


@nox.session
def gettext(session):
    """Extract translatable messages from the Japanese pages into _build/gettext."""
    session.install(*REQUIREMENTS)
    session.run("sphinx-build", "-b", "gettext", *SPHINX_FLAGS, "docs", "_build/gettext")


@nox.session(name="update-po")
def update_po(session):
    """Extract, then merge into locale/en: translations are kept, edited ones turn fuzzy.

    The merge is sphinx-intl's (babel's Catalog.update) through lint.catalog_tools,
    which also records the previous source (#| msgid) for Poedit and Weblate.
    """
    session.install(*REQUIREMENTS)
    session.run("sphinx-build", "-b", "gettext", *SPHINX_FLAGS, "docs", "_build/gettext")
    session.run(
        "python", "-m", "lint.catalog_tools", "update", "-p", "_build/gettext", "-d", "locale",
        "-l", "en", "-w", "79", *session.posargs,
    )


@nox.session(name="translation-status")
def translation_status(session):
    """Per-page translated / fuzzy / untranslated / obsolete counts (pass --format json)."""
    session.install(*REQUIREMENTS)
    session.run("python", "-m", "lint.translation_status", *session.posargs)


@nox.session
def preview(session):
    """Live preview for editors: rebuilds on save (pass -D language=en for English)."""
    session.install(*REQUIREMENTS, "sphinx-autobuild==2025.8.25")
    session.run(
        "sphinx-autobuild", "-n", "-d", "_build/doctrees/preview", "docs", "_build/preview",
        *session.posargs,
    )


@nox.session
def lint(session):
    """Run the project lint; arguments go to `python -m lint` (try `-- --help`)."""
    session.install(*REQUIREMENTS)
    session.run("python", "-m", "lint", *session.posargs)


@nox.session
def tests(session):
    """Run every test: the lint on the real project, then pytest (which builds all outputs)."""
    session.install(*REQUIREMENTS)
    session.run("python", "-m", "lint")
    session.run("pytest", *session.posargs)
