"""Reading the documents and running the selected rules on them.

``run(paths, session)`` lints files and folders (the CLI; from POOL_MIN_PAGES
pages on, the page rules run in a process pool, see lint.engine.parallel);
``check_page(path, text, session)`` lints one page's text (the Sphinx bridge).
Both return a ``Report``. Documents carry their real path; reports show it
relative to the current folder (lint.engine.report).

Each page is read, parsed and checked by every page rule in turn (page by page,
so the tokenizer's sentence cache serves all rules of a page). A run stops with
the error (bad rule option, crashed rule) that one process would have met first:
rules in selection order, then pages in order, then the sentence statistics.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..context import Context
from ..core.files import read_text
from ..errors import ConfigError, LintInputError
from ..findings import Finding
from ..registry import RULES, lookup
from .discovery import collect_files, run_paths
from .errors import RuleCrash, UsageError
from .parallel import POOL_MIN_PAGES, lint_in_pool, pool_size, small_pool_split
from .report import Report, finish, lint_finding
from .selection import ALWAYS_ON
from .session import Session, load_bibliography

AFTER_RULES = float("inf")  # where the sentence statistics come in the order of errors


@dataclass
class PageResult:
    """One page after the page rules: what the run needs of it afterwards."""

    path: str  # the page's path as found
    text: str | None = None  # None when the file could not be read
    page: object = None  # the parsed Page; pool workers send it only when project rules need it
    problem: Finding | None = None  # LNT001: the page could not be read or parsed
    findings: dict = field(default_factory=dict)  # rule position in the selection -> [Finding]
    checks: list = field(default_factory=list)  # (status, own, line, column, reason) of each sentence
    error: tuple | None = None  # ((rule position, page index), UsageError | RuleCrash)


def _input_finding(exc: LintInputError, fallback_path: object) -> Finding:
    return lint_finding("LNT001", exc.path or fallback_path, exc.line or 1, exc.message)


def _run_rule(rule_obj, document, ctx, path):
    try:
        return rule_obj.check(document, ctx)
    except ConfigError as exc:
        message = str(exc)
        if message.startswith("[tool.pvt-lint") and getattr(ctx, "config_label", None):
            # a rule names its section; the settings file and the rule's name make it findable (a review of hostile
            # inputs: "[tool.pvt-lint.rules.JAS022] allow: …" named neither)
            message = f"{ctx.config_label}: {message} (rule {rule_obj.code}, {rule_obj.name})"
        raise UsageError(message) from None
    except LintInputError as exc:
        return [_input_finding(exc, path)]
    except Exception as exc:  # noqa: BLE001 - a rule's bug must not print a traceback
        if os.environ.get("PVT_LINT_DEBUG"):
            raise
        raise RuleCrash(
            f"internal error in rule {rule_obj.code} ({rule_obj.name}) while checking "
            f"{display_path(path)}: {type(exc).__name__}: {exc} "
            "(set PVT_LINT_DEBUG=1 for the traceback)"
        ) from None


def display_path(path):
    from ..findings import display

    return path if path == "the project" else display(path)


def _page_rules(session: Session):
    """(position in the selection, Rule) of each selected page rule."""
    return [(i, r) for i, r in enumerate(session.selected.values()) if r.target == "page"]


def _check_parsed(index, result, rules, ctx):
    """Run the page rules on ``result.page`` and classify its sentences (for the statistics)."""
    for position, rule_obj in rules:
        try:
            result.findings[position] = _run_rule(rule_obj, result.page, ctx, result.path)
        except (UsageError, RuleCrash) as exc:
            result.error = ((position, index), exc)
            return
    if not any(rule_obj.family == "CIT" for _, rule_obj in rules):
        return  # the sentences are read (with the tokenizer) for the citation rules only
    from ..analysis.claims import classify  # imported when needed: a cached run needs none of it

    try:
        claims = ctx.bind(lookup("uncited-claim"), result.page)  # sentences as CIT001 reads them
        result.checks = [(c.status, c.own, *c.position, c.reason) for c in classify(result.page, claims)]
    except ConfigError as exc:
        result.error = ((AFTER_RULES, index), UsageError(str(exc)))


def parse_page(path, text):
    """lint.parsing.markdown.parse_page, imported when a page is parsed (a cached run parses none)."""
    from ..parsing.markdown import parse_page as parse

    return parse(path, text)


def _lint_page(index, path, rules, ctx, keep_page):
    result = PageResult(str(path))
    try:
        result.text = read_text(path)
        result.page = parse_page(result.path, result.text)
    except LintInputError as exc:
        result.problem = _input_finding(exc, result.path)
        return result
    _check_parsed(index, result, rules, ctx)
    if not keep_page:
        result.page = None  # a parse tree is large; only project rules (ctx.pages) need it
    return result


def collect_for(pages: int) -> None:
    """Turn the garbage collector back on (less often than Python's default: collections of the
    long-lived parser, tokenizer and findings took a fifth of a large run) when ``pages`` pages are
    to be checked and ``python -m lint`` turned it off for a short run; from POOL_MIN_PAGES on,
    the garbage of a run in one process could grow without bound, and a forked pool's workers
    inherit the setting."""
    if pages >= POOL_MIN_PAGES and not gc.isenabled():
        gc.set_threshold(100_000, 50, 1000)
        gc.enable()


def lint_pages(paths: list[Path], session: Session, ctx: Context, cache=None) -> tuple[list[PageResult], int]:
    """(a PageResult for each page in order, the number of processes that checked them)."""
    rules = _page_rules(session)
    keep_pages = any(r.target == "project" and r.family != ALWAYS_ON for r in session.selected.values())
    items = list(enumerate(paths))
    cache = cache if cache is not None else _open_cache(session, ctx.whole_project)
    cached = _cached_results(cache, items, keep_pages) if cache is not None else {}
    missed = [(index, path) for index, path in items if index not in cached]
    collect_for(len(missed))
    processes = pool_size(session.jobs, len(missed))
    results = None
    if processes > 1:
        results = lint_in_pool(_lint_page, missed, processes, session, rules, ctx.whole_project, keep_pages)
    else:
        results, processes = _lint_small_run(missed, session, rules, ctx, keep_pages)
    if results is None:
        processes = 1
        results = [_lint_page(index, path, rules, ctx, keep_pages) for index, path in missed]
    if cache is not None:
        for result in results:
            if result.text is not None and result.problem is None and result.error is None:
                cache.put(result.path, result.text, result.findings, result.checks)
        cache.save()  # saved here too: a run that stops later keeps its pages
    by_index = dict(cached) | {index: result for (index, _), result in zip(missed, results, strict=True)}
    return [by_index[index] for index, _ in items], processes


def _lint_small_run(items, session, rules, ctx, keep_pages) -> tuple[list[PageResult] | None, int]:
    """(the PageResults in item order, the processes that checked them) of a run below
    POOL_MIN_PAGES pages on two cores: one page here first, the others here and in one worker
    (lint.engine.parallel.small_pool_split, _shared). (None, 1) when the run is for one process."""
    split = small_pool_split(session.jobs, [_size(path) for _, path in items])
    if split is None:
        return None, 1
    warm, rest = split
    index, path = items[warm]
    first = _lint_page(index, path, rules, ctx, keep_pages)
    others = [items[i] for i in rest]
    pooled = lint_in_pool(
        _lint_page, others, 2, session, rules, ctx.whole_project, keep_pages, one_by_one=True, here=ctx
    )
    if pooled is None:  # no pool on this system: the other pages here, in order
        return [first if i == warm else _lint_page(n, p, rules, ctx, keep_pages) for i, (n, p) in enumerate(items)], 1
    by_position = dict(zip(rest, pooled, strict=True)) | {warm: first}
    return [by_position[i] for i in range(len(items))], 2


def _size(path) -> int:
    """The file's size in bytes; 0 when it cannot be read (its reader reports why)."""
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _open_cache(session: Session, whole_project: bool):
    """The page cache of this run (lint.engine.cache), or None when the session has none."""
    if session.cache_dir is None:
        return None
    from .cache import PageCache, run_key

    return PageCache(session.cache_dir, run_key(session, whole_project))


