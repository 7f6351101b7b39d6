"""The QGIS desktop plugin: menu, toolbar, dock, configuration pages and Processing provider.

This is the only module that gets ``iface``. It wires actions to the job controller; every job
runs through :class:`JobRunner` in a child process, shown in the "QField jobs" dock.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from qgis.PyQt.QtWidgets import (
    QAction, QDialog, QDialogButtonBox, QFileDialog, QMenu, QPushButton, QToolBar, QVBoxLayout,
)

from .core.i18n import tr
from .core.jobs.errors import JobError
from .core.jobs.job import DELTA_APPLY, FINISHED, PACKAGE, PROCESS_PROJECTFILE, STOPPED, SYNC, Job
from .core.packaging.output import validate_output_dir
from .core.qfieldsync_config import read_project_settings
from .core.runner.store_file import StoreError
from .core.sync.identity import adopt_saved_project_id
from .gui.editing_guard import refusal_for_deltafile, refusal_for_project
from .gui.icons import icon
from .gui.formatting import feedback_text, problem_findings
from .gui.jobs_model import problem_layers
from .gui.sync_details import sync_note, sync_totals
from .gui.sync_source import keep_imported_checksums, remember_device
from .processing.provider import QFieldSyncPlusProvider
from .settings import load_settings, make_runner
from .tasks.auto_check import AutoCheck
from .tasks.controller import JobController, offers_backup
from .tasks.job_task import job_label

PLUGIN_DIR = Path(__file__).resolve().parent
MENU_OBJECT_NAME = "QFieldSyncPlusMenu"
TOOLBAR_OBJECT_NAME = "QFieldSyncPlusToolbar"


def install_translator() -> Optional[QTranslator]:
    """Load the compiled translation for the QGIS user locale, if there is one."""
    settings = QgsSettings()
    override = settings.value("locale/overrideFlag", False) in (True, "true")
    locale = str((settings.value("locale/userLocale", "") if override else "") or QLocale().name())[:2]
    qm_file = PLUGIN_DIR / "i18n" / f"qfieldsync_plus_{locale}.qm"
    if not locale or not qm_file.is_file():
        return None
    translator = QTranslator()
    if not translator.load(str(qm_file)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def job_outcome(job: Job) -> Tuple[str, int]:
    """A one-line message and message-bar level for an ended job."""
    name = job_label(job.type)
    if job.status == STOPPED:
        return tr("{job} was cancelled.").format(job=name), Qgis.Info
    if job.status != FINISHED:
        error = feedback_text(job.feedback, "error") or job.error or job.status
        return tr("{job} failed: {error}").format(job=name, error=error), Qgis.Critical
    if job.type == SYNC:
        totals = sync_totals(job.feedback)
        if totals["conflicts"] or totals["file_conflicts"]:
            return tr("{job} finished with conflicts: {note}. See the QField jobs panel.").format(
                job=name, note=sync_note(job.feedback)), Qgis.Warning
        return tr("{job} finished: {note}.").format(job=name, note=sync_note(job.feedback)), Qgis.Success
    findings = len(problem_findings(job.feedback))
    if findings:
        return tr("{job} finished with {count} finding(s) to look at, see the QField jobs panel.").format(
            job=name, count=findings), Qgis.Warning
    bad = problem_layers(job)
    if bad:
        return tr("{job} finished: {bad} layer(s) with problems, see the QField jobs panel.").format(
            job=name, bad=bad), Qgis.Warning
    return tr("{job} finished.").format(job=name), Qgis.Success


def _package_dir_key(project_file: str) -> str:
    return "qfieldsync_plus/package_dirs/" + hashlib.sha1(str(Path(project_file).resolve()).encode()).hexdigest()


def default_package_dir(project_file: str) -> Path:
    """Where to suggest the package: this project's last package folder, else next to the last package, else
    ~/QField/export (QFieldSync's default)."""
    remembered = QgsSettings().value(_package_dir_key(project_file), "")
    if remembered:
        return Path(remembered)
    parent = QgsSettings().value("qfieldsync_plus/last_package_parent", "") or str(Path.home() / "QField" / "export")
    return Path(parent) / Path(project_file).stem


class QFieldSyncPlusPlugin:
    """Created by ``classFactory``; ``iface`` is None under ``qgis_process`` (Processing only)."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translator = install_translator()
        self.provider: Optional[QFieldSyncPlusProvider] = None
        self.controller: Optional[JobController] = None
        self.auto_check: Optional[AutoCheck] = None
        self.menu: Optional[QMenu] = None
        self.toolbar: Optional[QToolBar] = None
        self.dock = None
        self.cloud = None
        self.actions: List[QAction] = []

    # Processing -----------------------------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 (QGIS plugin API)
        """Register the Processing provider (also called by qgis_process)."""
        if self.provider is None:
            self.provider = QFieldSyncPlusProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # Desktop --------------------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 (QGIS plugin API)
        """Create menu, toolbar, dock, configuration pages; start the auto-check."""
        self.initProcessing()
        self.controller = JobController(make_runner)
        self.controller.jobEnded.connect(self._report_job_end)
        self.controller.storeFailed.connect(lambda text: self.message(text, Qgis.Critical))
        self.check_action = self._action("check", tr("Check project"), self.check_project)
        self.package_action = self._action("package", tr("Package for QField"), self.package_project)
        self.apply_action = self._action("apply", tr("Apply changes…"), self.choose_and_apply_deltas)
        self.sync_action = self._action("sync", tr("Synchronize from QField…"), self.choose_and_sync)
        self.jobs_action = self._action("jobs", tr("Jobs panel"), self.toggle_dock)
        self.jobs_action.setCheckable(True)
        self.settings_action = self._action("settings", tr("Settings…"), self.show_settings)
        self.configure_action = self._action("plugin", tr("QField project configuration…"), self.configure_project)
        from .gui.cloud_actions import CloudActions  # the cloud client loads with the desktop only

        self.cloud = CloudActions(self.controller, self.message, self.iface.mainWindow())
        self.projects_action = self._action("cloud_projects", tr("QFieldCloud projects…"), self.show_cloud_projects)
        self.upload_action = self._action("upload", tr("Upload to QFieldCloud"), self.upload_to_cloud)
        self.cloud_sync_action = self._action("cloud_sync", tr("Synchronize with QFieldCloud"),
                                              self.synchronize_with_cloud)
        self.pull_action = self._action("pull", tr("Apply the cloud's pending changes here"), self.pull_cloud_changes)
        self.sign_in_action = self._action("signin", self.cloud.sign_in_text(), self.cloud.sign_in_or_out)
        self.cloud.signInChanged.connect(lambda: self.sign_in_action.setText(self.cloud.sign_in_text()))
        self._build_menu_and_toolbar()
        self._build_dock()
        self._register_pages()
        self.auto_check = AutoCheck(self.controller, lambda: load_settings().check_on_save)
        self._recover_interrupted_runs()

    def _recover_interrupted_runs(self) -> None:
        """Finish or roll back the delta runs killed midway (recovery jobs run as tasks, in their child)."""
        try:
            self.controller.recover_interrupted_runs()
        except (StoreError, OSError) as error:  # the job store is unusable now: the next delta_apply recovers
            self.message(str(error), Qgis.Warning)

    def _action(self, icon_name: str, text: str, slot) -> QAction:
        action = QAction(icon(icon_name), text, self.iface.mainWindow())
        action.setObjectName(f"qfieldsync_plus_{icon_name}")
        action.triggered.connect(lambda _checked=False: slot())
        self.actions.append(action)
        return action

    def _build_menu_and_toolbar(self) -> None:
        menu_bar = self.iface.mainWindow().menuBar()
        self.menu = QMenu(tr("QFieldSync+"), menu_bar)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        for action in (self.check_action, self.package_action, self.sync_action, self.apply_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.projects_action, self.upload_action, self.cloud_sync_action, self.pull_action,
                       self.sign_in_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.jobs_action)
        self.menu.addAction(self.configure_action)
        self.menu.addAction(self.settings_action)
        help_menu = next((a for a in menu_bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.toolbar = QToolBar(tr("QFieldSync+"), self.iface.mainWindow())
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        for action in (self.check_action, self.package_action, self.sync_action, self.apply_action,
                       self.projects_action, self.upload_action, self.cloud_sync_action, self.jobs_action):
            self.toolbar.addAction(action)
        self.iface.addToolBar(self.toolbar)

    def _build_dock(self) -> None:
        from .gui.jobs_dock import JobsDock

        self.dock = JobsDock(self.controller, [self.check_action, self.package_action, self.sync_action,
                                               self.apply_action, self.projects_action, self.upload_action,
                                               self.cloud_sync_action, self.pull_action], self.iface.mainWindow(),
                             canvas=self.iface.mapCanvas())
        self.dock.messageRequested.connect(lambda text, level: self.message(text, Qgis.MessageLevel(level)))
        self.dock.visibilityChanged.connect(self.jobs_action.setChecked)
        self.iface.addDockWidget(Qt.BottomDockWidgetArea, self.dock)
        self.cloud.dock = self.dock
        self.dock.hide()

    def _register_pages(self) -> None:
        from .gui.layer_page import LayerActionsPageFactory
        from .gui.project_page import ProjectSettingsPageFactory
        from .gui.settings_page import SettingsPageFactory

        self.layer_factory = LayerActionsPageFactory()
        self.project_factory = ProjectSettingsPageFactory(self.iface.mapCanvas())
        self.options_factory = SettingsPageFactory(self.settings_changed)
        self.iface.registerMapLayerConfigWidgetFactory(self.layer_factory)
        self.iface.registerProjectPropertiesWidgetFactory(self.project_factory)
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def unload(self) -> None:
        """Remove everything initGui and initProcessing added; cancel running jobs."""
        if self.auto_check is not None:
            self.auto_check.stop()
            self.auto_check = None
        if self.controller is not None:
            self.controller.cancel_all()
        if self.cloud is not None:
            self.cloud.cancel_all()
            self.cloud.deleteLater()
            self.cloud = None
        if self.iface is not None and self.menu is not None:
            self.iface.unregisterMapLayerConfigWidgetFactory(self.layer_factory)
            self.iface.unregisterProjectPropertiesWidgetFactory(self.project_factory)
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.dock.stop()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            for action in self.actions:
                action.deleteLater()
            self.actions, self.menu, self.toolbar, self.dock = [], None, None, None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # Actions --------------------------------------------------------------------------------
    def message(self, text: str, level=Qgis.Info) -> None:
        """Show ``text`` in the QGIS message bar."""
        self.iface.messageBar().pushMessage(tr("QFieldSync+"), text, level, 8)

    def _report_job_end(self, job_id: str) -> None:
        """Tell the user in the message bar how a job ended."""
        try:
            job = self.controller.runner().store.get(job_id)
        except StoreError:
            return  # the task reported it (storeFailed)
        if job is None:
            return
        text, level = job_outcome(job)
        if offers_backup(job):
            self._offer_backup(job, text)
        else:
            self.message(text, level)
        if job.type == SYNC and job.status == FINISHED:
            self._follow_sync(job)
        if job.type == PACKAGE and job.status == FINISHED:  # a later save from here keeps the package's identity
            adopt_saved_project_id(QgsProject.instance(), job.project)

    def _offer_backup(self, job: Job, text: str) -> None:
        """The refusal of a package folder, with a button that packages again with a backup of the folder."""
        bar = self.iface.messageBar()
        item = bar.createMessage(tr("QFieldSync+"), text)
        button = QPushButton(tr("Back up the folder and package"), item)
        button.setObjectName("qfieldsync_plus_backup_and_package")

        def backup_and_package() -> None:
            bar.popWidget(item)
            submission = self.controller.backup_and_package(job)
            if submission.job is None:
                self.message(submission.skipped_reason or "", Qgis.Warning)
            else:
                self.dock.show()

        button.clicked.connect(backup_and_package)
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.Critical, 0)

    def _follow_sync(self, job: Job) -> None:
        """A sync of a QFieldSync package saved the imported-files list: the open project takes it over."""
        project = QgsProject.instance()
        if project.fileName() and Path(project.fileName()).resolve() == Path(job.project).resolve() \
                and keep_imported_checksums(project):
            self.message(tr("The synchronization recorded the imported device folder in the project file; the open "
                            "project has it too now: save the project to keep it."), Qgis.Info)

    def _saved_project(self) -> Optional[str]:
        project_file = QgsProject.instance().fileName()
        if not project_file:
            self.message(tr("Save the project first: jobs work on the project file."), Qgis.Warning)
            return None
        if QgsProject.instance().isDirty():
            self.message(tr("The project has unsaved changes; the job uses the saved file."), Qgis.Info)
        return project_file

    def _start(self, job_type: str, params: Optional[dict] = None, project_file: Optional[str] = None) -> Optional[str]:
        project_file = project_file or self._saved_project()
        if project_file is None:
            return None
        submission = self.controller.start(job_type, project_file, params)
        if submission.job is None:
            self.message(submission.skipped_reason or "", Qgis.Warning)
            return None
        self.dock.show()
        self.dock.raise_()
        return submission.job.id

    def check_project(self) -> Optional[str]:
        """Run process_projectfile on the saved project; returns the job id."""
        return self._start(PROCESS_PROJECTFILE, {"target": "local"})

    def package_project(self) -> Optional[str]:
        """Ask for the package folder, then run package (cable mode); returns the job id."""
        project_file = self._saved_project()
        if project_file is None:
            return None
        suggested = default_package_dir(project_file)
        try:  # the dialog can only open a folder that exists
            suggested.mkdir(parents=True, exist_ok=True)
        except OSError:
            suggested = suggested.parent
        dialog = QFileDialog(self.iface.mainWindow(), tr("Choose the folder for the QField package"), str(suggested))
        dialog.setFileMode(QFileDialog.Directory)
        dialog.setOption(QFileDialog.ShowDirsOnly, True)
        chosen = dialog.selectedFiles() if dialog.exec_() == QDialog.Accepted else []
        return self.package_into(chosen[0]) if chosen else None

    def package_into(self, package_dir: str) -> Optional[str]:
        """Run package (cable mode, the project's area-of-interest option) into ``package_dir``.

        A folder the package cannot go into (inside the project folder, a file, ...) is refused before
        anything starts; what the folder holds is the job's to check (its refusal offers a backup). An
        accepted folder is remembered for this project."""
        project_file = self._saved_project()
        if project_file is None:
            return None
        try:
            validate_output_dir(Path(package_dir).resolve(), Path(project_file).resolve().parent)
        except JobError as err:
            self.message(f"{err} {err.hint}".strip(), Qgis.Warning)
            return None
        only_aoi = read_project_settings(QgsProject.instance()).only_aoi
        QgsSettings().setValue("qfieldsync_plus/last_package_parent", str(Path(package_dir).parent))
        QgsSettings().setValue(_package_dir_key(project_file), str(package_dir))
        return self._start(PACKAGE, {"mode": "cable", "package_dir": package_dir, "aoi_only": only_aoi}, project_file)

    def choose_and_apply_deltas(self) -> Optional[str]:
        """Ask for a deltafile, then apply it."""
        dialog = QFileDialog(self.iface.mainWindow(), tr("Choose a QField deltafile"), "", tr("Deltafiles (*.json)"))
        dialog.setFileMode(QFileDialog.ExistingFile)
        chosen = dialog.selectedFiles() if dialog.exec_() == QDialog.Accepted else []
        return self.apply_deltas(chosen[0]) if chosen else None

    def apply_deltas(self, deltafile: str) -> Optional[str]:
        """Run delta_apply with ``deltafile``, unless a layer it changes is being edited; returns the job id."""
        project_file = self._saved_project()
        refusal = refusal_for_deltafile(project_file, deltafile) if project_file else None
        if refusal:
            self.message(refusal, Qgis.Warning)
            return None
        return self._start(DELTA_APPLY, {"deltafile": deltafile})

    def choose_and_sync(self) -> Optional[str]:
        """Ask for the device folder or zip (and options), then synchronize it into the project."""
        from .gui.sync_dialog import SyncDialog

        project_file = self._saved_project()
        if project_file is None:
            return None
        dialog = SyncDialog(project_file, self.iface.mainWindow())
        if dialog.exec_() != QDialog.Accepted:
            return None
        return self.sync_from(dialog.params())

    def sync_from(self, params: dict) -> Optional[str]:
        """Run a sync job with ``params`` (see ``gui.sync_source.sync_params``); returns the job id."""
        project_file = self._saved_project()
        refusal = refusal_for_project(project_file) if project_file else None
        if refusal:
            self.message(refusal, Qgis.Warning)
            return None
        job_id = self._start(SYNC, params)
        if job_id is not None:
            remember_device(project_file, params["device"])
        return job_id

    def upload_to_cloud(self):
        """Check the project for the cloud, upload what changed, and watch the cloud's jobs."""
        project_file = self._saved_project()
        if project_file is None:
            return None
        self.dock.show()
        return self.cloud.upload(project_file)

    def show_cloud_projects(self):
        """The QFieldCloud projects dialog (signs in first when needed)."""
        return self.cloud.show_projects()

    def synchronize_with_cloud(self):
        """Upload what changed here, then download what the cloud changed (backups kept)."""
        return self._on_saved_project(self.cloud.synchronize)

    def pull_cloud_changes(self):
        """Apply the linked cloud project's pending changes to the open project's data."""
        return self._on_saved_project(self.cloud.pull_changes)

    def _on_saved_project(self, cloud_action):
        project_file = self._saved_project()
        if project_file is None:
            return None
        self.dock.show()
        return cloud_action(project_file)

    def toggle_dock(self) -> None:
        """Show or hide the jobs dock."""
        self.dock.setVisible(not self.dock.isVisible())

    def show_settings(self) -> bool:
        """The settings page in a dialog; True when the user pressed OK."""
        from .gui.settings_page import SettingsPage

        dialog = QDialog(self.iface.mainWindow())
        dialog.setWindowTitle(tr("QFieldSync+ settings"))
        page = SettingsPage(self.settings_changed, dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(page)
        layout.addWidget(buttons)
        self.settings_dialog = dialog
        accepted = dialog.exec_() == QDialog.Accepted
        if accepted:
            page.apply()
        self.settings_dialog = None
        return accepted

    def configure_project(self) -> bool:
        """The QField project configuration dialog; True when the user pressed OK (settings written)."""
        from .gui.project_page import ProjectConfigurationDialog

        dialog = ProjectConfigurationDialog(QgsProject.instance(), self.iface.mapCanvas(), self.iface.mainWindow())
        return dialog.exec_() == QDialog.Accepted

    def settings_changed(self) -> None:
        """Follow changed settings (time limit, interpreter, data folder)."""
        if self.controller is not None:
            self.controller.reset_runner()
        if self.dock is not None:
            self.dock.use_store(self.controller.runner().store)
