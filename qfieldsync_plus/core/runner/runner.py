"""The job runner: applies trigger rules, keeps job records, runs jobs in child processes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Optional, Sequence

from ..i18n import tr
from ..jobs.job import LOCAL, PENDING, PROCESS_PROJECTFILE, STOPPED, Job, utc_now
from ..jobs.workflow import failure_feedback
from . import launcher, triggers
from .queue import JobQueue
from .store import JobStore


@dataclass
class RunnerSettings:
    """User settings the runner obeys."""

    timeout_seconds: float = launcher.DEFAULT_TIMEOUT_SECONDS
    python: Optional[str] = None
    extra_env: Dict[str, str] = field(default_factory=dict)
    max_parallel: int = 2


@dataclass
class Submission:
    """The result of asking for a job: the pending job, or why none was queued."""

    job: Optional[Job]
    skipped_reason: Optional[str] = None


def project_key(project: str) -> str:
    """The normalised project path used in job records."""
    return str(Path(project).expanduser().resolve())


class JobRunner:
    """Queue and run local jobs; one instance per store."""

    def __init__(self, store: JobStore, settings: Optional[RunnerSettings] = None) -> None:
        self.store = store
        self.settings = settings or RunnerSettings()
        self.queue = JobQueue(self.settings.max_parallel)
        self.store.fail_orphans()

    def skip_reason(self, job_type: str, project: str, changed_files: Optional[Sequence[str]] = None) -> Optional[str]:
        """Why a ``job_type`` job would not be queued for ``project`` now (None: it would)."""
        key = project_key(project)
        # Only local jobs: cloud jobs mirrored under the same project follow the cloud's rules.
        project_jobs = self.store.list(project=key, statuses=(PENDING,), origin=LOCAL)
        if job_type == PROCESS_PROJECTFILE:
            return triggers.process_projectfile_skip_reason(Path(key).is_file(), changed_files, project_jobs)
        if triggers.has_pending(project_jobs, job_type):
            return f"A {job_type} job is already pending for this project."
        return None

    def submit(
        self,
        job_type: str,
        project: str,
        params: Optional[dict] = None,
        changed_files: Optional[Sequence[str]] = None,
    ) -> Submission:
        """Create a pending job unless a trigger rule says not to."""
        reason = self.skip_reason(job_type, project, changed_files)
        if reason:
            return Submission(None, reason)
        key = project_key(project)
        job = Job(type=job_type, project=key, origin=LOCAL, status=PENDING, params={"project": key, **(params or {})})
        job.params.setdefault("output_dir", str(self.store.path.parent / "jobs" / job.id))
        self.store.save(job)
        return Submission(job)

    def run(
        self,
        job: Job,
        on_progress: Optional[Callable[[float], None]] = None,
        is_cancelled: Callable[[], bool] = lambda: False,
    ) -> Job:
        """Run a pending job to its end (blocking; call from a task or the CLI).

        The job stays pending while another job of the same project runs or all slots are taken.
        """
        with self.queue.turn(job.project, is_cancelled) as ready:
            if not ready:
                job.status, job.finished_at = STOPPED, utc_now()
                job.feedback = failure_feedback(job.type, tr("The job was cancelled before it started."), "CANCELLED")
                return self.store.save(job)
            return launcher.run_job(
                job,
                self.store,
                timeout_seconds=self.settings.timeout_seconds,
                on_progress=on_progress,
                is_cancelled=is_cancelled,
                python=self.settings.python,
                extra_env=self.settings.extra_env,
            )
