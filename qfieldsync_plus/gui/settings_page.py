"""Settings page (QGIS Options → QFieldSync+): time limit, QFieldCloud URL, data folder, Python, .qgz limits, auto-check."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.gui import QgsFileWidget, QgsOptionsPageWidget, QgsOptionsWidgetFactory
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
        form.addRow(tr("Data folder (job history, outputs)"), self.data_folder_widget)
        form.addRow(tr("Python interpreter for jobs"), self.python_widget)
        form.addRow(tr("Most entries in a .qgz"), self.archive_entries_spin)
        form.addRow(tr("Largest unpacked .qgz"), self.archive_size_spin)
        form.addRow("", self.check_on_save_box)
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
