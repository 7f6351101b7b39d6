"""The plugin's user settings (QgsSettings), shared by the desktop and the Processing provider."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings

from .core import paths
from .core.archives import DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES, ArchiveLimits
from .core.cloud.client import REQUEST_DEADLINE_SECONDS
from .core.cloud.session import (
    CONNECTION_AUTHCFG_KEY, REQUEST_DEADLINE_KEY, connection_authcfg_setting, request_deadline_setting,
)
from .core.runner.launcher import DEFAULT_TIMEOUT_SECONDS
from .core.runner.retention import DEFAULT_DAYS, DEFAULT_JOBS_PER_PROJECT, Retention
from .core.runner.runner import JobRunner, RunnerSettings
from .core.secrets.provider import load_project_secrets
from .core.runner.store import JobStore

PREFIX = "qfieldsync_plus/"
DEFAULT_CLOUD_URL = "https://app.qfield.cloud/"
CLOUD_URL_KEY = "cloud/url"  # the key the cloud sign-in reads too


@dataclass
class PluginSettings:
    """What the settings page edits."""

    timeout_seconds: int = DEFAULT_TIMEOUT_SECONDS
    cloud_url: str = DEFAULT_CLOUD_URL
    data_folder: str = ""
    python: str = ""
    check_on_save: bool = True
    retention_days: int = DEFAULT_DAYS
    retention_jobs_per_project: int = DEFAULT_JOBS_PER_PROJECT
    cloud_request_seconds: int = int(REQUEST_DEADLINE_SECONDS)
    cloud_connection_authcfg: str = ""  # a QGIS authentication configuration for every QFieldCloud request
    archive_max_entries: int = DEFAULT_MAX_ENTRIES
    archive_max_mib: int = DEFAULT_MAX_BYTES // 2 ** 20  # uncompressed size a .qgz may unpack to


def _int(stored: QgsSettings, key: str, default: int) -> int:
    try:
        return max(1, int(stored.value(PREFIX + key, default)))
    except (TypeError, ValueError):
        return default


def _bool(value) -> bool:
    return value in (True, "true", "True", "1", 1)


def load_settings() -> PluginSettings:
    """The settings as stored (defaults for missing values)."""
    stored = QgsSettings()
    defaults = PluginSettings()
    return PluginSettings(
        timeout_seconds=_int(stored, "timeout_seconds", defaults.timeout_seconds),
        cloud_url=str(stored.value(PREFIX + CLOUD_URL_KEY, defaults.cloud_url) or defaults.cloud_url),
        data_folder=str(stored.value(PREFIX + "data_folder", "") or ""),
        python=str(stored.value(PREFIX + "python", "") or ""),
        check_on_save=_bool(stored.value(PREFIX + "check_on_save", True)),
        retention_days=_int(stored, "retention_days", defaults.retention_days),
        retention_jobs_per_project=_int(stored, "retention_jobs_per_project", defaults.retention_jobs_per_project),
        cloud_request_seconds=max(1, int(request_deadline_setting())),
        cloud_connection_authcfg=connection_authcfg_setting(),
        archive_max_entries=_int(stored, "archive_max_entries", defaults.archive_max_entries),
        archive_max_mib=_int(stored, "archive_max_mib", defaults.archive_max_mib),
    )


def archive_limits(settings: PluginSettings) -> ArchiveLimits:
    """The archive limits the jobs obey."""
    return ArchiveLimits(settings.archive_max_entries, settings.archive_max_mib * 2 ** 20)


def stored_archive_limits(stored) -> ArchiveLimits:
    """The archive limits as ``stored`` (a QSettings on the profile's settings file) holds them."""
    defaults = PluginSettings()
    return ArchiveLimits(_int(stored, "archive_max_entries", defaults.archive_max_entries),
                         _int(stored, "archive_max_mib", defaults.archive_max_mib) * 2 ** 20)


def save_settings(settings: PluginSettings) -> None:
    """Store ``settings``."""
    stored = QgsSettings()
    stored.setValue(PREFIX + "timeout_seconds", int(settings.timeout_seconds))
    stored.setValue(PREFIX + CLOUD_URL_KEY, settings.cloud_url.strip() or DEFAULT_CLOUD_URL)
    stored.setValue(PREFIX + "data_folder", settings.data_folder.strip())
    stored.setValue(PREFIX + "python", settings.python.strip())
    stored.setValue(PREFIX + "check_on_save", bool(settings.check_on_save))
    stored.setValue(PREFIX + "retention_days", int(settings.retention_days))
    stored.setValue(PREFIX + "retention_jobs_per_project", int(settings.retention_jobs_per_project))
    stored.setValue(REQUEST_DEADLINE_KEY, int(settings.cloud_request_seconds))
    stored.setValue(CONNECTION_AUTHCFG_KEY, settings.cloud_connection_authcfg.strip())
    stored.setValue(PREFIX + "archive_max_entries", int(settings.archive_max_entries))
    stored.setValue(PREFIX + "archive_max_mib", int(settings.archive_max_mib))


def data_folder(settings: Optional[PluginSettings] = None) -> Path:
    """The folder for the job store and job outputs: the setting, else the QGIS profile folder."""
    settings = settings or load_settings()
    if settings.data_folder:
        folder = Path(settings.data_folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    return paths.data_dir(Path(QgsApplication.qgisSettingsDirPath()))


def make_runner(settings: Optional[PluginSettings] = None) -> JobRunner:
    """A job runner on the store and with the limits the user configured."""
    settings = settings or load_settings()
    store = JobStore(data_folder(settings) / "jobs.sqlite", on_notice=_log_notice)
    retention = Retention(settings.retention_days, settings.retention_jobs_per_project)
    return JobRunner(store, RunnerSettings(timeout_seconds=settings.timeout_seconds, python=settings.python or None,
                                           secrets_for=load_project_secrets, retention=retention,
                                           archive_limits=archive_limits(settings)))


def _log_notice(message: str) -> None:
    """A job store notice (a damaged store was replaced) in the QGIS message log."""
    QgsMessageLog.logMessage(message, "QFieldSync+", Qgis.Warning)
