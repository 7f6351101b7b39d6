"""What a layer's data source points at: a file, a database host or service, a web service."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse

from qgis.core import QgsDataSourceUri, QgsMapLayer, QgsProviderRegistry

DATABASE_PROVIDERS = ("postgres", "mssql", "oracle", "hana", "db2")
WEB_PROVIDERS = ("wfs", "wms", "wcs", "arcgisfeatureserver", "arcgismapserver", "xyzvectortiles", "vectortile", "oapif")
FILE_PROVIDERS = ("ogr", "gdal", "spatialite", "delimitedtext", "gpx", "mdal", "pdal")


@dataclass
class SourceInfo:
    """The parts of a data source the checks care about."""

    provider: str
    path: Optional[Path] = None  # for file-based sources, resolved against the project folder
    host: str = ""
    port: str = ""
    service: str = ""
    database: str = ""
    url: str = ""
    authcfg: str = ""

    @property
    def is_file(self) -> bool:
        """True for a source stored in a local file."""
        return self.path is not None

    @property
    def is_remote(self) -> bool:
        """True for a database or web service source (the seed's "online" layers)."""
        return self.provider in DATABASE_PROVIDERS or self.provider in WEB_PROVIDERS


def _url_host(url: str) -> str:
    try:
        return urlparse(url).hostname or ""
    except ValueError:
        return ""


def _looks_like_path(value: str) -> bool:
    if not value or value.startswith(("/vsicurl", "http://", "https://", "PG:", "MSSQL:")):
        return False
    return True


def _web_uri(source: str) -> QgsDataSourceUri:
    """QGIS writes WFS/OAPIF sources as ``key='value'`` pairs and WMS/WCS/XYZ ones URL-encoded (``a=b&c=d``)."""
    uri = QgsDataSourceUri(source)
    if uri.param("url"):
        return uri
    encoded = QgsDataSourceUri()
    encoded.setEncodedUri(source)
    return encoded


def source_info(layer: QgsMapLayer, project_dir: Optional[Path] = None) -> SourceInfo:
    """Decode ``layer``'s data source (provider-aware, QGIS 3.22+)."""
    return decode_source(layer.providerType() or "", layer.source(), project_dir)


def decode_source(provider_key: str, source: str, project_dir: Optional[Path] = None) -> SourceInfo:
    """Decode a data source string of provider ``provider_key`` without opening it."""
    provider = provider_key.lower()
    info = SourceInfo(provider=provider)
    if provider in DATABASE_PROVIDERS:
        uri = QgsDataSourceUri(source)
        info.host, info.port, info.service = uri.host(), uri.port(), uri.service()
        info.database, info.authcfg = uri.database(), uri.authConfigId()
        return info
    if provider in WEB_PROVIDERS:
        uri = _web_uri(source)
        info.url = uri.param("url")
        info.host = _url_host(info.url)
        info.authcfg = uri.authConfigId() or uri.param("authcfg")
        return info
    decoded = QgsProviderRegistry.instance().decodeUri(provider_key, source) or {}
    raw_path = decoded.get("path") or ""
    if provider in FILE_PROVIDERS and _looks_like_path(str(raw_path)):
        path = Path(str(raw_path))
        if not path.is_absolute() and project_dir is not None:
            path = project_dir / path
        info.path = Path(os.path.normpath(str(path)))
    elif str(raw_path).startswith(("/vsicurl", "http")):
        info.url = str(raw_path).replace("/vsicurl/", "")
        info.host = _url_host(info.url)
    return info


def is_local_host(host: str) -> bool:
    """True for localhost, loopback, link-local and private addresses, and for names only a local
    network resolves (single labels like ``gisdb``, ``.local``, ``.lan``...): unreachable from the cloud."""
    if not host:
        return False
    name = host.strip("[]").lower().rstrip(".")
    if name in ("localhost", "localhost.localdomain", "ip6-localhost") or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return "." not in name or name.endswith((".local", ".lan", ".internal", ".home", ".corp"))
    return address.is_loopback or address.is_private or address.is_link_local or address.is_unspecified


def is_loopback_host(host: str) -> bool:
    """True for this machine's own names and addresses only."""
    name = (host or "").strip("[]").lower().rstrip(".")
    if name in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_inside(path: Path, folder: Path) -> bool:
    """True when ``path`` lies inside ``folder`` (both resolved); a link loop lies nowhere."""
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, RuntimeError, OSError):  # RuntimeError: a link loop (Python < 3.13)
        return False
    return True
