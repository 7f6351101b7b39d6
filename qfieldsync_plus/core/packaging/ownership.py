"""Which files in a package folder a previous package of this project wrote, unchanged.

Each package records what it wrote in a manifest: every file's relative path, size and SHA-256,
the package id and the project file. The manifest is kept twice: ``.qfieldsync_plus/package.json``
inside the package (QField ignores hidden folders; it travels with the folder to any computer) and
``<job store folder>/packages/<key>.json`` keyed by the resolved package folder.

:func:`folder_report` compares a folder with those manifests. A folder may be replaced only when
its report is :attr:`FolderReport.safe`. Seam for "Synchronize from QField": a device copy whose
field work was already synchronized is safe too: :func:`folder_report`'s last pass asks cable sync
(``core/sync/field_work.py``) and moves such paths out of ``field_work`` (and ``changed``).

No QGIS imports: the runner uses this in the desktop process.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Dict, Iterator, List, Optional, Tuple

from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError

MARKER_DIR = ".qfieldsync_plus"
MANIFEST_NAME = "package.json"
MANIFEST_FORMAT = "qfieldsync_plus.package"
# Folders where QField writes photos, sounds, videos and files by default.
FIELD_ATTACHMENT_DIRS = ("DCIM", "audio", "video", "files")
PROJECT_SUFFIXES = (".qgs", ".qgz")
LISTED_NAMES = 10
MAX_REPORTED = 10_000  # a folder holding more unowned files (e.g. a home folder) is not walked further
_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _walk(folder: Path) -> Iterator[Tuple[str, Path]]:
    """Every file, link and empty folder below ``folder`` (links not followed), as (posix path, path).

    Our own hidden folder is left out.
    """
    for root, dirs, files in os.walk(folder, followlinks=False):
        base = Path(root)
        if base == folder and MARKER_DIR in dirs:
            dirs.remove(MARKER_DIR)
        links = [d for d in dirs if (base / d).is_symlink()]
        dirs[:] = [d for d in dirs if d not in links]
        for name in sorted(files + links):
            yield (base / name).relative_to(folder).as_posix(), base / name
        if not dirs and not files and not links and base != folder:
            yield base.relative_to(folder).as_posix() + "/", base


def build_manifest(package_dir: Path, project_file: Path, package_id: str,
                   attachment_dirs: List[str], kept: List[str]) -> Dict:
    """The manifest of everything in ``package_dir`` (a finished build) for ``project_file``.

    ``kept`` are the files of ``keep_existent`` layers: the next package keeps them as they are.
    """
    files: Dict[str, Dict] = {}
    for relative, path in _walk(package_dir):
        if relative.endswith("/"):
            files[relative] = {"size": 0, "sha256": ""}
        else:
            files[relative] = {"size": path.stat().st_size, "sha256": file_sha256(path)}
    return {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "package_id": package_id,
        "project_file": str(project_file),
        "project_name": project_file.name,
        "attachment_dirs": list(attachment_dirs),
        "kept": sorted(kept),
        "files": files,
    }


def _write_json(path: Path, data: Dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def package_manifest_path(package_dir: Path) -> Path:
    """The manifest inside a package folder."""
    return package_dir / MARKER_DIR / MANIFEST_NAME


def store_manifest_path(store_dir: Path, package_dir: Path) -> Path:
    """The manifest copy in the job store's folder, keyed by the resolved package folder."""
    key = hashlib.sha256(str(package_dir).encode("utf-8")).hexdigest()[:24]
    return store_dir / "packages" / f"{key}.json"


def write_manifest(package_dir: Path, manifest: Dict) -> None:
    """Write ``manifest`` inside ``package_dir``."""
    _write_json(package_manifest_path(package_dir), manifest)


def record_in_store(store_dir: Path, package_dir: Path, manifest: Dict) -> None:
    """Keep a copy of ``manifest`` in the job store's folder for ``package_dir``."""
    _write_json(store_manifest_path(store_dir, package_dir), {**manifest, "package_dir": str(package_dir)})


