"""Sphinx configuration for the portal vein thrombosis article.

Japanese is the source language; the English edition is built with
``-D language=en`` from the catalogs in ``locale/``.
"""

import os
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
sys.path.insert(0, str(DOCS / "_ext"))

project = "門脈血栓症：患者さんとご家族のための解説"
author = "JapaneseHealth.org編集委員会"
copyright = "2026, JapaneseHealth.org編集委員会"
version = release = "2026.11"  # the article's edition (year.month of the last update)

# Read the Docs builds each edition as its own project and says which one here.
language = os.environ.get("READTHEDOCS_LANGUAGE", "ja")
locale_dirs = ["../locale/"]
gettext_compact = False  # one catalog per page, so translators see per-page status
gettext_uuid = False
gettext_location = False  # no line numbers: an edit elsewhere must not touch every entry

extensions = [
    "myst_parser",
    "sphinxcontrib.bibtex",
    "pvt_references",
    "pvt_cjk",
    "pvt_site",
    "pvt_safety",
    "pvt_lint",  # the lint runs inside the build: an uncited claim stops -W
]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

bibtex_bibfiles = ["../refs.bib"]
bibtex_reference_style = "label"
# pvt_references picks "pvt-ja" or "pvt-en" from the build language.
bibtex_default_style = "pvt-ja"

exclude_patterns = ["_build", "_meta", "_includes", "Thumbs.db", ".DS_Store"]
templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["pvt.css"]
html_theme = "alabaster"
html_title = project
html_short_title = project
epub_title = project

# pvt_site: where the two editions live (hreflang, canonical, OpenGraph, sitemap).
pvt_site_url = "https://japanesehealth.org/portal-vein-thrombosis/"
pvt_site_languages = ["ja", "en"]  # the first is x-default

figure_language_filename = "{path}{basename}.{language}{ext}"

epub_basename = "portal-vein-thrombosis"
epub_author = author
epub_publisher = author
epub_copyright = copyright
epub_description = "門脈血栓症の原因・症状・診断・治療と日本の公的支援を、出典とともに解説する患者さん向けの記事"
epub_contributor = author
epub_show_urls = "no"
epub_exclude_files = ["search.html"]
