"""One write session per data source: an OGR transaction, or a working copy swapped in at the end.

- GeoPackage / SpatiaLite / PostGIS: the dataset is opened once, one transaction holds every
  change of the run; ``commit`` commits it, ``rollback`` (or a killed process) discards it.
- Shapefile / GeoJSON / CSV: the files are copied next to the originals (same folder, so the
  swap is an atomic rename), changed there, and renamed over the originals by ``commit``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

from osgeo import gdal, ogr

from ..i18n import tr
from ..redact import redact_values
from .csv_rows import write_changed_rows
from .source_checks import (corrupt_message, looks_corrupt, looks_read_only, read_only_message, read_only_problem,
                            sqlite_corruption)
from .targets import FILE_COPY, POSTGRES, SQLITE, LayerTarget

COPY_MARK = "__qfsp"
SPATIAL_INDEX_SUFFIXES = (".qix", ".sbn", ".sbx")
KEEP_SUFFIXES = (".qml", ".qmd")
CONNECTION_LOST_WORDS = ("server closed the connection", "terminating connection", "connection to server",
                         "no connection to the server", "could not receive data", "connection not open")


class SourceError(Exception):
    """A data source refused an operation; the message is safe to show (no secrets)."""

    def __init__(self, message: str, connection_lost: bool = False) -> None:
        super().__init__(message)
        self.connection_lost = connection_lost
        self.partial = False  # True when some sources committed and the journal must finish the rest


def is_connection_lost(message: str) -> bool:
    """True when a provider message says the database connection dropped."""
    lowered = message.lower()
    return any(word in lowered for word in CONNECTION_LOST_WORDS)


class Session:
    """The write session of one data source (see module docstring)."""

    def __init__(self, target: LayerTarget, run_id: str) -> None:
        self.key, self.kind, self.label = target.source_key, target.kind, target.label
        self.path, self.connection = target.path, target.connection
        self.secrets = set(target.secrets)
        self.run_id = run_id
        self.dataset: Optional[gdal.Dataset] = None
        self.copies: List[Tuple[str, str]] = []
        self.stale_files: List[str] = []
        self.txid: Optional[str] = None
        self.change_counter: Optional[int] = None
        self.csv_copy: Optional[str] = None
        self.copy_stem = f"{self.path.stem}{COPY_MARK}{run_id[:8]}" if self.kind == FILE_COPY and self.path else ""

    # -- errors ---------------------------------------------------------------------------
    def check(self, result: Any, what: str) -> Any:
        """Raise SourceError when an OGR call failed (non-zero code or a GDAL error)."""
        failed = isinstance(result, int) and not isinstance(result, bool) and result != 0
        if failed or gdal.GetLastErrorType() >= gdal.CE_Failure:
            message = redact_values(gdal.GetLastErrorMsg() or tr("error code {code}").format(code=result),
                                    self.secrets)
            gdal.ErrorReset()
            if looks_corrupt(message):
                self._raise_if_corrupt(message)
            if looks_read_only(message) and self.path is not None and self.kind in (SQLITE, FILE_COPY):
                raise SourceError(read_only_message(self.label, self.path))
            raise SourceError(f"{what}: {message}", connection_lost=is_connection_lost(message))
        return result

    # -- lifecycle ------------------------------------------------------------------------
    def open(self) -> None:
        """Open the dataset for update and begin the transaction (or make the working copy)."""
        gdal.ErrorReset()
        self._check_writable()
        location = self.connection
        if self.kind == SQLITE and self.path is not None:
            self.change_counter = sqlite_change_counter(self.path)
        if self.kind == FILE_COPY:
            location = str(self._make_copy())
        with _declared_shapefile_encoding():
            self.dataset = gdal.OpenEx(location, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if self.dataset is not None and self.dataset.GetDriver().ShortName == "CSV":
            self.dataset, self.csv_copy = _csv_in_memory(self.dataset), location
        if self.dataset is None:
            message = redact_values(gdal.GetLastErrorMsg(), self.secrets)
            gdal.ErrorReset()
            self.discard_copy()
            self._raise_if_corrupt(message)
            if looks_read_only(message) and self.path is not None:
                raise SourceError(read_only_message(self.label, self.path))
            raise SourceError(tr("Cannot open {source} for writing: {error}").format(source=self.label, error=message),
                              connection_lost=is_connection_lost(message))
        if self.kind in (SQLITE, POSTGRES):
            self.check(self.dataset.StartTransaction(), tr("Cannot start a transaction on {source}").format(
                source=self.label))

    def _check_writable(self) -> None:
        """Refuse a read-only file source before anything is copied or opened."""
        if self.path is None or self.kind not in (SQLITE, FILE_COPY):
            return
        files = [self.path] if self.kind == SQLITE else sorted(
            p for p in self.path.parent.iterdir() if p.stem == self.path.stem and p.is_file())
        problem = read_only_problem(self.label, files, self.path.parent)
        if problem:
            raise SourceError(problem)

    def _raise_if_corrupt(self, message: str) -> None:
        """Say that a SQLite/GeoPackage file is corrupt when a failure comes from that."""
        if self.kind == SQLITE and self.path is not None:
            detail = sqlite_corruption(self.path) if looks_corrupt(message) or self.dataset is None else None
            if detail:
                raise SourceError(corrupt_message(self.path, detail))

    def _make_copy(self) -> Path:
        assert self.path is not None
        original = self.path
        stem, copy_stem = original.stem, self.copy_stem
        for sibling in sorted(original.parent.iterdir()):
            if sibling.stem != stem or sibling.is_dir() or sibling.suffix.lower() in KEEP_SUFFIXES:
                continue
            if sibling.suffix.lower() in SPATIAL_INDEX_SUFFIXES:
                self.stale_files.append(str(sibling))
                continue
            copy = sibling.with_name(copy_stem + sibling.suffix)
            shutil.copy2(sibling, copy)
            self.copies.append((str(copy), str(sibling)))
        return original.with_name(copy_stem + original.suffix)

    def layer(self, names: Tuple[str, ...]) -> ogr.Layer:
        """The OGR layer with the first of ``names`` that exists (``#n`` = index n)."""
        assert self.dataset is not None
        if self.kind == FILE_COPY and self.dataset.GetLayerCount() == 1:
            return self.dataset.GetLayer(0)
        for name in names:
            found = self.dataset.GetLayer(int(name[1:])) if name.startswith("#") else self.dataset.GetLayerByName(name)
            gdal.ErrorReset()
            if found is not None:
                return found
        raise SourceError(tr('{source} has no table or layer named "{name}".').format(
            source=self.label, name=names[0] if names else "?"))

    def execute(self, sql: str) -> List[tuple]:
        """Run ``sql`` on the dataset; the rows of its result."""
        assert self.dataset is not None
        gdal.ErrorReset()
        result = self.dataset.ExecuteSQL(sql)
        self.check(0, sql.split()[0])
        rows: List[tuple] = []
        if result is not None:
            for feature in result:
                rows.append(tuple(feature.GetField(i) for i in range(feature.GetFieldCount())))
            self.dataset.ReleaseResultSet(result)
        return rows

    def savepoint(self, name: str, action: str) -> None:
        """``SAVEPOINT``, ``RELEASE SAVEPOINT`` or ``ROLLBACK TO SAVEPOINT`` (PostGIS only)."""
        if self.kind == POSTGRES:
            self.execute(f"{action} {name}")

    def prepare(self) -> Dict[str, Any]:
        """Make the changes durable-but-not-visible; what the journal needs to finish the commit."""
        if self.kind == FILE_COPY:
            if self.csv_copy:
                _write_csv(self.dataset, self.csv_copy)
            self._close()
            for copy, _ in self.copies:
                if not Path(copy).exists():
                    raise SourceError(tr("The working copy {copy} disappeared.").format(copy=copy))
        elif self.kind == POSTGRES:
            self.txid = str(self.execute("SELECT txid_current()")[0][0])
        return self.journal_entry()

    def journal_entry(self) -> Dict[str, Any]:
        """This session as the journal records it (no secrets)."""
        return {"key": self.key, "kind": self.kind, "label": self.label,
                "path": str(self.path) if self.path else None, "copies": self.copies,
                "copy_glob": str(self.path.with_name(self.copy_stem + ".*")) if self.copy_stem else None,
                "stale_files": self.stale_files, "txid": self.txid, "change_counter": self.change_counter,
                "committed": False}

    def commit(self) -> None:
        """Make the changes visible (commit the transaction or swap the copies in)."""
        if self.kind == FILE_COPY:
            swap_copies(self.copies, self.stale_files)
            return
        assert self.dataset is not None
        gdal.ErrorReset()
        self.check(self.dataset.CommitTransaction(), tr("Cannot commit the changes to {source}").format(
            source=self.label))
        self._close()

    def rollback(self) -> None:
        """Discard every change of the run (never raises)."""
        try:
            if self.dataset is not None and self.kind in (SQLITE, POSTGRES):
                gdal.ErrorReset()
                self.dataset.RollbackTransaction()
                gdal.ErrorReset()
        finally:
            self._close()
            self.discard_copy()

    def close_keeping_copy(self) -> None:
        """Close without committing; a transaction is discarded, a prepared working copy stays."""
        self._close()

    def discard_copy(self) -> None:
        """Delete the working copy files."""
        for copy, _ in self.copies:
            try:
                os.remove(copy)
            except FileNotFoundError:
                pass
        self.copies = []

    def _close(self) -> None:
        if self.dataset is not None:
            self.dataset.FlushCache()
            self.dataset = None
            gdal.ErrorReset()


@contextmanager
def _declared_shapefile_encoding() -> Iterator[None]:
    """Let OGR recode Shapefile text to and from the encoding the file declares (.cpg or DBF header).

    QGIS sets ``SHAPE_ENCODING`` to "" when it opens a Shapefile (it recodes itself), which makes
    OGR write UTF-8 bytes into a file declared as, say, ISO-8859-1: QGIS would then show "MÃ¼ller".
    """
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    try:
        yield
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)


