"""Fixtures for the cloud tests: the loopback QFieldCloud server and clients against it."""

from __future__ import annotations

from typing import List

import pytest

from tests.cloud.server import CloudTestServer

USERNAME, PASSWORD = "tester", "correct horse battery staple"
MASTER_PASSWORD = "qfsp-test-master-password"


def _start(mode: str):
    server = CloudTestServer(mode).start()
    server.state.add_user(USERNAME, PASSWORD)
    return server


@pytest.fixture
def cloud_server():
    """The recorded server version (jobs listing needs a JSON body)."""
    server = _start("recorded")
    yield server
    server.stop()


@pytest.fixture
def newer_cloud_server():
    """A newer server version that takes ``jobs/?project_id=``."""
    server = _start("newer")
    yield server
    server.stop()


class RecordingSleep:
    """A sleep that records the waits instead of waiting (keeps retry/backoff tests fast)."""

    def __init__(self) -> None:
        self.waits: List[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def sleeps() -> RecordingSleep:
    return RecordingSleep()


def make_test_client(server, sleeps, token=None):
    from qfieldsync_plus.core.cloud.client import CloudClient, RetryPolicy
    from qfieldsync_plus.core.cloud.transport import Transport

    if token is None:
        token = server.state.issue_token(USERNAME, "sdk|py|test").key
    return CloudClient(Transport(server.url, token=token, timeout=10), RetryPolicy(attempts=4, base_delay=0.5, sleep=sleeps))


@pytest.fixture
def client(cloud_server, sleeps, qgis_app):
    """A client signed in as the test user on the recorded server."""
    return make_test_client(cloud_server, sleeps)


@pytest.fixture
def unlocked_auth_db(qgis_app):
    """The QGIS authentication database of the test profile, unlocked with the test master password."""
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet() and not manager.setMasterPassword(MASTER_PASSWORD, True):
        # Left over by an earlier session with another password: erase it, but only a test profile's DB.
        assert ".qgis-settings" in QgsApplication.qgisAuthDatabaseFilePath(), "refusing to erase a real auth DB"
        manager.eraseAuthenticationDatabase(False)
        assert manager.setMasterPassword(MASTER_PASSWORD, True)
    return manager


@pytest.fixture
def signed_out(unlocked_auth_db, monkeypatch):
    """No QFieldCloud sign-in before or after the test (the test profile's auth DB is unlocked)."""
    from qfieldsync_plus.core.cloud import credentials

    monkeypatch.delenv(credentials.TOKEN_ENV, raising=False)
    monkeypatch.delenv(credentials.URL_ENV, raising=False)
    credentials.forget_token()
    yield
    credentials.forget_token()


def create_project_with_file(client, cloud_server, name: str) -> str:
    """A new cloud project holding ``<name>.qgs`` (the server refuses deltas without a project file)."""
    project_id = client.create_project(name)["id"]
    with cloud_server.state.lock:
        cloud_server.state.store_file(project_id, f"{name}.qgs", b"<qgis/>")
    return project_id
