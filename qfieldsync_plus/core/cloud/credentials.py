"""Sign-in state: the token lives in QgsAuthManager (encrypted); settings hold only its authcfg id.

``QFIELDCLOUD_URL`` and ``QFIELDCLOUD_TOKEN`` in the environment take precedence (a token from
the environment needs no sign-in and is never stored).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import List, Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

from ..i18n import tr
from ..secrets.auth_db import PasswordPrompt, SecretsUnavailable, unlock
from .errors import NOT_SIGNED_IN, CloudError
from .transport import DEFAULT_URL, normalise_url

URL_ENV, TOKEN_ENV = "QFIELDCLOUD_URL", "QFIELDCLOUD_TOKEN"
KEY_PREFIX = "qfieldsync_plus/cloud/"
URL_HISTORY_SIZE = 10
AUTH_METHOD = "Basic"  # available on every QGIS 3 (APIHeader only from 3.26); password = token


@dataclass
class Credentials:
    """Where to connect and with which token (never printed: ``repr`` hides the token)."""

    url: str
    token: str
    username: str = ""
    source: str = "settings"  # or "environment"

    def __repr__(self) -> str:
        return f"Credentials(url={self.url!r}, username={self.username!r}, source={self.source!r})"


def _settings_value(key: str, default=None):
    return QgsSettings().value(KEY_PREFIX + key, default)


def _set_setting(key: str, value) -> None:
    QgsSettings().setValue(KEY_PREFIX + key, value)


def url_history() -> List[str]:
    """Server URLs used before, most recent first (the default server always listed)."""
    stored = _settings_value("url_history", []) or []
    history = [stored] if isinstance(stored, str) else list(stored)
    if DEFAULT_URL not in history:
        history.append(DEFAULT_URL)
    return history


def remember_url(url: str) -> None:
    """Put ``url`` first in the history."""
    url = normalise_url(url)
    history = [url] + [u for u in url_history() if u != url]
    _set_setting("url_history", history[:URL_HISTORY_SIZE])


def default_url() -> str:
    """The URL to offer: $QFIELDCLOUD_URL, else the last used, else app.qfield.cloud."""
    env = os.environ.get(URL_ENV)
    if env:
        return normalise_url(env)
    return str(_settings_value("url", "") or DEFAULT_URL)


def ensure_master_password(ask: Optional[PasswordPrompt] = None) -> None:
    """Unlock the QGIS authentication database through the one path for the master password
    (``secrets.auth_db.unlock``: ``$QGIS_AUTH_PASSWORD_FILE``, then ``ask`` headless, QGIS's own prompt on
    the desktop)."""
    try:
        unlock(ask, use_qgis_dialog=ask is None)
    except SecretsUnavailable as err:
        raise CloudError(
            tr("The QGIS authentication database is locked, so the QFieldCloud token cannot be stored or read.")
            + " " + str(err), NOT_SIGNED_IN,
            hint=err.hint or tr("Enter the QGIS master password, or set QGIS_AUTH_PASSWORD_FILE, "
                                "or use the QFIELDCLOUD_TOKEN environment variable.")) from None


def store_token(url: str, username: str, token: str, ask: Optional[PasswordPrompt] = None) -> str:
    """Keep ``token`` in QgsAuthManager, replacing the previous sign-in; returns the authcfg id."""
    ensure_master_password(ask)
    manager = QgsApplication.authManager()
    previous = stored_authcfg()
    config = QgsAuthMethodConfig(AUTH_METHOD)
    config.setName(f"QFieldCloud {username} @ {normalise_url(url)}")
    config.setUri(normalise_url(url))
    config.setConfig("username", username)
    config.setConfig("password", token)
    config.setConfig("realm", "")
    if not manager.storeAuthenticationConfig(config) or not config.id():
        raise CloudError(tr("QGIS could not store the QFieldCloud token in its authentication database."), NOT_SIGNED_IN)
    if previous and previous in manager.configIds():
        manager.removeAuthenticationConfig(previous)
    _set_setting("authcfg", config.id())
    _set_setting("url", normalise_url(url))
    _set_setting("signed_in_url", normalise_url(url))  # not the settings page's key: what this sign-in is for
    _set_setting("entered_url", "")
    _set_setting("username", username)
    remember_url(url)
    return config.id()


def forget_token(ask: Optional[PasswordPrompt] = None) -> None:
    """Remove the stored token (local sign-out; the token stays valid on the server).

    Raises when the authentication database cannot be unlocked: the token would stay in it.
    """
    authcfg = stored_authcfg()
    if authcfg:
        ensure_master_password(ask)
        manager = QgsApplication.authManager()
        if authcfg in manager.configIds():
            manager.removeAuthenticationConfig(authcfg)
    QgsSettings().remove(KEY_PREFIX + "authcfg")


def stored_authcfg() -> str:
    """The authcfg id of the current sign-in ('' when signed out)."""
    return str(_settings_value("authcfg", "") or "")


def load_credentials(ask: Optional[PasswordPrompt] = None, url: Optional[str] = None) -> Credentials:
    """The token to use: $QFIELDCLOUD_TOKEN, else the stored sign-in; raises when signed out."""
    env_token = os.environ.get(TOKEN_ENV)
    if env_token:
        return Credentials(normalise_url(url or default_url()), env_token.strip(), "", "environment")
    authcfg = stored_authcfg()
    if not authcfg:
        raise CloudError(tr("You are not signed in to QFieldCloud."), NOT_SIGNED_IN,
                         hint=tr("Sign in first (cloud login), or set QFIELDCLOUD_TOKEN."))
    ensure_master_password(ask)
    config = QgsAuthMethodConfig()
    QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True)
    token = config.config("password", "")
    if not token:
        raise CloudError(tr("The stored QFieldCloud sign-in ({authcfg}) is missing from the QGIS authentication "
                            "database.").format(authcfg=authcfg), NOT_SIGNED_IN, hint=tr("Sign in again."))
    stored_url = str(config.uri() or _settings_value("url", "") or DEFAULT_URL)  # the token goes only where it came from
    return Credentials(normalise_url(url or stored_url), token, config.config("username", ""), "settings")


def remember_entered_url(url: str) -> None:
    """Keep the server URL as the user typed it at sign-in (shown as is; requests use the normalised one)."""
    _set_setting("entered_url", url.strip())


def signed_in_as() -> Optional[Credentials]:
    """Who is signed in and on which server (the URL as entered), from the settings (no token, no
    master password); None when signed out."""
    if not stored_authcfg():
        return None
    url = str(_settings_value("entered_url", "") or _settings_value("signed_in_url", "") or DEFAULT_URL)
    return Credentials(url, "", str(_settings_value("username", "") or ""))
