"""`python -m lint`: see lint/cli.py.

A command run again on an unchanged tree is answered from its recorded output before the
lint's modules are imported (lint.engine.replay); otherwise the command line runs.
"""

import gc
import sys

if __name__ == "__main__":  # not when a process pool's "spawn" worker imports this module
    from .engine.replay import answer

    code = answer(sys.argv[1:])
    if code is None:
        # Collect garbage less often, from the imports on: with many pages, collections of the
        # long-lived objects (parser, tokenizer cache, findings) take a fifth of the run
        # (benchmarks/README.md), and the imports' own objects are never garbage.
        gc.set_threshold(100_000, 50, 1000)
        from .cli import main

        code = main()
    sys.exit(code)
