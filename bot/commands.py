"""Chat commands written once for every platform: parse, validate, act on the store, return a Reply."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from .errors import CommandError
from .events import alert_for_event
from .models import PRISONER_RELEASE, SANCTIONS, TOPICS, Alert
from .store import Store

LATEST_DEFAULT = 5
LATEST_MAX = 20

TOPIC_ALIASES: dict[str, str] = {
    PRISONER_RELEASE: PRISONER_RELEASE,
    "prisoner-release": PRISONER_RELEASE,
    "prisoner_releases": PRISONER_RELEASE,
    "release": PRISONER_RELEASE,
    "releases": PRISONER_RELEASE,
    "prisoner": PRISONER_RELEASE,
    "prisoners": PRISONER_RELEASE,
    SANCTIONS: SANCTIONS,
    "sanction": SANCTIONS,
}

COMMAND_HELP: dict[str, str] = {
    "latest": "latest [topic] [n] - the newest events (default 5, at most 20)",
    "subscribe": "subscribe [topic ...] - get alerts here (no topic: every topic)",
    "unsubscribe": "unsubscribe [topic ...] - stop alerts here (no topic: every topic)",
    "topics": "topics - the topics you can follow",
    "status": "status - this chat's subscription and delivery status",
    "help": "help - this list",
}


@dataclass(frozen=True, slots=True)
class ChatContext:
    """Where a command came from and whether its sender may change this chat's subscriptions."""

    platform: str
    chat_id: str
    can_manage: bool = True
    command_prefix: str = "/"


@dataclass(frozen=True, slots=True)
class Reply:
    """A platform-neutral answer: plain-text lines, optionally a list of alerts."""

    text: str
    alerts: tuple[Alert, ...] = ()
    error: bool = False


def parse_command(text: str) -> tuple[str, list[str]]:
    """Split "/latest@bot sanctions 5" (or "latest sanctions 5") into ("latest", ["sanctions", "5"])."""
    words = text.strip().split()
    if not words:
        return "help", []
    head = words[0]
    if head.startswith("/"):
        head = head[1:]
    head = head.split("@", 1)[0].lower()
    return head, words[1:]


def resolve_topics(words: Sequence[str]) -> tuple[str, ...]:
    """Topic names from user words (aliases allowed); no words or "all" means every topic."""
    if not words or any(word.lower() == "all" for word in words):
        return TOPICS
    topics: list[str] = []
    for word in words:
        topic = TOPIC_ALIASES.get(word.lower().strip(","))
        if topic is None:
            raise CommandError(f"Unknown topic \u201c{word}\u201d. Topics: {_topic_list()}.")
        if topic not in topics:
            topics.append(topic)
    return tuple(topics)


def run_command(text: str, chat: ChatContext, store: Store, now: datetime) -> Reply:
    """Run one command and return the reply; bad input gets a reply that says how to fix it."""
    name, args = parse_command(text)
    if name == "start":
        name = "help"
    handler = HANDLERS.get(name)
    if handler is None:
        return Reply(
            text=f"Unknown command \u201c{chat.command_prefix}{name}\u201d.\n" + _help_text(chat), error=True
        )
    try:
        return handler(args, chat, store, now)
    except CommandError as exc:
        return Reply(text=str(exc), error=True)


def latest(args: list[str], chat: ChatContext, store: Store, now: datetime) -> Reply:
    """The newest events, optionally of one topic."""
    topic: str | None = None
    count = LATEST_DEFAULT
    for arg in args:
        if arg.isdigit():
            count = int(arg)
            if not 1 <= count <= LATEST_MAX:
                raise CommandError(f"Ask for 1 to {LATEST_MAX} events, for example {chat.command_prefix}latest 5.")
        elif topic is None:
            topic = resolve_topics([arg])[0] if arg.lower() != "all" else None
        else:
            raise CommandError(
                f"Usage: {chat.command_prefix}latest [topic] [n], for example {chat.command_prefix}latest sanctions 3."
            )
    found = store.latest_events(count, topic)
    alerts = tuple(alert for event in found if (alert := alert_for_event(store, event)) is not None)
    if not alerts:
        scope = f" about {topic}" if topic else ""
        return Reply(text=f"No events{scope} yet. New ones arrive as the feeds are polled.")
    scope = f" {topic}" if topic else ""
    return Reply(text=f"The {len(alerts)} newest{scope} event{'s' if len(alerts) != 1 else ''}:", alerts=alerts)


