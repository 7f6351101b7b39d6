"""One settings root: the command line builds its runner from the settings the desktop saved."""

from __future__ import annotations

import subprocess
import sys

from qfieldsync_plus.core.runner.store import JobStore
from tests.fixtures.isolated_cli import CLOUD_PASSWORD, CLOUD_USER, ROOT, IsolatedCli, loopback_cloud  # noqa: F401

# What Settings › Options › QFieldSync+ does on OK, in a QGIS on the command line's profile.
_SAVE_AS_DESKTOP = """
import sys
from qfieldsync_plus.core.qgis_app import start_headless_qgis
start_headless_qgis()
from qgis.core import QgsSettings
from qfieldsync_plus.settings import load_settings, save_settings
settings = load_settings()
settings.data_folder, settings.timeout_seconds = sys.argv[1], 321
save_settings(settings)
QgsSettings().sync()
"""


def test_cli_jobs_land_in_the_data_folder_set_in_the_desktop(bees_project, tmp_path, data_dir):
    cli = IsolatedCli(tmp_path / "cli")
    folder = tmp_path / "chosen data"
    saved = subprocess.run([sys.executable, "-c", _SAVE_AS_DESKTOP, str(folder)], env=cli.env(), cwd=str(ROOT),
                           capture_output=True, text=True, timeout=120)
    assert saved.returncode == 0, saved.stderr
    assert "data_folder=" in (cli.profile / "QGIS" / "QGIS3.ini").read_text(encoding="utf-8")

    result = cli("process-projectfile", str(bees_project))
    assert result.returncode == 0, result.stderr
    jobs = JobStore(folder / "jobs.sqlite").list()
    assert [job.type for job in jobs] == ["process_projectfile"]
    assert not (data_dir / "jobs.sqlite").exists()  # not the store the command line used before
    assert jobs[0].project == str(bees_project.resolve())
    history = cli("jobs", "--json")
    assert jobs[0].id in history.stdout


def test_the_cli_runner_has_the_desktop_time_limit_and_python(tmp_path):
    cli = IsolatedCli(tmp_path / "cli")
    ini = cli.profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(f"[qfieldsync_plus]\ndata_folder={tmp_path / 'd'}\ntimeout_seconds=77\npython={sys.executable}\n",
                   encoding="utf-8")
    probe = ("from qfieldsync_plus.cli.common import make_runner\n"
             "r = make_runner()\nprint(r.store.path, r.settings.timeout_seconds, r.settings.python)")
    result = subprocess.run([sys.executable, "-c", probe], env=cli.env(), cwd=str(ROOT), capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.split() == [str(tmp_path / "d" / "jobs.sqlite"), "77", sys.executable], result.stderr


def test_cloud_sign_in_and_secrets_share_one_master_password_path(loopback_cloud, bees_project, tmp_path):
    """A wrong $QGIS_AUTH_PASSWORD_FILE gets the same clear answer from `cloud login` as from `secrets`."""
    cli = IsolatedCli(tmp_path / "cli")
    assert cli("secrets", "set", str(bees_project), "API_TOKEN", "--type", "envvar", stdin="Token-7\n").returncode == 0
    wrong = tmp_path / "wrong"
    wrong.write_text("not-the-master-password\n", encoding="utf-8")
    login = cli("cloud", "login", "--url", loopback_cloud.url, "--username", CLOUD_USER, "--password-stdin",
                stdin=CLOUD_PASSWORD + "\n", QGIS_AUTH_PASSWORD_FILE=str(wrong))
    assert login.returncode == 1
    assert f'The master password from the file "{wrong}" named in QGIS_AUTH_PASSWORD_FILE does not open' \
        in login.stderr
    assert "Traceback" not in login.stderr
