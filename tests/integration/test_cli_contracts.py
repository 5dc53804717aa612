"""The CLI as CONTRACTS.md and a script see it: content that cannot load is one `Error:` line and exit 1 for every
command that reads it, never a traceback (as `sequences`, `drops`, `channels` and `segment` already did)."""

from __future__ import annotations

import pytest
import redis
from click.testing import CliRunner

from bot.cli import cli
from tests.support.redis_server import RedisServer


@pytest.mark.parametrize("command", [
    ["campaigns", "list", "--json"],
    ["campaigns", "progress", "winter-serum", "--json"],
    ["campaigns", "report", "winter-serum", "--json"],
    ["campaigns", "dry-run", "winter-serum"],
    ["leaders", "--json"],
    ["tones", "--configured", "--json"],
])
def test_content_that_cannot_load_is_one_line_not_a_traceback(command: list[str], redis_server: RedisServer,
                                                                real_redis: redis.Redis, tmp_path: object,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by contracts21: with nothing published and SIYU_CONFIG_DIR naming no folder, these raised ContentError
    past click (a traceback), while `siyu sequences list` said `Error: 1 problem(s) in ...` and exited 1."""
    monkeypatch.setenv("SIYU_REDIS_URL", redis_server.url)
    monkeypatch.setenv("SIYU_CONFIG_DIR", f"{tmp_path}/no-such-folder")
    result = CliRunner().invoke(cli, command)
    assert result.exit_code == 1, result.output
    assert "Error: 1 problem(s) in" in result.output and "no-such-folder" in result.output
    assert isinstance(result.exception, SystemExit)  # click's one line; nothing raised past it
