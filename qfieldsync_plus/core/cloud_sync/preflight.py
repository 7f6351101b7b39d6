"""Before an upload: the local process_projectfile (target cloud) and the cloud jobs it will trigger."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional

from ..checks.layers import TARGET_CLOUD
from ..cloud.errors import REFUSED, CloudError
from ..i18n import tr
from ..jobs.job import CLOUD, FINISHED, PACKAGE, PROCESS_PROJECTFILE, Job
from ..jobs.process_projectfile import has_blocking_findings
from ..runner.runner import JobRunner
from ..runner.triggers import has_pending, process_projectfile_skip_reason


@dataclass
class PreflightResult:
    """The local check's job and what in it would stop the cloud.

    ``fatal`` is set when the project file could not be read (nothing to override); ``problems``
    are layers that will not open in the cloud and files the cloud would refuse (``--force``
    overrides them). Warnings (hidden files, which the upload skips) never block.
    """

    job: Job
    problems: List[str] = field(default_factory=list)
    fatal: str = ""

    @property
    def ok(self) -> bool:
        """True when the check finished and found nothing the cloud cannot open."""
        return not self.problems and not self.fatal

    def blocks(self, force: bool) -> bool:
        """True when the upload must not go ahead (``force`` overrides all but an unreadable project)."""
        return bool(self.fatal) or (bool(self.problems) and not force)


def _fatal(job: Job) -> str:
    if job.status == FINISHED:
        return ""
    return tr("The project file cannot be read: the local check (process_projectfile) {status}: {error}").format(
        status=job.status, error=job.error or "")


def _problems(job: Job) -> List[str]:
    if job.status != FINISHED or not has_blocking_findings(job.feedback or {}):
        return []
    details = ((job.feedback.get("outputs") or {}).get("project_details") or {}).get("project_details") or {}
    problems = [tr("Layer {name}: {status} {message}").format(name=layer.get("name"), status=layer.get("status"),
                                                              message=layer.get("error_summary") or layer.get("message") or "").strip()
                for layer in details.get("layers_by_id", {}).values() if layer.get("status") != "ok"]
    problems += [f.get("message", "") for f in details.get("findings", []) if f.get("severity") == "error"]
    return problems or [tr("The local check found problems the cloud would report.")]


def check_before_upload(runner: JobRunner, project_file: Path, on_progress: Optional[Callable[[float], None]] = None,
                        is_cancelled: Callable[[], bool] = lambda: False) -> PreflightResult:
    """Run process_projectfile with target cloud on ``project_file`` (in a child process)."""
    submission = runner.submit(PROCESS_PROJECTFILE, str(project_file), {"target": TARGET_CLOUD})
    if submission.job is None:
        raise CloudError(tr("The local check could not start: {reason}").format(reason=submission.skipped_reason), REFUSED)
    job = runner.run(submission.job, on_progress=on_progress, is_cancelled=is_cancelled)
    return PreflightResult(job, _problems(job), _fatal(job))


def predict_cloud_jobs(uploaded: Iterable[str], remote_has_project_file: bool,
                       cloud_jobs: Iterable[Job]) -> List[Dict[str, Any]]:
    """Which cloud jobs an upload of ``uploaded`` names will trigger (the seed's rules).

    Returns one entry per job type: ``{"type", "triggered", "reason"}``.
    """
    names = list(uploaded)
    jobs = [j for j in cloud_jobs if j.origin == CLOUD]
    project_file_after = remote_has_project_file or any(n.lower().endswith((".qgs", ".qgz")) for n in names)
    if not names:
        reason = tr("Nothing is uploaded.")
    else:
        reason = process_projectfile_skip_reason(project_file_after, names, jobs)
    predictions = [{"type": PROCESS_PROJECTFILE, "triggered": reason is None,
                    "reason": reason or tr("Every upload outside DCIM makes QFieldCloud check the project again.")}]
    package_reason = tr("QField starts it on Download/Synchronize; the upload marks the package as out of date.")
    if has_pending(jobs, PACKAGE):
        package_reason = tr("A package job is already pending; it will package the uploaded files.")
    predictions.append({"type": PACKAGE, "triggered": False, "reason": package_reason})
    return predictions
