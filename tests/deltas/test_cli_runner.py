"""The command line (exit codes, deltas list/reapply), trigger rules, and the edit-mode check."""

from __future__ import annotations

from tests.deltas.conftest import deltafile, delta, make_layer_project

from qfieldsync_plus.cli.main import main
from qfieldsync_plus.core.jobs.job import DELTA_APPLY, FAILED, FINISHED, PENDING, PROCESS_PROJECTFILE, Job
from qfieldsync_plus.core.runner import triggers
from qfieldsync_plus.core.runner.runner import JobRunner
from qfieldsync_plus.core.runner.store import JobStore


def test_exit_codes_and_delta_log_commands(qgis_app, tmp_path, data_dir, capsys):
    lp = make_layer_project("gpkg", tmp_path / "p", data_dir / "jobs.sqlite")
    ok = delta(lp, "patch", 1, old={"attributes": {"count": 1}}, new={"attributes": {"count": 10}})
    assert main(["delta-apply", str(lp.project), str(deltafile(tmp_path / "ok.json", [ok]))]) == 0
    assert "status_applied" in capsys.readouterr().out
    jobs = JobStore(lp.store).list()
    assert sorted(j.type for j in jobs) == [DELTA_APPLY, PROCESS_PROJECTFILE]  # the check ran first, once

    clash = delta(lp, "patch", 2, old={"attributes": {"count": 99}}, new={"attributes": {"count": 20}})
    feedback_file = tmp_path / "fb.json"
    assert main(["delta-apply", str(lp.project), str(deltafile(tmp_path / "c.json", [clash])),
                 "--feedback", str(feedback_file)]) == 1
    captured = capsys.readouterr()
    assert 'attribute "count": expected 99' in captured.out and "rolled back" in captured.err
    assert '"workflow_id": "apply_changes"' in feedback_file.read_text()
    assert lp.read()["2"][1] == "2"

    missing = delta(lp, "delete", 404, old={})
    fine = delta(lp, "patch", 3, old={}, new={"attributes": {"count": 30}})
    assert main(["delta-apply", str(lp.project), str(deltafile(tmp_path / "m.json", [missing, fine])),
                 "--continue-on-error"]) == 3
    assert lp.read()["3"][1] == "30"
    assert len([j for j in JobStore(lp.store).list() if j.type == PROCESS_PROJECTFILE]) == 1

    assert main(["deltas", "list", str(lp.project)]) == 0
    listing = capsys.readouterr().out
    assert f"{ok['uuid']}  applied" in listing and f"{clash['uuid']}  conflict" in listing
    assert f"{missing['uuid']}  error" in listing
    assert main(["deltas", "reapply", str(lp.project), "--id", clash["uuid"], "--overwrite-conflicts"]) == 0
    assert lp.read()["2"][1] == "20"
    assert main(["deltas", "reapply", str(lp.project)]) == 2
    assert main(["delta-apply", str(lp.project)]) == 2


def test_prerequisite_failure_stops_delta_apply(qgis_app, tmp_path, data_dir):
    broken = tmp_path / "broken.qgs"
    broken.write_text("<qgis><not closed", encoding="utf-8")
    runner = JobRunner(JobStore(data_dir / "jobs.sqlite"))
    job = runner.submit(DELTA_APPLY, str(broken), {"deltafile": str(tmp_path / "none.json")}).job
    assert runner.submit(DELTA_APPLY, str(broken)).skipped_reason == "A delta_apply job is already pending for this project."
    done = runner.run(job)
    assert done.status == FAILED and done.error_type == "PREREQUISITE_FAILED"
    assert "process_projectfile" in done.error
    check = runner.store.list(job_type=PROCESS_PROJECTFILE)[0]
    assert check.status == FAILED


def test_trigger_rules_are_pure_functions():
    pending = Job(type=DELTA_APPLY, project="p", status=PENDING)
    assert triggers.delta_apply_skip_reason([pending])
    assert triggers.delta_apply_skip_reason([Job(type=DELTA_APPLY, project="p", status=FINISHED)]) is None
    assert triggers.delta_apply_prerequisite_reason(None)  # a check is pending: wait for it
    failed = Job(type=PROCESS_PROJECTFILE, project="p", status=FAILED)
    assert "no change was applied" in triggers.delta_apply_prerequisite_reason(failed)
    assert triggers.delta_apply_prerequisite_reason(Job(type=PROCESS_PROJECTFILE, project="p", status=FINISHED)) is None


def test_refuses_while_a_target_layer_is_edited(qgis_app, tmp_path, data_dir):
    from qgis.core import QgsProject

    from qfieldsync_plus.core.deltas.editing import check_not_editing

    lp = make_layer_project("gpkg", tmp_path / "p", data_dir / "jobs.sqlite")
    project = QgsProject()
    project.read(str(lp.project))
    layer = project.mapLayer(lp.layer_id)
    deltas = [delta(lp, "patch", 1, old={}, new={"attributes": {"count": 2}})]
    assert check_not_editing(project, deltas, []) is None
    other = ("ogr", str(tmp_path / "other.gpkg") + "|layername=x")
    assert check_not_editing(project, deltas, [other]) is None
    message = check_not_editing(project, deltas, [("ogr", layer.source())])
    assert "trees" in message and "being edited" in message
