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
