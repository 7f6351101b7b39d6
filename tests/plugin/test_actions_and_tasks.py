"""The dialog-driven actions, cancelling a running job, and the check after saving."""

from __future__ import annotations

import json

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QLineEdit, QPushButton, QSpinBox

from qfieldsync_plus.core.jobs.job import DELTA_APPLY, FAILED, FINISHED, PACKAGE, PROCESS_PROJECTFILE, STOPPED
from qfieldsync_plus.settings import load_settings, make_runner
from qfieldsync_plus.tasks.auto_check import AutoCheck
from qfieldsync_plus.tasks.controller import JobController

from .conftest import wait_until, when_modal as _when_modal


def test_apply_changes_asks_for_a_deltafile_and_queues_delta_apply(plugin, opened_bees, tmp_path):
    deltafile = tmp_path / "deltas.json"
    deltafile.write_text(json.dumps({"version": "1.0", "id": "d", "project": "p", "deltas": []}))

    def choose(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(deltafile))
        dialog.accept()

    _when_modal(choose)
    job_id = plugin.choose_and_apply_deltas()
    assert job_id is not None
    job = plugin.controller.runner().store.get(job_id)
    assert job.type == DELTA_APPLY
    assert job.params["deltafile"] == str(deltafile)
    wait_until(lambda: plugin.controller.runner().store.get(job_id).is_finished)


def test_apply_changes_cancelled_dialog_queues_nothing(plugin, opened_bees):
    _when_modal(lambda dialog: dialog.reject())
    assert plugin.choose_and_apply_deltas() is None
    assert plugin.controller.runner().store.list() == []


def test_settings_action_stores_the_edited_settings(plugin):
    def edit(dialog):
        dialog.findChildren(QSpinBox)[0].setValue(321)
        dialog.accept()

    _when_modal(edit)
    assert plugin.show_settings()
    assert load_settings().timeout_seconds == 321
    assert plugin.controller.runner().settings.timeout_seconds == 321  # settings_changed reset the runner


def test_cancel_stops_the_child_and_the_job_ends_stopped(plugin, opened_bees):
    job_id = plugin.check_project()
    assert plugin.controller.is_running(job_id)
    wait_until(lambda: plugin.controller.runner().store.get(job_id).status in ("queued", "started"))
    plugin.dock.select_job(job_id)
    assert plugin.dock.cancel_action.isEnabled()
    plugin.dock.cancel_action.trigger()
    wait_until(lambda: not plugin.controller.is_running(job_id))
    job = plugin.controller.runner().store.get(job_id)
    assert job.status == STOPPED
    assert job.feedback["error_type"] == "CANCELLED"


def test_run_again_queues_a_new_job_with_the_same_parameters(plugin, opened_bees):
    first = plugin.check_project()
    wait_until(lambda: not plugin.controller.is_running(first))
    plugin.dock.refresh()
    plugin.dock.select_job(first)
    assert plugin.dock.run_again_action.isEnabled()
    plugin.dock.run_again_action.trigger()
    jobs = plugin.controller.runner().store.list()
    assert len(jobs) == 2 and jobs[0].id != first
    assert jobs[0].params["target"] == "local"
    assert jobs[0].params["output_dir"] != jobs[1].params["output_dir"]
    assert jobs[0].params["job_id"] == jobs[0].id
    wait_until(lambda: not plugin.controller.is_running(jobs[0].id))


def test_a_saved_project_is_checked_once_after_saves_settle(qgis_app, opened_bees):
    controller = JobController(make_runner)
    enabled = {"on": True}
    auto = AutoCheck(controller, lambda: enabled["on"], debounce_ms=300)
    try:
        for _ in range(3):
            assert QgsProject.instance().write()
        assert auto.is_scheduled()
        store = controller.runner().store
        wait_until(lambda: len(store.list()) == 1 and not controller.running_ids(), timeout=60)
        jobs = store.list()
        assert [j.type for j in jobs] == [PROCESS_PROJECTFILE]
        enabled["on"] = False
        assert QgsProject.instance().write()
        assert not auto.is_scheduled()
    finally:
        auto.stop()
        controller.cancel_all()
        wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0)


def test_pending_job_can_be_run_from_the_dock(plugin, opened_bees):
    runner = plugin.controller.runner()
    job = runner.submit(PROCESS_PROJECTFILE, str(opened_bees), {"target": "local"}).job
    plugin.dock.refresh()
    plugin.dock.select_job(job.id)
    assert plugin.dock.run_action.isEnabled()
    plugin.dock.run_action.trigger()
    store = runner.store
    wait_until(lambda: store.get(job.id).is_finished)
    assert store.get(job.id).status == "finished", store.get(job.id).feedback["error"]


def test_settings_dialog_cancel_keeps_settings(plugin):
    def cancel(dialog):
        assert isinstance(dialog, QDialog)
        dialog.findChildren(QSpinBox)[0].setValue(99)
        dialog.reject()

    _when_modal(cancel)
    assert not plugin.show_settings()
    assert load_settings().timeout_seconds == 600


def test_a_refused_package_folder_offers_to_back_it_up_and_package(plugin, opened_bees, tmp_path, qgis_iface):
    out = tmp_path / "qfield"
    out.mkdir()
    (out / "notes.txt").write_text("the user's notes")
    store = plugin.controller.runner().store

    refused = plugin.package_into(str(out))
    wait_until(lambda: not plugin.controller.is_running(refused))
    assert store.get(refused).status == FAILED and "notes.txt" in store.get(refused).error
    button = qgis_iface.messageBar().findChild(QPushButton, "qfieldsync_plus_backup_and_package")
    assert button is not None and button.text() == "Back up the folder and package"

    button.click()
    retry = store.list(job_type=PACKAGE)[0]
    assert retry.id != refused and retry.params["backup_existing"] is True
    assert retry.params["package_dir"] == str(out)
    wait_until(lambda: not plugin.controller.is_running(retry.id))
    assert store.get(retry.id).status == FINISHED
    backups = list(tmp_path.glob("qfield.backup-*"))
    assert len(backups) == 1 and (backups[0] / "notes.txt").read_text() == "the user's notes"
    assert (out / "bees_qfield.qgs").is_file()
