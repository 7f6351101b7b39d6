"""The package folder appears atomically: built beside it, then swapped in with two renames.

Next to ``<out>`` live only folders and files with our own names, each recognisable as ours:

- ``.<out>.partial-<id>/`` a package being built (holds ``.qfieldsync_plus/building.json`` with the
  builder's process id: a build of a process still running is left alone);
- ``.<out>.old-<id>/`` the previous package during the swap (holds its ``package.json``);
- ``.<out>.swap.json`` the swap journal: where the previous folder went and which build replaces it.

A run killed at any point leaves these behind; :func:`recover_interrupted` (called by the next
package run for that folder, and by the runner after a job it stopped) puts the previous package
back when the swap was cut short, and removes the rest. A folder is removed only when its name
is ours and it holds our marker (or no file at all); a previous package is deleted only when
everything in it was written, unchanged, by a package of this project, else it is kept as a backup.

No QGIS imports: the runner uses this in the desktop process.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
import uuid
from pathlib import Path
from typing import List, Optional

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError
from ..runner.processes import pid_alive
from ..temp_names import partial_package_prefix
from .ownership import MANIFEST_NAME, MARKER_DIR, folder_report, package_manifest_path, read_manifest

BUILD_MARKER = "building.json"
# Test hook: the package process kills itself (like kill -9) at the named point ("swap", "dispose").
TEST_KILL_ENV = "QFIELDSYNC_PLUS_TEST_KILL_AT"


def test_kill_point(name: str) -> None:
    """Die here, as ``kill -9`` would, when the test hook names this point."""
    if os.environ.get(TEST_KILL_ENV) == name:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def _prefix(out_dir: Path, kind: str) -> str:
    return f".{out_dir.name}.{kind}-"


def journal_path(out_dir: Path) -> Path:
    """The swap journal of ``out_dir``."""
    return out_dir.parent / f".{out_dir.name}.swap.json"


def _has_files(folder: Path) -> bool:
    for _root, dirs, files in os.walk(folder, followlinks=False):
        if files or any(Path(_root, d).is_symlink() for d in dirs):
            return True
    return False


def is_ours(folder: Path) -> bool:
    """True when ``folder`` holds our marker (a build or a package of ours), or no file at all."""
    marker = folder / MARKER_DIR
    return (marker / MANIFEST_NAME).is_file() or (marker / BUILD_MARKER).is_file() or not _has_files(folder)


def remove_tree(folder: Path) -> None:
    """Delete ``folder``, our marker last (a run killed meanwhile leaves it recognisable)."""
    for child in folder.iterdir():
        if child.name == MARKER_DIR:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    shutil.rmtree(folder)


def make_build_dir(out_dir: Path) -> Path:
    """A new temporary folder next to ``out_dir`` (same parent: relative paths stay valid), marked as ours."""
    build_dir = out_dir.parent / f"{partial_package_prefix(out_dir)}{uuid.uuid4().hex[:8]}"
    try:
        (build_dir / MARKER_DIR).mkdir(parents=True)
        marker = {"package_dir": str(out_dir), "pid": os.getpid()}
        (build_dir / MARKER_DIR / BUILD_MARKER).write_text(json.dumps(marker), encoding="utf-8")
    except OSError as err:
        raise JobError(tr('Could not create a folder in "{folder}": {error}').format(
            folder=out_dir.parent, error=err.strerror or err), errors.WRITE_FAILED,
            hint=tr("Choose a folder you can write to.")) from err
    return build_dir


def finish_build(build_dir: Path) -> None:
    """The build is complete: its manifest is now its marker."""
    (build_dir / MARKER_DIR / BUILD_MARKER).unlink()


def backup_path(out_dir: Path) -> Path:
    """A free ``<out>.backup-YYYYMMDD-HHMMSS`` (``-2``, ``-3``… when taken) next to ``out_dir``."""
    base = f"{out_dir.name}.backup-{time.strftime('%Y%m%d-%H%M%S')}"
    candidate, number = out_dir.parent / base, 2
    while candidate.exists() or candidate.is_symlink():
        candidate, number = out_dir.parent / f"{base}-{number}", number + 1
    return candidate


def _write_journal(out_dir: Path, previous: Path, build_dir: Path) -> None:
    path = journal_path(out_dir)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps({"previous": previous.name, "build": build_dir.name}), encoding="utf-8")
    os.replace(tmp, path)


def publish(build_dir: Path, out_dir: Path, backup: bool) -> Optional[Path]:
    """Replace ``out_dir`` by ``build_dir``; return where the previous folder went (None: there was none).

    With ``backup`` the previous folder becomes a dated backup, else a ``.old-`` folder for
    :func:`dispose_previous`. On failure the previous package is back in place.
    """
    previous: Optional[Path] = None
    try:
        if out_dir.is_dir() and not any(out_dir.iterdir()):
            out_dir.rmdir()
        if out_dir.exists():
            old_name = f"{_prefix(out_dir, 'old')}{uuid.uuid4().hex[:8]}"
            previous = backup_path(out_dir) if backup else out_dir.parent / old_name
            _write_journal(out_dir, previous, build_dir)
            os.replace(out_dir, previous)
            test_kill_point("swap")
        os.replace(build_dir, out_dir)
    except OSError as err:
        if previous is not None and previous.exists() and not out_dir.exists():
            os.replace(previous, out_dir)
        raise JobError(tr('Could not move the package into "{out}": {error}').format(
            out=out_dir, error=err.strerror or err), errors.WRITE_FAILED) from err
    finally:
        if previous is not None:
            journal_path(out_dir).unlink(missing_ok=True)
    return previous


def dispose_previous(previous: Path, out_dir: Path, project_file: Path, store_dir: Optional[Path]) -> Optional[Path]:
    """Delete a previous package moved aside, if it holds only what this project's packages wrote.

    A file the new package holds byte for byte (a ``keep_existent`` file) is not lost either.
    Anything else (e.g. photos added while the new package was built) keeps it: it becomes a
    dated backup, whose path is returned.
    """
    test_kill_point("dispose")
    replacement = read_manifest(package_manifest_path(out_dir)) or {"files": {}}
    if folder_report(previous, project_file, store_dir, key_dir=out_dir, replacement=replacement).safe:
        remove_tree(previous)
        return None
    backup = backup_path(out_dir)
    os.replace(previous, backup)
    return backup


def _journal_previous(out_dir: Path) -> Optional[Path]:
    try:
        data = json.loads(journal_path(out_dir).read_text(encoding="utf-8"))
        name = str(data["previous"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    ours = name.startswith((_prefix(out_dir, "old"), f"{out_dir.name}.backup-")) and Path(name).name == name
    return out_dir.parent / name if ours else None


def _still_building(build_dir: Path) -> bool:
    """True while another process (e.g. the desktop while the command line runs) is building there."""
    try:
        pid = int(json.loads((build_dir / MARKER_DIR / BUILD_MARKER).read_text(encoding="utf-8"))["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return pid != os.getpid() and pid_alive(pid)


def recover_interrupted(out_dir: Path, project_file: Path, store_dir: Optional[Path]) -> List[str]:
    """Undo what a killed package run left next to ``out_dir``; return one line per thing done."""
    parent, notes = out_dir.parent, []
    if not parent.is_dir():
        return notes
    journal = journal_path(out_dir)
    if journal.is_file():
        previous = _journal_previous(out_dir)
        if previous is not None and previous.is_dir() and not out_dir.exists():
            os.replace(previous, out_dir)
            notes.append(tr('The previous package was put back in "{out}" (a package run was stopped while '
                            "replacing it).").format(out=out_dir))
        journal.unlink()
    journal.with_name(journal.name + ".tmp").unlink(missing_ok=True)
    for old in sorted(parent.glob(_prefix(out_dir, "old") + "*")):
        if old.is_dir() and not old.is_symlink() and is_ours(old):
            backup = dispose_previous(old, out_dir, project_file, store_dir)
            if backup is not None:
                notes.append(tr('A previous package holding other files was kept as "{backup}".').format(backup=backup))
    for partial in sorted(parent.glob(partial_package_prefix(out_dir) + "*")):
        if partial.is_dir() and not partial.is_symlink() and is_ours(partial) and not _still_building(partial):
            remove_tree(partial)
    return notes
