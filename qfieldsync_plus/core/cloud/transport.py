"""HTTP for QFieldCloud on QGIS's network stack (QgsNetworkAccessManager, see ``qgis_network.py``).

QGIS's proxy settings (HTTP and SOCKS, exclusions, proxy user), its certificate authorities and
SSL server exceptions (Settings ▸ Options ▸ Authentication) and an optional authentication
configuration (``authcfg``, e.g. a client certificate) apply as for every QGIS provider. TLS
errors are never ignored unless the user turned verification off explicitly.

Why not the bundled qfieldcloud-sdk: it needs requests and its dependencies at versions that
clash with the ones QGIS's interpreter loads on Debian 12, reports upload progress only to a
tqdm bar, cannot cancel, and would not use QGIS's proxy or certificate settings.

Redirects (the cloud's storage answers downloads with them) are followed here for GET, not by
Qt: Qt copies every header to the new URL, and the token must not go to another host.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Union
from urllib.parse import quote, urlencode, urlsplit

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QFile, QIODevice, QUrl
from qgis.PyQt.QtNetwork import QHttpMultiPart, QHttpPart, QNetworkRequest, QSslSocket

from ..i18n import tr
from .errors import BAD_ANSWER, CANCELLED, CONNECTION, LIMIT, CloudError, error_from_response
from .limits import (
    DEADLINE, ERROR_BODY_MAX, SILENT, STALLED, CancelCheck, FileSink, MemorySink, ProgressCallback, Watch,
    seconds_text,
)
from .qgis_network import CANCELLED_REASON, USER_AGENT_ATTRIBUTE, Answer, Exchange, network_manager

VERSION = "0.1.0"
# "sdk|" makes QFieldCloud treat us as an SDK client: signing in here does not expire the
# user's QFieldSync or QField tokens (those client types lose older tokens on each login).
USER_AGENT = f"sdk|py|qfieldsync_plus/{VERSION} python/{platform.python_version()}"
DEFAULT_URL = "https://app.qfield.cloud/api/v1/"
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 10
SSL_HANDSHAKE_FAILED = 6  # QNetworkReply.SslHandshakeFailedError
OPERATION_CANCELED = 5  # QNetworkReply.OperationCanceledError
TLS_REFUSALS = (2, 6, 99)  # RemoteHostClosedError, SslHandshakeFailedError, UnknownNetworkError


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
        timeout: float = 60.0,
        user_agent: str = USER_AGENT,
        authcfg: str = "",
    ) -> None:
        self.base_url = normalise_url(base_url)
        self.token = token
        self.verify_tls = verify_tls
        self.timeout = timeout
        self.user_agent = user_agent
        self.authcfg = authcfg
        parts = urlsplit(self.base_url)
        if parts.scheme not in ("http", "https"):
            raise CloudError(tr("The QFieldCloud URL must start with https:// or http://: {url}").format(url=base_url), CONNECTION)
        self.root_path = parts.path

    # -- request building -------------------------------------------------------------------
    def _request(self, url: QUrl, content_type: str, with_token: bool) -> QNetworkRequest:
        """A request for ``url``; ``with_token`` (the QFieldCloud server itself, not a storage host it
        redirects to) adds the token and applies ``authcfg``."""
        request = QNetworkRequest(url)
        request.setAttribute(USER_AGENT_ATTRIBUTE, self.user_agent)
        request.setRawHeader(b"User-Agent", self.user_agent.encode("utf-8"))
        request.setRawHeader(b"Accept", b"application/json")
        request.setRawHeader(b"Accept-Encoding", b"identity")  # sizes and limits count the bytes sent
        if content_type:
            request.setRawHeader(b"Content-Type", content_type.encode("ascii"))
        if self.token and with_token:
            request.setRawHeader(b"Authorization", f"Token {self.token}".encode("utf-8"))
        request.setAttribute(QNetworkRequest.RedirectPolicyAttribute, QNetworkRequest.ManualRedirectPolicy)
        request.setAttribute(QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.CacheSaveControlAttribute, False)
        if url.scheme() == "https" and not self.verify_tls:
            ssl = request.sslConfiguration()
            ssl.setPeerVerifyMode(QSslSocket.VerifyNone)  # the user turned verification off explicitly
            request.setSslConfiguration(ssl)
        if with_token and self.authcfg and not QgsApplication.authManager().updateNetworkRequest(request, self.authcfg):
            raise CloudError(tr("The QGIS authentication configuration {id} could not be applied to the QFieldCloud "
                                "request.").format(id=self.authcfg), CONNECTION,
                             hint=tr("Check it in QGIS's authentication settings (is the master password set?)."))
        return request

    def _body(self, upload: Optional[Upload], json_body: Any, form: Optional[Mapping[str, Any]],
              device: Optional[QFile]) -> tuple:
        """(body, content type) for the request; an upload streams from ``device``."""
        if upload is not None:
            return _multipart(upload, device), ""
        if json_body is not None:
            return json.dumps(json_body).encode("utf-8"), "application/json"
        if form is not None:
            return urlencode(form).encode("ascii"), "application/x-www-form-urlencoded"
        return None, ""

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
        Limits the caller chooses: ``deadline`` seconds for the whole request (redirects
        included); ``stall_timeout`` seconds in which at least 1 KiB must move (a transfer;
        otherwise the transport's timeout is the wait for any byte); ``max_body`` bytes of an
        answer held in memory; ``max_download`` bytes written to ``download_to``.
        """
        what = what or f"{method} {path}"
        where = f"{method} {self.root_path}{path.lstrip('/')}"
        target = self.base_url + path.lstrip("/")
        if query:
            target += "?" + urlencode({k: v for k, v in query.items() if v is not None})
        url = QUrl(target)
        device = QFile(str(upload.path)) if upload is not None else None
        body, content_type = self._body(upload, json_body, form, device)
        watch = Watch(deadline, stall_timeout, self.timeout)
        on_sent = None
        if upload is not None and on_bytes is not None:
            on_sent = _file_progress(on_bytes, Path(upload.path).stat().st_size)
        follow = method in ("GET", "HEAD")

        def choose_sink(status: int) -> Union[MemorySink, FileSink]:
            if follow and status in REDIRECTS:
                return MemorySink(ERROR_BODY_MAX, where)
            if download_to is not None and 200 <= status < 300:
                return FileSink(Path(download_to), max_download, where, on_bytes)
            return MemorySink(max_body if max_body is not None or status < 400 else ERROR_BODY_MAX, where)

        try:
            request, home = self._request(url, content_type, with_token=True), True
            for _ in range(MAX_REDIRECTS + 1):
                answer = Exchange(request, method, body, choose_sink, watch, on_sent, is_cancelled,
                                  self.authcfg if home else "").run()
                self._raise_for_network(answer, what, where, deadline, stall_timeout)
                location = answer.headers.get("location", "")
                if not (follow and answer.status in REDIRECTS and location):
                    break
                next_url = url.resolved(QUrl(location))
                if next_url.scheme() not in ("http", "https") or (url.scheme() == "https" and next_url.scheme() != "https"):
                    raise CloudError(tr("QFieldCloud redirected {where} to an address that is not https; it was not "
                                        "followed.").format(where=where), CONNECTION)
                url, body = next_url, None
                home = _origin(url) == _origin(QUrl(self.base_url))
                request = self._request(url, "", with_token=home)  # the token never goes to another host
            else:
                raise CloudError(tr("QFieldCloud redirected {where} more than {count} times; it was stopped.").format(
                    where=where, count=MAX_REDIRECTS), LIMIT)
        finally:
            if device is not None:
                device.close()  # the reply (deleted later) must not keep the user's file open
        assert answer.status is not None
        if answer.status >= 400:
            raise error_from_response(answer.status, answer.body, what)
        return Response(answer.status, answer.headers, answer.body, where)

    def _raise_for_network(self, answer: Answer, what: str, where: str, deadline: Optional[float],
                           stall: Optional[float]) -> None:
        """Raise the CloudError for an exchange that was stopped or failed below HTTP."""
        if answer.stopped == CANCELLED_REASON:
            raise CloudError(tr("Cancelled ({what}).").format(what=what), CANCELLED)
        if answer.stopped == DEADLINE:
            raise CloudError(tr("QFieldCloud did not answer {where} within {seconds} seconds; the request was "
                                "stopped.").format(where=where, seconds=seconds_text(deadline)), LIMIT,
                             hint=tr("The server or the network is too slow; try again later."))
        if answer.stopped == STALLED:
            raise CloudError(tr("The transfer stopped: less than 1 KiB moved in {seconds} seconds ({where}).").format(
                seconds=seconds_text(stall), where=where), LIMIT, hint=tr("The connection stalled; try again later."))
        if answer.stopped == SILENT:
            raise CloudError(tr("The connection to QFieldCloud failed ({what}): no answer within {seconds} "
                                "seconds.").format(what=what, seconds=seconds_text(self.timeout)), CONNECTION)
        if answer.status is not None and not (answer.network_error and answer.network_error < 200):
            return
        if answer.network_error == SSL_HANDSHAKE_FAILED and answer.ssl_errors:
            network_manager().clearConnectionCache()  # else Qt retries with the refused TLS setup, even once trusted
            details = "; ".join(dict.fromkeys(answer.ssl_errors))
            raise CloudError(tr("The connection to QFieldCloud failed ({what}): SSL: the server's certificate is not "
                                "trusted ({details}).").format(what=what, details=details), CONNECTION,
                             hint=tr("If the server uses your organisation's certificate authority, add it to QGIS: "
                                     "Settings ▸ Options ▸ Authentication ▸ Certificate Manager ▸ Authorities."))
        if answer.network_error == OPERATION_CANCELED:  # not by us: QGIS's own timeout ended it
            seconds = QgsNetworkAccessManager.timeout() / 1000
            raise CloudError(tr("The connection to QFieldCloud failed ({what}): nothing moved for {seconds} seconds, "
                                "QGIS's network timeout.").format(what=what, seconds=seconds_text(seconds)), CONNECTION,
                             hint=tr("The timeout is set in QGIS: Settings ▸ Options ▸ Network."))
        hint = None
        if 100 < answer.network_error < 200:  # Qt's proxy errors
            hint = tr("Check QGIS's proxy settings: Settings ▸ Options ▸ Network.")
        elif self.base_url.startswith("https:") and (answer.network_error in TLS_REFUSALS
                                                   or "certificate" in answer.error_text.lower()):
            # TLS 1.3 reports a client certificate refused after the handshake, and Qt's own resend as "closed"
            hint = tr("If the server asks for a client certificate, choose its QGIS authentication configuration "
                      "in Settings ▸ Options ▸ QFieldSync+ (QFieldCloud connection authentication).")
        raise CloudError(tr("The connection to QFieldCloud failed ({what}): {error}").format(
            what=what, error=answer.error_text or tr("no answer")), CONNECTION, hint=hint)


def _origin(url: QUrl) -> tuple:
    return url.scheme(), url.host().lower(), url.port(443 if url.scheme() == "https" else 80)


def _multipart(upload: Upload, device: QFile) -> QHttpMultiPart:
    """A multipart/form-data body whose file part streams from ``device`` (never read whole into memory)."""
    multipart = QHttpMultiPart(QHttpMultiPart.FormDataType)
    if not device.open(QIODevice.ReadOnly):
        raise CloudError(tr("The file {path} cannot be read: {error}").format(path=upload.path, error=device.errorString()),
                         CONNECTION)
    filename = upload.filename.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
    part = QHttpPart()
    part.setRawHeader(b"Content-Disposition",
                      f'form-data; name="{upload.field_name}"; filename="{filename}"'.encode("utf-8"))
    part.setRawHeader(b"Content-Type", b"application/octet-stream")
    part.setBodyDevice(device)
    multipart.append(part)
    return multipart


def _file_progress(on_bytes: ProgressCallback, file_size: int):
    """Upload progress in file bytes (the multipart framing is not counted)."""
    def report(sent: int, total: int) -> None:
        on_bytes(max(0, min(file_size, sent - (total - file_size))))
    return report
