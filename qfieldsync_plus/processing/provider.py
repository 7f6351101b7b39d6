"""The Processing provider ``qfieldsync_plus`` (QFieldSync+)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider

from ..gui.icons import icon
from .algorithms import ApplyDeltasAlgorithm, PackageAlgorithm, ProcessProjectfileAlgorithm, SyncAlgorithm
from .cloud_algorithms import DownloadAlgorithm, UploadAlgorithm

PROVIDER_ID = "qfieldsync_plus"


class QFieldSyncPlusProvider(QgsProcessingProvider):
    """Algorithms: process_projectfile, package, delta_apply, sync, upload to and download from QFieldCloud."""

    def id(self) -> str:  # noqa: D102
        return PROVIDER_ID

    def name(self) -> str:  # noqa: D102
        return "QFieldSync+"

    def icon(self):  # noqa: D102
        return icon("plugin")

    def loadAlgorithms(self) -> None:  # noqa: N802,D102
        for algorithm in (ProcessProjectfileAlgorithm(), PackageAlgorithm(), ApplyDeltasAlgorithm(), SyncAlgorithm(),
                          UploadAlgorithm(), DownloadAlgorithm()):
            self.addAlgorithm(algorithm)
