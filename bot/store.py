"""Storage with SQLAlchemy Core: SQLite by default, PostgreSQL through DATABASE_URL."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine, RowMapping, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError

from .errors import ConfigError
from .models import Classification, Delivery, Event, Facts, FeedState, Story, Subscription

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("name", String(200), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("url", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, default=0),
    Column("last_error", Text),
    Column("next_poll_at", DateTime(timezone=True)),
    Column("last_ok_at", DateTime(timezone=True)),
    Column("last_polled_at", DateTime(timezone=True)),
)

stories = Table(
    "stories",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("source", String(200), nullable=False),
    Column("source_key", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("summary", Text, nullable=False, default=""),
    Column("body", Text, nullable=False, default=""),
    Column("url", Text),
    Column("published", DateTime(timezone=True)),
    Column("lang", String(16)),
    Column("content_hash", String(40), nullable=False),
    Column("first_seen", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("event_id", String(40), ForeignKey("events.id")),
    Index("ix_stories_event", "event_id"),
    Index("ix_stories_source_key", "source", "source_key"),
)

classifications = Table(
    "classifications",
    metadata,
    Column("story_id", String(40), ForeignKey("stories.id"), primary_key=True),
    Column("labels", Text, nullable=False),
    Column("data", Text, nullable=False),
    Column("version", String(40), nullable=False),
    Column("classified_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("topics", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("first_story_id", String(40), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("story_count", Integer, nullable=False, default=1),
    Column("source_count", Integer, nullable=False, default=1),  # distinct sources among the stories (schema 2)
    Column("facts", Text, nullable=False, default="{}"),
    Column("pushed", Boolean, nullable=False, default=True),
    Index("ix_events_updated", "updated_at"),
)

# One row per message about an event: seq 0 is the alert, 1.. the updates (issue 6). `state` is what that
# message told readers (facts, source count, confirmation) so the next update says only what changed;
# the (event_id, seq) key makes deciding an update idempotent across restarts.
event_updates = Table(
    "event_updates",
    metadata,
    Column("event_id", String(40), ForeignKey("events.id"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("state", Text, nullable=False, default="{}"),
    Column("changes", Text, nullable=False, default=""),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(16), nullable=False),
    Column("chat_id", String(64), nullable=False),
    Column("topics", Text, nullable=False),
    Column("paused_reason", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("platform", "chat_id", name="uq_subscription_chat"),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), ForeignKey("events.id"), nullable=False),
    Column("subscription_id", Integer, ForeignKey("subscriptions.id"), nullable=False),
    Column("kind", String(16), nullable=False, default="alert"),
    Column("seq", Integer, nullable=False, default=0),
    Column("status", String(16), nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", DateTime(timezone=True), nullable=False),
    Column("last_error", Text),
    Column("remote_id", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    UniqueConstraint("event_id", "subscription_id", "kind", "seq", name="uq_delivery"),
    Index("ix_deliveries_due", "status", "next_attempt_at"),
)

PENDING, SENT, FAILED = "pending", "sent", "failed"


def utc(value: datetime | None) -> datetime | None:
    """Aware UTC datetime; SQLite returns naive values, which are UTC by construction."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def now_utc() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A source with its persisted state, as `alertbot sources` shows it."""

    name: str
    kind: str
    url: str | None
    state: FeedState


@dataclass(frozen=True, slots=True)
class StoredStory:
    """A story as stored, with what the pipeline needs to decide what to do with it."""

    story: Story
    first_seen: datetime
    event_id: str | None


@dataclass(frozen=True, slots=True)
class StoryWrite:
    """What saving a story changed: new, changed content, or nothing."""

    story_id: str
    is_new: bool
    changed: bool
    event_id: str | None


@dataclass(frozen=True, slots=True)
class EventUpdateRow:
    """One recorded message about an event: the alert (seq 0) or an update, with what it told readers."""

    event_id: str
    seq: int
    created_at: datetime
    state: dict[str, Any]
    changes: str


@dataclass(frozen=True, slots=True)
class DeliveryCounts:
    """Delivery totals by status, for /status."""

    pending: int
    sent: int
    failed: int


