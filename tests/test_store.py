from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from bot.models import Classification, Event, Facts, FeedState, Story
from bot.store import Store
from tests.conftest import NOW


def story(n: int = 1, **changes: object) -> Story:
    fields: dict[str, object] = dict(
        id=f"s{n}", source="feed", source_key=f"guid-{n}", title=f"Title {n}", summary="Sum", body="Body",
        url=f"https://example.org/{n}", published=NOW, lang="en",
    )
    fields.update(changes)
    return Story(**fields)  # type: ignore[arg-type]


def event_for(s: Story, topics: tuple[str, ...] = ("sanctions",)) -> Event:
    return Event(id=f"e-{s.id}", topics=topics, title=s.title, first_story_id=s.id, created_at=NOW, updated_at=NOW,
                 facts=Facts(countries=("Belarus",), released_count=3))


def test_story_round_trip_and_change_detection(store: Store) -> None:
    first = store.save_story(story(), "h1", NOW)
    assert (first.is_new, first.changed) == (True, True)
    assert store.save_story(story(), "h1", NOW) .changed is False
    same_guid_new_id = store.save_story(story(id="other"), "h2", NOW)
    assert (same_guid_new_id.story_id, same_guid_new_id.is_new, same_guid_new_id.changed) == ("s1", False, True)
    stored = store.get_story("s1")
    assert stored is not None and stored.story == story() and stored.first_seen == NOW


def test_classification_round_trip(store: Store) -> None:
    store.save_story(story(), "h", NOW)
    result = Classification(labels=("sanctions",), scores={"sanctions": 0.9, "prisoner_release": 0.1},
                            evidence={"sanctions": ("imposed sanctions",)},
                            facts=Facts(countries=("Iran",), sanction_action="imposed", authority="United States"))
    store.save_classification("s1", result, "v1", NOW)
    assert store.get_classification("s1") == result


def test_event_round_trip_and_latest(store: Store) -> None:
    for n in (1, 2):
        s = story(n)
        store.save_story(s, "h", NOW)
        store.create_event(event_for(s, ("sanctions",) if n == 1 else ("prisoner_release",)))
    assert store.get_event("e-s1") == event_for(story(1))
    assert [e.id for e in store.latest_events(5, "prisoner_release")] == ["e-s2"]
    assert {e.id for e in store.latest_events(5)} == {"e-s1", "e-s2"}
    assert store.get_story("s1").event_id == "e-s1"  # type: ignore[union-attr]


def test_subscriptions_merge_topics_unsubscribe_and_pause(store: Store) -> None:
    store.subscribe("telegram", "-100", ["sanctions"], NOW)
    sub = store.subscribe("telegram", "-100", ["prisoner_release"], NOW)
    assert sub.topics == ("prisoner_release", "sanctions")
    store.pause_subscription(sub.id, "Forbidden: bot was kicked", NOW)
    assert store.get_subscription("telegram", "-100").paused_reason == "Forbidden: bot was kicked"  # type: ignore[union-attr]
    assert store.subscribe("telegram", "-100", [], NOW).paused_reason is None
    left = store.unsubscribe("telegram", "-100", ["sanctions"])
    assert left is not None and left.topics == ("prisoner_release",)


def test_fan_out_is_idempotent_across_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    first = Store.open(url)
    s = story()
    first.save_story(s, "h", NOW)
    first.create_event(event_for(s))
    first.subscribe("console", "stdout", ["sanctions"], NOW)
    first.subscribe("telegram", "1", ["prisoner_release"], NOW)
    assert first.fan_out("e-s1", ("sanctions",), ["console", "telegram"], NOW) == 1
    first.close()
    second = Store.open(url)
    assert second.fan_out("e-s1", ("sanctions",), ["console", "telegram"], NOW) == 0
    (due,) = second.due_deliveries(["console"], NOW)
    assert (due.chat_id, due.status, due.kind) == ("stdout", "pending", "alert")
    second.close()


