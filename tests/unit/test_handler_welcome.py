"""welcome: follows, QR scans, WeCom contacts and group joins each get their first words and tags."""

from __future__ import annotations

import pytest

from bot.inbound import Channel, Kind
from bot.member import Member
from bot.outbound import MiniProgram, Text
from handlers.welcome import WelcomeHandler
from tests.support.factories import WECOM_CORP_ID, demo_content, make_inbound

CONTENT = demo_content()
HANDLER = WelcomeHandler()
MEMBER = Member(id="m0123456789abcdef", brand="default", fields={})


def event(kind: Kind, **overrides):
    return make_inbound("", kind=kind, msg_id="", **overrides)


def run(inbound, member=MEMBER):
    found = HANDLER.match(inbound, member, CONTENT)
    assert found is not None
    return HANDLER.handle(inbound, member, CONTENT, found)


def test_follow_gets_the_brand_welcome() -> None:
    result = run(event(Kind.SUBSCRIBE, event="subscribe"))
    assert result.messages == (Text(text=CONTENT.brand.welcome.oa_follow.zh),)
    assert result.add_tags == frozenset()


def test_follow_by_a_parametric_qr_code_tags_the_scene() -> None:
    result = run(event(Kind.SUBSCRIBE, event="subscribe", event_key="qrscene_42", scene="42"))
    assert result.add_tags == {"qr:42"}


def test_a_scene_longer_than_the_platform_allows_is_no_tag() -> None:
    """verify15: a signed follow with a 20,000-character scene became a tag of that length on the member. A QR
    code's scene_str is 1-64 characters (qrcode/create) and a contact way's State at most 30, so a longer one
    came from no code of the brand's: the member is welcomed, untagged."""
    result = run(event(Kind.SUBSCRIBE, event="subscribe", event_key="qrscene_" + "x" * 20000, scene="x" * 20000))
    assert result.add_tags == frozenset() and result.messages
    assert run(event(Kind.SUBSCRIBE, event="subscribe", event_key="qrscene_" + "y" * 64,
                     scene="y" * 64)).add_tags == {"qr:" + "y" * 64}


def test_follow_uses_the_members_language() -> None:
    english = Member(id="m1", brand="default", fields={"lc": "en"})
    assert run(event(Kind.SUBSCRIBE, event="subscribe"), english).messages[0].text == \
        CONTENT.brand.welcome.oa_follow.en


def test_scan_by_a_follower_tags_and_says_welcome_back() -> None:
    result = run(event(Kind.SCAN, event="SCAN", event_key="spring", scene="spring"))
    assert result.add_tags == {"qr:spring"}
    assert "欢迎回来" in result.messages[0].text


def test_wecom_contact_added_gets_text_and_a_tracked_card_and_the_state_tag() -> None:
    inbound = event(Kind.CONTACT_ADDED, channel=Channel.WECOM, account=WECOM_CORP_ID, user_id="wmEXT1",
                    staff_id="zhangsan", welcome_code="WC1", scene="mall-qr")
    result = run(inbound)
    text, card = result.messages
    assert text == Text(text=CONTENT.brand.welcome.contact_added.zh)
    assert isinstance(card, MiniProgram) and card.image and card.appid == CONTENT.products[0].miniprogram.appid
    assert card.page.endswith("&sy_m=m0123456789abcdef&sy_s=wecom.welcome&sy_c=mall-qr")
    assert "wmEXT1" not in card.page + card.fallback_url  # never the external_userid
    assert result.add_tags == {"source:mall-qr"}


def test_a_state_naming_a_product_shows_that_product() -> None:
    inbound = event(Kind.CONTACT_ADDED, channel=Channel.WECOM, user_id="wmEXT1", welcome_code="WC1",
                    scene="lip-balm")
    card = run(inbound).messages[1]
    assert card.title == CONTENT.product("lip-balm").name.zh


def test_contact_added_without_a_welcome_code_only_tags() -> None:
    # WeCom sends no WelcomeCode when the contact way has its own welcome: nothing may be sent
    result = run(event(Kind.CONTACT_ADDED, channel=Channel.WECOM, user_id="wmEXT1", scene="s1"))
    assert result.messages == () and result.add_tags == {"source:s1"}


