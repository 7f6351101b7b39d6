"""QFieldCloud in the desktop: sign in/out, upload the project, watch its cloud jobs in the dock.

Only wiring: the work is in ``core.cloud``. Network work runs in QgsTasks; the token is read
from QgsAuthManager on the main thread before a task starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from ..core.cloud import account, credentials, links
from ..core.cloud.errors import REFUSED, CloudError
from ..core.cloud.preflight import check_before_upload
from ..core.cloud.session import signed_in_client
from ..core.cloud.tasks import CloudTask, poll_task
from ..core.cloud.uploader import execute_upload, plan_upload
from ..core.i18n import tr
from ..tasks.controller import JobController

Message = Callable[[str, int], None]


class SignInDialog(QDialog):
    """Server URL (with history), user name or e-mail, password."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sign in to QFieldCloud"))
        self.url_combo = QComboBox()
        self.url_combo.setEditable(True)
        self.url_combo.addItems(credentials.url_history())
        self.url_combo.setCurrentText(credentials.default_url())
        self.username_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("Server"), self.url_combo)
        form.addRow(tr("User name or e-mail"), self.username_edit)
        form.addRow(tr("Password"), self.password_edit)
        form.addRow(buttons)


def _error_text(error: CloudError) -> str:
    return error.message + (f" → {error.hint}" if error.hint else "")


class CloudActions(QObject):
    """The slots behind the cloud menu entries."""

    def __init__(self, controller: JobController, message: Message, parent_window: QWidget) -> None:
        super().__init__(parent_window)
        self.controller = controller
        self.message = message
        self.parent_window = parent_window
        self.tasks: List[CloudTask] = []

    def is_signed_in(self) -> bool:
        """True when a sign-in is stored on this computer."""
        return bool(credentials.stored_authcfg())

    def sign_in_or_out(self) -> bool:
        """Sign out when signed in, else ask for the account and sign in; True on success."""
        if self.is_signed_in():
            account.sign_out()
            self.message(tr("Signed out of QFieldCloud on this computer."), Qgis.Info)
            return True
        dialog = SignInDialog(self.parent_window)
        if dialog.exec_() != QDialog.Accepted:
            return False
        try:
            user = account.sign_in(dialog.url_combo.currentText().strip(), dialog.username_edit.text().strip(),
                                   dialog.password_edit.text())
        except CloudError as error:
            self.message(_error_text(error), Qgis.Critical)
            return False
        self.message(tr("Signed in to QFieldCloud as {user}.").format(user=user.get("username", "")), Qgis.Success)
        return True

    def upload(self, project_file: str) -> Optional[CloudTask]:
        """Check the project for the cloud, upload what changed, then watch the cloud's jobs."""
        try:
            client = signed_in_client()
            folder = Path(project_file).parent
            link = links.linked_project(folder)
            if link is None:
                created = client.create_project(Path(project_file).stem)
                links.link_folder(folder, created["id"], client.base_url, created.get("name", ""))
                link = links.linked_project(folder)
        except CloudError as error:
            self.message(_error_text(error), Qgis.Critical)
            return None
        project_id, runner = link["project_id"], self.controller.runner()

        def work(task: CloudTask):
            check = check_before_upload(runner, Path(project_file), is_cancelled=task.isCanceled)
            if not check.ok:
                raise CloudError(tr("Not uploaded: the check for the cloud found problems: {problems}").format(
                    problems="; ".join(check.problems)), REFUSED)
            plan = plan_upload(client, project_id, folder)
            return execute_upload(client, plan, is_cancelled=task.isCanceled,
                                  on_progress=lambda p: task.setProgress(100.0 * p.bytes_done / max(1, p.bytes_total)))

        task = CloudTask(tr("QFieldSync+: upload {project}").format(project=Path(project_file).name), work)
        task.taskCompleted.connect(lambda: self._uploaded(task, client, project_id, project_file))
        task.taskTerminated.connect(lambda: self._ended_with_error(task))
        self._start(task)
        return task

    def _start(self, task: CloudTask) -> None:
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)

    def _uploaded(self, task: CloudTask, client, project_id: str, project_file: str) -> None:
        self.tasks.remove(task)
        count = len(task.result.uploaded)
        self.message(tr("Uploaded {count} file(s) to QFieldCloud; the cloud's jobs appear in the QField jobs "
                        "panel.").format(count=count), Qgis.Success)
        label = links.folder_key(Path(project_file))
        poll = poll_task(client, self.controller.runner().store, project_id, label)
        poll.taskCompleted.connect(lambda: self.tasks.remove(poll))
        poll.taskTerminated.connect(lambda: self.tasks.remove(poll))
        self._start(poll)

    def _ended_with_error(self, task: CloudTask) -> None:
        self.tasks.remove(task)
        if task.error is not None:
            self.message(_error_text(task.error), Qgis.Critical)

    def cancel_all(self) -> None:
        """Cancel uploads and job watching (on unload)."""
        for task in list(self.tasks):
            task.cancel()
