"""Uploads and polling run as QgsTasks (off the main thread) with progress and cancel."""

from __future__ import annotations

import time

from qgis.core import QgsApplication

from qfieldsync_plus.core.cloud.errors import CANCELLED
from qfieldsync_plus.core.cloud_sync.preflight import predict_cloud_jobs
from qfieldsync_plus.tasks.cloud_tasks import poll_task, upload_task
from qfieldsync_plus.core.jobs.job import CLOUD, LOCAL, Job
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.store import JobStore

from .test_cloud_upload import make_folder


def wait_for(task, seconds: float = 20.0) -> str:
    """Process events until ``task`` ends; "completed", "terminated" or "" on time-out."""
    deadline = time.monotonic() + seconds
    while task.status() not in (task.Complete, task.Terminated) and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    return {task.Complete: "completed", task.Terminated: "terminated"}.get(task.status(), "")


def test_upload_task_creates_links_and_reports_progress(client, cloud_server, tmp_path):
    from qfieldsync_plus.core.cloud.links import linked_project
    from qfieldsync_plus.core.runner.runner import JobRunner

    folder = make_folder(tmp_path / "bees")
    (folder / "bees.qgs").unlink()  # no project file: nothing to check
    task = upload_task(client, JobRunner(JobStore(store_path())), folder, new_project_name="bees")
    QgsApplication.taskManager().addTask(task)
    assert wait_for(task) == "completed"
    assert linked_project(folder)["project_id"] == task.project_id
    assert sorted(task.result.uploaded) == ["DCIM/1.jpg", "data/bees.gpkg"]
    assert task.progress() == 100 and task.status_text == "2/2 data/bees.gpkg"
    assert sorted(cloud_server.state.files[task.project_id]) == ["DCIM/1.jpg", "data/bees.gpkg"]


def test_poll_task_is_cancelled_by_the_user(client, cloud_server, qgis_app):
    project_id = client.create_project("bees")["id"]
    with cloud_server.state.lock:
        cloud_server.state.store_file(project_id, "bees.qgs", b"<qgis/>")
    task = poll_task(client, JobStore(store_path()), project_id, "cloud:bees")
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 10
    while not JobStore(store_path()).list(origin=CLOUD) and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    task.cancel()
    assert wait_for(task) == "terminated" and task.error.kind == CANCELLED


def test_predicted_cloud_jobs_follow_the_seed_rules():
    pending = Job(type="process_projectfile", project="p", origin=CLOUD, status="pending")
    assert predict_cloud_jobs(["data.gpkg", "p.qgs"], False, [])[0]["triggered"] is True
    assert predict_cloud_jobs(["data.gpkg"], False, [])[0]["triggered"] is False  # no project file yet
    assert predict_cloud_jobs(["DCIM/1.jpg"], True, [])[0]["triggered"] is False
    assert predict_cloud_jobs(["data.gpkg"], True, [pending])[0]["triggered"] is False
    local_pending = Job(type="process_projectfile", project="p", origin=LOCAL, status="pending")
    assert predict_cloud_jobs(["data.gpkg"], True, [local_pending])[0]["triggered"] is True
    assert predict_cloud_jobs([], True, [])[0]["triggered"] is False
