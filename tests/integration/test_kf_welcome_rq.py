"""A customer opens the kf chat: the signed kf_msg_or_event callback queues a pull on RQ, the pull
(kf/sync_msg) yields enter_session, the welcome handler answers it, and the welcome reaches
kf/send_msg_on_event once with the event's code. Real Redis, an RQ worker, the fake over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from bot import gateway as gw
from bot.app import create_app
from bot.clock import ManualClock
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from bot.store.ledger import DeliveryLedger
from handlers.welcome import KF_WELCOME
from jobs import context
from jobs.worker import run_worker
from tests.support.factories import WECOM_CORP_ID, make_settings

OPEN_KFID = "wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw"
CUSTOMER = "wmAJ2GCAAAme1XQRC-NI-q0_ZM9ukoAw"


@pytest.fixture
def world(real_redis: redis.Redis, clock: ManualClock) -> Iterator[dict]:
    with FakeWeChatServer(clock=clock) as fake:
        settings = make_settings(SIYU_WECOM_API_ORIGIN=fake.origin, SIYU_WECOM_SECRET="appsecret")
        core = build_services(settings, redis_client=real_redis, clock=clock)  # RQ queues on real Redis
        gateway = gw.Gateway(real_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
        context.install(context.build(settings, core=core, gateway=gateway))
        brand = settings.brands["default"]
        simulator = Simulator(wecom=brand.wecom, transport=flask_transport(create_app(services=core).test_client()),
                              now=lambda: int(clock.now().timestamp()))
        try:
            yield {"fake": fake, "simulator": simulator, "content": core.content("default")}
        finally:
            context.install(None)


def customer_enters(world: dict) -> str:
    """The customer opens the kf chat; WeChat calls back. Returns the welcome_code the fake issued."""
    fake: FakeWeChatServer = world["fake"]
    token = fake.queue_kf_messages([{"msgtype": "event", "event": {
        "event_type": "enter_session", "open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "scene": "poster"}}],
        corpid=WECOM_CORP_ID)
    simulator: Simulator = world["simulator"]
    for _ in range(2):  # WeChat's retry of the callback: one pull job all the same
        reply = simulator.post_wecom(simulator.wecom_fields(
            FromUserName="sys", MsgType="event", Event="kf_msg_or_event", Token=token, OpenKfId=OPEN_KFID))
        assert reply.status == 200 and reply.body == b"success"
    return fake.state.kf_messages[-1].message["event"]["welcome_code"]


def test_the_welcome_reaches_send_msg_on_event_once_with_the_events_code(world: dict,
                                                                         real_redis: redis.Redis) -> None:
    code = customer_enters(world)
    run_worker(real_redis, burst=True, in_process=True)  # the pull job, then the welcome it queued
    run_worker(real_redis, burst=True, in_process=True)  # nothing left to do

    fake: FakeWeChatServer = world["fake"]
    assert len(fake.requests("/cgi-bin/kf/sync_msg")) == 1
    [sent] = fake.requests("/cgi-bin/kf/send_msg_on_event")
    assert sent["errcode"] == 0 and sent["body"]["code"] == code
    assert sent["body"]["text"]["content"] == KF_WELCOME["zh"].format(brand="露米 Lumi")  # kf's own: no pushes promised
    assert fake.requests("/cgi-bin/kf/send_msg") == []  # the welcome is not a kf/send_msg


def test_an_expired_code_lands_in_the_failed_ledger_with_its_errcode(world: dict, real_redis: redis.Redis,
                                                                    clock: ManualClock) -> None:
    customer_enters(world)
    clock.advance(25)  # a backlog: the worker picks the event up after the code's 20 s
    run_worker(real_redis, burst=True, in_process=True)
    run_worker(real_redis, burst=True, in_process=True)

    fake: FakeWeChatServer = world["fake"]
    assert [r["errcode"] for r in fake.requests("/cgi-bin/kf/send_msg_on_event")] == [95007]  # never retried
    [failure] = DeliveryLedger(real_redis, clock).failures("default")
    assert failure["route"] == "kf_welcome" and failure["errcode"] == "95007"
    assert failure["key"].startswith("welcome:")
