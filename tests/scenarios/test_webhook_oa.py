"""The Official Account endpoint through the real Flask app (fakeredis, recorded deliveries)."""

from __future__ import annotations

import logging
from urllib.parse import urlencode

import pytest

from bot.clock import ManualClock
from bot.inbound import Inbound
from bot.outbound import Link, Text
from bot.queueing import RecordingDeliveryQueue
from bot.router import Match, Result
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.webhook.signing import sha1_signature
from tests.support.factories import OA_AES_KEY, OA_TOKEN, ServeWith


def signed_query(clock: ManualClock, **extra: str) -> str:
    timestamp, nonce = str(int(clock.now().timestamp())), "12345"
    return urlencode({"signature": sha1_signature(OA_TOKEN, timestamp, nonce), "timestamp": timestamp,
                      "nonce": nonce, **extra})


def test_handshake_echoes_echostr(client, clock: ManualClock) -> None:
    response = client.get(f"/wechat/default/oa?{signed_query(clock, echostr='7788abc')}")
    assert response.status_code == 200 and response.data == b"7788abc"


def test_handshake_with_a_forged_signature_is_403(client, clock: ManualClock) -> None:
    response = client.get(f"/wechat/default/oa?signature=deadbeef&timestamp={int(clock.now().timestamp())}"
                          "&nonce=1&echostr=x")
    assert response.status_code == 403 and b"signature" in response.data


@pytest.mark.parametrize("mode", ["compat", "safe"])
def test_ping_is_answered_passively_in_every_mode(simulator: Simulator, mode: str) -> None:
    reply = simulator.oa_message("o_follower", "ping", mode=mode)
    assert reply.status == 200
    assert reply.text == "pong"
    assert reply.fields["ToUserName"] == "o_follower"
    assert b"<Encrypt>" in reply.body and b"pong" not in reply.body  # encrypted when the request was


def test_plaintext_mode_is_answered_on_a_plaintext_account(clock: ManualClock, fake_redis) -> None:
    from bot.app import create_app
    from bot.services import build_services
    from tests.conftest import simulator_for
    from tests.support.factories import make_settings

    settings = make_settings(SIYU_OA_AES_KEY="")
    client = create_app(services=build_services(settings, redis_client=fake_redis, clock=clock)).test_client()
    reply = simulator_for(client, settings, clock).oa_message("o_follower", "ping", mode="plain")
    assert reply.status == 200 and reply.text == "pong" and reply.fields["ToUserName"] == "o_follower"


def test_plaintext_is_refused_when_an_aes_key_is_configured(simulator: Simulator) -> None:
    """Issue 16, item 2: a plaintext body rode on any logged URL's signature; a forged 退订 opted a
    follower out."""
    reply = simulator.oa_message("o_victim", "退订", mode="plain")
    assert reply.status == 403 and b"EncodingAESKey" in reply.body


def test_help_lists_capabilities_in_the_follower_language(simulator: Simulator) -> None:
    assert "ping" in simulator.oa_message("o1", "help").text
    assert "帮助" in simulator.oa_message("o1", "帮助").text


def test_retry_gets_the_same_reply_without_running_handlers_again(serve_with: ServeWith) -> None:
    calls: list[str] = []

    class Counting:
        name, summary = "counting", {}

        def match(self, inbound: Inbound, member, content) -> Match | None:
            return Match() if inbound.text == "count" else None

        def handle(self, inbound: Inbound, member, content, match: Match) -> Result:
            calls.append(inbound.msg_id)
            return Result(messages=(Text(text=f"call {len(calls)}"),))

    simulator, _ = serve_with(Counting())
    fields = simulator.oa_fields("o_retry", MsgType="text", Content="count", MsgId=424242)
    first = simulator.post_oa(fields)
    second = simulator.post_oa(fields)  # WeChat's retry: new nonce, same MsgId
    assert first.text == second.text == "call 1"
    assert calls == ["424242"]


