"""The sync job's parameters, and the device folder or zip remembered per project.

The last device folder or zip is kept in the user's QgsSettings, keyed by a hash of the
project's path, never in the project file. No widgets here: Processing uses it too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Dict

from qgis.core import QgsSettings

SETTINGS_GROUP = "qfieldsync_plus/last_device"


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
