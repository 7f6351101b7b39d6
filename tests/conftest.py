"""Shared fixtures: an isolated data folder for the job store, example projects."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own QFIELDSYNC_PLUS_DATA_DIR (job store, job outputs)."""
    folder = tmp_path_factory.mktemp("qfsp-data")
    monkeypatch.setenv("QFIELDSYNC_PLUS_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def bees_project(qgis_app, tmp_path) -> Path:
    """A fresh copy of the two-layer example project."""
    from tests.fixtures.projects import bees_project as make

    return make(tmp_path / "bees")


from tests.fixtures.postgis import postgis_db  # noqa: E402,F401  (fixture re-export)
from tests.fixtures.hanging_server import hanging_server  # noqa: E402,F401
