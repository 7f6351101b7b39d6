"""Layer, project and settings pages write where QFieldSync (and QFieldCloud's worker) read."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsRectangle, QgsSettings, QgsVectorLayer

from qfieldsync_plus.core import qfieldsync_config as config
from qfieldsync_plus.gui.layer_page import LayerActionsPage, LayerActionsPageFactory
from qfieldsync_plus.gui.project_page import ProjectConfigurationPage as ProjectSettingsPage
from qfieldsync_plus.gui.settings_page import SettingsPage
from qfieldsync_plus.settings import load_settings
from tests.cloud.conftest import unlocked_auth_db  # noqa: F401  (fixture)


@pytest.fixture
def apiary(opened_bees):
    return QgsProject.instance().mapLayersByName("apiary")[0]


def _xyz_layer() -> QgsRasterLayer:
    return QgsRasterLayer("type=xyz&url=http://127.0.0.1:9/{z}/{x}/{y}.png", "tiles", "wms")


def test_layer_page_offers_only_valid_actions_and_writes_qfieldsync_properties(apiary, qgis_canvas):
    page = LayerActionsPage(apiary, qgis_canvas)
    cable = [page.cable_combo.itemData(i) for i in range(page.cable_combo.count())]
    cloud = [page.cloud_combo.itemData(i) for i in range(page.cloud_combo.count())]
    assert cable == ["copy", "keep_existent", "no_action", "offline", "remove"]
    assert cloud == ["offline", "no_action", "remove"]
    assert (page.cable_combo.currentData(), page.cloud_combo.currentData()) == ("copy", "offline")
    page.cable_combo.setCurrentIndex(cable.index("offline"))
    page.cloud_combo.setCurrentIndex(cloud.index("remove"))
    page.apply()
    assert apiary.customProperty("QFieldSync/action") == "offline"
    assert apiary.customProperty("QFieldSync/cloud_action") == "remove"


def test_layer_page_reads_what_qfieldsync_wrote(apiary, qgis_canvas):
    apiary.setCustomProperty("QFieldSync/action", "keep_existent")
    apiary.setCustomProperty("QFieldSync/cloud_action", "no_action")
    page = LayerActionsPage(apiary, qgis_canvas)
    assert (page.cable_combo.currentData(), page.cloud_combo.currentData()) == ("keep_existent", "no_action")


def test_remote_raster_gets_no_file_or_offline_actions(qgis_app):
    layer = _xyz_layer()
    assert config.cable_actions(layer) == ["no_action", "remove"]
    assert config.cloud_actions(layer) == ["no_action", "remove"]
    assert config.layer_actions(layer) == ("no_action", "no_action")
    with pytest.raises(ValueError, match='"offline" is not valid for layer "tiles"'):
        config.set_layer_actions(layer, "offline", "no_action")
    assert layer.customProperty("QFieldSync/action") is None


def test_layer_page_factory_supports_vector_and_raster(qgis_app):
    factory = LayerActionsPageFactory()
    assert factory.supportsLayer(QgsVectorLayer("Point?crs=EPSG:4326", "m", "memory"))
    assert factory.supportsLayer(_xyz_layer())
    assert factory.supportLayerPropertiesDialog()


def test_project_page_writes_area_of_interest_and_folders(opened_bees, qgis_canvas):
    project = QgsProject.instance()
    page = ProjectSettingsPage(project, qgis_canvas)
    assert page.attachment_edit.toPlainText() == "DCIM"
    assert not page.extent_box.isChecked()
    page.extent_box.setChecked(True)
    page.extent_box.setOutputExtentFromUser(QgsRectangle(738900, 5905900, 740100, 5906600), project.crs())
    page.only_aoi_box.setChecked(True)
    page.attachment_edit.setPlainText("DCIM\nphotos/2024\n")
    page.data_dirs_edit.setPlainText("basemaps")
    page.apply()
    aoi, _ = project.readEntry("qfieldsync", "/areaOfInterest")
    assert aoi.upper().startswith("POLYGON") and "738900 5905900" in aoi
    assert project.readEntry("qfieldsync", "/areaOfInterestCrs")[0] == "EPSG:3857"
    assert project.readBoolEntry("qfieldsync", "/offlineCopyOnlyAoi")[0] is True
    assert project.readListEntry("QFieldSync", "attachmentDirs")[0] == ["DCIM", "photos/2024"]
    assert project.readListEntry("QFieldSync", "dataDirs")[0] == ["basemaps"]
    again = ProjectSettingsPage(project, qgis_canvas)
    assert again.extent_box.isChecked()
    assert again.edited().area_of_interest_crs == "EPSG:3857"


def test_project_settings_survive_a_save_and_reload(opened_bees):
    project = QgsProject.instance()
    config.write_project_settings(project, config.ProjectSettings(attachment_dirs=("DCIM", "audio")))
    assert project.write()
    reloaded = QgsProject()
    assert reloaded.read(str(opened_bees))
    assert config.read_project_settings(reloaded).attachment_dirs == ("DCIM", "audio")


def test_folders_outside_the_project_are_refused(opened_bees):
    project = QgsProject.instance()
    with pytest.raises(ValueError, match=r'"\.\./elsewhere"'):
        config.write_project_settings(project, config.ProjectSettings(attachment_dirs=("../elsewhere",)))
    assert project.readListEntry("QFieldSync", "attachmentDirs", [])[0] == []


def test_settings_page_stores_in_qgssettings(qgis_app, tmp_path):
    page = SettingsPage()
    assert page.check_on_save_box.isChecked()
    page.timeout_spin.setValue(120)
    page.cloud_url_edit.setText("http://127.0.0.1:8000/")
    page.data_folder_widget.setFilePath(str(tmp_path / "qfsp"))
    page.check_on_save_box.setChecked(False)
    page.apply()
    stored = load_settings()
    assert (stored.timeout_seconds, stored.cloud_url, stored.check_on_save) == (120, "http://127.0.0.1:8000/", False)
    assert QgsSettings().value("qfieldsync_plus/data_folder") == str(tmp_path / "qfsp")


def test_settings_page_sets_retention_and_cloud_request_limit(qgis_app, tmp_path):
    from qfieldsync_plus.core.cloud.session import REQUEST_DEADLINE_KEY, request_deadline_setting
    from qfieldsync_plus.core.runner.retention import Retention
    from qfieldsync_plus.settings import make_runner

    page = SettingsPage()
    assert (page.retention_days_spin.value(), page.retention_jobs_spin.value(), page.cloud_request_spin.value()) == (
        90, 1000, 120)
    page.data_folder_widget.setFilePath(str(tmp_path / "qfsp"))
    page.retention_days_spin.setValue(30)
    page.retention_jobs_spin.setValue(50)
    page.cloud_request_spin.setValue(45)
    page.apply()
    try:
        assert make_runner().store.retention() == Retention(days=30, jobs_per_project=50)  # the CLI reads it there
        assert request_deadline_setting() == 45
    finally:
        for key in ("qfieldsync_plus/retention_days", "qfieldsync_plus/retention_jobs_per_project",
                    REQUEST_DEADLINE_KEY, "qfieldsync_plus/data_folder"):
            QgsSettings().remove(key)


def test_settings_page_sets_the_cloud_connection_authcfg(unlocked_auth_db):
    from qgis.core import QgsAuthMethodConfig

    from qfieldsync_plus.core.cloud.session import CONNECTION_AUTHCFG_KEY, connection_authcfg_setting

    config = QgsAuthMethodConfig("Basic")
    config.setName("qfsp settings page test")
    config.setConfig("username", "field")
    assert unlocked_auth_db.storeAuthenticationConfig(config)
    page = SettingsPage()
    assert page.cloud_authcfg_select.configId() == ""
    page.cloud_authcfg_select.setConfigId(config.id())
    page.apply()
    try:
        assert connection_authcfg_setting() == config.id() == SettingsPage().cloud_authcfg_select.configId()
    finally:
        QgsSettings().remove(CONNECTION_AUTHCFG_KEY)
        unlocked_auth_db.removeAuthenticationConfig(config.id())
