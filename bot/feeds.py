"""Fetch RSS/Atom feeds politely (conditional GET, size and time limits, backoff) and parse them into Story."""

from __future__ import annotations

import asyncio
import calendar
import email.utils
import io
import logging
import re
from collections.abc import Awaitable, Mapping, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol
from urllib.parse import urljoin, urlsplit, urlunsplit

import feedparser
import httpx

from bot import feedxml
from bot.errors import FeedFetchError, FeedParseError, SourceError
from bot.models import FeedConfig, FeedState, Story
from bot.text import canonical_url, is_plain_http_url, one_line, plain_text, stable_id

log = logging.getLogger("bot.feeds")

BACKOFF_CAP = timedelta(hours=6)
"""The longest a failing feed waits before it is tried again."""

# feedparser's own Accept header minus the odd application/x-netcdf; the wildcard keeps
# servers that answer 406 to anything unusual happy.
FEED_ACCEPT = (
    "application/atom+xml,application/rss+xml,application/rdf+xml;q=0.9,"
    "application/xml;q=0.8,text/xml;q=0.6,*/*;q=0.1"
)

# Bozo exceptions that say "the bytes were odd but the parse went fine".
# https://feedparser.readthedocs.io/en/latest/character-encoding.html#handling-incorrectly-declared-encodings
_SURVIVABLE = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)

# Response headers that describe the wire, not the document; the body we hand over is already decoded.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection"})

_LANG = re.compile(r"[a-z]{2,3}")


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Time, size and concurrency limits for fetching feeds."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    per_host: int = 4
    total: int = 64
    user_agent: str = "alertbot/0.1 (+https://github.com/alertbot/alertbot)"
    # A server that drips one byte per read_timeout would otherwise hold a slot forever.
    deadline: float = 90.0


class StoryParser(Protocol):
    """Somewhere to run parse_feed() off the event loop (bot.feedworker.FeedParserProcess)."""

    async def parse(self, feed_name: str, url: str, body: bytes, headers: Mapping[str, str]) -> list[Story]:
        """parse_feed(feed_name, url, body, headers)."""
        ...


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """The outcome of polling one feed: the new state to persist and the stories found."""

    feed: FeedConfig
    state: FeedState
    stories: tuple[Story, ...] = ()
    not_modified: bool = False
    error: str | None = None


def _accept_encoding() -> str:
    try:
        import brotli  # noqa: F401
    except ImportError:
        return "gzip, deflate"
    return "gzip, deflate, br"


def make_client(limits: FetchLimits) -> httpx.AsyncClient:
    """An HTTP client with the timeouts, redirect limit and headers feeds should be fetched with."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(
            connect=limits.connect_timeout,
            read=limits.read_timeout,
            write=limits.read_timeout,
            pool=limits.connect_timeout + limits.read_timeout,
        ),
        # httpcore scans (and polls the socket of) every idle pooled connection for each request it
        # assigns, so a large idle pool makes a cycle slower, not faster (bench/poll.py: 2x with 64,
        # and 0.54 s instead of 0.71 s of CPU for 500 fetches with per_host=4 rather than total // 4).
        # It also closes every idle connection while more than this many are open, so in a busy cycle
        # none is reused whatever the number; a small pool is enough for one host's feeds between cycles.
        limits=httpx.Limits(max_connections=limits.total, max_keepalive_connections=max(1, limits.per_host)),
        follow_redirects=True,
        max_redirects=limits.max_redirects,
        headers={
            "User-Agent": limits.user_agent,
            "Accept": FEED_ACCEPT,
            "Accept-Encoding": _accept_encoding(),
        },
    )


def redact_url(url: str) -> str:
    """The URL without credentials, query or fragment, safe to log (tokens often hide there)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
    except ValueError:
        return "<invalid url>"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _seconds(value: float) -> str:
    return f"{value:g} s"


# ---------------------------------------------------------------- fetching


@dataclass(frozen=True, slots=True)
class _Fetched:
    status: int
    url: str
    headers: dict[str, str]
    body: bytes


