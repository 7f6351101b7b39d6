"""A deltafile with more deltas than one write batch: every delta's result in the feedback, the
delta log and the child's feedback file, the same everywhere."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

from qfieldsync_plus.core.deltas.log import INSERT_BATCH
from tests.deltas.conftest import delta, deltafile, make_layer_project, statuses

FEATURES = 40


def mixed_deltas(lp, count: int) -> list:
    """``count`` deltas: patches that apply, patches that conflict, creates, deletes of missing features."""
    deltas = []
    for index in range(count):
        pk = index % FEATURES + 1
        kind = index % 4
        if kind == 0:
            deltas.append(delta(lp, "patch", pk, old={}, new={"attributes": {"count": index}}))
        elif kind == 1:
            deltas.append(delta(lp, "patch", pk, old={"attributes": {"name": "never so"}},
                                new={"attributes": {"count": -1}}))
        elif kind == 2:
            deltas.append(delta(lp, "create", None, local_pk=f"new-{index}",
                                new={"attributes": {"name": f"n{index}", "count": index},
                                     "geometry": f"POINT ({index} 1)"}))
        else:
            deltas.append(delta(lp, "delete", 10_000 + index, old={}))
    return deltas


def logged(store) -> dict:
    with sqlite3.connect(str(store)) as connection:
        rows = connection.execute("SELECT id, status, last_feedback FROM deltas").fetchall()
    return {row[0]: (row[1], json.loads(row[2]) if row[2] else None) for row in rows}


def test_every_delta_of_a_large_deltafile_is_reported_and_logged(qgis_app, tmp_path, data_dir):
    lp = make_layer_project("gpkg", tmp_path / "p", data_dir / "jobs.sqlite", count=FEATURES)
    count = INSERT_BATCH + 7  # more than one write batch of the delta log
    deltas = mixed_deltas(lp, count)
    path = deltafile(tmp_path / "many.json", deltas)
    request = tmp_path / "request.json"
    result = tmp_path / "feedback.json"
    params = {"project": str(lp.project), "store_path": str(lp.store), "deltafile": str(path),
              "continue_on_error": True}
    request.write_text(json.dumps({"job_type": "delta_apply", "params": params, "result_path": str(result)}))

    subprocess.run([sys.executable, "-m", "qfieldsync_plus.core.runner.child", str(request)], check=True,
                   stdin=subprocess.DEVNULL, capture_output=True, timeout=300)  # the job's own child process, as the runner starts it

    feedback = json.loads(result.read_text(encoding="utf-8"))
    entries = feedback["outputs"]["apply_deltas"]["delta_feedback"]
    assert [e["delta_id"] for e in entries] == [d["uuid"] for d in deltas]
    assert [e["delta_index"] for e in entries] == list(range(count))
    expected = {0: "status_applied", 1: "status_conflict", 2: "status_applied", 3: "status_apply_failed"}
    assert statuses(feedback) == [expected[i % 4] for i in range(count)]
    assert feedback["steps"][3]["returns"]["delta_feedback"] == entries
    assert feedback["outputs"]["apply_deltas"]["counts"] == {
        "status_applied": len([i for i in range(count) if i % 4 in (0, 2)]),
        "status_conflict": len([i for i in range(count) if i % 4 == 1]),
        "status_apply_failed": len([i for i in range(count) if i % 4 == 3])}
    log = logged(lp.store)
    assert {d: log[d][0] for d in log} == {e["delta_id"]: {"status_applied": "applied", "status_conflict": "conflict",
                                                            "status_apply_failed": "error"}[e["status"]]
                                           for e in entries}
    assert all(log[e["delta_id"]][1] == e for e in entries)
    created = [e for e in entries if e["method"] == "create"]
    assert len(lp.read()) == FEATURES + len(created)


def apply_items(project_file, items) -> list:
    from qfieldsync_plus.core.deltas.engine import ApplyOptions, DeltaRun
    from qfieldsync_plus.core.deltas.targets import project_targets
    from qfieldsync_plus.core.project_io import open_project

    project = open_project(project_file)
    targets = project_targets(project)
    project.clear()
    return DeltaRun(targets, ApplyOptions(continue_on_error=True), {}).run(items).feedback


def test_deltas_kept_as_text_give_the_same_results_as_parsed_ones(qgis_app, tmp_path):
    from qfieldsync_plus.core.deltas.compact import CompactDeltas, encode
    from qfieldsync_plus.core.deltas.planning import plan_items

    lp = make_layer_project("gpkg", tmp_path / "parsed", tmp_path / "unused.sqlite", count=FEATURES)
    shutil.copytree(tmp_path / "parsed", tmp_path / "text")
    deltas = mixed_deltas(lp, 200)
    compact = CompactDeltas([encode(d) for d in deltas])
    assert list(compact) == deltas and compact[3:5] == deltas[3:5]

    parsed = apply_items(tmp_path / "parsed" / "trees.qgs", plan_items(deltas, ["f"] * len(deltas), {}, False, False))
    as_text = apply_items(tmp_path / "text" / "trees.qgs", plan_items(compact, ["f"] * len(deltas), {}, False, False))

    assert as_text == parsed
    assert {e["status"] for e in parsed} == {"status_applied", "status_conflict", "status_apply_failed"}