class Store:
    """All reads and writes of alertbot's state."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- lifecycle -------------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to `url`, creating the SQLite folder if needed, and migrate the schema."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise ConfigError(
                "DATABASE_URL is not a database URL: use e.g. sqlite:///data/alertbot.db or "
                "postgresql+psycopg://user:password@host/dbname"
            ) from None
        options: dict[str, Any] = {}
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            options["connect_args"] = {"timeout": 30}
        elif parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        try:
            engine = create_engine(parsed, future=True, pool_pre_ping=True, **options)
        except ModuleNotFoundError as exc:
            raise ConfigError(
                f"DATABASE_URL needs the database driver {exc.name!r}: pip install 'alertbot[postgres]'"
            ) from None
        except NoSuchModuleError:
            raise ConfigError(
                f"DATABASE_URL names an unknown database {parsed.drivername!r}: use sqlite:///PATH or "
                "postgresql://user:password@host/dbname"
            ) from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            store.migrate()
        except OperationalError as exc:
            raise ConfigError(
                f"cannot open the database {parsed.render_as_string(hide_password=True)}: {exc.orig}"
            ) from None
        return store

    def migrate(self) -> None:
        """Create missing tables, bring an older schema up to SCHEMA_VERSION, and record the version."""
        metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            current = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
            if current is None:
                conn.execute(insert(meta).values(key="schema_version", value=str(SCHEMA_VERSION)))
                return
            if int(current) > SCHEMA_VERSION:
                raise ConfigError(
                    f"the database has schema version {current}, newer than this alertbot ({SCHEMA_VERSION}): "
                    "upgrade alertbot"
                )
            if int(current) < 2:
                # Schema 2: an event counts the distinct sources that reported it, not only its stories.
                conn.execute(text("ALTER TABLE events ADD COLUMN source_count INTEGER NOT NULL DEFAULT 1"))
                conn.execute(
                    update(events).values(source_count=func.coalesce(
                        select(func.count(func.distinct(stories.c.source)))
                        .where(stories.c.event_id == events.c.id).scalar_subquery(), 1,
                    ))
                )
                log.info("database schema migrated from version %s to 2 (events.source_count)", current)
            conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    @contextmanager
    def _tx(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # -- sources ---------------------------------------------------------------------------------

    def feed_states(self) -> dict[str, FeedState]:
        """The persisted state of every source, by name."""
        with self._tx() as conn:
            rows = conn.execute(select(sources)).mappings().all()
        return {row["name"]: _feed_state(row) for row in rows}

    def save_source(self, name: str, kind: str, url: str | None, state: FeedState) -> None:
        """Insert or update one source and its state."""
        values = {
            "kind": kind,
            "url": url,
            "etag": state.etag,
            "last_modified": state.last_modified,
            "failures": state.failures,
            "last_error": state.last_error,
            "next_poll_at": state.next_poll_at,
            "last_ok_at": state.last_ok_at,
            "last_polled_at": state.last_polled_at,
        }
        with self._tx() as conn:
            done = conn.execute(update(sources).where(sources.c.name == name).values(**values)).rowcount
            if not done:
                conn.execute(insert(sources).values(name=name, **values))

    def list_sources(self) -> list[SourceRow]:
        """Every source with its state, sorted by name."""
        with self._tx() as conn:
            rows = conn.execute(select(sources).order_by(sources.c.name)).mappings().all()
        return [SourceRow(name=r["name"], kind=r["kind"], url=r["url"], state=_feed_state(r)) for r in rows]

    # -- stories ---------------------------------------------------------------------------------

    def save_story(self, story: Story, content_hash: str, now: datetime) -> StoryWrite:
        """Insert a new story, or update a known one (same id, or same source and key)."""
        with self._tx() as conn:
            row = conn.execute(
                select(stories.c.id, stories.c.content_hash, stories.c.event_id).where(
                    or_(
                        stories.c.id == story.id,
                        and_(stories.c.source == story.source, stories.c.source_key == story.source_key),
                    )
                )
            ).first()
            values = {
                "title": story.title,
                "summary": story.summary,
                "body": story.body,
                "url": story.url,
                "published": story.published,
                "lang": story.lang,
                "content_hash": content_hash,
            }
            if row is None:
                conn.execute(
                    insert(stories).values(
                        id=story.id,
                        source=story.source,
                        source_key=story.source_key,
                        first_seen=now,
                        updated_at=now,
                        **values,
                    )
                )
                return StoryWrite(story_id=story.id, is_new=True, changed=True, event_id=None)
            if row.content_hash == content_hash:
                return StoryWrite(story_id=row.id, is_new=False, changed=False, event_id=row.event_id)
            conn.execute(update(stories).where(stories.c.id == row.id).values(updated_at=now, **values))
            return StoryWrite(story_id=row.id, is_new=False, changed=True, event_id=row.event_id)

    def get_story(self, story_id: str) -> StoredStory | None:
        """One stored story."""
        with self._tx() as conn:
            row = conn.execute(select(stories).where(stories.c.id == story_id)).mappings().first()
        return None if row is None else _stored_story(row)

    def stories_of_event(self, event_id: str) -> list[StoredStory]:
        """The stories grouped into one event, oldest first."""
        with self._tx() as conn:
            rows = (
                conn.execute(select(stories).where(stories.c.event_id == event_id).order_by(stories.c.first_seen))
                .mappings()
                .all()
            )
        return [_stored_story(row) for row in rows]

    def count_stories(self) -> int:
        """How many stories are stored."""
        with self._tx() as conn:
            return int(conn.execute(select(func.count()).select_from(stories)).scalar_one())

    def save_classification(self, story_id: str, result: Classification, version: str, now: datetime) -> None:
        """Store (or replace) the classifier's verdict on a story."""
        values = {
            "labels": json.dumps(list(result.labels)),
            "data": json.dumps(result.to_json(), ensure_ascii=False),
            "version": version,
            "classified_at": now,
        }
        with self._tx() as conn:
            done = conn.execute(
                update(classifications).where(classifications.c.story_id == story_id).values(**values)
            ).rowcount
            if not done:
                conn.execute(insert(classifications).values(story_id=story_id, **values))

    def get_classification(self, story_id: str) -> Classification | None:
        """The stored verdict on a story."""
        with self._tx() as conn:
            data = conn.execute(
                select(classifications.c.data).where(classifications.c.story_id == story_id)
            ).scalar()
        return None if data is None else Classification.from_json(json.loads(data))

    # -- events ----------------------------------------------------------------------------------

    def create_event(self, event: Event) -> None:
        """Insert a new event and attach its first story to it."""
        with self._tx() as conn:
            conn.execute(insert(events).values(**_event_values(event)))
            conn.execute(update(stories).where(stories.c.id == event.first_story_id).values(event_id=event.id))

    def attach_story(self, event_id: str, story_id: str, facts: Facts, now: datetime) -> Event:
        """Add a story to an existing event and refresh the event's facts and counts."""
        with self._tx() as conn:
            conn.execute(update(stories).where(stories.c.id == story_id).values(event_id=event_id))
            story_count, source_count = conn.execute(
                select(func.count(), func.count(func.distinct(stories.c.source))).where(stories.c.event_id == event_id)
            ).one()
            conn.execute(
                update(events)
                .where(events.c.id == event_id)
                .values(story_count=story_count, source_count=source_count, facts=json.dumps(facts.to_json()),
                        updated_at=now)
            )
            row = conn.execute(select(events).where(events.c.id == event_id)).mappings().one()
        return _event(row)

    def recent_event_stories(self, since: datetime) -> list[tuple[Event, StoredStory, Classification | None]]:
        """Every story of the events updated since `since`, with its classification (to rebuild the index)."""
        query = (
            select(events, stories, classifications.c.data.label("classification"))
            .join(stories, stories.c.event_id == events.c.id)
            .outerjoin(classifications, classifications.c.story_id == stories.c.id)
            .where(events.c.updated_at >= since)
            .order_by(stories.c.first_seen, stories.c.id)
        )
        out: list[tuple[Event, StoredStory, Classification | None]] = []
        with self._tx() as conn:
            for row in conn.execute(query).mappings():
                # The select names the events' and the stories' shared columns apart; take each by table.
                event_row = {c.name: row[events.c[c.name]] for c in events.columns}
                story_row = {c.name: row[stories.c[c.name]] for c in stories.columns}
                data = row["classification"]
                out.append((
                    _event(event_row),
                    _stored_story(story_row),
                    None if data is None else Classification.from_json(json.loads(data)),
                ))
        return out

    def record_event_update(
        self, event_id: str, seq: int, state: dict[str, Any], changes: str, now: datetime
    ) -> bool:
        """Record the alert (seq 0) or an update of an event; False when that seq is already recorded."""
        try:
            with self._tx() as conn:
                conn.execute(
                    insert(event_updates).values(
                        event_id=event_id, seq=seq, created_at=now,
                        state=json.dumps(state, ensure_ascii=False), changes=changes,
                    )
                )
        except IntegrityError:
            return False
        return True

    def event_updates(self, event_id: str) -> list[EventUpdateRow]:
        """The recorded alert and updates of an event, in order."""
        with self._tx() as conn:
            rows = conn.execute(
                select(event_updates).where(event_updates.c.event_id == event_id).order_by(event_updates.c.seq)
            ).mappings().all()
        return [
            EventUpdateRow(
                event_id=row["event_id"], seq=row["seq"], created_at=utc(row["created_at"]) or now_utc(),
                state=json.loads(row["state"] or "{}"), changes=row["changes"] or "",
            )
            for row in rows
        ]

    def update_event(self, event: Event) -> None:
        """Write an event's changed fields."""
        values = _event_values(event)
        values.pop("id")
        with self._tx() as conn:
            conn.execute(update(events).where(events.c.id == event.id).values(**values))

    def get_event(self, event_id: str) -> Event | None:
        """One event."""
        with self._tx() as conn:
            row = conn.execute(select(events).where(events.c.id == event_id)).mappings().first()
        return None if row is None else _event(row)

    def recent_events(self, since: datetime, topics: Sequence[str] | None = None) -> list[Event]:
        """Events updated since `since`, newest first, optionally only those with one of `topics`."""
        with self._tx() as conn:
            rows = (
                conn.execute(select(events).where(events.c.updated_at >= since).order_by(events.c.updated_at.desc()))
                .mappings()
                .all()
            )
        found = [_event(row) for row in rows]
        return [e for e in found if not topics or set(e.topics) & set(topics)]

    def latest_events(self, limit: int, topic: str | None = None) -> list[Event]:
        """The newest events, optionally of one topic."""
        query = select(events).order_by(events.c.created_at.desc(), events.c.id)
        if topic:
            query = query.where(events.c.topics.like(f'%"{topic}"%'))
        with self._tx() as conn:
            rows = conn.execute(query.limit(limit)).mappings().all()
        return [_event(row) for row in rows]

    def count_events(self) -> int:
        """How many events are stored."""
        with self._tx() as conn:
            return int(conn.execute(select(func.count()).select_from(events)).scalar_one())

    # -- subscriptions ---------------------------------------------------------------------------

    def subscribe(self, platform: str, chat_id: str, topics: Iterable[str], now: datetime) -> Subscription:
        """Add `topics` to a chat's subscription (creating it), and resume it if it was paused."""
        wanted = set(topics)
        with self._tx() as conn:
            row = conn.execute(_subscription_query(platform, chat_id)).mappings().first()
            if row is None:
                try:
                    conn.execute(
                        insert(subscriptions).values(
                            platform=platform, chat_id=chat_id, topics=_topics_json(wanted), created_at=now
                        )
                    )
                except IntegrityError:  # a concurrent subscribe won the race; fall through to update
                    pass
                row = conn.execute(_subscription_query(platform, chat_id)).mappings().one()
            merged = set(json.loads(row["topics"])) | wanted
            conn.execute(
                update(subscriptions)
                .where(subscriptions.c.id == row["id"])
                .values(topics=_topics_json(merged), paused_reason=None)
            )
            row = conn.execute(_subscription_query(platform, chat_id)).mappings().one()
        return _subscription(row)

    def unsubscribe(self, platform: str, chat_id: str, topics: Iterable[str]) -> Subscription | None:
        """Remove `topics` from a chat's subscription; the subscription goes when no topic is left."""
        unwanted = set(topics)
        with self._tx() as conn:
            row = conn.execute(_subscription_query(platform, chat_id)).mappings().first()
            if row is None:
                return None
            left = set(json.loads(row["topics"])) - unwanted
            conn.execute(
                update(subscriptions).where(subscriptions.c.id == row["id"]).values(topics=_topics_json(left))
            )
            if not left:
                conn.execute(
                    update(deliveries)
                    .where(deliveries.c.subscription_id == row["id"], deliveries.c.status == PENDING)
                    .values(status=FAILED, last_error="unsubscribed before delivery")
                )
            row = conn.execute(_subscription_query(platform, chat_id)).mappings().one()
        return _subscription(row)

    def get_subscription(self, platform: str, chat_id: str) -> Subscription | None:
        """A chat's subscription, if any."""
        with self._tx() as conn:
            row = conn.execute(_subscription_query(platform, chat_id)).mappings().first()
        return None if row is None else _subscription(row)

    def list_subscriptions(self, platform: str | None = None) -> list[Subscription]:
        """Every subscription, or those of one platform."""
        query = select(subscriptions).order_by(subscriptions.c.id)
        if platform:
            query = query.where(subscriptions.c.platform == platform)
        with self._tx() as conn:
            rows = conn.execute(query).mappings().all()
        return [_subscription(row) for row in rows]

    def pause_subscription(self, subscription_id: int, reason: str, now: datetime) -> int:
        """Pause a chat's subscription with a reason; its pending deliveries fail with that reason."""
        with self._tx() as conn:
            conn.execute(
                update(subscriptions).where(subscriptions.c.id == subscription_id).values(paused_reason=reason)
            )
            return conn.execute(
                update(deliveries)
                .where(deliveries.c.subscription_id == subscription_id, deliveries.c.status == PENDING)
                .values(status=FAILED, last_error=f"chat paused: {reason}", finished_at=now)
            ).rowcount

    def move_subscription(self, platform: str, old_chat_id: str, new_chat_id: str) -> Subscription | None:
        """Move a subscription to a chat's new id, merging into one that already exists there."""
        with self._tx() as conn:
            old = conn.execute(_subscription_query(platform, old_chat_id)).mappings().first()
            if old is None:
                return None
            new = conn.execute(_subscription_query(platform, new_chat_id)).mappings().first()
            if new is None:
                conn.execute(
                    update(subscriptions).where(subscriptions.c.id == old["id"]).values(chat_id=new_chat_id)
                )
            else:
                merged = set(json.loads(old["topics"])) | set(json.loads(new["topics"]))
                conn.execute(
                    update(subscriptions).where(subscriptions.c.id == new["id"]).values(topics=_topics_json(merged))
                )
                existing = select(deliveries.c.event_id).where(deliveries.c.subscription_id == new["id"])
                conn.execute(
                    update(deliveries)
                    .where(deliveries.c.subscription_id == old["id"], deliveries.c.event_id.not_in(existing))
                    .values(subscription_id=new["id"])
                )
                conn.execute(delete(deliveries).where(deliveries.c.subscription_id == old["id"]))
                conn.execute(delete(subscriptions).where(subscriptions.c.id == old["id"]))
            row = conn.execute(_subscription_query(platform, new_chat_id)).mappings().one()
        return _subscription(row)

    # -- deliveries ------------------------------------------------------------------------------

    def fan_out(
        self, event_id: str, topics: Sequence[str], platforms: Sequence[str], now: datetime,
        kind: str = "alert", seq: int = 0,
    ) -> int:
        """Owe the event to every active subscription of `platforms` that wants one of `topics`; idempotent."""
        created = 0
        with self._tx() as conn:
            subs = conn.execute(
                select(subscriptions).where(
                    subscriptions.c.platform.in_(list(platforms)), subscriptions.c.paused_reason.is_(None)
                )
            ).mappings().all()
            for sub in subs:
                if not set(json.loads(sub["topics"])) & set(topics):
                    continue
                exists = conn.execute(
                    select(deliveries.c.id).where(
                        deliveries.c.event_id == event_id,
                        deliveries.c.subscription_id == sub["id"],
                        deliveries.c.kind == kind,
                        deliveries.c.seq == seq,
                    )
                ).first()
                if exists:
                    continue
                conn.execute(
                    insert(deliveries).values(
                        event_id=event_id, subscription_id=sub["id"], kind=kind, seq=seq, status=PENDING,
                        attempts=0, next_attempt_at=now, created_at=now,
                    )
                )
                created += 1
        return created

    def due_deliveries(self, platforms: Sequence[str], now: datetime, limit: int = 500) -> list[Delivery]:
        """Pending deliveries whose time has come, on active subscriptions, oldest first."""
        query = (
            select(deliveries, subscriptions.c.platform, subscriptions.c.chat_id)
            .join(subscriptions, subscriptions.c.id == deliveries.c.subscription_id)
            .where(
                deliveries.c.status == PENDING,
                deliveries.c.next_attempt_at <= now,
                subscriptions.c.platform.in_(list(platforms)),
                subscriptions.c.paused_reason.is_(None),
            )
            .order_by(deliveries.c.next_attempt_at, deliveries.c.id)
            .limit(limit)
        )
        with self._tx() as conn:
            rows = conn.execute(query).mappings().all()
        return [_delivery(row) for row in rows]

    def next_due_at(self, platforms: Sequence[str]) -> datetime | None:
        """When the next pending delivery on an active subscription falls due."""
        query = (
            select(func.min(deliveries.c.next_attempt_at))
            .join(subscriptions, subscriptions.c.id == deliveries.c.subscription_id)
            .where(
                deliveries.c.status == PENDING,
                subscriptions.c.platform.in_(list(platforms)),
                subscriptions.c.paused_reason.is_(None),
            )
        )
        with self._tx() as conn:
            return utc(conn.execute(query).scalar())

    def mark_sent(self, delivery_id: int, remote_id: str | None, now: datetime) -> None:
        """Record that the platform confirmed the message."""
        with self._tx() as conn:
            conn.execute(
                update(deliveries)
                .where(deliveries.c.id == delivery_id)
                .values(status=SENT, remote_id=remote_id, finished_at=now, attempts=deliveries.c.attempts + 1,
                        last_error=None)
            )

    def mark_retry(self, delivery_id: int, when: datetime, error: str) -> None:
        """Record a failed attempt and when to try again."""
        with self._tx() as conn:
            conn.execute(
                update(deliveries)
                .where(deliveries.c.id == delivery_id)
                .values(attempts=deliveries.c.attempts + 1, next_attempt_at=when, last_error=error)
            )

    def mark_failed(self, delivery_id: int, error: str, now: datetime) -> None:
        """Record that a delivery will not be sent, and why."""
        with self._tx() as conn:
            conn.execute(
                update(deliveries)
                .where(deliveries.c.id == delivery_id)
                .values(status=FAILED, last_error=error, finished_at=now, attempts=deliveries.c.attempts + 1)
            )

    def defer_chat(self, platform: str, chat_id: str, until: datetime) -> None:
        """Hold every pending delivery of one chat until `until` (a 429 for that chat)."""
        with self._tx() as conn:
            sub_ids = select(subscriptions.c.id).where(
                subscriptions.c.platform == platform, subscriptions.c.chat_id == chat_id
            )
            conn.execute(
                update(deliveries)
                .where(
                    deliveries.c.subscription_id.in_(sub_ids),
                    deliveries.c.status == PENDING,
                    deliveries.c.next_attempt_at < until,
                )
                .values(next_attempt_at=until)
            )

    def delivery_counts(self, platform: str | None = None, chat_id: str | None = None) -> DeliveryCounts:
        """How many deliveries are pending, sent and failed, overall or for one chat."""
        query = select(deliveries.c.status, func.count()).join(
            subscriptions, subscriptions.c.id == deliveries.c.subscription_id
        )
        if platform:
            query = query.where(subscriptions.c.platform == platform)
        if chat_id:
            query = query.where(subscriptions.c.chat_id == chat_id)
        with self._tx() as conn:
            counts = {status: int(n) for status, n in conn.execute(query.group_by(deliveries.c.status)).all()}
        return DeliveryCounts(
            pending=int(counts.get(PENDING, 0)), sent=int(counts.get(SENT, 0)), failed=int(counts.get(FAILED, 0))
        )

    def recent_failures(self, limit: int = 10, platform: str | None = None, chat_id: str | None = None) -> list[Delivery]:
        """The latest failed deliveries with their reasons."""
        query = (
            select(deliveries, subscriptions.c.platform, subscriptions.c.chat_id)
            .join(subscriptions, subscriptions.c.id == deliveries.c.subscription_id)
            .where(deliveries.c.status == FAILED)
            .order_by(deliveries.c.finished_at.desc(), deliveries.c.id.desc())
            .limit(limit)
        )
        if platform:
            query = query.where(subscriptions.c.platform == platform)
        if chat_id:
            query = query.where(subscriptions.c.chat_id == chat_id)
        with self._tx() as conn:
            rows = conn.execute(query).mappings().all()
        return [_delivery(row) for row in rows]

    def get_delivery(self, delivery_id: int) -> Delivery | None:
        """One delivery."""
        query = (
            select(deliveries, subscriptions.c.platform, subscriptions.c.chat_id)
            .join(subscriptions, subscriptions.c.id == deliveries.c.subscription_id)
            .where(deliveries.c.id == delivery_id)
        )
        with self._tx() as conn:
            row = conn.execute(query).mappings().first()
        return None if row is None else _delivery(row)

    def sent_remote_id(self, event_id: str, subscription_id: int) -> str | None:
        """The platform's id of the alert message already sent for an event to a chat (for updates)."""
        with self._tx() as conn:
            return conn.execute(
                select(deliveries.c.remote_id).where(
                    deliveries.c.event_id == event_id,
                    deliveries.c.subscription_id == subscription_id,
                    deliveries.c.kind == "alert",
                    deliveries.c.status == SENT,
                )
            ).scalar()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _topics_json(topics: Iterable[str]) -> str:
    return json.dumps(sorted(set(topics)))


