"""Tests of the Slack adapter at the wire: signed requests into /slack/events, the real slack-sdk client
against a fake Slack Web API (tests/fake_slack.py), and the outbox's contract for Slack's errors."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from slack_sdk.signature import SignatureVerifier

from bot.adapters.slack import EVENTS_PATH, SLASH_COMMANDS, SlackAdapter, command_from_mention
from bot.app import Service, command_runner
from bot.errors import ChatUnavailable, ConfigError, DeliveryError, MessageRejected, RetryLater
from bot.formatting import SLACK_HEADER_LIMIT, SLACK_SECTION_LIMIT
from bot.models import SANCTIONS, Alert, Facts, Story
from bot.outbox import Outbox
from bot.pacing import RateLimits, SendPacer
from bot.pipeline import Pipeline
from bot.settings import Settings, SlackSettings
from bot.store import Store
from tests.conftest import make_settings
from tests.fake_slack import FakeSlack, block_problems

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "C0NEWS"
OTHER = "C0OTHER"
MEMBER = "U0MEMBER"
FAST = RateLimits(per_second=None, per_chat_interval=0.0, group_per_minute=None)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

SANCTIONS_STORY = Story(
    id="story-eu-oil",
    source="Example Wire",
    source_key="https://news.example/eu-oil",
    title="EU imposes new sanctions on Russian oil exports & shipping <firms>",
    summary="The European Union imposed sanctions on 20 shipping firms accused of helping Russia evade the oil "
    "price cap, its foreign ministers said on Monday.",
    body="The sanctions freeze the firms' assets in the EU and bar European companies from doing business with them.",
    url="https://news.example/eu-oil?a=1&b=2",
    published=None,
)


# -- requests as Slack sends them ---------------------------------------------------------------


def signed(body: str, *, secret: str = SECRET, timestamp: int | None = None,
           content_type: str = "application/x-www-form-urlencoded") -> dict[str, str]:
    """Headers of a request signed with Slack's v0 HMAC scheme."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": str(SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)),
    }


def slash_command(command: str, text: str, response_url: str, *, channel: str = CHANNEL,
                  user: str = MEMBER) -> str:
    """The form body of a slash command invocation."""
    return urlencode({
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "team_id": "T0FAKE",
        "team_domain": "fake-workspace",
        "channel_id": channel,
        "channel_name": "news",
        "user_id": user,
        "user_name": "member",
        "command": command,
        "text": text,
        "api_app_id": "A0ALERTBOT",
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": "13345224609.738474920.8088930838d88f008e0",
    })


