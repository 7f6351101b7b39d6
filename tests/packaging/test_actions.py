"""Layer actions: libqfieldsync's defaults per mode, and what copy/keep_existent/remove/no_action do."""

from __future__ import annotations

import sqlite3

from osgeo import gdal, ogr
from qgis.core import QgsProject, QgsRasterLayer, QgsRelation, QgsRelationContext, QgsVectorLayer

from qfieldsync_plus.core.packaging.actions import default_action

from .conftest import assert_packaged_like_source, open_packaged, points, run_package, save_project, write_ogr


def _tiff(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform([739000, 10, 0, 5906000, 0, -10])
    dataset = None
    return path


def test_default_actions_per_mode(workdir, postgis_db):
    gpkg = write_ogr(workdir / "project" / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(2))
    postgis_db.execute("CREATE TABLE t (id serial PRIMARY KEY, geom geometry(Point, 3857))")
    layers = {
        "gpkg": QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr"),
        "postgis": QgsVectorLayer(postgis_db.layer_uri("t"), "t", "postgres"),
        "raster": QgsRasterLayer(str(_tiff(workdir / "project" / "r.tif")), "r", "gdal"),
        "memory": QgsVectorLayer("Point?crs=EPSG:3857", "m", "memory"),
        "ecw": QgsRasterLayer(str(workdir / "project" / "ortho.ecw"), "ortho", "gdal"),
        "wms": QgsRasterLayer("type=xyz&url=http://127.0.0.1:9/{z}/{x}/{y}.png", "tiles", "wms"),
    }
    expected = {  # (cable, cloud)
        "gpkg": ("copy", "offline"), "postgis": ("offline", "offline"), "raster": ("copy", "no_action"),
        "memory": ("no_action", "no_action"), "ecw": ("remove", "remove"), "wms": ("no_action", "no_action"),
    }
    for key, layer in layers.items():
        assert (default_action(layer, "cable"), default_action(layer, "cloud")) == expected[key], key


def test_copy_keeps_relative_folders_and_sidecars(workdir):
    shp = write_ogr(workdir / "project" / "data" / "sub" / "parcels.shp", "ESRI Shapefile", "parcels",
                    ogr.wkbPoint, points(5))
    (shp.parent / "parcels.qix").write_bytes(b"index")
    (shp.parent / "parcels.shp.xml").write_text("<metadata/>")
    (shp.parent / "unrelated.txt").write_text("not data")
    raster = QgsRasterLayer(str(_tiff(workdir / "project" / "img" / "r.tif")), "r", "gdal")
    layer = QgsVectorLayer(str(shp), "parcels", "ogr")
    project = save_project(workdir / "project" / "p.qgs", [layer, raster])
    out = workdir / "out"

    feedback = run_package(project, out)  # cable: files are copied

    assert feedback.get("error") is None, feedback.get("error")
    copied = {p.name for p in (out / "data" / "sub").iterdir()}
    assert {"parcels.shp", "parcels.shx", "parcels.dbf", "parcels.prj", "parcels.qix", "parcels.shp.xml"} <= copied
    assert "unrelated.txt" not in copied
    assert (out / "img" / "r.tif").is_file()
    assert_packaged_like_source(project, out)
    text = (out / "p_qfield.qgs").read_text(encoding="utf-8")
    assert "<datasource>./data/sub/parcels.shp</datasource>" in text
    assert not (out / "data.gpkg").exists()


def test_keep_existent_keeps_the_copy_already_in_the_package(workdir):
    gpkg = write_ogr(workdir / "project" / "base.gpkg", "GPKG", "base", ogr.wkbPoint, points(10))
    layer = QgsVectorLayer(f"{gpkg}|layername=base", "base", "ogr")
    layer.setCustomProperty("QFieldSync/action", "keep_existent")
    project = save_project(workdir / "project" / "p.qgs", [layer])
    out = workdir / "out"
    assert run_package(project, out).get("error") is None  # missing at the destination: copied
    with sqlite3.connect(str(out / "base.gpkg")) as db:
        db.execute("DELETE FROM base WHERE fid <= 4")  # edited in the package (e.g. on the device)

    feedback = run_package(project, out)

    assert feedback.get("error") is None, feedback.get("error")
    assert open_packaged(out, "p").mapLayer(layer.id()).featureCount() == 6


def test_remove_drops_the_layer_and_its_relations(workdir):
    gpkg = write_ogr(workdir / "project" / "a.gpkg", "GPKG", "parent", ogr.wkbPoint, points(3))
    other = write_ogr(workdir / "project" / "b.gpkg", "GPKG", "child", ogr.wkbPoint, points(3))
    parent = QgsVectorLayer(f"{gpkg}|layername=parent", "parent", "ogr")
    child = QgsVectorLayer(f"{other}|layername=child", "child", "ogr")
    child.setCustomProperty("QFieldSync/action", "remove")

    def relate(project: QgsProject) -> None:
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId("parent_child")
        relation.setName("children")
        relation.setReferencedLayer(parent.id())
        relation.setReferencingLayer(child.id())
        relation.addFieldPair("count", "count")
        assert relation.isValid(), relation.validationError()
        project.relationManager().addRelation(relation)

    project = save_project(workdir / "project" / "p.qgs", [parent, child], relate)
    out = workdir / "out"

    feedback = run_package(project, out)

    assert feedback.get("error") is None, feedback.get("error")
    packaged = open_packaged(out, "p")
    assert packaged.mapLayer(child.id()) is None and packaged.mapLayer(parent.id()).isValid()
    assert packaged.relationManager().relations() == {}
    assert not (out / "b.gpkg").exists()


def test_no_action_keeps_the_source(workdir):
    gpkg = write_ogr(workdir / "project" / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(4))
    layer = QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr")
    layer.setCustomProperty("QFieldSync/cloud_action", "no_action")
    project = save_project(workdir / "project" / "p.qgs", [layer])

    feedback = run_package(project, workdir / "out", mode="cloud")

    assert feedback.get("error") is None, feedback.get("error")
    packaged = open_packaged(workdir / "out", "p").mapLayer(layer.id())
    assert packaged.isValid() and packaged.source().startswith(str(gpkg))
    assert not (workdir / "out" / "data.gpkg").exists()


def test_impossible_action_is_refused_naming_the_layer(workdir):
    raster = QgsRasterLayer(str(_tiff(workdir / "project" / "r.tif")), "ortho", "gdal")
    raster.setCustomProperty("QFieldSync/action", "offline")
    project = save_project(workdir / "project" / "p.qgs", [raster])

    feedback = run_package(project, workdir / "out")

    assert 'Layer "ortho"' in feedback["error"] and "offline" in feedback["error"]
    assert not (workdir / "out").exists()


def test_memory_layer_gets_a_warning(workdir):
    gpkg = write_ogr(workdir / "project" / "a.gpkg", "GPKG", "a", ogr.wkbPoint, points(2))
    layers = [QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr"),
              QgsVectorLayer("Point?crs=EPSG:3857&field=n:integer", "scratch", "memory")]
    project = save_project(workdir / "project" / "p.qgs", layers)

    feedback = run_package(project, workdir / "out", mode="cloud")

    assert feedback.get("error") is None, feedback.get("error")
    warnings = feedback["outputs"]["package_project"]["warnings"]
    assert len(warnings) == 1 and '"scratch" is a memory layer' in warnings[0]
