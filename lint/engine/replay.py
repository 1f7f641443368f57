"""The whole-run replay: a command run again on an unchanged tree is answered before any import.

A run with its cache on (``python -m lint`` without --no-cache or -o) leaves a manifest in the
cache folder, ``run-<key>.bin``, the key being a digest of the command line, the current folder
and the Python version. The manifest holds what the run printed (standard output, standard
error, exit status) and the state of everything the answer depends on:

- the lint itself: its source (lint/**/*.py) and its data files (lint/data/*), by content;
- every linted file, the settings file, the bibliography, any file a setting names and any file a linted page
  includes or names as its E-E-A-T record (wherever it is), by content;
- every file under the project's docs/ and locale/ and under each folder given on the command
  line (outside _build, node_modules, __pycache__ and hidden folders), by content, so that a new,
  removed or edited page, E-E-A-T record, included file or catalog is seen;
- that no pyproject.toml has appeared between the current folder and the project root;
- the day (the E-E-A-T rules compare dates with today's).

``python -m lint`` (lint/__main__.py) asks :func:`answer` first. When every state matches,
the stored output is written again and nothing else runs: no rule module, parser or
tokenizer is imported, which is why this module uses the standard library's cheapest parts
only (marshal for the file, blake2b without OpenSSL). Any difference, an unreadable or broken
manifest, or a command line it does not understand is a miss, and the full lint runs (its
per-page cache, lint.engine.cache, still saves the unchanged pages' work).
"""

import marshal
import os
import stat
import sys
import time

try:
    from _blake2 import blake2b  # hashlib's own blake2b, without loading OpenSSL (4 ms of a replay)
except ImportError:  # another Python implementation
    from hashlib import blake2b

FORMAT = 1  # the manifest's layout; a change makes every old manifest a miss
DEFAULT_FOLDER = ".pvt-lint-cache"
LINT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SKIPPED = {"_build", "__pycache__", "node_modules"}  # never linted (lint.engine.discovery)
WATCHED = ("docs", "locale")  # the project's folders whose every file is part of a manifest
KEEP = 16  # manifests kept, newest first (one a command line: the editor's, the hook's, CI's)
# written into every cache folder: git then ignores the folder's every file
GITIGNORE = "# the lint's cache (python -m lint --no-cache to run without)\n*\n"

# The options the replay understands; any other (--no-cache, -o, --explain, an abbreviation,
# -j2) leaves the command to the full lint, which never records it.
FLAGS = {"--statistics"}
VALUED = {
    "--bib",
    "--format",
    "--output-format",
    "--select",
    "--ignore",
    "--profile",
    "--config",
    "-j",
    "--jobs",
    "--cache-dir",
}


def cache_folder(argv, cwd):
    """The cache folder of a command line the replay understands, else None."""
    folder = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg.startswith("-"):
            name, eq, value = arg.partition("=")
            if name in FLAGS and not eq:
                i += 1
                continue
            if name not in VALUED:
                return None
            if not eq:
                if i + 1 >= len(argv) or argv[i + 1].startswith("-"):
                    return None
                value = argv[i + 1]
                i += 1
            if name == "--cache-dir":
                folder = value
        i += 1
    if folder is None:
        return os.path.join(find_root(cwd), DEFAULT_FOLDER)
    folder = os.path.join(cwd, folder)
    return folder if is_cache_folder(folder) else None  # the full lint says why it will not use it


def is_cache_folder(folder):
    """Whether the cache may be kept in ``folder``: one that does not exist yet, or one that holds nothing but the
    cache's own files and hidden ones. Any other folder holds someone's files, which the cache's .gitignore would
    hide from git (``--cache-dir docs`` made every new page of the editor's invisible to ``git status``). The
    default folder, .pvt-lint-cache, is the cache's by its name and is not checked."""
    try:
        if not os.path.isdir(folder):
            return not os.path.exists(folder)
        # (from the code review) only the lint's own files: a docs folder the old cache already wrote its .gitignore
        # into holds pages too. Hidden files (.DS_Store) are no one's work, but a repository (.git) is.
        return all(_cache_file_name(name) or (name.startswith(".") and name != ".git") for name in os.listdir(folder))
    except (OSError, ValueError):
        return False


