"""What unsynchronized field work a package folder holds: rows and attachments not yet brought home.

Packaging asks this before replacing a package folder: a folder whose field work is fully
synchronized may be replaced; otherwise the user would lose it.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Dict, List, Optional, Sequence

from ..i18n import tr
from ..jobs.errors import JobError
from .baseline import read_only, read_package_info
from .device import DATA_GPKG, open_device
from .diff import diff_device
from .identity import COPY_FILE, COPY_FOLDER, read_copy_id
from .content import listed_files
from .prepare import content_changes, device_files, last_synced_bases
from .state import SyncState


@dataclass
class FieldWork:
    """Unsynchronized field work of one package folder."""

    rows: Dict[str, int] = field(default_factory=dict)  # table → rows that differ from the last synced state
    files: List[str] = field(default_factory=list)  # attachments not in the project folder yet
    unknown: Optional[str] = None  # why the rows could not be compared (then assume there is work)
    compared: List[str] = field(default_factory=list)  # the folder's files this check covers (relative paths)

    @property
    def is_empty(self) -> bool:
        """True when nothing would be lost by replacing the folder."""
        return not self.rows and not self.files and self.unknown is None

    def describe(self) -> str:
        """One sentence naming what would be lost."""
        parts = [tr("{count} changed rows in {table}").format(count=count, table=table)
                 for table, count in sorted(self.rows.items())]
        if self.files:
            parts.append(tr("{count} attachments ({first}…)").format(count=len(self.files), first=self.files[0]))
        if self.unknown:
            parts.append(self.unknown)
        return "; ".join(parts)


def unsynchronized_field_work(package_dir: Path, store_path: Path, project_dir: Optional[Path] = None,
                              attachment_dirs: Sequence[str] = ()) -> FieldWork:
    """The field work in ``package_dir`` not yet synchronized (rows against the copy's last synced state).

    Attachments are compared with ``project_dir`` when given (files under ``attachment_dirs``).
    """
    folder = Path(package_dir)
    work = FieldWork()
    if not (folder / DATA_GPKG).is_file():
        return _attachments(work, folder, project_dir, attachment_dirs)
    state = SyncState(store_path)
    try:
        device = open_device(folder, state.work_folder)
    except JobError as err:
        work.unknown = str(err)
        return work
    try:
        with closing(read_only(device.gpkg)) as db:
            package = read_package_info(db)
        if package is None:
            work.unknown = tr("data.gpkg has no synchronization fingerprint, so its field edits cannot be checked")
            return work
        copy_id = read_copy_id(folder)
        record = state.copy(copy_id) if copy_id else None
        files = device_files(device, package)
        bases, _ = last_synced_bases(state, record, copy_id or "", package, files)
        for relative, tables in files.items():
            private = device.gpkg if not relative else device.extra[relative]
            for change in diff_device(private, bases[relative], list(tables.values())):
                work.rows[change.table.table] = work.rows.get(change.table.table, 0) + 1
            work.compared += _with_sidecars(folder, relative or DATA_GPKG)
        work.compared += [f"{COPY_FOLDER}/{COPY_FILE}"] if (folder / COPY_FOLDER / COPY_FILE).is_file() else []
        for number, (relative, layer_id) in enumerate(listed_files(device.gpkg).items()):
            work.compared += _with_sidecars(folder, relative)
            changes, _, problem = content_changes(device, state, package, copy_id or "", record, relative, layer_id,
                                                  number)
            if changes:
                work.rows[relative] = len(changes)
            if problem:
                work.unknown = problem
    finally:
        device.close()
    return _attachments(work, folder, project_dir, attachment_dirs)


def _with_sidecars(folder: Path, relative: str) -> List[str]:
    """``relative`` and the files that belong to it (its -wal, -shm; a Shapefile's .dbf, .shx, .prj…)."""
    path = folder / relative
    stem = PurePosixPath(relative).with_suffix("").as_posix()
    found = [relative]
    if path.parent.is_dir():
        for sibling in path.parent.iterdir():
            sibling_relative = sibling.relative_to(folder).as_posix()
            shapefile_part = relative.lower().endswith(".shp") and \
                PurePosixPath(sibling_relative).with_suffix("").as_posix() == stem
            if sibling_relative != relative and (sibling_relative.startswith(relative + "-") or shapefile_part):
                found.append(sibling_relative)
    return found


def _attachments(work: FieldWork, folder: Path, project_dir: Optional[Path], dirs: Sequence[str]) -> FieldWork:
    if project_dir is None or not any((folder / d).is_dir() for d in dirs):
        return work
    from .attachments import plan_attachments

    plan = plan_attachments(folder, Path(project_dir), list(dirs))
    work.files = sorted({Path(target).name for _, target in plan.to_copy} | {str(c.path) for c in plan.conflicts})
    work.compared += [str(path) for path in plan.identical]
    return work
