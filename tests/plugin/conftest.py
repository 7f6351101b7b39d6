"""Fixtures for the plugin tests: a loaded plugin on pytest-qgis's iface, isolated settings, waiting."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Callable

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_settings(qgis_app):
    """Every test starts and ends with the plugin's default settings."""
    from qgis.core import QgsSettings

    QgsSettings().remove("qfieldsync_plus")
    yield
    QgsSettings().remove("qfieldsync_plus")


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Process Qt events until ``condition()`` holds (fails after ``timeout`` seconds)."""
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        QCoreApplication.processEvents()
        time.sleep(0.02)


def when_modal(handle) -> None:
    """Call ``handle(widget)`` on the next modal dialog (the actions open real dialogs)."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    def poll():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(50, poll)
        else:
            handle(widget)

    QTimer.singleShot(50, poll)


@pytest.fixture
def plugin(qgis_iface, qgis_new_project):
    """The plugin after initGui; unloaded afterwards."""
    from qfieldsync_plus import classFactory

    instance = classFactory(qgis_iface)
    instance.initGui()
    yield instance
    if instance.menu is not None or instance.provider is not None:
        instance.unload()


@pytest.fixture
def opened_bees(bees_project):
    """The bees example copy, opened as the current project."""
    from qgis.core import QgsProject

    assert QgsProject.instance().read(str(bees_project))
    yield bees_project
    QgsProject.instance().clear()


@pytest.fixture
def example_copy(tmp_path) -> Path:
    """A copy of examples/bees (the project the end-to-end test opens)."""
    target = tmp_path / "bees"
    shutil.copytree(ROOT / "examples" / "bees", target)
    return target / "bees.qgs"



from tests.cloud.conftest import cloud_server, signed_out, unlocked_auth_db  # noqa: E402,F401  (fixture re-export)
