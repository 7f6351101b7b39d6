"""The sync job's parameters, and the device folder or zip remembered per project.

The last device folder or zip is kept in the user's QgsSettings, keyed by a hash of the
project's path, never in the project file. No widgets here: Processing uses it too.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any, Dict, List, Optional
from xml.etree import ElementTree

from qgis.core import QgsProject, QgsSettings

SETTINGS_GROUP = "qfieldsync_plus/last_device"
CHECKSUMS_SCOPE, CHECKSUMS_KEY = "qfieldsync", "/importedFilesChecksums"


def _settings_key(project_file: str) -> str:
    digest = hashlib.sha1(str(Path(project_file).resolve()).encode("utf-8")).hexdigest()  # noqa: S324 - a key
    return f"{SETTINGS_GROUP}/{digest}"


def last_device(project_file: str) -> str:
    """The device folder or zip last synchronized into ``project_file`` ("" when none)."""
    return str(QgsSettings().value(_settings_key(project_file), "") or "")


def remember_device(project_file: str, device: str) -> None:
    """Remember ``device`` for ``project_file`` in the user's settings."""
    QgsSettings().setValue(_settings_key(project_file), str(device))


def sync_params(device: str, dry_run: bool = False, overwrite_conflicts: bool = False,
                continue_on_error: bool = False, inverse: bool = False, compare_to_source: bool = False) -> Dict[str, Any]:
    """The ``sync`` job parameters the menu and the Processing algorithm both submit."""
    return {"device": str(device), "dry_run": bool(dry_run), "overwrite_conflicts": bool(overwrite_conflicts),
            "continue_on_error": bool(continue_on_error), "inverse": bool(inverse),
            "compare_to_source": bool(compare_to_source)}


def saved_imported_checksums(project_file: str) -> Optional[List[str]]:
    """QFieldSync's ``importedFilesChecksums`` as saved in the project file (None when unreadable)."""
    path = Path(project_file)
    try:
        if path.suffix.lower() == ".qgz":
            with zipfile.ZipFile(path) as archive:
                name = next(n for n in archive.namelist() if n.lower().endswith(".qgs"))
                root = ElementTree.fromstring(archive.read(name))
        else:
            root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError, zipfile.BadZipFile, StopIteration):
        return None
    entry = root.find(f"properties/{CHECKSUMS_SCOPE}/{CHECKSUMS_KEY.strip('/')}")
    return [value.text or "" for value in entry.findall("value")] if entry is not None else []


def keep_imported_checksums(project: QgsProject) -> bool:
    """Copy the imported-files list a sync job saved into the open ``project``, so saving it keeps the list.

    True when the open project was updated (it is then marked modified).
    """
    saved = saved_imported_checksums(project.fileName()) if project.fileName() else None
    current, _ = project.readListEntry(CHECKSUMS_SCOPE, CHECKSUMS_KEY, [])
    if not saved or list(current) == saved:
        return False
    project.writeEntry(CHECKSUMS_SCOPE, CHECKSUMS_KEY, saved)
    return True
