"""refs.bib entries as the extensions show them (titles, years) and what a page cites."""

from __future__ import annotations

import re

from sphinx.environment import BuildEnvironment

from lint.core.language import is_japanese_entry

from .doctree import tidy


def latex_text(value: str) -> str:
    """A BibTeX field as plain text (braces and escapes resolved)."""
    from pybtex.richtext import Text

    try:
        return tidy(Text.from_latex(value).render_as("text"))
    except Exception:  # noqa: BLE001 - pybtex rejects unbalanced braces; show the raw value
        return tidy(value.replace("{", "").replace("}", ""))


def entry_title(entry, language: str) -> str:
    """The title in the edition's language: a Japanese entry's englishtitle in English."""
    fields = entry.fields
    if language == "en" and is_japanese_entry(fields.get("langid", "")) and fields.get("englishtitle"):
        return latex_text(fields["englishtitle"])
    return latex_text(fields.get("title", entry.key))


def entry_year(entry) -> str:
    year = entry.fields.get("year") or entry.fields.get("date", "")[:4]
    match = re.search(r"\d{4}", str(year))
    return match.group(0) if match else ""


def cited_keys(env: BuildEnvironment, docname: str) -> list[str]:
    """Keys cited on a page, in order of first citation (sphinxcontrib-bibtex's domain data)."""
    domain = env.get_domain("cite")
    keys = []
    for citation_ref in domain.citation_refs:
        if citation_ref.docname != docname:
            continue
        for target in citation_ref.targets:
            if target.key not in keys:
                keys.append(target.key)
    return keys


def bib_entries(env: BuildEnvironment) -> dict:
    return env.get_domain("cite").bibdata.data.entries
