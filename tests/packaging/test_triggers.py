"""The seed's package trigger rules as pure functions."""

from __future__ import annotations

from qfieldsync_plus.core.jobs.job import Job
from qfieldsync_plus.core.runner import triggers

PARAMS = {"package_dir": "/pkg", "mode": "cable", "aoi_only": False}
FILES = {"/p/p.qgs": [1, 10], "/p/a.gpkg": [2, 20]}


def _package(status="finished", online=False, files=None, params=None, finished_at="2026-01-01T10:00:00"):
    feedback = {"outputs": {"package_project": {"source_files": files or FILES, "has_online_layers": online}}}
    return Job(type="package", project="/p/p.qgs", status=status, params=dict(params or PARAMS),
               feedback=feedback, finished_at=finished_at)


def test_reuse_when_nothing_changed():
    last = _package()
    assert triggers.reusable_package(last, PARAMS, dict(FILES), True, False) == last.id


def test_no_reuse_when_something_changed_or_forced():
    last = _package()
    assert triggers.reusable_package(last, {**PARAMS, "force": True}, FILES, True, False) is None
    assert triggers.reusable_package(last, PARAMS, {**FILES, "/p/a.gpkg": [3, 20]}, True, False) is None
    assert triggers.reusable_package(last, PARAMS, FILES, True, True) is None  # a delta was applied
    assert triggers.reusable_package(last, PARAMS, FILES, False, False) is None  # package folder gone
    assert triggers.reusable_package(last, {**PARAMS, "mode": "cloud"}, FILES, True, False) is None
    assert triggers.reusable_package(_package(online=True), PARAMS, FILES, True, False) is None
    assert triggers.reusable_package(_package(status="failed"), PARAMS, FILES, True, False) is None
    assert triggers.reusable_package(None, PARAMS, FILES, True, False) is None


def test_delta_applied_since():
    delta = Job(type="delta_apply", project="/p/p.qgs", status="finished", finished_at="2026-01-01T11:00:00")
    assert triggers.applied_since([delta], "2026-01-01T10:00:00")
    assert not triggers.applied_since([delta], "2026-01-01T12:00:00")


def test_current_check_must_match_the_project_file():
    check = Job(type="process_projectfile", project="/p/p.qgs", status="finished",
                params={"project_fingerprint": [1, 10]})
    assert triggers.has_current_check([check], [1, 10])
    assert not triggers.has_current_check([check], [5, 10])
    check.status = "failed"
    assert not triggers.has_current_check([check], [1, 10])


def test_prerequisite_failure_is_explained():
    failed = Job(type="process_projectfile", project="/p/p.qgs", status="failed",
                 feedback={"error": "QGIS cannot open the project file"})
    assert "QGIS cannot open the project file" in triggers.package_prerequisite_reason(failed)
    assert "already pending" in triggers.package_prerequisite_reason(None)
    assert triggers.package_prerequisite_reason(Job(type="process_projectfile", project="/p", status="finished")) is None
