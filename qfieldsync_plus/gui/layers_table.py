"""The project's layers with their cable and cloud actions, one row each, set one by one or for a selection."""

from __future__ import annotations

from typing import List, Optional

from qgis.core import QgsMapLayer, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.packaging.actions import REMOVE
from ..core.qfieldsync_config import (
    action_label,
    cable_actions,
    cloud_actions,
    layer_actions,
    preferred_cloud_action,
    set_layer_actions,
)

CABLE_COLUMN, CLOUD_COLUMN = 1, 2


def scrolled(content: QWidget) -> QScrollArea:
    """``content`` in a vertical scroll area (pages stay usable on a 1366x768 screen)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def fill_actions(combo: QComboBox, actions, current: Optional[str] = None) -> None:
    """Put ``actions`` (with their labels) into ``combo`` and select ``current``."""
    combo.clear()
    for action in actions:
        combo.addItem(action_label(action), action)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))


class LayerActionsTable(QWidget):
    """A row per layer; each combo holds only that layer's valid actions; ``apply()`` stores them."""

    def __init__(self, project: QgsProject, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.layers: List[QgsMapLayer] = sorted(project.mapLayers().values(), key=lambda l: l.name().lower())
        self.table = QTableWidget(len(self.layers), 3)
        self.table.setHorizontalHeaderLabels([tr("Layer"), tr("Cable export action"), tr("QFieldCloud action")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for row, layer in enumerate(self.layers):
            item = QTableWidgetItem(layer.name())
            item.setData(Qt.UserRole, layer.id())
            item.setToolTip(layer.source())
            self.table.setItem(row, 0, item)
            cable, cloud = layer_actions(layer)
            for column, actions, current in ((CABLE_COLUMN, cable_actions(layer), cable),
                                             (CLOUD_COLUMN, cloud_actions(layer), cloud)):
                combo = QComboBox()
                fill_actions(combo, actions, current)
                self.table.setCellWidget(row, column, combo)
        self.table.resizeColumnsToContents()
        self.bulk_cable = QComboBox()
        self.bulk_cloud = QComboBox()
        for combo in (self.bulk_cable, self.bulk_cloud):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.set_cable_button = QPushButton(tr("Set cable action"))
        self.set_cloud_button = QPushButton(tr("Set cloud action"))
        self.set_cable_button.clicked.connect(lambda: self.set_selected(CABLE_COLUMN, self.bulk_cable.currentData()))
        self.set_cloud_button.clicked.connect(lambda: self.set_selected(CLOUD_COLUMN, self.bulk_cloud.currentData()))
        bulk = QHBoxLayout()
        bulk.addWidget(QLabel(tr("For the selected layers:")))
        for widget in (self.bulk_cable, self.set_cable_button, self.bulk_cloud, self.set_cloud_button):
            bulk.addWidget(widget)
        bulk.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bulk)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def combo(self, layer_name: str, column: int) -> QComboBox:
        """The action combo of the layer called ``layer_name`` (CABLE_COLUMN or CLOUD_COLUMN)."""
        row = next(i for i, layer in enumerate(self.layers) if layer.name() == layer_name)
        return self.table.cellWidget(row, column)

    def selected_rows(self) -> List[int]:
        """The selected rows, top to bottom."""
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def _selection_changed(self) -> None:
        """Offer in the bulk combos only the actions valid for every selected layer."""
        rows = self.selected_rows()
        for combo, button, actions_of in ((self.bulk_cable, self.set_cable_button, cable_actions),
                                          (self.bulk_cloud, self.set_cloud_button, cloud_actions)):
            common = None
            for row in rows:
                valid = actions_of(self.layers[row])
                common = valid if common is None else [a for a in common if a in valid]
            fill_actions(combo, common or [])
            combo.setEnabled(bool(common))
            button.setEnabled(bool(common))

    def set_selected(self, column: int, action: Optional[str]) -> None:
        """Choose ``action`` in ``column`` for every selected layer."""
        if action is None:
            return
        for row in self.selected_rows():
            combo = self.table.cellWidget(row, column)
            combo.setCurrentIndex(combo.findData(action))

    def prefer(self, preference: str) -> None:
        """Set every layer's cloud action to the one QFieldSync picks for ``preference``, except removed layers."""
        for row, layer in enumerate(self.layers):
            combo = self.table.cellWidget(row, CLOUD_COLUMN)
            if combo.currentData() != REMOVE:
                combo.setCurrentIndex(combo.findData(preferred_cloud_action(layer, preference)))

    def apply(self) -> None:
        """Store every layer's chosen actions (QFieldSync's custom properties)."""
        for row, layer in enumerate(self.layers):
            set_layer_actions(layer, self.table.cellWidget(row, CABLE_COLUMN).currentData(),
                              self.table.cellWidget(row, CLOUD_COLUMN).currentData())
