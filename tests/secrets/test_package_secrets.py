"""The package job with project secrets: the service layer is packaged, and no credential from the
secrets or the user's own service file ends up in the packaged project."""

from __future__ import annotations

import re
import sqlite3

import pytest

from qfieldsync_plus.core.jobs.job import FINISHED, PACKAGE
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.runner import JobRunner, RunnerSettings
from qfieldsync_plus.core.runner.store import JobStore
from qfieldsync_plus.core.secrets.model import ENVVAR, PGSERVICE, Secret
from tests.fixtures.secrets_env import SERVICE, write_service_project


TOKEN = "Pkg-Token-0c41d9"


@pytest.mark.parametrize("mode", ["cable", "cloud"])
def test_packaged_project_holds_no_credentials(qgis_app, tmp_path, password_role, user_service_file, data_dir,
                                                mode):
    project = write_service_project(tmp_path / "project", password_role, online_layer=True)
    secrets = [Secret("FIELD_DB", PGSERVICE, password_role.service_block()), Secret("API_TOKEN", ENVVAR, TOKEN)]
    runner = JobRunner(JobStore(store_path()), RunnerSettings(secrets_for=lambda key: secrets))
    out = tmp_path / "package"
    job = runner.run(runner.submit(PACKAGE, str(project), {"package_dir": str(out), "mode": mode}).job)
    assert job.status == FINISHED, job.feedback.get("error")

    packaged = list(out.rglob("*_qfield.qgs"))
    assert packaged, sorted(p.name for p in out.rglob("*"))
    project_text = packaged[0].read_text(encoding="utf-8")
    assert not re.search(r"password\s*=\s*'?[^'*\s]", project_text), "a password was written into the project"
    assert f"<datasource>service='{SERVICE}' key=" in project_text  # the online layer keeps only the service
    with sqlite3.connect(str(out / "data.gpkg")) as gpkg:  # the offline copy was read through the secret
        assert gpkg.execute("SELECT count(*) FROM plots").fetchone()[0] == 2
    for path in [p for folder in (out, data_dir) for p in folder.rglob("*") if p.is_file()]:
        content = path.read_bytes()
        for value in (password_role.password, "user-Own-Pass-41c2", TOKEN):
            assert value.encode() not in content, f"{value} leaked into {path}"
