"""The project's thumbnail: a small map of the layers the project opened, drawn within a time budget.

A layer with millions of features or a web service that does not answer must not hold the check:
after ``RENDER_BUDGET_SECONDS`` the rendering is cancelled and the thumbnail shows what was drawn.
"""

from __future__ import annotations

import logging
import time
from typing import Callable, List, Optional, Tuple

from qgis.core import (
    QgsMapRendererParallelJob, QgsMapRendererQImageJob, QgsMapRendererSequentialJob, QgsMapSettings, QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QEventLoop, QSize, QTimer
from qgis.PyQt.QtGui import QColor, QImage

from ..checks.sources import DATABASE_PROVIDERS

THUMBNAIL_SIZE = 100
RENDER_BUDGET_SECONDS = 2.0
PROGRESS_INTERVAL_MS = 100

logger = logging.getLogger("qfieldsync_plus.jobs")

# Cancelled renderings whose threads are still stopping: deleting a running job would block until
# they end, so they are kept until the process ends (a job's child process ends after one job).
_stopping: List[QgsMapRendererQImageJob] = []


def map_settings(project: QgsProject) -> QgsMapSettings:
    """The thumbnail's map: the checked layers QGIS opened (valid ones), the project's view extent."""
    settings = QgsMapSettings()
    layers = [l for l in project.layerTreeRoot().checkedLayers() if l is not None and l.isValid()]
    settings.setLayers(layers)
    settings.setDestinationCrs(project.crs())
    settings.setBackgroundColor(project.backgroundColor() if hasattr(project, "backgroundColor") else QColor("white"))
    rect = QgsRectangle(project.viewSettings().defaultViewExtent())
    if rect.isEmpty():
        rect = settings.fullExtent()
    if not rect.isEmpty():
        rect.scale(1.05)
    settings.setExtent(rect)
    settings.setOutputSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    return settings


def _start(settings: QgsMapSettings) -> QgsMapRendererQImageJob:
    """Start rendering in background threads: layers in parallel, except with database layers.

    QGIS 3.22's postgres provider crashes now and then (SIGSEGV in QMutex::lock inside its feature
    iterator) when two PostGIS layers render in parallel threads: with a database layer the layers
    are drawn one after another, in one thread (sequential job).
    """
    if any(layer.providerType() in DATABASE_PROVIDERS for layer in settings.layers()):
        job: QgsMapRendererQImageJob = QgsMapRendererSequentialJob(settings)
    else:
        job = QgsMapRendererParallelJob(settings)
    job.start()
    return job


def render_map(settings: QgsMapSettings, budget_seconds: float = RENDER_BUDGET_SECONDS,
               on_progress: Optional[Callable[[float], None]] = None) -> Tuple[QImage, bool]:
    """The map as an image, and whether every layer was drawn within ``budget_seconds``.

    When the budget runs out, the rendering is cancelled and the image holds what was drawn so far.
    ``on_progress`` gets the share of the time budget used (0..1) every 100 ms while the map renders:
    QGIS's map renderer does not tell how far it is, the budget is the bound on the wait.
    """
    started = time.monotonic()
    job = _start(settings)
    if job.isActive():
        loop = QEventLoop()
        job.finished.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(int(budget_seconds * 1000))
        ticker = QTimer()
        if on_progress is not None:
            ticker.timeout.connect(lambda: on_progress(min(1.0, (time.monotonic() - started) / budget_seconds)))
            ticker.start(PROGRESS_INTERVAL_MS)
        loop.exec_()
        ticker.stop()
        timer.stop()
    if not job.isActive():
        return job.renderedImage(), True
    image = QImage(job.renderedImage())  # a copy of what is drawn so far, taken before cancelling
    job.cancelWithoutBlocking()
    _stopping.append(job)
    logger.warning("The thumbnail was not drawn completely within %.0f s; it shows the layers drawn so far.",
                   budget_seconds)
    if image.isNull():
        image = QImage(settings.outputSize(), QImage.Format_ARGB32)
        image.fill(settings.backgroundColor())
    return image, False
