"""Unreachable sources fail in seconds: short QGIS connection timeouts while a job opens a project.

The hosts that "hang" are loopback ports that accept TCP connections and never answer, the way a
firewalled database or a stuck web server behaves.
"""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsNetworkAccessManager, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer

from qfieldsync_plus.core.checks.timeouts import (
    DEFAULT_CONNECT_TIMEOUT_SECONDS,
    DEFAULT_NETWORK_TIMEOUT_SECONDS,
    connection_timeouts,
)
from qfieldsync_plus.core.jobs.job import FINISHED, PROCESS_PROJECTFILE
from qfieldsync_plus.core.runner.runner import JobRunner, RunnerSettings
from qfieldsync_plus.core.runner.store import JobStore
from tests.fixtures.projects import CRS
from tests.fixtures.qgis_server import wfs_uri, wms_uri
from tests.fixtures.remote_sources import closed_port, silent_server

POSTGRES_KEY = "PostgreSQL/default_timeout"


def _postgres_timeout():
    return QgsSettings().value(POSTGRES_KEY, None, section=QgsSettings.Providers)


def test_timeouts_apply_inside_the_block_only_and_never_touch_user_settings(qgis_app):
    settings_file = Path(QgsSettings().fileName())
    before = settings_file.read_bytes() if settings_file.exists() else None
    outside = (_postgres_timeout(), QgsNetworkAccessManager.timeout())
    with connection_timeouts(3, 4):
        assert (int(_postgres_timeout()), QgsNetworkAccessManager.timeout()) == (3, 4000)
    assert (_postgres_timeout(), QgsNetworkAccessManager.timeout()) == outside
    assert (settings_file.read_bytes() if settings_file.exists() else None) == before
    assert (DEFAULT_CONNECT_TIMEOUT_SECONDS, DEFAULT_NETWORK_TIMEOUT_SECONDS) == (5, 10)


def _hanging_project(folder: Path, port: int) -> Path:
    """Layers built on a closed port (invalid at once), then pointed at the silent ``port`` in the file."""
    closed = closed_port()
    url = f"http://127.0.0.1:{closed}/"
    layers = [
        QgsVectorLayer(f"dbname='gone' host=127.0.0.1 port={closed} user='u' key='id' srid=3857 type=Point "
                       f"table=\"public\".\"sites\" (geom)", "pg_hanging", "postgres"),
        QgsVectorLayer(wfs_uri(url, "points"), "wfs_hanging", "WFS"),
        QgsRasterLayer(wms_uri(url, "points"), "wms_hanging", "wms"),
    ]
    project = QgsProject()
    project.setCrs(CRS)
    project.addMapLayers(layers)
    path = folder / "hanging.qgs"
    assert project.write(str(path)), project.error()
    text = path.read_text(encoding="utf-8")
    text = text.replace(f"port={closed}", f"port={port}").replace(f"127.0.0.1:{closed}/", f"127.0.0.1:{port}/")
    path.write_text(text, encoding="utf-8")
    return path


def test_hanging_hosts_fail_within_the_timeouts(qgis_app, tmp_path):
    with silent_server() as port:
        project = _hanging_project(tmp_path, port)
        runner = JobRunner(JobStore(tmp_path / "jobs.sqlite"), RunnerSettings(timeout_seconds=60))
        job = runner.submit(PROCESS_PROJECTFILE, str(project), {"connect_timeout": 2, "network_timeout": 2}).job
        started = time.monotonic()
        job = runner.run(job)
        elapsed = time.monotonic() - started
    assert job.status == FINISHED, job.feedback
    opening = next(s["returns"] for s in job.feedback["steps"] if s["id"] == "opening_check")
    # Each source waited its 2 s (QGIS's defaults would be 30 s + 60 s + 60 s), and no more.
    assert 2 <= opening["opening_seconds"] < 15 and elapsed < 30
    layers = {l["name"]: l for l in job.feedback["outputs"]["project_details"]["project_details"]["layers_by_id"].values()}
    for name in ("pg_hanging", "wfs_hanging", "wms_hanging"):
        assert (layers[name]["status"], layers[name]["message"]) == (
            "invalid_dataprovider", 'Unable to connect to host "localhost".'), name
