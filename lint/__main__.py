"""`python -m lint`: see lint/cli.py."""

import gc
import sys

from .cli import main

if __name__ == "__main__":  # not when a process pool's "spawn" worker imports this module
    # Collect garbage less often: with many pages, collections of the long-lived objects
    # (parser, tokenizer cache, findings) take a fifth of the run (benchmarks/README.md).
    gc.set_threshold(100_000, 50, 1000)
    sys.exit(main())
