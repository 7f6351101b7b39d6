"""The job runner: applies trigger rules, keeps job records, runs jobs in child processes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Optional, Sequence

from ..archives import ArchiveLimits
from ..i18n import tr
from ..jobs import errors
from ..jobs.job import (
    DELTA_APPLY, FAILED, FINISHED, LOCAL, PACKAGE, PENDING, PROCESS_PROJECTFILE, STOPPED, Job, utc_now,
)
from ..jobs.workflow import failure_feedback
from ..packaging.fingerprint import file_fingerprint, files_fingerprints
from ..packaging.ownership import folder_report
from ..packaging.swap import recover_interrupted
from ..paths import private_dir
from ..secrets.job_auth import JobAuth
from ..secrets.job_env import job_secrets
from ..secrets.model import Secret, refuse_reserved
from . import launcher, triggers
from .leftovers import remove_leftovers
from .queue import JobQueue
from .retention import Retention
from .store import JobStore
from .store_file import StoreLocked


@dataclass
class RunnerSettings:
    """User settings the runner obeys."""

    timeout_seconds: float = launcher.DEFAULT_TIMEOUT_SECONDS
    python: Optional[str] = None
    extra_env: Dict[str, str] = field(default_factory=dict)
    max_parallel: int = 2
    # how big a .qgz may be before a job refuses to let QGIS open it
    archive_limits: ArchiveLimits = field(default_factory=ArchiveLimits)
    # project key → its secrets with values (e.g. secrets.provider.load_project_secrets); None: no secrets
    secrets_for: Optional[Callable[[str], Sequence[Secret]]] = None
    # project file → the stored authentication configurations its layers use (secrets.provider.load_project_auth)
    auth_for: Optional[Callable[[str], JobAuth]] = None
    # how long finished jobs are kept (None: the rule stored in the job store, 90 days / 1,000 per project)
    retention: Optional[Retention] = None


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
        try:  # housekeeping; when another program holds the write lock it waits for the next start
            self.store.fail_orphans()
            if self.settings.retention is not None:
                self.store.set_retention(self.settings.retention)
            self.store.apply_retention_if_due()
        except StoreLocked:
            pass
        try:
            remove_leftovers(self.store.path)  # e.g. a killed job's pg_service.conf
        except (errors.JobError, OSError):  # housekeeping: a job that needs the folder says why
            pass

    def skip_reason(self, job_type: str, project: str, changed_files: Optional[Sequence[str]] = None) -> Optional[str]:
        """Why a ``job_type`` job would not be queued for ``project`` now (None: it would)."""
        key = project_key(project)
        # Only local jobs: cloud jobs mirrored under the same project follow the cloud's rules.
        project_jobs = self.store.list(project=key, statuses=(PENDING,), origin=LOCAL)
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
        job.params.setdefault("project_fingerprint", file_fingerprint(Path(key)))
        job.params.setdefault("output_dir", str(self.store.path.parent / "jobs" / job.id))
        job.params.setdefault("store_path", str(self.store.path))
        job.params.setdefault("job_id", job.id)
        for name, value in self.settings.archive_limits.as_params().items():
            job.params.setdefault(name, value)
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
        A package job first obeys the seed's rules: it reuses the previous package when nothing
        changed (and its folder holds nothing a package did not write), and runs a
        process_projectfile check first when the project file has none.
        The project's secrets reach the child only (a private pg_service.conf and environment
        variables, removed when the job ends) and are redacted from everything the job reports; so do
        the authentication configurations its layers use (over the child's stdin, ``job_auth``).
        """
        if job.type == PACKAGE:
            prepared = self._prepare_package(job, is_cancelled)
            if prepared is not None:
                return prepared
        if job.type == DELTA_APPLY and not job.params.get("recover_only"):  # recovery needs no check
            prepared = self._run_missing_check(job, is_cancelled, triggers.delta_apply_prerequisite_reason)
            if prepared is not None:
                return prepared
        with self.queue.turn(job.project, is_cancelled) as ready:
            if not ready:
                job.status, job.finished_at = STOPPED, utc_now()
                job.feedback = failure_feedback(job.type, tr("The job was cancelled before it started."), "CANCELLED")
                return self.store.save(job)
            try:
                secrets = list(self.settings.secrets_for(job.project)) if self.settings.secrets_for else []
                refuse_reserved(secrets)
                auth = self.settings.auth_for(job.project) if self.settings.auth_for else JobAuth()
                private = private_dir(self.store.path)
            except errors.JobError as err:  # e.g. the auth database is locked
                return self._end(job, FAILED, failure_feedback(job.type, str(err), err.error_type, err.hint), str(err))
            with job_secrets(secrets, private) as prepared:
                if prepared.services:
                    known = set(job.params.get("secret_services") or ())
                    job.params["secret_services"] = sorted(known | set(prepared.services))
                if auth.locked:
                    job.params["locked_authcfgs"] = auth.locked
                ended = launcher.run_job(
                    job,
                    self.store,
                    timeout_seconds=self.settings.timeout_seconds,
                    on_progress=on_progress,
                    is_cancelled=is_cancelled,
                    python=self.settings.python,
                    extra_env={**self.settings.extra_env, **prepared.env},
                    redact=list(prepared.redact) + (auth.redact() if auth.needed else []),
                    message={"auth": auth.child_message()} if auth.needed else None,
                )
            if ended.type == PACKAGE and ended.status != FINISHED:
                return self._clean_package_leftovers(ended)
            return ended

    def _end(self, job: Job, status: str, feedback: dict, log: str) -> Job:
        job.status, job.feedback, job.log = status, feedback, log
        job.started_at = job.started_at or utc_now()
        job.finished_at = utc_now()
        return self.store.save(job)

    def _clean_package_leftovers(self, job: Job) -> Job:
        """After a package job that failed, stopped or was killed: put the previous package back if the swap
        was cut short and remove temporary folders (what cannot be removed now, the next run removes)."""
        folder = job.params.get("package_dir")
        if not folder:
            return job
        try:
            notes = recover_interrupted(Path(folder).resolve(), Path(job.project), self.store.path.parent)
        except OSError as err:
            notes = [tr("Temporary package folders could not be removed yet: {error}").format(
                error=err.strerror or err)]
        if not notes:
            return job
        job.log = "\n".join([job.log, *notes]).strip()
        return self.store.save(job)

    def _folder_is_safe(self, job: Job) -> bool:
        """True when the package folder holds only what this project's packages wrote, unchanged."""
        folder = job.params.get("package_dir")
        return bool(folder) and folder_report(Path(folder).resolve(), Path(job.project), self.store.path.parent).safe

    def _prepare_package(self, job: Job, is_cancelled: Callable[[], bool]) -> Optional[Job]:
        """Reuse a previous package or run the missing check; the ended job, or None to package."""
        key = job.project
        packages = self.store.list(project=key, job_type=PACKAGE, statuses=(FINISHED, FAILED), limit=1)
        last = packages[0] if packages else None
        if last is not None:
            outputs = triggers.package_outputs(last)
            package_file = outputs.get("project_file")
            deltas = self.store.list(project=key, job_type=DELTA_APPLY, statuses=(FINISHED,), limit=50)
            reused = triggers.reusable_package(
                last, job.params, files_fingerprints(outputs.get("source_files") or {}),
                bool(package_file) and Path(package_file).is_file(), triggers.applied_since(deltas, last.finished_at))
            if reused and self._folder_is_safe(job):
                feedback = dict(last.feedback or {})
                feedback["outputs"] = {**(feedback.get("outputs") or {}),
                                       "package_project": {**outputs, "reused_from_job": reused}}
                message = tr("Nothing changed since package job {id}: its package in {folder} is reused "
                             "(use --force to package again).").format(id=reused, folder=job.params.get("package_dir"))
                return self._end(job, FINISHED, feedback, message)
        return self._run_missing_check(job, is_cancelled, triggers.package_prerequisite_reason)

    def _run_missing_check(self, job: Job, is_cancelled: Callable[[], bool],
                           reason_rule: Callable[[Optional[Job]], Optional[str]]) -> Optional[Job]:
        """Run process_projectfile first when the project file has no successful check.

        The ended ``job`` when the check failed (``reason_rule`` words why), None to go on.
        """
        key = job.project
        checks = self.store.list(project=key, job_type=PROCESS_PROJECTFILE, statuses=(FINISHED,), limit=20)
        if triggers.has_current_check(checks, file_fingerprint(Path(key))):
            return None
        submission = self.submit(PROCESS_PROJECTFILE, key, {"target": "local"})
        check = self.run(submission.job, is_cancelled=is_cancelled) if submission.job is not None else None
        if is_cancelled() or (check is not None and check.status == STOPPED):
            message = tr("The job was cancelled before it started.")
            return self._end(job, STOPPED, failure_feedback(job.type, message, "CANCELLED"), message)
        reason = reason_rule(check)
        if reason is None:
            return None
        feedback = failure_feedback(job.type, reason, errors.PREREQUISITE_FAILED,
                                    hint=(check.feedback or {}).get("error_hint", "") if check else "")
        return self._end(job, FAILED, feedback, reason)
