"""Write layers marked ``offline`` into one GeoPackage, with GDAL doing the copying.

File and database sources GDAL can read go through ``gdal.VectorTranslate`` (in-process
ogr2ogr: streaming, batched transactions, source FID column and values kept, Z/M/multi/curves
kept, subset filter as an attribute filter, area of interest as a spatial filter). Other sources
(WFS, authentication configurations, QGIS-expression filters) are read by QGIS and written by
QgsVectorFileWriter, which also streams.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, List, Optional

from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..redact import redact_values
from .ogr_sources import OgrSource, ogr_source

CANCELLED = "CANCELLED"
FractionCallback = Callable[[float], None]


@dataclass
class AreaOfInterest:
    """A rectangle and its CRS: only features intersecting it are copied."""

    rectangle: QgsRectangle
    crs: QgsCoordinateReferenceSystem

    def in_crs(self, crs: QgsCoordinateReferenceSystem, project: QgsProject) -> QgsRectangle:
        """The rectangle's bounding box in ``crs``."""
        if not crs.isValid() or crs == self.crs:
            return QgsRectangle(self.rectangle)
        transform = QgsCoordinateTransform(self.crs, crs, project.transformContext())
        return transform.transformBoundingBox(self.rectangle)


@dataclass
class WrittenLayer:
    """What was written for one layer."""

    table: str
    features: int
    reader: str  # "gdal" or "qgis"
    seconds: float


def cancelled_error() -> JobError:
    """The error raised when the user cancels packaging."""
    return JobError(tr("Packaging was cancelled; the previous package (if any) is untouched."), CANCELLED)


def geometry_type_name(layer: QgsVectorLayer) -> Optional[str]:
    """The ogr2ogr ``-nlt`` name of the layer's geometry type as QGIS sees it (None: keep GDAL's)."""
    wkb_type = layer.wkbType()
    if wkb_type == QgsWkbTypes.NoGeometry:
        return "NONE"
    if wkb_type == QgsWkbTypes.Unknown:
        return None
    return QgsWkbTypes.displayString(wkb_type).upper()


def crs_definition(crs: QgsCoordinateReferenceSystem) -> Optional[str]:
    """A CRS as GDAL accepts it (authority id when there is one, else WKT)."""
    if not crs.isValid():
        return None
    return crs.authid() or crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED)


class _GdalErrors:
    """Collect GDAL error messages while a translation runs."""

    def __init__(self) -> None:
        self.messages: List[str] = []

    def __call__(self, error_class, _number, message) -> None:
        if error_class >= gdal.CE_Failure:
            self.messages.append(str(message))

    def __enter__(self) -> "_GdalErrors":
        gdal.PushErrorHandler(self)
        return self

    def __exit__(self, *_exc) -> None:
        gdal.PopErrorHandler()


