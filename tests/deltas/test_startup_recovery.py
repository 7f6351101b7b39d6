"""Interrupted delta runs are finished when the plugin starts, in a recovery job (task + child process)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.deltas.conftest import LayerProject, delta, read_ogr
from tests.deltas.test_interruptions import _two_source_project

from qfieldsync_plus.core.deltas.journal import journal_folder
from qfieldsync_plus.core.deltas.log import DeltaLog
from qfieldsync_plus.core.deltas.recovery import interrupted_projects
from qfieldsync_plus.core.runner.store import JobStore


def _dead_pid() -> int:
    process = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(process.stdout)


def _interrupted_run(tmp_path, store, committing: bool):
    """A two-source run (GeoPackage + shapefile) whose process died: after the shapefile swap and before the
    GeoPackage commit (``committing``), or while applying (nothing committed)."""
    from qfieldsync_plus.core.deltas.engine import ApplyOptions, DeltaRun, Item
    from qfieldsync_plus.core.deltas.journal import Journal
    from qfieldsync_plus.core.deltas.targets import project_targets
    from qfieldsync_plus.core.project_io import open_project

    path, gpkg, shp, (a_id, b_id) = _two_source_project(tmp_path, 5)
    base = LayerProject("mixed", path, "", lambda: {}, store)
    deltas = [delta(LayerProject("", path, a_id, base.read, store), "patch", 2, old={"attributes": {"count": 2}},
                    new={"attributes": {"name": "A"}}),
              delta(LayerProject("", path, b_id, base.read, store), "patch", 2, old={}, new={"attributes": {"name": "B"}})]
    DeltaLog(store).register(str(path), "file-1", deltas)
    journal = Journal.start(journal_folder(store), "job-2", str(path), [d["uuid"] for d in deltas], {})
    run = DeltaRun(project_targets(open_project(path)), ApplyOptions(), {}, journal=journal)
    feedback = [run.apply_one(Item(d, i, "file-1")) for i, d in enumerate(deltas)]
    sessions = {s.kind: s for s in run.sessions.values()}
    if committing:
        entries = [sessions["sqlite"].prepare(), sessions["file_copy"].prepare()]
        journal.enter_commit(entries, [[e["delta_id"], e["status"]] for e in feedback], [])
        sessions["file_copy"].commit()
        journal.mark_committed(sessions["file_copy"].key)
    sessions["sqlite"].close_keeping_copy()  # SQLite discards the open transaction
    journal_file = next(journal_folder(store).glob("*.json"))
    data = json.loads(journal_file.read_text(encoding="utf-8"))
    data["pid"] = _dead_pid()  # as written by the killed job process
    journal_file.write_text(json.dumps(data), encoding="utf-8")
    assert interrupted_projects(store) == [str(path)]
    assert read_ogr(str(gpkg), "trees", "FID")["2"][0] != "A"
    return path, gpkg, shp


def _start_plugin_and_wait(qgis_iface, store):
    """initGui, then wait for the recovery job it started; the job record."""
    from qfieldsync_plus import classFactory
    from tests.plugin.conftest import wait_until

    plugin = classFactory(qgis_iface)
    plugin.initGui()  # returns at once: the recovery runs as a task
    try:
        jobs = JobStore(store).list(job_type="delta_apply")
        assert len(jobs) == 1 and jobs[0].params["recover_only"] is True
        wait_until(lambda: not plugin.controller.running_ids(), timeout=120)
    finally:
        plugin.unload()
    job = JobStore(store).get(jobs[0].id)
    assert job.status == "finished", job.feedback
    return job


def test_the_plugin_start_completes_an_interrupted_two_source_run(qgis_app, qgis_iface, qgis_new_project, tmp_path,
                                                                  data_dir):
    store = data_dir / "jobs.sqlite"
    path, gpkg, shp = _interrupted_run(tmp_path, store, committing=True)
    job = _start_plugin_and_wait(qgis_iface, store)
    assert "completed on every data source" in job.feedback["outputs"]["recover_interrupted"]["messages"][0]
    assert read_ogr(str(gpkg), "trees", "FID")["2"][0] == "A"
    assert read_ogr(str(shp), None, "fid")["2"][0] == "B"
    assert {d.status for d in DeltaLog(store).list()} == {"applied"}
    assert interrupted_projects(store) == [] and not list(path.parent.glob("*__qfsp*"))


def test_the_plugin_start_rolls_back_a_run_killed_while_applying(qgis_app, qgis_iface, qgis_new_project, tmp_path,
                                                                 data_dir):
    store = data_dir / "jobs.sqlite"
    path, gpkg, shp = _interrupted_run(tmp_path, store, committing=False)
    assert list(path.parent.glob("*__qfsp*"))  # the shapefile's working copy
    job = _start_plugin_and_wait(qgis_iface, store)
    assert "was rolled back" in job.feedback["outputs"]["recover_interrupted"]["messages"][0]
    assert read_ogr(str(gpkg), "trees", "FID")["2"][0] != "A"
    assert read_ogr(str(shp), None, "fid")["2"][0] != "B"
    assert {d.status for d in DeltaLog(store).list()} == {"pending"}
    assert interrupted_projects(store) == [] and not list(path.parent.glob("*__qfsp*"))
