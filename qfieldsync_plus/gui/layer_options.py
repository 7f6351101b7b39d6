"""Widgets for a layer's editing locks and tracking session (they map to/from LayerConfiguration)."""

from __future__ import annotations

from typing import Dict, Tuple

from qgis.core import QgsProperty, QgsPropertyDefinition, QgsVectorLayer
from qgis.gui import QgsPropertyOverrideButton
from qgis.PyQt.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox

from ..core.i18n import tr
from ..core.qfieldsync_layer_config import LayerConfiguration, Lock


def lock_labels() -> Dict[str, str]:
    """The user-facing name of each lock."""
    return {"feature_addition": tr("Lock feature addition"), "attribute_editing": tr("Lock attribute editing"),
            "geometry_editing": tr("Lock geometry editing"), "feature_deletion": tr("Lock feature deletion")}


class LocksBox(QGroupBox):
    """Per lock: a check box, and an expression button that decides it per feature when active."""

    def __init__(self, layer: QgsVectorLayer) -> None:
        super().__init__(tr("Editing locks in QField"))
        self.rows: Dict[str, Tuple[QCheckBox, QgsPropertyOverrideButton]] = {}
        grid = QGridLayout(self)
        for row, (name, label) in enumerate(lock_labels().items()):
            check, button = QCheckBox(label), QgsPropertyOverrideButton()
            definition = QgsPropertyDefinition(name, QgsPropertyDefinition.DataType.DataTypeBoolean, label, "")
            button.init(row, QgsProperty(), definition, layer, False)
            button.setVectorLayer(layer)
            button.setToolTip(tr("Lock only the features for which this expression is true"))
            grid.addWidget(check, row, 0)
            grid.addWidget(button, row, 1)
            self.rows[name] = (check, button)
        grid.setColumnStretch(2, 1)

    def load(self, config: LayerConfiguration) -> None:
        """Show the locks of ``config``."""
        for name, (check, button) in self.rows.items():
            lock: Lock = getattr(config, name)
            check.setChecked(lock.locked)
            prop = QgsProperty.fromExpression(lock.expression) if lock.expression else QgsProperty()
            prop.setActive(lock.expression_active and bool(lock.expression))
            button.setToProperty(prop)

    def edited(self) -> Dict[str, Lock]:
        """The locks as edited."""
        locks = {}
        for name, (check, button) in self.rows.items():
            prop = button.toProperty()
            locks[name] = Lock(check.isChecked(), prop.isActive(), prop.asExpression())
        return locks


def _spin(low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


class TrackingBox(QGroupBox):
    """QField's tracking session: started with the project when checked, with its requirements."""

    def __init__(self) -> None:
        super().__init__(tr("Tracking session"))
        self.setCheckable(True)
        self.time_box = QCheckBox(tr("Time requirement"))
        self.time_spin = _spin(1, 600, tr(" s"))
        self.distance_box = QCheckBox(tr("Distance requirement"))
        self.distance_spin = _spin(1, 1000, tr(" m"))
        self.sensor_box = QCheckBox(tr("Sensor data requirement"))
        self.all_box = QCheckBox(tr("Wait for all active requirements"))
        self.safeguard_box = QCheckBox(tr("Erroneous distance safeguard"))
        self.safeguard_spin = _spin(1, 1000, tr(" m"))
        self.measurement_combo = QComboBox()
        self.measurement_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.measurement_combo.setMinimumContentsLength(12)
        self.measurement_combo.addItems([
            tr("Elapsed time (seconds since start of tracking)"), tr("Timestamp (milliseconds since epoch)"),
            tr("Ground speed"), tr("Bearing"), tr("Horizontal accuracy"), tr("Vertical accuracy"),
            tr("PDOP"), tr("HDOP"), tr("VDOP")])
        grid = QGridLayout(self)
        intro = QLabel(tr("When checked, QField starts tracking into this layer when it opens the project."))
        intro.setWordWrap(True)
        grid.addWidget(intro, 6, 0, 1, 2)
        grid.addWidget(self.time_box, 0, 0)
        grid.addWidget(self.time_spin, 0, 1)
        grid.addWidget(self.distance_box, 1, 0)
        grid.addWidget(self.distance_spin, 1, 1)
        grid.addWidget(self.sensor_box, 2, 0, 1, 2)
        grid.addWidget(self.all_box, 3, 0, 1, 2)
        grid.addWidget(self.safeguard_box, 4, 0)
        grid.addWidget(self.safeguard_spin, 4, 1)
        measure = QHBoxLayout()
        measure.addWidget(QLabel(tr("Measure (M) value of vertices")))
        measure.addWidget(self.measurement_combo, 1)
        grid.addLayout(measure, 5, 0, 1, 2)

    def load(self, config: LayerConfiguration) -> None:
        """Show the tracking options of ``config``."""
        self.setChecked(config.tracking_session_active)
        self.time_box.setChecked(config.tracking_time_requirement_active)
        self.time_spin.setValue(config.tracking_time_requirement_interval_seconds)
        self.distance_box.setChecked(config.tracking_distance_requirement_active)
        self.distance_spin.setValue(config.tracking_distance_requirement_minimum_meters)
        self.sensor_box.setChecked(config.tracking_sensor_data_requirement_active)
        self.all_box.setChecked(config.tracking_all_requirements_active)
        self.safeguard_box.setChecked(config.tracking_erroneous_distance_safeguard_active)
        self.safeguard_spin.setValue(config.tracking_erroneous_distance_safeguard_maximum_meters)
        self.measurement_combo.setCurrentIndex(config.tracking_measurement_type)

    def edited(self) -> dict:
        """The tracking options as edited (LayerConfiguration field names)."""
        return {
            "tracking_session_active": self.isChecked(),
            "tracking_time_requirement_active": self.time_box.isChecked(),
            "tracking_time_requirement_interval_seconds": self.time_spin.value(),
            "tracking_distance_requirement_active": self.distance_box.isChecked(),
            "tracking_distance_requirement_minimum_meters": self.distance_spin.value(),
            "tracking_sensor_data_requirement_active": self.sensor_box.isChecked(),
            "tracking_all_requirements_active": self.all_box.isChecked(),
            "tracking_erroneous_distance_safeguard_active": self.safeguard_box.isChecked(),
            "tracking_erroneous_distance_safeguard_maximum_meters": self.safeguard_spin.value(),
            "tracking_measurement_type": self.measurement_combo.currentIndex(),
        }
