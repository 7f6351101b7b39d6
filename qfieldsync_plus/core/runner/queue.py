"""The runner's queue: at most N jobs at once, one at a time per project; waiting jobs stay pending."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Callable, Dict, Iterator

POLL_SECONDS = 0.05


class JobQueue:
    """Slots for concurrently running jobs plus one lock per project."""

    def __init__(self, max_parallel: int = 2) -> None:
        self._slots = threading.BoundedSemaphore(max(1, max_parallel))
        self._project_locks: Dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def _project_lock(self, project: str) -> threading.Lock:
        with self._guard:
            return self._project_locks.setdefault(project, threading.Lock())

    @staticmethod
    def _acquire(lock, is_cancelled: Callable[[], bool]) -> bool:
        while not lock.acquire(timeout=POLL_SECONDS):
            if is_cancelled():
                return False
        return True

    @contextmanager
    def turn(self, project: str, is_cancelled: Callable[[], bool]) -> Iterator[bool]:
        """Wait until ``project`` is free and a slot is open; yields False if cancelled while waiting."""
        project_lock = self._project_lock(project)
        if not self._acquire(project_lock, is_cancelled):
            yield False
            return
        try:
            if not self._acquire(self._slots, is_cancelled):
                yield False
                return
            try:
                yield True
            finally:
                self._slots.release()
        finally:
            project_lock.release()
