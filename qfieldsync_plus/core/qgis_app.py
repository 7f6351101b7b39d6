"""Start a headless QgsApplication in a process that has none (child jobs, tests, CLI)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QSettings

from .qt_messages import install_quiet_handler

_app: Optional[QgsApplication] = None
# Where the command line wrote its settings before it set QGIS's organization name; any headless
# PyQGIS script may write it too, so only our own keys are taken out of it.
STRAY_SETTINGS_FILE = "Unknown Organization.ini"
OUR_KEYS = "qfieldsync_plus/"


def start_headless_qgis() -> QgsApplication:
    """Return the running QgsApplication, creating and initialising a headless one if needed."""
    global _app
    existing = QgsApplication.instance()
    if existing is not None:
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    install_quiet_handler()
    from .secrets.auth_db import prepare_headless_auth

    prepare_headless_auth()  # the user's profile auth database, as in the desktop
    # As QGIS's own main(): then QgsSettings is the profile's QGIS/QGIS3.ini, the file the desktop uses
    # (without these names Qt writes "Unknown Organization.ini" beside it).
    QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(QgsApplication.QGIS_ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
    _app = QgsApplication([], False)
    prefix = os.environ.get("QGIS_PREFIX_PATH")
    if prefix:
        QgsApplication.setPrefixPath(prefix, True)
    silence_auth_console(QgsApplication.authManager())  # before initQgis: it may try the master password
    _app.initQgis()
    adopt_stray_settings(Path(QgsApplication.qgisSettingsDirPath()))
    return _app


def silence_auth_console(manager) -> None:
    """QGIS's auth manager prints its warnings ("Master password: FAILED to verify…") straight to
    stdout, into our tables, JSON and job logs: cut that connection (headless only: the desktop shows
    them in its message bar). 3.22 sends them as ``messageOut``, later versions as ``messageLog``."""
    for name in ("messageLog", "messageOut"):
        signal = getattr(manager, name, None)
        if signal is None:
            continue
        try:
            signal.disconnect()
        except TypeError:  # nothing connected
            pass


def adopt_stray_settings(profile_dir: Path) -> None:
    """Move this plugin's keys (sign-in URL, authcfg id, user name…) from the stray settings file an
    earlier command line wrote into the profile's own settings; values already there win."""
    stray_path = profile_dir / STRAY_SETTINGS_FILE
    if not stray_path.is_file():
        return
    stray, settings = QSettings(str(stray_path), QSettings.IniFormat), QgsSettings()
    for key in [k for k in stray.allKeys() if k.startswith(OUR_KEYS)]:
        if not settings.contains(key):
            settings.setValue(key, stray.value(key))
        stray.remove(key)
    settings.sync()
    stray.sync()
