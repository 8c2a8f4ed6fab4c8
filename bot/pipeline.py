"""The pipeline, top to bottom: fetch, classify, group, store, fan out."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

import httpx

from .classify import CLASSIFIER_VERSION, classify
from .events import EventUpdate, assign_event, claim_update, material_change, refresh_event
from .feeds import FetchLimits, StoryParser, poll_feeds
from .models import Event, FeedConfig, FeedState, Story
from .seeds import SEED_SOURCE, SeedFolder
from .settings import Settings
from .store import Store, now_utc
from .text import stable_id

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestReport:
    """What one pass over a batch of stories did."""

    seen: int = 0
    new: int = 0
    flagged: int = 0
    events: int = 0
    deliveries: int = 0

    def add(self, other: IngestReport) -> None:
        self.seen += other.seen
        self.new += other.new
        self.flagged += other.flagged
        self.events += other.events
        self.deliveries += other.deliveries


@dataclass(slots=True)
class Pipeline:
    """One instance per process: polls sources and turns their stories into owed deliveries."""

    settings: Settings
    store: Store
    platforms: Sequence[str]
    limits: FetchLimits = field(default_factory=FetchLimits)
    clock: Callable[[], datetime] = now_utc
    client: httpx.AsyncClient | None = None
    parser: StoryParser | None = None
    seeds: SeedFolder = field(init=False)
    on_deliveries: Callable[[], None] | None = None

    def __post_init__(self) -> None:
        self.seeds = SeedFolder(self.settings.seeds_dir)

    async def poll_once(self, force: bool = False) -> IngestReport:
        """One cycle over every source: feeds that are due, then the seed folder."""
        report = await self.poll_feeds(self.settings.feeds, force=force)
        report.add(await self.poll_seeds())
        return report

    async def poll_feeds(self, feeds: Sequence[FeedConfig], force: bool = False) -> IngestReport:
        """Fetch the due feeds concurrently, save their state, and ingest their stories."""
        if not feeds:
            return IngestReport()
        states = self.store.feed_states()
        now = self.clock()
        polls = await poll_feeds(
            feeds, {f.name: states.get(f.name, FeedState()) for f in feeds}, now, self.limits,
            client=self.client, force=force, parser=self.parser,
        )
        stories: list[Story] = []
        for poll in polls:
            self.store.save_source(poll.feed.name, "feed", poll.feed.url, poll.state)
            stories.extend(poll.stories)
        return await self.ingest_in_thread(stories)

    async def poll_seeds(self) -> IngestReport:
        """Read new or changed seed files and ingest them."""
        stories, problems = await asyncio.to_thread(self.seeds.scan)
        now = self.clock()
        skipped = [p for p in problems if p.skipped]
        state = self.store.feed_states().get(SEED_SOURCE, FeedState())
        self.store.save_source(
            SEED_SOURCE, "seeds", str(self.settings.seeds_dir),
            replace(
                state,
                last_polled_at=now,
                last_ok_at=now if not skipped else state.last_ok_at,
                last_error="; ".join(f"{p.path.name}: {p.reason}" for p in problems) or state.last_error,
            ),
        )
        return await self.ingest_in_thread(stories)

    async def ingest_in_thread(self, stories: Sequence[Story]) -> IngestReport:
        """Ingest off the event loop (classification is CPU work), then wake the outbox."""
        if not stories:
            return IngestReport()
        report = await asyncio.to_thread(self.ingest, stories)
        if report.deliveries and self.on_deliveries:
            self.on_deliveries()
        return report

    def ingest(self, stories: Iterable[Story]) -> IngestReport:
        """Store, classify, group and fan out each story; a bad story is logged and skipped."""
        report = IngestReport()
        for story in stories:
            try:
                report.add(self.ingest_story(story))
            except Exception:
                log.exception("story %s from %s could not be processed", story.id, story.source,
                              extra={"source": story.source, "story_id": story.id})
        return report

    def ingest_story(self, story: Story) -> IngestReport:
        """The whole product for one story: store, classify, group into an event, fan out."""
        now = self.clock()
        write = self.store.save_story(story, content_hash(story), now)
        report = IngestReport(seen=1, new=int(write.is_new))
        if not write.changed:
            return report
        story = replace(story, id=write.story_id)
        result = classify(story.title, story.summary, story.body, thresholds=self.settings.thresholds)
        self.store.save_classification(story.id, result, CLASSIFIER_VERSION, now)
        if not result.labels:
            return report
        report.flagged = 1
        push = is_fresh(story, now, self.settings.push_window_hours)
        window = timedelta(hours=self.settings.event_window_hours)
        if write.event_id:  # an edited story: its event takes the new facts, but is never alerted twice
            assignment = refresh_event(self.store, write.event_id, story, result, now, window)
        else:
            assignment = assign_event(self.store, story, result, now, push, window)
        if assignment is None:
            return report
        if assignment.is_new:
            report.events = 1
            log.info("new event %s: %s", assignment.event.id, story.title,
                     extra={"event_id": assignment.event.id, "story_id": story.id, "source": story.source})
            if push:
                report.deliveries = self.store.fan_out(
                    assignment.event.id, assignment.event.topics, self.platforms, now
                )
            else:
                log.info("event %s is older than the %g h push window: stored for /latest, not pushed",
                         assignment.event.id, self.settings.push_window_hours, extra={"event_id": assignment.event.id})
        elif assignment.update and assignment.event.pushed:
            report.deliveries = self.send_update(assignment.event, assignment.update, now)
        return report

    def send_update(self, event: Event, update: EventUpdate, now: datetime) -> int:
        """Owe an update to the event's subscribers unless the rate limit holds it back (told later)."""
        seq = claim_update(self.store, event, update, now)
        if seq is None:
            return 0
        log.info("event %s update %d: %s", event.id, seq, update.text, extra={"event_id": event.id})
        return self.store.fan_out(event.id, event.topics, self.platforms, now, kind="update", seq=seq)

    def flush_held_updates(self) -> int:
        """Send the material changes the rate limit held back, once it allows them; no new story needed."""
        now = self.clock()
        owed = 0
        for event in self.store.recent_events(now - timedelta(hours=self.settings.event_window_hours)):
            stored = self.store.get_story(event.first_story_id) if event.pushed else None
            update = material_change(self.store, event, stored.story) if stored else None
            if update:
                owed += self.send_update(event, update, now)
        return owed

    async def flush_updates(self) -> int:
        """flush_held_updates off the event loop, then wake the outbox."""
        owed = await asyncio.to_thread(self.flush_held_updates)
        if owed and self.on_deliveries:
            self.on_deliveries()
        return owed


def content_hash(story: Story) -> str:
    """A digest of what a reader sees; a changed hash means the story was edited."""
    return stable_id(story.title, story.summary, story.body, story.url or "")


def is_fresh(story: Story, now: datetime, window_hours: float) -> bool:
    """Whether a story is recent enough to push (undated stories are)."""
    return story.published is None or story.published >= now - timedelta(hours=window_hours)