# The names of the cache's files (the page cache's and the replay's, and their temporary files while written): one
# list for the writers (lint.engine.cache, _save below) and for is_cache_folder
PAGES_PREFIX, RUNS_PREFIX = "pages-", "run-"


def _cache_file_name(name):
    """A name the cache gives its files: run manifests, page results."""
    return _run_file_name(name) or (name.startswith(PAGES_PREFIX) and name.endswith(".json"))


def _run_file_name(name):
    return name.startswith(RUNS_PREFIX) and name.endswith(".bin")


def write_gitignore(folder):
    """The cache's .gitignore in ``folder``, unless one is there (the page cache and the replay both write there)."""
    gitignore = os.path.join(folder, ".gitignore")
    if not os.path.exists(gitignore):
        with open(gitignore, "w", encoding="utf-8") as file:
            file.write(GITIGNORE)


def find_root(cwd):
    """The project root as lint.config.find_root finds it: the nearest folder upward with pyproject.toml."""
    folder = os.path.realpath(cwd)
    while True:
        if os.path.isfile(os.path.join(folder, "pyproject.toml")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return os.path.realpath(cwd)
        folder = parent


def manifest_path(folder, argv, cwd):
    key = blake2b(repr((FORMAT, list(argv), cwd, sys.version, LINT_DIR)).encode("utf-8", "surrogatepass"))
    return os.path.join(folder, f"{RUNS_PREFIX}{key.hexdigest()[:32]}.bin")


def file_state(path):
    """A file's content digest; "dir" for a folder, "-" when there is nothing (or it cannot be read), and
    for anything else (a FIFO, a socket, a device) its kind only: opening a FIFO would wait for a writer."""
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            return "dir"
        if not stat.S_ISREG(mode):
            return f"special:{stat.S_IFMT(mode):o}"
        with open(path, "rb") as file:
            return blake2b(file.read()).hexdigest()
    except IsADirectoryError:
        return "dir"
    except (OSError, ValueError):  # ValueError: a NUL in the path (a setting's or a page's hostile value)
        return "-"


def tree_files(folder):
    """Every file under ``folder`` outside the folders the lint never reads, sorted."""
    found: list[str] = []
    for base, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in SKIPPED and not d.startswith(".")]
        found.extend(os.path.join(base, name) for name in files)
    return sorted(found)


def tree_state(folder):
    """{path: digest} of every file under ``folder`` (lint.engine.discovery's folders)."""
    return {path: file_state(path) for path in tree_files(folder)}


def lint_state():
    """A digest of the lint's source and data files: any edit, release or new file is a new version."""
    digest = blake2b()
    for path in tree_files(LINT_DIR):
        relative = os.path.relpath(path, LINT_DIR)
        if path.endswith(".py") or relative.startswith("data" + os.sep):
            digest.update(os.fsencode(relative) + b"\0" + file_state(path).encode() + b"\0")
    return digest.hexdigest()


def today():
    return time.strftime("%Y-%m-%d")


def _states_match(manifest):
    if manifest.get("today") != today() or manifest.get("lint") != lint_state():
        return False
    for folder, files in manifest["trees"].items():
        if tree_files(folder) != sorted(files):
            return False
    expected = dict(manifest["files"])
    for files in manifest["trees"].values():
        expected.update(files)
    return all(file_state(path) == state for path, state in expected.items())


