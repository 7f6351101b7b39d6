"""Where the plugin keeps its state: the user's QGIS profile folder, never the project folder.

The desktop passes its own profile folder (``QgsApplication.qgisSettingsDirPath()``); the
command line computes the same folder here, so both share one job store.
``QFIELDSYNC_PLUS_DATA_DIR`` overrides it.
"""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path
from typing import Optional

DATA_DIR_ENV = "QFIELDSYNC_PLUS_DATA_DIR"
SUBFOLDER = "qfieldsync_plus"


def qgis_profiles_root() -> Path:
    """The folder holding QGIS 3 user profiles on this OS (honours QGIS_CUSTOM_CONFIG_PATH)."""
    custom = os.environ.get("QGIS_CUSTOM_CONFIG_PATH")
    if custom:
        return Path(custom) / "profiles"
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "QGIS" / "QGIS3" / "profiles"


def default_profile_dir() -> Path:
    """The default QGIS profile folder, as named in ``profiles.ini`` (else ``default``)."""
    root = qgis_profiles_root()
    name = "default"
    ini = root / "profiles.ini"
    if ini.is_file():
        parser = configparser.ConfigParser()
        try:
            parser.read(ini, encoding="utf-8")
            name = parser.get("core", "defaultProfile", fallback=name) or name
        except configparser.Error:
            pass
    return root / name


def profile_settings_file(profile_dir: Optional[Path] = None) -> Path:
    """The QGIS settings file of a profile (``QGIS/QGIS3.ini``), the one the desktop reads and writes."""
    return (profile_dir or default_profile_dir()) / "QGIS" / "QGIS3.ini"


def data_dir(profile_dir: Optional[Path] = None) -> Path:
    """The plugin's state folder (created if missing)."""
    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) if override else (profile_dir or default_profile_dir()) / SUBFOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def store_path(profile_dir: Optional[Path] = None) -> Path:
    """The SQLite file that holds job history and the delta log."""
    return data_dir(profile_dir) / "jobs.sqlite"


PRIVATE_FOLDER = "private"


def private_dir(store_file: Path) -> Path:
    """The folder for a job's temporary files (its request, secrets): beside the job store ``store_file``,
    created readable by this user only (mode 0700; on Windows the profile folder is already private).
    Raises a JobError when it cannot be made."""
    folder = Path(store_file).parent / PRIVATE_FOLDER
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # umask-proof, and tightened when it already existed
    except OSError as err:
        from .i18n import tr
        from .jobs.errors import WRITE_FAILED, JobError

        raise JobError(tr('Cannot prepare the private folder "{folder}" for job files: {error}').format(
            folder=folder, error=err.strerror or err), WRITE_FAILED,
            hint=tr("Check that you may write to the folder of the job history.")) from None
    return folder
