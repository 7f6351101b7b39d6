"""core/cloud is the QFieldCloud client only: it never imports the runner (core/cloud_sync drives it)."""

import ast
from pathlib import Path
from typing import Iterator

PACKAGE_ROOT = Path(__file__).resolve().parents[1]
CLOUD = PACKAGE_ROOT / "qfieldsync_plus" / "core" / "cloud"
RUNNER = "qfieldsync_plus.core.runner"


def absolute_imports(path: Path) -> Iterator[str]:
    """Every module ``path`` imports, relative imports resolved against its package."""
    package = list(path.relative_to(PACKAGE_ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def test_core_cloud_never_imports_the_runner():
    offenders = [f"{path.relative_to(CLOUD)}: {name}" for path in sorted(CLOUD.rglob("*.py"))
                 for name in absolute_imports(path) if name == RUNNER or name.startswith(RUNNER + ".")]
    assert not offenders, "core/cloud imports the runner:\n" + "\n".join(offenders)


def test_relative_imports_are_resolved():
    sync = PACKAGE_ROOT / "qfieldsync_plus" / "core" / "cloud_sync" / "preflight.py"
    names = set(absolute_imports(sync))
    assert "qfieldsync_plus.core.runner.runner.JobRunner" in names  # ``from ..runner.runner import JobRunner``
    assert "qfieldsync_plus.core.cloud.errors" in names
