"""The package folder appears atomically: built in a sibling temporary folder, then swapped in."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

from ..checks.sources import is_inside
from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..temp_names import partial_package_prefix

PACKAGE_SUFFIX = "_qfield.qgs"


def validate_output_dir(out_dir: Path, project_dir: Path) -> None:
    """Refuse folders that would break the project or lose data; raise JobError naming the folder."""
    if is_inside(out_dir, project_dir):
        raise JobError(
            tr('The output folder "{out}" is inside the project folder "{project}".').format(out=out_dir, project=project_dir),
            errors.INVALID_ARGUMENTS,
            hint=tr("Choose a folder outside the project folder: a package inside it would be packaged again."))
    if is_inside(project_dir, out_dir):
        raise JobError(
            tr('The output folder "{out}" contains the project folder "{project}".').format(out=out_dir, project=project_dir),
            errors.INVALID_ARGUMENTS, hint=tr("Choose an empty folder or a previous package folder."))
    if out_dir.exists() and not out_dir.is_dir():
        raise JobError(tr('The output path "{out}" is a file, not a folder.').format(out=out_dir), errors.INVALID_ARGUMENTS)
    if out_dir.is_dir() and any(out_dir.iterdir()) and not any(out_dir.glob("*" + PACKAGE_SUFFIX)):
        raise JobError(
            tr('The output folder "{out}" is not empty and holds no QField package; it will not be replaced.').format(out=out_dir),
            errors.INVALID_ARGUMENTS, hint=tr("Choose an empty folder or a previous package folder."))
    parent = out_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise JobError(tr('Could not create the folder "{folder}": {error}').format(
            folder=parent, error=err.strerror or err), errors.WRITE_FAILED,
            hint=tr("Choose a folder you can write to.")) from err
    if not os.access(parent, os.W_OK | os.X_OK) or (out_dir.is_dir() and not os.access(out_dir, os.W_OK | os.X_OK)):
        raise JobError(tr('No permission to write into "{folder}".').format(folder=parent if not out_dir.exists() else out_dir),
                       errors.WRITE_FAILED, hint=tr("Choose a folder you can write to."))


def make_build_dir(out_dir: Path) -> Path:
    """A new empty temporary folder next to ``out_dir`` (same parent: relative paths stay valid)."""
    build_dir = out_dir.parent / f"{partial_package_prefix(out_dir)}{uuid.uuid4().hex[:8]}"
    try:
        build_dir.mkdir()
    except OSError as err:
        raise JobError(tr('Could not create a folder in "{folder}": {error}').format(
            folder=out_dir.parent, error=err.strerror or err), errors.WRITE_FAILED,
            hint=tr("Choose a folder you can write to.")) from err
    return build_dir


def publish(build_dir: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by ``build_dir`` with renames; on failure the previous package stays."""
    old_dir = out_dir.parent / f".{out_dir.name}.old-{uuid.uuid4().hex[:8]}"
    had_previous = out_dir.exists()
    try:
        if had_previous:
            os.replace(out_dir, old_dir)
        os.replace(build_dir, out_dir)
    except OSError as err:
        if had_previous and old_dir.exists() and not out_dir.exists():
            os.replace(old_dir, out_dir)
        raise JobError(tr('Could not move the package into "{out}": {error}').format(
            out=out_dir, error=err.strerror or err), errors.WRITE_FAILED) from err
    if had_previous:
        shutil.rmtree(old_dir, ignore_errors=True)
