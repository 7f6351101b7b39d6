"""Where a package may go: outside the project folder, in a place we can write (see swap.py for the swap)."""

from __future__ import annotations

import os
from pathlib import Path

from ..checks.sources import is_inside
from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError

PACKAGE_SUFFIX = "_qfield.qgs"


def validate_output_dir(out_dir: Path, project_dir: Path) -> None:
    """Refuse folders that would break the project; raise JobError naming the folder.

    What the folder holds is checked by ownership.folder_report.
    """
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
