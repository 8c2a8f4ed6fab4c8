"""The Telegram adapter at the wire: the real python-telegram-bot client against tests/fake_telegram.py (issue 4)."""

from __future__ import annotations

import asyncio
import io
import logging
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from aiohttp import web

from bot.__main__ import status_command
from bot.adapters.telegram import ALLOWED_UPDATES, COMMANDS, SECRET_HEADER, TelegramAdapter
from bot.app import Service, build_chat_adapters, command_runner
from bot.commands import ChatContext
from bot.errors import ConfigError, RetryLater
from bot.events import alert_for_event
from bot.formatting import format_telegram, plain_telegram
from bot.models import TOPICS, Alert, Delivery, Facts
from bot.outbox import Outbox
from bot.pacing import RateLimits
from bot.pipeline import Pipeline
from bot.settings import TelegramSettings
from bot.store import Store, now_utc
from tests.conftest import make_settings
from tests.fake_telegram import BOT_USERNAME, FakeTelegram, FloodLimits, _ApiError, parse_html

SEED = (
    "Belarus frees 123 political prisoners, Kolesnikova & Bialiatski among them, as US lifts <potash> sanctions\n"
    "Minsk's biggest release in years follows two days of talks with a US envoy.\n"
    "Belarus has released 123 political prisoners, among them the opposition figure Maria Kolesnikova and the "
    "Nobel Peace Prize laureate Ales Bialiatski, after the United States lifted its sanctions on Belarusian potash.\n"
    "The prisoners were freed on Saturday after US special envoy John Coale spent two days in Minsk.\n"
)
SANCTIONS_SEED = (
    "EU imposes sanctions on 40 more shadow-fleet tankers\n"
    "The Council of the EU adopted its 19th package of sanctions against Russia on Thursday.\n"
    "The European Union imposed sanctions on 40 more tankers of Russia's shadow fleet, banning them from EU ports, "
    "and added three banks in Kyrgyzstan to its sanctions list.\n"
)
SCALE = 10  # the fake's and the adapter's limits, 10x Telegram's, so that tests stay fast
USER, ADMIN, OWNER = 111111111, 222222222, 333333333
GROUP, CHANNEL = -1001234567890, -1009876543210


@pytest.fixture
def tg() -> Iterator[FakeTelegram]:
    with FakeTelegram(limits=FloodLimits.scaled(SCALE)) as fake:
        yield fake


def telegram_settings(tg: FakeTelegram, **overrides: object) -> TelegramSettings:
    return replace(TelegramSettings(token=tg.token, api_url=tg.api_url), **overrides)  # type: ignore[arg-type]


def make_adapter(tg: FakeTelegram, store: Store | None = None, **kwargs: object) -> TelegramAdapter:
    settings = kwargs.pop("settings", None) or telegram_settings(tg)
    commands = command_runner(store) if store is not None else (lambda text, chat: None)
    options: dict[str, object] = {"limits": RateLimits().scaled(SCALE), "poll_timeout": 1, "request_timeout": 3}
    options.update(kwargs)
    return TelegramAdapter(settings, commands, **options)  # type: ignore[arg-type]


@pytest.fixture
async def adapter(tg: FakeTelegram, store: Store) -> AsyncIterator[TelegramAdapter]:
    bot = make_adapter(tg, store)
    await bot.start(receive=False)
    yield bot
    await bot.stop()


def ingest_seed(tmp_path: Path, store: Store, text: str = SEED, name: str = "belarus.txt") -> str:
    """Drop a seed and run the pipeline over it; returns the new event's id."""
    settings = make_settings(tmp_path)
    (settings.seeds_dir / name).write_text(text, encoding="utf-8")
    pipeline = Pipeline(settings, store, platforms=("telegram",))
    stories, _ = pipeline.seeds.scan()
    report = pipeline.ingest(stories)
    assert report.events == 1
    event = store.latest_events(1)[0]
    return event.id


def expected_html(store: Store, event_id: str) -> str:
    event = store.get_event(event_id)
    assert event is not None
    alert = alert_for_event(store, event)
    assert alert is not None
    return format_telegram(alert)


