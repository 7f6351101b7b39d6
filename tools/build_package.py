"""Build the installable plugin zip: ``dist/qfieldsync_plus-<version>.zip``.

The zip holds one folder, ``qfieldsync_plus/``, with the code, metadata.txt, the SVG icons, the
compiled translations (.qm, made with lrelease) and any bundled pure-Python libraries that live
inside the package; never tests, caches, .ts sources or build files.

Usage: python tools/build_package.py [--lrelease PATH]
"""

from __future__ import annotations

import argparse
import configparser
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "qfieldsync_plus"
EXCLUDED_DIRS = {"__pycache__", ".pytest_cache", "tests", "test"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".ts", ".qm", ".tmp", ".orig"}


def plugin_version() -> str:
    """The version in metadata.txt."""
    parser = configparser.ConfigParser()
    parser.read(ROOT / PACKAGE / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version")


def included_files(source: Path):
    """Files of the package that belong in the zip, sorted."""
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if path.is_dir() or EXCLUDED_DIRS.intersection(relative.parts) or path.suffix in EXCLUDED_SUFFIXES:
            continue
        if any(part.startswith(".") for part in relative.parts):
            continue
        yield path, relative


def compile_translations(source: Path, target: Path, lrelease: str) -> list:
    """Compile every ``i18n/*.ts`` to ``target/i18n/*.qm``; return the .qm paths."""
    (target / "i18n").mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts_file in sorted((source / "i18n").glob("*.ts")):
        qm_file = target / "i18n" / ts_file.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(qm_file)], check=True)
        compiled.append(qm_file)
    return compiled


def build(lrelease: str) -> Path:
    """Write the zip and return its path."""
    source = ROOT / PACKAGE
    dist = ROOT / "dist"
    dist.mkdir(exist_ok=True)
    archive = dist / f"{PACKAGE}-{plugin_version()}.zip"
    with tempfile.TemporaryDirectory() as work:
        qm_files = compile_translations(source, Path(work), lrelease)
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
            for path, relative in included_files(source):
                zipped.write(path, f"{PACKAGE}/{relative.as_posix()}")
            for qm_file in qm_files:
                zipped.write(qm_file, f"{PACKAGE}/i18n/{qm_file.name}")
    return archive


def main() -> int:
    """Build the zip; print its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lrelease", default=shutil.which("lrelease") or "lrelease", help="lrelease executable")
    args = parser.parse_args()
    print(build(args.lrelease))
    return 0


if __name__ == "__main__":
    sys.exit(main())
