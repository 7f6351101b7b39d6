"""Cloud projects as the desktop's projects dialog and the CLI use them: list (with the linked
local folder), create and link, link an existing one, download into a folder, delete."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from ..cloud.client import CloudClient
from ..cloud.download import DownloadResult, download_changed_files
from ..cloud.errors import INVALID, CloudError
from ..cloud.links import folder_of_project, link_folder, unlink_folder
from ..cloud.projects import check_project_name
from ..cloud.sync_state import record_baseline
from ..i18n import tr


def create_linked_project(client: CloudClient, folder: Optional[Path], name: str, owner: Optional[str] = None,
                          description: str = "", private: bool = True) -> Dict[str, Any]:
    """Create the cloud project ``name``; link ``folder`` (when given) to it; returns the project."""
    project = client.create_project(name, owner, description, private=private)
    if folder is not None:
        link_folder(Path(folder), project["id"], client.base_url, project.get("name", name))
    return project


def projects_with_folders(client: CloudClient) -> List[Dict[str, Any]]:
    """The user's cloud projects, each with ``local_folder``: the linked folder here, or ''."""
    projects = client.list_projects()
    for project in projects:
        folder = folder_of_project(project["id"])
        project["local_folder"] = str(folder) if folder else ""
    return projects


def name_problem(name: str, projects: List[Dict[str, Any]], owner: str) -> Optional[str]:
    """Why ``name`` cannot be a new project of ``owner`` (invalid, or already one of ``projects``), or None."""
    problem = check_project_name(name)
    if problem:
        return problem
    if any(p.get("name") == name and p.get("owner") == owner for p in projects):  # the server compares exactly
        return tr("You already have a cloud project named {name}.").format(name=name)
    return None


def link_existing(client: CloudClient, folder: Path, project: Dict[str, Any]) -> None:
    """Link ``folder`` to the existing cloud ``project`` (no network call)."""
    link_folder(Path(folder), project["id"], client.base_url, project.get("name", ""))


def download_into(client: CloudClient, project: Dict[str, Any], folder: Path,
                  on_file: Optional[Callable[[int, int, str], None]] = None,
                  is_cancelled: Callable[[], bool] = lambda: False) -> DownloadResult:
    """Download the cloud ``project``'s files into ``folder`` (created; files that differ are backed
    up first) and link the folder to the project."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise CloudError(tr("{folder} is not a folder.").format(folder=folder), INVALID,
                         hint=tr("Choose a folder to download the project into."))
    folder.mkdir(parents=True, exist_ok=True)
    result = download_changed_files(client, project["id"], folder, is_cancelled=is_cancelled, on_file=on_file)
    link_existing(client, folder, project)
    record_baseline(project["id"], folder, client.list_files(project["id"]))
    return result


def delete_project(client: CloudClient, project_id: str) -> None:
    """Delete the cloud project and forget the local folder's link (the local files stay)."""
    client.delete_project(project_id)
    folder = folder_of_project(project_id)
    if folder is not None:
        unlink_folder(folder)
