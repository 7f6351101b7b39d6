"""Packaging's part of cable sync: the project id, and the fingerprint written into data.gpkg.

Packaging now writes one entry to the user's project file (``qfieldsync_plus/projectId``) when
it has none; see ``core/sync/identity.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import QgsVectorLayer

from ..i18n import tr
from ..sync import baseline, state
from ..sync.identity import new_package_id
from . import actions

DATA_GPKG = "data.gpkg"
UNKEYED_SUFFIXES = (".shp", ".geojson", ".json", ".csv")


def add_fingerprint(build_dir: Path, project_id: str, rows: List[Dict[str, Any]]) -> Optional[str]:
    """Write the ``qfsp_*`` tables into the built data.gpkg; the new package id (None: no data.gpkg)."""
    gpkg = build_dir / DATA_GPKG
    offline = [r for r in rows if r.get("action") == actions.OFFLINE and r.get("table")]
    if not gpkg.is_file() or not offline or not project_id:
        return None
    package_id = new_package_id()
    baseline.write_baseline(gpkg, package_id, project_id,
                            [(r["table"], r["id"], r.get("source_primary_key") or "") for r in offline])
    return package_id


def keep_baseline_rows(store_path: Path, package_dir: Path, package_id: str, project_id: str,
                       project_file: Path) -> None:
    """Keep a copy of the published data.gpkg in the job store (old values for conflicts)."""
    target = state.SyncState(store_path).baseline_file(package_id)
    shutil.copyfile(package_dir / DATA_GPKG, target)
    state.SyncState(store_path).add_package(package_id, project_id, str(project_file), str(package_dir))


def copy_layer_warning(layer, action: str, path: Path) -> Optional[str]:
    """The warning for a copied vector layer: cable sync brings home only offline layers' edits."""
    if action != actions.COPY or not isinstance(layer, QgsVectorLayer):
        return None
    if path.suffix.lower() in UNKEYED_SUFFIXES:
        return tr('Layer "{layer}" is copied as {format}: its features have no stable key, and field edits of copied '
                  "layers are not synchronized back. Set its action to offline to bring its edits home.").format(
            layer=layer.name(), format=path.suffix.lower().lstrip("."))
    return tr('Layer "{layer}" is copied: field edits of copied layers are not synchronized back. Set its action '
              "to offline to bring its edits home.").format(layer=layer.name())
