"""The use-case layer (core/cloud_sync) against the loopback server: upload rules, re-pushed deltas,
jobs --wait, and the smaller CLI promises of issue 13."""

from __future__ import annotations

import io
import json
import sys

import pytest

from qfieldsync_plus.core.cloud.deltas import push_deltafile
from qfieldsync_plus.core.cloud.links import linked_project
from qfieldsync_plus.core.cloud_sync.job_watch import ALL_FINISHED, SOME_FAILED, TIMED_OUT, watch_jobs
from qfieldsync_plus.core.cloud_sync.mirror import status_explanation
from qfieldsync_plus.core.cloud_sync.upload import check_and_upload, prepare_upload
from qfieldsync_plus.core.cloud.errors import REFUSED, CloudError
from qfieldsync_plus.core.jobs.job import DELTA_APPLY, FINISHED, PACKAGE, PROCESS_PROJECTFILE, STARTED
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner.runner import JobRunner
from qfieldsync_plus.core.runner.store import JobStore

from .conftest import USERNAME, create_project_with_file
from .test_cloud_cli import cli, login  # noqa: F401 (fixture)
from .test_cloud_deltas import delta_posts, deltafile


@pytest.fixture
def runner(qgis_app):
    return JobRunner(JobStore(store_path()))


def _hide(folder, case: str) -> list:
    if case in ("file", "both"):
        (folder / ".hidden_notes").write_text("mine")
        (folder / ".bees.qgs.swp").write_bytes(b"\0vim swap")
    if case in ("folder", "both"):
        (folder / ".git" / "objects").mkdir(parents=True)
        (folder / ".git" / "config").write_text("[core]")
    return {"file": [".bees.qgs.swp", ".hidden_notes"], "folder": [".git/"],
            "both": [".bees.qgs.swp", ".git/", ".hidden_notes"]}[case]


@pytest.mark.parametrize("case", ["file", "folder", "both"])
def test_hidden_files_are_skipped_and_reported_not_refused(case, client, cloud_server, runner, bees_project):
    folder = bees_project.parent
    expected = _hide(folder, case)
    project_id = client.create_project("bees")["id"]
    prepared = prepare_upload(client, runner, project_id, folder)
    assert prepared.refusal == "" and prepared.check.ok
    details = prepared.check.job.feedback["outputs"]["project_details"]["project_details"]
    hidden = next(f for f in details["findings"] if f["id"] == "hidden_files")
    assert hidden["severity"] == "warning" and "not uploaded" in hidden["message"]
    assert prepared.plan.skipped_hidden == expected
    assert prepared.report()["plan"]["skipped_hidden"] == expected
    _, result = check_and_upload(client, runner, project_id, folder)
    assert result.skipped_hidden == expected and "bees.qgs" in result.uploaded
    assert not [name for name in cloud_server.state.files[project_id] if name.split("/")[0].startswith(".")]


def test_an_unreadable_project_file_blocks_even_with_force(client, cloud_server, runner, tmp_path):
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "broken.qgs").write_text("<qgis this is not a project", encoding="utf-8")
    (folder / "data.csv").write_text("id\n1\n")
    with pytest.raises(CloudError) as caught:  # not linked: the project would be created after the check
        check_and_upload(client, runner, None, folder, force=True, new_project_name="broken")
    assert caught.value.kind == REFUSED and "cannot be read" in str(caught.value)
    assert cloud_server.state.projects == {} and linked_project(folder) is None


def test_repushed_deltas_are_reported_as_already_there(client, cloud_server, tmp_path):
    project_id = create_project_with_file(client, cloud_server, "bees")
    path = deltafile(tmp_path / "d.json", project_id)
    first = push_deltafile(client, project_id, path)
    assert first["queued"] and first["already_on_server"] == 0
    again = push_deltafile(client, project_id, path)
    assert again == {**first, "already_on_server": 2, "queued": False}
    assert len(delta_posts(cloud_server)) == 1  # compared with the deltas list, nothing sent
    assert [j["type"] for j in client.list_jobs(project_id)].count("delta_apply") == 1


def test_the_loopback_server_queues_no_job_for_known_deltas(client, cloud_server, tmp_path):
    project_id = create_project_with_file(client, cloud_server, "bees")
    path = deltafile(tmp_path / "d.json", project_id)
    client.push_deltafile(project_id, path)
    client.push_deltafile(project_id, path)  # recording 051: 200, the known uuids skipped
    assert [j["type"] for j in client.list_jobs(project_id)].count("delta_apply") == 1


def test_each_job_type_has_its_own_explanation():
    for status in (FINISHED, STARTED):
        texts = {t: status_explanation(status, t) for t in (PROCESS_PROJECTFILE, PACKAGE, DELTA_APPLY)}
        assert len(set(texts.values())) == 3
    assert "process_projectfile" not in status_explanation(FINISHED, PACKAGE)
    assert "packag" in status_explanation(FINISHED, PACKAGE) and "delta" in status_explanation(FINISHED, DELTA_APPLY)


