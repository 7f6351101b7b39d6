"""Limits on one HTTP exchange, whatever carries it: a watchdog for the overall deadline and for
stalled transfers, and body readers that stop at a size limit (the caller chooses the limits)."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from pathlib import Path
from typing import Callable, Optional

from ..i18n import tr
from .errors import CANCELLED, LIMIT, CloudError

CHUNK = 256 * 1024
ERROR_BODY_MAX = 2 ** 20  # an error answer is read up to 1 MiB when the caller set no limit
MIN_PROGRESS_BYTES = 1024  # a transfer moving less than this within its stall time has stalled
DEADLINE, STALLED = "deadline", "stalled"

ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]


class Watchdog:
    """Ends a request by shutting its socket down (which unblocks any read or send) when its
    ``deadline`` passes, or when fewer than :data:`MIN_PROGRESS_BYTES` moved in ``stall`` seconds."""

    def __init__(self, conn: http.client.HTTPConnection, deadline: Optional[float], stall: Optional[float]) -> None:
        self.conn = conn
        self.expired: Optional[str] = None  # DEADLINE or STALLED once it fired
        self.moved = 0
        self._stopped = threading.Event()
        self._thread = None
        if deadline is not None or stall is not None:
            self._thread = threading.Thread(target=self._watch, args=(deadline, stall), daemon=True)
            self._thread.start()

    def add(self, count: int) -> None:
        """Count ``count`` more body bytes sent or received."""
        self.moved += count

    def _watch(self, deadline: Optional[float], stall: Optional[float]) -> None:
        start = window_start = time.monotonic()
        window_bytes = 0
        tick = min(1.0, min(t for t in (deadline, stall) if t is not None) / 10)
        while not self._stopped.wait(tick):
            now = time.monotonic()
            if deadline is not None and now - start >= deadline:
                return self._expire(DEADLINE)
            if stall is not None and now - window_start >= stall:
                if self.moved - window_bytes < MIN_PROGRESS_BYTES:
                    return self._expire(STALLED)
                window_start, window_bytes = now, self.moved
        return None

    def _expire(self, reason: str) -> None:
        self.expired = reason
        sock = self.conn.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def stop(self) -> None:
        """Stop watching (the request ended)."""
        self._stopped.set()


def counting(on_bytes: Optional[ProgressCallback], watchdog: Watchdog) -> ProgressCallback:
    """A progress callback that also tells the watchdog about every block received."""
    def report(received: int) -> None:
        watchdog.add(received - watchdog.moved)
        if on_bytes is not None:
            on_bytes(received)
    return report


def seconds_text(value: Optional[float]) -> str:
    """Seconds for a message ("?" when unknown)."""
    return f"{value:g}" if value is not None else "?"


def _too_large(where: str, limit: int) -> CloudError:
    return CloudError(tr("QFieldCloud's answer to {where} is larger than {mib} MiB; it was not read to the end.").format(
        where=where, mib=f"{limit / 2 ** 20:g}"), LIMIT, hint=tr("Check the QFieldCloud URL and try again later."))


def _announced(answer: http.client.HTTPResponse) -> Optional[int]:
    value = (answer.getheader("Content-Length") or "").strip()
    return int(value) if value.isdigit() else None


def read_body(answer: http.client.HTTPResponse, limit: Optional[int], where: str) -> bytes:
    """The whole body, refused as soon as it exceeds ``limit`` bytes (announced or received)."""
    announced = _announced(answer)
    if limit is not None and announced is not None and announced > limit:
        raise _too_large(where, limit)
    chunks, size = [], 0
    while True:
        block = answer.read1(CHUNK)
        if not block:
            break
        size += len(block)
        if limit is not None and size > limit:
            raise _too_large(where, limit)
        chunks.append(block)
    if announced is not None and size < announced:
        raise http.client.IncompleteRead(b"", announced - size)
    return b"".join(chunks)


def stream_to_file(answer: http.client.HTTPResponse, target: Path, on_bytes: Optional[ProgressCallback],
                   is_cancelled: Optional[CancelCheck], what: str, where: str, limit: Optional[int]) -> None:
    """Write the body to ``target`` (removed again on failure), never more than ``limit`` bytes
    nor more than the Content-Length the server announced."""
    expected = _announced(answer)
    if limit is not None and expected is not None and expected > limit:
        raise _beyond_announced(where, limit)
    limit = expected if limit is None else (limit if expected is None else min(limit, expected))
    received = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(target, "wb") as handle:
            while True:
                if is_cancelled is not None and is_cancelled():
                    raise CloudError(tr("Cancelled ({what}).").format(what=what), CANCELLED)
                block = answer.read1(CHUNK)
                if not block:
                    break
                received += len(block)
                if limit is not None and received > limit:
                    raise _beyond_announced(where, limit)
                handle.write(block)
                if on_bytes is not None:
                    on_bytes(received)
        if expected is not None and expected != received:
            raise http.client.IncompleteRead(b"", expected - received)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _beyond_announced(where: str, limit: int) -> CloudError:
    return CloudError(tr("QFieldCloud sent more than the {size} bytes announced for {where}; the download was "
                         "stopped and nothing was kept.").format(size=limit, where=where), LIMIT,
                      hint=tr("Download again; if it keeps happening, check the network or proxy."))
