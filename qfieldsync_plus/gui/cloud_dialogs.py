"""QFieldCloud in the desktop: the sign-in dialog, signing in and out (the cloud actions are in cloud_actions.py).

Only wiring: the work is in ``core.cloud_sync`` (the use cases the CLI and Processing share).
Every network call runs in a QgsTask, sign-in's included; the token is read from and stored in
QgsAuthManager on the main thread.
"""

from __future__ import annotations

from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QWidget

from ..core.cloud import account, credentials
from ..core.cloud.client import CloudClient
from ..core.cloud.errors import NOT_SIGNED_IN, CloudError
from ..core.cloud.session import signed_in_client
from ..core.i18n import tr
from ..tasks.cloud_tasks import CloudTask
from ..tasks.controller import JobController
from .cloud_projects import error_text as _error_text

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
        self.entered_url = url
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
        credentials.remember_entered_url(self.entered_url)
        super().accept()

    def _failed(self, task: CloudTask) -> None:
        """The server refused or could not be reached: say why and keep the dialog open to try again."""
        if task is not self.task:
            return
        self.task = None
        if task.isCanceled():
            super().reject()
            return
        self.error = task.error
        self.status_label.setText(_error_text(task.error) if task.error else tr("Sign-in failed."))
        for widget in (self.url_combo, self.username_edit, self.password_edit):
            widget.setEnabled(True)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(True)
        self.password_edit.setFocus()


class CloudAccount(QObject):
    """Sign in and out; a signed-in client for the cloud actions (the sign-in dialog opens when needed)."""

    signInChanged = pyqtSignal()

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
        return self.sign_out() if self.is_signed_in() else self.sign_in()

    def sign_in(self) -> bool:
        """Ask for the account and sign in (in a task); True on success."""
        dialog = SignInDialog(self.parent_window)
        if dialog.exec_() != QDialog.Accepted:
            if dialog.error is not None:
                self.message(_error_text(dialog.error), Qgis.Critical)
            return False
        self.message(tr("Signed in to QFieldCloud as {user}.").format(user=dialog.user.get("username", "")),
                     Qgis.Success)
        self.signInChanged.emit()
        return True

    def sign_in_text(self) -> str:
        """The menu entry's text: "Sign in…" or "Signed in as NAME — Sign out"."""
        who = credentials.signed_in_as()
        if who is None:
            return tr("Sign in to QFieldCloud…")
        return tr("Signed in as {user} — Sign out").format(user=who.username)

    def client(self) -> Optional[CloudClient]:
        """A signed-in client; when signed out, the sign-in dialog opens first. None when that fails."""
        for attempt in range(2):
            try:
                return signed_in_client()  # reads the token from QgsAuthManager: main thread, no network
            except CloudError as error:
                if error.kind != NOT_SIGNED_IN or attempt or not self.sign_in():
                    self.message(_error_text(error), Qgis.Critical)
                    return None
        return None

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
            self.signInChanged.emit()
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
        self.signInChanged.emit()
        self.message(tr("Signed out of QFieldCloud everywhere: every program signed in as you must sign in again."),
                     Qgis.Info)

    def _start(self, task: CloudTask) -> None:
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)

    def _ended_with_error(self, task: CloudTask) -> None:
        self.tasks.remove(task)
        if task.error is not None:
            self.message(_error_text(task.error), Qgis.Critical)

    def cancel_all(self) -> None:
        """Cancel uploads and job watching (on unload)."""
        for task in list(self.tasks):
            task.cancel()
