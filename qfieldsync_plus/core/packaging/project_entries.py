"""Project entries (scope ``qfieldsync``) that name a layer the package removed are dropped.

Every other entry passes through to the packaged project unchanged, as libqfieldsync does.
"""

from __future__ import annotations

import json
from typing import Dict, List

from qgis.core import QgsProject

from ..i18n import tr
from ..qfieldsync_config import PROJECT_SCOPE

# Entries whose value is one layer id (libqfieldsync ProjectConfiguration).
LAYER_ENTRIES = ("/digitizingLogsLayer", "/initialActiveLayer", "/geofencingLayer", "/baseMapLayer")
THEME_LAYERS_ENTRY = "/mapThemesActiveLayers"  # JSON: map theme → active layer id


def drop_removed_layer_entries(project: QgsProject, removed: Dict[str, str]) -> List[str]:
    """Remove entries naming a layer id in ``removed`` (id → layer name); one warning per entry."""
    warnings = []
    for key in LAYER_ENTRIES:
        value, found = project.readEntry(PROJECT_SCOPE, key, "")
        if found and value in removed:
            project.removeEntry(PROJECT_SCOPE, key)
            warnings.append(tr('The project option {option} named the layer "{layer}", which is not in the '
                               "package; the option was dropped.").format(option=key.strip("/"),
                                                                          layer=removed[value]))
    text, found = project.readEntry(PROJECT_SCOPE, THEME_LAYERS_ENTRY, "")
    try:
        themes = json.loads(text) if found and text else {}
    except ValueError:  # not ours to repair: passed through as it is
        themes = {}
    if isinstance(themes, dict):
        kept = {theme: layer for theme, layer in themes.items() if layer not in removed}
        for theme in themes.keys() - kept.keys():
            warnings.append(tr('The active layer of map theme "{theme}" is "{layer}", which is not in the package; '
                               "that setting was dropped.").format(theme=theme, layer=removed[themes[theme]]))
        if kept != themes:
            project.writeEntry(PROJECT_SCOPE, THEME_LAYERS_ENTRY, json.dumps(kept))
    return warnings
