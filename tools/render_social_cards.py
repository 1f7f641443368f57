"""Render the social cards (og:image, 1200×630 PNG) of both editions from the diagram.

    python tools/render_social_cards.py

Headless Chromium (Debian's chromium and chromium-driver, as the browser tests use) draws
docs/figures/portal-venous-system{,.en}.svg under the edition's title on a white card and
writes docs/_static/social/card.<language>.png. Run it again when the diagram or the title
changes; the PNGs are committed, so the build needs no browser.
"""

import base64
import html
import sys
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ROOT / "docs" / "figures"
OUT = ROOT / "docs" / "_static" / "social"
CARDS = {
    "ja": (FIGURES / "portal-venous-system.svg", "門脈血栓症：患者さんとご家族のための解説"),
    "en": (FIGURES / "portal-venous-system.en.svg", "Portal vein thrombosis: a guide for patients and families"),
}
WIDTH, HEIGHT = 1200, 630
FONTS = '"Noto Sans CJK JP", "Hiragino Sans", sans-serif'


def card_html(svg: Path, title: str, language: str) -> str:
    data = base64.b64encode(svg.read_bytes()).decode()
    return f"""<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><style>
html, body {{ margin: 0; width: {WIDTH}px; height: {HEIGHT}px; background: #ffffff; overflow: hidden; }}
body {{ display: flex; flex-direction: column; align-items: center; font-family: {FONTS}; }}
h1 {{ margin: 24px 40px 8px; font-size: 40px; line-height: 1.25; color: #1A237E; text-align: center; }}
img {{ height: {HEIGHT - 110}px; }}
</style></head><body><h1>{html.escape(title)}</h1>
<img alt="" src="data:image/svg+xml;base64,{data}"></body></html>"""


def main() -> int:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--force-color-profile=srgb",
        f"--window-size={WIDTH},{HEIGHT}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        driver.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False},
        )
        OUT.mkdir(parents=True, exist_ok=True)
        for language, (svg, title) in CARDS.items():
            page = OUT.parent.parent.parent / "_build" / f"social-card.{language}.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(card_html(svg, title, language), encoding="utf-8")
            driver.get(page.as_uri())
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
            (OUT / f"card.{language}.png").write_bytes(base64.b64decode(shot["data"]))
            print(OUT / f"card.{language}.png")
    finally:
        driver.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
