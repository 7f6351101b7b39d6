"""Copied Shapefile, GeoJSON and CSV layers: no stable feature key, so they are diffed by row content.

At packaging, ``qfsp_files`` in data.gpkg lists them, and the job store keeps each one converted
to a GeoPackage (``rows`` table, source feature ids kept). A sync converts the device's file the
same way: rows found only on the device are creates, rows found only in the last synced state
are deletes (by their source feature id), so a field edit comes home as a delete and a create.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Dict, Iterator, List, Set, Tuple

from osgeo import gdal

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from .baseline import TableInfo, geometry_wkb, read_only, table_columns
from .diff import CREATE, DELETE, RowChange

ROWS = "rows"
SCHEMA = "CREATE TABLE IF NOT EXISTS qfsp_files (path TEXT PRIMARY KEY, layer_id TEXT NOT NULL)"


def record_files(data_gpkg: Path, files: List[Tuple[str, str]]) -> None:
    """List the copied files diffed by content (relative path, layer id) in the package's data.gpkg."""
    with closing(sqlite3.connect(str(data_gpkg))) as db, db:
        db.execute(SCHEMA)
        db.executemany("INSERT OR REPLACE INTO qfsp_files VALUES (?, ?)", files)


def listed_files(data_gpkg: Path) -> Dict[str, str]:
    """Relative path → layer id of the copied files diffed by content."""
    with closing(read_only(data_gpkg)) as db:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'qfsp_files'").fetchone():
            return {}
        return dict(db.execute("SELECT path, layer_id FROM qfsp_files"))


def convert(source: Path, target: Path) -> None:
    """Copy the features of ``source`` into ``target``'s ``rows`` table, feature ids kept."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dataset = gdal.OpenEx(str(source), gdal.OF_VECTOR)
    if dataset is None:
        raise JobError(tr('"{file}" cannot be read: {error}').format(file=source, error=gdal.GetLastErrorMsg()),
                       errors.INVALID_ARGUMENTS, hint=tr("Nothing was changed."))
    options = gdal.VectorTranslateOptions(options=["-preserve_fid"], format="GPKG", layerName=ROWS,
                                          layers=[dataset.GetLayer(0).GetName()])
    if gdal.VectorTranslate(str(target), dataset, options=options) is None:
        raise JobError(tr('"{file}" cannot be read: {error}').format(file=source, error=gdal.GetLastErrorMsg()),
                       errors.INVALID_ARGUMENTS, hint=tr("Nothing was changed."))


def table_info(converted: Path, layer_id: str) -> TableInfo:
    """The ``rows`` table of a converted file, keyed by the source feature id."""
    with closing(read_only(converted)) as db:
        key, columns, geometry = table_columns(db, ROWS)
    return TableInfo(ROWS, layer_id, key, "", columns, geometry, by_content=True)


def _rows(path: Path, info: TableInfo) -> Iterator[Tuple[int, tuple, tuple]]:
    names = ", ".join(f'"{c}"' for c in [info.key_column, *info.columns])
    with closing(read_only(path)) as db:
        for row in db.execute(f'SELECT {names} FROM "{ROWS}"'):
            values = row[1:]
            content = tuple(geometry_wkb(v) if c == info.geometry_column else v for c, v in zip(info.columns, values))
            yield row[0], values, content


def diff_by_content(device: Path, base: Path, info: TableInfo, package_keys: Set[int]) -> List[RowChange]:
    """Creates (rows only on the device) and deletes (rows only in ``base``) of one copied file."""
    unmatched: Dict[tuple, List[Tuple[int, tuple]]] = {}
    for fid, values, content in _rows(base, info):
        unmatched.setdefault(content, []).append((fid, values))
    changes = []
    for fid, values, content in _rows(device, info):
        if unmatched.get(content):
            unmatched[content].pop()
            continue
        changes.append(RowChange(info, CREATE, fid, False, None, dict(zip(info.columns, values))))
    for rows in unmatched.values():
        for fid, values in rows:
            changes.append(RowChange(info, DELETE, fid, fid in package_keys, dict(zip(info.columns, values)), None))
    return changes


def keys_of(converted: Path) -> Set[int]:
    """The feature ids of a converted file."""
    with closing(read_only(converted)) as db:
        key = table_columns(db, ROWS)[0]
        return {row[0] for row in db.execute(f'SELECT "{key}" FROM "{ROWS}"')}
