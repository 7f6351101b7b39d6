"""End to end: the real QGIS desktop under Xvfb, the built zip installed in a fresh profile."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from .qgis_tools import PLUGIN_NAME, make_profile, qgis_env

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
pytestmark = pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("qgis")), reason="needs Xvfb and qgis")


def _free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb():
    """An Xvfb server on a free display, stopped afterwards."""
    number = _free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("Xvfb did not start")
        time.sleep(0.1)
    yield f":{number}"
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def installed_zip(tmp_path_factory) -> Path:
    """The plugin folder unpacked from ``make package``'s zip."""
    subprocess.run(["/usr/bin/python3", str(ROOT / "tools" / "build_package.py")], check=True, capture_output=True)
    archive = next((ROOT / "dist").glob(f"{PLUGIN_NAME}-*.zip"))
    unpacked = tmp_path_factory.mktemp("zip")
    zipfile.ZipFile(archive).extractall(unpacked)
    return unpacked / PLUGIN_NAME


def test_desktop_check_shows_the_layer_table(xvfb, installed_zip, example_copy, tmp_path):
    config = tmp_path / "qgis-config"
    make_profile(config, installed_zip, extra_ini="\n[qgis]\nshowTips322=false\nshowTips340=false\n"
                 "checkVersion=false\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n")
    out = tmp_path / "out"
    out.mkdir()
    env = qgis_env(config, tmp_path / "data")
    env.update(DISPLAY=xvfb, QFSP_E2E_OUT=str(out), QT_QPA_PLATFORM="xcb")
    command = ["qgis", "--nologo", "--noversioncheck", "--code",
               str(Path(__file__).with_name("e2e_startup.py")), str(example_copy)]
    qgis = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        output, _ = qgis.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        qgis.kill()
        output, _ = qgis.communicate()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "qgis-e2e.log").write_text(output or "", encoding="utf-8")
    for png in out.glob("*.png"):
        shutil.copyfile(png, ARTIFACTS / png.name)
    state = json.loads((out / "state.json").read_text(encoding="utf-8"))
    assert "error" not in state, state.get("error")
    assert state["plugin_loaded"]
    assert state["menu_actions"][:4] == ["Check project", "Package for QField", "Synchronize from QField…",
                                         "Apply changes…"]
    assert state["first_job"]["status"] == "finished", state["first_job"]["log"]
    first_layers = state["first_job"]["feedback"]["outputs"]["project_details"]["project_details"]["layers_by_id"]
    assert sorted(layer["name"] for layer in first_layers.values()) == ["apiary", "area"]
    # the save triggered a second check, which the dock shows with the broken layer and advice
    assert state["job"]["type"] == "process_projectfile"
    assert state["job"]["status"] == "finished"
    assert state["dock"]["visible"]
    assert state["dock"]["selected_job_id"] == state["job"]["id"]
    assert state["dock"]["current_tab"] == "Layers"
    rows = {row[1]: row for row in state["dock"]["layer_rows"]}
    assert sorted(rows) == ["apiary", "area", "hives"]
    assert rows["apiary"][:3] == ["ok", "apiary", "ogr"]
    assert rows["hives"][0] == "invalid data provider"
    assert "hives.gpkg" in rows["hives"][3] and "missing" in rows["hives"][3]
    assert rows["hives"][4]  # what to do
    assert (ARTIFACTS / "dock-layers.png").stat().st_size > 5000


