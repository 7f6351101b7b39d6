"""Project file validity: exists, right extension, well-formed XML, readable .qgz."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Dict, List, Tuple
from xml.etree import ElementTree

from ..archives import ArchiveLimits, check_archive
from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError

CONTEXT_LINES = 2


def xml_error_context(text: str, line: int, column: int) -> str:
    """The lines around ``line`` (1-based) with a caret under ``column`` (0-based)."""
    lines = text.splitlines()
    first = max(1, line - CONTEXT_LINES)
    last = min(len(lines), line + CONTEXT_LINES)
    shown: List[str] = []
    for number in range(first, last + 1):
        content = lines[number - 1] if number - 1 < len(lines) else ""
        if len(content) > 200:
            start = max(0, column - 100) if number == line else 0
            content = ("…" if start else "") + content[start:start + 200] + "…"
            col = column - start + (1 if start else 0)
        else:
            col = column
        shown.append(f"{number:>6} | {content}")
        if number == line:
            shown.append("       | " + " " * max(0, col) + "^")
    return "\n".join(shown)


def _check_xml(text: str, shown_name: str) -> None:
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as err:
        line, column = err.position
        raise JobError(
            tr('Project file "{name}" is not well-formed XML: {error}. Line {line}, column {column}:\n{context}').format(
                name=shown_name, error=str(err).split(":")[0], line=line, column=column + 1,
                context=xml_error_context(text, line, column),
            ),
            errors.INVALID_PROJECT_FILE,
            hint=tr("The file is broken or incomplete. Save the project again from QGIS, or restore a backup."),
        ) from None
    if root.tag != "qgis":
        raise JobError(
            tr('Project file "{name}" is not a QGIS project: its XML root element is <{tag}>, not <qgis>.').format(
                name=shown_name, tag=root.tag),
            errors.INVALID_PROJECT_FILE,
            hint=tr("Choose the .qgs or .qgz file QGIS saved (Project › Save As)."),
        )


def _read_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def check_project_file(path: Path, limits: ArchiveLimits = ArchiveLimits()) -> dict:
    """Raise a :class:`JobError` naming the problem when ``path`` is not a readable project
    (a ``.qgz`` must also pass :func:`archives.check_archive` with ``limits``).

    Returns ``{"project_file": str, "format": "qgs"|"qgz", "size": int}``.
    """
    if not path.exists():
        raise JobError(
            tr('Project file "{path}" does not exist.').format(path=path),
            errors.FILE_NOT_FOUND,
            hint=tr("Check the path; the project may have been moved or renamed."),
        )
    suffix = path.suffix.lower()
    if suffix not in (".qgs", ".qgz"):
        raise JobError(
            tr('Project file "{path}" has unknown file extension "{ext}"; expected .qgs or .qgz.').format(
                path=path, ext=path.suffix
            ),
            errors.INVALID_FILE_EXTENSION,
        )
    if not path.is_file():
        raise JobError(tr('Project file "{path}" is not a file.').format(path=path), errors.INVALID_PROJECT_FILE)
    if suffix == ".qgs":
        _check_xml(_read_text(path.read_bytes()), str(path))
    else:
        _check_qgz(path, limits)
    return {"project_file": str(path), "format": suffix[1:], "size": path.stat().st_size}


def _qgz_project_xml(path: Path) -> Tuple[str, str]:
    """The name and text of the .qgs inside the .qgz ``path``; raise a JobError when it cannot be read."""
    if not zipfile.is_zipfile(path):
        raise JobError(
            tr('Project file "{path}" is not a readable .qgz (zip) archive: it is corrupt or truncated.').format(path=path),
            errors.INVALID_PROJECT_FILE,
            hint=tr("Save the project again from QGIS, or restore a backup."),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            inner = [n for n in archive.namelist() if n.lower().endswith(".qgs")]
            if not inner:
                raise JobError(
                    tr('Project archive "{path}" holds no .qgs project file.').format(path=path),
                    errors.INVALID_PROJECT_FILE,
                )
            data = archive.read(inner[0])
    except (zipfile.BadZipFile, OSError, EOFError) as err:
        raise JobError(
            tr('Project archive "{path}" cannot be read: {error}').format(path=path, error=err),
            errors.INVALID_PROJECT_FILE,
        ) from None
    return inner[0], _read_text(data)


def _check_qgz(path: Path, limits: ArchiveLimits) -> None:
    if zipfile.is_zipfile(path):  # else _qgz_project_xml says it is not a readable .qgz
        check_archive(path, limits.max_entries, limits.max_bytes)
    name, text = _qgz_project_xml(path)
    _check_xml(text, f"{path}!{name}")


def written_datasources(path: Path) -> Dict[str, str]:
    """Each layer's data source as the project file writes it (``<maplayer>`` id → ``<datasource>``).

    QGIS 3.22 leaves ``layer.source()`` empty for a layer whose ``localized:`` path does not
    resolve; QFieldCloud reports such layers from the project file's text, and so do we (the jobs
    read it only when some layer is invalid: a large project's XML costs a parse).
    """
    text = _qgz_project_xml(path)[1] if path.suffix.lower() == ".qgz" else _read_text(path.read_bytes())
    layers = ElementTree.fromstring(text).find("projectlayers")
    if layers is None:
        return {}
    return {layer.findtext("id", ""): layer.findtext("datasource", "") for layer in layers.findall("maplayer")}
