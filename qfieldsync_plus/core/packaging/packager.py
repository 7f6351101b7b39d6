"""Package a QGIS project for QField: ``<stem>_qfield.qgs`` + ``data.gpkg`` + copied files.

Usage: ``package_project(project, PackageRequest(...), on_progress, is_cancelled)`` on a
QgsProject opened for packaging (it is modified and cleared). Nothing appears at the output
folder unless everything succeeded, and the output folder is replaced only when nothing in it
would be lost (ownership.py); the package records what it wrote in its manifest.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Collection, Dict, List, Optional, Tuple

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ..checks.layers import layer_data
from ..checks.project_file import written_datasources
from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..qfieldsync_config import read_project_settings
from ..project_io import open_project
from ..qgis_compat import rectangle_wkt
from . import actions, output, ownership, post_process, project_writer, swap
from .aoi import area_of_interest
from .attachments import copy_referenced_files
from .files import FileCopier
from .offline_writer import AreaOfInterest, OfflineWriter, cancelled_error
from .project_entries import drop_removed_layer_entries
from .symbols import SymbolEmbedder
from .sync_baseline import add_fingerprint, copy_layer_warning

DATA_GPKG = "data.gpkg"
# libqfieldsync's package prevention reasons.
PREVENT_UNSUPPORTED = "unsupported"
PREVENT_INVALID = "invalid"
PREVENT_LOCALIZED = "localized_path"
PREVENT_REMOTE_RASTER = "invalid_remote_raster"
UNSUPPORTED_PK_PROPERTY = "QFieldSync/unsupported_source_pk"


@dataclass
class PackageRequest:
    """What to package, where, and how."""

    project_file: Path
    out_dir: Path
    mode: str = actions.MODE_CABLE
    aoi_only: bool = False
    project_id: str = ""  # the project's stable id (core/sync/identity.py): fingerprint in data.gpkg
    backup_existing: bool = False  # move a folder that cannot be replaced (see ownership.py) aside as a dated backup
    store_dir: Optional[Path] = None  # the job store's folder: manifests are recorded there too
    strict: bool = False  # fail instead of removing invalid/unsupported layers (or keeping them unpackaged)


@dataclass
class PlannedLayer:
    """One layer, the action it gets, and what packaging it produced."""

    layer: QgsMapLayer
    action: str
    row: Dict[str, Any]


def table_name(layer_name: str, taken: set) -> str:
    """A GeoPackage table name for ``layer_name``, unique (case-insensitively) among ``taken``."""
    base = re.sub(r"[^\w]+", "_", layer_name, flags=re.UNICODE).strip("_") or "layer"
    name, number = base, 2
    while name.lower() in taken or name.lower().startswith(("gpkg_", "rtree_", "sqlite_")):
        name, number = f"{base}_{number}", number + 1
    taken.add(name.lower())
    return name


def source_primary_key(layer: QgsVectorLayer) -> str:
    """The source's primary key field names, comma separated (libqfieldsync's convention)."""
    fields = layer.fields()
    names = [fields.at(i).name() for i in layer.primaryKeyAttributes() if 0 <= i < fields.count()]
    return ",".join(names) if names else "fid"



def _prevention(layer: QgsMapLayer, project_dir: Path, written: Dict[str, str]) -> Tuple[str, str]:
    """libqfieldsync's package prevention reason for ``layer`` ("" when none) and its message.

    ``unsupported`` and ``invalid`` layers are removed; ``localized_path`` and
    ``invalid_remote_raster`` layers stay in the project, unpackaged.
    """
    if not actions.is_supported(layer):
        return PREVENT_UNSUPPORTED, tr('Layer "{layer}" has a data source QField cannot read; it was removed '
                                       "from the package.").format(layer=layer.name())
    if layer.isValid():
        return "", ""
    data = layer_data(layer, project_dir, written_source=written.get(layer.id(), ""))
    problem = data["message"] or data["error_code"]
    if data["is_localized"]:
        return PREVENT_LOCALIZED, tr('Layer "{layer}" is in a localized data path that is not available here '
                                     "({message}); it was kept in the project, unpackaged.").format(
            layer=layer.name(), message=problem)
    if layer.providerType() == "wms":
        return PREVENT_REMOTE_RASTER, tr('Remote raster layer "{layer}" cannot be reached ({message}); it was kept '
                                         "in the project, unpackaged.").format(layer=layer.name(), message=problem)
    return PREVENT_INVALID, tr('Layer "{layer}" is invalid ({message}); it was removed from the package.').format(
        layer=layer.name(), message=problem)


def has_usable_key(layer: QgsMapLayer) -> bool:
    """True for a vector layer with one primary key field, or a field named ``fid`` (libqfieldsync's rule)."""
    if not isinstance(layer, QgsVectorLayer):
        return True
    fields, keys = layer.fields(), layer.primaryKeyAttributes()
    if len(keys) == 1:
        return "," not in fields.at(keys[0]).name()
    return not keys and any(name.lower() == "fid" for name in fields.names())


def plan_layers(project: QgsProject, mode: str, project_dir: Path, project_file: Optional[Path] = None,
                strict: bool = False) -> List[PlannedLayer]:
    """Each layer with its action; layers libqfieldsync would not package get a warning.

    Invalid and unsupported layers are removed, unreachable localized or remote raster layers are
    kept unpackaged; with ``strict`` any of them raises a JobError instead.
    """
    planned = []
    order = project.layerTreeRoot().findLayerIds()
    layers = sorted(project.mapLayers().values(), key=lambda l: order.index(l.id()) if l.id() in order else len(order))
    invalid = project_file is not None and not all(l.isValid() for l in layers)
    written = written_datasources(project_file) if invalid else {}
    prevented = []
    for layer in layers:
        configured = layer.customProperty(actions.ACTION_PROPERTY[mode]) not in (None, "")
        reason, warning = _prevention(layer, project_dir, written)
        if str(layer.customProperty(actions.ACTION_PROPERTY[mode]) or "").lower() == actions.REMOVE:
            reason = ""  # the user removes it anyway
        if not reason:
            action = actions.layer_action(layer, mode)
        else:
            action = actions.NO_ACTION if reason in (PREVENT_LOCALIZED, PREVENT_REMOTE_RASTER) else actions.REMOVE
        row: Dict[str, Any] = {"id": layer.id(), "name": layer.name(), "provider": layer.providerType(),
                               "action": action, "action_configured": configured, "warnings": []}
        if mode == actions.MODE_CLOUD and action == actions.OFFLINE and not has_usable_key(layer):
            action = row["action"] = actions.NO_ACTION  # libqfieldsync: read-only, QField's edits cannot come home
            layer.setReadOnly(True)
            layer.setCustomProperty(UNSUPPORTED_PK_PROPERTY, "1")
            row["warnings"].append(tr('Layer "{layer}" has no primary key and no "fid" field: it is read-only in '
                                      "QField.").format(layer=layer.name()))
        if reason:
            row.update(prevention_reason=reason)
            row["warnings"].append(warning)
            prevented.append(warning)
        if layer.providerType() == "memory":
            row["warnings"].append(tr('Layer "{layer}" is a memory layer: its features are not saved with the '
                                      "project, so QField will show it empty.").format(layer=layer.name()))
        planned.append(PlannedLayer(layer, action, row))
    if strict and prevented:
        raise JobError(tr("Some layers cannot be packaged (strict): {problems}").format(problems=" ".join(prevented)),
                       errors.INVALID_ARGUMENTS,
                       hint=tr("Fix these layers or set their action to remove, or package without strict."))
    return planned


def _check_cancel(is_cancelled: Callable[[], bool]) -> None:
    if is_cancelled():
        raise cancelled_error()


def _write_offline_layers(project: QgsProject, planned: List[PlannedLayer], build_dir: Path,
                          aoi: Optional[AreaOfInterest], on_progress, is_cancelled) -> None:
    offline = [p for p in planned if p.action == actions.OFFLINE]
    weights = [max(1, p.layer.featureCount()) for p in offline]
    total, done = float(sum(weights)) or 1.0, 0.0
    writer = OfflineWriter(build_dir / DATA_GPKG, project, is_cancelled)
    taken: set = set()
    for item, weight in zip(offline, weights):
        _check_cancel(is_cancelled)
        table = table_name(item.layer.name(), taken)
        source_pk = source_primary_key(item.layer)
        item.row["defaults"] = post_process.fields_with_provider_default(item.layer)
        written = writer.write(item.layer, table, aoi, lambda f, d=done, w=weight: on_progress((d + f * w) / total))
        done += weight
        item.row.update(table=table, features=written.features, reader=written.reader, seconds=written.seconds,
                        source_primary_key=source_pk)
    for item in offline:  # only once GDAL has closed the GeoPackage
        item.row["not_null_dropped"] = post_process.drop_not_null(build_dir / DATA_GPKG, item.row["table"],
                                                                  item.row.pop("defaults"))
        source = f"{build_dir / DATA_GPKG}|layername={item.row['table']}"
        source_fields = item.layer.fields().names()
        project_writer.repoint_layer(project, item.layer, source, "ogr")
        project_writer.mark_offline_layer(item.layer, item.row["source_primary_key"])
        post_process.hide_added_fields(item.layer, source_fields)
    if offline:
        post_process.disable_project_options(project)


def _copy_file_layers(project: QgsProject, planned: List[PlannedLayer], copier: FileCopier,
                      project_dir: Path, is_cancelled) -> None:
    for item in planned:
        if item.action not in (actions.COPY, actions.KEEP_EXISTENT):
            continue
        _check_cancel(is_cancelled)
        path = actions.source_path(item.layer, project_dir)
        new_path = copier.copy(path, keep_existent=item.action == actions.KEEP_EXISTENT)
        warning = copy_layer_warning(item.layer, item.action, new_path)
        if warning:
            item.row["warnings"].append(warning)
        source = item.layer.source()
        original = str(path)
        if original not in source:
            original = str(path.resolve())
        project_writer.repoint_layer(project, item.layer, source.replace(original, str(new_path)),
                                     item.layer.providerType())
        item.row.update(file=str(new_path.relative_to(copier.build_dir)), size_bytes=new_path.stat().st_size)


def check_packaged_project(path: Path, kept_invalid: Collection[str] = ()) -> Dict[str, Any]:
    """Open the packaged project; its ``layers_by_id``, or JobError naming the layers that do not open.

    ``kept_invalid``: ids of layers kept unpackaged although they do not open here (localized, remote raster).
    """
    project = open_project(path)
    layers_by_id = {l.id(): layer_data(l, path.parent) for l in project.mapLayers().values()}
    project.clear()
    broken = [d["name"] for i, d in layers_by_id.items() if not d["is_valid"] and i not in kept_invalid]
    if broken:
        raise JobError(tr("The packaged project {path} has invalid layers: {layers}.").format(
            path=path.name, layers=", ".join(broken)), errors.WRITE_FAILED)
    return layers_by_id


def _prepare_output(request: PackageRequest, project_file: Path, out_dir: Path) -> Tuple[List[str], bool]:
    """Recover what a killed run left; refuse a folder that holds what a package did not write.

    Returns notes for the user and whether the folder must be backed up (``backup_existing``).
    """
    output.validate_output_dir(out_dir, project_file.parent)
    try:
        notes = swap.recover_interrupted(out_dir, project_file, request.store_dir)
    except OSError as err:
        raise JobError(tr('Could not clean up after an earlier package run next to "{out}": {error}').format(
            out=out_dir, error=err), errors.WRITE_FAILED, hint=tr("Check the permissions of that folder.")) from err
    report = ownership.folder_report(out_dir, project_file, request.store_dir)
    if not report.safe and not request.backup_existing:
        raise ownership.refusal(report)
    return notes, not report.safe


def _write_manifest(build_dir: Path, manifest: Dict[str, Any]) -> None:
    """Record what the build holds inside it; the manifest then marks it as a finished build of ours."""
    try:
        ownership.write_manifest(build_dir, manifest)
        swap.finish_build(build_dir)
    except OSError as err:
        raise JobError(tr('Could not write the package manifest in "{folder}": {error}').format(
            folder=build_dir, error=err.strerror or err), errors.WRITE_FAILED,
            hint=tr("Check free disk space and write permission of the output folder.")) from err


def _replace_output(build_dir: Path, out_dir: Path, request: PackageRequest, project_file: Path,
                    backup: bool) -> List[str]:
    """Swap the finished build in; the previous folder is deleted only if nothing in it would be lost."""
    previous = swap.publish(build_dir, out_dir, backup)
    if previous is not None and not backup:
        try:
            previous = swap.dispose_previous(previous, out_dir, project_file, request.store_dir)
        except OSError as err:  # the package is in place; the next run removes the rest
            return [tr('The previous package could not be removed yet ({error}); the next package run removes '
                       "it.").format(error=err.strerror or err)]
    if previous is None:
        return []
    return [tr('The previous content of "{out}" was moved to "{backup}"; nothing was deleted.').format(
        out=out_dir, backup=previous)]


def package_project(project: QgsProject, request: PackageRequest, on_progress: Callable[[float], None],
                    is_cancelled: Callable[[], bool] = lambda: False) -> Dict[str, Any]:
    """Build the package for ``project`` at ``request.out_dir``; return per-layer rows and sizes.

    Also returns ``qfield_layers_by_id``: the layers of the packaged project, checked before the swap.
    """
    started = time.monotonic()
    project_file = request.project_file.resolve()
    project_dir, out_dir = project_file.parent, request.out_dir.resolve()
    notes, backup = _prepare_output(request, project_file, out_dir)
    planned = plan_layers(project, request.mode, project_dir, project_file, request.strict)
    settings = read_project_settings(project)
    aoi_only = request.aoi_only or settings.only_aoi  # QFieldSync's offlineCopyOnlyAoi
    aoi = area_of_interest(project) if aoi_only else None
    build_dir = swap.make_build_dir(out_dir)
    package_file = out_dir / f"{project_file.stem}{output.PACKAGE_SUFFIX}"
    package_id = uuid.uuid4().hex
    try:
        _write_offline_layers(project, planned, build_dir, aoi, lambda f: on_progress(0.9 * f), is_cancelled)
        copier = FileCopier(project_dir, build_dir, out_dir, reserved=(DATA_GPKG, package_file.name))
        _copy_file_layers(project, planned, copier, project_dir, is_cancelled)
        fingerprinted = add_fingerprint(build_dir, request.project_id, planned, package_id)
        copied_dirs = copier.copy_attachment_dirs(list(settings.attachment_dirs))
        attachments = copy_referenced_files(project, project_dir, build_dir)
        _check_cancel(is_cancelled)
        removed = {p.layer.id(): p.layer.name() for p in planned if p.action == actions.REMOVE}
        notes += drop_removed_layer_entries(project, removed)
        for layer_id in removed:
            project.removeMapLayer(layer_id)
        project_writer.repoint_value_relations(project, build_dir)
        project_files = post_process.copy_project_files(project, project_file, build_dir, package_file.stem)
        embedder = SymbolEmbedder(project_dir, build_dir)
        for layer in project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.isValid():
                embedder.embed(layer)
        project_files += embedder.names()
        project_writer.write_project(project, build_dir / package_file.name, project_file)
        project.clear()  # release every file handle before the folder moves
        kept_invalid = [p.row["id"] for p in planned if p.row.get("prevention_reason") and p.action != actions.REMOVE]
        qfield_layers = check_packaged_project(build_dir / package_file.name, kept_invalid)
        manifest = ownership.build_manifest(build_dir, project_file, package_id, copied_dirs, copier.kept)
        _write_manifest(build_dir, manifest)
        _check_cancel(is_cancelled)
        notes += _replace_output(build_dir, out_dir, request, project_file, backup)
    except BaseException:
        project.clear()
        try:
            if build_dir.is_dir():
                swap.remove_tree(build_dir)
        except OSError:  # the next run for this folder removes it
            pass
        raise
    if request.store_dir is not None:
        try:
            ownership.record_in_store(request.store_dir, out_dir, manifest)
        except OSError as err:  # the manifest inside the package still says what it wrote
            notes.append(tr("Could not record the package in {folder}: {error}").format(
                folder=request.store_dir, error=err))
    on_progress(1.0)
    gpkg = out_dir / DATA_GPKG
    return {
        "package_dir": str(out_dir),
        "project_file": str(package_file),
        "package_id": package_id,
        "mode": request.mode,
        "project_id": request.project_id,
        "fingerprinted": fingerprinted,
        "aoi_only": aoi_only,
        "area_of_interest": rectangle_wkt(aoi.rectangle) if aoi else None,
        "layers": [p.row for p in planned],
        "attachment_dirs": copied_dirs,
        "project_files": project_files,
        "attachment_files": attachments,
        "data_gpkg_bytes": gpkg.stat().st_size if gpkg.exists() else 0,
        "package_bytes": sum(entry["size"] for entry in manifest["files"].values()),
        "warnings": [w for p in planned for w in p.row["warnings"]] + copier.warnings + notes,
        "seconds": round(time.monotonic() - started, 3),
        "qfield_layers_by_id": qfield_layers,
    }
