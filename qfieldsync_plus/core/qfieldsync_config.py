"""QFieldSync's project and layer configuration, read and written where QFieldSync keeps it.

Layer actions live in the layer custom properties ``QFieldSync/action`` (cable) and
``QFieldSync/cloud_action`` (cloud); the area of interest in the project entries
``qfieldsync``/``areaOfInterest`` and ``areaOfInterestCrs`` (libqfieldsync's
ProjectConfiguration); attachment and data folders in ``QFieldSync``/``attachmentDirs`` and
``dataDirs`` (what QFieldCloud's worker reads). Projects configured with QFieldSync keep working.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import List, Tuple

from qgis.core import QgsMapLayer, QgsProject

from .i18n import tr
from .packaging import actions as packaging_actions
from .packaging.actions import COPY, KEEP_EXISTENT, NO_ACTION, OFFLINE, REMOVE

ACTION_PROPERTY = packaging_actions.ACTION_PROPERTY[packaging_actions.MODE_CABLE]
CLOUD_ACTION_PROPERTY = packaging_actions.ACTION_PROPERTY[packaging_actions.MODE_CLOUD]

AOI_SCOPE = "qfieldsync"
AOI_KEY = "/areaOfInterest"
AOI_CRS_KEY = "/areaOfInterestCrs"
AOI_ONLY_KEY = "/offlineCopyOnlyAoi"
DIRS_SCOPE = "QFieldSync"
ATTACHMENT_DIRS_KEY = "attachmentDirs"
DATA_DIRS_KEY = "dataDirs"
DEFAULT_ATTACHMENT_DIRS = ["DCIM"]


def action_label(action: str) -> str:
    """The user-facing name of a layer action."""
    labels = {
        OFFLINE: tr("Offline editing"),
        NO_ACTION: tr("Directly access data source"),
        REMOVE: tr("Remove from project"),
        COPY: tr("Copy"),
        KEEP_EXISTENT: tr("Keep existent (copy if missing)"),
    }
    return labels[action]


def cable_actions(layer: QgsMapLayer) -> List[str]:
    """The cable actions the package job accepts for ``layer``, in libqfieldsync's order."""
    allowed = packaging_actions.allowed_actions(layer)
    return [a for a in (COPY, KEEP_EXISTENT, NO_ACTION, OFFLINE, REMOVE) if a in allowed]


def cloud_actions(layer: QgsMapLayer) -> List[str]:
    """The cloud actions for ``layer``: files are uploaded as they are, so no copy actions."""
    allowed = packaging_actions.allowed_actions(layer)
    return [a for a in (OFFLINE, NO_ACTION, REMOVE) if a in allowed]


def layer_actions(layer: QgsMapLayer) -> Tuple[str, str]:
    """The layer's (cable, cloud) actions: stored ones when valid, else libqfieldsync's defaults."""
    cable = layer.customProperty(ACTION_PROPERTY)
    cloud = layer.customProperty(CLOUD_ACTION_PROPERTY)
    if cable not in cable_actions(layer):
        cable = packaging_actions.default_action(layer, packaging_actions.MODE_CABLE)
    if cloud not in cloud_actions(layer):
        cloud = packaging_actions.default_action(layer, packaging_actions.MODE_CLOUD)
    return cable, cloud


def set_layer_actions(layer: QgsMapLayer, cable: str, cloud: str) -> None:
    """Store the layer's actions; refuse actions that are not valid for it."""
    if cable not in cable_actions(layer):
        raise ValueError(tr('The cable action "{action}" is not valid for layer "{layer}".').format(
            action=cable, layer=layer.name()))
    if cloud not in cloud_actions(layer):
        raise ValueError(tr('The cloud action "{action}" is not valid for layer "{layer}".').format(
            action=cloud, layer=layer.name()))
    layer.setCustomProperty(ACTION_PROPERTY, cable)
    layer.setCustomProperty(CLOUD_ACTION_PROPERTY, cloud)


@dataclass
class ProjectSettings:
    """The QFieldSync project settings this plugin edits."""

    area_of_interest: str = ""
    area_of_interest_crs: str = ""
    only_aoi: bool = False
    attachment_dirs: Tuple[str, ...] = tuple(DEFAULT_ATTACHMENT_DIRS)
    data_dirs: Tuple[str, ...] = ()


def read_project_settings(project: QgsProject) -> ProjectSettings:
    """The project's QFieldSync settings (QFieldSync's defaults when unset)."""
    aoi, _ = project.readEntry(AOI_SCOPE, AOI_KEY, "")
    aoi_crs, _ = project.readEntry(AOI_SCOPE, AOI_CRS_KEY, "")
    only_aoi, _ = project.readBoolEntry(AOI_SCOPE, AOI_ONLY_KEY, False)
    attachments, ok = project.readListEntry(DIRS_SCOPE, ATTACHMENT_DIRS_KEY, [])
    data_dirs, _ = project.readListEntry(DIRS_SCOPE, DATA_DIRS_KEY, [])
    return ProjectSettings(
        area_of_interest=aoi,
        area_of_interest_crs=aoi_crs,
        only_aoi=only_aoi,
        attachment_dirs=tuple(attachments) if ok and attachments else tuple(DEFAULT_ATTACHMENT_DIRS),
        data_dirs=tuple(data_dirs),
    )


def clean_folder_names(names) -> List[str]:
    """Folder names as project-relative POSIX paths; refuse absolute or escaping ones."""
    cleaned: List[str] = []
    for raw in names:
        name = str(raw).strip().replace("\\", "/").strip("/")
        if not name:
            continue
        if Path(str(raw).strip()).is_absolute() or ".." in name.split("/"):
            raise ValueError(tr('The folder "{folder}" must be a path inside the project folder.').format(folder=raw))
        if name not in cleaned:
            cleaned.append(name)
    return cleaned


def write_project_settings(project: QgsProject, settings: ProjectSettings) -> None:
    """Store ``settings`` in the project (marks it dirty; the user saves)."""
    attachments = clean_folder_names(settings.attachment_dirs)
    data_dirs = clean_folder_names(settings.data_dirs)
    project.writeEntry(AOI_SCOPE, AOI_KEY, settings.area_of_interest)
    project.writeEntry(AOI_SCOPE, AOI_CRS_KEY, settings.area_of_interest_crs)
    project.writeEntry(AOI_SCOPE, AOI_ONLY_KEY, bool(settings.only_aoi))
    project.writeEntry(DIRS_SCOPE, ATTACHMENT_DIRS_KEY, attachments or list(DEFAULT_ATTACHMENT_DIRS))
    project.writeEntry(DIRS_SCOPE, DATA_DIRS_KEY, data_dirs)
