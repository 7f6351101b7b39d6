"""One HTTP exchange on QGIS's network stack: QgsNetworkAccessManager (per thread) and a local
QEventLoop, so QGIS's proxy settings, certificate authorities, SSL server exceptions and
authentication configurations apply as for every QGIS provider.

Bodies never sit whole in memory: an upload streams from a QFile through QHttpMultiPart, a
download is written to its sink on every ``readyRead``. QgsBlockingNetworkRequest is not used:
it keeps the whole reply in memory. The :class:`~.limits.Watch` is checked on a timer because
QGIS's own network timeout fires only when nothing moves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Union

from qgis.core import QgsApplication, QgsAuthCertUtils, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QHttpMultiPart, QNetworkReply, QNetworkRequest

from .errors import CloudError
from .limits import CancelCheck, FileSink, MemorySink, Watch

USER_AGENT_ATTRIBUTE = QNetworkRequest.User + 7301  # our User-Agent, restored by the preprocessor
CANCELLED_REASON = "cancelled"

Body = Union[None, bytes, QHttpMultiPart]
Sink = Union[MemorySink, FileSink]
SinkChooser = Callable[[int], Sink]
SentCallback = Callable[[int, int], None]

_preprocessor_installed = False


def _keep_our_user_agent(request: QNetworkRequest) -> None:
    """QgsNetworkAccessManager replaces every User-Agent with QGIS's; put ours back on our requests
    (QFieldCloud tells its client types apart by it)."""
    agent = request.attribute(USER_AGENT_ATTRIBUTE)
    if agent:
        request.setRawHeader(b"User-Agent", str(agent).encode("utf-8"))


def network_manager() -> QgsNetworkAccessManager:
    """This thread's QgsNetworkAccessManager (starting a headless QGIS when the process has none)."""
    global _preprocessor_installed
    if QCoreApplication.instance() is None:
        from ..qgis_app import start_headless_qgis

        start_headless_qgis()
    if not _preprocessor_installed:
        QgsNetworkAccessManager.setRequestPreprocessor(_keep_our_user_agent)
        _preprocessor_installed = True
    return QgsNetworkAccessManager.instance()


def ssl_exception_allows(reply: QNetworkReply, errors) -> bool:
    """True when the user stored an SSL server exception in QGIS (Authentication ▸ SSL Server
    Configurations) for this server's certificate on this host:port that ignores each of ``errors``.
    The desktop's own dialog applies these too; headless QGIS does not, so we do."""
    manager = QgsApplication.authManager()
    certificate = reply.sslConfiguration().peerCertificate()
    if not errors or manager.isDisabled() or certificate.isNull():
        return False
    url: QUrl = reply.url()
    config = manager.sslCertCustomConfig(QgsAuthCertUtils.shaHexForCert(certificate), f"{url.host()}:{url.port(443)}")
    if config.isNull():
        return False
    ignored = set(config.sslIgnoredErrorEnums())
    return all(error.error() in ignored for error in errors)


@dataclass
class Answer:
    """What came back: HTTP status (None when there was none), lower-cased headers, the body
    the sink returned, and the network error when the exchange failed below HTTP."""

    status: Optional[int]
    headers: Dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    network_error: int = 0
    error_text: str = ""
    ssl_errors: List[str] = field(default_factory=list)
    stopped: Optional[str] = None  # a limits reason, or CANCELLED_REASON


