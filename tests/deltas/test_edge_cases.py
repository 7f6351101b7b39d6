"""Geometry edge cases on real layers, typed fields, and several data sources in one run."""

from __future__ import annotations

from pathlib import Path

from osgeo import ogr

from tests.deltas.conftest import LayerProject, deltafile, delta, read_ogr, run_job, statuses, write_ogr


def _gpkg_with_typed_layers(path: Path) -> None:
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    z = ds.CreateLayer("pointz", None, ogr.wkbPoint25D)
    z.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    multi = ds.CreateLayer("areas", None, ogr.wkbMultiPolygon)
    multi.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    table = ds.CreateLayer("notes", None, ogr.wkbNone)
    for name, kind in (("name", ogr.OFTString), ("day", ogr.OFTDate), ("at", ogr.OFTDateTime),
                       ("blob", ogr.OFTBinary), ("ok", ogr.OFTInteger)):
        table.CreateField(ogr.FieldDefn(name, kind))
    table.GetLayerDefn()
    feature = ogr.Feature(z.GetLayerDefn())
    feature.SetField("name", "z1")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT Z (1 2 3)"))
    z.CreateFeature(feature)
    feature = ogr.Feature(multi.GetLayerDefn())
    feature.SetField("name", "a1")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"))
    multi.CreateFeature(feature)
    feature = ogr.Feature(table.GetLayerDefn())
    feature.SetField("name", "n1")
    feature.SetField("day", 2024, 5, 1, 0, 0, 0, 0)
    feature.SetField("at", 2024, 5, 1, 8, 0, 0, 100)
    feature.SetFieldBinaryFromHexString("blob", b"hello".hex())
    table.CreateFeature(feature)
    ds = None


def _project(tmp_path, data_dir) -> tuple:
    from qgis.core import QgsProject, QgsVectorLayer

    gpkg = tmp_path / "typed.gpkg"
    _gpkg_with_typed_layers(gpkg)
    project = QgsProject()
    ids = {}
    for name in ("pointz", "areas", "notes"):
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
        ids[name] = layer.id()
    path = tmp_path / "typed.qgs"
    assert project.write(str(path))
    return path, gpkg, ids


def _on(layer_id: str, lp: LayerProject) -> LayerProject:
    return LayerProject(lp.kind, lp.project, layer_id, lp.read, lp.store)


def test_geometry_edge_cases_on_layers(qgis_app, tmp_path, data_dir):
    path, gpkg, ids = _project(tmp_path, data_dir)
    base = LayerProject("gpkg", path, "", lambda: {}, data_dir / "jobs.sqlite")
    z, areas, notes = (_on(ids[n], base) for n in ("pointz", "areas", "notes"))
    deltas = [
        delta(z, "patch", 1, old={"geometry": "POINT Z (1 2 3)"}, new={"geometry": "POINT (5 6)"}),
        delta(z, "create", None, local_pk="2", new={"attributes": {"name": "no position"}, "geometry": "POINT (nan nan)"}),
        delta(z, "create", None, local_pk="3", new={"attributes": {"name": "empty"}, "geometry": ""}),
        delta(areas, "patch", 1, old={}, new={"geometry": "POLYGON ((0 0, 2 0, 2 2, 0 0))"}),
        delta(notes, "create", None, local_pk="9", new={"attributes": {"name": "n2"}, "geometry": "POINT (1 1)"}),
    ]
    feedback = run_job(base, deltafile(tmp_path / "d.json", deltas))
    assert "error" not in feedback, feedback.get("error")
    entries = feedback["outputs"]["apply_deltas"]["delta_feedback"]
    assert "geometry ignored" in entries[4]["msg"]
    ds = ogr.Open(str(gpkg))
    z_features = {f.GetFID(): f for f in ds.GetLayerByName("pointz")}
    assert z_features[1].GetGeometryRef().ExportToIsoWkt() == "POINT Z (5 6 0)"
    assert z_features[2].GetGeometryRef() is None and z_features[3].GetGeometryRef() is None
    area = ds.GetLayerByName("areas").GetFeature(1)
    assert area.GetGeometryRef().ExportToIsoWkt() == "MULTIPOLYGON (((0 0,2 0,2 2,0 0)))"
    assert ds.GetLayerByName("notes").GetFeatureCount() == 2


