"""A web worker routes a few first messages before it accepts (`bot.app.warm_handlers`): what the handlers build on
first use is built then, not inside a follower's first callback, and nothing is stored, sent or logged as a member's."""

from __future__ import annotations

import fakeredis

from bot.app import WARM_MESSAGES, warm_content, warm_handlers
from bot.content.model import built_faq_index
from bot.queueing import RecordingDeliveryQueue
from bot.services import build_services
from tests.support.factories import make_settings


def test_the_handlers_first_use_is_built_at_start_and_nothing_is_stored_or_sent() -> None:
    built_faq_index.cache_clear()  # an index of its own: the process's shared one has met other tests' messages
    redis_client = fakeredis.FakeRedis()
    queue = RecordingDeliveryQueue()
    services = build_services(make_settings(), redis_client=redis_client, queue=queue)
    contents = warm_content(services)
    index = contents["default"].faq_index
    assert "_pinyin" not in vars(index) and "elsewhere" not in vars(contents["default"])  # lazy until a message

    keys_before = set(redis_client.keys("*"))
    warm_handlers(services, contents)

    assert "_pinyin" in vars(index) and "elsewhere" in vars(contents["default"])  # "zen me tui huo", an FAQ question
    assert set(redis_client.keys("*")) == keys_before
    assert (queue.deliveries, queue.kf_pulls, queue.kicks, queue.group_reads) == ([], [], [], [])
    assert any(not text.isascii() for text in WARM_MESSAGES) and any(text.isascii() for text in WARM_MESSAGES)
