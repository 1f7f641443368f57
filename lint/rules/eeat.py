"""EAT: E-E-A-T metadata of article pages (author, medical review, dates, disclosures).

Every article page points to its E-E-A-T record with the front-matter key
``eeat:`` (see lint/core/eeat.py, shared with the build). Where a finding is reported is
where the fix goes:

- problems of the reference itself (no ``eeat:`` key, a file that cannot be
  found or read) are reported on the page, at the front-matter line;
- problems of the record's contents (a missing field, a malformed or stale
  date, a pending review) are reported in the file holding the value: the
  shared record (docs/_meta/eeat.yaml) at the line of the key, or, for an
  inline ``eeat:`` mapping, the page's front matter. A shared record's problem
  is reported once per run, however many pages use the record.

Pages in folders whose name starts with "_" (``_includes``, ``_meta``,
``_templates``) are fragments, not articles, and are not checked by any EAT
rule; more pages can be declared non-articles with
``[tool.pvt-lint.rules.missing-eeat-metadata] exclude = ["docs/drafts/*", ...]``
(glob patterns matched against the page path as given).

Today's date is ``datetime.date.today()``; ``ctx.config["today"]`` (a date or
"YYYY-MM-DD") fixes it, for tests.
"""

import datetime
from fnmatch import fnmatch
from pathlib import Path, PurePath

from ..core import eeat as core_eeat
from ..core.dates import as_date
from ..core.eeat import DATE_FIELDS, PAST_DATE_FIELDS, REQUIRED_FIELDS, REVIEW_STATUSES, REVIEWER_FIELDS
from ..core.includes import resolve_include
from ..findings import ERROR, WARNING
from ..registry import rule

DEFAULT_MAX_AGE_DAYS = 365
DEFAULT_LANGUAGES = ("ja", "en")
DISCLAIMER_INCLUDE = "_includes/disclaimer.md"
DISCLAIMER_CLASS = "disclaimer"


# ---------------------------------------------------------------- helpers


def _state(ctx):
    """Per-run memory: resolutions by page, loaded records by file, reported record problems."""
    return vars(ctx.run).setdefault("_eeat_state", {"pages": {}, "records": {}, "reported": set()})


def _resolve(page, ctx):
    state = _state(ctx)
    if page.path not in state["pages"]:

        def load(path, shown):
            key = str(path)
            if key not in state["records"]:
                try:
                    state["records"][key] = core_eeat.load_record(path, shown)
                except core_eeat.EeatReferenceError as exc:
                    state["records"][key] = exc
            cached = state["records"][key]
            if isinstance(cached, Exception):
                raise cached
            return cached

        state["pages"][page.path] = core_eeat.resolve(page, ctx.root, load=load)
    return state["pages"][page.path]


def is_article(page, ctx):
    """False for fragments (folders starting with "_") and pages matching the exclude globs."""
    absolute = core_eeat.page_path(page, ctx.root)
    try:
        relative = absolute.relative_to(Path(ctx.root).resolve())
        folders = relative.parent.parts
    except (ValueError, TypeError):
        relative = PurePath(page.path)
        folders = (absolute.parent.name,)  # outside the project: only its own folder counts
    if any(part.startswith("_") for part in folders):
        return False
    patterns = ctx.option("exclude", [])
    shown = (relative.as_posix(), PurePath(page.path).as_posix())  # relative to the project, or as given
    return not any(fnmatch(path, pattern) for path in shown for pattern in patterns)


def _record(page, ctx):
    """The page's record when it is an article page with a usable record, else None."""
    if not is_article(page, ctx):
        return None
    return _resolve(page, ctx).record


def _once(ctx, record, finding):
    """A shared record's finding is reported only the first time in a run."""
    if not record.shared:
        return [finding]
    key = (finding.rule, finding.path, finding.line, finding.message)
    reported = _state(ctx)["reported"]
    if key in reported:
        return []
    reported.add(key)
    return [finding]


def today(ctx):
    """``ctx.config["today"]`` (a date, or "YYYY-MM-DD") when set and usable, else the real today."""
    return as_date(ctx.config.get("today")) or datetime.date.today()


