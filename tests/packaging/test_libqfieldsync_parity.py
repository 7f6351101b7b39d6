"""Packaging as libqfieldsync does it (opengisch/libqfieldsync ``layer.py``, ``package_prevention_reasons``).

Invalid and unsupported layers are removed with a warning, unreachable localized layers are kept
unpackaged; ``strict`` fails the package instead and writes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer

from qfieldsync_plus.cli.main import main

from .conftest import open_packaged, points, run_package, save_project, write_ogr


@pytest.fixture
def mixed_project(workdir) -> Path:
    """A valid offline layer, a broken GeoPackage, an ECW raster and an unresolved localized layer."""
    project_dir = workdir / "project"
    gpkg = write_ogr(project_dir / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(5))
    good = QgsVectorLayer(f"{gpkg}|layername=a", "apiary", "ogr")
    good.setCustomProperty("QFieldSync/action", "offline")
    (project_dir / "broken.gpkg").write_bytes(b"this is not a geopackage")
    broken = QgsVectorLayer(f"{project_dir / 'broken.gpkg'}|layername=x", "broken layer", "ogr")
    (project_dir / "ortho.ecw").write_bytes(b"not really an ecw")
    ecw = QgsRasterLayer(str(project_dir / "ortho.ecw"), "ortho", "gdal")
    shared = workdir / "shared"
    shared_gpkg = write_ogr(shared / "shared.gpkg", "GPKG", "s", ogr.wkbPoint, points(3))
    registry = QgsApplication.localizedDataPathRegistry()
    registry.registerPath(str(shared))
    try:  # written as localized:shared.gpkg, unresolved once the path is gone
        localized = QgsVectorLayer(f"{shared_gpkg}|layername=s", "shared layer", "ogr")
        project = save_project(project_dir / "p.qgs", [good, broken, ecw, localized], allow_invalid=True)
    finally:
        registry.unregisterPath(str(shared))
    assert "localized:shared.gpkg" in project.read_text(encoding="utf-8")
    return project


def test_invalid_and_unsupported_layers_are_removed_the_rest_packaged(workdir, mixed_project):
    feedback = run_package(mixed_project, workdir / "out")

    assert feedback.get("error") is None, feedback
    outputs = feedback["outputs"]["package_project"]
    rows = {row["name"]: row for row in outputs["layers"]}
    assert rows["apiary"]["action"] == "offline" and rows["apiary"]["features"] == 5
    assert "prevention_reason" not in rows["apiary"]
    assert (rows["broken layer"]["action"], rows["broken layer"]["prevention_reason"]) == ("remove", "invalid")
    assert (rows["ortho"]["action"], rows["ortho"]["prevention_reason"]) == ("remove", "unsupported")
    assert (rows["shared layer"]["action"], rows["shared layer"]["prevention_reason"]) == ("no_action",
                                                                                          "localized_path")
    warnings = " ".join(outputs["warnings"])
    assert 'Layer "broken layer" is invalid' in warnings and 'Layer "ortho"' in warnings
    assert 'Layer "shared layer" is in a localized data path' in warnings
    packaged = open_packaged(workdir / "out", "p")
    assert sorted(l.name() for l in packaged.mapLayers().values()) == ["apiary", "shared layer"]
    assert "localized:shared.gpkg" in (workdir / "out" / "p_qfield.qgs").read_text(encoding="utf-8")


def test_a_layer_set_to_remove_gets_no_warning(workdir):
    project_dir = workdir / "project"
    (project_dir / "broken.gpkg").write_bytes(b"garbage")
    broken = QgsVectorLayer(f"{project_dir / 'broken.gpkg'}|layername=x", "broken layer", "ogr")
    broken.setCustomProperty("QFieldSync/action", "remove")
    gpkg = write_ogr(project_dir / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(2))
    project = save_project(project_dir / "p.qgs", [QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr"), broken],
                           allow_invalid=True)

    outputs = run_package(project, workdir / "out")["outputs"]["package_project"]

    assert outputs["warnings"] == []
    assert [r["action"] for r in outputs["layers"] if r["name"] == "broken layer"] == ["remove"]


def test_strict_fails_and_writes_nothing(workdir, mixed_project):
    feedback = run_package(mixed_project, workdir / "out", strict=True)

    assert feedback["error_type"] == "INVALID_ARGUMENTS"
    assert 'Layer "broken layer" is invalid' in feedback["error"] and 'Layer "ortho"' in feedback["error"]
    assert not (workdir / "out").exists()
    assert [p.name for p in workdir.iterdir() if p.name.startswith("out")] == []


def test_cli_shows_each_warning_and_strict_exits_1(workdir, mixed_project, capsys):
    out = workdir / "out"

    assert main(["package", str(mixed_project), "--out", str(out), "--strict"]) == 1
    assert not out.exists()
    assert "broken layer" in capsys.readouterr().err

    assert main(["package", str(mixed_project), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "not packaged: invalid" in printed and "not packaged: unsupported" in printed
    assert '[warning] Layer "broken layer" is invalid' in printed
    assert (out / "p_qfield.qgs").is_file()


def _entries_project(workdir, only_aoi: bool) -> Path:
    project_dir = workdir / "project"
    gpkg = write_ogr(project_dir / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(10))
    write_ogr(project_dir / "a.gpkg", "GPKG", "logs", ogr.wkbPoint, points(2))
    apiary = QgsVectorLayer(f"{gpkg}|layername=a", "apiary", "ogr")
    apiary.setCustomProperty("QFieldSync/action", "offline")
    logs = QgsVectorLayer(f"{gpkg}|layername=logs", "logs", "ogr")
    logs.setCustomProperty("QFieldSync/action", "remove")

    def configure(project: QgsProject) -> None:  # the area covers the first three points
        project.writeEntry("qfieldsync", "/areaOfInterest", "Polygon ((738950 5905950, 739250 5905950, "
                           "739250 5906250, 738950 5906250, 738950 5905950))")
        project.writeEntry("qfieldsync", "/areaOfInterestCrs", "EPSG:3857")
        project.writeEntryBool("qfieldsync", "/offlineCopyOnlyAoi", only_aoi)
        project.writeEntry("qfieldsync", "/digitizingLogsLayer", logs.id())
        project.writeEntry("qfieldsync", "/initialActiveLayer", apiary.id())
        project.writeEntry("qfieldsync", "/stampingDetailsTemplate", "[% @project_title %]")
        project.writeEntry("qfieldsync", "/mapThemesActiveLayers",
                           json.dumps({"survey": apiary.id(), "logging": logs.id()}))

    return save_project(project_dir / "p.qgs", [apiary, logs], configure)


def test_offline_copy_only_aoi_entry_limits_features(workdir):
    limited = run_package(_entries_project(workdir, only_aoi=True), workdir / "out")

    outputs = limited["outputs"]["package_project"]
    assert outputs["aoi_only"] is True
    assert {r["name"]: r.get("features") for r in outputs["layers"]}["apiary"] == 3


def test_entries_naming_a_removed_layer_are_dropped_the_rest_pass_through(workdir):
    feedback = run_package(_entries_project(workdir, only_aoi=False), workdir / "out")

    outputs = feedback["outputs"]["package_project"]
    assert outputs["aoi_only"] is False
    assert {r["name"]: r.get("features") for r in outputs["layers"]}["apiary"] == 10
    packaged = open_packaged(workdir / "out", "p")
    apiary_id = packaged.mapLayersByName("apiary")[0].id()
    assert packaged.readEntry("qfieldsync", "/digitizingLogsLayer", "")[1] is False
    assert packaged.readEntry("qfieldsync", "/initialActiveLayer", "")[0] == apiary_id
    assert packaged.readEntry("qfieldsync", "/stampingDetailsTemplate", "")[0] == "[% @project_title %]"
    assert json.loads(packaged.readEntry("qfieldsync", "/mapThemesActiveLayers", "")[0]) == {"survey": apiary_id}
    warnings = " ".join(outputs["warnings"])
    assert 'digitizingLogsLayer named the layer "logs"' in warnings
    assert 'map theme "logging" is "logs"' in warnings


def test_post_processing_of_the_packaged_project(workdir):
    project_dir = workdir / "project"
    gpkg = write_ogr(project_dir / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(3))
    shp = write_ogr(project_dir / "s.shp", "ESRI Shapefile", "s", ogr.wkbPoint, points(2))
    (project_dir / "p.qml").write_text("import QtQuick 2.14\nItem {}\n")
    (project_dir / "p_de.qm").write_bytes(b"qm de")
    (project_dir / "img").mkdir()
    (project_dir / "img" / "logo.png").write_bytes(b"png")
    (project_dir / "other.qml").write_text("not the project's plugin")
    shapes = QgsVectorLayer(str(shp), "shapes", "ogr")
    shapes.setCustomProperty("QFieldSync/action", "offline")

    def configure(project: QgsProject) -> None:
        project.setEvaluateDefaultValues(True)
        project.setAutoTransaction(True)
        project.writeEntry("Image", "/ImagePath", "img/logo.png")

    project = save_project(project_dir / "p.qgs", [QgsVectorLayer(f"{gpkg}|layername=a", "apiary", "ogr"), shapes],
                           configure)

    feedback = run_package(project, workdir / "out")

    assert feedback.get("error") is None, feedback
    out = workdir / "out"
    assert sorted(feedback["outputs"]["package_project"]["project_files"]) == [
        "img/logo.png", "p_qfield.qml", "p_qfield_de.qm"]
    assert (out / "p_qfield.qml").read_text() == "import QtQuick 2.14\nItem {}\n"
    assert (out / "p_qfield_de.qm").read_bytes() == b"qm de" and (out / "img" / "logo.png").read_bytes() == b"png"
    assert not (out / "other.qml").exists()
    packaged = open_packaged(out, "p")
    assert not packaged.evaluateDefaultValues() and not packaged.autoTransaction()
    offline = packaged.mapLayersByName("shapes")[0]
    assert offline.editorWidgetSetup(offline.fields().indexFromName("fid")).type() == "Hidden"
    assert offline.editorWidgetSetup(offline.fields().indexFromName("name")).type() != "Hidden"


def test_symbol_files_outside_the_project_are_copied_and_repointed(workdir):
    from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer, QgsSvgMarkerSymbolLayer

    project_dir = workdir / "project"
    svg = workdir / "elsewhere" / "hive.svg"
    svg.parent.mkdir()
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>')
    gpkg = write_ogr(project_dir / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(2))
    layer = QgsVectorLayer(f"{gpkg}|layername=a", "apiary", "ogr")
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(str(svg)))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    project = save_project(project_dir / "p.qgs", [layer])

    feedback = run_package(project, workdir / "out")

    assert feedback.get("error") is None, feedback
    assert "symbols/hive.svg" in feedback["outputs"]["package_project"]["project_files"]
    assert (workdir / "out" / "symbols" / "hive.svg").read_text() == svg.read_text()
    text = (workdir / "out" / "p_qfield.qgs").read_text(encoding="utf-8")
    assert str(svg) not in text and "symbols/hive.svg" in text
    packaged = open_packaged(workdir / "out", "p")
    marker = packaged.mapLayersByName("apiary")[0].renderer().symbol().symbolLayer(0)
    assert Path(marker.path()) == workdir / "out" / "symbols" / "hive.svg"


def test_not_null_with_a_provider_default_is_dropped(workdir, postgis_db):
    postgis_db.execute("CREATE TABLE hives (id serial PRIMARY KEY, name text NOT NULL DEFAULT 'unnamed', "
                       "code text NOT NULL, geom geometry(Point, 3857))")
    postgis_db.execute("INSERT INTO hives (code, geom) VALUES ('a', ST_SetSRID(ST_MakePoint(739000, 5906000), 3857))")
    layer = QgsVectorLayer(postgis_db.layer_uri("hives"), "hives", "postgres")
    project = save_project(workdir / "project" / "p.qgs", [layer])

    feedback = run_package(project, workdir / "out")

    assert feedback.get("error") is None, feedback
    assert feedback["outputs"]["package_project"]["layers"][0]["not_null_dropped"] == ["name"]
    dataset = ogr.Open(str(workdir / "out" / "data.gpkg"))
    table = dataset.GetLayerByName("hives").GetLayerDefn()
    nullable = {table.GetFieldDefn(i).GetName(): table.GetFieldDefn(i).IsNullable()
                for i in range(table.GetFieldCount())}
    dataset = None
    assert nullable["name"]
    assert not nullable["code"]  # no default: the rule stays
    assert open_packaged(workdir / "out", "p").mapLayer(layer.id()).featureCount() == 1


def test_files_named_by_attachment_fields_outside_dcim_are_carried(workdir):
    from qgis.core import QgsEditorWidgetSetup

    project_dir = workdir / "project"
    (project_dir / "reports" / "2024").mkdir(parents=True)
    (project_dir / "reports" / "2024" / "r1.pdf").write_bytes(b"%PDF report")
    (project_dir / "reports" / "unused.pdf").write_bytes(b"%PDF not referenced")
    (workdir / "secret.txt").write_text("outside the project")
    gpkg = write_ogr(project_dir / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(3))
    layer = QgsVectorLayer(f"{gpkg}|layername=a", "apiary", "ogr")
    layer.setCustomProperty("QFieldSync/action", "offline")
    names = ["reports/2024/r1.pdf", "../secret.txt", "reports/missing.pdf"]
    layer.startEditing()
    for feature, value in zip(layer.getFeatures(), names):
        layer.changeAttributeValue(feature.id(), layer.fields().indexFromName("name"), value)
    assert layer.commitChanges()
    layer.setEditorWidgetSetup(layer.fields().indexFromName("name"), QgsEditorWidgetSetup("ExternalResource", {}))
    project = save_project(project_dir / "p.qgs", [layer])

    feedback = run_package(project, workdir / "out")

    assert feedback.get("error") is None, feedback
    assert feedback["outputs"]["package_project"]["attachment_files"] == ["reports/2024/r1.pdf"]
    assert (workdir / "out" / "reports" / "2024" / "r1.pdf").read_bytes() == b"%PDF report"
    assert not (workdir / "out" / "reports" / "unused.pdf").exists() and not (workdir / "out" / "secret.txt").exists()


def test_layer_without_a_usable_key_is_read_only_in_cloud_mode(workdir):
    from .conftest import csv_layer, write_csv

    csv = write_csv(workdir / "project" / "rows.csv", 3)
    gpkg = write_ogr(workdir / "project" / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(2))
    project = save_project(workdir / "project" / "p.qgs",
                           [csv_layer(csv, "rows"), QgsVectorLayer(f"{gpkg}|layername=a", "apiary", "ogr")])

    cloud = run_package(project, workdir / "cloud", mode="cloud")
    cable = run_package(project, workdir / "cable")

    assert cloud.get("error") is None, cloud
    rows = {r["name"]: r for r in cloud["outputs"]["package_project"]["layers"]}
    assert rows["rows"]["action"] == "no_action" and rows["apiary"]["action"] == "offline"
    assert 'Layer "rows" has no primary key' in " ".join(cloud["outputs"]["package_project"]["warnings"])
    packaged = open_packaged(workdir / "cloud", "p")
    rows_layer, apiary = packaged.mapLayersByName("rows")[0], packaged.mapLayersByName("apiary")[0]
    assert rows_layer.readOnly() and rows_layer.customProperty("QFieldSync/unsupported_source_pk") == "1"
    assert not apiary.readOnly()
    assert not open_packaged(workdir / "cable", "p").mapLayersByName("rows")[0].readOnly()
