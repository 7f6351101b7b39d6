"""Copy data files (with their sidecar files) and attachment folders into a package."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path
from typing import Dict, Iterable, List, Set

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


def _renamed(member: Path, stem: str, new_stem: str) -> str:
    """``member``'s name with the data file's ``stem`` replaced (data.shp.xml → data_2.shp.xml)."""
    return new_stem + member.name[len(stem):]


class FileCopier:
    """Copies data files into the package folder being built, each file once, each at its own path.

    ``reserved`` names (the package's data.gpkg and project file) are never used for a copy.
    Links in attachment folders that leave the project are skipped; ``warnings`` says which.
    """

    def __init__(self, project_dir: Path, build_dir: Path, previous_dir: Path, reserved: Iterable[str] = ()) -> None:
        self.project_dir = project_dir
        self.build_dir = build_dir
        self.previous_dir = previous_dir
        self.owners: Dict[str, Path] = {name.lower(): Path() for name in reserved}
        self.warnings: List[str] = []
        self.kept: List[str] = []  # package paths of keep_existent files

    def _free_relative(self, path: Path, members: List[Path]) -> Path:
        """Where ``path`` goes: its usual place, or ``<stem>_2…`` when another file took that name."""
        relative = package_relative_path(path, self.project_dir)
        source, stem, number = path.absolute(), path.stem, 2
        new_stem = stem
        while any(self.owners.get((relative.parent / _renamed(m, stem, new_stem)).as_posix().lower(), source) != source
                  for m in members):
            new_stem, number = f"{stem}_{number}", number + 1
        return relative.parent / _renamed(path, stem, new_stem)

    def copy(self, path: Path, keep_existent: bool = False) -> Path:
        """Copy ``path`` and its sidecars; return the new path of ``path``.

        With ``keep_existent``, files already in the previous package are kept from there.
        """
        members = sidecar_files(path)
        relative = self._free_relative(path, members)
        if not path.exists() and not (keep_existent and (self.previous_dir / relative).exists()):
            raise JobError(tr('File "{filename}" missing.').format(filename=path), errors.FILE_NOT_FOUND,
                           hint=tr("Restore the file or remove the layer from the project."))
        for member in members:
            member_relative = relative.parent / _renamed(member, path.stem, relative.stem)
            key = member_relative.as_posix().lower()
            if key in self.owners:
                continue
            previous = self.previous_dir / member_relative
            copy_file(previous if keep_existent and previous.exists() else member, self.build_dir / member_relative)
            self.owners[key] = path.absolute()
            if keep_existent:
                self.kept.append(member_relative.as_posix())
        return self.build_dir / relative

    def copy_attachment_dirs(self, names: Iterable[str]) -> List[str]:
        """Copy each attachment folder (e.g. DCIM) that exists in the project; return those copied."""
        copied = []
        for name in names:
            source = self.project_dir / name
            if source.is_symlink() and not self._link_stays_inside(source):
                continue
            if not source.is_dir() or not is_inside(source, self.project_dir):
                continue
            self._copy_tree(source.resolve(), Path(name), {source.resolve()})
            copied.append(name)
        return copied

    def _link_stays_inside(self, link: Path) -> bool:
        """True for a link whose target is inside the project; otherwise a warning says why it is skipped."""
        try:
            target = link.resolve(strict=True)
        except (RuntimeError, OSError) as err:  # a loop: RuntimeError up to Python 3.12, ELOOP from 3.13
            if isinstance(err, RuntimeError) or err.errno == errno.ELOOP:
                self.warnings.append(tr('Skipped "{link}": it is a symbolic link loop.').format(link=link))
            else:
                self.warnings.append(tr('Skipped "{link}": {error}.').format(link=link, error=err.strerror or err))
            return False
        if not is_inside(target, self.project_dir):
            self.warnings.append(tr('Skipped "{link}": it is a link to "{target}", outside the project folder.').format(
                link=link, target=target))
            return False
        return True

    def _copy_tree(self, folder: Path, relative: Path, visited: Set[Path]) -> None:
        """Copy ``folder`` to ``relative`` in the build; links are followed only when they stay in the project."""
        try:
            entries = sorted(folder.iterdir())
        except OSError as err:
            raise JobError(tr('Could not copy the attachment folder "{folder}": {error}').format(
                folder=folder, error=err.strerror or err), errors.WRITE_FAILED) from err
        (self.build_dir / relative).mkdir(parents=True, exist_ok=True)
        for entry in entries:
            if entry.is_symlink() and not self._link_stays_inside(entry):
                continue
            real = entry.resolve()
            if real.is_dir():
                if real in visited:
                    self.warnings.append(tr('Skipped "{link}": it is a symbolic link loop.').format(link=entry))
                    continue
                self._copy_tree(real, relative / entry.name, visited | {real})
            elif real.is_file():
                copy_file(real, self.build_dir / relative / entry.name)
