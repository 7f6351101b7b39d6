"""Read a device copy (a folder copied from the phone, or QField's zip) without changing it.

``data.gpkg`` and its ``-wal``/``-shm`` are copied into a private folder of the job store
(mode 0700) and only that copy is opened; a GeoPackage in WAL mode without its ``-wal`` is
refused (its last edits would be lost). A zip is checked and extracted into the private folder by
``core/archives.py`` (no absolute names, no ``..``, no links; entry and size limits from the settings).
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from ..archives import ArchiveLimits, extract_checked
from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..runner.processes import pid_alive
from .baseline import read_only

DATA_GPKG = "data.gpkg"
SIDE_FILES = ("-wal", "-shm")
COPY_ATTEMPTS = 3
ORIGINAL_PROJECT = re.compile(r"<originalProjectPath[^>]*>([^<]*)</originalProjectPath>")


@dataclass
class DeviceCopy:
    """A device copy opened for reading: ``root`` holds its files, ``gpkg`` the private data.gpkg copy."""

    source: Path
    root: Path
    gpkg: Path
    work_dir: Path
    is_zip: bool
    zip_members: List[Path]
    extra: Dict[str, Path] = field(default_factory=dict)  # copied GeoPackage layers: relative path → private copy

    def copy_gpkg(self, relative: str) -> Path:
        """A private copy of another GeoPackage of the device (a ``copy`` layer's file)."""
        if relative not in self.extra:
            source = self.root / relative
            if source.is_symlink() or not source.resolve().is_relative_to(self.root.resolve()):
                raise _refuse(tr('"{path}" leaves the device folder.').format(path=source))
            self.extra[relative] = _private_copy(source, self.work_dir / "files" / relative)
        return self.extra[relative]

    def fingerprinted_files(self) -> List[str]:
        """Relative paths of the device's other GeoPackages that carry a package fingerprint (copied layers)."""
        return fingerprinted_files(self.root)

    def close(self) -> None:
        """Remove the private copy."""
        shutil.rmtree(self.work_dir, ignore_errors=True)

    def original_project(self) -> Optional[str]:
        """The original project path recorded in the packaged project (``qfieldsync/originalProjectPath``)."""
        for packaged in sorted(self.root.glob("*_qfield.qgs")):
            found = ORIGINAL_PROJECT.search(packaged.read_text(encoding="utf-8", errors="replace"))
            if found:
                return found.group(1)
        return None


def fingerprinted_files(root: Path) -> List[str]:
    """Relative paths of the GeoPackages under ``root``, other than data.gpkg, with a package fingerprint."""
    found = []
    for path in sorted(Path(root).rglob("*.gpkg")):
        relative = path.relative_to(root)
        if relative.as_posix() == DATA_GPKG or any(p.startswith(".") for p in relative.parts) or path.is_symlink():
            continue
        try:
            with closing(read_only(path, immutable=True)) as db:  # never writes
                if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'qfsp_package'").fetchone():
                    found.append(relative.as_posix())
        except sqlite3.DatabaseError:
            continue
    return found


def _refuse(message: str, hint: str = "") -> JobError:
    return JobError(message, errors.INVALID_ARGUMENTS, hint=hint or tr("Nothing was changed."))


def is_wal_mode(path: Path) -> bool:
    """True when the SQLite header says WAL mode (file format bytes 18/19 are 2)."""
    with open(path, "rb") as handle:
        header = handle.read(20)
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def _find_root(folder: Path) -> Path:
    if (folder / DATA_GPKG).is_file():
        return folder
    inner = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]
    if len(inner) == 1 and (inner[0] / DATA_GPKG).is_file():
        return inner[0]
    return folder


