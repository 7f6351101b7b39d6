"""QFieldSync's project and layer configuration, read and written where QFieldSync keeps it.

Layer actions live in the layer custom properties ``QFieldSync/action`` (cable) and
``QFieldSync/cloud_action`` (cloud); the area of interest in the project entries
``qfieldsync``/``areaOfInterest`` and ``areaOfInterestCrs`` (libqfieldsync's
ProjectConfiguration); attachment and data folders in ``QFieldSync``/``attachmentDirs`` and
``dataDirs`` (what QFieldCloud's worker reads); QField's behaviour options (base map, geofencing,
stamping, …) in the other ``qfieldsync`` entries, typed as libqfieldsync's ProjectConfig reads and
writes them. Layer options other than the actions are in ``qfieldsync_layer_config``. Projects
configured with QFieldSync keep working, and QFieldSync reads what is written here.
"""

from __future__ import annotations

import json
from dataclasses import MISSING, dataclass, field, fields
from pathlib import Path
from typing import Dict, List, Tuple

from qgis.core import QgsMapLayer, QgsProject
from qgis.PyQt.QtGui import QColor

from .i18n import tr
from .packaging import actions as packaging_actions
from .packaging.actions import COPY, KEEP_EXISTENT, NO_ACTION, OFFLINE, REMOVE

ACTION_PROPERTY = packaging_actions.ACTION_PROPERTY[packaging_actions.MODE_CABLE]
CLOUD_ACTION_PROPERTY = packaging_actions.ACTION_PROPERTY[packaging_actions.MODE_CLOUD]

PROJECT_SCOPE = "qfieldsync"
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


def preferred_cloud_action(layer: QgsMapLayer, preference: str) -> str:
    """The cloud action QFieldSync picks when the project prefers ``online`` or ``offline`` layers."""
    if preference == "offline" and OFFLINE in cloud_actions(layer):
        return OFFLINE
    return NO_ACTION


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
    aoi, _ = project.readEntry(PROJECT_SCOPE, AOI_KEY, "")
    aoi_crs, _ = project.readEntry(PROJECT_SCOPE, AOI_CRS_KEY, "")
    only_aoi, _ = project.readBoolEntry(PROJECT_SCOPE, AOI_ONLY_KEY, False)
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
    project.writeEntry(PROJECT_SCOPE, AOI_KEY, settings.area_of_interest)
    project.writeEntry(PROJECT_SCOPE, AOI_CRS_KEY, settings.area_of_interest_crs)
    project.writeEntryBool(PROJECT_SCOPE, AOI_ONLY_KEY, bool(settings.only_aoi))
    project.writeEntry(DIRS_SCOPE, ATTACHMENT_DIRS_KEY, attachments or list(DEFAULT_ATTACHMENT_DIRS))
    project.writeEntry(DIRS_SCOPE, DATA_DIRS_KEY, data_dirs)


# Project options (libqfieldsync ProjectConfig, scope "qfieldsync") -----------------------------------------
BASE_MAP_SINGLE_LAYER = "singleLayer"
BASE_MAP_THEME = "mapTheme"
MAP_MODES = ("browse", "digitize")
GEOFENCING_BEHAVIORS = (1, 2, 3)  # alert inside areas, alert outside all areas, inform on enter/leave
ITEM_SIZES = ("tiny", "normal", "big", "biggest")
LAYER_ACTION_PREFERENCES = ("", "offline", "online")


def _key(name: str, default=None):
    """A dataclass field stored under project entry ``name`` (scope ``qfieldsync``)."""
    if callable(default):
        return field(default_factory=default, metadata={"key": name})
    return field(default=default, metadata={"key": name})


@dataclass
class ProjectConfiguration:
    """QField's behaviour options as QFieldSync stores them (AOI and folders are in ProjectSettings)."""

    create_base_map: bool = _key("/createBaseMap", False)
    base_map_type: str = _key("/baseMapType", BASE_MAP_SINGLE_LAYER)
    base_map_layer: str = _key("/baseMapLayer", "")
    base_map_theme: str = _key("/baseMapTheme", "")
    base_map_tile_size: int = _key("/baseMapTileSize", 1024)
    base_map_tiles_min_zoom_level: int = _key("/baseMapTilesMinZoomLevel", 14)
    base_map_tiles_max_zoom_level: int = _key("/baseMapTilesMaxZoomLevel", 14)
    digitizing_logs_layer: str = _key("/digitizingLogsLayer", "")
    initial_active_layer: str = _key("/initialActiveLayer", "")
    initial_map_mode: str = _key("/initialMapMode", "browse")
    geofencing_is_active: bool = _key("/geofencingIsActive", False)
    geofencing_layer: str = _key("/geofencingLayer", "")
    geofencing_behavior: int = _key("/geofencingBehavior", 1)
    geofencing_should_prevent_digitizing: bool = _key("/geofencingShouldPreventDigitizing", False)
    force_stamping: bool = _key("/forceStamping", False)
    stamping_font_style: str = _key("/stampingFontStyle", "")
    stamping_horizontal_alignment: int = _key("/stampingHorizontalAlignment", 0)
    stamping_image_decoration: str = _key("/stampingImageDecoration", "")
    stamping_details_template: str = _key("/stampingDetailsTemplate", "")
    maximum_image_width_height: int = _key("/maximumImageWidthHeight", 0)
    force_auto_push: bool = _key("/forceAutoPush", False)
    force_auto_push_interval_mins: int = _key("/forceAutoPushIntervalMins", 30)
    map_themes_active_layer: Dict[str, str] = _key("/mapThemesActiveLayers", dict)
    layer_action_preference: str = _key("/layerActionPreference", "")
    feature_form_wizard_mode_enabled: bool = _key("/featureFormWizardModeEnabled", False)
    location_arrow_fill_color: str = _key("/locationArrowFillColor", "")
    location_arrow_outline_color: str = _key("/locationArrowOutlineColor", "")
    location_arrow_size: str = _key("/locationArrowSize", "normal")
    coordinate_cursor_fill_color: str = _key("/coordinateCursorFillColor", "")
    coordinate_cursor_outline_color: str = _key("/coordinateCursorOutlineColor", "")
    coordinate_cursor_size: str = _key("/coordinateCursorSize", "normal")


