"""The package command end to end: child processes, the job store, trigger rules, exit codes."""

from __future__ import annotations

import json
import os

from qfieldsync_plus.cli.main import main
from qfieldsync_plus.core.jobs.job import PACKAGE, PROCESS_PROJECTFILE
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.runner import JobRunner
from qfieldsync_plus.core.runner.store import JobStore

from .conftest import feature_counts


def _jobs(job_type):
    return JobStore(store_path()).list(job_type=job_type)


def test_package_runs_the_check_first_then_reuses_until_something_changes(bees_project, tmp_path, capsys):
    out = tmp_path / "qfield"
    feedback_file = tmp_path / "feedback.json"

    assert main(["package", str(bees_project), "--out", str(out), "--feedback", str(feedback_file)]) == 0

    feedback = json.loads(feedback_file.read_text())
    assert [s["id"] for s in feedback["steps"]] == ["qgis_layers_data", "package_project", "qfield_layer_data"]
    assert len(feedback["outputs"]["qgis_layers_data"]["layers_by_id"]) == 2
    assert feature_counts(out / "bees_qfield.qgs") == feature_counts(bees_project)
    assert [j.status for j in _jobs(PROCESS_PROJECTFILE)] == ["finished"]
    assert str(out / "bees_qfield.qgs") in capsys.readouterr().out

    assert main(["package", str(bees_project), "--out", str(out)]) == 0  # nothing changed
    assert "is reused" in capsys.readouterr().out
    assert len(_jobs(PROCESS_PROJECTFILE)) == 1  # the check of this project file is still current

    assert main(["package", str(bees_project), "--out", str(out), "--force"]) == 0
    assert "is reused" not in capsys.readouterr().out

    gpkg = bees_project.parent / "bees.gpkg"
    os.utime(gpkg, ns=(gpkg.stat().st_atime_ns, gpkg.stat().st_mtime_ns + 10**9))
    assert main(["package", str(bees_project), "--out", str(out)]) == 0
    assert "is reused" not in capsys.readouterr().out
    assert [j.status for j in _jobs(PACKAGE)] == ["finished"] * 4


def test_failed_check_stops_the_package(qgis_app, tmp_path, capsys):
    project = tmp_path / "project" / "broken.qgs"
    project.parent.mkdir()
    project.write_text("<qgis><projectlayers>", encoding="utf-8")

    assert main(["package", str(project), "--out", str(tmp_path / "out")]) == 1

    err = capsys.readouterr().err
    assert "process_projectfile" in err and "broken.qgs" in err
    assert _jobs(PACKAGE)[0].error_type == "PREREQUISITE_FAILED"
    assert not (tmp_path / "out").exists()


def test_no_second_pending_package(bees_project, tmp_path):
    runner = JobRunner(JobStore(store_path()))
    first = runner.submit(PACKAGE, str(bees_project), {"package_dir": str(tmp_path / "a")})
    second = runner.submit(PACKAGE, str(bees_project), {"package_dir": str(tmp_path / "b")})

    assert first.job is not None and second.job is None
    assert "already pending" in second.skipped_reason


def test_usage_errors_exit_2(bees_project):
    assert main(["package", str(bees_project)]) == 2
    assert main(["package", str(bees_project), "--out", "x", "--mode", "usb"]) == 2
