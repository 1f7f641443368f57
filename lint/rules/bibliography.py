"""BIB: the bibliography (refs.bib) — complete, unique, checkable entries.

pybtex parses the file (lint/parsing/bibtex.py); a file it cannot parse stops
the run with exit 2 and file:line, so these rules only see parsed entries.
Per-file rules have target "bib" and receive the Bibliography; BIB007 looks at
every page of the run (target "project"). A key cited on a page but absent
from refs.bib is CIT002, not a BIB rule.
"""

import unicodedata

from ..core import evidence
from ..core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from ..core.dates import ISO_DATE, as_date
from ..core.language import is_japanese_entry
from ..errors import ConfigError
from ..findings import WARNING
from ..registry import rule
from .eeat import today

# Required fields per entry type; "a|b" means either. Override or extend with
# [tool.pvt-lint.rules.missing-required-field] required = {type = ["field", "a|b"]}.
REQUIRED_FIELDS = {
    "article": ["author", "title", "journal", "year", "volume", "pages|eid"],
    "book": ["author|editor", "title", "publisher", "year"],
    "inbook": ["author|editor", "title", "chapter|pages", "publisher", "year"],
    "incollection": ["author", "title", "booktitle", "publisher", "year"],
    "inproceedings": ["author", "title", "booktitle", "year"],
    "proceedings": ["title", "year"],
    "techreport": ["author|institution", "title", "institution", "year"],
    "report": ["author|institution", "title", "institution", "year"],
    "manual": ["title", "author|organization"],
    "phdthesis": ["author", "title", "school", "year"],
    "mastersthesis": ["author", "title", "school", "year"],
    "misc": ["title", "url", "author|howpublished|organization"],
    "online": ["title", "url", "author|howpublished|organization"],
}
DEFAULT_REQUIRED = ["title"]
WEB_TYPES = ["misc", "online", "electronic", "www", "webpage"]
EVIDENCE_LEVELS = list(evidence.LEVELS)  # the default of BIB008's `allowed`
URL_FIELDS = ("url", "howpublished")
PMID_FIELDS = ("pmid", "pubmed")
DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
DOI_PREFIX_RE = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
PMID_RE = re.compile(r"^\d{1,9}$")
JAPANESE_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
LEFTOVER_RE = re.compile(r"^[A-Za-z][\w:-]*\s*=|^[{}(),\s]+$|=\s*[{\"]")


# ---------------------------------------------------------------- helpers


def _line_text(bib, line):
    lines = bib.text.split("\n")
    return lines[line - 1].strip() if 0 < line <= len(lines) else ""


def _at_entry(ctx, bib, key, message, *, field=None, suggestion=""):
    line = bib.field_line(key, field) if field else bib.line(key)
    return ctx.report(line, 1, message, path=bib.path, context=_line_text(bib, line), suggestion=suggestion)


def _has(entry, name):
    """The entry fills ``name`` (a field or a person role) with something non-blank."""
    if name in entry.persons:
        return bool(entry.persons[name])
    return bool(entry.fields.get(name, "").strip(" {}"))


def _field(entry, name):
    return entry.fields.get(name, "").strip()


def normalise_title(title):
    """Case, width, braces, punctuation and spaces removed, so that two spellings compare equal."""
    text = unicodedata.normalize("NFKC", title).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def bare_doi(doi):
    return DOI_PREFIX_RE.sub("", doi.strip()).strip()


# ---------------------------------------------------------------- rules


@rule("BIB001", "duplicate-key", target="bib")
def duplicate_key(bib, ctx):
    """Two entries have the same key.

    What: an entry whose key (compared without case, as BibTeX does) an
    earlier entry already uses. Reported at the second entry.

    Why: BibTeX and pybtex keep only the first entry; citations of the key get
    whichever entry came first, silently, and the second is lost.

    Bad:

        @article{easl-2016, ...}
        @misc{EASL-2016, ...}

    Fix: give the second entry its own key (and update the citations meant
    for it), or delete it if it is the same work.
    """
    for dup in bib.duplicates:
        yield ctx.report(
            dup.line,
            1,
            f"key {dup.key!r} is already used by the entry at line {dup.first_line}; this entry is ignored",
            context=_line_text(bib, dup.line),
        )


