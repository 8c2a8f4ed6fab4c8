"""Render alerts and command replies for each platform: plain text, Telegram HTML, Slack Block Kit."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from .models import PRISONER_RELEASE, SANCTIONS, Alert, Classification, Event, Facts, Story
from .text import one_line, shorten, summarize

TELEGRAM_TEXT_LIMIT = 4096
# The limit counts visible characters in UTF-16 units after entity parsing; keep a margin.
TELEGRAM_SAFE_LIMIT = 4000
SLACK_HEADER_LIMIT = 150
SLACK_SECTION_LIMIT = 3000
SLACK_CONTEXT_LIMIT = 2000
SLACK_BLOCK_LIMIT = 50
SLACK_FALLBACK_LIMIT = 3000
HEADLINE_LIMIT = 300

TOPIC_NAMES = {PRISONER_RELEASE: "prisoner release", SANCTIONS: "sanctions"}


@dataclass(frozen=True, slots=True)
class SlackMessage:
    """A Slack message: the notification fallback text and the blocks."""

    text: str
    blocks: list[dict[str, Any]]


def build_alert(event: Event, story: Story, result: Classification, kind: str = "alert") -> Alert:
    """The platform-neutral alert for an event, from its representative story and classification."""
    summary_source = story.summary or story.body
    if story.summary and len(story.summary) < 80 and story.body:
        summary_source = f"{story.summary}\n{story.body}"
    return Alert(
        event_id=event.id,
        headline=shorten(one_line(story.title), HEADLINE_LIMIT) or "(untitled story)",
        summary=summarize(summary_source),
        topics=event.topics,
        facts=event.facts if event.facts != Facts() else result.facts,
        source=story.source,
        url=story.url,
        why=why_flagged(result),
        published=story.published,
        source_count=event.source_count,
        kind=kind,
    )


def why_flagged(result: Classification) -> str:
    """One line naming each flagged topic, its score and the phrases that decided."""
    parts = []
    for topic in result.labels:
        phrases = ", ".join(f"\u201c{one_line(p)}\u201d" for p in result.evidence.get(topic, ())[:3])
        parts.append(f"{topic} {result.scores.get(topic, 0.0):.2f}" + (f": {phrases}" if phrases else ""))
    return "; ".join(parts)


def facts_line(facts: Facts) -> str:
    """The key facts as one short line, empty when there are none."""
    parts: list[str] = []
    if facts.countries:
        parts.append(", ".join(facts.countries))
    if facts.released_count is not None:
        parts.append(f"{facts.released_count} freed")
    if facts.people:
        people = list(facts.people[:5])
        more = len(facts.people) - len(people)
        parts.append(", ".join(people) + (f" and {more} more" if more > 0 else ""))
    if facts.sanction_action:
        sanction = f"sanctions {facts.sanction_action}"
        if facts.authority:
            sanction += f" by {facts.authority}"
        if facts.target:
            sanction += f" on {facts.target}"
        parts.append(sanction)
    return " \u00b7 ".join(parts)


def topics_line(topics: Sequence[str]) -> str:
    """Topic names for humans."""
    return ", ".join(TOPIC_NAMES.get(topic, topic) for topic in topics)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else ""


def _source_line(alert: Alert) -> str:
    parts = [alert.source]
    if alert.source_count > 1:
        parts.append(f"{alert.source_count} sources")
    if alert.published:
        parts.append(_when(alert.published))
    return " \u00b7 ".join(parts)


# -- console ------------------------------------------------------------------------------------


def format_console(alert: Alert) -> str:
    """The alert as plain text for a terminal."""
    label = "UPDATE" if alert.kind == "update" else "ALERT"
    lines = [f"[{label}] {alert.headline}"]
    if alert.changes:
        lines.append(f"What changed: {alert.changes}")
    if alert.summary:
        lines.append(alert.summary)
    facts = facts_line(alert.facts)
    if facts:
        lines.append(f"Facts: {facts}")
    lines.append(f"Topics: {topics_line(alert.topics)}")
    if alert.why:
        lines.append(f"Why flagged: {alert.why}")
    lines.append(f"Source: {_source_line(alert)}")
    if alert.url:
        lines.append(f"Link: {alert.url}")
    return "\n".join(lines)


# -- Telegram -----------------------------------------------------------------------------------


def escape_telegram(text: str) -> str:
    """Escape text for Telegram's HTML parse mode (`&`, `<`, `>` and quotes)."""
    return html.escape(text, quote=True)


