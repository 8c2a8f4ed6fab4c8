"""A fake Slack Web API for tests: real HTTP on 127.0.0.1, Slack's JSON shapes and limits, recorded calls.

The real slack-sdk client talks to it (AsyncWebClient(base_url=fake.api_url)), so the wire is faked and
the client is real, as in slack-bolt's own tests, but on an ephemeral port.

    with FakeSlack() as slack:
        slack.add_channel("C_NEWS")                          # a public channel the bot is in
        slack.add_channel("C_OUT", member=False)             # not_in_channel until conversations.join
        slack.add_channel("G_SECRET", private=True, member=False)  # join fails: invite needed
        slack.rate_limit("C_NEWS", retry_after=30)           # next post: HTTP 429 + Retry-After
        slack.fault("chat.postMessage", status=500)          # next post anywhere: HTTP 500
        slack.add_user("U_ADMIN", admin=True)
        url = slack.response_url("r1")                       # a slash command's response_url
        slack.socket_url = "ws://127.0.0.1:PORT/link"         # what apps.connections.open hands out
        ...
        slack.posted("C_NEWS")[-1].blocks
        slack.responses_to("r1")[-1]["response_type"]

Behaviour follows Slack: app errors are HTTP 200 with {"ok": false, "error": ...}; only rate limits
are HTTP 429, with a Retry-After header and {"ok": false, "error": "ratelimited"}. A wrong bearer
token gets invalid_auth, none gets not_authed. chat.postMessage and chat.update check the Block Kit
limits (50 blocks, header plain_text <= 150, section text <= 3000, ...) and answer invalid_blocks.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.threadedserver import ThreadedServer

MAX_BLOCKS = 50
MAX_HEADER = 150
MAX_SECTION_TEXT = 3000
MAX_SECTION_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTION_ELEMENTS = 25
MAX_BUTTON_TEXT = 75
MAX_URL = 3000
MAX_BLOCK_ID = 255
MAX_TEXT = 40_000
BLOCK_TYPES = frozenset(
    {"section", "header", "context", "actions", "divider", "image", "input", "rich_text", "markdown", "file", "video"}
)

AUTH_TEST = {
    "ok": True,
    "url": "https://fake-workspace.slack.com/",
    "team": "Fake Workspace",
    "user": "alertbot",
    "team_id": "T0FAKE",
    "user_id": "U0BOT",
    "bot_id": "B0BOT",
    "is_enterprise_install": False,
}


@dataclass
class Channel:
    """A conversation as the fake sees it."""

    id: str
    private: bool = False
    member: bool = True
    archived: bool = False


@dataclass
class Fault:
    """A programmed failure for the next call(s) of a method, optionally only for one channel."""

    method: str
    channel: str | None
    status: int
    error: str
    retry_after: float | None
    times: int
    delay: float = 0.0


@dataclass
class Message:
    """A message the fake accepted."""

    channel: str
    ts: str
    text: str | None
    blocks: list[dict[str, Any]] | None
    thread_ts: str | None
    args: dict[str, Any]
    updates: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ApiCall:
    """One Web API call: its method, its arguments however they were sent, and what the fake answered."""

    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    status: int
    answer: dict[str, Any]
    at: float

    @property
    def ok(self) -> bool:
        return bool(self.answer.get("ok"))

    @property
    def error(self) -> str | None:
        return self.answer.get("error")


class FakeSlack(ThreadedServer):
    """The Slack Web API (auth.test, chat.postMessage, chat.update, conversations.join, users.info,
    apps.connections.open) and response_url."""

    thread_name = "fake-slack"

    def __init__(self, token: str = "xoxb-fake-bot-token", app_token: str = "xapp-1-A0ALERTBOT-1-fake",
                 host: str = "127.0.0.1") -> None:
        self.token = token
        self.app_token = app_token
        self.socket_url: str | None = None
        super().__init__(host)
        self.channels: dict[str, Channel] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.messages: list[Message] = []
        self.calls: list[ApiCall] = []
        self.responses: list[tuple[str, dict[str, Any]]] = []
        self.errors: list[BaseException] = []
        self._faults: list[Fault] = []
        self._ts = itertools.count(1)
        self._lock = threading.Lock()

    def make_server(self) -> ThreadingHTTPServer:
        """The threading server whose handler answers from this object."""
        httpd = _Server((self.host, 0), _Handler)
        httpd.fake = self
        return httpd

    @property
    def api_url(self) -> str:
        """The base URL to give AsyncWebClient (SLACK_API_URL)."""
        return f"http://{self.host}:{self.port}/api/"

    def response_url(self, name: str) -> str:
        """A response_url for a slash command; what is posted to it is recorded under `name`."""
        return f"http://{self.host}:{self.port}/respond/{name}"

    # ------------------------------------------------------------ programming

    def add_channel(self, channel_id: str, *, private: bool = False, member: bool = True,
                    archived: bool = False) -> Channel:
        """A conversation: public and joined by the bot unless told otherwise."""
        with self._lock:
            channel = Channel(channel_id, private=private, member=member, archived=archived)
            self.channels[channel_id] = channel
            return channel

    def add_user(self, user_id: str, *, admin: bool = False, owner: bool = False) -> None:
        """A workspace member users.info knows."""
        with self._lock:
            self.users[user_id] = {
                "id": user_id, "team_id": AUTH_TEST["team_id"], "name": user_id.lower(), "deleted": False,
                "is_admin": admin, "is_owner": owner, "is_primary_owner": False, "is_bot": False,
            }

    def fault(self, method: str, *, channel: str | None = None, status: int = 200, error: str = "fatal_error",
              retry_after: float | None = None, times: int = 1, delay: float = 0.0) -> None:
        """Fail the next `times` calls of `method` (for `channel` only, if given)."""
        with self._lock:
            self._faults.append(Fault(method, channel, status, error, retry_after, times, delay))

    def rate_limit(self, channel: str, retry_after: float = 30, times: int = 1) -> None:
        """The next post to `channel` gets HTTP 429, Retry-After and {"ok": false, "error": "ratelimited"}."""
        self.fault("chat.postMessage", channel=channel, status=429, error="ratelimited",
                   retry_after=retry_after, times=times)

    # ------------------------------------------------------------ inspection

    def calls_to(self, method: str) -> list[ApiCall]:
        """The calls of one Web API method, oldest first."""
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def posted(self, channel: str | None = None) -> list[Message]:
        """Messages accepted by chat.postMessage (in `channel`, if given), oldest first."""
        with self._lock:
            return [m for m in self.messages if channel is None or m.channel == channel]

    def responses_to(self, name: str) -> list[dict[str, Any]]:
        """Payloads posted to the response_url called `name`."""
        with self._lock:
            return [payload for key, payload in self.responses if key == name]

    async def wait_for(self, check: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Poll until `check()` is truthy (listeners run after the ack), or fail."""
        deadline = time.monotonic() + timeout
        while True:
            value = check()
            if value:
                return value
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for the fake Slack; calls: {[c.method for c in self.calls]}")
            await asyncio.sleep(0.01)

    # ------------------------------------------------------------ the API (called on server threads)

    def answer(self, method: str, args: dict[str, Any], headers: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Status, JSON body and extra headers for one Web API call; the call is recorded."""
        status, body, extra = self._answer(method, args, headers)
        with self._lock:
            self.calls.append(ApiCall(method, args, headers, status, body, time.monotonic()))
        return status, body, extra

    def _answer(self, method: str, args: dict[str, Any], headers: dict[str, str]) -> tuple[int, dict[str, Any], dict[str, str]]:
        auth = headers.get("authorization", "")
        if not auth:
            return 200, {"ok": False, "error": "not_authed"}, {}
        # apps.connections.open takes the app-level token; every other method the bot token.
        if method == "apps.connections.open" and auth == f"Bearer {self.token}":
            return 200, {"ok": False, "error": "not_allowed_token_type"}, {}
        if auth != f"Bearer {self.app_token if method == 'apps.connections.open' else self.token}":
            return 200, {"ok": False, "error": "invalid_auth"}, {}
        fault = self._take_fault(method, args.get("channel"))
        if fault is not None:
            if fault.delay:
                time.sleep(fault.delay)
            extra = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
            return fault.status, {"ok": False, "error": fault.error}, extra
        handler = getattr(self, "_" + method.replace(".", "_"), None)
        if handler is None:
            return 200, {"ok": False, "error": "unknown_method"}, {}
        with self._lock:
            return 200, handler(args), {}

    def _take_fault(self, method: str, channel: Any) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.method == method and fault.channel in (None, channel):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def _auth_test(self, args: dict[str, Any]) -> dict[str, Any]:
        return dict(AUTH_TEST)

    def _channel_error(self, channel_id: Any) -> str | None:
        channel = self.channels.get(str(channel_id or ""))
        if channel is None:
            return "channel_not_found"
        if channel.archived:
            return "is_archived"
        if not channel.member:
            return "not_in_channel"
        return None

    def _chat_postMessage(self, args: dict[str, Any]) -> dict[str, Any]:
        error = self._channel_error(args.get("channel"))
        if error:
            return {"ok": False, "error": error}
        problem = _message_problem(args)
        if problem:
            return problem
        ts = f"{1_700_000_000 + next(self._ts)}.000100"
        message = Message(
            channel=str(args["channel"]), ts=ts, text=args.get("text"), blocks=_blocks(args),
            thread_ts=args.get("thread_ts"), args=args,
        )
        self.messages.append(message)
        shape: dict[str, Any] = {"type": "message", "subtype": "bot_message", "text": message.text or "",
                                 "bot_id": AUTH_TEST["bot_id"], "ts": ts}
        if message.blocks:
            shape["blocks"] = message.blocks
        if message.thread_ts:
            shape["thread_ts"] = message.thread_ts
        return {"ok": True, "channel": message.channel, "ts": ts, "message": shape}

    def _chat_update(self, args: dict[str, Any]) -> dict[str, Any]:
        error = self._channel_error(args.get("channel"))
        if error:
            return {"ok": False, "error": error}
        found = next((m for m in self.messages if m.channel == args.get("channel") and m.ts == args.get("ts")), None)
        if found is None:
            return {"ok": False, "error": "message_not_found"}
        problem = _message_problem(args)
        if problem:
            return problem
        found.updates.append(args)
        found.text, found.blocks = args.get("text"), _blocks(args)
        return {"ok": True, "channel": found.channel, "ts": found.ts, "text": found.text or ""}

    def _conversations_join(self, args: dict[str, Any]) -> dict[str, Any]:
        channel = self.channels.get(str(args.get("channel") or ""))
        if channel is None:
            return {"ok": False, "error": "channel_not_found"}
        if channel.private:
            return {"ok": False, "error": "method_not_supported_for_channel_type"}
        if channel.archived:
            return {"ok": False, "error": "is_archived"}
        already = channel.member
        channel.member = True
        answer: dict[str, Any] = {"ok": True, "channel": {"id": channel.id, "is_channel": True, "is_member": True}}
        if already:
            answer["warning"] = "already_in_channel"
        return answer

    def _apps_connections_open(self, args: dict[str, Any]) -> dict[str, Any]:
        if self.socket_url is None:
            return {"ok": False, "error": "internal_error"}
        return {"ok": True, "url": self.socket_url}

    def _users_info(self, args: dict[str, Any]) -> dict[str, Any]:
        user = self.users.get(str(args.get("user") or ""))
        if user is None:
            return {"ok": False, "error": "user_not_found"}
        return {"ok": True, "user": dict(user)}

    def record_response(self, name: str, payload: dict[str, Any]) -> tuple[int, str]:
        """A POST to a response_url: recorded; blocks are held to the same limits."""
        with self._lock:
            self.responses.append((name, payload))
        problem = _message_problem(payload)
        if problem:
            return 400, str(problem["error"])
        return 200, "ok"


def _blocks(args: dict[str, Any]) -> list[dict[str, Any]] | None:
    blocks = args.get("blocks")
    if isinstance(blocks, str):  # form-encoded calls send blocks as a JSON string
        blocks = json.loads(blocks)
    return blocks


def _message_problem(args: dict[str, Any]) -> dict[str, Any] | None:
    """Slack's answer to a message it refuses, or None."""
    try:
        blocks = _blocks(args)
    except json.JSONDecodeError:
        return {"ok": False, "error": "invalid_blocks_format"}
    text = args.get("text")
    if not text and not blocks:
        return {"ok": False, "error": "no_text"}
    if text and len(str(text)) > MAX_TEXT:
        return {"ok": False, "error": "msg_too_long"}
    if blocks is not None:
        problems = block_problems(blocks)
        if problems:
            return {"ok": False, "error": "invalid_blocks", "errors": problems,
                    "response_metadata": {"messages": [f"[ERROR] {p}" for p in problems]}}
    return None


def block_problems(blocks: Any) -> list[str]:
    """Every way `blocks` break the Block Kit limits (empty when they are fine)."""
    if not isinstance(blocks, list):
        return ["blocks must be an array"]
    problems: list[str] = []
    if len(blocks) > MAX_BLOCKS:
        problems.append(f"no more than {MAX_BLOCKS} items allowed [json-pointer:/blocks]")
    for i, block in enumerate(blocks):
        where = f"/blocks/{i}"
        if not isinstance(block, dict) or block.get("type") not in BLOCK_TYPES:
            problems.append(f"unknown block type [json-pointer:{where}/type]")
            continue
        if len(str(block.get("block_id", ""))) > MAX_BLOCK_ID:
            problems.append(f"must be less than {MAX_BLOCK_ID + 1} characters [json-pointer:{where}/block_id]")
        kind = block["type"]
        if kind == "header":
            text = block.get("text") or {}
            if text.get("type") != "plain_text":
                problems.append(f"must be plain_text [json-pointer:{where}/text/type]")
            if not text.get("text") or len(text.get("text", "")) > MAX_HEADER:
                problems.append(f"must be 1 to {MAX_HEADER} characters [json-pointer:{where}/text/text]")
        elif kind == "section":
            text = block.get("text")
            fields = block.get("fields")
            if text is None and not fields:
                problems.append(f"must provide text or fields [json-pointer:{where}]")
            if text is not None:
                problems += _text_problems(text, MAX_SECTION_TEXT, f"{where}/text")
            if fields is not None:
                if len(fields) > MAX_SECTION_FIELDS:
                    problems.append(f"no more than {MAX_SECTION_FIELDS} items allowed [json-pointer:{where}/fields]")
                for j, item in enumerate(fields):
                    problems += _text_problems(item, MAX_FIELD_TEXT, f"{where}/fields/{j}")
        elif kind == "context":
            elements = block.get("elements") or []
            if not elements or len(elements) > MAX_CONTEXT_ELEMENTS:
                problems.append(f"must have 1 to {MAX_CONTEXT_ELEMENTS} items [json-pointer:{where}/elements]")
            for j, item in enumerate(elements):
                if item.get("type") in ("mrkdwn", "plain_text"):
                    problems += _text_problems(item, MAX_SECTION_TEXT, f"{where}/elements/{j}")
        elif kind == "actions":
            elements = block.get("elements") or []
            if not elements or len(elements) > MAX_ACTION_ELEMENTS:
                problems.append(f"must have 1 to {MAX_ACTION_ELEMENTS} items [json-pointer:{where}/elements]")
            for j, item in enumerate(elements):
                if item.get("type") == "button":
                    label = item.get("text") or {}
                    if label.get("type") != "plain_text" or not 0 < len(label.get("text", "")) <= MAX_BUTTON_TEXT:
                        problems.append(f"button text must be plain_text of 1 to {MAX_BUTTON_TEXT} characters "
                                        f"[json-pointer:{where}/elements/{j}/text]")
                    if "url" in item and not 0 < len(item["url"]) <= MAX_URL:
                        problems.append(f"url must be 1 to {MAX_URL} characters [json-pointer:{where}/elements/{j}/url]")
    return problems


def _text_problems(text: Any, limit: int, where: str) -> list[str]:
    if not isinstance(text, dict) or text.get("type") not in ("mrkdwn", "plain_text"):
        return [f"must be a text object [json-pointer:{where}]"]
    value = text.get("text", "")
    if not isinstance(value, str) or not 0 < len(value) <= limit:
        return [f"must be 1 to {limit} characters [json-pointer:{where}/text]"]
    return []


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: FakeSlack

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if exc is not None and not isinstance(exc, (ConnectionError, TimeoutError)):
            self.fake.errors.append(exc)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        raw = self.rfile.read(int(headers.get("content-length") or 0))
        if parts.path.startswith("/respond/"):
            payload = json.loads(raw or b"{}")
            status, text = fake.record_response(parts.path.removeprefix("/respond/"), payload)
            self._send(status, text.encode(), "text/html")
            return
        if not parts.path.startswith("/api/"):
            self._send(404, b"not found", "text/plain")
            return
        args: dict[str, Any] = dict(parse_qsl(parts.query))
        content_type = headers.get("content-type", "")
        if raw and content_type.startswith("application/json"):
            args.update(json.loads(raw))
        elif raw:
            args.update(parse_qsl(raw.decode()))
        status, body, extra = fake.answer(parts.path.removeprefix("/api/"), args, headers)
        self._send(status, json.dumps(body).encode(), "application/json; charset=utf-8", extra)

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)
