"""Wiring: settings, store, adapters, pipeline, outbox and scheduler in one asyncio loop; clean shutdown."""

from __future__ import annotations

import asyncio
import logging
import random
import signal
from collections.abc import Callable
from datetime import UTC, timedelta
from typing import Any, Protocol

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from .adapters.console import CONSOLE_CHAT, ConsoleAdapter
from .commands import ChatContext, Reply, run_command
from .feeds import FetchLimits, make_client
from .feedworker import FeedParserProcess
from .models import TOPICS
from .outbox import Adapter, Outbox
from .pipeline import Pipeline
from .settings import Settings
from .store import Store, now_utc

log = logging.getLogger(__name__)

CommandRunner = Callable[[str, ChatContext], Reply]


class ChatAdapter(Adapter, Protocol):
    """A chat platform that also receives commands."""

    async def start(self, *, receive: bool) -> None:
        """Connect; with `receive`, also start taking commands."""
        ...

    async def stop(self) -> None:
        """Disconnect cleanly."""
        ...


def command_runner(store: Store) -> CommandRunner:
    """The shared command entry point every chat adapter calls."""

    def run(text: str, chat: ChatContext) -> Reply:
        return run_command(text, chat, store, now_utc())

    return run


def build_chat_adapters(settings: Settings, commands: CommandRunner) -> dict[str, ChatAdapter]:
    """The chat adapters the environment turns on (Telegram, Slack)."""
    adapters: dict[str, ChatAdapter] = {}
    if settings.telegram:
        from .adapters.telegram import TelegramAdapter

        adapters["telegram"] = TelegramAdapter(settings.telegram, commands)
    if settings.slack:
        from .adapters.slack import SlackAdapter

        adapters["slack"] = SlackAdapter(settings.slack, commands)
    return adapters


class Service:
    """The running alertbot: one process, one loop, every part wired together."""

    def __init__(self, settings: Settings, store: Store, chat_adapters: dict[str, ChatAdapter] | None = None,
                 console: ConsoleAdapter | None = None) -> None:
        self.settings = settings
        self.store = store
        self.chat_adapters = chat_adapters if chat_adapters is not None else build_chat_adapters(
            settings, command_runner(store)
        )
        adapters: dict[str, Adapter] = dict(self.chat_adapters)
        if settings.console:
            adapters["console"] = console or ConsoleAdapter()
            store.subscribe("console", CONSOLE_CHAT, TOPICS, now_utc())
        self.outbox = Outbox(store, adapters, max_attempts=settings.max_attempts)
        self.limits = FetchLimits()
        self.pipeline = Pipeline(settings, store, platforms=tuple(adapters), limits=self.limits,
                                 on_deliveries=self.outbox.wake.set)
        self.stopping = asyncio.Event()

    async def run_once(self) -> int:
        """One poll-classify-deliver cycle; returns the exit code."""
        for adapter in self.chat_adapters.values():
            await adapter.start(receive=False)
        self.pipeline.parser = parser = FeedParserProcess()
        try:
            report = await self.pipeline.poll_once()
            delivered = await self.outbox.drain()
        finally:
            await parser.aclose()
            self.pipeline.parser = None
            await self._stop_adapters()
        log.info(
            "cycle done: %d stories seen, %d new, %d flagged, %d new events; %d alerts sent, %d to retry, %d failed",
            report.seen, report.new, report.flagged, report.events, delivered.sent, delivered.retried,
            delivered.failed,
        )
        return 0

    async def run_forever(self) -> int:
        """Run until SIGINT or SIGTERM, then shut down cleanly."""
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, self.stopping.set)
            except (NotImplementedError, RuntimeError):
                pass
        self.pipeline.client = make_client(self.limits)
        self.pipeline.parser = parser = FeedParserProcess()
        scheduler = self._scheduler()
        runner: web.AppRunner | None = None
        outbox_task: asyncio.Task[Any] | None = None
        try:
            for adapter in self.chat_adapters.values():
                await adapter.start(receive=True)
            runner = await self._serve_http()
            await parser.start()
            outbox_task = asyncio.create_task(self.outbox.run_forever(), name="outbox")
            scheduler.start()
            log.info("alertbot running: %d feeds, seed folder %s, alerts to %s", len(self.settings.feeds),
                     self.settings.seeds_dir, ", ".join(self.pipeline.platforms) or "nowhere")
            await self.stopping.wait()
            log.info("shutting down")
        finally:
            if scheduler.running:
                scheduler.shutdown(wait=False)
            if outbox_task:
                outbox_task.cancel()
                await asyncio.gather(outbox_task, return_exceptions=True)
            await self._stop_adapters()
            if runner:
                await runner.cleanup()
            try:
                await self.pipeline.client.aclose()
            finally:
                await parser.aclose()
                self.pipeline.parser = None
        return 0

    def _scheduler(self) -> AsyncIOScheduler:
        scheduler = AsyncIOScheduler(
            timezone=UTC, job_defaults={"coalesce": True, "misfire_grace_time": 300, "max_instances": 1}
        )
        start = now_utc()
        for feed in self.settings.feeds:
            scheduler.add_job(
                self.pipeline.poll_feeds, "interval", args=[[feed]], seconds=feed.interval,
                jitter=min(60, max(1, feed.interval // 10)), id=f"feed:{feed.name}", name=f"feed {feed.name}",
                next_run_time=start + timedelta(seconds=random.uniform(0, min(10, feed.interval))),
                replace_existing=True,
            )
        scheduler.add_job(
            self.pipeline.poll_seeds, "interval", seconds=self.settings.seeds_interval, id="seeds",
            name="seed folder", next_run_time=start, replace_existing=True,
        )
        scheduler.add_job(
            self.pipeline.flush_updates, "interval", minutes=5, id="held-updates",
            name="held-back event updates", replace_existing=True,
        )
        return scheduler

    async def _serve_http(self) -> web.AppRunner | None:
        routes = [a for a in self.chat_adapters.values() if hasattr(a, "add_routes")]
        if not routes:
            return None
        app = web.Application()
        app.router.add_get("/healthz", _healthz)
        for adapter in routes:
            adapter.add_routes(app)  # type: ignore[attr-defined]
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        port = self.settings.port or 3000
        await web.TCPSite(runner, "0.0.0.0", port).start()
        log.info("HTTP endpoints listening on port %d", port)
        return runner

    async def _stop_adapters(self) -> None:
        for name, adapter in self.chat_adapters.items():
            try:
                await adapter.stop()
            except Exception:
                log.exception("adapter %s did not stop cleanly", name)


async def _healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})
