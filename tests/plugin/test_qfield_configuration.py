"""The QField project configuration dialog and layer page, driven through their real widgets.

The QFieldSync-configured fixture holds what libqfieldsync writes (project.py at
64cda3584f5de4bd210e3b1b307c9f76329dfbd3, layer.py at da97eaa2127cc175946d99017c93cf485358de3a;
see tests/fixtures/qfieldsync_project.py); what the dialog writes is checked in the saved .qgs,
with the entry types QgsProject records.
"""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProject, QgsProperty, QgsRectangle, QgsTextFormat
from qgis.PyQt.QtCore import QItemSelectionModel
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDialogButtonBox

from qfieldsync_plus.gui.layer_page import LayerActionsPage
from qfieldsync_plus.gui.layers_table import CABLE_COLUMN, CLOUD_COLUMN
from qfieldsync_plus.gui.project_options import color_text
from qfieldsync_plus.gui.project_page import ProjectConfigurationDialog, ProjectConfigurationPage
from tests.fixtures import qfieldsync_project as fixture

from .conftest import when_modal


def _open(path):
    project = QgsProject.instance()
    assert project.read(str(path))
    return project


@pytest.fixture
def survey(qgis_app, tmp_path):
    path = fixture.survey_project(tmp_path / "survey")
    yield path
    QgsProject.instance().clear()


@pytest.fixture
def configured(qgis_app, tmp_path):
    path = fixture.qfieldsync_configured_project(tmp_path / "configured")
    yield path
    QgsProject.instance().clear()


def _layer(name: str):
    return QgsProject.instance().mapLayersByName(name)[0]


def _fill_every_option(page: ProjectConfigurationPage) -> None:
    """Bulk-set two layers' actions, then set every option to a non-default value."""
    table = page.layers_table
    rows = [i for i, layer in enumerate(table.layers) if layer.name() in ("area", "ortho")]
    for row in rows:
        table.table.selectionModel().select(table.table.model().index(row, 0),
                                            QItemSelectionModel.Select | QItemSelectionModel.Rows)
    cable = [table.bulk_cable.itemData(i) for i in range(table.bulk_cable.count())]
    cloud = [table.bulk_cloud.itemData(i) for i in range(table.bulk_cloud.count())]
    assert cable == ["copy", "keep_existent", "no_action", "remove"]  # no offline copy of a raster
    assert cloud == ["no_action", "remove"]
    table.bulk_cable.setCurrentIndex(cable.index("keep_existent"))
    table.set_cable_button.click()
    table.bulk_cloud.setCurrentIndex(cloud.index("remove"))
    table.set_cloud_button.click()
    options = page.options
    options.base_map_box.setChecked(True)
    options.single_layer_radio.setChecked(True)
    options.base_map_layer_combo.setLayer(_layer("ortho"))
    options.base_map_theme_combo.setCurrentText("summer")
    options.tile_size_spin.setValue(256)
    options.min_zoom_spin.setValue(10)
    options.max_zoom_spin.setValue(16)
    options.initial_layer_combo.setLayer(_layer("apiary"))
    options.initial_mode_combo.setCurrentIndex(options.initial_mode_combo.findData("digitize"))
    options.digitizing_logs_combo.setLayer(_layer("logs"))
    options.form_wizard_box.setChecked(True)
    options.auto_push_box.setChecked(True)
    options.auto_push_spin.setValue(20)
    options.preference_combo.setCurrentIndex(options.preference_combo.findData("offline"))
    options.geofencing_box.setChecked(True)
    options.geofencing_layer_combo.setLayer(_layer("area"))
    options.geofencing_behavior_combo.setCurrentIndex(options.geofencing_behavior_combo.findData(2))
    options.prevent_digitizing_box.setChecked(True)
    options.max_image_spin.setValue(1600)
    options.force_stamping_box.setChecked(True)
    text_format = QgsTextFormat()
    text_format.setSize(14)
    options.font_button.setTextFormat(text_format)
    options.alignment_combo.setCurrentIndex(1)
    options.decoration_widget.setFilePath("stamp/logo.png")
    options.details_edit.setPlainText("[% @gnss_hdop %]")
    options.theme_combos["summer"].setLayer(_layer("area"))
    options.arrow_fill.setColor(QColor("#ff112233"))
    options.arrow_size.setCurrentIndex(options.arrow_size.findData("biggest"))
    options.cursor_outline.setColor(QColor("#80445566"))
    options.cursor_size.setCurrentIndex(options.cursor_size.findData("big"))
    page.only_aoi_box.setChecked(True)
    page.extent_box.setChecked(True)
    page.extent_box.setOutputExtentFromUser(QgsRectangle(738900, 5905900, 740100, 5906600), QgsProject.instance().crs())


