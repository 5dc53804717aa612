"""The community room through the real webhook (signed, encrypted callbacks posted by the simulator to the app
on fakeredis): a referral code end to end (asked for, a friend arrives with its `rf_` state, the edge is
recorded, the stay check counts, the reward goes out once through the delivery queue); questions in groups
and answers marked helpful feed the activity log; a FAQ answer's tone and its holdout are counted."""

from __future__ import annotations

import json
from zoneinfo import ZoneInfo

import fakeredis

from bot.app import create_app
from bot.clock import ManualClock, epoch_s
from bot.community.activity import ActivityLog, day_of
from bot.community.attribution import ChannelStats, channel_report, report_sources
from bot.community.codes import code_for
from bot.community.leaders import LeaderBoard
from bot.community.referrals import ReferralStore
from bot.community.settle import settle
from bot.community.tones import ToneStats
from bot.content.community import ASKED, BROUGHT, HELPFUL, STAYED
from bot.content.variants import in_holdout
from bot.member import member_id_for
from bot.outbound import Link, Text
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from tests.conftest import simulator_for
from tests.scenarios.test_tracking import PUBLIC, SECRET, signed
from tests.support.factories import OA_APPID, WECOM_CORP_ID, demo_content, make_settings

CONTENT = demo_content()
REFERRAL = CONTENT.community.referral


def oa_member(openid: str) -> str:
    return member_id_for(f"oa:{OA_APPID}:{openid}")


def wecom_member(userid: str) -> str:
    return member_id_for(f"wecom:{WECOM_CORP_ID}:{userid}")


def today(services: Services) -> str:
    return day_of(services.clock.now(), ZoneInfo(CONTENT.sequence_defaults.timezone))


def test_a_referral_code_end_to_end(simulator: Simulator, services: Services, clock: ManualClock,
                                    delivery_queue: RecordingDeliveryQueue) -> None:
    referrer = oa_member("o_referrer")
    code = code_for(referrer)
    assert code is not None and len(code) <= 30  # fits a contact way's state as well as customer_channel
    reply = simulator.oa_message("o_referrer", "邀请")
    assert reply.text == REFERRAL.text.zh
    [link] = [d.message for d in delivery_queue.deliveries if isinstance(d.message, Link)]
    assert link.url.startswith(f"{REFERRAL.link}?customer_channel={code}&")  # their own acquisition link
    simulator.oa_message("o_referrer", "invite")  # asking again: the same code, nothing new
    assert services.members.get("default", referrer).get("rf") == code  # type: ignore[union-attr]

    store = ReferralStore(services.redis, clock)
    friends = ["wmFriend01", "wmFriend02", "wmFriend03", "wmFriend04"]
    for friend in friends[:3]:
        assert simulator.wecom_contact_added(friend, state=code).status == 200
    edge = store.edge("default", wecom_member("wmFriend01"))
    assert edge is not None and (edge.referrer, edge.channel) == (referrer, "wecom")
    assert store.counts("default", referrer) == (3, 0, False)
    edges = [e for e in services.events.recent("default", count=50) if e["type"] == "referral"]
    assert {(e["referrer"], e["channel"]) for e in edges} == {(referrer, "wecom")} and len(edges) == 3
    friend = services.members.get("default", wecom_member("wmFriend01"))
    assert friend is not None and "source:referral" in friend.tags  # one shared tag, not one per code

    simulator.wecom_contact_added("wmFriend01", state=code)  # the same friend again: not counted twice
    simulator.wecom_contact_added("wmStranger", state=code_for(oa_member("o_never_asked")) or "")
    assert store.edge("default", wecom_member("wmStranger")) is None  # an unregistered code credits nobody
    assert store.counts("default", referrer) == (3, 0, False)
    counts = dict(((n, a), c) for n, a, c in ActivityLog(services.redis).day("default", today(services)))
    number = services.members.number("default", referrer)
    assert counts[(number, "b")] == 3

    simulator.wecom_contact_added(friends[3], state=code)
    delivery_queue.deliveries.clear()
    clock.advance(REFERRAL.stay_s - 60)
    assert settle("default", store=store, members=services.members, content=CONTENT, clock=clock,
                  enqueue=delivery_queue.enqueue).checked == 0  # not a day yet
    clock.advance(120)
    first = settle("default", store=store, members=services.members, content=CONTENT, clock=clock,
                   enqueue=delivery_queue.enqueue)
    assert (first.checked, first.stayed, first.rewarded) == (4, 4, 1)
    [reward] = delivery_queue.deliveries
    assert reward.key == f"referral-reward:{referrer}" and reward.purpose == "referral"
    assert isinstance(reward.message, Text) and reward.message.text == REFERRAL.reward.text.zh
    assert [a.url for a in reward.attachments if isinstance(a, Link)] == [REFERRAL.reward.url]
    member = services.members.get("default", referrer)
    assert member is not None and REFERRAL.reward.tag in member.tags
    assert store.counts("default", referrer) == (4, 4, True)
    assert settle("default", store=store, members=services.members, content=CONTENT, clock=clock,
                  enqueue=delivery_queue.enqueue).checked == 0  # each stay is checked once; the reward went once
    board = LeaderBoard(services.redis, services.members, clock)
    [top] = board.scores("default", CONTENT, limit=1)
    assert (top.member_id, top.counted[BROUGHT], top.counted[STAYED]) == (referrer, 3 + 1, 4)