def _missing_parts(value, languages):
    """Why a value counts as not filled in: [] when filled, [""] or ["ja", ...] otherwise."""
    if value is core_eeat.MISSING or value is None:
        return [""]
    if isinstance(value, str):
        return [] if value.strip() else [""]
    if isinstance(value, dict):
        if any(lang in value for lang in languages):
            return [lang for lang in languages if not (isinstance(value.get(lang), str) and value[lang].strip())]
        return [] if any(v not in (None, "") for v in value.values()) else [""]
    if isinstance(value, list):
        return [] if value else [""]
    return []


def _context_line(record, dotted, ctx):
    """The text of the line a record finding points at."""
    try:
        lines = _record_lines(record, ctx)
        return lines[record.line(dotted) - 1].strip()
    except IndexError:
        return ""


def _record_lines(record, ctx):
    cache = _state(ctx).setdefault("texts", {})
    if record.path not in cache:
        from ..core.files import read_text

        path = PurePath(record.path)
        full = path if path.is_absolute() else (ctx.root / path if (ctx.root / path).exists() else path)
        try:
            cache[record.path] = read_text(full).split("\n")
        except Exception:  # noqa: BLE001 - context text only; never fail a rule for it
            cache[record.path] = []
    return cache[record.path]


def _record_finding(ctx, record, dotted, message, *, suggestion=""):
    finding = ctx.report(
        record.line(dotted),
        1,
        message,
        path=record.path,
        context=_context_line(record, dotted, ctx),
        suggestion=suggestion,
    )
    return _once(ctx, record, finding)


# ---------------------------------------------------------------- rules


@rule("EAT001", "missing-eeat-metadata", target="page", options=("exclude",))
def missing_eeat_metadata(page, ctx):
    """Every article page names its E-E-A-T record in its front matter.

    What: an article page (any page outside folders starting with "_") whose
    front matter has no ``eeat:`` key, or that has no front matter at all.

    Why: the record says who wrote the page, whether a physician reviewed it,
    when it was published, updated and reviewed, and what the authors must
    disclose. Health information without it cannot be judged by readers (or by
    search engines' quality guidelines) and is not publishable here.

    Bad:

        # 治療
        抗凝固療法は…

    Fix: start the page with the shared record (or an inline mapping with the
    same fields):

        ---
        eeat: _meta/eeat.yaml
        ---

        # 治療
    """
    if not is_article(page, ctx):
        return
    resolution = _resolve(page, ctx)
    if not resolution.present:
        where = "its front matter has no eeat: key" if page.front_matter_line else "it has no front matter"
        yield ctx.report(
            resolution.key_line,
            1,
            f"page has no E-E-A-T record: {where}",
            context=page.lines[0] if page.lines else "",
            suggestion="---\neeat: _meta/eeat.yaml\n---",
        )


@rule("EAT002", "unresolvable-eeat-reference", target="page", options=("exclude",))
def unresolvable_eeat_reference(page, ctx):
    """The page's ``eeat:`` reference must name a readable YAML record.

    What: ``eeat:`` is empty or not a string or mapping; or the file it names
    is not found (looked up from the page's folder up to the docs root), is not
    valid YAML, or is not a mapping of keys. Reported at the page's ``eeat:``
    line; the message names the record's own file and line for a YAML error.

    Why: a broken reference silently drops the author, review and disclosure
    information from the page.

    Bad:

        ---
        eeat: _meta/eat.yaml      # typo: the file is _meta/eeat.yaml
        ---

    Fix: ``eeat: _meta/eeat.yaml`` (relative to docs/), and keep the record a
    YAML mapping with author, reviewer, dates and disclosure.
    """
    if not is_article(page, ctx):
        return
    resolution = _resolve(page, ctx)
    if resolution.present and resolution.error:
        line = page.lines[resolution.key_line - 1] if 0 < resolution.key_line <= len(page.lines) else ""
        yield ctx.report(resolution.key_line, 1, resolution.error, context=line)


