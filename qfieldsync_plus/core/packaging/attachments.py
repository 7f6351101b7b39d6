"""Files that attachment fields name by a path relative to the project travel with the package.

libqfieldsync carries the attachment folders (``DCIM`` …); a photo field may also name files in
other folders of the project. Those files are copied to the same relative path; files outside the
project folder (or reached through a link leaving it) are never followed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, List

from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

from ..checks.sources import is_inside
from .files import copy_file


def attachment_fields(layer: QgsVectorLayer) -> List[int]:
    """Indexes of the fields edited with QGIS's attachment widget (``ExternalResource``)."""
    return [i for i in range(layer.fields().count()) if layer.editorWidgetSetup(i).type() == "ExternalResource"]


def referenced_files(layers: Iterable[QgsVectorLayer], project_dir: Path) -> List[Path]:
    """Project-relative paths of the existing files inside the project that attachment fields name."""
    found = set()
    for layer in layers:
        indexes = attachment_fields(layer)
        if not indexes or not layer.isValid():
            continue
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indexes)
        for feature in layer.getFeatures(request):
            for index in indexes:
                value = feature.attribute(index)
                if not isinstance(value, str) or not value.strip() or Path(value).is_absolute():
                    continue
                path = project_dir / value.strip()
                if path.is_file() and is_inside(path, project_dir):
                    found.add(path.resolve().relative_to(project_dir.resolve()))
    return sorted(found)


def copy_referenced_files(project: QgsProject, project_dir: Path, build_dir: Path) -> List[str]:
    """Copy the files attachment fields name that the package does not hold yet; return them."""
    layers = [l for l in project.mapLayers().values() if isinstance(l, QgsVectorLayer)]
    copied = []
    for relative in referenced_files(layers, project_dir):
        target = build_dir / relative
        if not target.exists():
            copy_file(project_dir / relative, target)
            copied.append(relative.as_posix())
    return copied
