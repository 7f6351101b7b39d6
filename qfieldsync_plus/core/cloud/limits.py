"""Limits on one HTTP exchange, whatever carries it: a watch for the overall deadline and for
stalled transfers, and body sinks (memory or file) that stop at a size limit (the caller
chooses the limits)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import BinaryIO, Callable, List, Optional

from ..i18n import tr
from .errors import CONNECTION, LIMIT, CloudError

CHUNK = 256 * 1024
ERROR_BODY_MAX = 2 ** 20  # an error answer is read up to 1 MiB when the caller set no limit
MIN_PROGRESS_BYTES = 1024  # a transfer moving less than this within its stall time has stalled
DEADLINE, STALLED, SILENT = "deadline", "stalled", "silent"

ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]


class Watch:
    """Tells when a request must end: its ``deadline`` passed, fewer than
    :data:`MIN_PROGRESS_BYTES` moved in ``stall`` seconds, or nothing at all moved for
    ``silence`` seconds (the wait for any byte when there is no stall limit)."""

    def __init__(self, deadline: Optional[float], stall: Optional[float], silence: Optional[float]) -> None:
        self.deadline, self.stall, self.silence = deadline, stall, silence
        self.start = self.window_start = self.last_move = time.monotonic()
        self.moved = self.window_bytes = 0

    def add(self, count: int) -> None:
        """Count ``count`` more bytes sent or received (headers included)."""
        if count > 0:
            self.moved += count
            self.last_move = time.monotonic()

    def expired(self) -> Optional[str]:
        """DEADLINE, STALLED or SILENT when the request must end now, else None."""
        now = time.monotonic()
        if self.deadline is not None and now - self.start >= self.deadline:
            return DEADLINE
        if self.stall is not None and now - self.window_start >= self.stall:
            if self.moved - self.window_bytes < MIN_PROGRESS_BYTES:
                return STALLED
            self.window_start, self.window_bytes = now, self.moved
        if self.stall is None and self.silence is not None and now - self.last_move >= self.silence:
            return SILENT
        return None

    def tick(self) -> float:
        """Seconds between two checks."""
        limits = [t for t in (self.deadline, self.stall, self.silence) if t is not None]
        return min([1.0] + [t / 10 for t in limits])


def seconds_text(value: Optional[float]) -> str:
    """Seconds for a message ("?" when unknown)."""
    return f"{value:g}" if value is not None else "?"


def too_large(where: str, limit: int) -> CloudError:
    """The error for an answer larger than ``limit`` bytes."""
    return CloudError(tr("QFieldCloud's answer to {where} is larger than {mib} MiB; it was not read to the end.").format(
        where=where, mib=f"{limit / 2 ** 20:g}"), LIMIT, hint=tr("Check the QFieldCloud URL and try again later."))


def beyond_announced(where: str, limit: int) -> CloudError:
    """The error for a download longer than announced or allowed."""
    return CloudError(tr("QFieldCloud sent more than the {size} bytes announced for {where}; the download was "
                         "stopped and nothing was kept.").format(size=limit, where=where), LIMIT,
                      hint=tr("Download again; if it keeps happening, check the network or proxy."))


def incomplete(where: str, received: int, announced: int) -> CloudError:
    """The error for an answer that ended before its announced length."""
    return CloudError(tr("The connection to QFieldCloud ended after {received} of {announced} bytes ({where}).").format(
        received=received, announced=announced, where=where), CONNECTION)


class MemorySink:
    """Keeps an answer in memory, refused as soon as it exceeds ``limit`` bytes (announced or received)."""

    def __init__(self, limit: Optional[int], where: str) -> None:
        self.limit, self.where = limit, where
        self.chunks: List[bytes] = []
        self.size = 0
        self.announced: Optional[int] = None

    def announce(self, length: Optional[int]) -> None:
        """The Content-Length the server announced (None when it sent none)."""
        self.announced = length
        if self.limit is not None and length is not None and length > self.limit:
            raise too_large(self.where, self.limit)

    def write(self, block: bytes) -> None:
        """Add received bytes."""
        self.size += len(block)
        if self.limit is not None and self.size > self.limit:
            raise too_large(self.where, self.limit)
        self.chunks.append(block)

    def finish(self) -> bytes:
        """The whole body (an error when it is shorter than announced)."""
        if self.announced is not None and self.size < self.announced:
            raise incomplete(self.where, self.size, self.announced)
        return b"".join(self.chunks)

    def discard(self) -> None:
        """Forget what was received."""
        self.chunks = []


class FileSink:
    """Writes an answer to ``target`` as it arrives (removed again by :meth:`discard`), never
    more than ``limit`` bytes nor more than the Content-Length the server announced."""

    def __init__(self, target: Path, limit: Optional[int], where: str, on_bytes: Optional[ProgressCallback]) -> None:
        self.target, self.limit, self.where, self.on_bytes = target, limit, where, on_bytes
        self.size = 0
        self.announced: Optional[int] = None
        self.handle: Optional[BinaryIO] = None

    def announce(self, length: Optional[int]) -> None:
        """The Content-Length the server announced; opens the file."""
        if self.limit is not None and length is not None and length > self.limit:
            raise beyond_announced(self.where, self.limit)
        self.announced = length
        self.limit = length if self.limit is None else (self.limit if length is None else min(self.limit, length))
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.target, "wb")

    def write(self, block: bytes) -> None:
        """Write received bytes."""
        self.size += len(block)
        if self.limit is not None and self.size > self.limit:
            raise beyond_announced(self.where, self.limit)
        assert self.handle is not None
        self.handle.write(block)
        if self.on_bytes is not None:
            self.on_bytes(self.size)

    def finish(self) -> bytes:
        """Close the file (an error when it is shorter than announced)."""
        if self.handle is not None:
            self.handle.close()
        if self.announced is not None and self.size != self.announced:
            raise incomplete(self.where, self.size, self.announced)
        return b""

    def discard(self) -> None:
        """Close and remove the partial file."""
        if self.handle is not None:
            self.handle.close()
            self.target.unlink(missing_ok=True)
