"""Run the project lint's page rules inside the Sphinx build.

Each page Sphinx reads, and each Markdown file it includes, is linted with
``lint.runner.check_page`` (the same rules,
configuration, bibliography and suppression comments as ``python -m lint``), and
each error of the default profile is logged as a Sphinx warning at the page and
line, so ``sphinx-build -W`` stops on an uncited claim::

    docs/treatment.md:42: WARNING: CIT001 [uncited-claim] sentence states a number (3) ... [pvt-lint.CIT001]

Lint warnings (e.g. a medical review still pending) are not passed on: they must
not stop the build. Pages that had errors are read again on the next
incremental build, so a reused environment cannot hide them.

Settings come from ``[tool.pvt-lint]`` of the pyproject.toml found from the
Sphinx configuration folder upward; ``pvt_lint_enabled = False`` in conf.py
turns the check off. The ``lint`` package is imported by name: the project is
installed in the build's environment (``pip install -e .``).
"""

from __future__ import annotations

import re
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

logger = logging.getLogger(__name__)

FLAGGED = "pvt_lint_flagged"  # env attribute: docnames whose last reading had findings


def _session(app: Sphinx):
    session = getattr(app, "_pvt_lint_session", None)
    if session is None:
        from lint.config import find_root
        from lint.findings import ERROR
        from lint.runner import make_session

        root = find_root(app.confdir)
        session = make_session(root=root, profile="default")
        # only the page rules, and only their errors, belong in the build
        session.selected = {code: r for code, r in session.selected.items() if r.target == "page"}
        session.error = ERROR
        app._pvt_lint_session = session
    return session


def _source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    if not app.config.pvt_lint_enabled:
        return
    flagged = _flagged(app.env)
    flagged.discard(docname)
    path = Path(app.env.doc2path(docname))
    app.__dict__.setdefault("_pvt_lint_sources", {})[str(path)] = source[0]  # for its includes' options
    _check(app, path, source[0], docname)


def _include_read(app: Sphinx, relative_path: Path, parent_docname: str, content: list[str]) -> None:
    """A file an {include} brings into the page being read is shown as the page's text, so it is checked as the page
    is and an uncited claim in it stops the build as well: the part the directive shows (:start-line:, :end-line:,
    :start-after:, :end-before:), at its own lines. MyST reads any included file as Markdown unless it is :literal:
    or :code:, which show code and are left alone. MyST emits this event before it applies the options, so they are
    read from the include directives of the page (and of the Markdown files it includes), the n-th event for a file
    taking the n-th include of it in reading order. Findings name the included file and are given once a build,
    however many pages include it."""
    if not app.config.pvt_lint_enabled:
        return
    path = Path(app.srcdir, relative_path)
    docname = app.env.docname  # the page being read (MyST passes only the stem of its file as parent_docname)
    seen = app.__dict__.setdefault("_pvt_lint_include_counts", {})
    count = seen[(docname, str(path))] = seen.get((docname, str(path)), -1) + 1
    options = _include_options(app, Path(app.env.doc2path(docname)), path, count)
    if options is None:
        return  # shown as code
    text, offset = _shown_part(content[0], options)
    _check(app, path, text, docname, once=True, line_offset=offset)


def _include_options(app: Sphinx, page: Path, included: Path, count: int) -> dict | None:
    """The options (lower-case keys) of the ``count``-th include of ``included`` in reading order, in the page or a
    Markdown file it includes (three levels deep); {} when none is found; None when that include shows code
    (:literal:, :code:)."""
    found = [options for target, options in _includes_in(app, page, page, 3) if target == included.resolve()]
    if not found:
        return {}
    options = found[min(count, len(found) - 1)]
    return None if {"literal", "code"} & options.keys() else options


def _includes_in(app: Sphinx, source: Path, page: Path, depth: int) -> list[tuple[Path, dict]]:
    """(resolved target, options) of each include in ``source`` (the page, or a file it includes) and in the files
    those include, in reading order; MyST resolves every one from the page's folder, nested ones too. Each file is
    parsed once a build; a page whose front matter the lint refuses (MyST only warns) is read without it."""
    from lint.core.includes import resolve_include
    from lint.errors import LintInputError
    from lint.parsing.markdown import parse_page

    cache = app.__dict__.setdefault("_pvt_lint_include_directives", {})
    key = (str(source), str(page))
    if key not in cache:
        cache[key] = []
        parsed = None
        try:
            # the page as Sphinx read it (source-read); a file it includes from the disk
            text = app.__dict__.get("_pvt_lint_sources", {}).get(key[0]) or source.read_text(encoding="utf-8-sig")
            try:
                parsed = parse_page(str(source), text)
            except LintInputError:
                parsed = parse_page(str(source), _FRONT_MATTER.sub(lambda m: "\n" * m.group(0).count("\n"), text, 1))
        except (OSError, UnicodeDecodeError, ValueError, LintInputError):
            parsed = None  # the page's own reading (or MyST) reports what is wrong with it
        for directive in parsed.directives if parsed else ():
            target = resolve_include(page, directive.argument) if directive.name == "include" else None
            if target is not None:
                cache[key].append((target, {str(k).lower(): str(v) for k, v in (directive.options or {}).items()}))
    out = []
    for target, options in cache[key]:
        out.append((target, options))
        if depth > 1 and not {"literal", "code"} & options.keys() and target.is_file():
            out.extend(_includes_in(app, target, page, depth - 1))
    return out


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def _shown_part(text: str, options: dict) -> tuple[str, int]:
    """(the part of the included text the options show, the lines before it), as MyST slices: :start-line: and
    :end-line: on the lines, then :start-after: and :end-before: on the text."""
    lines = text.splitlines(keepends=True)
    try:
        first = int(options["start-line"]) if options.get("start-line", "").strip() else None
        last = int(options["end-line"]) if options.get("end-line", "").strip() else None
    except ValueError:
        first = last = None  # MyST reports the option
    kept = lines[first:last]
    offset = len(lines[: first or 0]) if first is None or first >= 0 else len(lines) - len(lines[first:])
    text = "".join(kept)
    after, before = options.get("start-after", ""), options.get("end-before", "")
    if after and after in text:
        cut = text.index(after) + len(after)
        offset += text[:cut].count("\n")
        text = text[cut:]
    if before and before in text:
        text = text[: text.index(before)]
    return text, offset


