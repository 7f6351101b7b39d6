"""Where state lives and which Python runs the jobs."""

import sys

import pytest

from qfieldsync_plus.core import paths
from qfieldsync_plus.core.runner.interpreter import InterpreterNotFound, find_qgis_python


def test_data_dir_follows_the_default_qgis_profile(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    monkeypatch.setenv("QGIS_CUSTOM_CONFIG_PATH", str(tmp_path))
    assert paths.data_dir() == tmp_path / "profiles" / "default" / "qfieldsync_plus"
    (tmp_path / "profiles" / "profiles.ini").write_text("[core]\ndefaultProfile=field\n")
    assert paths.data_dir() == tmp_path / "profiles" / "field" / "qfieldsync_plus"
    assert paths.data_dir(tmp_path / "desktop-profile") == tmp_path / "desktop-profile" / "qfieldsync_plus"


def test_data_dir_override(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "state"))
    assert paths.store_path() == tmp_path / "state" / "jobs.sqlite"


def test_interpreter_found_and_override_checked(tmp_path):
    assert find_qgis_python()
    with pytest.raises(InterpreterNotFound, match="cannot import qgis"):
        find_qgis_python(str(tmp_path / "no-python"))


def test_interpreter_found_when_sys_executable_is_not_python(monkeypatch):
    monkeypatch.setattr(sys, "executable", "/usr/bin/qgis")
    from qfieldsync_plus.core.runner import interpreter

    interpreter._imports_qgis.cache_clear()
    found = interpreter.find_qgis_python()
    assert "python" in found.rsplit("/", 1)[-1]
