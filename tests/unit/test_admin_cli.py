"""`siyu admin token ...`, `siyu admin audit`, `siyu members ...`, `siyu sequences pause|resume`, `siyu deliveries
retry|retry-all`: thin over the same functions as the API, with exit codes scripts can trust."""

from __future__ import annotations

import json

import fakeredis
import pytest
from click.testing import CliRunner

from bot.cli import admin as admin_cli
from bot.cli import cli
from bot.cli import deliveries as deliveries_cli
from bot.cli import members as members_cli
from bot.cli import ops as ops_cli
from bot.cli import sequences as sequences_cli
from bot.clock import SystemClock
from bot.member import F_NICKNAME, member_id_for
from bot.outbound import Text
from bot.store.ledger import DeliveryLedger
from bot.store.members import MemberStore
from bot.store.tokens import TokenStore
from tests.support.factories import OA_APPID, TEST_ENV, make_delivery, make_inbound


@pytest.fixture
def redis(monkeypatch: pytest.MonkeyPatch, fake_redis: fakeredis.FakeRedis) -> fakeredis.FakeRedis:
    for name, value in {**TEST_ENV, "SIYU_REDIS_URL": "redis://127.0.0.1:1/0"}.items():
        monkeypatch.setenv(name, value)
    for module in (admin_cli, members_cli, deliveries_cli, sequences_cli, ops_cli):
        monkeypatch.setattr(module, "connect", lambda settings: fake_redis)
    return fake_redis


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_token_create_prints_the_token_last_and_stores_only_its_hash(redis: fakeredis.FakeRedis) -> None:
    result = run("admin", "token", "create", "--role", "write", "--label", "ci")
    assert result.exit_code == 0, result.output
    token = result.output.strip().splitlines()[-1]
    assert token.startswith("sy_")
    record = TokenStore(redis, SystemClock()).verify(token)
    assert record is not None and record.role == "write" and record.brand == "" and record.label == "ci"
    assert token.encode() not in b"".join(v for k in redis.keys("*") if redis.type(k) == b"hash"
                                          for v in redis.hvals(k))
    [row] = json.loads(run("admin", "token", "list", "--json").output)
    assert row["id"] == record.id and row["role"] == "write"
    assert run("admin", "token", "revoke", record.id).exit_code == 0
    assert TokenStore(redis, SystemClock()).verify(token) is None
    assert run("admin", "token", "revoke", record.id).exit_code == 1  # no such token
    assert run("admin", "token", "create", "--role", "admin").exit_code == 2  # bad usage
    assert run("admin", "token", "create", "--role", "read", "--brand", "nosuch").exit_code == 1
    actions = [r["action"] for r in json.loads(run("admin", "audit", "--json").output)]
    assert actions == ["token revoke", "token create"]


def test_members_search_show_tag_untag_optout(redis: fakeredis.FakeRedis) -> None:
    MemberStore(redis, SystemClock()).touch(make_inbound(user_id="o_cli"))
    member = member_id_for(f"oa:{OA_APPID}:o_cli")
    [found] = json.loads(run("members", "search", "--channel-id", "o_cli", "--json").output)
    assert found["id"] == member
    MemberStore(redis, SystemClock()).touch(make_inbound(user_id="o_cli_2"))
    MemberStore(redis, SystemClock()).update("default", member, set_fields={F_NICKNAME: "Lin Xiao 小林"})
    assert [m["id"] for m in json.loads(run("members", "search", "--name", "lin x", "--json").output)] == [member]
    assert run("members", "tag", member, "vip", "beta").exit_code == 0
    tagged = json.loads(run("members", "search", "--tag", "vip", "--json").output)
    assert [m["id"] for m in tagged] == [member]
    assert run("members", "untag", member, "vip").exit_code == 0
    assert json.loads(run("members", "search", "--tag", "vip", "--json").output) == []  # nothing found: exit 0
    shown = json.loads(run("members", "show", member, "--json").output)
    assert shown["tags"] == ["beta"] and shown["opted_out"] is False
    out = run("members", "optout", member)
    assert out.exit_code == 0 and "opted-out" in out.output
    missing = run("members", "show", "mdeadbeefdeadbeef")
    assert missing.exit_code == 1 and "no member" in missing.output
    assert run("members", "search").exit_code == 1  # no criterion: refused with the reason


def test_sequences_pause_resume(redis: fakeredis.FakeRedis) -> None:
    assert run("sequences", "pause", "newcomer").output.strip() == "newcomer: paused"
    assert run("sequences", "resume", "newcomer").output.strip() == "newcomer: running"
    assert run("sequences", "pause", "nosuch").exit_code == 1


def test_deliveries_retry_and_retry_all(redis: fakeredis.FakeRedis) -> None:
    ledger = DeliveryLedger(redis, SystemClock())
    for key in ("a:1", "a:2"):
        ledger.record_failure("default", key=key, member_id="m1", route="oa_custom", errcode=45015, errmsg="late",
                              reason="x", delivery=make_delivery(Text(text="hi"), key=key).to_data())
    assert run("deliveries", "retry", "a:1").exit_code == 0
    assert run("deliveries", "retry", "a:1").exit_code == 1  # retried already
    assert run("deliveries", "retry-all", input="n\n").exit_code == 1  # not confirmed: nothing done
    result = run("deliveries", "retry-all", "--yes", "--json")
    assert json.loads(result.output) == {"queued": 1, "keys": ["a:2"]}
    assert json.loads(run("deliveries", "retry-all", "--yes", "--json").output)["queued"] == 0  # nothing: exit 0
    assert len(redis.lrange("rq:queue:high", 0, -1)) == 2


def test_overview_and_queues(redis: fakeredis.FakeRedis) -> None:
    MemberStore(redis, SystemClock()).touch(make_inbound(user_id="o_ops"))
    data = json.loads(run("overview", "--json").output)
    assert data["members"] == 1 and data["brand"] == "default"
    assert "1 members" in run("overview").output
    health = json.loads(run("queues", "--json").output)
    assert [q["name"] for q in health["queues"]] == ["welcome", "high", "default", "bulk"]
    assert run("queues").exit_code == 0