def test_dialog_from_the_menu_writes_what_libqfieldsync_reads(plugin, survey):
    project = _open(survey)
    assert plugin.configure_action in plugin.menu.actions()
    failures = []

    def configure(dialog):
        try:
            assert isinstance(dialog, ProjectConfigurationDialog)
            _fill_every_option(dialog.page)
        except Exception as err:  # reported after the dialog closed
            failures.append(err)
            dialog.reject()
            return
        dialog.buttons.button(QDialogButtonBox.Ok).click()

    when_modal(configure)
    accepted = plugin.configure_project()
    assert not failures, failures
    assert accepted
    assert project.write()
    ids = fixture.layer_ids(project)
    entries = fixture.saved_entries(survey)
    font_type, font_xml = entries.pop("stampingFontStyle")
    assert font_type == "QString" and font_xml.startswith("<text-style") and 'fontSize="14"' in font_xml
    assert entries.pop("areaOfInterest")[1].upper().startswith("POLYGON")
    assert entries == {
        "areaOfInterestCrs": ("QString", "EPSG:3857"), "offlineCopyOnlyAoi": ("bool", "true"),
        "createBaseMap": ("bool", "true"), "baseMapType": ("QString", "singleLayer"),
        "baseMapLayer": ("QString", ids["ortho"]), "baseMapTheme": ("QString", "summer"),
        "baseMapTileSize": ("int", "256"), "baseMapTilesMinZoomLevel": ("int", "10"),
        "baseMapTilesMaxZoomLevel": ("int", "16"), "digitizingLogsLayer": ("QString", ids["logs"]),
        "initialActiveLayer": ("QString", ids["apiary"]), "initialMapMode": ("QString", "digitize"),
        "geofencingIsActive": ("bool", "true"), "geofencingLayer": ("QString", ids["area"]),
        "geofencingBehavior": ("int", "2"), "geofencingShouldPreventDigitizing": ("bool", "true"),
        "forceStamping": ("bool", "true"), "stampingHorizontalAlignment": ("int", "1"),
        "stampingImageDecoration": ("QString", "stamp/logo.png"),
        "stampingDetailsTemplate": ("QString", "[% @gnss_hdop %]"), "maximumImageWidthHeight": ("int", "1600"),
        "forceAutoPush": ("bool", "true"), "forceAutoPushIntervalMins": ("int", "20"),
        "mapThemesActiveLayers": ("QString", json.dumps({"summer": ids["area"], "winter": ""})),
        "layerActionPreference": ("QString", "offline"), "featureFormWizardModeEnabled": ("bool", "true"),
        "locationArrowFillColor": ("QString", "#ff112233"), "locationArrowOutlineColor": ("QString", ""),
        "locationArrowSize": ("QString", "biggest"), "coordinateCursorFillColor": ("QString", ""),
        "coordinateCursorOutlineColor": ("QString", "#80445566"), "coordinateCursorSize": ("QString", "big"),
    }
    for name, cable, cloud in (("area", "keep_existent", "remove"), ("ortho", "keep_existent", "remove"),
                               ("apiary", "copy", "offline")):
        props = fixture.saved_layer_properties(survey, name)
        assert props["QFieldSync/action"] == ("QString", cable)
        assert props["QFieldSync/cloud_action"] == ("QString", cloud)


def test_dialog_cancel_writes_nothing(plugin, survey):
    project = _open(survey)
    when_modal(lambda dialog: (_fill_every_option(dialog.page), dialog.reject()))
    assert not plugin.configure_project()
    assert project.entryList("qfieldsync", "/") == []
    assert _layer("area").customProperty("QFieldSync/action") is None


