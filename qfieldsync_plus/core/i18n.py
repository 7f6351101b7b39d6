"""Translation helper for headless code: every user-facing message goes through tr().

What a job stores (the feedback JSON, ``--feedback``) stays English: the child process runs without a
translator. The desktop translates at display time: step names by their English text (marked with
``QT_TR_NOOP`` for pylupdate), findings from their ``message_template``/``hint_template`` and ``params``.
"""

from qgis.PyQt.QtCore import QT_TR_NOOP, QCoreApplication  # noqa: F401 (QT_TR_NOOP re-exported)

CONTEXT = "QFieldSyncPlus"


def tr(message: str) -> str:
    """Translate ``message`` in the plugin's translation context."""
    return QCoreApplication.translate(CONTEXT, message)

