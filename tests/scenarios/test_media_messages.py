"""Judged from outside (verify12): a follower who sends what the bot cannot read (a photo, a voice note WeChat did
not transcribe, a video; a file in WeCom) is told so in the passive reply, once in a while, instead of silence."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.settings import Settings
from tests.support.factories import make_settings


@pytest.fixture
def settings() -> Settings:
    return make_settings(SIYU_WECOM_SECRET="appsecret")  # staff can be told: a handoff opens


_IDS = itertools.count(7_100_000_000_000_000)
MEDIA: dict[str, dict[str, Any]] = {
    "image": {"PicUrl": "http://mmbiz.qpic.cn/x.jpg", "MediaId": "m_image"},
    "voice": {"MediaId": "m_voice", "Format": "amr"},  # no <Recognition>: WeChat did not transcribe it
    "video": {"MediaId": "m_video", "ThumbMediaId": "t"},
    "shortvideo": {"MediaId": "m_short", "ThumbMediaId": "t"},
}


def send(simulator: Simulator, who: str, kind: str) -> str:
    fields = simulator.oa_fields(who, MsgType=kind, MsgId=next(_IDS), **MEDIA[kind])
    reply = simulator.post_oa(fields)
    assert reply.status == 200
    return reply.text


@pytest.mark.parametrize("kind", sorted(MEDIA))
def test_what_the_bot_cannot_read_is_answered_honestly(simulator: Simulator, kind: str,
                                                       delivery_queue: RecordingDeliveryQueue) -> None:
    """Before: an empty 200 ("success"); the follower who sent a photo of their skin or a voice question heard
    nothing at all."""
    reply = send(simulator, f"o_media_{kind}", kind)
    assert "文字" in reply and "【人工】" in reply, reply
    assert delivery_queue.deliveries == []  # the passive reply: no customer-service message spent


def test_an_english_member_is_told_in_english(simulator: Simulator) -> None:
    simulator.oa_message("o_media_en", "hi")
    assert '"agent"' in send(simulator, "o_media_en", "image")


def test_a_burst_of_photos_gets_one_answer_then_another_after_a_while(simulator: Simulator,
                                                                      clock: ManualClock) -> None:
    first = send(simulator, "o_media_burst", "image")
    assert first
    assert [send(simulator, "o_media_burst", "image") for _ in range(3)] == ["", "", ""]
    clock.advance(11 * 60)
    assert send(simulator, "o_media_burst", "voice") == first


def test_a_transcribed_voice_note_is_answered_as_text(simulator: Simulator) -> None:
    fields = simulator.oa_fields("o_media_asr", MsgType="voice", MsgId=next(_IDS), MediaId="m", Format="amr",
                                 Recognition="运费多少")
    assert "CAD" in simulator.post_oa(fields).text


def test_while_a_person_is_on_the_way_a_photo_gets_no_bot_answer(simulator: Simulator) -> None:
    simulator.oa_message("o_media_handoff", "人工")
    assert send(simulator, "o_media_handoff", "image") == ""


def test_a_file_sent_to_the_wecom_app_is_answered_too(simulator: Simulator) -> None:
    fields = simulator.wecom_fields(FromUserName="zhangsan", MsgType="file", MsgId=str(next(_IDS)), AgentID="1000002",
                                    Title="a.pdf", FileKey="k", FileMd5="d", FileTotalLen="3")
    assert "文字" in simulator.post_wecom(fields).text
