"""The `siyu` command: production processes refuse the embedded Redis; simulate talks HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest
from click.testing import CliRunner
from werkzeug.serving import make_server

from bot.cli import cli


@pytest.mark.parametrize("command", ["serve", "worker"])
def test_production_commands_need_a_real_redis(command: str) -> None:
    result = CliRunner().invoke(cli, [command])
    assert result.exit_code != 0 and "SIYU_REDIS_URL is not set" in result.output


def test_invalid_setting_stops_with_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYU_REDIS_URL", "redis://127.0.0.1:1/0")
    monkeypatch.setenv("SIYU_TIMESTAMP_TOLERANCE_S", "later")
    result = CliRunner().invoke(cli, ["worker"])
    assert result.exit_code != 0 and "SIYU_TIMESTAMP_TOLERANCE_S" in result.output


def test_python_dash_m_bot_is_the_siyu_command() -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for command in ("demo", "serve", "worker", "simulate"):
        assert command in result.stdout


def test_simulate_posts_a_signed_encrypted_message_over_http(fake_redis, clock) -> None:
    from bot.app import create_app
    from bot.sandbox.demo import DEMO_ENV
    from bot.services import build_services
    from bot.settings import Settings

    app = create_app(services=build_services(Settings.from_env(DEMO_ENV), redis_client=fake_redis))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        result = CliRunner().invoke(cli, ["simulate", "--url", url, "ping"])
        assert result.exit_code == 0, result.output
        assert "HTTP 200" in result.output and "pong" in result.output
        result = CliRunner().invoke(cli, ["simulate", "--url", url, "--channel", "wecom", "ping"])
        assert "pong" in result.output
    finally:
        server.shutdown()


def test_unanswered_lists_the_most_asked_first(monkeypatch: pytest.MonkeyPatch) -> None:
    import fakeredis

    from bot.store import keys

    redis_client = fakeredis.FakeRedis(server=fakeredis.FakeServer())  # stands in for the deployment's Redis
    monkeypatch.setenv("SIYU_REDIS_URL", "redis://127.0.0.1:1/0")
    monkeypatch.setattr("bot.store.connection.connect", lambda settings: redis_client)
    redis_client.zadd(keys.unanswered("default"), {"ship mars": 3, "points": 1})
    redis_client.hset(keys.unanswered_samples("default"), mapping={"ship mars": "Do you ship to Mars?"})
    result = CliRunner().invoke(cli, ["unanswered"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["     3  Do you ship to Mars?", "     1  points"]


@pytest.mark.parametrize(("flags", "fork"), [([], False), (["--fork"], True)])
def test_worker_runs_jobs_in_process_unless_told_to_fork(monkeypatch: pytest.MonkeyPatch, flags: list[str],
                                                         fork: bool) -> None:
    import jobs.worker
    from bot.store import connection

    calls: list[dict[str, object]] = []
    monkeypatch.setenv("SIYU_REDIS_URL", "redis://127.0.0.1:1/0")
    monkeypatch.setattr(connection, "connect", lambda settings: "redis-client")
    monkeypatch.setattr(jobs.worker, "run_worker", lambda client, **options: calls.append(options))
    result = CliRunner().invoke(cli, ["worker", "--burst", *flags])
    assert result.exit_code == 0, result.output
    assert calls and calls[0]["fork"] is fork and calls[0]["burst"] is True


@pytest.mark.parametrize("command", [["simulate", "hi"], ["deliveries", "failed"], ["unanswered"]])
def test_every_command_stops_on_a_bad_setting_with_one_line(monkeypatch: pytest.MonkeyPatch,
                                                            command: list[str]) -> None:
    """One way to load settings: a bad SIYU_* value is one `Error:` line naming it, never a traceback."""
    monkeypatch.setenv("SIYU_TIMESTAMP_TOLERANCE_S", "later")
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 1, result.output
    assert "SIYU_TIMESTAMP_TOLERANCE_S" in result.output and "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)  # click exits; nothing raised past it


def test_an_unknown_brand_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYU_REDIS_URL", "redis://127.0.0.1:1/0")  # never reached: the brand is checked first
    result = CliRunner().invoke(cli, ["deliveries", "failed", "--brand", "nobody"])
    assert result.exit_code == 1 and "nobody" in result.output and "Traceback" not in result.output


def test_unanswered_refuses_the_empty_embedded_store() -> None:
    """Issue 10, report 9: without SIYU_REDIS_URL it read a fresh in-memory store and said nothing was asked."""
    result = CliRunner().invoke(cli, ["unanswered"])
    assert result.exit_code == 1 and "SIYU_REDIS_URL is not set" in result.output


def test_unanswered_without_redis_says_only_that() -> None:
    """Judged from outside (issue 10 #9): `siyu unanswered` built the whole web app first, so the web process's
    start-up warnings (robot keys, staff settings) came before its refusal, and before its output with Redis set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIYU_")}
    result = subprocess.run([sys.executable, "-m", "bot", "unanswered"], capture_output=True, text=True, timeout=60,
                            env=env)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == ["Error: SIYU_REDIS_URL is not set: the unanswered questions live in the "
                                          "web processes' Redis"]


def test_help_shows_siyu_s_commands_only_and_starts_nothing() -> None:
    """Issue 10, report 9: Flask's --env-file (broken without python-dotenv), --app and --debug were listed,
    and listing the commands built the app (its log lines came first)."""
    result = subprocess.run([sys.executable, "-m", "bot", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "--env-file" not in result.stdout and "--app" not in result.stdout and "--debug" not in result.stdout
    assert result.stderr == "" and result.stdout.startswith("Usage: siyu")


@pytest.mark.parametrize(("command", "runner"), [("worker", "jobs.worker.run_worker"), ("cron", "jobs.cron.run_cron")])
def test_worker_and_cron_log_json_lines_under_siyu_log_format_json(monkeypatch: pytest.MonkeyPatch, command: str,
                                                                   runner: str) -> None:
    """CONTRACTS.md `SIYU_LOG_FORMAT=json`. Found by contracts21: `siyu cron` kept RQ's text lines ("06:49:53
    Registered 'jobs.sequences.tick' ..."); `siyu worker` already set up JSON logging before it started."""
    import importlib

    from bot.observability import logs
    from bot.store import connection

    formats: list[str] = []
    module, _, name = runner.rpartition(".")
    monkeypatch.setenv("SIYU_REDIS_URL", "redis://127.0.0.1:1/0")
    monkeypatch.setenv("SIYU_LOG_FORMAT", "json")
    monkeypatch.setattr(connection, "connect", lambda settings: "redis-client")
    monkeypatch.setattr(logs, "configure", lambda level, fmt="text": formats.append(fmt))
    monkeypatch.setattr(importlib.import_module(module), name, lambda *args, **options: formats.append("started"))
    result = CliRunner().invoke(cli, [command])
    assert result.exit_code == 0, result.output
    assert formats == ["json", "started"]


def test_every_json_option_says_what_it_prints() -> None:
    """CONTRACTS.md: every command that lists something takes --json. Found by contracts21: the campaigns commands'
    --json had no help line, so `siyu campaigns report --help` showed a bare `--json`."""
    import click

    def commands(group: click.Group, path: str) -> list[tuple[str, click.Command]]:
        found: list[tuple[str, click.Command]] = []
        for name, command in group.commands.items():
            found.append((f"{path} {name}", command))
            if isinstance(command, click.Group):
                found.extend(commands(command, f"{path} {name}"))
        return found

    bare = [path for path, command in commands(cli, "siyu") for param in command.params
            if isinstance(param, click.Option) and "--json" in param.opts and not param.help]
    assert bare == []
