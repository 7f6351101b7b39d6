"""process_projectfile on real projects: layers, bad project files, project-level findings."""

import hashlib
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from qfieldsync_plus.core.jobs.job import FAILED, FINISHED, PROCESS_PROJECTFILE
from qfieldsync_plus.core.jobs.report import layer_table, project_details_of
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.runner import JobRunner
from qfieldsync_plus.core.runner.store import JobStore


def run_check(project, **params):
    runner = JobRunner(JobStore(store_path()))
    submission = runner.submit(PROCESS_PROJECTFILE, str(project), params)
    assert submission.job is not None, submission.skipped_reason
    return runner.run(submission.job)


def digest(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_valid_project_details_layers_and_thumbnail(bees_project):
    before = digest(bees_project.parent)
    job = run_check(bees_project)
    assert job.status == FINISHED, job.feedback
    feedback = job.feedback
    assert [s["id"] for s in feedback["steps"]] == [
        "project_validity_check", "opening_check", "project_details", "generate_thumbnail"]
    details = project_details_of(feedback)
    assert details["crs"] == "EPSG:3857"
    assert details["project_name"] == "Bees"
    assert details["attachment_dirs"] == ["DCIM"]
    assert details["extent"].startswith("POLYGON")
    layers = details["layers_by_id"]
    assert sorted(l["name"] for l in layers.values()) == ["apiary", "area"]
    assert set(details["ordered_layer_ids"]) == set(layers)
    for layer in layers.values():
        assert layer["status"] == "ok" and layer["error_code"] == "no_error" and layer["is_valid"]
        assert layer["datasource"].startswith("./bees.gpkg|layername=")
        assert layer["qfc_source_data_pk_name"] == "fid"
    thumbnail = Path(feedback["outputs"]["generate_thumbnail"]["thumbnail"])
    assert thumbnail.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not thumbnail.is_relative_to(bees_project.parent)
    assert digest(bees_project.parent) == before, "the check must not change the project folder"
    assert "Step \"Opening Check\" (opening_check) finished" in job.log
    assert job.started_at and job.finished_at and job.pid


def test_missing_data_file_gives_seed_message(bees_project):
    (bees_project.parent / "bees.gpkg").rename(bees_project.parent / "elsewhere.gpkg")
    job = run_check(bees_project)
    assert job.status == FINISHED  # invalid layers are findings, not a failure (as in the cloud)
    layers = project_details_of(job.feedback)["layers_by_id"].values()
    for layer in layers:
        assert layer["status"] == "invalid_dataprovider"
        assert layer["error_code"] == "invalid_dataprovider"
        assert layer["message"] == f'File "{bees_project.parent / "bees.gpkg"}" missing.'
        assert "Keep relative paths and folder names" in layer["hint"]
    table = layer_table(job.feedback)
    assert "invalid_dataprovider" in table and "missing." in table and "What to do:" in table


def test_missing_file_outside_project_folder_says_so(qgis_app, tmp_path):
    from tests.fixtures.projects import bees_data, save_project

    data = tmp_path / "data"
    data.mkdir()
    gpkg = bees_data(data)
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    project = save_project(project_dir / "p.qgs", [QgsVectorLayer(f"{gpkg}|layername=apiary", "apiary", "ogr")])
    job = run_check(project)
    details = project_details_of(job.feedback)
    findings = {f["id"]: f for f in details["findings"]}
    assert str(gpkg) in findings["files_outside_project"]["paths"]
    gpkg.unlink()
    job = run_check(project)
    layer = next(iter(project_details_of(job.feedback)["layers_by_id"].values()))
    assert layer["message"] == f'File "{gpkg}" missing.'
    assert "outside the project folder" in layer["hint"]


@pytest.mark.parametrize("name", ["nothere.qgs", "nothere.qgz"])
def test_missing_project_file_fails(tmp_path, name):
    job = run_check(tmp_path / name)
    assert job.status == FAILED
    assert job.feedback["error_type"] == "FILE_NOT_FOUND"
    assert str(tmp_path / name) in job.feedback["error"]


def test_wrong_extension_fails(tmp_path):
    path = tmp_path / "project.txt"
    path.write_text("<qgis/>")
    job = run_check(path)
    assert job.status == FAILED and job.feedback["error_type"] == "INVALID_FILE_EXTENSION"
    assert '".txt"' in job.feedback["error"]


def test_broken_xml_quotes_line_and_column(bees_project):
    text = bees_project.read_text(encoding="utf-8").splitlines()
    text.insert(5, "  <title>Bees & <broken</title>")
    bees_project.write_text("\n".join(text), encoding="utf-8")
    before = bees_project.read_bytes()
    job = run_check(bees_project)
    assert job.status == FAILED and job.feedback["error_type"] == "INVALID_PROJECT_FILE"
    error = job.feedback["error"]
    assert "not well-formed XML" in error and "Line 6, column 16" in error
    assert "     6 |   <title>Bees & <broken</title>\n       |                ^" in error
    assert bees_project.read_bytes() == before


def test_truncated_xml(bees_project):
    data = bees_project.read_text(encoding="utf-8")
    bees_project.write_text(data[: len(data) // 2], encoding="utf-8")
    job = run_check(bees_project)
    assert job.feedback["error_type"] == "INVALID_PROJECT_FILE"
    assert "not well-formed XML" in job.feedback["error"]


def test_corrupt_qgz_and_qgz_without_qgs(bees_project, tmp_path):
    qgz = tmp_path / "corrupt.qgz"
    qgz.write_bytes(b"PK\x03\x04 this is not really a zip")
    job = run_check(qgz)
    assert job.status == FAILED and "not a readable .qgz" in job.feedback["error"]
    empty = tmp_path / "empty.qgz"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "no project")
    job = run_check(empty)
    assert job.status == FAILED and "holds no .qgs" in job.feedback["error"]


def test_valid_qgz(bees_project):
    project = QgsProject()
    assert project.read(str(bees_project))
    qgz = bees_project.with_suffix(".qgz")
    assert project.write(str(qgz))
    job = run_check(qgz)
    assert job.status == FINISHED
    assert all(l["status"] == "ok" for l in project_details_of(job.feedback)["layers_by_id"].values())


def test_project_level_findings(bees_project):
    folder = bees_project.parent
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("x")
    (folder / "notes:v2.txt").write_text("x")
    (folder / "CON.txt").write_text("x")
    (folder / ".notes:v3.swp").write_text("x")  # hidden: skipped by the upload, so not a bad name either
    project = QgsProject()
    project.read(str(bees_project))
    project.writeEntryBool("Paths", "/Absolute", True)
    project.write(str(bees_project))
    job = run_check(bees_project)
    findings = {f["id"]: f for f in project_details_of(job.feedback)["findings"]}
    assert findings["hidden_files"]["paths"] == [".git", ".notes:v3.swp"]
    assert findings["hidden_files"]["severity"] == "warning" and "not uploaded" in findings["hidden_files"]["message"]
    assert sorted(findings["bad_file_names"]["paths"]) == ["CON.txt", "notes:v2.txt"]
    assert findings["absolute_paths"]["severity"] == "warning"
    assert "package job should take about" in findings["size_estimate"]["message"]


def test_target_cloud_flags_files_outside(qgis_app, tmp_path):
    from tests.fixtures.projects import bees_data, save_project

    gpkg = bees_data(tmp_path)
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    project = save_project(project_dir / "p.qgs", [QgsVectorLayer(f"{gpkg}|layername=apiary", "apiary", "ogr")])
    local = next(iter(project_details_of(run_check(project).feedback)["layers_by_id"].values()))
    assert local["status"] == "ok"
    cloud = next(iter(project_details_of(run_check(project, target="cloud").feedback)["layers_by_id"].values()))
    assert cloud["status"] == "invalid_dataprovider"
    assert cloud["message"] == f'File "{gpkg}" missing.'


def test_unresolved_localized_path_is_reported_as_the_cloud_does(qgis_app, tmp_path):
    """QGIS writes ``localized:`` for a file in its localized data paths; unresolved, QGIS 3.22 leaves no source."""
    from qgis.core import QgsApplication

    from tests.fixtures.projects import bees_data, bees_project, save_project

    shared = tmp_path / "shared"
    shared.mkdir()
    gpkg = bees_data(shared)
    project = bees_project(tmp_path / "project")
    registry = QgsApplication.localizedDataPathRegistry()
    registry.registerPath(str(shared))
    try:
        localized = QgsVectorLayer(f"{gpkg}|layername=apiary", "shared apiary", "ogr")
        area = QgsVectorLayer(f"{project.parent / 'bees.gpkg'}|layername=area", "area", "ogr")
        save_project(project, [localized, area])
    finally:
        registry.unregisterPath(str(shared))
    assert "<datasource>localized:bees.gpkg|layername=apiary</datasource>" in project.read_text(encoding="utf-8")
    job = run_check(project)
    assert job.status == FINISHED, job.feedback
    layers = {l["name"]: l for l in project_details_of(job.feedback)["layers_by_id"].values()}
    shared_layer = layers["shared apiary"]
    assert shared_layer["status"] == shared_layer["error_code"] == "localized_dataprovider"
    assert shared_layer["is_localized"] is True and shared_layer["is_valid"] is False
    assert shared_layer["datasource"] == "localized:bees.gpkg|layername=apiary"
    assert shared_layer["filename"] == "bees.gpkg" and shared_layer["provider_name"] is None
    assert shared_layer["message"] == 'Localized dataset stored at "bees.gpkg" is missing.'
    assert "shared_datasets" in shared_layer["hint"] and "localized data paths" in shared_layer["hint"]
    assert layers["area"]["status"] == "ok" and layers["area"]["is_localized"] is False
    assert "localized_dataprovider" in layer_table(job.feedback)
