"""The files of a project folder that belong in the cloud, with QFieldCloud's skip rules."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import List

from ..packaging.output import PACKAGE_SUFFIX
from ..project_io import is_project_file

# A folder holding a QField package (ours or QFieldSync's) has a "<stem>_qfield.qgs" at its top.
PACKAGE_MARKER = "*" + PACKAGE_SUFFIX
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

    Skips hidden files and folders (a leading dot breaks QFieldCloud), folders holding a QField
    package (package output), transient files (``-wal``, ``~``) and symlinks leaving ``folder``.
    """
    root = Path(folder).resolve()
    found: List[LocalFile] = []
    for current, folders, files in os.walk(root, followlinks=False):
        here = Path(current)
        folders[:] = sorted(
            d for d in folders
            if not _skipped_name(d) and _inside(here / d, root) and not _is_package_output(here / d))
        for name in sorted(files):
            path = here / name
            if _skipped_name(name) or not _inside(path, root) or not path.is_file():
                continue
            found.append(LocalFile(path.relative_to(root).as_posix(), path))
    return sorted(found, key=lambda f: (is_project_file(f.name), f.name))


def hidden_entries(folder: Path) -> List[str]:
    """The hidden files and folders (leading dot) the upload skips, folders with a trailing ``/``.

    A hidden folder is listed once; nothing inside it is looked at.
    """
    root = Path(folder).resolve()
    found: List[str] = []
    for current, folders, files in os.walk(root, followlinks=False):
        here = Path(current)
        found += [(here / d).relative_to(root).as_posix() + "/" for d in folders if d.startswith(".")]
        found += [(here / f).relative_to(root).as_posix() for f in files if f.startswith(".")]
        folders[:] = [d for d in folders if not d.startswith(".") and _inside(here / d, root)]
    return sorted(found)


def _is_package_output(folder: Path) -> bool:
    """True for a folder with a ``*_qfield.qgs`` at its top (a packaging result, not project data)."""
    return any(folder.glob(PACKAGE_MARKER))


def _inside(path: Path, root: Path) -> bool:
    """True unless ``path`` is a symlink that resolves outside ``root`` (or loops)."""
    if not path.is_symlink():
        return True
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return False
