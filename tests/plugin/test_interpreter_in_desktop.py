"""Inside the QGIS desktop, sys.executable is a guess (e.g. the first python3 on PATH)."""

from __future__ import annotations

import sys

import pytest

from qfieldsync_plus.core.runner import interpreter


@pytest.mark.skipif(sys.platform.startswith("win"), reason="uses a POSIX shell script as the fake python")
def test_a_guessed_sys_executable_that_cannot_import_qgis_is_not_used(monkeypatch, tmp_path):
    fake = tmp_path / "bin" / "python3"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'No module named qgis' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(fake))
    interpreter._imports_qgis.cache_clear()
    try:
        chosen = interpreter.find_qgis_python()
    finally:
        interpreter._imports_qgis.cache_clear()
    assert chosen != str(fake)
    assert not interpreter._is_running_interpreter(str(fake))
