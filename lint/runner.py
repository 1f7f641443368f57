"""Finding the files, loading them, running the selected rules, applying suppressions.

``make_session`` resolves the configuration, the rule selection and the
bibliography once; ``run(paths, session)`` lints files and folders (the CLI; from
POOL_MIN_PAGES pages on, the page rules run in a process pool, see "pages" below);
``check_page(path, text, session)`` lints one page's text (the Sphinx extension).
Both return a ``Report``. Usage problems (a missing path, a bad setting, an
unreadable bibliography) raise ``UsageError``: the CLI prints it and exits 2.
"""

import fnmatch
import os
import signal
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import suppressions as suppression_comments
from .config import ConfigError, check_option, find_root, load_config
from .context import Context
from .findings import ERROR, WARNING, Finding
from .parsing.markdown import parse_page
from .parsing.text import LintInputError, read_text
from .registry import RULES, load_rules, lookup, rule

KINDS = {".md": "page", ".po": "catalog", ".bib": "bib"}
DEFAULT_PATHS = ("docs", "locale", "refs.bib")
DEFAULT_BIB = "refs.bib"
SKIPPED_FOLDERS = {"_build", "__pycache__", "node_modules"}
ALWAYS_ON = "LNT"  # the lint's own rules are reported unless ignored by code or name
POOL_MIN_PAGES = 50  # below this many pages, starting processes costs more than it saves
CHUNK_PAGES = 25  # at most this many pages a task, so that a slow chunk leaves no core idle
START_METHOD = "fork" if sys.platform == "linux" else None  # fork: workers start in milliseconds


class UsageError(Exception):
    """The lint cannot do its job (exit 2); the message names what to fix."""


class RuleCrash(Exception):
    """A rule raised an unexpected exception (a bug in the lint; exit 2)."""


# The lint's own findings: files it cannot read and suppression comments it cannot use.
@rule("LNT001", "unreadable-file", target="project")
def unreadable_file(project, ctx):
    """A file the lint cannot read: bad encoding, a NUL byte, or a page whose front matter is broken.

    What: the runner reports each page or catalog it cannot read or parse at the
    line where reading stopped (this rule itself checks nothing).
    Why: a file the lint cannot read is a file none of the other rules checked.
    Example: a page saved as Shift_JIS (`not valid UTF-8 (byte 0x82)`), or front
    matter with a tab in its YAML. Fix: save as UTF-8; correct the YAML.
    """
    return ()


@rule("LNT002", "invalid-suppression", target="project")
def invalid_suppression(project, ctx):
    """A `lint: ignore[...]` comment that names an unknown rule or gives no reason.

    What: suppression comments (`% lint: ignore[CIT001] reason` in pages and .bib
    files, `# lint: ignore[TRN002] reason` in catalogs) must name known rules (by
    code or name) and give a reason after the brackets.
    Why: a suppression is an editorial decision that a reviewer must be able to
    judge; without a reason it cannot be judged, and with a misspelt code it
    silently suppresses nothing.
    Example violation: `% lint: ignore[CIT01]`. Fix:
    `% lint: ignore[CIT001] 要点の一覧。出典は本文の各節にある`.
    """
    return ()


@rule("LNT003", "unused-suppression", target="project", severity=WARNING)
def unused_suppression(project, ctx):
    """A `lint: ignore[...]` comment that suppressed nothing.

    What: a valid suppression whose block had no finding of the named rules.
    Why: stale suppressions hide the next real problem in that block.
    Fix: delete the comment.
    """
    return ()


class CheckedContext(Context):
    """The lead's Context, with rule options checked against the type of their default."""

    config_file: object = None
    whole_project: bool = True  # False when only some files were given (rules needing all pages may skip)

    @property
    def config_label(self):
        return self.config_file.label if self.config_file else "pyproject.toml"

    def option(self, rule_code, key, default):
        value = super().option(rule_code, key, default)
        if self.config_file is not None and value is not default:
            section = RULES[rule_code].name if rule_code in RULES else rule_code
            check_option(self.config_file, section, key, value, default)
        return value


