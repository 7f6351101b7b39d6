"""``cloud download`` never writes through a symbolic link leading out of the project folder, and
``cloud upload`` never follows one (nor trips over a link loop)."""

from __future__ import annotations

import json
import uuid

from qfieldsync_plus.core.cloud.localfiles import project_files
from tests.fixtures.isolated_cli import CLOUD_USER, IsolatedCli, loopback_cloud  # noqa: F401 (fixture)


def test_download_skips_files_behind_links_leaving_the_folder(loopback_cloud, tmp_path):
    state = loopback_cloud.state
    with state.lock:
        project_id = state.create_project(CLOUD_USER, {"name": "bees"})["id"]
        state.store_file(project_id, "bees.qgs", b"<qgis version='cloud'/>")
        state.store_file(project_id, "DCIM/photo.jpg", b"cloud photo")
        state.store_file(project_id, "notes.txt", b"cloud notes")
        state.store_file(project_id, "inside.txt", b"cloud inside")
        token = state.issue_token(CLOUD_USER, "sdk|py|test").key
    private = tmp_path / "private"
    private.mkdir()
    (private / "secret.txt").write_text("mine")
    folder = tmp_path / "bees"
    folder.mkdir()
    (folder / "DCIM").symlink_to(private)  # a folder link leaving the project
    (folder / "notes.txt").symlink_to(private / "secret.txt")  # a file link leaving it
    (folder / "real.txt").write_text("local")
    (folder / "inside.txt").symlink_to(folder / "real.txt")  # stays inside: may be written

    cli = IsolatedCli(tmp_path / "cli")
    result = cli("cloud", "download", str(folder), "--project-id", project_id, "--json",
                 QFIELDCLOUD_URL=loopback_cloud.url, QFIELDCLOUD_TOKEN=token)

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert sorted(report["skipped_links"]) == ["DCIM/photo.jpg", "notes.txt"]
    assert "warning: DCIM/photo.jpg not downloaded: a symbolic link" in result.stderr
    assert sorted(p.name for p in private.iterdir()) == ["secret.txt"]
    assert (private / "secret.txt").read_text() == "mine"
    assert sorted(report["downloaded"]) == ["bees.qgs", "inside.txt"]


def test_upload_list_skips_links_leaving_the_folder_and_link_loops(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "private.txt").write_text("x")
    folder = tmp_path / f"project-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    (folder / "bees.qgs").write_text("<qgis/>")
    (folder / "out").symlink_to(outside)
    (folder / "private.txt").symlink_to(outside / "private.txt")
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")
    assert [f.name for f in project_files(folder)] == ["bees.qgs"]
