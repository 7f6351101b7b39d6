"""Push deltafiles to the cloud (after checking them locally), list and apply cloud deltas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional

from ..i18n import tr
from .client import CloudClient
from .errors import INVALID, CloudError

FILE_KEYS = ("version", "project", "id", "deltas", "files")
DELTA_KEYS = ("uuid", "clientId", "localPk", "sourcePk", "localLayerId", "sourceLayerId", "method")
METHODS = ("create", "patch", "delete")


def check_deltafile(path: Path, project_id: Optional[str] = None) -> Dict[str, Any]:
    """The parsed deltafile, or a CloudError naming the file, the delta and what is wrong.

    The server answers a delta without ``clientId`` with a bare 500 (recording 100), and a
    schema error with 500 too, so everything is checked here first.
    """
    name = Path(path).name
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise CloudError(tr("{file} is not a readable JSON deltafile: {error}").format(file=name, error=error), INVALID) from error
    if not isinstance(data, dict):
        raise CloudError(tr("{file} is not a deltafile (expected a JSON object).").format(file=name), INVALID)
    missing = [k for k in FILE_KEYS if k not in data]
    if missing:
        raise CloudError(tr("{file} lacks the keys {keys}.").format(file=name, keys=", ".join(missing)), INVALID)
    if project_id and data["project"] != project_id:
        raise CloudError(tr("{file} belongs to cloud project {theirs}, not {ours}.").format(
            file=name, theirs=data["project"], ours=project_id), INVALID,
            hint=tr("Push it with --project-id {id}, or pick the right deltafile.").format(id=data["project"]))
    if not isinstance(data["deltas"], list) or not data["deltas"]:
        raise CloudError(tr("{file} has no deltas.").format(file=name), INVALID)
    problems = []
    for index, delta in enumerate(data["deltas"]):
        label = (delta.get("uuid") if isinstance(delta, dict) else None) or f"#{index + 1}"
        if not isinstance(delta, dict):
            problems.append(tr("delta {label} is not an object").format(label=label))
            continue
        lacking = [k for k in DELTA_KEYS if not delta.get(k)]
        if lacking:
            problems.append(tr("delta {label} lacks {keys}").format(label=label, keys=", ".join(lacking)))
        elif delta["method"] not in METHODS:
            problems.append(tr("delta {label} has the unknown method {method}").format(label=label, method=delta["method"]))
    if problems:
        raise CloudError(tr("{file} cannot be pushed: {problems}.").format(file=name, problems="; ".join(problems)),
                         INVALID, hint=tr("Every delta needs a clientId (the device that made it); QFieldCloud fails "
                                          "without one. Nothing was sent."))
    return data


def push_deltafile(client: CloudClient, project_id: str, path: Path) -> Dict[str, Any]:
    """Check ``path`` locally, compare its delta ids with the cloud's, then upload it if any is new.

    QFieldCloud answers 200 to a deltafile whose deltas it already has and ignores them (no job
    is queued), so that case is reported instead of sent. Returns the deltafile id, the delta
    count, how many the cloud already had and whether a delta_apply job was queued.
    """
    data = check_deltafile(path, project_id)
    known = {d.get("id") for d in client.list_deltas(project_id)}
    ids = [d["uuid"] for d in data["deltas"]]
    already = sum(1 for i in ids if i in known)
    queued = already < len(ids)
    if queued:
        client.push_deltafile(project_id, Path(path))
    return {"deltafile_id": data["id"], "deltas": len(ids), "already_on_server": already, "queued": queued}


def list_deltas(client: CloudClient, project_id: str, deltafile_id: Optional[str] = None) -> List[Dict[str, Any]]:
    """The cloud's deltas with their last status."""
    return client.list_deltas(project_id, deltafile_id)


def pending_deltas(client: CloudClient, project_id: str) -> List[Dict[str, Any]]:
    """The cloud's deltas still waiting to be applied."""
    return [d for d in client.list_deltas(project_id) if d.get("last_status") == "pending"]


def apply_pending(client: CloudClient, project_id: str) -> int:
    """Ask the cloud to apply its pending deltas; returns how many were pending."""
    count = len(pending_deltas(client, project_id))
    if count:
        client.apply_deltas(project_id)
    return count