@dataclass
class Session:
    root: Path
    config: object  # lint.config.Config
    profile: str
    selected: dict  # code -> Rule: the rules whose findings are reported
    bib_path: Path | None
    bib_explicit: bool = False
    jobs: int = 0  # processes for the page rules: 0 one a core (for many pages), 1 no pool
    _bibliography: object = None
    _bib_loaded: bool = False

    @property
    def bibliography(self):
        """The bibliography citation keys resolve against (None when there is none)."""
        if not self._bib_loaded:
            self._bib_loaded = True
            if self.bib_path is not None and (self.bib_path.is_file() or self.bib_explicit):
                try:
                    self._bibliography = load_bibliography(Path(display(self.bib_path)))
                except LintInputError as exc:
                    raise UsageError(f"{display(exc.path)}:{exc.line}: {exc.message}") from None
        return self._bibliography

    def needs_bibliography(self):
        """Citation and bibliography rules read it; the others run without it (and never fail on it)."""
        return any(r.family in ("CIT", "BIB") or (r.target in ("bib", "project") and r.family != ALWAYS_ON)
                   for r in self.selected.values())

    def context(self, pages=(), catalogs=(), whole_project=True):
        bibliography = self.bibliography if self.needs_bibliography() else None
        if self.needs_bibliography() and bibliography is None and "CIT002" in self.selected:
            where = display(self.bib_path) if self.bib_path else DEFAULT_BIB
            raise UsageError(f"{where}: bibliography not found; citation keys cannot be checked "
                             "(give --bib FILE, or --ignore CIT002)")
        ctx = CheckedContext(self.root, self.config.data, self.profile, bibliography,
                             list(pages), list(catalogs))
        ctx.config_file = self.config
        ctx.whole_project = whole_project
        return ctx


def load_bibliography(path):
    """The bibliography of a .bib file (lint.parsing.bibtex); LintInputError when unparsable."""
    from .parsing.bibtex import load_bibliography as load

    return load(path)


def load_catalog(path, text):
    """A PO catalog (lint.parsing.catalog); LintInputError (CatalogError) when unparsable."""
    from .parsing.catalog import parse_catalog

    return parse_catalog(path, text)


def display(path):
    """A path as messages show it: relative to the current folder when inside it."""
    path = Path(path)
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix() if path.is_absolute() else str(path)


# ---------------------------------------------------------------- selection


def _matches(selector, rule_obj):
    s = selector.strip()
    if s.upper() == "ALL":
        return True
    if rule_obj.name == s:
        return True
    return s[:1].isalpha() and s.isalnum() and rule_obj.code.startswith(s.upper())


def _check_selectors(selectors, where):
    for s in selectors:
        if not s.strip():
            continue
        if not any(_matches(s, r) for r in RULES.values()):
            raise UsageError(f"{where}: unknown rule or prefix {s!r} (see --list-rules)")


def resolve_selection(select, ignore, *, select_where="--select", ignore_where="--ignore"):
    """code -> Rule for every rule selected and not ignored (the lint's own LNT rules unless ignored)."""
    load_rules()
    select = [s for s in (select or ["ALL"]) if s.strip()]
    ignore = [s for s in (ignore or []) if s.strip()]
    _check_selectors(select, select_where)
    _check_selectors(ignore, ignore_where)
    chosen = {}
    for code, rule_obj in sorted(RULES.items()):
        picked = any(_matches(s, rule_obj) for s in select)
        if rule_obj.family == ALWAYS_ON:
            dropped = any(s.strip().upper() == code or s.strip() == rule_obj.name for s in ignore)
            picked = True
        else:
            dropped = any(_matches(s, rule_obj) for s in ignore)
        if picked and not dropped:
            chosen[code] = rule_obj
    return chosen


def split_list(values):
    """--select CIT,EAT --select BIB -> ["CIT", "EAT", "BIB"]."""
    out = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return out


def make_session(*, root=None, config_path=None, select=None, ignore=None, profile=None, bib=None, jobs=None):
    """Everything a run needs that does not depend on the files: raises UsageError."""
    load_rules()
    root = Path(root).resolve() if root else find_root()
    try:
        config = load_config(config_path, root=root, required=config_path is not None)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    if select is None and config.select is not None:
        selected = resolve_selection(config.select, config.ignore + list(ignore or []),
                                     select_where=config.key("select"), ignore_where=config.key("ignore"))
    else:
        selected = resolve_selection(select, config.ignore + list(ignore or []),
                                     ignore_where=f"{config.key('ignore')} or --ignore")
    bib_explicit = bib is not None
    bib_path = Path(bib) if bib else (root / config.bib if config.bib else root / DEFAULT_BIB)
    if bib_explicit and not bib_path.is_file():
        raise UsageError(f"{bib}: no such bibliography file")
    return Session(root, config, profile or config.profile, selected, bib_path, bib_explicit,
                   config.jobs if jobs is None else jobs)


