"""Passwords are redacted whole, as each provider parses them, in job feedback, the job store and `jobs --json`."""

from __future__ import annotations

import json

import pytest

from qfieldsync_plus.cli.main import main
from qfieldsync_plus.core.redact import REDACTED, strip_credentials

# (spelling in a data source, the part of the password that must never be shown)
SPELLINGS = [
    ("dbname='gis' host=127.0.0.1 port=1 user='u' password='a b\\'c-Tail-q1' sslmode=disable", "c-Tail-q1"),
    ("dbname='gis' host=127.0.0.1 port=1 user='u' password=Semi;colon-Tail-u2 sslmode=disable", "colon-Tail-u2"),
    ("PG:dbname=gis host=127.0.0.1 port=1 password=Semi;colon-Tail-o3", "colon-Tail-o3"),
    ("MSSQL:server=127.0.0.1,1;database=gis;uid=u;PWD={a;b-Tail-m4};tables=t", "b-Tail-m4"),
    ("MSSQL:server=127.0.0.1,1;database=gis;uid=u;Password=two words-Tail-a5;tables=t", "words-Tail-a5"),
    ("http://user:p@ss;word-Tail-w6@127.0.0.1:1/wfs", "word-Tail-w6"),
]


@pytest.mark.parametrize("source, tail", SPELLINGS)
def test_each_spelling_is_redacted_whole(source, tail):
    cleaned = strip_credentials(source)
    assert tail not in cleaned and REDACTED in cleaned
    assert "127.0.0.1" in cleaned  # the rest of the data source stays readable


def test_every_spelling_round_trips_without_its_password(qgis_app, tmp_path, data_dir, capsys):
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject()
    postgres = [s for s, _ in SPELLINGS[:2]]
    for index, uri in enumerate(postgres):
        project.addMapLayer(QgsVectorLayer(f'{uri} key=\'id\' table="public"."t{index}" (geom)', f"pg{index}",
                                           "postgres"), True)
    for index, (uri, _) in enumerate(SPELLINGS[2:5]):
        project.addMapLayer(QgsVectorLayer(uri, f"ogr{index}", "ogr"), True)
    project.addMapLayer(QgsVectorLayer(f"url='{SPELLINGS[5][0]}' typename='t' version='auto'", "wfs", "WFS"), True)
    path = tmp_path / "hostile.qgs"
    assert project.write(str(path))
    project.clear()
    for _, tail in SPELLINGS:  # the project file holds them (the user's own file), so the test is real
        assert tail in path.read_text(encoding="utf-8")

    main(["process-projectfile", str(path), "--feedback", str(tmp_path / "feedback.json")])
    printed = capsys.readouterr()
    assert main(["jobs", "--json"]) == 0
    listed = capsys.readouterr().out
    assert json.loads(listed)  # the job is there
    stored = b"".join(p.read_bytes() for p in data_dir.rglob("jobs.sqlite*"))
    feedback = (tmp_path / "feedback.json").read_text(encoding="utf-8")
    assert "127.0.0.1" in feedback
    for _, tail in SPELLINGS:
        assert tail not in feedback and tail not in listed
        assert tail not in printed.out + printed.err
        assert tail.encode() not in stored
