"""`python -m lint`: see lint/cli.py."""

import sys

from .cli import main

sys.exit(main())
