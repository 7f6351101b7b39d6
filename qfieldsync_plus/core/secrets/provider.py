"""A project's secrets for the job runner: ``RunnerSettings(secrets_for=load_project_secrets)``.

Command line: a headless QgsApplication on the user's profile auth database, the master password
from ``QGIS_AUTH_PASSWORD_FILE`` or a prompt; it is started only when the auth database lists
secrets of the project (read with sqlite3, which costs milliseconds instead of a QGIS start).
Desktop: call ``auth_db.warm_up()`` on the main thread first; a job run from a worker thread then
reads the unlocked database, or fails with a clear message when it is still locked (it never
prompts from a thread).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import List, Optional

from .auth_db import PasswordPrompt, SecretsUnavailable, WrongMasterPassword, expected_auth_db_path, unlock
from .job_auth import JobAuth, project_authcfgs, resolve
from .model import Secret
from .store import URI_PREFIX, SecretStore, parse_secret_uri, project_key


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


def listed_in_file(auth_db: Path, project: str) -> Optional[bool]:
    """Whether the auth database file lists secrets of ``project`` (their names and types are stored
    in clear), read-only with sqlite3; None when the file cannot be read that way."""
    uri = auth_db.resolve().as_uri() + "?mode=ro"
    key = project_key(project)
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            rows = connection.execute("SELECT uri FROM auth_configs WHERE substr(uri, 1, ?) = ?",
                                      (len(URI_PREFIX), URI_PREFIX)).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return any((parse_secret_uri(row[0] or "") or {}).get("project") == key for row in rows)


def _may_have_secrets(project: str) -> bool:
    """False only when no QGIS runs and the auth database surely lists no secret of ``project``."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None:
        return True
    auth_db = expected_auth_db_path()
    return auth_db.is_file() and listed_in_file(auth_db, project) is not False


def load_project_secrets(project: str, prompt: Optional[PasswordPrompt] = None) -> List[Secret]:
    """The secrets of ``project`` with their values; unlocks the auth database only when there are any."""
    if not _may_have_secrets(project):
        return []
    store = open_store(start_qgis=False)
    if store is None or not store.list(project):
        return []
    unlock(prompt)
    return store.secrets(project)


def load_project_auth(project: str, prompt: Optional[PasswordPrompt] = None, ask: bool = True) -> JobAuth:
    """The stored authentication configurations the layers of ``project`` use, for its job's child.

    ``ask`` (command line): unlock the auth database first when it holds any of them (password file or
    ``prompt``). Without ``ask`` (desktop, a worker thread: the main thread warmed the database up) it
    never asks. When the database stays locked, the ids are returned as ``locked``: the job then says
    that those layers need the master password. A wrong master password fails the job.
    """
    ids = project_authcfgs(Path(project))
    if not ids or open_store(start_qgis=False) is None:
        return JobAuth()
    if ask:
        from qgis.core import QgsApplication

        if set(ids) & set(QgsApplication.authManager().configIds()):
            try:
                unlock(prompt)
            except WrongMasterPassword:
                raise
            except SecretsUnavailable:
                pass  # locked: reported per layer by the job
    return resolve(ids)


def desktop_project_auth(project: str) -> JobAuth:
    """:func:`load_project_auth` for a job run from the desktop or Processing (never prompts)."""
    return load_project_auth(project, ask=False)
