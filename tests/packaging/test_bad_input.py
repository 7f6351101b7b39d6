"""Bad input: a clear message naming the layer or path, and nothing half-written."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from .conftest import points, run_package, save_project, write_ogr


def _snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _no_partial_folders(parent: Path) -> bool:
    return not [p for p in parent.iterdir() if ".partial-" in p.name or ".old-" in p.name]


@pytest.fixture
def packaged(workdir):
    """A project with one GeoPackage layer, already packaged once into ``workdir/out``."""
    gpkg = write_ogr(workdir / "project" / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(50))
    layer = QgsVectorLayer(f"{gpkg}|layername=a", "apiary", "ogr")
    layer.setCustomProperty("QFieldSync/action", "offline")
    project = save_project(workdir / "project" / "p.qgs", [layer])
    assert run_package(project, workdir / "out").get("error") is None
    return project, workdir / "out", gpkg


def test_output_inside_the_project_folder(workdir, packaged):
    project, _, _ = packaged
    target = workdir / "project" / "package"

    feedback = run_package(project, target)

    assert "inside the project folder" in feedback["error"] and str(target) in feedback["error"]
    assert feedback["error_type"] == "INVALID_ARGUMENTS"
    assert not target.exists() and _no_partial_folders(workdir / "project")


def test_output_that_contains_the_project_or_other_files(workdir, packaged):
    project, _, _ = packaged
    other = workdir / "documents"
    other.mkdir()
    (other / "thesis.txt").write_text("keep me")

    contains = run_package(project, workdir)
    unrelated = run_package(project, other)

    assert "contains the project folder" in contains["error"]
    assert "thesis.txt" in unrelated["error"] and str(other) in unrelated["error"]
    assert unrelated["error_type"] == "FOLDER_NOT_OWNED"
    assert _snapshot(other) == {"thesis.txt": b"keep me"}


def test_no_write_permission(workdir, packaged):
    project, _, _ = packaged
    locked = workdir / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # root ignores permission bits: make the folder immutable instead
        if subprocess.run(["chattr", "+i", str(locked)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder unwritable for root here (chattr +i failed)")
    else:
        locked.chmod(0o555)
    try:
        feedback = run_package(project, locked / "package")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(locked)], check=True)
        else:
            locked.chmod(0o755)

    assert feedback["error_type"] == "WRITE_FAILED"
    assert str(locked) in feedback["error"]
    assert list(locked.iterdir()) == []


def test_missing_file_with_strict_leaves_the_previous_package(workdir, packaged):
    project, out, gpkg = packaged
    before = _snapshot(out)
    gpkg.rename(gpkg.with_suffix(".moved"))

    feedback = run_package(project, out, strict=True)

    assert 'Layer "apiary" is invalid' in feedback["error"]
    assert f'File "{gpkg}" missing.' in feedback["error"]
    assert _snapshot(out) == before and _no_partial_folders(workdir)


def test_invalid_layer_is_named(workdir, packaged):
    project, out, _ = packaged
    broken = workdir / "project" / "broken.gpkg"
    broken.write_bytes(b"this is not a geopackage")
    layer = QgsVectorLayer(f"{broken}|layername=x", "broken layer", "ogr")
    project2 = save_project(workdir / "project" / "p2.qgs", [layer], allow_invalid=True)

    feedback = run_package(project2, workdir / "out2")

    assert feedback.get("error") is None
    assert 'Layer "broken layer" is invalid' in feedback["outputs"]["package_project"]["warnings"][0]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_database(workdir, postgis_db):
    postgis_db.port = _closed_port()
    layer = QgsVectorLayer(postgis_db.layer_uri("plots"), "plots", "postgres")
    assert not layer.isValid()
    project = save_project(workdir / "project" / "p.qgs", [layer], allow_invalid=True)

    feedback = run_package(project, workdir / "out")
    strict = run_package(project, workdir / "out2", strict=True)

    warning = feedback["outputs"]["package_project"]["warnings"][0]
    assert 'Layer "plots" is invalid' in warning and "Unable to connect" in warning
    assert 'Layer "plots" is invalid' in strict["error"] and not (workdir / "out2").exists()
    assert f"password='{postgis_db.password}'" not in str(feedback) + str(strict)


def test_cancel_leaves_the_previous_package(workdir, packaged):
    project, out, _ = packaged
    before = _snapshot(out)
    calls = []

    def cancel_after_first_progress() -> bool:
        calls.append(1)
        return len(calls) > 1

    feedback = run_package(project, out, is_cancelled=cancel_after_first_progress)

    assert feedback["error_type"] == "CANCELLED"
    assert _snapshot(out) == before and _no_partial_folders(workdir)


def test_project_file_missing(workdir):
    feedback = run_package(workdir / "project" / "nope.qgs", workdir / "out")

    assert feedback["error_type"] == "FILE_NOT_FOUND" and "nope.qgs" in feedback["error"]
    assert not (workdir / "out").exists()


def test_progress_is_reported_per_feature(workdir, packaged):
    project, out, _ = packaged
    progress: list = []

    assert run_package(project, out, progress=progress).get("error") is None

    assert progress == sorted(progress) and len(progress) > 5 and progress[-1] == 100.0
