"""The dock's job list and details: order, live updates, layer table, per-delta results, re-apply."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt

from qfieldsync_plus.core.jobs.job import (
    CLOUD, DELTA_APPLY, FAILED, FINISHED, PACKAGE, PROCESS_PROJECTFILE, STARTED, Job,
)
from qfieldsync_plus.core.runner.store import JobStore
from qfieldsync_plus.gui.job_details import JobDetails
from qfieldsync_plus.gui.jobs_model import COLUMN_NOTE, COLUMN_ORIGIN, COLUMN_STATUS, COLUMN_TYPE, JobsModel

from .conftest import wait_until


def _delta_job() -> Job:
    feedback = {
        "feedback_version": "2.0", "workflow_id": "apply_changes", "steps": [], "outputs": {"apply_deltas": {
            "delta_feedback": [
                {"delta_id": "d-1", "layer_id": "apiary_1", "method": "patch", "status": "status_applied", "msg": ""},
                {"delta_id": "d-2", "layer_id": "apiary_1", "method": "patch", "status": "status_conflict",
                 "msg": "Conflicts", "conflicts": ['"name": expected "hive 1", found "hive one"']},
            ]}},
    }
    return Job(type=DELTA_APPLY, project="/data/bees/bees.qgs", status=FINISHED, started_at="2026-01-01T10:00:00+00:00",
               finished_at="2026-01-01T10:00:02+00:00", params={"deltafile": "/data/deltas.json", "job_id": "old", "overwrite_conflicts": True},
               feedback=feedback)


def test_model_lists_local_and_cloud_jobs_newest_first(qgis_app, tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite")
    old = store.save(Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs", created_at="2026-01-01T10:00:00.000+00:00"))
    new = store.save(Job(type=DELTA_APPLY, project="/p/b.qgs", origin=CLOUD, status=FAILED,
                         created_at="2026-01-02T10:00:00.000+00:00", feedback={"error": "Deltafile broken\nmore"}))
    model = JobsModel(store)
    assert model.refresh()
    assert [model.job_at(r).id for r in range(model.rowCount())] == [new.id, old.id]
    assert model.data(model.index(0, COLUMN_STATUS)) == "failed"
    assert model.data(model.index(0, COLUMN_TYPE)) == "Apply changes"
    assert model.data(model.index(0, COLUMN_ORIGIN)) == "cloud"
    assert model.data(model.index(0, COLUMN_NOTE)) == "Deltafile broken"
    assert not model.data(model.index(0, COLUMN_STATUS), Qt.DecorationRole).isNull()
    assert not model.refresh()


def test_model_reports_status_changes_in_place(qgis_app, tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite")
    job = store.save(Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs"))
    model = JobsModel(store)
    model.refresh()
    changed = []
    model.dataChanged.connect(lambda top, bottom: changed.append(top.row()))
    job.status, job.started_at = STARTED, "2026-01-01T10:00:00+00:00"
    store.save(job)
    assert model.refresh()
    assert changed == [0]
    assert model.data(model.index(0, COLUMN_STATUS)) == "started"


def test_details_show_per_delta_results_and_request_reapply(qgis_app):
    details = JobDetails()
    details.show_job(_delta_job())
    changes = details.changes
    table = changes.deltas_table
    assert table.rowCount() == 2
    # The project is not open: the layer id and the key stand in for the layer's name and the feature's label.
    assert [table.item(1, c).text() for c in (0, 1, 3)] == ["conflict", "apiary_1", "patch"]
    assert table.item(1, 0).toolTip() == "d-2"
    assert "hive one" in table.item(1, 5).text()
    requests = []
    changes.reapplyRequested.connect(lambda job_id, ids, from_id: requests.append((ids, from_id)))
    assert not changes.reapply_button.isEnabled()
    table.selectRow(1)
    changes.reapply_button.click()
    changes.reapply_newer_button.click()
    assert requests == [(["d-2"], ""), ([], "d-2")]
    cloud = _delta_job()
    cloud.origin = CLOUD  # its deltas are in the cloud's log, not here: nothing to re-apply locally
    details.show_job(cloud)
    table.selectRow(1)
    assert not changes.reapply_button.isEnabled() and not changes.apply_again_button.isEnabled()
    assert not changes.take_field_button.isEnabled()


def test_details_show_a_package_jobs_warnings(qgis_app):
    warning = 'Skipped "/data/bees/DCIM/leak.txt": it is a link to "/home/me/private.txt", outside the project folder.'
    feedback = {"feedback_version": "2.0", "workflow_id": "package", "steps": [],
                "outputs": {"package_project": {"warnings": [warning]}}}
    details = JobDetails()
    details.show_job(Job(type=PACKAGE, project="/data/bees/bees.qgs", status=FINISHED, feedback=feedback))
    assert "leak.txt" in details.summary_label.text() and "outside the project folder" in details.summary_label.text()


def test_dock_reapply_queues_delta_apply_with_the_chosen_deltas(plugin):
    store = plugin.controller.runner().store
    original = store.save(_delta_job())
    plugin.dock.reapply(original.id, [], "d-2")
    queued = [j for j in store.list() if j.id != original.id]
    assert len(queued) == 1
    assert queued[0].type == DELTA_APPLY
    assert queued[0].params["from_delta"] == "d-2"
    assert "deltafile" not in queued[0].params  # re-applied from the delta log
    assert queued[0].params["job_id"] == queued[0].id
    assert queued[0].params["overwrite_conflicts"] is True
    wait_until(lambda: not plugin.controller.running_ids())


def test_dock_updates_live_while_a_check_runs(plugin, opened_bees):
    seen = set()
    job_id = plugin.check_project()

    def record() -> bool:
        plugin.dock.refresh()
        seen.add(plugin.dock.model.job_at(plugin.dock.model.row_of(job_id)).status)
        return "finished" in seen

    wait_until(record)
    assert len(seen) >= 2  # e.g. queued/started, then finished
    details = plugin.dock.details
    assert details.layers_table.rowCount() == 2
    assert not details.thumbnail_label.pixmap().isNull()
    assert "All 2 layers are valid." in details.summary_label.text()
    assert details.steps_list.count() == 4
    assert plugin.dock.open_folder_action.isEnabled()