# Stored values outside these sets read as the default (libqfieldsync's older readers fell back so too).
_CHOICES = {
    "initial_map_mode": MAP_MODES,
    "geofencing_behavior": GEOFENCING_BEHAVIORS,
    "location_arrow_size": ITEM_SIZES,
    "coordinate_cursor_size": ITEM_SIZES,
    "layer_action_preference": LAYER_ACTION_PREFERENCES,
}


def _read_entry(project: QgsProject, item, default):
    key = item.metadata["key"]
    if item.type in (bool, "bool"):
        return project.readBoolEntry(PROJECT_SCOPE, key, default)[0]
    if item.type in (int, "int"):
        return project.readNumEntry(PROJECT_SCOPE, key, default)[0]
    text = project.readEntry(PROJECT_SCOPE, key, "")[0]
    if isinstance(default, dict):
        try:
            value = json.loads(text) if text else {}
        except ValueError:
            value = {}
        return {str(k): "" if v is None else str(v) for k, v in value.items()} if isinstance(value, dict) else {}
    return text or default


def read_project_configuration(project: QgsProject) -> ProjectConfiguration:
    """The project's QField options, with libqfieldsync's defaults when unset."""
    values = {}
    for item in fields(ProjectConfiguration):
        default = item.default_factory() if item.default is MISSING else item.default
        value = _read_entry(project, item, default)
        if item.name in _CHOICES and value not in _CHOICES[item.name]:
            value = default
        values[item.name] = value
    config = ProjectConfiguration(**values)
    if config.base_map_type != BASE_MAP_SINGLE_LAYER:  # libqfieldsync: anything else is a map theme
        config.base_map_type = BASE_MAP_THEME
    return config


def check_project_configuration(config: ProjectConfiguration) -> None:
    """Refuse values QField cannot use (ValueError naming the option)."""
    if config.base_map_type not in (BASE_MAP_SINGLE_LAYER, BASE_MAP_THEME):
        raise ValueError(tr('Unknown base map type "{value}".').format(value=config.base_map_type))
    if config.base_map_tile_size <= 0:
        raise ValueError(tr("The base map tile size must be positive, not {value}.").format(
            value=config.base_map_tile_size))
    if not 0 <= config.base_map_tiles_min_zoom_level <= config.base_map_tiles_max_zoom_level:
        raise ValueError(tr("The base map zoom levels must go from lower to higher ({low} to {high}).").format(
            low=config.base_map_tiles_min_zoom_level, high=config.base_map_tiles_max_zoom_level))
    if config.force_auto_push_interval_mins < 1:
        raise ValueError(tr("The auto-push interval must be at least one minute."))
    if config.maximum_image_width_height < 0:
        raise ValueError(tr("The maximum image size cannot be negative."))
    for name, choices in _CHOICES.items():
        if getattr(config, name) not in choices:
            raise ValueError(tr('"{value}" is not a valid value for {option}.').format(
                value=getattr(config, name), option=name))
    for name in ("location_arrow_fill_color", "location_arrow_outline_color",
                 "coordinate_cursor_fill_color", "coordinate_cursor_outline_color"):
        color = getattr(config, name)
        if color and not QColor(color).isValid():
            raise ValueError(tr('"{value}" is not a colour ({option}).').format(value=color, option=name))


def write_project_configuration(project: QgsProject, config: ProjectConfiguration) -> None:
    """Store ``config`` with the entry types libqfieldsync writes (bool, int, string, JSON string)."""
    check_project_configuration(config)
    for item in fields(ProjectConfiguration):
        key, value = item.metadata["key"], getattr(config, item.name)
        if isinstance(value, bool):
            project.writeEntryBool(PROJECT_SCOPE, key, value)
        elif isinstance(value, dict):
            project.writeEntry(PROJECT_SCOPE, key, json.dumps(value))
        else:
            project.writeEntry(PROJECT_SCOPE, key, value)
