"""Headless core: no qgis.gui, no QtWidgets, no iface. A test enforces it."""
