"""Process project file, Package for QField, Apply deltas, Synchronize from QField: parameters and help."""

from __future__ import annotations

from typing import Any, Dict

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
)

from ..core.i18n import tr
from ..core.jobs.job import DELTA_APPLY, PACKAGE, PROCESS_PROJECTFILE, SYNC
from ..gui.sync_source import sync_params
from .job_algorithm import OUTPUT_FOLDER, JobAlgorithm

TARGETS = ("local", "cloud")
MODES = ("cable", "cloud")


class ProcessProjectfileAlgorithm(JobAlgorithm):
    """QFieldCloud's process_projectfile, run locally."""

    job_type = PROCESS_PROJECTFILE

    def name(self) -> str:  # noqa: D102
        return "process_projectfile"

    def displayName(self) -> str:  # noqa: N802,D102
        return tr("Process project file")

    def shortHelpString(self) -> str:  # noqa: N802,D102
        return tr(
            "Opens the project in a separate QGIS process, as QFieldCloud does, and checks that the project "
            "and every layer and data provider can be opened. The feedback JSON has the layer table "
            "(status, message and what to do per layer) and a thumbnail. Target \"cloud\" also reports what "
            "QFieldCloud cannot reach (local databases, files outside the project folder).")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802,D102
        self.add_project_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            "TARGET", tr("Check for"), options=[tr("this computer"), tr("QFieldCloud")], defaultValue=0))
        self.add_common_outputs()

    def job_params(self, parameters, context) -> Dict[str, Any]:  # noqa: D102
        return {"target": TARGETS[self.parameterAsEnum(parameters, "TARGET", context)]}

    def createInstance(self):  # noqa: N802,D102
        return ProcessProjectfileAlgorithm()


