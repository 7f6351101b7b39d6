"""QFieldSync's project entries and layer custom properties, read and written without widgets.

The fixtures write what libqfieldsync writes, as of the commits named in
tests/fixtures/qfieldsync_project.py (project.py 64cda3584f5de4bd210e3b1b307c9f76329dfbd3,
layer.py da97eaa2127cc175946d99017c93cf485358de3a).
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields, replace

import pytest
from qgis.core import QgsProject

from qfieldsync_plus.core.qfieldsync_config import (
    ProjectConfiguration,
    read_project_configuration,
    write_project_configuration,
)
from qfieldsync_plus.core.qfieldsync_layer_config import (
    LayerConfiguration,
    Lock,
    read_layer_configuration,
    write_layer_configuration,
)
from tests.fixtures import qfieldsync_project as fixture


def _open(path) -> QgsProject:
    project = QgsProject()
    assert project.read(str(path))
    return project




@pytest.fixture
def configured(qgis_app, tmp_path):
    return fixture.qfieldsync_configured_project(tmp_path / "configured")


def test_unset_project_reads_libqfieldsyncs_defaults(qgis_app):
    config = read_project_configuration(QgsProject())
    assert config == ProjectConfiguration()
    assert (config.base_map_tile_size, config.base_map_tiles_min_zoom_level, config.base_map_tiles_max_zoom_level,
            config.force_auto_push_interval_mins, config.geofencing_behavior, config.initial_map_mode,
            config.location_arrow_size, config.base_map_type) == (1024, 14, 14, 30, 1, "browse", "normal",
                                                                  "singleLayer")


def test_a_project_configured_by_qfieldsync_reads_the_same(configured):
    project = _open(configured)
    ids = fixture.layer_ids(project)
    config = read_project_configuration(project)
    expected = fixture.qfieldsync_entries(ids)
    by_key = {f.metadata["key"]: getattr(config, f.name) for f in fields(ProjectConfiguration)}
    assert by_key == {k: v for k, v in expected.items() if k != "/offlineCopyOnlyAoi"}
    layer = read_layer_configuration(project.mapLayersByName("apiary")[0], project)
    assert layer.attachment_naming == {"photo": fixture.PHOTO_NAMING, "recording": fixture.RECORDING_NAMING}
    assert layer.relationship_maximum_visible == {fixture.RELATION_ID: 7}
    assert layer.feature_addition == Lock(True, False, "")
    assert layer.attribute_editing == Lock(False, True, fixture.ATTRIBUTE_LOCK)
    assert layer.geometry_editing == Lock()
    assert layer.feature_deletion == Lock(True, False, "")
    assert (layer.value_map_button_interface_threshold, layer.allow_value_relation_feature_addition) == (5, True)
    assert (layer.tracking_session_active, layer.tracking_time_requirement_active,
            layer.tracking_time_requirement_interval_seconds, layer.tracking_distance_requirement_active,
            layer.tracking_distance_requirement_minimum_meters, layer.tracking_sensor_data_requirement_active,
            layer.tracking_all_requirements_active, layer.tracking_erroneous_distance_safeguard_active,
            layer.tracking_erroneous_distance_safeguard_maximum_meters,
            layer.tracking_measurement_type) == (True, True, 45, False, 12, True, False, True, 250, 3)


def test_what_we_write_is_what_qfieldsync_writes(configured, tmp_path):
    """Writing the configuration read from QFieldSync's project stores the same entries, same types."""
    ours = _open(configured)
    project_config = read_project_configuration(ours)
    apiary = ours.mapLayersByName("apiary")[0]
    layer_config = read_layer_configuration(apiary, ours)
    assert ours.removeEntry("qfieldsync", "/")
    for key in apiary.customPropertyKeys():
        apiary.removeCustomProperty(key)
    write_project_configuration(ours, project_config)
    write_layer_configuration(apiary, layer_config)
    ours_path = tmp_path / "ours.qgs"
    assert ours.write(str(ours_path))
    expected = fixture.saved_entries(configured)
    del expected["offlineCopyOnlyAoi"]  # an area-of-interest setting (ProjectSettings), written with it
    assert fixture.saved_entries(ours_path) == expected
    theirs_props = fixture.saved_layer_properties(configured, "apiary")
    ours_props = fixture.saved_layer_properties(ours_path, "apiary")
    for key in ("QFieldSync/action", "QFieldSync/cloud_action"):  # actions are written by set_layer_actions
        theirs_props.pop(key)
    assert ours_props == theirs_props
    assert ours_props["QFieldSync/is_feature_addition_locked"] == ("bool", "true")
    assert ours_props["QFieldSync/tracking_measurement_type"] == ("int", "3")
    assert "QFieldSync/is_attribute_editing_locked" not in ours_props


