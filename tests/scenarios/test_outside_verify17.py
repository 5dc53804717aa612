"""Judged from outside (verify17): published platform message kinds and hostile callbacks through the real webhook,
and what the bot then sends for them."""

from __future__ import annotations

from pathlib import Path

import fakeredis
import pytest

from bot import gateway as gw
from bot.app import create_app
from bot.clock import ManualClock
from bot.content import load_content
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from bot.settings import Settings
from bot.store.ledger import DeliveryLedger
from jobs import context, deliver
from tests.support.factories import WECOM_CORP_ID, make_settings

GROUPS = load_content(Path("config")).groups


def _deliver(settings: Settings, fake_redis: fakeredis.FakeRedis, clock: ManualClock,
             queue: RecordingDeliveryQueue) -> dict[str, int]:
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    context.install(context.build(settings, fake_redis, clock=clock, gateway=gateway))
    try:
        return deliver.deliver_batch([d.to_data() for d in queue.deliveries])
    finally:
        context.install(None)


def _wecom(settings: Settings, fake_redis: fakeredis.FakeRedis, clock: ManualClock,
           queue: RecordingDeliveryQueue) -> Simulator:
    core = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue)
    return Simulator(wecom=settings.brands["default"].wecom, transport=flask_transport(create_app(
        services=core).test_client()), now=lambda: int(clock.now().timestamp()))


def test_a_join_of_a_group_without_a_robot_is_parked_not_sent_to_sys(fake: FakeWeChatServer,
                                                                      fake_redis: fakeredis.FakeRedis,
                                                                      clock: ManualClock) -> None:
    """Before: a customer joining the Toronto group (no robot in groups.yaml), or a group the content does not
    know, had its group welcome sent as a WeCom app message to "sys" (the event's FromUserName, WeCom's system
    account, not a member): message/send {"touser": "sys"}, reaching nobody. After: no API posts into a customer
    group without its robot, so the welcome is parked for good with that reason (`siyu deliveries parked`)."""
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_WECOM_SECRET="appsecret")
    no_robot = [g for g in GROUPS if not g.robot_key_env]
    assert no_robot  # the demo's Toronto group
    for chat_id in (no_robot[0].chat_id, "wrOgQhDgAAnotconfigured"):
        queue = RecordingDeliveryQueue()
        simulator = _wecom(settings, fake_redis, clock, queue)
        reply = simulator.post_wecom(simulator.wecom_fields(
            FromUserName="sys", MsgType="event", Event="change_external_chat", ChangeType="update",
            UpdateDetail="add_member", ChatId=chat_id, JoinScene=3, MemChangeCnt=1,
            MemChangeList={"Item": "wmNEWCOMER"}))
        assert reply.status == 200
        assert queue.deliveries  # the welcome is not dropped unseen
        assert _deliver(settings, fake_redis, clock, queue) == {"parked": len(queue.deliveries)}
        clock.advance(1)
    assert fake.requests(path="/cgi-bin/message/send") == []
    parked = DeliveryLedger(fake_redis, clock).parked_entries("default")
    assert len(parked) == 2 and all("robot" in entry["reason"] for entry in parked), parked


def test_a_kf_pull_whose_token_expired_still_reads_the_messages(fake: FakeWeChatServer,
                                                                  fake_redis: fakeredis.FakeRedis,
                                                                  clock: ManualClock) -> None:
    """kf_msg_or_event's Token lives 10 minutes, and sync_msg may be called without it (doc 94670: "10分钟内有效；可不
    填，如果不填接口有严格的频率限制"). Before: a pull that ran later than that (a worker backlog, Redis back after an
    outage) got 95007 on every try, RQ's retries too, and the customer's message was never read or answered until
    they wrote again. After: the pull reads without the Token."""
    from jobs import kf

    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_WECOM_SECRET="appsecret")
    queue = RecordingDeliveryQueue()
    core = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue)
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    context.install(context.build(settings, core=core, gateway=gateway))
    try:
        simulator = Simulator(wecom=settings.brands["default"].wecom, transport=flask_transport(create_app(
            services=core).test_client()), now=lambda: int(clock.now().timestamp()))
        token = fake.queue_kf_messages([{"open_kfid": "wkVERIFY17", "external_userid": "wmVERIFY17", "msgtype": "text",
                                         "text": {"content": "ping"}}], corpid=WECOM_CORP_ID)
        simulator.post_wecom(simulator.wecom_fields(FromUserName="sys", MsgType="event", Event="kf_msg_or_event",
                                                    Token=token, OpenKfId="wkVERIFY17"))
        assert queue.kf_pulls == [("default", "wkVERIFY17", token)]
        clock.advance(11 * 60)  # the job runs after the Token died
        assert kf.pull_and_route("default", "wkVERIFY17", token) == 1
    finally:
        context.install(None)
    [reply] = queue.deliveries
    assert reply.channel == "kf" and reply.user_id == "wmVERIFY17" and reply.message.text == "pong"


def test_two_messages_without_a_msgid_in_one_second_are_two_callbacks(simulator: Simulator) -> None:
    """A message missing its MsgId was keyed as an event (sender and second only). Before: "ping" then "help" from
    one follower within one second, both without MsgId, were one callback: "help" got "pong" replayed and was never
    handled; a following event of that second (no Event) got "pong" too. After: what the message says and its kind
    are part of that key, so each is answered, while a retry of either still replays its own reply."""
    fields = simulator.oa_fields("o_no_msgid")
    ping = simulator.post_oa({**fields, "MsgType": "text", "Content": "ping"})
    helped = simulator.post_oa({**fields, "MsgType": "text", "Content": "help"})
    assert ping.text == "pong"
    assert helped.text != "pong" and helped.text
    assert simulator.post_oa({**fields, "MsgType": "text", "Content": "help"}).text == helped.text  # a retry
    assert simulator.post_oa({**fields, "MsgType": "event"}).text != "pong"


@pytest.mark.parametrize("mode", ["safe", "compat"])
def test_a_control_character_in_what_a_follower_typed_is_answered_not_refused(simulator: Simulator,
                                                                              mode: str) -> None:
    """WeChat puts what a follower typed into CDATA as is, control characters included (a real capture:
    `<Content><![CDATA[ \\x1dc]]></Content>`, offu/WeRoBot#420; \\x10 in a decrypted body, w7corp/easywechat#1419),
    though XML forbids them. Before: such a message was a 400 "malformed XML", WeChat retried it and then showed
    the follower "该公众号暂时无法提供服务".
    After: each such character reads as a space, and the message is answered."""
    assert simulator.oa_message("o_ctrl_" + mode, "ping\x0b", mode=mode).text == "pong"
    captured = simulator.oa_message("o_ctrl2_" + mode, " \x1dc", mode=mode)
    assert captured.status == 200 and captured.text


def test_a_control_character_cannot_close_the_cdata_a_follower_typed_in(simulator: Simulator) -> None:
    """Dropping the forbidden characters instead would let "]]\\x01>" become "]]>" and end the CDATA, so that what a
    follower typed could add fields of its own to the callback (another sender, another message type)."""
    typed = "]]\x01></Content><FromUserName>o_victim</FromUserName><Content><![CDATA[ping"
    reply = simulator.oa_message("o_typist", typed)
    assert reply.status == 200 and reply.fields.get("ToUserName") == "o_typist" and reply.text != "pong"
