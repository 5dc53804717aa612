"""Handoff to a person through the webhook (report 1): asking for one queues exactly one staff notification,
the member's next free text is not answered, opt-out still works, and closing it (staff's close word, or the
timeout) brings the answers back."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.app import create_app
from bot.clock import ManualClock
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from bot.settings import Settings
from bot.store.handoffs import HandoffStore
from tests.conftest import simulator_for
from tests.support.factories import OA_APPID, make_settings

FOLLOWER = "o_wants_a_person"


@pytest.fixture
def settings() -> Settings:
    """The WeCom app is set up, so the staff (config/handoff.yaml) can be told."""
    return make_settings(SIYU_WECOM_SECRET="appsecret")


def handoff_deliveries(queue: RecordingDeliveryQueue) -> list:
    return [d for d in queue.deliveries if d.purpose == "handoff"]




def test_asking_for_a_person_queues_exactly_one_staff_notification(simulator: Simulator, services: Services,
                                                                   delivery_queue: RecordingDeliveryQueue,
                                                                   clock: ManualClock) -> None:
    clock.advance(10 * 3600)  # 2026-11-23 18:00 UTC: Monday 10:00 in Vancouver, office hours
    simulator.oa_message(FOLLOWER, "运费多少")
    delivery_queue.deliveries.clear()
    reply = simulator.oa_message(FOLLOWER, "人工", msg_id=424242)
    assert "同事会在这里回复你，请稍等" in reply.text and "工作时间" not in reply.text
    [told] = handoff_deliveries(delivery_queue)
    assert told.routes == ("wecom_app",) and told.user_id == "lumi-service|lumi-adviser-van"
    assert told.member_id == member_id_for(f"oa:{OA_APPID}:{FOLLOWER}")
    text = told.message.text  # type: ignore[union-attr]
    assert "运费多少" in text and "人工" in text and "公众号" in text
    assert "· 周一 10:00 PST 运费多少\n· 周一 10:00 PST 人工" in text  # in the brand's office-hours zone
    [opened] = HandoffStore(services.redis, clock).list_open("default")
    assert f"结束 {opened.id}" in text and f"siyu handoffs close {opened.id}" in text
    assert told.key == f"handoff:{opened.id}"
    # WeChat retries the callback: the first reply again, nothing new queued
    assert simulator.oa_message(FOLLOWER, "人工", msg_id=424242).text == reply.text
    # asking again while it is open: told to wait, nobody is told twice
    again = simulator.oa_message(FOLLOWER, "转人工")
    assert "稍等" in again.text
    assert len(handoff_deliveries(delivery_queue)) == 1


def test_after_hours_the_member_is_told_when_the_team_is_back(simulator: Simulator,
                                                              delivery_queue: RecordingDeliveryQueue) -> None:
    reply = simulator.oa_message(FOLLOWER, "agent")  # Monday 08:00 UTC = Monday 00:00 in Vancouver
    assert "back today at 09:00 (Vancouver time)" in reply.text, reply.text
    assert len(handoff_deliveries(delivery_queue)) == 1


def test_when_the_team_is_back_after_the_reply_window_the_member_is_asked_to_write_again(
        simulator: Simulator, clock: ManualClock, delivery_queue: RecordingDeliveryQueue) -> None:
    """Friday evening in Vancouver the team is back on Monday, ~62 h later: past the 48 h in which the Official
    Account may answer the member (docs/platform.md), so "will reply here" alone would be a promise nobody can keep."""
    clock.advance(timedelta(days=4, hours=18, minutes=30).total_seconds())  # Sat 02:30 UTC = Fri 18:30 Vancouver
    reply = simulator.oa_message(FOLLOWER, "agent")
    assert "back on Monday at 09:00 (Vancouver time)" in reply.text, reply.text
    assert "48 hours" in reply.text and "send us a message" in reply.text, reply.text
    assert len(handoff_deliveries(delivery_queue)) == 1
    chinese = simulator.oa_message("o_wants_a_person_zh", "人工")
    assert "周一 09:00" in chinese.text and "48 小时" in chinese.text, chinese.text


def test_when_the_team_is_back_within_the_reply_window_the_member_is_simply_told_when(
        simulator: Simulator, clock: ManualClock) -> None:
    clock.advance(timedelta(days=3, hours=18, minutes=30).total_seconds())  # Thursday 18:30 in Vancouver
    reply = simulator.oa_message(FOLLOWER, "agent")
    assert "back tomorrow at 09:00 (Vancouver time) and will reply here" in reply.text, reply.text
    assert "48 hours" not in reply.text


def test_while_open_free_text_is_not_answered_but_opt_out_works(simulator: Simulator, services: Services,
                                                                delivery_queue: RecordingDeliveryQueue,
                                                                clock: ManualClock) -> None:
    simulator.oa_message(FOLLOWER, "人工")
    delivery_queue.deliveries.clear()
    quiet = simulator.oa_message(FOLLOWER, "运费多少")
    assert quiet.text == "" and delivery_queue.deliveries == []
    assert simulator.oa_message(FOLLOWER, "帮助").text == ""  # not even commands: a person has it
    stop = simulator.oa_message(FOLLOWER, "退订")
    assert "退订" in stop.text
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:{FOLLOWER}"))
    assert member is not None and member.opted_out


def test_staff_close_it_and_the_bot_answers_again(simulator: Simulator, services: Services,
                                                  delivery_queue: RecordingDeliveryQueue, clock: ManualClock) -> None:
    simulator.oa_message(FOLLOWER, "人工")
    [opened] = HandoffStore(services.redis, clock).list_open("default")
    assert simulator.oa_message(FOLLOWER, "运费多少").text == ""
    delivery_queue.deliveries.clear()
    simulator.wecom_message("lumi-service", f"结束 {opened.id}")
    [confirm] = delivery_queue.deliveries
    assert confirm.user_id == "lumi-service" and "已结束" in confirm.message.text  # type: ignore[union-attr]
    assert HandoffStore(services.redis, clock).list_open("default") == []
    assert simulator.oa_message(FOLLOWER, "运费多少").text != ""
    # a close word for no open handoff is answered as such
    delivery_queue.deliveries.clear()
    simulator.wecom_message("lumi-service", f"结束 {opened.id}")
    assert "没有进行中" in delivery_queue.deliveries[0].message.text  # type: ignore[union-attr]


def test_staff_close_every_handoff_by_its_id(simulator: Simulator, services: Services, clock: ManualClock) -> None:
    """A handoff's id is "h" and eight hex digits; a staff member's "结束 h8a4ee9a7" went through the router's pinyin
    reading, which read the letters between the digits ("ee" as 哦哦, "aa" as 呵呵): the id was not found, the handoff
    stayed open and the member unanswered (about one id in four; helpers' suites saw it as a flaky test). Letters
    touching a digit are never pinyin now."""
    store = HandoffStore(services.redis, clock)
    for number in range(24):  # message ids fixed: the ids are the same on every run
        simulator.oa_message(f"o_handoff_{number}", "人工", msg_id=7_000_000 + number)
    opened = store.list_open("default")
    assert len(opened) == 24
    for handoff in opened:
        simulator.wecom_message("lumi-service", f"结束 {handoff.id}")
    assert [h.id for h in store.list_open("default")] == []


@pytest.mark.parametrize("cancel", ["取消人工", "不用人工了", "結束", "cancel agent", "never mind the agent"])
def test_the_member_can_take_back_their_request(simulator: Simulator, services: Services,
                                                 delivery_queue: RecordingDeliveryQueue, clock: ManualClock,
                                                 cancel: str) -> None:
    """verify16 (stop 29): once a handoff was open, a member who no longer needed a person ("算了，取消人工") was
    stuck: every message went unanswered until staff closed it or it timed out. Now the member's own cancel words
    (and the brand's close word, as the issue says) close it: the member is told the bot answers again, the staff
    are told there is nothing to reply to, and the next question is answered. The member is told how, when it opens
    (not in customer service, where a servicer has the session: tests/unit/test_handler_handoff.py)."""
    assert "回复【取消人工】" in simulator.oa_message(FOLLOWER, "人工").text
    [opened] = HandoffStore(services.redis, clock).list_open("default")
    delivery_queue.deliveries.clear()
    reply = simulator.oa_message(FOLLOWER, cancel)
    assert "取消" in reply.text or "cancelled" in reply.text, reply.text
    assert HandoffStore(services.redis, clock).list_open("default") == []
    [told] = handoff_deliveries(delivery_queue)
    assert told.routes == ("wecom_app",) and told.user_id == "lumi-service|lumi-adviser-van"
    assert opened.id in told.message.text and "取消" in told.message.text  # type: ignore[union-attr]
    assert "满 CAD" in simulator.oa_message(FOLLOWER, "运费多少").text  # answered again
    # the same words with no handoff open are no command (结束 alone: the FAQ, the greeting...), and tell nobody
    delivery_queue.deliveries.clear()
    simulator.oa_message(FOLLOWER, cancel)
    assert handoff_deliveries(delivery_queue) == []


def test_closing_a_customer_service_handoff_tells_staff_the_session_must_end_in_wecom_first(
        simulator: Simulator, services: Services, delivery_queue: RecordingDeliveryQueue, clock: ManualClock) -> None:
    """A kf handoff moved the session to a person (state 2 or 3), and kf/send_msg is refused there (95018) until a
    servicer ends it in WeCom (doc 94669: the API cannot take it back from the queue): "the bot answers again"
    alone would be untrue."""
    now_s = int(clock.now().timestamp())
    HandoffStore(services.redis, clock).open("default", handoff_id="hkf00001", member_id="mkfmember0000001",
                                             channel="kf", reason="asked", text="人工", opened_s=now_s,
                                             until_s=now_s + 3600, told="wecom_app")
    simulator.wecom_message("lumi-service", "结束 hkf00001")
    [confirm] = delivery_queue.deliveries
    text = confirm.message.text  # type: ignore[union-attr]
    assert "已结束" in text and "微信客服" in text and "kf session" in text, text
    # an Official Account handoff needs no such step
    HandoffStore(services.redis, clock).open("default", handoff_id="hoa00001", member_id="moamember0000001",
                                             channel="oa", reason="asked", text="人工", opened_s=now_s,
                                             until_s=now_s + 3600, told="wecom_app")
    delivery_queue.deliveries.clear()
    simulator.wecom_message("lumi-service", "结束 hoa00001")
    assert "kf session" not in delivery_queue.deliveries[0].message.text  # type: ignore[union-attr]


def test_an_unclosed_handoff_lapses_at_its_timeout(simulator: Simulator, services: Services,
                                                   clock: ManualClock) -> None:
    clock.advance(timedelta(hours=10).total_seconds())  # Monday 18:00 UTC, 10:00 in Vancouver: office hours
    simulator.oa_message(FOLLOWER, "人工")
    assert simulator.oa_message(FOLLOWER, "运费多少").text == ""
    clock.advance(timedelta(hours=24, seconds=1).total_seconds())
    assert simulator.oa_message(FOLLOWER, "运费多少").text != ""
    assert HandoffStore(services.redis, clock).list_open("default") == []


def test_a_handoff_opened_at_night_is_still_listed_when_the_team_comes_in(simulator: Simulator, services: Services,
                                                                          clock: ManualClock) -> None:
    """Opened at midnight in Vancouver, it is still open at 09:00 the next morning and for 24 hours after."""
    simulator.oa_message(FOLLOWER, "人工")
    clock.advance(timedelta(hours=9 + 23).total_seconds())  # Tuesday 08:00 in Vancouver
    assert len(HandoffStore(services.redis, clock).list_open("default")) == 1
    assert simulator.oa_message(FOLLOWER, "运费多少").text == ""
    clock.advance(timedelta(hours=1, seconds=1).total_seconds())
    assert simulator.oa_message(FOLLOWER, "运费多少").text != ""


def test_the_member_s_messages_are_in_the_event_stream(simulator: Simulator, services: Services) -> None:
    simulator.oa_message(FOLLOWER, "我的订单到哪了")
    texts = [e.get("text") for e in services.events.recent("default", count=5)]
    assert "我的订单到哪了" in texts


def test_without_the_wecom_app_the_member_is_told_nobody_is_available(fake_redis, clock: ManualClock,
                                                                      delivery_queue: RecordingDeliveryQueue,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    bare = make_settings()  # no SIYU_WECOM_SECRET, no robot key: handoff.yaml's staff cannot be told
    services = build_services(bare, redis_client=fake_redis, clock=clock, queue=delivery_queue)
    simulator = simulator_for(create_app(services=services).test_client(), bare, clock)
    reply = simulator.oa_message(FOLLOWER, "人工")
    assert "没有同事在线接待" in reply.text and "回复你" not in reply.text
    assert delivery_queue.deliveries == [] and HandoffStore(services.redis, clock).list_open("default") == []
    assert "WECOM_SECRET" in caplog.text
    assert simulator.oa_message(FOLLOWER, "运费多少").text != ""  # nothing to wait for: answered


def test_answers_that_send_members_to_nobody_are_named_to_the_manager_once(fake_redis, clock: ManualClock,
                                                                         delivery_queue: RecordingDeliveryQueue,
                                                                         caplog: pytest.LogCaptureFixture) -> None:
    """The demo FAQ's tracking and broken-parcel answers say 'reply "agent"': with nobody to tell, a member who does
    so only hears that nobody is available. The manager is told which answers lead there, once per content version
    (the answers are the brand's words and go out as written)."""
    bare = make_settings()  # no SIYU_WECOM_SECRET, no robot key: handoff.yaml's staff cannot be told
    services = build_services(bare, redis_client=fake_redis, clock=clock, queue=delivery_queue)
    simulator = simulator_for(create_app(services=services).test_client(), bare, clock)
    assert "我的 → 订单" in simulator.oa_message(FOLLOWER, "我的快递到哪了").text
    simulator.oa_message(FOLLOWER, "包裹摔坏了怎么办")
    warned = [r.getMessage() for r in caplog.records if "FAQ answers name a handoff word" in r.getMessage()]
    assert len(warned) == 1
    assert "order-tracking" in warned[0] and "package-problem" in warned[0] and "human-agent" not in warned[0]
    assert "shipping-cost" not in warned[0]


def test_if_the_effect_finds_no_route_nobody_is_told_and_it_is_logged(simulator: Simulator, services: Services,
                                                                delivery_queue: RecordingDeliveryQueue,
                                                                clock: ManualClock,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    services.pipeline.after_route.settings = make_settings()  # no SIYU_WECOM_SECRET, no robot key
    simulator.oa_message(FOLLOWER, "人工")
    assert handoff_deliveries(delivery_queue) == []
    assert "nobody can be told" in caplog.text and "SIYU_WECOM_SECRET" in caplog.text
    [opened] = HandoffStore(services.redis, clock).list_open("default")
    assert opened.told == ""  # `siyu handoffs` shows it as told to nobody


@pytest.mark.parametrize("create_time", [0, 1348831860, 4102444800])  # 1970, a 2012 sample's, 2100
def test_a_create_time_far_from_our_clock_dates_the_message_when_it_arrived(simulator: Simulator, services: Services,
                                                                           clock: ManualClock,
                                                                           create_time: int) -> None:
    """Verify12: a CreateTime of 0 opened a handoff that had lapsed in 1970 (the bot answered the next message
    while the member had been told to wait) and one in 2100 a handoff no timeout would end."""
    clock.advance(10 * 3600)  # Monday 10:00 in Vancouver, office hours
    fields = simulator.oa_fields(FOLLOWER, MsgType="text", Content="人工", MsgId=777001, CreateTime=create_time)
    assert "请稍等" in simulator.post_oa(fields).text
    [handoff] = HandoffStore(services.redis, clock).list_open("default")
    assert handoff.opened_at == clock.now() and handoff.until == clock.now() + timedelta(hours=24)
    assert simulator.oa_message(FOLLOWER, "运费多少").text == ""


def test_retries_of_an_event_with_a_far_create_time_are_one_callback(simulator: Simulator, services: Services,
                                                                    clock: ManualClock) -> None:
    """Dated when it arrived, a retry 5 s later must still be the same callback (the CreateTime is in its key)."""
    fields = simulator.oa_fields("o_far_follow", MsgType="event", Event="subscribe", CreateTime=4102444800)
    first = simulator.post_oa(fields)
    clock.advance(5)
    assert simulator.post_oa(fields).text == first.text != ""
    types = [e["type"] for e in services.events.recent("default", count=20)]
    assert types.count("in.subscribe") == 1, types


@pytest.mark.parametrize(("said", "kind"), [("你们老板是谁", "text"), ("who is your ceo", "text"),
                                            ("", "image"), ("订单", "did-you-mean")])
def test_with_nobody_to_tell_no_reply_sends_the_member_to_ask_for_a_person(
        fake_redis, clock: ManualClock, delivery_queue: RecordingDeliveryQueue, said: str, kind: str) -> None:
    """Verify12: with nobody to tell (no WeCom app secret, no staff robot), "I don't know yet… reply 人工 for a
    person", the photo reply and the did-you-mean footer sent the member to 人工, which answers that nobody is
    available: a dead end the bot itself pointed at. They say the rest and offer no person."""
    bare = make_settings()
    services = build_services(bare, redis_client=fake_redis, clock=clock, queue=delivery_queue)
    simulator = simulator_for(create_app(services=services).test_client(), bare, clock)
    if kind == "image":
        reply = simulator.post_oa(simulator.oa_fields(FOLLOWER, MsgType="image", MsgId=7_200_000_000_000_001,
                                                      PicUrl="http://mmbiz.qpic.cn/x.jpg", MediaId="m1")).text
    elif kind == "did-you-mean":
        reply = simulator.oa_message(FOLLOWER, said).text
        assert "1. " in reply, reply  # the menu is still shown
    else:
        reply = simulator.oa_message(FOLLOWER, said).text
    assert reply, kind
    assert not any(word in reply.lower() for word in ("人工", "agent", "真人", "a person")), reply


@pytest.mark.parametrize("said", ["你们老板是谁", "who is your ceo"])
def test_with_a_colleague_to_tell_the_unanswered_reply_still_offers_one(simulator: Simulator, said: str) -> None:
    reply = simulator.oa_message(FOLLOWER, said).text
    assert "人工" in reply or "agent" in reply, reply
