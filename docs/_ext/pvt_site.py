"""Site features of the article: who wrote and reviewed it, and how the web finds it.

* E-E-A-T block: right after each page's title (HTML and ePub, both
  editions), the author, the state of the medical review, the review dates
  and a link to the editorial policy. It comes from the one shared record
  (``docs/_meta/eeat.yaml``) that each page's front matter names
  (``eeat: _meta/eeat.yaml``). While the review is pending the block says so,
  and never names a reviewer.
* Web edition only (the ``html`` builder, never the ePub): a link to the same
  page in the other edition, ``hreflang`` alternates, OpenGraph tags, a
  schema.org ``MedicalWebPage`` in JSON-LD, and a ``sitemap.xml`` listing
  every page of both editions. ``html_baseurl`` is set per edition so Sphinx
  writes the canonical link.
* The ``{pvt-sources}`` directive lists the main sources (refs.bib entries
  with ``keywords = {main-source}``) grouped by their ``evidence`` level, each
  with a real numbered citation.

The labels are this extension's own message catalog (``pvt_site``), compiled
from ``locale/<lang>/LC_MESSAGES/pvt_site.po`` when the build starts. Nothing
this extension adds is translatable page text, so none of it enters the
pages' gettext catalogs.
"""

from __future__ import annotations

import datetime
import html
import json
import os
import posixpath
import re
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.locale import get_translation
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from pvt_cjk import join_wide_lines

MESSAGE_CATALOG = "pvt_site"
_ = get_translation(MESSAGE_CATALOG)
logger = logging.getLogger(__name__)

FRONT_MATTER_KEY = "eeat"
REVIEW_STATES = ("pending", "complete")
REVIEWER_FIELDS = ("name", "credentials", "position", "affiliation")
LANGUAGE_NAMES = {"ja": "日本語", "en": "English"}  # each in its own language
OG_LOCALES = {"ja": "ja_JP", "en": "en_US"}
WEB_BUILDERS = ("html", "dirhtml")  # builders that make the web edition
MAIN_SOURCE_KEYWORD = "main-source"
DESCRIPTION_LIMIT = 200  # characters of og:description
CONDITION_CODE = {"@type": "MedicalCode", "code": "I81", "codingSystem": "ICD-10"}

# Evidence levels of refs.bib (the ``evidence`` field), strongest first, with
# the heading {pvt-sources} gives each group. Wrapped in a function so the
# labels are translated when used, not when this module is imported.
EVIDENCE_LEVELS = (
    "clinical-guideline", "meta-analysis", "narrative-review", "primary-study",
    "government", "reference-work", "patient-information", "video", "other",
)


def evidence_heading(level):
    return {
        "clinical-guideline": _("診療ガイドライン"),
        "meta-analysis": _("メタアナリシス・システマティックレビュー"),
        "narrative-review": _("総説"),
        "primary-study": _("個別の研究"),
        "government": _("公的機関の情報"),
        "reference-work": _("医学事典・参考書"),
        "patient-information": _("患者さん向けの情報"),
        "video": _("動画"),
        "other": _("その他の情報源"),
    }[level]


# -- the shared record ------------------------------------------------------

class RecordError(Exception):
    """The E-E-A-T record cannot be read or is incomplete."""


_RECORD_CACHE: dict = {}


