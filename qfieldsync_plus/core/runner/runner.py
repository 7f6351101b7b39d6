"""The job runner: applies trigger rules, keeps job records, runs jobs in child processes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Optional, Sequence

from ..i18n import tr
from ..jobs import errors
from ..jobs.job import DELTA_APPLY, FAILED, FINISHED, LOCAL, PENDING, PROCESS_PROJECTFILE, STOPPED, Job, utc_now
from ..jobs.workflow import failure_feedback
from . import launcher, triggers
from .queue import JobQueue
from .store import JobStore


# Job type → rule(project file mtime, project jobs) saying why process_projectfile must run first.
PREREQUISITE_RULES = {
    DELTA_APPLY: triggers.delta_apply_prerequisite_missing,
}


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
        project_jobs = self.store.list(project=key, statuses=(PENDING,))
        if job_type == PROCESS_PROJECTFILE:
            return triggers.process_projectfile_skip_reason(Path(key).is_file(), changed_files, project_jobs)
        if job_type == DELTA_APPLY:
            return triggers.delta_apply_skip_reason(project_jobs)
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
        job.params.setdefault("store_path", str(self.store.path))
        job.params.setdefault("job_id", job.id)
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
        A job type with a prerequisite rule first gets a process_projectfile run (in the same
        turn) when the project has no successful one for its current file; if that fails, so
        does ``job``.
        """
        with self.queue.turn(job.project, is_cancelled) as ready:
            if not ready:
                job.status, job.finished_at = STOPPED, utc_now()
                job.feedback = failure_feedback(job.type, tr("The job was cancelled before it started."), "CANCELLED")
                return self.store.save(job)
            blocked = self._run_prerequisite(job, is_cancelled)
            if blocked is not None:
                return blocked
            return launcher.run_job(
                job,
                self.store,
                timeout_seconds=self.settings.timeout_seconds,
                on_progress=on_progress,
                is_cancelled=is_cancelled,
                python=self.settings.python,
                extra_env=self.settings.extra_env,
            )

    def _run_prerequisite(self, job: Job, is_cancelled: Callable[[], bool]) -> Optional[Job]:
        """Run process_projectfile first when ``job``'s rule asks for it; the failed ``job`` if it fails."""
        rule = PREREQUISITE_RULES.get(job.type)
        project_file = Path(job.project)
        if rule is None:
            return None
        mtime = project_file.stat().st_mtime if project_file.is_file() else None
        history = self.store.list(project=job.project, job_type=PROCESS_PROJECTFILE, statuses=(FINISHED,))
        if rule(mtime, history) is None:
            return None
        check = Job(type=PROCESS_PROJECTFILE, project=job.project, origin=LOCAL, status=PENDING,
                    params={"project": job.project})
        check.params["output_dir"] = str(self.store.path.parent / "jobs" / check.id)
        self.store.save(check)
        check = launcher.run_job(check, self.store, timeout_seconds=self.settings.timeout_seconds,
                                 is_cancelled=is_cancelled, python=self.settings.python,
                                 extra_env=self.settings.extra_env)
        if check.status == FINISHED:
            return None
        job.status, job.started_at, job.finished_at = FAILED, utc_now(), utc_now()
        job.feedback = failure_feedback(
            job.type,
            tr("The project check (process_projectfile job {id}) failed, so {type} did not run: {error}").format(
                id=check.id, type=job.type, error=check.error or check.status),
            errors.PREREQUISITE_FAILED,
            hint=tr("Fix the project so that process_projectfile succeeds, then run the job again."))
        self.store.save(job)
        return job
