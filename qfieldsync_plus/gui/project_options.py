"""Widgets for QField's project options (base map, field work, geofencing, images, navigation).

They only show a ProjectConfiguration (``load``) and give back the edited one (``edited``); the
core reads and writes the project entries.
"""

from __future__ import annotations

from typing import Dict, Optional

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsReadWriteContext, QgsTextFormat
from qgis.gui import QgsColorButton, QgsFileWidget, QgsFontButton, QgsMapLayerComboBox
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core.i18n import tr
from ..core.qfieldsync_config import BASE_MAP_SINGLE_LAYER, BASE_MAP_THEME, ProjectConfiguration


def layer_combo(project: QgsProject, filters, allow_empty: bool = True) -> QgsMapLayerComboBox:
    """A layer combo over ``project`` (QGIS < 3.24: the current project) showing ``filters`` layers."""
    combo = QgsMapLayerComboBox()
    combo.setAllowEmptyLayer(allow_empty)
    if hasattr(combo, "setProject"):
        combo.setProject(project)
    combo.setFilters(filters)
    return combo


def spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    """An integer spin box."""
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


def choice_combo(items) -> QComboBox:
    """A combo of (label, stored value) pairs."""
    combo = QComboBox()
    for label, value in items:
        combo.addItem(label, value)
    return combo


def select_data(combo: QComboBox, value) -> None:
    """Select the entry holding ``value`` (the first one when none does)."""
    combo.setCurrentIndex(max(0, combo.findData(value)))


def layer_id(combo: QgsMapLayerComboBox) -> str:
    """The id of the chosen layer, or ""."""
    layer = combo.currentLayer()
    return layer.id() if layer is not None else ""


def color_button(title: str) -> QgsColorButton:
    """A colour button with opacity and a "no colour" (QField's default) entry."""
    button = QgsColorButton()
    button.setAllowOpacity(True)
    button.setShowNull(True)
    button.setColorDialogTitle(title)
    return button


def color_text(button: QgsColorButton) -> str:
    """The colour as QFieldSync stores it (#AARRGGBB), "" for none."""
    return "" if button.isNull() else button.color().name(QColor.HexArgb)


def show_color(button: QgsColorButton, text: str) -> None:
    """Show a stored colour ("" = QField's default)."""
    if text:
        button.setColor(QColor(text))
    else:
        button.setToNull()


def text_format_xml(button: QgsFontButton) -> str:
    """The font style as the XML QFieldSync stores, "" for QField's default style."""
    text_format = button.textFormat()
    if not text_format.isValid():
        return ""
    document = QDomDocument()
    document.appendChild(text_format.writeXml(document, QgsReadWriteContext()))
    return document.toString()


def show_text_format(button: QgsFontButton, xml: str, project: QgsProject) -> None:
    """Show a stored font style."""
    text_format = QgsTextFormat()
    if xml:
        document = QDomDocument()
        document.setContent(xml)
        context = QgsReadWriteContext()
        context.setPathResolver(project.pathResolver())
        text_format.readXml(document.documentElement(), context)
    button.setTextFormat(text_format)


