"""What a linked folder and its cloud project last agreed on: each file's checksums after the last
upload, download or synchronization (kept in the profile). Synchronize compares three ways with it:
changed here, changed in the cloud, or both (a conflict, left alone)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, Iterable

from ..paths import data_dir
from .checksums import file_checksums, matches_remote
from .links import folder_key

STATE_FOLDER = "cloud_sync_state"
_SAFE_ID = re.compile(r"^[A-Za-z0-9-]+$")
Entries = Dict[str, Dict[str, Any]]


def _path(project_id: str) -> Path:
    if not _SAFE_ID.match(project_id):
        raise ValueError(f"not a project id: {project_id!r}")
    return data_dir() / STATE_FOLDER / f"{project_id}.json"


def load_baseline(project_id: str, folder: Path) -> Entries:
    """The files (name → cloud checksums) ``folder`` and the project last agreed on; {} when unknown."""
    path = _path(project_id)
    try:
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except ValueError:
        return {}
    if not isinstance(data, dict) or data.get("folder") != folder_key(folder):
        return {}
    files = data.get("files")
    return files if isinstance(files, dict) else {}


def record_baseline(project_id: str, folder: Path, remote_entries: Iterable[Dict[str, Any]]) -> None:
    """Remember the cloud files whose local copy in ``folder`` has the same content."""
    folder = Path(folder)
    files: Entries = {}
    for entry in remote_entries:
        local = folder / entry["name"]
        if local.is_file() and not local.is_symlink() and matches_remote(file_checksums(local), entry):
            files[entry["name"]] = {"md5sum": entry.get("md5sum"), "sha256": entry.get("sha256")}
    path = _path(project_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"folder": folder_key(folder), "files": files}, indent=2), encoding="utf-8")
    temporary.replace(path)


def same_content(entry: Dict[str, Any], recorded: Dict[str, Any]) -> bool:
    """True when a cloud file entry has the content recorded in the baseline."""
    if entry.get("sha256") and recorded.get("sha256"):
        return entry["sha256"] == recorded["sha256"]
    return entry.get("md5sum") == recorded.get("md5sum")
