"""The delta log is kept per project (and data source); dry run and apply agree; old stores keep working."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3

from tests.deltas.conftest import delta, deltafile, make_layer_project, run_job, statuses

from qfieldsync_plus.cli.main import main
from qfieldsync_plus.core.deltas.log import DeltaLog, project_key

APPLIED, SKIPPED = "status_applied", "status_skipped"
# The deltas table as stores written before this change have it (the delta uuid alone was the key).
UNKEYED_SCHEMA = """
CREATE TABLE deltas (id TEXT PRIMARY KEY, project TEXT NOT NULL, deltafile_id TEXT NOT NULL,
    delta_index INTEGER NOT NULL, layer_id TEXT, method TEXT, content TEXT NOT NULL, status TEXT NOT NULL,
    last_feedback TEXT, job_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX deltas_project ON deltas (project);
"""


def checksum(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def two_projects(tmp_path, data_dir):
    store = data_dir / "jobs.sqlite"
    first = make_layer_project("gpkg", tmp_path / "a", store)
    second = make_layer_project("gpkg", tmp_path / "b", store)
    return first, second


def share_layer_id(first, second) -> None:
    """Make ``second`` a copy of ``first``'s project file: same layer id, its own GeoPackage (relative path)."""
    text = first.project.read_text(encoding="utf-8")
    assert "./trees.gpkg" in text
    second.project.write_text(text, encoding="utf-8")


def patch_for(lp, pk=1, count=50):
    return delta(lp, "patch", pk, old={"attributes": {"count": pk}}, new={"attributes": {"count": count}})


def test_a_deltafile_applied_to_one_project_still_applies_to_another(qgis_app, tmp_path, data_dir):
    first, second = two_projects(tmp_path, data_dir)
    item = patch_for(first)
    # The same layer id in both projects (QField's deltafile names it); each project has its own data.
    share_layer_id(first, second)
    path = deltafile(tmp_path / "d.json", [item])
    assert statuses(run_job(first, path)) == [APPLIED]
    assert first.read()["1"][1] == "50"

    dry = run_job(second, path, dry_run=True)
    assert statuses(dry) == [APPLIED]
    assert "would be applied" in dry["outputs"]["apply_deltas"]["delta_feedback"][0]["msg"]
    assert statuses(run_job(second, path)) == [APPLIED]
    assert second.read()["1"][1] == "50"

    log = DeltaLog(first.store)
    assert [(d.id, d.status) for d in log.list(project_key(str(first.project)))] == [(item["uuid"], "applied")]
    assert [(d.id, d.status) for d in log.list(project_key(str(second.project)))] == [(item["uuid"], "applied")]

    fresh = patch_for(first, 2)  # dry run and apply agree: applied one skipped, new one applied
    both = deltafile(tmp_path / "both.json", [item, fresh])
    dry = statuses(run_job(second, both, dry_run=True))
    assert dry == [SKIPPED, APPLIED]
    assert statuses(run_job(second, both)) == dry


def test_the_same_data_source_through_another_project_is_not_changed_twice(qgis_app, tmp_path, data_dir):
    lp = make_layer_project("gpkg", tmp_path / "a", data_dir / "jobs.sqlite")
    office = lp.project.with_name("trees_office.qgs")  # the same layers and data, another project file
    shutil.copyfile(lp.project, office)
    create = delta(lp, "create", None, local_pk="900", new={"attributes": {"name": "new", "count": 9}})
    path = deltafile(tmp_path / "d.json", [create])
    assert statuses(run_job(lp, path)) == [APPLIED]
    data = checksum(lp.files[0])

    other = type(lp)(lp.kind, office, lp.layer_id, lp.read, lp.store, lp.files)
    dry = run_job(other, path, dry_run=True)
    assert statuses(dry) == [SKIPPED]
    applied = run_job(other, path)
    assert statuses(applied) == [SKIPPED]
    assert str(lp.project.resolve()) in applied["outputs"]["apply_deltas"]["delta_feedback"][0]["msg"]
    assert checksum(lp.files[0]) == data


def test_an_unkeyed_store_is_migrated_and_keeps_working(qgis_app, tmp_path, data_dir):
    lp = make_layer_project("gpkg", tmp_path / "a", data_dir / "jobs.sqlite")
    old = patch_for(lp, 1)
    with sqlite3.connect(str(lp.store)) as db:
        db.executescript(UNKEYED_SCHEMA)
        db.execute("INSERT INTO deltas VALUES (?, ?, 'file-0', 0, ?, 'patch', ?, 'applied', NULL, 'job-0', "
                   "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                   (old["uuid"], project_key(str(lp.project)), lp.layer_id, json.dumps(old)))
    new = patch_for(lp, 2)
    feedback = run_job(lp, deltafile(tmp_path / "d.json", [old, new]))
    assert statuses(feedback) == [SKIPPED, APPLIED]
    rows = DeltaLog(lp.store).list(project_key(str(lp.project)))
    assert [(d.id, d.status, d.job_id) for d in rows][0] == (old["uuid"], "applied", "job-0")
    assert [d.id for d in rows] == [old["uuid"], new["uuid"]]
    with sqlite3.connect(str(lp.store)) as db:
        keys = [row[1] for row in db.execute("PRAGMA table_info(deltas)") if row[5]]
    assert keys == ["project", "id"]


def test_list_and_reapply_work_per_project(qgis_app, tmp_path, data_dir, capsys):
    first, second = two_projects(tmp_path, data_dir)
    item = patch_for(first, 3, 33)
    share_layer_id(first, second)
    path = deltafile(tmp_path / "d.json", [item])
    assert main(["delta-apply", str(first.project), str(path)]) == 0
    assert main(["delta-apply", str(second.project), str(path)]) == 0
    assert second.read()["3"][1] == "33"
    capsys.readouterr()
    for lp in (first, second):
        assert main(["deltas", "list", str(lp.project)]) == 0
        assert f"{item['uuid']}  applied" in capsys.readouterr().out
    assert main(["deltas", "reapply", str(second.project), "--id", item["uuid"], "--inverse"]) == 0
    assert second.read()["3"][1] == "3" and first.read()["3"][1] == "33"
    assert main(["deltas", "list", str(second.project)]) == 0
    assert f"{item['uuid']}  not_applied" in capsys.readouterr().out
    assert main(["deltas", "list", str(first.project)]) == 0
    assert f"{item['uuid']}  applied" in capsys.readouterr().out


def test_a_deltafile_of_another_cloud_project_is_refused_unless_allowed(qgis_app, tmp_path, data_dir, capsys):
    from qfieldsync_plus.core.cloud.links import link_folder

    lp = make_layer_project("gpkg", tmp_path / "a", data_dir / "jobs.sqlite")
    link_folder(lp.project.parent, "cloud-project-a", "http://127.0.0.1:1/api/v1/", "trees")
    foreign = deltafile(tmp_path / "foreign.json", [patch_for(lp, 1, 11)], project="cloud-project-b")
    data = checksum(lp.files[0])
    feedback = run_job(lp, foreign)
    assert feedback["error_type"] == "INVALID_DELTAFILE"
    assert "cloud-project-b" in feedback["error"] and "cloud-project-a" in feedback["error"]
    assert checksum(lp.files[0]) == data and DeltaLog(lp.store).list() == []

    assert main(["delta-apply", str(lp.project), str(foreign)]) == 1
    err = capsys.readouterr().err
    assert "is for cloud project cloud-project-b" in err and "Traceback" not in err
    assert main(["delta-apply", str(lp.project), str(foreign), "--any-project"]) == 0
    assert lp.read()["1"][1] == "11"
    own = deltafile(tmp_path / "own.json", [patch_for(lp, 2, 22)], project="cloud-project-a")
    assert statuses(run_job(lp, own)) == [APPLIED]


def test_an_unlinked_project_shows_the_deltafile_project_id(qgis_app, tmp_path, data_dir, capsys):
    lp = make_layer_project("gpkg", tmp_path / "a", data_dir / "jobs.sqlite")
    path = deltafile(tmp_path / "d.json", [patch_for(lp, 1, 11)], project="cloud-project-z")
    feedback = run_job(lp, path)
    assert feedback["outputs"]["load_deltas"]["deltafile_project"] == "cloud-project-z"
    assert feedback["outputs"]["load_deltas"]["cloud_project"] is None
    assert main(["delta-apply", str(lp.project), str(deltafile(tmp_path / "e.json", [patch_for(lp, 2, 12)],
                                                                  project="cloud-project-z"))]) == 0
    assert "deltafile of cloud project cloud-project-z" in capsys.readouterr().err
