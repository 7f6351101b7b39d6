"""Cloud jobs mirrored into the job store: polling through pending → started → finished/failed."""

from __future__ import annotations

import pytest

from qfieldsync_plus.core.cloud_sync.mirror import mirror_jobs, poll_jobs, status_explanation, trigger_job
from qfieldsync_plus.core.jobs.job import CLOUD, STATUSES
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.store import JobStore

from .conftest import make_test_client


@pytest.fixture
def store(qgis_app):
    return JobStore(store_path())


def project_with_qgs(server, client):
    project = client.create_project("bees")
    with server.state.lock:
        server.state.store_file(project["id"], "bees.qgs", b"<qgis/>")  # creates a pending process_projectfile
    return project["id"]


def test_mirror_to_finished_with_backoff(client, cloud_server, store, sleeps):
    project_id = project_with_qgs(cloud_server, client)
    cloud_server.state.knobs.job_plan["process_projectfile"] = ["pending", "started", "started", "finished"]
    seen = []
    jobs = poll_jobs(client, store, project_id, "cloud:bees", on_update=lambda js: seen.append(js[0].status),
                     sleep=sleeps, first_delay=1, max_delay=3)
    assert seen == ["pending", "started", "started", "finished"]
    assert sleeps.waits == [1, 2, 3]
    stored = store.get(jobs[0].id)
    assert (stored.origin, stored.status, stored.cloud_project_id, stored.project) == (CLOUD, "finished", project_id, "cloud:bees")
    assert stored.feedback["feedback_version"] == "2.0" and stored.log == "process_projectfile finished"
    assert stored.started_at and stored.finished_at and stored.finished_at.endswith("+00:00")
    assert client.jobs_listing == "body"  # the recorded server needed the JSON-body listing


def test_mirror_to_failed_keeps_the_error(client, cloud_server, store, sleeps):
    project_id = project_with_qgs(cloud_server, client)
    cloud_server.state.knobs.job_plan["process_projectfile"] = ["started", "failed"]
    jobs = poll_jobs(client, store, project_id, "cloud:bees", sleep=sleeps, first_delay=1)
    assert jobs[0].status == "failed" and "Error while fetching server API version" in jobs[0].error
    assert store.list(origin=CLOUD)[0].feedback["error_origin"] == "worker_wrapper"
    assert len(sleeps.waits) == 1


def test_finished_jobs_are_not_fetched_again(client, cloud_server, store, sleeps):
    project_id = project_with_qgs(cloud_server, client)
    cloud_server.state.knobs.job_plan["process_projectfile"] = ["finished"]
    mirror_jobs(client, store, project_id, "cloud:bees")
    details = lambda: [r for r in cloud_server.state.requests if r["path"].startswith("/api/v1/jobs/") and r["path"] != "/api/v1/jobs/"]
    count = len(details())
    jobs = mirror_jobs(client, store, project_id, "cloud:bees")
    assert len(details()) == count and jobs[0].feedback is not None


def test_newer_server_takes_the_query_parameter(newer_cloud_server, sleeps, store):
    client = make_test_client(newer_cloud_server, sleeps)
    project_id = project_with_qgs(newer_cloud_server, client)
    assert len(mirror_jobs(client, store, project_id, "cloud:bees")) == 1
    listings = [r for r in newer_cloud_server.state.requests if r["path"] == "/api/v1/jobs/"]
    assert client.jobs_listing == "query" and all("project_id=" in r["query"] for r in listings)


def test_trigger_package_returns_the_running_one_unless_forced(client, cloud_server, store):
    project_id = project_with_qgs(cloud_server, client)
    first = trigger_job(client, store, project_id, "cloud:bees", "package")
    assert trigger_job(client, store, project_id, "cloud:bees", "package").id == first.id
    forced = trigger_job(client, store, project_id, "cloud:bees", "package", force=True)
    assert forced.id != first.id and store.get(forced.id).origin == CLOUD
    process = trigger_job(client, store, project_id, "cloud:bees", "process_projectfile")
    assert process.type == "process_projectfile" and process.status == "pending"


def test_every_status_has_an_explanation():
    texts = {status: status_explanation(status) for status in STATUSES}
    assert len(set(texts.values())) == len(STATUSES) and all(texts.values())


def test_listings_follow_pages(client, cloud_server, store, monkeypatch):
    from qfieldsync_plus.core.cloud import client as client_module

    monkeypatch.setattr(client_module, "PAGE_SIZE", 2)
    names = [client.create_project(f"p{i}")["name"] for i in range(5)]
    assert sorted(p["name"] for p in client.list_projects()) == names
    pages = [r["query"] for r in cloud_server.state.requests if r["path"] == "/api/v1/projects/" and r["method"] == "GET"]
    assert pages == ["limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=4"]


def test_cloud_feedback_is_stored_without_credentials(client, cloud_server, store):
    project_id = project_with_qgs(cloud_server, client)
    job = next(iter(cloud_server.state.jobs.values()))
    job.update(status="failed", output="opening dbname='bees' host=db user=bob password=hunter2x failed",
               feedback={"error": "layer source dbname='bees' password='hunter2x' is unreachable", "error_stack": []})
    stored = store.get(mirror_jobs(client, store, project_id, "cloud:bees")[0].id)
    assert "hunter2x" not in stored.log and "hunter2x" not in str(stored.feedback)
    assert "is unreachable" in stored.feedback["error"]