def subscribe(args: list[str], chat: ChatContext, store: Store, now: datetime) -> Reply:
    """Subscribe this chat to topics (every topic when none is named)."""
    _require_manager(chat)
    topics = resolve_topics(args)
    subscription = store.subscribe(chat.platform, chat.chat_id, topics, now)
    return Reply(
        text=f"Subscribed. This chat now gets alerts about: {', '.join(subscription.topics)}."
    )


def unsubscribe(args: list[str], chat: ChatContext, store: Store, now: datetime) -> Reply:
    """Unsubscribe this chat from topics (every topic when none is named)."""
    _require_manager(chat)
    topics = resolve_topics(args)
    subscription = store.unsubscribe(chat.platform, chat.chat_id, topics)
    if subscription is None or not subscription.topics:
        return Reply(text="Unsubscribed. This chat gets no alerts now.")
    return Reply(text=f"Unsubscribed from {', '.join(topics)}. Still subscribed to: {', '.join(subscription.topics)}.")


def topics(args: list[str], chat: ChatContext, store: Store, now: datetime) -> Reply:
    """The topics one can follow, with their aliases."""
    return Reply(
        text="Topics you can follow:\n"
        "prisoner_release (also: releases, prisoners) - political prisoners, detained foreigners, "
        "prisoners of war and hostages freed, swapped, pardoned or amnestied\n"
        "sanctions - sanctions imposed, expanded, extended, eased, lifted, threatened, enforced or evaded\n"
        f"Example: {chat.command_prefix}subscribe releases"
    )


def status(args: list[str], chat: ChatContext, store: Store, now: datetime) -> Reply:
    """This chat's subscription, its deliveries, and the latest failures with their reasons."""
    subscription = store.get_subscription(chat.platform, chat.chat_id)
    lines: list[str] = []
    if subscription is None or not subscription.topics:
        lines.append(f"This chat is not subscribed. Try {chat.command_prefix}subscribe.")
    else:
        lines.append(f"Subscribed to: {', '.join(subscription.topics)}.")
        if subscription.paused_reason:
            lines.append(
                f"Paused: {subscription.paused_reason}. {chat.command_prefix}subscribe again to resume."
            )
    counts = store.delivery_counts(chat.platform, chat.chat_id)
    lines.append(f"Alerts sent here: {counts.sent}; waiting: {counts.pending}; failed: {counts.failed}.")
    for failure in store.recent_failures(3, chat.platform, chat.chat_id):
        lines.append(f"Failed: event {failure.event_id}: {failure.last_error}")
    lines.append(f"Stories seen: {store.count_stories()}; events: {store.count_events()}.")
    return Reply(text="\n".join(lines))


def help(args: list[str], chat: ChatContext, store: Store, now: datetime) -> Reply:
    """What the bot does and its commands."""
    return Reply(text=_help_text(chat))


def _help_text(chat: ChatContext) -> str:
    lines = [
        "alertbot alerts you when political prisoners are freed and when sanctions change, "
        "with the facts and why each alert fired.",
        "Commands:",
    ]
    lines += [f"{chat.command_prefix}{line}" for line in COMMAND_HELP.values()]
    return "\n".join(lines)


def _require_manager(chat: ChatContext) -> None:
    if not chat.can_manage:
        raise CommandError("Sorry, only this chat's administrators can change its subscriptions.")


def _topic_list() -> str:
    return "prisoner_release (or releases, prisoners), sanctions"


HANDLERS: dict[str, Callable[[list[str], ChatContext, Store, datetime], Reply]] = {
    "latest": latest,
    "subscribe": subscribe,
    "unsubscribe": unsubscribe,
    "topics": topics,
    "status": status,
    "help": help,
}
