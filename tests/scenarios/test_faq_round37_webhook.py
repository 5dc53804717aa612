"""Thirty-seventh round (docs/faq.md), through the real webhook on the demo content: pinyin is read as Chinese before
any handler sees the message (bot.router.as_read), so a handler other than the FAQ reads it too, and English made of
pinyin syllables keeps its English answer."""

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


def _simulator(fake_redis: fakeredis.FakeRedis, clock: ManualClock):  # type: ignore[no-untyped-def]
    settings = make_settings()
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue(),
                              router=router_with())
    return simulator_for(create_app(services=services).test_client(), settings, clock)


@pytest.mark.parametrize(("said", "opening"), [
    ("zen me qu xiao ding dan", "未发货的订单可以在小程序"),  # the FAQ, answered in Chinese
    ("kd zen me cha", "打开小程序「我的 → 订单」"),
    ("wo yao zhao ren gong", "抱歉，这里暂时没有同事在线接待"),  # handoff's 人工, not the FAQ's jobs
    ("can you ship to china", "Yes. We ship to mainland China"),  # English keeps its words and its language
])
def test_pinyin_reaches_every_handler(fake_redis: fakeredis.FakeRedis, clock: ManualClock, said: str,
                                      opening: str) -> None:
    reply = simplified(_simulator(fake_redis, clock).oa_message("o_pinyin", said).text)
    assert reply.startswith(opening), reply


def test_another_shops_return_in_pinyin_is_not_ours(fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> None:
    """京东's return, typed in pinyin: another business's (bot/content/elsewhere.py), as it is in characters."""
    reply = simplified(_simulator(fake_redis, clock).oa_message("o_jd", "jing dong de tui huo zen me tui").text)
    assert not reply.startswith("未拆封产品"), reply