def test_a_friend_who_left_before_the_day_did_not_stay(simulator: Simulator, services: Services,
                                                      clock: ManualClock) -> None:
    referrer = oa_member("o_referrer2")
    simulator.oa_message("o_referrer2", "invite")
    simulator.wecom_contact_added("wmGone01", state=code_for(referrer) or "")
    simulator.post_wecom(simulator.wecom_fields(
        FromUserName="sys", MsgType="event", Event="change_external_contact", ChangeType="del_follow_user",
        UserID="zhangsan", ExternalUserID="wmGone01"))
    clock.advance(REFERRAL.stay_s + 1)
    store = ReferralStore(services.redis, clock)
    done = settle("default", store=store, members=services.members, content=CONTENT, clock=clock,
                  enqueue=lambda deliveries: None)
    assert (done.checked, done.stayed, done.left) == (1, 0, 1)
    assert store.counts("default", referrer) == (1, 0, False)


def test_questions_in_groups_and_helpful_marks_feed_the_activity_log(simulator: Simulator, services: Services,
                                                                      clock: ManualClock) -> None:
    group = CONTENT.groups[0]
    for question in ("运费怎么算", "多久能到", "可以退货吗", "支持哪些付款方式"):
        reply = simulator.group_mention("zhangsan", question, chat_id=group.chat_id)
        assert reply.status == 200 and reply.fields["stream"]["feedback"]["id"]  # the answer can be marked
    simulator.post_group_bot({
        "msgid": "fb1", "aibotid": "AIBOTID", "chatid": group.chat_id, "chattype": "group",
        "from": {"userid": "zhangsan"}, "msgtype": "event",
        "event": {"eventtype": "feedback_event", "feedback_event": {"id": "r1", "type": 1}}})
    simulator.post_group_bot({
        "msgid": "fb2", "aibotid": "AIBOTID", "chatid": group.chat_id, "chattype": "group",
        "from": {"userid": "zhangsan"}, "msgtype": "event",
        "event": {"eventtype": "feedback_event", "feedback_event": {"id": "r2", "type": 2}}})  # inaccurate
    board = LeaderBoard(services.redis, services.members, clock)
    [in_group] = board.scores("default", CONTENT, scope=group.chat_id, limit=5)
    assert (in_group.raw[ASKED], in_group.counted[ASKED], in_group.raw[HELPFUL]) == (4, 3, 1)
    [brand] = board.scores("default", CONTENT, limit=5)
    assert brand.member_id == in_group.member_id and brand.raw[ASKED] == 4


def test_a_faq_tone_and_its_holdout_are_counted(simulator: Simulator, services: Services) -> None:
    [toned, held] = [next(f"o_lead_{i}" for i in range(500) if in_holdout(oa_member(f"o_lead_{i}"),
                                                                          "faq:shipping-cost", 10) is hold)
                     for hold in (False, True)]
    entry = CONTENT.faq_entry("shipping-cost")
    assert entry is not None
    for openid in (toned, held):
        simulator.oa_message(openid, "hello")
        services.members.update("default", oa_member(openid), add_tags=["leader"])
    assert simulator.oa_message(toned, "运费怎么算？").text == entry.tones[0].answers.zh.strip()
    assert simulator.oa_message(held, "运费怎么算？").text == entry.answers.zh.strip()
    simulator.oa_message(toned, "谢谢，我转发到群里")  # a reply to the toned answer
    assert simulator.oa_message("o_not_a_leader", "运费怎么算？").text == entry.answers.zh.strip()
    rows = {row["arm"]: row for row in ToneStats(services.redis).report("default")}
    assert (rows["leaders"]["shown"], rows["leaders"]["replied"]) == (1, 1)
    assert (rows["leaders~hold"]["shown"], rows["leaders~hold"]["replied"]) == (1, 0)
    assert "-" not in rows  # members no tone fits are not part of the measurement