class Exchange:
    """Sends ``request`` with ``verb`` and ``body``; the answer goes to the sink ``choose_sink``
    gives for its status. Stops when ``watch`` expires or ``is_cancelled`` says so. ``authcfg``
    (already applied to the request) also gets to update the reply, as QGIS providers do."""

    def __init__(self, request: QNetworkRequest, verb: str, body: Body, choose_sink: SinkChooser, watch: Watch,
                 on_sent: Optional[SentCallback] = None, is_cancelled: Optional[CancelCheck] = None,
                 authcfg: str = "") -> None:
        self.request, self.verb, self.body, self.authcfg = request, verb, body, authcfg
        self.choose_sink, self.watch, self.on_sent, self.is_cancelled = choose_sink, watch, on_sent, is_cancelled
        self.sink: Optional[Sink] = None
        self.failure: Optional[CloudError] = None
        self.stopped: Optional[str] = None
        self.ssl_errors: List[str] = []
        self.sent = 0
        self.reply: Optional[QNetworkReply] = None

    def run(self) -> Answer:
        """Run the exchange in a local event loop; raise the sink's CloudError, if any."""
        manager = network_manager()
        loop = QEventLoop()
        verb = self.verb.encode("ascii")
        if isinstance(self.body, QHttpMultiPart):
            reply = manager.sendCustomRequest(self.request, verb, self.body)
            self.body.setParent(reply)  # lives as long as the reply that reads it
        elif self.body:
            reply = manager.sendCustomRequest(self.request, verb, QByteArray(self.body))
        else:
            reply = manager.sendCustomRequest(self.request, verb)
        self.reply = reply
        if self.authcfg:
            QgsApplication.authManager().updateNetworkReply(reply, self.authcfg)
        reply.setReadBufferSize(1024 * 1024)  # Qt holds at most this much before we read it
        reply.metaDataChanged.connect(self._headers_arrived)
        reply.readyRead.connect(self._read)
        reply.uploadProgress.connect(self._uploaded)
        reply.sslErrors.connect(self._ssl_errors)
        reply.finished.connect(loop.quit)
        timer = QTimer()
        timer.setInterval(int(min(0.2, self.watch.tick()) * 1000))
        timer.timeout.connect(self._check)
        timer.start()
        if not reply.isFinished():
            loop.exec_()
        timer.stop()
        try:
            if self.failure is None and self.stopped is None:
                self._headers_arrived()
                self._read()
            return self._answer(reply)
        except CloudError:
            if self.sink is not None:
                self.sink.discard()
            raise
        finally:
            reply.deleteLater()

    def _answer(self, reply: QNetworkReply) -> Answer:
        if self.failure is not None:
            raise self.failure
        status = reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        error = int(reply.error())
        headers = {bytes(name).decode("latin-1").lower(): bytes(value).decode("latin-1")
                   for name, value in reply.rawHeaderPairs()}
        answer = Answer(int(status) if status is not None else None, headers, network_error=error,
                        error_text=reply.errorString() if error else "", ssl_errors=self.ssl_errors,
                        stopped=self.stopped)
        below_http = error != 0 and (status is None or error < 200)  # Qt: 1-199 are network and proxy errors
        if self.stopped is not None or below_http:
            if self.sink is not None:
                self.sink.discard()
            return answer
        if self.sink is not None:
            answer.body = self.sink.finish()
        return answer

    # -- signal handlers --------------------------------------------------------------------
    def _abort(self) -> None:
        if self.reply is not None and not self.reply.isFinished():
            self.reply.abort()

    def _headers_arrived(self) -> None:
        if self.sink is not None or self.failure is not None or self.reply is None:
            return
        status = self.reply.attribute(QNetworkRequest.HttpStatusCodeAttribute)
        if status is None:
            return
        length = self.reply.header(QNetworkRequest.ContentLengthHeader)
        try:
            self.sink = self.choose_sink(int(status))
            self.sink.announce(int(length) if length is not None else None)
        except CloudError as error:
            self.failure = error
            QTimer.singleShot(0, self._abort)  # not inside metaDataChanged: Qt would report the error twice

    def _read(self) -> None:
        if self.reply is None or self.failure is not None or self.stopped is not None:
            return
        self._headers_arrived()
        if self.sink is None:
            return
        while self.reply.bytesAvailable() > 0:
            block = bytes(self.reply.read(self.reply.bytesAvailable()))
            if not block:
                break
            self.watch.add(len(block))
            try:
                self.sink.write(block)
            except CloudError as error:
                self.failure = error
                self._abort()
                return

    def _uploaded(self, sent: int, total: int) -> None:
        self.watch.add(sent - self.sent)
        self.sent = sent
        if self.on_sent is not None and total > 0:
            self.on_sent(sent, total)
        self._check()

    def _ssl_errors(self, errors) -> None:
        if self.reply is not None and ssl_exception_allows(self.reply, errors):
            self.reply.ignoreSslErrors(errors)
            return
        self.ssl_errors.extend(error.errorString() for error in errors)

    def _check(self) -> None:
        if self.stopped is not None or self.failure is not None:
            return
        if self.is_cancelled is not None and self.is_cancelled():
            self.stopped = CANCELLED_REASON
        else:
            self.stopped = self.watch.expired()
        if self.stopped is not None:
            self._abort()

