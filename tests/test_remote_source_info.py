"""Decoding remote data sources and choosing the seed's message, without opening any source.

Private and public addresses appear here only as text: nothing connects to them.
"""

from __future__ import annotations

import pytest

from qfieldsync_plus.core.checks.layers import TARGET_CLOUD, TARGET_LOCAL, connection_finding, host_finding
from qfieldsync_plus.core.checks.pg_services import local_service_names, service_file_candidates
from qfieldsync_plus.core.checks.sources import decode_source, is_local_host, is_loopback_host


@pytest.mark.parametrize("host, local, loopback", [
    ("localhost", True, True), ("127.0.0.1", True, True), ("127.8.9.10", True, True), ("::1", True, True),
    ("[::1]", True, True), ("10.1.2.3", True, False), ("172.16.0.9", True, False), ("192.168.1.20", True, False),
    ("169.254.3.4", True, False), ("fe80::1", True, False), ("fd00::5", True, False), ("db.office.lan", True, False),
    ("gisdb", True, False), ("localhost.", True, True),
    ("gis.example.com", False, False), ("8.8.8.8", False, False), ("db.example.invalid", False, False),
])
def test_local_and_loopback_hosts(host, local, loopback):
    assert (is_local_host(host), is_loopback_host(host)) == (local, loopback)


def test_decode_postgres_service_host_and_authcfg(qgis_app):
    service = decode_source("postgres", "service='field' key='id' table=\"public\".\"t\" (geom)")
    assert (service.service, service.host, service.is_remote) == ("field", "", True)
    auth = decode_source("postgres", "dbname='d' host=10.0.0.7 port=5433 authcfg=ab12cd3 table=\"public\".\"t\" (geom)")
    assert (auth.host, auth.port, auth.authcfg, auth.database) == ("10.0.0.7", "5433", "ab12cd3", "d")


def test_decode_wfs_and_wms_urls(qgis_app):
    wfs = decode_source("WFS", "typename='a' url='http://reader:Pw-1@192.168.4.4:8080/ows' version='auto'")
    assert (wfs.provider, wfs.host, wfs.is_remote) == ("wfs", "192.168.4.4", True)
    wms = decode_source("wms", "authcfg=zz99yy8&crs=EPSG:3857&format=image/png&layers=a&styles&url=https://maps.example.com/wms")
    assert (wms.host, wms.authcfg) == ("maps.example.com", "zz99yy8")


@pytest.mark.parametrize("host, target, hint_start", [
    ("192.168.4.4", TARGET_CLOUD, "The host is a local or private network address"),
    ("gis.example.com", TARGET_CLOUD, "Your service is not accessible from the QFieldCloud server."),
    ("gis.example.com", TARGET_LOCAL, "This machine cannot reach the host"),
])
def test_host_message_and_hint(host, target, hint_start):
    finding = host_finding("layer1", host, target)
    assert finding.message == f'Unable to connect to host "{host}".'
    assert finding.hint.startswith(hint_start)


def test_url_without_host_is_named_without_credentials(qgis_app):
    info = decode_source("wms", "layers=a&styles&url=http://reader:Pw-secret@/broken")
    finding = connection_finding("layer1", info, TARGET_LOCAL)
    assert "Pw-secret" not in finding.message and finding.id == "host_unreachable"


def test_local_services_come_from_pgservicefile_and_pgsysconfdir(tmp_path, monkeypatch):
    user_file = tmp_path / "user.conf"
    user_file.write_text("[field]\nhost=db\n\n[field]\nport=5433\n\n# comment\n[office]\nhost=db2\n", encoding="utf-8")
    (tmp_path / "sys").mkdir()
    (tmp_path / "sys" / "pg_service.conf").write_text("[shared]\nhost=db3\n", encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(user_file))
    monkeypatch.setenv("PGSYSCONFDIR", str(tmp_path / "sys"))
    assert service_file_candidates() == [user_file, tmp_path / "sys" / "pg_service.conf"]
    assert local_service_names() == {"field", "office", "shared"}