async def _fetch(client: httpx.AsyncClient, feed: FeedConfig, state: FeedState, limits: FetchLimits) -> _Fetched:
    """GET the feed conditionally, streaming the body under the size cap; FeedFetchError on any failure."""
    headers: dict[str, str] = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        async with asyncio.timeout(limits.deadline):
            async with client.stream("GET", feed.url, headers=headers) as response:
                lowered = {k.lower(): v for k, v in response.headers.items()}
                final_url = str(response.url)
                if response.status_code == 304:
                    return _Fetched(304, final_url, lowered, b"")
                if not 200 <= response.status_code < 300:
                    raise _HTTPStatus(response.status_code, lowered)
                declared = lowered.get("content-length", "")
                if declared.isdigit() and int(declared) > limits.max_bytes:
                    raise FeedFetchError(feed.name, f"body larger than {limits.max_bytes} bytes")
                chunks: list[bytes] = []
                size = 0
                # aiter_bytes() yields decoded bytes, so the cap also stops gzip bombs.
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limits.max_bytes:
                        raise FeedFetchError(feed.name, f"body larger than {limits.max_bytes} bytes")
                    chunks.append(chunk)
                return _Fetched(response.status_code, final_url, lowered, b"".join(chunks))
    except TimeoutError as exc:
        reason = f"timed out after {_seconds(limits.deadline)} in total fetching from {_host(feed.url)}"
        raise FeedFetchError(feed.name, reason) from exc
    except httpx.HTTPError as exc:
        raise FeedFetchError(feed.name, _http_reason(exc, feed, limits)) from exc


def _http_reason(exc: httpx.HTTPError, feed: FeedConfig, limits: FetchLimits) -> str:
    """A short reason for a transport failure; httpx messages carry no URL, so nothing secret leaks."""
    host = _host(feed.url) or "?"
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out after {_seconds(limits.connect_timeout)} connecting to {host}"
    if isinstance(exc, httpx.ReadTimeout):
        return f"timed out after {_seconds(limits.read_timeout)} reading from {host}"
    if isinstance(exc, httpx.WriteTimeout):
        return f"timed out after {_seconds(limits.read_timeout)} writing to {host}"
    if isinstance(exc, httpx.PoolTimeout):
        return f"timed out waiting for a free connection to {host}"
    if isinstance(exc, httpx.TooManyRedirects):
        return f"more than {limits.max_redirects} redirects"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect to {host}: {exc or 'connection failed'}"
    if isinstance(exc, httpx.DecodingError):
        return "body could not be decoded (bad Content-Encoding)"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return f"not a fetchable http(s) URL: {redact_url(feed.url)}"
    detail = f": {exc}" if str(exc) else ""
    return f"{type(exc).__name__} from {host}{detail}"


class _HTTPStatus(Exception):
    def __init__(self, status: int, headers: Mapping[str, str]) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.headers = headers


