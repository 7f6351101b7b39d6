"""The cloud client against a server that misbehaves on purpose: bounded size, pages and time,
and answers of the wrong shape refused with one clear line naming the endpoint."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from qfieldsync_plus.core.cloud import errors
from qfieldsync_plus.core.cloud.client import CloudClient, CloudLimits, RetryPolicy
from qfieldsync_plus.core.cloud.errors import CloudError
from qfieldsync_plus.core.cloud.transport import Transport
from tests.fixtures.misbehaving_server import (
    endless_json, endless_new_pages, json_answer, long_download, misbehaving_server, raw_answer, repeating_pages,
    slow_bytes, slow_reader, stalled_download, trickle_download,
)

__all__ = ["misbehaving_server"]  # the fixture
ROOT = Path(__file__).resolve().parents[2]
TOKEN = "secret-token-never-printed-0123456789"
PROJECT = "4aeccb9a-3403-49cd-924f-df30fa52df7f"


def make_client(server, **limits) -> CloudClient:
    return CloudClient(Transport(server.url, token=TOKEN, timeout=10),
                       RetryPolicy(attempts=2, base_delay=0, sleep=lambda s: None), CloudLimits(**limits))


def test_endless_body_stops_at_the_json_limit(misbehaving_server):
    misbehaving_server.route("projects/", endless_json())
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server, max_json_bytes=2 ** 20).list_projects()
    assert caught.value.kind == errors.LIMIT
    assert "/api/v1/projects/" in str(caught.value) and "1 MiB" in str(caught.value)
    assert TOKEN not in str(caught.value)


def test_announced_oversized_body_is_not_read(misbehaving_server):
    misbehaving_server.route("auth/user/", json_answer({"username": "x" * 5000}))
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server, max_json_bytes=1000).user()
    assert caught.value.kind == errors.LIMIT and "GET /api/v1/auth/user/" in str(caught.value)


def test_a_repeating_page_stops_the_listing(misbehaving_server):
    misbehaving_server.route("projects/", repeating_pages({"id": "a", "name": "p", "owner": "o"}))
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server).list_projects()
    assert caught.value.kind == errors.LIMIT and "repeats a page" in str(caught.value)
    assert len(misbehaving_server.requests) == 2


def test_pages_stop_at_the_page_limit(misbehaving_server):
    misbehaving_server.route("projects/", endless_new_pages())
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server, max_pages=5).list_projects()
    assert caught.value.kind == errors.LIMIT and "more than 5 pages" in str(caught.value)
    assert len(misbehaving_server.requests) == 5


@pytest.mark.parametrize("headers_too", [False, True], ids=["slow-body", "slow-headers"])
def test_slow_bytes_hit_the_request_deadline(misbehaving_server, headers_too):
    misbehaving_server.route("projects/", slow_bytes(0.1, headers_too))
    started = time.monotonic()
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server, request_deadline=1.0).list_projects()
    assert time.monotonic() - started < 3.0  # one attempt, not retried
    assert caught.value.kind == errors.LIMIT and "within 1 seconds" in str(caught.value)
    assert "GET /api/v1/projects/" in str(caught.value)


def _files_listing(size: int, sha256: str = "0" * 64) -> list:
    return [{"name": "data.gpkg", "size": size, "md5sum": "x", "sha256": sha256}]


@pytest.mark.parametrize("content_length", [None, 10], ids=["no-length", "length-smaller-than-body"])
def test_download_longer_than_announced_is_stopped(misbehaving_server, tmp_path, content_length):
    from qfieldsync_plus.core.cloud.download import download_changed_files

    folder = tmp_path / "project"
    folder.mkdir()
    (folder / "data.gpkg").write_bytes(b"the user's own data")
    misbehaving_server.route(f"files/{PROJECT}/", json_answer(_files_listing(10)))
    misbehaving_server.route(f"files/{PROJECT}/data.gpkg/", long_download(b"0123456789", content_length))
    with pytest.raises(CloudError) as caught:
        download_changed_files(make_client(misbehaving_server), PROJECT, folder)
    message = str(caught.value)
    if content_length is None:
        assert caught.value.kind == errors.LIMIT and "more than the 10 bytes" in message
    else:  # Qt stops at Content-Length: the extra bytes are never read, the checksum refuses the file
        assert caught.value.kind == errors.CHECKSUM
    assert (folder / "data.gpkg").read_bytes() == b"the user's own data"
    assert misbehaving_server.sent_bytes < 64 * 2 ** 20


def test_content_length_beyond_the_listed_size_is_refused(misbehaving_server, tmp_path):
    client = make_client(misbehaving_server)
    misbehaving_server.route(f"files/{PROJECT}/a.txt/", long_download(b"0123456789", content_length=5000, extra=0))
    with pytest.raises(CloudError) as caught:
        client.download_file(PROJECT, "a.txt", tmp_path / "a.txt", expected_size=10)
    assert caught.value.kind == errors.LIMIT and not (tmp_path / "a.txt").exists()


def test_a_stalled_transfer_fails_without_progress(misbehaving_server, tmp_path):
    misbehaving_server.route(f"files/{PROJECT}/a.txt/", stalled_download(b"0123", announced=1000))
    started = time.monotonic()
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server, transfer_stall=0.5).download_file(PROJECT, "a.txt", tmp_path / "a.txt")
    assert time.monotonic() - started < 3.0
    assert caught.value.kind == errors.LIMIT and "less than 1 KiB moved in 0.5 seconds" in str(caught.value)
    assert not (tmp_path / "a.txt").exists()


def test_a_trickling_download_fails_like_a_stalled_one(misbehaving_server, tmp_path):
    misbehaving_server.route(f"files/{PROJECT}/a.txt/", trickle_download(announced=100_000, interval=0.05))
    started = time.monotonic()
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server, transfer_stall=1.0).download_file(PROJECT, "a.txt", tmp_path / "a.txt")
    assert time.monotonic() - started < 4.0 and misbehaving_server.sent_bytes < 100
    assert caught.value.kind == errors.LIMIT and f"GET /api/v1/files/{PROJECT}/a.txt/" in str(caught.value)
    assert not (tmp_path / "a.txt").exists()


def test_a_server_reading_an_upload_byte_by_byte_is_left(misbehaving_server, tmp_path):
    local = tmp_path / "big.gpkg"
    local.write_bytes(os.urandom(16 * 2 ** 20))  # more than the loopback socket buffers hold
    misbehaving_server.route(f"files/{PROJECT}/big.gpkg/", slow_reader(0.05))
    started = time.monotonic()
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server, transfer_stall=1.0).upload_file(PROJECT, "big.gpkg", local)
    assert time.monotonic() - started < 6.0  # not retried: a stall is not a dropped connection
    assert caught.value.kind == errors.LIMIT and "less than 1 KiB moved" in str(caught.value)


WRONG_SHAPES = [
    ("projects/", json_answer({"results": []}), "list_projects", (), "expected a list, got an object"),
    (f"files/{PROJECT}/", json_answer(["data.gpkg"]), "list_files", (PROJECT,), "item 1 is text"),
    (f"files/{PROJECT}/", json_answer([{"name": "a", "size": "12"}]), "list_files", (PROJECT,), "'size' is text"),
    ("jobs/j1/", json_answer({"id": "j1", "type": "package"}), "get_job", ("j1",), "has no 'status'"),
    ("jobs/j1/", json_answer([{"id": "j1"}]), "get_job", ("j1",), "expected an object, got a list"),
    ("jobs/j1/", json_answer({"id": "j1", "type": "package", "status": "failed", "output": ["x"]}), "get_job", ("j1",),
     "'output' is a list"),
    (f"packages/{PROJECT}/latest/", json_answer({"files": {"a": 1}}), "package_latest", (PROJECT,), "'files' is an object"),
    (f"deltas/{PROJECT}/", json_answer([{"id": "d", "last_status": "pending", "content": "{}"}]), "list_deltas",
     (PROJECT,), "'content' is text"),
    ("auth/user/", raw_answer(b"<html><body>Sign in</body></html>", "text/html"), "user", (), "web page, not JSON"),
]


@pytest.mark.parametrize("path, behaviour, method, args, words", WRONG_SHAPES,
                         ids=[f"{w[2]}-{i}" for i, w in enumerate(WRONG_SHAPES)])
def test_wrong_shape_is_one_clear_line(misbehaving_server, path, behaviour, method, args, words):
    misbehaving_server.route(path, behaviour)
    with pytest.raises(CloudError) as caught:
        getattr(make_client(misbehaving_server), method)(*args)
    message = str(caught.value)
    assert caught.value.kind == errors.BAD_ANSWER and words in message, message
    assert "/api/v1/" + path in message and "\n" not in message and TOKEN not in message


def _cli(server, *args):
    env = dict(os.environ, QFIELDCLOUD_URL=server.url, QFIELDCLOUD_TOKEN=TOKEN, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "qfieldsync_plus", "cloud", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("behaviour, words", [
    (endless_json(), "larger than 64 MiB"),
    (json_answer({"detail": "not a list"}), "expected a list, got an object"),
], ids=["endless-body", "wrong-shape"])
def test_cli_prints_one_line_and_exits_1(misbehaving_server, behaviour, words):
    misbehaving_server.route("projects/", behaviour)
    result = _cli(misbehaving_server, "projects")
    assert result.returncode == 1, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("error")]
    assert len(lines) == 1 and words in lines[0] and "/api/v1/projects/" in lines[0], result.stderr
    assert lines[0].startswith(("error [limit_exceeded]: ", "error [bad_answer]: ")), lines[0]
    assert "Traceback" not in result.stderr and TOKEN not in result.stderr + result.stdout


def test_request_deadline_is_a_setting(qgis_app):
    from qgis.core import QgsSettings

    from qfieldsync_plus.core.cloud.session import REQUEST_DEADLINE_KEY, make_client as make_session_client

    assert make_session_client("http://127.0.0.1:9/").limits.request_deadline == 120
    QgsSettings().setValue(REQUEST_DEADLINE_KEY, 7.5)
    try:
        assert make_session_client("http://127.0.0.1:9/").limits.request_deadline == 7.5
    finally:
        QgsSettings().remove(REQUEST_DEADLINE_KEY)


def test_an_endless_answer_to_an_upload_is_bounded_too(misbehaving_server, tmp_path):
    local = tmp_path / "a.txt"
    local.write_bytes(b"field notes")
    misbehaving_server.route(f"files/{PROJECT}/a.txt/", endless_json())
    with pytest.raises(CloudError) as caught:
        make_client(misbehaving_server, max_json_bytes=2 ** 20).upload_file(PROJECT, "a.txt", local)
    assert caught.value.kind == errors.LIMIT and f"POST /api/v1/files/{PROJECT}/a.txt/" in str(caught.value)
