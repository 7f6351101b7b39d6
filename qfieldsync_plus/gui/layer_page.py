"""Layer properties page "QField": the layer's cable and cloud action (QFieldSync's custom properties)."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsMapLayer, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsMapLayerConfigWidget, QgsMapLayerConfigWidgetFactory
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ..core.i18n import tr
from ..core.qfieldsync_config import action_label, cable_actions, cloud_actions, layer_actions, set_layer_actions
from .icons import icon


def _fill(combo: QComboBox, actions, current: str) -> None:
    combo.clear()
    for action in actions:
        combo.addItem(action_label(action), action)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class LayerActionsPage(QgsMapLayerConfigWidget):
    """Two combo boxes with only the actions valid for this layer; ``apply()`` stores them."""

    def __init__(self, layer: QgsMapLayer, canvas, parent: Optional[QWidget] = None) -> None:
        super().__init__(layer, canvas, parent)
        self.layer = layer
        self.cable_combo = QComboBox()
        self.cloud_combo = QComboBox()
        cable, cloud = layer_actions(layer)
        _fill(self.cable_combo, cable_actions(layer), cable)
        _fill(self.cloud_combo, cloud_actions(layer), cloud)
        note = QLabel(tr("Stored in the project the same way QFieldSync stores it, so both plugins share it."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Action for cable export"), self.cable_combo)
        form.addRow(tr("Action for QFieldCloud"), self.cloud_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def apply(self) -> None:  # noqa: D102 (QgsMapLayerConfigWidget API)
        set_layer_actions(self.layer, self.cable_combo.currentData(), self.cloud_combo.currentData())


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
