"""The job store: job history (local and cloud) in one SQLite file in the profile folder.

Each call opens its own short connection, so the store is safe to use from QgsTask threads
and from several processes (the desktop and the command line) at once.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional, Sequence

from ..jobs.errors import CRASH
from ..jobs.job import FAILED, STARTED, QUEUED, Job, utc_now
from ..jobs.workflow import failure_feedback
from ..i18n import tr
from .processes import pid_alive

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    project TEXT NOT NULL,
    origin TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    params TEXT NOT NULL DEFAULT '{}',
    log TEXT NOT NULL DEFAULT '',
    feedback TEXT,
    pid INTEGER,
    cloud_project_id TEXT
);
CREATE INDEX IF NOT EXISTS jobs_project ON jobs (project, type, status);
CREATE INDEX IF NOT EXISTS jobs_created ON jobs (created_at);
"""

COLUMNS = (
    "id", "type", "project", "origin", "status", "created_at", "started_at", "finished_at",
    "params", "log", "feedback", "pid", "cloud_project_id",
)


@contextmanager
def open_database(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to the store file, committed on success, closed always."""
    connection = sqlite3.connect(str(path), timeout=30)
    try:
        connection.execute("PRAGMA busy_timeout = 30000")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.row_factory = sqlite3.Row
        yield connection
        connection.commit()
    finally:
        connection.close()


def _to_row(job: Job) -> tuple:
    return (
        job.id, job.type, job.project, job.origin, job.status, job.created_at, job.started_at,
        job.finished_at, json.dumps(job.params), job.log,
        json.dumps(job.feedback) if job.feedback is not None else None, job.pid, job.cloud_project_id,
    )


def _from_row(row: sqlite3.Row) -> Job:
    return Job(
        id=row["id"], type=row["type"], project=row["project"], origin=row["origin"],
        status=row["status"], created_at=row["created_at"], started_at=row["started_at"],
        finished_at=row["finished_at"], params=json.loads(row["params"] or "{}"), log=row["log"] or "",
        feedback=json.loads(row["feedback"]) if row["feedback"] else None, pid=row["pid"],
        cloud_project_id=row["cloud_project_id"],
    )


class JobStore:
    """Save, load and list :class:`Job` records."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open_database(self.path) as db:
            db.executescript(SCHEMA)

    def save(self, job: Job) -> Job:
        """Insert or replace ``job``."""
        placeholders = ", ".join("?" for _ in COLUMNS)
        with open_database(self.path) as db:
            db.execute(f"INSERT OR REPLACE INTO jobs ({', '.join(COLUMNS)}) VALUES ({placeholders})", _to_row(job))
        return job

    def get(self, job_id: str) -> Optional[Job]:
        """The job with ``job_id``, or None."""
        with open_database(self.path) as db:
            row = db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone()
        return _from_row(row) if row else None

    def list(
        self,
        project: Optional[str] = None,
        job_type: Optional[str] = None,
        statuses: Optional[Sequence[str]] = None,
        origin: Optional[str] = None,
        limit: int = 200,
    ) -> List[Job]:
        """Jobs, newest first, filtered by project, type, statuses and origin."""
        clauses, values = [], []
        for column, value in (("project", project), ("type", job_type), ("origin", origin)):
            if value is not None:
                clauses.append(f"{column} = ?")
                values.append(value)
        if statuses:
            clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
            values.extend(statuses)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with open_database(self.path) as db:
            rows = db.execute(
                f"SELECT * FROM jobs {where} ORDER BY created_at DESC, rowid DESC LIMIT ?", (*values, limit)
            ).fetchall()
        return [_from_row(r) for r in rows]

    def delete(self, job_id: str) -> None:
        """Forget one job."""
        with open_database(self.path) as db:
            db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))

    def fail_orphans(self) -> List[Job]:
        """Mark local jobs left queued/started by a process that no longer exists as failed."""
        orphans = []
        for job in self.list(statuses=(QUEUED, STARTED), origin="local", limit=10_000):
            if job.pid and pid_alive(job.pid):
                continue
            job.status = FAILED
            job.finished_at = utc_now()
            job.feedback = failure_feedback(
                job.type,
                tr("The job's process ended without reporting a result (QGIS or the computer stopped)."),
                CRASH,
            )
            self.save(job)
            orphans.append(job)
        return orphans
