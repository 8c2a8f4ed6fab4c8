"""The nouns of the pipeline: Story, Facts, Classification, Event, Subscription, Delivery, Alert."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

PRISONER_RELEASE = "prisoner_release"
SANCTIONS = "sanctions"
TOPICS: tuple[str, ...] = (PRISONER_RELEASE, SANCTIONS)

SANCTION_ACTIONS: tuple[str, ...] = (
    "imposed",
    "expanded",
    "extended",
    "eased",
    "lifted",
    "threatened",
    "enforced",
    "evaded",
)


@dataclass(frozen=True, slots=True)
class Story:
    """One article from a feed or a seed file, normalised to plain text."""

    id: str
    source: str
    source_key: str
    title: str
    summary: str = ""
    body: str = ""
    url: str | None = None
    published: datetime | None = None
    lang: str | None = None

    @property
    def text(self) -> str:
        return "\n".join(part for part in (self.title, self.summary, self.body) if part)


@dataclass(frozen=True, slots=True)
class Facts:
    """What an alert needs to say: who, where, how many, which sanctions did what."""

    countries: tuple[str, ...] = ()
    released_count: int | None = None
    people: tuple[str, ...] = ()
    sanction_action: str | None = None
    authority: str | None = None
    target: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "countries": list(self.countries),
            "released_count": self.released_count,
            "people": list(self.people),
            "sanction_action": self.sanction_action,
            "authority": self.authority,
            "target": self.target,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Facts:
        data = data or {}
        return cls(
            countries=tuple(data.get("countries") or ()),
            released_count=data.get("released_count"),
            people=tuple(data.get("people") or ()),
            sanction_action=data.get("sanction_action"),
            authority=data.get("authority"),
            target=data.get("target"),
        )


@dataclass(frozen=True, slots=True)
class Classification:
    """The classifier's verdict: labels over threshold, a score and evidence per topic, and facts."""

    labels: tuple[str, ...]
    scores: dict[str, float]
    evidence: dict[str, tuple[str, ...]]
    facts: Facts = field(default_factory=Facts)

    def to_json(self) -> dict[str, Any]:
        return {
            "labels": list(self.labels),
            "scores": dict(self.scores),
            "facts": self.facts.to_json(),
            "evidence": {topic: list(phrases) for topic, phrases in self.evidence.items()},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Classification:
        return cls(
            labels=tuple(data.get("labels") or ()),
            scores={k: float(v) for k, v in (data.get("scores") or {}).items()},
            evidence={k: tuple(v) for k, v in (data.get("evidence") or {}).items()},
            facts=Facts.from_json(data.get("facts")),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """One happening reported by one or more stories; alerted once."""

    id: str
    topics: tuple[str, ...]
    title: str
    first_story_id: str
    created_at: datetime
    updated_at: datetime
    story_count: int = 1
    source_count: int = 1  # distinct sources among the stories: an outlet's second story is not a second source
    facts: Facts = field(default_factory=Facts)
    pushed: bool = True


@dataclass(frozen=True, slots=True)
class Subscription:
    """A chat that wants alerts for some topics on one platform."""

    id: int
    platform: str
    chat_id: str
    topics: tuple[str, ...]
    paused_reason: str | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message owed to one chat: an event's alert or an update to it."""

    id: int
    event_id: str
    subscription_id: int
    platform: str
    chat_id: str
    kind: str
    status: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None = None
    remote_id: str | None = None
    seq: int = 0


@dataclass(frozen=True, slots=True)
class Alert:
    """A platform-neutral alert, rendered by formatting.py for each platform."""

    event_id: str
    headline: str
    summary: str
    topics: tuple[str, ...]
    facts: Facts
    source: str
    url: str | None
    why: str
    published: datetime | None = None
    source_count: int = 1
    kind: str = "alert"
    changes: str = ""  # for an update: what changed since the last message, e.g. "now 4 sources; count revised to 130"


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """One `[[feeds]]` table of the configuration."""

    name: str
    url: str
    interval: int = 600


@dataclass(frozen=True, slots=True)
class FeedState:
    """What alertbot remembers of a feed between polls (persisted in the store)."""

    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_error: str | None = None
    next_poll_at: datetime | None = None
    last_ok_at: datetime | None = None
    last_polled_at: datetime | None = None