@rule("BIB002", "duplicate-work", target="bib")
def duplicate_work(bib, ctx):
    """Two entries describe the same work.

    What: two entries with the same DOI (case-insensitive, with or without a
    https://doi.org/ prefix), the same PMID, or the same title (ignoring case,
    width, punctuation and spaces) and year. Reported at the later entry.

    Why: the same paper would appear twice in the numbered reference list
    under two numbers (the manuscript's references 8 and 27 were one paper).

    Bad:

        @article{elkrief-2024, doi = {10.1016/S2468-1253(24)00155-9}, ...}
        @article{elkrief-lancet, doi = {10.1016/s2468-1253(24)00155-9}, ...}

    Fix: keep one entry and cite its key everywhere.
    """
    seen = {}
    for key, entry in bib.entries.items():
        marks = []
        doi = bare_doi(_field(entry, "doi")).lower()
        if doi:
            marks.append(("doi", doi, "DOI"))
        for name in PMID_FIELDS:
            if _field(entry, name):
                marks.append(("pmid", _field(entry, name), "PMID"))
        title, year = normalise_title(_field(entry, "title")), _field(entry, "year")
        if title:
            marks.append(("title", (title, year), "title and year"))
        reported = False
        for kind, value, label in marks:
            first = seen.get((kind, value))
            if first is not None and not reported:
                reported = True
                yield _at_entry(
                    ctx, bib, key, f"entry {key!r} has the same {label} as {first!r} (line {bib.line(first)})"
                )
            seen.setdefault((kind, value), key)


@rule("BIB003", "missing-required-field", target="bib", options=("required",))
def missing_required_field(bib, ctx):
    """An entry lacks a field its type requires.

    What (defaults; "a|b" means either):
    article: author, title, journal, year, volume, pages|eid;
    book: author|editor, title, publisher, year;
    incollection: author, title, booktitle, publisher, year;
    misc/online (web sources): title, url, author|howpublished|organization
    (their access date is BIB005); other types as BibTeX requires them;
    unknown types: title. Change per type with
    ``[tool.pvt-lint.rules.missing-required-field] required = {article = [...]}``.

    Why: a reader must be able to find the source; an article without volume
    and pages, or a web page without its URL, cannot be checked.

    Bad:

        @article{loffredo-2017,
          author = {Loffredo, Lorenzo and others},
          title = {Effects of Anticoagulants in Patients With Cirrhosis and Portal Vein Thrombosis},
          journal = {Gastroenterology},
          year = {2017},
        }

    Fix: add ``volume = {153}`` and ``pages = {480--487.e1}`` from the
    journal's own record (never guess them).
    """
    overrides = ctx.option("required", {}) or {}
    for entry_type, fields in overrides.items():
        if not isinstance(fields, list):  # a string would be read letter by letter (from the code review)
            label = ctx.config_label or "pyproject.toml"
            raise ConfigError(
                f"{label}: [tool.pvt-lint] rules.{ctx.rule.name}.required.{entry_type}: must be a list of field names"
            )
    for key, entry in bib.entries.items():
        required = overrides.get(entry.type, REQUIRED_FIELDS.get(entry.type, DEFAULT_REQUIRED))
        for spec in required:
            choices = [c.strip().lower() for c in spec.split("|") if c.strip()]
            if any(_has(entry, name) for name in choices):
                continue
            yield _at_entry(
                ctx,
                bib,
                key,
                f"{entry.type} entry {key!r} has no {' or '.join(choices)}",
                suggestion=f"{choices[0]} = {{...}}",
            )


@rule("BIB004", "malformed-doi", target="bib")
def malformed_doi(bib, ctx):
    """A DOI is not a bare, well-formed DOI.

    What: the ``doi`` field does not match ``10.NNNN/suffix`` (4-9 digits
    after "10.", no spaces), or carries a ``https://doi.org/`` or ``doi:``
    prefix (the reference style adds the link itself).

    Why: a malformed DOI gives readers a dead link; a prefixed one is linked
    as https://doi.org/https://doi.org/...

    Bad: ``doi = {https://doi.org/10.1002/hep.31646}``

    Fix: ``doi = {10.1002/hep.31646}``
    """
    for key, entry in bib.entries.items():
        doi = _field(entry, "doi")
        if not doi:
            continue
        bare = bare_doi(doi)
        if bare != doi and DOI_RE.match(bare):
            yield _at_entry(
                ctx,
                bib,
                key,
                f"DOI of {key!r} has a prefix: write the bare DOI",
                field="doi",
                suggestion=f"doi = {{{bare}}}",
            )
        elif not DOI_RE.match(bare):
            yield _at_entry(ctx, bib, key, f"DOI of {key!r} is {doi!r}, not a DOI (10.NNNN/suffix)", field="doi")


