"""The job store under faults: locked, deleted, damaged or read-only ``jobs.sqlite`` gives one clear
line and exit 1 (no sqlite traceback), a job whose store fails is stopped, long writes leave room
for other writers, and retention keeps the store small."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from qfieldsync_plus.core.deltas.log import DeltaLog
from qfieldsync_plus.core.jobs.job import FINISHED, PENDING, PROCESS_PROJECTFILE, STARTED, Job
from qfieldsync_plus.core.runner import store_file
from qfieldsync_plus.core.runner.processes import pid_alive
from qfieldsync_plus.core.runner.retention import Retention
from qfieldsync_plus.core.runner.runner import JobRunner, RunnerSettings
from qfieldsync_plus.core.runner.store import JobStore, StoreError
from tests.fixtures.remote_sources import silent_server
from tests.test_connection_timeouts import _hanging_project

ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir: Path, *args, as_user=None):
    env = dict(os.environ, QFIELDSYNC_PLUS_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "qfieldsync_plus", *args]
    if as_user is not None:  # root ignores file modes: run as an unprivileged user instead
        command = ["setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups", *command]
        env["HOME"] = str(data_dir.parent)
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr and "sqlite3." not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    return lines[0]


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another program's connection in the middle of a write transaction."""
    other = sqlite3.connect(str(path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO store_meta (key, value) VALUES ('other', 'writer')")
    return other


def test_locked_store_one_line_exit_1(data_dir, bees_project, monkeypatch, capsys):
    from qfieldsync_plus.cli.main import main

    JobStore(data_dir / "jobs.sqlite")
    monkeypatch.setattr(store_file, "BUSY_TIMEOUT_SECONDS", 0.3)
    other = hold_write_lock(data_dir / "jobs.sqlite")
    try:
        assert main(["jobs"]) == 0  # reading works while another program writes
        code = main(["process-projectfile", str(bees_project)])
    finally:
        other.rollback()
        other.close()
    line = one_error_line(capsys.readouterr().err)
    assert code == 1 and "jobs.sqlite is locked by another program" in line and "try again" in line


@pytest.mark.parametrize("fault", ["deleted", "locked"])
def test_store_failing_mid_job_stops_the_child(qgis_app, tmp_path, monkeypatch, fault):
    monkeypatch.setattr(store_file, "BUSY_TIMEOUT_SECONDS", 0.3)
    path = tmp_path / "data" / "jobs.sqlite"
    runner = JobRunner(JobStore(path), RunnerSettings(timeout_seconds=120))
    failure = []
    with silent_server() as port:
        project = _hanging_project(tmp_path, port)
        job = runner.submit(PROCESS_PROJECTFILE, str(project), {"connect_timeout": 20, "network_timeout": 20}).job
        thread = threading.Thread(target=lambda: failure.append(_run_catching(runner, job)))
        thread.start()
        deadline = time.monotonic() + 60
        while (record := runner.store.get(job.id)).status != STARTED and time.monotonic() < deadline:
            time.sleep(0.1)
        assert record.status == STARTED and pid_alive(record.pid)
        other = None
        if fault == "deleted":
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        else:
            other = hold_write_lock(path)
        started = time.monotonic()
        thread.join(timeout=30)
        if other is not None:
            other.rollback()
            other.close()
    assert not thread.is_alive() and time.monotonic() - started < 10  # stopped, not run to its end (3 x 20 s)
    assert isinstance(failure[0], StoreError), failure
    assert str(path) in str(failure[0]) and ("deleted" if fault == "deleted" else "locked") in str(failure[0])
    assert not pid_alive(record.pid)
    if fault == "deleted":
        assert not path.exists()  # not silently recreated empty mid-job


def _run_catching(runner, job):
    try:
        return runner.run(job)
    except Exception as error:  # noqa: BLE001 - the test inspects it
        return error


def test_damaged_store_is_moved_aside_and_recreated_once(data_dir):
    store = JobStore(data_dir / "jobs.sqlite")
    store.save(Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs", status=FINISHED))
    original = b"garbage, not SQLite " * 400
    (data_dir / "jobs.sqlite").write_bytes(original)
    first = cli(data_dir, "jobs")
    assert first.returncode == 0, first.stderr
    line = one_error_line(first.stderr)
    assert "was damaged" in line and ".corrupt-" in line
    aside = list(data_dir.glob("jobs.sqlite.corrupt-*"))
    assert [p.read_bytes() for p in aside if not p.name.endswith(("-wal", "-shm"))] == [original]
    second = cli(data_dir, "jobs")
    assert (second.returncode, second.stderr) == (0, "")
    assert len(list(data_dir.glob("jobs.sqlite.corrupt-*"))) == len(aside)


def test_damaged_pages_found_later_are_recovered(tmp_path):
    path = tmp_path / "jobs.sqlite"
    JobStore(path)
    with sqlite3.connect(str(path)) as db:
        db.executemany("INSERT INTO jobs (id, type, project, origin, status, created_at, log) VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(str(uuid.uuid4()), PROCESS_PROJECTFILE, f"/p/{i}.qgs", "local", FINISHED, _old(1), "x" * 2000)
                        for i in range(300)])
    with sqlite3.connect(str(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    data[4096 * 3:4096 * 40] = os.urandom(4096 * 37)
    path.write_bytes(bytes(data))
    notices = []
    reopened = JobStore(path, on_notice=notices.append)
    reopened.list(limit=1000)
    saved = reopened.save(Job(type=PROCESS_PROJECTFILE, project="/p/new.qgs"))
    assert len(notices) == 1 and "moved aside" in notices[0]
    assert [j.id for j in reopened.list()] == [saved.id]


@pytest.fixture
def open_folder():
    """A folder any user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="qfsp-store-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("read_only", ["file", "folder"])
def test_read_only_store_one_line_exit_1(open_folder, read_only):
    data_dir = open_folder / "data"
    JobStore(data_dir / "jobs.sqlite")
    as_user = 65534 if os.geteuid() == 0 else None
    if read_only == "folder":
        data_dir.chmod(0o555)
        (data_dir / "jobs.sqlite").chmod(0o666 if as_user is None else 0o644)
    else:
        data_dir.chmod(0o777 if as_user is not None else 0o755)
        (data_dir / "jobs.sqlite").chmod(0o444)
    try:
        result = cli(data_dir, "jobs", as_user=as_user)
    finally:
        data_dir.chmod(0o755)
    line = one_error_line(result.stderr)
    assert result.returncode == 1 and "jobs.sqlite cannot be written" in line and "read-only" in line


def test_registering_a_large_deltafile_lets_others_write(tmp_path, monkeypatch):
    from qfieldsync_plus.core.deltas import log as delta_log

    monkeypatch.setattr(delta_log, "INSERT_BATCH", 1000)  # 5,000 in use; smaller here to keep the test short
    path = tmp_path / "jobs.sqlite"
    JobStore(path)
    log = DeltaLog(path)
    deltas = [{"uuid": str(uuid.uuid4()), "clientId": "c", "localLayerId": "l", "sourceLayerId": "l",
               "localPk": str(i), "sourcePk": str(i), "method": "patch",
               "old": {"attributes": {"name": f"tree {i}"}}, "new": {"attributes": {"name": f"tree {i}!"}}}
              for i in range(40_000)]
    thread = threading.Thread(target=log.register, args=("/p/a.qgs", "file-1", deltas))
    writer = sqlite3.connect(str(path), timeout=0.5, isolation_level=None)
    blocked, writes = [], 0
    thread.start()
    while thread.is_alive():
        try:
            writer.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('other', ?)", (str(writes),))
            writes += 1
        except sqlite3.OperationalError as error:
            blocked.append(str(error))
        time.sleep(0.01)
    thread.join()
    writer.close()
    assert blocked == [] and writes > 0
    assert len(log.list("/p/a.qgs")) == len(deltas)


def _old(days: float) -> str:
    return (datetime.now(timezone.utc) - timedelta(days=days)).isoformat(timespec="milliseconds")


def test_retention_keeps_90_days_or_the_newest_1000_per_project(tmp_path):
    path = tmp_path / "jobs.sqlite"
    store = JobStore(path)
    rows = [Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs", status=FINISHED, created_at=_old(200 + i / 1000))
            for i in range(1200)]
    rows += [Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs", status=FINISHED, created_at=_old(i / 100))
             for i in range(50)]
    rows += [Job(type=PROCESS_PROJECTFILE, project="/p/b.qgs", status=FINISHED, created_at=_old(300)) for _ in range(10)]
    stuck = Job(type=PROCESS_PROJECTFILE, project="/p/a.qgs", status=PENDING, created_at=_old(400))
    with store_file.open_database(path) as db:
        db.executemany("INSERT INTO jobs (id, type, project, origin, status, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                       [(j.id, j.type, j.project, j.origin, j.status, j.created_at) for j in rows + [stuck]])
    oldest_kept, dropped = rows[949], rows[950]  # the 1,000th and 1,001st newest of a.qgs
    for job in (oldest_kept, dropped):
        (tmp_path / "jobs" / job.id).mkdir(parents=True)
    rows[1100].id = ".."  # a job id as a hostile server could send it: never a path to remove
    JobRunner(store)
    assert len(store.list(project="/p/a.qgs", limit=5000)) == 1001  # newest 1,000 + the unfinished one
    assert len(store.list(project="/p/b.qgs", limit=5000)) == 10
    assert store.get(stuck.id) is not None and store.get(dropped.id) is None
    assert (tmp_path / "jobs" / oldest_kept.id).is_dir() and not (tmp_path / "jobs" / dropped.id).exists()
    assert path.exists() and (tmp_path / "jobs").is_dir()
    # at most once a day: a stricter rule given now waits for tomorrow
    JobRunner(store, RunnerSettings(retention=Retention(days=30, jobs_per_project=5)))
    assert len(store.list(project="/p/b.qgs", limit=5000)) == 10
    assert JobStore(path).retention() == Retention(days=30, jobs_per_project=5)  # shared with the CLI


def test_delta_logs_are_kept_while_their_project_exists(tmp_path):
    path = tmp_path / "jobs.sqlite"
    store = JobStore(path)
    kept_project = tmp_path / "kept.qgs"
    kept_project.write_text("<qgis/>")
    log = DeltaLog(path)
    for project in (str(kept_project), str(tmp_path / "gone.qgs")):
        log.register(project, "f", [{"uuid": str(uuid.uuid4()), "method": "patch"}])
    with store_file.open_database(path) as db:
        db.execute("UPDATE deltas SET updated_at = ?", (_old(365),))
    JobRunner(store)
    assert [d.project for d in log.list()] == [str(kept_project)]


def test_desktop_reports_a_store_deleted_mid_job(qgis_app, tmp_path):
    from tests.plugin.conftest import wait_until
    from qfieldsync_plus.gui.jobs_dock import JobsDock
    from qfieldsync_plus.tasks.controller import JobController

    path = tmp_path / "data" / "jobs.sqlite"
    runner = JobRunner(JobStore(path), RunnerSettings(timeout_seconds=120))
    controller = JobController(lambda: runner)
    dock = JobsDock(controller, [])
    failures = []
    controller.storeFailed.connect(failures.append)
    with silent_server() as port:
        project = _hanging_project(tmp_path, port)
        job = controller.start(PROCESS_PROJECTFILE, str(project), {"connect_timeout": 20, "network_timeout": 20}).job
        wait_until(lambda: runner.store.get(job.id).status == STARTED)
        pid = runner.store.get(job.id).pid
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        wait_until(lambda: bool(failures), timeout=15)
    dock.refresh()  # does not raise: the title says the store is unavailable
    dock.stop()
    assert "was deleted while in use" in failures[0] and str(path) in failures[0]
    assert not pid_alive(pid) and "unavailable" in dock.windowTitle()


def test_unreachable_data_folder_one_line_exit_1(open_folder):
    blocker = open_folder / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    result = cli(blocker / "data", "jobs")
    line = one_error_line(result.stderr)
    assert result.returncode == 1 and "folder" in line and "cannot be created" in line


def test_5000_orphans_are_swept_at_once_and_lists_skip_blobs(tmp_path):
    path = tmp_path / "jobs.sqlite"
    store = JobStore(path)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    with store_file.open_database(path) as db:
        db.executemany("INSERT INTO jobs (id, type, project, origin, status, created_at, pid, log, feedback)"
                       " VALUES (?, ?, ?, 'local', ?, ?, ?, ?, ?)",
                       [(str(uuid.uuid4()), PROCESS_PROJECTFILE, f"/p/{i % 50}.qgs", STARTED, _old(1), gone.pid,
                         "log line\n" * 500, '{"steps": []}') for i in range(5000)])
    started = time.monotonic()
    JobRunner(store)  # the CLI's first call: the sweep, then retention
    assert time.monotonic() - started < 3.0  # one transaction, not 5,000 (minutes on a large store)
    assert {j.status for j in store.list(limit=10_000)} == {"failed"}
    listed = store.list(project="/p/1.qgs", limit=5, summary=True)
    assert len(listed) == 5 and all(j.log == "" and j.feedback is None for j in listed)
    assert "ended without reporting" in store.get(listed[0].id).feedback["error"]
