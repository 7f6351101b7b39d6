"""WKT edge cases and type-aware value comparison."""

from __future__ import annotations

import pytest
from osgeo import ogr

from qfieldsync_plus.core.deltas import geometry as geom
from qfieldsync_plus.core.deltas.values import values_equal


def wkt(geometry):
    return None if geometry is None else geometry.ExportToIsoWkt()


def test_empty_and_null_are_no_geometry():
    assert geom.parse_wkt(None) is None
    assert geom.parse_wkt("") is None
    assert geom.parse_wkt("   ") is None


def test_nan_everywhere_is_no_geometry_nan_z_becomes_zero_partial_nan_fails():
    assert geom.parse_wkt("POINT (nan nan)") is None
    assert geom.parse_wkt("Point (NaN NaN)") is None
    assert wkt(geom.parse_wkt("POINT Z (1 2 nan)")) == "POINT Z (1 2 0)"
    with pytest.raises(geom.GeometryError, match="1 of 2 vertices"):
        geom.parse_wkt("LINESTRING (1 2, nan nan)")


def test_invalid_wkt_is_a_clear_error():
    with pytest.raises(geom.GeometryError, match="not valid WKT"):
        geom.parse_wkt("POINT (1")


def test_2d_on_z_and_m_layers_and_z_on_2d_layer():
    assert wkt(geom.fit_to_layer(geom.parse_wkt("POINT (1 2)"), ogr.wkbPoint25D)) == "POINT Z (1 2 0)"
    assert wkt(geom.fit_to_layer(geom.parse_wkt("POINT (1 2)"), ogr.wkbPointZM)) == "POINT ZM (1 2 0 0)"
    assert wkt(geom.fit_to_layer(geom.parse_wkt("POINT Z (1 2 3)"), ogr.wkbPoint)) == "POINT (1 2)"


def test_single_and_multi():
    assert wkt(geom.fit_to_layer(geom.parse_wkt("POINT (1 2)"), ogr.wkbMultiPoint)) == "MULTIPOINT ((1 2))"
    assert wkt(geom.fit_to_layer(geom.parse_wkt("MULTIPOINT ((1 2))"), ogr.wkbPoint)) == "POINT (1 2)"
    with pytest.raises(geom.GeometryError, match="2 parts"):
        geom.fit_to_layer(geom.parse_wkt("MULTIPOINT ((1 2), (3 4))"), ogr.wkbPoint)
    with pytest.raises(geom.GeometryError, match="Line String cannot be stored in a Point layer"):
        geom.fit_to_layer(geom.parse_wkt("LINESTRING (1 2, 3 4)"), ogr.wkbPoint)


def test_geometry_comparison_tolerates_noise_not_changes():
    a = geom.parse_wkt("POINT (739000.1 5906000.2)")
    assert geom.geometries_equal(a, geom.parse_wkt("POINT (739000.1000000001 5906000.2)"))
    assert not geom.geometries_equal(a, geom.parse_wkt("POINT (739000.2 5906000.2)"))
    assert geom.geometries_equal(None, geom.parse_wkt("POINT EMPTY"))
    assert not geom.geometries_equal(None, a)


def field(kind, subtype=ogr.OFSTNone):
    defn = ogr.FieldDefn("f", kind)
    defn.SetSubType(subtype)
    return defn


@pytest.mark.parametrize("current, expected, kind, equal", [
    (5, 5.0, ogr.OFTInteger, True),
    (5, "5", ogr.OFTInteger, True),
    (5, 6, ogr.OFTInteger, False),
    (0.1 + 0.2, 0.3, ogr.OFTReal, True),
    ("12.50", 12.5, ogr.OFTString, True),
    ("abc", "abc", ogr.OFTString, True),
    ("abc", "abd", ogr.OFTString, False),
    (None, None, ogr.OFTString, True),
    (None, "", ogr.OFTString, False),
    ("", None, ogr.OFTString, False),
    (b"\x00\x01hi", "AAFoaQ==", ogr.OFTBinary, True),
    (b"hello", "hello", ogr.OFTBinary, True),
    (b"hello", "other", ogr.OFTBinary, False),
])
def test_values_equal(current, expected, kind, equal):
    assert values_equal(current, expected, field(kind)) is equal


def test_dates_and_datetimes_compare_as_instants():
    from datetime import date, datetime, timedelta, timezone

    stored = datetime(2024, 5, 1, 8, 0, tzinfo=timezone.utc)
    assert values_equal(stored, "2024-05-01T10:00:00+02:00", field(ogr.OFTDateTime))
    assert values_equal(stored, "2024-05-01T08:00:00.000Z", field(ogr.OFTDateTime))
    assert not values_equal(stored, "2024-05-01T08:00:01Z", field(ogr.OFTDateTime))
    assert values_equal(datetime(2024, 5, 1, 10, tzinfo=timezone(timedelta(hours=2))), "2024-05-01T08:00:00Z",
                        field(ogr.OFTDateTime))
    assert values_equal(date(2024, 5, 1), "2024-05-01", field(ogr.OFTDate))
    assert values_equal(date(2024, 5, 1), "2024-05-01T00:00:00", field(ogr.OFTDate))
    assert not values_equal(date(2024, 5, 1), "2024-05-02", field(ogr.OFTDate))


def test_booleans_and_json():
    assert values_equal(True, True, field(ogr.OFTInteger, ogr.OFSTBoolean))
    assert values_equal(True, 1, field(ogr.OFTInteger, ogr.OFSTBoolean))
    assert not values_equal(False, True, field(ogr.OFTInteger, ogr.OFSTBoolean))
    assert values_equal('{"a": [1, 2]}', {"a": [1, 2]}, field(ogr.OFTString, ogr.OFSTJSON))


def test_written_dates_keep_their_zone_and_naive_stays_naive():
    from qfieldsync_plus.core.deltas.values import read_value, write_value

    defn = ogr.FeatureDefn()
    for name, kind in (("d", ogr.OFTDate), ("t", ogr.OFTDateTime), ("n", ogr.OFTDateTime)):
        defn.AddFieldDefn(ogr.FieldDefn(name, kind))
    feature = ogr.Feature(defn)
    write_value(feature, 0, defn.GetFieldDefn(0), "2024-05-01")
    write_value(feature, 1, defn.GetFieldDefn(1), "2024-05-01T10:00:00+02:00")
    write_value(feature, 2, defn.GetFieldDefn(2), "2024-05-01T10:00:00")
    assert feature.GetFieldAsString(0) == "2024/05/01"
    assert feature.GetFieldAsString(1) == "2024/05/01 10:00:00+02"
    assert feature.GetFieldAsString(2) == "2024/05/01 10:00:00"
    assert read_value(feature, 1, defn.GetFieldDefn(1)).isoformat() == "2024-05-01T10:00:00+02:00"
