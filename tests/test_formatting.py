from __future__ import annotations

import html
import re
from datetime import UTC, datetime

from bot.commands import Reply
from bot.formatting import (
    SLACK_HEADER_LIMIT,
    SLACK_SECTION_LIMIT,
    TELEGRAM_SAFE_LIMIT,
    format_console,
    format_reply_slack,
    format_reply_telegram,
    format_slack,
    format_telegram,
    telegram_visible_length,
)
from bot.models import Alert, Facts

NASTY = '<script>alert("x")</script> & "quotes" <b>bold</b> &amp;'


def alert(**changes: object) -> Alert:
    fields: dict[str, object] = dict(
        event_id="e1", headline="Belarus frees 123 political prisoners", summary="Minsk released them on Saturday.",
        topics=("prisoner_release", "sanctions"),
        facts=Facts(countries=("Belarus", "United States"), released_count=123, people=("Maria Kolesnikova",),
                    sanction_action="lifted", authority="United States", target="potash"),
        source="Example News", url="https://example.org/a?x=1&y=2", why="prisoner_release 0.95: \u201cfrees 123\u201d",
        published=datetime(2025, 12, 13, 9, 30, tzinfo=UTC),
    )
    fields.update(changes)
    return Alert(**fields)  # type: ignore[arg-type]


TELEGRAM_TAGS = re.compile(r"</?(b|i|a)( href=\"[^\"]*\")?>")


def telegram_visible(markup: str) -> str:
    """What Telegram shows: the allowed tags removed, the four named entities and numeric ones decoded."""
    stripped = TELEGRAM_TAGS.sub("", markup)
    assert "<" not in stripped and ">" not in stripped, stripped
    assert not re.search(r"&(?!lt;|gt;|amp;|quot;|#\d+;|#x[0-9a-fA-F]+;)", stripped), stripped
    return html.unescape(stripped)


def test_console_alert_has_every_part() -> None:
    text = format_console(alert())
    assert text.splitlines()[0] == "[ALERT] Belarus frees 123 political prisoners"
    assert "Facts: Belarus, United States \u00b7 123 freed \u00b7 Maria Kolesnikova \u00b7 sanctions lifted by United States on potash" in text
    assert "Topics: prisoner release, sanctions" in text
    assert "Why flagged: prisoner_release 0.95" in text
    assert "Source: Example News \u00b7 2025-12-13 09:30 UTC" in text


def test_hostile_text_is_escaped_on_all_three_platforms() -> None:
    hostile = alert(headline=NASTY, summary=NASTY, source=NASTY, why=NASTY, url='https://e.org/?a=1&b="2"')
    assert NASTY in format_console(hostile)

    markup = format_telegram(hostile)
    assert "<script>" not in markup
    assert telegram_visible(markup).count(NASTY) == 4
    assert '<a href="https://e.org/?a=1&amp;b=&quot;2&quot;">' in markup

    message = format_slack(hostile)
    mrkdwn = [message.text] + [str(block) for block in message.blocks[1:]]
    assert all("<script>" not in t for t in mrkdwn)
    assert message.blocks[0]["text"]["text"] == NASTY  # plain_text header: shown as is, never parsed
    assert "&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; \"quotes\" &lt;b&gt;bold&lt;/b&gt; &amp;amp;" in message.blocks[1]["text"]["text"]


def test_telegram_alert_stays_within_the_limit_and_keeps_its_tags_whole() -> None:
    long = alert(summary=("Sentence with <angle> & ampersand. " * 400).strip())
    markup = format_telegram(long)
    visible = telegram_visible(markup)
    assert telegram_visible_length(visible) <= TELEGRAM_SAFE_LIMIT
    assert markup.count("<b>") == markup.count("</b>")
    assert visible.startswith("Belarus frees 123 political prisoners")
    assert "Why flagged" in visible and "Source: Example News" in visible


def test_telegram_limit_counts_utf16_units() -> None:
    emoji = alert(summary="\U0001F600" * 3000)
    assert telegram_visible_length(telegram_visible(format_telegram(emoji))) <= TELEGRAM_SAFE_LIMIT


def test_slack_blocks_respect_limits_and_have_a_button_and_fallback() -> None:
    message = format_slack(alert(headline="H" * 400, summary="word " * 1000))
    header, summary, facts, context, actions = message.blocks
    assert header["type"] == "header" and len(header["text"]["text"]) <= SLACK_HEADER_LIMIT
    assert len(summary["text"]["text"]) <= SLACK_SECTION_LIMIT
    assert facts["text"]["text"].startswith("*Facts:*")
    assert context["type"] == "context" and len(context["elements"]) <= 10
    assert actions["elements"][0]["url"] == "https://example.org/a?x=1&y=2"
    assert message.text.startswith("H")


def test_slack_section_shortening_never_leaves_half_an_entity() -> None:
    message = format_slack(alert(summary="a" * 2996 + "&&&&&&&"))
    text = message.blocks[1]["text"]["text"]
    assert len(text) <= SLACK_SECTION_LIMIT
    assert not re.search(r"&(?!amp;|lt;|gt;)", text)


def test_replies_render_lists_of_events() -> None:
    reply = Reply(text="The 1 newest event:", alerts=(alert(headline="A <b> & c"),))
    markup = format_reply_telegram(reply)
    assert '<a href="https://example.org/a?x=1&amp;y=2">A &lt;b&gt; &amp; c</a>' in markup
    slack = format_reply_slack(reply)
    assert "<https://example.org/a?x=1&y=2|A &lt;b&gt; &amp; c>" in slack.blocks[1]["text"]["text"]
