"""The loopback server answers like the recorded QFieldCloud (status, codes, keys, headers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qfieldsync_plus.core.cloud.errors import CloudError
from qfieldsync_plus.core.cloud.transport import Transport, Upload

from .conftest import PASSWORD, USERNAME

RECORDED = Path(__file__).parent / "recorded"
QGIS_UA = "Mozilla/5.0 QGIS/33400/Debian GNU/Linux 13 (trixie)"


def recorded(name: str) -> dict:
    return json.loads((RECORDED / name).read_text(encoding="utf-8"))["response"]


def call(transport: Transport, method: str, path: str, **kwargs):
    """(status, json or None, headers) for one request, errors included."""
    try:
        response = transport.request(method, path, **kwargs)
        return response.status, response.json(), response.headers
    except CloudError as error:
        return error.status, {"code": error.code, "detail": error.detail}, {}


@pytest.fixture
def raw(cloud_server):
    token = cloud_server.state.login(USERNAME, PASSWORD, "sdk|py|test")["token"]
    return Transport(cloud_server.url, token=token)


@pytest.fixture
def project(raw, tmp_path):
    project = raw.request("POST", "projects/", json_body={"name": "bees_contract"}).json()
    (tmp_path / "p.qgs").write_text("<qgis/>")
    raw.request("POST", f"files/{project['id']}/p.qgs/", upload=Upload(tmp_path / "p.qgs", "p.qgs"))
    return project


def test_login_and_project_shapes(cloud_server, raw, project):
    login = cloud_server.state.login(USERNAME, PASSWORD, "sdk|py|test")
    assert set(login) == set(recorded("005_auth_token_login.json")["json"])
    status, body, _ = call(raw, "GET", f"projects/{project['id']}/")
    assert status == 200 and set(body) == set(recorded("013_projects_retrieve.json")["json"])


def test_unknown_ids_follow_the_recorded_quirks(raw):
    unknown = "00000000-0000-4000-8000-000000000000"
    status, body, _ = call(raw, "GET", f"projects/{unknown}/")
    assert (status, body["code"]) == (400, recorded("014_projects_retrieve_unknown.json")["json"]["code"])
    status, body, _ = call(raw, "GET", f"jobs/{unknown}/")
    expected = recorded("046_jobs_retrieve_unknown.json")
    assert (status, body["code"], body["detail"]) == (expected["status"], expected["json"]["code"], expected["json"]["debug"]["detail"])


def test_pagination_headers(raw, project):
    status, body, headers = call(raw, "GET", "projects/", query={"limit": 1, "offset": 0})
    assert status == 200 and len(body) == 1
    assert headers["x-total-count"] == recorded("016_projects_list_paginated.json")["headers"]["X-Total-Count"]


def test_file_list_shape_and_skip_metadata(raw, project):
    _, files, _ = call(raw, "GET", f"files/{project['id']}/")
    expected = recorded("029_files_list.json")["json"][0]
    assert set(files[0]) == set(expected) and set(files[0]["versions"][0]) == set(expected["versions"][0])
    _, skipped, _ = call(raw, "GET", f"files/{project['id']}/", query={"skip_metadata": 1})
    assert "sha256" not in skipped[0] and "sha256" not in recorded("030_files_list_skip_metadata.json")["json"][0]


def test_jobs_listing_quirk_and_package_rules(raw, project, newer_cloud_server):
    status, body, _ = call(raw, "GET", "jobs/", query={"project_id": project["id"]})
    assert (status, body["code"]) == (500, recorded("036_jobs_list_query_param.json")["json"]["code"])
    status, jobs, _ = call(raw, "GET", "jobs/", json_body={"project_id": project["id"]})
    assert status == 200 and set(jobs[0]) == set(recorded("037_jobs_list_json_body.json")["json"][0])
    statuses = [call(raw, "POST", "jobs/", json_body=body)[0] for body in (
        {"project_id": project["id"], "type": "package"},
        {"project_id": project["id"], "type": "package"},
        {"project_id": project["id"], "type": "package", "force": 1})]
    assert statuses == [recorded(n)["status"] for n in ("039_jobs_create_package.json", "040_jobs_create_package_again.json",
                                                       "041_jobs_create_package_force.json")]
    _, detail, _ = call(raw, "GET", f"jobs/{jobs[0]['id']}/")
    assert set(detail) == set(recorded("044_jobs_retrieve_package.json")["json"])
    newer = Transport(newer_cloud_server.url, token=newer_cloud_server.state.issue_token(USERNAME, "sdk|py|t").key)
    newer_project = newer.request("POST", "projects/", form={"name": "p"}).json()
    assert call(newer, "GET", "jobs/", query={"project_id": newer_project["id"]})[0] == 200


def test_token_expiry_per_client_type(cloud_server):
    state = cloud_server.state
    first_qgis = state.login(USERNAME, PASSWORD, QGIS_UA)["token"]
    other = state.login(USERNAME, PASSWORD, "contract-recorder python-requests/2.34.2")["token"]
    state.login(USERNAME, PASSWORD, QGIS_UA)
    status, body, _ = call(Transport(cloud_server.url, token=first_qgis, user_agent=QGIS_UA), "GET", "projects/")
    expected = recorded("076_projects_list_first_qgis_token_expired.json")
    assert (status, body["detail"]) == (expected["status"], expected["json"]["debug"]["detail"])
    assert call(Transport(cloud_server.url, token=other), "GET", "projects/")[0] == \
        recorded("077_projects_list_other_client_token_still_valid.json")["status"]


def test_logout_expires_the_token(raw):
    assert call(raw, "POST", "auth/logout/")[1] == recorded("070_auth_logout.json")["json"]
    status, body, _ = call(raw, "GET", "projects/")
    expected = recorded("071_projects_list_after_logout_401.json")
    assert (status, body["code"], body["detail"]) == (401, expected["json"]["code"], expected["json"]["debug"]["detail"])


def test_delta_push_errors(raw, project, tmp_path):
    sent = json.loads((RECORDED / "100_deltas_push_without_clientId.json").read_text())["deltafile_sent"]
    sent["project"] = project["id"]
    deltafile = tmp_path / "deltafile.json"
    deltafile.write_text(json.dumps(sent))
    status, body, _ = call(raw, "POST", f"deltas/{project['id']}/", upload=Upload(deltafile, "deltafile.json"))
    assert (status, body["code"]) == (500, recorded("100_deltas_push_without_clientId.json")["json"]["code"])
    sent["project"] = "00000000-0000-4000-8000-000000000000"
    deltafile.write_text(json.dumps(sent))
    status, body, _ = call(raw, "POST", f"deltas/{project['id']}/", upload=Upload(deltafile, "deltafile.json"))
    assert (status, body["code"]) == (400, recorded("053_deltas_push_project_mismatch.json")["json"]["code"])
