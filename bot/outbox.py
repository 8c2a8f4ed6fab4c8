"""The outbox: send due deliveries through the adapters, retry with backoff, never drop silently."""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from .errors import ChatMoved, ChatUnavailable, DeliveryError, MessageRejected, RetryLater
from .events import alert_for_event
from .models import Alert, Delivery
from .store import Store, now_utc, retry_delay

log = logging.getLogger(__name__)


class Adapter(Protocol):
    """What the outbox needs of a chat platform."""

    platform: str

    async def send(self, chat_id: str, alert: Alert, parent_id: str | None = None) -> str | None:
        """Send one alert (or an update, threaded under `parent_id`); return the platform's message id."""
        ...


@dataclass(frozen=True, slots=True)
class OutboxReport:
    """What one pass of the outbox did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0


class Outbox:
    """Sends pending deliveries chat by chat; chats run concurrently, each chat's messages in order."""

    def __init__(
        self,
        store: Store,
        adapters: Mapping[str, Adapter],
        *,
        max_attempts: int = 10,
        concurrency: int = 64,
        clock: Callable[[], datetime] = now_utc,
    ) -> None:
        self.store = store
        self.adapters = dict(adapters)
        self.max_attempts = max_attempts
        self.concurrency = concurrency
        self.clock = clock
        self.wake = asyncio.Event()

    async def deliver_due(self, batch: int = 2000) -> OutboxReport:
        """Send every delivery that is due now; returns the counts."""
        due = self.store.due_deliveries(list(self.adapters), self.clock(), limit=batch)
        if not due:
            return OutboxReport()
        by_chat: dict[tuple[str, str], list[Delivery]] = defaultdict(list)
        for delivery in due:
            by_chat[(delivery.platform, delivery.chat_id)].append(delivery)
        gate = asyncio.Semaphore(self.concurrency)
        alerts: dict[tuple[str, str], Alert | None] = {}
        tallies = await asyncio.gather(
            *(self._deliver_chat(items, gate, alerts) for items in by_chat.values())
        )
        return OutboxReport(
            sent=sum(t[0] for t in tallies), retried=sum(t[1] for t in tallies), failed=sum(t[2] for t in tallies)
        )

    async def drain(self, max_rounds: int = 50) -> OutboxReport:
        """Deliver until nothing is due now (for `run --once` and tests)."""
        total = OutboxReport()
        for _ in range(max_rounds):
            report = await self.deliver_due()
            total = OutboxReport(
                sent=total.sent + report.sent,
                retried=total.retried + report.retried,
                failed=total.failed + report.failed,
            )
            if report == OutboxReport():
                break
        return total

    async def run_forever(self, idle: float = 1.0) -> None:
        """Deliver continually: after each pass wait for new work or the next due time."""
        while True:
            try:
                await self.deliver_due()
            except Exception:
                log.exception("outbox pass failed; retrying shortly")
            self.wake.clear()
            next_due = self.store.next_due_at(list(self.adapters))
            wait = idle
            if next_due is not None:
                wait = max(0.05, min(idle, (next_due - self.clock()).total_seconds()))
            try:
                await asyncio.wait_for(self.wake.wait(), timeout=wait)
            except TimeoutError:
                pass

    async def _deliver_chat(
        self, items: list[Delivery], gate: asyncio.Semaphore, alerts: dict[tuple[str, str], Alert | None]
    ) -> tuple[int, int, int]:
        sent = retried = failed = 0
        async with gate:
            for delivery in items:
                outcome = await self._deliver_one(delivery, alerts)
                if outcome == "sent":
                    sent += 1
                elif outcome == "failed":
                    failed += 1
                else:
                    retried += 1
                if outcome in ("hold", "paused"):
                    break
        return sent, retried, failed

    async def _deliver_one(self, delivery: Delivery, alerts: dict[tuple[str, str], Alert | None]) -> str:
        key = (delivery.event_id, delivery.kind)
        if key not in alerts:
            event = self.store.get_event(delivery.event_id)
            alerts[key] = None if event is None else alert_for_event(self.store, event, kind=delivery.kind)
        alert = alerts[key]
        log_extra = {"event_id": delivery.event_id, "channel": f"{delivery.platform}:{delivery.chat_id}"}
        if alert is None:
            self.store.mark_failed(delivery.id, "event or its story is missing from the store", self.clock())
            log.error("delivery %d: event %s cannot be built", delivery.id, delivery.event_id, extra=log_extra)
            return "failed"
        adapter = self.adapters[delivery.platform]
        parent = None
        if delivery.kind != "alert":
            parent = self.store.sent_remote_id(delivery.event_id, delivery.subscription_id)
        try:
            remote_id = await adapter.send(delivery.chat_id, alert, parent)
        except ChatMoved as moved:
            self.store.move_subscription(delivery.platform, delivery.chat_id, moved.new_chat_id)
            log.warning("chat moved to %s; subscription follows it", moved.new_chat_id, extra=log_extra)
            return "hold"
        except RetryLater as exc:
            return self._retry(delivery, exc.reason, exc.after, log_extra)
        except ChatUnavailable as exc:
            count = self.store.pause_subscription(delivery.subscription_id, exc.reason, self.clock())
            log.warning("chat paused (%s); %d pending deliveries failed with that reason", exc.reason, count,
                        extra=log_extra)
            return "paused"
        except MessageRejected as exc:
            self.store.mark_failed(delivery.id, f"rejected: {exc.reason}", self.clock())
            log.error("message rejected: %s", exc.reason, extra=log_extra)
            return "failed"
        except DeliveryError as exc:
            return self._retry(delivery, exc.reason, None, log_extra)
        except Exception as exc:  # an adapter bug or an unexpected network error must not lose the alert
            log.exception("unexpected error sending delivery %d", delivery.id, extra=log_extra)
            return self._retry(delivery, f"{type(exc).__name__}: {exc}", None, log_extra)
        self.store.mark_sent(delivery.id, remote_id, self.clock())
        return "sent"

    def _retry(self, delivery: Delivery, reason: str, after: float | None, log_extra: dict[str, str]) -> str:
        attempts = delivery.attempts + 1
        now = self.clock()
        if attempts >= self.max_attempts:
            self.store.mark_failed(delivery.id, f"gave up after {attempts} attempts: {reason}", now)
            log.error("delivery %d failed for good: %s", delivery.id, reason, extra=log_extra)
            return "failed"
        when = now + (timedelta(seconds=after) if after is not None else retry_delay(attempts))
        self.store.mark_retry(delivery.id, when, reason)
        if after is not None:
            self.store.defer_chat(delivery.platform, delivery.chat_id, when)
        log.warning("delivery %d will be retried at %s: %s", delivery.id, when.isoformat(timespec="seconds"),
                    reason, extra=log_extra)
        return "hold"
