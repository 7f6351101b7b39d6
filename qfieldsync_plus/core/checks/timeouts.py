"""Short connection timeouts while a job opens a project, so unreachable sources fail in seconds.

QGIS opens every layer while it reads a project. A database host that drops packets makes the
postgres provider wait ``PostgreSQL/default_timeout`` (libpq ``connect_timeout``, 30 s by default)
per connection, and a web service that never answers makes WFS/WMS wait the network timeout
(60 s). QGIS ignores a ``connect_timeout`` written in the layer's URI, and the environment's
``PGCONNECT_TIMEOUT`` is overridden by the value QGIS adds, so the only lever is QGIS's settings.

We never write the user's settings: :func:`connection_timeouts` points QGIS's *global* settings
(the read-only defaults behind the user's own values) at a temporary file holding short
timeouts, for the duration of a ``with`` block. A value the user set explicitly still wins.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List

import qgis.core
from qgis.core import QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import QSettings

DEFAULT_CONNECT_TIMEOUT_SECONDS = 5
DEFAULT_NETWORK_TIMEOUT_SECONDS = 10
POSTGRES_TIMEOUT_KEY = "providers/PostgreSQL/default_timeout"  # seconds, QgsSettings::Providers section
NETWORK_TIMEOUT_KEY = "qgis/networkAndProxy/networkTimeout"  # milliseconds, inactivity per request (QGIS 3.22)


def _network_timeout_entry():
    """The settings-tree entry of the network timeout (QGIS 3.30+), or None (3.22).

    QGIS 3.40 does not expose ``QgsNetworkAccessManager.settingsNetworkTimeout`` to Python;
    the settings tree still lists it (``/network/network-timeout``).
    """
    entry = getattr(QgsNetworkAccessManager, "settingsNetworkTimeout", None)
    if entry is not None:
        return entry
    tree = getattr(qgis.core, "QgsSettingsTree", None)
    node = tree.node("network") if tree is not None else None
    return node.childSetting("network-timeout") if node is not None else None


def network_timeout_keys() -> List[str]:
    """The network timeout's settings keys: 3.22's, and the settings-tree entry's of later versions."""
    keys = [NETWORK_TIMEOUT_KEY]
    entry = _network_timeout_entry()
    if entry is not None and entry.key().strip("/") != NETWORK_TIMEOUT_KEY:
        keys.append(entry.key().strip("/"))
    return keys


def write_global_settings(path: Path, previous_path: str, connect_seconds: int, network_seconds: int) -> None:
    """Write a global settings file: the keys of ``previous_path`` (if any) plus the two timeouts."""
    settings = QSettings(str(path), QSettings.IniFormat)
    if previous_path and Path(previous_path).is_file():
        previous = QSettings(previous_path, QSettings.IniFormat)
        for key in previous.allKeys():
            settings.setValue(key, previous.value(key))
    settings.setValue(POSTGRES_TIMEOUT_KEY, int(connect_seconds))
    for key in network_timeout_keys():
        settings.setValue(key, int(network_seconds * 1000))
    settings.sync()


@contextmanager
def connection_timeouts(connect_seconds: int = DEFAULT_CONNECT_TIMEOUT_SECONDS,
                        network_seconds: int = DEFAULT_NETWORK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Within the block, databases time out after ``connect_seconds`` and web requests after ``network_seconds``."""
    previous_path = QgsSettings.globalSettingsPath()
    handle, name = tempfile.mkstemp(prefix="qfsp-global-settings-", suffix=".ini")
    os.close(handle)
    try:
        write_global_settings(Path(name), previous_path, connect_seconds, network_seconds)
        QgsSettings.setGlobalSettingsPath(name)
        yield
    finally:
        QgsSettings.setGlobalSettingsPath(previous_path)
        Path(name).unlink(missing_ok=True)
