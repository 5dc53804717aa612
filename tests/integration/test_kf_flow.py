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


def test_a_message_that_fails_for_good_is_passed_over_not_retried_forever(
        world: dict, fake: FakeWeChatServer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """Judged from outside: one message that fails for a reason no retry changes (a bug, a value nothing can
    encode) failed its whole page, the cursor never moved past it, and every later message of that kf account
    waited behind it. It is logged with its msgid and passed over; the rest of the page is answered."""
    token = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "msgid": "poison-1", "text": {"content": "boom"}},
                                    {"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "ping"}}], corpid=WECOM_CORP_ID)
    pipeline = world["core"].pipeline
    original = pipeline.handle

    def fails_on_boom(inbound, *args, **kwargs):
        if inbound.text == "boom":
            raise ValueError("a handler bug")
        return original(inbound, *args, **kwargs)

    monkeypatch.setattr(pipeline, "handle", fails_on_boom)
    assert kf.pull_and_route("default", OPEN_KFID, token) == 1
    [reply] = world["queue"].deliveries
    assert reply.message.text == "pong"
    assert "kf message passed over" in caplog.text and "poison-1" in caplog.text
    assert kf.pull_and_route("default", OPEN_KFID, token) == 0  # the cursor moved on


def test_half_an_emoji_pair_in_a_kf_message_reads_as_a_replacement_character() -> None:
    from datetime import UTC, datetime

    from bot.webhook.kf import to_inbound
    message = {"msgid": "m\ud83d", "open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "origin": 3,
               "send_time": 1700000000, "msgtype": "text", "text": {"content": "hi \ud83d"}}
    inbound = to_inbound(message, brand="default", corp_id=WECOM_CORP_ID, received_at=datetime.now(UTC))
    assert (inbound.text, inbound.msg_id) == ("hi \ufffd", "m\ufffd")
    inbound.text.encode()  # what OpenCC and the Redis client do


def test_a_kf_window_wechat_says_is_closed_parks_the_reply(world: dict, fake: FakeWeChatServer) -> None:
    """95001 (the 5 sends used) closes the customer's kf budget: the reply is parked with WeChat's answer as its
    reason, for the customer's next message, not failed for good (docs/platform.md §4, 95001)."""
    token = fake.queue_kf_messages([{"open_kfid": OPEN_KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "ping"}}], corpid=WECOM_CORP_ID)
    assert kf.pull_and_route("default", OPEN_KFID, token) == 1
    [reply] = world["queue"].deliveries
    fake.set_faults(rate=1.0, errcodes=[95001], paths=["/cgi-bin/kf/send_msg"])
    assert deliver.deliver_batch([reply.to_data()]) == {"parked": 1}
    ledger = context.services().ledger
    assert ledger.failures("default") == []
    assert "95001" in ledger.parked_entries("default")[0]["reason"]
