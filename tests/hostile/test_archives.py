"""Hostile zip archives (.qgz projects, zipped folders): refused before QGIS or we extract anything."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from qfieldsync_plus.core.archives import DEFAULT_MAX_ENTRIES, check_archive, extract_checked
from qfieldsync_plus.core.jobs.errors import JobError
from tests.fixtures.archives import declared_huge, qgz_from_project, symlink_entry
from tests.fixtures.isolated_cli import IsolatedCli


def _zip(path: Path, *entries) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for entry in entries:
            archive.writestr(entry, b"x")
    return path


@pytest.mark.parametrize("name", ["../escaped.txt", "data/../../escaped.txt", "..\\..\\escaped.txt",
                                  "/tmp/escaped.txt", "\\escaped.txt", "C:/escaped.txt", "c:\\escaped.txt"])
def test_names_leaving_the_folder_are_refused(tmp_path, name):
    archive = _zip(tmp_path / "p.qgz", "p.qgs", name)
    with pytest.raises(JobError) as caught:
        check_archive(archive)
    assert caught.value.error_type == "UNSAFE_ARCHIVE"
    assert str(archive) in str(caught.value) and f'"{name}"' in str(caught.value)


def test_ordinary_names_pass(tmp_path):
    check_archive(_zip(tmp_path / "p.qgz", "p.qgs", "p.qgd", "DCIM/a..b.jpg", "./x/y.txt"))


def test_symlink_entry_is_refused(tmp_path):
    archive = tmp_path / "p.qgz"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("p.qgs", b"<qgis/>")
        handle.writestr(symlink_entry("DCIM", "/etc"), "/etc")
    with pytest.raises(JobError, match='symbolic link: "DCIM"'):
        check_archive(archive)


def test_too_many_entries_are_refused(tmp_path):
    archive = _zip(tmp_path / "many.zip", *(f"f{i}" for i in range(DEFAULT_MAX_ENTRIES + 1)))
    with pytest.raises(JobError, match="10001 entries, more than the limit of 10000"):
        check_archive(archive)
    check_archive(archive, max_entries=DEFAULT_MAX_ENTRIES + 1)


def test_more_than_4_gib_declared_is_refused(tmp_path):
    archive = declared_huge(tmp_path / "big.qgz", "big.qgs", 4 * 1024 ** 3 + 1)
    with pytest.raises(JobError, match='more than 4294967296 bytes .at entry "big.qgs"'):
        check_archive(archive)


def test_extract_checked_never_writes_outside_or_over(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    good = _zip(tmp_path / "good.zip", "project.qgs", "DCIM/photo.jpg")
    dest = tmp_path / "dest"
    assert sorted(p.relative_to(dest).as_posix() for p in extract_checked(good, dest)) == ["DCIM/photo.jpg",
                                                                                          "project.qgs"]
    with pytest.raises(JobError, match="would overwrite"):
        extract_checked(_zip(tmp_path / "again.zip", "new.txt", "project.qgs"), dest)
    assert not (dest / "new.txt").exists()  # removed again: the call failed
    linked = tmp_path / "linked"
    linked.mkdir()
    (linked / "DCIM").symlink_to(outside)
    with pytest.raises(JobError, match="through a link"):
        extract_checked(good, linked)
    assert list(outside.iterdir()) == []
    with pytest.raises(JobError, match="Cannot create the folder"):
        extract_checked(_zip(tmp_path / "clash.zip", "project.qgs/inner.txt"), dest)
    with pytest.raises(JobError, match="points outside"):
        extract_checked(_zip(tmp_path / "evil.zip", "ok.txt", "../outside/x.txt"), tmp_path / "dest2")
    assert not (tmp_path / "dest2").exists() and list(outside.iterdir()) == []


@pytest.fixture
def hostile_qgz(bees_project, tmp_path) -> Path:
    """The bees project as a .qgz that also holds ``../escaped.txt`` and ``../../escaped2.txt``."""
    return qgz_from_project(bees_project, bees_project.with_suffix(".qgz"),
                            [("../escaped.txt", b"pwned"), ("../../escaped2.txt", b"pwned")])


def _escaped(root: Path):
    return sorted(p for p in root.rglob("escaped*"))


@pytest.mark.parametrize("command", [["process-projectfile"], ["package", "--out", "OUT"]])
def test_cli_refuses_hostile_qgz_and_writes_nothing(hostile_qgz, tmp_path, command):
    cli = IsolatedCli(tmp_path / "cli")  # QGIS extracts a .qgz into $TMPDIR: escapes would land under it
    args = [a.replace("OUT", str(tmp_path / "package")) for a in command]
    result = cli(*args[:1], str(hostile_qgz), *args[1:])
    assert result.returncode == 1, result.stdout + result.stderr
    assert '"../escaped.txt"' in result.stderr and str(hostile_qgz) in result.stderr
    assert "Traceback" not in result.stderr
    assert _escaped(tmp_path) == [] and not (tmp_path / "package").exists()


def test_open_project_checks_before_qgis_reads(qgis_app, bees_project, tmp_path):
    from qfieldsync_plus.core.project_io import open_project

    target = tmp_path / "absolute" / "escaped.txt"
    archive = qgz_from_project(bees_project, tmp_path / "abs.qgz", [(str(target), b"pwned")])
    with pytest.raises(JobError, match="absolute path"):
        open_project(archive)
    assert not target.exists()


def test_desktop_limits_reach_the_command_line_job(bees_project, tmp_path):
    """The limits are QGIS settings (profile QGIS3.ini, as the desktop saves them) that the job obeys."""
    from qfieldsync_plus import settings

    qgz = qgz_from_project(bees_project, tmp_path / "three.qgz", [("a.txt", b"a"), ("b.txt", b"b")])
    cli = IsolatedCli(tmp_path / "cli")
    assert cli("process-projectfile", str(qgz)).returncode == 0
    ini = cli.profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    ini.write_text(f"[qfieldsync_plus]\narchive_max_entries=2\narchive_max_mib={settings.PluginSettings().archive_max_mib}\n")
    result = cli("process-projectfile", str(qgz))
    assert result.returncode == 1 and "3 entries, more than the limit of 2" in result.stderr


def test_desktop_runner_gives_jobs_the_limits_from_the_settings(qgis_app, bees_project):
    from qfieldsync_plus.settings import PluginSettings, make_runner

    runner = make_runner(PluginSettings(archive_max_entries=2, archive_max_mib=1))
    job = runner.submit("process_projectfile", str(bees_project)).job
    assert (job.params["archive_max_entries"], job.params["archive_max_bytes"]) == (2, 2 ** 20)


def test_a_qgz_saved_by_qgis_passes_and_opens(qgis_app, bees_project, tmp_path):
    from qgis.core import QgsProject

    from qfieldsync_plus.core.project_io import open_project

    project = QgsProject()
    assert project.read(str(bees_project))
    qgz = bees_project.with_suffix(".qgz")
    assert project.write(str(qgz))
    check_archive(qgz)
    assert len(open_project(qgz).mapLayers()) == 2
