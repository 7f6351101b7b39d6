"""Plain-text renderings of feedback: the layer table (seed's "Check project layers") and findings."""

from __future__ import annotations

from typing import Any, Dict, List

from ..i18n import tr


def project_details_of(feedback: Dict[str, Any]) -> Dict[str, Any]:
    """``outputs.project_details.project_details`` (empty when absent)."""
    return ((feedback.get("outputs") or {}).get("project_details") or {}).get("project_details") or {}


def _table(headers: List[str], rows: List[List[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def layer_table(feedback: Dict[str, Any]) -> str:
    """The layer table: status, layer, provider, message, and the advice below each problem."""
    details = project_details_of(feedback)
    layers = details.get("layers_by_id", {})
    order = [i for i in details.get("ordered_layer_ids", []) if i in layers]
    order += [i for i in layers if i not in order]
    rows, advice = [], []
    for layer_id in order:
        layer = layers[layer_id]
        rows.append([layer.get("status", ""), layer.get("name", ""), layer.get("provider_name") or "",
                     (layer.get("message") or "").replace("\n", " ")[:120]])
        if layer.get("hint"):
            advice.append(f"  {layer.get('name')}: {layer['hint']}")
    text = _table([tr("Status"), tr("Layer"), tr("Provider"), tr("Message")], rows)
    if advice:
        text += "\n\n" + tr("What to do:") + "\n" + "\n".join(advice)
    return text


def findings_text(feedback: Dict[str, Any]) -> str:
    """Project-level findings, one paragraph each (paths indented)."""
    lines = []
    for finding in project_details_of(feedback).get("findings", []):
        lines.append(f"[{finding['severity']}] {finding['message']}")
        if finding.get("hint"):
            lines.append(f"    → {finding['hint']}")
        lines += [f"      {p}" for p in finding.get("paths", [])]
    return "\n".join(lines)
