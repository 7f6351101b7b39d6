"""QgsTask wrappers so the desktop runs the cloud use cases (core/cloud_sync) off the main thread.

Build the client on the main thread first (``session.signed_in_client``: it reads the token
from QgsAuthManager); the task only uses the client, never the auth database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import QgsTask

from ..core.cloud.client import CloudClient
from ..core.cloud.errors import CloudError
from ..core.cloud.uploader import UploadProgress
from ..core.cloud_sync.mirror import poll_jobs
from ..core.cloud_sync.upload import check_and_upload
from ..core.i18n import tr
from ..core.runner.runner import JobRunner
from ..core.runner.store import JobStore

Work = Callable[["CloudTask"], Any]


class CloudTask(QgsTask):
    """Runs ``work(task)`` in QGIS's task manager; keeps ``result`` or the ``error`` (a CloudError)."""

    def __init__(self, description: str, work: Work) -> None:
        super().__init__(description, QgsTask.CanCancel)
        self.work = work
        self.result: Any = None
        self.error: Optional[CloudError] = None
        self.status_text = ""
        self.project_id: Optional[str] = None

    def run(self) -> bool:  # noqa: D102 (QgsTask API)
        try:
            self.result = self.work(self)
            return True
        except CloudError as error:
            self.error = error
            return False


def upload_task(client: CloudClient, runner: JobRunner, folder: Path, project_id: Optional[str] = None,
                new_project_name: str = "", force: bool = False, delete_remote: bool = False) -> CloudTask:
    """A task that runs :func:`check_and_upload` (creating and linking ``new_project_name`` after the
    check when no ``project_id`` is given); progress is the share of bytes sent."""

    def work(task: CloudTask):
        def report(progress: UploadProgress) -> None:
            task.status_text = f"{progress.file_index}/{progress.file_count} {progress.name}"
            task.setProgress(100.0 * progress.bytes_done / max(1, progress.bytes_total))

        task.project_id, result = check_and_upload(client, runner, project_id, folder, force, delete_remote,
                                                   new_project_name, report, task.isCanceled)
        return result

    return CloudTask(tr("QFieldSync+: upload {folder}").format(folder=Path(folder).name), work)


def poll_task(client: CloudClient, store: JobStore, project_id: str, project_label: str,
              sleep: Optional[Callable[[float], None]] = None) -> CloudTask:
    """A task that mirrors the project's cloud jobs until none is running (see :func:`poll_jobs`)."""

    def work(task: CloudTask):
        def wait(seconds: float) -> None:
            steps = max(1, int(seconds / 0.1))
            for _ in range(steps):
                if task.isCanceled():
                    return
                (sleep or _sleep)(seconds / steps)

        return poll_jobs(client, store, project_id, project_label, is_cancelled=task.isCanceled, sleep=wait)

    return CloudTask("QFieldCloud jobs", work)


def _sleep(seconds: float) -> None:
    import time

    time.sleep(seconds)
