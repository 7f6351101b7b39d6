"""Prepare a sync: identify the device copy and the project, diff, and write the deltafile."""

from __future__ import annotations

import json
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from ..cloud.links import linked_project
from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from . import identity
from .attachments import attachment_dirs_of
from .baseline import PackageInfo, TableInfo, read_only, read_package_info, read_tables
from .build import Relation, SyncIds, build_deltafile
from .device import DeviceCopy
from .content import convert, diff_by_content, keys_of, listed_files, table_info
from .diff import RowChange, diff_device, package_fids, table_fids
from .recognise import recognise_copy
from .schema import layer_field_families, schema_problems
from .old_values import fill_old_values
from .source_compare import SOURCE_GPKG, confirmations
from .state import CopyRecord, SyncState

PACKAGE_BASE = "package"


@dataclass
class ProjectFacts:
    """What a sync needs from the (original) project."""

    project_id: Optional[str]
    relations: List[Relation]
    layer_names: Dict[str, str]
    attachment_dirs: List[str]
    cloud_project_id: Optional[str]
    fields: Dict[str, Dict[str, Optional[str]]] = field(default_factory=dict)


@dataclass
class Prepared:
    """A sync ready to apply."""

    package: PackageInfo
    copy_id: str
    base_id: str
    tables: Dict[str, TableInfo]
    deltafile: Path
    deltafile_id: str
    missing_layers: Dict[str, str] = field(default_factory=dict)
    not_synchronized: List[str] = field(default_factory=list)  # files left out, and why


def project_facts(project: QgsProject, project_file: Path) -> ProjectFacts:
    """Project id, relations, layer names, attachment folders and the linked cloud project."""
    relations = []
    for relation in project.relationManager().relations().values():
        for child_field, parent_field in relation.fieldPairs().items():
            relations.append(Relation(relation.referencingLayerId(), child_field, relation.referencedLayerId(),
                                      parent_field))
    link = linked_project(project_file.parent)
    return ProjectFacts(identity.read_project_id(project), relations,
                        {i: l.name() for i, l in project.mapLayers().items()},
                        attachment_dirs_of(project), link["project_id"] if link else None,
                        {i: layer_field_families(l) for i, l in project.mapLayers().items()
                         if isinstance(l, QgsVectorLayer)})


def read_package(device: DeviceCopy) -> Optional[PackageInfo]:
    """The device's package fingerprint, or None (a package made before cable sync, or not ours)."""
    with closing(read_only(device.gpkg)) as db:
        return read_package_info(db)


def check_belongs(package: PackageInfo, facts: ProjectFacts, project_file: Path, device: DeviceCopy,
                  state: SyncState) -> None:
    """Refuse a device copy of another project, naming the project it belongs to."""
    if facts.project_id is None:
        raise JobError(tr('The project "{project}" has no project id, so "{device}" cannot be one of its packages.'
                          ).format(project=project_file, device=device.source), errors.INVALID_ARGUMENTS,
                       hint=tr("Package the project with this plugin first; nothing was changed."))
    if package.project_id != facts.project_id:
        owner = device.original_project() or state.project_file_of(package.project_id) or package.project_id
        raise JobError(tr('"{device}" is a package of another project: "{owner}" (project id {id}), not of '
                          '"{project}".').format(device=device.source, owner=owner, id=package.project_id,
                                                 project=project_file),
                       errors.INVALID_ARGUMENTS, hint=tr("Choose the right project or device folder; nothing was changed."))


def copy_id_of(device: DeviceCopy, package: PackageInfo, write: bool, known: Optional[str] = None) -> str:
    """The device copy's id: its own (folder), ``known`` (recognised), else a new one written on a real sync."""
    existing = identity.read_copy_id(device.root)  # a zip of a folder synced before carries it too
    if existing:
        return existing
    if device.is_zip:
        return known or identity.zip_copy_id(package.package_id, device.zip_members)
    if write:
        return identity.write_copy_id(device.root, package.package_id, known)
    return known or identity.zip_copy_id(package.package_id, device.zip_members)  # a dry run writes nothing