class ProjectOptions:
    """The option widgets, grouped in pages: ``pages`` is a list of (title, widget)."""

    def __init__(self, project: QgsProject) -> None:
        self.project = project
        self.pages = [(tr("Base map"), self._base_map_page()), (tr("Field work"), self._field_work_page()),
                      (tr("Images"), self._images_page()),
                      (tr("Map themes"), self._map_themes_page()), (tr("Navigation"), self._navigation_page())]

    # pages -------------------------------------------------------------------------------------
    def _base_map_page(self) -> QWidget:
        self.base_map_box = QGroupBox(tr("Create a base map (rendered over the area of interest)"))
        self.base_map_box.setCheckable(True)
        self.single_layer_radio = QRadioButton(tr("Single layer"))
        self.map_theme_radio = QRadioButton(tr("Map theme"))
        self.base_map_layer_combo = layer_combo(self.project, QgsMapLayerProxyModel.Filter.RasterLayer)
        self.base_map_theme_combo = QComboBox()
        self.base_map_theme_combo.addItems(self.project.mapThemeCollection().mapThemes())
        self.tile_size_spin = spin(16, 8192, tr(" px"))
        self.min_zoom_spin = spin(0, 24)
        self.max_zoom_spin = spin(0, 24)
        form = QFormLayout(self.base_map_box)
        form.addRow(self.single_layer_radio, self.base_map_layer_combo)
        form.addRow(self.map_theme_radio, self.base_map_theme_combo)
        form.addRow(tr("Tile size"), self.tile_size_spin)
        form.addRow(tr("Lowest zoom level"), self.min_zoom_spin)
        form.addRow(tr("Highest zoom level"), self.max_zoom_spin)
        return self._page(self.base_map_box)

    def _field_work_page(self) -> QWidget:
        self.initial_layer_combo = layer_combo(self.project, QgsMapLayerProxyModel.Filter.VectorLayer)
        self.initial_mode_combo = choice_combo(((tr("Browse"), "browse"), (tr("Digitize"), "digitize")))
        self.digitizing_logs_combo = layer_combo(self.project, QgsMapLayerProxyModel.Filter.PointLayer)
        self.form_wizard_box = QCheckBox(tr("Show feature forms tab by tab (wizard mode)"))
        self.auto_push_box = QCheckBox(tr("Push changes to QFieldCloud automatically"))
        self.auto_push_spin = spin(1, 1440, tr(" min"))
        self.auto_push_box.toggled.connect(self.auto_push_spin.setEnabled)
        self.preference_combo = choice_combo(((tr("Not set"), ""), (tr("Prefer offline editing"), "offline"),
                                              (tr("Prefer direct access to online sources"), "online")))
        box = QGroupBox(tr("When QField opens the project"))
        form = QFormLayout(box)
        form.addRow(tr("Active layer"), self.initial_layer_combo)
        form.addRow(tr("Map mode"), self.initial_mode_combo)
        form.addRow(tr("Digitizing logs layer"), self.digitizing_logs_combo)
        form.addRow(self.form_wizard_box)
        form.addRow(self.auto_push_box, self.auto_push_spin)
        form.addRow(tr("Cloud layer action preference"), self.preference_combo)
        return self._page(box, self._geofencing_box())

    def _geofencing_box(self) -> QGroupBox:
        self.geofencing_box = QGroupBox(tr("Geofencing"))
        self.geofencing_box.setCheckable(True)
        self.geofencing_layer_combo = layer_combo(self.project, QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.geofencing_behavior_combo = choice_combo((
            (tr("Alert users when inside an area"), 1), (tr("Alert users when outside all areas"), 2),
            (tr("Inform users when entering and leaving an area"), 3)))
        self.prevent_digitizing_box = QCheckBox(tr("Prevent digitizing while alerted"))
        form = QFormLayout(self.geofencing_box)
        form.addRow(tr("Areas layer"), self.geofencing_layer_combo)
        form.addRow(tr("Behaviour"), self.geofencing_behavior_combo)
        form.addRow(self.prevent_digitizing_box)
        return self.geofencing_box

    def _images_page(self) -> QWidget:
        self.max_image_spin = spin(0, 20000, tr(" px"))
        self.max_image_spin.setSpecialValueText(tr("No restriction"))
        self.force_stamping_box = QCheckBox(tr("Stamp details on every photo taken"))
        self.font_button = QgsFontButton()
        self.font_button.setMode(QgsFontButton.Mode.ModeTextRenderer)
        self.font_button.setShowNullFormat(True)
        self.font_button.setNoFormatString(tr("Default font style"))
        self.alignment_combo = choice_combo(((tr("Left"), 0), (tr("Center"), 1), (tr("Right"), 2)))
        self.decoration_widget = QgsFileWidget()
        self.decoration_widget.setFilter(tr("Images (*.png *.jpg *.jpeg *.svg)"))
        self.details_edit = QPlainTextEdit()
        self.details_edit.setPlaceholderText(tr("Empty: QField's details (date, position, speed, orientation)."))
        self.details_edit.setMaximumHeight(90)
        box = QGroupBox(tr("Images"))
        form = QFormLayout(box)
        form.addRow(tr("Maximum width and height"), self.max_image_spin)
        form.addRow(self.force_stamping_box)
        form.addRow(tr("Stamp font"), self.font_button)
        form.addRow(tr("Stamp alignment"), self.alignment_combo)
        form.addRow(tr("Stamp image decoration"), self.decoration_widget)
        form.addRow(tr("Stamp details (expressions in [% %])"), self.details_edit)
        return self._page(box)

    def _map_themes_page(self) -> QWidget:
        themes = self.project.mapThemeCollection().mapThemes()
        self.themes_table = QTableWidget(len(themes), 2)
        self.themes_table.setHorizontalHeaderLabels([tr("Map theme"), tr("Active layer in QField")])
        self.themes_table.verticalHeader().setVisible(False)
        self.themes_table.horizontalHeader().setStretchLastSection(True)
        self.theme_combos: Dict[str, QgsMapLayerComboBox] = {}
        for row, theme in enumerate(themes):
            self.themes_table.setItem(row, 0, QTableWidgetItem(theme))
            self.theme_combos[theme] = layer_combo(self.project, QgsMapLayerProxyModel.Filter.VectorLayer)
            self.themes_table.setCellWidget(row, 1, self.theme_combos[theme])
        return self._page(self.themes_table)

    def _navigation_page(self) -> QWidget:
        sizes = ((tr("Tiny"), "tiny"), (tr("Normal"), "normal"), (tr("Big"), "big"), (tr("Biggest"), "biggest"))
        self.arrow_fill = color_button(tr("Location arrow fill colour"))
        self.arrow_outline = color_button(tr("Location arrow outline colour"))
        self.arrow_size = choice_combo(sizes)
        self.cursor_fill = color_button(tr("Coordinate cursor fill colour"))
        self.cursor_outline = color_button(tr("Coordinate cursor outline colour"))
        self.cursor_size = choice_combo(sizes)
        box = QGroupBox(tr("Location arrow and coordinate cursor"))
        form = QFormLayout(box)
        form.addRow(tr("Arrow fill colour"), self.arrow_fill)
        form.addRow(tr("Arrow outline colour"), self.arrow_outline)
        form.addRow(tr("Arrow size"), self.arrow_size)
        form.addRow(tr("Cursor fill colour"), self.cursor_fill)
        form.addRow(tr("Cursor outline colour"), self.cursor_outline)
        form.addRow(tr("Cursor size"), self.cursor_size)
        return self._page(box)

    @staticmethod
    def _page(*content: QWidget) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in content:
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    # mapping -----------------------------------------------------------------------------------
    def load(self, config: ProjectConfiguration) -> None:
        """Show ``config``."""
        layer = self.project.mapLayer
        self.base_map_box.setChecked(config.create_base_map)
        self.single_layer_radio.setChecked(config.base_map_type == BASE_MAP_SINGLE_LAYER)
        self.map_theme_radio.setChecked(config.base_map_type == BASE_MAP_THEME)
        self.base_map_layer_combo.setLayer(layer(config.base_map_layer))
        self.base_map_theme_combo.setCurrentIndex(self.base_map_theme_combo.findText(config.base_map_theme))
        self.tile_size_spin.setValue(config.base_map_tile_size)
        self.min_zoom_spin.setValue(config.base_map_tiles_min_zoom_level)
        self.max_zoom_spin.setValue(config.base_map_tiles_max_zoom_level)
        self.initial_layer_combo.setLayer(layer(config.initial_active_layer))
        select_data(self.initial_mode_combo, config.initial_map_mode)
        self.digitizing_logs_combo.setLayer(layer(config.digitizing_logs_layer))
        self.form_wizard_box.setChecked(config.feature_form_wizard_mode_enabled)
        self.auto_push_box.setChecked(config.force_auto_push)
        self.auto_push_spin.setValue(config.force_auto_push_interval_mins)
        self.auto_push_spin.setEnabled(config.force_auto_push)
        select_data(self.preference_combo, config.layer_action_preference)
        self.geofencing_box.setChecked(config.geofencing_is_active)
        self.geofencing_layer_combo.setLayer(layer(config.geofencing_layer))
        select_data(self.geofencing_behavior_combo, config.geofencing_behavior)
        self.prevent_digitizing_box.setChecked(config.geofencing_should_prevent_digitizing)
        self.max_image_spin.setValue(config.maximum_image_width_height)
        self.force_stamping_box.setChecked(config.force_stamping)
        show_text_format(self.font_button, config.stamping_font_style, self.project)
        select_data(self.alignment_combo, config.stamping_horizontal_alignment)
        self.decoration_widget.setFilePath(config.stamping_image_decoration)
        self.details_edit.setPlainText(config.stamping_details_template)
        for theme, combo in self.theme_combos.items():
            combo.setLayer(layer(config.map_themes_active_layer.get(theme, "")))
        for button, text in ((self.arrow_fill, config.location_arrow_fill_color),
                             (self.arrow_outline, config.location_arrow_outline_color),
                             (self.cursor_fill, config.coordinate_cursor_fill_color),
                             (self.cursor_outline, config.coordinate_cursor_outline_color)):
            show_color(button, text)
        select_data(self.arrow_size, config.location_arrow_size)
        select_data(self.cursor_size, config.coordinate_cursor_size)

    def edited(self, stored: Optional[ProjectConfiguration] = None) -> ProjectConfiguration:
        """The options as edited (``stored`` keeps the map themes this dialog does not list)."""
        themes = dict(stored.map_themes_active_layer) if stored else {}
        themes.update({theme: layer_id(combo) for theme, combo in self.theme_combos.items()})
        return ProjectConfiguration(
            create_base_map=self.base_map_box.isChecked(),
            base_map_type=BASE_MAP_SINGLE_LAYER if self.single_layer_radio.isChecked() else BASE_MAP_THEME,
            base_map_layer=layer_id(self.base_map_layer_combo),
            base_map_theme=self.base_map_theme_combo.currentText(),
            base_map_tile_size=self.tile_size_spin.value(),
            base_map_tiles_min_zoom_level=self.min_zoom_spin.value(),
            base_map_tiles_max_zoom_level=self.max_zoom_spin.value(),
            digitizing_logs_layer=layer_id(self.digitizing_logs_combo),
            initial_active_layer=layer_id(self.initial_layer_combo),
            initial_map_mode=self.initial_mode_combo.currentData(),
            geofencing_is_active=self.geofencing_box.isChecked(),
            geofencing_layer=layer_id(self.geofencing_layer_combo),
            geofencing_behavior=self.geofencing_behavior_combo.currentData(),
            geofencing_should_prevent_digitizing=self.prevent_digitizing_box.isChecked(),
            force_stamping=self.force_stamping_box.isChecked(),
            stamping_font_style=text_format_xml(self.font_button),
            stamping_horizontal_alignment=self.alignment_combo.currentData(),
            stamping_image_decoration=self.decoration_widget.filePath(),
            stamping_details_template=self.details_edit.toPlainText().strip(),
            maximum_image_width_height=self.max_image_spin.value(),
            force_auto_push=self.auto_push_box.isChecked(),
            force_auto_push_interval_mins=self.auto_push_spin.value(),
            map_themes_active_layer=themes,
            layer_action_preference=self.preference_combo.currentData(),
            feature_form_wizard_mode_enabled=self.form_wizard_box.isChecked(),
            location_arrow_fill_color=color_text(self.arrow_fill),
            location_arrow_outline_color=color_text(self.arrow_outline),
            location_arrow_size=self.arrow_size.currentData(),
            coordinate_cursor_fill_color=color_text(self.cursor_fill),
            coordinate_cursor_outline_color=color_text(self.cursor_outline),
            coordinate_cursor_size=self.cursor_size.currentData(),
        )
