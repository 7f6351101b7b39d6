"""process_projectfile on remote sources: real PostGIS, real QGIS Server (WFS/WMS), dead hosts.

One project holds every kind of remote layer; the real job runs on it once for ``--target local``
and once for ``--target cloud`` (module fixtures), and each test reads one aspect of the result.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, Iterator

import pytest
from qgis.core import QgsRasterLayer, QgsVectorLayer

from qfieldsync_plus.core.jobs.job import FINISHED, PROCESS_PROJECTFILE, Job
from qfieldsync_plus.core.runner.runner import JobRunner, RunnerSettings
from qfieldsync_plus.core.runner.store import JobStore
from tests.fixtures import postgis, remote_sources
from tests.fixtures.projects import CRS, write_gpkg_layer
from tests.fixtures.qgis_server import qgis_server, wfs_uri, wms_uri  # noqa: F401  (fixture import)

ROOT = Path(__file__).resolve().parents[1]
UNREACHABLE_PASSWORD = "Unreachable-Pw-7731"
CLOSED_PASSWORD = "Closed-Pw-5512"
WFS_PASSWORD = "Wfs-Pw-9045"
INVALID_HOST = "db.qfsp-test.invalid"
SECRET_SERVICE = "qfsp_secret"
LOCAL_SERVICE = "qfsp_local"


class RemoteProject:
    """The project with every remote layer, the passwords it holds, and what a job's child needs."""

    def __init__(self, path: Path, passwords: list, env: Dict[str, str], authcfg: str) -> None:
        self.path = path
        self.passwords = passwords
        self.env = env
        self.authcfg = authcfg


def _postgres_uri(host: str, port: int, password: str) -> str:
    return (f"dbname='qfsp_gone' host={host} port={port} user='qfsp_user' password='{password}' "
            f"key='id' srid=3857 type=Point table=\"public\".\"sites\" (geom)")


# The authcfg layers are built with a placeholder user and get their authcfg in the saved file:
# this process has no master password for the auth database, and QGIS 3.40 waits for one forever.
AUTHCFG_PLACEHOLDER = "qfsp-authcfg-placeholder"


def _put_authcfg(path: Path, authcfg: str) -> None:
    """Replace the placeholder credentials in the saved project by ``authcfg`` (pg and WFS layer)."""
    text = path.read_text(encoding="utf-8")
    for placeholder in (f"username='{AUTHCFG_PLACEHOLDER}'", f"user='{AUTHCFG_PLACEHOLDER}'"):
        assert placeholder in text, placeholder
        text = text.replace(placeholder, f"authcfg={authcfg}")
    path.write_text(text, encoding="utf-8")


def _layers(role, server, closed: int, outside_gpkg: Path) -> list:
    db = role.database
    table = 'key=\'id\' srid=3857 type=Point table="public"."sites" (geom)'
    dead_url = f"http://127.0.0.1:{closed}/"
    return [
        QgsVectorLayer(role.layer_uri(), "pg_valid", "postgres"),
        QgsVectorLayer(f"service='{LOCAL_SERVICE}' {table}", "pg_local_service", "postgres"),
        QgsVectorLayer(f"service='{SECRET_SERVICE}' {table}", "pg_secret_service", "postgres"),
        QgsVectorLayer(f"service='nosuch' {table}", "pg_nosuch", "postgres"),
        QgsVectorLayer(_postgres_uri(INVALID_HOST, 5432, UNREACHABLE_PASSWORD), "pg_unreachable", "postgres"),
        QgsVectorLayer(_postgres_uri("localhost", closed, CLOSED_PASSWORD), "pg_closed", "postgres"),
        QgsVectorLayer(f"dbname='{db.dbname}' host={db.host} port={db.port} user='{AUTHCFG_PLACEHOLDER}' {table}",
                       "pg_authcfg", "postgres"),
        QgsVectorLayer(server.wfs_uri() + f" username='reader' password='{WFS_PASSWORD}'", "wfs_valid", "WFS"),
        QgsRasterLayer(server.wms_uri(), "wms_valid", "wms"),
        QgsVectorLayer(server.wfs_uri() + f" username='{AUTHCFG_PLACEHOLDER}'", "wfs_authcfg", "WFS"),
        QgsVectorLayer(wfs_uri(dead_url, server.layer_name), "wfs_closed", "WFS"),
        QgsRasterLayer(wms_uri(dead_url, server.layer_name), "wms_closed", "wms"),
        QgsVectorLayer(f"{outside_gpkg}|layername=outside", "file_outside", "ogr"),
    ]


