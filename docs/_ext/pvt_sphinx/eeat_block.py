"""The E-E-A-T block: who wrote the page and who reviewed it, right after its title.

In HTML and ePub, both editions: the author, the state of the medical review,
the review dates and a link to the editorial policy. It comes from the one
shared record (``docs/_meta/eeat.yaml``) that each page's front matter names
(``eeat: _meta/eeat.yaml``; see pvt_sphinx.record). While the review is
pending the block says so, and never names a reviewer. The block is made when
a page is read (doctree-read), so a changed record or catalog re-reads pages.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging

from lint.core.eeat import EeatRecordError, pick, record_dates, review_status
from lint.core.review import FINGERPRINT_KEY, FingerprintError, fingerprint_path, load_fingerprint

from .doctree import title_position
from .messages import _
from .record import page_record

logger = logging.getLogger(__name__)


def format_day(date: datetime.date, language: str) -> str:
    """A day as the edition writes it (babel's long format); ISO for an unknown locale."""
    from babel.dates import format_date

    try:
        return format_date(date, format="long", locale=language or "ja")
    except Exception:  # noqa: BLE001 - an unknown locale: ISO is readable everywhere
        return date.isoformat()


def _line(classes, label, *value_nodes):
    """A 'Label: value' paragraph, never translatable page text."""
    paragraph = nodes.paragraph("", "", classes=["pvt-eeat-line", *classes], translatable=False)
    paragraph += nodes.inline("", f"{label}:", classes=["pvt-eeat-label"])
    paragraph += nodes.Text(" ")
    for node in value_nodes:
        paragraph += node
    return paragraph


def reviewed_version(record: dict, record_file: Path | None) -> str:
    """ "version (date)" of the completed review's fingerprint, "" when there is none to show."""
    if record_file is None or review_status(record) != "complete":
        return ""
    path = fingerprint_path(record_file, (record.get("reviewer") or {}).get(FINGERPRINT_KEY))
    if path is None or not path.is_file():
        return ""
    try:
        found = load_fingerprint(path)
    except FingerprintError:
        return ""
    return f"{found.version} ({found.reviewed})"


def eeat_block(record: dict, language: str, docname: str, policy_doc: str, reviewed: str = "") -> nodes.container:
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
        block += _line(
            ["pvt-eeat-review", "pvt-eeat-complete"], _("医学監修"), nodes.Text(pick(reviewer.get("name"), language))
        )
        details = [pick(reviewer.get(f), language) for f in ("credentials", "position", "affiliation")]
        block += nodes.paragraph(
            "", str(_("、")).join(d for d in details if d), classes=["pvt-eeat-reviewer"], translatable=False
        )
        if reviewed:  # which version of the text the reviewer saw (lint EAT008 reports later changes)
            block += _line(["pvt-eeat-reviewed-version"], _("監修した版"), nodes.Text(reviewed))
        bio = pick(reviewer.get("bio"), language)
        if bio and docname == policy_doc:
            block += nodes.paragraph("", bio, classes=["pvt-eeat-bio"], translatable=False)
    else:
        block += _line(["pvt-eeat-review", "pvt-eeat-pending"], _("医学監修"), nodes.strong("", str(_("確認中"))))
        block += nodes.paragraph(
            "",
            str(_("この記事は、まだ医師による医学的な監修を受けていません。")),
            classes=["pvt-eeat-note"],
            translatable=False,
        )

    dates = record_dates(record)
    # Until a physician has reviewed the article, the last check is the editors' own.
    reviewed = _("最終確認日") if review_status(record) == "complete" else _("編集部による最終確認日")
    for key, label in (
        ("last_updated", _("最終更新日")),
        ("last_reviewed", reviewed),
        ("next_review", _("次回見直し予定")),
    ):
        if dates[key]:
            block += _line(
                [f"pvt-eeat-{key.replace('_', '-')}"],
                label,
                nodes.inline("", format_day(dates[key], language), classes=["pvt-nowrap"]),
            )

    if policy_doc and docname != policy_doc:
        xref = addnodes.pending_xref(
            "",
            refdomain="std",
            reftype="doc",
            reftarget="/" + policy_doc,
            refexplicit=True,
            refwarn=True,
            refdoc=docname,
        )
        xref += nodes.inline("", str(_("編集方針")), classes=["doc"])
        paragraph = nodes.paragraph("", "", classes=["pvt-eeat-policy"], translatable=False)
        paragraph += xref
        block += paragraph
    return block


def inject_eeat(app: Sphinx, doctree: nodes.document) -> None:
    env = app.env
    docname = env.docname
    try:
        record, path = page_record(env, docname)
        if path is not None:
            env.note_dependency(str(path), docname=docname)
        policy_doc = pick(record.get("editorial_policy"), "ja").strip() or app.config.pvt_site_policy_doc
        reviewed = reviewed_version(record, path)
        if reviewed and path is not None:
            fingerprint = fingerprint_path(path, (record.get("reviewer") or {}).get(FINGERPRINT_KEY))
            if fingerprint is not None:
                env.note_dependency(str(fingerprint), docname=docname)
        block = eeat_block(record, env.config.language or "ja", docname, policy_doc, reviewed)
    except EeatRecordError as exc:
        logger.warning("%s", exc, location=docname, type="pvt_site", subtype="eeat")
        return
    parent, index = title_position(doctree)
    parent.insert(index, block)


def setup(app: Sphinx) -> dict:
    app.setup_extension("pvt_sphinx.record")
    app.setup_extension("pvt_sphinx.catalogs")  # the labels
    app.connect("doctree-read", inject_eeat, priority=600)  # after the metadata collector
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
