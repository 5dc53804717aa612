"""A location sent on the Official Account, through the real webhook: answered in the passive reply, the member's
city and zone learnt, so the next "jobs" is that city's and sequence steps keep its hours."""

from __future__ import annotations

from datetime import UTC, datetime

import fakeredis

from bot.app import create_app
from bot.clock import ManualClock
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from tests.support.factories import OA_APPID, make_settings, router_with


def test_a_location_message_is_answered_and_its_city_becomes_the_members() -> None:
    settings = make_settings()
    clock = ManualClock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
    queue = RecordingDeliveryQueue()
    services = build_services(settings, redis_client=fakeredis.FakeRedis(server=fakeredis.FakeServer()), clock=clock,
                              queue=queue, router=router_with())
    brand = settings.brands[settings.default_brand]
    sim = Simulator(brand=brand.name, oa=brand.oa, transport=flask_transport(create_app(services=services)
                                                                             .test_client()),
                    now=lambda: int(clock.now().timestamp()))
    fields = sim.oa_fields("o_where", MsgType="location", Location_X="43.856", Location_Y="-79.337", Scale="15",
                           Label="Markham, ON L3R 0B1", MsgId="7001")
    reply = sim.post_oa(fields).text
    assert reply.startswith("📍 收到，已记下你在多伦多。")
    assert "多伦多" in sim.oa_message("o_where", "工作").text.splitlines()[0]  # the jobs of the city it learnt
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:o_where"))
    assert member is not None and member.city == "toronto" and member.get("tz") == "America/Toronto"
    assert queue.deliveries == []  # one passive reply, nothing sent beside it
