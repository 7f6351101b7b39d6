"""What the runner and its child process say to each other on the child's stdout."""

from __future__ import annotations

from typing import Optional, Tuple

MARKER = "@@qfsp:"
STARTED = "started"
PROGRESS = "progress"


def started_line() -> str:
    """The line a child prints once its QGIS is up and the job begins."""
    return f"{MARKER}{STARTED}"


def progress_line(percent: float) -> str:
    """The line a child prints to report progress (0..100)."""
    return f"{MARKER}{PROGRESS}:{percent:.1f}"


def parse_line(line: str) -> Optional[Tuple[str, Optional[float]]]:
    """``(kind, value)`` for a protocol line, None for an ordinary log line."""
    if not line.startswith(MARKER):
        return None
    body = line[len(MARKER):].strip()
    if body == STARTED:
        return STARTED, None
    if body.startswith(PROGRESS + ":"):
        try:
            return PROGRESS, float(body.split(":", 1)[1])
        except ValueError:
            return None
    return None
