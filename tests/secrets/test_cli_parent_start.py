"""A job command starts no QGIS in the command line's own process unless the project has secrets."""

from __future__ import annotations

import json
import subprocess
import sys

from qfieldsync_plus.core.secrets.provider import listed_in_file

# Runs the command line in-process, then reports what the parent process loaded.
RUN_AND_REPORT = """
import json, runpy, sys
sys.argv = ["qfieldsync_plus", *sys.argv[1:]]
try:
    runpy.run_module("qfieldsync_plus", run_name="__main__")
except SystemExit as end:
    code = end.code
from qgis.core import QgsApplication
print(json.dumps({"code": code, "qgis_started": QgsApplication.instance() is not None,
                  "gui_loaded": "qgis.gui" in sys.modules}))
"""


def parent_state(cli, *args: str) -> dict:
    completed = subprocess.run([sys.executable, "-c", RUN_AND_REPORT, *args], capture_output=True, text=True,
                               env=cli.env(), cwd=str(cli.tmp_dir), timeout=240)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_a_project_without_secrets_is_checked_without_qgis_in_the_parent(cli, bees_project, tmp_path):
    other = tmp_path / "other.qgs"
    other.write_text("<qgis/>", encoding="utf-8")
    assert cli("secrets", "set", str(other), "API_TOKEN", "--type", "envvar", stdin="Value-1\n").returncode == 0
    assert cli.auth_db.is_file()

    state = parent_state(cli, "process-projectfile", str(bees_project))

    assert state == {"code": 0, "qgis_started": False, "gui_loaded": False}


def test_a_project_with_secrets_still_unlocks_them_in_the_parent(cli, bees_project):
    assert cli("secrets", "set", str(bees_project), "API_TOKEN", "--type", "envvar", stdin="Value-2\n").returncode == 0

    state = parent_state(cli, "process-projectfile", str(bees_project))

    assert state == {"code": 0, "qgis_started": True, "gui_loaded": False}


def test_the_auth_database_listing_is_read_as_qgis_wrote_it(cli, bees_project, tmp_path):
    assert cli("secrets", "set", str(bees_project), "API_TOKEN", "--type", "envvar", stdin="Value-3\n").returncode == 0
    before = cli.auth_db.read_bytes()

    assert listed_in_file(cli.auth_db, str(bees_project)) is True
    assert listed_in_file(cli.auth_db, str(tmp_path / "elsewhere.qgs")) is False
    not_sqlite = tmp_path / "qgis-auth.db"
    not_sqlite.write_text("not a database", encoding="utf-8")
    assert listed_in_file(not_sqlite, str(bees_project)) is None  # unreadable: the caller asks QGIS instead
    assert cli.auth_db.read_bytes() == before
