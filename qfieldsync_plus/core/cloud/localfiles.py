"""The files of a project folder that belong in the cloud, with QFieldCloud's skip rules."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import List

from ..runner.triggers import is_project_file

# Folders our own jobs write into when pointed at a project folder; never uploaded.
OUTPUT_FOLDERS = ("qfieldsync_plus_output", "qfield_package", "qfieldsync_backups")
# Files that are transient copies or locks of others.
TRANSIENT_SUFFIXES = ("~", ".gpkg-wal", ".gpkg-shm", ".sqlite-journal", "-journal", ".qgs.bak", ".qgz.bak", ".lock")


@dataclass(frozen=True)
class LocalFile:
    """A file to compare with the cloud: project-relative POSIX path and absolute path."""

    name: str
    path: Path


def _skipped_name(name: str) -> bool:
    return name.startswith(".") or name.endswith(TRANSIENT_SUFFIXES)


def project_files(folder: Path) -> List[LocalFile]:
    """Every uploadable file under ``folder``, sorted with the .qgs/.qgz last.

    Skips hidden files and folders (a leading dot breaks QFieldCloud), our output folders,
    transient files (``-wal``, ``~``) and symlinks whose target leaves ``folder``.
    """
    root = Path(folder).resolve()
    found: List[LocalFile] = []
    for current, folders, files in os.walk(root, followlinks=False):
        here = Path(current)
        folders[:] = sorted(
            d for d in folders
            if not _skipped_name(d) and d not in OUTPUT_FOLDERS and _inside(here / d, root))
        for name in sorted(files):
            path = here / name
            if _skipped_name(name) or not _inside(path, root) or not path.is_file():
                continue
            found.append(LocalFile(path.relative_to(root).as_posix(), path))
    return sorted(found, key=lambda f: (is_project_file(f.name), f.name))


def _inside(path: Path, root: Path) -> bool:
    """True unless ``path`` is a symlink that resolves outside ``root``."""
    if not path.is_symlink():
        return True
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError):
        return False
