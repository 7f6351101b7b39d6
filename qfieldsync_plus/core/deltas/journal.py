"""The apply journal: what a run is doing to which sources, so a killed run can be finished or undone.

Phases:
- ``applying``: nothing is committed. Recovery rolls back: working copies are deleted;
  open transactions were already discarded by the database when the process died.
- ``committing``: every source is prepared and the run has decided to commit. Recovery finishes
  the commit: working copies are renamed over the originals; a database source that had not
  committed (PostgreSQL: ``txid_status``; SQLite: file change counter) is re-applied from the
  delta log by the caller (``redo``).
The journal lives in the plugin's state folder, never in the project folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List

from ..runner.processes import pid_alive

APPLYING, COMMITTING = "applying", "committing"
FOLDER = "delta_journals"


@dataclass
class Journal:
    """One run's journal file."""

    path: Path
    data: Dict[str, Any] = field(default_factory=dict)

    @classmethod
    def start(cls, folder: Path, run_id: str, project: str, delta_ids: List[str], options: Dict[str, Any]) -> "Journal":
        """A new journal in phase ``applying``."""
        folder.mkdir(parents=True, exist_ok=True)
        journal = cls(folder / f"{run_id}.json", {
            "run_id": run_id, "pid": os.getpid(), "project": project, "phase": APPLYING,
            "delta_ids": delta_ids, "options": options, "sources": [], "results": [], "created_pks": []})
        journal.save()
        return journal

    @classmethod
    def load(cls, path: Path) -> "Journal":
        """Read a journal file."""
        return cls(path, json.loads(path.read_text(encoding="utf-8")))

    def save(self) -> None:
        """Write the journal atomically and durably."""
        tmp = self.path.with_suffix(".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as handle:
                json.dump(self.data, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:  # e.g. a full disk: leave no .tmp behind (a kill's is removed by the next runner)
            tmp.unlink(missing_ok=True)
            raise

    def set_sources(self, entries: List[Dict[str, Any]]) -> None:
        """Record the sources the run has opened (or prepared)."""
        self.data["sources"] = entries
        self.save()

    def enter_commit(self, entries: List[Dict[str, Any]], results: List[List[Any]],
                     created_pks: List[List[Any]]) -> None:
        """Switch to ``committing`` with the prepared sources and the log updates to make."""
        self.data.update(phase=COMMITTING, sources=entries, results=results, created_pks=created_pks)
        self.save()

    def mark_committed(self, key: str) -> None:
        """Record that source ``key`` committed."""
        for entry in self.data["sources"]:
            if entry["key"] == key:
                entry["committed"] = True
        self.save()

    def remove(self) -> None:
        """Delete the journal (the run is complete)."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass

    @property
    def phase(self) -> str:
        """``applying`` or ``committing``."""
        return self.data.get("phase", APPLYING)


def journal_folder(store_path: Path) -> Path:
    """Where journals live: beside the job store."""
    return Path(store_path).parent / FOLDER


def abandoned_journals(folder: Path) -> List[Journal]:
    """Journals of runs whose process is gone (oldest first)."""
    found = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime):
        try:
            journal = Journal.load(path)
        except (OSError, ValueError):
            continue
        pid = journal.data.get("pid") or 0
        if pid != os.getpid() and pid_alive(pid):
            continue
        found.append(journal)
    return found
