"""The cloud menu entries: projects dialog, upload (asks create-or-link for an unlinked project),
synchronize, apply the cloud's pending changes here; the cloud's jobs are then shown in the dock.

Only wiring: the work is in ``core.cloud_sync``; every network call runs in a :class:`CloudTask`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtWidgets import QDialog, QMessageBox

from ..core.cloud import credentials, links
from ..core.cloud.client import CloudClient
from ..core.cloud.download import files_being_edited
from ..core.cloud_sync.deltas_pull import APPLIED_ALL, NOTHING_PENDING, pull_deltas
from ..core.cloud_sync.mirror import mirror_jobs
from ..core.cloud_sync.projects import link_existing, projects_with_folders
from ..core.cloud_sync.synchronize import synchronize
from ..core.cloud_sync.upload import CHECK_PROBLEMS
from ..core.i18n import tr
from ..core.jobs.job import CLOUD
from ..tasks.cloud_tasks import CloudTask, poll_task, upload_task
from .cloud_dialogs import CloudAccount
from .cloud_project_forms import UploadTargetDialog
from .cloud_projects import CloudProjectsDialog


def _open_project_folder() -> Optional[Path]:
    """The folder of the open, saved project (None when it was never saved)."""
    project_file = QgsProject.instance().fileName()
    return Path(project_file).parent if project_file else None


class CloudActions(CloudAccount):
    """The slots behind the cloud menu entries and the dock's cloud buttons."""

    dock = None  # the jobs dock, set by the plugin
    projects_dialog: Optional[CloudProjectsDialog] = None
    target_dialog: Optional[UploadTargetDialog] = None

    # -- projects dialog --------------------------------------------------------------------
    def show_projects(self) -> Optional[CloudProjectsDialog]:
        """Open the QFieldCloud projects dialog (signing in first when needed); it loads the list itself."""
        client = self.client()
        if client is None:
            return None
        self.close_projects()  # one projects dialog, for the account signed in now
        dialog = CloudProjectsDialog(client, _open_project_folder, self.parent_window)
        dialog.showJobsRequested.connect(lambda project_id: self.show_jobs(client, project_id, self._show_in_dock))
        self.projects_dialog = dialog
        dialog.show()
        dialog.refresh()
        return dialog

    def _show_in_dock(self, project_id: str) -> None:
        """Show the dock with the newest mirrored job of ``project_id`` selected."""
        self.dock.show()
        self.dock.raise_()
        self.dock.refresh()
        jobs = [j for j in self.controller.runner().store.list(origin=CLOUD) if j.cloud_project_id == project_id]
        if jobs:
            self.dock.select_job(jobs[0].id)

    def close_projects(self) -> None:
        """Close the projects dialog (its running request is cancelled)."""
        if self.projects_dialog is not None:
            self.projects_dialog.reject()
            self.projects_dialog = None

    def cancel_all(self) -> None:
        """Close the projects dialog, cancel uploads and job watching (on unload)."""
        self.close_projects()
        super().cancel_all()

    def show_jobs(self, client: CloudClient, project_id: str, show: Callable[[str], None]) -> CloudTask:
        """Copy the project's cloud jobs into the job history (in a task), then ``show(project_id)`` them."""
        store, label = self.controller.runner().store, links.project_label(project_id)
        task = CloudTask(tr("QFieldCloud: list jobs"), lambda _task: mirror_jobs(client, store, project_id, label))
        task.taskCompleted.connect(lambda: (self.tasks.remove(task), show(project_id)))
        task.taskTerminated.connect(lambda: self._ended_with_error(task))
        self._start(task)
        return task

    def watch(self, client: CloudClient, project_id: str) -> CloudTask:
        """Follow the project's cloud jobs in the job history until none is running (in a task)."""
        poll = poll_task(client, self.controller.runner().store, project_id, links.project_label(project_id))
        poll.taskCompleted.connect(lambda: self.tasks.remove(poll))
        poll.taskTerminated.connect(lambda: self._ended_with_error(poll))
        self._start(poll)
        return poll

    # -- upload -----------------------------------------------------------------------------
    def upload(self, project_file: str, force: bool = False, new_name: str = "") -> Optional[CloudTask]:
        """Check the project for the cloud, upload what changed, then watch the cloud's jobs.

        An unlinked project asks first: create a new cloud project (created only after the check
        passed) or link to an existing one. When the check finds problems (not an unreadable
        project), the user is asked whether to upload anyway (``force``)."""
        client = self.client()
        if client is None:
            return None
        folder = Path(project_file).parent
        link = links.linked_project(folder)
        if link is None and not new_name:
            return self._ask_target(client, project_file, lambda: self.upload(project_file, force))
        task = upload_task(client, self.controller.runner(), folder, link["project_id"] if link else None,
                           new_name, force=force)
        task.taskCompleted.connect(lambda: self._uploaded(task, client, project_file))
        task.taskTerminated.connect(lambda: self._refused_or_failed(
            task, lambda: self.upload(project_file, True, new_name), force))
        self._start(task)
        return task

    def _ask_target(self, client: CloudClient, project_file: str, then_upload: Callable[[], object]) -> CloudTask:
        """Load the project list (task), then ask create-or-link; link now or upload creating the project."""
        def chosen(task: CloudTask) -> None:
            self.tasks.remove(task)
            who = credentials.signed_in_as()
            dialog = UploadTargetDialog(task.result, who.username if who else "", Path(project_file).stem,
                                        self.parent_window)
            self.target_dialog = dialog
            accepted = dialog.exec_() == QDialog.Accepted
            self.target_dialog = None
            if not accepted:
                self.message(tr("Not uploaded: no cloud project was chosen."), Qgis.Info)
            elif dialog.chosen_project() is not None:
                link_existing(client, Path(project_file).parent, dialog.chosen_project())
                then_upload()
            else:
                self.upload(project_file, new_name=dialog.name())

        task = CloudTask(tr("QFieldCloud: list projects"), lambda _task: projects_with_folders(client))
        task.taskCompleted.connect(lambda: chosen(task))
        task.taskTerminated.connect(lambda: self._ended_with_error(task))
        self._start(task)
        return task

    def _uploaded(self, task: CloudTask, client: CloudClient, project_file: str) -> None:
        self.tasks.remove(task)
        if task.isCanceled():  # cancelled (plugin unloading) after its last file: watch nothing
            return
        count, hidden = len(task.result.uploaded), task.result.skipped_hidden
        text = tr("Uploaded {count} file(s) to QFieldCloud; the cloud's jobs appear in the QField jobs panel.").format(
            count=count)
        if hidden:
            text += " " + tr("Hidden files were not uploaded: {names}").format(names=", ".join(hidden))
        self.message(text, Qgis.Success)
        self.watch(client, task.project_id)

    def _refused_or_failed(self, task: CloudTask, again_forced: Callable[[], object], forced: bool) -> None:
        if forced or task.error is None or task.error.code != CHECK_PROBLEMS:
            self._ended_with_error(task)
            return
        self.tasks.remove(task)
        answer = QMessageBox.question(self.parent_window, tr("Upload to QFieldCloud"),
                                      task.error.message + "\n\n" + tr("Upload anyway?"),
                                      QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            again_forced()
        else:
            self.message(tr("Not uploaded: the check for the cloud found problems."), Qgis.Warning)

    # -- synchronize ------------------------------------------------------------------------
    def synchronize(self, project_file: str, force: bool = False) -> Optional[CloudTask]:
        """Upload what changed here, then download what the cloud changed (backups kept); an
        unlinked project asks create-or-link first, as the upload does."""
        client = self.client()
        if client is None:
            return None
        folder = Path(project_file).parent
        link = links.linked_project(folder)
        if link is None:
            return self._ask_target(client, project_file, lambda: self.synchronize(project_file, force))
        editing = files_being_edited(QgsProject.instance())
        runner = self.controller.runner()

        def work(task: CloudTask):
            return synchronize(client, runner, link["project_id"], folder, force, editing,
                               is_cancelled=task.isCanceled)

        task = CloudTask(tr("QFieldSync+: synchronize {folder}").format(folder=folder.name), work)
        task.taskCompleted.connect(lambda: self._synchronized(task, client))
        task.taskTerminated.connect(lambda: self._refused_or_failed(
            task, lambda: self.synchronize(project_file, True), force))
        self._start(task)
        return task

    def _synchronized(self, task: CloudTask, client: CloudClient) -> None:
        self.tasks.remove(task)
        result = task.result
        text = tr("Synchronized with QFieldCloud: {up} file(s) uploaded, {down} downloaded ({backups} backup(s) "
                  "kept).").format(up=len(result.uploaded.uploaded), down=len(result.downloaded.downloaded),
                                   backups=len(result.downloaded.backups))
        if result.downloaded.skipped_editing:
            text += " " + tr("Not replaced while being edited: {names}").format(
                names=", ".join(result.downloaded.skipped_editing))
        if result.conflicts:
            text += " " + tr("Changed both here and in the cloud, left as they are on both sides: {names}").format(
                names=", ".join(result.conflicts))
        self.message(text, Qgis.Warning if result.conflicts else Qgis.Success)
        self.watch(client, result.project_id)

    # -- apply the cloud's pending changes here ---------------------------------------------
    def pull_changes(self, project_file: str) -> Optional[CloudTask]:
        """Apply the cloud project's pending changes (deltas) to the local project, as a local delta_apply."""
        link = links.linked_project(Path(project_file).parent)
        if link is None:
            self.message(tr("This project is not linked to a QFieldCloud project: upload it or link it in the "
                            "QFieldCloud projects dialog first."), Qgis.Warning)
            return None
        client = self.client()
        if client is None:
            return None
        runner = self.controller.runner()
        task = CloudTask(tr("QFieldSync+: apply the cloud's pending changes"), lambda task: pull_deltas(
            client, runner, link["project_id"], Path(project_file), on_progress=task.setProgress,
            is_cancelled=task.isCanceled))
        task.taskCompleted.connect(lambda: self._pulled(task))
        task.taskTerminated.connect(lambda: self._ended_with_error(task))
        self._start(task)
        return task

    def _pulled(self, task: CloudTask) -> None:
        self.tasks.remove(task)
        result = task.result
        if result.outcome == NOTHING_PENDING:
            self.message(tr("QFieldCloud has no pending changes for this project."), Qgis.Info)
        elif result.outcome == APPLIED_ALL:
            self.message(tr("Applied {count} pending change(s) from QFieldCloud.").format(count=len(result.deltas)),
                         Qgis.Success)
        else:
            self.message(tr("The cloud's pending changes were not all applied: {error} See the QField jobs panel.")
                         .format(error=result.error or result.skipped_reason or ""), Qgis.Warning)


