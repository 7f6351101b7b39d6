"""Layers with an ``authcfg``: the job's child gets the configurations in a throwaway auth database.

Real PostGIS (password role) and a real QGIS Server WMS, both through a Basic configuration stored in
an auth database with a master password; the job runs in its real child process.
"""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path
from typing import Dict, List

import pytest

from qfieldsync_plus.core.jobs.job import FINISHED, PROCESS_PROJECTFILE
from qfieldsync_plus.core.paths import private_dir
from qfieldsync_plus.core.runner.store import JobStore
from qfieldsync_plus.core.secrets.job_auth import project_authcfgs
from qfieldsync_plus.core.secrets.provider import desktop_project_auth
from qfieldsync_plus.settings import PluginSettings, make_runner
from tests.cloud.conftest import MASTER_PASSWORD, unlocked_auth_db  # noqa: F401  (fixture re-export)
from tests.fixtures import remote_sources
from tests.fixtures.isolated_cli import IsolatedCli
from tests.fixtures.qgis_server import qgis_server  # noqa: F401  (fixture import)


def _store_basic_config(manager, username: str, password: str) -> str:
    from qgis.core import QgsAuthMethodConfig

    config = QgsAuthMethodConfig("Basic")
    config.setName("qfsp job auth test")
    config.setConfig("username", username)
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    assert stored[0] if isinstance(stored, tuple) else stored
    return config.id()


def _authcfg_project(folder: Path, role, server, authcfg: str, extra_wms: str = "") -> Path:
    """A project saved by QGIS with a PostGIS and a WMS layer that use ``authcfg``."""
    from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

    db = role.database
    layers = [
        QgsVectorLayer(f"dbname='{db.dbname}' host={db.host} port={db.port} authcfg={authcfg} key='id' srid=3857 "
                       f"type=Point table=\"public\".\"{role.table}\" (geom)", "pg_authcfg", "postgres"),
        QgsRasterLayer(f"authcfg={authcfg}&" + server.wms_uri(), "wms_authcfg", "wms"),
    ]
    if extra_wms:
        layers.append(QgsRasterLayer(f"authcfg={authcfg}&" + extra_wms, "wms_silent", "wms"))
    project = QgsProject()
    project.addMapLayers(layers)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "authcfg.qgs"
    assert project.write(str(path)), project.error()
    return path


def _proc_text(pid: int, name: str) -> str:
    try:
        return Path(f"/proc/{pid}/{name}").read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""


@pytest.fixture
def auth_project(unlocked_auth_db, password_role, qgis_server, tmp_path):  # noqa: F811
    authcfg = _store_basic_config(unlocked_auth_db, password_role.name, password_role.password)
    try:
        yield authcfg, _authcfg_project(tmp_path / "project", password_role, qgis_server, authcfg)
    finally:
        unlocked_auth_db.removeAuthenticationConfig(authcfg)


def test_authcfg_layers_are_valid_and_the_passwords_stay_out(auth_project, password_role, tmp_path):
    authcfg, project = auth_project
    assert project_authcfgs(project) == [authcfg]
    handed: List = []

    def auth_for(key: str):
        handed.append(desktop_project_auth(key))
        return handed[-1]

    runner = make_runner(PluginSettings(data_folder=str(tmp_path / "data"), timeout_seconds=120), auth_for=auth_for)
    job = runner.submit(PROCESS_PROJECTFILE, str(project)).job
    seen: Dict[str, str] = {}
    worker = threading.Thread(target=lambda: seen.update(job=runner.run(job)))
    worker.start()
    while worker.is_alive() and "cmdline" not in seen:  # the child's argv and environment while it runs
        pid = runner.store.get(job.id).pid
        if pid and _proc_text(pid, "environ"):
            seen.update(cmdline=_proc_text(pid, "cmdline"), environ=_proc_text(pid, "environ"))
        time.sleep(0.02)
    worker.join(180)
    done = seen["job"]
    assert done.status == FINISHED, done.feedback
    layers = done.feedback["outputs"]["project_details"]["project_details"]["layers_by_id"]
    assert {layer["name"]: layer["is_valid"] for layer in layers.values()} == {"pg_authcfg": True, "wms_authcfg": True}
    assert [c["id"] for c in handed[0].configs] == [authcfg]
    stored = JobStore(runner.store.path).get(job.id)
    for secret in (password_role.password, MASTER_PASSWORD, handed[0].password):
        assert secret not in seen["cmdline"] and secret not in seen["environ"]
        assert secret not in stored.log and secret not in str(stored.feedback)
    assert f"QGIS_AUTH_DB_DIR_PATH={private_dir(runner.store.path)}" not in seen["environ"]  # set inside the child
    assert list(private_dir(runner.store.path).iterdir()) == []  # the throwaway auth database is gone


