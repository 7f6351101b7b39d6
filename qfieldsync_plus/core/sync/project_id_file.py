"""The project id entry in the user's project file, written without rewriting the file.

Saving through QgsProject would reorder attributes, refresh the save metadata and rewrite every
path of the user's file. Instead the one entry
``<properties><qfieldsync_plus><projectId type="QString">…</projectId></qfieldsync_plus></properties>``
is inserted into the XML text (inside the ``.qgs`` of a ``.qgz``, whose other entries are copied
as they are); every other byte stays. The result is written beside the file and renamed over it.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path
from typing import Optional

SCOPE = "qfieldsync_plus"
KEY = "projectId"


def _entry(project_id: str) -> str:
    return f'<{KEY} type="QString">{project_id}</{KEY}>'


def read_id_from_xml(xml: bytes) -> Optional[str]:
    """The project id written in a project file's XML, or None."""
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return None
    # As QGIS reads entries: a later element of the same name replaces an earlier one.
    scopes = [e for e in root.findall("properties") for e in e.findall(SCOPE)]
    keys = scopes[-1].findall(KEY) if scopes else []
    element = keys[-1] if keys else None
    if element is None or not (element.text or "").strip():
        return None
    try:
        return str(uuid.UUID(element.text.strip()))
    except ValueError:
        return None


def insert_id(xml: bytes, project_id: str) -> bytes:
    """``xml`` with the project id entry added to the top-level ``<properties>``; ValueError when
    the file has no place for it that reads back."""
    text = xml.decode("utf-8")
    candidates = []
    for match in re.finditer(rf"<{SCOPE}\s*>", text):  # our scope exists: add the key inside it
        candidates.append(text[:match.end()] + _entry(project_id) + text[match.end():])
    for match in re.finditer(rf"<{SCOPE}\s*/>", text):
        candidates.append(text[:match.start()] + f"<{SCOPE}>{_entry(project_id)}</{SCOPE}>" + text[match.end():])
    for match in re.finditer(r"<properties\s*>", text):
        candidates.append(text[:match.end()] + f"<{SCOPE}>{_entry(project_id)}</{SCOPE}>" + text[match.end():])
    for match in re.finditer(r"<properties\s*/>", text):
        candidates.append(text[:match.start()] + f"<properties><{SCOPE}>{_entry(project_id)}</{SCOPE}></properties>"
                          + text[match.end():])
    end = text.rfind("</qgis>")
    if end >= 0 and not re.search(r"<properties[\s>/]", text):
        candidates.append(text[:end] + f"<properties><{SCOPE}>{_entry(project_id)}</{SCOPE}></properties>\n"
                          + text[end:])
    for candidate in candidates:
        encoded = candidate.encode("utf-8")
        if read_id_from_xml(encoded) == project_id:
            return encoded
    raise ValueError("the project file has no top-level <properties> element that can take the entry")


def read_file_id(path: Path) -> Optional[str]:
    """The project id saved in a ``.qgs`` or ``.qgz`` file, or None."""
    try:
        if path.suffix.lower() == ".qgz":
            with zipfile.ZipFile(path) as archive:
                name = next((n for n in archive.namelist() if n.lower().endswith(".qgs")), None)
                return read_id_from_xml(archive.read(name)) if name else None
        return read_id_from_xml(path.read_bytes())
    except (OSError, zipfile.BadZipFile, KeyError):
        return None


def write_file_id(path: Path, project_id: str) -> None:
    """Add the project id entry to the file at ``path`` (OSError, ValueError or BadZipFile on failure;
    the file is then unchanged)."""
    temporary = path.with_name(f".{path.name}.qfsp-{uuid.uuid4().hex[:8]}")
    try:
        if path.suffix.lower() == ".qgz":
            with zipfile.ZipFile(path) as source, zipfile.ZipFile(temporary, "w") as target:
                names = [n for n in source.namelist() if n.lower().endswith(".qgs")]
                if len(names) != 1:
                    raise ValueError("the .qgz archive does not hold exactly one .qgs file")
                for info in source.infolist():
                    data = source.read(info)
                    target.writestr(info, insert_id(data, project_id) if info.filename == names[0] else data)
        else:
            temporary.write_bytes(insert_id(path.read_bytes(), project_id))
        shutil.copymode(path, temporary)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
