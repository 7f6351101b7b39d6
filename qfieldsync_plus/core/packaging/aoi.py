"""The area of interest: QFieldSync's configured extent, else the union of layer extents."""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from .offline_writer import AreaOfInterest

AOI_ENTRY = "/areaOfInterest"
AOI_CRS_ENTRY = "/areaOfInterestCrs"
# libqfieldsync's ProjectConfiguration writes the area of interest under "qfieldsync" (entry
# scopes are case-sensitive); "QFieldSync" is read too, for projects written by earlier versions.
SCOPES = ("qfieldsync", "QFieldSync")


def configured_area(project: QgsProject) -> Optional[AreaOfInterest]:
    """The extent set in QFieldSync's project properties (WKT + CRS), or None."""
    scope = next((s for s in SCOPES if project.readEntry(s, AOI_ENTRY, "")[0]), None)
    if scope is None:
        return None
    wkt, _ = project.readEntry(scope, AOI_ENTRY, "")
    geometry = QgsGeometry.fromWkt(wkt)
    if geometry.isNull() or geometry.isEmpty():
        return None
    crs_id, _ = project.readEntry(scope, AOI_CRS_ENTRY, "")
    crs = QgsCoordinateReferenceSystem(crs_id) if crs_id else project.crs()
    return AreaOfInterest(geometry.boundingBox(), crs if crs.isValid() else project.crs())


def layers_extent(project: QgsProject) -> Optional[AreaOfInterest]:
    """The union of every valid layer's extent, in the project CRS (as the cloud computes it)."""
    crs = project.crs()
    union = QgsRectangle()
    union.setMinimal()
    found = False
    for layer in project.mapLayers().values():
        if not layer.isValid():
            continue
        extent = layer.extent()
        if extent.isNull() or not extent.isFinite() or extent.xMinimum() > extent.xMaximum():
            continue
        target = crs if crs.isValid() else layer.crs()
        crs = target
        try:
            if layer.crs().isValid() and layer.crs() != target:
                extent = QgsCoordinateTransform(layer.crs(), target, project.transformContext()).transformBoundingBox(extent)
        except QgsCsException:
            continue
        union.combineExtentWith(extent)
        found = True
    if not found:
        return None
    if union.width() == 0 or union.height() == 0:
        union.grow(1e-6 if crs.isGeographic() else 0.01)
    return AreaOfInterest(union, crs)


def area_of_interest(project: QgsProject) -> AreaOfInterest:
    """The project's area of interest; raise JobError when none can be found."""
    area = configured_area(project) or layers_extent(project)
    if area is None:
        raise JobError(
            tr('The extent of project "{project}" cannot be found: no area of interest is configured and no layer '
               "has an extent.").format(project=project.fileName()),
            errors.INVALID_ARGUMENTS,
            hint=tr("Set the area of interest in the project's QField properties, or package without --aoi-only."))
    return area
