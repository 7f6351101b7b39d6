"""The sync workflow for a device folder packaged by QFieldSync (QGIS offline-editing log in data.gpkg).

Chosen by ``jobs/sync.py`` when the device holds such a package: the device copy is opened as for
any sync (zip checks, private data.gpkg), then ``core/sync/qfieldsync_offline.py`` replays QGIS's
offline-editing log into the project's sources, all or nothing, with the attachments. The
feedback has the same ``outputs.sync`` shape (no package or copy ids: QFieldSync has none) and no
per-delta results (QGIS's synchronization has no deltas).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any, Dict, Optional

from ..i18n import tr
from ..sync.device import DATA_GPKG, DeviceCopy, open_device
from ..sync.qfieldsync_offline import is_qfieldsync_package, recover_interrupted, synchronize_with_attachments
from ..sync.state import SyncState
from . import delta_apply, errors
from .errors import JobError
from .workflow import JobContext, Step, Workflow

MAX_PROJECT_BYTES = 64 * 1024 * 1024
OFFLINE_MARKER = b"isOfflineEditable"


def is_qfieldsync_device(device: Optional[str]) -> bool:
    """True when the device folder or zip holds a package made by QFieldSync (read only, nothing extracted)."""
    path = Path(device or "").expanduser()
    if path.is_dir():
        candidates = [path / DATA_GPKG] + [p / DATA_GPKG for p in sorted(path.iterdir())
                                            if p.is_dir() and not p.name.startswith(".")]
        return any(is_qfieldsync_package(c) for c in candidates if c.is_file())
    if path.is_file() and zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                return any(OFFLINE_MARKER in archive.read(info) for info in archive.infolist()
                           if info.filename.lower().endswith(".qgs") and info.file_size <= MAX_PROJECT_BYTES)
        except (zipfile.BadZipFile, OSError):
            return False  # the sync job's own zip checks name the problem
    return False


def _backup_root(context: JobContext) -> Path:
    return SyncState(delta_apply._store(context)).folder / "qfieldsync"


def recover(context: JobContext) -> Dict[str, Any]:
    """Step 1: undo QFieldSync synchronizations killed midway."""
    return {"messages": recover_interrupted(_backup_root(context))}


def read_device(context: JobContext) -> Dict[str, Any]:
    """Step 2: open the device copy (zip checked and extracted); it must hold QGIS's offline-editing log."""
    params = context.params
    if params.get("inverse"):
        raise JobError(tr("The changes of a package made by QFieldSync cannot be reverted (QGIS's offline editing "
                          "keeps no old values); nothing was changed."), errors.INVALID_ARGUMENTS)
    device = open_device(Path(params["device"]), SyncState(delta_apply._store(context)).work_folder)
    if not is_qfieldsync_package(device.gpkg):
        device.close()
        raise JobError(tr('"{device}" holds no QGIS offline-editing log.').format(device=device.source),
                       errors.INVALID_ARGUMENTS)
    return {"device": device}


def synchronize(context: JobContext) -> Dict[str, Any]:
    """Step 3: QGIS's offline-editing synchronization and the attachments, all or nothing."""
    device: DeviceCopy = context.returns["open_project"]["device"]
    try:
        result = synchronize_with_attachments(Path(context.params["project"]), device.root, _backup_root(context),
                                              bool(context.params.get("dry_run")), context.progress)
    finally:
        device.close()
    return {"project_id": None, "package_id": None, "copy_id": None, "deltafile_id": None,
            "layers": result["layers"], "files": result["files"]}


def build_workflow(outputs) -> Workflow:
    """The QFieldSync-package sync workflow (``outputs``: the names of ``outputs.sync``)."""
    return Workflow(
        id="sync",
        name="Synchronize from QField",
        steps=[
            Step("recover_interrupted", "Recover Interrupted Runs", recover, output_names=("messages",)),
            Step("open_project", "Read Device Copy", read_device),
            Step("sync", "Synchronize QFieldSync Package", synchronize, output_names=outputs),
        ],
    )