def sample_alert(**overrides: object) -> Alert:
    alert = Alert(
        event_id="ev1", headline="Iran frees <two> French nationals & a \"dual\" citizen", summary="Summary.",
        topics=("prisoner_release",), facts=Facts(countries=("Iran", "France"), released_count=3),
        source="Wire <b>", url="https://wire.example/a?x=1&y=<2>", why='prisoner_release 0.91: "freed"',
    )
    return replace(alert, **overrides)  # type: ignore[arg-type]


def subscribe(store: Store, *chats: int) -> None:
    for chat in chats:
        store.subscribe("telegram", str(chat), TOPICS, now_utc())


def replies_to(tg: FakeTelegram, chat: int) -> list[str]:
    return [m.visible for m in tg.messages_to(chat)]


# -- end to end --------------------------------------------------------------------------------------


async def test_subscribe_by_getupdates_then_seed_alert_then_latest(
    tmp_path: Path, tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    settings = make_settings(tmp_path, "", TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_API_URL=tg.api_url)
    settings = replace(settings, seeds_interval=1)
    store = Store.open(settings.database_url)
    adapter = make_adapter(tg, store, settings=settings.telegram)
    service = Service(settings, store, chat_adapters={"telegram": adapter})
    running = asyncio.create_task(service.run_forever())
    try:
        await tg.wait_for(lambda t: t.calls("getUpdates"))
        assert tg.allowed_updates == ALLOWED_UPDATES  # explicit, never sticky
        assert [c["command"] for c in tg.commands] == list(COMMANDS)
        tg.set_admins(GROUP, {ADMIN})
        tg.command(USER, "/subscribe")  # a private chat
        tg.command(GROUP, f"/subscribe@{BOT_USERNAME} sanctions", user_id=ADMIN)
        await tg.wait_for(lambda t: len(t.messages_to(USER)) == 1 and len(t.messages_to(GROUP)) == 1)
        assert "Subscribed" in replies_to(tg, USER)[0]
        assert store.get_subscription("telegram", str(GROUP)).topics == ("sanctions",)  # type: ignore[union-attr]

        (settings.seeds_dir / "belarus.txt").write_text(SEED, encoding="utf-8")
        await tg.wait_for(lambda t: len(t.messages_to(USER)) == 2 and len(t.messages_to(GROUP)) == 2, timeout=10)
        event_id = store.latest_events(1)[0].id
        html = expected_html(store, event_id)
        for chat in (USER, GROUP):
            alert_message = tg.messages_to(chat)[-1]
            assert alert_message.text == html and alert_message.parse_mode == "HTML"
            assert alert_message.link_preview_disabled is True
        assert "Kolesnikova &amp; Bialiatski" in html and "&lt;potash&gt;" in html
        assert html.startswith("<b>Belarus frees 123") and "<i>Why flagged: " in html  # a seed has no link
        assert tg.messages_to(USER)[-1].entities[0] == {"offset": 0, "length": 106, "type": "bold"}

        tg.command(USER, "/latest 3")
        await tg.wait_for(lambda t: len(t.messages_to(USER)) == 3)
        latest = tg.messages_to(USER)[-1]
        assert "newest" in latest.visible and "Belarus frees 123" in latest.visible
        assert latest.reply_to is not None
        tg.command(USER, "/status")
        await tg.wait_for(lambda t: len(t.messages_to(USER)) == 4)
        assert "Alerts sent here: 1" in tg.messages_to(USER)[-1].visible
    finally:
        service.stopping.set()
        await asyncio.wait_for(running, 15)
        store.close()
    deliveries = store.delivery_counts("telegram")
    assert (deliveries.sent, deliveries.pending, deliveries.failed) == (2, 0, 0)
    assert tg.too_many_requests == 0
    assert not any(tg.token in record.getMessage() for record in caplog.records if record.name.startswith("bot"))


async def test_build_chat_adapters_makes_a_telegram_adapter_on_the_configured_url(tmp_path: Path, tg: FakeTelegram) -> None:
    settings = make_settings(tmp_path, "", TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_API_URL=tg.api_url)
    adapters = build_chat_adapters(settings, lambda text, chat: None)  # type: ignore[arg-type,return-value]
    adapter = adapters["telegram"]
    assert isinstance(adapter, TelegramAdapter)
    await adapter.start(receive=False)  # run --once: getMe only, no polling
    try:
        assert [c.method for c in tg.calls()] == ["getme"]
    finally:
        await adapter.stop()


# -- commands and the admin rule ------------------------------------------------------------------


async def test_only_admins_change_group_subscriptions_and_channels_work(tg: FakeTelegram, store: Store) -> None:
    bot = make_adapter(tg, store)
    await bot.start(receive=True)
    try:
        tg.set_admins(GROUP, {ADMIN}, creator=OWNER)
        tg.command(GROUP, "/subscribe", user_id=USER)
        await tg.wait_for(lambda t: len(t.messages_to(GROUP)) == 1)
        assert "only this chat's administrators" in replies_to(tg, GROUP)[0]
        assert store.get_subscription("telegram", str(GROUP)) is None

        tg.command(GROUP, "/subscribe releases", user_id=OWNER)
        tg.command(GROUP, "/unsubscribe", user_id=USER)  # refused too
        tg.command(GROUP, "/latest@some_other_bot")  # not for us: ignored
        tg.command(GROUP, f"/topics@{BOT_USERNAME}", user_id=USER)  # anyone may ask
        tg.command(GROUP, "/subscribe sanctions", sender_chat_id=GROUP)  # an anonymous administrator
        await tg.wait_for(lambda t: len(t.messages_to(GROUP)) == 5)
        replies = replies_to(tg, GROUP)
        assert "Subscribed" in replies[1] and "only this chat's administrators" in replies[2]
        assert replies[3].startswith("Topics you can follow") and "Subscribed" in replies[4]
        assert store.get_subscription("telegram", str(GROUP)).topics == TOPICS  # type: ignore[union-attr]

        tg.set_chat_type(CHANNEL, "channel")
        tg.command(CHANNEL, "/subscribe sanctions")  # a channel post: posters are the channel's admins
        tg.command(CHANNEL, "/latest@some_other_bot")
        tg.command(USER, "/frobnicate")  # unknown, in a private chat: answered with help
        await tg.wait_for(lambda t: len(t.messages_to(CHANNEL)) == 1 and len(t.messages_to(USER)) == 1)
        assert store.get_subscription("telegram", str(CHANNEL)).topics == ("sanctions",)  # type: ignore[union-attr]
        assert "Unknown command" in replies_to(tg, USER)[0]
        await asyncio.sleep(0.3)
        assert len(tg.messages_to(CHANNEL)) == 1 and len(tg.messages_to(GROUP)) == 5
        assert len(tg.calls("getChatMember")) == 3  # only subscription changes by a user ask for rights
    finally:
        await bot.stop()
    restarted = Store(store.engine)  # subscriptions persist in the database
    assert restarted.get_subscription("telegram", str(GROUP)) is not None


# -- alerts and errors through the outbox --------------------------------------------------------


async def test_429_defers_only_that_chat(tmp_path: Path, tg: FakeTelegram, store: Store, adapter: TelegramAdapter) -> None:
    slow_chat, other = 501, 502
    subscribe(store, slow_chat, other)
    ingest_seed(tmp_path, store)
    tg.flood(slow_chat, retry_after=1)
    outbox = Outbox(store, {"telegram": adapter})
    started = time.monotonic()
    report = await outbox.drain()
    assert (report.sent, report.retried) == (1, 1)
    assert len(tg.messages_to(other)) == 1 and not tg.messages_to(slow_chat)
    assert time.monotonic() - started < 0.9  # the other chat did not wait for the 429
    pending = store.due_deliveries(["telegram"], now_utc())
    assert pending == []  # the flooded chat is deferred, not due
    await asyncio.sleep(1.05)
    report = await outbox.drain()
    assert report.sent == 1
    first_429 = tg.calls("sendMessage", slow_chat)[0]
    assert first_429.status == 429
    assert tg.messages_to(slow_chat)[0].at - first_429.at >= 1.0


async def test_403_pauses_the_chat_with_its_reason_and_no_retry_storm(
    tmp_path: Path, tg: FakeTelegram, store: Store, adapter: TelegramAdapter
) -> None:
    blocked, kicked, gone = 601, -1000000000602, 603
    subscribe(store, blocked, kicked, gone)
    tg.block(blocked)
    tg.kick(kicked)
    tg.not_found(gone)
    ingest_seed(tmp_path, store)
    outbox = Outbox(store, {"telegram": adapter})
    await outbox.drain()
    ingest_seed(tmp_path, store, SANCTIONS_SEED, "eu.txt")
    await outbox.drain()
    for chat in (blocked, kicked, gone):
        assert len(tg.calls("sendMessage", chat)) == 1  # one answer is enough
    reasons = {chat: store.get_subscription("telegram", str(chat)).paused_reason for chat in (blocked, kicked, gone)}  # type: ignore[union-attr]
    assert reasons == {
        blocked: "Forbidden: bot was blocked by the user",
        kicked: "Forbidden: bot was kicked from the supergroup chat",
        gone: "Chat not found",
    }
    failed = store.recent_failures(10, "telegram", str(blocked))
    assert [f.last_error for f in failed] == ["chat paused: Forbidden: bot was blocked by the user"]
    out = io.StringIO()
    database_url = store.engine.url.render_as_string(hide_password=False)
    status_command(make_settings(tmp_path, DATABASE_URL=database_url), out)  # `alertbot status`, same database
    assert f"telegram:{blocked}" in out.getvalue() and "PAUSED: Forbidden: bot was blocked by the user" in out.getvalue()
    reply = command_runner(store)("/status", _context(blocked))
    assert "Paused: Forbidden: bot was blocked by the user" in reply.text


async def test_migration_moves_the_subscription_and_the_alert_follows(
    tmp_path: Path, tg: FakeTelegram, store: Store, adapter: TelegramAdapter
) -> None:
    old, new = -4001, -1000000004001
    subscribe(store, old)
    tg.migrate(old, new)
    event_id = ingest_seed(tmp_path, store)
    report = await Outbox(store, {"telegram": adapter}).drain()
    assert report.sent == 1
    assert store.get_subscription("telegram", str(old)) is None
    assert store.get_subscription("telegram", str(new)) is not None
    assert [m.text for m in tg.messages_to(new)] == [expected_html(store, event_id)]
    assert [c.status for c in tg.calls("sendMessage", old)] == [400]


async def test_html_refused_is_resent_as_plain_text_and_logged(
    tmp_path: Path, tg: FakeTelegram, store: Store, adapter: TelegramAdapter, caplog: pytest.LogCaptureFixture
) -> None:
    chat = 701
    subscribe(store, chat)
    tg.reject_html(chat)
    event_id = ingest_seed(tmp_path, store)
    report = await Outbox(store, {"telegram": adapter}).drain()
    assert report.sent == 1
    event = store.get_event(event_id)
    assert event is not None
    alert = alert_for_event(store, event)
    assert alert is not None
    [message] = tg.messages_to(chat)
    assert message.parse_mode is None and message.text == plain_telegram(alert)
    assert "can't parse entities: unsupported start tag" in caplog.text.lower()


@pytest.mark.parametrize(
    ("status", "description", "outcome"),
    [
        (400, "Bad Request: message is too long", "failed: rejected: Message is too long"),
        (400, "Bad Request: message text is empty", "failed: rejected: Message text is empty"),
        (502, "Bad Gateway", "pending: Telegram error: Bad Gateway"),
        (500, "Internal Server Error", "pending: Telegram error: Internal Server Error"),
    ],
)
async def test_rejections_fail_and_server_errors_back_off(
    tmp_path: Path, tg: FakeTelegram, store: Store, adapter: TelegramAdapter, status: int, description: str,
    outcome: str,
) -> None:
    chat = 801
    subscribe(store, chat)
    tg.fail(chat, status, description)
    ingest_seed(tmp_path, store)
    await Outbox(store, {"telegram": adapter}).drain()
    [failure] = [d for d in _deliveries(store)]
    assert f"{failure.status}: {failure.last_error}" == outcome
    if failure.status == "pending":
        assert failure.attempts == 1 and (failure.next_attempt_at - now_utc()).total_seconds() > 3  # backoff
    assert len(tg.calls("sendMessage", chat)) == 1


async def test_timeout_is_retried_later(tmp_path: Path, tg: FakeTelegram, store: Store) -> None:
    chat = 802
    subscribe(store, chat)
    tg.slow(chat, 1.5)
    ingest_seed(tmp_path, store)
    bot = make_adapter(tg, store, request_timeout=0.5)
    await bot.start(receive=False)
    try:
        await Outbox(store, {"telegram": bot}).drain()
    finally:
        await bot.stop()
    [delivery] = _deliveries(store)
    assert (delivery.status, delivery.last_error, delivery.attempts) == ("pending", "Telegram timed out", 1)


async def test_feed_strings_are_escaped_and_long_alerts_fit(tg: FakeTelegram, adapter: TelegramAdapter) -> None:
    nasty = sample_alert(summary="<p>Tom & Jerry</p> &nbsp; 5 > 3 < 4 \U0001f600 " * 400)
    await adapter.send("901", nasty)
    [message] = tg.messages_to(901)
    assert message.parse_mode == "HTML"  # accepted as HTML: nothing from the feed broke the markup
    assert message.visible.startswith('Iran frees <two> French nationals & a "dual" citizen')
    assert len(message.visible.encode("utf-16-le")) // 2 <= 4096
    link = next(e for e in message.entities if e["type"] == "text_link")
    assert link["url"] == "https://wire.example/a?x=1&y=<2>"
    assert "Why flagged" in message.visible and "#prisoner_release" in message.visible


async def test_update_replies_to_the_original_alert(tg: FakeTelegram, adapter: TelegramAdapter) -> None:
    first = await adapter.send("902", sample_alert())
    assert first is not None
    await adapter.send("902", sample_alert(kind="update"), parent_id=first)
    original, update = tg.messages_to(902)
    assert update.reply_to == original.message_id and update.visible.startswith("Update: ")


async def test_link_previews_follow_the_setting(tg: FakeTelegram) -> None:
    bot = make_adapter(tg, settings=telegram_settings(tg, link_previews=True))
    await bot.start(receive=False)
    try:
        await bot.send("903", sample_alert())
    finally:
        await bot.stop()
    assert tg.messages_to(903)[0].link_preview_disabled is False


async def test_sends_are_paced_per_chat_and_per_group(tg: FakeTelegram) -> None:
    bot = make_adapter(tg, limits=RateLimits(per_second=None, per_chat_interval=0.2, group_per_minute=3))
    await bot.start(receive=False)
    try:
        for _ in range(3):
            await bot.send("904", sample_alert())
        times = [m.at for m in tg.messages_to(904)]
        assert all(b - a >= 0.15 for a, b in zip(times, times[1:]))
        for _ in range(3):
            await bot.send(str(GROUP), sample_alert())
        with pytest.raises(TimeoutError):  # the 4th message to a group within a minute waits
            await asyncio.wait_for(bot.send(str(GROUP), sample_alert()), 0.5)
        await asyncio.wait_for(bot.send("905", sample_alert()), 0.5)  # other chats don't
    finally:
        await bot.stop()
    assert tg.too_many_requests == 0


async def test_restart_mid_fanout_loses_nothing_and_resends_nothing_confirmed(
    tmp_path: Path, tg: FakeTelegram
) -> None:
    url = f"sqlite:///{tmp_path / 'alertbot.db'}"
    store = Store.open(url)
    chats = list(range(1001, 1031))
    subscribe(store, *chats)
    ingest_seed(tmp_path, store)
    in_flight = chats[10]
    tg.slow(in_flight, 1.0)  # Telegram takes its time to confirm this one
    bot = make_adapter(tg, store)
    await bot.start(receive=False)
    crashed = asyncio.create_task(Outbox(store, {"telegram": bot}, concurrency=1).deliver_due())
    await tg.wait_for(lambda t: len(t.calls("sendMessage")) == 10)
    await asyncio.sleep(0.2)
    assert len(tg.calls("sendMessage")) == 10
    crashed.cancel()  # the process dies while chat 1011's message is on the wire
    await asyncio.gather(crashed, return_exceptions=True)
    await bot.stop()
    store.close()
    confirmed = {int(d.chat_id) for d in _deliveries(Store.open(url)) if d.status == "sent"}
    assert confirmed == set(chats[:10])

    store = Store.open(url)  # the restarted process
    bot = make_adapter(tg, store)
    await bot.start(receive=False)
    try:
        report = await Outbox(store, {"telegram": bot}).drain()
    finally:
        await bot.stop()
    await asyncio.sleep(1.0)  # let the slow answer land, as Telegram would have delivered it
    assert report.sent == 20 and report.failed == 0
    counts = {chat: len(tg.messages_to(chat)) for chat in chats}
    assert all(counts[chat] == 1 for chat in confirmed)  # nothing Telegram confirmed is sent again
    assert all(counts[chat] >= 1 for chat in chats)  # nothing lost
    assert {chat for chat, n in counts.items() if n > 1} <= {in_flight}  # at most the unconfirmed one twice
    assert {d.status for d in _deliveries(store)} == {"sent"}
    store.close()


# -- webhook mode, start-up and the fake itself ----------------------------------------------------


async def test_webhook_checks_the_secret_header_and_queues_updates(tg: FakeTelegram, store: Store) -> None:
    settings = telegram_settings(tg, webhook_url="https://alerts.example.org/hooks/telegram", webhook_secret="s3cret-Token_1")
    bot = make_adapter(tg, store, settings=settings)
    assert hasattr(bot, "add_routes")
    await bot.start(receive=True)
    app = web.Application()
    bot.add_routes(app)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        assert tg.webhook == ("https://alerts.example.org/hooks/telegram", "s3cret-Token_1", ALLOWED_UPDATES)
        assert not tg.calls("getUpdates")
        body = tg.webhook_update(USER, "/subscribe sanctions")
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            assert (await client.post("/hooks/telegram", json=body)).status_code == 403
            wrong = {SECRET_HEADER: "s3cret-Token_2"}
            assert (await client.post("/hooks/telegram", json=body, headers=wrong)).status_code == 403
            right = {SECRET_HEADER: "s3cret-Token_1"}
            assert (await client.post("/hooks/telegram", json=body, headers=right)).status_code == 200
            assert (await client.post("/hooks/telegram", json=body, headers=right)).status_code == 200  # re-delivery
            assert (await client.post("/hooks/telegram", content=b"{", headers=right)).status_code == 400
        await tg.wait_for(lambda t: len(t.messages_to(USER)) == 1)
        await asyncio.sleep(0.2)
        assert len(tg.messages_to(USER)) == 1  # the duplicate was dropped
        assert store.get_subscription("telegram", str(USER)).topics == ("sanctions",)  # type: ignore[union-attr]
    finally:
        await bot.stop()
        await runner.cleanup()


async def test_webhook_without_secret_gets_a_generated_one(
    tg: FakeTelegram, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    bot = make_adapter(tg, settings=telegram_settings(tg, webhook_url="https://alerts.example.org/telegram"))
    await bot.start(receive=True)
    await bot.stop()
    _, secret, _ = tg.webhook
    assert secret and len(secret) >= 32 and secret == bot.webhook_secret
    assert "generated a random secret" in caplog.text and secret not in caplog.text
    polling = make_adapter(tg)
    assert not hasattr(polling, "add_routes")  # polling mode needs no HTTP server


async def test_a_wrong_token_is_a_config_error_that_does_not_show_it(tg: FakeTelegram) -> None:
    bot = make_adapter(tg, settings=telegram_settings(tg, token="999:WRONG-secret-token-value"))
    with pytest.raises(ConfigError) as raised:
        await bot.start(receive=True)
    assert "TELEGRAM_BOT_TOKEN" in str(raised.value) and "WRONG-secret" not in str(raised.value)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    await bot.stop()


async def test_unreachable_api_at_start_is_retried_and_sends_wait(caplog: pytest.LogCaptureFixture) -> None:
    settings = TelegramSettings(token="1:x", api_url="http://127.0.0.1:9/bot")  # nothing listens on port 9
    bot = TelegramAdapter(settings, lambda text, chat: None, request_timeout=0.5)  # type: ignore[arg-type,return-value]
    await bot.start(receive=True)
    assert "not reachable at start" in caplog.text
    with pytest.raises(RetryLater):
        await bot.send("1", sample_alert())
    await bot.stop()


def test_fake_follows_telegram_html_rules() -> None:
    visible, entities = parse_html('<b>A &amp; B</b> <a href="https://x.example/?a=1&amp;b=2">link</a> &#x1F600;&quot;')
    assert visible == 'A & B link \U0001f600"'
    assert entities[0] == {"offset": 0, "length": 5, "type": "bold"}
    assert entities[1] == {"offset": 6, "length": 4, "type": "text_link", "url": "https://x.example/?a=1&b=2"}
    for bad, reason in [
        ("<p>x</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("Tom & Jerry", "Unsupported HTML entity at byte offset 4"),
        ("a &nbsp; b", "Unsupported HTML entity at byte offset 2"),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b" at byte offset 0'),
        ("1 < 2", "Can't find end of the tag at byte offset 2"),
    ]:
        with pytest.raises(_ApiError) as raised:
            parse_html(bad)
        assert raised.value.status == 400
        assert raised.value.description == f"Bad Request: can't parse entities: {reason}"


def test_fake_answers_with_http_status_equal_to_error_code(tg: FakeTelegram) -> None:
    tg.flood(42, retry_after=3)
    with httpx.Client(base_url=f"{tg.api_url}{tg.token}") as client:
        answer = client.post("/sendMessage", json={"chat_id": 42, "text": "hi"})
        assert answer.status_code == 429
        assert answer.json() == {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 3",
                                 "parameters": {"retry_after": 3}}
        answer = client.post("/sendMessage", data={"chat_id": "42", "text": "<b>hi", "parse_mode": "HTML"})
        assert answer.status_code == 400 and answer.json()["error_code"] == 400
        assert client.post("/sendMessage", json={"chat_id": 42, "text": "x" * 4097}).json()["description"] == (
            "Bad Request: message is too long")
        assert client.post("/sendMessage", json={"chat_id": 42, "text": "\U0001f600" * 2049}).status_code == 400
        ok = client.post("/sendMessage", json={"chat_id": 42, "text": "hi"}).json()
        assert ok["ok"] is True and ok["result"]["chat"] == {"id": 42, "type": "private", "first_name": "Ann",
                                                             "username": "user42"}
        fast = client.post("/sendMessage", json={"chat_id": 42, "text": "again"})  # within 1/10 s: flood control
        assert fast.status_code == 429 and fast.json()["parameters"]["retry_after"] >= 1
    with httpx.Client(base_url=f"{tg.api_url}wrong") as client:
        assert client.post("/getMe").status_code == 401
    assert tg.too_many_requests == 1  # the programmed 429 is not counted as flood control


# -- helpers ------------------------------------------------------------------------------------------


def _context(chat: int) -> ChatContext:
    return ChatContext(platform="telegram", chat_id=str(chat))


def _deliveries(store: Store) -> list[Delivery]:
    found: list[Delivery] = []
    for delivery_id in range(1, 500):
        delivery = store.get_delivery(delivery_id)
        if delivery is None:
            break
        found.append(delivery)
    return found

