"""Upload to / Download from QFieldCloud: the same use cases (core/cloud_sync) as the dock and CLI.

The signed-in client is built in ``prepareAlgorithm`` (main thread: it reads QgsAuthManager);
the network work runs in ``processAlgorithm`` (Processing's background thread).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Optional

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
)

from ..core.cloud.client import CloudClient
from ..core.cloud.errors import CloudError
from ..core.cloud.session import signed_in_client
from ..core.cloud_sync.download import download_linked
from ..core.cloud_sync.upload import check_and_upload
from ..core.i18n import tr
from ..gui.icons import icon
from ..settings import make_runner

FOLDER, FORCE, DELETE_REMOTE = "FOLDER", "FORCE", "DELETE_REMOTE"
UPLOADED, DOWNLOADED, SKIPPED = "UPLOADED", "DOWNLOADED", "SKIPPED_HIDDEN"


def _error(error: CloudError) -> QgsProcessingException:
    return QgsProcessingException(error.message + (f"\n→ {error.hint}" if error.hint else ""))


class CloudAlgorithm(QgsProcessingAlgorithm):
    """A linked project folder in, a signed-in client prepared on the main thread."""

    client: Optional[CloudClient] = None

    def icon(self):  # noqa: D102
        return icon("upload")

    def add_folder_parameter(self) -> None:
        """The local project folder linked to a cloud project."""
        self.addParameter(QgsProcessingParameterFile(
            FOLDER, tr("Project folder (linked to a QFieldCloud project)"), QgsProcessingParameterFile.Folder))

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802,D102
        try:
            self.client = signed_in_client()
        except CloudError as error:
            raise _error(error) from error
        return True

    def folder(self, parameters, context) -> Path:
        """The chosen folder; refuses one that does not exist."""
        folder = Path(self.parameterAsFile(parameters, FOLDER, context) or "")
        if not folder.is_dir():
            raise QgsProcessingException(tr("The folder {folder} does not exist.").format(folder=folder))
        return folder


class UploadAlgorithm(CloudAlgorithm):
    """Check the project for the cloud, then upload what changed (hidden files skipped)."""

    def name(self) -> str:  # noqa: D102
        return "cloud_upload"

    def displayName(self) -> str:  # noqa: N802,D102
        return tr("Upload to QFieldCloud")

    def shortHelpString(self) -> str:  # noqa: N802,D102
        return tr(
            "Runs the local check for QFieldCloud, then uploads the new and changed files of the linked project "
            "folder (the project file last, checksums verified). Hidden files are skipped. An unreadable project "
            "file always stops the upload; layers the cloud cannot open and files it would refuse stop it unless "
            "\"Upload anyway\" is ticked. Sign in from the QFieldSync+ menu first.")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802,D102
        self.add_folder_parameter()
        self.addParameter(QgsProcessingParameterBoolean(FORCE, tr("Upload anyway when the check finds problems"),
                                                        defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            DELETE_REMOTE, tr("Delete cloud files that no longer exist locally"), defaultValue=False))
        self.addOutput(QgsProcessingOutputNumber(UPLOADED, tr("Files uploaded")))
        self.addOutput(QgsProcessingOutputString(SKIPPED, tr("Hidden files skipped")))

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802,D102
        from ..core.cloud.links import linked_project

        folder = self.folder(parameters, context)
        link = linked_project(folder)
        if link is None:
            raise QgsProcessingException(tr("{folder} is not linked to a QFieldCloud project.").format(folder=folder))
        try:
            _, result = check_and_upload(
                self.client, make_runner(), link["project_id"], folder,
                force=self.parameterAsBoolean(parameters, FORCE, context),
                delete_remote=self.parameterAsBoolean(parameters, DELETE_REMOTE, context),
                on_progress=lambda p: feedback.setProgress(100.0 * p.bytes_done / max(1, p.bytes_total)),
                is_cancelled=feedback.isCanceled)
        except CloudError as error:
            raise _error(error) from error
        for name in result.skipped_hidden:
            feedback.pushInfo(tr("Skipped (hidden, not uploaded): {name}").format(name=name))
        feedback.pushInfo(tr("Uploaded {count} file(s), {unchanged} unchanged, {deleted} deleted.").format(
            count=len(result.uploaded), unchanged=len(result.unchanged), deleted=len(result.deleted)))
        return {UPLOADED: len(result.uploaded), SKIPPED: ", ".join(result.skipped_hidden)}

    def createInstance(self):  # noqa: N802,D102
        return UploadAlgorithm()


class DownloadAlgorithm(CloudAlgorithm):
    """Bring back the files the cloud changed, with backups."""

    def name(self) -> str:  # noqa: D102
        return "cloud_download"

    def displayName(self) -> str:  # noqa: N802,D102
        return tr("Download from QFieldCloud")

    def shortHelpString(self) -> str:  # noqa: N802,D102
        return tr(
            "Downloads into the linked project folder the files whose content differs in QFieldCloud (for "
            "example data changed by the cloud's delta_apply jobs). Each replaced file is first copied to a "
            "backup folder in the QGIS profile. Sign in from the QFieldSync+ menu first.")

    def initAlgorithm(self, config=None) -> None:  # noqa: N802,D102
        self.add_folder_parameter()
        self.addOutput(QgsProcessingOutputNumber(DOWNLOADED, tr("Files downloaded")))

    def processAlgorithm(self, parameters, context, feedback) -> Dict[str, Any]:  # noqa: N802,D102
        try:
            result = download_linked(self.client, self.folder(parameters, context), is_cancelled=feedback.isCanceled)
        except CloudError as error:
            raise _error(error) from error
        for name in result.skipped_links:
            feedback.pushWarning(tr("{name}: not downloaded, a symbolic link leads out of the folder.").format(name=name))
        for name, backup in result.backups.items():
            feedback.pushInfo(tr("{name}: the previous version is kept in {backup}").format(name=name, backup=backup))
        feedback.pushInfo(tr("Downloaded {count} changed file(s), {unchanged} unchanged.").format(
            count=len(result.downloaded), unchanged=len(result.unchanged)))
        return {DOWNLOADED: len(result.downloaded)}

    def createInstance(self):  # noqa: N802,D102
        return DownloadAlgorithm()
