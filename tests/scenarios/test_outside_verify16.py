"""Judged from outside (verify16): a follower's time zone learned from the city they name, serums listed as the
catalogue has them, and the follow-ups after a list ("cheaper?", "还有吗", "工资多少")."""

from __future__ import annotations

from datetime import UTC, datetime

import fakeredis
import pytest

from bot.app import create_app
from bot.clock import ManualClock
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from bot.store.enrolments import EnrolmentStore
from tests.conftest import simulator_for
from tests.support.factories import OA_APPID, make_settings, router_with


def serve(fake_redis: fakeredis.FakeRedis, clock: ManualClock, **env: str) -> tuple[Simulator, Services]:
    settings = make_settings(**env)
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue(),
                              router=router_with())
    return simulator_for(create_app(services=services).test_client(), settings, clock), services


@pytest.mark.parametrize(("said", "zone", "lesson_at"), [
    ("多伦多", "America/Toronto", datetime(2026, 11, 24, 15, 0, tzinfo=UTC)),  # 10:00 in Toronto (UTC-5)
    ("jobs in Sydney", "Australia/Sydney", datetime(2026, 11, 23, 23, 0, tzinfo=UTC)),  # the 24th, 10:00 (UTC+11)
])
def test_a_follower_who_names_their_city_gets_lessons_at_their_own_ten_o_clock(
        fake_redis: fakeredis.FakeRedis, clock: ManualClock, said: str, zone: str, lesson_at: datetime) -> None:
    """Before: a follower who said they are in Toronto kept the demo's Asia/Shanghai: day 1's lesson "at 10:00"
    came at 21:00 the evening before in Toronto, every later step at Shanghai's hours too. After: the city's zone is
    the member's (unless one was set for them), and the step already planned moves to 10:00 their time."""
    simulator, services = serve(fake_redis, clock)
    simulator.oa_subscribe("o_city_zone")  # 2026-11-23 16:00 in Shanghai: lesson 1 planned for the 24th, 10:00
    member_id = member_id_for(f"oa:{OA_APPID}:o_city_zone")
    simulator.oa_message("o_city_zone", said)
    member = services.members.get("default", member_id)
    assert member is not None and member.get("tz") == zone
    newcomer = EnrolmentStore(fake_redis).of_member("default", member_id, ["newcomer"])["newcomer"]
    assert newcomer.next == "lesson-1" and newcomer.due_s == int(lesson_at.timestamp())


@pytest.mark.parametrize(("said", "names"), [
    ("精华", ("5%烟酰胺精华", "10%维C亮肤精华", "0.05%视黄醛晚间精华")),
    ("有什么精华", ("5%烟酰胺精华", "10%维C亮肤精华", "0.05%视黄醛晚间精华")),
    ("有什麼精華", ("5%烟酰胺精华", "10%维C亮肤精华", "0.05%视黄醛晚间精华")),
    ("serum", ("5% Niacinamide Serum", "10% Vitamin C Brightening Serum", "Gentle Retinal Night Serum")),
    ("what serums do you have?", ("5% Niacinamide Serum", "10% Vitamin C Brightening Serum",
                                  "Gentle Retinal Night Serum")),
])
def test_asking_for_serums_lists_every_serum(fake_redis: fakeredis.FakeRedis, clock: ManualClock, said: str,
                                             names: tuple[str, ...]) -> None:
    """Before: "精华" and "serum" showed only the niacinamide serum (its keyword), though the vitamin C and retinal
    serums are serums too; "有什么精华" got the pregnancy answer, "what serums do you have?" a did-you-mean. After: a
    word that is in several products' names lists each of them."""
    simulator, _ = serve(fake_redis, clock)
    reply = simulator.oa_message("o_serums", said).text
    assert all(name in reply for name in names), reply


@pytest.mark.parametrize(("said", "name"), [("维c精华", "10%维C亮肤精华"), ("10%维C亮肤精华", "10%维C亮肤精华"),
                                            ("vitamin c serum", "10% Vitamin C Brightening Serum")])
def test_a_serum_named_by_its_own_word_is_that_serum_alone(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                           said: str, name: str) -> None:
    """Before: "维c精华" and the vitamin C serum's own full name listed it beside the niacinamide serum (whose keyword
    精华 is in the name); after: its line and card only."""
    simulator, _ = serve(fake_redis, clock)
    assert simulator.oa_message("o_one_serum", said).text.startswith(name)
