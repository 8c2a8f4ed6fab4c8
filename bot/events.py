"""Events: every flagged story belongs to one event, and an event is alerted once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .formatting import build_alert
from .models import Alert, Classification, Event, Story
from .store import Store
from .text import stable_id


@dataclass(frozen=True, slots=True)
class EventAssignment:
    """The event a story now belongs to, and whether the story started it."""

    event: Event
    is_new: bool


def assign_event(store: Store, story: Story, result: Classification, now: datetime, push: bool) -> EventAssignment:
    """Put a flagged story into an event: a new one for now (cross-outlet grouping comes later)."""
    event = Event(
        id=stable_id("event", story.id),
        topics=result.labels,
        title=story.title,
        first_story_id=story.id,
        created_at=now,
        updated_at=now,
        story_count=1,
        facts=result.facts,
        pushed=push,
    )
    store.create_event(event)
    return EventAssignment(event=event, is_new=True)


def alert_for_event(store: Store, event: Event, kind: str = "alert") -> Alert | None:
    """The alert for an event, built from its first story and that story's classification."""
    stored = store.get_story(event.first_story_id)
    result = store.get_classification(event.first_story_id)
    if stored is None or result is None:
        return None
    return build_alert(event, stored.story, result, kind=kind)
