"""The "QField jobs" dock: every job, local and cloud, newest first, and the selected job's details."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import Qgis, QgsMessageLog
from qgis.gui import QgsDockWidget, QgsMapCanvas
from qgis.PyQt.QtCore import QItemSelectionModel, Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QHeaderView,
    QProgressBar,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.jobs.job import DELTA_APPLY, PENDING, Job
from ..core.runner.store_file import StoreError
from ..tasks.controller import JobController, user_params
from .editing_guard import refusal_for_project
from .formatting import output_folder_of
from .icons import icon
from .job_details import JobDetails
from .jobs_model import JOB_ID_ROLE, JobsModel
from .sync_details import store_delta_lookup, sync_outputs_of

POLL_INTERVAL_MS = 1000


class JobsDock(QgsDockWidget):
    """Lists jobs from the store (polled, so cloud jobs mirrored by other code show up too)."""

    messageRequested = pyqtSignal(str, int)  # noqa: N815 (text, Qgis message level)

    def __init__(self, controller: JobController, job_actions: List[QAction], parent: Optional[QWidget] = None,
                 canvas: Optional[QgsMapCanvas] = None) -> None:
        super().__init__(tr("QField jobs"), parent)
        self._store_problem: Optional[str] = None
        self.setObjectName("QFieldSyncPlusJobsDock")
        self.controller = controller
        self.model = JobsModel(controller.runner().store, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.details = JobDetails()
        self.details.delta_lookup = lambda job: store_delta_lookup(
            self.model.store.path, job.params.get("output_dir"),
            sync_outputs_of(job.feedback).get("deltafile_id"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self.details.changes.set_canvas(canvas)
        self.run_action = QAction(icon("check"), tr("Run"), self)
        self.run_again_action = QAction(icon("rerun"), tr("Run again"), self)
        self.cancel_action = QAction(icon("cancel"), tr("Cancel"), self)
        self.open_folder_action = QAction(icon("folder"), tr("Open output folder"), self)
        self._build(job_actions)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.run_action.triggered.connect(self.run_selected)
        self.run_again_action.triggered.connect(self.run_selected_again)
        self.cancel_action.triggered.connect(self.cancel_selected)
        self.open_folder_action.triggered.connect(self.open_selected_folder)
        self.details.changes.reapplyRequested.connect(self.reapply)
        self.details.changes.resolveRequested.connect(
            lambda job_id, ids, chosen: self.reapply(job_id, ids, "", chosen))
        self.visibilityChanged.connect(lambda visible: visible or self.details.changes.clear_rubber_bands())
        self.closed.connect(self.details.changes.clear_rubber_bands)
        controller.jobStarted.connect(self._on_job_started)
        controller.jobEnded.connect(self._on_job_ended)
        controller.jobProgress.connect(self._on_job_progress)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_INTERVAL_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def _build(self, job_actions: List[QAction]) -> None:
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        toolbar.setIconSize(toolbar.iconSize() * 0.75)
        for action in job_actions:
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.run_action, self.run_again_action, self.cancel_action, self.open_folder_action):
            toolbar.addAction(action)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(toolbar)
        layout.addWidget(self.progress_bar)
        layout.addWidget(splitter)
        self.setWidget(body)

    def stop(self) -> None:
        """Stop polling and listening to the controller (on unload)."""
        self.timer.stop()
        self.details.changes.clear_rubber_bands()
        self.controller.jobStarted.disconnect(self._on_job_started)
        self.controller.jobEnded.disconnect(self._on_job_ended)
        self.controller.jobProgress.disconnect(self._on_job_progress)

    def use_store(self, runner_store) -> None:
        """Show another store (after the data folder setting changed)."""
        self.model.store = runner_store
        self.refresh()

    def selected_job(self) -> Optional[Job]:
        """The job selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.job_at(rows[0].row()) if rows else None

    def select_job(self, job_id: str) -> None:
        """Select ``job_id`` in the list."""
        row = self.model.row_of(job_id)
        if row >= 0:
            self.table.selectionModel().select(
                self.model.index(row, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)

    def refresh(self) -> None:
        """Re-read the store; keep the selection; update the details and buttons.

        While the store cannot be read (locked, deleted, read-only), the list stays as it was and the
        title says why (the problem is logged once in the QGIS message log)."""
        selected = self.selected_job()
        try:
            self.model.refresh()
        except StoreError as error:
            self._show_store_problem(f"{error} {error.hint}".strip())
            return
        self._show_store_problem(None)
        if selected is not None:
            self.select_job(selected.id)
        elif self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.select_job(self.model.job_at(0).id)
        self._show_selected()

    def _show_store_problem(self, problem: Optional[str]) -> None:
        if problem == self._store_problem:
            return
        self._store_problem = problem
        self.setWindowTitle(tr("QField jobs") if problem is None else tr("QField jobs (job store unavailable)"))
        self.table.setToolTip(problem or "")
        if problem is not None:
            QgsMessageLog.logMessage(problem, "QFieldSync+", Qgis.Critical)

    def _on_job_started(self, job_id: str) -> None:
        self.model.refresh()
        self.select_job(job_id)
        self._show_selected()

    def _on_job_progress(self, job_id: str, percent: float) -> None:
        job = self.selected_job()
        if job is not None and job.id == job_id:
            self.progress_bar.setValue(int(percent))

    def _on_job_ended(self, _job_id: str) -> None:
        self.refresh()

    def _show_selected(self) -> None:
        job = self.selected_job()
        if job is None or self.details.job is None or job.id != self.details.job.id:
            self.details.changes.clear_rubber_bands()
        if job is None or job != self.details.job or not job.is_finished:
            self.details.show_job(job)
        running = job is not None and self.controller.is_running(job.id)
        self.progress_bar.setVisible(running)
        if running:
            self.progress_bar.setValue(int(self.controller.progress(job.id) or 0))
        self.run_action.setEnabled(bool(job and job.status == PENDING and not running and job.origin == "local"))
        self.run_again_action.setEnabled(bool(job and job.is_finished and job.origin == "local"))
        self.cancel_action.setEnabled(running)
        folder = output_folder_of(job.params) if job else None
        self.open_folder_action.setEnabled(bool(folder and Path(folder).is_dir()))

    def run_selected(self) -> None:
        """Start the selected pending job."""
        job = self.selected_job()
        if job is not None:
            self.controller.run_pending(job)

    def run_selected_again(self) -> None:
        """Queue the selected job again."""
        job = self.selected_job()
        if job is None:
            return
        submission = self.controller.run_again(job)
        if submission.job is None:
            self.messageRequested.emit(submission.skipped_reason or "", 1)

    def cancel_selected(self) -> None:
        """Cancel the selected running job (it ends stopped)."""
        job = self.selected_job()
        if job is not None:
            self.controller.cancel(job.id)

    def open_selected_folder(self) -> None:
        """Open the selected job's output folder in the file manager."""
        job = self.selected_job()
        folder = output_folder_of(job.params) if job else None
        if folder and Path(folder).is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def reapply(self, job_id: str, delta_ids: list, from_delta_id: str,
                resolutions: Optional[Dict[str, Dict[str, str]]] = None) -> None:
        """Re-apply chosen deltas (or one and all newer) of a delta_apply job, with the user's conflict decisions."""
        job = self.model.store.get(job_id)
        if job is None or job.type != DELTA_APPLY:
            return
        params = {k: v for k, v in user_params(job).items()
                  if k not in ("deltafile", "delta_ids", "from_delta", "resolutions")}
        params.update({"delta_ids": list(delta_ids)} if delta_ids else {"from_delta": from_delta_id})
        if resolutions:
            params["resolutions"] = resolutions
        refusal = refusal_for_project(job.project)
        if refusal:
            self.messageRequested.emit(refusal, 1)
            return
        submission = self.controller.start(DELTA_APPLY, job.project, params)
        if submission.job is None:
            self.messageRequested.emit(submission.skipped_reason or "", 1)

    def visible_state(self) -> Dict[str, Any]:
        """What the dock shows right now (for tests and support): jobs, selection, layer table."""
        table = self.details.layers_table
        return {
            "visible": self.isVisible(),
            "jobs": [[self.model.data(self.model.index(r, c)) for c in range(self.model.columnCount())]
                     for r in range(self.model.rowCount())],
            "selected_job_id": self.model.data(self.table.selectionModel().selectedRows()[0], JOB_ID_ROLE)
            if self.table.selectionModel().hasSelection() else None,
            "summary": self.details.summary_label.text(),
            "layer_rows": [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
                           for r in range(table.rowCount())],
            "current_tab": self.details.tabText(self.details.currentIndex()),
        }
