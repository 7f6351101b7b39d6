"""TLS on QGIS's network stack: a server whose certificate authority QGIS does not know is
refused with a clear message, and accepted once the CA is in QGIS's authentication database."""

from __future__ import annotations

import pytest
from qgis.core import QgsAuthCertUtils, QgsAuthConfigSslServer, QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QSslCertificate, QSslError

from qfieldsync_plus.core.cloud.errors import CONNECTION, CloudError
from qfieldsync_plus.core.cloud.transport import Transport
from tests.fixtures.http_proxy import LoopbackProxy, QgisProxySettings
from tests.fixtures.test_ca import make_test_pki

from .server import CloudTestServer

STATUS = {"geodb": "ok", "storage": "ok"}


@pytest.fixture(scope="module")
def https_server(tmp_path_factory):
    pki = make_test_pki(tmp_path_factory.mktemp("tls"))
    server = CloudTestServer()
    server.enable_tls(str(pki.server_cert), str(pki.server_key))
    server.start()
    yield server, pki
    server.stop()


@pytest.fixture(autouse=True)
def fresh_connections(qgis_app):
    """Each test starts without the connections (and TLS sessions) Qt kept from an earlier one."""
    QgsNetworkAccessManager.instance().clearConnectionCache()


@pytest.fixture
def trusted_ca(https_server, unlocked_auth_db):
    """The test CA stored in QGIS's authentication database (removed again afterwards)."""
    ca = QSslCertificate.fromPath(str(https_server[1].ca))[0]
    assert unlocked_auth_db.storeCertAuthority(ca)
    unlocked_auth_db.rebuildCaCertsCache()
    unlocked_auth_db.rebuildTrustedCaCertsCache()
    yield ca
    unlocked_auth_db.removeCertAuthority(ca)
    unlocked_auth_db.rebuildCaCertsCache()
    unlocked_auth_db.rebuildTrustedCaCertsCache()


def test_unknown_certificate_authority_is_refused_with_a_clear_message(https_server, qgis_app):
    server = https_server[0]
    with pytest.raises(CloudError) as caught:
        Transport(server.url).request("GET", "status/", what="the server status")
    message = str(caught.value)
    assert caught.value.kind == CONNECTION and "SSL" in message and "not trusted" in message
    assert "the server status" in message and "Certificate Manager" in (caught.value.hint or "")
    assert not any(r["path"].endswith("status/") for r in server.state.requests)  # nothing was sent


def test_accepted_once_the_ca_is_in_qgis_auth_database(https_server, trusted_ca):
    assert Transport(https_server[0].url).request("GET", "status/").json() == STATUS


def test_https_through_the_proxy_is_a_tunnel(https_server, trusted_ca):
    proxy, settings = LoopbackProxy(), QgisProxySettings()
    try:
        settings.use(proxy)
        assert Transport(https_server[0].url).request("GET", "status/").json() == STATUS
        port = https_server[0].url.split(":")[2].split("/")[0]
        assert proxy.forwarded == [("CONNECT", f"127.0.0.1:{port}", False)]
    finally:
        settings.restore()
        proxy.stop()


def test_verification_turned_off_explicitly(https_server, qgis_app):
    assert Transport(https_server[0].url, verify_tls=False).request("GET", "status/").json() == STATUS


@pytest.fixture
def ssl_exception(https_server, unlocked_auth_db):
    """Stores an SSL server exception for the test server; yields a function setting the ignored errors."""
    server = https_server[0]
    port = int(server.url.split(":")[2].split("/")[0])
    certificate = QSslCertificate.fromPath(str(https_server[1].server_cert))[0]
    config = QgsAuthConfigSslServer()
    config.setSslCertificate(certificate)
    config.setSslHostPort(f"127.0.0.1:{port}")

    def ignore(*errors) -> None:
        config.setSslIgnoredErrorEnums(list(errors))
        assert unlocked_auth_db.storeSslCertCustomConfig(config)

    yield ignore
    unlocked_auth_db.removeSslCertCustomConfig(f"127.0.0.1:{port}", QgsAuthCertUtils.shaHexForCert(certificate))


