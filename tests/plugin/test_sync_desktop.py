"""Synchronize from QField on the desktop: menu, dialog, remembered device, Processing, dock tabs."""

from __future__ import annotations

import json
import uuid

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsSettings
from qgis.PyQt.QtWidgets import QCheckBox, QLineEdit

from qfieldsync_plus.core.jobs import delta_apply
from qfieldsync_plus.core.jobs.job import FINISHED, SYNC, Job
from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow
from qfieldsync_plus.gui.sync_source import last_device, sync_params

from .conftest import wait_until, when_modal


def _patch(layer_id: str, fid: int, old: str, new: str) -> dict:
    return {"uuid": str(uuid.uuid4()), "clientId": "copy-1", "exportId": "package-1", "localPk": str(fid),
            "sourcePk": str(fid), "localLayerId": layer_id, "sourceLayerId": layer_id, "method": "patch",
            "old": {"attributes": {"name": old}}, "new": {"attributes": {"name": new}}}


def test_menu_dialog_starts_a_sync_job_and_remembers_the_device_outside_the_project(plugin, opened_bees, tmp_path):
    assert plugin.sync_action in plugin.menu.actions() and plugin.sync_action in plugin.toolbar.actions()
    assert plugin.sync_action.text() == "Synchronize from QField…" and not plugin.sync_action.icon().isNull()
    device = tmp_path / "device"
    device.mkdir()
    project_text = opened_bees.read_text(encoding="utf-8")

    def choose(dialog):
        assert not dialog.buttons.button(dialog.buttons.Ok).isEnabled()
        dialog.findChild(QLineEdit, "device").setText(str(device))
        dialog.findChild(QCheckBox, "dry_run").setChecked(True)
        dialog.accept()

    when_modal(choose)
    job_id = plugin.choose_and_sync()
    store = plugin.controller.runner().store
    job = store.get(job_id)
    assert job.type == SYNC
    assert {k: job.params[k] for k in sync_params("")} == sync_params(str(device), dry_run=True)
    wait_until(lambda: store.get(job_id).is_finished, timeout=120)
    assert last_device(str(opened_bees)) == str(device)
    assert opened_bees.read_text(encoding="utf-8") == project_text
    assert str(device) not in json.dumps(QgsProject.instance().customVariables())

    def check_prefilled(dialog):
        assert dialog.findChild(QLineEdit, "device").text() == str(device)
        dialog.reject()

    when_modal(check_prefilled)
    assert plugin.choose_and_sync() is None
    assert len(store.list(job_type=SYNC)) == 1
    QgsSettings().remove("qfieldsync_plus/last_device")


def test_sync_is_refused_while_a_layer_is_edited(plugin, opened_bees, tmp_path):
    apiary = QgsProject.instance().mapLayersByName("apiary")[0]
    messages = []
    plugin.message = lambda text, level=None: messages.append(text)
    assert apiary.startEditing()
    assert plugin.sync_from(sync_params(str(tmp_path))) is None
    assert "apiary" in messages[-1]
    assert plugin.controller.runner().store.list(job_type=SYNC) == []
    apiary.rollBack()


def _run_processing(parameters: dict):
    algorithm = QgsApplication.processingRegistry().algorithmById("qfieldsync_plus:sync")
    return algorithm, algorithm.run(parameters, QgsProcessingContext(), QgsProcessingFeedback())


def test_processing_sync_submits_the_same_parameters_as_the_menu(plugin, bees_project, tmp_path):
    from qfieldsync_plus.settings import make_runner

    algorithm, (results, ok) = _run_processing({"PROJECT": str(bees_project), "DEVICE_FOLDER": str(tmp_path),
                                                "OVERWRITE_CONFLICTS": True, "COMPARE_TO_SOURCE": True})
    job = make_runner().store.list(job_type=SYNC)[0]
    assert {k: job.params[k] for k in sync_params("")} == sync_params(
        str(tmp_path), overwrite_conflicts=True, compare_to_source=True)
    assert job.is_finished
    assert len(algorithm.shortHelpString()) > 80
    _, (_, ok) = _run_processing({"PROJECT": str(bees_project)})
    assert not ok
    assert len(make_runner().store.list(job_type=SYNC)) == 1


