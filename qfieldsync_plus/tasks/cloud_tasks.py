"""QgsTask wrappers so the desktop runs uploads and job polling off the main thread.

Build the client on the main thread first (``session.signed_in_client``: it reads the token
from QgsAuthManager); the task only uses the client, never the auth database.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import QgsTask

from ..core.runner.store import JobStore
from ..core.cloud.client import CloudClient
from ..core.cloud.errors import CloudError
from ..core.cloud_sync.mirror import poll_jobs
from ..core.cloud.uploader import UploadPlan, UploadProgress, execute_upload

Work = Callable[["CloudTask"], Any]


class CloudTask(QgsTask):
    """Runs ``work(task)`` in QGIS's task manager; keeps ``result`` or the ``error`` (a CloudError)."""

    def __init__(self, description: str, work: Work) -> None:
        super().__init__(description, QgsTask.CanCancel)
        self.work = work
        self.result: Any = None
        self.error: Optional[CloudError] = None
        self.status_text = ""

    def run(self) -> bool:  # noqa: D102 (QgsTask API)
        try:
            self.result = self.work(self)
            return True
        except CloudError as error:
            self.error = error
            return False


def upload_task(client: CloudClient, plan: UploadPlan, delete_remote: bool = False) -> CloudTask:
    """A task that runs :func:`execute_upload`; progress is the share of bytes sent."""

    def work(task: CloudTask):
        def report(progress: UploadProgress) -> None:
            task.status_text = f"{progress.file_index}/{progress.file_count} {progress.name}"
            task.setProgress(100.0 * progress.bytes_done / max(1, progress.bytes_total))

        return execute_upload(client, plan, on_progress=report, is_cancelled=task.isCanceled, delete_remote=delete_remote)

    return CloudTask(f"QFieldCloud upload ({len(plan.to_upload)} files)", work)


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