def app_mention(text: str, *, channel: str = CHANNEL, user: str = MEMBER, thread_ts: str | None = None) -> str:
    """The JSON body of an app_mention event callback."""
    event: dict[str, Any] = {
        "type": "app_mention", "user": user, "text": text, "ts": "1700000100.000200", "channel": channel,
        "event_ts": "1700000100.000200",
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return json.dumps({
        "token": "gIkuvaNzQIHg97ATvDxqgjtO",
        "team_id": "T0FAKE",
        "api_app_id": "A0ALERTBOT",
        "event": event,
        "type": "event_callback",
        "event_id": "Ev0MENTION",
        "event_time": 1700000100,
        "authorizations": [{"enterprise_id": None, "team_id": "T0FAKE", "user_id": "U0BOT", "is_bot": True,
                            "is_enterprise_install": False}],
    })


# -- harness ------------------------------------------------------------------------------------


@dataclass
class Harness:
    fake: FakeSlack
    store: Store
    adapter: SlackAdapter
    http: TestClient

    async def post(self, body: str, headers: dict[str, str]) -> aiohttp.ClientResponse:
        return await self.http.post(EVENTS_PATH, data=body.encode(), headers=headers)

    async def command(self, command: str, text: str, name: str = "r1", **kwargs: Any) -> dict[str, Any]:
        """Send a signed slash command; return what was posted to its response_url."""
        body = slash_command(command, text, self.fake.response_url(name), **kwargs)
        started = time.monotonic()
        response = await self.post(body, signed(body))
        assert response.status == 200, await response.text()
        assert time.monotonic() - started < 3.0  # Slack's ack deadline
        responses = await self.fake.wait_for(lambda: self.fake.responses_to(name))
        return dict(responses[-1])


def make_adapter(fake: FakeSlack, store: Store, **settings: Any) -> SlackAdapter:
    slack = SlackSettings(bot_token=fake.token, signing_secret=SECRET, api_url=fake.api_url, **settings)
    return SlackAdapter(slack, command_runner(store), pacer=SendPacer(FAST), timeout=1)


@pytest.fixture
def fake() -> Any:
    with FakeSlack() as server:
        server.add_channel(CHANNEL)
        server.add_channel(OTHER)
        yield server
    assert not server.errors


async def serve(adapter: SlackAdapter) -> TestClient:
    app = web.Application()
    adapter.add_routes(app)
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


@pytest.fixture
async def slack(fake: FakeSlack, store: Store) -> AsyncIterator[Harness]:
    adapter = make_adapter(fake, store)
    http = await serve(adapter)
    try:
        yield Harness(fake, store, adapter, http)
    finally:
        await http.close()


def ingest(store: Store, *stories: Story) -> None:
    """Run stories through the real pipeline (classify, group, fan out to Slack subscriptions)."""
    pipeline = Pipeline(Settings(config_path=None), store, platforms=("slack",))
    report = pipeline.ingest(stories)
    assert report.flagged == len(stories)


def alert(**changes: Any) -> Alert:
    base = Alert(
        event_id="ev1", headline="EU imposes sanctions on <Acme> & partners", summary="Assets frozen: 1 < 2 & 3 > 2.",
        topics=(SANCTIONS,), facts=Facts(sanction_action="imposed", authority="EU"), source="Example Wire",
        url="https://news.example/eu?a=1&b=2", why="sanctions 0.91: \u201cimposes sanctions\u201d",
        published=datetime(2025, 1, 6, 9, 30, tzinfo=UTC),
    )
    return replace(base, **changes)


# -- HTTP mode: signatures, url_verification ------------------------------------------------------


async def test_url_verification_challenge_is_answered(slack: Harness) -> None:
    body = json.dumps({"token": "x", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"})
    response = await slack.post(body, signed(body, content_type="application/json"))
    assert response.status == 200
    assert (await response.json())["challenge"] == "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda body: signed(body, secret="not-the-signing-secret"), id="forged"),
        pytest.param(lambda body: signed(body, timestamp=int(time.time()) - 301), id="stale"),
        # 20 s past the five-minute window: a slow machine may take seconds between signing and checking, which
        # brings a future timestamp closer to now.
        pytest.param(lambda body: signed(body, timestamp=int(time.time()) + 320), id="future"),
        pytest.param(lambda body: {"Content-Type": "application/x-www-form-urlencoded"}, id="unsigned"),
        pytest.param(lambda body: signed(body.replace("subscribe", "status")), id="tampered"),
    ],
)
async def test_bad_signatures_get_401_and_do_nothing(slack: Harness, headers: Any) -> None:
    body = slash_command("/alertbot", "subscribe", slack.fake.response_url("r1"))
    response = await slack.post(body, headers(body))
    assert response.status == 401
    await asyncio.sleep(0.05)
    assert slack.fake.responses == []
    assert slack.store.get_subscription("slack", CHANNEL) is None


async def test_signature_within_five_minutes_is_accepted(slack: Harness) -> None:
    body = slash_command("/alertbot", "topics", slack.fake.response_url("r1"))
    response = await slack.post(body, signed(body, timestamp=int(time.time()) - 280))
    assert response.status == 200


# -- commands -------------------------------------------------------------------------------------


async def test_subscribe_acks_fast_and_answers_ephemerally(slack: Harness) -> None:
    answer = await slack.command("/alertbot", "subscribe sanctions")
    assert answer["response_type"] == "ephemeral"
    assert answer["text"].startswith("Subscribed. This chat now gets alerts about: sanctions.")
    assert answer["blocks"][0]["type"] == "section"
    subscription = slack.store.get_subscription("slack", CHANNEL)
    assert subscription is not None and subscription.topics == (SANCTIONS,)


async def test_unsubscribe_status_topics_help(slack: Harness) -> None:
    await slack.command("/alertbot", "subscribe", name="a")
    status = await slack.command("/alertbot", "status", name="b")
    assert "Subscribed to: prisoner_release, sanctions." in status["text"]
    gone = await slack.command("/alertbot", "unsubscribe", name="c")
    assert gone["text"] == "Unsubscribed. This chat gets no alerts now."
    topics = await slack.command("/alertbot", "topics", name="d")
    assert "prisoner_release" in topics["text"] and "/alertbot subscribe releases" in topics["text"]
    helped = await slack.command("/alertbot", "", name="e")
    assert "/alertbot latest [topic] [n]" in helped["text"]
    unknown = await slack.command("/alertbot", "frobnicate", name="f")
    assert unknown["text"].startswith("Unknown command \u201c/alertbot frobnicate\u201d")
    assert unknown["response_type"] == "ephemeral"


async def test_latest_lists_events_and_shares_on_request(slack: Harness) -> None:
    ingest(slack.store, SANCTIONS_STORY)
    answer = await slack.command("/latest", "sanctions 3")
    assert answer["response_type"] == "ephemeral"
    assert answer["text"].startswith("The 1 newest sanctions event:")
    assert len(answer["blocks"]) == 2
    line = answer["blocks"][1]["text"]["text"]
    # The headline links to the story; &, <, > are escaped and | cannot break the link.
    assert line.startswith("*<https://news.example/eu-oil?a=1&b=2|EU imposes new sanctions on Russian oil exports "
                           "&amp; shipping &lt;firms&gt;>*")
    shared = await slack.command("/latest", "share", name="r2")
    assert shared["response_type"] == "in_channel"
    assert shared["text"].startswith("The 1 newest event:")


async def test_latest_bad_input_says_how_to_fix_it(slack: Harness) -> None:
    answer = await slack.command("/latest", "99 share")
    assert answer["text"] == "Ask for 1 to 20 events, for example /alertbot latest 5."
    assert answer["response_type"] == "ephemeral"  # errors are never shared
    empty = await slack.command("/latest", "releases", name="r2")
    assert empty["text"].startswith("No events about prisoner_release yet.")


async def test_app_mention_answers_in_a_thread(slack: Harness) -> None:
    ingest(slack.store, SANCTIONS_STORY)
    body = app_mention("<@U0BOT> latest sanctions")
    response = await slack.post(body, signed(body, content_type="application/json"))
    assert response.status == 200
    messages = await slack.fake.wait_for(lambda: slack.fake.posted(CHANNEL))
    assert messages[0].thread_ts == "1700000100.000200"
    assert messages[0].text is not None and messages[0].text.startswith("The 1 newest sanctions event:")
    assert messages[0].args["unfurl_links"] is False


async def test_app_mention_subscribes_the_channel(slack: Harness) -> None:
    body = app_mention("<@U0BOT> subscribe releases", thread_ts="1700000000.000001")
    assert (await slack.post(body, signed(body, content_type="application/json"))).status == 200
    messages = await slack.fake.wait_for(lambda: slack.fake.posted(CHANNEL))
    assert messages[0].thread_ts == "1700000000.000001"
    assert messages[0].text == "Subscribed. This chat now gets alerts about: prisoner_release."


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("<@U0BOT> latest sanctions", "latest sanctions"),
        ("<@U0BOT|alertbot>   status", "status"),
        ("hey <@U0BOT> help", "help"),
        ("<@U0BOT>", ""),
    ],
)
def test_command_from_mention(text: str, command: str) -> None:
    assert command_from_mention(text) == command


