"""Packages made by QFieldSync: replay QGIS's offline-editing log into the sources, as QFieldSync does.

QFieldSync packages ``offline`` layers with ``QgsOfflineEditing.convertToOfflineProject()``
(libqfieldsync's ``QgisCoreOffliner``): the device's data.gpkg then holds QGIS's log tables
(``log_layer_ids``, ``log_fids``, ``log_added_features``, ``log_removed_features``,
``log_feature_updates``, ``log_geometry_updates``, ``log_added_attrs``, ``log_indices``) and each
offline layer carries ``isOfflineEditable``, ``remoteSource``, ``remoteProvider`` and
``remoteLayerId``. QFieldSync opens the device's .qgs as the current project, calls
``QgsOfflineEditing.synchronize()`` and appends the MD5 of the device data.gpkg to the original
project's list entry ``qfieldsync`` / ``/importedFilesChecksums`` (refusing a folder whose
checksum is already listed).

Here the same happens inside a job, with these differences: the device folder is never written
(its .qgs and data.gpkg are copied to a private folder and that copy is synchronized); each
offline layer is written into the source of the layer with the same id in *this* project (so a
moved project still works); the file sources and the project file are backed up first (in a
private folder beside the job store) and put back when anything fails, or by
:func:`recover_interrupted` when the job was killed, so the sources change all or nothing; the per-layer counts are read from the log before synchronizing. Database
sources cannot be backed up as files and are refused. The checksum list gets the device
data.gpkg's MD5, so QFieldSync and this plugin both refuse that folder afterwards.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import QgsOfflineEditing, QgsProject, QgsProviderRegistry, QgsVectorLayer

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..packaging.files import sidecar_files
from ..project_io import open_project
from ..runner.processes import pid_alive
from .attachments import attachment_dirs_of, copy_attachments, plan_attachments, rollback_attachments

LOG_TABLES = ("log_indices", "log_layer_ids", "log_fids", "log_added_features", "log_removed_features",
              "log_feature_updates", "log_geometry_updates")
CHECKSUMS_SCOPE, CHECKSUMS_KEY = "qfieldsync", "/importedFilesChecksums"
ORIGINAL_PROJECT_KEY = "/originalProjectPath"
OFFLINE_PROPERTY, REMOTE_SOURCE, REMOTE_PROVIDER, REMOTE_LAYER_ID = (
    "isOfflineEditable", "remoteSource", "remoteProvider", "remoteLayerId")
DATA_FILES = ("data.gpkg", "data.gpkg-wal", "data.gpkg-shm")
WORK_PREFIX, MANIFEST, COMMITTED = "qfieldsync_", "manifest.json", "committed"


def _read_only(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` never touches the folder (no -shm), ignoring a WAL."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{'&immutable=1' if immutable else ''}", uri=True)


def is_qfieldsync_package(device_data_gpkg: Path) -> bool:
    """True when the GeoPackage holds QGIS's offline-editing log tables (a QFieldSync package)."""
    if not Path(device_data_gpkg).is_file():
        return False
    try:
        with _read_only(Path(device_data_gpkg), immutable=True) as connection:  # the log tables predate QField
            names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error:
        return False
    return {"log_layer_ids", "log_added_features", "log_fids"} <= names


