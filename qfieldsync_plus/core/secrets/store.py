"""Project secrets stored encrypted in the QGIS authentication database.

One QgsAuthMethodConfig per secret (method "Basic", so QGIS's own authentication editor can show
and delete it). Its URI (stored in clear) holds the project key, name and type, so secrets can be
listed without the master password; the value is in the encrypted config map, base64-encoded
because QGIS's config string cannot hold its separators.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Dict, List, Optional
from urllib.parse import parse_qs, urlencode

from ..i18n import tr
from .auth_db import SecretsUnavailable, auth_db_path
from .model import Secret, validate, validate_name, validate_type

URI_PREFIX = "qfieldsync_plus:secret?"
METHOD = "Basic"
VALUE_KEY = "qfsp_value_b64"


def project_key(project: str) -> str:
    """The stable key of a project: its resolved file path (as in job records)."""
    return str(Path(project).expanduser().resolve())


def secret_uri(project: str, name: str, secret_type: str) -> str:
    """The clear-text URI that identifies one secret of ``project``."""
    return URI_PREFIX + urlencode({"project": project_key(project), "name": name, "type": secret_type})


def parse_secret_uri(uri: str) -> Optional[Dict[str, str]]:
    """``{"project", "name", "type"}`` for one of our URIs, else None."""
    if not uri.startswith(URI_PREFIX):
        return None
    fields = {k: v[0] for k, v in parse_qs(uri[len(URI_PREFIX):]).items() if v}
    return fields if {"project", "name", "type"} <= fields.keys() else None


def _store_failed(action: str, name: str) -> SecretsUnavailable:
    return SecretsUnavailable(
        tr('Could not {action} the secret "{name}" in the QGIS authentication database "{path}".').format(
            action=action, name=name, path=auth_db_path()),
        hint=tr("The database may be locked by another program or read-only: close other QGIS sessions "
                "that are writing to it and try again."))


class SecretStore:
    """List, read, store and remove the secrets of projects (QgsAuthManager must be unlocked
    for :meth:`get`, :meth:`secrets` and :meth:`set`; :meth:`list` works while locked)."""

    def __init__(self) -> None:
        from qgis.core import QgsApplication

        self.manager = QgsApplication.authManager()

    def _configs(self, project: str) -> Dict[str, tuple]:
        """name → (config id, type) of ``project``'s secrets."""
        key = project_key(project)
        found: Dict[str, tuple] = {}
        for config_id, config in self.manager.availableAuthMethodConfigs().items():
            fields = parse_secret_uri(config.uri())
            if fields and fields["project"] == key:
                found[fields["name"]] = (config_id, fields["type"])
        return found

    def list(self, project: str) -> List[Secret]:
        """The project's secrets, names and types only (values stay encrypted)."""
        return [Secret(name, kind) for name, (_, kind) in sorted(self._configs(project).items())]

    def get(self, project: str, name: str) -> Optional[Secret]:
        """One secret with its value (None when the project has no such secret)."""
        from qgis.core import QgsAuthMethodConfig

        entry = self._configs(project).get(name)
        if entry is None:
            return None
        config = QgsAuthMethodConfig()
        loaded = self.manager.loadAuthenticationConfig(entry[0], config, True)
        ok = loaded[0] if isinstance(loaded, tuple) else loaded
        encoded = config.config(VALUE_KEY) if ok else ""
        if not encoded:
            raise SecretsUnavailable(
                tr('Could not decrypt the secret "{name}" from the QGIS authentication database "{path}".').format(
                    name=name, path=auth_db_path()),
                hint=tr("Unlock the authentication database with its master password and try again."))
        return Secret(name, entry[1], base64.b64decode(encoded).decode("utf-8"))

    def secrets(self, project: str) -> List[Secret]:
        """Every secret of ``project`` with its value."""
        return [s for s in (self.get(project, item.name) for item in self.list(project)) if s is not None]

    def set(self, project: str, secret: Secret) -> None:
        """Add or replace ``secret`` for ``project`` (validated first; nothing changes when invalid)."""
        from qgis.core import QgsAuthMethodConfig

        validate(secret)
        existing = self._configs(project).get(secret.name)
        config = QgsAuthMethodConfig(METHOD)
        config.setName(f"QFieldSync Plus secret {secret.name} ({Path(project).name})")
        config.setUri(secret_uri(project, secret.name, secret.type))
        config.setConfig(VALUE_KEY, base64.b64encode(secret.value.encode("utf-8")).decode("ascii"))
        if existing is not None:
            config.setId(existing[0])
            ok = self.manager.updateAuthenticationConfig(config)
        else:
            stored = self.manager.storeAuthenticationConfig(config)
            ok = stored[0] if isinstance(stored, tuple) else stored
        if not ok:
            raise _store_failed(tr("store"), secret.name)

    def remove(self, project: str, name: str, secret_type: Optional[str] = None) -> bool:
        """Remove one secret; False when the project has none by that name (and ``type``)."""
        validate_name(name)
        if secret_type:
            validate_type(secret_type)
        entry = self._configs(project).get(name)
        if entry is None or (secret_type and entry[1] != secret_type):
            return False
        if not self.manager.removeAuthenticationConfig(entry[0]):
            raise _store_failed(tr("remove"), name)
        return True