def test_an_ssl_server_exception_stored_in_qgis_applies(https_server, ssl_exception):
    ssl_exception(QSslError.UnableToGetLocalIssuerCertificate)  # one of the two errors only: still refused
    with pytest.raises(CloudError) as caught:
        Transport(https_server[0].url).request("GET", "status/")
    assert caught.value.kind == CONNECTION and "not trusted" in str(caught.value)
    ssl_exception(QSslError.UnableToGetLocalIssuerCertificate, QSslError.UnableToVerifyFirstCertificate)
    assert Transport(https_server[0].url).request("GET", "status/").json() == STATUS


@pytest.fixture(scope="module")
def client_cert_server(https_server):
    """An HTTPS server (same CA) that only talks to clients presenting a certificate the CA signed."""
    pki = https_server[1]
    server = CloudTestServer()
    server.enable_tls(str(pki.server_cert), str(pki.server_key), client_ca=str(pki.ca))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def client_cert_authcfg(https_server, trusted_ca, unlocked_auth_db):
    """A PKI-Paths authentication configuration holding the test client certificate."""
    from qgis.core import QgsAuthMethodConfig

    pki = https_server[1]
    config = QgsAuthMethodConfig("PKI-Paths")
    config.setName("qfsp test client certificate")
    config.setConfig("certpath", str(pki.client_cert))
    config.setConfig("keypath", str(pki.client_key))
    config.setConfig("keypass", "")
    assert unlocked_auth_db.storeAuthenticationConfig(config)
    yield config.id()
    unlocked_auth_db.removeAuthenticationConfig(config.id())


def test_a_client_certificate_from_the_connection_authcfg_setting(client_cert_server, client_cert_authcfg):
    from qgis.core import QgsSettings

    from qfieldsync_plus.core.cloud.session import CONNECTION_AUTHCFG_KEY, make_client

    with pytest.raises(CloudError) as caught:
        make_client(client_cert_server.url).transport.request("GET", "status/")
    assert caught.value.kind == CONNECTION and "client certificate" in (caught.value.hint or "")
    QgsNetworkAccessManager.instance().clearConnectionCache()
    QgsSettings().setValue(CONNECTION_AUTHCFG_KEY, client_cert_authcfg)
    try:
        client = make_client(client_cert_server.url)
        assert client.transport.authcfg == client_cert_authcfg
        assert client.transport.request("GET", "status/").json() == STATUS
    finally:
        QgsSettings().remove(CONNECTION_AUTHCFG_KEY)


def test_a_redirect_from_https_to_http_is_not_followed(https_server, trusted_ca, tmp_path):
    import ssl

    from tests.fixtures.misbehaving_server import MisbehavingServer, raw_answer

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(str(https_server[1].server_cert), str(https_server[1].server_key))

    class TlsServer(MisbehavingServer):
        def get_request(self):
            sock, address = super().get_request()
            return context.wrap_socket(sock, server_side=True), address

    secure, plain = TlsServer(), MisbehavingServer()
    try:
        plain.route("bucket/a.txt", raw_answer(b"data", "text/plain"))
        secure.route("files/p/a.txt/", raw_answer(b"", "text/plain", 302, {"Location": plain.url + "bucket/a.txt"}))
        with pytest.raises(CloudError) as caught:
            Transport(secure.url.replace("http://", "https://"), token="t").request(
                "GET", "files/p/a.txt/", download_to=tmp_path / "a.txt")
        assert caught.value.kind == CONNECTION and "not https" in str(caught.value)
        assert secure.requests == ["/api/v1/files/p/a.txt/"] and plain.requests == []
        assert not (tmp_path / "a.txt").exists()
    finally:
        secure.stop()
        plain.stop()
