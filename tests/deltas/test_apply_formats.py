"""delta_apply on GeoPackage, Shapefile, CSV and PostGIS: apply, conflicts, rollback, inverse, re-apply."""

from __future__ import annotations

from tests.deltas.conftest import delta, deltafile, run_job, statuses

from qfieldsync_plus.core.deltas.log import DeltaLog


def geometry(lp, wkt):
    return {"geometry": wkt} if lp.kind != "csv" else {}


def test_apply_patch_create_delete_and_created_feature_edited_again(layer_project, tmp_path):
    lp = layer_project
    before = lp.read()
    new_name = "created"
    deltas = [
        delta(lp, "patch", 1, old={"attributes": {"name": before["1"][0], "count": 1}},
              new={"attributes": {"name": "patched"}, **geometry(lp, "POINT (10 20)")}),
        delta(lp, "create", None, local_pk="900", new={"attributes": {"name": new_name, "count": 7},
                                                       **geometry(lp, "POINT (5 5)")}),
        delta(lp, "patch", None, local_pk="900", old={"attributes": {"name": new_name}},
              new={"attributes": {"name": "created-then-patched"}}),
        delta(lp, "delete", 3, old={"attributes": {"name": before["3"][0], "count": "3"}}),
    ]
    feedback = run_job(lp, deltafile(tmp_path / "d.json", deltas))
    assert "error" not in feedback, feedback.get("error")
    assert statuses(feedback) == ["status_applied"] * 4
    after = lp.read()
    assert after["1"][0] == "patched"
    if lp.kind != "csv":
        assert after["1"][2] == "POINT (10 20)"
    assert "3" not in after
    created_pk = feedback["outputs"]["apply_deltas"]["delta_feedback"][1]["modified_pk"]
    assert after[created_pk][0] == "created-then-patched"
    assert feedback["outputs"]["apply_deltas"]["delta_feedback"][2]["feature_pk"] == created_pk
    assert len(after) == len(before)
    log = {d.id: d.status for d in DeltaLog(lp.store).list()}
    assert set(log.values()) == {"applied"}


def test_conflict_rolls_back_everything_and_overwrite_applies(layer_project, tmp_path):
    lp = layer_project
    before = lp.read()
    deltas = [
        delta(lp, "patch", 1, old={"attributes": {"name": before["1"][0]}}, new={"attributes": {"name": "ok"}}),
        delta(lp, "patch", 2, old={"attributes": {"name": "somebody else", "count": 99}},
              new={"attributes": {"name": "mine"}}),
    ]
    path = deltafile(tmp_path / "d.json", deltas)
    feedback = run_job(lp, path)
    assert feedback["error_type"] == "WRITE_FAILED"
    entries = feedback["outputs"]["apply_deltas"]["delta_feedback"]
    assert [e["status"] for e in entries] == ["status_rolled_back", "status_conflict"]
    conflicts = entries[1]["conflicts"]
    assert any('"name"' in c and "somebody else" in c and before["2"][0] in c for c in conflicts)
    assert any('"count"' in c and "99" in c for c in conflicts)
    assert lp.read() == before
    statuses_in_log = {d.id: d.status for d in DeltaLog(lp.store).list()}
    assert statuses_in_log == {deltas[0]["uuid"]: "pending", deltas[1]["uuid"]: "conflict"}

    feedback = run_job(lp, path, overwrite_conflicts=True)
    assert "error" not in feedback
    entries = feedback["outputs"]["apply_deltas"]["delta_feedback"]
    assert [e["status"] for e in entries] == ["status_applied", "status_applied"]
    assert "conflicts overwritten" in entries[1]["msg"]
    assert lp.read()["2"][0] == "mine"


def test_failing_delta_in_the_middle_changes_nothing(layer_project, tmp_path):
    lp = layer_project
    before = lp.read()
    deltas = [
        delta(lp, "patch", 1, old={"attributes": {"count": 1}}, new={"attributes": {"count": 100}}),
        delta(lp, "create", None, local_pk="77", new={"attributes": {"name": "n", "count": 1}}),
        delta(lp, "patch", 2, old={"attributes": {}}, new={"attributes": {"no_such_field": 1}}),
        delta(lp, "delete", 4, old={"attributes": {"count": 4}}),
    ]
    feedback = run_job(lp, deltafile(tmp_path / "d.json", deltas))
    assert feedback["error_type"] == "WRITE_FAILED"
    assert statuses(feedback) == ["status_rolled_back", "status_rolled_back", "status_apply_failed",
                                  "status_not_attempted"]
    assert 'no field "no_such_field"' in feedback["error"]
    assert lp.read() == before
    if lp.files:
        leftovers = [p.name for p in lp.files[0].parent.iterdir() if "__qfsp" in p.name]
        assert leftovers == []


def test_continue_on_error_keeps_the_others(layer_project, tmp_path):
    lp = layer_project
    deltas = [
        delta(lp, "patch", 1, old={"attributes": {"count": 1}}, new={"attributes": {"count": 100}}),
        delta(lp, "patch", 404, old={"attributes": {}}, new={"attributes": {"count": 5}}),
        delta(lp, "patch", 2, old={"attributes": {"count": 2}}, new={"attributes": {"count": 200}}),
    ]
    feedback = run_job(lp, deltafile(tmp_path / "d.json", deltas), continue_on_error=True)
    assert "error" not in feedback
    assert statuses(feedback) == ["status_applied", "status_apply_failed", "status_applied"]
    after = lp.read()
    assert (after["1"][1], after["2"][1]) == ("100", "200")


