"""The process pool that checks pages at once on several cores.

From POOL_MIN_PAGES pages on, the pages go to one worker a core in chunks. A smaller run
(the project's own pages) uses two processes when two cores are free and there is enough text
(``small_pool_split``): the first page is checked in this process, which loads what the rules
load on first use (the MED pattern table, the tokenizer, the parser), and the forked worker
inherits it; then this process and the worker take the other pages one at a time, the largest
first, so that neither waits (``_shared``).
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
# below POOL_MIN_PAGES, two processes (this one and a worker) only when the pages after the warm-up
# page have this much text: a worker's start-up (about 30 ms of CPU, the pool's import, the copies of
# memory pages it writes to) is paid back from about 0.1 s of checking on each core (benchmarks/README.md,
# section 4)
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
    first in this process, the positions of the others largest first) when this process and a worker
    should check the others, else None (--jobs 1, one core, fewer than three pages, too little text).

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


def lint_in_pool(lint_page, items, processes, session, rules, whole_project, keep_pages, one_by_one=False, here=None):
    """``lint_page(index, path, rules, ctx, keep_pages)`` for every (index, path) item, in a process pool.

    The PageResults in item order; None when this system cannot start a pool. ``one_by_one``:
    a task a page, in the order of ``items`` (a small run), instead of chunks of pages. ``here``:
    this process's Context, when this process is one of the ``processes`` (see _shared).
    """
    from concurrent.futures import ProcessPoolExecutor  # imported here: 20 ms of start-up for small runs
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing import get_context

    context = get_context(START_METHOD)
    try:
        pool = ProcessPoolExecutor(
            processes - (here is not None),
            context,
            initializer=_start_worker,
            initargs=(lint_page, session, rules, whole_project, keep_pages),
        )
    except (OSError, ImportError, NotImplementedError):  # e.g. no working semaphores
        return None
    with pool:
        try:
            if here is not None:
                return _shared(pool, lint_page, items, rules, here, keep_pages)
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


def _shared(pool, lint_page, items, rules, ctx, keep_pages):
    """The PageResults of ``items`` in order, checked by this process and the pool's worker at once,
    each taking the next page from one queue (in the order given: the largest first) when it is done
    with its last: the worker is sent one page at a time, with one more waiting in its queue.

    This process has loaded everything the rules load on first use (the warm-up page); a worker
    forked from it inherits that, but what the warm-up page did not need (regular expressions of
    other rules' branches, compiled on first use) each process loads for itself. With this process
    checking pages beside one worker, instead of waiting for two, one process fewer is started and
    loads it again (benchmarks/README.md, section 4).
    """
    import threading
    from concurrent.futures import wait

    queue = list(enumerate(items))
    queue.reverse()  # pop() takes the first item left
    lock = threading.Lock()
    results: dict = {}
    futures: list = []

    def send_next(done=None):
        if done is not None and (done.cancelled() or done.exception() is not None):
            with lock:
                queue.clear()  # the worker failed: this process stops too, and future.result() raises it
            return
        with lock:
            if not queue:
                return
            position, item = queue.pop()
            future = pool.submit(_lint_chunk, [item])
            futures.append((position, future))
        future.add_done_callback(send_next)

    # two pages ahead: the next is already in the worker's queue when it sends a result back (this process,
    # busy checking a page, holds the interpreter lock when the result arrives: sending on arrival left
    # the worker idle 20-30 ms a page)
    send_next()
    send_next()
    try:
        while True:
            with lock:
                if not queue:
                    break
                position, item = queue.pop()
            results[position] = lint_page(*item, rules, ctx, keep_pages)
    except BaseException:  # Ctrl-C here: send the worker nothing more, so that the pool can shut down
        with lock:
            queue.clear()
        raise
    while True:  # the worker's last pages (a callback sends no more once the queue is empty)
        with lock:
            pending = [future for _, future in futures if not future.done()]
        if not pending:
            break
        wait(pending)
    for position, future in futures:
        results[position] = future.result()[0]  # raises what the worker raised
    return [results[position] for position in range(len(items))]
