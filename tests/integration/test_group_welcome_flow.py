"""A customer-group join, end to end on one machine: the webhook queues one group welcome, and the
delivery job posts it through the group's robot (named in config/groups.yaml, key from the env)."""

from __future__ import annotations

from pathlib import Path

import fakeredis

from bot import gateway as gw
from bot.app import create_app
from bot.clock import ManualClock
from bot.content import load_content
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from jobs import context, deliver
from tests.support.factories import make_settings

GROUP = load_content(Path("config")).groups[0]
ROBOT_KEY = "693a91f6-7a7a-4bc4-97a0-0ec2sifa5aaa"


def test_group_join_welcome_is_posted_by_the_groups_robot(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis,
                                                          clock: ManualClock) -> None:
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             **{GROUP.robot_key_env: ROBOT_KEY})
    queue = RecordingDeliveryQueue()
    core = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue)
    simulator = Simulator(wecom=settings.brands["default"].wecom, transport=flask_transport(create_app(
        services=core).test_client()), now=lambda: int(clock.now().timestamp()))
    simulator.post_wecom(simulator.wecom_fields(
        FromUserName="sys", MsgType="event", Event="change_external_chat", ChangeType="update",
        UpdateDetail="add_member", ChatId=GROUP.chat_id, JoinScene=3, MemChangeCnt=1,
        MemChangeList={"Item": "wmNEWCOMER"}))
    [welcome] = queue.deliveries
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    context.install(context.build(settings, fake_redis, clock=clock, gateway=gateway))
    try:
        assert deliver.deliver_batch([welcome.to_data()]) == {"sent": 1}
    finally:
        context.install(None)
    [posted] = fake.requests(path="/cgi-bin/webhook/send")
    assert posted["query"]["key"] == ROBOT_KEY  # the robot of that group, keyed from the environment
    assert GROUP.welcome.zh.strip()[:20] in (posted["body"].get("text") or posted["body"].get("markdown"))["content"]


def test_a_toned_drop_posted_by_the_robot_counts_once_for_its_arm(fake: FakeWeChatServer,
                                                                  fake_redis: fakeredis.FakeRedis,
                                                                  clock: ManualClock) -> None:
    """The drop tick hands the Vancouver group's lesson 1 over in its `newcomers` tone; the delivery job posts
    every part through the robot, and the tone counts as shown once, when WeChat took the post."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.community.tones import ToneStats

    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             **{GROUP.robot_key_env: ROBOT_KEY})
    queue = RecordingDeliveryQueue()
    core = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue)
    core.drops.tick("default")  # anchors the demo schedule
    clock.advance((datetime(2026, 11, 24, 20, 0, tzinfo=ZoneInfo("America/Vancouver")) - clock.now()).total_seconds())
    assert core.drops.tick("default").queued == [(GROUP.id, 1)]
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    context.install(context.build(settings, fake_redis, clock=clock, gateway=gateway))
    try:
        assert ToneStats(fake_redis).report("default") == []  # handed over is not shown
        assert deliver.deliver_batch([d.to_data() for d in queue.deliveries]) == {"sent": len(queue.deliveries)}
    finally:
        context.install(None)
    posted = [r["body"]["text"]["content"] for r in fake.requests(path="/cgi-bin/webhook/send") if "text" in r["body"]]
    assert posted[0].startswith("新朋友看过来")
    assert [(r["item"], r["arm"], r["shown"]) for r in ToneStats(fake_redis).report("default")] == [
        ("drop:sensitive-basics", "newcomers", 1)]
