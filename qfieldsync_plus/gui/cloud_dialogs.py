"""QFieldCloud in the desktop: sign in/out, upload the project, watch its cloud jobs in the dock.

Only wiring: the work is in ``core.cloud_sync`` (the use cases the CLI and Processing share).
Every network call runs in a QgsTask, sign-in's included; the token is read from and stored in
QgsAuthManager on the main thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from ..core.cloud import account, credentials, links
from ..core.cloud.errors import CloudError
from ..core.cloud.session import signed_in_client
from ..core.cloud_sync.upload import CHECK_PROBLEMS
from ..core.i18n import tr
from ..tasks.cloud_tasks import CloudTask, poll_task, upload_task
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
        self.status_label = QLabel()
        self.buttons = buttons
        form = QFormLayout(self)
        form.addRow(tr("Server"), self.url_combo)
        form.addRow(tr("User name or e-mail"), self.username_edit)
        form.addRow(tr("Password"), self.password_edit)
        form.addRow(self.status_label)
        form.addRow(buttons)
        self.task: Optional[CloudTask] = None
        self.user: dict = {}
        self.error: Optional[CloudError] = None

    def accept(self) -> None:
        """Ask the server for a token in a task; the dialog stays responsive and Cancel abandons it."""
        if self.task is not None:
            return
        url, username, password = (self.url_combo.currentText().strip(), self.username_edit.text().strip(),
                                   self.password_edit.text())
        for widget in (self.url_combo, self.username_edit, self.password_edit):
            widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.status_label.setText(tr("Signing in…"))
        task = CloudTask(tr("QFieldCloud sign-in"), lambda _task: account.request_token(url, username, password))
        task.taskCompleted.connect(lambda: self._signed_in(task, username))
        task.taskTerminated.connect(lambda: self._failed(task))
        self.task = task
        QgsApplication.taskManager().addTask(task)

    def reject(self) -> None:
        """Cancel: the pending request's answer is ignored."""
        if self.task is not None:
            self.task.cancel()
            self.task = None
        super().reject()

    def _signed_in(self, task: CloudTask, username: str) -> None:
        if task is not self.task:
            return
        self.task = None
        if task.isCanceled():  # cancelled from QGIS's task bar: store nothing
            super().reject()
            return
        base_url, answer = task.result
        try:
            self.user = account.store_sign_in(base_url, username, answer)
        except CloudError as error:
            self.error = error
            super().reject()
            return
        super().accept()

    def _failed(self, task: CloudTask) -> None:
        if task is not self.task:
            return
        self.task = None
        self.error = task.error
        super().reject()


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
        """Sign out when signed in (asks first), else ask for the account and sign in; True on success."""
        if self.is_signed_in():
            return self.sign_out()
        dialog = SignInDialog(self.parent_window)
        if dialog.exec_() != QDialog.Accepted:
            if dialog.error is not None:
                self.message(_error_text(dialog.error), Qgis.Critical)
            return False
        self.message(tr("Signed in to QFieldCloud as {user}.").format(user=dialog.user.get("username", "")),
                     Qgis.Success)
        return True

    def sign_out(self) -> bool:
        """Ask, then sign out here (the token stays valid on the server: QField and other programs stay
        signed in) or everywhere (QFieldCloud expires every token of the account, in a task)."""
        box = QMessageBox(QMessageBox.Question, tr("Sign out of QFieldCloud"),
                          tr("Sign out of QFieldCloud on this computer? QField and your other programs stay "
                             "signed in."), parent=self.parent_window)
        here = box.addButton(tr("Sign out here"), QMessageBox.AcceptRole)
        everywhere = box.addButton(tr("Sign out everywhere…"), QMessageBox.DestructiveRole)
        box.addButton(QMessageBox.Cancel)
        box.exec_()
        if box.clickedButton() is here:
            account.sign_out()
            self.message(tr("Signed out of QFieldCloud on this computer."), Qgis.Info)
            return True
        return box.clickedButton() is everywhere and self._sign_out_everywhere()

    def _sign_out_everywhere(self) -> bool:
        answer = QMessageBox.question(self.parent_window, tr("Sign out everywhere"),
                                      account.sign_out_everywhere_note() + "\n\n" + tr("Sign out everywhere?"),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return False
        try:
            client = signed_in_client()
        except CloudError as error:
            self.message(_error_text(error), Qgis.Critical)
            return False
        task = CloudTask(tr("QFieldCloud: sign out everywhere"), lambda _task: client.logout())
        task.taskCompleted.connect(lambda: self._signed_out_everywhere(task))
        task.taskTerminated.connect(lambda: self._ended_with_error(task))
        self._start(task)
        return True

    def _signed_out_everywhere(self, task: CloudTask) -> None:
        self.tasks.remove(task)
        account.sign_out()
        self.message(tr("Signed out of QFieldCloud everywhere: every program signed in as you must sign in again."),
                     Qgis.Info)

    def upload(self, project_file: str, force: bool = False) -> Optional[CloudTask]:
        """Check the project for the cloud, upload what changed, then watch the cloud's jobs.

        When the check finds problems (not an unreadable project), the user is asked whether to
        upload anyway (``force``)."""
        try:
            client = signed_in_client()  # reads the token from QgsAuthManager: main thread, no network
        except CloudError as error:
            self.message(_error_text(error), Qgis.Critical)
            return None
        folder = Path(project_file).parent
        link = links.linked_project(folder)
        task = upload_task(client, self.controller.runner(), folder, link["project_id"] if link else None,
                           Path(project_file).stem, force=force)
        task.taskCompleted.connect(lambda: self._uploaded(task, client, task.project_id, project_file))
        task.taskTerminated.connect(lambda: self._upload_refused_or_failed(task, project_file, force))
        self._start(task)
        return task

    def _start(self, task: CloudTask) -> None:
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)

    def _uploaded(self, task: CloudTask, client, project_id: str, project_file: str) -> None:
        self.tasks.remove(task)
        if task.isCanceled():  # cancelled (plugin unloading) after its last file: watch nothing
            return
        count, hidden = len(task.result.uploaded), task.result.skipped_hidden
        text = tr("Uploaded {count} file(s) to QFieldCloud; the cloud's jobs appear in the QField jobs panel.").format(
            count=count)
        if hidden:
            text += " " + tr("Hidden files were not uploaded: {names}").format(names=", ".join(hidden))
        self.message(text, Qgis.Success)
        label = links.folder_key(Path(project_file))
        poll = poll_task(client, self.controller.runner().store, project_id, label)
        poll.taskCompleted.connect(lambda: self.tasks.remove(poll))
        poll.taskTerminated.connect(lambda: self.tasks.remove(poll))
        self._start(poll)

    def _upload_refused_or_failed(self, task: CloudTask, project_file: str, forced: bool) -> None:
        if forced or task.error is None or task.error.code != CHECK_PROBLEMS:
            self._ended_with_error(task)
            return
        self.tasks.remove(task)
        answer = QMessageBox.question(self.parent_window, tr("Upload to QFieldCloud"),
                                      task.error.message + "\n\n" + tr("Upload anyway?"),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.upload(project_file, force=True)
        else:
            self.message(tr("Not uploaded: the check for the cloud found problems."), Qgis.Warning)

    def _ended_with_error(self, task: CloudTask) -> None:
        self.tasks.remove(task)
        if task.error is not None:
            self.message(_error_text(task.error), Qgis.Critical)

    def cancel_all(self) -> None:
        """Cancel uploads and job watching (on unload)."""
        for task in list(self.tasks):
            task.cancel()
