"""Geometry from a delta's WKT, made to fit the target layer, and geometry comparison.

Edge cases, each explicit:
- ``None`` or ``""`` → no geometry (NULL).
- ``nan`` X/Y in every vertex (QField's "no position", e.g. ``POINT (nan nan)``) → NULL;
  ``nan`` X/Y in some vertices only → error; ``nan`` Z or M → 0.
- 2D geometry on a Z/M layer → Z/M added (0); Z/M geometry on a 2D layer → dropped.
- single geometry on a multi layer → promoted; a one-part multi on a single layer → its part;
  more parts, or another geometry family → error (also for an empty geometry, such as
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


def fit_to_layer(geometry: Optional[ogr.Geometry], layer_type: int) -> Optional[ogr.Geometry]:
    """``geometry`` converted to the layer's geometry type (dimensions and single/multi)."""
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
    geometry.Set3D(ogr.GT_HasZ(layer_type))
    geometry.SetMeasured(ogr.GT_HasM(layer_type))
    return geometry


def _fit_family(geometry: ogr.Geometry, source: int, target: int) -> ogr.Geometry:
    if ogr.GT_GetCollection(source) == target:
        return ogr.ForceTo(geometry, target)
    if ogr.GT_GetCollection(target) == source:
        if geometry.GetGeometryCount() != 1:
            raise GeometryError(tr("a {source} with {count} parts cannot be stored in a {target} layer").format(
                source=ogr.GeometryTypeToName(source), count=geometry.GetGeometryCount(),
                target=ogr.GeometryTypeToName(target)))
        return geometry.GetGeometryRef(0).Clone()
    if target in (ogr.wkbMultiPolygon, ogr.wkbPolygon) and source in (ogr.wkbCurvePolygon, ogr.wkbMultiSurface):
        return ogr.ForceTo(geometry, target)
    if target in (ogr.wkbLineString, ogr.wkbMultiLineString) and source in (ogr.wkbCircularString,
                                                                            ogr.wkbCompoundCurve):
        return ogr.ForceTo(geometry, target)
    raise GeometryError(tr("a {source} cannot be stored in a {target} layer").format(
        source=ogr.GeometryTypeToName(source), target=ogr.GeometryTypeToName(target)))


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


def geometries_equal(current: Optional[ogr.Geometry], expected: Optional[ogr.Geometry]) -> bool:
    """Same geometry type and vertices (within a tiny tolerance); NULL equals empty."""
    current_empty = current is None or current.IsEmpty()
    expected_empty = expected is None or expected.IsEmpty()
    if current_empty or expected_empty:
        return current_empty and expected_empty
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
