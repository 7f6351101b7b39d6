"""The runner enforces the time limit, survives a crashing child, and cancels."""

import os
import signal
import threading
import time

import pytest

from qfieldsync_plus.core.jobs.job import FAILED, PACKAGE, PENDING, PROCESS_PROJECTFILE, STARTED, STOPPED, Job
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.processes import pid_alive
from qfieldsync_plus.core.runner.runner import JobRunner, RunnerSettings
from qfieldsync_plus.core.runner.store import JobStore
from tests.fixtures.projects import hanging_wfs_project


@pytest.fixture
def hanging_project(qgis_app, tmp_path, hanging_server):
    return hanging_wfs_project(tmp_path / "hang", hanging_server.url)


def start_in_thread(runner, job, **kwargs):
    result = {}
    thread = threading.Thread(target=lambda: result.update(job=runner.run(job, **kwargs)), daemon=True)
    thread.start()
    return thread, result


def wait_for_status(store, job_id, status, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = store.get(job_id)
        if job.status == status:
            return job
        time.sleep(0.05)
    raise AssertionError(f"job never reached {status}: {store.get(job_id)}")


def test_timeout_kills_the_child_and_fails(hanging_project):
    runner = JobRunner(JobStore(store_path()), RunnerSettings(timeout_seconds=4))
    job = runner.submit(PROCESS_PROJECTFILE, str(hanging_project)).job
    started = time.monotonic()
    job = runner.run(job)
    assert time.monotonic() - started < 30
    assert job.status == FAILED
    assert job.feedback["error_type"] == "TIMEOUT"
    assert "time limit of 4 seconds" in job.feedback["error"]
    assert not pid_alive(job.pid)
    assert runner.store.get(job.id).status == FAILED


def test_crashing_child_fails_with_the_seed_hint(hanging_project):
    runner = JobRunner(JobStore(store_path()))
    job = runner.submit(PROCESS_PROJECTFILE, str(hanging_project)).job
    thread, result = start_in_thread(runner, job)
    running = wait_for_status(runner.store, job.id, STARTED)
    os.kill(running.pid, signal.SIGSEGV)
    thread.join(timeout=30)
    job = result["job"]
    assert job.status == FAILED
    assert job.feedback["error_type"] == "CRASH"
    assert "killed by signal 11" in job.feedback["error"]
    assert "removing one layer at a time" in job.feedback["error_hint"]


def test_cancel_stops_the_job(hanging_project):
    runner = JobRunner(JobStore(store_path()))
    job = runner.submit(PROCESS_PROJECTFILE, str(hanging_project)).job
    cancel = threading.Event()
    thread, result = start_in_thread(runner, job, is_cancelled=cancel.is_set)
    running = wait_for_status(runner.store, job.id, STARTED)
    cancel.set()
    thread.join(timeout=30)
    assert result["job"].status == STOPPED
    assert not pid_alive(running.pid)
    assert "cancelled" in result["job"].feedback["error"]


def test_second_pending_job_is_not_queued(bees_project):
    runner = JobRunner(JobStore(store_path()))
    first = runner.submit(PROCESS_PROJECTFILE, str(bees_project))
    second = runner.submit(PROCESS_PROJECTFILE, str(bees_project))
    assert first.job is not None and second.job is None
    assert "already pending" in second.skipped_reason
    runner.run(first.job)
    assert runner.submit(PROCESS_PROJECTFILE, str(bees_project)).job is not None


def test_same_project_jobs_wait_pending_and_can_be_cancelled_while_waiting(hanging_project, bees_project):
    runner = JobRunner(JobStore(store_path()), RunnerSettings(timeout_seconds=60))
    blocking = runner.submit(PROCESS_PROJECTFILE, str(hanging_project)).job
    blocker_cancel = threading.Event()
    blocker_thread, _ = start_in_thread(runner, blocking, is_cancelled=blocker_cancel.is_set)
    wait_for_status(runner.store, blocking.id, STARTED)
    waiting = runner.store.save(Job(type=PACKAGE, project=blocking.project, params={"project": blocking.project}))
    waiting_cancel = threading.Event()
    waiting_thread, waiting_result = start_in_thread(runner, waiting, is_cancelled=waiting_cancel.is_set)
    other = runner.submit(PROCESS_PROJECTFILE, str(bees_project)).job
    assert runner.run(other).status == "finished"  # another project has its own turn
    time.sleep(0.3)
    assert runner.store.get(waiting.id).status == PENDING
    waiting_cancel.set()
    waiting_thread.join(timeout=10)
    assert waiting_result["job"].status == STOPPED
    assert "before it started" in waiting_result["job"].feedback["error"]
    blocker_cancel.set()
    blocker_thread.join(timeout=30)