@rule("BIB005", "web-source-without-access-date", target="bib", options=("types",))
def web_source_without_access_date(bib, ctx):
    """A web source has no (valid) access date.

    What: an entry of a web type (misc, online, electronic, www, webpage;
    ``[tool.pvt-lint.rules.web-source-without-access-date] types``) with a
    ``url`` but no ``urldate``; and, for any entry, a ``urldate`` that is not
    a YYYY-MM-DD date or lies in the future.

    Why: web pages change; medical citation styles require the date the page
    was consulted so that readers know which version supported the text.

    Bad:

        @misc{msd-home-pvt, title = {門脈血栓症}, url = {https://www.msdmanuals.com/ja-jp/...}}

    Fix: add ``urldate = {2026-11-25}``, the day you last checked the page.
    """
    types = [t.lower() for t in ctx.option("types", WEB_TYPES)]
    now = today(ctx)
    for key, entry in bib.entries.items():
        urldate = _field(entry, "urldate")
        if entry.type in types and _field(entry, "url") and not urldate:
            yield _at_entry(
                ctx,
                bib,
                key,
                f"web source {key!r} has a url but no urldate",
                field="url",
                suggestion=f"urldate = {{{now.isoformat()}}}",
            )
        if urldate:
            day = as_date(urldate) if ISO_DATE.match(urldate) else None
            if day is None:
                yield _at_entry(
                    ctx, bib, key, f"urldate of {key!r} is {urldate!r}, not a YYYY-MM-DD date", field="urldate"
                )
            elif day > now:
                yield _at_entry(
                    ctx,
                    bib,
                    key,
                    f"urldate of {key!r} ({urldate}) is in the future (today is {now.isoformat()})",
                    field="urldate",
                )


@rule("BIB006", "insecure-url", target="bib", severity=WARNING)
def insecure_url(bib, ctx):
    """A URL uses http:// instead of https://.

    What: an ``http://`` address in ``url`` or ``howpublished``.

    Why: readers following a plain-http link to health information can be
    served altered content; most sites, including Japanese government and
    society sites, now serve https.

    Bad: ``url = {http://www.nanbyou.or.jp/entry/...}``

    Fix: check that the https:// address serves the same page and use it:
    ``url = {https://www.nanbyou.or.jp/entry/...}``. (A warning: keep http
    only for a site that really has no https.)
    """
    for key, entry in bib.entries.items():
        for name in URL_FIELDS:
            value = _field(entry, name)
            match = re.search(r"http://\S+", value, re.IGNORECASE)
            if match:
                url = match.group().rstrip("}")
                yield _at_entry(
                    ctx,
                    bib,
                    key,
                    f"{name} of {key!r} is not https: {url}",
                    field=name,
                    suggestion="https://" + url[len("http://") :],
                )


@rule("BIB007", "uncited-entry", target="project", severity=WARNING)
def uncited_entry(document, ctx):
    """An entry that no page cites.

    What: a refs.bib entry whose key appears in no citation role
    ({cite:p}, {cite:t}, {footcite}, ...) on any page. Checked only when the
    whole project is linted (no PATH given): with some files only, citations
    elsewhere are unknown. Not checked when a ``{bibliography}`` directive has
    ``:all:``.

    Why: the reference list shows only cited entries; an uncited entry is
    either a source the text forgot to cite or dead weight that will go stale.

    Bad: ``@article{stine-2021, ...}`` in refs.bib and no page citing
    ``stine-2021``.

    Fix: cite it where it supports a sentence ({cite:p}`stine-2021`), or
    delete the entry.
    """
    bib = ctx.bibliography
    if bib is None or not ctx.pages or not getattr(ctx, "whole_project", True):
        return  # citations on pages outside this run are unknown
    cited = set()
    for page in ctx.pages:
        for directive in page.directives:
            if directive.name == "bibliography" and "all" in directive.options:
                return
        for unit in page.units:
            for role in unit.roles:
                if role.name.startswith(("cite", "footcite")):
                    cited.update(k.casefold() for k in role.keys if k)
    for key in bib.entries:
        if key.casefold() not in cited:
            yield _at_entry(ctx, bib, key, f"entry {key!r} is not cited on any page")


