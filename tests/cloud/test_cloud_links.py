"""Folder ↔ cloud project links live in the profile's data folder, never in the project folder."""

from __future__ import annotations

from qfieldsync_plus.core.cloud.links import folder_of_project, link_folder, linked_project, project_label, unlink_folder


def test_links_are_kept_in_the_profile(tmp_path, data_dir):
    folder = tmp_path / "bees"
    (folder / "data").mkdir(parents=True)
    (folder / "bees.qgs").write_text("<qgis/>")
    link_folder(folder, "p-1", "https://cloud.example/api/v1/", "bees")
    assert sorted(p.name for p in folder.rglob("*")) == ["bees.qgs", "data"]
    assert (data_dir / "cloud_links.json").is_file()
    assert linked_project(folder / "data")["project_id"] == "p-1"  # nearest linked parent
    assert folder_of_project("p-1") == folder.resolve()
    assert project_label("p-1") == str((folder / "bees.qgs").resolve())
    unlink_folder(folder)
    assert linked_project(folder) is None and project_label("p-1") == "cloud:p-1"
