"""The delta log: every delta ever received for a project, with QFieldCloud's delta statuses.

It lives in the job store's SQLite file (tables ``deltas`` and ``delta_created_pks``), so the
dock, the command line and job children share it. Rows are keyed by (project, delta uuid): the
same deltafile applied to two projects is logged twice. Each row also records the data source
(and layer) the delta was applied to, so a delta applied through one project is not applied to
the same source again through another.
"""

from __future__ import annotations

import json
import sys
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

DELTAS_TABLE = """
CREATE TABLE IF NOT EXISTS deltas (
    project TEXT NOT NULL,
    id TEXT NOT NULL,
    source TEXT,
    deltafile_id TEXT NOT NULL,
    delta_index INTEGER NOT NULL,
    layer_id TEXT,
    method TEXT,
    content TEXT NOT NULL,
    status TEXT NOT NULL,
    last_feedback TEXT,
    job_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (project, id)
)"""
SCHEMA = DELTAS_TABLE + """;
CREATE INDEX IF NOT EXISTS deltas_id ON deltas (id);
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
# Stores written before the log was keyed by project (``id`` alone was the primary key).
UNKEYED_COLUMNS = ("id", "project", "deltafile_id", "delta_index", "layer_id", "method", "content", "status",
                   "last_feedback", "job_id", "created_at", "updated_at")


def project_key(project: str) -> str:
    """The key the delta log files a project's deltas under: the resolved project file path.

    The one place that decides it (a stable cloud project id may replace the path later).
    """
    return str(Path(project).expanduser().resolve())


def _migrate_unkeyed(db) -> None:
    """Re-key a delta log of an older store by (project, delta id), keeping every row and its order."""
    db.execute("BEGIN IMMEDIATE")
    keys = {row["name"]: row["pk"] for row in db.execute("PRAGMA table_info(deltas)")}
    if not keys or keys.get("project"):  # no table yet, or another process migrated it meanwhile
        db.execute("COMMIT")
        return
    columns = ", ".join(UNKEYED_COLUMNS)
    db.execute("ALTER TABLE deltas RENAME TO deltas_unkeyed")
    db.execute(DELTAS_TABLE)
    db.execute(f"INSERT INTO deltas (rowid, {columns}) SELECT rowid, {columns} FROM deltas_unkeyed ORDER BY rowid")
    db.execute("DROP TABLE deltas_unkeyed")
    db.execute("COMMIT")


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
            _migrate_unkeyed(db)
            db.executescript(SCHEMA)

    def register(self, project: str, deltafile_id: str, deltas: List[Dict[str, Any]],
                 job_id: Optional[str] = None) -> Dict[str, str]:
        """Add the deltas the project has not logged yet (status pending); return every delta's current status."""
        now = utc_now()
        for start in range(0, len(deltas), INSERT_BATCH):  # short transactions: others may write in between
            rows = [(project, d["uuid"], deltafile_id, index, d.get("sourceLayerId") or d.get("localLayerId"),
                     d.get("method"), json.dumps(d), PENDING, job_id, now, now)
                    for index, d in enumerate(deltas[start:start + INSERT_BATCH], start)]
            with open_database(self.path) as db:
                db.executemany(
                    "INSERT OR IGNORE INTO deltas (project, id, deltafile_id, delta_index, layer_id, method, content,"
                    " status, job_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            time.sleep(BATCH_PAUSE)  # a gap long enough for a waiting writer to get its turn
        return self.statuses(project, [d["uuid"] for d in deltas])

    def statuses(self, project: str, ids: List[str]) -> Dict[str, str]:
        """The logged status of each of ``ids`` in ``project`` (deltas not logged are left out)."""
        found: Dict[str, str] = {}
        with open_database(self.path) as db:
            for chunk in _chunks(ids):
                for row in db.execute(f"SELECT id, status FROM deltas WHERE project = ? AND id IN ({_marks(chunk)})",
                                      [project, *chunk]):
                    found[row["id"]] = sys.intern(row["status"])  # one string per status, not per delta
        return found

    def set_statuses(self, project: str, updates: Iterable[Tuple[str, str, Optional[Dict[str, Any]]]],
                     job_id: Optional[str] = None) -> None:
        """Set (delta id, status, feedback or None to keep it) for many deltas of ``project`` at once."""
        now = utc_now()
        keep: List[tuple] = []
        replace: List[tuple] = []
        with open_database(self.path) as db:  # one transaction, written in batches (no copy of every row at once)
            for delta_id, status, feedback in updates:
                if feedback is None:
                    keep.append((status, now, job_id, project, delta_id))
                else:
                    replace.append((status, json.dumps(feedback), now, job_id, project, delta_id))
                if len(keep) + len(replace) >= INSERT_BATCH:
                    _update_statuses(db, keep, replace)
            _update_statuses(db, keep, replace)

    def set_sources(self, project: str, sources: Iterable[Tuple[str, str]]) -> None:
        """Record (delta id, data source) for deltas of ``project`` a run is applying."""
        with open_database(self.path) as db:
            db.executemany("UPDATE deltas SET source = ? WHERE project = ? AND id = ?",
                           [(source, project, delta_id) for delta_id, source in sources])

    def applied_elsewhere(self, project: str, sources: Dict[str, str]) -> Dict[str, str]:
        """Delta id → other project, for deltas another project applied to the same data source (``sources``)."""
        found: Dict[str, str] = {}
        with open_database(self.path) as db:
            for chunk in _chunks(list(sources)):
                rows = db.execute(f"SELECT id, project, source FROM deltas WHERE id IN ({_marks(chunk)})"
                                  " AND project != ? AND status = ?", [*chunk, project, APPLIED])
                for row in rows:
                    if row["source"] and row["source"] == sources[row["id"]]:
                        found[row["id"]] = row["project"]
        return found

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


def _update_statuses(db, keep: List[tuple], replace: List[tuple]) -> None:
    """Write (and empty) the pending status updates of :meth:`DeltaLog.set_statuses`."""
    db.executemany("UPDATE deltas SET status = ?, updated_at = ?, job_id = COALESCE(?, job_id)"
                   " WHERE project = ? AND id = ?", keep)
    db.executemany("UPDATE deltas SET status = ?, last_feedback = ?, updated_at = ?,"
                   " job_id = COALESCE(?, job_id) WHERE project = ? AND id = ?", replace)
    keep.clear()
    replace.clear()


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
