"""Office schema changes since packaging: fields removed or retyped in the source make conflicts.

A field added in the source is simply not in the device's rows (field edits never touch it).
"""

from __future__ import annotations

from typing import Dict, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..i18n import tr
from .baseline import TableInfo

INTEGER, REAL, TEXT, DATE, DATETIME, BOOLEAN, BINARY = "integer", "real", "text", "date", "datetime", "boolean", "binary"
SQLITE_FAMILIES = {"INTEGER": INTEGER, "INT": INTEGER, "MEDIUMINT": INTEGER, "SMALLINT": INTEGER, "TINYINT": INTEGER,
                   "BIGINT": INTEGER, "REAL": REAL, "FLOAT": REAL, "DOUBLE": REAL, "TEXT": TEXT, "DATE": DATE,
                   "DATETIME": DATETIME, "BOOLEAN": BOOLEAN, "BLOB": BINARY}
QGIS_FAMILIES = {QVariant.Int: INTEGER, QVariant.LongLong: INTEGER, QVariant.UInt: INTEGER,
                 QVariant.ULongLong: INTEGER, QVariant.Double: REAL, QVariant.String: TEXT, QVariant.Date: DATE,
                 QVariant.DateTime: DATETIME, QVariant.Bool: BOOLEAN, QVariant.ByteArray: BINARY}


def layer_field_families(layer: QgsVectorLayer) -> Dict[str, Optional[str]]:
    """Field name → type family of a project layer as it is now."""
    return {f.name(): QGIS_FAMILIES.get(f.type()) for f in layer.fields()}


def _sqlite_family(declared: str) -> Optional[str]:
    base = declared.split("(", 1)[0].strip().upper()
    return SQLITE_FAMILIES.get(base, TEXT if base.startswith(("TEXT", "VARCHAR")) else None)


def schema_problems(tables: Dict[str, TableInfo], declared: Dict[str, Dict[str, str]],
                    current: Dict[str, Dict[str, Optional[str]]]) -> Dict[str, Dict[str, str]]:
    """Layer id → column → why edits of that column conflict (removed or retyped in the source)."""
    problems: Dict[str, Dict[str, str]] = {}
    for layer_id, info in tables.items():
        fields = current.get(layer_id)
        if fields is None:
            continue
        for column in info.columns:
            if column == info.geometry_column or column in (info.key_column, info.source_pk):
                continue
            if column not in fields:
                problems.setdefault(layer_id, {})[column] = tr(
                    'the field "{field}" was removed from the data source since packaging').format(field=column)
                continue
            was, now = _sqlite_family(declared.get(layer_id, {}).get(column, "")), fields[column]
            if was and now and was != now and {was, now} != {INTEGER, BOOLEAN}:
                problems.setdefault(layer_id, {})[column] = tr(
                    'the field "{field}" changed its type from {was} to {now} since packaging').format(
                    field=column, was=was, now=now)
    return problems
