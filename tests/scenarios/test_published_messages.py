"""Every published sample callback in ../shared/testdata/messages parses to the right kind,
keeps its raw payload, and goes through the real webhook (signed, encrypted) without error."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from bot.inbound import Channel, Kind
from bot.sandbox.simulator import Simulator
from bot.webhook.xml_inbound import to_inbound
from bot.webhook.xmlsafe import parse_xml
from tests.conftest import SHARED_TESTDATA

MESSAGES = SHARED_TESTDATA / "messages"
INDEX = json.loads((MESSAGES / "index.json").read_text(encoding="utf-8"))
XML_SAMPLES = [entry for entry in INDEX if entry["file"].endswith(".xml")]

EXPECTED_EVENTS = {
    "subscribe": Kind.SUBSCRIBE, "unsubscribe": Kind.UNSUBSCRIBE, "SCAN": Kind.SCAN, "CLICK": Kind.MENU_CLICK,
    "VIEW": Kind.MENU_VIEW, "LOCATION": Kind.LOCATION_REPORT, "view_miniprogram": Kind.MENU_MINIPROGRAM,
    "scancode_push": Kind.MENU_SCAN, "scancode_waitmsg": Kind.MENU_SCAN, "pic_sysphoto": Kind.MENU_PHOTO,
    "pic_photo_or_album": Kind.MENU_PHOTO, "pic_weixin": Kind.MENU_PHOTO, "location_select": Kind.MENU_LOCATION,
    "TEMPLATESENDJOBFINISH": Kind.TEMPLATE_SENT, "MASSSENDJOBFINISH": Kind.MASS_SENT,
    "subscribe_msg_popup_event": Kind.SUBSCRIBE_MSG_POPUP, "subscribe_msg_change_event": Kind.SUBSCRIBE_MSG_CHANGE,
    "subscribe_msg_sent_event": Kind.SUBSCRIBE_MSG_SENT, "kf_create_session": Kind.KF_SESSION,
    "kf_close_session": Kind.KF_SESSION, "kf_switch_session": Kind.KF_SESSION, "enter_agent": Kind.ENTER_AGENT,
    "change_external_tag": Kind.TAG_CHANGED,
}
EXPECTED_CHANGES = {
    "add_external_contact": Kind.CONTACT_ADDED, "add_half_external_contact": Kind.CONTACT_ADDED,
    "edit_external_contact": Kind.CONTACT_EDITED, "del_external_contact": Kind.CONTACT_REMOVED,
    "del_follow_user": Kind.CONTACT_LEFT, "transfer_fail": Kind.CONTACT_TRANSFER_FAILED,
    "create": Kind.GROUP_CREATED, "update": Kind.GROUP_UPDATED, "dismiss": Kind.GROUP_DISMISSED,
}
MESSAGE_TYPES = {"text": Kind.TEXT, "image": Kind.IMAGE, "voice": Kind.VOICE, "video": Kind.VIDEO,
                 "shortvideo": Kind.SHORTVIDEO, "location": Kind.LOCATION, "link": Kind.LINK}


def expected_kind(entry: dict) -> Kind:
    if entry["msg_type"] in MESSAGE_TYPES:
        return MESSAGE_TYPES[entry["msg_type"]]
    if entry["msg_type"] != "event":
        return Kind.UNKNOWN
    if entry["event"] in ("change_external_contact", "change_external_chat"):
        return EXPECTED_CHANGES[entry["change_type"]]
    return EXPECTED_EVENTS.get(entry["event"], Kind.UNKNOWN)


def load(entry: dict) -> str:
    return (MESSAGES / entry["file"]).read_text(encoding="utf-8")


@pytest.mark.parametrize("entry", XML_SAMPLES, ids=lambda e: e["file"])
def test_sample_parses_to_its_kind(entry: dict) -> None:
    fields = parse_xml(load(entry))
    channel = Channel.OA if entry["platform"] == "oa" else Channel.WECOM
    inbound = to_inbound(fields, brand="default", channel=channel, account="acct",
                         received_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert inbound.kind is expected_kind(entry)
    assert dict(inbound.raw) == fields  # the raw payload is kept
    assert inbound.dedupe_key  # every callback can be deduplicated
    if inbound.kind is Kind.TEXT:
        assert inbound.text
    if inbound.kind is Kind.CONTACT_ADDED:
        assert inbound.user_id and inbound.staff_id and inbound.welcome_code
    if inbound.kind in (Kind.GROUP_CREATED, Kind.GROUP_DISMISSED):
        assert inbound.chat_id and inbound.member_identity is None


def test_qr_subscribe_and_scan_carry_the_scene() -> None:
    subscribes = [e for e in XML_SAMPLES if e["event"] == "subscribe" and e["platform"] == "oa"]
    scenes = set()
    for entry in subscribes + [e for e in XML_SAMPLES if e["event"] == "SCAN"]:
        inbound = to_inbound(parse_xml(load(entry)), brand="b", channel=Channel.OA, account="a",
                             received_at=datetime(2026, 1, 1, tzinfo=UTC))
        if inbound.event_key.startswith("qrscene_") or (inbound.kind is Kind.SCAN and inbound.event_key):
            assert inbound.scene == inbound.event_key.removeprefix("qrscene_")
            scenes.add(inbound.scene)
        else:  # subscribe after a payment or a product scan: no QR scene
            assert inbound.scene == ""
    assert scenes == {"123123", "SCENE_VALUE"}


def test_wecom_string_msgid_is_kept_as_text() -> None:
    xml = "<xml><ToUserName>ww1</ToUserName><FromUserName>u</FromUserName><CreateTime>1</CreateTime>" \
          "<MsgType>text</MsgType><Content>hi</Content><MsgId>CAIQg/PKxgYY2sC9tpuAgAMg9/zKaw==</MsgId></xml>"
    inbound = to_inbound(parse_xml(xml), brand="b", channel=Channel.WECOM, account="ww1",
                         received_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert inbound.msg_id == "CAIQg/PKxgYY2sC9tpuAgAMg9/zKaw=="


def test_group_update_keeps_member_changes() -> None:
    xml = ("<xml><ToUserName>ww1</ToUserName><FromUserName>sys</FromUserName><CreateTime>1403610513</CreateTime>"
           "<MsgType>event</MsgType><Event>change_external_chat</Event><ChatId>wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA</ChatId>"
           "<ChangeType>update</ChangeType><UpdateDetail>add_member</UpdateDetail><JoinScene>1</JoinScene>"
           "<QuitScene>0</QuitScene><MemChangeCnt>2</MemChangeCnt><MemChangeList><Item>Jack</Item><Item>Rose</Item>"
           "</MemChangeList><LastMemVer>9c3f</LastMemVer><CurMemVer>71217</CurMemVer></xml>")
    inbound = to_inbound(parse_xml(xml), brand="b", channel=Channel.WECOM, account="ww1",
                         received_at=datetime(2026, 1, 1, tzinfo=UTC))
    assert inbound.kind is Kind.GROUP_UPDATED
    assert inbound.update_detail == "add_member" and inbound.join_scene == "1"
    assert inbound.member_changes == ("Jack", "Rose") and inbound.member_change_count == 2


@pytest.mark.parametrize("entry", XML_SAMPLES, ids=lambda e: e["file"])
def test_sample_through_the_real_webhook(entry: dict, simulator: Simulator, services) -> None:
    """Each sample, re-signed and encrypted for our test accounts, is accepted and recorded."""
    fields = parse_xml(load(entry))
    fields.pop("AgentID", None)
    reply = simulator.post_oa(fields) if entry["platform"] == "oa" else simulator.post_wecom(fields)
    assert reply.status == 200
    recorded = [event["type"] for event in services.events.recent("default", count=5)]
    assert f"in.{expected_kind(entry)}" in recorded  # handlers may add their own events after it


def test_the_mass_send_report_carries_its_counts_and_concerns_no_member() -> None:
    (entry,) = [e for e in XML_SAMPLES if e["event"] == "MASSSENDJOBFINISH"]
    inbound = to_inbound(parse_xml(load(entry)), brand="b", channel=Channel.OA, account="a",
                         received_at=datetime(2026, 1, 1, tzinfo=UTC))
    result = inbound.mass_result
    assert result is not None and (result.msg_id, result.status) == ("1000001625", "err(30003)")
    assert (result.total, result.filtered, result.sent, result.errors) == (0, 0, 0, 0)
    assert not result.succeeded  # a review refusal: err(<code>)
    assert inbound.member_identity is None  # the sender is the mass-send helper, not a follower
