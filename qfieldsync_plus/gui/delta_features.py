"""The deltas of a delta_apply job as the user knows them: layer names, feature labels, attribute changes."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from ..core.deltas import log as delta_log
from ..core.deltas.operations import GEOMETRY
from ..core.jobs.job import Job
from ..core.runner.store_file import StoreError

LABELLED = 2000  # features labelled per layer (more keep their key: the lookup runs on the main thread)


@dataclass
class AttributeChange:
    """One attribute of a delta: its value when the edit was made, in the source now (conflicts only), the new one."""

    name: str
    old: str
    new: str
    source: Optional[str] = None

    @property
    def conflicting(self) -> bool:
        """Whether the source no longer holds the value the edit started from."""
        return self.source is not None


@dataclass
class DeltaView:
    """One delta result with what the dock shows about it."""

    result: Dict[str, Any]
    layer_name: str
    feature_label: str
    changes: List[AttributeChange] = field(default_factory=list)
    field_geometry: Optional[str] = None  # the field's new geometry (WKT, the layer's CRS)

    @property
    def delta_id(self) -> str:
        """The delta's uuid."""
        return str(self.result.get("delta_id", ""))


def _shown(value: Any) -> str:
    return "NULL" if value is None else str(value)


def _unquoted(shown: str) -> str:
    """A value as the engine showed it (JSON) in the dock's plain form."""
    try:
        return _shown(json.loads(shown))
    except ValueError:
        return shown


def logged_contents(job: Job, ids: List[str]) -> Dict[str, Dict[str, Any]]:
    """Delta id → the delta as logged (empty when the log cannot be read)."""
    store = job.params.get("store_path")
    if not store or not ids or not Path(store).is_file():
        return {}
    try:
        logged = delta_log.DeltaLog(Path(store)).list(delta_log.project_key(job.project), ids=ids)
    except (StoreError, OSError, ValueError, sqlite3.Error):
        return {}
    return {d.id: d.content for d in logged}


def project_layer(job: Job, layer_id: str) -> Optional[QgsVectorLayer]:
    """The layer ``layer_id`` when the job's project is the open one."""
    project = QgsProject.instance()
    if not project.fileName() or Path(project.fileName()).resolve() != Path(job.project).resolve():
        return None
    layer = project.mapLayer(layer_id)
    return layer if isinstance(layer, QgsVectorLayer) else None


def find_feature(layer: QgsVectorLayer, pk: Optional[str]) -> Optional[QgsFeature]:
    """The feature with source key ``pk`` (the one key field, else the feature id)."""
    if pk in (None, ""):
        return None
    keys = layer.primaryKeyAttributes()
    if len(keys) == 1:
        name = layer.fields().at(keys[0]).name()
        request = QgsFeatureRequest(QgsExpression(f"{QgsExpression.quotedColumnRef(name)} = "
                                                  f"{QgsExpression.quotedValue(pk)}"))
    else:
        try:
            request = QgsFeatureRequest(int(pk))
        except ValueError:
            return None
    for feature in layer.getFeatures(request.setLimit(1)):
        return feature
    return None


def feature_labels(layer: QgsVectorLayer, pks: List[str]) -> Dict[str, str]:
    """The display expression of the features with source keys ``pks`` (the first LABELLED), by key."""
    wanted = [pk for pk in dict.fromkeys(pks) if pk not in (None, "")][:LABELLED]
    if not wanted:
        return {}
    keys = layer.primaryKeyAttributes()
    if len(keys) == 1:
        name = layer.fields().at(keys[0]).name()
        values = ", ".join(QgsExpression.quotedValue(pk) for pk in wanted)
        request = QgsFeatureRequest(QgsExpression(f"{QgsExpression.quotedColumnRef(name)} IN ({values})"))
        key_of = lambda feature: _shown(feature.attribute(name))  # noqa: E731
    else:
        request = QgsFeatureRequest().setFilterFids([int(pk) for pk in wanted if pk.lstrip("-").isdigit()])
        key_of = lambda feature: str(feature.id())  # noqa: E731
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression = QgsExpression(layer.displayExpression())
    expression.prepare(context)
    labels = {}
    for feature in layer.getFeatures(request):
        context.setFeature(feature)
        value = expression.evaluate(context)
        if value not in (None, ""):
            labels[key_of(feature)] = _shown(value)
    return labels


def delta_views(job: Job, results: List[Dict[str, Any]]) -> List[DeltaView]:
    """The job's results with layer names, feature labels and per-attribute changes (one query per layer)."""
    contents = logged_contents(job, [str(r.get("delta_id")) for r in results if r.get("delta_id")])
    keys = [str(r.get("feature_pk") or r.get("modified_pk") or contents.get(str(r.get("delta_id")), {}).get("sourcePk")
                or "") for r in results]
    layers: Dict[str, Optional[QgsVectorLayer]] = {}
    for result in results:
        layer_id = str(result.get("layer_id") or "")
        if layer_id not in layers:
            layers[layer_id] = project_layer(job, layer_id)
    labels = {layer_id: feature_labels(layer, [k for r, k in zip(results, keys) if r.get("layer_id") == layer_id])
              for layer_id, layer in layers.items() if layer is not None}
    views = []
    for result, pk in zip(results, keys):
        delta = contents.get(str(result.get("delta_id")), {})
        layer_id = str(result.get("layer_id") or "")
        layer = layers[layer_id]
        view = DeltaView(result, layer.name() if layer is not None else layer_id,
                         labels.get(layer_id, {}).get(pk, pk))
        view.changes = _changes(delta, result.get("conflict_values") or [])
        view.field_geometry = (delta.get("new") or {}).get(GEOMETRY)
        views.append(view)
    return views


def _changes(delta: Dict[str, Any], conflicts: List[Dict[str, Any]]) -> List[AttributeChange]:
    old, new = delta.get("old") or {}, delta.get("new") or {}
    old_values, new_values = old.get("attributes") or {}, new.get("attributes") or {}
    by_name = {c["name"]: c for c in conflicts}
    names = list(new_values) + [n for n in old_values if n not in new_values]
    if GEOMETRY in old or GEOMETRY in new:
        names.append(GEOMETRY)
    changes = []
    for name in names:
        conflict = by_name.get(name)
        source = old if name == GEOMETRY else old_values
        target = new if name == GEOMETRY else new_values
        changes.append(AttributeChange(name, _shown(source.get(name)) if name in source else "",
                                       _shown(target.get(name)) if name in target else "",
                                       _unquoted(conflict["source"]) if conflict else None))
    return changes


def source_geometry(job: Job, view: DeltaView) -> Optional[QgsGeometry]:
    """The feature's geometry in the source now (the layer's CRS), when its project is open."""
    layer = project_layer(job, str(view.result.get("layer_id") or ""))
    if layer is None:
        return None
    feature = find_feature(layer, view.result.get("feature_pk") or view.result.get("modified_pk"))
    return QgsGeometry(feature.geometry()) if feature is not None and feature.hasGeometry() else None
