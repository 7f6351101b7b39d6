"""A project's secrets for the job runner: ``RunnerSettings(secrets_for=load_project_secrets)``.

Command line: a headless QgsApplication on the user's profile auth database, the master password
from ``QGIS_AUTH_PASSWORD_FILE`` or a prompt. Desktop: call ``auth_db.warm_up()`` on the main thread
first; a job run from a worker thread then reads the unlocked database, or fails with a clear
message when it is still locked (it never prompts from a thread).
"""

from __future__ import annotations

from typing import List, Optional

from .auth_db import PasswordPrompt, expected_auth_db_path, unlock
from .model import Secret
from .store import SecretStore


def open_store(start_qgis: bool = True) -> Optional[SecretStore]:
    """The secret store on the running QgsApplication, starting a headless one on the user's
    profile auth database when none runs (None when there is no auth database to read)."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        if not start_qgis and not expected_auth_db_path().is_file():
            return None
        from ..qgis_app import start_headless_qgis

        start_headless_qgis()
    return SecretStore()


def load_project_secrets(project: str, prompt: Optional[PasswordPrompt] = None) -> List[Secret]:
    """The secrets of ``project`` with their values; unlocks the auth database only when there are any."""
    store = open_store(start_qgis=False)
    if store is None or not store.list(project):
        return []
    unlock(prompt)
    return store.secrets(project)