def test_a_configured_group_join_gets_the_groups_welcome() -> None:
    group = CONTENT.groups[0]
    inbound = event(Kind.GROUP_UPDATED, channel=Channel.WECOM, user_id="sys", chat_id=group.chat_id,
                    change_type="update", update_detail="add_member", member_change_count=1)
    result = run(inbound, None)
    assert result.messages == (Text(text=group.welcome.zh.strip()),)
    assert result.events == (("group_join", {"chat": group.chat_id, "group": group.id, "count": "1"}),)


def test_many_joins_get_one_message_addressing_them_all() -> None:
    inbound = event(Kind.GROUP_UPDATED, channel=Channel.WECOM, user_id="sys", chat_id="wrOTHER",
                    change_type="update", update_detail="add_member", member_change_count=3,
                    member_changes=("wm1", "wm2", "wm3"))
    (message,) = run(inbound, None).messages
    assert message.text.startswith("👋 欢迎 3 位新朋友！")
    assert CONTENT.brand.welcome.group_join.zh.strip() in message.text


def test_enter_chat_gets_a_one_line_greeting() -> None:
    inbound = event(Kind.ENTER_CHAT, channel=Channel.GROUP_BOT, event="enter_chat")
    assert "小助手" in run(inbound).messages[0].text


def test_kf_enter_session_with_a_code_gets_a_kf_welcome_in_the_members_language() -> None:
    inbound = event(Kind.ENTER_CHAT, channel=Channel.KF, account=WECOM_CORP_ID, user_id="wmEXT1",
                    event="enter_session", scene="qr1", welcome_code="WC1")
    (zh,) = run(inbound).messages
    assert isinstance(zh, Text) and "露米" in zh.text and "帮助" in zh.text
    english = Member(id="m1", brand="default", fields={"lc": "en"})
    result = run(inbound, english)
    (en,) = result.messages
    assert isinstance(en, Text) and "Lumi" in en.text and "help" in en.text
    assert result.add_tags == frozenset() and result.events == ()


@pytest.mark.parametrize("locale", ["zh", "en"])
def test_kf_welcome_promises_no_updates_kf_cannot_send(locale: str) -> None:
    """Before: a WeChat customer service (kf) customer was welcomed with the WeCom contact welcome, "以后新品、会员
    活动和护肤小课堂都会在这里通知你" / "I'll share new launches, member events and short skincare lessons here". A kf
    session may be written to only within 48 h of the customer's last message (docs/platform.md §3.1 kf row) and
    no sequence starts from it, so none of that could come. After: a kf welcome (brand.yaml template
    `kf_welcome`) that says how to ask, and promises nothing."""
    member = Member(id="m1", brand="default", fields={"lc": locale})
    inbound = event(Kind.ENTER_CHAT, channel=Channel.KF, account=WECOM_CORP_ID, user_id="wmEXT1",
                    event="enter_session", welcome_code="WC1")
    (text,) = run(inbound, member).messages
    assert isinstance(text, Text)
    for promise in ("通知你", "新品", "I'll share", "launches"):
        assert promise not in text.text, text.text


@pytest.mark.parametrize("overrides", [
    {"kind": Kind.TEXT, "text": "subscribe"},
    {"kind": Kind.UNSUBSCRIBE, "event": "unsubscribe"},
    {"kind": Kind.MENU_CLICK, "event": "CLICK", "event_key": "welcome"},
    {"kind": Kind.GROUP_UPDATED, "chat_id": "wr1", "update_detail": "del_member"},
    {"kind": Kind.GROUP_UPDATED, "chat_id": "wr1", "update_detail": "change_name"},
    {"kind": Kind.GROUP_CREATED, "chat_id": "wr1"},
    {"kind": Kind.CONTACT_REMOVED, "user_id": "wm1"},
    {"kind": Kind.SUBSCRIBE, "channel": Channel.WECOM, "event": "subscribe"},  # staff following the app
    {"kind": Kind.ENTER_CHAT, "channel": Channel.KF, "event": "enter_session"},  # no welcome_code: no welcome
    {"kind": Kind.ENTER_CHAT, "channel": Channel.OA, "welcome_code": "WC1"},
    {"kind": Kind.TEXT, "channel": Channel.KF, "text": "hi", "welcome_code": "WC1"},
])
def test_other_inbounds_are_ignored(overrides: dict) -> None:
    values = {"text": "", **overrides}
    assert HANDLER.match(make_inbound(**values), MEMBER, CONTENT) is None
