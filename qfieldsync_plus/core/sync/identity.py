"""Who is who in a sync: the project id (in the project file), package ids and device copy ids.

- The project id is a project entry (scope ``qfieldsync_plus``, key ``projectId``, a uuid)
  written once, when packaging finds it missing. Moving or renaming the project keeps it.
- Each package gets a new package id (in ``data.gpkg``'s ``qfsp_package`` table).
- A device folder gets a copy id on its first sync: ``<device>/.qfieldsync_plus/copy.json``,
  the only file ever written into a device folder. A zip cannot be written to: it uses the copy id
  it carries (a zipped folder synced before), else a uuid5 of the package id and the SHA-256 of its
  ``data.gpkg`` (plus ``-wal``), so the same zip is the same copy (a later zip of the same phone is
  recognised by its rows, see ``recognise.py``).
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from .project_id_file import KEY as PROJECT_ID_KEY
from .project_id_file import SCOPE as PROJECT_SCOPE
from .project_id_file import read_file_id, write_file_id

if TYPE_CHECKING:  # no QGIS import at run time: packaging's folder checks run in the desktop/CLI process
    from qgis.core import QgsProject

COPY_FOLDER = ".qfieldsync_plus"
COPY_FILE = "copy.json"
NAMESPACE = uuid.UUID("6f1d3c52-8f0e-4c41-9d0a-0c5b2f1e7a10")


def read_project_id(project: "QgsProject") -> Optional[str]:
    """The project's id entry, or None when it has none (or not a uuid)."""
    value, found = project.readEntry(PROJECT_SCOPE, PROJECT_ID_KEY, "")
    if not found or not value:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def ensure_project_id(project: "QgsProject", path: Path) -> str:
    """The project's id; when missing, add it to the open ``project`` and to the file at ``path``.

    Only that one entry is added to the file (see ``project_id_file``): every other byte of the
    user's project stays as it was, and a failure leaves the file untouched.
    """
    existing = read_project_id(project)
    if existing:
        return existing
    path = Path(path).resolve()
    project_id = str(uuid.uuid4())
    try:
        write_file_id(path, project_id)
    except (OSError, ValueError, zipfile.BadZipFile) as err:
        raise JobError(tr('Could not add the project id to "{path}": {error}').format(
            path=path, error=getattr(err, "strerror", None) or err), errors.WRITE_FAILED) from err
    project.writeEntry(PROJECT_SCOPE, PROJECT_ID_KEY, project_id)
    return project_id


def adopt_saved_project_id(project: "QgsProject", project_file: str) -> bool:
    """Give the open ``project`` the id a job saved into ``project_file``, keeping its modified state.

    A package job adds the id to the project file; without this, the next save from the desktop
    would drop it and the following package would get a new identity. True when adopted.
    """
    if read_project_id(project) or not project.fileName():
        return False
    if Path(project.fileName()).resolve() != Path(project_file).resolve():
        return False
    saved = read_file_id(Path(project_file))
    if not saved:
        return False
    dirty = project.isDirty()
    project.writeEntry(PROJECT_SCOPE, PROJECT_ID_KEY, saved)
    project.setDirty(dirty)
    return True


def read_copy_id(device_dir: Path) -> Optional[str]:
    """The copy id recorded in a device folder, or None before its first sync."""
    path = Path(device_dir) / COPY_FOLDER / COPY_FILE
    if path.is_symlink() or not path.is_file():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("copy_id")
        return str(uuid.UUID(str(value)))
    except (OSError, ValueError, AttributeError):
        return None


def write_copy_id(device_dir: Path, package_id: str, copy_id: Optional[str] = None) -> str:
    """Give a device folder its copy id (a new one on its first sync, or the one it was recognised as)."""
    folder = Path(device_dir) / COPY_FOLDER
    if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
        raise JobError(tr('"{path}" is not a folder; the device copy cannot be identified.').format(path=folder),
                       errors.INVALID_ARGUMENTS)
    copy_id = copy_id or str(uuid.uuid4())
    folder.mkdir(exist_ok=True)
    temporary = folder / f".{COPY_FILE}.tmp"
    temporary.write_text(json.dumps({"copy_id": copy_id, "package_id": package_id}), encoding="utf-8")
    os.replace(temporary, folder / COPY_FILE)
    return copy_id


def zip_copy_id(package_id: str, files: Iterable[Path]) -> str:
    """The copy id of a zipped device folder: from the package id and the content of ``files``."""
    digest = hashlib.sha256(package_id.encode("utf-8"))
    for path in files:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return str(uuid.uuid5(NAMESPACE, digest.hexdigest()))