@pytest.fixture(scope="module")
def remote_project(qgis_app, qgis_server, tmp_path_factory) -> Iterator[RemoteProject]:  # noqa: F811
    """Build the database, role, service file, auth database and project; clean up after the module."""
    from qgis.core import QgsProject, QgsWkbTypes

    if not postgis.server_available():
        pytest.fail(f"PostgreSQL is not running on {postgis.HOST}:{postgis.PORT}: run `bash .ci/postgres.sh` first.")
    folder = tmp_path_factory.mktemp("remote")
    database = postgis.create_database()
    role = None
    try:
        remote_sources.create_sites_table(database)
        role = remote_sources.create_role(database)
        service_file = remote_sources.write_service_file(
            folder / "pg_service.conf", [role.service_section(LOCAL_SERVICE), role.service_section(SECRET_SERVICE)])
        auth = remote_sources.create_auth_database(folder / "auth", role.name, role.password)
        env = {"PGSERVICEFILE": str(service_file), "PGSYSCONFDIR": str(folder / "no-sysconf"), **auth["env"]}
        outside_gpkg = folder / "outside" / "outside.gpkg"
        outside_gpkg.parent.mkdir()
        write_gpkg_layer(outside_gpkg, "outside", QgsWkbTypes.Point, [("POINT (739000 5906000)", ["a", 1])])
        project = QgsProject()
        project.setCrs(CRS)
        with pytest.MonkeyPatch.context() as patch:  # the services resolve while the project is built
            patch.setenv("PGSERVICEFILE", env["PGSERVICEFILE"])
            layers = _layers(role, qgis_server, remote_sources.closed_port(), outside_gpkg)
        for layer in layers:
            layer.setCrs(CRS)  # as saved by a desktop where every source opened
        project.addMapLayers(layers)
        path = folder / "project" / "remote.qgs"
        path.parent.mkdir()
        assert project.write(str(path)), project.error()
        _put_authcfg(path, auth["authcfg"])
        yield RemoteProject(path, [role.password, UNREACHABLE_PASSWORD, CLOSED_PASSWORD, WFS_PASSWORD], env,
                            auth["authcfg"])
    finally:
        if role is not None:
            remote_sources.drop_role(role)
        postgis.drop_database(database)


def run_job(project: RemoteProject, store_dir: Path, **params) -> Job:
    """Run process_projectfile in its child process, as the plugin and the CLI do."""
    runner = JobRunner(JobStore(store_dir / "jobs.sqlite"), RunnerSettings(timeout_seconds=120, extra_env=project.env))
    submission = runner.submit(PROCESS_PROJECTFILE, str(project.path), params)
    assert submission.job is not None, submission.skipped_reason
    return runner.run(submission.job)


def layers_by_name(job: Job) -> Dict[str, dict]:
    """The job's ``layers_by_id`` entries keyed by layer name."""
    assert job.status == FINISHED, job.feedback
    details = job.feedback["outputs"]["project_details"]["project_details"]
    return {layer["name"]: layer for layer in details["layers_by_id"].values()}


@pytest.fixture(scope="module")
def local_run(remote_project, tmp_path_factory):
    """The job with ``--target local``, plus the store folder it wrote."""
    store_dir = tmp_path_factory.mktemp("store-local")
    job = run_job(remote_project, store_dir, target="local")
    return job, layers_by_name(job), store_dir


@pytest.fixture(scope="module")
def cloud_run(remote_project, tmp_path_factory):
    """The job with ``--target cloud`` and one service available as a project secret."""
    store_dir = tmp_path_factory.mktemp("store-cloud")
    job = run_job(remote_project, store_dir, target="cloud", secret_services=[SECRET_SERVICE])
    return job, layers_by_name(job), store_dir



def assert_no_password(text: str, passwords) -> None:
    """None of ``passwords`` occurs in ``text``."""
    for password in passwords:
        assert password not in text


# --- target local: can this machine open every source? -------------------------------------------------------------

