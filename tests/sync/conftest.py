"""The field simulator: a project packaged once per session, edited the way QField edits it.

Each test gets its own copy of the project folder, of the package folder and of the job store's
sync state (the baseline rows kept at packaging). ``FieldDevice`` opens the packaged project with
QGIS and edits it through the QGIS API; the GeoPackage stays in WAL mode while the project is
open, and ``copy_to`` copies the folder then, as a user copying from a phone that still runs QField.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional

import pytest
from osgeo import ogr
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRelation, QgsRelationContext, QgsVectorLayer

from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow
from tests.packaging.conftest import points, write_ogr

STEM = "field"


def _project(folder: Path) -> Path:
    folder.mkdir(parents=True)
    data = write_ogr(folder / "trees.gpkg", "GPKG", "trees", ogr.wkbPoint, points(5))
    ds = ogr.Open(str(data), 1)
    parents = ds.CreateLayer("plots", None, ogr.wkbNone)
    parents.CreateField(ogr.FieldDefn("label", ogr.OFTString))
    children = ds.CreateLayer("visits", None, ogr.wkbNone)
    children.CreateField(ogr.FieldDefn("plot_id", ogr.OFTInteger))
    children.CreateField(ogr.FieldDefn("note", ogr.OFTString))
    for index in range(1, 3):
        feature = ogr.Feature(parents.GetLayerDefn())
        feature.SetField("label", f"plot {index}")
        parents.CreateFeature(feature)
    ds = None
    write_ogr(folder / "notes.gpkg", "GPKG", "notes", ogr.wkbPoint, points(3, x0=741000))
    write_ogr(folder / "springs.shp", "ESRI Shapefile", "springs", ogr.wkbPoint, points(3, x0=742000))
    write_ogr(folder / "wells.shp", "ESRI Shapefile", "wells", ogr.wkbPoint, points(3, x0=740000))
    write_ogr(folder / "roads.geojson", "GeoJSON", "roads", ogr.wkbLineString,
              ["LINESTRING (739000 5906000, 739100 5906100)", "LINESTRING (739200 5906000, 739300 5906100)"])
    layers = [QgsVectorLayer(f"{data}|layername=trees", "trees", "ogr"),
              QgsVectorLayer(f"{data}|layername=plots", "plots", "ogr"),
              QgsVectorLayer(f"{data}|layername=visits", "visits", "ogr"),
              QgsVectorLayer(str(folder / "wells.shp"), "wells", "ogr"),
              QgsVectorLayer(str(folder / "roads.geojson"), "roads", "ogr"),
              QgsVectorLayer(f"{folder / 'notes.gpkg'}|layername=notes", "notes", "ogr"),
              QgsVectorLayer(str(folder / "springs.shp"), "springs", "ogr")]
    project = QgsProject()
    for layer in layers:
        assert layer.isValid(), layer.source()
        layer.setCustomProperty("QFieldSync/action", "copy" if layer.name() in ("notes", "springs") else "offline")
        project.addMapLayer(layer)
    relation = QgsRelation(QgsRelationContext(project))
    relation.setId("visits_plots")
    relation.setName("visits of a plot")
    relation.setReferencingLayer(layers[2].id())
    relation.setReferencedLayer(layers[1].id())
    relation.addFieldPair("plot_id", "fid")
    assert relation.isValid()
    project.relationManager().addRelation(relation)
    path = folder / f"{STEM}.qgs"
    assert project.write(str(path))
    project.clear()
    return path


def package(project: Path, out: Path, store: Path) -> dict:
    """Run the package workflow in this process with ``store`` as job store; its feedback."""
    from qfieldsync_plus.core.jobs.package import build_workflow

    params = {"project": str(project), "package_dir": str(out), "mode": "cable", "store_path": str(store)}
    feedback = run_workflow(build_workflow(params), JobContext(params=params))
    assert not feedback.get("error"), feedback.get("error")
    return feedback


@pytest.fixture(scope="session")
def packaged_once(qgis_app, tmp_path_factory) -> Path:
    """project/ + package/ + store/ (sync state), made once per session."""
    root = tmp_path_factory.mktemp("sync-session")
    package(_project(root / "project"), root / "package", root / "store" / "jobs.sqlite")
    return root


@dataclass
class Case:
    """One test's copies: the project, its package folder and the job store."""

    project: Path
    package: Path
    store: Path
    root: Path

    def layer_id(self, name: str) -> str:
        project = QgsProject()
        assert project.read(str(self.project))
        found = project.mapLayersByName(name)[0].id()
        project.clear()
        return found

    def rows(self, name: str) -> Dict[int, tuple]:
        """fid → (attributes…, geometry WKT) of a source layer."""
        folder = self.project.parent
        path = {"trees": "trees.gpkg", "plots": "trees.gpkg", "visits": "trees.gpkg", "wells": "wells.shp",
                "roads": "roads.geojson", "notes": "notes.gpkg", "springs": "springs.shp"}[name]
        ds = ogr.Open(str(folder / path))
        layer = ds.GetLayerByName(name) if path.endswith(".gpkg") else ds.GetLayer(0)
        rows = {}
        for feature in layer:
            geometry = feature.GetGeometryRef()
            rows[feature.GetFID()] = (*[feature.GetField(i) for i in range(feature.GetFieldCount())],
                                      geometry.ExportToIsoWkt() if geometry else None)
        return rows


