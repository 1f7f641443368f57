"""`python -m lint [OPTIONS] [PATH ...]`: the command line.

Exit status: 0 no error (warnings allowed), 1 errors found, 2 the lint could not
do its job (a bad option, path, setting or bibliography; a crashed rule).
"""

import argparse
import sys
from pathlib import Path

from . import reporting
from .config import is_jobs
from .core import lazy_re as re  # patterns compiled on first use (lint.core.lazy_re)
from .errors import ConfigError
from .registry import RULES, lookup
from .runner import RuleCrash, UsageError, load_rules, make_session, run, split_list

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def version():
    """The installed project's version (pyproject.toml), or "unknown" when run from a bare checkout."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("pvt-article")
    except PackageNotFoundError:
        return "unknown (not installed; pip install -e .)"


class _Version(argparse.Action):
    """--version, reading the installed version only when asked (importlib.metadata costs a cached run's time)."""

    def __call__(self, parser, namespace, values, option_string=None):
        parser.exit(message=f"pvt-lint {version()}\n")


def _columns():
    """The terminal's width as shutil.get_terminal_size gives it (COLUMNS, else the terminal, else 80);
    argparse takes 2 less."""
    import os

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's own formatter, but the width comes from os, not shutil: argparse makes a formatter
    for every option it adds, and shutil imports the compression modules (5 ms of every run)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


def build_parser():
    parser = argparse.ArgumentParser(
        prog="python -m lint",
        formatter_class=_Formatter,
        description="Lint the article: citations, E-E-A-T metadata, bibliography, translations, style. "
        "Without PATH: docs/ (*.md), locale/ (*.po) and refs.bib of the project.",
        epilog="Exit status: 0 no error, 1 errors found, 2 the lint could not run. "
        "Suppress a finding with a comment line before its block: "
        "% lint: ignore[CIT001] reason (pages), # lint: ignore[TRN002] reason (catalogs).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help=".md, .po or .bib files, or folders")
    parser.add_argument("--version", action=_Version, nargs=0, help="show program's version number and exit")
    parser.add_argument(
        "--bib",
        metavar="FILE",
        help="bibliography that citation keys resolve against (default: refs.bib of the project)",
    )
    parser.add_argument(
        "--format",
        "--output-format",
        dest="format",
        choices=reporting.FORMATS,
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument(
        "--select",
        action="append",
        metavar="RULES",
        help="only these rules: codes (CIT001), prefixes (CIT) or names, comma-separated; "
        "replaces the configured select",
    )
    parser.add_argument(
        "--ignore", action="append", metavar="RULES", help="leave out these rules (added to the configured ignore)"
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write the findings to FILE instead of standard output (e.g. a .sarif for upload)",
    )
    parser.add_argument("--explain", metavar="CODE", help="explain a rule (code or name) and exit")
    parser.add_argument("--list-rules", action="store_true", help="list every rule and exit")
    parser.add_argument(
        "--statistics", action="store_true", help="print counts per rule, sentences checked and cited, and suppressions"
    )
    parser.add_argument(
        "--profile",
        choices=("default", "publish"),
        help="rule severities for everyday work or for publication (default: from config)",
    )
    parser.add_argument(
        "--config", metavar="FILE", help="settings file (default: pyproject.toml, table [tool.pvt-lint])"
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="processes for the page rules: 0 one a core from 50 pages on and two below "
        "(with 3 pages or more and enough text), 1 no process pool (default: from config, else 0)",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="check every page again (default: reuse the results of unchanged pages, "
        "kept in .pvt-lint-cache/ of the project)",
    )
    parser.add_argument("--cache-dir", metavar="DIR", help="keep the cache in DIR instead")
    return parser


def _jobs(text):
    """--jobs N: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not is_jobs(value):
        raise argparse.ArgumentTypeError(f"must be a whole number, 0 or more, not {text!r}")
    return value


def _shown(path):
    """A path as messages print it: undecodable bytes and control characters escaped."""
    from .engine.report import escape_path

    return escape_path(str(path))


# an existing file with one of these suffixes is a source or a setting of a project, never a report
_SOURCE_SUFFIXES = frozenset(
    {
        ".md",
        ".po",
        ".pot",
        ".bib",
        ".toml",
        ".yaml",
        ".yml",
        ".py",
        ".cfg",
        ".ini",
        ".rst",
        ".html",
        ".css",
        ".js",
        ".svg",
    }
)


def _protected_file(output, report, session):
    """(path, why) when ``-o output`` would overwrite a file the run read or a project's source (the same
    file by any name), or None: the report never replaces what it reports on."""
    import os

    try:
        target = os.stat(output)
    except OSError:
        return None  # a new file: nothing is overwritten
    read = [(path, "a file being linted") for paths in report.files.values() for path in paths]
    read += [(session.bib_path, "the bibliography"), (session.config.path, "the lint's configuration")]
    for path, why in read:
        try:
            if path is not None and os.path.samestat(target, os.stat(path)):
                return path, why
        except OSError:
            continue
    lint_dir = Path(__file__).resolve().parent
    if lint_dir in Path(output).resolve().parents:
        return output, "a file of the lint itself (its code or its data: word lists, tables)"
    if Path(output).suffix.lower() in _SOURCE_SUFFIXES:
        return output, f"an existing {Path(output).suffix} file (a source or a setting, not a report)"
    if not _a_previous_report(output):
        return output, "an existing file that is no report of the lint (constraints.txt, notes)"
    return None


# the first line of a report in each output format (text, github, json, sarif)
_REPORT_LINE = re.compile(r"\S.*:\d+:\d+: [A-Z]{3}\d{3} \[|::(?:error|warning|notice) file=|\s*(?:\[\]?|\{)\s*$")


def _a_previous_report(output):
    """The existing file is empty or a report the lint wrote (any format), so writing over it loses nothing."""
    try:
        with open(output, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # not readable as a file (a device, a pipe): writing to it is the caller's choice
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    return not first or bool(_REPORT_LINE.match(first))


def explain(code, out, err):
    load_rules()
    rule_obj = lookup(code)
    if rule_obj is None:
        print(f"python -m lint: unknown rule {code!r} (see --list-rules)", file=err)
        return EXIT_USAGE
    out.write(f"{rule_obj.code} ({rule_obj.name})\n")
    out.write(
        f"severity: {rule_obj.severity}; checks: {rule_obj.target}"
        f"{'; needs the Japanese tokenizer' if rule_obj.needs_tokenizer else ''}\n"
        f"options ([tool.pvt-lint.rules.{rule_obj.name}]): {', '.join(rule_obj.options) or 'none'}\n\n"
    )
    out.write(rule_obj.explanation + "\n")
    return EXIT_OK


def list_rules(out):
    load_rules()
    for code, rule_obj in sorted(RULES.items()):
        first = rule_obj.explanation.splitlines()[0] if rule_obj.explanation else ""
        out.write(f"{code}  {rule_obj.name:32} {rule_obj.severity:8} {first}\n")
    return EXIT_OK


def main(argv=None, stdout=None, stderr=None):
    for stream in (sys.stdout, sys.stderr):
        # a terminal or a file in an encoding that lacks a character of the report (cp932 has no en dash): the
        # character is written as an escape instead of ending the run in a traceback
        if stream is not None and hasattr(stream, "reconfigure") and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")
    try:
        return _main(argv, stdout, stderr)
    except BrokenPipeError:
        # the reader went away (python -m lint | head): stop quietly, as other tools do, with no traceback
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_USAGE
    except OSError as exc:
        if exc.filename is not None:  # a file the run reads: not an output error, report it as such
            raise
        # standard output cannot take the report (a full disk, /dev/full): a message, exit 2
        print(f"python -m lint: cannot write the report: {exc.strerror or exc}", file=stderr or sys.stderr)
        return EXIT_USAGE


def _main(argv=None, stdout=None, stderr=None):
    """The command; a run of the process's own command line (``argv`` None) with the cache on is
    recorded for lint.engine.replay, which answers the same command on an unchanged tree."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    recording = argv is None
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(argv)
    if args.explain is not None:  # --explain "" names no rule: say so, never run the whole lint
        return explain(args.explain, stdout, stderr)
    for option, values in (("--select", args.select), ("--ignore", args.ignore)):
        if values is not None and not split_list(values):
            print(f"python -m lint: {option} names no rule (give codes, prefixes or names: CIT001, CIT)", file=stderr)
            return EXIT_USAGE
    if args.list_rules:
        return list_rules(stdout)
    try:
        session = make_session(
            config_path=args.config,
            select=split_list(args.select) if args.select else None,
            ignore=split_list(args.ignore),
            profile=args.profile,
            bib=args.bib,
            jobs=args.jobs,
            cache=not args.no_cache,
            cache_dir=args.cache_dir,
        )
        from .engine.discovery import run_paths

        paths = run_paths(args.paths, session)  # as the run reads them: the replay's record names the same
        report = run(paths, session)
    except (UsageError, RuleCrash, ConfigError) as exc:
        # ConfigError: a data file of the lint itself (lint/data/*.toml) read when its rules are
        # loaded, which can happen mid-run (a suppression naming a rule not yet loaded)
        print(f"python -m lint: {exc}", file=stderr)
        return EXIT_USAGE
    formatted = reporting.FORMATTERS[args.format](report)
    if args.output:
        protected = _protected_file(args.output, report, session)
        if protected:
            print(
                f"python -m lint: -o {_shown(args.output)}: is {_shown(protected[0])}, {protected[1]}; "
                "not overwritten (write the report to another file)",
                file=stderr,
            )
            return EXIT_USAGE
        try:
            with open(args.output, "w", encoding="utf-8") as file:
                file.write(formatted)
        except OSError as exc:
            print(f"python -m lint: {_shown(args.output)}: cannot write: {exc.strerror}", file=stderr)
            return EXIT_USAGE
    else:
        stdout.write(formatted)
    to_stdout = args.format == "text" and not args.output
    notes = (reporting.statistics(report) if args.statistics else "") + reporting.summary(report) + "\n"
    (stdout if to_stdout else stderr).write(notes)
    code = EXIT_FINDINGS if report.errors else EXIT_OK
    if recording and session.cache_dir is not None and not args.output:
        from .engine.replay import record

        out, err = (formatted + notes, "") if to_stdout else (formatted, notes)
        record(argv, session, paths, report.sources, out, err, code)
    return code


if __name__ == "__main__":
    sys.exit(main())
