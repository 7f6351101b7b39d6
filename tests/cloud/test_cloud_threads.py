"""The transport works off the main thread: in a QThread and in a QgsTask's run(), each with
the worker thread's own QgsNetworkAccessManager and event loop."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsTask
from qgis.PyQt.QtCore import QEventLoop, QThread, QTimer

from .conftest import USERNAME, create_project_with_file, make_test_client


def _wait(signal, seconds: float = 30) -> None:
    """Run the main thread's event loop until ``signal`` (the worker may need the main thread)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec_()


class Worker(QThread):
    def __init__(self, work) -> None:
        super().__init__()
        self.work, self.result, self.error, self.manager = work, None, None, None

    def run(self) -> None:
        try:
            self.manager = QgsNetworkAccessManager.instance()
            self.result = self.work()
        except Exception as error:  # noqa: BLE001 - reported to the test
            self.error = error


def test_a_request_and_a_download_from_a_qthread(cloud_server, sleeps, tmp_path, qgis_app):
    client = make_test_client(cloud_server, sleeps)
    project_id = create_project_with_file(client, cloud_server, "threaded")
    target = tmp_path / "threaded.qgs"

    def work():
        name = client.user()["username"]
        client.download_file(project_id, "threaded.qgs", target)
        return name

    worker = Worker(work)
    worker.start()
    _wait(worker.finished)
    assert worker.wait(1000) and worker.error is None, worker.error
    assert worker.result == USERNAME and target.read_bytes() == b"<qgis/>"
    assert worker.manager is not QgsNetworkAccessManager.instance()  # the worker thread's own manager


def test_an_upload_from_a_qgs_task(cloud_server, sleeps, tmp_path, qgis_app):
    client = make_test_client(cloud_server, sleeps)
    project_id = create_project_with_file(client, cloud_server, "tasked")
    local = tmp_path / "notes.txt"
    local.write_bytes(b"from a task " * 10000)
    progress = []

    def run(task):
        client.upload_file(project_id, "notes.txt", local, on_bytes=progress.append)
        return True

    task = QgsTask.fromFunction("upload", run)
    QgsApplication.taskManager().addTask(task)
    _wait(task.taskCompleted)
    assert task.status() == QgsTask.Complete
    assert cloud_server.state.file_bytes(project_id, "notes.txt", None) == local.read_bytes()
    assert progress[-1] == local.stat().st_size
    if Path("/proc/self/fd").is_dir():  # the user's file is not left open by the worker thread's reply
        assert str(local) not in [os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")]


def test_a_worker_thread_uses_qgis_proxy_settings(cloud_server, sleeps, qgis_app):
    from tests.fixtures.http_proxy import LoopbackProxy, QgisProxySettings

    proxy, settings = LoopbackProxy(credentials=("proxyuser", "proxy pass")), QgisProxySettings()
    try:
        settings.use(proxy, "proxyuser", "proxy pass")  # before the thread starts: its manager copies the main one's
        client = make_test_client(cloud_server, sleeps)
        worker = Worker(lambda: client.user()["username"])
        worker.start()
        _wait(worker.finished)
        assert worker.wait(1000) and worker.error is None, worker.error
        assert worker.result == USERNAME and ("GET", cloud_server.url + "auth/user/", True) in proxy.forwarded
    finally:
        settings.restore()
        proxy.stop()
