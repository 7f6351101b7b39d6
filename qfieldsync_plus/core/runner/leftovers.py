"""Temporary files of jobs whose process was killed: removed when the next runner starts.

A runner names its temporary folders in the private folder beside the job store after its own
process id (``qfsp-job-<pid>-…`` for a job's request, result and throwaway ``qgis-auth.db``,
``qfsp-secrets-<pid>-…`` for its ``pg_service.conf``), and so does a cloud download its partial
files (``cloud_staging/qfsp-download-<pid>-…``); one whose process is gone is a leftover. A delta
journal's ``.tmp`` (written, then renamed over the journal) is a leftover when the run that wrote it is gone.
Only these names, in these folders, are ever removed.
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path
from typing import List

from ..deltas.journal import journal_folder
from ..paths import private_dir
from ..temp_names import STAGING_FOLDER
from .processes import pid_alive

_OWNED = re.compile(r"^qfsp-(?:job|secrets|download)-(\d+)-[A-Za-z0-9_]+$")
# A journal .tmp that cannot be read is a leftover once it is this old (a save takes milliseconds).
STALE_TMP_SECONDS = 60


def remove_leftovers(store_file: Path) -> List[Path]:
    """Remove the temporary folders and journal ``.tmp`` files of dead processes; return what was removed."""
    removed: List[Path] = []
    staging = Path(store_file).parent / STAGING_FOLDER
    for entry in list(private_dir(store_file).iterdir()) + (list(staging.iterdir()) if staging.is_dir() else []):
        match = _OWNED.match(entry.name)
        if not match or entry.is_symlink() or pid_alive(int(match.group(1))):
            continue
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry)
    journals = journal_folder(store_file)
    if journals.is_dir():
        for tmp in journals.glob("*.tmp"):
            if tmp.is_file() and not tmp.is_symlink() and _abandoned_journal_tmp(tmp):
                tmp.unlink(missing_ok=True)
                removed.append(tmp)
    return removed


def _abandoned_journal_tmp(tmp: Path) -> bool:
    try:
        pid = int(json.loads(tmp.read_text(encoding="utf-8")).get("pid") or 0)
    except (OSError, ValueError, AttributeError, TypeError):  # cut short: its writer died, or writes right now
        try:
            return time.time() - tmp.stat().st_mtime > STALE_TMP_SECONDS
        except OSError:  # renamed over its journal meanwhile
            return False
    return not pid_alive(pid)
