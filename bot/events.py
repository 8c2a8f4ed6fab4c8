"""Events: every flagged story belongs to one event; an event is alerted once and then updated.

Grouping itself (signatures, the index, the same-happening decision) is pure and lives in grouping.py;
this module ties it to the store. The index is rebuilt from the store when a Store is first used, from
the events updated within the window, so a restart groups the next story into the event it belongs to.

Updates (issue 6): when a later story changes something a reader cares about (a revised count, newly
named people, an official confirmation, a milestone in the number of sources), the event gets an update.
Each update is compared with what the previous message (alert or update) said, so a change held back by
the rate limit is announced with the next one instead of being lost.
"""

from __future__ import annotations

import logging
import re
import weakref
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from .formatting import build_alert
from .grouping import DEFAULT_WINDOW, EventIndex, StorySignature, story_signature
from .models import Alert, Classification, Event, Facts, Story
from .store import Store
from .text import stable_id

log = logging.getLogger(__name__)

# At most one update per event in this interval (counted from the alert or the previous update) ...
UPDATE_INTERVAL = timedelta(minutes=30)
# ... and at most this many updates per event.
MAX_UPDATES = 5
# Source counts worth telling readers about.
SOURCE_MILESTONES = (2, 5, 10, 20, 50, 100)

# Sources that speak for a government or an international body: their story confirms the event.
_OFFICIAL = re.compile(
    r"press release|\btreasury\b|state department|\bministry\b|council of the eu|white house|\bgovernment\b|"
    r"foreign office|\bofac\b|\bkremlin\b|\.gov\b|\bgov\.uk\b|europa\.eu|\bpresiden(?:t|cy)\b",
    re.IGNORECASE,
)
_OFFICIAL_HOST = re.compile(r"\.gov$|\.gov\.[a-z]{2}$|(?:^|\.)gov\.uk$|(?:^|\.)europa\.eu$|(?:^|\.)kremlin\.ru$")
_CONCRETE_ACTIONS = ("imposed", "expanded", "extended", "eased", "lifted", "enforced", "evaded")

_INDEXES: weakref.WeakKeyDictionary[Store, EventIndex] = weakref.WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class EventUpdate:
    """What materially changed in an event since its last message, and the state to remember."""

    changes: tuple[str, ...]
    state: dict[str, Any]

    @property
    def text(self) -> str:
        return "; ".join(self.changes)


@dataclass(frozen=True, slots=True)
class EventAssignment:
    """The event a story now belongs to, whether the story started it, and what changed if it joined."""

    event: Event
    is_new: bool
    update: EventUpdate | None = None


def assign_event(
    store: Store, story: Story, result: Classification, now: datetime, push: bool,
    window: timedelta = DEFAULT_WINDOW,
) -> EventAssignment:
    """Put a flagged story into the recent event reporting the same happening, or start a new event."""
    index = event_index(store, now, window)
    signature = signature_of(story, result, now)
    match = index.match(signature)
    event = store.get_event(match.event_id) if match else None
    if event is None:
        event = Event(
            id=stable_id("event", story.id),
            topics=result.labels,
            title=story.title,
            first_story_id=story.id,
            created_at=now,
            updated_at=now,
            story_count=1,
            source_count=1,
            facts=result.facts,
            pushed=push,
        )
        store.create_event(event)
        store.record_event_update(event.id, 0, _state(event, confirmed_by=_official(story)), "", now)
        index.add(event.id, signature)
        return EventAssignment(event=event, is_new=True)
    assert match is not None
    log.info("story %s joins event %s (%s)", story.id, event.id, ", ".join(match.verdict.reasons),
             extra={"story_id": story.id, "event_id": event.id, "source": story.source})
    event = store.attach_story(event.id, story.id, merge_facts(event.facts, result.facts), now)
    index.add(event.id, signature)
    return EventAssignment(event=event, is_new=False, update=material_change(store, event, story))


def refresh_event(
    store: Store, event_id: str, story: Story, result: Classification, now: datetime,
    window: timedelta = DEFAULT_WINDOW,
) -> EventAssignment | None:
    """A story already in an event was edited: merge its new facts into the event; never a second alert."""
    event = store.get_event(event_id)
    if event is None:
        return None
    event = store.attach_story(event.id, story.id, merge_facts(event.facts, result.facts), now)
    event_index(store, now, window).add(event.id, signature_of(story, result, now))
    return EventAssignment(event=event, is_new=False, update=material_change(store, event, story))


def claim_update(store: Store, event: Event, update: EventUpdate, now: datetime) -> int | None:
    """The seq of the update to send now, recorded in the store; None when the rate limit says wait."""
    history = store.event_updates(event.id)
    updates = [row for row in history if row.seq > 0]
    if len(updates) >= MAX_UPDATES:
        return None
    if history and now - history[-1].created_at < UPDATE_INTERVAL:
        return None
    seq = (history[-1].seq + 1) if history else 1
    if not store.record_event_update(event.id, seq, update.state, update.text, now):
        return None  # another worker recorded this update first
    return seq


