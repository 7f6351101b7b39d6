"""Run the project check again after the project is saved (debounced; a setting turns it off)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QObject, QTimer

from ..core.jobs.job import PROCESS_PROJECTFILE
from .controller import JobController

DEBOUNCE_MS = 2000


class AutoCheck(QObject):
    """Listens to ``QgsProject.projectSaved`` and starts one check after saves settle."""

    def __init__(self, controller: JobController, enabled: Callable[[], bool],
                 project: Optional[QgsProject] = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(controller)
        self._controller = controller
        self._enabled = enabled
        self._project = project or QgsProject.instance()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._run_check)
        self._project.projectSaved.connect(self._on_saved)

    def stop(self) -> None:
        """Disconnect from the project and drop a scheduled check."""
        self._timer.stop()
        try:
            self._project.projectSaved.disconnect(self._on_saved)
        except TypeError:
            pass

    def is_scheduled(self) -> bool:
        """True while a check waits for the debounce delay."""
        return self._timer.isActive()

    def _on_saved(self) -> None:
        if self._enabled() and self._project.fileName():
            self._timer.start()

    def _run_check(self) -> None:
        project_file = self._project.fileName()
        if not project_file or not self._enabled():
            return
        self._controller.start(PROCESS_PROJECTFILE, project_file, changed_files=[Path(project_file).name])
