"""Outputs that QGIS spells differently between versions (3.22 on Debian 12, 3.40 on Debian 13)."""

from __future__ import annotations

from qgis.core import QgsRectangle

_PREFIX_SINCE_3_28 = "Polygon "  # newer QGIS: "Polygon ((x y, ...))" and "Polygon EMPTY"


def rectangle_wkt(rectangle: QgsRectangle) -> str:
    """``rectangle`` as a WKT polygon, spelled as QGIS 3.22 spells it on every version: ``POLYGON((x y, ...))``."""
    wkt = rectangle.asWktPolygon()
    if wkt.startswith(_PREFIX_SINCE_3_28 + "("):
        return "POLYGON" + wkt[len(_PREFIX_SINCE_3_28):]
    if wkt.startswith(_PREFIX_SINCE_3_28):
        return "POLYGON " + wkt[len(_PREFIX_SINCE_3_28):]
    return wkt
