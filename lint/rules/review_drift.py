"""EAT008: a page whose text changed after its medical review."""

from __future__ import annotations

from pathlib import Path

from ..analysis.fingerprint import catalog_entries, page_sentences
from ..core.review import FINGERPRINT_KEY, FingerprintError, fingerprint_path, load_fingerprint
from ..findings import ERROR, WARNING
from ..registry import rule
from .eeat import _record, _state

LOCALE_CATALOG = Path("locale") / "en" / "LC_MESSAGES"


def _fingerprint(record, ctx):
    """The record's fingerprint (cached per run), or the reason it cannot be used."""
    cache = _state(ctx).setdefault("fingerprints", {})
    reference = record.get(f"reviewer.{FINGERPRINT_KEY}", None)
    path = fingerprint_path(record.path, reference)
    if path is None:
        return None, "the completed review has no fingerprint (reviewer.fingerprint)"
    if not path.is_file():
        return None, f"the fingerprint that reviewer.fingerprint names ({reference}) does not exist"
    if path not in cache:
        try:
            cache[path] = load_fingerprint(path)
        except FingerprintError as exc:
            cache[path] = exc
    found = cache[path]
    return (None, str(found)) if isinstance(found, FingerprintError) else (found, "")


@rule("EAT008", "changed-since-review", target="page", severity=WARNING, publish=ERROR, options=("exclude",))
def changed_since_review(page, ctx):
    """A sentence of the page, or an entry of its English catalog, changed after the medical review.

    What: when the E-E-A-T record says the medical review is complete, the review's fingerprint
    (``reviewer.fingerprint``: a file written by ``python -m lint.review_record fingerprint`` on
    the day of the review) holds a hash of every sentence of every page (with its citations)
    and of every translated entry of its English catalog. Each sentence or entry that is not in
    the fingerprint is reported, by its line: it is text the reviewer has not seen. A completed
    review without a usable fingerprint is reported at ``reviewer.status``.
    Why: "medically reviewed" must describe the text readers get, not an earlier one. Under the
    publish profile these are errors: publish only what was reviewed, or have the change reviewed.
    Example: the reviewer saw 通常3か月続けます; an editor changed it to 通常6か月続けます.
    Fix: have the reviewer check the changed sentences, then write a new fingerprint
    (``python -m lint.review_record fingerprint --reviewed YYYY-MM-DD``). Nothing is reported
    while the review is pending (EAT006 reports that).
    """
    record = _record(page, ctx)
    if record is None or str(record.get("reviewer.status", "")).strip().lower() != "complete":
        return
    fingerprint, problem = _fingerprint(record, ctx)
    if fingerprint is None:
        line = record.line("reviewer.status")
        key = ("EAT008-missing", record.path)
        reported = _state(ctx)["reported"]
        if key not in reported:
            reported.add(key)
            yield ctx.report(
                line, 1, f"{problem}; write one with python -m lint.review_record fingerprint", path=record.path
            )
        return
    docname = Path(page.path).stem
    seen = fingerprint.pages.get(docname, {})
    when = f"the medical review of {fingerprint.reviewed} (version {fingerprint.version})"
    reviewed_text = set(seen.get("text", []))
    for digest, line, sentence in page_sentences(page):
        if digest not in reviewed_text:
            yield ctx.report(
                line, 1, f"changed since {when}: the reviewer has not seen this sentence", context=sentence
            )
    catalog = Path(ctx.root) / LOCALE_CATALOG / f"{docname}.po"
    reviewed_english = set(seen.get("en", []))
    for digest, line, msgid in catalog_entries(catalog):
        if digest not in reviewed_english:
            yield ctx.report(
                line,
                1,
                f"English changed since {when}: the reviewer has not seen this translation",
                path=catalog,
                context=msgid[:160],
            )


__all__ = ["ERROR", "changed_since_review"]