@rule("BIB008", "missing-evidence-level", target="bib", options=("allowed",))
def missing_evidence_level(bib, ctx):
    """An entry does not say what kind of evidence it is.

    What: the ``evidence`` field is absent, or not one of clinical-guideline,
    meta-analysis, narrative-review, primary-study, government,
    reference-work, patient-information, video, other
    (``[tool.pvt-lint.rules.missing-evidence-level] allowed``).

    Why: the house rule is that numbers and treatment effects never rest
    only on patient information, video or web pages; the lint and the editors
    can only check that when every source says what it is.

    Bad: ``@misc{video-ac-2022, title = {Anticoagulation for Portal Vein Thrombosis: Pros and Cons}, ...}``

    Fix: add ``evidence = {video}``.
    """
    allowed = list(ctx.option("allowed", EVIDENCE_LEVELS))
    for key, entry in bib.entries.items():
        value = _field(entry, "evidence")
        if not value:
            yield _at_entry(
                ctx,
                bib,
                key,
                f"entry {key!r} has no evidence field",
                suggestion="evidence = {" + "|".join(allowed) + "}",
            )
        elif value not in allowed:
            yield _at_entry(
                ctx,
                bib,
                key,
                f"evidence of {key!r} is {value!r}; expected one of: {', '.join(allowed)}",
                field="evidence",
            )


@rule("BIB009", "japanese-entry-without-english-title", target="bib")
def japanese_entry_without_english_title(bib, ctx):
    """A Japanese-language source has no English title.

    What: an entry with ``langid = {japanese}`` and no ``englishtitle``.

    Why: the English edition shows the ``englishtitle`` followed by
    "[in Japanese]"; without it, English readers see a title they may not be
    able to read, or the build falls back to the Japanese one.

    Bad:

        @misc{nanbyou-346, title = {原発性肝外門脈閉塞症（指定難病346）}, langid = {japanese}, ...}

    Fix: add a faithful translation:
    ``englishtitle = {Extrahepatic portal vein obstruction (designated intractable disease 346)}``.
    """
    for key, entry in bib.entries.items():
        if is_japanese_entry(_field(entry, "langid")) and not _field(entry, "englishtitle"):
            yield _at_entry(
                ctx,
                bib,
                key,
                f"Japanese entry {key!r} has no englishtitle",
                field="langid",
                suggestion="englishtitle = {...}",
            )


@rule("BIB010", "malformed-pmid", target="bib")
def malformed_pmid(bib, ctx):
    """A PubMed identifier is not digits only.

    What: a ``pmid`` or ``pubmed`` field that is not just digits (no "PMID:"
    prefix, no PMC identifier, no URL).

    Why: the reference style links https://pubmed.ncbi.nlm.nih.gov/<PMID>;
    anything but the number gives a dead link.

    Bad: ``pmid = {PMID: 28526623}``

    Fix: ``pmid = {28526623}`` (a PMC identifier such as PMC5509383 belongs in
    ``pmcid``).
    """
    for key, entry in bib.entries.items():
        for name in PMID_FIELDS:
            value = _field(entry, name)
            if value and not PMID_RE.match(value):
                digits = re.sub(r"^\s*PMID:?\s*", "", value, flags=re.IGNORECASE)
                suggestion = f"{name} = {{{digits}}}" if PMID_RE.match(digits) else ""
                yield _at_entry(
                    ctx, bib, key, f"{name} of {key!r} is {value!r}, not digits only", field=name, suggestion=suggestion
                )


@rule("BIB011", "duplicate-field", target="bib")
def duplicate_field(bib, ctx):
    """An entry sets the same field twice.

    What: a field name that appears twice in one entry. Reported at the
    second occurrence.

    Why: pybtex and BibTeX keep the first value and drop the second without
    telling the editor, who usually meant the second (a corrected value).

    Bad:

        @article{easl-2022,
          year = {2021},
          year = {2022},

    Fix: keep one ``year``, the right one.
    """
    for problem in bib.problems:
        if problem.kind == "duplicate-field":
            yield ctx.report(
                problem.line,
                1,
                f"entry {problem.key!r} sets {problem.field} twice; the second value is ignored",
                context=_line_text(bib, problem.line),
            )


