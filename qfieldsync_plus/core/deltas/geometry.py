"""Geometry from a delta's WKT, made to fit the target layer, and geometry comparison.

Edge cases, each explicit:
- every spelling QGIS's ``asWkt()`` writes: ``PointZ (1 2 3)``, ``MultiPolygonZM (...)``,
  ``CompoundCurveZ``, ``Point EMPTY``, any case, with or without a space before ``Z``/``M``
  (OGR reads only ``POINT Z``: the dimension suffix is split off first).
- ``None`` or ``""`` → no geometry (NULL).
- ``nan`` X/Y in every vertex (QField's "no position", e.g. ``POINT (nan nan)``) → NULL;
  ``nan`` X/Y in some vertices only → error; ``nan`` Z or M → 0.
- 2D geometry on a Z/M layer → Z/M added (0); Z/M geometry on a 2D layer → dropped.
- as QGIS converts a geometry to its provider's type (QFieldCloud writes through QGIS): single
  geometry on a multi layer → promoted; a one-part multi on a single layer → its part; curves on a
  linear layer → linearised, linear geometries on a curve layer → curve types; more parts, or
  another dimension (point, line, polygon) → error (also for an empty geometry, such as
  ``GEOMETRYCOLLECTION EMPTY`` on a Point layer).
- a non-spatial layer ignores the geometry (reported in the delta's message).
"""

from __future__ import annotations

import math
import re
from typing import List, Optional

from osgeo import ogr

from ..i18n import tr

NAN_TOKEN = re.compile(r"\bnan\b", re.IGNORECASE)
COORDINATE_RUN = re.compile(r"(?<=[(,])([^(),]*)(?=[),])")
TOLERANCE = 1e-9
GEOMETRY_NAMES = ("GeometryCollection", "MultiLineString", "MultiPolygon", "MultiPoint", "MultiCurve",
                  "MultiSurface", "CircularString", "CompoundCurve", "CurvePolygon", "PolyhedralSurface",
                  "LineString", "Polygon", "Triangle", "Point", "TIN")
DIMENSION_SUFFIX = re.compile(r"\b(" + "|".join(GEOMETRY_NAMES) + r")(ZM|Z|M)(?=\s*[(E]|\s*$)", re.IGNORECASE)
FAMILIES = {ogr.wkbPoint: 0, ogr.wkbMultiPoint: 0,
            ogr.wkbLineString: 1, ogr.wkbMultiLineString: 1, ogr.wkbCircularString: 1, ogr.wkbCompoundCurve: 1,
            ogr.wkbMultiCurve: 1,
            ogr.wkbPolygon: 2, ogr.wkbMultiPolygon: 2, ogr.wkbCurvePolygon: 2, ogr.wkbMultiSurface: 2}
MULTI_TYPES = (ogr.wkbMultiPoint, ogr.wkbMultiLineString, ogr.wkbMultiPolygon, ogr.wkbMultiCurve, ogr.wkbMultiSurface)


class GeometryError(Exception):
    """A delta geometry that cannot be written to the layer."""


def _replace_nan(wkt: str) -> Optional[str]:
    """``wkt`` with NaN Z/M set to 0; None when every X/Y is NaN; raise if only some are."""
    vertices = nan_xy = 0

    def fix(match: "re.Match[str]") -> str:
        nonlocal vertices, nan_xy
        values = match.group(1).split()
        if not values:
            return match.group(1)
        vertices += 1
        if any(NAN_TOKEN.fullmatch(v) for v in values[:2]):
            nan_xy += 1
        return " ".join(values[:2] + ["0" if NAN_TOKEN.fullmatch(v) else v for v in values[2:]])

    fixed = COORDINATE_RUN.sub(fix, wkt)
    if nan_xy and nan_xy == vertices:
        return None
    if nan_xy:
        raise GeometryError(tr("the geometry has NaN X/Y coordinates in {count} of {total} vertices").format(
            count=nan_xy, total=vertices))
    return fixed


def parse_wkt(wkt: Optional[str]) -> Optional[ogr.Geometry]:
    """The OGR geometry of a delta's WKT; None for no geometry."""
    if wkt is None:
        return None
    if not isinstance(wkt, str):
        raise GeometryError(tr("the geometry must be WKT text or null, not {value!r}").format(value=wkt))
    text = wkt.strip()
    if not text:
        return None
    text = DIMENSION_SUFFIX.sub(r"\1 \2", text)
    if NAN_TOKEN.search(text):
        text = _replace_nan(text)
        if text is None:
            return None
    geometry = ogr.CreateGeometryFromWkt(text)
    if geometry is None:
        raise GeometryError(tr("the geometry is not valid WKT: {wkt}").format(wkt=_short(wkt)))
    return geometry


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def fit_to_layer(geometry: Optional[ogr.Geometry], layer_type: int, dimensions: bool = True) -> Optional[ogr.Geometry]:
    """``geometry`` converted to the layer's geometry type (single/multi, curves and, unless not
    ``dimensions``, Z and M: added as 0 or dropped)."""
    if geometry is None or layer_type in (ogr.wkbUnknown,):
        return geometry
    target_flat = ogr.GT_Flatten(layer_type)
    source_flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if geometry.IsEmpty():
        if target_flat not in (source_flat, ogr.GT_GetCollection(source_flat)) and \
                ogr.GT_GetCollection(target_flat) != source_flat:
            raise GeometryError(tr("an empty {source} cannot be stored in a {target} layer").format(
                source=ogr.GeometryTypeToName(source_flat), target=ogr.GeometryTypeToName(target_flat)))
        geometry = ogr.Geometry(target_flat)
    elif target_flat != source_flat:
        geometry = _fit_family(geometry, source_flat, target_flat)
    if not dimensions:
        return geometry
    geometry.Set3D(ogr.GT_HasZ(layer_type))
    geometry.SetMeasured(ogr.GT_HasM(layer_type))
    return geometry


