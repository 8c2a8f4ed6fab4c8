"""Shared fixtures: a real SQLite store in a temp folder, settings from a dict environment, a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import os

import pytest

from bot.settings import Settings, load_settings
from bot.store import Store, metadata

NOW = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
POSTGRES_URL = os.environ.get("ALERTBOT_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A real store: SQLite in a temp folder, and PostgreSQL when ALERTBOT_TEST_POSTGRES_URL names one."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'alertbot.db'}"
    elif POSTGRES_URL:
        url = POSTGRES_URL
        reset = Store.open(url)
        metadata.drop_all(reset.engine)
        reset.close()
    else:
        pytest.skip("PostgreSQL tests need ALERTBOT_TEST_POSTGRES_URL (.ci/run starts a server and sets it)")
    store = Store.open(url)
    yield store
    store.close()


def make_settings(tmp_path: Path, config: str = "", **environ: str) -> Settings:
    """Settings from TOML text and an environment dict, with the seed folder and database under tmp_path."""
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    path = tmp_path / "alertbot.toml"
    path.write_text(f'[seeds]\ndir = "{seeds.as_posix()}"\n' + config, encoding="utf-8")
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'alertbot.db'}", **environ}
    return load_settings(env, path)
