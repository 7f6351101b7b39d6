"""Argument parsing and dispatch for ``python -m qfieldsync_plus``.

Exit codes: 0 success, 1 the job failed (or the job store cannot be used), 2 wrong usage,
3 finished with findings (``--strict``).
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from typing import List, Optional

from ..core.runner.store_file import StoreError
from . import cloud, delta_apply, deltas, jobs_history, package, process_projectfile, secrets, sync
from .common import quiet_qt_debug

# Each module has register(subparsers); the parser it adds sets ``func(args) -> int``.
COMMAND_MODULES = [process_projectfile, jobs_history, package, cloud, delta_apply, deltas, secrets, sync]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_FINDINGS = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="python -m qfieldsync_plus",
        description="Run QFieldCloud's jobs (process_projectfile, package, delta_apply) on this machine.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    """Parse ``argv`` and run the chosen command; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code not in (0, None) else EXIT_OK
    quiet_qt_debug()  # QGIS's debug lines (the auth database's key derivation) stay off the terminal
    try:
        refuse_link_loop(getattr(args, "project", None))
        return int(args.func(args))
    except StoreError as error:  # locked, deleted, read-only job store: one line, no traceback
        print(f"error: {error}" + (f" → {error.hint}" if error.hint else ""), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return EXIT_FAILED
    except (RuntimeError, OSError) as err:
        if not is_link_loop(err):
            raise
        print(f"error: {err}: a symbolic link leads back to itself; remove or fix it.", file=sys.stderr)
        return EXIT_FAILED


def refuse_link_loop(path: Optional[str]) -> None:
    """Raise the OS's ELOOP error when ``path`` is a symbolic link loop.

    Python 3.13's ``Path.resolve()`` no longer raises for a loop, so commands that only resolve
    their project path would otherwise go on with a path that cannot be opened.
    """
    if not path:
        return
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise


def is_link_loop(err: BaseException) -> bool:
    """True for the error a path with a symbolic link loop raises (pathlib: RuntimeError before Python 3.13)."""
    if isinstance(err, OSError):
        return err.errno == errno.ELOOP
    return str(err).startswith("Symlink loop from ")
