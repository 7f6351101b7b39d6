"""Finish or undo apply runs that were killed midway (see ``journal.py``)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from ..i18n import tr
from . import log as delta_log
from .engine import APPLIED, APPLY_FAILED, CONFLICT, NOT_ATTEMPTED, ROLLED_BACK
from .journal import APPLYING, Journal, abandoned_journals, journal_folder
from .sessions import sqlite_change_counter, swap_copies
from .targets import FILE_COPY, POSTGRES, SQLITE

logger = logging.getLogger("qfieldsync_plus.deltas")

# finish_source(journal, source entry) → True when the source now holds the run's changes.
DatabaseFinisher = Callable[[Journal, Dict[str, Any]], bool]


def log_status(feedback_status: str, inverse: bool) -> Optional[str]:
    """The delta log status for a delta's feedback status (None: leave the log as it is)."""
    if feedback_status == APPLIED:
        return delta_log.NOT_APPLIED if inverse else delta_log.APPLIED
    if feedback_status == CONFLICT:
        return delta_log.CONFLICT
    if feedback_status == APPLY_FAILED:
        return delta_log.ERROR
    if feedback_status in (ROLLED_BACK, NOT_ATTEMPTED):
        return delta_log.PENDING
    return None


def record_results(log: delta_log.DeltaLog, project: str, results: Iterable[Tuple[str, str, Optional[dict]]],
                   created: List[List[Any]], inverse: bool, job_id: Optional[str] = None) -> None:
    """Write a finished run's statuses (and created keys) to the delta log."""
    mapped = ((delta_id, log_status(status, inverse), feedback) for delta_id, status, feedback in results)
    log.set_statuses(project, (update for update in mapped if update[1] is not None), job_id)
    if created:
        log.save_created_pks(project, {(c[0], c[1], c[2]): (c[3], c[4], c[5]) for c in created})


def _roll_back(journal: Journal, log: delta_log.DeltaLog) -> str:
    for entry in journal.data.get("sources", []):
        copies = [copy for copy, _ in entry.get("copies", [])]
        if entry.get("copy_glob"):
            pattern = Path(entry["copy_glob"])
            copies += [str(p) for p in pattern.parent.glob(pattern.name)]
        for copy in copies:
            try:
                os.remove(copy)
            except FileNotFoundError:
                pass
        if entry.get("kind") == SQLITE and entry.get("path"):
            sqlite_change_counter(Path(entry["path"]))  # opening rolls back SQLite's hot journal
    log.set_statuses(journal.data["project"], [(d, delta_log.PENDING, None) for d in journal.data.get("delta_ids", [])])
    return tr("An interrupted delta_apply run (process {pid}) was rolled back; no data source was changed.").format(
        pid=journal.data.get("pid"))


def _finish(journal: Journal, log: delta_log.DeltaLog, finish_database: Optional[DatabaseFinisher]) -> str:
    unfinished = []
    for entry in journal.data.get("sources", []):
        if entry.get("committed"):
            continue
        kind = entry.get("kind")
        if kind == FILE_COPY:
            swap_copies([tuple(c) for c in entry.get("copies", [])], entry.get("stale_files", []))
        elif kind == SQLITE and entry.get("change_counter") is not None and entry.get("path") and \
                sqlite_change_counter(Path(entry["path"])) != entry["change_counter"]:
            pass  # the commit happened before the process died
        elif kind in (SQLITE, POSTGRES) and finish_database is not None and finish_database(journal, entry):
            pass
        else:
            unfinished.append(entry.get("label") or entry.get("key"))
        journal.mark_committed(entry["key"])
    options = journal.data.get("options", {})
    record_results(log, journal.data["project"], [(d, s, None) for d, s in journal.data.get("results", [])],
                   journal.data.get("created_pks", []), bool(options.get("inverse")))
    if unfinished:
        return tr("An interrupted delta_apply run was completed, except for: {sources}. Check these data "
                  "sources.").format(sources=", ".join(unfinished))
    return tr("An interrupted delta_apply run (process {pid}) was completed on every data source.").format(
        pid=journal.data.get("pid"))


def recover(store_path: Path, finish_database: Optional[DatabaseFinisher] = None) -> List[str]:
    """Roll back or complete every abandoned run; one message per run handled."""
    log = delta_log.DeltaLog(store_path)
    messages = []
    for journal in abandoned_journals(journal_folder(store_path)):
        if journal.phase == APPLYING:
            messages.append(_roll_back(journal, log))
        else:
            messages.append(_finish(journal, log, finish_database))
        journal.remove()
        logger.warning(messages[-1])
    return messages


def interrupted_projects(store_path: Path) -> List[str]:
    """The projects with an abandoned run (their next delta_apply job, or the plugin's start, recovers it)."""
    return sorted({str(j.data["project"]) for j in abandoned_journals(journal_folder(store_path))
                   if j.data.get("project")})
