"""``deltas pull``: apply the cloud's pending deltas locally, for databases the cloud cannot reach.

The cloud's deltas (``GET deltas/<project>/``, ``content`` being the delta) are rebuilt into one
deltafile, validated, written to the plugin's data folder (never the project folder) and applied
by the local delta_apply job through :class:`JobRunner` (trigger rules, prerequisite check,
queue, journal and delta log all apply). Deltas the delta log already has as applied are skipped
by delta_apply itself, so pulling again applies nothing twice.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence

from ..cloud.client import CloudClient
from ..cloud.errors import INVALID, NOT_FOUND, CloudError
from ..deltas.deltafile import parse_deltafile
from ..i18n import tr
from ..jobs.delta_apply import not_applied_count
from ..jobs.errors import JobError
from ..jobs.job import DELTA_APPLY, FINISHED, Job
from ..paths import data_dir
from ..runner.runner import JobRunner

PULL_FOLDER = "cloud_pulls"
DELTAFILE_VERSION = "1.0"

# Outcomes of a pull (stable strings for --json and callers); a dry run reports what would happen.
NOTHING_PENDING, APPLIED_ALL, FAILED, PARTIAL, NOT_STARTED = (
    "nothing_pending", "applied", "failed", "partial", "not_started")


@dataclass
class PullResult:
    """What a pull did: the cloud deltas chosen, the local job and each delta's local result."""

    project_id: str
    project: str
    outcome: str
    dry_run: bool = False
    deltafile_id: Optional[str] = None
    job: Optional[Job] = None
    skipped_reason: Optional[str] = None
    deltas: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def error(self) -> str:
        """The job's error (empty when it did not fail)."""
        return (self.job.feedback or {}).get("error", "") if self.job is not None else (self.skipped_reason or "")

    def to_dict(self) -> Dict[str, Any]:
        """The result as plain data (for --json)."""
        return {"project_id": self.project_id, "project": self.project, "outcome": self.outcome,
                "dry_run": self.dry_run, "deltafile_id": self.deltafile_id,
                "job_id": self.job.id if self.job else None, "job_status": self.job.status if self.job else None,
                "error": self.error or None,
                "error_hint": (self.job.feedback or {}).get("error_hint") if self.job else None,
                "deltas": self.deltas}


def _created_at(delta: Dict[str, Any]) -> datetime:
    """The delta's creation time (ISO 8601, possibly with ``Z``); the epoch when missing or malformed."""
    text = str(delta.get("created_at") or "").replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return datetime.fromtimestamp(0).astimezone()
    return moment if moment.tzinfo else moment.astimezone()


def select_deltas(cloud_deltas: List[Dict[str, Any]], extra_ids: Sequence[str] = ()) -> List[Dict[str, Any]]:
    """The pending cloud deltas plus those with ``extra_ids``, oldest first.

    An id in ``extra_ids`` that the cloud does not have raises a CloudError naming it.
    """
    known = {d.get("id") for d in cloud_deltas}
    missing = [i for i in extra_ids if i not in known]
    if missing:
        raise CloudError(tr("The cloud project has no delta with the id {ids}.").format(ids=", ".join(missing)),
                         NOT_FOUND, hint=tr("List the cloud's deltas with `cloud deltas` and use their ids."))
    wanted = set(extra_ids)
    chosen = [d for d in cloud_deltas if d.get("last_status") == "pending" or d.get("id") in wanted]
    return sorted(chosen, key=_created_at)  # stable: deltas created together keep the server's order


def build_deltafile(project_id: str, cloud_deltas: List[Dict[str, Any]]) -> Dict[str, Any]:
    """A deltafile of the cloud deltas' contents, validated as delta_apply validates it."""
    data = {"version": DELTAFILE_VERSION, "project": project_id, "id": str(uuid.uuid4()),
            "deltas": [d.get("content") for d in cloud_deltas], "files": []}
    try:
        parse_deltafile(data, tr("deltas of cloud project {id}").format(id=project_id))
    except JobError as error:
        hint = tr("Nothing was changed. The cloud's delta content is not a valid QField delta; "
                  "fix or ignore that delta on the cloud.")
        raise CloudError(str(error), INVALID, hint=hint) from error
    return data


