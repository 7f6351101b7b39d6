"""The plugin's user settings (QgsSettings), shared by the desktop and the Processing provider."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication, QgsSettings

from .core import paths
from .core.archives import DEFAULT_MAX_BYTES, DEFAULT_MAX_ENTRIES, ArchiveLimits
from .core.runner.launcher import DEFAULT_TIMEOUT_SECONDS
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
    archive_max_entries: int = DEFAULT_MAX_ENTRIES
    archive_max_mib: int = DEFAULT_MAX_BYTES // 2 ** 20  # uncompressed size a .qgz may unpack to


def _bool(value) -> bool:
    return value in (True, "true", "True", "1", 1)


def _positive_int(stored, key: str, default: int) -> int:
    try:
        return max(1, int(stored.value(PREFIX + key, default)))
    except (TypeError, ValueError):
        return default


def load_settings(stored=None) -> PluginSettings:
    """The settings as stored (defaults for missing values) in ``stored`` (a QSettings; default QgsSettings())."""
    stored = stored if stored is not None else QgsSettings()
    defaults = PluginSettings()
    return PluginSettings(
        timeout_seconds=_positive_int(stored, "timeout_seconds", defaults.timeout_seconds),
        cloud_url=str(stored.value(PREFIX + CLOUD_URL_KEY, defaults.cloud_url) or defaults.cloud_url),
        data_folder=str(stored.value(PREFIX + "data_folder", "") or ""),
        python=str(stored.value(PREFIX + "python", "") or ""),
        check_on_save=_bool(stored.value(PREFIX + "check_on_save", True)),
        archive_max_entries=_positive_int(stored, "archive_max_entries", defaults.archive_max_entries),
        archive_max_mib=_positive_int(stored, "archive_max_mib", defaults.archive_max_mib),
    )


def archive_limits(settings: PluginSettings) -> ArchiveLimits:
    """The archive limits the jobs obey."""
    return ArchiveLimits(settings.archive_max_entries, settings.archive_max_mib * 2 ** 20)


def save_settings(settings: PluginSettings) -> None:
    """Store ``settings``."""
    stored = QgsSettings()
    stored.setValue(PREFIX + "timeout_seconds", int(settings.timeout_seconds))
    stored.setValue(PREFIX + CLOUD_URL_KEY, settings.cloud_url.strip() or DEFAULT_CLOUD_URL)
    stored.setValue(PREFIX + "data_folder", settings.data_folder.strip())
    stored.setValue(PREFIX + "python", settings.python.strip())
    stored.setValue(PREFIX + "check_on_save", bool(settings.check_on_save))
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
    store = JobStore(data_folder(settings) / "jobs.sqlite")
    return JobRunner(store, RunnerSettings(timeout_seconds=settings.timeout_seconds, python=settings.python or None,
                                           secrets_for=load_project_secrets, archive_limits=archive_limits(settings)))
