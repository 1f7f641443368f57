"""The Content-Security-Policy of the built pages works in a real browser (headless Chromium).

A copy of the built English edition gets an injected inline script and an ``<img
onerror>`` on one page, as if they had slipped past every check; the page keeps the
policy the build computed. The injected code must not run, and the theme's own inline
script (its hash is in the policy) must.
"""

import functools
import http.server
import shutil
import threading

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.build]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


INJECTED = (
    "<script>document.documentElement.dataset.pwned = 'script'</script>"
    '<img src="no-such.png" onerror="document.documentElement.dataset.pwnedImage = \'img\'">'
)


@pytest.fixture
def injected_site(built, tmp_path):
    root = tmp_path / "site"
    shutil.copytree(built / "html" / "en", root)
    page = root / "faq.html"
    html = page.read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html
    page.write_text(html.replace("</body>", INJECTED + "</body>"), encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


def test_injected_inline_script_does_not_run(injected_site, browser):
    browser.get(injected_site + "faq.html")
    browser.execute_script("return document.readyState")
    state = browser.execute_script(
        "return {script: document.documentElement.dataset.pwned || null,"
        " img: document.documentElement.dataset.pwnedImage || null,"
        " theme: document.body.dataset.theme || null}"
    )
    assert state["script"] is None, "an injected inline script ran"
    assert state["img"] is None, "an injected event handler ran"
    # the theme's own script (script-src 'self': _static/pvt-theme-mode.js sets the colour scheme) ran
    assert state["theme"] in ("auto", "light", "dark"), state
