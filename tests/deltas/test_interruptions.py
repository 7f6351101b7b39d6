"""Runs that are interrupted: a killed job process, a dropped database connection, a half-done commit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.deltas.conftest import LayerProject, deltafile, delta, make_layer_project, read_ogr, write_ogr

from qfieldsync_plus.core.deltas.journal import journal_folder
from qfieldsync_plus.core.deltas.log import DeltaLog
from qfieldsync_plus.core.deltas.recovery import recover
from qfieldsync_plus.core.runner.store import JobStore

ROOT = Path(__file__).resolve().parents[2]


def _two_source_project(tmp_path: Path, count: int):
    from qgis.core import QgsProject, QgsVectorLayer

    gpkg, shp = tmp_path / "a.gpkg", tmp_path / "b.shp"
    write_ogr(gpkg, "GPKG", count, key_field=False)
    write_ogr(shp, "ESRI Shapefile", count, key_field=True)
    project = QgsProject()
    layers = [QgsVectorLayer(f"{gpkg}|layername=trees", "a", "ogr"), QgsVectorLayer(str(shp), "b", "ogr")]
    for layer in layers:
        project.addMapLayer(layer)
    path = tmp_path / "two.qgs"
    assert project.write(str(path))
    return path, gpkg, shp, [layer.id() for layer in layers]


def _snapshot(gpkg: Path, shp: Path):
    return read_ogr(str(gpkg), "trees", "FID"), read_ogr(str(shp), None, "fid")


def test_killed_job_changes_nothing_and_is_rolled_back_on_next_start(qgis_app, tmp_path, data_dir):
    count = 15000
    path, gpkg, shp, (a_id, b_id) = _two_source_project(tmp_path, count)
    base = LayerProject("mixed", path, "", lambda: {}, data_dir / "jobs.sqlite")
    a = LayerProject("gpkg", path, a_id, base.read, base.store)
    b = LayerProject("shp", path, b_id, base.read, base.store)
    deltas = [delta(a, "patch", i, old={}, new={"attributes": {"name": f"A{i}"}}) for i in range(1, count + 1)]
    deltas += [delta(b, "patch", i, old={}, new={"attributes": {"name": f"B{i}"}}) for i in range(1, count + 1)]
    big = deltafile(tmp_path / "big.json", deltas)
    before = _snapshot(gpkg, shp)
    cli = subprocess.Popen([sys.executable, "-m", "qfieldsync_plus", "delta-apply", str(path), str(big)],
                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    store = JobStore(base.store)
    deadline = time.monotonic() + 120
    killed = False
    while time.monotonic() < deadline and cli.poll() is None:
        jobs = [j for j in store.list(job_type="delta_apply") if j.status == "started" and j.pid]
        copies = list(tmp_path.glob("b__qfsp*.shp"))
        if jobs and copies:  # the GeoPackage has its transaction open; the shapefile copy is being written
            os.kill(jobs[0].pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.02)
    output = cli.communicate(timeout=60)[0]
    assert killed, output
    assert cli.returncode == 1, output
    assert "killed by signal 9" in output
    assert _snapshot(gpkg, shp) == before  # SQLite discards the open transaction; the shapefile is untouched
    assert list(journal_folder(base.store).glob("*.json"))
    messages = recover(base.store)
    assert len(messages) == 1 and "rolled back" in messages[0]
    assert not list(tmp_path.glob("*__qfsp*"))
    assert not list(journal_folder(base.store).glob("*.json"))
    assert {d.status for d in DeltaLog(base.store).list()} == {"pending"}
    assert _snapshot(gpkg, shp) == before


def test_half_done_commit_is_completed_on_next_start(qgis_app, tmp_path, data_dir):
    """Kill between the GeoPackage commit and the shapefile swap: recovery swaps the copy in."""
    from qfieldsync_plus.core.deltas.engine import DeltaRun, Item, ApplyOptions
    from qfieldsync_plus.core.deltas.journal import Journal
    from qfieldsync_plus.core.deltas.targets import project_targets
    from qfieldsync_plus.core.project_io import open_project

    path, gpkg, shp, (a_id, b_id) = _two_source_project(tmp_path, 5)
    store = data_dir / "jobs.sqlite"
    base = LayerProject("mixed", path, "", lambda: {}, store)
    deltas = [delta(LayerProject("", path, a_id, base.read, store), "patch", 1, old={}, new={"attributes": {"name": "A"}}),
              delta(LayerProject("", path, b_id, base.read, store), "patch", 1, old={}, new={"attributes": {"name": "B"}})]
    DeltaLog(store).register(str(path), "file-1", deltas)
    journal = Journal.start(journal_folder(store), "job-1", str(path), [d["uuid"] for d in deltas], {})
    run = DeltaRun(project_targets(open_project(path)), ApplyOptions(), {}, journal=journal)
    feedback = [run.apply_one(Item(d, i, "file-1")) for i, d in enumerate(deltas)]
    ordered = sorted(run.sessions.values(), key=lambda s: s.kind != "sqlite")
    entries = [s.prepare() for s in ordered]
    journal.enter_commit(entries, [[e["delta_id"], e["status"]] for e in feedback], [])
    ordered[0].commit()  # the GeoPackage commits … and the process "dies" before the shapefile swap
    journal.mark_committed(ordered[0].key)
    assert read_ogr(str(gpkg), "trees", "FID")["1"][0] == "A"
    assert read_ogr(str(shp), None, "fid")["1"][0] != "B"
    messages = recover(store)
    assert "completed on every data source" in messages[0]
    assert read_ogr(str(shp), None, "fid")["1"][0] == "B"
    assert {d.status for d in DeltaLog(store).list()} == {"applied"}
    assert not list(tmp_path.glob("*__qfsp*"))


def test_dropped_database_connection_rolls_back_with_a_clear_message(qgis_app, tmp_path, data_dir, postgis_db):
    from qfieldsync_plus.core.jobs.delta_apply import build_workflow
    from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow

    lp = make_layer_project("postgis", tmp_path, data_dir / "jobs.sqlite", count=800, database=postgis_db)
    before = lp.read()
    deltas = [delta(lp, "patch", i, old={}, new={"attributes": {"count": -i}}) for i in range(1, 801)]
    params = {"project": str(lp.project), "store_path": str(lp.store),
              "deltafile": str(deltafile(tmp_path / "d.json", deltas))}
    dropped = []

    def drop_connection(percent: float) -> None:
        if not dropped and 61 < percent < 80:  # inside the "apply_deltas" step (4th of 5)
            dropped.append(postgis_db.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"))

    feedback = run_workflow(build_workflow(params), JobContext(params=params, on_progress=drop_connection))
    assert dropped
    assert feedback["error_type"] == "WRITE_FAILED"
    assert "connection was lost" in feedback["error"]
    assert "reset the connection" in feedback["error_hint"]
    assert postgis_db.password not in str(feedback)
    assert lp.read() == before
    assert {d.status for d in DeltaLog(lp.store).list()} <= {"pending", "error"}


def test_uncommitted_database_source_is_reapplied_on_recovery(qgis_app, tmp_path, data_dir):
    """Die after the shapefile swap but before the GeoPackage commit: recovery re-applies the GeoPackage deltas."""
    from qfieldsync_plus.core.deltas.engine import ApplyOptions, DeltaRun, Item
    from qfieldsync_plus.core.deltas.journal import Journal
    from qfieldsync_plus.core.deltas.targets import project_targets
    from qfieldsync_plus.core.jobs.delta_apply import recover_interrupted
    from qfieldsync_plus.core.jobs.workflow import JobContext
    from qfieldsync_plus.core.project_io import open_project

    path, gpkg, shp, (a_id, b_id) = _two_source_project(tmp_path, 5)
    store = data_dir / "jobs.sqlite"
    base = LayerProject("mixed", path, "", lambda: {}, store)
    deltas = [delta(LayerProject("", path, a_id, base.read, store), "patch", 2, old={"attributes": {"count": 2}},
                    new={"attributes": {"name": "A"}}),
              delta(LayerProject("", path, b_id, base.read, store), "patch", 2, old={}, new={"attributes": {"name": "B"}})]
    DeltaLog(store).register(str(path), "file-1", deltas)
    journal = Journal.start(journal_folder(store), "job-2", str(path), [d["uuid"] for d in deltas], {})
    run = DeltaRun(project_targets(open_project(path)), ApplyOptions(), {}, journal=journal)
    feedback = [run.apply_one(Item(d, i, "file-1")) for i, d in enumerate(deltas)]
    sessions = {s.kind: s for s in run.sessions.values()}
    entries = [sessions["sqlite"].prepare(), sessions["file_copy"].prepare()]
    journal.enter_commit(entries, [[e["delta_id"], e["status"]] for e in feedback], [])
    sessions["file_copy"].commit()
    journal.mark_committed(sessions["file_copy"].key)
    sessions["sqlite"].close_keeping_copy()  # the process dies: SQLite discards the open transaction
    assert read_ogr(str(gpkg), "trees", "FID")["2"][0] != "A"
    returns = recover_interrupted(JobContext(params={"project": str(path), "store_path": str(store)}))
    assert "completed on every data source" in returns["messages"][0]
    assert read_ogr(str(gpkg), "trees", "FID")["2"][0] == "A"
    assert read_ogr(str(shp), None, "fid")["2"][0] == "B"
    assert {d.status for d in DeltaLog(store).list()} == {"applied"}


def test_commit_failing_after_one_source_is_finished_by_the_next_job(qgis_app, tmp_path, data_dir):
    """The shapefile cannot be replaced after the GeoPackage committed: the journal keeps the rest for later."""
    import shutil

    from qfieldsync_plus.core.jobs.delta_apply import build_workflow, recover_interrupted
    from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow

    path, gpkg, shp, (a_id, b_id) = _two_source_project(tmp_path, 5)
    store = data_dir / "jobs.sqlite"
    base = LayerProject("mixed", path, "", lambda: {}, store)
    deltas = [delta(LayerProject("", path, b_id, base.read, store), "patch", 2, old={}, new={"attributes": {"name": "B"}}),
              *[delta(LayerProject("", path, a_id, base.read, store), "patch", 2, old={}, new={"attributes": {"name": "A"}})
                for _ in range(300)]]  # progress is reported every 250 deltas: the hook runs mid-apply
    dbf, saved = shp.with_suffix(".dbf"), tmp_path / "saved.dbf"

    def block_the_shapefile(percent: float) -> None:
        if 61 < percent < 80 and not saved.exists():  # the shapefile copy exists now
            shutil.move(dbf, saved)
            dbf.mkdir()
            (dbf / "busy").write_text("x")

    params = {"project": str(path), "store_path": str(store), "deltafile": str(deltafile(tmp_path / "d.json", deltas))}
    feedback = run_workflow(build_workflow(params), JobContext(params=params, on_progress=block_the_shapefile))
    assert "1 of 2 data sources were committed" in feedback["error"]
    assert "Cannot replace" in feedback["error"]
    assert read_ogr(str(gpkg), "trees", "FID")["2"][0] == "A"
    shutil.rmtree(dbf)
    shutil.move(saved, dbf)
    messages = recover_interrupted(JobContext(params={"project": str(path), "store_path": str(store)}))["messages"]
    assert "completed on every data source" in messages[0]
    assert read_ogr(str(shp), None, "fid")["2"][0] == "B"
    assert {d.status for d in DeltaLog(store).list()} == {"applied"}
    assert not list(tmp_path.glob("*__qfsp*"))
