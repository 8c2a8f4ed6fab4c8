from __future__ import annotations

import pytest

from bot.commands import ChatContext, parse_command, resolve_topics, run_command
from bot.errors import CommandError
from bot.models import Classification, Event, Facts, Story
from bot.store import Store
from tests.conftest import NOW

CHAT = ChatContext("telegram", "-100")


def add_event(store: Store, n: int, topic: str) -> None:
    s = Story(id=f"s{n}", source="Outlet", source_key=f"g{n}", title=f"Story {n} about {topic}",
              url=f"https://example.org/{n}", published=NOW)
    store.save_story(s, "h", NOW)
    store.save_classification(s.id, Classification(labels=(topic,), scores={topic: 0.9}, evidence={}), "v", NOW)
    store.create_event(Event(id=f"e{n}", topics=(topic,), title=s.title, first_story_id=s.id,
                             created_at=NOW.replace(minute=n), updated_at=NOW, facts=Facts()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/latest", ("latest", [])),
        ("/latest@news_alert_bot sanctions 5", ("latest", ["sanctions", "5"])),
        ("/LATEST  releases", ("latest", ["releases"])),
        ("subscribe prisoners sanctions", ("subscribe", ["prisoners", "sanctions"])),
        ("", ("help", [])),
    ],
)
def test_parse_command(text: str, expected: tuple[str, list[str]]) -> None:
    assert parse_command(text) == expected


@pytest.mark.parametrize(
    ("words", "topics"),
    [
        ([], ("prisoner_release", "sanctions")),
        (["all"], ("prisoner_release", "sanctions")),
        (["releases"], ("prisoner_release",)),
        (["Prisoners", "sanction"], ("prisoner_release", "sanctions")),
        (["prisoner_release", "releases"], ("prisoner_release",)),
    ],
)
def test_topic_aliases(words: list[str], topics: tuple[str, ...]) -> None:
    assert resolve_topics(words) == topics


def test_unknown_topics_name_the_word_and_the_choices() -> None:
    with pytest.raises(CommandError, match="Unknown topic \u201cweather\u201d. Topics: prisoner_release"):
        resolve_topics(["weather"])


@pytest.mark.parametrize(
    ("text", "reply_part", "error"),
    [
        ("/subscribe", "alerts about: prisoner_release, sanctions", False),
        ("/subscribe releases", "alerts about: prisoner_release.", False),
        ("/subscribe weather", "Unknown topic \u201cweather\u201d", True),
        ("/unsubscribe", "gets no alerts now", False),
        ("/topics", "prisoner_release (also: releases, prisoners)", False),
        ("/help", "/latest [topic] [n]", False),
        ("/start", "Commands:", False),
        ("/frobnicate", "Unknown command \u201c/frobnicate\u201d", True),
        ("/latest 0", "Ask for 1 to 20 events", True),
        ("/latest 99", "Ask for 1 to 20 events", True),
        ("/latest sanctions releases", "Usage: /latest [topic] [n]", True),
        ("/latest", "No events yet", False),
        ("/status", "This chat is not subscribed", False),
    ],
)
def test_command_replies(store: Store, text: str, reply_part: str, error: bool) -> None:
    reply = run_command(text, CHAT, store, NOW)
    assert reply_part in reply.text
    assert reply.error is error


def test_subscriptions_persist_and_status_reports_them(store: Store) -> None:
    run_command("/subscribe sanctions", CHAT, store, NOW)
    run_command("/subscribe releases", CHAT, store, NOW)
    reply = run_command("/unsubscribe sanctions", CHAT, store, NOW)
    assert reply.text == "Unsubscribed from sanctions. Still subscribed to: prisoner_release."
    status = run_command("/status", CHAT, store, NOW).text
    assert "Subscribed to: prisoner_release." in status
    assert "Alerts sent here: 0; waiting: 0; failed: 0." in status


def test_non_admins_cannot_change_subscriptions(store: Store) -> None:
    member = ChatContext("telegram", "-100", can_manage=False)
    reply = run_command("/subscribe", member, store, NOW)
    assert reply.error and "only this chat's administrators" in reply.text
    assert store.get_subscription("telegram", "-100") is None
    assert not run_command("/latest", member, store, NOW).error


def test_latest_lists_the_newest_events_by_topic_and_count(store: Store) -> None:
    add_event(store, 1, "sanctions")
    add_event(store, 2, "prisoner_release")
    add_event(store, 3, "sanctions")
    reply = run_command("/latest sanctions 1", CHAT, store, NOW)
    assert [a.event_id for a in reply.alerts] == ["e3"]
    reply = run_command("/latest", CHAT, store, NOW)
    assert [a.event_id for a in reply.alerts] == ["e3", "e2", "e1"]
    assert reply.text == "The 3 newest events:"
