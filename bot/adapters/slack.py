"""The Slack adapter: slash commands and mentions in, Block Kit alerts out, within Slack's limits.

Commands are written once in bot/commands.py; this module only translates. Inbound requests reach a
slack-bolt AsyncApp through Socket Mode (SLACK_APP_TOKEN) or through POST /slack/events on the
service's aiohttp app (HTTP mode; bolt verifies the v0 signature and answers url_verification).
Outbound alerts go through `send()`, which paces about one message per second per channel and maps
Slack's errors onto the outbox's contract (bot/errors.py).
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from ..commands import ChatContext, Reply, parse_command
from ..errors import ChatUnavailable, ConfigError, DeliveryError, MessageRejected, RetryLater
from ..formatting import SLACK_FALLBACK_LIMIT, SlackMessage, escape_slack, format_console, format_reply_slack, format_slack
from ..models import Alert
from ..pacing import RateLimits, SendPacer
from ..settings import SlackSettings
from ..text import shorten

log = logging.getLogger(__name__)

CommandRunner = Callable[[str, ChatContext], Reply]

PLATFORM = "slack"
EVENTS_PATH = "/slack/events"
SLASH_COMMANDS = ("/latest", "/alertbot")  # as in config/slack-manifest.json
STORY_BUTTON = "open_story"  # the action_id formatting.format_slack gives the link button
# chat.postMessage: about one message per second per channel; the workspace-wide limit is not
# published, so a 429 (with its Retry-After) is the signal for it.
SLACK_RATE_LIMITS = RateLimits(per_second=None, per_chat_interval=1.0, group_per_minute=None)
SHARE_WORDS = frozenset({"share", "public"})
MANAGE_COMMANDS = frozenset({"subscribe", "unsubscribe"})
ADMIN_CACHE_SECONDS = 300.0
SLASH_PREFIX = "/alertbot "
MENTION_PREFIX = "@alertbot "

# Errors that mean this channel cannot get messages until a person acts: pause its subscription
# with a reason that says what to do (shown by /alertbot status).
PAUSE_ERRORS: dict[str, str] = {
    "channel_not_found": "the channel does not exist or the app cannot see it; "
    "invite @alertbot to the channel, then /alertbot subscribe again",
    "is_archived": "the channel is archived; unarchive it, then /alertbot subscribe again",
    "not_in_channel": "the app is not a member of this channel and cannot join it (private channel?); "
    "invite @alertbot to the channel, then /alertbot subscribe again",
    "invalid_auth": "Slack refused SLACK_BOT_TOKEN; set a valid bot token, restart, then /alertbot subscribe again",
    "not_authed": "no bot token was sent; set SLACK_BOT_TOKEN, restart, then /alertbot subscribe again",
    "account_inactive": "the app's bot user is deactivated or uninstalled; reinstall the app",
    "token_revoked": "the bot token was revoked; reinstall the app and update SLACK_BOT_TOKEN",
    "token_expired": "the bot token expired; reinstall the app and update SLACK_BOT_TOKEN",
    "missing_scope": "the app lacks a scope it needs (chat:write); reinstall it from config/slack-manifest.yaml",
    "no_permission": "the workspace does not let the app post here",
    "restricted_action": "the workspace does not let the app post here",
    "restricted_action_read_only_channel": "the channel is read-only for the app",
    "restricted_action_thread_only_channel": "the channel accepts thread replies only",
    "restricted_action_non_threadable_channel": "the channel does not accept thread replies",
    "team_access_not_granted": "the app is not installed in the workspace that owns this channel",
    "ekm_access_denied": "the workspace's key management denies access",
}
# Errors that refuse this message for good: fail the delivery with the reason.
REJECT_ERRORS = frozenset(
    {"msg_too_long", "msg_blocks_too_long", "invalid_blocks", "invalid_blocks_format", "no_text",
     "invalid_arguments", "too_many_attachments", "invalid_attachments", "markdown_text_conflict"}
)
# Block errors get one more try as plain text before the message is given up.
BLOCK_ERRORS = frozenset({"invalid_blocks", "invalid_blocks_format", "msg_blocks_too_long"})
RATE_ERRORS = frozenset({"ratelimited", "rate_limited"})
# A chat.update of the original alert may fail for these without any harm to the delivery.
NETWORK_ERRORS = (asyncio.TimeoutError, aiohttp.ClientError, OSError)

_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


class SlackAdapter:
    """Slack through slack-bolt: receives commands and mentions, sends Block Kit alerts."""

    platform = PLATFORM

    def __init__(
        self,
        settings: SlackSettings,
        commands: CommandRunner,
        *,
        pacer: SendPacer | None = None,
        timeout: int = 15,
    ) -> None:
        if not settings.app_token and not settings.signing_secret:
            raise ConfigError("Slack HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)")
        self.settings = settings
        self.commands = commands
        self.pacer = pacer or SendPacer(SLACK_RATE_LIMITS)
        self.client = AsyncWebClient(token=settings.bot_token, base_url=settings.api_url, timeout=timeout)
        self.app = AsyncApp(
            name="alertbot",
            client=self.client,
            # Bolt reads SLACK_SIGNING_SECRET from the environment when given None; pass ours explicitly.
            signing_secret=settings.signing_secret or "",
            request_verification_enabled=bool(settings.signing_secret),
            process_before_response=False,
        )
        self.app.command("/latest")(self._on_latest)
        self.app.command("/alertbot")(self._on_alertbot)
        self.app.event("app_mention")(self._on_mention)
        # The "Read the story" button is a link; Slack still reports the click, and an unacknowledged
        # click shows the user a warning.
        self.app.action(STORY_BUTTON)(self._on_story_button)
        self.socket_handler: Any = None
        self._connecting: asyncio.Task[None] | None = None
        self._admins: dict[str, tuple[bool, float]] = {}

    @property
    def socket_mode(self) -> bool:
        """Whether requests arrive over Socket Mode (SLACK_APP_TOKEN) rather than HTTP."""
        return bool(self.settings.app_token)

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self, *, receive: bool) -> None:
        """Check the token; with `receive`, open Socket Mode (HTTP mode is served by add_routes)."""
        if not receive:
            return  # `run --once`: the Web API client is all that sending needs.
        await self._check_token()
        if not self.socket_mode:
            log.info("Slack: receiving commands at POST %s (HTTP mode)", EVENTS_PATH)
            return
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        url = await self._open_connection()
        handler = AsyncSocketModeHandler(self.app, self.settings.app_token)
        handler.client.wss_uri = url  # the URL just checked; the SDK asks for a new one when it reconnects
        self.socket_handler = handler
        # The SDK reconnects on its own and retries forever; connecting in the background keeps an
        # unreachable Slack from holding up the feeds, the outbox and the other adapters.
        self._connecting = asyncio.create_task(handler.connect_async(), name="slack-socket-mode")
        log.info("Slack: receiving commands over Socket Mode")

    async def stop(self) -> None:
        """Close Socket Mode if it is open."""
        handler, self.socket_handler = self.socket_handler, None
        connecting, self._connecting = self._connecting, None
        if connecting is not None and not connecting.done():
            connecting.cancel()
            await asyncio.gather(connecting, return_exceptions=True)
        if handler is not None:
            await handler.close_async()

    def add_routes(self, app: web.Application) -> None:
        """Serve POST /slack/events on the service's aiohttp app (HTTP mode only)."""
        if not self.socket_mode:
            app.router.add_post(EVENTS_PATH, self.handle_events)

    async def handle_events(self, request: web.Request) -> web.Response:
        """One request from Slack, dispatched to bolt (which verifies its signature: 401 when bad or stale)."""
        bolt_response = await self.app.async_dispatch(await to_bolt_request(request))
        return await to_aiohttp_response(bolt_response)

    async def _check_token(self) -> None:
        try:
            identity = await self.client.auth_test()
        except SlackApiError as exc:
            code = _error_code(exc)
            if code in ("invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired"):
                raise ConfigError(
                    f"Slack refused SLACK_BOT_TOKEN ({code}): set it to the app's Bot User OAuth Token (xoxb-...) "
                    "from OAuth & Permissions, reinstalling the app if it was removed"
                ) from None
            log.warning("Slack auth.test failed (%s); going on, sends will retry", code or _status(exc))
            return
        except NETWORK_ERRORS as exc:
            log.warning("Slack is unreachable (%s); going on, sends will retry", type(exc).__name__)
            return
        log.info("Slack: connected to workspace %s as @%s", identity.get("team"), identity.get("user"))

    async def _open_connection(self) -> str | None:
        """A Socket Mode URL from apps.connections.open; a refused SLACK_APP_TOKEN stops start-up."""
        try:
            opened = await self.client.apps_connections_open(app_token=str(self.settings.app_token))
        except SlackApiError as exc:
            code = _error_code(exc)
            if code in ("invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked", "missing_scope"):
                raise ConfigError(
                    f"Slack refused SLACK_APP_TOKEN ({code}): use an app-level token (xapp-...) with the "
                    "connections:write scope, from the app's Basic Information page"
                ) from None
            log.warning("apps.connections.open failed (%s); Socket Mode will keep trying", code or _status(exc))
            return None
        except NETWORK_ERRORS as exc:
            log.warning("Slack is unreachable (%s); Socket Mode will keep trying", type(exc).__name__)
            return None
        url = opened.get("url")
        return str(url) if url else None

    # -- sending --------------------------------------------------------------------------------

    async def send(self, chat_id: str, alert: Alert, parent_id: str | None = None) -> str | None:
        """Post one alert (an update goes in the thread of `parent_id`); return the message ts."""
        thread_ts = parent_id if alert.kind != "alert" and parent_id else None
        ts = await self._post_alert(chat_id, alert, thread_ts)
        if thread_ts:
            await self._refresh_parent(chat_id, thread_ts, alert)
        return ts

    async def _post_alert(self, channel: str, alert: Alert, thread_ts: str | None) -> str | None:
        message = format_slack(alert)
        joined = plain = False
        await self.pacer.wait(channel)
        while True:
            try:
                response = await self._post(channel, message, thread_ts)
            except SlackApiError as exc:
                code = _error_code(exc)
                if code == "not_in_channel" and not joined:
                    joined = True
                    await self._join(channel)
                    continue
                if code in BLOCK_ERRORS and not plain:
                    plain = True
                    log.warning("Slack refused the blocks (%s); sending the alert as plain text", _detail(exc),
                                extra=_extra(channel, alert))
                    message = SlackMessage(
                        text=shorten(escape_slack(format_console(alert)), SLACK_FALLBACK_LIMIT), blocks=[]
                    )
                    continue
                raise self._delivery_error(channel, exc) from None
            except NETWORK_ERRORS as exc:
                raise RetryLater(f"Slack did not answer ({type(exc).__name__})") from None
            ts = response.get("ts")
            return str(ts) if ts else None

    async def _post(self, channel: str, message: SlackMessage, thread_ts: str | None) -> Any:
        args: dict[str, Any] = {"channel": channel, "text": message.text, "unfurl_links": False, "unfurl_media": False}
        if message.blocks:
            args["blocks"] = message.blocks
        if thread_ts:
            args["thread_ts"] = thread_ts
        return await self.client.chat_postMessage(**args)

    async def _join(self, channel: str) -> None:
        """Join a public channel after not_in_channel; a channel we cannot join pauses the subscription."""
        try:
            await self.client.conversations_join(channel=channel)
        except SlackApiError as exc:
            status, code = _status(exc), _error_code(exc)
            if status == 429 or status >= 500 or code in RATE_ERRORS or code in ("fatal_error", "internal_error"):
                raise self._delivery_error(channel, exc) from None
            raise ChatUnavailable(f"not_in_channel: {PAUSE_ERRORS['not_in_channel']} ({code})") from None
        except NETWORK_ERRORS as exc:
            raise RetryLater(f"Slack did not answer conversations.join ({type(exc).__name__})") from None
        log.info("joined the channel to post alerts there", extra={"channel": f"{PLATFORM}:{channel}"})

    async def _refresh_parent(self, channel: str, ts: str, alert: Alert) -> None:
        """Re-render the original alert so its source count is current; failure costs nothing but that."""
        message = format_slack(replace(alert, kind="alert"))
        try:
            await self.client.chat_update(channel=channel, ts=ts, text=message.text, blocks=message.blocks)
        except SlackApiError as exc:
            log.warning("could not refresh the original alert %s: %s", ts, _error_code(exc) or _status(exc),
                        extra=_extra(channel, alert))
        except NETWORK_ERRORS as exc:
            log.warning("could not refresh the original alert %s: %s", ts, type(exc).__name__,
                        extra=_extra(channel, alert))

    def _delivery_error(self, channel: str, exc: SlackApiError) -> DeliveryError:
        """Map a Slack error onto what the outbox should do next."""
        status, code = _status(exc), _error_code(exc)
        if status == 429 or code in RATE_ERRORS:
            after = _retry_after(exc)
            if after is not None:
                self.pacer.pause(channel, after)  # only this channel waits
            return RetryLater(f"rate limited by Slack ({code or 'HTTP 429'})", after=after)
        if status >= 500:
            return RetryLater(f"Slack HTTP {status}" + (f" ({code})" if code else ""))
        if code in PAUSE_ERRORS:
            return ChatUnavailable(f"{code}: {PAUSE_ERRORS[code]}")
        if code in REJECT_ERRORS:
            return MessageRejected(_detail(exc))
        # fatal_error, internal_error, service_unavailable and codes we do not know: retry with backoff.
        return RetryLater(f"Slack error {code or f'HTTP {status}'}")

    # -- receiving ------------------------------------------------------------------------------

    async def _on_latest(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """/latest [topic] [n]"""
        await ack()
        await self._answer_command("latest " + str(body.get("text") or ""), body, respond)

    async def _on_alertbot(self, ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        """/alertbot subscribe|unsubscribe|topics|status|help|latest ..."""
        await ack()
        await self._answer_command(str(body.get("text") or ""), body, respond)

    async def _on_story_button(self, ack: AsyncAck) -> None:
        await ack()

    async def _answer_command(self, text: str, body: Mapping[str, Any], respond: AsyncRespond) -> None:
        """Run a slash command and answer through its response_url: ephemeral unless the user says share."""
        words = text.split()
        share = any(word.lower() in SHARE_WORDS for word in words)
        command = " ".join(word for word in words if word.lower() not in SHARE_WORDS)
        channel = str(body.get("channel_id") or "")
        reply = await self._run(command, channel, str(body.get("user_id") or ""), SLASH_PREFIX)
        message = format_reply_slack(reply)
        try:
            await respond(
                text=message.text, blocks=message.blocks,
                response_type="in_channel" if share and not reply.error else "ephemeral",
            )
        except NETWORK_ERRORS as exc:
            log.warning("could not answer a slash command: %s", type(exc).__name__,
                        extra={"channel": f"{PLATFORM}:{channel}"})

    async def _on_mention(self, event: dict[str, Any]) -> None:
        """@alertbot latest sanctions: the same commands, answered in a thread under the mention."""
        channel = str(event.get("channel") or "")
        reply = await self._run(command_from_mention(str(event.get("text") or "")), channel,
                                str(event.get("user") or ""), MENTION_PREFIX)
        message = format_reply_slack(reply)
        thread_ts = event.get("thread_ts") or event.get("ts")
        await self.pacer.wait(channel)
        try:
            await self._post(channel, message, str(thread_ts) if thread_ts else None)
        except SlackApiError as exc:
            log.warning("could not answer a mention: %s", _error_code(exc) or _status(exc),
                        extra={"channel": f"{PLATFORM}:{channel}"})
        except NETWORK_ERRORS as exc:
            log.warning("could not answer a mention: %s", type(exc).__name__, extra={"channel": f"{PLATFORM}:{channel}"})

    async def _run(self, text: str, channel: str, user: str, prefix: str) -> Reply:
        """Run a shared command off the event loop (it does database work)."""
        name, _ = parse_command(text)
        can_manage = True
        if name in MANAGE_COMMANDS:
            can_manage = await self.can_manage(user)
        chat = ChatContext(platform=PLATFORM, chat_id=channel, can_manage=can_manage, command_prefix=prefix)
        try:
            return await asyncio.to_thread(self.commands, text, chat)
        except Exception:
            log.exception("command %r failed", name, extra={"channel": f"{PLATFORM}:{channel}"})
            return Reply(text="Sorry, that failed on our side. Please try again in a minute.", error=True)

    async def can_manage(self, user: str) -> bool:
        """Whether `user` may change subscriptions: anyone in the channel, or workspace admins only."""
        if self.settings.managers != "admins":
            return True  # Slack only lets channel members invoke commands in a channel.
        cached = self._admins.get(user)
        now = time.monotonic()
        if cached and cached[1] > now:
            return cached[0]
        try:
            info = await self.client.users_info(user=user)
        except SlackApiError as exc:
            log.warning("users.info failed (%s); the users:read scope is needed for managers = \"admins\"",
                        _error_code(exc) or _status(exc))
            return False
        except NETWORK_ERRORS as exc:
            log.warning("users.info failed (%s)", type(exc).__name__)
            return False
        profile = info.get("user") or {}
        allowed = any(bool(profile.get(key)) for key in ("is_admin", "is_owner", "is_primary_owner"))
        self._admins[user] = (allowed, now + ADMIN_CACHE_SECONDS)
        return allowed


def command_from_mention(text: str) -> str:
    """The command words of a mention: "<@U123> latest sanctions" -> "latest sanctions"."""
    found = _MENTION.search(text)
    if found:
        text = text[found.end():]
    return _MENTION.sub(" ", text).strip()


def _extra(channel: str, alert: Alert) -> dict[str, str]:
    return {"channel": f"{PLATFORM}:{channel}", "event_id": alert.event_id}


def _status(exc: SlackApiError) -> int:
    response = exc.response
    status = getattr(response, "status_code", None) or getattr(response, "status", None)
    return int(status) if isinstance(status, int) else 0


def _data(exc: SlackApiError) -> dict[str, Any]:
    data = getattr(exc.response, "data", None)
    return data if isinstance(data, dict) else {}


def _error_code(exc: SlackApiError) -> str:
    return str(_data(exc).get("error") or "")


def _detail(exc: SlackApiError) -> str:
    """The error code and Slack's explanation of it (invalid_blocks names the offending block)."""
    code = _error_code(exc) or f"HTTP {_status(exc)}"
    data = _data(exc)
    messages = (data.get("response_metadata") or {}).get("messages") or data.get("errors") or []
    if messages:
        return shorten(f"{code}: {'; '.join(str(m) for m in messages)}", 500)
    return code


def _retry_after(exc: SlackApiError) -> float | None:
    headers = getattr(exc.response, "headers", None) or {}
    raw: Any = None
    for key in ("Retry-After", "retry-after"):
        try:
            raw = headers.get(key)
        except AttributeError:
            raw = None
        if raw is not None:
            break
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except (TypeError, ValueError):
        return None