def telegram_visible_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units of the text a reader sees."""
    return len(text.encode("utf-16-le")) // 2


def format_telegram(alert: Alert, limit: int = TELEGRAM_SAFE_LIMIT) -> str:
    """The alert as Telegram HTML, at most `limit` visible characters; only the summary is shortened."""
    summary = alert.summary
    while True:
        markup, visible = _telegram_parts(alert, summary)
        excess = telegram_visible_length(visible) - limit
        if excess <= 0:
            return markup
        if not summary:
            # Even without a summary the fixed parts overflow: shorten the "why" line as the last resort.
            alert = _replace_why(alert, shorten(alert.why, max(20, len(alert.why) - excess - 1)))
            continue
        summary = shorten(summary, max(0, len(summary) - excess - 1)) if len(summary) > excess + 1 else ""


def _replace_why(alert: Alert, why: str) -> Alert:
    return replace(alert, why=why, headline=shorten(alert.headline, 200))


def _telegram_parts(alert: Alert, summary: str) -> tuple[str, str]:
    """The message markup and the visible text it renders to."""
    markup: list[str] = []
    visible: list[str] = []

    def add(html_text: str, plain: str) -> None:
        markup.append(html_text)
        visible.append(plain)

    prefix = "Update: " if alert.kind == "update" else ""
    headline = escape_telegram(prefix + alert.headline)
    if alert.url:
        add(f'<b><a href="{escape_telegram(alert.url)}">{headline}</a></b>', prefix + alert.headline)
    else:
        add(f"<b>{headline}</b>", prefix + alert.headline)
    if alert.changes:
        add(f"<i>What changed: {escape_telegram(alert.changes)}</i>", f"What changed: {alert.changes}")
    if summary:
        add(escape_telegram(summary), summary)
    facts = facts_line(alert.facts)
    if facts:
        add(f"<b>Facts:</b> {escape_telegram(facts)}", f"Facts: {facts}")
    topics = " ".join(f"#{topic}" for topic in alert.topics)
    add(f"<b>Topics:</b> {escape_telegram(topics)}", f"Topics: {topics}")
    if alert.why:
        add(f"<i>Why flagged: {escape_telegram(alert.why)}</i>", f"Why flagged: {alert.why}")
    source = _source_line(alert)
    add(f"Source: {escape_telegram(source)}", f"Source: {source}")
    return "\n".join(markup[:1] + [""] + markup[1:]) if summary else "\n".join(markup), "\n".join(visible)


def plain_telegram(alert: Alert, limit: int = TELEGRAM_SAFE_LIMIT) -> str:
    """The alert as plain text for Telegram, used when HTML is refused."""
    text = format_console(alert)
    return text if telegram_visible_length(text) <= limit else shorten(text, limit)


# -- Slack --------------------------------------------------------------------------------------


def escape_slack(text: str) -> str:
    """Escape text for Slack mrkdwn: only `&`, `<` and `>` are control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _slack_link_text(text: str) -> str:
    return escape_slack(text).replace("|", "\u2223")