@rule("EAT003", "missing-eeat-field", target="page", options=("exclude", "languages"))
def missing_eeat_field(page, ctx):
    """The E-E-A-T record fills every required field.

    What: one of author.name, reviewer.status, dates.published,
    dates.last_updated, dates.last_reviewed, dates.next_review,
    disclosure.conflicts_of_interest, disclosure.funding is absent, null or
    empty; when ``reviewer.status`` is ``complete``, also reviewer.name,
    credentials, position, affiliation and bio. A bilingual value (a mapping
    with ``ja``/``en``) must fill every language of the site
    (``[tool.pvt-lint.rules.missing-eeat-field] languages``, default ja and en).
    ``reviewer.status`` must be ``pending`` or ``complete``.

    Why: readers of health information need to know who is responsible for it,
    who checked it, how current it is and what could bias it; a completed
    review without the reviewer's name and credentials is not verifiable.

    Bad (docs/_meta/eeat.yaml):

        reviewer:
          status: complete
          name: null

    Fix: either keep ``status: pending`` until a real physician has reviewed
    the article, or fill name, credentials, position, affiliation and bio of
    the reviewer who actually did. Never invent a reviewer.
    """
    record = _record(page, ctx)
    if record is None:
        return
    languages = tuple(ctx.option("languages", list(DEFAULT_LANGUAGES)))
    status = record.get("reviewer.status")
    required = list(REQUIRED_FIELDS)
    if status == "complete":
        required += REVIEWER_FIELDS
    for dotted in required:
        missing = _missing_parts(record.get(dotted), languages)
        if not missing:
            continue
        if missing == [""]:
            what = "is missing" if record.get(dotted) is core_eeat.MISSING else "is empty"
            message = f"{dotted} {what}"
        else:
            message = f"{dotted} has no {' / '.join(missing)} text"
        if dotted in REVIEWER_FIELDS:
            message += " (reviewer.status is complete: name the reviewer who actually reviewed the article)"
        yield from _record_finding(ctx, record, dotted, message)
    if status not in (core_eeat.MISSING, None, "") and status not in REVIEW_STATUSES:
        yield from _record_finding(
            ctx,
            record,
            "reviewer.status",
            f"reviewer.status is {status!r}; expected one of: " + ", ".join(REVIEW_STATUSES),
        )


@rule("EAT004", "malformed-date", target="page", options=("exclude",))
def malformed_date(page, ctx):
    """The record's dates are real YYYY-MM-DD dates in a possible order.

    What: a date under ``dates:`` that is not a YYYY-MM-DD date (a typo, a
    time of day, 2026-02-30); published, last_updated or last_reviewed in the
    future; last_updated before published; next_review before last_reviewed.

    Why: the dates shown to readers say how current the medical information
    is; an impossible date is a typo that misinforms them.

    Bad:

        dates:
          last_reviewed: 2026-13-01
          next_review: 2026-05-01    # before the review it follows

    Fix: ``last_reviewed: 2026-11-25`` and ``next_review: 2027-05-25``.
    """
    record = _record(page, ctx)
    if record is None:
        return
    now = today(ctx)
    dates = {}
    for dotted in DATE_FIELDS:
        value = record.get(dotted)
        if value is core_eeat.MISSING or value is None or value == "":
            continue  # EAT003 reports it
        day = as_date(value)
        if day is None:
            yield from _record_finding(ctx, record, dotted, f"{dotted} is {str(value)!r}, not a YYYY-MM-DD date")
            continue
        dates[dotted] = day
        if dotted in PAST_DATE_FIELDS and day > now:
            yield from _record_finding(
                ctx, record, dotted, f"{dotted} {day.isoformat()} is in the future (today is {now.isoformat()})"
            )
    published, updated = dates.get("dates.published"), dates.get("dates.last_updated")
    if published and updated and updated < published:
        yield from _record_finding(
            ctx,
            record,
            "dates.last_updated",
            f"dates.last_updated {updated.isoformat()} is before dates.published {published.isoformat()}",
        )
    reviewed, next_review = dates.get("dates.last_reviewed"), dates.get("dates.next_review")
    if reviewed and next_review and next_review < reviewed:
        yield from _record_finding(
            ctx,
            record,
            "dates.next_review",
            f"dates.next_review {next_review.isoformat()} is before dates.last_reviewed {reviewed.isoformat()}",
        )


