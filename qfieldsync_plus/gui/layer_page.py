"""Layer properties page "QField": actions, attachment naming, relationships, locks and tracking.

Everything is stored in QFieldSync's layer custom properties (core/qfieldsync_config and
core/qfieldsync_layer_config read and write them); this page only maps widgets to the dataclasses.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Dict, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsFieldExpressionWidget, QgsMapLayerConfigWidget, QgsMapLayerConfigWidgetFactory
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.qfieldsync_config import cable_actions, cloud_actions, layer_actions, set_layer_actions
from ..core.qfieldsync_layer_config import (
    LayerConfiguration,
    check_layer_configuration,
    parent_relations,
    read_layer_configuration,
    write_layer_configuration,
)
from .icons import icon
from .layer_options import LocksBox, TrackingBox
from .layers_table import fill_actions, scrolled


def _table(rows: int, headers) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setMaximumHeight(40 + 32 * max(rows, 1))
    return table


class LayerActionsPage(QgsMapLayerConfigWidget):
    """The layer's QField options; ``apply()`` stores them (nothing is stored when a value is refused)."""

    def __init__(self, layer: QgsMapLayer, canvas, parent: Optional[QWidget] = None,
                 project: Optional[QgsProject] = None) -> None:
        super().__init__(layer, canvas, parent)
        self.layer = layer
        self.project = project or QgsProject.instance()
        self.config = read_layer_configuration(layer, self.project)
        self.cable_combo = QComboBox()
        self.cloud_combo = QComboBox()
        cable, cloud = layer_actions(layer)
        fill_actions(self.cable_combo, cable_actions(layer), cable)
        fill_actions(self.cloud_combo, cloud_actions(layer), cloud)
        general = QGroupBox(tr("Packaging"))
        form = QFormLayout(general)
        form.addRow(tr("Action for cable export"), self.cable_combo)
        form.addRow(tr("Action for QFieldCloud"), self.cloud_combo)
        note = QLabel(tr("Stored in the project the same way QFieldSync stores it, so both plugins share it."))
        note.setWordWrap(True)
        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(general)
        column.addWidget(note)
        self.locks_box: Optional[LocksBox] = None
        self.tracking_box: Optional[TrackingBox] = None
        if isinstance(layer, QgsVectorLayer):
            column.addWidget(self._forms_box(layer))
            self.locks_box = LocksBox(layer)
            self.locks_box.load(self.config)
            self.tracking_box = TrackingBox()
            self.tracking_box.load(self.config)
            column.addWidget(self.locks_box)
            column.addWidget(self.tracking_box)
        column.addStretch(1)
        area = scrolled(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)

    def _forms_box(self, layer: QgsVectorLayer) -> QGroupBox:
        """Attachment naming per attachment field, relationships, value maps and value relations."""
        self.naming_widgets: Dict[str, QgsFieldExpressionWidget] = {}
        self.naming_table = _table(len(self.config.attachment_naming), [tr("Attachment field"), tr("File name")])
        for row, (name, expression) in enumerate(self.config.attachment_naming.items()):
            self.naming_table.setItem(row, 0, QTableWidgetItem(name))
            widget = QgsFieldExpressionWidget()
            widget.setLayer(layer)
            widget.setExpression(expression)
            self.naming_widgets[name] = widget
            self.naming_table.setCellWidget(row, 1, widget)
        relations = {r.id(): r for r in parent_relations(self.project, layer)}
        self.relation_spins: Dict[str, QSpinBox] = {}
        self.relations_table = _table(len(relations), [tr("Relationship"), tr("Children shown before 'more'")])
        for row, (relation_id, relation) in enumerate(relations.items()):
            self.relations_table.setItem(row, 0, QTableWidgetItem(relation.name() or relation_id))
            spin = QSpinBox()
            spin.setRange(0, 1000)
            spin.setSpecialValueText(tr("All"))
            spin.setValue(self.config.relationship_maximum_visible.get(relation_id, 4))
            self.relation_spins[relation_id] = spin
            self.relations_table.setCellWidget(row, 1, spin)
        self.value_map_spin = QSpinBox()
        self.value_map_spin.setRange(0, 1000)
        self.value_map_spin.setSuffix(tr(" values"))
        self.value_map_spin.setSpecialValueText(tr("Never"))
        self.value_map_spin.setToolTip(tr("Value maps with up to this many values show buttons instead of a list"))
        self.value_map_spin.setValue(self.config.value_map_button_interface_threshold)
        self.value_relation_box = QCheckBox(tr("Allow adding features from value relation widgets"))
        self.value_relation_box.setChecked(self.config.allow_value_relation_feature_addition)
        tip = QLabel(tr("In file name expressions, {filename} and {extension} stand for the attachment's name "
                        "and extension."))
        tip.setWordWrap(True)
        box = QGroupBox(tr("Attachments, relationships and forms"))
        form = QFormLayout(box)
        form.addRow(self.naming_table)
        form.addRow(tip)
        form.addRow(self.relations_table)
        form.addRow(tr("Value map buttons up to"), self.value_map_spin)
        form.addRow(self.value_relation_box)
        self.naming_table.setVisible(bool(self.naming_widgets))
        tip.setVisible(bool(self.naming_widgets))
        self.relations_table.setVisible(bool(self.relation_spins))
        return box

    def edited(self) -> LayerConfiguration:
        """The layer options as edited."""
        if self.locks_box is None:
            return self.config
        return replace(
            self.config,
            attachment_naming={name: w.expression() for name, w in self.naming_widgets.items()},
            relationship_maximum_visible={rid: spin.value() for rid, spin in self.relation_spins.items()},
            value_map_button_interface_threshold=self.value_map_spin.value(),
            allow_value_relation_feature_addition=self.value_relation_box.isChecked(),
            **self.locks_box.edited(), **self.tracking_box.edited())

    def save(self) -> None:
        """Check, then store actions and options; ValueError (nothing stored) when a value is refused."""
        cable, cloud = self.cable_combo.currentData(), self.cloud_combo.currentData()
        config = self.edited()
        if self.locks_box is not None:
            check_layer_configuration(self.layer, config)
        set_layer_actions(self.layer, cable, cloud)
        if self.locks_box is not None:
            write_layer_configuration(self.layer, config)
            self.config = config

    def apply(self) -> None:  # noqa: D102 (QgsMapLayerConfigWidget API)
        try:
            self.save()
        except ValueError as err:
            QMessageBox.warning(self, tr("QField layer settings"), str(err))


class LayerActionsPageFactory(QgsMapLayerConfigWidgetFactory):
    """Adds the "QField" page to the properties of vector and raster layers."""

    def __init__(self) -> None:
        super().__init__(tr("QField"), icon("plugin"))

    def supportLayerPropertiesDialog(self) -> bool:  # noqa: N802,D102
        return True

    def supportsStyleDock(self) -> bool:  # noqa: N802,D102
        return False

    def supportsLayer(self, layer: QgsMapLayer) -> bool:  # noqa: N802,D102
        return isinstance(layer, (QgsVectorLayer, QgsRasterLayer))

    def createWidget(self, layer, canvas, dockWidget=True, parent=None):  # noqa: N802,N803,D102
        return LayerActionsPage(layer, canvas, parent)
