from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import load_settings, resolve_config_path


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_config_file_use_console_and_sqlite(tmp_path: Path) -> None:
    settings = load_settings({}, tmp_path / "missing.toml", explicit=False)
    assert settings.platforms == ("console",)
    assert settings.database_url == "sqlite:///data/alertbot.db"
    assert settings.seeds_dir == Path("seeds")
    assert settings.feeds == ()


def test_an_explicit_missing_config_file_is_an_error_that_names_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="missing.toml does not exist"):
        load_settings({}, tmp_path / "missing.toml", explicit=True)


def test_config_path_order_is_flag_then_environment_then_default() -> None:
    assert resolve_config_path("a.toml", {"ALERTBOT_CONFIG": "b.toml"}) == (Path("a.toml"), True)
    assert resolve_config_path(None, {"ALERTBOT_CONFIG": "b.toml"}) == (Path("b.toml"), True)
    assert resolve_config_path(None, {}) == (Path("config/alertbot.toml"), False)


def test_feeds_are_read_with_name_url_and_interval(tmp_path: Path) -> None:
    path = write(tmp_path, '[[feeds]]\nname = "A"\nurl = "https://a.example/rss"\ninterval = 300\n')
    (feed,) = load_settings({}, path).feeds
    assert (feed.name, feed.url, feed.interval) == ("A", "https://a.example/rss", 300)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[feeds]]\nurl = "https://a.example/rss"\n', "needs a name"),
        ('[[feeds]]\nname = "A"\nurl = "ftp://a.example"\n', "'A'.*http"),
        ('[[feeds]]\nname = "A"\nurl = "https://a.example"\ninterval = "10m"\n', "interval must be a whole number"),
        ('[[feeds]]\nname = "A"\nurl = "https://a.example"\nurls = "x"\n', "unknown key.*urls"),
        ('[[feeds]]\nname = "A"\nurl = "https://a"\n[[feeds]]\nname = "A"\nurl = "https://b"\n', "appears twice"),
        ("[seeds\n", "not valid TOML"),
        ("[classifier.thresholds]\nsanction = 0.5\n", "classifier.thresholds.sanction is not a topic"),
        ("[classifier.thresholds]\nsanctions = 2\n", "from 0 to 1"),
        ("[alerts]\npush_window_hours = -1\n", "alerts.push_window_hours"),
        ("[slack]\nmanagers = \"everyone\"\n", None),
    ],
)
def test_config_errors_name_the_key_and_the_fix(tmp_path: Path, text: str, message: str | None) -> None:
    path = write(tmp_path, text)
    env = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"} if message is None else {}
    with pytest.raises(ConfigError, match=message or "slack.managers must be one of members, admins"):
        load_settings(env, path)


def test_chat_platforms_come_from_the_environment_and_replace_the_console(tmp_path: Path) -> None:
    settings = load_settings(
        {"TELEGRAM_BOT_TOKEN": "123:abc", "TELEGRAM_API_URL": "http://127.0.0.1:9/bot", "PORT": "8081"}, None
    )
    assert settings.platforms == ("telegram",)
    assert settings.telegram is not None and settings.telegram.api_url == "http://127.0.0.1:9/bot"
    assert "123:abc" not in repr(settings)
    assert settings.port == 8081


def test_slack_needs_a_socket_token_or_a_signing_secret() -> None:
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN.*SLACK_SIGNING_SECRET"):
        load_settings({"SLACK_BOT_TOKEN": "xoxb-1"}, None)


def test_a_bad_port_is_named() -> None:
    with pytest.raises(ConfigError, match="PORT must be"):
        load_settings({"PORT": "http"}, None)


def test_the_shipped_config_loads() -> None:
    settings = load_settings({}, Path(__file__).resolve().parents[1] / "config" / "alertbot.toml")
    assert len(settings.feeds) >= 8
    assert all(f.interval >= 60 for f in settings.feeds)


def test_event_window_is_configurable(tmp_path: Path) -> None:
    assert load_settings({}, write(tmp_path, "[events]\nwindow_hours = 24\n")).event_window_hours == 24.0
    with pytest.raises(ConfigError, match="events.window_hours must be a number >= 1.0"):
        load_settings({}, write(tmp_path, "[events]\nwindow_hours = 0\n"))
