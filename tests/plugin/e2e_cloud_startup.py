"""Run inside the real QGIS desktop (``qgis --code``) by the cloud end-to-end test.

Signs in through the menu's sign-in dialog (loopback QFieldCloud at $QFSP_CLOUD_URL), opens the
QFieldCloud projects dialog, then uploads the open (unlinked) project: the create-or-link question
is answered with "create". Screenshots and the visible state go to $QFSP_E2E_OUT.
"""

import json
import os
import time
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUT = Path(os.environ["QFSP_E2E_OUT"])
URL = os.environ["QFSP_CLOUD_URL"]
USERNAME, PASSWORD = os.environ["QFSP_CLOUD_USER"].split(":", 1)
STARTED = time.monotonic()
state = {"plugin_loaded": "qfieldsync_plus" in plugins, "steps": []}


def plugin():
    return plugins["qfieldsync_plus"]


def finish() -> None:
    (OUT / "state.json").write_text(json.dumps(state, indent=1), encoding="utf-8")
    QgsProject.instance().setDirty(False)
    QTimer.singleShot(200, lambda: QgsApplication.exit(0))


def wait(condition, then, what: str) -> None:
    """Call ``then`` once ``condition()`` holds; give up (and finish) after 150 s in all."""
    if condition():
        QTimer.singleShot(300, then)
    elif time.monotonic() - STARTED > 150:
        state["error"] = f"timed out waiting for: {what}"
        finish()
    else:
        QTimer.singleShot(200, lambda: wait(condition, then, what))


def shoot(widget, name: str) -> None:
    QgsApplication.processEvents()
    widget.grab().save(str(OUT / name))


def on_modal(handle) -> None:
    widget = QApplication.activeModalWidget()
    if widget is None:
        QTimer.singleShot(100, lambda: on_modal(handle))
    else:
        handle(widget)


def sign_in() -> None:
    def fill(dialog):
        dialog.url_combo.setCurrentText(URL)
        dialog.username_edit.setText(USERNAME)
        dialog.password_edit.setText(PASSWORD)
        shoot(dialog, "cloud-sign-in.png")
        dialog.accept()

    QgsApplication.authManager().setMasterPassword("qfsp-e2e-master", True)
    state["menu_before"] = plugin().sign_in_action.text()
    QTimer.singleShot(100, lambda: on_modal(fill))
    plugin().sign_in_action.trigger()  # returns once the dialog closed
    state["menu_after"] = plugin().sign_in_action.text()
    open_projects()


def open_projects() -> None:
    dialog = plugin().projects_action.trigger() or plugin().cloud.projects_dialog
    state["steps"].append("projects dialog")
    wait(lambda: dialog.task is None and dialog.projects, lambda: projects_listed(dialog), "the project list")


def projects_listed(dialog) -> None:
    dialog.move(120, 120)
    state["listed"] = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    state["account"] = dialog.account_label.text()
    dialog.select_project(state["listed"][0])
    shoot(dialog, "cloud-projects.png")
    dialog.reject()
    QTimer.singleShot(300, upload)


def upload() -> None:
    def answer(target):
        state["target"] = {"title": target.windowTitle(), "name": target.name(),
                           "problem": target.problem_label.text()}
        shoot(target, "cloud-upload-target.png")
        target.accept()

    QTimer.singleShot(100, lambda: on_modal(answer))
    plugin().upload_action.trigger()
    messages = iface.messageBar()
    wait(lambda: "target" in state and not [t for t in plugin().cloud.tasks if "upload" in t.description()]
         and store().list(origin="cloud"), lambda: uploaded(messages), "the upload and the cloud's job")


def store():
    return plugin().controller.runner().store


def uploaded(_messages) -> None:
    dock = plugin().dock
    dock.refresh()
    dock.select_job(store().list(origin="cloud")[0].id)
    state["cloud_job"] = store().list(origin="cloud")[0].to_dict()
    shoot(iface.mainWindow(), "cloud-after-upload.png")
    dialog = plugin().projects_action.trigger() or plugin().cloud.projects_dialog
    wait(lambda: dialog.task is None and dialog.projects, lambda: linked_listed(dialog), "the list after upload")


def linked_listed(dialog) -> None:
    state["after_upload"] = [{"name": p["name"], "local_folder": p["local_folder"]} for p in dialog.projects]
    dialog.move(120, 120)
    dialog.select_project("bees")
    shoot(dialog, "cloud-projects-linked.png")
    dialog.reject()
    plugin().cloud.cancel_all()
    finish()


def start() -> None:
    if not state["plugin_loaded"]:
        state["error"] = "plugin not loaded"
        finish()
        return
    iface.mainWindow().resize(1400, 900)
    iface.mainWindow().showNormal()
    iface.mapCanvas().zoomToFullExtent()
    sign_in()


QTimer.singleShot(1000, start)
