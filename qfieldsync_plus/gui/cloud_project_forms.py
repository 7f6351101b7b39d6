"""Small forms of the cloud projects: create a project, choose where an unlinked project uploads to,
type a project's name to confirm its deletion. The name rules are core's (``name_problem``)."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                                 QRadioButton, QWidget)

from ..core.cloud_sync.projects import name_problem
from ..core.i18n import tr

Project = Dict[str, Any]


class _NameForm(QDialog):
    """A dialog whose OK stays disabled while the name field has a problem (shown under it)."""

    def __init__(self, projects: List[Project], owner: str, parent: Optional[QWidget]) -> None:
        super().__init__(parent)
        self.projects, self.owner = projects, owner
        self.name_edit = QLineEdit()
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.name_edit.textChanged.connect(self.validate)

    def name_needed(self) -> bool:
        return True

    def validate(self) -> None:
        """Show why the name cannot be used (before anything is sent) and enable OK accordingly."""
        problem = name_problem(self.name_edit.text().strip(), self.projects, self.owner) if self.name_needed() else None
        self.problem_label.setText(problem or "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(problem is None and self.extra_valid())

    def extra_valid(self) -> bool:
        return True

    def name(self) -> str:
        """The name typed."""
        return self.name_edit.text().strip()


class CreateProjectDialog(_NameForm):
    """Name, description and private for a new cloud project."""

    def __init__(self, projects: List[Project], owner: str, name: str = "", parent: Optional[QWidget] = None) -> None:
        super().__init__(projects, owner, parent)
        self.setWindowTitle(tr("Create a QFieldCloud project"))
        self.description_edit = QLineEdit()
        self.private_check = QCheckBox(tr("Private (only you and the collaborators you add)"))
        self.private_check.setChecked(True)
        self.form.addRow(tr("Name"), self.name_edit)
        self.form.addRow(self.problem_label)
        self.form.addRow(tr("Description"), self.description_edit)
        self.form.addRow(self.private_check)
        self.form.addRow(self.buttons)
        self.name_edit.setText(name)
        self.validate()


class UploadTargetDialog(_NameForm):
    """An unlinked project: create a new cloud project (name prefilled) or link to an existing one."""

    def __init__(self, projects: List[Project], owner: str, name: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(projects, owner, parent)
        self.setWindowTitle(tr("Upload to QFieldCloud"))
        intro = QLabel(tr("This project is not linked to a QFieldCloud project yet. The project is checked "
                          "before anything is created or sent."))
        intro.setWordWrap(True)
        self.create_radio = QRadioButton(tr("Create a new cloud project"))
        self.link_radio = QRadioButton(tr("Link to an existing cloud project"))
        self.project_combo = QComboBox()
        for project in projects:
            self.project_combo.addItem(f"{project.get('owner', '')}/{project.get('name', '')}", project)
        self.link_radio.setEnabled(bool(projects))
        self.form.addRow(intro)
        self.form.addRow(self.create_radio)
        self.form.addRow(tr("Name"), self.name_edit)
        self.form.addRow(self.problem_label)
        self.form.addRow(self.link_radio)
        self.form.addRow(tr("Project"), self.project_combo)
        self.form.addRow(self.buttons)
        self.create_radio.setChecked(True)
        self.name_edit.setText(name)
        for radio in (self.create_radio, self.link_radio):
            radio.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        self.name_edit.setEnabled(self.create_radio.isChecked())
        self.project_combo.setEnabled(self.link_radio.isChecked())
        self.validate()

    def name_needed(self) -> bool:
        return self.create_radio.isChecked()

    def extra_valid(self) -> bool:
        return self.create_radio.isChecked() or self.project_combo.currentData() is not None

    def chosen_project(self) -> Optional[Project]:
        """The existing project to link to, or None to create a new one named :meth:`name`."""
        return self.project_combo.currentData() if self.link_radio.isChecked() else None


class ConfirmDeleteDialog(QDialog):
    """Deleting a cloud project: OK only once the project's name is typed exactly."""

    def __init__(self, project_name: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Delete a QFieldCloud project"))
        self.project_name = project_name
        text = QLabel(tr("Deleting {name} removes its files, jobs and changes from QFieldCloud for everyone. "
                         "Local files stay. Type the project's name to confirm.").format(name=project_name))
        text.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Delete"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.Ok).setEnabled(text == project_name))
        layout = QFormLayout(self)
        layout.addRow(text)
        layout.addRow(tr("Name"), self.name_edit)
        layout.addRow(self.buttons)
