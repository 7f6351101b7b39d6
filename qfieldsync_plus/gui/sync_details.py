"""What a "Synchronize from QField" job brought home, as the dock shows it: changes and files.

The per-delta results come from the job's feedback (``outputs.apply_deltas.delta_feedback``),
the layer names from ``outputs.sync.layers``, the files from ``outputs.sync.files``. Before and
after values are the deltas' own ``old``/``new`` (read from the delta log, or from the job's
deltafile when a dry run did not log them). The feature is named with its layer's display
expression when the job's project is the one open in QGIS, else by its key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsVectorLayer,
)

from ..core.deltas.log import DeltaLog
from ..core.i18n import tr
from .formatting import delta_results_of

DeltaLookup = Callable[[List[str]], Dict[str, Dict[str, Any]]]
LOOKUP_CHUNK = 500


def sync_outputs_of(feedback: Optional[Dict[str, Any]]) -> Dict[str, Any]:
    """The ``outputs.sync`` block of a sync job (empty when none)."""
    return dict(((feedback or {}).get("outputs") or {}).get("sync") or {})


def file_rows(feedback: Optional[Dict[str, Any]]) -> List[List[str]]:
    """(status, path, message) per file of a sync job: conflicts first, then copied, then identical."""
    files = sync_outputs_of(feedback).get("files") or {}
    rows = [[tr("conflict"), str(c.get("path", "")), str(c.get("message", ""))] for c in files.get("conflicts") or []]
    rows += [[tr("copied"), str(path), ""] for path in files.get("copied") or []]
    rows += [[tr("identical"), str(path), tr("Already in the project.")] for path in files.get("identical") or []]
    return rows


def layer_summary(feedback: Optional[Dict[str, Any]]) -> List[str]:
    """One line per layer: ``apiary: 1 created, 2 changed, 1 deleted, 0 conflicts``."""
    return [tr("{name}: {created} created, {changed} changed, {deleted} deleted, {conflicts} conflicts").format(
        name=layer.get("name") or layer.get("layer_id", ""), created=layer.get("created", 0),
        changed=layer.get("changed", 0), deleted=layer.get("deleted", 0), conflicts=layer.get("conflicts", 0))
        for layer in sync_outputs_of(feedback).get("layers") or []]


def sync_totals(feedback: Optional[Dict[str, Any]]) -> Dict[str, int]:
    """Totals over the layers and files of a sync job: created, changed, deleted, conflicts, copied, file_conflicts."""
    outputs = sync_outputs_of(feedback)
    totals = {key: sum(int(layer.get(key) or 0) for layer in outputs.get("layers") or [])
              for key in ("created", "changed", "deleted", "conflicts")}
    files = outputs.get("files") or {}
    totals.update(copied=len(files.get("copied") or []), file_conflicts=len(files.get("conflicts") or []))
    return totals


def sync_note(feedback: Optional[Dict[str, Any]]) -> str:
    """``2 created, 5 changed, 1 deleted, 1 conflicts; 3 files copied`` ("" without sync outputs)."""
    if not sync_outputs_of(feedback):
        return ""
    totals = sync_totals(feedback)
    note = tr("{created} created, {changed} changed, {deleted} deleted, {conflicts} conflicts").format(**totals)
    note += tr("; {copied} files copied").format(**totals)
    if totals["file_conflicts"]:
        note += tr(", {file_conflicts} files in conflict").format(**totals)
    return note


def store_delta_lookup(store_path: Path, output_dir: Optional[str], deltafile_id: Optional[str]) -> DeltaLookup:
    """Delta contents by id: the delta log first, then a deltafile with ``deltafile_id`` in ``output_dir``."""
    def lookup(ids: List[str]) -> Dict[str, Dict[str, Any]]:
        log, found = DeltaLog(store_path), {}
        for start in range(0, len(ids), LOOKUP_CHUNK):
            found.update({d.id: d.content for d in log.list(ids=ids[start:start + LOOKUP_CHUNK])})
        missing = [i for i in ids if i not in found]
        if missing and output_dir and Path(output_dir).is_dir():
            for candidate in sorted(Path(output_dir).glob("*.json")):
                content = _read_json(candidate)
                if isinstance(content, dict) and content.get("id") == deltafile_id:
                    found.update({d.get("uuid"): d for d in content.get("deltas") or [] if d.get("uuid") in missing})
        return found
    return lookup


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def change_rows(job_project: str, feedback: Optional[Dict[str, Any]], lookup: DeltaLookup) -> List[Dict[str, Any]]:
    """One row per delta: status, layer name, feature label, method, before, after, conflicts."""
    results = delta_results_of(feedback)
    names = {layer.get("layer_id"): layer.get("name") for layer in sync_outputs_of(feedback).get("layers") or []}
    contents = lookup([str(r.get("delta_id")) for r in results if r.get("delta_id")])
    project = QgsProject.instance()
    open_here = bool(project.fileName()) and _same_file(project.fileName(), job_project)
    entries = []
    for result in results:
        delta = contents.get(str(result.get("delta_id"))) or {}
        layer_id = result.get("layer_id") or delta.get("sourceLayerId") or ""
        layer = project.mapLayer(layer_id) if open_here else None
        key = result.get("feature_pk") or delta.get("sourcePk") or delta.get("localPk") or ""
        entries.append((result, delta, layer_id, layer if isinstance(layer, QgsVectorLayer) else None, key))
    current = _current_features([(layer, key) for _, _, _, layer, key in entries if layer is not None])
    rows = []
    for result, delta, layer_id, layer, key in entries:
        rows.append({
            "delta_id": result.get("delta_id"),
            "status": str(result.get("status", "")).replace("status_", ""),
            "applied": result.get("status") == "status_applied",
            "layer": names.get(layer_id) or (layer.name() if layer else layer_id),
            "feature": feature_label(layer, delta, key, current.get((layer.id(), str(key))) if layer else None),
            "method": str(result.get("method") or delta.get("method") or ""),
            "before": values_text(delta.get("old")),
            "after": values_text(delta.get("new")),
            "conflicts": "; ".join(str(c) for c in result.get("conflicts") or []) or str(result.get("msg") or ""),
        })
    return rows


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def values_text(part: Optional[Dict[str, Any]]) -> str:
    """``name: hive 1`` lines for a delta's ``old`` or ``new``, ``geometry: …`` when it changes; ``–`` when empty."""
    if not part:
        return "–"
    lines = [f"{name}: {'NULL' if value is None else value}" for name, value in (part.get("attributes") or {}).items()]
    geometry = part.get("geometry")
    if geometry:
        text = str(geometry)
        lines.append(tr("geometry: {wkt}").format(wkt=text if len(text) <= 60 else text[:57] + "…"))
    return "\n".join(lines) or "–"


