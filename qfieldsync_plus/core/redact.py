"""Remove credentials from data sources and known secret values from any text."""

from __future__ import annotations

import re
from typing import Any, Iterable

REDACTED = "***"
# key=value passwords: libpq conninfo and QGIS data source URIs (password=...), ODBC/ADO (PWD=...),
# PGPASSWORD=..., WMS/WFS query parameters (&password=...).
_PASSWORD_KEY = re.compile(r"(?i)(?<![\w-])([a-z_]*(?:password|passwd|pwd)|pass)(\s*=\s*)")
# URL credentials: scheme://user:password@host (the user information ends at the authority's last "@").
_URL_AUTHORITY = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)([^/?#\s]*)")
# HTTP headers with credentials
_TOKEN = re.compile(r"(?i)\b(authorization|x-api-key|token)\s*[:=]\s*(\S+(?:\s+\S+)?)")


def _quoted_end(text: str, start: int, close: str, escape: str) -> int:
    """The index after a value quoted from ``start`` to ``close`` (``escape`` escapes; to the end if unclosed)."""
    index = start + 1
    while index < len(text):
        char = text[index]
        if escape == "\\" and char == "\\":
            index += 2
            continue
        if char == close:
            if escape == close and text[index + 1:index + 2] == close:  # ODBC: "}}" is one "}"
                index += 2
                continue
            return index + 1
        index += 1
    return len(text)


def _value_end(text: str, start: int, before: str) -> int:
    """The index after the password value at ``start``, as its provider parses it.

    Quoted values ('…' or "…" with backslash escapes: libpq, QGIS URIs) and ODBC braces ({…},
    "}}" escaping) end at their closing character. Unquoted values end at white space (libpq:
    a ";" is part of the password), at ";" in a ";"-separated ODBC/ADO string (spaces are part of
    it there), at "&" in a URL query.
    """
    if start >= len(text):
        return start
    first = text[start]
    if first in "'\"":
        return _quoted_end(text, start, first, "\\")
    if first == "{":
        return _quoted_end(text, start, "}", "}")
    if before == ";":  # ODBC/ADO: the value runs to the next ";" (spaces included)
        ends = re.compile(r"[;\r\n]")
    else:
        ends = re.compile(r"[\s&#]" if before in ("&", "?") else r"\s")
    found = ends.search(text, start)
    return found.start() if found else len(text)


def _strip_key_values(text: str) -> str:
    parts, position = [], 0
    for match in _PASSWORD_KEY.finditer(text):
        if match.start() < position:
            continue
        before = text[:match.start()].rstrip()[-1:]
        end = _value_end(text, match.end(), before)
        parts += [text[position:match.start()], f"{match.group(1)}={REDACTED}"]
        position = end
    return "".join(parts) + text[position:]


def _strip_url_password(match: "re.Match[str]") -> str:
    scheme, authority = match.group(1), match.group(2)
    user_info, at, host = authority.rpartition("@")
    if not at or ":" not in user_info:
        return match.group(0)
    return f"{scheme}{user_info.split(':', 1)[0]}:{REDACTED}@{host}"


def strip_credentials(source: str) -> str:
    """``source`` with passwords (whole values, quoted or not), URL credentials and tokens removed."""
    if not source:
        return source
    text = _strip_key_values(source)
    text = _URL_AUTHORITY.sub(_strip_url_password, text)
    return _TOKEN.sub(lambda m: f"{m.group(1)}={REDACTED}", text)


def redact_values(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret value (4+ characters) replaced."""
    for secret in sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


def has_plain_password(source: str) -> bool:
    """True when a data source string stores a password in clear text."""
    text = source or ""
    return _strip_key_values(text) != text or _URL_AUTHORITY.sub(_strip_url_password, text) != text


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