def own_copy_id(device: DeviceCopy, package: PackageInfo) -> Optional[str]:
    """The id the device carries itself (a folder's copy.json, a zip's content), or None."""
    existing = identity.read_copy_id(device.root)
    if existing or not device.is_zip:
        return existing
    return identity.zip_copy_id(package.package_id, device.zip_members)


def _declared_types(gpkg: Path, tables: Dict[str, TableInfo]) -> Dict[str, Dict[str, str]]:
    """Layer id → column → declared SQLite type."""
    with closing(read_only(gpkg)) as db:
        return {layer_id: {row[1]: str(row[2]).upper() for row in db.execute(f'PRAGMA table_info("{t.table}")')}
                for layer_id, t in tables.items()}


def _package_fids(gpkg: Path, tables: Dict[str, TableInfo]) -> Dict[str, set]:
    with closing(read_only(gpkg)) as db:
        return {layer_id: package_fids(db, t.table) for layer_id, t in tables.items()}


def device_files(device: DeviceCopy, package: PackageInfo) -> Dict[str, Dict[str, TableInfo]]:
    """Relative path ('' for data.gpkg) → its synchronized tables by layer id (copied GeoPackages included)."""
    files = {}
    for relative in ["", *device.fingerprinted_files()]:
        private = device.gpkg if not relative else device.copy_gpkg(relative)
        with closing(read_only(private)) as db:
            info = read_package_info(db)
            if info is not None and info.package_id == package.package_id:
                files[relative] = read_tables(db)
    return files


def last_synced_bases(state: SyncState, record: Optional[CopyRecord], copy_id: str, package: PackageInfo,
                      relatives: Iterable[str]) -> Tuple[Dict[str, Optional[Path]], str]:
    """The last synced state of each file of the copy (None: only the fingerprint), and its id."""
    if record is not None and record.package_id == package.package_id and state.copy_file(copy_id).is_file():
        return {r: _existing(state.copy_file(copy_id, relative=r)) for r in relatives}, record.base_id
    return {r: _existing(state.baseline_file(package.package_id, r)) for r in relatives}, PACKAGE_BASE


def _existing(path: Path) -> Optional[Path]:
    return path if path.is_file() else None


def content_changes(device: DeviceCopy, state: SyncState, package: PackageInfo, copy_id: str,
                    record: Optional[CopyRecord], relative: str, layer_id: str,
                    number: int) -> Tuple[List[RowChange], Optional[TableInfo], Optional[str]]:
    """One copied Shapefile/GeoJSON/CSV diffed by content: (changes, table, None) or ([], None, why not)."""
    name = relative + ".gpkg"
    baseline = state.baseline_file(package.package_id, name)
    synced = state.copy_file(copy_id, relative=name)
    base = synced if record is not None and synced.is_file() else baseline
    if not (device.root / relative).is_file():
        return [], None, tr('"{file}" is missing from the device folder.').format(file=relative)
    if not base.is_file():
        return [], None, tr('"{file}" was not synchronized: this computer has not kept its packaged rows (copied '
                            "files without a feature key need them).").format(file=relative)
    private = device.work_dir / "content" / f"{number}.gpkg"
    convert(device.root / relative, private)
    device.extra[name] = private
    info = table_info(private, layer_id)
    return diff_by_content(private, base, info, keys_of(baseline) if baseline.is_file() else set()), info, None


