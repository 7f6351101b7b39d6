"""QGIS's proxy settings apply to the cloud client (it runs on QgsNetworkAccessManager)."""

from __future__ import annotations

import pytest

from qfieldsync_plus.core.cloud.transport import Transport
from tests.fixtures.http_proxy import LoopbackProxy, QgisProxySettings

from .conftest import USERNAME, create_project_with_file, make_test_client


@pytest.fixture
def proxy_settings(qgis_app):
    settings = QgisProxySettings()
    yield settings
    settings.restore()


@pytest.fixture
def loopback_proxy():
    proxy = LoopbackProxy(credentials=("proxyuser", "proxy pass"))
    yield proxy
    proxy.stop()


def test_requests_and_uploads_go_through_the_proxy_with_its_credentials(cloud_server, loopback_proxy, proxy_settings,
                                                                       sleeps, tmp_path):
    proxy_settings.use(loopback_proxy, "proxyuser", "proxy pass")
    client = make_test_client(cloud_server, sleeps)
    assert client.user()["username"] == USERNAME
    project_id = create_project_with_file(client, cloud_server, "viaproxy")
    local = tmp_path / "notes.txt"
    local.write_bytes(b"field notes " * 1000)
    client.upload_file(project_id, "notes.txt", local)
    assert cloud_server.state.file_bytes(project_id, "notes.txt", None) == local.read_bytes()
    forwarded = [(method, target) for method, target, authorised in loopback_proxy.forwarded if authorised]
    assert ("GET", cloud_server.url + "auth/user/") in forwarded
    assert ("POST", f"{cloud_server.url}files/{project_id}/notes.txt/") in forwarded
    assert loopback_proxy.refused >= 1  # Qt answered the proxy's 407 with QGIS's proxy user


@pytest.mark.parametrize("key", ["excluded", "no_proxy"])
def test_excluded_urls_go_direct(cloud_server, loopback_proxy, proxy_settings, key):
    root = cloud_server.url.split("/api/")[0]
    proxy_settings.use(loopback_proxy, "proxyuser", "proxy pass", **{key: [root]})
    assert Transport(cloud_server.url).request("GET", "status/").json() == {"geodb": "ok", "storage": "ok"}
    assert loopback_proxy.forwarded == [] and loopback_proxy.refused == 0


def test_a_proxy_that_refuses_the_credentials_is_a_clear_error(cloud_server, loopback_proxy, proxy_settings):
    from qfieldsync_plus.core.cloud.errors import CONNECTION, CloudError

    proxy_settings.use(loopback_proxy, "proxyuser", "wrong")
    with pytest.raises(CloudError) as caught:
        Transport(cloud_server.url).request("GET", "status/")
    assert caught.value.kind == CONNECTION and "proxy" in str(caught.value).lower()
    assert "wrong" not in str(caught.value) and loopback_proxy.forwarded == []
