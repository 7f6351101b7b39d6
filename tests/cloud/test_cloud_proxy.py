"""QGIS's proxy settings are used by the cloud client."""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from qgis.core import QgsSettings

from qfieldsync_plus.core.cloud.proxy import LOOPBACK, Proxy, proxy_from_qgis_settings
from qfieldsync_plus.core.cloud.transport import Transport

from .conftest import USERNAME


class ForwardingProxy(BaseHTTPRequestHandler):
    """A plain HTTP forward proxy: takes absolute-URI requests and relays them."""

    seen: list = []

    def log_message(self, *args) -> None:
        pass

    def _relay(self) -> None:
        target = urlsplit(self.path)
        ForwardingProxy.seen.append((self.command, self.path, self.headers.get("Proxy-Authorization")))
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-authorization", "host")}
        upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=10)
        upstream.request(self.command, target.path + (f"?{target.query}" if target.query else ""), body, headers)
        answer = upstream.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for name, value in answer.getheaders():
            if name.lower() not in ("transfer-encoding", "connection", "server", "date"):
                self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        upstream.close()

    do_GET = do_POST = _relay


@pytest.fixture
def forward_proxy():
    ForwardingProxy.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), ForwardingProxy)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def test_requests_go_through_the_proxy_with_its_credentials(cloud_server, forward_proxy):
    token = cloud_server.state.issue_token(USERNAME, "sdk|py|t").key
    proxy = Proxy("127.0.0.1", forward_proxy.server_address[1], "proxyuser", "proxypass", excluded=())
    transport = Transport(cloud_server.url, token=token, proxy=proxy)
    assert transport.request("GET", "auth/user/").json()["username"] == USERNAME
    method, path, auth = ForwardingProxy.seen[0]
    assert (method, path) == ("GET", cloud_server.url + "auth/user/") and auth.startswith("Basic ")
    assert Transport(cloud_server.url, proxy=Proxy("127.0.0.1", 1)).request("GET", "status/").status == 200  # loopback bypassed


def test_proxy_read_from_qgis_settings(qgis_app):
    settings = QgsSettings()
    keys = {"proxy/proxyEnabled": "true", "proxy/proxyType": "HttpProxy", "proxy/proxyHost": "proxy.example",
            "proxy/proxyPort": "3128", "proxy/proxyUser": "u", "proxy/proxyExcludedUrls": ["intranet.example"]}
    try:
        for key, value in keys.items():
            settings.setValue(key, value)
        proxy = proxy_from_qgis_settings()
        assert (proxy.host, proxy.port, proxy.user) == ("proxy.example", 3128, "u")
        assert proxy.bypasses("intranet.example") and proxy.bypasses("127.0.0.1") and not proxy.bypasses("app.qfield.cloud")
        settings.setValue("proxy/proxyType", "Socks5Proxy")
        assert proxy_from_qgis_settings() is None
        settings.setValue("proxy/proxyEnabled", "false")
        assert proxy_from_qgis_settings() is None
    finally:
        for key in keys:
            settings.remove(key)
    assert LOOPBACK[0] == "localhost"
