"""Run inside the real QGIS desktop (``qgis --code``) by the end-to-end test.

1. Triggers the plugin's "Check project" action on the opened project and waits for the job.
2. Adds a layer whose file is missing, saves the project, and waits for the automatic check
   that the save triggers.
3. Shows the dock's Layers tab, writes the dock's visible state and screenshots to
   $QFSP_E2E_OUT, and quits.
"""

import json
import os
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.utils import iface, plugins

OUT = Path(os.environ["QFSP_E2E_OUT"])
STARTED = time.monotonic()
state = {"plugin_loaded": "qfieldsync_plus" in plugins, "project": QgsProject.instance().fileName()}


def store():
    return plugins["qfieldsync_plus"].controller.runner().store


def finish() -> None:
    (OUT / "state.json").write_text(json.dumps(state, indent=1), encoding="utf-8")
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(200, lambda: QgsApplication.exit(0))


def when_jobs_done(count: int, then) -> None:
    """Call ``then`` once ``count`` jobs exist and none runs."""
    jobs = store().list()
    if len(jobs) >= count and all(j.is_finished for j in jobs):
        QTimer.singleShot(1500, then)  # let the dock's poll timer pick up the end
    elif time.monotonic() - STARTED > 150:
        state["error"] = f"{count} job(s) did not finish in time: {[j.status for j in jobs]}"
        finish()
    else:
        QTimer.singleShot(200, lambda: when_jobs_done(count, then))


def break_a_layer_and_save() -> None:
    state["first_job"] = store().list()[0].to_dict()
    project = QgsProject.instance()
    apiary = project.mapLayersByName("apiary")[0]
    hives = QgsVectorLayer(apiary.source(), "hives", "ogr")
    project.addMapLayer(hives)
    missing = Path(project.homePath()) / "data" / "hives.gpkg"
    hives.setDataSource(f"{missing}|layername=hives", "hives", "ogr")
    project.write()  # the plugin's check-on-save runs the check again
    when_jobs_done(2, capture)


def capture() -> None:
    plugin = plugins["qfieldsync_plus"]
    dock = plugin.dock
    dock.refresh()
    dock.select_job(store().list()[0].id)
    dock.details.setCurrentWidget(dock.details.layers_table)
    QgsApplication.processEvents()
    state["dock"] = dock.visible_state()
    state["job"] = store().list()[0].to_dict()
    iface.mainWindow().grab().save(str(OUT / "qgis-window.png"))
    dock.grab().save(str(OUT / "dock-layers.png"))
    dock.details.setCurrentWidget(dock.details.summary_tab)
    QgsApplication.processEvents()
    dock.grab().save(str(OUT / "dock-summary.png"))
    finish()


def start() -> None:
    if not state["plugin_loaded"]:
        state["error"] = "plugin not loaded"
        finish()
        return
    iface.mainWindow().resize(1400, 900)
    iface.mainWindow().showNormal()
    iface.mapCanvas().zoomToFullExtent()
    plugin = plugins["qfieldsync_plus"]
    iface.mainWindow().resizeDocks([plugin.dock], [430], Qt.Vertical)
    state["menu_actions"] = [a.text() for a in plugin.menu.actions() if not a.isSeparator()]
    plugin.check_action.trigger()
    when_jobs_done(1, break_a_layer_and_save)


QTimer.singleShot(1000, start)
