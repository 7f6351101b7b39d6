"""Bring cloud files back: changed project files (with backups) and the latest package."""

from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Collection, Dict, Iterable, List, Optional, Set

from ..i18n import tr
from ..paths import data_dir
from ..temp_names import DOWNLOAD_PREFIX, STAGING_FOLDER, owned_prefix
from .checksums import file_checksums, matches_remote
from .client import CloudClient
from .errors import CANCELLED, CHECKSUM, CloudError
from .localfiles import _skipped_name


@dataclass
class DownloadResult:
    """Downloaded, unchanged, skipped (being edited; behind a link leaving the folder) files and the backups made."""

    downloaded: List[str] = field(default_factory=list)
    unchanged: List[str] = field(default_factory=list)
    skipped_editing: List[str] = field(default_factory=list)
    backups: Dict[str, str] = field(default_factory=dict)
    skipped_links: List[str] = field(default_factory=list)

    def to_dict(self) -> Dict[str, object]:
        """The result as plain data."""
        return {"downloaded": self.downloaded, "unchanged": self.unchanged, "skipped_editing": self.skipped_editing,
                "backups": self.backups, "skipped_links": self.skipped_links}


def _safe_target(folder: Path, name: str) -> Optional[Path]:
    """``folder/name`` when the name stays inside ``folder`` and is not hidden; else None."""
    parts = Path(name.replace("\\", "/")).parts
    if not parts or any(p in ("..", "") or _skipped_name(p) for p in parts) or Path(name).is_absolute():
        return None
    return Path(folder).joinpath(*parts)


def _leaves(root: Path, target: Path) -> bool:
    """True when ``target`` (the file or one of its folders) is a link leading out of ``root`` (resolved)."""
    try:
        target.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return True
    return False


def _fetch(fetch: Callable[[Path], None], entry: dict, target: Path, staging: Path) -> None:
    """Download into ``staging`` via ``fetch`` (never beyond the announced size), check the
    checksum, then move to ``target``."""
    fetch(staging)  # the transport removes a partial file itself
    if not matches_remote(file_checksums(staging), entry):
        staging.unlink(missing_ok=True)
        raise CloudError(tr("{name}: the downloaded file's checksum differs from the cloud's; nothing was replaced.")
                         .format(name=entry["name"]), CHECKSUM, hint=tr("Download again."))
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(staging), str(target))


def download_changed_files(
    client: CloudClient,
    project_id: str,
    folder: Path,
    files_being_edited: Iterable[Path] = (),
    is_cancelled: Callable[[], bool] = lambda: False,
    on_file: Optional[Callable[[int, int, str], None]] = None,
    names: Optional[Collection[str]] = None,
) -> DownloadResult:
    """Replace local files whose content differs from the cloud's latest version.

    ``on_file(index, count, name)`` is called before each listed file is looked at (progress);
    ``names`` limits the download to those files.

    Each replaced file is first copied to a backup folder in the profile
    (``<data dir>/cloud_backups/<project>/<time>/``). Files in ``files_being_edited``
    (absolute paths of data files with a layer in edit mode) are never touched, nor is anything
    behind a symbolic link (the file or a folder) leading out of ``folder`` (``skipped_links``).
    """
    folder = Path(folder).resolve()
    editing: Set[Path] = {Path(p).resolve() for p in files_being_edited}
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    backup_root = data_dir() / "cloud_backups" / project_id / stamp
    staging_root = data_dir() / STAGING_FOLDER
    staging_root.mkdir(parents=True, exist_ok=True)
    result = DownloadResult()
    entries = [e for e in client.list_files(project_id) if names is None or e["name"] in names]
    for index, entry in enumerate(entries):
        if on_file is not None:
            on_file(index, len(entries), entry["name"])
        target = _safe_target(folder, entry["name"])
        if target is None:
            continue
        if _leaves(folder, target):
            result.skipped_links.append(entry["name"])
            continue
        if target.is_file() and matches_remote(file_checksums(target), entry):
            result.unchanged.append(entry["name"])
            continue
        if target.resolve() in editing:
            result.skipped_editing.append(entry["name"])
            continue
        if is_cancelled():
            raise CloudError(tr("Download cancelled before {name}.").format(name=entry["name"]), CANCELLED)
        staging = staging_root / (owned_prefix(DOWNLOAD_PREFIX) + uuid.uuid4().hex)  # a kill's: removed later
        if target.is_file():
            backup = backup_root / entry["name"]
            backup.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target, backup)
            result.backups[entry["name"]] = str(backup)
        _fetch(lambda path, name=entry["name"]: client.download_file(
            project_id, name, path, is_cancelled=is_cancelled, expected_size=entry.get("size")),
               entry, target, staging)
        result.downloaded.append(entry["name"])
    return result


def download_latest_package(client: CloudClient, project_id: str, target_folder: Path,
                            is_cancelled: Callable[[], bool] = lambda: False) -> DownloadResult:
    """Download the latest finished package into ``target_folder`` (files already equal are kept)."""
    package = client.package_latest(project_id)
    target_folder = Path(target_folder)
    root = target_folder.resolve()
    staging_root = data_dir() / STAGING_FOLDER
    staging_root.mkdir(parents=True, exist_ok=True)
    result = DownloadResult()
    for entry in package.get("files") or []:
        target = _safe_target(target_folder, entry["name"])
        if target is None:
            continue
        if _leaves(root, target):
            result.skipped_links.append(entry["name"])
            continue
        if target.is_file() and matches_remote(file_checksums(target), entry):
            result.unchanged.append(entry["name"])
            continue
        if is_cancelled():
            raise CloudError(tr("Download cancelled before {name}.").format(name=entry["name"]), CANCELLED)
        staging = staging_root / (owned_prefix(DOWNLOAD_PREFIX) + uuid.uuid4().hex)  # a kill's: removed later
        _fetch(lambda path, name=entry["name"]: client.download_package_file(
            project_id, name, path, is_cancelled=is_cancelled, expected_size=entry.get("size")),
               entry, target, staging)
        result.downloaded.append(entry["name"])
    return result


def files_being_edited(project) -> Set[Path]:
    """Absolute paths of the data files of ``project``'s vector layers that are in edit mode."""
    from qgis.core import QgsProviderRegistry, QgsVectorLayer

    paths: Set[Path] = set()
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.isEditable():
            parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
            if parts.get("path"):
                paths.add(Path(os.path.abspath(parts["path"])))
    return paths
