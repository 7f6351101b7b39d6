"""Command line: ``python -m qfieldsync_plus <command> …`` (see ``--help``)."""

import sys

from .core.qgis_import import import_qgis_headless

import_qgis_headless()  # before anything imports qgis: the command line needs no qgis.gui

from .cli.main import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
