"""A package made by QFieldSync comes home through QGIS's offline-editing synchronization."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer, QgsVectorLayerUtils, QgsWkbTypes

from qfieldsync_plus.core.jobs.errors import JobError
from qfieldsync_plus.core.sync.qfieldsync_offline import (
    import_checksum,
    is_qfieldsync_package,
    synchronize_qfieldsync_package,
    synchronize_with_attachments,
)
from tests.fixtures.field_device import edit_in_the_field, layer_named, qfieldsync_package
from tests.fixtures.projects import save_project, write_gpkg_layer


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(gpkg: Path, layer: str) -> dict:
    dataset = ogr.Open(str(gpkg))
    return {f.GetFID(): (f.GetField("name"), f.GetGeometryRef().ExportToWkt()) for f in dataset.GetLayerByName(layer)}


def _field_work(project: QgsProject) -> None:
    apiary = layer_named(project, "apiary")
    assert apiary.startEditing()
    fields = apiary.fields()
    new = QgsVectorLayerUtils.createFeature(apiary, QgsGeometry.fromWkt("POINT (739500 5906900)"),
                                            {fields.indexOf("name"): "field hive", fields.indexOf("count"): 42})
    assert apiary.addFeature(new)
    assert apiary.changeAttributeValue(2, fields.indexOf("name"), "renamed in the field")
    assert apiary.changeGeometry(3, QgsGeometry.fromWkt("POINT (739250 5906125)"))
    assert apiary.deleteFeature(4)
    assert apiary.commitChanges(), apiary.commitErrors()
    area = layer_named(project, "area")
    assert area.startEditing()
    assert area.changeAttributeValue(1, area.fields().indexOf("name"), "big meadow")
    assert area.commitChanges(), area.commitErrors()


@pytest.fixture
def field_device(qgis_app, tmp_path):
    """(office project, device folder): apiary and area packaged by QFieldSync, then edited in the field."""
    office = tmp_path / "office"
    office.mkdir()
    write_gpkg_layer(office / "bees.gpkg", "apiary", QgsWkbTypes.Point,
                     [(f"POINT ({739000 + i * 100} {5906000 + i * 50})", [f"hive {i}", i]) for i in range(6)])
    write_gpkg_layer(office / "area.gpkg", "area", QgsWkbTypes.Polygon,
                     [("POLYGON ((738900 5905900, 740100 5905900, 740100 5906600, 738900 5905900))", ["meadow", 1])])
    layers = [QgsVectorLayer(f"{office / 'bees.gpkg'}|layername=apiary", "apiary", "ogr"),
              QgsVectorLayer(f"{office / 'area.gpkg'}|layername=area", "area", "ogr")]
    project_file = save_project(office / "bees.qgs", layers)
    device = tmp_path / "device"
    packaged = qfieldsync_package(project_file, device, ["apiary", "area"])
    edit_in_the_field(packaged, _field_work)
    (device / "DCIM").mkdir()
    (device / "DCIM" / "JPEG_20261129.jpg").write_bytes(b"photo of the new hive")
    yield project_file, device
    QgsProject.instance().clear()


def test_detects_qfieldsync_packages_only(field_device, tmp_path):
    project_file, device = field_device
    assert is_qfieldsync_package(device / "data.gpkg")
    assert not is_qfieldsync_package(project_file.parent / "bees.gpkg")
    assert not is_qfieldsync_package(tmp_path / "missing.gpkg")


def test_synchronize_writes_field_edits_and_records_the_checksum(field_device, tmp_path):
    project_file, device = field_device
    device_before = {p.name: _digest(p) for p in device.rglob("*") if p.is_file()}
    checksum = import_checksum(device)

    result = synchronize_with_attachments(project_file, device, tmp_path / "store")

    assert result["files"] == {"copied": ["DCIM/JPEG_20261129.jpg"], "identical": [], "conflicts": []}
    assert (project_file.parent / "DCIM" / "JPEG_20261129.jpg").read_bytes() == b"photo of the new hive"
    by_name = {layer["name"]: layer for layer in result["layers"]}
    assert {k: by_name["apiary"][k] for k in ("created", "changed", "deleted", "conflicts")} == \
        {"created": 1, "changed": 2, "deleted": 1, "conflicts": 0}
    assert (by_name["area"]["changed"], by_name["area"]["created"]) == (1, 0)
    rows = _rows(project_file.parent / "bees.gpkg", "apiary")
    assert 4 not in rows
    assert rows[2][0] == "renamed in the field"
    assert rows[3][1] == "POINT (739250 5906125)"
    assert [name for name, _ in rows.values()].count("field hive") == 1
    assert _rows(project_file.parent / "area.gpkg", "area")[1][0] == "big meadow"
    # QFieldSync's record: the device data.gpkg's MD5 in qfieldsync//importedFilesChecksums.
    saved = QgsProject()
    assert saved.read(str(project_file))
    assert saved.readListEntry("qfieldsync", "/importedFilesChecksums", [])[0] == [checksum]
    assert len(saved.mapLayers()) == 2
    saved.clear()
    # The device folder is read, never written; the private work folder is gone.
    assert {p.name: _digest(p) for p in device.rglob("*") if p.is_file()} == device_before
    assert list((tmp_path / "store").iterdir()) == []

    sources = _digest(project_file.parent / "bees.gpkg")
    with pytest.raises(JobError) as raised:
        synchronize_qfieldsync_package(project_file, device, tmp_path / "store")
    assert "already synchronized" in str(raised.value)
    assert _digest(project_file.parent / "bees.gpkg") == sources


def test_dry_run_counts_and_changes_nothing(field_device, tmp_path):
    project_file, device = field_device
    before = (_digest(project_file), _digest(project_file.parent / "bees.gpkg"))
    result = synchronize_qfieldsync_package(project_file, device, tmp_path / "store", dry_run=True)
    assert result["dry_run"] and sum(layer["created"] for layer in result["layers"]) == 1
    assert (_digest(project_file), _digest(project_file.parent / "bees.gpkg")) == before


def test_a_failed_synchronization_restores_every_source(field_device, tmp_path):
    project_file, device = field_device
    before = {name: _digest(project_file.parent / name) for name in ("bees.qgs", "bees.gpkg")}
    hidden = shutil.move(str(project_file.parent / "area.gpkg"), str(tmp_path / "area.gpkg"))  # unreachable now
    with pytest.raises(JobError) as raised:
        synchronize_with_attachments(project_file, device, tmp_path / "store")
    assert "nothing was changed" in str(raised.value)
    assert not (project_file.parent / "DCIM").exists()  # the copied photo (and its folder) went again
    assert {name: _digest(project_file.parent / name) for name in ("bees.qgs", "bees.gpkg")} == before
    assert not (project_file.parent / "area.gpkg").exists()
    assert not (project_file.parent / "bees.gpkg-wal").exists()
    shutil.move(hidden, str(project_file.parent / "area.gpkg"))


def test_a_package_of_another_project_is_refused(field_device, tmp_path):
    _, device = field_device
    (tmp_path / "other").mkdir()
    other = save_project(tmp_path / "other" / "other.qgs",
                         [QgsVectorLayer("Point?crs=EPSG:3857&field=name:string", "apiary", "memory")])
    with pytest.raises(JobError) as raised:
        synchronize_qfieldsync_package(other, device, tmp_path / "store")
    assert "not a package of this project" in str(raised.value) and "bees.qgs" in str(raised.value)


def test_our_packages_never_flag_layers_for_offline_editing(bees_project, tmp_path):
    from tests.packaging.conftest import run_package

    feedback = run_package(bees_project, tmp_path / "out")
    assert not feedback.get("error"), feedback.get("error")
    assert "isOfflineEditable" not in (tmp_path / "out" / "bees_qfield.qgs").read_text(encoding="utf-8")
    assert not is_qfieldsync_package(tmp_path / "out" / "data.gpkg")
    project = QgsProject()
    assert project.read(str(tmp_path / "out" / "bees_qfield.qgs"))
    assert [layer.customProperty("isOfflineEditable") for layer in project.mapLayers().values()] == [None, None]
    project.clear()


def test_a_killed_synchronization_is_undone_by_the_next_one(field_device, tmp_path):
    from qfieldsync_plus.core.sync.qfieldsync_offline import Backup, recover_interrupted

    project_file, _ = field_device
    gpkg = project_file.parent / "bees.gpkg"
    before = _digest(gpkg)
    killed = Backup.start(tmp_path / "store" / "qfieldsync_killed" / "backup")
    killed.add(gpkg)
    dataset = ogr.Open(str(gpkg), 1)
    dataset.GetLayerByName("apiary").DeleteFeature(1)  # half-written when the process died
    dataset = None
    done = Backup.start(tmp_path / "store" / "qfieldsync_done" / "backup")
    done.add(project_file)
    done.commit()
    project_file.write_text(project_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    committed_project = _digest(project_file)

    messages = recover_interrupted(tmp_path / "store")
    assert len(messages) == 1 and "restored" in messages[0]
    assert _digest(gpkg) == before
    assert _digest(project_file) == committed_project  # a completed run is never rolled back
    assert list((tmp_path / "store").iterdir()) == []
