"""What packaging adds for cable sync: the project id entry, the hidden fingerprint tables, the baseline rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProject

from qfieldsync_plus.core.jobs.errors import JobError
from qfieldsync_plus.core.sync.baseline import check_autoincrement
from qfieldsync_plus.core.sync.identity import PROJECT_ID_KEY, PROJECT_SCOPE
from tests.sync.conftest import package

ROOT = Path(__file__).resolve().parents[2]


def test_fingerprint_is_hidden_and_complete(case):
    db = sqlite3.connect(str(case.package / "data.gpkg"))
    package_id, project_id = db.execute("SELECT package_id, project_id FROM qfsp_package").fetchone()
    layers = dict(db.execute("SELECT table_name, key_column FROM qfsp_layers"))
    assert layers == {"trees": "fid", "plots": "fid", "visits": "fid", "wells": "fid", "roads": "fid"}
    assert db.execute("SELECT count(*) FROM qfsp_baseline WHERE table_name = 'trees'").fetchone()[0] == 5
    assert not db.execute("SELECT 1 FROM gpkg_contents WHERE table_name LIKE 'qfsp%'").fetchall()
    db.close()
    names = {layer.GetName() for layer in ogr.Open(str(case.package / "data.gpkg"))}
    assert names == set(layers)  # GDAL (so QGIS and QField) lists only the layers
    project = QgsProject()
    assert project.read(str(case.project))
    assert project.readEntry(PROJECT_SCOPE, PROJECT_ID_KEY)[0] == project_id
    project.clear()
    assert (case.store.parent / "sync" / "packages" / f"{package_id}.gpkg").is_file()


def test_project_id_is_written_once_and_kept(case, tmp_path):
    text = case.project.read_text(encoding="utf-8")
    first = package(case.project, tmp_path / "again", case.store)["outputs"]["package_project"]
    assert case.project.read_text(encoding="utf-8") == text  # the id was there: the file is not written again
    renamed = case.project.with_name("renamed.qgs")
    case.project.rename(renamed)
    second = package(renamed, tmp_path / "again2", case.store)["outputs"]["package_project"]
    assert first["project_id"] == second["project_id"] and first["package_id"] != second["package_id"]


def test_tables_without_autoincrement_are_refused(tmp_path):
    db = sqlite3.connect(str(tmp_path / "x.gpkg"))
    db.execute("CREATE TABLE t (fid INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(JobError, match="AUTOINCREMENT"):
        check_autoincrement(db, "t")
    db.close()


def test_qgz_project_gets_its_id_and_keeps_its_layout(qgis_app, tmp_path, data_dir):
    import os
    import zipfile

    from qgis.core import QgsVectorLayer

    from tests.packaging.conftest import points, write_ogr

    (tmp_path / "p").mkdir()
    data = write_ogr(tmp_path / "p" / "a.gpkg", "GPKG", "pts", ogr.wkbPoint, points(2))
    layer = QgsVectorLayer(f"{data}|layername=pts", "pts", "ogr")
    layer.setCustomProperty("QFieldSync/action", "offline")
    project = QgsProject()
    project.addMapLayer(layer)
    path = tmp_path / "p" / "site.qgz"
    assert project.write(str(path))
    project.clear()
    os.chmod(path, 0o640)
    entries = zipfile.ZipFile(path).namelist()  # QGIS 3.40 also stores a style database beside site.qgs
    assert "site.qgs" in entries
    package(path, tmp_path / "out", data_dir / "jobs.sqlite")
    assert sorted(p.name for p in path.parent.iterdir()) == ["a.gpkg", "site.qgz"]
    assert sorted(zipfile.ZipFile(path).namelist()) == sorted(entries) and oct(path.stat().st_mode)[-3:] == "640"
    assert project.read(str(path)) and project.readEntry(PROJECT_SCOPE, PROJECT_ID_KEY)[1]
    project.clear()


def test_kept_rows_are_pruned_once_old_and_replaced(case, tmp_path):
    from contextlib import closing

    from qfieldsync_plus.core.sync.state import SyncState

    state = SyncState(case.store)
    with closing(sqlite3.connect(str(state.db_path))) as db, db:
        (old_id,) = db.execute("SELECT package_id FROM packages").fetchone()
        db.execute("UPDATE packages SET created = '2020-01-01T00:00:00+00:00', package_dir = ?", (str(case.package),))
    assert state.prune_baselines(90) == []  # its folder still holds it
    new = package(case.project, case.package, case.store)["outputs"]["package_project"]["package_id"]
    assert new != old_id and not state.baseline_file(old_id).exists()  # pruned by the new package job
    assert state.baseline_file(new).is_file()


def test_read_only_project_file_still_packages_without_cable_sync(qgis_app, tmp_path, data_dir):
    import os
    import subprocess

    from qgis.core import QgsVectorLayer

    from tests.packaging.conftest import points, write_ogr

    folder = tmp_path / "p"
    folder.mkdir()
    data = write_ogr(folder / "a.gpkg", "GPKG", "pts", ogr.wkbPoint, points(2))
    layer = QgsVectorLayer(f"{data}|layername=pts", "pts", "ogr")
    layer.setCustomProperty("QFieldSync/action", "offline")
    project = QgsProject()
    project.addMapLayer(layer)
    assert project.write(str(folder / "ro.qgs"))
    project.clear()
    before = (folder / "ro.qgs").read_bytes()
    if os.geteuid() == 0:  # root ignores permission bits: make the folder immutable instead
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder unwritable for root here (chattr +i failed)")
    else:
        folder.chmod(0o555)  # no temporary file can be made beside the project file
    try:
        outputs = package(folder / "ro.qgs", tmp_path / "out", data_dir / "jobs.sqlite")["outputs"]["package_project"]
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)
    assert not outputs["fingerprinted"] and "cannot be synchronized back" in outputs["warnings"][-1]
    assert (folder / "ro.qgs").read_bytes() == before
    assert b"projectId" not in (tmp_path / "out" / "ro_qfield.qgs").read_bytes()


def test_project_id_is_the_only_change_to_a_saved_project(qgis_app, tmp_path, data_dir):
    """Packaging adds the id entry to the user's file and changes no other byte (no rewrite by QgsProject)."""
    import shutil

    from qfieldsync_plus.core.sync.identity import adopt_saved_project_id, read_project_id

    folder = tmp_path / "bees"
    folder.mkdir()
    for name in ("bees.qgs", "bees.gpkg"):
        shutil.copy(ROOT / "examples" / "bees" / name, folder / name)
    before = (folder / "bees.qgs").read_bytes()
    opened = QgsProject()  # the project open in the desktop while the job packages its file
    assert opened.read(str(folder / "bees.qgs"))
    outputs = package(folder / "bees.qgs", tmp_path / "out", data_dir / "jobs.sqlite")["outputs"]
    project_id = outputs["package_project"]["project_id"]
    entry = f'<qfieldsync_plus><projectId type="QString">{project_id}</projectId></qfieldsync_plus>'.encode()
    after = (folder / "bees.qgs").read_bytes()
    assert after.count(entry) == 1 and after.replace(entry, b"") == before
    assert not opened.isDirty() and read_project_id(opened) is None
    assert adopt_saved_project_id(opened, str(folder / "bees.qgs"))  # what the plugin does when the job ends
    assert read_project_id(opened) == project_id and not opened.isDirty()
    opened.clear()