@pytest.fixture
def finished_sync_job(plugin, opened_bees):
    """A sync job whose feedback comes from a real delta_apply run (one applied, one conflict) plus outputs.sync."""
    apiary = QgsProject.instance().mapLayersByName("apiary")[0]
    apiary.setDisplayExpression("'Hive ' || \"name\"")
    store = plugin.controller.runner().store
    deltas = [_patch(apiary.id(), 1, "hive 0", "queen hive"), _patch(apiary.id(), 2, "hive one", "swarm")]
    deltafile = opened_bees.parent / "sync-deltas.json"
    deltafile.write_text(json.dumps({"version": "1.0", "project": "bees", "id": str(uuid.uuid4()),
                                     "deltas": deltas, "files": []}))
    params = {"project": str(opened_bees), "deltafile": str(deltafile), "continue_on_error": True,
              "store_path": str(store.path), "job_id": str(uuid.uuid4())}
    feedback = run_workflow(delta_apply.build_workflow(params), JobContext(params=params))
    assert not feedback.get("error"), feedback.get("error")
    feedback["outputs"]["sync"] = {
        "project_id": "p-1", "package_id": "package-1", "copy_id": "copy-1", "deltafile_id": "d-1",
        "layers": [{"layer_id": apiary.id(), "name": "apiary", "created": 0, "changed": 2, "deleted": 0,
                    "conflicts": 1}],
        "files": {"copied": ["DCIM/JPEG_1.jpg"], "identical": ["DCIM/old.jpg"],
                  "conflicts": [{"path": "DCIM/clash.jpg", "message": 'The project already has a different file "DCIM/clash.jpg".'}]},
    }
    job = store.save(Job(type=SYNC, project=str(opened_bees), status=FINISHED, params={"device": "/device"},
                         started_at="2026-01-01T10:00:00+00:00", finished_at="2026-01-01T10:00:03+00:00",
                         feedback=feedback))
    return job, deltas


def test_dock_shows_each_change_with_layer_feature_values_and_conflicts(plugin, finished_sync_job):
    job, deltas = finished_sync_job
    plugin.dock.refresh()
    plugin.dock.select_job(job.id)
    details = plugin.dock.details
    assert details.isTabEnabled(details.indexOf(details.changes_page))
    assert not details.sync_table.isHidden() and details.changes.isHidden()
    assert details.changes.deltas_table.rowCount() == 0  # a sync job fills only its own table
    table = details.sync_table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert rows[0][:6] == ["applied", "apiary", "Hive queen hive (#1)", "patch", "name: hive 0", "name: queen hive"]
    assert rows[1][:2] == ["conflict", "apiary"] and rows[1][4:6] == ["name: hive one", "name: swarm"]
    assert "hive 1" in rows[1][6]  # the conflict names the value the office has
    assert table.item(0, 0).data(0x0100) == deltas[0]["uuid"]
    assert "apiary: 0 created, 2 changed, 0 deleted, 1 conflicts" in details.summary_label.text()
    row = plugin.dock.model.row_of(job.id)
    note = plugin.dock.model.data(plugin.dock.model.index(row, plugin.dock.model.columnCount() - 1))
    assert note == "0 created, 2 changed, 0 deleted, 1 conflicts; 1 files copied, 1 files in conflict"
    from qfieldsync_plus.plugin import job_outcome

    text, level = job_outcome(job)
    assert "finished with conflicts" in text and level == 1  # Qgis.Warning


def test_dock_files_tab_lists_copied_identical_and_conflicting_files(plugin, finished_sync_job):
    job, _ = finished_sync_job
    plugin.dock.refresh()
    plugin.dock.select_job(job.id)
    details = plugin.dock.details
    files = details.files_table
    assert details.isTabEnabled(details.indexOf(files))
    rows = [[files.item(r, c).text() for c in range(3)] for r in range(files.rowCount())]
    assert rows[0][:2] == ["conflict", "DCIM/clash.jpg"] and "different file" in rows[0][2]
    assert rows[1][:2] == ["copied", "DCIM/JPEG_1.jpg"]
    assert rows[2][:2] == ["identical", "DCIM/old.jpg"]


def test_other_jobs_keep_their_changes_table_and_no_files_tab(plugin, finished_sync_job, opened_bees):
    store = plugin.controller.runner().store
    other = store.save(Job(type="delta_apply", project=str(opened_bees), status=FINISHED,
                           feedback=finished_sync_job[0].feedback))
    plugin.dock.refresh()
    plugin.dock.select_job(other.id)
    details = plugin.dock.details
    assert details.changes.deltas_table.rowCount() == 2 and details.sync_table.isHidden()
    assert not details.isTabEnabled(details.indexOf(details.files_table))


def test_the_open_project_takes_over_the_imported_folders_a_sync_saved(plugin, opened_bees):
    saved = QgsProject()  # what the job did to the project file: QFieldSync's imported-files list
    assert saved.read(str(opened_bees))
    saved.writeEntry("qfieldsync", "/importedFilesChecksums", ["0cc175b9c0f1b6a831c399e269772661"])
    assert saved.write()
    saved.clear()
    job = plugin.controller.runner().store.save(Job(type=SYNC, project=str(opened_bees), status=FINISHED,
                                                    feedback={"outputs": {"sync": {"layers": [], "files": {}}}}))
    messages = []
    plugin.message = lambda text, level=None: messages.append(text)
    QgsProject.instance().setDirty(False)
    plugin._report_job_end(job.id)
    entry, _ = QgsProject.instance().readListEntry("qfieldsync", "/importedFilesChecksums", [])
    assert entry == ["0cc175b9c0f1b6a831c399e269772661"] and QgsProject.instance().isDirty()
    assert "save the project" in messages[-1]
    plugin._report_job_end(job.id)
    assert len(messages) == 3  # the outcome again, and no second take-over