def test_legacy_keys_are_read_and_replaced(qgis_app, tmp_path):
    path = fixture.legacy_configured_project(tmp_path / "legacy")
    assert fixture.saved_entries(path)["createBaseMap"] == ("int", "1")  # old QFieldSync: writeEntry(bool)
    project = _open(path)
    config = read_project_configuration(project)
    assert config.create_base_map and config.force_auto_push
    apiary = project.mapLayersByName("apiary")[0]
    layer = read_layer_configuration(apiary, project)
    assert layer.attachment_naming["photo"] == fixture.PHOTO_NAMING  # from photo_naming
    assert layer.attachment_naming["recording"].startswith("'audio/apiary_' || format_date(now()")  # default
    legacy = Lock(True, True, "\"name\" = 'hive 1'")
    assert (layer.feature_addition, layer.geometry_editing, layer.feature_deletion) == (legacy, legacy, legacy)
    assert layer.attribute_editing == Lock()
    write_layer_configuration(apiary, layer)
    keys = set(apiary.customPropertyKeys())
    assert not keys & {"QFieldSync/is_geometry_locked", "QFieldSync/is_geometry_locked_expression_active",
                       "QFieldSync/geometry_locked_expression"}
    assert apiary.customProperty("QFieldSync/is_geometry_editing_locked") is True
    assert json.loads(apiary.customProperty("QFieldSync/photo_naming")) == {"photo": fixture.PHOTO_NAMING}
    assert read_layer_configuration(apiary, project) == layer


def test_unknown_choices_read_as_libqfieldsync_reads_them(qgis_app):
    project = QgsProject()
    project.writeEntry("qfieldsync", "/baseMapType", "somethingElse")
    project.writeEntry("qfieldsync", "/initialMapMode", "fly")
    project.writeEntry("qfieldsync", "/locationArrowSize", "huge")
    project.writeEntry("qfieldsync", "/mapThemesActiveLayers", "{not json")
    config = read_project_configuration(project)
    assert (config.base_map_type, config.initial_map_mode, config.location_arrow_size,
            config.map_themes_active_layer) == ("mapTheme", "browse", "normal", {})


@pytest.mark.parametrize("change, message", [
    ({"base_map_tiles_min_zoom_level": 18, "base_map_tiles_max_zoom_level": 12}, "zoom levels"),
    ({"geofencing_behavior": 7}, "geofencing_behavior"),
    ({"location_arrow_fill_color": "not-a-colour"}, "location_arrow_fill_color"),
    ({"force_auto_push_interval_mins": 0}, "auto-push"),
])
def test_bad_project_values_are_refused_and_nothing_is_written(qgis_app, change, message):
    project = QgsProject()
    with pytest.raises(ValueError, match=message):
        write_project_configuration(project, replace(ProjectConfiguration(create_base_map=True), **change))
    assert project.entryList("qfieldsync", "/") == []


def test_bad_lock_expression_is_refused_and_nothing_is_written(configured):
    project = _open(configured)
    apiary = project.mapLayersByName("apiary")[0]
    before = {k: apiary.customProperty(k) for k in apiary.customPropertyKeys()}
    config = read_layer_configuration(apiary, project)
    broken = replace(config, tracking_session_active=False, geometry_editing=Lock(False, True, '"name" = ('))
    with pytest.raises(ValueError, match='Layer "apiary": the expression for geometry editing is not valid'):
        write_layer_configuration(apiary, broken)
    assert {k: apiary.customProperty(k) for k in apiary.customPropertyKeys()} == before


def test_raster_layers_have_only_defaults(configured):
    project = _open(configured)
    assert asdict(read_layer_configuration(project.mapLayersByName("ortho")[0], project)) == asdict(
        LayerConfiguration())
