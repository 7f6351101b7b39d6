"""The QFieldCloud projects dialog, the create-or-link question before an upload, and synchronize,
driven through the real widgets against the loopback QFieldCloud."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

from qfieldsync_plus.core.cloud import account, links
from qfieldsync_plus.core.jobs.job import CLOUD
from tests.cloud.conftest import PASSWORD, USERNAME

from .conftest import wait_until, when_modal


@pytest.fixture
def signed_in(plugin, cloud_server, signed_out):
    """Signed in as the test user on the loopback server; the plugin's cloud tasks ended afterwards."""
    account.sign_in(cloud_server.url, USERNAME, PASSWORD)
    yield cloud_server
    if plugin.cloud is not None:  # not unloaded by the test
        plugin.cloud.cancel_all()
        wait_until(lambda: not plugin.cloud.tasks, timeout=30)


def _project(server, name: str, files: dict = None, description: str = "") -> str:
    with server.state.lock:
        project_id = server.state.create_project(USERNAME, {"name": name, "description": description})["id"]
        for path, data in (files or {}).items():
            server.state.store_file(project_id, path, data)
    return project_id


def _open(plugin):
    dialog = plugin.show_cloud_projects()
    wait_until(lambda: dialog.task is None, timeout=20)
    return dialog


def _idle(dialog) -> None:
    wait_until(lambda: dialog.task is None, timeout=30)


def _uploaded(qgis_iface) -> None:
    wait_until(lambda: any("Uploaded" in m for m in qgis_iface.messageBar().get_messages(Qgis.Success)),
               timeout=90)


def _posts(server, path_end: str):
    return [r for r in server.state.requests if r["method"] == "POST" and r["path"].endswith(path_end)]


def test_list_shows_the_projects_with_their_local_folder_and_search_filters(plugin, signed_in, tmp_path):
    _project(signed_in, "bees-survey", description="hives 2026")
    forest = _project(signed_in, "forest_plots")
    _project(signed_in, "river.2024")
    links.link_folder(tmp_path, forest, signed_in.url, "forest_plots")
    dialog = _open(plugin)
    assert USERNAME in dialog.account_label.text() and signed_in.url in dialog.account_label.text()
    assert dialog.table.rowCount() == 3
    row = [p["name"] for p in dialog.projects].index("forest_plots")
    cells = [dialog.table.item(row, column).text() for column in range(6)]
    assert cells[:4] == ["forest_plots", USERNAME, "admin", "empty"]  # never had a file: "empty", not "failed"
    assert cells[5] == links.folder_key(tmp_path)
    dialog.search_edit.setText("HIVES")  # name, owner and description are searched
    assert dialog.visible_names() == ["bees-survey"]
    dialog.search_edit.setText("")
    assert len(dialog.visible_names()) == 3
    again = _open(plugin)  # one projects dialog at a time
    assert again is not dialog and not dialog.isVisible() and again.isVisible()
    plugin.unload()  # unloading closes it
    assert not again.isVisible()


def test_create_shows_a_taken_name_before_sending(plugin, signed_in):
    _project(signed_in, "bees")
    dialog = _open(plugin)
    seen = []

    def fill(form):
        ok = form.buttons.button(QDialogButtonBox.Ok)
        for name in ("bees", "bees 2"):
            form.name_edit.setText(name)
            seen.append((form.problem_label.text(), ok.isEnabled()))
        form.name_edit.setText("bees2")
        form.description_edit.setText("Second season")
        form.private_check.setChecked(False)
        seen.append((form.problem_label.text(), ok.isEnabled()))
        ok.click()

    when_modal(fill)
    dialog.buttons["create"].click()
    _idle(dialog)
    (taken, taken_ok), (spaced, spaced_ok), (fine, fine_ok) = seen
    assert "already have a cloud project named bees" in taken and not taken_ok
    assert "no spaces" in spaced and not spaced_ok
    assert fine == "" and fine_ok
    assert len(_posts(signed_in, "/projects/")) == 1  # only the accepted name was sent
    created = next(p for p in signed_in.state.projects.values() if p["name"] == "bees2")
    assert created["description"] == "Second season" and not created["private"]
    assert sorted(dialog.visible_names()) == ["bees", "bees2"]
    dialog.reject()


def test_link_the_open_project_then_open_and_show_its_jobs(plugin, signed_in, opened_bees):
    project_id = _project(signed_in, "bees", {"bees.qgs": b"<qgis/>"})  # the cloud queued a process_projectfile
    dialog = _open(plugin)
    dialog.select_project("bees")
    assert not dialog.buttons["open"].isEnabled()  # no local folder yet
    dialog.buttons["link"].click()
    _idle(dialog)
    assert links.linked_project(opened_bees.parent)["project_id"] == project_id
    _project(signed_in, "other")
    dialog.refresh()
    _idle(dialog)
    dialog.select_project("other")
    questions = []
    when_modal(lambda box: (questions.append(box.text()), box.button(QMessageBox.No).click()))
    dialog.buttons["link"].click()  # already linked to "bees": asks first, and No keeps the link
    assert "linked to the cloud project bees" in questions[0]
    assert links.linked_project(opened_bees.parent)["project_id"] == project_id
    dialog.select_project("bees")
    assert dialog.selected()["local_folder"] == links.folder_key(opened_bees.parent)
    assert dialog.buttons["open"].isEnabled()
    dialog.buttons["jobs"].click()
    store = plugin.controller.runner().store
    wait_until(lambda: bool(store.list(origin=CLOUD)) and not plugin.dock.isHidden(), timeout=20)
    job = store.list(origin=CLOUD)[0]
    assert job.cloud_project_id == project_id and job.project == links.folder_key(opened_bees)
    dialog.reject()


