"""The packaged project keeps ids, order, styles, forms, relations, value relations and map themes."""

from __future__ import annotations

from osgeo import ogr
from qgis.core import (
    QgsEditorWidgetSetup,
    QgsGeometry,
    QgsMapThemeCollection,
    QgsProject,
    QgsRelation,
    QgsRelationContext,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from .conftest import open_packaged, points, run_package, save_project, write_ogr


def _build(workdir, configure=None):
    gpkg = workdir / "project" / "survey.gpkg"
    write_ogr(gpkg, "GPKG", "apiary", ogr.wkbPoint, points(10))
    write_ogr(gpkg, "GPKG", "species", ogr.wkbNone, [])
    write_ogr(gpkg, "GPKG", "visits", ogr.wkbPoint, points(3))
    layers = [QgsVectorLayer(f"{gpkg}|layername={n}", n, "ogr") for n in ("apiary", "species", "visits")]
    for layer in layers:
        layer.setCustomProperty("QFieldSync/action", "offline")
    return layers, save_project(workdir / "project" / "survey.qgs", layers, configure)


def test_ids_order_styles_forms_relations_value_relations_themes(workdir):
    holder = {}

    def configure(project: QgsProject) -> None:
        apiary, species, visits = holder["layers"]
        symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.PointGeometry)
        symbol.setColor(QColor("#123456"))
        apiary.setRenderer(QgsSingleSymbolRenderer(symbol))
        apiary.setEditorWidgetSetup(apiary.fields().indexOf("count"),
                                    QgsEditorWidgetSetup("Range", {"Min": 0, "Max": 99, "Step": 1}))
        visits.setEditorWidgetSetup(visits.fields().indexOf("name"), QgsEditorWidgetSetup("ValueRelation", {
            "Layer": species.id(), "LayerName": "species", "LayerSource": species.source(),
            "LayerProviderName": "ogr", "Key": "name", "Value": "name"}))
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId("apiary_visits")
        relation.setName("visits of apiary")
        relation.setReferencedLayer(apiary.id())
        relation.setReferencingLayer(visits.id())
        relation.addFieldPair("count", "count")
        assert relation.isValid(), relation.validationError()
        project.relationManager().addRelation(relation)
        record = QgsMapThemeCollection.MapThemeRecord()
        record.setLayerRecords([QgsMapThemeCollection.MapThemeLayerRecord(apiary)])
        project.mapThemeCollection().insert("only apiary", record)
        root = project.layerTreeRoot()  # a custom order: visits first
        node = root.findLayer(visits.id()).clone()
        root.insertChildNode(0, node)
        root.removeChildNode(root.children()[-1] if root.children()[-1].layerId() == visits.id() else root.children()[-1])

    gpkg = workdir / "project" / "survey.gpkg"
    write_ogr(gpkg, "GPKG", "apiary", ogr.wkbPoint, points(10))
    write_ogr(gpkg, "GPKG", "species", ogr.wkbNone, [])
    write_ogr(gpkg, "GPKG", "visits", ogr.wkbPoint, points(3))
    holder["layers"] = [QgsVectorLayer(f"{gpkg}|layername={n}", n, "ogr") for n in ("apiary", "species", "visits")]
    for layer in holder["layers"]:
        layer.setCustomProperty("QFieldSync/action", "offline")
    project_file = save_project(workdir / "project" / "survey.qgs", holder["layers"], configure)
    original = QgsProject()
    assert original.read(str(project_file))
    out = workdir / "out"

    feedback = run_package(project_file, out)

    assert feedback.get("error") is None, feedback.get("error")
    packaged = open_packaged(out, "survey")
    apiary, species, visits = (packaged.mapLayer(l.id()) for l in holder["layers"])
    assert set(packaged.mapLayers()) == set(original.mapLayers())
    assert packaged.layerTreeRoot().findLayerIds() == original.layerTreeRoot().findLayerIds()
    assert apiary.renderer().symbol().color().name() == "#123456"
    assert apiary.editorWidgetSetup(apiary.fields().indexOf("count")).config()["Max"] == 99
    relation = packaged.relationManager().relation("apiary_visits")
    assert relation.isValid() and relation.referencedLayerId() == apiary.id()
    config = visits.editorWidgetSetup(visits.fields().indexOf("name")).config()
    assert config["Layer"] == species.id() and config["LayerSource"] == "./data.gpkg|layername=species"
    assert packaged.mapThemeCollection().mapThemes() == ["only apiary"]
    assert packaged.readEntry("qfieldsync", "/originalProjectPath")[0] == str(project_file.resolve())
    assert apiary.customProperty("QFieldSync/action") == "offline"
    original.clear()


