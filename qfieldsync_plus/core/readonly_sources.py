"""Jobs that only read leave their sources byte for byte as they were.

QGIS's OGR provider changes a GeoPackage it only reads: it opens it in update mode first and, on
closing, sets ``journal_mode = delete`` (a WAL-mode file comes back in rollback mode, with a new
header), unless GDAL's ``OGR_SQLITE_JOURNAL`` configuration option is set. When it is set, QGIS
asks GDAL for ``journal_mode = delete`` at every open instead; ``OGR_SQLITE_PRAGMA`` with an empty
``journal_mode=`` makes GDAL skip that pragma. :func:`keep_journal_modes` sets both in a read-only
job's child process (QGIS 3.22 to 3.40 read the option the same way, ``QgsOgrProviderUtils``).

Reading a WAL-mode file still creates ``-wal``/``-shm`` files, and a read-only SQLite connection
never removes them. After the child process has ended, :func:`release_new_sidecars` (run in a
process of its own, so SQLite's file locks see every other user of the file) opens each database
whose empty ``-wal`` file the job left and closes it again: SQLite then removes both files itself,
only when no other connection uses the database, without writing to it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Iterable, List, Set

JOURNAL_OPTION = "OGR_SQLITE_JOURNAL"
PRAGMA_OPTION = "OGR_SQLITE_PRAGMA"
SIDECAR_SUFFIXES = ("-wal", "-shm")


def keep_journal_modes() -> None:
    """Stop QGIS and GDAL from changing any SQLite/GeoPackage journal mode in this process."""
    from osgeo import gdal

    gdal.SetConfigOption(JOURNAL_OPTION, "")
    other = [token for token in (gdal.GetConfigOption(PRAGMA_OPTION) or "").split(",")
             if token.strip() and not token.strip().lower().startswith("journal_mode")]
    gdal.SetConfigOption(PRAGMA_OPTION, ",".join(other + ["journal_mode="]))


def sqlite_sidecars(folder: Path) -> Set[str]:
    """The ``-wal``/``-shm`` files below ``folder`` (paths as strings)."""
    if not folder.is_dir():
        return set()
    return {str(path) for suffix in SIDECAR_SUFFIXES for path in folder.rglob(f"*{suffix}") if path.is_file()}


def _close_cleanly(database: Path) -> None:
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=rw", uri=True)
    try:
        connection.execute("PRAGMA schema_version").fetchone()  # reads: opens the WAL, writes nothing
    finally:
        connection.close()


def release_new_sidecars(folder: Path, before: Iterable[str]) -> List[str]:
    """Let SQLite remove the empty ``-wal`` (and its ``-shm``) files that appeared since ``before``.

    Returns the new sidecar files still there (in use by another program, or holding data).
    """
    known = set(before)
    for wal in sorted(sqlite_sidecars(folder) - known):
        if not wal.endswith("-wal"):
            continue
        database, wal_path = Path(wal[: -len("-wal")]), Path(wal)
        linked = database.is_symlink() or wal_path.is_symlink()  # never follow a link out of the folder
        try:
            if not linked and database.is_file() and wal_path.stat().st_size == 0:
                _close_cleanly(database)
        except (OSError, sqlite3.Error):
            pass  # gone meanwhile, or not a database we can open: leave its files alone
    return sorted(sqlite_sidecars(folder) - known)


def release_in_own_process(python: str, env: dict, folder: Path, before: Iterable[str]) -> List[str]:
    """Run :func:`release_new_sidecars` in a new ``python`` process; the sidecars left (all new ones on failure)."""
    if not sqlite_sidecars(folder) - set(before):
        return []
    try:
        done = subprocess.run(
            [python, "-m", __name__, str(folder)], input=json.dumps(sorted(before)), capture_output=True,
            text=True, env=env, timeout=60, check=False)
        return list(json.loads(done.stdout.strip().splitlines()[-1]))
    except (OSError, subprocess.SubprocessError, IndexError, ValueError):
        return sorted(sqlite_sidecars(folder) - set(before))


def main(argv: List[str]) -> int:
    """``python -m qfieldsync_plus.core.readonly_sources FOLDER`` with the earlier sidecars as JSON on stdin."""
    before = json.loads(sys.stdin.read() or "[]")
    left = release_new_sidecars(Path(argv[0]), before)
    print(json.dumps(left))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
