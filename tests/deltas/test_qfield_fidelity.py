"""Deltas as QField writes them (tests/fixtures/qfield_deltas.py) apply with no false conflicts.

Each layer is read with QGIS, edited as a QField user would, and the delta is written from the
old and new QgsFeature with QGIS's asWkt() and Qt's QVariant-to-JSON. GeoPackage, PostGIS and
Shapefile, every type those formats hold. A value the office changed meanwhile is a conflict.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict

import pytest
from osgeo import ogr, osr
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from tests.fixtures import qfield_deltas as qf
from tests.deltas.conftest import LayerProject, deltafile, run_job, statuses

BIG = 2 ** 62 + 1


def _srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    return srs


def _field(layer, name, kind, subtype=ogr.OFSTNone, width=0):
    defn = ogr.FieldDefn(name, kind)
    defn.SetSubType(subtype)
    if width:
        defn.SetWidth(width)
    layer.CreateField(defn)


def _gpkg(path: Path) -> str:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("things", _srs(), ogr.wkbPoint25D, ["FID=fid"])
    _field(layer, "flag", ogr.OFTInteger, ogr.OFSTBoolean)
    _field(layer, "big", ogr.OFTInteger64)
    _field(layer, "day", ogr.OFTDate)
    _field(layer, "stamp", ogr.OFTDateTime)
    _field(layer, "blob", ogr.OFTBinary)
    _field(layer, "doc", ogr.OFTString, ogr.OFSTJSON)
    _field(layer, "label", ogr.OFTString)
    _field(layer, "note", ogr.OFTString)
    for fid in (1, 2):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(fid)
        feature.SetField("flag", 1)
        feature.SetField("big", BIG)
        feature.SetField("day", 2024, 5, 1, 0, 0, 0, 0)
        feature.SetField("stamp", 2024, 5, 1, 10, 20, 30.123, 100 if fid == 1 else 108)  # UTC, +02:00
        feature.SetFieldBinaryFromHexString("blob", "0001ff6869")
        feature.SetField("doc", '{"a": [1, 2], "b": "x"}')
        feature.SetField("label", "")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT Z (2600000.123456789 1200000.987654321 {fid}.5)"))
        layer.CreateFeature(feature)
    ds = None
    return f"{path}|layername=things"


def _shapefile(path: Path) -> str:
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
    layer = ds.CreateLayer("things", _srs(), ogr.wkbPolygon)
    _field(layer, "fid", ogr.OFTInteger)
    _field(layer, "day", ogr.OFTDate)
    _field(layer, "big", ogr.OFTInteger64, width=18)
    _field(layer, "label", ogr.OFTString, width=20)
    for fid in (1, 2):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("fid", fid)
        feature.SetField("day", 2024, 5, 1, 0, 0, 0, 0)
        feature.SetField("big", 10 ** 17 + fid)
        feature.SetField("label", "")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            "MULTIPOLYGON (((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))" if fid == 1 else "POLYGON ((0 0,2 0,2 2,0 0))"))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def _postgis(database) -> str:
    database.execute("CREATE EXTENSION IF NOT EXISTS hstore")
    database.execute(
        "CREATE TABLE things (id serial PRIMARY KEY, flag boolean, big int8, day date, clock time, stamp timestamp,"
        " stampz timestamptz, blob bytea, doc jsonb, tags text[], nums int[], kv hstore, label text, note text,"
        " geom geometry(MultiPolygonZ, 3857))")
    for _ in (1, 2):
        database.execute(
            "INSERT INTO things (flag, big, day, clock, stamp, stampz, blob, doc, tags, nums, kv, label, geom) VALUES"
            " (true, %s, '2024-05-01', '10:20:30.123456', '2024-05-01 10:20:30.123456',"
            " '2024-05-01 10:20:30.123456+02', '\\x0001ff6869', '{\"a\": [1, 2]}', ARRAY['a', 'b \"q\"'],"
            " ARRAY[1, 2], 'k=>v, n=>NULL', '',"
            " ST_GeomFromText('MULTIPOLYGON Z (((0 0 1,1 0 1,1 1 1,0 0 1)))', 3857))", (BIG,))
    return database.layer_uri("things")


def _project(tmp_path: Path, data_dir: Path, uri: str, provider: str, read: Callable) -> tuple:
    layer = QgsVectorLayer(uri, "things", provider)
    assert layer.isValid(), uri
    project = QgsProject()
    project.addMapLayer(layer)
    path = tmp_path / "things.qgs"
    assert project.write(str(path))
    return project, layer, LayerProject("qfield", path, layer.id(), read, data_dir / "jobs.sqlite")


def _features(layer: QgsVectorLayer, key: str) -> Dict[int, QgsFeature]:
    return {int(f[key]): QgsFeature(f) for f in layer.getFeatures()}


def _edit(feature: QgsFeature, **values) -> QgsFeature:
    edited = QgsFeature(feature)
    for name, value in values.items():
        if name == "geometry":
            edited.setGeometry(QgsGeometry.fromWkt(value))
        else:
            edited.setAttribute(name, value)
    return edited


def _ogr_rows(connection: str, layer_name: str, key: str) -> Callable:
    def read() -> Dict[str, dict]:
        ds = ogr.Open(connection)
        layer = ds.GetLayerByName(layer_name)
        rows = {}
        for feature in layer:
            pk = str(feature.GetFID()) if key == "FID" else str(feature.GetField(key))
            geometry = feature.GetGeometryRef()
            rows[pk] = {**feature.items(), "geometry": geometry.ExportToIsoWkt() if geometry else None}
        return rows
    return read


def _apply(lp: LayerProject, tmp_path: Path, deltas: list, name: str, **params) -> dict:
    return run_job(lp, deltafile(tmp_path / f"{name}.json", deltas), **params)


def _office_conflicts(lp: LayerProject, tmp_path: Path, pk: int, office_changes: Callable[[], None]) -> set:
    """QField deletes feature ``pk`` as QGIS reads it now (no conflict); after the office changed it: what conflicts."""
    project = QgsProject()
    assert project.read(str(lp.project))
    layer = project.mapLayer(lp.layer_id)
    feature = next(f for f in layer.getFeatures() if f.id() == pk or f.attribute(0) == pk)
    deleted = qf.delete(layer, QgsFeature(feature), pk)
    del layer, project
    assert statuses(_apply(lp, tmp_path, [deleted], "as-read", dry_run=True)) == ["status_applied"]
    office_changes()
    feedback = _apply(lp, tmp_path, [dict(deleted, uuid="aaaaaaaa-0000-0000-0000-0000000000ff")], "office")
    assert statuses(feedback) == ["status_conflict"]
    found = feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["conflicts"]
    return {c.split('"')[1] if c.startswith("attribute") else "geometry" for c in found}


GPKG_EDIT = dict(flag=False, big=BIG + 6, day=QDate(2024, 6, 2), label="changed", note="",
                 doc={"a": [3]}, stamp=QDateTime(QDate(2024, 5, 1), QTime(11, 0, 0, 5)),
                 geometry="PointZ (2600001.5 1200001.25 7)")


def test_geopackage_every_type_applies_and_office_change_conflicts(qgis_app, tmp_path, data_dir):
    uri = _gpkg(tmp_path / "things.gpkg")
    read = _ogr_rows(str(tmp_path / "things.gpkg"), "things", "FID")
    project, layer, lp = _project(tmp_path, data_dir, uri, "ogr", read)
    features = _features(layer, "fid")
    patch = qf.patch(layer, features[1], _edit(features[1], **GPKG_EDIT), 1)
    # QGIS's own spelling ("PointZ (" on 3.22, "Point Z (" on 3.40), which OGR cannot read as is
    assert patch["old"]["geometry"].startswith(("PointZ (", "Point Z ("))
    assert patch["old"]["attributes"]["big"] == BIG and patch["old"]["attributes"]["note"] is None
    deleted = qf.delete(layer, features[2], 2)
    del layer, project

    conflicting = dict(patch, uuid="aaaaaaaa-0000-0000-0000-000000000001")
    _office_sets(tmp_path / "things.gpkg", "label", "office")
    feedback = _apply(lp, tmp_path, [conflicting], "conflict")
    assert statuses(feedback) == ["status_conflict"]
    assert any('"label"' in c for c in feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["conflicts"])
    _office_sets(tmp_path / "things.gpkg", "label", "")

    feedback = _apply(lp, tmp_path, [patch, deleted], "apply")
    assert statuses(feedback) == ["status_applied", "status_applied"], feedback["outputs"]["apply_deltas"]
    rows = read()
    assert set(rows) == {"1"}
    row = rows["1"]
    assert (row["flag"], row["big"], row["label"], row["note"]) == (0, BIG + 6, "changed", "")
    assert row["day"] == "2024/06/02" and row["stamp"].startswith("2024/05/01 11:00:00.005")
    assert row["geometry"] == "POINT Z (2600001.5 1200001.25 7)"

    def office_changes_every_field() -> None:
        ds = ogr.Open(str(tmp_path / "things.gpkg"), 1)
        things = ds.GetLayer(0)
        feature = things.GetFeature(1)
        for name, value in (("flag", 1), ("big", 1), ("label", "office"), ("note", "office"), ("doc", '{"z": 1}')):
            feature.SetField(name, value)
        feature.SetField("day", 2000, 1, 1, 0, 0, 0, 0)
        feature.SetField("stamp", 2024, 5, 1, 11, 0, 0.105, 100)  # 100 milliseconds later
        feature.SetFieldBinaryFromHexString("blob", "01")
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT Z (2600001.5 1200001.25 8)"))
        things.SetFeature(feature)
        ds = None
    assert _office_conflicts(lp, tmp_path, 1, office_changes_every_field) == {
        "flag", "big", "label", "note", "doc", "day", "stamp", "blob", "geometry"}


def _office_sets(path: Path, name: str, value) -> None:
    ds = ogr.Open(str(path), 1)
    layer = ds.GetLayer(0)
    feature = layer.GetFeature(1)
    feature.SetField(name, value)
    layer.SetFeature(feature)
    ds = None


def test_postgis_every_type_applies_microseconds_and_maps_are_no_conflict(qgis_app, tmp_path, data_dir, postgis_db):
    uri = _postgis(postgis_db)
    read = _ogr_rows(f"PG:{postgis_db.dsn()}", "things", "FID")
    project, layer, lp = _project(tmp_path, data_dir, uri, "postgres", read)
    features = _features(layer, "id")
    edited = _edit(features[1], flag=False, big=BIG + 6, label="changed", note="", tags=["c"], nums=[3, 4],
                   kv={"k": "w"}, doc={"b": 1}, clock=QTime(8, 0, 0, 1), day=QDate(2025, 1, 2),
                   stamp=QDateTime(QDate(2024, 5, 2), QTime(9, 0)),
                   geometry="MultiPolygonZ (((0 0 2, 2 0 2, 2 2 2, 0 0 2)))")
    patch = qf.patch(layer, features[1], edited, 1)
    old = patch["old"]["attributes"]
    assert old["clock"] == "10:20:30.123" and old["stamp"].startswith("2024-05-01T10:20:30.123")
    assert old["tags"] == ["a", 'b "q"'] and old["kv"]["k"] == "v"
    assert old["kv"]["n"] in (None, "NULL")  # QGIS 3.22 reads an hstore NULL as the text "NULL"
    deleted = qf.delete(layer, features[2], 2)
    assert deleted["old"]["attributes"]["stampz"].startswith("2024-05-01T")
    del layer, project

    feedback = _apply(lp, tmp_path, [patch, deleted], "apply")
    assert statuses(feedback) == ["status_applied", "status_applied"], feedback["outputs"]["apply_deltas"]
    values = postgis_db.execute("SELECT flag, big, label, note, tags, nums, kv::text, doc::text, clock::text,"
                                " day::text, ST_AsText(geom) FROM things")
    assert values == [(False, BIG + 6, "changed", "", ["c"], [3, 4], '"k"=>"w"', '{"b": 1}', "08:00:00.001",
                       "2025-01-02", "MULTIPOLYGON Z (((0 0 2,2 0 2,2 2 2,0 0 2)))")]

    postgis_db.execute("UPDATE things SET kv = 'k=>office'")  # the office changes the map meanwhile
    reverse = dict(patch, uuid="aaaaaaaa-0000-0000-0000-000000000002", old=patch["new"], new=patch["old"])
    feedback = _apply(lp, tmp_path, [reverse], "conflict")
    assert statuses(feedback) == ["status_conflict"]
    conflicts = feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["conflicts"]
    assert len(conflicts) == 1 and conflicts[0].startswith('attribute "kv"'), conflicts  # the rest reads back as written

    changes = {"flag": "true", "big": "1", "day": "'2000-01-01'", "clock": "'08:00:00.002'",
               "stamp": "'2024-05-02 09:00:01'", "stampz": "stampz + interval '1 hour'", "blob": "'\\x01'",
               "doc": "'{\"z\": 1}'", "tags": "'{z}'", "nums": "'{9}'", "kv": "'z=>1'", "label": "'office'",
               "note": "'office'", "geom": "ST_Translate(geom, 0, 0.001)"}
    office = lambda: postgis_db.execute(  # noqa: E731
        "UPDATE things SET " + ", ".join(f"{k} = {v}" for k, v in changes.items()))
    assert _office_conflicts(lp, tmp_path, 1, office) == (set(changes) - {"geom"}) | {"geometry"}


def test_shapefile_multipart_and_dates_apply(qgis_app, tmp_path, data_dir):
    path = _shapefile(tmp_path / "things.shp")
    read = _ogr_rows(path, "things", "fid")
    project, layer, lp = _project(tmp_path, data_dir, path, "ogr", read)
    features = _features(layer, "fid")
    patch = qf.patch(layer, features[1], _edit(features[1], label="changed", day=QDate(2025, 2, 3), big=10 ** 17 + 9,
                                              geometry="MultiPolygon (((0 0, 3 0, 3 3, 0 0)),((5 5, 7 5, 7 7, 5 5)))"), 1)
    assert patch["old"]["geometry"].startswith("MultiPolygon (((0 0")
    deleted = qf.delete(layer, features[2], 2)
    del layer, project
    feedback = _apply(lp, tmp_path, [patch, deleted], "apply")
    assert statuses(feedback) == ["status_applied", "status_applied"], feedback["outputs"]["apply_deltas"]
    rows = read()
    assert set(rows) == {"1"}
    assert (rows["1"]["label"], rows["1"]["day"], rows["1"]["big"]) == ("changed", "2025/02/03", 10 ** 17 + 9)
    stored = ogr.CreateGeometryFromWkt(rows["1"]["geometry"])  # the Shapefile writer turns the rings clockwise
    wanted = ogr.CreateGeometryFromWkt("MULTIPOLYGON (((0 0,3 0,3 3,0 0)),((5 5,7 5,7 7,5 5)))")
    assert stored.GetGeometryCount() == 2 and stored.SymDifference(wanted).Area() < 1e-9

    def office_changes_every_field() -> None:
        ds = ogr.Open(path, 1)
        things = ds.GetLayer(0)
        feature = things.GetFeature(0)
        feature.SetField("label", "office")
        feature.SetField("big", 10 ** 17 + 8)
        feature.SetField("day", 2025, 2, 4, 0, 0, 0, 0)
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((0 0,3 0,3 3,0 0))"))
        things.SetFeature(feature)
        ds = None
    assert _office_conflicts(lp, tmp_path, 1, office_changes_every_field) == {"label", "big", "day", "geometry"}


@pytest.mark.parametrize("stored, written", [(BIG, qf.qt5_integer(BIG)), (-(2 ** 60) - 3, qf.qt5_integer(-(2 ** 60) - 3))])
def test_qt5_spelling_of_big_integers_is_no_conflict_but_a_change_is(stored, written):
    from qfieldsync_plus.core.deltas.values import values_equal

    defn = ogr.FieldDefn("big", ogr.OFTInteger64)
    assert written != stored and values_equal(stored, written, defn)
    assert values_equal(stored, stored, defn)
    assert not values_equal(stored, stored + 1, defn)  # Qt 6 writes exactly: one apart is a change
    assert not values_equal(2 ** 40, 2 ** 40 + 1, defn)
