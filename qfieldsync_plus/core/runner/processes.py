"""OS-neutral process liveness check."""

from __future__ import annotations

import os
import sys


def pid_alive(pid: int) -> bool:
    """True when a process with ``pid`` exists (a zombie counts: its parent has not collected it yet)."""
    if pid <= 0:
        return False
    if sys.platform.startswith("win"):
        import ctypes

        process_query_limited_information = 0x1000
        still_active = 259
        handle = ctypes.windll.kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == still_active
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        pass
    return True
