"""*Synchronize from QField…*: choose the device folder or zip and the options of a sync job."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from .sync_source import last_device, sync_params


class SyncDialog(QDialog):
    """Device folder or zip, plus the run options."""

    def __init__(self, project_file: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Synchronize from QField"))
        self.device_edit = QLineEdit(last_device(project_file))
        self.device_edit.setObjectName("device")
        self.device_edit.setPlaceholderText(tr("The folder copied from the device, or the zip QField sent"))
        self.folder_button = QPushButton(tr("Folder…"))
        self.zip_button = QPushButton(tr("Zip…"))
        self.checks = {
            "dry_run": QCheckBox(tr("Dry run: only show what would change")),
            "overwrite_conflicts": QCheckBox(tr("Apply conflicting changes anyway")),
            "continue_on_error": QCheckBox(tr("Continue on error (apply the other changes)")),
            "compare_to_source": QCheckBox(tr("Compare to the current source (package made before synchronization "
                                              "existed; every difference is a conflict to confirm)")),
        }
        for name, box in self.checks.items():
            box.setObjectName(name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(tr("Synchronize"))
        self._build()
        self.folder_button.clicked.connect(self._choose_folder)
        self.zip_button.clicked.connect(self._choose_zip)
        self.device_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_ok()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Device folder or zip:")))
        row = QHBoxLayout()
        row.addWidget(self.device_edit, 1)
        row.addWidget(self.folder_button)
        row.addWidget(self.zip_button)
        layout.addLayout(row)
        for box in self.checks.values():
            layout.addWidget(box)
        layout.addWidget(self.buttons)

    def _start_dir(self) -> str:
        current = Path(self.device_edit.text().strip()) if self.device_edit.text().strip() else Path.home()
        return str(current.parent if current.suffix.lower() == ".zip" else current)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Choose the folder copied from the device"), self._start_dir())
        if folder:
            self.device_edit.setText(folder)

    def _choose_zip(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Choose the zip sent by QField"), self._start_dir(),
                                                tr("Zip archives (*.zip)"))
        if chosen:
            self.device_edit.setText(chosen)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.device_edit.text().strip()))

    def device(self) -> str:
        """The chosen device folder or zip."""
        return self.device_edit.text().strip()

    def params(self) -> Dict[str, Any]:
        """The job parameters for the chosen device and options."""
        return sync_params(self.device(), **{name: box.isChecked() for name, box in self.checks.items()})