def test_download_into_a_folder_with_progress_links_it(plugin, signed_in, tmp_path):
    files = {"survey.qgs": b"<qgis version='3.22'/>", "data/plots.csv": b"id,name\n1,a\n", "DCIM/a.jpg": b"\xff\xd8jpg"}
    project_id = _project(signed_in, "survey", files)
    dialog = _open(plugin)
    dialog.select_project("survey")
    progress = []
    target = tmp_path / "downloads" / "survey"
    task = dialog.download(dialog.selected(), target)
    task.progressChanged.connect(progress.append)
    assert dialog.progress.isVisible() and dialog.buttons["cancel"].isEnabled()
    _idle(dialog)
    for name, data in files.items():
        assert (target / name).read_bytes() == data
    assert links.linked_project(target)["project_id"] == project_id
    assert progress and max(progress) > 0
    assert "Downloaded 3 file(s)" in dialog.status_label.text()
    dialog.select_project("survey")
    assert dialog.selected()["local_folder"] == links.folder_key(target)
    dialog.reject()


def test_delete_needs_the_name_typed(plugin, signed_in, tmp_path):
    project_id = _project(signed_in, "old_survey")
    _project(signed_in, "keep_me")
    links.link_folder(tmp_path, project_id, signed_in.url, "old_survey")
    (tmp_path / "mine.txt").write_text("local")
    dialog = _open(plugin)
    dialog.select_project("old_survey")
    enabled = []

    def confirm(box):
        ok = box.buttons.button(QDialogButtonBox.Ok)
        for text in ("keep_me", "old_surve", "old_survey"):
            box.name_edit.setText(text)
            enabled.append(ok.isEnabled())
        ok.click()

    when_modal(confirm)
    dialog.buttons["delete"].click()
    _idle(dialog)
    assert enabled == [False, False, True]
    assert [p["name"] for p in signed_in.state.projects.values()] == ["keep_me"]
    assert links.linked_project(tmp_path) is None and (tmp_path / "mine.txt").read_text() == "local"
    assert dialog.visible_names() == ["keep_me"]
    dialog.reject()


def test_unlinked_upload_asks_and_links_to_an_existing_project(plugin, signed_in, opened_bees):
    existing = _project(signed_in, "bees")
    seen = []

    def choose(target):
        seen.append((target.name(), target.problem_label.text(),
                     target.buttons.button(QDialogButtonBox.Ok).isEnabled()))
        target.link_radio.setChecked(True)
        target.accept()

    when_modal(choose)
    plugin.upload_to_cloud()
    wait_until(lambda: "bees.qgs" in signed_in.state.files[existing], timeout=90)
    name, problem, can_create = seen[0]
    assert name == "bees" and "already have" in problem and not can_create  # shown before anything was sent
    assert len(signed_in.state.projects) == 1 and not _posts(signed_in, "/projects/")
    assert links.linked_project(opened_bees.parent)["project_id"] == existing


def test_synchronize_uploads_local_changes_and_downloads_the_clouds(plugin, signed_in, opened_bees, qgis_iface):
    folder = opened_bees.parent
    when_modal(lambda target: target.accept())  # create "bees"
    plugin.upload_to_cloud()
    _uploaded(qgis_iface)
    project_id = links.linked_project(folder)["project_id"]
    cloud_gpkg = (folder / "bees.gpkg").read_bytes() + b"\0edited by delta_apply"
    with signed_in.state.lock:  # what the cloud's delta_apply job writes
        signed_in.state.store_file(project_id, "bees.gpkg", cloud_gpkg)
    (folder / "notes.txt").write_text("changed here")
    original_gpkg = hashlib.sha256((folder / "bees.gpkg").read_bytes()).hexdigest()
    task = plugin.synchronize_with_cloud()
    wait_until(lambda: task not in plugin.cloud.tasks, timeout=90)
    assert task.error is None, task.error
    assert (folder / "bees.gpkg").read_bytes() == cloud_gpkg
    backup = Path(task.result.downloaded.backups["bees.gpkg"])
    assert hashlib.sha256(backup.read_bytes()).hexdigest() == original_gpkg
    assert signed_in.state.files[project_id]["notes.txt"][-1].data == b"changed here"
    assert task.result.uploaded.uploaded == ["notes.txt"] and not task.result.conflicts
    assert any("1 file(s) uploaded, 1 downloaded" in m for m in qgis_iface.messageBar().get_messages(Qgis.Success))


