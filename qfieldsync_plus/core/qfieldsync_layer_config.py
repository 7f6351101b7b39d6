"""QFieldSync's layer options (everything but the actions), in the layer custom properties ``QFieldSync/...``.

Keys, types and fallbacks follow libqfieldsync's LayerSource: attachment naming per field
(``attachment_naming``, legacy ``photo_naming``), relationships' maximum visible children, value-map
button threshold, the four editing locks (legacy ``is_geometry_locked`` is read as the addition,
geometry-editing and deletion locks), value-relation feature addition and the ``tracking_*`` options.
Flags are stored as ``True`` or removed, numbers as integers, maps as JSON strings.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Dict, List

from qgis.core import QgsExpression, QgsMapLayer, QgsProject, QgsRelation, QgsVectorLayer

from .i18n import tr
PREFIX = "QFieldSync/"
LOCKS = ("feature_addition", "attribute_editing", "geometry_editing", "feature_deletion")
LEGACY_GEOMETRY_LOCK = ("is_geometry_locked", "is_geometry_locked_expression_active", "geometry_locked_expression")
ATTACHMENT_FOLDERS = {0: "files", 1: "DCIM", 3: "audio", 4: "video"}  # DocumentViewer content → folder
IMAGE_CONTENT = 1
MEASUREMENT_TYPES = 9  # elapsed time, timestamp, ground speed, bearing, h/v accuracy, PDOP, HDOP, VDOP


@dataclass
class Lock:
    """One editing lock: on or off, or decided per feature by an expression when that is active."""

    locked: bool = False
    expression_active: bool = False
    expression: str = ""


@dataclass
class LayerConfiguration:
    """Everything QFieldSync configures on one layer (besides its actions)."""

    attachment_naming: Dict[str, str] = field(default_factory=dict)
    relationship_maximum_visible: Dict[str, int] = field(default_factory=dict)
    value_map_button_interface_threshold: int = 0
    feature_addition: Lock = field(default_factory=Lock)
    attribute_editing: Lock = field(default_factory=Lock)
    geometry_editing: Lock = field(default_factory=Lock)
    feature_deletion: Lock = field(default_factory=Lock)
    allow_value_relation_feature_addition: bool = False
    tracking_session_active: bool = False
    tracking_time_requirement_active: bool = False
    tracking_time_requirement_interval_seconds: int = 30
    tracking_distance_requirement_active: bool = False
    tracking_distance_requirement_minimum_meters: int = 30
    tracking_sensor_data_requirement_active: bool = False
    tracking_all_requirements_active: bool = False
    tracking_erroneous_distance_safeguard_active: bool = False
    tracking_erroneous_distance_safeguard_maximum_meters: int = 100
    tracking_measurement_type: int = 0


TRACKING_FLAGS = ("tracking_session_active", "tracking_time_requirement_active",
                  "tracking_distance_requirement_active", "tracking_sensor_data_requirement_active",
                  "tracking_all_requirements_active", "tracking_erroneous_distance_safeguard_active")
TRACKING_NUMBERS = ("tracking_time_requirement_interval_seconds", "tracking_distance_requirement_minimum_meters",
                    "tracking_erroneous_distance_safeguard_maximum_meters", "tracking_measurement_type")


def _flag(value) -> bool:
    """A custom property as QField reads it (QVariant::toBool: the string "false" is false)."""
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false")
    return bool(value)


def _number(value, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _json_map(layer: QgsMapLayer, name: str) -> dict:
    try:
        value = json.loads(layer.customProperty(PREFIX + name) or "{}")
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def attachment_fields(layer: QgsMapLayer) -> Dict[str, int]:
    """Attachment fields (external resource widgets) and their content type, as libqfieldsync finds them."""
    if not isinstance(layer, QgsVectorLayer):
        return {}
    found = {}
    for index, layer_field in enumerate(layer.fields()):
        setup = layer.editorWidgetSetup(index)
        if setup.type() == "ExternalResource":
            content = _number(setup.config().get("DocumentViewer", 0), 0)
            found[layer_field.name()] = content if content in (0, 1, 2, 3, 4) else 0
    return found


def slug(text: str) -> str:
    """A layer name as libqfieldsync puts it in default attachment names (lower case, ASCII, dashes)."""
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"-+", "-", re.sub(r"[^a-zA-Z0-9]+", "-", text).strip("-")).lower()


def default_attachment_naming(layer: QgsMapLayer, content: int) -> str:
    """libqfieldsync's default expression for an attachment field of ``content`` type (empty for web)."""
    folder = ATTACHMENT_FOLDERS.get(content)
    if folder is None:
        return ""
    stamp = f"'{folder}/{slug(layer.name())}_' || format_date(now(),'yyyyMMddhhmmsszzz')"
    return stamp + (" || '_{filename}'" if content == 0 else " || '.{extension}'")


def parent_relations(project: QgsProject, layer: QgsMapLayer) -> List[QgsRelation]:
    """Relations where ``layer`` is the parent (the ones QField lists children for)."""
    return list(project.relationManager().referencedRelations(layer)) if isinstance(layer, QgsVectorLayer) else []


