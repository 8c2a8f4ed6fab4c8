"""A real HTTP server on an ephemeral 127.0.0.1 port, served from a daemon thread: the base of the test fakes."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer
from types import TracebackType
from typing import Self


class ThreadedServer:
    """Start, stop and context-manager plumbing; subclasses build the server in `make_server`."""

    thread_name = "test-http-server"

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def make_server(self) -> ThreadingHTTPServer:
        """The server to run, bound to (self.host, 0)."""
        raise NotImplementedError

    def start(self) -> Self:
        """Bind an ephemeral port and serve in a background thread."""
        httpd = self.make_server()
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, name=self.thread_name, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket (handlers still sleeping are daemon threads)."""
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, f"{type(self).__name__} not started"
        return int(self._httpd.server_address[1])
