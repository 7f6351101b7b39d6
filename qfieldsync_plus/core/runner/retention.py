"""How long the job store keeps finished jobs, and the SQL that applies it (in short batches).

Rule: a finished, failed or stopped job is removed when it is older than ``days`` AND is not among
the newest ``jobs_per_project`` jobs of its project (so a project keeps its last 1,000 jobs however
old, and every job of the last 90 days however many). Unfinished jobs are never removed. A delta
log is kept while its project file exists; once the file is gone and its newest entry is older
than ``days``, it is removed too. The rule lives in the store (``store_meta``) so the desktop's
setting also holds for the command line.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import List

BATCH = 5000  # rows per write transaction: other programs wait at most one batch
DEFAULT_DAYS = 90
DEFAULT_JOBS_PER_PROJECT = 1000
_APPLIED_KEY, _DAYS_KEY, _JOBS_KEY = "retention_applied_at", "retention_days", "retention_jobs_per_project"


@dataclass(frozen=True)
class Retention:
    """Keep jobs younger than ``days``, and the newest ``jobs_per_project`` of each project."""

    days: int = DEFAULT_DAYS
    jobs_per_project: int = DEFAULT_JOBS_PER_PROJECT


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _meta(db: sqlite3.Connection, key: str):
    row = db.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", (key, value))


def stored_retention(db: sqlite3.Connection) -> Retention:
    """The stored rule (defaults for missing or unreadable values)."""
    def number(key: str, default: int) -> int:
        try:
            return max(1, int(_meta(db, key) or default))
        except ValueError:
            return default
    return Retention(number(_DAYS_KEY, DEFAULT_DAYS), number(_JOBS_KEY, DEFAULT_JOBS_PER_PROJECT))


def store_retention(db: sqlite3.Connection, rule: Retention) -> None:
    """Store ``rule`` for every program using the store."""
    _set_meta(db, _DAYS_KEY, str(int(rule.days)))
    _set_meta(db, _JOBS_KEY, str(int(rule.jobs_per_project)))


def is_due(db: sqlite3.Connection) -> bool:
    """True when retention never ran or last ran more than a day ago."""
    last = _meta(db, _APPLIED_KEY)
    try:
        return last is None or _now() - datetime.fromisoformat(last) > timedelta(days=1)
    except ValueError:
        return True


def mark_applied(db: sqlite3.Connection) -> None:
    """Remember that retention ran now."""
    _set_meta(db, _APPLIED_KEY, _now().isoformat())


def _cutoff(rule: Retention) -> str:
    return (_now() - timedelta(days=rule.days)).isoformat(timespec="milliseconds")


def delete_old_jobs(db: sqlite3.Connection, rule: Retention) -> List[str]:
    """Delete up to :data:`BATCH` jobs the rule lets go; their ids."""
    ids = [row[0] for row in db.execute(
        "SELECT id FROM (SELECT id, created_at, status, ROW_NUMBER() OVER "
        "(PARTITION BY project ORDER BY created_at DESC, rowid DESC) AS newer FROM jobs) "
        "WHERE newer > ? AND created_at < ? AND status IN ('finished', 'failed', 'stopped') LIMIT ?",
        (rule.jobs_per_project, _cutoff(rule), BATCH))]
    db.executemany("DELETE FROM jobs WHERE id = ?", [(i,) for i in ids])
    return ids


def _is_job_id(text: str) -> bool:
    """True for a canonical UUID (the runner's job ids); never ``..`` or a path (cloud ids come from a server)."""
    try:
        return str(uuid.UUID(text)) == text
    except ValueError:
        return False


def remove_job_folders(data_folder: Path, job_ids: List[str]) -> None:
    """Remove the runner's own output folders (``<data folder>/jobs/<uuid>``) of removed jobs."""
    root = Path(data_folder) / "jobs"
    for job_id in job_ids:
        folder = root / job_id
        if _is_job_id(job_id) and folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


def forget_missing_projects_deltas(db: sqlite3.Connection, rule: Retention) -> int:
    """Remove the delta log of projects whose file is gone and whose newest delta is older than the
    rule's days; the number of projects forgotten."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'deltas'").fetchone():
        return 0
    cutoff = _cutoff(rule)
    gone = [project for project, newest in db.execute("SELECT project, MAX(updated_at) FROM deltas GROUP BY project")
            if newest < cutoff and not Path(project).exists()]
    for project in gone:
        db.execute("DELETE FROM deltas WHERE project = ?", (project,))
        db.execute("DELETE FROM delta_created_pks WHERE project = ?", (project,))
    return len(gone)
