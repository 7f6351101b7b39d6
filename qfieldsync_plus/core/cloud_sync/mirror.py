"""Mirror a cloud project's jobs into the job store as Job records with origin ``cloud``."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional

from ..cloud.client import CloudClient
from ..cloud.errors import CANCELLED, CloudError
from ..i18n import tr
from ..jobs.job import (CLOUD, DELTA_APPLY, FAILED, FINISHED, PACKAGE, PENDING, PROCESS_PROJECTFILE, QUEUED, STARTED,
                        STOPPED, UNFINISHED_STATUSES, Job)
from ..redact import strip_credentials
from ..runner.store import JobStore


def _finished_explanation(job_type: str) -> str:
    return {
        PACKAGE: tr("Finished: QFieldCloud packaged the project; QField downloads this package on its next "
                    "Download/Synchronize."),
        DELTA_APPLY: tr("Finished: QFieldCloud applied the pending deltas; each delta's own status (applied, "
                        "conflict, error) is in the deltas list."),
    }.get(job_type, tr("Finished: the job ran to its end. For process_projectfile this means the project could "
                       "be opened, not that every layer is configured well."))


def _started_explanation(job_type: str) -> str:
    return {
        PACKAGE: tr("Running: a QFieldCloud worker is packaging the project for QField now."),
        DELTA_APPLY: tr("Running: a QFieldCloud worker is writing the field changes into the data sources now."),
    }.get(job_type, tr("Running: a QFieldCloud worker is processing the project now."))


def status_explanation(status: str, job_type: str = PROCESS_PROJECTFILE) -> str:
    """QFieldCloud's meaning of a job status for a job of ``job_type``, for the user."""
    explanations = {
        PENDING: tr("Waiting: QFieldCloud has accepted the job and will hand it to a worker."),
        QUEUED: tr("Queued: a worker has taken the job and is about to start it."),
        STARTED: _started_explanation(job_type),
        FINISHED: _finished_explanation(job_type),
        STOPPED: tr("Stopped: the job was stopped before it finished (for example it was replaced or cancelled)."),
        FAILED: tr("Failed: the job could not finish. Open its feedback for the error and what to do."),
    }
    return explanations.get(status, tr("Unknown status {status}.").format(status=status))


def _utc(value: Optional[str]) -> Optional[str]:
    """A server time (``+01:00`` or ``Z``) as the store's UTC ISO string."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds")


def _without_credentials(value: Any) -> Any:
    """``value`` (feedback JSON) with passwords and tokens stripped from every string."""
    if isinstance(value, str):
        return strip_credentials(value)
    if isinstance(value, list):
        return [_without_credentials(v) for v in value]
    if isinstance(value, dict):
        return {k: _without_credentials(v) for k, v in value.items()}
    return value


def job_from_cloud(data: Dict[str, Any], project_label: str, base_url: str, previous: Optional[Job] = None) -> Job:
    """A :class:`Job` from the server's job object (list or detail); keeps earlier feedback."""
    if "feedback" in data:
        feedback = _without_credentials(data.get("feedback"))
    else:
        feedback = previous.feedback if previous else None
    output = strip_credentials(data.get("output") or "") if "output" in data else (previous.log if previous else "")
    return Job(
        type=data["type"], project=project_label, origin=CLOUD, status=data["status"], id=data["id"],
        created_at=_utc(data.get("created_at")) or "", started_at=_utc(data.get("started_at")),
        finished_at=_utc(data.get("finished_at")), params={"cloud_url": base_url, "created_by": data.get("created_by")},
        log=output or "", feedback=feedback, cloud_project_id=data.get("project_id"),
    )


def mirror_jobs(client: CloudClient, store: JobStore, project_id: str, project_label: str) -> List[Job]:
    """List the project's cloud jobs, fetch details of new or changed ones, save them all."""
    mirrored = []
    for summary in client.list_jobs(project_id):
        previous = store.get(summary["id"])
        needs_detail = previous is None or previous.status != summary["status"] or summary["status"] in UNFINISHED_STATUSES
        data = client.get_job(summary["id"]) if needs_detail else summary
        job = job_from_cloud(data, project_label, client.base_url, previous)
        store.save(job)
        mirrored.append(job)
    return sorted(mirrored, key=lambda j: j.created_at, reverse=True)


def poll_jobs(
    client: CloudClient,
    store: JobStore,
    project_id: str,
    project_label: str,
    on_update: Optional[Callable[[List[Job]], None]] = None,
    is_cancelled: Callable[[], bool] = lambda: False,
    sleep: Callable[[float], None] = time.sleep,
    first_delay: float = 2.0,
    max_delay: float = 30.0,
    max_wait: float = 900.0,
) -> List[Job]:
    """Mirror until no job is pending, queued or started; waits double up to ``max_delay``.

    Returns the last mirrored jobs; stops after ``max_wait`` seconds of waiting (the jobs
    stay unfinished in the store) and raises ``CloudError(CANCELLED)`` when cancelled.
    """
    delay, waited = first_delay, 0.0
    while True:
        jobs = mirror_jobs(client, store, project_id, project_label)
        if on_update is not None:
            on_update(jobs)
        if not any(j.status in UNFINISHED_STATUSES for j in jobs) or waited >= max_wait:
            return jobs
        if is_cancelled():
            raise CloudError(tr("Stopped watching the cloud jobs."), CANCELLED)
        sleep(delay)
        waited += delay
        delay = min(delay * 2, max_delay)


def trigger_job(client: CloudClient, store: JobStore, project_id: str, project_label: str,
                job_type: str, force: bool = False) -> Job:
    """Start a cloud job (package returns the unfinished one unless ``force``) and store it."""
    job = job_from_cloud(client.create_job(project_id, job_type, force), project_label, client.base_url)
    store.save(job)
    return job
