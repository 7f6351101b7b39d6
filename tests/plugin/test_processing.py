"""The Processing algorithms, in process and through a real qgis_process with the plugin enabled."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

from qfieldsync_plus.settings import make_runner

from .qgis_tools import make_profile, qgis_env, qgis_process_command

PACKAGE_DIR = Path(__file__).resolve().parents[2] / "qfieldsync_plus"


def _run(algorithm_id: str, parameters: dict, feedback=None):
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    assert algorithm is not None, algorithm_id
    context = QgsProcessingContext()
    feedback = feedback or QgsProcessingFeedback()
    return algorithm.run(parameters, context, feedback), feedback


def test_provider_has_the_job_and_cloud_algorithms_with_help(plugin):
    provider = QgsApplication.processingRegistry().providerById("qfieldsync_plus")
    assert provider.name() == "QFieldSync+"
    ids = sorted(a.id() for a in provider.algorithms())
    assert ids == ["qfieldsync_plus:cloud_download", "qfieldsync_plus:cloud_upload", "qfieldsync_plus:delta_apply",
                   "qfieldsync_plus:package", "qfieldsync_plus:process_projectfile", "qfieldsync_plus:sync"]
    for algorithm in provider.algorithms():
        assert len(algorithm.shortHelpString()) > 80
        if algorithm.name().startswith("cloud_"):
            assert algorithm.parameterDefinition("FOLDER") is not None
            continue
        assert algorithm.parameterDefinition("PROJECT") is not None
        assert {o.name() for o in algorithm.outputDefinitions()} >= {"STATUS", "JOB_ID", "OUTPUT_FOLDER"}


def test_cloud_upload_then_download_through_processing(plugin, cloud_server, signed_out, bees_project):
    from qfieldsync_plus.core.cloud.account import sign_in
    from qfieldsync_plus.core.cloud.links import link_folder
    from qfieldsync_plus.core.cloud.session import signed_in_client
    from tests.cloud.conftest import PASSWORD, USERNAME

    folder = bees_project.parent
    sign_in(cloud_server.url, USERNAME, PASSWORD)
    client = signed_in_client()
    project_id = client.create_project("bees")["id"]
    link_folder(folder, project_id, client.base_url, "bees")
    (folder / ".hidden_notes").write_text("mine")
    (result, ok), feedback = _run("qfieldsync_plus:cloud_upload", {"FOLDER": str(folder)})
    assert ok, feedback.textLog()
    assert result["UPLOADED"] >= 2 and result["SKIPPED_HIDDEN"] == ".hidden_notes"
    assert "bees.qgs" in cloud_server.state.files[project_id] and ".hidden_notes" not in cloud_server.state.files[project_id]
    with cloud_server.state.lock:
        cloud_server.state.store_file(project_id, "notes.txt", b"written in the cloud")
    (result, ok), feedback = _run("qfieldsync_plus:cloud_download", {"FOLDER": str(folder)})
    assert ok and "previous version" not in feedback.textLog()
    assert result["DOWNLOADED"] == 1 and (folder / "notes.txt").read_bytes() == b"written in the cloud"


def test_process_projectfile_in_process_writes_feedback_and_reports_progress(plugin, bees_project, tmp_path):
    progress = []
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(progress.append)
    (results, ok), _ = _run("qfieldsync_plus:process_projectfile",
                            {"PROJECT": str(bees_project), "TARGET": 1, "FEEDBACK": str(tmp_path / "fb.json")}, feedback)
    assert ok
    assert results["STATUS"] == "finished"
    document = json.loads((tmp_path / "fb.json").read_text())
    layers = document["outputs"]["project_details"]["project_details"]["layers_by_id"]
    assert sorted(layer["name"] for layer in layers.values()) == ["apiary", "area"]
    assert document["outputs"]["project_details"]["project_details"]["target"] == "cloud"
    assert progress and max(progress) == 100
    assert Path(results["OUTPUT_FOLDER"], "thumbnail.png").is_file()
    assert make_runner().store.get(results["JOB_ID"]).status == "finished"


def test_a_missing_project_fails_with_the_jobs_message(plugin, tmp_path):
    feedback = QgsProcessingFeedback()
    (results, ok), _ = _run("qfieldsync_plus:process_projectfile", {"PROJECT": str(tmp_path / "nope.qgs")}, feedback)
    assert not ok
    job = make_runner().store.list()[0]
    assert job.status == "failed"
    assert "nope.qgs" in job.feedback["error"]


def test_cancelled_feedback_stops_the_job(plugin, bees_project):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    (results, ok), _ = _run("qfieldsync_plus:process_projectfile", {"PROJECT": str(bees_project)}, feedback)
    assert not ok
    assert make_runner().store.list()[0].status == "stopped"


@pytest.mark.parametrize("algorithm_id, parameters, expected", [
    ("qfieldsync_plus:package", {"MODE": 1, "AOI_ONLY": True, "BACKUP_EXISTING": True},
     {"mode": "cloud", "aoi_only": True, "backup_existing": True, "package_dir": "{out}"}),
    ("qfieldsync_plus:delta_apply", {"DELTAFILE": "{deltafile}", "DRY_RUN": True, "ANY_PROJECT": True},
     {"deltafile": "{deltafile}", "dry_run": True, "inverse": False, "overwrite_conflicts": False,
      "any_project": True}),
])
def test_package_and_delta_apply_queue_their_job_types(plugin, bees_project, tmp_path, algorithm_id, parameters,
                                                       expected):
    deltafile = tmp_path / "deltas.json"
    deltafile.write_text('{"version": "1.0", "id": "x", "project": "p", "deltas": []}')
    placeholders = {"{deltafile}": str(deltafile), "{out}": str(tmp_path / "out")}
    parameters = {k: placeholders.get(v, v) if isinstance(v, str) else v for k, v in parameters.items()}
    parameters.update(PROJECT=str(bees_project), OUTPUT_FOLDER=str(tmp_path / "out"))
    _run(algorithm_id, parameters)
    job = next(j for j in make_runner().store.list() if j.type == algorithm_id.split(":")[1])
    for key, value in expected.items():
        assert job.params[key] == (placeholders.get(value, value) if isinstance(value, str) else value)
    assert job.is_finished and job.feedback is not None


def test_package_algorithm_writes_the_qfield_project(plugin, bees_project, tmp_path):
    (results, ok), _ = _run("qfieldsync_plus:package",
                            {"PROJECT": str(bees_project), "OUTPUT_FOLDER": str(tmp_path / "package")})
    assert ok
    assert results["STATUS"] == "finished"
    assert results["OUTPUT_FOLDER"] == str(tmp_path / "package")
    assert (tmp_path / "package" / "bees_qfield.qgs").is_file()


@pytest.fixture
def qgis_process_profile(tmp_path):
    command = qgis_process_command()
    if command is None:
        pytest.skip("qgis_process is not installed")
    config = tmp_path / "qgis-config"
    make_profile(config, PACKAGE_DIR)
    return command, qgis_env(config, tmp_path / "data")


def test_qgis_process_lists_the_algorithms(qgis_process_profile):
    command, env = qgis_process_profile
    listed = subprocess.run([command, "list"], env=env, capture_output=True, text=True, timeout=120)
    assert "qfieldsync_plus:process_projectfile\tProcess project file" in listed.stdout
    assert "qfieldsync_plus:package\tPackage for QField" in listed.stdout
    assert "qfieldsync_plus:delta_apply\tApply deltas" in listed.stdout
    assert "qfieldsync_plus:sync\tSynchronize from QField" in listed.stdout


def test_qgis_process_runs_the_check(qgis_process_profile, bees_project, tmp_path):
    command, env = qgis_process_profile
    feedback_file = tmp_path / "feedback.json"
    completed = subprocess.run(
        [command, "run", "qfieldsync_plus:process_projectfile", "--",
         f"PROJECT={bees_project}", f"FEEDBACK={feedback_file}"],
        env=env, capture_output=True, text=True, timeout=180)
    assert completed.returncode == 0, completed.stderr
    assert "STATUS:\tfinished" in completed.stdout
    document = json.loads(feedback_file.read_text())
    assert document["workflow_id"] == "process_projectfile"
    assert not document.get("error")


def test_qgis_process_reports_a_failed_job(qgis_process_profile, tmp_path):
    command, env = qgis_process_profile
    bad = tmp_path / "broken.qgs"
    bad.write_text("<qgis><not closed")
    completed = subprocess.run(
        [command, "run", "qfieldsync_plus:process_projectfile", "--", f"PROJECT={bad}"],
        env=env, capture_output=True, text=True, timeout=180)
    assert completed.returncode != 0
    assert "broken.qgs" in completed.stdout + completed.stderr


def test_qgis_process_shows_the_algorithms_in_the_users_language(tmp_path):
    command = qgis_process_command()
    if command is None:
        pytest.skip("qgis_process is not installed")
    built = subprocess.run(["/usr/bin/python3", str(PACKAGE_DIR.parent / "tools" / "build_package.py")],
                           capture_output=True, text=True, check=True)
    unpacked = tmp_path / "zip"
    zipfile.ZipFile(built.stdout.strip().splitlines()[-1]).extractall(unpacked)
    config = tmp_path / "qgis-config"
    make_profile(config, unpacked / "qfieldsync_plus", extra_ini="[locale]\noverrideFlag=true\nuserLocale=de\n")
    listed = subprocess.run([command, "list"], env=qgis_env(config, tmp_path / "data"), capture_output=True,
                            text=True, timeout=120)
    assert "qfieldsync_plus:process_projectfile\tProjektdatei verarbeiten" in listed.stdout
    assert "qfieldsync_plus:delta_apply\tDeltas anwenden" in listed.stdout