def test_inverse_reverts_each_method(layer_project, tmp_path):
    lp = layer_project
    before = lp.read()
    deltas = [
        delta(lp, "patch", 1, old={"attributes": {"name": before["1"][0], "count": 1}, **geometry(lp, before["1"][2])},
              new={"attributes": {"name": "patched", "count": 11}, **geometry(lp, "POINT (7 7)")}),
        delta(lp, "create", None, local_pk="500", new={"attributes": {"name": "brand new", "count": 3},
                                                       **geometry(lp, "POINT (1 1)")}),
        delta(lp, "delete", 2, old={"attributes": {"name": before["2"][0], "count": 2}, **geometry(lp, before["2"][2])}),
    ]
    path = deltafile(tmp_path / "d.json", deltas)
    assert "error" not in run_job(lp, path)
    assert lp.read() != before
    feedback = run_job(lp, path, inverse=True)
    assert "error" not in feedback, feedback.get("error")
    assert statuses(feedback) == ["status_applied"] * 3
    assert lp.read() == before
    assert {d.status for d in DeltaLog(lp.store).list()} == {"not_applied"}


def test_never_twice_and_reapply_by_id_and_from(layer_project, tmp_path):
    lp = layer_project
    first = delta(lp, "patch", 1, old={"attributes": {"count": 1}}, new={"attributes": {"count": 10}})
    second = delta(lp, "patch", 2, old={"attributes": {"count": 2}}, new={"attributes": {"count": 20}})
    path = deltafile(tmp_path / "d.json", [first])
    assert "error" not in run_job(lp, path)
    assert "error" not in run_job(lp, deltafile(tmp_path / "e.json", [second]))
    again = run_job(lp, path)
    assert statuses(again) == ["status_skipped"]
    assert lp.read()["1"][1] == "10"

    resets = []
    for pk, value in (("1", 1), ("2", 2)):  # later edits set the values back
        resets.append(delta(lp, "patch", pk, old={"attributes": {}}, new={"attributes": {"count": value}}))
        assert "error" not in run_job(lp, deltafile(tmp_path / f"r{pk}.json", [resets[-1]]))
    feedback = run_job(lp, delta_ids=[first["uuid"]], overwrite_conflicts=True)
    assert statuses(feedback) == ["status_applied"]
    assert (lp.read()["1"][1], lp.read()["2"][1]) == ("10", "2")
    feedback = run_job(lp, from_delta=second["uuid"], overwrite_conflicts=True)
    applied = [e["delta_id"] for e in feedback["outputs"]["apply_deltas"]["delta_feedback"]]
    assert applied == [second["uuid"], resets[0]["uuid"], resets[1]["uuid"]]
    assert statuses(feedback) == ["status_applied"] * 3
    assert (lp.read()["1"][1], lp.read()["2"][1]) == ("1", "2")


def test_dry_run_reports_and_writes_nothing(layer_project, tmp_path):
    lp = layer_project
    before = lp.read()
    deltas = [
        delta(lp, "patch", 1, old={"attributes": {"count": 1}}, new={"attributes": {"count": 100}}),
        delta(lp, "patch", 2, old={"attributes": {"count": 3}}, new={"attributes": {"count": 200}}),
        delta(lp, "delete", 4, old={"attributes": {"count": 4}}),
    ]
    feedback = run_job(lp, deltafile(tmp_path / "d.json", deltas), dry_run=True)
    assert "error" not in feedback
    assert statuses(feedback) == ["status_applied", "status_conflict", "status_applied"]
    assert feedback["outputs"]["apply_deltas"]["dry_run"] is True
    assert feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["msg"].startswith("Dry run")
    assert lp.read() == before
    assert DeltaLog(lp.store).list() == []


def test_schema_failure_names_delta_and_field_and_changes_nothing(layer_project, tmp_path):
    lp = layer_project
    before = lp.read()
    good = delta(lp, "patch", 1, old={"attributes": {"count": 1}}, new={"attributes": {"count": 100}})
    bad = delta(lp, "modify", 2, new={"attributes": {"count": 1}})
    del bad["localLayerId"]
    feedback = run_job(lp, deltafile(tmp_path / "d.json", [good, bad]))
    assert feedback["error_type"] == "INVALID_DELTAFILE"
    assert f"delta 1 (uuid {bad['uuid']}), field \"method\"" in feedback["error"]
    assert f"delta 1 (uuid {bad['uuid']}), field \"localLayerId\": is required" in feedback["error"]
    assert lp.read() == before
    assert DeltaLog(lp.store).list() == []


def test_feature_created_in_an_earlier_run_is_found_by_client_and_local_key(layer_project, tmp_path):
    lp = layer_project
    create = delta(lp, "create", None, local_pk="41", new={"attributes": {"name": "field tree", "count": 1}})
    feedback = run_job(lp, deltafile(tmp_path / "a.json", [create]))
    created_pk = feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["modified_pk"]
    patch = delta(lp, "patch", None, local_pk="41", old={"attributes": {"name": "field tree"}},
                  new={"attributes": {"name": "field tree, measured"}})
    other_client = delta(lp, "patch", None, local_pk="41", client="client-2", old={}, new={"attributes": {"count": 3}})
    feedback = run_job(lp, deltafile(tmp_path / "b.json", [patch, other_client],
                                     clientPks={"client-2__41": "1"}))
    assert "error" not in feedback, feedback.get("error")
    entries = feedback["outputs"]["apply_deltas"]["delta_feedback"]
    assert entries[0]["feature_pk"] == created_pk and entries[1]["feature_pk"] == "1"
    after = lp.read()
    assert after[created_pk][0] == "field tree, measured" and after["1"][1] == "3"