async def test_admins_mode_checks_users_info(fake: FakeSlack, store: Store) -> None:
    fake.add_user(MEMBER)
    fake.add_user("U0ADMIN", admin=True)
    adapter = make_adapter(fake, store, managers="admins")
    http = await serve(adapter)
    harness = Harness(fake, store, adapter, http)
    try:
        refused = await harness.command("/alertbot", "subscribe", name="a")
        assert refused["text"] == "Sorry, only this chat's administrators can change its subscriptions."
        assert store.get_subscription("slack", CHANNEL) is None
        listed = await harness.command("/latest", "", name="b")  # reading needs no rights
        assert listed["text"].startswith("No events")
        allowed = await harness.command("/alertbot", "subscribe", name="c", user="U0ADMIN")
        assert allowed["text"].startswith("Subscribed.")
        assert [call.args["user"] for call in fake.calls_to("users.info")] == [MEMBER, "U0ADMIN"]
    finally:
        await http.close()


async def test_a_failing_command_still_gets_an_answer(fake: FakeSlack) -> None:
    def broken(text: str, chat: Any) -> Any:
        raise RuntimeError("database is locked")

    adapter = SlackAdapter(SlackSettings(bot_token=fake.token, signing_secret=SECRET, api_url=fake.api_url), broken)
    http = await serve(adapter)
    try:
        answer = await Harness(fake, None, adapter, http).command("/alertbot", "status")  # type: ignore[arg-type]
        assert answer["text"].startswith("Sorry, that failed on our side.")
    finally:
        await http.close()


