"""WeCom confirm tasks end to end: the wecom_task route and jobs.tasks.track against the fake WeChat API
over real HTTP, on a real redis-server, with the clock moved by hand.

The staff member's side (confirming in WeCom) is played through the fake's control API, as in the sandbox.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import redis
import requests

from bot.clock import ManualClock, epoch_s
from bot.inbound import Channel, Kind
from bot.outbound import Delivery, DeliveryContext, Link, Queue, Text
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.store.events import EventLog
from bot.store.members import MemberStore
from bot.store.tasks import TaskStore
from jobs import context, deliver, tasks
from jobs.context import JobServices
from tests.support.factories import WECOM_CORP_ID, make_inbound, make_settings
from tests.support.jobs import LaterRecorder, install_jobs

CUSTOMER, STAFF = "wmCustomer0001", "zhangsan"
ADD = "/cgi-bin/externalcontact/add_msg_template"
REMIND = "/cgi-bin/externalcontact/remind_groupmsg_send"
CANCEL = "/cgi-bin/externalcontact/cancel_groupmsg_send"
HOUR = 3600


@pytest.fixture
def env(fake: FakeWeChatServer, real_redis: redis.Redis, clock: ManualClock) -> Iterator[JobServices]:
    """The job services on the real redis-server, WeCom's customer-contact secret set, the fake over HTTP."""
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_OA_SECRET="oasecret", SIYU_WECOM_SECRET="appsecret",
                             SIYU_WECOM_CONTACT_SECRET="contactsecret")
    yield install_jobs(settings, real_redis, clock)  # type: ignore[arg-type]  # any redis client will do
    context.install(None)


