"""The process pool that checks pages at once on several cores.

From POOL_MIN_PAGES pages on, the pages go to one worker a core in chunks. A smaller run
(the project's own pages) uses two workers when two cores are free and there is enough text
(``small_pool_split``): the first page is checked in this process, which loads what the rules
load on first use (the MED pattern table, the tokenizer, the parser), and the forked workers
inherit it; the other pages go one a task, the largest first, so that neither worker waits.
Each worker builds its own Context once; the parent gets back a PageResult a page
and merges them in page order, so the report is the same as from one process.
"""

from __future__ import annotations

import os
import signal
import sys

from .errors import RuleCrash
from .loader import load_rules

POOL_MIN_PAGES = 50  # from this many pages on, a pool of one worker a core (pool_size)
# below POOL_MIN_PAGES, two workers only when the pages after the warm-up page have this much
# text: their start-up (about 30 ms of CPU, the pool's import, the copies of memory pages a worker
# writes to) is paid back from about 0.1 s of checking on each core (benchmarks/README.md, section 4)
SMALL_POOL_MIN_BYTES = 32_000
WARM_MIN_BYTES = 1_000  # a warm-up page shorter than this may have no prose, and load nothing
CHUNK_PAGES = 25  # at most this many pages a task, so that a slow chunk leaves no core idle
START_METHOD = "fork" if sys.platform == "linux" else None  # fork: workers start in milliseconds


def available_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no CPU affinity on this system (macOS, Windows)
        return os.cpu_count() or 1


def pool_size(jobs: int, pages: int) -> int:
    """Processes for checking ``pages`` pages: 1 (no pool) below POOL_MIN_PAGES or with jobs 1.

    ``jobs`` 0 means one process a core. More processes than cores, or than tasks
    (chunks of pages), only cost memory and start-up time, so the pool never has more:
    ``jobs = 120`` for 50 pages on 4 cores starts 4.
    """
    if pages < POOL_MIN_PAGES:
        return 1
    cores = available_cores()
    return max(1, min(jobs or cores, cores, -(-pages // 2)))


def small_pool_split(jobs: int, sizes: list[int]) -> tuple[int, list[int]] | None:
    """For a run below POOL_MIN_PAGES pages of ``sizes`` bytes: (the position of the page to check
    first in this process, the positions of the others largest first) when two workers should
    check the others, else None (--jobs 1, one core, fewer than three pages, too little text).

    The warm-up page is the smallest of at least WARM_MIN_BYTES (the first page when none is), so
    that little is checked before the workers start.
    """
    if jobs == 1 or not 3 <= len(sizes) < POOL_MIN_PAGES or available_cores() < 2:
        return None
    long_enough = [i for i, size in enumerate(sizes) if size >= WARM_MIN_BYTES]
    warm = min(long_enough, key=lambda i: sizes[i]) if long_enough else 0
    rest = sorted((i for i in range(len(sizes)) if i != warm), key=lambda i: -sizes[i])
    if sum(sizes[i] for i in rest) < SMALL_POOL_MIN_BYTES:
        return None
    return warm, rest


def _chunks(items: list, processes: int) -> list[list]:
    """About four tasks a process, of at most CHUNK_PAGES pages each."""
    size = max(1, min(CHUNK_PAGES, -(-len(items) // (4 * processes))))
    return [items[i : i + size] for i in range(0, len(items), size)]


_worker: tuple | None = (
    None  # in a pool worker: (the page function, page rules, Context, whether to send parsed pages back)
)


def _start_worker(lint_page, session, rules, whole_project, keep_pages):
    """Pool initializer: the worker's own Context, once (rules loaded, config and bibliography from the parent)."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    load_rules()
    _worker = (lint_page, rules, session.context(whole_project=whole_project), keep_pages)


def _lint_chunk(chunk):
    assert _worker is not None, "_lint_chunk runs only in a pool worker"
    lint_page, rules, ctx, keep_pages = _worker
    return [lint_page(index, path, rules, ctx, keep_pages) for index, path in chunk]


def lint_in_pool(lint_page, items, processes, session, rules, whole_project, keep_pages, one_by_one=False):
    """``lint_page(index, path, rules, ctx, keep_pages)`` for every (index, path) item, in a process pool.

    The PageResults in item order; None when this system cannot start a pool. ``one_by_one``:
    a task a page, in the order of ``items`` (a small run), instead of chunks of pages.
    """
    from concurrent.futures import ProcessPoolExecutor  # imported here: 20 ms of start-up for small runs
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    context = get_context(START_METHOD)
    try:
        pool = ProcessPoolExecutor(
            processes,
            context,
            initializer=_start_worker,
            initargs=(lint_page, session, rules, whole_project, keep_pages),
        )
    except (OSError, ImportError, NotImplementedError):  # e.g. no working semaphores
        return None
    with pool:
        try:
            tasks = [[item] for item in items] if one_by_one else _chunks(items, processes)
            return [result for chunk in pool.map(_lint_chunk, tasks) for result in chunk]
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            raise RuleCrash(
                "a worker process stopped unexpectedly (out of memory?); "
                "run with --jobs 1 to check the pages in one process"
            ) from None
        except Exception as exc:  # noqa: BLE001 - as in _run_rule: no traceback
            pool.shutdown(wait=False, cancel_futures=True)
            if os.environ.get("PVT_LINT_DEBUG"):
                raise
            raise RuleCrash(
                f"internal error in a worker process: {type(exc).__name__}: {exc} "
                "(set PVT_LINT_DEBUG=1 for the traceback)"
            ) from None