def test_messages_beyond_the_passive_reply_are_queued_with_keys(serve_with: ServeWith,
                                                                 delivery_queue) -> None:
    class Chatty:
        name, summary = "chatty", {}

        def match(self, inbound: Inbound, member, content) -> Match | None:
            return Match() if inbound.text == "more" else None

        def handle(self, inbound: Inbound, member, content, match: Match) -> Result:
            return Result(messages=(Text(text="first"), Link(title="t", url="https://x.test"), Text(text="third")),
                          add_tags=frozenset({"asked:more"}))

    simulator, services = serve_with(Chatty())
    reply = simulator.oa_message("o_chatty", "more")
    assert reply.text == "first"
    queued = delivery_queue.deliveries
    assert [d.message for d in queued] == [Link(title="t", url="https://x.test"), Text(text="third")]
    assert len({d.key for d in queued}) == 2 and all(d.key.startswith("reply:") for d in queued)
    assert all(d.queue == "high" and d.user_id == "o_chatty" and d.member_id for d in queued)
    member = services.members.get("default", queued[0].member_id)
    assert member is not None and "asked:more" in member.tags


def test_handler_bug_is_answered_success_and_logged(serve_with: ServeWith,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    class Broken:
        name, summary = "broken", {}

        def match(self, inbound: Inbound, member, content) -> Match | None:
            return Match()

        def handle(self, inbound: Inbound, member, content, match: Match) -> Result:
            raise RuntimeError("bug")

    simulator, _ = serve_with(Broken())
    with caplog.at_level(logging.ERROR):
        reply = simulator.oa_message("o_x", "anything")
    assert reply.status == 200 and reply.body == b"success"
    assert "handler failed" in caplog.text


def test_unknown_type_is_recorded_and_answered_success(simulator: Simulator, services: Services) -> None:
    reply = simulator.post_oa(simulator.oa_fields("o_u", MsgType="hologram", MsgId=77))
    assert reply.status == 200 and reply.body == b"success"
    assert services.events.recent("default", 1)[0]["type"] == "in.unknown"


def test_wrong_appid_after_decryption_is_403(client, clock: ManualClock) -> None:
    from bot.sandbox.simulator import flask_transport
    from bot.settings import OfficialAccount, Secret

    impostor = Simulator(oa=OfficialAccount(appid="wx_other_app", token=Secret(OA_TOKEN),
                                            aes_keys=(Secret(OA_AES_KEY),)),
                         transport=flask_transport(client), now=lambda: int(clock.now().timestamp()))
    path, body = impostor.oa_request(impostor.oa_fields("o1", MsgType="text", Content="hi", MsgId=1))
    response = client.post(path, data=body)
    assert response.status_code == 403 and b"another receiver" in response.data


def test_stale_timestamp_is_403_and_tolerance_zero_turns_it_off(simulator: Simulator, clock: ManualClock,
                                                                 client) -> None:
    path, body = simulator.oa_request(simulator.oa_fields("o1", MsgType="text", Content="ping", MsgId=5))
    clock.advance(301)
    response = client.post(path, data=body)
    assert response.status_code == 403 and b"replay window" in response.data


@pytest.mark.parametrize(("body", "reason"), [
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><xml><Content>&b;</Content></xml>',
     b"DTD"),
    (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><C>&e;</C></xml>', b"DTD"),
    (b"<xml><ToUserName>a</ToUserName>", b"malformed"),
    (b"\xff\xfe<\x00x\x00", b"UTF-8"),
    (b"", b"empty"),
    (b"<xml>" + b"<A>" * 20 + b"x" + b"</A>" * 20 + b"</xml>", b"deeply"),
])
def test_hostile_or_malformed_bodies_are_400(client, clock: ManualClock, body: bytes, reason: bytes) -> None:
    """The XML parser meets the body first in safe mode too (the envelope), before any decryption."""
    response = client.post(f"/wechat/default/oa?{signed_query(clock, encrypt_type='aes')}", data=body)
    assert response.status_code == 400 and reason in response.data


def test_oversized_body_is_400(client, clock: ManualClock) -> None:
    response = client.post(f"/wechat/default/oa?{signed_query(clock)}", data=b"<xml>" + b"a" * 70_000 + b"</xml>")
    assert response.status_code == 400 and b"larger than" in response.data


def test_unknown_brand_or_kind_is_404(client) -> None:
    assert client.post("/wechat/nobody/oa").status_code == 404
    assert client.get("/wechat/default/telegram").status_code == 404


def test_member_is_touched_and_event_recorded(simulator: Simulator, services: Services, clock: ManualClock) -> None:
    simulator.oa_message("o_member", "ping")
    recent = services.events.recent("default", 1)[0]
    member = services.members.get("default", recent["member"])
    assert member is not None and member.user_id == "o_member" and member.channel == "oa"
    assert member.last_message_at("oa") == clock.now().replace(microsecond=0)
    assert recent["new"] == "1"


def test_no_secret_in_logs_or_errors(simulator: Simulator, client, clock: ManualClock,
                                     caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        simulator.oa_message("o1", "ping")
        client.post(f"/wechat/default/oa?{signed_query(clock)}&encrypt_type=aes&msg_signature=bad",
                    data=b"<xml><Encrypt>abc</Encrypt></xml>")
    assert OA_TOKEN not in caplog.text and OA_AES_KEY not in caplog.text


def test_plaintext_only_account_refuses_encrypted_callbacks(clock: ManualClock, fake_redis) -> None:
    from bot.app import create_app
    from bot.services import build_services
    from tests.support.factories import make_settings

    settings = make_settings(SIYU_OA_AES_KEY="")
    client = create_app(services=build_services(settings, redis_client=fake_redis, clock=clock)).test_client()
    response = client.post(f"/wechat/default/oa?{signed_query(clock, encrypt_type='aes', msg_signature='x')}",
                           data=b"<xml><Encrypt>abc</Encrypt></xml>")
    assert response.status_code == 403 and b"no EncodingAESKey" in response.data


def test_a_plaintext_signature_authorises_one_body(clock: ManualClock, fake_redis) -> None:
    """Issue 16, item 2: one logged plaintext URL authorised any body for the timestamp window. WeChat's
    retry of the same body still passes and gets the first reply; another body with that triple is 403."""
    from bot.app import create_app
    from bot.services import build_services
    from tests.conftest import simulator_for
    from tests.support.factories import make_settings

    settings = make_settings(SIYU_OA_AES_KEY="")
    client = create_app(services=build_services(settings, redis_client=fake_redis, clock=clock)).test_client()
    simulator = simulator_for(client, settings, clock)
    path, body = simulator.oa_request(simulator.oa_fields("o_real", MsgType="text", Content="ping", MsgId=31),
                                      mode="plain")
    first, retry = client.post(path, data=body), client.post(path, data=body)
    assert first.status_code == retry.status_code == 200 and first.data == retry.data
    forged = simulator.oa_fields("o_victim", MsgType="text", Content="退订", MsgId=32)
    _, forged_body = simulator.oa_request(forged, mode="plain")
    assert client.post(path, data=forged_body).status_code == 403


def test_head_is_the_handshake_without_its_body_and_never_a_post(simulator: Simulator, client, clock: ManualClock,
                                                                  services: Services) -> None:
    """A HEAD (an uptime probe, a harness trying methods) went down the POST path: on the handshake URL it was 403
    "plaintext callback refused", and a HEAD carrying a signed, encrypted message was processed as the message
    (handlers ran, the reply went nowhere). It is now the GET it stands for, its body dropped by Flask."""
    head = client.head(f"/wechat/default/oa?{signed_query(clock, echostr='7788abc')}")
    assert head.status_code == 200 and head.data == b""
    assert client.head("/wechat/default/oa?signature=deadbeef&timestamp=1&nonce=1&echostr=x").status_code == 403
    path, body = simulator.wecom_request(simulator.wecom_fields(FromUserName="zhangsan", MsgType="text",
                                                                Content="ping", MsgId="head-1", AgentID=1000002))
    client.open(path, method="HEAD", data=body)
    assert not [e for e in services.events.recent("default", count=20) if e["type"].startswith("in.")]


def test_a_signed_encrypted_post_without_encrypt_type_is_opened(simulator: Simulator, client) -> None:
    """A safe-mode body signed by msg_signature, posted the way WeCom and wechatpy's decrypt_message take it
    (msg_signature, timestamp, nonce) without `encrypt_type=aes`, was refused 403 as plaintext although its
    msg_signature covers the ciphertext. Opened and answered encrypted now; `encrypt_type=raw`, a plaintext body,
    or a bad msg_signature are still refused."""
    path, body = simulator.oa_request(simulator.oa_fields("o_no_type", MsgType="text", Content="ping", MsgId=71))
    bare = path.replace("encrypt_type=aes&", "")
    assert "encrypt_type" not in bare
    reply = client.post(bare, data=body)
    assert reply.status_code == 200 and b"<Encrypt>" in reply.data
    assert client.post(path.replace("encrypt_type=aes", "encrypt_type=raw"), data=body).status_code == 403
    plain_path, plain_body = simulator.oa_request(simulator.oa_fields("o_no_type", MsgType="text", Content="ping",
                                                                      MsgId=72), mode="plain")
    assert client.post(plain_path + "&msg_signature=0123", data=plain_body).status_code == 403
    forged = bare.replace("msg_signature=", "msg_signature=0")
    assert client.post(forged, data=body).status_code == 403


def test_compatible_mode_on_an_account_without_its_key_reads_the_plaintext_part(clock: ManualClock,
                                                                                fake_redis) -> None:
    """An Official Account switched to compatible mode (兼容: plaintext fields beside <Encrypt>, encrypt_type=aes)
    while Siyu had only its Token answered 403 "no EncodingAESKey" to every message: compatible mode exists so that
    such a server can still read the plaintext part. It is read now under the plaintext signature, as plain mode is
    (bound to its body, answered in plaintext); a safe-mode body (no plaintext part) is still 403."""
    from bot.app import create_app
    from bot.services import build_services
    from tests.conftest import simulator_for
    from tests.support.factories import make_settings

    keyed = simulator_for(None, make_settings(), clock)  # only to build the body as WeChat would (needs the key)
    path, body = keyed.oa_request(keyed.oa_fields("o_compat", MsgType="text", Content="ping", MsgId=81),
                                  mode="compat")
    settings = make_settings(SIYU_OA_AES_KEY="")
    client = create_app(services=build_services(settings, redis_client=fake_redis, clock=clock)).test_client()
    reply = client.post(path, data=body)
    assert reply.status_code == 200 and b"pong" in reply.data and b"<Encrypt>" not in reply.data
    _, safe_body = keyed.oa_request(keyed.oa_fields("o_compat", MsgType="text", Content="ping", MsgId=82))
    assert client.post(path, data=safe_body).status_code == 403
    other = body.replace(b"<Content><![CDATA[ping]]></Content>", b"<Content><![CDATA[STOP]]></Content>")
    assert other != body and client.post(path, data=other).status_code == 403  # one body per signed URL


def test_a_message_from_nobody_is_answered_success(simulator: Simulator,
                                                   delivery_queue: RecordingDeliveryQueue) -> None:
    """A signed message without FromUserName was answered with a passive reply addressed to nobody
    (<ToUserName><![CDATA[]]>): WeChat cannot deliver it, and a harness sees an answer to no one. `success` now,
    and nothing queued for an empty openid either."""
    fields = simulator.oa_fields("o_x", MsgType="text", Content="ping", MsgId=91)
    del fields["FromUserName"]
    reply = simulator.post_oa(fields)
    assert (reply.status, reply.body) == (200, b"success") and not delivery_queue.deliveries
    assert simulator.oa_message("o_somebody", "ping").text == "pong"