def write_deltafile(data: Dict[str, Any]) -> Path:
    """Write the deltafile into the data folder's pull area (never the project folder)."""
    folder = data_dir() / PULL_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['project']}-{data['id']}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _delta_reports(chosen: List[Dict[str, Any]], job: Optional[Job]) -> List[Dict[str, Any]]:
    """Per cloud delta: its cloud status and what the local job did with it."""
    outputs = ((job.feedback or {}).get("outputs") or {}) if job is not None else {}
    entries = {e.get("delta_id"): e for e in (outputs.get("apply_deltas") or {}).get("delta_feedback") or []}
    reports = []
    for delta in chosen:
        content = delta.get("content") or {}
        entry = entries.get(delta.get("id")) or {}
        reports.append({"id": delta.get("id"), "cloud_deltafile_id": delta.get("deltafile_id"),
                        "created_at": delta.get("created_at"), "cloud_status": delta.get("last_status"),
                        "method": content.get("method"), "layer_id": content.get("sourceLayerId"),
                        "local_status": entry.get("status"), "message": entry.get("msg"),
                        "conflicts": entry.get("conflicts")})
    return reports


def _outcome(job: Job) -> str:
    if job.status != FINISHED:
        return FAILED
    return PARTIAL if not_applied_count(job.feedback or {}) else APPLIED_ALL


def pull_deltas(client: CloudClient, runner: JobRunner, project_id: str, project_file: Path,
                extra_ids: Sequence[str] = (), dry_run: bool = False, overwrite_conflicts: bool = False,
                continue_on_error: bool = False, on_progress: Optional[Callable[[float], None]] = None,
                is_cancelled: Callable[[], bool] = lambda: False) -> PullResult:
    """Fetch the cloud project's pending deltas (and ``extra_ids``) and apply them to ``project_file``.

    Blocking (run it from a task or the command line). Nothing is written when the job fails.
    """
    project_file = Path(project_file).expanduser().resolve()
    if not project_file.is_file():
        raise CloudError(tr("The local project {path} does not exist.").format(path=project_file), INVALID,
                         hint=tr("Give the .qgs/.qgz with --project, or link its folder with `cloud link`."))
    try:
        cloud_deltas = client.list_deltas(project_id)
    except CloudError as error:
        if error.kind == NOT_FOUND:
            raise CloudError(tr("QFieldCloud has no project with the id {id} (or you cannot access it).").format(
                id=project_id), NOT_FOUND, error.status, error.code, error.detail,
                tr("Check --project-id (`cloud projects` lists yours) and the server URL.")) from error
        raise
    chosen = select_deltas(cloud_deltas, extra_ids)
    result = PullResult(project_id, str(project_file), NOTHING_PENDING, dry_run)
    if not chosen:
        return result
    data = build_deltafile(project_id, chosen)
    result.deltafile_id = data["id"]
    path = write_deltafile(data)
    try:
        params = {"deltafile": str(path), "dry_run": dry_run, "overwrite_conflicts": overwrite_conflicts,
                  "continue_on_error": continue_on_error, "cloud_project_id": project_id}
        submission = runner.submit(DELTA_APPLY, str(project_file), params)
        if submission.job is None:
            result.outcome, result.skipped_reason = NOT_STARTED, submission.skipped_reason
        else:
            result.job = runner.run(submission.job, on_progress=on_progress, is_cancelled=is_cancelled)
            result.outcome = _outcome(result.job)
    finally:
        path.unlink(missing_ok=True)  # the delta log keeps every delta's content
    result.deltas = _delta_reports(chosen, result.job)
    return result


def local_project_for(project_id: str, project: Optional[Path] = None, folder: Optional[Path] = None) -> Path:
    """The local project file to pull into: ``project`` (a file or folder), else ``folder``, else the
    folder linked to ``project_id``; a CloudError says what to give when none is found."""
    from ..cloud.links import folder_of_project, project_file_in

    candidate = Path(project) if project else (Path(folder) if folder else folder_of_project(project_id))
    if candidate is None:
        raise CloudError(tr("No local folder is linked to cloud project {id}.").format(id=project_id), INVALID,
                         hint=tr("Give the local project with --project, or link its folder with `cloud link`."))
    if candidate.is_dir():
        found = project_file_in(candidate)
        if found is None:
            raise CloudError(tr("{folder} does not hold exactly one .qgs/.qgz project file.").format(folder=candidate),
                             INVALID, hint=tr("Give the project file itself with --project."))
        return found
    return candidate
