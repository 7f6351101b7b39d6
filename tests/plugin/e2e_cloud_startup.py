"""Run inside the real QGIS desktop (``qgis --code``) by the cloud end-to-end test.

Signs in through the menu's sign-in dialog (loopback QFieldCloud at $QFSP_CLOUD_URL), opens the
QFieldCloud projects dialog, then uploads the open (unlinked) project: the create-or-link question
is answered with "create". Then a field deltafile that conflicts with an office edit is applied, the
conflict is resolved in the dock's Changes tab (the field's name, the source's count) and applied
again. Screenshots and the visible state go to $QFSP_E2E_OUT.
"""

import json
import os
import time
import traceback
import uuid
from pathlib import Path

from osgeo import ogr

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
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


def guarded(step):
    """``step`` run so that an exception ends the session with the error in the state (not a hang)."""
    def run(*args):
        try:
            step(*args)
        except Exception:  # noqa: BLE001 - reported to the test
            state["error"] = traceback.format_exc()
            finish()
    return run


def started(job_id, what: str) -> str:
    """``job_id``, or an error naming what the message bar said."""
    if job_id is None:
        bar = [w.text() for w in iface.messageBar().items()] if hasattr(iface.messageBar(), "items") else []
        raise RuntimeError(f"{what} did not start: {bar}")
    return job_id


def wait(condition, then, what: str) -> None:
    """Call ``then`` once ``condition()`` holds; give up (and finish) after 150 s in all."""
    if condition():
        QTimer.singleShot(300, guarded(then))
    elif time.monotonic() - STARTED > 150:
        state["error"] = f"timed out waiting for: {what}"
        finish()
    else:
        QTimer.singleShot(200, guarded(lambda: wait(condition, then, what)))


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
    state["project_id"] = next(p["id"] for p in dialog.projects if p["name"] == "bees")
    dialog.move(120, 120)
    dialog.select_project("bees")
    shoot(dialog, "cloud-projects-linked.png")
    dialog.reject()
    plugin().cloud.cancel_all()
    office_edit()


def deltafile(name: str, new: dict) -> str:
    """A QField deltafile (of the linked cloud project) patching apiary feature 1, whose values were
    "hive 0", 0 when the field copy was made."""
    layer_id = QgsProject.instance().mapLayersByName("apiary")[0].id()
    delta = {"uuid": str(uuid.uuid4()), "clientId": "client-1", "exportId": "export-1", "localPk": "1",
             "sourcePk": "1", "localLayerId": layer_id, "sourceLayerId": layer_id, "method": "patch",
             "old": {"attributes": {"name": "hive 0", "count": 0}}, "new": new}
    path = OUT / f"{name}.json"
    path.write_text(json.dumps({"version": "1.0", "project": state["project_id"], "id": str(uuid.uuid4()),
                                "deltas": [delta],
                                "files": []}), encoding="utf-8")
    return str(path)


def when_done(job_id: str, then) -> None:
    wait(lambda: store().get(job_id).is_finished and not plugin().controller.running_ids(), then, f"job {job_id}")


def office_edit() -> None:
    """At the office, feature 1 changes after the field copy was made ..."""
    state["office_job"] = started(plugin().apply_deltas(deltafile("office", {"attributes": {"name": "office",
                                                                                                 "count": 5}})), "office")
    when_done(state["office_job"], field_edit)


def field_edit() -> None:
    """... so the field's edit of the same feature conflicts."""
    state["field_job"] = started(plugin().apply_deltas(deltafile("field", {
        "attributes": {"name": "field name", "count": 9}, "geometry": "POINT (739010 5906020)"})), "field")
    when_done(state["field_job"], show_conflict)


def text_of(table, row: int, column: int) -> str:
    cell = table.item(row, column)
    return cell.text() if cell is not None else ""


def show_conflict() -> None:
    dock = plugin().dock
    dock.show()
    dock.refresh()
    dock.select_job(state["field_job"])
    details, changes = dock.details, dock.details.changes
    details.setCurrentWidget(details.changes_page)
    changes.deltas_table.selectRow(0)
    QgsApplication.processEvents()
    values = changes.values_table
    state["conflict"] = {
        "status": store().get(state["field_job"]).status,
        "tab": details.tabText(details.currentIndex()),
        "steps": [details.steps_list.item(i).text() for i in range(details.steps_list.count())],
        "delta_row": [text_of(changes.deltas_table, 0, c) for c in range(changes.deltas_table.columnCount())],
        "values": {text_of(values, r, 0): [text_of(values, r, c) for c in range(1, 4)]
                   for r in range(values.rowCount())},
        "buttons": [b.text() for b in (changes.keep_source_button, changes.take_field_button,
                                       changes.apply_again_button)],
        "hint": changes.hint_label.text(),
        "message_bar": iface.messageBar().currentItem().text() if iface.messageBar().currentItem() else "",
    }
    shoot(iface.mainWindow(), "cloud-conflict-window.png")
    shoot(dock, "cloud-conflict-dock.png")
    names = [values.item(r, 0).text() for r in range(values.rowCount())]
    values.selectRow(names.index("name"))
    changes.take_field_button.click()
    values.selectRow(names.index("count"))
    changes.keep_source_button.click()
    state["decisions"] = [values.item(names.index(n), 4).text() for n in ("name", "count")]
    shoot(dock, "cloud-conflict-decided.png")
    before = {j.id for j in store().list()}
    changes.apply_again_button.click()
    wait(lambda: [j for j in store().list() if j.id not in before and j.is_finished]
         and not plugin().controller.running_ids(), lambda: applied_again(before), "the job of Apply again")


def applied_again(before: set) -> None:
    again = next(j for j in store().list() if j.id not in before)
    state["again"] = {"status": again.status, "resolutions": again.params.get("resolutions")}
    dataset = ogr.Open(str(Path(QgsProject.instance().homePath()) / "bees.gpkg"))
    feature = dataset.GetLayerByName("apiary").GetFeature(1)
    state["source_after"] = [feature.GetField("name"), feature.GetField("count"),
                             feature.GetGeometryRef().ExportToWkt()]
    dataset = None
    dock = plugin().dock
    dock.refresh()
    dock.select_job(again.id)
    dock.details.setCurrentWidget(dock.details.changes_page)
    shoot(dock, "cloud-applied-again.png")
    finish()


def start() -> None:
    if not state["plugin_loaded"]:
        state["error"] = "plugin not loaded"
        finish()
        return
    iface.mainWindow().resize(1400, 900)
    iface.mainWindow().showNormal()
    iface.mapCanvas().zoomToFullExtent()
    iface.mainWindow().resizeDocks([plugin().dock], [520], Qt.Vertical)
    state["menu_actions"] = [a.text() for a in plugin().menu.actions() if not a.isSeparator()]
    sign_in()


QTimer.singleShot(1000, start)
