"""The kf welcome: an enter_session event's welcome_code, the kf_welcome route (kf/send_msg_on_event) over
real HTTP to FakeWeChatServer on fakeredis, and the fake's side of the code (20 s, once)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import fakeredis
import pytest
import requests

from bot.channels import default_routes, kf_welcome
from bot.clock import ManualClock
from bot.errors import ConfigError, RetryLaterError, UnreachableError
from bot.gateway import WECOM, error_for
from bot.inbound import Channel, Kind
from bot.outbound import Delivery, DeliveryContext, Image, Link, Menu, MenuChoice, Outbound, Queue, Text
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.services import Services
from bot.webhook import kf
from jobs import context, deliver
from jobs.context import JobServices
from tests.support.factories import WECOM_CORP_ID, make_settings
from tests.support.jobs import install_jobs

KFID = "wkAbCdEf0123"
CUSTOMER = "wmCustomer42"
MENU = Menu(header="What brings you here?", choices=(MenuChoice(id="faq", text="Questions"),
                                                     MenuChoice(id="shop", text="Products")), footer="Or just ask")
HELLO = Text(text="Welcome!")


@pytest.fixture
def env(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis,
        clock: ManualClock) -> Iterator[JobServices]:
    settings = make_settings(SIYU_WECOM_API_ORIGIN=fake.origin, SIYU_WECOM_SECRET="appsecret")
    yield install_jobs(settings, fake_redis, clock)
    context.install(None)


def enter_session(fake: FakeWeChatServer, **event: Any) -> str:
    """What a customer opening the kf chat does: the event, with the code the fake issued for it."""
    body = {"event_type": "enter_session", "open_kfid": KFID, "external_userid": CUSTOMER, "scene": "qr1", **event}
    fake.queue_kf_messages([{"msgtype": "event", "event": body}], corpid=WECOM_CORP_ID)
    return fake.state.kf_messages[-1].message["event"]["welcome_code"]


def welcome(code: str, message: Outbound = HELLO, key: str = "welcome:k1",
            attachments: tuple[Outbound, ...] = ()) -> Delivery:
    return Delivery(brand="default", channel="kf", account=WECOM_CORP_ID, member_id="", user_id=CUSTOMER,
                    message=message, attachments=attachments, key=key, purpose="welcome",
                    context=DeliveryContext(open_kfid=KFID, welcome_code=code))


# --- the route chooser and the payload -----------------------------------------------------------------------


def test_a_kf_delivery_with_a_welcome_code_goes_by_kf_welcome_only() -> None:
    assert default_routes(welcome("WC1")) == ("kf_welcome",)
    plain = Delivery(brand="default", channel="kf", account="", member_id="", user_id=CUSTOMER,
                     message=Text(text="hi"), key="reply:1", purpose="reply", context=DeliveryContext(open_kfid=KFID))
    assert default_routes(plain) == ("kf",)


def test_text_and_a_menu_become_one_msgmenu() -> None:
    body = kf_welcome.payload(welcome("WC1", Text(text="Hi 👋"), attachments=(MENU,)))
    assert body == {"msgtype": "msgmenu", "msgmenu": {
        "head_content": "Hi 👋\n\nWhat brings you here?", "tail_content": "Or just ask",
        "list": [{"type": "click", "click": {"id": "faq", "content": "Questions"}},
                 {"type": "click", "click": {"id": "shop", "content": "Products"}}]}}


def test_other_types_degrade_to_one_text_and_images_are_left_out() -> None:
    link = Link(title="Shop", url="https://e.x/s", description="Our best sellers")
    body = kf_welcome.payload(welcome("WC1", Text(text="Hi"), attachments=(Image(source="media:x"), link)))
    assert body == {"msgtype": "text", "text": {"content": "Hi\n\nShop\nOur best sellers\nhttps://e.x/s"}}
    too_many = Menu(header="Pick", choices=tuple(MenuChoice(id=str(i), text=f"c{i}") for i in range(11)))
    assert kf_welcome.payload(welcome("WC1", too_many))["text"]["content"].startswith("Pick\n1. c0\n2. c1")


def test_text_beyond_2048_bytes_is_our_bug_not_a_truncation() -> None:
    with pytest.raises(ConfigError, match="at most 2048"):
        kf_welcome.payload(welcome("WC1", Text(text="欢" * 700)))  # 2100 bytes


def test_the_code_is_refused_for_good_on_send_msg_on_event_but_retried_on_sync_msg() -> None:
    assert isinstance(error_for(WECOM, 95007, api="kf/send_msg_on_event"), UnreachableError)
    assert isinstance(error_for(WECOM, 95007, api="kf/sync_msg"), RetryLaterError)


# --- the enter_session event ----------------------------------------------------------------------------------


def test_enter_session_carries_its_welcome_code_and_kf_account_into_the_inbound() -> None:
    message = {"msgid": "m1", "send_time": 1795420800, "origin": 4, "msgtype": "event",
               "event": {"event_type": "enter_session", "open_kfid": KFID, "external_userid": CUSTOMER,
                         "scene": "qr1", "welcome_code": "WC1"}}
    inbound = kf.to_inbound(message, brand="default", corp_id=WECOM_CORP_ID,
                                    received_at=datetime(2026, 11, 23, tzinfo=UTC))
    assert (inbound.channel, inbound.kind, inbound.user_id) == (Channel.KF, Kind.ENTER_CHAT, CUSTOMER)
    assert inbound.welcome_code == "WC1" and inbound.scene == "qr1" and inbound.open_kfid == KFID
    text = {"msgid": "m2", "open_kfid": KFID, "external_userid": CUSTOMER, "origin": 3, "msgtype": "text",
            "text": {"content": "hi", "welcome_code": "not an event"}}
    assert kf.to_inbound(text, brand="default", corp_id=WECOM_CORP_ID,
                                 received_at=datetime(2026, 11, 23, tzinfo=UTC)).welcome_code == ""


def test_the_pipeline_queues_it_as_a_welcome_on_the_welcome_queue(services: Services,
                                                               delivery_queue: RecordingDeliveryQueue) -> None:
    message = {"msgid": "m1", "send_time": 1795420800, "origin": 4, "msgtype": "event",
               "event": {"event_type": "enter_session", "open_kfid": KFID, "external_userid": CUSTOMER,
                         "welcome_code": "WC1"}}
    inbound = kf.to_inbound(message, brand="default", corp_id=WECOM_CORP_ID,
                                    received_at=datetime(2026, 11, 23, tzinfo=UTC))
    assert services.pipeline.handle(inbound) is None
    services.pipeline.handle(inbound)  # the same event pulled again: deduplicated on its msgid
    [queued] = delivery_queue.deliveries
    assert (queued.purpose, queued.queue, queued.channel) == ("welcome", Queue.WELCOME, "kf")
    assert queued.context.welcome_code == "WC1" and queued.context.open_kfid == KFID
    assert queued.key.startswith("welcome:") and queued.attachments == () and queued.user_id == CUSTOMER
    assert default_routes(queued) == ("kf_welcome",)


# --- sending, over HTTP -------------------------------------------------------------------------------------------


def test_the_welcome_reaches_send_msg_on_event_once_without_using_the_kf_budget(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    code = enter_session(fake)
    clock.advance(5)
    assert deliver.deliver_batch([welcome(code).to_data()]) == {"sent": 1}
    assert deliver.deliver_batch([welcome(code).to_data()]) == {"skipped": 1}  # the ledger: once per key
    [call] = fake.requests("/cgi-bin/kf/send_msg_on_event")
    assert call["errcode"] == 0 and call["body"]["code"] == code
    assert call["body"]["msgtype"] == "text" and call["body"]["text"] == {"content": "Welcome!"}
    assert 0 < len(call["body"]["msgid"]) <= 32
    assert env.routes.budget.kf_remaining("default", KFID, CUSTOMER, clock.now()) == 0  # nothing opened
    assert fake.requests("/cgi-bin/kf/send_msg") == []


def test_an_expired_code_is_a_permanent_failure_with_its_errcode_and_one_call(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    code = enter_session(fake)
    clock.advance(21)  # the code lives 20 s
    assert deliver.deliver_batch([welcome(code).to_data()]) == {"failed": 1}  # no RetryLaterError: no RQ retry
    [failure] = env.ledger.failures("default")
    assert failure["key"] == "welcome:k1" and failure["route"] == "kf_welcome" and failure["errcode"] == "95007"
    assert [r["errcode"] for r in fake.requests("/cgi-bin/kf/send_msg_on_event")] == [95007]


def test_a_used_code_is_refused_for_another_welcome(env: JobServices, fake: FakeWeChatServer) -> None:
    code = enter_session(fake)
    assert deliver.deliver_batch([welcome(code, key="welcome:a").to_data()]) == {"sent": 1}
    assert deliver.deliver_batch([welcome(code, key="welcome:b").to_data()]) == {"failed": 1}
    assert [r["errcode"] for r in fake.requests("/cgi-bin/kf/send_msg_on_event")] == [0, 95007]


def test_a_welcome_without_a_code_is_parked(env: JobServices) -> None:
    delivery = welcome("", key="welcome:none")
    assert deliver.deliver_batch([Delivery.from_data({**delivery.to_data(), "routes": ["kf_welcome"]}).to_data()]) \
        == {"parked": 1}


# --- the fake's side ------------------------------------------------------------------------------------------------


def test_the_fake_issues_codes_only_to_enter_session_and_checks_them(fake: FakeWeChatServer,
                                                                     clock: ManualClock) -> None:
    code = enter_session(fake)
    assert enter_session(fake, welcome_code="") == ""  # welcomed or wrote in 48 h: no code
    token = fake.queue_kf_messages([{"open_kfid": KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "hi"}}], corpid=WECOM_CORP_ID)
    access = fake.issue_access_token(WECOM_CORP_ID, family="wecom")
    url = f"{fake.origin}/cgi-bin/kf/"
    pulled = requests.post(url + "sync_msg", params={"access_token": access}, json={"token": token}, timeout=5).json()
    events = [m for m in pulled["msg_list"] if m["msgtype"] == "event"]
    assert [e["event"]["welcome_code"] for e in events] == [code, ""] and {e["origin"] for e in events} == {4}
    assert pulled["msg_list"][-1]["origin"] == 3 and "welcome_code" not in pulled["msg_list"][-1]["text"]

    def send(body: dict[str, Any]) -> int:
        return requests.post(url + "send_msg_on_event", params={"access_token": access}, json=body,
                             timeout=5).json()["errcode"]

    text = {"code": code, "msgtype": "text", "text": {"content": "hi"}}
    assert send({**text, "msgtype": "image", "image": {"media_id": "x"}}) == 40008  # text or msgmenu only
    assert send({**text, "text": {"content": ""}}) == 44004
    assert send({**text, "msgid": "not/ok"}) == 40058
    assert send({**text, "code": "bogus"}) == 95007
    assert send({**text, "msgid": "w1"}) == 0  # the bad calls above did not spend the code
    assert send(text) == 95007  # once
    late = enter_session(fake)
    clock.advance(20)
    assert send({**text, "code": late}) == 0  # 20 s is still in time
    expired = enter_session(fake)
    clock.advance(21)
    assert send({**text, "code": expired}) == 95007
    recorded = fake.requests("/cgi-bin/kf/send_msg_on_event")
    assert len(recorded) == 8 and recorded[4]["response"]["msgid"] == "w1"
