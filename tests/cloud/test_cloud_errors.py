"""Errors mapped as QFieldCloud's worker maps them, with the server's code, message and detail."""

from __future__ import annotations

import json

import pytest

from qfieldsync_plus.core.cloud import errors
from qfieldsync_plus.core.cloud.errors import CloudError, error_from_response


def body(code: str, message: str, detail="") -> bytes:
    return json.dumps({"code": code, "message": message, "debug": {"detail": detail}}).encode()


@pytest.mark.parametrize("status, code, kind, words", [
    (401, "token_authentication_failed", errors.AUTH, "Sign in to QFieldCloud again"),
    (402, "over_quota", errors.PAYMENT, "paid plan"),
    (403, "permission_denied", errors.FORBIDDEN, "does not allow"),
    (400, "object_not_found", errors.NOT_FOUND, "could not find"),
    (404, "", errors.NOT_FOUND, "could not find"),
    (400, "project_already_exists", errors.INVALID, "project_already_exists"),
    (500, "unknown_error", errors.SERVER, "unknown_error: QFieldcloud Unknown Error"),
])
def test_status_codes_map_to_kinds(status, code, kind, words):
    error = error_from_response(status, body(code, "QFieldcloud Unknown Error" if status == 500 else "msg", "the detail"), "list projects")
    assert (error.kind, error.status) == (kind, status) and words in str(error) and "list projects" in str(error)
    assert error.detail == "the detail" and error.retryable == (status >= 500)


def test_html_and_validation_bodies():
    assert error_from_response(404, b"<h1>Not Found</h1>", "teams").kind == errors.NOT_FOUND
    validation = error_from_response(400, body("api_error", "API Error", {"name": ["This field is required."]}), "create")
    assert validation.code == "api_error" and "This field is required." in validation.detail


def test_server_answers_are_mapped_end_to_end(client):
    with pytest.raises(CloudError) as unknown_job:
        client.get_job("00000000-0000-4000-8000-000000000000")
    assert unknown_job.value.kind == errors.NOT_FOUND and unknown_job.value.status == 500
    client.create_project("bees")
    with pytest.raises(CloudError) as duplicate:
        client.create_project("bees")
    assert duplicate.value.code == "project_already_exists" and duplicate.value.status == 400


def test_server_urls_are_normalised():
    from qfieldsync_plus.core.cloud.transport import normalise_url

    assert normalise_url("app.qfield.cloud") == "https://app.qfield.cloud/api/v1/"
    assert normalise_url("https://app.qfield.cloud/") == "https://app.qfield.cloud/api/v1/"
    assert normalise_url("http://127.0.0.1:8000/api/v1") == "http://127.0.0.1:8000/api/v1/"
    assert normalise_url(" https://cloud.example/sub/api/v1/ ") == "https://cloud.example/sub/api/v1/"
