"""The job store: job history (local and cloud) in one SQLite file in the profile folder.

Each call opens its own short connection, so the store is safe to use from QgsTask threads
and from several processes (the desktop and the command line) at once. A damaged file is moved
aside and recreated (``notices`` says so); other failures raise :class:`StoreError`.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Callable, List, Optional, Sequence, TypeVar

from ..jobs.errors import CRASH
from ..jobs.job import FAILED, STARTED, QUEUED, Job, utc_now
from ..jobs.workflow import failure_feedback
from ..i18n import tr
from . import retention
from .processes import pid_alive
from .store_file import StoreCorrupt, StoreError, check_integrity, folder_error, move_aside, open_database

__all__ = ["JobStore", "StoreError", "open_database"]
T = TypeVar("T")

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
CREATE INDEX IF NOT EXISTS jobs_project_created ON jobs (project, created_at);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs (status);
CREATE INDEX IF NOT EXISTS jobs_created ON jobs (created_at);
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

COLUMNS = (
    "id", "type", "project", "origin", "status", "created_at", "started_at", "finished_at",
    "params", "log", "feedback", "pid", "cloud_project_id",
)
SUMMARY_COLUMNS = tuple(c for c in COLUMNS if c not in ("log", "feedback"))  # list views: no large blobs


def _to_row(job: Job) -> tuple:
    return (
        job.id, job.type, job.project, job.origin, job.status, job.created_at, job.started_at,
        job.finished_at, json.dumps(job.params), job.log,
        json.dumps(job.feedback) if job.feedback is not None else None, job.pid, job.cloud_project_id,
    )


def _from_row(row: sqlite3.Row) -> Job:
    full = "feedback" in row.keys()
    return Job(
        id=row["id"], type=row["type"], project=row["project"], origin=row["origin"],
        status=row["status"], created_at=row["created_at"], started_at=row["started_at"],
        finished_at=row["finished_at"], params=json.loads(row["params"] or "{}"), log=(row["log"] or "") if full else "",
        feedback=json.loads(row["feedback"]) if full and row["feedback"] else None, pid=row["pid"],
        cloud_project_id=row["cloud_project_id"],
    )


class JobStore:
    """Save, load and list :class:`Job` records."""

    def __init__(self, path: Path, on_notice: Optional[Callable[[str], None]] = None) -> None:
        self.path = Path(path)
        self.notices: List[str] = []
        self._on_notice = on_notice
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise folder_error(self.path.parent, error) from error
        self._call(lambda db: db.executescript(SCHEMA), create=True)

    # -- plumbing ---------------------------------------------------------------------------
    def _call(self, work: Callable[[sqlite3.Connection], T], create: bool = False) -> T:
        """Run ``work`` in one short transaction; a damaged store is moved aside and recreated once."""
        try:
            with open_database(self.path, create=create) as db:
                return work(db)
        except StoreCorrupt:
            if check_integrity(self.path):
                raise
            self._recreate()
            with open_database(self.path, create=True) as db:
                return work(db)

    def _recreate(self) -> None:
        aside = move_aside(self.path)
        with open_database(self.path, create=True) as db:
            db.executescript(SCHEMA)
        self._notice(tr("The job store {path} was damaged: it was moved aside as {aside} and a new, empty one was "
                        "created (earlier job history and delta log are in the old file).").format(
                            path=self.path, aside=aside.name))

    def _notice(self, message: str) -> None:
        self.notices.append(message)
        if self._on_notice is not None:
            self._on_notice(message)

    # -- jobs -------------------------------------------------------------------------------
    def save(self, job: Job) -> Job:
        """Insert or replace ``job``."""
        placeholders = ", ".join("?" for _ in COLUMNS)
        self._call(lambda db: db.execute(
            f"INSERT OR REPLACE INTO jobs ({', '.join(COLUMNS)}) VALUES ({placeholders})", _to_row(job)))
        return job

    def get(self, job_id: str) -> Optional[Job]:
        """The job with ``job_id``, or None."""
        row = self._call(lambda db: db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,)).fetchone())
        return _from_row(row) if row else None

    def list(
        self,
        project: Optional[str] = None,
        job_type: Optional[str] = None,
        statuses: Optional[Sequence[str]] = None,
        origin: Optional[str] = None,
        limit: int = 200,
        summary: bool = False,
    ) -> List[Job]:
        """Jobs, newest first, filtered by project, type, statuses and origin.

        ``summary`` leaves out the log and the feedback (empty in the returned records).
        """
        clauses, values = [], []
        for column, value in (("project", project), ("type", job_type), ("origin", origin)):
            if value is not None:
                clauses.append(f"{column} = ?")
                values.append(value)
        if statuses:
            clauses.append(f"status IN ({', '.join('?' for _ in statuses)})")
            values.extend(statuses)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        columns = ", ".join(SUMMARY_COLUMNS) if summary else "*"
        rows = self._call(lambda db: db.execute(
            f"SELECT {columns} FROM jobs {where} ORDER BY created_at DESC, rowid DESC LIMIT ?", (*values, limit)
        ).fetchall())
        return [_from_row(r) for r in rows]

    def delete(self, job_id: str) -> None:
        """Forget one job."""
        self._call(lambda db: db.execute("DELETE FROM jobs WHERE id = ?", (job_id,)))

    def fail_orphans(self) -> List[Job]:
        """Mark local jobs left queued/started by a process that no longer exists as failed (one transaction)."""
        rows = self._call(lambda db: db.execute(
            f"SELECT {', '.join(SUMMARY_COLUMNS)} FROM jobs WHERE origin = 'local' AND status IN (?, ?)",
            (QUEUED, STARTED)).fetchall())
        orphans = [_from_row(r) for r in rows if not (r["pid"] and pid_alive(r["pid"]))]
        if not orphans:
            return []
        message = tr("The job's process ended without reporting a result (QGIS or the computer stopped).")
        now = utc_now()
        for job in orphans:
            job.status, job.finished_at, job.feedback = FAILED, now, failure_feedback(job.type, message, CRASH)
        self._call(lambda db: db.executemany(
            "UPDATE jobs SET status = ?, finished_at = ?, feedback = ? WHERE id = ? AND status IN (?, ?)",
            [(FAILED, now, json.dumps(j.feedback), j.id, QUEUED, STARTED) for j in orphans]))
        return orphans

    # -- retention --------------------------------------------------------------------------
    def retention(self) -> retention.Retention:
        """The retention the desktop settings last stored (the defaults until then)."""
        return self._call(retention.stored_retention)

    def set_retention(self, rule: retention.Retention) -> None:
        """Store ``rule`` for every program using this store (written only when it changed)."""
        if self.retention() != rule:
            self._call(lambda db: retention.store_retention(db, rule))

    def apply_retention_if_due(self) -> int:
        """Apply the stored retention when it last ran more than a day ago; the number of jobs removed."""
        if not self._call(retention.is_due):
            return 0
        rule = self.retention()
        removed = 0
        while True:
            batch = self._call(lambda db: retention.delete_old_jobs(db, rule))
            retention.remove_job_folders(self.path.parent, batch)
            removed += len(batch)
            if len(batch) < retention.BATCH:
                break
        self._call(lambda db: retention.forget_missing_projects_deltas(db, rule))
        self._call(retention.mark_applied)
        return removed
