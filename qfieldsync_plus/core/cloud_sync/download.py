"""Download: bring the files the cloud changed back into a linked project folder (backups kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Optional

from ..cloud.client import CloudClient
from ..cloud.download import DownloadResult, download_changed_files
from ..cloud.errors import INVALID, CloudError
from ..cloud.links import linked_project
from ..cloud.sync_state import record_baseline
from ..i18n import tr


def download_linked(client: CloudClient, folder: Path, project_id: Optional[str] = None,
                    files_being_edited: Iterable[Path] = (),
                    is_cancelled: Callable[[], bool] = lambda: False) -> DownloadResult:
    """Download into ``folder`` the files of ``project_id`` (default: the folder's link) that changed."""
    if project_id is None:
        link = linked_project(Path(folder))
        if link is None:
            raise CloudError(tr("{folder} is not linked to a QFieldCloud project.").format(folder=folder), INVALID,
                             hint=tr("Link the folder to its cloud project first."))
        project_id = link["project_id"]
    result = download_changed_files(client, project_id, Path(folder), files_being_edited, is_cancelled)
    record_baseline(project_id, Path(folder), client.list_files(project_id))
    return result
