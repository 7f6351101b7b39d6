"""Packaging's part of cable sync: the project id, and the fingerprint written into data.gpkg.

Packaging now writes one entry to the user's project file (``qfieldsync_plus/projectId``) when
it has none; see ``core/sync/identity.py``.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import QgsProviderRegistry, QgsVectorLayer

from ..i18n import tr
from ..jobs.errors import JobError
from ..sync import baseline, state
from ..sync.device import fingerprinted_files
from ..sync.identity import new_package_id
from . import actions

DATA_GPKG = "data.gpkg"
UNKEYED_SUFFIXES = (".shp", ".geojson", ".json", ".csv")


def add_fingerprint(build_dir: Path, project_id: str, planned: List[Any]) -> Optional[str]:
    """Write the ``qfsp_*`` tables into the built data.gpkg and each copied GeoPackage; the package id.

    None when there is no data.gpkg (no offline layer): nothing to synchronize.
    """
    gpkg = build_dir / DATA_GPKG
    offline = [p.row for p in planned if p.action == actions.OFFLINE and p.row.get("table")]
    if not gpkg.is_file() or not offline or not project_id:
        return None
    package_id = new_package_id()
    baseline.write_baseline(gpkg, package_id, project_id,
                            [(r["table"], r["id"], r.get("source_primary_key") or "") for r in offline])
    copied: Dict[str, List[Any]] = {}
    for item in planned:
        if item.action == actions.COPY and str(item.row.get("file", "")).lower().endswith(".gpkg"):
            copied.setdefault(item.row["file"], []).append(item)
    for relative, items in copied.items():
        layers = []
        for item in items:
            decoded = QgsProviderRegistry.instance().decodeUri("ogr", item.layer.source()) or {}
            if decoded.get("layerName"):
                layers.append((str(decoded["layerName"]), item.layer.id(), "fid"))
        try:
            baseline.write_baseline(build_dir / relative, package_id, project_id, layers)
        except JobError as err:
            items[0].row["warnings"].append(tr('Field edits of "{file}" will not be synchronized: {error}').format(
                file=relative, error=err))
            items[0].row["sync"] = False
            continue
        for item in items:
            item.row["sync"] = True
    return package_id


def keep_baseline_rows(store_path: Path, package_dir: Path, package_id: str, project_id: str,
                       project_file: Path) -> None:
    """Keep copies of the published data.gpkg and copied GeoPackages in the job store (old values for conflicts)."""
    sync_state = state.SyncState(store_path)
    shutil.copyfile(package_dir / DATA_GPKG, sync_state.baseline_file(package_id))
    for relative in fingerprinted_files(package_dir):
        target = sync_state.baseline_file(package_id, relative)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.copyfile(package_dir / relative, target)
    sync_state.add_package(package_id, project_id, str(project_file), str(package_dir))


def copy_layer_warning(layer, action: str, path: Path) -> Optional[str]:
    """The warning for a copied vector layer: cable sync brings home only offline layers' edits."""
    if action != actions.COPY or not isinstance(layer, QgsVectorLayer):
        return None
    if path.suffix.lower() in UNKEYED_SUFFIXES:
        return tr('Layer "{layer}" is copied as {format}: its features have no stable key, and field edits of copied '
                  "layers are not synchronized back. Set its action to offline to bring its edits home.").format(
            layer=layer.name(), format=path.suffix.lower().lstrip("."))
    if path.suffix.lower() == ".gpkg":
        return None  # synchronized by its primary key, as data.gpkg
    return tr('Layer "{layer}" is copied: field edits of copied layers are not synchronized back. Set its action '
              "to offline to bring its edits home.").format(layer=layer.name())
