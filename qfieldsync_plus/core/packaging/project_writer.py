"""Rewrite the project for QField: new data sources, removed layers, records for applying edits back.

Works on a QgsProject opened for packaging, so forms, styles, relations, map themes, layer order
and layer ids survive as QGIS itself saves them.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    Qgis,
    QgsDataProvider,
    QgsEditorWidgetSetup,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
)

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError

SCOPE = "qfieldsync"  # libqfieldsync ProjectConfiguration scope (entry scopes are case-sensitive)
ORIGINAL_PROJECT_ENTRY = "/originalProjectPath"
SOURCE_PK_PROPERTY = "QFieldSync/sourceDataPrimaryKeys"
REMOTE_LAYER_ID_PROPERTY = "remoteLayerId"


def repoint_layer(project: QgsProject, layer: QgsMapLayer, source: str, provider: str) -> None:
    """Point ``layer`` at ``source`` (keeping its id, style and form); raise when it does not open."""
    options = QgsDataProvider.ProviderOptions()
    options.transformContext = project.transformContext()
    layer.setDataSource(source, layer.name(), provider, options)
    if not layer.isValid():
        raise JobError(tr('Layer "{layer}" does not open from its packaged copy "{source}".').format(
            layer=layer.name(), source=source), errors.WRITE_FAILED)


def relative_to_build(source: str, build_dir: Path) -> str:
    """``source`` with the build folder written as ``./`` (value relations keep it as text)."""
    prefix = str(build_dir).rstrip("/\\")
    return "." + source[len(prefix):] if source.startswith(prefix) else source


def repoint_value_relations(project: QgsProject, build_dir: Path) -> int:
    """Make every value relation name its referenced layer's new source; return how many changed."""
    changed = 0
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        for index in range(layer.fields().count()):
            setup = layer.editorWidgetSetup(index)
            if setup.type() != "ValueRelation":
                continue
            config = dict(setup.config())
            referenced = project.mapLayer(config.get("Layer", ""))
            if referenced is None:
                continue
            config["LayerSource"] = relative_to_build(referenced.source(), build_dir)
            config["LayerProviderName"] = referenced.providerType()
            config["LayerName"] = referenced.name()
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueRelation", config))
            changed += 1
    return changed


def mark_offline_layer(layer: QgsMapLayer, source_pk: str) -> None:
    """Record, as libqfieldsync does, what is needed to apply QField's edits back to the source."""
    if source_pk:
        layer.setCustomProperty(SOURCE_PK_PROPERTY, source_pk)
    layer.setCustomProperty(REMOTE_LAYER_ID_PROPERTY, layer.id())


def write_project(project: QgsProject, path: Path, original_project: Path) -> None:
    """Save the packaged project (relative paths) with the original project's path recorded."""
    project.writeEntry(SCOPE, ORIGINAL_PROJECT_ENTRY, str(original_project))
    if hasattr(project, "setFilePathStorage"):  # QGIS >= 3.26
        project.setFilePathStorage(Qgis.FilePathType.Relative)
    else:
        project.writeEntryBool("Paths", "/Absolute", False)
    if not project.write(str(path)):
        raise JobError(tr('Could not write the packaged project "{path}": {error}').format(
            path=path, error=project.error()), errors.WRITE_FAILED)
