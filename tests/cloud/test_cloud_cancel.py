"""Cancel stops a transfer while bytes are moving (the transport checks it on its timer too)."""

from __future__ import annotations

import os
import time

import pytest

from qfieldsync_plus.core.cloud.errors import CANCELLED, CloudError
from qfieldsync_plus.core.cloud.transport import Transport, Upload
from tests.fixtures.misbehaving_server import misbehaving_server, slow_reader, trickle_download

__all__ = ["misbehaving_server"]  # the fixture
PROJECT = "4aeccb9a-3403-49cd-924f-df30fa52df7f"


def cancel_after(seconds: float):
    limit = time.monotonic() + seconds
    return lambda: time.monotonic() > limit


def test_an_upload_is_cancelled_mid_transfer(misbehaving_server, tmp_path, qgis_app):
    local = tmp_path / "big.gpkg"
    local.write_bytes(os.urandom(16 * 2 ** 20))  # more than the loopback socket buffers hold
    misbehaving_server.route(f"files/{PROJECT}/big.gpkg/", slow_reader(0.05))
    started = time.monotonic()
    with pytest.raises(CloudError) as caught:
        Transport(misbehaving_server.url, token="t").request(
            "POST", f"files/{PROJECT}/big.gpkg/", upload=Upload(local, "big.gpkg"), is_cancelled=cancel_after(0.5),
            stall_timeout=30, what="upload big.gpkg")
    assert caught.value.kind == CANCELLED and "upload big.gpkg" in str(caught.value)
    assert time.monotonic() - started < 2.0


def test_a_download_is_cancelled_mid_transfer_and_leaves_no_file(misbehaving_server, tmp_path, qgis_app):
    misbehaving_server.route(f"files/{PROJECT}/a.txt/", trickle_download(announced=100_000, interval=0.05))
    started = time.monotonic()
    with pytest.raises(CloudError) as caught:
        Transport(misbehaving_server.url, token="t").request(
            "GET", f"files/{PROJECT}/a.txt/", download_to=tmp_path / "a.txt", is_cancelled=cancel_after(0.5),
            stall_timeout=30)
    assert caught.value.kind == CANCELLED and time.monotonic() - started < 2.0
    assert not (tmp_path / "a.txt").exists()


def test_qgis_network_timeout_is_named(misbehaving_server, tmp_path, qgis_app):
    from qgis.core import QgsNetworkAccessManager, QgsSettings

    from qfieldsync_plus.core.cloud.errors import CONNECTION
    from tests.fixtures.misbehaving_server import stalled_download

    misbehaving_server.route(f"files/{PROJECT}/a.txt/", stalled_download(b"0123", announced=1000))
    settings = QgsSettings()
    keys = [k for k in settings.allKeys() if k.lower().endswith(("networktimeout", "network-timeout"))]
    saved = {key: settings.value(key) for key in keys}
    QgsNetworkAccessManager.setTimeout(500)
    try:
        with pytest.raises(CloudError) as caught:
            Transport(misbehaving_server.url, token="t", timeout=30).request(
                "GET", f"files/{PROJECT}/a.txt/", download_to=tmp_path / "a.txt")
    finally:
        # Restore the profile as it was: setTimeout(previous) would leave an explicit user value
        # behind, which outranks the global defaults other tests (and jobs) rely on.
        for key in [k for k in settings.allKeys() if k.lower().endswith(("networktimeout", "network-timeout"))]:
            if key in saved:
                settings.setValue(key, saved[key])
            else:
                settings.remove(key)
    assert caught.value.kind == CONNECTION and "QGIS's network timeout" in str(caught.value)
    assert "0.5 seconds" in str(caught.value) and not (tmp_path / "a.txt").exists()
