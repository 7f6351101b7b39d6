"""Field edits on GeoPackage, Shapefile and GeoJSON sources come home; a re-sync applies nothing."""

from __future__ import annotations

from tests.sync.conftest import layer_counts, statuses, sync


def test_edits_on_every_file_format_come_home(case, device, tmp_path):
    trees_before = case.rows("trees")
    new_tree = device.add("trees", {"name": "oak", "count": 7}, "POINT (739050 5906050)")
    device.change("trees", 2, {"name": "renamed"}, "POINT (1 2)")
    device.delete("trees", 3)
    device.change("wells", 1, {"count": 99})
    device.add("roads", {"name": "track"}, "LINESTRING (0 0, 10 10)")
    copy = device.copy_to(tmp_path / "phone")
    assert (copy / "data.gpkg-wal").is_file()

    feedback = sync(case, copy)
    assert not feedback.get("error"), feedback.get("error")
    assert set(statuses(feedback)) == {"status_applied"}
    counts = layer_counts(feedback)
    assert counts["trees"] == (1, 1, 1, 0)
    assert counts["wells"] == (0, 1, 0, 0)
    assert counts["roads"] == (1, 0, 0, 0)
    trees = case.rows("trees")
    assert 3 not in trees and len(trees) == len(trees_before)
    assert trees[2][0] == "renamed" and trees[2][-1] == "POINT (1 2)"
    assert any(r[0] == "oak" and r[-1] == "POINT (739050 5906050)" for r in trees.values())
    assert [r for r in case.rows("wells").values() if r[1] == 99]
    assert any(r[0] == "track" for r in case.rows("roads").values())
    assert new_tree > 5

    again = sync(case, copy)
    assert not again.get("error")
    assert statuses(again) == []
    assert case.rows("trees") == trees


def test_the_device_folder_gets_only_its_copy_id(case, device, tmp_path):
    import hashlib

    device.change("trees", 1, {"name": "x"})
    phone = device.copy_to(tmp_path / "phone")

    def snapshot():
        return {p.relative_to(phone).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in phone.rglob("*") if p.is_file()}

    before = snapshot()
    assert not sync(case, phone).get("error")
    after = snapshot()
    assert set(after) - set(before) == {".qfieldsync_plus/copy.json"}
    assert {k: after[k] for k in before} == before


def test_copied_geopackage_layer_is_synchronized_by_its_key(case, device):
    device.change("notes", 2, {"name": "copied layer edit"}, "POINT (1 1)")
    device.delete("notes", 3)
    fid = device.add("notes", {"name": "new note"}, "POINT (2 2)")
    first = sync(case, case.package)
    assert not first.get("error"), first.get("error")
    assert layer_counts(first)["notes"] == (1, 1, 1, 0)
    notes = case.rows("notes")
    assert notes[2][0] == "copied layer edit" and 3 not in notes
    device.change("notes", fid, {"name": "new note, later"})
    second = sync(case, case.package)
    assert layer_counts(second)["notes"] == (0, 1, 0, 0)
    assert [r[0] for r in case.rows("notes").values()].count("new note, later") == 1


def test_copied_shapefile_edits_come_home_as_delete_and_create(case, device):
    device.change("springs", 1, {"name": "renamed spring"})
    device.add("springs", {"name": "new spring", "count": 5}, "POINT (3 3)")
    first = sync(case, case.package)
    assert not first.get("error"), first.get("error")
    assert layer_counts(first)["springs"] == (2, 0, 1, 0)
    names = sorted(row[0] for row in case.rows("springs").values())
    assert names == ["feature 0", "feature 2", "new spring", "renamed spring"]
    assert statuses(sync(case, case.package)) == []
