"""File fingerprints (modification time + size) to tell whether sources changed since a package.

No QGIS imports: the runner uses this in the desktop process.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Iterable, List, Optional


def file_fingerprint(path: Path) -> Optional[List[int]]:
    """``[mtime_ns, size]`` of ``path``, or None when it does not exist."""
    try:
        stat = Path(path).stat()
    except OSError:
        return None
    return [stat.st_mtime_ns, stat.st_size]


def files_fingerprints(paths: Iterable[str]) -> Dict[str, Optional[List[int]]]:
    """Fingerprint of each path (with GeoPackage/SQLite write-ahead logs, which hold recent edits)."""
    result: Dict[str, Optional[List[int]]] = {}
    for path in paths:
        result[str(path)] = file_fingerprint(Path(path))
        for suffix in ("-wal",):
            companion = Path(str(path) + suffix)
            if companion.exists():
                result[str(companion)] = file_fingerprint(companion)
    return result