def _check(app: Sphinx, path: Path, text: str, docname: str, once: bool = False, line_offset: int = 0) -> None:
    from lint.runner import RuleCrash, UsageError, check_page

    flagged = _flagged(app.env)
    try:
        session = _session(app)
        report = check_page(path, text, session)
    except (UsageError, RuleCrash) as exc:
        location = f"{path}:1" if once else docname
        logger.warning(f"pvt-lint cannot check this page: {exc}", location=location, type="pvt-lint", subtype="usage")
        flagged.add(docname)
        return
    errors = [f for f in report.findings if f.severity == session.error]
    if errors:  # warnings are not passed on, so they need no re-read
        flagged.add(docname)
    for finding in errors:
        if finding.path == str(path) and not once:
            location = (docname, finding.line)
        else:  # a finding in another file (the shared E-E-A-T record, an included file): name that file, once
            line = finding.line + (line_offset if finding.path == str(path) else 0)
            location = f"{finding.path}:{line}"
            seen = app.__dict__.setdefault("_pvt_lint_foreign", set())
            if (location, finding.rule, finding.message) in seen:
                continue
            seen.add((location, finding.rule, finding.message))
        text = f"{finding.rule} [{finding.name}] {finding.message}"
        logger.warning(
            f"{text}: {finding.context}" if finding.context else text,
            location=location,
            type="pvt-lint",
            subtype=finding.rule,
        )


def _flagged(env: BuildEnvironment) -> set[str]:
    if not hasattr(env, FLAGGED):
        setattr(env, FLAGGED, set())
    return getattr(env, FLAGGED)


def _outdated(app: Sphinx, env: BuildEnvironment, added, changed, removed) -> list[str]:
    """Read again every page that had errors, so they are reported on every build."""
    return sorted(d for d in _flagged(env) if d in env.found_docs and d not in removed)


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    _flagged(env).discard(docname)


def _merge(app: Sphinx, env: BuildEnvironment, docnames, other: BuildEnvironment) -> None:
    _flagged(env).update(d for d in _flagged(other) if d in docnames)


def check_edition_catalogs(app: Sphinx) -> None:
    """(thirty-seventh session, from an audit of issue 12) The edition's catalogs are checked by the lint's catalog rules
    (TRN, SPL) when the build starts, and each error is a warning at the PO entry, as the page rules' are at the page:
    a translation that adds a link to another site, adds HTML (in pvt_site.po the reader saw "(&lt;b&gt;2016…"), drops
    a citation or changes a number was published by a build that only ``python -m lint`` would have stopped. Read the
    Docs publishes whatever builds, so the edition's build must hold what protects its readers. The Japanese edition
    has no catalogs of its own."""
    if not app.config.pvt_lint_enabled or (app.config.language or "ja").startswith("ja"):
        return
    from lint.config import find_root
    from lint.findings import ERROR
    from lint.runner import RuleCrash, UsageError, make_session, run

    from .catalogs import locale_root

    folder = locale_root(app) / app.config.language / "LC_MESSAGES"
    catalogs = sorted(folder.glob("*.po")) if folder.is_dir() else []
    if not catalogs:
        return
    try:
        session = make_session(root=find_root(app.confdir), profile="default")
        # the catalog rules, and LNT001: a catalog the lint cannot read (an unterminated msgstr) builds truncated text
        session.selected = {
            code: r for code, r in session.selected.items() if r.target == "catalog" or code == "LNT001"
        }
        session.error = ERROR
        report = run([str(p) for p in catalogs], session)
    except (UsageError, RuleCrash) as exc:
        logger.warning(
            f"pvt-lint cannot check the catalogs: {exc}", location=str(folder), type="pvt-lint", subtype="usage"
        )
        return
    for finding in report.findings:
        if finding.severity != ERROR:
            continue
        text = f"{finding.rule} [{finding.name}] {finding.message}"
        logger.warning(
            f"{text}: {finding.context}" if finding.context else text,
            location=f"{finding.path}:{finding.line}",
            type="pvt-lint",
            subtype=finding.rule,
        )


def setup(app: Sphinx) -> dict:
    app.add_config_value("pvt_lint_enabled", True, "env")
    app.setup_extension("pvt_sphinx.catalogs")  # locale_root reads its pvt_site_locale_dir
    app.connect("builder-inited", check_edition_catalogs)
    app.connect("source-read", _source_read, priority=100)  # the page as written, before others edit it
    app.connect("include-read", _include_read, priority=100)  # and each Markdown file it includes
    app.connect("env-get-outdated", _outdated)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
