"""Turn row changes into one deltafile in QFieldCloud's format (``core/deltas/deltafile_01.json``).

Delta ids are uuid5 of (copy id, state id, layer, key, method, content): syncing the same
folder twice produces the same deltas, which the delta log then skips. A feature created in
the field carries ``clientId`` = the copy id and ``localPk`` = its device fid, so the apply
engine finds its source key (delta log ``delta_created_pks``) for later patches and deletes.
A child created in the field that points to a parent created in the field gets
``qfspReferences`` (field → parent layer and device fid); the engine writes the parent's new
source key there.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from qgis.core import QgsGeometry

from .baseline import TableInfo, geometry_wkb
from .diff import CREATE, DELETE, PATCH, RowChange

NAMESPACE = uuid.UUID("2b0a9c0e-51c6-4d0e-9a8f-6c2f3e1d4b77")
FORMAT_VERSION = "1.0"


@dataclass
class Relation:
    """A project relation: ``child_layer.child_field`` refers to ``parent_layer.parent_field``."""

    child_layer: str
    child_field: str
    parent_layer: str
    parent_field: str


@dataclass
class SyncIds:
    """The ids a deltafile is built from."""

    copy_id: str
    base_id: str
    package_id: str
    project: str


def wkt(blob: Any) -> Optional[str]:
    """A GeoPackage geometry blob as QGIS's ``asWkt()`` writes it (None for NULL)."""
    wkb = geometry_wkb(blob)
    if wkb is None:
        return None
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry.asWkt()


def json_value(value: Any, declared: str) -> Any:
    """A SQLite value as a deltafile attribute value."""
    if value is None:
        return None
    if declared == "BOOLEAN":
        return bool(value)
    if isinstance(value, (bytes, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _part(info: TableInfo, values: Dict[str, Any], types: Dict[str, str]) -> Dict[str, Any]:
    part: Dict[str, Any] = {"attributes": {c: json_value(v, types.get(c, "")) for c, v in values.items()
                                           if c != info.geometry_column}}
    if info.geometry_column and info.geometry_column in values:
        part["geometry"] = wkt(values[info.geometry_column])
    return part


def source_pk(change: RowChange, row: Dict[str, Any]) -> str:
    """The source key of a feature that was in the package ('' for one created in the field)."""
    if not change.in_package:
        return ""
    names = [n for n in change.table.source_pk.split(",") if n]
    if len(names) == 1 and names[0] in row and row[names[0]] is not None:
        return str(row[names[0]])
    return str(change.fid)


def _order(changes: List[RowChange], relations: List[Relation]) -> List[RowChange]:
    """Creates parents first, then patches, then deletes children first."""
    depth: Dict[str, int] = {}
    for _ in range(len(relations) + 1):
        for relation in relations:
            depth[relation.child_layer] = max(depth.get(relation.child_layer, 0),
                                              depth.get(relation.parent_layer, 0) + 1)
    rank = {CREATE: 0, PATCH: 1, DELETE: 2}

    def key(change: RowChange) -> Tuple[int, int, int]:
        level = depth.get(change.table.layer_id, 0)
        if change.table.by_content and change.method == DELETE:  # an edit is delete + create of the same fid
            return -1, 0, change.fid
        return rank[change.method], -level if change.method == DELETE else level, change.fid

    return sorted(changes, key=key)


def _references(change: RowChange, relations: List[Relation], tables: Dict[str, TableInfo],
                package_fids: Dict[str, set]) -> Dict[str, Dict[str, str]]:
    found = {}
    for relation in relations:
        parent = tables.get(relation.parent_layer)
        if relation.child_layer != change.table.layer_id or parent is None or not change.new:
            continue
        value = change.new.get(relation.child_field)
        refers_to_fid = relation.parent_field == parent.key_column or (
            relation.parent_field == parent.source_pk and parent.source_pk not in parent.columns)
        if value is None or not refers_to_fid:  # a key column other than the fid is written as it is
            continue
        try:
            parent_fid = int(value)
        except (TypeError, ValueError):
            continue
        if parent_fid not in package_fids.get(relation.parent_layer, set()):
            found[relation.child_field] = {"layerId": relation.parent_layer, "localPk": str(parent_fid)}
    return found


def build_deltafile(changes: List[RowChange], tables: Dict[str, TableInfo], types: Dict[str, Dict[str, str]],
                    package_fids: Dict[str, set], ids: SyncIds, relations: List[Relation],
                    deltafile_id: Optional[str] = None, confirm=None,
                    missing_layers: Optional[Dict[str, str]] = None) -> Dict[str, Any]:
    """The deltafile for ``changes``.

    ``tables``: offline tables by layer id; ``types``: layer id → column → declared SQLite type;
    ``package_fids``: layer id → fids the package held (others were created in the field);
    ``confirm(change)``: when given, the words each delta carries as ``qfspConfirm``;
    ``missing_layers``: layer id → name of layers no longer in the project (named in their refusal).
    """
    missing_layers = missing_layers or {}
    deltas = []
    for change in _order(changes, relations):
        info, column_types = change.table, types.get(change.table.layer_id, {})
        row = change.old if change.method == DELETE else {**(change.old or {}), **(change.new or {})}
        row = {**(row or {}), **change.pk_values}
        delta: Dict[str, Any] = {
            "clientId": ids.copy_id, "exportId": ids.package_id, "localLayerId": info.layer_id,
            "sourceLayerId": info.layer_id, "localPk": "" if info.by_content and change.in_package else str(change.fid),
            "sourcePk": source_pk(change, row or {}),
            "method": change.method,
        }
        if change.method != CREATE and change.old_known:
            delta["old"] = _part(info, change.old or {}, column_types)
        if change.method != DELETE:
            delta["new"] = _part(info, change.new or {}, column_types)
        references = _references(change, relations, tables, package_fids)
        if references:
            delta["qfspReferences"] = references
        if info.layer_id in missing_layers:
            delta["qfspLayerName"] = missing_layers[info.layer_id]
        reasons = (confirm(change) if confirm is not None else None) or []
        if reasons or change.office_changed:
            delta["qfspConfirm"] = [*reasons, *change.office_changed]
        content = json.dumps(delta, sort_keys=True, default=str)
        delta["uuid"] = str(uuid.uuid5(NAMESPACE, f"{ids.copy_id}|{ids.base_id}|{content}"))
        deltas.append(delta)
    return {"version": FORMAT_VERSION, "id": deltafile_id or str(uuid.uuid4()), "project": ids.project,
            "deltas": deltas, "files": []}
