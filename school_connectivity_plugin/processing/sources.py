"""Live sources inside QGIS: downloads go through QGIS's network manager (its proxy settings and its authentication
database), have a deadline, and land only in the profile's cache folder, as the last good copy of each URL."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.sources.fetch import DEFAULT_TIMEOUT_S, USER_AGENT, Fetcher, Response, token_headers
from ..core.sources.live import SourceCache, SourceReport, follow, is_url


def cache_folder() -> Path:
    """The profile's folder for the last good copies of live sources."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "cache" / "school_connectivity" / "sources"


def qgis_fetcher(authcfg: str = "") -> Fetcher:
    """A fetcher on QGIS's network manager (its proxy, `authcfg` from the authentication database if given), with
    an event loop of its own: it works in a task's thread, and never answers from QGIS's network cache (which
    QgsBlockingNetworkRequest falls back on when a server fails, hiding the failure)."""

    def fetch(url: str, headers: dict, timeout: float = DEFAULT_TIMEOUT_S) -> Response:
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"User-Agent", USER_AGENT.encode())
        for name, value in headers.items():
            request.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
        request.setAttribute(QNetworkRequest.CacheLoadControlAttribute, QNetworkRequest.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.CacheSaveControlAttribute, False)
        if authcfg and not QgsApplication.authManager().updateNetworkRequest(request, authcfg):
            return Response(0, error=f"authentication configuration {authcfg} cannot be applied")
        reply = QgsNetworkAccessManager.instance().get(request)
        loop = QEventLoop()
        reply.finished.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(reply.abort)
        timer.start(int(timeout * 1000))
        if not reply.isFinished():
            loop.exec_()
        expired = not timer.isActive()
        timer.stop()
        try:
            return _response(reply, timeout, expired)
        finally:
            reply.deleteLater()

    return fetch


def _response(reply, timeout: float, expired: bool) -> Response:
    status = int(reply.attribute(QNetworkRequest.HttpStatusCodeAttribute) or 0)
    names = {bytes(name).decode("latin-1").lower(): bytes(reply.rawHeader(name)).decode("latin-1")
             for name in reply.rawHeaderList()}
    if expired:
        return Response(status, error=f"no complete answer within {timeout:g} s")
    if status and status != 200:
        return Response(status, error=f"HTTP {status}")
    if reply.error() != QNetworkReply.NoError:
        problem = "truncated: the answer broke off" if status == 200 else "unreachable"
        return Response(status, error=f"{problem} ({reply.errorString()})")
    body = bytes(reply.readAll())
    expected = names.get("content-length", "")
    if expected.isdigit() and int(expected) != len(body):
        return Response(status, error=f"truncated: {len(body):,} of {int(expected):,} bytes")
    return Response(status, body, names.get("content-type", ""), names)


def follow_in_qgis(url: str, authcfg: str = "", cache: Path | None = None,
                   timeout: float = DEFAULT_TIMEOUT_S) -> SourceReport:
    """The URL's local copy, downloaded through QGIS or the last good one (InputError naming the URL when neither);
    a token from the environment is sent only when no authentication configuration is given."""
    headers = {} if authcfg else token_headers()
    return follow(url, SourceCache(cache or cache_folder()), qgis_fetcher(authcfg), headers, timeout)


def local_copy(value: str, feedback=None) -> str:
    """A file parameter's value as a local file: a URL becomes its copy in the profile's cache (a warning when it is
    the last good copy); a path is returned as it is."""
    if not is_url(value):
        return value
    report = follow_in_qgis(value.strip())
    if report.from_cache and feedback is not None:
        feedback.pushWarning(QCoreApplication.translate("LiveSources", "{url}: {error}; using the last good copy of "
                                                        "{time}").format(url=report.url, error=report.error,
                                                                         time=report.fetched_at))
    return report.path