@rule("EAT005", "review-overdue", target="page", options=("exclude", "max_age_days"))
def review_overdue(page, ctx):
    """The article's review is not overdue.

    What: ``dates.last_reviewed`` is more than ``max_age_days`` ago
    (``[tool.pvt-lint.rules.review-overdue] max_age_days``, default 365), or
    ``dates.next_review`` has passed.

    Why: treatment recommendations change (new guidelines, new drugs); a
    health page promises readers a review schedule and must keep it.

    Bad (today 2027-06-01):

        dates:
          last_reviewed: 2026-05-25
          next_review: 2027-05-25

    Fix: review the article's sources and content again, then set
    ``last_reviewed`` to the day of that review and ``next_review`` to the next
    planned one. Do not move the dates without doing the review.
    """
    record = _record(page, ctx)
    if record is None:
        return
    now = today(ctx)
    max_age = int(ctx.option("max_age_days", DEFAULT_MAX_AGE_DAYS))
    reviewed = as_date(record.get("dates.last_reviewed"))
    if reviewed and reviewed <= now and (now - reviewed).days > max_age:
        yield from _record_finding(
            ctx,
            record,
            "dates.last_reviewed",
            f"last review {reviewed.isoformat()} is {(now - reviewed).days} days ago "
            f"(more than {max_age}): review the article again",
        )
    next_review = as_date(record.get("dates.next_review"))
    if next_review and next_review < now:
        yield from _record_finding(
            ctx,
            record,
            "dates.next_review",
            f"planned review date {next_review.isoformat()} has passed (today is {now.isoformat()})",
        )


@rule("EAT006", "medical-review-pending", target="page", severity=WARNING, publish=ERROR, options=("exclude",))
def medical_review_pending(page, ctx):
    """The article has not been reviewed by a medical professional yet.

    What: ``reviewer.status: pending`` in the record. A warning in the default
    profile (drafts may be built and checked), an error with
    ``--profile publish``: a health article is not published before a
    physician has reviewed it.

    Why: patient-facing medical information must be checked by a qualified
    professional; the record must say honestly whether that has happened.

    Bad (with --profile publish):

        reviewer:
          status: pending

    Fix: have the article reviewed by a real, qualified physician, then record
    ``status: complete`` with the reviewer's name, credentials, position,
    affiliation and bio and ``dates.last_reviewed``. Never fill these with a
    person who did not review the article.
    """
    record = _record(page, ctx)
    if record is None or record.get("reviewer.status") != "pending":
        return
    where = "the shared record" if record.shared else "this page"
    yield from _record_finding(
        ctx, record, "reviewer.status", f"medical review of {where} is pending (reviewer.status: pending)"
    )


@rule("EAT007", "missing-disclaimer", target="page", options=("exclude", "include"))
def missing_disclaimer(page, ctx):
    """Every article page shows the medical disclaimer.

    What: the page neither includes ``_includes/disclaimer.md`` (a MyST
    ``{include}`` directive) nor has an admonition with the class
    ``disclaimer``. Reported at the last line of the page, where it belongs.

    Why: readers must be told that the article does not replace a
    consultation with their physician; every page can be a landing page.

    Bad: a page that ends with its last section.

    Fix: end the page with

        ```{include} _includes/disclaimer.md
        ```
    """
    if not is_article(page, ctx):
        return
    include = str(ctx.option("include", DISCLAIMER_INCLUDE))
    for directive in page.directives:
        if directive.name == "include" and PurePath(directive.argument.strip()).as_posix().endswith(include):
            target = resolve_include(page.path, directive.argument)
            if target is not None and not target.is_file():
                # (from a review of hostile inputs) the directive alone shows readers nothing
                yield ctx.report(
                    max(directive.line, 1),
                    1,
                    f"the medical disclaimer this page includes ({directive.argument.strip()}) does not exist",
                    context=page.lines[max(directive.line, 1) - 1] if page.lines else "",
                    suggestion=f"restore {include} (git checkout -- docs/{include})",
                )
            return
        classes = str(directive.options.get("class", "")).split()
        if DISCLAIMER_CLASS in classes:
            return
    last = len(page.lines) or 1
    yield ctx.report(
        last,
        1,
        f"page has no medical disclaimer ({include})",
        context=page.lines[-1] if page.lines else "",
        suggestion=f"```{{include}} {include}\n```",
    )
