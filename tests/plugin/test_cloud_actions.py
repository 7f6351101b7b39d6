"""Sign in, upload and watch the cloud's jobs from the desktop, against the loopback QFieldCloud."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QLineEdit, QToolBar

from qfieldsync_plus.core.cloud import credentials, links
from qfieldsync_plus.core.jobs.job import CLOUD, PROCESS_PROJECTFILE
from qfieldsync_plus.gui.cloud_project_forms import UploadTargetDialog
from tests.cloud.conftest import PASSWORD, USERNAME

from .conftest import wait_until, when_modal


def _sign_in_through_the_dialog(plugin, url: str, password: str = PASSWORD) -> bool:
    def fill(dialog):
        dialog.url_combo.setCurrentText(url)
        dialog.username_edit.setText(USERNAME)
        dialog.findChildren(QLineEdit)[-1].setText(password)
        dialog.accept()

    when_modal(fill)
    return plugin.cloud.sign_in_or_out()


def test_sign_in_and_out_from_the_menu(plugin, cloud_server, signed_out, qgis_iface):
    assert _sign_in_through_the_dialog(plugin, cloud_server.url)
    assert plugin.cloud.is_signed_in()
    assert plugin.sign_in_action.text() == f"Signed in as {USERNAME} — Sign out"
    assert credentials.load_credentials().token in cloud_server.state.tokens
    assert any(USERNAME in m for m in qgis_iface.messageBar().get_messages(Qgis.Success))
    token = credentials.load_credentials().token
    when_modal(_click("Cancel"))
    plugin.sign_in_action.trigger()  # signed in: the same entry signs out, after asking
    assert plugin.cloud.is_signed_in()
    when_modal(_click("Sign out here"))
    plugin.sign_in_action.trigger()
    assert not plugin.cloud.is_signed_in()
    assert not cloud_server.state.tokens[token].expired  # QField and other programs stay signed in
    assert not [r for r in cloud_server.state.requests if r["path"].endswith("/auth/logout/")]


def _click(text: str):
    def click(box):
        next(b for b in box.buttons() if b.text().replace("&", "") == text).click()

    return click


def test_sign_out_everywhere_asks_twice_and_expires_qfields_token(plugin, cloud_server, signed_out):
    assert _sign_in_through_the_dialog(plugin, cloud_server.url)
    phone = cloud_server.state.issue_token(USERNAME, "qfield|3.4.0").key

    def everywhere(box):
        when_modal(_click("Yes"))  # the second question says what signing out everywhere does
        _click("Sign out everywhere…")(box)

    when_modal(everywhere)
    assert plugin.cloud.sign_in_or_out()
    wait_until(lambda: not plugin.cloud.is_signed_in(), timeout=20)
    assert cloud_server.state.tokens[phone].expired


def test_a_wrong_password_says_so_and_keeps_the_dialog_open(plugin, cloud_server, signed_out, qgis_iface):
    seen = []

    def fill(dialog):
        dialog.url_combo.setCurrentText(cloud_server.url)
        dialog.username_edit.setText(USERNAME)
        dialog.password_edit.setText("wrong")
        dialog.accept()

        def look():  # the server's 401 on sign-in (recording 004) is a wrong password, not an expired token
            if dialog.task is not None:
                return QTimer.singleShot(50, look)
            seen.extend([dialog.isVisible(), dialog.status_label.text(), dialog.password_edit.isEnabled()])
            dialog.reject()

        QTimer.singleShot(50, look)

    when_modal(fill)
    assert not plugin.cloud.sign_in_or_out()
    visible, text, editable = seen
    assert visible and editable
    assert "password is wrong" in text and "expired" not in text
    assert not plugin.cloud.is_signed_in()
    assert plugin.sign_in_action.text() == "Sign in to QFieldCloud…"


def test_upload_checks_uploads_and_mirrors_the_cloud_jobs(plugin, cloud_server, signed_out, opened_bees):
    assert _sign_in_through_the_dialog(plugin, cloud_server.url)
    when_modal(lambda target: target.accept())  # not linked yet: create the cloud project "bees"
    task = plugin.upload_to_cloud()
    assert task is not None
    store = plugin.controller.runner().store
    wait_until(lambda: bool(store.list(origin=CLOUD)), timeout=120)
    project_id = links.linked_project(opened_bees.parent)["project_id"]
    # QGIS 3.40 saves a .qgs project's attachments (its style database) in bees_attachments.zip
    attachments = [p.name for p in opened_bees.parent.glob("bees_attachments.zip")]
    assert sorted(cloud_server.state.files[project_id]) == sorted(["bees.gpkg", "bees.qgs"] + attachments)
    local_checks = store.list(job_type=PROCESS_PROJECTFILE, origin="local")
    assert local_checks and local_checks[0].params["target"] == "cloud"
    cloud_job = store.list(origin=CLOUD)[0]
    assert cloud_job.type == PROCESS_PROJECTFILE
    plugin.dock.refresh()
    assert plugin.dock.model.row_of(cloud_job.id) >= 0
    plugin.dock.select_job(cloud_job.id)
    assert "QFieldCloud" in plugin.dock.details.summary_label.text()  # the cloud's meaning of the status
    assert plugin.upload_action in plugin.dock.findChildren(QToolBar)[0].actions()
    plugin.cloud.cancel_all()
    wait_until(lambda: not plugin.cloud.tasks, timeout=30)


def test_upload_without_sign_in_opens_the_sign_in_dialog(plugin, signed_out, opened_bees, qgis_iface):
    opened = []
    when_modal(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    assert plugin.upload_to_cloud() is None
    assert opened == ["Sign in to QFieldCloud"]
    assert any("not signed in" in m for m in qgis_iface.messageBar().get_messages(Qgis.Critical))


def test_sign_in_runs_off_the_main_thread_and_can_be_cancelled(plugin, hanging_server, signed_out, qgis_iface):
    import time

    from qgis.PyQt.QtCore import QTimer

    seen = []

    def fill(dialog):
        dialog.url_combo.setCurrentText(f"http://127.0.0.1:{hanging_server.port}/api/v1/")
        dialog.username_edit.setText(USERNAME)
        dialog.password_edit.setText(PASSWORD)
        dialog.accept()  # the request waits on a server that never answers

        def cancel():  # the dialog's event loop keeps running while the request waits
            seen.extend([dialog.status_label.text(), dialog.isVisible(), dialog.task.isActive()])
            dialog.reject()

        QTimer.singleShot(300, cancel)

    when_modal(fill)
    started = time.monotonic()
    assert not plugin.cloud.sign_in_or_out()
    assert time.monotonic() - started < 10
    assert seen == ["Signing in…", True, True]
    assert not plugin.cloud.is_signed_in() and not qgis_iface.messageBar().get_messages(Qgis.Critical)


def test_problems_found_by_the_check_ask_before_uploading_anyway(plugin, cloud_server, signed_out, tmp_path):
    from qgis.core import QgsVectorLayer

    from tests.fixtures.projects import save_project

    folder = tmp_path / "local_db"
    folder.mkdir()
    layer = QgsVectorLayer("dbname='nowhere' host=localhost port=1 table=\"public\".\"t\" (geom)", "t", "postgres")
    save_project(folder / "local_db.qgs", [layer])
    (folder / ".hidden_notes").write_text("mine")
    assert _sign_in_through_the_dialog(plugin, cloud_server.url)
    questions = []

    def answer(box):
        if isinstance(box, UploadTargetDialog):  # not linked: create a new cloud project (after the check)
            when_modal(answer)
            return box.accept()
        questions.append(box.text())
        _click("No" if len(questions) == 1 else "Yes")(box)

    when_modal(answer)
    plugin.cloud.upload(str(folder / "local_db.qgs"))
    wait_until(lambda: questions and not plugin.cloud.tasks, timeout=60)
    assert "Layer t" in questions[0] and "Upload anyway?" in questions[0]
    assert cloud_server.state.projects == {}  # refused before the project was created
    when_modal(answer)
    plugin.cloud.upload(str(folder / "local_db.qgs"))
    wait_until(lambda: any("local_db.qgs" in files for files in cloud_server.state.files.values()), timeout=60)
    # (QGIS 3.40 saves a <stem>_attachments.zip beside a .qgs)
    assert [sorted(f for f in files if not f.endswith("_attachments.zip"))
            for files in cloud_server.state.files.values()] == [["local_db.qgs"]]
    plugin.cloud.cancel_all()
    wait_until(lambda: not plugin.cloud.tasks, timeout=30)
