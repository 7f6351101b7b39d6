"""Find a Python interpreter that can import qgis, for the job's child process.

Inside the QGIS desktop ``sys.executable`` is QGIS itself (or a shim), not a Python:
look where each platform's QGIS installation keeps its interpreter.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import List, Optional

PYTHON_ENV = "QFIELDSYNC_PLUS_PYTHON"


class InterpreterNotFound(RuntimeError):
    """No Python that can import qgis was found."""


def _candidates() -> List[Path]:
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    found: List[Path] = []
    executable = Path(sys.executable) if sys.executable else None
    if executable and executable.name.lower().startswith("python"):
        found.append(executable)
    prefixes = [Path(sys.prefix), Path(sys.exec_prefix), Path(sys.base_prefix), Path(sys.base_exec_prefix)]
    if sys.platform.startswith("win"):
        # OSGeo4W / standalone installer: <root>/apps/Python3x/python.exe, <root>/bin/python.exe
        for prefix in prefixes:
            found += [prefix / "python.exe", prefix / "python3.exe"]
        if executable:
            root = executable.parent.parent
            found += [root / "bin" / "python.exe", root / "bin" / "python3.exe"]
    elif sys.platform == "darwin":
        # QGIS.app/Contents/MacOS/QGIS → QGIS.app/Contents/MacOS/bin/python3
        if executable:
            found += [executable.parent / "bin" / "python3", executable.parent / "bin" / f"python{version}"]
        for prefix in prefixes:
            found += [prefix / "bin" / "python3", prefix / "bin" / f"python{version}"]
    else:
        for prefix in prefixes:
            found += [prefix / "bin" / f"python{version}", prefix / "bin" / "python3"]
        found += [Path(f"/usr/bin/python{version}"), Path("/usr/bin/python3")]
    unique: List[Path] = []
    for path in found:
        if path not in unique:
            unique.append(path)
    return unique


def _is_running_interpreter(python: str) -> bool:
    """True when ``python`` is this process's own interpreter. Inside the QGIS desktop Python is
    embedded and ``sys.executable`` is only a guess (often the first python3 on PATH)."""
    executable = Path(python).absolute()
    prefix = Path(sys.prefix).absolute()
    return python == sys.executable and prefix in (executable.parent, executable.parent.parent)


@lru_cache(maxsize=8)
def _imports_qgis(python: str) -> bool:
    if _is_running_interpreter(python) and importlib.util.find_spec("qgis.core") is not None:
        return True
    try:
        completed = subprocess.run(
            [python, "-c", "import qgis.core"],
            capture_output=True,
            timeout=60,
            env=child_environment(),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return completed.returncode == 0


def child_environment(extra: Optional[dict] = None) -> dict:
    """The environment for a child: headless Qt, QGIS prefix, our package importable."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    package_parent = str(Path(__file__).resolve().parents[3])
    python_path = [package_parent]
    try:
        from qgis.core import QgsApplication

        prefix = QgsApplication.prefixPath()
        if prefix:
            env.setdefault("QGIS_PREFIX_PATH", prefix)
            python_path.append(str(Path(prefix) / "python"))
    except ImportError:
        pass
    if env.get("PYTHONPATH"):
        python_path.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(python_path)
    if extra:
        env.update(extra)
    return env


def find_qgis_python(override: Optional[str] = None) -> str:
    """The interpreter for job children: ``override``, ``$QFIELDSYNC_PLUS_PYTHON``, or a search."""
    chosen = override or os.environ.get(PYTHON_ENV)
    if chosen:
        if not _imports_qgis(chosen):
            raise InterpreterNotFound(
                f'The configured Python "{chosen}" cannot import qgis. Fix or clear the setting.'
            )
        return chosen
    for candidate in _candidates():
        if candidate.is_file() and _imports_qgis(str(candidate)):
            return str(candidate)
    raise InterpreterNotFound(
        "No Python interpreter that can import qgis was found next to this QGIS installation. "
        "Set the Python interpreter in the plugin settings or in $" + PYTHON_ENV + "."
    )