def load_record_file(path):
    """The record at *path* (a mapping), cached by modification time."""
    path = Path(path)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise RecordError(f"E-E-A-T record {path} not found") from exc
    cached = _RECORD_CACHE.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RecordError(f"E-E-A-T record {path} cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise RecordError(f"E-E-A-T record {path} must be a mapping")
    _RECORD_CACHE[path] = (stamp, data)
    return data


def record_reference(env, docname):
    """The front-matter value naming a page's record (a path, or inline JSON)."""
    meta = env.metadata.get(docname, {})
    return meta.get(FRONT_MATTER_KEY) or env.config.pvt_site_eeat


def record_path(env, docname, reference):
    """Where a path in a page's front matter points, as the lint's EAT rules read it.

    '/' is docs/; a relative path is looked up from the page's folder upward to
    docs/ (lint/parsing/eeat_record.py), so a page in a sub-folder may share it.
    """
    srcdir = Path(env.srcdir)
    if reference.startswith("/"):
        return srcdir / reference.lstrip("/")
    page_folder = Path(env.doc2path(docname)).parent
    for folder in [page_folder, *page_folder.parents]:
        if (folder / reference).is_file():
            return folder / reference
        if folder == srcdir:
            break
    return page_folder / reference  # missing: the error names the page's own folder


def page_record(env, docname):
    """(record, path or None) for a page; raises RecordError."""
    reference = str(record_reference(env, docname)).strip()
    if reference.startswith("{"):  # an inline mapping (MyST stores it as JSON)
        try:
            data = json.loads(reference)
        except ValueError as exc:
            raise RecordError(f"inline E-E-A-T record is not a mapping: {exc}") from exc
        if not isinstance(data, dict):
            raise RecordError("inline E-E-A-T record is not a mapping")
        return data, None
    path = record_path(env, docname, reference)
    return load_record_file(path), path


def pick(value, language):
    """A record value in the edition's language: a plain value, or a {ja:, en:} mapping."""
    if isinstance(value, dict):
        for key in (language, "ja", "en"):
            if value.get(key) not in (None, ""):
                return str(value[key])
        return ""
    return "" if value is None else str(value)


def as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def record_dates(record):
    dates = record.get("dates") or {}
    return {key: as_date(dates.get(key)) for key in ("published", "last_updated", "last_reviewed", "next_review")}


def review_status(record):
    """'pending' or 'complete'; raises RecordError for a record that claims more than it holds."""
    reviewer = record.get("reviewer") or {}
    status = str(reviewer.get("status", "pending")).strip().lower()
    if status not in REVIEW_STATES:
        raise RecordError(f"reviewer.status must be one of {', '.join(REVIEW_STATES)}, not {status!r}")
    if status == "complete":
        missing = [f for f in REVIEWER_FIELDS if not pick(reviewer.get(f), "ja").strip()]
        if missing:
            raise RecordError("reviewer.status is complete but reviewer " + ", ".join(missing) + " is empty")
    return status


def format_day(date, language):
    from babel.dates import format_date

    try:
        return format_date(date, format="long", locale=language or "ja")
    except Exception:  # an unknown locale: ISO is readable everywhere
        return date.isoformat()


# -- the E-E-A-T block (doctree-read: HTML and ePub) ------------------------

def _line(classes, label, *value_nodes):
    """A 'Label: value' paragraph, never translatable page text."""
    paragraph = nodes.paragraph("", "", classes=["pvt-eeat-line", *classes], translatable=False)
    paragraph += nodes.inline("", f"{label}:", classes=["pvt-eeat-label"])
    paragraph += nodes.Text(" ")
    for node in value_nodes:
        paragraph += node
    return paragraph


def eeat_block(record, language, docname, policy_doc):
    """The docutils nodes of the E-E-A-T block for one page."""
    block = nodes.container("", classes=["pvt-eeat"])
    author = record.get("author") or {}
    author_name = pick(author.get("name"), language)
    author_url = pick(author.get("url"), language)
    if author_url:
        author_node = nodes.reference("", author_name, refuri=author_url, internal=False)
    else:
        author_node = nodes.Text(author_name)
    block += _line(["pvt-eeat-author"], _("著者"), author_node)

    reviewer = record.get("reviewer") or {}
    if review_status(record) == "complete":
        block += _line(["pvt-eeat-review", "pvt-eeat-complete"], _("医学監修"),
                       nodes.Text(pick(reviewer.get("name"), language)))
        details = [pick(reviewer.get(f), language) for f in ("credentials", "position", "affiliation")]
        block += nodes.paragraph("", str(_("、")).join(d for d in details if d),
                                 classes=["pvt-eeat-reviewer"], translatable=False)
        bio = pick(reviewer.get("bio"), language)
        if bio and docname == policy_doc:
            block += nodes.paragraph("", bio, classes=["pvt-eeat-bio"], translatable=False)
    else:
        block += _line(["pvt-eeat-review", "pvt-eeat-pending"], _("医学監修"),
                       nodes.strong("", str(_("確認中"))))
        block += nodes.paragraph("", str(_("この記事は、まだ医師による医学的な監修を受けていません。")),
                                 classes=["pvt-eeat-note"], translatable=False)

    dates = record_dates(record)
    # Until a physician has reviewed the article, the last check is the editors' own.
    reviewed = _("最終確認日") if review_status(record) == "complete" else _("編集部による最終確認日")
    for key, label in (("last_updated", _("最終更新日")), ("last_reviewed", reviewed),
                       ("next_review", _("次回見直し予定"))):
        if dates[key]:
            block += _line([f"pvt-eeat-{key.replace('_', '-')}"], label,
                           nodes.Text(format_day(dates[key], language)))

    if policy_doc and docname != policy_doc:
        xref = addnodes.pending_xref(
            "", refdomain="std", reftype="doc", reftarget="/" + policy_doc,
            refexplicit=True, refwarn=True, refdoc=docname,
        )
        xref += nodes.inline("", str(_("編集方針")), classes=["doc"])
        paragraph = nodes.paragraph("", "", classes=["pvt-eeat-policy"], translatable=False)
        paragraph += xref
        block += paragraph
    return block


def title_position(doctree):
    """(parent, index) just after the page's H1; the top of the page when it has none."""
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is not None and section.children and isinstance(section[0], nodes.title):
        return section, 1
    return doctree, 0


def inject_eeat(app, doctree):
    env = app.env
    docname = env.docname
    try:
        record, path = page_record(env, docname)
        if path is not None:
            env.note_dependency(str(path), docname=docname)
        policy_doc = pick(record.get("editorial_policy"), "ja").strip() or app.config.pvt_site_policy_doc
        block = eeat_block(record, env.config.language or "ja", docname, policy_doc)
    except RecordError as exc:
        logger.warning("%s", exc, location=docname, type="pvt_site", subtype="eeat")
        return
    parent, index = title_position(doctree)
    parent.insert(index, block)


# -- URLs of the two editions ---------------------------------------------

def editions(config):
    return [str(lang) for lang in config.pvt_site_languages]


def edition_base(config, language):
    """Absolute URL of an edition's root, ending in '/'."""
    site = config.pvt_site_url.rstrip("/") + "/"
    path = config.pvt_site_edition_path.format(language=language).strip("/")
    return site + (path + "/" if path else "")


def page_url(config, builder, language, docname):
    return edition_base(config, language) + builder.get_target_uri(docname)


def relative_url(config, builder, from_language, to_language, docname):
    """Link from this page of one edition to the same page of another."""
    site = config.pvt_site_url.rstrip("/") + "/"
    here = page_url(config, builder, from_language, docname)[len(site):]
    there = page_url(config, builder, to_language, docname)[len(site):]
    start = posixpath.dirname(here) or "."
    relative = posixpath.relpath(there or ".", start)
    return relative + ("/" if there.endswith("/") and not relative.endswith("/") else "")


def is_web_build(app):
    return getattr(app.builder, "name", "") in WEB_BUILDERS


def other_editions(config):
    language = config.language or "ja"
    return [lang for lang in editions(config) if lang != language]


def add_language_switch(app, doctree, docname):
    """Web edition only: a link to the same page in the other edition(s)."""
    if not is_web_build(app) or docname not in app.env.found_docs:
        return
    config = app.config
    language = config.language or "ja"
    links = []
    for other in other_editions(config):
        href = relative_url(config, app.builder, language, other, docname)
        name = LANGUAGE_NAMES.get(other, other)
        links.append(
            f'<a class="pvt-langswitch-link" href="{html.escape(href)}" '
            f'hreflang="{html.escape(other)}" lang="{html.escape(other)}">{html.escape(name)}</a>'
        )
    if not links:
        return
    raw = nodes.raw("", f'<p class="pvt-langswitch">{" ".join(links)}</p>\n', format="html")
    parent, index = title_position(doctree)
    parent.insert(index, raw)


# -- head metadata: alternates, OpenGraph, JSON-LD -------------------------

def prose_text(node):
    """The reader-visible prose of a node: citations, raw HTML and comments left out."""
    parts = []
    for child in node.children:
        if isinstance(child, nodes.Text):
            parts.append(str(child))
        elif isinstance(child, (nodes.raw, nodes.comment, nodes.system_message, nodes.citation_reference,
                                nodes.footnote_reference, nodes.target)):
            continue
        elif isinstance(child, addnodes.pending_xref) and child.get("refdomain") == "cite":
            continue
        elif isinstance(child, nodes.Element):
            if "bibtex-citation" in child.get("classes", []):
                continue
            parts.append(prose_text(child))
    return "".join(parts)


def tidy(text):
    """One line: Japanese lines join as on the page (pvt_cjk); other white space collapses."""
    return re.sub(r"\s+", " ", join_wide_lines(text)).strip()


def first_paragraph(doctree):
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


def shorten(text, limit=DESCRIPTION_LIMIT):
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind("。"), cut.rfind(". "))
    if end >= limit // 2:
        return cut[: end + 1]
    return cut[: limit - 1].rstrip() + "…"


