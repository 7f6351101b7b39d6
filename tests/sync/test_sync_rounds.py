"""Rounds of field work: relations, a second sync of the same copy, three copies, conflicts, dry-run, inverse."""

from __future__ import annotations

from osgeo import ogr

from tests.sync.conftest import FieldDevice, layer_counts, statuses, sync


def test_field_created_child_of_field_created_parent_gets_the_new_key(case, device, tmp_path):
    plot = device.add("plots", {"label": "new plot"})
    device.add("visits", {"plot_id": plot, "note": "first visit"})
    device.add("visits", {"plot_id": 1, "note": "old plot"})
    feedback = sync(case, device.copy_to(tmp_path / "phone"))
    assert not feedback.get("error"), feedback.get("error")
    plots = case.rows("plots")
    new_key = [fid for fid, row in plots.items() if row[0] == "new plot"][0]
    visits = {row[1]: row[0] for row in case.rows("visits").values()}
    assert visits == {"first visit": new_key, "old plot": 1}


def test_second_sync_patches_earlier_creates_instead_of_duplicating(case, device):
    """The phone's folder itself (mounted, QGIS still editing it) is synced three times."""
    fid = device.add("trees", {"name": "young", "count": 1}, "POINT (5 5)")
    first = sync(case, case.package)
    assert statuses(first) == ["status_applied"]
    assert (case.package / "data.gpkg-wal").is_file()  # read, never checkpointed by the sync
    device.change("trees", fid, {"count": 2}, "POINT (6 6)")
    device.change("trees", 1, {"name": "later"})
    second = sync(case, case.package)
    assert not second.get("error"), second.get("error")
    assert layer_counts(second)["trees"] == (0, 2, 0, 0)
    young = [row for row in case.rows("trees").values() if row[0] == "young"]
    assert len(young) == 1 and young[0][1] == 2 and young[0][-1] == "POINT (6 6)"
    device.delete("trees", fid)
    third = sync(case, case.package)
    assert layer_counts(third)["trees"] == (0, 0, 1, 0)
    assert not [row for row in case.rows("trees").values() if row[0] == "young"]


def test_three_copies_of_one_package_are_three_copies(case, tmp_path):
    import shutil

    copies = []
    for index in range(3):
        folder = tmp_path / f"device{index}"
        shutil.copytree(case.package, folder)
        phone = FieldDevice(folder)
        phone.add("trees", {"name": f"tree of phone {index}"}, "POINT (1 1)")
        copies.append(phone.copy_to(tmp_path / f"phone{index}"))
        phone.close()
    for copy in copies:
        feedback = sync(case, copy)
        assert statuses(feedback) == ["status_applied"], feedback.get("error")
    names = sorted(row[0] for row in case.rows("trees").values() if row[0].startswith("tree of phone"))
    assert names == ["tree of phone 0", "tree of phone 1", "tree of phone 2"]
    ids = {(copy / ".qfieldsync_plus" / "copy.json").read_text() for copy in copies}
    assert len(ids) == 3


def _office_edit(case, fid: int, name: str) -> None:
    ds = ogr.Open(str(case.project.parent / "trees.gpkg"), 1)
    layer = ds.GetLayerByName("trees")
    feature = layer.GetFeature(fid)
    feature.SetField("name", name)
    assert layer.SetFeature(feature) == 0
    ds = None


def test_office_edit_of_the_same_attribute_is_a_conflict(case, device, tmp_path):
    device.change("trees", 2, {"name": "field"})
    device.change("trees", 4, {"count": 40})
    _office_edit(case, 2, "office")
    before = case.rows("trees")
    feedback = sync(case, device.copy_to(tmp_path / "phone"))
    assert feedback["error_type"] == "WRITE_FAILED"
    assert "status_conflict" in statuses(feedback)
    assert layer_counts(feedback)["trees"][3] == 1
    assert case.rows("trees") == before  # all-or-nothing
    forced = sync(case, tmp_path / "phone", overwrite_conflicts=True)
    assert not forced.get("error"), forced.get("error")
    assert case.rows("trees")[2][0] == "field" and case.rows("trees")[4][1] == 40


def test_dry_run_changes_nothing_and_inverse_restores(case, device, tmp_path):
    device.change("trees", 1, {"name": "changed"})
    device.delete("trees", 5)
    device.add("trees", {"name": "added"}, "POINT (2 2)")
    phone = device.copy_to(tmp_path / "trip #1 100%")  # characters an SQLite URI must escape
    before = case.rows("trees")
    dry = sync(case, phone, dry_run=True)
    assert not dry.get("error") and len(statuses(dry)) == 3
    assert case.rows("trees") == before
    assert not (phone / ".qfieldsync_plus" / "copy.json").exists()
    applied = sync(case, phone)
    assert not applied.get("error") and case.rows("trees") != before
    undone = sync(case, phone, inverse=True)
    assert not undone.get("error"), undone.get("error")
    restored = case.rows("trees")
    assert {row[:-1] for row in restored.values()} == {row[:-1] for row in before.values()}
    again = sync(case, phone)  # the delta log has them as reverted: skipped ("deltas reapply" applies them)
    assert not again.get("error") and set(statuses(again)) == {"status_skipped"}
    assert case.rows("trees") == restored


def test_field_removed_in_the_office_makes_its_edits_conflicts(case, device, tmp_path):
    device.change("trees", 1, {"ratio": 9.5})
    device.change("trees", 2, {"name": "kept"})
    ds = ogr.Open(str(case.project.parent / "trees.gpkg"), 1)
    layer = ds.GetLayerByName("trees")
    assert layer.DeleteField(layer.GetLayerDefn().GetFieldIndex("ratio")) == 0
    ds = None
    feedback = sync(case, device.copy_to(tmp_path / "phone"), continue_on_error=True)
    entries = feedback["outputs"]["apply_deltas"]["delta_feedback"]
    assert [e["status"] for e in entries] == ["status_conflict", "status_applied"]
    assert 'the field "ratio" was removed' in entries[0]["conflicts"][0]
    assert case.rows("trees")[2][0] == "kept"


def test_layer_removed_from_the_project_refuses_its_changes_by_name(case, device, tmp_path):
    from qgis.core import QgsProject

    device.change("roads", 1, {"name": "gone"})
    project = QgsProject()
    assert project.read(str(case.project))
    project.removeMapLayer(project.mapLayersByName("roads")[0].id())
    assert project.write(str(case.project))
    project.clear()
    feedback = sync(case, device.copy_to(tmp_path / "phone"))
    entry = feedback["outputs"]["apply_deltas"]["delta_feedback"][0]
    assert entry["status"] == "status_apply_failed" and '"roads" is no longer in the project' in entry["msg"]
    assert layer_counts(feedback)["roads"] == (0, 0, 0, 0)


def test_moving_the_project_keeps_the_keys_of_field_created_features(case, device, tmp_path):
    import shutil

    fid = device.add("trees", {"name": "sapling"}, "POINT (4 4)")
    assert statuses(sync(case, case.package)) == ["status_applied"]
    moved = tmp_path / "moved" / "renamed"
    shutil.move(str(case.project.parent), str(moved))
    case.project = moved / case.project.name
    device.change("trees", fid, {"name": "young tree"})
    second = sync(case, case.package)
    assert not second.get("error"), second.get("error")
    assert layer_counts(second)["trees"] == (0, 1, 0, 0)
    names = [row[0] for row in case.rows("trees").values()]
    assert "young tree" in names and "sapling" not in names
