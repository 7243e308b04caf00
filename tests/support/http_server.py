"""A real HTTP server on 127.0.0.1 in a thread, for live-source tests: each path answers as a test sets it (a file,
an error status, a slow answer, a body cut short), and every request is recorded with its headers."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    """How one path answers: status, body, media type, seconds to wait first, and bytes actually sent (None: all)."""

    body: bytes = b""
    status: int = 200
    content_type: str = "application/octet-stream"
    delay_s: float = 0.0
    send_bytes: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


class LocalServer:
    """The server, its routes and the requests it saw."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path) or server.routes.get(self.path.split("?")[0])
                if route is None:
                    route = Route(b"not found", 404, "text/plain")
                if route.delay_s:
                    time.sleep(route.delay_s)
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(route.body if route.send_bytes is None else route.body[:route.send_bytes])
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if route.send_bytes is not None:
                    self.close_connection = True

            def log_message(self, *_args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def serve(self, path: str, body: bytes, **options) -> str:
        """Answer `path` with `body` (and options of Route); its URL."""
        self.routes[path] = Route(body, **options)
        return self.url(path)

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        """Stop answering and free the port (a source that went away)."""
        self.httpd.shutdown()
        self.httpd.server_close()

    def __exit__(self, *_exc) -> None:
        if self.thread.is_alive():
            self.stop()
