"""The article's Sphinx extensions: one module per concern, listed by name in docs/conf.py.

Extensions (each ``setup()`` only registers: config values, event handlers, directives):

* ``references``: the reference list's style (medical-journal, per edition).
* ``cjk``: Japanese lines join without a space.
* ``catalogs``: compiles this package's message catalog (``pvt_site``) and
  gives the English edition its translated title and credits; a translation
  that cannot format ({yaer}) is a build error naming the PO entry.
* ``translation_check``: other editions show no Japanese paragraph (a stale
  catalog or a msgstr Sphinx rejected is a build error with the fix).
* ``stale_output``: a page removed from the sources is removed from the built
  site (Sphinx leaves its old file in the output folder).
* ``eeat_block``: the E-E-A-T block after each page's title.
* ``language_switch``: the link to the same page in the other edition (web).
* ``structured_data``: hreflang alternates, OpenGraph and JSON-LD (web).
* ``sitemap``: sitemap.xml of both editions (web).
* ``sources``: the ``{pvt-sources}`` directive.
* ``safety``: safe external links, reproducible ePub, ePub metadata, unique ids.
* ``content_security``: each edition's doctree after translations and includes: raw
  HTML, link/image/download targets, HTML in text, outside files, template variables.
* ``output_security``: every built page parsed and refused if it can run code; each
  web page's Content-Security-Policy, computed from the page.
* ``lint_bridge``: the project lint's page rules inside the build.

Shared by them (``setup()`` registers their config values; the extensions
load them with ``app.setup_extension``): ``editions`` (the editions' URLs),
``record`` (a page's E-E-A-T record, read with lint.core.eeat). Helpers with
no setup: ``messages`` (the catalog's ``_``), ``doctree``, ``bibliography``.

What the build shares with the lint (the record, dates, evidence levels,
language helpers) lives in lint/core/; the project is installed
(``pip install -e .``) so both packages import by name.
"""
