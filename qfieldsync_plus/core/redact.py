"""Remove credentials from data sources and known secret values from any text."""

from __future__ import annotations

import re
from typing import Any, Iterable

REDACTED = "***"
_PASSWORD_PATTERNS = [
    # key=value styles: postgres/oracle URIs, WMS/WFS (password='x', password=x, &password=x)
    re.compile(r"""(?i)\b(password|passwd|pwd|pass)\s*=\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^\s&|;]+)"""),
    # URL user:password@host
    re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^/\s:@]+):([^@\s/]+)@"),
    # HTTP headers with credentials
    re.compile(r"(?i)\b(authorization|x-api-key|token)\s*[:=]\s*(\S+(?:\s+\S+)?)"),
]


def strip_credentials(source: str) -> str:
    """``source`` with passwords, URL credentials and tokens removed."""
    if not source:
        return source
    text = _PASSWORD_PATTERNS[0].sub(lambda m: f"{m.group(1)}={REDACTED}", source)
    text = _PASSWORD_PATTERNS[1].sub(lambda m: f"{m.group(1)}:{REDACTED}@", text)
    return _PASSWORD_PATTERNS[2].sub(lambda m: f"{m.group(1)}={REDACTED}", text)


def redact_values(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret value (4+ characters) replaced."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def has_plain_password(source: str) -> bool:
    """True when a data source string stores a password in clear text."""
    return bool(_PASSWORD_PATTERNS[0].search(source or "")) or bool(_PASSWORD_PATTERNS[1].search(source or ""))


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without credentials in data sources and without any of the ``secrets``."""
    return redact_values(strip_credentials(text), secrets) if text else text


def redact_data(value: Any, secrets: Iterable[str] = ()) -> Any:
    """A copy of JSON-like ``value`` (dicts, lists, strings) with every string redacted."""
    secrets = list(secrets)
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, dict):
        return {key: redact_data(item, secrets) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [redact_data(item, secrets) for item in value]
    return value
