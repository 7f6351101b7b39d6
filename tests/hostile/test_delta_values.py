"""Hostile delta values: never stored changed (clamped, cut short, truncated, of the wrong geometry type).

Each refused delta leaves the data source unchanged byte for byte (files) or row for row (PostGIS).
"""

from __future__ import annotations

import hashlib
import math
import os
import stat
from pathlib import Path

import pytest
from osgeo import ogr

from tests.deltas.conftest import delta, deltafile, make_layer_project, run_job, statuses

FORMATS = ("gpkg", "shp", "postgis")


def qgis_wkt(wkt: str) -> str:
    """The geometry as QField writes it (QGIS's own asWkt())."""
    from qgis.core import QgsGeometry

    return QgsGeometry.fromWkt(wkt).asWkt()


def empty_collection_wkt() -> str:
    from qgis.core import QgsGeometry, QgsGeometryCollection

    return QgsGeometry(QgsGeometryCollection()).asWkt()


def snapshot(lp, database=None):
    """Checksums of every file of the project folder; the rows for PostGIS."""
    if lp.kind == "postgis":
        return database.execute("SELECT * FROM trees ORDER BY id")
    folder = lp.project.parent
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def declare_latin1(shapefile: Path) -> None:
    """Declare the DBF's encoding in a .cpg (GDAL's LDID default may differ between versions)."""
    shapefile.with_suffix(".cpg").write_text("ISO-8859-1", encoding="ascii")


@pytest.fixture(params=FORMATS)
def hostile(request, qgis_app, tmp_path, data_dir):
    """(layer project, database or None) on each format, with a few more typed fields."""
    database = request.getfixturevalue("postgis_db") if request.param == "postgis" else None
    lp = make_layer_project(request.param, tmp_path / request.param, data_dir / "jobs.sqlite", database=database)
    if request.param == "postgis":
        database.execute("ALTER TABLE trees ADD COLUMN code varchar(5), ADD COLUMN big int8, ADD COLUMN small int2,"
                         " ADD COLUMN height real, ADD COLUMN tags text[], ADD COLUMN amount numeric(5, 2)")
    else:
        data = lp.files[0]
        if lp.kind == "shp":
            declare_latin1(data)
        ds = ogr.Open(str(data), 1)
        layer = ds.GetLayer(0)
        layer.CreateField(ogr.FieldDefn("height", ogr.OFTReal))
        layer.CreateField(ogr.FieldDefn("big", ogr.OFTInteger64))
        ds = None
    return lp, database


def refused(lp, database, tmp_path, new=None, method="patch", **extra):
    """Apply one delta that must be refused; its failure text. The source must be unchanged."""
    before = snapshot(lp, database)
    if method == "patch":
        item = delta(lp, "patch", 1, old={"attributes": {}}, new=new, **extra)
    else:
        item = delta(lp, "create", None, local_pk="500", new=new, **extra)
    feedback = run_job(lp, deltafile(tmp_path / f"d{len(list(tmp_path.glob('d*.json')))}.json", [item]))
    assert feedback.get("error_type") == "WRITE_FAILED", feedback.get("error")
    entry = feedback["outputs"]["apply_deltas"]["delta_feedback"][0]
    assert entry["status"] == "status_apply_failed"
    assert snapshot(lp, database) == before
    assert item["uuid"] in feedback["error"] and "\n" not in entry["msg"]
    return entry["msg"]


def test_integers_too_large_for_their_field(hostile, tmp_path):
    lp, database = hostile
    message = refused(lp, database, tmp_path, {"attributes": {"count": 2 ** 40}})
    assert message == 'value 1099511627776 does not fit field "count" of layer "trees" (32-bit integer)'
    assert "32-bit integer" in refused(lp, database, tmp_path, {"attributes": {"count": 12345678901}})
    assert "32-bit integer" in refused(lp, database, tmp_path, {"attributes": {"count": "12345678901"}})
    assert "64-bit integer" in refused(lp, database, tmp_path, {"attributes": {"big": 2 ** 70}})
    assert "64-bit integer" in refused(lp, database, tmp_path, {"attributes": {"big": 1e300}}, method="create")
    if lp.kind == "postgis":
        assert "16-bit integer" in refused(lp, database, tmp_path, {"attributes": {"small": 40000}})
        assert "32-bit floating point" in refused(lp, database, tmp_path, {"attributes": {"height": 1e300}})
        assert "5 digits, 2 of them" in refused(lp, database, tmp_path, {"attributes": {"amount": 999.999}})
    if lp.kind == "shp":  # 19 digits: the DBF column would be read back as a real, losing digits
        assert "18 characters" in refused(lp, database, tmp_path, {"attributes": {"big": 10 ** 18}})


