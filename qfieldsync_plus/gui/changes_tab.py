"""The Changes tab of a delta_apply job: every delta, its attribute changes, conflicts decided here."""

from __future__ import annotations

from typing import Dict, List, Optional

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsProject, QgsWkbTypes
from qgis.gui import QgsMapCanvas, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ..core.deltas.engine import APPLIED, APPLY_FAILED, CONFLICT, NOT_ATTEMPTED, ROLLED_BACK, SKIPPED
from ..core.deltas.operations import ALL, FIELD, SOURCE
from ..core.i18n import tr, translated
from ..core.jobs.job import Job
from .delta_features import DeltaView, delta_views, project_layer, source_geometry
from .formatting import delta_results_of
from .icons import status_icon
from .tables import item, read_only_table

SOURCE_COLOUR, FIELD_COLOUR = QColor(25, 118, 210), QColor(230, 81, 0)
CONFLICT_BACKGROUND = QColor(255, 236, 179)


def delta_status_label(status: str) -> str:
    """A delta's result status in the user's words."""
    labels = {APPLIED: tr("applied"), CONFLICT: tr("conflict"), APPLY_FAILED: tr("apply failed"),
              ROLLED_BACK: tr("rolled back"), SKIPPED: tr("skipped"), NOT_ATTEMPTED: tr("not attempted")}
    return labels.get(status, status.replace("status_", ""))


def choice_label(choice: Optional[str]) -> str:
    """A resolution in the user's words."""
    return {FIELD: tr("take the field's value"), SOURCE: tr("keep the source's value")}.get(choice or "", "")


def delta_message(result: Dict) -> str:
    """A delta result's message in the user's language (from its template when the job stored one)."""
    return translated(result.get("msg_template") or "", result.get("msg_params") or {}, str(result.get("msg") or ""))


def delta_conflicts(result: Dict) -> List[str]:
    """A delta result's conflict texts in the user's language."""
    texts = [str(c) for c in result.get("conflicts") or []]
    templates = result.get("conflicts_templates") or [{}] * len(texts)
    return [translated(t.get("conflict_template") or "", t.get("conflict_params") or {}, text)
            for text, t in zip(texts, templates)]