@rule("BIB012", "malformed-person-name", target="bib")
def malformed_person_name(bib, ctx):
    """A name in author or editor cannot be split into family and given names.

    What: a name with more than two commas (BibTeX reads "von Last, Jr,
    First"), usually several authors separated by commas instead of "and".

    Why: the reference list would show a wrong, merged author.

    Bad: ``author = {Chawla, Yogesh K, Bodh, Vijay}``

    Fix: ``author = {Chawla, Yogesh K and Bodh, Vijay}``; put an organisation
    in double braces: ``author = {{日本消化器病学会}}``.
    """
    for problem in bib.problems:
        if problem.kind == "person-name":
            yield ctx.report(
                problem.line,
                1,
                f"entry {problem.key!r}: {problem.message} (separate names with 'and')",
                context=_line_text(bib, problem.line),
            )


@rule("BIB013", "japanese-title-without-langid", target="bib")
def japanese_title_without_langid(bib, ctx):
    """A title in Japanese script, and the entry has no langid.

    What: a title containing kana or kanji, in an entry without ``langid``.

    Why: the reference style uses ``langid = {japanese}`` to format the entry
    with Japanese punctuation in the Japanese edition and to show its
    ``englishtitle`` in the English edition.

    Bad: ``@misc{saiseikai-pvt, title = {門脈血栓症とは}, ...}``

    Fix: add ``langid = {japanese}`` and ``englishtitle = {What is portal vein thrombosis?}``.
    """
    for key, entry in bib.entries.items():
        title = _field(entry, "title")
        if JAPANESE_RE.search(title) and not _field(entry, "langid"):
            yield _at_entry(
                ctx,
                bib,
                key,
                f"entry {key!r} has a Japanese title but no langid",
                field="title",
                suggestion="langid = {japanese}",
            )


@rule("BIB014", "text-outside-entry", target="bib")
def text_outside_entry(bib, ctx):
    """A field or brace stands outside every entry.

    What: a line between entries that looks like BibTeX (``name = {...}``, or
    only braces and commas). BibTeX treats text outside entries as a comment.

    Why: it is usually the rest of an entry that an extra ``}`` closed early:
    the fields after it are silently dropped from the entry.

    Bad:

        @article{easl-2016,
          title = {{EASL} Clinical Practice Guidelines}},
          year = {2016},
        }

    Fix: balance the braces: ``title = {{EASL} Clinical Practice Guidelines},``.
    Free-text comments between entries are fine; start them with ``%``.
    """
    for gap in bib.outside:
        leftovers = [line for line, text in gap if LEFTOVER_RE.search(text)]
        if leftovers:
            count = len(gap)
            yield ctx.report(
                leftovers[0],
                1,
                f"{count} line{'s' if count > 1 else ''} of BibTeX outside any entry "
                "(ignored by BibTeX): did an extra '}' close the entry above early?",
                context=_line_text(bib, leftovers[0]),
            )


@rule("BIB015", "unsafe-url-scheme", target="bib")
def unsafe_url_scheme(bib, ctx):
    """A ``url`` or ``doi`` that is not a web address or a DOI.

    What: ``url`` whose scheme is not https, http or mailto (``javascript:``,
    ``data:``, ``file:``, …; judged as a browser reads it, control characters and
    spaces removed); ``doi`` that starts with any scheme but the doi.org address
    (BIB004 checks its form).

    Why: the reference list makes the url and the DOI links; a javascript: URL
    would run in the reader's browser from the references page, a file: URL
    points at the reader's own disk.

    Bad: ``url = {javascript:alert(document.cookie)}``

    Fix: the https:// address of the source: ``url = {https://www.nanbyou.or.jp/entry/...}``.
    """
    from ..core.urls import disallowed_scheme, url_scheme

    for key, entry in bib.entries.items():
        for name in ("url", "howpublished"):
            value = _field(entry, name).strip("{} ")
            scheme = disallowed_scheme(value)
            # howpublished is free text ("Web page"); only a URL-looking value is judged
            if scheme and (name == "url" or scheme in ("javascript", "vbscript", "data", "file")):
                yield _at_entry(
                    ctx,
                    bib,
                    key,
                    f"{name} of {key!r} is a {scheme}: URL; only https, http or mailto may be linked",
                    field=name,
                    suggestion="use the source's https:// address",
                )
        doi = _field(entry, "doi").strip("{} ")
        scheme = url_scheme(doi)
        if scheme and not DOI_PREFIX_RE.match(doi) and scheme != "doi":
            yield _at_entry(
                ctx,
                bib,
                key,
                f"doi of {key!r} is a {scheme}: URL, not a DOI",
                field="doi",
                suggestion="doi = {10.NNNN/suffix}",
            )
