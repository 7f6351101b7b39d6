"""Fixtures for delta_apply tests: one-layer projects on GeoPackage, Shapefile, CSV and PostGIS."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Optional

import pytest
from osgeo import ogr, osr

FORMATS = ("gpkg", "shp", "csv", "postgis")
NAMES = ["alpha", "beta", "gamma", "delta", "epsilon"]


@dataclass
class LayerProject:
    """A project with one layer ``trees`` and a way to read its rows back."""

    kind: str
    project: Path
    layer_id: str
    read: Callable[[], Dict[str, tuple]]
    store: Path
    files: tuple = ()


def _srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3857)
    return srs


def write_ogr(path: Path, driver: str, count: int, key_field: bool, spatial: bool = True) -> None:
    """Features 1..count: name, count (and fid field for SHP/CSV), points."""
    ds = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    options = ["FID=fid"] if driver == "GPKG" else []
    layer = ds.CreateLayer("trees", _srs() if spatial else None, ogr.wkbPoint if spatial else ogr.wkbNone, options)
    if key_field:
        layer.CreateField(ogr.FieldDefn("fid", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("count", ogr.OFTInteger))
    if ds.TestCapability("Transactions"):
        ds.StartTransaction()
    for index in range(1, count + 1):
        feature = ogr.Feature(layer.GetLayerDefn())
        if key_field:
            feature.SetField("fid", index)
        feature.SetField("name", NAMES[index % len(NAMES)] + str(index))
        feature.SetField("count", index)
        if spatial:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({index} {index * 2})"))
        layer.CreateFeature(feature)
    if ds.TestCapability("Transactions"):
        ds.CommitTransaction()
    ds = None


def read_ogr(connection: str, layer_name: Optional[str], key: str) -> Dict[str, tuple]:
    """key → (name, count as text, geometry WKT or None)."""
    # After a killed writer, SQLite must roll back its hot journal, which needs write access:
    # GDAL 3.10 (Debian 13) then cannot open the GeoPackage read-only.
    ds = ogr.Open(connection) or ogr.Open(connection, 1)
    layer = ds.GetLayerByName(layer_name) if layer_name else ds.GetLayer(0)
    rows = {}
    for feature in layer:
        pk = str(feature.GetFID()) if key == "FID" else str(feature.GetField(key))
        geometry = feature.GetGeometryRef()
        count = feature.GetField("count")
        rows[pk] = (feature.GetField("name"), None if count is None else str(int(float(count))),
                    geometry.ExportToIsoWkt() if geometry else None)
    return rows


def save_project(path: Path, uri: str, provider: str) -> str:
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(uri, "trees", provider)
    assert layer.isValid(), uri
    project = QgsProject()
    project.addMapLayer(layer)
    assert project.write(str(path))
    return layer.id()


def make_layer_project(kind: str, folder: Path, store: Path, count: int = 5, database=None) -> LayerProject:
    """A project with ``count`` features on the ``kind`` data source."""
    folder.mkdir(parents=True, exist_ok=True)
    project = folder / "trees.qgs"
    if kind == "gpkg":
        data = folder / "trees.gpkg"
        write_ogr(data, "GPKG", count, key_field=False)
        layer_id = save_project(project, f"{data}|layername=trees", "ogr")
        return LayerProject(kind, project, layer_id, lambda: read_ogr(str(data), "trees", "FID"), store, (data,))
    if kind == "shp":
        data = folder / "trees.shp"
        write_ogr(data, "ESRI Shapefile", count, key_field=True)
        layer_id = save_project(project, str(data), "ogr")
        return LayerProject(kind, project, layer_id, lambda: read_ogr(str(data), None, "fid"), store, (data,))
    if kind == "csv":
        data = folder / "trees.csv"
        write_ogr(data, "CSV", count, key_field=True, spatial=False)
        layer_id = save_project(project, str(data), "ogr")
        return LayerProject(kind, project, layer_id, lambda: read_ogr(str(data), None, "fid"), store, (data,))
    assert kind == "postgis" and database is not None
    database.execute("CREATE TABLE trees (id serial PRIMARY KEY, name text, count integer, geom geometry(Point, 3857))")
    database.execute("INSERT INTO trees (name, count, geom) SELECT %s || i, i, ST_SetSRID(ST_MakePoint(i, i * 2), 3857)"
                     " FROM generate_series(1, %s) i", ("x", count))
    database.execute("UPDATE trees SET name = (ARRAY['epsilon','alpha','beta','gamma','delta'])[id % 5 + 1] || id")
    layer_id = save_project(project, database.layer_uri("trees"), "postgres")
    connection = f"PG:{database.dsn()}"
    return LayerProject(kind, project, layer_id, lambda: read_ogr(connection, "trees", "FID"), store)


@pytest.fixture(params=FORMATS)
def layer_project(request, qgis_app, tmp_path, data_dir) -> LayerProject:
    """The ``trees`` project on each data source format."""
    database = request.getfixturevalue("postgis_db") if request.param == "postgis" else None
    return make_layer_project(request.param, tmp_path / request.param, data_dir / "jobs.sqlite", database=database)


def delta(lp: LayerProject, method: str, pk: str, old=None, new=None, local_pk=None, client="client-1", **extra) -> dict:
    """One delta on the project's layer."""
    body = {"uuid": str(uuid.uuid4()), "clientId": client, "exportId": "export-1",
            "localPk": str(local_pk or pk), "sourcePk": str(pk) if pk is not None else "",
            "localLayerId": lp.layer_id, "sourceLayerId": lp.layer_id, "method": method, **extra}
    if old is not None:
        body["old"] = old
    if new is not None:
        body["new"] = new
    return body


def deltafile(path: Path, deltas: list, **extra) -> Path:
    """Write a deltafile with ``deltas``; return its path."""
    path.write_text(json.dumps({"version": "1.0", "project": str(uuid.uuid4()), "id": str(uuid.uuid4()),
                                "deltas": deltas, "files": [], **extra}), encoding="utf-8")
    return path


def run_job(lp: LayerProject, deltafile_path: Optional[Path] = None, **params) -> dict:
    """Run the delta_apply workflow in this process; its feedback."""
    from qfieldsync_plus.core.jobs.delta_apply import build_workflow
    from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow

    params = {"project": str(lp.project), "store_path": str(lp.store), **params}
    if deltafile_path is not None:
        params["deltafile"] = str(deltafile_path)
    return run_workflow(build_workflow(params), JobContext(params=params))


def statuses(feedback: dict) -> list:
    """The per-delta statuses of a feedback."""
    return [e["status"] for e in feedback["outputs"]["apply_deltas"]["delta_feedback"]]
