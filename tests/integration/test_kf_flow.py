"""WeChat customer service end to end on one machine: the kf_msg_or_event callback queues a pull;
the pull job routes each customer message through the handlers; the reply goes out by kf/send_msg
within the customer's window. Real HTTP to the fake WeChat server, fakeredis."""

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


@pytest.fixture
def world(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> Iterator[dict]:
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_WECOM_SECRET="appsecret")
    queue = RecordingDeliveryQueue()
    core = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue)
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    context.install(context.build(settings, core=core, gateway=gateway))
    client = create_app(services=core).test_client()
    brand = settings.brands["default"]
    simulator = Simulator(wecom=brand.wecom, transport=flask_transport(client),
                          now=lambda: int(clock.now().timestamp()))
    yield {"core": core, "queue": queue, "simulator": simulator}
    context.install(None)


def notify(simulator: Simulator, token: str) -> None:
    reply = simulator.post_wecom(simulator.wecom_fields(FromUserName="sys", MsgType="event", Event="kf_msg_or_event",
                                                        Token=token, OpenKfId=OPEN_KFID))
    assert reply.status == 200 and reply.body == b"success"


def test_customer_message_is_pulled_routed_and_answered_by_kf(world: dict, fake: FakeWeChatServer) -> None:
    token = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "ping"}}], corpid=WECOM_CORP_ID)
    notify(world["simulator"], token)
    notify(world["simulator"], token)  # WeChat's retry of the callback: deduplicated, one pull
    assert world["queue"].kf_pulls == [("default", OPEN_KFID, token)]

    assert kf.pull_and_route("default", OPEN_KFID, token) == 1
    [reply] = world["queue"].deliveries
    assert reply.channel == "kf" and reply.user_id == CUSTOMER and reply.context.open_kfid == OPEN_KFID

    outcome = deliver.deliver_batch([reply.to_data()])
    assert outcome == {"sent": 1}
    [sent] = fake.requests(path="/cgi-bin/kf/send_msg")
    assert sent["body"]["touser"] == CUSTOMER and sent["body"]["open_kfid"] == OPEN_KFID
    assert sent["body"]["text"]["content"] == "pong"


def test_two_customers_notices_in_one_second_are_both_pulled(world: dict, fake: FakeWeChatServer) -> None:
    """Each kf_msg_or_event carries its own Token: two in the same second are two notices, not a retry."""
    tokens = [fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": customer, "msgtype": "text",
                                       "text": {"content": "ping"}}], corpid=WECOM_CORP_ID)
              for customer in (CUSTOMER, "wmAJ2GCAAAsecondCustomer01")]
    for token in tokens:
        notify(world["simulator"], token)  # the test's clock stands still: one CreateTime for both
    assert world["queue"].kf_pulls == [("default", OPEN_KFID, token) for token in tokens]


def test_a_second_pull_reads_from_the_cursor(world: dict, fake: FakeWeChatServer) -> None:
    first = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "ping"}}], corpid=WECOM_CORP_ID)
    assert kf.pull_and_route("default", OPEN_KFID, first) == 1
    second = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                      "text": {"content": "help"}}], corpid=WECOM_CORP_ID)
    assert kf.pull_and_route("default", OPEN_KFID, second) == 1
    first_reply, second_reply = world["queue"].deliveries
    assert first_reply.message.text == "pong" and "ping" in second_reply.message.text  # help lists ping


def test_servicer_messages_are_not_routed(world: dict, fake: FakeWeChatServer) -> None:
    token = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "origin": 5, "servicer_userid": "zhangsan", "text": {"content": "ping"}}],
                                   corpid=WECOM_CORP_ID)
    assert kf.pull_and_route("default", OPEN_KFID, token) == 0
    assert world["queue"].deliveries == []


def test_a_crash_while_handling_leaves_the_cursor_so_nothing_is_lost(world: dict, fake: FakeWeChatServer,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    token = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "ping"}}], corpid=WECOM_CORP_ID)
    pipeline = world["core"].pipeline
    original = pipeline.handle

    def crash(inbound, *args, **kwargs):
        raise ConnectionError("worker lost Redis")

    monkeypatch.setattr(pipeline, "handle", crash)
    with pytest.raises(ConnectionError):
        kf.pull_and_route("default", OPEN_KFID, token)
    monkeypatch.setattr(pipeline, "handle", original)
    assert kf.pull_and_route("default", OPEN_KFID, token) == 1  # RQ's retry re-reads the same page
