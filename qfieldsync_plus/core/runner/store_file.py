"""The job store's SQLite file: short connections, a busy timeout, and clear errors for a store
that is locked, deleted, read-only or damaged (a damaged one is moved aside and recreated)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import quote

from ..i18n import tr
from ..jobs.errors import JobError

BUSY_TIMEOUT_SECONDS = 15.0  # how long a write waits for another program's transaction
STORE_ERROR = "JOB_STORE"
_CORRUPT_WORDS = ("file is not a database", "malformed", "database corruption", "disk image")


class StoreError(JobError):
    """The job store cannot be used: the message names the file and what is wrong, ``hint`` what to do."""

    error_type = STORE_ERROR


class StoreLocked(StoreError):
    """Another program holds the store's write lock longer than the busy timeout."""


class StoreCorrupt(StoreError):
    """The store file is damaged (not a database, or failing its integrity check)."""


def is_corrupt(error: sqlite3.Error) -> bool:
    """True when SQLite says the file is not a database or is damaged."""
    text = str(error).lower()
    return isinstance(error, sqlite3.DatabaseError) and any(word in text for word in _CORRUPT_WORDS)


def _writable(path: Path) -> bool:
    target = path if path.exists() else path.parent
    return os.access(target, os.W_OK) and os.access(path.parent, os.W_OK)


def folder_error(folder: Path, error: OSError) -> StoreError:
    """The :class:`StoreError` for a store folder that cannot be created or reached."""
    return StoreError(tr("The job store's folder {folder} cannot be created: {error}.").format(
        folder=folder, error=error.strerror or error),
        hint=tr("Choose another data folder (Settings → Options → QFieldSync+ → Data folder)."))


def store_error(path: Path, error: sqlite3.Error) -> StoreError:
    """The :class:`StoreError` that explains ``error`` on the store file ``path``."""
    text = str(error).lower()
    if is_corrupt(error):
        return StoreCorrupt(tr("The job store {path} is damaged ({error}).").format(path=path, error=error),
                            hint=tr("It is moved aside and a new one is created the next time it is opened."))
    if "locked" in text or "busy" in text:
        return StoreLocked(tr("The job store {path} is locked by another program (waited {seconds} s).").format(
            path=path, seconds=f"{BUSY_TIMEOUT_SECONDS:g}"),
            hint=tr("Wait for the other QGIS window or command using it to finish, then try again."))
    if not path.parent.is_dir() or not path.exists():
        return StoreError(tr("The job store {path} was deleted while in use.").format(path=path),
                          hint=tr("Run the command again: a new, empty job store is created."))
    if "readonly" in text or "read-only" in text or not _writable(path):
        return StoreError(tr("The job store {path} cannot be written: the file or its folder is read-only.").format(
            path=path), hint=tr("Make both writable, or choose another data folder (Settings → Options → QFieldSync+ → "
                                 "Data folder)."))
    return StoreError(tr("The job store {path} cannot be used: {error}.").format(path=path, error=error),
                      hint=tr("Check the file and its folder, or choose another data folder (Settings → Options → "
                                 "QFieldSync+ → Data folder)."))


def _uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path`` (POSIX, Windows drive or UNC path) opened in ``mode``."""
    text = os.path.abspath(path).replace("\\", "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/… → file:///C:/…
    return "file://" + quote(text, safe="/:") + "?mode=" + mode


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    connection = sqlite3.connect(_uri(path, "rwc" if create else "rw"), uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.row_factory = sqlite3.Row
    return connection


@contextmanager
def open_database(path: Path, create: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to the store file, committed on success, closed always.

    With ``create`` False the file must exist (a store deleted while in use is reported, not
    silently replaced by an empty one); every SQLite failure becomes a :class:`StoreError`.
    """
    path = Path(path)
    connection: Optional[sqlite3.Connection] = None
    try:
        connection = _connect(path, create)
        yield connection
        connection.commit()
    except sqlite3.Error as error:
        raise store_error(path, error) from error
    finally:
        if connection is not None:
            connection.close()


def move_aside(path: Path) -> Path:
    """Rename a damaged store (and its -wal/-shm files) to ``<name>.corrupt-<date>``; the new name."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(path) + suffix)
        try:
            source.rename(str(aside) + suffix)
        except FileNotFoundError:
            continue  # no such companion file (or another process moved it first)
    return aside


def check_integrity(path: Path) -> bool:
    """True when SQLite's quick check finds nothing wrong with the store file."""
    try:
        connection = sqlite3.connect(_uri(path, "ro"), uri=True, timeout=BUSY_TIMEOUT_SECONDS)
        try:
            row = connection.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as error:
        return not is_corrupt(error)
    return bool(row) and row[0] == "ok"