def _retry_after(headers: Mapping[str, str], now: datetime) -> timedelta | None:
    """The wait a 429/503 asks for in Retry-After (seconds or an HTTP date)."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return timedelta(seconds=int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(when - now, timedelta(0))


def backoff(feed: FeedConfig, failures: int) -> timedelta:
    """How long to wait after `failures` failures in a row: interval * 2**failures, capped at BACKOFF_CAP."""
    cap = BACKOFF_CAP.total_seconds()
    return timedelta(seconds=min(feed.interval * 2 ** min(failures, 32), cap))


def _succeeded(
    feed: FeedConfig, state: FeedState, now: datetime, etag: str | None, last_modified: str | None
) -> FeedState:
    return replace(
        state,
        etag=etag,
        last_modified=last_modified,
        failures=0,
        last_error=None,
        next_poll_at=now + timedelta(seconds=feed.interval),
        last_ok_at=now,
        last_polled_at=now,
    )


def _failed(feed: FeedConfig, state: FeedState, now: datetime, reason: str, wait: timedelta | None) -> FeedState:
    failures = state.failures + 1
    delay = backoff(feed, failures)
    if wait is not None:
        delay = min(max(delay, wait), BACKOFF_CAP)
    return replace(state, failures=failures, last_error=reason, next_poll_at=now + delay, last_polled_at=now)


async def poll_feed(
    client: httpx.AsyncClient,
    feed: FeedConfig,
    state: FeedState,
    now: datetime,
    limits: FetchLimits,
    host_slots: asyncio.Semaphore | None = None,
    total_slots: asyncio.Semaphore | None = None,
    parser: StoryParser | None = None,
) -> FeedPoll:
    """Fetch and parse one feed; never raises for the feed's own problems (they land in `error`).

    The semaphores, when given, are held only while fetching (host first), not while parsing. Parsing runs
    in `parser` when given, else in a thread.
    """
    extra = {"source": feed.name}
    wait: timedelta | None = None
    try:
        async with AsyncExitStack() as slots:
            for semaphore in (host_slots, total_slots):
                if semaphore is not None:
                    await slots.enter_async_context(semaphore)
            fetched = await _fetch(client, feed, state, limits)
        if fetched.status == 304:
            log.debug("feed not modified", extra=extra)
            new_state = _succeeded(
                feed,
                state,
                now,
                fetched.headers.get("etag") or state.etag,
                fetched.headers.get("last-modified") or state.last_modified,
            )
            return FeedPoll(feed=feed, state=new_state, not_modified=True)
        parse = parser.parse if parser is not None else parse_in_thread
        stories = await parse(feed.name, fetched.url, fetched.body, fetched.headers)
    except _HTTPStatus as exc:
        reason = f"HTTP {exc.status}"
        if exc.status in (429, 503):
            wait = _retry_after(exc.headers, now)
    except SourceError as exc:
        reason = exc.reason
    except Exception as exc:  # a bug must not stop the other feeds; it is logged with its traceback
        log.exception("unexpected error polling %s", redact_url(feed.url), extra=extra)
        reason = f"internal error: {type(exc).__name__}: {exc}"
    else:
        log.debug("feed polled: %d stories", len(stories), extra=extra)
        new_state = _succeeded(
            feed, state, now, fetched.headers.get("etag"), fetched.headers.get("last-modified")
        )
        return FeedPoll(feed=feed, state=new_state, stories=tuple(stories))
    new_state = _failed(feed, state, now, reason, wait)
    log.warning(
        "feed %r (%s) failed (%d in a row, next try %s): %s",
        feed.name,
        redact_url(feed.url),
        new_state.failures,
        new_state.next_poll_at.isoformat(timespec="seconds") if new_state.next_poll_at else "?",
        reason,
        extra=extra,
    )
    return FeedPoll(feed=feed, state=new_state, error=reason)


def is_due(state: FeedState, now: datetime) -> bool:
    """Whether a feed with this state should be polled at `now`."""
    return state.next_poll_at is None or state.next_poll_at <= now


async def poll_feeds(
    feeds: Sequence[FeedConfig],
    states: Mapping[str, FeedState],
    now: datetime,
    limits: FetchLimits,
    client: httpx.AsyncClient | None = None,
    *,
    force: bool = False,
    parser: StoryParser | None = None,
) -> list[FeedPoll]:
    """Poll every due feed (all with force=True) concurrently within the per-host and total bounds.

    `states` is keyed by feed name; a feed without a state is new and due.
    """
    due = [feed for feed in feeds if force or is_due(states.get(feed.name, FeedState()), now)]
    if not due:
        return []
    total = asyncio.Semaphore(limits.total)
    per_host: dict[str, asyncio.Semaphore] = {}

    def bounded(http: httpx.AsyncClient, feed: FeedConfig) -> Awaitable[FeedPoll]:
        host = _host(feed.url)
        if host not in per_host:
            per_host[host] = asyncio.Semaphore(limits.per_host)
        state = states.get(feed.name, FeedState())
        return poll_feed(http, feed, state, now, limits, host_slots=per_host[host], total_slots=total, parser=parser)

    if client is not None:
        return list(await asyncio.gather(*(bounded(client, feed) for feed in due)))
    async with make_client(limits) as own:
        return list(await asyncio.gather(*(bounded(own, feed) for feed in due)))


# ---------------------------------------------------------------- parsing


def _build_mojibake_repair() -> tuple[re.Pattern[str], dict[str, int]]:
    # UTF-8 bytes once decoded as cp1252 (or latin-1 for the five bytes cp1252 leaves undefined).
    to_byte: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            to_byte[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            to_byte[chr(byte)] = byte
    cont = "".join(re.escape(ch) for ch, byte in to_byte.items() if 0x80 <= byte <= 0xBF)
    pattern = re.compile(f"[\u00c2-\u00df][{cont}]|[\u00e0-\u00ef][{cont}]{{2}}|[\u00f0-\u00f4][{cont}]{{3}}")
    return pattern, to_byte


_MOJIBAKE, _CP1252_BYTE = _build_mojibake_repair()


def _fix_sequence(match: re.Match[str]) -> str:
    raw = bytes(_CP1252_BYTE[ch] for ch in match.group())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as cp1252/latin-1 ("Ã©" → "é", "â€™" → "’"), sequence by sequence."""
    # Only whole, valid UTF-8 sequences are replaced, so correct accented text is left alone.
    if text.isascii():  # every sequence the pattern matches starts with a non-ASCII character
        return text
    return _MOJIBAKE.sub(_fix_sequence, text) if _MOJIBAKE.search(text) else text


