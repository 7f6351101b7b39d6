"""What a sync accepts: a folder missing its WAL, QField's zip, another project's folder, an empty job store."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile

from tests.sync.conftest import layer_counts, package, statuses, sync


def _tree_rows(case):
    return case.rows("trees")


def test_missing_wal_is_refused_and_nothing_changes(case, device, tmp_path):
    device.change("trees", 1, {"name": "lost without the wal"})
    phone = device.copy_to(tmp_path / "phone", wal=False)
    before = _tree_rows(case)
    feedback = sync(case, phone)
    assert feedback["error_type"] == "INVALID_ARGUMENTS"
    assert "data.gpkg-wal" in feedback["error"] and "close QField" in feedback["error_hint"]
    assert sorted(p.name for p in phone.iterdir()) == sorted(p.name for p in case.package.iterdir()
                                                             if not p.name.endswith(("-wal", "-shm")))
    assert _tree_rows(case) == before


def test_zip_from_qfield(case, device, tmp_path):
    device.change("trees", 2, {"name": "zipped"})
    phone = device.copy_to(tmp_path / "phone")
    archive = tmp_path / "phone.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for path in phone.rglob("*"):
            handle.write(path, f"phone/{path.relative_to(phone)}")
    feedback = sync(case, archive)
    assert statuses(feedback) == ["status_applied"], feedback.get("error")
    assert _tree_rows(case)[2][0] == "zipped"
    assert statuses(sync(case, archive)) == []  # the same zip is the same copy


def test_zip_with_an_entry_outside_is_refused(case, tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(case.package / "data.gpkg", "data.gpkg")
        handle.writestr("../escape.txt", "x")
    feedback = sync(case, archive)
    assert feedback["error_type"] == "UNSAFE_ARCHIVE" and "../escape.txt" in feedback["error"]
    assert not (tmp_path.parent / "escape.txt").exists()


def test_second_computer_with_an_empty_job_store(case, device, tmp_path, data_dir):
    device.change("trees", 3, {"name": "from the field"}, "POINT (3 3)")
    device.delete("trees", 4)
    device.add("trees", {"name": "new"}, "POINT (4 4)")
    shutil.rmtree(data_dir / "sync")  # this computer never saw the package
    feedback = sync(case, device.copy_to(tmp_path / "phone"))
    assert not feedback.get("error"), feedback.get("error")
    assert layer_counts(feedback)["trees"] == (1, 1, 1, 0)
    rows = _tree_rows(case)
    assert rows[3][0] == "from the field" and rows[3][-1] == "POINT (3 3)" and 4 not in rows
    assert ["springs.shp" in reason for reason in feedback["outputs"]["sync"]["not_synchronized"]] == [True]


def test_second_computer_still_finds_office_edits_as_conflicts(case, device, tmp_path, data_dir):
    from tests.sync.test_sync_rounds import _office_edit

    device.change("trees", 1, {"name": "field"})
    device.change("trees", 2, {"count": 20})
    _office_edit(case, 1, "office")
    shutil.rmtree(data_dir / "sync")
    feedback = sync(case, device.copy_to(tmp_path / "phone"), continue_on_error=True)
    entries = feedback["outputs"]["apply_deltas"]["delta_feedback"]
    assert [e["status"] for e in entries] == ["status_conflict", "status_applied"]
    assert '"name" was changed in the data source' in entries[0]["conflicts"][0]
    rows = _tree_rows(case)
    assert rows[1][0] == "office" and rows[2][1] == 20


def test_folder_of_another_project_is_refused_naming_it(case, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(case.project.parent, other)
    (other / "field.qgs").rename(other / "elsewhere.qgs")
    text = (other / "elsewhere.qgs").read_text(encoding="utf-8")
    # a project of its own: drop the copied id, package it (a new id is written)
    (other / "elsewhere.qgs").write_text(text.replace("<projectId", "<oldProjectId").replace(
        "</projectId>", "</oldProjectId>"), encoding="utf-8")
    package(other / "elsewhere.qgs", tmp_path / "other_package", case.store)
    before = _tree_rows(case)
    feedback = sync(case, tmp_path / "other_package")
    assert feedback["error_type"] == "INVALID_ARGUMENTS"
    assert "elsewhere.qgs" in feedback["error"] and "another project" in feedback["error"]
    assert not (tmp_path / "other_package" / ".qfieldsync_plus" / "copy.json").exists()
    assert _tree_rows(case) == before


def test_package_without_fingerprint_is_refused(case, tmp_path):
    phone = tmp_path / "old"
    shutil.copytree(case.package, phone)
    db = sqlite3.connect(str(phone / "data.gpkg"))
    db.execute("DROP TABLE qfsp_package")
    db.commit()
    db.close()
    feedback = sync(case, phone)
    assert feedback["error_type"] == "INVALID_ARGUMENTS" and "fingerprint" in feedback["error"]


def test_compare_to_source_makes_every_difference_a_conflict_to_confirm(case, device, tmp_path):
    device.change("trees", 1, {"name": "field name"})
    device.add("trees", {"name": "field tree"}, "POINT (7 7)")
    phone = device.copy_to(tmp_path / "old")
    db = sqlite3.connect(str(phone / "data.gpkg"))  # a package made before cable sync: no fingerprint
    for table in ("qfsp_package", "qfsp_layers", "qfsp_baseline"):
        db.execute(f"DROP TABLE {table}")
    db.commit()
    db.execute("PRAGMA journal_mode = DELETE")  # closed cleanly, as QGIS leaves it
    db.close()
    before = _tree_rows(case)
    checked = sync(case, phone, compare_to_source=True)
    assert checked["error_type"] == "WRITE_FAILED"
    entries = checked["outputs"]["apply_deltas"]["delta_feedback"]
    assert entries[0]["status"] == "status_conflict" and "field tree" not in str(entries[0]["conflicts"])
    assert _tree_rows(case) == before
    confirmed = sync(case, phone, compare_to_source=True, overwrite_conflicts=True)
    assert not confirmed.get("error"), confirmed.get("error")
    assert layer_counts(confirmed)["trees"] == (1, 1, 0, 0)
    rows = _tree_rows(case)
    assert rows[1][0] == "field name" and any(r[0] == "field tree" for r in rows.values())
    assert statuses(sync(case, phone, compare_to_source=True)) == []


def _zip(folder, archive):
    with zipfile.ZipFile(archive, "w") as handle:
        for path in folder.rglob("*"):
            handle.write(path, path.relative_to(folder))
    return archive


def test_a_later_zip_of_the_same_phone_is_recognised(case, device, tmp_path):
    fid = device.add("trees", {"name": "seedling", "count": 1}, "POINT (8 8)")
    first = sync(case, _zip(device.copy_to(tmp_path / "week1"), tmp_path / "week1.zip"))
    assert statuses(first) == ["status_applied"], first.get("error")
    device.change("trees", fid, {"count": 2})
    second = sync(case, _zip(device.copy_to(tmp_path / "week2"), tmp_path / "week2.zip"))
    assert not second.get("error"), second.get("error")
    assert second["outputs"]["sync"]["copy_id"] == first["outputs"]["sync"]["copy_id"]
    assert layer_counts(second)["trees"] == (0, 1, 0, 0)
    seedlings = [row for row in _tree_rows(case).values() if row[0] == "seedling"]
    assert len(seedlings) == 1 and seedlings[0][1] == 2
