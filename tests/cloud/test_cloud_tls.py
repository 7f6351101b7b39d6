"""TLS verification is on unless turned off explicitly."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from qfieldsync_plus.core.cloud.errors import CONNECTION, CloudError
from qfieldsync_plus.core.cloud.transport import Transport

from .server import CloudTestServer


@pytest.fixture
def https_server(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True, timeout=60)
    server = CloudTestServer()
    server.enable_tls(str(cert), str(key))
    server.start()
    yield server, cert
    server.stop()


def test_self_signed_certificate_is_refused_by_default(https_server):
    server, cert = https_server
    with pytest.raises(CloudError) as caught:
        Transport(server.url).request("GET", "status/")
    assert caught.value.kind == CONNECTION and "SSL" in str(caught.value)
    assert Transport(server.url, verify_tls=False).request("GET", "status/").json() == {"geodb": "ok", "storage": "ok"}
    assert Transport(server.url, ca_file=str(cert)).request("GET", "status/").status == 200
