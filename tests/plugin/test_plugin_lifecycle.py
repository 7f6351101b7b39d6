"""Load, unload and reload leave nothing behind; each menu action does its job."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QLineEdit, QMenu, QToolBar

from qfieldsync_plus.core.jobs.job import FINISHED, PACKAGE, PROCESS_PROJECTFILE

from .conftest import wait_until, when_modal as _when_modal


def _menus(iface):
    return [a.menu() for a in iface.mainWindow().menuBar().actions() if a.menu() is not None]


def _our_toolbars(iface):
    return [t for t in iface.mainWindow().findChildren(QToolBar) if t.objectName() == "QFieldSyncPlusToolbar"]


def test_init_gui_adds_menu_toolbar_dock_provider(plugin, qgis_iface):
    menu = next(m for m in _menus(qgis_iface) if m.objectName() == "QFieldSyncPlusMenu")
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Check project", "Package for QField", "Synchronize from QField…", "Apply changes…",
                     "QFieldCloud projects…", "Upload to QFieldCloud", "Synchronize with QFieldCloud",
                     "Apply the cloud's pending changes here", "Sign in to QFieldCloud…", "Jobs panel",
                     "QField project configuration…", "Settings…"]
    assert len(_our_toolbars(qgis_iface)) == 1
    assert QgsApplication.processingRegistry().providerById("qfieldsync_plus") is not None
    assert plugin.dock.windowTitle() == "QField jobs"
    qgis_iface.registerMapLayerConfigWidgetFactory.assert_called_with(plugin.layer_factory)
    qgis_iface.registerProjectPropertiesWidgetFactory.assert_called_with(plugin.project_factory)
    qgis_iface.registerOptionsWidgetFactory.assert_called_with(plugin.options_factory)


def test_unload_and_reload_leave_nothing_behind(plugin, qgis_iface):
    from qfieldsync_plus import classFactory

    dock = plugin.dock
    plugin.unload()
    QgsApplication.processEvents()
    assert not [m for m in _menus(qgis_iface) if m.objectName() == "QFieldSyncPlusMenu"]
    assert QgsApplication.processingRegistry().providerById("qfieldsync_plus") is None
    assert not dock.timer.isActive()
    qgis_iface.unregisterMapLayerConfigWidgetFactory.assert_called_with(plugin.layer_factory)
    qgis_iface.unregisterOptionsWidgetFactory.assert_called_with(plugin.options_factory)
    qgis_iface.unregisterProjectPropertiesWidgetFactory.assert_called_with(plugin.project_factory)
    again = classFactory(qgis_iface)
    again.initGui()
    assert len([m for m in _menus(qgis_iface) if m.objectName() == "QFieldSyncPlusMenu"]) == 1
    assert QgsApplication.processingRegistry().providerById("qfieldsync_plus") is not None
    again.unload()
    QgsApplication.processEvents()
    assert QgsApplication.processingRegistry().providerById("qfieldsync_plus") is None
    assert not [t for t in _our_toolbars(qgis_iface) if t.parent() is not None]


def test_check_action_runs_the_job_and_the_dock_shows_layers(plugin, opened_bees):
    plugin.check_action.trigger()
    store = plugin.controller.runner().store
    wait_until(lambda: bool(store.list()) and store.list()[0].is_finished)
    job = store.list()[0]
    assert (job.type, job.status) == (PROCESS_PROJECTFILE, FINISHED)
    assert not plugin.dock.isHidden()
    plugin.dock.refresh()
    state = plugin.dock.visible_state()
    assert state["selected_job_id"] == job.id
    assert sorted(row[:3] for row in state["layer_rows"]) == [["ok", "apiary", "ogr"], ["ok", "area", "ogr"]]


def test_the_message_bar_reports_how_a_job_ended(plugin, opened_bees, qgis_iface):
    qgis_iface.messageBar().clear_messages()
    job_id = plugin.check_project()
    wait_until(lambda: not plugin.controller.is_running(job_id))
    assert "Check project finished." in qgis_iface.messageBar().get_messages(Qgis.Success)[-1]


def test_check_without_a_saved_project_says_so(plugin, qgis_iface):
    QgsProject.instance().clear()
    qgis_iface.messageBar().clear_messages()
    assert plugin.check_project() is None
    assert any("Save the project first" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
    assert plugin.controller.runner().store.list() == []


def test_package_action_asks_for_a_folder_and_packages_there(plugin, opened_bees, tmp_path):
    target = tmp_path / "export" / "bees"

    def choose(dialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        dialog.accept()

    target.mkdir(parents=True)
    _when_modal(choose)
    job_id = plugin.package_project()
    store = plugin.controller.runner().store
    wait_until(lambda: not plugin.controller.running_ids(), timeout=120)
    job = store.get(job_id)
    assert job.type == PACKAGE
    assert (job.params["mode"], job.params["package_dir"], job.params["aoi_only"]) == ("cable", str(target), False)
    assert job.status == FINISHED, job.feedback
    assert (target / "bees_qfield.qgs").is_file()
    plugin.dock.refresh()
    plugin.dock.select_job(job_id)
    assert plugin.dock.open_folder_action.isEnabled()


def test_jobs_panel_action_toggles_the_dock(plugin):
    plugin.iface.mainWindow().show()
    plugin.dock.hide()
    plugin.jobs_action.trigger()
    assert plugin.dock.isVisible()
    assert plugin.jobs_action.isChecked()
    plugin.jobs_action.trigger()
    assert not plugin.dock.isVisible()
    assert not plugin.jobs_action.isChecked()


def test_menu_is_a_real_qmenu(plugin):
    assert isinstance(plugin.menu, QMenu)
    assert plugin.menu.title() == "QFieldSync+"