def import_checksum(device_dir: Path) -> str:
    """The MD5 of the device's data.gpkg, as QFieldSync computes it for ``importedFilesChecksums``."""
    digest = hashlib.md5()  # noqa: S324 - QFieldSync's format, not a security use
    with open(Path(device_dir) / "data.gpkg", "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def logged_changes(data_gpkg: Path) -> Dict[str, Dict[str, int]]:
    """Per offline layer id: features created, changed and deleted in the field, from the log tables."""
    counts: Dict[str, Dict[str, int]] = {}
    with _read_only(data_gpkg) as connection:
        for number, layer_id in connection.execute("SELECT id, qgis_id FROM log_layer_ids"):
            added = {r[0] for r in connection.execute("SELECT fid FROM log_added_features WHERE layer_id = ?", (number,))}
            removed = {r[0] for r in connection.execute(
                "SELECT fid FROM log_removed_features WHERE layer_id = ?", (number,))}
            updated = {r[0] for r in connection.execute(
                "SELECT fid FROM log_feature_updates WHERE layer_id = ? UNION "
                "SELECT fid FROM log_geometry_updates WHERE layer_id = ?", (number, number))}
            counts[layer_id] = {"created": len(added - removed), "changed": len(updated - added - removed),
                                "deleted": len(removed - added)}
    return counts


def _pending_log_rows(data_gpkg: Path) -> int:
    with _read_only(data_gpkg) as connection:
        return sum(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - fixed names
                   for table in ("log_added_features", "log_removed_features", "log_feature_updates",
                                 "log_geometry_updates"))


def _device_project_file(device_dir: Path) -> Path:
    found = sorted(Path(device_dir).glob("*.qgs"))
    if len(found) != 1:
        raise JobError(tr('The device folder "{folder}" must hold exactly one .qgs project file (found {count}).').format(
            folder=device_dir, count=len(found)), errors.INVALID_ARGUMENTS,
            hint=tr("Choose the folder QField opened (the one holding the packaged project and data.gpkg)."))
    return found[0]


def _already_imported(project_file: Path) -> List[str]:
    project = open_project(project_file)
    checksums, _ = project.readListEntry(CHECKSUMS_SCOPE, CHECKSUMS_KEY, [])
    project.clear()
    return list(checksums)


def _file_of(layer: QgsVectorLayer) -> Optional[Path]:
    """The file holding a layer's data, None for databases and services."""
    path = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source()).get("path")
    return Path(path) if path else None


class Backup:
    """Copies of files taken before synchronizing, listed in a manifest, put back by :meth:`restore`.

    The manifest (with the pid of the process that made it) lets :func:`recover_interrupted`
    put the files back after a kill; :meth:`commit` marks a synchronization that completed.
    """

    def __init__(self, folder: Path, saved: Optional[List[Tuple[Path, Optional[Path]]]] = None) -> None:
        self.folder = folder
        self.saved: List[Tuple[Path, Optional[Path]]] = saved or []  # (original, copy; None: did not exist)

    @classmethod
    def start(cls, folder: Path) -> "Backup":
        """A new, empty backup in ``folder`` (created)."""
        folder.mkdir(parents=True, exist_ok=False)
        backup = cls(folder)
        backup._write_manifest()
        return backup

    @classmethod
    def load(cls, folder: Path) -> "Backup":
        """The backup recorded in ``folder``'s manifest."""
        entries = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]
        return cls(folder, [(Path(original), Path(copy) if copy else None) for original, copy in entries])

    def add(self, path: Path) -> None:
        """Back up ``path`` and its sidecar files (``-wal``, ``-shm``, ``~``, shapefile parts)."""
        members = set(sidecar_files(path)) | {Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "~")}
        for member in sorted(members):
            if any(member == original for original, _ in self.saved):
                continue
            copy = None
            if member.exists():
                copy = self.folder / f"{len(self.saved)}_{member.name}"
                shutil.copy2(member, copy)
            self.saved.append((member, copy))
        self._write_manifest()

    def _write_manifest(self) -> None:
        temporary = self.folder / f"{MANIFEST}.part"
        temporary.write_text(json.dumps({"pid": os.getpid(), "files": [
            [str(original), str(copy) if copy else None] for original, copy in self.saved]}), encoding="utf-8")
        os.replace(temporary, self.folder / MANIFEST)

    def commit(self) -> None:
        """Mark the synchronization complete: the backup must not be restored any more."""
        (self.folder / COMMITTED).touch()

    def restore(self) -> None:
        """Put every backed-up file back (and remove files that did not exist before)."""
        for original, copy in self.saved:
            if copy is None:
                original.unlink(missing_ok=True)
            else:
                shutil.copy2(copy, original)


