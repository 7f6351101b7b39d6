"""The QGIS authentication database: which file, and unlocking it with the master password.

Desktop: QGIS owns the database; call :func:`unlock` with ``use_qgis_dialog=True`` on the main
thread before a worker reads secrets (QGIS asks for the master password there, not in a thread).
Headless (command line): :func:`prepare_headless_auth` points a new QgsApplication at the user's
profile database; the master password comes from QGIS's ``QGIS_AUTH_PASSWORD_FILE`` or a prompt.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional

from ..i18n import tr
from ..jobs.errors import JobError
from ..paths import default_profile_dir

AUTH_DIR_ENV = "QGIS_AUTH_DB_DIR_PATH"
PASSWORD_FILE_ENV = "QGIS_AUTH_PASSWORD_FILE"
AUTH_DB_FILE = "qgis-auth.db"
SECRETS_UNAVAILABLE = "SECRETS_UNAVAILABLE"

# QGIS reads and then *unsets* QGIS_AUTH_PASSWORD_FILE while it starts: remember it first.
_password_file: Optional[str] = None

# prompt(new_database) -> the master password, or None when nobody can be asked.
PasswordPrompt = Callable[[bool], Optional[str]]


class SecretsUnavailable(JobError):
    """The auth database cannot be read: locked, disabled, or the master password is wrong."""

    error_type = SECRETS_UNAVAILABLE


class WrongMasterPassword(SecretsUnavailable):
    """The master password given does not open the auth database."""


def remember_password_file() -> None:
    """Keep ``$QGIS_AUTH_PASSWORD_FILE`` before QGIS consumes it."""
    global _password_file
    _password_file = os.environ.get(PASSWORD_FILE_ENV) or _password_file


def prepare_headless_auth(profile_dir: Optional[Path] = None) -> None:
    """Before a headless QgsApplication starts: use the user's profile auth database (unless
    ``$QGIS_AUTH_DB_DIR_PATH`` says otherwise) and remember the password file."""
    remember_password_file()
    folder = Path(os.environ.get(AUTH_DIR_ENV) or (profile_dir or default_profile_dir()))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ[AUTH_DIR_ENV] = str(folder)


def expected_auth_db_path(profile_dir: Optional[Path] = None) -> Path:
    """The auth database a headless QgsApplication would open (without starting one)."""
    return Path(os.environ.get(AUTH_DIR_ENV) or (profile_dir or default_profile_dir())) / AUTH_DB_FILE


def auth_db_path() -> Path:
    """The auth database the running QgsApplication uses."""
    from qgis.core import QgsApplication

    manager_path = getattr(QgsApplication.authManager(), "authenticationDatabasePath", lambda: "")()
    return Path(manager_path or QgsApplication.qgisAuthDatabaseFilePath())


def _read_password_file() -> Optional[str]:
    path = os.environ.get(PASSWORD_FILE_ENV) or _password_file
    if not path:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            first_line = handle.readline().rstrip("\r\n")
    except OSError as err:
        raise SecretsUnavailable(
            tr('Cannot read the master password file "{path}" named in {env}: {error}').format(
                path=path, env=PASSWORD_FILE_ENV, error=err.strerror or err)) from None
    return first_line or None


def unlock(prompt: Optional[PasswordPrompt] = None, use_qgis_dialog: bool = False) -> None:
    """Make sure the master password is set, so secrets can be read and written.

    Order: already set; ``$QGIS_AUTH_PASSWORD_FILE``; ``prompt``; QGIS's own dialog (desktop,
    main thread only). Raises :class:`SecretsUnavailable` (or :class:`WrongMasterPassword`).
    """
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    path = auth_db_path()
    if manager.isDisabled():
        raise SecretsUnavailable(
            tr('The QGIS authentication database "{path}" is disabled: {reason}').format(
                path=path, reason=manager.disabledMessage()),
            hint=tr("Restart QGIS; if it stays disabled, check that the QCA OpenSSL plugin is installed."))
    if manager.masterPasswordIsSet():
        return
    new_database = not manager.masterPasswordHashInDatabase()
    from_file = _read_password_file()
    password = from_file or (prompt(new_database) if prompt else None)
    if not password and use_qgis_dialog:
        if manager.setMasterPassword(True):
            return
        raise SecretsUnavailable(tr('The QGIS authentication database "{path}" stays locked: no master password '
                                    'was entered.').format(path=path))
    if not password:
        raise SecretsUnavailable(
            tr('The QGIS authentication database "{path}" is locked: its master password is needed to read or '
               'store project secrets.').format(path=path),
            hint=tr("Run the command in a terminal to be asked for it, or put the master password in a file "
                    "readable only by you and set {env} to that file's path.").format(env=PASSWORD_FILE_ENV))
    if not manager.setMasterPassword(password, True):
        where = tr('the file "{path}" named in {env}').format(
            path=os.environ.get(PASSWORD_FILE_ENV) or _password_file, env=PASSWORD_FILE_ENV) if from_file else \
            tr("the prompt")
        raise WrongMasterPassword(
            tr('The master password from {where} does not open the QGIS authentication database "{path}".').format(
                where=where, path=path),
            hint=tr("Use the master password you set in QGIS (Settings › Options › Authentication). "
                    "After 5 wrong attempts QGIS disables the database until it restarts."))


def warm_up(project: Optional[str] = None, use_qgis_dialog: bool = True) -> bool:
    """Desktop, main thread: open the auth database and ask for the master password now, so that
    later reads from worker threads do not have to (only when ``project`` has secrets or layers that use
    stored authentication configurations, if given). True when the database can be read. The menu, the
    dock and the Processing algorithms all call it before a job's task starts."""
    if project is not None:
        from qgis.core import QgsApplication

        from .job_auth import project_authcfgs
        from .store import SecretStore

        stored = set(QgsApplication.authManager().configIds())
        if not SecretStore().list(project) and not stored & set(project_authcfgs(Path(project))):
            return True
    try:
        unlock(use_qgis_dialog=use_qgis_dialog)
    except SecretsUnavailable:
        return False
    return True
