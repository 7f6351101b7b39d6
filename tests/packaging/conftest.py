"""Builders for real data sources of every supported type, and helpers to package and reopen."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, List, Optional

import pytest
from osgeo import ogr, osr
from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorLayer

from qfieldsync_plus.core.jobs.package import build_workflow
from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow

EPSG = 3857
_ALIVE: List[QgsProject] = []
FIELDS = [("name", ogr.OFTString), ("count", ogr.OFTInteger), ("ratio", ogr.OFTReal), ("day", ogr.OFTDate)]


def _srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    return srs


def write_ogr(path: Path, driver: str, layer_name: str, geom_type: int, wkts: List[str],
              options: Optional[List[str]] = None, dataset_options: Optional[List[str]] = None) -> Path:
    """Write features (WKT + generated attributes) with GDAL's ``driver``; return ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    drv = ogr.GetDriverByName(driver)
    dataset = drv.Open(str(path), 1) if path.exists() and driver == "GPKG" else None
    if dataset is None:
        dataset = drv.CreateDataSource(str(path), options=dataset_options or [])
    layer = dataset.CreateLayer(layer_name, _srs(), geom_type, options=options or [])
    for name, kind in FIELDS:
        layer.CreateField(ogr.FieldDefn(name, kind))
    for index, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", f"feature {index}")
        feature.SetField("count", index)
        feature.SetField("ratio", index / 3)
        feature.SetField("day", f"2024-05-{index % 28 + 1:02d}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    dataset = None
    return path


def points(n: int, x0: float = 739000, y0: float = 5906000) -> List[str]:
    """``n`` point WKTs on a diagonal, 100 m apart."""
    return [f"POINT ({x0 + i * 100} {y0 + i * 100})" for i in range(n)]


def write_csv(path: Path, n: int) -> Path:
    """A CSV with x/y columns and ``n`` rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = ["id,name,x,y,value"] + [f"{i},row {i},{739000 + i * 100},{5906000 + i * 100},{i * 1.5}" for i in range(n)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def csv_layer(path: Path, name: str = "csv") -> QgsVectorLayer:
    """A delimitedtext layer on ``path``."""
    uri = f"{path.as_uri()}?type=csv&delimiter=,&xField=x&yField=y&crs=EPSG:{EPSG}&detectTypes=yes&spatialIndex=no"
    return QgsVectorLayer(uri, name, "delimitedtext")


def spatialite_layer(path: Path, table: str, name: str) -> QgsVectorLayer:
    """A spatialite-provider layer on ``table`` (geometry column GEOMETRY) of ``path``."""
    uri = QgsDataSourceUri()
    uri.setDatabase(str(path))
    uri.setDataSource("", table, "GEOMETRY")
    return QgsVectorLayer(uri.uri(), name, "spatialite")


def save_project(path: Path, layers: List, configure: Optional[Callable[[QgsProject], None]] = None,
                 allow_invalid: bool = False) -> Path:
    """Save a project with ``layers`` (relative paths); ``configure`` may change it before saving."""
    project = QgsProject()
    project.setCrs(layers[0].crs() if layers else project.crs())
    for layer in layers:
        assert allow_invalid or layer.isValid(), layer.source()
        project.addMapLayer(layer)
    if configure:
        configure(project)
    assert project.write(str(path)), project.error()
    _ALIVE.append(project)  # the layers the test holds stay alive until the test ends
    return path


def run_package(project: Path, out: Path, mode: str = "cable", aoi_only: bool = False,
                is_cancelled: Callable[[], bool] = lambda: False, progress: Optional[list] = None,
                strict: bool = False) -> Dict:
    """Run the package workflow in this process; return the feedback."""
    params = {"project": str(project), "package_dir": str(out), "mode": mode, "aoi_only": aoi_only,
              "strict": strict}
    context = JobContext(params=params, on_progress=(progress.append if progress is not None else None),
                         is_cancelled=is_cancelled)
    return run_workflow(build_workflow(params), context)


def open_packaged(out: Path, stem: str) -> QgsProject:
    """Read the packaged project."""
    project = QgsProject()
    assert project.read(str(out / f"{stem}_qfield.qgs"))
    _ALIVE.append(project)
    return project


def feature_counts(project_file: Path) -> Dict[str, int]:
    """Feature count of each layer (by id) of a project file; every layer must be valid."""
    project = QgsProject()
    assert project.read(str(project_file))
    counts = {}
    for layer in project.mapLayers().values():
        assert layer.isValid(), f"{layer.name()}: {layer.source()}"
        counts[layer.id()] = layer.featureCount() if isinstance(layer, QgsVectorLayer) else layer.width()
    project.clear()
    return counts


def assert_packaged_like_source(project_file: Path, out: Path) -> Dict:
    """The packaged project opens, every layer valid, feature counts equal the source's."""
    before = feature_counts(project_file)
    after = feature_counts(out / f"{project_file.stem}_qfield.qgs")
    assert after == before
    return after


@pytest.fixture
def workdir(qgis_app, tmp_path):
    """A folder holding ``project/`` (the source project) and room for packages beside it."""
    (tmp_path / "project").mkdir()
    yield tmp_path
    while _ALIVE:
        _ALIVE.pop().clear()
