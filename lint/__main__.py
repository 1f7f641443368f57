"""`python -m lint`: see lint/cli.py.

A command run again on an unchanged tree is answered from its recorded output before the
lint's modules are imported (lint.engine.replay); otherwise the command line runs.
"""

import gc
import os
import sys


def leave(code):
    """Exit with ``code`` once the output is out, without Python's teardown of every module and
    object: after a cold run that teardown (a full garbage collection of the parser's, the
    tokenizer's and the rules' objects) costs a fifth of the run's CPU time. When a worker of a
    process pool is still alive (a run stopped by an error does not wait for them), when a
    profiler, debugger or coverage tool watches the run (they report at exit), or when the output
    cannot be flushed (the reader went away), Python's own exit does it all."""
    if _workers_alive() or sys.gettrace() or sys.getprofile() or "coverage" in sys.modules:
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        sys.exit(code)
    except OSError as exc:  # a full disk or a closed descriptor: say so, exit 2, no traceback
        _cannot_write(exc)
    os._exit(code)


def _cannot_write(exc):
    try:
        os.write(2, f"python -m lint: cannot write the report: {exc.strerror or exc}\n".encode())
    finally:
        os._exit(2)


def _workers_alive():
    """Whether a process this run started is still running (a pool that finished has joined its
    workers; one shut down on an error may not have)."""
    multiprocessing = sys.modules.get("multiprocessing")
    return multiprocessing is not None and bool(multiprocessing.active_children())


if __name__ == "__main__":  # not when a process pool's "spawn" worker imports this module
    from .engine.replay import answer

    code = answer(sys.argv[1:])
    if code is None:
        # No automatic collection from the imports on: the imports' objects are never garbage,
        # and a run of a few pages makes almost none that needs the collector (its peak memory
        # is the same without it), while one collection of its young objects cost 30 ms of a
        # 0.7 s run (benchmarks/README.md). A run of many pages turns it back on, collecting
        # less often than Python would (lint.engine.engine.collect_for).
        gc.disable()
        from .cli import main

        code = main()
    leave(code)