def _cached_results(cache, items, keep_pages) -> dict:
    """index -> PageResult of each page whose results the cache holds for its present text."""
    found = {}
    for index, path in items:
        try:
            text = read_text(path)
        except LintInputError:
            continue  # read again (and reported) as a miss
        hit = cache.get(str(path), text)
        if hit is None:
            continue
        result = PageResult(str(path), text)
        result.findings, result.checks = hit
        if keep_pages:  # the project rules read every page: parse it (the rules do not run)
            try:
                result.page = parse_page(result.path, text)
            except LintInputError:
                continue
        found[index] = result
    return found


def _read_catalogs(paths, problems):
    catalogs: list = []
    texts: dict = {}
    if not paths:
        return catalogs, texts  # the catalog parser (polib) is imported only for catalogs
    from ..parsing.catalog import parse_catalog

    for path in paths:
        try:
            text = read_text(path)
            texts[str(path)] = (text, ".po")
            catalogs.append(parse_catalog(str(path), text))
        except LintInputError as exc:
            problems.append(_input_finding(exc, path))
    return catalogs, texts


def _read_bibs(paths, session, problems):
    """Bibliographies for the bib rules (UsageError when one cannot be parsed), else their text only."""
    from ..findings import display

    bibs, texts = [], {}
    if paths and any(r.target == "bib" for r in session.selected.values()):
        citation_bib = session.bib_path.resolve() if session.bib_path else None
        for path in paths:
            if citation_bib is not None and path.resolve() == citation_bib and session.bibliography:
                bib = session.bibliography
            else:
                try:
                    bib = load_bibliography(path)
                except LintInputError as exc:
                    raise UsageError(f"{display(exc.path)}:{exc.line}: {exc.message}") from None
            texts[str(bib.path)] = (bib.text if hasattr(bib, "text") else read_text(path), ".bib")
            bibs.append(bib)
    else:
        for path in paths:
            try:
                texts[str(path)] = (read_text(path), ".bib")
            except LintInputError as exc:
                problems.append(_input_finding(exc, path))
    return bibs, texts


