"""Bad input to the command line: one clear line and the documented exit code, never a traceback;
the command line writes the QGIS profile's own settings file and never prints auth debug lines."""

from __future__ import annotations

import subprocess
import sys

import pytest

from qfieldsync_plus.cli.main import main
from qfieldsync_plus.core.jobs.errors import JobError
from qfieldsync_plus.core.secrets.model import ENVVAR, Secret, validate
from tests.fixtures.isolated_cli import CLOUD_PASSWORD, CLOUD_USER, ROOT, IsolatedCli, loopback_cloud  # noqa: F401

TIMEOUT_COMMANDS = [["process-projectfile", "p.qgs"], ["package", "p.qgs", "--out", "out"],
                    ["delta-apply", "p.qgs", "d.json"], ["cloud", "deltas", "pull"]]


@pytest.mark.parametrize("value", ["nan", "-5", "inf", "0", "-inf"])
@pytest.mark.parametrize("command", TIMEOUT_COMMANDS, ids=lambda c: c[0] + (" " + c[1] if c[0] == "cloud" else ""))
def test_timeouts_that_are_not_a_positive_finite_number_are_usage_errors(command, value, capsys):
    assert main([*command, f"--timeout={value}"]) == 2
    err = capsys.readouterr().err
    assert f"argument --timeout: the time limit must be a number of seconds above 0, not '{value}'" in err


def test_xml_that_is_not_a_qgis_project_fails_with_one_line(tmp_path):
    page = tmp_path / "page.qgs"
    page.write_text("<html><body><p>not a project</p></body></html>", encoding="utf-8")
    result = IsolatedCli(tmp_path / "cli")("process-projectfile", str(page))
    assert result.returncode == 1
    assert f'Project file "{page}" is not a QGIS project: its XML root element is <html>' in result.stderr
    assert "Status" not in result.stdout and "Traceback" not in result.stderr


def test_a_symlink_loop_in_the_project_folder_is_skipped_by_upload(loopback_cloud, bees_project, tmp_path):
    folder = bees_project.parent
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")
    with loopback_cloud.state.lock:
        project_id = loopback_cloud.state.create_project(CLOUD_USER, {"name": "bees"})["id"]
        token = loopback_cloud.state.issue_token(CLOUD_USER, "sdk|py|test").key
    result = IsolatedCli(tmp_path / "cli")("cloud", "upload", str(folder), "--project-id", project_id, "--json",
                                           QFIELDCLOUD_URL=loopback_cloud.url, QFIELDCLOUD_TOKEN=token)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # (QGIS 3.40 saves a bees_attachments.zip beside a .qgs)
    assert sorted(f for f in loopback_cloud.state.files[project_id] if not f.endswith("_attachments.zip")) == [
        "bees.gpkg", "bees.qgs"]


@pytest.mark.parametrize("command", [["process-projectfile"], ["secrets", "list"], ["deltas", "list"]])
def test_a_project_path_in_a_symlink_loop_gets_one_line(command, tmp_path):
    looping = tmp_path / "loop.qgs"
    looping.symlink_to(looping)
    result = IsolatedCli(tmp_path / "cli")(*command, str(looping))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if str(looping) in line and "XDG_RUNTIME_DIR" not in line]


@pytest.mark.parametrize("name", ["QGIS_AUTH_PASSWORD_FILE", "QGIS_PREFIX_PATH", "PYTHONSTARTUP", "PYTHONPATH",
                                  "PYTHONHOME", "PYTHONUSERBASE", "BASH_ENV", "ENV", "LD_PRELOAD",
                                  "LD_LIBRARY_PATH", "DYLD_INSERT_LIBRARIES", "PATH", "HOME", "TMPDIR",
                                  "PGSERVICEFILE", "PGPASSFILE", "GDAL_DRIVER_PATH", "QT_PLUGIN_PATH",
                                  "QFIELDSYNC_PLUS_PYTHON"])
def test_envvar_names_that_would_take_over_the_job_are_refused(name):
    with pytest.raises(JobError, match=f'"{name}" cannot be an envvar secret'):
        validate(Secret(name, ENVVAR, "value"))


def test_ordinary_envvar_names_are_accepted():
    for name in ("API_TOKEN", "GDAL_HTTP_USERPWD", "AWS_SECRET_ACCESS_KEY", "FIELD_PATH"):
        validate(Secret(name, ENVVAR, "value"))


def test_set_refuses_a_reserved_name_with_exit_2(bees_project, tmp_path):
    cli = IsolatedCli(tmp_path / "cli")
    result = cli("secrets", "set", str(bees_project), "PYTHONUSERBASE", "--type", "envvar", stdin="/tmp/x\n")
    assert result.returncode == 2 and '"PYTHONUSERBASE" cannot be an envvar secret' in result.stderr
    assert "Traceback" not in result.stderr


