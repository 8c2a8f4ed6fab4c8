"""A local HTTP feed server for tests: real sockets on 127.0.0.1, programmable answers, recorded requests.

    with FeedServer() as server:
        url = server.serve("/feed.xml", RSS_BYTES)          # ETag, Last-Modified and 304 support
        server.fail("/feed.xml", 503, 503)                  # the next two requests get 503 first
        server.redirect_chain("/old", hops=3, target="/feed.xml")
        server.serve("/big", b"x" * 10_000, chunked=True)   # no Content-Length
        server.serve("/slow", RSS_BYTES, delay=1.0)         # sleep before answering
        ...
        server.requests_to("/feed.xml")[-1].headers["if-none-match"]
        server.max_concurrent                               # most requests in flight at once

The server runs a ThreadingHTTPServer on an ephemeral port in a daemon thread, so it works from
sync and async tests alike (the event loop is never blocked by it).
"""

from __future__ import annotations

import gzip as gzip_module
import hashlib
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from tests.threadedserver import ThreadedServer

DEFAULT_LAST_MODIFIED = "Mon, 06 Jan 2025 10:00:00 GMT"
AUTO = "auto"


@dataclass
class Route:
    """How the server answers one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    delay: float = 0.0
    chunked: bool = False
    drip: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    pending_failures: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Request:
    """One request the server received (header names lower-cased)."""

    method: str
    path: str
    headers: dict[str, str]
    at: float


class FeedServer(ThreadedServer):
    """Serve given bytes at given paths on 127.0.0.1:<ephemeral>; use as a context manager."""

    thread_name = "feedserver"

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__(host)
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.max_concurrent = 0
        self.errors: list[BaseException] = []
        self._in_flight = 0
        self._lock = threading.Lock()

    def make_server(self) -> ThreadingHTTPServer:
        """The threading server whose handler answers from this object."""
        httpd = _Server((self.host, 0), _Handler)
        httpd.feed_server = self
        return httpd

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        """The absolute URL of `path` on this server."""
        return self.base_url + path

    # ------------------------------------------------------------ programming

    def serve(
        self,
        path: str,
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "application/rss+xml; charset=utf-8",
        etag: str | None = AUTO,
        last_modified: str | None = AUTO,
        gzip: bool = False,
        delay: float = 0.0,
        chunked: bool = False,
        drip: float = 0.0,
        headers: dict[str, str] | None = None,
    ) -> str:
        """Answer GET `path` with `body`; etag/last_modified "auto" derive them, None omits them. Returns the URL."""
        if etag == AUTO:
            etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if last_modified == AUTO:
            last_modified = DEFAULT_LAST_MODIFIED
        with self._lock:
            self.routes[path] = Route(
                body=body,
                status=status,
                content_type=content_type,
                etag=etag,
                last_modified=last_modified,
                gzip=gzip,
                delay=delay,
                chunked=chunked,
                drip=drip,
                headers=dict(headers or {}),
            )
        return self.url(path)

    def fail(self, path: str, *statuses: int) -> None:
        """Answer the next len(statuses) requests to `path` with these statuses, then serve normally."""
        with self._lock:
            route = self.routes.setdefault(path, Route(status=404))
            route.pending_failures.extend(statuses)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Redirect `path` to `to` (a path on this server or an absolute URL). Returns the URL."""
        return self.serve(path, b"", status=status, etag=None, last_modified=None, headers={"Location": to})

    def redirect_chain(self, path: str, hops: int, target: str, status: int = 302) -> str:
        """`path` redirects `hops` times before reaching `target`. Returns the URL of `path`."""
        steps = [path] + [f"{path}/hop{i}" for i in range(1, hops)] + [target]
        for here, there in zip(steps, steps[1:]):
            self.redirect(here, there, status)
        return self.url(path)

    def requests_to(self, path: str) -> list[Request]:
        """The requests received for `path`, oldest first."""
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def reset_stats(self) -> None:
        """Forget recorded requests and the concurrency high-water mark."""
        with self._lock:
            self.requests.clear()
            self.max_concurrent = 0

    # ------------------------------------------------------------ used by the handler

    def _enter(self, request: Request) -> Route | None:
        with self._lock:
            self.requests.append(request)
            self._in_flight += 1
            self.max_concurrent = max(self.max_concurrent, self._in_flight)
            return self.routes.get(request.path)

    def _leave(self) -> None:
        with self._lock:
            self._in_flight -= 1

    def _next_failure(self, route: Route) -> int | None:
        with self._lock:
            return route.pending_failures.pop(0) if route.pending_failures else None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    feed_server: FeedServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that give up (timeouts, size caps) reset the socket; that is the test working.
        exc = sys.exc_info()[1]
        if exc is not None and not isinstance(exc, (ConnectionError, TimeoutError)):
            self.feed_server.errors.append(exc)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def _answer(self, send_body: bool) -> None:
        feeds = self.server.feed_server
        headers = {k.lower(): v for k, v in self.headers.items()}
        path = urlsplit(self.path).path
        route = feeds._enter(Request(self.command, path, headers, time.monotonic()))
        try:
            self._respond(feeds, route, headers, send_body)
        finally:
            feeds._leave()

    def _respond(self, feeds: FeedServer, route: Route | None, headers: dict[str, str], send_body: bool) -> None:
        if route is None:
            self._simple(404, b"not found")
            return
        if route.delay:
            time.sleep(route.delay)
        failure = feeds._next_failure(route)
        if failure is not None:
            self._simple(failure, f"programmed failure {failure}".encode())
            return
        if route.status == 200 and self._not_modified(route, headers):
            self.send_response(304)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = route.body
        self.send_response(route.status)
        self.send_header("Content-Type", route.content_type)
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)
        if route.gzip and "gzip" in headers.get("accept-encoding", ""):
            body = gzip_module.compress(body)
            self.send_header("Content-Encoding", "gzip")
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            if send_body:
                self._write_chunked(body, route.drip)
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    @staticmethod
    def _not_modified(route: Route, headers: dict[str, str]) -> bool:
        if route.etag and headers.get("if-none-match") == route.etag:
            return True
        return bool(route.last_modified and headers.get("if-modified-since") == route.last_modified)

    def _write_chunked(self, body: bytes, drip: float, size: int = 16_384) -> None:
        for start in range(0, len(body), size):
            piece = body[start : start + size]
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            self.wfile.flush()
            if drip:
                time.sleep(drip)
        self.wfile.write(b"0\r\n\r\n")

    def _simple(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
