"""delta_apply on a CSV keeps the file as it was written: created rows go last, only touched lines change.

QGIS numbers a CSV's features by record (OGR's feature ids): a created row written first used to
shift every feature's id, so a later delta addressed by id changed the wrong row.
"""

from __future__ import annotations

from qgis.core import QgsVectorLayer

from tests.deltas.conftest import LayerProject, delta, deltafile, run_job, save_project, statuses

HEADER = b"id;name;note\r\n"
ALPHA = b'1;"Alpha";"first; with the delimiter"\r\n'
BETA = b'2;"Beta";"said ""hi"""\r\n'
GAMMA = b'3;"Gamma";plain\r\n'
DELTA = b'4;"Delta";"two\r\nlines"\r\n'


def test_create_then_patch_by_id_keeps_every_other_line(qgis_app, tmp_path, data_dir):
    folder = tmp_path / "csv"
    folder.mkdir()
    data = folder / "notes.csv"
    data.write_bytes(HEADER + ALPHA + BETA + GAMMA + DELTA)
    project = folder / "notes.qgs"
    lp = LayerProject("csv", project, save_project(project, str(data), "ogr"), dict, data_dir / "jobs.sqlite")

    created = delta(lp, "create", None, local_pk="900",
                    new={"attributes": {"id": "5", "name": "Epsilon", "note": "new; row"}})
    feedback = run_job(lp, deltafile(tmp_path / "first.json", [created]))
    assert statuses(feedback) == ["status_applied"], feedback.get("error")
    assert feedback["outputs"]["apply_deltas"]["delta_feedback"][0]["modified_pk"] == "5"
    epsilon = b'5;"Epsilon";"new; row"\r\n'
    assert data.read_bytes() == HEADER + ALPHA + BETA + GAMMA + DELTA + epsilon

    patched = delta(lp, "patch", "2", old={"attributes": {"name": "Beta", "note": 'said "hi"'}},
                    new={"attributes": {"name": "Bravo"}})
    deleted = delta(lp, "delete", "3", old={"attributes": {"name": "Gamma", "note": "plain"}})
    feedback = run_job(lp, deltafile(tmp_path / "second.json", [patched, deleted]))
    assert statuses(feedback) == ["status_applied", "status_applied"], feedback.get("error")
    assert data.read_bytes() == HEADER + ALPHA + b'2;"Bravo";"said ""hi"""\r\n' + DELTA + epsilon

    layer = QgsVectorLayer(str(data), "notes", "ogr")  # as QGIS numbers the rows now
    assert [(f.id(), f["name"]) for f in layer.getFeatures()] == [
        (1, "Alpha"), (2, "Bravo"), (3, "Delta"), (4, "Epsilon")]


def test_bom_blank_line_and_no_final_newline_are_kept(qgis_app, tmp_path, data_dir):
    folder = tmp_path / "csv"
    folder.mkdir()
    data = folder / "plain.csv"
    data.write_bytes(b"\xef\xbb\xbfid,name\n1,one\n\n2,two")  # OGR skips the blank line: "two" is feature 2
    project = folder / "plain.qgs"
    lp = LayerProject("csv", project, save_project(project, str(data), "ogr"), dict, data_dir / "jobs.sqlite")
    deltas = [delta(lp, "patch", "2", old={"attributes": {"name": "two"}}, new={"attributes": {"name": "deux"}}),
              delta(lp, "create", None, local_pk="7", new={"attributes": {"id": "3", "name": "three, with comma"}})]
    feedback = run_job(lp, deltafile(tmp_path / "d.json", deltas))
    assert statuses(feedback) == ["status_applied", "status_applied"], feedback.get("error")
    assert data.read_bytes() == b'\xef\xbb\xbfid,name\n1,one\n\n2,deux\n3,"three, with comma"\n'
