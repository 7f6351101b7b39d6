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


def test_packaging_again_over_a_folder_whose_field_work_is_synchronized(case, device):
    from tests.sync.conftest import package as package_job

    device.change("trees", 1, {"name": "edited"})
    from qfieldsync_plus.core.jobs.package import build_workflow
    from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow

    params = {"project": str(case.project), "package_dir": str(case.package), "mode": "cable",
              "store_path": str(case.store)}
    refused = run_workflow(build_workflow(params), JobContext(params=params))
    assert refused.get("error") and "data.gpkg" in refused["error"]  # pkgsafe's check: field work
    assert not sync(case, case.package).get("error")
    package_job(case.project, case.package, case.store)  # now replaced: nothing would be lost