def feature_label(layer: Optional[QgsVectorLayer], delta: Dict[str, Any], key: Any,
                  current: Optional[QgsFeature] = None) -> str:
    """The feature as its layer's display expression shows it (``current``: its row now), else ``#key``."""
    fallback = f"#{key}" if key not in (None, "") else "–"
    if layer is None:
        return fallback
    attributes: Dict[str, Any] = {}
    if current is not None:
        attributes.update({f.name(): current[f.name()] for f in layer.fields()})
    for part in ("old", "new"):
        attributes.update((delta.get(part) or {}).get("attributes") or {})
    feature = QgsFeature(layer.fields())
    for name, value in attributes.items():
        index = layer.fields().indexOf(name)
        if index >= 0:
            feature.setAttribute(index, value)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    value = QgsExpression(layer.displayExpression()).evaluate(context)
    text = "" if value is None else str(value)
    return f"{text} ({fallback})" if text and text != str(key) else fallback


def _current_features(wanted: List[Tuple[QgsVectorLayer, Any]]) -> Dict[Tuple[str, str], QgsFeature]:
    """The features that still exist, by (layer id, key): one request per layer (primary key, else fid)."""
    keys: Dict[str, Tuple[QgsVectorLayer, set]] = {}
    for layer, key in wanted:
        if key not in (None, ""):
            keys.setdefault(layer.id(), (layer, set()))[1].add(str(key))
    found: Dict[Tuple[str, str], QgsFeature] = {}
    for layer_id, (layer, values) in keys.items():
        pk = layer.primaryKeyAttributes()
        name = layer.fields().at(pk[0]).name() if len(pk) == 1 and layer.providerType() != "ogr" else None
        if name:
            request = QgsFeatureRequest(QgsExpression("{} IN ({})".format(
                QgsExpression.quotedColumnRef(name), ", ".join(QgsExpression.quotedValue(v) for v in sorted(values)))))
        else:
            fids = [int(v) for v in values if v.lstrip("-").isdigit()]
            if not fids:
                continue
            request = QgsFeatureRequest().setFilterFids(fids)
        request.setFlags(QgsFeatureRequest.NoGeometry)
        for feature in layer.getFeatures(request):
            found[(layer_id, str(feature[name]) if name else str(feature.id()))] = feature
    return found
