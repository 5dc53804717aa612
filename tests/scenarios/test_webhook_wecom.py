"""The WeCom endpoint: always encrypted, receive id = CorpID, welcome deliveries on the welcome queue."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from bot.clock import ManualClock
from bot.inbound import Inbound, Kind
from bot.outbound import Link, Text
from bot.router import Match, Result
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.settings import Secret
from bot.webhook.cipher import CallbackCipher
from bot.webhook.xmlsafe import parse_xml
from tests.support.factories import WECOM_AES_KEY, WECOM_CORP_ID, WECOM_TOKEN, ServeWith


def test_handshake_decrypts_echostr(client, clock: ManualClock) -> None:
    cipher = CallbackCipher(token=Secret(WECOM_TOKEN), aes_keys=(Secret(WECOM_AES_KEY),), receive_id=WECOM_CORP_ID)
    sealed = cipher.seal("1288432023552776189", nonce="n1", timestamp=str(int(clock.now().timestamp())))
    query = urlencode({"msg_signature": sealed.signature, "timestamp": sealed.timestamp, "nonce": "n1",
                       "echostr": sealed.encrypt})
    response = client.get(f"/wechat/default/wecom?{query}")
    assert response.status_code == 200 and response.data == b"1288432023552776189"
    # a "+" that arrives unencoded (decoded to a space) still verifies
    raw_plus = f"msg_signature={sealed.signature}&timestamp={sealed.timestamp}&nonce=n1&echostr={sealed.encrypt}"
    assert client.get(f"/wechat/default/wecom?{raw_plus}").status_code == 200


def test_handshake_for_another_corp_is_403(client, clock: ManualClock) -> None:
    cipher = CallbackCipher(token=Secret(WECOM_TOKEN), aes_keys=(Secret(WECOM_AES_KEY),), receive_id="ww_other")
    sealed = cipher.seal("123", nonce="n", timestamp=str(int(clock.now().timestamp())))
    query = urlencode({"msg_signature": sealed.signature, "timestamp": sealed.timestamp, "nonce": "n",
                       "echostr": sealed.encrypt})
    assert client.get(f"/wechat/default/wecom?{query}").status_code == 403


def test_staff_message_is_answered_encrypted(simulator: Simulator) -> None:
    reply = simulator.wecom_message("zhangsan", "ping", msg_id="CAIQg/PKxgYY2sC9tpuAgAMg9/zKaw==")
    assert reply.status == 200 and reply.text == "pong" and reply.fields["AgentID"] == "1000002"


def test_unsigned_post_is_403(client, clock: ManualClock) -> None:
    response = client.post(f"/wechat/default/wecom?timestamp={int(clock.now().timestamp())}&nonce=1",
                           data=b"<xml><Encrypt>abc</Encrypt></xml>")
    assert response.status_code == 403


def test_contact_added_queues_one_welcome_with_its_code(serve_with: ServeWith,
                                                        delivery_queue) -> None:
    class Welcome:
        name, summary = "own_welcome", {}

        def match(self, inbound: Inbound, member, content) -> Match | None:
            return Match() if inbound.kind is Kind.CONTACT_ADDED else None

        def handle(self, inbound: Inbound, member, content, match: Match) -> Result:
            return Result(messages=(Text(text="欢迎!"), Link(title="新人礼", url="https://x.test/gift")),
                          add_tags=frozenset({f"source:{inbound.scene}"}))

    simulator, services = serve_with(Welcome())
    reply = simulator.wecom_contact_added("wmEXTERNAL1", state="xhs_campaign", welcome_code="WELCOME123")
    assert reply.status == 200 and reply.body == b"success"  # no passive reply reaches a customer
    [delivery] = delivery_queue.deliveries
    assert delivery.purpose == "welcome" and delivery.queue == "welcome"  # its own lane (issue 16, item 4)
    assert delivery.context.welcome_code_at > 0  # the code's ~20 s count from the callback
    assert delivery.context.welcome_code == "WELCOME123" and delivery.context.staff_id == "zhangsan"
    assert delivery.message == Text(text="欢迎!") and delivery.attachments == (Link(title="新人礼", url="https://x.test/gift"),)
    assert delivery.user_id == "wmEXTERNAL1"
    member = services.members.get("default", delivery.member_id)
    assert member is not None and "source:xhs_campaign" in member.tags


def test_group_event_touches_no_member(simulator: Simulator, services: Services) -> None:
    reply = simulator.post_wecom(simulator.wecom_fields(FromUserName="sys", MsgType="event",
                                                        Event="change_external_chat", ChatId="wrCHAT",
                                                        ChangeType="create"))
    assert reply.status == 200
    event = services.events.recent("default", 1)[0]
    assert event["type"] == "in.group_created" and event["chat"] == "wrCHAT" and "member" not in event


def test_the_member_keeps_the_staff_contact_who_added_them_until_they_part(simulator: Simulator,
                                                                           services: Services) -> None:
    simulator.wecom_contact_added("wmEXTERNAL2", staff="lisi")
    member_id = services.events.recent("default", 1)[0]["member"]
    member = services.members.get("default", member_id)
    assert member is not None and member.staff_id == "lisi"  # a confirm task goes out in lisi's name
    simulator.post_wecom(simulator.wecom_fields(
        FromUserName="sys", MsgType="event", Event="change_external_contact", ChangeType="del_follow_user",
        UserID="lisi", ExternalUserID="wmEXTERNAL2"))
    member = services.members.get("default", member_id)
    assert member is not None and member.staff_id == ""


@pytest.mark.parametrize("envelope", [
    "<xml>\n  <ToUserName>{corp}</ToUserName>\n  <Encrypt>\n    {e}\n  </Encrypt>\n  <AgentID>1</AgentID>\n</xml>",
    "<xml><ToUserName><![CDATA[{corp}]]></ToUserName><Encrypt><![CDATA[ {e}\n]]></Encrypt></xml>",
])
def test_white_space_around_the_ciphertext_is_not_part_of_it(simulator: Simulator, client, envelope: str) -> None:
    """A pretty-printed envelope (the ciphertext on a line of its own, indented) was 403 "signature mismatch": the
    signature was checked over the ciphertext with its indentation, which base64 never has. The signature over the
    bare ciphertext is accepted too (the exact text's still is), for the Official Account and the intelligent bot
    alike."""
    path, body = simulator.wecom_request(simulator.wecom_fields(FromUserName="zhangsan", MsgType="text",
                                                                Content="ping", MsgId="ws-1", AgentID=1000002))
    encrypt = str(parse_xml(body)["Encrypt"])
    pretty = envelope.replace("{corp}", WECOM_CORP_ID).replace("{e}", encrypt).encode()
    reply = client.post(path, data=pretty)
    assert reply.status_code == 200 and b"<Encrypt>" in reply.data
    forged = client.post(path.replace("msg_signature=", "msg_signature=0"), data=pretty)
    assert forged.status_code == 403