def test_synchronize_leaves_a_file_changed_on_both_sides(plugin, signed_in, tmp_path, qgis_iface):
    from tests.fixtures.projects import save_project

    folder = tmp_path / "both"
    folder.mkdir()
    save_project(folder / "both.qgs", [])
    (folder / "plots.csv").write_text("id\n1\n")
    when_modal(lambda target: target.accept())
    plugin.cloud.upload(str(folder / "both.qgs"))
    _uploaded(qgis_iface)
    project_id = links.linked_project(folder)["project_id"]
    with signed_in.state.lock:
        signed_in.state.store_file(project_id, "plots.csv", b"id\n1\n2\n")
    (folder / "plots.csv").write_text("id\n1\n3\n")
    task = plugin.cloud.synchronize(str(folder / "both.qgs"))
    wait_until(lambda: task not in plugin.cloud.tasks, timeout=90)
    assert task.result.conflicts == ["plots.csv"]
    assert (folder / "plots.csv").read_text() == "id\n1\n3\n"
    assert signed_in.state.files[project_id]["plots.csv"][-1].data == b"id\n1\n2\n"


def test_the_dialog_shows_the_server_url_as_entered(plugin, cloud_server, signed_out):
    entered = cloud_server.url.split("/api/")[0]  # "http://127.0.0.1:PORT": the client adds /api/v1/

    def fill(dialog):
        dialog.url_combo.setCurrentText(entered)
        dialog.username_edit.setText(USERNAME)
        dialog.password_edit.setText(PASSWORD)
        dialog.accept()

    when_modal(fill)
    dialog = _open(plugin)  # signed out: opening the projects dialog asks to sign in first
    assert dialog.account_label.text() == f"Signed in as {USERNAME} on {entered}"
    assert plugin.sign_in_action.text() == f"Signed in as {USERNAME} — Sign out"
    dialog.reject()


def test_apply_the_clouds_pending_changes_here(plugin, signed_in, tmp_path, data_dir, qgis_iface):
    from qgis.core import QgsProject

    from tests.cloud.conftest import make_test_client
    from tests.cloud.test_deltas_pull import patch, push
    from tests.deltas.conftest import make_layer_project

    local = make_layer_project("gpkg", tmp_path / "trees", data_dir / "jobs.sqlite")
    client = make_test_client(signed_in, sleeps=lambda _s: None)
    project_id = _project(signed_in, "trees", {"trees.qgs": b"<qgis/>"})
    assert QgsProject.instance().read(str(local.project))
    assert plugin.pull_cloud_changes() is None  # not linked yet: says what to do, nothing sent
    assert any("not linked" in m for m in qgis_iface.messageBar().get_messages(Qgis.Warning))
    links.link_folder(local.project.parent, project_id, signed_in.url, "trees")
    push(client, project_id, tmp_path, [patch(local, 3, 3, 30)])
    task = plugin.pull_cloud_changes()
    wait_until(lambda: task not in plugin.cloud.tasks, timeout=90)
    assert local.read()["3"][1] == "30"
    assert any("Applied 1 pending change(s)" in m for m in qgis_iface.messageBar().get_messages(Qgis.Success))
    QgsProject.instance().clear()


def test_a_cancelled_download_writes_nothing_and_links_nothing(plugin, signed_in, tmp_path):
    _project(signed_in, "big", {"big.qgs": b"<qgis/>", "data.bin": b"\0" * (2 << 20)})
    dialog = _open(plugin)
    dialog.select_project("big")
    target = tmp_path / "big"
    dialog.download(dialog.selected(), target)
    dialog.buttons["cancel"].click()
    _idle(dialog)
    assert dialog.status_label.text() == "Cancelled."
    assert not (target / "data.bin").exists() and links.linked_project(target) is None
    dialog.reject()


def test_a_url_changed_in_the_settings_never_gets_the_token(plugin, signed_in):
    from qgis.core import QgsSettings

    QgsSettings().setValue("qfieldsync_plus/cloud/url", "http://127.0.0.1:9/api/v1/")  # the settings page's field
    dialog = _open(plugin)
    assert dialog.client.base_url == signed_in.url and dialog.table.rowCount() == 0
    assert dialog.status_label.text() == "0 project(s)."
    assert dialog.account_label.text() == f"Signed in as {USERNAME} on {signed_in.url}"
    dialog.reject()


def test_a_sign_in_lost_from_the_auth_database_asks_to_sign_in_again(plugin, signed_in, opened_bees):
    from qgis.core import QgsApplication

    from qfieldsync_plus.core.cloud import credentials

    QgsApplication.authManager().removeAuthenticationConfig(credentials.stored_authcfg())
    opened = []
    when_modal(lambda dialog: (opened.append(dialog.windowTitle()), dialog.reject()))
    assert plugin.upload_to_cloud() is None
    assert opened == ["Sign in to QFieldCloud"]  # not "Sign out of QFieldCloud"
