"""The command line: alertbot run, run --once, latest, classify, eval, sources, status."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from .errors import AlertbotError, ConfigError
from .settings import Settings, environment, load_settings, resolve_config_path

log = logging.getLogger("bot")

LOG_KEYS = ("source", "story_id", "event_id", "channel")

DESCRIPTION = """\
alertbot watches news feeds and a seed folder, flags stories about political-prisoner releases
and sanctions, groups reports of one event, and posts explained alerts to Telegram, Slack or,
when neither is configured, the console (stdout).

Configuration: TOML at config/alertbot.toml (or --config PATH, or ALERTBOT_CONFIG).
Secrets and endpoints come from the environment only: DATABASE_URL, TELEGRAM_BOT_TOKEN,
TELEGRAM_API_URL, TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET, SLACK_BOT_TOKEN,
SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL, PORT. See README.md.
"""


class KeyedFormatter(logging.Formatter):
    """Appends the stable context keys (source, story_id, event_id, channel) when a record has them."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 - logging's name
        text = super().formatMessage(record)
        keys = [f"{key}={getattr(record, key)}" for key in LOG_KEYS if getattr(record, key, None)]
        return f"{text} [{' '.join(keys)}]" if keys else text


class RedactSecrets(logging.Filter):
    """Replaces every configured secret in a log line, whatever logger wrote it."""

    def __init__(self, secrets: Sequence[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s and len(s) >= 6]

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = self.redact(record.getMessage())
            if message != record.getMessage():
                record.msg, record.args = message, None
            if record.exc_info:  # tracebacks quote URLs and arguments too
                record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
                record.exc_info = None
            if record.stack_info:
                record.stack_info = self.redact(record.stack_info)
        return True

    def redact(self, text: str) -> str:
        """`text` with every secret replaced."""
        for secret in self.secrets:
            text = text.replace(secret, "[secret]")
        return text


def configure_logging(level: str, secrets: Sequence[str] = ()) -> None:
    """Logs go to stderr with context keys, secrets redacted; chatty HTTP loggers stay quiet."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyedFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S"))
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram", "slack_bolt", "slack_sdk", "aiohttp.access"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="alertbot", description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--config", metavar="PATH", help="TOML config file (default: config/alertbot.toml)")
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"],
                        type=str.upper, help="log verbosity on stderr (default: INFO)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="run the service: poll, classify, group and deliver on a schedule",
                         description="Run the service until SIGINT/SIGTERM. Alerts go to Telegram and Slack when "
                         "their tokens are set, otherwise to stdout.")
    run.add_argument("--once", action="store_true", help="do one poll-classify-deliver cycle and exit")

    latest = sub.add_parser("latest", help="print the newest events",
                            description="Print the newest stored events, as /latest does in chat.")
    latest.add_argument("topic", nargs="?", help="prisoner_release (or releases, prisoners) or sanctions")
    latest.add_argument("-n", type=int, default=5, metavar="N", help="how many events (1 to 20, default 5)")

    classify = sub.add_parser(
        "classify", help="classify text files or JSON Lines and print one JSON object per item",
        description="Classify stories and print {\"id\", \"labels\", \"scores\", \"facts\", \"evidence\"} per item. "
        "Text files: first line headline, second line standfirst, then paragraphs. With --jsonl, each line is an "
        "object with title, summary (and optionally id, body). Reads stdin when no FILE is given.",
    )
    classify.add_argument("--jsonl", action="store_true", help="inputs are JSON Lines items (see LABELS.md)")
    classify.add_argument("files", nargs="*", metavar="FILE", help="input files (default: stdin)")

    evaluate = sub.add_parser("eval", help="measure the classifier (or event grouping) on a labelled corpus",
                              description="Print precision, recall, F1, the confusion table, fact accuracy "
                              "(released_count exact, countries and people micro-F1, sanction_action) and the "
                              "misclassified items with their evidence.")
    evaluate.add_argument("corpus", nargs="*", metavar="CORPUS", help="JSON Lines files (default: corpus/labelled/*.jsonl)")
    evaluate.add_argument("--split", choices=["dev", "test", "all"], default="test",
                          help="which part of the corpus to score (default: test, the held-out part)")
    evaluate.add_argument("--events", action="store_true",
                          help="evaluate event grouping instead (default corpus: the dev files of corpus/events/; "
                          "name corpus/events/heldout.jsonl to score the held-out set)")

    sub.add_parser("sources", help="list feeds and the seed folder with their health",
                   description="Show every source: last success, consecutive failures, next poll and last error.")
    sub.add_parser("status", help="show subscriptions and delivery outcomes",
                   description="Show every subscription (paused ones with the reason) and delivery counts, "
                   "with the latest failures and their reasons.")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `alertbot` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    env = environment()
    configure_logging(args.log_level, [env.get(k, "") for k in (
        "TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN", "TELEGRAM_WEBHOOK_SECRET")]
        + _database_password(env.get("DATABASE_URL", "")))
    try:
        if args.command == "classify":
            return classify_command(args, env, sys.stdin, sys.stdout)
        if args.command == "eval":
            return eval_command(args, env)
        path, explicit = resolve_config_path(args.config, env)
        settings = load_settings(env, path, explicit=explicit)
        if args.command == "run":
            return asyncio.run(run_command(settings, once=args.once))
        if args.command == "latest":
            return latest_command(settings, args.topic, args.n, sys.stdout)
        if args.command == "sources":
            return sources_command(settings, sys.stdout)
        if args.command == "status":
            return status_command(settings, sys.stdout)
    except ConfigError as exc:
        print(f"alertbot: configuration error: {exc}", file=sys.stderr)
        return 2
    except AlertbotError as exc:
        print(f"alertbot: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`alertbot eval | head`): stop quietly, as cat and grep do. Point stdout at
        # /dev/null so the interpreter's final flush does not raise the same error again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    parser.error(f"unknown command {args.command}")
    return 2


def _database_password(url: str) -> list[str]:
    from sqlalchemy.engine import make_url

    try:
        password = make_url(url).password if url else None
    except Exception:
        return []
    return [str(password)] if password else []


async def run_command(settings: Settings, once: bool) -> int:
    """`alertbot run [--once]`."""
    from .app import Service
    from .store import Store

    store = Store.open(settings.database_url)
    try:
        service = Service(settings, store)
        return await (service.run_once() if once else service.run_forever())
    finally:
        store.close()


def latest_command(settings: Settings, topic: str | None, count: int, out: TextIO) -> int:
    """`alertbot latest [TOPIC] [-n N]`: the console face of /latest."""
    from .commands import ChatContext, run_command as run_chat_command
    from .formatting import format_reply_console
    from .store import Store, now_utc

    store = Store.open(settings.database_url)
    try:
        words = ["latest"] + ([topic] if topic else []) + [str(count)]
        reply = run_chat_command(" ".join(words), ChatContext("console", "cli", command_prefix="alertbot "),
                                 store, now_utc())
    finally:
        store.close()
    out.write(format_reply_console(reply) + "\n")
    return 1 if reply.error else 0


def sources_command(settings: Settings, out: TextIO) -> int:
    """`alertbot sources`: every source with its health."""
    from .store import Store

    store = Store.open(settings.database_url)
    try:
        rows = {row.name: row for row in store.list_sources()}
    finally:
        store.close()
    configured = [(f.name, "feed", f.url) for f in settings.feeds] + [("seeds", "seeds", str(settings.seeds_dir))]
    out.write(f"{'SOURCE':<32} {'KIND':<6} {'HEALTH':<10} {'FAILS':>5}  {'LAST OK':<20} {'NEXT POLL':<20} LAST ERROR\n")
    for name, kind, url in configured:
        row = rows.get(name)
        state = row.state if row else None
        if state is None or state.last_polled_at is None:
            health = "never"
        elif state.failures == 0:
            health = "ok"
        elif state.failures < 3:
            health = "retrying"
        else:
            health = "FAILING"
        out.write(
            f"{name[:32]:<32} {kind:<6} {health:<10} {state.failures if state else 0:>5}  "
            f"{_time(state.last_ok_at if state else None):<20} {_time(state.next_poll_at if state else None):<20} "
            f"{(state.last_error or '') if state else ''}\n"
        )
    stale = sorted(set(rows) - {name for name, _, _ in configured})
    if stale:
        out.write(f"(no longer configured: {', '.join(stale)})\n")
    return 0


def status_command(settings: Settings, out: TextIO) -> int:
    """`alertbot status`: subscriptions, delivery counts and recent failures."""
    from .store import Store

    store = Store.open(settings.database_url)
    try:
        subscriptions = store.list_subscriptions()
        counts = store.delivery_counts()
        failures = store.recent_failures(10)
        stories, events = store.count_stories(), store.count_events()
    finally:
        store.close()
    out.write(f"stories: {stories}  events: {events}\n")
    out.write(f"deliveries: {counts.sent} sent, {counts.pending} pending, {counts.failed} failed\n")
    out.write("subscriptions:\n")
    for sub in subscriptions:
        state = f"PAUSED: {sub.paused_reason}" if sub.paused_reason else "active"
        out.write(f"  {sub.platform}:{sub.chat_id}  topics={','.join(sub.topics) or '-'}  {state}\n")
    if not subscriptions:
        out.write("  (none)\n")
    if failures:
        out.write("recent failures:\n")
        for failure in failures:
            out.write(f"  {failure.platform}:{failure.chat_id} event {failure.event_id}: {failure.last_error}\n")
    return 0


def _time(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else "-"


def classify_command(args: argparse.Namespace, env: Any, stdin: TextIO, out: TextIO) -> int:
    """`alertbot classify [--jsonl] [FILE...]`: one JSON object per item on stdout."""
    from .classify import classify

    path, explicit = resolve_config_path(args.config, env)
    thresholds = load_settings(env, path, explicit=explicit).thresholds
    failures = 0
    for item_id, title, summary, body, error in _classify_inputs(args.files, args.jsonl, stdin):
        if error:
            print(f"alertbot classify: {item_id}: {error}", file=sys.stderr)
            failures += 1
            continue
        result = classify(title, summary, body, thresholds=thresholds)
        out.write(json.dumps({"id": item_id, **result.to_json()}, ensure_ascii=False) + "\n")
    return 1 if failures else 0


def _classify_inputs(files: Sequence[str], jsonl: bool, stdin: TextIO) -> Iterator[tuple[str, str, str, str, str | None]]:
    """(id, title, summary, body, error) for each input item."""
    sources: list[tuple[str, TextIO | None]] = [(f, None) for f in files] or [("-", stdin)]
    for name, stream in sources:
        try:
            text = stream.read() if stream is not None else _read_text(Path(name))
        except OSError as exc:
            yield name, "", "", "", f"cannot read: {exc.strerror}"
            continue
        if not jsonl:
            lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
            if not lines:
                yield name, "", "", "", "empty input: write the headline on the first line"
                continue
            item_id = Path(name).stem if name != "-" else "stdin"
            yield item_id, lines[0], (lines[1] if len(lines) > 1 else ""), "\n".join(lines[2:]), None
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}"
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                yield where, "", "", "", f"not JSON ({exc.msg} at column {exc.colno})"
                continue
            if not isinstance(item, dict) or not isinstance(item.get("title", ""), str):
                yield where, "", "", "", "each line must be an object with a string \"title\""
                continue
            yield (str(item.get("id", where)), item.get("title") or "", str(item.get("summary") or ""),
                   str(item.get("body") or ""), None)


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.warning("%s is not valid UTF-8; undecodable bytes were replaced", path)
        return raw.decode("utf-8-sig", errors="replace")


def eval_command(args: argparse.Namespace, env: Any) -> int:
    """`alertbot eval [CORPUS...] [--split] [--events]`."""
    paths = [Path(p) for p in args.corpus]
    if args.events:
        from .grouping import run_grouping_eval

        dev = [p for p in sorted(Path("corpus/events").glob("*.jsonl")) if p.name != "heldout.jsonl"]
        return run_grouping_eval(paths or dev, sys.stdout)
    from .evaluation import run_eval

    path, explicit = resolve_config_path(args.config, env)
    thresholds = load_settings(env, path, explicit=explicit).thresholds
    paths = paths or sorted(Path("corpus/labelled").glob("*.jsonl"))
    if not paths:
        raise ConfigError("no corpus given and none found under corpus/labelled/: pass CORPUS files")
    return run_eval(paths, args.split, thresholds, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
