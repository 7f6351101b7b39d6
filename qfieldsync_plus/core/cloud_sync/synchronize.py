"""Synchronize a linked project folder: check, upload what changed here, then download what the
cloud changed (the files its delta_apply jobs wrote), with backups of every replaced file.

"Changed" is measured against the baseline (``core/cloud/sync_state.py``): a file changed both
here and in the cloud is a conflict and is neither uploaded nor downloaded; a file deleted here
is not brought back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, List, Optional

from ..cloud.checksums import matches_remote
from ..cloud.client import CloudClient
from ..cloud.download import DownloadResult, download_changed_files
from ..cloud.sync_state import load_baseline, record_baseline, same_content
from ..cloud.uploader import CHANGED, UploadItem, UploadProgress, UploadResult, execute_upload
from ..runner.runner import JobRunner
from .upload import prepare_upload, raise_refusal


@dataclass
class SyncResult:
    """The project synchronized, what was uploaded and downloaded, and the conflicts left alone."""

    project_id: str
    uploaded: UploadResult
    downloaded: DownloadResult
    conflicts: List[str] = field(default_factory=list)


def synchronize(client: CloudClient, runner: JobRunner, project_id: str, folder: Path, force: bool = False,
                files_being_edited: Iterable[Path] = (),
                on_progress: Optional[Callable[[UploadProgress], None]] = None,
                is_cancelled: Callable[[], bool] = lambda: False) -> SyncResult:
    """Check (refusal as :func:`check_and_upload`), upload the files changed only here, then
    download the files changed only in the cloud; record the new baseline."""
    folder = Path(folder)
    prepared = prepare_upload(client, runner, project_id, folder, force, is_cancelled=is_cancelled)
    raise_refusal(prepared)
    baseline = load_baseline(project_id, folder)
    remote = {entry["name"]: entry for entry in client.list_files(project_id)}

    def cloud_changed(name: str) -> bool:
        return name in remote and (name not in baseline or not same_content(remote[name], baseline[name]))

    def here_changed(item: UploadItem) -> bool:
        return item.name not in baseline or not matches_remote(item.checksums, baseline[item.name])

    plan = prepared.plan
    cloud_side = [i for i in plan.to_upload if i.reason == CHANGED and cloud_changed(i.name)]
    conflicts = sorted(i.name for i in cloud_side if here_changed(i))
    plan.to_upload = [i for i in plan.to_upload if i not in cloud_side]  # changed in the cloud: download or leave
    uploaded = execute_upload(client, plan, on_progress, is_cancelled)
    deleted_here = {name for name in baseline if not (folder / name).exists()}
    wanted = {name for name in remote if name not in conflicts and name not in deleted_here}
    downloaded = download_changed_files(client, project_id, folder, files_being_edited, is_cancelled, names=wanted)
    record_baseline(project_id, folder, client.list_files(project_id))
    return SyncResult(project_id, uploaded, downloaded, conflicts)
