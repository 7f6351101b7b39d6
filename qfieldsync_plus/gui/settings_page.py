"""Settings page (QGIS Options → QFieldSync+): time limit, QFieldCloud URL, request time limit and
connection authentication, data folder, Python, .qgz limits, auto-check, and how long the job history
is kept."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.gui import QgsAuthConfigSelect, QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ..core.i18n import tr
from ..settings import PluginSettings, load_settings, save_settings
from .icons import icon


class SettingsPage(QgsOptionsPageWidget):
    """Edits :class:`PluginSettings`; ``apply()`` stores them."""

    def __init__(self, on_applied: Optional[Callable[[], None]] = None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._on_applied = on_applied
        self.timeout_spin = QSpinBox()
        self.timeout_spin.setRange(10, 24 * 3600)
        self.timeout_spin.setSuffix(tr(" s"))
        self.cloud_url_edit = QLineEdit()
        self.cloud_request_spin = QSpinBox()
        self.cloud_request_spin.setRange(5, 3600)
        self.cloud_request_spin.setSuffix(tr(" s"))
        self.cloud_request_spin.setToolTip(tr("How long one QFieldCloud request may take in all (file transfers "
                                              "instead stop when less than 1 KiB moves in 60 s)."))
        self.cloud_authcfg_select = QgsAuthConfigSelect()
        self.cloud_authcfg_select.setToolTip(tr("A QGIS authentication configuration used for every QFieldCloud "
                                                "request, e.g. the client certificate your organisation's server "
                                                "asks for. Your QFieldCloud sign-in is kept apart."))
        self.retention_days_spin = QSpinBox()
        self.retention_days_spin.setRange(1, 36500)
        self.retention_days_spin.setSuffix(tr(" days"))
        self.retention_jobs_spin = QSpinBox()
        self.retention_jobs_spin.setRange(1, 1_000_000)
        self.retention_jobs_spin.setSuffix(tr(" jobs per project"))
        retention_tip = tr("Finished jobs older than this are removed from the history, except each project's "
                           "newest jobs (checked once a day). Delta logs are kept while their project exists.")
        self.retention_days_spin.setToolTip(retention_tip)
        self.retention_jobs_spin.setToolTip(retention_tip)
        self.data_folder_widget = QgsFileWidget()
        self.data_folder_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.python_widget = QgsFileWidget()
        self.python_widget.setStorageMode(QgsFileWidget.GetFile)
        self.archive_entries_spin = QSpinBox()
        self.archive_entries_spin.setRange(1, 10_000_000)
        self.archive_size_spin = QSpinBox()
        self.archive_size_spin.setRange(1, 1024 * 1024)
        self.archive_size_spin.setSuffix(tr(" MiB"))
        self.check_on_save_box = QCheckBox(tr("Check the project again after it is saved"))
        form = QFormLayout()
        form.addRow(tr("Job time limit"), self.timeout_spin)
        form.addRow(tr("QFieldCloud URL"), self.cloud_url_edit)
        form.addRow(tr("QFieldCloud request time limit"), self.cloud_request_spin)
        form.addRow(tr("QFieldCloud connection authentication"), self.cloud_authcfg_select)
        form.addRow(tr("Data folder (job history, outputs)"), self.data_folder_widget)
        form.addRow(tr("Python interpreter for jobs"), self.python_widget)
        form.addRow(tr("Most entries in a .qgz"), self.archive_entries_spin)
        form.addRow(tr("Largest unpacked .qgz"), self.archive_size_spin)
        form.addRow("", self.check_on_save_box)
        form.addRow(tr("Keep job history for"), self.retention_days_spin)
        form.addRow(tr("and always keep the newest"), self.retention_jobs_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self.data_folder_widget.lineEdit().setPlaceholderText(tr("QGIS profile folder"))
        self.python_widget.lineEdit().setPlaceholderText(tr("found automatically"))
        self.load(load_settings())

    def load(self, settings: PluginSettings) -> None:
        """Show ``settings``."""
        self.timeout_spin.setValue(int(settings.timeout_seconds))
        self.cloud_url_edit.setText(settings.cloud_url)
        self.data_folder_widget.setFilePath(settings.data_folder)
        self.python_widget.setFilePath(settings.python)
        self.check_on_save_box.setChecked(settings.check_on_save)
        self.cloud_request_spin.setValue(int(settings.cloud_request_seconds))
        self.cloud_authcfg_select.setConfigId(settings.cloud_connection_authcfg)
        self.retention_days_spin.setValue(int(settings.retention_days))
        self.retention_jobs_spin.setValue(int(settings.retention_jobs_per_project))
        self.archive_entries_spin.setValue(int(settings.archive_max_entries))
        self.archive_size_spin.setValue(int(settings.archive_max_mib))

    def edited(self) -> PluginSettings:
        """The settings as edited."""
        return PluginSettings(
            timeout_seconds=self.timeout_spin.value(),
            cloud_url=self.cloud_url_edit.text().strip(),
            data_folder=self.data_folder_widget.filePath().strip(),
            python=self.python_widget.filePath().strip(),
            check_on_save=self.check_on_save_box.isChecked(),
            retention_days=self.retention_days_spin.value(),
            retention_jobs_per_project=self.retention_jobs_spin.value(),
            cloud_request_seconds=self.cloud_request_spin.value(),
            cloud_connection_authcfg=self.cloud_authcfg_select.configId(),
            archive_max_entries=self.archive_entries_spin.value(),
            archive_max_mib=self.archive_size_spin.value(),
        )

    def apply(self) -> None:  # noqa: D102 (QgsOptionsPageWidget API)
        save_settings(self.edited())
        if self._on_applied:
            self._on_applied()


class SettingsPageFactory(QgsOptionsWidgetFactory):
    """Adds the page to QGIS Options."""

    def __init__(self, on_applied: Optional[Callable[[], None]] = None) -> None:
        super().__init__(tr("QFieldSync+"), icon("plugin"))
        self._on_applied = on_applied

    def icon(self):  # noqa: D102
        return icon("plugin")

    def createWidget(self, parent: Optional[QWidget] = None) -> SettingsPage:  # noqa: N802,D102
        return SettingsPage(self._on_applied, parent)
