"""``python -m qfieldsync_plus cloud …`` end to end against the loopback server."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qfieldsync_plus.cli.main import main
from qfieldsync_plus.core.cloud import credentials
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.store import JobStore

from .conftest import MASTER_PASSWORD, PASSWORD, USERNAME
from .test_cloud_deltas import deltafile

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cli(cloud_server, unlocked_auth_db, monkeypatch, capsys, caplog):
    """Run the CLI in-process; returns (exit code, stdout, stderr) and checks no token leaks."""
    monkeypatch.delenv(credentials.TOKEN_ENV, raising=False)
    monkeypatch.setenv(credentials.URL_ENV, cloud_server.url)
    caplog.set_level(logging.DEBUG)
    credentials.forget_token()

    def run(*argv, stdin: str = ""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["cloud", *argv])
        out, err = capsys.readouterr()
        secrets = [t for t in cloud_server.state.tokens] + [PASSWORD]
        logs = caplog.text + json.dumps([j.to_dict() for j in JobStore(store_path()).list(limit=1000)])
        for secret in secrets:
            assert secret not in out and secret not in err and secret not in logs
        return code, out, err

    yield run
    credentials.forget_token()


def login(cli):
    code, out, _ = cli("login", "--username", USERNAME, "--password-stdin", "--json", stdin=PASSWORD + "\n")
    assert code == 0, out
    return json.loads(out)


def test_login_projects_create_link_and_logout(cli, cloud_server, tmp_path):
    assert login(cli)["username"] == USERNAME
    folder = tmp_path / "bees"
    folder.mkdir()
    code, out, _ = cli("create", "bees", "--link", str(folder), "--json")
    project = json.loads(out)
    assert code == 0 and project["name"] == "bees"
    assert cli("create", "bad name!")[0] == 2
    code, out, _ = cli("projects", "--json")
    assert [p["id"] for p in json.loads(out)] == [project["id"]]
    code, out, _ = cli("link", str(folder), "--project-id", project["id"], "--json")
    assert code == 0 and json.loads(out)["project_id"] == project["id"]
    code, _, err = cli("link", str(folder), "--project-id", "00000000-0000-4000-8000-000000000000")
    assert code == 1 and "object_not_found" in err
    other = cloud_server.state.issue_token(USERNAME, "qfield|3.4.0").key  # QField on a phone
    code, _, err = cli("logout", "--everywhere")  # no terminal to confirm on: refused, nothing expired
    assert code == 2 and "--yes" in err and not cloud_server.state.tokens[other].expired
    code, out, _ = cli("logout", "--everywhere", "--yes")
    assert code == 0 and "QField" in out and cloud_server.state.tokens[other].expired
    code, _, err = cli("projects")
    assert code == 1 and "not signed in" in err


def test_upload_checks_first_then_mirrors_jobs(cli, cloud_server, bees_project):
    login(cli)
    folder = bees_project.parent
    code, out, _ = cli("create", "bees", "--link", str(folder), "--json")
    project_id = json.loads(out)["id"]
    code, out, err = cli("upload", str(folder), "--json")
    report = json.loads(out)
    assert code == 0, err
    assert report["check"]["status"] == "finished" and report["check"]["problems"] == []
    # QGIS 3.40 saves a .qgs project's attachments (its style database) in bees_attachments.zip
    expected = sorted(["bees.gpkg", "bees.qgs"] + [p.name for p in folder.glob("bees_attachments.zip")])
    assert sorted(i["name"] for i in report["plan"]["upload"]) == expected
    assert report["cloud_jobs_triggered"][0] == {**report["cloud_jobs_triggered"][0], "type": "process_projectfile", "triggered": True}
    assert sorted(report["result"]["uploaded"]) == expected
    mirrored = report["jobs"]
    assert [(j["type"], j["origin"], j["project"]) for j in mirrored] == [("process_projectfile", "cloud", str(bees_project.resolve()))]
    code, out, err = cli("upload", str(folder), "--json")  # the mirrored pending cloud job does not block the local check
    assert code == 0, err
    assert json.loads(out)["result"]["uploaded"] == [] and json.loads(out)["check"]["status"] == "finished"
    code, out, _ = cli("jobs", "--project-id", project_id)
    assert code == 0 and "pending" in out and "Waiting" in out
    code, _, err = cli("jobs", "--project-id", "00000000-0000-4000-8000-000000000000")
    assert code == 1 and "could not find" in err and "No Project matches" in err


def test_upload_refused_when_the_cloud_cannot_open_a_layer(cli, cloud_server, tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    from tests.fixtures.projects import save_project

    folder = tmp_path / "local_db"
    folder.mkdir()
    layer = QgsVectorLayer("dbname='nowhere' host=localhost port=1 table=\"public\".\"t\" (geom)", "t", "postgres")
    save_project(folder / "local_db.qgs", [layer])
    login(cli)
    project_id = json.loads(cli("create", "local_db", "--json")[1])["id"]
    code, out, _ = cli("upload", str(folder), "--project-id", project_id)
    assert code == 1 and "Layer t" in out and "--force" in out
    assert cloud_server.state.files[project_id] == {}
    code, _, _ = cli("upload", str(folder), "--project-id", project_id, "--force")
    assert code == 0 and "local_db.qgs" in cloud_server.state.files[project_id]


def test_push_deltas_and_usage_errors(cli, cloud_server, tmp_path, monkeypatch):
    login(cli)
    project_id = json.loads(cli("create", "bees", "--json")[1])["id"]
    with cloud_server.state.lock:
        cloud_server.state.store_file(project_id, "bees.qgs", b"<qgis/>")
    code, _, err = cli("push-deltas", str(deltafile(tmp_path / "bad.json", project_id, with_client_id=False)))
    assert code == 1 and "clientId" in err
    code, out, _ = cli("push-deltas", str(deltafile(tmp_path / "good.json", project_id)), "--json")
    assert code == 0 and json.loads(out)["deltas"] == 2
    code, out, _ = cli("deltas", "--project-id", project_id, "--json")
    assert [d["last_status"] for d in json.loads(out)] == ["pending", "pending"]
    assert cli("deltas", "--project-id", project_id, "--apply")[0] == 0
    monkeypatch.chdir(tmp_path)
    assert cli("jobs")[0] == 2  # neither --project-id nor a linked folder
    assert cli("login", "--username", USERNAME)[0] == 2  # no password source


def test_login_in_a_fresh_process_with_the_qgis_password_file(cloud_server, tmp_path):
    password_file = tmp_path / "master"
    password_file.write_text(MASTER_PASSWORD)
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"), QGIS_AUTH_DB_DIR_PATH=str(tmp_path / "auth"),
               QGIS_AUTH_PASSWORD_FILE=str(password_file), QFIELDCLOUD_URL=cloud_server.url, QT_QPA_PLATFORM="offscreen")
    env.pop(credentials.TOKEN_ENV, None)
    (tmp_path / "auth").mkdir()
    run = lambda *a, stdin="": subprocess.run([sys.executable, "-m", "qfieldsync_plus", "cloud", *a], input=stdin, env=env,
                                              cwd=ROOT, capture_output=True, text=True, timeout=120)
    first = run("login", "--username", USERNAME, "--password-stdin", stdin=PASSWORD + "\n")
    assert first.returncode == 0, first.stderr
    assert "salt hex" not in first.stderr and "cipheriv" not in first.stderr  # QGIS's auth-database debug lines
    second = run("projects", "--json")
    assert second.returncode == 0, second.stderr
    token = next(iter(cloud_server.state.tokens))
    assert token not in first.stdout + first.stderr + second.stdout + second.stderr
    assert all(token.encode() not in p.read_bytes() for p in (tmp_path / "profile").rglob("*") if p.is_file())
