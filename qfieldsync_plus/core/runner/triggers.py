"""QFieldCloud's trigger rules (seed: "Jobs" page) as pure functions.

Each returns None when the job should be queued, else the reason it is not.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Iterable, Optional, Sequence

from ..i18n import tr
from ..jobs.job import PENDING, Job
from ..project_io import is_project_file  # noqa: F401 (the trigger rules' name for it)

ATTACHMENT_ROOT = "DCIM"


def is_under_dcim(path: str) -> bool:
    """True for a path inside the top-level DCIM folder."""
    parts = PurePosixPath(path.replace("\\", "/")).parts
    return bool(parts) and parts[0] == ATTACHMENT_ROOT


def has_pending(jobs: Iterable[Job], job_type: str) -> bool:
    """True when one of ``jobs`` of ``job_type`` is pending."""
    return any(j.type == job_type and j.status == PENDING for j in jobs)


def process_projectfile_skip_reason(
    project_file_exists: bool, changed_files: Optional[Sequence[str]], project_jobs: Iterable[Job]
) -> Optional[str]:
    """Why a process_projectfile job is not queued, or None to queue it.

    ``changed_files`` are project-relative paths of the upload/change that triggers the job.
    None means an explicit request: it runs even without a project file, to report that.
    """
    if changed_files is not None:
        if not project_file_exists:
            return tr("No QGIS project file (.qgs/.qgz) exists yet.")
        if changed_files and all(is_under_dcim(p) for p in changed_files):
            return tr("Only files in the DCIM folder changed; they do not affect project validity.")
    if has_pending(project_jobs, "process_projectfile"):
        return tr("A process_projectfile job is already pending for this project.")
    return None


def delta_apply_skip_reason(project_jobs: Iterable[Job]) -> Optional[str]:
    """Why a delta_apply job is not queued (seed: one already pending), or None to queue it."""
    if has_pending(project_jobs, "delta_apply"):
        return tr("A delta_apply job is already pending for this project.")
    return None


def delta_apply_prerequisite_reason(check: Optional[Job]) -> Optional[str]:
    """Why delta_apply cannot run after its process_projectfile ``check`` (None: it may run)."""
    if check is None:
        return tr("A process_projectfile job is already pending for this project; apply the changes once it "
                  "has finished.")
    if check.status != "finished":
        return tr("The project check (process_projectfile job {id}) {status}, so no change was applied: "
                  "{error}").format(id=check.id, status=check.status, error=check.error or "")
    return None


def has_current_check(project_jobs: Iterable[Job], project_fingerprint: Optional[list]) -> bool:
    """True when a process_projectfile of the project file as it is now has finished."""
    return project_fingerprint is not None and any(
        j.type == "process_projectfile" and j.status == "finished"
        and j.params.get("project_fingerprint") == project_fingerprint
        for j in project_jobs
    )


def package_outputs(job: Job) -> dict:
    """``outputs.package_project`` of a package job's feedback (empty when absent)."""
    return ((job.feedback or {}).get("outputs") or {}).get("package_project") or {}


def same_package_request(previous: Job, params: dict) -> bool:
    """True when ``previous`` packaged to the same folder, mode, area-of-interest and strict options."""
    keys = ("package_dir", "mode", "aoi_only")
    same_strict = bool(previous.params.get("strict")) == bool(params.get("strict"))
    return same_strict and all(previous.params.get(k) == params.get(k) for k in keys)


def reusable_package(
    last_package: Optional[Job],
    params: dict,
    current_fingerprints: dict,
    package_file_exists: bool,
    delta_applied_since: bool,
) -> Optional[str]:
    """The id of the package job whose result can be reused, or None to package again.

    Seed rule: reuse when the project has no online (PostGIS, WFS…) layers, the latest package
    succeeded, and neither a file changed nor changes were applied since. ``force`` packages anyway.
    """
    if params.get("force") or last_package is None or last_package.status != "finished":
        return None
    outputs = package_outputs(last_package)
    recorded = outputs.get("source_files")
    if (not recorded or outputs.get("has_online_layers", True) or not same_package_request(last_package, params)
            or not package_file_exists or delta_applied_since):
        return None
    return last_package.id if recorded == current_fingerprints else None


def applied_since(delta_jobs: Iterable[Job], since: Optional[str]) -> bool:
    """True when a delta_apply job finished after ``since`` (ISO time)."""
    return any(j.status == "finished" and (since is None or (j.finished_at or "") > since) for j in delta_jobs)


def package_prerequisite_reason(check: Optional[Job]) -> Optional[str]:
    """Why a package cannot run after its process_projectfile ``check`` (None: it may run)."""
    if check is None:
        return tr("A process_projectfile job is already pending for this project; package once it has finished.")
    if check.status != "finished":
        return tr("The project check (process_projectfile) {status}: {error}").format(
            status=check.status, error=check.error or "")
    return None
