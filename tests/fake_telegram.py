"""A fake Telegram Bot API on 127.0.0.1 that answers like the real one, for the real python-telegram-bot client.

    with FakeTelegram(token=TOKEN) as tg:              # aiohttp server in its own thread and loop
        api_url = tg.api_url                            # "http://127.0.0.1:PORT/bot" -> TELEGRAM_API_URL
        tg.command(chat_id=-1001, user_id=7, text="/subscribe", chat_type="supergroup")  # queued for getUpdates
        tg.set_admins(-1001, {7})                       # getChatMember answers "administrator" for user 7
        tg.block(42)                                    # 403 Forbidden: bot was blocked by the user
        tg.flood(43, retry_after=1, times=1)            # 429 with parameters.retry_after
        tg.migrate(-44, -10044)                         # 400 with parameters.migrate_to_chat_id
        ...
        tg.messages_to(-1001)[-1].text                  # what was accepted, as sent (raw HTML)

What it reproduces (facts sheet, sections 1.1-1.8): the {"ok", "result"} / {"ok", "error_code",
"description", "parameters"} envelope with HTTP status equal to error_code; the HTML parse mode rules
(only Telegram's tags; only &lt; &gt; &amp; &quot; and numeric entities; 400 "can't parse entities"
with a byte offset otherwise); the 4096-character limit on visible text in UTF-16 units; flood
control like Telegram's guidance (overall per second, per chat, per group per minute; configurable
and scalable) answered with 429 and counted; getUpdates long polling with offsets; webhook state
(409 for getUpdates while a webhook is set).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import re
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from aiohttp import web

BOT_ID = 7000000001
BOT_USERNAME = "alertbot_test_bot"
TEXT_LIMIT = 4096
TAG_KINDS = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline", "ins": "underline",
    "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough", "a": "text_link", "code": "code",
    "pre": "pre", "span": "spoiler", "tg-spoiler": "spoiler", "blockquote": "blockquote",
}
ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
ATTRIBUTE = re.compile(r"""\s*([a-zA-Z_-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")


class ParseError(Exception):
    """Telegram's "can't parse entities" reason."""


@dataclass(frozen=True, slots=True)
class FloodLimits:
    """Flood control of the fake: Telegram's guidance (30/s overall, 1/s per chat, 20/min per group) times `scale`."""

    per_second: float = 30.0
    per_chat_interval: float = 1.0
    group_per_minute: float = 20.0
    # Telegram tolerates short bursts and network jitter. Overall: a token bucket refilled at per_second
    # that holds burst_seconds' worth of messages. Per chat: an interval may be chat_tolerance short.
    burst_seconds: float = 0.5
    chat_tolerance: float = 0.2
    enabled: bool = True

    @classmethod
    def scaled(cls, scale: float, **overrides: Any) -> FloodLimits:
        base = cls(per_second=30.0 * scale, per_chat_interval=1.0 / scale, group_per_minute=20.0 * scale)
        return FloodLimits(**{**{f: getattr(base, f) for f in cls.__dataclass_fields__}, **overrides})


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message the fake accepted."""

    chat_id: int
    message_id: int
    text: str
    visible: str
    parse_mode: str | None
    entities: tuple[dict[str, Any], ...]
    reply_to: int | None
    link_preview_disabled: bool | None
    at: float


@dataclass(frozen=True, slots=True)
class ApiCall:
    """One request to the fake, with its answer's status."""

    method: str
    params: dict[str, Any]
    status: int
    at: float


@dataclass
class _Failure:
    status: int
    description: str
    parameters: dict[str, Any] | None = None
    times: int | None = 1  # None: for ever
    delay: float = 0.0


@dataclass
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    next_update_id: int = 872349101
    confirmed_offset: int = 0
    webhook_url: str = ""
    webhook_secret: str | None = None
    webhook_allowed_updates: list[str] | None = None
    allowed_updates: list[str] | None = None
    commands: list[dict[str, Any]] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)
    calls: list[ApiCall] = field(default_factory=list)
    failures: dict[int, deque[_Failure]] = field(default_factory=lambda: defaultdict(deque))
    migrated: dict[int, int] = field(default_factory=dict)
    admins: dict[int, set[int]] = field(default_factory=dict)
    creators: dict[int, int] = field(default_factory=dict)
    chat_types: dict[int, str] = field(default_factory=dict)
    message_ids: dict[int, itertools.count[int]] = field(default_factory=dict)
    last_chat_send: dict[int, float] = field(default_factory=dict)
    tokens: float = 1e9  # capped to the bucket's capacity on first use
    refilled: float = 0.0
    group_recent: dict[int, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    too_many: int = 0


class FakeTelegram:
    """The fake Bot API server (see the module docstring)."""

    def __init__(
        self, token: str = "123456:TEST-token_abcdefghijklmnop", limits: FloodLimits | None = None,
        username: str = BOT_USERNAME,
    ) -> None:
        self.token = token
        self.limits = limits or FloodLimits.scaled(10)
        self.username = username
        self.state = _State()
        self.lock = threading.Lock()
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._updates_changed: asyncio.Event | None = None
        self._started = threading.Event()
        self._closing = False

    # -- lifecycle --------------------------------------------------------------------------------

    def __enter__(self) -> FakeTelegram:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        """Serve on an ephemeral port in a daemon thread."""
        self._thread = threading.Thread(target=self._run, name="fake-telegram", daemon=True)
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("fake Telegram did not start")

    def stop(self) -> None:
        """Stop serving; pending long polls return empty."""
        if self._loop is None:
            return
        self._closing = True
        asyncio.run_coroutine_threadsafe(self._shutdown(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread:
            self._thread.join(10)
        self._loop = None

    @property
    def api_url(self) -> str:
        """The TELEGRAM_API_URL for this server (PTB appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._loop = loop
        loop.run_until_complete(self._serve())
        self._started.set()
        loop.run_forever()
        loop.close()

    async def _serve(self) -> None:
        self._updates_changed = asyncio.Event()
        app = web.Application(client_max_size=4 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def _shutdown(self) -> None:
        assert self._updates_changed is not None
        self._updates_changed.set()
        if self._runner:
            await self._runner.cleanup()
        current = asyncio.current_task()
        others = [task for task in asyncio.all_tasks() if task is not current]
        for task in others:  # handlers still sleeping in a programmed delay
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    # -- programming the fake ---------------------------------------------------------------------

    def push_update(self, body: dict[str, Any]) -> int:
        """Queue an update (its update_id is assigned here) for getUpdates; returns the update_id."""
        with self.lock:
            update_id = self.state.next_update_id
            self.state.next_update_id += 1
            self.state.updates.append({"update_id": update_id, **body})
        if self._loop and self._updates_changed:
            self._loop.call_soon_threadsafe(self._updates_changed.set)
        return update_id

    def command(
        self, chat_id: int, text: str, user_id: int | None = 111111111, chat_type: str | None = None,
        sender_chat_id: int | None = None,
    ) -> int:
        """Queue a command as a user sends it (or as a channel post when the chat is a channel)."""
        kind = chat_type or self.chat_type(chat_id)
        head = text.split(maxsplit=1)[0]
        message: dict[str, Any] = {
            "message_id": next(self._message_ids(chat_id)),
            "chat": self.chat_json(chat_id, kind),
            "date": int(time.time()),
            "text": text,
            "entities": [{"offset": 0, "length": _utf16_len(head), "type": "bot_command"}] if head.startswith("/") else [],
        }
        if kind == "channel":
            message["sender_chat"] = self.chat_json(chat_id, kind)
            return self.push_update({"channel_post": message})
        if sender_chat_id is not None:
            message["sender_chat"] = self.chat_json(sender_chat_id)
            user_id = 1087968824  # @GroupAnonymousBot
        if user_id is not None:
            message["from"] = {"id": user_id, "is_bot": False, "first_name": "Ann", "username": f"user{user_id}",
                               "language_code": "en"}
        return self.push_update({"message": message})

    def webhook_update(self, chat_id: int, text: str, user_id: int = 111111111) -> dict[str, Any]:
        """The JSON body Telegram would POST to a webhook for this command (not queued)."""
        update_id = self.push_update({})
        with self.lock:
            self.state.updates = [u for u in self.state.updates if u["update_id"] != update_id]
        head = text.split(maxsplit=1)[0]
        return {"update_id": update_id, "message": {
            "message_id": next(self._message_ids(chat_id)), "chat": self.chat_json(chat_id),
            "from": {"id": user_id, "is_bot": False, "first_name": "Ann"}, "date": int(time.time()), "text": text,
            "entities": [{"offset": 0, "length": _utf16_len(head), "type": "bot_command"}]}}

    def fail(self, chat_id: int, status: int, description: str, parameters: dict[str, Any] | None = None,
             times: int | None = 1, delay: float = 0.0) -> None:
        """The next `times` sendMessage calls to `chat_id` (None: all of them) get this error."""
        with self.lock:
            self.state.failures[chat_id].append(_Failure(status, description, parameters, times, delay))

    def block(self, chat_id: int) -> None:
        self.fail(chat_id, 403, "Forbidden: bot was blocked by the user", times=None)

    def kick(self, chat_id: int) -> None:
        self.fail(chat_id, 403, "Forbidden: bot was kicked from the supergroup chat", times=None)

    def not_found(self, chat_id: int) -> None:
        self.fail(chat_id, 400, "Bad Request: chat not found", times=None)

    def flood(self, chat_id: int, retry_after: int = 1, times: int = 1) -> None:
        self.fail(chat_id, 429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}, times)

    def server_error(self, chat_id: int, times: int = 1) -> None:
        self.fail(chat_id, 502, "Bad Gateway", times=times)

    def slow(self, chat_id: int, seconds: float, times: int = 1) -> None:
        """Answer the next `times` sends to `chat_id` after `seconds` (successfully)."""
        self.fail(chat_id, 200, "", times=times, delay=seconds)

    def reject_html(self, chat_id: int, times: int = 1) -> None:
        """Refuse the next HTML message as if it had bad markup (plain text still goes through)."""
        self.fail(chat_id, 400, "Bad Request: can't parse entities: Unsupported start tag \"p\" at byte offset 0",
                  {"_html_only": True}, times)

    def migrate(self, old_chat_id: int, new_chat_id: int) -> None:
        """The basic group `old_chat_id` became the supergroup `new_chat_id`."""
        with self.lock:
            self.state.migrated[old_chat_id] = new_chat_id
            self.state.chat_types[new_chat_id] = "supergroup"

    def set_admins(self, chat_id: int, user_ids: set[int], creator: int | None = None) -> None:
        with self.lock:
            self.state.admins[chat_id] = set(user_ids)
            if creator is not None:
                self.state.creators[chat_id] = creator

    def set_chat_type(self, chat_id: int, kind: str) -> None:
        with self.lock:
            self.state.chat_types[chat_id] = kind

    # -- reading what happened --------------------------------------------------------------------

    @property
    def sent(self) -> list[SentMessage]:
        with self.lock:
            return list(self.state.sent)

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        return [m for m in self.sent if m.chat_id == chat_id]

    def calls(self, method: str | None = None, chat_id: int | None = None) -> list[ApiCall]:
        with self.lock:
            calls = list(self.state.calls)
        return [c for c in calls if (method is None or c.method == method.lower())
                and (chat_id is None or _as_int(c.params.get("chat_id")) == chat_id)]

    @property
    def too_many_requests(self) -> int:
        """How many 429 answers flood control gave (programmed ones not counted)."""
        with self.lock:
            return self.state.too_many

    @property
    def commands(self) -> list[dict[str, Any]]:
        with self.lock:
            return list(self.state.commands)

    @property
    def webhook(self) -> tuple[str, str | None, list[str] | None]:
        with self.lock:
            return self.state.webhook_url, self.state.webhook_secret, self.state.webhook_allowed_updates

    @property
    def allowed_updates(self) -> list[str] | None:
        with self.lock:
            return self.state.allowed_updates

    @property
    def pending_updates(self) -> int:
        with self.lock:
            return len(self.state.updates)

    async def wait_for(self, predicate: Any, timeout: float = 5.0) -> None:
        """Wait (from an async test) until predicate(self) is true."""
        deadline = time.monotonic() + timeout
        while not predicate(self):
            if time.monotonic() > deadline:
                raise AssertionError(f"fake Telegram: condition not met within {timeout} s")
            await asyncio.sleep(0.02)

    # -- chats ------------------------------------------------------------------------------------

    def chat_type(self, chat_id: int) -> str:
        with self.lock:
            kind = self.state.chat_types.get(chat_id)
        if kind:
            return kind
        if chat_id > 0:
            return "private"
        return "supergroup" if chat_id <= -1000000000000 else "group"

    def chat_json(self, chat_id: int, kind: str | None = None) -> dict[str, Any]:
        kind = kind or self.chat_type(chat_id)
        if kind == "private":
            return {"id": chat_id, "type": "private", "first_name": "Ann", "username": f"user{chat_id}"}
        return {"id": chat_id, "type": kind, "title": f"Chat {chat_id}"}

    def _message_ids(self, chat_id: int) -> itertools.count[int]:
        with self.lock:
            return self.state.message_ids.setdefault(chat_id, itertools.count(1))

    def _bot_json(self) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "News Alerts", "username": self.username,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    # -- the HTTP side ----------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"].lower()
        params = await _params(request)
        if request.match_info["token"] != self.token:
            return self._answer(method, params, _error(401, "Unauthorized"))
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return self._answer(method, params, _error(404, "Not Found: method not found"))
        try:
            result = await handler(params)
        except _ApiError as exc:
            return self._answer(method, params, _error(exc.status, exc.description, exc.parameters))
        return self._answer(method, params, (200, {"ok": True, "result": result}))

    def _answer(self, method: str, params: dict[str, Any], answer: tuple[int, dict[str, Any]]) -> web.Response:
        status, body = answer
        with self.lock:
            self.state.calls.append(ApiCall(method, params, status, time.monotonic()))
        return web.Response(status=status, text=json.dumps(body), content_type="application/json")

    async def _api_getme(self, params: dict[str, Any]) -> Any:
        return self._bot_json()

    async def _api_logout(self, params: dict[str, Any]) -> Any:
        return True

    async def _api_deletewebhook(self, params: dict[str, Any]) -> Any:
        with self.lock:
            self.state.webhook_url = ""
            if _bool(params.get("drop_pending_updates")):
                self.state.updates.clear()
        return True

    async def _api_setwebhook(self, params: dict[str, Any]) -> Any:
        url = str(params.get("url") or "")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise _ApiError(400, "Bad Request: secret token contains unallowed characters")
        with self.lock:
            self.state.webhook_url = url
            self.state.webhook_secret = None if secret is None else str(secret)
            self.state.webhook_allowed_updates = _json(params.get("allowed_updates"))
        return True

    async def _api_getwebhookinfo(self, params: dict[str, Any]) -> Any:
        with self.lock:
            return {"url": self.state.webhook_url, "has_custom_certificate": False,
                    "pending_update_count": len(self.state.updates)}

    async def _api_getupdates(self, params: dict[str, Any]) -> Any:
        assert self._updates_changed is not None
        with self.lock:
            if self.state.webhook_url:
                raise _ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use "
                                "deleteWebhook to delete the webhook first")
            if "allowed_updates" in params:
                self.state.allowed_updates = _json(params["allowed_updates"])
        offset = _as_int(params.get("offset")) or 0
        limit = max(1, min(100, _as_int(params.get("limit")) or 100))
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        while True:
            self._updates_changed.clear()
            with self.lock:
                if offset:
                    self.state.updates = [u for u in self.state.updates if u["update_id"] >= offset]
                allowed = self.state.allowed_updates
                ready = [u for u in self.state.updates
                         if not allowed or any(kind in u for kind in allowed)][:limit]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0 or self._closing:
                return ready
            try:
                await asyncio.wait_for(self._updates_changed.wait(), remaining)
            except TimeoutError:
                pass

    async def _api_setmycommands(self, params: dict[str, Any]) -> Any:
        commands = _json(params.get("commands")) or []
        if len(commands) > 100:
            raise _ApiError(400, "Bad Request: too many commands")
        for command in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(command.get("command", ""))):
                raise _ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        with self.lock:
            self.state.commands = commands
        return True

    async def _api_getchatmember(self, params: dict[str, Any]) -> Any:
        chat_id = _as_int(params.get("chat_id"))
        user_id = _as_int(params.get("user_id"))
        if chat_id is None or user_id is None:
            raise _ApiError(400, "Bad Request: chat not found")
        user = {"id": user_id, "is_bot": False, "first_name": "Ann"}
        with self.lock:
            creator = self.state.creators.get(chat_id)
            admins = self.state.admins.get(chat_id, set())
        if user_id == creator:
            return {"status": "creator", "user": user, "is_anonymous": False}
        if user_id in admins:
            return {"status": "administrator", "user": user, "can_be_edited": False, "is_anonymous": False,
                    "can_manage_chat": True, "can_delete_messages": True, "can_manage_video_chats": True,
                    "can_restrict_members": True, "can_promote_members": False, "can_change_info": True,
                    "can_invite_users": True, "can_post_stories": False, "can_edit_stories": False,
                    "can_delete_stories": False}
        return {"status": "member", "user": user}

    async def _api_sendmessage(self, params: dict[str, Any]) -> Any:
        chat_id = _as_int(params.get("chat_id"))
        if chat_id is None:
            raise _ApiError(400, "Bad Request: chat not found")
        text = str(params.get("text") or "")
        parse_mode = params.get("parse_mode")
        failure = self._take_failure(chat_id, parse_mode)
        if failure is not None:
            if failure.delay:
                await asyncio.sleep(failure.delay)
            if failure.status != 200:
                parameters = {k: v for k, v in (failure.parameters or {}).items() if not k.startswith("_")}
                raise _ApiError(failure.status, failure.description, parameters or None)
        with self.lock:
            new_id = self.state.migrated.get(chat_id)
        if new_id is not None:
            raise _ApiError(400, "Bad Request: group chat was upgraded to a supergroup chat",
                            {"migrate_to_chat_id": new_id})
        visible, entities = (parse_html(text) if str(parse_mode or "").lower() == "html" else (text, []))
        if not visible.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if _utf16_len(visible) > TEXT_LIMIT:
            raise _ApiError(400, "Bad Request: message is too long")
        reply = _json(params.get("reply_parameters"))
        reply_to = reply.get("message_id") if isinstance(reply, dict) else None
        preview = _json(params.get("link_preview_options"))
        self._check_flood(chat_id)
        message_id = next(self._message_ids(chat_id))
        with self.lock:
            self.state.sent.append(SentMessage(
                chat_id=chat_id, message_id=message_id, text=text, visible=visible,
                parse_mode=None if parse_mode is None else str(parse_mode), entities=tuple(entities),
                reply_to=reply_to, link_preview_disabled=preview.get("is_disabled") if isinstance(preview, dict) else None,
                at=time.monotonic(),
            ))
        result: dict[str, Any] = {"message_id": message_id, "from": self._bot_json(), "chat": self.chat_json(chat_id),
                                  "date": int(time.time()), "text": visible}
        if entities:
            result["entities"] = entities
        if isinstance(preview, dict):
            result["link_preview_options"] = preview
        return result

    async def _api_editmessagetext(self, params: dict[str, Any]) -> Any:
        chat_id = _as_int(params.get("chat_id"))
        message_id = _as_int(params.get("message_id"))
        text = str(params.get("text") or "")
        with self.lock:
            known = any(m.chat_id == chat_id and m.message_id == message_id for m in self.state.sent)
        if chat_id is None or not known:
            raise _ApiError(400, "Bad Request: message to edit not found")
        visible, entities = parse_html(text) if str(params.get("parse_mode") or "").lower() == "html" else (text, [])
        if _utf16_len(visible) > TEXT_LIMIT:
            raise _ApiError(400, "Bad Request: message is too long")
        result: dict[str, Any] = {"message_id": message_id, "from": self._bot_json(), "chat": self.chat_json(chat_id),
                                  "date": int(time.time()), "edit_date": int(time.time()), "text": visible}
        if entities:
            result["entities"] = entities
        return result

    def _take_failure(self, chat_id: int, parse_mode: Any) -> _Failure | None:
        with self.lock:
            queue = self.state.failures.get(chat_id)
            if not queue:
                return None
            failure = queue[0]
            if (failure.parameters or {}).get("_html_only") and str(parse_mode or "").lower() != "html":
                return None
            if failure.times is not None:
                failure.times -= 1
                if failure.times <= 0:
                    queue.popleft()
            return failure

    def _check_flood(self, chat_id: int) -> None:
        """Telegram-like flood control: 429 with retry_after when a limit is exceeded (and counted)."""
        limits = self.limits
        if not limits.enabled:
            return
        now = time.monotonic()
        with self.lock:
            state = self.state
            wait = 0.0
            capacity = max(1.0, limits.per_second * limits.burst_seconds)
            tokens = min(capacity, state.tokens + (now - state.refilled) * limits.per_second)
            state.tokens, state.refilled = tokens, now
            if tokens < 1.0:
                wait = max(wait, (1.0 - tokens) / limits.per_second)
            last = state.last_chat_send.get(chat_id)
            min_gap = limits.per_chat_interval * (1.0 - limits.chat_tolerance)
            if last is not None and now - last < min_gap:
                wait = max(wait, last + limits.per_chat_interval - now)
            window = state.group_recent[chat_id] if chat_id < 0 else None
            if window is not None:
                while window and window[0] <= now - 60.0:
                    window.popleft()
                if len(window) >= limits.group_per_minute:
                    wait = max(wait, window[0] + 60.0 - now)
            if wait > 0:
                state.too_many += 1
                retry_after = max(1, math.ceil(wait))
                raise _ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})
            state.tokens -= 1.0
            state.last_chat_send[chat_id] = now
            if window is not None:
                window.append(now)


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict[str, Any] | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def _error(status: int, description: str, parameters: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return status, body


def parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Telegram's HTML parse mode: the visible text and its entities, or _ApiError 400 "can't parse entities"."""
    try:
        return _parse_html(text)
    except ParseError as exc:
        raise _ApiError(400, f"Bad Request: can't parse entities: {exc}") from None


def _parse_html(text: str) -> tuple[str, list[dict[str, Any]]]:
    visible: list[str] = []
    length = 0  # UTF-16 units so far
    stack: list[tuple[str, int, dict[str, str], int]] = []  # tag, start offset, attributes, byte offset
    entities: list[dict[str, Any]] = []
    i = 0

    def offset(at: int) -> int:
        return len(text[:at].encode("utf-8"))

    while i < len(text):
        char = text[i]
        if char == "<":
            end = text.find(">", i)
            if end == -1:
                raise ParseError(f"Can't find end of the tag at byte offset {offset(i)}")
            inside = text[i + 1:end]
            if inside.startswith("/"):
                name = inside[1:].strip().lower()
                if not stack:
                    raise ParseError(f'Unexpected end tag at byte offset {offset(i)}')
                tag, start, attributes, _ = stack.pop()
                if tag != name:
                    raise ParseError(
                        f'Unmatched end tag at byte offset {offset(i)}, expected "</{tag}>", found "</{name}>"'
                    )
                if length > start:
                    entity: dict[str, Any] = {"offset": start, "length": length - start, "type": TAG_KINDS[tag]}
                    if tag == "a":
                        entity["url"] = attributes.get("href", "")
                    entities.append(entity)
            else:
                match = re.match(r"([a-zA-Z][a-zA-Z0-9-]*)", inside)
                name = match.group(1).lower() if match else inside.strip().lower()
                if name not in TAG_KINDS:
                    raise ParseError(f'Unsupported start tag "{name}" at byte offset {offset(i)}')
                attributes = _attributes(inside[len(name):], offset(i))
                if name == "a" and not attributes.get("href"):
                    raise ParseError(f"Can't find href of the link at byte offset {offset(i)}")
                if name == "span" and attributes.get("class") != "tg-spoiler":
                    raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {offset(i)}')
                open_tags = [t for t, _, _, _ in stack]
                if any(t in ("code", "pre") for t in open_tags) and not (name == "code" and open_tags[-1:] == ["pre"]):
                    raise ParseError(f'Can\'t use tag "{name}" inside "{open_tags[-1]}" at byte offset {offset(i)}')
                if name == "blockquote" and "blockquote" in open_tags:
                    raise ParseError(f"Blockquotes can't be nested at byte offset {offset(i)}")
                if name == "a" and "a" in open_tags:
                    raise ParseError(f"Links can't be nested at byte offset {offset(i)}")
                stack.append((name, length, attributes, offset(i)))
            i = end + 1
            continue
        if char == "&":
            match = ENTITY.match(text, i)
            if match is None:
                raise ParseError(f"Unsupported HTML entity at byte offset {offset(i)}")
            decoded = _decode_entity(match.group(1))
            visible.append(decoded)
            length += _utf16_len(decoded)
            i = match.end()
            continue
        if char == ">":
            raise ParseError(f'Unexpected ">" at byte offset {offset(i)}')
        visible.append(char)
        length += _utf16_len(char)
        i += 1
    if stack:
        tag, _, _, at = stack[-1]
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{tag}" at byte offset {at}')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(visible), entities


def _attributes(raw: str, at: int) -> dict[str, str]:
    attributes: dict[str, str] = {}
    rest = raw.strip().rstrip("/").strip()
    position = 0
    while position < len(rest):
        match = ATTRIBUTE.match(rest, position)
        if match is None or match.end() == position:
            raise ParseError(f"Can't parse attributes at byte offset {at}")
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        if "&" in value:
            value = ENTITY.sub(lambda m: _decode_entity(m.group(1)), value)
        attributes[match.group(1).lower()] = value
        position = match.end()
    return attributes


def _decode_entity(name: str) -> str:
    if name in NAMED:
        return NAMED[name]
    code = int(name[2:], 16) if name.startswith("#x") else int(name[1:])
    if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        raise ParseError("Invalid numeric entity")
    return chr(code)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


async def _params(request: web.Request) -> dict[str, Any]:
    """Bot API parameters from the query string, a form (PTB sends JSON-encoded values) or a JSON body."""
    params: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if isinstance(body, dict):
                params.update(body)
        else:
            form = await request.post()
            params.update({k: v for k, v in form.items() if isinstance(v, str)})
    return params


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _bool(value: Any) -> bool:
    return str(value).lower() in ("true", "1")
