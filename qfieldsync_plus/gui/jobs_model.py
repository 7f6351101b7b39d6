"""The jobs list: a table model over the store's Job records, newest first, local and cloud."""

from __future__ import annotations

from pathlib import PurePath
from typing import Any, Dict, List, Optional, Set

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..core.i18n import tr
from ..core.jobs.job import Job
from ..core.runner.store import JobStore
from ..tasks.job_task import job_label
from .formatting import (
    duration_text,
    feedback_text,
    layers_of,
    origin_label,
    problem_findings,
    project_name,
    shown_status,
    status_label,
    time_text,
)
from .icons import status_icon
from .sync_details import sync_note

COLUMN_STATUS, COLUMN_TYPE, COLUMN_PROJECT, COLUMN_ORIGIN, COLUMN_DURATION, COLUMN_CREATED, COLUMN_NOTE = range(7)
JOB_ID_ROLE = Qt.UserRole + 1


def problem_layers(job: Job) -> int:
    """How many layers a finished job reported with a problem."""
    return sum(1 for layer in layers_of(job.feedback) if layer.get("status") != "ok")


def _note(job: Job) -> str:
    if job.error:
        return feedback_text(job.feedback, "error").splitlines()[0]
    layers = layers_of(job.feedback)
    bad = problem_layers(job)
    findings = len(problem_findings(job.feedback))
    if findings and bad:
        return tr("{findings} findings, {bad} of {count} layers with problems").format(
            findings=findings, bad=bad, count=len(layers))
    if findings:
        return tr("{findings} findings to look at (see Summary)").format(findings=findings)
    if bad:
        return tr("{bad} of {count} layers with problems").format(bad=bad, count=len(layers))
    if layers:
        return tr("{count} layers valid").format(count=len(layers))
    return sync_note(job.feedback)


def ambiguous_project_names(jobs: List[Job]) -> Set[str]:
    """File names shared by projects in different folders."""
    paths: Dict[str, Set[str]] = {}
    for job in jobs:
        paths.setdefault(project_name(job.project), set()).add(job.project)
    return {name for name, projects in paths.items() if len(projects) > 1}


class JobsModel(QAbstractTableModel):
    """Rows are jobs (newest first); ``refresh()`` re-reads the store and reports what changed."""

    def __init__(self, store: JobStore, limit: int = 200, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.limit = limit
        self.jobs: List[Job] = []
        self.ambiguous_names: Set[str] = set()

    def headers(self) -> List[str]:
        """Column titles."""
        return [tr("Status"), tr("Job"), tr("Project"), tr("Origin"), tr("Duration"), tr("Created"), tr("Note")]

    def refresh(self) -> bool:
        """Re-read the store; True when anything shown changed."""
        jobs = self.store.list(limit=self.limit)
        self.ambiguous_names = ambiguous_project_names(jobs)
        if [j.id for j in jobs] != [j.id for j in self.jobs]:
            self.beginResetModel()
            self.jobs = jobs
            self.endResetModel()
            return True
        changed = False
        for row, (old, new) in enumerate(zip(self.jobs, jobs)):
            if old != new or not new.is_finished:
                self.jobs[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
                changed = changed or old != new
        return changed

    def project_text(self, project: str) -> str:
        """The project's file name, with its folder when another listed project has the same file name."""
        name = project_name(project)
        if name not in self.ambiguous_names:
            return name
        return tr("{name} in {folder}").format(name=name, folder=str(PurePath(project.replace("\\", "/")).parent))

    def job_at(self, row: int) -> Optional[Job]:
        """The job in ``row``."""
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def row_of(self, job_id: str) -> int:
        """The row of ``job_id`` (-1 when not listed)."""
        for row, job in enumerate(self.jobs):
            if job.id == job_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        job = self.job_at(index.row())
        if job is None:
            return None
        column = index.column()
        if role == JOB_ID_ROLE:
            return job.id
        if role == Qt.DecorationRole and column == COLUMN_STATUS:
            return status_icon(shown_status(job))
        if role == Qt.ToolTipRole:
            return job.project if column == COLUMN_PROJECT else (job.error or None)
        if role != Qt.DisplayRole:
            return None
        values = {
            COLUMN_STATUS: status_label(shown_status(job)),
            COLUMN_TYPE: job_label(job.type),
            COLUMN_PROJECT: self.project_text(job.project),
            COLUMN_ORIGIN: origin_label(job.origin),
            COLUMN_DURATION: duration_text(job.waited_seconds()),
            COLUMN_CREATED: time_text(job.created_at),
            COLUMN_NOTE: _note(job),
        }
        return values[column]
