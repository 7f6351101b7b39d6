"""The SQLite job store and the trigger rules."""

import subprocess
import sys

from qfieldsync_plus.core.jobs.job import (
    CLOUD, FAILED, FINISHED, PENDING, PROCESS_PROJECTFILE, STARTED, Job,
)
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner import triggers
from qfieldsync_plus.core.runner.store import JobStore


def test_save_get_list_newest_first(tmp_path):
    store = JobStore(tmp_path / "jobs.sqlite")
    first = store.save(Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs", created_at="2026-01-01T00:00:00+00:00"))
    second = store.save(Job(type="package", project="/p/a.qgs", origin=CLOUD, feedback={"x": [1]},
                            created_at="2026-01-02T00:00:00+00:00"))
    assert [j.id for j in store.list()] == [second.id, first.id]
    assert store.get(second.id).feedback == {"x": [1]}
    assert [j.id for j in store.list(origin=CLOUD)] == [second.id]
    assert [j.id for j in store.list(job_type=PROCESS_PROJECTFILE, statuses=(PENDING,))] == [first.id]
    first.status = FINISHED
    store.save(first)
    assert [j.id for j in store.list(statuses=(PENDING,))] == [second.id]


def test_store_lives_in_data_dir_not_project(data_dir):
    assert store_path().parent == data_dir


def test_orphaned_started_job_is_failed(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    store = JobStore(tmp_path / "jobs.sqlite")
    job = store.save(Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs", status=STARTED, pid=dead.pid))
    alive = store.save(Job(type=PROCESS_PROJECTFILE, project="/p/b.qgs", status=STARTED, pid=subprocess.os.getpid()))
    orphans = store.fail_orphans()
    assert [o.id for o in orphans] == [job.id]
    reloaded = store.get(job.id)
    assert reloaded.status == FAILED and reloaded.finished_at
    assert "ended without reporting" in reloaded.feedback["error"]
    assert store.get(alive.id).status == STARTED


def test_process_projectfile_trigger_rules():
    pending = [Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs", status=PENDING)]
    rule = triggers.process_projectfile_skip_reason
    assert rule(False, ["data.gpkg"], []) == "No QGIS project file (.qgs/.qgz) exists yet."
    assert "DCIM" in rule(True, ["DCIM/1.jpg", "DCIM/sub/2.jpg"], [])
    assert rule(True, ["DCIM/1.jpg", "data.gpkg"], []) is None
    assert "already pending" in rule(True, ["a.qgs"], pending)
    assert rule(True, None, []) is None
    assert rule(False, None, []) is None  # explicit request: run and report the missing file
    assert triggers.is_project_file("sub/Proj.QGZ") and not triggers.is_project_file("a.gpkg")
    assert not triggers.is_under_dcim("data/DCIM/1.jpg")
