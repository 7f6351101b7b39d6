"""``--compare-to-source``: a device copy without fingerprint (packaged before cable sync) is diffed
against the current data sources, exported the way packaging exports them.

Nobody knows whether a difference was made in the field or in the office, so every delta carries
``qfspConfirm`` (what differs): the apply engine reports it as a conflict, and applies it only
when conflicts are overwritten.
"""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ElementTree
from contextlib import closing
from pathlib import Path
from typing import Dict, List

from qgis.core import QgsProject, QgsVectorLayer

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..packaging.offline_writer import OfflineWriter
from ..packaging.packager import source_primary_key
from ..deltas.values import show
from .baseline import TableInfo, table_columns
from .build import wkt
from .device import DeviceCopy
from .diff import RowChange

SOURCE_GPKG = "source.gpkg"


def packaged_tables(device: DeviceCopy) -> Dict[str, str]:
    """Layer id → data.gpkg table, from the packaged project file (read as XML: QGIS would open the device's data)."""
    found: Dict[str, str] = {}
    for packaged in sorted(device.root.glob("*_qfield.qgs")):
        try:
            root = ElementTree.parse(str(packaged)).getroot()
        except ElementTree.ParseError as err:
            raise JobError(tr('The packaged project "{file}" cannot be read: {error}').format(file=packaged, error=err),
                           errors.INVALID_PROJECT_FILE)
        for layer in root.iter("maplayer"):
            source = layer.findtext("datasource") or ""
            if "data.gpkg|layername=" in source:
                found[layer.findtext("id") or ""] = source.split("layername=", 1)[1].split("|", 1)[0]
    return found


def export_sources(project: QgsProject, tables: Dict[str, str], target: Path) -> Dict[str, TableInfo]:
    """Copy each layer's current source into ``target`` (as packaging does); the tables to diff."""
    writer = OfflineWriter(target, project)
    exported = {}
    for layer_id, table in tables.items():
        layer = project.mapLayer(layer_id)
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            writer.write(layer, table, None, lambda _fraction: None)
            exported[layer_id] = source_primary_key(layer)
    infos = {}
    with closing(sqlite3.connect(str(target))) as db:
        for layer_id, source_pk in exported.items():
            key, columns, geometry = table_columns(db, tables[layer_id])
            infos[layer_id] = TableInfo(tables[layer_id], layer_id, key, source_pk, columns, geometry)
    return infos


def confirmations(change: RowChange) -> List[str]:
    """Why a compared change needs confirming, in words."""
    if change.method == "create":
        return [tr("not in the current data source: created in the field, or deleted in the office")]
    if change.method == "delete":
        return [tr("not on the device: deleted in the field, or added in the office since packaging")]
    def text(name: str, value) -> str:
        return str(wkt(value)) if name == change.table.geometry_column else show(value)

    return [tr("{field}: data source {source}, device {device}").format(
        field=name, source=text(name, change.old.get(name)), device=text(name, change.new.get(name)))
        for name in change.new]
