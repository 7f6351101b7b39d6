"""Refuse to apply while a target layer is being edited in the open QGIS session.

The desktop passes the (provider, source) of every layer in edit mode; this headless check
says which of the deltafile's layers would be written behind the user's back.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, List, Optional, Tuple

from qgis.core import QgsDataSourceUri, QgsProject, QgsProviderRegistry

from ..i18n import tr


def source_identity(provider: str, source: str) -> str:
    """What two layers share when they write the same data: the file, or database + table."""
    provider = (provider or "").lower()
    if provider == "ogr":
        path = (QgsProviderRegistry.instance().decodeUri("ogr", source) or {}).get("path") or source.split("|")[0]
        return "file:" + os.path.normcase(os.path.normpath(str(Path(str(path)).resolve())))
    if provider == "spatialite":
        return "file:" + os.path.normcase(os.path.normpath(str(Path(QgsDataSourceUri(source).database()).resolve())))
    uri = QgsDataSourceUri(source)
    where = uri.service() or f"{uri.host() or 'localhost'}:{uri.port() or '5432'}"
    return f"{provider}:{where}/{uri.database()}/{uri.schema() or 'public'}.{uri.table()}"


def check_not_editing(project: QgsProject, deltas: Iterable[dict], editing: Iterable[Tuple[str, str]]) -> Optional[str]:
    """Why applying ``deltas`` to ``project`` must wait, or None.

    ``editing`` holds the (provider, source) of every layer in edit mode in the desktop.
    """
    busy = {source_identity(p, s) for p, s in editing}
    layers = project.mapLayers()
    names: List[str] = []
    for delta in deltas:
        layer = layers.get(delta.get("sourceLayerId") or "") or layers.get(delta.get("localLayerId") or "")
        if layer is None or layer.name() in names:
            continue
        if source_identity(layer.providerType(), layer.source()) in busy:
            names.append(layer.name())
    if not names:
        return None
    return tr("These layers are being edited in QGIS: {layers}. Save or discard their edits (toggle editing "
              "off), then apply the changes again.").format(layers=", ".join(names))