def _fit_family(geometry: ogr.Geometry, source: int, target: int) -> ogr.Geometry:
    """Convert between types of one dimension (point, line, polygon) as QGIS does for its providers."""
    if FAMILIES.get(source) is None or FAMILIES.get(source) != FAMILIES.get(target):
        raise GeometryError(tr("a {source} cannot be stored in a {target} layer").format(
            source=ogr.GeometryTypeToName(source), target=ogr.GeometryTypeToName(target)))
    if source in MULTI_TYPES and target not in MULTI_TYPES:
        if geometry.GetGeometryCount() != 1:
            raise GeometryError(tr("a {source} with {count} parts cannot be stored in a {target} layer").format(
                source=ogr.GeometryTypeToName(source), count=geometry.GetGeometryCount(),
                target=ogr.GeometryTypeToName(target)))
        geometry = geometry.GetGeometryRef(0).Clone()
        source = ogr.GT_Flatten(geometry.GetGeometryType())
        if source == target:
            return geometry
    converted = ogr.ForceTo(geometry, target)
    if converted is None or ogr.GT_Flatten(converted.GetGeometryType()) != target:
        raise GeometryError(tr("a {source} cannot be stored in a {target} layer").format(
            source=ogr.GeometryTypeToName(source), target=ogr.GeometryTypeToName(target)))
    return converted


def _coordinates(geometry: ogr.Geometry) -> List[float]:
    values: List[float] = []
    count = geometry.GetGeometryCount()
    if count:
        for index in range(count):
            values += _coordinates(geometry.GetGeometryRef(index))
        return values
    for point in geometry.GetPoints() or []:
        values += list(point)
    return values


def _one_part(geometry: ogr.Geometry) -> ogr.Geometry:
    """A one-part multi geometry as its part (a Shapefile stores both alike); others unchanged."""
    if ogr.GT_Flatten(geometry.GetGeometryType()) in MULTI_TYPES and geometry.GetGeometryCount() == 1:
        return geometry.GetGeometryRef(0)
    return geometry


def _shared_dimensions(current: ogr.Geometry, expected: ogr.Geometry) -> tuple:
    """Both geometries with only the dimensions both have (a 2D old geometry says nothing about Z)."""
    z, m = current.Is3D() and expected.Is3D(), current.IsMeasured() and expected.IsMeasured()
    if (z, m) == (current.Is3D(), current.IsMeasured()) == (expected.Is3D(), expected.IsMeasured()):
        return current, expected
    current, expected = current.Clone(), expected.Clone()
    for geometry in (current, expected):
        geometry.Set3D(z)
        geometry.SetMeasured(m)
    return current, expected


def geometries_equal(current: Optional[ogr.Geometry], expected: Optional[ogr.Geometry]) -> bool:
    """Same geometry type (a one-part multi equals its part) and vertices within the tolerance, in the
    dimensions both have (X/Y always, Z and M when both carry them); NULL equals empty.

    The tolerance (relative 1e-9, at least 1e-9) is far above the rounding of QGIS's ``asWkt()``
    (17 decimals) that QField writes, and far below any edit.
    """
    current_empty = current is None or current.IsEmpty()
    expected_empty = expected is None or expected.IsEmpty()
    if current_empty or expected_empty:
        return current_empty and expected_empty
    current, expected = _shared_dimensions(current, expected)
    if ogr.GT_Flatten(current.GetGeometryType()) != ogr.GT_Flatten(expected.GetGeometryType()):
        current, expected = _one_part(current), _one_part(expected)
        if ogr.GT_Flatten(current.GetGeometryType()) != ogr.GT_Flatten(expected.GetGeometryType()):
            return False
    left, right = _coordinates(current), _coordinates(expected)
    if len(left) != len(right):
        return False
    return all(abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b)) or (math.isnan(a) and math.isnan(b))
               for a, b in zip(left, right))


def show(geometry: Optional[ogr.Geometry]) -> str:
    """A geometry as shown in conflict messages."""
    return "NULL" if geometry is None else _short(geometry.ExportToIsoWkt())
