"""QFieldCloud's trigger rules (seed: "Jobs" page) as pure functions.

Each returns None when the job should be queued, else the reason it is not.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Iterable, Optional, Sequence

from ..i18n import tr
from ..jobs.job import PENDING, Job

PROJECT_SUFFIXES = (".qgs", ".qgz")
ATTACHMENT_ROOT = "DCIM"


def is_project_file(path: str) -> bool:
    """True for a .qgs/.qgz file name."""
    return PurePosixPath(path.replace("\\", "/")).suffix.lower() in PROJECT_SUFFIXES


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


def delta_apply_prerequisite_missing(project_file_mtime: Optional[float], project_jobs: Iterable[Job]) -> Optional[str]:
    """Why delta_apply must first run process_projectfile (None: a successful check of the current file exists).

    ``project_file_mtime`` is the project file's modification time (seconds since the epoch);
    a check that started before the file last changed does not count.
    """
    from datetime import datetime

    for job in project_jobs:
        if job.type != "process_projectfile" or job.status != "finished":
            continue
        checked_at = datetime.fromisoformat(job.started_at or job.created_at).timestamp()
        if project_file_mtime is None or checked_at >= project_file_mtime:
            return None
    return tr("The project has no successful process_projectfile job for its current project file.")