class OfflineWriter:
    """Appends layers, one table each, to the GeoPackage at ``path``."""

    def __init__(self, path: Path, project: QgsProject, is_cancelled: Callable[[], bool] = lambda: False) -> None:
        self.path = path
        self.project = project
        self.is_cancelled = is_cancelled

    def write(self, layer: QgsVectorLayer, table: str, aoi: Optional[AreaOfInterest],
              on_fraction: FractionCallback) -> WrittenLayer:
        """Copy ``layer``'s features (subset filter and ``aoi`` applied) into ``table``."""
        started = time.monotonic()
        source = ogr_source(layer)
        if source is not None:
            count = self._write_with_gdal(layer, source, table, aoi, on_fraction)
            reader = "gdal"
        else:
            count = self._write_with_qgis(layer, table, aoi, on_fraction)
            reader = "qgis"
        return WrittenLayer(table, count, reader, round(time.monotonic() - started, 3))

    def _fail(self, layer: QgsVectorLayer, detail: str, secrets: List[str]) -> JobError:
        message = tr('Could not copy layer "{layer}" into {gpkg}: {detail}').format(
            layer=layer.name(), gpkg=self.path.name, detail=redact_values(detail, secrets) or tr("unknown error"))
        return JobError(message, errors.WRITE_FAILED,
                        hint=tr("Check that the layer opens in QGIS and that the output disk has free space."))

    def _write_with_gdal(self, layer: QgsVectorLayer, source: OgrSource, table: str,
                         aoi: Optional[AreaOfInterest], on_fraction: FractionCallback) -> int:
        def progress(fraction, _message, _data) -> int:
            on_fraction(fraction)
            return 0 if self.is_cancelled() else 1

        with _GdalErrors() as gdal_errors:
            dataset = gdal.OpenEx(source.dataset, gdal.OF_VECTOR, open_options=source.open_options)
            if dataset is None:
                raise self._fail(layer, "; ".join(gdal_errors.messages), source.secrets)
            source_layer = self._source_layer(dataset, source)
            if source_layer is None:
                raise self._fail(layer, tr('GDAL finds no layer "{name}".').format(name=source.layer), source.secrets)
            options = gdal.VectorTranslateOptions(
                options=["-preserve_fid"],  # data.gpkg fid = source feature id (the key cable sync writes back)
                format="GPKG",
                accessMode="update" if self.path.exists() else None,
                layers=[source_layer.GetName()],
                layerName=table,
                where=source.where or None,
                spatFilter=self._spatial_filter(aoi, layer),
                geometryType=geometry_type_name(layer),
                dstSRS=crs_definition(layer.crs()),
                reproject=False,
                layerCreationOptions=["SPATIAL_INDEX=YES"],
                callback=progress,
            )
            result = gdal.VectorTranslate(str(self.path), dataset, options=options)
            if self.is_cancelled():
                raise cancelled_error()
            if result is None:
                raise self._fail(layer, "; ".join(gdal_errors.messages), source.secrets)
            written = result.GetLayerByName(table)
            count = written.GetFeatureCount() if written is not None else -1
            result = None  # close and flush
            dataset = None
        if count < 0:
            raise self._fail(layer, "; ".join(gdal_errors.messages), source.secrets)
        return count

    @staticmethod
    def _source_layer(dataset, source: OgrSource):
        if source.layer is None:
            return dataset.GetLayer(0)
        if source.layer.startswith("#"):
            return dataset.GetLayer(int(source.layer[1:]))
        return dataset.GetLayerByName(source.layer)

    def _spatial_filter(self, aoi: Optional[AreaOfInterest], layer: QgsVectorLayer) -> Optional[list]:
        if aoi is None or layer.wkbType() == QgsWkbTypes.NoGeometry:
            return None
        rect = aoi.in_crs(layer.crs(), self.project)
        return [rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()]

    def _write_with_qgis(self, layer: QgsVectorLayer, table: str, aoi: Optional[AreaOfInterest],
                         on_fraction: FractionCallback) -> int:
        feedback = QgsFeedback()

        def progress(percent: float) -> None:
            on_fraction(percent / 100.0)
            if self.is_cancelled():
                feedback.cancel()

        feedback.progressChanged.connect(progress)
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        options.fileEncoding = "UTF-8"
        options.feedback = feedback
        options.actionOnExistingFile = (QgsVectorFileWriter.CreateOrOverwriteLayer if self.path.exists()
                                        else QgsVectorFileWriter.CreateOrOverwriteFile)
        if aoi is not None and layer.wkbType() != QgsWkbTypes.NoGeometry:
            options.filterExtent = aoi.in_crs(layer.crs(), self.project)
        result = QgsVectorFileWriter.writeAsVectorFormatV2(
            layer, str(self.path), self.project.transformContext(), options)
        if self.is_cancelled() or feedback.isCanceled():
            raise cancelled_error()
        if result[0] != QgsVectorFileWriter.NoError:
            raise self._fail(layer, result[1], [])
        written = QgsVectorLayer(f"{self.path}|layername={table}", table, "ogr")
        if not written.isValid():
            raise self._fail(layer, tr("the written table cannot be read back."), [])
        return written.featureCount()
