"""``python -m qfieldsync_plus secrets``: the QGIS auth database end to end, and the leak scan."""

from __future__ import annotations

import json
import sqlite3


from tests.fixtures.secrets_env import SERVICE, write_service_project

TOKEN = "Cli-Token-3e9a55c1"


def secret_rows(auth_db) -> list:
    with sqlite3.connect(str(auth_db)) as connection:
        return connection.execute("SELECT name, uri, config FROM auth_configs").fetchall()


def test_set_list_remove_keeps_values_encrypted_and_removes_them(cli, bees_project, password_role):
    block = password_role.service_block()
    assert cli("secrets", "set", str(bees_project), "API_TOKEN", "--type", "envvar", stdin=TOKEN + "\n").returncode == 0
    assert cli("secrets", "set", str(bees_project), "FIELD_DB", "--type", "pgservice", stdin=block).returncode == 0

    listed = cli("secrets", "list", str(bees_project), use_password=False)  # listing needs no master password
    assert listed.returncode == 0
    assert listed.stdout.split() == ["API_TOKEN", "envvar", "FIELD_DB", "pgservice"]
    rows = secret_rows(cli.auth_db)
    assert len(rows) == 2 and all(str(bees_project.name) in name for name, _, _ in rows)
    stored = cli.auth_db.read_bytes()
    assert TOKEN.encode() not in stored and password_role.password.encode() not in stored

    replaced = cli("secrets", "set", str(bees_project), "API_TOKEN", stdin="Other-Value-12\n")  # type kept
    assert replaced.returncode == 0 and len(secret_rows(cli.auth_db)) == 2

    removed = cli("secrets", "remove", str(bees_project), "API_TOKEN")
    assert removed.returncode == 0, removed.stderr
    assert [uri for _, uri, _ in secret_rows(cli.auth_db) if "API_TOKEN" in uri] == []
    assert cli("secrets", "list", str(bees_project)).stdout.split() == ["FIELD_DB", "pgservice"]
    again = cli("secrets", "remove", str(bees_project), "API_TOKEN")
    assert again.returncode == 1 and "has no secret API_TOKEN" in again.stderr
    assert all(TOKEN not in output and password_role.password not in output for output in cli.outputs)


def test_bad_input_is_refused_before_anything_is_stored(cli, bees_project):
    bad_name = cli("secrets", "set", str(bees_project), "api_token", "--type", "envvar", stdin="x")
    assert bad_name.returncode == 2 and 'The secret name "api_token" is not allowed.' in bad_name.stderr
    no_header = cli("secrets", "set", str(bees_project), "FIELD_DB", "--type", "pgservice", stdin="host=x\n")
    assert no_header.returncode == 2 and "[service_name] header" in no_header.stderr
    no_type = cli("secrets", "set", str(bees_project), "NEW_ONE", stdin="x")
    assert no_type.returncode == 2 and "--type" in no_type.stderr
    in_argv = cli("secrets", "set", str(bees_project), "API_TOKEN", TOKEN, "--type", "envvar")
    assert in_argv.returncode == 2  # a value on the command line is a usage error, never stored
    assert cli("secrets", "list", str(bees_project)).stdout.startswith("No secrets")


def test_wrong_master_password_gives_a_clear_message_and_changes_nothing(cli, bees_project, tmp_path):
    assert cli("secrets", "set", str(bees_project), "API_TOKEN", "--type", "envvar", stdin=TOKEN).returncode == 0
    wrong = tmp_path / "wrong"
    wrong.write_text("not-the-master-password\n", encoding="utf-8")
    result = cli("secrets", "remove", str(bees_project), "API_TOKEN", password_file=wrong)
    assert result.returncode == 1
    assert f'The master password from the file "{wrong}" named in QGIS_AUTH_PASSWORD_FILE does not open' in result.stderr
    assert "Settings › Options › Authentication" in result.stderr
    assert cli("secrets", "list", str(bees_project)).stdout.split() == ["API_TOKEN", "envvar"]


def test_locked_auth_database_gives_a_clear_message(cli, bees_project):
    assert cli("secrets", "set", str(bees_project), "API_TOKEN", "--type", "envvar", stdin=TOKEN).returncode == 0
    result = cli("secrets", "set", str(bees_project), "API_TOKEN", stdin="New-Value-99", use_password=False)
    assert result.returncode == 1
    assert f'The QGIS authentication database "{cli.auth_db}" is locked' in result.stderr
    assert "QGIS_AUTH_PASSWORD_FILE" in result.stderr
    job = cli("process-projectfile", str(bees_project), use_password=False)
    assert job.returncode == 1 and "is locked" in job.stderr


def test_leak_scan_of_a_job_run_with_stored_secrets(cli, qgis_app, tmp_path, password_role, user_service_file,
                                                    data_dir):
    project = write_service_project(tmp_path / "leaky", password_role, title=f"Plots {TOKEN}",
                                    plain_password_layer=True)
    assert cli("secrets", "set", str(project), "FIELD_DB", "--type", "pgservice",
               stdin=password_role.service_block()).returncode == 0
    assert cli("secrets", "set", str(project), "API_TOKEN", "--type", "envvar", stdin=TOKEN).returncode == 0
    feedback_file = tmp_path / "feedback.json"
    for target in ("local", "cloud"):
        checked = cli("process-projectfile", str(project), "--target", target, "--feedback", str(feedback_file))
        assert checked.returncode == 0, checked.stderr
        feedback = json.loads(feedback_file.read_text(encoding="utf-8"))
        details = feedback["outputs"]["project_details"]["project_details"]
        plots = next(l for l in details["layers_by_id"].values() if l["name"] == "plots")
        assert plots["status"] == "ok", plots
        assert details["project_name"] == "Plots ***"
    package_dir = tmp_path / "package"
    packaged = cli("package", str(project), "--out", str(package_dir))
    assert packaged.returncode == 0, packaged.stderr
    assert (package_dir / "plots_qfield.qgs").is_file()
    history = cli("jobs", "--json")
    records = json.loads(history.stdout)
    assert all(r["params"].get("secret_services") == [SERVICE] for r in records), records

    values = [TOKEN, password_role.password, "user-Own-Pass-41c2"]
    produced = [p for folder in (data_dir, cli.tmp_dir, package_dir) for p in folder.rglob("*") if p.is_file()]
    produced.append(feedback_file)
    in_project = project.read_bytes()  # the title and the plain-password layer carry two values on purpose
    for path in produced:
        content = path.read_bytes()
        for value in values:
            if path.is_relative_to(package_dir) and value.encode() in in_project:
                continue  # a package may hold what the project itself holds (test_package_secrets covers the rest)
            assert value.encode() not in content, f"secret leaked into {path}"
    for output in cli.outputs:
        for value in values:
            assert value not in output, "secret leaked into the command line's output"
    assert not list(cli.tmp_dir.glob("qfsp-secrets-*")), "the private pg_service.conf folder was left behind"
