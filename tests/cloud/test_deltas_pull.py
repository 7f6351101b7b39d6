"""``cloud deltas pull``: the cloud's pending deltas applied locally by delta_apply (loopback server)."""

from __future__ import annotations

import json
import uuid

import pytest

from tests.cloud.conftest import create_project_with_file

from tests.deltas.conftest import delta, make_layer_project

from qfieldsync_plus.cli.main import main
from qfieldsync_plus.core.cloud import credentials
from qfieldsync_plus.core.cloud.deltas import push_deltafile
from qfieldsync_plus.core.cloud_sync.deltas_pull import APPLIED_ALL, NOTHING_PENDING, PULL_FOLDER, pull_deltas
from qfieldsync_plus.core.cloud.errors import INVALID, CloudError
from qfieldsync_plus.core.cloud.links import link_folder
from qfieldsync_plus.core.jobs.job import DELTA_APPLY
from qfieldsync_plus.core.runner.runner import JobRunner
from qfieldsync_plus.core.runner.store import JobStore


@pytest.fixture
def cloud_project(client, cloud_server):
    """A cloud project with a project file (the server refuses deltas without one)."""
    return create_project_with_file(client, cloud_server, "trees")


@pytest.fixture
def local(qgis_app, tmp_path, data_dir):
    """The local GeoPackage project (features 1..5 with count = fid)."""
    return make_layer_project("gpkg", tmp_path / "trees", data_dir / "jobs.sqlite")