def read_manifest(path: Path) -> Optional[Dict]:
    """A manifest file's content, or None when missing or not ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT or not isinstance(data.get("files"), dict):
        return None
    return data


def same_project(manifest: Dict, project_file: Path) -> bool:
    """True when ``manifest`` was written for ``project_file`` (same path, or same name on another computer)."""
    return manifest.get("project_file") == str(project_file) or manifest.get("project_name") == project_file.name


@dataclass
class FolderReport:
    """What is in a folder that a previous package of this project did not write, or that changed since."""

    folder: Path
    foreign: List[str] = field(default_factory=list)     # not written by a package of this project
    changed: List[str] = field(default_factory=list)     # written by one, changed since
    field_work: List[str] = field(default_factory=list)  # changed data, new photos: not yet synchronized
    other_project: str = ""                              # the project a manifest found belongs to
    incomplete: bool = False                             # stopped at MAX_REPORTED paths

    @property
    def unowned(self) -> List[str]:
        """Every path that replacing the folder would lose."""
        return sorted(self.field_work + self.changed + self.foreign)

    @property
    def safe(self) -> bool:
        """True when the folder may be replaced without losing anything."""
        return not self.unowned


def _manifests(folder: Path, project_file: Path, store_dir: Optional[Path], key_dir: Path) -> Tuple[List[Dict], str]:
    found = [read_manifest(package_manifest_path(folder))]
    if store_dir is not None:
        found.append(read_manifest(store_manifest_path(store_dir, key_dir)))
    ours = [m for m in found if m is not None and same_project(m, project_file)]
    others = [m.get("project_file", "") for m in found if m is not None and not same_project(m, project_file)]
    return ours, (others[0] if others else "")


def _unchanged(path: Path, expected: set) -> bool:
    """True when ``path`` has one of the ``(size, sha256)`` pairs; a file we cannot read is not."""
    try:
        size = path.stat().st_size
        return any(size == s for s, _ in expected) and (size, file_sha256(path)) in expected
    except OSError:
        return False


def _is_field_work(relative: str, attachment_dirs: List[str], recorded: Dict[str, Dict]) -> bool:
    path = PurePosixPath(relative.rstrip("/"))
    if path.parts and path.parts[0] in attachment_dirs:
        return True
    for companion in ("-wal", "-shm", "-journal"):
        if path.name.endswith(companion) and str(path)[: -len(companion)] in recorded:
            return True
    return relative in recorded and path.suffix.lower() not in PROJECT_SUFFIXES


def folder_report(folder: Path, project_file: Path, store_dir: Optional[Path] = None,
                  key_dir: Optional[Path] = None, replacement: Optional[Dict] = None) -> FolderReport:
    """Compare ``folder`` with the manifests of this project's packages (inside it and in ``store_dir``).

    A missing or empty folder is safe; changed files of ``keep_existent`` layers are safe (the next
    package keeps them). For a previous package moved aside after the swap, ``key_dir`` is its
    original place (the store's key) and ``replacement`` the manifest of the package now there: a
    file is then safe only when unchanged or held, byte for byte, by the replacement.
    """
    report = FolderReport(folder)
    if not folder.is_dir():
        return report
    manifests, report.other_project = _manifests(folder, project_file, store_dir, key_dir or folder)
    recorded: Dict[str, Dict] = {}
    attachment_dirs = list(FIELD_ATTACHMENT_DIRS)
    for manifest in manifests:
        recorded.update(manifest["files"])
        attachment_dirs += [str(d) for d in manifest.get("attachment_dirs") or ()]
    owned_hashes: Dict[str, set] = {}
    for manifest in manifests + ([replacement] if replacement else []):
        for relative, entry in manifest["files"].items():
            owned_hashes.setdefault(relative, set()).add((entry.get("size"), entry.get("sha256")))
    kept = set() if replacement else {k for m in manifests for k in m.get("kept") or ()}
    for relative, path in _walk(folder):
        expected = owned_hashes.get(relative)
        if relative in kept and expected is not None:
            continue
        if expected is not None and not path.is_symlink() and (relative.endswith("/") or _unchanged(path, expected)):
            continue
        if _is_field_work(relative, attachment_dirs, recorded):
            report.field_work.append(relative)
        elif expected is not None:
            report.changed.append(relative)
        else:
            report.foreign.append(relative)
        if len(report.field_work) + len(report.changed) + len(report.foreign) >= MAX_REPORTED:
            report.incomplete = True
            break
    if (report.field_work or report.changed) and manifests and store_dir is not None and not report.incomplete:
        _clear_synchronized(report, folder, project_file, store_dir, attachment_dirs)
    return report


def _clear_synchronized(report: FolderReport, folder: Path, project_file: Path, store_dir: Path,
                        attachment_dirs: List[str]) -> None:
    """Field work that cable sync already brought home is safe (``core/sync/field_work.py``)."""
    from ..sync.field_work import unsynchronized_field_work  # reads GeoPackages: only when there is field work

    work = unsynchronized_field_work(folder, store_dir / "jobs.sqlite", project_file.parent, attachment_dirs)
    if work.is_empty:
        synchronized = set(work.compared)
        report.field_work = [p for p in report.field_work if p not in synchronized]
        report.changed = [p for p in report.changed if p not in synchronized]


def _listing(paths: List[str], incomplete: bool = False) -> str:
    shown = ", ".join(paths[:LISTED_NAMES])
    if incomplete:
        shown += tr(" and more than {count} more").format(count=len(paths) - LISTED_NAMES)
    elif len(paths) > LISTED_NAMES:
        shown += tr(" and {count} more").format(count=len(paths) - LISTED_NAMES)
    return shown


def refusal(report: FolderReport) -> JobError:
    """The error for a folder that cannot be replaced: names what would be lost and what to do."""
    sentences = []
    if report.field_work:
        sentences.append(tr('The package folder "{folder}" holds field work not yet synchronized: {files}.').format(
            folder=report.folder, files=_listing(sorted(report.field_work), report.incomplete)))
    others = sorted(report.changed + report.foreign)
    if others:
        sentences.append(tr('The package folder "{folder}" holds files no package of this project wrote, or changed '
                            "since: {files}.").format(folder=report.folder, files=_listing(others, report.incomplete)))
    message = " ".join(sentences)
    if report.other_project:
        message += " " + tr('It holds a package of another project ("{project}").').format(project=report.other_project)
    if report.field_work:
        message += " " + tr("Synchronize from QField first, or package with a backup.")
    message += " " + tr("Nothing was changed.")
    hint = tr('To package with a backup, the old folder is moved aside as "<folder>.backup-<date>": in QGIS the '
              'button "Back up the folder and package" (or the Processing option "Back up a package folder…"), '
              "on the command line --backup-existing.")
    return JobError(message, errors.FOLDER_NOT_OWNED, hint=hint)
