"""Shared fixtures (one real build of all four outputs per test run) and the test markers.

Markers (``nox -s tests -- -m "not build and not browser and not slow"`` is the quick inner loop):
- ``build``: runs Sphinx (the shared build, a temporary project, or a gettext extraction)
- ``browser``: drives Chromium (Debian packages chromium, chromium-driver, fonts-noto-cjk)
- ``slow``: takes more than a few seconds for another reason (property tests, many pages)
A test that uses the shared build gets ``build`` from its fixtures; modules that run Sphinx
themselves declare ``pytestmark``.

The builds load the extensions by name (docs/conf.py): the project must be installed in the
test environment (``pip install -e .``, as nox does), so that ``pvt_sphinx`` and ``lint``
import; the report header says where they come from.
"""

import functools
import http.server
import importlib.util
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
LANGUAGES = ("ja", "en")
FORMATS = ("html", "epub")
# Pages of the article (docs/*.md); _includes are fragments, not pages.
PAGES = sorted(p.stem for p in DOCS.glob("*.md"))


def run_sphinx(builder, language, out, doctrees, *extra, source=DOCS, cwd=ROOT, timeout=None, env=None):
    """Build one edition exactly as nox does (warnings are errors); ``source`` is the docs folder."""
    cmd = [
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        builder,
        "-W",
        "--keep-going",
        "-n",
        "-q",
        "-d",
        str(doctrees),
        "-D",
        f"language={language}",
        *extra,
        str(source),
        str(out),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=timeout, env=env)


@pytest.fixture(scope="session")
def build_root(tmp_path_factory):
    """Build HTML and ePub in Japanese and English into a temporary folder."""
    root = tmp_path_factory.mktemp("build")
    results = {}
    for language in LANGUAGES:
        for fmt in FORMATS:
            out = root / fmt / language
            results[(fmt, language)] = run_sphinx(fmt, language, out, root / "doctrees" / language)
    return root, results


@pytest.fixture(scope="session")
def built(build_root):
    """The build folder, after checking that every build succeeded without a warning."""
    root, results = build_root
    for (fmt, language), result in results.items():
        assert result.returncode == 0, f"{fmt}/{language} failed:\n{result.stderr}"
        assert "WARNING" not in result.stderr, f"{fmt}/{language} warned:\n{result.stderr}"
    return root


BUILD_FIXTURES = {"built", "build_root"}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if BUILD_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.build)
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.browser)


# ---------------------------------------------------------------- external tools
#
# Some tests need programs that pip cannot install: Debian's chromium, chromium-driver,
# fonts-noto-cjk and epubcheck (with Java). Without them those tests are skipped, and the
# end of the run says what was skipped and what to install; with PVT_REQUIRE_TOOLS=1
# (.ci/run and the GitHub workflow set it) a missing tool fails the test instead.

SYSTEM_PACKAGES = "epubcheck chromium chromium-driver fonts-noto-cjk gettext"
EPUBCHECK_JAR = Path("/usr/share/java/epubcheck.jar")
_missing = {}  # tool -> how to install it, for the summary


def missing_tool(tool, package, install=None):
    """Skip (or, with PVT_REQUIRE_TOOLS=1, fail) a test that needs ``tool``."""
    how = install or f"sudo apt-get install -y {package} (Debian/Ubuntu)"
    _missing[tool] = how
    message = f"{tool} is not installed: {how}"
    if os.environ.get("PVT_REQUIRE_TOOLS") == "1":
        pytest.fail(message + " (PVT_REQUIRE_TOOLS=1 makes this an error)", pytrace=False)
    pytest.skip(message)


