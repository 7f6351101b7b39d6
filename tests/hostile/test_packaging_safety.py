"""Packaging never loses data: files it did not write, same-named files, links out of the project, kills.

Issue 10, items 1, 3, 4 (packaging), 13 (packaging leftovers) and 16.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path
from typing import Dict, Optional

import pytest
from osgeo import ogr
from qgis.core import QgsVectorLayer

from qfieldsync_plus.cli.main import main
from qfieldsync_plus.core.jobs.package import build_workflow
from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow
from qfieldsync_plus.core.packaging import ownership, swap
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.runner import protocol
from qfieldsync_plus.core.runner.interpreter import child_environment, find_qgis_python
from qfieldsync_plus.core.runner.runner import JobRunner
from qfieldsync_plus.core.runner.store import JobStore
from tests.packaging.conftest import open_packaged, points, save_project, write_ogr
from tests.packaging.conftest import workdir  # noqa: F401  (fixture)


def snapshot(folder: Path) -> Dict[str, bytes]:
    """Every file below ``folder`` (hidden ones included) with its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def package(project: Path, out: Path, **params) -> Dict:
    """The package workflow in this process (the job's own steps), with extra job parameters."""
    params = {"project": str(project), "package_dir": str(out), "mode": "cable", **params}
    return run_workflow(build_workflow(params), JobContext(params=params))


