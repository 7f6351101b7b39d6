"""Sync state kept beside the job store (``<store folder>/sync/``, mode 0700), keyed by ids.

- ``packages/<package id>.gpkg``: the package's data.gpkg as it went out (full baseline rows);
  ``packages/<package id>.files/<path>``: its copied GeoPackage layers.
- ``copies/<copy id>.gpkg`` (and ``.prev.gpkg``, and ``.files/``, ``.prev.files/``): each device
  copy's data.gpkg and copied GeoPackages as its last (and previous) successful sync brought them.
- ``deltafiles/<id>.json``: the deltafiles syncs produced (for ``--inverse`` and the log).
Kept package rows are pruned after the job store's retention days once their package folder holds
another package (``prune_baselines``).
- ``sync.sqlite``: packages (project id, project file, folder), copies (last sync) and each copy's
  created keys (device fid → source key of the features it created), so moving the project keeps them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from ..jobs.job import utc_now
from .baseline import read_only

SCHEMA = """
CREATE TABLE IF NOT EXISTS packages (package_id TEXT PRIMARY KEY, project_id TEXT NOT NULL,
    project_file TEXT, package_dir TEXT, created TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS packages_project ON packages (project_id);
CREATE TABLE IF NOT EXISTS copies (copy_id TEXT PRIMARY KEY, package_id TEXT NOT NULL, project_id TEXT NOT NULL,
    base_id TEXT NOT NULL, previous_base_id TEXT, deltafile TEXT, synced_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS created_keys (copy_id TEXT NOT NULL, layer_id TEXT NOT NULL, local_pk TEXT NOT NULL,
    source_pk TEXT NOT NULL, export_id TEXT, PRIMARY KEY (copy_id, layer_id, local_pk));
"""
CreatedKeys = Dict[Tuple[str, str, str], Tuple[str, Optional[str]]]  # (layer, copy id, device fid) → (source pk, package)


@dataclass
class CopyRecord:
    """A device copy's last successful sync."""

    copy_id: str
    package_id: str
    project_id: str
    base_id: str
    previous_base_id: Optional[str]
    deltafile: Optional[str]
    synced_at: str


class SyncState:
    """The sync state folder of one job store."""

    def __init__(self, store_path: Path) -> None:
        self.folder = Path(store_path).parent / "sync"
        for sub in ("", "packages", "copies", "deltafiles", "work"):
            (self.folder / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        self.db_path = self.folder / "sync.sqlite"
        with closing(self._connect()) as db:
            db.executescript(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.db_path), timeout=30)
        db.execute("PRAGMA busy_timeout = 30000")
        return db

    @property
    def work_folder(self) -> Path:
        """Where private copies of device folders are made."""
        return self.folder / "work"

    def baseline_file(self, package_id: str, relative: str = "") -> Path:
        """The package's data.gpkg (or copied GeoPackage ``relative``) as it went out (may not exist here)."""
        if relative:
            return self.folder / "packages" / f"{package_id}.files" / relative
        return self.folder / "packages" / f"{package_id}.gpkg"

    def copy_file(self, copy_id: str, previous: bool = False, relative: str = "") -> Path:
        """The copy's data.gpkg (or copied GeoPackage ``relative``) as its last (or previous) sync brought it."""
        stem = f"{copy_id}{'.prev' if previous else ''}"
        if relative:
            return self.folder / "copies" / f"{stem}.files" / relative
        return self.folder / "copies" / f"{stem}.gpkg"

    def deltafile(self, deltafile_id: str) -> Path:
        """Where a sync's deltafile is kept."""
        return self.folder / "deltafiles" / f"{deltafile_id}.json"

    def add_package(self, package_id: str, project_id: str, project_file: str, package_dir: str) -> None:
        """Record a new package."""
        with closing(self._connect()) as db, db:
            db.execute("INSERT OR REPLACE INTO packages VALUES (?, ?, ?, ?, ?)",
                       (package_id, project_id, project_file, package_dir, utc_now()))

    def project_file_of(self, project_id: str) -> Optional[str]:
        """The project file that made the newest known package of ``project_id``."""
        with closing(self._connect()) as db:
            row = db.execute("SELECT project_file FROM packages WHERE project_id = ? ORDER BY created DESC",
                             (project_id,)).fetchone()
        return row[0] if row else None

    def copy(self, copy_id: str) -> Optional[CopyRecord]:
        """The copy's last sync, or None before its first one (on this computer)."""
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM copies WHERE copy_id = ?", (copy_id,)).fetchone()
        return CopyRecord(*row) if row else None

    def copies_of(self, package_id: str) -> List[str]:
        """The ids of the copies of ``package_id`` synced on this computer, most recent first."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT copy_id FROM copies WHERE package_id = ? ORDER BY synced_at DESC",
                              (package_id,)).fetchall()
        return [row[0] for row in rows]

    def created_keys(self, copy_id: str) -> CreatedKeys:
        """The source keys of the features this copy created in the field (kept by copy, not by project path)."""
        with closing(self._connect()) as db:
            rows = db.execute("SELECT layer_id, local_pk, source_pk, export_id FROM created_keys WHERE copy_id = ?",
                              (copy_id,)).fetchall()
        return {(layer, copy_id, local): (source, export) for layer, local, source, export in rows}

    def save_created_keys(self, copy_id: str, keys: CreatedKeys) -> None:
        """Remember the source keys of this copy's field-created features."""
        with closing(self._connect()) as db, db:
            db.executemany("INSERT OR REPLACE INTO created_keys VALUES (?, ?, ?, ?, ?)",
                           [(copy_id, layer, local, source, export) for (layer, client, local), (source, export)
                            in keys.items() if client == copy_id])

    def prune_baselines(self, days: int) -> List[str]:
        """Remove the kept rows of packages older than ``days`` whose package folder no longer holds them.

        Copies of such a package that come back later still synchronize from the fingerprint they carry
        (old values from the current sources); copies synced before have their own state, kept.
        """
        cutoff = (datetime.now(timezone.utc) - timedelta(days=days)).isoformat()
        with closing(self._connect()) as db:
            rows = db.execute("SELECT package_id, package_dir FROM packages WHERE created < ?", (cutoff,)).fetchall()
        pruned = []
        for package_id, package_dir in rows:
            if _holds_package(Path(package_dir or ""), package_id):
                continue
            self.baseline_file(package_id).unlink(missing_ok=True)
            shutil.rmtree(self.baseline_file(package_id, "x").parent, ignore_errors=True)
            with closing(self._connect()) as db, db:
                db.execute("DELETE FROM packages WHERE package_id = ?", (package_id,))
            pruned.append(package_id)
        return pruned

    def record_sync(self, copy_id: str, package_id: str, project_id: str, base_id: str, deltafile: str,
                    device_gpkg: Path, extra: Optional[Dict[str, Path]] = None) -> None:
        """After a sync applied everything: the device's rows become the copy's last synced state.

        ``extra``: the copied GeoPackage layers' private copies by relative path.
        """
        record = self.copy(copy_id)
        for relative, private in [("", device_gpkg), *sorted((extra or {}).items())]:
            current = self.copy_file(copy_id, relative=relative)
            previous = self.copy_file(copy_id, previous=True, relative=relative)
            previous.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            current.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if current.exists():
                os.replace(current, previous)
            _copy_atomically(private, current)
        with closing(self._connect()) as db, db:
            db.execute("INSERT OR REPLACE INTO copies VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (copy_id, package_id, project_id, base_id, record.base_id if record else None, deltafile,
                        utc_now()))

    def undo_sync(self, copy_id: str) -> None:
        """After ``--inverse`` reverted the last sync: the previous state is the copy's state again."""
        record = self.copy(copy_id)
        if record is None:
            return
        previous = self.copy_file(copy_id, previous=True)
        with closing(self._connect()) as db, db:
            if record.previous_base_id and previous.exists():
                os.replace(previous, self.copy_file(copy_id))
                files = self.copy_file(copy_id, previous=True, relative="x").parent
                if files.is_dir():
                    shutil.rmtree(self.copy_file(copy_id, relative="x").parent, ignore_errors=True)
                    os.replace(files, self.copy_file(copy_id, relative="x").parent)
                db.execute("UPDATE copies SET base_id = ?, previous_base_id = NULL, deltafile = NULL "
                           "WHERE copy_id = ?", (record.previous_base_id, copy_id))
            else:
                self.copy_file(copy_id).unlink(missing_ok=True)
                shutil.rmtree(self.copy_file(copy_id, relative="x").parent, ignore_errors=True)
                db.execute("DELETE FROM copies WHERE copy_id = ?", (copy_id,))


def _holds_package(folder: Path, package_id: str) -> bool:
    """True when ``folder``'s data.gpkg is the package ``package_id`` (read without writing)."""
    gpkg = folder / "data.gpkg"
    if not gpkg.is_file():
        return False
    try:
        with closing(read_only(gpkg, immutable=True)) as db:
            row = db.execute("SELECT package_id FROM qfsp_package").fetchone()
    except sqlite3.DatabaseError:
        return False
    return bool(row) and row[0] == package_id


def _copy_atomically(source: Path, target: Path) -> None:
    temporary = target.with_suffix(".tmp")
    with open(source, "rb") as reader, open(temporary, "wb") as writer:
        while True:
            block = reader.read(1 << 20)
            if not block:
                break
            writer.write(block)
        writer.flush()
        os.fsync(writer.fileno())
    os.replace(temporary, target)
