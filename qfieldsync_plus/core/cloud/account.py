"""Sign in, sign out (this computer) and sign out everywhere (expire the token on the server)."""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

from ..i18n import tr
from ..secrets.auth_db import PasswordPrompt
from .credentials import forget_token, store_token
from .session import make_client, signed_in_client


def sign_out_everywhere_note() -> str:
    """What "Sign out everywhere" does, for the confirmation dialog."""
    return tr("Signing out everywhere makes QFieldCloud expire every token of your account: QField on every "
              "device, QFieldSync, the command line and every other program signed in as you must sign in again.")


def request_token(url: str, username: str, password: str, verify_tls: Optional[bool] = None) -> Tuple[str, Dict[str, Any]]:
    """The network half of signing in (run it off the main thread): (server URL, answer with ``token``)."""
    client = make_client(url, verify_tls=verify_tls)
    return client.base_url, client.login(username, password)


def store_sign_in(base_url: str, username: str, answer: Dict[str, Any],
                  ask_master_password: Optional[PasswordPrompt] = None) -> Dict[str, Any]:
    """Store the token of ``answer`` in QgsAuthManager (main thread); returns the user without the token."""
    answer = dict(answer)
    token = answer.pop("token")
    store_token(base_url, answer.get("username") or username, token, ask_master_password)
    return answer


def sign_in(url: str, username: str, password: str, ask_master_password: Optional[PasswordPrompt] = None,
            verify_tls: Optional[bool] = None) -> Dict[str, Any]:
    """Get a token for ``username`` and store it in QgsAuthManager; returns the user (no token)."""
    base_url, answer = request_token(url, username, password, verify_tls)
    return store_sign_in(base_url, username, answer, ask_master_password)


def sign_out(ask_master_password: Optional[PasswordPrompt] = None) -> None:
    """Forget the stored token on this computer (it stays valid on the server)."""
    forget_token(ask_master_password)


def sign_out_everywhere(ask_master_password: Optional[PasswordPrompt] = None) -> None:
    """Expire the token on the server, then forget it here."""
    signed_in_client(ask_master_password=ask_master_password).logout()
    forget_token(ask_master_password)
