"""The lower half of the dock: what the selected job did, in the user's terms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

from qgis.PyQt.QtCore import QSize, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.cloud_sync.mirror import status_explanation
from ..core.i18n import tr
from ..core.jobs.job import DELTA_APPLY, Job
from ..tasks.job_task import job_label
from .formatting import (
    delta_results_of,
    duration_text,
    findings_of,
    layers_of,
    stage_label,
    status_label,
    steps_of,
    thumbnail_of,
)
from .icons import status_icon

STAGE_ICONS = {0: "pending", 1: "failed", 2: "finished"}


def _table(headers: List[str], stretched: int = 1) -> QTableWidget:
    """A read-only table; the last ``stretched`` columns share the spare width and wrap."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        mode = QHeaderView.Stretch if column >= len(headers) - stretched else QHeaderView.ResizeToContents
        header.setSectionResizeMode(column, mode)
    # Wrapped rows need their height again once the columns have their final widths.
    header.sectionResized.connect(lambda *_: QTimer.singleShot(0, table.resizeRowsToContents))
    return table


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item


class JobDetails(QTabWidget):
    """Tabs Summary, Layers, Changes, Log and Feedback for one job."""

    reapplyRequested = pyqtSignal(str, list, str)  # noqa: N815 (job id, delta ids, "from" delta id)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.job: Optional[Job] = None
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.steps_list = QListWidget()
        self.steps_list.setFlow(QListView.LeftToRight)
        self.steps_list.setWrapping(True)
        self.steps_list.setIconSize(QSize(16, 16))
        self.steps_list.setSpacing(2)
        self.steps_list.setMaximumHeight(56)
        self.steps_list.setFrameShape(QFrame.NoFrame)
        self.steps_list.setStyleSheet("QListWidget { background: transparent; }")
        self.thumbnail_label = QLabel()
        self.thumbnail_label.setFixedSize(104, 104)
        self.thumbnail_label.setAlignment(Qt.AlignCenter)
        self.thumbnail_label.setStyleSheet("QLabel { border: 1px solid palette(mid); background: palette(base); }")
        self.layers_table = _table([tr("Status"), tr("Layer"), tr("Provider"), tr("Message"), tr("What to do")], 2)
        self.deltas_table = _table([tr("Status"), tr("Delta"), tr("Layer"), tr("Method"), tr("Message"),
                                    tr("Conflicts")], 2)
        self.reapply_button = QPushButton(tr("Re-apply selected"))
        self.reapply_newer_button = QPushButton(tr("Re-apply this and newer"))
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.feedback_view = QPlainTextEdit()
        self.feedback_view.setReadOnly(True)
        self._build()
        self.reapply_button.clicked.connect(self._reapply_selected)
        self.reapply_newer_button.clicked.connect(self._reapply_newer)
        self.deltas_table.itemSelectionChanged.connect(self._update_reapply_buttons)
        self.show_job(None)

    def _build(self) -> None:
        summary = QWidget()
        columns = QHBoxLayout(summary)
        left = QVBoxLayout()
        left.addWidget(self.summary_label)
        left.addWidget(self.steps_list)
        left.addStretch(1)
        self.summary_label.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        columns.addLayout(left, 1)
        columns.addWidget(self.thumbnail_label, 0, Qt.AlignTop)
        deltas = QWidget()
        deltas_layout = QVBoxLayout(deltas)
        deltas_layout.addWidget(self.deltas_table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reapply_button)
        buttons.addWidget(self.reapply_newer_button)
        deltas_layout.addLayout(buttons)
        self.summary_tab = summary
        self.deltas_tab = deltas
        self.addTab(summary, tr("Summary"))
        self.addTab(self.layers_table, tr("Layers"))
        self.addTab(deltas, tr("Changes"))
        self.addTab(self.log_view, tr("Log"))
        self.addTab(self.feedback_view, tr("Feedback JSON"))

    def show_job(self, job: Optional[Job]) -> None:
        """Show ``job`` (None clears); keeps the current tab."""
        self.job = job
        self.summary_label.setText(self._summary_html(job))
        self._fill_steps(job)
        self._fill_thumbnail(job)
        self._fill_layers(job)
        self._fill_deltas(job)
        log = job.log if job else ""
        if self.log_view.toPlainText() != log:
            self.log_view.setPlainText(log)
        feedback = json.dumps(job.feedback, indent=2, ensure_ascii=False) if job and job.feedback else ""
        if self.feedback_view.toPlainText() != feedback:
            self.feedback_view.setPlainText(feedback)
        self.setTabEnabled(self.indexOf(self.layers_table), self.layers_table.rowCount() > 0)
        self.setTabEnabled(self.indexOf(self.deltas_tab), bool(job and job.type == DELTA_APPLY))

    def _summary_html(self, job: Optional[Job]) -> str:
        if job is None:
            return tr("Select a job to see what it did.")
        title = tr("<b>{job}</b> of <b>{project}</b>: {status} ({duration})").format(
            job=job_label(job.type), project=Path(job.project).name, status=status_label(job.status),
            duration=duration_text(job.duration_seconds()))
        parts = [title]
        if job.origin == "cloud":
            parts.append(_escape(status_explanation(job.status, job.type)))
        feedback = job.feedback or {}
        if feedback.get("error"):
            parts.append('<span style="color:#c62828">{}</span>'.format(_escape(feedback["error"])))
        if feedback.get("error_hint"):
            parts.append("→ " + _escape(feedback["error_hint"]))
        layers = layers_of(job.feedback)
        if layers:
            bad = [layer for layer in layers if layer.get("status") != "ok"]
            parts.append(tr("{count} layers, {bad} with problems (see Layers).").format(
                count=len(layers), bad=len(bad)) if bad else tr("All {count} layers are valid.").format(count=len(layers)))
        for finding in findings_of(job.feedback):
            text = _escape(finding.get("message", ""))
            if finding.get("hint"):
                text += "<br>&nbsp;&nbsp;→ " + _escape(finding["hint"])
            parts.append(text)
        return "<br>".join(parts)

    def _fill_steps(self, job: Optional[Job]) -> None:
        self.steps_list.clear()
        for step in steps_of(job.feedback if job else None):
            stage = int(step.get("stage", 0))
            item = QListWidgetItem(status_icon(STAGE_ICONS.get(stage, "pending")), step.get("name", step.get("id")))
            item.setToolTip(stage_label(stage))
            self.steps_list.addItem(item)
        self.steps_list.setVisible(self.steps_list.count() > 0)

    def _fill_thumbnail(self, job: Optional[Job]) -> None:
        path = thumbnail_of(job.feedback if job else None)
        pixmap = QPixmap(path) if path and Path(path).is_file() else QPixmap()
        self.thumbnail_label.setPixmap(pixmap)
        self.thumbnail_label.setVisible(not pixmap.isNull())

    def _fill_layers(self, job: Optional[Job]) -> None:
        layers = sorted(layers_of(job.feedback if job else None), key=lambda layer: layer.get("status") == "ok")
        self.layers_table.setRowCount(len(layers))
        for row, layer in enumerate(layers):
            status = layer.get("status", "")
            status_item = _item(status_label(status))
            status_item.setIcon(status_icon(status))
            message = (layer.get("message") or "").replace("\n", " ")
            self.layers_table.setItem(row, 0, status_item)
            self.layers_table.setItem(row, 1, _item(layer.get("name", ""), layer.get("datasource") or ""))
            self.layers_table.setItem(row, 2, _item(layer.get("provider_name") or ""))
            self.layers_table.setItem(row, 3, _item(message))
            self.layers_table.setItem(row, 4, _item(layer.get("hint") or ""))
        self.layers_table.resizeRowsToContents()

    def _fill_deltas(self, job: Optional[Job]) -> None:
        results = delta_results_of(job.feedback if job else None)
        self.deltas_table.setRowCount(len(results))
        for row, result in enumerate(results):
            status = str(result.get("status", ""))
            status_item = _item(status.replace("status_", ""))
            status_item.setIcon(status_icon("finished" if status == "status_applied" else "failed"))
            status_item.setData(Qt.UserRole, result.get("delta_id"))
            conflicts = "; ".join(str(c) for c in result.get("conflicts") or [])
            self.deltas_table.setItem(row, 0, status_item)
            self.deltas_table.setItem(row, 1, _item(str(result.get("delta_id", ""))))
            self.deltas_table.setItem(row, 2, _item(str(result.get("layer_id", ""))))
            self.deltas_table.setItem(row, 3, _item(str(result.get("method", ""))))
            self.deltas_table.setItem(row, 4, _item(str(result.get("msg") or "")))
            self.deltas_table.setItem(row, 5, _item(conflicts))
        self._update_reapply_buttons()

    def selected_delta_ids(self) -> List[str]:
        """Delta ids of the selected rows, in table order."""
        rows = sorted({index.row() for index in self.deltas_table.selectedIndexes()})
        return [self.deltas_table.item(row, 0).data(Qt.UserRole) for row in rows]

    def _update_reapply_buttons(self) -> None:
        selected = self.selected_delta_ids()
        self.reapply_button.setEnabled(bool(selected))
        self.reapply_newer_button.setEnabled(len(selected) == 1)

    def _reapply_selected(self) -> None:
        if self.job is not None and self.selected_delta_ids():
            self.reapplyRequested.emit(self.job.id, self.selected_delta_ids(), "")

    def _reapply_newer(self) -> None:
        selected = self.selected_delta_ids()
        if self.job is not None and len(selected) == 1:
            self.reapplyRequested.emit(self.job.id, [], selected[0])


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
