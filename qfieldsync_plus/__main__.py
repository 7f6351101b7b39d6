"""Command line: ``python -m qfieldsync_plus <command> …`` (see ``--help``)."""

import sys

from .cli.main import main

if __name__ == "__main__":
    sys.exit(main())
