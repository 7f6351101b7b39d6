"""The process_projectfile job: is the project readable, is every layer and data provider valid?

Steps and outputs use QFieldCloud's ids (``project_validity_check``, ``opening_check``,
``project_details``, ``generate_thumbnail``); details are at
``outputs.project_details.project_details``.

Parameters: ``project`` (path), ``target`` (``local``|``cloud``), ``output_dir`` (thumbnail),
``secret_services`` (pg_service names available as project secrets), ``locked_authcfgs`` (stored
authentication configurations the job did not receive: the database was locked), ``connect_timeout`` and
``network_timeout`` (seconds a database or web source may take to answer while the project opens).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Dict, List

from qgis.core import QgsProject

from ..archives import ArchiveLimits
from ..checks import project_findings
from ..checks.finding import ERROR, Finding
from ..checks.layers import TARGET_LOCAL, layer_data
from ..checks.pg_services import local_service_names
from ..checks.project_file import check_project_file, written_datasources
from ..checks.sources import is_inside, source_info
from ..checks.timeouts import DEFAULT_CONNECT_TIMEOUT_SECONDS, DEFAULT_NETWORK_TIMEOUT_SECONDS, connection_timeouts
from ..i18n import QT_TR_NOOP, tr
from ..qfieldsync_config import read_project_settings
from ..project_io import open_project, uses_absolute_paths
from ..qgis_compat import rectangle_wkt
from .thumbnail import map_settings, render_map
from .workflow import JobContext, Step, Workflow

def _project_path(context: JobContext) -> Path:
    return Path(context.params["project"])


def project_validity_check(context: JobContext) -> Dict[str, Any]:
    """Step 1: the file exists, has the right extension, and is well-formed."""
    return check_project_file(_project_path(context), ArchiveLimits.from_params(context.params))


def opening_check(context: JobContext) -> Dict[str, Any]:
    """Step 2: QGIS opens the project (in its own instance); time it."""
    started = time.monotonic()
    with connection_timeouts(context.params.get("connect_timeout", DEFAULT_CONNECT_TIMEOUT_SECONDS),
                             context.params.get("network_timeout", DEFAULT_NETWORK_TIMEOUT_SECONDS)):
        project = open_project(_project_path(context), limits=ArchiveLimits.from_params(context.params))
    return {"project": project, "opening_seconds": round(time.monotonic() - started, 3)}


def project_details(context: JobContext) -> Dict[str, Any]:
    """Step 3: project CRS, extent, layers with their status, and project-level findings."""
    project: QgsProject = context.returns["opening_check"]["project"]
    project_file = _project_path(context)
    project_dir = project_file.parent.resolve()
    target = context.params.get("target", TARGET_LOCAL)
    secret_services = context.params.get("secret_services", [])
    locked_authcfgs = context.params.get("locked_authcfgs", [])  # set by the runner (secrets/job_auth.py)
    local_services = local_service_names()
    layers = list(project.mapLayers().values())
    written = written_datasources(project_file) if not all(l.isValid() for l in layers) else {}
    layers_by_id = {}
    outside: List[Path] = []
    for index, layer in enumerate(layers):
        info = source_info(layer, project_dir)
        layers_by_id[layer.id()] = layer_data(layer, project_dir, target, secret_services, local_services,
                                              written.get(layer.id(), ""), locked_authcfgs, info)
        if info.path is not None and not is_inside(info.path, project_dir):
            outside.append(info.path)
        context.progress((index + 1) / max(1, len(layers)))
    settings = map_settings(project)
    findings: List[Finding] = []
    findings += project_findings.hidden_files(project_dir)
    findings += project_findings.bad_file_names(project_dir)
    findings += project_findings.absolute_paths(uses_absolute_paths(project))
    findings += project_findings.outside_files(outside, project_dir)
    findings += project_findings.size_estimate(
        project_findings.folder_size(project_dir), context.returns["opening_check"]["opening_seconds"])
    details = {
        "crs": project.crs().authid(),
        "project_name": project.title() or project_file.stem,
        "extent": rectangle_wkt(settings.extent()),
        "background_color": settings.backgroundColor().name(),
        "layers_by_id": layers_by_id,
        "ordered_layer_ids": project.layerTreeRoot().findLayerIds(),
        "attachment_dirs": list(read_project_settings(project).attachment_dirs),
        "target": target,
        "findings": [f.to_dict() for f in findings],
    }
    return {"project_details": details}


def generate_thumbnail(context: JobContext) -> Dict[str, Any]:
    """Step 4: render a small PNG of the project's map (within a time budget: ``complete`` says whether
    every layer was drawn in time). The step's progress is the share of the time budget used."""
    project: QgsProject = context.returns["opening_check"]["project"]
    output_dir = context.params.get("output_dir")
    if not output_dir:
        return {"thumbnail": None}
    path = Path(output_dir) / "thumbnail.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    image, complete = render_map(map_settings(project), on_progress=context.progress)
    if not image.save(str(path), "PNG"):
        raise RuntimeError(tr('Could not write the thumbnail "{path}".').format(path=path))
    return {"thumbnail": str(path), "complete": complete}


def build_workflow(params: Dict[str, Any]) -> Workflow:
    """The process_projectfile workflow (QFieldCloud's ids and names)."""
    return Workflow(
        id="process_projectfile",
        name="Process Projectfile",
        steps=[
            Step("project_validity_check", QT_TR_NOOP("Project Validity Check"), project_validity_check),
            Step("opening_check", QT_TR_NOOP("Opening Check"), opening_check),
            Step("project_details", QT_TR_NOOP("Project Details"), project_details, output_names=("project_details",)),
            Step("generate_thumbnail", QT_TR_NOOP("Generate Thumbnail Image"), generate_thumbnail,
                 output_names=("thumbnail",)),
        ],
    )


def has_blocking_findings(feedback: Dict[str, Any]) -> bool:
    """True when a finished check found invalid layers or project-level errors."""
    details = ((feedback.get("outputs") or {}).get("project_details") or {}).get("project_details") or {}
    layers_bad = any(l.get("status") != "ok" for l in details.get("layers_by_id", {}).values())
    project_bad = any(f.get("severity") == ERROR for f in details.get("findings", []))
    return layers_bad or project_bad
