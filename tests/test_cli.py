"""The command line, run as a user runs it: a separate process, real exit codes."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cli(*args, env=None):
    environment = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "qfieldsync_plus", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_help_explains_every_option():
    result = cli("process-projectfile", "--help")
    assert result.returncode == 0
    for option in ("--feedback", "--thumbnail", "--timeout", "--strict", "--target"):
        assert option in result.stdout


def test_wrong_usage_exits_2():
    assert cli("process-projectfile").returncode == 2
    assert cli("no-such-command").returncode == 2
    assert cli("process-projectfile", "x.qgs", "--timeout", "soon").returncode == 2


def test_check_prints_table_writes_feedback_and_thumbnail(bees_project, tmp_path):
    feedback, thumbnail = tmp_path / "fb.json", tmp_path / "thumb.png"
    result = cli("process-projectfile", str(bees_project), "--feedback", str(feedback), "--thumbnail", str(thumbnail))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Status", "Layer", "Provider", "Message"]
    assert any(l.split()[:3] == ["ok", "apiary", "ogr"] for l in lines)
    data = json.loads(feedback.read_text())
    assert data["workflow_id"] == "process_projectfile" and "error" not in data
    assert thumbnail.read_bytes().startswith(b"\x89PNG")
    history = cli("jobs", "--json")
    assert json.loads(history.stdout)[0]["status"] == "finished"


def test_invalid_layers_finish_with_exit_0_and_3_when_strict(bees_project):
    (bees_project.parent / "bees.gpkg").unlink()
    result = cli("process-projectfile", str(bees_project))
    assert result.returncode == 0
    assert "invalid_dataprovider" in result.stdout and "missing." in result.stdout
    assert cli("process-projectfile", str(bees_project), "--strict").returncode == 3


def test_failed_job_exits_1_with_message(tmp_path):
    broken = tmp_path / "broken.qgs"
    broken.write_text("<qgis><unclosed></qgis>")
    result = cli("process-projectfile", str(broken))
    assert result.returncode == 1
    assert "not well-formed XML" in result.stderr and str(broken) in result.stderr
    assert cli("process-projectfile", str(tmp_path / "nope.qgs")).returncode == 1
