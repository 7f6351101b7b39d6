"""Recognise a device copy that comes back without its copy id (a new zip, a folder copied elsewhere).

A phone's field-created features are in the state its earlier syncs brought home. A device with a
field-created row that has the same fid and more than half of its known non-NULL values (geometry
included) equal to a known copy's of the same package is that copy; without this, its earlier
creates would be created again.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Dict, Optional

from .baseline import TableInfo, attach, read_only
from .state import SyncState


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _shares_created_rows(db: sqlite3.Connection, info: TableInfo) -> bool:
    if not info.columns:
        return False
    key, table = _q(info.key_column), _q(info.table)
    equal = " + ".join(f"COALESCE(d.{_q(c)} = s.{_q(c)}, 0)" for c in info.columns)
    known = " + ".join(f"(s.{_q(c)} IS NOT NULL)" for c in info.columns)
    row = db.execute(f"SELECT 1 FROM main.{table} d JOIN known.{table} s ON d.{key} = s.{key} "
                     f"WHERE 2 * ({equal}) > ({known}) "
                     f"AND d.{key} NOT IN (SELECT fkey FROM main.qfsp_baseline WHERE table_name = ?) LIMIT 1",
                     (info.table,)).fetchone()
    return row is not None


def recognise_copy(device_gpkg: Path, package_id: str, state: SyncState, tables: Dict[str, TableInfo]) -> Optional[str]:
    """The id of the known copy of ``package_id`` that this device is, or None."""
    for copy_id in state.copies_of(package_id):
        known = state.copy_file(copy_id)
        if not known.is_file():
            continue
        with closing(read_only(device_gpkg)) as db:
            attach(db, known, "known")
            if any(_shares_created_rows(db, info) for info in tables.values()):
                return copy_id
    return None