def test_valid_postgis_layer_is_ok_with_its_password_removed(local_run, remote_project):
    layer = local_run[1]["pg_valid"]
    assert (layer["status"], layer["error_code"], layer["is_valid"]) == ("ok", "no_error", True)
    assert (layer["message"], layer["hint"]) == ("", "")
    assert layer["provider_name"] == "postgres"
    assert layer["qfc_source_data_pk_name"] == "id"
    assert "password=***" in layer["datasource"]
    assert_no_password(layer["datasource"], remote_project.passwords)
    assert [f["id"] for f in layer["findings"]] == ["plain_password"]


@pytest.mark.parametrize("name", ["pg_local_service", "pg_secret_service", "pg_authcfg", "wfs_authcfg"])
def test_service_and_authcfg_layers_open_locally(local_run, name):
    layer = local_run[1][name]
    assert (layer["status"], layer["error_code"], layer["findings"]) == ("ok", "no_error", [])


def test_unknown_service_gives_the_seed_message(local_run, remote_project):
    layer = local_run[1]["pg_nosuch"]
    assert (layer["status"], layer["error_code"], layer["is_valid"]) == ("invalid_dataprovider", "invalid_dataprovider", False)
    assert layer["message"] == 'Unable to connect to service "nosuch".'
    assert layer["provider_error_summary"] == layer["message"]  # built from the URI: QGIS's own error is empty
    assert "not defined in any pg_service.conf" in layer["hint"]
    assert remote_project.env["PGSERVICEFILE"] in layer["hint"]


def test_unreachable_host_gives_the_seed_message(local_run, remote_project):
    layer = local_run[1]["pg_unreachable"]
    assert (layer["status"], layer["error_code"]) == ("invalid_dataprovider", "invalid_dataprovider")
    assert layer["message"] == f'Unable to connect to host "{INVALID_HOST}".'
    assert layer["hint"].startswith("This machine cannot reach the host")
    assert layer["provider_error_summary"] == layer["message"]
    assert "password=***" in layer["datasource"] and UNREACHABLE_PASSWORD not in layer["datasource"]


def test_closed_port_on_localhost_gives_the_localhost_message(local_run):
    layer = local_run[1]["pg_closed"]
    assert (layer["status"], layer["error_code"]) == ("invalid_dataprovider", "invalid_dataprovider")
    assert layer["message"] == 'Unable to connect to host "localhost".'
    assert layer["hint"] == "The database/service on this machine is not running or refuses the connection."


def test_wfs_and_wms_from_qgis_server_are_ok(local_run, qgis_server):  # noqa: F811
    wfs, wms = local_run[1]["wfs_valid"], local_run[1]["wms_valid"]
    assert (wfs["status"], wfs["error_code"], wfs["provider_name"]) == ("ok", "no_error", "WFS")
    assert (wms["status"], wms["error_code"], wms["provider_name"]) == ("ok", "no_error", "wms")
    assert wfs["type_name"] == "QgsVectorLayer" and wms["type_name"] == "QgsRasterLayer"
    assert qgis_server.base_url in wfs["datasource"] and qgis_server.base_url in wms["datasource"]
    assert "password=***" in wfs["datasource"] and WFS_PASSWORD not in wfs["datasource"]
    assert [f["hint"] for f in wfs["findings"] if f["id"] == "plain_password"] == [
        "Anyone who gets the project file can read it: use an account that may only read this service."]


@pytest.mark.parametrize("name", ["wfs_closed", "wms_closed"])
def test_wfs_and_wms_on_a_closed_port_are_invalid(local_run, name):
    layer = local_run[1][name]
    assert (layer["status"], layer["error_code"], layer["is_valid"]) == ("invalid_dataprovider", "invalid_dataprovider", False)
    assert layer["message"] == 'Unable to connect to host "localhost".'
    assert layer["hint"] == "The database/service on this machine is not running or refuses the connection."


def test_local_run_flags_files_outside_but_opens_them(local_run):
    layer = local_run[1]["file_outside"]
    assert layer["status"] == "ok"
    findings = local_run[0].feedback["outputs"]["project_details"]["project_details"]["findings"]
    outside = [f for f in findings if f["id"] == "files_outside_project"]
    assert outside and outside[0]["paths"][0].endswith("outside.gpkg")


@pytest.mark.parametrize("run", ["local_run", "cloud_run"])
def test_no_password_in_feedback_log_or_job_store(request, run, remote_project):
    job, _, store_dir = request.getfixturevalue(run)
    assert_no_password(json.dumps(job.feedback), remote_project.passwords)
    assert_no_password(job.log, remote_project.passwords)
    for path in store_dir.rglob("*"):
        if path.is_file():
            assert_no_password(path.read_bytes().decode("utf-8", "replace"), remote_project.passwords)


