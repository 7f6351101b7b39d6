"""The Job record: one shape for local and cloud jobs."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, Optional

# QFieldCloud's job types and statuses, spelled as the server spells them.
PROCESS_PROJECTFILE = "process_projectfile"
PACKAGE = "package"
DELTA_APPLY = "delta_apply"
SYNC = "sync"  # local only: synchronize a device copy by cable
JOB_TYPES = (PROCESS_PROJECTFILE, PACKAGE, DELTA_APPLY, SYNC)
READ_ONLY_JOB_TYPES = (PROCESS_PROJECTFILE, PACKAGE)  # never change a byte of the project's sources

PENDING = "pending"
QUEUED = "queued"
STARTED = "started"
FINISHED = "finished"
STOPPED = "stopped"
FAILED = "failed"
STATUSES = (PENDING, QUEUED, STARTED, FINISHED, STOPPED, FAILED)
UNFINISHED_STATUSES = (PENDING, QUEUED, STARTED)

LOCAL = "local"
CLOUD = "cloud"


def utc_now() -> str:
    """Current time as an ISO 8601 UTC string (the store's time format)."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def new_job_id() -> str:
    """A new random job id (a UUID, like QFieldCloud's)."""
    return str(uuid.uuid4())


@dataclass
class Job:
    """A job, local or cloud, as the store keeps it and the dock shows it."""

    type: str
    project: str
    origin: str = LOCAL
    status: str = PENDING
    id: str = field(default_factory=new_job_id)
    created_at: str = field(default_factory=utc_now)
    started_at: Optional[str] = None
    finished_at: Optional[str] = None
    params: Dict[str, Any] = field(default_factory=dict)
    log: str = ""
    feedback: Optional[Dict[str, Any]] = None
    pid: Optional[int] = None
    cloud_project_id: Optional[str] = None

    def to_dict(self) -> Dict[str, Any]:
        """The record as a JSON-serialisable dict."""
        return asdict(self)

    @property
    def is_finished(self) -> bool:
        """True when the job will not change any more."""
        return self.status not in UNFINISHED_STATUSES

    @property
    def error(self) -> Optional[str]:
        """The feedback's error message, when the job failed."""
        return (self.feedback or {}).get("error")

    @property
    def error_type(self) -> Optional[str]:
        """The feedback's error type (e.g. ``TIMEOUT``), when the job failed."""
        return (self.feedback or {}).get("error_type")

    def duration_seconds(self) -> Optional[float]:
        """Seconds between start and finish (or now, while running)."""
        if not self.started_at:
            return None
        start = datetime.fromisoformat(self.started_at)
        end = datetime.fromisoformat(self.finished_at) if self.finished_at else datetime.now(timezone.utc)
        return max(0.0, (end - start).total_seconds())

    def waited_seconds(self) -> Optional[float]:
        """Seconds the user waited: from the job's creation (the click) to its result (or now), including the
        child process's start and a check run first."""
        if not self.started_at and not self.finished_at:
            return None
        start = datetime.fromisoformat(self.created_at)
        end = datetime.fromisoformat(self.finished_at) if self.finished_at else datetime.now(timezone.utc)
        return max(0.0, (end - start).total_seconds())
