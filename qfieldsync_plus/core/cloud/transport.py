"""HTTP for QFieldCloud on Python's standard library (http.client, ssl).

Why not the bundled qfieldcloud-sdk 0.18: it needs requests >= 2.31, urllib3 >= 2,
requests-toolbelt, tqdm, click, pathvalidate, certifi, idna and charset-normalizer. Bundled
under a private path with rewritten imports, requests still loads modules by name at run time
(``requests/packages.py`` calls ``__import__("urllib3")`` and ``__import__("idna")``,
``requests/compat.py`` imports ``chardet``/``charset_normalizer`` with importlib): in QGIS's
interpreter on Debian 12 that picks the system urllib3 1.26 and chardet and rewrites the
``requests.packages.*`` entries the system requests 2.28 uses (checked with PyPI's wheels).
Besides, its uploads report progress only to a tqdm bar, cannot be cancelled, are not retried
or verified, and its job listing fails on the recorded server version: we would bypass most
of it. http.client streams uploads and downloads with per-chunk progress and cancel, uses the
platform's TLS store (verification on unless turned off) and takes QGIS's proxy settings
(``proxy.py``). It works in the CLI too, where QgsBlockingNetworkRequest would need a Qt
event loop and would buffer whole files in memory for multipart uploads.
"""

from __future__ import annotations

import http.client
import json
import os
import platform
import ssl
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterator, Mapping, Optional
from urllib.parse import quote, urlencode, urlsplit

from ..i18n import tr
from .errors import BAD_ANSWER, CANCELLED, CONNECTION, LIMIT, CloudError, error_from_response
from .limits import (
    CHUNK, DEADLINE, ERROR_BODY_MAX, STALLED, CancelCheck, ProgressCallback, Watchdog, counting, read_body, seconds_text,
    stream_to_file,
)
from .proxy import Proxy

VERSION = "0.1.0"
# "sdk|" makes QFieldCloud treat us as an SDK client: signing in here does not expire the
# user's QFieldSync or QField tokens (those client types lose older tokens on each login).
USER_AGENT = f"sdk|py|qfieldsync_plus/{VERSION} python/{platform.python_version()}"
SEND_PIECE = 16 * 1024  # upload bytes handed to the socket at once (progress is counted per piece)
DEFAULT_URL = "https://app.qfield.cloud/api/v1/"



def normalise_url(url: str) -> str:
    """The API root for ``url``: a scheme, ``/api/v1/`` when only a host was given, one trailing slash."""
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    if urlsplit(url).path in ("", "/"):
        url = url.rstrip("/") + "/api/v1"
    return url.rstrip("/") + "/"


def quote_path(path: str) -> str:
    """A project-relative file path for a URL (``/`` kept, the rest escaped)."""
    return quote(path.replace("\\", "/"), safe="/")


@dataclass
class Response:
    """An HTTP answer: status, lower-cased headers, body bytes (empty for downloads) and ``where``
    (method and URL path, for messages; never the query or the token)."""

    status: int
    headers: Dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    where: str = ""

    def json(self) -> Any:
        """The body decoded as JSON (None when empty)."""
        if not self.body:
            return None
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            if self.body.lstrip()[:1] == b"<":
                message = tr("QFieldCloud's answer to {where} is a web page, not JSON.")
            else:
                message = tr("QFieldCloud's answer to {where} is not JSON.")
            raise CloudError(message.format(where=self.where), BAD_ANSWER,
                             hint=tr("Check the QFieldCloud URL: it must be the API root, e.g. "
                                     "https://app.qfield.cloud/api/v1/.")) from error


@dataclass
class Upload:
    """A file sent as the multipart field ``field_name``."""

    path: Path
    filename: str
    field_name: str = "file"


