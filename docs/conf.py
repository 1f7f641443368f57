"""Sphinx configuration for the portal vein thrombosis article.

Japanese is the source language; the English edition is built with
``-D language=en`` from the catalogs in ``locale/``.

Our extensions are the package ``pvt_sphinx`` (docs/_ext/pvt_sphinx/), loaded
by module name: the project is installed where it is built
(``pip install -e .``, as nox and Read the Docs do), which makes
``pvt_sphinx`` and the ``lint`` it shares code with importable.
"""

import os

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
    "pvt_sphinx.references",  # the reference list's style, per edition
    "pvt_sphinx.cjk",  # Japanese lines join without a space
    "pvt_sphinx.catalogs",  # the extensions' labels (pvt_site.po) and the edition's title
    "pvt_sphinx.translation_check",  # other editions: no Japanese paragraph left (stale catalog)
    "pvt_sphinx.stale_output",  # a page removed from the sources is removed from the built site
    "pvt_sphinx.eeat_block",  # author, review and dates after each title
    "pvt_sphinx.language_switch",  # web: link to the other edition
    "pvt_sphinx.structured_data",  # web: hreflang, OpenGraph, JSON-LD
    "pvt_sphinx.sitemap",  # web: sitemap.xml, robots.txt
    "pvt_sphinx.theme",  # web: the theme's accessibility fixes
    "pvt_sphinx.sources",  # the {pvt-sources} directive
    "pvt_sphinx.safety",  # safe links, reproducible ePub, unique ids
    "pvt_sphinx.content_security",  # each edition's doctree: raw HTML, link targets, downloads, titles
    "pvt_sphinx.output_security",  # the built pages: no script but the theme's; Content-Security-Policy
    "pvt_sphinx.lint_bridge",  # the lint runs inside the build: an uncited claim stops -W
]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

bibtex_bibfiles = ["../refs.bib"]
bibtex_reference_style = "label"
# pvt_sphinx.references picks "pvt-ja" or "pvt-en" from the build language.
bibtex_default_style = "pvt-ja"

exclude_patterns = ["_build", "_meta", "_includes", "Thumbs.db", ".DS_Store"]
templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["pvt.css"]
# Furo: maintained, phone first (navigation at the top, previous/next links), no console errors,
# and the best Lighthouse figures of the themes compared (README.md, "Theme").
html_theme = "furo"
html_theme_options = {
    "navigation_with_keys": False,
    "top_of_page_buttons": [],  # no "view source" / "edit" buttons: readers, not contributors
}
# Japanese search finds a word inside a compound (抗凝固 in 抗凝固療法): pvt_sphinx.search.
html_search_options = {"type": "pvt_sphinx.search.CompoundSplitter"}
html_favicon = "_static/favicon.svg"  # browsers ask for one; a 404 is an error in the console
html_copy_source = False
html_show_sourcelink = False
html_title = project
html_short_title = project
epub_title = project

# pvt_sphinx.editions: where the two editions live (hreflang, canonical, OpenGraph, sitemap).
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
epub_use_index = False  # the article has no index entries: no empty index page in the reading order
# The cover is the edition's social card (pvt_sphinx.theme picks it by language when empty).
epub_cover = ()
epub_exclude_files = ["search.html"]
