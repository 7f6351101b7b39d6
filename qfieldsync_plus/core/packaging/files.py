"""Copy data files (with their sidecar files) and attachment folders into a package."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterable, List, Set

from ..checks.sources import is_inside
from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError

# Files that belong to a data file with the same stem (shapefile parts, world files, styles…).
SIDECAR_SUFFIXES = (
    ".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".fbn", ".fbx", ".ain", ".aih",
    ".atx", ".ixs", ".mxs", ".qmd", ".qml", ".tfw", ".tifw", ".wld", ".jgw", ".pgw", ".msk", ".ovr",
)


def sidecar_files(path: Path) -> List[Path]:
    """``path`` and the files that belong to it (``x.shp`` → x.dbf, x.shx, x.prj, x.shp.xml…; x.gpkg-wal)."""
    if not path.parent.is_dir():
        return [path]
    found = [path]
    stem, name = path.stem.lower(), path.name.lower()
    for candidate in sorted(path.parent.iterdir()):
        if candidate == path or not candidate.is_file():
            continue
        lower = candidate.name.lower()
        same_stem = candidate.stem.lower() == stem and candidate.suffix.lower() in SIDECAR_SUFFIXES
        if same_stem or lower.startswith(name + ".") or lower == name + "-wal":  # -wal: uncheckpointed edits
            found.append(candidate)
    return found


def package_relative_path(path: Path, project_dir: Path) -> Path:
    """Where ``path`` goes inside the package: same relative folder, or the top level when outside."""
    if is_inside(path, project_dir):
        return path.resolve().relative_to(project_dir.resolve())
    return Path(path.name)


def copy_file(source: Path, destination: Path) -> None:
    """Copy one file (creating folders); a failure names both paths."""
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
    except OSError as err:
        raise JobError(
            tr('Could not copy "{source}" to "{destination}": {error}').format(
                source=source, destination=destination, error=err.strerror or err),
            errors.WRITE_FAILED, hint=tr("Check free disk space and write permission of the output folder."),
        ) from err


class FileCopier:
    """Copies data files into the package folder being built, each file once."""

    def __init__(self, project_dir: Path, build_dir: Path, previous_dir: Path) -> None:
        self.project_dir = project_dir
        self.build_dir = build_dir
        self.previous_dir = previous_dir
        self.copied: Set[Path] = set()

    def copy(self, path: Path, keep_existent: bool = False) -> Path:
        """Copy ``path`` and its sidecars; return the new path of ``path``.

        With ``keep_existent``, files already in the previous package are kept from there.
        """
        relative = package_relative_path(path, self.project_dir)
        if not path.exists() and not (keep_existent and (self.previous_dir / relative).exists()):
            raise JobError(tr('File "{filename}" missing.').format(filename=path), errors.FILE_NOT_FOUND,
                           hint=tr("Restore the file or remove the layer from the project."))
        for member in sidecar_files(path):
            member_relative = relative.parent / member.name
            target = self.build_dir / member_relative
            if target in self.copied:
                continue
            previous = self.previous_dir / member_relative
            copy_file(previous if keep_existent and previous.exists() else member, target)
            self.copied.add(target)
        return self.build_dir / relative

    def copy_attachment_dirs(self, names: Iterable[str]) -> List[str]:
        """Copy each attachment folder (e.g. DCIM) that exists in the project; return those copied."""
        copied = []
        for name in names:
            source = self.project_dir / name
            if not source.is_dir() or not is_inside(source, self.project_dir):
                continue
            try:
                shutil.copytree(source, self.build_dir / name, dirs_exist_ok=True)
            except (OSError, shutil.Error) as err:
                raise JobError(tr('Could not copy the attachment folder "{folder}": {error}').format(
                    folder=source, error=err), errors.WRITE_FAILED) from err
            copied.append(name)
        return copied