def format_slack(alert: Alert) -> SlackMessage:
    """The alert as Block Kit: header, summary, facts, context, a button to the story, and fallback text."""
    prefix = "Update: " if alert.kind == "update" else ""
    header = shorten(prefix + alert.headline, SLACK_HEADER_LIMIT)
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": header, "emoji": False}}
    ]
    if alert.changes:
        blocks.append(_mrkdwn_section(f"*What changed:* {escape_slack(alert.changes)}"))
    if alert.summary:
        blocks.append(_mrkdwn_section(escape_slack(alert.summary)))
    facts = facts_line(alert.facts)
    if facts:
        blocks.append(_mrkdwn_section(f"*Facts:* {escape_slack(facts)}"))
    context = [f"*Source:* {escape_slack(_source_line(alert))}", f"*Topics:* {escape_slack(topics_line(alert.topics))}"]
    if alert.why:
        context.append(f"*Why flagged:* {escape_slack(alert.why)}")
    blocks.append(
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": shorten(element, SLACK_CONTEXT_LIMIT)} for element in context[:10]
            ],
        }
    )
    if alert.url and alert.url.startswith(("http://", "https://")) and len(alert.url) <= 3000:
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "Read the story"},
                        "url": alert.url,
                        "action_id": "open_story",
                    }
                ],
            }
        )
    fallback = f"{prefix}{alert.headline} ({topics_line(alert.topics)}) {alert.url or ''}".strip()
    return SlackMessage(text=shorten(escape_slack(fallback), SLACK_FALLBACK_LIMIT), blocks=blocks[:SLACK_BLOCK_LIMIT])


def _mrkdwn_section(text: str) -> dict[str, Any]:
    if len(text) > SLACK_SECTION_LIMIT:
        # Shortening may cut an escape such as "&amp;"; drop a dangling partial entity.
        text = shorten(text, SLACK_SECTION_LIMIT)
        amp = text.rfind("&", max(0, len(text) - 6))
        if amp != -1 and ";" not in text[amp:]:
            text = text[:amp].rstrip() + "\u2026"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def slack_link(url: str, label: str) -> str:
    """A mrkdwn link with its label escaped."""
    return f"<{url.replace('|', '%7C').replace('>', '%3E')}|{_slack_link_text(label)}>"


# -- command replies ----------------------------------------------------------------------------


def _event_line_parts(alert: Alert) -> tuple[str, str]:
    """The headline and the details of one /latest line."""
    details = [topics_line(alert.topics)]
    if alert.source_count > 1:
        details.append(f"{alert.source_count} sources")
    else:
        details.append(alert.source)
    if alert.published:
        details.append(alert.published.strftime("%Y-%m-%d"))
    facts = facts_line(alert.facts)
    if facts:
        details.append(facts)
    return alert.headline, " \u00b7 ".join(details)


def format_reply_console(reply: Any) -> str:
    """A command reply as plain text."""
    lines = [reply.text]
    for alert in reply.alerts:
        headline, details = _event_line_parts(alert)
        lines.append(f"- {headline}\n  {details}" + (f"\n  {alert.url}" if alert.url else ""))
    return "\n".join(lines)


def format_reply_telegram(reply: Any) -> str:
    """A command reply as Telegram HTML, within the message limit."""
    lines = [escape_telegram(reply.text)]
    for alert in reply.alerts:
        headline, details = _event_line_parts(alert)
        title = escape_telegram(headline)
        if alert.url:
            title = f'<a href="{escape_telegram(alert.url)}">{title}</a>'
        lines.append(f"\u2022 <b>{title}</b>\n  <i>{escape_telegram(details)}</i>")
    text = "\n".join(lines)
    while telegram_visible_length(text) > TELEGRAM_SAFE_LIMIT and len(lines) > 1:
        lines.pop()
        text = "\n".join(lines + ["\u2026"])
    return text


def format_reply_slack(reply: Any) -> SlackMessage:
    """A command reply as Block Kit sections."""
    blocks: list[dict[str, Any]] = [_mrkdwn_section(escape_slack(reply.text))]
    for alert in reply.alerts[: SLACK_BLOCK_LIMIT - 1]:
        headline, details = _event_line_parts(alert)
        title = slack_link(alert.url, headline) if alert.url else escape_slack(headline)
        blocks.append(_mrkdwn_section(f"*{title}*\n{escape_slack(details)}"))
    return SlackMessage(text=shorten(escape_slack(format_reply_console(reply)), SLACK_FALLBACK_LIMIT), blocks=blocks)
