"""The thumbnail is drawn within its time budget, also when a layer never finishes drawing."""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from qfieldsync_plus.core.jobs.job import FINISHED
from qfieldsync_plus.core.jobs.thumbnail import THUMBNAIL_SIZE, map_settings, render_map
from tests.fixtures.projects import bees_data, save_project
from tests.test_process_projectfile import run_check

MARGIN_SECONDS = 5.0  # a loaded shared machine: the behaviour checked is "does not wait for the layer"


def tiles_from(server) -> QgsRasterLayer:
    """An XYZ tile layer (valid without a request) whose tiles come from a server that never answers."""
    layer = QgsRasterLayer(f"type=xyz&url=http://127.0.0.1:{server.port}/{{z}}/{{x}}/{{y}}.png&zmin=0&zmax=19",
                           "tiles", "wms")
    assert layer.isValid()
    return layer


def test_a_layer_that_never_finishes_drawing_is_cut_off_at_the_budget(qgis_app, tmp_path, hanging_server):
    gpkg = bees_data(tmp_path)
    project = QgsProject()
    apiary = QgsVectorLayer(f"{gpkg}|layername=apiary", "apiary", "ogr")
    project.addMapLayers([apiary, tiles_from(hanging_server)])

    reported = []
    started = time.monotonic()
    image, complete = render_map(map_settings(project), budget_seconds=1.0, on_progress=reported.append)
    elapsed = time.monotonic() - started

    assert not complete
    assert elapsed < 1.0 + MARGIN_SECONDS
    # the dock's bar moves while the map renders: the share of the budget used, rising, never past 1
    assert len(reported) >= 3 and reported == sorted(reported) and 0 < reported[0] < reported[-1] <= 1.0
    assert not image.isNull() and (image.width(), image.height()) == (THUMBNAIL_SIZE, THUMBNAIL_SIZE)


def test_a_project_that_draws_in_time_is_complete(qgis_app, tmp_path):
    gpkg = bees_data(tmp_path)
    project = QgsProject()
    project.addMapLayers([QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr") for name in ("apiary", "area")])

    image, complete = render_map(map_settings(project), budget_seconds=60)

    assert complete
    assert len({image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}) > 1


def test_the_check_finishes_with_a_thumbnail_when_a_layer_hangs(qgis_app, tmp_path, hanging_server):
    folder = tmp_path / "project"
    folder.mkdir()
    gpkg = bees_data(folder)
    project_file = save_project(folder / "slow.qgs", [QgsVectorLayer(f"{gpkg}|layername=apiary", "apiary", "ogr"),
                                                      tiles_from(hanging_server)])

    job = run_check(project_file)

    assert job.status == FINISHED, job.feedback
    thumbnail_step = job.feedback["steps"][3]["returns"]
    assert thumbnail_step["complete"] is False
    assert not QImage(thumbnail_step["thumbnail"]).isNull()
    assert Path(job.feedback["outputs"]["generate_thumbnail"]["thumbnail"]).is_file()