async def test_story_button_click_is_acknowledged(slack: Harness) -> None:
    payload = {"type": "block_actions", "team": {"id": "T0FAKE"}, "user": {"id": MEMBER},
               "api_app_id": "A0ALERTBOT", "container": {"type": "message", "channel_id": CHANNEL},
               "channel": {"id": CHANNEL}, "trigger_id": "1.2.3", "response_url": slack.fake.response_url("click"),
               "actions": [{"type": "button", "action_id": "open_story", "block_id": "b1",
                            "text": {"type": "plain_text", "text": "Read the story"},
                            "url": "https://news.example/eu", "action_ts": "1700000200.000300"}]}
    body = urlencode({"payload": json.dumps(payload)})
    response = await slack.post(body, signed(body))
    assert response.status == 200
    assert slack.fake.responses == [] and slack.fake.posted() == []


def test_manifest_matches_the_adapter() -> None:
    manifest = json.loads((Path(__file__).resolve().parents[1] / "config" / "slack-manifest.json").read_text())
    assert tuple(c["command"] for c in manifest["features"]["slash_commands"]) == SLASH_COMMANDS
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"chat:write", "chat:write.public", "commands", "app_mentions:read"} <= scopes
    assert {"channels:join", "users:read"} <= scopes  # conversations.join; managers = "admins"
    assert manifest["settings"]["event_subscriptions"]["bot_events"] == ["app_mention"]
    assert manifest["settings"]["socket_mode_enabled"] is True


# -- alerts as Block Kit --------------------------------------------------------------------------


async def test_alert_blocks(slack: Harness) -> None:
    ts = await slack.adapter.send(CHANNEL, alert())
    [message] = slack.fake.posted(CHANNEL)
    assert ts == message.ts
    assert message.args["unfurl_links"] is False and message.args["unfurl_media"] is False
    assert message.text == ("EU imposes sanctions on &lt;Acme&gt; &amp; partners (sanctions) "
                            "https://news.example/eu?a=1&amp;b=2")
    blocks = message.blocks or []
    assert [b["type"] for b in blocks] == ["header", "section", "section", "context", "actions"]
    assert blocks[0]["text"] == {"type": "plain_text", "text": "EU imposes sanctions on <Acme> & partners",
                                 "emoji": False}
    assert blocks[1]["text"] == {"type": "mrkdwn", "text": "Assets frozen: 1 &lt; 2 &amp; 3 &gt; 2."}
    context = [element["text"] for element in blocks[3]["elements"]]
    assert context == [
        "*Source:* Example Wire \u00b7 2025-01-06 09:30 UTC",
        "*Topics:* sanctions",
        "*Why flagged:* sanctions 0.91: \u201cimposes sanctions\u201d",
    ]
    assert blocks[4]["elements"][0]["url"] == "https://news.example/eu?a=1&b=2"


