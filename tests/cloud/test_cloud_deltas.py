"""Deltafiles: clientId checked locally before pushing; list and apply pending deltas."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.cloud.conftest import create_project_with_file

from qfieldsync_plus.core.cloud.deltas import apply_pending, list_deltas, push_deltafile
from qfieldsync_plus.core.cloud.errors import INVALID, SERVER, CloudError


def deltafile(path, project_id, with_client_id=True, count=2):
    deltas = []
    for index in range(count):
        delta = {"uuid": str(uuid.uuid4()), "localPk": str(index + 1), "sourcePk": str(index + 1),
                 "localLayerId": "apiary_1", "sourceLayerId": "apiary_1", "method": "patch",
                 "new": {"attributes": {"beekeeper": f"changed {index}"}}, "old": {"attributes": {"beekeeper": "orig"}}}
        if with_client_id:
            delta["clientId"] = "cd517e24-a520-4021-8850-e5af70e3a612"
        deltas.append(delta)
    path.write_text(json.dumps({"version": "1.0", "project": project_id, "id": str(uuid.uuid4()),
                                "deltas": deltas, "files": []}))
    return path


@pytest.fixture
def project_id(client, cloud_server):
    return create_project_with_file(client, cloud_server, "bees")


def delta_posts(server):
    return [r for r in server.state.requests if r["method"] == "POST" and r["path"].startswith("/api/v1/deltas/")]


def test_push_with_client_id_creates_deltas_and_a_delta_apply_job(client, cloud_server, project_id, tmp_path):
    summary = push_deltafile(client, project_id, deltafile(tmp_path / "d.json", project_id))
    assert summary["deltas"] == 2
    deltas = list_deltas(client, project_id)
    assert [d["last_status"] for d in deltas] == ["pending", "pending"]
    assert [j["type"] for j in client.list_jobs(project_id)].count("delta_apply") == 1
    cloud_server.state.knobs.job_plan["delta_apply"] = ["finished"]
    apply_job = next(j for j in client.list_jobs(project_id) if j["type"] == "delta_apply")
    client.get_job(apply_job["id"])
    assert {d["last_status"] for d in list_deltas(client, project_id, summary["deltafile_id"])} == {"applied"}


def test_push_without_client_id_is_refused_locally(client, cloud_server, project_id, tmp_path):
    path = deltafile(tmp_path / "d.json", project_id, with_client_id=False)
    with pytest.raises(CloudError) as caught:
        push_deltafile(client, project_id, path)
    assert caught.value.kind == INVALID and "clientId" in str(caught.value) and "d.json" in str(caught.value)
    assert delta_posts(cloud_server) == []
    with pytest.raises(CloudError) as server_side:  # what the server would have said (recording 100)
        client.push_deltafile(project_id, path)
    assert server_side.value.kind == SERVER and server_side.value.status == 500


def test_wrong_project_and_broken_files_name_the_problem(client, project_id, tmp_path):
    with pytest.raises(CloudError, match="belongs to cloud project"):
        push_deltafile(client, project_id, deltafile(tmp_path / "d.json", "another-project"))
    (tmp_path / "bad.json").write_text("{not json")
    with pytest.raises(CloudError, match="bad.json"):
        push_deltafile(client, project_id, tmp_path / "bad.json")


def test_apply_pending_asks_the_server(client, cloud_server, project_id, tmp_path):
    assert apply_pending(client, project_id) == 0
    push_deltafile(client, project_id, deltafile(tmp_path / "d.json", project_id))
    assert apply_pending(client, project_id) == 2
    assert [r["path"] for r in delta_posts(cloud_server)][-1] == f"/api/v1/deltas/apply/{project_id}/"
    assert [j["type"] for j in client.list_jobs(project_id)].count("delta_apply") == 2
