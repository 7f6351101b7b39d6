"""Sign in, sign out (this computer) and sign out everywhere (expire the token on the server)."""

from __future__ import annotations

from typing import Any, Dict, Optional

from ..i18n import tr
from ..secrets.auth_db import PasswordPrompt
from .credentials import forget_token, store_token
from .session import make_client, signed_in_client



def sign_out_everywhere_note() -> str:
    """What "Sign out everywhere" does, for the confirmation dialog."""
    return tr("Signing out everywhere asks QFieldCloud to expire this sign-in's token: every program using "
              "that token must sign in again. Other sign-ins (QField, QFieldSync) are not affected.")


def sign_in(url: str, username: str, password: str, ask_master_password: Optional[PasswordPrompt] = None,
            verify_tls: Optional[bool] = None) -> Dict[str, Any]:
    """Get a token for ``username`` and store it in QgsAuthManager; returns the user (no token)."""
    client = make_client(url, verify_tls=verify_tls)
    answer = client.login(username, password)
    token = answer.pop("token")
    store_token(client.base_url, answer.get("username") or username, token, ask_master_password)
    return answer


def sign_out(ask_master_password: Optional[PasswordPrompt] = None) -> None:
    """Forget the stored token on this computer (it stays valid on the server)."""
    forget_token(ask_master_password)


def sign_out_everywhere(ask_master_password: Optional[PasswordPrompt] = None) -> None:
    """Expire the token on the server, then forget it here."""
    signed_in_client(ask_master_password=ask_master_password).logout()
    forget_token(ask_master_password)
