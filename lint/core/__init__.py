"""What the build and the lint both know, defined once.

Pure Python (the standard library and PyYAML): nothing here imports Sphinx or
docutils, so the lint runs without the Sphinx stack, and the Sphinx extensions
(docs/_ext/pvt_sphinx/) import these modules instead of keeping copies.

* ``eeat``: the E-E-A-T record: finding it from a page, loading it with line
  numbers, the fields it must fill, the review status, its dates.
* ``dates``: the one reading of a date value.
* ``evidence``: the evidence levels of refs.bib and their headings.
* ``language``: Japanese-language entries and character width.

Modules are imported by name (``from lint.core import eeat``); this package
imports none of them itself, so using one does not load the others.
"""
