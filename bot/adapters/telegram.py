"""The Telegram adapter: python-telegram-bot inside alertbot's loop; commands in, alerts out, errors mapped for the outbox.

The adapter only translates. Commands are run by the shared command runner (bot/commands.py), alerts
are rendered by bot/formatting.py, and what to do after a failure is the outbox's job: `send()` turns
every Telegram answer into one of the outcomes of bot/errors.py (issue 4).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
import secrets
import warnings
from collections import deque
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import BotCommand, LinkPreviewOptions, Message, ReplyParameters, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application, ChatMemberHandler, CommandHandler, ContextTypes, MessageHandler, filters
from telegram.warnings import PTBDeprecationWarning

from ..commands import COMMAND_HELP, ChatContext, Reply, parse_command
from ..errors import ChatMoved, ChatUnavailable, ConfigError, MessageRejected, RetryLater
from ..formatting import format_reply_console, format_reply_telegram, format_telegram, plain_telegram
from ..models import Alert
from ..pacing import RateLimits, SendPacer
from ..settings import TelegramSettings

log = logging.getLogger(__name__)

CommandRunner = Callable[[str, ChatContext], Reply]
TelegramApp = Application[Any, Any, Any, Any, Any, Any]

PLATFORM = "telegram"
# Always explicit: an omitted list makes Telegram reuse the previous one (sticky across restarts).
ALLOWED_UPDATES = ["message", "channel_post", "my_chat_member"]
COMMANDS = ("start", "help", "latest", "subscribe", "unsubscribe", "topics", "status")
MANAGE_COMMANDS = frozenset({"subscribe", "unsubscribe"})
DEFAULT_WEBHOOK_PATH = "/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Telegram answers these (400) for a chat the bot can no longer write to: pause it, as for a 403.
UNAVAILABLE_MARKERS = (
    "chat not found",
    "not enough rights",
    "need administrator rights",
    "have no rights to send",
    "chat_write_forbidden",
    "group chat was deactivated",
    "chat is deactivated",
)
PARSE_ERROR_MARKER = "can't parse entities"
START_RETRY_CAP = 300.0
# Requests in flight at once. The pacer already spaces sends; more connections only make httpcore's pool
# search its connections for every request (measured with bench/telegram_fanout.py).
CONNECTIONS = 8


class TelegramAdapter:
    """Telegram through python-telegram-bot v22: long polling or a webhook for commands, sendMessage for alerts."""

    platform = PLATFORM
    # Set only in webhook mode: the Service opens its HTTP server only when some adapter needs one.
    add_routes: Callable[[web.Application], None]

    def __init__(
        self,
        settings: TelegramSettings,
        commands: CommandRunner,
        *,
        limits: RateLimits | None = None,
        poll_timeout: float = 10.0,
        request_timeout: float = 10.0,
    ) -> None:
        # PTB 22 warns on every RetryAfter unless time periods are timedeltas; opt in (retry_after_seconds reads both).
        os.environ.setdefault("PTB_TIMEDELTA", "true")
        self.settings = settings
        self.commands = commands
        self.pacer = SendPacer(limits or RateLimits())
        self.poll_timeout = poll_timeout
        self.webhook_secret = settings.webhook_secret
        self.webhook_path = (urlsplit(settings.webhook_url).path or DEFAULT_WEBHOOK_PATH) if settings.webhook_url else None
        self.application: TelegramApp = build_application(settings, request_timeout, webhook=bool(settings.webhook_url))
        self.ready = asyncio.Event()
        self._receive = False
        self._starter: asyncio.Task[None] | None = None
        self._seen_updates: deque[int] = deque(maxlen=1000)
        self._in_flight = asyncio.Semaphore(CONNECTIONS)
        self._register_handlers()
        if self.webhook_path:
            self.add_routes = self._add_webhook_route

    # -- lifecycle --------------------------------------------------------------------------------

    async def start(self, *, receive: bool) -> None:
        """Connect (getMe); with `receive`, also take commands by long polling or the webhook."""
        self._receive = receive
        try:
            await self._connect()
        except InvalidToken:
            await self.stop()
            # PTB's own message repeats the token: never chain or log it.
            raise ConfigError(
                "Telegram refused TELEGRAM_BOT_TOKEN (401/404): copy the token @BotFather gave you, or unset the "
                "variable to turn Telegram off"
            ) from None
        except TelegramError as exc:
            log.error("Telegram API not reachable at start (%s); retrying in the background, alerts wait meanwhile",
                      _describe(exc))
            self._starter = asyncio.create_task(self._connect_later(), name="telegram-start")

    async def stop(self) -> None:
        """Stop receiving, then release the HTTP connections (reverse order of start)."""
        if self._starter is not None:
            self._starter.cancel()
            await asyncio.gather(self._starter, return_exceptions=True)
            self._starter = None
        self.ready.clear()
        app = self.application
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        await app.bot.shutdown()  # also when initialize() failed half-way (getMe refused): close the HTTP client

    async def _connect(self) -> None:
        app = self.application
        await app.initialize()  # getMe: checks the token and learns the username for /cmd@botname
        if self._receive:
            if not app.running:
                await app.start()
            await self._publish_commands()
            if self.settings.webhook_url:
                await self._set_webhook(self.settings.webhook_url)
            elif app.updater is not None and not app.updater.running:
                await app.updater.start_polling(
                    timeout=int(self.poll_timeout), allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False,
                    error_callback=self._polling_error,
                )
        self.ready.set()
        log.info("Telegram connected as @%s (%s)", app.bot.username,
                 "not receiving" if not self._receive else "webhook" if self.settings.webhook_url else "long polling")

    async def _connect_later(self) -> None:
        delay = 5.0
        while True:
            await asyncio.sleep(delay)
            try:
                await self._connect()
                return
            except InvalidToken:
                log.error("Telegram refused TELEGRAM_BOT_TOKEN: fix the token and restart alertbot")
                return
            except TelegramError as exc:
                delay = min(START_RETRY_CAP, delay * 2)
                log.warning("Telegram still not reachable (%s); next try in %.0f s", _describe(exc), delay)

    async def _publish_commands(self) -> None:
        """setMyCommands, so clients show the command menu."""
        try:
            await self.application.bot.set_my_commands([BotCommand(name, _command_description(name)) for name in COMMANDS])
        except TelegramError as exc:
            log.warning("could not publish the command list to Telegram: %s", _describe(exc))

    async def _set_webhook(self, url: str) -> None:
        if not self.webhook_secret:
            self.webhook_secret = secrets.token_urlsafe(32)
            log.info("TELEGRAM_WEBHOOK_SECRET is not set: generated a random secret for this run")
        if urlsplit(url).scheme != "https":
            log.warning("TELEGRAM_WEBHOOK_URL is not https://; Telegram only delivers webhooks over HTTPS")
        await self.application.bot.set_webhook(
            url, secret_token=self.webhook_secret, allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
        )

    def _polling_error(self, exc: TelegramError) -> None:
        """Called by PTB's polling loop, which retries by itself; say what is wrong, without the token."""
        if isinstance(exc, Conflict):
            log.error("Telegram: another process is polling with this TELEGRAM_BOT_TOKEN, or a webhook is set; "
                      "run one alertbot instance per bot (%s)", _describe(exc))
        elif isinstance(exc, InvalidToken):
            log.error("Telegram refused TELEGRAM_BOT_TOKEN while polling: fix the token and restart")
        else:
            log.warning("Telegram polling failed, retrying: %s", _describe(exc))

    # -- alerts -----------------------------------------------------------------------------------

    async def send(self, chat_id: str, alert: Alert, parent_id: str | None = None) -> str | None:
        """Send one alert as HTML (plain text if Telegram can't parse it); return the message id."""
        if not self.ready.is_set():
            raise RetryLater("Telegram is not connected yet")
        extra = {"event_id": alert.event_id, "channel": f"{PLATFORM}:{chat_id}"}
        reply_to = None
        if parent_id:
            reply_to = ReplyParameters(message_id=int(parent_id), allow_sending_without_reply=True)
        try:
            try:
                message = await self._send_text(chat_id, format_telegram(alert), ParseMode.HTML, reply_to)
            except BadRequest as exc:
                if PARSE_ERROR_MARKER not in exc.message.lower():
                    raise
                log.warning("Telegram refused the alert's HTML (%s); sending it as plain text", exc.message,
                            extra=extra)
                message = await self._send_text(chat_id, plain_telegram(alert), None, reply_to)
        except TelegramError as exc:
            raise self._delivery_error(chat_id, exc) from None
        return str(message.message_id)

    async def _send_text(
        self, chat_id: str, text: str, parse_mode: str | None, reply_to: ReplyParameters | None
    ) -> Message:
        await self.pacer.wait(chat_id, group=is_group(chat_id))
        async with self._in_flight:
            return await self.application.bot.send_message(
                chat_id=chat_target(chat_id),
                text=text,
                parse_mode=parse_mode,
                link_preview_options=LinkPreviewOptions(is_disabled=not self.settings.link_previews),
                reply_parameters=reply_to,
            )

    def _delivery_error(self, chat_id: str, exc: TelegramError) -> Exception:
        """What the outbox should do after Telegram refused a message."""
        if isinstance(exc, RetryAfter):
            seconds = retry_after_seconds(exc)
            self.pacer.pause(chat_id, seconds)
            return RetryLater(f"Telegram flood control: retry after {seconds:g} s", after=seconds)
        if isinstance(exc, ChatMigrated):
            return ChatMoved(f"group became a supergroup ({exc.new_chat_id})", str(exc.new_chat_id))
        if isinstance(exc, Forbidden):
            return ChatUnavailable(exc.message)  # "Forbidden: bot was blocked by the user", "... kicked ..."
        if isinstance(exc, InvalidToken):
            log.error("Telegram refused TELEGRAM_BOT_TOKEN: alerts wait until the token is fixed and alertbot restarts")
            return RetryLater("Telegram refused the bot token")
        if isinstance(exc, BadRequest):
            reason = exc.message
            if any(marker in reason.lower() for marker in UNAVAILABLE_MARKERS):
                return ChatUnavailable(reason)
            return MessageRejected(reason)  # too long, empty, plain text refused too: never retried as is
        if isinstance(exc, TimedOut):
            return RetryLater("Telegram timed out")
        if isinstance(exc, NetworkError):
            return RetryLater(f"Telegram error: {exc.message}")  # 5xx and connection errors
        return RetryLater(f"Telegram error: {_describe(exc)}")

    # -- commands ---------------------------------------------------------------------------------

    def _register_handlers(self) -> None:
        app = self.application
        # Private chats and groups; CommandHandler ignores /cmd@otherbot by itself.
        app.add_handler(CommandHandler(list(COMMANDS), self._on_command, filters=filters.UpdateType.MESSAGE))
        # CommandHandler does not see channel posts.
        app.add_handler(MessageHandler(filters.UpdateType.CHANNEL_POST & filters.COMMAND, self._on_channel_post))
        app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, self._on_other_command))
        app.add_handler(ChatMemberHandler(self._on_membership, ChatMemberHandler.MY_CHAT_MEMBER))
        app.add_error_handler(self._on_error)

    async def _on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A known command in a private chat or a group."""
        if update.message is not None and update.message.text:
            await self.answer(update.message, update.message.text)

    async def _on_channel_post(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A command posted in a channel (only its administrators can post)."""
        post = update.channel_post
        if post is None or not post.text or not self._is_for_me(post.text):
            return
        if parse_command(post.text)[0] in COMMANDS:
            await self.answer(post, post.text)

    async def _on_other_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An unknown command: answered in private chats, or when addressed to this bot by name."""
        message = update.message
        if message is None or not message.text:
            return
        head = message.text.split(maxsplit=1)[0]
        if message.chat.type == ChatType.PRIVATE or ("@" in head and self._is_for_me(message.text)):
            await self.answer(message, message.text)

    async def _on_membership(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The bot was added, removed or blocked: logged; the outbox pauses the chat on its next 403."""
        change = update.my_chat_member
        if change is None:
            return
        status = change.new_chat_member.status
        log.info("Telegram: bot is now %s in %s chat %s", status, change.chat.type, change.chat.id,
                 extra={"channel": f"{PLATFORM}:{change.chat.id}"})

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("Telegram update could not be handled: %s", _describe(context.error), exc_info=context.error)

    def _is_for_me(self, text: str) -> bool:
        """False for "/cmd@otherbot"."""
        head = text.split(maxsplit=1)[0]
        _, _, name = head.partition("@")
        return not name or name.lower() == (self.application.bot.username or "").lower()

    async def answer(self, message: Message, text: str) -> None:
        """Run a command through the shared runner and reply in the same chat."""
        chat_id = str(message.chat.id)
        extra = {"channel": f"{PLATFORM}:{chat_id}"}
        name, _ = parse_command(text)
        can_manage = True
        if name in MANAGE_COMMANDS:
            try:
                can_manage = await self._can_manage(message)
            except TelegramError as exc:
                log.warning("could not check the sender's rights: %s", _describe(exc), extra=extra)
                await self._reply(message, Reply(text="I could not check your rights in this chat just now; "
                                                      "please try again in a minute.", error=True))
                return
        context = ChatContext(platform=PLATFORM, chat_id=chat_id, can_manage=can_manage)
        reply = await asyncio.to_thread(self.commands, text, context)
        await self._reply(message, reply)

    async def _can_manage(self, message: Message) -> bool:
        """Private chats and channels: yes; groups: only administrators (getChatMember)."""
        chat = message.chat
        if chat.type in (ChatType.PRIVATE, ChatType.CHANNEL):
            return True
        if message.sender_chat is not None:
            return message.sender_chat.id == chat.id  # an anonymous administrator posts as the group itself
        if message.from_user is None:
            return False
        member = await self.application.bot.get_chat_member(chat.id, message.from_user.id)
        return member.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)

    async def _reply(self, message: Message, reply: Reply) -> None:
        """Answer a command; a reply that cannot be sent is logged, the user can ask again."""
        chat_id = str(message.chat.id)
        reply_to = ReplyParameters(message_id=message.message_id, allow_sending_without_reply=True)
        try:
            try:
                await self._send_reply_text(chat_id, format_reply_telegram(reply), ParseMode.HTML, reply_to)
            except BadRequest as exc:
                if PARSE_ERROR_MARKER not in exc.message.lower():
                    raise
                log.warning("Telegram refused a reply's HTML (%s); sending it as plain text", exc.message)
                await self._send_reply_text(chat_id, format_reply_console(reply)[:4000], None, reply_to)
        except RetryAfter as exc:
            self.pacer.pause(chat_id, retry_after_seconds(exc))
            log.warning("reply dropped: Telegram flood control in this chat", extra={"channel": f"{PLATFORM}:{chat_id}"})
        except TelegramError as exc:
            log.warning("reply could not be sent: %s", _describe(exc), extra={"channel": f"{PLATFORM}:{chat_id}"})

    async def _send_reply_text(self, chat_id: str, text: str, parse_mode: str | None, reply_to: ReplyParameters) -> None:
        await self.pacer.wait(chat_id, group=is_group(chat_id))
        async with self._in_flight:
            await self.application.bot.send_message(
                chat_id=chat_target(chat_id), text=text, parse_mode=parse_mode,
                link_preview_options=LinkPreviewOptions(is_disabled=True), reply_parameters=reply_to,
            )

    # -- webhook ----------------------------------------------------------------------------------

    def _add_webhook_route(self, app: web.Application) -> None:
        """Serve POST <webhook path> on the Service's HTTP server."""
        assert self.webhook_path is not None
        app.router.add_post(self.webhook_path, self.webhook)

    async def webhook(self, request: web.Request) -> web.Response:
        """One update from Telegram: check the secret header (403 otherwise), then queue it."""
        given = request.headers.get(SECRET_HEADER, "")
        if not self.webhook_secret or not hmac.compare_digest(given.encode(), self.webhook_secret.encode()):
            return web.Response(status=403, text="forbidden")
        if not self.application.running:
            return web.Response(status=503, text="starting")  # Telegram retries later
        try:
            data = await request.json()
            update = Update.de_json(data, self.application.bot)
        except (json.JSONDecodeError, ValueError, TypeError, KeyError):
            return web.Response(status=400, text="not an update")
        if update.update_id in self._seen_updates:
            return web.Response(text="ok")  # Telegram re-delivers when an answer was late
        self._seen_updates.append(update.update_id)
        await self.application.update_queue.put(update)
        return web.Response(text="ok")