@pytest.fixture
def cli(cloud_server, client, monkeypatch, capsys):
    """Run ``cloud …`` in-process with the token from the environment; (exit code, stdout, stderr)."""
    monkeypatch.setenv(credentials.URL_ENV, cloud_server.url)
    monkeypatch.setenv(credentials.TOKEN_ENV, client.transport.token)

    def run(*argv):
        code = main(["cloud", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def push(client, project_id, tmp_path, deltas):
    """Push one deltafile with ``deltas`` to the cloud project."""
    path = tmp_path / f"push-{uuid.uuid4().hex}.json"
    path.write_text(json.dumps({"version": "1.0", "project": project_id, "id": str(uuid.uuid4()),
                                "deltas": deltas, "files": []}), encoding="utf-8")
    push_deltafile(client, project_id, path)


def patch(local, pk, old, new):
    return delta(local, "patch", pk, old={"attributes": {"count": old}}, new={"attributes": {"count": new}})


def statuses(job):
    return [e["status"] for e in job.feedback["outputs"]["apply_deltas"]["delta_feedback"]]


def test_pull_applies_pending_deltas_in_creation_order_and_never_twice(client, cloud_server, cloud_project, local,
                                                                      tmp_path, data_dir):
    first, second = patch(local, 1, 1, 10), patch(local, 1, 10, 20)  # second only applies after first
    gone = delta(local, "delete", 2, old={"attributes": {"count": 2}})
    push(client, cloud_project, tmp_path, [first, gone])
    push(client, cloud_project, tmp_path, [second])
    with cloud_server.state.lock:  # list newest first: the pull must sort by created_at
        cloud_server.state.deltas = dict(reversed(list(cloud_server.state.deltas.items())))
    files_before = sorted(p.name for p in local.project.parent.iterdir())
    runner = JobRunner(JobStore(local.store))

    result = pull_deltas(client, runner, cloud_project, local.project)
    assert result.outcome == APPLIED_ALL, result.error
    assert [d["id"] for d in result.deltas] == [first["uuid"], gone["uuid"], second["uuid"]]
    assert [d["local_status"] for d in result.deltas] == ["status_applied"] * 3
    rows = local.read()
    assert rows["1"][1] == "20" and "2" not in rows and rows["3"][1] == "3"
    assert sorted(p.name for p in local.project.parent.iterdir()) == files_before  # nothing written next to it
    assert list((data_dir / PULL_FOLDER).iterdir()) == []
    assert result.job.params["project"] == str(local.project.resolve())

    again = pull_deltas(client, runner, cloud_project, local.project)  # the cloud still lists them as pending
    assert again.outcome == APPLIED_ALL
    assert statuses(again.job) == ["status_skipped"] * 3
    assert local.read() == rows
    assert [j.type for j in runner.store.list(job_type=DELTA_APPLY)].count(DELTA_APPLY) == 2

    checked = pull_deltas(client, runner, cloud_project, local.project, dry_run=True)
    assert checked.job.params["dry_run"] is True and checked.to_dict()["dry_run"] is True and local.read() == rows


def test_cli_pull_through_the_folder_link_then_a_conflict_changes_nothing(cli, client, cloud_server, cloud_project,
                                                                         local, tmp_path):
    folder = local.project.parent
    link_folder(folder, cloud_project, cloud_server.url, "trees")
    code, out, err = cli("deltas", "pull", "--json")  # neither project nor id: the cwd is not linked
    assert code == 2 and "not linked" in err
    code, out, err = cli("deltas", "pull", "--project-id", cloud_project, "--json")
    assert code == 0 and json.loads(out)["outcome"] == NOTHING_PENDING, err

    push(client, cloud_project, tmp_path, [patch(local, 3, 3, 30)])
    code, out, err = cli("deltas", "pull", str(folder), "--json")
    report = json.loads(out)
    assert code == 0, err
    assert [(d["local_status"], d["cloud_status"]) for d in report["deltas"]] == [("status_applied", "pending")]
    assert local.read()["3"][1] == "30"

    clash, fine = patch(local, 4, 99, 40), patch(local, 5, 5, 50)
    push(client, cloud_project, tmp_path, [fine, clash])
    data_file = local.files[0]
    before, rows = data_file.read_bytes(), local.read()
    code, out, err = cli("deltas", "pull", "--project", str(local.project))
    assert code == 1
    assert 'attribute "count": expected 99' in out and "status_rolled_back" in out and "rolled back" in err
    assert data_file.read_bytes() == before and local.read() == rows

    code, out, _ = cli("deltas", "pull", "--project", str(local.project), "--overwrite-conflicts", "--json")
    assert code == 0 and local.read()["4"][1] == "40" and local.read()["5"][1] == "50"
    assert {d["local_status"] for d in json.loads(out)["deltas"]} == {"status_applied", "status_skipped"}


def test_unknown_project_and_usage_errors(cli, local):
    unknown = "00000000-0000-4000-8000-000000000000"
    code, out, err = cli("deltas", "pull", "--project-id", unknown, "--project", str(local.project))
    assert code == 1 and f"QFieldCloud has no project with the id {unknown}" in err and "cloud projects" in err
    code, _, err = cli("deltas", "pull", "--project-id", unknown)
    assert code == 1 and "No local folder is linked" in err and "--project" in err
    assert cli("deltas", "--project-id", unknown, "--dry-run")[0] == 2
    assert cli("deltas", "pull", "--project-id", unknown, "--apply")[0] == 2


def test_explicit_ids_and_invalid_cloud_content(client, cloud_server, cloud_project, local, tmp_path):
    runner = JobRunner(JobStore(local.store))
    with pytest.raises(CloudError, match="no delta with the id nope"):
        pull_deltas(client, runner, cloud_project, local.project, extra_ids=["nope"])
    done = patch(local, 1, 1, 11)
    push(client, cloud_project, tmp_path, [done])
    with cloud_server.state.lock:
        cloud_server.state.deltas[done["uuid"]]["last_status"] = "conflict"
    assert pull_deltas(client, runner, cloud_project, local.project).outcome == NOTHING_PENDING
    result = pull_deltas(client, runner, cloud_project, local.project, extra_ids=[done["uuid"]])
    assert result.outcome == APPLIED_ALL and local.read()["1"][1] == "11"

    broken = patch(local, 2, 2, 22)
    push(client, cloud_project, tmp_path, [broken])
    with cloud_server.state.lock:
        cloud_server.state.deltas[broken["uuid"]]["content"]["method"] = "explode"
    with pytest.raises(CloudError) as caught:
        pull_deltas(client, runner, cloud_project, local.project)
    assert caught.value.kind == INVALID and broken["uuid"] in str(caught.value) and "method" in str(caught.value)
    assert local.read()["2"][1] == "2"


def test_dry_run_writes_nothing_and_continue_on_error_exits_3(cli, client, cloud_project, local, tmp_path):
    good, clash = patch(local, 3, 3, 30), patch(local, 4, 99, 40)
    push(client, cloud_project, tmp_path, [good, clash])
    project = ["--project-id", cloud_project, "--project", str(local.project)]
    before = local.files[0].read_bytes()
    code, out, _ = cli("deltas", "pull", *project, "--dry-run", "--json")
    report = json.loads(out)
    assert code == 3 and report["dry_run"] and [d["local_status"] for d in report["deltas"]] == [
        "status_applied", "status_conflict"]
    assert local.files[0].read_bytes() == before
    code, out, err = cli("deltas", "pull", *project, "--continue-on-error")
    assert code == 3 and "partial" in err
    assert local.read()["3"][1] == "30" and local.read()["4"][1] == "4"
    code, out, _ = cli("deltas", "pull", *project, "--id", clash["uuid"], "--overwrite-conflicts")
    assert code == 0 and local.read()["4"][1] == "40"
    assert "Skipped: the delta log has it as applied" in out
