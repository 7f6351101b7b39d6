"""The QFieldCloud projects dialog: list, search, create, link, download, open, show jobs, delete.

Every network call runs in a :class:`CloudTask`; the dialog stays responsive and *Cancel* stops
the running one. The work is in ``core.cloud_sync.projects``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Dict, List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl, pyqtSignal
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                                 QLineEdit, QMessageBox, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout, QWidget)

from ..core.cloud import links
from ..core.cloud.client import CloudClient
from ..core.cloud.credentials import signed_in_as
from ..core.cloud.errors import CloudError
from ..core.cloud.projects import display_status
from ..core.cloud_sync import projects as cloud_projects
from ..core.i18n import tr
from ..tasks.cloud_tasks import CloudTask
from .cloud_project_forms import ConfirmDeleteDialog, CreateProjectDialog
from .formatting import time_text

Project = Dict[str, Any]


def error_text(error: CloudError) -> str:
    """A CloudError as one line for the user: the message and what to do."""
    return error.message + (f" → {error.hint}" if error.hint else "")


def _changed_at(project: Project) -> str:
    """When the project's data last changed (else the project itself), in local time."""
    moment = project.get("data_last_updated_at") or project.get("updated_at") or ""
    try:
        return time_text(moment)
    except ValueError:  # not an ISO time: show it as the server sent it
        return str(moment)


