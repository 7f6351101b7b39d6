"""The core is headless: no module under qfieldsync_plus/core imports GUI code."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "qfieldsync_plus" / "core"
FORBIDDEN = ("qgis.gui", "qgis.utils", "qgis.PyQt.QtWidgets", "PyQt5.QtWidgets", "PyQt6.QtWidgets", "iface")


def imported_names(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            yield module
            for alias in node.names:
                yield f"{module}.{alias.name}"


def test_core_never_imports_gui():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        if "_vendor" in path.parts:
            continue
        for name in imported_names(path):
            if any(name == f or name.startswith(f + ".") or name.endswith("." + f) for f in FORBIDDEN):
                offenders.append(f"{path.relative_to(CORE)}: {name}")
    assert not offenders, "GUI imports in core:\n" + "\n".join(offenders)


def test_the_walk_sees_core_modules():
    modules = list(CORE.rglob("*.py"))
    assert len(modules) > 10
    assert any(n.startswith("qgis.core") for p in modules for n in imported_names(p))