def _text(value: Any) -> str:
    return plain_text(repair_mojibake(value)) if isinstance(value, str) and value else ""


def _utc(value: Any) -> datetime | None:
    """A feedparser time tuple (UTC) as an aware datetime; None if absent or impossible."""
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


# Month abbreviations RFC 822 dates carry in other languages (pt, es, it, fr, de, nl) — feeds do that.
_MONTHS = {
    name: english
    for english, names in {
        "Jan": "jan janv gen ene", "Feb": "fev fév févr feb", "Mar": "mar mär mars mrt", "Apr": "abr avr apr",
        "May": "mai mag may mei", "Jun": "jun juin giu", "Jul": "jul juil lug", "Aug": "ago août aoû aug",
        "Sep": "set sept sep", "Oct": "out okt ott oct", "Nov": "nov", "Dec": "dez déc dic dec",
    }.items()
    for name in names.split()
}
_LOCAL_DATE = re.compile(r"^\s*(?:[^\W\d]+\.?,\s*)?(\d{1,2})\s+([^\W\d]+)\.?\s+(\d{4}\s+\d{1,2}:\d{2}.*)$")


def _local_date(value: Any) -> datetime | None:
    """An RFC 822 date with localized day/month names ("Seg, 24 Set 2018 19:42:40 -0300"), in UTC."""
    if not isinstance(value, str):
        return None
    match = _LOCAL_DATE.match(value)
    month = _MONTHS.get(match.group(2).lower()) if match else None
    if match is None or month is None:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(f"{match.group(1)} {month} {match.group(3)}")
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.astimezone(timezone.utc) if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _own(entry: Any, key: str) -> Any:
    # FeedParserDict.get("updated*") falls back to "published*" with a DeprecationWarning; "in" does not.
    return entry[key] if key in entry else None


def _published(entry: Any) -> datetime | None:
    parsed = _utc(_own(entry, "published_parsed") or _own(entry, "updated_parsed"))
    return parsed or _local_date(_own(entry, "published") or _own(entry, "updated"))


def _lang(value: Any) -> str | None:
    """The primary language subtag: "en" from "en-us", "en_US" or "EN"."""
    if not isinstance(value, str):
        return None
    primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return primary if _LANG.fullmatch(primary) else None


def _link(entry: Any, base: str) -> str | None:
    link = entry.get("link")
    if not isinstance(link, str) or not link.strip():
        return None
    link = link.strip()
    if is_plain_http_url(link):
        return link  # what urljoin() would return, and http(s)
    absolute = urljoin(base, link)
    return absolute if urlsplit(absolute).scheme in ("http", "https") else None


def _entry_lang(entry: Any) -> str | None:
    for key in ("language", "title_detail", "summary_detail"):
        value = entry.get(key)
        lang = _lang(value.get("language") if isinstance(value, Mapping) else value)
        if lang:
            return lang
    return None


def _story(feed_name: str, url: str, entry: Any, feed_lang: str | None) -> Story | None:
    title = one_line(_text(entry.get("title")))
    summary = _text(entry.get("summary") or entry.get("description"))
    link = _link(entry, url)
    if not (title or summary or link):
        return None
    contents = [_text(c.get("value")) for c in entry.get("content") or () if isinstance(c, Mapping)]
    longest = max(contents, key=len, default="")
    body = longest if len(longest) > len(summary) else ""
    canonical = canonical_url(link)
    guid = entry.get("id")
    source_key = (guid.strip() if isinstance(guid, str) else "") or canonical or "title:" + stable_id(title)
    story_id = stable_id("url", canonical) if canonical else stable_id("feed", feed_name, source_key)
    return Story(
        id=story_id,
        source=feed_name,
        source_key=source_key,
        title=title,
        summary=summary,
        body=body,
        url=link,
        published=_published(entry),
        lang=_entry_lang(entry) or feed_lang,
    )


_warned: set[tuple[str, str]] = set()