def prepare_sync(device: DeviceCopy, package: PackageInfo, facts: ProjectFacts, state: SyncState,
                 params: Dict[str, Any], export: Optional[Callable[[Dict[str, str], Path], Any]] = None) -> Prepared:
    """Diff the device copy against its last synced state and write the deltafile (or pick the last one).

    Without the last synced rows on this computer, ``export(tables, path)`` copies the current sources
    so the old values can be checked against the package's fingerprint.
    """
    dry_run, inverse = bool(params.get("dry_run")), bool(params.get("inverse"))
    files = device_files(device, package)
    tables = {layer_id: info for file_tables in files.values() for layer_id, info in file_tables.items()}
    own = own_copy_id(device, package)
    known = None
    if not inverse and (own is None or state.copy(own) is None):
        known = recognise_copy(device.gpkg, package.package_id, state, files[""])
    copy_id = copy_id_of(device, package, write=not dry_run and not inverse, known=known)
    record = state.copy(copy_id)
    missing = {i: t.table for i, t in tables.items() if i not in facts.layer_names}
    if inverse:
        if record is None or not record.deltafile or not Path(record.deltafile).is_file():
            raise JobError(tr("This device copy has no synchronization on this computer to revert."),
                           errors.INVALID_ARGUMENTS, hint=tr("Nothing was changed."))
        deltafile = Path(record.deltafile)
        return Prepared(package, copy_id, record.base_id, tables, deltafile,
                        json.loads(deltafile.read_text(encoding="utf-8"))["id"], missing)
    bases, base_id = last_synced_bases(state, record, copy_id, package, files)
    changes, declared, fids, not_synchronized = [], {}, {}, []
    for number, (relative, file_tables) in enumerate(files.items()):
        private = device.gpkg if not relative else device.extra[relative]
        found = diff_device(private, bases[relative], list(file_tables.values()))
        if bases[relative] is None and export is not None:
            source = device.work_dir / f"{number}-{SOURCE_GPKG}"
            export({i: t.table for i, t in file_tables.items() if i in facts.layer_names}, source)
            fill_old_values(found, private, source)
        changes += found
        declared.update(_declared_types(private, file_tables))
        fids.update(_package_fids(private, file_tables))
    for number, (relative, layer_id) in enumerate(listed_files(device.gpkg).items()):
        found, info, problem = content_changes(device, state, package, copy_id, record, relative, layer_id, number)
        if problem:
            not_synchronized.append(problem)
        if info is not None:
            changes += found
            tables[layer_id] = info
            declared.update(_declared_types(device.extra[relative + ".gpkg"], {layer_id: info}))
    ids = SyncIds(copy_id, base_id, package.package_id, facts.cloud_project_id or package.project_id)
    problems = schema_problems(tables, declared, facts.fields)

    def schema_conflicts(change) -> Optional[List[str]]:
        touched = set(change.new or {}) | (set(change.old or {}) if change.method == "patch" else set())
        found = [text for column, text in problems.get(change.table.layer_id, {}).items() if column in touched]
        return found or None

    data = build_deltafile(changes, tables, declared, fids, ids, facts.relations,
                           confirm=schema_conflicts if problems else None, missing_layers=missing)
    path = state.deltafile(data["id"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return Prepared(package, copy_id, base_id, tables, path, data["id"], missing, not_synchronized)


def prepare_compare(device: DeviceCopy, facts: ProjectFacts, state: SyncState, params: Dict[str, Any],
                    tables: Dict[str, TableInfo], source_gpkg: Path) -> Prepared:
    """Diff the device copy against the current sources (exported to ``source_gpkg``); every delta to confirm."""
    package = PackageInfo("", facts.project_id or "", "", 0)
    copy_id = copy_id_of(device, package, write=not params.get("dry_run"))
    changes = diff_device(device.gpkg, source_gpkg, list(tables.values()), fingerprint=False)
    with closing(read_only(source_gpkg)) as db:
        source_fids = {layer_id: table_fids(db, info) for layer_id, info in tables.items()}
    ids = SyncIds(copy_id, "source", "", facts.cloud_project_id or package.project_id)
    data = build_deltafile(changes, tables, _declared_types(device.gpkg, tables), source_fids, ids, facts.relations,
                           confirm=confirmations)
    path = state.deltafile(data["id"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    missing = {i: t.table for i, t in tables.items() if i not in facts.layer_names}
    return Prepared(package, copy_id, "source", tables, path, data["id"], missing)
