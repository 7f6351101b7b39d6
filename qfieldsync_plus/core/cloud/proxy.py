"""The proxy QGIS is set up to use (Settings → Options → Network), for the cloud client."""

from __future__ import annotations

import base64
import urllib.request
from dataclasses import dataclass
from typing import Dict, Optional, Tuple
from urllib.parse import urlsplit

LOOPBACK = ("localhost", "127.0.0.1", "::1")


@dataclass
class Proxy:
    """An HTTP proxy (CONNECT tunnel for https)."""

    host: str
    port: int
    user: str = ""
    password: str = ""
    excluded: Tuple[str, ...] = LOOPBACK

    def auth_headers(self) -> Dict[str, str]:
        """Proxy-Authorization header when the proxy needs a user."""
        if not self.user:
            return {}
        token = base64.b64encode(f"{self.user}:{self.password}".encode("utf-8")).decode("ascii")
        return {"Proxy-Authorization": f"Basic {token}"}

    def bypasses(self, host: str) -> bool:
        """True for hosts in the exclusion list (loopback and QGIS's "no proxy" entries)."""
        return any(excluded and excluded in host for excluded in self.excluded)


def _system_proxy() -> Optional[Proxy]:
    url = urllib.request.getproxies().get("https") or urllib.request.getproxies().get("http")
    if not url:
        return None
    parts = urlsplit(url if "://" in url else "http://" + url)
    if not parts.hostname:
        return None
    return Proxy(parts.hostname, parts.port or 8080, parts.username or "", parts.password or "")


def proxy_from_qgis_settings() -> Optional[Proxy]:
    """The proxy from QGIS's settings (``proxy/*`` keys), the system's for "DefaultProxy", else None."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    if str(settings.value("proxy/proxyEnabled", False)).lower() not in ("true", "1"):
        return None
    proxy_type = str(settings.value("proxy/proxyType", "DefaultProxy"))
    if proxy_type == "DefaultProxy":
        return _system_proxy()
    if proxy_type not in ("HttpProxy", "HttpCachingProxy"):
        return None  # SOCKS and FTP proxies are not supported by http.client
    host = str(settings.value("proxy/proxyHost", "") or "")
    if not host:
        return None
    excluded = settings.value("proxy/proxyExcludedUrls", []) or []
    if isinstance(excluded, str):
        excluded = [e for e in excluded.split("|") if e]
    return Proxy(host, int(settings.value("proxy/proxyPort", 8080) or 8080),
                 str(settings.value("proxy/proxyUser", "") or ""), str(settings.value("proxy/proxyPassword", "") or ""),
                 LOOPBACK + tuple(str(e) for e in excluded))