# What the user reads on the main path, in English and in German (QGIS's locale set in the profile).
TEXTS = {
    "en": {"locale_ini": "", "menu": ["Check project", "Package for QField", "Synchronize from QField…"],
           "sign_in": "Sign in to QFieldCloud…", "signed_in": "Signed in as {user} — Sign out", "tab": "Changes",
           "steps": ["Load Deltas", "Open Project", "Apply Deltas"], "conflict": "conflict",
           "message": "There are conflicts with the already existing feature!",
           "failure": "No change was applied: a delta could not be applied",
           "conflict_text": 'attribute "name": expected "hive 0" (the value when the edit was made), found "office"',
           "buttons": ["Keep the source's value", "Take the field's value", "Apply again"],
           "decisions": ["take the field's value", "keep the source's value"]},
    "de": {"locale_ini": "[locale]\nuserLocale=de\noverrideFlag=true\n",
           "menu": ["Projekt prüfen", "Für QField verpacken", "Aus QField synchronisieren…"],
           "sign_in": "Bei QFieldCloud anmelden…", "signed_in": "Angemeldet als {user} — Abmelden", "tab": "Änderungen",
           "steps": ["Deltas laden", "Projekt öffnen", "Deltas anwenden"], "conflict": "Konflikt",
           "message": "Es gibt Konflikte mit dem bereits vorhandenen Objekt!",
           "failure": "Keine Änderung wurde angewendet: Ein Delta konnte nicht angewendet werden",
           "conflict_text": 'Attribut „name“: erwartet "hive 0" (der Wert bei der Bearbeitung), gefunden "office"',
           "buttons": ["Wert der Quelle behalten", "Wert aus dem Feld übernehmen", "Erneut anwenden"],
           "decisions": ["Wert aus dem Feld übernehmen", "Wert der Quelle behalten"]},
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_desktop_projects_dialog_upload_then_conflict_resolved_in_the_dock(xvfb, installed_zip, example_copy,
                                                                          tmp_path, cloud_server, language):
    from tests.cloud.conftest import PASSWORD, USERNAME

    texts = TEXTS[language]
    with cloud_server.state.lock:
        for name, description in (("forest_plots", "Plot inventory"), ("river_survey", "Bank erosion 2026")):
            cloud_server.state.create_project(USERNAME, {"name": name, "description": description})
    config = tmp_path / "qgis-config"
    make_profile(config, installed_zip, extra_ini="\n[qgis]\nshowTips322=false\nshowTips340=false\n"
                 "checkVersion=false\n[core]\nNewsFeed\\httpsfeedqgisorg\\disabled=true\n" + texts["locale_ini"])
    out = tmp_path / "out"
    out.mkdir()
    env = qgis_env(config, tmp_path / "data")
    env.update(DISPLAY=xvfb, QFSP_E2E_OUT=str(out), QT_QPA_PLATFORM="xcb", QFSP_CLOUD_URL=cloud_server.url,
               QFSP_CLOUD_USER=f"{USERNAME}:{PASSWORD}")
    command = ["qgis", "--nologo", "--noversioncheck", "--code",
               str(Path(__file__).with_name("e2e_cloud_startup.py")), str(example_copy)]
    qgis = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        output, _ = qgis.communicate(timeout=240)
    except subprocess.TimeoutExpired:
        qgis.kill()
        output, _ = qgis.communicate()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"qgis-e2e-cloud-{language}.log").write_text(output or "", encoding="utf-8")
    for png in out.glob("cloud-*.png"):
        shutil.copyfile(png, ARTIFACTS / f"{png.stem}-{language}.png")
    state = json.loads((out / "state.json").read_text(encoding="utf-8"))
    assert "error" not in state, state.get("error")
    assert state["menu_actions"][:3] == texts["menu"]
    assert state["menu_before"] == texts["sign_in"]
    assert state["menu_after"] == texts["signed_in"].format(user=USERNAME)
    assert state["listed"] == ["forest_plots", "river_survey"]
    assert USERNAME in state["account"] and cloud_server.url in state["account"]
    assert state["target"]["name"] == "bees" and state["target"]["problem"] == ""
    bees = [p for p in state["after_upload"] if p["name"] == "bees"]
    assert bees and bees[0]["local_folder"] == str(example_copy.parent.resolve())
    project_id = next(p["id"] for p in cloud_server.state.projects.values() if p["name"] == "bees")
    assert {"bees.gpkg", "bees.qgs"} <= set(cloud_server.state.files[project_id])
    assert state["cloud_job"]["type"] == "process_projectfile"
    assert (ARTIFACTS / f"cloud-projects-{language}.png").stat().st_size > 5000

    # the field's edit conflicts with the office's: the dock's Changes tab shows the three values
    conflict = state["conflict"]
    assert conflict["status"] == "failed"
    assert conflict["tab"] == texts["tab"]
    assert texts["failure"] in conflict["message_bar"]
    assert texts["steps"] == [s for s in conflict["steps"] if s in texts["steps"]]
    assert conflict["delta_row"][:3] == [texts["conflict"], "apiary", "office"]
    assert conflict["delta_row"][4] == texts["message"]
    assert conflict["delta_row"][5].startswith(texts["conflict_text"])
    assert conflict["values"]["name"] == ["hive 0", "office", "field name"]
    assert conflict["values"]["count"] == ["0", "5", "9"]
    assert conflict["buttons"] == texts["buttons"]
    assert state["decisions"] == texts["decisions"]
    # Apply again kept the source's count and took the field's name (and its unconflicted geometry)
    assert state["again"]["status"] == "finished"
    assert list(state["again"]["resolutions"].values()) == [{"name": "field", "count": "source"}]
    assert state["source_after"] == ["field name", 5, "POINT (739010 5906020)"]
    assert (ARTIFACTS / f"cloud-conflict-dock-{language}.png").stat().st_size > 5000