def _subscription_query(platform: str, chat_id: str) -> Any:
    return select(subscriptions).where(subscriptions.c.platform == platform, subscriptions.c.chat_id == chat_id)


def _feed_state(row: RowMapping) -> FeedState:
    return FeedState(
        etag=row["etag"],
        last_modified=row["last_modified"],
        failures=row["failures"] or 0,
        last_error=row["last_error"],
        next_poll_at=utc(row["next_poll_at"]),
        last_ok_at=utc(row["last_ok_at"]),
        last_polled_at=utc(row["last_polled_at"]),
    )


def _stored_story(row: Mapping[Any, Any]) -> StoredStory:
    story = Story(
        id=row["id"],
        source=row["source"],
        source_key=row["source_key"],
        title=row["title"],
        summary=row["summary"] or "",
        body=row["body"] or "",
        url=row["url"],
        published=utc(row["published"]),
        lang=row["lang"],
    )
    first_seen = utc(row["first_seen"])
    assert first_seen is not None
    return StoredStory(story=story, first_seen=first_seen, event_id=row["event_id"])


def _event_values(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "topics": _topics_json(event.topics),
        "title": event.title,
        "first_story_id": event.first_story_id,
        "created_at": event.created_at,
        "updated_at": event.updated_at,
        "story_count": event.story_count,
        "source_count": event.source_count,
        "facts": json.dumps(event.facts.to_json(), ensure_ascii=False),
        "pushed": event.pushed,
    }


