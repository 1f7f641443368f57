"""Web edition only: what the page's <head> tells search engines and link previews.

``hreflang`` alternates of every edition (and x-default), OpenGraph tags, and
a schema.org ``MedicalWebPage`` in JSON-LD with the author, the reviewer of a
completed review, the dates and the page's citations. Values come from the
page's E-E-A-T record (pvt_sphinx.record). ``html_baseurl`` (set per edition
by pvt_sphinx.editions) makes Sphinx write the canonical link; the ePub, read
offline, gets none.
"""

from __future__ import annotations

import html
import json
import re

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging

from lint.core.eeat import EeatRecordError, pick, record_dates, review_status

from .bibliography import bib_entries, cited_keys, entry_title, entry_year, latex_text
from .doctree import tidy
from .editions import edition_base, editions, is_web_build, page_url
from .messages import _
from .record import page_record

logger = logging.getLogger(__name__)

OG_LOCALES = {"ja": "ja_JP", "en": "en_US"}
DESCRIPTION_LIMIT = 200  # characters of og:description
CONDITION_CODE = {"@type": "MedicalCode", "code": "I81", "codingSystem": "ICD-10"}


# -- the page's description -------------------------------------------------


def prose_text(node: nodes.Node) -> str:
    """The reader-visible prose of a node: citations, raw HTML and comments left out."""
    parts = []
    for child in node.children:
        if isinstance(child, nodes.Text):
            parts.append(str(child))
        elif isinstance(
            child,
            (
                nodes.raw,
                nodes.comment,
                nodes.system_message,
                nodes.citation_reference,
                nodes.footnote_reference,
                nodes.target,
            ),
        ):
            continue
        elif isinstance(child, addnodes.pending_xref) and child.get("refdomain") == "cite":
            continue
        elif isinstance(child, nodes.Element):
            if "bibtex-citation" in child.get("classes", []):
                continue
            parts.append(prose_text(child))
    return "".join(parts)


def first_paragraph(doctree: nodes.document) -> str:
    """The text of the page's first paragraph outside the E-E-A-T block, the sources and the disclaimer."""
    for paragraph in doctree.findall(nodes.paragraph):
        skip = False
        parent = paragraph.parent
        while parent is not None:
            if set(parent.get("classes", [])) & {"pvt-eeat", "pvt-sources", "disclaimer"}:
                skip = True
                break
            parent = parent.parent
        if skip:
            continue
        text = tidy(prose_text(paragraph))
        if text:
            return text
    return ""


def page_description(env, docname: str, language: str, doctree: nodes.document) -> str:
    """The page's description in the edition's language, from its front matter.

    ``description`` is the Japanese (the source language); another edition's is
    ``description_<language>`` (``description_en``), next to it: front matter is not in the
    gettext catalogs, so the translation stands in the page (the lint's SEO001 requires both).
    The first paragraph stands in for a page without one.
    """
    metadata = env.metadata.get(docname, {})
    source = editions(env.config)[0] if editions(env.config) else "ja"
    key = "description" if language == source else f"description_{language}"
    value = metadata.get(key)
    if isinstance(value, str) and value.strip():
        return tidy(value)
    return shorten(first_paragraph(doctree))


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """At most *limit* characters, cut after a sentence when one ends in the second half."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind("。"), cut.rfind(". "))
    if end >= limit // 2:
        return cut[: end + 1]
    return cut[: limit - 1].rstrip() + "…"


def json_for_script(data: object) -> str:
    """JSON that cannot end its <script> element or break a line in old parsers."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


# -- JSON-LD ----------------------------------------------------------------


def entry_authors(entry) -> list[dict]:
    """schema.org agents for an entry's authors (editors when it has none)."""
    persons = entry.persons.get("author") or entry.persons.get("editor") or []
    agents = []
    for person in persons:
        if str(person) == "others":  # "and others" in BibTeX: et al.
            continue
        raw = " ".join(person.first_names + person.middle_names + person.prelast_names + person.last_names)
        corporate = not (person.first_names or person.middle_names) and raw.startswith("{")
        agents.append({"@type": "Organization" if corporate else "Person", "name": latex_text(raw)})
    return agents


def citation_item(entry, language: str) -> dict:
    """A refs.bib entry as a schema.org citation."""
    kind = "ScholarlyArticle" if entry.type.lower() in ("article", "inproceedings") else "CreativeWork"
    item = {"@type": kind, "name": entry_title(entry, language)}
    authors = entry_authors(entry)
    if authors:
        item["author"] = authors
    year = entry_year(entry)
    if year:
        item["datePublished"] = year
    doi = entry.fields.get("doi", "").strip()
    doi_url = "https://doi.org/" + re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", doi, flags=re.I) if doi else ""
    url = entry.fields.get("url", "").strip() or doi_url
    if url:
        item["url"] = url
    if doi_url:
        item["sameAs"] = doi_url
    return item


def organization(agent: dict, language: str, default_type: str = "Organization") -> dict:
    kind = "Person" if str(agent.get("type", "")).lower() == "person" else default_type
    data = {"@type": kind, "name": pick(agent.get("name"), language)}
    url = pick(agent.get("url"), language)
    if url:
        data["url"] = url
    return data


def condition(language: str) -> dict:
    return {"@type": "MedicalCondition", "name": str(_("門脈血栓症")), "code": dict(CONDITION_CODE)}