async def test_oversized_alert_stays_within_block_kit_limits(slack: Harness) -> None:
    huge = alert(headline="Sanctions " * 40, summary="& < > " * 2000, why="w" * 5000)
    await slack.adapter.send(CHANNEL, huge)
    [message] = slack.fake.posted(CHANNEL)  # the fake accepted it: every limit held
    blocks = message.blocks or []
    assert len(blocks[0]["text"]["text"]) <= SLACK_HEADER_LIMIT
    assert len(blocks[1]["text"]["text"]) <= SLACK_SECTION_LIMIT
    assert not blocks[1]["text"]["text"].endswith(("&", "&a", "&am", "&amp", "&l", "&lt", "&g", "&gt"))


def test_fake_enforces_block_kit_limits() -> None:
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "x"}}
    assert block_problems([section] * 50) == []
    assert block_problems([section] * 51)
    assert block_problems([{"type": "header", "text": {"type": "plain_text", "text": "x" * 151}}])
    assert block_problems([{"type": "header", "text": {"type": "mrkdwn", "text": "x"}}])
    assert block_problems([{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}])


async def test_refused_blocks_fall_back_to_plain_text(slack: Harness) -> None:
    slack.fake.fault("chat.postMessage", error="invalid_blocks")
    ts = await slack.adapter.send(CHANNEL, alert())
    [message] = slack.fake.posted(CHANNEL)
    assert ts == message.ts and message.blocks is None
    assert message.text is not None and message.text.startswith("[ALERT] EU imposes sanctions on &lt;Acme&gt;")


async def test_update_is_threaded_and_refreshes_the_original(slack: Harness) -> None:
    parent = await slack.adapter.send(CHANNEL, alert())
    await slack.adapter.send(CHANNEL, alert(kind="update", source_count=3), parent_id=parent)
    original, update = slack.fake.posted(CHANNEL)
    assert update.thread_ts == parent
    assert update.blocks is not None and update.blocks[0]["text"]["text"].startswith("Update: ")
    assert original.updates and original.blocks is not None
    assert original.blocks[0]["text"]["text"] == "EU imposes sanctions on <Acme> & partners"
    assert "3 sources" in original.blocks[3]["elements"][0]["text"]


async def test_update_survives_a_failed_refresh(slack: Harness) -> None:
    await slack.adapter.send(CHANNEL, alert(kind="update"), parent_id="1600000000.000001")  # unknown parent
    [update] = slack.fake.posted(CHANNEL)
    assert update.thread_ts == "1600000000.000001"
    assert slack.fake.calls_to("chat.update")[0].error == "message_not_found"


# -- errors mapped to the outbox's contract -------------------------------------------------------


async def test_not_in_channel_joins_and_retries(slack: Harness) -> None:
    slack.fake.add_channel("C0FRESH", member=False)
    ts = await slack.adapter.send("C0FRESH", alert())
    assert ts is not None
    assert [c.method for c in slack.fake.calls] == ["chat.postMessage", "conversations.join", "chat.postMessage"]
    assert slack.fake.calls[0].error == "not_in_channel"
    assert len(slack.fake.posted("C0FRESH")) == 1


async def test_not_in_private_channel_pauses_with_the_reason(slack: Harness) -> None:
    slack.fake.add_channel("G0SECRET", private=True, member=False)
    with pytest.raises(ChatUnavailable) as caught:
        await slack.adapter.send("G0SECRET", alert())
    assert caught.value.reason.startswith("not_in_channel: ")
    assert "invite @alertbot" in caught.value.reason
    assert "method_not_supported_for_channel_type" in caught.value.reason


