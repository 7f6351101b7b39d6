"""Open a QGIS project in its own QgsProject instance, never touching the user's open project."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from qgis.core import Qgis, QgsProject

from .archives import ArchiveLimits, check_archive
from .i18n import tr
from .jobs import errors
from .jobs.errors import JobError

PROJECT_SUFFIXES = (".qgs", ".qgz")


def is_project_file(path: str) -> bool:
    """True for a .qgs/.qgz file name."""
    return PurePosixPath(path.replace("\\", "/")).suffix.lower() in PROJECT_SUFFIXES


def _dont_load_layouts_flag():
    if hasattr(Qgis, "ProjectReadFlag"):  # QGIS >= 3.26
        return Qgis.ProjectReadFlags(Qgis.ProjectReadFlag.DontLoadLayouts)
    return QgsProject.ReadFlags(QgsProject.FlagDontLoadLayouts)


def open_project(path: Path, load_layouts: bool = False, limits: ArchiveLimits = ArchiveLimits()) -> QgsProject:
    """Read ``path`` into a new QgsProject (layouts skipped unless asked); raise JobError when QGIS cannot read it.

    A ``.qgz`` is checked first (QGIS extracts it wherever its entry names point): see
    :func:`archives.check_archive`.
    """
    if Path(path).suffix.lower() == ".qgz":
        check_archive(Path(path), limits.max_entries, limits.max_bytes)
    project = QgsProject()
    read = project.read(str(path)) if load_layouts else project.read(str(path), _dont_load_layouts_flag())
    if not read:
        raise JobError(
            tr('QGIS cannot open the project file "{path}": {error}').format(path=path, error=project.error()),
            errors.INVALID_PROJECT_FILE,
            hint=tr("The project file is unreadable, incomplete, broken or wrong. Save it again from QGIS."),
        )
    return project


def uses_absolute_paths(project: QgsProject) -> bool:
    """True when the project stores data source paths as absolute paths."""
    if hasattr(project, "filePathStorage"):
        return project.filePathStorage() == Qgis.FilePathType.Absolute
    value, _ = project.readBoolEntry("Paths", "/Absolute", False)
    return bool(value)
