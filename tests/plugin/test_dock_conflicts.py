"""Conflicts resolved in the dock: see the three values, decide per attribute, apply again, zoom to the feature."""

from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from pathlib import Path

from osgeo import ogr
from qgis.core import QgsProject
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from qfieldsync_plus.core.jobs.job import DELTA_APPLY, FAILED, FINISHED

from .conftest import wait_until

GERMAN_TS = Path(__file__).resolve().parents[2] / "qfieldsync_plus" / "i18n" / "qfieldsync_plus_de.ts"


def _row(gpkg, fid: int) -> tuple:
    dataset = ogr.Open(str(gpkg))  # keep a reference: the layer dies with its dataset
    feature = dataset.GetLayerByName("apiary").GetFeature(fid)
    return feature.GetField("name"), feature.GetField("count"), feature.GetGeometryRef().ExportToWkt()


def _deltafile(path, layer_id: str, new: dict) -> str:
    delta = {"uuid": str(uuid.uuid4()), "clientId": "client-1", "exportId": "export-1", "localPk": "1",
             "sourcePk": "1", "localLayerId": layer_id, "sourceLayerId": layer_id, "method": "patch",
             "old": {"attributes": {"name": "hive 0", "count": 0}}, "new": new}
    path.write_text(json.dumps({"version": "1.0", "project": "bees", "id": str(uuid.uuid4()), "deltas": [delta],
                                "files": []}))
    return str(path)


def _run(plugin, job_id_or_none=None):
    wait_until(lambda: not plugin.controller.running_ids(), timeout=120)
    store = plugin.controller.runner().store
    return store.get(job_id_or_none) if job_id_or_none else store.list(job_type=DELTA_APPLY)[0]


def test_conflict_decided_per_attribute_then_applied_again(plugin, opened_bees, tmp_path, qgis_iface):
    layer_id = QgsProject.instance().mapLayersByName("apiary")[0].id()
    gpkg = opened_bees.parent / "bees.gpkg"
    # At the office, feature 1 changed after the field copy was made ...
    office = plugin.apply_deltas(_deltafile(tmp_path / "office.json", layer_id,
                                            {"attributes": {"name": "office", "count": 5}}))
    assert _run(plugin, office).status == FINISHED
    # ... so the field's edit of the same feature conflicts.
    field = plugin.apply_deltas(_deltafile(tmp_path / "field.json", layer_id, {
        "attributes": {"name": "field name", "count": 9}, "geometry": "POINT (739010 5906020)"}))
    job = _run(plugin, field)
    assert job.status == FAILED and _row(gpkg, 1)[:2] == ("office", 5)

    dock, changes = plugin.dock, plugin.dock.details.changes
    dock.refresh()
    dock.select_job(field)
    assert "Changes tab" in dock.details.summary_label.text()
    assert "--overwrite" not in dock.details.summary_label.text()
    table = changes.deltas_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["conflict", "apiary", "office"]
    table.selectRow(0)
    values = changes.values_table
    rows = {values.item(r, 0).text(): [values.item(r, c).text() for c in range(1, 4)] for r in range(values.rowCount())}
    assert rows["name"] == ["hive 0", "office", "field name"]
    assert rows["count"] == ["0", "5", "9"]
    assert rows["geometry"][1:] == ["", "POINT (739010 5906020)"]  # not in conflict: only the field changed it

    # The delta's message and conflict texts are translated when shown (the job stored English and templates).
    qm = tmp_path / "de.qm"
    subprocess.run([shutil.which("lrelease") or "lrelease", "-silent", str(GERMAN_TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        changes.show_job(plugin.controller.runner().store.get(field))
        german = [table.item(0, c).text() for c in (0, 4, 5)]
    finally:
        QCoreApplication.removeTranslator(translator)
    changes.show_job(plugin.controller.runner().store.get(field))
    assert german[0] == "Konflikt"
    assert german[1] == "Es gibt Konflikte mit dem bereits vorhandenen Objekt!"
    assert german[2] == ('Attribut „name“: erwartet "hive 0" (der Wert bei der Bearbeitung), gefunden "office"; '
                         "Attribut „count“: erwartet 0 (der Wert bei der Bearbeitung), gefunden 5")
    assert table.item(0, 4).text() == "There are conflicts with the already existing feature!"
    table.selectRow(0)

    # Zoom: the source's and the field's geometry drawn on the map, gone when the selection changes.
    canvas = qgis_iface.mapCanvas()
    changes.zoom_button.click()
    bands = [i for i in canvas.scene().items() if isinstance(i, QgsRubberBand)]
    assert len(changes.rubber_bands) == 2 and all(b in bands for b in changes.rubber_bands)
    table.clearSelection()
    assert changes.rubber_bands == [] and not [i for i in canvas.scene().items() if isinstance(i, QgsRubberBand)]
    table.selectRow(0)
    changes.zoom_button.click()
    assert len(changes.rubber_bands) == 2
    dock.close()  # closing the dock removes them too
    assert changes.rubber_bands == [] and not [i for i in canvas.scene().items() if isinstance(i, QgsRubberBand)]
    dock.show()

    table.selectRow(0)
    names = [values.item(r, 0).text() for r in range(values.rowCount())]
    values.selectRow(names.index("name"))
    changes.take_field_button.click()
    values.selectRow(names.index("count"))
    changes.keep_source_button.click()
    assert [values.item(names.index(n), 4).text() for n in ("name", "count")] == [
        "take the field's value", "keep the source's value"]
    changes.apply_again_button.click()
    again = _run(plugin)
    assert again.id != field and again.status == FINISHED, again.feedback
    assert again.params["resolutions"] == {job.feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["delta_id"]:
                                           {"name": "field", "count": "source"}}
    assert _row(gpkg, 1) == ("field name", 5, "POINT (739010 5906020)")
