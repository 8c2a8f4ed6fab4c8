from __future__ import annotations

import io
from datetime import datetime, timedelta

import pytest

from bot.adapters.console import ConsoleAdapter
from bot.errors import ChatMoved, ChatUnavailable, MessageRejected, RetryLater
from bot.models import Alert, Classification, Event, Facts, Story
from bot.outbox import Outbox
from bot.store import Store
from tests.conftest import NOW


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


class ScriptedAdapter:
    """Answers each send with the next scripted outcome (an exception to raise, or a message id)."""

    platform = "fake"

    def __init__(self, *outcomes: object) -> None:
        self.outcomes = list(outcomes)
        self.sent: list[tuple[str, Alert, str | None]] = []

    async def send(self, chat_id: str, alert: Alert, parent_id: str | None = None) -> str | None:
        outcome = self.outcomes.pop(0) if self.outcomes else "ok"
        if isinstance(outcome, Exception):
            raise outcome
        self.sent.append((chat_id, alert, parent_id))
        return str(outcome)


def seed_event(store: Store, n: int = 1, chats: tuple[str, ...] = ("c1",)) -> None:
    s = Story(id=f"s{n}", source="feed", source_key=f"g{n}", title=f"Belarus frees {n} prisoners", summary="Sum.",
              url="https://example.org/a", published=NOW)
    store.save_story(s, "h", NOW)
    store.save_classification(s.id, Classification(labels=("prisoner_release",), scores={"prisoner_release": 0.9},
                                                   evidence={"prisoner_release": ("frees",)}), "v", NOW)
    store.create_event(Event(id=f"e{n}", topics=("prisoner_release",), title=s.title, first_story_id=s.id,
                             created_at=NOW, updated_at=NOW, facts=Facts(countries=("Belarus",))))
    for chat in chats:
        store.subscribe("fake", chat, ["prisoner_release"], NOW)
    store.fan_out(f"e{n}", ("prisoner_release",), ["fake"], NOW)


async def test_a_sent_delivery_is_recorded_with_the_platform_id(store: Store) -> None:
    seed_event(store)
    adapter = ScriptedAdapter("m-1")
    report = await Outbox(store, {"fake": adapter}, clock=Clock()).deliver_due()
    assert report.sent == 1
    assert adapter.sent[0][1].headline == "Belarus frees 1 prisoners"
    assert store.delivery_counts().sent == 1
    assert await Outbox(store, {"fake": adapter}, clock=Clock()).deliver_due() == type(report)()


async def test_temporary_failures_back_off_then_succeed(store: Store) -> None:
    seed_event(store)
    clock = Clock()
    adapter = ScriptedAdapter(RetryLater("HTTP 502"), RetryLater("timed out"), "m-1")
    outbox = Outbox(store, {"fake": adapter}, clock=clock)
    await outbox.deliver_due()
    (pending,) = store.due_deliveries(["fake"], NOW + timedelta(hours=1))
    assert pending.attempts == 1 and pending.last_error == "HTTP 502"
    first_wait = pending.next_attempt_at - NOW
    assert await outbox.deliver_due() == type(await outbox.deliver_due())()  # not due yet
    clock.now = pending.next_attempt_at
    await outbox.deliver_due()
    (pending,) = store.due_deliveries(["fake"], NOW + timedelta(hours=1))
    assert pending.next_attempt_at - clock.now > first_wait  # exponential
    clock.now = pending.next_attempt_at
    assert (await outbox.deliver_due()).sent == 1