def answer(argv, stdout=None, stderr=None, cwd=None):
    """The exit status after writing a recorded run's output again, or None when it must really run."""
    cwd = cwd or os.getcwd()
    folder = cache_folder(argv, cwd)
    if folder is None:
        return None
    try:
        with open(manifest_path(folder, argv, cwd), "rb") as file:
            manifest = marshal.load(file)
        if manifest.get("format") != FORMAT or not _states_match(manifest):
            return None
        out, err, code = manifest["stdout"], manifest["stderr"], manifest["exit"]
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        stdout.write(out)
        stdout.flush()
    except BrokenPipeError:  # the reader went away (python -m lint | head): as lint.cli.main does
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 2
    stderr.write(err)
    return code


def record(argv, session, paths, files, out, err, code, cwd=None):
    """Keep this run's output and the state of what it depended on (see the module's docstring).

    ``session``: the run's lint.engine.session.Session; ``paths``: the paths given (none: the
    project's default paths); ``files``: what discovery found, by kind. A manifest that cannot be
    written leaves the command unrecorded."""
    cwd = cwd or os.getcwd()
    folder = cache_folder(argv, cwd)
    if folder is None or session.cache_dir is None:
        return
    root = str(session.root)
    trees: dict[str, dict] = {}
    from .cache import docs_folders

    for name in WATCHED:
        if os.path.isdir(os.path.join(root, name)):
            trees[os.path.join(root, name)] = {}
    for docs in docs_folders(session):  # a docs folder a setting names (TRN016 reads its pages)
        if docs.is_dir():
            trees.setdefault(str(docs), {})
    for path in paths:
        if os.path.isdir(path):
            trees[os.path.abspath(path)] = {}
    for tree in trees:
        trees[tree] = tree_state(tree)
    inputs = [str(p) for kind in ("page", "catalog", "bib") for p in files.get(kind, ())]
    inputs += [os.path.join(root, name) for name in ("pyproject.toml", "refs.bib", *WATCHED)]
    inputs += [str(p) for p in paths]
    if session.config.path is not None:
        inputs.append(str(session.config.path))
    if session.bib_path is not None:
        inputs.append(str(session.bib_path))
    inputs += named_files(session)
    inputs += _page_inputs(files.get("page", ()))
    here = os.path.realpath(cwd)  # no settings file may appear between here and the root
    while here != root and os.path.dirname(here) != here:
        inputs.append(os.path.join(here, "pyproject.toml"))
        here = os.path.dirname(here)
    manifest = {
        "format": FORMAT,
        "today": today(),
        "lint": lint_state(),
        "trees": trees,
        "files": {os.path.abspath(path): file_state(path) for path in inputs},
        "stdout": out,
        "stderr": err,
        "exit": code,
    }
    _save(folder, manifest_path(folder, argv, cwd), manifest)


def _page_inputs(pages):
    """The files the linted pages include and their E-E-A-T records, wherever they are (outside docs/ they are in no
    watched tree)."""
    from ..core.includes import page_inputs

    found: list[str] = []
    for page in pages:
        try:
            with open(page, encoding="utf-8-sig", errors="replace") as file:  # as the lint reads pages
                text = file.read()
        except OSError:
            continue
        found.extend(str(path) for path in page_inputs(str(page), text))
    return found


def named_files(session):
    """Files a setting names (a term list, a word list): any string value that is a file."""
    found: list[str] = []
    stack = [session.config.data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str) and len(value) < 300 and ("/" in value or "." in value):
            path = value if os.path.isabs(value) else os.path.join(str(session.root), value)
            if os.path.isfile(path):
                found.append(path)
    return found


def _save(folder, target, manifest):
    import tempfile

    try:
        os.makedirs(folder, exist_ok=True)
        write_gitignore(folder)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{RUNS_PREFIX}", suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            marshal.dump(manifest, file)
        os.replace(temporary, target)  # atomic: a concurrent run reads the old or the new manifest
        old = sorted(
            (os.path.join(folder, n) for n in os.listdir(folder) if _run_file_name(n)),
            key=os.path.getmtime,
            reverse=True,
        )
        for path in old[KEEP:]:
            os.unlink(path)
    except (OSError, ValueError):
        pass  # a read-only tree, a name that cannot be stored: the command is simply not recorded
