"""The installable zip and the translations."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "qfieldsync_plus" / "i18n"


@pytest.fixture(scope="module")
def plugin_zip() -> Path:
    """``make package`` output (built once for this module)."""
    completed = subprocess.run([sys.executable, str(ROOT / "tools" / "build_package.py")],
                               capture_output=True, text=True, check=True)
    return Path(completed.stdout.strip().splitlines()[-1])


def test_zip_holds_the_plugin_and_nothing_else(plugin_zip):
    assert plugin_zip.name == "qfieldsync_plus-0.1.0.zip"
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert all(n.startswith("qfieldsync_plus/") for n in names)
    for required in ("__init__.py", "metadata.txt", "plugin.py", "resources/icons/plugin.svg",
                     "resources/icons/status_failed.svg", "i18n/qfieldsync_plus_de.qm", "i18n/qfieldsync_plus_fr.qm",
                     "core/runner/child.py", "processing/provider.py"):
        assert f"qfieldsync_plus/{required}" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts")) or "/tests/" in n]


def test_metadata_is_complete(plugin_zip):
    parser = configparser.ConfigParser()
    parser.read_string(zipfile.ZipFile(plugin_zip).read("qfieldsync_plus/metadata.txt").decode("utf-8"))
    general = parser["general"]
    for key in ("name", "description", "about", "version", "qgisMinimumVersion", "author", "email", "category",
                "tags", "homepage", "tracker", "repository", "icon"):
        assert general.get(key), key
    assert general["version"] == "0.1.0"
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert f"qfieldsync_plus/{general['icon']}" in zipfile.ZipFile(plugin_zip).namelist()


@pytest.mark.parametrize("language, expected", [
    ("de", {"Check project": "Projekt prüfen", "QField jobs": "QField-Jobs", "Layer": "Layer",
            "QFieldCloud projects…": "QFieldCloud-Projekte…",
            "Synchronize with QFieldCloud": "Mit QFieldCloud synchronisieren"}),
    ("fr", {"Check project": "Vérifier le projet", "QField jobs": "Tâches QField", "Layer": "Couche",
            "QFieldCloud projects…": "Projets QFieldCloud…",
            "Synchronize with QFieldCloud": "Synchroniser avec QFieldCloud"}),
])
def test_compiled_translations_translate_in_the_plugin_context(qgis_app, plugin_zip, tmp_path, language, expected):
    from qfieldsync_plus.core.i18n import tr

    qm = tmp_path / f"{language}.qm"
    qm.write_bytes(zipfile.ZipFile(plugin_zip).read(f"qfieldsync_plus/i18n/qfieldsync_plus_{language}.qm"))
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert {source: tr(source) for source in expected} == expected
    finally:
        QCoreApplication.removeTranslator(translator)


# The desktop's own strings must always be translated; messages of the headless core are
# translated too, but a new core message may land before its translation (make transup).
GUI_FOLDERS = ("gui", "processing", "tasks")
GUI_FILES = ("plugin.py", "settings.py")


def _is_gui_location(filename: str) -> bool:
    parts = Path(filename).parts
    return parts[-1] in GUI_FILES and parts[-2] == ".." or any(folder in parts for folder in GUI_FOLDERS)


@pytest.mark.parametrize("language", ["de", "fr"])
def test_messages_are_translated_with_their_placeholders(language):
    for message in ET.parse(I18N / f"qfieldsync_plus_{language}.ts").getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        locations = [location.get("filename") for location in message.findall("location")]
        if any(_is_gui_location(name) for name in locations):
            assert translation.get("type") is None and translation.text, source
        if translation.text:
            assert sorted(re.findall(r"\{[^}]*\}", source)) == sorted(re.findall(r"\{[^}]*\}", translation.text)), source


@pytest.mark.skipif(shutil.which("pylupdate5") is None, reason="pylupdate5 is not installed")
def test_ts_files_hold_every_desktop_message(tmp_path):
    package = ROOT / "qfieldsync_plus"
    files = sorted(str(p) for p in package.rglob("*.py") if "__pycache__" not in p.parts
                   and (p.parent == package and p.name in GUI_FILES or p.parent.name in GUI_FOLDERS))
    subprocess.run(["pylupdate5", "-noobsolete", *files, "-ts", str(tmp_path / "x.ts")], check=True,
                   capture_output=True)
    in_code = {m.findtext("source") for m in ET.parse(tmp_path / "x.ts").getroot().iter("message")}
    for language in ("de", "fr"):
        in_ts = {m.findtext("source") for m in ET.parse(I18N / f"qfieldsync_plus_{language}.ts").getroot().iter("message")}
        assert in_code <= in_ts, f"run `make transup` and translate: {sorted(in_code - in_ts)}"