def recover_interrupted(backup_root: Path) -> List[str]:
    """Put back the sources of QFieldSync synchronizations killed midway; one message per run."""
    messages: List[str] = []
    for work in sorted(Path(backup_root).glob(f"{WORK_PREFIX}*")):
        folder = work / "backup"
        try:
            pid = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["pid"]
        except (OSError, ValueError, KeyError):
            pid = 0
        if pid and pid != os.getpid() and pid_alive(pid):
            continue  # still running
        if pid and not (folder / COMMITTED).exists():
            Backup.load(folder).restore()
            messages.append(tr("An interrupted synchronization of a QFieldSync package was undone: its data sources "
                               "and project file were restored from the backup."))
        shutil.rmtree(work, ignore_errors=True)
    return messages


def synchronize_qfieldsync_package(project_file: Path, device_dir: Path, backup_root: Path, dry_run: bool = False,
                                   on_progress: Optional[Callable[[float], None]] = None) -> Dict[str, Any]:
    """Write the field edits of a QFieldSync package into this project's sources; all or nothing.

    Returns ``{"checksum", "layers": [{"layer_id", "name", "created", "changed", "deleted", "conflicts"}],
    "dry_run"}``. Raises JobError (nothing changed) for a folder already imported, a package of
    another project, database sources, or a failed synchronization.
    """
    project_file, device_dir = Path(project_file).resolve(), Path(device_dir).resolve()
    recover_interrupted(backup_root)
    checksum = import_checksum(device_dir)
    known = _already_imported(project_file)
    if checksum in known:
        raise JobError(tr('The data of "{folder}" was already synchronized into this project (QFieldSync\'s '
                          'imported files list has its checksum); nothing was changed.').format(folder=device_dir),
                       errors.INVALID_ARGUMENTS,
                       hint=tr("Copy the folder from the device again after new field work."))
    work = Path(backup_root) / f"{WORK_PREFIX}{uuid.uuid4().hex}"
    backup = Backup.start(work / "backup")
    try:
        device_project = _private_copy(device_dir, work / "device")
        return _synchronize(project_file, device_project, backup, checksum, known, dry_run, on_progress)
    finally:
        QgsProject.instance().clear()
        shutil.rmtree(work, ignore_errors=True)


def synchronize_with_attachments(project_file: Path, device_dir: Path, backup_root: Path, dry_run: bool = False,
                                 on_progress: Optional[Callable[[float], None]] = None) -> Dict[str, Any]:
    """:func:`synchronize_qfieldsync_package` plus the device's new attachments, copied first and removed
    again when the synchronization fails; adds ``files`` (``copied``, ``identical``, ``conflicts``)."""
    project_file = Path(project_file).resolve()
    project = open_project(project_file)
    folders = attachment_dirs_of(project)
    project.clear()
    plan = plan_attachments(Path(device_dir), project_file.parent, folders)
    copied = None if dry_run else copy_attachments(plan)
    try:
        result = synchronize_qfieldsync_package(project_file, device_dir, backup_root, dry_run, on_progress)
    except BaseException:
        if copied is not None:
            rollback_attachments(copied)
        raise
    result["files"] = {"copied": plan.relative_to_copy(), "identical": list(plan.identical),
                       "conflicts": [{"path": c.path, "message": c.message} for c in plan.conflicts]}
    return result


def _private_copy(device_dir: Path, folder: Path) -> Path:
    """Copy the device's project file and data.gpkg (with WAL) into ``folder``; the copy's .qgs."""
    project = _device_project_file(device_dir)
    folder.mkdir(parents=True)
    shutil.copy2(project, folder / project.name)
    for name in DATA_FILES:
        if (device_dir / name).exists():
            shutil.copy2(device_dir / name, folder / name)
    return folder / project.name


