"""bot/webhook/sent_time.py: a CreateTime near our clock is the message's time; one far from it is not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.webhook.sent_time import MAX_AHEAD_S, MAX_BEHIND_S, sent_time

RECEIVED = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
NOW_S = int(RECEIVED.timestamp())


@pytest.mark.parametrize("stamp", [NOW_S, NOW_S - 15, NOW_S - MAX_BEHIND_S, NOW_S + MAX_AHEAD_S])
def test_a_create_time_near_our_clock_is_the_message_s_time(stamp: int) -> None:
    assert sent_time(stamp, RECEIVED) == (datetime.fromtimestamp(stamp, tz=UTC), 0)


@pytest.mark.parametrize("stamp", [0, NOW_S - MAX_BEHIND_S - 1, NOW_S + MAX_AHEAD_S + 1, 4102444800])
def test_a_create_time_far_from_it_is_kept_for_the_dedupe_key_only(stamp: int) -> None:
    assert sent_time(stamp, RECEIVED) == (RECEIVED, stamp)


def test_no_create_time_is_when_it_arrived() -> None:
    assert sent_time(None, RECEIVED) == (RECEIVED, 0)


def test_a_msgid_reused_for_another_follower_or_message_is_not_a_retry() -> None:
    """Verify13: a MsgId seen before answered a different follower's different question with the first reply (a
    replayed sample or a harness with a fixed MsgId). A real retry repeats sender and content: still one key."""
    from tests.support.factories import make_inbound

    first = make_inbound("运费多少", msg_id="1234567890123456", user_id="o_a")
    assert make_inbound("运费多少", msg_id="1234567890123456", user_id="o_a").dedupe_key == first.dedupe_key
    assert make_inbound("运费多少", msg_id="1234567890123456", user_id="o_b").dedupe_key != first.dedupe_key
    assert make_inbound("退货怎么退", msg_id="1234567890123456", user_id="o_a").dedupe_key != first.dedupe_key
