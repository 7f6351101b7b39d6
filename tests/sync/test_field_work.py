"""Unsynchronized field work in a package folder: none after packaging, some after edits, none after the sync."""

from __future__ import annotations

from qfieldsync_plus.core.sync.field_work import unsynchronized_field_work
from tests.sync.conftest import sync


def test_field_work_until_synchronized(case, device):
    assert unsynchronized_field_work(case.package, case.store).is_empty
    device.change("trees", 1, {"name": "edited"})
    device.add("visits", {"plot_id": 1, "note": "n"})
    device.change("notes", 1, {"name": "copied layer"})
    device.change("springs", 0, {"count": 7})
    work = unsynchronized_field_work(case.package, case.store)
    assert work.rows == {"trees": 1, "visits": 1, "notes": 1, "springs.shp": 2}
    assert "trees" in work.describe()
    assert not sync(case, case.package).get("error")
    synchronized = unsynchronized_field_work(case.package, case.store)
    assert synchronized.is_empty
    assert {"data.gpkg", "data.gpkg-wal", "notes.gpkg", "springs.shp", "springs.dbf",
            ".qfieldsync_plus/copy.json"} <= set(synchronized.compared)
    assert "field_qfield.qgs" not in synchronized.compared
    device.delete("trees", 2)
    assert unsynchronized_field_work(case.package, case.store).rows == {"trees": 1}
