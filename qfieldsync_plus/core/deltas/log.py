"""The delta log: every delta ever received for a project, with QFieldCloud's delta statuses.

It lives in the job store's SQLite file (tables ``deltas`` and ``delta_created_pks``), so the
dock, the command line and job children share it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Tuple

from ..jobs.job import utc_now
from ..runner.store import open_database

# QFieldCloud's delta statuses.
PENDING, STARTED, APPLIED, CONFLICT = "pending", "started", "applied", "conflict"
NOT_APPLIED, ERROR, IGNORED, UNPERMITTED = "not_applied", "error", "ignored", "unpermitted"
DELTA_STATUSES = (PENDING, STARTED, APPLIED, CONFLICT, NOT_APPLIED, ERROR, IGNORED, UNPERMITTED)
# A plain run applies a logged delta again only in these statuses ("never twice unless asked").
RETRY_STATUSES = (PENDING, STARTED, CONFLICT, ERROR)
INSERT_BATCH = 5000  # rows per write transaction when registering a deltafile
BATCH_PAUSE = 0.01  # seconds between two such transactions

SCHEMA = """
CREATE TABLE IF NOT EXISTS deltas (
    id TEXT PRIMARY KEY,
    project TEXT NOT NULL,
    deltafile_id TEXT NOT NULL,
    delta_index INTEGER NOT NULL,
    layer_id TEXT,
    method TEXT,
    content TEXT NOT NULL,
    status TEXT NOT NULL,
    last_feedback TEXT,
    job_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS deltas_project ON deltas (project);
CREATE TABLE IF NOT EXISTS delta_created_pks (
    project TEXT NOT NULL,
    layer_id TEXT NOT NULL,
    client_id TEXT NOT NULL,
    local_pk TEXT NOT NULL,
    export_id TEXT,
    source_pk TEXT NOT NULL,
    delta_id TEXT,
    PRIMARY KEY (project, layer_id, client_id, local_pk)
);
"""


@dataclass
class LoggedDelta:
    """One row of the delta log."""

    id: str
    project: str
    deltafile_id: str
    delta_index: int
    layer_id: str
    method: str
    content: Dict[str, Any]
    status: str
    last_feedback: Optional[Dict[str, Any]]
    job_id: Optional[str]
    created_at: str
    updated_at: str
    seq: int

    def to_dict(self) -> Dict[str, Any]:
        """The row as JSON data."""
        return dict(self.__dict__)


CreatedKey = Tuple[str, str, str]  # (layer_id, client_id, local_pk)


class DeltaLog:
    """Read and write the delta log in the store file ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with open_database(self.path) as db:
            db.executescript(SCHEMA)

    def register(self, project: str, deltafile_id: str, deltas: List[Dict[str, Any]],
                 job_id: Optional[str] = None) -> Dict[str, str]:
        """Add the deltas not yet logged (status pending); return every delta's current status."""
        now = utc_now()
        rows = [(d["uuid"], project, deltafile_id, index, d.get("sourceLayerId") or d.get("localLayerId"),
                 d.get("method"), json.dumps(d), PENDING, job_id, now, now) for index, d in enumerate(deltas)]
        for start in range(0, len(rows), INSERT_BATCH):  # short transactions: others may write in between
            with open_database(self.path) as db:
                db.executemany(
                    "INSERT OR IGNORE INTO deltas (id, project, deltafile_id, delta_index, layer_id, method, content,"
                    " status, job_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows[start:start + INSERT_BATCH])
            time.sleep(BATCH_PAUSE)  # a gap long enough for a waiting writer to get its turn
        with open_database(self.path) as db:
            statuses = {}
            ids = [d["uuid"] for d in deltas]
            for chunk in _chunks(ids):
                for row in db.execute(f"SELECT id, status FROM deltas WHERE id IN ({_marks(chunk)})", chunk):
                    statuses[row["id"]] = row["status"]
        return statuses

    def set_statuses(self, updates: Iterable[Tuple[str, str, Optional[Dict[str, Any]]]],
                     job_id: Optional[str] = None) -> None:
        """Set (delta id, status, feedback or None to keep it) for many deltas at once."""
        now = utc_now()
        keep, replace = [], []
        for delta_id, status, feedback in updates:
            if feedback is None:
                keep.append((status, now, job_id, delta_id))
            else:
                replace.append((status, json.dumps(feedback), now, job_id, delta_id))
        with open_database(self.path) as db:
            db.executemany("UPDATE deltas SET status = ?, updated_at = ?, job_id = COALESCE(?, job_id) WHERE id = ?",
                           keep)
            db.executemany("UPDATE deltas SET status = ?, last_feedback = ?, updated_at = ?,"
                           " job_id = COALESCE(?, job_id) WHERE id = ?", replace)

    def list(self, project: Optional[str] = None, ids: Optional[List[str]] = None) -> List[LoggedDelta]:
        """Logged deltas, oldest first (by arrival), of ``project`` and/or with ``ids``."""
        clauses, values = [], []
        if project is not None:
            clauses.append("project = ?")
            values.append(project)
        if ids is not None:
            clauses.append(f"id IN ({_marks(ids)})")
            values.extend(ids)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with open_database(self.path) as db:
            rows = db.execute(f"SELECT rowid AS seq, * FROM deltas {where} ORDER BY rowid", values).fetchall()
        return [_from_row(r) for r in rows]

    def this_and_newer(self, project: str, delta_id: str) -> List[LoggedDelta]:
        """The delta ``delta_id`` and every delta of the project logged after it."""
        deltas = self.list(project)
        for index, delta in enumerate(deltas):
            if delta.id == delta_id:
                return deltas[index:]
        return []

    def created_pks(self, project: str) -> Dict[CreatedKey, Tuple[str, Optional[str]]]:
        """(layer, clientId, localPk) → (source pk, exportId) of features created from the field."""
        with open_database(self.path) as db:
            rows = db.execute("SELECT * FROM delta_created_pks WHERE project = ?", (project,)).fetchall()
        return {(r["layer_id"], r["client_id"], r["local_pk"]): (r["source_pk"], r["export_id"]) for r in rows}

    def save_created_pks(self, project: str, created: Dict[CreatedKey, Tuple[str, Optional[str], str]]) -> None:
        """Remember the keys that this run's creates produced: key → (source pk, exportId, delta id)."""
        with open_database(self.path) as db:
            db.executemany(
                "INSERT OR REPLACE INTO delta_created_pks (project, layer_id, client_id, local_pk, export_id,"
                " source_pk, delta_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(project, key[0], key[1], key[2], value[1], value[0], value[2]) for key, value in created.items()])


def _marks(values: List[Any]) -> str:
    return ", ".join("?" for _ in values) or "NULL"


def _chunks(values: List[str], size: int = 500) -> Iterable[List[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _from_row(row) -> LoggedDelta:
    return LoggedDelta(
        id=row["id"], project=row["project"], deltafile_id=row["deltafile_id"], delta_index=row["delta_index"],
        layer_id=row["layer_id"] or "", method=row["method"] or "", content=json.loads(row["content"]),
        status=row["status"], last_feedback=json.loads(row["last_feedback"]) if row["last_feedback"] else None,
        job_id=row["job_id"], created_at=row["created_at"], updated_at=row["updated_at"], seq=row["seq"])
