"""Thirty-first round (docs/faq.md), through the real webhook on the demo content: whether the one chatting is a
person or a machine, asked with that one as the subject, gets the bot's honest answer."""

from __future__ import annotations

import fakeredis
import pytest

from bot.app import create_app
from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.services import build_services
from bot.text import simplified
from tests.conftest import simulator_for
from tests.support.factories import make_settings, router_with


@pytest.mark.parametrize("said", ["和我聊天的是机器人还是真人", "回复我的是人吗", "同我倾偈嘅係咪真人",
                                  "你是人还是机器人"])
def test_whether_the_one_chatting_is_a_person_gets_the_truth(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                             said: str) -> None:
    """Before: "和我聊天的是机器人还是真人" opened a handoff or answered the FAQ's human-agent entry (a request for a
    person), as only "你是真人吗" and its like were read as asking about the bot. After: the bot's honest answer."""
    settings = make_settings(SIYU_WECOM_SECRET="appsecret")  # handoff.yaml's staff can be told
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue(),
                              router=router_with())
    simulator = simulator_for(create_app(services=services).test_client(), settings, clock)
    reply = simplified(simulator.oa_message("o_who_chats", said).text)
    assert reply.startswith("我是露米 Lumi的自动助手"), reply


@pytest.mark.parametrize("said", ["我想找真人", "有人在吗"])
def test_asking_for_a_person_is_still_asking_for_one(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                     said: str) -> None:
    settings = make_settings(SIYU_WECOM_SECRET="appsecret")
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue(),
                              router=router_with())
    simulator = simulator_for(create_app(services=services).test_client(), settings, clock)
    reply = simplified(simulator.oa_message("o_wants_person", said).text)
    assert not reply.startswith("我是露米 Lumi的自动助手"), reply
