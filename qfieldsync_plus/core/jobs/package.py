"""The package job: turn a QGIS project into a QField project (``<stem>_qfield.qgs`` + ``data.gpkg``).

Steps use QFieldCloud's ids: ``qgis_layers_data`` (layers before, at
``outputs.qgis_layers_data.layers_by_id``), ``package_project`` (per-layer rows and sizes),
``qfield_layer_data`` (layers of the packaged project).

Parameters: ``project`` (path), ``package_dir`` (output folder), ``mode`` (``cable``|``cloud``),
``aoi_only`` (copy only features inside the area of interest), ``backup_existing`` (move a package
folder holding files no package of this project wrote aside as a dated backup instead of refusing),
``strict`` (fail instead of removing invalid or unsupported layers with a warning).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Dict

from qgis.core import QgsProject

from ..archives import ArchiveLimits
from ..checks.layers import layer_data
from ..checks.project_file import check_project_file, written_datasources
from ..checks.sources import source_info
from ..i18n import QT_TR_NOOP, tr
from ..packaging import actions
from ..packaging.fingerprint import files_fingerprints
from ..packaging.packager import PackageRequest, package_project
from ..packaging.sync_baseline import keep_baseline_rows
from ..paths import store_path as default_store_path
from ..project_io import open_project
from ..runner.store import JobStore
from ..sync.identity import ensure_project_id
from . import errors
from .errors import JobError
from .workflow import JobContext, Step, Workflow

logger = logging.getLogger("qfieldsync_plus.job")


def _project_path(context: JobContext) -> Path:
    return Path(context.params["project"])


def _package_dir(context: JobContext) -> Path:
    folder = context.params.get("package_dir")
    if not folder:
        raise JobError(tr("No output folder given for the package."), errors.INVALID_ARGUMENTS,
                       hint=tr("Pass --out DIR (a folder outside the project folder)."))
    return Path(folder)


def qgis_layers_data(context: JobContext) -> Dict[str, Any]:
    """Step 1: open the project (layouts included) and describe its layers as they are."""
    path = _project_path(context)
    limits = ArchiveLimits.from_params(context.params)
    check_project_file(path, limits)
    project = open_project(path, load_layouts=True, limits=limits)
    try:  # written once into the project file: the identity cable sync keys its state by
        project_id, id_warning = ensure_project_id(project, path), ""
    except JobError as err:  # a read-only project file still packages, without cable sync
        project_id, id_warning = "", tr("The package cannot be synchronized back by cable: {error}").format(error=err)
    project_dir = path.resolve().parent
    layers = list(project.mapLayers().values())
    written = written_datasources(path) if not all(l.isValid() for l in layers) else {}
    layers_by_id, files = {}, [str(path.resolve())]
    for index, layer in enumerate(layers):
        layers_by_id[layer.id()] = layer_data(layer, project_dir, written_source=written.get(layer.id(), ""))
        info = source_info(layer, project_dir)
        if info.path is not None:
            files.append(str(info.path))
        context.progress((index + 1) / max(1, len(layers)))
    return {
        "project": project,
        "project_id": project_id,
        "id_warning": id_warning,
        "layers_by_id": layers_by_id,
        "source_files": files_fingerprints(files),
        "has_online_layers": any(actions.is_online(l) for l in layers),
    }


def package(context: JobContext, checked: Dict[str, Any]) -> Dict[str, Any]:
    """Step 2: write data.gpkg, copy files, rewrite the project, check it, and move the package into place."""
    before = context.returns["qgis_layers_data"]
    project: QgsProject = before["project"]
    store_path = context.params.get("store_path")
    request = PackageRequest(
        project_file=_project_path(context),
        out_dir=_package_dir(context),
        mode=context.params.get("mode", actions.MODE_CABLE),
        aoi_only=bool(context.params.get("aoi_only", False)),
        project_id=before["project_id"],
        backup_existing=bool(context.params.get("backup_existing", False)),
        strict=bool(context.params.get("strict", False)),
        store_dir=Path(store_path).parent if store_path else None,
    )
    result = package_project(project, request, context.progress, context.is_cancelled)
    checked["layers_by_id"] = result.pop("qfield_layers_by_id")
    if before["id_warning"]:
        result["warnings"].append(before["id_warning"])
    for warning in result["warnings"]:
        logger.warning("%s", warning)
    if result.get("fingerprinted"):
        store = Path(store_path or default_store_path())
        keep_baseline_rows(store, Path(result["package_dir"]), result["package_id"], before["project_id"],
                           _project_path(context).resolve(), JobStore(store).retention().days)
    result["source_files"] = before["source_files"]
    result["has_online_layers"] = before["has_online_layers"]
    return result


def qfield_layer_data(context: JobContext, checked: Dict[str, Any]) -> Dict[str, Any]:
    """Step 3: the layers of the packaged project (checked valid before it replaced the previous package)."""
    return {"layers_by_id": checked["layers_by_id"]}


PACKAGE_OUTPUTS = ("package_dir", "project_file", "package_id", "project_id", "fingerprinted", "mode", "aoi_only",
                   "area_of_interest", "layers",
                   "attachment_dirs", "attachment_files", "project_files",
                   "data_gpkg_bytes", "package_bytes", "warnings", "seconds",
                   "source_files", "has_online_layers")


def build_workflow(params: Dict[str, Any]) -> Workflow:
    """The package workflow (QFieldCloud's step ids)."""
    checked: Dict[str, Any] = {}  # the packaged project's layers, checked before the swap
    return Workflow(
        id="package",
        name="Package",
        steps=[
            Step("qgis_layers_data", QT_TR_NOOP("QGIS Layers Data"), qgis_layers_data, output_names=("layers_by_id",)),
            Step("package_project", QT_TR_NOOP("Package Project"), lambda c: package(c, checked),
                 output_names=PACKAGE_OUTPUTS),
            Step("qfield_layer_data", QT_TR_NOOP("QField Layer Data"), lambda c: qfield_layer_data(c, checked),
                 output_names=("layers_by_id",)),
        ],
    )
