"""Refuse to write deltas into layers the user is editing in this QGIS session."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, List, Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from ..core.deltas.deltafile import load_deltafile
from ..core.deltas.editing import check_not_editing
from ..core.jobs.errors import JobError


def editing_layers(project: QgsProject) -> List[Tuple[str, str]]:
    """(provider, source) of every vector layer of ``project`` in edit mode."""
    return [(layer.providerType(), layer.source()) for layer in project.mapLayers().values()
            if isinstance(layer, QgsVectorLayer) and layer.isEditable()]


def refusal_for_deltas(project_file: str, deltas: Iterable[dict]) -> Optional[str]:
    """Why ``deltas`` must not be applied now (a targeted layer is being edited), or None."""
    project = QgsProject.instance()
    editing = editing_layers(project)
    if not editing or Path(project.fileName()).resolve() != Path(project_file).resolve():
        return None
    return check_not_editing(project, deltas, editing)


def refusal_for_deltafile(project_file: str, deltafile: str) -> Optional[str]:
    """As :func:`refusal_for_deltas` for a deltafile; an unreadable file is left to the job to report."""
    try:
        deltas = load_deltafile(Path(deltafile)).deltas
    except JobError:  # the job itself names what is wrong with the file
        return None
    return refusal_for_deltas(project_file, deltas)


def refusal_for_project(project_file: str) -> Optional[str]:
    """Why deltas of unknown layers (a re-apply) must wait: any layer of the project is being edited."""
    layers = QgsProject.instance().mapLayers()
    return refusal_for_deltas(project_file, [{"sourceLayerId": layer_id} for layer_id in layers])