def customer(env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> str:
    """A WeCom customer who added STAFF (the add_external_contact callback's touch stores the staff contact)."""
    inbound = make_inbound("", channel=Channel.WECOM, account=WECOM_CORP_ID, kind=Kind.CONTACT_ADDED,
                           user_id=CUSTOMER, staff_id=STAFF, msg_id="")
    member = MemberStore(env.redis, clock).touch(inbound)
    assert member is not None and member.staff_id == STAFF
    fake.add_contact(STAFF, CUSTOMER)
    return member.id


def step(member_id: str, *, otherwise: str = "", key: str = "seq:newcomer:m:3:1") -> Delivery:
    """A sequence step the engine hands to delivery: reminder after 1 h, deadline after 3 h."""
    return Delivery(brand="default", channel="wecom", account=WECOM_CORP_ID, member_id=member_id, user_id=CUSTOMER,
                    message=Text(text="Day 3: your first lesson"),
                    attachments=(Link(title="Lesson 1", url="https://example.com/l/abc"),), key=key,
                    purpose="sequence", queue=Queue.DEFAULT, routes=("wecom_task",),
                    context=DeliveryContext(task_remind_s=HOUR, task_expire_s=3 * HOUR, task_otherwise=otherwise))


def create(env: JobServices, fake: FakeWeChatServer, delivery: Delivery) -> str:
    assert deliver.deliver_batch([delivery.to_data()]) == {"task": 1}
    msgid = fake.requests(ADD)[-1]["response"]["msgid"]
    assert env.ledger.state("default", delivery.key) == f"task:{msgid}"
    return str(msgid)


def fake_task(fake: FakeWeChatServer, msgid: str) -> dict[str, Any]:
    answer = requests.get(f"{fake.origin}/_fake/wecom/tasks/{msgid}", timeout=5)
    assert answer.status_code == 200
    return dict(answer.json())


def confirm(fake: FakeWeChatServer, msgid: str, **body: Any) -> None:
    answer = requests.post(f"{fake.origin}/_fake/wecom/tasks/{msgid}/confirm", json=body, timeout=5)
    assert answer.status_code == 200, answer.text


def test_task_created_with_the_staff_contact_then_confirmed_is_recorded_sent(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    delivery = step(customer(env, fake, clock))
    msgid = create(env, fake, delivery)
    body = fake.requests(ADD)[-1]["body"]
    assert body == {"chat_type": "single", "external_userid": [CUSTOMER], "sender": STAFF,
                    "text": {"content": "Day 3: your first lesson"},
                    "attachments": [{"msgtype": "link", "link": {"title": "Lesson 1", "url": "https://example.com/l/abc",
                                                                 "desc": ""}}]}
    assert deliver.deliver_batch([delivery.to_data()]) == {"skipped": 1}  # a re-run creates no second task
    assert len(fake.requests(ADD)) == 1

    clock.advance(600)
    assert tasks.track("default") == {"waiting": 1}  # nobody confirmed yet: still `task:<msgid>`
    assert env.ledger.state("default", delivery.key) == f"task:{msgid}"

    confirm(fake, msgid)
    clock.advance(600)
    assert tasks.track("default") == {"sent": 1}
    assert env.ledger.state("default", delivery.key) == "sent"
    sent = [e for e in EventLog(env.redis, clock).recent("default") if e["type"] == "task_sent"]
    assert [(e["key"], e["msgid"], e["staff"]) for e in sent] == [(delivery.key, msgid, STAFF)]
    store = TaskStore(env.redis)
    assert store.open_tasks("default") == []
    assert [(row["msgid"], row["state"]) for row in store.ended("default")] == [(msgid, "sent")]
    assert fake.requests(REMIND) == [] and fake.requests(CANCEL) == []
    clock.advance(10 * HOUR)
    assert tasks.track("default") == {}  # finished: never looked at again


def test_unconfirmed_task_is_reminded_once_then_cancelled_and_skipped(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    delivery = step(customer(env, fake, clock))
    msgid = create(env, fake, delivery)
    clock.advance(HOUR - 1)
    assert tasks.track("default") == {"waiting": 1}
    assert fake_task(fake, msgid)["reminders"] == []
    clock.advance(1)
    assert tasks.track("default") == {"reminded": 1}
    for _ in range(3):  # every 10 minutes until the deadline: no second reminder
        clock.advance(600)
        assert tasks.track("default") == {"waiting": 1}
    assert len(fake_task(fake, msgid)["reminders"]) == 1
    assert fake_task(fake, msgid)["cancelled"] is False

    clock.advance(3 * HOUR)
    assert tasks.track("default") == {"expired": 1}
    seen = fake_task(fake, msgid)
    assert seen["cancelled"] is True and len(seen["reminders"]) == 1
    state = env.ledger.state("default", delivery.key)
    assert state is not None and state.startswith("expired:") and f"{STAFF} did not confirm" in state
    ended = TaskStore(env.redis).ended("default")
    assert [(row["state"], row["reminders"]) for row in ended] == [("expired", "1")]
    assert "within 3 h" in ended[0]["reason"]
    # too late for the staff member now: WeCom refuses a cancelled task (409 from the fake's control API)
    assert requests.post(f"{fake.origin}/_fake/wecom/tasks/{msgid}/confirm", json={}, timeout=5).status_code == 409


def test_unconfirmed_task_waits_for_the_members_next_interaction(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    member_id = customer(env, fake, clock)
    delivery = step(member_id, otherwise="wait")
    delivery = Delivery.from_data({**delivery.to_data(), "routes": ["wecom_task", "oa_custom"]})
    create(env, fake, delivery)
    clock.advance(3 * HOUR)
    assert tasks.track("default") == {"parked": 1}
    assert len(fake.requests(CANCEL)) == 1
    state = env.ledger.state("default", delivery.key)
    assert state is not None and state.startswith("parked:wecom_task:")
    assert env.ledger.parked_entries("default")[0]["key"] == delivery.key
    waiting = env.ledger.unpark("default", member_id)  # the member interacts: it comes back, its key free
    assert [(d["key"], d["routes"]) for d in waiting] == [(delivery.key, ["oa_custom"])]
    assert env.ledger.state("default", delivery.key) is None


def test_unconfirmed_task_branches_to_another_route_under_the_same_key(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    delivery = step(customer(env, fake, clock), otherwise="wecom_app")
    create(env, fake, delivery)
    clock.advance(3 * HOUR)
    assert tasks.track("default") == {"rerouted:wecom_app": 1}
    assert env.ledger.state("default", delivery.key) is None  # released: the rerouted delivery may send once
    later = env.later
    assert isinstance(later, LaterRecorder)
    (queued, queue, delay_s, _), = later.calls
    again = Delivery.from_data(queued[0])
    assert (again.key, again.routes, queue, delay_s) == (delivery.key, ("wecom_app",), "default", 0)
    assert again.context.task_otherwise == "" and again.message == delivery.message


@pytest.mark.parametrize(("status", "words"), [(2, "not a friend"), (3, "receipt limit")])
def test_confirmed_but_not_delivered_is_branched_with_the_platforms_reason(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock, status: int, words: str) -> None:
    delivery = step(customer(env, fake, clock))
    msgid = create(env, fake, delivery)
    confirm(fake, msgid, statuses={CUSTOMER: status})
    clock.advance(600)
    assert tasks.track("default") == {"expired": 1}
    state = env.ledger.state("default", delivery.key)
    assert state is not None and state.startswith("expired:") and words in state
    assert fake.requests(CANCEL) == []  # confirmed: nothing left to cancel


def test_two_trackers_racing_remind_and_cancel_once(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock, real_redis: redis.Redis) -> None:
    member_id = customer(env, fake, clock)
    keys_ = [f"seq:newcomer:m:3:{i}" for i in range(8)]
    for key in keys_:
        create(env, fake, step(member_id, key=key))
    clock.advance(HOUR)
    counts = race(env, real_redis)
    assert sum(counts.values()) == 8 and set(counts) == {"reminded"}
    assert len(fake.requests(REMIND)) == 8  # one per task, though two trackers looked at once
    clock.advance(2 * HOUR)
    counts = race(env, real_redis)
    assert counts == {"expired": 8}
    assert len(fake.requests(CANCEL)) == 8
    assert sorted(r["body"]["msgid"] for r in fake.requests(CANCEL)) == sorted(
        r["body"]["msgid"] for r in fake.requests(REMIND))


def race(env: JobServices, real_redis: redis.Redis) -> dict[str, int]:
    """Two trackers (each with its own Redis connection pool) start the same pass at the same moment."""
    start = threading.Barrier(2)
    results: list[dict[str, int]] = []
    errors: list[BaseException] = []

    def run() -> None:
        own = redis.Redis(connection_pool=redis.ConnectionPool(**real_redis.connection_pool.connection_kwargs))
        tracker = tasks.tracker(env)
        tracker = replace(tracker, tasks=TaskStore(own))
        start.wait()
        try:
            results.append(dict(tracker.track("default", env.clock.now())))
        except BaseException as exc:  # re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    total: dict[str, int] = {}
    for result in results:
        for name, n in result.items():
            total[name] = total.get(name, 0) + n
    return total


def test_a_customer_the_staff_member_cannot_reach_fails_on_fail_list(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    member_id = customer(env, fake, clock)
    delivery = step(member_id)
    delivery = Delivery.from_data({**delivery.to_data(), "context": {**delivery.context.to_data(),
                                                                     "staff_id": "lisi"}})
    assert deliver.deliver_batch([delivery.to_data()]) == {"failed": 1}
    assert fake.requests(ADD)[-1]["errcode"] == 41048  # lisi has no such customer: nobody left to send to
    failure = env.ledger.failures("default")[0]
    assert (failure["key"], failure["route"], failure["errcode"]) == (delivery.key, "wecom_task", "41048")
    assert TaskStore(env.redis).open_tasks("default") == []


def test_a_reminder_wecom_refuses_is_not_tried_again(env: JobServices, fake: FakeWeChatServer,
                                                     clock: ManualClock) -> None:
    delivery = step(customer(env, fake, clock))
    msgid = create(env, fake, delivery)
    fake.set_faults(rate=1.0, errcodes=[41094], paths=[REMIND])  # 3 reminders in 24 h already (doc 97610)
    clock.advance(HOUR)
    assert tasks.track("default") == {"remind_refused": 1}
    fake.set_faults()
    clock.advance(600)
    assert tasks.track("default") == {"waiting": 1}
    assert len(fake.requests(REMIND)) == 1 and fake_task(fake, msgid)["reminders"] == []
    task = TaskStore(env.redis).get("default", msgid)
    assert task is not None and task.reminders == (epoch_s(clock.now()) - 600,)


def test_a_member_who_opts_out_meanwhile_gets_nothing_from_the_task(env: JobServices, fake: FakeWeChatServer,
                                                                    clock: ManualClock) -> None:
    member_id = customer(env, fake, clock)
    delivery = step(member_id)
    msgid = create(env, fake, delivery)
    MemberStore(env.redis, clock).update("default", member_id, set_fields={"oo": "1"})
    clock.advance(600)
    assert tasks.track("default") == {"skipped": 1}
    assert fake_task(fake, msgid)["cancelled"] is True and fake.requests(REMIND) == []
    assert env.ledger.state("default", delivery.key) == "skipped:opted_out"


def test_a_task_wecom_no_longer_knows_ends_as_maybe_at_its_deadline(env: JobServices, fake: FakeWeChatServer,
                                                                    clock: ManualClock) -> None:
    delivery = step(customer(env, fake, clock), otherwise="wecom_app")
    create(env, fake, delivery)
    fake.reset(keep_tokens=True)  # WeCom forgot the msgid: every tracking call answers 41047
    clock.advance(600)
    assert tasks.track("default") == {"error": 1}
    clock.advance(3 * HOUR)
    assert tasks.track("default") == {"untracked": 1}
    assert env.ledger.state("default", delivery.key) == "maybe:task_untracked:41047"
    later = env.later
    assert isinstance(later, LaterRecorder) and later.calls == []  # never sent again by another route
    assert TaskStore(env.redis).open_tasks("default") == []


def test_confirmed_but_still_unsent_at_the_deadline_ends_as_maybe(env: JobServices, fake: FakeWeChatServer,
                                                                  clock: ManualClock) -> None:
    delivery = step(customer(env, fake, clock), otherwise="wecom_app")
    msgid = create(env, fake, delivery)
    confirm(fake, msgid, statuses={CUSTOMER: 0})  # the staff member sent it; WeCom has not reached the customer
    clock.advance(600)
    assert tasks.track("default") == {"confirmed": 1}
    assert env.ledger.state("default", delivery.key) == f"task:{msgid}"
    clock.advance(3 * HOUR)
    assert tasks.track("default") == {"unknown": 1}
    assert env.ledger.state("default", delivery.key) == "maybe:task_unsent_after_confirm"
    later = env.later
    assert isinstance(later, LaterRecorder) and later.calls == []  # not rerouted: WeCom may still send it
    assert fake.requests(CANCEL) == []