async def test_retry_after_holds_only_that_chat(store: Store) -> None:
    seed_event(store, chats=("slow", "fast"))
    clock = Clock()

    class PerChat(ScriptedAdapter):
        async def send(self, chat_id: str, alert: Alert, parent_id: str | None = None) -> str | None:
            if chat_id == "slow" and clock.now < NOW + timedelta(seconds=30):
                raise RetryLater("Too Many Requests: retry after 30", after=30)
            return await super().send(chat_id, alert, parent_id)

    adapter = PerChat()
    outbox = Outbox(store, {"fake": adapter}, clock=clock)
    report = await outbox.deliver_due()
    assert report.sent == 1 and [chat for chat, _, _ in adapter.sent] == ["fast"]
    (held,) = store.due_deliveries(["fake"], NOW + timedelta(minutes=5))
    assert held.chat_id == "slow" and held.next_attempt_at == NOW + timedelta(seconds=30)
    clock.now = NOW + timedelta(seconds=30)
    assert (await outbox.deliver_due()).sent == 1


async def test_an_unavailable_chat_is_paused_with_the_reason(store: Store) -> None:
    seed_event(store, 1)
    seed_event(store, 2)
    adapter = ScriptedAdapter(ChatUnavailable("Forbidden: bot was blocked by the user"))
    report = await Outbox(store, {"fake": adapter}, clock=Clock()).deliver_due()
    assert report.sent == 0
    sub = store.get_subscription("fake", "c1")
    assert sub is not None and sub.paused_reason == "Forbidden: bot was blocked by the user"
    assert store.delivery_counts().failed == 2
    assert {f.last_error for f in store.recent_failures()} == {"chat paused: Forbidden: bot was blocked by the user"}


async def test_a_moved_chat_gets_the_alert_at_its_new_id(store: Store) -> None:
    seed_event(store, chats=("-1",))
    adapter = ScriptedAdapter(ChatMoved("group chat was upgraded to a supergroup chat", "-1001"), "m-9")
    report = await Outbox(store, {"fake": adapter}, clock=Clock()).drain()
    assert report.sent == 1 and adapter.sent[0][0] == "-1001"
    assert store.get_subscription("fake", "-1001") is not None


async def test_rejected_messages_fail_with_the_reason_and_others_go_on(store: Store) -> None:
    seed_event(store, 1)
    seed_event(store, 2)
    adapter = ScriptedAdapter(MessageRejected("message is too long"), "m-2")
    report = await Outbox(store, {"fake": adapter}, clock=Clock()).deliver_due()
    assert (report.sent, report.failed) == (1, 1)
    (failure,) = store.recent_failures()
    assert failure.last_error == "rejected: message is too long"


async def test_unexpected_errors_are_retried_then_given_up_with_the_reason(store: Store) -> None:
    seed_event(store)
    clock = Clock()
    adapter = ScriptedAdapter(*[ValueError("boom")] * 3)
    outbox = Outbox(store, {"fake": adapter}, clock=clock, max_attempts=3)
    for _ in range(3):
        await outbox.deliver_due()
        clock.now += timedelta(hours=2)
    (failure,) = store.recent_failures()
    assert failure.last_error == "gave up after 3 attempts: ValueError: boom"
    assert store.delivery_counts().pending == 0


async def test_console_adapter_prints_the_alert(store: Store) -> None:
    seed_event(store)
    store.subscribe("console", "stdout", ["prisoner_release"], NOW)
    store.fan_out("e1", ("prisoner_release",), ["console"], NOW)
    out = io.StringIO()
    await Outbox(store, {"console": ConsoleAdapter(out)}, clock=Clock()).drain()
    assert out.getvalue().startswith("[ALERT] Belarus frees 1 prisoners\n")
    assert "Link: https://example.org/a" in out.getvalue()


@pytest.mark.parametrize("batch", [1, 3])
async def test_drain_sends_everything_that_is_due(store: Store, batch: int) -> None:
    for n in range(1, 6):
        seed_event(store, n, chats=("a", "b"))
    adapter = ScriptedAdapter()
    outbox = Outbox(store, {"fake": adapter}, clock=Clock())
    total = 0
    for _ in range(20):
        report = await outbox.deliver_due(batch=batch)
        total += report.sent
    assert total == 10
    order_a = [alert.event_id for chat, alert, _ in adapter.sent if chat == "a"]
    assert order_a == ["e1", "e2", "e3", "e4", "e5"]
