"""The translators fill every field the core reads, so nothing past bot/webhook/ reads WeChat's raw names."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.inbound import Channel, Inbound, Kind
from bot.queueing import RecordingDeliveryQueue
from bot.services import Services
from bot.webhook import kf, xml_inbound
from tests.support.factories import OA_APPID, WECOM_CORP_ID, make_inbound

AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def oa(**fields: str) -> Inbound:
    base = {"ToUserName": "gh_test", "FromUserName": "o1", "CreateTime": "1795420800"}
    return xml_inbound.to_inbound(base | fields, brand="default", channel=Channel.OA, account=OA_APPID,
                                  received_at=AT)


def test_a_clicked_msgmenu_item_is_a_field() -> None:
    assert oa(MsgType="text", Content="退货", MsgId="1", bizmsgmenuid="2").menu_choice == "2"
    assert oa(MsgType="text", Content="2", MsgId="2").menu_choice == ""


def test_a_kf_notice_names_its_account_and_token() -> None:
    inbound = oa(MsgType="event", Event="kf_msg_or_event", Token="T0KEN", OpenKfId="wkA")
    assert (inbound.kind, inbound.open_kfid, inbound.kf_token) == (Kind.KF_NOTICE, "wkA", "T0KEN")
    assert oa(MsgType="text", Content="hi", MsgId="3", Token="x").kf_token == ""  # only a notice carries one


def test_events_of_one_second_are_told_apart_by_their_ids() -> None:
    first = oa(MsgType="event", Event="TEMPLATESENDJOBFINISH", MsgID="200163836", Status="success")
    second = oa(MsgType="event", Event="TEMPLATESENDJOBFINISH", MsgID="200163840", Status="success")
    assert first.msg_id == "" and first.dedupe_key != second.dedupe_key
    assert first.dedupe_key == oa(MsgType="event", Event="TEMPLATESENDJOBFINISH", MsgID="200163836").dedupe_key


def test_a_kf_message_carries_its_menu_choice_and_account() -> None:
    message = {"msgid": "m1", "open_kfid": "wkA", "external_userid": "wmC", "send_time": 1795420800, "origin": 3,
               "msgtype": "text", "text": {"content": "退货政策", "menu_id": "2"}}
    inbound = kf.to_inbound(message, brand="default", corp_id=WECOM_CORP_ID, received_at=AT)
    assert (inbound.menu_choice, inbound.open_kfid, inbound.text) == ("2", "wkA", "退货政策")
    event = {"msgid": "m2", "send_time": 1795420800, "origin": 4, "msgtype": "event",
             "event": {"event_type": "enter_session", "external_userid": "wmC", "welcome_code": "WC"}}
    pulled_for = kf.to_inbound(event, brand="default", corp_id=WECOM_CORP_ID, received_at=AT,
                                       open_kfid="wkPull")
    assert pulled_for.open_kfid == "wkPull"  # the event names no account: the one the pull was for


def test_a_response_url_reply_knows_when_the_url_was_given(services: Services,
                                                           delivery_queue: RecordingDeliveryQueue) -> None:
    """The intelligent bot's response_url is valid 1 h from its callback; the route checks that time."""
    inbound = make_inbound("ping", channel=Channel.GROUP_BOT, account="aibot1", msg_id="g1", user_id="zhangsan",
                           response_url="http://127.0.0.1/cgi-bin/aibot/response?response_code=x")
    services.pipeline.handle(inbound)
    [queued] = delivery_queue.deliveries
    assert queued.context.response_url == inbound.response_url
    assert queued.context.response_url_at == int(inbound.sent_at.timestamp())


def test_two_group_joins_of_one_second_are_two_callbacks(simulator, services: Services,
                                                         delivery_queue: RecordingDeliveryQueue) -> None:
    """Two customers scanning a group's QR code in the same second make two change_external_chat pushes that differ
    only in MemChangeList and CurMemVer: the second was taken for a retry of the first (same sender `sys`, CreateTime,
    ChatId, UpdateDetail), so Rose was never recorded nor welcomed. Retries of each are still one callback."""
    chat = "wrOgQhDgAAvanskincare01"  # config/groups.yaml: van-skincare, which has a robot for its welcomes
    for members in (["wmJack"], ["wmRose"], ["wmRose"]):
        assert simulator.wecom_group_join(chat, members).status == 200
    joins = [e for e in services.events.recent("default", count=50) if e["type"] == "in.group_updated"]
    assert len(joins) == 2
    assert len([d for d in delivery_queue.deliveries if d.purpose == "welcome"]) == 2
