"""Judged from outside (verify14): what a follower meets when a message is only punctuation, when they ask about
the product they were just shown ("how much?", "link?"), and when they answer the week's check-in."""

from __future__ import annotations

import fakeredis
import pytest

from bot.app import create_app
from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from tests.conftest import simulator_for
from tests.support.factories import make_settings, router_with


def serve(fake_redis: fakeredis.FakeRedis, clock: ManualClock, **env: str) -> tuple[Simulator, Services]:
    settings = make_settings(**env)
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue(),
                              router=router_with())
    return simulator_for(create_app(services=services).test_client(), settings, clock), services


@pytest.mark.parametrize(("said", "expected"), [("？？？", "直接问我问题"), ("???", "直接问我问题"), ("。。。", "直接问我问题"),
                                                ("!!!", "直接问我问题"), ("...", "直接问我问题")])
def test_a_message_of_punctuation_only_is_answered(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                   said: str, expected: str) -> None:
    """Before: "？？？" (a follower wondering whether anyone is there), "。。。" or "..." got no answer at all, while
    "👍" got the hello; after: the same hello, which says how to ask."""
    simulator, services = serve(fake_redis, clock)
    assert expected in simulator.oa_message("o_only_punctuation", said).text
    assert not services.unanswered.top("default", 10)