def material_change(store: Store, event: Event, story: Story) -> EventUpdate | None:
    """What readers were not told yet: a revised count, new names, a confirmation, more sources."""
    history = store.event_updates(event.id)
    if history:
        told = history[-1].state
    else:  # an event from before updates were recorded: assume its first story's facts were told
        first = store.get_classification(event.first_story_id)
        told = _state(replace(event, facts=first.facts if first else Facts(), source_count=1), None)
    told_facts = Facts.from_json(told.get("facts"))
    facts = event.facts
    confirmed_by = told.get("confirmed_by") or _official(story)
    changes: list[str] = []
    # States recorded before schema 2 kept the story count, which was what "now N sources" told.
    told_count = int(told.get("source_count") or told.get("story_count") or 1)
    if any(told_count < m <= event.source_count for m in SOURCE_MILESTONES):
        changes.append(f"now {event.source_count} sources")
    if facts.released_count is not None and facts.released_count != told_facts.released_count:
        changes.append(
            f"count revised to {facts.released_count}" if told_facts.released_count is not None
            else f"{facts.released_count} freed"
        )
    named = [p for p in facts.people if p not in told_facts.people]
    if named:
        changes.append("newly named: " + ", ".join(named[:5]) + (f" and {len(named) - 5} more" if len(named) > 5 else ""))
    if facts.sanction_action != told_facts.sanction_action and facts.sanction_action in _CONCRETE_ACTIONS:
        changes.append(f"sanctions {facts.sanction_action}")
    if confirmed_by and not told.get("confirmed_by"):
        changes.append(f"confirmed by {confirmed_by}")
    if not changes:
        return None
    return EventUpdate(changes=tuple(changes), state=_state(event, confirmed_by))


def merge_facts(old: Facts, new: Facts) -> Facts:
    """An event's facts after one more story: union of countries and people, the newest plausible count."""
    count = old.released_count
    if new.released_count is not None and (
        count is None or count == 0 or 0.5 <= new.released_count / count <= 2.0
    ):
        # A revision ("at least 50", then 52) replaces the count; a number about something else
        # (the 2 Britons among 10 foreigners) does not.
        count = new.released_count
    action = old.sanction_action
    if new.sanction_action and (action is None or action == "threatened"):
        action = new.sanction_action
    return Facts(
        countries=tuple(dict.fromkeys((*old.countries, *new.countries))),
        released_count=count,
        people=tuple(dict.fromkeys((*old.people, *new.people))),
        sanction_action=action,
        authority=old.authority or new.authority,
        target=old.target or new.target,
    )


def alert_for_event(store: Store, event: Event, kind: str = "alert") -> Alert | None:
    """The alert for an event: its first story's headline, the newest facts, the source count; an update
    also says what changed."""
    stored = store.get_story(event.first_story_id)
    result = store.get_classification(event.first_story_id)
    if stored is None or result is None:
        return None
    alert = build_alert(event, stored.story, result, kind=kind)
    if kind == "update":
        history = store.event_updates(event.id)
        if history and history[-1].seq > 0:
            alert = replace(alert, changes=history[-1].changes)
    return alert


def event_index(store: Store, now: datetime, window: timedelta = DEFAULT_WINDOW) -> EventIndex:
    """The grouping index of this store, rebuilt on first use from the events updated within the window."""
    index = _INDEXES.get(store)
    if index is None:
        index = EventIndex(window=window)
        loaded = 0
        for event, stored, result in store.recent_event_stories(now - window):
            facts = result.facts if result else event.facts
            labels = result.labels if result and result.labels else event.topics
            index.add(event.id, signature_of(stored.story, Classification(labels, {}, {}, facts), stored.first_seen))
            loaded += 1
        log.info("event index rebuilt: %d stories of %d recent events", loaded, len(index))
        _INDEXES[store] = index
    return index


def signature_of(story: Story, result: Classification, now: datetime) -> StorySignature:
    """A story's grouping signature, timed by its publication (never later than `now`)."""
    when = min(story.published, now) if story.published else now
    return story_signature(story.id, story.title, story.summary, story.body, when, result.labels, result.facts,
                           story.url)


def _official(story: Story) -> str | None:
    """The source's name when it speaks for a government or international body."""
    host = urlsplit(story.url).hostname or "" if story.url else ""
    return story.source if _OFFICIAL.search(story.source) or _OFFICIAL_HOST.search(host) else None


def _state(event: Event, confirmed_by: str | None) -> dict[str, Any]:
    return {"facts": event.facts.to_json(), "source_count": event.source_count, "confirmed_by": confirmed_by}
