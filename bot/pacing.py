"""Send pacing: stay under a platform's message rates instead of running into its 429s."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RateLimits:
    """Message rates to respect: overall, per chat, and per group chat per minute (None: no limit)."""

    per_second: float | None = 30.0
    per_chat_interval: float = 1.0
    group_per_minute: int | None = 20

    def scaled(self, factor: float) -> RateLimits:
        """The same limits `factor` times faster (for fakes and benchmarks)."""
        return RateLimits(
            per_second=None if self.per_second is None else self.per_second * factor,
            per_chat_interval=self.per_chat_interval / factor,
            group_per_minute=None if self.group_per_minute is None else max(1, int(self.group_per_minute * factor)),
        )


# How late a send may wake after its reserved slot and still use it.
LATE_WAKE = 0.05


class SendPacer:
    """Waits before each send so that every limit holds; chats that are held back don't hold others."""

    def __init__(self, limits: RateLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self.clock = clock
        self._next_global = 0.0
        self._next_chat: dict[str, float] = {}
        self._group_sends: dict[str, deque[float]] = {}
        self._paused_until: dict[str, float] = {}
        self._chat_locks: dict[str, asyncio.Lock] = {}

    def pause(self, chat: str, seconds: float) -> None:
        """Hold one chat for `seconds` (after a 429 that named it)."""
        self._paused_until[chat] = max(self._paused_until.get(chat, 0.0), self.clock() + seconds)

    async def wait(self, chat: str, *, group: bool = False) -> None:
        """Return when a message to `chat` may be sent now."""
        lock = self._chat_locks.setdefault(chat, asyncio.Lock())
        async with lock:
            while True:
                now = self.clock()
                ready = max(self._next_chat.get(chat, 0.0), self._paused_until.get(chat, 0.0))
                window = self._group_sends.get(chat) if group else None
                if group and self.limits.group_per_minute:
                    window = self._group_sends.setdefault(chat, deque())
                    while window and window[0] <= now - 60.0:
                        window.popleft()
                    if len(window) >= self.limits.group_per_minute:
                        ready = max(ready, window[0] + 60.0)
                if ready <= now:
                    break
                await asyncio.sleep(ready - now)
            slot = self._reserve_global()
            while slot > self.clock():
                await asyncio.sleep(slot - self.clock())
                if self.clock() - slot > LATE_WAKE:
                    # The loop stalled past our slot, and past the slots of the sends queued behind us: take
                    # a fresh slot rather than all firing at once (a burst that runs into the platform's 429s).
                    slot = self._reserve_global()
            sent_at = max(slot, self.clock())
            self._next_chat[chat] = sent_at + self.limits.per_chat_interval
            if window is not None:
                window.append(sent_at)

    def _reserve_global(self) -> float:
        if not self.limits.per_second:
            return self.clock()
        slot = max(self.clock(), self._next_global)
        self._next_global = slot + 1.0 / self.limits.per_second
        return slot
