"""A PostGIS source with its own key field (``id``, serial): edited in the field and synced.

The device's data.gpkg keeps the key as its fid; creates get the database's next key.
"""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer

from tests.sync.conftest import STEM, Case, FieldDevice, layer_counts, package, statuses, sync


def test_postgis_keyed_by_a_serial_id(qgis_app, postgis_db, tmp_path, data_dir):
    db = postgis_db
    db.execute("CREATE TABLE sites (id serial PRIMARY KEY, name text, geom geometry(Point, 3857))")
    db.execute("INSERT INTO sites (name, geom) SELECT 'site ' || i, ST_SetSRID(ST_MakePoint(i, i), 3857)"
               " FROM generate_series(1, 4) i")
    (tmp_path / "project").mkdir()
    project = QgsProject()
    layer = QgsVectorLayer(db.layer_uri("sites"), "sites", "postgres")
    assert layer.isValid()
    layer.setCustomProperty("QFieldSync/action", "offline")
    project.addMapLayer(layer)
    path = tmp_path / "project" / f"{STEM}.qgs"
    assert project.write(str(path))
    project.clear()
    store = data_dir / "jobs.sqlite"
    package(path, tmp_path / "package", store)

    field = FieldDevice(tmp_path / "package")
    try:
        field.change("sites", 2, {"name": "renamed"}, "POINT (20 20)")
        field.delete("sites", 3)
        field.add("sites", {"name": "found"}, "POINT (9 9)")
        feedback = sync(Case(path, tmp_path / "package", store, tmp_path), field.copy_to(tmp_path / "phone"))
    finally:
        field.close()
    assert not feedback.get("error"), feedback.get("error")
    assert set(statuses(feedback)) == {"status_applied"}
    assert layer_counts(feedback) == {"sites": (1, 1, 1, 0)}
    sites = dict(db.execute("SELECT id, name FROM sites ORDER BY id"))
    assert sites[2] == "renamed" and 3 not in sites and sites[5] == "found"
    assert db.execute("SELECT ST_AsText(geom) FROM sites WHERE id = 2")[0][0] == "POINT(20 20)"
