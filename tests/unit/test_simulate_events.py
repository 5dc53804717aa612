"""`siyu simulate --event`: the events' XML matches the published samples field by field and parses to the
right Inbound, the event names parse (or say what to write instead), and wrong arguments are one line."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit
from xml.etree.ElementTree import Element

import pytest
from click.testing import CliRunner
from defusedxml.ElementTree import fromstring

from bot.cli import cli
from bot.inbound import Channel, Inbound, Kind
from bot.sandbox.events import EventSpec, parse_event
from bot.sandbox.simulator import Simulator, qr_ticket
from bot.settings import Settings
from bot.webhook.cipher import CallbackCipher
from bot.webhook.xml_inbound import to_inbound
from bot.webhook.xmlsafe import parse_xml
from tests.conftest import SHARED_TESTDATA
from tests.support.factories import make_settings

SAMPLES = SHARED_TESTDATA / "messages"
# change_external_chat / update is not on the shelf: WeCom doc 92130 (客户群变更事件, self-built app form;
# the suite form on doc 92277 has the same body), as quoted in SDK comments (go-workwx, WxJava PR #3572).
GROUP_UPDATE_SAMPLE = """<xml><ToUserName><![CDATA[toUser]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>
<CreateTime>1403610513</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_external_chat]]></Event>
<ChatId><![CDATA[wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA]]></ChatId><ChangeType><![CDATA[update]]></ChangeType>
<UpdateDetail><![CDATA[add_member]]></UpdateDetail><JoinScene>1</JoinScene><QuitScene>0</QuitScene>
<MemChangeCnt>10</MemChangeCnt><MemChangeList><Item>Jack</Item><Item>Rose</Item></MemChangeList>
<LastMemVer>9c3f97c2ada667dfb5f6d03308d963e1</LastMemVer><CurMemVer>71217227bbd112ecfe3a49c482195cb4</CurMemVer>
</xml>"""


class Captured:
    """A transport that keeps what the simulator posted and answers `success`, as the webhook does."""

    def __init__(self) -> None:
        self.posts: list[tuple[str, bytes]] = []

    def __call__(self, path: str, body: bytes) -> tuple[int, bytes]:
        self.posts.append((path, body))
        return 200, b"success"


@pytest.fixture
def settings() -> Settings:
    return make_settings()


@pytest.fixture
def captured() -> Captured:
    return Captured()


@pytest.fixture
def simulator(settings: Settings, captured: Captured) -> Simulator:
    brand = settings.brands["default"]
    return Simulator(oa=brand.oa, wecom=brand.wecom, transport=captured, now=lambda: 1764000000)


def plaintext(settings: Settings, captured: Captured) -> str:
    """The last callback's XML as the webhook decrypts it (checking the signature on the way)."""
    path, body = captured.posts[-1]
    query = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
    brand = settings.brands["default"]
    account = brand.oa if "/oa?" in path else brand.wecom
    receive_id = brand.oa.appid if account is brand.oa else brand.wecom.corp_id  # type: ignore[union-attr]
    cipher = CallbackCipher(token=account.token, aes_keys=account.aes_keys, receive_id=receive_id)  # type: ignore[union-attr]
    xml, _ = cipher.open(signature=query["msg_signature"], timestamp=query["timestamp"], nonce=query["nonce"],
                         encrypt=str(parse_xml(body)["Encrypt"]))
    return xml


def shape(xml: str) -> list[object]:
    """Tag names in order, nested elements as (tag, their shape): what "field by field" compares."""
    def walk(element: Element) -> list[object]:
        return [(child.tag, walk(child)) if len(child) else child.tag for child in element]

    return walk(fromstring(xml))


def inbound(xml: str, channel: Channel) -> Inbound:
    return to_inbound(parse_xml(xml), brand="default", channel=channel, account="acct",
                      received_at=datetime(2026, 1, 1, tzinfo=UTC))


def sample(name: str) -> str:
    return (SAMPLES / name).read_text(encoding="utf-8")


def test_follow_matches_the_published_subscribe(simulator: Simulator, settings: Settings, captured: Captured) -> None:
    simulator.oa_subscribe("o_new_follower")
    xml = plaintext(settings, captured)
    assert shape(xml) == shape(sample("sdk/oa_event_subscribe.xml"))
    got = inbound(xml, Channel.OA)
    assert got.kind is Kind.SUBSCRIBE and got.user_id == "o_new_follower" and got.scene == ""


