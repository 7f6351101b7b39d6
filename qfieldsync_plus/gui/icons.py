"""The plugin's SVG icons (resources/icons)."""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"


def icon_path(name: str) -> Path:
    """The SVG file of icon ``name``."""
    return ICONS_DIR / f"{name}.svg"


def icon(name: str) -> QIcon:
    """The icon ``name`` (e.g. ``check``, ``status_failed``)."""
    return QIcon(str(icon_path(name)))


def status_icon(status: str) -> QIcon:
    """The icon of a job status, or of a layer status (``ok`` / anything else)."""
    if status == "ok":
        return icon("status_finished")
    if status in ("pending", "queued", "started", "finished", "stopped", "failed", "warning"):
        return icon(f"status_{status}")
    return icon("status_failed")
