"""The ``{pvt-sources}`` directive: the main sources, grouped by evidence level.

It lists the refs.bib entries with ``keywords = {main-source}`` under the
headings of lint.core.evidence (strongest level first), each with a real
numbered citation. The lint checks the same ``evidence`` field (BIB008).
"""

from __future__ import annotations

import re

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from lint.core.evidence import FALLBACK_LEVEL, HEADINGS, LEVELS, level_of
from lint.core.language import is_japanese_entry

from .bibliography import cited_keys, entry_title, entry_year
from .doctree import mark_untranslatable
from .messages import _

logger = logging.getLogger(__name__)

MAIN_SOURCE_KEYWORD = "main-source"


def entry_keywords(entry) -> set[str]:
    """An entry's ``keywords``, trimmed and in lower case."""
    return {k.strip().lower() for k in re.split(r"[,;]", entry.fields.get("keywords", "")) if k.strip()}


class SourcesDirective(SphinxDirective):
    """List refs.bib entries with a keyword (``main-source``) grouped by evidence level.

    Usage in a MyST page::

        ```{pvt-sources}
        ```

    Options: ``:keyword:`` (default ``main-source``), ``:heading-level:``
    (level of the group headings, default 3).
    """

    has_content = False
    option_spec = {"keyword": directives.unchanged, "heading-level": directives.positive_int}

    def run(self) -> list[nodes.Node]:
        domain = self.env.get_domain("cite")
        for bibfile in domain.bibdata.bibfiles:
            self.env.note_dependency(str(bibfile))
        keyword = self.options.get("keyword", MAIN_SOURCE_KEYWORD).strip().lower()
        level = self.options.get("heading-level", 3)
        language = self.config.language or "ja"
        entries = domain.bibdata.data.entries
        chosen = [entry for entry in entries.values() if keyword in entry_keywords(entry)]
        if not chosen:
            logger.warning(
                "pvt-sources: no refs.bib entry has keywords = {%s}",
                keyword,
                location=(self.env.docname, self.lineno),
                type="pvt_site",
                subtype="sources",
            )
            return []
        # Keys this page has already cited keep their place; the rest follow in
        # refs.bib order, so numbers rise within each group.
        already = cited_keys(self.env, self.env.docname)
        bib_order = {key: i for i, key in enumerate(entries.keys())}

        def order(entry):
            if entry.key in already:
                return (0, already.index(entry.key))
            return (1, bib_order[entry.key])

        groups = {level_: [] for level_ in LEVELS}
        for entry in chosen:
            evidence = level_of(entry.fields)
            if evidence not in groups:
                logger.warning(
                    "pvt-sources: %s has evidence = {%s}; expected one of %s",
                    entry.key,
                    evidence,
                    ", ".join(LEVELS),
                    location=(self.env.docname, self.lineno),
                    type="pvt_site",
                    subtype="sources",
                )
                evidence = FALLBACK_LEVEL
            groups[evidence].append(entry)

        result = nodes.container("", classes=["pvt-sources"])
        messages = []
        for evidence in LEVELS:
            if not groups[evidence]:
                continue
            # The heading's Japanese text is the catalog's message id: translated here, when used.
            heading = nodes.rubric("", str(_(HEADINGS[evidence])), classes=["pvt-sources-heading"])
            heading["heading-level"] = level
            result += heading
            items = nodes.bullet_list("", classes=["pvt-sources-list"])
            for entry in sorted(groups[evidence], key=order):
                paragraph = nodes.paragraph("", "")
                title = entry_title(entry, language)
                if language == "en" and is_japanese_entry(entry.fields.get("langid", "")):
                    title += " [in Japanese]"  # as the reference list says it
                paragraph += nodes.inline("", title, classes=["pvt-source-title"])
                year = entry_year(entry)
                if year:
                    paragraph += nodes.Text(str(_("（{year}年）")).format(year=year))
                cite, problems = self.parse_inline(f"{{cite:p}}`{entry.key}`", lineno=self.lineno)
                paragraph.extend(cite)
                messages.extend(problems)
                items += nodes.list_item("", paragraph)
            result += items
        mark_untranslatable(result)
        return [result, *messages]


def setup(app: Sphinx) -> dict:
    app.setup_extension("pvt_sphinx.catalogs")  # the headings
    app.add_directive("pvt-sources", SourcesDirective)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
