"""Benchmark one event fanned out to many Telegram chats through the outbox, the adapter and the fake Bot API.

    /work/venv/bin/python bench/telegram_fanout.py                  # 2,000 chats, Telegram's limits x10
    /work/venv/bin/python bench/telegram_fanout.py --scale 1        # Telegram's real limits (30 msg/s)
    /work/venv/bin/python bench/telegram_fanout.py --chats 500 --groups 0.2

Set-up, and why it is fair:
- The fake Bot API (tests/fake_telegram.py) runs in its OWN process, so its CPU never counts against
  the client being measured. It enforces flood control like Telegram's guidance (30 msg/s overall,
  1 msg/s per chat, 20 msg/min per group) times --scale, and answers 429 when a limit is exceeded.
- The client is alertbot as it runs: a SQLite store with one subscription per chat, the pipeline
  turning one seed story into an event and its deliveries, the outbox, and the real
  python-telegram-bot client in TelegramAdapter, paced by bot/pacing.py at the same scaled limits.
- "Delivered per second" is messages Telegram accepted divided by the outbox's wall time (from the
  first send to the last delivery recorded as sent in the database). The allowed rate is the fake's
  overall limit. Targets (issue 4): >= 90 % of the allowed rate, 0 answers 429.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TARGET_SHARE = 0.90
STORY_TITLE = "Belarus frees 123 political prisoners as US lifts potash sanctions"
STORY_SUMMARY = "Maria Kolesnikova and Ales Bialiatski are among those released after talks with a US envoy."
STORY_BODY = (
    "Belarus has released 123 political prisoners, among them Maria Kolesnikova and Ales Bialiatski, after the "
    "United States lifted its sanctions on Belarusian potash exports."
)


def serve_fake(conn: Connection, scale: float) -> None:
    """Child process: run the fake Bot API until told to stop, then report what it saw."""
    from tests.fake_telegram import FakeTelegram, FloodLimits

    with FakeTelegram(limits=FloodLimits.scaled(scale)) as fake:
        conn.send((fake.api_url, fake.token))
        conn.recv()  # "stop"
        sent = fake.sent
        stats = {
            "accepted": len(sent),
            "first": min((m.at for m in sent), default=0.0),
            "last": max((m.at for m in sent), default=0.0),
            "too_many": fake.too_many_requests,
            "calls": len(fake.calls("sendMessage")),
            "chats": len({m.chat_id for m in sent}),
        }
    conn.send(stats)


async def fan_out(api_url: str, token: str, chats: int, groups: float, scale: float, workdir: Path) -> dict[str, Any]:
    """Subscribe `chats` chats, ingest one story, deliver its alert to all of them; returns timings."""
    from bot.adapters.telegram import TelegramAdapter
    from bot.models import TOPICS, Story
    from bot.outbox import Outbox
    from bot.pacing import RateLimits
    from bot.pipeline import Pipeline
    from bot.settings import load_settings
    from bot.store import Store, now_utc

    settings = load_settings(
        {"DATABASE_URL": f"sqlite:///{workdir / 'bench.db'}", "TELEGRAM_BOT_TOKEN": token, "TELEGRAM_API_URL": api_url},
        None,
    )
    assert settings.telegram is not None
    store = Store.open(settings.database_url)
    group_count = int(chats * groups)
    now = now_utc()
    for n in range(chats):
        chat_id = -1001000000000 - n if n < group_count else 100000000 + n
        store.subscribe("telegram", str(chat_id), TOPICS, now)
    story = Story(id="bench-story", source="bench", source_key="bench-1", title=STORY_TITLE,
                  summary=STORY_SUMMARY, body=STORY_BODY)
    report = Pipeline(settings, store, platforms=("telegram",)).ingest([story])
    owed = store.delivery_counts("telegram").pending
    adapter = TelegramAdapter(settings.telegram, lambda text, chat: None,  # type: ignore[arg-type,return-value]
                              limits=RateLimits().scaled(scale))
    await adapter.start(receive=False)
    outbox = Outbox(store, {"telegram": adapter})
    try:
        started = time.monotonic()
        result = await outbox.drain()
        elapsed = time.monotonic() - started
    finally:
        await adapter.stop()
    counts = store.delivery_counts("telegram")
    store.close()
    return {"events": report.events, "owed": owed, "elapsed": elapsed, "sent": result.sent,
            "retried": result.retried, "failed": result.failed, "pending": counts.pending}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chats", type=int, default=2000, help="subscribed chats (default 2000)")
    parser.add_argument("--scale", type=float, default=10.0, help="Telegram's limits times this (default 10)")
    parser.add_argument("--groups", type=float, default=0.0, help="share of the chats that are groups (default 0)")
    args = parser.parse_args(argv)

    context = mp.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(target=serve_fake, args=(child, args.scale), daemon=True)
    server.start()
    api_url, token = parent.recv()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            client = asyncio.run(fan_out(api_url, token, args.chats, args.groups, args.scale, Path(tmp)))
    finally:
        parent.send("stop")
        stats = parent.recv()
        server.join(10)

    allowed = 30.0 * args.scale
    rate = stats["accepted"] / client["elapsed"] if client["elapsed"] else 0.0
    wire = (stats["accepted"] - 1) / (stats["last"] - stats["first"]) if stats["last"] > stats["first"] else 0.0
    share = rate / allowed
    print(f"telegram fan-out: 1 event to {args.chats} chats ({int(args.chats * args.groups)} groups), "
          f"limits x{args.scale:g}")
    print(f"  deliveries owed {client['owed']}; sent {client['sent']}, retried {client['retried']}, "
          f"failed {client['failed']}, still pending {client['pending']}")
    print(f"  Telegram accepted {stats['accepted']} messages in {stats['chats']} chats "
          f"({stats['calls']} sendMessage calls) in {client['elapsed']:.2f} s")
    print(f"  delivered {rate:.1f} msg/s against {allowed:.0f} msg/s allowed: {share:.1%} "
          f"(target >= {TARGET_SHARE:.0%}); on the wire {wire:.1f} msg/s")
    print(f"  429 answers: {stats['too_many']} (target 0)")
    ok = share >= TARGET_SHARE and stats["too_many"] == 0 and stats["accepted"] == args.chats and client["pending"] == 0
    print("  result:", "PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