def test_a_qr_follow_matches_the_published_qrscene_subscribe(simulator: Simulator, settings: Settings,
                                                             captured: Captured) -> None:
    simulator.oa_subscribe("o_new_follower", scene="123123")
    xml = plaintext(settings, captured)
    assert shape(xml) == shape(sample("sdk/oa_event_subscribe_3.xml"))
    fields = parse_xml(xml)
    assert fields["Event"] == "subscribe" and fields["EventKey"] == "qrscene_123123"
    assert fields["Ticket"] == qr_ticket("123123") != qr_ticket("456")  # one ticket per QR code
    got = inbound(xml, Channel.OA)
    assert got.kind is Kind.SUBSCRIBE and got.scene == "123123"


def test_a_followers_scan_matches_the_published_scan(simulator: Simulator, settings: Settings,
                                                     captured: Captured) -> None:
    simulator.oa_scan("o_follower", "spring-fair")
    xml = plaintext(settings, captured)
    assert shape(xml) == shape(sample("sdk/oa_event_scan.xml"))
    fields = parse_xml(xml)
    assert fields["Event"] == "SCAN" and fields["EventKey"] == "spring-fair"  # bare scene: no qrscene_ prefix
    got = inbound(xml, Channel.OA)
    assert got.kind is Kind.SCAN and got.scene == "spring-fair"


def test_unfollow_matches_the_published_unsubscribe(simulator: Simulator, settings: Settings,
                                                    captured: Captured) -> None:
    simulator.oa_unsubscribe("o_follower")
    xml = plaintext(settings, captured)
    assert shape(xml) == shape(sample("sdk/oa_event_unsubscribe.xml"))
    assert inbound(xml, Channel.OA).kind is Kind.UNSUBSCRIBE


def test_contact_added_matches_the_doc_sample(simulator: Simulator, settings: Settings, captured: Captured) -> None:
    simulator.wecom_contact_added("wmDemoNewcomer01", staff="zhangsan", state="xhs", welcome_code="CODE123")
    xml = plaintext(settings, captured)
    assert shape(xml) == shape(sample("wecom_doc/wecom_change_external_contact_add_external_contact.xml"))
    fields = parse_xml(xml)
    assert fields["ToUserName"] == settings.brands["default"].wecom.corp_id  # type: ignore[union-attr]
    assert fields["FromUserName"] == "sys"
    got = inbound(xml, Channel.WECOM)
    assert got.kind is Kind.CONTACT_ADDED and got.user_id == "wmDemoNewcomer01" and got.staff_id == "zhangsan"
    assert got.scene == "xhs" and got.welcome_code == "CODE123"


def test_contact_added_without_a_code_leaves_the_field_out(simulator: Simulator, settings: Settings,
                                                           captured: Captured) -> None:
    simulator.wecom_contact_added("wmDemoNewcomer01", state="xhs")
    fields = parse_xml(plaintext(settings, captured))
    assert "WelcomeCode" not in fields and inbound(plaintext(settings, captured), Channel.WECOM).welcome_code == ""


def test_group_join_matches_the_doc_sample(simulator: Simulator, settings: Settings, captured: Captured) -> None:
    simulator.wecom_group_join("wrOgQhDgAAvanskincare01", ["wmDemoNewcomer01", "wmDemoNewcomer02"])
    xml = plaintext(settings, captured)
    assert shape(xml) == shape(GROUP_UPDATE_SAMPLE)
    fields = parse_xml(xml)
    assert (fields["ChangeType"], fields["UpdateDetail"], fields["JoinScene"], fields["QuitScene"]) == \
        ("update", "add_member", "3", "0")
    assert len(fields["LastMemVer"]) == len(fields["CurMemVer"]) == 32 and fields["LastMemVer"] != fields["CurMemVer"]
    got = inbound(xml, Channel.WECOM)
    assert got.kind is Kind.GROUP_UPDATED and got.chat_id == "wrOgQhDgAAvanskincare01"
    assert got.member_changes == ("wmDemoNewcomer01", "wmDemoNewcomer02") and got.member_change_count == 2
    assert got.join_scene == "3"


def test_a_wecom_message_keeps_the_doc_field_order(simulator: Simulator, settings: Settings,
                                                   captured: Captured) -> None:
    simulator.wecom_message("zhangsan", "hi", msg_id="1234567890123456")
    assert shape(plaintext(settings, captured)) == shape(sample("sdk/wecom_text.xml"))


