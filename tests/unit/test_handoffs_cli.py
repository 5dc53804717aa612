"""`siyu handoffs [--json]` and `siyu handoffs close ID`: the open handoffs with their age, and ending one."""

from __future__ import annotations

import json
import time

import fakeredis
import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.cli import handoffs as handoffs_cli
from bot.clock import SystemClock
from bot.member import F_HANDOFF, member_id_for
from bot.store.handoffs import HandoffStore
from bot.store.members import MemberStore
from tests.support.factories import OA_APPID, TEST_ENV, make_inbound


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch, fake_redis: fakeredis.FakeRedis) -> HandoffStore:
    for name, value in {**TEST_ENV, "SIYU_REDIS_URL": "redis://127.0.0.1:1/0"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(handoffs_cli, "connect", lambda settings: fake_redis)
    return HandoffStore(fake_redis, SystemClock())


def member_id(openid: str) -> str:
    return member_id_for(f"oa:{OA_APPID}:{openid}")


def open_one(store: HandoffStore, handoff_id: str, openid: str, *, age_s: int) -> None:
    now = int(time.time())
    members = MemberStore(store.redis, store.clock)
    members.touch(make_inbound(user_id=openid))
    store.open("default", handoff_id=handoff_id, member_id=member_id(openid), channel="oa", reason="asked",
               text="人工", opened_s=now - age_s, until_s=now - age_s + 86400, told="wecom_app:lumi-service")
    members.update("default", member_id(openid), set_fields={F_HANDOFF: f"{handoff_id}|{now - age_s + 86400}"})


def test_lists_open_handoffs_oldest_first_with_their_age(store: HandoffStore) -> None:
    open_one(store, "hnewer001", "m2", age_s=300)
    open_one(store, "holder001", "m1", age_s=2 * 3600 + 60)
    result = CliRunner().invoke(cli, ["handoffs"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("holder001  age   2h01m") and f"member {member_id('m1')}" in lines[0]
    assert lines[2].startswith("hnewer001  age      5m")
    assert "told: wecom_app:lumi-service" in lines[1] and lines[-1] == "2 open handoff(s) for brand 'default'"


def test_json_lists_id_member_and_age(store: HandoffStore) -> None:
    open_one(store, "holder001", "m1", age_s=600)
    result = CliRunner().invoke(cli, ["handoffs", "--json"])
    [row] = json.loads(result.output)
    assert row["id"] == "holder001" and row["member"] == member_id("m1") and 600 <= row["age_s"] < 660
    assert CliRunner().invoke(cli, ["handoffs", "close", "holder001"]).exit_code == 0
    assert json.loads(CliRunner().invoke(cli, ["handoffs", "--json"]).output) == []


def test_close_ends_one_and_the_member_is_answered_again(store: HandoffStore) -> None:
    open_one(store, "holder001", "m1", age_s=60)
    result = CliRunner().invoke(cli, ["handoffs", "close", "holder001"])
    assert result.exit_code == 0 and f"member {member_id('m1')}" in result.output
    member = MemberStore(store.redis, store.clock).get("default", member_id("m1"))
    assert member is not None and F_HANDOFF not in member.fields
    again = CliRunner().invoke(cli, ["handoffs", "close", "holder001"])
    assert again.exit_code == 1 and "no open handoff 'holder001'" in again.output
    assert "no open handoffs" in CliRunner().invoke(cli, ["handoffs"]).output


def test_refuses_without_a_real_redis(store: HandoffStore, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIYU_REDIS_URL")
    result = CliRunner().invoke(cli, ["handoffs"])
    assert result.exit_code == 1 and "SIYU_REDIS_URL" in result.output
