"""QFieldCloud errors mapped as QFieldCloud's worker maps them, with what the user can do."""

from __future__ import annotations

import json
from typing import Any, Dict, Optional

from ..i18n import tr

# Error kinds (stable strings for callers, the CLI's --json and tests).
AUTH = "auth"
PAYMENT = "payment_required"
FORBIDDEN = "forbidden"
NOT_FOUND = "not_found"
INVALID = "invalid"
SERVER = "server_error"
CONNECTION = "connection"
CHECKSUM = "checksum_mismatch"
CANCELLED = "cancelled"
REFUSED = "refused"
NOT_SIGNED_IN = "not_signed_in"
LIMIT = "limit_exceeded"  # an answer larger, longer or slower than the client accepts
BAD_ANSWER = "bad_answer"  # an answer that is not JSON or not of the expected shape


class CloudError(Exception):
    """A failed QFieldCloud operation, with the server's code/message/detail when it sent one."""

    def __init__(
        self,
        message: str,
        kind: str = SERVER,
        status: Optional[int] = None,
        code: Optional[str] = None,
        detail: Optional[str] = None,
        hint: Optional[str] = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.status = status
        self.code = code
        self.detail = detail
        self.hint = hint

    @property
    def retryable(self) -> bool:
        """True for connection problems and server-side (5xx) errors."""
        return self.kind == CONNECTION or (self.status is not None and self.status >= 500)

    def to_dict(self) -> Dict[str, Any]:
        """The error as plain data (for --json and feedback)."""
        return {"kind": self.kind, "status": self.status, "code": self.code, "message": self.message,
                "detail": self.detail, "hint": self.hint}

    def __str__(self) -> str:
        parts = [self.message]
        if self.detail and self.detail not in self.message:
            parts.append(f"({self.detail})")
        if self.hint:
            parts.append(f"→ {self.hint}")
        return " ".join(parts)


def as_not_found(error: CloudError, what: str) -> CloudError:
    """A server error that only means "no such object" (the recorded server's 500s) as NOT_FOUND."""
    return CloudError(tr("QFieldCloud could not find it ({what}).").format(what=what), NOT_FOUND, error.status,
                      error.code, error.detail, tr("Check the id and the server URL."))


def _parse_body(body: bytes) -> Dict[str, Any]:
    try:
        data = json.loads(body.decode("utf-8")) if body else {}
    except (UnicodeDecodeError, ValueError):
        return {}
    return data if isinstance(data, dict) else {"detail": data}


def _detail_text(data: Dict[str, Any]) -> Optional[str]:
    detail = (data.get("debug") or {}).get("detail") if isinstance(data.get("debug"), dict) else None
    if detail is None:
        detail = data.get("detail")
    if detail in (None, ""):
        return None
    return detail if isinstance(detail, str) else json.dumps(detail, ensure_ascii=False)


def error_from_response(status: int, body: bytes, what: str) -> CloudError:
    """The :class:`CloudError` for an HTTP error answer to the request described by ``what``."""
    data = _parse_body(body)
    code = data.get("code")
    server_message = data.get("message") or ""
    detail = _detail_text(data)
    if status == 401:
        return CloudError(
            tr("QFieldCloud did not accept your sign-in ({what}): the token has expired or is not valid.").format(what=what),
            AUTH, status, code, detail, tr("Sign in to QFieldCloud again."))
    if status == 402:
        return CloudError(tr("QFieldCloud needs a paid plan or more storage for this ({what}).").format(what=what),
                          PAYMENT, status, code, detail or server_message, tr("Check the account's subscription on QFieldCloud."))
    if status == 403:
        return CloudError(tr("QFieldCloud does not allow you to do this ({what}).").format(what=what),
                          FORBIDDEN, status, code, detail or server_message,
                          tr("Ask the project's owner for a role that allows it."))
    if status == 404 or code == "object_not_found":
        return CloudError(tr("QFieldCloud could not find it ({what}).").format(what=what),
                          NOT_FOUND, status, code, detail or server_message,
                          tr("Check the project id (cloud projects) and the server URL."))
    if status >= 500:
        return CloudError(
            tr("QFieldCloud had a server error ({what}): {code}: {message}").format(
                what=what, code=code or status, message=server_message or tr("no message")),
            SERVER, status, code, detail)
    return CloudError(
        tr("QFieldCloud refused the request ({what}): {code}: {message}").format(
            what=what, code=code or status, message=server_message or tr("no message")),
        INVALID, status, code, detail)
