"""Helpers to run the real QGIS executables with a throwaway profile that has the plugin enabled."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Optional

PLUGIN_NAME = "qfieldsync_plus"


def qgis_process_command() -> Optional[str]:
    """The qgis_process executable. Debian's wrapper script adds --noversioncheck, which
    qgis_process rejects; call the real binary behind it when there is one."""
    return shutil.which("qgis_process.bin") or shutil.which("qgis_process")


def make_profile(config_dir: Path, plugin_source: Path, extra_ini: str = "") -> Path:
    """A QGIS config dir (for QGIS_CUSTOM_CONFIG_PATH) whose default profile has the plugin enabled."""
    profile = config_dir / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    target = plugins / PLUGIN_NAME
    if plugin_source.is_dir():
        shutil.copytree(plugin_source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    (profile / "QGIS").mkdir(parents=True, exist_ok=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(
        f"[PythonPlugins]\n{PLUGIN_NAME}=true\n{extra_ini}", encoding="utf-8")
    return profile


def qgis_env(config_dir: Path, data_dir: Path) -> dict:
    """Environment for a QGIS child: the throwaway profile and job store."""
    env = dict(os.environ)
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(config_dir)
    env["QFIELDSYNC_PLUS_DATA_DIR"] = str(data_dir)
    env.pop("PYTHONPATH", None)
    return env