def build_application(settings: TelegramSettings, request_timeout: float, *, webhook: bool) -> TelegramApp:
    """The PTB Application: our base URL and timeouts; no Updater in webhook mode (we serve the webhook)."""
    builder = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.api_url)
        .connect_timeout(request_timeout)
        .read_timeout(request_timeout)
        .write_timeout(request_timeout)
        .pool_timeout(request_timeout)
        .connection_pool_size(CONNECTIONS)
        .job_queue(None)  # type: ignore[arg-type]  # PTB documents None as "no JobQueue"; alertbot has a scheduler
    )
    if webhook:
        builder = builder.updater(None)
    return builder.build()


def retry_after_seconds(exc: RetryAfter) -> float:
    """The wait Telegram asked for, in seconds, without PTB's int-vs-timedelta deprecation warning."""
    raw = getattr(exc, "_retry_after", None)
    if isinstance(raw, timedelta):
        return max(0.0, raw.total_seconds())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return max(0.0, value.total_seconds() if isinstance(value, timedelta) else float(value))


def is_group(chat_id: str) -> bool:
    """Groups, supergroups and channels have negative ids (they get the 20-per-minute limit)."""
    return chat_id.startswith("-")


def chat_target(chat_id: str) -> int | str:
    """The chat id as the Bot API takes it: an integer, or "@channelname"."""
    try:
        return int(chat_id)
    except ValueError:
        return chat_id


def _command_description(name: str) -> str:
    if name == "start":
        return "what this bot does and how to use it"
    usage = COMMAND_HELP[name][len(name):].strip()
    return usage.removeprefix("- ")[:256] or name


def _describe(exc: BaseException | None) -> str:
    if exc is None:
        return "unknown error"
    if isinstance(exc, InvalidToken):
        return "InvalidToken"  # its message may contain the token
    return f"{type(exc).__name__}: {exc}"
