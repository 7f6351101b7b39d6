"""delta_apply with project secrets: field edits reach a PostGIS layer that connects through a
pgservice secret; without the secret nothing changes; nothing secret is reported."""

from __future__ import annotations

import json
import uuid


from qfieldsync_plus.core.jobs.job import DELTA_APPLY, FINISHED
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.runner import JobRunner, RunnerSettings
from qfieldsync_plus.core.runner.store import JobStore
from qfieldsync_plus.core.secrets.model import PGSERVICE, Secret
from tests.fixtures.secrets_env import write_service_project



def patch_deltafile(path, layer_id: str, old_name: str, new_name: str):
    delta = {"uuid": str(uuid.uuid4()), "clientId": "client-1", "exportId": "export-1", "localPk": "1",
             "sourcePk": "1", "localLayerId": layer_id, "sourceLayerId": layer_id, "method": "patch",
             "old": {"attributes": {"name": old_name}}, "new": {"attributes": {"name": new_name}}}
    path.write_text(json.dumps({"version": "1.0", "project": str(uuid.uuid4()), "id": str(uuid.uuid4()),
                                "deltas": [delta], "files": []}), encoding="utf-8")
    return path


def plots_layer_id(project) -> str:
    from qgis.core import QgsProject

    read = QgsProject()
    assert read.read(str(project))
    layer_id = next(lid for lid, layer in read.mapLayers().items() if layer.name() == "plots")
    read.clear()
    return layer_id


def test_delta_apply_edits_a_service_layer_only_with_its_secret(qgis_app, tmp_path, password_role,
                                                                 user_service_file, data_dir):
    project = write_service_project(tmp_path / "project", password_role)
    path = patch_deltafile(tmp_path / "deltas.json", plots_layer_id(project), "a", "patched in the field")
    secret = Secret("FIELD_DB", PGSERVICE, password_role.service_block())

    def apply(secrets):
        runner = JobRunner(JobStore(store_path()), RunnerSettings(secrets_for=lambda key: secrets))
        return runner.run(runner.submit(DELTA_APPLY, str(project), {"deltafile": str(path)}).job)

    def name_of_plot_1() -> str:
        return password_role.database.execute("SELECT name FROM plots WHERE id = 1")[0][0]

    without = apply([])
    assert without.error, "delta_apply must fail when the layer's service cannot be resolved"
    assert name_of_plot_1() == "a"

    with_secret = apply([secret])
    assert with_secret.status == FINISHED and not with_secret.error, with_secret.error
    assert name_of_plot_1() == "patched in the field"
    for file in [p for p in data_dir.rglob("*") if p.is_file()]:
        content = file.read_bytes()
        for value in (password_role.password, "user-Own-Pass-41c2"):
            assert value.encode() not in content, f"{value} leaked into {file}"