@pytest.fixture
def case(packaged_once, tmp_path, data_dir) -> Case:
    """This test's copy of the session's project, package and sync state."""
    shutil.copytree(packaged_once / "project", tmp_path / "project")
    shutil.copytree(packaged_once / "package", tmp_path / "package")
    shutil.copytree(packaged_once / "store" / "sync", data_dir / "sync")
    return Case(tmp_path / "project" / f"{STEM}.qgs", tmp_path / "package", data_dir / "jobs.sqlite", tmp_path)


class FieldDevice:
    """A package folder opened by QGIS, edited as QField edits it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.project = QgsProject()
        assert self.project.read(str(folder / f"{STEM}_qfield.qgs"))

    def layer(self, name: str) -> QgsVectorLayer:
        return self.project.mapLayersByName(name)[0]

    def add(self, name: str, attributes: Dict[str, object], wkt: Optional[str] = None) -> int:
        """Add a feature; its fid in data.gpkg."""
        layer = self.layer(name)
        assert layer.startEditing()
        feature = QgsFeature(layer.fields())
        for key, value in attributes.items():
            feature.setAttribute(key, value)
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        assert layer.addFeature(feature)
        assert layer.commitChanges(), layer.commitErrors()
        return max(f.id() for f in layer.getFeatures())

    def change(self, name: str, fid: int, attributes: Dict[str, object], wkt: Optional[str] = None) -> None:
        layer = self.layer(name)
        assert layer.startEditing()
        for key, value in attributes.items():
            assert layer.changeAttributeValue(fid, layer.fields().indexOf(key), value)
        if wkt:
            assert layer.changeGeometry(fid, QgsGeometry.fromWkt(wkt))
        assert layer.commitChanges(), layer.commitErrors()

    def delete(self, name: str, fid: int) -> None:
        layer = self.layer(name)
        assert layer.startEditing()
        assert layer.deleteFeature(fid)
        assert layer.commitChanges(), layer.commitErrors()

    def copy_to(self, target: Path, wal: bool = True) -> Path:
        """Copy the folder while QGIS still has it open (data.gpkg-wal holds the edits)."""
        shutil.copytree(self.folder, target, ignore=None if wal else shutil.ignore_patterns("*-wal", "*-shm"))
        return target

    def close(self) -> None:
        self.project.clear()


@pytest.fixture
def device(case):
    """The test's package folder, opened for field work."""
    field = FieldDevice(case.package)
    yield field
    field.close()


def sync(case: Case, device: Path, **options) -> dict:
    """Run the sync workflow in this process; its feedback."""
    from qfieldsync_plus.core.jobs.sync import build_workflow

    params = {"project": str(case.project), "device": str(device), "store_path": str(case.store), **options}
    return run_workflow(build_workflow(params), JobContext(params=params))


def statuses(feedback: dict) -> list:
    return [e["status"] for e in feedback["outputs"]["apply_deltas"]["delta_feedback"]]


def layer_counts(feedback: dict) -> Dict[str, tuple]:
    return {r["name"]: (r["created"], r["changed"], r["deleted"], r["conflicts"])
            for r in feedback["outputs"]["sync"]["layers"]}
