"""One HTTP answer as the sources room sees it, and the fetcher that gets it headless (urllib): a deadline for the
whole download, not just each read, and a body shorter than announced reported as truncated, never kept."""
from __future__ import annotations

import http.client
import os
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Callable

#: Seconds a download may take in all, by default.
DEFAULT_TIMEOUT_S = 30.0
#: The environment variable a token for the source is read from by default (never a command-line option).
TOKEN_ENV = "SCHOOL_CONNECTIVITY_TOKEN"
USER_AGENT = "school-connectivity-plugin"
_CHUNK = 1 << 16


@dataclass(frozen=True)
class Response:
    """An HTTP answer: status (0 when none came), body, media type, headers (lower-case names), and what went wrong
    on the way ('' when the body arrived whole)."""

    status: int
    body: bytes = b""
    content_type: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    error: str = ""


#: Gets one URL with the given request headers within a timeout (seconds).
Fetcher = Callable[[str, dict, float], Response]


def token_headers(variable: str = TOKEN_ENV) -> dict[str, str]:
    """An Authorization header from the token in the environment variable `variable`, if it is set."""
    token = os.environ.get(variable, "").strip()
    return {"Authorization": f"Bearer {token}"} if token else {}


def _read_body(reply, deadline: float, timeout: float) -> tuple[bytes, str]:
    parts, size = [], 0
    while True:
        if time.monotonic() > deadline:
            return b"", f"no complete answer within {timeout:g} s"
        chunk = reply.read(_CHUNK)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    expected = reply.headers.get("Content-Length")
    if expected is not None and expected.isdigit() and size != int(expected):
        return b"", f"truncated: {size:,} of {int(expected):,} bytes"
    return b"".join(parts), ""


def urllib_fetch(url: str, headers: dict, timeout: float = DEFAULT_TIMEOUT_S) -> Response:
    """GET with urllib (proxies from the usual environment variables); every failure becomes Response.error."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            body, error = _read_body(reply, deadline, timeout)
            names = {name.lower(): value for name, value in reply.headers.items()}
            return Response(reply.status, body, names.get("content-type", ""), names, error)
    except urllib.error.HTTPError as error:
        return Response(error.code, b"", "", {}, f"HTTP {error.code} {error.reason}")
    except http.client.IncompleteRead as error:
        return Response(0, error=f"truncated: {len(error.partial):,} bytes received")
    except (socket.timeout, TimeoutError):
        return Response(0, error=f"no answer within {timeout:g} s")
    except urllib.error.URLError as error:
        reason = error.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            return Response(0, error=f"no answer within {timeout:g} s")
        return Response(0, error=f"unreachable ({reason})")
    except (http.client.HTTPException, OSError, ValueError) as error:
        return Response(0, error=f"download failed ({type(error).__name__}: {error})")