def swap_copies(copies: List[Tuple[str, str]], stale_files: List[str]) -> None:
    """Rename each working copy over its original (idempotent: done renames are skipped)."""
    for copy, original in copies:
        if os.path.exists(copy):
            try:
                os.replace(copy, original)
            except OSError as err:
                raise SourceError(tr('Cannot replace "{file}" with its changed copy: {error}. Close programs that '
                                     "have it open (on Windows, also QGIS layers using it).").format(
                    file=original, error=err.strerror or err))
    for stale in stale_files:
        try:
            os.remove(stale)
        except FileNotFoundError:
            pass


def sqlite_change_counter(path: Path) -> Optional[int]:
    """The SQLite file change counter (header bytes 24-27) of the last commit; None in WAL mode.

    A hot journal left by a killed writer is rolled back first (by opening the file), so the
    counter read is the committed one.
    """
    try:
        connection = sqlite3.connect(str(path), timeout=30)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
        with open(path, "rb") as handle:
            header = handle.read(28)
    except (OSError, sqlite3.Error):
        return None
    if len(header) < 28 or header[18] == 2:
        return None
    return int.from_bytes(header[24:28], "big")


def _csv_in_memory(csv: gdal.Dataset) -> gdal.Dataset:
    """A memory copy of a CSV dataset: OGR's CSV driver cannot update rows in place reliably.

    The copy keeps OGR's CSV feature ids (1 for the first record). Its first new feature would get
    id 0; one placeholder created and deleted at 0 makes new features number on after the last
    record, as the CSV numbers them once they are appended.
    """
    memory = gdal.GetDriverByName("Memory").Create("", 0, 0, 0, gdal.GDT_Unknown)
    source = csv.GetLayer(0)
    layer = memory.CopyLayer(source, source.GetName())
    if layer.GetFeature(0) is None:
        placeholder = ogr.Feature(layer.GetLayerDefn())
        layer.CreateFeature(placeholder)
        layer.DeleteFeature(placeholder.GetFID())
    gdal.ErrorReset()
    return memory


def _write_csv(memory: gdal.Dataset, path: str) -> None:
    """Write the memory layer over the CSV working copy: record by record when the layout allows
    (:mod:`.csv_rows`), else whole, with OGR's CSV writer (geometry as WKT when it has one)."""
    layer = memory.GetLayer(0)
    if write_changed_rows(layer, Path(path)):
        return
    os.remove(path)
    options = ["GEOMETRY=AS_WKT"] if layer.GetGeomType() != ogr.wkbNone else []
    if os.path.exists(os.path.splitext(path)[0] + ".csvt"):
        options.append("CREATE_CSVT=YES")
    csv = gdal.GetDriverByName("CSV").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    if csv is None or csv.CopyLayer(layer, layer.GetName(), options) is None:
        raise SourceError(tr("Cannot write the CSV working copy {path}: {error}").format(
            path=path, error=gdal.GetLastErrorMsg()))
    csv = None
