"""Downloads follow the redirects the cloud's storage answers with, and the token stays home."""

from __future__ import annotations

import hashlib

import pytest

from qfieldsync_plus.core.cloud import errors
from qfieldsync_plus.core.cloud.client import CloudClient, RetryPolicy
from qfieldsync_plus.core.cloud.errors import CloudError
from qfieldsync_plus.core.cloud.transport import Transport
from tests.fixtures.misbehaving_server import MisbehavingServer, misbehaving_server, raw_answer

__all__ = ["misbehaving_server"]  # the fixture
TOKEN = "secret-token-never-sent-to-storage"
PROJECT = "4aeccb9a-3403-49cd-924f-df30fa52df7f"
DATA = bytes(range(256)) * 4096  # 1 MiB


def recording(behaviour, seen):
    """``behaviour``, noting the Authorization header each request came with."""
    def behave(handler):
        seen.append(handler.headers.get("Authorization"))
        behaviour(handler)
    return behave


@pytest.fixture
def storage():
    server = MisbehavingServer()
    yield server
    server.stop()


def client_for(server) -> CloudClient:
    return CloudClient(Transport(server.url, token=TOKEN, timeout=10), RetryPolicy(attempts=1, sleep=lambda s: None))


def test_a_download_follows_the_redirect_to_storage(misbehaving_server, storage, tmp_path, qgis_app):
    api_seen, storage_seen = [], []
    location = storage.url + "bucket/data.gpkg?X-Amz-Signature=abc"
    redirect = raw_answer(b"", "text/plain", 302, {"Location": location})
    misbehaving_server.route(f"files/{PROJECT}/data.gpkg/", recording(redirect, api_seen))
    storage.route("bucket/data.gpkg", recording(raw_answer(DATA, "application/octet-stream"), storage_seen))
    progress = []
    client_for(misbehaving_server).download_file(PROJECT, "data.gpkg", tmp_path / "data.gpkg", on_bytes=progress.append,
                                                 expected_size=len(DATA))
    assert hashlib.sha256((tmp_path / "data.gpkg").read_bytes()).digest() == hashlib.sha256(DATA).digest()
    assert api_seen == [f"Token {TOKEN}"] and storage_seen == [None]  # the token never went to the storage host
    assert storage.requests == ["/api/v1/bucket/data.gpkg?X-Amz-Signature=abc"] and progress[-1] == len(DATA)


def test_a_redirect_loop_is_stopped(misbehaving_server, tmp_path, qgis_app):
    path = f"files/{PROJECT}/a.txt/"
    misbehaving_server.route(path, raw_answer(b"", "text/plain", 302, {"Location": misbehaving_server.url + path}))
    with pytest.raises(CloudError) as caught:
        client_for(misbehaving_server).download_file(PROJECT, "a.txt", tmp_path / "a.txt")
    assert caught.value.kind == errors.LIMIT and "more than 10 times" in str(caught.value)
    assert len(misbehaving_server.requests) == 11 and not (tmp_path / "a.txt").exists()
