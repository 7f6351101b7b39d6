"""Apply a real deltafile from the menu, see the per-delta results, re-apply one delta from the dock."""

from __future__ import annotations

import json
import uuid

from osgeo import ogr
from qgis.core import QgsProject

from qfieldsync_plus.core.jobs.job import DELTA_APPLY, FINISHED

from .conftest import wait_until


def _patch(layer_id: str, fid: int, old: str, new: str) -> dict:
    return {"uuid": str(uuid.uuid4()), "clientId": "client-1", "exportId": "export-1", "localPk": str(fid),
            "sourcePk": str(fid), "localLayerId": layer_id, "sourceLayerId": layer_id, "method": "patch",
            "old": {"attributes": {"name": old}}, "new": {"attributes": {"name": new}}}


def _names(gpkg) -> dict:
    dataset = ogr.Open(str(gpkg))  # keep a reference: the layer dies with its dataset
    return {feature.GetFID(): feature.GetField("name") for feature in dataset.GetLayerByName("apiary")}


def test_apply_then_reapply_one_delta(plugin, opened_bees, tmp_path):
    layer_id = QgsProject.instance().mapLayersByName("apiary")[0].id()
    deltas = [_patch(layer_id, 1, "hive 0", "queen hive"), _patch(layer_id, 2, "hive 1", "swarm")]
    deltafile = tmp_path / "deltas.json"
    deltafile.write_text(json.dumps({"version": "1.0", "project": "bees", "id": str(uuid.uuid4()),
                                     "deltas": deltas, "files": []}))
    first = plugin.apply_deltas(str(deltafile))
    wait_until(lambda: not plugin.controller.running_ids(), timeout=120)
    store = plugin.controller.runner().store
    job = store.get(first)
    assert (job.type, job.status) == (DELTA_APPLY, FINISHED), job.feedback
    gpkg = opened_bees.parent / "bees.gpkg"
    assert (_names(gpkg)[1], _names(gpkg)[2]) == ("queen hive", "swarm")

    plugin.dock.refresh()
    plugin.dock.select_job(first)
    table = plugin.dock.details.changes.deltas_table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["applied", "applied"]
    table.selectRow(1)
    plugin.dock.details.changes.reapply_button.click()
    wait_until(lambda: not plugin.controller.running_ids(), timeout=120)
    again = store.list(job_type=DELTA_APPLY)[0]
    assert again.id != first and again.params["delta_ids"] == [deltas[1]["uuid"]]
    # The delta's old value ("hive 1") no longer matches ("swarm"): a conflict, and nothing written.
    results = again.feedback["outputs"]["apply_deltas"]["delta_feedback"]
    assert [(r["delta_id"], r["status"]) for r in results] == [(deltas[1]["uuid"], "status_conflict")]
    assert _names(gpkg)[2] == "swarm"
    plugin.dock.refresh()
    plugin.dock.select_job(again.id)
    assert table.rowCount() == 1 and table.item(0, 0).text() == "conflict"
    assert "swarm" in table.item(0, 5).text()


def test_layers_in_edit_mode_are_not_written_behind_the_users_back(plugin, opened_bees, tmp_path):
    apiary = QgsProject.instance().mapLayersByName("apiary")[0]
    deltafile = tmp_path / "deltas.json"
    deltafile.write_text(json.dumps({"version": "1.0", "project": "bees", "id": str(uuid.uuid4()), "files": [],
                                     "deltas": [_patch(apiary.id(), 1, "hive 0", "queen hive")]}))
    messages = []
    plugin.message = lambda text, level=None: messages.append(text)
    gpkg = opened_bees.parent / "bees.gpkg"
    store = plugin.controller.runner().store

    assert apiary.startEditing()
    assert plugin.apply_deltas(str(deltafile)) is None
    assert "being edited in QGIS: apiary" in messages[-1]
    assert store.list(job_type=DELTA_APPLY) == []
    assert _names(gpkg)[1] == "hive 0"

    assert apiary.rollBack()
    job_id = plugin.apply_deltas(str(deltafile))
    wait_until(lambda: not plugin.controller.running_ids(), timeout=120)
    assert store.get(job_id).status == FINISHED
    assert _names(gpkg)[1] == "queen hive"

    apiary.startEditing()
    dock_messages = []
    plugin.dock.messageRequested.connect(lambda text, level: dock_messages.append(text))
    plugin.dock.reapply(job_id, [], store.get(job_id).feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["delta_id"])
    assert len(store.list(job_type=DELTA_APPLY)) == 1
    assert "being edited in QGIS: apiary" in dock_messages[-1]
    apiary.rollBack()
