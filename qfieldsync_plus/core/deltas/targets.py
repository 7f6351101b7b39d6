"""Where each project layer's features live: the data source (transaction unit) and OGR layer.

A :class:`LayerTarget` says how to open the layer's data source through OGR, which OGR layer
holds its features, and which field is its key (a single-column primary key, else a field
named ``fid``, else the OGR feature id). Connection strings with passwords stay inside
``connection``; messages use ``label``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional, Set, Tuple

from osgeo import gdal
from qgis.core import QgsDataSourceUri, QgsFields, QgsProject, QgsProviderRegistry, QgsVectorLayer

from ..i18n import tr
from .source_checks import corrupt_message, sqlite_corruption

SQLITE, POSTGRES, FILE_COPY = "sqlite", "postgres", "file_copy"
TRANSACTION_DRIVERS = {"GPKG": SQLITE, "SQLite": SQLITE}
COPY_DRIVERS = ("ESRI Shapefile", "GeoJSON", "CSV", "GeoJSONSeq", "MapInfo File", "GML")
FID_FIELD = "fid"
SQLITE_SUFFIXES = (".gpkg", ".sqlite", ".db", ".spatialite")


@dataclass
class LayerTarget:
    """One project layer as the apply engine writes it."""

    layer_id: str
    name: str
    source_key: str = ""
    kind: str = ""
    path: Optional[Path] = None
    connection: str = ""
    label: str = ""
    ogr_layer_names: Tuple[str, ...] = ()
    pk_name: Optional[str] = None
    skipped_fields: Set[str] = field(default_factory=set)
    secrets: Set[str] = field(default_factory=set)
    error: Optional[str] = None


def _skipped_fields(fields: QgsFields) -> Set[str]:
    """Fields QGIS computes (expressions, joins): never written to the source."""
    skipped = set()
    for index in range(fields.count()):
        if fields.fieldOrigin(index) in (QgsFields.OriginExpression, QgsFields.OriginJoin):
            skipped.add(fields.at(index).name())
    return skipped


def _pk_name(layer: QgsVectorLayer) -> Optional[str]:
    keys = layer.primaryKeyAttributes()
    fields = layer.fields()
    if len(keys) == 1:
        return fields.at(keys[0]).name()
    if fields.indexFromName(FID_FIELD) >= 0:
        return FID_FIELD
    return None


def _ogr_target(target: LayerTarget, layer: QgsVectorLayer) -> None:
    decoded = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()) or {}
    path = Path(str(decoded.get("path") or ""))
    if not str(path) or not path.exists():
        target.error = tr('Layer "{layer}": its file "{path}" does not exist.').format(layer=target.name, path=path)
        return
    driver = gdal.IdentifyDriverEx(str(path), gdal.OF_VECTOR)
    driver_name = driver.ShortName if driver else ""
    target.path = Path(os.path.normpath(str(path.resolve())))
    target.connection = str(target.path)
    target.source_key = f"file:{os.path.normcase(str(target.path))}"
    target.label = str(target.path)
    if decoded.get("layerName"):
        target.ogr_layer_names = (str(decoded["layerName"]),)
    elif decoded.get("layerId") not in (None, ""):
        target.ogr_layer_names = (f"#{decoded['layerId']}",)
    if driver_name in TRANSACTION_DRIVERS:
        target.kind = TRANSACTION_DRIVERS[driver_name]
    elif driver_name in COPY_DRIVERS:
        target.kind = FILE_COPY
    else:
        target.error = tr('Layer "{layer}": the format "{driver}" of "{path}" cannot be written safely '
                          "(supported: GeoPackage, SpatiaLite, PostGIS, Shapefile, GeoJSON, CSV).").format(
            layer=target.name, driver=driver_name or "?", path=path)


def _spatialite_target(target: LayerTarget, layer: QgsVectorLayer) -> None:
    uri = QgsDataSourceUri(layer.source())
    path = Path(uri.database())
    if not path.exists():
        target.error = tr('Layer "{layer}": its file "{path}" does not exist.').format(layer=target.name, path=path)
        return
    target.kind, target.path = SQLITE, Path(os.path.normpath(str(path.resolve())))
    target.connection = target.label = str(target.path)
    target.source_key = f"file:{os.path.normcase(str(target.path))}"
    target.ogr_layer_names = (f"{uri.table()}({uri.geometryColumn()})", uri.table())


def _postgres_target(target: LayerTarget, layer: QgsVectorLayer) -> None:
    uri = QgsDataSourceUri(layer.source())
    expanded = QgsDataSourceUri(uri.connectionInfo(True))
    parts = []
    for key, value in (("service", expanded.service()), ("host", expanded.host()), ("port", expanded.port()),
                       ("dbname", expanded.database()), ("user", expanded.username()),
                       ("password", expanded.password())):
        if value:
            quoted = value.replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"{key}='{quoted}'")
    if expanded.sslMode() not in (QgsDataSourceUri.SslPrefer, QgsDataSourceUri.SslDisable):
        parts.append(f"sslmode={QgsDataSourceUri.encodeSslMode(expanded.sslMode())}")
    schema, table = uri.schema() or "public", uri.table()
    target.kind = POSTGRES
    target.connection = "PG:" + " ".join(parts)
    where = expanded.service() or f"{expanded.host() or 'localhost'}:{expanded.port() or '5432'}"
    target.label = tr('PostgreSQL database "{db}" ({where})').format(db=expanded.database(), where=where)
    target.source_key = f"postgres:{where}/{expanded.database()}/{expanded.username()}"
    geometry = f"({uri.geometryColumn()})" if uri.geometryColumn() else ""
    target.ogr_layer_names = (f"{schema}.{table}{geometry}", f"{schema}.{table}", f"{table}{geometry}", table)
    if expanded.password():
        target.secrets.add(expanded.password())


def _corrupt_file(layer: QgsVectorLayer, provider: str) -> Optional[str]:
    """For an invalid GeoPackage/SpatiaLite layer: the message saying its file is corrupt, if it is."""
    if provider == "ogr":
        path = Path(str((QgsProviderRegistry.instance().decodeUri("ogr", layer.source()) or {}).get("path") or ""))
    elif provider == "spatialite":
        path = Path(QgsDataSourceUri(layer.source()).database())
    else:
        return None
    detail = sqlite_corruption(path) if path.is_file() and path.suffix.lower() in SQLITE_SUFFIXES else None
    return tr('Layer "{layer}": {problem}').format(layer=layer.name(), problem=corrupt_message(path, detail)) \
        if detail else None


def layer_target(layer: QgsVectorLayer) -> LayerTarget:
    """The target of one vector layer (``error`` set when it cannot be written)."""
    target = LayerTarget(layer_id=layer.id(), name=layer.name())
    provider = (layer.providerType() or "").lower()
    if not layer.isValid():
        target.error = _corrupt_file(layer, provider) or tr(
            'Layer "{layer}" is not valid (its data source cannot be opened).').format(layer=layer.name())
        return target
    target.pk_name = _pk_name(layer)
    target.skipped_fields = _skipped_fields(layer.fields())
    if provider == "ogr":
        _ogr_target(target, layer)
    elif provider == "spatialite":
        _spatialite_target(target, layer)
    elif provider == "postgres":
        _postgres_target(target, layer)
    elif provider == "delimitedtext":
        target.error = tr('Layer "{layer}" is read through the delimited text provider, which cannot write. '
                          "Add the CSV file as a vector layer (OGR) to apply changes to it.").format(layer=layer.name())
    else:
        target.error = tr('Layer "{layer}": the data provider "{provider}" is not supported for applying '
                          "changes.").format(layer=layer.name(), provider=provider)
    return target


def project_targets(project: QgsProject) -> Dict[str, LayerTarget]:
    """Targets of every vector layer of ``project`` by layer id."""
    return {layer_id: layer_target(layer) for layer_id, layer in project.mapLayers().items()
            if isinstance(layer, QgsVectorLayer)}


def find_target(targets: Dict[str, LayerTarget], delta: dict) -> Optional[LayerTarget]:
    """The delta's layer: ``sourceLayerId``, else ``localLayerId`` when that is empty or unknown."""
    source_id = delta.get("sourceLayerId") or ""
    if source_id and source_id in targets:
        return targets[source_id]
    return targets.get(delta.get("localLayerId") or "")
