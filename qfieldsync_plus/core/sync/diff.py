"""Compare a device's offline tables with the copy's last synced state: created, deleted, changed rows.

With full rows of the last synced state (the package's data.gpkg or the copy's previous sync,
kept in the job store) the diff is plain SQL over the device copy with the state ATTACHed.
Without them (a computer that never saw this package), the device's own ``qfsp_baseline``
hashes say which rows and columns changed; old values are then unknown.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Set

from .baseline import COLUMN_HASH_SIZE, HASH_SIZE, TableInfo, attach, geometry_wkb, iter_rows, read_only, row_hashes

CREATE, PATCH, DELETE = "create", "patch", "delete"


@dataclass
class RowChange:
    """One feature that differs: ``old``/``new`` map column → SQLite value (changed columns for a patch)."""

    table: TableInfo
    method: str
    fid: int
    in_package: bool
    old: Optional[Dict[str, Any]]
    new: Optional[Dict[str, Any]]
    old_known: bool = True
    pk_values: Dict[str, Any] = field(default_factory=dict)  # the source key columns, changed or not
    office_changed: List[str] = field(default_factory=list)  # what the office changed since (hash-only diff)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _same(column: str, geometry: Optional[str], left: Any, right: Any) -> bool:
    if column == geometry:
        return geometry_wkb(left) == geometry_wkb(right)
    return left == right and type(left) is type(right)


def package_fids(db: sqlite3.Connection, table: str) -> Set[int]:
    """Feature keys the package held (from the device's own fingerprint)."""
    return {row[0] for row in db.execute("SELECT fkey FROM qfsp_baseline WHERE table_name = ?", (table,))}


def table_fids(db: sqlite3.Connection, info: TableInfo, schema: str = "main") -> Set[int]:
    """Every feature key of a table."""
    return {row[0] for row in db.execute(f"SELECT {_q(info.key_column)} FROM {schema}.{_q(info.table)}")}


def diff_with_rows(db: sqlite3.Connection, info: TableInfo, base: str = "base",
                   fingerprint: bool = True) -> Iterator[RowChange]:
    """Changes of one table between ``main`` (device) and the attached schema ``base`` (last synced state).

    Without ``fingerprint`` (compared with the current source), the base's keys are the source keys.
    """
    key, columns, geometry = info.key_column, info.columns, info.geometry_column
    in_package = package_fids(db, info.table) if fingerprint else table_fids(db, info, base)
    pk_columns = set(info.source_pk.split(","))
    table = _q(info.table)
    names = ", ".join(_q(c) for c in [key, *columns])
    for row in db.execute(f"SELECT {names} FROM main.{table} WHERE {_q(key)} NOT IN "
                          f"(SELECT {_q(key)} FROM {base}.{table}) ORDER BY {_q(key)}"):
        yield RowChange(info, CREATE, row[0], row[0] in in_package, None, dict(zip(columns, row[1:])))
    for row in db.execute(f"SELECT {names} FROM {base}.{table} WHERE {_q(key)} NOT IN "
                          f"(SELECT {_q(key)} FROM main.{table}) ORDER BY {_q(key)}"):
        yield RowChange(info, DELETE, row[0], row[0] in in_package, dict(zip(columns, row[1:])), None)
    if not columns:
        return
    pairs = ", ".join(f"d.{_q(c)}, b.{_q(c)}" for c in columns)
    differs = " OR ".join(f"d.{_q(c)} IS NOT b.{_q(c)}" for c in columns)
    for row in db.execute(f"SELECT d.{_q(key)}, {pairs} FROM main.{table} d JOIN {base}.{table} b "
                          f"ON d.{_q(key)} = b.{_q(key)} WHERE {differs} ORDER BY d.{_q(key)}"):
        old, new = {}, {}
        for index, column in enumerate(columns):
            now, before = row[1 + 2 * index], row[2 + 2 * index]
            if not _same(column, geometry, now, before):
                old[column], new[column] = before, now
        if new:
            pks = {c: row[2 + 2 * i] for i, c in enumerate(columns) if c in pk_columns}
            yield RowChange(info, PATCH, row[0], row[0] in in_package, old, new, pk_values=pks)


def diff_with_hashes(db: sqlite3.Connection, info: TableInfo) -> Iterator[RowChange]:
    """Changes of one table against the package fingerprint alone (old values unknown)."""
    columns, geometry = info.columns, info.geometry_column
    geometry_index = columns.index(geometry) if geometry in columns else None
    baseline: Dict[int, bytes] = {}
    for fkey, row_hash, hashes in db.execute(
            "SELECT fkey, row_hash, hashes FROM qfsp_baseline WHERE table_name = ?", (info.table,)):
        baseline[fkey] = bytes(row_hash) + bytes(hashes)
    seen: List[int] = []
    for row in iter_rows(db, info.table, info.key_column, columns).fetchall():
        fid, values = row[0], row[1:]
        seen.append(fid)
        if fid not in baseline:
            yield RowChange(info, CREATE, fid, False, None, dict(zip(columns, values)))
            continue
        row_hash, hashes = row_hashes(values, geometry_index)
        if row_hash == baseline[fid][:HASH_SIZE]:
            continue
        recorded = baseline[fid][HASH_SIZE:]
        changed = {c: v for i, (c, v) in enumerate(zip(columns, values))
                   if hashes[i * COLUMN_HASH_SIZE:(i + 1) * COLUMN_HASH_SIZE]
                   != recorded[i * COLUMN_HASH_SIZE:(i + 1) * COLUMN_HASH_SIZE]}
        pks = {c: v for c, v in zip(columns, values) if c in info.source_pk.split(",")}
        yield RowChange(info, PATCH, fid, True, None, changed, old_known=False, pk_values=pks)
    for fid in sorted(set(baseline) - set(seen)):
        yield RowChange(info, DELETE, fid, True, None, None, old_known=False)


def diff_device(device_gpkg: Path, base_gpkg: Optional[Path], tables: List[TableInfo],
                fingerprint: bool = True) -> List[RowChange]:
    """Every change of every offline table of the device copy (``fingerprint``: see ``diff_with_rows``)."""
    db = read_only(device_gpkg)
    try:
        if base_gpkg is not None:
            attach(db, base_gpkg, "base")
        changes: List[RowChange] = []
        for info in tables:
            found = diff_with_rows(db, info, fingerprint=fingerprint) if base_gpkg is not None else \
                diff_with_hashes(db, info)
            changes.extend(found)
        return changes
    finally:
        db.close()