@pytest.mark.parametrize(
    ("program", "expected", "reason"),
    [
        ({"error": "channel_not_found"}, ChatUnavailable, "channel_not_found: "),
        ({"error": "is_archived"}, ChatUnavailable, "is_archived: "),
        ({"error": "account_inactive"}, ChatUnavailable, "account_inactive: "),
        ({"error": "token_revoked"}, ChatUnavailable, "token_revoked: "),
        ({"error": "missing_scope"}, ChatUnavailable, "missing_scope: "),
        ({"error": "msg_too_long"}, MessageRejected, "msg_too_long"),
        ({"error": "no_text"}, MessageRejected, "no_text"),
        ({"error": "invalid_arguments"}, MessageRejected, "invalid_arguments"),
        ({"error": "rate_limited"}, RetryLater, "rate limited by Slack (rate_limited)"),
        ({"error": "fatal_error"}, RetryLater, "Slack error fatal_error"),
        ({"error": "fatal_error", "status": 500}, RetryLater, "Slack HTTP 500 (fatal_error)"),
        ({"error": "service_unavailable", "status": 503}, RetryLater, "Slack HTTP 503"),
        ({"error": "ratelimited", "status": 429, "retry_after": 12}, RetryLater, "rate limited by Slack"),
    ],
)
async def test_slack_errors_map_to_outbox_outcomes(slack: Harness, program: dict[str, Any],
                                                    expected: type[DeliveryError], reason: str) -> None:
    slack.fake.fault("chat.postMessage", channel=CHANNEL, **program)
    with pytest.raises(expected) as caught:
        await slack.adapter.send(CHANNEL, alert())
    assert caught.value.reason.startswith(reason)
    if isinstance(caught.value, RetryLater):
        assert caught.value.after == program.get("retry_after")


async def test_real_channel_and_auth_errors(fake: FakeSlack, store: Store) -> None:
    fake.add_channel("C0OLD", archived=True)
    adapter = make_adapter(fake, store)
    with pytest.raises(ChatUnavailable, match="^channel_not_found: "):
        await adapter.send("C0NOPE", alert())
    with pytest.raises(ChatUnavailable, match="^is_archived: "):
        await adapter.send("C0OLD", alert())
    wrong = SlackAdapter(SlackSettings(bot_token="xoxb-wrong", signing_secret=SECRET, api_url=fake.api_url),
                         command_runner(store), pacer=SendPacer(FAST))
    with pytest.raises(ChatUnavailable, match="^invalid_auth: Slack refused SLACK_BOT_TOKEN"):
        await wrong.send(CHANNEL, alert())
    with pytest.raises(ConfigError, match="invalid_auth"):
        await wrong.start(receive=True)


async def test_timeout_and_connection_errors_retry_with_backoff(fake: FakeSlack, store: Store) -> None:
    adapter = make_adapter(fake, store)
    fake.fault("chat.postMessage", delay=1.5)
    with pytest.raises(RetryLater) as caught:
        await adapter.send(CHANNEL, alert())
    assert caught.value.after is None and "did not answer" in caught.value.reason
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}/api/"
    gone = SlackAdapter(SlackSettings(bot_token=fake.token, signing_secret=SECRET, api_url=dead),
                        command_runner(store), pacer=SendPacer(FAST))
    with pytest.raises(RetryLater, match="did not answer"):
        await gone.send(CHANNEL, alert())


# -- delivery through the outbox ------------------------------------------------------------------


async def test_429_delays_only_that_channel(slack: Harness) -> None:
    now = datetime.now(UTC)
    slack.store.subscribe("slack", CHANNEL, [SANCTIONS], now)
    slack.store.subscribe("slack", OTHER, [SANCTIONS], now)
    ingest(slack.store, SANCTIONS_STORY)
    slack.fake.rate_limit(CHANNEL, retry_after=30)
    report = await Outbox(slack.store, {"slack": slack.adapter}).drain()
    assert (report.sent, report.retried, report.failed) == (1, 1, 0)
    assert len(slack.fake.posted(OTHER)) == 1 and slack.fake.posted(CHANNEL) == []
    [held] = slack.store.due_deliveries(["slack"], now + timedelta(seconds=31))
    assert held.chat_id == CHANNEL and held.attempts == 1
    assert held.next_attempt_at >= now + timedelta(seconds=29)
    assert held.last_error == "rate limited by Slack (ratelimited)"
    # The pacer holds that channel too, and only that one.
    assert slack.adapter.pacer._paused_until[CHANNEL] > time.monotonic() + 25
    assert OTHER not in slack.adapter.pacer._paused_until


