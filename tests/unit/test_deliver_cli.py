"""`siyu deliveries failed|parked`: the failed and parked ledgers as managers read them."""

from __future__ import annotations

import json

import fakeredis
import pytest
from click.testing import CliRunner

from bot.cli import deliveries as delivery_cli
from bot.clock import ManualClock
from bot.store.ledger import DeliveryLedger
from bot.store.tasks import ConfirmTask, TaskStore
from tests.support.factories import TEST_ENV


@pytest.fixture
def ledger(monkeypatch: pytest.MonkeyPatch, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> DeliveryLedger:
    for name, value in {**TEST_ENV, "SIYU_REDIS_URL": "redis://127.0.0.1:1/0"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(delivery_cli, "connect", lambda settings: fake_redis)
    return DeliveryLedger(fake_redis, clock)


def test_failed_lists_errcode_errmsg_route_member_key_and_time(ledger: DeliveryLedger) -> None:
    ledger.record_failure("default", key="seq:a:m1:2", member_id="m1", route="oa_custom", errcode=48002,
                          errmsg="api blocked", reason="UnreachableError")
    ledger.record_failure("default", key="drop:9", member_id="", route="group_robot", errcode=93000,
                          errmsg="invalid webhook url", reason="ConfigError")
    (newest, older) = ledger.failures("default", count=5)
    assert newest["key"] == "drop:9" and newest["errcode"] == "93000" and newest["route"] == "group_robot"
    assert older["member"] == "m1" and older["errmsg"] == "api blocked"
    assert newest["time"] == "2026-11-23T08:00:00+00:00"
    result = CliRunner().invoke(delivery_cli.deliveries, ["failed", "--count", "1"])
    assert result.exit_code == 0, result.output
    assert "93000" in result.output and "drop:9" in result.output and "seq:a:m1:2" not in result.output


def test_no_failures_is_not_an_error(ledger: DeliveryLedger) -> None:
    result = CliRunner().invoke(delivery_cli.deliveries, ["failed"])
    assert result.exit_code == 0 and "no failed deliveries" in result.output


def test_unknown_brand_and_missing_redis_are_named(ledger: DeliveryLedger, monkeypatch: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(delivery_cli.deliveries, ["failed", "--brand", "acme"])
    assert result.exit_code == 1 and "unknown brand 'acme'" in result.output
    monkeypatch.delenv("SIYU_REDIS_URL")
    result = CliRunner().invoke(delivery_cli.deliveries, ["failed"])
    assert result.exit_code == 1 and "SIYU_REDIS_URL" in result.output


def test_parked_lists_purpose_type_member_key_and_every_reason(ledger: DeliveryLedger) -> None:
    ledger.park("default", key="welcome:w1", member_id="", delivery={"purpose": "welcome", "message": {"type": "text"}},
                reason="wecom_welcome: no WeCom customer-contact secret and no app secret")
    result = CliRunner().invoke(delivery_cli.deliveries, ["parked"])
    assert result.exit_code == 0, result.output
    assert "welcome:w1" in result.output and "welcome" in result.output and "no app secret" in result.output
    assert "1 parked deliveries shown" in result.output


def test_no_parked_deliveries_is_not_an_error(ledger: DeliveryLedger) -> None:
    result = CliRunner().invoke(delivery_cli.deliveries, ["parked"])
    assert result.exit_code == 0 and "no parked deliveries" in result.output


def test_both_lists_take_json(ledger: DeliveryLedger) -> None:
    ledger.park("default", key="reply:1:0", member_id="m1", delivery={"purpose": "reply", "message": {"type": "image"}},
                reason="oa_custom: an unverified subscription account has no customer-service messages")
    ledger.record_failure("default", key="img:1", member_id="m1", route="oa_custom", errcode=None,
                          errmsg="image 'x' cannot be read", reason="ImageUnavailableError")
    parked = json.loads(CliRunner().invoke(delivery_cli.deliveries, ["parked", "--json"]).output)
    assert parked == [{"time": "2026-11-23T08:00:00+00:00", "key": "reply:1:0", "member": "m1", "purpose": "reply",
                       "type": "image", "reason": "oa_custom: an unverified subscription account has no "
                                                  "customer-service messages"}]
    [failed] = json.loads(CliRunner().invoke(delivery_cli.deliveries, ["failed", "--json"]).output)
    assert failed["key"] == "img:1" and failed["reason"] == "ImageUnavailableError"


def test_tasks_lists_open_confirm_tasks_and_how_others_ended(ledger: DeliveryLedger,
                                                             fake_redis: fakeredis.FakeRedis) -> None:
    store = TaskStore(fake_redis)
    delivery = {"key": "seq:newcomer:m1:3", "member_id": "m1", "user_id": "wmC1", "purpose": "sequence"}
    for msgid in ("msgA", "msgB"):
        store.open(ConfirmTask(brand="default", msgid=msgid, delivery=delivery, staff="zhangsan", created_s=0,
                               remind_at_s=4 * 3600, deadline_s=86400, otherwise="wait"), check_at_s=600)
    (done,) = store.claim_due("default", 600, limit=1)
    store.finish(done, state="expired", reason="zhangsan did not confirm the task within 24 h", now_s=86400)
    open_ = json.loads(CliRunner().invoke(delivery_cli.deliveries, ["tasks", "--json"]).output)
    assert open_ == [{"msgid": "msgB", "key": "seq:newcomer:m1:3", "member": "m1", "staff": "zhangsan",
                      "created": "1970-01-01T00:00:00+00:00", "remind_at": "1970-01-01T04:00:00+00:00",
                      "deadline": "1970-01-02T00:00:00+00:00", "otherwise": "wait", "reminders": 0}]
    result = CliRunner().invoke(delivery_cli.deliveries, ["tasks", "--ended"])
    assert result.exit_code == 0, result.output
    assert "expired" in result.output and "did not confirm" in result.output
    assert "1 ended confirm tasks" in result.output
    text = CliRunner().invoke(delivery_cli.deliveries, ["tasks"]).output
    assert "staff zhangsan" in text and "otherwise wait" in text and "1 open confirm tasks" in text
