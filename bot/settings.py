"""Settings: secrets and endpoints from the environment, editable lists from config/alertbot.toml."""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .errors import ConfigError
from .models import TOPICS, FeedConfig

log = logging.getLogger(__name__)

DEFAULT_CONFIG_PATH = Path("config/alertbot.toml")
DEFAULT_DATABASE_URL = "sqlite:///data/alertbot.db"
DEFAULT_TELEGRAM_API_URL = "https://api.telegram.org/bot"
DEFAULT_SLACK_API_URL = "https://slack.com/api/"
MIN_FEED_INTERVAL = 60


@dataclass(frozen=True, slots=True)
class TelegramSettings:
    """Telegram adapter settings: the token is a secret and is never logged."""

    token: str = field(repr=False)
    api_url: str = DEFAULT_TELEGRAM_API_URL
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    link_previews: bool = False


@dataclass(frozen=True, slots=True)
class SlackSettings:
    """Slack adapter settings: tokens and the signing secret are never logged."""

    bot_token: str = field(repr=False)
    signing_secret: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    api_url: str = DEFAULT_SLACK_API_URL
    port: int = 3000
    managers: str = "members"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything alertbot needs to run, read once at start-up."""

    config_path: Path | None
    database_url: str = field(repr=False, default=DEFAULT_DATABASE_URL)
    seeds_dir: Path = Path("seeds")
    seeds_interval: int = 5
    feeds: tuple[FeedConfig, ...] = ()
    push_window_hours: float = 48.0
    event_window_hours: float = 72.0
    thresholds: Mapping[str, float] = field(default_factory=dict)
    telegram: TelegramSettings | None = None
    slack: SlackSettings | None = None
    port: int | None = None
    console: bool = True
    max_attempts: int = 10

    @property
    def platforms(self) -> tuple[str, ...]:
        """The chat platforms alerts go to; the console when no chat platform is configured."""
        names = tuple(name for name, on in (("telegram", self.telegram), ("slack", self.slack)) if on)
        return names + (("console",) if self.console else ())


def resolve_config_path(cli_path: str | None, environ: Mapping[str, str]) -> tuple[Path, bool]:
    """The config file to read, and whether the user named it explicitly."""
    if cli_path:
        return Path(cli_path), True
    if environ.get("ALERTBOT_CONFIG"):
        return Path(environ["ALERTBOT_CONFIG"]), True
    return DEFAULT_CONFIG_PATH, False


def load_settings(environ: Mapping[str, str], path: Path | None, *, explicit: bool = True) -> Settings:
    """Read the TOML file at `path` (if any) and the environment into Settings."""
    config = _read_toml(path, explicit)
    seeds = _table(config, "seeds")
    alerts = _table(config, "alerts")
    classifier = _table(config, "classifier")
    telegram_cfg = _table(config, "telegram")
    slack_cfg = _table(config, "slack")
    thresholds = _thresholds(_table(classifier, "thresholds", "classifier."))

    telegram = None
    if environ.get("TELEGRAM_BOT_TOKEN"):
        telegram = TelegramSettings(
            token=environ["TELEGRAM_BOT_TOKEN"].strip(),
            api_url=environ.get("TELEGRAM_API_URL") or DEFAULT_TELEGRAM_API_URL,
            webhook_url=environ.get("TELEGRAM_WEBHOOK_URL") or _str(telegram_cfg, "webhook_url", "telegram.", None),
            webhook_secret=environ.get("TELEGRAM_WEBHOOK_SECRET") or None,
            link_previews=_bool(telegram_cfg, "link_previews", "telegram.", _bool(alerts, "link_previews", "alerts.", False)),
        )
    port = _port(environ)
    slack = None
    if environ.get("SLACK_BOT_TOKEN"):
        slack = SlackSettings(
            bot_token=environ["SLACK_BOT_TOKEN"].strip(),
            signing_secret=environ.get("SLACK_SIGNING_SECRET") or None,
            app_token=environ.get("SLACK_APP_TOKEN") or None,
            api_url=environ.get("SLACK_API_URL") or DEFAULT_SLACK_API_URL,
            port=port or 3000,
            managers=_choice(slack_cfg, "managers", "slack.", ("members", "admins"), "members"),
        )
        if not slack.app_token and not slack.signing_secret:
            raise ConfigError(
                "SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET "
                "(HTTP mode) is: set one of them, or unset SLACK_BOT_TOKEN"
            )
    console_default = telegram is None and slack is None
    return Settings(
        config_path=path if config else None,
        database_url=environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        seeds_dir=Path(_str(seeds, "dir", "seeds.", "seeds") or "seeds"),
        seeds_interval=_int(seeds, "interval", "seeds.", 5, minimum=1),
        feeds=_feeds(config.get("feeds", [])),
        push_window_hours=_float(alerts, "push_window_hours", "alerts.", 48.0, minimum=0.0),
        event_window_hours=_float(_table(config, "events"), "window_hours", "events.", 72.0, minimum=1.0),
        thresholds=thresholds,
        telegram=telegram,
        slack=slack,
        port=port,
        console=_bool(_table(config, "console"), "enabled", "console.", console_default),
        max_attempts=_int(alerts, "max_attempts", "alerts.", 10, minimum=1),
    )


def _read_toml(path: Path | None, explicit: bool) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        if explicit:
            raise ConfigError(
                f"config file {path} does not exist: pass --config PATH or set ALERTBOT_CONFIG to an existing file"
            ) from None
        log.info("no config file at %s; using built-in defaults (seed folder ./seeds, no feeds)", path)
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc.strerror}") from None


def _table(config: Mapping[str, Any], key: str, prefix: str = "") -> dict[str, Any]:
    value = config.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"[{prefix}{key}] must be a table, like [{prefix}{key}] on its own line")
    return value


def _str(table: Mapping[str, Any], key: str, prefix: str, default: str | None) -> str | None:
    value = table.get(key, default)
    if value is not None and not isinstance(value, str):
        raise ConfigError(f"{prefix}{key} must be a string in quotes, got {value!r}")
    return value


def _bool(table: Mapping[str, Any], key: str, prefix: str, default: bool) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{prefix}{key} must be true or false, got {value!r}")
    return value


def _int(table: Mapping[str, Any], key: str, prefix: str, default: int, *, minimum: int) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigError(f"{prefix}{key} must be a whole number >= {minimum}, got {value!r}")
    return value


def _float(table: Mapping[str, Any], key: str, prefix: str, default: float, *, minimum: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise ConfigError(f"{prefix}{key} must be a number >= {minimum}, got {value!r}")
    return float(value)


def _choice(table: Mapping[str, Any], key: str, prefix: str, choices: tuple[str, ...], default: str) -> str:
    value = table.get(key, default)
    if value not in choices:
        raise ConfigError(f"{prefix}{key} must be one of {', '.join(choices)}, got {value!r}")
    return str(value)


def _thresholds(table: Mapping[str, Any]) -> dict[str, float]:
    out: dict[str, float] = {}
    for topic, value in table.items():
        if topic not in TOPICS:
            raise ConfigError(
                f"classifier.thresholds.{topic} is not a topic: use one of {', '.join(TOPICS)}"
            )
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
            raise ConfigError(f"classifier.thresholds.{topic} must be a number from 0 to 1, got {value!r}")
        out[topic] = float(value)
    return out


def _feeds(raw: Any) -> tuple[FeedConfig, ...]:
    if not isinstance(raw, list):
        raise ConfigError("feeds must be an array of tables: write each feed as a [[feeds]] table")
    feeds: list[FeedConfig] = []
    seen: set[str] = set()
    for number, item in enumerate(raw, start=1):
        where = f"[[feeds]] number {number}"
        if not isinstance(item, dict):
            raise ConfigError(f"{where} must be a table with name, url and interval")
        unknown = set(item) - {"name", "url", "interval"}
        if unknown:
            raise ConfigError(f"{where} has unknown key(s) {', '.join(sorted(unknown))}: only name, url, interval")
        name = item.get("name")
        url = item.get("url")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where} needs a name: add name = \"...\"")
        where = f"[[feeds]] {name!r}"
        if name in seen:
            raise ConfigError(f"{where} appears twice: feed names must be unique")
        seen.add(name)
        if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise ConfigError(f"{where} needs url = an http:// or https:// address, got {url!r}")
        interval = item.get("interval", 600)
        if isinstance(interval, bool) or not isinstance(interval, int) or interval < 1:
            raise ConfigError(f"{where}: interval must be a whole number of seconds, got {interval!r}")
        if interval < MIN_FEED_INTERVAL:
            log.warning("feed %r polls every %d s; most publishers ask for %d s or more", name, interval, MIN_FEED_INTERVAL)
        feeds.append(FeedConfig(name=name, url=url, interval=interval))
    return tuple(feeds)


def _port(environ: Mapping[str, str]) -> int | None:
    raw = environ.get("PORT")
    if not raw:
        return None
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise ConfigError(f"PORT must be a TCP port number from 1 to 65535, got {raw!r}")
    return int(raw)


def environment() -> Mapping[str, str]:
    """The process environment (a seam for tests)."""
    return os.environ