def open_device(path: Path, work_folder: Path, limits: ArchiveLimits = ArchiveLimits()) -> DeviceCopy:
    """Copy the device's data.gpkg (with its WAL) into a private folder under ``work_folder``.

    A zip is checked and extracted there by ``core/archives.py`` within ``limits``.
    """
    source = Path(path).expanduser().resolve()
    if not source.exists():
        raise JobError(tr('The device folder or zip "{path}" does not exist.').format(path=source),
                       errors.FILE_NOT_FOUND)
    remove_leftovers(work_folder)
    work_dir = Path(tempfile.mkdtemp(prefix=f"device-{os.getpid()}-", dir=str(work_folder)))
    os.chmod(work_dir, 0o700)
    try:
        is_zip = source.is_file()
        if is_zip:
            if not zipfile.is_zipfile(source):
                raise _refuse(tr('"{path}" is neither a folder nor a zip.').format(path=source))
            extract_checked(source, work_dir / "zip", limits.max_entries, limits.max_bytes)
            root = _find_root(work_dir / "zip")
        else:
            root = _find_root(source)
        gpkg = root / DATA_GPKG
        if not gpkg.is_file() or gpkg.is_symlink():
            raise _refuse(tr('"{path}" holds no data.gpkg: it is not a QField package folder.').format(path=source),
                          tr("Choose the package folder copied from the device (the one with the *_qfield.qgs)."))
        private = _private_copy(gpkg, work_dir / DATA_GPKG)
        members = [gpkg] + [gpkg.with_name(DATA_GPKG + s) for s in SIDE_FILES[:1] if gpkg.with_name(DATA_GPKG + s).is_file()]
        return DeviceCopy(source, root, private, work_dir, is_zip, members)
    except BaseException:
        shutil.rmtree(work_dir, ignore_errors=True)
        raise


def _private_copy(gpkg: Path, private: Path) -> Path:
    """Copy ``gpkg`` with its -wal/-shm to ``private`` and fold the WAL in (refused when the WAL is missing)."""
    wal = gpkg.with_name(gpkg.name + "-wal")
    if is_wal_mode(gpkg) and not wal.is_file():
        raise _refuse(tr('"{path}" is in WAL mode but "{wal}" is missing: the last field edits are in that '
                         "file.").format(path=gpkg, wal=wal.name),
                      tr("Copy {wal} too (or close QField before copying).").format(wal=wal.name))
    private.parent.mkdir(parents=True, exist_ok=True)
    for _attempt in range(COPY_ATTEMPTS):
        before = _signature(gpkg)
        shutil.copyfile(gpkg, private)
        for suffix in SIDE_FILES:
            side = gpkg.with_name(gpkg.name + suffix)
            private.with_name(private.name + suffix).unlink(missing_ok=True)
            if side.is_file() and not side.is_symlink():
                shutil.copyfile(side, private.with_name(private.name + suffix))
        if _signature(gpkg) == before:  # nobody wrote while it was copied
            _merge_wal(private)
            return private
    raise _refuse(tr('"{path}" changed while it was being copied: QField (or another program) is still writing '
                     "it.").format(path=gpkg), tr("Close QField, then synchronize again; nothing was changed."))


def _signature(gpkg: Path) -> tuple:
    """Size and modification time of a GeoPackage and its WAL (a change means someone is writing)."""
    found = []
    for path in (gpkg, gpkg.with_name(gpkg.name + "-wal")):
        try:
            info = path.stat()
            found.append((info.st_size, info.st_mtime_ns))
        except FileNotFoundError:
            found.append(None)
    return tuple(found)


def remove_leftovers(work_folder: Path) -> None:
    """Delete private copies left by sync processes that no longer run (killed)."""
    for folder in Path(work_folder).glob("device-*-*"):
        try:
            pid = int(folder.name.split("-")[1])
        except (IndexError, ValueError):
            continue
        if pid != os.getpid() and not pid_alive(pid):
            shutil.rmtree(folder, ignore_errors=True)


def _merge_wal(private: Path) -> None:
    """Fold the private copy's WAL into it, so it is one self-contained file."""
    try:
        with closing(sqlite3.connect(str(private))) as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as err:
        raise _refuse(tr("The device's data.gpkg is not a readable GeoPackage: {error}").format(error=err))
