"""The fingerprint a package carries: hidden ``qfsp_*`` tables in ``data.gpkg``.

- ``qfsp_package``: package id, project id, creation time, format version (one row).
- ``qfsp_layers``: per offline table, the source layer id, its key column (the GeoPackage fid),
  the source primary key field(s) and the hashed columns in order (JSON).
- ``qfsp_baseline``: per feature key, an 8-byte BLAKE2b hash of the row and the 4-byte CRC-32 of
  each column (geometry included, as its WKB without the GeoPackage header) concatenated.

The tables are plain SQLite tables, not registered in ``gpkg_contents``; the ``gdal_aspatial``
extension row tells GDAL (so QGIS and QField) to list only registered tables.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..runner.store_file import _uri as sqlite_uri

FORMAT_VERSION = 1
HASH_SIZE = 8  # the row hash (BLAKE2b)
COLUMN_HASH_SIZE = 4  # each column's hash (CRC-32): which columns changed
PREFIX = "qfsp_"
SCHEMA = """
CREATE TABLE qfsp_package (package_id TEXT NOT NULL, project_id TEXT NOT NULL, created TEXT NOT NULL,
                           format_version INTEGER NOT NULL);
CREATE TABLE qfsp_layers (table_name TEXT PRIMARY KEY, layer_id TEXT NOT NULL, key_column TEXT NOT NULL,
                          source_pk TEXT NOT NULL, columns TEXT NOT NULL);
CREATE TABLE qfsp_baseline (table_name TEXT NOT NULL, fkey INTEGER NOT NULL, row_hash BLOB NOT NULL,
                            hashes BLOB NOT NULL, PRIMARY KEY (table_name, fkey)) WITHOUT ROWID;
"""
ASPATIAL = ("gdal_aspatial", "http://gdal.org/geopackage_aspatial.html")


def read_only(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """A read-only SQLite connection to ``path`` (any file name: '#', '?', Windows drives and UNC paths).

    ``immutable``: not even a -shm file is made (for files on a device folder).
    """
    return sqlite3.connect(sqlite_uri(path, "ro") + ("&immutable=1" if immutable else ""), uri=True)


def attach(db: sqlite3.Connection, path: Path, schema: str) -> None:
    """ATTACH ``path`` read-only as ``schema``."""
    db.execute(f"ATTACH DATABASE ? AS {schema}", (sqlite_uri(path, "ro"),))


@dataclass
class PackageInfo:
    """What ``qfsp_package`` says."""

    package_id: str
    project_id: str
    created: str
    format_version: int


@dataclass
class TableInfo:
    """One offline table of a package (a ``qfsp_layers`` row)."""

    table: str
    layer_id: str
    key_column: str
    source_pk: str
    columns: List[str]
    geometry_column: Optional[str] = None
    by_content: bool = False  # a copied Shapefile/GeoJSON/CSV: no stable key (see content.py)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def geometry_wkb(blob: Optional[bytes]) -> Optional[bytes]:
    """The WKB inside a GeoPackage geometry blob (header and envelope removed); None for NULL/empty."""
    if blob is None:
        return None
    data = bytes(blob)
    if len(data) < 8 or data[:2] != b"GP":
        return data
    flags = data[3]
    if flags & 0x10:  # empty geometry
        return None
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get((flags >> 1) & 0x07, 0)
    return data[8 + envelope:]


def row_hashes(values: Sequence[Any], geometry_index: Optional[int]) -> Tuple[bytes, bytes]:
    """(8-byte row hash, the 4-byte CRC-32 of each column concatenated) of one row's values."""
    parts = [repr(value).encode("utf-8", "surrogatepass") for value in values]
    if geometry_index is not None:
        wkb = geometry_wkb(values[geometry_index])
        parts[geometry_index] = b"n" if wkb is None else b"g" + wkb
    columns = b"".join(zlib.crc32(part).to_bytes(COLUMN_HASH_SIZE, "little") for part in parts)
    return hashlib.blake2b(columns + b"\x00".join(parts), digest_size=HASH_SIZE).digest(), columns


