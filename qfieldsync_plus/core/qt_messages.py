"""Qt and QGIS messages in headless processes (command line, job children).

QGIS's authentication code prints key material (salt, hash, IV) and the master password's state
as debug output. Such lines never reach a terminal or a job log; other debug and info output is
dropped too, warnings go to stderr.
"""

from __future__ import annotations

import re
import sys

_AUTH_NOISE = re.compile(
    r"\bsalt\b|\bhash hex\b|cipher|master ?password|QgsAuth|auth(?:entication)? ?(?:db|database|manager|config)",
    re.IGNORECASE)
_handler = None  # kept referenced: Qt holds only a C pointer to it


def is_auth_noise(line: str) -> bool:
    """True for a line of QGIS's authentication debug output."""
    return bool(_AUTH_NOISE.search(line or ""))


def install_quiet_handler() -> None:
    """Route this process's Qt messages through the rules above (call before QgsApplication starts)."""
    global _handler
    from qgis.PyQt.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, _context, message: str) -> None:
        if kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) or is_auth_noise(message):
            return
        print(message, file=sys.stderr, flush=True)

    _handler = handler
    qInstallMessageHandler(handler)
