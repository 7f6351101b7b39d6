"""Photos and other attachments coming home from a device folder: plan, copy, roll back.

Where QField puts attachments (read from QField's ``ExternalResource`` widget and
libqfieldsync): an attachment field stores a path *relative to a root folder*, and the file
lies at ``root + value``. The root is the project's home folder when the field is "relative to
project path" (``RelativeStorage`` 1) and also when it is absolute (0: QField falls back to the
project folder). When the field is "relative to default path" (``RelativeStorage`` 2) the root
is the widget's ``DefaultRoot`` (or its root-path expression). The value itself comes from the
layer's naming expression (``QFieldSync/attachment_naming``, before that
``QFieldSync/photo_naming``, a JSON object per field); without one QField writes
``DCIM/JPEG_<time>.jpg``, ``audio/AUDIO_<time>.<ext>``, ``video/VIDEO_<time>.<ext>`` or
``files/<time>_<name>``. QFieldSync copies the folders named in the project entry
``QFieldSync/attachmentDirs`` (default ``DCIM``).

So the folders scanned in a device folder are: QField's four default folders, the project's
attachment folders, the first folder of every naming expression that starts with a literal
path (``'photos/' || …`` → ``photos``) and, for fields relative to a default path, that default
path when it lies inside the project folder (a root outside the project is not part of a
package, so nothing of it comes home). Each file keeps its path relative to the folder holding
the project: ``<device>/DCIM/a.jpg`` goes to ``<project>/DCIM/a.jpg``, which is what the field
value means in both places.

Rules: an identical file (same size and SHA-256) is skipped; a different file of the same name
in the project is never overwritten (a conflict naming the file); hidden files are ignored; a
link leaving the device folder is never followed and a link leaving the project folder is never
written through (both conflicts). Copies go to a temporary name, then are linked or renamed
into place without replacing anything; :func:`rollback_attachments` removes exactly the files
(and the then-empty folders) that :func:`copy_attachments` created.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, List, Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..qfieldsync_config import read_project_settings

QFIELD_DEFAULT_DIRS = ("DCIM", "audio", "video", "files")
NAMING_PROPERTIES = ("QFieldSync/attachment_naming", "QFieldSync/photo_naming")
RELATIVE_TO_DEFAULT_PATH = 2
_BLOCK = 1024 * 1024
_LITERAL_PREFIX = re.compile(r"^\s*'([^'\\]*)'")


@dataclass(frozen=True)
class FileConflict:
    """A device file that is not copied: ``path`` relative to the project folder, and why."""

    path: str
    message: str


@dataclass
class AttachmentPlan:
    """What a sync would do with the device's attachment files."""

    to_copy: List[Tuple[Path, Path]] = field(default_factory=list)
    identical: List[str] = field(default_factory=list)
    conflicts: List[FileConflict] = field(default_factory=list)
    project_dir: Optional[Path] = None

    def relative_to_copy(self) -> List[str]:
        """The project-relative paths of the files to copy."""
        return [_relative(dest, self.project_dir) for _, dest in self.to_copy]


@dataclass
class CopiedFile:
    """One file written by :func:`copy_attachments`, with the SHA-256 of what was written."""

    path: Path
    relative: str
    sha256: str


@dataclass
class CopiedFiles:
    """Files and folders :func:`copy_attachments` created (folders in creation order)."""

    files: List[CopiedFile] = field(default_factory=list)
    folders: List[Path] = field(default_factory=list)

    def relative_paths(self) -> List[str]:
        """The copied files, relative to the project folder."""
        return [f.relative for f in self.files]


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def _relative(path: Path, root: Optional[Path]) -> str:
    if root is None:
        return path.as_posix()
    return PurePosixPath(*path.relative_to(root).parts).as_posix()


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError):
        return False
    return True


def _clean_dir(name: str) -> Optional[str]:
    """A project-relative folder name as POSIX text, or None when it is absolute or escapes."""
    text = str(name).strip().replace("\\", "/").strip("/")
    if not text or Path(str(name).strip()).is_absolute() or ".." in text.split("/"):
        return None
    return text


def attachment_dirs_of(project: QgsProject) -> List[str]:
    """The project-relative folders that may hold the field's attachments (see the module docstring)."""
    names: List[str] = list(QFIELD_DEFAULT_DIRS) + list(read_project_settings(project).attachment_dirs)
    home = Path(project.homePath() or Path(project.fileName()).parent)
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer):
            names += _layer_attachment_dirs(layer, home)
    result: List[str] = []
    for name in names:
        cleaned = _clean_dir(name)
        if cleaned and cleaned not in result:
            result.append(cleaned)
    return result


def _layer_attachment_dirs(layer: QgsVectorLayer, home: Path) -> List[str]:
    found: List[str] = []
    for prop in NAMING_PROPERTIES:
        raw = layer.customProperty(prop)
        if not raw:
            continue
        try:
            naming = json.loads(raw)
        except (TypeError, ValueError):
            naming = {}
        for expression in (naming.values() if isinstance(naming, dict) else []):
            match = _LITERAL_PREFIX.match(str(expression or ""))
            if match and "/" in match.group(1):
                found.append(match.group(1).split("/")[0])
        break  # QField reads the first property present
    for index in range(layer.fields().count()):
        setup = layer.editorWidgetSetup(index)
        config = setup.config() or {}
        if setup.type() != "ExternalResource" or config.get("RelativeStorage") != RELATIVE_TO_DEFAULT_PATH:
            continue
        root = str(config.get("DefaultRoot") or "").strip()
        if not root:
            continue
        root_path = Path(root) if Path(root).is_absolute() else home / root
        try:
            found.append(root_path.resolve().relative_to(home.resolve()).as_posix())
        except ValueError:
            continue  # a root outside the project folder is not in the package
    return found


