"""kill -9 of the command line during a job with a pgservice secret: the child dies with it, and the
next runner start removes the private pg_service.conf (which never was in the shared temp folder)."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Callable, List, Optional

import pytest

from qfieldsync_plus.core.paths import private_dir, store_path
from qfieldsync_plus.core.runner.child import EXIT_PARENT_GONE
from qfieldsync_plus.core.runner.leftovers import remove_leftovers
from qfieldsync_plus.core.runner.store import JobStore
from tests.fixtures.isolated_cli import IsolatedCli
from tests.fixtures.projects import hanging_wfs_project


def wait_for(condition: Callable[[], object], seconds: float) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return condition()


def running(pid: int) -> bool:
    """True while ``pid`` runs (a zombie nobody reaped has ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def service_files_with(password: str, roots: List[Path]) -> List[Path]:
    found = []
    for root in roots:
        for folder, _, files in os.walk(root):
            if "pg_service.conf" in files:
                path = Path(folder) / "pg_service.conf"
                try:
                    if password in path.read_text(encoding="utf-8", errors="replace"):
                        found.append(path)
                except OSError:
                    continue
    return found


def _child_pid(status: str) -> Optional[int]:
    """The pid of the job's child once the job is ``status`` or later (``started``: it waits on the WFS,
    printing nothing)."""
    later = {"queued": ("queued", "started"), "started": ("started",)}[status]
    jobs = JobStore(store_path()).list(limit=5) if store_path().exists() else []
    return next((j.pid for j in jobs if j.pid and j.status in later), None)


@pytest.mark.parametrize("when", ["queued", "started"])  # while QGIS starts; while the job waits silently
def test_kill_9_of_the_command_line_ends_the_child_and_leaves_no_secret(qgis_app, hanging_server, tmp_path, data_dir,
                                                                         when):
    password = f"Kill-Secret-{uuid.uuid4().hex[:10]}"
    project = hanging_wfs_project(tmp_path / "project", hanging_server.url)  # the job waits on a silent WFS
    cli = IsolatedCli(tmp_path / "cli")
    block = f"[field_db]\nhost=127.0.0.1\ndbname=fields\nuser=surveyor\npassword={password}\n"
    stored = cli("secrets", "set", str(project), "FIELD_DB", "--type", "pgservice", stdin=block)
    assert stored.returncode == 0, stored.stderr

    parent = cli.start("process-projectfile", str(project))
    try:
        written = wait_for(lambda: service_files_with(password, [cli.tmp, data_dir]), 60)
        assert written, "the job never wrote its pg_service.conf"
        child = wait_for(lambda: _child_pid(when), 30)
        assert child and running(child)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        assert wait_for(lambda: not running(child), 5), "the job's child outlived the killed command line"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
    assert all(p.is_relative_to(private_dir(store_path())) for p in written)
    assert stat.S_IMODE(private_dir(store_path()).stat().st_mode) == 0o700

    assert cli("jobs").returncode == 0  # the next runner start
    assert service_files_with(password, [Path(tempfile.gettempdir()), cli.tmp, data_dir]) == []
    # nor the job's request folder or its qfsp-global-settings-*.ini (connection timeouts), here or in $TMPDIR
    assert list(private_dir(store_path()).iterdir()) == [] and list(cli.tmp.glob("qfsp-*")) == []


def _dead_pid() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def test_runner_start_removes_only_our_leftovers_of_dead_processes(data_dir):
    private = private_dir(store_path())
    dead, alive = _dead_pid(), os.getpid()
    leftovers = [private / f"qfsp-secrets-{dead}-ab12cd", private / f"qfsp-job-{dead}-x_9y"]
    kept = [private / f"qfsp-secrets-{alive}-live01", private / "qfsp-secrets-notapid", private / "mine"]
    for folder in leftovers + kept:
        folder.mkdir()
        (folder / "pg_service.conf").write_text("[s]\npassword=x\n")
    staging = data_dir / "cloud_staging"  # partial downloads
    staging.mkdir()
    for name in (f"qfsp-download-{dead}-0a1b", f"qfsp-download-{alive}-2c3d", "f00d"):
        (staging / name).write_bytes(b"partial")
    leftovers.append(staging / f"qfsp-download-{dead}-0a1b")
    journals = data_dir / "delta_journals"
    journals.mkdir()
    (journals / "run1.tmp").write_text(json.dumps({"pid": dead}))
    (journals / "run2.tmp").write_text(json.dumps({"pid": alive}))
    (journals / "run3.tmp").write_text('{"pid": ')  # cut short by a kill: removed once stale
    os.utime(journals / "run3.tmp", (time.time() - 3600, time.time() - 3600))
    (journals / "run4.json").write_text("{}")

    removed = remove_leftovers(store_path())

    assert sorted(removed) == sorted(leftovers + [journals / "run1.tmp", journals / "run3.tmp"])
    assert all(f.exists() for f in kept) and not any(f.exists() for f in leftovers)
    assert sorted(p.name for p in staging.iterdir()) == ["f00d", f"qfsp-download-{alive}-2c3d"]
    assert sorted(p.name for p in journals.iterdir()) == ["run2.tmp", "run4.json"]


def test_a_journal_save_that_fails_leaves_no_tmp(tmp_path):
    from qfieldsync_plus.core.deltas.journal import Journal

    journal = Journal(tmp_path / "run.json", {"unwritable": object()})  # fails midway, as a full disk would
    try:
        journal.save()
    except TypeError:
        pass
    assert list(tmp_path.iterdir()) == []


def test_without_the_linux_signal_the_child_ends_when_its_stdin_pipe_closes():
    """The portable fallback (macOS, Windows): the parent's end of the pipe closes when it dies."""
    from tests.fixtures.isolated_cli import ROOT

    code = ("import sys, time; sys.platform = 'other-os'; from qfieldsync_plus.core.runner import child; "
            "child.end_with_parent(0); print('watching', flush=True); time.sleep(60)")
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True, cwd=str(ROOT))
    try:
        assert process.stdout.readline().strip() == "watching"
        process.stdin.close()  # what the OS does when the parent dies
        assert process.wait(timeout=5) == EXIT_PARENT_GONE
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_a_private_folder_that_cannot_be_made_fails_the_job_with_one_line(bees_project, tmp_path, data_dir):
    (data_dir / "private").write_text("a file where the folder belongs")
    result = IsolatedCli(tmp_path / "cli")("process-projectfile", str(bees_project))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f'Cannot prepare the private folder "{data_dir / "private"}"' in result.stderr
