"""Parse feeds in a helper process, so that fetching (this process) and parsing (the helper) use two cores.

Parsing is CPU work that holds the GIL: in one process it and the HTTP client take turns on one core
(bench/poll.py). The helper is `python -m bot.feedworker`, started on the first parse. Requests and answers
are length-prefixed pickles on its stdin and stdout; both ends are this module. Log records the parse emits
come back with the answer and are logged here, so they pass through the service's formatting and redaction.
Until the helper runs, this process parses in a thread. If the helper cannot start or dies, the feeds in flight
are parsed here, as without it, and the first feed a minute later starts it again; a helper that gives no answer
for PARSE_TIMEOUT is stuck: it is killed and the feed it held gets a FeedParseError.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import signal
import struct
import sys
import time
import traceback
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path
from typing import Any, BinaryIO

from bot.errors import FeedParseError
from bot.feeds import parse_feed, parse_in_thread
from bot.models import Story

log = logging.getLogger("bot.feeds")

_FRAME = struct.Struct("!I")
_READY = 0  # the request id of the frame the helper sends once it has loaded; requests count from 1
_STORY_FIELDS = tuple(f.name for f in fields(Story))
RESTART_AFTER = 60.0
"""Seconds to parse in threads after the helper died, before it is started again."""
PARSE_TIMEOUT = 120.0
"""Seconds a feed may wait for its answer; a helper that takes longer is stuck and is replaced."""

# Everything the helper's interpreter needs from the environment; secrets stay out of it.
_HELPER_ENVIRONMENT = ("PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "VIRTUAL_ENV", "SYSTEMROOT")


class _HelperGone(Exception):
    """The helper exited or its pipes broke; parse here instead."""


def helper_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The helper's environment: locale, paths and PYTHON* settings only, and this package importable."""
    env = {k: v for k, v in environ.items() if k in _HELPER_ENVIRONMENT or k.startswith(("LC_", "PYTHON"))}
    package_root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
    return env


class FeedParserProcess:
    """parse_feed() in a helper process: same stories, same FeedParseError, same log records.

    One instance belongs to one event loop (the one that started its helper); make one per loop.
    """

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        self._environ = dict(os.environ if environ is None else environ)
        self._process: asyncio.subprocess.Process | None = None
        self._starting: asyncio.Future[asyncio.subprocess.Process | None] | None = None
        self._reader_task: asyncio.Task[None] | None = None
        self._pending: dict[int, asyncio.Future[tuple[str, Any, list[tuple[int, str, str]]]]] = {}
        self._writing = asyncio.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = asyncio.Event()
        self._next_id = 0
        self._down_until = 0.0
        self._closed = False

    @property
    def pid(self) -> int | None:
        """The helper's process id while it runs, else None."""
        process = self._process
        return process.pid if process is not None and process.returncode is None else None

    async def start(self) -> None:
        """Start the helper now rather than on the first parse, and wait until it is ready (or gone)."""
        self._ready_helper()
        if self._starting is None or await asyncio.shield(self._starting) is None or self._reader_task is None:
            return
        ready = asyncio.ensure_future(self._ready.wait())
        await asyncio.wait([ready, self._reader_task], return_when=asyncio.FIRST_COMPLETED)
        ready.cancel()

    async def parse(self, feed_name: str, url: str, body: bytes, headers: Mapping[str, str]) -> list[Story]:
        """The stories of one feed; FeedParseError when nothing usable came out.

        Until the helper runs (and after aclose()), this process parses in a thread.
        """
        process = self._ready_helper()
        if process is None:
            return await parse_in_thread(feed_name, url, body, headers)
        try:
            status, payload, records = await self._ask(process, (feed_name, url, body, dict(headers)))
        except _HelperGone:
            return await parse_in_thread(feed_name, url, body, headers)
        except TimeoutError:
            if self._process is process:
                self._lost(f"no answer for {feed_name!r} in {PARSE_TIMEOUT:g} s")
                process.kill()
            raise FeedParseError(feed_name, f"parsing took longer than {PARSE_TIMEOUT:g} s") from None
        for level, message, source in records:
            log.log(level, "%s", message, extra={"source": source})
        if status == "ok":
            return [Story(*row) for row in payload]
        if status == "error":
            raise FeedParseError(feed_name, payload)
        error, details = payload
        log.error("feed parser helper failed on %r:\n%s", feed_name, details, extra={"source": feed_name})
        raise RuntimeError(f"{error} (in the feed parser helper)")

    async def aclose(self) -> None:
        """Stop the helper: end its input, give it a moment, then terminate it. Later parses run in threads."""
        self._closed = True
        if self._starting is not None and not self._starting.done():
            await asyncio.wait([self._starting])
        process, self._process, self._starting = self._process, None, None
        if process is not None:
            await _stop(process)
        if self._reader_task is not None:
            await asyncio.gather(self._reader_task, return_exceptions=True)
            self._reader_task = None
        self._fail_pending()

    async def _ask(
        self, process: asyncio.subprocess.Process, request: tuple[str, str, bytes, dict[str, str]]
    ) -> tuple[str, Any, list[tuple[int, str, str]]]:
        self._next_id += 1
        request_id = self._next_id
        answer = asyncio.get_running_loop().create_future()
        self._pending[request_id] = answer
        try:
            # One frame in the pipe's buffer at a time: memory stays near one body, and a feed's wait for
            # its answer does not include writing the feeds queued behind it.
            async with self._writing:
                if self._process is not process or process.stdin is None:
                    raise _HelperGone
                data = pickle.dumps((request_id, *request), protocol=pickle.HIGHEST_PROTOCOL)
                process.stdin.write(_FRAME.pack(len(data)) + data)
                del data
                await process.stdin.drain()
            async with asyncio.timeout(PARSE_TIMEOUT):
                return await answer
        except (ConnectionError, RuntimeError) as exc:
            if self._process is process:
                self._lost(f"its input closed ({type(exc).__name__})")
            raise _HelperGone from exc
        finally:
            self._pending.pop(request_id, None)
            if answer.done() and not answer.cancelled():
                answer.exception()  # read, so asyncio does not report it as never retrieved
            else:
                answer.cancel()

    def _ready_helper(self) -> asyncio.subprocess.Process | None:
        """The helper if it runs; None otherwise, starting it when it is due."""
        loop = asyncio.get_running_loop()
        if self._loop is not None and self._loop is not loop:
            raise RuntimeError("this FeedParserProcess belongs to another event loop; make one per loop")
        if self._closed:
            return None
        process = self._process
        if process is not None and process.returncode is None:
            return process
        if self._starting is None and time.monotonic() >= self._down_until:
            self._loop = loop
            self._starting = asyncio.ensure_future(self._start())
        return None

    async def _start(self) -> asyncio.subprocess.Process | None:
        try:
            process = await asyncio.create_subprocess_exec(
                # -P: the current directory's own bot/ package (another project, an old checkout) must not win.
                sys.executable, "-P", "-m", "bot.feedworker", str(log.getEffectiveLevel()),
                stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
                env=helper_environment(self._environ), limit=2**20,
                process_group=0,  # its own group: Ctrl-C and group signals are for the service to handle
            )
        except OSError as exc:
            log.warning("feed parser helper did not start (%s); parsing in this process", exc)
            self._down_until = time.monotonic() + RESTART_AFTER
            self._starting = None
            return None
        if self._closed:
            await _stop(process)
            return None
        self._process = process
        self._ready = asyncio.Event()
        self._reader_task = asyncio.create_task(self._read_answers(process, self._ready), name="feed parser helper")
        return process

    async def _read_answers(self, process: asyncio.subprocess.Process, ready: asyncio.Event) -> None:
        assert process.stdout is not None and process.stderr is not None
        relay = asyncio.create_task(_relay_stderr(process.stderr))
        try:
            while True:
                size = _FRAME.unpack(await process.stdout.readexactly(_FRAME.size))[0]
                request_id, status, payload, records = pickle.loads(await process.stdout.readexactly(size))
                if request_id == _READY:
                    ready.set()
                    continue
                answer = self._pending.pop(request_id, None)
                if answer is not None and not answer.done():
                    answer.set_result((status, payload, records))
        except (asyncio.IncompleteReadError, ConnectionError, pickle.UnpicklingError, ValueError, EOFError) as exc:
            if not isinstance(exc, (asyncio.IncompleteReadError, ConnectionError)):
                process.kill()  # it wrote something that is not an answer: the stream cannot be trusted
            await process.wait()
            await relay
            if self._process is process:
                self._lost(f"it exited with code {process.returncode}")
        finally:
            relay.cancel()

    def _lost(self, why: str) -> None:
        log.warning("feed parser helper stopped (%s); parsing in this process until the first feed after %g s",
                    why, RESTART_AFTER)
        self._process = None
        self._starting = None
        self._down_until = time.monotonic() + RESTART_AFTER
        self._fail_pending()

    def _fail_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for answer in pending.values():
            if not answer.done():
                answer.set_exception(_HelperGone())


