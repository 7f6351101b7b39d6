"""Translation helper for headless code: every user-facing message goes through tr()."""

from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "QFieldSyncPlus"


def tr(message: str) -> str:
    """Translate ``message`` in the plugin's translation context."""
    return QCoreApplication.translate(CONTEXT, message)
