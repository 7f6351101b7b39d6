"""Project properties page "QField": area of interest and attachment/data folders (QFieldSync's entries)."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject, QgsRectangle
from qgis.gui import QgsExtentGroupBox, QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtWidgets import QCheckBox, QFormLayout, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from ..core.i18n import tr
from ..core.qfieldsync_config import ProjectSettings, read_project_settings, write_project_settings
from .icons import icon


def _lines(text: str):
    return [line.strip() for line in text.splitlines() if line.strip()]


class ProjectSettingsPage(QgsOptionsPageWidget):
    """Area of interest (from canvas, a layer, or drawn) and folders; ``apply()`` writes the project."""

    def __init__(self, project: QgsProject, canvas=None, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.project = project
        self.extent_box = QgsExtentGroupBox()
        self.extent_box.setTitleBase(tr("Area of interest"))
        self.extent_box.setCheckable(True)
        if canvas is not None:
            self.extent_box.setMapCanvas(canvas)
        self.only_aoi_box = QCheckBox(tr("Only copy features inside the area of interest"))
        self.attachment_edit = QPlainTextEdit()
        self.attachment_edit.setMaximumHeight(80)
        self.data_dirs_edit = QPlainTextEdit()
        self.data_dirs_edit.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(tr("Attachment folders (one per line)"), self.attachment_edit)
        form.addRow(tr("Data folders (one per line)"), self.data_dirs_edit)
        hint = QLabel(tr("Folders are relative to the project folder. QFieldSync reads the same settings."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.extent_box)
        layout.addWidget(self.only_aoi_box)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.load(read_project_settings(project))

    def load(self, settings: ProjectSettings) -> None:
        """Show ``settings``."""
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
        self.only_aoi_box.setChecked(settings.only_aoi)
        self.attachment_edit.setPlainText("\n".join(settings.attachment_dirs))
        self.data_dirs_edit.setPlainText("\n".join(settings.data_dirs))

    def edited(self) -> ProjectSettings:
        """The settings as edited."""
        aoi, aoi_crs = "", ""
        if self.extent_box.isChecked() and not self.extent_box.outputExtent().isEmpty():
            aoi = self.extent_box.outputExtent().asWktPolygon()
            aoi_crs = self.extent_box.outputCrs().authid()
        return ProjectSettings(
            area_of_interest=aoi,
            area_of_interest_crs=aoi_crs,
            only_aoi=self.only_aoi_box.isChecked(),
            attachment_dirs=tuple(_lines(self.attachment_edit.toPlainText())),
            data_dirs=tuple(_lines(self.data_dirs_edit.toPlainText())),
        )

    def apply(self) -> None:  # noqa: D102 (QgsOptionsPageWidget API)
        try:
            write_project_settings(self.project, self.edited())
        except ValueError as err:
            QMessageBox.warning(self, tr("QField project settings"), str(err))


class ProjectSettingsPageFactory(QgsOptionsWidgetFactory):
    """Adds the "QField" page to Project → Properties."""

    def __init__(self, canvas=None) -> None:
        super().__init__(tr("QField"), icon("plugin"))
        self._canvas = canvas

    def icon(self):  # noqa: D102
        return icon("plugin")

    def createWidget(self, parent: Optional[QWidget] = None) -> ProjectSettingsPage:  # noqa: N802,D102
        return ProjectSettingsPage(QgsProject.instance(), self._canvas, parent)
