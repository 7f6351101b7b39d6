"""Build a signed-in :class:`CloudClient` from the environment or the stored sign-in."""

from __future__ import annotations

import math
from typing import Optional

from qgis.core import QgsSettings

from ..secrets.auth_db import PasswordPrompt
from .client import REQUEST_DEADLINE_SECONDS, CloudClient, CloudLimits, RetryPolicy
from .credentials import KEY_PREFIX, load_credentials
from .transport import Transport


def verify_tls_setting() -> bool:
    """TLS verification (on unless the user turned it off explicitly in settings)."""
    return str(QgsSettings().value(KEY_PREFIX + "verify_tls", True)).lower() not in ("false", "0")


REQUEST_DEADLINE_KEY = KEY_PREFIX + "request_deadline_seconds"
CONNECTION_AUTHCFG_KEY = KEY_PREFIX + "connection_authcfg"


def connection_authcfg_setting() -> str:
    """The QGIS authentication configuration applied to every QFieldCloud request (e.g. a client
    certificate the server asks for); empty when none. The sign-in token is kept apart."""
    return str(QgsSettings().value(CONNECTION_AUTHCFG_KEY, "") or "")


def request_deadline_setting() -> float:
    """Seconds a QFieldCloud request (not a file transfer) may take in all (120 unless set)."""
    try:
        seconds = float(QgsSettings().value(REQUEST_DEADLINE_KEY, REQUEST_DEADLINE_SECONDS))
    except (TypeError, ValueError):
        return REQUEST_DEADLINE_SECONDS
    return seconds if math.isfinite(seconds) and seconds > 0 else REQUEST_DEADLINE_SECONDS


def make_client(url: str, token: Optional[str] = None, verify_tls: Optional[bool] = None,
                retry: Optional[RetryPolicy] = None) -> CloudClient:
    """A client for ``url`` on QGIS's network stack (its proxy and certificate settings apply)."""
    verify = verify_tls_setting() if verify_tls is None else verify_tls
    transport = Transport(url, token=token, verify_tls=verify, authcfg=connection_authcfg_setting())
    return CloudClient(transport, retry, CloudLimits(request_deadline=request_deadline_setting()))


def signed_in_client(url: Optional[str] = None, ask_master_password: Optional[PasswordPrompt] = None,
                     verify_tls: Optional[bool] = None, retry: Optional[RetryPolicy] = None) -> CloudClient:
    """A client with the token from $QFIELDCLOUD_TOKEN or the stored sign-in."""
    credentials = load_credentials(ask_master_password, url)
    return make_client(credentials.url, credentials.token, verify_tls, retry)
