"""The QField project configuration: layer actions, area of interest, folders and QField's options.

One widget serves the project properties page "QField" and the menu's configuration dialog.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsRectangle
from qgis.gui import QgsExtentGroupBox, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.qfieldsync_config import (
    ProjectSettings,
    check_project_configuration,
    clean_folder_names,
    read_project_configuration,
    read_project_settings,
    write_project_configuration,
    write_project_settings,
)
from .icons import icon
from .layers_table import LayerActionsTable, scrolled
from .project_options import ProjectOptions


def _lines(text: str):
    return [line.strip() for line in text.splitlines() if line.strip()]


class ProjectConfigurationPage(QgsOptionsPageWidget):
    """Tabs: layers (actions), area and folders, then QField's options; ``apply()`` writes the project."""

    def __init__(self, project: QgsProject, canvas=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.project = project
        self.layers_table = LayerActionsTable(project)
        self.options = ProjectOptions(project)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.layers_table, tr("Layers"))
        self.tabs.addTab(scrolled(self._area_and_folders(canvas)), tr("Area and folders"))
        for title, page in self.options.pages:
            self.tabs.addTab(scrolled(page), title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.stored = read_project_configuration(project)
        self.load(read_project_settings(project))
        self.options.load(self.stored)
        self.options.preference_combo.currentIndexChanged.connect(self._preference_changed)

    def _preference_changed(self) -> None:
        """As in QFieldSync: choosing a layer action preference sets the layers' cloud actions."""
        preference = self.options.preference_combo.currentData()
        if preference:
            self.layers_table.prefer(preference)

    def _area_and_folders(self, canvas) -> QWidget:
        self.extent_box = QgsExtentGroupBox()
        self.extent_box.setTitleBase(tr("Area of interest"))
        self.extent_box.setCheckable(True)
        if canvas is not None:
            self.extent_box.setMapCanvas(canvas)
        self.only_aoi_box = QCheckBox(tr("Offline copies keep only the features inside the area of interest"))
        self.attachment_edit = QPlainTextEdit()
        self.attachment_edit.setMaximumHeight(80)
        self.data_dirs_edit = QPlainTextEdit()
        self.data_dirs_edit.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(tr("Attachment folders (one per line)"), self.attachment_edit)
        form.addRow(tr("Data folders (one per line)"), self.data_dirs_edit)
        hint = QLabel(tr("Folders are relative to the project folder. QFieldSync reads the same settings."))
        hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.extent_box)
        layout.addWidget(self.only_aoi_box)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def load(self, settings: ProjectSettings) -> None:
        """Show the area of interest and folders of ``settings``."""
        crs = QgsCoordinateReferenceSystem(settings.area_of_interest_crs) if settings.area_of_interest_crs \
            else self.project.crs()
        self.extent_box.setOriginalExtent(QgsRectangle(), crs)
        self.extent_box.setCurrentExtent(QgsRectangle(), crs)
        self.extent_box.setOutputCrs(crs)
        geometry = QgsGeometry.fromWkt(settings.area_of_interest) if settings.area_of_interest else QgsGeometry()
        has_aoi = not geometry.isNull() and not geometry.isEmpty()
        if has_aoi:
            self.extent_box.setOutputExtentFromUser(geometry.boundingBox(), crs)
        self.extent_box.setChecked(has_aoi)
        self.loaded_aoi = (settings, self.edited_extent())
        self.only_aoi_box.setChecked(settings.only_aoi)
        self.attachment_edit.setPlainText("\n".join(settings.attachment_dirs))
        self.data_dirs_edit.setPlainText("\n".join(settings.data_dirs))

    def edited_extent(self):
        """(WKT polygon, CRS authid) of the extent box, ("", "") when unchecked or empty."""
        if self.extent_box.isChecked() and not self.extent_box.outputExtent().isEmpty():
            return self.extent_box.outputExtent().asWktPolygon(), self.extent_box.outputCrs().authid()
        return "", ""

    def edited(self) -> ProjectSettings:
        """The area of interest and folders as edited (an untouched area of interest keeps its exact shape)."""
        loaded, loaded_extent = self.loaded_aoi
        aoi, aoi_crs = self.edited_extent()
        if (aoi, aoi_crs) == loaded_extent and aoi:
            aoi, aoi_crs = loaded.area_of_interest, loaded.area_of_interest_crs
        return ProjectSettings(
            area_of_interest=aoi,
            area_of_interest_crs=aoi_crs,
            only_aoi=self.only_aoi_box.isChecked(),
            attachment_dirs=tuple(_lines(self.attachment_edit.toPlainText())),
            data_dirs=tuple(_lines(self.data_dirs_edit.toPlainText())),
        )

    def save(self) -> None:
        """Check everything, then write it all; ValueError (nothing written) when a value is refused."""
        settings, config = self.edited(), self.options.edited(self.stored)
        clean_folder_names(settings.attachment_dirs)
        clean_folder_names(settings.data_dirs)
        check_project_configuration(config)
        self.layers_table.apply()
        write_project_settings(self.project, settings)
        write_project_configuration(self.project, config)
        self.stored = config

    def apply(self) -> None:  # noqa: D102 (QgsOptionsPageWidget API)
        try:
            self.save()
        except ValueError as err:
            QMessageBox.warning(self, tr("QField project configuration"), str(err))


class ProjectConfigurationDialog(QDialog):
    """The configuration page in its own window (menu QFieldSync+ → QField project configuration)."""

    def __init__(self, project: QgsProject, canvas=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("QField project configuration"))
        self.page = ProjectConfigurationPage(project, canvas, self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)

    def accept(self) -> None:  # noqa: D102
        try:
            self.page.save()
        except ValueError as err:
            QMessageBox.warning(self, tr("QField project configuration"), str(err))
            return
        super().accept()


class ProjectSettingsPageFactory(QgsOptionsWidgetFactory):
    """Adds the "QField" page to Project → Properties."""

    def __init__(self, canvas=None) -> None:
        super().__init__(tr("QField"), icon("plugin"))
        self._canvas = canvas

    def icon(self):  # noqa: D102
        return icon("plugin")

    def createWidget(self, parent: Optional[QWidget] = None) -> ProjectConfigurationPage:  # noqa: N802,D102
        return ProjectConfigurationPage(QgsProject.instance(), self._canvas, parent)
