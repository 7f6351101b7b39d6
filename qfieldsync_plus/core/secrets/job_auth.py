"""The QGIS authentication configurations a project's layers use, for a job's throwaway auth database.

A job's child process cannot unlock the user's QGIS authentication database (nobody can type the
master password there, and QGIS gives no way to read it back). So the parent, where the database
is unlocked (desktop: warmed up on the main thread; command line: after the prompt), reads the
configurations the project's data sources name (``authcfg=…``) and hands them, with a random master
password, to the child over its stdin (``runner/child.py``). The child stores them in a fresh
``qgis-auth.db`` in its private job folder, which is removed with that folder when the job ends (or
by the next runner after a kill, ``runner/leftovers.py``).
"""

from __future__ import annotations

import re
import secrets
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List

from ..archives import check_archive
from ..i18n import tr
from ..jobs.errors import JobError

# QGIS's configuration ids are 7 letters or digits, written ``authcfg=abc1234`` (also quoted, or as a
# URL parameter ``authcfg=abc1234&…``).
AUTHCFG = re.compile(r"authcfg=['\"]?([A-Za-z0-9]{7})(?![A-Za-z0-9])")
# Configuration keys whose values are kept out of the job's log and feedback.
_SECRET_KEYS = ("pass", "token", "secret", "key")


@dataclass
class JobAuth:
    """What a job's child needs to open the project's authcfg layers."""

    configs: List[Dict[str, Any]] = field(default_factory=list)  # as :func:`config_data` writes them
    locked: List[str] = field(default_factory=list)  # ids the parent could not read: its database is locked
    password: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    @property
    def needed(self) -> bool:
        """True when the project uses stored configurations (the child then gets its own auth database)."""
        return bool(self.configs or self.locked)

    def child_message(self) -> Dict[str, Any]:
        """The part of the child's stdin message that sets up its auth database."""
        return {"password": self.password, "configs": self.configs}

    def redact(self) -> List[str]:
        """The master password and the configurations' secret values (never in a log or feedback)."""
        values = [self.password]
        for config in self.configs:
            values += [str(v) for k, v in config["config"].items() if v and any(s in k.lower() for s in _SECRET_KEYS)]
        return values


def project_authcfgs(project: Path) -> List[str]:
    """The authentication configuration ids the data sources of ``project`` (.qgs or .qgz) name."""
    try:
        if project.suffix.lower() == ".qgz":
            check_archive(project)  # the job itself reports an archive it refuses
            with zipfile.ZipFile(project) as archive:
                text = "".join(archive.read(name).decode("utf-8", "replace")
                               for name in archive.namelist() if name.lower().endswith(".qgs"))
        else:
            text = project.read_text(encoding="utf-8", errors="replace")
    except (OSError, zipfile.BadZipFile, JobError):
        return []
    return sorted(set(AUTHCFG.findall(text)))


def config_data(config) -> Dict[str, Any]:
    """A loaded QgsAuthMethodConfig as plain data."""
    return {"id": config.id(), "name": config.name(), "method": config.method(), "uri": config.uri(),
            "version": config.version(), "config": dict(config.configMap())}


def resolve(ids: List[str]) -> JobAuth:
    """The configurations ``ids`` from the running QGIS's auth database (those that exist); when it is
    locked, the ids it holds are ``locked``. Never asks for the master password."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    if not ids:
        return JobAuth()
    manager = QgsApplication.authManager()
    stored = set(manager.configIds())
    wanted = [i for i in ids if i in stored]
    if manager.isDisabled() or not manager.masterPasswordIsSet():
        return JobAuth(locked=wanted)
    auth = JobAuth()
    for config_id in wanted:
        config = QgsAuthMethodConfig()
        loaded = manager.loadAuthenticationConfig(config_id, config, True)
        if (loaded[0] if isinstance(loaded, tuple) else loaded) and config.isValid(True):
            auth.configs.append(config_data(config))
    return auth


def install(message: Dict[str, Any]) -> None:
    """In the child, once its QgsApplication runs on the empty database in its job folder: set the
    master password received and store the configurations received (with their ids)."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.setMasterPassword(message["password"], True):
        raise RuntimeError(tr("The job's own authentication database refused its master password."))
    for data in message.get("configs", []):
        config = QgsAuthMethodConfig(data["method"], int(data.get("version") or 0))
        config.setId(data["id"])
        config.setName(data["name"])
        config.setUri(data["uri"])
        config.setConfigMap(data["config"])
        stored = manager.storeAuthenticationConfig(config)
        if not (stored[0] if isinstance(stored, tuple) else stored):
            raise RuntimeError(tr("The job's own authentication database did not take the configuration "
                                  "\"{id}\".").format(id=data["id"]))
