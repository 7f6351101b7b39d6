"""qfieldsync_plus: prepare QGIS projects for QField, run QFieldCloud's jobs locally."""


def classFactory(iface):  # noqa: N802 (QGIS plugin entry point name)
    """Return the plugin instance for the QGIS desktop."""
    from .plugin import QFieldSyncPlusPlugin

    return QFieldSyncPlusPlugin(iface)
