"""One job as a QgsTask: the runner's child process does the work; this thread supervises it."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.i18n import tr
from ..core.jobs.job import FINISHED, PENDING, STOPPED, Job, utc_now
from ..core.jobs.workflow import failure_feedback
from ..core.runner.runner import JobRunner
from ..core.runner.store_file import StoreError


def job_label(job_type: str) -> str:
    """The user-facing name of a job type."""
    labels = {
        "process_projectfile": tr("Check project"),
        "package": tr("Package for QField"),
        "delta_apply": tr("Apply changes"),
        "sync": tr("Synchronize from QField"),
    }
    return labels.get(job_type, job_type)


class JobTask(QgsTask):
    """Runs one pending job with :meth:`JobRunner.run`; cancelling stops the child (status stopped)."""

    jobEnded = pyqtSignal(str)  # noqa: N815 (Qt signal naming)
    storeFailed = pyqtSignal(str)  # noqa: N815 - the job store could not be used: message and hint

    def __init__(self, runner: JobRunner, job: Job) -> None:
        super().__init__(tr("QFieldSync+: {job} {project}").format(
            job=job_label(job.type), project=job.project.replace("\\", "/").rsplit("/", 1)[-1]), QgsTask.CanCancel)
        self.runner = runner
        self.job = job
        self.final_job: Optional[Job] = None
        self.store_error: Optional[StoreError] = None

    def run(self) -> bool:  # noqa: D102 (QgsTask API, runs in a worker thread)
        try:
            self.final_job = self.runner.run(self.job, on_progress=self.setProgress, is_cancelled=self.isCanceled)
        except StoreError as error:  # the runner stopped the job's process; the user is told in finished()
            self.store_error = error
            return False
        # A job the user stopped is no failure: QGIS's task bar must not report "task failed" for it.
        return self.final_job.status in (FINISHED, STOPPED)

    def finished(self, result: bool) -> None:  # noqa: D102 (QgsTask API, main thread)
        if self.store_error is not None:
            self.storeFailed.emit(f"{self.store_error} {self.store_error.hint}".strip())
        elif self.final_job is None:
            self._mark_stopped()
        self.jobEnded.emit(self.job.id)

    def _mark_stopped(self) -> None:
        """A task cancelled before it started leaves a pending job: record it as stopped."""
        job = self.runner.store.get(self.job.id)
        if job is None or job.status != PENDING:
            return
        job.status = STOPPED
        job.finished_at = utc_now()
        job.feedback = failure_feedback(job.type, tr("The job was cancelled before it started."), "CANCELLED")
        self.runner.store.save(job)
