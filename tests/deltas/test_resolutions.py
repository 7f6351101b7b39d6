"""Conflicts decided per delta and per attribute (the ``resolutions`` job parameter), all-or-nothing."""

from __future__ import annotations

from tests.deltas.conftest import delta, deltafile, make_layer_project, run_job, statuses


def _conflicting(lp, tmp_path):
    """Feature 1 is changed at the source after the field edit: name and count now differ from ``old``."""
    edit = delta(lp, "patch", "1", old={"attributes": {"name": "beta1", "count": 1}},
                 new={"attributes": {"name": "field name", "count": 10}})
    source = delta(lp, "patch", "1", old={"attributes": {"name": "beta1", "count": 1}},
                   new={"attributes": {"name": "office name", "count": 7}})
    assert statuses(run_job(lp, deltafile(tmp_path / "office.json", [source]))) == ["status_applied"]
    return edit


def test_conflict_values_then_per_attribute_resolution(qgis_app, tmp_path, data_dir):
    lp = make_layer_project("gpkg", tmp_path / "p", data_dir / "jobs.sqlite")
    edit = _conflicting(lp, tmp_path)
    feedback = run_job(lp, deltafile(tmp_path / "field.json", [edit]))
    entry = feedback["outputs"]["apply_deltas"]["delta_feedback"][0]
    assert entry["status"] == "status_conflict"
    assert {v["name"]: (v["old"], v["source"], v["new"]) for v in entry["conflict_values"]} == {
        "name": ('"beta1"', '"office name"', '"field name"'), "count": ("1", "7", "10")}
    assert lp.read()["1"][:2] == ("office name", "7")

    # Deciding only one attribute leaves the other a conflict: nothing is written.
    half = run_job(lp, delta_ids=[edit["uuid"]], resolutions={edit["uuid"]: {"name": "field"}})
    assert statuses(half) == ["status_conflict"]
    assert lp.read()["1"][:2] == ("office name", "7")

    both = run_job(lp, delta_ids=[edit["uuid"]], resolutions={edit["uuid"]: {"name": "field", "count": "source"}})
    assert statuses(both) == ["status_applied"], both
    assert lp.read()["1"][:2] == ("field name", "7")


def test_keep_the_source_for_a_whole_delta_and_refuse_unknown_choices(qgis_app, tmp_path, data_dir):
    lp = make_layer_project("gpkg", tmp_path / "p", data_dir / "jobs.sqlite")
    edit = _conflicting(lp, tmp_path)
    before = lp.read()
    bad = run_job(lp, deltafile(tmp_path / "field.json", [edit]), resolutions={edit["uuid"]: {"name": "mine"}})
    assert bad["error_type"] == "INVALID_ARGUMENTS", bad
    assert lp.read() == before
    kept = run_job(lp, deltafile(tmp_path / "field.json", [edit]), resolutions={edit["uuid"]: {"*": "source"}})
    assert statuses(kept) == ["status_applied"]
    assert lp.read() == before