async def test_outbox_pauses_archived_channel_with_reason(slack: Harness) -> None:
    slack.fake.add_channel("C0OLD", archived=True)
    slack.store.subscribe("slack", "C0OLD", [SANCTIONS], datetime.now(UTC))
    ingest(slack.store, SANCTIONS_STORY)
    report = await Outbox(slack.store, {"slack": slack.adapter}).drain()
    assert report.retried == 1
    subscription = slack.store.get_subscription("slack", "C0OLD")
    assert subscription is not None and subscription.paused_reason is not None
    assert subscription.paused_reason.startswith("is_archived: the channel is archived")
    status = await slack.command("/alertbot", "status", channel="C0OLD")
    assert "Paused: is_archived" in status["text"]


async def test_about_one_message_per_second_per_channel(fake: FakeSlack, store: Store) -> None:
    interval = 0.25  # Slack's 1 s, scaled down
    adapter = make_adapter(fake, store)
    adapter.pacer = SendPacer(RateLimits(per_second=None, per_chat_interval=interval, group_per_minute=None))
    await asyncio.gather(*(adapter.send(CHANNEL, alert(event_id=f"e{i}")) for i in range(3)),
                         adapter.send(OTHER, alert()))
    times: dict[str, list[float]] = {CHANNEL: [], OTHER: []}
    for call in fake.calls_to("chat.postMessage"):
        times[call.args["channel"]].append(call.at)
    gaps = [b - a for a, b in zip(times[CHANNEL], times[CHANNEL][1:])]
    assert len(gaps) == 2 and min(gaps) >= interval * 0.9
    assert times[OTHER][0] - times[CHANNEL][0] < interval  # the other channel did not queue behind


# -- modes and wiring -----------------------------------------------------------------------------


class SocketModeLink:
    """The WebSocket end of Socket Mode: says hello, pushes envelopes, records the app's acks."""

    def __init__(self) -> None:
        self.outbound: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.acks: list[dict[str, Any]] = []

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"type": "hello", "num_connections": 1,
                            "connection_info": {"app_id": "A0ALERTBOT"},
                            "debug_info": {"host": "applink-fake", "approximate_connection_time": 18060}})

        async def pump() -> None:
            while True:
                await ws.send_json(await self.outbound.get())

        pumping = asyncio.create_task(pump())
        try:
            async for message in ws:
                if message.type == aiohttp.WSMsgType.TEXT:
                    self.acks.append(json.loads(message.data))
        finally:
            pumping.cancel()
        return ws


async def test_socket_mode_takes_commands_over_the_websocket(fake: FakeSlack, store: Store) -> None:
    link = SocketModeLink()
    app = web.Application()
    app.router.add_get("/link", link.handle)
    server = TestServer(app)
    await server.start_server()
    fake.socket_url = str(server.make_url("/link")).replace("http://", "ws://")
    adapter = SlackAdapter(SlackSettings(bot_token=fake.token, app_token=fake.app_token, api_url=fake.api_url),
                           command_runner(store), pacer=SendPacer(FAST))
    routes = web.Application()
    adapter.add_routes(routes)
    assert adapter.socket_mode and len(routes.router.routes()) == 0  # no HTTP endpoint in Socket Mode
    try:
        await adapter.start(receive=True)
        payload = dict(parse_qsl(slash_command("/alertbot", "subscribe sanctions", fake.response_url("socket"))))
        await link.outbound.put({"envelope_id": "57d6a792-4d35-4d0b-b6aa-3361493e1caf", "type": "slash_commands",
                                 "accepts_response_payload": True, "payload": payload})
        [answer] = await fake.wait_for(lambda: fake.responses_to("socket"))
        assert answer["text"].startswith("Subscribed. This chat now gets alerts about: sanctions.")
        [ack] = await fake.wait_for(lambda: link.acks)
        assert ack["envelope_id"] == "57d6a792-4d35-4d0b-b6aa-3361493e1caf"
        assert [c.method for c in fake.calls][:2] == ["auth.test", "apps.connections.open"]
    finally:
        await adapter.stop()
        await server.close()


