"""libqfieldsync's post-processing of the packaged project (``offline_converter.py``).

Provider-side default values and transaction groups are turned off, fields the packaged copy
adds (the GeoPackage ``fid``) are hidden in forms, and the project's plugin (``<stem>.qml``),
translations (``<stem>_<lang>.qm``) and image decoration travel under the names QField looks for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, List

from osgeo import ogr
from qgis.core import Qgis, QgsEditorWidgetSetup, QgsProject, QgsVectorLayer

from ..checks.sources import is_inside
from .files import copy_file


def disable_project_options(project: QgsProject) -> None:
    """Turn off provider-side default values and transaction groups (offline layers cannot use them)."""
    if Qgis.QGIS_VERSION_INT >= 34000:
        project.setFlag(Qgis.ProjectFlag.EvaluateDefaultValuesOnProviderSide, False)
    else:
        project.setEvaluateDefaultValues(False)
    if Qgis.QGIS_VERSION_INT >= 32600:
        project.setTransactionMode(Qgis.TransactionMode.Disabled)
    else:
        project.setAutoTransaction(False)


def fields_with_provider_default(layer: QgsVectorLayer) -> List[str]:
    """Names of the fields whose source fills in a default value (e.g. ``DEFAULT now()``, ``serial``)."""
    provider = layer.dataProvider()
    return [layer.fields().at(i).name() for i in range(layer.fields().count())
            if provider is not None and provider.defaultValueClause(i)]


def drop_not_null(gpkg: Path, table: str, names: Iterable[str]) -> List[str]:
    """Make the NOT NULL columns ``names`` of ``table`` nullable (QField does not evaluate provider defaults).

    Returns the columns changed; the GeoPackage is one the package just wrote.
    """
    changed: List[str] = []
    dataset = ogr.Open(str(gpkg), 1)
    layer = dataset.GetLayerByName(table) if dataset is not None else None
    if layer is None:
        return changed
    for name in names:
        index = layer.GetLayerDefn().GetFieldIndex(name)
        if index < 0 or layer.GetLayerDefn().GetFieldDefn(index).IsNullable():
            continue  # the fid column, or nullable already
        original = layer.GetLayerDefn().GetFieldDefn(index)
        field = ogr.FieldDefn(name, original.GetType())
        field.SetSubType(original.GetSubType())
        field.SetWidth(original.GetWidth())
        field.SetPrecision(original.GetPrecision())
        field.SetNullable(True)
        if layer.AlterFieldDefn(index, field, ogr.ALTER_NULLABLE_FLAG) == 0:
            changed.append(name)
    dataset = None
    return changed


def hide_added_fields(layer: QgsVectorLayer, source_fields: Iterable[str]) -> List[str]:
    """Hide in forms the fields the packaged copy has and the source had not; return their names."""
    known = set(source_fields)
    hidden = [name for name in layer.fields().names() if name not in known]
    for name in hidden:
        layer.setEditorWidgetSetup(layer.fields().indexFromName(name), QgsEditorWidgetSetup("Hidden", {}))
    return hidden


def project_files(project: QgsProject, project_file: Path, package_stem: str) -> List[tuple]:
    """(source, name inside the package) of the project's plugin, translations and image decoration.

    Only regular files inside the project folder are carried (links out of it are not followed).
    """
    project_dir = project_file.parent
    found = []
    plugin = project_file.with_suffix(".qml")
    if plugin.is_file():
        found.append((plugin, f"{package_stem}.qml"))
    for translation in sorted(project_dir.glob(f"{project_file.stem}_*.qm")):
        language = translation.stem[len(project_file.stem) + 1:]
        found.append((translation, f"{package_stem}_{language}.qm"))
    image, _ = project.readEntry("Image", "/ImagePath", "")
    if image:
        path = Path(image) if Path(image).is_absolute() else project_dir / image
        if path.is_file() and is_inside(path, project_dir):
            found.append((path, path.resolve().relative_to(project_dir.resolve()).as_posix()))
    return [(source, name) for source, name in found if is_inside(source, project_dir)]


def copy_project_files(project: QgsProject, project_file: Path, build_dir: Path, package_stem: str) -> List[str]:
    """Copy :func:`project_files` into ``build_dir``; return the names written."""
    names = []
    for source, name in project_files(project, project_file, package_stem):
        copy_file(source, build_dir / name)
        names.append(name)
    return names
