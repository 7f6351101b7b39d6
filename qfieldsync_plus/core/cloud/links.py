"""Which cloud project a local project folder belongs to, kept in the profile, not the folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, Optional

from ..paths import data_dir

LINKS_FILE = "cloud_links.json"


def _links_path() -> Path:
    return data_dir() / LINKS_FILE


def _read() -> Dict[str, Dict[str, str]]:
    path = _links_path()
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def folder_key(folder: Path) -> str:
    """The normalised folder path used as the link's key."""
    return str(Path(folder).expanduser().resolve())


def link_folder(folder: Path, project_id: str, url: str, name: str = "") -> None:
    """Remember that ``folder`` is the local copy of cloud project ``project_id`` on ``url``."""
    links = _read()
    links[folder_key(folder)] = {"project_id": project_id, "url": url, "name": name}
    path = _links_path()
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(links, indent=2), encoding="utf-8")
    temporary.replace(path)


def linked_project(folder: Path) -> Optional[Dict[str, str]]:
    """The link of ``folder`` or of the nearest parent folder that has one."""
    links = _read()
    current = Path(folder_key(folder))
    for candidate in (current, *current.parents):
        if str(candidate) in links:
            return {"folder": str(candidate), **links[str(candidate)]}
    return None


def folder_of_project(project_id: str) -> Optional[Path]:
    """The local folder linked to ``project_id``, if any."""
    for folder, link in _read().items():
        if link.get("project_id") == project_id:
            return Path(folder)
    return None


def unlink_folder(folder: Path) -> None:
    """Forget the link of ``folder``."""
    links = _read()
    if links.pop(folder_key(folder), None) is not None:
        _links_path().write_text(json.dumps(links, indent=2), encoding="utf-8")


def project_file_in(folder: Path) -> Optional[Path]:
    """The .qgs/.qgz at the top of ``folder`` (the one QFieldCloud will open), if exactly one."""
    found = sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in (".qgs", ".qgz")
                   and not p.name.startswith(".")) if Path(folder).is_dir() else []
    return found[0] if len(found) == 1 else None


def project_label(project_id: str, folder: Optional[Path] = None) -> str:
    """What cloud jobs are filed under: the linked local project file, else ``cloud:<id>``."""
    folder = folder or folder_of_project(project_id)
    project_file = project_file_in(folder) if folder else None
    return folder_key(project_file) if project_file else f"cloud:{project_id}"