@pytest.mark.parametrize(("value", "expected"), [
    ("subscribe", EventSpec("subscribe")),
    ("unsubscribe", EventSpec("unsubscribe")),
    ("scan:spring-fair", EventSpec("scan", "spring-fair")),
    ("contact-added", EventSpec("contact-added")),
    ("contact-added:xhs", EventSpec("contact-added", "xhs")),
    ("group-join", EventSpec("group-join")),
    ("group-join:van-skincare", EventSpec("group-join", "van-skincare")),
    ("menu-click:tutorial", EventSpec("menu-click", "tutorial")),
    ("menu-click:say:教程", EventSpec("menu-click", "say:教程")),  # a key may hold ':'
    ("menu-view:https://lumi-skin.example/", EventSpec("menu-view", "https://lumi-skin.example/")),
    ("menu-miniprogram:pages/index/index", EventSpec("menu-miniprogram", "pages/index/index")),
    ("kf-enter", EventSpec("kf-enter")),
    ("kf-enter:xhs", EventSpec("kf-enter", "xhs")),
])
def test_event_names_parse(value: str, expected: EventSpec) -> None:
    assert parse_event(value) == expected


@pytest.mark.parametrize(("value", "says"), [
    ("follow", "unknown event"), ("scan", "needs the QR code's scene"), ("scan:", "needs the QR code's scene"),
    ("subscribe:spring", "scan:SCENE"), ("scan:" + "x" * 65, "at most 64"), ("contact-added:" + "s" * 31, "at most 30"),
    ("menu-click", "menu button's key"), ("menu-view", "menu-view:URL"), ("menu-miniprogram:", "PAGE"),
])
def test_bad_event_names_say_what_to_write(value: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        parse_event(value)


def test_each_event_has_its_channel() -> None:
    assert {name: parse_event(name if name != "scan" else "scan:x").channel
            for name in ("subscribe", "unsubscribe", "scan", "contact-added", "group-join", "kf-enter")} == {
        "subscribe": "oa", "unsubscribe": "oa", "scan": "oa", "contact-added": "wecom", "group-join": "wecom",
        "kf-enter": "kf"}


@pytest.mark.parametrize(("args", "says"), [
    (["--event", "subscribe", "hello"], "not both"),
    ([], "give TEXT to send a message, or --event"),
    (["--event", "follow"], "unknown event 'follow'"),
    (["--event", "scan"], "scan:SCENE"),
    (["--event", "contact-added", "--channel", "oa"], "--event contact-added is a WeCom event: give --channel wecom"),
    (["--event", "group-join", "--channel", "oa"], "give --channel wecom"),
    (["--event", "subscribe", "--channel", "wecom"], "an Official Account event: give --channel oa"),
    (["--event", "scan:x", "--channel", "wecom"], "give --channel oa"),
    (["--event", "kf-enter", "--channel", "oa"], "a WeChat customer service event: give --channel kf"),
])
def test_wrong_arguments_are_one_line(args: list[str], says: str) -> None:
    """Refused before anything is posted (the URL is never reached)."""
    result = CliRunner().invoke(cli, ["simulate", "--url", "http://127.0.0.1:9", *args])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [f"Error: {result.output.removeprefix('Error: ').strip()}"]
    assert says in result.output


def test_help_lists_every_event_with_an_example() -> None:
    result = CliRunner().invoke(cli, ["simulate", "--help"])
    assert result.exit_code == 0
    for example in ("--event subscribe", "--event unsubscribe", "--event scan:", "--event contact-added:",
                    "--event group-join", "--event menu-click:", "--event kf-enter", "--channel kf"):
        assert f"siyu simulate {example}" in result.output


@pytest.mark.parametrize(("extra", "says"), [
    ([], "nothing answers at http://127.0.0.1:9: is `siyu demo` (or `siyu serve`) running?"),
    (["--fake", "http://127.0.0.1:7"], "nothing answers at http://127.0.0.1:7: is --fake right?"),
])
def test_nobody_listening_is_one_line_naming_who(extra: list[str], says: str) -> None:
    result = CliRunner().invoke(cli, ["simulate", "--url", "http://127.0.0.1:9", *extra, "--event", "subscribe"])
    assert result.exit_code == 1 and result.output == f"Error: {says}\n"
