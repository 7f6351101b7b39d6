"""The lower half of the dock: what the selected job did, in the user's terms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Optional

from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.cloud_sync.mirror import status_explanation
from ..core.deltas.engine import CONFLICT
from ..core.i18n import tr, translated
from ..core.jobs.job import DELTA_APPLY, SYNC, Job
from ..tasks.job_task import job_label
from .changes_tab import ChangesTab
from .formatting import (
    delta_results_of,
    feedback_text,
    duration_text,
    finding_texts,
    findings_of,
    problem_findings,
    shown_status,
    layers_of,
    stage_label,
    step_label,
    status_label,
    steps_of,
    thumbnail_of,
)
from .icons import status_icon
from .package_summary import package_summary_html
from .sync_details import DeltaLookup, change_rows, file_rows, layer_summary
from .tables import fit_rows, item, read_only_table

STAGE_ICONS = {0: "pending", 1: "failed", 2: "finished"}


class JobDetails(QTabWidget):
    """Tabs Summary, Layers, Changes, Log and Feedback for one job."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.job: Optional[Job] = None
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.summary_label.setOpenExternalLinks(True)
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
        self.layers_table = read_only_table([tr("Status"), tr("Layer"), tr("Provider"), tr("Message"),
                                             tr("What to do")], 2)
        self.changes = ChangesTab()
        self.sync_table = read_only_table([tr("Status"), tr("Layer"), tr("Feature"), tr("Change"), tr("Before"),
                                           tr("After"), tr("Conflicts")], 3)
        self.files_table = read_only_table([tr("Status"), tr("File"), tr("Message")], 1)
        self.delta_lookup: Callable[[Job], DeltaLookup] = lambda job: (lambda ids: {})
        self.log_view = QPlainTextEdit()
        self.log_view.setReadOnly(True)
        self.feedback_view = QPlainTextEdit()
        self.feedback_view.setReadOnly(True)
        self._build()
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
        self.summary_tab = summary
        self.addTab(summary, tr("Summary"))
        self.addTab(self.layers_table, tr("Layers"))
        changes_page = QWidget()  # a delta_apply job's deltas, or a sync job's changes
        changes_layout = QVBoxLayout(changes_page)
        changes_layout.setContentsMargins(0, 0, 0, 0)
        changes_layout.addWidget(self.changes)
        changes_layout.addWidget(self.sync_table)
        self.changes_page = changes_page
        self.addTab(changes_page, tr("Changes"))
        self.addTab(self.files_table, tr("Files"))
        self.addTab(self.log_view, tr("Log"))
        self.addTab(self.feedback_view, tr("Feedback JSON"))

    def show_job(self, job: Optional[Job]) -> None:
        """Show ``job`` (None clears); keeps the current tab."""
        self.job = job
        self.summary_label.setText(self._summary_html(job))
        self._fill_steps(job)
        self._fill_thumbnail(job)
        self._fill_layers(job)
        self.changes.show_job(job if job is not None and job.type == DELTA_APPLY else None)
        self._fill_sync(job)
        log = job.log if job else ""
        if self.log_view.toPlainText() != log:
            self.log_view.setPlainText(log)
        feedback = json.dumps(job.feedback, indent=2, ensure_ascii=False) if job and job.feedback else ""
        if self.feedback_view.toPlainText() != feedback:
            self.feedback_view.setPlainText(feedback)
        self.setTabEnabled(self.indexOf(self.layers_table), self.layers_table.rowCount() > 0)
        is_sync = bool(job and job.type == SYNC)
        self.changes.setVisible(not is_sync)
        self.sync_table.setVisible(is_sync)
        self.setTabEnabled(self.indexOf(self.changes_page), bool(job and job.type in (DELTA_APPLY, SYNC)))
        self.setTabEnabled(self.indexOf(self.files_table), self.files_table.rowCount() > 0)

    def _summary_html(self, job: Optional[Job]) -> str:
        if job is None:
            return tr("Select a job to see what it did.")
        title = tr("<b>{job}</b> of <b>{project}</b>: {status} ({duration})").format(
            job=job_label(job.type), project=Path(job.project).name, status=status_label(shown_status(job)),
            duration=duration_text(job.waited_seconds()))
        parts = [title]
        if job.origin == "cloud":
            parts.append(_escape(status_explanation(job.status, job.type)))
        feedback = job.feedback or {}
        if feedback.get("error"):
            parts.append('<span style="color:#c62828">{}</span>'.format(_escape(feedback_text(feedback, "error"))))
        if job.type == DELTA_APPLY and any(r.get("status") == CONFLICT for r in delta_results_of(feedback)):
            parts.append("→ " + _escape(tr("Decide each conflict in the Changes tab (keep the source's value or take "
                                           "the field's value), then click Apply again.")))
        elif feedback.get("error_hint"):
            parts.append("→ " + _escape(feedback_text(feedback, "error_hint")))
        package = package_summary_html((feedback.get("outputs") or {}).get("package_project"))
        parts += package
        layers = layers_of(job.feedback)
        if layers and not package:
            bad = [layer for layer in layers if layer.get("status") != "ok"]
            parts.append(tr("{count} layers, {bad} with problems (see Layers).").format(
                count=len(layers), bad=len(bad)) if bad else tr("All {count} layers are valid.").format(count=len(layers)))
        parts += [_escape(line) for line in layer_summary(job.feedback)]
        findings = findings_of(job.feedback)
        if problem_findings(job.feedback):
            parts.append(tr("<b>{count} findings to look at:</b>").format(count=len(problem_findings(job.feedback))))
        for finding in findings:
            severity = {"error": "⛔ ", "warning": "⚠ "}.get(finding.get("severity", ""), "")
            message, hint = finding_texts(finding)
            text = severity + _escape(message)
            for path in finding.get("paths") or []:
                text += "<br>&nbsp;&nbsp;• " + _escape(path)
            if hint:
                text += "<br>&nbsp;&nbsp;→ " + _escape(hint)
            parts.append(text)
        return "<br>".join(parts)

    def _fill_steps(self, job: Optional[Job]) -> None:
        self.steps_list.clear()
        for step in steps_of(job.feedback if job else None):
            stage = int(step.get("stage", 0))
            item = QListWidgetItem(status_icon(STAGE_ICONS.get(stage, "pending")), step_label(step))
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
            status_item = item(status_label(status))
            status_item.setIcon(status_icon(status))
            message = translated(layer.get("message_template") or "", layer.get("message_params") or {},
                                 layer.get("message") or "").replace("\n", " ")
            self.layers_table.setItem(row, 0, status_item)
            self.layers_table.setItem(row, 1, item(layer.get("name", ""), layer.get("datasource") or ""))
            self.layers_table.setItem(row, 2, item(layer.get("provider_name") or ""))
            self.layers_table.setItem(row, 3, item(message))
            self.layers_table.setItem(row, 4, item(translated(layer.get("hint_template") or "",
                                                              layer.get("hint_params") or {}, layer.get("hint") or "")))
        self.layers_table.resizeRowsToContents()

    def _fill_sync(self, job: Optional[Job]) -> None:
        is_sync = bool(job and job.type == SYNC)
        rows = change_rows(job.project, job.feedback, self.delta_lookup(job)) if is_sync else []
        applied, failed = status_icon("finished"), status_icon("failed")
        self.sync_table.setUpdatesEnabled(False)
        self.sync_table.setRowCount(len(rows))
        for row, change in enumerate(rows):
            status_item = item(change["status"])
            status_item.setIcon(applied if change["applied"] else failed)
            status_item.setData(Qt.UserRole, change["delta_id"])
            self.sync_table.setItem(row, 0, status_item)
            for column, key in enumerate(("layer", "feature", "method", "before", "after", "conflicts"), start=1):
                self.sync_table.setItem(row, column, item(change[key]))
        fit_rows(self.sync_table)  # a long table keeps one row height (the tooltips hold every value)
        self.sync_table.setUpdatesEnabled(True)
        files = file_rows(job.feedback) if is_sync else []
        self.files_table.setRowCount(len(files))
        for row, (status, path, message) in enumerate(files):
            status_item = item(status)
            status_item.setIcon(status_icon("warning" if status == tr("conflict") else "finished"))
            self.files_table.setItem(row, 0, status_item)
            self.files_table.setItem(row, 1, item(path))
            self.files_table.setItem(row, 2, item(message))
        self.files_table.resizeRowsToContents()


def _escape(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
