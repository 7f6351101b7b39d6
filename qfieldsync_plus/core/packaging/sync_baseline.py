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
from ..sync import baseline, content, state
from ..sync.device import fingerprinted_files
from . import actions

DATA_GPKG = "data.gpkg"
UNKEYED_SUFFIXES = (".shp", ".geojson", ".json", ".csv")


def add_fingerprint(build_dir: Path, project_id: str, planned: List[Any], package_id: str) -> bool:
    """Write the ``qfsp_*`` tables into the built data.gpkg and each copied GeoPackage.

    False when there is no data.gpkg (no offline layer) or no project id: nothing to synchronize.
    """
    gpkg = build_dir / DATA_GPKG
    offline = [p.row for p in planned if p.action == actions.OFFLINE and p.row.get("table")]
    if not gpkg.is_file() or not offline or not project_id:
        return False
    baseline.write_baseline(gpkg, package_id, project_id,
                            [(r["table"], r["id"], r.get("source_primary_key") or "") for r in offline])
    copied: Dict[str, List[Any]] = {}
    by_content = []
    for item in planned:
        if item.action == actions.COPY and str(item.row.get("file", "")).lower().endswith(".gpkg"):
            copied.setdefault(item.row["file"], []).append(item)
        elif item.action == actions.COPY and Path(str(item.row.get("file", ""))).suffix.lower() in UNKEYED_SUFFIXES \
                and isinstance(item.layer, QgsVectorLayer):
            by_content.append((Path(item.row["file"]).as_posix(), item.layer.id()))
    if by_content:
        content.record_files(gpkg, by_content)
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
    return True


def keep_baseline_rows(store_path: Path, package_dir: Path, package_id: str, project_id: str,
                       project_file: Path, keep_days: int) -> None:
    """Keep copies of the published data.gpkg and copied files in the job store (old values for conflicts);
    prune older packages' rows after ``keep_days`` (the store's retention)."""
    sync_state = state.SyncState(store_path)
    shutil.copyfile(package_dir / DATA_GPKG, sync_state.baseline_file(package_id))
    for relative in fingerprinted_files(package_dir):
        target = sync_state.baseline_file(package_id, relative)
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.copyfile(package_dir / relative, target)
    for relative in content.listed_files(package_dir / DATA_GPKG):
        content.convert(package_dir / relative, sync_state.baseline_file(package_id, relative + ".gpkg"))
    sync_state.add_package(package_id, project_id, str(project_file), str(package_dir))
    sync_state.prune_baselines(keep_days)


def copy_layer_warning(layer, action: str, path: Path) -> Optional[str]:
    """The warning for a copied layer without stable feature keys: its field edits come home as delete + create."""
    if action != actions.COPY or not isinstance(layer, QgsVectorLayer) or path.suffix.lower() not in UNKEYED_SUFFIXES:
        return None
    return tr('Layer "{layer}" is copied as {format}, whose features have no stable key: its field edits come home '
              "as a delete and a create. Set its action to offline to keep them as changes.").format(
        layer=layer.name(), format=path.suffix.lower().lstrip("."))