def test_nan_infinity_nul_and_long_text(hostile, tmp_path):
    lp, database = hostile
    assert "NaN and Infinity" in refused(lp, database, tmp_path, {"attributes": {"count": math.nan}})
    assert "NaN and Infinity" in refused(lp, database, tmp_path, {"attributes": {"name": math.inf}})
    assert "NUL character" in refused(lp, database, tmp_path, {"attributes": {"name": "ab\x00cd"}})
    if lp.kind == "gpkg":
        assert "NaN as NULL" in refused(lp, database, tmp_path, {"attributes": {"height": math.nan}})
    if lp.kind == "postgis":  # varchar(5) would be truncated by the driver
        assert "at most 5 characters" in refused(lp, database, tmp_path, {"attributes": {"code": "abcdefgh"}})
    if lp.kind == "shp":
        assert "254 bytes" in refused(lp, database, tmp_path, {"attributes": {"name": "x" * 300}})
        assert "ISO-8859-1" in refused(lp, database, tmp_path, {"attributes": {"name": "5 \u20ac"}})
        assert "24 characters" in refused(lp, database, tmp_path, {"attributes": {"height": 1e300}})


def test_wrong_and_empty_geometries_on_a_point_layer(hostile, tmp_path):
    lp, database = hostile
    message = refused(lp, database, tmp_path, {"attributes": {"name": "gc"}, "geometry": empty_collection_wkt()},
                      method="create")
    assert "empty Geometry Collection cannot be stored in a Point layer" in message
    message = refused(lp, database, tmp_path, {"geometry": qgis_wkt("LINESTRING (0 0, 1 1)")})
    assert "Line String cannot be stored in a Point layer" in message


def test_values_that_fit_are_stored_exactly_and_continue_on_error_fails_only_the_bad_delta(hostile, tmp_path):
    lp, database = hostile
    fitting = {"count": 2 ** 31 - 1, "big": 2 ** 40, "name": "fits",
               **({"tags": ["a", "b"], "amount": 999.994} if database else {})}
    good = delta(lp, "patch", 2, old={"attributes": {}}, new={"attributes": fitting})
    bad = delta(lp, "patch", 3, old={"attributes": {}}, new={"attributes": {"count": 2 ** 31}})
    feedback = run_job(lp, deltafile(tmp_path / "d.json", [good, bad]), continue_on_error=True)
    assert statuses(feedback) == ["status_applied", "status_apply_failed"]
    rows = lp.read()
    assert rows["2"][:2] == ("fits", str(2 ** 31 - 1)) and rows["3"][1] == "3"
    ds = ogr.Open(f"PG:{database.dsn()}" if database else str(lp.files[0]))
    layer = ds.GetLayerByName("trees") if database else ds.GetLayer(0)
    key = "id" if database else ("fid" if lp.kind == "shp" else None)
    feature = layer.GetFeature(2) if key in (None, "id") else next(f for f in layer if f.GetField("fid") == 2)
    assert feature.GetFieldAsInteger64("big") == 2 ** 40
    if database:
        assert feature.GetField("tags") == ["a", "b"] and feature.GetField("amount") == 999.99


def test_a_26_digit_source_pk_is_a_clear_message(hostile, tmp_path):
    lp, database = hostile
    before = snapshot(lp, database)
    item = delta(lp, "patch", "12345678901234567890123456", old={"attributes": {}}, new={"attributes": {"count": 1}})
    feedback = run_job(lp, deltafile(tmp_path / "d.json", [item]))
    assert feedback["error_type"] == "WRITE_FAILED"
    assert "Unable to find feature with key 12345678901234567890123456" in feedback["error"]
    assert snapshot(lp, database) == before


@pytest.mark.parametrize("kind", ["gpkg", "shp"])
def test_read_only_file_is_named_read_only(kind, qgis_app, tmp_path, data_dir):
    lp = make_layer_project(kind, tmp_path / kind, data_dir / "jobs.sqlite")
    folder = lp.project.parent
    for path in folder.iterdir():
        if path.suffix != ".qgs":
            os.chmod(path, stat.S_IRUSR | stat.S_IRGRP)
    before = snapshot(lp)
    try:
        feedback = run_job(lp, deltafile(tmp_path / "d.json", [
            delta(lp, "patch", 1, old={"attributes": {}}, new={"attributes": {"count": 5}})]))
        assert feedback["error_type"] == "WRITE_FAILED"
        assert "is read-only" in feedback["error"] and str(lp.files[0]) in feedback["error"]
        assert "conflict" not in feedback.get("error_hint", "").lower()
        assert snapshot(lp) == before
    finally:
        for path in folder.iterdir():
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


