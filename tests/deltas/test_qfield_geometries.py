"""Geometries and dated values in every spelling QGIS/QField writes, on real GeoPackage layers.

Geometry WKT comes from QGIS's own ``asWkt()`` (tests/fixtures/qfield_deltas.py), so each delta
carries the spelling QField sends: ``PointZ (…)``, ``LineStringM (…)``, ``CurvePolygon (…)``,
``… EMPTY``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

from qfieldsync_plus.core.deltas import geometry as geom
from qfieldsync_plus.core.deltas.values import values_equal
from tests.deltas.conftest import LayerProject, deltafile, run_job, statuses
from tests.fixtures import qfield_deltas as qf

LAYERS = {  # name: (OGR type, stored WKT)
    "curvy": (ogr.wkbCurvePolygon, "CURVEPOLYGON (COMPOUNDCURVE ((0 0,4 0),CIRCULARSTRING (4 0,2 2,0 0)))"),
    "measured": (ogr.wkbLineStringM, "LINESTRING M (0 0 5,1 1 6)"),
    "flat": (ogr.wkbMultiPolygon, "MULTIPOLYGON (((0 0,1 0,1 1,0 0)))"),
    "high": (ogr.wkbPointZM, "POINT ZM (1 2 3 4)"),
}


@pytest.mark.parametrize("spelling, iso", [
    ("PointZ (1 2 3)", "POINT Z (1 2 3)"),
    ("pointz(1 2 3)", "POINT Z (1 2 3)"),
    ("POINT Z (1 2 3)", "POINT Z (1 2 3)"),
    ("PointM (1 2 3)", "POINT M (1 2 3)"),
    ("MultiPolygonZM (((0 0 1 2, 1 0 1 2, 1 1 1 2, 0 0 1 2)))", "MULTIPOLYGON ZM (((0 0 1 2,1 0 1 2,1 1 1 2,0 0 1 2)))"),
    ("MultiPointZ ((1 2 3),(4 5 6))", "MULTIPOINT Z ((1 2 3),(4 5 6))"),
    ("CircularStringZ (0 0 1, 1 1 1, 2 0 1)", "CIRCULARSTRING Z (0 0 1,1 1 1,2 0 1)"),
    ("CompoundCurveM ((0 0 1, 1 1 1),CircularStringM (1 1 1, 2 0 1, 3 1 1))",
     "COMPOUNDCURVE M ((0 0 1,1 1 1),CIRCULARSTRING M (1 1 1,2 0 1,3 1 1))"),
    ("MultiSurfaceZ (CurvePolygonZ ((0 0 1, 1 1 1, 1 0 1, 0 0 1)))", "MULTISURFACE Z (CURVEPOLYGON Z ((0 0 1,1 1 1,1 0 1,0 0 1)))"),
    ("PointZ EMPTY", "POINT Z EMPTY"),
    ("multilinestringzm empty", "MULTILINESTRING ZM EMPTY"),
    ("PointZ (2600000.12345678894780576 1200000 nan)", "POINT Z (2600000.12345679 1200000.0 0)"),
])
def test_every_wkt_spelling_qgis_writes_is_read(spelling, iso):
    assert geom.parse_wkt(spelling).ExportToIsoWkt() == iso


def test_within_a_dimension_geometries_fit_the_layer_as_qgis_converts_them():
    fit = lambda wkt, kind: geom.fit_to_layer(geom.parse_wkt(wkt), kind).ExportToIsoWkt()  # noqa: E731
    assert fit("MultiCurve (CompoundCurve ((0 0, 1 1)))", ogr.wkbLineString) == "LINESTRING (0 0,1 1)"
    assert fit("LineString (0 0, 1 1)", ogr.wkbCompoundCurveZ) == "COMPOUNDCURVE Z ((0 0 0,1 1 0))"
    assert fit("PolygonZ ((0 0 1, 1 1 1, 1 0 1, 0 0 1))", ogr.wkbMultiSurface) == "MULTISURFACE (((0 0,1 1,1 0,0 0)))"
    with pytest.raises(geom.GeometryError, match="cannot be stored in a Point layer"):
        fit("CircularString (0 0, 1 1, 2 0)", ogr.wkbPoint)
    one_part = geom.parse_wkt("MultiPolygon (((0 0, 1 0, 1 1, 0 0)))")
    assert geom.geometries_equal(one_part, geom.parse_wkt("Polygon ((0 0, 1 0, 1 1, 0 0))"))
    assert not geom.geometries_equal(one_part, geom.parse_wkt("Polygon ((0 0, 1 0, 1 2, 0 0))"))


def test_old_geometry_is_compared_in_the_dimensions_it_has():
    stored = geom.parse_wkt("POINT ZM (1 2 3 4)")
    assert geom.geometries_equal(stored, geom.parse_wkt("Point (1 2)"))  # QField's layer was 2D
    assert geom.geometries_equal(stored, geom.parse_wkt("PointZ (1 2 3)"))
    assert not geom.geometries_equal(stored, geom.parse_wkt("PointZ (1 2 5)"))
    assert not geom.geometries_equal(stored, geom.parse_wkt("Point (1 2.5)"))
    assert geom.geometries_equal(geom.parse_wkt("Point (1 2)"), geom.parse_wkt("PointM (1 2 9)"))


def test_bytes_qt_could_not_write_as_text_are_refused_not_stored_changed():
    from qfieldsync_plus.core.deltas.values import ValueError_, write_value

    defn = ogr.FieldDefn("blob", ogr.OFTBinary)
    feature_defn = ogr.FeatureDefn()
    feature_defn.AddFieldDefn(defn)
    feature = ogr.Feature(feature_defn)
    with pytest.raises(ValueError_, match="replaced characters"):
        write_value(feature, 0, defn, "\x00\ufffdhi")
    assert not feature.IsFieldSet(0)
    write_value(feature, 0, defn, "aGVsbG8=")
    assert bytes(feature.GetFieldAsBinary(0)) == b"hello"


def _layers(path: Path) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    for name, (kind, wkt) in LAYERS.items():
        layer = ds.CreateLayer(name, srs, kind, ["FID=fid"])
        layer.CreateField(ogr.FieldDefn("label", ogr.OFTString))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("label", "x")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None


def test_curves_measures_and_dimensions_as_qfield_sends_them(qgis_app, tmp_path, data_dir):
    path = tmp_path / "shapes.gpkg"
    _layers(path)
    project = QgsProject()
    layers = {name: QgsVectorLayer(f"{path}|layername={name}", name, "ogr") for name in LAYERS}
    for layer in layers.values():
        assert layer.isValid()
        project.addMapLayer(layer)
    assert project.write(str(tmp_path / "shapes.qgs"))
    lp = LayerProject("gpkg", tmp_path / "shapes.qgs", "", lambda: {}, data_dir / "jobs.sqlite")
    new_geometries = {  # what the field user digitised: linear on a curve layer, 2D on an M layer, Z on 2D
        "curvy": "CurvePolygon (CompoundCurve ((0 0, 6 0),CircularString (6 0, 3 3, 0 0)))",
        "measured": "LineString (0 0, 2 2)",
        "flat": "PolygonZ ((0 0 9, 2 0 9, 2 2 9, 0 0 9))",
        "high": "Point (7 8)",
    }
    deltas = []
    for name, layer in layers.items():
        old = next(layer.getFeatures())
        new = QgsFeature(old)
        new.setGeometry(QgsGeometry.fromWkt(new_geometries[name]))
        deltas.append(qf.patch(layer, QgsFeature(old), new, old.id()))
    created = QgsFeature(layers["high"].fields())
    created.setAttributes([None, "nan z"])
    created.setGeometry(QgsGeometry.fromWkt("PointZM (1 2 3 4)"))
    create = qf.create(layers["high"], created, 99)
    create["new"]["geometry"] = "PointZM (1 2 nan nan)"  # a position without altitude: QGIS writes nan
    deltas.append(create)
    spelled = [d["old"].get("geometry") for d in deltas[:4]]
    # QGIS 3.22 writes "LineStringM (", QGIS 3.40 "LineString M ("
    assert spelled[0].startswith("CurvePolygon (") and spelled[1].startswith(("LineStringM (", "LineString M ("))
    assert spelled[3].startswith(("PointZM (", "Point ZM ("))
    del layers, project

    feedback = run_job(lp, deltafile(tmp_path / "shapes.json", deltas))
    assert statuses(feedback) == ["status_applied"] * 5, feedback["outputs"]["apply_deltas"]
    ds = ogr.Open(str(path))
    stored = {name: [f.GetGeometryRef().ExportToIsoWkt() for f in ds.GetLayerByName(name)] for name in LAYERS}
    assert stored["curvy"] == ["CURVEPOLYGON (COMPOUNDCURVE ((0 0,6 0),CIRCULARSTRING (6 0,3 3,0 0)))"]
    assert stored["measured"] == ["LINESTRING M (0 0 0,2 2 0)"]
    assert stored["flat"] == ["MULTIPOLYGON (((0 0,2 0,2 2,0 0)))"]
    assert stored["high"] == ["POINT ZM (7 8 0 0)", "POINT ZM (1 2 0 0)"]


def field(kind):
    return ogr.FieldDefn("f", kind)


UTC, PLUS2 = timezone.utc, timezone(timedelta(hours=2))


@pytest.mark.parametrize("current, written, kind, equal", [
    # QField writes ISODateWithMs: a stored value with microseconds is the same value
    (datetime(2024, 5, 1, 10, 20, 30, 123456, UTC), "2024-05-01T10:20:30.123Z", ogr.OFTDateTime, True),
    (datetime(2024, 5, 1, 10, 20, 30, 123600, UTC), "2024-05-01T10:20:30.124Z", ogr.OFTDateTime, True),
    (datetime(2024, 5, 1, 10, 20, 30, 123456, UTC), "2024-05-01T10:20:30.125Z", ogr.OFTDateTime, False),
    (datetime(2024, 5, 1, 10, 20, 30, 123600, UTC), "2024-05-01T10:20:30.123Z", ogr.OFTDateTime, True),
    # .123 arrives from OGR as 30.122999 (a 32-bit float): QGIS cuts that to .122, QGIS 3.40 may say .123
    (datetime(2024, 5, 1, 10, 20, 30, 122999, UTC), "2024-05-01T10:20:30.122Z", ogr.OFTDateTime, True),
    (datetime(2024, 5, 1, 10, 20, 30, 122999, UTC), "2024-05-01T10:20:30.123Z", ogr.OFTDateTime, True),
    (datetime(2024, 5, 1, 10, 20, 30, 122999, UTC), "2024-05-01T10:20:30.121Z", ogr.OFTDateTime, False),
    (datetime(2024, 5, 1, 10, 20, 31, 0, UTC), "2024-05-01T10:20:30.000Z", ogr.OFTDateTime, False),
    (datetime(2024, 5, 1, 10, 20, 30, 123456, UTC), "2024-05-01T10:20:30.123456Z", ogr.OFTDateTime, True),
    (datetime(2024, 5, 1, 10, 20, 30, 123456, UTC), "2024-05-01T10:20:30.123556Z", ogr.OFTDateTime, False),
    # with a zone on both sides: instants; QGIS 3.22 reads a zoned value without its zone: wall clock
    (datetime(2024, 5, 1, 10, 20, 30, 0, PLUS2), "2024-05-01T08:20:30.000Z", ogr.OFTDateTime, True),
    (datetime(2024, 5, 1, 10, 20, 30, 0, PLUS2), "2024-05-01T10:20:30.000", ogr.OFTDateTime, True),
    (datetime(2024, 5, 1, 10, 20, 30, 0, PLUS2), "2024-05-01T10:20:30.000Z", ogr.OFTDateTime, False),
    (time(10, 20, 30, 123456), "10:20:30.123", ogr.OFTTime, True),
    (time(10, 20, 30, 123456), "10:20:30.120", ogr.OFTTime, False),
    (date(2024, 5, 1), "2024-05-01", ogr.OFTDate, True),
    (float("nan"), None, ogr.OFTReal, True),  # Qt writes NaN as null
    (1.5, None, ogr.OFTReal, False),
    (True, True, ogr.OFTInteger, True),
    (True, False, ogr.OFTInteger, False),
    (b"\x00\xffhi", "\x00\ufffdhi", ogr.OFTBinary, True),  # Qt's QString::fromUtf8 of the bytes
    (["a", "b"], ["a", "b"], ogr.OFTStringList, True),
    (["a", "b"], ["b", "a"], ogr.OFTStringList, False),
    ([1, 2], [1, 2], ogr.OFTIntegerList, True),
    ('"k"=>"v", "n"=>NULL', {"k": "v", "n": None}, ogr.OFTString, True),
    ('"k"=>"v"', {"k": "w"}, ogr.OFTString, False),
    ("", None, ogr.OFTString, False),
])
def test_values_as_qfield_writes_them(current, written, kind, equal):
    assert values_equal(current, written, field(kind)) is equal


def test_deltafile_keeps_integers_beyond_2_53_exact(tmp_path):
    from qfieldsync_plus.core.deltas.deltafile import load_deltafile

    text = ('{"version": "1.0", "project": "p", "id": "i", "files": [], "deltas": [{"uuid": "u", "clientId": "c",'
            ' "exportId": "e", "localPk": "1", "sourcePk": "1", "localLayerId": "l", "sourceLayerId": "l",'
            ' "method": "patch", "old": {"attributes": {"big": 4611686018427387905}},'
            ' "new": {"attributes": {"big": 4611686018427387911}}}]}')
    (tmp_path / "d.json").write_text(text, encoding="utf-8")
    delta = load_deltafile(tmp_path / "d.json").deltas[0]
    assert delta["old"]["attributes"]["big"] == 2 ** 62 + 1 and isinstance(delta["new"]["attributes"]["big"], int)
