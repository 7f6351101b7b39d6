"""The ``sync`` command: a kill -9 while syncing leaves the sources fully before or after; exit codes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from qgis.core import QgsFeature, QgsGeometry

from qfieldsync_plus.core.deltas.journal import journal_folder
from qfieldsync_plus.core.runner.store import JobStore

ROOT = Path(__file__).resolve().parents[2]
CREATED = 1500


def _cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "qfieldsync_plus", "sync", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _add_many(device) -> None:
    layer = device.layer("trees")
    assert layer.startEditing()
    features = []
    for index in range(CREATED):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("name", f"bulk {index}")
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT ({index} {index})"))
        features.append(feature)
    assert layer.addFeatures(features)
    assert layer.commitChanges()


def test_kill_during_sync_then_sync_again(case, device, tmp_path):
    _add_many(device)
    phone = device.copy_to(tmp_path / "phone")
    before = len(case.rows("trees"))
    cli = _cli(str(case.project), str(phone))
    store = JobStore(case.store)
    killed, deadline = False, time.monotonic() + 120
    while time.monotonic() < deadline and cli.poll() is None:
        jobs = [j for j in store.list(job_type="sync") if j.status == "started" and j.pid]
        if jobs and list(journal_folder(case.store).glob("*.json")):
            os.kill(jobs[0].pid, signal.SIGKILL)
            killed = True
            break
        time.sleep(0.01)
    output = cli.communicate(timeout=60)[0]
    assert killed, output
    assert cli.returncode == 1, output
    assert len(case.rows("trees")) in (before, before + CREATED)  # all or nothing

    again = _cli(str(case.project), str(phone), "--feedback", str(tmp_path / "feedback.json"))
    output = again.communicate(timeout=120)[0]
    assert again.returncode == 0, output
    assert len(case.rows("trees")) == before + CREATED
    assert "trees" in output and (f"created {CREATED:>5}" in output or "created     0" in output)

    third = _cli(str(case.project), str(phone), "--dry-run")
    output = third.communicate(timeout=120)[0]
    assert third.returncode == 0, output
    assert "0 of 0 changes" in output


def test_partly_applied_exits_3_and_names_the_conflict(case, device, tmp_path):
    from tests.sync.test_sync_rounds import _office_edit

    device.change("trees", 1, {"name": "field"})
    device.change("trees", 2, {"name": "also field"})
    _office_edit(case, 1, "office")
    run = _cli(str(case.project), str(device.copy_to(tmp_path / "phone")), "--continue-on-error")
    output = run.communicate(timeout=120)[0]
    assert run.returncode == 3, output
    assert "status_conflict" in output and 'attribute "name"' in output
    assert "conflicts     1" in output and "changed     1" in output
    assert case.rows("trees")[2][0] == "also field"
