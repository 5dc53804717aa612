"""Channel codes over real HTTP to the fake WeChat API: created once each from config/channels.yaml, and newcomers
they bring (a contact added with its State, a group joined by its join way) counted in the channel's report."""

from __future__ import annotations

import fakeredis

from bot import gateway as gw
from bot.app import create_app
from bot.clock import ManualClock
from bot.community.attribution import ChannelStats, channel_report
from bot.community.channel_codes import CodeStore, sync
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from jobs import context, group_joins
from tests.support.factories import make_settings

VAN_CHAT = "wrOgQhDgAAvanskincare01"


def test_codes_are_created_once_and_newcomers_land_in_their_channels_report(
        fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> None:
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_WECOM_CONTACT_SECRET="contactsecret")
    queue = RecordingDeliveryQueue()
    core = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue)
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    content = core.content("default")

    created, kept = sync(gateway, CodeStore(fake_redis), "default", content)
    assert {c.channel for c in created} == {"xhs-winter-note", "douyin-live", "richmond-poster"} and kept == []
    assert sync(gateway, CodeStore(fake_redis), "default", content)[0] == []  # idempotent: nothing new
    [contact_way] = [r for r in fake.requests("/cgi-bin/externalcontact/add_contact_way")
                     if r["body"]["state"] == "ch_xhs-winter-note"]
    assert contact_way["errcode"] == 0 and contact_way["body"]["user"] == ["zhangsan"]
    [join_way] = fake.requests("/cgi-bin/externalcontact/groupchat/add_join_way")
    assert join_way["body"]["chat_id_list"] == [VAN_CHAT] and join_way["body"]["auto_create_room"] == 1
    assert join_way["body"]["room_base_name"] and join_way["body"]["state"] == "ch_richmond-poster"
    poster = CodeStore(fake_redis).all("default")["richmond-poster"]
    assert poster.qr_code.startswith("https://")

    simulator = Simulator(wecom=settings.brands["default"].wecom, transport=flask_transport(create_app(
        services=core).test_client()), now=lambda: int(clock.now().timestamp()))
    simulator.wecom_contact_added("wmFromXhs01", staff="zhangsan", state="ch_xhs-winter-note")
    simulator.wecom_contact_added("wmNoState01", staff="zhangsan")  # no code: nobody's
    fake.join_group(chat_id=VAN_CHAT, userid="wmPoster01", config_id=poster.config_id)
    simulator.wecom_group_join(VAN_CHAT, ["wmPoster01"])
    [(brand, chat, users, at_s)] = queue.group_reads  # the callback has no state: read it later
    context.install(context.build(settings, fake_redis, clock=clock, gateway=gateway))
    try:
        assert group_joins.attribute_group_join(brand, chat, users, at_s) == {"joined": 1, "attributed": 1}
    finally:
        context.install(None)

    rows = {r["channel"]: r for r in channel_report(ChannelStats(fake_redis), core.links, "default",
                                                    [(c.id, c.name) for c in content.channels],
                                                    int(clock.now().timestamp()))}
    assert (rows["xhs-winter-note"]["contacts"], rows["xhs-winter-note"]["group_joins"]) == (1, 0)
    assert (rows["richmond-poster"]["contacts"], rows["richmond-poster"]["group_joins"]) == (0, 1)
    assert rows["douyin-live"]["contacts"] == 0
    # still members after 7 days: counted once 7 days have passed, less those who left before then
    clock.advance(3 * 86400)
    simulator.post_wecom(simulator.wecom_fields(
        FromUserName="sys", MsgType="event", Event="change_external_chat", ChangeType="update",
        UpdateDetail="del_member", ChatId=VAN_CHAT, QuitScene=0, MemChangeCnt=1, MemChangeList={"Item": "wmPoster01"}))
    clock.advance(5 * 86400)
    rows = {r["channel"]: r for r in channel_report(ChannelStats(fake_redis), core.links, "default",
                                                    [(c.id, c.name) for c in content.channels],
                                                    int(clock.now().timestamp()))}
    assert (rows["xhs-winter-note"]["still_members_7d"], rows["xhs-winter-note"]["eligible_7d"]) == (1, 1)
    assert (rows["richmond-poster"]["still_members_7d"], rows["richmond-poster"]["eligible_7d"]) == (0, 1)