def test_a_locked_database_says_the_layer_needs_the_master_password(auth_project, unlocked_auth_db, tmp_path):  # noqa: F811
    authcfg, project = auth_project
    unlocked_auth_db.clearMasterPassword()
    try:
        runner = make_runner(PluginSettings(data_folder=str(tmp_path / "data"), timeout_seconds=120))
        done = runner.run(runner.submit(PROCESS_PROJECTFILE, str(project)).job)
    finally:
        assert unlocked_auth_db.setMasterPassword(MASTER_PASSWORD, True)
    assert done.status == FINISHED, done.feedback
    layers = done.feedback["outputs"]["project_details"]["project_details"]["layers_by_id"].values()
    for layer in layers:
        assert layer["findings"][0]["id"] == "authcfg_locked", layer
        assert f'authentication configuration "{authcfg}"' in layer["message"]
        assert layer["hint"].startswith("Unlock the QGIS authentication database")


def test_the_throwaway_database_is_gone_after_a_kill_and_the_next_start(password_role, qgis_server, tmp_path,
                                                                         data_dir):  # noqa: F811
    cli = IsolatedCli(tmp_path / "cli")
    auth = remote_sources.create_auth_database(cli.auth, password_role.name, password_role.password)
    with remote_sources.silent_server() as port:  # a WMS that never answers keeps the job running
        silent = f"crs=EPSG:3857&format=image/png&layers=x&styles&url=http://127.0.0.1:{port}/wms"
        project = _authcfg_project(tmp_path / "project", password_role, qgis_server, auth["authcfg"], silent)
        env = {**auth["env"]}
        process = cli.start("process-projectfile", str(project), **env)
        private = data_dir / "private"
        deadline = time.monotonic() + 120
        databases: List[Path] = []
        while not databases and time.monotonic() < deadline and process.poll() is None:
            databases = list(private.glob("qfsp-job-*/qgis-auth.db")) if private.is_dir() else []
            time.sleep(0.05)
        assert databases, process.communicate(timeout=5)
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    assert databases[0].exists()  # left behind by the killed command line
    assert cli("jobs").returncode == 0  # the next start
    assert not databases[0].exists() and list(private.iterdir()) == []


def test_processing_unlocks_the_database_before_the_job_like_the_menu(auth_project, unlocked_auth_db, tmp_path,  # noqa: F811
                                                                       monkeypatch):
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from qfieldsync_plus.processing.algorithms import ProcessProjectfileAlgorithm

    authcfg, project = auth_project
    password_file = tmp_path / "master"
    password_file.write_text(MASTER_PASSWORD + "\n", encoding="utf-8")
    unlocked_auth_db.clearMasterPassword()
    monkeypatch.setenv("QGIS_AUTH_PASSWORD_FILE", str(password_file))  # the headless way to give it
    algorithm = ProcessProjectfileAlgorithm().create()
    algorithm.initAlgorithm()
    try:
        results, ok = algorithm.run({"PROJECT": str(project)}, QgsProcessingContext(), QgsProcessingFeedback())
    finally:
        if not unlocked_auth_db.masterPasswordIsSet():
            unlocked_auth_db.setMasterPassword(MASTER_PASSWORD, True)
    assert ok and results["STATUS"] == FINISHED
    job = JobStore(Path(os.environ["QFIELDSYNC_PLUS_DATA_DIR"]) / "jobs.sqlite").get(results["JOB_ID"])
    layers = job.feedback["outputs"]["project_details"]["project_details"]["layers_by_id"].values()
    assert all(layer["is_valid"] for layer in layers), [layer["message"] for layer in layers]


def test_cli_resolves_the_configurations_after_the_master_password(password_role, qgis_server, tmp_path):  # noqa: F811
    cli = IsolatedCli(tmp_path / "cli")
    auth = remote_sources.create_auth_database(cli.auth, password_role.name, password_role.password)
    project = _authcfg_project(tmp_path / "project", password_role, qgis_server, auth["authcfg"])
    feedback = tmp_path / "feedback.json"
    result = cli("process-projectfile", str(project), "--feedback", str(feedback), **auth["env"])
    assert result.returncode == 0, result.stderr
    layers = json.loads(feedback.read_text())["outputs"]["project_details"]["project_details"]["layers_by_id"]
    assert all(layer["is_valid"] for layer in layers.values()), result.stdout
    master = Path(auth["env"]["QGIS_AUTH_PASSWORD_FILE"]).read_text().strip()
    for secret in (password_role.password, master):
        assert secret not in result.stdout + result.stderr + feedback.read_text()

    locked = cli("process-projectfile", str(project), "--feedback", str(feedback),
                 QGIS_AUTH_DB_DIR_PATH=auth["env"]["QGIS_AUTH_DB_DIR_PATH"], QGIS_AUTH_PASSWORD_FILE="")
    assert locked.returncode == 0, locked.stderr  # findings, as in the cloud
    assert "pg_authcfg: Unlock the QGIS authentication database (enter its master password)" in locked.stdout
