"""Jobs that only read (process_projectfile, package) change no byte of any file in the project folder.

One project saved by QGIS holds a GeoPackage in WAL mode, one in rollback (DELETE) mode, a
SpatiaLite database, a Shapefile, a CSV and a GeoJSON file. QGIS 3.22's OGR provider used to turn
the WAL GeoPackage back to rollback mode when it closed it (a new header: the next cloud upload
sent the file again) and reading it left ``-wal``/``-shm`` files behind.
"""

import sqlite3
import uuid
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsProject, QgsVectorLayer

from qfieldsync_plus.core.jobs.job import FINISHED, PACKAGE
from qfieldsync_plus.core.jobs.report import project_details_of
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.readonly_sources import release_new_sidecars
from qfieldsync_plus.core.runner.runner import JobRunner
from qfieldsync_plus.core.runner.store import JobStore
from qfieldsync_plus.core.sync.identity import PROJECT_ID_KEY, PROJECT_SCOPE
from tests.packaging.conftest import csv_layer, points, spatialite_layer, write_csv, write_ogr
from tests.test_process_projectfile import digest, run_check

WAL, ROLLBACK = 2, 1  # SQLite header bytes 18 and 19: file format write/read version


def journal_header(path: Path) -> tuple:
    """The two header bytes that say whether an SQLite file is in WAL mode."""
    data = path.read_bytes()[18:20]
    return data[0], data[1]


@pytest.fixture
def mixed_project(qgis_app, tmp_path) -> Path:
    """Every local file format in one project saved by QGIS; ``wal.gpkg`` then switched to WAL mode."""
    folder = tmp_path / "project"
    write_ogr(folder / "wal.gpkg", "GPKG", "wal_points", ogr.wkbPoint, points(5))
    write_ogr(folder / "rollback.gpkg", "GPKG", "rollback_points", ogr.wkbPoint, points(5))
    write_ogr(folder / "spatialite.sqlite", "SQLite", "sl_points", ogr.wkbPoint, points(5),
              dataset_options=["SPATIALITE=YES"])
    write_ogr(folder / "shapes.shp", "ESRI Shapefile", "shapes", ogr.wkbPoint, points(5))
    write_ogr(folder / "points.geojson", "GeoJSON", "points", ogr.wkbPoint, points(5))
    write_csv(folder / "table.csv", 5)
    layers = [
        QgsVectorLayer(f"{folder / 'wal.gpkg'}|layername=wal_points", "wal", "ogr"),
        QgsVectorLayer(f"{folder / 'rollback.gpkg'}|layername=rollback_points", "rollback", "ogr"),
        spatialite_layer(folder / "spatialite.sqlite", "sl_points", "spatialite"),
        QgsVectorLayer(str(folder / "shapes.shp"), "shapes", "ogr"),
        QgsVectorLayer(str(folder / "points.geojson"), "geojson", "ogr"),
        csv_layer(folder / "table.csv"),
    ]
    project = QgsProject()
    for layer in layers:
        assert layer.isValid(), layer.source()
        if layer.name() != "shapes":  # packaged into data.gpkg (read through GDAL); the Shapefile is copied
            layer.setCustomProperty("QFieldSync/action", "offline")
        project.addMapLayer(layer)
    # Packaged before: it has its cable-sync project id, so packaging writes no byte to the project file
    # (the first package writes that one entry; tests/sync/test_package_fingerprint.py covers it).
    project.writeEntry(PROJECT_SCOPE, PROJECT_ID_KEY, str(uuid.uuid4()))
    assert project.write(str(folder / "readonly.qgs")), project.error()
    project.clear()  # QGIS closes the files (and resets journal modes) before WAL is switched on
    connection = sqlite3.connect(folder / "wal.gpkg")
    assert connection.execute("PRAGMA journal_mode = wal").fetchone() == ("wal",)
    connection.close()
    assert journal_header(folder / "wal.gpkg") == (WAL, WAL)
    assert journal_header(folder / "rollback.gpkg") == (ROLLBACK, ROLLBACK)
    return folder / "readonly.qgs"


def test_process_projectfile_changes_no_byte(mixed_project):
    before = digest(mixed_project.parent)
    job = run_check(mixed_project)
    assert job.status == FINISHED, job.feedback
    layers = project_details_of(job.feedback)["layers_by_id"].values()
    assert sorted(l["name"] for l in layers if l["status"] == "ok") == [
        "csv", "geojson", "rollback", "shapes", "spatialite", "wal"]
    assert digest(mixed_project.parent) == before  # same files, same bytes: no -wal/-shm left
    assert journal_header(mixed_project.parent / "wal.gpkg") == (WAL, WAL)


def test_package_changes_no_source_byte(mixed_project, tmp_path):
    before = digest(mixed_project.parent)
    runner = JobRunner(JobStore(store_path()))
    submission = runner.submit(PACKAGE, str(mixed_project), {"package_dir": str(tmp_path / "package")})
    job = runner.run(submission.job)  # runs the missing process_projectfile first, then packages
    assert job.status == FINISHED, job.feedback
    assert (tmp_path / "package" / "data.gpkg").is_file() and (tmp_path / "package" / "shapes.shp").is_file()
    assert digest(mixed_project.parent) == before
    assert journal_header(mixed_project.parent / "wal.gpkg") == (WAL, WAL)


def test_sidecars_in_use_or_holding_data_stay(tmp_path):
    """Only SQLite removes -wal/-shm files, and only when nobody else uses them and they hold nothing."""
    database = tmp_path / "busy.gpkg"
    writer = sqlite3.connect(database)
    assert writer.execute("PRAGMA journal_mode = wal").fetchone() == ("wal",)
    writer.execute("CREATE TABLE t (v)")
    writer.execute("INSERT INTO t VALUES (1)")
    writer.commit()  # the committed row lives in busy.gpkg-wal while the writer is open
    sidecars = sorted(str(tmp_path / f"busy.gpkg{suffix}") for suffix in ("-shm", "-wal"))
    assert release_new_sidecars(tmp_path, before=()) == sidecars
    writer.close()
    reader = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    assert reader.execute("SELECT v FROM t").fetchall() == [(1,)]  # a reader leaves an empty -wal
    assert release_new_sidecars(tmp_path, before=()) == sidecars  # still in use
    reader.close()
    assert release_new_sidecars(tmp_path, before=()) == []
    assert sqlite3.connect(database).execute("SELECT v FROM t").fetchall() == [(1,)]
