"""Upload what changed: compare by checksum, send new/changed files (.qgs/.qgz last), verify."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

from ..i18n import tr
from ..project_io import is_project_file
from .checksums import FileChecksums, file_checksums, matches_remote
from .client import CloudClient
from .errors import CANCELLED, CHECKSUM, CloudError
from .localfiles import hidden_entries, project_files

NEW, CHANGED = "new", "changed"


@dataclass
class UploadItem:
    """One local file to send, and why."""

    name: str
    path: Path
    checksums: FileChecksums
    reason: str


@dataclass
class UploadPlan:
    """What an upload will do: files to send, files already in the cloud, cloud-only files."""

    project_id: str
    folder: Path
    to_upload: List[UploadItem] = field(default_factory=list)
    unchanged: List[str] = field(default_factory=list)
    remote_only: List[str] = field(default_factory=list)
    remote_has_project_file: bool = False
    skipped_hidden: List[str] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        """Bytes of file content the upload will send."""
        return sum(item.checksums.size for item in self.to_upload)


@dataclass
class UploadProgress:
    """Where an upload is: the current file and the bytes of all files."""

    name: str
    file_index: int
    file_count: int
    file_bytes: int
    file_size: int
    bytes_done: int
    bytes_total: int


@dataclass
class UploadResult:
    """What was uploaded, verified, left alone, deleted and skipped (hidden files)."""

    uploaded: List[str] = field(default_factory=list)
    unchanged: List[str] = field(default_factory=list)
    deleted: List[str] = field(default_factory=list)
    skipped_hidden: List[str] = field(default_factory=list)

    def to_dict(self) -> Dict[str, List[str]]:
        """The result as plain data."""
        return {"uploaded": self.uploaded, "unchanged": self.unchanged, "deleted": self.deleted,
                "skipped_hidden": self.skipped_hidden}


def plan_upload(client: CloudClient, project_id: str, folder: Path) -> UploadPlan:
    """Compare every local file with the cloud's list by checksum; hidden files are skipped (listed)."""
    remote = {entry["name"]: entry for entry in client.list_files(project_id)}
    plan = UploadPlan(project_id, Path(folder), remote_has_project_file=any(is_project_file(n) for n in remote))
    local_names = set()
    for local in project_files(folder):
        local_names.add(local.name)
        checksums = file_checksums(local.path)
        entry = remote.get(local.name)
        if entry is None:
            plan.to_upload.append(UploadItem(local.name, local.path, checksums, NEW))
        elif matches_remote(checksums, entry):
            plan.unchanged.append(local.name)
        else:
            plan.to_upload.append(UploadItem(local.name, local.path, checksums, CHANGED))
    plan.remote_only = sorted(name for name in remote if name not in local_names)
    plan.skipped_hidden = hidden_entries(folder)
    return plan


def _verify(client: CloudClient, project_id: str, items: List[UploadItem]) -> None:
    """Raise when the cloud's checksum of an uploaded file differs from the local one."""
    remote = {entry["name"]: entry for entry in client.list_files(project_id)}
    for item in items:
        entry = remote.get(item.name)
        if entry is None:
            raise CloudError(tr("{name} was uploaded but QFieldCloud does not list it.").format(name=item.name),
                             CHECKSUM, hint=tr("Upload again."))
        if not matches_remote(item.checksums, entry) or entry.get("md5sum") != item.checksums.etag:
            raise CloudError(
                tr("{name}: the checksum QFieldCloud computed ({remote}) differs from the local file's ({local}); "
                   "the file is not synced.").format(name=item.name, remote=entry.get("sha256") or entry.get("md5sum"),
                                                     local=item.checksums.sha256 if entry.get("sha256") else item.checksums.etag),
                CHECKSUM, hint=tr("The file was damaged on the way. Upload again; if it keeps happening, check the network or proxy."))


def execute_upload(
    client: CloudClient,
    plan: UploadPlan,
    on_progress: Optional[Callable[[UploadProgress], None]] = None,
    is_cancelled: Callable[[], bool] = lambda: False,
    delete_remote: bool = False,
) -> UploadResult:
    """Send the plan's files, data first and the .qgs/.qgz last, verifying checksums.

    The project file is sent only after every other file was verified, so a damaged data file
    never triggers the cloud's process_projectfile on the wrong data. ``delete_remote`` deletes
    the cloud files that no longer exist locally (ask the user before passing True).
    """
    result = UploadResult(unchanged=list(plan.unchanged), skipped_hidden=list(plan.skipped_hidden))
    data_items = [i for i in plan.to_upload if not is_project_file(i.name)]
    project_items = [i for i in plan.to_upload if is_project_file(i.name)]
    done_bytes, count = 0, len(plan.to_upload)
    index = 0
    for batch in (data_items, project_items):
        for item in batch:
            if is_cancelled():
                raise CloudError(tr("Upload cancelled after {n} of {total} files.").format(n=index, total=count), CANCELLED)
            index += 1

            def report(sent: int, item=item, index=index, base=done_bytes) -> None:
                if on_progress is not None:
                    file_bytes = min(sent, item.checksums.size)
                    on_progress(UploadProgress(item.name, index, count, file_bytes, item.checksums.size,
                                               base + file_bytes, plan.total_bytes))

            report(0)
            client.upload_file(plan.project_id, item.name, item.path, on_bytes=report, is_cancelled=is_cancelled)
            done_bytes += item.checksums.size
            report(item.checksums.size)
        if batch:
            _verify(client, plan.project_id, batch)
            result.uploaded.extend(i.name for i in batch)
    if delete_remote:
        for name in plan.remote_only:
            if is_cancelled():
                raise CloudError(tr("Upload cancelled before deleting {name}.").format(name=name), CANCELLED)
            client.delete_file(plan.project_id, name)
            result.deleted.append(name)
    return result
