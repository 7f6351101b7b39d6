"""Starts jobs as tasks, keeps them alive until they end, and cancels them on request."""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core.deltas.recovery import interrupted_projects
from ..core.jobs import errors
from ..core.jobs.job import DELTA_APPLY, FAILED, PACKAGE, PENDING, Job
from ..core.runner.runner import JobRunner, Submission
from ..core.secrets.auth_db import warm_up
from .job_task import JobTask


# Parameters the runner fills in for each job; a new job gets its own.
RUNNER_PARAMS = ("project", "output_dir", "store_path", "job_id", "project_fingerprint")


def user_params(job: Job) -> dict:
    """The parameters the user chose for ``job`` (without those the runner adds)."""
    return {k: v for k, v in job.params.items() if k not in RUNNER_PARAMS}


def offers_backup(job: Job) -> bool:
    """True for a package job refused because its folder holds files no package of the project wrote."""
    return job.type == PACKAGE and job.status == FAILED and job.error_type == errors.FOLDER_NOT_OWNED


class JobController(QObject):
    """The one place the desktop starts, tracks and cancels local jobs."""

    jobStarted = pyqtSignal(str)  # noqa: N815
    jobEnded = pyqtSignal(str)  # noqa: N815
    jobProgress = pyqtSignal(str, float)  # noqa: N815 - job id, percent (0..100) while it runs
    storeFailed = pyqtSignal(str)  # noqa: N815 - a job stopped because the job store failed (the message)

    def __init__(self, runner_factory: Callable[[], JobRunner], parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._runner_factory = runner_factory
        self._runner: Optional[JobRunner] = None
        self._tasks: Dict[str, JobTask] = {}

    def runner(self) -> JobRunner:
        """The session's runner (one per session: its queue spans every job it starts)."""
        if self._runner is None:
            self._runner = self._runner_factory()
        return self._runner

    def reset_runner(self) -> None:
        """Use the current settings for the next jobs (running jobs keep their runner)."""
        self._runner = None

    def start(self, job_type: str, project: str, params: Optional[dict] = None,
              changed_files: Optional[Sequence[str]] = None) -> Submission:
        """Queue a job (trigger rules apply) and start it as a task."""
        runner = self.runner()
        submission = runner.submit(job_type, project, params, changed_files=changed_files)
        if submission.job is not None:
            self._launch(runner, submission.job)
        return submission

    def run_pending(self, job: Job) -> bool:
        """Start a job that is pending in the store (e.g. queued before QGIS was closed)."""
        if job.status != PENDING or job.id in self._tasks:
            return False
        self._launch(self.runner(), job)
        return True

    def recover_interrupted_runs(self) -> List[Submission]:
        """Finish or roll back delta runs that were killed midway, one recovery job (a task, in the job's
        child process) per project; called when the plugin starts, not only by the next delta_apply."""
        runner = self.runner()
        return [self.start(DELTA_APPLY, project, {"recover_only": True})
                for project in interrupted_projects(runner.store.path)]

    def run_again(self, job: Job) -> Submission:
        """Queue a new job with the same type, project and parameters (a fresh output folder)."""
        return self.start(job.type, job.project, user_params(job))

    def backup_and_package(self, job: Job) -> Submission:
        """Package again as ``job`` did, moving the refused folder aside as a dated backup."""
        return self.start(job.type, job.project, {**user_params(job), "backup_existing": True})

    def _launch(self, runner: JobRunner, job: Job) -> None:
        # Main thread: ask for the master password now if the project has secrets; the task's thread
        # then reads them (or the job fails saying the auth database is locked).
        warm_up(job.project)
        task = JobTask(runner, job)
        task.jobEnded.connect(self._on_task_ended)
        task.progressChanged.connect(lambda percent, job_id=job.id: self.jobProgress.emit(job_id, percent))
        task.storeFailed.connect(self.storeFailed)
        self._tasks[job.id] = task
        QgsApplication.taskManager().addTask(task)
        self.jobStarted.emit(job.id)

    def is_running(self, job_id: str) -> bool:
        """True while the job's task is alive."""
        return job_id in self._tasks

    def progress(self, job_id: str) -> Optional[float]:
        """The running job's progress in percent (None when it is not running here)."""
        task = self._tasks.get(job_id)
        return task.progress() if task is not None else None

    def running_ids(self):
        """Ids of the jobs this controller is running."""
        return list(self._tasks)

    def cancel(self, job_id: str) -> bool:
        """Cancel a running job; False when it is not running here."""
        task = self._tasks.get(job_id)
        if task is None:
            return False
        task.cancel()
        return True

    def cancel_all(self) -> None:
        """Cancel every running job (on unload)."""
        for task in list(self._tasks.values()):
            task.cancel()

    def _on_task_ended(self, job_id: str) -> None:
        self._tasks.pop(job_id, None)
        self.jobEnded.emit(job_id)