def plan_attachments(device_dir: Path, project_dir: Path, attachment_dirs: Iterable[str]) -> AttachmentPlan:
    """Compare the device's attachment folders with the project's; nothing is written."""
    device_root, project_root = Path(device_dir).resolve(), Path(project_dir).resolve()
    plan = AttachmentPlan(project_dir=project_root)
    seen = set()
    for name in attachment_dirs:
        cleaned = _clean_dir(name)
        if cleaned is None:
            continue
        top = device_root / cleaned
        if not top.is_dir():
            continue
        if not _inside(top, device_root):
            plan.conflicts.append(FileConflict(cleaned, tr(
                'The folder "{path}" in the device folder is a link to a place outside it; it was not read.').format(
                path=cleaned)))
            continue
        for source in _device_files(top, device_root, plan):
            relative = _relative(source, device_root)
            if relative not in seen:
                seen.add(relative)
                _plan_one(source, relative, project_root, plan)
    return plan


def _device_files(top: Path, device_root: Path, plan: AttachmentPlan) -> List[Path]:
    """Regular files under ``top`` (sorted), without hidden ones and without links leaving the device folder."""
    files: List[Path] = []
    for current, folders, names in os.walk(top, followlinks=False):
        here = Path(current)
        folders[:] = sorted(d for d in folders if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(names):
            path = here / name
            if name.startswith("."):
                continue
            if path.is_symlink() and not _inside(path, device_root):
                relative = _relative(path, device_root)
                plan.conflicts.append(FileConflict(relative, tr(
                    'The file "{path}" in the device folder is a link to a place outside it; it was not copied.').format(
                    path=relative)))
                continue
            if path.is_file():
                files.append(path)
    return files


def _plan_one(source: Path, relative: str, project_root: Path, plan: AttachmentPlan) -> None:
    destination = project_root.joinpath(*relative.split("/"))
    if not _inside(destination.parent, project_root) or (destination.is_symlink() and not _inside(destination, project_root)):
        plan.conflicts.append(FileConflict(relative, tr(
            'The project has a link at "{path}" leading outside the project folder; the device file was not '
            'copied through it.').format(path=relative)))
        return
    if not destination.exists() and not destination.is_symlink():
        plan.to_copy.append((source, destination))
        return
    if destination.is_file() and destination.stat().st_size == source.stat().st_size \
            and sha256_of(destination) == sha256_of(source):
        plan.identical.append(relative)
        return
    plan.conflicts.append(FileConflict(relative, tr(
        'The project already has a different file "{path}"; the device\'s file was not copied (nothing is '
        'overwritten). Rename one of them and synchronize again.').format(path=relative)))


def copy_attachments(plan: AttachmentPlan) -> CopiedFiles:
    """Copy the planned files, each atomically and without replacing anything; all or nothing."""
    copied = CopiedFiles()
    try:
        for source, destination in plan.to_copy:
            _make_parents(destination.parent, copied)
            digest = _copy_atomic(source, destination)
            copied.files.append(CopiedFile(destination, _relative(destination, plan.project_dir), digest))
    except OSError as err:
        rollback_attachments(copied)
        raise JobError(tr('Could not copy the attachment "{source}" to "{destination}": {error}').format(
            source=source, destination=destination, error=err.strerror or err), errors.WRITE_FAILED,
            hint=tr("Check free disk space and write permission of the project folder; nothing was copied.")) from err
    return copied


def _make_parents(folder: Path, copied: CopiedFiles) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        copied.folders.append(path)


def _copy_atomic(source: Path, destination: Path) -> str:
    """Write ``source`` to a temporary name beside ``destination``, then put it in place; its SHA-256."""
    temporary = destination.with_name(f".{destination.name}.{uuid.uuid4().hex[:8]}.part")
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as reader, open(temporary, "xb") as writer:
            for block in iter(lambda: reader.read(_BLOCK), b""):
                digest.update(block)
                writer.write(block)
            writer.flush()
            os.fsync(writer.fileno())
        try:
            os.link(temporary, destination)  # fails when the name exists: never replaces a file
        except FileExistsError:
            raise
        except (AttributeError, NotImplementedError, OSError):  # no hard links here (FAT, some shares)
            if destination.exists() or destination.is_symlink():
                raise FileExistsError(destination) from None
            os.rename(temporary, destination)
    finally:
        if temporary.exists():
            temporary.unlink()
    return digest.hexdigest()


def rollback_attachments(copied: CopiedFiles) -> None:
    """Remove the files and (then empty) folders that :func:`copy_attachments` created, nothing else."""
    for item in reversed(copied.files):
        try:
            if item.path.is_file() and not item.path.is_symlink() and sha256_of(item.path) == item.sha256:
                item.path.unlink()
        except OSError:
            continue
    for folder in reversed(copied.folders):
        try:
            folder.rmdir()
        except OSError:
            continue  # not empty (someone put a file there) or already gone