def leftovers(parent: Path) -> list:
    """Our temporary names next to the package folders."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".") and (
        ".partial-" in p.name or ".old-" in p.name or ".swap.json" in p.name))


@pytest.fixture
def packaged(workdir):  # noqa: F811
    """A project with an offline GeoPackage layer and a photo, packaged once into ``workdir/out``."""
    gpkg = write_ogr(workdir / "project" / "hives.gpkg", "GPKG", "hives", ogr.wkbPoint, points(30))
    layer = QgsVectorLayer(f"{gpkg}|layername=hives", "hives", "ogr")
    layer.setCustomProperty("QFieldSync/action", "offline")
    (workdir / "project" / "DCIM").mkdir()
    (workdir / "project" / "DCIM" / "hive1.jpg").write_bytes(b"\xff\xd8 photo 1")
    project = save_project(workdir / "project" / "p.qgs", [layer])
    out = workdir / "out"
    assert package(project, out).get("error") is None
    return project, out


def test_a_users_document_beside_an_old_package_is_kept_and_named(packaged):
    project, out = packaged
    (out / "notes.odt").write_bytes(b"my field notes")
    for index in range(12):
        (out / "scans" / f"scan{index:02}.pdf").parent.mkdir(exist_ok=True)
        (out / "scans" / f"scan{index:02}.pdf").write_bytes(b"%PDF")
    before = snapshot(out)

    feedback = package(project, out)

    assert feedback["error_type"] == "FOLDER_NOT_OWNED"
    assert str(out) in feedback["error"] and "notes.odt" in feedback["error"] and "and 3 more" in feedback["error"]
    assert snapshot(out) == before and leftovers(out.parent) == []

    # Field work: a changed data.gpkg and a new photo are named as such.
    (out / "notes.odt").unlink()
    for scan in (out / "scans").iterdir():
        scan.unlink()
    (out / "scans").rmdir()
    with open(out / "data.gpkg", "r+b") as handle:
        handle.seek(200)
        handle.write(b"edited in the field")
    (out / "DCIM" / "new_photo.jpg").write_bytes(b"\xff\xd8 new")
    feedback = package(project, out)
    assert "field work not yet synchronized: DCIM/new_photo.jpg, data.gpkg" in feedback["error"]
    assert "Synchronize from QField first, or package with a backup" in feedback["error"]

    # A package without our manifest (QFieldSync's, or an older version's) is refused too.
    legacy = out.parent / "legacy"
    (legacy / "DCIM").mkdir(parents=True)
    (legacy / "p_qfield.qgs").write_text("<qgis/>")
    (legacy / "DCIM" / "field.jpg").write_bytes(b"\xff\xd8 field")
    feedback = package(project, legacy)
    assert "DCIM/field.jpg" in feedback["error"] and "p_qfield.qgs" in feedback["error"]
    assert (legacy / "DCIM" / "field.jpg").read_bytes() == b"\xff\xd8 field"


def test_a_huge_foreign_folder_is_not_walked_to_the_end(tmp_path, monkeypatch, qgis_app):
    monkeypatch.setattr(ownership, "MAX_REPORTED", 20)
    for index in range(50):
        (tmp_path / "home" / f"doc{index:02}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "home" / f"doc{index:02}.txt").write_text("mine")

    report = ownership.folder_report(tmp_path / "home", tmp_path / "project" / "p.qgs")

    assert report.incomplete and len(report.unowned) == 20
    assert "doc00.txt" in str(ownership.refusal(report)) and "and more than 10 more" in str(ownership.refusal(report))


def test_backup_existing_keeps_everything_and_reuse_checks_the_folder(bees_project, tmp_path, capsys):
    out = tmp_path / "qfield"
    assert main(["package", str(bees_project), "--out", str(out)]) == 0
    manifest = json.loads((out / ".qfieldsync_plus" / "package.json").read_text())
    assert manifest["project_file"] == str(bees_project.resolve()) and manifest["package_id"]
    assert manifest["files"]["bees.gpkg"]["sha256"] == ownership.file_sha256(out / "bees.gpkg")
    recorded = ownership.store_manifest_path(store_path().parent, out.resolve())
    assert json.loads(recorded.read_text())["package_id"] == manifest["package_id"]
    (out / "report.docx").write_bytes(b"the user's report")
    before = snapshot(out)
    capsys.readouterr()

    # Nothing changed in the project, but the folder holds a foreign file: no silent reuse.
    assert main(["package", str(bees_project), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "report.docx" in err and "is reused" not in err and "--backup-existing" in err
    assert snapshot(out) == before

    assert main(["package", str(bees_project), "--out", str(out), "--backup-existing"]) == 0
    printed = capsys.readouterr().out
    backups = sorted(tmp_path.glob("qfield.backup-*"))
    assert len(backups) == 1 and str(backups[0]) in printed
    assert snapshot(backups[0]) == before  # everything kept, byte for byte
    assert not (out / "report.docx").exists() and (out / "bees_qfield.qgs").is_file()
    assert leftovers(tmp_path) == []

    # A folder holding only this project's package needs no backup: it is replaced as usual.
    assert main(["package", str(bees_project), "--out", str(out), "--backup-existing", "--force"]) == 0
    assert sorted(tmp_path.glob("qfield.backup-*")) == backups and leftovers(tmp_path) == []


def test_two_same_named_shapefiles_each_get_their_own_copy(workdir):  # noqa: F811
    a = write_ogr(workdir / "X" / "A" / "data.shp", "ESRI Shapefile", "data", ogr.wkbPoint, points(3))
    b = write_ogr(workdir / "X" / "B" / "data.shp", "ESRI Shapefile", "data", ogr.wkbPoint, points(5, x0=800000))
    layer_a, layer_b = QgsVectorLayer(str(a), "A", "ogr"), QgsVectorLayer(str(b), "B", "ogr")
    project = save_project(workdir / "project" / "p.qgs", [layer_a, layer_b])
    out = workdir / "out"

    feedback = package(project, out)

    assert feedback.get("error") is None, feedback.get("error")
    assert {"data.shp", "data.dbf", "data.shx", "data.prj"} <= {p.name for p in out.iterdir()}
    assert {"data_2.shp", "data_2.dbf", "data_2.shx", "data_2.prj"} <= {p.name for p in out.iterdir()}
    packaged = {layer.name(): layer for layer in open_packaged(out, "p").mapLayers().values()}
    for name, source, x0 in (("A", a, 739000), ("B", b, 800000)):
        copied = packaged[name]
        assert copied.isValid()
        assert Path(copied.source().split("|")[0]).parent == out
        assert copied.featureCount() == QgsVectorLayer(str(source), "src", "ogr").featureCount()
        assert min(f.geometry().asPoint().x() for f in copied.getFeatures()) == x0
    assert Path(packaged["A"].source().split("|")[0]).name != Path(packaged["B"].source().split("|")[0]).name
    checked = feedback["outputs"]["qfield_layer_data"]["layers_by_id"]  # checked before the swap, valid after it
    assert sorted(d["datasource"] for d in checked.values()) == ["./data.shp", "./data_2.shp"]


def test_links_leaving_the_project_are_not_followed(workdir):  # noqa: F811
    gpkg = write_ogr(workdir / "project" / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(2))
    private = workdir / "private" / "passwords.txt"
    private.parent.mkdir()
    private.write_text("secret")
    dcim = workdir / "project" / "DCIM"
    (dcim / "sub").mkdir(parents=True)
    (dcim / "photo.jpg").write_bytes(b"\xff\xd8 photo")
    (dcim / "leak.txt").symlink_to(private)
    (dcim / "leak_dir").symlink_to(private.parent)
    (dcim / "loop_a").symlink_to(dcim / "loop_b")
    (dcim / "loop_b").symlink_to(dcim / "loop_a")
    (dcim / "sub" / "up").symlink_to(dcim)  # inside the project, but a cycle
    (workdir / "project" / "logo.png").write_bytes(b"png")
    (dcim / "logo.png").symlink_to(workdir / "project" / "logo.png")  # inside: copied as a file
    project = save_project(workdir / "project" / "p.qgs", [QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr")])
    out = workdir / "out"

    feedback = package(project, out)

    assert feedback.get("error") is None, feedback.get("error")
    copied = snapshot(out / "DCIM")
    assert copied == {"photo.jpg": b"\xff\xd8 photo", "logo.png": b"png"}
    assert not any(p.is_symlink() for p in out.rglob("*"))
    warnings = feedback["outputs"]["package_project"]["warnings"]
    assert any("leak.txt" in w and "outside the project folder" in w for w in warnings)
    assert any("leak_dir" in w for w in warnings)
    assert sum("loop" in w for w in warnings) == 3 and all("\n" not in w for w in warnings)
    assert "secret" not in json.dumps(feedback)


def test_a_layer_file_that_is_a_link_loop_fails_in_one_line(workdir):  # noqa: F811
    gpkg = write_ogr(workdir / "project" / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(2))
    project = save_project(workdir / "project" / "p.qgs", [QgsVectorLayer(f"{gpkg}|layername=a", "apiary", "ogr")])
    gpkg.unlink()
    gpkg.symlink_to(gpkg)

    feedback = package(project, workdir / "out", strict=True)

    assert feedback["error_type"] == "INVALID_ARGUMENTS" and "\n" not in feedback["error"]
    assert 'Layer "apiary" is invalid' in feedback["error"] and not (workdir / "out").exists()


# Kill -9 the real child process at several points ---------------------------------------------

def _child(project: Path, out: Path, tmp: Path, kill_at: Optional[str] = None) -> subprocess.Popen:
    request = tmp / "request.json"
    request.write_text(json.dumps({"job_type": "package", "result_path": str(tmp / "feedback.json"), "params": {
        "project": str(project), "package_dir": str(out), "mode": "cable", "store_path": str(store_path())}}))
    extra = {swap.TEST_KILL_ENV: kill_at} if kill_at else {}
    return subprocess.Popen([find_qgis_python(), "-m", "qfieldsync_plus.core.runner.child", str(request)],
                            env=child_environment(extra), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, cwd=str(tmp))


def _kill_after_progress(process: subprocess.Popen, percent: float, delay: float) -> None:
    for line in process.stdout:
        parsed = protocol.parse_line(line.rstrip("\n"))
        if parsed is not None and parsed[0] != protocol.STARTED and parsed[1] >= percent:
            time.sleep(delay)
            break
    process.send_signal(signal.SIGKILL)
    process.wait()


def _is_complete_package(out: Path) -> bool:
    manifest = ownership.read_manifest(ownership.package_manifest_path(out))
    return manifest is not None and ownership.folder_report(out, Path(manifest["project_file"])).safe and all(
        (out / name).exists() for name in manifest["files"])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 is POSIX")
def test_kill_minus_9_never_corrupts_the_package(packaged, tmp_path):
    project, out = packaged
    sources = project.parent
    for index in range(150):  # attachments make the copy phase measurable
        (sources / "DCIM" / f"photo{index:03}.jpg").write_bytes(os.urandom(20_000))
    previous = snapshot(out)
    source_bytes = snapshot(sources)
    kills = [("after_progress", 40, 0.0), ("after_progress", 63, 0.0), ("after_progress", 63, 0.05),
             ("after_progress", 63, 0.15), ("hook", "swap", 0), ("hook", "dispose", 0)]
    corrupted, restored, replaced, left_behind = 0, 0, 0, 0
    for kind, point, delay in kills:
        if kind == "hook":
            process = _child(project, out, tmp_path, kill_at=point)
            process.communicate()
            assert process.returncode == -signal.SIGKILL
        else:
            _kill_after_progress(_child(project, out, tmp_path), point, delay)
        left_behind += len(leftovers(out.parent))
        swap.recover_interrupted(out.resolve(), project.resolve(), store_path().parent)  # the next run's first step
        if snapshot(out) == previous:
            restored += 1
        elif _is_complete_package(out):
            replaced += 1
            previous = snapshot(out)  # later kills must keep this one
        else:
            corrupted += 1
        assert leftovers(out.parent) == [], (kind, point)
    print(f"kills={len(kills)} corrupted={corrupted} restored={restored} replaced={replaced} left_behind={left_behind}")
    assert corrupted == 0
    assert restored >= 2 and left_behind >= 2  # the swap kill was restored; the kills did leave folders
    assert snapshot(sources) == source_bytes  # packaging never writes a source

    feedback = package(project, out)  # the next run after a kill: leftovers gone, package complete
    assert feedback.get("error") is None, feedback.get("error")
    assert leftovers(out.parent) == [] and _is_complete_package(out)


def test_a_kill_during_the_swap_restores_the_previous_package_at_the_next_run(packaged, tmp_path):
    project, out = packaged
    previous = snapshot(out)
    process = _child(project, out, tmp_path, kill_at="swap")
    process.communicate()
    assert not out.exists() and swap.journal_path(out).is_file()  # between the two renames

    (out.parent / ".out.partial-deadbeef").mkdir()
    (out.parent / ".out.partial-deadbeef" / "user.txt").write_text("not ours: no marker")
    gpkg = project.parent / "hives.gpkg"
    gpkg.rename(gpkg.with_suffix(".away"))
    failed = package(project, out, strict=True)  # the next run: recovers first, then fails on the missing layer

    assert 'Layer "hives" is invalid' in failed["error"]
    assert snapshot(out) == previous  # the previous package is back, byte for byte
    assert leftovers(out.parent) == [".out.partial-deadbeef"]  # a folder without our marker is never removed
    gpkg.with_suffix(".away").rename(gpkg)
    assert package(project, out).get("error") is None and _is_complete_package(out)


def test_only_our_leftovers_of_ended_runs_are_removed(tmp_path, qgis_app):
    out, project = tmp_path / "out", tmp_path / "project" / "p.qgs"
    ended = swap.make_build_dir(out)  # this process is not building any more
    running = swap.make_build_dir(out)
    with subprocess.Popen(["sleep", "30"]) as builder:
        marker = running / ".qfieldsync_plus" / "building.json"
        marker.write_text(json.dumps({**json.loads(marker.read_text()), "pid": builder.pid}))
        users = tmp_path / ".out.partial-mine"
        users.mkdir()
        (users / "keep.txt").write_text("a folder that only looks like ours")

        swap.recover_interrupted(out, project, None)
        builder.kill()

    assert not ended.exists() and running.is_dir() and (users / "keep.txt").is_file()


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB file system (tmpfs; needs root on Linux), unmounted afterwards."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root on Linux)")
    yield disk
    subprocess.run(["umount", str(disk)], check=True)


def test_a_full_disk_fails_cleanly_and_keeps_the_previous_package(packaged, small_disk):
    project, _ = packaged
    out = small_disk / "out"
    assert package(project, out).get("error") is None
    previous = snapshot(out)
    for index in range(10):
        (project.parent / "DCIM" / f"big{index}.jpg").write_bytes(os.urandom(100_000))

    feedback = package(project, out)

    assert feedback["error_type"] == "WRITE_FAILED" and "No space left on device" in feedback["error"]
    assert snapshot(out) == previous and leftovers(small_disk) == []


def test_a_cancelled_package_job_leaves_nothing_behind(packaged):
    project, out = packaged
    for index in range(150):
        (project.parent / "DCIM" / f"photo{index:03}.jpg").write_bytes(os.urandom(20_000))
    previous = snapshot(out)
    runner = JobRunner(JobStore(store_path()))
    job = runner.submit("package", str(project), {"package_dir": str(out), "mode": "cable"}).job
    seen: list = []

    ended = runner.run(job, on_progress=seen.append, is_cancelled=lambda: bool(seen) and seen[-1] >= 40)

    assert ended.status == "stopped"
    assert leftovers(out.parent) == [] and snapshot(out) == previous  # cleaned on the way out, not at the next run
