"""Jobs receive the project's secrets like QFieldCloud's worker hands them out, and never report them."""

from __future__ import annotations

import os
from pathlib import Path

from qfieldsync_plus.core.jobs.errors import PREREQUISITE_FAILED
from qfieldsync_plus.core.jobs.job import FINISHED, FAILED, PROCESS_PROJECTFILE
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.runner import JobRunner, RunnerSettings
from qfieldsync_plus.core.runner.store import JobStore
from qfieldsync_plus.core.secrets.auth_db import SecretsUnavailable
from qfieldsync_plus.core.secrets.model import ENVVAR, PGSERVICE, Secret

from tests.fixtures.secrets_env import SERVICE, write_service_project


def run_check(project: Path, secrets=(), target: str = "local", raises: Exception = None):
    def secrets_for(key: str):
        assert key == str(project.resolve())
        if raises:
            raise raises
        return list(secrets)

    runner = JobRunner(JobStore(store_path()), RunnerSettings(secrets_for=secrets_for))
    job = runner.submit(PROCESS_PROJECTFILE, str(project), {"target": target}).job
    return runner.run(job)


def plots_layer(job) -> dict:
    layers = job.feedback["outputs"]["project_details"]["project_details"]["layers_by_id"]
    return next(layer for layer in layers.values() if layer["name"] == "plots")


def test_service_layer_fails_without_the_secret_with_the_seed_message(service_project):
    job = run_check(service_project)
    assert job.status == FINISHED
    layer = plots_layer(job)
    assert layer["status"] == "invalid_dataprovider"
    assert layer["message"] == f'Unable to connect to service "{SERVICE}".'


def test_service_layer_passes_with_the_pgservice_secret(service_project, password_role, user_service_file):
    job = run_check(service_project, [Secret("FIELD_DB", PGSERVICE, password_role.service_block())])
    assert job.status == FINISHED, job.feedback
    assert plots_layer(job)["status"] == "ok"
    assert job.params["secret_services"] == [SERVICE]
    assert "PGSERVICEFILE" in os.environ and os.environ["PGSERVICEFILE"] == str(user_service_file)


def test_cloud_target_accepts_a_service_that_is_a_project_secret(service_project, password_role):
    without = plots_layer(run_check(service_project, target="cloud"))
    assert without["status"] != "ok"
    with_secret = plots_layer(run_check(
        service_project, [Secret("FIELD_DB", PGSERVICE, password_role.service_block())], target="cloud"))
    assert with_secret["status"] == "ok", with_secret["findings"]


def test_envvar_secrets_reach_the_child_only(service_project, password_role):
    # The service block has no password: libpq takes it from PGPASSWORD, an envvar secret.
    secrets = [Secret("FIELD_DB", PGSERVICE, password_role.service_block(with_password=False)),
               Secret("PGPASSWORD", ENVVAR, password_role.password)]
    job = run_check(service_project, secrets)
    assert plots_layer(job)["status"] == "ok"
    assert "PGPASSWORD" not in os.environ
    missing_password = run_check(service_project, secrets[:1])
    assert plots_layer(missing_password)["status"] == "invalid_dataprovider"


def test_unreadable_secrets_fail_the_job_with_the_reason(service_project):
    error = SecretsUnavailable('The QGIS authentication database "x" is locked.', hint="Set QGIS_AUTH_PASSWORD_FILE.")
    job = run_check(service_project, raises=error)
    assert job.status == FAILED
    assert job.feedback["error"] == str(error)
    assert job.feedback["error_type"] == "SECRETS_UNAVAILABLE"
    assert job.feedback["error_hint"] == "Set QGIS_AUTH_PASSWORD_FILE."
    assert job.error_type != PREREQUISITE_FAILED


def test_secret_values_are_redacted_from_feedback_log_and_record(qgis_app, tmp_path, password_role,
                                                                  user_service_file, data_dir):
    token = "Tok-Value-5b7e21"
    project = write_service_project(tmp_path / "leaky", password_role, title=f"Plots {token}",
                                    plain_password_layer=True)
    secrets = [Secret("FIELD_DB", PGSERVICE, password_role.service_block()), Secret("API_TOKEN", ENVVAR, token)]
    job = run_check(project, secrets)
    assert job.status == FINISHED, (job.feedback.get("error"), job.log[-4000:])
    details = job.feedback["outputs"]["project_details"]["project_details"]
    assert details["project_name"] == "Plots ***"  # the value did reach the feedback, and was redacted
    plain = next(l for l in details["layers_by_id"].values() if l["name"] == "plots_plain")
    assert "password=***" in plain["datasource"]
    assert any(f["id"] == "plain_password" and "pgservice secret" in f["hint"] for f in plain["findings"])
    for path in [p for p in data_dir.rglob("*") if p.is_file()]:
        content = path.read_bytes()
        for value in (token, password_role.password, "user-Own-Pass-41c2"):
            assert value.encode() not in content, f"{value} leaked into {path}"