# ---------------------------------------------------------------- files


def collect_files(paths, session):
    """Files to lint by kind ("page", "catalog", "bib"); UsageError for what cannot be linted."""
    given = list(paths)
    if not given:
        given = [session.root / p for p in DEFAULT_PATHS if (session.root / p).exists()]
        if not given:
            raise UsageError(f"{display(session.root)}: nothing to lint here (no docs/, locale/ or refs.bib)")
    files = {"page": [], "catalog": [], "bib": []}
    seen = set()
    for raw in given:
        path = Path(raw)
        if not path.exists():
            raise UsageError(f"{raw}: no such file or folder")
        if path.is_file():
            kind = KINDS.get(path.suffix.lower())
            if kind is None:
                raise UsageError(f"{raw}: cannot lint a {path.suffix or 'extensionless'} file "
                                 "(the lint reads .md pages, .po catalogs and .bib bibliographies)")
            candidates = [path]
        else:
            candidates = [p for p in sorted(path.rglob("*"))
                          if p.is_file() and p.suffix.lower() in KINDS and not _skipped(p, path, session)]
            if not candidates:
                raise UsageError(f"{raw}: no .md, .po or .bib file to lint in this folder")
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                files[KINDS[candidate.suffix.lower()]].append(candidate)
    return files


def _skipped(path, base, session):
    parts = path.relative_to(base).parts[:-1]
    if any(p in SKIPPED_FOLDERS or p.startswith(".") for p in parts):
        return True
    try:
        relative = path.resolve().relative_to(session.root).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(fnmatch.fnmatch(relative, pattern) or relative.startswith(pattern.rstrip("/") + "/")
               for pattern in session.config.exclude)


# ---------------------------------------------------------------- reports


@dataclass
class Report:
    findings: list = field(default_factory=list)  # reported, sorted
    suppressed: list = field(default_factory=list)  # (Finding, Suppression)
    suppressions: list = field(default_factory=list)  # every suppression comment read
    files: dict = field(default_factory=dict)  # kind -> [display path]
    sentences: Counter = field(default_factory=Counter)  # checked, cited, own, exempt, uncited, suppressed
    rules: list = field(default_factory=list)  # the rules that ran
    processes: int = 1  # processes that checked the pages (more than 1: a process pool)

    @property
    def errors(self):
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self):
        return sum(1 for f in self.findings if f.severity == WARNING)

    @property
    def exit_code(self):
        return 1 if self.errors else 0


def _input_finding(exc, fallback_path):
    path = display(exc.path) if exc.path else fallback_path
    return Finding(path, max(int(exc.line or 1), 1), 1, "LNT001", RULES["LNT001"].name, ERROR,
                   exc.message)


def _run_rule(rule_obj, document, ctx, path):
    try:
        return list(rule_obj.check(document, ctx) or ())
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    except LintInputError as exc:
        return [_input_finding(exc, path)]
    except Exception as exc:  # noqa: BLE001 - a rule's bug must not print a traceback
        if os.environ.get("PVT_LINT_DEBUG"):
            raise
        raise RuleCrash(f"internal error in rule {rule_obj.code} ({rule_obj.name}) while checking {path}: "
                        f"{type(exc).__name__}: {exc} (set PVT_LINT_DEBUG=1 for the traceback)") from None


# ---------------------------------------------------------------- pages
#
# Each page is read, parsed and checked by every page rule in turn (page by page, so
# the tokenizer's sentence cache serves all rules of a page). With many pages this
# happens in a process pool; the parent gets back a PageResult a page and merges them
# in page order, so the report is the same as from one process. A run stops with the
# error (bad rule option, crashed rule) that one process would have met first: rules
# in selection order, then pages in order, then the sentence statistics.

AFTER_RULES = float("inf")  # where the sentence statistics come in that order


@dataclass
class PageResult:
    """One page after the page rules: what the run needs of it afterwards."""

    path: str  # as displayed
    text: str | None = None  # None when the file could not be read
    page: object = None  # the parsed Page; pool workers send it only when project rules need it
    problem: Finding | None = None  # LNT001: the page could not be read or parsed
    findings: dict = field(default_factory=dict)  # rule position in the selection -> [Finding]
    checks: list = field(default_factory=list)  # (status, own, line, column) of each sentence
    error: tuple | None = None  # ((rule position, page index), UsageError | RuleCrash)