def run(paths: list[str | Path], session: Session) -> Report:
    """Lint files and folders (no paths: the project's docs/, locale/ and refs.bib)."""
    from ..findings import display

    paths = run_paths(paths, session)
    files = collect_files(paths, session)
    report = Report(files={k: [display(p) for p in v] for k, v in files.items()}, sources=files)  # type: ignore[misc]
    cache = _open_cache(session, not paths)
    every_text = _every_text(files) if cache is not None else None
    if every_text is not None:
        from .cache import files_hash

        hit = cache.get_run(files_hash(every_text, session, cache.page_key))
        if hit is not None:  # nothing changed since the last run: its findings, suppressions applied anew
            findings, checks = hit
            results = [
                PageResult(str(path), every_text[str(path)][0], checks=checks.get(str(path), []))
                for path in files["page"]
            ]
            report.rules = list(session.selected.values())
            report.processes = 0
            finish(report, findings, every_text, results, session.selected)
            return report
    problems: list[Finding] = []
    catalogs, catalog_texts = _read_catalogs(files["catalog"], problems)
    bibs, bib_texts = _read_bibs(files["bib"], session, problems)
    ctx = session.context((), catalogs, whole_project=not paths)
    results, report.processes = lint_pages(files["page"], session, ctx, cache)
    ctx.pages = [r.page for r in results if r.page is not None]
    texts = {r.path: (r.text, ".md") for r in results if r.text is not None} | catalog_texts | bib_texts

    findings = [r.problem for r in results if r.problem] + problems
    errors = [r.error for r in results if r.error]
    by_target = {"catalog": catalogs, "bib": bibs, "project": [ctx]}
    for position, rule_obj in enumerate(session.selected.values()):
        report.rules.append(rule_obj)
        if rule_obj.target == "page":
            findings.extend(f for r in results for f in r.findings.get(position, ()))
            continue
        try:
            for document in by_target[rule_obj.target]:
                where = "the project" if rule_obj.target == "project" else getattr(document, "path", "the project")
                findings.extend(_run_rule(rule_obj, document, ctx, where))
        except (UsageError, RuleCrash) as exc:
            errors.append(((position, 0), exc))
            break
    if errors:  # the one a run in one process would have stopped at
        raise min(errors, key=lambda error: error[0])[1]
    if every_text is not None and not any(f.rule == "LNT001" for f in findings):
        from .cache import files_hash

        cache.put_run(files_hash(every_text, session, cache.page_key), findings, {r.path: r.checks for r in results})
        cache.save()
    finish(report, findings, texts, results, session.selected)
    return report


def _every_text(files) -> dict | None:
    """{path: (text, suffix)} of every file of the run; None when one cannot be read."""
    texts = {}
    for kind, suffix in (("page", ".md"), ("catalog", ".po"), ("bib", ".bib")):
        for path in files[kind]:
            try:
                texts[str(path)] = (read_text(path), suffix)
            except LintInputError:
                return None
    return texts


def check_page(path: str | Path, text: str, session: Session) -> Report:
    """Lint one page's text with the page rules (the Sphinx extension's entry point)."""
    from ..findings import display

    result = PageResult(str(path), text)
    report = Report(files={"page": [display(path)], "catalog": [], "bib": []})
    try:
        result.page = parse_page(result.path, text)
    except LintInputError as exc:
        finish(report, [_input_finding(exc, result.path)], {}, [], session.selected)
        return report
    ctx = session.context([result.page], [], whole_project=False)
    rules = _page_rules(session)
    report.rules = [rule_obj for _, rule_obj in rules]
    _check_parsed(0, result, rules, ctx)
    if result.error:
        raise result.error[1]
    findings = [f for found in result.findings.values() for f in found]
    finish(report, findings, {result.path: (text, ".md")}, [result], session.selected)
    return report


def explain(code: str):
    """The rule --explain describes; None when no rule has this code or name."""
    from .loader import load_rules

    load_rules()
    return lookup(code)


__all__ = ["RULES", "PageResult", "Report", "check_page", "explain", "lint_pages", "run"]