def test_wrong_geometry_type_fails_and_typed_conflicts(qgis_app, tmp_path, data_dir):
    path, gpkg, ids = _project(tmp_path, data_dir)
    base = LayerProject("gpkg", path, "", lambda: {}, data_dir / "jobs.sqlite")
    z, notes = _on(ids["pointz"], base), _on(ids["notes"], base)
    wrong = [delta(z, "patch", 1, old={}, new={"geometry": "LINESTRING (0 0, 1 1)"})]
    feedback = run_job(base, deltafile(tmp_path / "w.json", wrong))
    assert "a Line String cannot be stored in a Point layer" in feedback["error"]
    same = {"day": "2024-05-01", "at": "2024-05-01T10:00:00+02:00", "blob": "aGVsbG8=", "ok": None}
    fine = [delta(notes, "patch", 1, old={"attributes": same}, new={"attributes": {"name": "same instant"}})]
    assert statuses(run_job(base, deltafile(tmp_path / "f.json", fine))) == ["status_applied"]
    other = {"day": "2024-05-02", "at": "2024-05-01T08:00:00+02:00", "blob": "bye", "ok": 0}
    clash = [delta(notes, "patch", 1, old={"attributes": other}, new={"attributes": {"name": "x"}})]
    entry = run_job(base, deltafile(tmp_path / "c.json", clash))["outputs"]["apply_deltas"]["delta_feedback"][0]
    assert entry["status"] == "status_conflict"
    assert [c.split(":")[0] for c in entry["conflicts"]] == ['attribute "day"', 'attribute "at"',
                                                             'attribute "blob"', 'attribute "ok"']
    assert "found null" in entry["conflicts"][3]


def test_several_sources_all_or_nothing(qgis_app, tmp_path, data_dir):
    from qgis.core import QgsProject, QgsVectorLayer

    gpkg, shp = tmp_path / "a.gpkg", tmp_path / "b.shp"
    write_ogr(gpkg, "GPKG", 5, key_field=False)
    write_ogr(shp, "ESRI Shapefile", 5, key_field=True)
    project = QgsProject()
    layers = [QgsVectorLayer(f"{gpkg}|layername=trees", "a", "ogr"), QgsVectorLayer(str(shp), "b", "ogr")]
    for layer in layers:
        project.addMapLayer(layer)
    path = tmp_path / "two.qgs"
    project.write(str(path))
    base = LayerProject("mixed", path, "", lambda: {}, data_dir / "jobs.sqlite")
    a, b = _on(layers[0].id(), base), _on(layers[1].id(), base)
    before = (read_ogr(str(gpkg), "trees", "FID"), read_ogr(str(shp), None, "fid"))
    deltas = [delta(a, "patch", 1, old={}, new={"attributes": {"name": "A"}}),
              delta(b, "patch", 1, old={}, new={"attributes": {"name": "B"}}),
              delta(b, "delete", 99, old={})]
    feedback = run_job(base, deltafile(tmp_path / "d.json", deltas))
    assert "Unable to find feature with key 99" in feedback["error"]
    assert (read_ogr(str(gpkg), "trees", "FID"), read_ogr(str(shp), None, "fid")) == before
    assert sorted(p.name for p in tmp_path.iterdir() if "__qfsp" in p.name) == []
    feedback = run_job(base, deltafile(tmp_path / "e.json", deltas[:2]))
    assert "error" not in feedback
    assert read_ogr(str(gpkg), "trees", "FID")["1"][0] == "A" and read_ogr(str(shp), None, "fid")["1"][0] == "B"


def _one_layer_project(tmp_path, uri: str, provider: str) -> tuple:
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(uri, "trees", provider)
    assert layer.isValid(), uri
    project = QgsProject()
    project.addMapLayer(layer)
    path = tmp_path / "one.qgs"
    assert project.write(str(path))
    return path, layer.id()


def _write_spatialite(path: Path) -> None:
    ds = ogr.GetDriverByName("SQLite").CreateDataSource(str(path), ["SPATIALITE=YES"])
    layer = ds.CreateLayer("trees", None, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("count", ogr.OFTInteger))
    for index in (1, 2):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", f"s{index}")
        feature.SetField("count", index)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({index} {index})"))
        layer.CreateFeature(feature)
    del feature, layer
    ds = None


def test_spatialite_and_geojson_sources(qgis_app, tmp_path, data_dir):
    sqlite = tmp_path / "trees.sqlite"
    _write_spatialite(sqlite)
    geojson = tmp_path / "trees.geojson"
    write_ogr(geojson, "GeoJSON", 2, key_field=True)
    for uri, provider, read in (
        (f"dbname='{sqlite}' table=\"trees\" (GEOMETRY)", "spatialite", lambda: read_ogr(str(sqlite), "trees", "FID")),
        (str(geojson), "ogr", lambda: read_ogr(str(geojson), None, "fid")),
    ):
        path, layer_id = _one_layer_project(tmp_path, uri, provider)
        lp = LayerProject(provider, path, layer_id, read, data_dir / "jobs.sqlite")
        bad = [delta(lp, "patch", 1, old={}, new={"attributes": {"count": 10}}), delta(lp, "delete", 9, old={})]
        before = read()
        assert "Unable to find feature with key 9" in run_job(lp, deltafile(tmp_path / "b.json", bad))["error"]
        assert read() == before
        good = [delta(lp, "patch", 1, old={"attributes": {"count": 1}}, new={"attributes": {"count": 10}}),
                delta(lp, "delete", 2, old={"attributes": {"count": 2}})]
        feedback = run_job(lp, deltafile(tmp_path / "g.json", good))
        assert "error" not in feedback, feedback.get("error")
        after = read()
        assert after["1"][1] == "10" and "2" not in after
