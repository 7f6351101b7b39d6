"""Old values on a computer without the package's rows: the current source, checked against the fingerprint.

The changed features' current source rows are exported the way packaging exports them, so their
values hash like the package's. Where a source value still hashes like the package's, it is the
old value (no conflict); where it does not, the office changed it since packaging: a conflict.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Dict, List

from ..i18n import tr
from .baseline import COLUMN_HASH_SIZE, attach, read_only, row_hashes
from .diff import DELETE, PATCH, RowChange


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _source_row(db: sqlite3.Connection, change: RowChange) -> Dict[str, object]:
    info = change.table
    present = {row[1] for row in db.execute(f"PRAGMA source.table_info({_q(info.table)})")}
    columns = [c for c in info.columns if c in present]
    if info.key_column not in present:
        return {}
    row = db.execute(f"SELECT {', '.join(_q(c) for c in columns) or 'NULL'} FROM source.{_q(info.table)} "
                     f"WHERE {_q(info.key_column)} = ?", (change.fid,)).fetchone()
    return dict(zip(columns, row)) if row is not None else {}


def fill_old_values(changes: List[RowChange], device_gpkg: Path, source_gpkg: Path) -> None:
    """Give hash-only patches and deletes their old values from the source, or office-change conflicts."""
    with closing(read_only(device_gpkg)) as db:
        attach(db, source_gpkg, "source")
        for change in changes:
            if change.old_known or change.method not in (PATCH, DELETE):
                continue
            info = change.table
            recorded = db.execute("SELECT hashes FROM qfsp_baseline WHERE table_name = ? AND fkey = ?",
                                  (info.table, change.fid)).fetchone()
            source = _source_row(db, change)
            if not source:
                change.office_changed.append(tr("the feature was deleted from the data source since packaging"))
                change.old_known = True
                change.old = {}
                continue
            geometry_index = info.columns.index(info.geometry_column) if info.geometry_column in info.columns else None
            _, hashes = row_hashes([source.get(c) for c in info.columns], geometry_index)
            wanted = change.new if change.method == PATCH else {c: None for c in info.columns}
            old = {}
            for index, column in enumerate(info.columns):
                if column not in wanted:
                    continue
                part = slice(index * COLUMN_HASH_SIZE, (index + 1) * COLUMN_HASH_SIZE)
                if column in source and recorded is not None and hashes[part] == bytes(recorded[0])[part]:
                    old[column] = source[column]
                else:
                    change.office_changed.append(tr('"{field}" was changed in the data source since packaging').format(
                        field=column))
            change.old, change.old_known = old, True
            if change.method == DELETE:
                change.pk_values = {c: source.get(c) for c in info.source_pk.split(",") if c in source}
