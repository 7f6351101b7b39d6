"""Project-level findings: hidden files, absolute paths, files outside, bad names, size."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterable, Iterator, List, Tuple

from ..i18n import tr
from .finding import ERROR, INFO, WARNING, Finding

CLOUD_LIMIT_SECONDS = 600
MAX_LISTED = 20
# Characters Windows (and so QField on Windows/Android storage) cannot hold in file names.
_BAD_CHARS = re.compile(r'[<>:"|?*\\\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
# Rough throughput of a package job writing a GeoPackage, measured on this project's benchmarks.
PACKAGE_BYTES_PER_SECOND = 20 * 1024 * 1024


def walk_project(project_dir: Path) -> Iterator[Tuple[Path, bool]]:
    """Every (path, is_dir) under ``project_dir``, not descending into hidden folders."""
    for root, dirs, files in os.walk(project_dir):
        root_path = Path(root)
        for name in dirs:
            yield root_path / name, True
        for name in files:
            yield root_path / name, False
        dirs[:] = [d for d in dirs if not d.startswith(".")]


def _relative(paths: Iterable[Path], project_dir: Path) -> List[str]:
    return sorted(str(p.relative_to(project_dir)) for p in paths)


def hidden_files(project_dir: Path) -> List[Finding]:
    """Hidden files/folders (leading dot): the upload skips them, QFieldCloud never gets them."""
    hidden = [p for p, _ in walk_project(project_dir) if p.name.startswith(".")]
    if not hidden:
        return []
    message = tr("{count} hidden file(s) or folder(s) in the project folder are not uploaded to QFieldCloud.")
    return [Finding(
        "hidden_files", WARNING, message.format(count=len(hidden)),
        tr("Files and folders whose names start with a dot are skipped by the upload (QFieldCloud does not "
           "accept them). Rename them without the leading dot if the project needs them."),
        _relative(hidden, project_dir)[:MAX_LISTED], message_template=message, params={"count": len(hidden)},
    )]


def bad_file_names(project_dir: Path) -> List[Finding]:
    """File names that QField or Windows cannot hold (hidden ones are not uploaded: not listed)."""
    bad = []
    for path, _ in walk_project(project_dir):
        name = path.name
        if name.startswith("."):
            continue
        stem = name.split(".")[0].upper()
        if _BAD_CHARS.search(name) or stem in _RESERVED or name.endswith((" ", ".")):
            bad.append(path)
    if not bad:
        return []
    message = tr("{count} file name(s) that QField on Windows or Android cannot hold.")
    return [Finding(
        "bad_file_names", ERROR, message.format(count=len(bad)),
        tr('Rename them without < > : " | ? * \\, control characters, trailing dots or spaces, or reserved names '
           "such as CON or NUL."),
        _relative(bad, project_dir)[:MAX_LISTED], message_template=message, params={"count": len(bad)},
    )]


def absolute_paths(uses_absolute_paths: bool) -> List[Finding]:
    """The project stores absolute paths: it will not find its data on another device."""
    if not uses_absolute_paths:
        return []
    return [Finding(
        "absolute_paths", WARNING, tr("The project saves paths to data sources as absolute paths."),
        tr("Set Project → Properties → General → Save paths to “Relative”, then save the project."),
    )]


def outside_files(paths: Iterable[Path], project_dir: Path) -> List[Finding]:
    """Data files used by layers but stored outside the project folder."""
    outside = sorted({str(p) for p in paths})
    if not outside:
        return []
    message = tr("{count} data file(s) lie outside the project folder.")
    hint = tr("QFieldCloud and QField only get files inside the project folder {folder}. Move the files there.")
    params = {"count": len(outside), "folder": str(project_dir)}
    return [Finding(
        "files_outside_project", WARNING, message.format(**params), hint.format(**params), outside[:MAX_LISTED],
        message_template=message, hint_template=hint, params=params,
    )]


def folder_size(project_dir: Path) -> int:
    """Bytes of every file under ``project_dir`` (hidden folders included)."""
    total = 0
    for root, _, files in os.walk(project_dir):
        for name in files:
            try:
                total += (Path(root) / name).stat().st_size
            except OSError:
                pass
    return total


def size_estimate(total_bytes: int, opening_seconds: float) -> List[Finding]:
    """A warning when a package job of this project would come near the cloud's 10-minute limit."""
    estimate = opening_seconds * 2 + total_bytes / PACKAGE_BYTES_PER_SECOND
    if estimate < CLOUD_LIMIT_SECONDS / 2:
        return [Finding("size_estimate", INFO, tr(
            "Project folder {size} MB, opened in {seconds:.1f} s: a package job should take about {estimate:.0f} s."
        ).format(size=round(total_bytes / 1e6, 1), seconds=opening_seconds, estimate=estimate))]
    return [Finding(
        "size_estimate", WARNING,
        tr("Project folder {size} MB, opened in {seconds:.1f} s: a package job may take about {estimate:.0f} s, "
           "near QFieldCloud's limit of 10 minutes.").format(
            size=round(total_bytes / 1e6, 1), seconds=opening_seconds, estimate=estimate),
        tr("Split the project, remove unused layers or data, or mark large layers “no action”."),
    )]
