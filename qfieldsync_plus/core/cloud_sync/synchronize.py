"""Synchronize a linked project folder: check and upload what changed here, then download what
the cloud changed (the files its delta_apply jobs wrote), with backups of every replaced file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..cloud.client import CloudClient
from ..cloud.download import DownloadResult, download_changed_files
from ..cloud.uploader import UploadProgress, UploadResult
from ..runner.runner import JobRunner
from .upload import check_and_upload


@dataclass
class SyncResult:
    """The project synchronized, what was uploaded and what was downloaded."""

    project_id: str
    uploaded: UploadResult
    downloaded: DownloadResult


def synchronize(client: CloudClient, runner: JobRunner, project_id: str, folder: Path, force: bool = False,
                files_being_edited: Iterable[Path] = (),
                on_progress: Optional[Callable[[UploadProgress], None]] = None,
                is_cancelled: Callable[[], bool] = lambda: False) -> SyncResult:
    """Upload (checked first, as :func:`check_and_upload`), then download the files that differ."""
    project_id, uploaded = check_and_upload(client, runner, project_id, Path(folder), force,
                                            on_progress=on_progress, is_cancelled=is_cancelled)
    downloaded = download_changed_files(client, project_id, Path(folder), files_being_edited, is_cancelled)
    return SyncResult(project_id, uploaded, downloaded)
