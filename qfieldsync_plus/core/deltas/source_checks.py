"""Why a file data source cannot be written: read-only files or folders, a corrupt SQLite/GeoPackage file."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import Iterable, Optional

from ..i18n import tr

SQLITE_MAGIC = b"SQLite format 3\x00"
READ_ONLY_WORDS = ("readonly database", "read-only", "permission denied", "read only file system")
CORRUPTION_WORDS = ("malformed", "not a database", "file is encrypted", "corrupt")


def read_only_problem(label: str, files: Iterable[Path], folder: Optional[Path]) -> Optional[str]:
    """The message when one of ``files`` or ``folder`` (where working files are made) is not writable."""
    for path in [*files, *([folder] if folder is not None else [])]:
        if path.exists() and _read_only(path):
            return read_only_message(label, path)
    return None


def read_only_message(label: str, path: Path) -> str:
    """The message for a data source whose file or folder ``path`` cannot be written."""
    kind = tr("folder") if path.is_dir() else tr("file")
    return tr('{source} is read-only: the {kind} "{path}" cannot be written. Nothing was changed; make it '
              "writable (or work on a writable copy) and run the job again.").format(source=label, kind=kind, path=path)


def looks_read_only(message: str) -> bool:
    """True when a driver message says the file or database cannot be written."""
    lowered = message.lower()
    return any(word in lowered for word in READ_ONLY_WORDS)


def _read_only(path: Path) -> bool:
    """Not writable for us, or marked read-only (no write permission bits: also respected when running as root)."""
    return not os.access(path, os.W_OK) or not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)


def sqlite_corruption(path: Path) -> Optional[str]:
    """Why the SQLite/GeoPackage file at ``path`` is corrupt (None when it looks sound or cannot be read)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return None
    if header != SQLITE_MAGIC:
        return tr("it is not an SQLite database")
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            result = connection.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as err:
        return str(err)
    if result and result[0] == "ok":
        return None
    return " ".join(str(result[0] if result else "quick_check failed").replace("*** in database main ***", "").split())


def corrupt_message(path: Path, detail: str) -> str:
    """The message for a corrupt database file."""
    return tr('The database file "{path}" is corrupt ({detail}). Nothing was changed; restore it from a '
              "backup.").format(path=path, detail=detail)


def looks_corrupt(message: str) -> bool:
    """True when a driver message says the database file is damaged."""
    lowered = message.lower()
    return any(word in lowered for word in CORRUPTION_WORDS)