def test_a_stored_reserved_name_is_refused_when_a_job_uses_it(bees_project, tmp_path, data_dir):
    """A secret stored before this rule (or by other means) never reaches the job's environment."""
    from qfieldsync_plus.core.paths import store_path
    from qfieldsync_plus.core.runner.runner import JobRunner, RunnerSettings
    from qfieldsync_plus.core.runner.store import JobStore

    userbase = tmp_path / "userbase"
    site = userbase / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
    site.mkdir(parents=True)
    marker = tmp_path / "took-over"
    (site / "evil.pth").write_text(f"import pathlib; pathlib.Path({str(marker)!r}).write_text('x')\n")
    runner = JobRunner(JobStore(store_path()), RunnerSettings(
        secrets_for=lambda project: [Secret("PYTHONUSERBASE", ENVVAR, str(userbase))]))
    job = runner.run(runner.submit("process_projectfile", str(bees_project)).job)
    assert job.status == "failed" and '"PYTHONUSERBASE" cannot be an envvar secret' in job.feedback["error"]
    assert not marker.exists()


def test_cli_sign_in_goes_to_the_profile_qgis3_ini(loopback_cloud, tmp_path):
    cli = IsolatedCli(tmp_path / "cli")
    result = cli("cloud", "login", "--url", loopback_cloud.url, "--username", CLOUD_USER, "--password-stdin",
                 stdin=CLOUD_PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    ini = cli.profile / "QGIS" / "QGIS3.ini"
    text = ini.read_text(encoding="utf-8")
    assert "[qfieldsync_plus]" in text and "cloud\\authcfg=" in text and CLOUD_USER in text
    assert [p for p in cli.config.rglob("*") if "Unknown Organization" in p.name] == []


def test_cli_reads_the_proxy_from_the_profile_qgis3_ini(tmp_path):
    cli = IsolatedCli(tmp_path / "cli")
    ini = cli.profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[proxy]\nproxyEnabled=true\nproxyType=HttpProxy\nproxyHost=proxy.example.org\nproxyPort=3128\n")
    # The cloud client talks through QGIS's network manager: the proxy it uses is QGIS's own.
    code = ("from qfieldsync_plus.core.qgis_app import start_headless_qgis; start_headless_qgis(); "
            "from qgis.core import QgsNetworkAccessManager; "
            "p = QgsNetworkAccessManager.instance().fallbackProxy(); print(p.hostName(), p.port())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli.env(), cwd=ROOT,
                            timeout=120)
    assert result.stdout.split() == ["proxy.example.org", "3128"], result.stderr


def test_no_master_password_or_auth_debug_lines_are_printed(bees_project, tmp_path):
    cli = IsolatedCli(tmp_path / "cli")  # a new auth database: QGIS sets its master password
    result = cli("secrets", "set", str(bees_project), "API_TOKEN", "--type", "envvar", stdin="Token-value-99\n")
    assert result.returncode == 0, result.stderr
    listed = cli("secrets", "list", str(bees_project))
    printed = (result.stdout + result.stderr + listed.stdout + listed.stderr).lower()
    for noise in ("salt", "hash hex", "cipheriv", "master password set", "qgsauth"):
        assert noise not in printed
    assert cli.auth.joinpath("qgis-auth.db").is_file()
    wrong = tmp_path / "wrong"
    wrong.write_text("not-the-master-password\n")
    refused = cli("secrets", "remove", str(bees_project), "API_TOKEN", QGIS_AUTH_PASSWORD_FILE=str(wrong))
    assert refused.returncode == 1 and refused.stdout == ""  # QGIS printed "WARNING: Master password: …" here
    assert "failed to verify" not in refused.stderr.lower()


def test_a_sign_in_from_the_stray_settings_file_moves_to_qgis3_ini(tmp_path):
    cli = IsolatedCli(tmp_path / "cli")
    cli.profile.mkdir(parents=True)
    stray = cli.profile / "Unknown Organization.ini"
    stray.write_text("[qfieldsync_plus]\ncloud\\username=earlier-user\ncloud\\authcfg=abc1234\n\n"
                     "[someone_else]\nkey=kept\n")
    code = ("from qfieldsync_plus.core.qgis_app import start_headless_qgis; start_headless_qgis(); "
            "from qgis.core import QgsSettings; print(QgsSettings().value('qfieldsync_plus/cloud/username'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli.env(), cwd=ROOT,
                            timeout=120)
    assert result.stdout.split() == ["earlier-user"], result.stderr
    assert "earlier-user" in (cli.profile / "QGIS" / "QGIS3.ini").read_text()
    left = stray.read_text()
    assert "qfieldsync_plus" not in left and "key=kept" in left