def _synchronize(project_file: Path, device_project: Path, backup: Backup, checksum: str, known: List[str],
                 dry_run: bool, on_progress) -> Dict[str, Any]:
    data_gpkg = device_project.parent / "data.gpkg"
    counts = logged_changes(data_gpkg)
    current = QgsProject.instance()
    current.clear()
    if not current.read(str(device_project)):
        raise JobError(tr('QGIS cannot open the packaged project "{path}": {error}').format(
            path=device_project.name, error=current.error()), errors.INVALID_PROJECT_FILE)
    offline = [layer for layer in current.mapLayers().values()
               if isinstance(layer, QgsVectorLayer) and layer.customProperty(OFFLINE_PROPERTY, False) in (True, "true")]
    office = open_project(project_file)
    try:
        layers = _match_layers(offline, office, current)
    finally:
        office.clear()  # close its connections to the sources before QGIS writes them
    summary = [dict(layer_id=remote_id, name=name, conflicts=0,
                    **counts.get(offline_id, {"created": 0, "changed": 0, "deleted": 0}))
               for offline_id, remote_id, name, _ in layers]
    if dry_run:
        return {"checksum": checksum, "layers": summary, "dry_run": True}
    for _, _, _, source_file in layers:
        backup.add(source_file)
    backup.add(project_file)
    try:
        warnings = _run_offline_sync(on_progress)
        if warnings or _pending_log_rows(data_gpkg):
            raise JobError(tr("QGIS's offline-editing synchronization did not write every field edit; every data "
                              "source was restored and nothing was changed.\n{warnings}").format(
                warnings="\n".join(warnings)), errors.WRITE_FAILED,
                hint=tr("Check that the layers' data sources are writable and not open in another program."))
        current.clear()
        _record_checksum(project_file, known + [checksum])
        backup.commit()
    except BaseException:
        QgsProject.instance().clear()
        backup.restore()
        raise
    return {"checksum": checksum, "layers": summary, "dry_run": False}


def _match_layers(offline: List[QgsVectorLayer], office: QgsProject, current: QgsProject) -> List[Tuple[str, str, str, Path]]:
    """(offline id, project layer id, name, source file) per offline layer; point it at this project's source."""
    if not offline:
        raise JobError(tr("The packaged project has no layer prepared for offline editing."), errors.INVALID_ARGUMENTS)
    missing = [layer.name() for layer in offline if not office.mapLayer(layer.customProperty(REMOTE_LAYER_ID) or "")]
    if missing:
        original, _ = current.readEntry(CHECKSUMS_SCOPE, ORIGINAL_PROJECT_KEY, "")
        raise JobError(tr('This device folder is not a package of this project: its layers {layers} are not in it '
                          '(it was packaged from "{original}"). Nothing was changed.').format(
            layers=", ".join(f'"{n}"' for n in missing), original=original or "?"), errors.INVALID_ARGUMENTS,
            hint=tr("Open the project the folder was packaged from, or choose the right device folder."))
    matched = []
    for layer in offline:
        target = office.mapLayer(layer.customProperty(REMOTE_LAYER_ID))
        source_file = _file_of(target)
        if source_file is None:
            raise JobError(tr('Layer "{layer}" is stored in a database ({provider}); field edits of QFieldSync '
                              'packages are only written into file sources here, where they can be backed up. '
                              'Nothing was changed.').format(layer=target.name(), provider=target.providerType()),
                           errors.INVALID_ARGUMENTS,
                           hint=tr("Synchronize this folder with QFieldSync, or package the project with QFieldSync+."))
        layer.setCustomProperty(REMOTE_SOURCE, target.source())
        layer.setCustomProperty(REMOTE_PROVIDER, target.providerType())
        matched.append((layer.id(), target.id(), target.name(), source_file))
    return matched


def _run_offline_sync(on_progress) -> List[str]:
    """QgsOfflineEditing.synchronize() on the current project; the warnings it emitted."""
    editing = QgsOfflineEditing()
    warnings: List[str] = []
    editing.warning.connect(lambda title, message: warnings.append(f"{title}: {message}"))
    if on_progress is not None:
        editing.layerProgressUpdated.connect(lambda layer, count: on_progress(layer / max(1, count)))
    editing.synchronize()
    return warnings


def _record_checksum(project_file: Path, checksums: List[str]) -> None:
    """Store QFieldSync's imported-files list in the project file (layouts and all kept)."""
    project = open_project(project_file, load_layouts=True)
    project.writeEntry(CHECKSUMS_SCOPE, CHECKSUMS_KEY, checksums)
    if not project.write():
        raise JobError(tr('Could not save the project file "{path}": {error}').format(
            path=project_file, error=project.error()), errors.WRITE_FAILED)
    project.clear()
