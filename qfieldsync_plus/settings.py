"""The plugin's user settings (QgsSettings), shared by the desktop and the Processing provider."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

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
from .core.secrets.provider import desktop_project_auth, load_project_secrets
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


def load_settings(stored=None) -> PluginSettings:
    """The settings as stored (defaults for missing values) in ``stored``: QgsSettings by default, or a
    QSettings on the profile's settings file (the command line, which has no QgsApplication)."""
    stored = QgsSettings() if stored is None else stored
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


def profile_settings() -> PluginSettings:
    """The settings the desktop stored in the QGIS profile's ``QGIS/QGIS3.ini`` (the command line)."""
    from qgis.PyQt.QtCore import QSettings

    return load_settings(QSettings(str(paths.profile_settings_file()), QSettings.IniFormat))


def data_folder(settings: Optional[PluginSettings] = None, profile_dir: Optional[Path] = None) -> Path:
    """The folder for the job store and job outputs: the setting, else the QGIS profile folder
    (``profile_dir``, by default the running QGIS's profile or, without one, the default profile)."""
    settings = settings or load_settings()
    if settings.data_folder:
        folder = Path(settings.data_folder).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    if profile_dir is None and QgsApplication.instance() is not None:
        profile_dir = Path(QgsApplication.qgisSettingsDirPath())
    return paths.data_dir(profile_dir)


def store_file(settings: PluginSettings) -> Path:
    """The job store (history and delta log) of ``settings``' data folder."""
    return data_folder(settings) / "jobs.sqlite"


def make_runner(settings: Optional[PluginSettings] = None, secrets_for: Callable = load_project_secrets,
                auth_for: Callable = desktop_project_auth, timeout_seconds: Optional[float] = None,
                on_notice: Optional[Callable[[str], None]] = None) -> JobRunner:
    """The job runner on the store, Python, time limit and limits the user configured; the desktop,
    Processing and the command line all build theirs here (``timeout_seconds`` overrides the setting)."""
    settings = settings or load_settings()
    store = JobStore(store_file(settings), on_notice=on_notice or _log_notice)
    retention = Retention(settings.retention_days, settings.retention_jobs_per_project)
    timeout = settings.timeout_seconds if timeout_seconds is None else timeout_seconds
    return JobRunner(store, RunnerSettings(timeout_seconds=timeout, python=settings.python or None,
                                           secrets_for=secrets_for, auth_for=auth_for, retention=retention,
                                           archive_limits=archive_limits(settings)))


def _log_notice(message: str) -> None:
    """A job store notice (a damaged store was replaced) in the QGIS message log."""
    QgsMessageLog.logMessage(message, "QFieldSync+", Qgis.Warning)
