"""Attachments coming home from a device folder: new files copied, identical skipped, conflicts kept."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from qfieldsync_plus.core.jobs.errors import JobError
from qfieldsync_plus.core.sync.attachments import (
    attachment_dirs_of,
    copy_attachments,
    plan_attachments,
    rollback_attachments,
)


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def folders(tmp_path):
    device, project = tmp_path / "device", tmp_path / "project"
    _write(device / "DCIM" / "JPEG_1.jpg", b"new photo")
    _write(device / "DCIM" / "same.jpg", b"same bytes")
    _write(device / "DCIM" / "clash.jpg", b"field version")
    _write(device / "DCIM" / "2026" / "deep.jpg", b"deep photo")
    _write(device / "audio" / "AUDIO_1.m4a", b"sound")
    _write(device / "DCIM" / ".thumbnails" / "t.jpg", b"hidden")
    _write(device / "notes" / "n.txt", b"not an attachment folder")
    _write(project / "DCIM" / "same.jpg", b"same bytes")
    _write(project / "DCIM" / "clash.jpg", b"office version")
    return device, project


def test_plan_copies_new_skips_identical_and_never_overwrites(folders):
    device, project = folders
    plan = plan_attachments(device, project, ["DCIM", "audio", "video", "files"])
    assert sorted(plan.relative_to_copy()) == ["DCIM/2026/deep.jpg", "DCIM/JPEG_1.jpg", "audio/AUDIO_1.m4a"]
    assert plan.identical == ["DCIM/same.jpg"]
    assert [c.path for c in plan.conflicts] == ["DCIM/clash.jpg"]
    assert "DCIM/clash.jpg" in plan.conflicts[0].message

    copied = copy_attachments(plan)
    assert (project / "DCIM" / "2026" / "deep.jpg").read_bytes() == b"deep photo"
    assert (project / "audio" / "AUDIO_1.m4a").read_bytes() == b"sound"
    assert (project / "DCIM" / "clash.jpg").read_bytes() == b"office version"
    assert not (project / "DCIM" / ".thumbnails").exists() and not (project / "notes").exists()
    assert not list(project.rglob("*.part")) and not list(project.rglob(".*"))
    assert sorted(copied.relative_paths()) == sorted(plan.relative_to_copy())


def test_rollback_removes_exactly_what_was_created(folders):
    device, project = folders
    _write(project / "DCIM" / "office_only.jpg", b"office")
    copied = copy_attachments(plan_attachments(device, project, ["DCIM", "audio"]))
    assert {p.name for p in copied.folders} == {"2026", "audio"}
    rollback_attachments(copied)
    remaining = sorted(p.relative_to(project).as_posix() for p in project.rglob("*"))
    assert remaining == ["DCIM", "DCIM/clash.jpg", "DCIM/office_only.jpg", "DCIM/same.jpg"]


def test_rollback_keeps_a_file_that_changed_since_the_copy(folders):
    device, project = folders
    copied = copy_attachments(plan_attachments(device, project, ["audio"]))
    (project / "audio" / "AUDIO_1.m4a").write_bytes(b"edited by the office meanwhile")
    rollback_attachments(copied)
    assert (project / "audio" / "AUDIO_1.m4a").read_bytes() == b"edited by the office meanwhile"


def test_a_file_appearing_after_planning_is_not_replaced_and_nothing_stays(folders):
    device, project = folders
    plan = plan_attachments(device, project, ["DCIM"])
    _write(project / "DCIM" / "JPEG_1.jpg", b"arrived meanwhile")
    with pytest.raises(JobError) as raised:
        copy_attachments(plan)
    assert "JPEG_1.jpg" in str(raised.value)
    assert (project / "DCIM" / "JPEG_1.jpg").read_bytes() == b"arrived meanwhile"
    assert not (project / "DCIM" / "2026").exists()
    assert not list(project.rglob("*.part")) and not list(project.rglob(".*"))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_links_leaving_either_folder_are_never_followed(tmp_path):
    device, project, outside = tmp_path / "device", tmp_path / "project", tmp_path / "outside"
    secret = _write(outside / "secret.txt", b"private")
    _write(device / "DCIM" / "ok.jpg", b"ok")
    (device / "DCIM" / "leak.jpg").symlink_to(secret)
    (device / "files").symlink_to(outside, target_is_directory=True)
    (project / "audio").parent.mkdir(parents=True, exist_ok=True)
    (project / "audio").symlink_to(outside, target_is_directory=True)
    _write(device / "audio" / "trap.m4a", b"would land outside")
    plan = plan_attachments(device, project, ["DCIM", "files", "audio"])
    assert plan.relative_to_copy() == ["DCIM/ok.jpg"]
    assert sorted(c.path for c in plan.conflicts) == ["DCIM/leak.jpg", "audio/trap.m4a", "files"]
    copy_attachments(plan)
    assert sorted(p.name for p in outside.iterdir()) == ["secret.txt"]


def test_folder_names_escaping_the_project_are_ignored(folders, tmp_path):
    device, project = folders
    _write(tmp_path / "elsewhere" / "x.jpg", b"x")
    plan = plan_attachments(device, project, ["../elsewhere", str(tmp_path / "elsewhere"), "DCIM/2026"])
    assert plan.relative_to_copy() == ["DCIM/2026/deep.jpg"]


def test_attachment_dirs_follow_qfield_and_qfieldsync_rules(qgis_app, tmp_path):
    from qgis.core import QgsEditorWidgetSetup, QgsProject, QgsVectorLayer

    project = QgsProject()
    project.setFileName(str(tmp_path / "p.qgs"))
    project.writeEntry("QFieldSync", "attachmentDirs", ["survey photos"])
    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=photo:string&field=doc:string&field=far:string", "trees", "memory")
    layer.setCustomProperty("QFieldSync/attachment_naming",
                            json.dumps({"photo": "'plants/' || \"name\" || '.jpg'", "doc": "@layer_name"}))
    layer.setEditorWidgetSetup(1, QgsEditorWidgetSetup("ExternalResource", {
        "RelativeStorage": 2, "DefaultRoot": str(tmp_path / "docs" / "scans")}))
    layer.setEditorWidgetSetup(2, QgsEditorWidgetSetup("ExternalResource", {
        "RelativeStorage": 2, "DefaultRoot": str(tmp_path.parent)}))
    project.addMapLayer(layer)
    assert attachment_dirs_of(project) == ["DCIM", "audio", "video", "files", "survey photos", "plants",
                                           "docs/scans"]