def _project_with_job(server, client, name: str = "bees") -> str:
    project_id = client.create_project(name)["id"]
    with server.state.lock:
        server.state.store_file(project_id, "bees.qgs", b"<qgis/>")  # a pending process_projectfile
    return project_id


def test_watch_prints_changes_and_a_line_every_30_s(client, cloud_server, sleeps, qgis_app):
    project_id = _project_with_job(cloud_server, client)
    cloud_server.state.knobs.job_plan["process_projectfile"] = ["pending"] * 7 + ["started", "finished"]
    lines = []
    result = watch_jobs(client, JobStore(store_path()), project_id, "cloud:bees", lines.append, sleep=sleeps)
    assert result.outcome == ALL_FINISHED and result.summary() == "Every cloud job finished."
    assert [line.split()[0] for line in lines] == ["pending", "…", "…", "…", "started", "finished"]
    assert "(30 s)" in lines[1] and "(60 s)" in lines[2] and "(90 s)" in lines[3]
    assert sleeps.waits == [2, 4, 8, 16, 30, 30, 30, 30]


def test_watch_ends_failed_or_at_the_time_limit(client, cloud_server, sleeps, qgis_app):
    store = JobStore(store_path())
    project_id = _project_with_job(cloud_server, client)
    cloud_server.state.knobs.job_plan["process_projectfile"] = ["started", "failed"]
    assert watch_jobs(client, store, project_id, "p", lambda _: None, sleep=sleeps).outcome == SOME_FAILED
    other = _project_with_job(cloud_server, client, "other")  # stays pending
    late = watch_jobs(client, store, other, "p", lambda _: None, timeout=50, sleep=sleeps)
    assert late.outcome == TIMED_OUT and late.waited == 50 and "still pending" in late.summary()


def test_cli_jobs_wait_exit_codes(cli, cloud_server):  # noqa: F811
    login(cli)
    project_id = json.loads(cli("create", "bees", "--json")[1])["id"]
    with cloud_server.state.lock:
        cloud_server.state.store_file(project_id, "bees.qgs", b"<qgis/>")
    code, out, _ = cli("jobs", "--project-id", project_id, "--wait", "--wait-timeout", "0")
    assert code == 4 and "pending" in out and "still pending, queued or running after 0 s" in out
    cloud_server.state.knobs.job_plan["process_projectfile"] = ["finished"]
    code, out, _ = cli("jobs", "--project-id", project_id, "--wait")
    assert code == 0 and out.splitlines()[0].startswith("finished  process_projectfile")
    cloud_server.state.knobs.job_plan["package"] = ["failed"]
    code, out, _ = cli("jobs", "--project-id", project_id, "--trigger", "package", "--wait", "--json")
    report = json.loads(out)
    assert code == 1 and report["wait"]["outcome"] == "failed" and [j["type"] for j in report["jobs"]] == ["package"]


def test_cli_smaller_promises(cli, cloud_server, tmp_path):  # noqa: F811
    login(cli)
    code, _, err = cli("jobs", str(tmp_path / "missing"))
    assert code == 2 and "does not exist" in err
    project_id = json.loads(cli("create", "bees", "--json")[1])["id"]
    assert "empty" in cli("projects")[1] and "failed" not in cli("projects")[1]
    with cloud_server.state.lock:
        cloud_server.state.store_file(project_id, "old.gpkg", b"x")
    folder = tmp_path / "bees"
    folder.mkdir()
    (folder / "new.txt").write_text("x")
    code, out, _ = cli("upload", str(folder), "--project-id", project_id, "--delete-remote", "--dry-run")
    assert code == 0 and "delete   old.gpkg" in out and "old.gpkg" in cloud_server.state.files[project_id]
    code, _, err = cli("push-deltas", str(deltafile(tmp_path / "d.json", project_id, count=1)))
    assert code == 1 and err.startswith("error [400 no_qgis_project]: ")  # no stray space in the code
    with cloud_server.state.lock:
        cloud_server.state.store_file(project_id, "bees.qgs", b"<qgis/>")
    assert "queued a delta_apply job" in cli("push-deltas", str(tmp_path / "d.json"))[1]
    code, out, _ = cli("push-deltas", str(tmp_path / "d.json"))
    assert code == 0 and "already on the server" in out and "no job was queued" in out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_logout_everywhere_asks_on_a_terminal(cli, cloud_server, monkeypatch, capsys):  # noqa: F811
    from qfieldsync_plus.cli.main import main

    login(cli)
    phone = cloud_server.state.issue_token(USERNAME, "qfield|3.4.0").key
    monkeypatch.setattr(sys, "stdin", _Terminal("n\n"))
    assert main(["cloud", "logout", "--everywhere"]) == 0
    out = capsys.readouterr().out
    assert "QField" in out and "Not signed out." in out and not cloud_server.state.tokens[phone].expired
    monkeypatch.setattr(sys, "stdin", _Terminal("y\n"))
    assert main(["cloud", "logout", "--everywhere"]) == 0
    assert cloud_server.state.tokens[phone].expired and "Signed out everywhere" in capsys.readouterr().out
