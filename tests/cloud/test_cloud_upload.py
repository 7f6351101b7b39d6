"""Upload: only new/changed files, project file last, retries, verification, skip rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from qfieldsync_plus.core.cloud.checksums import file_checksums
from qfieldsync_plus.core.cloud.errors import CHECKSUM, SERVER, CloudError
from qfieldsync_plus.core.cloud.localfiles import project_files
from qfieldsync_plus.core.cloud.uploader import CHANGED, NEW, execute_upload, plan_upload


def make_folder(folder: Path) -> Path:
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "bees.gpkg").write_bytes(os.urandom(200_000))
    (folder / "DCIM").mkdir()
    (folder / "DCIM" / "1.jpg").write_bytes(os.urandom(50_000))
    (folder / "bees.qgs").write_text("<qgis projectname='bees'/>", encoding="utf-8")
    return folder


def uploads(server):
    return [r for r in server.state.requests if r["method"] == "POST" and r["path"].startswith("/api/v1/files/")]


@pytest.fixture
def project_id(client):
    return client.create_project("bees")["id"]


def test_new_project_uploads_everything_with_the_project_file_last(client, cloud_server, project_id, tmp_path):
    folder = make_folder(tmp_path / "bees")
    progress = []
    plan = plan_upload(client, project_id, folder)
    assert {i.name: i.reason for i in plan.to_upload} == {"DCIM/1.jpg": NEW, "data/bees.gpkg": NEW, "bees.qgs": NEW}
    result = execute_upload(client, plan, on_progress=progress.append)
    sent = [r["path"].split(project_id + "/", 1)[1] for r in uploads(cloud_server)]
    assert sent[-1] == "bees.qgs/" and sorted(sent) == ["DCIM/1.jpg/", "bees.qgs/", "data/bees.gpkg/"]
    assert sorted(result.uploaded) == ["DCIM/1.jpg", "bees.qgs", "data/bees.gpkg"]
    assert progress[-1].bytes_done == progress[-1].bytes_total == plan.total_bytes
    remote = {f["name"]: f for f in client.list_files(project_id)}
    assert remote["data/bees.gpkg"]["sha256"] == file_checksums(folder / "data" / "bees.gpkg").sha256
    assert cloud_server.state.projects[project_id]["project_filename"] == "bees.qgs"


def test_unchanged_project_sends_no_bodies_and_changed_file_alone(client, cloud_server, project_id, tmp_path):
    folder = make_folder(tmp_path / "bees")
    execute_upload(client, plan_upload(client, project_id, folder))
    before = len(uploads(cloud_server))
    again = plan_upload(client, project_id, folder)
    assert again.to_upload == [] and len(again.unchanged) == 3
    assert execute_upload(client, again).uploaded == []
    assert len(uploads(cloud_server)) == before
    (folder / "data" / "bees.gpkg").write_bytes(os.urandom(1000))
    changed = plan_upload(client, project_id, folder)
    assert [(i.name, i.reason) for i in changed.to_upload] == [("data/bees.gpkg", CHANGED)]
    execute_upload(client, changed)
    assert [r["path"] for r in uploads(cloud_server)[before:]] == [f"/api/v1/files/{project_id}/data/bees.gpkg/"]


def test_dropped_connection_is_retried_then_verified(client, cloud_server, project_id, tmp_path, sleeps):
    folder = make_folder(tmp_path / "bees")
    cloud_server.state.knobs.drop_uploads = 4  # Qt itself resends a request dropped before any answer (3 times on 5.15)
    result = execute_upload(client, plan_upload(client, project_id, folder))
    assert len(result.uploaded) == 3 and sleeps.waits[:1] == [0.5]  # then the client retried
    assert len(uploads(cloud_server)) == 7  # four dropped halfway, then the three files
    assert plan_upload(client, project_id, folder).to_upload == []


def test_checksum_mismatch_is_an_error_and_blocks_the_project_file(client, cloud_server, project_id, tmp_path):
    folder = make_folder(tmp_path / "bees")
    cloud_server.state.knobs.corrupt_uploads = 1
    with pytest.raises(CloudError) as caught:
        execute_upload(client, plan_upload(client, project_id, folder))
    assert caught.value.kind == CHECKSUM and "DCIM/1.jpg" in str(caught.value)
    assert "bees.qgs" not in cloud_server.state.files[project_id]
    assert [i.name for i in plan_upload(client, project_id, folder).to_upload] == ["DCIM/1.jpg", "bees.qgs"]


def test_server_error_retried_once_then_reported_with_code(client, cloud_server, project_id, tmp_path, sleeps):
    folder = make_folder(tmp_path / "bees")
    cloud_server.state.knobs.fail_requests.append({"method": "POST", "path": "/files/", "status": 500, "count": 1})
    assert len(execute_upload(client, plan_upload(client, project_id, folder)).uploaded) == 3
    assert sleeps.waits == [0.5]
    (folder / "bees.qgs").write_text("<qgis projectname='changed'/>")
    cloud_server.state.knobs.fail_requests.append({"method": "POST", "path": "/files/", "status": 500, "count": 9})
    with pytest.raises(CloudError) as caught:
        execute_upload(client, plan_upload(client, project_id, folder))
    assert caught.value.kind == SERVER and caught.value.code == "unknown_error" and caught.value.status == 500
    assert "injected fault" in str(caught.value) and sleeps.waits == [0.5, 0.5, 1.0, 2.0]


def test_multipart_etag_for_files_above_8_mib(client, cloud_server, project_id, tmp_path):
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "big.bin").write_bytes(os.urandom(9 * 1024 * 1024 + 32))
    execute_upload(client, plan_upload(client, project_id, folder))
    remote = client.list_files(project_id)[0]
    assert remote["md5sum"].endswith("-2") and remote["md5sum"] == file_checksums(folder / "big.bin").etag
    assert plan_upload(client, project_id, folder).to_upload == []


def test_skip_rules_and_remote_deletion(client, cloud_server, project_id, tmp_path):
    folder = make_folder(tmp_path / "bees")
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    (folder / ".hidden").write_text("x")
    (folder / ".git").mkdir()
    (folder / ".git" / "config").write_text("x")
    (folder / "export").mkdir()
    (folder / "export" / "bees_qfield.qgs").write_text("<qgis/>")  # a package built into the folder
    (folder / "export" / "data.gpkg").write_text("x")
    (folder / "data" / "bees.gpkg-wal").write_text("x")
    (folder / "escape.txt").symlink_to(outside)
    (folder / "inside_link.gpkg").symlink_to(folder / "data" / "bees.gpkg")
    names = [f.name for f in project_files(folder)]
    assert names == ["DCIM/1.jpg", "data/bees.gpkg", "inside_link.gpkg", "bees.qgs"]
    execute_upload(client, plan_upload(client, project_id, folder))
    (folder / "DCIM" / "1.jpg").unlink()
    plan = plan_upload(client, project_id, folder)
    assert plan.remote_only == ["DCIM/1.jpg"]
    assert execute_upload(client, plan).deleted == []
    assert execute_upload(client, plan, delete_remote=True).deleted == ["DCIM/1.jpg"]
    assert "DCIM/1.jpg" not in cloud_server.state.files[project_id]


def test_cancel_stops_between_files_and_keeps_the_project_file_back(client, cloud_server, project_id, tmp_path):
    from qfieldsync_plus.core.cloud.errors import CANCELLED

    folder = make_folder(tmp_path / "bees")
    seen = []
    with pytest.raises(CloudError) as caught:
        execute_upload(client, plan_upload(client, project_id, folder), on_progress=seen.append,
                       is_cancelled=lambda: any(p.file_index == 2 for p in seen))
    assert caught.value.kind == CANCELLED
    # The file under way when the cancel came may finish (QGIS 3.40 reports a small upload's progress
    # only at its end); the project file, always last, is never sent.
    uploaded = list(cloud_server.state.files[project_id])
    assert uploaded[0] == "DCIM/1.jpg" and "bees.qgs" not in uploaded


def test_unusual_file_names_round_trip(client, cloud_server, project_id, tmp_path):
    folder = tmp_path / "names"
    (folder / "Fotos 2026").mkdir(parents=True)
    odd = folder / "Fotos 2026" / 'Bienen & "Wespen" #1 ü%.txt'
    odd.write_text("bzz", encoding="utf-8")
    result = execute_upload(client, plan_upload(client, project_id, folder))
    assert result.uploaded == ['Fotos 2026/Bienen & "Wespen" #1 ü%.txt']
    assert list(cloud_server.state.files[project_id]) == result.uploaded
    assert plan_upload(client, project_id, folder).to_upload == []