def test_delivery_outcomes_and_counts(store: Store) -> None:
    s = story()
    store.save_story(s, "h", NOW)
    store.create_event(event_for(s))
    sub = store.subscribe("slack", "C1", ["sanctions"], NOW)
    store.fan_out("e-s1", ("sanctions",), ["slack"], NOW)
    (due,) = store.due_deliveries(["slack"], NOW)
    store.defer_chat("slack", "C1", NOW + timedelta(seconds=30))
    assert store.due_deliveries(["slack"], NOW) == []
    assert store.next_due_at(["slack"]) == NOW + timedelta(seconds=30)
    store.mark_retry(due.id, NOW + timedelta(seconds=60), "HTTP 503")
    store.mark_sent(due.id, "123.456", NOW)
    assert store.sent_remote_id("e-s1", sub.id) == "123.456"
    counts = store.delivery_counts("slack", "C1")
    assert (counts.sent, counts.pending, counts.failed) == (1, 0, 0)
    got = store.get_delivery(due.id)
    assert got is not None and got.attempts == 2 and got.last_error is None


def test_pausing_fails_pending_deliveries_with_the_reason(store: Store) -> None:
    s = story()
    store.save_story(s, "h", NOW)
    store.create_event(event_for(s))
    sub = store.subscribe("telegram", "42", ["sanctions"], NOW)
    store.fan_out("e-s1", ("sanctions",), ["telegram"], NOW)
    assert store.pause_subscription(sub.id, "Forbidden: bot was blocked by the user", NOW) == 1
    (failure,) = store.recent_failures()
    assert failure.last_error == "chat paused: Forbidden: bot was blocked by the user"
    assert store.fan_out("e-s1", ("sanctions",), ["telegram"], NOW, seq=1) == 0


def test_moving_a_subscription_keeps_pending_deliveries(store: Store) -> None:
    s = story()
    store.save_story(s, "h", NOW)
    store.create_event(event_for(s))
    store.subscribe("telegram", "-1", ["sanctions"], NOW)
    store.fan_out("e-s1", ("sanctions",), ["telegram"], NOW)
    moved = store.move_subscription("telegram", "-1", "-1001")
    assert moved is not None and moved.chat_id == "-1001"
    (due,) = store.due_deliveries(["telegram"], NOW)
    assert due.chat_id == "-1001"
    assert store.get_subscription("telegram", "-1") is None


def test_feed_state_round_trip(store: Store) -> None:
    state = FeedState(etag='"abc"', last_modified="Wed, 21 Oct 2015 07:28:00 GMT", failures=2, last_error="HTTP 503",
                      next_poll_at=NOW, last_ok_at=NOW - timedelta(hours=1), last_polled_at=NOW)
    store.save_source("A", "feed", "https://a.example", state)
    assert store.feed_states()["A"] == state
    store.save_source("A", "feed", "https://a.example", FeedState())
    assert store.feed_states()["A"] == FeedState()
    assert [row.name for row in store.list_sources()] == ["A"]


def three_stories_from_two_outlets(store: Store) -> Event:
    """Event e-s1: stories s1 and s2 from Outlet A, s3 from Outlet B."""
    first = story(1, source="Outlet A")
    store.save_story(first, "h", NOW)
    store.create_event(event_for(first))
    for n, source in ((2, "Outlet A"), (3, "Outlet B")):
        store.save_story(story(n, source=source), "h", NOW)
        attached = store.attach_story("e-s1", f"s{n}", Facts(), NOW)
    return attached


def test_an_event_counts_distinct_sources_and_stories(store: Store) -> None:
    attached = three_stories_from_two_outlets(store)
    assert (attached.story_count, attached.source_count) == (3, 2)
    assert store.get_event("e-s1") == attached


def test_a_schema_1_database_gains_source_counts_on_start(store: Store) -> None:
    from sqlalchemy import text, update

    from bot.store import meta

    three_stories_from_two_outlets(store)
    with store.engine.begin() as conn:  # the database as alertbot with schema 1 left it
        conn.execute(text("ALTER TABLE events DROP COLUMN source_count"))
        conn.execute(update(meta).where(meta.c.key == "schema_version").values(value="1"))
    url = store.engine.url
    store.close()
    reopened = Store.open(url.render_as_string(hide_password=False))
    try:
        event = reopened.get_event("e-s1")
        assert event is not None and (event.story_count, event.source_count) == (3, 2)
        with reopened.engine.begin() as conn:
            assert conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar() == "2"
    finally:
        reopened.close()