async def _relay_stderr(stream: asyncio.StreamReader) -> None:
    """Log what the helper writes to stderr (tracebacks, warnings), a line at a time, as it comes."""
    while chunk := await stream.read(65536):
        for line in chunk.decode("utf-8", "replace").splitlines():
            if line.strip():
                log.warning("feed parser helper: %s", line[:1000])


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.stdin is not None:
        process.stdin.close()
    try:
        await asyncio.wait_for(process.wait(), 2.0)
    except TimeoutError:
        process.kill()
        await process.wait()


# ---------------------------------------------------------------- the helper's side


class _Collect(logging.Handler):
    """Keeps the records of one parse, to send back with its answer."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[int, str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append((record.levelno, record.getMessage(), str(getattr(record, "source", ""))))


def serve(requests: BinaryIO, answers: BinaryIO, level: int = logging.WARNING) -> None:
    """Answer parse requests until the input ends; records at `level` and above go back with the answers.

    The parent decides when the helper stops, by closing its input; signals meant for the service are ignored.
    """
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, signal.SIG_IGN)
    collect = _Collect()
    log.addHandler(collect)
    log.setLevel(level)
    log.propagate = False
    hello = pickle.dumps((_READY, "ready", None, []), protocol=pickle.HIGHEST_PROTOCOL)
    answers.write(_FRAME.pack(len(hello)) + hello)
    answers.flush()
    while header := requests.read(_FRAME.size):
        if len(header) < _FRAME.size:
            break
        request_id, feed_name, url, body, headers = pickle.loads(requests.read(_FRAME.unpack(header)[0]))
        collect.records = []
        try:
            stories = parse_feed(feed_name, url, body, headers)
            answer: tuple[Any, ...] = (
                request_id, "ok", [tuple(getattr(s, name) for name in _STORY_FIELDS) for s in stories], collect.records
            )
        except FeedParseError as exc:
            answer = (request_id, "error", exc.reason, collect.records)
        except Exception as exc:  # the parent logs it; the helper goes on with the next feed
            reason = f"{type(exc).__name__}: {exc}"
            answer = (request_id, "bug", (reason, traceback.format_exc(limit=-8)), collect.records)
        data = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
        answers.write(_FRAME.pack(len(data)) + data)
        answers.flush()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer, int(sys.argv[1]) if len(sys.argv) > 1 else logging.WARNING)