class PackageAlgorithm(JobAlgorithm):
    """QFieldCloud's package job, run locally."""

    job_type = PACKAGE

    def name(self) -> str:  # noqa: D102
        return "package"

    def displayName(self) -> str:  # noqa: N802,D102
        return tr("Package for QField")

    def shortHelpString(self) -> str:  # noqa: N802,D102
        return tr(
            "Turns the project into a project QField can open: layers marked for offline editing go into one "
            "data.gpkg, files are copied, and <project>_qfield.qgs points at them. Layer actions come from the "
            "layer properties (page \"QField\"), cable or cloud. The output folder must not be inside the "
            "project folder. A package folder is replaced only when it holds nothing but what this project's "
            "packages wrote; otherwise the job refuses, or, with \"Back up\", moves the folder aside as "
            "<folder>.backup-<date>.")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802,D102
        self.add_project_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            "MODE", tr("Layer actions for"), options=[tr("cable export"), tr("QFieldCloud")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "AOI_ONLY", tr("Only features inside the area of interest"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "STRICT", tr("Fail when a layer is invalid or unsupported (instead of packaging the rest)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "BACKUP_EXISTING", tr("Back up a package folder holding other files (instead of refusing)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterFolderDestination(OUTPUT_FOLDER, tr("Package folder")))
        self.add_common_outputs()

    def job_params(self, parameters, context) -> Dict[str, Any]:  # noqa: D102
        return {
            "mode": MODES[self.parameterAsEnum(parameters, "MODE", context)],
            "aoi_only": self.parameterAsBoolean(parameters, "AOI_ONLY", context),
            "strict": self.parameterAsBoolean(parameters, "STRICT", context),
            "backup_existing": self.parameterAsBoolean(parameters, "BACKUP_EXISTING", context),
            "package_dir": self.parameterAsString(parameters, OUTPUT_FOLDER, context),
        }

    def createInstance(self):  # noqa: N802,D102
        return PackageAlgorithm()


class ApplyDeltasAlgorithm(JobAlgorithm):
    """QFieldCloud's delta_apply job, run locally."""

    job_type = DELTA_APPLY

    def name(self) -> str:  # noqa: D102
        return "delta_apply"

    def displayName(self) -> str:  # noqa: N802,D102
        return tr("Apply deltas")

    def shortHelpString(self) -> str:  # noqa: N802,D102
        return tr(
            "Writes the field edits of a QField deltafile into the project's data sources, all or nothing: "
            "when a delta fails or conflicts, no data source is changed (unless \"continue on error\"). "
            "\"Dry run\" only reports what would happen.")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802,D102
        self.add_project_parameter()
        self.addParameter(QgsProcessingParameterFile(
            "DELTAFILE", tr("Deltafile"), fileFilter=tr("Deltafiles (*.json)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE_CONFLICTS", tr("Apply conflicting deltas anyway"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean("INVERSE", tr("Revert the deltas"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean("DRY_RUN", tr("Dry run"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "CONTINUE_ON_ERROR", tr("Continue on error"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "ANY_PROJECT", tr("Apply even if the deltafile is for another cloud project"), defaultValue=False))
        self.add_common_outputs()

    def job_params(self, parameters, context) -> Dict[str, Any]:  # noqa: D102
        return {
            "deltafile": self.parameterAsFile(parameters, "DELTAFILE", context),
            "overwrite_conflicts": self.parameterAsBoolean(parameters, "OVERWRITE_CONFLICTS", context),
            "inverse": self.parameterAsBoolean(parameters, "INVERSE", context),
            "dry_run": self.parameterAsBoolean(parameters, "DRY_RUN", context),
            "continue_on_error": self.parameterAsBoolean(parameters, "CONTINUE_ON_ERROR", context),
            "any_project": self.parameterAsBoolean(parameters, "ANY_PROJECT", context),
        }

    def createInstance(self):  # noqa: N802,D102
        return ApplyDeltasAlgorithm()


class SyncAlgorithm(JobAlgorithm):
    """Synchronize from QField: a device folder (or QField's zip) comes home into the project."""

    job_type = SYNC

    def name(self) -> str:  # noqa: D102
        return "sync"

    def displayName(self) -> str:  # noqa: N802,D102
        return tr("Synchronize from QField")

    def shortHelpString(self) -> str:  # noqa: N802,D102
        return tr(
            "Brings the field work of a QField package home: the rows created, changed and deleted on the device "
            "are written into the project's data sources (all or nothing, conflicts with office edits reported), "
            "and new photos and attachments are copied into the project folder (never overwriting a file). "
            "Choose the folder copied from the device or the zip QField sent. \"Dry run\" only reports.")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802,D102
        self.add_project_parameter()
        self.addParameter(QgsProcessingParameterFile(
            "DEVICE_FOLDER", tr("Device folder"), behavior=QgsProcessingParameterFile.Folder, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "DEVICE_ZIP", tr("or the zip sent by QField"), fileFilter=tr("Zip archives (*.zip)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("DRY_RUN", tr("Dry run"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE_CONFLICTS", tr("Apply conflicting changes anyway"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "CONTINUE_ON_ERROR", tr("Continue on error"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean("INVERSE", tr("Revert the changes"), defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            "COMPARE_TO_SOURCE", tr("Compare to the current source"), defaultValue=False))
        self.add_common_outputs()

    def job_params(self, parameters, context) -> Dict[str, Any]:  # noqa: D102
        folder = self.parameterAsFile(parameters, "DEVICE_FOLDER", context)
        archive = self.parameterAsFile(parameters, "DEVICE_ZIP", context)
        if bool(folder) == bool(archive):
            raise QgsProcessingException(tr("Choose either the device folder or the zip sent by QField."))
        return sync_params(
            folder or archive,
            dry_run=self.parameterAsBoolean(parameters, "DRY_RUN", context),
            overwrite_conflicts=self.parameterAsBoolean(parameters, "OVERWRITE_CONFLICTS", context),
            continue_on_error=self.parameterAsBoolean(parameters, "CONTINUE_ON_ERROR", context),
            inverse=self.parameterAsBoolean(parameters, "INVERSE", context),
            compare_to_source=self.parameterAsBoolean(parameters, "COMPARE_TO_SOURCE", context))

    def createInstance(self):  # noqa: N802,D102
        return SyncAlgorithm()
