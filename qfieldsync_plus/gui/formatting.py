"""How job values are shown: durations, times, project names, feedback parts."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import PurePath
from typing import Any, Dict, List, Optional, Tuple

from ..core.i18n import tr, translated


def duration_text(seconds: Optional[float]) -> str:
    """``0.4 s``, ``12 s``, ``3 min 5 s`` or ``–``."""
    if seconds is None:
        return "–"
    if seconds < 10:
        return tr("{seconds:.1f} s").format(seconds=seconds)
    if seconds < 60:
        return tr("{seconds:.0f} s").format(seconds=seconds)
    minutes, rest = divmod(int(round(seconds)), 60)
    return tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)


def time_text(iso: Optional[str], now: Optional[datetime] = None) -> str:
    """A stored UTC time in local time: ``14:02`` today, else ``2026-11-27 14:02``."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso).astimezone()
    now = (now or datetime.now(timezone.utc)).astimezone()
    if moment.date() == now.date():
        return moment.strftime("%H:%M:%S")
    return moment.strftime("%Y-%m-%d %H:%M")


def project_name(project: str) -> str:
    """The file name of a project path (any OS)."""
    return PurePath(project.replace("\\", "/")).name or project


def steps_of(feedback: Optional[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The feedback's steps (empty when none)."""
    return list((feedback or {}).get("steps") or [])


def thumbnail_of(feedback: Optional[Dict[str, Any]]) -> Optional[str]:
    """The thumbnail path a process_projectfile job wrote, if any."""
    outputs = (feedback or {}).get("outputs") or {}
    return (outputs.get("generate_thumbnail") or {}).get("thumbnail")


def layers_of(feedback: Optional[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Layer rows in project order: from the check's project details, else the package's layer data."""
    outputs = (feedback or {}).get("outputs") or {}
    details = (outputs.get("project_details") or {}).get("project_details") or {}
    layers = details.get("layers_by_id") or (outputs.get("qgis_layers_data") or {}).get("layers_by_id") or {}
    order = [i for i in details.get("ordered_layer_ids", []) if i in layers]
    order += [i for i in layers if i not in order]
    return [dict(layers[i], id=layers[i].get("id", i)) for i in order]


def findings_of(feedback: Optional[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Project-level findings of a check, and a package job's warnings (links skipped, folder backed up)."""
    outputs = (feedback or {}).get("outputs") or {}
    details = (outputs.get("project_details") or {}).get("project_details") or {}
    warnings = (outputs.get("package_project") or {}).get("warnings") or []
    return list(details.get("findings") or []) + [{"message": warning} for warning in warnings]


def feedback_text(feedback: Optional[Dict[str, Any]], key: str) -> str:
    """The feedback's ``error`` or ``error_hint`` in the user's language (stored in English)."""
    feedback = feedback or {}
    return translated(feedback.get(f"{key}_template") or "", feedback.get(f"{key}_params") or {},
                      feedback.get(key) or "") if feedback.get(key) else ""


def finding_texts(finding: Dict[str, Any]) -> Tuple[str, str]:
    """A finding's message and hint in the user's language (the feedback holds them in English)."""
    params = finding.get("params") or {}
    return (translated(finding.get("message_template") or "", params, finding.get("message") or ""),
            translated(finding.get("hint_template") or "", params, finding.get("hint") or ""))


def step_label(step: Dict[str, Any]) -> str:
    """A workflow step's name in the user's language (stored in English)."""
    return tr(step.get("name") or step.get("id") or "")


def problem_findings(feedback: Optional[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The check's findings the user must act on or know about (errors and warnings, not information)."""
    return [f for f in findings_of(feedback) if f.get("severity") in ("error", "warning")]


def shown_status(job: Any) -> str:
    """A job's status as the dock shows it: ``warning`` for a finished job with findings or bad layers."""
    if job.status == "finished" and (problem_findings(job.feedback) or
                                     any(layer.get("status") != "ok" for layer in layers_of(job.feedback))):
        return "warning"
    return job.status


def delta_results_of(feedback: Optional[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Per-delta results of a delta_apply job (``outputs.apply_deltas.delta_feedback``)."""
    outputs = (feedback or {}).get("outputs") or {}
    return list((outputs.get("apply_deltas") or {}).get("delta_feedback") or [])



def status_label(status: str) -> str:
    """A job or layer status in the user's language."""
    labels = {
        "pending": tr("pending"), "queued": tr("queued"), "started": tr("started"),
        "finished": tr("finished"), "stopped": tr("stopped"), "failed": tr("failed"),
        "warning": tr("finished with warnings"),
        "ok": tr("ok"), "invalid_layer": tr("invalid layer"), "invalid_dataprovider": tr("invalid data provider"),
        "localized_dataprovider": tr("localized data provider"),
    }
    return labels.get(status, status)


def origin_label(origin: str) -> str:
    """``local`` or ``cloud`` in the user's language."""
    return {"local": tr("local"), "cloud": tr("cloud")}.get(origin, origin)


def stage_label(stage: int) -> str:
    """A workflow step's stage (0 pending, 1 started, 2 finished)."""
    return {0: tr("not run"), 1: tr("stopped here"), 2: tr("done")}.get(stage, str(stage))


def output_folder_of(params: Dict[str, Any]) -> Optional[str]:
    """Where a job wrote its result: the package folder of a package job, else its output folder."""
    return params.get("package_dir") or params.get("output_dir") or None