class Transport:
    """Sends requests to one QFieldCloud server with one token."""

    def __init__(
        self,
        base_url: str,
        token: Optional[str] = None,
        verify_tls: bool = True,
        ca_file: Optional[str] = None,
        timeout: float = 60.0,
        proxy: Optional[Proxy] = None,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.base_url = normalise_url(base_url)
        self.token = token
        self.timeout = timeout
        self.proxy = proxy
        self.user_agent = user_agent
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https"):
            raise CloudError(tr("The QFieldCloud URL must start with https:// or http://: {url}").format(url=base_url), CONNECTION)
        self.scheme, self.host, self.port = parts.scheme, parts.hostname or "", parts.port
        self.root_path = parts.path
        self.ssl_context = ssl.create_default_context(cafile=ca_file) if self.scheme == "https" else None
        if self.ssl_context is not None and not verify_tls:
            self.ssl_context.check_hostname = False
            self.ssl_context.verify_mode = ssl.CERT_NONE

    # -- connection -------------------------------------------------------------------------
    def _connect(self, timeout: float) -> http.client.HTTPConnection:
        port = self.port or (443 if self.scheme == "https" else 80)
        if self.proxy is not None and not self.proxy.bypasses(self.host):
            if self.scheme == "https":
                conn = http.client.HTTPSConnection(self.proxy.host, self.proxy.port, timeout=timeout, context=self.ssl_context)
                conn.set_tunnel(self.host, port, headers=self.proxy.auth_headers())
                return conn
            return http.client.HTTPConnection(self.proxy.host, self.proxy.port, timeout=timeout)
        if self.scheme == "https":
            return http.client.HTTPSConnection(self.host, port, timeout=timeout, context=self.ssl_context)
        return http.client.HTTPConnection(self.host, port, timeout=timeout)

    def _target(self, path: str, query: Optional[Mapping[str, Any]]) -> str:
        target = self.root_path + path.lstrip("/")
        if query:
            target += "?" + urlencode({k: v for k, v in query.items() if v is not None})
        if self.proxy is not None and self.scheme == "http" and not self.proxy.bypasses(self.host):
            netloc = self.host + (f":{self.port}" if self.port else "")
            target = f"http://{netloc}{target}"
        return target

    def _headers(self, extra: Optional[Mapping[str, str]]) -> Dict[str, str]:
        headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        if self.proxy is not None and self.scheme == "http" and not self.proxy.bypasses(self.host):
            headers.update(self.proxy.auth_headers())
        if self.token:
            headers["Authorization"] = f"Token {self.token}"
        headers.update(extra or {})
        return headers

    # -- requests ---------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        query: Optional[Mapping[str, Any]] = None,
        json_body: Any = None,
        form: Optional[Mapping[str, Any]] = None,
        upload: Optional[Upload] = None,
        download_to: Optional[Path] = None,
        on_bytes: Optional[ProgressCallback] = None,
        is_cancelled: Optional[CancelCheck] = None,
        what: str = "",
        deadline: Optional[float] = None,
        stall_timeout: Optional[float] = None,
        max_body: Optional[int] = None,
        max_download: Optional[int] = None,
    ) -> Response:
        """Send one request; raise :class:`CloudError` on connection problems and HTTP >= 400.

        ``upload`` streams a file as multipart/form-data; ``download_to`` streams a 2xx body
        into that file. ``on_bytes`` gets the number of body bytes sent or received so far.
        Limits the caller chooses: ``deadline`` seconds for the whole request; ``stall_timeout``
        seconds in which at least 1 KiB must move (a transfer; otherwise the transport's timeout
        is the wait for any byte); ``max_body`` bytes of an answer held in memory;
        ``max_download`` bytes written to ``download_to``.
        """
        what = what or f"{method} {path}"
        where = f"{method} {self.root_path}{path.lstrip('/')}"
        extra: Dict[str, str] = {}
        body_chunks: Iterator[bytes]
        length = 0
        if upload is not None:
            boundary = uuid.uuid4().hex
            extra["Content-Type"] = f"multipart/form-data; boundary={boundary}"
            filename = upload.filename.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
            head = (f'--{boundary}\r\nContent-Disposition: form-data; name="{upload.field_name}"; '
                    f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n').encode("utf-8")
            tail = f"\r\n--{boundary}--\r\n".encode("ascii")
            file_size = os.path.getsize(upload.path)
            length = len(head) + file_size + len(tail)
            body_chunks = _file_chunks(head, upload.path, tail)
        elif json_body is not None:
            data = json.dumps(json_body).encode("utf-8")
            extra["Content-Type"] = "application/json"
            body_chunks, length = iter([data]), len(data)
        elif form is not None:
            data = urlencode(form).encode("ascii")
            extra["Content-Type"] = "application/x-www-form-urlencoded"
            body_chunks, length = iter([data]), len(data)
        else:
            body_chunks = iter(())
        if length or method in ("POST", "PUT", "PATCH"):
            extra["Content-Length"] = str(length)
        stall = stall_timeout or self.timeout
        conn = self._connect(min(stall, deadline) if deadline is not None else stall)
        watchdog = Watchdog(conn, deadline, stall_timeout)
        try:
            conn.connect()
            conn.putrequest(method, self._target(path, query), skip_accept_encoding=True)
            for name, value in self._headers(extra).items():
                conn.putheader(name, value)
            conn.endheaders()
            sent = 0
            for chunk in body_chunks:
                if is_cancelled is not None and is_cancelled():
                    raise CloudError(tr("Cancelled ({what}).").format(what=what), CANCELLED)
                view = memoryview(chunk)
                for offset in range(0, len(view), SEND_PIECE):
                    conn.send(view[offset:offset + SEND_PIECE])
                    watchdog.add(len(view[offset:offset + SEND_PIECE]))
                sent += len(chunk)
                if on_bytes is not None and upload is not None:
                    on_bytes(max(0, min(sent - len(head), file_size)))  # file bytes, not multipart framing
            answer = conn.getresponse()
            headers = {k.lower(): v for k, v in answer.getheaders()}
            if answer.status >= 400 or download_to is None:
                limit = max_body if max_body is not None or answer.status < 400 else ERROR_BODY_MAX
                body = read_body(answer, limit, where)
                if watchdog.expired:
                    raise TimeoutError()
                if answer.status >= 400:
                    raise error_from_response(answer.status, body, what)
                return Response(answer.status, headers, body, where)
            stream_to_file(answer, Path(download_to), counting(on_bytes, watchdog), is_cancelled, what, where,
                            max_download)
            if watchdog.expired:
                raise TimeoutError()
            return Response(answer.status, headers, where=where)
        except (OSError, http.client.HTTPException) as error:
            if watchdog.expired == DEADLINE:
                raise CloudError(tr("QFieldCloud did not answer {where} within {seconds} seconds; the request was "
                                    "stopped.").format(where=where, seconds=seconds_text(deadline)), LIMIT,
                                 hint=tr("The server or the network is too slow; try again later.")) from error
            if watchdog.expired == STALLED or (isinstance(error, TimeoutError) and stall_timeout is not None):
                raise CloudError(tr("The transfer stopped: less than 1 KiB moved in {seconds} seconds ({where}).").format(
                    seconds=seconds_text(stall), where=where), LIMIT,
                    hint=tr("The connection stalled; try again later.")) from error
            raise CloudError(
                tr("The connection to QFieldCloud failed ({what}): {error}").format(what=what, error=error.__class__.__name__ + (f": {error}" if str(error) else "")),
                CONNECTION) from error
        finally:
            watchdog.stop()
            conn.close()


def _file_chunks(head: bytes, path: Path, tail: bytes) -> Iterator[bytes]:
    yield head
    with open(path, "rb") as handle:
        while True:
            block = handle.read(CHUNK)
            if not block:
                break
            yield block
    yield tail