class CloudProjectsDialog(QDialog):
    """The signed-in user's cloud projects and what can be done with them."""

    showJobsRequested = pyqtSignal(str)  # the project id

    def __init__(self, client: CloudClient, open_project_folder: Callable[[], Optional[Path]],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("QFieldCloud projects"))
        self.resize(900, 480)
        self.client = client
        self.open_project_folder = open_project_folder
        self.projects: List[Project] = []
        self.task: Optional[CloudTask] = None
        who = signed_in_as()
        self.account_label = QLabel(tr("Signed in as {user} on {url}").format(
            user=who.username if who else "?", url=who.url if who else client.base_url))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Search projects…"))
        self.search_edit.textChanged.connect(self._filter)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Owner"), tr("Role"), tr("Status"), tr("Last change"),
                                              tr("Local folder")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.buttons: Dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (("refresh", tr("Refresh"), self.refresh), ("create", tr("Create…"), self.create),
                                ("link", tr("Link the open project"), self.link_open_project),
                                ("download", tr("Download…"), self.choose_and_download),
                                ("open", tr("Open local folder"), self.open_folder),
                                ("jobs", tr("Show jobs"), self.show_jobs), ("delete", tr("Delete…"), self.delete),
                                ("cancel", tr("Cancel"), self.cancel_task), ("close", tr("Close"), self.reject)):
            button = QPushButton(text)
            button.setObjectName(f"cloud_projects_{key}")
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[key] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.account_label, self.search_edit, self.table):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        self._update_buttons()

    # -- tasks ------------------------------------------------------------------------------
    def _run(self, description: str, work, done: Callable[[Any], None]) -> CloudTask:
        task = CloudTask(description, work)
        task.taskCompleted.connect(lambda: self._ended(task, done))
        task.taskTerminated.connect(lambda: self._ended(task, None))
        self.task = task
        self.status_label.setText(description)
        self._update_buttons()
        QgsApplication.taskManager().addTask(task)
        return task

    def _ended(self, task: CloudTask, done: Optional[Callable[[Any], None]]) -> None:
        if task is not self.task:
            return
        self.task = None
        self.progress.hide()
        if task.isCanceled():
            self.status_label.setText(tr("Cancelled."))
        elif done is None:
            self.status_label.setText(error_text(task.error) if task.error else tr("Failed."))
        else:
            self.status_label.setText("")
            done(task.result)
        self._update_buttons()

    def cancel_task(self) -> None:
        """Cancel the running request (its answer is ignored)."""
        if self.task is not None:
            self.task.cancel()

    def reject(self) -> None:
        """Close; a running request is cancelled."""
        self.cancel_task()
        super().reject()

    # -- list -------------------------------------------------------------------------------
    def refresh(self, note: str = "") -> CloudTask:
        """Fetch the project list in a task; ``note`` is shown once it is there."""
        return self._run(tr("Loading the projects…"), lambda _task: cloud_projects.projects_with_folders(self.client),
                         lambda projects: self._show_projects(projects, note))

    def _show_projects(self, projects: List[Project], note: str = "") -> None:
        self.projects = sorted(projects, key=lambda p: (p.get("owner", ""), p.get("name", "").lower()))
        self.table.setRowCount(len(self.projects))
        for row, project in enumerate(self.projects):
            values = (project.get("name", ""), project.get("owner", ""), project.get("user_role", ""),
                      display_status(project), _changed_at(project), project.get("local_folder", ""))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self._filter()
        self.status_label.setText(note or tr("{count} project(s).").format(count=len(self.projects)))

    def _filter(self) -> None:
        needle = self.search_edit.text().strip().lower()
        for row, project in enumerate(self.projects):
            text = " ".join(str(project.get(k, "")) for k in ("name", "owner", "description")).lower()
            self.table.setRowHidden(row, bool(needle) and needle not in text)

    def visible_names(self) -> List[str]:
        """The names of the projects the search shows."""
        return [p["name"] for row, p in enumerate(self.projects) if not self.table.isRowHidden(row)]

    def select_project(self, name: str) -> None:
        """Select the row of the project named ``name``."""
        self.table.selectRow(next(row for row, p in enumerate(self.projects) if p["name"] == name))

    def selected(self) -> Optional[Project]:
        """The selected project."""
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return self.projects[rows[0]] if rows and rows[0] < len(self.projects) else None

    def _update_buttons(self) -> None:
        project, idle = self.selected(), self.task is None
        for key in ("refresh", "create"):
            self.buttons[key].setEnabled(idle)
        for key in ("link", "download", "delete"):
            self.buttons[key].setEnabled(idle and project is not None)
        self.buttons["open"].setEnabled(project is not None and bool(project.get("local_folder")))
        self.buttons["jobs"].setEnabled(project is not None)
        self.buttons["cancel"].setEnabled(not idle)

    # -- actions ----------------------------------------------------------------------------
    def create(self) -> Optional[CloudTask]:
        """Ask for name, description and private, then create the project in a task."""
        who = signed_in_as()
        dialog = CreateProjectDialog(self.projects, who.username if who else "", parent=self)
        if dialog.exec_() != QDialog.Accepted:
            return None
        name, description, private = dialog.name(), dialog.description_edit.text(), dialog.private_check.isChecked()
        return self._run(tr("Creating {name}…").format(name=name),
                         lambda _task: cloud_projects.create_linked_project(self.client, None, name, None, description,
                                                                            private),
                         lambda _project: self.refresh())

    def link_open_project(self) -> None:
        """Link the open project's folder to the selected cloud project."""
        project, folder = self.selected(), self.open_project_folder()
        if project is None:
            return
        if folder is None:
            self.status_label.setText(tr("Save the project first: the link is kept for its folder."))
            return
        current = links.linked_project(folder)
        if current and current["project_id"] != project["id"] and QMessageBox.question(
                self, tr("Link the open project"),
                tr("{folder} is linked to the cloud project {old}. Link it to {new} instead?").format(
                    folder=folder, old=current.get("name") or current["project_id"], new=project["name"]),
                QMessageBox.Yes | QMessageBox.No, QMessageBox.No) != QMessageBox.Yes:
            return
        cloud_projects.link_existing(self.client, folder, project)
        self.refresh(tr("{folder} is now linked to {name}.").format(folder=folder, name=project["name"]))

    def choose_and_download(self) -> Optional[CloudTask]:
        """Ask for a folder, then download the selected project into it."""
        project = self.selected()
        if project is None:
            return None
        folder = QFileDialog.getExistingDirectory(self, tr("Download {name} into").format(name=project["name"]))
        return self.download(project, Path(folder)) if folder else None

    def download(self, project: Project, folder: Path) -> CloudTask:
        """Download ``project`` into ``folder`` in a task (progress per file, cancellable)."""
        self.progress.setValue(0)
        self.progress.show()

        def work(task: CloudTask):
            def on_file(index: int, count: int, _name: str) -> None:
                task.setProgress(100.0 * index / max(1, count))

            return cloud_projects.download_into(self.client, project, folder, on_file, task.isCanceled)

        task = self._run(tr("Downloading {name}…").format(name=project["name"]), work, lambda result: self.refresh(
            tr("Downloaded {count} file(s) into {folder}.").format(count=len(result.downloaded), folder=folder)))
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        return task

    def open_folder(self) -> None:
        """Open the selected project's linked local folder in the file manager."""
        project = self.selected()
        if project and project.get("local_folder"):
            QDesktopServices.openUrl(QUrl.fromLocalFile(project["local_folder"]))

    def show_jobs(self) -> None:
        """Ask the plugin to show the selected project's cloud jobs in the dock."""
        project = self.selected()
        if project is not None:
            self.showJobsRequested.emit(project["id"])

    def delete(self) -> Optional[CloudTask]:
        """Delete the selected project once its name is typed."""
        project = self.selected()
        if project is None or ConfirmDeleteDialog(project["name"], self).exec_() != QDialog.Accepted:
            return None
        return self._run(tr("Deleting {name}…").format(name=project["name"]),
                         lambda _task: cloud_projects.delete_project(self.client, project["id"]),
                         lambda _result: self.refresh())