def table_columns(db: sqlite3.Connection, table: str) -> Tuple[str, List[str], Optional[str]]:
    """(key column, other columns in order, geometry column) of a GeoPackage table."""
    info = db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
    keys = [row[1] for row in info if row[5]]
    columns = [row[1] for row in info if not row[5]]
    found = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
                       (table,)).fetchone()
    return (keys[0] if len(keys) == 1 else ""), columns, (found[0] if found else None)


def check_autoincrement(db: sqlite3.Connection, table: str) -> None:
    """Raise JobError unless ``table``'s key is ``INTEGER PRIMARY KEY AUTOINCREMENT`` (fids never reused)."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    if row is None or "AUTOINCREMENT" not in (row[0] or "").upper():
        raise JobError(tr('The table "{table}" of data.gpkg has no AUTOINCREMENT feature ids, so a feature id '
                          "could be reused after a delete and field edits could not be synchronized.").format(
            table=table), errors.WRITE_FAILED, hint=tr("Update GDAL, or report this with your GDAL version."))


def iter_rows(db: sqlite3.Connection, table: str, key: str, columns: List[str]) -> Iterator[tuple]:
    """(key, value, value, …) of every row, by key."""
    names = ", ".join(_quote(c) for c in [key, *columns])
    return db.execute(f"SELECT {names} FROM {_quote(table)} ORDER BY {_quote(key)}")


def write_baseline(gpkg: Path, package_id: str, project_id: str, layers: List[Tuple[str, str, str]]) -> None:
    """Add the ``qfsp_*`` tables to ``gpkg`` for ``layers`` = [(table, layer id, source primary key)]."""
    with closing(sqlite3.connect(str(gpkg))) as db:
        db.executescript(SCHEMA)
        db.execute("INSERT INTO qfsp_package VALUES (?, ?, ?, ?)", (
            package_id, project_id, datetime.now(timezone.utc).isoformat(timespec="seconds"), FORMAT_VERSION))
        for table, layer_id, source_pk in layers:
            check_autoincrement(db, table)
            key, columns, geometry = table_columns(db, table)
            db.execute("INSERT INTO qfsp_layers VALUES (?, ?, ?, ?, ?)",
                       (table, layer_id, key, source_pk, json.dumps(columns)))
            geometry_index = columns.index(geometry) if geometry in columns else None
            db.executemany("INSERT INTO qfsp_baseline VALUES (?, ?, ?, ?)",
                           ((table, row[0], *row_hashes(row[1:], geometry_index))
                            for row in iter_rows(db, table, key, columns)))
        _hide_unregistered_tables(db)
        db.commit()


def _hide_unregistered_tables(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT "
               "NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, "
               "column_name, extension_name))")
    if not db.execute("SELECT 1 FROM gpkg_extensions WHERE extension_name = ?", (ASPATIAL[0],)).fetchone():
        db.execute("INSERT INTO gpkg_extensions VALUES (NULL, NULL, ?, ?, 'read-write')", ASPATIAL)


def read_package_info(db: sqlite3.Connection) -> Optional[PackageInfo]:
    """The package row of an open data.gpkg, or None when it has no fingerprint."""
    try:
        row = db.execute("SELECT package_id, project_id, created, format_version FROM qfsp_package").fetchone()
    except sqlite3.DatabaseError:
        return None
    return PackageInfo(*row) if row else None


def read_tables(db: sqlite3.Connection) -> Dict[str, TableInfo]:
    """The package's offline tables by layer id."""
    tables = {}
    for table, layer_id, key, source_pk, columns in db.execute("SELECT * FROM qfsp_layers"):
        geometry = db.execute("SELECT column_name FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)",
                              (table,)).fetchone()
        tables[layer_id] = TableInfo(table, layer_id, key, source_pk, json.loads(columns),
                                     geometry[0] if geometry else None)
    return tables
