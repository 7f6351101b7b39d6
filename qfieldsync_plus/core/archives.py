"""Zip archives from outside (a ``.qgz``, a zipped QField folder): check before anything extracts them.

QGIS extracts every entry of a ``.qgz`` when it reads the project, wherever the entry's name
points. :func:`check_archive` reads only the archive's directory and refuses names that leave
the extraction folder (absolute, drive letters, ``..``), symbolic links, and archives with too
many entries or too many bytes. :func:`extract_checked` extracts an accepted archive safely.
"""

from __future__ import annotations

import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, List, Mapping

from .i18n import tr
from .jobs import errors
from .jobs.errors import JobError

DEFAULT_MAX_ENTRIES = 10_000
DEFAULT_MAX_BYTES = 4 * 1024 ** 3
# Job parameters carrying the limits from the user's settings to the child process.
MAX_ENTRIES_PARAM, MAX_BYTES_PARAM = "archive_max_entries", "archive_max_bytes"
_DRIVE = re.compile(r"^[A-Za-z]:")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """How many entries and uncompressed bytes an archive may hold."""

    max_entries: int = DEFAULT_MAX_ENTRIES
    max_bytes: int = DEFAULT_MAX_BYTES

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> "ArchiveLimits":
        """The limits a job was given (the defaults for missing ones)."""
        return cls(int(params.get(MAX_ENTRIES_PARAM) or DEFAULT_MAX_ENTRIES),
                   int(params.get(MAX_BYTES_PARAM) or DEFAULT_MAX_BYTES))

    def as_params(self) -> dict:
        """The limits as job parameters."""
        return {MAX_ENTRIES_PARAM: self.max_entries, MAX_BYTES_PARAM: self.max_bytes}


def _refuse(archive: Path, message: str, hint: str = "") -> JobError:
    return JobError(message + " " + tr("Nothing was extracted."), errors.UNSAFE_ARCHIVE, hint=hint or tr(
        'Do not open "{archive}": it was not written by QGIS or QField. Ask its sender for the project again.'
    ).format(archive=archive))


def _too_big(archive: Path, message: str) -> JobError:
    return _refuse(archive, message, tr("If you trust this archive, raise the limit in Settings › Options › "
                                        "QFieldSync+."))


def entry_parts(name: str) -> List[str]:
    """The path components of an entry name (``/`` and ``\\`` both separate)."""
    return [part for part in re.split(r"[\\/]", name) if part not in ("", ".")]


def _check_entry(archive: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        raise _refuse(archive, tr('The archive "{archive}" holds an entry with an absolute path: "{entry}".').format(
            archive=archive, entry=name))
    if ".." in entry_parts(name) or "\0" in name:
        raise _refuse(archive, tr('The archive "{archive}" holds an entry that points outside its folder: '
                                  '"{entry}".').format(archive=archive, entry=name))
    if stat.S_ISLNK(info.external_attr >> 16):
        raise _refuse(archive, tr('The archive "{archive}" holds a symbolic link: "{entry}".').format(
            archive=archive, entry=name))


def _checked_entries(path: Path, max_entries: int, max_bytes: int) -> List[zipfile.ZipInfo]:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as err:
        raise JobError(tr('"{archive}" is not a readable zip archive: {error}').format(archive=path, error=err),
                       errors.INVALID_PROJECT_FILE,
                       hint=tr("It is corrupt or truncated: get the file again.")) from None
    if len(entries) > max_entries:
        raise _too_big(path, tr('The archive "{archive}" holds {count} entries, more than the limit of {limit}.').format(
            archive=path, count=len(entries), limit=max_entries))
    total = 0
    for info in entries:
        _check_entry(path, info)
        total += info.file_size
        if total > max_bytes:
            raise _too_big(path, tr('The archive "{archive}" unpacks to more than {limit} bytes (at entry "{entry}").')
                          .format(archive=path, limit=max_bytes, entry=info.filename))
    return entries


def check_archive(path: Path, max_entries: int = DEFAULT_MAX_ENTRIES, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    """Raise :class:`JobError` (``UNSAFE_ARCHIVE``, naming the archive and the entry) unless the zip
    at ``path`` is safe to extract: no absolute or drive-letter names, no ``..`` components, no
    symbolic links, at most ``max_entries`` entries and ``max_bytes`` bytes uncompressed.
    Reads the archive's directory only; nothing is extracted."""
    _checked_entries(Path(path), max_entries, max_bytes)


def extract_checked(path: Path, dest: Path, max_entries: int = DEFAULT_MAX_ENTRIES,
                    max_bytes: int = DEFAULT_MAX_BYTES) -> List[Path]:
    """Extract the zip at ``path`` into ``dest`` after :func:`check_archive`; return the files written.

    ``dest`` is created when missing. An existing file is never overwritten and nothing is
    written through a symbolic link leaving ``dest`` (:class:`JobError`; the files this call
    wrote are removed again); no entry writes more bytes than its declared size, so the byte
    limit holds however the archive was made.
    """
    path, dest = Path(path), Path(dest)
    entries = _checked_entries(path, max_entries, max_bytes)
    dest.mkdir(parents=True, exist_ok=True)
    root = dest.resolve()
    written: List[Path] = []
    try:
        with zipfile.ZipFile(path) as archive:
            for info in entries:
                _extract_entry(archive, info, path, dest, root, written)
    except JobError:
        for done in written:  # ours: written by this call
            done.unlink(missing_ok=True)
        raise
    return written


def _extract_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, dest: Path, root: Path,
                   written: List[Path]) -> None:
    parts = entry_parts(info.filename)
    if not parts:
        return
    target = root.joinpath(*parts)
    if not _resolves_inside(target, root):
        raise _refuse(path, tr('The entry "{entry}" of "{archive}" would be written through a link leaving '
                               '"{dest}".').format(entry=info.filename, archive=path, dest=dest))
    folder = target if info.is_dir() or info.filename.endswith("\\") else target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:  # e.g. a file of that name is there
        raise JobError(tr('Cannot create the folder "{folder}" for the entry "{entry}" of "{archive}": {error}').format(
            folder=folder, entry=info.filename, archive=path, error=err.strerror or err), errors.WRITE_FAILED) from None
    if folder == target:
        return
    _write_entry(archive, info, target, path)
    written.append(target)


def _resolves_inside(target: Path, root: Path) -> bool:
    try:
        target.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return False
    return True


def _write_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, path: Path) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(str(target), flags, 0o644)
    except FileExistsError:
        raise JobError(tr('The entry "{entry}" of "{archive}" would overwrite "{target}".').format(
            entry=info.filename, archive=path, target=target), errors.UNSAFE_ARCHIVE) from None
    except OSError as err:
        raise JobError(tr('Cannot write "{target}": {error}').format(target=target, error=err.strerror or err),
                       errors.WRITE_FAILED) from None
    try:
        with os.fdopen(descriptor, "wb") as output, archive.open(info) as source:
            while True:
                block = source.read(_CHUNK)
                if not block:
                    break
                output.write(block)
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        target.unlink(missing_ok=True)
        raise JobError(tr('The entry "{entry}" of "{archive}" cannot be extracted: {error}').format(
            entry=info.filename, archive=path, error=err), errors.INVALID_PROJECT_FILE) from None
