"""The built site in a real browser (headless Chromium): both editions render, citations and the
language switch lead where they should, and a phone-wide window never scrolls sideways."""

import base64
import re

import pytest

LANGUAGES = ("ja", "en")
TITLES = {"ja": "門脈血栓症", "en": "Portal vein thrombosis"}
PHONE = {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True}


def wait_for(driver, condition, timeout=20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def full_page_screenshot(driver, path):
    """The whole page, not only the viewport (Chrome DevTools Page.captureScreenshot)."""
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


INK = """
const [data, done] = arguments;
const image = new Image();
image.onload = () => {
  const canvas = document.createElement('canvas');
  canvas.width = image.width; canvas.height = image.height;
  const c = canvas.getContext('2d');
  c.drawImage(image, 0, 0);
  const pixels = c.getImageData(0, 0, image.width, image.height).data;
  const counts = new Map();
  for (let i = 0; i < pixels.length; i += 4) {
    const key = (pixels[i] >> 4) + ',' + (pixels[i + 1] >> 4) + ',' + (pixels[i + 2] >> 4);
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  const total = pixels.length / 4;
  const background = Math.max(...counts.values());
  done({total: total, ink: (total - background) / total, colours: counts.size});
};
image.onerror = () => done(null);
image.src = 'data:image/png;base64,' + data;
"""

GLYPHS = """
// Draw each character alone in the font the heading uses; a missing glyph is drawn as the
// same box (tofu) for every character, so real glyphs give different pictures.
const [selector, text] = arguments;
const font = getComputedStyle(document.querySelector(selector)).font;
function picture(ch) {
  const canvas = document.createElement('canvas');
  canvas.width = 64; canvas.height = 64;
  const c = canvas.getContext('2d');
  c.fillStyle = '#fff'; c.fillRect(0, 0, 64, 64);
  c.fillStyle = '#000'; c.font = font.replace(/\\d+(\\.\\d+)?px/, '40px'); c.textBaseline = 'top';
  c.fillText(ch, 4, 4);
  return canvas.toDataURL();
}
const pictures = [...text].map(picture);
return {font: font, distinct: new Set(pictures).size, count: pictures.length};
"""


def ink(driver, png_base64):
    return driver.execute_async_script(INK, png_base64)


@pytest.mark.parametrize("language", LANGUAGES)
def test_landing_page_renders(browser, site, screenshots, language):
    browser.get(f"{site}{language}/index.html")
    assert TITLES[language] in browser.title, browser.title
    assert browser.execute_script("return document.documentElement.lang") == language
    heading = browser.find_element("css selector", "div.body h1, [role=main] h1")
    assert heading.is_displayed() and heading.text.strip()
    text = browser.find_element("css selector", "div.body, [role=main]").text
    if language == "ja":
        assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]{20}", text), text[:200]
    else:
        assert re.search(r"[A-Za-z]+ [a-z]+ [a-z]+ [a-z]+", text), text[:200]

    # The heading's pixels are not blank, and (Japanese) its characters are real glyphs, not tofu.
    result = ink(browser, heading.screenshot_as_base64)
    assert result and result["colours"] >= 2 and result["ink"] > 0.02, result
    if language == "ja":
        glyphs = browser.execute_script(GLYPHS, "div.body h1, [role=main] h1", "門脈血栓症")
        assert glyphs["distinct"] == glyphs["count"], f"Japanese characters drawn as boxes: {glyphs}"
    page = ink(browser, browser.get_screenshot_as_base64())
    assert page and page["ink"] > 0.02, page
    full_page_screenshot(browser, screenshots / f"{language}-index.png")


@pytest.mark.parametrize("language", LANGUAGES)
def test_citation_link_lands_on_its_reference(browser, site, screenshots, language):
    browser.get(f"{site}{language}/treatment.html")
    full_page_screenshot(browser, screenshots / f"{language}-treatment.png")
    links = browser.find_elements("css selector", "span.bibtex-citation a[href*='references.html#'], "
                                                  "a.citation[href*='references.html#']")
    assert len(links) > 10
    link = links[len(links) // 2]  # one from the middle of the page
    number = link.text.strip()
    target = link.get_attribute("href").split("#", 1)[1]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    wait_for(browser, lambda d: d.current_url.split("#")[0].endswith(f"/{language}/references.html"))
    assert browser.current_url.endswith("#" + target)
    entry = browser.find_element("id", target)
    in_view = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.bottom > 0 && r.top < window.innerHeight && r.top >= -2;", entry)
    assert in_view, f"#{target} is not in view"
    label = entry.text.strip() or browser.execute_script("return arguments[0].parentElement.innerText", entry)
    assert re.match(rf"\[?{re.escape(number)}\]?\b", label.strip()), (number, label[:80])


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switch_leads_to_the_same_page(browser, site, language):
    other = "en" if language == "ja" else "ja"
    for page in ("index", "treatment"):
        browser.get(f"{site}{language}/{page}.html")
        switch = browser.find_element("css selector", f"a[hreflang='{other}']")
        assert switch.is_displayed()
        assert switch.get_attribute("href").endswith(f"/{other}/{page}.html")
        switch.click()
        wait_for(browser, lambda d: d.current_url.endswith(f"/{other}/{page}.html"))
        assert browser.execute_script("return document.documentElement.lang") == other
        assert browser.find_element("css selector", "div.body h1, [role=main] h1").text.strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_phone_width_never_scrolls_sideways(browser, site, screenshots, language):
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    try:
        for page in ("treatment", "index", "references"):
            browser.get(f"{site}{language}/{page}.html")
            if page == "treatment":
                table = browser.find_elements("css selector", "table")
                assert table and table[0].is_displayed()
                full_page_screenshot(browser, screenshots / f"{language}-treatment-375px.png")
            # A phone lays out a page too wide for it by zooming out: innerWidth grows with it.
            inner, scroll = browser.execute_script(
                "return [window.innerWidth, document.documentElement.scrollWidth]")
            wide = browser.execute_script(
                "return [...document.querySelectorAll('body *')]"
                ".filter(e => e.getBoundingClientRect().right > arguments[0] + 1)"
                ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))",
                PHONE["width"])
            assert inner == PHONE["width"] and scroll <= inner, (
                f"{language}/{page}.html at {PHONE['width']}px: innerWidth {inner}, scrollWidth {scroll}; "
                f"too wide: {wide}")
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