def has_cjk_font():
    """A Japanese font, asked of fontconfig (fc-list) wherever fonts are installed."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, ":lang=ja", "family"], capture_output=True, text=True)
    return found.returncode == 0 and bool(found.stdout.strip())


def pytest_terminal_summary(terminalreporter):
    if _missing:
        terminalreporter.section("tests skipped for missing system tools")
        for tool, how in sorted(_missing.items()):
            terminalreporter.write_line(f"{tool}: {how}")
        terminalreporter.write_line(
            f"all at once on Debian/Ubuntu: sudo apt-get install -y {SYSTEM_PACKAGES}; "
            "elsewhere: Chromium with its ChromeDriver, Noto Sans CJK JP, and "
            "epubcheck (needs Java)"
        )


@pytest.fixture(scope="session")
def epubcheck():
    """The epubcheck command line. Debian's /usr/bin/epubcheck is the jar itself, which runs
    directly only where binfmt_misc is set up (not in most containers); `java -jar` runs everywhere."""
    java = shutil.which("java")
    if EPUBCHECK_JAR.is_file() and java:
        return [java, "-jar", str(EPUBCHECK_JAR)]
    if shutil.which("epubcheck"):
        return [shutil.which("epubcheck")]
    missing_tool("epubcheck", "epubcheck")


@pytest.fixture(scope="session")
def msgfmt():
    """GNU gettext's msgfmt, the reference for what a catalog may hold (Debian's gettext)."""
    return find_program(["msgfmt"], "gettext")


# ---------------------------------------------------------------- the browser

CHROMIUM_ARGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-extensions",
    "--disable-default-apps",
    "--hide-scrollbars",
    "--force-color-profile=srgb",
)
DESKTOP = (1280, 900)


def find_program(names, package):
    for name in names:
        path = shutil.which(name) or (name if os.path.isabs(name) and os.access(name, os.X_OK) else None)
        if path:
            return path
    missing_tool(names[0], package)


@pytest.fixture(scope="session")
def screenshots():
    folder = Path(os.environ.get("PVT_SCREENSHOTS") or ROOT / "_build" / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site(built):
    """Base URL of the built HTML (http://127.0.0.1:PORT/), editions under ja/ and en/."""
    handler = functools.partial(_QuietHandler, directory=str(built / "html"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="pvt-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """A headless Chromium with a fresh profile, 1280×900."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        missing_tool("selenium", None, "pip install -c constraints.txt -e .[test]")
    chromium = find_program(["chromium", "/usr/bin/chromium", "chromium-browser"], "chromium")
    driver_path = find_program(["chromedriver", "/usr/bin/chromedriver"], "chromium-driver")
    if not has_cjk_font():
        missing_tool("a Japanese font (Noto Sans CJK JP)", "fonts-noto-cjk")

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in CHROMIUM_ARGS:
        options.add_argument(argument)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
    options.add_argument("--lang=ja")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # console errors are test failures
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download a driver
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def pytest_report_header(config):
    spec = importlib.util.find_spec("pvt_sphinx")
    where = spec.origin if spec else "NOT importable: install the project (pip install -e .)"
    return f"pvt_sphinx: {where}"


# ---------------------------------------------------------------- the claim tests (CIT001 on fixture pages)
LINT_FIXTURES = ROOT / "tests" / "lint" / "fixtures"


@pytest.fixture
def cit001_session(tmp_path):
    """A lint session over the fixture bibliography with only CIT001 selected."""
    from lint.runner import make_session

    config = tmp_path / "lint.toml"
    config.write_text('[tool.pvt-lint]\nselect = ["CIT001"]\n', encoding="utf-8")
    return make_session(root=LINT_FIXTURES, config_path=config, bib=LINT_FIXTURES / "refs.bib")


@pytest.fixture
def reasons(cit001_session):
    """``reasons(text)``: (status, reason) of each sentence of a page, as CIT001 classifies them."""
    from lint.analysis import claims
    from lint.parsing.markdown import parse_page
    from lint.registry import lookup

    def classify(text):
        page = parse_page("page.md", text)
        ctx = cit001_session.context([page]).bind(lookup("CIT001"), page)
        return [(c.status, c.reason) for c in claims.classify(page, ctx)]

    return classify
