"""QGIS's proxy settings apply to the cloud client (it runs on QgsNetworkAccessManager)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qfieldsync_plus.core.cloud.transport import Transport
from tests.fixtures.http_proxy import LoopbackProxy, QgisProxySettings

from .conftest import USERNAME, create_project_with_file, make_test_client

ROOT = Path(__file__).resolve().parents[2]


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
    assert "Settings ▸ Options ▸ Network" in caught.value.hint
    assert "wrong" not in str(caught.value) and loopback_proxy.forwarded == []


def test_the_cli_uses_the_proxy_of_its_qgis_settings(cloud_server, loopback_proxy, tmp_path):
    """The CLI's headless QGIS reads the proxy from its QGIS settings file (written here through the
    same headless start, wherever that puts the file, in a home and QGIS config path of its own)."""
    home = tmp_path / "home"
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local"),
               QGIS_CUSTOM_CONFIG_PATH=str(home / "qgis"), QGIS_OPTIONS_PATH=str(home / "qgis"),
               QT_QPA_PLATFORM="offscreen", QFIELDCLOUD_URL=cloud_server.url,
               QFIELDCLOUD_TOKEN=cloud_server.state.issue_token(USERNAME, "sdk|py|t").key)
    env.pop("QGIS_AUTH_DB_DIR_PATH", None)
    values = {"proxy/proxyEnabled": True, "proxy/proxyType": "HttpProxy", "proxy/proxyHost": "127.0.0.1",
              "proxy/proxyPort": str(loopback_proxy.port), "proxy/proxyUser": "proxyuser",
              "proxy/proxyPassword": "proxy pass"}
    write = ("from qfieldsync_plus.core.qgis_app import start_headless_qgis\nstart_headless_qgis()\n"
             "from qgis.core import QgsSettings\ns = QgsSettings()\n"
             f"for key, value in {values!r}.items():\n    s.setValue(key, value)\ns.sync()\n")
    subprocess.run([sys.executable, "-c", write], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    result = subprocess.run([sys.executable, "-m", "qfieldsync_plus", "cloud", "projects"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert ("GET", True) in [(method, authorised) for method, _, authorised in loopback_proxy.forwarded]
    assert "proxy pass" not in result.stdout + result.stderr


def test_a_socks5_proxy_from_qgis_settings(cloud_server, proxy_settings, sleeps, tmp_path):
    proxy = LoopbackProxy(socks=True)
    try:
        proxy_settings.use(proxy)
        client = make_test_client(cloud_server, sleeps)
        project_id = create_project_with_file(client, cloud_server, "viasocks")
        client.download_file(project_id, "viasocks.qgs", tmp_path / "viasocks.qgs")
        assert (tmp_path / "viasocks.qgs").read_bytes() == b"<qgis/>"
        port = cloud_server.url.split(":")[2].split("/")[0]
        assert proxy.forwarded and set(proxy.forwarded) == {("SOCKS", f"127.0.0.1:{port}", False)}
    finally:
        proxy.stop()
