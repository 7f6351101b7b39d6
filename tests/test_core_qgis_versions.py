"""The core on the QGIS it runs on: CI runs these on QGIS 3.22 (Debian 12) and 3.40 (Debian 13).

They touch the QGIS APIs that changed between those versions: project read flags, path storage,
enum types in layer data, map rendering, provider URIs, and the child-process job runner.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from qfieldsync_plus.core.checks.layers import INVALID_DATAPROVIDER, NO_ERROR, layer_data
from qfieldsync_plus.core.jobs import errors, process_projectfile
from qfieldsync_plus.core.jobs.errors import JobError
from qfieldsync_plus.core.jobs.job import FINISHED, PROCESS_PROJECTFILE
from qfieldsync_plus.core.jobs.workflow import JobContext, run_workflow
from qfieldsync_plus.core.paths import store_path
from qfieldsync_plus.core.project_io import open_project, uses_absolute_paths
from qfieldsync_plus.core.qgis_compat import rectangle_wkt
from qfieldsync_plus.core.runner.runner import JobRunner
from qfieldsync_plus.core.runner.store import JobStore
from tests.fixtures.projects import save_project

POINT, POLYGON = 1, 3  # WKB type codes, the same on every QGIS version


def run_check(project: Path, **params) -> dict:
    """Run process_projectfile in this process and return its feedback (JSON round-tripped)."""
    params = {"project": str(project), **params}
    feedback = run_workflow(process_projectfile.build_workflow(params), JobContext(params))
    return json.loads(json.dumps(feedback))


def layers_by_name(feedback: dict) -> dict:
    details = feedback["outputs"]["project_details"]["project_details"]
    return {layer["name"]: layer for layer in details["layers_by_id"].values()}


def test_supported_qgis_version():
    assert Qgis.QGIS_VERSION_INT >= 32200, Qgis.QGIS_VERSION


def test_layer_data_holds_plain_json_values(qgis_app, bees_project):
    project = open_project(bees_project)
    by_name = {layer.name(): layer for layer in project.mapLayers().values()}
    data = layer_data(by_name["apiary"], bees_project.parent)
    assert json.loads(json.dumps(data)) == data
    assert (data["wkb_type"], data["type"], data["type_name"]) == (POINT, 0, "QgsVectorLayer")
    assert data["error_code"] == NO_ERROR and data["status"] == "ok"
    assert data["datasource"] == "./bees.gpkg|layername=apiary"
    assert data["qfc_source_data_pk_name"] == "fid"


def test_process_projectfile_in_a_child_process(qgis_app, bees_project):
    runner = JobRunner(JobStore(store_path()))
    job = runner.run(runner.submit(PROCESS_PROJECTFILE, str(bees_project)).job)
    assert job.status == FINISHED, job.feedback
    details = job.feedback["outputs"]["project_details"]["project_details"]
    assert details["crs"] == "EPSG:3857"
    assert details["project_name"] == "Bees"
    layers = layers_by_name(job.feedback)
    assert {name: layer["wkb_type"] for name, layer in layers.items()} == {"apiary": POINT, "area": POLYGON}
    assert all(layer["status"] == "ok" for layer in layers.values())
    image = QImage(job.feedback["outputs"]["generate_thumbnail"]["thumbnail"])
    assert (image.width(), image.height()) == (100, 100)
    background = image.pixel(0, 0)
    assert any(image.pixel(x, y) != background for x in range(100) for y in range(100)), "nothing was rendered"


def test_missing_gpkg_is_reported_by_name(qgis_app, bees_project):
    (bees_project.parent / "bees.gpkg").rename(bees_project.parent / "elsewhere.gpkg")
    layers = layers_by_name(run_check(bees_project))
    assert layers["apiary"]["status"] == INVALID_DATAPROVIDER
    assert 'File "' in layers["apiary"]["message"] and "bees.gpkg" in layers["apiary"]["message"]


def test_unreadable_project_fails_with_invalid_project_file(qgis_app, tmp_path):
    broken = tmp_path / "broken.qgs"
    broken.write_text('<!DOCTYPE qgis><qgis version="3.22"><projectlayers>', encoding="utf-8")
    feedback = run_check(broken)
    assert feedback["error_type"] == errors.INVALID_PROJECT_FILE
    assert "broken.qgs" in feedback["error"] and "Line 1" in feedback["error"]
    with pytest.raises(JobError):
        open_project(tmp_path / "absent.qgs")


def test_path_storage_is_read_on_every_version(qgis_app, bees_project, tmp_path):
    assert uses_absolute_paths(open_project(bees_project)) is False
    project = QgsProject()
    assert project.read(str(bees_project))
    project.writeEntry("Paths", "/Absolute", True)
    absolute = tmp_path / "absolute.qgs"
    assert project.write(str(absolute))
    assert uses_absolute_paths(open_project(absolute)) is True


def test_postgis_layer_password_never_shown(qgis_app, postgis_db, tmp_path):
    postgis_db.execute("CREATE TABLE hives (id serial PRIMARY KEY, name text, geom geometry(Point, 3857))")
    postgis_db.execute("INSERT INTO hives (name, geom) VALUES ('a', ST_SetSRID(ST_MakePoint(739000, 5906000), 3857))")
    good = QgsVectorLayer(postgis_db.layer_uri("hives"), "hives", "postgres")
    assert good.isValid()
    project = save_project(tmp_path / "pg.qgs", [good])
    hives = layers_by_name(run_check(project))["hives"]
    assert hives["status"] == "ok" and hives["wkb_type"] == POINT
    assert "password=***" in hives["datasource"]
    assert f"password={postgis_db.password}" not in hives["datasource"]
    assert any(f["id"] == "plain_password" for f in hives["findings"])

    closed_port = postgis_db.layer_uri("hives").replace(f"port={postgis_db.port}", "port=1")
    bad = QgsVectorLayer(closed_port, "hives", "postgres")
    project = save_project(tmp_path / "pg_bad.qgs", [bad])
    hives = layers_by_name(run_check(project))["hives"]
    assert hives["status"] == INVALID_DATAPROVIDER
    assert hives["message"] == 'Unable to connect to host "localhost".'
    assert f"password={postgis_db.password}" not in json.dumps(hives)


def test_rectangle_wkt_is_spelled_the_same_on_every_version():
    assert rectangle_wkt(QgsRectangle(1, 2, 3.5, 4)) == "POLYGON((1 2, 3.5 2, 3.5 4, 1 4, 1 2))"
