"""Downloads: changed files by checksum with backups, never a file being edited; latest package."""

from __future__ import annotations

import pytest

from qfieldsync_plus.core.cloud.download import download_changed_files, download_latest_package, files_being_edited
from qfieldsync_plus.core.cloud.errors import INVALID, CloudError


@pytest.fixture
def project_id(client, cloud_server):
    project_id = client.create_project("bees")["id"]
    with cloud_server.state.lock:
        cloud_server.state.store_file(project_id, "bees.qgs", b"<qgis version='cloud'/>")
        cloud_server.state.store_file(project_id, "data/notes.txt", b"cloud notes")
        cloud_server.state.store_file(project_id, "data/keep.txt", b"same")
    return project_id


def test_changed_files_come_back_with_backups(client, project_id, tmp_path, data_dir):
    folder = tmp_path / "bees"
    (folder / "data").mkdir(parents=True)
    (folder / "bees.qgs").write_text("<qgis version='local'/>")
    (folder / "data" / "keep.txt").write_bytes(b"same")
    result = download_changed_files(client, project_id, folder)
    assert sorted(result.downloaded) == ["bees.qgs", "data/notes.txt"] and result.unchanged == ["data/keep.txt"]
    assert (folder / "bees.qgs").read_bytes() == b"<qgis version='cloud'/>"
    backup = result.backups["bees.qgs"]
    assert backup.startswith(str(data_dir)) and open(backup).read() == "<qgis version='local'/>"
    assert not any(p.name.startswith(".") for p in folder.rglob("*"))
    assert download_changed_files(client, project_id, folder).downloaded == []


def test_files_being_edited_are_never_replaced(client, project_id, tmp_path):
    folder = tmp_path / "bees"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "notes.txt").write_text("local edits")
    result = download_changed_files(client, project_id, folder, files_being_edited={folder / "data" / "notes.txt"})
    assert result.skipped_editing == ["data/notes.txt"] and (folder / "data" / "notes.txt").read_text() == "local edits"


def test_files_being_edited_from_a_qgis_project(bees_project):
    from qgis.core import QgsProject

    project = QgsProject()
    assert project.read(str(bees_project))
    layer = project.mapLayersByName("apiary")[0]
    assert files_being_edited(project) == set()
    layer.startEditing()
    assert files_being_edited(project) == {bees_project.parent / "bees.gpkg"}
    layer.rollBack()


def test_latest_package_download(client, cloud_server, project_id, tmp_path):
    with pytest.raises(CloudError) as caught:
        download_latest_package(client, project_id, tmp_path / "pkg")
    assert caught.value.kind == INVALID and caught.value.code == "invalid_job"
    job = client.create_job(project_id, "package")
    with cloud_server.state.lock:
        cloud_server.state.set_job_status(cloud_server.state.jobs[job["id"]], "finished")
    result = download_latest_package(client, project_id, tmp_path / "pkg")
    assert sorted(result.downloaded) == ["bees.qgs", "data/keep.txt", "data/notes.txt"]
    assert (tmp_path / "pkg" / "data" / "notes.txt").read_bytes() == b"cloud notes"