def test_a_qfieldsync_configured_project_shows_its_settings(configured, qgis_canvas):
    project = _open(configured)
    page = ProjectConfigurationPage(project, qgis_canvas)
    options = page.options
    assert page.layers_table.combo("apiary", CABLE_COLUMN).currentData() == "offline"
    assert page.layers_table.combo("apiary", CLOUD_COLUMN).currentData() == "offline"
    assert page.only_aoi_box.isChecked()
    assert options.base_map_box.isChecked() and options.map_theme_radio.isChecked()
    assert options.base_map_theme_combo.currentText() == "winter"
    assert options.base_map_layer_combo.currentLayer().name() == "ortho"
    assert options.tile_size_spin.value() == 512
    assert (options.min_zoom_spin.value(), options.max_zoom_spin.value()) == (12, 17)
    assert options.digitizing_logs_combo.currentLayer().name() == "logs"
    assert options.initial_layer_combo.currentLayer().name() == "apiary"
    assert options.initial_mode_combo.currentData() == "digitize"
    assert options.form_wizard_box.isChecked()
    assert options.auto_push_box.isChecked() and options.auto_push_spin.value() == 15
    assert options.preference_combo.currentData() == "online"
    assert options.geofencing_box.isChecked() and options.geofencing_layer_combo.currentLayer().name() == "area"
    assert options.geofencing_behavior_combo.currentData() == 3 and options.prevent_digitizing_box.isChecked()
    assert options.max_image_spin.value() == 1920 and options.force_stamping_box.isChecked()
    assert not options.font_button.textFormat().isValid()
    assert options.alignment_combo.currentData() == 2
    assert options.decoration_widget.filePath() == "logo.png"
    assert options.details_edit.toPlainText() == fixture.STAMP_TEMPLATE
    assert options.theme_combos["summer"].currentLayer().name() == "apiary"
    assert options.theme_combos["winter"].currentLayer() is None
    assert [color_text(b) for b in (options.arrow_fill, options.arrow_outline, options.cursor_fill,
                                    options.cursor_outline)] == ["#80ff0000", "#ff0000ff", "#ff00ff00", ""]
    assert (options.arrow_size.currentData(), options.cursor_size.currentData()) == ("big", "tiny")
    before = fixture.saved_entries(configured)
    page.save()  # OK without a change keeps every entry QFieldSync wrote, with its type
    assert project.write()
    after = fixture.saved_entries(configured)
    assert {key: after[key] for key in before} == before


def test_layer_page_shows_and_writes_locks_tracking_and_forms(configured, qgis_canvas):
    project = _open(configured)
    apiary = _layer("apiary")
    page = LayerActionsPage(apiary, qgis_canvas)
    locks = page.locks_box.rows
    assert locks["feature_addition"][0].isChecked() and locks["feature_deletion"][0].isChecked()
    attribute_lock = locks["attribute_editing"][1].toProperty()
    assert attribute_lock.isActive() and attribute_lock.asExpression() == fixture.ATTRIBUTE_LOCK
    tracking = page.tracking_box
    assert tracking.isChecked() and tracking.time_box.isChecked() and tracking.time_spin.value() == 45
    assert tracking.measurement_combo.currentIndex() == 3 and tracking.safeguard_spin.value() == 250
    assert page.naming_widgets["recording"].expression() == fixture.RECORDING_NAMING
    assert page.relation_spins[fixture.RELATION_ID].value() == 7
    assert page.value_map_spin.value() == 5 and page.value_relation_box.isChecked()

    locks["geometry_editing"][0].setChecked(True)
    locks["feature_deletion"][1].setToProperty(QgsProperty.fromExpression("\"name\" = 'old'"))
    locks["attribute_editing"][1].setToProperty(QgsProperty())
    tracking.distance_box.setChecked(True)
    tracking.distance_spin.setValue(20)
    tracking.sensor_box.setChecked(False)
    tracking.measurement_combo.setCurrentIndex(5)
    page.naming_widgets["photo"].setExpression("'DCIM/' || \"name\" || '.{extension}'")
    page.relation_spins[fixture.RELATION_ID].setValue(2)
    page.value_map_spin.setValue(9)
    page.value_relation_box.setChecked(False)
    page.cloud_combo.setCurrentIndex(page.cloud_combo.findData("no_action"))
    page.apply()
    assert project.write()
    props = fixture.saved_layer_properties(configured, "apiary")
    assert props["QFieldSync/cloud_action"] == ("QString", "no_action")
    assert props["QFieldSync/is_geometry_editing_locked"] == ("bool", "true")
    assert props["QFieldSync/is_feature_deletion_locked_expression_active"] == ("bool", "true")
    assert props["QFieldSync/feature_deletion_locked_expression"] == ("QString", "\"name\" = 'old'")
    assert "QFieldSync/is_attribute_editing_locked_expression_active" not in props
    assert "QFieldSync/allow_value_relation_feature_addition" not in props
    assert "QFieldSync/tracking_sensor_data_requirement_active" not in props
    assert props["QFieldSync/tracking_distance_requirement_active"] == ("bool", "true")
    assert props["QFieldSync/tracking_distance_requirement_minimum_meters"] == ("int", "20")
    assert props["QFieldSync/tracking_measurement_type"] == ("int", "5")
    assert props["QFieldSync/value_map_button_interface_threshold"] == ("int", "9")
    assert json.loads(props["QFieldSync/relationship_maximum_visible"][1]) == {fixture.RELATION_ID: 2}
    naming = json.loads(props["QFieldSync/attachment_naming"][1])
    assert naming["photo"] == "'DCIM/' || \"name\" || '.{extension}'"
    assert json.loads(props["QFieldSync/photo_naming"][1]) == {"photo": naming["photo"]}  # QField < 2.7

    again = LayerActionsPage(apiary, qgis_canvas)
    assert again.edited() == page.edited()