def json_ld(app: Sphinx, docname: str, record: dict, title: str, description: str) -> dict:
    """The page's schema.org MedicalWebPage."""
    config, env = app.config, app.env
    language = config.language or "ja"
    dates = record_dates(record)
    author = record.get("author") or {}
    publisher = record.get("publisher") or author
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "inLanguage": language,
        "name": title,
        "url": page_url(config, app.builder, language, docname),
    }
    if description:
        data["description"] = description
    complete = review_status(record) == "complete"
    # lastReviewed means a medical review; while it is pending, last_reviewed is only the editors' check
    fields = [("datePublished", "published"), ("dateModified", "last_updated")]
    fields += [("lastReviewed", "last_reviewed")] if complete else []
    for key, field in fields:
        if dates[field]:
            data[key] = dates[field].isoformat()
    if complete:
        reviewer = record["reviewer"]
        data["reviewedBy"] = {
            "@type": "Person",
            "name": pick(reviewer.get("name"), language),
            "jobTitle": pick(reviewer.get("position"), language),
            "affiliation": {"@type": "Organization", "name": pick(reviewer.get("affiliation"), language)},
            "hasCredential": {
                "@type": "EducationalOccupationalCredential",
                "name": pick(reviewer.get("credentials"), language),
            },
        }
    data["author"] = organization(author, language)
    data["publisher"] = organization(publisher, language)
    data["medicalAudience"] = {"@type": "Patient"}
    data["about"] = condition(language)
    data["mainEntity"] = condition(language)
    entries = bib_entries(env)
    citations = [citation_item(entries[key], language) for key in cited_keys(env, docname) if key in entries]
    if citations:
        data["citation"] = citations
    return data


# -- the <head> -------------------------------------------------------------


def social_card(app: Sphinx, language: str) -> str:
    """Absolute URL of the edition's social card (``pvt_og_image``, a path below the edition's root
    with ``{language}``), or "" when there is none."""
    pattern = app.config.pvt_og_image
    if not pattern:
        return ""
    return edition_base(app.config, language) + pattern.format(language=language)


def page_title(env, docname: str) -> str:
    title = env.titles.get(docname)
    return tidy(title.astext()) if title is not None else docname


def head_metadata(app: Sphinx, pagename: str, context: dict, doctree: nodes.document) -> str:
    """The alternates, OpenGraph tags and JSON-LD of one page, as HTML."""
    config = app.config
    language = config.language or "ja"
    record, _path = page_record(app.env, pagename)
    title = page_title(app.env, pagename)
    description = page_description(app.env, pagename, language, doctree)
    esc = html.escape
    langs = editions(config)
    if language not in langs:
        langs = [language, *langs]
    tags = [f'<meta name="description" content="{esc(description)}" />'] if description else []
    for lang in langs:
        href = page_url(config, app.builder, lang, pagename)
        tags.append(f'<link rel="alternate" hreflang="{esc(lang)}" href="{esc(href)}" />')
    default = page_url(config, app.builder, langs[0] if langs else language, pagename)
    tags.append(f'<link rel="alternate" hreflang="x-default" href="{esc(default)}" />')
    site_name = pick((record.get("publisher") or record.get("author") or {}).get("name"), language)
    dates = record_dates(record)
    og = [
        ("og:title", title),
        ("og:type", "article"),
        ("og:url", page_url(config, app.builder, language, pagename)),
        ("og:locale", OG_LOCALES.get(language, language)),
        *[("og:locale:alternate", OG_LOCALES.get(lang, lang)) for lang in langs if lang != language],
        ("og:site_name", site_name),
        ("og:description", description),
        ("og:image", social_card(app, language)),
        ("og:image:width", "1200" if social_card(app, language) else ""),
        ("og:image:height", "630" if social_card(app, language) else ""),
        ("og:image:alt", title if social_card(app, language) else ""),
        ("article:published_time", dates["published"].isoformat() if dates["published"] else ""),
        ("article:modified_time", dates["last_updated"].isoformat() if dates["last_updated"] else ""),
    ]
    for prop, content in og:
        if content:
            tags.append(f'<meta property="{esc(prop)}" content="{esc(content)}" />')
    if social_card(app, language):
        tags.append('<meta name="twitter:card" content="summary_large_image" />')
    data = json_ld(app, pagename, record, title, description)
    tags.append(f'<script type="application/ld+json">\n{json_for_script(data)}\n</script>')
    return "\n".join(tags) + "\n"


def on_page_context(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if not is_web_build(app):
        # The ePub is read offline: no canonical web address in its pages.
        if getattr(app.builder, "name", "").startswith("epub"):
            context["pageurl"] = None
        return
    if doctree is None or pagename not in app.env.found_docs:
        return
    try:
        context["metatags"] = context.get("metatags", "") + head_metadata(app, pagename, context, doctree)
    except EeatRecordError as exc:
        logger.warning("%s", exc, location=pagename, type="pvt_site", subtype="eeat")


def setup(app: Sphinx) -> dict:
    app.setup_extension("pvt_sphinx.editions")
    app.setup_extension("pvt_sphinx.record")
    app.setup_extension("pvt_sphinx.catalogs")  # the condition's name
    # The social card (og:image), rendered from the diagram by tools/render_social_cards.py.
    app.add_config_value("pvt_og_image", "_static/social/card.{language}.png", "html", str)
    app.connect("html-page-context", on_page_context)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