def _page_rules(session):
    """(position in the selection, Rule) of each selected page rule."""
    return [(i, r) for i, r in enumerate(session.selected.values()) if r.target == "page"]


def _check_parsed(index, result, rules, ctx):
    """Run the page rules on ``result.page`` and classify its sentences (for the statistics)."""
    from .rules.citations import classify

    for position, rule_obj in rules:
        try:
            result.findings[position] = _run_rule(rule_obj, result.page, ctx, result.path)
        except (UsageError, RuleCrash) as exc:
            result.error = ((position, index), exc)
            return
    try:
        result.checks = [(c.status, c.own, *c.position) for c in classify(result.page, ctx)]
    except ConfigError as exc:
        result.error = ((AFTER_RULES, index), UsageError(str(exc)))


def _lint_page(index, path, rules, ctx, keep_page):
    result = PageResult(display(path))
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


def available_cores():
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no CPU affinity on this system (macOS, Windows)
        return os.cpu_count() or 1


def pool_size(jobs, pages):
    """Processes for checking ``pages`` pages: 1 (no pool) below POOL_MIN_PAGES or with jobs 1.

    ``jobs`` 0 means one process a core.
    """
    if pages < POOL_MIN_PAGES:
        return 1
    return max(1, jobs or available_cores())


def _chunks(items, processes):
    """About four tasks a process, of at most CHUNK_PAGES pages each."""
    size = max(1, min(CHUNK_PAGES, -(-len(items) // (4 * processes))))
    return [items[i:i + size] for i in range(0, len(items), size)]


_worker = None  # in a pool worker: (page rules, Context, whether to send parsed pages back)


def _start_worker(session, rules, whole_project, keep_pages):
    """Pool initializer: the worker's own Context, once (rules loaded, config and bibliography from the parent)."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    load_rules()
    _worker = (rules, session.context(whole_project=whole_project), keep_pages)


def _lint_chunk(chunk):
    rules, ctx, keep_pages = _worker
    return [_lint_page(index, path, rules, ctx, keep_pages) for index, path in chunk]


def _lint_in_pool(items, processes, session, rules, whole_project, keep_pages):
    """PageResults from a process pool; None when this system cannot start one."""
    from concurrent.futures import ProcessPoolExecutor  # imported here: 20 ms of start-up for small runs
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    context = get_context(START_METHOD)
    try:
        pool = ProcessPoolExecutor(processes, context, initializer=_start_worker,
                                   initargs=(session, rules, whole_project, keep_pages))
    except (OSError, ImportError, NotImplementedError):  # e.g. no working semaphores
        return None
    with pool:
        try:
            return [result for chunk in pool.map(_lint_chunk, _chunks(items, processes)) for result in chunk]
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            raise RuleCrash("a worker process stopped unexpectedly (out of memory?); "
                            "run with --jobs 1 to check the pages in one process") from None
        except Exception as exc:  # noqa: BLE001 - as in _run_rule: no traceback
            pool.shutdown(wait=False, cancel_futures=True)
            if os.environ.get("PVT_LINT_DEBUG"):
                raise
            raise RuleCrash(f"internal error in a worker process: {type(exc).__name__}: {exc} "
                            "(set PVT_LINT_DEBUG=1 for the traceback)") from None


def lint_pages(paths, session, ctx):
    """(a PageResult for each page in order, the number of processes that checked them)."""
    rules = _page_rules(session)
    keep_pages = any(r.target == "project" and r.family != ALWAYS_ON for r in session.selected.values())
    items = list(enumerate(paths))
    processes = pool_size(session.jobs, len(items))
    if processes > 1:
        results = _lint_in_pool(items, processes, session, rules, ctx.whole_project, keep_pages)
        if results is not None:
            return results, processes
    return [_lint_page(index, path, rules, ctx, keep_pages) for index, path in items], 1


# ---------------------------------------------------------------- runs


def _read_catalogs(paths, problems):
    catalogs, texts = [], {}
    for path in paths:
        shown = display(path)
        try:
            text = read_text(path)
            texts[shown] = (text, ".po")
            catalogs.append(load_catalog(shown, text))
        except LintInputError as exc:
            problems.append(_input_finding(exc, shown))
    return catalogs, texts


def _read_bibs(paths, session, problems):
    """Bibliographies for the bib rules (UsageError when one cannot be parsed), else their text only."""
    bibs, texts = [], {}
    if paths and any(r.target == "bib" for r in session.selected.values()):
        citation_bib = session.bib_path.resolve() if session.bib_path else None
        for path in paths:
            shown = display(path)
            if citation_bib is not None and path.resolve() == citation_bib and session.bibliography:
                bib = session.bibliography
            else:
                try:
                    bib = load_bibliography(path)
                except LintInputError as exc:
                    raise UsageError(f"{display(exc.path)}:{exc.line}: {exc.message}") from None
            texts[shown] = (bib.text if hasattr(bib, "text") else read_text(path), ".bib")
            bibs.append(bib)
    else:
        for path in paths:
            try:
                texts[display(path)] = (read_text(path), ".bib")
            except LintInputError as exc:
                problems.append(_input_finding(exc, display(path)))
    return bibs, texts


def run(paths, session):
    """Lint files and folders (no paths: the project's docs/, locale/ and refs.bib)."""
    files = collect_files(paths, session)
    report = Report(files={k: [display(p) for p in v] for k, v in files.items()})
    problems = []
    catalogs, catalog_texts = _read_catalogs(files["catalog"], problems)
    bibs, bib_texts = _read_bibs(files["bib"], session, problems)
    ctx = session.context((), catalogs, whole_project=not paths)
    results, report.processes = lint_pages(files["page"], session, ctx)
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
    _finish(report, findings, texts, results, session)
    return report


def check_page(path, text, session, *, shown=None):
    """Lint one page's text with the page rules (the Sphinx extension's entry point)."""
    result = PageResult(shown or display(path), text)
    report = Report(files={"page": [result.path], "catalog": [], "bib": []})
    try:
        result.page = parse_page(result.path, text)
    except LintInputError as exc:
        report.findings = [_input_finding(exc, result.path)]
        return report
    ctx = session.context([result.page], [], whole_project=False)
    rules = _page_rules(session)
    report.rules = [rule_obj for _, rule_obj in rules]
    _check_parsed(0, result, rules, ctx)
    if result.error:
        raise result.error[1]
    findings = [f for found in result.findings.values() for f in found]
    _finish(report, findings, {result.path: (text, ".md")}, [result], session)
    return report


def _finish(report, findings, texts, results, session):
    """Selection, suppressions, sentence statistics, order."""
    findings = [f for f in findings if f.rule in session.selected]
    comments = []
    for shown, (text, suffix) in texts.items():
        comments.extend(suppression_comments.parse_suppressions(shown, text, suffix))
    kept, suppressed = suppression_comments.apply(findings, comments)
    for comment in comments:
        for problem in comment.problems:
            kept.append(Finding(comment.path, comment.line, 1, "LNT002", RULES["LNT002"].name, ERROR, problem,
                                context=_line(texts, comment.path, comment.line)))
        ran = {r.code for r in report.rules}
        if not comment.problems and not comment.used and comment.codes and comment.codes <= ran:
            kept.append(Finding(comment.path, comment.line, 1, "LNT003", RULES["LNT003"].name, WARNING,
                                f"suppression of {', '.join(comment.rules)} suppressed nothing",
                                context=_line(texts, comment.path, comment.line),
                                suggestion="delete the comment"))
    kept = [f for f in kept if f.rule in session.selected]
    report.findings = sorted(set(kept), key=lambda f: (f.path, f.line, f.column, f.rule, f.message))
    report.suppressed = suppressed
    report.suppressions = comments
    report.sentences = _sentence_counts(results, suppressed)


def _line(texts, path, line):
    text = texts.get(path, ("", ""))[0].split("\n")
    return text[line - 1].strip() if 0 < line <= len(text) else ""


def _sentence_counts(results, suppressed):
    hidden = {(f.path, f.line, f.column) for f, _ in suppressed if f.rule == "CIT001"}
    counts = Counter(checked=0, cited=0, own=0, cited_own=0, exempt=0, uncited=0, suppressed=0)
    for result in results:
        for status, own, line, column in result.checks:
            counts["checked"] += 1
            counts["own"] += own
            if status == "uncited" and (result.path, line, column) in hidden:
                counts["suppressed"] += 1
            else:
                counts[status] += 1
                counts["cited_own"] += status == "cited" and own
    return counts


def explain(code):
    """(Rule, text) for --explain; None when no rule has this code or name."""
    load_rules()
    return lookup(code)