def test_attachment_dirs_are_copied(workdir):
    layers, project_file = _build(workdir)
    (workdir / "project" / "DCIM").mkdir()
    (workdir / "project" / "DCIM" / "hive.jpg").write_bytes(b"\xff\xd8 photo")
    (workdir / "project" / "photos" / "2024").mkdir(parents=True)
    (workdir / "project" / "photos" / "2024" / "a.jpg").write_bytes(b"\xff\xd8 other")

    feedback = run_package(project_file, workdir / "out")

    assert feedback.get("error") is None, feedback.get("error")
    assert (workdir / "out" / "DCIM" / "hive.jpg").read_bytes() == b"\xff\xd8 photo"
    assert not (workdir / "out" / "photos").exists()  # not an attachment folder of this project

    def photos(project: QgsProject) -> None:
        project.writeEntry("QFieldSync", "attachmentDirs", ["photos"])

    project = QgsProject()
    project.read(str(project_file))
    photos(project)
    project.write()
    project.clear()
    assert run_package(project_file, workdir / "out2").get("error") is None
    assert (workdir / "out2" / "photos" / "2024" / "a.jpg").exists()


def test_area_of_interest_limits_features(workdir):
    def aoi(project: QgsProject) -> None:  # covers the first three points only
        project.writeEntry("QFieldSync", "/areaOfInterest",
                           QgsGeometry.fromWkt("POLYGON ((738950 5905950, 739250 5905950, 739250 5906250, "
                                               "738950 5906250, 738950 5905950))").asWkt())
        project.writeEntry("QFieldSync", "/areaOfInterestCrs", "EPSG:3857")

    layers, project_file = _build(workdir, aoi)

    everything = run_package(project_file, workdir / "all")
    limited = run_package(project_file, workdir / "aoi", aoi_only=True)

    assert everything.get("error") is None and limited.get("error") is None
    counts = {r["name"]: r["features"] for r in limited["outputs"]["package_project"]["layers"]}
    assert counts == {"apiary": 3, "species": 0, "visits": 3}
    assert {r["name"]: r["features"] for r in everything["outputs"]["package_project"]["layers"]}["apiary"] == 10
    assert limited["outputs"]["package_project"]["area_of_interest"].startswith("POLYGON")


def test_without_configured_area_the_layer_extents_are_used(workdir):
    layers, project_file = _build(workdir)

    feedback = run_package(project_file, workdir / "out", aoi_only=True)

    assert feedback.get("error") is None, feedback.get("error")
    assert {r["name"]: r["features"] for r in feedback["outputs"]["package_project"]["layers"]}["apiary"] == 10


def test_project_without_extent_cannot_use_aoi_only(workdir):
    gpkg = write_ogr(workdir / "project" / "t.gpkg", "GPKG", "table_only", ogr.wkbNone, [])
    layer = QgsVectorLayer(f"{gpkg}|layername=table_only", "table_only", "ogr")
    project_file = save_project(workdir / "project" / "p.qgs", [layer])

    feedback = run_package(project_file, workdir / "out", aoi_only=True)

    assert "extent" in feedback["error"] and "p.qgs" in feedback["error"]
    assert not (workdir / "out").exists()