def json_for_script(data):
    """JSON that cannot end its <script> element or break a line in old parsers."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                          ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def latex_text(value):
    """A BibTeX field as plain text (braces and escapes resolved)."""
    from pybtex.richtext import Text

    try:
        return tidy(Text.from_latex(value).render_as("text"))
    except Exception:  # pybtex rejects unbalanced braces; show the raw value
        return tidy(value.replace("{", "").replace("}", ""))


def entry_title(entry, language):
    fields = entry.fields
    japanese = fields.get("langid", "").lower() == "japanese"
    if language == "en" and japanese and fields.get("englishtitle"):
        return latex_text(fields["englishtitle"])
    return latex_text(fields.get("title", entry.key))


def entry_year(entry):
    year = entry.fields.get("year") or entry.fields.get("date", "")[:4]
    match = re.search(r"\d{4}", str(year))
    return match.group(0) if match else ""


def entry_authors(entry):
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


def citation_item(entry, language):
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


def cited_keys(env, docname):
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


def bib_entries(env):
    return env.get_domain("cite").bibdata.data.entries


def organization(agent, language, default_type="Organization"):
    kind = "Person" if str(agent.get("type", "")).lower() == "person" else default_type
    data = {"@type": kind, "name": pick(agent.get("name"), language)}
    url = pick(agent.get("url"), language)
    if url:
        data["url"] = url
    return data


def condition(language):
    return {"@type": "MedicalCondition", "name": str(_("門脈血栓症")), "code": dict(CONDITION_CODE)}


def json_ld(app, docname, record, title, description):
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
    for key, field in (("datePublished", "published"), ("dateModified", "last_updated"),
                       ("lastReviewed", "last_reviewed")):
        if dates[field]:
            data[key] = dates[field].isoformat()
    if review_status(record) == "complete":
        reviewer = record["reviewer"]
        data["reviewedBy"] = {
            "@type": "Person",
            "name": pick(reviewer.get("name"), language),
            "jobTitle": pick(reviewer.get("position"), language),
            "affiliation": {"@type": "Organization", "name": pick(reviewer.get("affiliation"), language)},
            "hasCredential": {"@type": "EducationalOccupationalCredential",
                              "name": pick(reviewer.get("credentials"), language)},
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


def page_title(env, docname):
    title = env.titles.get(docname)
    return tidy(title.astext()) if title is not None else docname


def head_metadata(app, pagename, context, doctree):
    config = app.config
    language = config.language or "ja"
    record, _path = page_record(app.env, pagename)
    title = page_title(app.env, pagename)
    description = shorten(first_paragraph(doctree))
    esc = html.escape
    langs = editions(config)
    if language not in langs:
        langs = [language, *langs]
    tags = []
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
        ("article:published_time", dates["published"].isoformat() if dates["published"] else ""),
        ("article:modified_time", dates["last_updated"].isoformat() if dates["last_updated"] else ""),
    ]
    for prop, content in og:
        if content:
            tags.append(f'<meta property="{esc(prop)}" content="{esc(content)}" />')
    data = json_ld(app, pagename, record, title, description)
    tags.append(f'<script type="application/ld+json">\n{json_for_script(data)}\n</script>')
    return "\n".join(tags) + "\n"


def on_page_context(app, pagename, templatename, context, doctree):
    if not is_web_build(app):
        # The ePub is read offline: no canonical web address in its pages.
        if getattr(app.builder, "name", "").startswith("epub"):
            context["pageurl"] = None
        return
    if doctree is None or pagename not in app.env.found_docs:
        return
    try:
        context["metatags"] = context.get("metatags", "") + head_metadata(app, pagename, context, doctree)
    except RecordError as exc:
        logger.warning("%s", exc, location=pagename, type="pvt_site", subtype="eeat")


# -- sitemap.xml (web edition, build-finished) -----------------------------

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"


def sitemap_pages(env):
    root = env.config.root_doc
    return ([root] if root in env.found_docs else []) + sorted(d for d in env.found_docs if d != root)


def sitemap_xml(app):
    config, env = app.config, app.env
    langs = editions(config)
    ET.register_namespace("", SITEMAP_NS)
    ET.register_namespace("xhtml", XHTML_NS)
    urlset = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for docname in sitemap_pages(env):
        try:
            record, _path = page_record(env, docname)
            lastmod = record_dates(record)["last_updated"]
        except RecordError:
            lastmod = None
        for lang in langs:
            url = ET.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
            ET.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = page_url(config, app.builder, lang, docname)
            if lastmod:
                ET.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = lastmod.isoformat()
            for alt, target in [(a, a) for a in langs] + [("x-default", langs[0])]:
                ET.SubElement(url, f"{{{XHTML_NS}}}link", rel="alternate", hreflang=alt,
                              href=page_url(config, app.builder, target, docname))
    ET.indent(urlset, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(urlset, encoding="unicode") + "\n"


def write_sitemap(app, exception):
    if exception is not None or not is_web_build(app):
        return
    (Path(app.outdir) / "sitemap.xml").write_text(sitemap_xml(app), encoding="utf-8")


# -- {pvt-sources}: the main sources by evidence level ---------------------

def entry_keywords(entry):
    return {k.strip().lower() for k in re.split(r"[,;]", entry.fields.get("keywords", "")) if k.strip()}


def mark_untranslatable(node):
    """Generated text is no page text: keep it out of the gettext catalogs.

    Inline nodes are left alone: without a "translatable" attribute they are never
    extracted, and with one Sphinx's RemoveTranslatableInline unwraps them.
    """
    for element in node.findall(nodes.TextElement):
        if not isinstance(element, nodes.Inline):
            element["translatable"] = False


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

    def run(self):
        domain = self.env.get_domain("cite")
        for bibfile in domain.bibdata.bibfiles:
            self.env.note_dependency(str(bibfile))
        keyword = self.options.get("keyword", MAIN_SOURCE_KEYWORD).strip().lower()
        level = self.options.get("heading-level", 3)
        language = self.config.language or "ja"
        entries = domain.bibdata.data.entries
        chosen = [entry for entry in entries.values() if keyword in entry_keywords(entry)]
        if not chosen:
            logger.warning("pvt-sources: no refs.bib entry has keywords = {%s}", keyword,
                           location=(self.env.docname, self.lineno), type="pvt_site", subtype="sources")
            return []
        # Keys this page has already cited keep their place; the rest follow in
        # refs.bib order, so numbers rise within each group.
        already = cited_keys(self.env, self.env.docname)
        bib_order = {key: i for i, key in enumerate(entries.keys())}

        def order(entry):
            if entry.key in already:
                return (0, already.index(entry.key))
            return (1, bib_order[entry.key])

        groups = {level_: [] for level_ in EVIDENCE_LEVELS}
        for entry in chosen:
            evidence = entry.fields.get("evidence", "").strip().lower()
            if evidence not in groups:
                logger.warning("pvt-sources: %s has evidence = {%s}; expected one of %s", entry.key, evidence,
                               ", ".join(EVIDENCE_LEVELS), location=(self.env.docname, self.lineno),
                               type="pvt_site", subtype="sources")
                evidence = "other"
            groups[evidence].append(entry)

        result = nodes.container("", classes=["pvt-sources"])
        messages = []
        for evidence in EVIDENCE_LEVELS:
            if not groups[evidence]:
                continue
            heading = nodes.rubric("", str(evidence_heading(evidence)), classes=["pvt-sources-heading"])
            heading["heading-level"] = level
            result += heading
            items = nodes.bullet_list("", classes=["pvt-sources-list"])
            for entry in sorted(groups[evidence], key=order):
                paragraph = nodes.paragraph("", "")
                title = entry_title(entry, language)
                if language == "en" and entry.fields.get("langid", "").lower() == "japanese":
                    title += " [in Japanese]"  # as the reference list says it
                paragraph += nodes.inline("", title, classes=["pvt-source-title"])
                year = entry_year(entry)
                if year:
                    paragraph += nodes.Text(str(_("（{year}年）")).format(year=year))
                cite, problems = self.parse_inline("{cite:p}`%s`" % entry.key, lineno=self.lineno)
                paragraph.extend(cite)
                messages.extend(problems)
                items += nodes.list_item("", paragraph)
            result += items
        mark_untranslatable(result)
        return [result, *messages]


# -- set-up -----------------------------------------------------------------

def locale_root(app):
    if app.config.pvt_site_locale_dir:
        return Path(app.srcdir) / app.config.pvt_site_locale_dir
    dirs = list(app.config.locale_dirs or ["locales"])
    return Path(app.srcdir) / dirs[0]


def compile_catalogs(root):
    """Compile every <root>/<lang>/LC_MESSAGES/pvt_site.po whose .mo is missing or older."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    for po in sorted(Path(root).glob(f"*/LC_MESSAGES/{MESSAGE_CATALOG}.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime_ns >= po.stat().st_mtime_ns:
            continue
        with po.open("rb") as handle:
            catalog = read_po(handle, locale=po.parent.parent.name, domain=MESSAGE_CATALOG)
        # Write beside the target and rename, so a parallel build never reads half a file.
        fd, tmp = tempfile.mkstemp(prefix=f".{MESSAGE_CATALOG}.", suffix=".mo", dir=po.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                write_mo(handle, catalog, use_fuzzy=False)
            os.replace(tmp, mo)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def catalog_stamp(app):
    mo = locale_root(app) / (app.config.language or "ja") / "LC_MESSAGES" / f"{MESSAGE_CATALOG}.mo"
    return mo.stat().st_mtime_ns if mo.exists() else None


def reread_after_catalog_change(app, env, added, changed, removed):
    """New labels (a changed pvt_site.po) reach every page: the block is made when a page is read."""
    stamp = catalog_stamp(app)
    if getattr(env, "pvt_site_catalog", None) == stamp:
        return []
    env.pvt_site_catalog = stamp
    return sorted(env.found_docs)


# Config values that carry the article's title or credits; conf.py holds the Japanese.
EDITION_CONFIG = ("project", "html_title", "html_short_title", "epub_title", "author", "copyright",
                  "epub_author", "epub_publisher", "epub_copyright")


def translate_edition_config(config):
    """Other editions take the title and credits from this catalog, as translators expect."""
    if (config.language or "ja") == "ja":
        return
    texts = {
        "門脈血栓症：患者さんとご家族のための解説": _("門脈血栓症：患者さんとご家族のための解説"),
        "JapaneseHealth.org編集委員会": _("JapaneseHealth.org編集委員会"),
    }
    for name in EDITION_CONFIG:
        value = config[name]
        if isinstance(value, str):
            for source, translated in texts.items():
                value = value.replace(source, str(translated))
            config[name] = value


def on_config_inited(app, config):
    root = locale_root(app)
    try:
        compile_catalogs(root)
    except Exception as exc:  # a broken catalog must not hide the build's other problems
        logger.warning("pvt_site: cannot compile %s catalogs in %s: %s", MESSAGE_CATALOG, root, exc,
                       type="pvt_site", subtype="catalog")
    app.add_message_catalog(MESSAGE_CATALOG, str(root))
    translate_edition_config(config)
    if not config.html_baseurl:
        config.html_baseurl = edition_base(config, config.language or "ja")


def setup(app):
    app.add_config_value("pvt_site_url", "https://japanesehealth.org/portal-vein-thrombosis/", "html", str)
    app.add_config_value("pvt_site_languages", ["ja", "en"], "html", list)
    # Path of an edition below pvt_site_url; "{language}/latest/" for Read the Docs' layout.
    app.add_config_value("pvt_site_edition_path", "{language}/", "html", str)
    app.add_config_value("pvt_site_eeat", "/_meta/eeat.yaml", "env", str)
    app.add_config_value("pvt_site_policy_doc", "editorial-policy", "env", str)
    app.add_config_value("pvt_site_locale_dir", "", "env", str)
    app.connect("config-inited", on_config_inited)
    app.connect("env-get-outdated", reread_after_catalog_change)
    app.connect("doctree-read", inject_eeat, priority=600)  # after the metadata collector
    app.connect("doctree-resolved", add_language_switch)
    app.connect("html-page-context", on_page_context)
    app.connect("build-finished", write_sitemap)
    app.add_directive("pvt-sources", SourcesDirective)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
