"""Handoff to a person over real HTTP to the fake WeChat API (report 1): the staff are told once, by one
WeCom app message, however often the job runs; a WeChat customer service member gets the reply first and
then their session moves to a person with kf/service_state/trans; their next message is not answered."""

from __future__ import annotations

from collections.abc import Iterator

import fakeredis
import pytest

from bot import gateway as gw
from bot.app import create_app
from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from jobs import context, deliver, kf
from tests.support.factories import WECOM_CORP_ID, make_settings

OPEN_KFID = "wkAJ2GCAAAZSfhHCt7IFSvLKtMPxyJTw"
CUSTOMER = "wmAJ2GCAAAme1XQRC-NI-q0_ZM9ukoAw"
STAFF = "lumi-service|lumi-adviser-van"  # config/handoff.yaml


@pytest.fixture
def world(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> Iterator[dict]:
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_OA_SECRET="oasecret", SIYU_WECOM_SECRET="appsecret")
    queue = RecordingDeliveryQueue()
    core = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue)
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    context.install(context.build(settings, core=core, gateway=gateway))
    brand = settings.brands["default"]
    client = create_app(services=core).test_client()
    simulator = Simulator(oa=brand.oa, wecom=brand.wecom, transport=flask_transport(client),
                          now=lambda: int(clock.now().timestamp()))
    yield {"queue": queue, "simulator": simulator}
    context.install(None)


def send_queued(queue: RecordingDeliveryQueue) -> dict[str, int]:
    batch = [d.to_data() for d in queue.deliveries]
    queue.deliveries.clear()
    return deliver.deliver_batch(batch) if batch else {}


def test_the_staff_are_told_once_and_the_member_is_not_answered_meanwhile(world: dict,
                                                                          fake: FakeWeChatServer) -> None:
    simulator, queue = world["simulator"], world["queue"]
    simulator.oa_message("o_needs_help", "我的订单还没到")
    send_queued(queue)
    reply = simulator.oa_message("o_needs_help", "人工", msg_id=777)
    assert "温哥华时间" in reply.text  # 08:00 UTC on a Monday: midnight in Vancouver, after hours
    simulator.oa_message("o_needs_help", "人工", msg_id=777)  # WeChat's retry of that callback
    batch = [d.to_data() for d in queue.deliveries]
    assert send_queued(queue) == {"sent": 1}
    assert deliver.deliver_batch(batch) == {"skipped": 1}  # RQ runs the job again: the ledger drops it
    [told] = fake.requests(path="/cgi-bin/message/send")
    assert told["errcode"] == 0 and told["body"]["touser"] == STAFF
    content = told["body"]["text"]["content"]
    assert "我的订单还没到" in content and "人工" in content and "siyu handoffs close h" in content

    sent_before = len(fake.requests(path="/cgi-bin/message/custom/send"))  # the first question's own answer
    assert simulator.oa_message("o_needs_help", "运费多少").text == ""
    assert queue.deliveries == []
    assert len(fake.requests(path="/cgi-bin/message/custom/send")) == sent_before


def test_a_kf_member_is_answered_then_passed_to_a_person(world: dict, fake: FakeWeChatServer) -> None:
    token = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "转人工"}}], corpid=WECOM_CORP_ID)
    assert kf.pull_and_route("default", OPEN_KFID, token) == 1
    keys = [d.key.rsplit(":", 1)[-1] if d.key.startswith("reply:") else d.key for d in world["queue"].deliveries]
    assert keys[0] == "0" and keys[1].startswith("handoff:h") and keys[2] == keys[1] + ":kf"  # the reply first
    assert send_queued(world["queue"]) == {"sent": 3}
    [answered] = fake.requests(path="/cgi-bin/kf/send_msg")
    assert "温哥华时间" in answered["body"]["text"]["content"]
    [trans] = fake.requests(path="/cgi-bin/kf/service_state/trans")
    assert trans["errcode"] == 0
    assert trans["body"] == {"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "service_state": 2}
    [told] = fake.requests(path="/cgi-bin/message/send")
    assert told["body"]["touser"] == STAFF and "微信客服" in told["body"]["text"]["content"]
    order = [r["path"] for r in fake.requests() if r["path"].startswith("/cgi-bin/kf/")]
    assert order.index("/cgi-bin/kf/send_msg") < order.index("/cgi-bin/kf/service_state/trans")

    again = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "运费多少"}}], corpid=WECOM_CORP_ID)
    assert kf.pull_and_route("default", OPEN_KFID, again) == 1
    assert world["queue"].deliveries == []  # a person has the session: the bot stays quiet
