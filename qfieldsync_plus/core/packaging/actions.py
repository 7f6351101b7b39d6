"""Per-layer packaging actions, read from QFieldSync's layer custom properties.

Property names, values and defaults follow libqfieldsync: ``QFieldSync/action`` (cable export)
and ``QFieldSync/cloud_action`` (QFieldCloud), values ``offline``, ``copy``, ``keep_existent``,
``no_action``, ``remove``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Tuple

from qgis.core import QgsMapLayer, QgsVectorLayer

from ..checks.sources import DATABASE_PROVIDERS, WEB_PROVIDERS, source_info
from ..i18n import tr
from ..jobs import errors
from ..jobs.errors import JobError

OFFLINE = "offline"
COPY = "copy"
KEEP_EXISTENT = "keep_existent"
NO_ACTION = "no_action"
REMOVE = "remove"
ACTIONS = (OFFLINE, COPY, KEEP_EXISTENT, NO_ACTION, REMOVE)

MODE_CABLE = "cable"
MODE_CLOUD = "cloud"
MODES = (MODE_CABLE, MODE_CLOUD)
ACTION_PROPERTY = {MODE_CABLE: "QFieldSync/action", MODE_CLOUD: "QFieldSync/cloud_action"}

# Vector providers whose features the offline writer can read.
OFFLINE_PROVIDERS = ("ogr", "spatialite", "delimitedtext", "postgres", "wfs", "oapif", "gpx", "virtual")
# File formats QField cannot read (libqfieldsync removes them by default).
UNSUPPORTED_SUFFIXES = (".ecw", ".sid")


def is_supported(layer: QgsMapLayer) -> bool:
    """False for sources QField cannot open (e.g. ECW, MrSID)."""
    path = source_info(layer).path
    return not (path is not None and path.suffix.lower() in UNSUPPORTED_SUFFIXES)


def is_file_layer(layer: QgsMapLayer) -> bool:
    """True when the layer's data lives in a local file."""
    return source_info(layer).is_file


def is_online(layer: QgsMapLayer) -> bool:
    """True for database and web service layers (the seed's "online" layers)."""
    provider = layer.providerType().lower()
    return provider in DATABASE_PROVIDERS or provider in WEB_PROVIDERS


def default_action(layer: QgsMapLayer, mode: str) -> str:
    """libqfieldsync's default action for ``layer`` in ``mode``."""
    if not is_supported(layer):
        return REMOVE
    provider = layer.providerType().lower()
    is_vector = isinstance(layer, QgsVectorLayer)
    if mode == MODE_CLOUD:
        if is_vector and provider in OFFLINE_PROVIDERS and provider != "virtual":
            return OFFLINE
        return NO_ACTION
    if is_file_layer(layer):
        return COPY
    if is_vector and provider == "postgres":
        return OFFLINE
    return NO_ACTION


def allowed_actions(layer: QgsMapLayer) -> Tuple[str, ...]:
    """The actions that make sense for ``layer``."""
    allowed = [NO_ACTION, REMOVE]
    if is_file_layer(layer):
        allowed += [COPY, KEEP_EXISTENT]
    if isinstance(layer, QgsVectorLayer) and layer.providerType().lower() in OFFLINE_PROVIDERS:
        allowed.append(OFFLINE)
    return tuple(allowed)


def layer_action(layer: QgsMapLayer, mode: str) -> str:
    """The action configured for ``layer`` in ``mode`` (its custom property, else the default).

    Raises JobError when the configured value is unknown or impossible for this layer.
    """
    if mode not in MODES:
        raise JobError(tr('Unknown packaging mode "{mode}"; use cable or cloud.').format(mode=mode),
                       errors.INVALID_ARGUMENTS)
    configured = layer.customProperty(ACTION_PROPERTY[mode])
    if configured in (None, ""):
        return default_action(layer, mode)
    action = str(configured).lower()
    if action not in allowed_actions(layer):
        raise JobError(
            tr('Layer "{layer}" is set to the action "{action}" ({property}), which is not possible for this '
               "layer.").format(layer=layer.name(), action=configured, property=ACTION_PROPERTY[mode]),
            errors.INVALID_ARGUMENTS,
            hint=tr("Choose one of: {actions} in the layer's QField properties.").format(
                actions=", ".join(allowed_actions(layer))),
        )
    return action


def source_path(layer: QgsMapLayer, project_dir: Path):
    """The file behind ``layer`` (resolved against ``project_dir``), or None."""
    return source_info(layer, project_dir).path
