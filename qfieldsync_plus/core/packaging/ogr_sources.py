"""Describe a QGIS vector layer as a GDAL/OGR source, so GDAL can copy it at full speed.

Returns None for sources GDAL cannot read the way QGIS does (web services, authentication
configurations, QGIS-expression filters, SQL queries); those go through QGIS's own reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional
from urllib.parse import parse_qs, unquote, urlparse

from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer

CSV_SEPARATORS = {",": "COMMA", ";": "SEMICOLON", "\t": "TAB", " ": "SPACE", "\\t": "TAB"}


@dataclass
class OgrSource:
    """What GDAL needs to read one layer: dataset, layer, open options, filter, and secrets to hide."""

    dataset: str
    layer: Optional[str] = None  # None: the dataset's first layer
    open_options: List[str] = field(default_factory=list)
    where: str = ""
    secrets: List[str] = field(default_factory=list)


def _quote_pg(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _postgres(layer: QgsVectorLayer) -> Optional[OgrSource]:
    uri = QgsDataSourceUri(layer.source())
    if uri.authConfigId() or uri.table().lstrip().startswith("("):
        return None
    parts: Dict[str, str] = {
        "service": uri.service(), "host": uri.host(), "port": uri.port(), "dbname": uri.database(),
        "user": uri.username(), "password": uri.password(),
    }
    if uri.sslMode() not in (QgsDataSourceUri.SslPrefer,):
        parts["sslmode"] = QgsDataSourceUri.encodeSslMode(uri.sslMode())
    connection = " ".join(f"{k}={_quote_pg(v)}" for k, v in parts.items() if v)
    table = f"{uri.schema() or 'public'}.{uri.table()}"
    name = f"{table}({uri.geometryColumn()})" if uri.geometryColumn() else table
    return OgrSource(dataset=f"PG:{connection}", layer=name, open_options=[f"TABLES={name}"],
                     where=uri.sql(), secrets=[uri.password()] if uri.password() else [])


def _spatialite(layer: QgsVectorLayer) -> Optional[OgrSource]:
    uri = QgsDataSourceUri(layer.source())
    if uri.table().lstrip().startswith("("):
        return None
    return OgrSource(dataset=uri.database(), layer=uri.table(), where=uri.sql())


def _ogr(layer: QgsVectorLayer) -> Optional[OgrSource]:
    decoded = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()) or {}
    path = str(decoded.get("path") or "")
    subset = layer.subsetString()
    if not path or subset.lstrip().upper().startswith("SELECT") or decoded.get("geometryType"):
        return None
    source = OgrSource(dataset=path, where=subset)
    if decoded.get("layerName"):
        source.layer = str(decoded["layerName"])
    elif decoded.get("layerId") not in (None, ""):
        source.layer = f"#{int(decoded['layerId'])}"
    return source


def _delimited_text(layer: QgsVectorLayer) -> Optional[OgrSource]:
    if layer.subsetString():
        return None  # a QGIS expression, not SQL
    url = urlparse(layer.source())
    params = {k: v[-1] for k, v in parse_qs(url.query).items()}
    if params.get("type", "csv") != "csv":
        return None
    separator = CSV_SEPARATORS.get(params.get("delimiter", ","))
    if separator is None or params.get("skipLines", "0") != "0" or params.get("useHeader", "yes") == "no":
        return None
    options = ["AUTODETECT_TYPE=YES", "KEEP_GEOM_COLUMNS=YES", f"SEPARATOR={separator}"]
    if params.get("xField") and params.get("yField"):
        options += [f"X_POSSIBLE_NAMES={params['xField']}", f"Y_POSSIBLE_NAMES={params['yField']}"]
        if params.get("zField"):
            options.append(f"Z_POSSIBLE_NAMES={params['zField']}")
    elif params.get("wktField"):
        options.append(f"GEOM_POSSIBLE_NAMES={params['wktField']}")
    elif params.get("geomType", "").lower() != "none":
        return None
    path = unquote(url.path)
    if re.match(r"^/[A-Za-z]:", path):  # file:///C:/data.csv on Windows
        path = path[1:]
    return OgrSource(dataset=path, open_options=options)


def ogr_source(layer: QgsVectorLayer) -> Optional[OgrSource]:
    """``layer`` as an OGR source, or None when only QGIS can read it faithfully."""
    readers = {"ogr": _ogr, "postgres": _postgres, "spatialite": _spatialite, "delimitedtext": _delimited_text}
    reader = readers.get(layer.providerType().lower())
    return reader(layer) if reader else None