def read_layer_configuration(layer: QgsMapLayer, project: QgsProject) -> LayerConfiguration:
    """The layer's QField options; legacy ``photo_naming`` and ``is_geometry_locked`` are read as libqfieldsync does."""
    get = layer.customProperty
    stored, legacy = _json_map(layer, "attachment_naming"), _json_map(layer, "photo_naming")
    naming = {}
    for name, content in attachment_fields(layer).items():
        fallback = legacy.get(name) if content == IMAGE_CONTENT else None
        naming[name] = str(stored.get(name, fallback or default_attachment_naming(layer, content)))
    stored_visible = _json_map(layer, "relationship_maximum_visible")
    visible = {r.id(): _number(stored_visible.get(r.id(), 4), 4) for r in parent_relations(project, layer)}
    config = LayerConfiguration(attachment_naming=naming, relationship_maximum_visible=visible,
                                value_map_button_interface_threshold=_number(
                                    get(PREFIX + "value_map_button_interface_threshold", 0), 0),
                                allow_value_relation_feature_addition=_flag(
                                    get(PREFIX + "allow_value_relation_feature_addition", False)))
    if PREFIX + LEGACY_GEOMETRY_LOCK[0] in layer.customPropertyKeys():
        locked, active, expression = (get(PREFIX + key, "") for key in LEGACY_GEOMETRY_LOCK)
        legacy_lock = Lock(_flag(locked), _flag(active), str(expression or ""))
        for name in ("feature_addition", "geometry_editing", "feature_deletion"):
            setattr(config, name, replace(legacy_lock))
    else:
        for name in LOCKS:
            setattr(config, name, Lock(_flag(get(f"{PREFIX}is_{name}_locked", False)),
                                       _flag(get(f"{PREFIX}is_{name}_locked_expression_active", False)),
                                       str(get(f"{PREFIX}{name}_locked_expression", "") or "")))
    for name in TRACKING_FLAGS:
        setattr(config, name, _flag(get(PREFIX + name, False)))
    for name in TRACKING_NUMBERS:
        setattr(config, name, _number(get(PREFIX + name), getattr(LayerConfiguration, name)))
    return config


def _check_expression(layer: QgsMapLayer, what: str, text: str) -> None:
    expression = QgsExpression(text)
    if text and expression.hasParserError():
        raise ValueError(tr('Layer "{layer}": the expression for {what} is not valid: {error}').format(
            layer=layer.name(), what=what, error=expression.parserErrorString()))


def check_layer_configuration(layer: QgsMapLayer, config: LayerConfiguration) -> None:
    """Refuse expressions QGIS cannot parse and numbers QField cannot use (ValueError naming layer and option)."""
    for name, text in config.attachment_naming.items():
        _check_expression(layer, tr('the attachment field "{field}"').format(field=name), text)
    for name in LOCKS:
        _check_expression(layer, name.replace("_", " "), getattr(config, name).expression)
    if not 0 <= config.tracking_measurement_type < MEASUREMENT_TYPES:
        raise ValueError(tr('Layer "{layer}": unknown tracking measurement type {value}.').format(
            layer=layer.name(), value=config.tracking_measurement_type))
    numbers = [config.value_map_button_interface_threshold, *config.relationship_maximum_visible.values(),
               *(getattr(config, n) for n in TRACKING_NUMBERS)]
    if any(n < 0 for n in numbers):
        raise ValueError(tr('Layer "{layer}": counts, distances and intervals cannot be negative.').format(
            layer=layer.name()))


def _set_flag(layer: QgsMapLayer, name: str, value: bool) -> None:
    """libqfieldsync stores true flags and removes false ones (a stored "false" string would read as true)."""
    if value:
        layer.setCustomProperty(PREFIX + name, True)
    else:
        layer.removeCustomProperty(PREFIX + name)


def write_layer_configuration(layer: QgsMapLayer, config: LayerConfiguration) -> None:
    """Store ``config`` as libqfieldsync's LayerSource.apply() does (legacy geometry lock keys removed)."""
    check_layer_configuration(layer, config)
    kinds = attachment_fields(layer)
    photo_naming = _json_map(layer, "photo_naming")
    photo_naming.update({k: v for k, v in config.attachment_naming.items() if kinds.get(k) == IMAGE_CONTENT})
    naming = dict(_json_map(layer, "attachment_naming"), **config.attachment_naming)
    visible = dict(_json_map(layer, "relationship_maximum_visible"), **config.relationship_maximum_visible)
    layer.setCustomProperty(PREFIX + "attachment_naming", json.dumps(naming))
    layer.setCustomProperty(PREFIX + "photo_naming", json.dumps(photo_naming))
    layer.setCustomProperty(PREFIX + "relationship_maximum_visible", json.dumps(visible))
    layer.setCustomProperty(PREFIX + "value_map_button_interface_threshold",
                            int(config.value_map_button_interface_threshold))
    for key in LEGACY_GEOMETRY_LOCK:
        layer.removeCustomProperty(PREFIX + key)
    for name in LOCKS:
        lock = getattr(config, name)
        _set_flag(layer, f"is_{name}_locked", lock.locked)
        _set_flag(layer, f"is_{name}_locked_expression_active", lock.expression_active)
        layer.setCustomProperty(f"{PREFIX}{name}_locked_expression", lock.expression)
    _set_flag(layer, "allow_value_relation_feature_addition", config.allow_value_relation_feature_addition)
    for name in TRACKING_FLAGS:
        _set_flag(layer, name, getattr(config, name))
    for name in TRACKING_NUMBERS:
        layer.setCustomProperty(PREFIX + name, int(getattr(config, name)))