def _event(row: Mapping[Any, Any]) -> Event:
    created, updated = utc(row["created_at"]), utc(row["updated_at"])
    assert created is not None and updated is not None
    return Event(
        id=row["id"],
        topics=tuple(json.loads(row["topics"])),
        title=row["title"],
        first_story_id=row["first_story_id"],
        created_at=created,
        updated_at=updated,
        story_count=row["story_count"],
        source_count=row["source_count"],
        facts=Facts.from_json(json.loads(row["facts"] or "{}")),
        pushed=bool(row["pushed"]),
    )


def _subscription(row: RowMapping) -> Subscription:
    return Subscription(
        id=row["id"],
        platform=row["platform"],
        chat_id=row["chat_id"],
        topics=tuple(json.loads(row["topics"])),
        paused_reason=row["paused_reason"],
        created_at=utc(row["created_at"]),
    )


def _delivery(row: RowMapping) -> Delivery:
    when = utc(row["next_attempt_at"])
    assert when is not None
    return Delivery(
        id=row["id"],
        event_id=row["event_id"],
        subscription_id=row["subscription_id"],
        platform=row["platform"],
        chat_id=row["chat_id"],
        kind=row["kind"],
        status=row["status"],
        attempts=row["attempts"],
        next_attempt_at=when,
        last_error=row["last_error"],
        remote_id=row["remote_id"],
        seq=row["seq"],
    )


def retry_delay(attempts: int, base: float = 5.0, cap: float = 3600.0) -> timedelta:
    """Exponential backoff for the n-th failed attempt (1-based), capped."""
    return timedelta(seconds=min(cap, base * 2 ** max(0, attempts - 1)))