def test_clicks_and_conversions_on_an_invite_link_and_a_toned_answer_are_credited(clock: ManualClock) -> None:
    """Through /l/<code> and the signed conversions endpoint: the invite link's clicks and conversion count for
    its owner (clicked, converted), a toned answer's link for its arm."""
    settings = make_settings(SIYU_PUBLIC_URL=PUBLIC + "/", SIYU_CONVERSION_SECRET=SECRET)
    services = build_services(settings, redis_client=fakeredis.FakeRedis(), clock=clock,
                              queue=RecordingDeliveryQueue())
    client = create_app(settings, services=services).test_client()
    simulator = simulator_for(client, settings, clock)
    simulator.oa_message("o_sharer", "邀请")
    sharer = oa_member("o_sharer")
    invite = f"{REFERRAL.link}?customer_channel={code_for(sharer)}"
    [code] = services.links.codes_for("default", [(invite, sharer, f"rf:{code_for(sharer)}")])
    [toned] = services.links.codes_for("default", [("https://lumi.example/p/1", sharer, "faq:shipping-cost~leaders")])
    for _ in range(3):
        assert client.get(f"/l/{code}").status_code == 302
    assert client.get(f"/l/{toned}").status_code == 302
    body = json.dumps({"member": sharer, "kind": "purchase", "value": "20.00", "currency": "CAD",
                       "id": "order-1"}).encode()
    assert client.post("/api/v1/conversions", data=body, headers=signed(body, epoch_s(clock.now()))).status_code == 200
    [score] = LeaderBoard(services.redis, services.members, clock).scores("default", CONTENT, limit=1)
    assert (score.member_id, score.raw["clicked"], score.raw["converted"]) == (sharer, 3, 0)  # last click: the toned
    rows = {row["arm"]: row for row in ToneStats(services.redis).report("default")}
    assert (rows["leaders"]["clicked"], rows["leaders"]["converted"]) == (1, 1)
    for _ in range(2):
        client.get(f"/l/{code}")
    body = json.dumps({"member": sharer, "kind": "purchase", "value": "5", "currency": "CAD", "id": "o2"}).encode()
    client.post("/api/v1/conversions", data=body, headers=signed(body, epoch_s(clock.now())))
    [score] = LeaderBoard(services.redis, services.members, clock).scores("default", CONTENT, limit=1)
    assert (score.raw["clicked"], score.raw["converted"]) == (5, 1)  # credited to the invite link now
    # and to the referral source's row of the channel report ("unique": distinct invite links opened)
    assert services.links.click_counts("default", "channel:referral") == {"clicks": 5, "unique": 1, "conversions": 1}


def test_referral_arrivals_are_one_source_in_the_channel_report(simulator: Simulator, services: Services,
                                                                 clock: ManualClock) -> None:
    """Contacts added with `State` rf_<code> (the real WeCom callback) land in the `referral` row of the channel
    report, whoever's code it was; an unregistered code is no referral; a departure counts against the 7 days."""
    for openid in ("o_ref_a", "o_ref_b"):
        simulator.oa_message(openid, "邀请")
    codes = [code_for(oa_member(o)) or "" for o in ("o_ref_a", "o_ref_b")]
    for friend, code in (("wmRefF1", codes[0]), ("wmRefF2", codes[0]), ("wmRefF3", codes[1])):
        assert simulator.wecom_contact_added(friend, state=code).status == 200
    simulator.wecom_contact_added("wmRefF1", state=codes[0])  # a re-add is not a second arrival
    simulator.wecom_contact_added("wmMadeUp", state=code_for(oa_member("o_never_asked_2")) or "")
    simulator.post_wecom(simulator.wecom_fields(
        FromUserName="sys", MsgType="event", Event="change_external_contact", ChangeType="del_follow_user",
        UserID="zhangsan", ExternalUserID="wmRefF3"))
    clock.advance(8 * 86400)
    rows = {r["channel"]: r for r in channel_report(ChannelStats(services.redis), services.links, "default",
                                                     report_sources(CONTENT), epoch_s(clock.now()))}
    assert set(rows) == {*(c.id for c in CONTENT.channels), "referral"}
    referral = rows["referral"]
    assert (referral["contacts"], referral["eligible_7d"], referral["still_members_7d"]) == (3, 3, 2)
    assert all(rows[c.id]["contacts"] == 0 for c in CONTENT.channels)  # no channel took a referral


def test_a_reward_can_be_a_lesson(simulator: Simulator, services: Services, clock: ManualClock,
                                  delivery_queue: RecordingDeliveryQueue) -> None:
    """community.yaml `referral.reward.lesson`: the lesson goes with the reward's message, in the referrer's
    language, its link tracked under the referral campaign."""
    from dataclasses import replace

    reward = replace(REFERRAL.reward, after=1, lesson="sensitive-basics", lesson_number=2)
    content = replace(CONTENT, community=replace(CONTENT.community, referral=replace(REFERRAL, reward=reward)))
    simulator.oa_message("o_teacher", "邀请")
    simulator.wecom_contact_added("wmPupil01", state=code_for(oa_member("o_teacher")) or "")
    delivery_queue.deliveries.clear()
    clock.advance(REFERRAL.stay_s + 1)
    done = settle("default", store=ReferralStore(services.redis, clock), members=services.members, content=content,
                  clock=clock, enqueue=delivery_queue.enqueue)
    assert done.rewarded == 1
    [sent] = delivery_queue.deliveries
    texts = [m.text for m in (sent.message, *sent.attachments) if isinstance(m, Text)]
    assert texts[0] == REFERRAL.reward.text.zh and any("第 2/5 课" in t for t in texts[1:])