def test_layer_page_reads_the_legacy_geometry_lock(qgis_app, tmp_path, qgis_canvas):
    _open(fixture.legacy_configured_project(tmp_path / "legacy"))
    try:
        page = LayerActionsPage(_layer("apiary"), qgis_canvas)
        for name in ("feature_addition", "geometry_editing", "feature_deletion"):
            check, button = page.locks_box.rows[name]
            assert check.isChecked() and button.toProperty().asExpression() == "\"name\" = 'hive 1'"
        assert not page.locks_box.rows["attribute_editing"][0].isChecked()
        assert page.naming_widgets["photo"].expression() == fixture.PHOTO_NAMING
    finally:
        QgsProject.instance().clear()


def test_dialog_fits_a_small_screen(configured, qgis_canvas, tmp_path):
    dialog = ProjectConfigurationDialog(_open(configured), qgis_canvas)
    dialog.show()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dialog.width() <= 1366 and dialog.height() <= 700
    shot = tmp_path / "configuration.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 1000
    page = LayerActionsPage(_layer("apiary"), qgis_canvas)
    assert page.minimumSizeHint().width() <= 700
    dialog.close()


def test_an_untouched_area_of_interest_keeps_its_shape(survey, qgis_canvas):
    project = _open(survey)
    triangle = "Polygon ((739000 5906000, 740000 5906000, 739500 5906500, 739000 5906000))"
    project.writeEntry("qfieldsync", "/areaOfInterest", triangle)
    project.writeEntry("qfieldsync", "/areaOfInterestCrs", "EPSG:3857")
    page = ProjectConfigurationPage(project, qgis_canvas)
    assert page.extent_box.isChecked()
    page.save()
    assert project.readEntry("qfieldsync", "/areaOfInterest")[0] == triangle
    page.extent_box.setOutputExtentFromUser(QgsRectangle(738900, 5905900, 740100, 5906600), project.crs())
    page.save()
    assert project.readEntry("qfieldsync", "/areaOfInterest")[0].upper().replace("POLYGON ((", "POLYGON((").startswith("POLYGON((738900")


def test_layer_action_preference_sets_the_cloud_actions(survey, qgis_canvas):
    page = ProjectConfigurationPage(_open(survey), qgis_canvas)
    table, combo = page.layers_table, page.options.preference_combo
    table.combo("logs", CLOUD_COLUMN).setCurrentIndex(table.combo("logs", CLOUD_COLUMN).findData("remove"))
    combo.setCurrentIndex(combo.findData("online"))
    cloud = {layer.name(): table.combo(layer.name(), CLOUD_COLUMN).currentData() for layer in table.layers}
    assert cloud == {"apiary": "no_action", "area": "no_action", "logs": "remove", "ortho": "no_action",
                     "visits": "no_action"}
    combo.setCurrentIndex(combo.findData("offline"))
    cloud = {layer.name(): table.combo(layer.name(), CLOUD_COLUMN).currentData() for layer in table.layers}
    assert cloud == {"apiary": "offline", "area": "offline", "logs": "remove", "ortho": "no_action",
                     "visits": "offline"}