def _warn_once(feed_name: str, kind: str, message: str, *args: object) -> None:
    # A server that labels its feed text/html does so on every poll; say it once per feed and kind.
    if (feed_name, kind) in _warned:
        log.debug(message, *args, extra={"source": feed_name})
        return
    if len(_warned) < 10_000:
        _warned.add((feed_name, kind))
    log.warning(message, *args, extra={"source": feed_name})


def _describe(exc: object) -> str:
    return f"{type(exc).__name__}: {exc}" if exc else "no details"


def _response_headers(url: str, headers: Mapping[str, str]) -> dict[str, str]:
    response_headers = {k.lower(): v for k, v in headers.items() if k.lower() not in _WIRE_HEADERS}
    response_headers["content-location"] = url
    return response_headers


def parse_feed(feed_name: str, url: str, body: bytes, headers: Mapping[str, str]) -> list[Story]:
    """Parse feed bytes into stories; FeedParseError when nothing usable came out (synchronous, CPU-bound).

    Well-formed RSS/Atom in UTF-8 takes the fast path (bot/feedxml.py, ~10x quicker); everything it
    declines goes through feedparser, and both give the same stories (tests/test_feeds.py checks).
    """
    stories = parse_feed_fast(feed_name, url, body, headers)
    if stories is None:
        stories = parse_feed_feedparser(feed_name, url, body, headers)
    return stories


async def parse_in_thread(feed_name: str, url: str, body: bytes, headers: Mapping[str, str]) -> list[Story]:
    """parse_feed() in a worker thread, off the event loop."""
    return await asyncio.to_thread(parse_feed, feed_name, url, body, headers)


def parse_feed_fast(feed_name: str, url: str, body: bytes, headers: Mapping[str, str]) -> list[Story] | None:
    """The stories of a plain, well-formed feed via bot.feedxml, or None to leave the feed to feedparser."""
    parsed = feedxml.extract(body, url, _response_headers(url, headers))
    if parsed is None:
        return None
    feed_lang = _lang(parsed.language)
    stories: list[Story] = []
    for entry in parsed.entries:
        try:
            story = _story(feed_name, url, entry, feed_lang)
        except Exception:  # feedparser's path logs and counts bad entries; let it
            return None
        if story is not None:
            stories.append(story)
    # No stories means an empty channel or an error to name: feedparser's path decides which.
    return stories or None


def parse_feed_feedparser(feed_name: str, url: str, body: bytes, headers: Mapping[str, str]) -> list[Story]:
    """parse_feed through feedparser alone: the reference behaviour, and the path for anything unusual."""
    response_headers = _response_headers(url, headers)
    try:
        # Bytes only: a str would make feedparser fetch URLs or open files itself.
        # We reduce every field to plain text, so feedparser's HTML sanitizer and relative-URI
        # rewriting (a second HTML parse of each field) would be wasted work; links are still resolved.
        parsed = feedparser.parse(
            io.BytesIO(body),
            response_headers=response_headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # feedparser is not supposed to raise, but one feed must not stop the rest
        raise FeedParseError(feed_name, f"feedparser crashed: {_describe(exc)}") from exc
    entries = parsed.get("entries") or []
    feed_info = parsed.get("feed") or {}
    feed_title = one_line(_text(feed_info.get("title")))
    bozo = parsed.get("bozo_exception") if parsed.get("bozo") else None
    feed_lang = _lang(feed_info.get("language"))
    stories: list[Story] = []
    failed = 0
    for index, entry in enumerate(entries):
        try:
            story = _story(feed_name, url, entry, feed_lang)
        except Exception as exc:  # one bad entry never stops the feed
            failed += 1
            log.debug("entry %d skipped: %s", index, _describe(exc), extra={"source": feed_name})
            continue
        if story is not None:
            stories.append(story)
    if failed and not stories:
        raise FeedParseError(feed_name, f"all {failed} entries failed to parse")
    # Like lemon24/reader, bozo is only fatal when nothing usable came out; unlike it, an empty
    # but valid channel (a title, zero items) is a feed with no news, not an error.
    if not stories and (not feed_title or not parsed.get("version")):
        reason = "empty body" if not body.strip() else _describe(bozo)
        raise FeedParseError(feed_name, f"not a feed: no entries and no feed title ({reason})")
    if bozo is not None:
        kind = type(bozo).__name__ if isinstance(bozo, _SURVIVABLE) else "loose-parse"
        _warn_once(feed_name, kind, "feed %s parsed despite problems: %s", feed_name, _describe(bozo))
    return stories
