"""Start a headless QgsApplication in a process that has none (child jobs, tests, CLI)."""

from __future__ import annotations

import os
from typing import Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

from .qt_messages import install_quiet_handler

_app: Optional[QgsApplication] = None


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
    _app.initQgis()
    return _app
