"""End to end: a local HTTP feed server and a seed folder produce console alerts, each event once."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from bot.adapters.console import ConsoleAdapter
from bot.app import Service
from bot.commands import ChatContext, run_command
from bot.store import Store
from tests.conftest import make_settings
from tests.feedserver import FeedServer

BELARUS = (
    "Belarus frees 123 political prisoners after US lifts potash sanctions\n"
    "Maria Kolesnikova and Ales Bialiatski are among those released.\n"
    "Belarus released 123 political prisoners on Saturday after the United States lifted sanctions on potash.\n"
)
FILM = "Studio releases restored classic film\nThe festival opens next month.\n"


def rss(*items: tuple[str, str, str, datetime]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        f"<description>{summary}</description><pubDate>{format_datetime(when)}</pubDate></item>"
        for title, summary, link, when in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test wire</title>'
            f"<link>https://wire.example/</link><description>d</description>{body}</channel></rss>").encode()


async def run_cycle(tmp_path: Path, config: str = "") -> str:
    settings = make_settings(tmp_path, config)
    store = Store.open(settings.database_url)
    out = io.StringIO()
    try:
        await Service(settings, store, chat_adapters={}, console=ConsoleAdapter(out)).run_once()
    finally:
        store.close()
    return out.getvalue()


async def test_feeds_and_seeds_become_console_alerts_once(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    feed = rss(
        ("EU &lt;b&gt;expands&lt;/b&gt; sanctions on Russia&#8217;s shadow fleet",
         "&lt;p&gt;The EU Council imposed sanctions on 40 more tankers.&lt;/p&gt;",
         "https://wire.example/eu-sanctions?utm_source=rss", now - timedelta(hours=1)),
        ("Apple releases a new iPhone", "The phone ships next week.", "https://wire.example/iphone", now),
        ("Iran frees two French nationals in prisoner swap", "Cecile Kohler and Jacques Paris were released.",
         "https://wire.example/old-swap", now - timedelta(days=10)),
    )
    with FeedServer() as server:
        url = server.serve("/wire.xml", feed)
        config = f'[[feeds]]\nname = "Wire"\nurl = "{url}"\ninterval = 300\n'
        (tmp_path / "seeds").mkdir()
        (tmp_path / "seeds" / "belarus.txt").write_text(BELARUS, encoding="utf-8")
        (tmp_path / "seeds" / "film.txt").write_text(FILM, encoding="utf-8")

        first = await run_cycle(tmp_path, config)
        alerts = [line for line in first.splitlines() if line.startswith("[ALERT]")]
        assert sorted(alerts) == [
            "[ALERT] Belarus frees 123 political prisoners after US lifts potash sanctions",
            "[ALERT] EU expands sanctions on Russia\u2019s shadow fleet",
        ]
        assert "Link: https://wire.example/eu-sanctions?utm_source=rss" in first
        assert "iPhone" not in first and "restored classic film" not in first

        # The feed's next poll is not due yet and the seed files are unchanged: nothing new.
        assert await run_cycle(tmp_path, config) == ""

    # The old swap is stored and listed by /latest, but was never pushed.
    settings = make_settings(tmp_path, config)
    store = Store.open(settings.database_url)
    try:
        reply = run_command("/latest 10", ChatContext("console", "cli"), store, datetime.now(UTC))
    finally:
        store.close()
    assert {a.headline for a in reply.alerts} >= {"Iran frees two French nationals in prisoner swap"}
    assert "Iran frees" not in first


async def test_an_edited_seed_never_alerts_twice(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    path = seeds / "belarus.txt"
    path.write_text(BELARUS, encoding="utf-8")
    assert "[ALERT]" in await run_cycle(tmp_path)
    path.write_text(BELARUS + "Rights groups said 1,100 remain jailed.\n", encoding="utf-8")
    later = datetime.now().timestamp() + 5
    os.utime(path, (later, later))
    assert "[ALERT]" not in await run_cycle(tmp_path)


async def test_an_unreachable_feed_is_a_warning_and_the_seeds_still_alert(tmp_path: Path, caplog) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "belarus.txt").write_text(BELARUS, encoding="utf-8")
    config = '[[feeds]]\nname = "Dead feed"\nurl = "http://127.0.0.1:9/rss"\ninterval = 300\n'
    out = await run_cycle(tmp_path, config)
    assert "[ALERT] Belarus frees 123" in out
    assert any("Dead feed" in record.getMessage() and record.levelname == "WARNING" for record in caplog.records)
