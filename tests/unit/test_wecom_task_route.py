"""The wecom_task route's refusals and payload, the staff contact a customer's member keeps, the
DeliveryContext task fields, and the task store's claims (fakeredis; the life cycle over HTTP and a real
redis-server is tests/integration/test_wecom_tasks.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import fakeredis
import pytest
from rq.cron import CronScheduler

from bot.channels import ROUTES, RouteContext, choose
from bot.channels.base import Permanent
from bot.channels.wecom_task import first_check_s, payload
from bot.gateway import Gateway, wecom_app
from bot.inbound import Channel, Kind
from bot.member import F_STAFF
from bot.outbound import TASK_EXPIRE_S, TASK_REMIND_S, Delivery, DeliveryContext, Link, MiniProgram, Text
from bot.settings import Settings
from bot.store.budget import BudgetStore
from bot.store.members import MemberStore
from bot.store.tasks import ConfirmTask, TaskStore
from jobs import tasks
from tests.support.factories import WECOM_CORP_ID, make_inbound, make_member, make_settings

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
ROUTE = ROUTES["wecom_task"]


def ctx_for(settings: Settings, redis_client: fakeredis.FakeRedis, *, tasks: bool = True) -> RouteContext:
    return RouteContext(gateway=Gateway(redis_client, settings), budget=BudgetStore(redis_client),
                        tasks=TaskStore(redis_client) if tasks else None)


def task_delivery(**context: Any) -> Delivery:
    return Delivery(brand="default", channel="wecom", account=WECOM_CORP_ID, member_id="m1", user_id="wmCustomer01",
                    message=Text(text="hello"), key="seq:s:m1:1", purpose="sequence", routes=("wecom_task",),
                    context=DeliveryContext(**context))


@pytest.fixture
def contact_settings() -> Settings:
    return make_settings(SIYU_WECOM_SECRET="appsecret", SIYU_WECOM_CONTACT_SECRET="contactsecret")


def test_a_customer_with_a_staff_contact_is_accepted(contact_settings: Settings,
                                                     fake_redis: fakeredis.FakeRedis) -> None:
    member = make_member(**{F_STAFF: "zhangsan"})
    assert ROUTE.refusal(ctx_for(contact_settings, fake_redis), task_delivery(), member, NOW) is None
    # the delivery may name the staff member itself (DeliveryContext.staff_id)
    assert ROUTE.refusal(ctx_for(contact_settings, fake_redis), task_delivery(staff_id="lisi"), make_member(),
                         NOW) is None


def test_no_staff_contact_waits_for_the_customer_instead_of_failing(contact_settings: Settings,
                                                                    fake_redis: fakeredis.FakeRedis) -> None:
    refusal = ROUTE.refusal(ctx_for(contact_settings, fake_redis), task_delivery(), make_member(), NOW)
    assert refusal is not None and "no WeCom staff contact" in refusal and not isinstance(refusal, Permanent)
    choice = choose(ctx_for(contact_settings, fake_redis), task_delivery(), make_member(), NOW)
    assert choice.route is None and not choice.permanent  # parked for the member's next interaction


@pytest.mark.parametrize(("why", "delivery", "settings_env", "tasks"), [
    ("WeCom customers only", {"channel": "oa"}, {"SIYU_WECOM_SECRET": "s"}, True),
    ("customer-contact secret", {}, {}, True),
    ("confirm-task store", {}, {"SIYU_WECOM_SECRET": "s"}, False),
    ("cannot be wecom_task", {"context": DeliveryContext(task_otherwise="wecom_task")}, {"SIYU_WECOM_SECRET": "s"},
     True),
])
def test_permanent_refusals(fake_redis: fakeredis.FakeRedis, why: str, delivery: dict[str, Any],
                            settings_env: dict[str, str], tasks: bool) -> None:
    settings = make_settings(**settings_env)
    values = {**task_delivery().to_data(), **{k: v for k, v in delivery.items() if k != "context"}}
    subject = Delivery.from_data(values)
    if "context" in delivery:
        subject = Delivery.from_data({**values, "context": delivery["context"].to_data()})
    refusal = ROUTE.refusal(ctx_for(settings, fake_redis, tasks=tasks), subject, make_member(**{F_STAFF: "zs"}), NOW)
    assert isinstance(refusal, Permanent) and why in refusal


def test_payload_is_one_customer_one_sender_text_and_attachments(contact_settings: Settings,
                                                                 fake_redis: fakeredis.FakeRedis) -> None:
    ctx = ctx_for(contact_settings, fake_redis)
    delivery = Delivery.from_data({**task_delivery().to_data(), "attachments": [
        {"type": "link", "title": "T", "url": "https://e.x/a"},
        {"type": "miniprogram", "title": "Shop", "appid": "wxapp", "page": "pages/i", "image": "",
         "fallback_url": "https://e.x/shop"}]})
    assert isinstance(delivery.attachments[0], Link) and isinstance(delivery.attachments[1], MiniProgram)
    app = wecom_app(contact_settings, "default", contact=True)
    with pytest.raises(Exception, match="needs an image"):  # a card without a thumbnail cannot go as a card
        payload(ctx, app, delivery, "zhangsan")
    body = payload(ctx, app, Delivery.from_data({**delivery.to_data(), "attachments": [
        delivery.to_data()["attachments"][0]]}), "zhangsan")
    assert body == {"chat_type": "single", "external_userid": ["wmCustomer01"], "sender": "zhangsan",
                    "text": {"content": "hello"},
                    "attachments": [{"msgtype": "link", "link": {"title": "T", "url": "https://e.x/a", "desc": ""}}]}


def test_context_task_fields_round_trip_and_default() -> None:
    context = DeliveryContext(task_remind_s=60, task_expire_s=600, task_otherwise="wait")
    assert DeliveryContext.from_data(context.to_data()) == context
    assert DeliveryContext.from_data({"task_remind_s": "60", "task_expire_s": "600"}).task_timing == (60, 600)
    assert DeliveryContext().task_timing == (TASK_REMIND_S, TASK_EXPIRE_S) == (4 * 3600, 24 * 3600)
    assert DeliveryContext().to_data() == {}  # a delivery that uses none carries none


def test_contact_added_stores_the_staff_member_and_parting_clears_it(fake_redis: fakeredis.FakeRedis) -> None:
    class Clock:
        def now(self) -> datetime:
            return NOW

    store = MemberStore(fake_redis, Clock())
    contact = {"channel": Channel.WECOM, "account": WECOM_CORP_ID, "user_id": "wmCustomer01", "msg_id": ""}
    added = store.touch(make_inbound("", kind=Kind.CONTACT_ADDED, staff_id="zhangsan", **contact))
    assert added is not None and added.staff_id == "zhangsan"
    other = store.touch(make_inbound("", kind=Kind.CONTACT_LEFT, staff_id="lisi", **contact))
    assert other is not None and other.staff_id == "zhangsan"  # another staff member parted: still ours
    left = store.touch(make_inbound("", kind=Kind.CONTACT_LEFT, staff_id="zhangsan", **contact))
    assert left is not None and left.staff_id == ""
    member = store.get("default", added.id)
    assert member is not None and member.staff_id == ""


def task(msgid: str, created_s: int = 1000) -> ConfirmTask:
    return ConfirmTask(brand="default", msgid=msgid, delivery=task_delivery().to_data(), staff="zhangsan",
                       created_s=created_s, remind_at_s=created_s + 100, deadline_s=created_s + 300)


def test_a_due_task_is_claimed_by_one_tracker_until_its_lease_ends(fake_redis: fakeredis.FakeRedis) -> None:
    store, other = TaskStore(fake_redis), TaskStore(fake_redis)
    for msgid in ("a", "b", "c"):
        store.open(task(msgid), check_at_s=first_check_s(1000, 1100, 1300))
    assert store.claim_due("default", 1099) == []
    first = store.claim_due("default", 1100, limit=2, lease_s=60)
    assert [t.msgid for t in first] == ["a", "b"]
    assert [t.msgid for t in other.claim_due("default", 1100, lease_s=60)] == ["c"]
    assert other.claim_due("default", 1159) == []  # a, b, c are all claimed now
    assert sorted(t.msgid for t in other.claim_due("default", 1160, lease_s=60)) == ["a", "b", "c"]  # leases over


def test_a_finished_task_is_logged_and_never_due_again(fake_redis: fakeredis.FakeRedis) -> None:
    store = TaskStore(fake_redis)
    opened = task("a")
    store.open(opened, check_at_s=1100)
    (claimed,) = store.claim_due("default", 1100)
    claimed = store.record_reminder(claimed, 1100)
    store.finish(claimed, state="expired", reason="nobody confirmed", now_s=1300)
    store.reschedule(claimed, check_at_s=1400)  # a late reschedule does not bring it back
    assert store.claim_due("default", 10_000) == [] and store.open_tasks("default") == []
    kept = store.get("default", "a")
    assert kept is not None and (kept.state, kept.reminders, kept.key) == ("expired", (1100,), "seq:s:m1:1")
    assert 0 < fake_redis.ttl("siyu:default:wtask:a") <= 7 * 86400
    (row,) = store.ended("default")
    assert (row["msgid"], row["state"], row["reason"], row["reminders"]) == ("a", "expired", "nobody confirmed", "1")


def test_tracking_is_registered_per_brand_on_rqs_cron_scheduler(fake_redis: fakeredis.FakeRedis) -> None:
    cron = CronScheduler(connection=fake_redis)
    tasks.register(cron, ["default", "acme"])
    registered = [(job.func_name, job.args, job.interval, job.queue_name) for job in cron.get_jobs()]
    assert registered == [(tasks.TRACK_JOB, ("default",), 60, "default"), (tasks.TRACK_JOB, ("acme",), 60, "default")]
