"""A deltafile read delta by delta gives what reading it whole gives: the deltas, and the same problems."""

from __future__ import annotations

import json
import uuid

import pytest

from qfieldsync_plus.core.deltas.deltafile import MAX_PROBLEMS, load_deltafile, validation_problems
from qfieldsync_plus.core.jobs.errors import JobError


def a_delta(**changes) -> dict:
    body = {"uuid": str(uuid.uuid4()), "clientId": "c1", "localLayerId": "trees_1", "sourceLayerId": "trees_1",
            "localPk": "4", "sourcePk": "4", "method": "patch",
            "old": {"attributes": {"name": "Ahorn"}}, "new": {"attributes": {"name": "Ahorn – Spitz"}}}
    body.update(changes)
    return body


def document(deltas: list, **changes) -> dict:
    return {"version": "1.0", "project": str(uuid.uuid4()), "id": str(uuid.uuid4()), "deltas": deltas,
            "files": [], **changes}


def test_a_valid_deltafile_gives_every_delta_as_written(tmp_path):
    data = document([a_delta() for _ in range(5)] + [a_delta(method="create", sourcePk="")])
    path = tmp_path / "deltas.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")

    loaded = load_deltafile(path)

    assert list(loaded.deltas) == data["deltas"] and len(loaded.deltas) == 6
    assert (loaded.id, loaded.project, loaded.version) == (data["id"], data["project"], "1.0")


def test_problems_are_those_of_the_whole_document(tmp_path):
    repeated = a_delta()
    deltas = [a_delta(method="move"), repeated, a_delta(), dict(repeated), a_delta(old="not an object")]
    del deltas[2]["uuid"]
    data = document(deltas, version=1)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    expected = validation_problems(data)
    assert len(expected) >= 4

    with pytest.raises(JobError) as raised:
        load_deltafile(path)

    assert raised.value.error_type == "INVALID_DELTAFILE"
    listed = str(raised.value).split("\n  ")[1:]
    assert sorted(listed) == sorted(expected[:MAX_PROBLEMS])


@pytest.mark.parametrize("damage", ['{"deltas": [{"uuid": "a"} {"uuid": "b"}]}', '{"version": "1.0",}',
                                    '{"deltas": [{"uuid": "a"}]} trailing', '{"deltas": [', '\ufeff{}'])
def test_broken_json_is_reported_where_json_finds_it(tmp_path, damage):
    path = tmp_path / "broken.json"
    path.write_text(damage, encoding="utf-8")
    with pytest.raises(json.JSONDecodeError) as reference:
        json.loads(damage)

    with pytest.raises(JobError) as raised:
        load_deltafile(path)

    assert f"line {reference.value.lineno}, column {reference.value.colno}): {reference.value.msg}" in str(raised.value)