class ChangesTab(QWidget):
    """Deltas (top), the selected deltas' attributes (bottom), the user's decisions and the actions."""

    reapplyRequested = pyqtSignal(str, list, str)  # noqa: N815 (job id, delta ids, "from" delta id)
    resolveRequested = pyqtSignal(str, list, dict)  # noqa: N815 (job id, delta ids, resolutions)

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.job: Optional[Job] = None
        self.views: List[DeltaView] = []
        self.choices: Dict[str, Dict[str, str]] = {}
        self.canvas: Optional[QgsMapCanvas] = None
        self.rubber_bands: List[QgsRubberBand] = []
        self.deltas_table = read_only_table([tr("Status"), tr("Layer"), tr("Feature"), tr("Method"), tr("Message"),
                                             tr("Conflicts")], 2)
        self.values_table = read_only_table([tr("Attribute"), tr("When the edit was made"), tr("In the source now"),
                                             tr("Field's new value"), tr("Decision")], 4)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.keep_source_button = QPushButton(tr("Keep the source's value"))
        self.take_field_button = QPushButton(tr("Take the field's value"))
        self.apply_again_button = QPushButton(tr("Apply again"))
        self.zoom_button = QPushButton(tr("Zoom to feature"))
        self.reapply_button = QPushButton(tr("Re-apply selected"))
        self.reapply_newer_button = QPushButton(tr("Re-apply this and newer"))
        self._build()
        self.deltas_table.itemSelectionChanged.connect(self._on_delta_selection)
        self.values_table.itemSelectionChanged.connect(self._update_buttons)
        self.keep_source_button.clicked.connect(lambda: self.decide(SOURCE))
        self.take_field_button.clicked.connect(lambda: self.decide(FIELD))
        self.apply_again_button.clicked.connect(self._apply_again)
        self.zoom_button.clicked.connect(self.zoom_to_selected)
        self.reapply_button.clicked.connect(self._reapply_selected)
        self.reapply_newer_button.clicked.connect(self._reapply_newer)

    def _build(self) -> None:
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.deltas_table)
        splitter.addWidget(self.values_table)
        decide = QHBoxLayout()
        for button in (self.zoom_button, self.keep_source_button, self.take_field_button, self.apply_again_button):
            decide.addWidget(button)
        decide.addStretch(1)
        decide.addWidget(self.reapply_button)
        decide.addWidget(self.reapply_newer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(self.hint_label)
        layout.addLayout(decide)

    def set_canvas(self, canvas: Optional[QgsMapCanvas]) -> None:
        """The map canvas to zoom on and draw the feature's geometries (None: no zoom)."""
        self.clear_rubber_bands()
        self.canvas = canvas

    # -- showing ---------------------------------------------------------------------------
    def show_job(self, job: Optional[Job]) -> None:
        """Show the deltas of ``job`` (decisions are kept while the same job stays shown)."""
        if job is None or self.job is None or job.id != self.job.id:
            self.choices = {}
        self.job = job
        self.views = delta_views(job, delta_results_of(job.feedback)) if job is not None else []
        selected = set(self.selected_delta_ids())
        self.deltas_table.blockSignals(True)
        self.deltas_table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            result = view.result
            status = str(result.get("status", ""))
            status_item = item(delta_status_label(status), view.delta_id)
            status_item.setIcon(status_icon("finished" if status in (APPLIED, SKIPPED) else "failed"))
            status_item.setData(Qt.UserRole, view.delta_id)
            self.deltas_table.setItem(row, 0, status_item)
            self.deltas_table.setItem(row, 1, item(view.layer_name, str(result.get("layer_id") or "")))
            self.deltas_table.setItem(row, 2, item(view.feature_label))
            self.deltas_table.setItem(row, 3, item(str(result.get("method", ""))))
            self.deltas_table.setItem(row, 4, item(delta_message(result)))
            self.deltas_table.setItem(row, 5, item("; ".join(delta_conflicts(result))))
            if view.delta_id in selected:
                self.deltas_table.selectRow(row)
        self.deltas_table.blockSignals(False)
        self.deltas_table.resizeRowsToContents()
        conflicts = any(v.result.get("status") not in (APPLIED, SKIPPED) for v in self.views)
        self.hint_label.setText(tr("Select a delta to see its changes. For a conflict, keep the source's value or "
                                   "take the field's value (per delta, or per attribute below), then Apply again.")
                                if conflicts else "")
        self._fill_values()

    def _selected_views(self) -> List[DeltaView]:
        wanted = set(self.selected_delta_ids())
        return [v for v in self.views if v.delta_id in wanted]

    def selected_delta_ids(self) -> List[str]:
        """Delta ids of the selected rows, in table order."""
        rows = sorted({index.row() for index in self.deltas_table.selectedIndexes()})
        return [self.deltas_table.item(row, 0).data(Qt.UserRole) for row in rows if self.deltas_table.item(row, 0)]

    def _fill_values(self) -> None:
        rows = [(view, change) for view in self._selected_views() for change in view.changes]
        self.values_table.setRowCount(len(rows))
        for row, (view, change) in enumerate(rows):
            decision = self.choices.get(view.delta_id, {})
            choice = decision.get(change.name, decision.get(ALL))
            cells = [item(change.name), item(change.old), item(change.source if change.conflicting else ""),
                     item(change.new), item(choice_label(choice))]
            cells[0].setData(Qt.UserRole, (view.delta_id, change.name))
            for column, cell in enumerate(cells):
                if change.conflicting:
                    cell.setBackground(QBrush(CONFLICT_BACKGROUND))
                self.values_table.setItem(row, column, cell)
        self.values_table.resizeRowsToContents()
        self._update_buttons()

    def _on_delta_selection(self) -> None:
        self.clear_rubber_bands()
        self._fill_values()

    def _update_buttons(self) -> None:
        selected = self._selected_views()
        undone = [v for v in self.views if v.result.get("status") not in (APPLIED, SKIPPED)]
        local = self.job is not None and self.job.origin == "local"  # a cloud job's deltas are in the cloud's log
        self.keep_source_button.setEnabled(local and bool(selected))
        self.take_field_button.setEnabled(local and bool(selected))
        self.apply_again_button.setEnabled(local and bool(undone))
        self.zoom_button.setEnabled(len(selected) == 1 and self.canvas is not None)
        self.reapply_button.setEnabled(local and bool(selected))
        self.reapply_newer_button.setEnabled(local and len(selected) == 1)

    # -- deciding --------------------------------------------------------------------------
    def decide(self, choice: str) -> None:
        """Record ``choice`` for the selected attributes, else for every selected delta as a whole."""
        attributes = [self.values_table.item(row, 0).data(Qt.UserRole)
                      for row in sorted({i.row() for i in self.values_table.selectedIndexes()})]
        if attributes:
            for delta_id, name in attributes:
                self.choices.setdefault(delta_id, {})[name] = choice
        else:
            for delta_id in self.selected_delta_ids():
                self.choices[delta_id] = {ALL: choice}
        self._fill_values()

    def _apply_again(self) -> None:
        undone = [v.delta_id for v in self.views if v.result.get("status") not in (APPLIED, SKIPPED)]
        if self.job is not None and undone:
            resolutions = {d: dict(c) for d, c in self.choices.items() if d in undone and c}
            self.resolveRequested.emit(self.job.id, undone, resolutions)

    def _reapply_selected(self) -> None:
        if self.job is not None and self.selected_delta_ids():
            self.reapplyRequested.emit(self.job.id, self.selected_delta_ids(), "")

    def _reapply_newer(self) -> None:
        selected = self.selected_delta_ids()
        if self.job is not None and len(selected) == 1:
            self.reapplyRequested.emit(self.job.id, [], selected[0])

    # -- the map ---------------------------------------------------------------------------
    def zoom_to_selected(self) -> None:
        """Draw the selected feature's source geometry and the field's geometry; zoom to both."""
        views = self._selected_views()
        if self.canvas is None or self.job is None or len(views) != 1:
            return
        self.clear_rubber_bands()
        view = views[0]
        layer = project_layer(self.job, str(view.result.get("layer_id") or ""))
        layer_crs = layer.crs() if layer is not None else None
        geometries = [(source_geometry(self.job, view), SOURCE_COLOUR),
                      (QgsGeometry.fromWkt(view.field_geometry) if view.field_geometry else None, FIELD_COLOUR)]
        extent = None
        for geometry, colour in geometries:
            if geometry is None or geometry.isEmpty():
                continue
            canvas_crs = self.canvas.mapSettings().destinationCrs()
            if layer_crs is not None and layer_crs.isValid() and canvas_crs.isValid():
                geometry.transform(QgsCoordinateTransform(layer_crs, canvas_crs, QgsProject.instance()))
            band = QgsRubberBand(self.canvas, geometry.type())
            band.setColor(colour)
            band.setWidth(3)
            if geometry.type() == QgsWkbTypes.PointGeometry:
                band.setIconSize(12)
            band.setToGeometry(geometry, None)
            self.rubber_bands.append(band)
            box = geometry.boundingBox()
            if extent is None:
                extent = box
            else:
                extent.combineExtentWith(box)
        if extent is not None:
            if extent.width() == 0 and extent.height() == 0:
                extent = extent.buffered(max(self.canvas.mapUnitsPerPixel() * 50, 1e-6))
            else:
                extent = extent.buffered(max(extent.width(), extent.height()) * 0.2)
            self.canvas.setExtent(extent)
            self.canvas.refresh()

    def clear_rubber_bands(self) -> None:
        """Remove the temporary geometries from the map."""
        for band in self.rubber_bands:
            band.reset()
            if self.canvas is not None:
                self.canvas.scene().removeItem(band)
        self.rubber_bands = []
