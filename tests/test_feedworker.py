"""The feed parser helper process: same stories and errors as parse_feed(), logs brought home, no secrets, no loss."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from pathlib import Path

import pytest

from bot import feedworker
from bot.errors import FeedParseError
from bot.feeds import parse_feed
from bot.feedworker import FeedParserProcess, helper_environment
from tests.test_feeds import CORPUS, FEED, corpus_files, item, needs_corpus, rss

URL = "https://news.example/feed.xml"
XML = {"content-type": "application/rss+xml; charset=utf-8"}


@needs_corpus
async def test_helper_gives_what_parse_feed_gives_for_every_corpus_feed() -> None:
    parser = FeedParserProcess()
    await parser.start()
    try:
        for name in corpus_files():
            body = (CORPUS / name).read_bytes()
            url = f"https://feeds.example/{name}"
            try:
                expected: object = parse_feed(name, url, body, {})
            except FeedParseError as exc:
                expected = exc.reason
            try:
                got: object = await parser.parse(name, url, body, {})
            except FeedParseError as exc:
                got = exc.reason
            assert got == expected, name
        assert parser.pid is not None
    finally:
        await parser.aclose()


async def test_a_body_that_is_no_feed_raises_the_same_error() -> None:
    parser = FeedParserProcess()
    await parser.start()
    body = b"<html><body>Please log in</body></html>"
    try:
        with pytest.raises(FeedParseError) as here:
            parse_feed("login", URL, body, {"content-type": "text/html"})
        with pytest.raises(FeedParseError) as there:
            await parser.parse("login", URL, body, {"content-type": "text/html"})
    finally:
        await parser.aclose()
    assert there.value.reason == here.value.reason
    assert there.value.source == "login"


async def test_warnings_from_the_helper_are_logged_here_with_their_source(caplog: pytest.LogCaptureFixture) -> None:
    parser = FeedParserProcess()
    await parser.start()
    caplog.set_level(logging.WARNING, logger="bot.feeds")
    try:
        stories = await parser.parse("mislabelled", URL, FEED, {"content-type": "text/html; charset=utf-8"})
    finally:
        await parser.aclose()
    assert stories
    warnings = [r for r in caplog.records if "parsed despite problems" in r.getMessage()]
    assert warnings and warnings[0].source == "mislabelled"  # type: ignore[attr-defined]


async def test_a_killed_helper_loses_nothing_and_is_started_again(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(feedworker, "RESTART_AFTER", 0.0)
    caplog.set_level(logging.WARNING, logger="bot.feeds")
    feed = rss(item("Belarus frees 52 prisoners", link="https://news.example/1"))
    expected = parse_feed("f", URL, feed, XML)
    parser = FeedParserProcess()
    await parser.start()
    try:
        assert await parser.parse("f", URL, feed, XML) == expected
        first = parser.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        assert await parser.parse("f", URL, feed, XML) == expected  # in flight when it died: parsed here
        assert await parser.parse("f", URL, feed, XML) == expected
        await parser.start()
        assert parser.pid not in (None, first)
        assert await parser.parse("f", URL, feed, XML) == expected
    finally:
        await parser.aclose()
    assert any("feed parser helper stopped" in r.getMessage() for r in caplog.records)


async def test_a_helper_that_cannot_start_leaves_parsing_here(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(feedworker.sys, "executable", "/nonexistent/python")
    caplog.set_level(logging.WARNING, logger="bot.feeds")
    parser = FeedParserProcess()
    try:
        await parser.start()
        stories = await parser.parse("f", URL, FEED, XML)
    finally:
        await parser.aclose()
    assert stories == parse_feed("f", URL, FEED, XML)
    assert parser.pid is None
    assert any("did not start" in r.getMessage() for r in caplog.records)


async def test_aclose_ends_the_helper() -> None:
    parser = FeedParserProcess()
    await parser.start()
    await parser.parse("f", URL, FEED, XML)
    pid = parser.pid
    assert pid is not None
    await parser.aclose()
    assert parser.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_helper_environment_holds_no_secrets() -> None:
    env = helper_environment({
        "PATH": "/usr/bin", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0", "TELEGRAM_BOT_TOKEN": "123:abc",
        "SLACK_BOT_TOKEN": "xoxb-1", "DATABASE_URL": "postgresql://u:pw@db/alertbot", "AWS_SECRET_ACCESS_KEY": "k",
    })
    assert set(env) == {"PATH", "LC_ALL", "PYTHONHASHSEED", "PYTHONPATH"}
    assert os.path.isdir(os.path.join(env["PYTHONPATH"].split(os.pathsep)[0], "bot"))


async def test_a_burst_of_feeds_while_the_helper_starts_gives_every_feed_its_stories() -> None:
    feeds = [rss(item(f"Story {n}", link=f"https://news.example/{n}")) for n in range(40)]
    expected = [parse_feed(f"f{n}", URL, feed, XML) for n, feed in enumerate(feeds)]
    parser = FeedParserProcess()
    try:
        got = await asyncio.gather(*(parser.parse(f"f{n}", URL, feed, XML) for n, feed in enumerate(feeds)))
    finally:
        await parser.aclose()
    assert list(got) == expected


async def test_a_helper_stuck_on_a_feed_is_replaced_and_the_feed_gets_a_named_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(feedworker, "RESTART_AFTER", 0.0)
    big = rss(*(item(f"Story {n}", link=f"https://news.example/{n}") for n in range(5000)))
    parser = FeedParserProcess()
    await parser.start()
    stuck = parser.pid
    try:
        monkeypatch.setattr(feedworker, "PARSE_TIMEOUT", 0.005)
        with pytest.raises(FeedParseError, match="parsing took longer than 0.005 s"):
            await parser.parse("big", URL, big, XML)
        monkeypatch.setattr(feedworker, "PARSE_TIMEOUT", 120.0)
        await parser.start()
        assert parser.pid not in (None, stuck)
        assert await parser.parse("f", URL, FEED, XML) == parse_feed("f", URL, FEED, XML)
    finally:
        await parser.aclose()


async def test_ctrl_c_is_left_to_the_parent() -> None:
    parser = FeedParserProcess()
    await parser.start()
    try:
        await parser.parse("f", URL, FEED, XML)  # the helper has set up its signal handling by now
        pid = parser.pid
        assert pid is not None
        os.kill(pid, signal.SIGINT)
        assert await parser.parse("f", URL, FEED, XML) == parse_feed("f", URL, FEED, XML)
        assert parser.pid == pid
    finally:
        await parser.aclose()


def _loop_errors() -> list[dict[str, object]]:
    errors: list[dict[str, object]] = []
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: errors.append(context))
    return errors


async def test_a_helper_killed_with_large_feeds_queued_leaves_no_stray_errors() -> None:
    errors = _loop_errors()
    big = rss(*(item(f"Story {n}", link=f"https://news.example/{n}") for n in range(3000)))  # far over a pipe buffer
    expected = parse_feed("big", URL, big, XML)
    parser = FeedParserProcess()
    await parser.start()
    try:
        parses = [asyncio.create_task(parser.parse("big", URL, big, XML)) for _ in range(6)]
        await asyncio.sleep(0.05)
        assert parser.pid is not None
        os.kill(parser.pid, signal.SIGKILL)
        results = await asyncio.gather(*parses)
    finally:
        await parser.aclose()
    assert all(result == expected for result in results)
    await asyncio.sleep(0)
    assert errors == []


async def test_no_helper_outlives_aclose_even_when_parses_arrive_during_and_after_it() -> None:
    parser = FeedParserProcess()
    await parser.start()
    first = parser.pid
    closing = asyncio.create_task(parser.aclose())
    during = asyncio.create_task(parser.parse("f", URL, FEED, XML))
    await closing
    after = await parser.parse("f", URL, FEED, XML)
    assert await during == after == parse_feed("f", URL, FEED, XML)
    assert parser.pid is None
    assert first is not None
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)


def test_one_instance_serves_one_event_loop() -> None:
    parser = FeedParserProcess()
    first = asyncio.new_event_loop()
    try:
        first.run_until_complete(parser.start())
        with pytest.raises(RuntimeError, match="another event loop"):
            asyncio.run(parser.parse("f", URL, FEED, XML))
        first.run_until_complete(parser.aclose())
    finally:
        first.close()


def helper_running_first(code: str, folder: Path) -> FeedParserProcess:
    """A parser whose helper runs `code` (as its sitecustomize) before anything else."""
    (folder / "sitecustomize.py").write_text(code)
    return FeedParserProcess({**os.environ, "PYTHONPATH": str(folder)})


async def test_what_the_helper_writes_to_stderr_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.feeds")
    parser = helper_running_first("import sys\nsys.stderr.write('hello from the helper\\n')\n", tmp_path)
    await parser.start()
    try:
        await parser.parse("f", URL, FEED, XML)
        for _ in range(100):
            if any("hello from the helper" in r.getMessage() for r in caplog.records):
                break
            await asyncio.sleep(0.01)
    finally:
        await parser.aclose()
    assert any(r.getMessage() == "feed parser helper: hello from the helper" for r in caplog.records)


async def test_a_bug_in_the_helper_is_a_short_reason_with_its_traceback_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR, logger="bot.feeds")
    parser = FeedParserProcess()
    await parser.start()
    try:
        with pytest.raises(RuntimeError, match=r"^AttributeError: .* \(in the feed parser helper\)$"):
            await parser.parse("f", URL, FEED, {1: "not a header name"})  # type: ignore[dict-item]
        assert await parser.parse("f", URL, FEED, XML) == parse_feed("f", URL, FEED, XML)
    finally:
        await parser.aclose()
    logged = [r.getMessage() for r in caplog.records if "feed parser helper failed" in r.getMessage()]
    assert logged and "Traceback" in logged[0] and "AttributeError" in logged[0]


async def test_start_returns_when_the_helper_dies_while_loading(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.feeds")
    parser = helper_running_first("import os\nos._exit(3)\n", tmp_path)  # site.py would catch SystemExit
    try:
        await asyncio.wait_for(parser.start(), 30)
        assert await parser.parse("f", URL, FEED, XML) == parse_feed("f", URL, FEED, XML)
    finally:
        await parser.aclose()
    assert parser.pid is None
    assert any("exited with code 3" in r.getMessage() for r in caplog.records)