# --- target cloud: can QFieldCloud open every source? ---------------------------------------------------------------

LOCALHOST_CLOUD_HINT = ("The layer connects to a database/service on your local machine. Either remove that layer "
                        "or replace it with a layer source accessible by QFieldCloud.")


@pytest.mark.parametrize("name", ["pg_valid", "wfs_valid", "wms_valid"])
def test_cloud_flags_sources_on_this_machine(cloud_run, name):
    layer = cloud_run[1][name]
    assert layer["is_valid"] is True  # it opens here ...
    assert (layer["status"], layer["error_code"]) == ("invalid_dataprovider", "invalid_dataprovider")  # ... not there
    assert (layer["message"], layer["hint"]) == ('Unable to connect to host "localhost".', LOCALHOST_CLOUD_HINT)


def test_cloud_flags_services_missing_from_the_project_secrets(cloud_run):
    local_only, secret, unknown = (cloud_run[1][n] for n in ("pg_local_service", "pg_secret_service", "pg_nosuch"))
    assert (local_only["status"], local_only["message"]) == ("invalid_dataprovider", 'Unable to connect to service "qfsp_local".')
    assert "exists only in this computer's pg_service.conf" in local_only["hint"]
    assert (secret["status"], secret["findings"]) == ("ok", [])
    assert unknown["message"] == 'Unable to connect to service "nosuch".'
    assert unknown["hint"].startswith("QFieldCloud tries to connect to a PostgreSQL service that is not available.")


@pytest.mark.parametrize("name, hint", [
    ("pg_authcfg", "QFieldCloud cannot use it. Store the credentials in a pgservice secret instead."),
    ("wfs_authcfg", "QFieldCloud cannot read this computer's authentication database, so the layer will not open there."),
])
def test_cloud_flags_authcfg_credentials(cloud_run, remote_project, name, hint):
    findings = {f["id"]: f for f in cloud_run[1][name]["findings"]}
    assert cloud_run[1][name]["status"] == "invalid_dataprovider"
    assert findings["local_authcfg"]["message"] == (
        f'The layer uses the authentication configuration "{remote_project.authcfg}", which lives only in this '
        "computer's QGIS authentication database.")
    assert findings["local_authcfg"]["hint"] == hint


def test_cloud_flags_files_outside_the_project_folder(cloud_run, remote_project):
    layer = cloud_run[1]["file_outside"]
    assert (layer["status"], layer["error_code"]) == ("invalid_dataprovider", "invalid_dataprovider")
    assert layer["message"] == f'File "{remote_project.path.parent.parent / "outside" / "outside.gpkg"}" missing.'
    assert "outside the project folder" in layer["hint"]


def test_cloud_hint_for_an_unreachable_host(cloud_run):
    layer = cloud_run[1]["pg_unreachable"]
    assert layer["message"] == f'Unable to connect to host "{INVALID_HOST}".'
    assert layer["hint"].startswith("Your service is not accessible from the QFieldCloud server.")


# --- the command line -----------------------------------------------------------------------------------------------

def test_cli_prints_the_seed_messages_without_passwords(remote_project, tmp_path):
    feedback_path = tmp_path / "feedback.json"
    completed = subprocess.run(
        [sys.executable, "-m", "qfieldsync_plus", "process-projectfile", str(remote_project.path),
         "--feedback", str(feedback_path), "--strict"],
        cwd=ROOT, env={**os.environ, **remote_project.env}, capture_output=True, text=True, timeout=120,
    )
    assert completed.returncode == 3, completed.stderr  # finished, with findings (--strict)
    rows = {line.split()[1]: line for line in completed.stdout.splitlines() if line.startswith(("ok ", "invalid_"))}
    assert rows["pg_nosuch"].startswith("invalid_dataprovider")
    assert rows["pg_nosuch"].endswith('Unable to connect to service "nosuch".')
    assert rows["pg_unreachable"].endswith(f'Unable to connect to host "{INVALID_HOST}".')
    assert rows["wms_closed"].endswith('Unable to connect to host "localhost".')
    assert rows["wfs_valid"].startswith("ok") and rows["pg_valid"].startswith("ok")
    assert_no_password(completed.stdout + completed.stderr + feedback_path.read_text(), remote_project.passwords)
