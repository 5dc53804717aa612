"""`siyu sequences list|enrol|stats|exit|preview --member` against a real redis-server, as a manager runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner

from bot.cli import cli
from bot.clock import SystemClock
from bot.inbound import Channel, Inbound, Kind
from bot.member import F_TIMEZONE
from bot.store.members import MemberStore
from tests.support.factories import OA_APPID
from tests.support.redis_server import RedisServer

CONFIG = Path(__file__).resolve().parents[2] / "config"


@pytest.fixture
def manager(redis_server: RedisServer, real_redis: redis.Redis, monkeypatch: pytest.MonkeyPatch) -> str:
    """A member in the real Redis; the CLI pointed at it. Returns the member id."""
    monkeypatch.setenv("SIYU_REDIS_URL", redis_server.url)
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    members = MemberStore(real_redis, SystemClock())
    member = members.touch(Inbound(brand="default", channel=Channel.OA, account=OA_APPID, kind=Kind.TEXT,
                                   sent_at=SystemClock().now(), user_id="o_cli", msg_id="1", text="hi"))
    assert member is not None
    members.update("default", member.id, set_fields={F_TIMEZONE: "America/Vancouver"})
    return member.id


def siyu(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_manager_enrols_watches_and_takes_a_member_out(manager: str) -> None:
    assert "enrolled" in siyu("sequences", "enrol", "newcomer", manager)
    refused = CliRunner().invoke(cli, ["sequences", "enrol", "newcomer", manager])
    assert refused.exit_code == 1 and "already enrolled" in refused.output
    listed = json.loads(siyu("sequences", "list", "--json"))
    assert listed[0]["id"] == "newcomer" and listed[0]["active"] == 1
    stats = json.loads(siyu("sequences", "stats", "newcomer", "--json"))
    assert stats["enrolled"] == 1
    welcome = next(row for row in stats["steps"] if row["step"] == "welcome")
    assert welcome["skipped"] == {"reply-only": 1}  # enrolled by hand: no follow answered it
    lesson = next(row for row in stats["steps"] if row["step"] == "lesson-1")
    assert lesson["at"] == 1
    assert {row["variant"] for row in stats["steps"] if row["step"] == "checkin"} == {"question", "offer"}
    timeline = json.loads(siyu("sequences", "preview", "newcomer", "--member", manager, "--json"))
    assert timeline[1]["step"] == "lesson-1" and timeline[1]["at"].endswith(("-08:00", "-07:00"))  # their zone
    assert f"{manager} left newcomer" in siyu("sequences", "exit", "newcomer", manager)
    stats = json.loads(siyu("sequences", "stats", "newcomer", "--json"))
    assert stats["exited"] == {"manager": 1}
    shown = siyu("sequences", "stats", "newcomer").splitlines()[0]  # verify14: it printed "{'manager': 1}"
    assert shown == "newcomer: enrolled 1, completed 0, exited 1 (manager 1)", shown
    assert next(row for row in stats["steps"] if row["step"] == "lesson-1")["at"] == 0
    again = CliRunner().invoke(cli, ["sequences", "exit", "newcomer", manager])
    assert again.exit_code == 1 and "is not in sequence" in again.output


def test_commands_that_read_enrolments_refuse_the_embedded_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    result = CliRunner().invoke(cli, ["sequences", "stats", "newcomer"])
    assert result.exit_code == 1 and "SIYU_REDIS_URL is not set" in result.output
