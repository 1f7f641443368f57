"""A real browser on the built HTML: Debian's Chromium driven by Selenium.

The built site (the `built` fixture of tests/conftest.py: built/"html") is served
by http.server on 127.0.0.1 on a free port, in a thread. Chromium runs headless
with a fresh profile and no network besides that server (background networking,
component updates and sync are off). Needs the Debian packages chromium,
chromium-driver and fonts-noto-cjk, and selenium from PyPI; a missing one fails
the tests naming what to install (skipped only with PVT_ALLOW_MISSING_TOOLS=1).
Screenshots go to $PVT_SCREENSHOTS (default _build/screenshots).
"""

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-extensions", "--disable-default-apps", "--hide-scrollbars", "--force-color-profile=srgb",
)
DESKTOP = (1280, 900)


def missing_tool(tool, install):
    message = (f"{tool} is not installed: {install} (.ci/run does this). "
               "Set PVT_ALLOW_MISSING_TOOLS=1 to skip the browser tests instead.")
    if os.environ.get("PVT_ALLOW_MISSING_TOOLS") == "1":
        pytest.skip(message)
    pytest.fail(message, pytrace=False)


def find_program(names, package):
    for name in names:
        path = shutil.which(name) or (name if os.path.isabs(name) and os.access(name, os.X_OK) else None)
        if path:
            return path
    missing_tool(names[0], f"install the Debian package `{package}` (apt-get install -y {package})")


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
        missing_tool("selenium", "pip install selenium==4.51.0")
    chromium = find_program(["chromium", "/usr/bin/chromium", "chromium-browser"], "chromium")
    driver_path = find_program(["chromedriver", "/usr/bin/chromedriver"], "chromium-driver")
    if not any(Path(p).exists() for p in ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                                          "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")):
        missing_tool("fonts-noto-cjk", "install the Debian package `fonts-noto-cjk`")

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in CHROMIUM_ARGS:
        options.add_argument(argument)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.add_argument(f"--window-size={DESKTOP[0]},{DESKTOP[1]}")
    options.add_argument("--lang=ja")
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never download a driver
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
