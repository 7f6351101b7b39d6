"""The PostgreSQL connection service file (pg_service.conf) this machine would use."""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path
from typing import List, Optional, Set


def service_file_candidates() -> List[Path]:
    """Service files libpq reads, in its order: $PGSERVICEFILE (else the user's file), then the system one."""
    found: List[Path] = []
    if os.environ.get("PGSERVICEFILE"):
        found.append(Path(os.environ["PGSERVICEFILE"]))
    elif sys.platform.startswith("win"):
        found.append(Path(os.environ.get("APPDATA", "")) / "postgresql" / ".pg_service.conf")
    else:
        found.append(Path.home() / ".pg_service.conf")
    sysconf = os.environ.get("PGSYSCONFDIR")
    if sysconf:
        found.append(Path(sysconf) / "pg_service.conf")
    elif sys.platform.startswith("linux"):
        found.append(Path("/etc/postgresql-common/pg_service.conf"))  # Debian/Ubuntu libpq's sysconfdir
    return found


def read_services(path: Path) -> Optional[configparser.ConfigParser]:
    """Parse one service file (None when unreadable)."""
    # A repeated section or key (which libpq accepts) must not make us ignore the whole file.
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None
    return parser


def local_service_names() -> Set[str]:
    """Names of every service defined in this machine's service files."""
    names: Set[str] = set()
    for path in service_file_candidates():
        if path.is_file():
            parser = read_services(path)
            if parser is not None:
                names.update(parser.sections())
    return names