async def test_socket_mode_refuses_a_bot_token_as_app_token(fake: FakeSlack, store: Store) -> None:
    adapter = SlackAdapter(SlackSettings(bot_token=fake.token, app_token=fake.token, api_url=fake.api_url),
                           command_runner(store))
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN.*not_allowed_token_type"):
        await adapter.start(receive=True)
    await adapter.stop()


def test_http_mode_needs_the_signing_secret(fake: FakeSlack, store: Store) -> None:
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        SlackAdapter(SlackSettings(bot_token=fake.token, api_url=fake.api_url), command_runner(store))


async def test_send_only_start_makes_no_calls(slack: Harness) -> None:
    await slack.adapter.start(receive=False)
    await slack.adapter.stop()
    assert slack.fake.calls == []


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_end_to_end_subscribe_seed_alert_latest(fake: FakeSlack, tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    """alertbot run in HTTP mode: a signed /alertbot subscribe, a seed dropped, Block Kit posted, /latest."""
    caplog.set_level(logging.DEBUG)
    port = free_port()
    settings = make_settings(tmp_path, "interval = 1\n", SLACK_BOT_TOKEN=fake.token, SLACK_SIGNING_SECRET=SECRET,
                             SLACK_API_URL=fake.api_url, PORT=str(port))
    seeds = settings.seeds_dir
    store = Store.open(settings.database_url)
    service = Service(settings, store)  # the real wiring: build_chat_adapters makes the SlackAdapter
    running = asyncio.create_task(service.run_forever())
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as http:
            await fake.wait_for(lambda: _listening(port))
            async with http.get(base + "/healthz") as health:
                assert health.status == 200

            body = slash_command("/alertbot", "subscribe", fake.response_url("sub"))
            async with http.post(base + EVENTS_PATH, data=body, headers=signed(body)) as response:
                assert response.status == 200
            [answer] = await fake.wait_for(lambda: fake.responses_to("sub"))
            assert answer["text"].startswith("Subscribed.")

            body = slash_command("/alertbot", "subscribe", fake.response_url("forged"))
            async with http.post(base + EVENTS_PATH, data=body, headers=signed(body, secret="guess")) as response:
                assert response.status == 401

            (seeds / "belarus.txt").write_text((SEEDS / "belarus-frees-123-prisoners.txt").read_text())
            [message] = await fake.wait_for(lambda: fake.posted(CHANNEL), timeout=10)
            headline = (SEEDS / "belarus-frees-123-prisoners.txt").read_text().splitlines()[0]
            blocks = message.blocks or []
            assert [b["type"] for b in blocks][:2] == ["header", "section"]
            assert blocks[0]["text"] == {"type": "plain_text", "text": headline, "emoji": False}
            context = " ".join(e["text"] for e in blocks[-1]["elements"])
            assert "*Source:* seeds" in context and "prisoner release" in context and "*Why flagged:*" in context
            assert message.text is not None and "prisoner release" in message.text

            body = slash_command("/latest", "releases 1", fake.response_url("latest"))
            async with http.post(base + EVENTS_PATH, data=body, headers=signed(body)) as response:
                assert response.status == 200
            [latest] = await fake.wait_for(lambda: fake.responses_to("latest"))
            assert latest["text"].startswith("The 1 newest prisoner_release event:")
            assert "Belarus frees 123 political prisoners" in latest["blocks"][1]["text"]["text"]
            assert store.delivery_counts("slack", CHANNEL).sent == 1
    finally:
        service.stopping.set()
        await asyncio.wait_for(running, timeout=10)
        store.close()
    assert fake.responses_to("forged") == []
    assert fake.token not in caplog.text and SECRET not in caplog.text


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0
