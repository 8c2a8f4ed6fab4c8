"""The command line as a user meets it: python -m bot in a fresh folder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BELARUS = (REPO / "seeds" / "belarus-frees-123-prisoners.txt").read_text(encoding="utf-8")


def alertbot(*args: str, cwd: Path, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "DATABASE_", "ALERTBOT_"))}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, input=stdin, capture_output=True,
                          text=True, env=environ, timeout=60)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "belarus.txt").write_text(BELARUS, encoding="utf-8")
    (tmp_path / "seeds" / "film.txt").write_text("Studio releases restored film\nOut next week.\n", encoding="utf-8")
    return tmp_path


def test_run_once_prints_the_alert_then_nothing_and_keeps_logs_on_stderr(workdir: Path) -> None:
    first = alertbot("run", "--once", cwd=workdir)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("[ALERT] Belarus frees 123 political prisoners")
    assert first.stdout.count("[ALERT]") == 1
    assert "cycle done" in first.stderr and "[ALERT]" not in first.stderr
    assert (workdir / "data" / "alertbot.db").exists()
    second = alertbot("run", "--once", cwd=workdir)
    assert second.returncode == 0 and second.stdout == ""


def test_latest_sources_and_status_after_a_run(workdir: Path) -> None:
    alertbot("run", "--once", cwd=workdir)
    latest = alertbot("latest", "releases", "-n", "3", cwd=workdir)
    assert latest.returncode == 0
    assert "- Belarus frees 123 political prisoners" in latest.stdout
    assert alertbot("latest", "weather", cwd=workdir).returncode == 1
    sources = alertbot("sources", cwd=workdir)
    assert "seeds" in sources.stdout and "ok" in sources.stdout
    status = alertbot("status", cwd=workdir)
    assert "console:stdout" in status.stdout and "1 sent" in status.stdout


def test_classify_text_files_and_jsonl(workdir: Path) -> None:
    out = alertbot("classify", "seeds/belarus.txt", "seeds/film.txt", cwd=workdir)
    assert out.returncode == 0, out.stderr
    belarus, film = (json.loads(line) for line in out.stdout.splitlines())
    assert set(belarus) == {"id", "labels", "scores", "facts", "evidence"}
    assert belarus["id"] == "belarus" and set(belarus["labels"]) == {"prisoner_release", "sanctions"}
    assert film["labels"] == []
    items = '{"id": "x1", "title": "US Treasury imposes sanctions on Iranian oil network", "summary": ""}\n\nnot json\n'
    out = alertbot("classify", "--jsonl", cwd=workdir, stdin=items)
    assert out.returncode == 1
    (line,) = out.stdout.splitlines()
    assert json.loads(line)["labels"] == ["sanctions"]
    assert "-:3: not JSON" in out.stderr


def test_classify_a_missing_file_names_it(workdir: Path) -> None:
    out = alertbot("classify", "nope.txt", cwd=workdir)
    assert out.returncode == 1 and "nope.txt: cannot read" in out.stderr


def test_help_and_bad_arguments(workdir: Path) -> None:
    help_text = alertbot("--help", cwd=workdir)
    assert help_text.returncode == 0
    for word in ("run", "latest", "classify", "eval", "sources", "status", "TELEGRAM_BOT_TOKEN"):
        assert word in help_text.stdout
    assert "--once" in alertbot("run", "--help", cwd=workdir).stdout
    bad = alertbot("run", "--twice", cwd=workdir)
    assert bad.returncode == 2 and "unrecognized arguments: --twice" in bad.stderr
    assert alertbot("frobnicate", cwd=workdir).returncode == 2


def test_configuration_errors_are_one_clear_line(workdir: Path) -> None:
    out = alertbot("--config", "missing.toml", "run", "--once", cwd=workdir)
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "alertbot: configuration error: config file missing.toml does not exist: "
        "pass --config PATH or set ALERTBOT_CONFIG to an existing file"
    )
    bad_db = alertbot("run", "--once", cwd=workdir, DATABASE_URL="nonsense://")
    assert bad_db.returncode == 2 and "DATABASE_URL" in bad_db.stderr


def test_secrets_never_reach_the_logs(workdir: Path) -> None:
    token = "123456:SECRET-token-value"
    out = alertbot("--log-level", "DEBUG", "run", "--once", cwd=workdir, TELEGRAM_BOT_TOKEN=token,
                   TELEGRAM_API_URL="http://127.0.0.1:9/bot")
    assert token not in out.stderr and token not in out.stdout
    assert "SECRET-token" not in out.stderr


def test_the_service_alerts_from_the_seed_folder_and_stops_cleanly_on_sigterm(workdir: Path) -> None:
    import signal
    import time

    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "DATABASE_"))}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=workdir, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=environ)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (workdir / "data" / "alertbot.db").exists():
            time.sleep(0.1)
        time.sleep(1.5)
        # A seed dropped while the service runs is picked up on the next scan.
        (workdir / "seeds" / "swap.txt").write_text(
            "Russia and Ukraine exchange 150 prisoners of war each\nThe swap was brokered by the UAE.\n",
            encoding="utf-8")
        time.sleep(7)
    finally:
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr
    assert "[ALERT] Belarus frees 123" in stdout
    assert "[ALERT] Russia and Ukraine exchange 150 prisoners of war" in stdout
    assert "shutting down" in stderr and "Traceback" not in stderr


def test_redaction_covers_messages_arguments_and_tracebacks() -> None:
    import logging

    from bot.__main__ import KeyedFormatter, RedactSecrets

    secret = "123456:SECRET-token-value"
    redactor = RedactSecrets([secret, "short"])
    formatter = KeyedFormatter("%(message)s")
    try:
        raise ValueError(f"POST https://api.telegram.org/bot{secret}/sendMessage failed")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "calling %s", (f"/bot{secret}/getMe",), sys.exc_info())
    record.source = "feed"
    assert redactor.filter(record)
    text = formatter.format(record)
    assert secret not in text
    assert "calling /bot[secret]/getMe" in text and "bot[secret]/sendMessage failed" in text
    assert text.splitlines()[0].endswith("[source=feed]")


def test_a_reader_that_stops_early_ends_the_command_quietly(workdir: Path) -> None:
    # `alertbot classify --jsonl big.jsonl | head -1`: the pipe closes after the first line.
    items = "".join(json.dumps({"id": f"x{n}", "title": "Belarus frees 123 political prisoners"}) + "\n" for n in range(5000))
    (workdir / "big.jsonl").write_text(items, encoding="utf-8")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_", "DATABASE_", "ALERTBOT_"))}
    proc = subprocess.Popen([sys.executable, "-m", "bot", "classify", "--jsonl", "big.jsonl"], cwd=workdir,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environ)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert json.loads(first)["id"] == "x0"
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