@pytest.mark.parametrize("damage", ["schema", "data"])
def test_corrupt_geopackage_is_named_corrupt(damage, qgis_app, tmp_path, data_dir):
    lp = make_layer_project("gpkg", tmp_path / "gpkg", data_dir / "jobs.sqlite", count=2000)
    data: Path = lp.files[0]
    raw = bytearray(data.read_bytes())
    page = 4096
    if damage == "schema":  # the layer does not even open
        raw[100:page] = b"\xff" * (page - 100)
    else:  # the layer opens, its last feature pages are garbage
        raw[len(raw) - 6 * page:len(raw) - page] = b"\x5a" * (5 * page)
    data.write_bytes(bytes(raw))
    before = snapshot(lp)
    feedback = run_job(lp, deltafile(tmp_path / "d.json", [
        delta(lp, "patch", 1990, old={"attributes": {}}, new={"attributes": {"count": 5}})]))
    assert feedback["error_type"] == "WRITE_FAILED"
    assert "is corrupt" in feedback["error"] and str(data) in feedback["error"]
    assert "\n" not in feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["msg"]
    assert snapshot(lp) == before


def test_shapefile_text_keeps_its_declared_encoding(qgis_app, tmp_path, data_dir):
    from qgis.core import QgsVectorLayer

    lp = make_layer_project("shp", tmp_path / "shp", data_dir / "jobs.sqlite")
    declare_latin1(lp.files[0])
    feedback = run_job(lp, deltafile(tmp_path / "d.json", [
        delta(lp, "patch", 1, old={"attributes": {}}, new={"attributes": {"name": "Müller"}})]))
    assert statuses(feedback) == ["status_applied"]
    layer = QgsVectorLayer(str(lp.files[0]), "trees", "ogr")  # read as QGIS reads it (ISO-8859-1 DBF)
    assert "Müller" in [feature["name"] for feature in layer.getFeatures()]
    assert "Müller".encode("latin-1") in lp.files[0].with_suffix(".dbf").read_bytes()


def test_command_line_says_it_in_one_line_without_a_traceback(qgis_app, tmp_path, data_dir, capsys):
    from qfieldsync_plus.cli.main import main

    lp = make_layer_project("gpkg", tmp_path / "gpkg", data_dir / "jobs.sqlite")
    before = snapshot(lp)
    huge = tmp_path / "huge.json"
    huge.write_text(deltafile(tmp_path / "d.json", [delta(lp, "patch", 1, old={"attributes": {}}, new={
        "attributes": {"count": 7}})]).read_text().replace('"count": 7', '"count": ' + "9" * 5000))
    assert main(["delta-apply", str(lp.project), str(huge)]) == 1
    err = capsys.readouterr().err
    assert "cannot be read" in err and "Traceback" not in err and len(err) < 2000
    too_big = deltafile(tmp_path / "big.json", [delta(lp, "patch", 1, old={"attributes": {}},
                                                      new={"attributes": {"count": 2 ** 70}})])
    assert main(["delta-apply", str(lp.project), str(too_big)]) == 1
    captured = capsys.readouterr()
    assert "does not fit field" in captured.out + captured.err and "Traceback" not in captured.err
    assert snapshot(lp) == before


def test_a_key_longer_than_its_key_field_is_refused(qgis_app, tmp_path, data_dir, postgis_db):
    from tests.deltas.conftest import LayerProject, save_project

    postgis_db.execute("CREATE TABLE plots (code varchar(5) PRIMARY KEY, name text)")
    project = tmp_path / "plots.qgs"
    layer_id = save_project(project, postgis_db.layer_uri("plots", geometry="", key="code").replace(" ()", ""),
                            "postgres")
    lp = LayerProject("postgis", project, layer_id, lambda: {}, data_dir / "jobs.sqlite")
    created = delta(lp, "create", None, local_pk="plot-12345", new={"attributes": {"code": "plot-12345", "name": "n"}})
    feedback = run_job(lp, deltafile(tmp_path / "d.json", [created]))
    assert feedback["error_type"] == "WRITE_FAILED"
    assert 'value "plot-12345" does not fit field "code"' in feedback["error"]
    assert postgis_db.execute("SELECT count(*) FROM plots") == [(0,)]
