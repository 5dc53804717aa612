"""Replies in the script a follower writes, through the real webhook on the demo content: a Cantonese writer reads
Hong Kong's traditional characters, a Taiwan writer Taiwan's, a simplified writer simplified as before; a message in
characters common to both scripts keeps the member's, a simplified one switches back, and a sequence step sent to a
member who writes traditional is sent in traditional (the delivery job, against the fake WeChat API)."""

from __future__ import annotations

from dataclasses import replace

import fakeredis
import pytest

from bot import gateway as gw
from bot.app import create_app
from bot.clock import ManualClock
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from bot.settings import Settings
from jobs import context, deliver
from tests.conftest import simulator_for
from tests.support.factories import OA_APPID, make_settings, router_with

# The demo FAQ's language entry and shipping-costs entry, as the content writes them (simplified) and as Hong Kong
# (s2hk: 裏) and Taiwan (s2tw: 裡, 臺) write them.
LANGUAGE = ("可以！我会用你发消息的语言回复：发中文回中文（发繁体字回繁体字），发英文回英文。"
            "推送消息的语言可以在小程序「我的 → 设置 → 语言」里修改。")
LANGUAGE_HK = ("可以！我會用你發消息的語言回覆：發中文回中文（發繁體字回繁體字），發英文回英文。"
               "推送消息的語言可以在小程序「我的 → 設置 → 語言」裏修改。")
LANGUAGE_TW = LANGUAGE_HK.replace("裏", "裡")
COSTS_END = {"": "运费在结算页会自动计算，会员日还有额外包邮券。",
             "tw": "運費在結算頁會自動計算，會員日還有額外包郵券。"}


def serve(fake_redis: fakeredis.FakeRedis, clock: ManualClock, settings: Settings | None = None,
          queue: RecordingDeliveryQueue | None = None) -> tuple[Simulator, Services]:
    settings = settings or make_settings()
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue or RecordingDeliveryQueue(),
                              router=router_with())
    return simulator_for(create_app(services=services).test_client(), settings, clock), services


@pytest.mark.parametrize(("said", "answer"), [
    ("你哋可唔可以用繁體回覆", LANGUAGE_HK),  # Cantonese: Hong Kong's forms
    ("可以用繁體中文回覆嗎", LANGUAGE_TW),  # traditional Mandarin: Taiwan's standard characters
    ("能用繁体回复吗", LANGUAGE),  # simplified: as the content writes it
])
def test_asked_for_traditional_characters_the_answer_is_true_and_in_the_asker_s_script(
        fake_redis: fakeredis.FakeRedis, clock: ManualClock, said: str, answer: str) -> None:
    """Before: all three got "可以！我会用你发消息的语言回复…" in simplified characters: a yes, then simplified. After:
    the answer says traditional is answered in traditional, and is itself in the asker's script."""
    simulator, _ = serve(fake_redis, clock)
    assert simulator.oa_message("o_asks_script", said).text == answer


def test_a_taiwan_writer_keeps_traditional_until_writing_simplified(fake_redis: fakeredis.FakeRedis,
                                                                    clock: ManualClock) -> None:
    """The script is remembered on the member: "教程" and "1" (characters common to both scripts) are answered in
    Taiwan's characters after a traditional question; "运费多少" in simplified switches back."""
    simulator, services = serve(fake_redis, clock)
    who = "o_taiwan"
    assert simulator.oa_message(who, "請問運費多少").text.endswith(COSTS_END["tw"])
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:{who}"))
    assert member is not None and member.script == "tw"
    clock.advance(5)
    assert simulator.oa_message(who, "教程").text.startswith("露米小課堂，回覆數字開始學習")
    clock.advance(5)
    lesson = simulator.oa_message(who, "1").text
    assert lesson.startswith("【敏感肌護膚入門】第 1/5 課：認識你的膚質"), lesson
    clock.advance(5)
    assert simulator.oa_message(who, "运费多少").text.endswith(COSTS_END[""])
    clock.advance(5)
    assert simulator.oa_message(who, "教程").text.startswith("露米小课堂，回复数字开始学习")
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:{who}"))
    assert member is not None and member.script == ""


def test_a_cantonese_writer_reads_hong_kong_forms_and_english_stays_english(fake_redis: fakeredis.FakeRedis,
                                                                            clock: ManualClock) -> None:
    simulator, services = serve(fake_redis, clock)
    who = "o_hong_kong"
    costs = simulator.oa_message(who, "寄去香港啲運費幾多錢").text
    assert "港台" in costs and "滿 CAD 120 包郵" in costs, costs  # Hong Kong writes 台 where Taiwan writes 臺
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:{who}"))
    assert member is not None and member.script == "hk"
    clock.advance(5)
    english = simulator.oa_message(who, "how much is shipping").text
    assert english.isascii() or "CAD" in english, english


def test_a_simplified_writer_reads_the_content_as_written(fake_redis: fakeredis.FakeRedis,
                                                          clock: ManualClock) -> None:
    simulator, services = serve(fake_redis, clock)
    assert simulator.oa_message("o_simplified", "运费多少").text.endswith(COSTS_END[""])
    clock.advance(5)
    assert simulator.oa_message("o_simplified", "教程").text.startswith("露米小课堂，回复数字开始学习")
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:o_simplified"))
    assert member is not None and member.script == "" and "sc" not in member.fields


@pytest.mark.parametrize(("woken_by", "lesson"), [
    ("請問運費多少", "【敏感肌護膚入門】第 1/5 課：認識你的膚質"),
    ("运费多少", "【敏感肌护肤入门】第 1/5 课：认识你的肤质"),
])
def test_a_sequence_step_is_sent_in_the_member_s_script(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis,
                                                        clock: ManualClock, woken_by: str, lesson: str) -> None:
    """Before: a member who wrote traditional got the newcomer journey's lesson in simplified. After: the delivery
    job writes a proactive send in the member's script as it sends it (simplified stays simplified)."""
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_OA_SECRET="oasecret")
    queue = RecordingDeliveryQueue()
    simulator, services = serve(fake_redis, clock, settings, queue)
    simulator.oa_event("o_journey", "subscribe")
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    jobs = context.build(settings, core=services, gateway=gateway, later=queue)  # type: ignore[arg-type]
    clock.advance(2 * 86400)  # lesson-1 waits for the follower's window
    simulator.oa_message("o_journey", woken_by)
    queue.deliveries.clear()  # the answer's own deliveries, if any
    assert [d.outcome for d in jobs.sequences.tick("default").decisions] == ["sent"]
    step = [d for d in queue.deliveries if d.purpose == "sequence"]
    assert len(step) == 1 and "认识你的肤质" in step[0].message.text  # type: ignore[union-attr]  # queued as written
    context.install(jobs)
    try:
        # the lesson's text alone: its picture would be downloaded from the brand's CDN
        assert deliver.deliver_batch([replace(step[0], attachments=()).to_data()]) == {"sent": 1}
    finally:
        context.install(None)
    [sent] = fake.requests("/cgi-bin/message/custom/send")
    assert sent["body"]["text"]["content"].startswith(lesson), sent["body"]
